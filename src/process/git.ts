/**
 * git, for the local bump and the rehearsal: in the repository at `dir` and
 * no other (see gitEnvironment), never prompting, with a timeout.
 */
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import { gitEnvironment } from './environment.js';
import { failureOf, ProcessStartError } from './errors.js';
import { runProcess, type ProcessResult } from './run.js';

export interface GitOptions {
  /** What to do when git is not installed, for the error message. Default: "Install git." */
  ifMissing?: string;
  /** Default 10 minutes: a commit runs the repository's hooks, which may lint or test. */
  timeoutMs?: number;
}

const GIT_TIMEOUT_MS = 10 * 60_000;

/** Runs git in `dir`; resolves whatever the exit code, throws a UserError when git is not installed. */
export async function git(dir: string, args: string[], opts: GitOptions = {}): Promise<ProcessResult> {
  try {
    return await runProcess('git', args, { cwd: dir, env: gitEnvironment(), timeoutMs: opts.timeoutMs ?? GIT_TIMEOUT_MS, terminal: true });
  } catch (err) {
    if (err instanceof ProcessStartError && err.code === 'ENOENT') {
      // spawn says ENOENT for a missing working directory too.
      if (!existsSync(dir)) throw new UserError(`Cannot run git in ${dir}: the directory does not exist.`);
      throw new UserError(`git is not installed (or not on PATH). ${opts.ifMissing ?? 'Install git.'}`);
    }
    throw err;
  }
}

/** git's stdout when it succeeded; otherwise a UserError saying what could not be done and what git said. */
export async function gitOk(dir: string, args: string[], doing: string, opts: GitOptions = {}): Promise<string> {
  const r = await git(dir, args, opts);
  const failure = failureOf(r, { complete: true });
  if (failure) throw new UserError(`Could not ${doing}: ${failure.message}`);
  return r.stdout;
}
