/** Durations and sizes as people write them in workflow inputs and on the command line. */

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Seconds from `900`, `30s`, `15m`, `2h` or `1h30m`; undefined when malformed. */
export function parseDuration(v: string): number | undefined {
  if (/^\d+$/.test(v)) return Number(v);
  const re = /(\d+)\s*([smhd])/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(v); m; m = re.exec(v)) {
    total += Number(m[1]) * DURATION_UNITS[m[2]!]!;
    matched = re.lastIndex;
  }
  return matched === v.length && v.length > 0 ? total : undefined;
}

/** Bytes from `1048576`, `100M`, `20G`, `1.5GiB` (binary units); undefined when malformed. */
export function parseSize(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(v.trim());
  if (!m) return undefined;
  return Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]!);
}

/** 1536 → "1.5 KiB": for logs and summaries. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}
