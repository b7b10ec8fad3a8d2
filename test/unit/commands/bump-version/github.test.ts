import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { bumpOnGitHub, type GitHubBumpRequest } from '../../../../src/commands/bump-version/index.js';
import { UserError } from '../../../../src/errors.js';
import type { GitHub } from '../../../../src/github/client.js';
import { MemoryLogger } from '../../../../src/log.js';
import { startFakeGitHub, type FakeGitHub } from '../../../support/github-fake/index.js';
import { fakeOctokit } from '../../../support/github-fake/octokit.js';
import { filesAt, modeAt, RAY_AFTER, RAY_BEFORE, writes } from './ray-like.js';

let fake: FakeGitHub;
let gh: GitHub;
let log: MemoryLogger;

beforeEach(async () => {
  fake = await startFakeGitHub({ initialFiles: RAY_BEFORE });
  gh = fakeOctokit(fake, { retries: 0 }) as unknown as GitHub;
  log = new MemoryLogger();
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

const request = (over: Partial<GitHubBumpRequest> = {}): GitHubBumpRequest => ({
  repo: { owner: 'octo', repo: 'example' },
  bump: 'minor',
  branchTemplate: 'release/v{version}',
  tagTemplate: 'v{version}',
  commitMessage: 'Bump version to {version}',
  pullRequest: true,
  dryRun: false,
  ...over,
});

const bump = (over: Partial<GitHubBumpRequest> = {}) => bumpOnGitHub(gh, request(over), log);

describe('bumpOnGitHub', () => {
  it('commits the bump on a new branch as one verified commit on base and opens one pull request', async () => {
    const base = fake.branchSha('main')!;
    const out = await bump({ labels: ['release'] });

    expect(out.plan.previous).toBe('2.9.0');
    expect(out.plan.next).toBe('2.10.0');
    expect(out.branch).toBe('release/v2.10.0');
    expect(out.tag).toBe('v2.10.0');
    expect(fake.branchSha('release/v2.10.0')).toBe(out.commitSha);
    const commit = fake.commit(out.commitSha!)!;
    expect(commit.parents).toEqual([base]);
    expect(commit.message).toBe('Bump version to 2.10.0');
    expect(commit.verification.verified).toBe(true);
    // The whole tree: the golden after/ files, nothing else added, removed or touched.
    expect(filesAt(fake, out.commitSha!)).toEqual(RAY_AFTER);
    expect(fake.branchSha('main')).toBe(base);

    const createCommit = fake.requests.find((r) => r.operationId === 'git/create-commit')!;
    expect(createCommit.body).toEqual({ message: 'Bump version to 2.10.0', tree: commit.tree, parents: [base] });

    expect(fake.state.pulls).toHaveLength(1);
    const pr = fake.state.pulls[0]!;
    expect([pr.head, pr.base, pr.title, pr.state, pr.labels]).toEqual(['release/v2.10.0', 'main', 'Bump version to 2.10.0', 'open', ['release']]);
    expect(pr.body).toContain('| `python/setup.py` | python/setup.py version= | `2.9.0` → `2.10.0` |');
    expect(pr.body).toContain('| `python/ray/__init__.py` | python/ray/__init__.py __version__ | `2.9.0` → `2.10.0` |');
    expect(pr.body).toContain('+__version__ = "2.10.0"');
    expect(out.pullRequest).toEqual({ number: pr.number, url: `${fake.webUrl}/octo/example/pull/${pr.number}`, created: true });
  });

  it('reads the listing with one recursive tree call and each version file once', async () => {
    await bump({ dryRun: true });
    const trees = fake.requests.filter((r) => r.operationId === 'git/get-tree');
    expect(trees).toHaveLength(1);
    expect(trees[0]!.query).toEqual({ recursive: '1' });
    const blobs = fake.requests.filter((r) => r.operationId === 'git/get-blob').map((r) => r.path);
    expect(blobs.length).toBe(new Set(blobs).size);
  });

  it('keeps the commit when run again on an unchanged base, and updates the one pull request', async () => {
    const first = await bump();
    const before = fake.requests.length;
    const second = await bump({ commitMessage: 'Bump version to {version}' });
    const again = fake.requests.slice(before);
    expect(second.commitSha).toBe(first.commitSha);
    expect(second.commitReused).toBe(true);
    expect(second.branchAction).toBe('unchanged');
    expect(again.map((r) => r.operationId)).not.toContain('git/create-commit');
    expect(again.map((r) => r.operationId)).not.toContain('git/update-ref');
    expect(fake.state.pulls).toHaveLength(1);
    expect(second.pullRequest).toEqual({ ...first.pullRequest, created: false });
  });

  it('with pull-request false makes the branch and commit only', async () => {
    const out = await bump({ pullRequest: false, bump: 'patch', branchTemplate: 'bump-{previous}-to-{version}', commitMessage: 'Release {version}\n\nFrom {previous}.' });
    expect(out.branch).toBe('bump-2.9.0-to-2.9.1');
    expect(fake.commit(fake.branchSha('bump-2.9.0-to-2.9.1')!)!.message).toBe('Release 2.9.1\n\nFrom 2.9.0.');
    expect(out.pullRequest).toBeUndefined();
    expect(fake.state.pulls).toEqual([]);
  });

  it('starts from the base input instead of the default branch', async () => {
    const develop = fake.commitFiles('develop', { 'python/ray/__init__.py': RAY_BEFORE['python/ray/__init__.py']!.replace('2.9.0', '3.0.0.dev0'), 'python/setup.py': RAY_BEFORE['python/setup.py']!.replace('2.9.0', '3.0.0.dev0') }, 'develop');
    const out = await bump({ base: 'refs/heads/develop', bump: 'dev' });
    expect([out.plan.previous, out.plan.next, out.base]).toEqual(['3.0.0.dev0', '3.0.0.dev1', 'develop']);
    expect(fake.commit(out.commitSha!)!.parents).toEqual([develop]);
    expect(fake.state.pulls[0]!.base).toBe('develop');
  });

  it('keeps an executable file executable', async () => {
    // A base commit whose VERSION file has mode 100755, made through the API.
    const octo = fakeOctokit(fake);
    const head = fake.branchSha('main')!;
    const { data: headCommit } = await octo.rest.git.getCommit({ owner: 'octo', repo: 'example', commit_sha: head });
    const { data: tree } = await octo.rest.git.createTree({ owner: 'octo', repo: 'example', base_tree: headCommit.tree.sha, tree: [{ path: 'VERSION', mode: '100755', type: 'blob', content: '2.9.0\n' }] });
    const { data: commit } = await octo.rest.git.createCommit({ owner: 'octo', repo: 'example', message: 'VERSION', tree: tree.sha, parents: [head] });
    await octo.rest.git.updateRef({ owner: 'octo', repo: 'example', ref: 'heads/main', sha: commit.sha });

    const out = await bump();
    expect(out.plan.changes.map((c) => c.path)).toContain('VERSION');
    expect(modeAt(fake, out.commitSha!, 'VERSION')).toBe('100755');
    expect(modeAt(fake, out.commitSha!, 'python/setup.py')).toBe('100644');
    expect(filesAt(fake, out.commitSha!).VERSION).toBe('2.10.0\n');
  });

  it('lists directories one by one when GitHub truncates the recursive tree', async () => {
    fake.injectFaults((req) =>
      req.operationId === 'git/get-tree' && req.query.has('recursive')
        ? { status: 200, body: { sha: 'f'.repeat(40), url: `${fake.url}/x`, tree: [], truncated: true } }
        : undefined,
    );
    const out = await bump();
    expect(filesAt(fake, out.commitSha!)['python/setup.py']).toBe(RAY_AFTER['python/setup.py']);
    const listed = fake.requests.filter((r) => r.operationId === 'git/get-tree' && !r.fault);
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.every((r) => !('recursive' in r.query))).toBe(true);
  });

  it('with dry-run plans everything and writes nothing', async () => {
    const snapshot = fake.snapshot();
    const out = await bump({ dryRun: true });
    expect(out.dryRun).toBe(true);
    expect(out.commitSha).toBeUndefined();
    expect(out.plan.changes.map((c) => c.after)).toEqual([RAY_AFTER['python/setup.py'], RAY_AFTER['python/ray/__init__.py']]);
    expect(writes(fake)).toEqual([]);
    expect(fake.snapshot()).toBe(snapshot);
  });

  it('explains that the workflow token may not open pull requests, after making the branch', async () => {
    fake.injectFaults((req) =>
      req.operationId === 'pulls/create'
        ? { status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request' } }
        : undefined,
    );
    const err = await bump().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Could not open a pull request from release\/v2\.10\.0 to main in octo\/example: 403 GitHub Actions is not permitted/);
    expect((err as Error).message).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(fake.branchSha('release/v2.10.0')).toBeDefined();
    fake.clearFaults();
    const rerun = await bump();
    expect(rerun.commitReused).toBe(true);
    expect(fake.state.pulls).toHaveLength(1);
  });
});

/** The version files of the Ray-like project at 2.10.0, as a person (or an earlier run) would commit them. */
const BUMPED_FILES = { 'python/setup.py': RAY_AFTER['python/setup.py']!, 'python/ray/__init__.py': RAY_AFTER['python/ray/__init__.py']! };

/** Runs the bump expecting a refusal; asserts that nothing was written and returns the message. */
async function refusal(over: Partial<GitHubBumpRequest> = {}): Promise<string> {
  const snapshot = fake.snapshot();
  const before = fake.requests.length;
  const err = await bump(over).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect(fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  expect(fake.snapshot()).toBe(snapshot);
  return (err as Error).message;
}

const updateRefs = () => fake.requests.filter((r) => r.operationId === 'git/update-ref');

describe('bumpOnGitHub with a release branch that already exists', () => {
  it('replaces its own earlier bump commit with one on the moved base, keeping the one pull request', async () => {
    const first = await bump();
    const moved = fake.commitFiles('main', { 'CHANGES.md': '# changes\n' }, 'Meanwhile on main');

    const second = await bump();
    expect(second.branchAction).toBe('moved');
    expect(second.commitReused).toBeUndefined();
    expect(second.commitSha).not.toBe(first.commitSha);
    expect(fake.branchSha('release/v2.10.0')).toBe(second.commitSha);
    expect(fake.commit(second.commitSha!)!.parents).toEqual([moved]);
    expect(filesAt(fake, second.commitSha!)).toEqual({ ...RAY_AFTER, 'CHANGES.md': '# changes\n' });
    // The old head is not an ancestor of the new one: only a forced move replaces it.
    expect(updateRefs().map((r) => r.body)).toEqual([{ sha: second.commitSha, force: true }]);
    expect(fake.state.pulls.filter((p) => p.state === 'open')).toHaveLength(1);
    expect(second.pullRequest!.number).toBe(first.pullRequest!.number);
    expect(log.text()).toContain(`Replaced the earlier bump commit ${first.commitSha} on release/v2.10.0`);
  });

  it('replaces an earlier bump to another version when the branch name has no version in it', async () => {
    const first = await bump({ branchTemplate: 'release-pr', bump: undefined, version: '2.10.0' });
    const second = await bump({ branchTemplate: 'release-pr', bump: undefined, version: '2.11.0' });
    expect(second.branchAction).toBe('moved');
    expect(fake.commit(fake.branchSha('release-pr')!)!.message).toBe('Bump version to 2.11.0');
    expect(fake.commit(second.commitSha!)!.parents).toEqual(fake.commit(first.commitSha!)!.parents);
  });

  it('takes over an earlier bump commit someone made on an older base, and updates its open pull request', async () => {
    const older = fake.branchSha('main')!;
    fake.commitFiles('release/v2.10.0', BUMPED_FILES, 'Bump version to 2.10.0\n', { parents: [older] });
    const pr = fake.openPullRequest('release/v2.10.0', 'main', 'WIP', 'old body');
    const moved = fake.commitFiles('main', { 'CHANGES.md': '# changes\n' }, 'Meanwhile on main');

    const out = await bump();
    expect(out.branchAction).toBe('moved');
    expect(fake.commit(out.commitSha!)!.parents).toEqual([moved]);
    expect(out.pullRequest).toMatchObject({ number: pr.number, created: false });
    expect(fake.state.pulls).toHaveLength(1);
    expect(fake.state.pulls[0]!.title).toBe('Bump version to 2.10.0');
    expect(fake.state.pulls[0]!.body).toContain('2.9.0');
  });

  it('moves a branch that equals the base forward, without force', async () => {
    const base = fake.branchSha('main')!;
    fake.createBranch('release/v2.10.0', base);
    const out = await bump();
    expect(out.branchAction).toBe('moved');
    expect(fake.commit(out.commitSha!)!.parents).toEqual([base]);
    expect(updateRefs().map((r) => r.body)).toEqual([{ sha: out.commitSha, force: false }]);
  });

  it('moves a branch whose commits are all on the base forward, without force', async () => {
    const old = fake.commitFiles('main', { 'NOTES.md': 'merged work\n' }, 'Work that was merged');
    fake.createBranch('release/v2.10.0', old);
    const moved = fake.commitFiles('main', { 'CHANGES.md': '# changes\n' }, 'Meanwhile on main');
    const out = await bump();
    expect(out.branchAction).toBe('moved');
    expect(fake.commit(out.commitSha!)!.parents).toEqual([moved]);
    expect(updateRefs().map((r) => r.body)).toEqual([{ sha: out.commitSha, force: false }]);
  });

  it('refuses a branch that gained a commit after the bump, naming the branch, its head and its pull request, and writes nothing', async () => {
    const first = await bump();
    const fix = fake.commitFiles('release/v2.10.0', { 'NOTES.md': 'review fix\n' }, 'Address review comments');
    fake.commitFiles('main', { 'CHANGES.md': '# changes\n' }, 'Meanwhile on main');

    const message = await refusal();
    expect(message).toBe(
      `The release branch release/v2.10.0 already exists in octo/example at ${fix}, and its head commit "Address review comments" is not a bump commit ` +
        `(its message does not fit the commit-message template "Bump version to {version}"). Moving it to a new bump commit would discard that work, ` +
        `so bump-version changed nothing. Merge or close its open pull request #${first.pullRequest!.number} (${first.pullRequest!.url}) and delete the branch ` +
        `(git push origin --delete release/v2.10.0) once that work is merged or saved elsewhere, then run bump-version again; ` +
        `or give a branch template that names a new branch.`,
    );
    expect(fake.branchSha('release/v2.10.0')).toBe(fix);
    expect(fake.commit(fix)!.parents).toEqual([first.commitSha]);
  });

  it('refuses a branch someone started with their own work, even on an unchanged base', async () => {
    const own = fake.commitFiles('release/v2.10.0', { 'x.txt': 'x\n' }, 'someone started the branch');
    const message = await refusal();
    expect(message).toContain(`The release branch release/v2.10.0 already exists in octo/example at ${own}, and its head commit "someone started the branch" is not a bump commit`);
    expect(message).toContain('Delete the branch (git push origin --delete release/v2.10.0)');
  });

  it('refuses a review fix to a version file that is not a bump commit', async () => {
    await bump();
    const fix = fake.commitFiles('release/v2.10.0', { 'python/setup.py': RAY_AFTER['python/setup.py']!.replace('2.10.0', '2.10.0  # reviewed') }, 'Keep the comment');
    expect(await refusal()).toContain(`at ${fix}, and its head commit "Keep the comment" is not a bump commit`);
  });

  it('refuses a commit with a bump message that also changes other files', async () => {
    const base = fake.branchSha('main')!;
    const head = fake.commitFiles('release/v2.10.0', { ...BUMPED_FILES, 'NOTES.md': 'notes\n' }, 'Bump version to 2.10.0', { parents: [base] });
    expect(await refusal()).toContain(
      `at ${head}, and its head commit changes NOTES.md (added), which is not a version file of this bump.`,
    );
  });

  it('refuses a bump commit stacked on a commit that is not on the base', async () => {
    const base = fake.branchSha('main')!;
    const below = fake.commitFiles('release/v2.10.0', { 'NOTES.md': 'work\n' }, 'Work on the branch', { parents: [base] });
    const head = fake.commitFiles('release/v2.10.0', BUMPED_FILES, 'Bump version to 2.10.0');
    expect(fake.commit(head)!.parents).toEqual([below]);
    expect(await refusal()).toContain(`at ${head}, and its head is a bump commit on top of ${below}, which is not among the newest 100 commits of main, so the branch may hold other work below it.`);
  });

  it('refuses a branch whose head is a merge commit', async () => {
    const first = await bump();
    const side = fake.commitFiles('side', { 'NOTES.md': 'side\n' }, 'Side work');
    const merge = fake.commitFiles('release/v2.10.0', {}, 'Merge side into the release', { parents: [first.commitSha!, side] });
    expect(await refusal()).toContain(`at ${merge}, and its head is a merge commit.`);
  });

  it('does not move a branch someone created between the check and the create', async () => {
    const theirs = fake.commitFiles('other', { 'x.txt': 'x\n' }, 'their work');
    fake.injectFaults((req) => {
      if (req.operationId !== 'git/create-ref') return undefined;
      fake.createBranch('release/v2.10.0', theirs);
      return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' } };
    });
    const err = await bump().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^The branch release\/v2\.10\.0 appeared in octo\/example while bump-version ran \(at [0-9a-f]{40}\)/);
    expect(fake.branchSha('release/v2.10.0')).toBe(theirs);
    expect(updateRefs()).toEqual([]);
    expect(fake.state.pulls).toEqual([]);
  });

  it('does not lose a commit pushed to a base-equal branch while the bump ran', async () => {
    fake.createBranch('release/v2.10.0', fake.branchSha('main')!);
    let pushed: string | undefined;
    fake.injectFaults((req) => {
      if (req.operationId === 'git/update-ref') pushed ??= fake.commitFiles('release/v2.10.0', { 'NOTES.md': 'meanwhile\n' }, 'Pushed meanwhile');
      return undefined;
    });
    const err = await bump().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^Could not move the branch release\/v2\.10\.0 of octo\/example to the bump commit: it no longer is [0-9a-f]{40}, so someone pushed to it/);
    expect(fake.branchSha('release/v2.10.0')).toBe(pushed);
    expect(fake.state.pulls).toEqual([]);
  });
});

