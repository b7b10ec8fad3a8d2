export const id = 636;
export const ids = [636];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports USER_AGENT, MAX_ANSWER_BYTES */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_request_log__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55077);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86856);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _http_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13201);
/**
 * The one way this suite talks to GitHub's REST API: @actions/github's
 * Octokit with retries for passing failures (5xx, dropped connections) and
 * the throttling GitHub asks integrations to use (one write at a time, a
 * pause on rate limits), its requests made by the one HTTP layer (src/http:
 * timeouts, answers read up to a cap, credentials never sent across a
 * redirect). Shared by every action; nothing here knows about releases.
 */







const USER_AGENT = 'python-release-actions';
/**
 * The most one API answer may hold. A page of 100 releases with the longest
 * notes GitHub keeps (125,000 characters each) is about 13 MiB.
 */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** Answers plugin-retry takes as final (a 403 or 429 with Retry-After is handled below). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function headerValue(headers, name) {
    if (!headers || typeof headers !== 'object')
        return undefined;
    const v = headers[name];
    return v === undefined || v === null ? undefined : String(v);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * An answer the HTTP layer refused (larger than its cap, a redirect it would
 * not follow) comes back from Octokit as a "500" that plugin-retry would
 * repeat; it is final. Registered before plugin-retry, so it sees the failure
 * first.
 */
function refusalsAreFinal(octokit) {
    octokit.hook.wrap('request', async (request, options) => {
        try {
            return await request(options);
        }
        catch (err) {
            const cause = err.cause;
            if (cause instanceof _http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpError */ .j$ && (cause.code === 'EBODYTOOLARGE' || cause.code === 'EREDIRECT')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${cause.message}. That is not an answer GitHub's API gives; check GITHUB_API_URL and that no proxy rewrites its answers.`);
            }
            throw err;
        }
    });
}
function createGitHubClient(options) {
    const { token, log } = options;
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const base = options.retryAfterBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    // A request (answer included) that takes longer is abandoned; uploads get a deadline from their size instead.
    const fetch = (0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .layerFetch */ .Oz)({ requestTimeoutMs: options.requestTimeoutMs ?? 120_000, maxAnswerBytes: MAX_ANSWER_BYTES });
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
        const what = `${req.method ?? ''} ${req.url ?? ''}`.trim();
        if ((0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneShotBody */ .lN)(req.data)) {
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
            debug: (m) => m !== 'request' && log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.debug(m),
            error: (m) => log.debug(m),
        },
        retry: { retries, retryAfterBaseValue: base, doNotRetry: DO_NOT_RETRY },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    };
    // Inside plugin-retry, so it sees each attempt: a step waiting on a slow GitHub says so in the log.
    const attemptLog = (octokit) => {
        octokit.hook.wrap('request', async (request, opts) => {
            try {
                return await request(opts);
            }
            catch (err) {
                const status = err.status;
                const done = opts.request?.retryCount ?? 0;
                if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y) && !(typeof status === 'number' && DO_NOT_RETRY.includes(status)) && done < retries && !(0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneShotBody */ .lN)(opts.data)) {
                    // Octokit reports a request that got no answer as a 500 with the reason as its cause.
                    const cause = err.cause;
                    const why = cause !== undefined ? (0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(cause) : typeof status === 'number' ? `answered ${status}` : (0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(err);
                    log.info(`GitHub: ${opts.method} ${opts.url} ${why}; trying again (retry ${done + 1} of ${retries}).`);
                }
                throw err;
            }
        });
    };
    const plugins = [refusalsAreFinal, attemptLog, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A, _octokit_plugin_request_log__WEBPACK_IMPORTED_MODULE_6__/* .requestLog */ .M];
    // Without a token (a dry run on a public repository) the same client, unauthenticated: getOctokit insists on one.
    const octokit = token ? (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, octokitOptions, ...plugins) : new (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .GitHub */ .gq.plugin(...plugins))(octokitOptions);
    // A 403 or 429 with Retry-After that matches neither of the throttling
    // plugin's patterns is still GitHub asking us to come back later (403 is on
    // plugin-retry's do-not-retry list; 429 is kept off it so this hook, not a
    // blind backoff, decides): honour it a bounded number of times.
    octokit.hook.wrap('request', async (request, opts) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(opts);
            }
            catch (err) {
                const e = err;
                const headers = e.response?.headers;
                const hint = headerValue(headers, 'retry-after');
                const after = hint === undefined ? (e.status === 429 ? 2 ** attempt : NaN) : Number(hint);
                const handledByThrottling = /\bsecondary rate\b/i.test(e.message ?? '') || headerValue(headers, 'x-ratelimit-remaining') === '0';
                const retryable = (e.status === 403 || e.status === 429) &&
                    !handledByThrottling &&
                    Number.isFinite(after) &&
                    after >= 0 &&
                    after <= maxWait &&
                    attempt < retries &&
                    !(0,_http_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isOneShotBody */ .lN)(opts.data);
                if (!retryable)
                    throw err;
                log.warning(`GitHub answered ${e.status} (retry after ${after}s) on ${opts.method} ${opts.url}; retry ${attempt + 1} of ${retries}`);
                await sleep(after * base);
            }
        }
    });
    return octokit;
}


/***/ })

};
