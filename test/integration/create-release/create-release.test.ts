/**
 * create-release end to end: dist/create-release/index.js run like the runner
 * runs it, against the OpenAPI-checked GitHub fake (and, for faults, the fault
 * proxy in front of it).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { cleanupRunsAfterAll, runAction, secretLeaks, startAction, type ActionRun, type RunOptions } from '../../support/runner.js';

cleanupRunsAfterAll();

const TOKEN = 'ghs_createReleaseTestToken000000000000';
const sha256 = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');

const CHANGELOG = `# Changelog

## [Unreleased]

## [2.11.0] - 2024-06-01

### Added

- Wheels for Python 3.13.

## [2.10.0] - 2024-05-01

### Fixed

- Older fix.
`;

let fake: FakeGitHub;
let workspace: string;
let proxies: FaultProxy[];
/** Commits of the seeded history. */
let shas: Record<string, string>;

/**
 * History: tags v2.8.0, v2.9.0, v2.10.0rc1, v2.10.0 on main, then v2.8.1 on a
 * maintenance branch, tagged last (so the newest tag by date is a backport),
 * then two changes on main and the release commit of 2.11.0.
 */
function seedHistory(f: FakeGitHub): Record<string, string> {
  const s: Record<string, string> = {};
  for (const v of ['2.8.0', '2.9.0', '2.10.0rc1', '2.10.0']) {
    s[v] = f.commitFiles('main', { 'VERSION': `${v}\n` }, `Release ${v}`);
    f.createTag(`v${v}`, s[v]);
    f.addRelease({ tag_name: `v${v}`, name: `v${v}`, body: `Notes of ${v}`, prerelease: v.includes('rc') });
  }
  f.createBranch('release-2.8', s['2.8.0']);
  s['2.8.1'] = f.commitFiles('release-2.8', { 'VERSION': '2.8.1\n' }, 'Release 2.8.1');
  f.createTag('v2.8.1', s['2.8.1'], { message: 'Backport release 2.8.1' });
  f.addRelease({ tag_name: 'v2.8.1', name: 'v2.8.1', body: 'Backport' });
  s.feature = f.commitFiles('main', { 'src/feature.py': 'x = 1\n' }, 'Add the progress bar (#101)');
  s.fix = f.commitFiles('main', { 'src/fix.py': 'y = 2\n' }, 'Fix the empty config crash (#102)');
  s.head = f.commitFiles('main', { 'VERSION': '2.11.0\n', 'CHANGELOG.md': CHANGELOG }, 'Bump version to 2.11.0');
  return s;
}

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  shas = seedHistory(fake);
  workspace = await mkdtemp(join(tmpdir(), 'create-release-ws-'));
  await writeFile(join(workspace, 'CHANGELOG.md'), CHANGELOG);
  await mkdir(join(workspace, 'dist'));
  await writeFile(join(workspace, 'dist', 'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl'), 'wheel bytes for linux');
  await writeFile(join(workspace, 'dist', 'pkg-2.11.0-cp312-cp312-macosx_11_0_arm64.whl'), 'wheel bytes for macos');
  await writeFile(join(workspace, 'manifest.json'), '{"files":[]}\n');
  proxies = [];
});

afterEach(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  expect(fake.violations).toEqual([]);
  await fake.close();
  await rm(workspace, { recursive: true, force: true });
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return { 'commit-sha': shas.head!, version: '2.11.0', token: TOKEN, repository: 'octo/example', ...extra };
}

function options(extra: RunOptions = {}, apiUrl = fake.url): RunOptions {
  return { workspace, ...extra, env: { ...fake.env(), GITHUB_API_URL: apiUrl, ...extra.env } };
}

async function run(extra: Record<string, string> = {}, opts: RunOptions = {}): Promise<ActionRun> {
  const r = await runAction('create-release', inputs(extra), options(opts));
  expect(r.fileCommandErrors).toEqual([]);
  expect(secretLeaks(r, TOKEN)).toEqual([]);
  return r;
}

const releasesOf = (tag: string) => fake.state.releases.filter((r) => r.tagName === tag);
const uploads = () => fake.requests.filter((r) => r.host === 'uploads' && r.method === 'POST');
const writes = () => fake.requests.filter((r) => r.host !== 'web' && r.method !== 'GET');

