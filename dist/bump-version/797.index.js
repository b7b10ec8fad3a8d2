export const id = 797;
export const ids = [797];
export const modules = {

/***/ 4797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/github/errors.js
/** Reading GitHub's error answers: status, validation codes and a message worth showing a person. */

/** The HTTP status of an Octokit RequestError (500 for a dropped connection), else undefined. */
function errors_httpStatus(err) {
    if (err && typeof err === 'object' && typeof err.status === 'number') {
        return err.status;
    }
    return undefined;
}
function isNotFound(err) {
    return errors_httpStatus(err) === 404;
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
    return errors_httpStatus(err) === 422 && validationErrors(err).some((e) => e.code === 'already_exists');
}
/** "422 Validation Failed (Release.tag_name: already_exists)": status, GitHub's message and its field errors. */
function describeGitHubError(err) {
    const status = errors_httpStatus(err);
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
function responseHeader(err, name) {
    const headers = err?.response?.headers;
    const value = headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission. */
function isRateLimited(err) {
    const status = errors_httpStatus(err);
    if (status !== 403 && status !== 429)
        return false;
    return responseHeader(err, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(describeGitHubError(err));
}
function resetText(err) {
    const reset = Number(responseHeader(err, 'x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
}
/**
 * Turns a GitHub failure into an error for the person running the release
 * ("Could not create the draft release: 403 Resource not accessible by
 * integration. The token lacks…"). Errors that are not HTTP answers (bugs)
 * and errors that already are UserErrors pass through unchanged.
 */
function gitHubFailure(err, doing) {
    const status = errors_httpStatus(err);
    if (status === undefined || err instanceof errors/* UserError */.y)
        return err;
    const hint = isRateLimited(err)
        ? `GitHub's API rate limit for this token is used up${resetText(err)}; run the step again after that, or use a token with its own limit (a GitHub App's).`
        : HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
    return new errors/* UserError */.y(`Could not ${doing}: ${describeGitHubError(err)}.${hint ? ` ${hint}` : ''}`);
}
/** Runs one GitHub call, turning its HTTP failure into a UserError that says what was being done. */
async function errors_onGitHub(doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw gitHubFailure(err, doing);
    }
}

;// CONCATENATED MODULE: ./lib/github/paginate.js
/**
 * Bounds on a paginated GitHub listing: a page limit and an overall deadline,
 * so that an API (or something posing as one) that links to a next page
 * forever cannot keep an action listing without end.
 */

/** A listing, every page and retry, ends within this long: 5 minutes. */
const LISTING_DEADLINE_MS = (/* unused pure expression or super */ null && (5 * 60_000));
/**
 * A listing's pages within its bounds. `start` makes the page iterator with
 * the signal to pass as `request: { signal }`, which ends a request still in
 * flight at the deadline.
 */
async function* paginate_boundedPages(start, bounds) {
    const deadlineMs = bounds.deadlineMs ?? LISTING_DEADLINE_MS;
    const signal = AbortSignal.timeout(deadlineMs);
    let count = 0;
    const late = () => new UserError(`Listing ${bounds.what} did not end within ${Math.round(deadlineMs / 1000)} s (${count} page(s) read). ` +
        'GitHub is slow or keeps linking to another page; run the step again later.');
    try {
        for await (const page of start(signal)) {
            if (signal.aborted)
                throw late();
            if (bounds.maxPages !== undefined && ++count > bounds.maxPages) {
                throw new UserError(`Listing ${bounds.what} stopped after ${bounds.maxPages} pages: GitHub keeps linking to another page, more than such a listing ever has. ` +
                    'Check GITHUB_API_URL and that no proxy rewrites its answers.');
            }
            yield page;
        }
    }
    catch (err) {
        if (signal.aborted && !(err instanceof UserError))
            throw late();
        throw err;
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
        throw new UserError(`The tag ${tag} in ${repoName(repo)} points at a ${object.type} (${object.sha}), not a commit; a release needs a tag on a commit.`);
    }
    return object.sha.toLowerCase();
}
/** Every tag name in the repository (paginated; tags are cheap to list even in large repositories). */
async function listTagNames(gh, repo) {
    return onGitHub(`list the tags of ${repoName(repo)}`, async () => {
        const names = [];
        const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listTags, { ...repo, per_page: 100, request: { signal } }), {
            what: `the tags of ${repoName(repo)}`,
            // 100,000 tags: more than any repository releasing this way has.
            maxPages: 1000,
        });
        for await (const page of pages)
            for (const t of page.data)
                names.push(t.name);
        return names;
    });
}

;// CONCATENATED MODULE: ./lib/github/git-commit.js
/**
 * One commit made through the Git Data API, the way release-please makes its
 * release commits: a tree over the base commit's tree with the changed files
 * inline, a commit whose only parent is the base, and a branch ref moved to it.
 * No author or committer is sent, so with the workflow's token (or an App's)
 * GitHub signs the commit and shows it as Verified.
 */



/** The commit at the head of a branch, or undefined when there is no such branch. */
async function branchHead(gh, repo, branch) {
    try {
        const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha.toLowerCase();
    }
    catch (err) {
        if (errors_httpStatus(err) === 404)
            return undefined;
        throw gitHubFailure(err, `read the branch ${branch} of ${repoName(repo)}`);
    }
}
async function readCommit(gh, repo, sha) {
    const { data } = await errors_onGitHub(`read commit ${sha} of ${repoName(repo)}`, () => gh.rest.git.getCommit({ ...repo, commit_sha: sha }));
    return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/** A tree: `baseTree` with `files` replaced. */
async function createTree(gh, repo, baseTree, files) {
    if (files.length === 0)
        throw new Error('internal: a bump commit needs at least one file');
    const { data } = await errors_onGitHub(`create the file tree of the commit in ${repoName(repo)}`, () => gh.rest.git.createTree({
        ...repo,
        base_tree: baseTree,
        tree: files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob', content: f.content })),
    }));
    return data.sha;
}
/** A commit with one parent and no custom identity, which GitHub signs for bot and App tokens. */
async function createCommit(gh, repo, input) {
    const { data } = await errors_onGitHub(`create the commit in ${repoName(repo)}`, () => gh.rest.git.createCommit({ ...repo, message: input.message, tree: input.tree, parents: [input.parent] }));
    return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/**
 * Points `branch` at `sha`: creates the ref, or moves an existing one. The
 * caller has read the branch (`existing`) and decided that moving it loses
 * nothing; `force` says whether that move may drop its head (a bump commit of
 * an earlier run), otherwise it must be a fast-forward, so a commit pushed
 * after the branch was read makes GitHub refuse the move instead of losing it.
 */
async function pointBranch(gh, repo, branch, sha, existing, force) {
    if (existing === sha)
        return 'unchanged';
    if (existing === undefined) {
        try {
            await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
            return 'created';
        }
        catch (err) {
            const already = errors_httpStatus(err) === 422 && (isAlreadyExists(err) || /already exists/i.test(String(err.message)));
            if (!already)
                throw gitHubFailure(err, `create the branch ${branch} in ${repoName(repo)}`);
            // A retried create whose first attempt went through is done; a branch someone
            // else made meanwhile was never inspected, so it is not moved.
            const now = await branchHead(gh, repo, branch);
            if (now === sha.toLowerCase())
                return 'created';
            throw new errors/* UserError */.y(`The branch ${branch} appeared in ${repoName(repo)} while bump-version ran (at ${now ?? 'an unknown commit'}), ` +
                `perhaps from another run. Nothing was changed on it; run bump-version again to check the branch.`);
        }
    }
    try {
        await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force });
    }
    catch (err) {
        if (!force && errors_httpStatus(err) === 422) {
            throw new errors/* UserError */.y(`Could not move the branch ${branch} of ${repoName(repo)} to the bump commit: it no longer is ${existing}, ` +
                `so someone pushed to it while bump-version ran. Nothing on it was lost; run bump-version again to check the branch.`);
        }
        throw gitHubFailure(err, `move the branch ${branch} of ${repoName(repo)} to the new commit`);
    }
    return 'moved';
}
/** The files a commit changes against its first parent: name and status (modified, added, removed, renamed…). */
async function changedFiles(gh, repo, sha) {
    const { data } = await errors_onGitHub(`read the changes of commit ${sha} of ${repoName(repo)}`, () => gh.rest.repos.getCommit({ ...repo, ref: sha }));
    return (data.files ?? []).map((f) => ({ filename: f.filename, status: f.status }));
}
/**
 * The newest `count` commits reachable from `sha` (at most 100: one request).
 * Used to tell whether a commit is on a branch: one page covers a release
 * branch cut from a recent base, and a commit further back counts as not on
 * it, which can only make the caller refuse, never lose a commit.
 */
async function recentHistory(gh, repo, sha, count) {
    const { data } = await errors_onGitHub(`read the history of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.listCommits({ ...repo, sha, per_page: Math.min(count, 100) }));
    return new Set(data.map((c) => c.sha.toLowerCase()));
}
/** The default branch of the repository (also proves the token can see it). */
async function defaultBranch(gh, repo) {
    const { data } = await errors_onGitHub(`read the repository ${repoName(repo)}`, () => gh.rest.repos.get({ ...repo }));
    return data.default_branch;
}
/** The head commit of the base branch; a clear error when the branch does not exist. */
async function requireBranch(gh, repo, branch) {
    const sha = await branchHead(gh, repo, branch);
    if (sha === undefined) {
        throw new errors/* UserError */.y(`The base branch "${branch}" does not exist in ${repoName(repo)}. Give an existing branch in the base input, or leave it empty for the default branch.`);
    }
    return sha;
}

;// CONCATENATED MODULE: ./lib/github/pulls.js
/**
 * The release pull request: at most one open pull request from the release
 * branch to its base, found by head (`owner:branch`) and updated on a rerun
 * instead of opened again (release-please's openPullRequest does the same).
 */



/** The open pull request from `head` into `base`, if there is one. */
async function findOpenPullRequest(gh, repo, head, base) {
    const { data } = await errors_onGitHub(`look for an open pull request from ${head} in ${repoName(repo)}`, () => gh.rest.pulls.list({ ...repo, state: 'open', head: `${repo.owner}:${head}`, base, per_page: 100 }));
    // GitHub filters by head and base already; checked again so a server that ignores a filter cannot mislead us.
    const pr = data.filter((p) => p.head.ref === head && p.base.ref === base).sort((a, b) => a.number - b.number)[0];
    return pr ? { number: pr.number, url: pr.html_url } : undefined;
}
/** Opens the pull request, or updates the title and body of the one already open. */
async function upsertPullRequest(gh, repo, input) {
    let outcome;
    const existing = await findOpenPullRequest(gh, repo, input.head, input.base);
    if (existing) {
        outcome = { ...(await update(gh, repo, existing.number, input)), created: false };
    }
    else {
        try {
            const { data } = await gh.rest.pulls.create({ ...repo, head: input.head, base: input.base, title: input.title, body: input.body });
            outcome = { number: data.number, url: data.html_url, created: true };
        }
        catch (err) {
            // A create whose first attempt went through before a retry, or a concurrent run: use the one that is there.
            const raced = errors_httpStatus(err) === 422 && /already exists/i.test(describeGitHubError(err));
            const now = raced ? await findOpenPullRequest(gh, repo, input.head, input.base) : undefined;
            if (!now)
                throw pullRequestFailure(err, `open a pull request from ${input.head} to ${input.base} in ${repoName(repo)}`);
            outcome = { ...(await update(gh, repo, now.number, input)), created: false };
        }
    }
    if (input.labels && input.labels.length > 0) {
        await errors_onGitHub(`label pull request #${outcome.number}`, () => gh.rest.issues.addLabels({ ...repo, issue_number: outcome.number, labels: input.labels }));
    }
    return outcome;
}
async function update(gh, repo, number, input) {
    const { data } = await errors_onGitHub(`update pull request #${number} in ${repoName(repo)}`, () => gh.rest.pulls.update({ ...repo, pull_number: number, title: input.title, body: input.body }));
    return { number: data.number, url: data.html_url };
}
/** The workflow token may not open pull requests until the repository allows it; say where to allow it. */
function pullRequestFailure(err, doing) {
    const e = gitHubFailure(err, doing);
    if (errors_httpStatus(err) === 403 && e instanceof errors/* UserError */.y) {
        return new errors/* UserError */.y(`${e.message} If the token is the workflow's GITHUB_TOKEN, enable "Allow GitHub Actions to create and approve pull requests" ` +
            `(Settings → Actions → General), or set pull-request: false. The branch and commit are in place; a rerun reuses them.`);
    }
    return e;
}

;// CONCATENATED MODULE: ./lib/versions/bump.js
/** The bump names of the bump-version action, shared by both schemes. */
const BUMPS = ['major', 'minor', 'patch', 'pre', 'alpha', 'beta', 'rc', 'dev', 'post', 'release'];
const SCHEMES = ['pep440', 'semver'];
function isBump(value) {
    return BUMPS.includes(value);
}
function isScheme(value) {
    return SCHEMES.includes(value);
}

;// CONCATENATED MODULE: ./lib/versions/pep440.js
/**
 * PEP 440 versions as `packaging.version.Version` has them: the same grammar
 * (its VERSION_PATTERN, surrounding whitespace allowed), the same normal form
 * (`str(Version(v))`) and the same order (`Version._key`). Every number is a
 * BigInt: packaging takes `1.0.post99999999999999999999` and so must we, and a
 * JavaScript number would round it. @renovatebot/pep440 keeps using JS numbers,
 * so it serves for specifiers and validity only, never for numbers or order.
 */

const PHASE_ORDER = { a: 0, b: 1, rc: 2 };
const PHASE_NAME = { a: 'alpha', b: 'beta', rc: 'rc' };
/** What Python's `\s` matches in a str pattern (str.isspace), which JavaScript's `\s` does not quite. */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
/** packaging.version.VERSION_PATTERN, matched case-insensitively between optional whitespace. */
const VERSION = new RegExp(`^${PY_SPACE}*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)`
    + '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?'
    + '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?'
    + '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)'
    + `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?${PY_SPACE}*$`, 'i');
const PRE_SPELLING = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
/** `Version(text)` taken apart, or undefined when packaging would raise InvalidVersion. */
function parsePep440(text) {
    const g = VERSION.exec(text)?.groups;
    if (!g)
        return undefined;
    const post = g.post_n1 ?? g.post_n2 ?? (g.post_l !== undefined ? '0' : undefined);
    return {
        epoch: BigInt(g.epoch ?? 0),
        release: g.release.split('.').map((n) => BigInt(n)),
        pre: g.pre_l !== undefined ? [PRE_SPELLING[g.pre_l.toLowerCase()], BigInt(g.pre_n ?? 0)] : null,
        post: post !== undefined ? BigInt(post) : null,
        dev: g.dev_l !== undefined ? BigInt(g.dev_n ?? 0) : null,
        local: g.local !== undefined
            ? g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? BigInt(s).toString() : s)).join('.')
            : null,
    };
}
/** The normal form, `str(Version(v))`: the spelling PyPI and pip print. */
function formatPep440(p) {
    let s = p.epoch !== 0n ? `${p.epoch}!` : '';
    s += p.release.join('.');
    if (p.pre)
        s += `${p.pre[0]}${p.pre[1]}`;
    if (p.post !== null)
        s += `.post${p.post}`;
    if (p.dev !== null)
        s += `.dev${p.dev}`;
    if (p.local !== null)
        s += `+${p.local}`;
    return s;
}
/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizedPep440(version) {
    const p = parsePep440(version);
    return p ? formatPep440(p) : undefined;
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing ".0"
 * release segments dropped ("1.0.0" → "1"); how warehouse identifies a release.
 */
function canonicalPep440(p) {
    const release = [...p.release];
    while (release.length > 1 && release[release.length - 1] === 0n)
        release.pop();
    return formatPep440({ ...p, release });
}
const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';
/** Parses as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators), or throws a UserError. */
function parsePep440Parts(version, what = 'version') {
    if (version.trim() === '')
        throw new errors/* UserError */.y(`The ${what} is empty. ${SPEC_HINT}`);
    const p = parsePep440(version);
    if (!p)
        throw new errors/* UserError */.y(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
    return p;
}
function normalizePep440(version, what) {
    return formatPep440(parsePep440Parts(version, what));
}
const NEG = { inf: -1 };
const POS = { inf: 1 };
/** packaging's `_cmpkey`: the order of versions is the order of these keys. */
function sortKey(p) {
    const release = [...p.release];
    while (release.length > 0 && release[release.length - 1] === 0n)
        release.pop();
    // A dev release of a final sorts before its pre-releases; a final sorts after them.
    const pre = p.pre === null && p.post === null && p.dev !== null ? NEG : p.pre === null ? POS : [p.pre[0], p.pre[1]];
    const post = p.post === null ? NEG : p.post;
    const dev = p.dev === null ? POS : p.dev;
    // Local segments: numbers sort after strings, and compare as numbers.
    const local = p.local === null
        ? NEG
        : p.local.split('.').map((s) => (/^[0-9]+$/.test(s) ? [BigInt(s), ''] : [NEG, s]));
    return [p.epoch, release, pre, post, dev, local];
}
function compareKey(a, b) {
    const infA = typeof a === 'object' && !Array.isArray(a) ? a.inf : 0;
    const infB = typeof b === 'object' && !Array.isArray(b) ? b.inf : 0;
    if (infA !== 0 || infB !== 0)
        return Math.sign(infA - infB);
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            const c = compareKey(a[i], b[i]);
            if (c !== 0)
                return c;
        }
        return Math.sign(a.length - b.length);
    }
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    // Strings (phase letters, local labels) compare by code point, like Python's str.
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b`, as `Version(a) < Version(b)`. */
function comparePep440(a, b) {
    return compareKey(sortKey(a), sortKey(b));
}
/** Compares two version strings; throws a UserError naming one that is not PEP 440. */
function comparePep440Versions(a, b) {
    return comparePep440(parsePep440Parts(a), parsePep440Parts(b));
}
/** PEP 440: a version with a pre-release or a development segment is a pre-release. */
function pep440_isPep440Prerelease(version) {
    const p = parsePep440Parts(version);
    return p.pre !== null || p.dev !== null;
}
function rejectLocal(p, version, doing) {
    if (p.local === null)
        return;
    const pub = formatPep440({ ...p, local: null });
    throw new errors/* UserError */.y(`Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
        `has a local label. Use a public version such as ${pub}.`);
}
/**
 * The next version after `current` for one bump. The conventions (all documented
 * in docs of the action and pinned by test/unit/versions/bump.test.ts):
 *
 * - `major`/`minor`/`patch` keep the epoch, drop pre/post/dev, zero the lower
 *   release segments and keep the number of segments (padding when the bumped
 *   segment is missing: `1.2`+patch → `1.2.1`). Like semver, when `current` is a
 *   pre-release (or dev release) of a version whose lower segments are already
 *   zero, the bump *finalizes* it instead of skipping it: `1.2.3rc1`+patch →
 *   `1.2.3`, `2.0.0b1`+major → `2.0.0`, but `1.2.3rc1`+minor → `1.3.0`.
 * - `alpha`/`beta`/`rc` from a final (or post) release bump the patch segment and
 *   start the phase at 0 (`0.8.0`+alpha → `0.8.1a0`); from a dev release of a
 *   final keep the release (`1.0.dev3`+alpha → `1.0a0`); from an earlier phase
 *   keep the release and start at 0 (`1.0a2`+beta → `1.0b0`); within the same
 *   phase increment (`1.0b0`+beta → `1.0b1`), except that a dev release of a
 *   pre-release becomes that pre-release (`1.0rc1.dev2`+rc → `1.0rc1`). Going to
 *   an earlier phase (rc → alpha) is an error: it would sort lower.
 * - `pre` advances the current phase like the phase's own bump; it is an error on
 *   a version without a pre-release phase.
 * - `dev`: `.devN` → `.devN+1`; on a pre-release the next pre-release's `.dev0`
 *   (`1.0rc1`+dev → `1.0rc2.dev0`); on a final release the next patch's `.dev0`.
 * - `post`: starts at `.post0` (PEP 440's implicit number, as hatch does), then
 *   increments; a dev release of a post release becomes that post release. Post
 *   releases of pre-releases are refused (PEP 440 strongly discourages them).
 * - `release` drops the pre-release/dev segments; an error on a final release.
 * - A local version (`1.0+abc`) is refused: PyPI refuses local versions.
 */
