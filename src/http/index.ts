/**
 * The one HTTP layer: every request this suite makes goes through here
 * (only the embedded index server, src/index-server/, speaks node:http on
 * its own). See request.ts for the redirect and credential policy,
 * timeouts.ts for the timeout vocabulary, retryable.ts and retry.ts for
 * retries, body.ts for bounded reads, transport.ts for why node:http.
 */
export { request, discard } from './request.js';
export type { HttpResponse } from './request.js';
export { readBytes, readText, readJson } from './body.js';
export type { ReadOptions } from './body.js';
export { layerFetch, isOneShotBody } from './fetch.js';
export { HttpError, HttpStatusError, TransientError, describeError } from './errors.js';
export { redactUrl, splitCredentials, USERINFO } from './redact.js';
export { withRetry, backoffDelay, DEFAULT_RETRY } from './retry.js';
export type { RetryOptions, RetryDecision } from './retry.js';
export { httpRetryDecision, isRetryableStatus, isTransientNetworkError, parseRetryAfter } from './retryable.js';
export { transferDeadlineMs, MAX_TRANSFER_MS } from './timeouts.js';
export { standardStatusText } from './transport.js';
export type { Transport } from './transport.js';
