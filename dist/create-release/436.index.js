export const id = 436;
export const ids = [436];
export const modules = {

/***/ 7436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(9433);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./lib/github/client.js
/**
 * The one way this suite talks to GitHub's REST API: an Octokit with retries
 * for passing failures (5xx, dropped connections) and the throttling GitHub
 * asks integrations to use (one write at a time, a pause on rate limits).
 * Shared by every action; nothing here knows about releases.
 */



const GitHubOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
const USER_AGENT = 'python-release-actions';
/** A request body that can be sent once only: a retry would send nothing. */
function isOneShotBody(data) {
    return (data !== null &&
        typeof data === 'object' &&
        (typeof data.pipe === 'function' ||
            typeof data.getReader === 'function' ||
            Symbol.asyncIterator in data));
}
function headerValue(headers, name) {
    if (!headers || typeof headers !== 'object')
        return undefined;
    const v = headers[name];
    return v === undefined || v === null ? undefined : String(v);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function createGitHubClient(options) {
    const { token, log } = options;
    const baseUrl = (options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const retries = options.retries ?? 3;
    const base = options.retryAfterBaseMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 300;
    const timeoutMs = options.requestTimeoutMs ?? 120_000;
    const fetchWithTimeout = (input, init) => init?.signal || isOneShotBody(init?.body) ? fetch(input, init) : fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const onLimit = (kind) => (retryAfter, req, _o, retryCount) => {
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
    const octokit = new GitHubOctokit({
        auth: token,
        baseUrl,
        userAgent: USER_AGENT,
        request: { fetch: fetchWithTimeout },
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
    });
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
                    !isOneShotBody(opts.data);
                if (!retryable)
                    throw err;
                log.warning(`GitHub answered ${e.status} (retry after ${after}s) on ${opts.method} ${opts.url}; retry ${attempt + 1} of ${retries}`);
                await sleep(after * base);
            }
        }
    });
    return octokit;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/github/errors.js
/** Reading GitHub's error answers: status, validation codes and a message worth showing a person. */

/** The HTTP status of an Octokit RequestError (500 for a dropped connection), else undefined. */
function httpStatus(err) {
    if (err && typeof err === 'object' && typeof err.status === 'number') {
        return err.status;
    }
    return undefined;
}
function isNotFound(err) {
    return httpStatus(err) === 404;
}
function validationErrors(err) {
    const data = err?.response?.data;
    if (data && typeof data === 'object' && Array.isArray(data.errors)) {
        return data.errors.filter((e) => !!e && typeof e === 'object');
    }
    return [];
}
/** GitHub's 422 "already_exists": a release for the tag, or an asset of the name, is already there. */
function isAlreadyExists(err) {
    return httpStatus(err) === 422 && validationErrors(err).some((e) => e.code === 'already_exists');
}
/** "422 Validation Failed (Release.tag_name: already_exists)": status, GitHub's message and its field errors. */
function describeGitHubError(err) {
    const status = httpStatus(err);
    const data = err?.response?.data;
    const apiMessage = data && typeof data === 'object' && typeof data.message === 'string'
        ? data.message
        : err instanceof Error
            ? err.message
            : String(err);
    const details = validationErrors(err)
        .map((e) => e.message ?? [e.resource, e.field].filter(Boolean).join('.') + (e.code ? `: ${e.code}` : ''))
        .filter((s) => s !== '');
    const head = status !== undefined ? `${status} ${apiMessage}` : apiMessage;
    return details.length > 0 ? `${head} (${details.join('; ')})` : head;
}
const HINTS = {
    401: 'The token was refused: it is missing, expired or revoked.',
    403: 'The token lacks a permission this step needs (see the permissions the action documents), or a rule of the repository forbids it.',
    404: 'The repository or object does not exist, or the token cannot see it.',
};
/**
 * Turns a GitHub failure into an error for the person running the release
 * ("Could not create the draft release: 403 Resource not accessible by
 * integration. The token lacks…"). Errors that are not HTTP answers (bugs)
 * and errors that already are UserErrors pass through unchanged.
 */
function gitHubFailure(err, doing) {
    const status = httpStatus(err);
    if (status === undefined || err instanceof errors/* UserError */.y)
        return err;
    const hint = HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
    return new errors/* UserError */.y(`Could not ${doing}: ${describeGitHubError(err)}.${hint ? ` ${hint}` : ''}`);
}
/** Runs one GitHub call, turning its HTTP failure into a UserError that says what was being done. */
async function onGitHub(doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw gitHubFailure(err, doing);
    }
}

;// CONCATENATED MODULE: ./lib/github/git.js
/** Commits and tags, read through the REST API (this suite never writes a tag ref directly). */


const repoName = (r) => `${r.owner}/${r.repo}`;
/** True when the commit exists in the repository; false for 404 (and 422, GitHub's answer to a malformed SHA). */
async function commitExists(gh, repo, sha) {
    try {
        await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
        return true;
    }
    catch (err) {
        const status = httpStatus(err);
        if (status === 404 || status === 422)
            return false;
        throw err;
    }
}
/**
 * The commit a tag points at, following annotated tag objects; undefined when
 * the tag does not exist.
 */
async function tagCommit(gh, repo, tag) {
    let object;
    try {
        const { data } = await gh.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
        object = data.object;
    }
    catch (err) {
        if (httpStatus(err) === 404)
            return undefined;
        throw err;
    }
    // An annotated tag may (rarely) point at another tag object: follow a few levels.
    for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        const { data } = await gh.rest.git.getTag({ ...repo, tag_sha: object.sha });
        object = data.object;
    }
    if (object.type !== 'commit') {
        throw new errors/* UserError */.y(`The tag ${tag} in ${repoName(repo)} points at a ${object.type} (${object.sha}), not a commit; a release needs a tag on a commit.`);
    }
    return object.sha.toLowerCase();
}
/** Every tag name in the repository (paginated; tags are cheap to list even in large repositories). */
async function listTagNames(gh, repo) {
    const tags = await onGitHub(`list the tags of ${repoName(repo)}`, () => gh.paginate(gh.rest.repos.listTags, { ...repo, per_page: 100 }));
    return tags.map((t) => t.name);
}

;// CONCATENATED MODULE: ./lib/github/checks.js
/**
 * Required checks: named check runs or commit statuses that must have
 * succeeded on a commit before anything is released from it.
 */



const RANK = { success: 0, pending: 1, failure: 2 };
/**
 * The state of each named check on `sha`. A check run counts as passed only
 * with conclusion `success` (a skipped or neutral run did not prove anything);
 * among runs of one name the latest decides (a re-run replaces a failure). A
 * commit status counts with state `success`. When a name is both a check run
 * and a status, the worse of the two decides.
 */
