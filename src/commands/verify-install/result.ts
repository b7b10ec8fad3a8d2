/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VerifyResult } from '../../verification/leg-result.js';

export { RESULT_SCHEMA, type InstalledWheel, type LegIdentity, type VerifyResult } from '../../verification/leg-result.js';

/** `verify-install-result.json` in `dir`, or -2, -3… when an earlier step of the job wrote one. */
export async function writeResultFile(dir: string, result: VerifyResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  let path = join(dir, 'verify-install-result.json');
  for (let n = 2; existsSync(path); n++) path = join(dir, `verify-install-result-${n}.json`);
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' });
  return path;
}