function bumpPep440(current, bump) {
    const p = parsePep440Parts(current, 'current version');
    rejectLocal(p, current, `bump`);
    const shown = formatPep440(p);
    const nextParts = bumpParts(p, bump, shown);
    const next = formatPep440(nextParts);
    if (comparePep440(nextParts, p) <= 0) {
        // Every rule above moves forward; this guards the rules, not user input.
        throw new Error(`bump ${bump} of ${shown} produced ${next}, which is not higher`);
    }
    return next;
}
/** A pre-release or dev release *of the release segment itself* (not `1.0.post1.dev0`). */
function isPreOfRelease(p) {
    return p.pre !== null || (p.dev !== null && p.post === null);
}
function finalOf(p, release = p.release) {
    return { epoch: p.epoch, release, pre: null, post: null, dev: null, local: null };
}
function bumpRelease(p, index) {
    const release = [...p.release];
    while (release.length <= index)
        release.push(0n);
    const lowerAreZero = release.slice(index + 1).every((n) => n === 0n);
    if (isPreOfRelease(p) && lowerAreZero)
        return finalOf(p);
    release[index] += 1n;
    for (let i = index + 1; i < release.length; i++)
        release[i] = 0n;
    return finalOf(p, release);
}
function bumpParts(p, bump, shown) {
    switch (bump) {
        case 'major':
            return bumpRelease(p, 0);
        case 'minor':
            return bumpRelease(p, 1);
        case 'patch':
            return bumpRelease(p, 2);
        case 'alpha':
            return enterPhase(p, 'a', shown);
        case 'beta':
            return enterPhase(p, 'b', shown);
        case 'rc':
            return enterPhase(p, 'rc', shown);
        case 'pre':
            if (p.pre === null) {
                throw new errors/* UserError */.y(p.dev !== null && p.post === null
                    ? `Cannot bump pre: ${shown} is a development release with no alpha/beta/rc number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release, dev for the next development release, or release.`
                    : `Cannot bump pre: ${shown} is a final release, so there is no pre-release number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release of the next version.`);
            }
            return enterPhase(p, p.pre[0], shown);
        case 'dev':
            if (p.dev !== null)
                return { ...p, dev: p.dev + 1n };
            if (p.pre !== null)
                return { ...finalOf(p), pre: [p.pre[0], p.pre[1] + 1n], dev: 0n };
            return { ...bumpRelease(finalOf(p), 2), dev: 0n };
        case 'post':
            if (isPreOfRelease(p)) {
                throw new errors/* UserError */.y(`Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
                    `pre-releases. Use pre/alpha/beta/rc to advance it, or release to finalize it.`);
            }
            if (p.post !== null && p.dev !== null)
                return { ...p, dev: null };
            return { ...p, post: p.post === null ? 0n : p.post + 1n, dev: null };
        case 'release':
            if (isPreOfRelease(p))
                return finalOf(p);
            if (p.dev !== null)
                return { ...p, dev: null };
            throw new errors/* UserError */.y(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`);
    }
}
function enterPhase(p, phase, shown) {
    if (p.pre !== null) {
        const [current, n] = p.pre;
        if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
            const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
            throw new errors/* UserError */.y(`Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
                `before it. Use ${PHASE_NAME[current]} (or pre) to advance, release to finalize, or major/minor/patch.`);
        }
        if (phase !== current)
            return { ...finalOf(p), pre: [phase, 0n] };
        // 1.0rc1.dev2 precedes 1.0rc1, so the next step is 1.0rc1 itself.
        if (p.dev !== null && p.post === null)
            return { ...finalOf(p), pre: [phase, n] };
        return { ...finalOf(p), pre: [phase, n + 1n] };
    }
    // 1.0.dev3 precedes 1.0a0: the release segment has not been published yet.
    if (p.dev !== null && p.post === null)
        return { ...finalOf(p), pre: [phase, 0n] };
    // A final release was published: its pre-releases would sort lower, so move on.
    return { ...bumpRelease(finalOf(p), 2), pre: [phase, 0n] };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
;// CONCATENATED MODULE: ./lib/versions/semver-scheme.js


const semver_scheme_SPEC_HINT = 'Versions look like 1.2.3, 1.2.3-rc.1 or 1.2.3-alpha.0 (https://semver.org).';
/** The order of the pre-release identifiers our bumps produce (and their common short forms). */
const semver_scheme_PHASE_ORDER = { alpha: 0, a: 0, beta: 1, b: 1, rc: 2 };
const PHASE_ID = { alpha: 'alpha', beta: 'beta', rc: 'rc' };
function parseSemver(version, what = 'version') {
    const text = version.trim().replace(/^[vV]/, '');
    if (text === '')
        throw new errors/* UserError */.y(`The ${what} is empty. ${semver_scheme_SPEC_HINT}`);
    const parsed = semver.parse(text);
    if (!parsed)
        throw new errors/* UserError */.y(`The ${what} "${version}" is not a valid semantic version. ${semver_scheme_SPEC_HINT}`);
    return parsed;
}
/** semver's own `version` drops build metadata; normalization must not lose it. */
function normalizeSemver(version, what) {
    const v = parseSemver(version, what);
    return v.build.length > 0 ? `${v.version}+${v.build.join('.')}` : v.version;
}
function compareSemver(a, b) {
    return semver.compare(parseSemver(a), parseSemver(b));
}
function semver_scheme_isSemverPrerelease(version) {
    return parseSemver(version).prerelease.length > 0;
}
function rejectBuild(v, original, doing) {
    if (v.build.length === 0)
        return;
    throw new errors/* UserError */.y(`Cannot ${doing} ${original}: it has build metadata "+${v.build.join('.')}", which is ignored for ordering ` +
        `(and refused by PyPI as a local version). Use ${v.version} instead.`);
}
/**
 * The same bump names mapped onto semver: major/minor/patch as `semver.inc`
 * (which also finalizes `1.2.3-rc.1`+patch → `1.2.3`), alpha/beta/rc as the
 * pre-release identifiers `alpha`/`beta`/`rc` (from a final release on the next
 * patch, starting at `.0`), `pre` as semver's `prerelease` on an existing
 * pre-release, `dev` as a `-dev.N` pre-release, `release` dropping the
 * pre-release. semver has no post-releases, so `post` is refused.
 */
function bumpSemver(current, bump) {
    const v = parseSemver(current, 'current version');
    rejectBuild(v, current, 'bump');
    const shown = v.version;
    const pre = v.prerelease;
    const head = typeof pre[0] === 'string' ? pre[0] : undefined;
    let next;
    switch (bump) {
        case 'major':
        case 'minor':
        case 'patch':
            next = semver.inc(shown, bump);
            break;
        case 'release':
            if (pre.length === 0) {
                throw new errors/* UserError */.y(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch.`);
            }
            next = `${v.major}.${v.minor}.${v.patch}`;
            break;
        case 'pre':
            if (pre.length === 0) {
                throw new errors/* UserError */.y(`Cannot bump pre: ${shown} is a final release, so there is no pre-release to advance. ` +
                    `Use alpha, beta or rc to start a pre-release of the next version.`);
            }
            next = semver.inc(shown, 'prerelease');
            break;
        case 'alpha':
        case 'beta':
        case 'rc': {
            const id = PHASE_ID[bump];
            if (pre.length === 0) {
                next = semver.inc(shown, 'prepatch', id, '0');
                break;
            }
            const from = head === undefined ? undefined : semver_scheme_PHASE_ORDER[head];
            if (from !== undefined && semver_scheme_PHASE_ORDER[id] < from) {
                throw new errors/* UserError */.y(`Cannot bump ${bump}: ${shown} is already at ${head}, and ${v.major}.${v.minor}.${v.patch}-${id}.0 would ` +
                    `sort before it. Use ${head} (or pre) to advance, release to finalize, or major/minor/patch.`);
            }
            next = semver.inc(shown, 'prerelease', id, '0');
            break;
        }
        case 'dev':
            if (pre.length === 0)
                next = semver.inc(shown, 'prepatch', 'dev', '0');
            else if (head === 'dev')
                next = semver.inc(shown, 'prerelease', 'dev', '0');
            else {
                throw new errors/* UserError */.y(`Cannot bump dev: ${shown} is already a "${pre.join('.')}" pre-release; with semver a dev release is ` +
                    `x.y.z-dev.N. Use pre, alpha, beta or rc to advance it, or release to finalize it.`);
            }
            break;
        case 'post':
            throw new errors/* UserError */.y(`Cannot bump post with scheme semver: semver has no post-releases. Use patch instead.`);
    }
    if (next === null || !semver.gt(next, shown)) {
        throw new errors/* UserError */.y(`Cannot bump ${bump} on ${shown}: the result${next ? ` ${next}` : ''} would not be higher. ` +
            `Give an explicit version instead.`);
    }
    return next;
}

;// CONCATENATED MODULE: ./lib/versions/version.js




function checkScheme(scheme) {
    if (!isScheme(scheme))
        throw new errors/* UserError */.y(`Unknown version scheme "${String(scheme)}"; use one of ${SCHEMES.join(', ')}.`);
    return scheme;
}
/**
 * The canonical spelling of a version: PEP 440 normalization (`1.0-RC1` →
 * `1.0rc1`, `v1.2` → `1.2`, `1.0.0.POST` → `1.0.0.post0`), or for semver the
 * version without a leading `v`. Throws a UserError naming the bad value.
 */
function normalizeVersion(v, scheme = 'pep440') {
    return checkScheme(scheme) === 'semver' ? normalizeSemver(v) : normalizePep440(v);
}
/** The next version; see `bumpPep440` and `bumpSemver` for the conventions. */
function bumpVersion(current, bump, scheme = 'pep440') {
    if (!isBump(bump))
        throw new errors/* UserError */.y(`Unknown bump "${String(bump)}"; use one of ${BUMPS.join(', ')}.`);
    return checkScheme(scheme) === 'semver' ? bumpSemver(current, bump) : bumpPep440(current, bump);
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` (1.0 and 1.0.0 are equal in PEP 440). */
function compareVersions(a, b, scheme = 'pep440') {
    return checkScheme(scheme) === 'semver' ? compareSemver(a, b) : comparePep440Versions(a, b);
}
/** PEP 440 counts dev releases as pre-releases too (so does pip's `--pre`). */
function isPrerelease(v, scheme = 'pep440') {
    return checkScheme(scheme) === 'semver' ? isSemverPrerelease(v) : isPep440Prerelease(v);
}
/**
 * Decides the release version from the current one and either a bump or an
 * explicit version. Both results are normalized. An explicit version must be
 * higher than the current one (lower only with `allowDowngrade`, never equal),
 * and must not carry a local label / build metadata, which PyPI refuses.
 */
function chooseNextVersion(current, req) {
    const scheme = checkScheme(req.scheme ?? 'pep440');
    const hasBump = req.bump !== undefined && req.bump !== '';
    const hasVersion = req.version !== undefined && req.version.trim() !== '';
    if (hasBump && hasVersion) {
        throw new errors/* UserError */.y(`Give either a bump (${req.bump}) or an explicit version (${req.version}), not both.`);
    }
    if (!hasBump && !hasVersion) {
        throw new errors/* UserError */.y(`Give a bump (one of ${BUMPS.join(', ')}) or an explicit version.`);
    }
    const previous = scheme === 'semver' ? normalizeSemver(current, 'current version') : normalizePep440(current, 'current version');
    if (hasBump)
        return { previous, next: bumpVersion(previous, req.bump, scheme) };
    const requested = req.version;
    let next;
    if (scheme === 'semver') {
        rejectBuild(parseSemver(requested, 'requested version'), requested, 'release');
        next = normalizeSemver(requested, 'requested version');
    }
    else {
        rejectLocal(parsePep440Parts(requested, 'requested version'), requested, 'release');
        next = normalizePep440(requested, 'requested version');
    }
    const order = compareVersions(next, previous, scheme);
    if (order === 0) {
        throw new errors/* UserError */.y(`The requested version ${requested} is the current version${next === previous ? '' : ` (${previous})`}; ` +
            `give a different version or a bump.`);
    }
    if (order < 0 && !req.allowDowngrade) {
        throw new errors/* UserError */.y(`The requested version ${requested} is lower than the current version ${previous}. ` +
            `Give a higher version, or set allow-downgrade to go back on purpose.`);
    }
    return { previous, next };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/versions/file-access.js



/** Normalizes a repository-relative path: `/` separators, no `./`, and never outside the repository. */
function repoPath(path) {
    const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || parts.includes('..')) {
        throw new errors/* UserError */.y(`"${path}" must be a path inside the repository, relative to its root (like src/pkg/__init__.py).`);
    }
    return parts.join('/');
}
function joinPath(...parts) {
    return parts.filter((p) => p !== '').join('/');
}
/** Reads a local checkout rooted at `root`. */
function file_access_localFileAccess(root) {
    const base = resolve(root);
    const full = (path) => {
        const p = resolve(base, repoPath(path));
        if (p !== base && !p.startsWith(base + sep))
            throw new UserError(`"${path}" is outside the repository.`);
        return p;
    };
    return {
        async read(path) {
            let bytes;
            try {
                bytes = await readFile(full(path));
            }
            catch (e) {
                if (isMissing(e))
                    return undefined;
                throw e;
            }
            const text = bytes.toString('utf8');
            // A rewrite re-encodes the text; bytes that are not UTF-8 would not survive it.
            if (!Buffer.from(text, 'utf8').equals(bytes)) {
                throw new UserError(`${path} is not UTF-8 text, so its version cannot be rewritten safely.`);
            }
            return text;
        },
        async list(dir) {
            try {
                return (await readdir(full(dir))).sort();
            }
            catch (e) {
                if (isMissing(e))
                    return [];
                throw e;
            }
        },
    };
}
/** A repository held in memory (path → text); directories are implied by the paths. */
function memoryFileAccess(files) {
    const entries = new Map(Object.entries(files).map(([p, text]) => [repoPath(p), text]));
    return {
        async read(path) {
            return entries.get(repoPath(path));
        },
        async list(dir) {
            const prefix = repoPath(dir);
            const names = new Set();
            for (const p of entries.keys()) {
                if (prefix !== '' && !p.startsWith(prefix + '/'))
                    continue;
                const rest = prefix === '' ? p : p.slice(prefix.length + 1);
                names.add(rest.split('/')[0]);
            }
            return [...names].sort();
        },
    };
}
/** Remembers every read and listing, so detection and rewriting read each file once. */
function cachedFileAccess(files) {
    const reads = new Map();
    const lists = new Map();
    return {
        read(path) {
            const key = repoPath(path);
            let p = reads.get(key);
            if (!p)
                reads.set(key, (p = files.read(key)));
            return p;
        },
        list(dir) {
            const key = repoPath(dir);
            let p = lists.get(key);
            if (!p)
                lists.set(key, (p = files.list(key)));
            return p;
        },
    };
}
function isMissing(e) {
    const code = e.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/versions/python-source.js
/** Looks like a version: starts with a digit, optionally after a `v`. */
const VERSION_LIKE = String.raw `[vV]?\d[^'"\\\r\n]*`;
const ANY_VALUE = String.raw `[^'"\\\r\n]+`;
/**
 * Module-level assignments `NAME = "..."` (also `NAME: str = '...'` and `u"..."`)
 * whose whole right-hand side is one string literal. Indented assignments are
 * ignored on purpose: they are the `except ImportError: __version__ = "0.0.0"`
 * fallbacks, not the version.
 */
function findPythonAssignments(text, names, versionLike = true) {
    const alternatives = names.map(escapeRegExp).join('|');
    const value = versionLike ? VERSION_LIKE : ANY_VALUE;
    const re = new RegExp(String.raw `^(${alternatives})[ \t]*(?::[^=\r\n]*)?=[ \t]*[uU]?(['"])(${value})\2[ \t]*(?:;[ \t]*)?(?:#[^\n]*)?\r?$`, 'gmd');
    return matches(text, re, 3);
}
/**
 * `version="..."` / `version = '...'` in setup.py: the keyword argument to
 * `setup()` or a plain assignment, as long as the value is a literal. Calls such
 * as `version=find_version("ray", "__init__.py")` are not followed.
 */
function findSetupPyVersions(text) {
    const re = new RegExp(String.raw `(?<![\w.])(version)[ \t]*=(?!=)[ \t]*[uU]?(['"])(${VERSION_LIKE})\2`, 'gd');
    return matches(text, re, 3);
}
function matches(text, re, group) {
    const inert = inertRanges(text);
    const out = [];
    for (const m of text.matchAll(re)) {
        const [start, end] = m.indices[group];
        if (isInside(inert, m.index))
            continue;
        out.push({ start, end, value: m[group], name: m[1] });
    }
    return out;
}
/** [start, end) ranges of comments and string literals, from a small Python tokenizer. */
function inertRanges(text) {
    const ranges = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            const stop = end < 0 ? text.length : end;
            ranges.push([i, stop]);
            i = stop;
        }
        else if (c === '"' || c === "'") {
            const start = i;
            const triple = text.startsWith(c.repeat(3), i);
            const delimiter = triple ? c.repeat(3) : c;
            i += delimiter.length;
            while (i < text.length && !text.startsWith(delimiter, i)) {
                if (!triple && text[i] === '\n')
                    break; // unterminated: stop at the line end
                i += text[i] === '\\' ? 2 : 1;
            }
            i = Math.min(text.length, i + delimiter.length);
            ranges.push([start, i]);
        }
        else {
            i++;
        }
    }
    return ranges;
}
function isInside(ranges, offset) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end] = ranges[mid];
        if (offset < start)
            hi = mid - 1;
        else if (offset >= end)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./lib/versions/setup-cfg.js
