/**
 * pypi-publish against an index that is not PyPI: the embedded index in plain
 * mode (the simple API as HTML only, no JSON API, 409 for a file it holds,
 * users with passwords for every request), driven through the bundled action
 * as the runner runs it. What is on the index comes from its simple page only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { cleanupRunsAfterAll, secretLeaks, type ActionRun } from '../../support/runner.js';
import { basicHeader, rawLeaks, startFront, startOtherHost, type SeenRequest } from '../../support/index-front.js';
import { itIf, twinePath } from '../../support/tools.js';
import {
  duplicateUploads,
  json,
  localDigests,
  makeReleaseSet,
  publish,
  startPublish,
  startTestIndex,
  storedDigests,
  tempDir,
  type ReleaseSet,
  type TestIndex,
} from './helpers.js';

cleanupRunsAfterAll();

const USER = 'ci-publisher';
const PASSWORD = 'plain-index-Pa55word-0123';

/** A private plain index: every request needs the user (or the __token__ user in the default helper's token). */
function startPlainIndex(): Promise<TestIndex> {
  return startTestIndex({ mode: 'plain', users: { [USER]: PASSWORD } });
}

function inputs(repository: string, dir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { repository, 'packages-dir': dir, user: USER, password: PASSWORD, ...extra };
}

/** The password appears nowhere a user could read it: the log, the summary, the outputs, the raw output. */
function expectNoLeak(run: ActionRun): void {
  expect(secretLeaks(run, PASSWORD)).toEqual([]);
  expect(rawLeaks(run.stdout + run.stderr, PASSWORD)).toEqual([]);
  expect(run.masks).toContain(PASSWORD);
}

const simpleReads = (front: { seen: SeenRequest[] }) => front.seen.filter((r) => r.method === 'GET' && r.path.startsWith('/simple/'));
const posts = (front: { seen: { method: string }[] }) => front.seen.filter((r) => r.method === 'POST');

