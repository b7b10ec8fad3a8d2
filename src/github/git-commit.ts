/**
 * One commit made through the Git Data API, the way release-please makes its
 * release commits: a tree over the base commit's tree with the changed files
 * inline, a commit whose only parent is the base, and a branch ref moved to it.
 * No author or committer is sent, so with the workflow's token (or an App's)
 * GitHub signs the commit and shows it as Verified.
 */
import { UserError } from '../errors.js';
import type { GitHub } from './client.js';
import { gitHubFailure, httpStatus, isAlreadyExists, onGitHub } from './errors.js';
import { repoName, type RepoRef } from './git.js';

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface FileWrite {
  path: string;
  /** UTF-8 text of the whole file. */
  content: string;
  /** 100644 or 100755; kept from the base tree so an executable stays executable. */
  mode: '100644' | '100755';
}

/** The commit at the head of a branch, or undefined when there is no such branch. */
export async function branchHead(gh: GitHub, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha.toLowerCase();
  } catch (err) {
    if (httpStatus(err) === 404) return undefined;
    throw gitHubFailure(err, `read the branch ${branch} of ${repoName(repo)}`);
  }
}

export async function readCommit(gh: GitHub, repo: RepoRef, sha: string): Promise<CommitInfo> {
  const { data } = await onGitHub(`read commit ${sha} of ${repoName(repo)}`, () => gh.rest.git.getCommit({ ...repo, commit_sha: sha }));
  return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}

/** A tree: `baseTree` with `files` replaced. */
export async function createTree(gh: GitHub, repo: RepoRef, baseTree: string, files: FileWrite[]): Promise<string> {
  if (files.length === 0) throw new Error('internal: a bump commit needs at least one file');
  const { data } = await onGitHub(`create the file tree of the commit in ${repoName(repo)}`, () =>
    gh.rest.git.createTree({
      ...repo,
      base_tree: baseTree,
      tree: files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob' as const, content: f.content })),
    }),
  );
  return data.sha;
}

/** A commit with one parent and no custom identity, which GitHub signs for bot and App tokens. */
export async function createCommit(gh: GitHub, repo: RepoRef, input: { tree: string; parent: string; message: string }): Promise<CommitInfo> {
  const { data } = await onGitHub(`create the commit in ${repoName(repo)}`, () =>
    gh.rest.git.createCommit({ ...repo, message: input.message, tree: input.tree, parents: [input.parent] }),
  );
  return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}

/**
 * Points `branch` at `sha`: creates the ref, or moves an existing one. The
 * caller has read the branch (`existing`) and decided that moving it loses
 * nothing; `force` says whether that move may drop its head (a bump commit of
 * an earlier run), otherwise it must be a fast-forward, so a commit pushed
 * after the branch was read makes GitHub refuse the move instead of losing it.
 */
export async function pointBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  sha: string,
  existing: string | undefined,
  force: boolean,
): Promise<'created' | 'moved' | 'unchanged'> {
  if (existing === sha) return 'unchanged';
  if (existing === undefined) {
    try {
      await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
      return 'created';
    } catch (err) {
      const already = httpStatus(err) === 422 && (isAlreadyExists(err) || /already exists/i.test(String((err as Error).message)));
      if (!already) throw gitHubFailure(err, `create the branch ${branch} in ${repoName(repo)}`);
      // A retried create whose first attempt went through is done; a branch someone
      // else made meanwhile was never inspected, so it is not moved.
      const now = await branchHead(gh, repo, branch);
      if (now === sha.toLowerCase()) return 'created';
      throw new UserError(
        `The branch ${branch} appeared in ${repoName(repo)} while bump-version ran (at ${now ?? 'an unknown commit'}), ` +
          `perhaps from another run. Nothing was changed on it; run bump-version again to check the branch.`,
      );
    }
  }
  try {
    await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force });
  } catch (err) {
    if (!force && httpStatus(err) === 422) {
      throw new UserError(
        `Could not move the branch ${branch} of ${repoName(repo)} to the bump commit: it no longer is ${existing}, ` +
          `so someone pushed to it while bump-version ran. Nothing on it was lost; run bump-version again to check the branch.`,
      );
    }
    throw gitHubFailure(err, `move the branch ${branch} of ${repoName(repo)} to the new commit`);
  }
  return 'moved';
}

/** The files a commit changes against its first parent: name and status (modified, added, removed, renamed…). */
export async function changedFiles(gh: GitHub, repo: RepoRef, sha: string): Promise<{ filename: string; status: string }[]> {
  const { data } = await onGitHub(`read the changes of commit ${sha} of ${repoName(repo)}`, () => gh.rest.repos.getCommit({ ...repo, ref: sha }));
  return (data.files ?? []).map((f) => ({ filename: f.filename, status: f.status }));
}

/**
 * The newest `count` commits reachable from `sha` (at most 100: one request).
 * Used to tell whether a commit is on a branch: one page covers a release
 * branch cut from a recent base, and a commit further back counts as not on
 * it, which can only make the caller refuse, never lose a commit.
 */
export async function recentHistory(gh: GitHub, repo: RepoRef, sha: string, count: number): Promise<Set<string>> {
  const { data } = await onGitHub(`read the history of ${sha} in ${repoName(repo)}`, () =>
    gh.rest.repos.listCommits({ ...repo, sha, per_page: Math.min(count, 100) }),
  );
  return new Set(data.map((c) => c.sha.toLowerCase()));
}

/** The default branch of the repository (also proves the token can see it). */
export async function defaultBranch(gh: GitHub, repo: RepoRef): Promise<string> {
  const { data } = await onGitHub(`read the repository ${repoName(repo)}`, () => gh.rest.repos.get({ ...repo }));
  return data.default_branch;
}

/** The head commit of the base branch; a clear error when the branch does not exist. */
export async function requireBranch(gh: GitHub, repo: RepoRef, branch: string): Promise<string> {
  const sha = await branchHead(gh, repo, branch);
  if (sha === undefined) {
    throw new UserError(`The base branch "${branch}" does not exist in ${repoName(repo)}. Give an existing branch in the base input, or leave it empty for the default branch.`);
  }
  return sha;
}