function lines(text) {
    const out = [];
    const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
    let m;
    while ((m = re.exec(text)) && m.index < text.length) {
        out.push({ start: m.index, text: m[1] });
        if (m[0] === '')
            break;
    }
    return out;
}
function findIniValue(text, section, option) {
    const all = lines(text);
    let current;
    for (let i = 0; i < all.length; i++) {
        const { start, text: line } = all[i];
        const header = /^\[([^\]]+)\]/.exec(line.replace(/^\uFEFF/, ''));
        if (header) {
            current = header[1];
            continue;
        }
        // A line this long is no option of a version (and the pattern below takes time in its square).
        if (current !== section || line.length > 4096 || /^\s*[#;]/.test(line) || /^\s/.test(line))
            continue;
        const m = /^([^=:]+?)[ \t]*[=:][ \t]*(.*?)[ \t]*$/d.exec(line);
        if (!m || m[1].toLowerCase() !== option.toLowerCase())
            continue;
        const [vs, ve] = m.indices[2];
        const continuation = [];
        for (let j = i + 1; j < all.length; j++) {
            const next = all[j].text;
            if (next.trim() === '' || !/^\s/.test(next))
                break;
            continuation.push(next.trim());
        }
        const value = m[2];
        return {
            start: start + vs,
            end: start + ve,
            value,
            multiline: continuation.length > 0,
            full: [value, ...continuation].filter((s) => s !== '').join('\n'),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/versions/toml-span.js
function findTomlStringSpans(text, keyPath) {
    const scanner = new Scanner(text, keyPath);
    scanner.document();
    return scanner.found;
}
/** Splits a dotted key as written in a `files` line (`tool.poetry.version`, `tool."my.tool".version`). */
function parseDottedKey(text) {
    const scanner = new Scanner(text, []);
    try {
        const key = scanner.key();
        scanner.spaces();
        return scanner.atEnd() && key.length > 0 ? key : undefined;
    }
    catch {
        return undefined;
    }
}
class Scanner {
    text;
    target;
    found = [];
    pos = 0;
    constructor(text, target) {
        this.text = text;
        this.target = target;
    }
    atEnd() {
        return this.pos >= this.text.length;
    }
    document() {
        // null while inside an array of tables: its keys have no unique dotted path.
        let table = [];
        while (true) {
            this.blanks();
            if (this.atEnd())
                return;
            if (this.text[this.pos] === '[') {
                const isArray = this.text[this.pos + 1] === '[';
                this.pos += isArray ? 2 : 1;
                this.spaces();
                const key = this.key();
                this.spaces();
                this.expect(isArray ? ']]' : ']');
                table = isArray ? null : key;
            }
            else {
                const key = this.key();
                this.spaces();
                this.expect('=');
                this.spaces();
                this.value(table ? [...table, ...key] : null);
            }
            this.spaces();
            if (this.text[this.pos] === '#')
                this.comment();
            if (!this.atEnd() && !this.newline())
                throw new Error(`unexpected "${this.text[this.pos]}" at ${this.pos}`);
        }
    }
    key() {
        const parts = [];
        while (true) {
            this.spaces();
            const c = this.text[this.pos];
            if (c === '"') {
                const { start, end } = this.basicString();
                const raw = this.text.slice(start, end);
                parts.push(raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw);
            }
            else if (c === "'") {
                const { start, end } = this.literalString();
                parts.push(this.text.slice(start, end));
            }
            else {
                const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 256));
                if (!m)
                    throw new Error(`expected a key at ${this.pos}`);
                parts.push(m[0]);
                this.pos += m[0].length;
            }
            this.spaces();
            if (this.text[this.pos] !== '.')
                return parts;
            this.pos++;
        }
    }
    value(path) {
        const t = this.text;
        const c = t[this.pos];
        if (t.startsWith('"""', this.pos))
            return this.multiline('"""');
        if (t.startsWith("'''", this.pos))
            return this.multiline("'''");
        if (c === '"' || c === "'") {
            const { start, end } = c === '"' ? this.basicString() : this.literalString();
            if (path && sameKey(path, this.target))
                this.found.push({ start, end, raw: t.slice(start, end), quote: c });
            return;
        }
        if (c === '[') {
            this.pos++;
            while (true) {
                this.blanks();
                if (t[this.pos] === ']')
                    break;
                this.value(null);
                this.blanks();
                if (t[this.pos] === ',')
                    this.pos++;
                else if (t[this.pos] !== ']')
                    throw new Error(`expected , or ] at ${this.pos}`);
            }
            this.pos++;
            return;
        }
        if (c === '{') {
            this.pos++;
            while (true) {
                this.blanks();
                if (t[this.pos] === '}')
                    break;
                const key = this.key();
                this.spaces();
                this.expect('=');
                this.spaces();
                this.value(path ? [...path, ...key] : null);
                this.blanks();
                if (t[this.pos] === ',')
                    this.pos++;
                else if (t[this.pos] !== '}')
                    throw new Error(`expected , or } at ${this.pos}`);
            }
            this.pos++;
            return;
        }
        const start = this.pos;
        while (!this.atEnd() && !/[,\]}\r\n#]/.test(t[this.pos]))
            this.pos++;
        if (this.pos === start)
            throw new Error(`expected a value at ${start}`);
    }
    basicString() {
        const start = ++this.pos;
        while (this.text[this.pos] !== '"') {
            if (this.atEnd() || this.text[this.pos] === '\n')
                throw new Error(`unterminated string at ${start}`);
            this.pos += this.text[this.pos] === '\\' ? 2 : 1;
        }
        return { start, end: this.pos++ };
    }
    literalString() {
        const start = ++this.pos;
        const end = this.text.indexOf("'", start);
        if (end < 0)
            throw new Error(`unterminated string at ${start}`);
        this.pos = end + 1;
        return { start, end };
    }
    multiline(delimiter) {
        let i = this.pos + 3;
        while (!this.text.startsWith(delimiter, i)) {
            if (i >= this.text.length)
                throw new Error(`unterminated string at ${this.pos}`);
            i += delimiter === '"""' && this.text[i] === '\\' ? 2 : 1;
        }
        // Up to two quotes right before the closing delimiter belong to the content.
        let extra = 0;
        while (extra < 2 && this.text[i + 3] === delimiter[0]) {
            i++;
            extra++;
        }
        this.pos = i + 3;
    }
    spaces() {
        while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t')
            this.pos++;
    }
    /** Spaces, newlines and comments. */
    blanks() {
        while (!this.atEnd()) {
            const c = this.text[this.pos];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF')
                this.pos++;
            else if (c === '#')
                this.comment();
            else
                return;
        }
    }
    comment() {
        while (!this.atEnd() && this.text[this.pos] !== '\n')
            this.pos++;
    }
    newline() {
        if (this.text.startsWith('\r\n', this.pos))
            this.pos += 2;
        else if (this.text[this.pos] === '\n')
            this.pos++;
        else
            return false;
        return true;
    }
    expect(s) {
        if (!this.text.startsWith(s, this.pos))
            throw new Error(`expected "${s}" at ${this.pos}`);
        this.pos += s.length;
    }
}
function sameKey(a, b) {
    return a.length === b.length && a.every((part, i) => part === b[i]);
}

;// CONCATENATED MODULE: ./lib/versions/locate.js






/** What auto-detection looks at, for the "no version found" message. */
const AUTO_DETECTION = [
    'pyproject.toml: [project].version (a dynamic version is followed to [tool.setuptools.dynamic], [tool.hatch.version] or [tool.pdm.version]) and [tool.poetry].version',
    'setup.cfg: [metadata] version (attr: and file: are followed)',
    'setup.py: a literal version="..."',
    'VERSION and version.txt files',
    '__version__ = "..." at module level in the __init__.py, _version.py or version.py of the packages at the top level, under src/ and under python/',
    '(pyproject.toml, setup.cfg, setup.py, VERSION and version.txt are looked for at the top level and under python/; tests, docs, examples, virtual environments and hidden directories are skipped)',
];
const searchedBy = new WeakMap();
/** What `locateVersions` searched (and noticed) to produce `locs`, when it was produced there. */
function searchedFor(locs) {
    return searchedBy.get(locs);
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SKIPPED_DIRS = new Set([
    'test', 'tests', 'testing', 'doc', 'docs', 'example', 'examples', 'benchmark', 'benchmarks',
    'venv', 'env', 'virtualenv', 'build', 'dist', 'node_modules', '__pycache__', 'site-packages',
]);
const VERSION_TEXT = /^[vV]?\d[0-9A-Za-z.!+_-]*$/;
/**
 * Finds the version strings of a Python project. Without `spec`, auto-detects
 * (see AUTO_DETECTION). With `spec` (the `files` input), only what it names:
 * one entry per line, blank lines and `#` comments ignored:
 *
 * - `path`: by file name, pyproject.toml / setup.cfg / setup.py as in
 *   auto-detection, another `.py` file's module-level `__version__` (or
 *   `version`/`VERSION`), any other file holding just the version;
 * - `path:toml.dotted.key` for a `.toml` file (`Cargo.toml:package.version`);
 * - `path:NAME` for a `.py` file: the module-level string variable NAME;
 * - `path:regex` with exactly one capturing group around the version, applied
 *   with the `m` flag (`^`/`$` match at line ends) to every match in the file.
 */
async function locateVersions(files, spec) {
    const search = new Search(files);
    const lines = (spec ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    if (lines.length === 0)
        await autoDetect(search);
    else
        for (const line of lines)
            await fromSpecLine(search, line);
    const locs = search.locations;
    searchedBy.set(locs, lines.length === 0 ? [...AUTO_DETECTION, ...search.notes] : [...lines, ...search.notes]);
    return locs;
}
class Search {
    files;
    locations = [];
    notes = [];
    seen = new Set();
    constructor(files) {
        this.files = files;
    }
    add(loc) {
        const key = `${loc.path}\0${loc.start}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.locations.push(loc);
    }
    note(message) {
        this.notes.push(message);
    }
    async read(path) {
        return this.files.read(path);
    }
    async list(dir) {
        return this.files.list(dir);
    }
}
// ---------------------------------------------------------------- auto-detection
async function autoDetect(search) {
    const top = await search.list('');
    for (const base of ['', 'python']) {
        const names = base === '' ? top : top.includes(base) ? await search.list(base) : [];
        if (names.includes('pyproject.toml'))
            await fromPyproject(search, base);
        if (names.includes('setup.cfg'))
            await fromSetupCfg(search, base);
        if (names.includes('setup.py'))
            await fromSetupPy(search, base);
        for (const name of ['VERSION', 'version.txt']) {
            if (names.includes(name))
                await fromPlainFile(search, joinPath(base, name), joinPath(base, name), false);
        }
    }
    for (const dir of ['', 'src', 'python']) {
        if (dir !== '' && !top.includes(dir))
            continue;
        await fromPackagesIn(search, dir);
    }
}
async function fromPackagesIn(search, dir) {
    for (const name of await search.list(dir)) {
        if (!IDENTIFIER.test(name) || SKIPPED_DIRS.has(name.toLowerCase()))
            continue;
        const pkg = joinPath(dir, name);
        const entries = await search.list(pkg);
        if (!entries.includes('__init__.py') || entries.includes('pyvenv.cfg'))
            continue;
        for (const file of ['__init__.py', '_version.py', 'version.py']) {
            if (!entries.includes(file))
                continue;
            const names = file === '__init__.py' ? ['__version__'] : ['__version__', 'version', 'VERSION'];
            await fromPythonFile(search, joinPath(pkg, file), names, false);
        }
    }
}
function table(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
        ? value
        : undefined;
}
function readToml(path, text) {
    try {
        return (0,dist/* parse */.qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        throw new errors/* UserError */.y(`${path} is not valid TOML, so its version cannot be read: ${e.message.split('\n')[0]}`);
    }
}
function tomlLocation(path, text, key, value, kind, describe) {
    let spans;
    try {
        spans = findTomlStringSpans(text, key).filter((s) => s.raw === value);
    }
    catch {
        spans = [];
    }
    if (spans.length !== 1) {
        throw new errors/* UserError */.y(`${describe} is "${value}", but it is written in a way bump-version cannot rewrite in place ` +
            `(a multi-line string or escape sequences). Write it as a plain "..." string, or name it with a pattern ` +
            `in the files input (${path}:regex-with-one-group).`);
    }
    const { start, end } = spans[0];
    return { path, kind, value, start, end, describe };
}
async function fromPyproject(search, base) {
    const path = joinPath(base, 'pyproject.toml');
    const text = await search.read(path);
    if (text === undefined)
        return;
    const data = readToml(path, text);
    const project = table(data.project);
    const tool = table(data.tool);
    if (typeof project?.version === 'string') {
        search.add(tomlLocation(path, text, ['project', 'version'], project.version, 'pyproject-project', `${path} [project].version`));
    }
    else if (project?.version !== undefined) {
        search.note(`${path}: [project].version is not a string (${JSON.stringify(project.version)})`);
    }
    const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
    if (dynamic)
        await followDynamicVersion(search, base, path, data);
    const poetry = table(tool?.poetry);
    if (typeof poetry?.version === 'string') {
        if (table(tool?.['poetry-dynamic-versioning'])?.enable === true) {
            search.note(`${path}: [tool.poetry].version is a placeholder; poetry-dynamic-versioning takes the version from git tags`);
        }
        else {
            const loc = tomlLocation(path, text, ['tool', 'poetry', 'version'], poetry.version, 'pyproject-poetry', `${path} [tool.poetry].version`);
            search.add(loc);
        }
    }
    if (project?.version === undefined && !dynamic && poetry?.version === undefined) {
        search.note(`${path}: neither [project].version nor [tool.poetry].version is set`);
    }
}
async function followDynamicVersion(search, base, path, data) {
    const before = search.locations.length + search.notes.length;
    const tool = table(data.tool);
    const setuptools = table(tool?.setuptools);
    const fromSetuptools = table(table(setuptools?.dynamic)?.version);
    if (fromSetuptools) {
        const origin = `${path} [tool.setuptools.dynamic] version`;
        if (typeof fromSetuptools.attr === 'string') {
            const packageDir = stringTable(table(setuptools?.['package-dir']));
            await followAttr(search, base, fromSetuptools.attr, packageDir, origin);
        }
        const file = fromSetuptools.file;
        for (const f of typeof file === 'string' ? [file] : Array.isArray(file) ? file : []) {
            if (typeof f === 'string')
                await fromPlainFile(search, joinPath(base, repoPath(f)), `${joinPath(base, repoPath(f))} (${origin} file)`, false);
        }
    }
    const hatch = table(table(tool?.hatch)?.version);
    if (hatch) {
        const source = typeof hatch.source === 'string' ? hatch.source : 'regex';
        if (source === 'regex' && typeof hatch.path === 'string') {
            const file = joinPath(base, repoPath(hatch.path));
            if (typeof hatch.pattern === 'string')
                await fromPythonPattern(search, file, hatch.pattern, `${path} [tool.hatch.version] pattern`);
            else
                await fromPythonFile(search, file, ['__version__', 'VERSION'], true, `${path} [tool.hatch.version] path`);
        }
        else if (source === 'regex') {
            search.note(`${path}: [tool.hatch.version] has no path`);
        }
        else {
            search.note(`${path}: hatch takes the version from its "${source}" source${source === 'vcs' ? ' (git tags)' : ''}; there is no version file to rewrite`);
        }
    }
    const pdm = table(table(tool?.pdm)?.version);
    if (pdm) {
        if (pdm.source === 'file' && typeof pdm.path === 'string') {
            await fromPythonFile(search, joinPath(base, repoPath(pdm.path)), ['__version__'], true, `${path} [tool.pdm.version] path`);
        }
        else {
            search.note(`${path}: pdm takes the version from its "${String(pdm.source)}" source; there is no version file to rewrite`);
        }
    }
    const backend = table(data['build-system'])?.['build-backend'];
    if (typeof backend === 'string' && backend.startsWith('flit')) {
        const module = table(table(tool?.flit)?.module)?.name ?? table(data.project)?.name;
        if (typeof module === 'string')
            await followAttr(search, base, `${module.replace(/-/g, '_')}.__version__`, {}, `${path} (flit)`);
    }
    const requires = table(data['build-system'])?.requires;
    const usesScm = tool?.setuptools_scm !== undefined ||
        tool?.['setuptools-scm'] !== undefined ||
        (Array.isArray(requires) && requires.some((r) => typeof r === 'string' && /^(setuptools[-_]scm|hatch-vcs|versioningit|setuptools-git-versioning)\b/i.test(r)));
    if (usesScm)
        search.note(`${path}: the version comes from git tags (setuptools-scm or similar); there is no version file to rewrite, tag the release instead`);
    if (search.locations.length + search.notes.length === before) {
        search.note(`${path}: [project].version is dynamic, and bump-version could not tell which file sets it`);
    }
}
function stringTable(t) {
    const out = {};
    for (const [k, v] of Object.entries(t ?? {}))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}
// ---------------------------------------------------------------- setup.cfg and setup.py
async function fromSetupCfg(search, base) {
    const path = joinPath(base, 'setup.cfg');
    const text = await search.read(path);
    if (text === undefined)
        return;
    const found = findIniValue(text, 'metadata', 'version');
    if (!found) {
        search.note(`${path}: no version in [metadata]`);
        return;
    }
    if (found.value === '' && !found.multiline) {
        search.note(`${path}: [metadata] version is empty`);
        return;
    }
    if (found.multiline) {
        search.note(`${path}: [metadata] version spans several lines; not rewritten`);
        return;
    }
    const directive = /^(attr|file)\s*:\s*(.*)$/.exec(found.value);
    const origin = `${path} [metadata] version`;
    if (directive?.[1] === 'attr') {
        const dirs = findIniValue(text, 'options', 'package_dir');
        await followAttr(search, base, directive[2], parsePackageDir(dirs?.full ?? ''), origin);
    }
    else if (directive?.[1] === 'file') {
        for (const f of directive[2].split(',').map((s) => s.trim()).filter(Boolean)) {
            const file = joinPath(base, repoPath(f));
            await fromPlainFile(search, file, `${file} (${origin} file:)`, false);
        }
    }
    else {
        search.add({ path, kind: 'setup-cfg', value: found.value, start: found.start, end: found.end, describe: origin });
    }
}
/** `package_dir = \n  =src \n  pkg = lib` → { "": "src", pkg: "lib" } */
function parsePackageDir(value) {
    const out = {};
    for (const entry of value.split(/[\n,]/)) {
        const eq = entry.indexOf('=');
        if (eq >= 0)
            out[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
    }
    return out;
}
async function fromSetupPy(search, base) {
    const path = joinPath(base, 'setup.py');
    const text = await search.read(path);
    if (text === undefined)
        return;
    const spans = findSetupPyVersions(text);
    for (const s of spans)
        search.add(pyLocation(path, 'setup-py', s, `${path} version=`));
    if (spans.length === 0) {
        search.note(`${path}: no literal version="..." (a computed version is not followed)`);
    }
}
// ---------------------------------------------------------------- Python modules
function pyLocation(path, kind, s, describe) {
    return { path, kind, value: s.value, start: s.start, end: s.end, describe };
}
function isGenerated(text) {
    return /file generated by setuptools[-_]scm|don't change, don't track in version control/i.test(text.slice(0, 1000));
}
async function fromPythonFile(search, path, names, explicit, via) {
    const text = await search.read(path);
    if (text === undefined) {
        if (explicit)
            search.note(`${path}: does not exist`);
        return false;
    }
    if (isGenerated(text)) {
        search.note(`${path}: written by setuptools-scm at build time; not a source of the version`);
        return false;
    }
    const spans = findPythonAssignments(text, names);
    for (const s of spans)
        search.add(pyLocation(path, 'python-variable', s, `${path} ${s.name}${via ? ` (${via})` : ''}`));
    if (spans.length === 0 && explicit)
        search.note(`${path}: no module-level ${names.join(' or ')} = "<version>"`);
    return spans.length > 0;
}
/** hatch's `pattern`: a Python regex with a `version` group (or one group), applied per line. */
async function fromPythonPattern(search, path, pattern, origin) {
    const text = await search.read(path);
    if (text === undefined) {
        search.note(`${path}: does not exist (${origin})`);
        return;
    }
    let source = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    let flags = 'gmd';
    const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
    if (inline) {
        source = source.slice(inline[0].length);
        if (inline[1].includes('i'))
            flags += 'i';
        if (inline[1].includes('s'))
            flags += 's';
    }
    let re;
    try {
        re = new RegExp(source, flags);
    }
    catch (e) {
        search.note(`${origin}: cannot use the pattern ${JSON.stringify(pattern)} (${e.message})`);
        return;
    }
    addRegexMatches(search, path, text, re, `${path} (${origin})`, 'python-variable');
}
/**
 * `attr: pkg.mod.NAME` (setuptools): the module's literal NAME, following one
 * `from .x import NAME` (or `from .x import version as NAME`) re-export, as
 * `__init__.py` files often do.
 */
async function followAttr(search, base, attr, packageDir, origin) {
    const parts = attr.trim().split('.');
    const name = parts.pop();
    if (parts.length === 0 || !IDENTIFIER.test(name)) {
        search.note(`${origin}: cannot follow attr "${attr}"`);
        return;
    }
    const module = await findModule(search, base, parts, packageDir);
    if (!module) {
        search.note(`${origin}: attr "${attr}" names module ${parts.join('.')}, which was not found`);
        return;
    }
    const via = `${origin} attr: ${attr}`;
    if (await fromPythonFile(search, module.path, [name], false, via))
        return;
    const bound = escapeRegExp(name);
    const reexport = new RegExp(String.raw `^from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(?:\([^)]*?|[^\n]*?)(?:\b(\w+)[ \t]+as[ \t]+)?(?<![\w.])${bound}\b`, 'm').exec(module.text);
    if (reexport) {
        const from = reexport[1];
        const source = reexport[2] ?? name;
        const dots = /^\.*/.exec(from)[0].length;
        const pkg = module.isPackage ? parts : parts.slice(0, -1);
        const target = dots === 0 ? from.split('.') : [...pkg.slice(0, pkg.length - (dots - 1)), ...from.slice(dots).split('.').filter(Boolean)];
        const next = await findModule(search, base, target, packageDir);
        if (next && (await fromPythonFile(search, next.path, [source], false, via)))
            return;
    }
    search.note(`${origin}: ${module.path} has no module-level ${name} = "<version>" literal`);
}
async function findModule(search, base, parts, packageDir) {
    const roots = [];
    const mapped = packageDir[parts[0]];
    if (mapped !== undefined)
        roots.push(joinPath(repoPath(mapped), ...parts.slice(1)));
    for (const root of [packageDir[''] ?? '', 'src', ''])
        roots.push(joinPath(repoPath(root), ...parts));
    for (const dir of [...new Set(roots)]) {
        for (const [file, isPackage] of [[`${dir}/__init__.py`, true], [`${dir}.py`, false]]) {
            const path = joinPath(base, file);
            const text = await search.read(path);
            if (text !== undefined)
                return { path, text, isPackage };
        }
    }
    return undefined;
}
// ---------------------------------------------------------------- plain files, patterns, explicit files
async function fromPlainFile(search, path, describe, explicit) {
    const text = await search.read(path);
    if (text === undefined) {
        search.note(`${path}: does not exist`);
        return;
    }
    const m = /^\s*(\S+)\s*$/d.exec(text);
    if (!m || !VERSION_TEXT.test(m[1])) {
        if (explicit) {
            throw new errors/* UserError */.y(`${path} holds more than a version, so it cannot be rewritten whole. Name the version with a pattern ` +
                `in the files input, for example ${path}:^version: (.+)$`);
        }
        search.note(`${path}: does not hold just a version; skipped`);
        return;
    }
    const [start, end] = m.indices[1];
    search.add({ path, kind: 'plain-file', value: m[1], start, end, describe });
}
function addRegexMatches(search, path, text, re, describe, kind) {
    let n = 0;
    for (const m of text.matchAll(re)) {
        const group = m.indices?.groups?.version ?? m.indices?.[1];
        const value = m.groups?.version ?? m[1];
        if (!group || value === undefined || value === '')
            continue;
        search.add({ path, kind, value, start: group[0], end: group[1], describe });
        n++;
    }
    return n;
}
async function fromSpecLine(search, line) {
    const colon = line.indexOf(':');
    const path = repoPath(colon < 0 ? line : line.slice(0, colon).trim());
    const rest = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (path === '')
        throw new errors/* UserError */.y(`files: "${line}" does not start with a file path.`);
    const text = await search.read(path);
    if (text === undefined)
        throw new errors/* UserError */.y(`files: ${path} does not exist (from the line "${line}").`);
    const before = search.locations.length;
    const notes = search.notes.length;
    const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const name = path.slice(base === '' ? 0 : base.length + 1);
    const key = rest !== '' && path.endsWith('.toml') ? parseDottedKey(rest) : undefined;
    if (rest === '') {
        if (name === 'pyproject.toml')
            await fromPyproject(search, base);
        else if (name === 'setup.cfg')
            await fromSetupCfg(search, base);
        else if (name === 'setup.py')
            await fromSetupPy(search, base);
        else if (name.endsWith('.py'))
            await fromPythonFile(search, path, ['__version__', 'version', 'VERSION'], true);
        else if (name.endsWith('.toml')) {
            throw new errors/* UserError */.y(`files: say which key of ${path} holds the version, as ${path}:dotted.key (for example ${path}:package.version).`);
        }
        else
            await fromPlainFile(search, path, path, true);
    }
    else if (key) {
        const value = dig(readToml(path, text), key);
        if (typeof value !== 'string') {
            throw new errors/* UserError */.y(value === undefined
                ? `files: ${path} has no key ${key.join('.')}.`
                : `files: ${path} ${key.join('.')} is not a string (it is ${JSON.stringify(value)}).`);
        }
        search.add(tomlLocation(path, text, key, value, 'toml-key', `${path} ${key.join('.')}`));
    }
    else if (name.endsWith('.py') && IDENTIFIER.test(rest)) {
        for (const s of findPythonAssignments(text, [rest], false)) {
            search.add(pyLocation(path, 'python-variable', s, `${path} ${s.name}`));
        }
    }
    else {
        addRegexMatches(search, path, text, compileSpecPattern(path, rest), `${path} /${rest}/`, 'regex');
    }
    if (search.locations.length === before) {
        const why = search.notes.slice(notes).join('; ');
        throw new errors/* UserError */.y(`files: no version found by "${line}"${why ? ` (${why})` : ''}.`);
    }
}
function compileSpecPattern(path, pattern) {
    let re;
    try {
        re = new RegExp(pattern, 'gmd');
    }
    catch (e) {
        throw new errors/* UserError */.y(`files: "${pattern}" (for ${path}) is not a valid regular expression: ${e.message}`);
    }
    const groups = new RegExp(`${pattern}|`).exec('').length - 1;
    if (groups !== 1) {
        throw new errors/* UserError */.y(`files: the pattern for ${path} must have exactly one capturing group around the version, and "${pattern}" ` +
            `has ${groups}. Use (?:...) for other groups, for example ${path}:^VERSION = "([^"]+)"`);
    }
    return re;
}
function dig(data, key) {
    let node = data;
    for (const part of key) {
        const t = table(node);
        if (!t || !(part in t))
            return undefined;
        node = t[part];
    }
    return node;
}

;// CONCATENATED MODULE: ./lib/versions/agreement.js



const FILES_HINT = 'List the files that hold the release version in the files input: one per line, as path, ' +
    'path:regex-with-one-group or path:toml.dotted.key.';
/**
 * The one version all locations hold, normalized. Values are compared as
 * versions (so `1.0-RC1` and `1.0rc1`, or `1.0` and `1.0.0` under PEP 440,
 * agree). Throws a UserError listing every location and its value when they
 * disagree or a value is not a version, and listing what was searched when
 * nothing was found.
 */
function checkAgreement(locs, scheme = 'pep440') {
    if (locs.length === 0) {
        const searched = searchedFor(locs) ?? AUTO_DETECTION;
        throw new errors/* UserError */.y(`No version found. Searched:\n${searched.map((s) => `  - ${s}`).join('\n')}\n${FILES_HINT}`);
    }
    const width = Math.max(...locs.map((l) => l.describe.length));
    const listing = (mark) => locs.map((l) => `  ${l.describe.padEnd(width)}  ${l.value}${mark ? mark(l) : ''}`).join('\n');
    const invalid = new Set();
    const normalized = new Map();
    for (const loc of locs) {
        try {
            normalized.set(loc, normalizeVersion(loc.value, scheme));
        }
        catch (e) {
            if (!(e instanceof errors/* UserError */.y))
                throw e;
            invalid.add(loc);
        }
    }
    const label = scheme === 'semver' ? 'semantic version' : 'PEP 440 version';
    if (invalid.size > 0) {
        throw new errors/* UserError */.y(`Not every version found is a valid ${label}:\n${listing((l) => (invalid.has(l) ? `   <- not a valid ${label}` : ''))}\n` +
            `Fix the value, or leave that file out with the files input. ${FILES_HINT}`);
    }
    const first = normalized.get(locs[0]);
    if (locs.some((l) => compareVersions(normalized.get(l), first, scheme) !== 0)) {
        throw new errors/* UserError */.y(`The version files disagree:\n${listing()}\nMake them hold the same version before bumping, ` +
            `or choose which files to bump. ${FILES_HINT}`);
    }
    return first;
}

;// CONCATENATED MODULE: ./lib/versions/rewrite.js

/** Characters a PEP 440 or semver version can contain: nothing that needs quoting or escaping. */
const SAFE_VERSION = /^[0-9A-Za-z.!+_-]+$/;
/**
 * Replaces exactly the version characters of `loc` in `text`: quotes, line
 * endings (CRLF stays CRLF), a BOM, spacing and every other byte stay as they
 * were.
 */
function rewrite(text, loc, next) {
    if (!SAFE_VERSION.test(next))
        throw new Error(`refusing to write ${JSON.stringify(next)} as a version`);
    const found = text.slice(loc.start, loc.end);
    if (found !== loc.value) {
        throw new errors/* UserError */.y(`${loc.describe}: expected "${loc.value}" at offset ${loc.start} but found "${found}"; ` +
            `the file changed after it was read. Run the bump again.`);
    }
    return text.slice(0, loc.start) + next + text.slice(loc.end);
}
/** The text to write at `loc` for version `next`: keeps a leading `v` the file already used. */
function spelledLike(loc, next) {
    const prefix = /^[vV](?=\d)/.exec(loc.value)?.[0] ?? '';
    return prefix + next;
}

;// CONCATENATED MODULE: ./lib/versions/plan.js





/**
 * Everything a bump will write, computed without writing: find the versions,
 * check they agree, choose the next version, rewrite each file in memory.
 * Each file is read once through `files`.
 */
async function plan_planBump(files, req) {
    const access = cachedFileAccess(files);
    const locations = await locateVersions(access, req.files);
    const current = checkAgreement(locations, req.scheme);
    const { previous, next } = chooseNextVersion(current, req);
    const byPath = new Map();
    for (const loc of locations)
        byPath.set(loc.path, [...(byPath.get(loc.path) ?? []), loc]);
    const changes = [];
    for (const [path, locs] of byPath) {
        const before = (await access.read(path));
        let after = before;
        // From the end backwards, so earlier offsets stay valid.
        for (const loc of [...locs].sort((a, b) => b.start - a.start))
            after = rewrite(after, loc, spelledLike(loc, next));
        if (after === before)
            continue;
        changes.push({
            path,
            before,
            after,
            describe: locs.map((l) => l.describe).join('; '),
            from: unique(locs.map((l) => l.value)).join(', '),
            to: unique(locs.map((l) => spelledLike(l, next))).join(', '),
        });
    }
    return { previous, next, changes, locations };
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./lib/versions/diff.js
/**
 * A unified diff (git style, 3 lines of context) of whole-file rewrites, for
 * dry-run output and pull request bodies. Version rewrites never add or remove
 * lines, so lines are compared position by position; should the line counts
 * differ, the changed middle is shown as one hunk.
 */
function unifiedDiff(changes, context = 3) {
    return changes.map((c) => fileDiff(c.path, c.before, c.after, context)).join('');
}
function splitLines(text) {
    if (text === '')
        return { lines: [], terminated: true };
    const parts = text.split(/\r\n|\n|\r/);
    const terminated = parts[parts.length - 1] === '';
    if (terminated)
        parts.pop();
    return { lines: parts, terminated };
}
function fileDiff(path, before, after, context) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    // Ranges [start, end) of changed lines in a and b.
    const blocks = [];
    if (a.lines.length === b.lines.length && a.terminated === b.terminated) {
        for (let i = 0; i < a.lines.length; i++) {
            if (a.lines[i] === b.lines[i])
                continue;
            const last = blocks[blocks.length - 1];
            if (last && last.aEnd === i) {
                last.aEnd = i + 1;
                last.bEnd = i + 1;
            }
            else
                blocks.push({ aStart: i, aEnd: i + 1, bStart: i, bEnd: i + 1 });
        }
        if (blocks.length === 0)
            return ''; // only line terminators differ; nothing readable to show
    }
    else {
        let head = 0;
        while (head < a.lines.length && head < b.lines.length && a.lines[head] === b.lines[head])
            head++;
        let tail = 0;
        while (tail < a.lines.length - head &&
            tail < b.lines.length - head &&
            a.lines[a.lines.length - 1 - tail] === b.lines[b.lines.length - 1 - tail])
            tail++;
        blocks.push({ aStart: head, aEnd: a.lines.length - tail, bStart: head, bEnd: b.lines.length - tail });
    }
    // Group blocks whose context would touch into hunks.
    const hunks = [];
    for (const block of blocks) {
        const group = hunks[hunks.length - 1];
        const prev = group?.[group.length - 1];
        if (prev && block.aStart - prev.aEnd <= 2 * context)
            group.push(block);
        else
            hunks.push([block]);
    }
    let out = `--- a/${path}\n+++ b/${path}\n`;
    for (const group of hunks) {
        const first = group[0];
        const last = group[group.length - 1];
        const aFrom = Math.max(0, first.aStart - context);
        const aTo = Math.min(a.lines.length, last.aEnd + context);
        const bFrom = first.bStart - (first.aStart - aFrom);
        const bTo = last.bEnd + (aTo - last.aEnd);
        out += `@@ -${range(aFrom, aTo - aFrom)} +${range(bFrom, bTo - bFrom)} @@\n`;
        let ai = aFrom;
        for (const block of group) {
            for (; ai < block.aStart; ai++)
                out += line(' ', a, ai);
            for (let i = block.aStart; i < block.aEnd; i++)
                out += line('-', a, i);
            for (let i = block.bStart; i < block.bEnd; i++)
                out += line('+', b, i);
            ai = block.aEnd;
        }
        for (; ai < aTo; ai++)
            out += line(' ', a, ai);
    }
    return out;
}
function range(start, count) {
    // Unified diff numbers lines from 1; an empty range names the line before it.
    const first = count === 0 ? start : start + 1;
    return count === 1 ? `${first}` : `${first},${count}`;
}
function line(mark, text, i) {
    const s = `${mark}${text.lines[i]}\n`;
    return i === text.lines.length - 1 && !text.terminated ? `${s}\\ No newline at end of file\n` : s;
}

;// CONCATENATED MODULE: ./lib/versions/index.js
/**
 * The pure domain of bump-version: version arithmetic (PEP 440 and semver) and
 * finding, checking and rewriting the version strings of a Python project.
 * No GitHub and no git here; callers pass a FileAccess.
 */









;// CONCATENATED MODULE: ./lib/github/repo-files.js
/**
 * A repository at one commit, read through the Git Data API, as the
 * FileAccess that version detection uses: listings come from one recursive
 * tree call, file text from blobs by SHA, so every read sees the same commit
 * however the branch moves meanwhile.
 */




/**
 * Reads `treeSha` of `repo`. When GitHub truncates the recursive listing
 * (over 100,000 entries or 7 MB), directories are listed one by one instead,
 * and only the ones detection looks at.
 */
function gitHubRepoFiles(gh, repo, treeSha, log) {
    const where = `${repoName(repo)} at tree ${treeSha.slice(0, 12)}`;
    let whole;
    const lazy = new Map();
    async function getTree(sha, recursive) {
        const { data } = await errors_onGitHub(`read the file tree of ${where}`, () => gh.rest.git.getTree({ ...repo, tree_sha: sha, ...(recursive ? { recursive: '1' } : {}) }));
        return data;
    }
    /** Every directory's listing from one recursive call, or undefined when GitHub truncated it. */
    function loadWhole() {
        whole ??= (async () => {
            const data = await getTree(treeSha, true);
            if (data.truncated) {
                log.debug(`the recursive tree of ${where} is truncated; listing directories one at a time`);
                return undefined;
            }
            const dirs = new Map([['', new Map()]]);
            for (const item of data.tree) {
                if (!item.path || !item.sha || !item.mode)
                    continue;
                const slash = item.path.lastIndexOf('/');
                const dir = slash === -1 ? '' : item.path.slice(0, slash);
                const name = item.path.slice(slash + 1);
                const type = item.type;
                let listing = dirs.get(dir);
                if (!listing)
                    dirs.set(dir, (listing = new Map()));
                listing.set(name, { mode: item.mode, type, sha: item.sha });
                if (type === 'tree' && !dirs.has(item.path))
                    dirs.set(item.path, new Map());
            }
            return dirs;
        })();
        return whole;
    }
    async function listing(dir) {
        const all = await loadWhole();
        if (all)
            return all.get(dir);
        let p = lazy.get(dir);
        if (!p) {
            p = (async () => {
                let sha = treeSha;
                if (dir !== '') {
                    const slash = dir.lastIndexOf('/');
                    const parent = await listing(slash === -1 ? '' : dir.slice(0, slash));
                    const entry = parent?.get(dir.slice(slash + 1));
                    if (!entry || entry.type !== 'tree')
                        return new Map();
                    sha = entry.sha;
                }
                const data = await getTree(sha, false);
                return new Map(data.tree
                    .filter((i) => i.path && i.sha && i.mode)
                    .map((i) => [i.path, { mode: i.mode, type: i.type, sha: i.sha }]));
            })();
            lazy.set(dir, p);
        }
        const result = await p;
        return result.size === 0 && dir !== '' ? undefined : result;
    }
    async function entry(path) {
        const p = repoPath(path);
        if (p === '')
            return { mode: '040000', type: 'tree', sha: treeSha };
        const slash = p.lastIndexOf('/');
        const parent = await listing(slash === -1 ? '' : p.slice(0, slash));
        return parent?.get(p.slice(slash + 1));
    }
    return {
        entry,
        async list(dir) {
            const found = await listing(repoPath(dir));
            return found ? [...found.keys()].sort() : [];
        },
        async read(path) {
            const e = await entry(path);
            if (!e || e.type !== 'blob')
                return undefined;
            if (e.mode === '120000') {
                throw new errors/* UserError */.y(`${repoPath(path)} is a symbolic link in ${repoName(repo)}; bump-version rewrites files, not links. ` +
                    `Name the file it points to in the files input.`);
            }
            const { data } = await errors_onGitHub(`read ${repoPath(path)} from ${repoName(repo)}`, () => gh.rest.git.getBlob({ ...repo, file_sha: e.sha }));
            const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
            const text = bytes.toString('utf8');
            // The commit writes the text back as UTF-8; bytes that are not UTF-8 would not survive.
            if (!Buffer.from(text, 'utf8').equals(bytes)) {
                throw new errors/* UserError */.y(`${repoPath(path)} is not UTF-8 text, so its version cannot be rewritten safely.`);
            }
            return text;
        },
    };
}

;// CONCATENATED MODULE: ./lib/markup.js
/**
 * Text from outside (filenames, versions, messages, URLs) made inert in the two
 * markups the suite writes: HTML (job summaries, the index server's pages) and
 * Markdown tables (the approval brief, the rehearsal report, pull request bodies).
 * The one place that knows how to escape either.
 */
/** For HTML element content and quoted attribute values (Python's html.escape, which warehouse uses). */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
/**
 * One Markdown table cell (or list item): one line, pipes and backslashes
 * escaped, HTML shown as text, and no inline markup of its own: brackets
 * (links, images), asterisks and tildes (emphasis, strike-through) and
 * backticks are backslash-escaped, so outside text cannot put a link, an
 * image or a bold claim in front of an approver. Underscores stay: inside
 * words they mark nothing, and they fill wheel and runner names.
 */
function markdownCell(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/[|[\]*~`]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** The longest run of backticks in the text (0 without any). */
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * A code span that stays one table cell whatever the text holds: its fence is
 * longer than any run of backticks inside (code spans take no backslash
 * escapes, but a table still splits on an unescaped pipe). Empty text gives ''.
 */
function markdownCode(text) {
    if (text === '')
        return '';
    const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const fence = '`'.repeat(longestBacktickRun(inner) + 1);
    const pad = inner.startsWith('`') || inner.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inner}${pad}${fence}`;
}
/** Whether `url` is one line of http(s): the only links the suite writes around outside URLs. */
function isWebUrl(url) {
    // eslint-disable-next-line no-control-regex
    return /^https?:\/\/[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/i.test(url);
}
/** A Markdown link around already-formatted text; without a URL (or with one that is not http(s)), the text alone. */
function markdownLink(text, url) {
    // Spaces are written as %20 below; anything else that is not one line of http(s) is no link.
    if (!url || !isWebUrl(url.replace(/ /g, '%20')))
        return text;
    return `[${text}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
/** A fenced code block whose fence is longer than any run of backticks in the text. */
function markdownCodeBlock(text, info = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}
/** A Markdown table from a header and rows of already-formatted cells (markdownCell, markdownCode, markdownLink). */
function markdownTable(columns, rows) {
    const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(cols.map((c) => c.title)), line(cols.map((c) => (c.align === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./lib/commands/bump-version/report.js
/** What a bump tells people: the pull request body and the terminal (the action's summary is built in its main). */


/** GitHub refuses pull request bodies over 65,536 characters; the diff is left out before that. */
const MAX_DIFF_IN_BODY = 40_000;
/** One row per changed file: path, where the version is, from → to. */
function changesTable(plan) {
    return markdownTable(['File', 'Where', 'Change'], plan.changes.map((c) => [markdownCode(c.path), markdownCell(c.describe), `${markdownCode(c.from)} → ${markdownCode(c.to)}`]));
}
/** A fenced diff block; the fence is longer than any backtick run in the diff. */
function diffBlock(plan) {
    return markdownCodeBlock(unifiedDiff(plan.changes), 'diff');
}
function pullRequestBody(plan, info) {
    const diff = diffBlock(plan);
    return [
        `Bumps the version from **${plan.previous}** to **${plan.next}** (tag \`${info.tag}\` once released).`,
        '',
        changesTable(plan),
        '',
        ...(diff.length <= MAX_DIFF_IN_BODY ? ['<details><summary>Diff</summary>', '', diff, '', '</details>', ''] : []),
        `Made by bump-version (python-release-actions) as one commit on \`${info.base}\`. ` +
            'Running the workflow again resets this branch to the base plus one fresh commit and updates this pull request.',
    ].join('\n');
}
/** For the terminal and the log: one line per file. */
function changesText(plan) {
    const width = Math.max(...plan.changes.map((c) => c.path.length));
    return plan.changes.map((c) => `  ${c.path.padEnd(width)}  ${c.from} → ${c.to}  (${c.describe})`).join('\n');
}

// EXTERNAL MODULE: ./lib/commands/bump-version/templates.js
var templates = __webpack_require__(8661);
;// CONCATENATED MODULE: ./lib/commands/bump-version/release-branch.js
/**
 * Whether a rerun may take over a release branch that already exists. It may
 * only when moving the branch loses nothing: everything on it is already on
 * the base, or its head is a bump commit of an earlier run (one commit on the
 * base that changes only the version files, with a message from the
 * commit-message template), which the new bump commit replaces. Anything else
 * (review fixes pushed to the branch, someone's own work under that name) is
 * refused before anything is written.
 */




/** How far back on the base an earlier bump commit's parent is looked for (one page of history). */
const BASE_HISTORY = 100;
async function judgeExistingBranch(gh, repo, b) {
    if (b.head === b.baseSha)
        return { kind: 'on-base' };
    let history;
    const onBase = async (sha) => sha === b.baseSha || (history ??= await recentHistory(gh, repo, b.baseSha, BASE_HISTORY)).has(sha.toLowerCase());
    const head = await readCommit(gh, repo, b.head);
    let why;
    if (head.parents.length !== 1) {
        why = head.parents.length === 0 ? 'its head is a root commit' : 'its head is a merge commit';
    }
    else if (!(0,templates/* messageFitsTemplate */.E8)(head.message, b.commitMessageTemplate)) {
        why = `its head commit "${(0,templates/* subjectOf */.et)(head.message)}" is not a bump commit (its message does not fit the commit-message template "${(0,templates/* subjectOf */.et)(b.commitMessageTemplate)}")`;
    }
    else {
        const other = (await changedFiles(gh, repo, b.head)).filter((f) => f.status !== 'modified' || !b.versionFiles.includes(f.filename));
        if (other.length > 0) {
            const shown = other.slice(0, 5).map((f) => `${f.filename} (${f.status})`);
            why = `its head commit changes ${shown.join(', ')}${other.length > 5 ? ` and ${other.length - 5} more` : ''}, which ${other.length === 1 ? 'is not a version file' : 'are not version files'} of this bump`;
        }
        else if (!(await onBase(head.parents[0]))) {
            why = `its head is a bump commit on top of ${head.parents[0]}, which is not among the newest ${BASE_HISTORY} commits of ${b.base}, so the branch may hold other work below it`;
        }
        else {
            return { kind: 'bump', head };
        }
    }
    // Whatever its head looks like, a branch whose commits are all on the base loses nothing.
    if (await onBase(b.head))
        return { kind: 'on-base' };
    return { kind: 'foreign', why };
}
/** The refusal for a `foreign` branch: which branch, where it is, why it is not taken over, and what to do. */
function foreignBranchError(repo, b, why, pullRequest) {
    const what = pullRequest
        ? `Merge or close its open pull request #${pullRequest.number} (${pullRequest.url}) and delete the branch`
        : `Delete the branch`;
    return new errors/* UserError */.y(`The release branch ${b.branch} already exists in ${repoName(repo)} at ${b.head}, and ${why}. ` +
        `Moving it to a new bump commit would discard that work, so bump-version changed nothing. ` +
        `${what} (git push origin --delete ${b.branch}) once that work is merged or saved elsewhere, then run bump-version again; ` +
        `or give a branch template that names a new branch.`);
}

;// CONCATENATED MODULE: ./lib/commands/bump-version/github.js
/**
 * bump-version on GitHub: plan the whole bump from the base commit, then
 * write it as one commit on the release branch and one pull request. Nothing
 * is written until the plan is complete, so any problem with the input, the
 * files or the versions leaves the repository as it was.
 */









async function bumpOnGitHub(gh, req, log) {
    const { repo } = req;
    const name = repoName(repo);
    const defaultName = await defaultBranch(gh, repo);
    // `refs/heads/x` is how workflows often spell a branch (github.ref); the API wants `x`.
    const base = req.base?.replace(/^refs\/heads\//, '') || defaultName;
    const baseSha = await requireBranch(gh, repo, base);
    const baseCommit = await readCommit(gh, repo, baseSha);
    log.info(`Reading the version files of ${name} at ${base} (${baseSha})`);
    const files = gitHubRepoFiles(gh, repo, baseCommit.tree, log);
    const plan = await plan_planBump(files, req);
    if (plan.changes.length === 0) {
        throw new errors/* UserError */.y(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to commit.`);
    }
    const values = { version: plan.next, previous: plan.previous };
    const branch = (0,templates/* checkBranchName */.I$)((0,templates/* fillTemplate */.ou)(req.branchTemplate, values), req.branchTemplate);
    if (branch === base || branch === defaultName) {
        throw new errors/* UserError */.y(`The release branch would be ${branch}, which is the ${branch === base ? 'base' : 'default'} branch: bump-version points ` +
            `its release branch at a new commit on the base. Use a branch template such as release/v{version}.`);
    }
    const tag = (0,templates/* checkTagName */.uz)((0,templates/* fillTemplate */.ou)(req.tagTemplate, values), req.tagTemplate);
    const message = (0,templates/* fillTemplate */.ou)(req.commitMessage, values);
    if ((0,templates/* subjectOf */.et)(message) === '')
        throw new errors/* UserError */.y('The commit-message template gives an empty first line; give a message such as "Bump version to {version}".');
    const writes = await fileWrites(files, plan);
    const outcome = { plan, base, baseSha, branch, tag, message, dryRun: req.dryRun };
    if (req.dryRun)
        return outcome;
    // Decided before the first write: a branch holding anything but an earlier bump is refused, untouched.
    const existing = await branchHead(gh, repo, branch);
    let earlierBump;
    if (existing !== undefined) {
        const current = {
            branch,
            head: existing,
            base,
            baseSha,
            versionFiles: plan.changes.map((c) => c.path),
            commitMessageTemplate: req.commitMessage,
        };
        const verdict = await judgeExistingBranch(gh, repo, current);
        if (verdict.kind === 'foreign') {
            const pr = await findOpenPullRequest(gh, repo, branch, base);
            throw foreignBranchError(repo, current, verdict.why, pr);
        }
        if (verdict.kind === 'bump')
            earlierBump = verdict.head;
    }
    const tree = await createTree(gh, repo, baseCommit.tree, writes);
    let commitSha;
    // A rerun on an unchanged base: the branch already is base + this exact commit, so keep it
    // rather than force-push an equal one (which would dismiss reviews and restart checks).
    if (earlierBump && earlierBump.parents[0] === baseSha && earlierBump.tree === tree && earlierBump.message === message) {
        commitSha = earlierBump.sha;
        outcome.commitReused = true;
    }
    commitSha ??= (await createCommit(gh, repo, { tree, parent: baseSha, message })).sha;
    outcome.commitSha = commitSha;
    outcome.branchAction = await pointBranch(gh, repo, branch, commitSha, existing, earlierBump !== undefined);
    log.info(outcome.branchAction === 'created'
        ? `Created branch ${branch} at ${commitSha}`
        : outcome.branchAction === 'moved'
            ? earlierBump
                ? `Replaced the earlier bump commit ${existing} on ${branch} with ${commitSha}, on ${base} at ${baseSha}`
                : `Moved branch ${branch} forward from ${existing}, which is on ${base}, to ${commitSha}`
            : `Branch ${branch} already is ${base} plus this bump (${commitSha}); left as it is`);
    if (req.pullRequest) {
        outcome.pullRequest = await upsertPullRequest(gh, repo, {
            head: branch,
            base,
            title: (0,templates/* subjectOf */.et)(message),
            body: pullRequestBody(plan, { base, tag }),
            labels: req.labels,
        });
        log.info(`${outcome.pullRequest.created ? 'Opened' : 'Updated'} pull request #${outcome.pullRequest.number}: ${outcome.pullRequest.url}`);
    }
    return outcome;
}
/** Each changed file with the mode it has at the base, so an executable stays executable. */
async function fileWrites(files, plan) {
    const writes = [];
    for (const change of plan.changes) {
        const entry = await files.entry(change.path);
        if (!entry || entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
            throw new errors/* UserError */.y(`${change.path} is not a regular file in the repository, so bump-version cannot rewrite it.`);
        }
        writes.push({ path: change.path, content: change.after, mode: entry.mode });
    }
    return writes;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/process/errors.js
/** Why a process did not do its job, in words that name the command and show its own explanation. */

/** Duck-typed: node's own errors may come from another realm (jest's VM), where `instanceof Error` is false. */
function messageOf(err) {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
}
/** The process never started: no such file, not executable, a missing working directory. */
class errors_ProcessStartError extends Error {
    command;
    /** ENOENT, EACCES… */
    code;
    constructor(command, cause) {
        super(`Could not start ${command}: ${messageOf(cause)}`, { cause });
        this.command = command;
        this.name = 'ProcessStartError';
        const code = cause?.code;
        if (typeof code === 'string')
            this.code = code;
    }
    /** The system's reason alone ("spawn git ENOENT"). */
    get reason() {
        return messageOf(this.cause);
    }
}
/** The process ran but failed: its command line, how it ended, and the end of what it said. */
class ProcessError extends Error {
    result;
    constructor(result, what) {
        super(what);
        this.result = result;
        this.name = 'ProcessError';
    }
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
/** How the run ended, when that was not a success; undefined for a complete exit 0. */
function errors_failureOf(r, opts = {}) {
    let how;
    if (r.timedOut)
        how = `did not finish within ${seconds(r.timeoutMs)} and was stopped`;
    else if (r.signal)
        how = `was ended by ${r.signal}`;
    else if (r.code !== 0)
        how = `exited with code ${r.code}`;
    else if (opts.complete && r.dropped?.stdout)
        how = `printed ${r.dropped.stdout} bytes more than the runner keeps, so its output is incomplete`;
    else
        return undefined;
    const said = tail(r.stderr || r.stdout);
    return new ProcessError(r, `${r.command} ${how}${said ? `:\n${said}` : '.'}`);
}

;// CONCATENATED MODULE: ./lib/process/run.js
/**
 * The one way this project starts a process (the index server and the
 * hashing workers aside): an argument array, never a shell; an environment
 * the caller built with `./environment.ts`; a timeout that kills; output
 * captured up to a limit (the tail is kept, since that is where a failure
 * explains itself); and a start failure told apart from a failed exit.
 *
 * Why not @actions/exec underneath: its ToolRunner keeps the ChildProcess to
 * itself, so nothing can kill a process that hangs (no timeout, no abort); it
 * leaves stdin an open pipe when there is no input, so a child that reads
 * stdin waits forever, and writes `input` without an error handler (EPIPE
 * from a child that exits first is thrown in the runner); it reports a death
 * by signal as exit code null; it resolves a bare command name against the
 * runner's own PATH, not the environment it is given; and it finishes 10 s
 * after exit when a grandchild holds the output pipes. It also prints
 * `[command]…` and all output to stdout unless silenced, and this runner
 * serves the command line and the rehearsal outside Actions as well.
 *
 * Outside Windows each process (git aside, see `terminal`) leads a process
 * group of its own, so what it leaves behind (a daemon its import forked, a
 * grandchild holding the pipes) is stopped with it: once it has exited and
 * its pipes are closed, or a moment after it exited with the pipes still
 * held, and when the action itself is interrupted (SIGINT, SIGTERM) or exits.
 */




const DEFAULT_MAX_OUTPUT_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
/** After the process exited or was killed, how long to wait for the output pipes, which a grandchild may still hold open. */
const PIPE_GRACE_MS = 2000;
/** Process groups (POSIX): a child's descendants can be signalled with it. */
const GROUPS = process.platform !== 'win32';
/** Stops every process group still running, when this process is interrupted or exits. */
const running = new Set();
let hooked = false;
function stopAll() {
    for (const stop of [...running])
        stop();
}
function onSignal(signal) {
    stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    hooked = false;
    // Then what the signal would have done without this handler, unless someone else handles it.
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function track(stop) {
    running.add(stop);
    if (hooked)
        return;
    hooked = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
function untrack(stop) {
    running.delete(stop);
    if (running.size > 0 || !hooked)
        return;
    hooked = false;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
}
process.on('exit', stopAll);
/** The last `max` bytes of a stream. */
class OutputTail {
    max;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max) {
            const excess = this.size - this.max;
            const first = this.chunks[0];
            const cut = Math.min(first.length, excess);
            if (cut === first.length)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(cut);
            this.size -= cut;
            this.dropped += cut;
        }
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/**
 * Runs `file args...` to the end. Resolves with the exit code and output
 * whatever the exit code (see `failureOf` in ./errors.ts); rejects with a
 * ProcessStartError when the process cannot be started (ENOENT, EACCES, a
 * missing cwd), and with the abort reason when `signal` aborts.
 */
function run_runProcess(file, args, opts) {
    const command = formatCommand(file, args);
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason);
            return;
        }
        let child;
        try {
            child = spawn(file, args, {
                cwd: opts.cwd,
                env: opts.env,
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true,
                detached: GROUPS && !opts.terminal,
            });
        }
        catch (err) {
            reject(new ProcessStartError(command, err));
            return;
        }
        const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
        const stdout = new OutputTail(max);
        const stderr = new OutputTail(max);
        let timedOut = false;
        let settled = false;
        let exit;
        let grace;
        /** The process and whatever it started in its group. */
        const kill = () => {
            if (GROUPS && !opts.terminal && child.pid !== undefined) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // the group is gone
                }
            }
            try {
                child.kill('SIGKILL');
            }
            catch {
                // already gone
            }
        };
        track(kill);
        const cleanUp = () => {
            settled = true;
            clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
            opts.signal?.removeEventListener('abort', onAbort);
            // What it left behind in its group does not outlive it.
            kill();
            untrack(kill);
        };
        const complete = (code, signal) => {
            if (settled)
                return;
            cleanUp();
            const result = {
                command,
                code: code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : -1),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timeoutMs: opts.timeoutMs,
            };
            if (signal)
                result.signal = signal;
            if (timedOut)
                result.timedOut = true;
            if (stdout.dropped || stderr.dropped)
                result.dropped = { stdout: stdout.dropped, stderr: stderr.dropped };
            resolve(result);
        };
        /** Done once the process has exited, even while a grandchild keeps the pipes open. */
        const finishSoon = () => {
            grace ??= setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                // Called only after the exit: its code and signal, not the group's kill, say how it ended.
                complete(exit?.code ?? null, exit ? exit.signal : 'SIGKILL');
            }, PIPE_GRACE_MS);
        };
        const onAbort = () => {
            if (settled)
                return;
            kill();
            cleanUp();
            reject(opts.signal.reason);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
            if (exit)
                finishSoon();
        }, opts.timeoutMs);
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', (err) => {
            // Also emitted when a kill fails; only a process that never started has no pid.
            if (child.pid !== undefined || settled)
                return;
            cleanUp();
            reject(new ProcessStartError(command, err));
        });
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            finishSoon();
        });
        child.on('close', (code, signal) => complete(code, signal));
        if (opts.input !== undefined) {
            child.stdin.on('error', () => { });
            child.stdin.end(opts.input);
        }
    });
}

