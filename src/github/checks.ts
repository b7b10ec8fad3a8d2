/**
 * Required checks: named check runs or commit statuses that must have
 * succeeded on a commit before anything is released from it.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { pollUntil } from '../poll.js';
import type { GitHub } from './client.js';
import { onGitHub } from './errors.js';
import { boundedPages } from './paginate.js';
import { repoName, type RepoRef } from './git.js';

export type CheckVerdict = 'success' | 'pending' | 'failure' | 'missing';

export interface CheckResult {
  name: string;
  verdict: CheckVerdict;
  /** "check run: completed/failure", "status: pending", "no check run or commit status of that name" */
  detail: string;
  url?: string;
}

interface Observation {
  verdict: Exclude<CheckVerdict, 'missing'>;
  detail: string;
  url?: string;
  /** Orders observations of one name: the latest one decides. */
  order: number;
}

const RANK: Record<Exclude<CheckVerdict, 'missing'>, number> = { success: 0, pending: 1, failure: 2 };

/**
 * The state of each named check on `sha`. A check run counts as passed only
 * with conclusion `success` (a skipped or neutral run did not prove anything);
 * among runs of one name the latest decides (a re-run replaces a failure). A
 * commit status counts with state `success`. When a name is both a check run
 * and a status, the worse of the two decides.
 */
export async function readChecks(gh: GitHub, repo: RepoRef, sha: string, names: string[]): Promise<{ results: CheckResult[]; seen: string[] }> {
  const runs = await onGitHub(`read the check runs of ${sha} in ${repoName(repo)}`, async () => {
    const all = [];
    const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.checks.listForRef, { ...repo, ref: sha, per_page: 100, filter: 'latest', request: { signal } }), {
      what: `the check runs of ${sha} in ${repoName(repo)}`,
      // GitHub lists at most 1000 check runs for a commit.
      maxPages: 10,
    });
    for await (const page of pages) for (const run of page.data) all.push(run);
    return all;
  });
  const combined = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () =>
    gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
  );
  const statuses = [...combined.data.statuses];
  // The combined status lists one entry per context; page on when there are more than 100.
  for (let page = 2; statuses.length < combined.data.total_count && page <= 10; page++) {
    const more = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () =>
      gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100, page }),
    );
    if (more.data.statuses.length === 0) break;
    for (const s of more.data.statuses) statuses.push(s);
  }

  const latestRun = new Map<string, Observation>();
  for (const run of runs) {
    const obs: Observation =
      run.status !== 'completed'
        ? { verdict: 'pending', detail: `check run is ${run.status}`, url: run.html_url ?? undefined, order: run.id }
        : run.conclusion === 'success'
          ? { verdict: 'success', detail: 'check run succeeded', url: run.html_url ?? undefined, order: run.id }
          : { verdict: 'failure', detail: `check run concluded ${run.conclusion ?? 'without a conclusion'}`, url: run.html_url ?? undefined, order: run.id };
    const prev = latestRun.get(run.name);
    if (!prev || obs.order > prev.order) latestRun.set(run.name, obs);
  }
  const statusOf = new Map<string, Observation>();
  for (const s of statuses) {
    const verdict = s.state === 'success' ? 'success' : s.state === 'pending' ? 'pending' : 'failure';
    const obs: Observation = { verdict, detail: `commit status is ${s.state}`, url: s.target_url ?? undefined, order: s.id };
    const prev = statusOf.get(s.context);
    if (!prev || obs.order > prev.order) statusOf.set(s.context, obs);
  }

  const results = names.map((name): CheckResult => {
    const found = [latestRun.get(name), statusOf.get(name)].filter((o): o is Observation => o !== undefined);
    if (found.length === 0) return { name, verdict: 'missing', detail: 'no check run or commit status of that name' };
    const worst = found.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
    return { name, verdict: worst.verdict, detail: worst.detail, url: worst.url };
  });
  const seen = [...new Set([...latestRun.keys(), ...statusOf.keys()])].sort();
  return { results, seen };
}

export interface WaitOptions {
  /** How long to wait for pending or missing checks; 0 checks once. */
  timeoutSeconds: number;
  /** Seconds between polls; default from the timeout (2–15 s). */
  pollSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

function describeResult(r: CheckResult): string {
  const verb = r.verdict === 'failure' ? 'failed' : r.verdict === 'pending' ? 'has not finished' : 'is missing';
  return `'${r.name}' ${verb} (${r.detail})${r.url ? ` ${r.url}` : ''}`;
}

/**
 * Returns once every named check has succeeded on `sha`; throws a UserError
 * naming each failing, unfinished or missing one. A failure ends the wait at
 * once (waiting cannot fix it); pending and missing checks are waited for up
 * to the timeout.
 */
export async function requireChecks(gh: GitHub, repo: RepoRef, sha: string, names: string[], log: Logger, opts: WaitOptions): Promise<CheckResult[]> {
  if (names.length === 0) return [];
  const now = opts.now ?? Date.now;
  const pollMs = 1000 * (opts.pollSeconds ?? Math.min(15, Math.max(2, Math.round(opts.timeoutSeconds / 20))));
  const notSucceeded = (bad: CheckResult[], seen: string[]): UserError => {
    const failed = bad.filter((r) => r.verdict === 'failure');
    const waited = opts.timeoutSeconds > 0 ? ` after waiting up to ${opts.timeoutSeconds}s` : '';
    const missingHint = bad.some((r) => r.verdict === 'missing')
      ? ` Names seen on this commit: ${seen.length > 0 ? seen.join(', ') : 'none'}.`
      : '';
    const waitHint = failed.length === 0 && opts.timeoutSeconds === 0 ? ' Set checks-timeout to wait for checks that are still running.' : '';
    return new UserError(
      `Required checks have not succeeded on commit ${sha}${waited}: ${bad.map(describeResult).join('; ')}.${missingHint}${waitHint} Nothing was released.`,
    );
  };
  const { value } = await pollUntil<CheckResult[], { bad: CheckResult[]; seen: string[] }>({
    deadline: now() + opts.timeoutSeconds * 1000,
    backoff: () => pollMs,
    atDeadline: 'stop',
    now,
    sleep: opts.sleep,
    look: async () => {
      const { results, seen } = await readChecks(gh, repo, sha, names);
      const bad = results.filter((r) => r.verdict !== 'success');
      if (bad.length === 0) return { done: true, value: results };
      // A failure ends the wait at once: waiting cannot fix it.
      if (bad.some((r) => r.verdict === 'failure')) throw notSucceeded(bad, seen);
      return { done: false, state: { bad, seen } };
    },
    onPause: ({ state }) => log.info(`Waiting for required checks on ${sha}: ${state.bad.map((r) => `${r.name} (${r.verdict})`).join(', ')}`),
    onTimeout: ({ state }) => {
      throw notSucceeded(state.bad, state.seen);
    },
  });
  log.info(`Required checks succeeded on ${sha}: ${names.join(', ')}`);
  return value;
}
