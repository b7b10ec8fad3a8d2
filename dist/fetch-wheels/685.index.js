export const id = 685;
export const ids = [685,636];
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
        retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: base,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    };
    const plugins = [refusalsAreFinal, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A, _octokit_plugin_request_log__WEBPACK_IMPORTED_MODULE_6__/* .requestLog */ .M];
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


/***/ }),

/***/ 94685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ToolkitArtifactBackend: () => (/* binding */ ToolkitArtifactBackend),
/* harmony export */   ToolkitArtifactUploader: () => (/* binding */ ToolkitArtifactUploader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97813);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70636);
/* harmony import */ var _github_paginate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53618);
/* harmony import */ var _http_download_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22289);
/**
 * ArtifactBackend and ArtifactUploader. The artifacts of the current job's
 * run are read and written with `@actions/artifact` (v6, ESM), which speaks
 * the Actions results service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN:
 * only inside a workflow run; it refuses GitHub Enterprise Server). Another
 * run's artifact comes from the public REST API at GITHUB_API_URL through
 * this suite's own GitHub client and downloader: the run's artifacts are
 * listed (bounded, like every listing), and the `/zip` redirect to storage
 * is followed without the token, streamed and resumable, at most
 * max-total-size.
 *
 * This is the one module under src/sources that pulls in @actions/core (the
 * library logs through it); callers load it with a dynamic import, only when
 * an artifact is used.
 */







