import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../../../../src/errors.js';
import { MemoryLogger } from '../../../../src/log.js';
import { startLocalIndex, type LocalIndex } from '../../../../src/index-server/index.js';
import {
  describeListing,
  evaluateListing,
  pollDelayMs,
  requiresPythonAllows,
  waitForRelease,
  type Target,
} from '../../../../src/commands/verify-install/availability.js';
import { projectPageUrl, type IndexFile } from '../../../../src/commands/verify-install/simple-page.js';
import { FakeClock, buildWheel, tempDir, upload } from '../../index-server/builders.js';

const TAGS_312 = ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64', 'cp312-abi3-manylinux2014_x86_64', 'cp312-none-any', 'py3-none-any'];
const target: Target = { project: 'Demo_Pkg', version: '1.0rc1', tags: TAGS_312, pythonVersion: '3.12.1', pythonLabel: 'CPython 3.12.1', allowYanked: true };
const file = (filename: string, extra: Partial<IndexFile> = {}): IndexFile => ({ filename, url: `https://f.example/${filename}`, yanked: false, ...extra });

describe('evaluateListing', () => {
  it('finds the version under PEP 440 equality and chooses the wheel pip prefers', () => {
    const e = evaluateListing([
      file('demo_pkg-0.9-py3-none-any.whl'),
      file('demo_pkg-1.0.0rc1-py3-none-any.whl'),
      file('demo_pkg-1.0.0rc1-cp312-cp312-manylinux2014_x86_64.whl'),
      file('demo_pkg-1.0.0rc1.tar.gz'),
      file('other-1.0rc1-py3-none-any.whl'),
      file('not a distribution'),
    ], target);
    expect(e.versions).toEqual(['0.9', '1.0.0rc1']);
    expect(e.chosen?.filename).toBe('demo_pkg-1.0.0rc1-cp312-cp312-manylinux2014_x86_64.whl');
    expect(e.compatible.map((f) => f.filename)).toEqual(['demo_pkg-1.0.0rc1-cp312-cp312-manylinux2014_x86_64.whl', 'demo_pkg-1.0.0rc1-py3-none-any.whl']);
    expect(e.files.find((v) => v.file.filename.endsWith('.tar.gz'))?.rejected).toContain('an sdist');
  });

  it('says why a file of the version is not for this interpreter', () => {
    const e = evaluateListing([
      file('demo_pkg-1.0rc1-cp311-cp311-manylinux2014_x86_64.whl'),
      file('demo_pkg-1.0rc1-py3-none-any.whl', { requiresPython: '>=3.13' }),
    ], target);
    expect(e.chosen).toBeUndefined();
    expect(e.files.map((v) => v.rejected)).toEqual([
      'not for CPython 3.12.1: none of its tags (cp311-cp311-manylinux2014_x86_64) is one this interpreter\'s pip accepts',
      'Requires-Python ">=3.13" excludes CPython 3.12.1',
    ]);
    const page = { url: 'https://i.example/simple/demo-pkg/', format: 'json' as const, files: [] };
    expect(describeListing(e, target, page)).toBe(
      'https://i.example/simple/demo-pkg/ lists version 1.0rc1; the files of 1.0rc1 are: '
      + 'demo_pkg-1.0rc1-cp311-cp311-manylinux2014_x86_64.whl (not for CPython 3.12.1: none of its tags (cp311-cp311-manylinux2014_x86_64) is one this interpreter\'s pip accepts); '
      + 'demo_pkg-1.0rc1-py3-none-any.whl (Requires-Python ">=3.13" excludes CPython 3.12.1).',
    );
  });

  it('counts a yanked file only when the requirement pins it (pip skips it for pip install -U)', () => {
    const files = [file('demo_pkg-1.0rc1-py3-none-any.whl', { yanked: 'broken' })];
    expect(evaluateListing(files, target).chosen).toBeDefined();
    expect(evaluateListing(files, { ...target, allowYanked: false }).files[0]!.rejected).toBe('yanked (broken): pip skips it unless pinned with ==');
  });

  it('describes a page without the version', () => {
    const e = evaluateListing([file('demo_pkg-0.9-py3-none-any.whl'), file('demo_pkg-0.8-py3-none-any.whl')], target);
    expect(describeListing(e, target, { url: 'u', format: 'html', files: [] })).toBe('u lists versions 0.8, 0.9, but no file of 1.0rc1.');
  });
});

describe('requiresPythonAllows', () => {
  it('checks X.Y.Z as pip does, ignoring a pre-release suffix of the interpreter', () => {
    expect(requiresPythonAllows('>=2.7, !=3.0.*, !=3.1.*', '2.7.18')).toBe(true);
    expect(requiresPythonAllows('>=3.8', '2.7.18')).toBe(false);
    expect(requiresPythonAllows('>=3.14', '3.14.0rc1')).toBe(true);
    expect(requiresPythonAllows(undefined, '3.12.1')).toBe(true);
    expect(requiresPythonAllows('not a specifier', '3.12.1')).toBe(true);
  });
});