async function readChecks(gh, repo, sha, names) {
    const runs = await onGitHub(`read the check runs of ${sha} in ${repoName(repo)}`, () => gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: sha, per_page: 100, filter: 'latest' }));
    const combined = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }));
    const statuses = [...combined.data.statuses];
    // The combined status lists one entry per context; page on when there are more than 100.
    for (let page = 2; statuses.length < combined.data.total_count && page <= 10; page++) {
        const more = await onGitHub(`read the commit statuses of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100, page }));
        if (more.data.statuses.length === 0)
            break;
        statuses.push(...more.data.statuses);
    }
    const latestRun = new Map();
    for (const run of runs) {
        const obs = run.status !== 'completed'
            ? { verdict: 'pending', detail: `check run is ${run.status}`, url: run.html_url ?? undefined, order: run.id }
            : run.conclusion === 'success'
                ? { verdict: 'success', detail: 'check run succeeded', url: run.html_url ?? undefined, order: run.id }
                : { verdict: 'failure', detail: `check run concluded ${run.conclusion ?? 'without a conclusion'}`, url: run.html_url ?? undefined, order: run.id };
        const prev = latestRun.get(run.name);
        if (!prev || obs.order > prev.order)
            latestRun.set(run.name, obs);
    }
    const statusOf = new Map();
    for (const s of statuses) {
        const verdict = s.state === 'success' ? 'success' : s.state === 'pending' ? 'pending' : 'failure';
        const obs = { verdict, detail: `commit status is ${s.state}`, url: s.target_url ?? undefined, order: s.id };
        const prev = statusOf.get(s.context);
        if (!prev || obs.order > prev.order)
            statusOf.set(s.context, obs);
    }
    const results = names.map((name) => {
        const found = [latestRun.get(name), statusOf.get(name)].filter((o) => o !== undefined);
        if (found.length === 0)
            return { name, verdict: 'missing', detail: 'no check run or commit status of that name' };
        const worst = found.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
        return { name, verdict: worst.verdict, detail: worst.detail, url: worst.url };
    });
    const seen = [...new Set([...latestRun.keys(), ...statusOf.keys()])].sort();
    return { results, seen };
}
function describeResult(r) {
    const verb = r.verdict === 'failure' ? 'failed' : r.verdict === 'pending' ? 'has not finished' : 'is missing';
    return `'${r.name}' ${verb} (${r.detail})${r.url ? ` ${r.url}` : ''}`;
}
/**
 * Returns once every named check has succeeded on `sha`; throws a UserError
 * naming each failing, unfinished or missing one. A failure ends the wait at
 * once (waiting cannot fix it); pending and missing checks are waited for up
 * to the timeout.
 */
async function requireChecks(gh, repo, sha, names, log, opts) {
    if (names.length === 0)
        return [];
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const pollMs = 1000 * (opts.pollSeconds ?? Math.min(15, Math.max(2, Math.round(opts.timeoutSeconds / 20))));
    const deadline = now() + opts.timeoutSeconds * 1000;
    for (;;) {
        const { results, seen } = await readChecks(gh, repo, sha, names);
        const bad = results.filter((r) => r.verdict !== 'success');
        if (bad.length === 0) {
            log.info(`Required checks succeeded on ${sha}: ${names.join(', ')}`);
            return results;
        }
        const failed = bad.filter((r) => r.verdict === 'failure');
        if (failed.length > 0 || now() + pollMs > deadline) {
            const waited = opts.timeoutSeconds > 0 ? ` after waiting up to ${opts.timeoutSeconds}s` : '';
            const missingHint = bad.some((r) => r.verdict === 'missing')
                ? ` Names seen on this commit: ${seen.length > 0 ? seen.join(', ') : 'none'}.`
                : '';
            const waitHint = failed.length === 0 && opts.timeoutSeconds === 0 ? ' Set checks-timeout to wait for checks that are still running.' : '';
            throw new errors/* UserError */.y(`Required checks have not succeeded on commit ${sha}${waited}: ${bad.map(describeResult).join('; ')}.${missingHint}${waitHint} Nothing was released.`);
        }
        log.info(`Waiting for required checks on ${sha}: ${bad.map((r) => `${r.name} (${r.verdict})`).join(', ')}`);
        await sleep(pollMs);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/github/releases.js
/**
 * GitHub releases and their assets: finding every release of a tag (drafts
 * included), creating, updating, deleting, and uploading assets as a stream.
 */


/** How far the release list is read looking for drafts: 10 pages of 100, the newest first. */
const DEFAULT_MAX_RELEASE_PAGES = 10;
/**
 * Every release whose tag is `tag`. The get-by-tag endpoint never returns a
 * draft, so the release list is read as well (newest first, at most
 * `maxPages` pages: a draft left by an earlier run or created by a racing run
 * is recent; a published release older than that is still found by tag).
 */
async function findReleasesForTag(gh, repo, tag, log, maxPages = DEFAULT_MAX_RELEASE_PAGES) {
    const found = new Map();
    try {
        const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
        found.set(data.id, data);
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
    let pages = 0;
    for await (const page of gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100 })) {
        for (const r of page.data)
            if (r.tag_name === tag)
                found.set(r.id, r);
        if (++pages >= maxPages) {
            log.debug(`looked for drafts of ${tag} among the newest ${maxPages * 100} releases only`);
            break;
        }
    }
    return [...found.values()].sort((a, b) => a.id - b.id);
}
/** The one release a tag should have: a published one if any, otherwise the oldest (lowest id). */
function canonicalRelease(releases) {
    const published = releases.filter((r) => !r.draft).sort((a, b) => a.id - b.id);
    if (published.length > 0)
        return published[0];
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
async function createDraftRelease(gh, repo, fields) {
    const { data } = await gh.rest.repos.createRelease({ ...repo, ...fields, draft: true, generate_release_notes: false });
    return data;
}
async function getRelease(gh, repo, id) {
    const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: id });
    return data;
}
async function updateRelease(gh, repo, id, fields) {
    const { data } = await gh.rest.repos.updateRelease({ ...repo, release_id: id, ...fields });
    return data;
}
async function deleteRelease(gh, repo, id) {
    try {
        await gh.rest.repos.deleteRelease({ ...repo, release_id: id });
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
}
async function listAssets(gh, repo, releaseId) {
    return gh.paginate(gh.rest.repos.listReleaseAssets, { ...repo, release_id: releaseId, per_page: 100 });
}
async function deleteAsset(gh, repo, assetId) {
    try {
        await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
    }
    catch (err) {
        if (!isNotFound(err))
            throw err;
    }
}
/**
 * The asset GitHub stores for an upload named `name`: GitHub replaces some
 * characters (spaces become dots), and a label may keep the original name.
 */
function findAsset(assets, name) {
    const renamed = name.replace(/ /g, '.');
    return assets.find((a) => a.name === name) ?? assets.find((a) => a.name === renamed || a.label === name);
}
/**
 * One upload attempt: the file is streamed with its Content-Length (never read
 * into memory). The upload URL comes from the release (uploads.github.com, or
 * the GitHub Enterprise equivalent). Octokit's own retries are off for it: a
 * stream cannot be sent twice, so the caller retries with a fresh stream.
 */
async function uploadAssetOnce(gh, release, file) {
    const stream = (0,external_node_fs_.createReadStream)(file.path);
    try {
        const response = await gh.request({
            method: 'POST',
            url: release.upload_url,
            name: file.name,
            headers: { 'content-type': file.contentType, 'content-length': file.size },
            data: stream,
            request: { retries: 0 },
        });
        return response.data;
    }
    finally {
        stream.destroy();
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(1668);
;// CONCATENATED MODULE: ./lib/commands/create-release/stand-in.js
/**
 * The name a replacement asset carries on a release until the asset it
 * replaces is gone (see put-asset.ts).
 */
/**
 * Ends the name of a stand-in. The name must come back from GitHub unchanged,
 * or the next run could not find it: GitHub rewrites special characters in
 * asset names (spaces, `~`, `:`, parentheses… become `.`) and names with a
 * leading or trailing period, while letters, digits, `.`, `-` and `_` stay. So
 * it is a suffix, not a hidden `.name` prefix. No asset of a release may end
 * with it (resolveAssets refuses one), so a stand-in is never taken for one.
 */
const STAND_IN_SUFFIX = '.pyrelease-replacement';
/** The characters GitHub keeps in an asset name; any other becomes `.`. */
function keptByGitHub(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '.');
}
/** The stand-in for the asset `name`: made of characters GitHub keeps, so it is found again by name. */
function standInName(name) {
    const safe = keptByGitHub(name)
        .replace(/\.{2,}/g, '.')
        .replace(/^\.|\.$/g, '');
    return `${safe || 'asset'}${STAND_IN_SUFFIX}`;
}
/** Whether `name`, as GitHub would store it ("x pyrelease-replacement" arrives as "x.pyrelease-replacement"), is a stand-in's. */
function isStandInName(name) {
    return keptByGitHub(name).endsWith(STAND_IN_SUFFIX);
}

;// CONCATENATED MODULE: ./lib/commands/create-release/assets.js
/**
 * Release assets on this side: the files the `assets` globs name, their
 * sha256, and what to do with each given what the release already holds.
 */









const CONTENT_TYPES = [
    [/\.(whl|zip|egg)$/i, 'application/zip'],
    [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
    [/\.tar\.bz2$/i, 'application/x-bzip2'],
    [/\.tar\.xz$/i, 'application/x-xz'],
    [/\.json$/i, 'application/json'],
    [/\.(txt|sha256|md5|asc|sig)$/i, 'text/plain'],
    [/\.md$/i, 'text/markdown'],
    [/\.(intoto\.jsonl|jsonl)$/i, 'application/jsonl'],
];
function contentTypeFor(name) {
    return CONTENT_TYPES.find(([re]) => re.test(name))?.[1] ?? 'application/octet-stream';
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path), hash);
    return hash.digest('hex');
}
/**
 * The files the globs name, relative to `cwd`. A line starting with `!`
 * excludes matches. Every other line must match at least one file, and no two
 * files may share a name (a release asset is known by its name alone).
 */
async function resolveAssets(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const byPath = new Map();
    const unmatched = [];
    for (const pattern of include) {
        const found = await (0,index_min/* glob */.TI)(pattern, { cwd, nodir: true, dot: true, absolute: true, ignore });
        if (found.length === 0)
            unmatched.push(pattern);
        for (const path of found.sort())
            byPath.set(path, (0,external_node_path_.basename)(path));
    }
    if (unmatched.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': ${unmatched.map((p) => `'${p}'`).join(', ')} matched no file in ${cwd}. ` +
            'Check the paths (globs are relative to the workspace) and that the files were downloaded into this job.');
    }
    const reserved = [...byPath.values()].filter(isStandInName);
    if (reserved.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': ${reserved.join(', ')} ${reserved.length === 1 ? 'ends' : 'end'} with ${STAND_IN_SUFFIX}, which marks a replacement in progress on a release. ` +
            'Rename the file, or exclude it with a ! line.');
    }
    const byName = new Map();
    for (const [path, name] of byPath)
        byName.set(name, [...(byName.get(name) ?? []), path]);
    const clashes = [...byName.entries()].filter(([, paths]) => paths.length > 1);
    if (clashes.length > 0) {
        throw new errors/* UserError */.y(`Input 'assets': release assets are known by name, and several files share one: ` +
            clashes.map(([name, paths]) => `${name} (${paths.join(', ')})`).join('; ') +
            '. Narrow the globs so each name appears once.');
    }
    const assets = [];
    for (const [path, name] of byPath) {
        const { size } = await (0,promises_.stat)(path);
        assets.push({ path, name, size, sha256: await sha256File(path), contentType: contentTypeFor(name) });
    }
    return assets.sort((a, b) => a.name.localeCompare(b.name));
}
/** GitHub reports an asset's sha256 as "sha256:<hex>" (null for assets uploaded before it computed digests). */
function assetSha256(asset) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return m ? m[1].toLowerCase() : undefined;
}
/** True when the release's asset holds exactly the local bytes. */
function sameBytes(asset, local) {
    return asset.state === 'uploaded' && asset.size === local.size && assetSha256(asset) === local.sha256;
}
/**
 * What to do with each local asset. Identical bytes are skipped; an
 * incomplete upload left by an interrupted run is replaced; the same name
 * with other bytes (or bytes GitHub cannot vouch for, having no digest) is a
 * conflict unless `overwrite` is set. Conflicts are returned, not thrown, so
 * the caller can name them all at once.
 */
