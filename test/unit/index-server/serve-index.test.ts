import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { EventEmitter } from 'node:events';
import { serveIndexCommand, type ServeIndexIo } from '../../../src/cli/serve-index.js';
import { MemoryLogger } from '../../../src/log.js';
import { buildWheel, tempDir, tokenAuth, upload } from './builders.js';

let dir: { path: string; remove(): Promise<void> };

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(async () => {
  await dir.remove();
});

function fakeIo(env: Record<string, string> = {}): ServeIndexIo & { stdout: string[]; stderr: string[]; signals: EventEmitter } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), signals: new EventEmitter(), env, log: new MemoryLogger() };
}

async function waitForUrl(io: { stdout: string[] }): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /Local package index at (\S+)/.exec(io.stdout.join(''));
    if (match) return match[1];
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the index never printed its URL: ${io.stdout.join('')}`);
}

describe('pyrelease serve-index', () => {
  it('serves until SIGTERM, prints the URLs but never the token, and exits 0', async () => {
    const io = fakeIo();
    const running = serveIndexCommand(['--port', '0', '--dir', dir.path, '--token', 'pypi-cli-secret', '--delay', '30s'], io);
    const url = await waitForUrl(io);
    expect(io.stdout.join('')).toContain(`upload (twine --repository-url): ${url}legacy/`);
    expect(io.stdout.join('')).toContain(`simple (pip --index-url):        ${url}simple/`);
    expect(io.stdout.join('')).toContain('30 s before a file shows');
    expect((await upload(url, await buildWheel(), { auth: tokenAuth('pypi-cli-secret') })).status).toBe(200);
    expect((await upload(url, await buildWheel({ version: '2.0' }), { auth: null })).status).toBe(403);
    expect(io.signals.listenerCount('SIGTERM')).toBe(1);
    io.signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(io.signals.listenerCount('SIGTERM') + io.signals.listenerCount('SIGINT')).toBe(0);
    const all = io.stdout.join('') + io.stderr.join('') + (io.log as MemoryLogger).text();
    expect(all).not.toContain('pypi-cli-secret');
    expect(io.stdout.join('')).toContain('stopped (SIGTERM)');
    await expect(fetch(url)).rejects.toThrow();
  });

  it('reads the token from PYRELEASE_INDEX_TOKEN and stops on SIGINT', async () => {
    const io = fakeIo({ PYRELEASE_INDEX_TOKEN: 'pypi-env-secret' });
    const running = serveIndexCommand(['--dir', dir.path], io);
    const url = await waitForUrl(io);
    expect((await upload(url, await buildWheel(), { auth: tokenAuth('pypi-env-secret') })).status).toBe(200);
    io.signals.emit('SIGINT');
    expect(await running).toBe(0);
    expect(io.stdout.join('')).not.toContain('pypi-env-secret');
  });

  it('--plain with users: every request needs one of them, an existing file gets 409, and no password is printed', async () => {
    const io = fakeIo({ PYRELEASE_INDEX_USER: 'ignored:when-user-is-given' });
    const running = serveIndexCommand(['--dir', dir.path, '--plain', '--user', 'ci:ci-cli-secret', '--user', 'bot:bot-cli-secret'], io);
    const url = await waitForUrl(io);
    const out = io.stdout.join('');
    expect(out).toContain('(plain: the simple API only, 409 for an existing file)');
    expect(out).toContain(`upload (twine --repository-url): ${url}\n`);
    expect(out).not.toContain('JSON API');
    expect(out).toContain('every request needs a user: ci, bot');
    const wheel = await buildWheel();
    expect((await upload(url, wheel, { auth: { user: 'bot', password: 'bot-cli-secret' }, path: '/' })).status).toBe(200);
    expect((await upload(url, wheel, { auth: { user: 'ci', password: 'ci-cli-secret' }, path: '/' })).status).toBe(409);
    expect((await fetch(`${url}simple/`)).status).toBe(401);
    expect((await upload(url, await buildWheel({ version: '2.0' }), { auth: { user: 'ignored', password: 'when-user-is-given' } })).status).toBe(401);
    io.signals.emit('SIGTERM');
    expect(await running).toBe(0);
    const all = io.stdout.join('') + io.stderr.join('') + (io.log as MemoryLogger).text();
    expect(all).not.toMatch(/ci-cli-secret|bot-cli-secret/);
  });

  it('refuses --user without --plain, and a --user that is not NAME:PASSWORD without repeating it', async () => {
    for (const [argv, message] of [
      [['--dir', 'x', '--user', 'ci:pw-one'], /--user needs --plain/],
      [['--dir', 'x', '--plain', '--user', 'ci:'], /--user must be NAME:PASSWORD, both not empty \(got 'ci:…'\)/],
      [['--dir', 'x', '--plain', '--user', 'no-colon-secret'], /--user must be NAME:PASSWORD, both not empty \(got no name\)/],
    ] as [string[], RegExp][]) {
      const io = fakeIo();
      expect(await serveIndexCommand(argv, io)).toBe(2);
      expect(io.stderr.join('')).toMatch(message);
      expect(io.stderr.join('')).not.toMatch(/pw-one|no-colon-secret/);
    }
  });

  it.each([
    [['--port', '1'], /--dir is required/],
    [['--dir', 'x', '--port', 'eighty'], /--port must be a number from 0 to 65535, not 'eighty'/],
    [['--dir', 'x', '--delay', 'soon'], /--delay must be seconds/],
    [['--dir', 'x', '--max-file-size', 'big'], /--max-file-size must be a size/],
  ])('exits 2 with usage for %j', async (argv, message) => {
    const io = fakeIo();
    expect(await serveIndexCommand(argv, io)).toBe(2);
    expect(io.stderr.join('')).toMatch(message);
    expect(io.stderr.join('')).toContain('Usage: pyrelease serve-index');
  });

  it('exits 2 with one line naming an unknown option', async () => {
    const io = fakeIo();
    expect(await serveIndexCommand(['--dir', 'x', '--verbose'], io)).toBe(2);
    expect(io.stderr.join('')).toBe("pyrelease serve-index: unknown option '--verbose' (see 'pyrelease serve-index --help')\n");
  });
});
