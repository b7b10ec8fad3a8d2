/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 * The file travels to other jobs: every secret the run knows is scrubbed from
 * its text here, in one place, before it is written.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VerifyResult } from '../../verification/leg-result.js';

export { RESULT_SCHEMA, type InstalledWheel, type LegIdentity, type VerifyResult } from '../../verification/leg-result.js';

/** Each secret replaced by ***, longest first (so that a secret containing another goes whole). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
    // The JSON text holds strings escaped: a secret with a quote or backslash appears escaped there.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) out = out.split(escaped).join('***');
  }
  return out;
}

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
export async function writeResultFile(dir: string, result: VerifyResult, secrets: readonly string[] = []): Promise<string> {
  await mkdir(dir, { recursive: true });
  const text = scrubSecrets(`${JSON.stringify(result, null, 2)}\n`, secrets);
  if (result.leg) {
    const path = join(dir, `verify-install-${safe(result.leg.id)}-${result.pin ? 'pinned' : 'unpinned'}.json`);
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, text);
    await rename(partial, path);
    return path;
  }
  let path = join(dir, 'verify-install-result.json');
  for (let n = 2; existsSync(path); n++) path = join(dir, `verify-install-result-${n}.json`);
  await writeFile(path, text, { flag: 'wx' });
  return path;
}
