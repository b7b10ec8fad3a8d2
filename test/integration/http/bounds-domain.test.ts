/**
 * Issue 20's network bounds where they live, against hostile servers on
 * loopback, with limits a test can wait for: the upload window (8 attempts
 * within 30 minutes, here 3 seconds) against an index that answers one byte
 * at a time, the download cap, and the caps on the JSON API and trusted
 * publishing answers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publish, PublishFailed } from '../../../src/commands/pypi-publish/publish.js';
import { UserError } from '../../../src/errors.js';
import { HttpError } from '../../../src/http/index.js';
import { fetchRelease, resolveEndpoints, TrustedPublisher } from '../../../src/index-client/index.js';
import { MemoryLogger, silentLogger } from '../../../src/log.js';
import { downloadFile } from '../../../src/sources/http-download.js';
import { endlessBody, startHostile, type Hostile } from '../../support/hostile-http.js';
import { makeWheel } from '../../support/wheels.js';
import { TOKEN } from '../pypi-publish/helpers.js';

let hostile: Hostile | undefined;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bounds-domain-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await hostile?.close();
  hostile = undefined;
});

describe('the upload window', () => {
  it('ends an attempt whose answer trickles at the end of the window, and starts no other', async () => {
    const trickles: NodeJS.Timeout[] = [];
    // An index that takes the whole upload, then answers 200 one byte a second, without end; its JSON API knows nothing.
    hostile = await startHostile((req, res) => {
      if (req.method !== 'POST') {
        req.resume();
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message": "Not Found"}');
        return;
      }
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const timer = setInterval(() => res.write('.'), 1000);
        trickles.push(timer);
        res.on('close', () => clearInterval(timer));
      });
    });
    const packages = join(dir, 'window');
    await makeWheel(packages, { name: 'window-demo', version: '1.0', tags: 'py3-none-any' });
    const log = new MemoryLogger();
    try {
      const failure = await publish({
        index: resolveEndpoints(`${hostile.url}/legacy/`),
        packagesDir: packages,
        patterns: [],
        token: TOKEN,
        skipExisting: true,
        concurrency: 1,
        preflightOnly: false,
        maxFileSize: 100 * 1024 * 1024,
        mask: () => undefined,
        log,
        // The 30-minute window of 8 attempts, shrunk to 3 s.
        retry: { upload: { maxElapsedMs: 3000, baseDelayMs: 10, maxDelayMs: 20 } },
      }).then(() => undefined, (e: unknown) => e);
      expect(failure).toBeInstanceOf(PublishFailed);
      expect((failure as Error).message).toMatch(/window_demo-1\.0-py3-none-any\.whl: no complete answer within [0-3](\.\d)? s \(POST http:\/\/127\.0\.0\.1:\d+\/legacy\/\) \(no attempt left within the retry limits\)/);
      expect(hostile.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    } finally {
      for (const t of trickles) clearInterval(t);
    }
  }, 60_000);
});

describe('caps', () => {
  it('stops a download without a listed size at maxBytes, leaving nothing at dest', async () => {
    hostile = await startHostile(endlessBody('application/octet-stream', ''));
    const dest = join(dir, 'big.whl');
    const err = await downloadFile(`${hostile.url}/big.whl`, dest, { log: silentLogger, maxBytes: 4 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('big.whl: the server sent more than the 4.0 MiB accepted for one file. Refusing it.');
    expect(existsSync(dest)).toBe(false);
    // Not asked again: a file larger than allowed does not shrink on a retry.
    expect(hostile.requests).toHaveLength(1);
  });

  it('refuses a JSON API answer past its cap, naming the URL', async () => {
    hostile = await startHostile(endlessBody('application/json', '{"urls": ['));
    const err = await fetchRelease(new URL(`${hostile.url}/pypi/`), 'demo', '1.0').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).code).toBe('EBODYTOOLARGE');
    expect((err as Error).message).toBe(`GET ${hostile.url}/pypi/demo/1.0/json answered with more than 32.0 MiB, the most this answer may hold; it was not read further`);
  });

  it('refuses a trusted-publishing answer past its cap, naming the URL', async () => {
    hostile = await startHostile(endlessBody('application/json', '{"audience": "'));
    const publisher = new TrustedPublisher({ base: new URL(hostile.url), getIdToken: async () => 'x.y.z', mask: () => undefined, log: silentLogger });
    const err = await publisher.token().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      `Trusted publishing exchange failure: audience retrieval failed: GET ${hostile.url}/_/oidc/audience answered with more than 1.0 MiB, the most this answer may hold; it was not read further.`,
    );
    expect(hostile.requests).toHaveLength(1);
  });
});
