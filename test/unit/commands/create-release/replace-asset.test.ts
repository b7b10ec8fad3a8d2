/**
 * Replacing an asset of a published release (overwrite-assets: true) against
 * the OpenAPI-checked GitHub fake: the old asset stays until its replacement
 * is complete, and a run interrupted at any step is finished by the next one.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitHub } from '../../../../src/github/client.js';
import { UserError } from '../../../../src/errors.js';
import { MemoryLogger } from '../../../../src/log.js';
import { resolveAssets } from '../../../../src/commands/create-release/assets.js';
import { createRelease, type ReleaseRequest } from '../../../../src/commands/create-release/create-release.js';
import { isStandInName, standInName } from '../../../../src/commands/create-release/stand-in.js';
import { fakeOctokit, startFakeGitHub, type FakeGitHub } from '../../../support/github-fake/index.js';

const TOKEN = 'ghs_replaceAssetTestToken';
const repo = { owner: 'octo', repo: 'example' };
const WHEEL = 'pkg-1.0.0-cp312-cp312-manylinux_2_17_x86_64.whl';
const OLD = 'old wheel bytes';
const NEW = 'new wheel bytes, a little longer';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

let fake: FakeGitHub;
let gh: GitHub;
let dir: string;
let sha: string;
let releaseId: number;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  // Writes unthrottled, so each test takes milliseconds, not a second per write.
  gh = fakeOctokit(fake, { retries: 1 });
  sha = fake.commitFiles('main', { VERSION: '1.0.0\n' }, 'Release 1.0.0');
  fake.createTag('v1.0.0', sha);
  releaseId = fake.addRelease({ tag_name: 'v1.0.0', name: 'v1.0.0', target_commitish: sha, assets: { [WHEEL]: OLD } }).id;
  dir = await mkdtemp(join(tmpdir(), 'replace-asset-'));
  await writeFile(join(dir, WHEEL), NEW);
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

function request(extra: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return {
    repo,
    commitSha: sha,
    tag: 'v1.0.0',
    generateNotes: false,
    draft: false,
    publish: false,
    prerelease: 'auto',
    makeLatest: 'auto',
    assets: ['*.whl'],
    assetsDir: dir,
    overwriteAssets: true,
    requireChecks: [],
    checksTimeoutSeconds: 0,
    ...extra,
  };
}

async function run(log = new MemoryLogger(), extra: Partial<ReleaseRequest> = {}) {
  return createRelease(gh, request(extra), log, { sleep: async () => undefined, uploadRetry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
}

/** The release's assets as name → bytes. */
function assetsNow(): Record<string, string> {
  const release = fake.state.releases.find((r) => r.id === releaseId)!;
  expect(release.draft).toBe(false);
  return Object.fromEntries(release.assets.map((a) => [a.name, fake.assetBytes(a.id).toString()]));
}

const requestsSince = (n: number, operationId: string) => fake.requests.slice(n).filter((q) => q.operationId === operationId);

