/**
 * The one HTTP layer: every request this suite makes goes through here
 * (only the embedded index server, src/index-server/, speaks node:http on
 * its own). See request.ts for the redirect and credential policy,
 * timeouts.ts for the timeout vocabulary, retryable.ts and retry.ts for
 * retries, body.ts for bounded reads.
 */
export { request, discard } from './request.js';
export type { RequestOptions, HttpResponse, HeaderValues, CredentialProvider } from './request.js';
export { readBytes, readText, readJson } from './body.js';
export type { ReadOptions } from './body.js';
export { layerFetch, isOneShotBody } from './fetch.js';
export { HttpError, HttpStatusError, TransientError, describeError, errorCode } from './errors.js';
export { redactUrl, splitCredentials, USERINFO } from './redact.js';
export { withRetry, backoffDelay, DEFAULT_RETRY } from './retry.js';
export type { RetryOptions, RetryDecision } from './retry.js';
export { httpRetryDecision, isRetryableStatus, isTransientNetworkError, parseRetryAfter } from './retryable.js';
export { DEFAULT_TIMEOUTS, transferDeadlineMs, timeoutMessage, MAX_TRANSFER_MS } from './timeouts.js';
export type { Timeouts } from './timeouts.js';
export { nodeTransport, standardStatusText } from './transport.js';
export type { Transport, WireRequest, WireResponse } from './transport.js';
