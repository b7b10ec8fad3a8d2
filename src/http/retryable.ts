/**
 * Which HTTP failures are worth another attempt: the one retry decision.
 * How long and how often lives in retry.ts.
 */
import { errorCode, HttpStatusError, TransientError } from './errors.js';
import type { RetryDecision } from './retry.js';

/** Statuses that say "try again later" rather than "this will never work". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

// node:net, node:http and undici report connection trouble with these codes; this layer's own
// timeouts are ETIMEDOUT. EBODYTOOLARGE and EREDIRECT (a refused redirect) are final.
const TRANSIENT_CODES = new Set([
  'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH',
  'ENETDOWN', 'EHOSTDOWN',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/**
 * True for a dropped, refused, reset or stalled connection, looking through
 * `cause` chains. A known error code decides; DNS "not found" and TLS
 * certificate errors carry codes that are not in the list, so they are final.
 */
export function isTransientNetworkError(err: unknown): boolean {
  let hint = false;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = errorCode(e);
    if (code) return TRANSIENT_CODES.has(code);
    // Duck-typed: errors from node internals may come from another realm (jest's VM).
    const name = (e as { name?: unknown }).name;
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string') {
      // undici: "fetch failed" (TypeError) wraps the socket error; "terminated" when the body stream dies.
      if (name === 'TypeError' && /fetch failed|terminated/i.test(message)) hint = true;
      if (/other side closed|socket hang up/i.test(message)) hint = true;
    }
    if (name === 'TimeoutError') hint = true;
  }
  return hint;
}

/** The usual decision for HTTP work: retry passing network trouble, truncation and 408/425/429/5xx. */
export function httpRetryDecision(err: unknown): RetryDecision {
  if (err instanceof HttpStatusError) {
    return isRetryableStatus(err.status) ? { retry: true, delayMs: err.retryAfterMs } : { retry: false };
  }
  if (err instanceof TransientError) return { retry: true };
  return { retry: isTransientNetworkError(err) };
}
