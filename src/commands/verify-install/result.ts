/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scrubSecretsDeep } from '../../text/secrets.js';
import type { Check } from './checks.js';

export const RESULT_SCHEMA = 'python-release-actions/verify-install-result';

export interface VerifyResult {
  schema: typeof RESULT_SCHEMA;
  schemaVersion: 1;
  result: 'passed' | 'failed';
  package: string;
  version: string;
  /** 'index': pip from the index; 'exact-file': the wheel by URL and sha256, dependencies from dependencyIndex; 'mixed': pip with extra indexes. */
  mode: 'index' | 'exact-file' | 'mixed';
  /** Credentials removed. */
  index: string;
  dependencyIndex?: string;
  extraIndexes?: string[];
  pin: boolean;
  /** The runner's OS and architecture (RUNNER_OS/RUNNER_ARCH, else Node's). */
  os: string;
  arch: string;
  python?: {
    requested: string;
    version: string;
    implementation: string;
    path: string;
    /** platform.machine(): x86_64 under Rosetta on an arm64 Mac. */
    machine?: string;
    foundVia: string;
  };
  environment?: { kind: 'venv' | 'site-dir'; path: string; pip: string };
  secondsToAvailable?: number;
  wheel?: string;
  wheelUrl?: string;
  wheelSha256?: string;
  installedVersion?: string;
  /** pip's "Successfully installed" list: the package and every dependency it brought. */
  installed?: string[];
  importName?: string;
  moduleFile?: string;
  moduleVersion?: string;
  moduleCommit?: string;
  checks: Check[];
  /** Why the leg failed. */
  error?: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
}

/** `verify-install-result.json` in `dir`, or -2, -3… when an earlier step of the job wrote one. */
export async function writeResultFile(dir: string, result: VerifyResult): Promise<string> {
  await mkdir(dir, { recursive: true });
  let path = join(dir, 'verify-install-result.json');
  for (let n = 2; existsSync(path); n++) path = join(dir, `verify-install-result-${n}.json`);
  // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
  await writeFile(path, `${JSON.stringify(scrubSecretsDeep(result), null, 2)}\n`, { flag: 'wx' });
  return path;
}
