/**
 * bump-version on GitHub: plan the whole bump from the base commit, then
 * write it as one commit on the release branch and one pull request. Nothing
 * is written until the plan is complete, so any problem with the input, the
 * files or the versions leaves the repository as it was.
 */
import { UserError } from '../errors.js';
import type { GitHub } from '../github/client.js';
import { branchHead, createCommit, createTree, defaultBranch, pointBranch, readCommit, requireBranch, type FileWrite } from '../github/git-commit.js';
import { repoName, type RepoRef } from '../github/git.js';
import { upsertPullRequest, type PullRequestOutcome } from '../github/pulls.js';
import { gitHubRepoFiles, type RepoFiles } from '../github/repo-files.js';
import type { Logger } from '../log.js';
import { planBump, type BumpPlan, type BumpRequest } from '../versions/index.js';
import { pullRequestBody } from './report.js';
import { checkBranchName, fillTemplate, subjectOf } from './templates.js';

export interface GitHubBumpRequest extends BumpRequest {
  repo: RepoRef;
  /** The branch to start from; undefined means the default branch. */
  base?: string;
  branchTemplate: string;
  tagTemplate: string;
  commitMessage: string;
  pullRequest: boolean;
  labels?: string[];
  dryRun: boolean;
}

export interface GitHubBumpOutcome {
  plan: BumpPlan;
  base: string;
  baseSha: string;
  branch: string;
  tag: string;
  message: string;
  dryRun: boolean;
  /** Absent on a dry run. */
  commitSha?: string;
  /** The branch already held exactly this commit's content on this base, so its commit was kept. */
  commitReused?: boolean;
  branchAction?: 'created' | 'moved' | 'unchanged';
  pullRequest?: PullRequestOutcome;
}

export async function bumpOnGitHub(gh: GitHub, req: GitHubBumpRequest, log: Logger): Promise<GitHubBumpOutcome> {
  const { repo } = req;
  const name = repoName(repo);
  const defaultName = await defaultBranch(gh, repo);
  // `refs/heads/x` is how workflows often spell a branch (github.ref); the API wants `x`.
  const base = req.base?.replace(/^refs\/heads\//, '') || defaultName;
  const baseSha = await requireBranch(gh, repo, base);
  const baseCommit = await readCommit(gh, repo, baseSha);
  log.info(`Reading the version files of ${name} at ${base} (${baseSha})`);
  const files = gitHubRepoFiles(gh, repo, baseCommit.tree, log);

  const plan = await planBump(files, req);
  if (plan.changes.length === 0) {
    throw new UserError(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to commit.`);
  }
  const values = { version: plan.next, previous: plan.previous };
  const branch = checkBranchName(fillTemplate(req.branchTemplate, values), req.branchTemplate);
  if (branch === base || branch === defaultName) {
    throw new UserError(
      `The release branch would be ${branch}, which is the ${branch === base ? 'base' : 'default'} branch: bump-version resets ` +
        `its release branch on every run. Use a branch template such as release/v{version}.`,
    );
  }
  const tag = fillTemplate(req.tagTemplate, values);
  const message = fillTemplate(req.commitMessage, values);
  if (subjectOf(message) === '') throw new UserError('The commit-message template gives an empty first line; give a message such as "Bump version to {version}".');
  const writes = await fileWrites(files, plan);

  const outcome: GitHubBumpOutcome = { plan, base, baseSha, branch, tag, message, dryRun: req.dryRun };
  if (req.dryRun) return outcome;

  const existing = await branchHead(gh, repo, branch);
  const tree = await createTree(gh, repo, baseCommit.tree, writes);
  let commitSha: string | undefined;
  if (existing !== undefined) {
    const head = await readCommit(gh, repo, existing);
    // A rerun on an unchanged base: the branch already is base + this exact commit, so keep it
    // rather than force-push an equal one (which would dismiss reviews and restart checks).
    if (head.parents.length === 1 && head.parents[0] === baseSha && head.tree === tree && head.message === message) {
      commitSha = head.sha;
      outcome.commitReused = true;
    }
  }
  commitSha ??= (await createCommit(gh, repo, { tree, parent: baseSha, message })).sha;
  outcome.commitSha = commitSha;
  outcome.branchAction = await pointBranch(gh, repo, branch, commitSha, existing);
  log.info(
    outcome.branchAction === 'created'
      ? `Created branch ${branch} at ${commitSha}`
      : outcome.branchAction === 'moved'
        ? `Reset branch ${branch} to ${base} plus one commit, ${commitSha} (it was at ${existing})`
        : `Branch ${branch} already is ${base} plus this bump (${commitSha}); left as it is`,
  );

  if (req.pullRequest) {
    outcome.pullRequest = await upsertPullRequest(gh, repo, {
      head: branch,
      base,
      title: subjectOf(message),
      body: pullRequestBody(plan, { base, tag }),
      labels: req.labels,
    });
    log.info(`${outcome.pullRequest.created ? 'Opened' : 'Updated'} pull request #${outcome.pullRequest.number}: ${outcome.pullRequest.url}`);
  }
  return outcome;
}

/** Each changed file with the mode it has at the base, so an executable stays executable. */
async function fileWrites(files: RepoFiles, plan: BumpPlan): Promise<FileWrite[]> {
  const writes: FileWrite[] = [];
  for (const change of plan.changes) {
    const entry = await files.entry(change.path);
    if (!entry || entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
      throw new UserError(`${change.path} is not a regular file in the repository, so bump-version cannot rewrite it.`);
    }
    writes.push({ path: change.path, content: change.after, mode: entry.mode });
  }
  return writes;
}
