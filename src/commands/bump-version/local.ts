/**
 * bump-version on a local git checkout, for the command line and the
 * rehearsal: the same plan as on GitHub, written to the files and committed
 * with git on a new branch. Everything that can refuse is checked before the
 * first file is written.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { git as runGit, gitOk as runGitOk } from '../../process/index.js';
import { localFileAccess, planBump, type BumpPlan, type BumpRequest } from '../../versions/index.js';
import { checkBranchName, fillTemplate, subjectOf } from './templates.js';

export interface LocalBumpRequest extends BumpRequest {
  /** The checkout (or the project directory inside it). */
  dir: string;
  branchTemplate: string;
  commitMessage: string;
  /** false: rewrite the files and leave committing to the caller. */
  commit: boolean;
  dryRun: boolean;
}

export interface LocalBumpOutcome {
  plan: BumpPlan;
  branch: string;
  message: string;
  dryRun: boolean;
  /** Set when the bump was committed. */
  commitSha?: string;
}

/** Without git the commit cannot be made, but the files can still be rewritten. */
const IF_NO_GIT = { ifMissing: 'Install git, or use --no-commit to only rewrite the files.' };
const git = (dir: string, args: string[]) => runGit(dir, args, IF_NO_GIT);
const gitOk = (dir: string, args: string[], doing: string) => runGitOk(dir, args, doing, IF_NO_GIT);

export async function bumpLocally(req: LocalBumpRequest, log: Logger): Promise<LocalBumpOutcome> {
  const dir = resolve(req.dir);
  const plan = await planBump(localFileAccess(dir), req);
  if (plan.changes.length === 0) {
    throw new UserError(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to do.`);
  }
  const values = { version: plan.next, previous: plan.previous };
  const branch = checkBranchName(fillTemplate(req.branchTemplate, values), req.branchTemplate);
  const message = fillTemplate(req.commitMessage, values);
  if (subjectOf(message) === '') throw new UserError('The commit message template gives an empty first line; give one such as "Bump version to {version}".');
  const outcome: LocalBumpOutcome = { plan, branch, message, dryRun: req.dryRun };
  if (req.dryRun) return outcome;

  const paths = plan.changes.map((c) => c.path);
  if (req.commit) await checkCheckout(dir, branch, paths);
  if (req.commit) await gitOk(dir, ['checkout', '-q', '-b', branch], `create the branch ${branch}`);
  for (const change of plan.changes) await writeFile(resolve(dir, change.path), change.after, 'utf8');
  log.info(`Rewrote ${paths.length} file(s) for ${plan.previous} → ${plan.next}`);
  if (!req.commit) return outcome;

  await gitOk(dir, ['add', '--', ...paths], 'stage the version files');
  await gitOk(dir, ['commit', '-q', '-m', message, '--', ...paths], 'commit the version files');
  outcome.commitSha = (await gitOk(dir, ['rev-parse', 'HEAD'], 'read the new commit')).trim();
  return outcome;
}

/** A clean work tree, a free branch name, tracked version files and a committer identity, or a clear refusal. */
async function checkCheckout(dir: string, branch: string, paths: string[]): Promise<void> {
  const inside = await git(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    throw new UserError(`${dir} is not inside a git work tree. Run in a checkout, or use --no-commit to only rewrite the files.`);
  }
  const status = await gitOk(dir, ['status', '--porcelain', '--untracked-files=no'], 'read the work tree status');
  const dirty = status.split('\n').filter((l) => l.trim() !== '');
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 10).map((l) => `  ${l}`).join('\n');
    throw new UserError(
      `The work tree has uncommitted changes, so the bump commit would not be the bump alone:\n${shown}` +
        `${dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : ''}\nCommit or stash them first, or use --no-commit.`,
    );
  }
  const exists = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
  if (exists.code === 0) {
    throw new UserError(`The branch ${branch} already exists. Delete it (git branch -D ${branch}) or give another --branch template.`);
  }
  const format = await git(dir, ['check-ref-format', '--branch', branch]);
  if (format.code !== 0) throw new UserError(`"${branch}" is not a valid git branch name: ${format.stderr.trim()}`);
  const tracked = await git(dir, ['ls-files', '--error-unmatch', '--', ...paths]);
  if (tracked.code !== 0) {
    throw new UserError(`Not every version file is tracked by git: ${(tracked.stderr || tracked.stdout).trim()}. Add them first, or use --no-commit.`);
  }
  const ident = await git(dir, ['var', 'GIT_COMMITTER_IDENT']);
  if (ident.code !== 0) {
    throw new UserError(`git has no committer identity: ${ident.stderr.trim()}. Set user.name and user.email (git config), or use --no-commit.`);
  }
}
