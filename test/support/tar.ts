/**
 * A small deterministic ustar writer, enough for test sdists: regular files and
 * directories, fixed owner and mtime, gzip on top. Python's tarfile and pip read it.
 */
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  path: string;
  /** absent for a directory */
  data?: Buffer | string;
  mode?: number;
}

const BLOCK = 512;
/** 2020-01-01T00:00:00Z: a fixed mtime keeps archives byte-identical across runs. */
export const FIXED_MTIME = 1577836800;

function octal(value: number, width: number): string {
  // width-1 octal digits then a NUL, the form GNU tar and Python's tarfile write
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function splitName(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  // ustar: name up to 100 bytes, prefix up to 155, split at a '/'
  for (let i = path.length - 1; i > 0; i--) {
    if (path[i] !== '/') continue;
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { name, prefix };
  }
  throw new Error(`path too long for ustar: ${path}`);
}

function header(path: string, size: number, type: '0' | '5', mode: number): Buffer {
  const h = Buffer.alloc(BLOCK);
  const { name, prefix } = splitName(path);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 8, 'ascii');
  h.write(octal(0, 8), 108, 8, 'ascii'); // uid
  h.write(octal(0, 8), 116, 8, 'ascii'); // gid
  h.write(octal(size, 12), 124, 12, 'ascii');
  h.write(octal(FIXED_MTIME, 12), 136, 12, 'ascii');
  h.write('        ', 148, 8, 'ascii'); // checksum counts as spaces while summing
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write('root', 265, 32, 'ascii');
  h.write('root', 297, 32, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
  return h;
}

/** An uncompressed tar archive of the entries, in order. */
export function tar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    if (e.data === undefined) {
      const p = e.path.endsWith('/') ? e.path : `${e.path}/`;
      parts.push(header(p, 0, '5', e.mode ?? 0o755));
      continue;
    }
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    parts.push(header(e.path, data.length, '0', e.mode ?? 0o644), data);
    const pad = (BLOCK - (data.length % BLOCK)) % BLOCK;
    if (pad) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** A .tar.gz of the entries; node's gzip header carries no timestamp, so output is stable. */
export function tarGz(entries: TarEntry[]): Buffer {
  return gzipSync(tar(entries), { level: 9 });
}