describe('replacing an asset of a published release', () => {
  it('uploads under a stand-in name, then deletes the old asset, then renames: one asset with the new bytes', async () => {
    const log = new MemoryLogger();
    const outcome = await run(log);
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
    expect(outcome.assets).toEqual([expect.objectContaining({ name: WHEEL, action: 'replaced', sha256: sha256(NEW) })]);
    const upload = fake.requests.find((q) => q.host === 'uploads' && q.method === 'POST')!;
    expect(upload.query.name).toBe(standInName(WHEEL));
    const order = fake.requests
      .filter((q) => q.host === 'uploads' || ['repos/delete-release-asset', 'repos/update-release-asset'].includes(q.operationId ?? ''))
      .map((q) => (q.host === 'uploads' ? 'upload' : q.operationId));
    expect(order).toEqual(['upload', 'repos/delete-release-asset', 'repos/update-release-asset']);
    expect(log.text()).not.toMatch(/^warning/m);
  });

  it('keeps the old asset on the release when the replacement cannot be uploaded', async () => {
    fake.injectFaults((req) => (req.host === 'uploads' && req.method === 'POST' ? { status: 502, body: { message: 'Bad Gateway' } } : undefined));
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(`Could not upload ${standInName(WHEEL)}`);
    expect((err as Error).message).toContain(`The release still has the old ${WHEEL}.`);
    expect(assetsNow()).toEqual({ [WHEEL]: OLD });
    expect(requestsSince(0, 'repos/delete-release-asset')).toEqual([]);

    fake.clearFaults();
    await run();
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
  });

  it('finishes on rerun a replacement interrupted before the old asset was deleted, reusing the uploaded stand-in', async () => {
    fake.injectFaults((req) => (req.operationId === 'repos/delete-release-asset' ? { status: 500, body: { message: 'Server Error' } } : undefined));
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      new RegExp(`The release still has the old ${WHEEL.replace(/\./g, '\\.')}; the new bytes wait as ${standInName(WHEEL).replace(/\./g, '\\.')}\\. Run the step again`),
    );
    expect(assetsNow()).toEqual({ [WHEEL]: OLD, [standInName(WHEEL)]: NEW });

    fake.clearFaults();
    const n = fake.requests.length;
    const log = new MemoryLogger();
    await run(log);
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
    expect(fake.requests.slice(n).filter((q) => q.host === 'uploads')).toEqual([]);
    expect(log.text()).toContain(`using ${standInName(WHEEL)}, which an interrupted run already uploaded`);
  });

  it('finishes on rerun a replacement interrupted between the delete and the rename, even without overwrite-assets', async () => {
    fake.injectFaults((req) => (req.operationId === 'repos/update-release-asset' ? { status: 502, body: { message: 'Bad Gateway' } } : undefined));
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain(`The new bytes are on the release as ${standInName(WHEEL)}. Run the step again to finish the replacement.`);
    expect(assetsNow()).toEqual({ [standInName(WHEEL)]: NEW });

    fake.clearFaults();
    const n = fake.requests.length;
    const log = new MemoryLogger();
    const outcome = await run(log, { overwriteAssets: false });
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
    expect(outcome.assets).toEqual([expect.objectContaining({ name: WHEEL, action: 'replaced' })]);
    expect(fake.requests.slice(n).filter((q) => q.host === 'uploads')).toEqual([]);
    expect(log.text()).toContain(`finishing the replacement an interrupted run left as ${standInName(WHEEL)}`);
  });

  it('deletes a stand-in holding other bytes and uploads the replacement afresh', async () => {
    fake.addReleaseAsset(releaseId, standInName(WHEEL), 'bytes of an earlier attempt');
    const log = new MemoryLogger();
    await run(log);
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
    expect(log.text()).toContain(`deleting ${standInName(WHEEL)}, left by an interrupted replacement`);
  });

  it('deletes a leftover stand-in when the asset already has the bytes', async () => {
    await fake.close();
    fake = await startFakeGitHub({ token: TOKEN });
    gh = fakeOctokit(fake, { retries: 1 });
    sha = fake.commitFiles('main', { VERSION: '1.0.0\n' }, 'Release 1.0.0');
    fake.createTag('v1.0.0', sha);
    releaseId = fake.addRelease({ tag_name: 'v1.0.0', name: 'v1.0.0', target_commitish: sha, assets: { [WHEEL]: NEW, [standInName(WHEEL)]: NEW } }).id;
    const outcome = await run();
    expect(assetsNow()).toEqual({ [WHEEL]: NEW });
    expect(outcome.assets).toEqual([expect.objectContaining({ name: WHEEL, action: 'skipped' })]);
  });

  it('leaves the stand-in of an asset it does not upload, and says so', async () => {
    const other = standInName('pkg-1.0.0.tar.gz');
    fake.addReleaseAsset(releaseId, other, 'sdist bytes');
    const log = new MemoryLogger();
    await run(log);
    expect(assetsNow()).toEqual({ [WHEEL]: NEW, [other]: 'sdist bytes' });
    expect(log.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining(`holds ${other}, left by an interrupted replacement of an asset this run does not upload`),
    ]);
  });
});

describe('standInName', () => {
  it('is made only of characters GitHub keeps in an asset name, with no period at either end', () => {
    for (const name of [WHEEL, '.hidden.json', 'my file (1).whl', 'trailing.', 'a~b:c.tar.gz', '...']) {
      const stand = standInName(name);
      expect(stand).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*[A-Za-z0-9_-]$/);
      expect(stand).not.toMatch(/\.\./);
      expect(isStandInName(stand)).toBe(true);
    }
    expect(standInName(WHEEL)).toBe(`${WHEEL}.pyrelease-replacement`);
    expect(standInName('.hidden.json')).toBe('hidden.json.pyrelease-replacement');
    expect(isStandInName(WHEEL)).toBe(false);
  });

  it('cannot be the name of an asset to upload', async () => {
    await writeFile(join(dir, standInName(WHEEL)), 'x');
    await expect(resolveAssets(['*'], dir)).rejects.toThrow(/ends with \.pyrelease-replacement, which marks a replacement in progress/);
    await expect(resolveAssets(['*', `!${standInName(WHEEL)}`], dir)).resolves.toHaveLength(1);
  });
});
