/**
 * The user's smoke test, run by the environment's interpreter from the
 * neutral directory. A script is copied there first: Python puts a script's
 * own directory first on sys.path, so a script run from the checkout would
 * import the checkout's package instead of the installed one.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../../log.js';
import { runPython, type Environment } from '../../python/index.js';
import { tail } from '../../process/index.js';
import type { Check } from './checks.js';

export type SmokeTest = { kind: 'code'; code: string } | { kind: 'script'; path: string };

/** Variables the smoke test can read to know what it is checking. */
export interface SmokeVariables {
  /** The first (or only) distribution. */
  VERIFY_PACKAGE: string;
  /** Every distribution of the leg, separated by spaces. */
  VERIFY_PACKAGES: string;
  VERIFY_VERSION: string;
  VERIFY_IMPORT_NAME: string;
}

export async function runSmokeTest(
  env: Environment,
  smoke: SmokeTest,
  cwd: string,
  variables: SmokeVariables,
  log: Logger = silentLogger,
): Promise<Check> {
  let args: string[];
  let what: string;
  if (smoke.kind === 'script') {
    const copy = join(cwd, 'pyrelease_smoke_test.py');
    await copyFile(smoke.path, copy);
    args = [copy];
    what = `smoke test ${smoke.path}`;
  } else {
    args = ['-c', smoke.code];
    what = 'smoke test (inline code)';
  }
  log.info(`Running the ${what} with ${env.python} in ${cwd}`);
  const started = Date.now();
  const r = await runPython({ ...env, env: { ...env.env, ...variables } }, args, { cwd, log, timeoutMs: 3_600_000 });
  const output = `${r.stdout}${r.stderr ? `${r.stdout && !r.stdout.endsWith('\n') ? '\n' : ''}${r.stderr}` : ''}`.trimEnd();
  if (output) log.info(output);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.code === 0) return { name: 'smoke test', ok: true, detail: `${what} passed in ${seconds} s` };
  const last = tail(r.stderr || r.stdout, 12);
  return {
    name: 'smoke test',
    ok: false,
    detail: `${what} failed with exit code ${r.code}${r.timedOut ? ' (timed out)' : ''} after ${seconds} s${last ? `:\n${last}` : ' and printed nothing'}`,
  };
}
