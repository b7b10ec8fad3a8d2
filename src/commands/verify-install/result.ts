/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VerifyResult } from '../../verification/leg-result.js';
import { scrubSecretsDeep } from '../../text/secrets.js';

export { RESULT_SCHEMA, type InstalledWheel, type LegIdentity, type VerifyResult } from '../../verification/leg-result.js';

/** `verify-install-result.json` in `dir`, or -2, -3… when an earlier step of the job wrote one. */
export async function writeResultFile(dir: string, result: VerifyResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  let path = join(dir, 'verify-install-result.json');
  for (let n = 2; existsSync(path); n++) path = join(dir, `verify-install-result-${n}.json`);
  // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
  await writeFile(path, `${JSON.stringify(scrubSecretsDeep(result), null, 2)}\n`, { flag: 'wx' });
  return path;
}