describe('pollDelayMs', () => {
  it('starts at about a second, grows by half each time and is capped at 10 s (±10 % jitter)', () => {
    const mid = (n: number) => pollDelayMs(n, () => 0.5);
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(mid)).toEqual([1000, 1500, 2250, 3375, 5063, 7594, 10000, 10000]);
    expect(pollDelayMs(1, () => 0)).toBe(900);
    expect(pollDelayMs(30, () => 1)).toBe(11000);
  });
});

describe('waitForRelease against the local index', () => {
  let index: LocalIndex;
  let clock: FakeClock;
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir('verify-wait-');
    clock = new FakeClock();
    index = await startLocalIndex({ dir: dir.path, delaySeconds: 30, now: clock.now });
  });
  afterAll(async () => {
    await index.close();
    await dir.remove();
  });

  /** The index's clock drives the wait: a sleep moves it forward. */
  function options(project: string, version: string, waitSeconds: number, log = new MemoryLogger()) {
    const startedAt = clock.now().getTime();
    return {
      indexUrl: index.simpleUrl,
      projectUrl: projectPageUrl(index.simpleUrl, project),
      target: { project, version, pythonVersion: '3.12.1', pythonLabel: 'CPython 3.12.1', allowYanked: true },
      tags: Promise.resolve(TAGS_312),
      startedAt,
      deadline: startedAt + waitSeconds * 1000,
      log,
      now: () => clock.now().getTime(),
      sleep: async (ms: number) => clock.advance(ms / 1000),
      random: () => 0.5,
    };
  }

  it('polls with backoff until the propagation delay has passed', async () => {
    const wheel = await buildWheel({ name: 'wait_demo', version: '1.0' });
    expect((await upload(index.url, wheel)).status).toBe(200);
    const log = new MemoryLogger();
    const got = await waitForRelease(options('wait-demo', '1.0', 120, log));
    expect(got.evaluation.chosen.filename).toBe('wait_demo-1.0-py3-none-any.whl');
    expect(got.page.format).toBe('json');
    // Polls at 0, 1, 2.5, 4.75, 8.1, 13.2, 20.8, 30.8 s: the first one after 30 s.
    expect(got.secondsToAvailable).toBeCloseTo(30.8, 0);
    expect(got.polls).toBe(8);
    // "Not listed" is said once, not at every poll.
    expect(log.text().match(/404 \(the project is not listed\)/g)).toHaveLength(1);
  });

  it('at the deadline, says what the index listed', async () => {
    await upload(index.url, await buildWheel({ name: 'wait_demo', version: '1.1' }));
    const error = await waitForRelease(options('wait-demo', '1.1', 10)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('wait-demo 1.1 with a wheel for CPython 3.12.1 did not appear on');
    expect((error as Error).message).toContain('within wait-timeout (10.0 s; last poll at 10.0 s)');
    expect((error as Error).message).toContain(`${index.simpleUrl}wait-demo/ lists version 1.0, but no file of 1.1.`);
  });

  it('at the deadline, says that the project is not there at all', async () => {
    const error = await waitForRelease(options('never-uploaded', '1.0', 3)).catch((e: unknown) => e);
    expect((error as Error).message).toContain('never-uploaded/ answered 404: the index does not list never-uploaded at all');
  });
});

describe('waitForRelease and a misbehaving index', () => {
  let server: Server;
  let base: string;
  let answers: number[];
  beforeAll(async () => {
    server = createServer((_req, res) => {
      const status = answers.shift() ?? 200;
      if (status !== 200) {
        res.writeHead(status);
        res.end('no');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<a href="/f/flaky-1.0-py3-none-any.whl">flaky-1.0-py3-none-any.whl</a>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/simple/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const opts = () => ({
    indexUrl: base,
    projectUrl: projectPageUrl(base, 'flaky'),
    target: { project: 'flaky', version: '1.0', pythonVersion: '3.12.1', pythonLabel: 'CPython 3.12.1', allowYanked: true },
    tags: TAGS_312,
    startedAt: Date.now(),
    deadline: Date.now() + 60_000,
    sleep: async () => {},
  });

  it('rides out 5xx and 429 answers', async () => {
    answers = [503, 429, 502];
    const got = await waitForRelease(opts());
    expect(got.polls).toBe(4);
  });

  it('stops at once on 401/403 and other client errors', async () => {
    answers = [401];
    await expect(waitForRelease(opts())).rejects.toThrow(/The index refused to show flaky: 401.*Put credentials in the index URL/);
    answers = [403];
    const withCredentials = { ...opts(), projectUrl: opts().projectUrl.replace('http://', 'http://__token__:secret@') };
    await expect(waitForRelease(withCredentials)).rejects.toThrow(/The index refused to show flaky: 403.*The credentials in index-url were refused/);
    answers = [400];
    await expect(waitForRelease(opts())).rejects.toThrow('Check index-url');
  });

  it('stops at once where waiting cannot help: TLS spoken to a plain-HTTP index', async () => {
    const started = Date.now();
    const tls = { ...opts(), projectUrl: opts().projectUrl.replace('http://', 'https://') };
    await expect(waitForRelease(tls)).rejects.toThrow(/Could not read https:\/\/127\.0\.0\.1:\d+\/simple\/flaky\/: [\s\S]*Waiting would not change that: check index-url/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