;// CONCATENATED MODULE: ./lib/process/environment.js
/**
 * The variables every process this project starts runs with, decided here and
 * nowhere else: nothing the runner hands only to the action, nothing that
 * points git at a repository other than the one in the working directory, and
 * for Python nothing that changes what the interpreter imports or what pip
 * does.
 */

/**
 * What the runner hands a JavaScript action and nothing it starts should
 * see: the action's inputs (a `token` input arrives as INPUT_TOKEN), the
 * runtime token (artifacts, caches) and the OIDC request pair (which would let
 * code installed from an index mint a trusted-publishing token).
 */
const SECRET = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i;
/**
 * The runner's command files: what is written there becomes the step's outputs and summary, or the
 * environment and PATH of every later step. Only the action writes them.
 */
const COMMAND_FILES = /^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)$/i;
/**
 * git's own list of the variables that locate a repository and its objects
 * (`git rev-parse --local-env-vars`, what git itself clears before it works in
 * another repository), and the numbered `-c` settings GIT_CONFIG_COUNT
 * announces. A git hook inherits GIT_DIR and GIT_INDEX_FILE; a git started
 * from there would otherwise branch, stage and commit in the hook's
 * repository whatever its working directory. GIT_CONFIG_GLOBAL,
 * GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM stay: they choose the user's
 * configuration files, not a repository.
 */
