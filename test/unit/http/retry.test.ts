import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/log.js';
import { HttpStatusError, TransientError, httpRetryDecision, isTransientNetworkError, parseRetryAfter } from '../../../src/http/index.js';
import { backoffDelay, withRetry, type RetryOptions } from '../../../src/http/index.js';

function recorder(): { sleeps: number[]; opts: RetryOptions } {
  const sleeps: number[] = [];
  return {
    sleeps,
    opts: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
  };
}

describe('withRetry', () => {
  it('retries until success and reports the attempt number', async () => {
    const { sleeps, opts } = recorder();
    const seen: number[] = [];
    const result = await withRetry(
      async (attempt) => {
        seen.push(attempt);
        if (attempt < 3) throw new TransientError('flaky');
        return 'ok';
      },
      () => ({ retry: true }),
      opts,
    );
    expect(result).toBe('ok');
    expect(seen).toEqual([1, 2, 3]);
    // equal jitter with random 0.5: 3/4 of base·2^(n-1)
    expect(sleeps).toEqual([75, 150]);
  });

  it('throws the last error unchanged when attempts run out', async () => {
    const { sleeps, opts } = recorder();
    let n = 0;
    const err = await withRetry(async () => { throw new Error(`fail ${++n}`); }, () => ({ retry: true }), { ...opts, maxAttempts: 3 }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('fail 3');
    expect(sleeps).toHaveLength(2);
  });

  it('stops at the first error the caller says is final', async () => {
    const { sleeps, opts } = recorder();
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('404'); }, () => ({ retry: false }), opts)).rejects.toThrow('404');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('waits as long as a server hint asks, even past maxDelayMs', async () => {
    const { sleeps, opts } = recorder();
    let calls = 0;
    await withRetry(
      async () => { if (++calls < 3) throw new Error('429'); return 1; },
      () => ({ retry: true, delayMs: calls === 1 ? 250 : 60_000 }),
      opts,
    );
    expect(sleeps).toEqual([250, 60_000]);
  });

  it('gives up, and says why, when a server hint is longer than maxHintMs', async () => {
    const { sleeps, opts } = recorder();
    const log = new MemoryLogger();
    let calls = 0;
    await expect(
      withRetry(async () => { calls++; throw new Error('429 Too Many Requests'); }, () => ({ retry: true, delayMs: 3_600_000 }), { ...opts, maxHintMs: 600_000, what: 'upload of a.whl' }, log),
    ).rejects.toThrow('429 Too Many Requests');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
    expect(log.text()).toContain('upload of a.whl: attempt 1 of 5 failed: 429 Too Many Requests; the server asks to wait 3600.0s (Retry-After), longer than the retry limits allow');
  });

  it('gives up rather than wait past maxElapsedMs', async () => {
    const { sleeps, opts } = recorder();
    let calls = 0;
    await expect(
      withRetry(async () => { calls++; throw new Error('slow'); }, () => ({ retry: true, delayMs: 5000 }), { ...opts, maxDelayMs: 10_000, maxElapsedMs: 1000 }),
    ).rejects.toThrow('slow');
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('logs each retry without the error object', async () => {
    const { opts } = recorder();
    const log = new MemoryLogger();
    await withRetry(async (a) => { if (a === 1) throw new TransientError('reset'); }, () => ({ retry: true }), { ...opts, what: 'GET x' }, log);
    expect(log.text()).toMatch(/^info: GET x: attempt 1 of 5 failed: reset; retrying in 0\.1s$/);
  });

  it('stops when the signal aborts, even mid-wait', async () => {
    const controller = new AbortController();
    let calls = 0;
    const p = withRetry(
      async () => { calls++; throw new TransientError('x'); },
      () => ({ retry: true }),
      { maxAttempts: 10, baseDelayMs: 60_000, maxDelayMs: 60_000, signal: controller.signal },
    );
    setTimeout(() => controller.abort(new Error('cancelled')), 20);
    await expect(p).rejects.toThrow('cancelled');
    expect(calls).toBe(1);
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, caps at the maximum, and keeps at least half', () => {
    const o = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, o, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, o, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });
});

describe('HTTP retry policy', () => {
  it('parses Retry-After in seconds and as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('retries 408/429/5xx and truncation, not 4xx', () => {
    expect(httpRetryDecision(new HttpStatusError(503, 'x', 2000))).toEqual({ retry: true, delayMs: 2000 });
    expect(httpRetryDecision(new HttpStatusError(429, 'x')).retry).toBe(true);
    expect(httpRetryDecision(new HttpStatusError(404, 'x')).retry).toBe(false);
    expect(httpRetryDecision(new HttpStatusError(403, 'x')).retry).toBe(false);
    expect(httpRetryDecision(new TransientError('short')).retry).toBe(true);
    expect(httpRetryDecision(new Error('ENOSPC')).retry).toBe(false);
  });

  it('recognises connection errors through cause chains', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: reset }))).toBe(true);
    expect(isTransientNetworkError(new TypeError('terminated', { cause: new Error('other side closed') }))).toBe(true);
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: dns }))).toBe(false);
    const cert = Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' });
    expect(isTransientNetworkError(new TypeError('fetch failed', { cause: cert }))).toBe(false);
  });
});