describe('bumpOnGitHub refuses bad input before writing anything', () => {
  const cases: [string, () => void, Partial<GitHubBumpRequest>, RegExp][] = [
    ['no version found', () => fake.commitFiles('main', { 'python/setup.py': null, 'python/ray/__init__.py': null }, 'no versions'), {}, /^No version found\. Searched:/],
    ['files that disagree', () => fake.commitFiles('main', { 'python/setup.py': RAY_BEFORE['python/setup.py']!.replace('2.9.0', '2.8.0') }, 'drift'), {}, /^The version files disagree:\n.*python\/setup\.py.*2\.8\.0/s],
    ['an unparsable current version', () => fake.commitFiles('main', { 'python/ray/__init__.py': '__version__ = "2.9.x"\n' }, 'bad'), { files: 'python/ray/__init__.py' }, /^Not every version found is a valid PEP 440 version:\n.*2\.9\.x   <- not a valid/s],
    ['a downgrade', () => undefined, { bump: undefined, version: '2.8.0' }, /lower than the current version 2\.9\.0.*allow-downgrade/],
    ['the same version', () => undefined, { bump: undefined, version: '2.9' }, /is the current version/],
    ['an unknown bump', () => undefined, { bump: 'huge' as never }, /Unknown bump "huge"/],
    ['a bump semver does not have', () => undefined, { bump: 'post', scheme: 'semver' }, /post/],
    ['a missing base branch', () => undefined, { base: 'nope' }, /^The base branch "nope" does not exist in octo\/example/],
    ['a branch that is the base', () => undefined, { branchTemplate: 'main' }, /release branch would be main, which is the base branch/],
    ['a version that makes a bad branch name', () => undefined, { branchTemplate: 'release/{version}.lock/x', bump: 'patch' }, /not a valid git branch name/],
    ['a tag template that gives a bad tag', () => undefined, { tagTemplate: 'v{version}.lock' }, /^The tag template "v\{version\}\.lock" gives "v2\.10\.0\.lock", which is not a valid git tag name: its part "v2\.10\.0\.lock" ends with "\.lock"\./],
    ['a files entry naming nothing', () => undefined, { files: 'python/missing.py' }, /missing\.py/],
  ];

  it.each(cases)('%s', async (_name, seed, over, message) => {
    seed();
    const snapshot = fake.snapshot();
    const before = fake.requests.length;
    const err = await bump(over).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(message);
    expect(fake.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(fake.snapshot()).toBe(snapshot);
  });
});