function planAssets(locals, existing, overwrite) {
    const plans = [];
    const conflicts = [];
    for (const local of locals) {
        const have = findAsset(existing, local.name);
        if (!have) {
            plans.push({ local, action: 'upload', reason: 'new' });
        }
        else if (have.state !== 'uploaded') {
            plans.push({ local, action: 'replace', existing: have, reason: `an incomplete upload (state ${have.state}) is replaced` });
        }
        else if (sameBytes(have, local)) {
            plans.push({ local, action: 'skip', existing: have, reason: 'identical (same sha256)' });
        }
        else {
            const theirs = assetSha256(have);
            const why = theirs
                ? `has sha256 ${theirs}, the local file ${local.sha256}`
                : `has no digest to compare (${have.size} bytes on the release, ${local.size} here)`;
            if (overwrite)
                plans.push({ local, action: 'replace', existing: have, reason: `replaced: the release's asset ${why}` });
            else
                conflicts.push(`${local.name} ${why}`);
        }
    }
    return { plans, conflicts };
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./lib/commands/create-release/changelog.js
/**
 * The section of a changelog that belongs to one version: Markdown (Keep a
 * Changelog, release-please, towncrier's Markdown, setext headings as in
 * requests' HISTORY.md) and reStructuredText (CHANGES.rst, towncrier's
 * NEWS.rst). RST sections are turned into Markdown, since GitHub renders
 * release notes as Markdown.
 */

function changelogFormat(fileName, text) {
    if (/\.(rst|rest|txt)$/i.test(fileName)) {
        // .txt is ambiguous: call it Markdown when it has ATX headings.
        if (/\.txt$/i.test(fileName) && /^#{1,6}\s/m.test(text))
            return 'markdown';
        return 'rst';
    }
    return 'markdown';
}
function normalizeVersion(v) {
    const e = pep440.explain(v);
    if (!e)
        return undefined;
    return e.local ? `${e.public}+${e.local}` : e.public;
}
/** "[2.10.0](https://…) - 2024-05-01" → "2.10.0 - 2024-05-01": links and emphasis reduced to their text. */
function plainHeading(text) {
    return text
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
        .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, '$1')
        .replace(/[*_`]/g, '');
}
function headingTokens(text) {
    return plainHeading(text)
        .split(/[\s,;()[\]|/]+/)
        .map((t) => t.replace(/:$/, ''))
        .filter((t) => t !== '');
}
/** The PEP 440 version a heading names, if any: "2.10.0", "v2.10.0", "Version 2.10.0", "ray 2.10.0 (date)", "pkg@2.10.0". */
function headingVersions(text) {
    const out = [];
    for (const token of headingTokens(text)) {
        for (const candidate of [token, token.replace(/^[vV](?=\d)/, ''), token.split('@').pop() ?? '']) {
            if (!/^\d+(\.\d+)+/.test(candidate))
                continue;
            const n = normalizeVersion(candidate);
            if (n)
                out.push(n);
        }
    }
    return out;
}
function sameVersion(a, b) {
    if (a === b)
        return true;
    try {
        return pep440.eq(a, b);
    }
    catch {
        return false;
    }
}
/** A heading that opens a release: it starts with a version ("[2.0.1](…) (date)", "v2.0.1", "Version 2.0.1") or says Unreleased. */
function opensRelease(text) {
    const tokens = headingTokens(text);
    const first = /^(version|release)$/i.test(tokens[0] ?? '') ? tokens[1] : tokens[0];
    if (first === undefined)
        return false;
    return /^unreleased$/i.test(first) || headingVersions(first).length > 0;
}
// ---------------------------------------------------------------- Markdown
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LINK_DEF = /^ {0,3}\[([^\]]+)\]:\s*\S+/;
/** Marks the lines inside fenced code blocks, where nothing is a heading. */
function fencedLines(lines) {
    const inside = new Array(lines.length).fill(false);
    let open;
    lines.forEach((line, i) => {
        const m = FENCE.exec(line);
        if (open) {
            inside[i] = true;
            if (m && m[1][0] === open[0] && m[1].length >= open.length)
                open = undefined;
        }
        else if (m) {
            open = m[1];
            inside[i] = true;
        }
    });
    return inside;
}
function markdownHeadings(lines, fenced) {
    const headings = [];
    for (let i = 0; i < lines.length; i++) {
        if (fenced[i])
            continue;
        const atx = ATX.exec(lines[i]);
        if (atx) {
            headings.push({ start: i, end: i + 1, level: atx[1].length, text: (atx[2] ?? '').trim() });
            continue;
        }
        const next = lines[i + 1];
        const title = lines[i];
        if (next !== undefined &&
            !fenced[i + 1] &&
            SETEXT.exec(next) &&
            title.trim() !== '' &&
            !/^ {4}/.test(title) &&
            !/^\s*([-*+>]|\d+[.)])\s/.test(title) &&
            (i === 0 || lines[i - 1].trim() === '' || headings.at(-1)?.end === i)) {
            headings.push({ start: i, end: i + 2, level: next.trim().startsWith('=') ? 1 : 2, text: title.trim() });
            i++;
        }
    }
    return headings;
}
function markdownSection(text, version) {
    const lines = text.split(/\r?\n/);
    const fenced = fencedLines(lines);
    const headings = markdownHeadings(lines, fenced);
    const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
    if (index < 0)
        return undefined;
    const h = headings[index];
    // The section ends at a shallower heading or at the next heading that opens a
    // release, whatever its depth: release-please wrote "### [2.0.1]" under
    // "## [2.1.0]", and "### Bug Fixes" at the depth of "### [2.0.1]".
    const next = headings.slice(index + 1).find((o) => o.level < h.level || opensRelease(o.text));
    const bodyLines = lines.slice(h.end, next ? next.start : lines.length);
    // Reference-style links: the definitions usually sit at the end of the file
    // (Keep a Changelog's compare links). Drop them from the section, then append
    // those the section uses.
    const defs = new Map();
    lines.forEach((line, i) => {
        const m = fenced[i] ? null : LINK_DEF.exec(line);
        if (m)
            defs.set(m[1].toLowerCase(), line.trim());
    });
    const bodyFenced = fencedLines(bodyLines);
    const kept = bodyLines.filter((line, i) => bodyFenced[i] || !LINK_DEF.test(line));
    const body = trimBlankLines(kept).join('\n');
    const used = new Set();
    for (const m of body.matchAll(/\[([^\]]+)\](?!\()/g))
        used.add(m[1].toLowerCase());
    const needed = [...defs.entries()].filter(([label]) => used.has(label)).map(([, line]) => line);
    const full = needed.length > 0 ? `${body}\n\n${needed.join('\n')}` : body;
    return { heading: h.text, body: full, format: 'markdown' };
}
// ---------------------------------------------------------------- reStructuredText
const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;
function isAdornment(line, minLength = 3) {
    return line !== undefined && ADORNMENT.test(line) && line.trim().length >= minLength;
}
function rstHeadings(lines) {
    const styles = [];
    const levelOf = (style) => {
        if (!styles.includes(style))
            styles.push(style);
        return styles.indexOf(style) + 1;
    };
    const headings = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const prevBlank = i === 0 || lines[i - 1].trim() === '';
        // Overline, title, underline of the same character.
        if (prevBlank &&
            isAdornment(line) &&
            lines[i + 1] !== undefined &&
            lines[i + 1].trim() !== '' &&
            !isAdornment(lines[i + 1]) &&
            isAdornment(lines[i + 2]) &&
            lines[i + 2].trim()[0] === line.trim()[0]) {
            headings.push({ start: i, end: i + 3, level: levelOf(`o${line.trim()[0]}`), text: lines[i + 1].trim() });
            i += 2;
            continue;
        }
        // Title and underline: the title starts at the margin, the underline is at least as long (or 3+ for short titles).
        const under = lines[i + 1];
        if (prevBlank &&
            line.trim() !== '' &&
            !/^\s/.test(line) &&
            !isAdornment(line) &&
            !line.startsWith('..') &&
            isAdornment(under, Math.min(3, line.trim().length)) &&
            under.trim().length >= Math.min(line.trim().length, 3) &&
            (lines[i + 2] === undefined || lines[i + 2].trim() === '' || !isAdornment(lines[i + 2]))) {
            headings.push({ start: i, end: i + 2, level: levelOf(`u${under.trim()[0]}`), text: line.trim() });
            i += 1;
        }
    }
    return headings;
}
/** reStructuredText inline markup → Markdown, for what changelogs use. */
function rstInlineToMarkdown(text) {
    return (text
        // `text <https://…>`_ and anonymous __
        .replace(/`([^`<]+?)\s*<([^>]+)>`__?/g, '[$1]($2)')
        // Sphinx roles that name GitHub objects
        .replace(/:(?:issue|pr|pull|gh):`([^`]+)`/g, (_m, n) => n.split(/[\s,]+/).map((x) => `#${x.replace(/^#/, '')}`).join(', '))
        .replace(/:(?:user|ghuser|github):`([^`]+)`/g, '@$1')
        // Any other role: its text (the part before <target> when there is one)
        .replace(/:[\w:+-]+:`([^`]+)`/g, (_m, t) => `\`${t.replace(/\s*<[^>]*>$/, '').replace(/^[~!]/, '')}\``)
        // ``literal`` → `literal`
        .replace(/``([^`]+)``/g, '`$1`'));
}
function rstSection(text, version) {
    const lines = text.split(/\r?\n/);
    const headings = rstHeadings(lines);
    const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
    if (index < 0)
        return undefined;
    const h = headings[index];
    const nextIndex = headings.findIndex((o, j) => j > index && o.level <= h.level);
    const stop = nextIndex < 0 ? lines.length : headings[nextIndex].start;
    const inner = headings.filter((o, j) => j > index && (nextIndex < 0 || j < nextIndex));
    const out = [];
    let i = h.end;
    while (i < stop) {
        const sub = inner.find((o) => o.start === i);
        if (sub) {
            out.push(`${'#'.repeat(Math.min(6, 2 + sub.level - h.level))} ${rstInlineToMarkdown(sub.text)}`);
            i = sub.end;
            continue;
        }
        const line = lines[i];
        // Comments (".. towncrier release notes start") and directives without content are dropped.
        if (/^\.\.(\s|$)/.test(line) && !/^\.\. \w[\w-]*::/.test(line)) {
            i++;
            while (i < stop && (lines[i].trim() === '' || /^\s/.test(lines[i]))) {
                if (lines[i].trim() === '' && i + 1 < stop && !/^\s/.test(lines[i + 1]) && lines[i + 1].trim() !== '')
                    break;
                i++;
            }
            continue;
        }
        // A paragraph ending in "::" introduces an indented literal block: make it a fenced block.
        if (/::\s*$/.test(line) && !/^\.\. /.test(line)) {
            const lead = line.replace(/\s*::\s*$/, '');
            if (lead.trim() !== '')
                out.push(rstInlineToMarkdown(line.replace(/::\s*$/, ':')));
            // The block is indented relative to the paragraph's text (after a list marker, if any).
            const baseIndent = (/^\s*(?:(?:[-*+]|\d+[.)]|#\.)\s+)?/.exec(line)[0]).length;
            let j = i + 1;
            while (j < stop && lines[j].trim() === '')
                j++;
            const block = [];
            while (j < stop && (lines[j].trim() === '' || /^\s*/.exec(lines[j])[0].length > baseIndent))
                block.push(lines[j++]);
            while (block.length > 0 && block.at(-1).trim() === '')
                block.pop();
            if (block.length > 0) {
                const indent = Math.min(...block.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)[0].length));
                out.push('', ' '.repeat(baseIndent) + '```', ...block.map((l) => ' '.repeat(baseIndent) + l.slice(indent)), ' '.repeat(baseIndent) + '```', '');
                i = j;
                continue;
            }
            i++;
            continue;
        }
        out.push(rstInlineToMarkdown(line));
        i++;
    }
    return { heading: h.text, body: trimBlankLines(out).join('\n').replace(/\n{3,}/g, '\n\n'), format: 'rst' };
}
function trimBlankLines(lines) {
    let a = 0;
    let b = lines.length;
    while (a < b && lines[a].trim() === '')
        a++;
    while (b > a && lines[b - 1].trim() === '')
        b--;
    return lines.slice(a, b).map((l) => l.replace(/\s+$/, ''));
}
/**
 * The section for `version` (compared as PEP 440, so "v2.10.0", "2.10.0" and
 * "2.10" name the same release), or undefined when the changelog has none.
 */
function extractChangelogSection(text, version, format) {
    const wanted = normalizeVersion(version) ?? version;
    return format === 'rst' ? rstSection(text, wanted) : markdownSection(text, wanted);
}
/** The versions the changelog has sections for, in file order: for error messages. */
function changelogVersions(text, format) {
    const lines = text.split(/\r?\n/);
    const headings = format === 'rst' ? rstHeadings(lines) : markdownHeadings(lines, fencedLines(lines));
    return [...new Set(headings.flatMap((h) => headingVersions(h.text)))];
}

;// CONCATENATED MODULE: ./lib/commands/create-release/notes.js
/**
 * Release notes from several sources, combined in one fixed order and cut to
 * the size GitHub accepts.
 */
/** The sources, in the order their text appears in the release body. */
const NOTES_ORDER = ['notes', 'notes-file', 'changelog', 'generate-notes'];
/** GitHub refuses a release body longer than this many characters. */
const GITHUB_BODY_LIMIT = 125_000;
/**
 * Every given source, trimmed, in NOTES_ORDER, separated by a blank line;
 * empty sources are left out. The result fits in `limit` characters: a longer
 * body is cut at a line boundary and ends with a note saying so.
 */
function combineNotes(parts, limit = GITHUB_BODY_LIMIT) {
    const used = parts
        .map((p) => ({ ...p, text: p.text.replace(/\r\n/g, '\n').trim() }))
        .filter((p) => p.text !== '')
        .sort((a, b) => NOTES_ORDER.indexOf(a.source) - NOTES_ORDER.indexOf(b.source));
    const full = used.map((p) => p.text).join('\n\n');
    const { text, cut } = fitBody(full, limit);
    return { body: text, parts: used, cut };
}
function truncationNote(cut, limit) {
    return `\n\n---\n*These release notes were cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters; ${cut.toLocaleString('en-US')} characters were left out.*`;
}
/** Cuts `body` to at most `limit` characters, at a line boundary when one is near, never inside a surrogate pair. */
function fitBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return { text: body, cut: 0 };
    // The note's own length depends on the number it reports: size it for the worst
    // case, and keep room for closing a code fence.
    const room = limit - truncationNote(body.length, limit).length - 4;
    let end = Math.max(0, room);
    const newline = body.lastIndexOf('\n', end);
    if (newline > 0 && end - newline < 2000)
        end = newline;
    const code = body.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    let kept = body.slice(0, end).replace(/\s+$/, '');
    // An unclosed code fence would swallow the note: close it.
    if ((kept.match(/^ {0,3}```/gm) ?? []).length % 2 === 1)
        kept += '\n```';
    const cut = body.length - kept.length;
    return { text: kept + truncationNote(cut, limit), cut };
}

;// CONCATENATED MODULE: ./lib/sources/http-retry.js
/** An HTTP answer the caller did not want; `retryAfterMs` carries the server's hint. */
class HttpStatusError extends Error {
    status;
    retryAfterMs;
    constructor(status, message, retryAfterMs) {
        super(message);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'HttpStatusError';
    }
}
/** A failure we know to be passing: a truncated body, a stalled connection, a resumed range that did not line up. */
class TransientError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'TransientError';
    }
}
/** Statuses that say "try again later" rather than "this will never work". */
function isRetryableStatus(status) {
    return status === 408 || status === 425 || status === 429 || status >= 500;
}
/** Retry-After as delta-seconds or an HTTP date, in milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
// Node's fetch (undici) and node:net report connection trouble with these codes.
const TRANSIENT_CODES = new Set([
    'ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH',
    'ENETDOWN', 'EHOSTDOWN',
    'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CLOSED',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
function codeOf(err) {
    if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') {
        return err.code;
    }
    return undefined;
}
/**
 * True for a dropped, refused, reset or stalled connection, looking through
 * `cause` chains. A known error code decides; DNS "not found" and TLS
 * certificate errors carry codes that are not in the list, so they are final.
 */
function isTransientNetworkError(err) {
    let hint = false;
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = codeOf(e);
        if (code)
            return TRANSIENT_CODES.has(code);
        // Duck-typed: errors from node internals may come from another realm (jest's VM).
        const name = e.name;
        const message = e.message;
        if (typeof message === 'string') {
            // undici: "fetch failed" (TypeError) wraps the socket error; "terminated" when the body stream dies.
            if (name === 'TypeError' && /fetch failed|terminated/i.test(message))
                hint = true;
            if (/other side closed|socket hang up/i.test(message))
                hint = true;
        }
        if (name === 'TimeoutError')
            hint = true;
    }
    return hint;
}
/** The usual decision for HTTP work: retry passing network trouble, truncation and 408/425/429/5xx. */
function httpRetryDecision(err) {
    if (err instanceof HttpStatusError) {
        return isRetryableStatus(err.status) ? { retry: true, delayMs: err.retryAfterMs } : { retry: false };
    }
    if (err instanceof TransientError)
        return { retry: true };
    return { retry: isTransientNetworkError(err) };
}

