import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient, USER_AGENT } from '../../../src/github/client.js';
import { describeGitHubError, gitHubFailure, isAlreadyExists } from '../../../src/github/errors.js';
import { uploadAssetOnce } from '../../../src/github/releases.js';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';

/** A loopback server whose answers each test scripts: one entry per request, the last repeats. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}
type Answer = { status: number; headers?: Record<string, string>; body?: unknown; hangMs?: number };

let server: Server;
let baseUrl: string;
let script: Answer[] = [];
let seen: Seen[] = [];
const TOKEN = 'ghs_supersecrettoken0123456789';

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
      const answer = script.length > 1 ? script.shift()! : script[0]!;
      if (answer.hangMs) {
        const t = setTimeout(() => res.destroy(), answer.hangMs);
        res.on('close', () => clearTimeout(t));
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  script = [];
  seen = [];
});

const client = (log = new MemoryLogger()) => createGitHubClient({ token: TOKEN, baseUrl, log, retries: 3, retryAfterBaseMs: 1 });
const OK = { status: 200, body: { id: 1, name: 'v1.0' } };

describe('createGitHubClient', () => {
  it('identifies itself and authenticates with the token', async () => {
    script = [OK];
    await client().rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(seen[0]!.url).toBe('/repos/octo/example');
    expect(seen[0]!.headers['user-agent']).toContain(USER_AGENT);
    expect(seen[0]!.headers.authorization).toBe(`token ${TOKEN}`);
  });

  it('uses GITHUB_API_URL when no base URL is given', async () => {
    script = [OK];
    const before = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = baseUrl;
    try {
      await createGitHubClient({ token: TOKEN, log: new MemoryLogger() }).rest.repos.get({ owner: 'o', repo: 'r' });
    } finally {
      if (before === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = before;
    }
    expect(seen).toHaveLength(1);
  });

  it('retries a 5xx and succeeds, saying so in the log', async () => {
    script = [{ status: 502, body: { message: 'Bad gateway' } }, { status: 503, body: { message: 'busy' } }, OK];
    const log = new MemoryLogger();
    const { data } = await client(log).rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(data.id).toBe(1);
    expect(seen).toHaveLength(3);
    expect(log.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      'GitHub: GET /repos/{owner}/{repo} answered 502; trying again (retry 1 of 3).',
      'GitHub: GET /repos/{owner}/{repo} answered 503; trying again (retry 2 of 3).',
    ]);
  });

  it('gives up after a bounded number of retries', async () => {
    script = [{ status: 500, body: { message: 'boom' } }];
    await expect(client().rest.repos.get({ owner: 'octo', repo: 'example' })).rejects.toMatchObject({ status: 500 });
    expect(seen).toHaveLength(4);
  });

  it('honours Retry-After on a 403 and on a 429', async () => {
    script = [
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'Please wait' } },
      { status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too many requests' } },
      OK,
    ];
    const log = new MemoryLogger();
    await client(log).rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(seen).toHaveLength(3);
    expect(log.text()).toMatch(/403 \(retry after 1s\)/);
    expect(log.text()).toMatch(/429 \(retry after 2s\)/);
  });

  it('retries a secondary rate limit', async () => {
    script = [
      { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait.' } },
      OK,
    ];
    const log = new MemoryLogger();
    await client(log).rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(seen).toHaveLength(2);
    expect(log.text()).toMatch(/secondary rate limit/);
  });

  it('does not retry a 403 without Retry-After, a 404 or a 422', async () => {
    for (const status of [403, 404, 422]) {
      script = [{ status, body: { message: 'no' } }];
      seen = [];
      await expect(client().rest.repos.get({ owner: 'octo', repo: 'example' })).rejects.toMatchObject({ status });
      expect(seen).toHaveLength(1);
    }
  });

  it('abandons a request that hangs and retries it', async () => {
    script = [{ status: 0, hangMs: 5000 }, OK];
    const log = new MemoryLogger();
    const gh = createGitHubClient({ token: TOKEN, baseUrl, log, retries: 2, retryAfterBaseMs: 1, requestTimeoutMs: 200 });
    const { data } = await gh.rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(data.id).toBe(1);
    expect(seen).toHaveLength(2);
    expect(log.lines.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
      expect.stringMatching(/^GitHub: GET \/repos\/\{owner\}\/\{repo\} .*0\.2 s.*; trying again \(retry 1 of 2\)\.$/),
    ]);
  });

  it('never writes the token to the log, even when requests fail', async () => {
    script = [{ status: 500, body: { message: 'boom' } }];
    const log = new MemoryLogger();
    await client(log).rest.repos.get({ owner: 'octo', repo: 'example' }).catch(() => undefined);
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text()).not.toContain(TOKEN);
  });
});

describe('errors', () => {
  it('reads GitHub validation errors', async () => {
    script = [{ status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } }];
    const err = await client().rest.repos.createRelease({ owner: 'o', repo: 'r', tag_name: 'v1' }).catch((e: unknown) => e);
    expect(isAlreadyExists(err)).toBe(true);
    expect(describeGitHubError(err)).toBe('422 Validation Failed (Release.tag_name: already_exists)');
    const user = gitHubFailure(err, 'create the release');
    expect(user).toBeInstanceOf(UserError);
    expect((user as Error).message).toMatch(/^Could not create the release: 422 Validation Failed/);
  });

  it('explains a 403 and leaves non-HTTP errors alone', async () => {
    script = [{ status: 403, body: { message: 'Resource not accessible by integration' } }];
    const err = await client().rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect((gitHubFailure(err, 'read the repository') as Error).message).toMatch(/403 Resource not accessible by integration\. The token lacks a permission/);
    const bug = new TypeError('x is undefined');
    expect(gitHubFailure(bug, 'anything')).toBe(bug);
  });

  it('calls a 403 of the used-up rate limit what it is, with its reset, not a missing permission', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1_000_000;
    script = [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation ID 1.' } }];
    const err = await client().rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    const message = (gitHubFailure(err, 'read the repository') as Error).message;
    expect(message).toContain(`GitHub's API rate limit for this token is used up until ${new Date(reset * 1000).toISOString()}; run the step again after that`);
    expect(message).not.toContain('lacks a permission');
  });
});

describe('uploadAssetOnce', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'upload-test-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams the file with its Content-Length to the release upload URL', async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 7);
    const path = join(dir, 'pkg-1.0-py3-none-any.whl');
    await writeFile(path, bytes);
    script = [{ status: 201, body: { id: 5, name: 'pkg-1.0-py3-none-any.whl' } }];
    const asset = await uploadAssetOnce(
      client(),
      { upload_url: `${baseUrl}/uploads/repos/o/r/releases/1/assets{?name,label}` },
      { path, name: 'pkg-1.0-py3-none-any.whl', size: bytes.length, contentType: 'application/zip' },
    );
    expect(asset.id).toBe(5);
    expect(seen[0]!.method).toBe('POST');
    const url = new URL(seen[0]!.url, baseUrl);
    expect(url.pathname).toBe('/uploads/repos/o/r/releases/1/assets');
    expect(url.searchParams.get('name')).toBe('pkg-1.0-py3-none-any.whl');
    expect(seen[0]!.headers['content-length']).toBe(String(bytes.length));
    expect(seen[0]!.headers['content-type']).toBe('application/zip');
    expect(seen[0]!.headers['transfer-encoding']).toBeUndefined();
    expect(createHash('sha256').update(seen[0]!.body).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('is not retried by the client (a stream cannot be sent twice)', async () => {
    const path = join(dir, 'small.txt');
    await writeFile(path, 'hello');
    script = [{ status: 503, body: { message: 'busy' } }];
    await expect(
      uploadAssetOnce(client(), { upload_url: `${baseUrl}/up{?name,label}` }, { path, name: 'small.txt', size: 5, contentType: 'text/plain' }),
    ).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(1);
  });
});
