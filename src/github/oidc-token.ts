/**
 * The job's OIDC token, asked of the Actions runtime as @actions/core's
 * getIDToken asks (GET ACTIONS_ID_TOKEN_REQUEST_URL with `audience`, the
 * bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `{"value": jwt}` back), but through
 * the one HTTP layer: the bearer goes to that URL's origin only, whatever a
 * redirect says; each attempt has a deadline and the answer a size cap; a
 * refusal is explained in the runtime's own (bounded) words.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { httpRetryDecision, HttpStatusError, parseRetryAfter, request, withRetry, type RetryOptions, type Transport } from '../http/index.js';
import { answerMessage, headerText, readAnswer } from '../index-client/answers.js';

/** Where the runner says the token comes from (set only for jobs with `id-token: write`). */
export interface IdTokenSource {
  requestUrl: string;
  requestToken: string;
}

export interface IdTokenOptions {
  log: Logger;
  transport?: Transport;
  retry?: Partial<RetryOptions>;
  /** Per attempt; default 10 s of silence, 20 s in all. */
  timeouts?: { idleMs?: number; deadlineMs?: number };
}

/** A JWT is a few KiB; anything much larger is not an answer of the token service. */
const MAX_ANSWER_BYTES = 64 * 1024;

/** The runner's token source, or undefined when the job has no `id-token: write`. */
export function idTokenSource(env: NodeJS.ProcessEnv = process.env): IdTokenSource | undefined {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  return requestUrl && requestToken ? { requestUrl, requestToken } : undefined;
}

/** A fresh OIDC token for `audience`; errors say what the runtime answered. */
export async function fetchIdToken(source: IdTokenSource, audience: string, opts: IdTokenOptions): Promise<string> {
  let url: URL;
  try {
    url = new URL(source.requestUrl);
  } catch {
    throw new UserError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL; it is set by the runner, so the job\'s environment was changed: leave it to the runner.');
  }
  url.searchParams.set('audience', audience);
  const where = `${url.origin}${url.pathname}`;
  const retry: RetryOptions = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000, maxElapsedMs: 60_000, what: `GET ${where}`, ...opts.retry };
  const answer = await withRetry(async () => {
    const res = await request(url, {
      headers: { Accept: 'application/json' },
      credentials: { Authorization: `Bearer ${source.requestToken}` },
      redirect: 'follow',
      timeouts: { idleMs: 10_000, deadlineMs: 20_000, ...opts.timeouts },
      ...(opts.transport ? { transport: opts.transport } : {}),
    });
    const r = await readAnswer(res, { maxBytes: MAX_ANSWER_BYTES });
    if (r.status === 429 || r.status >= 500) throw new HttpStatusError(r.status, `GET ${where} answered ${r.status}`, parseRetryAfter(headerText(r.headers['retry-after'])));
    return r;
  }, httpRetryDecision, retry, opts.log).catch((err: unknown) => {
    throw new UserError(`GitHub's OIDC token service (${url.origin}) could not be read: ${(err as Error).message}. Rerun the job; if it keeps failing, see https://www.githubstatus.com/.`);
  });
  if (answer.status !== 200) {
    throw new UserError(`GitHub's OIDC token service answered ${answer.status}: ${answerMessage(answer)}. Check that the job has \`permissions: id-token: write\`, then rerun it.`);
  }
  let value: unknown;
  try {
    value = (JSON.parse(answer.body.toString('utf8')) as { value?: unknown }).value;
  } catch {
    value = undefined;
  }
  if (typeof value !== 'string' || value === '') {
    throw new UserError('GitHub\'s OIDC token service answered 200 without a token ({"value": "<JWT>"}). Rerun the job; if it keeps failing, see https://www.githubstatus.com/.');
  }
  return value;
}
