import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeOctokit, type FakeOctokit } from '../../support/github-fake/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';

describe('fake GitHub: releases', () => {
  let fake: FakeGitHub;
  let gh: FakeOctokit;
  const owner = 'octo';
  const repo = 'example';
  let v1: string;

  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 'ghs_secret' });
    gh = fakeOctokit(fake);
    v1 = fake.commitFiles('main', { 'a.txt': 'a\n' }, 'Add a');
    fake.addRelease({ tag_name: 'v1.0.0', target_commitish: v1, name: 'v1.0.0', body: 'first' });
    fake.commitFiles('main', { 'b.txt': 'b\n' }, 'Add b');
    fake.commitFiles('main', { 'c.txt': 'c\n' }, 'Fix c\n\nlonger explanation');
  });

  afterAll(async () => {
    await fake.close();
  });

  it('drafts a release, uploads an asset, publishes it, and downloads the asset', async () => {
    const target = fake.branchSha('main') as string;
    const { data: draft } = await gh.rest.repos.createRelease({ owner, repo, tag_name: 'v1.1.0', target_commitish: target, name: 'v1.1.0', draft: true });
    expect(draft.draft).toBe(true);
    expect(draft.html_url).toContain('/releases/tag/untagged-');
    // A draft has no tag and is invisible to the by-tag lookup, but listed.
    expect(fake.tagSha('v1.1.0')).toBeUndefined();
    await expect(gh.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.1.0' })).rejects.toMatchObject({ status: 404 });
    const { data: listed } = await gh.rest.repos.listReleases({ owner, repo });
    expect(listed.map((r) => r.tag_name)).toEqual(['v1.1.0', 'v1.0.0']);

    const bytes = Buffer.from('wheel bytes '.repeat(1000));
    const { data: asset } = await gh.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: draft.id,
      name: 'example-1.1.0-py3-none-any.whl',
      label: 'the wheel',
      data: bytes as unknown as string,
      url: draft.upload_url,
      headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
    });
    expect(asset).toMatchObject({ name: 'example-1.1.0-py3-none-any.whl', label: 'the wheel', size: bytes.length, state: 'uploaded' });
    expect(asset.digest).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    expect(fake.requests.find((r) => r.host === 'uploads')?.body).toEqual({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });

    // The same name again is refused.
    const again = gh.rest.repos.uploadReleaseAsset({ owner, repo, release_id: draft.id, name: asset.name, data: 'x', url: draft.upload_url, headers: { 'content-type': 'text/plain' } });
    await expect(again).rejects.toMatchObject({ status: 422 });

    const { data: published } = await gh.rest.repos.updateRelease({ owner, repo, release_id: draft.id, draft: false });
    expect(published.draft).toBe(false);
    expect(published.published_at).not.toBeNull();
    expect(fake.tagSha('v1.1.0')).toBe(target);
    const { data: byTag } = await gh.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.1.0' });
    expect(byTag.id).toBe(draft.id);
    const { data: latest } = await gh.rest.repos.getLatestRelease({ owner, repo });
    expect(latest.tag_name).toBe('v1.1.0');

    const download = await gh.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' } });
    expect(Buffer.from(download.data as unknown as ArrayBuffer)).toEqual(bytes);
    // The browser URL redirects to the same bytes, and Range requests work.
    const { data: meta } = await gh.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id });
    expect(meta.download_count).toBe(1);
    const ranged = await fetch(meta.browser_download_url, { headers: { range: 'bytes=0-4' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 0-4/${bytes.length}`);
    expect(await ranged.text()).toBe('wheel');
    const unsatisfiable = await fetch(meta.browser_download_url, { headers: { range: `bytes=${bytes.length}-` } });
    expect(unsatisfiable.status).toBe(416);

    const { data: assets } = await gh.rest.repos.listReleaseAssets({ owner, repo, release_id: draft.id });
    expect(assets.map((a) => a.name)).toEqual([asset.name]);
    await gh.rest.repos.updateReleaseAsset({ owner, repo, asset_id: asset.id, label: 'relabelled' });
    await gh.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id });
    await expect(gh.rest.repos.getReleaseAsset({ owner, repo, asset_id: asset.id })).rejects.toMatchObject({ status: 404 });
    expect(fake.violations).toEqual([]);
  });

  it('stores a streamed upload (a file stream with its content-length), renaming names as GitHub does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'github-fake-test-'));
    try {
      const file = join(dir, 'wheel.whl');
      const bytes = Buffer.alloc(3 * 1024 * 1024, 7);
      await writeFile(file, bytes);
      const release = fake.addRelease({ tag_name: 'v1.2.0', draft: true });
      const url = `${fake.uploadsUrl}/repos/octo/example/releases/${release.id}/assets{?name,label}`;
      const { data } = await gh.request({
        method: 'POST',
        url,
        name: 'example 1.2.0 (final).whl',
        headers: { 'content-type': 'application/octet-stream', 'content-length': bytes.length },
        data: createReadStream(file),
      });
      const asset = data as { id: number; name: string; size: number; digest: string };
      expect(asset.name).toBe('example.1.2.0..final..whl');
      expect(asset.size).toBe(bytes.length);
      expect(fake.assetBytes(asset.id).equals(bytes)).toBe(true);
      const { data: plus } = await gh.rest.repos.uploadReleaseAsset({ owner, repo, release_id: release.id, name: 'example-1.2.0+cpu.whl', data: 'x', url, headers: { 'content-type': 'application/octet-stream' } });
      expect(plus.name).toBe('example-1.2.0+cpu.whl');
      expect(fake.violations).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second published release for a tag, leaving state untouched', async () => {
    const before = fake.snapshot();
    const duplicate = gh.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' });
    await expect(duplicate).rejects.toMatchObject({ status: 422, response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } } });
    const badTarget = gh.rest.repos.createRelease({ owner, repo, tag_name: 'v9', target_commitish: 'no-such-branch' });
    await expect(badTarget).rejects.toMatchObject({ status: 422 });
    expect(fake.snapshot()).toBe(before);
    expect(fake.violations).toEqual([]);
  });

  it('generates notes from the commits since the previous tag', async () => {
    const { data: notes } = await gh.rest.repos.generateReleaseNotes({ owner, repo, tag_name: 'v2.0.0', target_commitish: 'main', previous_tag_name: 'v1.0.0' });
    expect(notes.name).toBe('v2.0.0');
    expect(notes.body).toBe(
      "## What's Changed\n* Add b by @octo\n* Fix c by @octo\n\n" + `**Full Changelog**: ${fake.webUrl}/octo/example/compare/v1.0.0...v2.0.0`,
    );
    // Without previous_tag_name GitHub picks the newest earlier release (v1.1.0 here).
    await gh.rest.repos.generateReleaseNotes({ owner, repo, tag_name: 'v2.0.0', target_commitish: 'main' });
    expect(fake.state.generatedNotes.map((n) => [n.previousTagName, n.resolvedPreviousTag])).toEqual([
      ['v1.0.0', 'v1.0.0'],
      [null, 'v1.1.0'],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('paginates releases with link headers', async () => {
    for (let i = 0; i < 5; i++) fake.addRelease({ tag_name: `p${i}`, draft: i % 2 === 0 });
    const first = await gh.rest.repos.listReleases({ owner, repo, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toContain('rel="next"');
    const all = await gh.paginate(gh.rest.repos.listReleases, { owner, repo, per_page: 2 });
    expect(all).toHaveLength(fake.state.releases.length);
    expect(all.filter((r) => r.draft).length).toBe(fake.state.releases.filter((r) => r.draft).length);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(first.headers['x-ratelimit-remaining']).toMatch(/^\d+$/);
    expect(fake.violations).toEqual([]);
  });

  it('deletes a release but keeps its tag', async () => {
    const release = fake.addRelease({ tag_name: 'v0.9.0', target_commitish: v1, assets: { 'x.whl': 'x' } });
    await gh.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
    await expect(gh.rest.repos.getRelease({ owner, repo, release_id: release.id })).rejects.toMatchObject({ status: 404 });
    expect(fake.tagSha('v0.9.0')).toBe(v1);
    expect(fake.violations).toEqual([]);
  });
});

describe('fake GitHub: immutable releases', () => {
  it('refuses asset uploads and tag deletion once published', async () => {
    const fake = await startFakeGitHub({ immutableReleases: true });
    try {
      const gh = fakeOctokit(fake);
      const release = fake.addRelease({ tag_name: 'v1', assets: { 'a.whl': 'a' } });
      expect(release.assets).toHaveLength(1);
      const upload = gh.rest.repos.uploadReleaseAsset({ owner: 'octo', repo: 'example', release_id: release.id, name: 'b.whl', data: 'b', url: `${fake.uploadsUrl}/repos/octo/example/releases/${release.id}/assets{?name,label}`, headers: { 'content-type': 'application/octet-stream' } });
      await expect(upload).rejects.toMatchObject({ status: 422 });
      await expect(gh.rest.git.deleteRef({ owner: 'octo', repo: 'example', ref: 'tags/v1' })).rejects.toMatchObject({ status: 422 });
      const { data } = await gh.rest.repos.getRelease({ owner: 'octo', repo: 'example', release_id: release.id });
      expect(data.immutable).toBe(true);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
