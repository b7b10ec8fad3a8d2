/**
 * An index that refuses the token exchange with pages of reasons: the error
 * keeps each reason to a message's length and lists at most ten, so a hostile
 * or broken index cannot fill the log and the step summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TrustedPublisher } from '../../../src/index-client/trusted-publishing.js';
import { MemoryLogger } from '../../../src/log.js';

let server: Server;
let base: URL;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/_/oidc/audience') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"audience": "pypi"}');
      return;
    }
    const errors = Array.from({ length: 50 }, (_, i) => ({ code: `code-${i}`, description: `reason ${i} ${'x'.repeat(15_000)}` }));
    res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Token request failed', errors }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a refused token exchange', () => {
  it('names ten reasons, each cut to 500 characters, and how many more there were', async () => {
    const publisher = new TrustedPublisher({ base, getIdToken: async () => 'a.b.c', mask: () => {}, log: new MemoryLogger(), retry: { maxAttempts: 1 } });
    const err = (await publisher.token().catch((e: unknown) => e)) as Error;
    expect(err.message).toContain('Token request failed: the server refused the request for the following reasons:');
    expect(err.message).toContain(`* \`code-0\`: reason 0 ${'x'.repeat(491)}… (14509 more characters)`);
    expect(err.message).toContain('* `code-9`: reason 9');
    expect(err.message).not.toContain('code-10');
    expect(err.message).toContain('* … and 40 more');
    expect(err.message.length).toBeLessThan(10_000);
  });
});
