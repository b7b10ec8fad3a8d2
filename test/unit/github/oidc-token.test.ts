/**
 * The job's OIDC token from the Actions runtime, over real loopback HTTP: the
 * bearer never follows a redirect to another origin (host or port), a slow or
 * endless answer ends at the deadline or the cap, a refusal says what the
 * service said and what to do.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { fetchIdToken, idTokenSource } from '../../../src/github/oidc-token.js';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { endlessBody, startHostile, type Hostile } from '../../support/hostile-http.js';

const REQUEST_TOKEN = 'request-bearer-0123456789abcdef';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vZXhhbXBsZSJ9.c2lnbmF0dXJl';
const servers: Hostile[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
async function serve(handler: Parameters<typeof startHostile>[0]): Promise<Hostile> {
  const s = await startHostile(handler);
  servers.push(s);
  return s;
}
const noRetry = { log: silentLogger, retry: { maxAttempts: 1 } };

describe('fetchIdToken', () => {
  it('asks with the bearer and the audience, as @actions/core does, and returns the token', async () => {
    const runtime = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: JWT }));
    });
    const token = await fetchIdToken({ requestUrl: `${runtime.url}/idtoken?api-version=2.0`, requestToken: REQUEST_TOKEN }, 'pypi', noRetry);
    expect(token).toBe(JWT);
    expect(runtime.requests).toHaveLength(1);
    expect(runtime.requests[0]!.path).toBe('/idtoken?api-version=2.0&audience=pypi');
    expect(runtime.requests[0]!.headers.authorization).toBe(`Bearer ${REQUEST_TOKEN}`);
  });

  it.each([
    ['another host', 'localhost'],
    ['another port', '127.0.0.1'],
  ])('never sends the bearer to %s a redirect points at', async (_what, host) => {
    const elsewhere = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: JWT }));
    });
    const target = elsewhere.url.replace('127.0.0.1', host);
    const runtime = await serve((req, res) => {
      res.writeHead(302, { location: `${target}/steal` });
      res.end();
    });
    await fetchIdToken({ requestUrl: `${runtime.url}/idtoken?api-version=2.0`, requestToken: REQUEST_TOKEN }, 'pypi', noRetry);
    expect(runtime.requests[0]!.headers.authorization).toBe(`Bearer ${REQUEST_TOKEN}`);
    // Followed, without the bearer (a token from there is no GitHub token, and the index refuses it).
    expect(elsewhere.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/steal', undefined]]);
  });

  it('gives up on an answer that trickles forever, at the deadline', async () => {
    const runtime = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"value": "');
      const drip = setInterval(() => res.write('a'), 200);
      res.on('close', () => clearInterval(drip));
    });
    const started = Date.now();
    // The action's deadline is 20 s an attempt; a shorter one keeps the test short.
    const err = await fetchIdToken({ requestUrl: `${runtime.url}/idtoken?x=1`, requestToken: REQUEST_TOKEN }, 'pypi', { ...noRetry, timeouts: { deadlineMs: 1500 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/OIDC token service .* could not be read: .*Rerun the job/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops reading an endless answer at its cap', async () => {
    const runtime = await serve(endlessBody('application/json', '{"value": "'));
    const err = await fetchIdToken({ requestUrl: `${runtime.url}/idtoken?x=1`, requestToken: REQUEST_TOKEN }, 'pypi', noRetry).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/could not be read/);
    expect(runtime.sent()).toBeLessThan(8 * 1024 * 1024);
  });

  it('retries a 503 and then takes the token', async () => {
    let calls = 0;
    const runtime = await serve((req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503, { 'retry-after': '0' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ value: JWT }));
    });
    const token = await fetchIdToken({ requestUrl: `${runtime.url}/idtoken?x=1`, requestToken: REQUEST_TOKEN }, 'sigstore', { log: silentLogger, retry: { baseDelayMs: 1 } });
    expect(token).toBe(JWT);
    expect(calls).toBe(2);
  });

  it("says what the service answered on a refusal, and what to do; and refuses an answer without a token", async () => {
    const refusing = await serve((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Token has expired' }));
    });
    await expect(fetchIdToken({ requestUrl: `${refusing.url}/idtoken?x=1`, requestToken: REQUEST_TOKEN }, 'pypi', noRetry))
      .rejects.toThrow(/answered 401: Token has expired\. Check that the job has `permissions: id-token: write`/);
    const empty = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"count": 0}');
    });
    await expect(fetchIdToken({ requestUrl: `${empty.url}/idtoken?x=1`, requestToken: REQUEST_TOKEN }, 'pypi', noRetry)).rejects.toThrow(/answered 200 without a token/);
  });

  it('finds the source only where the runner set both variables', () => {
    expect(idTokenSource({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/y', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toEqual({ requestUrl: 'https://x/y', requestToken: 't' });
    expect(idTokenSource({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/y' })).toBeUndefined();
  });
});