;// CONCATENATED MODULE: ./lib/sources/retry.js
const DEFAULT_MAX_HINT_MS = 10 * 60_000;
const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };
/**
 * The wait before attempt `attempt + 1`: "equal jitter" (half fixed, half
 * random) so that many clients that failed together do not come back together,
 * yet no wait collapses to zero.
 */
function backoffDelay(attempt, opts, random = Math.random) {
    const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
function abortReason(signal) {
    return signal.reason ?? new Error('aborted');
}
function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortReason(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function field(obj, name) {
    return obj !== null && typeof obj === 'object' && name in obj ? obj[name] : undefined;
}
/**
 * "fetch failed (connect ECONNREFUSED 127.0.0.1:9, ECONNREFUSED)": the
 * message with its causes. Duck-typed, because errors from node internals may
 * come from another realm (jest's VM) where `instanceof Error` is false.
 */
function describeError(err) {
    const message = field(err, 'message');
    if (typeof message !== 'string')
        return String(err);
    const parts = [];
    for (let e = field(err, 'cause'), depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
        const m = field(e, 'message');
        const code = field(e, 'code');
        if (typeof m === 'string' && m && !parts.includes(m))
            parts.push(m);
        if (typeof code === 'string' && !parts.some((p) => p.includes(code)))
            parts.push(code);
    }
    return parts.length ? `${message} (${parts.join(', ')})` : message;
}
/**
 * Runs `fn(attempt)` (attempt counts from 1) until it succeeds, `isRetryable`
 * refuses, attempts run out or the next wait would overrun maxElapsedMs; then
 * throws the last error unchanged so callers keep its type and message.
 */
async function withRetry(fn, isRetryable, opts, log) {
    const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts));
    const random = opts.random ?? Math.random;
    const sleep = opts.sleep ?? ((ms) => sleepFor(ms, opts.signal));
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        if (opts.signal?.aborted)
            throw abortReason(opts.signal);
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw abortReason(opts.signal);
            if (attempt >= maxAttempts)
                throw err;
            const decision = isRetryable(err);
            if (!decision.retry)
                throw err;
            const hinted = decision.delayMs !== undefined;
            const delay = hinted ? Math.max(0, decision.delayMs) : backoffDelay(attempt, opts, random);
            const pastHint = hinted && delay > (opts.maxHintMs ?? DEFAULT_MAX_HINT_MS);
            const pastElapsed = opts.maxElapsedMs !== undefined && Date.now() - started + delay > opts.maxElapsedMs;
            if (pastHint || pastElapsed) {
                if (hinted) {
                    log?.info(`${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; the server asks to wait `
                        + `${(delay / 1000).toFixed(1)}s (Retry-After), longer than the retry limits allow, so no further attempt is made`);
                }
                throw err;
            }
            log?.info(`${opts.what ? `${opts.what}: ` : ''}attempt ${attempt} of ${maxAttempts} failed: ${describeError(err)}; retrying in ${(delay / 1000).toFixed(1)}s`);
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./lib/commands/create-release/upload-asset.js
/**
 * One release asset uploaded, with retries: each attempt streams the file
 * afresh, and an attempt after a failure first looks at what the failed one
 * left on the release (the asset may have landed after all, or be half there).
 */






const DEFAULT_UPLOAD_RETRY = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };
/** Retry an upload after passing trouble: dropped connections, 408/429/5xx, a name that appeared mid-way. */
function uploadRetryDecision(err) {
    if (err instanceof errors/* UserError */.y)
        return { retry: false };
    if (err instanceof TransientError || isTransientNetworkError(err))
        return { retry: true };
    const status = httpStatus(err);
    if (status !== undefined) {
        const headers = err.response?.headers;
        return isRetryableStatus(status) ? { retry: true, delayMs: parseRetryAfter(headers?.['retry-after']) } : { retry: false };
    }
    return { retry: false };
}
/** Uploads `local` under `local.name`; returns the asset as GitHub reports it. */
async function uploadWithRetry(gh, repo, release, local, options, log, tuning) {
    const { overwrite, kept } = options;
    const opts = { ...DEFAULT_UPLOAD_RETRY, ...tuning.uploadRetry, what: `upload ${local.name}` };
    if (tuning.sleep && !opts.sleep)
        opts.sleep = tuning.sleep;
    const conflict = (have) => new errors/* UserError */.y(`Another upload put a different ${local.name} on release ${release.id} while this step ran (sha256 ${assetSha256(have) ?? 'unknown'}, ` +
        `local ${local.sha256}). Set overwrite-assets: true to replace it.`);
    try {
        return await withRetry(async (attempt) => {
            if (attempt > 1) {
                // The failed attempt may have landed after all, or left an incomplete asset behind.
                const have = findAsset(await listAssets(gh, repo, release.id), local.name);
                if (have && sameBytes(have, local))
                    return have;
                if (have && have.state === 'uploaded' && !overwrite)
                    throw conflict(have);
                if (have) {
                    log.info(`${local.name}: removing what the failed attempt left (state ${have.state}, ${have.size} bytes)`);
                    await deleteAsset(gh, repo, have.id);
                }
            }
            try {
                const asset = await uploadAssetOnce(gh, release, local);
                log.info(`${local.name}: uploaded (${local.size} bytes, sha256 ${local.sha256})`);
                if (asset.name !== local.name)
                    log.warning(`GitHub stored ${local.name} under the name ${asset.name}.`);
                return asset;
            }
            catch (err) {
                if (!isAlreadyExists(err))
                    throw err;
                // Another run uploaded this name meanwhile.
                const have = findAsset(await listAssets(gh, repo, release.id), local.name);
                if (have && sameBytes(have, local)) {
                    log.info(`${local.name}: another run uploaded the same bytes meanwhile, skipped`);
                    return have;
                }
                if (have && have.state === 'uploaded' && !overwrite)
                    throw conflict(have);
                throw new TransientError(`an asset named ${local.name} appeared on the release during the upload`, { cause: err });
            }
        }, uploadRetryDecision, opts, log);
    }
    catch (err) {
        if (err instanceof TransientError)
            throw new errors/* UserError */.y(`Could not upload ${local.name}: ${err.message}. Run the step again; ${kept}.`);
        if (isTransientNetworkError(err) && httpStatus(err) === undefined) {
            throw new errors/* UserError */.y(`Could not upload ${local.name}: the connection failed ${opts.maxAttempts} times (${err.message}). Run the step again; ${kept}.`);
        }
        const failure = gitHubFailure(err, `upload ${local.name} to release ${release.id}`);
        if (failure instanceof errors/* UserError */.y && failure !== err)
            throw new errors/* UserError */.y(`${failure.message} ${kept[0].toUpperCase()}${kept.slice(1)}.`);
        throw failure;
    }
}

