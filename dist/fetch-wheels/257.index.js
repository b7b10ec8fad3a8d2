export const id = 257;
export const ids = [257,636];
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


/***/ }),

/***/ 22257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ToolkitArtifactBackend: () => (/* binding */ ToolkitArtifactBackend),
  ToolkitArtifactUploader: () => (/* binding */ ToolkitArtifactUploader)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 270 modules
var artifact = __webpack_require__(97813);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/github/client.js
var client = __webpack_require__(70636);
// EXTERNAL MODULE: ./lib/github/paginate.js
var paginate = __webpack_require__(53618);
// EXTERNAL MODULE: ./lib/sources/http-download.js
var http_download = __webpack_require__(22289);
// EXTERNAL MODULE: ./lib/http/index.js + 9 modules
var http = __webpack_require__(13201);
// EXTERNAL MODULE: ./lib/text/untrusted.js
var untrusted = __webpack_require__(37289);
;// CONCATENATED MODULE: ./lib/sources/results-service.js
/**
 * The two questions fetch-wheels asks the Actions results service about this
 * run's artifacts, which @actions/artifact asks with no deadline and reads
 * with no size cap: which artifact has a name (ListArtifacts) and where its zip
 * can be fetched (GetSignedArtifactURL). Twirp over JSON, as the library speaks
 * it: POST {ACTIONS_RESULTS_URL}/twirp/github.actions.results.api.v1.ArtifactService/<Method>
 * with proto field names, the bearer ACTIONS_RUNTIME_TOKEN (to that origin
 * only), and the run's and job's backend ids from the token's `scp` claim.
 * Uploads stay with the library (artifact-toolkit.ts).
 */