describe('create-release: a new release', () => {
  it('creates a draft at the commit, with notes from the input, the changelog and GitHub, the previous tag chosen in PEP 440 order', async () => {
    const r = await run({ notes: 'Highlights: faster wheels.', changelog: 'CHANGELOG.md', 'generate-notes': 'true' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);

    const [release, ...others] = releasesOf('v2.11.0');
    expect(others).toEqual([]);
    expect(release!.draft).toBe(true);
    expect(release!.targetCommitish).toBe(shas.head);
    expect(release!.prerelease).toBe(false);
    expect(release!.name).toBe('v2.11.0');
    // A draft has no tag yet: the tag is made when the draft is published.
    expect(fake.tagSha('v2.11.0')).toBeUndefined();

    // v2.8.1 is the newest tag by date and v2.10.0rc1 sorts between: PEP 440 order picks v2.10.0.
    const notes = fake.state.generatedNotes.at(-1)!;
    expect(notes.previousTagName).toBe('v2.10.0');
    expect(notes.targetCommitish).toBe(shas.head);

    const body = release!.body!;
    const order = ['Highlights: faster wheels.', '### Added\n\n- Wheels for Python 3.13.', "## What's Changed"].map((s) => body.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(body).toContain('Add the progress bar (#101)');
    expect(body).toContain('Fix the empty config crash (#102)');
    expect(body).not.toContain('Release 2.10.0');
    expect(body).toContain('compare/v2.10.0...v2.11.0');
    expect(body).not.toContain('Older fix');

    expect(r.outputs['release-id']).toBe(String(release!.id));
    expect(r.outputs.tag).toBe('v2.11.0');
    expect(r.outputs['html-url']).toMatch(/\/octo\/example\/releases\/tag\/untagged-/);
    expect(r.outputs['upload-url']).toBe(`${fake.uploadsUrl}/repos/octo/example/releases/${release!.id}/assets{?name,label}`);
    expect(JSON.parse(r.outputs.assets!)).toEqual([]);

    expect(r.summary).toContain('create-release: v2.11.0');
    expect(r.summary).toContain(r.outputs['html-url']!);
    expect(r.summary).toMatch(/notes input.*changelog \(CHANGELOG\.md § \[2\.11\.0\] - 2024-06-01\).*generated by GitHub/s);
    expect(r.summary).toContain('v2.10.0');
    expect(r.masks).toContain(TOKEN);
    expect(fake.requests.every((q) => q.host === 'web' || /python-release-actions/.test(q.headers['user-agent'] ?? ''))).toBe(true);
  });

  it('uploads the assets and publishes: the tag is created at the commit, and the release is made latest', async () => {
    const r = await run({ assets: 'dist/*.whl\nmanifest.json', draft: 'false' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const [release] = releasesOf('v2.11.0');
    expect(release!.draft).toBe(false);
    expect(fake.tagSha('v2.11.0')).toBe(shas.head);
    expect(fake.state.latestReleaseId).toBe(release!.id);
    expect(release!.assets.map((a) => a.name).sort()).toEqual([
      'manifest.json',
      'pkg-2.11.0-cp312-cp312-macosx_11_0_arm64.whl',
      'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl',
    ]);
    const linux = release!.assets.find((a) => a.name.includes('manylinux'))!;
    expect(linux.digest).toBe(`sha256:${sha256('wheel bytes for linux')}`);
    expect(linux.contentType).toBe('application/zip');
    // Every upload was streamed with its Content-Length.
    for (const u of uploads()) expect(u.headers['content-length']).toMatch(/^\d+$/);

    const outAssets = JSON.parse(r.outputs.assets!) as { name: string; size: number; digest: string; url: string }[];
    expect(outAssets).toHaveLength(3);
    expect(outAssets.find((a) => a.name === linux.name)).toEqual({
      name: linux.name,
      size: linux.size,
      digest: linux.digest,
      url: expect.stringContaining('/releases/download/v2.11.0/'),
    });
    expect(r.outputs['html-url']).toMatch(/\/releases\/tag\/v2\.11\.0$/);
    expect(r.summary).toContain('published by this run');
    expect(r.summary).toMatch(/manifest\.json.*uploaded/s);
  });

  it('marks a PEP 440 pre-release as a pre-release and never latest', async () => {
    const r = await run({ version: '2.11.0rc1', draft: 'false' });
    expect(r.code).toBe(0);
    const [release] = releasesOf('v2.11.0rc1');
    expect(release!.prerelease).toBe(true);
    expect(release!.makeLatest).toBe('false');
    expect(fake.state.latestReleaseId).not.toBe(release!.id);
  });

  it('does not make a backport latest', async () => {
    const backport = fake.commitFiles('release-2.8', { VERSION: '2.8.2\n' }, 'Release 2.8.2');
    const r = await run({ 'commit-sha': backport, version: '2.8.2', draft: 'false' });
    expect(r.code).toBe(0);
    const [release] = releasesOf('v2.8.2');
    expect(release!.makeLatest).toBe('false');
    expect(fake.state.latestReleaseId).not.toBe(release!.id);
    expect(r.log).toContain('v2.10.0 is a higher version');
  });
});

describe('create-release: safe to rerun', () => {
  it('a rerun updates the same release and skips identical assets', async () => {
    const first = await run({ assets: 'dist/*.whl', notes: 'First notes.' });
    expect(first.code).toBe(0);
    const id = releasesOf('v2.11.0')[0]!.id;
    const uploadedBefore = uploads().length;
    expect(uploadedBefore).toBe(2);

    const second = await run({ assets: 'dist/*.whl', notes: 'Second notes.', publish: 'true' });
    expect(second.errors).toEqual([]);
    expect(second.code).toBe(0);
    expect(releasesOf('v2.11.0')).toHaveLength(1);
    const release = releasesOf('v2.11.0')[0]!;
    expect(release.id).toBe(id);
    expect(release.body).toBe('Second notes.');
    expect(release.draft).toBe(false);
    expect(release.assets).toHaveLength(2);
    expect(uploads().length).toBe(uploadedBefore);
    expect(second.outputs['release-id']).toBe(String(id));
    expect(second.log).toMatch(/already on the release with the same sha256, skipped/);
    expect(second.summary).toMatch(/skipped/);

    // A third run on the published release changes nothing at all.
    const before = fake.snapshot();
    const writesBefore = writes().length;
    const third = await run({ assets: 'dist/*.whl', notes: 'Second notes.', publish: 'true' });
    expect(third.code).toBe(0);
    expect(writes().length).toBe(writesBefore);
    expect(fake.snapshot()).toBe(before);
  });

  it('finds and reuses a draft left by an earlier failed run (the by-tag lookup does not return drafts)', async () => {
    const left = fake.addRelease({ tag_name: 'v2.11.0', name: 'v2.11.0', draft: true, target_commitish: 'main', assets: { 'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl': 'wheel bytes for linux' } });
    const r = await run({ assets: 'dist/*.whl' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(fake.requests.some((q) => q.operationId === 'repos/create-release')).toBe(false);
    const all = releasesOf('v2.11.0');
    expect(all.map((x) => x.id)).toEqual([left.id]);
    // The draft is pointed at the exact commit; the asset already there is kept.
    expect(all[0]!.targetCommitish).toBe(shas.head);
    expect(all[0]!.assets).toHaveLength(2);
    expect(uploads()).toHaveLength(1);
    expect(r.outputs['release-id']).toBe(String(left.id));
  });

  it('two processes started together end with one release', async () => {
    const args = inputs({ assets: 'dist/*.whl\nmanifest.json', draft: 'false' });
    const started = [0, 1, 2].map(() => startAction('create-release', args, options()));
    const runs = await Promise.all(started.map((s) => s.result));
    for (const r of runs) {
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
    }
    const all = releasesOf('v2.11.0');
    expect(all).toHaveLength(1);
    expect(all[0]!.draft).toBe(false);
    expect(all[0]!.assets.map((a) => a.name).sort()).toEqual([
      'manifest.json',
      'pkg-2.11.0-cp312-cp312-macosx_11_0_arm64.whl',
      'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl',
    ]);
    expect(new Set(runs.map((r) => r.outputs['release-id']))).toEqual(new Set([String(all[0]!.id)]));
    expect(fake.tagSha('v2.11.0')).toBe(shas.head);
    // Every draft a losing run created was removed again (how many raced depends on timing;
    // the two tests below make the race happen deterministically).
    const creates = fake.requests.filter((q) => q.operationId === 'repos/create-release' && q.status === 201);
    const deletes = fake.requests.filter((q) => q.operationId === 'repos/delete-release' && q.status === 204);
    expect(deletes.length).toBe(creates.length - 1);
  });
});

describe('create-release: converging with a run that creates the same release at the same moment', () => {
  it('keeps the older draft and removes its own when another draft appears while it creates', async () => {
    let rival: number | undefined;
    fake.injectFaults((req) => {
      // Just before this run's create lands, another run's create lands.
      if (req.operationId === 'repos/create-release' && rival === undefined) {
        rival = fake.addRelease({ tag_name: 'v2.11.0', name: 'v2.11.0', draft: true, target_commitish: shas.head }).id;
      }
      return undefined;
    });
    const r = await run({ assets: 'dist/*.whl', notes: 'Mine.' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const all = releasesOf('v2.11.0');
    expect(all.map((x) => x.id)).toEqual([rival]);
    expect(all[0]!.body).toBe('Mine.');
    expect(all[0]!.assets).toHaveLength(2);
    expect(r.outputs['release-id']).toBe(String(rival));
    expect(r.log).toMatch(/removing the duplicate draft \d+ and using \d+/);
  });

  it('gives way to a release another run published meanwhile', async () => {
    let rival: number | undefined;
    fake.injectFaults((req) => {
      if (req.operationId === 'repos/create-release' && rival === undefined) {
        rival = fake.addRelease({ tag_name: 'v2.11.0', name: 'v2.11.0', target_commitish: shas.head }).id;
      }
      return undefined;
    });
    const r = await run({ assets: 'dist/*.whl' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(releasesOf('v2.11.0').map((x) => x.id)).toEqual([rival]);
    expect(fake.tagSha('v2.11.0')).toBe(shas.head);
  });
});

describe('create-release: refusals leave everything as it was', () => {
  it('refuses a tag that points at another commit (exit 1, nothing created)', async () => {
    fake.createTag('v2.11.0', shas.fix);
    const before = fake.snapshot();
    const r = await run({ assets: 'dist/*.whl', draft: 'false' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`The tag v2.11.0 already points at commit ${shas.fix}, not at ${shas.head}`);
    expect(r.errors[0]).toContain('A tag is never moved');
    expect(fake.snapshot()).toBe(before);
    expect(writes()).toEqual([]);
  });

  it('refuses a commit that does not exist', async () => {
    const before = fake.snapshot();
    const r = await run({ 'commit-sha': 'f'.repeat(40) });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`Commit ${'f'.repeat(40)} does not exist in octo/example`);
    expect(fake.snapshot()).toBe(before);
  });

  it('names each failing or missing required check (exit 1, nothing created)', async () => {
    fake.addCheckRun(shas.head!, 'tests', 'failure', { detailsUrl: 'https://ci.example/tests/1' });
    fake.addCheckRun(shas.head!, 'build', 'success');
    fake.addStatus(shas.head!, 'ci/lint', 'success');
    const before = fake.snapshot();
    const r = await run({ 'require-checks': 'tests\nbuild\nci/lint\ndocs' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/'tests' failed \(check run concluded failure\)/);
    expect(r.errors[0]).toMatch(/'docs' is missing/);
    expect(r.errors[0]).not.toMatch(/'build'|'ci\/lint'/);
    expect(fake.snapshot()).toBe(before);
  });

  it('waits for a required check that is still running, then releases', async () => {
    const check = fake.addCheckRun(shas.head!, 'tests', null, { status: 'in_progress' });
    fake.addStatus(shas.head!, 'ci/lint', 'success');
    const started = startAction('create-release', inputs({ 'require-checks': 'tests\nci/lint', 'checks-timeout': '60s' }), options());
    const timer = setTimeout(() => {
      check.status = 'completed';
      check.conclusion = 'success';
      check.completedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    }, 3000);
    const r = await started.result;
    clearTimeout(timer);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.log).toContain('Waiting for required checks');
    expect(releasesOf('v2.11.0')).toHaveLength(1);
  });

  it('refuses an asset glob that matches nothing, before writing anything', async () => {
    const before = fake.snapshot();
    const r = await run({ assets: 'dist/*.whl\nwheelhouse/*.whl' });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain("'wheelhouse/*.whl' matched no file");
    expect(fake.snapshot()).toBe(before);
  });

  it('refuses a changelog without a section for the version', async () => {
    const r = await run({ version: '2.12.0', changelog: 'CHANGELOG.md' });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain('CHANGELOG.md has no section for version 2.12.0 (it has sections for 2.11.0, 2.10.0)');
    expect(releasesOf('v2.12.0')).toEqual([]);
  });

  it('refuses a previous-tag that does not exist', async () => {
    const r = await run({ 'generate-notes': 'true', 'previous-tag': 'v0.0.1' });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain("Input 'previous-tag': the tag v0.0.1 does not exist");
    expect(releasesOf('v2.11.0')).toEqual([]);
  });
});

describe('create-release: assets', () => {
  const WHEEL = 'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl';

  it('refuses an asset of the same name with other bytes unless overwrite-assets is set', async () => {
    const draft = fake.addRelease({ tag_name: 'v2.11.0', name: 'v2.11.0', draft: true, target_commitish: shas.head, assets: { [WHEEL]: 'some older bytes' } });
    const before = fake.snapshot();
    const refused = await run({ assets: 'dist/*.whl' });
    expect(refused.code).toBe(1);
    expect(refused.errors[0]).toContain(`${WHEEL} has sha256 ${sha256('some older bytes')}, the local file ${sha256('wheel bytes for linux')}`);
    expect(refused.errors[0]).toContain('overwrite-assets: true');
    expect(fake.snapshot()).toBe(before);

    const replaced = await run({ assets: 'dist/*.whl', 'overwrite-assets': 'true' });
    expect(replaced.errors).toEqual([]);
    expect(replaced.code).toBe(0);
    const assets = fake.state.releases.find((x) => x.id === draft.id)!.assets;
    expect(assets.find((a) => a.name === WHEEL)!.digest).toBe(`sha256:${sha256('wheel bytes for linux')}`);
    expect(assets).toHaveLength(2);
    expect(replaced.summary).toMatch(/replaced/);
  });

  it('refuses to change the assets of a published immutable release', async () => {
    await fake.close();
    fake = await startFakeGitHub({ token: TOKEN, immutableReleases: true });
    shas = seedHistory(fake);
    fake.createTag('v2.11.0', shas.head);
    fake.addRelease({ tag_name: 'v2.11.0', name: 'v2.11.0', target_commitish: shas.head, assets: { [WHEEL]: 'wheel bytes for linux' } });
    const before = fake.snapshot();
    const r = await run({ assets: 'dist/*.whl' });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain('published and immutable');
    expect(r.errors[0]).toContain('pkg-2.11.0-cp312-cp312-macosx_11_0_arm64.whl');
    expect(fake.snapshot()).toBe(before);
    // With only the identical asset there is nothing to change, and the rerun succeeds.
    const same = await run({ assets: `dist/${WHEEL}` });
    expect(same.code).toBe(0);
  });

  it('recovers within one run from uploads the proxy cuts off, without duplicates', async () => {
    const proxy = await startFaultProxy(fake.uploadsUrl);
    proxies.push(proxy);
    fake.routeUploadsVia(proxy.url);
    let uploadsSeen = 0;
    proxy.setPlan(({ method }) => {
      if (method !== 'POST') return undefined;
      uploadsSeen++;
      // The first upload reaches GitHub but its answer is lost; the second never arrives.
      return uploadsSeen === 1 ? 'reset-mid-body' : uploadsSeen === 2 ? 'reset' : undefined;
    });
    const r = await run({ assets: 'dist/*.whl\nmanifest.json', draft: 'false' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const [release] = releasesOf('v2.11.0');
    expect(release!.draft).toBe(false);
    expect(release!.assets.map((a) => a.name).sort()).toEqual([
      'manifest.json',
      'pkg-2.11.0-cp312-cp312-macosx_11_0_arm64.whl',
      'pkg-2.11.0-cp312-cp312-manylinux_2_17_x86_64.whl',
    ]);
    for (const a of release!.assets) expect(a.size).toBeGreaterThan(0);
    expect(r.log).toMatch(/attempt 1 of 5 failed/);
  });

  it('an upload interrupted by the fault proxy completes on rerun, and the draft is published only then', async () => {
    const proxy = await startFaultProxy(fake.uploadsUrl, ({ method }) => (method === 'POST' ? 'reset' : undefined));
    proxies.push(proxy);
    fake.routeUploadsVia(proxy.url);
    const failed = await run({ assets: 'dist/*.whl', draft: 'false' });
    expect(failed.code).toBe(1);
    expect(failed.errors[0]).toMatch(/Could not upload pkg-2\.11\.0-.*\.whl/);
    const [draft] = releasesOf('v2.11.0');
    expect(draft!.draft).toBe(true);
    expect(fake.tagSha('v2.11.0')).toBeUndefined();

    proxy.setPlan(undefined);
    const rerun = await run({ assets: 'dist/*.whl', draft: 'false' });
    expect(rerun.errors).toEqual([]);
    expect(rerun.code).toBe(0);
    const all = releasesOf('v2.11.0');
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(draft!.id);
    expect(all[0]!.draft).toBe(false);
    expect(all[0]!.assets).toHaveLength(2);
    expect(fake.tagSha('v2.11.0')).toBe(shas.head);
  });

  it('completes through an API that fails now and then', async () => {
    const proxy = await startFaultProxy(fake.url, ({ method, n }) => (n % 6 === 1 ? (method === 'GET' ? '503' : '502') : undefined));
    proxies.push(proxy);
    const r = await runAction('create-release', inputs({ assets: 'dist/*.whl', draft: 'false', 'generate-notes': 'true' }), options({}, proxy.url));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(releasesOf('v2.11.0')).toHaveLength(1);
    expect(releasesOf('v2.11.0')[0]!.assets).toHaveLength(2);
    expect(proxy.requests.some((q) => q.fault !== undefined)).toBe(true);
  });
});
