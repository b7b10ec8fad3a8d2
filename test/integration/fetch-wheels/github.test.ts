/**
 * fetch-wheels from GitHub, through the OpenAPI-checked fake: an artifact of
 * another workflow run (list the run's artifacts, follow the zip redirect to
 * storage) and the assets of a release.
 *
 * GITHUB_API_URL points at the fake; GITHUB_SERVER_URL stays github.com,
 * because @actions/artifact (this run's artifacts) refuses any other server
 * as GitHub Enterprise Server (which it does not support).
 */
import { afterAll, beforeAll, expect, it, describe } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { readManifest } from '../../../src/distributions/index.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { cleanupRunsAfterAll, runAction, secretLeaks } from '../../support/runner.js';
import { patchZipEntries } from '../../support/zip-patch.js';
import { VERSION, buildWheel, dirHashes, hashesOf, sha256, type Built } from './fixtures.js';

const TOKEN = 'ghs_fetchwheelstoken0123456789';
const RUN_ID = 4242;
const TAGS = ['cp310-cp310-manylinux2014_x86_64', 'cp311-cp311-manylinux2014_x86_64', 'cp311-cp311-macosx_12_0_arm64'];

cleanupRunsAfterAll();

async function zipOf(files: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(files)) zip.addBuffer(Buffer.from(data), name, { mtime: new Date(2024, 0, 1) });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('fetch-wheels from GitHub (fake)', () => {
  let fake: FakeGitHub;
  let dir: string;
  let wheels: Built[];

  const env = () => ({ GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`, GITHUB_TOKEN: TOKEN });
  const inputs = (source: string, extra: Record<string, string> = {}) => ({
    source,
    packages: 'ray ray_cpp',
    version: VERSION,
    expect: TAGS.join('\n'),
    token: TOKEN,
    ...extra,
  });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fetch-wheels-gh-'));
    fake = await startFakeGitHub({ token: TOKEN });
    wheels = [];
    for (const pkg of ['ray', 'ray_cpp']) for (const t of TAGS) wheels.push(await buildWheel(join(dir, 'w'), pkg, VERSION, t, 20_000));
    wheels.sort((a, b) => (a.name < b.name ? -1 : 1));
  }, 60_000);

  afterAll(async () => {
    await fake?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('fetches an artifact of another run: lists the run, follows the zip redirect without the token, takes the newest of the name', async () => {
    // A first attempt of the run uploaded a stale set under the same name; the newest artifact wins.
    const stale = await buildWheel(join(dir, 'stale'), 'ray', '2.8.0', TAGS[0]!, 1000);
    await fake.addArtifact(RUN_ID, 'wheels', { [stale.name]: stale.bytes });
    const files: Record<string, Buffer | string> = { 'build.log': 'built\n' };
    for (const w of wheels) files[`dist/${w.name}`] = w.bytes;
    const artifact = await fake.addArtifact(RUN_ID, 'wheels', files);
    await fake.addArtifact(RUN_ID + 1, 'wheels', { [stale.name]: stale.bytes });
    const before = fake.requests.length;

    const r = await runAction('fetch-wheels', inputs('artifact:wheels', { 'run-id': String(RUN_ID) }), { env: env() });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const dest = join(r.dirs.workspace, 'dist');
    expect(await dirHashes(dest)).toEqual(hashesOf(wheels));
    const m = await readManifest(join(dest, 'manifest.json'));
    expect(m.files.map((f) => f.source)).toEqual(
      wheels.map((w) => `https://github.com/${fake.owner}/${fake.repo}/actions/runs/${RUN_ID}/artifacts/${artifact.id}#dist/${w.name}`),
    );
    expect(r.outputs.count).toBe(String(wheels.length));
    expect(r.warnings).toEqual([]);
    expect(r.log).toContain("(zip sha256 matches GitHub's digest)");

    const seen = fake.requests.slice(before);
    const list = seen.filter((q) => q.operationId === 'actions/list-workflow-run-artifacts');
    expect(list.length).toBeGreaterThanOrEqual(1);
    expect(list[0]!.path).toBe(`/repos/${fake.owner}/${fake.repo}/actions/runs/${RUN_ID}/artifacts`);
    expect(list[0]!.headers.authorization).toBe('[redacted]');
    const zip = seen.filter((q) => q.operationId === 'actions/download-artifact');
    expect(zip.map((q) => q.status)).toEqual([302]);
    const blob = seen.filter((q) => q.host === 'web');
    expect(blob.map((q) => [q.path, q.status])).toEqual([[`/_objects/artifacts/${artifact.id}`, 200]]);
    expect(blob[0]!.headers.authorization).toBeUndefined();
    expect(fake.violations).toEqual([]);
    expect(secretLeaks(r, TOKEN)).toEqual([]);
  });

  it('refuses an artifact holding a member whose name climbs out of dest', async () => {
    const zip = join(dir, 'evil.zip');
    // yazl refuses to write "../", so the name is patched in afterwards (same length).
    await writeFile(zip, await zipOf({ [`xx/${wheels[0]!.name}`]: wheels[0]!.bytes }));
    await patchZipEntries(zip, { [`xx/${wheels[0]!.name}`]: { name: `../${wheels[0]!.name}` } });
    const evil = await fake.addArtifact(RUN_ID, 'evil', { placeholder: 'x' });
    evil.zip = await readFile(zip);
    evil.sizeInBytes = evil.zip.length;
    evil.digest = `sha256:${sha256(evil.zip)}`;

    const r = await runAction('fetch-wheels', inputs('artifact:evil', { 'run-id': String(RUN_ID), expect: '', 'allow-any-set': 'true' }), { env: env() });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(`artifact evil of run ${RUN_ID} of ${fake.owner}/${fake.repo} holds a member whose name would escape the destination (invalid relative path: ../${wheels[0]!.name})`);
    expect(await readdir(r.dirs.workspace)).toEqual([]);
    expect(existsSync(join(r.dirs.workspace, '..', wheels[0]!.name))).toBe(false);
  });

  it("says this run's artifacts need the Actions results service, which only a workflow job has", async () => {
    const r = await runAction('fetch-wheels', inputs('artifact:wheels'), { env: env() });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toMatch(/[Aa]rtifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job \(.*ACTIONS_RUNTIME_TOKEN.*\)\. Outside a job, give run-id/);
  });

  it('fetches the assets of a release, each through its redirect to storage without the token', async () => {
    const assets: Record<string, Buffer> = { 'NOTES.txt': Buffer.from('notes') };
    for (const w of wheels) assets[w.name] = w.bytes;
    const release = fake.addRelease({ tag_name: `v${VERSION}`, name: VERSION, assets });
    const before = fake.requests.length;

    const r = await runAction('fetch-wheels', inputs(`release:v${VERSION}`, { 'expect-count': String(wheels.length) }), { env: env() });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const dest = join(r.dirs.workspace, 'dist');
    expect(await dirHashes(dest)).toEqual(hashesOf(wheels));
    const m = await readManifest(join(dest, 'manifest.json'));
    expect(m.files.map((f) => f.source)).toEqual(
      wheels.map((w) => `${fake.webUrl}/${fake.owner}/${fake.repo}/releases/download/v${VERSION}/${w.name}`),
    );
    const seen = fake.requests.slice(before);
    const gets = seen.filter((q) => q.operationId === 'repos/get-release-asset');
    expect(gets).toHaveLength(wheels.length);
    for (const q of gets) {
      expect(q.status).toBe(302);
      expect(q.headers.accept).toBe('application/octet-stream');
      expect(q.headers.authorization).toBe('[redacted]');
    }
    const blobs = seen.filter((q) => q.host === 'web');
    expect(blobs).toHaveLength(wheels.length);
    for (const q of blobs) {
      expect(q.status).toBe(200);
      expect(q.headers.authorization).toBeUndefined();
    }
    expect(release.assets.length).toBe(wheels.length + 1);
    expect(fake.violations).toEqual([]);
    expect(secretLeaks(r, TOKEN)).toEqual([]);
  });

  it('refuses upload-artifact outside a workflow job before fetching anything', async () => {
    const before = fake.requests.length;
    const r = await runAction('fetch-wheels', inputs(`release:v${VERSION}`, { 'upload-artifact': 'wheels' }), { env: env() });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      'upload-artifact is set, but this is not a GitHub Actions job with the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are missing). ' +
        'Remove upload-artifact, or run inside a workflow job. Nothing was fetched.',
    ]);
    expect(fake.requests.length).toBe(before);
    expect(await readdir(r.dirs.workspace)).toEqual([]);
  });

  it('says when the release does not exist', async () => {
    const r = await runAction('fetch-wheels', inputs('release:v9.9.9'), { env: env() });
    expect(r.code).toBe(1);
    expect(r.errors[0]).toContain(`fetch-wheels found an incomplete set in release v9.9.9 of ${fake.owner}/${fake.repo}: 0 of 6 file(s)`);
    expect(r.errors[0]).toContain('Set wait-timeout');
  });
});