const SERVICE = 'github.actions.results.api.v1.ArtifactService';
/** A listing of one name holds a few entries; anything much larger is not the service's answer. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
/** The run's and the job's backend ids, from the runtime token's `scp` claim ("Actions.Results:<run>:<job>"). */
function backendIds(token) {
    let scp;
    try {
        scp = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).scp;
    }
    catch {
        scp = undefined;
    }
    for (const scope of typeof scp === 'string' ? scp.split(' ') : []) {
        const [kind, run, job, ...rest] = scope.split(':');
        if (kind === 'Actions.Results' && run && job && rest.length === 0)
            return { run, job };
    }
    throw new errors/* UserError */.y('ACTIONS_RUNTIME_TOKEN names no Actions.Results scope, so this run\'s artifacts cannot be read; it is set by the runner: leave it to the runner.');
}
function results_service_text(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
/** A field under its proto name or its JSON name (a proto3 JSON answer may use either). */
function field(o, proto) {
    return o[proto] ?? o[proto.replace(/_([a-z])/g, (_m, c) => c.toUpperCase())];
}
class ResultsService {
    opts;
    ids;
    base;
    constructor(opts) {
        this.opts = opts;
        this.ids = backendIds(opts.token);
        try {
            this.base = new URL(opts.url);
        }
        catch {
            throw new errors/* UserError */.y('ACTIONS_RESULTS_URL is not a URL; it is set by the runner: leave it to the runner.');
        }
    }
    /** The artifacts of this run with this name, newest first. */
    async list(name) {
        const answer = await this.call('ListArtifacts', { workflow_run_backend_id: this.ids.run, workflow_job_run_backend_id: this.ids.job, name_filter: name });
        const artifacts = field(answer, 'artifacts');
        if (artifacts !== undefined && !Array.isArray(artifacts))
            throw this.malformed('ListArtifacts', 'artifacts is not a list');
        const out = [];
        for (const a of (artifacts ?? [])) {
            if (typeof a !== 'object' || a === null)
                throw this.malformed('ListArtifacts', 'an artifact is not an object');
            const o = a;
            const id = Number(results_service_text(field(o, 'database_id')));
            const size = Number(results_service_text(field(o, 'size')) ?? 0);
            const listedName = results_service_text(field(o, 'name'));
            const run = results_service_text(field(o, 'workflow_run_backend_id'));
            const job = results_service_text(field(o, 'workflow_job_run_backend_id'));
            if (!Number.isSafeInteger(id) || id <= 0 || !Number.isSafeInteger(size) || size < 0 || listedName === undefined || !run || !job) {
                throw this.malformed('ListArtifacts', 'an artifact lacks its id, size, name or backend ids');
            }
            if (listedName !== name)
                continue;
            const digest = results_service_text(field(o, 'digest'));
            out.push({ id, name: listedName, size, runBackendId: run, jobBackendId: job, ...(digest ? { digest } : {}) });
        }
        return out.sort((a, b) => b.id - a.id);
    }
    /** A short-lived URL of the artifact's zip in storage (fetched without credentials). */
    async signedUrl(artifact) {
        const answer = await this.call('GetSignedArtifactURL', {
            workflow_run_backend_id: artifact.runBackendId,
            workflow_job_run_backend_id: artifact.jobBackendId,
            name: artifact.name,
        });
        const url = results_service_text(field(answer, 'signed_url'));
        if (!url || !/^https?:\/\//i.test(url))
            throw this.malformed('GetSignedArtifactURL', 'it holds no http(s) signed_url');
        return url;
    }
    malformed(method, why) {
        return new errors/* UserError */.y(`The Actions results service answered ${method} with something that is not its answer (${why}); rerun the job.`);
    }
    async call(method, body) {
        const url = new URL(`twirp/${SERVICE}/${method}`, this.base.href.endsWith('/') ? this.base : new URL(`${this.base.href}/`));
        const retry = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000, maxElapsedMs: 2 * 60_000, what: `${method} at ${this.base.origin}`, ...this.opts.retry };
        const answer = await (0,http/* withRetry */.bD)(async () => {
            const res = await (0,http/* request */.Em)(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                credentials: { Authorization: `Bearer ${this.opts.token}` },
                body: JSON.stringify(body),
                timeouts: { idleMs: 10_000, deadlineMs: 30_000, ...this.opts.timeouts },
                ...(this.opts.transport ? { transport: this.opts.transport } : {}),
            });
            const ok = res.status === 200;
            const answered = await (0,http/* readText */.yR)(res, ok ? { maxBytes: MAX_ANSWER_BYTES } : { maxBytes: 64 * 1024, overflow: 'truncate' });
            if (!ok) {
                let said = answered.trim();
                try {
                    const data = JSON.parse(answered);
                    if (typeof data.msg === 'string')
                        said = `${typeof data.code === 'string' ? `${data.code}: ` : ''}${data.msg}`;
                }
                catch {
                    // not Twirp's JSON error
                }
                throw new http/* HttpStatusError */.F9(res.status, `${method} at ${this.base.origin} answered ${res.status}${said ? `: ${(0,untrusted/* clip */.$Q)(said)}` : ''}`, (0,http/* parseRetryAfter */.mu)(res.headers.get('retry-after') ?? undefined));
            }
            return answered;
        }, http/* httpRetryDecision */.TK, retry, this.opts.log).catch((err) => {
            if (err instanceof errors/* UserError */.y)
                throw err;
            const status = err instanceof http/* HttpStatusError */.F9 ? err.status : undefined;
            const hint = status === 401 || status === 403
                ? ' The job\'s runtime token was refused; rerun the job.'
                : ' Rerun the job; if it keeps failing, see https://www.githubstatus.com/.';
            throw new errors/* UserError */.y(`Could not ask the Actions results service (${method}): ${err.message}.${hint}`);
        });
        try {
            const data = JSON.parse(answer);
            if (typeof data === 'object' && data !== null && !Array.isArray(data))
                return data;
        }
        catch {
            // below
        }
        throw this.malformed(method, 'not a JSON object');
    }
}

