/**
 * bump-version on GitHub: plan the whole bump from the base commit, then
 * write it as one commit on the release branch and one pull request. Nothing
 * is written until the plan is complete, so any problem with the input, the
 * files or the versions leaves the repository as it was.
 */
import { UserError } from '../../errors.js';
import type { GitHub } from '../../github/client.js';
import { branchHead, createCommit, createTree, defaultBranch, pointBranch, readCommit, requireBranch, type CommitInfo, type FileWrite } from '../../github/git-commit.js';
import { repoName, type RepoRef } from '../../github/git.js';
import { findOpenPullRequest, upsertPullRequest, type PullRequestOutcome } from '../../github/pulls.js';
import { gitHubRepoFiles, type RepoFiles } from '../../github/repo-files.js';
import type { Logger } from '../../log.js';
import { planBump, type BumpPlan, type BumpRequest } from '../../versions/index.js';
import { pullRequestBody } from './report.js';
import { foreignBranchError, judgeExistingBranch, type ExistingBranch } from './release-branch.js';
import { checkBranchName, checkTagName, fillTemplate, subjectOf } from './templates.js';

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
      `The release branch would be ${branch}, which is the ${branch === base ? 'base' : 'default'} branch: bump-version points ` +
        `its release branch at a new commit on the base. Use a branch template such as release/v{version}.`,
    );
  }
  const tag = checkTagName(fillTemplate(req.tagTemplate, values), req.tagTemplate);
  const message = fillTemplate(req.commitMessage, values);
  if (subjectOf(message) === '') throw new UserError('The commit-message template gives an empty first line; give a message such as "Bump version to {version}".');
  const writes = await fileWrites(files, plan);

  const outcome: GitHubBumpOutcome = { plan, base, baseSha, branch, tag, message, dryRun: req.dryRun };
  if (req.dryRun) return outcome;

  // Decided before the first write: a branch holding anything but an earlier bump is refused, untouched.
  const existing = await branchHead(gh, repo, branch);
  let earlierBump: CommitInfo | undefined;
  if (existing !== undefined) {
    const current: ExistingBranch = {
      branch,
      head: existing,
      base,
      baseSha,
      versionFiles: plan.changes.map((c) => c.path),
      commitMessageTemplate: req.commitMessage,
    };
    const verdict = await judgeExistingBranch(gh, repo, current);
    if (verdict.kind === 'foreign') {
      const pr = await findOpenPullRequest(gh, repo, branch, base);
      throw foreignBranchError(repo, current, verdict.why, pr);
    }
    if (verdict.kind === 'bump') earlierBump = verdict.head;
  }

  const tree = await createTree(gh, repo, baseCommit.tree, writes);
  let commitSha: string | undefined;
  // A rerun on an unchanged base: the branch already is base + this exact commit, so keep it
  // rather than force-push an equal one (which would dismiss reviews and restart checks).
  if (earlierBump && earlierBump.parents[0] === baseSha && earlierBump.tree === tree && earlierBump.message === message) {
    commitSha = earlierBump.sha;
    outcome.commitReused = true;
  }
  commitSha ??= (await createCommit(gh, repo, { tree, parent: baseSha, message })).sha;
  outcome.commitSha = commitSha;
  outcome.branchAction = await pointBranch(gh, repo, branch, commitSha, existing, earlierBump !== undefined);
  log.info(
    outcome.branchAction === 'created'
      ? `Created branch ${branch} at ${commitSha}`
      : outcome.branchAction === 'moved'
        ? earlierBump
          ? `Replaced the earlier bump commit ${existing} on ${branch} with ${commitSha}, on ${base} at ${baseSha}`
          : `Moved branch ${branch} forward from ${existing}, which is on ${base}, to ${commitSha}`
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
