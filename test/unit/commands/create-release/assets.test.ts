import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../../src/errors.js';
import type { ReleaseAsset } from '../../../../src/github/releases.js';
import { contentTypeFor, planAssets, resolveAssets, sha256File, type LocalAsset } from '../../../../src/commands/create-release/assets.js';

let dir: string;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assets-test-'));
  await mkdir(join(dir, 'dist'));
  await mkdir(join(dir, 'other'));
  await writeFile(join(dir, 'dist', 'pkg-1.0-py3-none-any.whl'), 'wheel bytes');
  await writeFile(join(dir, 'dist', 'pkg-1.0.tar.gz'), 'sdist bytes');
  await writeFile(join(dir, 'dist', '.hidden.json'), '{}');
  await writeFile(join(dir, 'other', 'pkg-1.0.tar.gz'), 'another sdist');
  await writeFile(join(dir, 'manifest.json'), '{"files":[]}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveAssets', () => {
  it('expands globs relative to the directory, with sizes, sha256 and content types', async () => {
    const found = await resolveAssets(['dist/*', 'manifest.json'], dir);
    expect(found.map((a) => a.name)).toEqual(['.hidden.json', 'manifest.json', 'pkg-1.0-py3-none-any.whl', 'pkg-1.0.tar.gz']);
    const wheel = found.find((a) => a.name.endsWith('.whl'))!;
    expect(wheel).toEqual({
      path: join(dir, 'dist', 'pkg-1.0-py3-none-any.whl'),
      name: 'pkg-1.0-py3-none-any.whl',
      size: 11,
      sha256: sha('wheel bytes'),
      contentType: 'application/zip',
    });
  });

  it('excludes with !', async () => {
    const found = await resolveAssets(['dist/*', '!**/.hidden.json'], dir);
    expect(found.map((a) => a.name)).toEqual(['pkg-1.0-py3-none-any.whl', 'pkg-1.0.tar.gz']);
  });

  it('refuses a glob that matches nothing, naming it', async () => {
    await expect(resolveAssets(['dist/*.whl', 'wheelhouse/*.whl'], dir)).rejects.toThrow(
      /'wheelhouse\/\*\.whl' matched no file/,
    );
    await expect(resolveAssets(['nothing'], dir)).rejects.toBeInstanceOf(UserError);
  });

  it('refuses two files with one name', async () => {
    await expect(resolveAssets(['**/*.tar.gz'], dir)).rejects.toThrow(/several files share one: pkg-1\.0\.tar\.gz/);
  });

  it('accepts the same file matched by two globs', async () => {
    const found = await resolveAssets(['dist/*.whl', '**/*.whl'], dir);
    expect(found).toHaveLength(1);
  });

  it('hashes by streaming', async () => {
    expect(await sha256File(join(dir, 'manifest.json'))).toBe(sha('{"files":[]}'));
  });

  it('knows the usual content types', () => {
    expect(contentTypeFor('a.tar.gz')).toBe('application/gzip');
    expect(contentTypeFor('manifest.json')).toBe('application/json');
    expect(contentTypeFor('weird.bin')).toBe('application/octet-stream');
  });
});

function local(name: string, content: string): LocalAsset {
  return { path: `/x/${name}`, name, size: content.length, sha256: sha(content), contentType: 'application/zip' };
}
let nextId = 1;
function remote(name: string, content: string): ReleaseAsset {
  return {
    id: nextId++,
    name,
    label: null,
    state: 'uploaded',
    size: content.length,
    digest: `sha256:${sha(content)}`,
    browser_download_url: `https://example.test/${name}`,
  } as unknown as ReleaseAsset;
}

describe('planAssets', () => {
  it('uploads new names, skips identical bytes, replaces incomplete uploads', () => {
    const { plans, conflicts } = planAssets(
      [local('a.whl', 'aaa'), local('b.whl', 'bbb'), local('c.whl', 'ccc')],
      [remote('b.whl', 'bbb'), { ...remote('c.whl', 'cc'), state: 'open' }],
      false,
    );
    expect(conflicts).toEqual([]);
    expect(plans.map((p) => [p.local.name, p.action])).toEqual([
      ['a.whl', 'upload'],
      ['b.whl', 'skip'],
      ['c.whl', 'replace'],
    ]);
  });

  it('refuses other bytes under the same name unless overwrite is set', () => {
    const mine = [local('a.whl', 'new bytes')];
    const theirs = [remote('a.whl', 'old bytes')];
    const refused = planAssets(mine, theirs, false);
    expect(refused.plans).toEqual([]);
    expect(refused.conflicts[0]).toMatch(new RegExp(`^a\\.whl has sha256 ${sha('old bytes')}, the local file ${sha('new bytes')}$`));
    expect(planAssets(mine, theirs, true).plans[0]!.action).toBe('replace');
  });

  it('does not call an asset without a digest identical', () => {
    const { conflicts } = planAssets([local('a.whl', 'aaa')], [{ ...remote('a.whl', 'aaa'), digest: null }], false);
    expect(conflicts[0]).toMatch(/has no digest to compare/);
  });

  it('finds an asset GitHub renamed (spaces become dots)', () => {
    const { plans } = planAssets([local('my file.txt', 'x')], [remote('my.file.txt', 'x')], false);
    expect(plans[0]!.action).toBe('skip');
  });
});