;// CONCATENATED MODULE: ./lib/sources/artifact-toolkit.js
/**
 * ArtifactBackend and ArtifactUploader. The artifacts of the current job's
 * run are written with `@actions/artifact` (v6, ESM), which speaks the Actions
 * results service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN: only inside a
 * workflow run; it refuses GitHub Enterprise Server); they are read through
 * results-service.ts and this suite's downloader, which bound what the
 * library does not (a deadline, the zip's listed size, resumption). Another
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








function artifact_toolkit_status(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function explain(err, doing, opts) {
    if (err instanceof errors/* UserError */.y)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const repo = `${opts.repository.owner}/${opts.repository.repo}`;
    if (err instanceof artifact/* GHESNotSupportedError */.jK) {
        return new errors/* UserError */.y(`Could not ${doing}: @actions/artifact v2+ does not support GitHub Enterprise Server. Download the artifact with actions/download-artifact@v3 and give its directory as source.`);
    }
    if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
        return new errors/* UserError */.y(`Could not ${doing}: artifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job ` +
            `(${message}). Outside a job, give run-id (and repository) to read an artifact of another run through the REST API.`);
    }
    const s = artifact_toolkit_status(err) ?? artifact_toolkit_status(err?.cause);
    const inMessage = /\b(401|403|404|410)\b/.exec(message);
    const code = s ?? (inMessage ? Number(inMessage[1]) : undefined);
    if (code === 401)
        return new errors/* UserError */.y(`Could not ${doing}: 401, the token was refused (missing, expired or revoked).`);
    if (code === 403)
        return new errors/* UserError */.y(`Could not ${doing}: 403. The token needs actions: read on ${repo} (a token of another repository needs it there).`);
    if (code === 404)
        return new errors/* UserError */.y(`Could not ${doing}: 404. Check repository (${repo}) and run-id${opts.runId ? ` (${opts.runId})` : ''}, and that the token can see them.`);
    if (code === 410)
        return new errors/* UserError */.y(`Could not ${doing}: the artifact has expired (410). Re-run the job that builds it, or raise its retention.`);
    return new errors/* UserError */.y(`Could not ${doing}: ${message}`);
}
/** A run has a few dozen artifacts at most; 10 pages of 100 of one name is not a real run. */
const MAX_ARTIFACT_PAGES = 10;
class ToolkitArtifactBackend {
    opts;
    gh;
    service;
    /** What the results service listed, by id: its backend ids are needed for the download. */
    listed = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    results(log) {
        const url = this.opts.results?.url ?? process.env.ACTIONS_RESULTS_URL;
        const token = this.opts.results?.token ?? process.env.ACTIONS_RUNTIME_TOKEN;
        if (!url || !token) {
            throw new errors/* UserError */.y('Artifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job '
                + '(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Outside a job, give run-id (and repository) to read an artifact of another run through the REST API.');
        }
        this.service ??= new ResultsService({ ...this.opts.results, url, token, log });
        return this.service;
    }
    github(log) {
        this.gh ??= (0,client.createGitHubClient)({ token: this.opts.token, log });
        return this.gh;
    }
    where() {
        const repo = `${this.opts.repository.owner}/${this.opts.repository.repo}`;
        return this.opts.runId === undefined ? 'this workflow run' : `run ${this.opts.runId} of ${repo}`;
    }
    async find(name, log) {
        try {
            if (this.opts.runId === undefined) {
                // The newest, as @actions/artifact's getArtifact takes it.
                const [artifact] = await this.results(log).list(name);
                if (!artifact)
                    return undefined;
                this.listed.set(artifact.id, artifact);
                return { id: artifact.id, name: artifact.name, size: artifact.size, ...(artifact.digest ? { digest: artifact.digest } : {}) };
            }
            return await this.findInRun(this.opts.runId, name, log);
        }
        catch (err) {
            if (err instanceof artifact/* ArtifactNotFoundError */.CL)
                return undefined;
            throw explain(err, `look up artifact ${name} of ${this.where()}`, this.opts);
        }
    }
    /** The newest artifact of the name in another run (a re-run attempt may have uploaded it again). */
    async findInRun(runId, name, log) {
        const gh = this.github(log);
        const { owner, repo } = this.opts.repository;
        let newest;
        const pages = (0,paginate/* boundedPages */.c)((signal) => gh.paginate.iterator(gh.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100, request: { signal } }), { what: `the artifacts named ${name} of ${this.where()}`, maxPages: MAX_ARTIFACT_PAGES });
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
                const listed = this.listed.get(ref.id);
                if (!listed)
                    throw new Error(`artifact ${ref.id} was not listed by this backend`);
                const url = await this.results(log).signedUrl(listed);
                // The zip is read afterwards (names checked, members hashed) and its sha256 held to the digest (artifact.ts).
                await (0,http_download/* downloadFile */.P)(url, (0,external_node_path_.join)(dir, `artifact-${ref.id}.zip`), {
                    log,
                    ...(ref.size > 0 ? { expectedSize: ref.size } : { maxBytes }),
                    ...this.opts.download,
                });
            }
            else {
                // GitHub answers with a redirect to short-lived signed storage, fetched without the token.
                const gh = this.github(log);
                const { owner, repo } = this.opts.repository;
                const { headers } = await gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: ref.id, archive_format: 'zip', request: { redirect: 'manual' } });
                const location = headers.location;
                if (!location)
                    throw new errors/* UserError */.y(`GitHub did not say where the zip of artifact ${ref.name} of ${this.where()} is (no redirect); re-run.`);
                await (0,http_download/* downloadFile */.P)(location, (0,external_node_path_.join)(dir, `artifact-${ref.id}.zip`), { log, maxBytes });
            }
        }
        catch (err) {
            throw explain(err, `download artifact ${ref.name} of ${this.where()}`, this.opts);
        }
        const names = await (0,promises_.readdir)(dir);
        if (names.length !== 1) {
            throw new errors/* UserError */.y(`Downloading artifact ${ref.name} of ${this.where()} left ${names.length} files instead of its zip; re-run.`);
        }
        return (0,external_node_path_.join)(dir, names[0]);
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
    return new errors/* UserError */.y(`Could not upload artifact ${name}: uploading needs the Actions results service, only there inside a GitHub Actions job (${message}).`);
}
function ghesUnsupported(name) {
    return new errors/* UserError */.y(`Could not upload artifact ${name}: @actions/artifact v2+ does not support GitHub Enterprise Server. Remove upload-artifact and upload the dest directory with actions/upload-artifact@v3.`);
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
    constructor(client = new artifact/* DefaultArtifactClient */.t9()) {
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
            if (err instanceof artifact/* GHESNotSupportedError */.jK)
                throw ghesUnsupported(name);
            if (NAME_TAKEN.test(message)) {
                throw new errors/* UserError */.y(deleteFailure
                    ? `Could not upload artifact ${name}: this workflow run already has an artifact of that name, and deleting it failed (${deleteFailure}). ` +
                        `Re-run the job; if this keeps happening, delete the artifact on the run's page or give upload-artifact another name. The wheels and manifest are in ${rootDirectory}.`
                    : `Could not upload artifact ${name}: another job of this workflow run uploaded an artifact of that name while this step ran (${message}). ` +
                        `Give upload-artifact a name no other job of the workflow uses. The wheels and manifest are in ${rootDirectory}.`);
            }
            throw new errors/* UserError */.y(`Could not upload artifact ${name}: ${message}. The wheels and manifest are in ${rootDirectory}; re-run the job to upload them ` +
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
            if (err instanceof artifact/* ArtifactNotFoundError */.CL)
                return undefined;
            const message = messageOf(err);
            if (RUNTIME_MISSING.test(message))
                throw runtimeMissing(name, message);
            if (err instanceof artifact/* GHESNotSupportedError */.jK)
                throw ghesUnsupported(name);
            log.warning(`Could not delete an earlier artifact ${name} of this workflow run (${message}); uploading anyway.`);
            return message;
        }
    }
}


/***/ })

};
