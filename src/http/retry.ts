/**
 * Retrying an operation with jittered exponential backoff. Generic: the caller
 * decides what is worth retrying (and may pass a server's own hint, such as
 * Retry-After), this module decides when.
 */
import type { Logger } from '../log.js';
import { describeError } from './errors.js';

export interface RetryOptions {
  /** Total attempts, the first included; 1 means no retry. */
  maxAttempts: number;
  /** Backoff before the second attempt; doubles with each further attempt. */
  baseDelayMs: number;
  /** Ceiling for one computed backoff wait. A server's own hint is not cut to it (see maxHintMs). */
  maxDelayMs: number;
  /**
   * The longest server hint (Retry-After) worth waiting for; a longer one ends the retries, as
   * does one that would overrun maxElapsedMs. Default 10 minutes.
   */
  maxHintMs?: number;
  /** Give up rather than start a wait that would end after this long since the first attempt began. */
  maxElapsedMs?: number;
  /** Injected by tests; defaults to a timer that an abort `signal` cuts short. */
  sleep?: (ms: number) => Promise<void>;
  /** Injected by tests; defaults to Math.random. */
  random?: () => number;
  /** Stops waiting and retrying; the abort reason is thrown. */
  signal?: AbortSignal;
  /** Names the operation in retry log lines, e.g. "GET https://…/ray-2.9.0-….whl". */
  what?: string;
}

export interface RetryDecision {
  retry: boolean;
  /**
   * A server's hint (Retry-After), waited in full instead of the computed backoff: retrying
   * sooner than the server asked only earns another refusal.
   */
  delayMs?: number;
}

const DEFAULT_MAX_HINT_MS = 10 * 60_000;

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };

/**
 * The wait before attempt `attempt + 1`: "equal jitter" (half fixed, half
 * random) so that many clients that failed together do not come back together,
 * yet no wait collapses to zero.
 */
export function backoffDelay(attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new Error('aborted');
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `fn(attempt, remainingMs)` (attempt counts from 1) until it succeeds,
 * `isRetryable` refuses, attempts run out or the next wait would overrun
 * maxElapsedMs; then throws the last error unchanged so callers keep its type
 * and message. `remainingMs` is what is left of maxElapsedMs (Infinity without
 * one), so that an attempt can be given a deadline that keeps the whole
 * operation within it.
 */
export async function withRetry<T>(
  fn: (attempt: number, remainingMs: number) => Promise<T>,
  isRetryable: (err: unknown) => RetryDecision,
  opts: RetryOptions,
  log?: Logger,
): Promise<T> {
  const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts));
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? ((ms: number) => sleepFor(ms, opts.signal));
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    try {
      const remaining = opts.maxElapsedMs === undefined ? Infinity : Math.max(0, opts.maxElapsedMs - (Date.now() - started));
      return await fn(attempt, remaining);
    } catch (err) {
      if (opts.signal?.aborted) throw abortReason(opts.signal);
      if (attempt >= maxAttempts) throw err;
      const decision = isRetryable(err);
      if (!decision.retry) throw err;
      const hinted = decision.delayMs !== undefined;
      const delay = hinted ? Math.max(0, decision.delayMs!) : backoffDelay(attempt, opts, random);
      const pastHint = hinted && delay > (opts.maxHintMs ?? DEFAULT_MAX_HINT_MS);
      const pastElapsed = opts.maxElapsedMs !== undefined && Date.now() - started + delay > opts.maxElapsedMs;
      if (pastHint || pastElapsed) {
        if (hinted) {
          log?.info(
            `${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; the server asks to wait `
              + `${(delay / 1000).toFixed(1)}s (Retry-After), longer than the retry limits allow, so no further attempt is made`,
          );
        }
        throw err;
      }
      log?.info(
        `${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; retrying in ${(delay / 1000).toFixed(1)}s`,
      );
      await sleep(delay);
    }
  }
}
