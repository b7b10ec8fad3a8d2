/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 * The file travels to other jobs: every secret the run knows (the run's one
 * registry, src/text/secrets.ts) is scrubbed from it here, before it is written.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../files/atomic-write.js';
import type { VerifyResult } from '../../verification/leg-result.js';
import { scrubSecretsDeep } from '../../text/secrets.js';

export { RESULT_SCHEMA, type InstalledWheel, type LegIdentity, type VerifyResult } from '../../verification/leg-result.js';

/** A file name from a leg id (plan-verify's ids are already safe; anything else is made so). */
function safe(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}

/**
 * Writes the result into `dir`: `verify-install-<leg id>-<pinned|unpinned>.json`
 * for a planned leg, replacing the file of an earlier attempt of the same leg
 * (a rerun on a runner that kept the directory); otherwise
 * `verify-install-result.json`, or -2, -3… when an earlier step of the job
 * wrote one.
 */
export async function writeResultFile(dir: string, result: VerifyResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
  const text = `${JSON.stringify(scrubSecretsDeep(result), null, 2)}\n`;
  if (result.leg) {
    const path = join(dir, `verify-install-${safe(result.leg.id)}-${result.pin ? 'pinned' : 'unpinned'}.json`);
    await writeFileAtomically(path, text);
    return path;
  }
  let path = join(dir, 'verify-install-result.json');
  for (let n = 2; existsSync(path); n++) path = join(dir, `verify-install-result-${n}.json`);
  await writeFile(path, text, { flag: 'wx' });
  return path;
}
