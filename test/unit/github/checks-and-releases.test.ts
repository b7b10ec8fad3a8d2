import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { requireChecks, readChecks } from '../../../src/github/checks.js';
import { createGitHubClient, type GitHub } from '../../../src/github/client.js';
import { commitExists, listTagNames, tagCommit } from '../../../src/github/git.js';
import { canonicalRelease, findReleasesForTag } from '../../../src/github/releases.js';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';

const TOKEN = 'ghs_unitTestToken';
const repo = { owner: 'octo', repo: 'example' };
let fake: FakeGitHub;
let gh: GitHub;
let sha: string;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  gh = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log: new MemoryLogger(), retryAfterBaseMs: 1 });
  sha = fake.commitFiles('main', { 'a.txt': 'a' }, 'A commit');
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('readChecks / requireChecks', () => {
  it('lets the latest run of a name decide (a re-run replaces a failure)', async () => {
    fake.addCheckRun(sha, 'tests', 'failure');
    fake.addCheckRun(sha, 'tests', 'success');
    const { results } = await readChecks(gh, repo, sha, ['tests']);
    expect(results[0]!.verdict).toBe('success');
  });

  it('does not count skipped or neutral runs as success, nor error statuses', async () => {
    fake.addCheckRun(sha, 'skipped-one', 'skipped');
    fake.addCheckRun(sha, 'neutral-one', 'neutral');
    fake.addStatus(sha, 'ci/err', 'error');
    fake.addStatus(sha, 'ci/pending', 'pending');
    const { results, seen } = await readChecks(gh, repo, sha, ['skipped-one', 'neutral-one', 'ci/err', 'ci/pending', 'nope']);
    expect(results.map((r) => r.verdict)).toEqual(['failure', 'failure', 'failure', 'pending', 'missing']);
    expect(seen).toEqual(['ci/err', 'ci/pending', 'neutral-one', 'skipped-one']);
  });

  it('fails at once on a failure, without waiting out the timeout', async () => {
    fake.addCheckRun(sha, 'tests', 'failure');
    fake.addCheckRun(sha, 'lint', null, { status: 'queued' });
    let slept = 0;
    const err = await requireChecks(gh, repo, sha, ['tests', 'lint'], new MemoryLogger(), {
      timeoutSeconds: 600,
      sleep: async () => {
        slept++;
      },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/'tests' failed .*'lint' has not finished \(check run is queued\)/);
    expect(slept).toBe(0);
  });

  it('waits for pending and missing checks until the timeout, then names them', async () => {
    fake.addStatus(sha, 'ci/slow', 'pending');
    let clock = 0;
    const log = new MemoryLogger();
    const err = await requireChecks(gh, repo, sha, ['ci/slow', 'later'], log, {
      timeoutSeconds: 30,
      pollSeconds: 10,
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/after waiting up to 30s: 'ci\/slow' has not finished .*'later' is missing/);
    expect((err as Error).message).toContain('Names seen on this commit: ci/slow.');
    expect(log.lines.filter((l) => l.message.startsWith('Waiting for required checks'))).toHaveLength(3);
  });

  it('returns when the checks pass during the wait', async () => {
    const run = fake.addCheckRun(sha, 'tests', null, { status: 'in_progress' });
    const results = await requireChecks(gh, repo, sha, ['tests'], new MemoryLogger(), {
      timeoutSeconds: 60,
      pollSeconds: 1,
      sleep: async () => {
        run.status = 'completed';
        run.conclusion = 'success';
      },
    });
    expect(results[0]!.verdict).toBe('success');
  });
});

describe('git', () => {
  it('peels annotated tags, and tells a missing commit or tag', async () => {
    fake.createTag('v1.0', sha);
    fake.createTag('v1.1', sha, { message: 'annotated' });
    expect(await tagCommit(gh, repo, 'v1.0')).toBe(sha);
    expect(await tagCommit(gh, repo, 'v1.1')).toBe(sha);
    expect(await tagCommit(gh, repo, 'v9')).toBeUndefined();
    expect(await commitExists(gh, repo, sha)).toBe(true);
    expect(await commitExists(gh, repo, '0'.repeat(40))).toBe(false);
    expect((await listTagNames(gh, repo)).sort()).toEqual(['v1.0', 'v1.1']);
  });
});

describe('findReleasesForTag', () => {
  it('finds drafts (which the by-tag lookup does not return) and the published release', async () => {
    const draft = fake.addRelease({ tag_name: 'v1.0', draft: true, target_commitish: sha });
    fake.addRelease({ tag_name: 'v0.9', draft: true, target_commitish: sha });
    const found = await findReleasesForTag(gh, repo, 'v1.0', new MemoryLogger());
    expect(found.map((r) => r.id)).toEqual([draft.id]);
    fake.createTag('v1.0', sha);
    const published = fake.addRelease({ tag_name: 'v1.0', target_commitish: sha });
    const both = await findReleasesForTag(gh, repo, 'v1.0', new MemoryLogger());
    expect(both.map((r) => r.id)).toEqual([draft.id, published.id]);
    // A published release wins over an older draft.
    expect(canonicalRelease(both)!.id).toBe(published.id);
  });

  it('reads a bounded number of pages, and still finds an old published release by tag', async () => {
    fake.createTag('v0.1', sha);
    const old = fake.addRelease({ tag_name: 'v0.1', target_commitish: sha });
    for (let i = 0; i < 150; i++) fake.addRelease({ tag_name: `n${i}`, draft: true, target_commitish: sha });
    const found = await findReleasesForTag(gh, repo, 'v0.1', new MemoryLogger(), 1);
    expect(found.map((r) => r.id)).toEqual([old.id]);
    const listCalls = fake.requests.filter((r) => r.operationId === 'repos/list-releases');
    expect(listCalls).toHaveLength(1);
  });
});
