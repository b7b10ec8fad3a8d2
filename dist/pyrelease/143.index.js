export const id = 143;
export const ids = [143];
export const modules = {

/***/ 69038:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "1bae631731393240c816.py";

/***/ }),

/***/ 82165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULCIO_OIDS: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   GITHUB_ISSUER: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   certificateClaims: () => (/* binding */ certificateClaims),
/* harmony export */   checkGitHubPublisher: () => (/* binding */ checkGitHubPublisher)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/**
 * Who signed an attestation: the claims Fulcio writes into the signing
 * certificate (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md),
 * and the check pypi-attestations makes for a GitHub trusted publisher: issuer
 * GitHub Actions, source repository the publisher's, and a Build Config URI
 * that names the publisher's workflow file at the certificate's own ref or
 * commit. The environment is not in the certificate (Fulcio has no claim for
 * it); PyPI enforces it when it mints the upload token, and so does the
 * embedded index.
 */

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extension OIDs (v2 claims are DER UTF8Strings). */
const FULCIO_OIDS = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
    sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
};
/** The Fulcio claims of a DER certificate (base64). */
function certificateClaims(certificateBase64) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(certificateBase64, 'base64'));
    const claims = {};
    const san = cert.subjectAltName;
    if (san)
        claims.subjectAlternativeName = san;
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        const ext = cert.extension(oid);
        if (!ext)
            continue;
        try {
            claims[name] = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(ext.value).value.toString('utf8');
        }
        catch {
            // Not a DER string: not one of the claims pypi-attestations reads either.
        }
    }
    return claims;
}
/**
 * pypi-attestations' `_GitHubTrustedPublisherPolicy`: undefined when the certificate was issued
 * to this publisher's workflow, else the reason (in its words).
 */
function checkGitHubPublisher(claims, publisher) {
    if (claims.issuer !== GITHUB_ISSUER) {
        return `Certificate's OIDCIssuerV2 does not match (got '${claims.issuer ?? 'no issuer'}', expected '${GITHUB_ISSUER}')`;
    }
    const repositoryUri = `https://github.com/${publisher.repository}`;
    if (claims.sourceRepositoryUri !== repositoryUri) {
        return `Certificate's OIDCSourceRepositoryURI does not match (got '${claims.sourceRepositoryUri ?? 'none'}', expected '${repositoryUri}')`;
    }
    const suffixes = [claims.sourceRepositoryDigest, claims.sourceRepositoryRef].filter((s) => !!s);
    if (suffixes.length === 0)
        return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
    for (const suffix of suffixes) {
        if (claims.buildConfigUri === `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@${suffix}`)
            return undefined;
    }
    return `Certificate's Build Config URI (${claims.buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`;
}


/***/ }),

/***/ 78143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(26848);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/commands/bump-version/index.js + 12 modules
var bump_version = __webpack_require__(51315);
// EXTERNAL MODULE: ./lib/commands/approval-brief/brief.js + 1 modules
var approval_brief_brief = __webpack_require__(542);
// EXTERNAL MODULE: ./lib/commands/plan-verify/index.js + 3 modules
var plan_verify = __webpack_require__(77924);
// EXTERNAL MODULE: ./lib/distributions/index.js + 20 modules
var distributions = __webpack_require__(33353);
// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(83052);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(69275);
// EXTERNAL MODULE: ./lib/files/atomic-write.js
var atomic_write = __webpack_require__(2848);
;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/stage.js
/**
 * The staging area and the final move. Files are fetched into a private
 * directory beside `dest` (same filesystem, so the move is a rename), checked
 * there as a whole set, and only then moved into `dest` with the manifest
 * written last. A failure at any earlier point leaves `dest` as it was.
 */





const MANIFEST_NAME = 'manifest.json';
const DIST_FILE = /\.(whl|tar\.gz|zip)$/i;
function code(err) {
    const c = err?.code;
    return typeof c === 'string' ? c : undefined;
}
/** Fails early when `dest` exists but is not a directory. */
async function checkDest(dest) {
    try {
        const s = await (0,external_node_fs_promises_.stat)(dest);
        if (!s.isDirectory())
            throw new errors/* UserError */.y(`dest ${dest} exists and is not a directory. Give a directory (it is created when missing).`);
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return;
        throw err;
    }
}
/** Distribution files already in `dest` (top level). */
async function distributionsIn(dest) {
    try {
        const names = await (0,external_node_fs_promises_.readdir)(dest, { withFileTypes: true });
        return names.filter((d) => d.isFile() && DIST_FILE.test(d.name)).map((d) => d.name).sort();
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return [];
        throw err;
    }
}
const stagingPrefix = (dest) => `.${(0,external_node_path_.basename)(dest)}.fetch-`;
/** A fresh private directory beside `dest`, e.g. `.dist.fetch-4242-AbC123`, named after this process (4242). */
async function makeStaging(dest) {
    const parent = (0,external_node_path_.dirname)(dest);
    try {
        await (0,external_node_fs_promises_.mkdir)(parent, { recursive: true });
        return await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(parent, `${stagingPrefix(dest)}${process.pid}-`));
    }
    catch (err) {
        throw new errors/* UserError */.y(`Cannot create a staging directory beside dest in ${parent}: ${err.message}. Check that it is writable.`);
    }
}
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return code(err) === 'EPERM';
    }
}
/**
 * Removes the staging directories a killed run left beside `dest` (a normal
 * run removes its own): those whose process is gone, and those named before
 * the process was part of the name. One whose process still runs (another
 * fetch into the same dest) is left alone. Returns the names removed.
 */
async function removeStaleStaging(dest) {
    const parent = (0,external_node_path_.dirname)(dest);
    const prefix = stagingPrefix(dest);
    let entries;
    try {
        entries = await (0,external_node_fs_promises_.readdir)(parent, { withFileTypes: true });
    }
    catch (err) {
        if (code(err) === 'ENOENT')
            return [];
        throw err;
    }
    const removed = [];
    for (const d of entries) {
        if (!d.isDirectory() || !d.name.startsWith(prefix))
            continue;
        const m = /^(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(d.name.slice(prefix.length));
        if (!m || (m[1] !== undefined && isRunning(Number(m[1]))))
            continue;
        await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(parent, d.name), { recursive: true, force: true });
        removed.push(d.name);
    }
    return removed.sort();
}
/** A hard link when possible (instant, same inode), else a copy. */
async function linkOrCopy(from, to) {
    try {
        await (0,external_node_fs_promises_.link)(from, to);
    }
    catch {
        await (0,external_node_fs_promises_.copyFile)(from, to);
    }
}
async function move(from, to) {
    try {
        await (0,external_node_fs_promises_.rename)(from, to);
    }
    catch (err) {
        if (code(err) !== 'EXDEV')
            throw err;
        // dest is its own mount: copy beside the target, then rename within it.
        const part = (0,atomic_write/* partPathFor */.Eg)(to);
        try {
            await (0,external_node_fs_promises_.copyFile)(from, part);
            await (0,atomic_write/* renameIntoPlace */.Qf)(part, to);
        }
        catch (error) {
            await (0,external_node_fs_promises_.rm)(part, { force: true }).catch(() => { });
            throw error;
        }
        await (0,external_node_fs_promises_.rm)(from, { force: true });
    }
}
/**
 * Moves the staged, checked files into `dest` and writes the manifest there.
 * The old manifest goes first, the new one last: a manifest in `dest` always
 * describes files that are all in place.
 */
async function commit(staging, dest, names, manifest) {
    const manifestPath = (0,external_node_path_.join)(dest, MANIFEST_NAME);
    try {
        await (0,external_node_fs_promises_.mkdir)(dest, { recursive: true });
        await (0,external_node_fs_promises_.rm)(manifestPath, { force: true });
        for (const name of names)
            await move((0,external_node_path_.join)(staging, name), (0,external_node_path_.join)(dest, name));
        await (0,distributions/* writeManifest */.HN)(manifestPath, manifest);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        throw new errors/* UserError */.y(`Moving the checked files into ${dest} failed: ${err.message}. Check free space and permissions, then re-run.`);
    }
    return manifestPath;
}

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/download.js
/**
 * Fetching the chosen files into the staging directory, `concurrency` at a
 * time, each one checked as it lands (the foundation's per-file preflight
 * runs while the other downloads continue). A file already in `dest` from an
 * earlier run is reused instead of fetched when its bytes provably are the
 * ones the source holds: the earlier manifest recorded them from the same URL
 * with the same size, they still hash to that sha256, and the source vouches
 * that it still holds those bytes: by its own sha256 when it publishes one,
 * else by the same ETag as the manifest recorded (or, for a manifest that
 * recorded none, a single-part S3 ETag equal to their MD5). A source that
 * says nothing about its bytes gets no reuse: the same name and size do not
 * make the same wheel.
 */






/** The sha256 of `dest/<name>` when it can stand in for the listed file, else undefined. */
async function reusable(c, dest, previous) {
    const entry = previous?.files.find((f) => f.filename === c.file.name);
    if (!entry || entry.source !== c.file.url || (c.file.size !== undefined && entry.size !== c.file.size))
        return undefined;
    const local = (0,external_node_path_.join)(dest, c.file.name);
    try {
        const s = await (0,external_node_fs_promises_.stat)(local);
        if (!s.isFile() || s.size !== entry.size)
            return undefined;
    }
    catch {
        return undefined;
    }
    const { sha256: sourceSha256, etag } = c.file;
    if (!sourceSha256 && !etag)
        return undefined;
    if (!sourceSha256 && entry.sourceEtag !== undefined && entry.sourceEtag !== etag)
        return undefined;
    // A single-part upload's ETag is the MD5 of its bytes; a multipart one ("…-N") is not.
    const md5Etag = etag && /^[0-9a-f]{32}$/i.test(etag) ? etag.toLowerCase() : undefined;
    if (!sourceSha256 && entry.sourceEtag === undefined && !md5Etag)
        return undefined;
    const d = await (0,hashing.hash)(local, md5Etag ? ['sha256', 'md5'] : ['sha256']);
    if (d.sha256 !== entry.sha256.toLowerCase())
        return undefined;
    if (sourceSha256 && sourceSha256.toLowerCase() !== d.sha256)
        return undefined;
    if (md5Etag && md5Etag !== d.md5)
        return undefined;
    return d.sha256;
}
async function downloadSet(opts) {
    const { source, staging, dest, log } = opts;
    // Largest first, so the last file to start is a small one.
    const queue = [...opts.chosen].sort((a, b) => (b.file.size ?? 0) - (a.file.size ?? 0));
    const total = queue.length;
    const results = [];
    const controller = new AbortController();
    const onAbort = () => controller.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    let failure;
    // Downloads hash and write on the workers, but only on ones already running (see hashing/pool.ts).
    await (0,hashing/* warmWorkerThreads */.lL)();
    const one = async (c) => {
        const started = Date.now();
        const path = (0,external_node_path_.join)(staging, c.file.name);
        const reusedSha = await reusable(c, dest, opts.previous);
        let size;
        let sha256;
        let attempts = 0;
        if (reusedSha) {
            await linkOrCopy((0,external_node_path_.join)(dest, c.file.name), path);
            size = c.file.size ?? (await (0,external_node_fs_promises_.stat)(path)).size;
            sha256 = reusedSha;
        }
        else {
            const res = await source.download(c.file, path, { log, signal: controller.signal });
            size = res.size;
            sha256 = res.sha256;
            attempts = res.attempts;
        }
        // PyPI's rules, read from the central directory and METADATA/WHEEL/RECORD, with the sha256
        // taken as the bytes arrived (or just now, for a reused file): the file is not read again.
        // Not here: BLAKE2b-256 (an upload's business; the manifest records sha256 and size) and
        // the RECORD hash of every member, which pypi-publish's preflight checks before any upload
        // (inflating and hashing every member again cost more CPU than the download itself).
        const info = await (0,distributions/* inspectDistribution */.RS)(path, { ...opts.inspect, digests: { sha256, size }, blake2b: false, verifyMembers: false });
        return { chosen: c, path, size, sha256, info, reused: !!reusedSha, attempts, ms: Date.now() - started };
    };
    const worker = async () => {
        for (let c = queue.shift(); c && !controller.signal.aborted; c = queue.shift()) {
            try {
                const f = await one(c);
                results.push(f);
                const how = f.reused ? 'reused from dest' : `${(f.ms / 1000).toFixed(1)} s${f.attempts > 1 ? `, ${f.attempts} attempts` : ''}`;
                log.info(`[${results.length}/${total}] ${c.file.name} (${(0,units/* formatBytes */.z3)(f.size)}, ${how})`);
            }
            catch (err) {
                if (failure === undefined)
                    failure = err;
                controller.abort(err);
            }
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, total)) }, worker));
    }
    finally {
        opts.signal?.removeEventListener('abort', onAbort);
    }
    if (failure !== undefined)
        throw failure;
    opts.signal?.throwIfAborted();
    return results.sort((a, b) => (a.chosen.file.name < b.chosen.file.name ? -1 : 1));
}

// EXTERNAL MODULE: ./lib/distributions/names.js
var distributions_names = __webpack_require__(75787);
;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/expect.js

const PACKAGE_PREFIX = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(.*)$/s;
function parseExpectLine(text) {
    const trimmed = text.trim();
    const prefixed = PACKAGE_PREFIX.exec(trimmed);
    const triple = prefixed ? prefixed[2].trim() : trimmed;
    const body = triple
        .split('')
        .map((c) => (c === '*' ? '[^-]*' : c === '?' ? '[^-]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return {
        text: trimmed,
        triple,
        ...(prefixed ? { package: (0,distributions_names/* normalizeName */.Pc)(prefixed[1]) } : {}),
        glob: /[*?]/.test(triple),
        regex: new RegExp(`^${body}$`, 'i'),
    };
}
/** Whether a line asks something of this package (normalized name). */
function appliesTo(line, project) {
    return line.package === undefined || line.package === project;
}
/** The triple as the filename writes it: `py2.py3-none-any`. */
function writtenTriple(w) {
    return `${w.pythonTags.join('.')}-${w.abiTags.join('.')}-${w.platformTags.join('.')}`;
}
function wheelMeets(w, line) {
    return line.regex.test(writtenTriple(w)) || w.tags.some((t) => line.regex.test(t));
}

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/completeness.js
/**
 * When is a wheel set complete? fetch-wheels never guesses: the user states it
 * with `expect` (the tag triples each package must have) or `expect-count`
 * (the number of files), or says explicitly that any set will do
 * (`allow-any-set`, for one look only). While waiting, the first wheel to
 * appear must never close a set whose size is open, so a wait needs a set of
 * known size: expect lines without globs for named packages, or expect-count.
 */

/** How to write `expect` for a layout like Ray's, for the error that asks for it. */
const RAY_EXPECT_EXAMPLE = [
    'For a layout like Ray\'s (CPython 3.9-3.12 on Linux x86_64 and aarch64, macOS arm64 and x86_64, Windows x86_64), one tag triple per wheel:',
    '  expect: |',
    '    cp39-cp39-manylinux2014_x86_64',
    '    cp39-cp39-manylinux2014_aarch64',
    '    cp39-cp39-macosx_12_0_arm64',
    '    cp39-cp39-macosx_12_0_x86_64',
    '    cp39-cp39-win_amd64',
    '    (the same five for cp310, cp311 and cp312: 20 lines)',
    'Every line applies to every package in packages (with packages: ray ray-cpp, 40 wheels); a line written',
    '"ray: py3-none-any" applies to that package only. Or give expect-count: the exact number of files.',
].join('\n');
function completenessProblem(o) {
    const stated = o.expect.length > 0 || o.expectCount !== undefined;
    if (!stated && !o.allowAnySet) {
        return {
            inputs: ['expect', 'expect-count'],
            message: 'Neither expect nor expect-count is set, and fetch-wheels does not guess when a set is complete ' +
                '(a partial set would be published as if it were the whole release).\n' +
                `${RAY_EXPECT_EXAMPLE}\n` +
                'To take whatever the source holds at one look, set allow-any-set: true (with wait-timeout 0).',
        };
    }
    if (stated && o.allowAnySet) {
        return {
            inputs: ['allow-any-set'],
            message: `allow-any-set is true, but ${o.expect.length > 0 ? 'expect' : 'expect-count'} states what the set holds; remove allow-any-set (or the expectation).`,
        };
    }
    if (o.waitTimeoutSeconds <= 0)
        return undefined;
    if (o.allowAnySet) {
        return {
            inputs: ['allow-any-set', 'wait-timeout'],
            message: 'allow-any-set takes whatever one look finds, so a wait could end at the first wheel to appear. ' +
                'Give expect or expect-count to wait for a complete set, or set wait-timeout to 0.',
        };
    }
    if (o.expectCount !== undefined)
        return undefined;
    const globs = o.expect.filter((line) => parseExpectLine(line).glob);
    if (globs.length > 0) {
        return {
            inputs: ['expect', 'expect-count'],
            message: `expect has lines with globs (${globs.slice(0, 3).join(', ')}${globs.length > 3 ? ', …' : ''}), which one wheel can meet ` +
                'while others are still being built, so waiting would end too early. Give expect-count as well, or write each line without globs.',
        };
    }
    if (o.packages.length === 0) {
        return {
            inputs: ['packages'],
            message: 'expect applies to each package found, so while waiting, a package whose first wheel has not appeared yet would not be waited for. ' +
                'Name the packages (e.g. packages: ray ray-cpp), or give expect-count.',
        };
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./lib/poll.js
/**
 * Waiting for something to become true: one sleep and one polling loop for
 * every wait in the project (a wheel set in a bucket, required checks, a
 * release on an index, pip's view of it, a listing after an upload). The
 * caller's `look` decides what "done" means and throws to stop at once (a
 * refusal that waiting cannot fix); this module decides when to look again
 * and when to give up.
 */

/** Resolves after `ms`; rejects with the abort reason as soon as `signal` aborts. */
async function sleep(ms, signal) {
    signal?.throwIfAborted();
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
    }
    catch (err) {
        signal?.throwIfAborted();
        throw err;
    }
}
/**
 * The pause after look `n` (from 1): `firstMs`, then times `factor` each time,
 * capped at `maxMs`, and spread by ±`jitter` (a fraction) so that many
 * waiters do not poll in step.
 */
function exponentialBackoff(opts) {
    return (n) => {
        const base = Math.min(opts.maxMs, opts.firstMs * opts.factor ** Math.max(0, n - 1));
        if (!opts.jitter)
            return base;
        return Math.round(base * (1 - opts.jitter + 2 * opts.jitter * (opts.random ?? Math.random)()));
    };
}
/** Looks until `look` is done, the deadline passes or `signal` aborts; resolves with the value and the number of looks. */
async function pollUntil(opts) {
    const now = opts.now ?? Date.now;
    const pause = opts.sleep ?? sleep;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const seen = await opts.look(n);
        if (seen.done)
            return { value: seen.value, looks: n };
        const leftMs = opts.deadline - now();
        let pauseMs = opts.backoff(n);
        if (opts.atDeadline === 'stop' ? pauseMs > leftMs : leftMs <= 0) {
            return { value: opts.onTimeout({ look: n, state: seen.state }), looks: n };
        }
        pauseMs = Math.min(pauseMs, leftMs);
        opts.onPause?.({ look: n, pauseMs, leftMs, state: seen.state });
        await pause(pauseMs, opts.signal);
    }
}

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/select.js
/**
 * From a source's listing to the set fetch-wheels will take, or the reasons it
 * will not. Pure: no I/O, so the same rules apply to every source and the
 * waiting loop can re-run it on each look.
 *
 * - Only distribution files count (.whl; .tar.gz sdists that name a selected
 *   package); other keys (jars, logs, checksums) are ignored.
 * - A distribution-like file whose key or name would escape `dest` is refused,
 *   whatever its package: it says the source is not what it should be.
 * - `packages` picks distributions by PEP 503 name; others are ignored.
 * - `version`: every picked file must carry it (PEP 440 equality); without it,
 *   the picked files must agree on one version.
 * - `expect`: per package, every line that applies to it must be met by a
 *   wheel (a line without globs by exactly one), and every wheel must meet a
 *   line. `expect-count`: the exact number of files.
 *
 * Refusals (unsafe, wrong version, unexpected, duplicate names, bad wheel
 * names) are final: waiting does not fix them. Missing files may still come.
 */


const DIST_LIKE = /\.(whl|tar\.gz|zip)$/i;
/** Why writing this file by its name could land outside dest, or undefined when it cannot. */
function unsafeFile(file) {
    const name = file.name;
    if (name === '' || name === '.' || name === '..')
        return 'it has no usable file name';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'its name holds control characters';
    if (name.includes('/') || name.includes('\\'))
        return 'its name holds a path separator';
    if (file.key.split(/[\\/]/).some((s) => s === '..'))
        return 'its key climbs out of its folder with ".."';
    return undefined;
}
/** The normalized project name a distribution-like filename starts with, even when it does not parse. */
function looseName(filename) {
    return (0,distributions/* normalizeName */.Pc)(filename.split('-')[0] ?? filename);
}
function escaped(project) {
    return (0,distributions/* normalizeName */.Pc)(project).replace(/-/g, '_');
}
function select_select(listing, opts) {
    const wanted = new Set(opts.packages.map(distributions/* normalizeName */.Pc));
    const picks = (project) => wanted.size === 0 || wanted.has(project);
    const expectLines = opts.expect.map(parseExpectLine);
    const wantVersion = opts.version !== undefined ? (0,distributions/* normalizeVersion */.Qj)(opts.version) ?? opts.version : undefined;
    const refused = [];
    const unexpected = [];
    let ignored = 0;
    let candidates = [];
    for (const file of listing) {
        if (!DIST_LIKE.test(file.name)) {
            ignored++;
            continue;
        }
        const unsafe = unsafeFile(file);
        if (unsafe) {
            refused.push({ file: file.key, reason: `${unsafe}; a file by this key would be written outside dest` });
            continue;
        }
        const isWheel = file.name.endsWith('.whl');
        let parsed;
        try {
            parsed = isWheel ? (0,distributions/* parseWheelFilename */.eP)(file.name) : (0,distributions/* parseSdistFilename */.sF)(file.name);
        }
        catch (err) {
            if (!(err instanceof distributions/* FilenameError */.Y8))
                throw err;
        }
        if (!parsed) {
            // A broken wheel name of a package we want is an error; anything else (tarballs, other projects) is not ours.
            if (isWheel && picks(looseName(file.name)))
                refused.push({ file: file.name, reason: 'not a valid wheel filename (PEP 427)' });
            else
                ignored++;
            continue;
        }
        if (parsed.kind === 'sdist' && parsed.extension !== '.tar.gz') {
            ignored++;
            continue;
        }
        if (!picks(parsed.normalizedName)) {
            ignored++;
            continue;
        }
        candidates.push({ file, parsed });
    }
    // One name, one file: two keys for the same filename cannot both land in dest.
    const byName = new Map();
    for (const c of candidates)
        byName.set(c.file.name, [...(byName.get(c.file.name) ?? []), c]);
    for (const [name, group] of byName) {
        if (group.length > 1)
            refused.push({ file: name, reason: `listed ${group.length} times (${group.map((g) => g.file.key).join(', ')}); give a source that holds one build` });
    }
    candidates = candidates.filter((c) => byName.get(c.file.name).length === 1);
    if (wantVersion !== undefined) {
        for (const c of candidates) {
            if (!(0,distributions/* versionsEqual */.At)(c.parsed.normalizedVersion, wantVersion)) {
                refused.push({ file: c.file.name, reason: `version ${c.parsed.normalizedVersion}, not the expected ${wantVersion}` });
            }
        }
        candidates = candidates.filter((c) => (0,distributions/* versionsEqual */.At)(c.parsed.normalizedVersion, wantVersion));
    }
    else {
        const versions = new Map();
        for (const c of candidates)
            versions.set(c.parsed.normalizedVersion, (versions.get(c.parsed.normalizedVersion) ?? 0) + 1);
        if (versions.size > 1) {
            const all = [...versions].map(([v, n]) => `${v} (${n})`).join(', ');
            for (const c of candidates) {
                refused.push({ file: c.file.name, reason: `the source mixes versions ${all}; set version to choose one` });
            }
            candidates = [];
        }
    }
    const chosen = candidates.sort((a, b) => (a.file.name < b.file.name ? -1 : a.file.name > b.file.name ? 1 : 0));
    const missing = [];
    let expectedCount;
    if (expectLines.length > 0) {
        // The packages the lines speak for: those named, else those found, plus any a line names.
        const found = chosen.map((c) => c.parsed.normalizedName);
        const named = expectLines.flatMap((l) => (l.package ? [l.package] : []));
        const projects = wanted.size > 0 ? [...wanted] : [...new Set([...found, ...named])];
        const version = wantVersion ?? chosen[0]?.parsed.normalizedVersion ?? '*';
        if (projects.length === 0) {
            for (const line of expectLines)
                missing.push(`*-${version}-${line.triple}.whl`);
        }
        let lineCount = 0;
        for (const project of projects.sort()) {
            const lines = expectLines.filter((l) => appliesTo(l, project));
            lineCount += lines.length;
            const wheels = chosen.flatMap((c) => (c.parsed.kind === 'wheel' && c.parsed.normalizedName === project ? [{ name: c.file.name, w: c.parsed }] : []));
            for (const line of lines) {
                const meeting = wheels.filter(({ w }) => wheelMeets(w, line));
                if (meeting.length === 0)
                    missing.push(`${escaped(project)}-${version}-${line.triple}.whl`);
                // A line without globs stands for one wheel: a second one (another build of the same tags)
                // would make the count of a complete set wrong.
                if (!line.glob && meeting.length > 1) {
                    for (const extra of meeting.slice(1)) {
                        unexpected.push({ file: extra.name, reason: `meets the expect line '${line.text}' as ${meeting[0].name} does; a line without globs stands for one wheel` });
                    }
                }
            }
            for (const { name, w } of wheels) {
                if (!lines.some((line) => wheelMeets(w, line)))
                    unexpected.push({ file: name, reason: 'no expect line asks for its tags' });
            }
        }
        if (!expectLines.some((l) => l.glob))
            expectedCount = lineCount + chosen.filter((c) => c.parsed.kind === 'sdist').length;
    }
    if (opts.expectCount !== undefined) {
        expectedCount = opts.expectCount;
        const have = chosen.length;
        if (have < opts.expectCount && missing.length === 0) {
            missing.push(`${opts.expectCount - have} more file(s): expect-count is ${opts.expectCount}, ${have} found`);
        }
        else if (have > opts.expectCount) {
            unexpected.push({ file: `${have} files`, reason: `expect-count is ${opts.expectCount}` });
        }
    }
    if (expectLines.length === 0 && opts.expectCount === undefined && chosen.length === 0) {
        missing.push(wanted.size > 0 ? `any distribution of ${[...wanted].join(', ')}${wantVersion ? ` ${wantVersion}` : ''}` : 'any wheel');
    }
    const acceptable = refused.length === 0 && unexpected.length === 0;
    return { chosen, missing, unexpected, refused, ignored, expectedCount, acceptable, complete: acceptable && missing.length === 0 };
}
/** The selection's problems as lines for an error message; `max` items per group. */
function describeProblems(sel, max = 50) {
    const lines = [];
    const group = (title, items) => {
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const item of items.slice(0, max))
            lines.push(`  - ${item}`);
        if (items.length > max)
            lines.push(`  … and ${items.length - max} more`);
    };
    group('refused', sel.refused.map((r) => `${r.file}: ${r.reason}`));
    group('unexpected', sel.unexpected.map((r) => `${r.file}: ${r.reason}`));
    group('missing', sel.missing);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/wait.js
/**
 * Looking at the source until the expected set is there: Ray's release
 * scripts polled S3 for up to two hours while the builds finished. Each look
 * lists the source and re-runs the selection; a refusal ends the wait at once
 * (waiting does not fix a wrong version), a missing file is waited for with
 * growing pauses until `timeoutSeconds` have passed.
 */



/** The least time a look may take when the wait is nearly over. */
const LOOK_MIN_MS = 30_000;
function seconds(ms) {
    const s = Math.round(ms / 1000);
    return s >= 120 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}
function progress(sel) {
    const have = sel.chosen.length;
    const of = sel.expectedCount !== undefined ? ` of ${sel.expectedCount}` : '';
    const missing = sel.missing.slice(0, 5).join(', ') + (sel.missing.length > 5 ? `, … ${sel.missing.length - 5} more` : '');
    return `${have}${of} file(s) present; missing ${missing}`;
}
function refuse(source, sel) {
    return new errors/* UserError */.y(`fetch-wheels refuses the files in ${source.describe()}:\n${describeProblems(sel)}\n` +
        'Nothing was written to dest. Fix the source or the selection inputs (packages, version, expect, expect-count) and re-run.');
}
async function waitForSet(source, selectOpts, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const { value, looks } = await pollUntil({
        deadline: started + opts.timeoutSeconds * 1000,
        backoff: exponentialBackoff({ firstMs: opts.initialDelayMs ?? 2000, factor: 2, maxMs: opts.maxDelayMs ?? 60_000 }),
        signal: opts.signal,
        now,
        sleep: opts.sleep,
        look: async () => {
            // Waiting within wait-timeout: a listing may not outlast it (one look gets at least LOOK_MIN_MS).
            const left = started + opts.timeoutSeconds * 1000 - now();
            const listing = await source.list(opts.log, opts.timeoutSeconds > 0 ? { deadlineMs: Math.max(LOOK_MIN_MS, left) } : {});
            const selection = select_select(listing, selectOpts);
            if (!selection.acceptable)
                throw refuse(source, selection);
            return selection.complete ? { done: true, value: { selection, listing } } : { done: false, state: selection };
        },
        onPause: ({ look, pauseMs, leftMs, state }) => {
            opts.log.info(`Look ${look}: ${progress(state)}. Looking again in ${seconds(pauseMs)} (${seconds(leftMs)} left).`);
        },
        onTimeout: ({ state: selection }) => {
            const waited = opts.timeoutSeconds > 0 ? ` after waiting ${seconds(now() - started)} (wait-timeout ${opts.timeoutSeconds} s)` : '';
            throw new errors/* UserError */.y(`fetch-wheels found an incomplete set in ${source.describe()}${waited}: ${selection.chosen.length}` +
                `${selection.expectedCount !== undefined ? ` of ${selection.expectedCount}` : ''} file(s).\n${describeProblems(selection)}\n` +
                `Nothing was written to dest. ${opts.timeoutSeconds > 0 ? 'Raise wait-timeout if the builds are still running, or' : 'Set wait-timeout (e.g. 2h) to wait for builds still running, or'} ` +
                'check the source and the expect inputs.');
        },
    });
    if (looks > 1)
        opts.log.info(`The set is complete after ${looks} looks (${seconds(now() - started)}).`);
    return { ...value, looks, waitedMs: now() - started };
}

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/fetch-wheels.js
/**
 * fetch-wheels from start to end: look at the source (waiting if asked) until
 * the expected set is there, refuse what is wrong, fetch the set into a
 * staging directory beside `dest`, check every file and the set with the
 * foundation's preflight, and only then move it into `dest` with its manifest
 * and, if asked, publish it as a workflow artifact. `dest` never receives a
 * partial or unchecked set.
 */










async function previousManifest(dest, log) {
    const path = (0,external_node_path_.join)(dest, MANIFEST_NAME);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return await (0,distributions/* readManifest */.WI)(path);
    }
    catch (err) {
        log.debug(`Not reusing files in ${dest}: ${err.message}`);
        return undefined;
    }
}
async function fetchWheels(opts) {
    const { source, dest, log } = opts;
    const started = Date.now();
    const unstated = completenessProblem({ ...opts.select, allowAnySet: opts.allowAnySet ?? false, waitTimeoutSeconds: opts.waitTimeoutSeconds });
    if (unstated)
        throw new errors/* UserError */.y(`${unstated.message}\nNothing was fetched.`);
    await checkDest(dest);
    const leftovers = await removeStaleStaging(dest);
    if (leftovers.length > 0)
        log.info(`Removed ${leftovers.length} staging folder(s) a killed run left beside dest: ${leftovers.join(', ')}`);
    log.info(`Source: ${source.describe()}`);
    const found = await waitForSet(source, opts.select, {
        timeoutSeconds: opts.waitTimeoutSeconds,
        log,
        signal: opts.signal,
        ...opts.waitTiming,
    });
    const { selection } = found;
    const chosen = selection.chosen;
    const listedBytes = chosen.reduce((n, c) => n + (c.file.size ?? 0), 0);
    log.info(`The set is complete: ${chosen.length} file(s), ${(0,units/* formatBytes */.z3)(listedBytes)}` +
        `${selection.ignored ? ` (${selection.ignored} other listed file(s) ignored)` : ''}.`);
    if (opts.allowAnySet) {
        log.warning(`allow-any-set: the ${chosen.length} file(s) the source holds are taken as the whole set, without a completeness check.`);
    }
    if (listedBytes > opts.maxTotalSize) {
        throw new errors/* UserError */.y(`The set is ${(0,units/* formatBytes */.z3)(listedBytes)}, more than max-total-size (${(0,units/* formatBytes */.z3)(opts.maxTotalSize)}). Nothing was written to dest. ` +
            'Raise max-total-size if this is expected, or narrow packages/expect.');
    }
    const names = new Set(chosen.map((c) => c.file.name));
    const stale = (await distributionsIn(dest)).filter((n) => !names.has(n));
    if (stale.length > 0) {
        throw new errors/* UserError */.y(`dest ${dest} already holds distribution files that are not part of this set: ${stale.join(', ')}. ` +
            'Nothing was written. Empty dest (or choose another) so that it holds exactly one set.');
    }
    const previous = await previousManifest(dest, log);
    const waitMs = Date.now() - started;
    const staging = await makeStaging(dest);
    let files;
    let fetchMs;
    let checkMs;
    let manifestPath;
    let manifest;
    try {
        const fetchStarted = Date.now();
        files = await downloadSet({
            source,
            chosen,
            staging,
            dest,
            concurrency: opts.concurrency,
            log,
            previous,
            // Size limits are the publisher's business (PyPI raises them per project); fetching only bounds the total.
            inspect: { expectedVersion: opts.select.version, maxFileSize: Number.MAX_SAFE_INTEGER },
            signal: opts.signal,
        });
        fetchMs = Date.now() - fetchStarted;
        const checkStarted = Date.now();
        const infos = files.map((f) => f.info);
        const problems = [...infos.flatMap((i) => i.problems), ...(0,distributions/* checkDistributionSet */.Ly)(infos, { expectedVersion: opts.select.version })];
        if (problems.length > 0) {
            throw new errors/* UserError */.y(`The fetched set fails preflight, so nothing was written to dest:\n${(0,distributions/* formatProblemsTable */.OH)(infos, problems)}\n` +
                'These files would be refused by PyPI or pip; fix the build that made them.');
        }
        const projects = new Set(files.map((f) => (0,distributions/* normalizeName */.Pc)(f.info.metadata?.name ?? f.chosen.parsed.name)));
        const entries = files.map((f) => ({
            filename: f.chosen.file.name,
            size: f.size,
            sha256: f.sha256,
            source: f.chosen.file.url,
            ...(f.chosen.file.etag !== undefined ? { sourceEtag: f.chosen.file.etag } : {}),
        }));
        manifest = (0,distributions/* createManifest */.e4)(entries, {
            ...(projects.size === 1 ? { project: [...projects][0] } : {}),
            ...(files[0] ? { version: files[0].chosen.parsed.normalizedVersion } : {}),
        });
        manifestPath = await commit(staging, dest, [...names], manifest);
        files = files.map((f) => ({ ...f, path: (0,external_node_path_.join)(dest, f.chosen.file.name) }));
        checkMs = Date.now() - checkStarted;
    }
    finally {
        await (0,external_node_fs_promises_.rm)(staging, { recursive: true, force: true });
    }
    const totalBytes = files.reduce((n, f) => n + f.size, 0);
    const reused = files.filter((f) => f.reused).length;
    log.info(`Wrote ${files.length} file(s) (${(0,units/* formatBytes */.z3)(totalBytes)}${reused ? `, ${reused} reused` : ''}) and ${manifestPath}.`);
    let uploaded;
    if (opts.upload) {
        const paths = [...files.map((f) => f.path), manifestPath];
        const res = await opts.upload.uploader.upload(opts.upload.name, paths, dest, log);
        uploaded = { name: opts.upload.name, ...res };
    }
    return {
        dest,
        manifestPath,
        manifest,
        files,
        totalBytes,
        reused,
        ignored: selection.ignored,
        looks: found.looks,
        uploaded,
        timings: { waitMs, fetchMs, checkMs, totalMs: Date.now() - started },
    };
}

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
function redactUrl(url) {
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
function errorCode(err) {
    const code = field(err, 'code');
    return typeof code === 'string' ? code : undefined;
}
class HttpError extends Error {
    method;
    url;
    code;
    bodySent;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'HttpError';
        this.method = options.method;
        this.url = options.url === undefined ? undefined : redactUrl(options.url);
        this.code = options.code ?? errorCode(options.cause);
        this.bodySent = options.bodySent ?? false;
    }
}
/** An HTTP answer the caller did not want; `retryAfterMs` carries the server's hint. */
class HttpStatusError extends HttpError {
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
class TransientError extends HttpError {
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
function describeError(err) {
    const message = field(err, 'message');
    if (typeof message !== 'string')
        return String(err);
    const parts = [];
    const known = (text) => message.includes(text) || parts.some((p) => p.includes(text));
    for (let e = field(err, 'cause'), depth = 0; e && depth < 4; e = field(e, 'cause'), depth++) {
        const m = field(e, 'message');
        const code = errorCode(e);
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
function timeouts_transferDeadlineMs(bytes) {
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
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
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
    return external_node_http_.STATUS_CODES[status] ?? '';
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
    const where = `${method} ${redactUrl(url)}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new HttpError(`unsupported protocol ${url.protocol} (${where})`, { method, url, code: 'EPROTO' }));
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
    const failed = (prefix) => (err) => err instanceof HttpError || (wire.signal.aborted && err === wire.signal.reason)
        ? err
        : new HttpError(`${prefix}: ${describeError(err)} (${where})`, { method, url, cause: err, bodySent });
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
    req.setTimeout(wire.idleTimeoutMs, () => fail(new HttpError(`${timeoutMessage.idle(wire.idleTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT', bodySent })));
    req.on('socket', (socket) => {
        if (!socket.connecting)
            return;
        connectTimer = setTimeout(() => fail(new HttpError(`${timeoutMessage.connect(wire.connectTimeoutMs)} (${where})`, { method, url, code: 'ETIMEDOUT' })), wire.connectTimeoutMs);
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
async function request_request(target, opts = {}) {
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
            controller.abort(new HttpError(`${timeoutMessage.deadline(timeouts.deadlineMs)} (${method} ${redactUrl(url)})`, { method, url, code: 'ETIMEDOUT', bodySent: sent }));
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
                throw new HttpError(`${method} ${redactUrl(from)} redirects to "${location}", which is not a URL`, { method, url: from, code: 'EREDIRECT' });
            }
            if (hop >= maxRedirects) {
                throw new HttpError(`${method} ${redactUrl(start)} redirects more than ${maxRedirects} times`, { method, url: start, code: 'EREDIRECT' });
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:') {
                throw new HttpError(`${method} ${redactUrl(start)} redirects to an unsupported URL ${redactUrl(next)}`, { method, url: start, code: 'EREDIRECT' });
            }
            if (from.protocol === 'https:' && next.protocol !== 'https:') {
                throw new HttpError(`${method} ${redactUrl(start)} redirects from https to ${redactUrl(next)}, which would drop encryption`, {
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

;// CONCATENATED MODULE: ./lib/http/body.js
/**
 * Reading an answer's body whole, never past a cap: a server that sends an
 * endless body (or announces a huge one) gets a clear error naming the URL
 * and the cap, and memory holds at most the cap. Large bodies are streamed
 * instead (HttpResponse.body).
 */




function tooLarge(res, maxBytes, announced) {
    const size = announced !== undefined ? ` (it announced ${(0,units/* formatBytes */.z3)(announced)})` : '';
    return new HttpError(`${res.method} ${redactUrl(res.url)} answered with more than ${(0,units/* formatBytes */.z3)(maxBytes)}${size}, the most this answer may hold; it was not read further`, { method: res.method, url: res.url, code: 'EBODYTOOLARGE' });
}
async function body_readBytes(res, opts) {
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
    return (await body_readBytes(res, opts)).toString('utf8');
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










;// CONCATENATED MODULE: ./lib/index-client/html.js
/** HTML as indexes write it: character references in attribute values, anchor texts and error pages. */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Named (the few indexes use) and numeric character references; anything else is left as written. */
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body.toLowerCase()] ?? whole;
    });
}
/** The attributes of one tag's inside (`href="…" data-yanked`), names lower-cased, values unescaped; the first of a name wins. */
function parseAttributes(text) {
    const attrs = new Map();
    const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1].toLowerCase();
        if (!attrs.has(name))
            attrs.set(name, unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    return attrs;
}
/**
 * `html` with every tag (`<` to the next `>`) replaced by `replacement`, as /<[^>]*>/g would, but in
 * one pass: that expression retries from every `<` of a tag left open, which a page a server made
 * up can have by the million.
 */
function replaceTags(html, replacement = '') {
    let out = '';
    let at = 0;
    for (;;) {
        const lt = html.indexOf('<', at);
        const gt = lt === -1 ? -1 : html.indexOf('>', lt);
        if (gt === -1)
            return out + html.slice(at);
        out += html.slice(at, lt) + replacement;
        at = gt + 1;
    }
}
/** The text after the first match of `open` up to the first `close` (lower case, matched in any case) after it, or undefined: what /open([\s\S]*?)close/i finds, in one pass. */
function textBetween(html, open, close) {
    const m = open.exec(html);
    if (!m)
        return undefined;
    const start = m.index + m[0].length;
    const end = html.toLowerCase().indexOf(close, start);
    return end === -1 ? undefined : html.slice(start, end);
}
/** The attribute text of each `<name …>` tag, in order; linear however the page is made (a tag left open ends the search). */
function* tagAttributes(html, name) {
    const open = new RegExp(`<${name}\\b`, 'gi');
    for (let m = open.exec(html); m; m = open.exec(html)) {
        const end = html.indexOf('>', m.index);
        if (end === -1)
            return;
        yield html.slice(m.index + 1 + name.length, end);
        open.lastIndex = end + 1;
    }
}

;// CONCATENATED MODULE: ./lib/index-client/simple-api.js
/**
 * The simple repository API, the one standard every package index serves and
 * the suite's one source of truth for "what is on the index": a project's
 * page as PEP 691 JSON when the index offers it (content negotiation), PEP 503
 * HTML otherwise, both read into the same shape. From HTML: the `#sha256=`
 * fragment and the `data-*` attributes (`data-requires-python`,
 * `data-yanked`, `data-core-metadata` / `data-dist-info-metadata`,
 * `data-provenance`); from JSON: `hashes`, `requires-python`, `yanked`,
 * `size` and `upload-time` (PEP 700), `core-metadata`, `provenance` (PEP 740).
 * pypi-publish (what is there, before and after uploading) and verify-install
 * (when a release is installable) both read pages through here.
 */





const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
const SIMPLE_ACCEPT = `${SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
const HEX64 = /^[0-9a-fA-F]{64}$/;
/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
function projectPageUrl(indexUrl, project) {
    const text = String(indexUrl);
    const base = text.endsWith('/') ? text : `${text}/`;
    return new URL(`${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/`, base).href;
}
/** Splits `url#sha256=abc` into the URL and the digest it carries. */
function withoutFragment(href, base) {
    const absolute = new URL(href, base);
    const fragment = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(absolute.hash.slice(1));
    absolute.hash = '';
    absolute.username = '';
    absolute.password = '';
    return { url: absolute.href, ...(fragment ? { sha256: fragment[1].toLowerCase() } : {}) };
}
/** The filename an anchor stands for: its text, or the last path segment of its URL (as pip takes it). */
function anchorFilename(text, url) {
    const shown = unescapeHtml(replaceTags(text)).trim();
    if (shown)
        return shown;
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
/** `true` or `sha256=…` (PEP 658's attribute value) as the JSON form has it. */
function metadataAttribute(value) {
    if (value === '' || value.toLowerCase() === 'true')
        return true;
    const m = /^([a-z0-9_]+)=([0-9a-fA-F]+)$/.exec(value.trim());
    return m ? { [m[1]]: m[2].toLowerCase() } : undefined;
}
/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
function parseSimpleHtml(html, pageUrl) {
    const baseTag = tagAttributes(html, 'base').next();
    const baseHref = baseTag.done ? undefined : parseAttributes(baseTag.value).get('href');
    const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const files = [];
    // By hand, not /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/g: on a page of anchors that never close, that
    // expression scans to the end from every one of them (hours for a few MiB a server made up).
    const open = /<a\b/gi;
    const close = /<\/a\s*>/gi;
    for (let m = open.exec(html); m; m = open.exec(html)) {
        const tagEnd = html.indexOf('>', m.index);
        if (tagEnd === -1)
            break;
        close.lastIndex = tagEnd + 1;
        const end = close.exec(html);
        if (!end)
            break;
        open.lastIndex = end.index + end[0].length;
        const attrs = parseAttributes(html.slice(m.index + 2, tagEnd));
        const text = html.slice(tagEnd + 1, end.index);
        const href = attrs.get('href');
        if (!href)
            continue;
        let link;
        try {
            link = withoutFragment(href, base);
        }
        catch {
            continue; // not a URL: pip skips it too
        }
        const file = { filename: anchorFilename(text, link.url), url: link.url, yanked: false };
        if (link.sha256)
            file.sha256 = link.sha256;
        const requires = attrs.get('data-requires-python');
        if (requires)
            file.requiresPython = requires;
        if (attrs.has('data-yanked'))
            file.yanked = attrs.get('data-yanked') || true;
        const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
        const parsedMetadata = metadata !== undefined ? metadataAttribute(metadata) : undefined;
        if (parsedMetadata)
            file.coreMetadata = parsedMetadata;
        const provenance = attrs.get('data-provenance');
        if (provenance) {
            try {
                file.provenance = new URL(provenance, base).href;
            }
            catch {
                // an unusable link is no provenance
            }
        }
        files.push(file);
    }
    const serial = /<!--\s*SERIAL\s+(\d+)\s*-->/.exec(html);
    let apiVersion;
    for (const attrs of tagAttributes(html, 'meta')) {
        const parsed = parseAttributes(attrs);
        if (parsed.get('name')?.toLowerCase() === 'pypi:repository-version') {
            apiVersion = parsed.get('content');
            break;
        }
    }
    return {
        url: pageUrl,
        format: 'html',
        ...(apiVersion ? { apiVersion } : {}),
        files,
        ...(serial ? { lastSerial: Number(serial[1]) } : {}),
    };
}
function hexHashes(value) {
    const out = {};
    if (!value || typeof value !== 'object')
        return out;
    for (const [name, digest] of Object.entries(value)) {
        if (typeof digest === 'string' && /^[0-9a-fA-F]+$/.test(digest))
            out[name] = digest.toLowerCase();
    }
    return out;
}
/** PEP 691 project detail. */
function parseSimpleJson(data, pageUrl) {
    const doc = data;
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.files)) {
        throw new Error('the PEP 691 answer has no "files" list');
    }
    const files = [];
    for (const raw of doc.files) {
        const f = raw;
        if (!f || typeof f.filename !== 'string' || typeof f.url !== 'string')
            continue;
        let link;
        try {
            link = withoutFragment(f.url, pageUrl);
        }
        catch {
            continue;
        }
        const hashes = hexHashes(f.hashes);
        const sha256 = hashes.sha256 && HEX64.test(hashes.sha256) ? hashes.sha256 : link.sha256;
        const file = {
            filename: f.filename,
            url: link.url,
            yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
        };
        if (sha256)
            file.sha256 = sha256;
        if (typeof f['requires-python'] === 'string' && f['requires-python'])
            file.requiresPython = f['requires-python'];
        if (typeof f.size === 'number' && Number.isSafeInteger(f.size) && f.size >= 0)
            file.size = f.size;
        if (typeof f['upload-time'] === 'string' && !Number.isNaN(Date.parse(f['upload-time'])))
            file.uploadTime = new Date(f['upload-time']);
        const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
        if (metadata === true)
            file.coreMetadata = true;
        else if (metadata && typeof metadata === 'object')
            file.coreMetadata = hexHashes(metadata);
        if (typeof f.provenance === 'string' && f.provenance) {
            try {
                file.provenance = new URL(f.provenance, pageUrl).href;
            }
            catch {
                // an unusable link is no provenance
            }
        }
        files.push(file);
    }
    const serial = doc.meta?.['_last-serial'];
    const apiVersion = doc.meta?.['api-version'];
    return {
        url: pageUrl,
        format: 'json',
        ...(typeof apiVersion === 'string' ? { apiVersion } : {}),
        files,
        ...(typeof serial === 'number' ? { lastSerial: serial } : {}),
    };
}
/**
 * The most one project page may hold: 64 MiB, a few times PyPI's largest
 * (projects with tens of thousands of files), far below what would strain a runner.
 */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/**
 * GETs a project page, asking for JSON first and reading whichever format
 * comes back. 404/410 mean "not listed (yet)"; other non-200 answers throw
 * HttpStatusError (with Retry-After). Credentials go to the index's own
 * origin only, never to a host a redirect points at (src/http's policy). A
 * page larger than `maxBytes` is a UserError. Sends `Cache-Control:
 * no-cache`: a hint that a CDN may ignore, which is why callers poll.
 */
async function fetchSimplePage(projectUrl, opts = {}) {
    const { url: start, authorization: inUrl } = splitCredentials(projectUrl);
    const authorization = inUrl ?? opts.authorization;
    const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
    let response;
    let page;
    try {
        response = await request_request(start, {
            headers: { Accept: SIMPLE_ACCEPT, 'Cache-Control': 'no-cache', 'User-Agent': 'python-release-actions' },
            ...(authorization ? { credentials: { Authorization: authorization } } : {}),
            redirect: 'follow',
            timeouts: { deadlineMs: opts.timeoutMs ?? 30_000 },
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.transport ? { transport: opts.transport } : {}),
        });
        const url = response.url;
        if (response.status === 404 || response.status === 410) {
            await discard(response);
            return { found: false, status: response.status, url: redactUrl(url) };
        }
        if (response.status !== 200) {
            await discard(response);
            const retryAfter = parseRetryAfter(response.headers.get('retry-after') ?? undefined);
            throw new HttpStatusError(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${redactUrl(url)}`, retryAfter);
        }
        const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        const pageUrl = redactUrl(url);
        if (type === SIMPLE_JSON || type === 'application/json') {
            const data = await readJson(response, { maxBytes });
            try {
                page = parseSimpleJson(data, pageUrl);
            }
            catch (err) {
                throw new errors/* UserError */.y(`${pageUrl} answered with JSON that is not a PEP 691 project page (${err.message}); check the index URL.`);
            }
        }
        else {
            const html = await readText(response, { maxBytes });
            page = parseSimpleHtml(html, pageUrl);
            // A proxy or an index that wants a login answers 200 with its sign-in page: that is no empty project.
            if (page.files.length === 0 && page.apiVersion === undefined && [...tagAttributes(html, 'input')].some((a) => parseAttributes(a).get('type')?.toLowerCase() === 'password')) {
                throw new errors/* UserError */.y(`${pageUrl} answered a sign-in page (a form with a password field, and no links), not a project page of a simple index. Check index-url and the credentials for it.`);
            }
        }
    }
    catch (err) {
        if (err instanceof HttpError && err.code === 'EREDIRECT')
            throw new errors/* UserError */.y(`${err.message}. Use an index URL that stays on https and redirects at most 5 times.`);
        if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') {
            throw new errors/* UserError */.y(`${err.message}. A project page larger than ${(0,units/* formatBytes */.z3)(maxBytes)} is not one a package index serves; check the index URL.`);
        }
        throw err;
    }
    const header = Number(response.headers.get('x-pypi-last-serial'));
    if (page.lastSerial === undefined && Number.isFinite(header) && header > 0)
        page.lastSerial = header;
    return { found: true, page };
}
/**
 * The files of one release on a project page: those whose filename names the
 * project and, under PEP 440, the version. Names that are no distribution
 * filename (a stray link, a legacy .egg) belong to no release.
 */
function releaseFiles(files, project, version) {
    const name = (0,distributions/* normalizeName */.Pc)(project);
    return files.filter((f) => {
        try {
            const parsed = (0,distributions/* parseDistributionFilename */.h3)(f.filename);
            return parsed.normalizedName === name && (0,distributions/* versionsEqual */.At)(parsed.version, version);
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./lib/index-client/endpoints.js
/**
 * Where a package index lives: the legacy upload URL a user names (`pypi`,
 * `testpypi` or any URL), and the simple index, JSON API, trusted-publishing
 * endpoints and release pages that belong with it.
 *
 * The simple index of another index is derived from its upload URL by the
 * layouts indexes use (docs/indexes.md): warehouse's `…/legacy/` has
 * `…/simple/` (and its JSON API `…/pypi/`) beside it; Azure Artifacts'
 * `…/upload/` has `…/simple/` beside it; every other index this suite knows
 * (pypiserver, Nexus, Artifactory, GitLab, CodeArtifact, Google Artifact
 * Registry) serves `<upload URL>/simple/`. devpi (`…/+simple/`) and anything
 * else is given with `index-url`.
 */


const PYPI = { upload: 'https://upload.pypi.org/legacy/', site: 'https://pypi.org/' };
const TESTPYPI = { upload: 'https://test.pypi.org/legacy/', site: 'https://test.pypi.org/' };
/** Hosts twine always talks to over https, whatever scheme the URL was written with. */
const PYPI_HOSTS = new Set(['pypi.org', 'upload.pypi.org', 'pypi.python.org', 'upload.pypi.io']);
const TESTPYPI_HOSTS = new Set(['test.pypi.org', 'testpypi.python.org']);
/** `repository` is `pypi`, `testpypi` or an absolute http(s) upload URL. */
function resolveEndpoints(repository, overrides = {}) {
    const given = typeof repository === 'string' ? repository.trim() : repository.href;
    let name;
    let uploadUrl;
    let site;
    if (given === 'pypi') {
        name = 'pypi';
        uploadUrl = new URL(PYPI.upload);
        site = new URL(PYPI.site);
    }
    else if (given === 'testpypi') {
        name = 'testpypi';
        uploadUrl = new URL(TESTPYPI.upload);
        site = new URL(TESTPYPI.site);
    }
    else {
        let url;
        try {
            url = new URL(given);
        }
        catch {
            throw new errors/* UserError */.y(`The repository ${JSON.stringify(given)} is neither pypi, testpypi nor an absolute upload URL such as https://upload.pypi.org/legacy/.`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
            throw new errors/* UserError */.y(`The repository URL ${given} must use http or https.`);
        }
        if (url.username || url.password) {
            throw new errors/* UserError */.y('The repository URL must not carry a user name or password; pass them as the user and password inputs (the password is masked), an API token as token, or use trusted publishing.');
        }
        if (PYPI_HOSTS.has(url.hostname)) {
            name = 'pypi';
            url.protocol = 'https:';
            site = new URL(PYPI.site);
        }
        else if (TESTPYPI_HOSTS.has(url.hostname)) {
            name = 'testpypi';
            url.protocol = 'https:';
            site = new URL(TESTPYPI.site);
        }
        else {
            return customEndpoints(url, overrides);
        }
        uploadUrl = url;
    }
    return {
        name,
        warehouse: true,
        uploadUrl,
        simpleUrl: withSlash(overrides.simpleUrl ?? new URL('simple/', site)),
        jsonUrl: withSlash(overrides.jsonUrl ?? new URL('pypi/', site)),
        oidcBase: new URL('/', uploadUrl),
        releasePage: (project, version) => new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, site).href,
    };
}
/** Any index but PyPI and TestPyPI: its layout read from the upload URL's last path segment. */
function customEndpoints(uploadUrl, overrides) {
    const segments = uploadUrl.pathname.split('/').filter((s) => s !== '');
    const last = segments[segments.length - 1]?.toLowerCase();
    // `…/legacy/` → `…/`; `…/legacy` (missing slash, answered later with twine's hint) → `…/`.
    const parent = new URL(uploadUrl.pathname.endsWith('/') ? '..' : '.', uploadUrl);
    parent.search = '';
    parent.hash = '';
    const own = withSlash(new URL(uploadUrl.href));
    own.search = '';
    own.hash = '';
    const warehouse = last === 'legacy';
    const simpleUrl = withSlash(overrides.simpleUrl ?? new URL('simple/', warehouse || last === 'upload' ? parent : own));
    const jsonUrl = overrides.jsonUrl ?? (warehouse ? new URL('pypi/', parent) : undefined);
    return {
        name: 'custom',
        warehouse,
        uploadUrl,
        simpleUrl,
        ...(jsonUrl ? { jsonUrl: withSlash(jsonUrl) } : {}),
        oidcBase: new URL('/', uploadUrl),
        releasePage: (project, version) => (warehouse
            ? new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, parent).href
            : projectPageUrl(simpleUrl, project)),
    };
}
function withSlash(url) {
    const copy = new URL(url.href);
    if (!copy.pathname.endsWith('/'))
        copy.pathname += '/';
    return copy;
}
/** Loopback hosts, where plain http is not a risk to credentials. */
function isLoopback(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

// EXTERNAL MODULE: ./lib/text/untrusted.js
var untrusted = __webpack_require__(37289);
;// CONCATENATED MODULE: ./lib/index-client/answers.js
/**
 * Reading what an index said. Warehouse puts its message in the status line's
 * reason phrase and in the HTML error page; over HTTP/2 (and through some
 * proxies) the reason phrase is gone, so the body is read as well, as twine
 * does. JSON errors (`{"message": …}`) are read too.
 */



/** Reads an answer whole, its body up to `read.maxBytes`. */
async function readAnswer(res, read) {
    const body = await body_readBytes(res, read);
    return { status: res.status, statusMessage: res.statusText, headers: Object.fromEntries(res.headers), body };
}
function stripTags(html) {
    return unescapeHtml(replaceTags(html, ' ')).replace(/\s+/g, ' ').trim();
}
/** The message in a body: a JSON `message`, Pyramid's error page detail, a page title, or plain text; at most MAX_MESSAGE_CHARS of it (src/text/untrusted.ts). */
function bodyMessage(body, contentType) {
    const found = messageIn(body, contentType);
    return found === undefined ? undefined : (0,untrusted/* clip */.$Q)(found);
}
function messageIn(body, contentType) {
    const text = body.toString('utf8');
    if (text.trim() === '')
        return undefined;
    if (/json/i.test(contentType ?? '') || /^\s*[{[]/.test(text)) {
        try {
            const data = JSON.parse(text);
            if (data && typeof data.message === 'string')
                return data.message;
        }
        catch {
            // not JSON after all
        }
    }
    if (/<html|<body|<title/i.test(text)) {
        // Pyramid's page: "<h1>400 …</h1> explanation<br/><br/>\nMESSAGE\n\n\n</body>"
        const detail = textBetween(text, /<br\s*\/?>\s*<br\s*\/?>/i, '</body>');
        if (detail !== undefined && stripTags(detail) !== '')
            return stripTags(detail);
        const title = textBetween(text, /<title>/i, '</title>');
        if (title !== undefined)
            return stripTags(title).replace(/^\d{3}\s+/, '');
        // Another index's page: its text, without the markup.
        return stripTags(text) || undefined;
    }
    return text.trim();
}
/** The index's own words for an answer, falling back to the status. */
function answerMessage(res) {
    const standard = standardStatusText(res.status);
    const reason = res.statusMessage.trim();
    if (reason && reason.toLowerCase() !== standard.toLowerCase())
        return (0,untrusted/* clip */.$Q)(reason);
    const fromBody = bodyMessage(res.body, headerText(res.headers['content-type']));
    return fromBody ?? `${res.status} ${standard}`.trim();
}
function headerText(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** twine's `--skip-existing` test: 409 (pypiserver) or 400 whose reason or body says "already exist". */
function saysAlreadyExists(res) {
    if (res.status === 409)
        return true;
    if (res.status !== 400)
        return false;
    return /already exist/i.test(res.statusMessage) || /already exist/i.test(res.body.toString('utf8'));
}
/** twine's RedirectDetected texts. */
function redirectMessage(from, location) {
    if (location === undefined || location === '') {
        return `${from} answered with a redirect but named no destination. Redirects are never followed for uploads; check the repository URL.`;
    }
    const to = new URL(location, from).href;
    if (!from.endsWith('/') && to === `${from}/`) {
        return `${from} attempted to redirect to ${to}.\nYour repository URL is missing a trailing slash. Please add it and try again.`;
    }
    return `${from} attempted to redirect to ${to}.\nIf you trust these URLs, set ${to} as your repository URL and try again. (Uploads never follow redirects, so credentials are never sent to another address.)`;
}

;// CONCATENATED MODULE: ./lib/index-client/form.js


/** Core metadata header (lower case) → [form field, how its values are sent]. */
const FIELDS = {
    'metadata-version': ['metadata_version', 'single'],
    name: ['name', 'single'],
    version: ['version', 'single'],
    platform: ['platform', 'multi'],
    summary: ['summary', 'single'],
    description: ['description', 'single'],
    keywords: ['keywords', 'keywords'],
    'home-page': ['home_page', 'single'],
    author: ['author', 'single'],
    'author-email': ['author_email', 'single'],
    license: ['license', 'single'],
    'supported-platform': ['supported_platform', 'multi'],
    'download-url': ['download_url', 'single'],
    classifier: ['classifiers', 'multi'],
    requires: ['requires', 'multi'],
    provides: ['provides', 'multi'],
    obsoletes: ['obsoletes', 'multi'],
    maintainer: ['maintainer', 'single'],
    'maintainer-email': ['maintainer_email', 'single'],
    'requires-dist': ['requires_dist', 'multi'],
    'provides-dist': ['provides_dist', 'multi'],
    'obsoletes-dist': ['obsoletes_dist', 'multi'],
    'requires-python': ['requires_python', 'single'],
    'requires-external': ['requires_external', 'multi'],
    'project-url': ['project_urls', 'project-urls'],
    'description-content-type': ['description_content_type', 'single'],
    'provides-extra': ['provides_extra', 'multi'],
    dynamic: ['dynamic', 'multi'],
    'license-expression': ['license_expression', 'single'],
    'license-file': ['license_file', 'multi'],
};
/** twine `_safe_name` (pkg_resources.safe_name): runs of anything but letters, digits and "." become "-". */
function safeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
/** The python tag of a wheel filename as written (`py2.py3`, `cp312`); `source` for an sdist. */
function pyversionOf(info) {
    if (info.parsed?.kind === 'wheel') {
        // twine reads the filename's pyver group, not the parsed (lower-cased, split) tags.
        const parts = info.filename.slice(0, -'.whl'.length).split('-');
        return parts[parts.length - 3];
    }
    return 'source';
}
function filetypeOf(info) {
    return info.parsed?.kind === 'wheel' || info.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
}
function compareVersion(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/**
 * Python's `json.dumps` with its defaults (", " and ": " separators, ASCII only): the text
 * twine sends for the attestations it loaded from the attestation files.
 */
function pythonJsonDumps(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return `[${value.map(pythonJsonDumps).join(', ')}]`;
    if (typeof value === 'object') {
        return `{${Object.entries(value).map(([k, v]) => `${asciiJsonString(k)}: ${pythonJsonDumps(v)}`).join(', ')}}`;
    }
    if (typeof value === 'string')
        return asciiJsonString(value);
    return JSON.stringify(value);
}
function asciiJsonString(text) {
    return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/**
 * Every field to send before the file, in order. `attestations`: the parsed attestation
 * files of this distribution (twine's `--attestations`), sent after the sha256 digest as
 * twine orders it.
 */
function uploadFields(info, attestations) {
    const meta = info.metadata;
    if (!meta)
        throw new errors/* UserError */.y(`${info.filename} has no readable core metadata; it cannot be uploaded.`);
    const out = [];
    const seen = new Set();
    const headers = meta.headers;
    for (const [rawName] of headers) {
        const key = rawName.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const spec = FIELDS[key];
        if (!spec)
            continue; // twine refuses unknown fields; the index would ignore them
        const [field, kind] = spec;
        const values = (0,distributions/* headerValues */.UE)(headers, rawName);
        switch (kind) {
            case 'single': {
                if (key === 'description')
                    continue; // sent below, from the body or the header
                if (key === 'name') {
                    out.push([field, safeName(values[0].trim())]);
                    continue;
                }
                out.push([field, values[0]]);
                break;
            }
            case 'multi':
                // License-File under Metadata-Version < 2.4 is setuptools' own invention; twine drops it.
                if (key === 'license-file' && compareVersion(meta.metadataVersion, '2.4') < 0)
                    continue;
                for (const value of values)
                    out.push([field, value]);
                break;
            case 'keywords':
                out.push([field, values[0].split(',').map((k) => k.trim()).join(', ')]);
                break;
            case 'project-urls':
                for (const value of values) {
                    const comma = value.indexOf(',');
                    const [label, url] = comma === -1 ? [value.trim(), ''] : [value.slice(0, comma).trim(), value.slice(comma + 1).trim()];
                    out.push([field, `${label}, ${url}`]);
                }
                break;
        }
    }
    const description = descriptionOf(info);
    if (description !== undefined) {
        const at = out.findIndex(([f]) => f === 'description_content_type');
        out.splice(at === -1 ? out.length : at, 0, ['description', description]);
    }
    out.push(['pyversion', pyversionOf(info)]);
    out.push(['filetype', filetypeOf(info)]);
    out.push(['sha256_digest', info.sha256]);
    if (attestations && attestations.length > 0)
        out.push(['attestations', pythonJsonDumps(attestations)]);
    out.push([':action', 'file_upload']);
    out.push(['protocol_version', '1']);
    return out.filter(([, value]) => value !== '');
}
/**
 * packaging's rule: the message body when there is one, else the Description
 * header exactly as written (no unfolding).
 */
function descriptionOf(info) {
    const meta = info.metadata;
    const header = (0,distributions/* headerValue */.Z)(meta.headers, 'Description');
    if (meta.description !== undefined && (header === undefined || meta.description !== unfoldedHeader(header))) {
        return meta.description;
    }
    return header;
}
/** What parseCoreMetadata made of a Description header, to tell a header description from a body one. */
function unfoldedHeader(value) {
    const [first, ...rest] = value.split('\n');
    return [first, ...rest.map((line) => (/^[ \t]{1,8}\|/.test(line) ? line.replace(/^[ \t]{1,8}\|/, '') : line.replace(/^[ \t]+/, '')))].join('\n');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/index-client/multipart.js
/**
 * A multipart/form-data body (RFC 7578) written by hand, because nothing off
 * the shelf streams a file with an exact Content-Length: the text fields and
 * the file part's headers are built in memory, the file is read from disk as
 * it is sent, and the length is known before the first byte goes out. The
 * shape is what requests-toolbelt's MultipartEncoder (twine) produces.
 *
 * The file is read into a few buffers that are used again once the socket has
 * taken their bytes (the write callback), not into a fresh buffer per read: a
 * gigabyte of fresh buffers costs dozens of full garbage collections.
 */


const CRLF = '\r\n';
const READ_CHUNK = 1024 * 1024;
/** Reads in flight or waiting for the socket: one being sent while the next is read, and one spare. */
const READ_BUFFERS = 3;
/** What `holdLast` keeps back of the file: enough that no server can have the whole file, little enough to follow at once. */
const HELD_BYTES = 64 * 1024;
/** HTML5 form encoding of a header parameter, what browsers and urllib3 send: quote, CR and LF percent-escaped. */
function quoteParam(value) {
    return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function multipartBody(fields, file, boundary) {
    let b = boundary ?? (0,external_node_crypto_.randomBytes)(16).toString('hex');
    // A boundary must not occur inside a part; with 128 random bits only a hostile field could hold it.
    while (fields.some(([, value]) => value.includes(b)))
        b = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    const head = Buffer.from(fields
        .map(([name, value]) => `--${b}${CRLF}Content-Disposition: form-data; name="${quoteParam(name)}"${CRLF}${CRLF}${value}${CRLF}`)
        .join('')
        + `--${b}${CRLF}Content-Disposition: form-data; name="${quoteParam(file.field)}"; filename="${quoteParam(file.filename)}"${CRLF}`
        + `Content-Type: ${file.contentType}${CRLF}${CRLF}`, 'utf8');
    const tail = Buffer.from(`${CRLF}--${b}--${CRLF}`, 'utf8');
    const length = head.length + file.size + tail.length;
    return {
        boundary: b,
        contentType: `multipart/form-data; boundary=${b}`,
        length,
        async writeTo(dest, { onFileBytes, signal, holdLast } = {}) {
            const stopped = new Promise((resolve) => {
                if (signal?.aborted)
                    resolve(false);
                signal?.addEventListener('abort', () => resolve(false), { once: true });
            });
            // A failed write ends the request, which reports why itself (its 'error'): here it only means stop.
            /** Settles true when the socket has the bytes, false when it cannot take them. */
            const write = (chunk) => new Promise((resolve) => dest.write(chunk, (err) => resolve(!err)));
            /** false once the request is over: nothing more is written. */
            const until = (p) => Promise.race([p, stopped]);
            if (!(await until(write(head))))
                return;
            let sent = 0;
            if (file.size > 0) {
                const handle = await (0,external_node_fs_promises_.open)(file.path, 'r');
                const buffers = Array.from({ length: READ_BUFFERS }, () => Buffer.allocUnsafeSlow(Math.min(READ_CHUNK, file.size)));
                const taken = new Array(READ_BUFFERS);
                try {
                    for (let i = 0; sent < file.size; i = (i + 1) % READ_BUFFERS) {
                        // The socket may still hold this buffer's last bytes: it is read into again only once they are taken.
                        if (taken[i] && !(await until(taken[i])))
                            return;
                        const { bytesRead } = await handle.read(buffers[i], 0, Math.min(READ_CHUNK, file.size - sent), sent);
                        if (bytesRead === 0)
                            break;
                        if (signal?.aborted)
                            return;
                        const chunk = buffers[i].subarray(0, bytesRead);
                        const last = sent + bytesRead === file.size;
                        sent += bytesRead;
                        onFileBytes?.(sent);
                        if (last && holdLast) {
                            // The file's final bytes and the closing boundary wait; the rest of the last read goes now.
                            const split = Math.max(0, bytesRead - HELD_BYTES);
                            if (split > 0)
                                void write(chunk.subarray(0, split));
                            if (!(await until(holdLast(signal).then(() => true))))
                                return;
                            // Written after the first part, so its callback means the socket has taken both.
                            taken[i] = write(chunk.subarray(split));
                        }
                        else {
                            taken[i] = write(chunk);
                        }
                    }
                    for (const t of taken)
                        if (t && !(await until(t)))
                            return;
                }
                finally {
                    await handle.close();
                }
            }
            if (file.size === 0 && holdLast && !(await until(holdLast(signal).then(() => true))))
                return;
            if (sent !== file.size) {
                throw new Error(`${file.path} changed while it was being uploaded: expected ${file.size} bytes, read ${sent}`);
            }
            await until(new Promise((resolve) => dest.end(tail, () => resolve(true))));
        },
    };
}

;// CONCATENATED MODULE: ./lib/index-client/listing.js

/** One read of the project page, narrowed to one release. Failures throw (HttpStatusError, HttpError, UserError) for the caller's retry policy. */
async function readListedRelease(simpleUrl, project, version, opts = {}) {
    const url = projectPageUrl(simpleUrl, project);
    const answer = await fetchSimplePage(url, {
        ...(opts.authorization ? { authorization: opts.authorization } : {}),
        ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.transport ? { transport: opts.transport } : {}),
    });
    return listedRelease(answer, project, version);
}
/** A project page's answer narrowed to one release. */
function listedRelease(answer, project, version) {
    if (!answer.found)
        return { found: false, files: [], source: answer.url, projectMissing: true };
    const listed = releaseFiles(answer.page.files, project, version);
    const files = [];
    const unhashed = [];
    for (const f of listed) {
        if (!f.sha256) {
            unhashed.push(f.filename);
            continue;
        }
        files.push({
            filename: f.filename,
            sha256: f.sha256,
            url: f.url,
            ...(f.size !== undefined ? { size: f.size } : {}),
            ...(f.uploadTime ? { uploadTime: f.uploadTime } : {}),
            packagetype: f.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
        });
    }
    return { found: listed.length > 0, files, source: answer.page.url, ...(unhashed.length > 0 ? { unhashed } : {}) };
}

;// CONCATENATED MODULE: ./lib/index-client/json-api.js
/**
 * PyPI's JSON API (`/pypi/<project>/<version>/json`), PyPI's own and no
 * standard: read only for what the simple API cannot tell, each file's upload
 * time where the simple page gives none (PyPI's 14-day rule; telling a 200 for
 * a file already there from a fresh upload). The answer is validated rather
 * than trusted.
 */




function releaseJsonUrl(jsonBase, project, version) {
    return new URL(`${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/${encodeURIComponent(version)}/json`, jsonBase);
}
const json_api_HEX64 = /^[0-9a-f]{64}$/i;
/** Parses a release JSON document; throws on anything that is not one. */
function parseReleaseJson(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.y(`${source} did not answer with JSON; is the json-api-url right? (It should be the index's …/pypi/ base.)`);
    }
    const urls = data?.urls;
    if (!Array.isArray(urls))
        throw new errors/* UserError */.y(`${source} is not a PyPI JSON API release document (no "urls" list); set json-api-url to the index's …/pypi/ base.`);
    return urls.map((entry, i) => {
        const e = (entry ?? {});
        const digests = (e.digests ?? {});
        const sha256 = typeof digests.sha256 === 'string' ? digests.sha256 : undefined;
        if (typeof e.filename !== 'string' || !sha256 || !json_api_HEX64.test(sha256)) {
            throw new errors/* UserError */.y(`${source}: urls[${i}] lacks a filename or a sha256 digest; the index's JSON API cannot be used to verify files.`);
        }
        const blake = typeof digests.blake2b_256 === 'string' && json_api_HEX64.test(digests.blake2b_256) ? digests.blake2b_256.toLowerCase() : undefined;
        const when = typeof e.upload_time_iso_8601 === 'string' ? e.upload_time_iso_8601 : typeof e.upload_time === 'string' ? `${e.upload_time}Z` : undefined;
        const uploadTime = when !== undefined && !Number.isNaN(Date.parse(when)) ? new Date(when) : undefined;
        return {
            filename: e.filename,
            sha256: sha256.toLowerCase(),
            ...(blake ? { blake2b256: blake } : {}),
            ...(typeof e.size === 'number' ? { size: e.size } : {}),
            ...(typeof e.packagetype === 'string' ? { packagetype: e.packagetype } : {}),
            ...(uploadTime ? { uploadTime } : {}),
            ...(typeof e.url === 'string' ? { url: e.url } : {}),
        };
    });
}
/** The most a release document may hold (a release with thousands of files is a few MiB). */
const MAX_RELEASE_JSON_BYTES = 32 * 1024 * 1024;
/**
 * One GET of a release. 404 means nothing is there; a same-origin redirect (a
 * non-normalized name) is followed, since nothing secret travels with it;
 * other answers throw HttpStatusError (retryable for 429/5xx).
 */
async function fetchRelease(jsonBase, project, version, opts = {}) {
    let url = releaseJsonUrl(jsonBase, project, version);
    for (let hops = 0;; hops++) {
        const answer = await request_request(url, {
            headers: { Accept: 'application/json', 'Cache-Control': 'no-cache', 'User-Agent': USER_AGENT },
            ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
            timeouts: { idleMs: opts.timeoutMs ?? 30_000, deadlineMs: (opts.timeoutMs ?? 30_000) * 2 },
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.transport ? { transport: opts.transport } : {}),
        });
        // A 200 is the document, whole or not at all; of any other answer its message is enough.
        const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_RELEASE_JSON_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
        if (res.status === 404)
            return { found: false, files: [], source: url.href };
        if (res.status >= 300 && res.status < 400) {
            const location = headerText(res.headers.location);
            const next = location ? new URL(location, url) : undefined;
            if (!next || next.origin !== url.origin || hops >= 3) {
                throw new errors/* UserError */.y(`${url.href} redirected to ${next?.href ?? 'nowhere'}; set json-api-url to the index's JSON API base.`);
            }
            url = next;
            continue;
        }
        if (res.status !== 200) {
            const retryAfter = parseRetryAfter(headerText(res.headers['retry-after']));
            throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, retryAfter);
        }
        return { found: true, files: parseReleaseJson(res.body.toString('utf8'), url.href), source: url.href };
    }
}
const USER_AGENT = 'python-release-actions (pypi-publish)';

;// CONCATENATED MODULE: ./lib/index-client/provenance.js
/**
 * What an index says about who published a file: PyPI's Integrity API
 * (`GET /integrity/<project>/<version>/<filename>/provenance`, beside the JSON
 * API on the same site). 404 means the file carries no attestations; a
 * provenance object names the trusted publisher of each attestation bundle.
 * Read before an upload, so a release never ends up with mixed provenance.
 */




/** The Integrity API URL of a file; the API lives at the JSON API's site root (`…/pypi/` → `…/integrity/`). */
function provenanceUrl(jsonBase, project, version, filename) {
    return new URL(`../integrity/${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, jsonBase);
}
/** The most a provenance object may hold (two attestations of a few KiB each). */
const MAX_PROVENANCE_BYTES = 4 * 1024 * 1024;
/**
 * The provenance object at `url` (the Integrity API, or the PEP 740 link of a
 * simple page); undefined when the index answers 404 (no attestations).
 * `authorization` goes to `url`'s own origin only, never across a redirect.
 */
async function readProvenance(url, opts = {}) {
    const answer = await request_request(url, {
        headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json', 'User-Agent': USER_AGENT },
        ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
        timeouts: { idleMs: 30_000, deadlineMs: 60_000 },
        ...(opts.transport ? { transport: opts.transport } : {}),
    });
    const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_PROVENANCE_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
    if (res.status === 404)
        return undefined;
    if (res.status !== 200) {
        throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, parseRetryAfter(headerText(res.headers['retry-after'])));
    }
    let data;
    try {
        data = JSON.parse(res.body.toString('utf8'));
    }
    catch {
        throw new HttpStatusError(502, `GET ${url.href} did not answer with a provenance object`);
    }
    const malformed = [];
    if (!Array.isArray(data?.attestation_bundles))
        malformed.push('attestation_bundles is not a list');
    const bundles = [];
    for (const [i, b] of (Array.isArray(data?.attestation_bundles) ? data.attestation_bundles : []).entries()) {
        const bundle = typeof b === 'object' && b !== null && !Array.isArray(b) ? b : undefined;
        if (!bundle)
            malformed.push(`attestation_bundles[${i}] is not an object`);
        else if (!Array.isArray(bundle.attestations))
            malformed.push(`attestation_bundles[${i}].attestations is not a list`);
        else if (typeof bundle.publisher !== 'object' || bundle.publisher === null)
            malformed.push(`attestation_bundles[${i}].publisher is not an object`);
        else
            bundles.push(bundle);
    }
    return { attestation_bundles: bundles, malformed };
}
async function fetchProvenance(jsonBase, project, version, filename, opts = {}) {
    const provenance = await readProvenance(provenanceUrl(jsonBase, project, version, filename), opts);
    const bundles = provenance?.attestation_bundles ?? [];
    const publishers = bundles.map((b) => b.publisher).filter((p) => typeof p === 'object' && p !== null);
    return { filename, attested: bundles.length > 0, publishers };
}

;// CONCATENATED MODULE: ./lib/index-client/upload.js






/** An attempt that may succeed if repeated. */
class RetryableUploadError extends Error {
    ambiguous;
    retryAfterMs;
    status;
    constructor(message, 
    /** The whole file reached the index, which may have stored it: look before uploading again. */
    ambiguous, retryAfterMs, status) {
        super(message);
        this.ambiguous = ambiguous;
        this.retryAfterMs = retryAfterMs;
        this.status = status;
        this.name = 'RetryableUploadError';
    }
}
async function uploadAttempt(info, opts) {
    const body = multipartBody(opts.fields ?? uploadFields(info, opts.attestations), {
        field: 'content',
        filename: info.filename,
        contentType: 'application/octet-stream',
        path: info.path,
        size: info.size,
    });
    let res;
    let held;
    const holdLast = opts.holdLast
        ? (signal) => opts.holdLast(signal).catch((error) => {
            held = { error };
            throw error;
        })
        : undefined;
    try {
        // A streamed body: never sent to wherever a redirect points (the credentials stay with the upload URL).
        const answer = await request_request(opts.uploadUrl, {
            method: 'POST',
            headers: {
                'Content-Type': body.contentType,
                'Content-Length': body.length,
                'User-Agent': USER_AGENT,
            },
            ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
            send: (req, signal) => body.writeTo(req, { ...(opts.onProgress ? { onFileBytes: opts.onProgress } : {}), ...(holdLast ? { holdLast } : {}), signal }),
            timeouts: {
                idleMs: opts.idleTimeoutMs ?? 300_000,
                deadlineMs: Math.min(opts.deadlineMs ?? Infinity, timeouts_transferDeadlineMs(body.length)),
            },
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.transport ? { transport: opts.transport } : {}),
        });
        res = await readAnswer(answer, { maxBytes: 256 * 1024, overflow: 'truncate' });
    }
    catch (err) {
        // The hold ended the attempt before the body was complete: the index cannot have stored it.
        if (held)
            throw held.error;
        // The whole file reached the index before the failure: it may have stored it.
        if (err instanceof HttpError && isTransientNetworkError(err))
            throw new RetryableUploadError(err.message, err.bodySent);
        throw err;
    }
    const url = opts.uploadUrl.href;
    if (res.status >= 200 && res.status < 300) {
        const date = Date.parse(headerText(res.headers.date) ?? '');
        return { kind: 'accepted', warnings: (0,untrusted/* clip */.$Q)(res.body.toString('utf8').trim()), ...(Number.isNaN(date) ? {} : { serverDate: new Date(date) }) };
    }
    if (res.status >= 300 && res.status < 400) {
        return { kind: 'refused', status: res.status, message: redirectMessage(url, headerText(res.headers.location)) };
    }
    const message = answerMessage(res);
    if (saysAlreadyExists(res))
        return { kind: 'exists', message };
    if (isRetryableStatus(res.status)) {
        // The index answered after reading the whole body: a 5xx may come after the file was stored.
        const retryAfter = parseRetryAfter(headerText(res.headers['retry-after']));
        throw new RetryableUploadError(`${res.status} ${message}`, res.status >= 500, retryAfter, res.status);
    }
    return { kind: 'refused', status: res.status, message: refusalText(opts.uploadUrl, res.status, message) };
}
/** twine's special cases for a wrong URL, otherwise the index's own words. */
function refusalText(url, status, message) {
    if (status === 410 && /pypi\.python\.org/.test(url.hostname)) {
        return `${message}\nIt appears you're uploading to pypi.python.org (or testpypi.python.org). You've received a 410 error response. Uploading to those sites is deprecated. The new sites are pypi.org and test.pypi.org. Use repository: pypi or testpypi.`;
    }
    if (status === 405 && /pypi\.org$/.test(url.hostname)) {
        return `${message}\nIt appears you're trying to upload to pypi.org but have an invalid URL. You probably want one of these two URLs: https://upload.pypi.org/legacy/ or https://test.pypi.org/legacy/. Use repository: pypi or testpypi.`;
    }
    return message;
}

;// CONCATENATED MODULE: ./lib/index-client/trusted-publishing.js
/**
 * Trusted publishing (OIDC), as twine and pypa/gh-action-pypi-publish do it:
 * ask the index for its audience (`GET /_/oidc/audience`), get a GitHub OIDC
 * token for it, exchange that for a short-lived API token
 * (`POST /_/oidc/mint-token`), mask it before anything can print it, and mint
 * again before it expires on long runs. Failures are explained with the
 * token's non-secret claims, the way the PyPA action renders them.
 */





/** Claims shown when an exchange fails: none of them is secret. */
const RENDERED_CLAIMS = ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'workflow_ref', 'job_workflow_ref', 'ref', 'environment'];
const TOKEN_RETRIEVAL_FAILED = (error) => `OpenID Connect token retrieval failed: ${error}\n\n`
    + 'This generally indicates a workflow configuration error, such as insufficient permissions. '
    + 'Make sure that your workflow has `id-token: write` configured at the job level, e.g.:\n\n'
    + '```yaml\npermissions:\n  id-token: write\n```\n\n'
    + 'Learn more at https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings.';
const TOKEN_RETRIEVAL_FAILED_FORK = (error) => `OpenID Connect token retrieval failed: ${error}\n\n`
    + 'The workflow was run by a pull request from a fork. For security reasons, GitHub does not give these workflows '
    + 'OIDC permissions, even if `id-token: write` is explicitly configured. Publish from a workflow that runs on the '
    + 'main repository (push, release, workflow_dispatch) instead.';
/** What each refusal code of warehouse's mint-token means, and what to do about it. */
const MINT_ERROR_HELP = {
    'invalid-publisher': 'No trusted publisher on this index matches the claims below. On the project\'s "Publishing" settings, check the owner, '
        + 'the repository, the workflow filename (the file that contains this job, not a reusable workflow it calls) and the '
        + 'environment (when the publisher names one, the job must use exactly that environment). TestPyPI and PyPI are '
        + 'configured separately.',
    'invalid-pending-publisher': 'A pending publisher matched, but a project with that name already exists, so it cannot be created by this publisher. '
        + 'Add a trusted publisher on the existing project instead (Manage → Publishing), or ask its owners to.',
    'invalid-reuse-token': 'This GitHub OIDC token was already exchanged once; each token can be used only once. Rerun the job to get a fresh one.',
    'invalid-token': 'The index could not verify the GitHub OIDC token (signature, audience, issuer or expiry). Make sure the job\'s token '
        + 'is requested for the audience the index names, and rerun the job.',
    'invalid-payload': 'The index could not read the token request (a malformed token, or one from an issuer it does not trust). '
        + 'Make sure the token comes from GitHub Actions\' OIDC provider.',
    'not-enabled': 'Trusted publishing is switched off on this index. Use an API token (the token input) instead, or try again later.',
};
/** Decodes a JWT's payload without verifying it: only to show claims and compare the workflow refs. */
function unverifiedClaims(jwt) {
    const parts = jwt.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const data = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return data && typeof data === 'object' && !Array.isArray(data) ? data : undefined;
    }
    catch {
        return undefined;
    }
}
function renderClaims(claims) {
    const lines = RENDERED_CLAIMS.map((name) => {
        const value = claims?.[name];
        return `* \`${name}\`: \`${value === undefined || value === null ? 'MISSING' : String(value)}\``;
    });
    return lines.join('\n');
}
/** The API token for uploads, minted on first use and again shortly before it expires. */
class TrustedPublisher {
    opts;
    current;
    pending;
    audience;
    warned = false;
    /** How many tokens were minted (one, unless the run outlived one). */
    mints = 0;
    constructor(opts) {
        this.opts = opts;
    }
    now() {
        return this.opts.now ? this.opts.now() : Date.now();
    }
    /** `Basic base64(__token__:<token>)` valid for a while yet. */
    async authorization() {
        const token = await this.token();
        return `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`;
    }
    /** The current token, renewed when less than a third of its life (at most 5 minutes) remains. */
    async token() {
        const now = this.now();
        const cur = this.current;
        if (cur) {
            const renewBefore = Math.min(5 * 60_000, (cur.expires - cur.minted) / 3);
            if (cur.expires - now > renewBefore)
                return cur.token;
        }
        this.pending ??= this.mint().finally(() => {
            this.pending = undefined;
        });
        const minted = await this.pending;
        this.current = minted;
        return minted.token;
    }
    /** Forgets the current token, so the next upload gets a freshly minted one (after the index refused it). */
    invalidate() {
        this.current = undefined;
    }
    /** One small exchange with the index's OIDC endpoints, its answer read whole (at most 1 MiB). */
    async exchange(url, init) {
        const res = await request_request(url, {
            ...init,
            timeouts: { idleMs: 10_000, deadlineMs: 20_000 },
            ...(this.opts.transport ? { transport: this.opts.transport } : {}),
        });
        return readAnswer(res, { maxBytes: 1024 * 1024 });
    }
    retryOptions(what) {
        return { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 20_000, maxElapsedMs: 120_000, what, ...this.opts.retry };
    }
    async discoverAudience() {
        if (this.audience)
            return this.audience;
        const url = new URL('/_/oidc/audience', this.opts.base);
        const domain = this.opts.base.host;
        const res = await withRetry(async () => {
            const r = await this.exchange(url, { headers: { Accept: 'application/json', 'User-Agent': USER_AGENT } });
            if (r.status === 429 || r.status >= 500)
                throw new HttpStatusError(r.status, `GET ${url.href} answered ${r.status}`, parseRetryAfter(headerText(r.headers['retry-after'])));
            return r;
        }, httpRetryDecision, this.retryOptions(`GET ${url.href}`), this.opts.log).catch((err) => {
            if (err instanceof HttpError && err.code === 'EBODYTOOLARGE')
                throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: ${err.message}.`);
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: ${domain} could not be reached (${err.message}).`);
        });
        if (res.status === 403)
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} has trusted publishing disabled. Use an API token (the token input) instead.`);
        if (res.status === 404)
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} does not indicate trusted publishing support. Use an API token (the token input) for this index.`);
        if (res.status !== 200)
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: repository at ${domain} responded with unexpected ${res.status}: ${answerMessage(res)}`);
        let audience;
        try {
            audience = JSON.parse(res.body.toString('utf8')).audience;
        }
        catch {
            audience = undefined;
        }
        if (typeof audience !== 'string' || audience === '') {
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: audience retrieval failed: ${url.href} did not answer with {"audience": "…"}.`);
        }
        // The job's token for this audience goes to the index: one meant for another service would let the index act as this workflow there.
        const misuse = this.opts.expectedAudience !== undefined && audience !== this.opts.expectedAudience
            ? `${domain} is ${this.opts.expectedAudience === 'pypi' ? 'PyPI' : 'TestPyPI'}, whose audience is "${this.opts.expectedAudience}"`
            : foreignAudience(audience);
        if (misuse) {
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: ${domain} asks for a GitHub OIDC token with the audience ${JSON.stringify((0,untrusted/* clip */.$Q)(audience))}, and ${misuse}. `
                + 'A token for that audience would let the index act as this workflow elsewhere, so none was requested. Check the repository input, or use an API token for this index.');
        }
        this.audience = audience;
        return audience;
    }
    async idToken(audience) {
        let jwt;
        try {
            jwt = await this.opts.getIdToken(audience);
        }
        catch (err) {
            const text = err instanceof Error ? err.message : String(err);
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: ${this.opts.forkPullRequest ? TOKEN_RETRIEVAL_FAILED_FORK(text) : TOKEN_RETRIEVAL_FAILED(text)}`);
        }
        this.opts.mask(jwt);
        return jwt;
    }
    async mint() {
        const audience = await this.discoverAudience();
        const url = new URL('/_/oidc/mint-token', this.opts.base);
        // A fresh GitHub token for every attempt: the index accepts each one once, even if its answer got lost.
        return withRetry(async () => {
            const jwt = await this.idToken(audience);
            const claims = unverifiedClaims(jwt);
            if (!this.warned && claims && claims.workflow_ref !== undefined && claims.job_workflow_ref !== undefined && claims.workflow_ref !== claims.job_workflow_ref) {
                this.warned = true;
                this.opts.log.warning(`Potential workflow misconfiguration: this job runs in the reusable workflow ${String(claims.job_workflow_ref)}, called by ${String(claims.workflow_ref)}. `
                    + 'Reusable workflows are not currently supported by PyPI\'s trusted publishing (https://github.com/pypa/gh-action-pypi-publish/issues/166): '
                    + 'if the exchange fails, move the publishing job into the calling workflow.');
            }
            const started = this.now();
            const res = await this.exchange(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': USER_AGENT },
                body: JSON.stringify({ token: jwt }),
            });
            if (res.status === 429 || res.status >= 500) {
                throw new HttpStatusError(res.status, `POST ${url.href} answered ${res.status}`, parseRetryAfter(headerText(res.headers['retry-after'])));
            }
            let data;
            try {
                data = JSON.parse(res.body.toString('utf8'));
            }
            catch {
                data = undefined;
            }
            if (!data || typeof data !== 'object') {
                throw new errors/* UserError */.y(`Trusted publishing exchange failure: Token request failed: the index produced an unexpected ${res.status} response.\n\n`
                    + 'This strongly suggests a server configuration or downtime issue; wait a few minutes and try again. '
                    + 'You can monitor PyPI\'s status here: https://status.python.org/');
            }
            if (res.status !== 200)
                throw new errors/* UserError */.y(refusal(res.status, data, claims));
            if (typeof data.token !== 'string' || data.token === '') {
                throw new errors/* UserError */.y('Trusted publishing exchange failure: Token response error: the index gave us an invalid response. This is likely a bug in the index.');
            }
            this.opts.mask(data.token);
            this.mints++;
            const expires = typeof data.expires === 'number' ? data.expires * 1000 : started + 15 * 60_000;
            this.opts.log.info(`Trusted publishing: minted a PyPI API token for audience "${audience}", valid until ${new Date(expires).toISOString()}.`);
            return { token: data.token, expires, minted: started };
        }, (err) => (err instanceof errors/* UserError */.y ? { retry: false } : httpRetryDecision(err)), this.retryOptions(`POST ${url.href}`), this.opts.log).catch((err) => {
            if (err instanceof errors/* UserError */.y)
                throw err;
            throw new errors/* UserError */.y(`Trusted publishing exchange failure: the token exchange with ${url.origin} failed: ${err.message}. Try again later.`);
        });
    }
}
/**
 * Audiences of services other than a package index, which accept GitHub's OIDC tokens: Sigstore's
 * signing (Fulcio), AWS, Azure and Google Cloud role federation.
 */
function foreignAudience(audience) {
    const a = audience.trim().toLowerCase();
    if (a === 'sigstore')
        return 'that is the audience of Sigstore\'s signing service';
    if (a === 'sts.amazonaws.com' || a.endsWith('.amazonaws.com'))
        return 'that is the audience of AWS role federation';
    if (a.startsWith('api://azureadtokenexchange'))
        return 'that is the audience of Azure workload identity federation';
    if (a.includes('iam.googleapis.com'))
        return 'that is the audience of Google Cloud workload identity federation';
    return undefined;
}
/** Reasons of a refused exchange listed at most. */
const MAX_REASONS = 10;
function refusal(status, data, claims) {
    const errors = Array.isArray(data.errors)
        ? data.errors.filter((e) => !!e && typeof e === 'object')
        : [];
    // The index's words, each cut to a message's length, and no more of them than a person reads.
    const shown = errors.slice(0, MAX_REASONS);
    const reasons = errors.length > 0
        ? shown.map((e) => `* \`${(0,untrusted/* clip */.$Q)(String(e.code ?? 'unknown'))}\`: ${(0,untrusted/* clip */.$Q)(String(e.description ?? ''))}`).join('\n')
            + (errors.length > shown.length ? `\n* … and ${errors.length - shown.length} more` : '')
        : `* ${typeof data.message === 'string' ? (0,untrusted/* clip */.$Q)(data.message) : `HTTP ${status}`}`;
    const help = [...new Set(errors.map((e) => String(e.code ?? '')))].map((code) => MINT_ERROR_HELP[code]).filter((h) => !!h);
    return 'Trusted publishing exchange failure: Token request failed: the server refused the request for the following reasons:\n\n'
        + `${reasons}\n\n`
        + (help.length > 0 ? `${help.join('\n\n')}\n\n` : '')
        + 'This generally indicates a trusted publisher configuration error, but could also indicate an internal error on GitHub or the index\'s part.\n\n'
        + 'The claims rendered below are **for debugging purposes only**. You should **not** use them to configure a trusted publisher unless they already match your expectations.\n\n'
        + 'If a claim is not present in the claim set, then it is rendered as `MISSING`.\n\n'
        + renderClaims(claims)
        + '\n\nSee https://docs.pypi.org/trusted-publishers/troubleshooting/ for more help.';
}

;// CONCATENATED MODULE: ./lib/index-client/auth.js
/** HTTP Basic, as twine and pip send it. */
function basicAuthorization(user, password) {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}
/** A user and password; both the password and the header's base64 are masked at once. */
function passwordCredentials(user, password, mask) {
    const header = basicAuthorization(user, password);
    mask(password);
    mask(header.slice('Basic '.length));
    return { kind: user === '__token__' ? 'token' : 'password', authorization: async () => header, readAuthorization: header, refused: () => false };
}
function tokenCredentials(token, mask) {
    return passwordCredentials('__token__', token, mask);
}
function trustedCredentials(publisher, mask) {
    let retried = false;
    return {
        kind: 'trusted-publishing',
        authorization: async () => {
            const header = await publisher.authorization();
            mask(header.slice('Basic '.length));
            return header;
        },
        refused: () => {
            if (retried)
                return false;
            retried = true;
            publisher.invalidate();
            return true;
        },
    };
}

;// CONCATENATED MODULE: ./lib/index-client/index.js
/** The package index client: endpoints, the simple API (what an index holds), the legacy upload API, PyPI's JSON and Integrity APIs, and trusted publishing. */












// EXTERNAL MODULE: ./lib/index-server/index.js + 11 modules
var index_server = __webpack_require__(8675);
// EXTERNAL MODULE: ./lib/index-server/distributions.js
var index_server_distributions = __webpack_require__(36263);
// EXTERNAL MODULE: ./lib/index-server/http.js
var http = __webpack_require__(7854);
;// CONCATENATED MODULE: ./lib/index-server/oidc.js
/**
 * Trusted publishing on the local index, following warehouse
 * (`warehouse/oidc/views.py`): `GET /_/oidc/audience`, and
 * `POST /_/oidc/mint-token` (also the legacy `/_/oidc/github/mint-token`),
 * which verifies a GitHub Actions OIDC token (RS256 with a public key, or
 * HS256 with a shared secret), checks issuer, audience, expiry and single use
 * of its `jti`, matches the claims against configured publishers
 * (repository, workflow file, environment) and answers with a short-lived API
 * token the index's upload authentication then accepts — or with 422 and
 * warehouse's error codes and texts.
 */



const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const MISSING = 'Token request failed';
function createTrustedPublishing(opts) {
    const audience = opts.audience ?? 'pypi';
    const issuer = opts.issuer ?? GITHUB_ISSUER;
    const lifetime = opts.tokenLifetimeSeconds ?? 900;
    const leeway = opts.leewaySeconds ?? 60;
    const enabled = opts.enabled ?? true;
    const githubEnabled = opts.githubEnabled ?? true;
    const clock = () => (opts.now ? opts.now() : new Date()).getTime() / 1000;
    const minted = [];
    const answers = [];
    const tokens = new Map();
    const usedJti = new Set();
    const invalid = (res, code, description) => {
        answers.push({ status: 422, code });
        (0,http/* sendJson */.jD)(res, 422, { message: MISSING, errors: [{ code, description }] });
    };
    const audienceRoute = (_req, res) => {
        if (!enabled) {
            (0,http/* sendJson */.jD)(res, 403, { message: 'Trusted publishing functionality not enabled' });
            return;
        }
        (0,http/* sendJson */.jD)(res, 200, { audience });
    };
    const mintRoute = async (req, res, _m, ctx) => {
        const raw = await readBody(req, 64 * 1024);
        let payload;
        try {
            payload = JSON.parse(raw);
        }
        catch {
            invalid(res, 'invalid-payload', `1 validation error for TokenPayload\n  Invalid JSON [type=json_invalid, input_value=${JSON.stringify(raw.slice(0, 40))}, input_type=str]`);
            return;
        }
        const token = payload?.token;
        if (typeof token !== 'string') {
            invalid(res, 'invalid-payload', `1 validation error for TokenPayload\ntoken\n  ${token === undefined ? 'Field required [type=missing]' : 'Input should be a valid string [type=string_type]'}`);
            return;
        }
        const decoded = decodeJwt(token);
        if (!decoded) {
            invalid(res, 'invalid-payload', 'malformed JWT');
            return;
        }
        if (decoded.claims.iss !== issuer) {
            invalid(res, 'invalid-payload', 'unknown trusted publishing issuer');
            return;
        }
        if (!enabled || !githubEnabled) {
            invalid(res, 'not-enabled', 'GitHub trusted publishing functionality not enabled');
            return;
        }
        const claims = decoded.claims;
        if (!verifySignature(decoded, opts.key) || !timesValid(claims, clock(), leeway) || !audienceMatches(claims.aud, audience) || typeof claims.jti !== 'string') {
            invalid(res, 'invalid-token', 'malformed or invalid token');
            return;
        }
        const existing = new Set(ctx.files().map((f) => f.project));
        const pending = (opts.pendingPublishers ?? []).find((p) => matches(p, claims));
        if (pending && existing.has((0,index_server_distributions/* normalizeName */.Pc)(pending.project))) {
            invalid(res, 'invalid-pending-publisher', 'valid token, but project already exists');
            return;
        }
        const publisher = pending ?? (opts.publishers ?? []).find((p) => matches(p, claims));
        if (!publisher) {
            invalid(res, 'invalid-publisher', 'valid token, but no corresponding publisher (Publisher with matching claims was not found)');
            return;
        }
        if (usedJti.has(claims.jti)) {
            invalid(res, 'invalid-reuse-token', 'invalid token: already used');
            return;
        }
        usedJti.add(claims.jti);
        const apiToken = `pypi-${(0,external_node_crypto_.randomBytes)(48).toString('base64url')}`;
        const expires = Math.floor(clock()) + lifetime;
        tokens.set(apiToken, { expires, publisher });
        minted.push({ token: apiToken, expires, claims });
        answers.push({ status: 200 });
        ctx.log.info(`local index: minted a ${lifetime}-second upload token for ${String(claims.repository)} (${String(claims.job_workflow_ref)})`);
        (0,http/* sendJson */.jD)(res, 200, { success: true, token: apiToken, expires });
    };
    return {
        routes: [
            { methods: ['GET'], path: '/_/oidc/audience', handle: audienceRoute },
            { methods: ['POST'], path: '/_/oidc/mint-token', handle: mintRoute },
            { methods: ['POST'], path: '/_/oidc/github/mint-token', handle: mintRoute },
        ],
        acceptToken(token) {
            const minted = tokens.get(token);
            return minted !== undefined && clock() < minted.expires;
        },
        publisherOf(token) {
            const minted = tokens.get(token);
            return minted !== undefined && clock() < minted.expires ? minted.publisher : undefined;
        },
        minted,
        answers,
        usedJti,
    };
}
/**
 * A GitHub Actions OIDC token checked as warehouse and Fulcio check it: signature (RS256 with a public
 * key, HS256 with a secret), issuer, audience, expiry with leeway and a `jti`. The claims, or why not.
 */
function verifyIdToken(token, opts) {
    const decoded = decodeJwt(token);
    if (!decoded)
        return { error: 'malformed' };
    if (decoded.claims.iss !== opts.issuer)
        return { error: 'issuer' };
    const claims = decoded.claims;
    if (!verifySignature(decoded, opts.key) || !timesValid(claims, opts.nowSeconds, opts.leewaySeconds) || !audienceMatches(claims.aud, opts.audience) || typeof claims.jti !== 'string') {
        return { error: 'invalid' };
    }
    return { claims };
}
function decodeJwt(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)))
        return undefined;
    try {
        const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (!isObject(header) || !isObject(claims))
            return undefined;
        return { header, claims, signingInput: `${parts[0]}.${parts[1]}`, signature: Buffer.from(parts[2], 'base64url') };
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function verifySignature(jwt, key) {
    const alg = jwt.header.alg;
    const isSecret = typeof key === 'string' || Buffer.isBuffer(key) || key.type === 'secret';
    if (alg === 'HS256' && isSecret) {
        const expected = (0,external_node_crypto_.createHmac)('sha256', key).update(jwt.signingInput).digest();
        return expected.length === jwt.signature.length && (0,external_node_crypto_.timingSafeEqual)(expected, jwt.signature);
    }
    if (alg === 'RS256' && !isSecret) {
        try {
            return (0,external_node_crypto_.createVerify)('RSA-SHA256').update(jwt.signingInput).verify(key, jwt.signature);
        }
        catch {
            return false;
        }
    }
    return false; // "none" and algorithms the key does not fit are refused
}
function timesValid(claims, now, leeway) {
    const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
    const exp = num(claims.exp);
    if (exp === undefined || now > exp + leeway)
        return false;
    const nbf = num(claims.nbf);
    if (nbf !== undefined && now + leeway < nbf)
        return false;
    const iat = num(claims.iat);
    if (iat !== undefined && now + leeway < iat)
        return false;
    return true;
}
function audienceMatches(aud, audience) {
    return aud === audience || (Array.isArray(aud) && aud.includes(audience));
}
/** warehouse's GitHub publisher: repository, the workflow file in job_workflow_ref, and the environment when configured. */
function matches(p, claims) {
    if (typeof claims.repository !== 'string' || claims.repository.toLowerCase() !== p.repository.toLowerCase())
        return false;
    const ref = typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : '';
    if (!ref.toLowerCase().startsWith(`${p.repository}/.github/workflows/${p.workflow}@`.toLowerCase()))
        return false;
    if (p.environment !== undefined) {
        if (typeof claims.environment !== 'string' || claims.environment.toLowerCase() !== p.environment.toLowerCase())
            return false;
    }
    return true;
}
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/fulcio/ca.js
var fulcio_ca = __webpack_require__(18239);
// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/fulcio/ctlog.js
var fulcio_ctlog = __webpack_require__(90756);
// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/rekor/tlog.js
var rekor_tlog = __webpack_require__(35814);
// EXTERNAL MODULE: ./lib/attestations/identity.js
var identity = __webpack_require__(82165);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(97309);
;// CONCATENATED MODULE: ./lib/sigstore-local/fulcio-claims.js
/**
 * What Fulcio writes into a certificate for a GitHub Actions token
 * (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md and its
 * GitHub workflow principal): the SAN is the job's workflow ref as a URL, and
 * each claim it knows becomes a v2 extension (a DER UTF8String).
 */

const GITHUB = 'https://github.com';
/** Undefined when the token lacks what Fulcio needs for a GitHub workflow identity. */
function githubIdentity(claims) {
    const text = (key) => (typeof claims[key] === 'string' && claims[key] !== '' ? claims[key] : undefined);
    const jobWorkflowRef = text('job_workflow_ref');
    const iss = text('iss');
    if (!jobWorkflowRef || !iss)
        return undefined;
    const repository = text('repository');
    const runId = text('run_id');
    const runAttempt = text('run_attempt');
    const values = [
        [identity.FULCIO_OIDS.issuer, iss],
        [identity.FULCIO_OIDS.buildSignerUri, `${GITHUB}/${jobWorkflowRef}`],
        [identity.FULCIO_OIDS.buildSignerDigest, text('job_workflow_sha')],
        [identity.FULCIO_OIDS.runnerEnvironment, text('runner_environment')],
        [identity.FULCIO_OIDS.sourceRepositoryUri, repository && `${GITHUB}/${repository}`],
        [identity.FULCIO_OIDS.sourceRepositoryDigest, text('sha')],
        [identity.FULCIO_OIDS.sourceRepositoryRef, text('ref')],
        [identity.FULCIO_OIDS.sourceRepositoryIdentifier, text('repository_id')],
        [identity.FULCIO_OIDS.sourceRepositoryOwnerUri, text('repository_owner') && `${GITHUB}/${text('repository_owner')}`],
        [identity.FULCIO_OIDS.sourceRepositoryOwnerIdentifier, text('repository_owner_id')],
        [identity.FULCIO_OIDS.buildConfigUri, text('workflow_ref') && `${GITHUB}/${text('workflow_ref')}`],
        [identity.FULCIO_OIDS.buildConfigDigest, text('workflow_sha')],
        [identity.FULCIO_OIDS.buildTrigger, text('event_name')],
        [identity.FULCIO_OIDS.runInvocationUri, repository && runId && runAttempt ? `${GITHUB}/${repository}/actions/runs/${runId}/attempts/${runAttempt}` : undefined],
        [identity.FULCIO_OIDS.sourceRepositoryVisibilityAtSigning, text('repository_visibility')],
    ];
    return {
        subjectAlternativeName: `${GITHUB}/${jobWorkflowRef}`,
        extensions: values.filter((v) => v[1] !== undefined).map(([oid, value]) => ({ oid, value })),
    };
}

;// CONCATENATED MODULE: ./lib/sigstore-local/rekor-entries.js
/**
 * What Rekor stores for a proposed entry. For `dsse` v0.0.1 it checks the
 * envelope's signature against the submitted verifier (a certificate) and
 * keeps hashes instead of the envelope: envelopeHash, payloadHash and the
 * signature with its verifier — the canonicalized body clients compare
 * against their bundle. `hashedrekord` is stored as proposed. Anything else is
 * refused, with the reason.
 */


function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function canonicalEntry(proposed) {
    const p = proposed;
    if (!p || typeof p !== 'object' || typeof p.spec !== 'object' || p.spec === null)
        return 'The proposed entry has no spec';
    if (p.kind === 'hashedrekord' && p.apiVersion === '0.0.1')
        return { apiVersion: '0.0.1', kind: 'hashedrekord', spec: p.spec };
    if (p.kind !== 'dsse' || p.apiVersion !== '0.0.1')
        return `Entries of kind ${String(p.kind)} ${String(p.apiVersion)} are not supported here (dsse 0.0.1, hashedrekord 0.0.1)`;
    const content = p.spec.proposedContent;
    if (!content || typeof content.envelope !== 'string' || !Array.isArray(content.verifiers) || content.verifiers.length !== 1 || typeof content.verifiers[0] !== 'string') {
        return 'A dsse entry needs proposedContent.envelope and exactly one verifier';
    }
    let envelope;
    try {
        envelope = JSON.parse(content.envelope);
    }
    catch {
        return 'The DSSE envelope is not JSON';
    }
    if (typeof envelope.payload !== 'string' || typeof envelope.payloadType !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length !== 1 || typeof envelope.signatures[0].sig !== 'string') {
        return 'The DSSE envelope needs a payload, a payloadType and exactly one signature';
    }
    const verifierPem = Buffer.from(content.verifiers[0], 'base64').toString('utf8');
    const payload = Buffer.from(envelope.payload, 'base64');
    const signature = Buffer.from(envelope.signatures[0].sig, 'base64');
    try {
        const key = new external_node_crypto_.X509Certificate(verifierPem).publicKey;
        if (!(0,external_node_crypto_.verify)('sha256', pae(envelope.payloadType, payload), key, signature))
            return 'The DSSE signature does not verify with the submitted certificate';
    }
    catch {
        return 'The verifier is not a PEM certificate';
    }
    return {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
            envelopeHash: { algorithm: 'sha256', value: (0,hashing/* digestBytes */.QN)(content.envelope, 'sha256').toString('hex') },
            payloadHash: { algorithm: 'sha256', value: (0,hashing/* digestBytes */.QN)(payload, 'sha256').toString('hex') },
            signatures: [{ signature: envelope.signatures[0].sig, verifier: content.verifiers[0] }],
        },
    };
}

;// CONCATENATED MODULE: ./lib/sigstore-local/server.js
/**
 * A local stand-in for Sigstore's public-good instance, on loopback, for the
 * tests and the rehearsal: a Fulcio-like CA (`POST /api/v2/signingCert`) that
 * issues ten-minute certificates only for valid tokens of the local OIDC
 * issuer (audience `sigstore`, proof of possession of the key), with Fulcio's
 * GitHub claims as extensions and an embedded SCT; and a Rekor-like log
 * (`POST /api/v1/log/entries`) answering with a signed entry timestamp and an
 * inclusion proof under a signed checkpoint. The certificate authority, the
 * CT log and the transparency log are @sigstore/mock's (sigstore-js's own
 * test doubles); this file puts them behind real HTTP and in front of token
 * checks. It publishes the trust root (TUF trusted_root.json format) and the
 * signing config that make sigstore-js sign and verify against it.
 *
 * Limits of the stand-in, by design of @sigstore/mock: every log entry is its
 * own one-leaf tree (random log index), and every certificate has the same
 * serial number. Nothing is kept across restarts; a kept trust root still
 * verifies what was signed while it ran.
 */











const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const TRUST_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
const BODY_LIMIT = 1024 * 1024;
function ecKeyPair() {
    return (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
}
function spki(key) {
    return key.export({ format: 'der', type: 'spki' });
}
function pem(der) {
    const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
function server_readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size <= BODY_LIMIT)
                chunks.push(chunk);
        });
        req.on('end', () => resolve(size > BODY_LIMIT ? undefined : Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function sendJson(res, status, value) {
    const body = Buffer.from(JSON.stringify(value));
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
    res.end(body);
}
async function startLocalSigstore(opts) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const issuer = opts.issuer ?? identity.GITHUB_ISSUER;
    const audience = opts.audience ?? 'sigstore';
    const started = new Date(Date.now() - 60_000);
    const caKeys = ecKeyPair();
    const ctKeys = ecKeyPair();
    const tlogKeys = ecKeyPair();
    const ctlog = await (0,fulcio_ctlog.initializeCTLog)(ctKeys);
    const ca = await (0,fulcio_ca.initializeCA)(caKeys, ctlog);
    const certificates = [];
    const refusals = [];
    let entries = 0;
    let tlog;
    const refuse = (res, status, message) => {
        refusals.push({ status, message });
        log.debug(`local sigstore: ${status} ${message}`);
        // Fulcio's and Rekor's error shape: a gRPC-style code and a message.
        sendJson(res, status, { code: status === 401 ? 16 : 3, message });
    };
    const signingCert = async (body, res) => {
        let request;
        try {
            request = JSON.parse(body.toString('utf8'));
        }
        catch {
            refuse(res, 400, 'The request body is not JSON');
            return;
        }
        const token = request?.credentials?.oidcIdentityToken;
        const publicKey = request?.publicKeyRequest?.publicKey?.content;
        const proof = request?.publicKeyRequest?.proofOfPossession;
        if (typeof token !== 'string' || typeof publicKey !== 'string' || typeof proof !== 'string') {
            refuse(res, 400, 'The request needs credentials.oidcIdentityToken and publicKeyRequest (publicKey, proofOfPossession)');
            return;
        }
        const checked = verifyIdToken(token, { key: opts.oidcKey, issuer, audience, nowSeconds: Date.now() / 1000, leewaySeconds: 60 });
        if ('error' in checked) {
            refuse(res, 401, 'There was an error processing the identity token');
            return;
        }
        const identity = githubIdentity(checked.claims);
        const subject = checked.claims.sub;
        if (!identity || typeof subject !== 'string') {
            refuse(res, 400, 'The identity token is not a GitHub Actions workflow token (no job_workflow_ref or sub)');
            return;
        }
        let key;
        try {
            const proven = (0,external_node_crypto_.verify)('sha256', Buffer.from(subject), publicKey, Buffer.from(proof, 'base64'));
            if (!proven)
                throw new Error('proof');
            key = Buffer.from(publicKey.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
        }
        catch {
            refuse(res, 400, 'The public key is not valid or the proof of possession does not verify');
            return;
        }
        const leaf = await ca.issueCertificate({ publicKey: key, subjectAltName: identity.subjectAlternativeName, extensions: identity.extensions });
        certificates.push({ subjectAlternativeName: identity.subjectAlternativeName, claims: checked.claims });
        log.info(`local sigstore: issued a certificate for ${identity.subjectAlternativeName}`);
        sendJson(res, 201, {
            signedCertificateEmbeddedSct: { chain: { certificates: [pem(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength)), pem(ca.rootCertificate)] } },
        });
    };
    const logEntry = async (body, res) => {
        let proposed;
        try {
            proposed = JSON.parse(body.toString('utf8'));
        }
        catch {
            refuse(res, 400, 'The proposed entry is not JSON');
            return;
        }
        const stored = canonicalEntry(proposed);
        if (typeof stored === 'string') {
            refuse(res, 400, stored);
            return;
        }
        const entry = await tlog.log(stored);
        entries++;
        sendJson(res, 201, entry);
    };
    const server = (0,external_node_http_.createServer)((req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        void (async () => {
            if (req.method !== 'POST' || (path !== '/api/v2/signingCert' && path !== '/api/v1/log/entries')) {
                req.resume();
                refuse(res, 404, `No route for ${req.method ?? ''} ${path}`);
                return;
            }
            const body = await server_readBody(req);
            if (!body) {
                refuse(res, 413, 'The request body is too large');
                return;
            }
            await (path === '/api/v2/signingCert' ? signingCert(body, res) : logEntry(body, res));
        })().catch((err) => {
            log.error(`local sigstore: ${req.method} ${path} failed: ${err instanceof Error ? err.message : String(err)}`);
            if (!res.headersSent)
                sendJson(res, 500, { code: 13, message: 'internal error' });
            else
                res.destroy();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, opts.host ?? '127.0.0.1', () => resolve());
    });
    const address = server.address();
    const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
    tlog = await (0,rekor_tlog.initializeTLog)(url, tlogKeys);
    const validFor = { start: started.toISOString() };
    const tlogKey = spki(tlogKeys.publicKey);
    const trustedRoot = {
        mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
        tlogs: [{
                baseUrl: url,
                hashAlgorithm: 'SHA2_256',
                publicKey: { rawBytes: tlogKey.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
                logId: { keyId: (0,hashing/* digestBytes */.QN)(tlogKey, 'sha256').toString('base64') },
            }],
        certificateAuthorities: [{
                subject: { organization: 'python-release-actions', commonName: 'local sigstore stand-in' },
                uri: url,
                certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate).toString('base64') }] },
                validFor,
            }],
        ctlogs: [{
                baseUrl: url,
                hashAlgorithm: 'SHA2_256',
                publicKey: { rawBytes: spki(ctKeys.publicKey).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
                logId: { keyId: Buffer.from(ctlog.logID).toString('base64') },
            }],
        timestampAuthorities: [],
    };
    const signingConfig = {
        mediaType: SIGNING_CONFIG_MEDIA_TYPE,
        caUrls: [{ url, majorApiVersion: 1, validFor, operator: 'python-release-actions (local)' }],
        oidcUrls: [],
        rekorTlogUrls: [{ url, majorApiVersion: 1, validFor, operator: 'python-release-actions (local)' }],
        tsaUrls: [],
        rekorTlogConfig: { selector: 'ANY' },
    };
    log.info(`local sigstore: Fulcio and Rekor stand-ins at ${url}`);
    let closing;
    return {
        url,
        fulcioUrl: url,
        rekorUrl: url,
        trustedRoot,
        signingConfig,
        trustConfig: () => ({ mediaType: TRUST_CONFIG_MEDIA_TYPE, trustedRoot, signingConfig }),
        certificates,
        get entries() {
            return entries;
        },
        refusals,
        close: () => {
            closing ??= new Promise((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            return closing;
        },
    };
}

;// CONCATENATED MODULE: ./lib/sigstore-local/oidc-issuer.js
/**
 * A local stand-in for GitHub Actions' OIDC token issuer, in process: RS256
 * tokens with the claims a workflow run gets (repository, the workflow ref,
 * a fresh `jti`), for any audience. The embedded index's trusted publishing
 * (audience `pypi`) and the local Sigstore's Fulcio (audience `sigstore`)
 * verify them with `publicKey`, so the rehearsal signs and publishes as a
 * workflow does, with nothing leaving the machine. The tests' HTTP endpoint
 * (test/support/oidc.ts) signs with `signJwt` too.
 */


/** A compact JWS (RS256) of these claims. */
function signJwt(claims, key, kid = 'local-key') {
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
    return `${input}.${(0,external_node_crypto_.createSign)('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
}
/** The claims GitHub gives a job of `workflow` in `repository` on `ref`. */
function workflowClaims(opts) {
    const ref = opts.ref ?? 'refs/heads/main';
    const workflowRef = `${opts.repository}/.github/workflows/${opts.workflow}@${ref}`;
    return {
        sub: `repo:${opts.repository}:ref:${ref}`,
        repository: opts.repository,
        repository_owner: opts.repository.split('/')[0],
        workflow_ref: workflowRef,
        job_workflow_ref: workflowRef,
        ref,
        ref_type: 'branch',
        ...(opts.sha ? { sha: opts.sha } : {}),
        event_name: 'workflow_dispatch',
        runner_environment: 'self-hosted',
    };
}
function createLocalOidcIssuer(claims) {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    const issued = [];
    return {
        publicKey,
        issuer: identity.GITHUB_ISSUER,
        issued,
        token(audience) {
            const now = Math.floor(Date.now() / 1000);
            const jwt = signJwt({ ...claims, jti: (0,external_node_crypto_.randomUUID)(), aud: audience, iss: identity.GITHUB_ISSUER, iat: now, nbf: now - 5, exp: now + 300 }, privateKey);
            issued.push(jwt);
            return jwt;
        },
    };
}

;// CONCATENATED MODULE: ./lib/sigstore-local/index.js
/** A local Fulcio-like CA and Rekor-like log on loopback, for tests and the rehearsal. */




;// CONCATENATED MODULE: ./lib/commands/pypi-publish/plan.js

/** warehouse MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS. */
const CLOSED_RELEASE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
function releaseKey(info) {
    const meta = info.metadata;
    return { project: meta.name, version: (0,distributions/* normalizeVersion */.Qj)(meta.version) ?? meta.version };
}
function releaseId(key) {
    return `${(0,distributions/* normalizeName */.Pc)(key.project)} ${key.version}`;
}
function isSdist(filename, packagetype) {
    return packagetype === 'sdist' || (packagetype === undefined && /\.(tar\.gz|zip)$/.test(filename));
}
/** `releases` is keyed by releaseId. */
function planAgainstIndex(files, releases, opts) {
    const planned = [];
    const problems = [];
    for (const info of files) {
        const release = releaseKey(info);
        const listed = releases.get(releaseId(release));
        const remoteFiles = listed?.files ?? [];
        if (listed?.unhashed?.includes(info.filename)) {
            problems.push({
                file: info.filename,
                message: `${info.filename} is already on the index, but ${listed.source} lists it without a sha256, so whether it holds the local bytes (sha256 ${info.sha256}) `
                    + 'cannot be told. Download it from the index and compare; if it is the same file, leave it out of this upload (files: !' + info.filename + ').',
            });
            planned.push({ info, release, action: 'upload' });
            continue;
        }
        const same = remoteFiles.find((f) => f.filename === info.filename);
        if (same) {
            if (same.sha256 !== info.sha256) {
                problems.push({
                    file: info.filename,
                    message: `${info.filename} is already on the index with other bytes: the index has sha256 ${same.sha256}, the local file has sha256 ${info.sha256}. `
                        + 'An index never replaces a file, and a filename can never be reused: keep the published file (download it from the index) '
                        + 'or publish the new build under a new version.',
                });
            }
            else if (!opts.skipExisting) {
                problems.push({
                    file: info.filename,
                    message: `${info.filename} is already on the index with the same sha256 ${info.sha256}, and skip-existing is false. `
                        + 'Set skip-existing: true to accept byte-identical files that are already published.',
                });
            }
            planned.push({ info, release, action: 'present', remote: same });
            continue;
        }
        const twin = remoteFiles.find((f) => f.sha256 === info.sha256);
        if (twin) {
            problems.push({
                file: info.filename,
                message: `${info.filename} has exactly the bytes of ${twin.filename}, which is already on the index (sha256 ${info.sha256}). `
                    + 'PyPI refuses the same file under a second name ("File already exists"); publish it under one name only.',
            });
        }
        planned.push({ info, release, action: 'upload' });
    }
    // Rules about a release as a whole, for the files that would be uploaded to it.
    const byRelease = new Map();
    for (const p of planned) {
        const id = releaseId(p.release);
        byRelease.set(id, [...(byRelease.get(id) ?? []), p]);
    }
    for (const [id, group] of byRelease) {
        const toUpload = group.filter((p) => p.action === 'upload');
        if (toUpload.length === 0)
            continue;
        const remoteFiles = releases.get(id)?.files ?? [];
        const times = remoteFiles.map((f) => f.uploadTime?.getTime()).filter((t) => t !== undefined);
        if (opts.closesOldReleases && times.length > 0) {
            const opened = times.reduce((a, b) => Math.min(a, b));
            const ageDays = (opts.now.getTime() - opened) / DAY_MS;
            if (ageDays > CLOSED_RELEASE_DAYS) {
                const { project, version } = group[0].release;
                for (const p of toUpload) {
                    problems.push({
                        file: p.info.filename,
                        message: `${project} ${version} was first uploaded on ${new Date(opened).toISOString().slice(0, 10)}, ${Math.floor(ageDays)} days ago; `
                            + `PyPI refuses new files for releases older than ${CLOSED_RELEASE_DAYS} days ("Uploading new files to releases older than 14 days is not allowed."). `
                            + 'Publish these files under a new version (for example a post release).',
                    });
                }
            }
        }
        const remoteSdist = remoteFiles.find((f) => isSdist(f.filename, f.packagetype));
        for (const p of toUpload) {
            if (remoteSdist && isSdist(p.info.filename)) {
                problems.push({
                    file: p.info.filename,
                    message: `The release already has the sdist ${remoteSdist.filename}; PyPI takes one sdist per release ("Only one sdist may be uploaded per release."). `
                        + 'Leave this sdist out, or publish it under a new version.',
                });
            }
        }
    }
    return { planned, problems };
}

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/attestations.js
/**
 * PEP 740 attestations in a publish, all decided before the first byte goes
 * up:
 *
 * - whether to attest: under trusted publishing unless switched off; with an
 *   API token PyPI takes none (said in one line, or refused when asked for);
 * - the attestation files already beside the distributions (a rerun, or the
 *   PyPI job after TestPyPI): each set is checked as the index will check it
 *   (this file's bytes, this workflow, the trust root, warehouse's limits), and
 *   a valid one is reused, so both indexes get the same attestation;
 * - provenance consistency: the release on the index must not end up with
 *   files from two publishers, or some attested and some not (PyPI's
 *   "inconsistent" and "partial"), unless the user allows it;
 * - signing what still lacks an attestation, writing it beside the file;
 * - on a rerun, reading back from the index the attestations of the files an
 *   earlier attempt uploaded, when they did not come along to this runner.
 */





const READ_RETRY = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 10_000, maxElapsedMs: 2 * 60_000 };
/** Whether this run sends attestations; a refusal when the settings cannot be honoured. */
function decideAttestations(settings, trustedPublishing, log) {
    if (!settings || settings.mode === 'false')
        return false;
    if (!trustedPublishing) {
        if (settings.mode === 'true') {
            throw new errors/* UserError */.y('attestations: true needs trusted publishing: PyPI accepts PEP 740 attestations only from a trusted publisher. Leave the token input empty (with id-token: write), or set attestations: auto or false.');
        }
        log.info('Attestations: not sent: PyPI accepts PEP 740 attestations only with trusted publishing, and a token or password was given.');
        return false;
    }
    if (!settings.publisher) {
        if (settings.mode === 'true')
            throw new errors/* UserError */.y('attestations: true needs GitHub Actions: GITHUB_WORKFLOW_REF names the workflow the attestations are signed for, and it is not set.');
        log.info('Attestations: not signed: GITHUB_WORKFLOW_REF is not set, so there is no workflow identity to sign for.');
        return false;
    }
    return true;
}
/**
 * Reads and checks the attestation files beside each distribution, as the index will check them.
 * Problems (files for other bytes, another workflow, another trust root, too many) stop the publish.
 */
async function checkLocalAttestations(files, settings, expect) {
    const [{ findAttestationFiles, readAttestationFile }, { AttestationRejected, checkAttestationSet }] = await Promise.all([
        __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 26712)),
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 16830)),
    ]);
    const trust = await settings.trust();
    const local = new Map();
    const problems = [];
    const expected = new Map((expect?.files ?? []).map((e) => [e.filename, e.attestation]));
    for (const info of files) {
        const found = [];
        try {
            for (const path of await findAttestationFiles(info.path))
                found.push(await readAttestationFile(path));
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y))
                throw err;
            problems.push({ file: info.filename, message: err.message });
            continue;
        }
        const publish = found.find((f) => f.filename === `${info.filename}.publish.attestation`);
        const want = expected.get(info.filename);
        if (want && (!publish || publish.sha256 !== want.sha256)) {
            problems.push({
                file: info.filename,
                message: `The expected manifest names ${want.filename} (sha256 ${want.sha256}) for ${info.filename}, but `
                    + (publish ? `the file beside it has sha256 ${publish.sha256}` : 'there is no such file beside it')
                    + ': bring the attestation files along with the distributions, so every index gets the same attestation.',
            });
            continue;
        }
        if (found.length === 0)
            continue;
        try {
            checkAttestationSet(found.map((f) => f.json), { filename: info.filename, sha256: info.sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher });
        }
        catch (err) {
            if (!(err instanceof AttestationRejected))
                throw err;
            problems.push({
                file: info.filename,
                message: `The index would refuse the attestations of ${info.filename} (${found.map((f) => f.filename).join(', ')}): "${err.message}". `
                    + 'Remove the attestation files that do not belong to these bytes and this workflow; missing ones are signed anew.',
            });
            continue;
        }
        local.set(info.filename, { files: found, ...(publish ? { publish } : {}) });
    }
    return { local, problems };
}
/** What the index says about each file of the releases this publish adds files to. */
async function attestations_readProvenance(planned, releases, index, log) {
    const out = new Map();
    const jsonUrl = index.jsonUrl;
    if (!jsonUrl) {
        if (planned.some((p) => p.action === 'upload' && releases.get(releaseId(p.release))?.found)) {
            log.info(`Provenance consistency not checked: ${index.uploadUrl.origin} is not known to serve PyPI's Integrity API (give json-api-url if it does).`);
        }
        return out;
    }
    for (const p of planned) {
        const id = releaseId(p.release);
        if (out.has(id) || !planned.some((q) => releaseId(q.release) === id && q.action === 'upload'))
            continue;
        const remote = releases.get(id)?.files ?? [];
        const files = [];
        for (const f of remote) {
            try {
                files.push(await withRetry(() => fetchProvenance(jsonUrl, p.release.project, p.release.version, f.filename), httpRetryDecision, { ...READ_RETRY, what: `provenance of ${f.filename}` }, log));
            }
            catch (err) {
                const reason = err instanceof Error ? err.message : String(err);
                // Other indexes may not serve PyPI's Integrity API at all: then there is no provenance to keep consistent.
                if (index.name === 'custom') {
                    log.info(`Provenance consistency not checked: ${jsonUrl.origin} does not serve PyPI's Integrity API (${reason}).`);
                    return new Map();
                }
                throw new errors/* UserError */.y(`Could not read the provenance of ${f.filename} from the index: ${reason}. Nothing was uploaded; rerun when the index answers.`);
            }
        }
        out.set(id, { project: p.release.project, version: p.release.version, files });
    }
    return out;
}
function describe(publisher) {
    if (publisher.kind === 'GitHub')
        return `GitHub ${String(publisher.repository)}, workflow ${String(publisher.workflow)}`;
    return `${String(publisher.kind ?? 'unknown')} ${JSON.stringify(publisher)}`;
}
function isUs(publisher, us) {
    return !!us && publisher.kind === 'GitHub' && typeof publisher.repository === 'string' && publisher.repository.toLowerCase() === us.repository.toLowerCase() && publisher.workflow === us.workflow;
}
/**
 * PyPI's release provenance after this publish: refused when files of the release are attested by
 * another publisher ("inconsistent"), or when some files would be attested and others not
 * ("partial"), unless allowed (then a warning).
 */
async function provenanceProblems(planned, releases, attest, settings, index, log) {
    const problems = [];
    const provenance = await attestations_readProvenance(planned, releases, index, log);
    const us = settings?.publisher;
    const optOut = 'Set allow-mixed-provenance: true to publish anyway.';
    for (const { project, version, files } of provenance.values()) {
        const what = `${project} ${version}`;
        const others = attest ? files.filter((f) => f.attested && f.publishers.some((p) => !isUs(p, us))) : [];
        const plain = files.filter((f) => !f.attested);
        if (attest && others.length > 0) {
            problems.push({
                file: others[0].filename,
                message: `${what} on the index already has files attested by another publisher (${others.map((f) => `${f.filename}: ${f.publishers.map(describe).join('; ')}`).join(', ')}); `
                    + `these would be attested by GitHub ${us.repository}, workflow ${us.workflow}, and PyPI would call the release's provenance inconsistent. `
                    + `Publish from the workflow that published the release, or under a new version. ${optOut}`,
            });
        }
        if (attest && plain.length > 0) {
            problems.push({
                file: plain[0].filename,
                message: `${what} on the index already has files without attestations (${plain.map((f) => f.filename).join(', ')}); `
                    + `adding attested files would leave the release with partial provenance. Publish under a new version, or set attestations: false. ${optOut}`,
            });
        }
        const attested = files.filter((f) => f.attested);
        if (!attest && attested.length > 0) {
            problems.push({
                file: attested[0].filename,
                message: `${what} on the index already has attested files (${attested.map((f) => `${f.filename}: ${f.publishers.map(describe).join('; ')}`).join(', ')}); `
                    + 'these files would go up without attestations, leaving the release with partial provenance. Publish with trusted publishing and attestations. '
                    + optOut,
            });
        }
    }
    if (problems.length > 0 && settings?.allowMixedProvenance) {
        for (const p of problems)
            log.warning(`allow-mixed-provenance: ${p.message}`);
        return [];
    }
    return problems;
}
/**
 * Makes sure every file to upload has its publish attestation: reuses the checked ones, signs the
 * rest (one Sigstore identity for the run) and writes them beside the files. Returns the
 * attestation files of every distribution that has some.
 */
async function ensureAttestations(toUpload, local, settings, log) {
    const missing = toUpload.filter((f) => !local.get(f.filename)?.publish);
    const reused = toUpload.length - missing.length;
    if (reused > 0)
        log.info(`Attestations: reusing ${reused} existing publish attestation${reused === 1 ? '' : 's'} (same bytes, this workflow, verified).`);
    if (missing.length === 0)
        return local;
    const [{ signAttestations }, { publishAttestationPath, writeAttestationFile }, { checkAttestationSet, AttestationRejected }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(179), __webpack_require__.e(445)]).then(__webpack_require__.bind(__webpack_require__, 91826)),
        __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 26712)),
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 16830)),
    ]);
    const trust = await settings.trust();
    log.info(`Attestations: signing ${missing.length} file${missing.length === 1 ? '' : 's'} with Sigstore (${trust.name}) for GitHub ${settings.publisher.repository}, workflow ${settings.publisher.workflow}.`);
    const signed = await signAttestations(missing.map((f) => ({ filename: f.filename, sha256: f.sha256 })), {
        trust,
        getToken: () => settings.sigstoreToken(),
        publisher: settings.publisher,
        log,
    });
    const out = new Map(local);
    for (const info of missing) {
        const file = await writeAttestationFile(publishAttestationPath(info.path), signed.get(info.filename));
        const files = [...(local.get(info.filename)?.files ?? []), file];
        try {
            checkAttestationSet(files.map((f) => f.json), { filename: info.filename, sha256: info.sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher });
        }
        catch (err) {
            if (!(err instanceof AttestationRejected))
                throw err;
            throw new errors/* UserError */.y(`With the new publish attestation, the index would refuse the attestations of ${info.filename}: "${err.message}". Remove the other attestation files beside it (${files.map((f) => (0,external_node_path_.basename)(f.path)).join(', ')}).`);
        }
        out.set(info.filename, { files, publish: file });
    }
    return out;
}
/**
 * A rerun on a fresh runner finds files an earlier attempt uploaded, but not the publish
 * attestations it wrote beside them. The index kept what it was sent: each is read back from the
 * Integrity API, checked as a local one (these bytes, this workflow, the trust root) and written
 * beside its file, so the manifest names it and the next index gets the same attestation.
 */
async function recoverAttestations(present, local, settings, index, log) {
    const missing = present.filter((p) => !local.get(p.info.filename)?.publish);
    if (missing.length === 0)
        return local;
    const lost = [];
    const out = new Map(local);
    const jsonUrl = index.jsonUrl;
    if (!jsonUrl) {
        lost.push(...missing.map((p) => `${p.info.filename} (${index.uploadUrl.origin} is not known to serve PyPI's Integrity API; give json-api-url if it does)`));
    }
    else {
        const [{ publishAttestationPath, writeAttestationFile }, { AttestationRejected, checkAttestationSet }, { PYPI_PUBLISH_V1 }] = await Promise.all([
            __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 26712)),
            Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 16830)),
            __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 59837)),
        ]);
        const trust = await settings.trust();
        for (const p of missing) {
            const { filename, sha256, path } = p.info;
            let bundles;
            try {
                const url = provenanceUrl(jsonUrl, p.release.project, p.release.version, filename);
                bundles = (await withRetry(() => readProvenance(url), httpRetryDecision, { ...READ_RETRY, what: `provenance of ${filename}` }, log))?.attestation_bundles ?? [];
            }
            catch (err) {
                lost.push(`${filename} (its provenance could not be read: ${err instanceof Error ? err.message : String(err)})`);
                continue;
            }
            const ours = bundles.filter((b) => typeof b.publisher === 'object' && b.publisher !== null && isUs(b.publisher, settings.publisher));
            const candidates = ours.flatMap((b) => (Array.isArray(b.attestations) ? b.attestations : []));
            // The publish attestation only: a bundle may hold others (SLSA provenance), which the file's other .attestation companions carry.
            const verified = candidates.find((json) => {
                try {
                    const [checked] = checkAttestationSet([json], { filename, sha256 }, { trustedRoot: trust.trustedRoot, publisher: settings.publisher });
                    return checked?.predicateType === PYPI_PUBLISH_V1;
                }
                catch (err) {
                    if (err instanceof AttestationRejected)
                        return false;
                    throw err;
                }
            });
            if (verified === undefined) {
                lost.push(`${filename} (the index holds no attestation of these bytes by this workflow)`);
                continue;
            }
            const file = await writeAttestationFile(publishAttestationPath(path), verified);
            out.set(filename, { files: [...(local.get(filename)?.files ?? []), file], publish: file });
            log.info(`Attestations: ${filename} is already on the index; its publish attestation was read back from the index (these bytes, this workflow, verified) and written beside it.`);
        }
    }
    if (lost.length > 0) {
        log.warning(`Attestations: no publish attestation was found for ${lost.length} file${lost.length === 1 ? '' : 's'} already on the index: ${lost.join('; ')}. `
            + 'The manifest names none for them, so another index they go to gets new attestations. Bring the .publish.attestation files along with the distributions to keep them.');
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(31668);
;// CONCATENATED MODULE: ./lib/commands/pypi-publish/collect.js
/**
 * Which files to publish: every wheel and sdist in the packages directory, or
 * the files the `files` globs name in it. Wheels go first, then sdists (as
 * twine orders them, so a release's metadata comes from a wheel).
 */





/** Signatures and attestations travel beside distributions; they are not uploads of their own (nor is a killed writer's part file). */
const COMPANION = /\.(asc|attestation)$/;
function uploadOrder(a, b) {
    const wa = a.endsWith('.whl') ? 0 : 1;
    const wb = b.endsWith('.whl') ? 0 : 1;
    if (wa !== wb)
        return wa - wb;
    const na = (0,external_node_path_.basename)(a);
    const nb = (0,external_node_path_.basename)(b);
    return na < nb ? -1 : na > nb ? 1 : 0;
}
/** Absolute paths, wheels first. A `!` line excludes; every other glob must match something. */
async function collectDistributions(dir, patterns) {
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* UserError */.y(`The packages directory ${dir} does not exist. Point packages-dir at the directory the build (or fetch-wheels) wrote the distributions to.`);
    }
    const include = patterns.filter((p) => !p.startsWith('!'));
    const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    if (include.length === 0) {
        for (const path of await (0,index_min/* glob */.TI)(['*.whl', '*.tar.gz'], { cwd: dir, nodir: true, absolute: true, ignore }))
            found.add(path);
        if (found.size === 0) {
            throw new errors/* UserError */.y(`${dir} holds no .whl or .tar.gz file. Check packages-dir and that the build or download step ran in this job.`);
        }
    }
    else {
        const unmatched = [];
        for (const pattern of include) {
            const matches = (await (0,index_min/* glob */.TI)(pattern, { cwd: dir, nodir: true, absolute: true, dot: true, ignore })).filter((p) => !COMPANION.test(p) && !(0,atomic_write/* isPartFile */.I2)(p));
            if (matches.length === 0)
                unmatched.push(pattern);
            for (const path of matches)
                found.add(path);
        }
        if (unmatched.length > 0) {
            throw new errors/* UserError */.y(`Input 'files': ${unmatched.map((p) => `'${p}'`).join(', ')} matched no file in ${dir}. Globs are relative to packages-dir.`);
        }
    }
    return [...found].sort(uploadOrder);
}

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/index-state.js
/**
 * What the target index holds, as the publisher reads it: a release's files
 * from the standard simple API (the one source of truth, on every index),
 * with reads retried within bounds and credentials sent to the index's own
 * origins only; and, for what the simple API may not tell (a file's upload
 * time), PyPI's JSON API where the index has one. An index without upload
 * times is said to be one, never guessed about.
 */



const index_state_READ_RETRY = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 15_000, maxElapsedMs: 5 * 60_000 };
/**
 * Project pages read once each, early, without retries: the reads overlap the preflight, which
 * over the internet hides their round trips. Each is used at most once, by the first look at a
 * release of its project; a read that failed or is not ready is simply done again then.
 */
class PageReadAhead {
    pages;
    constructor(pages) {
        this.pages = pages;
    }
    take(pageUrl) {
        const page = this.pages.get(pageUrl);
        this.pages.delete(pageUrl);
        return page;
    }
}
class IndexState {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /**
     * Starts reading the pages of `projects` now (a read changes nothing on the index); `signal`
     * ends whatever is still in flight once the caller is done.
     */
    readAhead(projects, signal) {
        const pages = new Map();
        const authorization = this.authorizationFor(this.opts.index.simpleUrl);
        for (const project of projects) {
            const url = projectPageUrl(this.opts.index.simpleUrl, project);
            if (pages.has(url))
                continue;
            pages.set(url, fetchSimplePage(url, { ...(authorization ? { authorization } : {}), signal }).catch(() => undefined));
        }
        return new PageReadAhead(pages);
    }
    authorizationFor(url) {
        return this.opts.credentials.get(url.origin);
    }
    /** The release as the project page lists it now, read with retries (or as `early` read it). */
    async release(key, early) {
        const { index, log } = this.opts;
        const page = projectPageUrl(index.simpleUrl, key.project);
        const ahead = await early?.take(page);
        if (ahead)
            return listedRelease(ahead, key.project, key.version);
        const what = `GET ${page}`;
        const authorization = this.authorizationFor(index.simpleUrl);
        try {
            return await withRetry(() => readListedRelease(index.simpleUrl, key.project, key.version, authorization ? { authorization } : {}), httpRetryDecision, { ...index_state_READ_RETRY, what, ...this.opts.retry }, log);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            if (err instanceof HttpStatusError && (err.status === 401 || err.status === 403)) {
                // Credentials were sent: they are what was refused. None were: the page needs some.
                throw new errors/* UserError */.y(authorization
                    ? `The index refused to show ${key.project}: ${err.message}. The credentials sent to ${index.simpleUrl.origin} were refused: `
                        + 'check that the user and password (or token) are current and may read this project.'
                    : `The index refused to show ${key.project}: ${err.message}. No credentials were sent to ${index.simpleUrl.origin}: a private index needs them for reads too. `
                        + `The user and password go to ${index.uploadUrl.origin} only (trusted publishing sends none to reads), so when the simple index lives elsewhere, `
                        + 'put credentials into index-url (https://user:password@host/simple/; they are masked).');
            }
            const reason = err instanceof HttpError ? err.message : describeError(err);
            throw new errors/* UserError */.y(`Could not read what the index holds: ${reason}. Rerun when the index answers; files already published are skipped.`);
        }
    }
    /**
     * Fills in the upload time of each listed file of `release` that the simple page gave none
     * (PEP 700's `upload-time` comes with JSON pages only), from PyPI's JSON API where the index
     * has one. PyPI and TestPyPI must answer; any other index may simply have no JSON API.
     */
    async fillUploadTimes(key, release) {
        const missing = release.files.filter((f) => !f.uploadTime);
        if (missing.length === 0)
            return { known: true };
        const { index, log } = this.opts;
        const fromPage = `${release.source} gives no upload times`;
        if (!index.jsonUrl)
            return { known: false, why: `${fromPage}, and the index has no JSON API this action knows of (json-api-url)` };
        const authorization = this.authorizationFor(index.jsonUrl);
        let times;
        try {
            const doc = await withRetry(() => fetchRelease(index.jsonUrl, key.project, key.version, authorization ? { authorization } : {}), httpRetryDecision, { ...index_state_READ_RETRY, what: `GET ${index.jsonUrl.href}${key.project}/${key.version}/json`, ...this.opts.retry }, log);
            if (!doc.found) {
                if (index.name !== 'custom')
                    return { known: false, why: `${fromPage}, and ${doc.source} does not list the release yet` };
                return { known: false, why: `${fromPage}, and ${doc.source} answered 404 (no JSON API there)` };
            }
            times = new Map(doc.files.filter((f) => f.uploadTime).map((f) => [f.filename, f.uploadTime]));
        }
        catch (err) {
            const reason = err instanceof Error ? err.message : String(err);
            if (index.name === 'custom')
                return { known: false, why: `${fromPage}, and its JSON API could not be read (${reason})` };
            throw new errors/* UserError */.y(`Could not read upload times from PyPI's JSON API: ${reason}. Rerun when the index answers; files already published are skipped.`);
        }
        for (const f of missing) {
            const t = times.get(f.filename);
            if (t)
                f.uploadTime = t;
        }
        return release.files.every((f) => f.uploadTime)
            ? { known: true }
            : { known: false, why: `${fromPage}, and its JSON API does not list ${release.files.filter((f) => !f.uploadTime).map((f) => f.filename).join(', ')}` };
    }
}

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/progress.js

function formatRate(bytes, ms) {
    return ms <= 0 ? '-' : `${(0,units/* formatBytes */.z3)(Math.round((bytes * 1000) / ms))}/s`;
}
class FileProgress {
    log;
    filename;
    size;
    everyMs;
    started = Date.now();
    lastLog = Date.now();
    constructor(log, filename, size, everyMs = 5000) {
        this.log = log;
        this.filename = filename;
        this.size = size;
        this.everyMs = everyMs;
    }
    begin(attempt) {
        this.started = Date.now();
        this.lastLog = this.started;
        this.log.info(`Uploading ${this.filename} (${(0,units/* formatBytes */.z3)(this.size)})${attempt > 1 ? `, attempt ${attempt}` : ''}`);
    }
    /** Called with the bytes of the file read into the request so far. */
    update(sent) {
        const now = Date.now();
        if (now - this.lastLog < this.everyMs || sent >= this.size)
            return;
        this.lastLog = now;
        const pct = this.size > 0 ? Math.floor((sent * 100) / this.size) : 100;
        this.log.info(`  ${this.filename}: ${(0,units/* formatBytes */.z3)(sent)} of ${(0,units/* formatBytes */.z3)(this.size)} (${pct}%), ${formatRate(sent, now - this.started)}`);
    }
    /** Milliseconds since the current attempt began. */
    elapsedMs() {
        return Date.now() - this.started;
    }
}

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/release-gate.js
/**
 * A new release is created by its first upload, and two uploads that both find it missing race
 * to create it (on warehouse one of them fails). So the first file of a new release goes up while
 * the release's other files travel too, each holding back its last bytes (multipart.ts) until the
 * first is on the index: the transfers overlap, the creation happens once. An incomplete body is
 * one no index can store, so a hold that ends badly stores nothing.
 *
 * A hold is kept short of the idle limits of common servers and proxies (Tomcat 20 s, gunicorn's
 * worker timeout 30 s, nginx 60 s): past `limitMs` the attempt is abandoned and the file is sent
 * again once the first is there. The first file is the release's smallest wheel, so usually the
 * others are still sending when it lands and nothing waits at all.
 */

/** The hold outlasted its limit: the attempt was abandoned before its last bytes. */
class HoldExpired extends Error {
    limitMs;
    constructor(limitMs) {
        super(`held back for ${(limitMs / 1000).toFixed(limitMs < 10_000 ? 1 : 0)} s`);
        this.limitMs = limitMs;
        this.name = 'HoldExpired';
    }
}
/** The release's first file did not reach the index, so this one was not sent whole. */
class ReleaseNotCreated extends Error {
    first;
    constructor(first) {
        super(`not sent whole: ${first}, the first file of its release, did not reach the index`);
        this.first = first;
        this.name = 'ReleaseNotCreated';
    }
}
class ReleaseGate {
    first;
    state = 'pending';
    settle;
    settled = new Promise((resolve) => {
        this.settle = resolve;
    });
    closing = new AbortController();
    /** `first`: the filename of the release's first upload. */
    constructor(first) {
        this.first = first;
    }
    get isOpen() {
        return this.state === 'open';
    }
    /** Aborts (with ReleaseNotCreated) once the first file has failed: the others stop retrying. */
    get closedSignal() {
        return this.closing.signal;
    }
    /** The first file is on the index. */
    open() {
        if (this.state !== 'pending')
            return;
        this.state = 'open';
        this.settle(true);
    }
    /** The first file failed for good. */
    close() {
        if (this.state !== 'pending')
            return;
        this.state = 'closed';
        this.settle(false);
        this.closing.abort(new ReleaseNotCreated(this.first));
    }
    /** Resolves true once the first file is on the index, false once it has failed. */
    wait() {
        return this.settled;
    }
    /**
     * The hold for one upload attempt (UploadAttemptOptions.holdLast): resolves at once when the
     * gate is open; otherwise calls `onHold` and waits for the gate, at most `limitMs`. Rejects with
     * ReleaseNotCreated when the gate closes and HoldExpired past the limit; `signal` (the attempt is
     * over) ends the wait.
     */
    hold(limitMs, onHold) {
        return async (signal) => {
            if (this.state === 'open')
                return;
            if (this.state === 'closed')
                throw new ReleaseNotCreated(this.first);
            onHold();
            const stop = new AbortController();
            const over = () => stop.abort();
            signal?.addEventListener('abort', over, { once: true });
            try {
                const outcome = await Promise.race([
                    this.settled.then((open) => (open ? 'open' : 'closed')),
                    sleep(limitMs, stop.signal).then(() => 'expired', () => 'over'),
                ]);
                if (outcome === 'closed')
                    throw new ReleaseNotCreated(this.first);
                if (outcome === 'expired')
                    throw new HoldExpired(limitMs);
            }
            finally {
                signal?.removeEventListener('abort', over);
                stop.abort();
            }
        };
    }
}

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/publish.js
/**
 * Publishing a set of distributions, all or nothing: every check that can be
 * made is made for the whole set before the first byte goes up (PyPI's
 * upload rules offline, the expected manifest, then the index's own state),
 * uploads are retried with backoff and, after an ambiguous failure, resolved
 * by looking at the index before sending again, and a rerun after any failure
 * finishes the job: byte-identical files already published are skipped.
 */














/** A refusal or a failure that leaves a result worth reporting (the summary shows it). */
class PublishFailed extends errors/* UserError */.y {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'PublishFailed';
    }
}
const UPLOAD_RETRY = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 60_000, maxElapsedMs: 30 * 60_000 };
const HOLD_LIMIT_MS = 15_000;
class Permanent extends errors/* UserError */.y {
}
async function publish(req) {
    // Whatever was read ahead and not used stops with the run, however it ends.
    const readAhead = new AbortController();
    try {
        return await run(req, req.index, req.log, req.now ?? (() => new Date()), readAhead.signal);
    }
    finally {
        readAhead.abort();
    }
}
/** Whether the preflight read the file: one it could not read (gone, a FIFO, a device) has no sha256. */
function wasRead(f) {
    return f.sha256 !== '';
}
async function run(req, index, log, now, readAheadSignal) {
    log.info(`Target: ${index.uploadUrl.href} (simple index ${index.simpleUrl.href}${index.jsonUrl ? `, JSON API ${index.jsonUrl.href}` : ''})`);
    if (index.uploadUrl.protocol === 'http:' && !isLoopback(index.uploadUrl)) {
        log.warning(`${index.uploadUrl.href} is plain http: the upload credentials would cross the network unencrypted. Use https.`);
    }
    if (req.token !== undefined && req.credentials !== undefined)
        throw new errors/* UserError */.y('Give an API token or a user and password, not both.');
    const state = new IndexState({ index, credentials: readCredentials(req, index), log, ...(req.retry?.read ? { retry: req.retry.read } : {}) });
    // 1. PyPI's rules, offline, for the whole set.
    const paths = await collectDistributions(req.packagesDir, req.patterns);
    log.info(`Preflight: checking ${paths.length} distribution${paths.length === 1 ? '' : 's'} in ${req.packagesDir}`);
    // The index's pages are read while the files are checked: over the internet that hides a round trip or two.
    const early = state.readAhead(projectsNamedBy(paths), readAheadSignal);
    // sha256 is the digest every check here, the upload form and the manifest use (form.ts). BLAKE2b-256
    // would add a second read's worth of CPU and prove nothing more.
    const checked = await (0,distributions/* preflight */.Mz)(paths, { maxFileSize: req.maxFileSize, concurrency: 4, blake2b: false });
    // The rest needs no hashing threads: their memory goes now.
    (0,hashing/* releaseWorkerThreads */.h2)();
    const files = checked.files;
    for (const w of checked.warnings)
        log.warning(`${w.file}: ${w.message} [${w.rule}] ${w.fix}`);
    if (checked.problems.length > 0) {
        const table = (0,distributions/* formatProblemsTable */.OH)(files, checked.problems, checked.warnings);
        log.info(table);
        const bad = new Set(checked.problems.map((p) => p.file)).size;
        throw new PublishFailed(`Preflight: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} in ${bad} file${bad === 1 ? '' : 's'}; nothing was uploaded.\n\n${table}`, resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0));
    }
    // 2. The expected manifest: the exact bytes, nothing more, nothing less.
    if (req.expectManifest) {
        const mismatch = manifestMismatch(req.expectManifest, files);
        if (mismatch)
            throw new PublishFailed(mismatch, resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0));
    }
    // 2b. Attestations: whether to send them, and the ones already beside the files, checked as the index will.
    const fixed = fixedCredentials(req);
    const attest = decideAttestations(req.attestations, !fixed, log);
    let local = new Map();
    if (attest) {
        const checked = await checkLocalAttestations(files, req.attestations, req.expectManifest?.manifest);
        if (checked.problems.length > 0) {
            throw new PublishFailed(`Attestations: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was uploaded.\n\n${checked.problems.map((p) => `- ${p.message}`).join('\n')}`, resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0));
        }
        local = checked.local;
    }
    // 3. The index's state, release by release (its simple API), and who attested what it holds.
    // The 14-day rule is warehouse's (PyPI, TestPyPI, an index at …/legacy/): other indexes let a release grow.
    const closesOldReleases = index.warehouse;
    const releases = await readReleases(state, files, log, early, closesOldReleases);
    const { planned, problems } = planAgainstIndex(files, releases, { skipExisting: req.skipExisting, now: now(), closesOldReleases });
    if (req.attestations)
        problems.push(...(await provenanceProblems(planned, releases, attest, req.attestations, index, log)));
    const results = new Map(planned.map((p) => [p.info.filename, withAttestation(resultFor(p), local)]));
    const releasePages = uniqueReleases(planned.map((p) => p.release)).map((r) => ({ ...r, page: index.releasePage(r.project, r.version) }));
    reportOthers(req, files, releases, log);
    const current = () => planned.map((p) => results.get(p.info.filename));
    if (problems.length > 0) {
        throw new PublishFailed(`Preflight against ${index.uploadUrl.origin}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was uploaded.\n\n`
            + problems.map((p) => `- ${p.message}`).join('\n'), resultOf(req, index, current().map((r) => ({ ...r, status: r.status === 'skipped' ? 'skipped' : 'not-attempted' })), releasePages, 0));
    }
    const toUpload = planned.filter((p) => p.action === 'upload');
    const order = publish_uploadOrder(toUpload, releases);
    const present = planned.length - toUpload.length;
    log.info(`Preflight passed: ${toUpload.length} to upload, ${present} already on the index with the same sha256.`);
    for (const p of planned.filter((f) => f.action === 'present'))
        log.info(`Skipping ${p.info.filename}: already on the index with the same sha256 ${p.info.sha256}`);
    if (req.preflightOnly) {
        log.info('preflight-only: nothing was uploaded.');
        return resultOf(req, index, current(), releasePages, 0);
    }
    // A rerun on a fresh runner: the attestations of what an earlier attempt uploaded, from the index.
    if (attest) {
        local = await recoverAttestations(planned.filter((p) => p.action === 'present'), local, req.attestations, index, log);
        for (const r of current())
            results.set(r.filename, withAttestation(r, local));
    }
    if (toUpload.length === 0) {
        log.info('Every file is already on the index; nothing to upload.');
        return resultOf(req, index, current(), releasePages, 0);
    }
    // 4. Attestations signed for the files that lack one; then credentials, only now that there is something to upload.
    if (attest) {
        try {
            local = await ensureAttestations(toUpload.map((p) => p.info), local, req.attestations, log);
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y))
                throw err;
            throw new PublishFailed(`${err.message}\n\nNothing was uploaded.`, resultOf(req, index, current().map((r) => (r.status === 'would-upload' ? { ...r, status: 'not-attempted' } : r)), releasePages, 0));
        }
        for (const r of current())
            results.set(r.filename, withAttestation(r, local));
    }
    const credentials = credentialsFor(req, index, log);
    try {
        await credentials.authorization(); // a trusted-publishing failure is reported once, before any upload
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y))
            throw err;
        throw new PublishFailed(`${err.message}\n\nNothing was uploaded.`, resultOf(req, index, current().map((r) => (r.status === 'would-upload' ? { ...r, status: 'not-attempted' } : r)), releasePages, 0));
    }
    // 5. Uploads: wheels, then sdists.
    const started = Date.now();
    const uploader = new Uploader(req, index, state, credentials, log, results, order.firsts, attest ? local : undefined);
    for (const phase of order.phases)
        await uploader.runAll(phase, req.concurrency);
    const uploadSeconds = (Date.now() - started) / 1000;
    const sent = current().filter((r) => r.status === 'uploaded');
    const sentBytes = sent.reduce((n, r) => n + r.size, 0);
    if (sent.length > 0) {
        log.info(`Uploaded ${sent.length} file${sent.length === 1 ? '' : 's'} (${(0,units/* formatBytes */.z3)(sentBytes)}) in ${uploadSeconds.toFixed(1)} s (${formatRate(sentBytes, uploadSeconds * 1000)}), concurrency ${req.concurrency}.`);
    }
    if (uploader.failure) {
        for (const r of current())
            if (r.status === 'would-upload')
                results.set(r.filename, { ...r, status: 'not-attempted' });
        const failed = current().filter((r) => r.status === 'failed');
        const left = current().filter((r) => r.status === 'not-attempted').length;
        throw new PublishFailed(`${failed.length} upload${failed.length === 1 ? '' : 's'} failed${left > 0 ? ` and ${left} file${left === 1 ? ' was' : 's were'} not attempted` : ''}`
            + `${sent.length > 0 ? ` (${sent.length} uploaded)` : ''}:\n`
            + `${failed.map((f) => `- ${f.error}`).join('\n')}\n`
            + 'Files already uploaded stay; a rerun skips them (same sha256) and uploads the rest.', resultOf(req, index, current(), releasePages, uploadSeconds));
    }
    // 6. What the index lists now: every file with the local sha256, and its URL.
    try {
        await confirmListed(req, index, state, planned, results, uploader.sentSince, log);
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y))
            throw err;
        // The uploads are done: the outputs and the summary still say what happened to each file.
        throw new PublishFailed(err.message, { ...resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind), ...attestedBy(req, attest) });
    }
    return { ...resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind), ...attestedBy(req, attest) };
}
function attestedBy(req, attest) {
    return attest && req.attestations?.publisher ? { attestedBy: req.attestations.publisher } : {};
}
function withAttestation(result, local) {
    const publish = local.get(result.filename)?.publish;
    return publish ? { ...result, attestation: { filename: publish.filename, sha256: publish.sha256 } } : result;
}
function baseResult(info, status) {
    const key = info.metadata ? releaseKey(info) : { project: info.parsed?.name ?? '', version: info.parsed?.normalizedVersion ?? '' };
    return { filename: info.filename, path: info.path, size: info.size, sha256: info.sha256, project: key.project, version: key.version, status };
}
function resultFor(p) {
    return { ...baseResult(p.info, p.action === 'present' ? 'skipped' : 'would-upload'), ...(p.remote?.url ? { url: p.remote.url } : {}) };
}
function uniqueReleases(keys) {
    const seen = new Map();
    for (const k of keys)
        if (!seen.has(releaseId(k)))
            seen.set(releaseId(k), k);
    return [...seen.values()];
}
/** Why the files do not match the expected manifest, or undefined when they match exactly. */
function manifestMismatch(expected, files) {
    const actual = files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 }));
    const cmp = (0,distributions/* compareManifest */.L1)(expected.manifest, actual);
    if (cmp.ok)
        return undefined;
    const lines = [];
    for (const m of cmp.mismatched) {
        lines.push(`- ${m.expected.filename}: ${m.fields.map((field) => `${field} is ${String(m.actual[field])}, the manifest says ${String(m.expected[field])}`).join('; ')}`);
    }
    for (const u of cmp.unexpected)
        lines.push(`- ${u.filename} (sha256 ${u.sha256}) is not in the manifest`);
    for (const m of cmp.missing)
        lines.push(`- ${m.filename} is in the manifest but not among the files to upload`);
    return `The files do not match the expected manifest ${expected.path}; nothing was uploaded.\n${lines.join('\n')}\n`
        + 'Publish exactly the files the manifest lists (the set fetch-wheels checked and earlier steps verified), or regenerate the manifest.';
}
/** The projects the distribution filenames name (what the preflight will confirm from their metadata). */
function projectsNamedBy(paths) {
    const names = new Set();
    for (const path of paths) {
        try {
            names.add((0,distributions/* parseDistributionFilename */.h3)((0,external_node_path_.basename)(path)).normalizedName);
        }
        catch {
            // A filename the preflight will refuse: nothing to read ahead for it.
        }
    }
    return [...names];
}
/**
 * The order of the uploads: first the wheels, each new release's first file (its smallest wheel
 * where there is one, so the others wait as little as possible) at the head, the release's
 * other files holding back their last bytes until it is on the index, so the release and its
 * metadata are created once; new releases of different projects start side by side. Then the
 * sdists. An interrupted release thus never leaves an sdist as the only file pip can pick, which
 * would build it from source on every installer's machine.
 */
function publish_uploadOrder(toUpload, releases) {
    const isSdist = (p) => filetypeOf(p.info) === 'sdist';
    const firsts = [];
    for (const id of new Set(toUpload.map((p) => releaseId(p.release)))) {
        if (releases.get(id)?.found)
            continue;
        const own = toUpload.filter((p) => releaseId(p.release) === id);
        const wheels = own.filter((p) => !isSdist(p));
        firsts.push(wheels.length > 0 ? wheels.reduce((a, b) => (b.info.size < a.info.size ? b : a)) : own[0]);
    }
    const rest = toUpload.filter((p) => !firsts.includes(p));
    return {
        phases: [[...firsts, ...rest.filter((p) => !isSdist(p))], rest.filter(isSdist)],
        firsts,
    };
}
/** `Basic …` per origin of the index: index-url's own credentials, and the fixed upload credentials on the upload URL's origin. */
function readCredentials(req, index) {
    const out = new Map();
    if (req.indexAuthorization) {
        req.mask(req.indexAuthorization.replace(/^Basic /, ''));
        out.set(index.simpleUrl.origin, req.indexAuthorization);
    }
    const fixed = fixedCredentials(req);
    if (fixed && !out.has(index.uploadUrl.origin)) {
        req.mask(fixed.password);
        const header = basicAuthorization(fixed.user, fixed.password);
        req.mask(header.slice('Basic '.length));
        out.set(index.uploadUrl.origin, header);
    }
    return out;
}
async function readReleases(state, files, log, early, closesOldReleases) {
    const releases = new Map();
    for (const key of uniqueReleases(files.map(releaseKey))) {
        const release = await state.release(key, early);
        log.info(release.found
            ? `The index lists ${key.project} ${key.version} with ${release.files.length + (release.unhashed?.length ?? 0)} file${release.files.length + (release.unhashed?.length ?? 0) === 1 ? '' : 's'} (${release.source}).`
            : release.projectMissing
                ? `The index does not list ${key.project} at all yet (${release.source} answered 404).`
                : `The index lists no file of ${key.project} ${key.version} yet (${release.source}).`);
        // PyPI refuses new files for a release older than 14 days: that needs the upload times of the files there.
        const adding = files.some((f) => releaseId(releaseKey(f)) === releaseId(key) && !release.files.some((r) => r.filename === f.filename));
        if (closesOldReleases && release.found && adding) {
            const times = await state.fillUploadTimes(key, release);
            if (!times.known)
                log.info(`PyPI's 14-day rule for new files of a release was not checked for ${key.project} ${key.version}: ${times.why}.`);
        }
        releases.set(releaseId(key), release);
    }
    return releases;
}
/** Files the index has for these releases that are not in this upload: worth knowing, not an error. */
function reportOthers(req, files, releases, log) {
    const local = new Set(files.map((f) => f.filename));
    const manifest = req.expectManifest ? new Set(req.expectManifest.manifest.files.map((f) => f.filename)) : undefined;
    for (const release of releases.values()) {
        for (const f of release.files) {
            if (local.has(f.filename))
                continue;
            if (manifest && !manifest.has(f.filename))
                log.warning(`The index also holds ${f.filename} (sha256 ${f.sha256}), which is not in the expected manifest.`);
            else
                log.info(`The index also holds ${f.filename}, which is not part of this upload.`);
        }
    }
}
/** The user and password given (an API token is the password of `__token__`); none means trusted publishing. */
function fixedCredentials(req) {
    return req.credentials ?? (req.token ? { user: '__token__', password: req.token } : undefined);
}
function credentialsFor(req, index, log) {
    const fixed = fixedCredentials(req);
    if (fixed) {
        if (fixed.user === '__token__' && !fixed.password.startsWith('pypi-') && index.name !== 'custom') {
            log.warning('The token does not start with "pypi-"; PyPI API tokens do. Check that the secret holds an API token, not a password.');
        }
        if (fixed.user !== '__token__')
            log.info(`Uploading as the user ${fixed.user}.`);
        return passwordCredentials(fixed.user, fixed.password, req.mask);
    }
    if (!req.trustedPublishing) {
        throw new errors/* UserError */.y('No token or password was given and trusted publishing is not available here; pass an API token as the token input (or user and password), or run in GitHub Actions with id-token: write.');
    }
    log.info(`No token given: using trusted publishing with ${index.oidcBase.origin}.`);
    const publisher = new TrustedPublisher({
        base: index.oidcBase,
        getIdToken: req.trustedPublishing.getIdToken,
        mask: req.mask,
        log,
        forkPullRequest: req.trustedPublishing.forkPullRequest ?? false,
        ...(index.name !== 'custom' ? { expectedAudience: index.name } : {}),
    });
    return trustedCredentials(publisher, req.mask);
}
class Uploader {
    req;
    index;
    state;
    credentials;
    log;
    results;
    attestations;
    failure;
    /**
     * When each accepted file was first sent, on the index's clock (from its Date header): a 200
     * also answers an identical re-upload, and a listed upload time before this tells the two apart.
     */
    sentSince = new Map();
    constructor(req, index, state, credentials, log, results, firsts, 
    /** The attestation files sent with each upload, when attesting. */
    attestations) {
        this.req = req;
        this.index = index;
        this.state = state;
        this.credentials = credentials;
        this.log = log;
        this.results = results;
        this.attestations = attestations;
        for (const p of firsts)
            this.gates.set(releaseId(p.release), new ReleaseGate(p.info.filename));
    }
    /** Per new release, whether its first file is on the index yet. */
    gates = new Map();
    async runAll(files, concurrency) {
        let next = 0;
        const worker = async () => {
            while (next < files.length && !this.failure) {
                const file = files[next++];
                await this.one(file);
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
    }
    update(filename, patch) {
        this.results.set(filename, { ...this.results.get(filename), ...patch });
    }
    /** The index's record of one file (its simple page), read with retries; undefined when the page does not list it. */
    async lookup(p) {
        const release = await this.state.release(p.release);
        return { file: release.files.find((f) => f.filename === p.info.filename), source: release.source, ...(release.projectMissing ? { projectMissing: true } : {}) };
    }
    async one(p) {
        const gate = this.gates.get(releaseId(p.release));
        if (gate?.first === p.info.filename) {
            await this.send(p);
            if (['uploaded', 'skipped'].includes(this.results.get(p.info.filename).status))
                gate.open();
            else
                gate.close();
        }
        else {
            await this.send(p, gate);
        }
    }
    /**
     * One file, retried within the limits. `gate`: the file's release is new and `gate.first`
     * creates it; until that is on the index this one holds back its last bytes.
     */
    async send(p, gate) {
        const info = p.info;
        const progress = new FileProgress(this.log, info.filename, info.size);
        const holdLimitMs = this.req.holdLimitMs ?? HOLD_LIMIT_MS;
        let spentMs = 0;
        let mayBeStored = false;
        let firstSentAt;
        try {
            const outcome = await withRetry(async (attempt, remainingMs) => {
                const attemptStarted = Date.now();
                if (mayBeStored) {
                    // The last attempt may have reached the index: look before sending the file again.
                    const remote = (await this.lookup(p)).file;
                    if (remote) {
                        if (remote.sha256 === info.sha256) {
                            this.log.info(`${info.filename} reached the index after all (same sha256); not sending it again.`);
                            return { status: 'uploaded', ...(remote.url ? { url: remote.url } : {}) };
                        }
                        throw new Permanent(`${info.filename} is on the index with sha256 ${remote.sha256}, not the local ${info.sha256}: someone else uploaded other bytes under this name meanwhile.`);
                    }
                }
                const authorization = await this.credentials.authorization();
                firstSentAt ??= Date.now();
                progress.begin(attempt);
                let answer;
                for (;;) {
                    const holdLast = gate && !gate.isOpen
                        ? gate.hold(holdLimitMs, () => this.log.info(`${info.filename}: sent all but its last bytes, which wait for ${gate.first} (the release's first file) to reach the index.`))
                        : undefined;
                    try {
                        answer = await uploadAttempt(info, {
                            uploadUrl: this.index.uploadUrl,
                            authorization,
                            // No attempt outlasts the retry window: 8 attempts within 30 minutes, a trickling answer included.
                            deadlineMs: Math.max(0, remainingMs - (Date.now() - attemptStarted)),
                            onProgress: (sent) => progress.update(sent),
                            ...(this.attestations ? { attestations: this.attestations.get(info.filename)?.files.map((f) => f.json) ?? [] } : {}),
                            ...(holdLast ? { holdLast } : {}),
                        });
                        break;
                    }
                    catch (err) {
                        if (err instanceof RetryableUploadError && err.ambiguous)
                            mayBeStored = true;
                        if (!(err instanceof HoldExpired) || !gate)
                            throw err;
                        // Abandoned incomplete, so the index has none of it: sent again, whole, once the release exists.
                        this.log.info(`${info.filename}: ${err.message} while ${gate.first} was not on the index yet; it is sent again once that is there.`);
                        if (!(await gate.wait()))
                            throw new ReleaseNotCreated(gate.first);
                        progress.begin(attempt);
                    }
                    finally {
                        spentMs += progress.elapsedMs();
                    }
                }
                if (answer.kind === 'accepted') {
                    if (answer.serverDate)
                        this.sentSince.set(info.filename, firstSentAt + (answer.serverDate.getTime() - Date.now()));
                    // warehouse answers an upload with an empty body, or with its warnings; other indexes say "OK" and the like.
                    if (answer.warnings) {
                        if (this.index.warehouse)
                            this.log.warning(`The index accepted ${info.filename} with warnings: ${answer.warnings}`);
                        else
                            this.log.info(`The index accepted ${info.filename} and answered: ${answer.warnings}`);
                    }
                    this.log.info(`Uploaded ${info.filename}: ${(0,units/* formatBytes */.z3)(info.size)} in ${(progress.elapsedMs() / 1000).toFixed(1)} s (${formatRate(info.size, progress.elapsedMs())})`);
                    return { status: 'uploaded' };
                }
                if (answer.kind === 'exists') {
                    // "Already exists" (400 from PyPI, 409 from pypiserver and others) is settled by digest: the listing's sha256 against the local one.
                    const { file: remote, source, projectMissing } = await this.awaitListing(p);
                    if (remote && remote.sha256 === info.sha256) {
                        if (!mayBeStored && !this.req.skipExisting) {
                            throw new Permanent(`${info.filename} is already on the index with the same sha256 ${info.sha256} (the index's listing did not show it during the preflight), `
                                + 'and skip-existing is false. Rerun with skip-existing: true to accept byte-identical files already published.');
                        }
                        this.log.info(`${info.filename} is already on the index with the same sha256; ${mayBeStored ? 'an earlier attempt stored it' : 'skipped'}.`);
                        return { status: mayBeStored ? 'uploaded' : 'skipped', ...(remote.url ? { url: remote.url } : {}) };
                    }
                    throw new Permanent(`The index refused ${info.filename}: ${answer.message}\n`
                        + (remote
                            ? `It holds that filename with sha256 ${remote.sha256}; the local file has sha256 ${info.sha256}.`
                            : projectMissing
                                // The index holds the file but its "simple API" does not know the project: the wrong page, not a lag.
                                ? `${source} answers 404 for the whole project, so the refusal cannot be settled by digest. If ${this.index.simpleUrl.href} is not this index's simple API, set index-url; a rerun compares digests again.`
                                : `${source} does not list ${info.filename} (not listed yet, after waiting), so the refusal cannot be settled by digest: `
                                    + 'the index may hold these bytes under another name, or a file of that name it no longer lists. Rerun later; the rerun compares digests again.'));
                }
                if (answer.status === 403 && this.credentials.refused()) {
                    throw new RetryableUploadError(`403 ${answer.message} (trying once more with a freshly minted token)`, false, 0, 403);
                }
                throw new Permanent(`The index refused ${info.filename}: ${answer.status} ${answer.message}${hintFor(answer.status, this.credentials)}`);
            }, (err) => (err instanceof RetryableUploadError ? { retry: true, ...(err.retryAfterMs !== undefined ? { delayMs: err.retryAfterMs } : {}) } : { retry: false }), 
            // A failed first file ends the release's other uploads, between attempts too.
            { ...UPLOAD_RETRY, what: `upload of ${info.filename}`, ...this.req.retry?.upload, ...(gate ? { signal: gate.closedSignal } : {}) }, this.log);
            this.update(info.filename, { status: outcome.status, seconds: spentMs / 1000, ...(outcome.url ? { url: outcome.url } : {}) });
        }
        catch (err) {
            if (err instanceof ReleaseNotCreated) {
                // The failure is the first file's, reported with it; the index has nothing of this one.
                this.log.info(`${info.filename}: ${err.message}.`);
                this.update(info.filename, { status: 'not-attempted', seconds: spentMs / 1000 });
                return;
            }
            const message = err instanceof errors/* UserError */.y
                ? err.message
                : `${info.filename}: ${describeError(err)}${err instanceof RetryableUploadError ? ' (no attempt left within the retry limits)' : ''}`;
            // One ::error:: for the whole step comes at the end; this line keeps the order of events.
            this.log.info(`Failed: ${message}`);
            this.update(info.filename, { status: 'failed', seconds: spentMs / 1000, error: message });
            this.failure ??= err instanceof Error ? err : new Error(String(err));
        }
    }
    /** After "already exists": a listing may lag behind the upload API (PyPI's CDN); give it a moment. */
    async awaitListing(p) {
        const { value } = await pollUntil({
            deadline: Date.now() + Math.min(this.req.listingPatienceMs ?? 30_000, 30_000),
            backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 8000 }),
            atDeadline: 'stop',
            look: async () => {
                const seen = await this.lookup(p);
                return seen.file ? { done: true, value: seen } : { done: false, state: { source: seen.source, ...(seen.projectMissing ? { projectMissing: true } : {}) } };
            },
            onTimeout: ({ state }) => state,
        });
        return value;
    }
}
function hintFor(status, credentials) {
    if (status !== 401 && status !== 403)
        return '';
    if (credentials.kind === 'token')
        return '\nCheck that the token is a current API token of this index (PyPI and TestPyPI have separate accounts) scoped to this project.';
    if (credentials.kind === 'password')
        return '\nCheck the user and password: that they are current for this index, and that the user may upload to this project.';
    return '\nThe minted token was refused: check that the trusted publisher is configured for this project on this index.';
}
/**
 * Every file published or skipped must be listed with its sha256; collects URLs. A listing that
 * lags behind the uploads (PyPI's CDN) is waited for a while.
 */
async function confirmListed(req, index, state, planned, results, sentSince, log) {
    const earlier = [];
    const patience = req.listingPatienceMs ?? 120_000;
    const deadline = Date.now() + patience;
    const groups = new Map();
    for (const p of planned)
        groups.set(releaseId(p.release), [...(groups.get(releaseId(p.release)) ?? []), p]);
    for (const group of groups.values()) {
        const { value: last } = await pollUntil({
            deadline,
            backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 15_000 }),
            atDeadline: 'stop',
            look: async () => {
                const release = await state.release(group[0].release);
                const byName = new Map(release.files.map((f) => [f.filename, f]));
                let missing = 0;
                for (const p of group) {
                    const remote = byName.get(p.info.filename);
                    if (!remote) {
                        missing++;
                        continue;
                    }
                    if (remote.sha256 !== p.info.sha256) {
                        throw new PublishFailed(`After the upload the index lists ${p.info.filename} with sha256 ${remote.sha256}, not the local ${p.info.sha256}. Investigate before releasing further.`);
                    }
                    if (remote.url)
                        results.set(p.info.filename, { ...results.get(p.info.filename), url: remote.url });
                }
                return missing === 0 ? { done: true, value: release } : { done: false, state: release };
            },
            onTimeout: ({ state: seen }) => seen,
        });
        const unlisted = group.filter((p) => !last.files.some((f) => f.filename === p.info.filename)).map((p) => p.info.filename);
        const { project, version } = group[0].release;
        if (unlisted.length === 0) {
            log.info(`Verified: ${last.source} lists all ${group.length} file${group.length === 1 ? '' : 's'} of ${project} ${version} with the local sha256.`);
        }
        else {
            const why = index.name === 'custom'
                ? (last.projectMissing ? ` It answers 404 for the whole project: if ${index.simpleUrl.href} is not this index's simple API, set index-url.` : '')
                : ' PyPI serves its pages through a CDN, which can take minutes to catch up.';
            log.warning(`The index accepted the uploads, but after ${Math.round(patience / 1000)} s ${last.source} does not list ${unlisted.join(', ')} (not listed yet); their URLs are missing from the outputs.${why}`);
        }
        earlier.push(...await answeredForFilesThere(group, last, state, results, sentSince, log));
    }
    if (earlier.length > 0 && !req.skipExisting) {
        throw new errors/* UserError */.y(`${earlier.join(', ')} ${earlier.length === 1 ? 'was' : 'were'} already on the index with the same sha256 before this run sent ${earlier.length === 1 ? 'it' : 'them'} `
            + "(the preflight read a stale listing), and skip-existing is false. Nothing on the index differs from the local files; "
            + 'rerun with skip-existing: true to accept byte-identical files already published.');
    }
}
/**
 * PyPI answers an identical re-upload with 200, as it answers a new file: files this run counts as
 * uploaded whose upload time on the index is before this run first sent them were there already
 * (the preflight read a stale listing) and count as skipped. Without upload times (from the simple
 * page, or PyPI's JSON API) that cannot be told: the line says so, and the files stay uploaded, as
 * the listing read before the uploads did not show them.
 */
async function answeredForFilesThere(group, release, state, results, sentSince, log) {
    const accepted = group.filter((p) => results.get(p.info.filename).status === 'uploaded' && sentSince.has(p.info.filename));
    const listed = accepted.map((p) => ({ p, remote: release.files.find((f) => f.filename === p.info.filename) })).filter((x) => x.remote);
    if (listed.length === 0)
        return [];
    const times = await state.fillUploadTimes(group[0].release, release);
    if (!times.known) {
        log.info(`${times.why}: a 200 answer cannot be told apart from one to a file that was already there, so ${listed.length} file${listed.length === 1 ? '' : 's'} answered 200 ${listed.length === 1 ? 'counts' : 'count'} as uploaded, as the listing read before the uploads did not show ${listed.length === 1 ? 'it' : 'them'}.`);
        return [];
    }
    const earlier = [];
    for (const { p, remote } of listed) {
        if (!wasThereBefore(remote, sentSince.get(p.info.filename)))
            continue;
        log.info(`${p.info.filename} was already on the index (uploaded ${remote.uploadTime.toISOString()}, before this run sent it): its 200 answered an identical re-upload. Counted as skipped.`);
        results.set(p.info.filename, { ...results.get(p.info.filename), status: 'skipped' });
        earlier.push(p.info.filename);
    }
    return earlier;
}
/**
 * A file listed with an upload time clearly before this run first sent it. The margin covers the
 * Date header's whole seconds and the time the answer took to arrive.
 */
function wasThereBefore(remote, sentSince) {
    return sentSince !== undefined && remote.uploadTime !== undefined && remote.uploadTime.getTime() < sentSince - 2000;
}
function resultOf(req, index, files, releases, uploadSeconds, auth) {
    return { index, files, releases, manifest: manifestOf(req, files, releases), preflightOnly: req.preflightOnly, uploadSeconds, ...(auth ? { auth } : {}) };
}
function manifestOf(req, files, releases) {
    const urls = new Map(files.filter((f) => f.url).map((f) => [f.filename, f.url]));
    if (req.expectManifest) {
        const m = req.expectManifest.manifest;
        const attestations = new Map(files.filter((f) => f.attestation).map((f) => [f.filename, f.attestation]));
        return {
            ...m,
            files: m.files.map((e) => ({
                ...e,
                ...(urls.has(e.filename) ? { url: urls.get(e.filename) } : {}),
                ...(attestations.has(e.filename) ? { attestation: attestations.get(e.filename) } : {}),
            })),
        };
    }
    const single = releases.length === 1 ? releases[0] : undefined;
    return {
        schema: 'python-release-actions/manifest',
        schemaVersion: 1,
        ...(single ? { project: single.project, version: single.version } : {}),
        createdAt: new Date().toISOString(),
        // A file that could not be read has no digests, and a manifest entry is its digests.
        files: files
            .filter(wasRead)
            .map((f) => ({
            filename: f.filename,
            size: f.size,
            sha256: f.sha256,
            ...(urls.has(f.filename) ? { url: urls.get(f.filename) } : {}),
            ...(f.attestation ? { attestation: f.attestation } : {}),
        }))
            .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var lib_process = __webpack_require__(57239);
;// CONCATENATED MODULE: ./lib/python/layout.js
/**
 * Where things are in a Python installation and in an environment, for each
 * OS: every path rule that differs between Windows and POSIX lives here, so
 * each can be tested for every OS on any machine (`layoutFor('win32')` on
 * Linux). Windows keeps an environment's interpreter and console scripts in
 * `Scripts\` (`python.exe`, `pip.exe`), an installation's interpreter at its
 * top (`C:\hostedtoolcache\windows\Python\3.12.1\x64\python.exe`), spells the
 * search path variable `Path`, separates it with `;`, and compares paths
 * without regard to case; POSIX has `bin/`, `PATH` and `:`. macOS file
 * systems are case-insensitive too by default.
 */

function layoutFor(platform = process.platform) {
    const windows = platform === 'win32';
    const path = windows ? external_node_path_.win32 : external_node_path_.posix;
    const caseInsensitive = windows || platform === 'darwin';
    const fold = (p) => (caseInsensitive ? p.toLowerCase() : p);
    const exe = (name) => (windows && !/\.exe$/i.test(name) ? `${name}.exe` : name);
    const scriptsDir = (root) => path.join(root, windows ? 'Scripts' : 'bin');
    return {
        platform,
        windows,
        path,
        exe,
        scriptsDir,
        venvPython: (root) => path.join(scriptsDir(root), exe('python')),
        interpretersIn: (dir, names) => (windows
            ? [...names.map((n) => path.join(dir, 'Scripts', exe(n))), ...names.map((n) => path.join(dir, exe(n)))]
            : names.map((n) => path.join(dir, 'bin', n))),
        isInside: (dir, candidate) => {
            const rel = path.relative(fold(path.resolve(dir)), fold(path.resolve(candidate)));
            return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
        },
        pathKey: (env) => (windows ? Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'Path' : 'PATH'),
        withPathFirst(env, dir) {
            const key = this.pathKey(env);
            const current = env[key];
            return { ...env, [key]: current ? `${dir}${path.delimiter}${current}` : dir };
        },
        shellWrappers: !windows,
    };
}
/** The layout of the machine this runs on. */
const hostLayout = layoutFor();

// EXTERNAL MODULE: ./lib/python/scripts/index.js
var scripts = __webpack_require__(2633);
// EXTERNAL MODULE: ./lib/map-limit.js
var map_limit = __webpack_require__(74455);
;// CONCATENATED MODULE: ./lib/python/interpreters.js
/**
 * Finding a Python interpreter for a spec such as '2.7', '3.12', '3.x',
 * 'pypy3.10' or a path. Every candidate is run and asked what it is: a file
 * called python3.12 may be a pyenv shim that fails, a symlink to another
 * version, or a wrapper script, so names only decide where to look.
 */










const VERSION_SPEC = /^(?:(cpython|python|pypy)-?)?(?:(\d+)(?:\.(\d+|x)(?:\.(\d+))?)?)?$/i;
function parseSpec(text) {
    const spec = text.trim();
    if (spec === '')
        throw new errors/* UserError */.y('The Python spec is empty: give a version such as 2.7, 3.12, 3.x or pypy3.10, or an interpreter path.');
    if (spec.includes('/') || spec.includes('\\') || spec.startsWith('~') || (0,external_node_path_.isAbsolute)(spec)) {
        const expanded = spec.startsWith('~') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), spec.slice(1)) : spec;
        return { kind: 'path', text: spec, path: (0,external_node_path_.resolve)(expanded) };
    }
    const m = VERSION_SPEC.exec(spec);
    if (m && (m[1] || m[2])) {
        const implementation = m[1]?.toLowerCase() === 'pypy' ? 'pypy' : 'cpython';
        if (!m[2] && implementation === 'cpython')
            return { kind: 'command', text: spec, name: spec };
        const out = { kind: 'version', text: spec, implementation };
        if (m[2] !== undefined)
            out.major = Number(m[2]);
        if (m[3] !== undefined && m[3].toLowerCase() !== 'x')
            out.minor = Number(m[3]);
        if (m[4] !== undefined) {
            if (out.minor === undefined)
                throw new errors/* UserError */.y(`The Python spec "${spec}" is not a version: write 3.12.1, 3.12 or 3.x.`);
            out.micro = Number(m[4]);
        }
        return out;
    }
    if (/^[\w.+-]+$/.test(spec))
        return { kind: 'command', text: spec, name: spec };
    throw new errors/* UserError */.y(`The Python spec "${spec}" is neither a version (2.7, 3.12, 3.x, pypy3.10) nor an interpreter path.`);
}
function describeSpec(spec) {
    const impl = spec.implementation === 'pypy' ? 'PyPy' : 'CPython';
    if (spec.major === undefined)
        return impl;
    const parts = [spec.major, spec.minor ?? 'x', ...(spec.micro !== undefined ? [spec.micro] : [])];
    return `${impl} ${parts.join('.')}`;
}
/** Printed before probe.py's answer. */
const MARK = '__PYRELEASE_PROBE__';
/** Runs `path` and asks what it is. */
async function probeInterpreter(path, log = lib_log/* silentLogger */.q) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('probe')];
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)(path, args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)(path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), timeoutMs: 60_000 });
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            return { ok: false, error: err.reason };
        throw err;
    }
    const info = (0,scripts/* markedJson */.FD)(r.stdout, MARK);
    if (r.timedOut)
        return { ok: false, error: `does not answer: it ran for ${Math.round(r.timeoutMs / 1000)} s without finishing and was stopped` };
    if (r.code !== 0 || !info) {
        // The first line names the problem for a shim or wrapper, the last one for a Python traceback.
        const lines = (r.stderr || r.stdout).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        const why = (lines.length <= 2 ? lines : [lines[0], '…', lines[lines.length - 1]]).join(' ') || `exit code ${r.code}`;
        return { ok: false, error: `does not run (exit ${r.code}): ${why}` };
    }
    return { ok: true, info };
}
function interpreterOf(candidate, info, source) {
    const path = info.executable && (0,external_node_fs_.existsSync)(info.executable) ? info.executable : candidate;
    return {
        path,
        version: info.version,
        major: info.major,
        minor: info.minor,
        implementation: info.implementation,
        source,
        prefix: info.prefix,
        basePrefix: info.base_prefix,
        machine: info.machine,
    };
}
/** Reads the version of an interpreter at a known path; UserError when it does not run. */
async function inspectInterpreter(path, source = 'explicit', log = lib_log/* silentLogger */.q) {
    const probe = await probeInterpreter(path, log);
    if (!probe.ok)
        throw new errors/* UserError */.y(`The Python interpreter ${path} ${probe.error}. Pass a working interpreter.`);
    return interpreterOf(path, probe.info, source);
}
function realDir(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return (0,external_node_path_.resolve)(dir);
    }
}
const layout = hostLayout;
const exe = layout.exe;
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function listDir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
function firstFile(candidates) {
    return candidates.find(isFile);
}
function interpreterNames(spec) {
    const stem = spec.implementation === 'pypy' ? 'pypy' : 'python';
    const names = [];
    if (spec.major !== undefined && spec.minor !== undefined)
        names.push(`${stem}${spec.major}.${spec.minor}`);
    if (spec.major !== undefined)
        names.push(`${stem}${spec.major}`);
    names.push(stem);
    return names;
}
function versionedNames(spec) {
    const stem = spec.implementation === 'pypy' ? 'pypy' : 'python';
    const major = spec.major === undefined ? '\\d+' : String(spec.major);
    return {
        pattern: new RegExp(`^${stem}${major}\\.\\d+${layout.windows ? '\\.exe' : ''}$`),
        text: `${stem}${spec.major ?? 'X'}.Y`,
    };
}
/**
 * The complete installations of `tool` for `arch` in the tool cache at `root`,
 * newest first (so of two directories holding one version, the newer-named
 * wins), by @actions/tool-cache's own lookup of the layout setup-python
 * writes: <root>/<tool>/<version>/<arch>, finished with <version>/<arch>.complete
 * (an install without it was interrupted). The toolkit reports each step as a
 * ::debug:: line on stdout, which a runner shows only with debug logging on.
 */
async function toolCacheInstalls(root, tool, arch) {
    // Loaded on first use: the CLI runs without a tool cache and need not load the toolkit.
    const tc = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.bind(__webpack_require__, 95991));
    // The toolkit reads the cache's location from RUNNER_TOOL_CACHE only; these calls are
    // synchronous, so pointing it at the cache being searched cannot leak to other code.
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = root;
    try {
        return tc.findAllVersions(tool, arch)
            .sort(semver.rcompare)
            .map((version) => tc.find(tool, version, arch))
            .filter((dir) => dir !== '');
    }
    finally {
        if (saved === undefined)
            delete process.env.RUNNER_TOOL_CACHE;
        else
            process.env.RUNNER_TOOL_CACHE = saved;
    }
}
async function toolCachePlace(spec, env) {
    const place = { label: 'tool cache', source: 'tool-cache', candidates: [] };
    const root = env.RUNNER_TOOL_CACHE;
    if (!root)
        return { ...place, note: 'RUNNER_TOOL_CACHE is not set' };
    // actions/setup-python keeps <tool cache>/Python/<version>/<arch>/bin/python3 (PyPy/<python version>/<arch>/bin/pypy3).
    const tool = spec.implementation === 'pypy' ? 'PyPy' : 'Python';
    const dir = (0,external_node_path_.join)(root, tool);
    place.label = `tool cache (${dir})`;
    if (!(0,external_node_fs_.existsSync)(dir))
        return { ...place, note: 'does not exist' };
    const arch = (0,external_node_os_.arch)();
    const installs = await toolCacheInstalls(root, tool, arch);
    if (installs.length === 0)
        return { ...place, note: `no complete ${arch} installation (setup-python marks one with <version>/${arch}.complete)` };
    const names = spec.implementation === 'pypy' ? ['pypy3', 'pypy', 'python3', 'python'] : ['python3', 'python', 'python2'];
    for (const archDir of installs) {
        const found = firstFile(layout.interpretersIn(archDir, names));
        if (found)
            place.candidates.push(found);
    }
    return place;
}
function pathPlace(names, env, extra) {
    const place = { label: 'PATH', source: 'path', candidates: [] };
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    if (dirs.length === 0)
        return { ...place, note: 'PATH is empty' };
    // pyenv shims only forward to $PYENV_ROOT/versions/*, which is searched directly; each shim
    // costs a bash start-up and fails for every version that is not pyenv's global one.
    const shims = new Set(pyenvRoots(env).map((root) => realDir((0,external_node_path_.join)(root, 'shims'))));
    const seen = new Set();
    for (const dir of dirs) {
        const real = realDir(dir);
        if (shims.has(real)) {
            place.skipped = [...(place.skipped ?? []), `${dir} (pyenv shims; pyenv's versions are searched below)`];
            continue;
        }
        if (seen.has(real))
            continue; // /bin and /usr/bin are often one directory
        seen.add(real);
        const listing = extra ? listDir(dir).filter((n) => extra.pattern.test(n)) : [];
        for (const name of [...names.map(exe), ...listing]) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if (isFile(candidate) && !place.candidates.includes(candidate))
                place.candidates.push(candidate);
        }
    }
    if (place.candidates.length === 0 && !place.skipped) {
        const wanted = [...names, ...(extra ? [extra.text] : [])].join(', ');
        return { ...place, note: `no ${wanted} in ${dirs.join(external_node_path_.delimiter)}` };
    }
    return place;
}
function pyenvRoots(env) {
    const roots = [env.PYENV_ROOT, (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.pyenv'), '/root/.pyenv'].filter((r) => !!r);
    return [...new Set(roots.map((r) => (0,external_node_path_.resolve)(r)))];
}
function pyenvPlaces(env) {
    return pyenvRoots(env).map((root) => {
        const versions = (0,external_node_path_.join)(root, 'versions');
        const place = { label: `pyenv (${versions})`, source: 'pyenv', candidates: [] };
        if (!(0,external_node_fs_.existsSync)(versions))
            return { ...place, note: 'does not exist' };
        for (const version of listDir(versions)) {
            const found = firstFile(layout.interpretersIn((0,external_node_path_.join)(versions, version), ['python', 'python3', 'python2', 'pypy3', 'pypy']));
            if (found)
                place.candidates.push(found);
        }
        return place;
    });
}
function interpreters_matches(spec, py) {
    if (py.implementation !== spec.implementation)
        return false;
    if (spec.major !== undefined && py.major !== spec.major)
        return false;
    if (spec.minor !== undefined && py.minor !== spec.minor)
        return false;
    if (spec.micro !== undefined && Number(/^\d+\.\d+\.(\d+)/.exec(py.version)?.[1]) !== spec.micro)
        return false;
    return true;
}
/** Compares '3.12.1', '3.14.0rc1', '3.13.0a2': numerically, and a final release above its pre-releases. */
function comparePythonVersions(a, b) {
    const key = (v) => {
        const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(a|b|c|rc)(\d+))?/.exec(v);
        if (!m)
            return [0, 0, 0, 4, 0];
        const level = m[4] === undefined ? 4 : m[4] === 'a' ? 1 : m[4] === 'b' ? 2 : 3;
        return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), level, Number(m[5] ?? 0)];
    };
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++)
        if (ka[i] !== kb[i])
            return ka[i] - kb[i];
    return 0;
}
/** 'CPython 3.12.1', 'PyPy 3.10.14': for messages. */
function describeInterpreter(py) {
    const impl = py.implementation === 'cpython' ? 'CPython' : py.implementation === 'pypy' ? 'PyPy' : py.implementation;
    return `${impl} ${py.version}`;
}
function describeFinding(f) {
    if (!f.probe.ok)
        return `${f.candidate} → ${f.probe.error}`;
    const py = f.interpreter;
    const where = py.path !== f.candidate ? ` (${py.path})` : '';
    return `${f.candidate} → ${describeInterpreter(py)}${where}`;
}
function report(places, findings) {
    return places.map((place, i) => {
        const head = `  ${i + 1}. ${place.label}`;
        if (place.note)
            return `${head}: ${place.note}`;
        const found = findings.get(place) ?? [];
        const skipped = (place.skipped ?? []).map((s) => `       skipped ${s}`);
        if (found.length === 0 && skipped.length === 0)
            return `${head}: no interpreter found`;
        return [`${head}:`, ...found.map((f) => `       ${describeFinding(f)}`), ...skipped].join('\n');
    }).join('\n');
}
const HOW_TO_FIX = 'Install it first (actions/setup-python for 3.x or PyPy; for CPython 2.7 run the job in the '
    + 'python:2.7.18-buster container or install it with conda/pyenv), or pass the interpreter\'s path.';
/**
 * Finds an interpreter for `spec`: an explicit path; otherwise the runner's
 * tool cache, then PATH, then pyenv. A spec that fixes the minor version
 * ('3.12', '2.7', '3.12.1') takes the first place in that order that has a
 * match, the highest patch within it; an open spec ('3.x', '3', 'pypy3')
 * takes the highest version found anywhere (ties go to the earlier place).
 */
async function resolvePython(spec, env, log = lib_log/* silentLogger */.q) {
    const parsed = parseSpec(spec);
    const searchEnv = env ?? {
        PATH: process.env.PATH,
        RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
        PYENV_ROOT: process.env.PYENV_ROOT,
    };
    if (parsed.kind === 'path') {
        let path = parsed.path;
        if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory()) {
            // A virtual environment or installation prefix rather than the interpreter itself.
            const names = ['python3', 'python', 'python2', 'pypy3', 'pypy'];
            const inside = firstFile(layout.interpretersIn(path, names));
            if (!inside) {
                const expected = layout.interpretersIn(path, names.slice(0, 2)).map((p) => layout.path.relative(path, p)).join(' or ');
                throw new errors/* UserError */.y(`The Python spec "${spec}" is a directory without ${expected} inside. Pass the interpreter's path.`);
            }
            path = inside;
        }
        else if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* UserError */.y(`The Python interpreter "${spec}" does not exist (looked at ${path}). Pass an existing interpreter path or a version such as 3.12.`);
        }
        const py = await inspectInterpreter(path, 'explicit', log);
        log.info(`Using ${describeInterpreter(py)} at ${py.path} (given as ${spec})`);
        return py;
    }
    const places = parsed.kind === 'command'
        ? [pathPlace([parsed.name], searchEnv)]
        : [
            await toolCachePlace(parsed, searchEnv),
            // Every pythonX.Y of the major, not only the requested name: names are not trusted, and the
            // error message then shows what is there.
            pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
            ...pyenvPlaces(searchEnv),
        ];
    const probes = new Map();
    const probe = (candidate) => {
        let p = probes.get(candidate);
        if (!p) {
            p = probeInterpreter(candidate, log);
            probes.set(candidate, p);
        }
        return p;
    };
    const findings = new Map();
    const matching = (place) => (findings.get(place) ?? [])
        .map((f) => f.interpreter)
        .filter((py) => !!py && (parsed.kind === 'command' || interpreters_matches(parsed, py)));
    // Place by place, so that a fixed-minor spec met early (the usual case on a runner: the tool
    // cache) does not wait for every other interpreter on the machine to start.
    let chosen;
    for (const place of places) {
        findings.set(place, await (0,map_limit/* mapLimit */.s)(place.candidates, 8, async (candidate) => {
            const pr = await probe(candidate);
            const finding = { candidate, probe: pr };
            if (pr.ok)
                finding.interpreter = interpreterOf(candidate, pr.info, place.source);
            return finding;
        }));
        if (parsed.kind === 'command') {
            chosen = matching(place)[0];
            break;
        }
        if (parsed.minor !== undefined) {
            chosen = highest(matching(place));
            if (chosen)
                break;
        }
    }
    if (parsed.kind === 'version' && parsed.minor === undefined)
        chosen = highest(places.flatMap(matching));
    log.debug(`Python interpreters searched for "${spec}":\n${report(places.filter((p) => findings.has(p) || p.note), findings)}`);
    if (!chosen) {
        const wanted = parsed.kind === 'command' ? `a working "${parsed.name}" on PATH` : describeSpec(parsed);
        throw new errors/* UserError */.y(`No Python interpreter matches "${spec}" (wanted ${wanted}). Searched, in this order:\n${report(places, findings)}\n${HOW_TO_FIX}`);
    }
    log.info(`Using ${describeInterpreter(chosen)} at ${chosen.path} (found via ${chosen.source} for "${spec}")`);
    return chosen;
}
/**
 * Every interpreter an open version spec ('3', '3.x', '2') matches, one per
 * minor version, oldest first: for each X.Y the one resolvePython('X.Y')
 * would choose (the first place in the search order that has one, the
 * highest patch there). For "every local interpreter" (the rehearsal).
 */
async function listPythons(spec, env, log = lib_log/* silentLogger */.q) {
    const parsed = parseSpec(spec);
    if (parsed.kind !== 'version' || parsed.minor !== undefined) {
        throw new errors/* UserError */.y(`listPythons takes an open version such as 3 or 3.x, not "${spec}".`);
    }
    const searchEnv = env ?? { PATH: process.env.PATH, RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, PYENV_ROOT: process.env.PYENV_ROOT };
    const places = [
        await toolCachePlace(parsed, searchEnv),
        pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
        ...pyenvPlaces(searchEnv),
    ];
    const byMinor = new Map();
    for (const place of places) {
        const found = await (0,map_limit/* mapLimit */.s)(place.candidates, 8, async (candidate) => {
            const pr = await probeInterpreter(candidate, log);
            return pr.ok ? interpreterOf(candidate, pr.info, place.source) : undefined;
        });
        // Within a place the highest patch wins; an earlier place keeps its minor versions.
        const here = new Map();
        for (const py of found) {
            if (!py || !interpreters_matches(parsed, py))
                continue;
            const key = `${py.major}.${py.minor}`;
            const best = here.get(key);
            if (!best || comparePythonVersions(py.version, best.version) > 0)
                here.set(key, py);
        }
        for (const [key, py] of here)
            if (!byMinor.has(key))
                byMinor.set(key, py);
    }
    return [...byMinor.values()].sort((a, b) => comparePythonVersions(a.version, b.version));
}
/** The highest version; among equals, the first (earlier place, earlier candidate). */
function highest(list) {
    let best;
    for (const py of list) {
        if (!best || comparePythonVersions(py.version, best.version) > 0)
            best = py;
    }
    return best;
}

// EXTERNAL MODULE: ./lib/distributions/filename.js
var distributions_filename = __webpack_require__(63394);
;// CONCATENATED MODULE: ./lib/python/run.js
/** Running Python, either a bare interpreter or inside an environment. */



const PYTHON_TIMEOUT_MS = 10 * 60_000;
function isEnvironment(target) {
    return 'root' in target && 'env' in target;
}
/** The executable and variables a target runs with. */
function commandOf(target) {
    return isEnvironment(target)
        ? { file: target.python, env: target.env }
        : { file: target.path, env: (0,lib_process/* pythonEnvironment */.M3)() };
}
/**
 * Runs the interpreter with `args` (an argument array, never a shell line).
 * A bare interpreter runs with the caller's environment cleaned of PYTHON*
 * and PIP_* variables and the user site disabled; an environment runs with
 * its own variables.
 */
async function runPython(target, args, opts = {}) {
    const { file, env } = commandOf(target);
    (opts.log ?? lib_log/* silentLogger */.q).debug(`$ ${(0,lib_process/* formatCommand */.fE)(file, args)}${opts.cwd ? `  (in ${opts.cwd})` : ''}`);
    return runInterpreter(file, args, { env, cwd: opts.cwd, input: opts.input, timeoutMs: opts.timeoutMs ?? PYTHON_TIMEOUT_MS });
}
/** runProcess for an interpreter: one that cannot start is a UserError naming it. */
async function runInterpreter(file, args, opts) {
    try {
        return await (0,lib_process/* runProcess */.R3)(file, args, opts);
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            throw new errors/* UserError */.y(`Could not run the Python interpreter ${file}: ${err.reason}.`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/python/facts.js
/**
 * What verify-install asks a base interpreter before it installs, in one
 * start (scripts/interpreter_facts.py, run with -S): sys.path without site,
 * where an environment at a given root keeps its packages, the interpreter's
 * own pip (version and location), and its compatible wheel tags. Every Python
 * start costs tens of milliseconds (more on a loaded runner), and a verify leg
 * used to pay for six of them here.
 */




/** Printed before interpreter_facts.py's answer. */
const facts_MARK = '__PYRELEASE_FACTS__';
async function interpreterFacts(target, opts = {}) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const args = [
        '-S', '-c', (0,scripts/* withPrologue */.ML)('interpreter_facts', 'probe'),
        opts.scheme?.root ?? '-',
        opts.scheme?.kind ?? '-',
        opts.tags === 'computed' ? 'computed' : opts.tags ? 'tags' : '-',
        ...(opts.ensurepip ? ['ensurepip'] : []),
    ];
    const r = await runPython(target, args, { log, timeoutMs: 120_000 });
    const raw = (0,scripts/* markedJson */.FD)(r.stdout, facts_MARK);
    if (r.code !== 0 || !raw) {
        throw new Error(`Asking ${commandOf(target).file} about itself failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    return {
        preSite: raw.pre_site,
        ...(raw.scheme && opts.scheme ? { scheme: { ...opts.scheme, dirs: raw.scheme.dirs, scripts: raw.scheme.scripts } } : {}),
        ...(raw.pip ? { pip: raw.pip } : {}),
        ensurepip: raw.ensurepip,
        ...(raw.tags && raw.tags.tags.length > 0 ? { tags: raw.tags } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/python/tags.js
/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */





/**
 * The compatible tags of an interpreter, or of an environment's interpreter,
 * with where they came from: the modules the interpreter's pip decides with
 * (what `pip debug --verbose` prints, without starting pip), else a
 * standalone packaging, else computed.
 */
async function supportedTagsWithSource(target, opts = {}) {
    const facts = await interpreterFacts(target, { tags: opts.computedOnly ? 'computed' : true, ...(opts.log ? { log: opts.log } : {}) });
    if (!facts.tags)
        throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}.`);
    return facts.tags;
}
/**
 * The interpreter's compatible wheel tags in priority order (most preferred
 * first). Remembered in `py.tags` for an Interpreter.
 */
async function supportedTags(target, log = lib_log/* silentLogger */.q) {
    if (!isEnvironment(target) && target.tags)
        return target.tags;
    const { tags, source } = await supportedTagsWithSource(target, { log });
    log.debug(`${tags.length} compatible tags (from ${source}); first: ${tags.slice(0, 3).join(', ')}`);
    if (!isEnvironment(target))
        target.tags = tags;
    return tags;
}
/** The expanded tag set of a wheel filename ("py2.py3-none-any" → py2-none-any, py3-none-any). */
function wheelTags(wheelFilename) {
    return (0,distributions_filename/* parseWheelFilename */.eP)((0,external_node_path_.basename)(wheelFilename)).tags.map((t) => t.toLowerCase());
}
/** Whether pip would consider the wheel installable: its tag set meets the interpreter's tags. */
function wheelIsCompatible(wheelFilename, tags) {
    return wheelSupportIndex(wheelFilename, tags) !== -1;
}
/** The position of the wheel's best tag in `tags` (lower is preferred, as pip ranks), or -1. */
function wheelSupportIndex(wheelFilename, tags) {
    const rank = new Map();
    tags.forEach((t, i) => { if (!rank.has(t.toLowerCase()))
        rank.set(t.toLowerCase(), i); });
    let best = -1;
    for (const tag of wheelTags(wheelFilename)) {
        const i = rank.get(tag);
        if (i !== undefined && (best === -1 || i < best))
            best = i;
    }
    return best;
}
/** Of several wheels, the one pip would choose for these tags; undefined when none fits. */
function preferredWheel(wheelFilenames, tags) {
    let chosen;
    let chosenIndex = Infinity;
    for (const file of wheelFilenames) {
        const i = wheelSupportIndex(file, tags);
        if (i !== -1 && i < chosenIndex) {
            chosen = file;
            chosenIndex = i;
        }
    }
    return chosen;
}

;// CONCATENATED MODULE: ./lib/python/pip.js
/** Installing into an environment with pip, with nothing but the sources the caller names. */






/** '23.2.1' → [23, 2, 1]; '26.2b1' → [26, 2]. */
function versionParts(version) {
    return (/^\d+(?:\.\d+)*/.exec(version.trim())?.[0] ?? '').split('.').filter(Boolean).map(Number);
}
/** Whether pip `version` is at least `minimum` (release numbers only). */
function pipAtLeast(version, minimum) {
    const a = versionParts(version);
    const b = versionParts(minimum);
    if (a.length === 0)
        return false;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return true;
}
/** pip 26.2 caches /simple/ pages by their Cache-Control and added --refresh-package to bypass that. */
function pipSupportsRefreshPackage(pipVersion) {
    return pipAtLeast(pipVersion, '26.2');
}
const pip_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A local path made absolute, because pip runs in the environment's directory; URLs and names unchanged. */
function localPath(value, mustExist) {
    if (pip_URL.test(value) || (0,external_node_path_.isAbsolute)(value))
        return value;
    const looksLikePath = value.includes('/') || value.includes('\\') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(value);
    if (!looksLikePath)
        return value;
    const abs = (0,external_node_path_.resolve)(value);
    return !mustExist || (0,external_node_fs_.existsSync)(abs) ? abs : value;
}
/** The environment's pip, or a UserError saying there is none. */
function pipOf(env) {
    if (!env.pip) {
        throw new errors/* UserError */.y(`The environment ${env.root} has no pip (its interpreter ${env.base.path} has none, nor ensurepip's bundled one). Use an interpreter with pip.`);
    }
    return env.pip;
}
/**
 * The interpreter's arguments for `pip <command> <args>` in `env`, with the
 * options every run gets: no version check, no prompts.
 */
function pipArgs(env, command, args) {
    return [...pipOf(env).args, command, '--disable-pip-version-check', '--no-input', ...args];
}
/** The arguments after the interpreter for `pip install` of `req` in `env`. */
function pipInstallArgs(env, req, log = lib_log/* silentLogger */.q) {
    const pipVersion = pipOf(env).version;
    const args = [];
    if (req.noCacheDir !== false)
        args.push('--no-cache-dir');
    // A site-dir environment runs the base interpreter, whose default scheme is the base's site-packages.
    if (env.kind === 'site-dir')
        args.push('--prefix', env.root);
    if (req.noIndex)
        args.push('--no-index');
    if (req.indexUrl)
        args.push('--index-url', req.indexUrl);
    for (const url of req.extraIndexUrls ?? [])
        args.push('--extra-index-url', url);
    for (const link of req.findLinks ?? [])
        args.push('--find-links', localPath(link, false));
    if (req.noDeps)
        args.push('--no-deps');
    if (req.onlyBinary?.length)
        args.push('--only-binary', req.onlyBinary.join(','));
    if (req.pre)
        args.push('--pre');
    if (req.upgrade)
        args.push('--upgrade');
    if (req.refreshPackages?.length) {
        if (pipSupportsRefreshPackage(pipVersion)) {
            for (const name of req.refreshPackages)
                args.push('--refresh-package', name);
        }
        else {
            log.info(`pip ${pipVersion || '(unknown)'} has no --refresh-package (pip 26.2 added it); `
                + (req.noCacheDir === false
                    ? 'this pip revalidates /simple/ pages anyway (pip 18.1 and later)'
                    : '--no-cache-dir makes pip read the index afresh'));
        }
    }
    args.push(...(req.extraArgs ?? []));
    // "--" ends pip's options: a requirement that starts with "-" cannot become an option.
    args.push('--', ...req.requirements.map((r) => localPath(r, true)));
    return pipArgs(env, 'install', args);
}
/**
 * `pip install` into the environment. Never reads pip configuration files or
 * PIP_* variables (the environment's variables exclude them), never checks
 * for a newer pip, never prompts, and by default uses no cache. Runs in the
 * environment's root so that a setup.cfg or a same-named directory in the
 * caller's working directory plays no part.
 */
async function pipInstall(env, req, log = lib_log/* silentLogger */.q) {
    if (req.requirements.length === 0)
        throw new errors/* UserError */.y('Nothing to install: give at least one requirement.');
    const args = pipInstallArgs(env, req, log);
    const command = [env.python, ...args].map(lib_process/* maskCredentials */.Bs);
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(env.python, args)}`);
    const r = await runInterpreter(env.python, args, { env: env.env, cwd: env.root, timeoutMs: req.timeoutMs ?? 30 * 60_000 });
    if (r.code !== 0)
        log.debug(`pip install exited ${r.code}:\n${r.stderr}`);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr, command, ...(r.timedOut ? { timedOutAfterMs: r.timeoutMs } : {}) };
}

;// CONCATENATED MODULE: ./lib/python/environments.js
/**
 * Fresh, isolated Python environments to install into and verify from.
 * Nothing here downloads anything.
 *
 * Python 3 gets a real virtual environment, `python -m venv --without-pip`,
 * and no pip of its own: the base interpreter's pip installs into it, run by
 * the environment's interpreter with only the `pip` import redirected to the
 * base's copy. That is what `pip --python ENV` does (pip's own
 * `__pip-runner__.py`, used where pip has it: 22.3 and later;
 * scripts/pip_runner.py for older pips). It costs nothing to set up, installs
 * with the pip version the interpreter has (which decides which wheels
 * install), and starts from the base's byte-compiled pip. Seeding pip into the
 * venv instead costs seconds: ensurepip unpacks and compiles a wheel, and a
 * copied pip compiles itself on its first run.
 *
 * Python 2.7 has no `venv`, and `virtualenv` is rarely installed (and cannot
 * be fetched: nothing here may download). The alternatives, and why this
 * module builds a "site-dir environment" instead:
 * - `pip install --target DIR` + PYTHONPATH=DIR: DIR lands *before* the
 *   standard library (a backport such as `enum34` or `futures` would shadow
 *   it), .pth files in DIR are never processed (namespace packages break), the
 *   base interpreter's site-packages stays importable (a stale copy of the
 *   package under test can win, editable installs leak in), and a second
 *   `--target` install of another version silently keeps the first unless
 *   --upgrade. And `-E`, the usual way to ignore the caller's variables,
 *   ignores PYTHONPATH too.
 * - PYTHONHOME pointed at a tree of symlinks to the standard library (what old
 *   virtualenv did with a copied binary): it works for the base interpreter
 *   but breaks any *other* Python a smoke test or build step starts with the
 *   same environment variables.
 * - `ensurepip` into the base: modifies the base interpreter.
 * The site-dir environment is a prefix (`root/lib/python2.7/site-packages`,
 * `root/bin`) plus a `sitecustomize.py` in `root/.pyrelease`, which
 * PYTHONPATH names. At start-up, site.py imports it, and it puts sys.path back
 * to what it was before site.py ran (`python -S`'s path, recorded when the
 * environment was made), drops whatever base .pth files imported (editable
 * finders, namespace stubs, setuptools' distutils shim), and adds the
 * environment's site directories with site.addsitedir, so the result is what
 * a venv without system site-packages has: standard library first, then only
 * the environment's packages, .pth files processed. It only acts in the
 * interpreter it was made for (same sys.prefix), so another Python that
 * inherits PYTHONPATH is left alone. The base's pip installs with
 * `--prefix root`, so upgrades uninstall the old version as in a venv.
 * Requirement: run it with `env.env` and without -E, -I or -S.
 *
 * pips before 23.1 build a dependency's sdist that has no pyproject.toml with
 * `setup.py` in the target interpreter, which then needs setuptools and wheel:
 * for those pips, the base's setuptools and wheel are copied in (file by file,
 * from their RECORD). A base without pip gets ensurepip's bundled pip
 * installed into the environment (`pip: 'bundled'` forces that).
 */











const environments_layout = hostLayout;
/** pip 23.1 dropped `setup.py install`: earlier pips may run setup.py in the environment, which then needs setuptools and wheel. */
function needsBuildTools(pipVersion) {
    return !pipAtLeast(pipVersion, '23.1');
}
/**
 * Creates a fresh environment in `root` (which must be absent or empty), with
 * the user site disabled and PYTHONPATH, PYTHONHOME and PIP_* of the caller
 * removed.
 */
async function createEnvironment(py, root, log = lib_log/* silentLogger */.q, options = {}) {
    const dir = (0,external_node_path_.resolve)(root);
    if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.readdirSync)(dir).length > 0) {
        throw new errors/* UserError */.y(`Cannot create a Python environment in ${dir}: the directory is not empty. Use a new directory.`);
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const kind = options.kind ?? 'auto';
    const pip = options.pip ?? 'base';
    const given = options.facts === undefined ? undefined : Promise.resolve(options.facts);
    given?.catch(() => { });
    // The facts of the scheme this environment needs: the caller's when they fit, else asked now.
    const factsFor = async (scheme) => {
        const facts = await given;
        if (facts?.scheme?.kind === scheme && (0,external_node_path_.resolve)(facts.scheme.root) === dir)
            return facts;
        return interpreterFacts(py, { scheme: { kind: scheme, root: dir }, log });
    };
    const started = Date.now();
    let environment;
    if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
        const made = await makeVenv(py, dir, log, pip, factsFor);
        if (made.ok) {
            environment = made.environment;
        }
        else if (kind === 'venv') {
            throw new errors/* UserError */.y(`${made.error}\nInstall the interpreter's venv module (Debian: python3-venv).`);
        }
        else {
            log.warning(`${made.error}\nFalling back to a site-dir environment.`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
    }
    environment ??= await makeSiteDirEnvironment(py, dir, log, pip, factsFor);
    const pipText = environment.pip ? `pip ${environment.pip.version}${environment.pip.from === 'base' ? ` of ${describeInterpreter(py)}, run for the environment` : ''}` : 'no pip';
    log.info(`Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms (${pipText})`);
    return environment;
}
async function runLogged(log, file, args, env, cwd) {
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(file, args)}`);
    return runInterpreter(file, args, { env, cwd, timeoutMs: 600_000 });
}
/** The base's pip, run for the environment: pip's own runner where it has one (22.3 and later), else ours. */
function basePip(pip) {
    const runner = (0,external_node_path_.join)(pip.location, 'pip', '__pip-runner__.py');
    return {
        version: pip.version,
        home: pip.location,
        from: 'base',
        args: (0,external_node_fs_.existsSync)(runner) ? [runner] : ['-c', (0,scripts/* pythonScript */.w$)('pip_runner'), pip.location],
    };
}
/** A pip installed into the environment's own site directory. */
function ownPip(siteDir) {
    const info = (0,external_node_fs_.existsSync)(siteDir) ? (0,external_node_fs_.readdirSync)(siteDir).find((n) => /^pip-[^-]+\.dist-info$/i.test(n)) : undefined;
    return info ? { version: info.slice('pip-'.length, -'.dist-info'.length), home: siteDir, from: 'environment', args: ['-m', 'pip'] } : undefined;
}
/** Printed before the answer of copy_distributions.py. */
const COPY_MARK = '__PYRELEASE_SEED__';
/** Copies the base's installed `names` into `dest` (file by file from their RECORD); the names copied. */
async function copyDistributions(py, names, dest, cwd, log) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('copy_distributions'), dest, ...names];
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(py.path, args)}`);
    const r = await runInterpreter(py.path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), cwd, timeoutMs: 300_000 });
    const result = (0,scripts/* markedJson */.FD)(r.stdout, COPY_MARK);
    if (r.code !== 0 || !result) {
        throw new Error(`Copying ${names.join(', ')} into ${dest} failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    for (const d of result.done)
        log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
    if (result.missing.length)
        log.debug(`Not copied: ${result.missing.join('; ')}`);
    return result.done.map((d) => d.name);
}
/** For a pip that may run setup.py in the environment: the base's setuptools and wheel, when it has them. */
async function addBuildTools(py, pip, siteDir, cwd, log) {
    if (pip.from !== 'base' || !needsBuildTools(pip.version))
        return;
    const copied = await copyDistributions(py, ['setuptools', 'wheel'], siteDir, cwd, log);
    if (!copied.includes('setuptools')) {
        log.info(`${py.path} has no setuptools to copy: pip ${pip.version} can then build a dependency's sdist only when it has a pyproject.toml.`);
    }
}
async function makeVenv(py, root, log, pip, factsFor) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const args = pip === 'bundled' ? ['-m', 'venv', root] : ['-m', 'venv', '--without-pip', root];
    const facts = factsFor('venv');
    facts.catch(() => { });
    const r = await runLogged(log, py.path, args, base, root);
    if (r.code !== 0) {
        return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}` };
    }
    const binDir = environments_layout.scriptsDir(root);
    const python = environments_layout.venvPython(root);
    const env = environments_layout.withPathFirst({ ...base, VIRTUAL_ENV: root }, binDir);
    const { scheme, pip: own } = await facts;
    const sitePackages = scheme.dirs[0];
    if (!(0,external_node_fs_.existsSync)(sitePackages)) {
        throw new Error(`${py.path} -m venv made ${root}, but not the site-packages its install scheme names (${sitePackages}).`);
    }
    let runner = pip === 'bundled' ? ownPip(sitePackages) : own ? basePip(own) : undefined;
    if (!runner && pip === 'base') {
        log.info(`${py.path} has no pip; installing ensurepip's bundled pip into the environment.`);
        const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
        if (ensure.code !== 0)
            log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${(0,lib_process/* tail */.RT)(ensure.stderr)}`);
        runner = ownPip(sitePackages);
    }
    if (runner)
        await addBuildTools(py, runner, sitePackages, root, log);
    return {
        ok: true,
        environment: { root, python, env, sitePackages, siteDirs: scheme.dirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'venv', base: py },
    };
}
/** The environment's sitecustomize.py: scripts/sitecustomize.py with this environment's paths. */
function sitecustomizeSource(o) {
    return (0,scripts/* fillTemplate */.ou)('sitecustomize', { _ROOT: o.root, _BASE_PREFIX: o.basePrefix, _PRE_SITE: o.preSite, _SITE_DIRS: o.siteDirs });
}
function shellQuote(s) {
    return `'${s.replace(/'/g, "'\\''")}'`;
}
function writeScript(path, text) {
    (0,external_node_fs_.writeFileSync)(path, text);
    (0,external_node_fs_.chmodSync)(path, 0o755);
}
/** POSIX wrappers so that `python`, `pythonX`, `pythonX.Y` (and `pip`, for a pip of its own) on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir, py, activateDir, withPip) {
    if (!environments_layout.shellWrappers)
        return;
    const preamble = [
        '# python-release-actions site-dir environment: the base interpreter with this environment active.',
        `PYTHONPATH=${shellQuote(activateDir)}\${PYTHONPATH:+:\$PYTHONPATH}`,
        'PYTHONNOUSERSITE=1',
        'export PYTHONPATH PYTHONNOUSERSITE',
        'unset PYTHONHOME',
        '',
    ].join('\n');
    for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
        writeScript(environments_layout.path.join(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
        const pip = environments_layout.path.join(binDir, `pip${v}`);
        if (withPip && !(0,external_node_fs_.existsSync)(pip))
            writeScript(pip, `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} -m pip "$@"\n`);
    }
}
async function makeSiteDirEnvironment(py, root, log, pip, factsFor) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const facts = await factsFor('prefix');
    const scheme = facts.scheme;
    if (scheme.dirs.length === 0)
        throw new Error(`${py.path} named no directory that pip install --prefix ${root} would install into.`);
    // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
    const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix;
    const siteDirs = scheme.dirs;
    const binDir = scheme.scripts;
    const activateDir = (0,external_node_path_.join)(root, '.pyrelease');
    for (const d of [...siteDirs, binDir, activateDir])
        (0,external_node_fs_.mkdirSync)(d, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(activateDir, 'sitecustomize.py'), sitecustomizeSource({ root, basePrefix, preSite: facts.preSite, siteDirs }));
    const env = environments_layout.withPathFirst({ ...base, PYTHONPATH: activateDir }, binDir);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'pyrelease-environment.json'), `${JSON.stringify({
        kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
    }, null, 2)}\n`);
    const sitePackages = siteDirs[0];
    let runner = pip === 'base' && facts.pip ? basePip(facts.pip) : undefined;
    if (!runner) {
        // ensurepip's own way: pip runs from its wheel and installs itself (and setuptools) into the prefix.
        const wheels = facts.ensurepip.length > 0 ? facts.ensurepip : (await interpreterFacts(py, { ensurepip: true, log })).ensurepip;
        const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
        if (pipWheel) {
            const args = ['-c', (0,scripts/* pythonScript */.w$)('pip_from_wheel'), pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
                '--ignore-installed', '--prefix', root, ...wheels];
            const r = await runLogged(log, py.path, args, env, root);
            if (r.code !== 0)
                throw new Error(`Installing ensurepip's bundled pip failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
            runner = ownPip(sitePackages);
        }
        else {
            log.warning(`${py.path} has neither a pip nor ensurepip's bundled wheels: the environment has no pip.`);
        }
    }
    writeSiteDirWrappers(binDir, py, activateDir, runner?.from === 'environment');
    if (runner)
        await addBuildTools(py, runner, sitePackages, root, log);
    return { root, python: py.path, env, sitePackages, siteDirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'site-dir', base: py };
}

;// CONCATENATED MODULE: ./lib/python/inspect.js
/** What an environment has installed, seen from inside it, in one Python start. */








/** Printed before inspect_installed.py's answer. */
const inspect_MARK = '__PYRELEASE_INSPECT__';
/**
 * Reads each distribution as installed in the environment (the first on
 * sys.path, as an import would see it; RECORD checked against the files),
 * then imports each module, running in `cwd` (choose a directory outside any
 * checkout; it is removed from sys.path first). One interpreter start for all.
 */
async function inspectInstalled(env, wanted, cwd, log = lib_log/* silentLogger */.q) {
    const request = wanted.map((w) => ({ name: w.name, module: w.module === null ? '-' : w.module ?? '' }));
    const r = await runPython(env, ['-c', (0,scripts/* pythonScript */.w$)('inspect_installed'), JSON.stringify(request)], { cwd, log, timeoutMs: 300_000 });
    const raw = (0,scripts/* markedJson */.FD)(r.stdout, inspect_MARK);
    if (!raw) {
        // The import runs the package's own code: one that hangs, exits or closes stdout is the package's doing.
        const names = wanted.map((w) => w.name).join(', ');
        const said = (0,lib_process/* tail */.RT)(r.stderr || r.stdout);
        const how = r.timedOut
            ? `did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped`
            : r.code !== 0 ? `exited with code ${r.code} before it answered` : 'ended without an answer (an os._exit(0) in the import does that)';
        throw new errors/* UserError */.y(`Importing ${names} with ${env.python} ${how}${said ? `:\n${said}` : '.'}\n`
            + 'Check what the package runs when it is imported (a server, a wait, os._exit): the import check runs it as a user\'s `import` would.');
    }
    return {
        sysPath: raw.sysPath,
        prefix: raw.prefix,
        packages: raw.packages.map((p) => {
            const out = { name: p.name };
            if (p.dist) {
                const { record, ...dist } = p.dist;
                out.dist = { ...dist, ...(record ? { record } : {}) };
            }
            if (p.chosen)
                out.chosen = { ...(p.chosen.module ? { module: p.chosen.module } : {}), why: p.chosen.why };
            if (p.module)
                out.module = p.module;
            if (p.import) {
                const i = p.import;
                out.imported = {
                    ok: i.ok,
                    ...(i.version != null ? { version: i.version } : {}),
                    ...(i.commit != null ? { commit: i.commit } : {}),
                    ...(i.file != null ? { file: i.file } : {}),
                    ...(i.error ? { error: i.error } : {}),
                };
            }
            return out;
        }),
    };
}
/** Whether `file` lies inside the environment's root, comparing real paths (macOS /var is /private/var). */
function fileIsInEnvironment(env, file) {
    const real = (p) => {
        try {
            return (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            return (0,external_node_path_.resolve)(p);
        }
    };
    return hostLayout.isInside(real(env.root), real(file));
}

;// CONCATENATED MODULE: ./lib/python/index.js
/**
 * Python interpreters, isolated environments and pip, for verify-install and
 * the rehearsal: everything that runs inside Python works on 2.7 and 3.x.
 */









;// CONCATENATED MODULE: ./lib/files/checked-file.js
/**
 * Writing a file so that its destination only ever holds complete, checked
 * bytes: written to a private `.part-*` file beside it (same directory, so the
 * rename cannot cross filesystems), hashed while written, its size and sha256
 * checked against what was promised, then renamed into place. On any failure
 * the part file is removed and the destination is left as it was.
 *
 * fsync: none, decided here once for every caller, and for the whole-file
 * writer beside it (atomic-write.ts). The rename makes the file appear whole to
 * every reader on the running system, which is what the pipeline relies on.
 * What a crash of the machine could leave behind is never trusted without
 * being checked again: a rerun reuses a file only when it still hashes to the
 * manifest's sha256, pypi-publish hashes every file before uploading it, the
 * small files (manifests, attestations, leg results, the local index's state)
 * are parsed and validated by whoever reads them (one cut short is refused with
 * a message naming it, never sent or trusted), and a hosted runner that crashed
 * is not reused. Waiting for the disk on every file made fetching measurably
 * slower for none of that.
 *
 * Hashing and writing run on a hashing worker when one is running (see
 * src/hashing/pool.ts), so the calling thread only moves bytes.
 */




/**
 * The hashing layer, loaded on first use: the actions' settings import
 * http-download.ts (for redactUrl) before they know the inputs are good, and a
 * bad input must fail without parsing the hashing kernel and hash-wasm.
 */
async function hasherFor(part) {
    const { createHasher } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 69275));
    return createHasher(['sha256'], { writeTo: part });
}
async function md5Of(path) {
    const { hash } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 69275));
    return (await hash(path, ['md5'])).md5;
}
/**
 * A file being written towards `dest`. Feed it with write() (waiting on
 * ready() when it says so); commit() checks and renames it into place, and
 * discard() gives it up. Exactly one of them must end it.
 */
class CheckedFile {
    dest;
    part;
    hasher;
    expect;
    ended = false;
    constructor(dest, part, hasher, expect) {
        this.dest = dest;
        this.part = part;
        this.hasher = hasher;
        this.expect = expect;
    }
    /** Creates the part file beside `dest` (and `dest`'s directory if needed). */
    static async create(dest, expect = {}) {
        const expectedSha256 = expect.expectedSha256?.toLowerCase();
        if (expectedSha256 !== undefined && !/^[0-9a-f]{64}$/.test(expectedSha256)) {
            throw new errors/* UserError */.y(`The expected sha256 for ${(0,external_node_path_.basename)(dest)} is not 64 hex digits: "${expect.expectedSha256}". Fix the manifest or listing that supplied it.`);
        }
        const part = (0,atomic_write/* partPathFor */.Eg)(dest);
        try {
            await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            // Created here ('wx': never someone else's file); the hasher then writes it.
            await (await (0,external_node_fs_promises_.open)(part, 'wx')).close();
        }
        catch (err) {
            throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
        }
        try {
            return new CheckedFile(dest, part, await hasherFor(part), { ...expect, expectedSha256 });
        }
        catch (err) {
            await (0,external_node_fs_promises_.rm)(part, { force: true }).catch(() => { });
            throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
        }
    }
    /** Bytes written so far (handed over: a failed write shows in error()). */
    get size() {
        return this.hasher.size;
    }
    get label() {
        return `${(0,external_node_path_.basename)(this.dest)}${this.expect.what ? ` (${this.expect.what})` : ''}`;
    }
    /** Refuses bytes beyond the expected size: they cannot be the promised file. */
    write(chunk) {
        const { expectedSize } = this.expect;
        if (expectedSize !== undefined && this.size + chunk.byteLength > expectedSize) {
            throw new errors/* UserError */.y(`${this.label} holds more than the ${expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
        }
        this.hasher.update(chunk);
    }
    /** Undefined when more can be written now; otherwise resolves when it can. */
    ready() {
        return this.hasher.ready();
    }
    /** A failed write (a full disk, as a UserError with its code) or a lost hashing worker, as soon as it is known. */
    error() {
        const failure = this.hasher.error();
        return failure && (0,atomic_write/* diskFailure */.C9)(failure, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
    }
    /** Starts the file over, empty (a download that cannot resume). */
    async restart() {
        await this.hasher.abort();
        // A new hasher truncates the part file.
        this.hasher = await hasherFor(this.part);
    }
    /**
     * Closes the part file, checks size and sha256, and renames it to `dest`.
     * `accept`, when given, sees the digests first and may refuse them by throwing
     * (the part file is then removed and `dest` left as it was).
     */
    async commit(accept) {
        if (this.ended)
            throw new Error('checked file already ended');
        this.ended = true;
        try {
            let digests;
            try {
                digests = await this.hasher.digest();
            }
            catch (err) {
                throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
            }
            const { expectedSize, expectedSha256 } = this.expect;
            if (expectedSize !== undefined && digests.size !== expectedSize) {
                throw new errors/* UserError */.y(`${this.label} gave ${digests.size} bytes, not the ${expectedSize} listed. It changed after it was listed, or the transfer was cut short; re-run to fetch it again.`);
            }
            if (expectedSha256 !== undefined && digests.sha256 !== expectedSha256) {
                throw new errors/* UserError */.y(`${this.label}: sha256 is ${digests.sha256} but ${expectedSha256} was expected. These are not the bytes that were promised; ` +
                    'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.');
            }
            const part = this.part;
            await accept?.({ size: digests.size, sha256: digests.sha256, md5: () => md5Of(part) });
            await (0,atomic_write/* renameIntoPlace */.Qf)(this.part, this.dest);
            return { path: this.dest, size: digests.size, sha256: digests.sha256 };
        }
        catch (err) {
            await (0,external_node_fs_promises_.rm)(this.part, { force: true }).catch(() => { });
            throw err;
        }
    }
    /** Gives the file up: the part file is closed and removed, `dest` is untouched. */
    async discard() {
        if (this.ended)
            return;
        this.ended = true;
        await this.hasher.abort();
        await (0,external_node_fs_promises_.rm)(this.part, { force: true }).catch(() => { });
    }
}
/**
 * Streams `source` into `dest` through a CheckedFile; `dest` never holds a
 * partial or unchecked file. A function as `source` is called once the part
 * file exists, so nothing is opened for a destination that cannot be written.
 */
async function writeChecked(source, dest, opts = {}) {
    opts.signal?.throwIfAborted();
    const file = await CheckedFile.create(dest, opts);
    try {
        const stream = typeof source === 'function' ? await source() : source;
        const onAbort = () => stream.destroy?.(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            for await (const chunk of stream) {
                file.write(chunk);
                const failed = file.error();
                if (failed)
                    throw failed;
                const wait = file.ready();
                if (wait)
                    await wait;
                opts.onProgress?.(file.size, opts.expectedSize);
            }
        }
        finally {
            opts.signal?.removeEventListener('abort', onAbort);
            stream.destroy?.();
        }
        opts.signal?.throwIfAborted();
        return await file.commit();
    }
    finally {
        await file.discard();
    }
}

;// CONCATENATED MODULE: ./lib/sources/local.js
/**
 * Wheels already on disk: a directory (its files, not its subdirectories), a
 * single file, or a glob such as `wheelhouse/**\/*.whl`. Copies are streamed,
 * hashed and renamed into place like downloads, so the rest of fetch-wheels
 * treats disk like any other source.
 */







function isMissing(err) {
    const code = err?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
async function fileEntry(path) {
    try {
        const s = await (0,external_node_fs_promises_.stat)(path, { bigint: true });
        if (!s.isFile())
            return undefined;
        // A wheel rebuilt in place gets a new modification time (or a new inode), even at the same size.
        return { name: (0,external_node_path_.basename)(path), key: path, size: Number(s.size), url: (0,external_node_url_.pathToFileURL)(path).href, etag: `mtime-${s.mtimeNs}-ino-${s.ino}-size-${s.size}` };
    }
    catch (err) {
        if (isMissing(err))
            return undefined;
        throw err;
    }
}
class LocalSource {
    pattern;
    /** `pattern` is absolute: a directory, a file, or a glob. */
    constructor(pattern) {
        this.pattern = pattern;
    }
    describe() {
        return this.pattern;
    }
    async list(log) {
        let files;
        try {
            files = await this.scan();
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            throw new errors/* UserError */.y(`Reading ${this.pattern} failed: ${err.message}. Check the path and its permissions.`);
        }
        log.info(`${this.pattern}: ${files.length} file(s)`);
        return files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    async scan() {
        let s;
        try {
            s = await (0,external_node_fs_promises_.stat)(this.pattern);
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
        if (s?.isDirectory()) {
            const names = await (0,external_node_fs_promises_.readdir)(this.pattern);
            const entries = await Promise.all(names.map((n) => fileEntry((0,external_node_path_.join)(this.pattern, n))));
            return entries.filter((e) => e !== undefined);
        }
        if (s?.isFile())
            return [(await fileEntry(this.pattern))];
        if (!(0,index_min/* hasMagic */.qt)(this.pattern, { windowsPathsNoEscape: process.platform === 'win32' }))
            return []; // not there (yet)
        const paths = await (0,index_min/* glob */.TI)(this.pattern, { nodir: true, absolute: true, dot: false, windowsPathsNoEscape: process.platform === 'win32' });
        const entries = await Promise.all(paths.map((p) => fileEntry(p)));
        return entries.filter((e) => e !== undefined);
    }
    download(file, dest, opts) {
        return writeChecked(() => (0,external_node_fs_.createReadStream)(file.key, { highWaterMark: 1024 * 1024 }), dest, {
            what: file.key,
            expectedSize: file.size,
            expectedSha256: opts.expectedSha256 ?? file.sha256,
            onProgress: opts.onProgress,
            signal: opts.signal,
        }).then((written) => ({ ...written, attempts: 1 }), (err) => {
            if (err instanceof errors/* UserError */.y)
                throw err;
            throw new errors/* UserError */.y(`Copying ${file.key} failed: ${err.message}. Check that it is readable and that ${dest} is writable.`);
        });
    }
}

// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(66246);
// EXTERNAL MODULE: ./lib/versions/pep440.js
var pep440 = __webpack_require__(63854);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./lib/commands/verify-install/availability.js
/**
 * Whether an index lists a release for this interpreter yet: the version, and
 * a wheel pip would install here (tags, Requires-Python, yanked), and the
 * polling that waits for it with a capped exponential backoff and a deadline.
 */









/** Requires-Python as pip checks it: against X.Y.Z (no pre-release suffix); an invalid specifier does not exclude. */
function requiresPythonAllows(spec, pythonVersion) {
    if (!spec || !spec.trim())
        return true;
    const release = /^\d+(?:\.\d+){0,2}/.exec(pythonVersion)?.[0] ?? pythonVersion;
    const parts = release.split('.');
    while (parts.length < 3)
        parts.push('0');
    try {
        if (!_renovatebot_pep440.validRange(spec))
            return true;
        return _renovatebot_pep440.satisfies(parts.join('.'), spec);
    }
    catch {
        return true;
    }
}
function compareVersions(a, b) {
    const pa = (0,pep440/* parsePep440 */.FB)(a);
    const pb = (0,pep440/* parsePep440 */.FB)(b);
    if (pa && pb)
        return (0,pep440/* comparePep440 */.PG)(pa, pb);
    return a < b ? -1 : a > b ? 1 : 0;
}
/** What the listing offers this interpreter for `target.version`. */
function evaluateListing(files, target) {
    const project = (0,distributions/* normalizeName */.Pc)(target.project);
    const versions = new Set();
    const verdicts = [];
    for (const file of files) {
        let parsed;
        try {
            parsed = (0,distributions/* parseDistributionFilename */.h3)(file.filename);
        }
        catch {
            continue; // not a distribution filename pip would consider
        }
        if (parsed.normalizedName !== project)
            continue;
        versions.add(parsed.normalizedVersion);
        if (!(0,distributions/* versionsEqual */.At)(parsed.version, target.version))
            continue;
        const verdict = { file, parsed };
        if (parsed.kind !== 'wheel') {
            verdict.rejected = 'an sdist: verify-install tests the wheel (pip runs with --only-binary)';
        }
        else if (wheelSupportIndex(file.filename, target.tags) === -1) {
            verdict.rejected = `not for ${target.pythonLabel}: none of its tags (${parsed.tags.join(', ')}) is one this interpreter's pip accepts`;
        }
        else if (!requiresPythonAllows(file.requiresPython, target.pythonVersion)) {
            verdict.rejected = `Requires-Python "${file.requiresPython}" excludes ${target.pythonLabel}`;
        }
        else if (file.yanked && !target.allowYanked) {
            verdict.rejected = `yanked${typeof file.yanked === 'string' ? ` (${file.yanked})` : ''}: pip skips it unless pinned with ==`;
        }
        verdicts.push(verdict);
    }
    const usable = verdicts.filter((v) => !v.rejected && (!target.filename || v.file.filename === target.filename)).map((v) => v.file);
    const byName = new Map(usable.map((f) => [f.filename, f]));
    const order = [...usable].sort((a, b) => wheelSupportIndex(a.filename, target.tags) - wheelSupportIndex(b.filename, target.tags));
    const preferred = preferredWheel(usable.map((f) => f.filename), target.tags);
    return {
        versions: [...versions].sort(compareVersions),
        files: verdicts,
        compatible: order,
        ...(preferred ? { chosen: byName.get(preferred) } : {}),
    };
}
/** One paragraph saying what the index lists, for a timeout or a wrong-version failure. */
function describeListing(evaluation, target, page) {
    const where = page.url;
    if (evaluation.versions.length === 0)
        return `${where} lists no distribution files of ${target.project}.`;
    const versions = evaluation.versions.length > 12
        ? `${evaluation.versions.length} versions, the newest ${evaluation.versions.slice(-8).join(', ')}`
        : `version${evaluation.versions.length === 1 ? '' : 's'} ${evaluation.versions.join(', ')}`;
    const head = `${where} lists ${versions}`;
    if (evaluation.files.length === 0) {
        return `${head}, but no file of ${(0,distributions/* normalizeVersion */.Qj)(target.version) ?? target.version}.`;
    }
    const files = evaluation.files.map((v) => `${v.file.filename} (${v.rejected ?? 'installable here'})`);
    return `${head}; the files of ${(0,distributions/* normalizeVersion */.Qj)(target.version) ?? target.version} are: ${files.join('; ')}.`;
}
/**
 * The wait before poll `n + 1`: 1 s, then ×1.5 each time, capped at 10 s, with
 * ±10 % jitter so that the legs of a matrix do not poll in step. Short early
 * waits report availability to within a few seconds; the cap keeps a 15-minute
 * wait near 100 requests.
 */
function pollDelayMs(n, random = Math.random) {
    return exponentialBackoff({ firstMs: 1000, factor: 1.5, maxMs: 10_000, jitter: 0.1, random })(n);
}
function secondsText(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Polls the project page until it lists `version` with a wheel pip would
 * install here. A missing page (404) and passing failures (network, 5xx, 429)
 * mean "not yet"; 401/403 and other client errors stop at once. At the
 * deadline, throws a UserError that says what the index listed at the last poll.
 */
async function waitForRelease(opts) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const now = opts.now ?? Date.now;
    let tags;
    let lastReported = '';
    const look = async (poll) => {
        let answer;
        let error;
        try {
            answer = await fetchSimplePage(opts.projectUrl, { timeoutMs: opts.requestTimeoutMs });
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            if (err instanceof HttpStatusError && (err.status === 401 || err.status === 403)) {
                throw new errors/* UserError */.y(splitCredentials(opts.projectUrl).authorization
                    ? `The index refused to show ${opts.target.project}: ${err.message}. The credentials in index-url were refused: check that the user and token are current and may read this project.`
                    : `The index refused to show ${opts.target.project}: ${err.message}. Put credentials in the index URL (https://user:token@host/simple/) or use a public index.`);
            }
            if (err instanceof HttpStatusError && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
                throw new errors/* UserError */.y(`The index answered ${err.message} for the project page. Check index-url: it must be a simple index such as https://pypi.org/simple/.`);
            }
            // A name that does not resolve, TLS spoken to a plain-HTTP server, a cap exceeded: no wait changes these.
            if (!(err instanceof HttpStatusError) && !httpRetryDecision(err).retry) {
                throw new errors/* UserError */.y(`Could not read ${redactUrl(opts.projectUrl)}: ${describeError(err)}. Waiting would not change that: check index-url (its host name, and http:// versus https://).`);
            }
            error = err;
        }
        const at = now();
        let evaluation;
        if (answer?.found) {
            tags ??= await opts.tags;
            evaluation = evaluateListing(answer.page.files, { ...opts.target, tags });
            const wanted = opts.target.filename ? evaluation.files.find((v) => v.file.filename === opts.target.filename) : undefined;
            if (wanted?.rejected) {
                throw new errors/* UserError */.y(`${answer.page.url} lists ${wanted.file.filename}, but pip would not install it on ${opts.target.pythonLabel}: ${wanted.rejected}.`);
            }
            if (evaluation.chosen) {
                const seconds = (at - opts.startedAt) / 1000;
                log.info(`${answer.page.url} lists ${evaluation.chosen.filename} after ${seconds.toFixed(1)} s (poll ${poll}, ${answer.page.format.toUpperCase()} page)`);
                const available = {
                    page: answer.page,
                    evaluation: evaluation,
                    availableAt: at,
                    secondsToAvailable: Math.round(seconds * 10) / 10,
                    polls: poll,
                };
                return { done: true, value: available };
            }
        }
        const status = error !== undefined
            ? `the request failed: ${describeError(error)}`
            : !answer.found
                ? `${answer.status} (the project is not listed)`
                : `not yet: ${describeListing(evaluation, opts.target, answer.page)}`;
        if (status !== lastReported) {
            log.info(`Waiting for ${opts.target.project} ${opts.target.version} on ${redactUrl(opts.indexUrl)}: ${status}`);
            lastReported = status;
        }
        return { done: false, state: { answer, error, at, evaluation } };
    };
    const { value } = await pollUntil({
        look,
        deadline: opts.deadline,
        backoff: (poll) => pollDelayMs(poll, opts.random),
        onTimeout: ({ state }) => {
            throw notAvailable(opts, state);
        },
        now,
        sleep: opts.sleep,
    });
    return value;
}
/** At the deadline: what the index listed at the last poll. */
function notAvailable(opts, last) {
    const waited = secondsText(last.at - opts.startedAt);
    const limit = secondsText(opts.deadline - opts.startedAt);
    const what = opts.target.filename ?? `${opts.target.project} ${opts.target.version} with a wheel for ${opts.target.pythonLabel}`;
    const head = `${what} did not appear on ${redactUrl(opts.indexUrl)} within wait-timeout (${limit}; last poll at ${waited}).`;
    let seen;
    if (last.error !== undefined)
        seen = `The last poll of ${redactUrl(opts.projectUrl)} failed: ${describeError(last.error)}.`;
    else if (!last.answer.found)
        seen = `${last.answer.url} answered ${last.answer.status}: the index does not list ${opts.target.project} at all.`;
    else
        seen = `At the last poll, ${describeListing(last.evaluation, opts.target, last.answer.page)}`;
    return new errors/* UserError */.y(`${head} ${seen} Check that the upload succeeded and that package, version and index match it, or raise wait-timeout.`);
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/checks.js

function checkDistributionVersion(project, installed, expected) {
    const ok = (0,distributions/* versionsEqual */.At)(installed, expected);
    return {
        name: `${project} version`,
        ok,
        detail: ok ? `${installed} (equal to ${expected} under PEP 440)` : `the installed ${project} is ${installed}, but ${expected} was expected`,
    };
}
/** The installed files against the distribution's RECORD: each listed file there, with the size it gives. */
function checkRecord(project, record, metadataDir) {
    const name = `${project} files`;
    if (!record)
        return { name, ok: false, detail: `${metadataDir} has no RECORD: pip writes one for every wheel it installs, so this is no wheel install` };
    const problems = [];
    const more = (shown, count) => (count > shown ? ` and ${count - shown} more` : '');
    if (record.missingCount > 0)
        problems.push(`${record.missingCount} listed file${record.missingCount === 1 ? ' is' : 's are'} missing: ${record.missing.join(', ')}${more(record.missing.length, record.missingCount)}`);
    if (record.resizedCount > 0)
        problems.push(`${record.resizedCount} of another size: ${record.resized.join(', ')}${more(record.resized.length, record.resizedCount)}`);
    if (problems.length > 0)
        return { name, ok: false, detail: `${project}'s RECORD does not match what is installed: ${problems.join('; ')}` };
    return { name, ok: true, detail: `all ${record.files} files of its RECORD are there, with the sizes RECORD gives` };
}
/** sys.path as the environment's interpreter has it: no site directory from outside the environment. */
function checkIsolation(sysPath, inEnvironment, root) {
    const foreign = sysPath.filter((p) => /[\\/](site|dist)-packages([\\/]|$)/.test(p) && !inEnvironment(p));
    return foreign.length === 0
        ? { name: 'isolation', ok: true, detail: `sys.path holds no site-packages but those of ${root}` }
        : { name: 'isolation', ok: false, detail: `the environment ${root} also sees ${foreign.join(', ')}: packages there could stand in for the installed ones` };
}
function checkVersionAttribute(module, actual, expected, required) {
    const name = `${module}.__version__`;
    if (actual === undefined) {
        return required
            ? { name, ok: false, detail: `${module} has no __version__, so the import cannot show which version it found (set require-version-attribute: false for a package without one)` }
            : { name, ok: true, detail: 'not defined (allowed by require-version-attribute: false)' };
    }
    const ok = (0,distributions/* versionsEqual */.At)(actual, expected);
    return {
        name,
        ok,
        detail: ok ? `${actual} (equal to ${expected} under PEP 440)` : `${module}.__version__ is ${JSON.stringify(actual)}, but ${expected} was expected`,
    };
}
/** Exact, except that a hexadecimal commit compares case-insensitively. */
function checkCommit(module, actual, expected) {
    const name = `${module}.__commit__`;
    if (actual === undefined)
        return { name, ok: false, detail: `${module} has no __commit__, but expect-commit is ${expected}` };
    const hex = /^[0-9a-f]+$/i;
    const ok = actual === expected || (hex.test(actual) && hex.test(expected) && actual.toLowerCase() === expected.toLowerCase());
    return { name, ok, detail: ok ? actual : `${module}.__commit__ is ${JSON.stringify(actual)}, but ${expected} was expected` };
}
function checkFileLocation(module, file, inside, root) {
    const name = `${module}.__file__`;
    if (!file)
        return { name, ok: false, detail: `${module} has no __file__ or __path__: cannot tell where it was imported from` };
    return {
        name,
        ok: inside,
        detail: inside ? file : `${module} was imported from ${file}, outside the fresh environment ${root}: something else shadows the installed package`,
    };
}
/** The installed wheel's bytes against its manifest entry. */
function checkManifest(manifest, manifestPath, filename, actual) {
    const name = 'manifest';
    const entry = manifest.files.find((f) => f.filename === filename);
    if (!entry) {
        const wheels = manifest.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
        return {
            name,
            ok: false,
            detail: `the installed wheel ${filename} is not in the manifest ${manifestPath} (it lists ${wheels.length} wheel${wheels.length === 1 ? '' : 's'}: ${wheels.join(', ') || 'none'})`,
        };
    }
    const problems = [];
    if (entry.sha256.toLowerCase() !== actual.sha256.toLowerCase())
        problems.push(`sha256 ${actual.sha256}, the manifest says ${entry.sha256}`);
    if (entry.size !== actual.size)
        problems.push(`${actual.size} bytes, the manifest says ${entry.size}`);
    if (problems.length > 0) {
        return { name, ok: false, detail: `the installed ${filename} differs from the manifest ${manifestPath}: ${problems.join('; ')}` };
    }
    return { name, ok: true, detail: `${filename} is byte-identical to the manifest entry (sha256 ${entry.sha256})` };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/indexes.js
/**
 * Where the package and its dependencies come from. The test index (TestPyPI)
 * is anyone's namespace: a dependency name registered there with a higher
 * version would win pip's resolution (pip treats every index alike). So in the
 * "exact-file" mode only the one wheel comes from the test index, fetched by
 * URL and checked by sha256, and pip never sees that index at all.
 */

const PYPI_SIMPLE = 'https://pypi.org/simple/';
const TESTPYPI_SIMPLE = 'https://test.pypi.org/simple/';
function indexes_withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
/** The plan and any warnings the user should read. */
function planIndexes(s) {
    const warnings = [];
    const testMode = s.repository === 'testpypi' || s.dependencyIndexUrl !== undefined;
    const indexUrl = indexes_withSlash(s.indexUrl ?? (s.repository === 'testpypi' ? TESTPYPI_SIMPLE : PYPI_SIMPLE));
    const extras = s.extraIndexUrls.map(indexes_withSlash);
    if (extras.length > 0) {
        warnings.push(`extra-index-url is set: pip will treat ${[indexUrl, ...extras].map((u) => redactUrl(u)).join(' and ')} as one pool and install the highest version of every name `
            + 'it finds in any of them, so anyone who registers one of your dependencies (or your package) on the other index with a higher '
            + 'version decides what gets installed (dependency confusion).'
            + (testMode ? ' Leave extra-index-url empty to install the exact wheel from the test index with dependencies from dependency-index-url only.' : ''));
        if (s.dependencyIndexUrl !== undefined)
            warnings.push('dependency-index-url is ignored because extra-index-url is set.');
        return { plan: { mode: 'mixed', indexUrl, extraIndexUrls: extras }, warnings };
    }
    if (testMode) {
        return { plan: { mode: 'exact-file', indexUrl, dependencyIndexUrl: indexes_withSlash(s.dependencyIndexUrl ?? PYPI_SIMPLE) }, warnings };
    }
    return { plan: { mode: 'index', indexUrl, extraIndexUrls: [] }, warnings };
}

;// CONCATENATED MODULE: ./lib/sources/http-download.js
/**
 * Downloading one file over HTTP(S) so that the destination only ever holds
 * complete, checked bytes: the checked atomic writer (src/files/checked-file.ts)
 * writes and hashes the bytes into a part file beside the destination, checks
 * them and renames them into place; this module adds resuming with Range after
 * a dropped connection, and starting over when a server cannot resume.
 */






async function restart(state) {
    await state.file.restart();
    state.have = 0;
    state.resumes = 0;
    state.resumable = false;
    state.validator = undefined;
    state.total = undefined;
}
/** `bytes 100-199/1000` → { start: 100, total: 1000 }; total undefined for `*`. */
function parseContentRange(value) {
    const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
    if (!m)
        return undefined;
    return { start: Number(m[1]), end: Number(m[2]), total: m[3] === '*' ? undefined : Number(m[3]) };
}
function statusError(status, statusText, url, retryAfter) {
    return new HttpStatusError(status, `${status} ${statusText || ''}`.trim() + ` from ${redactUrl(url)}`, parseRetryAfter(retryAfter));
}
function toUserError(err, url, attempts) {
    if (err instanceof errors/* UserError */.y)
        return err;
    const where = redactUrl(url);
    if (err instanceof HttpError && err.code === 'EREDIRECT') {
        return new errors/* UserError */.y(`Downloading ${where} failed: ${err.message}. Use a URL that answers without such a redirect.`);
    }
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    if (err instanceof HttpStatusError) {
        if (err.status === 404 || err.status === 410) {
            return new errors/* UserError */.y(`Downloading ${where} failed: ${err.status}, the file is not there. Check that the listing is current and re-run.`);
        }
        if (err.status === 401 || err.status === 403) {
            return new errors/* UserError */.y(`Downloading ${where} failed: ${err.status}, access denied. The file is not public; give credentials that may read it.`);
        }
        if (err.status >= 500 || err.status === 429 || err.status === 408) {
            return new errors/* UserError */.y(`Downloading ${where} failed after ${tries}: the server kept answering ${err.message.split(' from ')[0]}. Try again later.`);
        }
        return new errors/* UserError */.y(`Downloading ${where} failed: ${err.message}.`);
    }
    const e = (err ?? {});
    if (e.name === 'AbortError')
        return err;
    return new errors/* UserError */.y(`Downloading ${where} failed after ${tries}: ${describeError(err)}. Check the network and the server, then re-run.`);
}
/**
 * Downloads `url` to `dest`. Retries dropped connections, stalls, truncated
 * bodies, 408/429/5xx (honouring Retry-After); resumes from the bytes already
 * on disk when the server supports ranges; never leaves a partial file at
 * `dest`. Memory stays flat whatever the file size.
 */
async function downloadFile(url, dest, opts) {
    const start = new URL(url);
    const idleTimeoutMs = opts.idleTimeoutMs ?? 60_000;
    const retry = {
        ...DEFAULT_RETRY,
        maxElapsedMs: MAX_TRANSFER_MS,
        ...opts.retry,
        maxAttempts: opts.maxAttempts ?? opts.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
        signal: opts.signal,
        what: `GET ${redactUrl(start)}`,
    };
    const name = (0,external_node_path_.basename)(dest);
    const md5 = opts.md5IfResumed?.toLowerCase();
    let state;
    /** False once a resumed download failed its MD5: from then on every attempt starts at byte 0. */
    let resuming = true;
    let attempts = 0;
    const headersFor = async (u, attempt) => {
        const h = opts.headers;
        if (!h)
            return {};
        return typeof h === 'function' ? await h(u, attempt) : h;
    };
    const attemptOnce = async (attempt, remainingMs) => {
        attempts = attempt;
        if (state.have > 0 && !state.resumable)
            await restart(state);
        let reader;
        try {
            const extra = { 'accept-encoding': 'identity' };
            const asked = state.have;
            if (asked > 0) {
                extra.range = `bytes=${asked}-`;
                if (state.validator)
                    extra['if-range'] = state.validator;
                state.resumes++;
                opts.log.info(`${name}: resuming at byte ${asked}${state.total !== undefined ? ` of ${state.total}` : ''}`);
            }
            // The caller's headers (credentials) go to the URL's own origin only, never to storage a redirect points at.
            const response = await request_request(start, {
                headers: extra,
                credentials: (u) => headersFor(u, attempt),
                redirect: 'follow',
                maxRedirects: opts.maxRedirects ?? 5,
                timeouts: {
                    idleMs: idleTimeoutMs,
                    deadlineMs: Math.min(remainingMs, timeouts_transferDeadlineMs((state.total ?? opts.expectedSize ?? opts.maxBytes ?? Infinity) - asked)),
                },
                ...(opts.signal ? { signal: opts.signal } : {}),
                ...(opts.transport ? { transport: opts.transport } : {}),
            });
            const finalUrl = response.url;
            const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
            const length = response.headers.get('content-length');
            if (response.status === 200) {
                if (asked > 0) {
                    opts.log.info(`${name}: the server sent the whole file instead of the rest; starting over`);
                    await restart(state);
                }
                // A content coding (identity was asked for) makes lengths and ranges count coded bytes, not the file's.
                state.total = !encoded && length !== null ? Number(length) : undefined;
                state.resumable = resuming && !encoded && (response.headers.get('accept-ranges') ?? '').toLowerCase() === 'bytes';
                const etag = response.headers.get('etag');
                state.validator = etag && !etag.startsWith('W/') ? etag : undefined;
            }
            else if (response.status === 206) {
                const range = parseContentRange(response.headers.get('content-range'));
                if (!range || range.start !== asked || encoded) {
                    await discard(response);
                    await restart(state);
                    throw new TransientError(`the server answered a range request with bytes from ${range?.start ?? 'an unknown offset'} instead of ${asked}; starting over`);
                }
                state.total = range.total ?? state.total;
                state.resumable = true;
            }
            else if (response.status === 416 && asked > 0) {
                await discard(response);
                await restart(state);
                throw new TransientError('the server refused to resume (416); starting over');
            }
            else {
                await discard(response);
                throw statusError(response.status, response.statusText, finalUrl, response.headers.get('retry-after'));
            }
            if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.total !== undefined && state.total > opts.maxBytes) {
                await discard(response);
                throw new errors/* UserError */.y(`${name}: the server announces ${(0,units/* formatBytes */.z3)(state.total)}, more than the ${(0,units/* formatBytes */.z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
            }
            if (opts.expectedSize !== undefined && state.total !== undefined && state.total !== opts.expectedSize) {
                await discard(response);
                throw new errors/* UserError */.y(`${name}: the server announces ${state.total} bytes but the listing said ${opts.expectedSize}. ` +
                    'The file changed after it was listed; re-run to list and fetch it again.');
            }
            opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
            if (!response.body)
                throw new TransientError('the response had no body');
            reader = response.body.getReader();
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.have + value.byteLength > opts.maxBytes) {
                    throw new errors/* UserError */.y(`${name}: the server sent more than the ${(0,units/* formatBytes */.z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
                }
                const limit = state.total ?? opts.expectedSize;
                if (limit !== undefined && state.have + value.byteLength > limit) {
                    await restart(state);
                    throw new TransientError(`received more bytes than the ${limit} announced; starting over`);
                }
                state.file.write(value);
                state.have += value.byteLength;
                opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
                // A failed write (a full disk) ends the download now, not after the rest has arrived;
                // a lost hashing worker costs only a fresh start (on this thread, from then on).
                const failed = state.file.error();
                if (failed && (0,atomic_write/* isDiskError */.Mi)(failed))
                    throw failed;
                if (failed) {
                    await restart(state);
                    throw new TransientError(`hashing the download failed (${failed.message}); starting over`);
                }
                const wait = state.file.ready();
                if (wait)
                    await wait;
            }
            const want = state.total ?? opts.expectedSize;
            if (want !== undefined && state.have < want) {
                throw new TransientError(`the connection closed after ${state.have} of ${want} bytes`);
            }
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw opts.signal.reason ?? err;
            throw err;
        }
        finally {
            reader?.cancel().catch(() => { });
        }
    };
    for (;;) {
        const file = await CheckedFile.create(dest, { expectedSize: opts.expectedSize, expectedSha256: opts.expectedSha256 });
        state = { file, have: 0, resumable: false, resumes: 0 };
        try {
            try {
                await withRetry(attemptOnce, httpRetryDecision, retry, opts.log);
            }
            catch (err) {
                // A cancelled download is the caller's decision, not a failure to explain.
                throw opts.signal?.aborted ? err : toUserError(err, start, attempts);
            }
            let written;
            let spliced = false;
            try {
                written = await state.file.commit(async (d) => {
                    if (state.resumes > 0 && md5 !== undefined && (await d.md5()) !== md5) {
                        spliced = true;
                        throw new TransientError('spliced');
                    }
                });
            }
            catch (err) {
                if (!spliced)
                    throw toUserError(err, start, attempts);
            }
            if (written) {
                if (state.resumes > 0)
                    opts.log.debug(`${name}: complete after ${state.resumes} resume(s)`);
                return { path: dest, size: written.size, sha256: written.sha256, attempts };
            }
            opts.log.warning(`${name}: the file put together from ${state.resumes + 1} responses does not have the MD5 its listing gives (${md5}); ` +
                'a resumed range brought other bytes. Fetching it again, in one piece.');
            resuming = false;
        }
        finally {
            await state.file.discard();
        }
    }
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/install.js
/**
 * Getting the release into the environment, and knowing afterwards exactly
 * which wheel file that was.
 */









/** "Successfully installed demo-1.0 dep-2.1" → ['demo-1.0', 'dep-2.1']. */
function parseSuccessfullyInstalled(output) {
    const line = output.split(/\r?\n/).reverse().find((l) => l.startsWith('Successfully installed '));
    return line ? line.slice('Successfully installed '.length).trim().split(/\s+/) : [];
}
/** pip's words for "the index has no such version (yet)": worth another try while a CDN catches up. */
function pipFoundNothing(output) {
    return /No matching distribution found for|Could not find a version that satisfies the requirement/i.test(output);
}
/** The WHEEL file's Tag and Build lines. */
function parseWheelInfo(text) {
    const tags = [];
    let build;
    for (const line of text.split(/\r?\n/)) {
        // trim(), not /:\s*(.*?)\s*$/: the lazy group retries a long run of spaces from each of its characters.
        const m = /^([A-Za-z-]+):(.*)$/.exec(line);
        if (!m)
            continue;
        const value = m[2].trim();
        if (m[1].toLowerCase() === 'tag')
            tags.push(value.toLowerCase());
        if (m[1].toLowerCase() === 'build')
            build = value;
    }
    return { tags, ...(build !== undefined ? { build } : {}) };
}
/** Listed files whose name appears in pip's output (pip prints the URL or the filename it downloads). */
function filesMentioned(output, files) {
    let decoded = output;
    try {
        decoded = decodeURIComponent(output.replace(/%(?![0-9a-f]{2})/gi, '%25'));
    }
    catch {
        // keep the raw text
    }
    return files.filter((f) => output.includes(f.filename) || decoded.includes(f.filename));
}
/**
 * Which listed wheel pip installed: the one its output names; else the one
 * whose tags and build match the installed WHEEL file; else the one pip's tag
 * preference picks (a renamed wheel, such as Ray's -linux → -manylinux rename,
 * keeps its old WHEEL tags).
 */
function identifyInstalledWheel(candidates, evidence) {
    const wheels = candidates.filter((f) => f.filename.endsWith('.whl'));
    const named = filesMentioned(evidence.pipOutput, wheels);
    if (named.length === 1)
        return { file: named[0], how: "named in pip's output" };
    const info = evidence.wheelInfo;
    if (info && info.tags.length > 0) {
        const want = [...new Set(info.tags)].sort().join(' ');
        const matching = wheels.filter((f) => {
            const parsed = (0,distributions/* parseWheelFilename */.eP)(f.filename);
            const build = parsed.build ? `${parsed.build.number}${parsed.build.rest}` : undefined;
            return [...new Set(parsed.tags)].sort().join(' ') === want && build === info.build;
        });
        if (matching.length === 1)
            return { file: matching[0], how: 'the tags of the installed WHEEL file' };
    }
    const pool = named.length > 1 ? named : wheels;
    const preferred = preferredWheel(pool.map((f) => f.filename), evidence.tags);
    const file = pool.find((f) => f.filename === preferred);
    return file ? { file, how: "pip's tag preference for this interpreter" } : undefined;
}
async function readInstalledWheelInfo(metadataDir) {
    try {
        return parseWheelInfo(await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(metadataDir, 'WHEEL'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** A failed pip run as a message a person can act on. */
function pipFailure(what, r) {
    const output = (0,lib_process/* tail */.RT)((0,lib_process/* maskCredentials */.Bs)(`${r.stdout}\n${r.stderr}`.trim()), 25);
    const limit = 'timedOutAfterMs' in r ? r.timedOutAfterMs : undefined;
    if (limit !== undefined) {
        return new errors/* UserError */.y(`${what} did not finish within ${Math.round(limit / 60_000)} min and was stopped (a stalled download or a build that never ends). pip said:\n${output}`);
    }
    return new errors/* UserError */.y(`${what} failed (pip exit ${r.code}). pip said:\n${output}`);
}
/** pip install from the index, the packages as wheels only. */
async function pipInstallFromIndex(env, req, log = lib_log/* silentLogger */.q) {
    const names = req.projects.map(distributions/* normalizeName */.Pc);
    const request = {
        requirements: req.requirements,
        indexUrl: req.indexUrl,
        extraIndexUrls: req.extraIndexUrls,
        onlyBinary: names,
        refreshPackages: names,
        ...(req.pre ? { pre: true } : {}),
        ...(req.upgrade ? { upgrade: true } : {}),
    };
    return pipInstall(env, request, log);
}
/** pip install of wheel files, every dependency from `indexUrl` (and `extraIndexUrls`) alone. */
async function pipInstallFiles(env, paths, from, log = lib_log/* silentLogger */.q) {
    return pipInstall(env, { requirements: paths, indexUrl: from.indexUrl, ...(from.extraIndexUrls?.length ? { extraIndexUrls: from.extraIndexUrls } : {}) }, log);
}
/**
 * The most a wheel without a listed size may hold: warehouse's UPLOAD_LIMIT_CAP
 * (1 GiB), above which no project's file size limit can be raised.
 */
const MAX_WHEEL_BYTES = 1024 ** 3;
/**
 * Downloads one listed file, checked against the sha256 the index gives (and
 * the size, or at most MAX_WHEEL_BYTES when the page lists none), with the
 * index's credentials when the file lives on its origin.
 */
async function downloadListedFile(file, dir, indexUrl, log, expectedSha256) {
    const { url: index, authorization } = splitCredentials(indexUrl);
    const headers = authorization && new URL(file.url).origin === index.origin ? { Authorization: authorization } : undefined;
    log.info(`Downloading ${redactUrl(file.url)}${file.sha256 || expectedSha256 ? ` (sha256 ${expectedSha256 ?? file.sha256})` : ''}`);
    return downloadFile(file.url, (0,external_node_path_.join)(dir, file.filename), {
        log,
        ...(expectedSha256 ?? file.sha256 ? { expectedSha256: expectedSha256 ?? file.sha256 } : {}),
        ...(file.size !== undefined ? { expectedSize: file.size } : { maxBytes: MAX_WHEEL_BYTES }),
        ...(headers ? { headers } : {}),
    });
}
/**
 * `pip download --no-deps` of `requirements` (what `pip install -U` would ask
 * for in a fresh environment): pip chooses each version and wheel, while no
 * dependency is read from that index. One wheel per project, by PEP 503 name.
 */
async function pipDownload(env, req, log = lib_log/* silentLogger */.q) {
    const names = req.projects.map(distributions/* normalizeName */.Pc);
    const options = ['--no-cache-dir', '--no-deps', '--only-binary', ':all:', '--index-url', req.indexUrl];
    for (const url of req.extraIndexUrls ?? [])
        options.push('--extra-index-url', url);
    options.push('--dest', req.dest);
    if (req.pre)
        options.push('--pre');
    if (pipSupportsRefreshPackage(env.pip?.version ?? ''))
        for (const name of names)
            options.push('--refresh-package', name);
    const args = pipArgs(env, 'download', [...options, '--', ...req.requirements]);
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(env.python, args)}`);
    const r = await runPython(env, args, { cwd: env.root, timeoutMs: 1_800_000, log });
    const what = `pip download ${req.requirements.join(' ')} from ${redactUrl(req.indexUrl)}`;
    if (r.code !== 0)
        throw pipFailure(what, { ...r, command: args });
    const wheels = new Map();
    for (const filename of (await (0,external_node_fs_promises_.readdir)(req.dest)).filter((f) => f.endsWith('.whl'))) {
        const name = (0,distributions/* parseWheelFilename */.eP)(filename).normalizedName;
        if (wheels.has(name) || !names.includes(name)) {
            throw new errors/* UserError */.y(`${what} left ${filename} in ${req.dest}, beside ${[...wheels.values()].map((w) => w.filename).join(', ') || 'nothing'}: expected one wheel of each of ${names.join(', ')}.`);
        }
        wheels.set(name, { path: (0,external_node_path_.join)(req.dest, filename), filename });
    }
    const missing = names.filter((n) => !wheels.has(n));
    if (missing.length > 0)
        throw new errors/* UserError */.y(`${what} downloaded no wheel of ${missing.join(', ')}.`);
    return { wheels, output: `${r.stdout}\n${r.stderr}` };
}

// EXTERNAL MODULE: ./lib/distributions/versions.js
var versions = __webpack_require__(60826);
;// CONCATENATED MODULE: ./lib/commands/verify-install/leg-wheels.js
/**
 * The wheels a planned leg installs (plan-verify's `wheels`): one per
 * distribution, each of the version under test, each a file the manifest
 * lists. Checked before anything runs: a leg that installs the wrong file
 * would report coverage it did not give.
 */

// Module by module, not the distributions index: the action's entry loads this to check its inputs.



/**
 * The distributions a leg verifies: `packages` (names as given, duplicates
 * under PEP 503 dropped), or, when none are given, those of `wheels`.
 */
function legPackages(packages, wheels) {
    const names = packages.length > 0 ? packages : wheels.map((w) => parseWheel(w).name);
    const seen = new Set();
    return names.filter((n) => {
        const key = (0,distributions_names/* normalizeName */.Pc)(n);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function parseWheel(filename) {
    if (!filename.endsWith('.whl'))
        throw new errors/* UserError */.y(`wheels: ${filename} is not a wheel filename (a leg installs wheels, never an sdist).`);
    try {
        return (0,distributions_filename/* parseWheelFilename */.eP)(filename);
    }
    catch (err) {
        throw new errors/* UserError */.y(`wheels: ${filename} is not a wheel filename (${err instanceof Error ? err.message : String(err)}).`);
    }
}
/** Each wheel with its distribution, by PEP 503 name; a UserError naming the first problem. */
function planLegWheels(packages, version, wheels) {
    const byName = new Map(packages.map((p) => [(0,distributions_names/* normalizeName */.Pc)(p), p]));
    const planned = new Map();
    for (const filename of wheels) {
        const parsed = parseWheel(filename);
        const project = byName.get(parsed.normalizedName);
        if (!project) {
            throw new errors/* UserError */.y(`wheels: ${filename} is a wheel of ${parsed.name}, which package does not name (${packages.join(', ')}). Name every distribution of the leg's wheels in package, or leave package empty.`);
        }
        if (!(0,versions/* versionsEqual */.At)(parsed.version, version)) {
            throw new errors/* UserError */.y(`wheels: ${filename} is version ${parsed.version}, but version is ${version}.`);
        }
        const other = planned.get(parsed.normalizedName);
        if (other) {
            throw new errors/* UserError */.y(other.filename === filename
                ? `wheels: ${filename} is named twice.`
                : `wheels: ${other.filename} and ${filename} are both wheels of ${project}; one environment holds one of them. Install each in a leg of its own (plan-verify plans them so).`);
        }
        planned.set(parsed.normalizedName, { filename, parsed, project });
    }
    const without = packages.filter((p) => !planned.has((0,distributions_names/* normalizeName */.Pc)(p)));
    if (without.length > 0)
        throw new errors/* UserError */.y(`wheels names no wheel of ${without.join(', ')}; a leg given wheels installs exactly those, one for each package.`);
    return planned;
}
/** Each leg wheel's manifest entry; a UserError for one the manifest does not list. */
function manifestEntries(planned, manifest, manifestPath) {
    const entries = new Map();
    for (const w of planned) {
        const entry = manifest.files.find((f) => f.filename === w.filename);
        if (!entry) {
            const listed = manifest.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
            throw new errors/* UserError */.y(`wheels names ${w.filename}, which the manifest ${manifestPath} does not list (it lists ${listed.length} wheel${listed.length === 1 ? '' : 's'}${listed.length > 0 && listed.length <= 8 ? `: ${listed.join(', ')}` : ''}). Pass the manifest of the set the plan was made for.`);
        }
        entries.set(w.filename, entry);
    }
    return entries;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/provenance.js



const provenance_GITHUB = 'https://github.com/';
/** Who the certificate names: a GitHub workflow at a ref, or the subject of another issuer. */
function identityOf(claims, environment) {
    const config = claims.buildConfigUri;
    const identity = (config ?? claims.subjectAlternativeName ?? 'an unnamed signer').replace(provenance_GITHUB, '');
    const workflow = /\/\.github\/workflows\/([^@]+)@(.+)$/.exec(config ?? '');
    return {
        identity,
        ...(claims.issuer ? { issuer: claims.issuer } : {}),
        ...(claims.sourceRepositoryUri?.startsWith(provenance_GITHUB) ? { repository: claims.sourceRepositoryUri.slice(provenance_GITHUB.length) } : {}),
        ...(workflow ? { workflow: workflow[1] } : {}),
        ...(claims.sourceRepositoryRef ?? workflow?.[2] ? { ref: claims.sourceRepositoryRef ?? workflow[2] } : {}),
        ...(claims.sourceRepositoryDigest ? { commit: claims.sourceRepositoryDigest } : {}),
        ...(typeof environment === 'string' && environment ? { environment } : {}),
    };
}
function describeIdentity(p) {
    const who = p.repository && p.workflow ? `${p.repository}'s ${p.workflow}${p.ref ? ` at ${p.ref}` : ''}` : p.identity;
    // A Sigstore certificate names no environment: only the index's publisher object does.
    return `${who}${p.environment ? ` (environment ${p.environment}, as the index states)` : ''}`;
}
/** Where the index's own statement of the publisher contradicts the certificate; undefined when it does not. */
function statedPublisherConflict(stated, identity) {
    if (typeof stated !== 'object' || stated === null)
        return undefined;
    const { kind, repository, workflow } = stated;
    if (kind !== 'GitHub')
        return undefined;
    const sameRepository = typeof repository !== 'string' || repository.toLowerCase() === (identity.repository ?? '').toLowerCase();
    const sameWorkflow = typeof workflow !== 'string' || workflow === identity.workflow;
    if (sameRepository && sameWorkflow)
        return undefined;
    return `names ${String(repository)}'s ${String(workflow)} as the publisher, but the signing certificate names ${describeIdentity({ ...identity, environment: undefined })}`;
}
/**
 * The provenance check of one installed wheel. `required` says why a wheel
 * without provenance fails (the setting, or a manifest that names its
 * attestation); undefined: it passes, reported as not attested.
 */
async function checkProvenance(opts) {
    const { file, request, log } = opts;
    const name = 'provenance';
    const rootName = request.trustedRootName ?? 'production';
    const absent = (where) => (opts.required
        ? { check: { name, ok: false, detail: `${file.filename} has no provenance: ${where}, but ${opts.required}` }, provenance: { status: 'failed', reason: `no provenance: ${where}` } }
        : { check: { name, ok: true, detail: `${file.filename} is not attested: ${where}` }, provenance: { status: 'absent' } });
    if (!file.provenance)
        return absent('the index links none for it (PEP 740)');
    const url = new URL(file.provenance);
    const shown = redactUrl(url.href);
    const failed = (reason) => ({
        check: { name, ok: false, detail: `the provenance of ${file.filename} (${shown}) ${reason}` },
        provenance: { status: 'failed', url: shown, reason },
    });
    const { url: index, authorization } = splitCredentials(opts.indexUrl);
    let object;
    try {
        object = await withRetry(() => readProvenance(url, authorization && url.origin === index.origin ? { authorization } : {}), httpRetryDecision, { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5_000, maxElapsedMs: 60_000, what: `provenance of ${file.filename}` }, log);
    }
    catch (err) {
        return failed(`could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!object)
        return absent(`${shown} answers 404`);
    if (object.malformed.length > 0)
        return failed(`is malformed: ${object.malformed.slice(0, 3).join('; ')}${object.malformed.length > 3 ? ` (and ${object.malformed.length - 3} more)` : ''}`);
    // Loaded only here: sigstore-js is most of what verifying costs to load.
    const [{ parseAttestation, AttestationFormatError }, { verifyAttestation, AttestationVerificationError }, { checkGitHubPublisher }, trust] = await Promise.all([
        __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 59837)),
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 16830)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 82165)),
        request.trustedRoot ? Promise.resolve(request.trustedRoot) : __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 9717)).then((m) => m.productionTrustedRoot()),
    ]);
    const identities = [];
    let count = 0;
    for (const [b, bundle] of object.attestation_bundles.entries()) {
        const list = Array.isArray(bundle.attestations) ? bundle.attestations : [];
        const environment = bundle.publisher?.environment;
        for (const [a, raw] of list.entries()) {
            count++;
            try {
                const verified = verifyAttestation(parseAttestation(raw, `attestation_bundles[${b}].attestations[${a}]`), { filename: file.filename, sha256: opts.sha256 }, { trustedRoot: trust });
                const identity = identityOf(verified.claims, environment);
                const conflict = statedPublisherConflict(bundle.publisher, identity);
                if (conflict)
                    return failed(conflict);
                if (request.publisher) {
                    const mismatch = checkGitHubPublisher(verified.claims, request.publisher);
                    if (mismatch) {
                        const reason = `names another publisher: ${file.filename} was published by ${describeIdentity(identity)}, not by ${request.publisher.repository}'s ${request.publisher.workflow} (${mismatch})`;
                        return { check: { name, ok: false, detail: reason }, provenance: { status: 'failed', url: shown, publisher: identity, reason } };
                    }
                }
                identities.push(identity);
            }
            catch (err) {
                if (err instanceof AttestationVerificationError || err instanceof AttestationFormatError) {
                    return failed(`does not verify against the ${rootName} Sigstore trust root: ${err.message}`);
                }
                throw err;
            }
        }
    }
    if (count === 0)
        return failed('holds no attestation');
    const publisher = identities[0];
    const others = identities.filter((i) => i.identity !== publisher.identity);
    if (others.length > 0)
        return failed(`names two publishers: ${describeIdentity(publisher)} and ${describeIdentity(others[0])}`);
    const expected = request.publisher ? ', the expected publisher' : ' (no publisher was expected: set the publisher to compare it)';
    return {
        check: {
            name,
            ok: true,
            detail: `${file.filename} was published by ${describeIdentity(publisher)}${expected}; ${count} attestation${count === 1 ? '' : 's'} of these bytes verified against the ${rootName} Sigstore trust root`,
        },
        provenance: { status: 'verified', url: shown, publisher },
    };
}
/** The trust root in a file: a Sigstore trusted_root.json, or a client trust config that holds one. */
async function loadTrustedRoot(path) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 19));
    const { parseTrustedRoot } = await __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 9717));
    let data;
    try {
        data = JSON.parse(await readFile(path, 'utf8'));
    }
    catch (err) {
        throw new UserError(`Cannot read the Sigstore trust root ${path}: ${err instanceof Error ? err.message : String(err)}.`);
    }
    const inner = data?.trustedRoot;
    return parseTrustedRoot(inner ?? data, path);
}

// EXTERNAL MODULE: ./lib/verification/leg-result.js
var leg_result = __webpack_require__(41257);
;// CONCATENATED MODULE: ./lib/commands/verify-install/result.js
/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 * The file travels to other jobs: every secret the run knows (the run's one
 * registry, src/text/secrets.ts) is scrubbed from it here, before it is written.
 */






/** A file name from a leg id (plan-verify's ids are already safe; anything else is made so). */
function safe(id) {
    return id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}
/**
 * Writes the result into `dir`: `verify-install-<leg id>-<pinned|unpinned>.json`
 * for a planned leg, replacing the file of an earlier attempt of the same leg
 * (a rerun on a runner that kept the directory); otherwise
 * `verify-install-result.json`, or -2, -3… when an earlier step of the job
 * wrote one.
 */
async function writeResultFile(dir, result) {
    await (0,external_node_fs_promises_.mkdir)(dir, { recursive: true });
    // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
    const text = `${JSON.stringify((0,secrets/* scrubSecretsDeep */.tZ)(result), null, 2)}\n`;
    if (result.leg) {
        const path = (0,external_node_path_.join)(dir, `verify-install-${safe(result.leg.id)}-${result.pin ? 'pinned' : 'unpinned'}.json`);
        await (0,atomic_write/* writeFileAtomically */.lo)(path, text);
        return path;
    }
    let path = (0,external_node_path_.join)(dir, 'verify-install-result.json');
    for (let n = 2; (0,external_node_fs_.existsSync)(path); n++)
        path = (0,external_node_path_.join)(dir, `verify-install-result-${n}.json`);
    await (0,external_node_fs_promises_.writeFile)(path, text, { flag: 'wx' });
    return path;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/simple-page.js
/**
 * verify-install reads project pages with the one simple-API reader,
 * src/index-client/simple-api.ts (PEP 691 JSON, else PEP 503 HTML); this
 * module only gives its names the ones verify-install's modules import.
 */


;// CONCATENATED MODULE: ./lib/commands/verify-install/smoke-test.js
/**
 * The user's smoke test, run by the environment's interpreter from the
 * neutral directory. A script is copied there first: Python puts a script's
 * own directory first on sys.path, so a script run from the checkout would
 * import the checkout's package instead of the installed one.
 */





async function runSmokeTest(env, smoke, cwd, variables, log = lib_log/* silentLogger */.q) {
    let args;
    let what;
    if (smoke.kind === 'script') {
        const copy = (0,external_node_path_.join)(cwd, 'pyrelease_smoke_test.py');
        await (0,external_node_fs_promises_.copyFile)(smoke.path, copy);
        args = [copy];
        what = `smoke test ${smoke.path}`;
    }
    else {
        args = ['-c', smoke.code];
        what = 'smoke test (inline code)';
    }
    log.info(`Running the ${what} with ${env.python} in ${cwd}`);
    const started = Date.now();
    const r = await runPython({ ...env, env: { ...env.env, ...variables } }, args, { cwd, log, timeoutMs: 3_600_000 });
    const output = `${r.stdout}${r.stderr ? `${r.stdout && !r.stdout.endsWith('\n') ? '\n' : ''}${r.stderr}` : ''}`.trimEnd();
    if (output)
        log.info(output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (r.code === 0)
        return { name: 'smoke test', ok: true, detail: `${what} passed in ${seconds} s` };
    const last = (0,lib_process/* tail */.RT)(r.stderr || r.stdout, 12);
    return {
        name: 'smoke test',
        ok: false,
        detail: `${what} failed with exit code ${r.code}${r.timedOut ? ' (timed out)' : ''} after ${seconds} s${last ? `:\n${last}` : ' and printed nothing'}`,
    };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/upgrade.js
/**
 * What an unpinned leg asks pip for. `pip install -U ray` proves that users
 * who upgrade get the new release, but only while it is the newest: a
 * maintenance release (2.9.4, published after 2.10.0) never wins that, and
 * nobody upgrading would get it. What must hold for it is that users who stay
 * on its series (`pip install -U "ray==2.9.*"`) get it. So the requirement is
 * the plain name when no listed version is higher, else the release's series.
 *
 * The series is the release segment as written, without its last component,
 * under the same epoch: 2.9.4 → 2.9, 2.9.4.post1 → 2.9, 2.9.5rc1 → 2.9,
 * 1!2.9.4 → 1!2.9, 2.10 → 2, 7 → 7. `==2.9.*` is PEP 440 prefix matching: it
 * admits 2.9's pre-, post- and dev-releases (pip takes pre-releases only with
 * --pre, as for the plain name) and never 2.10 or its pre-releases.
 *
 * "Higher" counts the versions pip would consider at all: files of the
 * project, not yanked (pip skips yanked files unless the requirement pins them
 * with ==), and pre-releases only with --pre.
 */


/** The release's series: its release segment without the last component (2.9.4 → 2.9), with its epoch. */
function seriesOf(version) {
    const v = _renovatebot_pep440.explain(version);
    if (!v)
        throw new Error(`${version} is not a PEP 440 version`);
    const parts = v.release.length > 1 ? v.release.slice(0, -1) : v.release;
    return `${v.epoch ? `${v.epoch}!` : ''}${parts.join('.')}`;
}
function upgradeRequirement(project, version, files, pre) {
    const name = (0,distributions/* normalizeName */.Pc)(project);
    let higher;
    for (const f of files) {
        if (f.yanked)
            continue;
        let listed;
        try {
            const parsed = (0,distributions/* parseDistributionFilename */.h3)(f.filename);
            if (parsed.normalizedName !== name)
                continue;
            listed = parsed.normalizedVersion;
        }
        catch {
            continue;
        }
        const explained = _renovatebot_pep440.explain(listed);
        if (!explained || (explained.is_prerelease && !pre))
            continue;
        if (_renovatebot_pep440.gt(listed, version) && (!higher || _renovatebot_pep440.gt(listed, higher)))
            higher = listed;
    }
    if (!higher)
        return { requirement: project, kind: 'newest' };
    const series = seriesOf(version);
    return { requirement: `${project}==${series}.*`, kind: 'series', series, higher };
}
/** For the log and the checks: what the requirement proves. */
function describeUpgrade(u, project, version) {
    return u.kind === 'newest'
        ? `pip install -U ${project}: ${version} is the newest version the index lists`
        : `pip install -U "${u.requirement}": ${u.higher} is newer, so ${version} must win its own series, ${u.series}`;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/verify.js
/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release (each
 * package, with a wheel for this interpreter, or the exact wheels the leg was
 * given), install it, then check what is installed and what Python imports
 * from a neutral directory, and who published the bytes. Every step adds to
 * one result, written even when a step fails, so a matrix leg always reports
 * what it saw.
 */























/** Everything a leg has learnt so far, and the checks, in order. */
class Leg {
    result;
    checks = [];
    constructor(result) {
        this.result = result;
    }
    add(check, log) {
        this.checks.push(check);
        const line = `${check.ok ? 'ok' : 'FAILED'}  ${check.name}: ${check.detail}`;
        // The step's one ::error:: line comes at the end, with every failed check in it.
        log.info(line);
        return check;
    }
    /** Stops the leg at a failed check that later checks depend on. */
    require(check, log) {
        if (!this.add(check, log).ok)
            throw new errors/* UserError */.y(check.detail);
    }
    /** Stops the leg when any check so far failed. */
    stopIfFailed() {
        const failed = this.checks.find((c) => !c.ok);
        if (failed)
            throw new errors/* UserError */.y(failed.detail);
    }
}
/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir, workspace, log) {
    let base = (0,external_node_path_.resolve)(tempDir);
    if (workspace && hostLayout.isInside(workspace, base)) {
        log.warning(`${base} lies inside the workspace ${workspace}; using ${(0,external_node_os_.tmpdir)()} so that the checkout cannot shadow the installed package.`);
        base = (0,external_node_os_.tmpdir)();
    }
    await (0,external_node_fs_promises_.mkdir)(base, { recursive: true });
    return (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(base, 'verify-install-'));
}
function verify_compareVersions(a, b) {
    const pa = (0,pep440/* parsePep440 */.FB)(a);
    const pb = (0,pep440/* parsePep440 */.FB)(b);
    return pa && pb ? (0,pep440/* comparePep440 */.PG)(pa, pb) : 0;
}
async function verifyInstall(req, log = lib_log/* silentLogger */.q) {
    const { plan, warnings } = planIndexes(req.indexes);
    let packages = req.packages;
    try {
        packages = legPackages(req.packages, req.wheels ?? []);
    }
    catch {
        // run() reports it, with the result written
    }
    const result = {
        schema: leg_result/* RESULT_SCHEMA */.w,
        schemaVersion: 1,
        result: 'failed',
        package: packages[0] ?? '',
        version: req.version,
        packages: packages.map((name) => ({ name })),
        mode: plan.mode,
        index: redactUrl(plan.indexUrl),
        ...(plan.mode === 'exact-file' ? { dependencyIndex: redactUrl(plan.dependencyIndexUrl) } : {}),
        ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => redactUrl(u)) } : {}),
        pin: req.pin,
        os: req.platform?.os ?? (0,external_node_os_.platform)(),
        arch: req.platform?.arch ?? (0,external_node_os_.arch)(),
        ...(req.leg ? { leg: req.leg } : {}),
        checks: [],
        startedAt: new Date(req.startedAt).toISOString(),
        finishedAt: '',
        durationSeconds: 0,
    };
    const leg = new Leg(result);
    result.checks = leg.checks;
    for (const w of warnings)
        log.warning(w);
    let work;
    let error;
    try {
        await verify_run(req, plan, leg, log, (dir) => { work = dir; });
    }
    catch (err) {
        error = err;
    }
    const failed = leg.checks.filter((c) => !c.ok);
    if (failed.length > 0 && (error === undefined || error instanceof errors/* UserError */.y)) {
        // Every failed check, each naming both sides, in one message.
        const on = result.python ? ` on ${describeInterpreter(result.python)}` : '';
        error = new errors/* UserError */.y(`${packages.join(', ')} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
    }
    if (error === undefined)
        result.result = 'passed';
    else
        result.error = error instanceof Error ? error.message : String(error);
    result.finishedAt = new Date().toISOString();
    result.durationSeconds = Math.round((Date.now() - req.startedAt) / 100) / 10;
    if (work) {
        if (result.result === 'passed' && !req.keepEnvironment) {
            await (0,external_node_fs_promises_.rm)(work, { recursive: true, force: true }).catch(() => { });
        }
        else {
            log.info(`The environment is kept for inspection in ${work}`);
        }
    }
    return error === undefined ? { result } : { result, error };
}
/** Where pip takes the dependencies of wheel files from: never the test index in the exact-file mode. */
function dependencySource(plan) {
    return plan.mode === 'exact-file' ? { indexUrl: plan.dependencyIndexUrl, extraIndexUrls: [] } : { indexUrl: plan.indexUrl, extraIndexUrls: plan.extraIndexUrls };
}
async function verify_run(req, plan, leg, log, setWork) {
    const result = leg.result;
    if (!req.pin && !req.pre && _renovatebot_pep440.explain(req.version)?.is_prerelease) {
        throw new errors/* UserError */.y(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
    }
    const packages = legPackages(req.packages, req.wheels ?? []);
    if (packages.length === 0)
        throw new errors/* UserError */.y('No package to verify: name the distributions in package, or their wheels in wheels.');
    const legWheels = req.wheels?.length ? planLegWheels(packages, req.version, req.wheels) : undefined;
    const manifest = req.manifestPath ? await (0,distributions/* readManifest */.WI)(req.manifestPath) : undefined;
    let entries;
    if (legWheels) {
        if (!manifest || !req.manifestPath)
            throw new errors/* UserError */.y('wheels needs expect-manifest: each named wheel is checked against the manifest\'s sha256 before it is installed.');
        entries = manifestEntries(legWheels.values(), manifest, req.manifestPath);
    }
    const py = await resolvePython(req.python, req.searchEnv, log);
    result.python = {
        requested: req.python,
        version: py.version,
        implementation: py.implementation,
        path: py.path,
        ...(py.machine ? { machine: py.machine } : {}),
        foundVia: py.source,
    };
    const work = await makeWorkDir(req.tempDir, req.workspace, log);
    setWork(work);
    const neutral = (0,external_node_path_.join)(work, 'cwd');
    const wheelsDir = (0,external_node_path_.join)(work, 'wheels');
    await (0,external_node_fs_promises_.mkdir)(neutral, { recursive: true });
    // One start asks the interpreter everything (its pip, its tags, the environment's scheme) while
    // the venv is made and the index polled; the poll needs the tags only once a page lists files.
    const envRoot = (0,external_node_path_.join)(work, 'env');
    const facts = interpreterFacts(py, { scheme: { kind: py.major >= 3 ? 'venv' : 'prefix', root: envRoot }, tags: true, log });
    const made = createEnvironment(py, envRoot, log, { facts, ...(req.pip ? { pip: req.pip } : {}) });
    const tags = facts.then((f) => {
        if (!f.tags)
            throw new Error(`${py.path} gave no compatible wheel tags.`);
        return f.tags.tags;
    });
    const ready = Promise.all([made, tags]).then(([env, envTags]) => ({ env, tags: envTags }));
    ready.catch(() => { });
    tags.catch(() => { });
    const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
    const pythonLabel = describeInterpreter(py);
    const targetOf = (project) => ({
        project,
        version: req.version,
        pythonVersion: py.version,
        pythonLabel,
        allowYanked: req.pin,
        ...(legWheels ? { filename: legWheels.get((0,distributions/* normalizeName */.Pc)(project)).filename } : {}),
    });
    const available = new Map();
    try {
        const found = await Promise.all(packages.map((project) => waitForRelease({
            indexUrl: plan.indexUrl,
            projectUrl: projectPageUrl(plan.indexUrl, project),
            target: targetOf(project),
            tags,
            startedAt: req.startedAt,
            deadline,
            log,
        })));
        packages.forEach((p, i) => available.set(p, found[i]));
    }
    finally {
        // Never leave the environment half-made behind a failed wait.
        await ready.catch(() => undefined);
    }
    result.secondsToAvailable = Math.max(...[...available.values()].map((a) => a.secondsToAvailable));
    const { env, tags: envTags } = await ready;
    result.environment = { kind: env.kind, path: env.root, pip: env.pip?.version ?? '' };
    // Unpinned: what a user who upgrades gets, from each package's listing.
    const upgrades = new Map();
    if (!req.pin) {
        for (const p of packages) {
            const u = upgradeRequirement(p, req.version, available.get(p).page.files, req.pre);
            upgrades.set(p, u);
            log.info(describeUpgrade(u, p, req.version));
        }
    }
    const requirements = packages.map((p) => (req.pin ? `${p}==${req.version}` : upgrades.get(p).requirement));
    // Install.
    const installed = new Map();
    let pipOutput;
    if (legWheels || plan.mode === 'exact-file') {
        await (0,external_node_fs_promises_.mkdir)(wheelsDir, { recursive: true });
        if (!req.pin) {
            // What pip chooses for each upgrade (pip download, no dependencies): it must be the release.
            const chosen = await pipDownload(env, {
                requirements,
                projects: packages,
                indexUrl: plan.indexUrl,
                ...(plan.mode !== 'exact-file' ? { extraIndexUrls: plan.extraIndexUrls } : {}),
                pre: req.pre,
                dest: (0,external_node_path_.join)(wheelsDir, 'chosen-by-pip'),
            }, log);
            for (const p of packages) {
                const got = chosen.wheels.get((0,distributions/* normalizeName */.Pc)(p));
                const version = (0,distributions/* parseWheelFilename */.eP)(got.filename).version;
                const wanted = legWheels?.get((0,distributions/* normalizeName */.Pc)(p));
                if (!(0,distributions/* versionsEqual */.At)(version, req.version)) {
                    leg.add({
                        name: `${p} version`,
                        ok: false,
                        detail: `pip install -U ${upgrades.get(p).requirement} would install ${version} (${got.filename}), but ${req.version} was expected. ${describeListing(available.get(p).evaluation, targetOf(p), available.get(p).page)}`,
                    }, log);
                }
                else if (wanted && got.filename === wanted.filename) {
                    // pip chose the leg's own wheel: no second download when its bytes are the manifest's.
                    const digest = await (0,hashing.hash)(got.path, ['sha256']);
                    if (digest.sha256 === entries.get(got.filename).sha256.toLowerCase()) {
                        installed.set(p, { project: p, file: available.get(p).evaluation.chosen, path: got.path, ...digest, how: 'chosen by pip download from the index, checked against the manifest\'s sha256' });
                    }
                }
                else if (!legWheels) {
                    const digest = await (0,hashing.hash)(got.path, ['sha256']);
                    const listed = available.get(p).page.files.find((f) => f.filename === got.filename);
                    if (listed?.sha256 && listed.sha256 !== digest.sha256) {
                        throw new errors/* UserError */.y(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.get(p).page.url} lists ${listed.sha256} for it.`);
                    }
                    installed.set(p, { project: p, file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, ...digest, how: 'chosen by pip download from the index (newest version)' });
                }
            }
            leg.stopIfFailed();
        }
        for (const p of packages) {
            if (installed.has(p))
                continue;
            const page = available.get(p);
            // The leg's own wheel, when it names them (the wait chose only it), else the index's best for this interpreter.
            const file = page.evaluation.chosen;
            const entry = entries?.get(file.filename) ?? manifest?.files.find((f) => f.filename === file.filename);
            if (manifest && req.manifestPath) {
                // Compared before the download: a file the index serves with other bytes is not fetched at all.
                if (!entry)
                    leg.require(checkManifest(manifest, req.manifestPath, file.filename, { sha256: file.sha256 ?? '', size: file.size ?? -1 }), log);
                else if (file.sha256 && file.sha256 !== entry.sha256.toLowerCase()) {
                    leg.require({ name: 'manifest', ok: false, detail: `${redactUrl(plan.indexUrl)} serves ${file.filename} with sha256 ${file.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
                }
            }
            const got = await downloadListedFile(file, wheelsDir, plan.indexUrl, log, entry?.sha256.toLowerCase());
            installed.set(p, {
                project: p,
                file,
                path: got.path,
                sha256: got.sha256,
                size: got.size,
                how: entry ? 'downloaded by URL, checked against the manifest\'s sha256' : 'downloaded by URL and sha256 from the index',
            });
        }
        const from = dependencySource(plan);
        const r = await pipInstallFiles(env, packages.map((p) => installed.get(p).path), from, log);
        if (r.code !== 0)
            throw pipFailure(`Installing ${packages.map((p) => installed.get(p).file.filename).join(', ')} with dependencies from ${redactUrl(from.indexUrl)}`, r);
        pipOutput = `${r.stdout}\n${r.stderr}`;
    }
    else {
        pipOutput = await installFromIndex(req, packages, requirements, plan, env, available, deadline, log);
    }
    result.installed = parseSuccessfullyInstalled(pipOutput);
    logPipOutput(pipOutput, log);
    // What got installed, and the imports, in one Python start.
    const inspection = await inspectInstalled(env, packages.map((name) => {
        const module = lookup(req.importNames, name);
        return { name, ...(module !== undefined ? { module } : {}) };
    }), neutral, log);
    const inEnvironment = (path) => fileIsInEnvironment(env, path);
    const reports = packages.map((name) => ({ name }));
    for (const [i, p] of packages.entries()) {
        const found = inspection.packages[i];
        const dist = found.dist;
        if (!dist) {
            leg.add({ name: `${p} version`, ok: false, detail: `pip finished, but no ${p} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}` }, log);
            continue;
        }
        reports[i].installedVersion = dist.version;
        if (!req.pin)
            reports[i].requirement = upgrades.get(p).requirement;
        const versionCheck = checkDistributionVersion(p, dist.version, req.version);
        if (!versionCheck.ok && !req.pin) {
            const newer = verify_compareVersions(dist.version, req.version) > 0;
            const u = upgrades.get(p);
            versionCheck.detail = `pip install -U ${u.requirement} installed ${dist.version}, but ${req.version} was expected`
                + (newer ? ` (the index offers a newer version${u.kind === 'series' ? ` in the ${u.series} series` : ''} than the one under test). ` : '. ')
                + describeListing(available.get(p).evaluation, targetOf(p), available.get(p).page);
        }
        leg.add(versionCheck, log);
        const inside = inEnvironment(dist.location);
        leg.add({ name: `${p} location`, ok: inside, detail: inside ? dist.metadataDir : `${p} is installed in ${dist.location}, outside the fresh environment ${env.root}` }, log);
        leg.add(checkRecord(p, dist.record, dist.metadataDir), log);
    }
    leg.add(checkIsolation(inspection.sysPath, inEnvironment, env.root), log);
    fillResult(result, reports);
    leg.stopIfFailed();
    // Which wheel each package came from, when pip chose it.
    for (const [i, p] of packages.entries()) {
        if (installed.has(p))
            continue;
        const dist = inspection.packages[i].dist;
        const candidates = available.get(p).page.files.filter((f) => {
            try {
                return (0,distributions/* parseWheelFilename */.eP)(f.filename).normalizedName === (0,distributions/* normalizeName */.Pc)(p) && (0,distributions/* versionsEqual */.At)((0,distributions/* parseWheelFilename */.eP)(f.filename).version, dist.version);
            }
            catch {
                return false;
            }
        });
        const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
        if (found)
            installed.set(p, { project: p, file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how });
        else
            log.warning(`Could not tell which listed wheel of ${p} pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
    }
    for (const [i, p] of packages.entries()) {
        const w = installed.get(p);
        if (!w)
            continue;
        reports[i].wheel = w.file.filename;
        log.info(`Installed wheel: ${w.file.filename} (${w.how})`);
    }
    // The bytes installed, where pip chose the file: pip checked them against the sha256 on the page;
    // the same URL is fetched when the page gives no sha256, or the manifest's size is to be compared.
    const provenance = req.provenance ?? { mode: 'auto' };
    for (const w of installed.values()) {
        if ((manifest && w.size === undefined) || (!w.sha256 && provenance.mode !== 'off')) {
            await (0,external_node_fs_promises_.mkdir)(wheelsDir, { recursive: true });
            const got = await downloadListedFile(w.file, wheelsDir, plan.indexUrl, log);
            Object.assign(w, { path: got.path, sha256: got.sha256, size: got.size });
        }
    }
    if (manifest && req.manifestPath) {
        for (const p of packages) {
            const w = installed.get(p);
            if (!w)
                leg.add({ name: 'manifest', ok: false, detail: `cannot compare ${p} with the manifest: the installed wheel file is unknown` }, log);
            else
                leg.add(checkManifest(manifest, req.manifestPath, w.file.filename, { sha256: w.sha256, size: w.size }), log);
        }
    }
    // Who published the bytes installed.
    const wheels = [];
    for (const p of packages) {
        const w = installed.get(p);
        if (!w?.sha256) {
            if (provenance.mode !== 'off')
                leg.add({ name: 'provenance', ok: provenance.mode !== 'required', detail: `cannot check the provenance of ${p}: the installed wheel file is unknown` }, log);
            continue;
        }
        const entry = { filename: w.file.filename, sha256: w.sha256 };
        if (provenance.mode === 'off') {
            entry.provenance = { status: 'off' };
        }
        else {
            const attested = manifest?.files.find((f) => f.filename === w.file.filename)?.attestation;
            const required = provenance.mode === 'required'
                ? 'provenance is required'
                : attested ? `the manifest says it was published with the attestation ${attested.filename}` : undefined;
            const outcome = await checkProvenance({ file: w.file, sha256: w.sha256, request: provenance, ...(required ? { required } : {}), indexUrl: plan.indexUrl, log });
            leg.add(outcome.check, log);
            entry.provenance = outcome.provenance;
            if (outcome.provenance.publisher && outcome.provenance.status === 'verified')
                log.info(`${w.file.filename} was published by ${describeIdentity(outcome.provenance.publisher)}`);
        }
        wheels.push(entry);
    }
    result.wheels = wheels;
    result.provenance = provenanceSummary(wheels, provenance.mode);
    // The imports, from a directory outside the checkout.
    for (const [i, p] of packages.entries()) {
        const found = inspection.packages[i];
        const report = reports[i];
        if (!found.module) {
            report.importName = null;
            const why = found.chosen ? `${found.chosen.why}; its dist-info is checked instead` : 'import-name says there is nothing to import; its dist-info is checked instead';
            leg.add({ name: `${p} import`, ok: true, detail: why }, log);
            continue;
        }
        report.importName = found.module;
        if (found.chosen)
            log.info(`Importing ${found.module} for ${p}: ${found.chosen.why}`);
        checkImport(leg, found, env, neutral, req, i === 0, log);
        if (found.imported?.file)
            report.moduleFile = found.imported.file;
        if (found.imported?.version !== undefined)
            report.moduleVersion = found.imported.version;
        if (found.imported?.commit !== undefined)
            report.moduleCommit = found.imported.commit;
    }
    fillResult(result, reports);
    leg.stopIfFailed();
    if (req.smokeTest) {
        const first = reports.find((r) => r.importName);
        leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
            VERIFY_PACKAGE: packages[0],
            VERIFY_PACKAGES: packages.join(' '),
            VERIFY_VERSION: req.version,
            VERIFY_IMPORT_NAME: first?.importName ?? '',
        }, log), log);
    }
}
/** A per-package value by the name as given, or under PEP 503. */
function lookup(byName, name) {
    if (!byName)
        return undefined;
    if (Object.hasOwn(byName, name))
        return byName[name];
    const key = Object.keys(byName).find((k) => (0,distributions/* normalizeName */.Pc)(k) === (0,distributions/* normalizeName */.Pc)(name));
    return key === undefined ? undefined : byName[key];
}
function checkImport(leg, found, env, neutral, req, first, log) {
    const module = found.module;
    const imported = found.imported;
    if (!imported?.ok) {
        leg.add({ name: `import ${module}`, ok: false, detail: `import ${module} failed in ${env.root}:\n${(imported?.error ?? 'no answer').trim().split('\n').slice(-12).join('\n')}` }, log);
        return;
    }
    leg.add({ name: `import ${module}`, ok: true, detail: `imported from ${neutral}` }, log);
    leg.add(checkFileLocation(module, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
    leg.add(checkVersionAttribute(module, imported.version, req.version, req.requireVersionAttribute), log);
    if (req.expectCommit && first)
        leg.add(checkCommit(module, imported.commit, req.expectCommit), log);
}
/** Every package's findings in `packages`; the first package's at the top level too, where one-package readers look. */
function fillResult(result, reports) {
    const first = reports[0];
    if (first.installedVersion !== undefined)
        result.installedVersion = first.installedVersion;
    if (first.wheel !== undefined)
        result.wheel = first.wheel;
    if (first.importName)
        result.importName = first.importName;
    if (first.moduleFile !== undefined)
        result.moduleFile = first.moduleFile;
    if (first.moduleVersion !== undefined)
        result.moduleVersion = first.moduleVersion;
    if (first.moduleCommit !== undefined)
        result.moduleCommit = first.moduleCommit;
    const sha = result.wheels?.find((w) => w.filename === first.wheel)?.sha256;
    if (sha)
        result.wheelSha256 = sha;
    result.packages = reports;
}
function provenanceSummary(wheels, mode) {
    if (mode === 'off')
        return 'off';
    const statuses = wheels.map((w) => w.provenance?.status);
    if (statuses.some((s) => s === 'failed'))
        return 'failed';
    if (statuses.length > 0 && statuses.every((s) => s === 'verified'))
        return 'verified';
    return statuses.some((s) => s === 'verified') ? 'partial' : 'none';
}
/** pip's own account of what it did, in the step log (masked: an index URL may carry a token). */
function logPipOutput(output, log) {
    const lines = (0,lib_process/* maskCredentials */.Bs)(output).split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 0)
        log.info(lines.map((l) => `  pip: ${l}`).join('\n'));
}
/**
 * pip install from the index. The page we polled and the page pip reads may
 * come from different CDN nodes, so "no matching distribution" right after the
 * version appeared, or (unpinned) an older version, is retried with the poll's
 * backoff until the wait deadline, and at least a minute after availability.
 */
async function installFromIndex(req, packages, requirements, plan, env, available, deadline, log) {
    const look = async (attempt) => {
        const r = await pipInstallFromIndex(env, {
            requirements,
            projects: packages,
            pre: !req.pin && req.pre,
            indexUrl: plan.indexUrl,
            extraIndexUrls: plan.extraIndexUrls,
            // Unpinned, as a user upgrades; pinned, only on a retry after an older version got in.
            upgrade: !req.pin || attempt > 1,
        }, log);
        const output = `${r.stdout}\n${r.stderr}`;
        if (r.code !== 0) {
            if (pipFoundNothing(output))
                return { done: false, state: { reason: 'not found', output, r } };
            throw failed(r);
        }
        if (!req.pin) {
            const found = await inspectInstalled(env, packages.map((name) => ({ name, module: null })), env.root, log);
            const older = found.packages.find((p) => p.dist && verify_compareVersions(p.dist.version, req.version) < 0);
            if (older)
                return { done: false, state: { reason: 'older', output, r, version: `${older.name} ${older.dist.version}` } };
        }
        return { done: true, value: output };
    };
    const failed = (r) => pipFailure(`pip install ${req.pin ? '' : '-U '}${requirements.join(' ')} from ${redactUrl(plan.indexUrl)}`, r);
    const availableAt = Math.max(...[...available.values()].map((a) => a.availableAt));
    const { value } = await pollUntil({
        look,
        deadline: Math.max(deadline, availableAt + 60_000),
        backoff: (attempt) => pollDelayMs(attempt),
        atDeadline: 'stop',
        onPause: ({ pauseMs, state }) => log.info(state.reason === 'not found'
            ? `pip did not find ${requirements.join(' ')} on ${redactUrl(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(pauseMs / 1000).toFixed(1)} s`
            : `pip install -U found ${state.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(pauseMs / 1000).toFixed(1)} s`),
        // Out of time: a failed install is the error; an older version installed is left to the version check.
        onTimeout: ({ state }) => {
            if (state.reason === 'not found')
                throw failed(state.r);
            return state.output;
        },
    });
    return value;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/index.js
/** verify-install: wait for the index, install into a fresh environment, check what is installed, the imports and who published it. */







// EXTERNAL MODULE: ./lib/versions/index.js + 12 modules
var lib_versions = __webpack_require__(12599);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(70663);
;// CONCATENATED MODULE: ./lib/rehearse/manylinux.js
/**
 * The platform tag a compiled extension has earned. A manylinux tag (PEP 600)
 * promises that the module runs on every mainstream Linux with glibc X.Y or
 * newer, which holds only when it links nothing beyond the C library's own
 * libraries (and the compiler's runtime) and needs no symbol version newer
 * than glibc X.Y. So the tag is read off the module itself, as `auditwheel
 * show` reads it: the libraries it needs (readelf --dynamic) and the symbol
 * versions it needs from them (readelf --version-info), bounded by the glibc
 * of this machine (read at run time). Anything else gets `linux_<arch>`,
 * which only runs where it was built and which PyPI refuses.
 */



/**
 * glibc's own libraries (the dynamic loader included) and the compiler's C
 * and C++ runtime: what every manylinux policy allows. auditwheel's lists also
 * name a few X11, OpenGL and GLib libraries; a module that needs them is given
 * linux_<arch> here (repair it with auditwheel instead).
 */
const ALLOWED = /^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|librt\.so\.1|libpthread\.so\.0|libutil\.so\.1|libnsl\.so\.1|libresolv\.so\.2|libgcc_s\.so\.1|libstdc\+\+\.so\.6|ld-linux[\w.-]*\.so\.\d+)$/;
const GLIBC_LIBRARY = /^(libc|libm|libdl|librt|libpthread|libutil|libnsl|libresolv)\.so\.\d+$|^ld-linux/;
/**
 * The PEP 600 tags that have a legacy alias (manylinux1, 2010 and 2014), with
 * the architectures each was defined for: a module that needs an older glibc
 * is tagged at the next of these, so that pips older than 20.3 (which know
 * only the aliases) install it too: Python 2.7.18 ships pip 19.2.3 and 3.6.15
 * pip 18.1.
 */
const LEGACY = [
    { minor: 5, alias: 'manylinux1', arches: ['x86_64', 'i686'] },
    { minor: 12, alias: 'manylinux2010', arches: ['x86_64', 'i686'] },
    { minor: 17, alias: 'manylinux2014', arches: ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64', 'ppc64le', 's390x'] },
];
/** "(NEEDED) Shared library: [libc.so.6]" lines of `readelf --dynamic`. */
function parseNeeded(readelf) {
    return [...readelf.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]);
}
/** The "Version needs section" of `readelf --version-info`: each File: line, then its Name: lines. */
function parseVersionNeeds(readelf) {
    const out = [];
    let inNeeds = false;
    let file;
    for (const line of readelf.split('\n')) {
        if (/^Version needs section/.test(line)) {
            inNeeds = true;
            continue;
        }
        if (/^\S/.test(line) && !/^Version needs section/.test(line))
            inNeeds = false;
        if (!inNeeds)
            continue;
        const f = /File: (\S+)/.exec(line);
        if (f) {
            file = f[1];
            continue;
        }
        const n = /Name: (\S+)/.exec(line);
        if (n && file)
            out.push({ file, name: n[1] });
    }
    return out;
}
/** "glibc 2.36" (os.confstr) or the first line of `ldd --version` ("ldd (Debian GLIBC 2.36-9+deb12u14) 2.36"). */
function parseGlibcVersion(text) {
    if (!text)
        return undefined;
    const first = text.split('\n')[0];
    const m = /^glibc (\d+)\.(\d+)/.exec(first) ?? (/(GLIBC|GNU libc)/i.test(first) ? /(\d+)\.(\d+)\s*$/.exec(first) : null);
    return m ? { major: Number(m[m.length - 2]), minor: Number(m[m.length - 1]) } : undefined;
}
/**
 * The glibc of this machine, from `ldd --version`, for interpreters that
 * cannot tell (Python 2.7 has no CS_GNU_LIBC_VERSION); undefined on a C
 * library that is not glibc (musl's ldd says so and exits 1).
 */
async function machineGlibc(log) {
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)('ldd', ['--version'])}`);
    try {
        const r = await (0,lib_process/* runProcess */.R3)('ldd', ['--version'], { env: (0,lib_process/* childEnvironment */.Qc)(), timeoutMs: 30_000 });
        return parseGlibcVersion(r.stdout) ?? parseGlibcVersion(r.stderr);
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            return undefined;
        throw err;
    }
}
/** Reads what the shared object at `path` needs, with readelf (binutils). */
async function readElfNeeds(path, log) {
    const args = ['--dynamic', '--version-info', '--wide', path];
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)('readelf', args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)('readelf', args, { env: (0,lib_process/* childEnvironment */.Qc)(), timeoutMs: 60_000 });
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S && err.code === 'ENOENT' && (0,external_node_fs_.existsSync)(path)) {
            throw new errors/* UserError */.y('readelf is not installed (or not on PATH). The rehearsal reads the libraries and symbol versions a compiled extension needs with it before it tags a wheel manylinux. Install binutils (Debian/Ubuntu: apt-get install binutils).');
        }
        throw err;
    }
    const failure = (0,lib_process/* failureOf */.g5)(r, { complete: true });
    if (failure)
        throw new errors/* UserError */.y(`Could not read the compiled module ${path}: ${failure.message}`);
    return { libraries: parseNeeded(r.stdout), versions: parseVersionNeeds(r.stdout) };
}
const versionOf = (name) => {
    const m = /^GLIBC_(\d+)\.(\d+)(?:\.\d+)?$/.exec(name);
    return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
};
const newer = (a, b) => a.major > b.major || (a.major === b.major && a.minor > b.minor);
/**
 * The platform tags for modules with these needs (all the modules of one
 * wheel, merged), built on a machine with `glibc` (undefined: not glibc) for
 * `arch`: the lowest manylinux_2_Y the symbol versions allow, raised to the
 * next legacy alias where one exists.
 */
function platformTags(needs, glibc, arch) {
    const fallback = (why) => ({ tags: [`linux_${arch}`], manylinux: false, why });
    if (!glibc)
        return fallback('this machine\'s C library is not glibc (or its version could not be read), so no manylinux tag applies');
    const libraries = [...new Set(needs.flatMap((n) => n.libraries))].sort();
    const outside = libraries.filter((l) => !ALLOWED.test(l));
    if (outside.length > 0)
        return fallback(`it links ${outside.join(', ')}, which no manylinux policy allows (bundle them with auditwheel repair)`);
    let floor = { major: 2, minor: 0 };
    const unknown = [];
    for (const v of needs.flatMap((n) => n.versions)) {
        const g = GLIBC_LIBRARY.test(v.file) ? versionOf(v.name) : undefined;
        if (!g) {
            unknown.push(`${v.name} from ${v.file}`);
            continue;
        }
        if (newer(g, floor))
            floor = g;
    }
    if (unknown.length > 0) {
        return fallback(`it needs the symbol versions ${[...new Set(unknown)].join(', ')}, which the rehearsal has no manylinux policy table for (auditwheel has)`);
    }
    if (newer(floor, glibc)) {
        throw new errors/* UserError */.y(`A compiled module needs GLIBC_${floor.major}.${floor.minor}, newer than this machine's glibc ${glibc.major}.${glibc.minor}: the glibc version read at run time is wrong.`);
    }
    const needed = floor.minor === 0 ? 'no versioned glibc symbol' : `glibc ${floor.major}.${floor.minor} symbols at most`;
    const legacy = LEGACY.find((l) => floor.major === 2 && floor.minor <= l.minor && l.arches.includes(arch));
    if (legacy) {
        return {
            tags: [`manylinux_2_${legacy.minor}_${arch}`, `${legacy.alias}_${arch}`],
            manylinux: true,
            why: `it needs ${needed} and links only ${libraries.length ? libraries.join(', ') : 'nothing'} (built on glibc ${glibc.major}.${glibc.minor})`,
        };
    }
    const minor = Math.max(floor.minor, 17);
    return {
        tags: [`manylinux_${floor.major}_${minor}_${arch}`],
        manylinux: true,
        why: `it needs ${needed} and links only ${libraries.join(', ') || 'nothing'} (built on glibc ${glibc.major}.${glibc.minor})`,
    };
}

;// CONCATENATED MODULE: ./lib/rehearse/scripts/index.js
/**
 * The Python the rehearsal runs inside interpreters, as .py files beside this
 * module, read the way src/python/scripts/index.ts reads its own: through a
 * literal `new URL('./x.py', import.meta.url)`, which ncc copies beside the
 * bundle under the same name.
 */

const read = (url) => (0,external_node_fs_.readFileSync)(url, 'utf8');
let buildConfig;
/** src/rehearse/scripts/build_config.py: what an interpreter is to a C compiler and to wheel tags. */
function buildConfigScript() {
    buildConfig ??= read(new URL(/* asset import */ __webpack_require__(69038), __webpack_require__.b));
    return buildConfig;
}

;// CONCATENATED MODULE: ./lib/rehearse/native.js
/**
 * C extensions, compiled here: each interpreter is asked what it is to a
 * compiler (its headers, the suffix of its extension modules, its ABI flags,
 * its platform and C library), the machine's C compiler builds the module
 * against exactly those headers, and the wheel tags come from the same
 * answers, never from a version number alone: cp27mu and cp27m are different
 * interpreters, and so are cp37m and cp38.
 */








const native_MARK = '__PYRELEASE_BUILD_CONFIG__';
const COMPILER = 'gcc';
const COMPILE_TIMEOUT_MS = 5 * 60_000;
/** Runs build_config.py in the interpreter. */
async function buildConfigOf(py, log) {
    const args = ['-c', buildConfigScript()];
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)(py.path, args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)(py.path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), timeoutMs: 60_000 });
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            throw new errors/* UserError */.y(`Could not run the Python interpreter ${py.path}: ${err.reason}.`);
        throw err;
    }
    const config = (0,scripts/* markedJson */.FD)(r.stdout, native_MARK);
    const failure = (0,lib_process/* failureOf */.g5)(r);
    if (failure || !config)
        throw new errors/* UserError */.y(`Could not ask ${describeInterpreter(py)} (${py.path}) how to build for it: ${failure?.message ?? 'it printed no answer'}`);
    return config;
}
/**
 * The interpreter and ABI tags as packaging computes them for CPython: from
 * SOABI on 3.x (cpython-37m-… → cp37m, cpython-313t-… → cp313t), and from
 * the build flags on 2.7, which has no SOABI: d for a debug build, m for
 * pymalloc, u for a wide-unicode (UCS-4) build.
 */
function interpreterTags(c) {
    if (c.implementation !== 'cpython') {
        throw new errors/* UserError */.y(`The rehearsal builds C extensions for CPython only; ${c.executable} is ${c.implementation} ${c.version}. Leave it out with --python, or pass --wheels DIR with wheels built for it.`);
    }
    const python = `cp${c.major}${c.minor}`;
    let abi;
    const soabi = /^cpython-(\d+)([a-z]*)(-|$)/.exec(c.soabi);
    if (c.major >= 3 && soabi && soabi[1] === `${c.major}${c.minor}`) {
        abi = `cp${soabi[1]}${soabi[2]}`;
    }
    else {
        const flags = (c.py_debug ? 'd' : '')
            + ((c.major < 3 || c.minor < 8) && c.pymalloc !== 0 ? 'm' : '')
            + (c.major < 3 && (c.unicode_size === 4 || c.maxunicode === 0x10ffff) ? 'u' : '');
        abi = `${python}${flags}`;
    }
    return { python, abi, arch: archOf(c) };
}
/** linux-x86_64 → x86_64; a 32-bit interpreter on a 64-bit kernel is i686 (or armv7l), as packaging says. */
function archOf(c) {
    const m = /^linux-(.+)$/.exec(c.platform);
    if (!m) {
        throw new errors/* UserError */.y(`${describeInterpreter(c)} (${c.executable}) is built for ${c.platform}; the rehearsal builds Linux wheels only. Pass --wheels DIR with wheels built elsewhere.`);
    }
    let arch = m[1].replace(/[-.]/g, '_');
    if (c.pointer_bits === 32) {
        if (arch === 'x86_64')
            arch = 'i686';
        else if (arch === 'aarch64')
            arch = 'armv7l';
    }
    return arch;
}
/** The directory with Python.h, or a UserError saying what to install. */
function headersOf(c) {
    if (!c.python_h) {
        const pkg = `python${c.major}.${c.minor}-dev`;
        throw new errors/* UserError */.y(`${describeInterpreter(c)} (${c.executable}) has no Python.h in ${c.include || 'its include directory'}: its development headers are not installed, `
            + `so no extension can be compiled for it. Install them (Debian/Ubuntu: apt-get install ${pkg}; Fedora: dnf install python${c.major}-devel; `
            + 'pyenv and python.org builds include them), or leave this interpreter out with --python.');
    }
    return c.platinclude && c.platinclude !== c.include ? [c.include, c.platinclude] : [c.include];
}
/**
 * Compiles one extension module for one interpreter into `outFile`, with the
 * sources and include directories relative to `dir` (the working directory,
 * so that no absolute path of this machine ends up in the module). The flags
 * are fixed (no CFLAGS from the environment): the same commit gives the same
 * bytes.
 */
async function compileExtension(ext, c, dir, outFile, log) {
    const includes = headersOf(c);
    for (const source of ext.sources) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, source)))
            throw new errors/* UserError */.y(`The extension ${ext.name} names the source ${source}, which does not exist in ${dir}.`);
    }
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(outFile), { recursive: true });
    const args = [
        '-shared', '-fPIC', '-O2', '-fwrapv', '-fno-strict-aliasing', '-DNDEBUG', '-Wall',
        ...ext.includeDirs.flatMap((d) => ['-I', d]),
        ...includes.flatMap((d) => ['-I', d]),
        ...ext.sources,
        '-o', outFile,
    ];
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(COMPILER, args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)(COMPILER, args, { cwd: dir, env: (0,lib_process/* childEnvironment */.Qc)(), timeoutMs: COMPILE_TIMEOUT_MS });
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S && err.code === 'ENOENT' && (0,external_node_fs_.existsSync)(dir))
            throw noCompiler();
        if (err instanceof lib_process/* ProcessStartError */._S)
            throw new errors/* UserError */.y(`Could not start the C compiler: ${err.message}`);
        throw err;
    }
    const failure = (0,lib_process/* failureOf */.g5)(r);
    if (failure)
        throw new errors/* UserError */.y(`Could not compile ${ext.name} for ${describeInterpreter(c)}: ${failure.message}`);
    const warnings = r.stderr.trim();
    if (warnings)
        log.warning(`${COMPILER} warned while compiling ${ext.name} for ${describeInterpreter(c)}:\n${warnings}`);
}
function noCompiler() {
    return new errors/* UserError */.y(`No C compiler: ${COMPILER} is not installed (or not on PATH), and the project has C extensions to compile for each interpreter. `
        + 'Install it (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc), or pass --wheels DIR with wheels built elsewhere.');
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/rehearse/project.js
/**
 * The project a rehearsal releases: copied into a fresh git repository of its
 * own (so the bump commit never touches the original), and read back from its
 * pyproject.toml for the builder: one distribution at the top, and the other
 * distributions of the same release that `[tool.pyrelease.rehearse]` names
 * (each in a directory of its own, as Ray keeps ray and ray-cpp).
 */








const IF_NO_GIT = { ifMissing: 'The rehearsal needs it for the bump commit. Install git.' };
/** git in `dir` (and no surrounding repository): the rehearsal's copy, or the project it copies. */
function gitOk(dir, args, doing) {
    return (0,lib_process/* gitOk */.Tt)(dir, args, doing, IF_NO_GIT);
}
/** Build and tool output that never belongs in a copy of the sources. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'build', 'dist']);
function skipped(name, isDir) {
    if (isDir)
        return SKIP_DIRS.has(name) || name.endsWith('.egg-info');
    return name.endsWith('.pyc') || name.endsWith('.pyo');
}
/**
 * The project's files: what git would commit (tracked and untracked but not
 * ignored) when the project is inside a git checkout, else every file but
 * build output, caches and virtual environments.
 */
async function projectFiles(src) {
    const inside = await (0,lib_process/* git */.$Y)(src, ['rev-parse', '--is-inside-work-tree'], IF_NO_GIT).catch(() => undefined);
    if (inside?.code === 0 && inside.stdout.trim() === 'true') {
        const listed = await gitOk(src, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], `list the files of ${src}`);
        const files = listed.split('\0').filter((f) => f !== '');
        // Deleted but still tracked files are listed too; copy what exists.
        const present = await Promise.all(files.map(async (f) => ((await (0,external_node_fs_promises_.stat)((0,external_node_path_.join)(src, f)).catch(() => undefined))?.isFile() ? f : undefined)));
        return present.filter((f) => f !== undefined && !f.split('/').some((part, i, all) => skipped(part, i < all.length - 1)));
    }
    const out = [];
    const walk = async (dir) => {
        for (const entry of await (0,external_node_fs_promises_.readdir)(dir, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (skipped(entry.name, entry.isDirectory()))
                continue;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                out.push((0,external_node_path_.relative)(src, path).split(external_node_path_.sep).join('/'));
        }
    };
    await walk(src);
    return out.sort();
}
/**
 * Copies `src` into `dest` and makes it a git repository with one commit on
 * `main`. The copy has its own committer identity and no signing or hooks, so
 * the bump commit never waits for a passphrase or a hook of the user's.
 */
async function copyProject(src, dest, hooksDir) {
    const from = (0,external_node_path_.resolve)(src);
    const s = await (0,external_node_fs_promises_.stat)(from).catch(() => undefined);
    if (!s?.isDirectory())
        throw new errors/* UserError */.y(`The project directory ${from} does not exist. Pass --project DIR with a Python project (a pyproject.toml at its top).`);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, 'pyproject.toml')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, 'setup.py')) && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(from, 'setup.cfg'))) {
        throw new errors/* UserError */.y(`${from} is not a Python project: it has no pyproject.toml, setup.py or setup.cfg at its top.`);
    }
    const files = await projectFiles(from);
    if (files.length === 0)
        throw new errors/* UserError */.y(`${from} holds no files to copy.`);
    await (0,external_node_fs_promises_.mkdir)(dest, { recursive: true });
    for (const file of files) {
        const target = (0,external_node_path_.join)(dest, ...file.split('/'));
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,external_node_fs_promises_.copyFile)((0,external_node_path_.join)(from, ...file.split('/')), target);
    }
    await (0,external_node_fs_promises_.mkdir)(hooksDir, { recursive: true });
    const branch = 'main';
    await gitOk(dest, ['init', '-q', '-b', branch], 'create the rehearsal repository');
    for (const [key, value] of [
        ['user.name', 'pyrelease rehearsal'],
        ['user.email', 'rehearsal@pyrelease.invalid'],
        ['commit.gpgsign', 'false'],
        ['tag.gpgsign', 'false'],
        ['core.hooksPath', hooksDir],
        ['core.autocrlf', 'false'],
    ]) {
        await gitOk(dest, ['config', key, value], `configure the rehearsal repository (${key})`);
    }
    await gitOk(dest, ['add', '-A'], 'stage the copied project');
    await gitOk(dest, ['commit', '-q', '--no-verify', '-m', `Copy of ${from} for a release rehearsal`], 'commit the copied project');
    const baseCommit = (await gitOk(dest, ['rev-parse', 'HEAD'], 'read the first commit')).trim();
    return { dir: dest, files: files.length, baseCommit, branch };
}
const NOT_BUILDABLE = 'The rehearsal builds projects with a static [project] table in pyproject.toml (pure Python, or C extensions declared in [[tool.setuptools.ext-modules]]); for anything else build the wheels yourself and pass --wheels DIR.';
const str = (v) => (typeof v === 'string' ? v : undefined);
const strings = (v, what) => {
    if (v === undefined)
        return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw new errors/* UserError */.y(`pyproject.toml: ${what} must be a list of strings.`);
    return v;
};
const NOT_PACKAGES = new Set(['test', 'tests', 'testing', 'doc', 'docs', 'example', 'examples', 'benchmark', 'benchmarks', 'build', 'dist', 'venv', '.venv']);
async function readProject(dir) {
    const path = (0,external_node_path_.join)(dir, 'pyproject.toml');
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)(path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.y(`The project has no pyproject.toml. ${NOT_BUILDABLE}`);
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* UserError */.y(`pyproject.toml is not valid TOML: ${err.message}`);
    }
    const project = doc.project;
    if (!project || typeof project !== 'object')
        throw new errors/* UserError */.y(`pyproject.toml has no [project] table. ${NOT_BUILDABLE}`);
    const name = str(project.name);
    if (!name || !(0,distributions/* isValidProjectName */.FE)(name))
        throw new errors/* UserError */.y(`pyproject.toml: [project].name ${JSON.stringify(project.name)} is not a valid project name.`);
    const version = str(project.version);
    if (!version) {
        const dynamic = strings(project.dynamic, '[project].dynamic').includes('version');
        throw new errors/* UserError */.y(`pyproject.toml: [project].version is ${dynamic ? 'dynamic' : 'missing'}. ${NOT_BUILDABLE}`);
    }
    let readme;
    const readmeSpec = project.readme;
    const readmeFile = str(readmeSpec) ?? str(readmeSpec?.file);
    if (readmeFile) {
        const declared = str(readmeSpec?.['content-type']);
        const contentType = declared ?? (/\.md$/i.test(readmeFile) ? 'text/markdown' : /\.rst$/i.test(readmeFile) ? 'text/x-rst' : 'text/plain');
        try {
            readme = { text: await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(dir, readmeFile), 'utf8'), contentType, path: readmeFile };
        }
        catch {
            throw new errors/* UserError */.y(`pyproject.toml names the readme ${readmeFile}, which does not exist in the project.`);
        }
    }
    else if (str(readmeSpec?.text)) {
        readme = { text: str(readmeSpec.text), contentType: str(readmeSpec['content-type']) ?? 'text/plain', path: '' };
    }
    const licenseSpec = project.license;
    const license = str(licenseSpec) ?? str(licenseSpec?.text);
    const authors = Array.isArray(project.authors)
        ? project.authors.map((a) => ({ name: str(a?.name), email: str(a?.email) }))
        : [];
    const urls = project.urls && typeof project.urls === 'object'
        ? Object.entries(project.urls).filter((e) => typeof e[1] === 'string')
        : [];
    return {
        name,
        version,
        summary: str(project.description),
        requiresPython: str(project['requires-python']),
        dependencies: strings(project.dependencies, '[project].dependencies'),
        classifiers: strings(project.classifiers, '[project].classifiers'),
        license,
        authors,
        urls,
        readme,
        packages: await findPackages(dir, doc, name),
        extensions: extensionModules(dir, doc),
    };
}
const EXTENSION_KEYS = new Set(['name', 'sources', 'include-dirs']);
/**
 * [[tool.setuptools.ext-modules]] (setuptools 74.1+): name, sources and
 * include-dirs. Other keys (libraries, macros, py-limited-api…) change how a
 * module is built; rather than build it differently from setuptools, the
 * builder refuses them.
 */
function extensionModules(dir, doc) {
    const tool = doc.tool?.setuptools;
    const list = tool?.['ext-modules'];
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        throw new errors/* UserError */.y('pyproject.toml: [tool.setuptools].ext-modules must be a list of tables ([[tool.setuptools.ext-modules]]).');
    return list.map((entry, i) => {
        const where = `pyproject.toml: [[tool.setuptools.ext-modules]] #${i + 1}`;
        if (!entry || typeof entry !== 'object' || Array.isArray(entry))
            throw new errors/* UserError */.y(`${where} is not a table.`);
        const e = entry;
        const other = Object.keys(e).filter((k) => !EXTENSION_KEYS.has(k));
        if (other.length > 0)
            throw new errors/* UserError */.y(`${where} sets ${other.join(', ')}; the rehearsal's builder knows name, sources and include-dirs only. Build the wheels yourself and pass --wheels DIR.`);
        const name = str(e.name);
        if (!name || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name))
            throw new errors/* UserError */.y(`${where}: name ${JSON.stringify(e.name)} is not a dotted module name.`);
        const sources = strings(e.sources, `${where} sources`);
        if (sources.length === 0)
            throw new errors/* UserError */.y(`${where} (${name}) lists no sources.`);
        const includeDirs = strings(e['include-dirs'], `${where} include-dirs`);
        for (const path of [...sources, ...includeDirs])
            insideProject(dir, path, `${where} (${name})`);
        if (sources.some((s) => !/\.c$/.test(s)))
            throw new errors/* UserError */.y(`${where} (${name}): the rehearsal compiles C sources (.c) only.`);
        return { name, sources, includeDirs };
    });
}
/** A relative path that stays inside `dir`, with '/' separators. */
function insideProject(dir, path, where) {
    const normal = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    if (external_node_path_.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../'))
        throw new errors/* UserError */.y(`${where}: ${path} is not a path inside ${dir}.`);
    return normal;
}
const TRIPLE = /^[A-Za-z0-9_.]+-[A-Za-z0-9_.]+-[A-Za-z0-9_.]+$/;
/** Reads [tool.pyrelease.rehearse]; a project without it (or without pyproject.toml) is one distribution. */
async function readLayout(dir) {
    let text;
    try {
        text = await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(dir, 'pyproject.toml'), 'utf8');
    }
    catch {
        return { distributions: [''], plannedWheels: [] };
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new errors/* UserError */.y(`pyproject.toml is not valid TOML: ${err.message}`);
    }
    const pyrelease = doc.tool?.pyrelease;
    const table = pyrelease?.rehearse;
    if (!table)
        return { distributions: [''], plannedWheels: [] };
    const known = new Set(['distributions', 'planned-wheels']);
    const other = Object.keys(table).filter((k) => !known.has(k));
    if (other.length > 0)
        throw new errors/* UserError */.y(`pyproject.toml: [tool.pyrelease.rehearse] has ${other.join(', ')}; it knows distributions and planned-wheels.`);
    const dirs = strings(table.distributions, '[tool.pyrelease.rehearse].distributions').map((d) => insideProject(dir, d, '[tool.pyrelease.rehearse].distributions'));
    for (const d of dirs) {
        if (d === '.' || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, d, 'pyproject.toml'))) {
            throw new errors/* UserError */.y(`[tool.pyrelease.rehearse].distributions names ${d}, which is not a directory with a pyproject.toml of its own.`);
        }
    }
    if (new Set(dirs).size !== dirs.length)
        throw new errors/* UserError */.y('[tool.pyrelease.rehearse].distributions names a directory twice.');
    const planned = strings(table['planned-wheels'], '[tool.pyrelease.rehearse].planned-wheels');
    for (const t of planned) {
        if (!TRIPLE.test(t))
            throw new errors/* UserError */.y(`[tool.pyrelease.rehearse].planned-wheels: ${JSON.stringify(t)} is not a tag triple such as cp312-cp312-macosx_11_0_arm64.`);
    }
    return { distributions: ['', ...dirs], plannedWheels: planned };
}
/**
 * What bump-version's `files` input must say for a release of several
 * distributions (RELEASE_VERSION_FILES in the pipeline): every version it
 * finds by itself in each distribution's directory, with the directory in
 * front. Undefined for one distribution at the top: auto-detection finds it.
 */
async function versionFilesOf(dir, layout) {
    if (layout.distributions.length === 1 && layout.distributions[0] === '')
        return undefined;
    const files = [];
    for (const d of layout.distributions) {
        const found = await (0,lib_versions/* locateVersions */.m5)((0,lib_versions/* localFileAccess */.oF)((0,external_node_path_.join)(dir, d)));
        for (const loc of found) {
            const path = d ? `${d}/${loc.path}` : loc.path;
            if (!files.includes(path))
                files.push(path);
        }
    }
    return files;
}
/** Every distribution of the release, read for the builder; names must differ. */
async function readDistributions(dir, layout) {
    const out = [];
    for (const d of layout.distributions) {
        let project;
        try {
            project = await readProject(d ? (0,external_node_path_.join)(dir, d) : dir);
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y && d)
                throw new errors/* UserError */.y(`${d}/: ${err.message}`);
            throw err;
        }
        const twin = out.find((o) => (0,distributions/* normalizeName */.Pc)(o.project.name) === (0,distributions/* normalizeName */.Pc)(project.name));
        if (twin)
            throw new errors/* UserError */.y(`${d}/pyproject.toml and ${twin.dir || 'the top'} both release ${project.name}; each distribution needs its own name.`);
        out.push({ dir: d, project });
    }
    return out;
}
/** [tool.setuptools].packages when it lists them; else the top-level (or src/) directories with an __init__.py. */
async function findPackages(dir, doc, projectName) {
    const tool = doc.tool?.setuptools;
    const packageDir = tool?.['package-dir']?.[''];
    const root = typeof packageDir === 'string' ? packageDir : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'src')) ? 'src' : '';
    const listed = Array.isArray(tool?.packages) ? tool.packages.filter((p) => typeof p === 'string') : undefined;
    const names = listed
        ? [...new Set(listed.map((p) => p.split('.')[0]))]
        : (await (0,external_node_fs_promises_.readdir)((0,external_node_path_.join)(dir, root), { withFileTypes: true }).catch(() => []))
            .filter((e) => e.isDirectory() && /^[A-Za-z_][A-Za-z0-9_]*$/.test(e.name) && !NOT_PACKAGES.has(e.name) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, root, e.name, '__init__.py')))
            .map((e) => e.name)
            .sort();
    const packages = names.map((name) => ({ name, dir: root ? `${root}/${name}` : name }));
    for (const p of packages) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, p.dir, '__init__.py')))
            throw new errors/* UserError */.y(`The package ${p.name} has no ${p.dir}/__init__.py in the project.`);
    }
    if (packages.length === 0) {
        throw new errors/* UserError */.y(`No Python package found in the project ${projectName} (a directory with an __init__.py at the top${root ? ` or under ${root}/` : ''}). ${NOT_BUILDABLE}`);
    }
    return packages;
}
/** Every file under a package directory, as project-relative paths with '/' (caches left out). */
async function packageFiles(projectDir, packageDir) {
    const out = [];
    const walk = async (rel) => {
        const entries = await (0,external_node_fs_promises_.readdir)((0,external_node_path_.join)(projectDir, rel), { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (skipped(entry.name, entry.isDirectory()))
                continue;
            const path = `${rel}/${entry.name}`;
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                out.push(path);
        }
    };
    await walk(packageDir);
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/rehearse/tar.js
/**
 * A small deterministic ustar writer for the rehearsal's sdists: regular files
 * only, fixed owner and mtime, gzip on top. Python's tarfile and pip read it.
 */

const BLOCK = 512;
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function splitName(path) {
    if (Buffer.byteLength(path) <= 100)
        return { name: path, prefix: '' };
    // ustar: the name up to 100 bytes, a prefix up to 155, split at a '/'.
    for (let i = path.length - 1; i > 0; i--) {
        if (path[i] !== '/')
            continue;
        const prefix = path.slice(0, i);
        const name = path.slice(i + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '')
            return { name, prefix };
    }
    throw new Error(`The path ${path} is too long for a ustar archive (at most 255 bytes, split at a '/').`);
}
function header(path, size, mode, mtime) {
    const h = Buffer.alloc(BLOCK);
    const { name, prefix } = splitName(path);
    h.write(name, 0, 100, 'utf8');
    h.write(octal(mode, 8), 100, 8, 'ascii');
    h.write(octal(0, 8), 108, 8, 'ascii');
    h.write(octal(0, 8), 116, 8, 'ascii');
    h.write(octal(size, 12), 124, 12, 'ascii');
    h.write(octal(mtime, 12), 136, 12, 'ascii');
    h.write('        ', 148, 8, 'ascii'); // the checksum counts as spaces while summing
    h.write('0', 156, 1, 'ascii');
    h.write('ustar\0', 257, 6, 'ascii');
    h.write('00', 263, 2, 'ascii');
    h.write('root', 265, 32, 'ascii');
    h.write('root', 297, 32, 'ascii');
    h.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return h;
}
/** A .tar.gz of the files in order; the gzip header carries no timestamp, so equal input gives equal bytes. */
function tarGz(files, mtime) {
    const parts = [];
    for (const f of files) {
        parts.push(header(f.path, f.data.length, f.mode ?? 0o644, mtime), f.data);
        const pad = (BLOCK - (f.data.length % BLOCK)) % BLOCK;
        if (pad)
            parts.push(Buffer.alloc(pad));
    }
    parts.push(Buffer.alloc(BLOCK * 2));
    return (0,external_node_zlib_.gzipSync)(Buffer.concat(parts), { level: 9 });
}

;// CONCATENATED MODULE: ./lib/rehearse/build.js
/**
 * "Built from the example": PEP 427 wheels and a PEP 625 sdist for each
 * distribution of the release, made here rather than by a build backend,
 * because the rehearsal must run offline and the machine's interpreters need
 * not have `wheel`, `build` or a new enough setuptools. The archives hold what
 * setuptools would put in them (the packages, compiled extension modules;
 * METADATA from pyproject.toml, WHEEL, top_level.txt and a RECORD with sha256
 * digests), byte-for-byte the same for the same commit. The commit
 * placeholder in the package sources is replaced with the commit the build is
 * made from, as Ray's build does with {{RAY_COMMIT_SHA}}.
 *
 * A pure-Python distribution gets one py2.py3-none-any (or py3-none-any)
 * wheel. A distribution with C extensions gets one wheel per interpreter:
 * each module compiled against that interpreter's own headers, the
 * interpreter and ABI tags from the interpreter (./native.ts), the platform
 * tag from what the compiled modules need (./manylinux.ts).
 */














/** Written in the example's __init__.py; replaced by the build with the commit sha. */
const COMMIT_PLACEHOLDER = '{{PYRELEASE_COMMIT_SHA}}';
const GENERATOR = 'pyrelease-rehearse (1.0)';
/** 2020-01-01T00:00:00Z: fixed timestamps keep the archives reproducible. */
const FIXED_EPOCH = 1577836800;
// Local-time constructor: yazl writes DOS times with local getters, so every time zone gets the same bytes.
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);
function sha256(data) {
    return (0,hashing/* digestBytes */.QN)(data, 'sha256');
}
function csvField(s) {
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function oneLine(s) {
    return s.replace(/\s*\r?\n\s*/g, ' ').trim();
}
/** Core metadata 2.1 (PKG-INFO and METADATA are the same text). */
function coreMetadata(p, version) {
    const lines = ['Metadata-Version: 2.1', `Name: ${p.name}`, `Version: ${version}`];
    if (p.summary)
        lines.push(`Summary: ${oneLine(p.summary)}`);
    for (const [label, url] of p.urls)
        lines.push(`Project-URL: ${oneLine(label)}, ${oneLine(url)}`);
    const named = p.authors.filter((a) => a.name && !a.email).map((a) => a.name);
    const emails = p.authors.filter((a) => a.email).map((a) => (a.name ? `${a.name} <${a.email}>` : a.email));
    if (named.length > 0)
        lines.push(`Author: ${oneLine(named.join(', '))}`);
    if (emails.length > 0)
        lines.push(`Author-email: ${oneLine(emails.join(', '))}`);
    if (p.license)
        lines.push(`License: ${oneLine(p.license)}`);
    for (const c of p.classifiers)
        lines.push(`Classifier: ${oneLine(c)}`);
    if (p.requiresPython)
        lines.push(`Requires-Python: ${oneLine(p.requiresPython)}`);
    for (const d of p.dependencies)
        lines.push(`Requires-Dist: ${oneLine(d)}`);
    if (p.readme)
        lines.push(`Description-Content-Type: ${p.readme.contentType}`);
    return `${lines.join('\n')}\n\n${p.readme ? p.readme.text : ''}`;
}
/** py2.py3 when Requires-Python admits both majors (as pip checks it), else the one it admits. */
function pythonTag(requiresPython) {
    const two = requiresPythonAllows(requiresPython, '2.7.18');
    const three = requiresPythonAllows(requiresPython, '3.99.0') || requiresPythonAllows(requiresPython, '3.8.0');
    if (two && three)
        return 'py2.py3';
    if (two)
        return 'py2';
    if (three)
        return 'py3';
    throw new errors/* UserError */.y(`Requires-Python ${JSON.stringify(requiresPython)} admits neither Python 2.7 nor any 3.x; fix it in pyproject.toml.`);
}
function substitute(path, data, commit, substituted) {
    if (!path.endsWith('.py'))
        return data;
    const text = data.toString('utf8');
    if (!text.includes(COMMIT_PLACEHOLDER))
        return data;
    substituted.add(path);
    return Buffer.from(text.split(COMMIT_PLACEHOLDER).join(commit), 'utf8');
}
async function writeZip(file, members) {
    const zip = new yazl/* ZipFile */.u();
    for (const m of members) {
        zip.addBuffer(m.data, m.path, { mtime: FIXED_DATE, mode: m.executable ? 0o100755 : 0o100644, compress: true, forceDosTimestamp: true });
    }
    zip.end();
    await (0,atomic_write/* writeFileAtomically */.lo)(file, zip.outputStream);
}
/** Asks each interpreter what it is to a compiler, side by side; the machine's glibc is read once, for those that cannot tell. */
async function prepareTargets(legs, log = lib_log/* silentLogger */.q) {
    let machine;
    return Promise.all(legs.map(async (leg) => {
        const config = await buildConfigOf(leg.interpreter, log);
        const tags = interpreterTags(config);
        const glibc = parseGlibcVersion(config.libc) ?? await (machine ??= machineGlibc(log));
        return { label: leg.label, interpreter: leg.interpreter, config, tags, ...(glibc ? { glibc } : {}) };
    }));
}
async function readSources(top, dir, project, commit) {
    const version = (0,distributions/* normalizeVersion */.Qj)(project.version);
    if (!version)
        throw new errors/* UserError */.y(`${dir ? `${dir}/` : ''}pyproject.toml: [project].version ${JSON.stringify(project.version)} is not a PEP 440 version.`);
    const root = dir ? (0,external_node_path_.join)(top, dir) : top;
    const prefix = dir ? `${dir}/` : '';
    const substituted = new Set();
    const packages = [];
    for (const pkg of project.packages) {
        for (const rel of await packageFiles(root, pkg.dir)) {
            const data = substitute(`${prefix}${rel}`, await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(root, ...rel.split('/'))), commit, substituted);
            packages.push({ path: `${pkg.name}${rel.slice(pkg.dir.length)}`, data });
        }
    }
    return { root, prefix, project, version, name: (0,distributions/* filenameEscapedName */.Wx)(project.name), metadata: Buffer.from(coreMetadata(project, version), 'utf8'), packages, substituted };
}
/** The .dist-info members after the payload, RECORD last. */
function distInfo(src, payload, wheelTags, purelib) {
    const dir = `${src.name}-${src.version}.dist-info`;
    const wheelFile = ['Wheel-Version: 1.0', `Generator: ${GENERATOR}`, `Root-Is-Purelib: ${purelib}`, ...wheelTags.map((t) => `Tag: ${t}`)].join('\n');
    const members = [
        ...payload,
        { path: `${dir}/METADATA`, data: src.metadata },
        { path: `${dir}/WHEEL`, data: Buffer.from(`${wheelFile}\n`) },
        { path: `${dir}/top_level.txt`, data: Buffer.from(src.project.packages.map((p) => `${p.name}\n`).join('')) },
    ];
    const record = members.map((m) => `${csvField(m.path)},sha256=${sha256(m.data).toString('base64url')},${m.data.length}`);
    record.push(`${csvField(`${dir}/RECORD`)},,`);
    return [...members, { path: `${dir}/RECORD`, data: Buffer.from(`${record.join('\n')}\n`) }];
}
/** Every tag of a compressed triple: cp312-cp312-a.b → cp312-cp312-a, cp312-cp312-b. */
function expandTags(triple) {
    const [py, abi, plat] = triple.split('-');
    return py.split('.').flatMap((p) => abi.split('.').flatMap((a) => plat.split('.').map((x) => `${p}-${a}-${x}`)));
}
async function pureWheel(src, outDir) {
    const tags = `${pythonTag(src.project.requiresPython)}-none-any`;
    const filename = `${src.name}-${src.version}-${tags}.whl`;
    const path = (0,external_node_path_.join)(outDir, filename);
    await writeZip(path, distInfo(src, src.packages, expandTags(tags), true));
    return { path, filename, tags };
}
async function nativeWheel(src, target, outDir, scratch, log) {
    const modules = [];
    const needs = [];
    for (const ext of src.project.extensions) {
        const top = ext.name.split('.')[0];
        if (!src.project.packages.some((p) => p.name === top)) {
            throw new errors/* UserError */.y(`The extension ${ext.name} of ${src.project.name} lies outside its packages (${src.project.packages.map((p) => p.name).join(', ')}).`);
        }
        const inWheel = `${ext.name.split('.').join('/')}${target.config.ext_suffix}`;
        const out = (0,external_node_path_.join)(scratch, target.tags.abi, inWheel);
        await compileExtension(ext, target.config, src.root, out, log);
        needs.push(await readElfNeeds(out, log));
        modules.push({ path: inWheel, data: await (0,external_node_fs_promises_.readFile)(out), executable: true });
    }
    const platform = platformTags(needs, target.glibc, target.tags.arch);
    const tags = `${target.tags.python}-${target.tags.abi}-${platform.tags.join('.')}`;
    const filename = `${src.name}-${src.version}-${tags}.whl`;
    const path = (0,external_node_path_.join)(outDir, filename);
    await writeZip(path, distInfo(src, [...src.packages, ...modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), expandTags(tags), false));
    return { path, filename, tags, target: target.label, platform };
}
/** The sdist: the distribution's committed files under <name>-<version>/, with PKG-INFO at its top. */
async function sdistOf(src, tracked, otherDirs, commit, outDir) {
    const stem = `${src.name}-${src.version}`;
    const packageDirs = src.project.packages.map((p) => `${p.dir}/`);
    const entries = [{ path: `${stem}/PKG-INFO`, data: src.metadata }];
    for (const path of tracked) {
        if (!path.startsWith(src.prefix) || otherDirs.some((d) => path.startsWith(`${d}/`)))
            continue;
        const rel = path.slice(src.prefix.length);
        if (rel === 'PKG-INFO')
            continue;
        let data = await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(src.root, ...rel.split('/')));
        if (packageDirs.some((d) => rel.startsWith(d)))
            data = substitute(path, data, commit, src.substituted);
        entries.push({ path: `${stem}/${rel}`, data });
    }
    const sdist = (0,external_node_path_.join)(outDir, `${stem}.tar.gz`);
    await (0,atomic_write/* writeFileAtomically */.lo)(sdist, tarGz(entries, FIXED_EPOCH));
    return sdist;
}
/**
 * Builds every distribution of the project at `projectDir` (a git repository
 * at `commit`) into `outDir`: native ones for each of `targets`, pure ones
 * once, and an sdist each.
 */
async function buildRelease(projectDir, commit, outDir, 
/** `targets` is called once, and only when a distribution has C extensions. */
opts = {}) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const layout = await readLayout(projectDir);
    const projects = await readDistributions(projectDir, layout);
    const tracked = (await gitOk(projectDir, ['ls-files', '-z'], 'list the committed files for the sdists')).split('\0').filter(Boolean).sort();
    await (0,external_node_fs_promises_.mkdir)(outDir, { recursive: true });
    // Beside outDir, not in it: fetch-wheels reads outDir as a wheel source.
    const scratch = `${outDir}.compiled`;
    const warnings = [];
    const distributions = [];
    let targets;
    try {
        for (const { dir, project } of projects) {
            const src = await readSources(projectDir, dir, project, commit);
            const wheels = [];
            const excluded = [];
            if (project.extensions.length === 0) {
                wheels.push(await pureWheel(src, outDir));
            }
            else {
                const all = await (targets ??= opts.targets ? opts.targets() : Promise.resolve([]));
                if (all.length === 0)
                    throw new errors/* UserError */.y(`${project.name} has C extensions, and there is no interpreter to compile them for.`);
                for (const target of all) {
                    if (!requiresPythonAllows(project.requiresPython, target.config.version)) {
                        excluded.push(target.label);
                        log.info(`${project.name}: no wheel for ${describeInterpreter(target.interpreter)}, which Requires-Python ${project.requiresPython} excludes`);
                        continue;
                    }
                    const wheel = await nativeWheel(src, target, outDir, (0,external_node_path_.join)(scratch, src.name), log);
                    log.info(`${wheel.filename}: ${wheel.platform.tags[0]} because ${wheel.platform.why}`);
                    if (!wheel.platform.manylinux) {
                        warnings.push(`${wheel.filename} is tagged ${wheel.platform.tags[0]} because ${wheel.platform.why}. PyPI refuses linux_* wheels, so fetch-wheels' preflight will refuse this set.`);
                    }
                    wheels.push(wheel);
                }
                if (wheels.length === 0)
                    throw new errors/* UserError */.y(`${project.name}: Requires-Python ${project.requiresPython} excludes every interpreter of this rehearsal (${all.map((t) => t.label).join(', ')}).`);
            }
            const otherDirs = layout.distributions.filter((d) => d !== dir && d !== '' && (dir === '' || d.startsWith(`${dir}/`)));
            const sdist = await sdistOf(src, tracked, otherDirs, commit, outDir);
            distributions.push({ dir, project, version: src.version, wheels, sdist, substituted: [...src.substituted].sort(), excluded });
        }
    }
    finally {
        await (0,external_node_fs_promises_.rm)(scratch, { recursive: true, force: true });
    }
    const versions = new Set(distributions.map((d) => d.version));
    if (versions.size > 1) {
        throw new errors/* UserError */.y(`The distributions of this release carry different versions (${distributions.map((d) => `${d.project.name} ${d.version}`).join(', ')}); bump-version should have given them one.`);
    }
    return { layout, distributions, outDir, warnings };
}

;// CONCATENATED MODULE: ./lib/rehearse/gate.js
async function approvalGate(opts) {
    if (opts.yes)
        return { approved: true, how: 'approved in advance with --yes' };
    if (!opts.io.isTerminal) {
        return {
            approved: false,
            how: 'refused: no terminal to ask on and no --yes (pass --yes to approve without a prompt, or run on a terminal to be asked)',
        };
    }
    const answer = (await opts.io.ask(opts.question)).trim().toLowerCase();
    if (answer === 'y' || answer === 'yes')
        return { approved: true, how: 'approved at the prompt' };
    return { approved: false, how: `rejected at the prompt (answer ${JSON.stringify(answer)}; only y or yes approves)` };
}

;// CONCATENATED MODULE: ./lib/rehearse/json.js
const REHEARSAL_SCHEMA = 'python-release-actions/rehearsal';
function json_seconds(ms) {
    return Math.round(ms) / 1000;
}
function outcomeJson(o) {
    return {
        schema: REHEARSAL_SCHEMA,
        schemaVersion: 3,
        result: o.result,
        exitCode: o.exitCode,
        project: o.project ?? null,
        distributions: o.distributions,
        previousVersion: o.previousVersion ?? null,
        version: o.version ?? null,
        commit: o.commit ?? null,
        branch: o.branch ?? null,
        versionFiles: o.versionFiles ?? null,
        source: o.source,
        bundledExample: o.bundledExample,
        built: o.wheels,
        wheels: o.coverage.map((c) => ({
            filename: c.filename,
            distribution: c.distribution,
            leg: c.leg,
            result: c.result,
            inSet: c.inSet,
            installs: c.installs,
            ...(c.reason ? { reason: c.reason } : {}),
        })),
        totalSeconds: json_seconds(o.totalMs),
        steps: o.steps.map((s) => ({
            id: s.id,
            title: s.title,
            status: s.status,
            seconds: s.ms === undefined ? null : json_seconds(s.ms),
            detail: s.detail,
            ...(s.error ? { error: s.error } : {}),
        })),
        legs: o.legs.map((l) => ({
            index: l.index,
            id: l.id,
            python: l.label,
            mode: l.mode,
            status: l.status,
            pythonVersion: l.result?.python?.version ?? null,
            wheels: l.wheels,
            packages: l.packages,
            resultFile: l.resultFile ?? null,
            provenance: l.result?.provenance ?? null,
            installs: (l.result?.packages ?? []).map((p) => ({
                distribution: p.name,
                wheel: p.wheel ?? null,
                installedVersion: p.installedVersion ?? null,
                moduleFile: p.moduleFile ?? null,
                moduleCommit: p.moduleCommit ?? null,
                provenance: l.result?.wheels?.find((w) => w.filename === p.wheel)?.provenance ?? null,
            })),
            checks: l.result?.checks ?? [],
            ...(l.result?.error ? { error: l.result.error } : {}),
        })),
        plannedLegs: o.plan?.hosted ?? [],
        unverifiable: o.plan?.plan.unverifiable ?? [],
        indexes: o.indexes,
        manifest: o.manifest ?? null,
        warnings: o.warnings,
        reportPath: o.reportPath,
        reportJsonPath: o.reportJsonPath,
        logPath: o.logPath,
        workDir: o.workDir,
        kept: o.kept,
    };
}

;// CONCATENATED MODULE: ./lib/rehearse/plan.js
/**
 * Which legs of the verify plan this machine runs. The plan is plan-verify's
 * (`planWheels`, what `pyrelease plan-verify` prints for the set): every
 * wheel to one leg of the workflow's matrix, or unverifiable. The rehearsal
 * runs the legs planned for this machine's runner kind (Linux x86_64 here)
 * on a local interpreter whose pip accepts every wheel of the leg, the one of
 * the leg's Python where there is one; every other leg is planned for its
 * hosted runner and reported as such, never as passed.
 */



/** This machine as a plan-verify runner kind, when it is one. */
function machineKind(os = (0,external_node_os_.platform)(), cpu = (0,external_node_os_.arch)()) {
    const kinds = {
        'linux x64': 'linux-x86_64',
        'linux arm64': 'linux-aarch64',
        'darwin arm64': 'macos-arm64',
        'darwin x64': 'macos-x86_64',
        'win32 x64': 'windows-amd64',
        'win32 arm64': 'windows-arm64',
    };
    return kinds[`${os} ${cpu}`];
}
/** Does an interpreter with these compatible tags (pip's) install this wheel? */
function installs(filename, tags) {
    const w = (0,distributions/* parseWheelFilename */.eP)(filename);
    return w.pythonTags.some((py) => w.abiTags.some((abi) => w.platformTags.some((p) => tags.has(`${py}-${abi}-${p}`))));
}
/**
 * Splits the plan into the legs run here and the legs planned for hosted
 * runners. A leg runs here when its runner is this machine's kind and an
 * interpreter of this machine takes every wheel of it: the interpreter of the
 * leg's Python (standing in for a container's: python:2.7, python:3.7-bullseye), else the newest
 * that does (a pure or abi3 leg planned for a Python this machine lacks).
 */
function localLegs(plan, pythons, kind = machineKind()) {
    const here = kind ? (0,plan_verify/* resolveRunners */.mL)()[kind]?.runsOn : undefined;
    const usable = pythons.filter((p) => p.leg.interpreter && p.tags).map((p) => ({ leg: p.leg, tags: new Set(p.tags) }));
    const local = [];
    const hosted = [];
    const notHere = new Map();
    for (const planned of plan.include) {
        if (here === undefined || (0,plan_verify/* runsOnText */.Rg)(planned['runs-on']) !== (0,plan_verify/* runsOnText */.Rg)(here)) {
            hosted.push(planned);
            notHere.set(planned.id, `runs on ${(0,plan_verify/* runsOnText */.Rg)(planned['runs-on'])}, not this machine (${(0,external_node_os_.platform)()} ${(0,external_node_os_.arch)()})`);
            continue;
        }
        const fits = usable.filter((p) => planned.wheels.every((w) => installs(w, p.tags)));
        const own = fits.find((p) => `${p.leg.interpreter.major}.${p.leg.interpreter.minor}` === planned.python.replace(/t$/, ''));
        const chosen = own ?? fits.at(-1);
        if (!chosen) {
            hosted.push(planned);
            notHere.set(planned.id, `no interpreter of this machine installs ${planned.wheels.join(', ')}`);
            continue;
        }
        local.push({ planned, python: chosen.leg, position: local.length });
    }
    return { plan, local, hosted, notHere };
}
/** How a planned leg reads in the report: `macos-15 · Python 3.12 (macos-arm64-3.12)`. */
function hostedLegLabel(leg) {
    return `${(0,plan_verify/* runsOnText */.Rg)(leg['runs-on'])}${leg.container ? ` in ${leg.container}` : ''} · Python ${leg.python} (${leg.id})`;
}
/**
 * The plan the approval brief checks the TestPyPI set against: the legs and
 * wheels of the set only (the wheels built elsewhere are not in its
 * manifest), with the hosted legs declared to run elsewhere.
 */
function briefPlan(rp, inSet) {
    const include = rp.plan.include
        .map((l) => ({ ...l, wheels: l.wheels.filter((w) => inSet.has(w)) }))
        .filter((l) => l.wheels.length > 0);
    const ids = new Set(include.map((l) => l.id));
    return {
        include,
        unverifiable: rp.plan.unverifiable.filter((u) => inSet.has(u.wheel)),
        elsewhere: rp.hosted.map((l) => l.id).filter((id) => ids.has(id)),
    };
}

;// CONCATENATED MODULE: ./lib/rehearse/pythons.js
/**
 * The interpreters a rehearsal builds for and verifies on: the ones asked for
 * with --python (each must exist), or by default every interpreter of this
 * machine: its 2.7 and each 3.x minor version (tool cache, PATH and pyenv, as
 * verify-install searches). A missing default 2.7 does not stop the
 * rehearsal, but its legs are shown as skipped, never as passed.
 */


/** "2.7,3.12" → ['2.7', '3.12']; undefined for the default. */
function parsePythonList(text) {
    if (text === undefined)
        return undefined;
    const specs = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (specs.length === 0)
        throw new errors/* UserError */.y('--python needs at least one interpreter, e.g. --python 2.7,3.12 (versions or paths, comma-separated).');
    return specs;
}
const NO_27 = 'no Python 2.7 on this machine (searched the tool cache, PATH and pyenv); the 2.7 legs are skipped, so this rehearsal does not show that the release installs on Python 2. '
    + 'Install 2.7 (e.g. pyenv install 2.7.18) or pass --python to choose the interpreters.';
async function choosePythons(requested, log, searchEnv, resolve = resolvePython, list = listPythons) {
    const warnings = [];
    const legs = [];
    const seen = new Map();
    const add = (py, spec) => {
        const label = `${py.major}.${py.minor}`;
        const twin = seen.get(py.path);
        if (twin !== undefined) {
            warnings.push(`--python ${spec} is the same interpreter as ${twin} (${py.path}); it is verified once.`);
            return;
        }
        seen.set(py.path, spec);
        legs.push({ label: legs.some((l) => l.label === label) ? `${label} (${py.path})` : label, requested: spec, position: legs.length, interpreter: py });
    };
    if (requested === undefined) {
        try {
            add(await resolve('2.7', searchEnv, log), '2.7');
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y))
                throw err;
            warnings.push(NO_27);
            legs.push({ label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' });
        }
        for (const py of await list('3', searchEnv, log))
            if (py.implementation === 'cpython')
                add(py, `${py.major}.${py.minor}`);
        if (!legs.some((l) => l.interpreter && l.interpreter.major === 3)) {
            throw new errors/* UserError */.y('No Python 3 interpreter on this machine (searched the tool cache, PATH and pyenv). Install one, or pass --python with the interpreters to use.');
        }
        return { legs, warnings };
    }
    for (const spec of requested) {
        let py;
        try {
            py = await resolve(spec, searchEnv, log);
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y))
                throw err;
            throw new errors/* UserError */.y(`--python ${spec}: ${err.message}`);
        }
        add(py, spec);
    }
    if (legs.length === 0)
        throw new errors/* UserError */.y('No interpreter to verify on. Pass --python with at least one that exists.');
    return { legs, warnings };
}

// EXTERNAL MODULE: ./lib/markup.js
var markup = __webpack_require__(82627);
;// CONCATENATED MODULE: ./lib/rehearse/report.js
/**
 * What a rehearsal tells people: progress lines as each step starts and ends,
 * a table of steps at the end, and a Markdown report with every wheel and the
 * leg that installed it, the manifest and the verify matrix (the approval
 * brief the workflow renders, from the same code).
 */






const TERMINAL_STATUS = { passed: 'passed', failed: 'FAILED', skipped: 'skipped', 'not-run': 'not run', refused: 'REFUSED' };
const MARKDOWN_STATUS = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped', 'not-run': '— not run', refused: '⛔ refused' };
function report_seconds(ms) {
    return ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`;
}
function indent(text, by) {
    return text.split('\n').map((l) => `${by}${l}`.trimEnd()).join('\n');
}
/** Progress for a terminal or a log: a line when a step starts, its result when it ends, notes indented below. */
function textProgress(write) {
    const pad = (i, n) => (n === undefined ? `[${i + 1}]` : `[${String(i + 1).padStart(String(n).length)}/${n}]`);
    return {
        started(step, i, n) {
            write(`${pad(i, n)} ${step.title} …\n`);
        },
        finished(step, i, n) {
            const head = `${' '.repeat(pad(i, n).length + 1)}${TERMINAL_STATUS[step.status]} in ${report_seconds(step.ms)}`;
            if (step.status === 'failed' && step.error) {
                write(`${head}:\n${indent(step.error, ' '.repeat(pad(i, n).length + 3))}\n`);
            }
            else {
                write(`${head}${step.detail ? `: ${step.detail}` : ''}\n`);
            }
            for (const line of step.lines ?? [])
                write(`${indent(line, ' '.repeat(pad(i, n).length + 3))}\n`);
        },
    };
}
/** The steps as a plain-text table; details are cut to fit `width` columns. */
function stepsTable(steps, totalMs, width = 120) {
    const rows = steps.map((s, i) => [String(i + 1), s.title, TERMINAL_STATUS[s.status], report_seconds(s.ms), s.detail]);
    rows.push(['', 'total', '', report_seconds(totalMs), '']);
    const head = ['#', 'step', 'result', 'time', 'detail'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    widths[4] = Math.max(10, Math.min(widths[4], width - widths.slice(0, 4).reduce((a, b) => a + b + 2, 0)));
    const fit = (text, w) => (text.length > w ? `${text.slice(0, w - 1)}…` : text);
    const line = (cells) => cells.map((c, i) => (i === 4 ? fit(c, widths[4]) : i === 0 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(0, -1).map(line), line(widths.map((w) => '-'.repeat(w))), line(rows.at(-1))].join('\n');
}
/** How the rehearsal names the runner its legs run on. */
const MACHINE_LABEL = `this machine (${(0,external_node_os_.platform)()} ${(0,external_node_os_.arch)()})`;
/** How a local leg reads in the report: `this machine (linux x64) · CPython 3.12.1`. */
function localLegLabel(leg) {
    return leg.interpreter ? `${MACHINE_LABEL} · ${describeInterpreter(leg.interpreter)}` : `${MACHINE_LABEL} · Python ${leg.label} (${leg.skipped ?? 'skipped'})`;
}
/**
 * Each wheel with the leg that installed it (or is planned to) and the
 * result, as the approval brief's coverage of the TestPyPI legs says
 * (`coverage`, absent when the rehearsal stopped before the plan); the
 * wheels built elsewhere are not in the manifest the brief reads, so their
 * row is their leg in the plan.
 */
function wheelRows(input) {
    const rp = input.plan;
    const rows = [];
    for (const [inSet, list] of [[true, input.wheels], [false, input.elsewhere]]) {
        for (const w of list) {
            const installs = input.legs
                .filter((l) => l.result && (0,leg_result/* installedWheels */.xg)(l.result).some((x) => x.filename === w.filename))
                .map((l) => ({ index: l.index, mode: l.mode, leg: l.id, result: l.result.result }));
            const local = rp?.local.find((l) => l.planned.wheels.includes(w.filename));
            const hosted = rp?.hosted.find((l) => l.wheels.includes(w.filename));
            const none = rp?.plan.unverifiable.find((u) => u.wheel === w.filename);
            const covered = inSet ? input.coverage?.wheels.find((c) => c.wheel === w.filename)?.status : undefined;
            let leg = '—';
            let result = 'not-run';
            let reason;
            if (local) {
                leg = `${localLegLabel(local.python)} (${local.planned.id})`;
                const ran = input.legs.some((l) => l.index === 'testpypi' && l.id === local.planned.id && l.status !== 'not-run');
                // Nothing installed it: failed when its leg ran, not run when the rehearsal stopped first.
                result = covered === 'passed' ? 'passed' : covered === 'failed' || ran ? 'failed' : 'not-run';
            }
            else if (hosted) {
                leg = hostedLegLabel(hosted);
                result = 'planned';
                reason = inSet ? rp.notHere.get(hosted.id) : 'built by the project\'s CI on that platform, not here';
            }
            else if (none) {
                result = 'unverifiable';
                reason = none.reason;
            }
            else {
                reason = 'the rehearsal stopped before the verify legs were planned';
            }
            rows.push({ row: { filename: w.filename, distribution: w.distribution, leg, result, inSet, installs, ...(reason ? { reason } : {}) }, rank: local?.position ?? Number.MAX_SAFE_INTEGER });
        }
    }
    // In the order of the local legs (2.7, 3.6 … 3.13), then the planned ones, each as listed.
    return rows.map((r, i) => ({ ...r, i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.row);
}
const VERDICT = {
    passed: '✅ every step passed',
    failed: '❌ failed',
    'not-approved': '⛔ stopped at the approval gate',
};
function renderMarkdown(r) {
    const out = [];
    const what = [r.project, r.previousVersion && r.version ? `${r.previousVersion} → ${r.version}` : r.version].filter(Boolean).join(' ');
    out.push(`# Release rehearsal${what ? `: ${what}` : ''}: ${VERDICT[r.result]}`, '');
    out.push(`The whole release pipeline, run on this machine (${(0,external_node_os_.platform)()} ${(0,external_node_os_.arch)()}) on ${r.startedAt.toISOString()} with the suite's own code: `
        + 'bump-version in local mode on a temporary git copy of the project, fetch-wheels from a local directory, pypi-publish and '
        + 'verify-install against two embedded package indexes standing in for TestPyPI and PyPI, and the approval gate between them.', '');
    const facts = [['Project', (0,markup/* markdownCell */.UZ)(r.source)]];
    if (r.commit)
        facts.push(['Bump commit', `${(0,markup/* markdownCode */.D9)(r.commit)}${r.branch ? ` on ${(0,markup/* markdownCode */.D9)(r.branch)}` : ''} (in the temporary copy)`]);
    facts.push(['Distributions', (0,markup/* markdownCell */.UZ)(r.wheels)]);
    if (r.versionFiles)
        facts.push(['Version files', `${r.versionFiles.map(markup/* markdownCode */.D9).join(', ')} (bump-version's \`files\`; RELEASE_VERSION_FILES in the pipeline)`]);
    // The stand-ins stop with the rehearsal: their URLs (and the file links below) are a record, not live links.
    for (const index of r.indexes)
        facts.push([`${index.name === 'pypi' ? 'PyPI' : 'TestPyPI'} stand-in`, `${(0,markup/* markdownCell */.UZ)(index.url)} (stopped when the rehearsal ended)`]);
    facts.push(['Work directory', (0,markup/* markdownCode */.D9)(r.workDir)]);
    out.push((0,markup/* markdownTable */.Qj)(['', ''], facts));
    if (r.warnings.length > 0)
        out.push('', ...r.warnings.map((w) => `> **Warning:** ${(0,markup/* markdownCell */.UZ)(w)}`));
    const steps = r.steps.map((s, i) => [String(i + 1), (0,markup/* markdownCell */.UZ)(s.title), MARKDOWN_STATUS[s.status], report_seconds(s.ms), (0,markup/* markdownCell */.UZ)(s.detail)]);
    steps.push(['', '**Total**', '', report_seconds(r.totalMs), '']);
    const right = (title) => ({ title, align: 'right' });
    out.push('', '## Steps', '', (0,markup/* markdownTable */.Qj)([right('#'), 'Step', 'Result', right('Time'), 'Detail'], steps));
    const failed = r.steps.find((s) => s.status === 'failed' || s.status === 'refused');
    if (failed) {
        out.push('', `## ${failed.status === 'refused' ? 'Stopped' : 'Failed'} at: ${failed.title}`, '');
        out.push((0,markup/* markdownCodeBlock */.IS)(failed.error ?? failed.detail, 'text'));
        const untouched = r.steps.filter((s) => s.status === 'not-run').map((s) => s.title);
        if (untouched.length > 0)
            out.push('', `Not run: ${untouched.map(markup/* markdownCell */.UZ).join(', ')}.`);
    }
    if (r.coverage.length > 0)
        out.push('', ...coverageSection(r.coverage));
    for (const brief of r.briefs)
        out.push('', (0,approval_brief_brief/* renderBrief */.dR)(brief).trimEnd());
    return `${out.join('\n')}\n`;
}
const COVERAGE = {
    passed: '✅ passed',
    failed: '❌ failed',
    planned: '🗓️ planned',
    'not-run': '— not run',
    unverifiable: '⚠️ unverifiable',
};
/** Every wheel → the leg that installed it (or would) → the result, and the planned hosted legs. */
function coverageSection(coverage) {
    const installed = coverage.filter((c) => c.result === 'passed').length;
    const planned = coverage.filter((c) => c.result === 'planned').length;
    const lines = ['## Wheels', ''];
    lines.push(`${coverage.length} wheels: ${installed} installed and checked on this machine${planned ? `, ${planned} planned for hosted runners (not run here)` : ''}`
        + `${coverage.some((c) => !c.inSet) ? '; wheels marked *elsewhere* are built by the project\'s CI on other platforms, not by this rehearsal' : ''}.`, '');
    lines.push((0,markup/* markdownTable */.Qj)(['Wheel', 'Distribution', 'Leg', 'Result'], coverage.map((c) => [
        `${(0,markup/* markdownCode */.D9)(c.filename)}${c.inSet ? '' : ' *elsewhere*'}`,
        (0,markup/* markdownCell */.UZ)(c.distribution),
        (0,markup/* markdownCell */.UZ)(c.leg),
        `${COVERAGE[c.result]}${c.reason && c.result !== 'planned' ? ` (${(0,markup/* markdownCell */.UZ)(c.reason)})` : ''}`,
    ])));
    return lines;
}

;// CONCATENATED MODULE: ./lib/rehearse/steps.js
/**
 * The rehearsal's steps in order, each timed, each shown as it starts and
 * ends. The first step that fails stops the pipeline: every later step is
 * recorded as not run, and its body never executes, so nothing after a
 * failure (the second index above all) is touched. Only the verify legs of
 * one index run side by side (runAll), all of them, like a matrix.
 */

class SkipStep extends Error {
}
class RefuseStep extends Error {
}
class Pipeline {
    progress;
    loggerFor;
    steps;
    stopped = false;
    /** False while insertAfter may still add steps: a total shown then would be wrong. */
    settled;
    constructor(plan, progress, 
    /** Makes the logger a step's body writes to. */
    loggerFor, 
    /** Steps will be added (insertAfter) before settle(): no total is shown until then. */
    opts = {}) {
        this.progress = progress;
        this.loggerFor = loggerFor;
        this.steps = plan.map((s) => ({ ...s, status: 'not-run', detail: '' }));
        this.settled = !opts.stepsToCome;
    }
    get ok() {
        return !this.stopped;
    }
    step(id) {
        const s = this.steps.find((x) => x.id === id);
        if (!s)
            throw new Error(`no rehearsal step ${id}`);
        return s;
    }
    /** Steps can be added once the interpreters are known (before they run). */
    insertAfter(id, steps) {
        const at = this.steps.findIndex((x) => x.id === id);
        this.steps.splice(at + 1, 0, ...steps.map((s) => ({ ...s, status: 'not-run', detail: '' })));
    }
    /** No step is added from here on: the progress shows the total. */
    settle() {
        this.settled = true;
    }
    get total() {
        return this.settled ? this.steps.length : undefined;
    }
    remove(id) {
        const at = this.steps.findIndex((x) => x.id === id);
        if (at >= 0)
            this.steps.splice(at, 1);
    }
    /**
     * Runs the step's body unless an earlier step stopped the pipeline; the
     * value is undefined when the body did not run or did not pass.
     */
    async run(id, body) {
        const step = this.step(id);
        if (this.stopped)
            return undefined;
        const value = await this.execute(step, body);
        if (step.status === 'failed' || step.status === 'refused')
            this.stopped = true;
        return value;
    }
    /**
     * Runs several independent steps side by side, at most `limit` at once, and
     * every one of them to its end, as a workflow matrix with fail-fast off
     * runs its legs; a failure among them stops the pipeline once all are done.
     */
    async runAll(ids, body, limit) {
        const steps = ids.map((id) => this.step(id));
        if (this.stopped || steps.length === 0)
            return;
        let next = 0;
        const worker = async () => {
            while (next < steps.length) {
                const step = steps[next++];
                await this.execute(step, (ctx) => body(step.id, ctx));
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, steps.length)) }, worker));
        if (steps.some((s) => s.status === 'failed' || s.status === 'refused'))
            this.stopped = true;
    }
    async execute(step, body) {
        const index = this.steps.indexOf(step);
        this.progress.started(step, index, this.total);
        const lines = [];
        const ctx = {
            log: this.loggerFor(step),
            note: (line) => lines.push(line),
            skip: (reason) => new SkipStep(reason),
            refuse: (reason) => new RefuseStep(reason),
        };
        const started = performance.now();
        let value;
        try {
            const result = await body(ctx);
            step.status = 'passed';
            step.detail = result.detail;
            value = result.value;
        }
        catch (err) {
            if (err instanceof SkipStep) {
                step.status = 'skipped';
                step.detail = err.message;
            }
            else if (err instanceof RefuseStep) {
                step.status = 'refused';
                step.detail = err.message;
            }
            else {
                step.status = 'failed';
                const message = err instanceof errors/* UserError */.y ? err.message : `unexpected error (a bug, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
                step.detail = firstLine(message);
                step.error = message;
            }
        }
        step.ms = performance.now() - started;
        if (lines.length > 0)
            step.lines = lines;
        this.progress.finished(step, index, this.total);
        return step.status === 'passed' ? value : undefined;
    }
}
function firstLine(text) {
    return text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
}

;// CONCATENATED MODULE: ./lib/rehearse/rehearse.js
/**
 * `pyrelease rehearse`: the release pipeline of .github/workflows/release.yml,
 * run on this machine with the same domain code the actions run:
 *
 *   interpreters → copy the project into a temporary git repository →
 *   bump-version (local mode, one commit, every distribution's version) →
 *   build (native wheels for each interpreter, or take --wheels) →
 *   fetch-wheels (local source: the same checks, the manifest) → plan which
 *   wheels each leg installs → two local indexes (TestPyPI and PyPI
 *   stand-ins, token-protected) → pypi-publish to TestPyPI → verify-install
 *   pinned on each interpreter, every distribution → approval gate →
 *   pypi-publish to PyPI with expect-manifest → the same legs unpinned →
 *   report (Markdown and JSON).
 *
 * The first failing step stops the pipeline (the verify legs of one index
 * all run, like a matrix, before it stops); the PyPI stand-in receives
 * nothing before the gate passes.
 */






























/** The example project beside this copy of the suite (src/, lib/ and dist/<bundle>/ are all two levels down). */
function bundledExample() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const candidate = (0,external_node_path_.join)(dir, 'examples', 'demo-project');
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'pyproject.toml')))
            return candidate;
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new errors/* UserError */.y('The bundled example project (examples/demo-project) is not beside this copy of pyrelease; pass --project DIR.');
}
/** The one version the distributions in `dir` carry, read from their filenames; undefined when they do not agree. */
async function versionOfDistributions(dir) {
    let names;
    try {
        names = await (0,external_node_fs_promises_.readdir)(dir);
    }
    catch {
        throw new errors/* UserError */.y(`--wheels ${dir}: the directory does not exist or cannot be read.`);
    }
    const versions = new Set();
    for (const name of names) {
        if (!/\.(whl|tar\.gz)$/.test(name))
            continue;
        try {
            versions.add((0,distributions/* parseDistributionFilename */.h3)(name).normalizedVersion);
        }
        catch {
            // fetch-wheels names it.
        }
    }
    return versions.size === 1 ? [...versions][0] : undefined;
}
/** report.md → report.json, beside it. */
function jsonReportPath(markdownPath) {
    return `${markdownPath.replace(/\.md$/i, '')}.json`;
}
const rehearse_short = (sha) => sha.slice(0, 12);
/** An OIDC token of the rehearsal's workflow: registered, so that no printer and no report shows it. */
function secret(token) {
    secrets/* runSecrets */.To.add(token);
    return token;
}
async function rehearse(req) {
    const startedAt = new Date();
    const started = performance.now();
    const io = req.io;
    const bundled = req.projectDir === undefined;
    const source = bundled ? bundledExample() : (0,external_node_path_.resolve)(req.projectDir);
    const wheelsDir = req.wheelsDir === undefined ? undefined : (0,external_node_path_.resolve)(req.wheelsDir);
    const workDir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(req.tempRoot ?? (0,external_node_os_.tmpdir)(), 'pyrelease-rehearsal-'));
    const logPath = (0,external_node_path_.join)(workDir, 'rehearsal.log');
    const reportPath = req.reportPath ? (0,external_node_path_.resolve)(req.reportPath) : (0,external_node_path_.join)(workDir, 'report.md');
    const reportJsonPath = jsonReportPath(reportPath);
    const concurrency = req.concurrency ?? Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)()));
    const logLines = [];
    const warnings = [];
    const legs = [];
    const warn = (w) => {
        warnings.push(w);
        io.progress(`\nWARNING: ${w}\n\n`);
    };
    io.progress(`Rehearsing the release of ${bundled ? `the example project ${source}` : source} in ${workDir}\n`);
    if (!req.yes && !io.gate.isTerminal) {
        io.progress('No terminal and no --yes: the rehearsal will stop at the approval gate, before anything reaches the PyPI stand-in (like a dry run).\n');
    }
    const loggerFor = (step) => {
        const line = (level, message) => {
            // Every line carries its step: legs run side by side, and a grep for one line should find its leg.
            for (const l of message.split('\n'))
                logLines.push(`[${step.id}] ${level}: ${l}`);
            if (level === 'warning')
                io.progress(`${message.split('\n').map((l) => `          warning: ${l}`).join('\n')}\n`);
            else if (req.verbose && level !== 'debug')
                io.progress(`${message.split('\n').map((l) => `          ${l}`).join('\n')}\n`);
        };
        return {
            info: (m) => line('info', m),
            warning: (m) => line('warning', m),
            error: (m) => line('error', m),
            debug: (m) => line('debug', m),
        };
    };
    const verifyStep = (index, position, what) => ({
        id: `verify-${index}-${position}`,
        title: `verify ${index} · ${what}`,
    });
    // The verify steps are added once the plan is made.
    const pipeline = new Pipeline([
        { id: 'pythons', title: 'find interpreters' },
        { id: 'copy', title: 'copy project (git)' },
        { id: 'bump', title: 'bump-version (local)' },
        ...(wheelsDir ? [] : [{ id: 'build', title: 'build wheels + sdists' }]),
        { id: 'fetch', title: `fetch-wheels (${wheelsDir ? '--wheels' : 'build'})` },
        { id: 'plan', title: 'plan verify legs' },
        { id: 'indexes', title: 'start local indexes' },
        { id: 'publish-testpypi', title: 'publish to testpypi' },
        { id: 'brief', title: 'approval brief (require pass)' },
        { id: 'gate', title: 'approval gate (pypi)' },
        { id: 'publish-pypi', title: 'publish to pypi' },
    ], textProgress(io.progress), loggerFor, { stepsToCome: true });
    const state = { legs: [], distributions: [], wheels: [], elsewhere: [] };
    const indexes = [];
    /** The brief of one index's legs, from the result files they wrote, as the approval-brief action reads them. */
    const briefOf = async (index) => {
        const manifest = index === 'testpypi' ? state.testpypiManifest : state.pypiManifest;
        if (!manifest)
            return undefined;
        const wheelsInSet = new Set(manifest.files.map((f) => f.filename));
        return {
            title: index === 'testpypi' ? 'Approval brief' : 'Released',
            manifest,
            legs: await (0,approval_brief_brief/* readLegResults */.dB)((0,external_node_path_.join)(workDir, 'results', index)),
            ...(state.version ? { version: state.version, tag: `v${state.version}` } : {}),
            ...(state.commit ? { commit: state.commit } : {}),
            index: index === 'testpypi' ? 'TestPyPI stand-in' : 'PyPI stand-in',
            expectLegs: legs.filter((l) => l.index === index).length,
            ...(index === 'testpypi' ? { gate: 'pypi' } : {}),
            // Both indexes' legs are the plan's (the workflow's verify-pypi runs the same matrix, unpinned).
            ...(state.plan ? { plan: briefPlan(state.plan, wheelsInSet) } : {}),
        };
    };
    const testpypiBrief = async () => (await briefOf('testpypi'));
    try {
        await pipeline.run('pythons', async (ctx) => {
            const chosen = await choosePythons(req.pythons, ctx.log, req.searchEnv);
            for (const w of chosen.warnings)
                warn(w);
            state.legs = chosen.legs;
            const detail = chosen.legs.map((l) => (l.interpreter ? describeInterpreter(l.interpreter) : `Python ${l.label} skipped (${l.skipped})`)).join(', ');
            for (const l of chosen.legs)
                ctx.note(l.interpreter ? `${describeInterpreter(l.interpreter)}: ${l.interpreter.path} (${l.interpreter.source})` : `Python ${l.label}: ${l.skipped}`);
            return { value: chosen, detail };
        });
        await pipeline.run('copy', async (ctx) => {
            const project = await copyProject(source, (0,external_node_path_.join)(workDir, 'project'), (0,external_node_path_.join)(workDir, 'git-hooks'));
            state.project = project;
            state.layout = await readLayout(project.dir);
            ctx.note(`${source} → ${project.dir}`);
            const others = state.layout.distributions.filter((d) => d !== '');
            return {
                value: project,
                detail: `${project.files} files, git init, commit ${rehearse_short(project.baseCommit)}${others.length ? `; distributions at the top and in ${others.map((d) => `${d}/`).join(', ')}` : ''}`,
            };
        });
        await pipeline.run('bump', async (ctx) => {
            let version = req.version;
            let bump = req.bump;
            let how = bump ? `--bump ${bump}` : version ? `--version` : '';
            if (!bump && !version && wheelsDir) {
                version = await versionOfDistributions(wheelsDir);
                how = 'the version of the --wheels files';
                if (!version)
                    throw new errors/* UserError */.y(`The distributions in ${wheelsDir} do not agree on one version (or there are none); pass --version with the version they were built for.`);
            }
            if (!bump && !version) {
                bump = 'patch';
                how = 'default bump patch';
            }
            state.versionFiles = await versionFilesOf(state.project.dir, state.layout);
            const outcome = await (0,bump_version/* bumpLocally */.Hk)({
                dir: state.project.dir,
                ...(bump ? { bump } : {}),
                ...(version ? { version } : {}),
                ...(state.versionFiles ? { files: state.versionFiles.join('\n') } : {}),
                scheme: 'pep440',
                allowDowngrade: false,
                branchTemplate: 'release/v{version}',
                commitMessage: 'Bump version to {version}',
                commit: true,
                dryRun: false,
            }, ctx.log);
            state.previousVersion = outcome.plan.previous;
            state.version = outcome.plan.next;
            state.commit = outcome.commitSha;
            state.branch = outcome.branch;
            for (const c of outcome.plan.changes)
                ctx.note(`${c.describe}: ${c.from} → ${c.to}`);
            if (state.versionFiles)
                ctx.note(`bump-version's files input for this layout (RELEASE_VERSION_FILES in the pipeline):\n${state.versionFiles.map((f) => `  ${f}`).join('\n')}`);
            return {
                value: outcome,
                detail: `${outcome.plan.previous} → ${outcome.plan.next} (${how}) in ${outcome.plan.changes.length} files; commit ${rehearse_short(outcome.commitSha ?? '')} on ${outcome.branch}`,
            };
        });
        if (!wheelsDir) {
            await pipeline.run('build', async (ctx) => {
                const targets = () => prepareTargets(state.legs.flatMap((l) => (l.interpreter ? [{ label: l.label, interpreter: l.interpreter }] : [])), ctx.log);
                const built = await buildRelease(state.project.dir, state.commit, (0,external_node_path_.join)(workDir, 'built'), { targets, log: ctx.log });
                state.built = built;
                for (const w of built.warnings)
                    warn(w);
                state.distributions = built.distributions.map((d) => ({
                    name: d.project.name,
                    dir: d.dir,
                    ...(d.project.packages[0] ? { importName: d.project.packages[0].name } : {}),
                    commitChecked: d.substituted.length > 0,
                }));
                const substituted = built.distributions.flatMap((d) => d.substituted);
                if (substituted.length > 0)
                    ctx.note(`__commit__ placeholder replaced with ${state.commit} in ${substituted.join(', ')}`);
                else
                    ctx.note('no commit placeholder in the package sources: __commit__ is not checked');
                for (const d of built.distributions) {
                    for (const w of d.wheels)
                        ctx.note(`${w.filename}${w.platform ? `  (for ${w.target}; ${w.platform.tags[0]}: ${w.platform.why})` : ''}`);
                    ctx.note((0,external_node_path_.basename)(d.sdist));
                    for (const label of d.excluded)
                        ctx.note(`no ${d.project.name} wheel for Python ${label}: Requires-Python ${d.project.requiresPython} excludes it`);
                }
                return { value: built, detail: describeBuild(built, state.commit) };
            });
        }
        await pipeline.run('fetch', async (ctx) => {
            const from = wheelsDir ?? state.built.outDir;
            const { expect, expectCount } = state.built ? expectationOf(state.built) : { expect: [], expectCount: undefined };
            if (expect.length > 0)
                ctx.note(`expect (every distribution): ${expect.join(', ')}`);
            const fetched = await fetchWheels({
                source: new LocalSource(from),
                select: {
                    packages: state.distributions.map((d) => d.name),
                    version: state.version,
                    expect,
                    ...(expectCount !== undefined ? { expectCount } : {}),
                },
                // --wheels: the directory the user gave is the set (one look, nothing still being built).
                allowAnySet: !state.built,
                waitTimeoutSeconds: 0,
                dest: (0,external_node_path_.join)(workDir, 'dist'),
                concurrency: 4,
                maxTotalSize: 20 * 1024 ** 3,
                log: ctx.log,
            });
            state.fetched = fetched;
            if (state.distributions.length === 0) {
                // --wheels: the distributions are whatever the files are of (verify-install reads their import names from top_level.txt).
                const seen = new Map();
                for (const f of fetched.files) {
                    const name = f.info.metadata?.name ?? f.chosen.parsed.name;
                    if (!seen.has((0,distributions/* normalizeName */.Pc)(name)))
                        seen.set((0,distributions/* normalizeName */.Pc)(name), { name, commitChecked: false });
                }
                state.distributions = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
            }
            const nameOf = new Map(state.distributions.map((d) => [(0,distributions/* normalizeName */.Pc)(d.name), d.name]));
            state.wheels = fetched.files.filter((f) => f.chosen.parsed.kind === 'wheel').map((f) => ({
                filename: f.chosen.file.name,
                distribution: nameOf.get(f.chosen.parsed.normalizedName) ?? f.chosen.parsed.name,
            }));
            for (const f of fetched.files)
                ctx.note(`${f.chosen.file.name}  ${(0,units/* formatBytes */.z3)(f.size)}  sha256 ${f.sha256}`);
            ctx.note(`manifest: ${fetched.manifestPath}`);
            const projects = state.distributions.length > 1 ? ` of ${state.distributions.length} distributions` : '';
            return { value: fetched, detail: `${fetched.files.length} files${projects} (${(0,units/* formatBytes */.z3)(fetched.totalBytes)}) pass preflight${expect.length || expectCount ? ', the expected set' : ''}; manifest written` };
        });
        await pipeline.run('plan', async (ctx) => {
            // Wheels the project builds elsewhere, named as the build would name them.
            state.elsewhere = (state.layout?.plannedWheels ?? []).flatMap((triple) => state.distributions.map((d) => ({
                filename: `${(0,distributions/* filenameEscapedName */.Wx)(d.name)}-${state.version}-${triple}.whl`,
                distribution: d.name,
            })));
            for (const w of state.elsewhere)
                (0,distributions/* parseWheelFilename */.eP)(w.filename); // a declared triple that makes no wheel name fails here
            // The workflow's matrix, as plan-verify plans it; then the legs this machine runs.
            const plan = (0,plan_verify/* planWheels */.s0)([...state.wheels, ...state.elsewhere].map((w) => w.filename));
            const tags = await Promise.all(state.legs.map((l) => (l.interpreter ? supportedTags(l.interpreter, ctx.log) : Promise.resolve(undefined))));
            const rp = localLegs(plan, state.legs.map((leg, i) => ({ leg, ...(tags[i] ? { tags: tags[i] } : {}) })));
            state.plan = rp;
            await (0,external_node_fs_promises_.writeFile)((0,external_node_path_.join)(workDir, 'verify-plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
            pipeline.insertAfter('publish-testpypi', rp.local.map((l) => verifyStep('testpypi', l.position, `${l.python.label} pinned`)));
            pipeline.insertAfter('publish-pypi', rp.local.map((l) => verifyStep('pypi', l.position, `${l.python.label} -U`)));
            pipeline.settle();
            for (const l of rp.local)
                ctx.note(`${l.planned.id} → ${localLegLabel(l.python)}: ${l.planned.wheels.join(', ')}`);
            for (const h of rp.hosted)
                ctx.note(`planned, not run here: ${hostedLegLabel(h)}: ${h.wheels.join(', ')} (${rp.notHere.get(h.id)})`);
            for (const u of plan.unverifiable)
                ctx.note(`unverifiable: ${u.wheel}: ${u.reason}`);
            for (const leg of state.legs) {
                if (leg.interpreter && !rp.local.some((l) => l.python === leg))
                    ctx.note(`${localLegLabel(leg)}: no leg of the plan for it`);
            }
            if (rp.local.length === 0)
                throw new errors/* UserError */.y(`No leg of the verify plan runs on this machine: ${rp.hosted.map((h) => `${h.id} (${rp.notHere.get(h.id)})`).join('; ') || 'the plan has no legs'}.`);
            const here = new Set(rp.local.flatMap((l) => l.planned.wheels));
            const hostedWheels = rp.hosted.reduce((n, h) => n + h.wheels.length, 0);
            return {
                value: rp,
                detail: `plan-verify: ${plan.include.length} legs; ${rp.local.length} run here and install ${here.size} of ${state.wheels.length} wheels`
                    + `${hostedWheels ? `; ${hostedWheels} wheels planned for ${rp.hosted.length} hosted legs` : ''}`
                    + `${plan.unverifiable.length ? `; ${plan.unverifiable.length} unverifiable` : ''}`,
            };
        });
        await pipeline.run('indexes', async (ctx) => {
            // Trusted publishing as on PyPI: the stand-ins accept uploads only with a token minted for this
            // workflow's OIDC token, and attestations only when they verify against the Sigstore stand-in's root.
            const publisher = { repository: `rehearsal/${(0,distributions/* normalizeName */.Pc)(state.distributions[0]?.name ?? 'project')}`, workflow: 'release.yml' };
            state.publisher = publisher;
            state.oidc = createLocalOidcIssuer(workflowClaims({ ...publisher, ref: `refs/heads/${state.branch ?? 'main'}`, ...(state.commit ? { sha: state.commit } : {}) }));
            state.sigstore = await startLocalSigstore({ oidcKey: state.oidc.publicKey, log: ctx.log });
            const trustedRootPath = (0,external_node_path_.join)(workDir, 'sigstore-trusted-root.json');
            await (0,external_node_fs_promises_.writeFile)(trustedRootPath, `${JSON.stringify(state.sigstore.trustedRoot, null, 2)}\n`);
            for (const which of ['testpypi', 'pypi']) {
                state[which] = await (0,index_server/* startLocalIndex */.Wj)({
                    dir: (0,external_node_path_.join)(workDir, 'indexes', which),
                    trustedPublishing: createTrustedPublishing({ key: state.oidc.publicKey, publishers: [publisher] }),
                    trustedRoot: state.sigstore.trustedRoot,
                    log: ctx.log,
                });
            }
            ctx.note(`Sigstore stand-in (Fulcio, Rekor) at ${state.sigstore.url}; its trust root: ${trustedRootPath}`);
            return {
                value: undefined,
                detail: `testpypi ${state.testpypi.url}, pypi ${state.pypi.url}: trusted publishing for ${publisher.repository}'s ${publisher.workflow}, attestations checked against the local Sigstore`,
            };
        });
        const publishTo = async (ctx, which) => {
            const target = which === 'testpypi' ? state.testpypi : state.pypi;
            const expect = which === 'testpypi'
                ? { path: state.fetched.manifestPath, manifest: state.fetched.manifest }
                : { path: state.testpypiManifestPath, manifest: state.testpypiManifest };
            const result = await publish({
                index: resolveEndpoints(target.uploadUrl),
                packagesDir: state.fetched.dest,
                patterns: [],
                trustedPublishing: { getIdToken: async (audience) => secret(state.oidc.token(audience)) },
                // Signed once, for TestPyPI; the PyPI upload sends the same attestations, read from beside the files.
                attestations: {
                    mode: 'true',
                    allowMixedProvenance: false,
                    publisher: state.publisher,
                    trust: async () => ({ name: 'the local Sigstore stand-in', trustedRoot: state.sigstore.trustedRoot, signingConfig: state.sigstore.signingConfig }),
                    sigstoreToken: async () => secret(state.oidc.token('sigstore')),
                },
                skipExisting: true,
                expectManifest: expect,
                concurrency: 4,
                preflightOnly: false,
                maxFileSize: distributions/* DEFAULT_MAX_FILE_SIZE */.Sj,
                // The minted upload token: scrubbed from everything printed and every file written from here on.
                mask: (secret) => { secrets/* runSecrets */.To.add(secret); },
                log: ctx.log,
            });
            const path = (0,external_node_path_.join)(workDir, `manifest-${which}.json`);
            await (0,distributions/* writeManifest */.HN)(path, result.manifest);
            if (which === 'testpypi') {
                state.testpypiManifestPath = path;
                state.testpypiManifest = result.manifest;
            }
            else {
                state.pypiManifestPath = path;
                state.pypiManifest = result.manifest;
            }
            for (const f of result.files)
                ctx.note(`${f.status} ${f.filename}${f.seconds !== undefined ? ` in ${f.seconds.toFixed(1)} s` : ''}${f.url ? ` → ${f.url}` : ''}`);
            return result;
        };
        const publishDetail = (r, expectPath) => {
            const uploaded = r.files.filter((f) => f.status === 'uploaded').length;
            const skipped = r.files.filter((f) => f.status === 'skipped').length;
            const attested = r.files.filter((f) => f.attestation).length;
            return `${uploaded} uploaded${skipped ? `, ${skipped} already there` : ''}, as in ${(0,external_node_path_.basename)(expectPath)}; listed with their sha256`
                + `${attested ? `; ${attested} with a PEP 740 attestation${r.attestedBy ? ` for ${r.attestedBy.repository}'s ${r.attestedBy.workflow}` : ''}` : ''}`;
        };
        await pipeline.run('publish-testpypi', async (ctx) => {
            const r = await publishTo(ctx, 'testpypi');
            return { value: r, detail: publishDetail(r, state.fetched.manifestPath) };
        });
        /** One leg, as the workflow's verify job runs it: verify-install with the leg's packages and wheels, its result file written. */
        const verifyLeg = async (record, interpreter, ctx) => {
            const index = record.index;
            const names = new Map(state.distributions.map((d) => [(0,distributions/* normalizeName */.Pc)(d.name), d]));
            const packages = record.packages.map((p) => names.get((0,distributions/* normalizeName */.Pc)(p))?.name ?? p);
            const importNames = Object.fromEntries(packages.flatMap((p) => {
                const module = names.get((0,distributions/* normalizeName */.Pc)(p))?.importName;
                return module ? [[p, module]] : [];
            }));
            const smokeScript = (0,external_node_path_.join)(state.project.dir, 'tests', 'smoke_test.py');
            const first = names.get((0,distributions/* normalizeName */.Pc)(packages[0] ?? ''));
            const request = {
                packages,
                version: state.version,
                python: interpreter.requested,
                indexes: index === 'testpypi'
                    ? { repository: 'testpypi', indexUrl: state.testpypi.simpleUrl, dependencyIndexUrl: state.pypi.simpleUrl, extraIndexUrls: [] }
                    : { repository: 'pypi', indexUrl: state.pypi.simpleUrl, extraIndexUrls: [] },
                ...(record.wheels.length > 0 ? { wheels: record.wheels } : {}),
                importNames,
                ...(first?.commitChecked ? { expectCommit: state.commit } : {}),
                manifestPath: index === 'testpypi' ? state.testpypiManifestPath : state.pypiManifestPath,
                ...((0,external_node_fs_.existsSync)(smokeScript) ? { smokeTest: { kind: 'script', path: smokeScript } } : {}),
                pin: index === 'testpypi',
                pre: index === 'pypi' && (0,lib_versions/* isPrerelease */.V1)(state.version),
                waitTimeoutSeconds: req.waitTimeoutSeconds ?? 120,
                requireVersionAttribute: true,
                // Every wheel was published with an attestation: its provenance must be there, verify, and name this workflow.
                provenance: state.sigstore
                    ? { mode: 'required', trustedRoot: state.sigstore.trustedRoot, trustedRootName: 'local', publisher: state.publisher }
                    : { mode: 'auto' },
                leg: { id: record.id, runsOn: MACHINE_LABEL },
                tempDir: (0,external_node_path_.join)(workDir, 'verify'),
                workspace: state.project.dir,
                startedAt: Date.now(),
                ...(req.searchEnv ? { searchEnv: req.searchEnv } : {}),
            };
            const outcome = await verifyInstall(request, ctx.log);
            const r = outcome.result;
            record.result = r;
            // Written as the action writes it: the brief reads these files, not this process's memory.
            record.resultFile = await writeResultFile((0,external_node_path_.join)(workDir, 'results', index), r);
            for (const p of r.packages ?? [])
                ctx.note(`${p.name}: ${p.wheel ?? '(no wheel installed)'}`);
            for (const c of r.checks)
                ctx.note(`  ${c.ok ? 'ok    ' : 'FAILED'} ${c.name}: ${c.detail.split('\n')[0]}`);
            if (outcome.error !== undefined)
                throw outcome.error;
            const commits = (r.packages ?? []).filter((p) => p.moduleCommit).map((p) => rehearse_short(p.moduleCommit));
            return {
                value: r,
                detail: `${record.id} on ${r.python ? describeInterpreter(r.python) : interpreter.label}: ${(r.packages ?? []).map((p) => `${p.name} ${p.installedVersion ?? '?'}`).join(', ')} installed and imported`
                    + `${commits.length ? `, __commit__ ${[...new Set(commits)].join(', ')}` : ''}`
                    + `${r.checks.some((c) => c.name === 'smoke test' && c.ok) ? ', smoke test passed' : ''}`
                    + `${r.provenance === 'verified' ? ', provenance verified' : ''}`,
            };
        };
        const verifyLegs = async (index, which) => {
            const byStep = new Map();
            which.forEach((leg, i) => {
                legs.push(leg.record);
                byStep.set(verifyStep(index, i, '').id, leg);
            });
            await pipeline.runAll([...byStep.keys()], async (id, ctx) => {
                const { record, python } = byStep.get(id);
                return verifyLeg(record, python, ctx);
            }, concurrency);
            for (const [id, { record }] of byStep)
                record.status = pipeline.step(id).status;
        };
        /** The plan's local legs against one index: pinned on TestPyPI, pip install -U on PyPI, as the workflow's two verify matrices. */
        const legsOf = (index) => (state.plan?.local ?? []).map((l) => ({
            python: l.python,
            record: {
                index, id: l.planned.id, label: l.python.label, mode: index === 'testpypi' ? 'pinned' : 'unpinned', status: 'not-run',
                wheels: l.planned.wheels, packages: l.planned.packages,
                ...(l.python.interpreter ? { interpreter: describeInterpreter(l.python.interpreter) } : {}),
            },
        }));
        await verifyLegs('testpypi', legsOf('testpypi'));
        await pipeline.run('brief', async (ctx) => {
            const brief = await testpypiBrief();
            const verdict = (0,approval_brief_brief/* assessBrief */.Zg)(brief);
            for (const p of verdict.problems)
                ctx.note(p);
            // --require-pass, as the workflow's brief job runs it: the gate never opens on an incomplete verification.
            if (!verdict.ready)
                throw new errors/* UserError */.y(`Not ready for approval: ${verdict.problems.length} problem(s):\n${verdict.problems.map((p) => `- ${p}`).join('\n')}`);
            const count = (status) => verdict.coverage.wheels.filter((w) => w.status === status).length;
            return {
                value: verdict,
                detail: `ready: ${brief.legs.length} leg results, ${count('passed')} wheels installed${count('planned') ? `, ${count('planned')} planned for hosted runners` : ''}${count('unverifiable') ? `, ${count('unverifiable')} unverifiable` : ''}`,
            };
        });
        await pipeline.run('gate', async (ctx) => {
            const files = state.testpypiManifest.files.length;
            const question = `Approve the upload of these ${files} files to the PyPI stand-in (${state.pypi.url})? [y/N] `;
            if (!req.yes && io.gate.isTerminal) {
                // What an approver reads on the review page, before the question.
                io.progress(`\n${(0,approval_brief_brief/* renderBrief */.dR)(await testpypiBrief())}\n`);
            }
            const decision = await approvalGate({ yes: req.yes, io: io.gate, question });
            ctx.log.info(decision.how);
            if (!decision.approved)
                throw ctx.refuse(decision.how);
            return { value: decision, detail: decision.how };
        });
        await pipeline.run('publish-pypi', async (ctx) => {
            const r = await publishTo(ctx, 'pypi');
            return { value: r, detail: publishDetail(r, state.testpypiManifestPath) };
        });
        await verifyLegs('pypi', legsOf('pypi'));
    }
    finally {
        await state.sigstore?.close().catch(() => { });
        // What each index holds when it stops: the proof of what was touched.
        for (const which of ['testpypi', 'pypi']) {
            const index = state[which];
            if (!index)
                continue;
            try {
                indexes.push({ name: which, url: index.url, dir: (0,external_node_path_.join)(workDir, 'indexes', which), files: index.files().map((f) => f.filename) });
            }
            finally {
                await index.close().catch(() => { });
            }
        }
    }
    const totalMs = performance.now() - started;
    const steps = pipeline.steps;
    const result = steps.some((s) => s.status === 'failed')
        ? 'failed'
        : steps.some((s) => s.status === 'refused') ? 'not-approved' : 'passed';
    const wheels = wheelsDir
        ? `prebuilt, from ${wheelsDir}`
        : state.built
            ? `built here from the bump commit: ${describeBuild(state.built, state.commit)}`
            : 'built here from the bump commit';
    const briefs = (await Promise.all([briefOf('testpypi'), briefOf('pypi')])).filter((b) => b !== undefined);
    // Every wheel's leg and result: the approval brief's coverage of the TestPyPI legs, nothing computed beside it.
    const testpypi = briefs.find((b) => b.gate !== undefined);
    const coverage = wheelRows({
        wheels: state.wheels,
        elsewhere: state.elsewhere,
        ...(state.plan ? { plan: state.plan } : {}),
        ...(testpypi && state.plan ? { coverage: (0,approval_brief_brief/* assessBrief */.Zg)(testpypi).coverage } : {}),
        legs,
    });
    const markdown = renderMarkdown({
        result,
        ...(state.distributions[0] ? { project: state.distributions.map((d) => d.name).join(' + ') } : {}),
        ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
        ...(state.version ? { version: state.version } : {}),
        ...(state.commit ? { commit: state.commit } : {}),
        ...(state.branch ? { branch: state.branch } : {}),
        ...(state.versionFiles ? { versionFiles: state.versionFiles } : {}),
        source: bundled ? `the bundled example, ${source}` : source,
        wheels,
        indexes,
        steps,
        totalMs,
        briefs,
        coverage,
        warnings,
        workDir,
        startedAt,
    });
    const table = stepsTable(steps, totalMs, req.tableWidth ?? 120);
    const kept = req.keep || result !== 'passed';
    const outcome = {
        result,
        exitCode: result === 'passed' ? 0 : result === 'failed' ? 1 : 3,
        steps,
        totalMs,
        source,
        bundledExample: bundled,
        ...(state.distributions[0] ? { project: state.distributions[0].name } : {}),
        distributions: state.distributions.map((d) => d.name),
        ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
        ...(state.version ? { version: state.version } : {}),
        ...(state.commit ? { commit: state.commit } : {}),
        ...(state.branch ? { branch: state.branch } : {}),
        ...(state.versionFiles ? { versionFiles: state.versionFiles } : {}),
        wheels,
        coverage,
        ...(state.plan ? { plan: state.plan } : {}),
        workDir,
        kept,
        reportPath,
        reportJsonPath,
        logPath,
        ...(kept && state.testpypiManifestPath ? { manifestPath: state.testpypiManifestPath } : {}),
        ...(state.testpypiManifest ? { manifest: state.testpypiManifest } : {}),
        legs,
        indexes,
        warnings,
        table,
        markdown,
    };
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,external_node_fs_promises_.writeFile)(reportPath, (0,secrets/* scrubSecrets */.Zg)(markdown), 'utf8');
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(reportJsonPath), { recursive: true });
    await (0,external_node_fs_promises_.writeFile)(reportJsonPath, `${JSON.stringify((0,secrets/* scrubSecretsDeep */.tZ)(outcomeJson(outcome)), null, 2)}\n`, 'utf8');
    await (0,external_node_fs_promises_.writeFile)(logPath, (0,secrets/* scrubSecrets */.Zg)(`${logLines.join('\n')}\n`), 'utf8');
    if (!kept) {
        // The work files go; the reports and the log stay.
        for (const entry of await (0,external_node_fs_promises_.readdir)(workDir)) {
            const path = (0,external_node_path_.join)(workDir, entry);
            if (path === reportPath || path === reportJsonPath || path === logPath)
                continue;
            await (0,external_node_fs_promises_.rm)(path, { recursive: true, force: true });
        }
    }
    return outcome;
}
/** "18 native wheels (cp27mu … cp313, manylinux_2_5_x86_64) + 2 sdists", for the table and the report. */
function describeBuild(built, commit) {
    const wheels = built.distributions.flatMap((d) => d.wheels);
    const native = wheels.filter((w) => w.platform);
    const pure = wheels.filter((w) => !w.platform);
    const parts = [];
    if (native.length > 0) {
        const abis = [...new Set(native.map((w) => w.tags.split('-')[1]))];
        const platforms = [...new Set(native.map((w) => w.platform.tags[0]))];
        parts.push(`${native.length} native wheels (${abis.length > 3 ? `${abis[0]} … ${abis.at(-1)}` : abis.join(', ')}; ${platforms.join(', ')})`);
    }
    if (pure.length > 0)
        parts.push(`${pure.length === 1 ? `a ${pure[0].tags}` : `${pure.length} pure`} wheel${pure.length === 1 ? '' : 's'}`);
    const sdists = built.distributions.length;
    const substituted = built.distributions.some((d) => d.substituted.length > 0);
    return `${parts.join(' + ')} + ${sdists === 1 ? 'an sdist' : `${sdists} sdists`}${substituted ? `, __commit__ = ${rehearse_short(commit)}` : ''}`;
}
/**
 * What fetch-wheels must find: every file built, by count, and the tag
 * triples by name where every distribution has the same ones (fetch-wheels
 * applies each expect line to every package).
 */
function expectationOf(built) {
    const sets = built.distributions.map((d) => d.wheels.map((w) => w.tags).sort());
    const same = sets.every((s) => s.join('\n') === sets[0].join('\n'));
    return {
        expect: same ? sets[0] : [],
        expectCount: built.distributions.reduce((n, d) => n + d.wheels.length + 1, 0),
    };
}

;// CONCATENATED MODULE: ./lib/rehearse/index.js
/** The local rehearsal of the whole release pipeline (`pyrelease rehearse`). */












// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(92453);
// EXTERNAL MODULE: ./lib/cli/print.js
var print = __webpack_require__(17721);
;// CONCATENATED MODULE: ./lib/cli/rehearse.js
/**
 * `pyrelease rehearse`: the whole release pipeline on this machine (see
 * src/rehearse/). Progress goes to stderr as each step starts and ends; the
 * table of steps and the planned legs (or, with --json, the JSON report) goes
 * to stdout at the end, with the paths of the Markdown and JSON reports.
 */






const USAGE = `usage: pyrelease rehearse [options]

Runs the release pipeline on this machine with the suite's own code: a temporary
git copy of the project, bump-version (local mode, every distribution), the
wheels (built from the project: C extensions compiled for each interpreter; or
--wheels), fetch-wheels, pypi-publish to a local TestPyPI stand-in,
verify-install of each wheel on its interpreter, the approval gate,
pypi-publish to a local PyPI stand-in (only the files in the verified
manifest), verify-install again (pip install -U), and a report.

  --project DIR      the Python project to release (default: the bundled
                     example, examples/demo-project: two distributions with C
                     extensions)
  --wheels DIR       prebuilt distributions to release instead of building the
                     project
  --python LIST      interpreters to build for and verify on, comma-separated
                     versions or paths, e.g. 2.7,3.12 (default: every
                     interpreter of this machine, its 2.7 and each 3.x; a
                     missing 2.7 is skipped with a warning)
  --bump KIND        ${lib_versions/* BUMPS */.ou.join(', ')} (default patch; with --wheels,
                     the version of the wheels)
  --version V        an explicit new version instead of --bump
  --yes, -y          approve the gate in advance (without it the gate asks on a
                     terminal, and refuses when there is none)
  --keep             keep the whole work directory (kept anyway after a failure)
  --report FILE      write the Markdown report here, and the JSON report beside
                     it (default: report.md and report.json in the work
                     directory, which are kept)
  --json             print the JSON report instead of the table
  --verbose          show every log line of every step
  -h, --help         this text

Exit status: 0 every step passed; 1 a step failed; 2 bad usage; 3 stopped at
the approval gate (rejected, or no terminal and no --yes).
`;
const processIo = {
    out: print/* out */.FD,
    err: print/* err */._q,
    stdinIsTerminal: process.stdin.isTTY === true,
    ask: async (question) => {
        const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
        // Ctrl-C or Ctrl-D at the prompt is a "no", not a hang (readline only pauses on SIGINT by default).
        const abort = new AbortController();
        rl.on('SIGINT', () => abort.abort());
        rl.on('close', () => abort.abort());
        try {
            return await rl.question(question, { signal: abort.signal });
        }
        catch (error) {
            if (error.name === 'AbortError') {
                (0,print/* err */._q)('\n');
                return '';
            }
            throw error;
        }
        finally {
            rl.close();
        }
    },
    columns: process.stdout.columns,
};
async function rehearseCommand(argv, io = processIo) {
    const parsed = (0,args/* parseCommandLine */.Du)('rehearse', USAGE, {
        args: argv,
        options: {
            project: { type: 'string' },
            wheels: { type: 'string' },
            python: { type: 'string' },
            bump: { type: 'string' },
            version: { type: 'string' },
            yes: { type: 'boolean', short: 'y', default: false },
            keep: { type: 'boolean', default: false },
            report: { type: 'string' },
            json: { type: 'boolean', default: false },
            verbose: { type: 'boolean', default: false },
        },
    }, io);
    if (typeof parsed === 'number')
        return parsed;
    const v = parsed.values;
    const usage = (message) => {
        io.err(`pyrelease rehearse: ${message}\n\n${USAGE}`);
        return 2;
    };
    if (v.bump !== undefined && !(0,lib_versions/* isBump */.dY)(v.bump))
        return usage(`--bump: unknown part "${v.bump}"; use one of ${lib_versions/* BUMPS */.ou.join(', ')}.`);
    if (v.bump !== undefined && v.version !== undefined)
        return usage('give --bump or --version, not both.');
    for (const name of ['project', 'wheels', 'report', 'version', 'python']) {
        if (v[name] !== undefined && v[name].trim() === '')
            return usage(`--${name} needs a value.`);
    }
    let pythons;
    try {
        pythons = parsePythonList(v.python);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            return usage(err.message);
        throw err;
    }
    let outcome;
    try {
        outcome = await rehearse({
            ...(v.project !== undefined ? { projectDir: v.project } : {}),
            ...(v.wheels !== undefined ? { wheelsDir: v.wheels } : {}),
            ...(pythons ? { pythons } : {}),
            ...(v.bump !== undefined && (0,lib_versions/* isBump */.dY)(v.bump) ? { bump: v.bump } : {}),
            ...(v.version !== undefined ? { version: v.version } : {}),
            yes: v.yes,
            keep: v.keep,
            ...(v.report !== undefined ? { reportPath: v.report } : {}),
            verbose: v.verbose,
            tableWidth: Math.max(80, io.columns ?? 120),
            io: {
                progress: io.err,
                gate: { isTerminal: io.stdinIsTerminal, ask: io.ask },
            },
        });
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y))
            throw err;
        io.err(`error: ${err.message}\n`);
        return 1;
    }
    if (v.json) {
        io.out(`${JSON.stringify(outcomeJson(outcome), null, 2)}\n`);
        return outcome.exitCode;
    }
    const verdict = outcome.result === 'passed'
        ? `Rehearsal passed: ${outcome.distributions.join(' + ')} ${outcome.previousVersion} → ${outcome.version} went through every step.`
        : outcome.result === 'not-approved'
            ? 'Rehearsal stopped at the approval gate: nothing was uploaded to the PyPI stand-in.'
            : `Rehearsal FAILED at: ${outcome.steps.find((s) => s.status === 'failed')?.title ?? '?'}.`;
    const lines = [
        '',
        outcome.table,
        '',
        ...outcome.warnings.map((w) => `warning: ${w}`),
        verdict,
        ...plannedLines(outcome),
        `Report: ${outcome.reportPath}`,
        `JSON:   ${outcome.reportJsonPath}`,
        `Log:    ${outcome.logPath}`,
        outcome.kept ? `The work directory is kept: ${outcome.workDir}` : 'The work files were removed (--keep keeps them).',
        // A kept index serves its files and their provenance again.
        ...(outcome.kept ? outcome.indexes.map((i) => `Index ${i.name}: ${i.dir} (serve it again: pyrelease serve-index --dir ${i.dir})`) : []),
    ];
    io.out(`${lines.join('\n')}\n`);
    return outcome.exitCode;
}
/** The wheels installed here, and the legs planned for hosted runners that this machine cannot run. */
function plannedLines(o) {
    const here = o.coverage.filter((c) => c.result === 'passed').length;
    const lines = here ? [`Installed and checked here: ${here} of ${o.coverage.filter((c) => c.inSet).length} wheels.`] : [];
    const hosted = o.plan?.hosted ?? [];
    if (hosted.length > 0) {
        lines.push(`Planned for hosted runners, not run here (${hosted.reduce((n, h) => n + h.wheels.length, 0)} wheels):`);
        for (const h of hosted)
            lines.push(`  ${hostedLegLabel(h)}: ${h.wheels.join(', ')}`);
    }
    for (const u of o.plan?.plan.unverifiable ?? [])
        lines.push(`Unverifiable: ${u.wheel}: ${u.reason}`);
    return lines;
}


/***/ })

};