const GIT_REPOSITORY = new Set([
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_OBJECT_DIRECTORY',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_GRAFT_FILE',
    'GIT_INDEX_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_INTERNAL_SUPER_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_COMMON_DIR',
]);
const GIT_CONFIG_ENTRY = /^GIT_CONFIG_(KEY|VALUE)_\d+$/;
/**
 * Variables that change which modules an interpreter imports, where it looks
 * for its standard library, or what pip does (PIP_* maps onto every pip
 * option, e.g. PIP_FIND_LINKS or PIP_INDEX_URL, which would let another
 * source satisfy a verification). __PYVENV_LAUNCHER__ makes a macOS framework
 * Python pretend to be another executable.
 */
const PYTHON = /^(PYTHON|PIP_|VIRTUAL_ENV$|__PYVENV_LAUNCHER__$)/i;
/**
 * Credentials a job may keep in its environment (a workflow's `env:` from its
 * secrets: GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, PYPI_API_TOKEN, TWINE_PASSWORD…)
 * and the ssh agent's socket. An interpreter started here runs code from an
 * index: pip runs the build backends of what it installs, and the checks
 * import it. None of that code needs a credential, so none is passed on.
 * Matched by name, as the names of secrets are chosen to say what they hold.
 */
const CREDENTIAL = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_SOCK)/i;
function dropped(key) {
    const upper = key.toUpperCase(); // Windows variable names ignore case
    return SECRET.test(key) || COMMAND_FILES.test(key) || GIT_REPOSITORY.has(upper) || GIT_CONFIG_ENTRY.test(upper);
}
/** The caller's environment without the action's secrets, the runner's command files and git's repository variables. */
function childEnvironment(base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value !== undefined && !dropped(key))
            env[key] = value;
    }
    return env;
}
/** For git: childEnvironment, and never a prompt for credentials (nobody is there to answer). */
function environment_gitEnvironment(base = process.env) {
    return { ...childEnvironment(base), GIT_TERMINAL_PROMPT: '0' };
}
/**
 * For a bare Python interpreter: childEnvironment minus PYTHON*, PIP_* and
 * the like, and minus every credential the job holds (CREDENTIAL), plus:
 * - PYTHONNOUSERSITE: the user's ~/.local site-packages stays invisible (`-s`);
 * - PYTHONIOENCODING: output is UTF-8 whatever the locale (Python 2 would
 *   otherwise fail to print a non-ASCII path into a pipe);
 * - PIP_CONFIG_FILE=os.devnull: pip skips every configuration file (global,
 *   user and site), so a pip.conf with find-links or extra-index-url cannot
 *   add sources the caller did not name.
 */
