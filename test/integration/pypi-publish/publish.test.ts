/**
 * pypi-publish end to end: dist/pypi-publish/index.js run as the runner runs
 * it, against the local index on loopback (real HTTP, warehouse's rules).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createManifest, writeManifest } from '../../../src/distributions/index.js';
import { cleanupRunsAfterAll, secretLeaks } from '../../support/runner.js';
import {
  duplicateUploads,
  json,
  localDigests,
  makeReleaseSet,
  publish,
  publishInputs,
  startPublish,
  startTestIndex,
  storedDigests,
  tempDir,
  TOKEN,
  type ReleaseSet,
  type TestIndex,
} from './helpers.js';

cleanupRunsAfterAll();

describe('publishing a release set', () => {
  let set: ReleaseSet;
  let t: TestIndex;
  beforeAll(async () => {
    set = await makeReleaseSet(await tempDir('set'));
    t = await startTestIndex();
  });
  afterAll(async () => {
    await t.close();
    await rm(set.dir, { recursive: true, force: true });
  });

  it('uploads 24 wheels and an sdist, byte for byte, with outputs and a summary', async () => {
    const run = await publish(publishInputs(t.index.uploadUrl, set.dir));
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(set.filenames).toHaveLength(25);
    expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
    expect(json<string[]>(run.outputs.uploaded).sort()).toEqual(set.filenames);
    expect(json<string[]>(run.outputs.skipped)).toEqual([]);
    const urls = json<Record<string, string>>(run.outputs.urls);
    expect(Object.keys(urls).sort()).toEqual(set.filenames);
    const manifest = JSON.parse(readFileSync(run.outputs.manifest!, 'utf8')) as { files: { filename: string; url?: string; sha256: string }[] };
    expect(manifest.files.map((f) => f.filename)).toEqual(set.filenames);
    expect(manifest.files.every((f) => f.url === urls[f.filename])).toBe(true);
    expect(run.summary).toContain('demo-native 1.2.0');
    expect(run.summary).toContain('<th>sha256</th>');
    expect(secretLeaks(run, TOKEN)).toEqual([]);
    expect(run.masks).toContain(TOKEN);
    expect(duplicateUploads(t.log)).toEqual([]);
  });

  it('skips every file on a rerun and exits 0', async () => {
    const run = await publish(publishInputs(t.index.uploadUrl, set.dir));
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
    expect(json<string[]>(run.outputs.skipped).sort()).toEqual(set.filenames);
    expect(t.index.files()).toHaveLength(25);
    expect(duplicateUploads(t.log)).toEqual([]);
  });
});

describe('a rerun after the action was killed mid-way', () => {
  it('uploads the rest, skips what is there, duplicates nothing', async () => {
    const set = await makeReleaseSet(await tempDir('kill'), { padBytes: 3 * 1024 * 1024 });
    const t = await startTestIndex();
    try {
      // Killed (SIGKILL, the whole process group) as soon as the tenth file is reported uploaded; others are in flight.
      const order = [...set.filenames.filter((f) => f.endsWith('.whl')), ...set.filenames.filter((f) => !f.endsWith('.whl'))];
      const killed = await startPublish(publishInputs(t.index.uploadUrl, set.dir, { concurrency: '4' }), {
        signalWhen: { pattern: `Uploaded ${order[9]}:` },
      }).result;
      expect(killed.signal).toBe('SIGKILL');
      // An upload whose body arrived whole just before the kill is still being checked by the index; let it settle.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = t.index.files().map((f) => f.filename);
      expect(before).toContain(order[9]);
      expect(before.length).toBeLessThan(set.filenames.length);

      const rerun = await publish(publishInputs(t.index.uploadUrl, set.dir, { concurrency: '4' }));
      expect(rerun.errors).toEqual([]);
      expect(rerun.code).toBe(0);
      const uploaded = json<string[]>(rerun.outputs.uploaded);
      const skipped = json<string[]>(rerun.outputs.skipped);
      expect(skipped).toEqual(expect.arrayContaining(before));
      expect(uploaded.filter((f) => before.includes(f))).toEqual([]);
      expect(uploaded.length).toBeGreaterThan(0);
      expect([...uploaded, ...skipped].sort()).toEqual(set.filenames);
      expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
      expect(duplicateUploads(t.log)).toEqual([]);
    } finally {
      await t.close();
      await rm(set.dir, { recursive: true, force: true });
    }
  });
});

describe('refusals before the first byte', () => {
  let set: ReleaseSet;
  beforeAll(async () => {
    set = await makeReleaseSet(await tempDir('refuse'), { pythons: ['cp311', 'cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
  });
  afterAll(async () => {
    await rm(set.dir, { recursive: true, force: true });
  });

  it('stops in preflight when the index has a file of the same name with other bytes', async () => {
    const other = await makeReleaseSet(await tempDir('other'), { pythons: ['cp312'], platforms: ['win_amd64'], sdist: false, seed: 'other build' });
    const t = await startTestIndex();
    try {
      const first = await publish(publishInputs(t.index.uploadUrl, other.dir));
      expect(first.code).toBe(0);
      const theirs = t.index.files()[0];
      const mine = (await localDigests(set.paths)).get(theirs.filename)!;
      expect(mine).not.toBe(theirs.sha256);

      const run = await publish(publishInputs(t.index.uploadUrl, set.dir));
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain(`${theirs.filename} is already on the index with other bytes`);
      expect(run.errors[0]).toContain(theirs.sha256);
      expect(run.errors[0]).toContain(mine);
      expect(run.errors[0]).toContain('nothing was uploaded');
      expect(t.index.files().map((f) => f.filename)).toEqual([theirs.filename]);
      expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
    } finally {
      await t.close();
      await rm(other.dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that is not in expect-manifest, and publishes when every file matches', async () => {
    const t = await startTestIndex();
    const dir = await tempDir('manifest');
    try {
      const digests = await localDigests(set.paths);
      const entries = set.paths.map((p) => ({ filename: basename(p), size: statSync(p).size, sha256: digests.get(basename(p))!, source: 's3://bucket/wheels/' }));
      const partial = join(dir, 'partial.json');
      await writeManifest(partial, createManifest(entries.slice(1), { project: 'demo-native', version: '1.2.0' }));
      const refused = await publish(publishInputs(t.index.uploadUrl, set.dir, { 'expect-manifest': partial }));
      expect(refused.code).toBe(1);
      expect(refused.errors[0]).toContain(`${entries[0].filename} (sha256 ${entries[0].sha256}) is not in the manifest`);
      expect(t.index.files()).toEqual([]);

      const tampered = join(dir, 'tampered.json');
      await writeManifest(tampered, createManifest([{ ...entries[0], sha256: 'f'.repeat(64) }, ...entries.slice(1)]));
      const mismatch = await publish(publishInputs(t.index.uploadUrl, set.dir, { 'expect-manifest': tampered }));
      expect(mismatch.code).toBe(1);
      expect(mismatch.errors[0]).toContain(`${entries[0].filename}: sha256 is ${entries[0].sha256}, the manifest says ${'f'.repeat(64)}`);
      expect(t.index.files()).toEqual([]);

      const full = join(dir, 'full.json');
      await writeManifest(full, createManifest(entries, { project: 'demo-native', version: '1.2.0' }));
      const ok = await publish(publishInputs(t.index.uploadUrl, set.dir, { 'expect-manifest': full }));
      expect(ok.errors).toEqual([]);
      expect(ok.code).toBe(0);
      const out = JSON.parse(readFileSync(ok.outputs.manifest!, 'utf8')) as { files: { filename: string; source?: string; url?: string }[] };
      const urls = json<Record<string, string>>(ok.outputs.urls);
      expect(out.files.map((f) => f.filename)).toEqual(set.filenames);
      for (const f of out.files) {
        expect(f.source).toBe('s3://bucket/wheels/');
        expect(f.url).toBe(urls[f.filename]);
      }
    } finally {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses new files for a release first uploaded more than 14 days ago', async () => {
    const dir = await tempDir('closed');
    const old = await makeReleaseSet(await tempDir('old'), { pythons: ['cp311'], platforms: ['win_amd64'], sdist: false });
    try {
      const past = await startTestIndex({ dir, now: () => new Date(Date.now() - 20 * 24 * 3600 * 1000) });
      expect((await publish(publishInputs(past.index.uploadUrl, old.dir))).code).toBe(0);
      await past.close();
      const t = await startTestIndex({ dir });
      try {
        const run = await publish(publishInputs(t.index.uploadUrl, set.dir));
        expect(run.code).toBe(1);
        expect(run.errors[0]).toContain('PyPI refuses new files for releases older than 14 days');
        expect(t.index.files()).toHaveLength(1);
      } finally {
        await t.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(old.dir, { recursive: true, force: true });
    }
  });

  it('stops on PyPI’s offline rules for the whole set', async () => {
    const bad = await makeReleaseSet(await tempDir('bad'), { pythons: ['cp312'], platforms: ['linux_x86_64', 'win_amd64'] });
    const t = await startTestIndex();
    try {
      const run = await publish(publishInputs(t.index.uploadUrl, bad.dir));
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain('PyPI does not accept the platform tag linux_x86_64');
      expect(run.errors[0]).toContain('nothing was uploaded');
      expect(t.index.files()).toEqual([]);
    } finally {
      await t.close();
      await rm(bad.dir, { recursive: true, force: true });
    }
  });

  it('refuses a FIFO and a dangling link among the files at once, with the preflight\'s error and summary', async () => {
    const bad = await makeReleaseSet(await tempDir('unreadable'), { pythons: ['cp312'], platforms: ['win_amd64'], sdist: false });
    // A FIFO no one writes to: opening it would wait forever.
    execFileSync('mkfifo', [join(bad.dir, 'demo_native-1.2.0.tar.gz')]);
    symlinkSync(join(bad.dir, 'gone.whl'), join(bad.dir, 'demo_native-1.2.0-cp312-cp312-macosx_11_0_arm64.whl'));
    const t = await startTestIndex();
    try {
      const started = Date.now();
      const run = await publish(publishInputs(t.index.uploadUrl, bad.dir));
      expect(Date.now() - started).toBeLessThan(60_000);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^Preflight: 2 problems in 2 files; nothing was uploaded\./);
      expect(run.errors[0].match(/\[file-unreadable\]/g)).toHaveLength(2);
      expect(run.errors[0]).toContain('ENOENT');
      expect(run.errors[0]).toContain('nothing was uploaded');
      expect(run.summary).toContain('pypi-publish to');
      expect(t.index.files()).toEqual([]);
    } finally {
      await t.close();
      await rm(bad.dir, { recursive: true, force: true });
    }
  });

  it('answers a repository URL without its trailing slash with twine’s hint, and sends nothing', async () => {
    const t = await startTestIndex();
    try {
      const url = t.index.uploadUrl.replace(/\/$/, '');
      const run = await publish(publishInputs(url, set.dir));
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain(`${url} attempted to redirect to ${url}/.`);
      expect(run.errors[0]).toContain('Your repository URL is missing a trailing slash. Please add it and try again.');
      expect(t.index.files()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('explains a refused token and never prints it', async () => {
    const t = await startTestIndex();
    const wrong = 'pypi-wrong-token-0123456789abcdef';
    try {
      const run = await publish(publishInputs(t.index.uploadUrl, set.dir, { token: wrong }));
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain('403 Invalid or non-existent authentication information.');
      expect(run.errors[0]).toContain('Check that the token is a current API token');
      expect(secretLeaks(run, wrong)).toEqual([]);
      expect(t.index.files()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('preflight-only checks everything and uploads nothing', async () => {
    const t = await startTestIndex();
    try {
      const run = await publish(publishInputs(t.index.uploadUrl, set.dir, { 'preflight-only': 'true' }));
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(t.index.files()).toEqual([]);
      expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
      expect(run.summary).toContain('Preflight only: nothing was uploaded.');
      expect(run.summary).toContain('would upload (preflight-only)');
    } finally {
      await t.close();
    }
  });
});
