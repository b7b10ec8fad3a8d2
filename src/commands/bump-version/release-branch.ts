/**
 * Whether a rerun may take over a release branch that already exists. It may
 * only when moving the branch loses nothing: everything on it is already on
 * the base, or its head is a bump commit of an earlier run (one commit on the
 * base that changes only the version files, with a message from the
 * commit-message template), which the new bump commit replaces. Anything else
 * (review fixes pushed to the branch, someone's own work under that name) is
 * refused before anything is written.
 */
import { UserError } from '../../errors.js';
import type { GitHub } from '../../github/client.js';
import { changedFiles, readCommit, recentHistory, type CommitInfo } from '../../github/git-commit.js';
import { repoName, type RepoRef } from '../../github/git.js';
import { messageFitsTemplate, subjectOf } from './templates.js';

/** How far back on the base an earlier bump commit's parent is looked for (one page of history). */
const BASE_HISTORY = 100;

export interface ExistingBranch {
  branch: string;
  /** The branch's head commit. */
  head: string;
  base: string;
  baseSha: string;
  /** The files this bump changes: an earlier bump commit changes no others. */
  versionFiles: string[];
  commitMessageTemplate: string;
}

/**
 * - `on-base`: every commit of the branch is on the base, so the move is a fast-forward;
 * - `bump`: its head (given) is an earlier bump commit, which the move replaces (a forced move);
 * - `foreign`: it holds other work; `why` says what, for the refusal.
 */
export type BranchVerdict = { kind: 'on-base' } | { kind: 'bump'; head: CommitInfo } | { kind: 'foreign'; why: string };

export async function judgeExistingBranch(gh: GitHub, repo: RepoRef, b: ExistingBranch): Promise<BranchVerdict> {
  if (b.head === b.baseSha) return { kind: 'on-base' };
  let history: Set<string> | undefined;
  const onBase = async (sha: string): Promise<boolean> =>
    sha === b.baseSha || (history ??= await recentHistory(gh, repo, b.baseSha, BASE_HISTORY)).has(sha.toLowerCase());

  const head = await readCommit(gh, repo, b.head);
  let why: string;
  if (head.parents.length !== 1) {
    why = head.parents.length === 0 ? 'its head is a root commit' : 'its head is a merge commit';
  } else if (!messageFitsTemplate(head.message, b.commitMessageTemplate)) {
    why = `its head commit "${subjectOf(head.message)}" is not a bump commit (its message does not fit the commit-message template "${subjectOf(b.commitMessageTemplate)}")`;
  } else {
    const other = (await changedFiles(gh, repo, b.head)).filter((f) => f.status !== 'modified' || !b.versionFiles.includes(f.filename));
    if (other.length > 0) {
      const shown = other.slice(0, 5).map((f) => `${f.filename} (${f.status})`);
      why = `its head commit changes ${shown.join(', ')}${other.length > 5 ? ` and ${other.length - 5} more` : ''}, which ${other.length === 1 ? 'is not a version file' : 'are not version files'} of this bump`;
    } else if (!(await onBase(head.parents[0]!))) {
      why = `its head is a bump commit on top of ${head.parents[0]}, which is not among the newest ${BASE_HISTORY} commits of ${b.base}, so the branch may hold other work below it`;
    } else {
      return { kind: 'bump', head };
    }
  }
  // Whatever its head looks like, a branch whose commits are all on the base loses nothing.
  if (await onBase(b.head)) return { kind: 'on-base' };
  return { kind: 'foreign', why };
}

/** The refusal for a `foreign` branch: which branch, where it is, why it is not taken over, and what to do. */
export function foreignBranchError(repo: RepoRef, b: ExistingBranch, why: string, pullRequest?: { number: number; url: string }): UserError {
  const what = pullRequest
    ? `Merge or close its open pull request #${pullRequest.number} (${pullRequest.url}) and delete the branch`
    : `Delete the branch`;
  return new UserError(
    `The release branch ${b.branch} already exists in ${repoName(repo)} at ${b.head}, and ${why}. ` +
      `Moving it to a new bump commit would discard that work, so bump-version changed nothing. ` +
      `${what} (git push origin --delete ${b.branch}) once that work is merged or saved elsewhere, then run bump-version again; ` +
      `or give a branch template that names a new branch.`,
  );
}