function pythonEnvironment(base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(childEnvironment(base))) {
        if (!PYTHON.test(key) && !CREDENTIAL.test(key))
            env[key] = value;
    }
    env.PYTHONNOUSERSITE = '1';
    env.PYTHONIOENCODING = 'utf-8';
    env.PIP_CONFIG_FILE = devNull;
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/process/git.js
/**
 * git, for the local bump and the rehearsal: in the repository at `dir` and
 * no other (see gitEnvironment), never prompting, with a timeout.
 */





const GIT_TIMEOUT_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** Runs git in `dir`; resolves whatever the exit code, throws a UserError when git is not installed. */
async function git(dir, args, opts = {}) {
    try {
        return await runProcess('git', args, { cwd: dir, env: gitEnvironment(), timeoutMs: opts.timeoutMs ?? GIT_TIMEOUT_MS, terminal: true });
    }
    catch (err) {
        if (err instanceof ProcessStartError && err.code === 'ENOENT') {
            // spawn says ENOENT for a missing working directory too.
            if (!existsSync(dir))
                throw new UserError(`Cannot run git in ${dir}: the directory does not exist.`);
            throw new UserError(`git is not installed (or not on PATH). ${opts.ifMissing ?? 'Install git.'}`);
        }
        throw err;
    }
}
/** git's stdout when it succeeded; otherwise a UserError saying what could not be done and what git said. */
async function gitOk(dir, args, doing, opts = {}) {
    const r = await git(dir, args, opts);
    const failure = failureOf(r, { complete: true });
    if (failure)
        throw new UserError(`Could not ${doing}: ${failure.message}`);
    return r.stdout;
}