;// CONCATENATED MODULE: ./lib/commands/create-release/put-asset.js






function outcome(local, action, asset) {
    return { name: local.name, size: local.size, sha256: local.sha256, action, url: asset?.browser_download_url };
}
function stateOf(asset) {
    return `state ${asset.state}, ${asset.size} bytes`;
}
async function putAsset(ctx, plan) {
    const { gh, repo, release, log } = ctx;
    const { local } = plan;
    const standIn = ctx.assets.find((a) => a.name === standInName(local.name));
    if (plan.action === 'replace' && plan.existing) {
        log.info(`${local.name}: ${plan.reason}`);
        return outcome(local, 'replaced', await replace(ctx, plan.existing, local, standIn));
    }
    if (plan.action === 'upload' && standIn && sameBytes(standIn, local)) {
        // An earlier run deleted the old asset and stopped before renaming its replacement.
        log.info(`${local.name}: finishing the replacement an interrupted run left as ${standIn.name} (same sha256)`);
        return outcome(local, 'replaced', await renameIntoPlace(ctx, standIn, local));
    }
    // Nothing else needs a stand-in: it would only stay on the release.
    if (standIn)
        await discardStandIn(ctx, standIn, local);
    if (plan.action === 'skip') {
        log.info(`${local.name}: already on the release with the same sha256, skipped`);
        return outcome(local, 'skipped', plan.existing);
    }
    const kept = release.draft ? 'the draft is kept' : 'the assets already on the release are kept';
    return outcome(local, 'uploaded', await uploadWithRetry(gh, repo, release, local, { overwrite: ctx.overwrite, kept }, log, ctx.tuning));
}
async function discardStandIn(ctx, standIn, local) {
    ctx.log.info(`${local.name}: deleting ${standIn.name}, left by an interrupted replacement (${stateOf(standIn)})`);
    await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(ctx.gh, ctx.repo, standIn.id));
}
/** New bytes under the stand-in name, then the old asset deleted, then the stand-in renamed. */
async function replace(ctx, old, local, leftover) {
    const { gh, repo, release, log } = ctx;
    const name = standInName(local.name);
    let standIn;
    if (leftover && sameBytes(leftover, local)) {
        log.info(`${local.name}: using ${name}, which an interrupted run already uploaded with the same sha256`);
        standIn = leftover;
    }
    else {
        if (leftover)
            await discardStandIn(ctx, leftover, local);
        // The stand-in name is this suite's own: whatever holds it may be replaced.
        standIn = await uploadWithRetry(gh, repo, release, { ...local, name }, { overwrite: true, kept: `the release still has the old ${local.name}` }, log, ctx.tuning);
    }
    try {
        await deleteAsset(gh, repo, old.id);
    }
    catch (err) {
        throw failedStep(err, `delete the old ${local.name} (asset ${old.id})`, `The release still has the old ${local.name}; the new bytes wait as ${name}.`);
    }
    return renameIntoPlace(ctx, standIn, local);
}
async function renameIntoPlace(ctx, standIn, local) {
    const { gh, repo, release, log } = ctx;
    try {
        const { data } = await gh.rest.repos.updateReleaseAsset({ ...repo, asset_id: standIn.id, name: local.name });
        log.info(`${local.name}: replaced (${local.size} bytes, sha256 ${local.sha256})`);
        if (data.name !== local.name)
            log.warning(`GitHub stored ${local.name} under the name ${data.name}.`);
        return data;
    }
    catch (err) {
        if (isAlreadyExists(err)) {
            // Another run put the name on the release between the delete and the rename.
            const have = findAsset(await onGitHub(`list the assets of release ${release.id}`, () => listAssets(gh, repo, release.id)), local.name);
            if (have && sameBytes(have, local)) {
                log.info(`${local.name}: another run put the same bytes in place meanwhile; deleting ${standIn.name}`);
                await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(gh, repo, standIn.id));
                return have;
            }
            throw new errors/* UserError */.y(`Another upload put a different ${local.name} on release ${release.id} while it was being replaced; the new bytes wait as ${standIn.name}. ` +
                'Run the step again (with overwrite-assets: true) to finish the replacement.');
        }
        throw failedStep(err, `rename ${standIn.name} to ${local.name} on release ${release.id}`, `The new bytes are on the release as ${standIn.name}.`);
    }
}
/** GitHub's refusal, with where the replacement stands and that a rerun finishes it. */
function failedStep(err, doing, state) {
    const failure = gitHubFailure(err, doing);
    if (!(failure instanceof errors/* UserError */.y) || failure === err)
        return failure;
    return new errors/* UserError */.y(`${failure.message} ${state} Run the step again to finish the replacement.`);
}

