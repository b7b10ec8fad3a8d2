import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestError } from '@octokit/request-error';
import { fakeOctokit, type FakeOctokit } from '../../support/github-fake/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';

async function status(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof RequestError) return error.status;
    throw error;
  }
}

describe('fake GitHub: git data, commits and pull requests', () => {
  let fake: FakeGitHub;
  let gh: FakeOctokit;
  const owner = 'octo';
  const repo = 'example';

  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 'ghs_secret' });
    gh = fakeOctokit(fake);
    fake.commitFiles('main', { 'pyproject.toml': '[project]\nname = "example"\nversion = "1.2.3"\n', 'src/example/__init__.py': '__version__ = "1.2.3"\n' }, 'Add package');
  });

  afterAll(async () => {
    await fake.close();
  });

  it('makes one verified commit with several files through the Git Data API and opens a PR', async () => {
    const { data: base } = await gh.rest.repos.getBranch({ owner, repo, branch: 'main' });
    expect(base.commit.sha).toBe(fake.branchSha('main'));
    const { data: baseCommit } = await gh.rest.git.getCommit({ owner, repo, commit_sha: base.commit.sha });

    const { data: blob } = await gh.rest.git.createBlob({ owner, repo, content: Buffer.from('__version__ = "1.3.0"\n').toString('base64'), encoding: 'base64' });
    const { data: tree } = await gh.rest.git.createTree({
      owner,
      repo,
      base_tree: baseCommit.tree.sha,
      tree: [
        { path: 'pyproject.toml', mode: '100644', type: 'blob', content: '[project]\nname = "example"\nversion = "1.3.0"\n' },
        { path: 'src/example/__init__.py', mode: '100644', type: 'blob', sha: blob.sha },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: commit } = await gh.rest.git.createCommit({ owner, repo, message: 'Bump version to 1.3.0', tree: tree.sha, parents: [base.commit.sha] });
    expect(commit.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(commit.committer.email).toBe('noreply@github.com');
    expect(commit.author.name).toBe('github-actions[bot]');

    await gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/release/1.3.0', sha: commit.sha });
    const { data: pr } = await gh.rest.pulls.create({ owner, repo, head: 'release/1.3.0', base: 'main', title: 'Release 1.3.0', body: 'Bump' });
    expect(pr).toMatchObject({ number: 1, state: 'open', commits: 1, changed_files: 3 });
    expect(pr.head.sha).toBe(commit.sha);

    expect(fake.readFile('release/1.3.0', 'pyproject.toml')).toContain('version = "1.3.0"');
    expect(fake.readFile('release/1.3.0', 'README.md')).toBeUndefined();
    expect(fake.readFile('main', 'README.md')).toBe('# example\n');

    const { data: found } = await gh.rest.pulls.list({ owner, repo, head: `${owner}:release/1.3.0`, state: 'open' });
    expect(found.map((p) => p.number)).toEqual([1]);
    // A second PR for the same head and base is refused, as on GitHub.
    const duplicate = gh.rest.pulls.create({ owner, repo, head: 'release/1.3.0', base: 'main', title: 'again' });
    await expect(duplicate).rejects.toMatchObject({ status: 422, message: expect.stringContaining('A pull request already exists') });

    const { data: updated } = await gh.rest.pulls.update({ owner, repo, pull_number: 1, title: 'Release 1.3.0 (final)' });
    expect(updated.title).toBe('Release 1.3.0 (final)');
    const { data: got } = await gh.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(got.title).toBe('Release 1.3.0 (final)');
    expect(fake.violations).toEqual([]);
  });

  it('leaves a commit with a custom author unsigned', async () => {
    const { data: ref } = await gh.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    const head = await gh.rest.git.getCommit({ owner, repo, commit_sha: ref.object.sha });
    const { data: commit } = await gh.rest.git.createCommit({
      owner,
      repo,
      message: 'custom',
      tree: head.data.tree.sha,
      parents: [ref.object.sha],
      author: { name: 'Jane', email: 'jane@example.com' },
    });
    expect(commit.verification).toMatchObject({ verified: false, reason: 'unsigned' });
    expect(commit.committer.name).toBe('Jane');
    expect(fake.violations).toEqual([]);
  });

  it('moves refs fast-forward only unless forced', async () => {
    const main = fake.branchSha('main') as string;
    const side = fake.commitFiles('side', { 'side.txt': 'x\n' }, 'side work');
    await gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/moving', sha: main });
    await gh.rest.git.updateRef({ owner, repo, ref: 'heads/moving', sha: side });
    const before = fake.snapshot();
    const backwards = gh.rest.git.updateRef({ owner, repo, ref: 'heads/moving', sha: main });
    await expect(backwards).rejects.toMatchObject({ status: 422, message: expect.stringContaining('not a fast forward') });
    expect(fake.snapshot()).toBe(before);
    await gh.rest.git.updateRef({ owner, repo, ref: 'heads/moving', sha: main, force: true });
    expect(fake.branchSha('moving')).toBe(main);

    expect(await status(gh.rest.git.createRef({ owner, repo, ref: 'refs/heads/moving', sha: main }))).toBe(422);
    expect(await status(gh.rest.git.updateRef({ owner, repo, ref: 'refs/heads/moving', sha: main }))).toBe(422);
    const { data: matching } = await gh.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/mov' });
    expect(matching.map((r) => r.ref)).toEqual(['refs/heads/moving']);
    await gh.rest.git.deleteRef({ owner, repo, ref: 'heads/moving' });
    expect(await status(gh.rest.git.getRef({ owner, repo, ref: 'heads/moving' }))).toBe(404);
    expect(await status(gh.rest.git.deleteRef({ owner, repo, ref: 'heads/moving' }))).toBe(422);
    expect(fake.violations).toEqual([]);
  });

  it('reads trees, blobs, commits, contents and tags', async () => {
    const sha = fake.branchSha('main') as string;
    fake.createTag('v1.2.3', sha);
    const { data: tree } = await gh.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
    expect(tree.tree.map((e) => e.path)).toEqual(['README.md', 'pyproject.toml', 'src', 'src/example', 'src/example/__init__.py']);
    const file = tree.tree.find((e) => e.path === 'pyproject.toml');
    const { data: blob } = await gh.rest.git.getBlob({ owner, repo, file_sha: file?.sha as string });
    expect(Buffer.from(blob.content, 'base64').toString()).toContain('version = "1.2.3"');

    const { data: content } = await gh.rest.repos.getContent({ owner, repo, path: 'src/example/__init__.py', ref: 'v1.2.3' });
    expect(Array.isArray(content)).toBe(false);
    expect(Buffer.from((content as { content: string }).content, 'base64').toString()).toBe('__version__ = "1.2.3"\n');
    const { data: dir } = await gh.rest.repos.getContent({ owner, repo, path: 'src' });
    expect((dir as { name: string }[]).map((e) => e.name)).toEqual(['example']);
    expect(await status(gh.rest.repos.getContent({ owner, repo, path: 'missing.txt' }))).toBe(404);

    const { data: commit } = await gh.rest.repos.getCommit({ owner, repo, ref: 'v1.2.3' });
    expect(commit.sha).toBe(sha);
    expect(commit.files?.map((f) => f.filename)).toEqual(['pyproject.toml', 'src/example/__init__.py']);
    expect(await status(gh.rest.repos.getCommit({ owner, repo, ref: 'no-such-ref' }))).toBe(422);

    const { data: tags } = await gh.rest.repos.listTags({ owner, repo });
    expect(tags.map((t) => t.name)).toEqual(['v1.2.3']);
    const { data: tagRef } = await gh.rest.git.getRef({ owner, repo, ref: 'tags/v1.2.3' });
    expect(tagRef.object.sha).toBe(sha);
    const { data: repository } = await gh.rest.repos.get({ owner, repo });
    expect(repository.default_branch).toBe('main');
    expect(await status(gh.rest.repos.get({ owner, repo: 'other' }))).toBe(404);
    expect(fake.violations).toEqual([]);
  });

  it('follows annotated tags to their commit', async () => {
    const main = fake.branchSha('main') as string;
    fake.createTag('v2.0.0', main, { message: 'Release 2.0.0' });
    const { data: ref } = await gh.rest.git.getRef({ owner, repo, ref: 'tags/v2.0.0' });
    expect(ref.object.type).toBe('tag');
    const { data: tag } = await gh.rest.git.getTag({ owner, repo, tag_sha: ref.object.sha });
    expect(tag).toMatchObject({ tag: 'v2.0.0', message: 'Release 2.0.0', object: { type: 'commit', sha: main } });

    const { data: created } = await gh.rest.git.createTag({ owner, repo, tag: 'v2.0.1', message: 'Release 2.0.1', object: main, type: 'commit' });
    await gh.rest.git.createRef({ owner, repo, ref: 'refs/tags/v2.0.1', sha: created.sha });
    expect(fake.tagSha('v2.0.1')).toBe(main);
    const { data: tags } = await gh.rest.repos.listTags({ owner, repo });
    expect(tags.find((t) => t.name === 'v2.0.1')?.commit.sha).toBe(main);
    const { data: commit } = await gh.rest.repos.getCommit({ owner, repo, ref: 'v2.0.1' });
    expect(commit.sha).toBe(main);
    expect(fake.violations).toEqual([]);
  });

  it('refuses trees GitHub refuses, leaving state untouched', async () => {
    const before = fake.snapshot();
    const base = fake.commit(fake.branchSha('main') as string)?.tree as string;
    const both = gh.rest.git.createTree({ owner, repo, base_tree: base, tree: [{ path: 'a', mode: '100644', type: 'blob', sha: base, content: 'x' }] });
    await expect(both).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Must supply either tree.sha or tree.content') });
    const deleteMissing = gh.rest.git.createTree({
      owner,
      repo,
      base_tree: base,
      tree: [
        { path: 'new.txt', mode: '100644', type: 'blob', content: 'stored only if the whole tree is accepted' },
        { path: 'nope.txt', mode: '100644', type: 'blob', sha: null },
      ],
    });
    await expect(deleteMissing).rejects.toMatchObject({ status: 422 });
    const badParent = gh.rest.git.createCommit({ owner, repo, message: 'm', tree: base, parents: ['0'.repeat(40)] });
    await expect(badParent).rejects.toMatchObject({ status: 422 });
    expect(fake.snapshot()).toBe(before);
    expect(fake.violations).toEqual([]);
  });

  it('merges a pull request with the seeding helper', async () => {
    fake.commitFiles('to-merge', { 'merged.txt': 'm\n' }, 'Work to merge');
    const pr = fake.openPullRequest('to-merge', 'main', 'Merge me');
    const sha = fake.mergePullRequest(pr.number);
    expect(fake.branchSha('main')).toBe(sha);
    expect(fake.readFile('main', 'merged.txt')).toBe('m\n');
    const { data } = await gh.rest.pulls.get({ owner, repo, pull_number: pr.number });
    expect(data).toMatchObject({ state: 'closed', merged: true, merge_commit_sha: sha });
    expect(fake.violations).toEqual([]);
  });

  it('answers 401 without the right token', async () => {
    const stranger = fakeOctokit(fake, { token: 'wrong' });
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401, message: expect.stringContaining('Bad credentials') });
  });

  it('closes an open PR whose head branch is deleted and ignores a head filter without owner', async () => {
    fake.commitFiles('feature', { 'f.txt': 'f\n' }, 'feature');
    const pr = fake.openPullRequest('feature', 'main', 'Feature');
    const { data: all } = await gh.rest.pulls.list({ owner, repo, head: 'feature' });
    expect(all.length).toBeGreaterThan(1);
    await gh.rest.git.deleteRef({ owner, repo, ref: 'heads/feature' });
    const { data: closed } = await gh.rest.pulls.get({ owner, repo, pull_number: pr.number });
    expect(closed.state).toBe('closed');
    expect(fake.violations).toEqual([]);
  });
});