;// CONCATENATED MODULE: ./lib/process/index.js
/** Starting processes: the runner, the environments it runs them in, git, and how failures read. */






;// CONCATENATED MODULE: ./lib/commands/bump-version/local.js
/**
 * bump-version on a local git checkout, for the command line and the
 * rehearsal: the same plan as on GitHub, written to the files and committed
 * with git on a new branch. Everything that can refuse is checked before the
 * first file is written.
 */






/** Without git the commit cannot be made, but the files can still be rewritten. */
const IF_NO_GIT = { ifMissing: 'Install git, or use --no-commit to only rewrite the files.' };
const local_git = (dir, args) => runGit(dir, args, IF_NO_GIT);
const local_gitOk = (dir, args, doing) => runGitOk(dir, args, doing, IF_NO_GIT);
async function bumpLocally(req, log) {
    const dir = resolve(req.dir);
    const plan = await planBump(localFileAccess(dir), req);
    if (plan.changes.length === 0) {
        throw new UserError(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to do.`);
    }
    const values = { version: plan.next, previous: plan.previous };
    const branch = checkBranchName(fillTemplate(req.branchTemplate, values), req.branchTemplate);
    const message = fillTemplate(req.commitMessage, values);
    if (subjectOf(message) === '')
        throw new UserError('The commit message template gives an empty first line; give one such as "Bump version to {version}".');
    const outcome = { plan, branch, message, dryRun: req.dryRun };
    if (req.dryRun)
        return outcome;
    const paths = plan.changes.map((c) => c.path);
    if (req.commit)
        await checkCheckout(dir, branch, paths);
    if (req.commit)
        await local_gitOk(dir, ['checkout', '-q', '-b', branch], `create the branch ${branch}`);
    for (const change of plan.changes)
        await writeFile(resolve(dir, change.path), change.after, 'utf8');
    log.info(`Rewrote ${paths.length} file(s) for ${plan.previous} → ${plan.next}`);
    if (!req.commit)
        return outcome;
    await local_gitOk(dir, ['add', '--', ...paths], 'stage the version files');
    await local_gitOk(dir, ['commit', '-q', '-m', message, '--', ...paths], 'commit the version files');
    outcome.commitSha = (await local_gitOk(dir, ['rev-parse', 'HEAD'], 'read the new commit')).trim();
    return outcome;
}
/** A clean work tree, a free branch name, tracked version files and a committer identity, or a clear refusal. */
async function checkCheckout(dir, branch, paths) {
    const inside = await local_git(dir, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
        throw new UserError(`${dir} is not inside a git work tree. Run in a checkout, or use --no-commit to only rewrite the files.`);
    }
    const status = await local_gitOk(dir, ['status', '--porcelain', '--untracked-files=no'], 'read the work tree status');
    const dirty = status.split('\n').filter((l) => l.trim() !== '');
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 10).map((l) => `  ${l}`).join('\n');
        throw new UserError(`The work tree has uncommitted changes, so the bump commit would not be the bump alone:\n${shown}` +
            `${dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : ''}\nCommit or stash them first, or use --no-commit.`);
    }
    const exists = await local_git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    if (exists.code === 0) {
        throw new UserError(`The branch ${branch} already exists. Delete it (git branch -D ${branch}) or give another --branch template.`);
    }
    const format = await local_git(dir, ['check-ref-format', '--branch', branch]);
    if (format.code !== 0)
        throw new UserError(`"${branch}" is not a valid git branch name: ${format.stderr.trim()}`);
    const tracked = await local_git(dir, ['ls-files', '--error-unmatch', '--', ...paths]);
    if (tracked.code !== 0) {
        throw new UserError(`Not every version file is tracked by git: ${(tracked.stderr || tracked.stdout).trim()}. Add them first, or use --no-commit.`);
    }
    const ident = await local_git(dir, ['var', 'GIT_COMMITTER_IDENT']);
    if (ident.code !== 0) {
        throw new UserError(`git has no committer identity: ${ident.stderr.trim()}. Set user.name and user.email (git config), or use --no-commit.`);
    }
}

;// CONCATENATED MODULE: ./lib/commands/bump-version/index.js
/** Orchestration of bump-version: on GitHub through the REST API, or on a local checkout with git. */






// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(1351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(5555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(5077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./lib/http/redact.js
/**
 * URLs as they may appear in logs and errors, and the credentials a URL
 * carries, taken out of it before it goes on the wire.
 */
const SECRET_PARAM = /sig|token|credential|secret|key|auth|pass/i;
/**
 * The userinfo after `//`: everything up to the last `@` before the next `/`.
 * Neither whitespace nor `\` ends it (though a URL parser may end the authority
 * at `\`), so a password holding either is still caught in text that does not
 * parse as a URL: masking too much is safe, too little is not.
 */
const USERINFO = /\/\/([^/]*)@/g;
/**
 * The URL as it may appear in logs: no user:password, and signature/token query values masked.
 * Text that does not parse as a URL (a bad input echoed in its error) loses its userinfo too.
 */
function redact_redactUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return String(url).replace(USERINFO, '//***@');
    }
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
        if (SECRET_PARAM.test(key))
            u.searchParams.set(key, '***');
    }
    return u.toString();
}
/** user:password in a URL become a Basic header: nothing sends credentials inside a URL. */
function splitCredentials(url) {
    const u = new URL(url);
    if (!u.username && !u.password)
        return { url: u };
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    u.username = '';
    u.password = '';
    return { url: u, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

;// CONCATENATED MODULE: ./lib/http/errors.js
/**
 * What went wrong with one HTTP exchange. One base class, HttpError, for a
 * request that got no usable answer (the transport's cause in `code`); one
 * subclass for an answer the caller did not want (HttpStatusError), and one
 * callers throw for a failure they know to be passing (TransientError).
 */

function field(obj, name) {
    return obj !== null && typeof obj === 'object' && name in obj ? obj[name] : undefined;
}
function errors_errorCode(err) {
    const code = field(err, 'code');
    return typeof code === 'string' ? code : undefined;
}
class errors_HttpError extends Error {
    method;
    url;
    code;
    bodySent;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'HttpError';
        this.method = options.method;
        this.url = options.url === undefined ? undefined : redact_redactUrl(options.url);
        this.code = options.code ?? errors_errorCode(options.cause);
        this.bodySent = options.bodySent ?? false;
    }
}
/** An HTTP answer the caller did not want; `retryAfterMs` carries the server's hint. */
class errors_HttpStatusError extends errors_HttpError {
    status;
    retryAfterMs;
    constructor(status, message, retryAfterMs, options = {}) {
        super(message, options);
        this.status = status;
        this.retryAfterMs = retryAfterMs;
        this.name = 'HttpStatusError';
    }
}
/** A failure we know to be passing: a truncated body, a stalled connection, a resumed range that did not line up. */
class errors_TransientError extends errors_HttpError {
    constructor(message, options) {
        super(message, options);
        this.name = 'TransientError';
    }
}
/**
 * "fetch failed: connect ECONNREFUSED 127.0.0.1:9 (GET http://…)": the message
 * with whatever its causes add. Duck-typed, because errors from node
 * internals may come from another realm (jest's VM) where `instanceof Error`
 * is false.
 */
function errors_describeError(err) {
    const message = field(err, 'message');
    if (typeof message !== 'string')
        return String(err);
    const parts = [];
    const known = (text) => message.includes(text) || parts.some((p) => p.includes(text));
    for (let e = field(err, 'cause'), depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
        const m = field(e, 'message');
        const code = errors_errorCode(e);
        if (typeof m === 'string' && m && !known(m))
            parts.push(m);
        if (code && !known(code))
            parts.push(code);
    }
    return parts.length ? `${message} (${parts.join(', ')})` : message;
}

;// CONCATENATED MODULE: ./lib/http/timeouts.js
/**
 * The one timeout vocabulary. Every exchange has three bounds:
 *
 * - connect: setting up the TCP connection;
 * - idle: no byte in either direction for this long (a silent server, a stalled body);
 * - deadline: the whole exchange, the answer's body included, ends within this long
 *   (a server that trickles one byte every few seconds never trips the idle bound).
 *
 * Transfers whose length depends on a file get a deadline from its size
 * (transferDeadlineMs); everything else the default.
 */
const DEFAULT_TIMEOUTS = { connectMs: 30_000, idleMs: 60_000, deadlineMs: 5 * 60_000 };
/** A transfer that has not ended after this long never will in any useful sense: 30 minutes. */
const MAX_TRANSFER_MS = 30 * 60_000;
/** What a transfer of any size may take on top of moving its bytes (connecting, the server's work). */
const TRANSFER_BASE_MS = 60_000;
/** The slowest rate a transfer is expected to keep up: 64 KiB/s. */
const MIN_TRANSFER_BYTES_PER_S = 64 * 1024;
/**
 * The deadline for one upload or download of `bytes`: a minute plus a second
 * per 64 KiB, at most 30 minutes; 30 minutes when the size is unknown.
 */
function transferDeadlineMs(bytes) {
    if (bytes === undefined || !Number.isFinite(bytes))
        return MAX_TRANSFER_MS;
    return Math.min(MAX_TRANSFER_MS, TRANSFER_BASE_MS + Math.ceil((Math.max(0, bytes) / MIN_TRANSFER_BYTES_PER_S) * 1000));
}
/** 300 → "300 ms", 60000 → "60 s". */
function shortDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
/** What the exchange says when each bound runs out. */
const timeoutMessage = {
    connect: (ms) => `could not connect within ${shortDuration(ms)}`,
    idle: (ms) => `no data for ${shortDuration(ms)}`,
    deadline: (ms) => `no complete answer within ${Number((ms / 1000).toFixed(1))} s`,
};

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/http/transport.js
/**
 * One HTTP exchange on the wire, on node:http(s), with one keep-alive pool per
 * protocol for the whole process.
 *
 * Why not undici: @actions/core loads the npm copy of undici (through
 * @actions/http-client), which installs itself as the process-wide
 * dispatcher of Node's global `fetch` when it loads first. In undici 6.29.1
 * and 7.30.3 (the newest 6.x and 7.x) a response body that is paused by
 * backpressure (the disk is slower than the network) when the server closes
 * the connection (S3-alikes and many CDNs send `Connection: close`) crashes
 * the whole process with an uncatchable `assert(!this.paused)`
 * (nodejs/undici#5360), through its own Agent and `request` as well as
 * through `fetch`. The fix is in undici 8, which needs Node 22.19 (on Node 20
 * it does not load). node:http has no such path.
 *
 * Redirects, credentials, retries and the overall deadline are request.ts's
 * business; this module moves bytes, and bounds connecting and silence.
 */





/** The standard reason phrase of a status, or ''. */
function standardStatusText(status) {
    return STATUS_CODES[status] ?? '';
}
// Keep-alive, so listing pages, API calls and uploads reuse connections; idle sockets are unref'd by the agent.
const pools = {
    'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
};
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/**
 * Socket data kept while the reader is busy, at most; beyond it the socket is paused (backpressure).
 * Ten downloads at once hold ten of these: a quarter megabyte each keeps the readers fed on loopback.
 */
const MAX_BUFFERED = 256 * 1024;
/**
 * The body as a web stream that hands the reader everything that arrived
 * since its last read, as the socket's own chunks, in one pull: no copy into
 * a larger buffer (a downloader batches them for its writer anyway, and a
 * fresh megabyte per read made work for the allocator and the GC). Bytes that
 * arrived before a failure are delivered before the error, so a resumable
 * download keeps them.
 */
function bodyStream(res, wrap) {
    let parts = [];
    let size = 0;
    let ended = false;
    let failure;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    res.on('data', (chunk) => {
        parts.push(chunk);
        size += chunk.length;
        if (size >= MAX_BUFFERED)
            res.pause();
        notify();
    });
    res.on('end', () => {
        ended = true;
        notify();
    });
    res.on('error', (err) => {
        failure ??= wrap(err);
        notify();
    });
    res.on('close', () => {
        // Closed without 'end' or 'error': the connection went away mid-body (a reader must never wait forever).
        if (!ended && failure === undefined) {
            failure = wrap(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
        }
        notify();
    });
    return new ReadableStream({
        async pull(controller) {
            for (;;) {
                if (size > 0) {
                    const ready = parts;
                    parts = [];
                    size = 0;
                    if (!ended && failure === undefined)
                        res.resume();
                    for (const chunk of ready)
                        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                    return;
                }
                if (failure !== undefined)
                    return controller.error(failure);
                if (ended)
                    return controller.close();
                res.resume();
                await new Promise((resolve) => (wake = resolve));
            }
        },
        cancel(reason) {
            res.destroy(reason instanceof Error ? reason : undefined);
        },
    }, { highWaterMark: 0 });
}
function abortReason(signal) {
    const r = signal.reason;
    return r ?? Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
}
const nodeTransport = (wire) => new Promise((resolve, reject) => {
    const { url, method } = wire;
    const where = `${method} ${redact_redactUrl(url)}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new errors_HttpError(`unsupported protocol ${url.protocol} (${where})`, { method, url, code: 'EPROTO' }));
        wire.onDone?.();
        return;
    }
    let bodySent = false;
    let response;
    let settled = false;
    let done = false;
    let connectTimer;
    const sending = new AbortController();
    // The caller's abort reason, and this layer's own errors, reach the caller unchanged.
    const failed = (prefix) => (err) => err instanceof errors_HttpError || (wire.signal.aborted && err === wire.signal.reason)
        ? err
        : new errors_HttpError(`${prefix}: ${errors_describeError(err)} (${where})`, { method, url, cause: err, bodySent });
    let req;
    const finish = () => {
        if (done)
            return;
        done = true;
        clearTimeout(connectTimer);
        wire.signal.removeEventListener('abort', onAbort);
        sending.abort();
        // An early answer leaves a half-sent request behind: its socket cannot carry another one.
        if (!bodySent)
            req?.destroy();
        wire.onDone?.();
    };
    /** Before the answer the promise rejects with `err`; after it, the body stream fails with it. */
    const fail = (err) => {
        if (done)
            return;
        if (response) {
            response.destroy(err instanceof Error ? err : undefined);
            return;
        }
        if (!settled) {
            settled = true;
            reject(err);
        }
        req?.destroy();
        finish();
    };
    const onAbort = () => fail(abortReason(wire.signal));
    if (wire.signal.aborted) {
        reject(abortReason(wire.signal));
        wire.onDone?.();
        return;
    }
    wire.signal.addEventListener('abort', onAbort, { once: true });
    const headers = { ...wire.headers };
    if (wire.body !== undefined)
        headers['content-length'] = Buffer.byteLength(wire.body);
    try {
        const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        req = client.request(url, { method, headers, agent: pools[url.protocol] });
    }
    catch (err) {
        // An invalid header value, refused before anything is sent.
        fail(failed('fetch failed')(err));
        return;
    }
    req.setTimeout(wire.idleTimeoutMs, () => fail(new errors_HttpError(`${timeoutMessage.idle(wire.idleTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT', bodySent })));
    req.on('socket', (socket) => {
        if (!socket.connecting)
            return;
        connectTimer = setTimeout(() => fail(new errors_HttpError(`${timeoutMessage.connect(wire.connectTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT' })), wire.connectTimeoutMs);
        socket.once('connect', () => clearTimeout(connectTimer));
    });
    req.on('finish', () => {
        bodySent = true;
        wire.onBodySent?.();
    });
    req.on('error', (err) => {
        // A server that answers early (a redirect, a refusal) and closes may break the rest of our
        // write (EPIPE, ECONNRESET): a complete answer already read is still the answer.
        if (response?.complete)
            return;
        fail(failed(response ? 'the answer was cut off' : 'fetch failed')(err));
    });
    req.on('response', (res) => {
        response = res;
        // The server answered; whatever of the body is still unsent no longer matters.
        if (!bodySent)
            sending.abort();
        res.once('close', finish);
        const status = res.statusCode ?? 0;
        const h = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
            try {
                h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
            }
            catch {
                // A header value the Fetch standard refuses (control characters): not one this layer reads.
            }
        }
        const empty = NULL_BODY.has(status) || method === 'HEAD';
        if (empty)
            res.resume();
        settled = true;
        resolve({
            status,
            statusText: res.statusMessage ?? '',
            headers: h,
            body: empty ? null : bodyStream(res, failed('the answer was cut off')),
        });
    });
    if (wire.send) {
        // Failed writes surface as the request's 'error'; what rejects here is the body's own source.
        wire.send(req, sending.signal).catch((err) => fail(failed('sending the body failed')(err)));
    }
    else {
        req.end(wire.body);
    }
});

;// CONCATENATED MODULE: ./lib/http/request.js




const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
function normalize(values, keep = () => true) {
    const out = {};
    for (const [k, v] of Object.entries(values ?? {})) {
        const name = k.toLowerCase();
        if (v !== undefined && keep(name))
            out[name] = String(v);
    }
    return out;
}
/** Discards an answer's body without reading it (the connection is closed, not reused). */
async function discard(res) {
    await res.body?.cancel().catch(() => { });
}
/**
 * Sends one request and resolves with the answer once its headers arrive;
 * rejects with HttpError when no answer came (the transport's cause in
 * `code`), or with the caller's abort reason.
 */
async function request(target, opts = {}) {
    const start = new URL(target);
    const transport = opts.transport ?? nodeTransport;
    const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
    const maxRedirects = opts.maxRedirects ?? 5;
    const follow = opts.redirect === 'follow' && opts.send === undefined;
    let method = (opts.method ?? 'GET').toUpperCase();
    let body = opts.body;
    // One controller for the whole exchange: the caller's signal and the deadline both end it.
    const controller = new AbortController();
    const onAbort = () => controller.abort(opts.signal?.reason);
    if (opts.signal?.aborted)
        throw opts.signal.reason;
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let deadline;
    let url = start;
    // Whether the current hop's whole body reached the network: a failure after that is ambiguous.
    let sent = false;
    if (Number.isFinite(timeouts.deadlineMs)) {
        deadline = setTimeout(() => {
            controller.abort(new errors_HttpError(`${timeoutMessage.deadline(timeouts.deadlineMs)} (${method} ${redact_redactUrl(url)})`, { method, url, code: 'ETIMEDOUT', bodySent: sent }));
        }, timeouts.deadlineMs);
        // A hung socket keeps the process alive by itself; the timer need not.
        deadline.unref();
    }
    const over = () => {
        clearTimeout(deadline);
        opts.signal?.removeEventListener('abort', onAbort);
    };
    try {
        for (let hop = 0;; hop++) {
            const sameOrigin = url.origin === start.origin;
            const own = sameOrigin
                ? normalize(typeof opts.credentials === 'function' ? await opts.credentials(url) : opts.credentials)
                : {};
            const headers = { ...normalize(opts.headers, (name) => sameOrigin || !CREDENTIAL_HEADERS.has(name)), ...own };
            // The deadline ends with the exchange that answers: its body read, failed or cancelled.
            let hopDone = false;
            let answered = false;
            sent = false;
            const res = await transport({
                method,
                url,
                headers,
                ...(body !== undefined ? { body } : {}),
                ...(opts.send ? { send: opts.send } : {}),
                connectTimeoutMs: timeouts.connectMs,
                idleTimeoutMs: timeouts.idleMs,
                signal: controller.signal,
                onBodySent: () => {
                    sent = true;
                },
                onDone: () => {
                    hopDone = true;
                    if (answered)
                        over();
                },
            });
            const location = res.headers.get('location');
            if (!follow || !REDIRECTS.has(res.status) || !location) {
                answered = true;
                if (hopDone)
                    over();
                return { method, url, status: res.status, statusText: res.statusText, headers: res.headers, body: res.body, bodySent: () => sent };
            }
            await discard(res);
            const from = url;
            let next;
            try {
                next = new URL(location, url);
            }
            catch {
                throw new errors_HttpError(`${method} ${redact_redactUrl(from)} redirects to "${location}", which is not a URL`, { method, url: from, code: 'EREDIRECT' });
            }
            if (hop >= maxRedirects) {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects more than ${maxRedirects} times`, { method, url: start, code: 'EREDIRECT' });
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects to an unsupported URL ${redact_redactUrl(next)}`, { method, url: start, code: 'EREDIRECT' });
            }
            if (from.protocol === 'https:' && next.protocol !== 'https:') {
                throw new errors_HttpError(`${method} ${redact_redactUrl(start)} redirects from https to ${redact_redactUrl(next)}, which would drop encryption`, {
                    method,
                    url: start,
                    code: 'EREDIRECT',
                });
            }
            // As fetch does: 303 (and 301/302 after a POST) turn into a GET without the body.
            if ((res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
            }
            url = next;
        }
    }
    catch (err) {
        over();
        throw err;
    }
}

// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
;// CONCATENATED MODULE: ./lib/http/body.js
/**
 * Reading an answer's body whole, never past a cap: a server that sends an
 * endless body (or announces a huge one) gets a clear error naming the URL
 * and the cap, and memory holds at most the cap. Large bodies are streamed
 * instead (HttpResponse.body).
 */




function tooLarge(res, maxBytes, announced) {
    const size = announced !== undefined ? ` (it announced ${(0,units/* formatBytes */.z3)(announced)})` : '';
    return new errors_HttpError(`${res.method} ${redact_redactUrl(res.url)} answered with more than ${(0,units/* formatBytes */.z3)(maxBytes)}${size}, the most this answer may hold; it was not read further`, { method: res.method, url: res.url, code: 'EBODYTOOLARGE' });
}
async function readBytes(res, opts) {
    if (!res.body)
        return Buffer.alloc(0);
    const truncate = opts.overflow === 'truncate';
    const announced = Number(res.headers.get('content-length') ?? NaN);
    if (!truncate && Number.isFinite(announced) && announced > opts.maxBytes) {
        await discard(res);
        throw tooLarge(res, opts.maxBytes, announced);
    }
    const reader = res.body.getReader();
    const chunks = [];
    let kept = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        if (kept + value.byteLength > opts.maxBytes) {
            await reader.cancel().catch(() => { });
            if (!truncate)
                throw tooLarge(res, opts.maxBytes);
            chunks.push(value.subarray(0, opts.maxBytes - kept));
            kept = opts.maxBytes;
            break;
        }
        chunks.push(value);
        kept += value.byteLength;
    }
    return Buffer.concat(chunks, kept);
}
async function readText(res, opts) {
    return (await readBytes(res, opts)).toString('utf8');
}
/** The body parsed as JSON; a body that is not JSON is an HttpError with code EBADJSON. */
async function readJson(res, opts) {
    const text = await readText(res, opts);
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new HttpError(`${res.method} ${redactUrl(res.url)} answered with something that is not JSON (${err.message})`, {
            method: res.method,
            url: res.url,
            code: 'EBADJSON',
        });
    }
}

