/**
 * create-release (dist/create-release/index.js, run as the runner runs it)
 * against the GitHub fake when GitHub stores a release but the answer is lost
 * (502 after the draft was made), with drafts an earlier run left, and with
 * an asset whose file name holds workflow commands.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftMarker } from '../../../src/commands/create-release/create-release.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { cleanupRunsAfterAll, injections, runAction, secretLeaks, type ActionRun } from '../../support/runner.js';

cleanupRunsAfterAll();

const TOKEN = 'ghs_createReleaseHostileToken0123456789';
const TAG = 'v2.11.0';

let fake: FakeGitHub;
let workspace: string;
let head: string;

beforeEach(async () => {
  fake = await startFakeGitHub({ token: TOKEN });
  head = fake.commitFiles('main', { VERSION: '2.11.0\n' }, 'Bump version to 2.11.0');
  workspace = await mkdtemp(join(tmpdir(), 'create-release-hostile-'));
  await mkdir(join(workspace, 'dist'));
  await writeFile(join(workspace, 'dist', 'pkg-2.11.0-py3-none-any.whl'), 'wheel bytes');
});

afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
  await rm(workspace, { recursive: true, force: true });
});

async function run(extra: Record<string, string> = {}): Promise<ActionRun> {
  const r = await runAction(
    'create-release',
    { 'commit-sha': head, version: '2.11.0', token: TOKEN, repository: 'octo/example', assets: 'dist/*.whl', notes: 'Notes.', ...extra },
    { workspace, env: fake.env() },
  );
  expect(r.fileCommandErrors).toEqual([]);
  expect(secretLeaks(r, TOKEN)).toEqual([]);
  return r;
}

const releasesOf = (tag: string) => fake.state.releases.filter((r) => r.tagName === tag);
const creates = () => fake.requests.filter((q) => q.operationId === 'repos/create-release');

describe('create-release when GitHub stores the release but the answer is lost', () => {
  it('ends with one release for the tag, and a rerun keeps it one', async () => {
    // Every create takes effect, and every answer to it is a 502.
    fake.injectFaults((req) => (req.operationId === 'repos/create-release' ? { status: 502, body: { message: 'Server Error' }, afterEffect: true } : undefined));
    const first = await run({ draft: 'false' });
    expect(first.errors).toEqual([]);
    expect(first.code).toBe(0);
    // Not created twice: after the 502 the action looked and found its draft.
    expect(creates()).toHaveLength(1);
    expect(first.log).toMatch(/GitHub stored the draft release \d+ for v2\.11\.0 after all/);
    let all = releasesOf(TAG);
    expect(all).toHaveLength(1);
    expect(all[0]!.draft).toBe(false);
    expect(all[0]!.body).toBe('Notes.');
    expect(all[0]!.assets.map((a) => a.name)).toEqual(['pkg-2.11.0-py3-none-any.whl']);
    expect(first.outputs['release-id']).toBe(String(all[0]!.id));

    const rerun = await run({ draft: 'false' });
    expect(rerun.code).toBe(0);
    expect(creates()).toHaveLength(1);
    all = releasesOf(TAG);
    expect(all).toHaveLength(1);
    expect(rerun.outputs['release-id']).toBe(String(all[0]!.id));
  });

  it('when the 502 came back before anything was stored, creates once more after looking', async () => {
    fake.injectFaults((req) => (req.operationId === 'repos/create-release' && req.count === 1 ? { status: 502, body: { message: 'Server Error' } } : undefined));
    const r = await run();
    expect(r.code).toBe(0);
    expect(creates().map((q) => q.status)).toEqual([502, 201]);
    expect(releasesOf(TAG)).toHaveLength(1);
    expect(releasesOf(TAG)[0]!.body).toBe('Notes.');
  });

  it('a rerun removes the drafts this action left for the commit, never a published release or a draft it did not make', async () => {
    const published = fake.addRelease({ tag_name: TAG, name: TAG, target_commitish: head, body: 'Published notes.' });
    const left = [1, 2].map(() => fake.addRelease({ tag_name: TAG, name: TAG, draft: true, target_commitish: head, body: draftMarker(TAG, head) }).id);
    const persons = fake.addRelease({ tag_name: TAG, name: 'hand-written', draft: true, target_commitish: head, body: 'A person’s draft.' }).id;
    const elsewhere = fake.addRelease({ tag_name: TAG, name: TAG, draft: true, target_commitish: 'main', body: draftMarker(TAG, 'f'.repeat(40)) }).id;
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs['release-id']).toBe(String(published.id));
    expect(releasesOf(TAG).map((x) => x.id).sort((a, b) => a - b)).toEqual([published.id, persons, elsewhere].sort((a, b) => a - b));
    for (const id of left) expect(r.log).toContain(`removing the duplicate draft ${id} and using ${published.id}`);
    expect(creates()).toEqual([]);
  });
});

describe('create-release and an asset whose file name holds workflow commands', () => {
  it('refuses the name before anything is written, and runs none of the commands in it', async () => {
    const name = 'pkg-2.11.0\n::set-output name=tag::HOSTILE\n  ::stop-commands::HOSTILEpause\n::warning::HOSTILE spoofed.whl';
    await writeFile(join(workspace, 'dist', name), 'hostile bytes');
    const snapshot = fake.snapshot();
    const r = await run();
    expect(r.code).toBe(1);
    expect(injections(r, 'HOSTILE', 'create-release')).toEqual([]);
    expect(r.errors).toEqual([
      `Input 'assets': the file name ${JSON.stringify(name)} holds a control character (a line break, say). Rename the file, or exclude it with a ! line. Nothing was uploaded.`,
    ]);
    expect(r.outputs).toEqual({});
    expect(fake.snapshot()).toBe(snapshot);
  });
});

describe('create-release and files that would publish what they must not', () => {
  /** Nothing was written to GitHub: no release, no asset. */
  const nothingChanged = () => {
    expect(fake.state.releases).toEqual([]);
    expect(fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  };

  it('refuses a notes-file that is a link leading out of the workspace (here: the process environment, token included)', async () => {
    const { symlink } = await import('node:fs/promises');
    await symlink('/proc/self/environ', join(workspace, 'RELEASE_NOTES.md'));
    const r = await run({ notes: '', 'notes-file': 'RELEASE_NOTES.md' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining(`Input 'notes-file' is invalid`)]);
    expect(r.errors[0]).toContain(`${join(workspace, 'RELEASE_NOTES.md')} is a link that leads out of the workspace, to /proc/`);
    nothingChanged();
  });

  it('refuses an asset that is a link leading out of the workspace, uploading nothing', async () => {
    const { symlink } = await import('node:fs/promises');
    const outside = await mkdtemp(join(tmpdir(), 'outside-'));
    await writeFile(join(outside, 'credentials'), 'secret stuff');
    await symlink(join(outside, 'credentials'), join(workspace, 'dist', 'pkg-2.11.0.tar.gz'));
    const r = await run({ assets: 'dist/*' });
    await rm(outside, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      `Input 'assets': ${join(workspace, 'dist', 'pkg-2.11.0.tar.gz')} → ${join(outside, 'credentials')}: a link leads out of the workspace, and the upload would publish what they point at. Give the files themselves, or exclude the links with ! lines. Nothing was uploaded.`,
    ]);
    nothingChanged();
  });

  it('refuses notes that hold the token, before anything is written', async () => {
    await writeFile(join(workspace, 'NOTES.md'), `Pasted by mistake: ${TOKEN}\n`);
    const r = await run({ notes: '', 'notes-file': 'NOTES.md' });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(['NOTES.md holds a secret of this run (a token or password the step was given), which the release notes would publish. Remove it. Nothing was changed.']);
    nothingChanged();
  });
});
