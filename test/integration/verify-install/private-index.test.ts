/**
 * Publish and verify-install through a user and password, against a private
 * index (the embedded one in plain mode: every request needs the user). The
 * index's address redirects its pages and files to another host, which
 * records what it is sent: the password must never reach it, neither from
 * this action's own reads nor from pip's.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { basename } from 'node:path';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { basicHeader, rawLeaks, startFront, startOtherHost, type Front } from '../../support/index-front.js';
import { cleanupRunsAfterAll, runAction, secretLeaks, type ActionRun } from '../../support/runner.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeWheel } from '../../support/wheels.js';
import { cleanupAll, tempDir } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const USER = 'reader';
const PASSWORD = 'private-Index-pa55-4567';
const PY = '3.12';

let index: LocalIndex;
let front: Front;
let other: Front;
let wheel: string;

beforeAll(async () => {
  if (!pythonPath(PY)) return;
  index = await startLocalIndex({ dir: await tempDir('private-index-'), mode: 'plain', users: { [USER]: PASSWORD } });
  // The other host fetches from the index with credentials of its own, so redirected requests still succeed.
  other = await startOtherHost(index.url, basicHeader(USER, PASSWORD));
  front = await startFront(index.url, (r) => (r.method === 'GET' && /^\/(simple|files)\//.test(r.path) ? { redirectTo: other.url } : { forward: true }));
  const dir = await tempDir('private-wheels-');
  wheel = await makeWheel(dir, { name: 'private-demo', version: '1.0', tags: 'py3-none-any' });
  const published = await runAction('pypi-publish', { repository: index.uploadUrl, 'packages-dir': dir, user: USER, password: PASSWORD });
  expect(published.errors).toEqual([]);
  expect(published.code).toBe(0);
  expectNoLeak(published);
});

afterAll(async () => {
  await front?.close();
  await other?.close();
  await index?.close();
});

function expectNoLeak(run: ActionRun): void {
  expect(secretLeaks(run, PASSWORD)).toEqual([]);
  expect(rawLeaks(run.stdout + run.stderr, PASSWORD)).toEqual([]);
  expect(run.masks).toContain(PASSWORD);
}

/** index-url as pip takes credentials: in the URL. */
const privateIndex = (): string => `${front.url.replace('http://', `http://${USER}:${PASSWORD}@`)}simple/`;

describeIf(pythonPath(PY), `Python ${PY} is not installed under /root/.pyenv/versions`)('verify-install on a private index', () => {
  for (const mode of ['index', 'exact-file'] as const) {
    it(`${mode} mode: polls, downloads and installs with the credentials, which never follow a redirect to another host`, async () => {
      const seenBefore = other.seen.length;
      const run = await runAction('verify-install', {
        package: 'private-demo',
        version: '1.0',
        'index-url': privateIndex(),
        ...(mode === 'exact-file' ? { repository: 'testpypi', 'dependency-index-url': privateIndex() } : {}),
        python: PY,
        'wait-timeout': '30',
      });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.outputs.wheel).toBe(basename(wheel));
      // Every read was sent to the index's address with the user, and redirected to the other host.
      const mine = other.seen.slice(seenBefore);
      expect(mine.some((r) => r.path.startsWith('/simple/private-demo/'))).toBe(true);
      expect(mine.some((r) => r.path.startsWith('/files/'))).toBe(true);
      expect(mine.filter((r) => r.authorization !== undefined)).toEqual([]);
      expect(front.seen.filter((r) => r.path.startsWith('/simple/')).every((r) => r.authorization === basicHeader(USER, PASSWORD))).toBe(true);
      expectNoLeak(run);
    });
  }

  it('without credentials the index refuses to show the project, and the step says what to do', async () => {
    const run = await runAction('verify-install', { package: 'private-demo', version: '1.0', 'index-url': `${index.url}simple/`, python: PY, 'wait-timeout': '30' });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain('The index refused to show private-demo: 401 Unauthorized');
    expect(run.errors[0]).toContain('Put credentials in the index URL');
  });
});
