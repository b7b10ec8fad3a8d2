import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { GitHub } from '../../../../src/github/client.js';
import { gitHubRepoFiles } from '../../../../src/github/repo-files.js';
import { UserError } from '../../../../src/errors.js';
import { MemoryLogger } from '../../../../src/log.js';
import { startFakeGitHub, type FakeGitHub } from '../../../support/github-fake/index.js';
import { fakeOctokit } from '../../../support/github-fake/octokit.js';

let fake: FakeGitHub;
let gh: GitHub;
let tree: string;
const repo = { owner: 'octo', repo: 'example' };

beforeAll(async () => {
  fake = await startFakeGitHub({
    initialFiles: {
      'pyproject.toml': '[project]\nname = "demo"\nversion = "1.0"\n',
      'src/demo/__init__.py': '\uFEFF__version__ = "1.0"\r\n',
      'src/demo/data/blob.bin': 'x',
    },
  });
  gh = fakeOctokit(fake) as unknown as GitHub;
  const octo = fakeOctokit(fake);
  const head = fake.branchSha('main')!;
  const base = fake.commit(head)!.tree;
  const { data: t } = await octo.rest.git.createTree({
    ...repo,
    base_tree: base,
    tree: [
      { path: 'VERSION', mode: '120000', type: 'blob', content: 'src/VERSION' },
      { path: 'src/VERSION', mode: '100644', type: 'blob', content: '1.0\n' },
    ],
  });
  tree = t.sha;
  // Bytes that are not UTF-8, through a blob.
  const { data: blob } = await octo.rest.git.createBlob({ ...repo, content: Buffer.from([0x76, 0xff, 0xfe]).toString('base64'), encoding: 'base64' });
  const { data: t2 } = await octo.rest.git.createTree({ ...repo, base_tree: tree, tree: [{ path: 'latin1.txt', mode: '100644', type: 'blob', sha: blob.sha }] });
  tree = t2.sha;
});
afterAll(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('gitHubRepoFiles', () => {
  it('lists directories from one recursive tree call and reads files by blob', async () => {
    const before = fake.requests.length;
    const files = gitHubRepoFiles(gh, repo, tree, new MemoryLogger());
    expect(await files.list('')).toEqual(['VERSION', 'latin1.txt', 'pyproject.toml', 'src']);
    expect(await files.list('src')).toEqual(['VERSION', 'demo']);
    expect(await files.list('src/demo/')).toEqual(['__init__.py', 'data']);
    expect(await files.list('nope')).toEqual([]);
    expect(await files.list('pyproject.toml')).toEqual([]);
    expect(await files.read('pyproject.toml')).toBe('[project]\nname = "demo"\nversion = "1.0"\n');
    // A byte order mark and CRLF survive as text.
    expect(await files.read('./src/demo/__init__.py')).toBe('\uFEFF__version__ = "1.0"\r\n');
    expect(await files.read('src/missing.py')).toBeUndefined();
    expect(await files.read('src/demo')).toBeUndefined();
    expect(await files.entry('src/VERSION')).toMatchObject({ mode: '100644', type: 'blob' });
    const calls = fake.requests.slice(before).map((r) => r.operationId);
    expect(calls.filter((c) => c === 'git/get-tree')).toHaveLength(1);
    expect(calls.filter((c) => c === 'git/get-blob')).toHaveLength(2);
  });

  it('refuses a symbolic link and bytes that are not UTF-8, naming the file', async () => {
    const files = gitHubRepoFiles(gh, repo, tree, new MemoryLogger());
    await expect(files.read('VERSION')).rejects.toThrow(new UserError('VERSION is a symbolic link in octo/example; bump-version rewrites files, not links. Name the file it points to in the files input.'));
    await expect(files.read('latin1.txt')).rejects.toThrow('latin1.txt is not UTF-8 text, so its version cannot be rewritten safely.');
  });

  it('refuses paths outside the repository', async () => {
    const files = gitHubRepoFiles(gh, repo, tree, new MemoryLogger());
    await expect(files.read('../etc/passwd')).rejects.toThrow(UserError);
  });
});
