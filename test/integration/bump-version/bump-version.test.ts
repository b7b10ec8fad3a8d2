/**
 * dist/bump-version/index.js end to end, run the way the runner runs it,
 * against the OpenAPI-checked fake GitHub seeded with a Ray-like repository.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRunsAfterAll, REPO_ROOT, runAction, secretLeaks, type ActionRun } from '../../support/runner.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { filesAt, RAY_AFTER, RAY_BEFORE, writes } from '../../unit/commands/bump-version/ray-like.js';

const TOKEN = 'ghs_bumpVersionToken0123456789abcdef';
const BUNDLE = join(REPO_ROOT, 'dist/bump-version/index.js');
const built = existsSync(BUNDLE);
if (!built) console.warn(`SKIPPED: bump-version integration tests because ${BUNDLE} is missing (node scripts/build.mjs bump-version)`);
const test = built ? it : it.skip;

cleanupRunsAfterAll();

let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN, initialFiles: RAY_BEFORE });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function bump(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction('bump-version', { token: TOKEN, repository: 'octo/example', ...inputs }, { env: fake.env() });
}

function expectSuccess(run: ActionRun): void {
  expect([run.code, run.errors, run.fileCommandErrors]).toEqual([0, [], []]);
  expect(secretLeaks(run, TOKEN)).toEqual([]);
}

describe('bump-version (bundle)', () => {
  test('makes the release branch, one verified commit on base with the bumped files, and one pull request', async () => {
    const base = fake.branchSha('main')!;
    const run = await bump({ bump: 'minor', labels: 'release, python\nautomated' });
    expectSuccess(run);
    expect(run.masks).toContain(TOKEN);

    const sha = fake.branchSha('release/v2.10.0')!;
    expect(run.outputs).toEqual({
      version: '2.10.0',
      'previous-version': '2.9.0',
      tag: 'v2.10.0',
      branch: 'release/v2.10.0',
      'commit-sha': sha,
      'pull-request-number': '1',
      'pull-request-url': `${fake.webUrl}/octo/example/pull/1`,
      'changed-files': JSON.stringify(['python/setup.py', 'python/ray/__init__.py']),
    });
    const commit = fake.commit(sha)!;
    expect(commit.parents).toEqual([base]);
    expect(commit.message).toBe('Bump version to 2.10.0');
    expect(commit.verification.verified).toBe(true);
    const sent = fake.requests.find((r) => r.operationId === 'git/create-commit')!.body as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(['message', 'parents', 'tree']);
    expect(filesAt(fake, sha)).toEqual(RAY_AFTER);
    expect(fake.branchSha('main')).toBe(base);

    expect(fake.state.pulls).toHaveLength(1);
    expect(fake.state.pulls[0]).toMatchObject({ number: 1, head: 'release/v2.10.0', base: 'main', state: 'open', title: 'Bump version to 2.10.0' });
    expect(fake.state.pulls[0]!.labels).toEqual(['release', 'python', 'automated']);
    expect(fake.state.pulls[0]!.body).toContain('| `python/ray/__init__.py` | python/ray/__init__.py __version__ | `2.9.0` → `2.10.0` |');

    expect(run.summary).toContain('<h2>bump-version: 2.9.0 → 2.10.0</h2>');
    expect(run.summary).toContain('<tr><td><code>python/setup.py</code></td><td>python/setup.py version=</td><td><code>2.9.0</code> → <code>2.10.0</code></td></tr>');
    expect(run.summary).toContain(`<tr><td>Pull request</td><td><a href="${fake.webUrl}/octo/example/pull/1">#1</a> (opened)</td></tr>`);
    expect(run.summary).toContain(`<tr><td>Commit</td><td><a href="${fake.webUrl}/octo/example/commit/${sha}"><code>${sha.slice(0, 12)}</code></a></td></tr>`);
    expect(run.log).toContain('2.9.0 → 2.10.0');
  });

  test('a rerun leaves one pull request and a branch of base plus one commit, also after base moved', async () => {
    const first = await bump({ bump: 'minor' });
    expectSuccess(first);
    const again = await bump({ bump: 'minor' });
    expectSuccess(again);
    expect(again.outputs['commit-sha']).toBe(first.outputs['commit-sha']);
    expect(again.outputs['pull-request-number']).toBe('1');
    expect(again.summary).toContain('(updated)');

    const moved = fake.commitFiles('main', { 'CHANGES.md': '2.10.0: faster\n' }, 'Changelog');
    const third = await bump({ bump: 'minor' });
    expectSuccess(third);
    const head = fake.branchSha('release/v2.10.0')!;
    expect(third.outputs['commit-sha']).toBe(head);
    expect(fake.commit(head)!.parents).toEqual([moved]);
    expect(filesAt(fake, head)).toEqual({ ...RAY_AFTER, 'CHANGES.md': '2.10.0: faster\n' });
    expect(fake.state.pulls.map((p) => [p.number, p.state])).toEqual([[1, 'open']]);
    expect(third.outputs['pull-request-number']).toBe('1');
  });

  test('retries 5xx answers and waits out a secondary rate limit', async () => {
    fake.injectFaults((req) => {
      if (req.operationId === 'git/get-tree' && req.count === 1) return { status: 502, body: { message: 'Server Error' } };
      if (req.operationId === 'git/create-tree' && req.count === 1) return { status: 503, body: { message: 'Service Unavailable' } };
      if (req.operationId === 'git/create-commit' && req.count === 1) {
        return {
          status: 403,
          headers: { 'retry-after': '1' },
          body: {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          },
        };
      }
      if (req.operationId === 'pulls/create' && req.count === 1) return { status: 502, body: { message: 'Server Error' } };
      return undefined;
    });
    const run = await bump({ bump: 'minor' });
    expectSuccess(run);
    expect(fake.requests.filter((r) => r.fault).map((r) => r.operationId)).toEqual(['git/get-tree', 'git/create-tree', 'git/create-commit', 'pulls/create']);
    expect(run.warnings.some((w) => /secondary rate limit/.test(w))).toBe(true);
    const sha = fake.branchSha('release/v2.10.0')!;
    expect(fake.commit(sha)!.parents).toEqual([fake.branchSha('main')]);
    expect(filesAt(fake, sha)).toEqual(RAY_AFTER);
    expect(fake.state.pulls).toHaveLength(1);
    expect(fake.requests.filter((r) => r.operationId === 'git/create-commit' && !r.fault)).toHaveLength(1);
  });

  test('pull-request: false makes the branch and commit only', async () => {
    const run = await bump({ bump: 'patch', 'pull-request': 'false' });
    expectSuccess(run);
    expect(run.outputs['branch']).toBe('release/v2.9.1');
    expect(run.outputs['commit-sha']).toBe(fake.branchSha('release/v2.9.1'));
    expect([run.outputs['pull-request-number'], run.outputs['pull-request-url']]).toEqual(['', '']);
    expect(fake.state.pulls).toEqual([]);
  });

  test('dry-run prints the diff and writes nothing', async () => {
    const snapshot = fake.snapshot();
    const run = await bump({ version: '3.0.0rc1', 'dry-run': 'true' });
    expectSuccess(run);
    expect(writes(fake)).toEqual([]);
    expect(fake.snapshot()).toBe(snapshot);
    expect(run.log).toContain('+__version__ = "3.0.0rc1"');
    expect(run.summary).toContain('<strong>Dry run: nothing was written.</strong>');
    expect(run.summary).toContain('<pre lang="diff"><code>--- a/python/setup.py\n+++ b/python/setup.py\n');
    expect(run.outputs).toMatchObject({ version: '3.0.0rc1', 'commit-sha': '', 'pull-request-number': '', branch: 'release/v3.0.0rc1' });
  });
});

describe('bump-version (bundle) without a token', () => {
  test('a dry run reads a public repository anonymously', async () => {
    const open = await startFakeGitHub({ initialFiles: RAY_BEFORE });
    try {
      const run = await runAction('bump-version', { repository: 'octo/example', bump: 'patch', 'dry-run': 'true' }, { env: { ...open.env(), GITHUB_TOKEN: undefined, INPUT_TOKEN: '' } });
      expect([run.code, run.errors]).toEqual([0, []]);
      expect(run.outputs.version).toBe('2.9.1');
      expect(open.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
      expect(open.violations).toEqual([]);
    } finally {
      await open.close();
    }
  });

  test('a real run asks for one', async () => {
    const run = await runAction('bump-version', { repository: 'octo/example', bump: 'patch' }, { env: { ...fake.env(), GITHUB_TOKEN: undefined, INPUT_TOKEN: '' } });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(["Input 'token' is required: give a GitHub token with contents:write and pull-requests:write."]);
    expect(fake.requests).toEqual([]);
  });
});

describe('bump-version (bundle) refuses bad input and creates nothing', () => {
  const cases: [string, () => void, Record<string, string>, RegExp][] = [
    ['an unparsable current version', () => fake.commitFiles('main', { 'python/ray/__init__.py': '__version__ = "2.9.x"\n' }, 'bad'), { bump: 'minor', files: 'python/ray/__init__.py' }, /^Not every version found is a valid PEP 440 version:/],
    ['no version found', () => fake.commitFiles('main', { 'python/setup.py': null, 'python/ray/__init__.py': null }, 'gone'), { bump: 'minor' }, /^No version found\. Searched:/],
    ['files that disagree', () => fake.commitFiles('main', { 'python/setup.py': RAY_BEFORE['python/setup.py']!.replace('2.9.0', '2.8.0') }, 'drift'), { bump: 'minor' }, /^The version files disagree:/],
    ['a downgrade', () => undefined, { version: '2.8.0' }, /^The requested version 2\.8\.0 is lower than the current version 2\.9\.0\./],
    ['an unknown bump', () => undefined, { bump: 'huge' }, /^Input 'bump' is invalid: got "huge"; use one of major, minor, patch/],
    ['both bump and version', () => undefined, { bump: 'minor', version: '3.0' }, /^Input 'bump' is invalid: got "minor"; give either bump or version, not both\./],
    ['an invalid version', () => undefined, { version: 'three' }, /^Input 'version' is invalid: got "three"; use a PEP 440 version/],
    ['a missing base branch', () => undefined, { bump: 'minor', base: 'nope' }, /^The base branch "nope" does not exist in octo\/example\./],
  ];

  for (const [name, seed, inputs, message] of cases) {
    test(name, async () => {
      seed();
      const snapshot = fake.snapshot();
      const run = await bump(inputs);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(message);
      expect(writes(fake)).toEqual([]);
      expect(fake.snapshot()).toBe(snapshot);
      expect(run.outputs).toEqual({});
      expect(secretLeaks(run, TOKEN)).toEqual([]);
    });
  }
});