function status(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function explain(err, doing, opts) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const repo = `${opts.repository.owner}/${opts.repository.repo}`;
    if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .GHESNotSupportedError */ .jK) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: @actions/artifact v2+ does not support GitHub Enterprise Server. Download the artifact with actions/download-artifact@v3 and give its directory as source.`);
    }
    if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: artifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job ` +
            `(${message}). Outside a job, give run-id (and repository) to read an artifact of another run through the REST API.`);
    }
    const s = status(err) ?? status(err?.cause);
    const inMessage = /\b(401|403|404|410)\b/.exec(message);
    const code = s ?? (inMessage ? Number(inMessage[1]) : undefined);
    if (code === 401)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: 401, the token was refused (missing, expired or revoked).`);
    if (code === 403)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: 403. The token needs actions: read on ${repo} (a token of another repository needs it there).`);
    if (code === 404)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: 404. Check repository (${repo}) and run-id${opts.runId ? ` (${opts.runId})` : ''}, and that the token can see them.`);
    if (code === 410)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: the artifact has expired (410). Re-run the job that builds it, or raise its retention.`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not ${doing}: ${message}`);
}
/** A run has a few dozen artifacts at most; 10 pages of 100 of one name is not a real run. */
const MAX_ARTIFACT_PAGES = 10;
class ToolkitArtifactBackend {
    opts;
    client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .DefaultArtifactClient */ .t9();
    gh;
    constructor(opts) {
        this.opts = opts;
    }
    github(log) {
        this.gh ??= (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__.createGitHubClient)({ token: this.opts.token, log });
        return this.gh;
    }
    where() {
        const repo = `${this.opts.repository.owner}/${this.opts.repository.repo}`;
        return this.opts.runId === undefined ? 'this workflow run' : `run ${this.opts.runId} of ${repo}`;
    }
    async find(name, log) {
        try {
            if (this.opts.runId === undefined) {
                const { artifact } = await this.client.getArtifact(name);
                return { id: artifact.id, name: artifact.name, size: artifact.size, ...(artifact.digest ? { digest: artifact.digest } : {}) };
            }
            return await this.findInRun(this.opts.runId, name, log);
        }
        catch (err) {
            if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .ArtifactNotFoundError */ .CL)
                return undefined;
            throw explain(err, `look up artifact ${name} of ${this.where()}`, this.opts);
        }
    }
    /** The newest artifact of the name in another run (a re-run attempt may have uploaded it again). */
    async findInRun(runId, name, log) {
        const gh = this.github(log);
        const { owner, repo } = this.opts.repository;
        let newest;
        const pages = (0,_github_paginate_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedPages */ .c)((signal) => gh.paginate.iterator(gh.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100, request: { signal } }), { what: `the artifacts named ${name} of ${this.where()}`, maxPages: MAX_ARTIFACT_PAGES });
        for await (const page of pages) {
            for (const a of page.data) {
                if (a.name !== name || (newest && newest.id > a.id))
                    continue;
                newest = { id: a.id, name: a.name, size: a.size_in_bytes, ...(a.digest ? { digest: a.digest } : {}) };
            }
        }
        return newest;
    }
    async downloadZip(ref, dir, log, maxBytes) {
        try {
            if (this.opts.runId === undefined) {
                const res = await this.client.downloadArtifact(ref.id, {
                    path: dir,
                    // We read the zip ourselves (names checked, members hashed as they are written).
                    skipDecompress: true,
                    ...(ref.digest ? { expectedHash: ref.digest } : {}),
                });
                if (res.digestMismatch) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Artifact ${ref.name} of ${this.where()} arrived with another sha256 than GitHub recorded (${ref.digest}); the download was damaged. Re-run.`);
                }
            }
            else {
                // GitHub answers with a redirect to short-lived signed storage, fetched without the token.
                const gh = this.github(log);
                const { owner, repo } = this.opts.repository;
                const { headers } = await gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: ref.id, archive_format: 'zip', request: { redirect: 'manual' } });
                const location = headers.location;
                if (!location)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`GitHub did not say where the zip of artifact ${ref.name} of ${this.where()} is (no redirect); re-run.`);
                await (0,_http_download_js__WEBPACK_IMPORTED_MODULE_6__/* .downloadFile */ .P)(location, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `artifact-${ref.id}.zip`), { log, maxBytes });
            }
        }
        catch (err) {
            throw explain(err, `download artifact ${ref.name} of ${this.where()}`, this.opts);
        }
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
        if (names.length !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading artifact ${ref.name} of ${this.where()} left ${names.length} files instead of its zip; re-run.`);
        }
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, names[0]);
    }
    webUrl(ref) {
        const { owner, repo } = this.opts.repository;
        const run = this.opts.runId ?? this.opts.currentRunId ?? '0';
        return `${this.opts.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${run}/artifacts/${ref.id}`;
    }
}
const RUNTIME_MISSING = /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/;
/** The results service refusing a name already taken in the run: "(409) Conflict: an artifact with this name already exists on the workflow run". */
const NAME_TAKEN = /\(409\)|artifact with this name already exists/i;
function messageOf(err) {
    return err instanceof Error ? err.message : String(err);
}
function runtimeMissing(name, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not upload artifact ${name}: uploading needs the Actions results service, only there inside a GitHub Actions job (${message}).`);
}
function ghesUnsupported(name) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not upload artifact ${name}: @actions/artifact v2+ does not support GitHub Enterprise Server. Remove upload-artifact and upload the dest directory with actions/upload-artifact@v3.`);
}
/**
 * Uploads to the current workflow run. An artifact name can be used once per
 * run, and a re-run job is the same run: the artifact its failed attempt
 * uploaded is still there, and the service refuses the name (409) on every
 * later attempt. So, like actions/upload-artifact with `overwrite: true`, an
 * artifact of the same name in this run is deleted first.
 */
class ToolkitArtifactUploader {
    client;
    constructor(client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .DefaultArtifactClient */ .t9()) {
        this.client = client;
    }
    async upload(name, files, rootDirectory, log) {
        const deleteFailure = await this.deleteEarlier(name, log);
        try {
            const res = await this.client.uploadArtifact(name, files, rootDirectory, {});
            log.info(`Uploaded artifact ${name} (id ${res.id ?? '?'}, ${res.size ?? '?'} bytes${res.digest ? `, sha256 ${res.digest}` : ''})`);
            return res;
        }
        catch (err) {
            const message = messageOf(err);
            if (RUNTIME_MISSING.test(message))
                throw runtimeMissing(name, message);
            if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .GHESNotSupportedError */ .jK)
                throw ghesUnsupported(name);
            if (NAME_TAKEN.test(message)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(deleteFailure
                    ? `Could not upload artifact ${name}: this workflow run already has an artifact of that name, and deleting it failed (${deleteFailure}). ` +
                        `Re-run the job; if this keeps happening, delete the artifact on the run's page or give upload-artifact another name. The wheels and manifest are in ${rootDirectory}.`
                    : `Could not upload artifact ${name}: another job of this workflow run uploaded an artifact of that name while this step ran (${message}). ` +
                        `Give upload-artifact a name no other job of the workflow uses. The wheels and manifest are in ${rootDirectory}.`);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Could not upload artifact ${name}: ${message}. The wheels and manifest are in ${rootDirectory}; re-run the job to upload them ` +
                '(the next attempt replaces an artifact of this name that this one left).');
        }
    }
    /** Deletes an artifact of this name in this run; returns why that failed, when it did (the upload then says so). */
    async deleteEarlier(name, log) {
        try {
            const { id } = await this.client.deleteArtifact(name);
            log.info(`Deleted artifact ${name} (id ${id}), which this workflow run already had (from an earlier attempt of this job, or another job): ` +
                'an artifact name can be used once per run, and this upload replaces it.');
            return undefined;
        }
        catch (err) {
            if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .ArtifactNotFoundError */ .CL)
                return undefined;
            const message = messageOf(err);
            if (RUNTIME_MISSING.test(message))
                throw runtimeMissing(name, message);
            if (err instanceof _actions_artifact__WEBPACK_IMPORTED_MODULE_2__/* .GHESNotSupportedError */ .jK)
                throw ghesUnsupported(name);
            log.warning(`Could not delete an earlier artifact ${name} of this workflow run (${message}); uploading anyway.`);
            return message;
        }
    }
}


/***/ })

};