describe('a private plain index, through a user and password', () => {
  let set: ReleaseSet;
  let t: TestIndex;
  beforeAll(async () => {
    set = await makeReleaseSet(await tempDir('plain'), { pythons: ['cp311', 'cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
    t = await startPlainIndex();
  });
  afterAll(async () => {
    await t.close();
    await rm(set.dir, { recursive: true, force: true });
  });

  it('publishes, reading the listing once before and once after: no wait, no warning', async () => {
    const front = await startFront(t.index.url, () => ({ forward: true }));
    try {
      const run = await publish(inputs(front.url, set.dir));
      expect(run.errors).toEqual([]);
      expect(run.warnings).toEqual([]);
      expect(run.code).toBe(0);
      expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
      expect(json<string[]>(run.outputs.uploaded).sort()).toEqual(set.filenames);
      // One read in the preflight (404: nothing there yet), one after the uploads that lists them all.
      expect(simpleReads(front).map((r) => r.status)).toEqual([404, 200]);
      expect(run.log).toContain(`The index does not list demo-native at all yet (${front.url}simple/demo-native/ answered 404).`);
      expect(run.log).toContain(`Verified: ${front.url}simple/demo-native/ lists all 5 files of demo-native 1.2.0 with the local sha256.`);
      expect(run.log).not.toMatch(/CDN/);
      // What an index without upload times cannot tell, said rather than guessed.
      expect(run.log).toContain(`${front.url}simple/demo-native/ gives no upload times, and the index has no JSON API this action knows of (json-api-url): `
        + 'a 200 answer cannot be told apart from one to a file that was already there, so 5 files answered 200 count as uploaded');
      // Every request carried the user's credentials: reads too, on the index's own origin.
      expect(front.seen.every((r) => r.authorization === basicHeader(USER, PASSWORD))).toBe(true);
      expect(run.summary).toContain('authenticated with a user name and password');
      expectNoLeak(run);
    } finally {
      await front.close();
    }
  });

  it('skips every file on a rerun with the same files and exits 0, after one read and no upload', async () => {
    const front = await startFront(t.index.url, () => ({ forward: true }));
    try {
      const run = await publish(inputs(front.url, set.dir));
      expect(run.errors).toEqual([]);
      expect(run.warnings).toEqual([]);
      expect(run.code).toBe(0);
      expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
      expect(json<string[]>(run.outputs.skipped).sort()).toEqual(set.filenames);
      expect(simpleReads(front)).toHaveLength(1);
      expect(posts(front)).toEqual([]);
      expect(t.index.files()).toHaveLength(set.filenames.length);
      expectNoLeak(run);
    } finally {
      await front.close();
    }
  });

  it('adds a file to the release: PyPI\'s 14-day rule is warehouse\'s, not this index\'s', async () => {
    const more = await makeReleaseSet(await tempDir('plain-more'), { pythons: ['cp313'], platforms: ['win_amd64'], sdist: false });
    try {
      const run = await publish(inputs(t.index.uploadUrl, more.dir));
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(json<string[]>(run.outputs.uploaded)).toEqual(more.filenames);
      expect(run.log).not.toContain('14-day rule');
      expectNoLeak(run);
    } finally {
      await rm(more.dir, { recursive: true, force: true });
    }
  });

  it('refuses the same filename with other bytes before any upload, naming both sha256 values', async () => {
    const other = await makeReleaseSet(await tempDir('plain-other'), { pythons: ['cp312'], platforms: ['win_amd64'], sdist: false, seed: 'another build' });
    try {
      const theirs = t.index.files().find((f) => f.filename === other.filenames[0])!;
      const mine = (await localDigests(other.paths)).get(theirs.filename)!;
      expect(mine).not.toBe(theirs.sha256);
      const front = await startFront(t.index.url, () => ({ forward: true }));
      const run = await publish(inputs(front.url, other.dir)).finally(() => front.close());
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain(`${theirs.filename} is already on the index with other bytes: the index has sha256 ${theirs.sha256}, the local file has sha256 ${mine}`);
      expect(run.errors[0]).toContain('nothing was uploaded');
      expect(posts(front)).toEqual([]);
      expectNoLeak(run);
    } finally {
      await rm(other.dir, { recursive: true, force: true });
    }
  });

  it('explains a wrong password without printing either', async () => {
    const wrong = 'not-the-Pa55word-9876';
    const run = await publish({ ...inputs(t.index.url, set.dir), password: wrong });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('The index refused to show demo-native: 401 Unauthorized');
    expect(run.errors[0]).toContain('were refused: check that the user and password (or token) are current and may read this project.');
    expect(secretLeaks(run, wrong)).toEqual([]);
    expect(rawLeaks(run.stdout + run.stderr, wrong)).toEqual([]);
  });

  it('never sends the password to another host a read is redirected to', async () => {
    const fresh = await startPlainIndex();
    // The other host reads the index with credentials of its own, so the redirected reads still succeed.
    const other = await startOtherHost(fresh.index.url, basicHeader(USER, PASSWORD));
    const front = await startFront(fresh.index.url, (r) => (r.method === 'GET' && r.path.startsWith('/simple/') ? { redirectTo: other.url } : { forward: true }));
    try {
      const run = await publish(inputs(front.url, set.dir));
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(await storedDigests(fresh)).toEqual(await localDigests(set.paths));
      expect(other.seen.length).toBeGreaterThanOrEqual(2);
      expect(other.seen.filter((r) => r.authorization !== undefined)).toEqual([]);
      // The front, the index's own origin, got them with every request.
      expect(front.seen.every((r) => r.authorization === basicHeader(USER, PASSWORD))).toBe(true);
      expectNoLeak(run);
    } finally {
      await front.close();
      await other.close();
      await fresh.close();
    }
  });
});

describe('a 409 "already exists" for a file the listing did not show yet', () => {
  let set: ReleaseSet;
  let t: TestIndex;
  beforeAll(async () => {
    set = await makeReleaseSet(await tempDir('plain-409'), { pythons: ['cp312'], platforms: ['win_amd64'] });
    t = await startPlainIndex();
    const first = await publish(inputs(t.index.uploadUrl, set.dir));
    expect(first.code).toBe(0);
  });
  afterAll(async () => {
    await t.close();
    await rm(set.dir, { recursive: true, force: true });
  });

  /** The simple index behind a front whose first read answers 404 (a listing not caught up), given with credentials in index-url. */
  async function staleIndexUrl(): Promise<{ indexUrl: string; close(): Promise<void> }> {
    const front = await startFront(t.index.url, (r) => (r.n === 0 ? { status: 404 } : { forward: true }));
    return { indexUrl: `${front.url.replace('http://', `http://${USER}:${PASSWORD}@`)}simple/`, close: () => front.close() };
  }

  it('with the same bytes: skipped, settled by the sha256 the listing shows', async () => {
    const stale = await staleIndexUrl();
    try {
      const run = await publish(inputs(t.index.uploadUrl, set.dir, { 'index-url': stale.indexUrl }));
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
      expect(json<string[]>(run.outputs.skipped).sort()).toEqual(set.filenames);
      for (const f of set.filenames) expect(run.log).toContain(`${f} is already on the index with the same sha256; skipped.`);
      expect(t.index.files()).toHaveLength(2);
      expectNoLeak(run);
    } finally {
      await stale.close();
    }
  });

  it('with other bytes: refused, naming both sha256 values', async () => {
    const other = await makeReleaseSet(await tempDir('plain-409-other'), { pythons: ['cp312'], platforms: ['win_amd64'], sdist: false, seed: 'rebuilt' });
    const stale = await staleIndexUrl();
    try {
      const theirs = t.index.files().find((f) => f.filename === other.filenames[0])!;
      const mine = (await localDigests(other.paths)).get(theirs.filename)!;
      const run = await publish(inputs(t.index.uploadUrl, other.dir, { 'index-url': stale.indexUrl }));
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain(`The index refused ${theirs.filename}: Package '${theirs.filename}' already exists!`);
      expect(run.errors[0]).toContain(`It holds that filename with sha256 ${theirs.sha256}; the local file has sha256 ${mine}.`);
      expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
      expectNoLeak(run);
    } finally {
      await stale.close();
      await rm(other.dir, { recursive: true, force: true });
    }
  });
});

describe('an interrupted publish (SIGKILL) of a set with an sdist', () => {
  /** The sdist is on the index only when every wheel of the set is. */
  function expectNoLoneSdist(t: TestIndex, set: ReleaseSet): { wheels: string[]; sdist: boolean } {
    const stored = new Set(t.index.files().map((f) => f.filename));
    const wheels = set.filenames.filter((f) => f.endsWith('.whl'));
    const sdist = set.filenames.find((f) => f.endsWith('.tar.gz'))!;
    if (stored.has(sdist)) expect(wheels.filter((w) => !stored.has(w))).toEqual([]);
    return { wheels: wheels.filter((w) => stored.has(w)), sdist: stored.has(sdist) };
  }

  it('never leaves the sdist on the index while a wheel is missing, and a rerun finishes with the sdist last', async () => {
    // Large wheels and a small sdist: were they uploaded side by side, the sdist would finish first.
    const set = await makeReleaseSet(await tempDir('kill-sdist'), { pythons: ['cp311', 'cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64', 'manylinux_2_17_x86_64.manylinux2014_x86_64'], padBytes: 2 * 1024 * 1024 });
    const t = await startPlainIndex();
    const sdist = set.filenames.find((f) => f.endsWith('.tar.gz'))!;
    const wheels = set.filenames.filter((f) => f.endsWith('.whl'));
    try {
      // Killed as soon as the sdist's upload starts: by then every wheel must be on the index.
      const killed = await startPublish(inputs(t.index.uploadUrl, set.dir, { concurrency: '4' }), { signalWhen: { pattern: `Uploading ${sdist}` } }).result;
      expect(killed.signal).toBe('SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 500)); // an upload that arrived whole just before the kill settles
      expect(expectNoLoneSdist(t, set).wheels.sort()).toEqual(wheels);

      // Killed mid-way through the wheels of a fresh index: the sdist is not there.
      const t2 = await startPlainIndex();
      try {
        const early = await startPublish(inputs(t2.index.uploadUrl, set.dir, { concurrency: '2' }), { signalWhen: { pattern: `Uploaded ${wheels[1]}:` } }).result;
        expect(early.signal).toBe('SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 500));
        const state = expectNoLoneSdist(t2, set);
        expect(state.sdist).toBe(false);

        const rerun = await publish(inputs(t2.index.uploadUrl, set.dir, { concurrency: '4' }));
        expect(rerun.errors).toEqual([]);
        expect(rerun.code).toBe(0);
        expect(json<string[]>(rerun.outputs.skipped)).toEqual(expect.arrayContaining(state.wheels));
        expect(await storedDigests(t2)).toEqual(await localDigests(set.paths));
        expect(duplicateUploads(t2.log)).toEqual([]);
        // The index's order of arrival: the sdist after every wheel.
        const serials = new Map(t2.index.files().map((f) => [f.filename, f.serial]));
        expect(Math.max(...wheels.map((w) => serials.get(w)!))).toBeLessThan(serials.get(sdist)!);
      } finally {
        await t2.close();
      }
    } finally {
      await t.close();
      await rm(set.dir, { recursive: true, force: true });
    }
  });
});

describe('twine against the plain mode', () => {
  const twine = twinePath();
  itIf(twine, 'twine (Debian package) is not installed: apt-get install -y twine')('uploads, reruns with --skip-existing on the 409s, and the action then skips what twine put there', async () => {
    const set = await makeReleaseSet(await tempDir('plain-twine'), { pythons: ['cp312'], platforms: ['win_amd64'] });
    const t = await startPlainIndex();
    const runTwine = (): Promise<{ code: number; out: string }> => new Promise((resolve) => {
      execFile(twine!, ['upload', '--repository-url', t.index.uploadUrl, '-u', USER, '-p', PASSWORD, '--non-interactive', '--disable-progress-bar', '--skip-existing', ...set.paths],
        { env: { ...process.env, NO_COLOR: '1', PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring' }, timeout: 100_000 },
        (error, stdout, stderr) => resolve({ code: error ? 1 : 0, out: `${stdout}${stderr}` }));
    });
    try {
      const first = await runTwine();
      expect(first.out).not.toContain('ERROR');
      expect(first.code).toBe(0);
      expect(await storedDigests(t)).toEqual(await localDigests(set.paths));
      const again = await runTwine();
      expect(again.code).toBe(0);
      // twine wraps its lines to the terminal's width.
      for (const path of set.paths) expect(again.out.replace(/\s+/g, ' ')).toContain(`Skipping ${basename(path)} because it appears to already exist`);

      const run = await publish(inputs(t.index.uploadUrl, set.dir));
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(json<string[]>(run.outputs.skipped).sort()).toEqual(set.filenames);
    } finally {
      await t.close();
      await rm(set.dir, { recursive: true, force: true });
    }
  });
});
