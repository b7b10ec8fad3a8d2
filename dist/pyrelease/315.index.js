export const id = 315;
export const ids = [315];
export const modules = {

/***/ 51315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hk: () => (/* reexport */ bumpLocally),
  Tb: () => (/* reexport */ changesText)
});

// UNUSED EXPORTS: SAMPLE_VALUES, bumpOnGitHub, changesTable, checkBranchName, checkTagName, diffBlock, fillTemplate, messageFitsTemplate, pullRequestBody, refNameProblem, subjectOf

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
function errors_isAlreadyExists(err) {
    return errors_httpStatus(err) === 422 && validationErrors(err).some((e) => e.code === 'already_exists');
}
/** "422 Validation Failed (Release.tag_name: already_exists)": status, GitHub's message and its field errors. */
function errors_describeGitHubError(err) {
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
    return responseHeader(err, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(errors_describeGitHubError(err));
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
function errors_gitHubFailure(err, doing) {
    const status = errors_httpStatus(err);
    if (status === undefined || err instanceof UserError)
        return err;
    const hint = isRateLimited(err)
        ? `GitHub's API rate limit for this token is used up${resetText(err)}; run the step again after that, or use a token with its own limit (a GitHub App's).`
        : HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
    return new UserError(`Could not ${doing}: ${errors_describeGitHubError(err)}.${hint ? ` ${hint}` : ''}`);
}
/** Runs one GitHub call, turning its HTTP failure into a UserError that says what was being done. */
async function errors_onGitHub(doing, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw errors_gitHubFailure(err, doing);
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



const git_repoName = (r) => `${r.owner}/${r.repo}`;
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
        throw new UserError(`The tag ${tag} in ${git_repoName(repo)} points at a ${object.type} (${object.sha}), not a commit; a release needs a tag on a commit.`);
    }
    return object.sha.toLowerCase();
}
/** Every tag name in the repository (paginated; tags are cheap to list even in large repositories). */
async function listTagNames(gh, repo) {
    return onGitHub(`list the tags of ${git_repoName(repo)}`, async () => {
        const names = [];
        const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listTags, { ...repo, per_page: 100, request: { signal } }), {
            what: `the tags of ${git_repoName(repo)}`,
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
async function git_commit_branchHead(gh, repo, branch) {
    try {
        const { data } = await gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha.toLowerCase();
    }
    catch (err) {
        if (httpStatus(err) === 404)
            return undefined;
        throw gitHubFailure(err, `read the branch ${branch} of ${repoName(repo)}`);
    }
}
async function git_commit_readCommit(gh, repo, sha) {
    const { data } = await onGitHub(`read commit ${sha} of ${repoName(repo)}`, () => gh.rest.git.getCommit({ ...repo, commit_sha: sha }));
    return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/** A tree: `baseTree` with `files` replaced. */
async function git_commit_createTree(gh, repo, baseTree, files) {
    if (files.length === 0)
        throw new Error('internal: a bump commit needs at least one file');
    const { data } = await onGitHub(`create the file tree of the commit in ${repoName(repo)}`, () => gh.rest.git.createTree({
        ...repo,
        base_tree: baseTree,
        tree: files.map((f) => ({ path: f.path, mode: f.mode, type: 'blob', content: f.content })),
    }));
    return data.sha;
}
/** A commit with one parent and no custom identity, which GitHub signs for bot and App tokens. */
async function git_commit_createCommit(gh, repo, input) {
    const { data } = await onGitHub(`create the commit in ${repoName(repo)}`, () => gh.rest.git.createCommit({ ...repo, message: input.message, tree: input.tree, parents: [input.parent] }));
    return { sha: data.sha, tree: data.tree.sha, parents: data.parents.map((p) => p.sha), message: data.message };
}
/**
 * Points `branch` at `sha`: creates the ref, or moves an existing one. The
 * caller has read the branch (`existing`) and decided that moving it loses
 * nothing; `force` says whether that move may drop its head (a bump commit of
 * an earlier run), otherwise it must be a fast-forward, so a commit pushed
 * after the branch was read makes GitHub refuse the move instead of losing it.
 */
async function git_commit_pointBranch(gh, repo, branch, sha, existing, force) {
    if (existing === sha)
        return 'unchanged';
    if (existing === undefined) {
        try {
            await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
            return 'created';
        }
        catch (err) {
            const already = httpStatus(err) === 422 && (isAlreadyExists(err) || /already exists/i.test(String(err.message)));
            if (!already)
                throw gitHubFailure(err, `create the branch ${branch} in ${repoName(repo)}`);
            // A retried create whose first attempt went through is done; a branch someone
            // else made meanwhile was never inspected, so it is not moved.
            const now = await git_commit_branchHead(gh, repo, branch);
            if (now === sha.toLowerCase())
                return 'created';
            throw new UserError(`The branch ${branch} appeared in ${repoName(repo)} while bump-version ran (at ${now ?? 'an unknown commit'}), ` +
                `perhaps from another run. Nothing was changed on it; run bump-version again to check the branch.`);
        }
    }
    try {
        await gh.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force });
    }
    catch (err) {
        if (!force && httpStatus(err) === 422) {
            throw new UserError(`Could not move the branch ${branch} of ${repoName(repo)} to the bump commit: it no longer is ${existing}, ` +
                `so someone pushed to it while bump-version ran. Nothing on it was lost; run bump-version again to check the branch.`);
        }
        throw gitHubFailure(err, `move the branch ${branch} of ${repoName(repo)} to the new commit`);
    }
    return 'moved';
}
/** The files a commit changes against its first parent: name and status (modified, added, removed, renamed…). */
async function git_commit_changedFiles(gh, repo, sha) {
    const { data } = await onGitHub(`read the changes of commit ${sha} of ${repoName(repo)}`, () => gh.rest.repos.getCommit({ ...repo, ref: sha }));
    return (data.files ?? []).map((f) => ({ filename: f.filename, status: f.status }));
}
/**
 * The newest `count` commits reachable from `sha` (at most 100: one request).
 * Used to tell whether a commit is on a branch: one page covers a release
 * branch cut from a recent base, and a commit further back counts as not on
 * it, which can only make the caller refuse, never lose a commit.
 */
async function git_commit_recentHistory(gh, repo, sha, count) {
    const { data } = await onGitHub(`read the history of ${sha} in ${repoName(repo)}`, () => gh.rest.repos.listCommits({ ...repo, sha, per_page: Math.min(count, 100) }));
    return new Set(data.map((c) => c.sha.toLowerCase()));
}
/** The default branch of the repository (also proves the token can see it). */
async function git_commit_defaultBranch(gh, repo) {
    const { data } = await onGitHub(`read the repository ${repoName(repo)}`, () => gh.rest.repos.get({ ...repo }));
    return data.default_branch;
}
/** The head commit of the base branch; a clear error when the branch does not exist. */
async function git_commit_requireBranch(gh, repo, branch) {
    const sha = await git_commit_branchHead(gh, repo, branch);
    if (sha === undefined) {
        throw new UserError(`The base branch "${branch}" does not exist in ${repoName(repo)}. Give an existing branch in the base input, or leave it empty for the default branch.`);
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
async function pulls_findOpenPullRequest(gh, repo, head, base) {
    const { data } = await onGitHub(`look for an open pull request from ${head} in ${repoName(repo)}`, () => gh.rest.pulls.list({ ...repo, state: 'open', head: `${repo.owner}:${head}`, base, per_page: 100 }));
    // GitHub filters by head and base already; checked again so a server that ignores a filter cannot mislead us.
    const pr = data.filter((p) => p.head.ref === head && p.base.ref === base).sort((a, b) => a.number - b.number)[0];
    return pr ? { number: pr.number, url: pr.html_url } : undefined;
}
/** Opens the pull request, or updates the title and body of the one already open. */
async function pulls_upsertPullRequest(gh, repo, input) {
    let outcome;
    const existing = await pulls_findOpenPullRequest(gh, repo, input.head, input.base);
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
            const raced = httpStatus(err) === 422 && /already exists/i.test(describeGitHubError(err));
            const now = raced ? await pulls_findOpenPullRequest(gh, repo, input.head, input.base) : undefined;
            if (!now)
                throw pullRequestFailure(err, `open a pull request from ${input.head} to ${input.base} in ${repoName(repo)}`);
            outcome = { ...(await update(gh, repo, now.number, input)), created: false };
        }
    }
    if (input.labels && input.labels.length > 0) {
        await onGitHub(`label pull request #${outcome.number}`, () => gh.rest.issues.addLabels({ ...repo, issue_number: outcome.number, labels: input.labels }));
    }
    return outcome;
}
async function update(gh, repo, number, input) {
    const { data } = await onGitHub(`update pull request #${number} in ${repoName(repo)}`, () => gh.rest.pulls.update({ ...repo, pull_number: number, title: input.title, body: input.body }));
    return { number: data.number, url: data.html_url };
}
/** The workflow token may not open pull requests until the repository allows it; say where to allow it. */
function pullRequestFailure(err, doing) {
    const e = gitHubFailure(err, doing);
    if (httpStatus(err) === 403 && e instanceof UserError) {
        return new UserError(`${e.message} If the token is the workflow's GITHUB_TOKEN, enable "Allow GitHub Actions to create and approve pull requests" ` +
            `(Settings → Actions → General), or set pull-request: false. The branch and commit are in place; a rerun reuses them.`);
    }
    return e;
}

// EXTERNAL MODULE: ./lib/versions/index.js + 12 modules
var versions = __webpack_require__(12599);
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
function repo_files_gitHubRepoFiles(gh, repo, treeSha, log) {
    const where = `${repoName(repo)} at tree ${treeSha.slice(0, 12)}`;
    let whole;
    const lazy = new Map();
    async function getTree(sha, recursive) {
        const { data } = await onGitHub(`read the file tree of ${where}`, () => gh.rest.git.getTree({ ...repo, tree_sha: sha, ...(recursive ? { recursive: '1' } : {}) }));
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
                throw new UserError(`${repoPath(path)} is a symbolic link in ${repoName(repo)}; bump-version rewrites files, not links. ` +
                    `Name the file it points to in the files input.`);
            }
            const { data } = await onGitHub(`read ${repoPath(path)} from ${repoName(repo)}`, () => gh.rest.git.getBlob({ ...repo, file_sha: e.sha }));
            const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
            const text = bytes.toString('utf8');
            // The commit writes the text back as UTF-8; bytes that are not UTF-8 would not survive.
            if (!Buffer.from(text, 'utf8').equals(bytes)) {
                throw new UserError(`${repoPath(path)} is not UTF-8 text, so its version cannot be rewritten safely.`);
            }
            return text;
        },
    };
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
function report_pullRequestBody(plan, info) {
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

;// CONCATENATED MODULE: ./lib/commands/bump-version/ref-names.js
/**
 * Git's rules for ref names (`git check-ref-format`), for the branch and tag
 * names the actions make from their inputs. GitHub refuses a ref that breaks
 * them, but only when the ref is created: by then the branch, commit or draft
 * release before it may already exist, so the names are checked up front.
 */
/**
 * Why `name` is not a valid branch or tag name, or undefined when it is.
 * Beyond check-ref-format, a leading "-" is refused: git reads such a name as
 * an option (`git checkout -x`, `git tag -x`), as `check-ref-format --branch` does.
 * So is a full ref ("refs/heads/main", "refs/tags/v1.0", as `github.ref` gives
 * it): the actions want the short name and make the ref from it, so the full
 * one would become refs/heads/refs/heads/main.
 */
function ref_names_refNameProblem(name) {
    if (name === '')
        return 'it is empty';
    if (name === '@')
        return 'it is "@"';
    if (name.startsWith('-'))
        return 'it starts with "-"';
    if (name.startsWith('refs/')) {
        const short = /^refs\/(?:heads|tags)\/(.+)$/.exec(name)?.[1];
        return `it starts with "refs/": give the short name${short ? ` (${JSON.stringify(short)})` : ''}, not the full ref`;
    }
    if (name.startsWith('/') || name.endsWith('/'))
        return 'it starts or ends with "/"';
    if (name.includes('//'))
        return 'it contains "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    // eslint-disable-next-line no-control-regex
    const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
    if (bad)
        return `it contains ${describeChar(bad[0])}`;
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return `its part "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `its part "${part}" ends with ".lock"`;
    }
    return undefined;
}
function describeChar(c) {
    if (c === ' ')
        return 'a space';
    const code = c.charCodeAt(0);
    if (code < 0x20 || code === 0x7f)
        return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `"${c}"`;
}

;// CONCATENATED MODULE: ./lib/commands/bump-version/templates.js


/** Replaces `{version}` and `{previous}`; any other text is kept as written. */
function templates_fillTemplate(template, values) {
    return template.replace(/\{version\}/g, values.version).replace(/\{previous\}/g, values.previous);
}
/**
 * Version-like values to try a template with before the real version is
 * known: settings check the templates with them, so a template that can only
 * give a bad name fails before anything is read or written.
 */
const SAMPLE_VALUES = { version: '1.2.0', previous: '1.1.0' };
/**
 * A branch name made from a template, or a refusal naming the template: the
 * settings check the template with SAMPLE_VALUES, but the version filled in
 * must give a valid name too.
 */
function templates_checkBranchName(name, template) {
    const problem = ref_names_refNameProblem(name);
    if (problem) {
        throw new errors/* UserError */.y(`The branch template "${template}" gives "${name}", which is not a valid git branch name: ${problem}. ` +
            `Use a template such as release/v{version}.`);
    }
    return name;
}
/** The same for the tag template, whose tag create-release makes later: a bad one must fail before the bump is written. */
function templates_checkTagName(name, template) {
    const problem = refNameProblem(name);
    if (problem) {
        throw new UserError(`The tag template "${template}" gives "${name}", which is not a valid git tag name: ${problem}. ` +
            `Use a template such as v{version}.`);
    }
    return name;
}
/**
 * Whether `message` is one the commit-message template gives for some
 * version: how a rerun recognises a bump commit of an earlier run, which may
 * have been for another version. Trailing whitespace is ignored, as git
 * strips it from messages written on the command line.
 */
function templates_messageFitsTemplate(message, template) {
    const pattern = template
        .trimEnd()
        .split(/(\{version\}|\{previous\})/)
        .map((part, i) => (i % 2 === 1 ? '\\S+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${pattern}$`).test(message.trimEnd());
}
/** The first line of a commit message: the pull request's title. */
function templates_subjectOf(message) {
    return message.split(/\r?\n/, 1)[0].trim();
}

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
async function release_branch_judgeExistingBranch(gh, repo, b) {
    if (b.head === b.baseSha)
        return { kind: 'on-base' };
    let history;
    const onBase = async (sha) => sha === b.baseSha || (history ??= await recentHistory(gh, repo, b.baseSha, BASE_HISTORY)).has(sha.toLowerCase());
    const head = await readCommit(gh, repo, b.head);
    let why;
    if (head.parents.length !== 1) {
        why = head.parents.length === 0 ? 'its head is a root commit' : 'its head is a merge commit';
    }
    else if (!messageFitsTemplate(head.message, b.commitMessageTemplate)) {
        why = `its head commit "${subjectOf(head.message)}" is not a bump commit (its message does not fit the commit-message template "${subjectOf(b.commitMessageTemplate)}")`;
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
function release_branch_foreignBranchError(repo, b, why, pullRequest) {
    const what = pullRequest
        ? `Merge or close its open pull request #${pullRequest.number} (${pullRequest.url}) and delete the branch`
        : `Delete the branch`;
    return new UserError(`The release branch ${b.branch} already exists in ${repoName(repo)} at ${b.head}, and ${why}. ` +
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
    const plan = await planBump(files, req);
    if (plan.changes.length === 0) {
        throw new UserError(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to commit.`);
    }
    const values = { version: plan.next, previous: plan.previous };
    const branch = checkBranchName(fillTemplate(req.branchTemplate, values), req.branchTemplate);
    if (branch === base || branch === defaultName) {
        throw new UserError(`The release branch would be ${branch}, which is the ${branch === base ? 'base' : 'default'} branch: bump-version points ` +
            `its release branch at a new commit on the base. Use a branch template such as release/v{version}.`);
    }
    const tag = checkTagName(fillTemplate(req.tagTemplate, values), req.tagTemplate);
    const message = fillTemplate(req.commitMessage, values);
    if (subjectOf(message) === '')
        throw new UserError('The commit-message template gives an empty first line; give a message such as "Bump version to {version}".');
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
            title: subjectOf(message),
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
            throw new UserError(`${change.path} is not a regular file in the repository, so bump-version cannot rewrite it.`);
        }
        writes.push({ path: change.path, content: change.after, mode: entry.mode });
    }
    return writes;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var process = __webpack_require__(57239);
;// CONCATENATED MODULE: ./lib/commands/bump-version/local.js
/**
 * bump-version on a local git checkout, for the command line and the
 * rehearsal: the same plan as on GitHub, written to the files and committed
 * with git on a new branch. Everything that can refuse is checked before the
 * first file is written.
 */






/** Without git the commit cannot be made, but the files can still be rewritten. */
const IF_NO_GIT = { ifMissing: 'Install git, or use --no-commit to only rewrite the files.' };
const git = (dir, args) => (0,process/* git */.$Y)(dir, args, IF_NO_GIT);
const gitOk = (dir, args, doing) => (0,process/* gitOk */.Tt)(dir, args, doing, IF_NO_GIT);
async function bumpLocally(req, log) {
    const dir = (0,external_node_path_.resolve)(req.dir);
    const plan = await (0,versions/* planBump */.m3)((0,versions/* localFileAccess */.oF)(dir), req);
    if (plan.changes.length === 0) {
        throw new errors/* UserError */.y(`The version ${plan.previous} → ${plan.next} changes no file text; nothing to do.`);
    }
    const values = { version: plan.next, previous: plan.previous };
    const branch = templates_checkBranchName(templates_fillTemplate(req.branchTemplate, values), req.branchTemplate);
    const message = templates_fillTemplate(req.commitMessage, values);
    if (templates_subjectOf(message) === '')
        throw new errors/* UserError */.y('The commit message template gives an empty first line; give one such as "Bump version to {version}".');
    const outcome = { plan, branch, message, dryRun: req.dryRun };
    if (req.dryRun)
        return outcome;
    const paths = plan.changes.map((c) => c.path);
    if (req.commit)
        await checkCheckout(dir, branch, paths);
    if (req.commit)
        await gitOk(dir, ['checkout', '-q', '-b', branch], `create the branch ${branch}`);
    for (const change of plan.changes)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(dir, change.path), change.after, 'utf8');
    log.info(`Rewrote ${paths.length} file(s) for ${plan.previous} → ${plan.next}`);
    if (!req.commit)
        return outcome;
    await gitOk(dir, ['add', '--', ...paths], 'stage the version files');
    await gitOk(dir, ['commit', '-q', '-m', message, '--', ...paths], 'commit the version files');
    outcome.commitSha = (await gitOk(dir, ['rev-parse', 'HEAD'], 'read the new commit')).trim();
    return outcome;
}
/** A clean work tree, a free branch name, tracked version files and a committer identity, or a clear refusal. */
async function checkCheckout(dir, branch, paths) {
    const inside = await git(dir, ['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
        throw new errors/* UserError */.y(`${dir} is not inside a git work tree. Run in a checkout, or use --no-commit to only rewrite the files.`);
    }
    const status = await gitOk(dir, ['status', '--porcelain', '--untracked-files=no'], 'read the work tree status');
    const dirty = status.split('\n').filter((l) => l.trim() !== '');
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 10).map((l) => `  ${l}`).join('\n');
        throw new errors/* UserError */.y(`The work tree has uncommitted changes, so the bump commit would not be the bump alone:\n${shown}` +
            `${dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : ''}\nCommit or stash them first, or use --no-commit.`);
    }
    const exists = await git(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]);
    if (exists.code === 0) {
        throw new errors/* UserError */.y(`The branch ${branch} already exists. Delete it (git branch -D ${branch}) or give another --branch template.`);
    }
    const format = await git(dir, ['check-ref-format', '--branch', branch]);
    if (format.code !== 0)
        throw new errors/* UserError */.y(`"${branch}" is not a valid git branch name: ${format.stderr.trim()}`);
    const tracked = await git(dir, ['ls-files', '--error-unmatch', '--', ...paths]);
    if (tracked.code !== 0) {
        throw new errors/* UserError */.y(`Not every version file is tracked by git: ${(tracked.stderr || tracked.stdout).trim()}. Add them first, or use --no-commit.`);
    }
    const ident = await git(dir, ['var', 'GIT_COMMITTER_IDENT']);
    if (ident.code !== 0) {
        throw new errors/* UserError */.y(`git has no committer identity: ${ident.stderr.trim()}. Set user.name and user.email (git config), or use --no-commit.`);
    }
}

;// CONCATENATED MODULE: ./lib/commands/bump-version/index.js
/** Orchestration of bump-version: on GitHub through the REST API, or on a local checkout with git. */







/***/ }),

/***/ 12599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ou: () => (/* reexport */ BUMPS),
  dz: () => (/* reexport */ SCHEMES),
  dY: () => (/* reexport */ isBump),
  V1: () => (/* reexport */ isPrerelease),
  Wr: () => (/* reexport */ isScheme),
  oF: () => (/* reexport */ localFileAccess),
  m5: () => (/* reexport */ locateVersions),
  m3: () => (/* reexport */ planBump),
  WH: () => (/* reexport */ unifiedDiff)
});

// UNUSED EXPORTS: AUTO_DETECTION, bumpVersion, cachedFileAccess, checkAgreement, chooseNextVersion, compareVersions, memoryFileAccess, normalizeVersion, repoPath, rewrite, searchedFor, spelledLike

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

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/versions/pep440.js
var pep440 = __webpack_require__(63854);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
;// CONCATENATED MODULE: ./lib/versions/semver-scheme.js


const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3-rc.1 or 1.2.3-alpha.0 (https://semver.org).';
/** The order of the pre-release identifiers our bumps produce (and their common short forms). */
const PHASE_ORDER = { alpha: 0, a: 0, beta: 1, b: 1, rc: 2 };
const PHASE_ID = { alpha: 'alpha', beta: 'beta', rc: 'rc' };
function parseSemver(version, what = 'version') {
    const text = version.trim().replace(/^[vV]/, '');
    if (text === '')
        throw new errors/* UserError */.y(`The ${what} is empty. ${SPEC_HINT}`);
    const parsed = semver.parse(text);
    if (!parsed)
        throw new errors/* UserError */.y(`The ${what} "${version}" is not a valid semantic version. ${SPEC_HINT}`);
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
function isSemverPrerelease(version) {
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
            const from = head === undefined ? undefined : PHASE_ORDER[head];
            if (from !== undefined && PHASE_ORDER[id] < from) {
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
    return checkScheme(scheme) === 'semver' ? normalizeSemver(v) : (0,pep440/* normalizePep440 */.ZD)(v);
}
/** The next version; see `bumpPep440` and `bumpSemver` for the conventions. */
function bumpVersion(current, bump, scheme = 'pep440') {
    if (!isBump(bump))
        throw new errors/* UserError */.y(`Unknown bump "${String(bump)}"; use one of ${BUMPS.join(', ')}.`);
    return checkScheme(scheme) === 'semver' ? bumpSemver(current, bump) : (0,pep440/* bumpPep440 */.Es)(current, bump);
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` (1.0 and 1.0.0 are equal in PEP 440). */
function compareVersions(a, b, scheme = 'pep440') {
    return checkScheme(scheme) === 'semver' ? compareSemver(a, b) : (0,pep440/* comparePep440Versions */.k2)(a, b);
}
/** PEP 440 counts dev releases as pre-releases too (so does pip's `--pre`). */
function isPrerelease(v, scheme = 'pep440') {
    return checkScheme(scheme) === 'semver' ? isSemverPrerelease(v) : (0,pep440/* isPep440Prerelease */.cB)(v);
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
    const previous = scheme === 'semver' ? normalizeSemver(current, 'current version') : (0,pep440/* normalizePep440 */.ZD)(current, 'current version');
    if (hasBump)
        return { previous, next: bumpVersion(previous, req.bump, scheme) };
    const requested = req.version;
    let next;
    if (scheme === 'semver') {
        rejectBuild(parseSemver(requested, 'requested version'), requested, 'release');
        next = normalizeSemver(requested, 'requested version');
    }
    else {
        (0,pep440/* rejectLocal */.vR)((0,pep440/* parsePep440Parts */.Xc)(requested, 'requested version'), requested, 'release');
        next = (0,pep440/* normalizePep440 */.ZD)(requested, 'requested version');
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
function localFileAccess(root) {
    const base = (0,external_node_path_.resolve)(root);
    const full = (path) => {
        const p = (0,external_node_path_.resolve)(base, repoPath(path));
        if (p !== base && !p.startsWith(base + external_node_path_.sep))
            throw new errors/* UserError */.y(`"${path}" is outside the repository.`);
        return p;
    };
    return {
        async read(path) {
            let bytes;
            try {
                bytes = await (0,promises_.readFile)(full(path));
            }
            catch (e) {
                if (isMissing(e))
                    return undefined;
                throw e;
            }
            const text = bytes.toString('utf8');
            // A rewrite re-encodes the text; bytes that are not UTF-8 would not survive it.
            if (!Buffer.from(text, 'utf8').equals(bytes)) {
                throw new errors/* UserError */.y(`${path} is not UTF-8 text, so its version cannot be rewritten safely.`);
            }
            return text;
        },
        async list(dir) {
            try {
                return (await (0,promises_.readdir)(full(dir))).sort();
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
async function planBump(files, req) {
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










/***/ })

};