;// CONCATENATED MODULE: ./lib/commands/create-release/version-tags.js
/**
 * Version tags in PEP 440 order: which tag the generated notes start from,
 * whether a release is a pre-release, whether it should become "latest".
 * Tags are compared as versions, never by date: a backport tagged last
 * (v2.8.1 after v2.10.0) is not the previous release of v2.11.0.
 */

function isValidPep440(v) {
    return pep440.explain(v) !== null;
}
/** PEP 440: a version with a pre-release or development segment is a pre-release. */
function isPrerelease(version) {
    const e = pep440.explain(version);
    return !!e && (e.is_prerelease || e.is_devrelease);
}
/**
 * The scheme of `tag`: around `version` when the tag contains it literally
 * ("v{version}", "release-{version}"), otherwise the text before the first
 * digit from which the rest is a PEP 440 version. Undefined when the tag names
 * no version.
 */
function tagScheme(tag, version) {
    if (version) {
        const at = tag.lastIndexOf(version);
        if (at >= 0)
            return { prefix: tag.slice(0, at), suffix: tag.slice(at + version.length) };
    }
    for (let i = 0; i < tag.length; i++) {
        if (!/\d/.test(tag[i]) || (i > 0 && /\d/.test(tag[i - 1])))
            continue;
        const rest = tag.slice(i);
        if (isValidPep440(rest))
            return { prefix: tag.slice(0, i), suffix: '' };
    }
    return undefined;
}
/** The version a tag names under `scheme`, if it follows it. */
function tagVersion(tag, scheme) {
    if (!tag.startsWith(scheme.prefix) || !tag.endsWith(scheme.suffix))
        return undefined;
    const version = tag.slice(scheme.prefix.length, tag.length - scheme.suffix.length);
    // The version must start right after the prefix: "v" + "v2.0" is not the scheme "v{version}".
    if (!/^\d/.test(version) || !isValidPep440(version))
        return undefined;
    return { tag, version, prerelease: isPrerelease(version) };
}
/** The version of the release being made: the `version` input, else the one in its tag. */
function releaseVersion(tag, version) {
    if (version)
        return version;
    const scheme = tagScheme(tag);
    return scheme ? tagVersion(tag, scheme)?.version : undefined;
}
function versionTags(tags, scheme) {
    return tags.map((t) => tagVersion(t, scheme)).filter((t) => t !== undefined);
}
/**
 * The tag the generated notes start from: the highest version below
 * `version` among the tags of the same scheme. For a final release only final
 * releases count (the notes of 2.10.0 cover everything since 2.9.0, not since
 * 2.10.0rc1); for a pre-release any earlier version does.
 */