;// CONCATENATED MODULE: ./lib/http/fetch.js



const fetch_NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** A body that can be read once only: a retry would send nothing. */
function isOneShotBody(data) {
    return (data !== null &&
        typeof data === 'object' &&
        (typeof data.pipe === 'function' ||
            typeof data.getReader === 'function' ||
            Symbol.asyncIterator in data));
}
function toUrl(input) {
    if (input instanceof URL)
        return input;
    if (typeof input === 'string')
        return new URL(input);
    return new URL(input.url);
}
/** Writes a stream to the request with backpressure; stops (without destroying the request) once the exchange is over. */
function streamTo(source) {
    return async (dest, signal) => {
        for await (const chunk of source) {
            if (signal.aborted)
                return;
            if (!dest.write(chunk)) {
                await new Promise((resolve) => {
                    const go = () => {
                        dest.off('drain', go);
                        dest.off('close', go);
                        signal.removeEventListener('abort', go);
                        resolve();
                    };
                    dest.on('drain', go);
                    dest.on('close', go);
                    signal.addEventListener('abort', go, { once: true });
                });
                if (signal.aborted || dest.destroyed)
                    return;
            }
        }
        dest.end();
    };
}
function layerFetch(options) {
    return async (input, init = {}) => {
        const url = toUrl(input);
        const headers = {};
        new Headers(init.headers).forEach((value, key) => (headers[key] = value));
        const data = init.body;
        let body;
        let send;
        if (data === undefined || data === null) {
            body = undefined;
        }
        else if (typeof data === 'string') {
            body = data;
        }
        else if (data instanceof Uint8Array) {
            body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        }
        else if (data instanceof ArrayBuffer) {
            body = Buffer.from(data);
        }
        else if (isOneShotBody(data)) {
            send = streamTo(data);
        }
        else {
            throw new TypeError('layerFetch: only string, byte and stream bodies are supported');
        }
        const length = Number(headers['content-length']);
        const res = await request(url, {
            method: init.method ?? 'GET',
            headers,
            ...(body !== undefined ? { body } : {}),
            ...(send ? { send } : {}),
            redirect: init.redirect === 'manual' ? 'manual' : 'follow',
            ...(init.signal ? { signal: init.signal } : {}),
            timeouts: { deadlineMs: send ? transferDeadlineMs(Number.isFinite(length) ? length : undefined) : options.requestTimeoutMs },
            ...(options.transport ? { transport: options.transport } : {}),
        });
        const bytes = await readBytes(res, { maxBytes: options.maxAnswerBytes });
        const response = new Response(fetch_NULL_BODY.has(res.status) ? null : bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
        Object.defineProperty(response, 'url', { value: res.url.href });
        return response;
    };
}

;// CONCATENATED MODULE: ./lib/http/retry.js

const DEFAULT_MAX_HINT_MS = (/* unused pure expression or super */ null && (10 * 60_000));
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
function retry_abortReason(signal) {
    return signal.reason ?? new Error('aborted');
}
function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(retry_abortReason(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(retry_abortReason(signal));
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
async function withRetry(fn, isRetryable, opts, log) {
    const maxAttempts = Math.max(1, Math.floor(opts.maxAttempts));
    const random = opts.random ?? Math.random;
    const sleep = opts.sleep ?? ((ms) => sleepFor(ms, opts.signal));
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        if (opts.signal?.aborted)
            throw retry_abortReason(opts.signal);
        try {
            const remaining = opts.maxElapsedMs === undefined ? Infinity : Math.max(0, opts.maxElapsedMs - (Date.now() - started));
            return await fn(attempt, remaining);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw retry_abortReason(opts.signal);
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

;// CONCATENATED MODULE: ./lib/http/retryable.js
/**
 * Which HTTP failures are worth another attempt: the one retry decision.
 * How long and how often lives in retry.ts.
 */

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
function isTransientNetworkError(err) {
    let hint = false;
    for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
        const code = errorCode(e);
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

;// CONCATENATED MODULE: ./lib/http/index.js
/**
 * The one HTTP layer: every request this suite makes goes through here
 * (only the embedded index server, src/index-server/, speaks node:http on
 * its own). See request.ts for the redirect and credential policy,
 * timeouts.ts for the timeout vocabulary, retryable.ts and retry.ts for
 * retries, body.ts for bounded reads, transport.ts for why node:http.
 */










;// CONCATENATED MODULE: ./lib/github/client.js
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
            if (cause instanceof errors_HttpError && (cause.code === 'EBODYTOOLARGE' || cause.code === 'EREDIRECT')) {
                throw new errors/* UserError */.y(`${cause.message}. That is not an answer GitHub's API gives; check GITHUB_API_URL and that no proxy rewrites its answers.`);
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
    const fetch = layerFetch({ requestTimeoutMs: options.requestTimeoutMs ?? 120_000, maxAnswerBytes: MAX_ANSWER_BYTES });
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
                if (!(err instanceof errors/* UserError */.y) && !(typeof status === 'number' && DO_NOT_RETRY.includes(status)) && done < retries && !isOneShotBody(opts.data)) {
                    // Octokit reports a request that got no answer as a 500 with the reason as its cause.
                    const cause = err.cause;
                    const why = cause !== undefined ? errors_describeError(cause) : typeof status === 'number' ? `answered ${status}` : errors_describeError(err);
                    log.info(`GitHub: ${opts.method} ${opts.url} ${why}; trying again (retry ${done + 1} of ${retries}).`);
                }
                throw err;
            }
        });
    };
    const plugins = [refusalsAreFinal, attemptLog, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, dist_src/* requestLog */.M];
    // Without a token (a dry run on a public repository) the same client, unauthenticated: getOctokit insists on one.
    const octokit = token ? (0,github/* getOctokit */.Q)(token, octokitOptions, ...plugins) : new (utils/* GitHub */.gq.plugin(...plugins))(octokitOptions);
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

// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: ./lib/actions/shared/run.js + 2 modules
var run = __webpack_require__(7876);
;// CONCATENATED MODULE: ./lib/actions/shared/summary.js

/** Plain text as HTML. */
function summary_text(value) {
    return escapeHtml(value);
}
/** Text in <code>; missing or empty text gives `missing`. */
function code(value, missing = '—') {
    return value ? `<code>${escapeHtml(value)}</code>` : missing;
}
/** A link around a label made with text() or code(); an href that is not http(s) (a server's javascript:, data:…) gives the label alone. */
function summary_link(href, labelHtml) {
    return isWebUrl(href) ? `<a href="${escapeHtml(href)}">${labelHtml}</a>` : labelHtml;
}
/** A paragraph of HTML made from the pieces above. */
function paragraph(html) {
    return `<p>${html}</p>`;
}
/** A table's header row. */
function header(...titles) {
    return titles.map((title) => ({ data: escapeHtml(title), header: true }));
}
/** A two-column table of facts (name, HTML value), as several summaries open with. */
function factsTable(rows, titles = ['Item', 'Value']) {
    return [header(...titles), ...rows.map(([name, value]) => [escapeHtml(name), value])];
}

;// CONCATENATED MODULE: ./lib/actions/bump-version/main.js







async function writeSummary(out, repoUrl) {
    const { plan } = out;
    const summary = core/* summary */.z.addHeading(summary_text(`bump-version: ${plan.previous} → ${plan.next}`), 2);
    if (out.dryRun)
        summary.addRaw(paragraph('<strong>Dry run: nothing was written.</strong> This is the change a real run would commit.'), true);
    summary.addTable([header('File', 'Where', 'Change'), ...plan.changes.map((c) => [code(c.path), summary_text(c.describe), `${code(c.from)} → ${code(c.to)}`])]);
    const branchUrl = `${repoUrl}/tree/${out.branch.split('/').map(encodeURIComponent).join('/')}`;
    const facts = [
        ['Base', `${code(out.base)} at ${code(out.baseSha.slice(0, 12))}`],
        ['Branch', out.dryRun ? `${code(out.branch)} (not created)` : summary_link(branchUrl, code(out.branch))],
        ['Tag', code(out.tag)],
    ];
    if (out.commitSha) {
        facts.push(['Commit', `${summary_link(`${repoUrl}/commit/${out.commitSha}`, code(out.commitSha.slice(0, 12)))}${out.commitReused ? ' (kept: the branch already held this bump)' : ''}`]);
    }
    if (out.pullRequest) {
        facts.push(['Pull request', `${summary_link(out.pullRequest.url, summary_text(`#${out.pullRequest.number}`))} (${out.pullRequest.created ? 'opened' : 'updated'})`]);
    }
    else if (!out.dryRun) {
        facts.push(['Pull request', 'none (pull-request: false)']);
    }
    summary.addTable(factsTable(facts));
    if (out.dryRun)
        summary.addCodeBlock(summary_text(unifiedDiff(plan.changes)), 'diff');
    await summary.write();
}
/** Runs bump-version with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    const gh = createGitHubClient({ token: s.token, log: run/* actionLogger */.v });
    const out = await bumpOnGitHub(gh, {
        repo: s.repository,
        base: s.base,
        bump: s.bump,
        version: s.version,
        files: s.files,
        scheme: s.scheme,
        allowDowngrade: s.allowDowngrade,
        branchTemplate: s.branchTemplate,
        tagTemplate: s.tagTemplate,
        commitMessage: s.commitMessage,
        pullRequest: s.pullRequest,
        labels: s.labels,
        dryRun: s.dryRun,
    }, run/* actionLogger */.v);
    const { plan } = out;
    // The diff shows lines of the project's files: untrusted text, printed like any other.
    (0,print/* info */.pq)(`${plan.previous} → ${plan.next}\n${changesText(plan)}`);
    (0,print/* startGroup */.Oh)('Diff');
    (0,print/* info */.pq)(unifiedDiff(plan.changes));
    (0,print/* endGroup */.N4)();
    if (out.dryRun)
        (0,print/* info */.pq)('Dry run: nothing was written.');
    (0,print/* setOutput */.uH)('version', plan.next);
    (0,print/* setOutput */.uH)('previous-version', plan.previous);
    (0,print/* setOutput */.uH)('tag', out.tag);
    (0,print/* setOutput */.uH)('branch', out.branch);
    (0,print/* setOutput */.uH)('commit-sha', out.commitSha ?? '');
    (0,print/* setOutput */.uH)('pull-request-number', out.pullRequest ? String(out.pullRequest.number) : '');
    (0,print/* setOutput */.uH)('pull-request-url', out.pullRequest?.url ?? '');
    (0,print/* setOutput */.uH)('changed-files', JSON.stringify(plan.changes.map((c) => c.path)));
    const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    await writeSummary(out, `${server}/${s.repository.owner}/${s.repository.repo}`);
}


/***/ })

};
