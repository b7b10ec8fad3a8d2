/**
 * The release pull request: at most one open pull request from the release
 * branch to its base, found by head (`owner:branch`) and updated on a rerun
 * instead of opened again (release-please's openPullRequest does the same).
 */
import { UserError } from '../errors.js';
import type { GitHub } from './client.js';
import { describeGitHubError, gitHubFailure, httpStatus, onGitHub } from './errors.js';
import { repoName, type RepoRef } from './git.js';

export interface PullRequestInput {
  /** The branch with the changes, in this repository. */
  head: string;
  base: string;
  title: string;
  body: string;
  labels?: string[];
}

export interface PullRequestOutcome {
  number: number;
  url: string;
  created: boolean;
}

/** The open pull request from `head` into `base`, if there is one. */
export async function findOpenPullRequest(gh: GitHub, repo: RepoRef, head: string, base: string): Promise<{ number: number; url: string } | undefined> {
  const { data } = await onGitHub(`look for an open pull request from ${head} in ${repoName(repo)}`, () =>
    gh.rest.pulls.list({ ...repo, state: 'open', head: `${repo.owner}:${head}`, base, per_page: 100 }),
  );
  // GitHub filters by head and base already; checked again so a server that ignores a filter cannot mislead us.
  const pr = data.filter((p) => p.head.ref === head && p.base.ref === base).sort((a, b) => a.number - b.number)[0];
  return pr ? { number: pr.number, url: pr.html_url } : undefined;
}

/** Opens the pull request, or updates the title and body of the one already open. */
export async function upsertPullRequest(gh: GitHub, repo: RepoRef, input: PullRequestInput): Promise<PullRequestOutcome> {
  let outcome: PullRequestOutcome;
  const existing = await findOpenPullRequest(gh, repo, input.head, input.base);
  if (existing) {
    outcome = { ...(await update(gh, repo, existing.number, input)), created: false };
  } else {
    try {
      const { data } = await gh.rest.pulls.create({ ...repo, head: input.head, base: input.base, title: input.title, body: input.body });
      outcome = { number: data.number, url: data.html_url, created: true };
    } catch (err) {
      // A create whose first attempt went through before a retry, or a concurrent run: use the one that is there.
      const raced = httpStatus(err) === 422 && /already exists/i.test(describeGitHubError(err));
      const now = raced ? await findOpenPullRequest(gh, repo, input.head, input.base) : undefined;
      if (!now) throw pullRequestFailure(err, `open a pull request from ${input.head} to ${input.base} in ${repoName(repo)}`);
      outcome = { ...(await update(gh, repo, now.number, input)), created: false };
    }
  }
  if (input.labels && input.labels.length > 0) {
    await onGitHub(`label pull request #${outcome.number}`, () =>
      gh.rest.issues.addLabels({ ...repo, issue_number: outcome.number, labels: input.labels! }),
    );
  }
  return outcome;
}

async function update(gh: GitHub, repo: RepoRef, number: number, input: PullRequestInput): Promise<{ number: number; url: string }> {
  const { data } = await onGitHub(`update pull request #${number} in ${repoName(repo)}`, () =>
    gh.rest.pulls.update({ ...repo, pull_number: number, title: input.title, body: input.body }),
  );
  return { number: data.number, url: data.html_url };
}

/** The workflow token may not open pull requests until the repository allows it; say where to allow it. */
function pullRequestFailure(err: unknown, doing: string): unknown {
  const e = gitHubFailure(err, doing);
  if (httpStatus(err) === 403 && e instanceof UserError) {
    return new UserError(
      `${e.message} If the token is the workflow's GITHUB_TOKEN, enable "Allow GitHub Actions to create and approve pull requests" ` +
        `(Settings → Actions → General), or set pull-request: false. The branch and commit are in place; a rerun reuses them.`,
    );
  }
  return e;
}