function previousVersionTag(tags, tag, version) {
    const scheme = tagScheme(tag, version);
    if (!scheme)
        return undefined;
    const final = !isPrerelease(version);
    let best;
    for (const t of versionTags(tags, scheme)) {
        if (t.tag === tag || pep440.compare(t.version, version) >= 0)
            continue;
        if (final && t.prerelease)
            continue;
        if (!best || pep440.compare(t.version, best.version) > 0)
            best = t;
    }
    return best;
}
/** The highest final version tag above `version`, if any: a release below it must not become "latest". */
function higherFinalTag(tags, tag, version) {
    const scheme = tagScheme(tag, version);
    if (!scheme)
        return undefined;
    let best;
    for (const t of versionTags(tags, scheme)) {
        if (t.prerelease || pep440.compare(t.version, version) <= 0)
            continue;
        if (!best || pep440.compare(t.version, best.version) > 0)
            best = t;
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/commands/create-release/create-release.js
/**
 * create-release: the one GitHub release of a tag, at an exact commit.
 *
 * Order of work, so that a refusal never leaves anything half-made:
 *   1. read and check everything (local files, commit, tag, existing release,
 *      previous tag, required checks, generated notes, asset conflicts);
 *   2. create the draft (or reuse the one there is), converging with any run
 *      that raced us to the same tag;
 *   3. upload the assets that are missing, with retries (a replaced asset
 *      stays on the release until its replacement is complete: put-asset.ts);
 *   4. publish, when asked, once every expected asset is on the release and
 *      the tag (if it already exists) still points at the commit.
 * A tag is never created or moved directly: GitHub creates it at the commit
 * when the draft is published.
 */














function conflictError(tag, conflicts) {
    return new errors/* UserError */.y(`The release ${tag} already has assets of the same name with other bytes: ${conflicts.join('; ')}. ` +
        'Set overwrite-assets: true to replace them (not possible once an immutable release is published), ' +
        'or check why the files differ. Nothing was uploaded.');
}
async function createRelease(gh, req, log, tuning = {}) {
    const { repo, commitSha: sha, tag } = req;
    const where = repoName(repo);
    const version = releaseVersion(tag, req.version);
    const prerelease = req.prerelease === 'auto' ? (version ? isPrerelease(version) : false) : req.prerelease === 'true';
    const wantPublish = req.publish || !req.draft;
    // ---------------------------------------------------------------- 1. check everything
    const parts = [];
    if (req.notes)
        parts.push({ source: 'notes', origin: 'the notes input', text: req.notes });
    if (req.notesFile)
        parts.push({ source: 'notes-file', origin: (0,external_node_path_.basename)(req.notesFile), text: await (0,promises_.readFile)(req.notesFile, 'utf8') });
    if (req.changelog) {
        if (!version) {
            throw new errors/* UserError */.y(`Input 'changelog' needs to know the version: give version, or a tag that contains it (the tag ${tag} does not).`);
        }
        const text = await (0,promises_.readFile)(req.changelog, 'utf8');
        const format = changelogFormat(req.changelog, text);
        const section = extractChangelogSection(text, version, format);
        if (!section) {
            const found = changelogVersions(text, format);
            throw new errors/* UserError */.y(`Input 'changelog': ${(0,external_node_path_.basename)(req.changelog)} has no section for version ${version}` +
                (found.length > 0 ? ` (it has sections for ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''})` : ' (no version headings were found)') +
                `. Add a heading such as "## [${version}] - YYYY-MM-DD" (Markdown) or "${version}" underlined with "=" (reStructuredText). Nothing was changed.`);
        }
        if (section.body.trim() === '')
            log.warning(`The section for ${version} in ${(0,external_node_path_.basename)(req.changelog)} is empty.`);
        parts.push({ source: 'changelog', origin: `${(0,external_node_path_.basename)(req.changelog)} § ${section.heading}`, text: section.body });
    }
    const locals = await resolveAssets(req.assets, req.assetsDir);
    if (prerelease && req.makeLatest === 'true') {
        throw new errors/* UserError */.y(`Input 'make-latest' is true, but ${tag} is a pre-release, and GitHub never marks a pre-release as latest. Use make-latest: auto or false, or prerelease: false.`);
    }
    if (!(await onGitHub(`look up commit ${sha} in ${where}`, () => commitExists(gh, repo, sha)))) {
        throw new errors/* UserError */.y(`Commit ${sha} does not exist in ${where}. Give the full SHA of a commit pushed to this repository (commit-sha). Nothing was changed.`);
    }
    const tagAt = await onGitHub(`look up the tag ${tag} in ${where}`, () => tagCommit(gh, repo, tag));
    if (tagAt !== undefined && tagAt !== sha) {
        throw new errors/* UserError */.y(`The tag ${tag} already points at commit ${tagAt}, not at ${sha}. A tag is never moved: release a new version, ` +
            `or, if the tag was made by mistake and nothing was published from it, delete it yourself and run again. Nothing was changed.`);
    }
    const found = await onGitHub(`list the releases of ${where}`, () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
    const existing = canonicalRelease(found);
    if (found.length > 1) {
        log.warning(`${found.length} releases exist for ${tag} (ids ${found.map((r) => r.id).join(', ')}); using ${existing.id} and leaving the others alone.`);
    }
    if (existing)
        log.info(`Found the ${existing.draft ? 'draft' : 'published'} release ${existing.id} for ${tag}: it is updated, not duplicated.`);
    let tagNames;
    const allTags = async () => (tagNames ??= await listTagNames(gh, repo));
    let previousTag;
    if (req.previousTag) {
        const prevAt = await onGitHub(`look up the tag ${req.previousTag}`, () => tagCommit(gh, repo, req.previousTag));
        if (prevAt === undefined) {
            throw new errors/* UserError */.y(`Input 'previous-tag': the tag ${req.previousTag} does not exist in ${where}. Give an existing tag, or leave it empty to use the highest earlier version tag.`);
        }
        previousTag = req.previousTag;
        if (!req.generateNotes)
            log.warning(`previous-tag is only used with generate-notes: true; it is ignored.`);
    }
    else if (req.generateNotes && version) {
        previousTag = previousVersionTag(await allTags(), tag, version)?.tag;
        log.info(previousTag
            ? `Generated notes start at ${previousTag}, the highest earlier ${isPrerelease(version) ? 'version' : 'final release'} in PEP 440 order.`
            : `No earlier version tag was found; GitHub chooses where the generated notes start.`);
    }
    let makeLatest;
    if (wantPublish && (!existing || existing.draft)) {
        if (req.makeLatest !== 'auto')
            makeLatest = req.makeLatest;
        else if (prerelease)
            makeLatest = 'false';
        else if (version) {
            const higher = higherFinalTag(await allTags(), tag, version);
            makeLatest = higher ? 'false' : 'true';
            if (higher)
                log.info(`${tag} is not marked latest: ${higher.tag} is a higher version.`);
        }
        else
            makeLatest = 'legacy';
    }
    const checks = await requireChecks(gh, repo, sha, req.requireChecks, log, {
        timeoutSeconds: req.checksTimeoutSeconds,
        pollSeconds: tuning.checksPollSeconds,
        sleep: tuning.sleep,
    });
    if (req.generateNotes) {
        const { data } = await onGitHub(`generate release notes for ${tag}`, () => gh.rest.repos.generateReleaseNotes({ ...repo, tag_name: tag, target_commitish: sha, ...(previousTag ? { previous_tag_name: previousTag } : {}) }));
        parts.push({ source: 'generate-notes', origin: previousTag ? `changes since ${previousTag}` : 'changes since the previous release GitHub chose', text: data.body });
    }
    const combined = parts.length > 0 ? combineNotes(parts) : undefined;
    if (combined && combined.cut > 0) {
        log.warning(`The release notes were cut by ${combined.cut} characters to fit GitHub's limit of ${GITHUB_BODY_LIMIT} characters.`);
    }
    if (existing) {
        const have = await onGitHub(`list the assets of release ${existing.id}`, () => listAssets(gh, repo, existing.id));
        const { plans, conflicts } = planAssets(locals, have, req.overwriteAssets);
        if (conflicts.length > 0)
            throw conflictError(tag, conflicts);
        const changing = plans.filter((p) => p.action !== 'skip');
        if (!existing.draft && existing.immutable && changing.length > 0) {
            throw new errors/* UserError */.y(`The release ${tag} is published and immutable, so its assets can no longer change (${changing.map((p) => p.local.name).join(', ')}). ` +
                'Release a new version instead. Nothing was changed.');
        }
    }
    // ---------------------------------------------------------------- 2. the draft
    const name = req.name ?? (existing?.name || tag);
    let release;
    let created = false;
    if (existing) {
        release = existing;
    }
    else {
        ({ release, created } = await createConverged(gh, req, { name, body: combined?.body ?? '', prerelease }, log, tuning));
    }
    const fields = {};
    if (release.name !== name)
        fields.name = name;
    if (combined && (release.body ?? '') !== combined.body)
        fields.body = combined.body;
    if (release.prerelease !== prerelease)
        fields.prerelease = prerelease;
    // A draft has no tag yet: its commit can still be set. A published release's tag is fixed.
    if (release.draft && release.target_commitish !== sha) {
        fields.target_commitish = sha;
        if (!created && existing)
            log.warning(`The draft ${release.id} pointed at ${release.target_commitish}; it now points at ${sha}.`);
    }
    const notesChanged = created || fields.body !== undefined;
    if (Object.keys(fields).length > 0) {
        log.info(`Updating release ${release.id}: ${Object.keys(fields).join(', ')}`);
        const id = release.id;
        release = await onGitHub(`update release ${id}`, () => updateRelease(gh, repo, id, fields));
    }
    // ---------------------------------------------------------------- 3. assets
    const releaseId = release.id;
    const before = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    // Planned again: a run racing us may have uploaded since the check above.
    const { plans, conflicts } = planAssets(locals, before, req.overwriteAssets);
    if (conflicts.length > 0)
        throw conflictError(tag, conflicts);
    const outcomes = [];
    const putting = { gh, repo, release, assets: before, overwrite: req.overwriteAssets, log, tuning };
    for (const plan of plans)
        outcomes.push(await putAsset(putting, plan));
    const after = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    // Stand-ins of this run's assets were used or deleted above; others belong to assets this run does not upload.
    const ours = new Set(locals.map((l) => standInName(l.name)));
    const strays = after.filter((a) => isStandInName(a.name) && !ours.has(a.name));
    if (strays.length > 0) {
        log.warning(`Release ${releaseId} holds ${strays.map((a) => a.name).join(', ')}, left by an interrupted replacement of an asset this run does not upload. ` +
            'Delete them on GitHub, or run again with that asset among the assets to finish its replacement.');
    }
    const absent = locals.filter((l) => {
        const a = findAsset(after, l.name);
        // An asset without a digest (older GitHub Enterprise) is judged by its size.
        return !a || a.state !== 'uploaded' || a.size !== l.size || (assetSha256(a) !== undefined && assetSha256(a) !== l.sha256);
    });
    if (absent.length > 0) {
        throw new errors/* UserError */.y(`These assets are not complete on release ${release.id} after uploading: ${absent.map((l) => l.name).join(', ')}. ` +
            `The release ${release.draft ? 'stays a draft' : 'was not changed further'}; run the step again to finish.`);
    }
    // ---------------------------------------------------------------- 4. publish
    let publishedNow = false;
    const current = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
    if (wantPublish && current.draft) {
        const tagNow = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
        if (tagNow !== undefined && tagNow !== sha) {
            throw new errors/* UserError */.y(`The tag ${tag} was created at commit ${tagNow} while this step ran, not at ${sha}. The release stays a draft and the tag is not moved; ` +
                'find out who created the tag before publishing.');
        }
        log.info(`Publishing ${tag} at ${sha}${makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
        try {
            await updateRelease(gh, repo, releaseId, { draft: false, ...(makeLatest ? { make_latest: makeLatest } : {}) });
        }
        catch (err) {
            if (httpStatus(err) === 422) {
                throw new errors/* UserError */.y(`GitHub refused to publish ${tag}: ${describeGitHubError(err)}. A repository rule may forbid creating this tag, ` +
                    `or the token may not be allowed to create tags (a workflow token cannot create a tag on a commit that changes workflows). The draft ${releaseId} is kept; fix the cause and run again.`);
            }
            throw gitHubFailure(err, `publish release ${releaseId}`);
        }
        publishedNow = true;
        const tagAfter = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
        if (tagAfter !== sha) {
            throw new errors/* UserError */.y(`The release ${tag} was published, but its tag points at ${tagAfter ?? 'nothing'} instead of ${sha}. Check the release on GitHub.`);
        }
    }
    else if (wantPublish) {
        log.info(`${tag} is already published.`);
    }
    else if (!current.draft) {
        log.info(`${tag} is already published; draft: true does not unpublish it.`);
    }
    else {
        log.info(`${tag} stays a draft (publish: true publishes it).`);
    }
    const finalRelease = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
    const releaseAssets = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
    return {
        release: finalRelease,
        created,
        publishedNow,
        prerelease,
        makeLatest: publishedNow ? makeLatest : undefined,
        notes: { parts: (combined?.parts ?? []).map(({ source, origin }) => ({ source, origin })), cut: combined?.cut ?? 0, changed: notesChanged },
        previousTag,
        assets: outcomes,
        releaseAssets,
        checks,
    };
}
/**
 * Creates the draft, then makes sure the tag ends with one release even when
 * other runs did the same at the same moment: GitHub has no lock, so every run
 * re-lists the tag's releases after creating its own and keeps the canonical
 * one (published first, then the lowest id). A run whose draft lost deletes
 * it (it is empty: nothing was uploaded yet) and carries on with the winner.
 */
async function createConverged(gh, req, fields, log, tuning) {
    const { repo, tag } = req;
    let mine;
    try {
        mine = await createDraftRelease(gh, repo, { tag_name: tag, target_commitish: req.commitSha, ...fields });
    }
    catch (err) {
        // A racing run may have published first: GitHub then refuses a second release for the tag.
        if (isAlreadyExists(err)) {
            const winner = canonicalRelease(await onGitHub('list releases', () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages)));
            if (winner) {
                log.info(`Another run created release ${winner.id} for ${tag} first; using it.`);
                return { release: winner, created: false };
            }
        }
        throw gitHubFailure(err, `create the draft release ${tag}`);
    }
    log.info(`Created the draft release ${mine.id} for ${tag}`);
    const all = await onGitHub('list releases', () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
    if (!all.some((r) => r.id === mine.id))
        all.push(mine);
    const winner = canonicalRelease(all);
    if (winner.id === mine.id)
        return { release: mine, created: true };
    const assets = await onGitHub('list assets', () => listAssets(gh, repo, mine.id));
    if (assets.length === 0) {
        log.info(`Another run created release ${winner.id} for ${tag} at the same time; removing the duplicate draft ${mine.id} and using ${winner.id}.`);
        await onGitHub(`delete the duplicate draft ${mine.id}`, () => deleteRelease(gh, repo, mine.id));
    }
    else {
        log.warning(`Another run created release ${winner.id} for ${tag}; the duplicate draft ${mine.id} already has assets and is left for you to delete.`);
    }
    return { release: winner, created: false };
}

// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
// EXTERNAL MODULE: ./lib/actions/shared/run.js
var run = __webpack_require__(6584);
;// CONCATENATED MODULE: ./lib/actions/create-release/main.js





const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NOTES_LABEL = {
    notes: 'notes input',
    'notes-file': 'notes-file',
    changelog: 'changelog',
    'generate-notes': 'generated by GitHub',
};
async function writeSummary(s, out) {
    const r = out.release;
    const state = r.draft ? 'draft' : out.publishedNow ? 'published by this run' : 'published';
    const notes = out.notes.parts.length === 0
        ? 'none given (the body was left as it was)'
        : out.notes.parts.map((p) => `${NOTES_LABEL[p.source]} (${escapeHtml(p.origin)})`).join(', ') +
            (out.notes.cut > 0 ? `; cut by ${out.notes.cut} characters to fit GitHub's limit` : '');
    const rows = [
        ['Release', `<a href="${escapeHtml(r.html_url)}">${escapeHtml(r.name || s.tag)}</a> (id ${r.id}, ${out.created ? 'created' : 'reused'} by this run)`],
        ['Tag', `<code>${escapeHtml(s.tag)}</code>`],
        ['Commit', `<code>${s.commitSha}</code>`],
        ['State', state],
        ['Pre-release', out.prerelease ? 'yes' : 'no'],
        ...(out.makeLatest ? [['Latest', out.makeLatest]] : []),
        ['Notes', notes],
        ...(out.previousTag ? [['Previous tag', `<code>${escapeHtml(out.previousTag)}</code>`]] : []),
    ];
    const summary = core/* summary */.z
        .addHeading(`create-release: ${escapeHtml(s.tag)}`, 2)
        .addTable([
        [
            { data: 'Item', header: true },
            { data: 'Value', header: true },
        ],
        ...rows.map(([k, v]) => [k, v]),
    ]);
    if (out.checks.length > 0) {
        summary.addHeading('Required checks', 3).addList(out.checks.map((c) => `${escapeHtml(c.name)}: ${c.verdict}`));
    }
    if (out.assets.length > 0 || out.releaseAssets.length > 0) {
        const mine = new Map(out.assets.map((a) => [a.name, a]));
        summary.addHeading('Assets', 3).addTable([
            [
                { data: 'Name', header: true },
                { data: 'Size', header: true },
                { data: 'sha256', header: true },
                { data: 'This run', header: true },
            ],
            ...out.releaseAssets.map((a) => [
                `<a href="${escapeHtml(a.browser_download_url)}">${escapeHtml(a.name)}</a>`,
                (0,units/* formatBytes */.z3)(a.size),
                `<code>${escapeHtml((a.digest ?? '').replace(/^sha256:/, '') || 'unknown')}</code>`,
                mine.get(a.name)?.action ?? 'already there',
            ]),
        ]);
    }
    await summary.write();
}
/** Runs create-release with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    core/* setSecret */.Pq(s.token);
    const gh = createGitHubClient({ token: s.token, log: run/* actionLogger */.v0 });
    const out = await createRelease(gh, {
        repo: s.repository,
        commitSha: s.commitSha,
        tag: s.tag,
        version: s.version,
        name: s.name,
        notes: s.notes,
        notesFile: s.notesFile,
        changelog: s.changelog,
        generateNotes: s.generateNotes,
        previousTag: s.previousTag,
        draft: s.draft,
        publish: s.publish,
        prerelease: s.prerelease,
        makeLatest: s.makeLatest,
        assets: s.assets,
        assetsDir: process.env.GITHUB_WORKSPACE || process.cwd(),
        overwriteAssets: s.overwriteAssets,
        requireChecks: s.requireChecks,
        checksTimeoutSeconds: s.checksTimeoutSeconds,
    }, run/* actionLogger */.v0);
    const r = out.release;
    core/* setOutput */.uH('release-id', String(r.id));
    core/* setOutput */.uH('html-url', r.html_url);
    core/* setOutput */.uH('upload-url', r.upload_url);
    core/* setOutput */.uH('tag', r.tag_name);
    core/* setOutput */.uH('assets', JSON.stringify(out.releaseAssets.map((a) => ({ name: a.name, size: a.size, digest: a.digest ?? null, url: a.browser_download_url }))));
    core/* info */.pq(`${r.draft ? 'Draft' : 'Published'} release ${s.tag}: ${r.html_url}`);
    await writeSummary(s, out);
}


/***/ })

};
