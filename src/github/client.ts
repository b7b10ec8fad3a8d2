/**
 * The one way this suite talks to GitHub's REST API: @actions/github's
 * Octokit with retries for passing failures (5xx, dropped connections) and
 * the throttling GitHub asks integrations to use (one write at a time, a
 * pause on rate limits), its requests made by the one HTTP layer (src/http:
 * timeouts, answers read up to a cap, credentials never sent across a
 * redirect). Shared by every action; nothing here knows about releases.
 */
import { getOctokit } from '@actions/github';
import { GitHub as ActionsOctokit } from '@actions/github/lib/utils';
import { requestLog } from '@octokit/plugin-request-log';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { UserError } from '../errors.js';
import { describeError, HttpError, isOneShotBody, layerFetch } from '../http/index.js';
import type { Logger } from '../log.js';

export type GitHub = ReturnType<typeof getOctokit>;

export const USER_AGENT = 'python-release-actions';

export interface GitHubClientOptions {
  token: string;
  /** REST root; the runner's GITHUB_API_URL (GitHub Enterprise) or api.github.com. */
  baseUrl?: string;
  log: Logger;
  /** Retries after a 5xx or a dropped connection (plugin-retry), and after each rate limit. Default 3. */
  retries?: number;
  /** Seconds → milliseconds factor for retry waits; tests shrink it. Default 1000. */
  retryAfterBaseMs?: number;
  /** Longest wait (seconds) honoured for one rate-limit pause; longer ones fail instead. Default 300. */
  maxRateLimitWaitSeconds?: number;
  /**
   * A request (answer included) that takes longer is abandoned and counts as a
   * dropped connection (so it is retried). Uploads are exempt: their length
   * depends on the file. Default 120 s.
   */
  requestTimeoutMs?: number;
}

/**
 * The most one API answer may hold. A page of 100 releases with the longest
 * notes GitHub keeps (125,000 characters each) is about 13 MiB.
 */
export const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

/** Answers plugin-retry takes as final (a 403 or 429 with Retry-After is handled below). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const v = (headers as Record<string, unknown>)[name];
  return v === undefined || v === null ? undefined : String(v);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * An answer the HTTP layer refused (larger than its cap, a redirect it would
 * not follow) comes back from Octokit as a "500" that plugin-retry would
 * repeat; it is final. Registered before plugin-retry, so it sees the failure
 * first.
 */
function refusalsAreFinal(octokit: { hook: { wrap: ActionsOctokitHookWrap } }): void {
  octokit.hook.wrap('request', async (request, options) => {
    try {
      return await request(options);
    } catch (err) {
      const cause = (err as { cause?: unknown }).cause;
      if (cause instanceof HttpError && (cause.code === 'EBODYTOOLARGE' || cause.code === 'EREDIRECT')) {
        throw new UserError(`${cause.message}. That is not an answer GitHub's API gives; check GITHUB_API_URL and that no proxy rewrites its answers.`);
      }
      throw err;
    }
  });
}
type ActionsOctokitHookWrap = InstanceType<typeof ActionsOctokit>['hook']['wrap'];

export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const { token, log } = options;
  const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const retries = options.retries ?? 3;
  const base = options.retryAfterBaseMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  // A request (answer included) that takes longer is abandoned; uploads get a deadline from their size instead.
  const fetch = layerFetch({ requestTimeoutMs: options.requestTimeoutMs ?? 120_000, maxAnswerBytes: MAX_ANSWER_BYTES });

  const onLimit = (kind: string) => (retryAfter: number, req: { method?: string; url?: string; data?: unknown }, _o: unknown, retryCount: number) => {
    const what = `${req.method ?? ''} ${req.url ?? ''}`.trim();
    if (isOneShotBody(req.data)) {
      log.warning(`GitHub ${kind} on ${what}; the upload is retried by its caller`);
      return false;
    }
    if (retryCount >= retries || retryAfter > maxWait) {
      log.warning(`GitHub ${kind} on ${what}: giving up after ${retryCount + 1} attempt(s) (asked to wait ${retryAfter}s)`);
      return false;
    }
    log.warning(`GitHub ${kind} on ${what}: waiting ${retryAfter}s before retry ${retryCount + 1} of ${retries}`);
    return true;
  };

  const octokitOptions = {
    baseUrl,
    userAgent: USER_AGENT,
    // Replaces @actions/github's own fetch (undici's, see src/http/transport.ts for why not).
    request: { fetch },
    // Octokit logs every failed request at error level, expected 404s included;
    // callers decide what a failure means, so Octokit's own lines stay in the debug log.
    log: {
      // (the request-log plugin's bare "request" line carries nothing worth keeping)
      debug: (m: string) => m !== 'request' && log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.debug(m),
      error: (m: string) => log.debug(m),
    },
    retry: { retries, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
    },
  };
  // Inside plugin-retry, so it sees each attempt: a step waiting on a slow GitHub says so in the log.
  const attemptLog = (octokit: { hook: { wrap: ActionsOctokitHookWrap } }): void => {
    octokit.hook.wrap('request', async (request, opts) => {
      try {
        return await request(opts);
      } catch (err) {
        const status = (err as { status?: unknown }).status;
        const done = (opts.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
        if (!(err instanceof UserError) && !(typeof status === 'number' && DO_NOT_RETRY.includes(status)) && done < retries && !isOneShotBody((opts as { data?: unknown }).data)) {
          // Octokit reports a request that got no answer as a 500 with the reason as its cause.
          const cause = (err as { cause?: unknown }).cause;
          const why = cause !== undefined ? describeError(cause) : typeof status === 'number' ? `answered ${status}` : describeError(err);
          log.info(`GitHub: ${opts.method} ${opts.url} ${why}; trying again (retry ${done + 1} of ${retries}).`);
        }
        throw err;
      }
    });
  };
  const plugins = [refusalsAreFinal, attemptLog, retry, throttling, requestLog] as const;
  // Without a token (a dry run on a public repository) the same client, unauthenticated: getOctokit insists on one.
  const octokit: GitHub = token ? getOctokit(token, octokitOptions, ...plugins) : new (ActionsOctokit.plugin(...plugins))(octokitOptions);

  // A 403 or 429 with Retry-After that matches neither of the throttling
  // plugin's patterns is still GitHub asking us to come back later (403 is on
  // plugin-retry's do-not-retry list; 429 is kept off it so this hook, not a
  // blind backoff, decides): honour it a bounded number of times.
  octokit.hook.wrap('request', async (request, opts) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(opts);
      } catch (err) {
        const e = err as { status?: number; message?: string; response?: { headers?: unknown } };
        const headers = e.response?.headers;
        const hint = headerValue(headers, 'retry-after');
        const after = hint === undefined ? (e.status === 429 ? 2 ** attempt : NaN) : Number(hint);
        const handledByThrottling = /\bsecondary rate\b/i.test(e.message ?? '') || headerValue(headers, 'x-ratelimit-remaining') === '0';
        const retryable =
          (e.status === 403 || e.status === 429) &&
          !handledByThrottling &&
          Number.isFinite(after) &&
          after >= 0 &&
          after <= maxWait &&
          attempt < retries &&
          !isOneShotBody((opts as { data?: unknown }).data);
        if (!retryable) throw err;
        log.warning(`GitHub answered ${e.status} (retry after ${after}s) on ${opts.method} ${opts.url}; retry ${attempt + 1} of ${retries}`);
        await sleep(after * base);
      }
    }
  });
  return octokit;
}
