import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scanTarGz, type TarScan } from '../../../src/distributions/tar-scan.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/distributions/zip-scan.js';

/** What `tarfile.open(path, "r:gz")` and iterating it (warehouse's `_is_valid_dist_file`) made of one file. */
export type TarfileVerdict = { ok: true; names: string[] } | { ok: false; error: string };

/**
 * Runs a fixture script that writes its .tar.gz variants into `dir` and prints, as JSON, Python's
 * verdict on each, by variant name (the file is `<dir>/<variant>.tar.gz`).
 */
export function tarfileVerdicts(python: string, script: string, dir: string): Record<string, TarfileVerdict> {
  return JSON.parse(execFileSync(python, [join(process.cwd(), script), dir], { encoding: 'utf8' })) as Record<string, TarfileVerdict>;
}

/** Our scan of one variant. */
export function scanVariant(dir: string, variant: string): Promise<TarScan> {
  return scanTarGz(join(dir, `${variant}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false });
}

/** Each variant accepted or refused as tarfile did, with the same member names when accepted. */
export async function expectTarfileVerdicts(dir: string, reference: Record<string, TarfileVerdict>): Promise<void> {
  for (const [variant, verdict] of Object.entries(reference)) {
    const scan = await scanVariant(dir, variant);
    // A damaged or missing header further in makes tarfile stop quietly: no refusal.
    const refused = scan.failure !== undefined && !(scan.failure.kind === 'corrupt' && !scan.failure.stream);
    expect({ variant, refused, ...(verdict.ok ? { names: scan.names } : {}) })
      .toEqual({ variant, refused: !verdict.ok, ...(verdict.ok ? { names: verdict.names } : {}) });
  }
}
