export const id = 0;
export const ids = [0];
export const modules = {

/***/ 3000:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jsonOf: () => (/* binding */ jsonOf),
  rehearseCommand: () => (/* binding */ rehearseCommand)
});

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(6848);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/commands/bump-version/index.js + 11 modules
var bump_version = __webpack_require__(6882);
// EXTERNAL MODULE: ./lib/commands/approval-brief/brief.js + 1 modules
var brief = __webpack_require__(542);
// EXTERNAL MODULE: ./lib/distributions/index.js + 13 modules
var distributions = __webpack_require__(3885);
// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(9275);
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
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(to), `.${(0,external_node_path_.basename)(to)}.move-${process.pid}`);
        await (0,external_node_fs_promises_.copyFile)(from, temp);
        await (0,external_node_fs_promises_.rename)(temp, to);
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
 * with the same size, they still hash to that sha256, and (when the source
 * publishes one) to the source's sha256 or single-part S3 ETag (an MD5).
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
    const d = await (0,hashing/* hash */.tW)(local, ['sha256', 'md5']);
    if (d.sha256 !== entry.sha256.toLowerCase())
        return undefined;
    if (c.file.sha256 && c.file.sha256.toLowerCase() !== d.sha256)
        return undefined;
    // A single-part upload's ETag is the MD5 of its bytes; a multipart one ("…-N") is not.
    if (c.file.etag && /^[0-9a-f]{32}$/i.test(c.file.etag) && c.file.etag.toLowerCase() !== d.md5)
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
var names = __webpack_require__(5787);
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
        ...(prefixed ? { package: (0,names/* normalizeName */.Pc)(prefixed[1]) } : {}),
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
var external_node_timers_promises_ = __webpack_require__(8500);
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
            const listing = await source.list(opts.log);
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

;// CONCATENATED MODULE: ./lib/index-client/endpoints.js
/**
 * Where a package index lives: the legacy upload URL a user names (`pypi`,
 * `testpypi` or any URL), and the simple index, JSON API, trusted-publishing
 * endpoints and release pages that belong with it.
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
            throw new errors/* UserError */.y('The repository URL must not carry a user name or password; pass the API token as the token input (it is masked), or use trusted publishing.');
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
            name = 'custom';
            // `…/legacy/` → `…/`; `…/legacy` (missing slash, answered later with twine's hint) → `…/`.
            site = new URL(url.pathname.endsWith('/') ? '..' : '.', url);
            site.search = '';
            site.hash = '';
        }
        uploadUrl = url;
    }
    const simpleUrl = overrides.simpleUrl ?? new URL('simple/', site);
    const jsonUrl = overrides.jsonUrl ?? new URL('pypi/', site);
    return {
        name,
        uploadUrl,
        simpleUrl: withSlash(simpleUrl),
        jsonUrl: withSlash(jsonUrl),
        oidcBase: new URL('/', uploadUrl),
        releasePage: (project, version) => new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, site).href,
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
    return external_node_http_.STATUS_CODES[status] ?? '';
}
// Keep-alive, so listing pages, API calls and uploads reuse connections; idle sockets are unref'd by the agent.
const pools = {
    'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
};
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** Socket data kept while the reader is busy, at most; beyond it the socket is paused (backpressure). */
const MAX_BUFFERED = 1024 * 1024;
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
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#x27': "'", '#39': "'", nbsp: ' ' };
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name) => {
        const known = ENTITIES[name.toLowerCase()];
        if (known !== undefined)
            return known;
        if (/^#x/i.test(name))
            return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (/^#\d/.test(name))
            return String.fromCodePoint(Number(name.slice(1)));
        return all;
    });
}
function stripTags(html) {
    return unescapeHtml(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}
/** The message in a body: a JSON `message`, Pyramid's error page detail, a page title, or short plain text. */
function bodyMessage(body, contentType) {
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
        const detail = /<br\s*\/?>\s*<br\s*\/?>([\s\S]*?)<\/body>/i.exec(text);
        if (detail && stripTags(detail[1]) !== '')
            return stripTags(detail[1]);
        const title = /<title>([\s\S]*?)<\/title>/i.exec(text);
        if (title)
            return stripTags(title[1]).replace(/^\d{3}\s+/, '');
        return undefined;
    }
    const plain = text.trim();
    return plain.length > 500 ? `${plain.slice(0, 500)}…` : plain;
}
/** The index's own words for an answer, falling back to the status. */
function answerMessage(res) {
    const standard = standardStatusText(res.status);
    const reason = res.statusMessage.trim();
    if (reason && reason.toLowerCase() !== standard.toLowerCase())
        return reason;
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
    out.push(['blake2_256_digest', info.blake2b256]);
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
        async writeTo(dest, { onFileBytes, signal } = {}) {
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
                        sent += bytesRead;
                        onFileBytes?.(sent);
                        taken[i] = write(buffers[i].subarray(0, bytesRead));
                    }
                    for (const t of taken)
                        if (t && !(await until(t)))
                            return;
                }
                finally {
                    await handle.close();
                }
            }
            if (sent !== file.size) {
                throw new Error(`${file.path} changed while it was being uploaded: expected ${file.size} bytes, read ${sent}`);
            }
            await until(new Promise((resolve) => dest.end(tail, () => resolve(true))));
        },
    };
}

;// CONCATENATED MODULE: ./lib/index-client/json-api.js
/**
 * What an index holds for one release, read from its JSON API
 * (`/pypi/<project>/<version>/json`): each file's name, digests, size, upload
 * time and URL. The publisher's preflight and its hash-verified skips rest on
 * this, so the answer is validated rather than trusted.
 */




function releaseJsonUrl(jsonBase, project, version) {
    return new URL(`${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/${encodeURIComponent(version)}/json`, jsonBase);
}
const HEX64 = /^[0-9a-f]{64}$/i;
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
        if (typeof e.filename !== 'string' || !sha256 || !HEX64.test(sha256)) {
            throw new errors/* UserError */.y(`${source}: urls[${i}] lacks a filename or a sha256 digest; the index's JSON API cannot be used to verify files.`);
        }
        const blake = typeof digests.blake2b_256 === 'string' && HEX64.test(digests.blake2b_256) ? digests.blake2b_256.toLowerCase() : undefined;
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
async function fetchProvenance(jsonBase, project, version, filename, opts = {}) {
    const url = provenanceUrl(jsonBase, project, version, filename);
    const answer = await request_request(url, {
        headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json', 'User-Agent': USER_AGENT },
        timeouts: { idleMs: 30_000, deadlineMs: 60_000 },
        ...(opts.transport ? { transport: opts.transport } : {}),
    });
    const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_PROVENANCE_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
    if (res.status === 404)
        return { filename, attested: false, publishers: [] };
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
    const bundles = Array.isArray(data?.attestation_bundles) ? data.attestation_bundles : [];
    const publishers = bundles.map((b) => b?.publisher).filter((p) => typeof p === 'object' && p !== null);
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
            send: (req, signal) => body.writeTo(req, { ...(opts.onProgress ? { onFileBytes: opts.onProgress } : {}), signal }),
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
        // The whole file reached the index before the failure: it may have stored it.
        if (err instanceof HttpError && isTransientNetworkError(err))
            throw new RetryableUploadError(err.message, err.bodySent);
        throw err;
    }
    const url = opts.uploadUrl.href;
    if (res.status >= 200 && res.status < 300) {
        const date = Date.parse(headerText(res.headers.date) ?? '');
        return { kind: 'accepted', warnings: res.body.toString('utf8').trim(), ...(Number.isNaN(date) ? {} : { serverDate: new Date(date) }) };
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
function refusal(status, data, claims) {
    const errors = Array.isArray(data.errors)
        ? data.errors.filter((e) => !!e && typeof e === 'object')
        : [];
    const reasons = errors.length > 0
        ? errors.map((e) => `* \`${String(e.code ?? 'unknown')}\`: ${String(e.description ?? '')}`).join('\n')
        : `* ${typeof data.message === 'string' ? data.message : `HTTP ${status}`}`;
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
function tokenCredentials(token, mask) {
    const header = `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`;
    mask(token);
    mask(header.slice('Basic '.length));
    return { kind: 'token', authorization: async () => header, refused: () => false };
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
/** The package index client: endpoints, the legacy upload API, the JSON API and trusted publishing. */










// EXTERNAL MODULE: ./lib/index-server/index.js + 14 modules
var index_server = __webpack_require__(7198);
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
        const remoteFiles = releases.get(releaseId(release))?.files ?? [];
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
        const twin = remoteFiles.find((f) => (f.blake2b256 !== undefined && f.blake2b256 === info.blake2b256) || f.sha256 === info.sha256);
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
        if (times.length > 0) {
            const opened = Math.min(...times);
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
 * - signing what still lacks an attestation, writing it beside the file.
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
        log.info('Attestations: not sent: PyPI accepts PEP 740 attestations only with trusted publishing, and a token was given.');
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
        __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 6712)),
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 8765)),
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
async function readProvenance(planned, releases, index, log) {
    const out = new Map();
    for (const p of planned) {
        const id = releaseId(p.release);
        if (out.has(id) || !planned.some((q) => releaseId(q.release) === id && q.action === 'upload'))
            continue;
        const remote = releases.get(id)?.files ?? [];
        const files = [];
        for (const f of remote) {
            try {
                files.push(await withRetry(() => fetchProvenance(index.jsonUrl, p.release.project, p.release.version, f.filename), httpRetryDecision, { ...READ_RETRY, what: `provenance of ${f.filename}` }, log));
            }
            catch (err) {
                const reason = err instanceof Error ? err.message : String(err);
                // Other indexes may not serve PyPI's Integrity API at all: then there is no provenance to keep consistent.
                if (index.name === 'custom') {
                    log.info(`Provenance consistency not checked: ${index.jsonUrl.origin} does not serve PyPI's Integrity API (${reason}).`);
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
    const provenance = await readProvenance(planned, releases, index, log);
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
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(179), __webpack_require__.e(826)]).then(__webpack_require__.bind(__webpack_require__, 1826)),
        __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 6712)),
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 8765)),
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

// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(1668);
;// CONCATENATED MODULE: ./lib/commands/pypi-publish/collect.js
/**
 * Which files to publish: every wheel and sdist in the packages directory, or
 * the files the `files` globs name in it. Wheels go first, then sdists (as
 * twine orders them, so a release's metadata comes from a wheel).
 */




/** Signatures and attestations travel beside distributions; they are not uploads of their own. */
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
            const matches = (await (0,index_min/* glob */.TI)(pattern, { cwd: dir, nodir: true, absolute: true, dot: true, ignore })).filter((p) => !COMPANION.test(p));
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
const publish_READ_RETRY = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 15_000, maxElapsedMs: 5 * 60_000 };
class Permanent extends errors/* UserError */.y {
}
async function publish(req) {
    const log = req.log;
    const now = req.now ?? (() => new Date());
    return run(req, req.index, log, now);
}
async function run(req, index, log, now) {
    log.info(`Target: ${index.uploadUrl.href} (JSON API ${index.jsonUrl.href}, simple index ${index.simpleUrl.href})`);
    if (index.uploadUrl.protocol === 'http:' && !isLoopback(index.uploadUrl)) {
        log.warning(`${index.uploadUrl.href} is plain http: the upload token would cross the network unencrypted. Use https.`);
    }
    // 1. PyPI's rules, offline, for the whole set.
    const paths = await collectDistributions(req.packagesDir, req.patterns);
    log.info(`Preflight: checking ${paths.length} distribution${paths.length === 1 ? '' : 's'} in ${req.packagesDir}`);
    const checked = await (0,distributions/* preflight */.Mz)(paths, { maxFileSize: req.maxFileSize, concurrency: 4 });
    // The checks ran on worker threads; the uploads need none, so their memory goes now.
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
    const attest = decideAttestations(req.attestations, !req.token, log);
    let local = new Map();
    if (attest) {
        const checked = await checkLocalAttestations(files, req.attestations, req.expectManifest?.manifest);
        if (checked.problems.length > 0) {
            throw new PublishFailed(`Attestations: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was uploaded.\n\n${checked.problems.map((p) => `- ${p.message}`).join('\n')}`, resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0));
        }
        local = checked.local;
    }
    // 3. The index's state, release by release, and who attested what it holds.
    const releases = await readReleases(req, index, files.map(releaseKey), log);
    const { planned, problems } = planAgainstIndex(files, releases, { skipExisting: req.skipExisting, now: now() });
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
    const present = planned.length - toUpload.length;
    log.info(`Preflight passed: ${toUpload.length} to upload, ${present} already on the index with the same sha256.`);
    for (const p of planned.filter((f) => f.action === 'present'))
        log.info(`Skipping ${p.info.filename}: already on the index with the same sha256 ${p.info.sha256}`);
    if (req.preflightOnly) {
        log.info('preflight-only: nothing was uploaded.');
        return resultOf(req, index, current(), releasePages, 0);
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
    // 5. Uploads. The first file of a new release goes alone, so the release is created once.
    const started = Date.now();
    const uploader = new Uploader(req, index, credentials, log, results, attest ? local : undefined);
    const newReleases = new Set(toUpload.filter((p) => !(releases.get(releaseId(p.release))?.found)).map((p) => releaseId(p.release)));
    const firsts = [];
    for (const id of newReleases)
        firsts.push(toUpload.find((p) => releaseId(p.release) === id));
    await uploader.runAll(firsts, 1);
    await uploader.runAll(toUpload.filter((p) => !firsts.includes(p)), req.concurrency);
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
        await confirmListed(req, index, planned, results, uploader.sentSince, log);
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
    return { filename: info.filename, path: info.path, size: info.size, sha256: info.sha256, blake2b256: info.blake2b256, project: key.project, version: key.version, status };
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
    const actual = files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256, blake2b256: f.blake2b256 }));
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
async function readReleases(req, index, keys, log) {
    const releases = new Map();
    for (const key of uniqueReleases(keys)) {
        const release = await readRelease(req, index, key, log);
        log.info(release.found
            ? `The index has ${key.project} ${key.version} with ${release.files.length} file${release.files.length === 1 ? '' : 's'} (${release.source}).`
            : `The index has no ${key.project} ${key.version} yet (${release.source}).`);
        releases.set(releaseId(key), release);
    }
    return releases;
}
async function readRelease(req, index, key, log) {
    const what = `GET ${index.jsonUrl.href}${(0,distributions/* normalizeName */.Pc)(key.project)}/${key.version}/json`;
    try {
        return await withRetry(() => fetchRelease(index.jsonUrl, key.project, key.version), httpRetryDecision, { ...publish_READ_RETRY, what, ...req.retry?.read }, log);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        const reason = err instanceof HttpError ? err.message : describeError(err);
        throw new errors/* UserError */.y(`Could not read what the index holds: ${reason}. Rerun when the index answers; files already published are skipped.`);
    }
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
function credentialsFor(req, index, log) {
    if (req.token) {
        if (!req.token.startsWith('pypi-') && index.name !== 'custom') {
            log.warning('The token does not start with "pypi-"; PyPI API tokens do. Check that the secret holds an API token, not a password.');
        }
        return tokenCredentials(req.token, req.mask);
    }
    if (!req.trustedPublishing) {
        throw new errors/* UserError */.y('No token was given and trusted publishing is not available here; pass an API token as the token input, or run in GitHub Actions with id-token: write.');
    }
    log.info(`No token given: using trusted publishing with ${index.oidcBase.origin}.`);
    const publisher = new TrustedPublisher({
        base: index.oidcBase,
        getIdToken: req.trustedPublishing.getIdToken,
        mask: req.mask,
        log,
        forkPullRequest: req.trustedPublishing.forkPullRequest ?? false,
    });
    return trustedCredentials(publisher, req.mask);
}
class Uploader {
    req;
    index;
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
    constructor(req, index, credentials, log, results, 
    /** The attestation files sent with each upload, when attesting. */
    attestations) {
        this.req = req;
        this.index = index;
        this.credentials = credentials;
        this.log = log;
        this.results = results;
        this.attestations = attestations;
    }
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
    /** The index's record of one file, read with retries; undefined when it does not list it. */
    async lookup(p) {
        const release = await readRelease(this.req, this.index, p.release, this.log);
        return release.files.find((f) => f.filename === p.info.filename);
    }
    async one(p) {
        const info = p.info;
        const progress = new FileProgress(this.log, info.filename, info.size);
        let spentMs = 0;
        let mayBeStored = false;
        let firstSentAt;
        try {
            const outcome = await withRetry(async (attempt, remainingMs) => {
                const attemptStarted = Date.now();
                if (mayBeStored) {
                    // The last attempt may have reached the index: look before sending the file again.
                    const remote = await this.lookup(p);
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
                try {
                    answer = await uploadAttempt(info, {
                        uploadUrl: this.index.uploadUrl,
                        authorization,
                        // No attempt outlasts the retry window: 8 attempts within 30 minutes, a trickling answer included.
                        deadlineMs: Math.max(0, remainingMs - (Date.now() - attemptStarted)),
                        onProgress: (sent) => progress.update(sent),
                        ...(this.attestations ? { attestations: this.attestations.get(info.filename)?.files.map((f) => f.json) ?? [] } : {}),
                    });
                }
                catch (err) {
                    if (err instanceof RetryableUploadError && err.ambiguous)
                        mayBeStored = true;
                    throw err;
                }
                finally {
                    spentMs += progress.elapsedMs();
                }
                if (answer.kind === 'accepted') {
                    if (answer.serverDate)
                        this.sentSince.set(info.filename, firstSentAt + (answer.serverDate.getTime() - Date.now()));
                    if (answer.warnings)
                        this.log.warning(`The index accepted ${info.filename} with warnings: ${answer.warnings}`);
                    this.log.info(`Uploaded ${info.filename}: ${(0,units/* formatBytes */.z3)(info.size)} in ${(progress.elapsedMs() / 1000).toFixed(1)} s (${formatRate(info.size, progress.elapsedMs())})`);
                    return { status: 'uploaded' };
                }
                if (answer.kind === 'exists') {
                    const remote = await this.awaitListing(p);
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
                            : `Its JSON API does not list ${info.filename}, so the conflict is with other bytes (the same content under another name, or a deleted file).`));
                }
                if (answer.status === 403 && this.credentials.refused()) {
                    throw new RetryableUploadError(`403 ${answer.message} (trying once more with a freshly minted token)`, false, 0, 403);
                }
                throw new Permanent(`The index refused ${info.filename}: ${answer.status} ${answer.message}${hintFor(answer.status, this.credentials)}`);
            }, (err) => (err instanceof RetryableUploadError ? { retry: true, ...(err.retryAfterMs !== undefined ? { delayMs: err.retryAfterMs } : {}) } : { retry: false }), { ...UPLOAD_RETRY, what: `upload of ${info.filename}`, ...this.req.retry?.upload }, this.log);
            this.update(info.filename, { status: outcome.status, seconds: spentMs / 1000, ...(outcome.url ? { url: outcome.url } : {}) });
        }
        catch (err) {
            const message = err instanceof errors/* UserError */.y
                ? err.message
                : `${info.filename}: ${describeError(err)}${err instanceof RetryableUploadError ? ' (no attempt left within the retry limits)' : ''}`;
            // One ::error:: for the whole step comes at the end; this line keeps the order of events.
            this.log.info(`Failed: ${message}`);
            this.update(info.filename, { status: 'failed', seconds: spentMs / 1000, error: message });
            this.failure ??= err instanceof Error ? err : new Error(String(err));
        }
    }
    /** After "already exists": the JSON API may lag behind the upload API (a CDN); give it a moment. */
    async awaitListing(p) {
        const { value } = await pollUntil({
            deadline: Date.now() + Math.min(this.req.listingPatienceMs ?? 30_000, 30_000),
            backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 8000 }),
            atDeadline: 'stop',
            look: async () => {
                const remote = await this.lookup(p);
                return remote ? { done: true, value: remote } : { done: false, state: undefined };
            },
            onTimeout: () => undefined,
        });
        return value;
    }
}
function hintFor(status, credentials) {
    if (status !== 403)
        return '';
    return credentials.kind === 'token'
        ? '\nCheck that the token is a current API token of this index (PyPI and TestPyPI have separate accounts) scoped to this project.'
        : '\nThe minted token was refused: check that the trusted publisher is configured for this project on this index.';
}
/** Every file published or skipped must be listed with its sha256; collects URLs. CDN lag is waited out for a while. */
async function confirmListed(req, index, planned, results, sentSince, log) {
    const earlier = [];
    const patience = req.listingPatienceMs ?? 120_000;
    const deadline = Date.now() + patience;
    const groups = new Map();
    for (const p of planned)
        groups.set(releaseId(p.release), [...(groups.get(releaseId(p.release)) ?? []), p]);
    for (const group of groups.values()) {
        const { value: unlisted } = await pollUntil({
            deadline,
            backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 15_000 }),
            atDeadline: 'stop',
            look: async () => {
                const release = await readRelease(req, index, group[0].release, log);
                const byName = new Map(release.files.map((f) => [f.filename, f]));
                const missing = [];
                for (const p of group) {
                    const remote = byName.get(p.info.filename);
                    if (!remote) {
                        missing.push(p.info.filename);
                        continue;
                    }
                    if (remote.sha256 !== p.info.sha256) {
                        throw new PublishFailed(`After the upload the index lists ${p.info.filename} with sha256 ${remote.sha256}, not the local ${p.info.sha256}. Investigate before releasing further.`);
                    }
                    if (remote.url)
                        results.set(p.info.filename, { ...results.get(p.info.filename), url: remote.url });
                    if (wasThereBefore(remote, sentSince.get(p.info.filename)) && results.get(p.info.filename).status === 'uploaded') {
                        log.info(`${p.info.filename} was already on the index (uploaded ${remote.uploadTime.toISOString()}, before this run sent it): its 200 answered an identical re-upload. Counted as skipped.`);
                        results.set(p.info.filename, { ...results.get(p.info.filename), status: 'skipped' });
                        earlier.push(p.info.filename);
                    }
                }
                return missing.length === 0 ? { done: true, value: [] } : { done: false, state: missing };
            },
            onTimeout: ({ state }) => state,
        });
        if (unlisted.length === 0) {
            log.info(`Verified: the index lists all ${group.length} file${group.length === 1 ? '' : 's'} of ${group[0].release.project} ${group[0].release.version} with the local sha256.`);
        }
        else {
            log.warning(`The index accepted the uploads, but its JSON API does not list ${unlisted.join(', ')} yet (CDN lag); their URLs are missing from the outputs.`);
        }
    }
    if (earlier.length > 0 && !req.skipExisting) {
        throw new errors/* UserError */.y(`${earlier.join(', ')} ${earlier.length === 1 ? 'was' : 'were'} already on the index with the same sha256 before this run sent ${earlier.length === 1 ? 'it' : 'them'} `
            + "(the preflight read a stale listing), and skip-existing is false. Nothing on the index differs from the local files; "
            + 'rerun with skip-existing: true to accept byte-identical files already published.');
    }
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
        files: files
            .map((f) => ({
            filename: f.filename,
            size: f.size,
            sha256: f.sha256,
            blake2b256: f.blake2b256,
            ...(urls.has(f.filename) ? { url: urls.get(f.filename) } : {}),
            ...(f.attestation ? { attestation: f.attestation } : {}),
        }))
            .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
    };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var lib_process = __webpack_require__(7239);
// EXTERNAL MODULE: ./lib/python/scripts/index.js
var scripts = __webpack_require__(2633);
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
const isWindows = process.platform === 'win32';
const exe = (name) => (isWindows ? `${name}.exe` : name);
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
function firstFile(dir, names) {
    return names.map((n) => (0,external_node_path_.join)(dir, n)).find(isFile);
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
        pattern: new RegExp(`^${stem}${major}\\.\\d+${isWindows ? '\\.exe' : ''}$`),
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
    const tc = await __webpack_require__.e(/* import() */ 991).then(__webpack_require__.bind(__webpack_require__, 5991));
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
    const names = spec.implementation === 'pypy'
        ? ['pypy3', 'pypy', 'python3', 'python'].map(exe)
        : ['python3', 'python', 'python2'].map(exe);
    for (const archDir of installs) {
        const found = firstFile((0,external_node_path_.join)(archDir, 'bin'), names) ?? firstFile(archDir, names);
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
            const found = firstFile((0,external_node_path_.join)(versions, version, 'bin'), ['python', 'python3', 'python2', 'pypy3', 'pypy']);
            if (found)
                place.candidates.push(found);
        }
        return place;
    });
}
function matches(spec, py) {
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
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
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
            const inside = firstFile((0,external_node_path_.join)(path, 'bin'), ['python3', 'python', 'python2', 'pypy3', 'pypy']) ?? firstFile(path, ['python.exe', 'pypy3.exe']);
            if (!inside)
                throw new errors/* UserError */.y(`The Python spec "${spec}" is a directory without bin/python3 or bin/python inside. Pass the interpreter's path.`);
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
        .filter((py) => !!py && (parsed.kind === 'command' || matches(parsed, py)));
    // Place by place, so that a fixed-minor spec met early (the usual case on a runner: the tool
    // cache) does not wait for every other interpreter on the machine to start.
    let chosen;
    for (const place of places) {
        findings.set(place, await mapLimit(place.candidates, 8, async (candidate) => {
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
var filename = __webpack_require__(3394);
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

;// CONCATENATED MODULE: ./lib/python/tags.js
/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */





/**
 * `pip debug --verbose` prints "Compatible tags: N" and then N indented tags.
 * Undefined unless exactly N tags follow, so a changed output format (the
 * command's output is documented as provisional) falls through to the
 * embedded script instead of producing a wrong list.
 */
function parsePipDebugTags(stdout) {
    const lines = stdout.split(/\r?\n/);
    const at = lines.findIndex((l) => /^Compatible tags: \d+\s*$/.test(l));
    if (at === -1)
        return undefined;
    const count = Number(/\d+/.exec(lines[at])[0]);
    const tags = [];
    for (const line of lines.slice(at + 1)) {
        const m = /^\s+([^\s-]+-[^\s-]+-[^\s-]+)\s*$/.exec(line);
        if (!m)
            break;
        tags.push(m[1]);
    }
    return tags.length === count && count > 0 ? tags : undefined;
}
/** Printed before compatible_tags.py's answer. */
const tags_MARK = '__PYRELEASE_TAGS__';
/**
 * The compatible tags of an interpreter (its own pip) or of an environment
 * (the environment's pip, which is the one that will install), with where
 * they came from.
 */
async function supportedTagsWithSource(target, opts = {}) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    if (!opts.computedOnly) {
        const debug = await runPython(target, ['-m', 'pip', 'debug', '--verbose'], { log, timeoutMs: 120_000 });
        const tags = debug.code === 0 ? parsePipDebugTags(debug.stdout) : undefined;
        if (tags)
            return { tags, source: 'pip debug' };
        log.debug('pip debug --verbose gave no tag list (pip older than 19.2, missing, or a changed output); asking Python directly');
    }
    const r = await runPython(target, ['-c', (0,scripts/* pythonScript */.w$)('compatible_tags'), ...(opts.computedOnly ? ['computed'] : [])], { log, timeoutMs: 120_000 });
    const result = (0,scripts/* markedJson */.FD)(r.stdout, tags_MARK);
    if (r.code !== 0 || !result || result.tags.length === 0) {
        throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}: exit ${r.code}\n${r.stderr}`);
    }
    return result;
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
    return (0,filename/* parseWheelFilename */.eP)((0,external_node_path_.basename)(wheelFilename)).tags.map((t) => t.toLowerCase());
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

;// CONCATENATED MODULE: ./lib/python/environments.js
/**
 * Fresh, isolated Python environments to install into and verify from.
 * Nothing here downloads anything.
 *
 * Python 3 gets a real virtual environment: `python -m venv`, whose pip comes
 * from ensurepip's bundled wheel (offline; several seconds, most of them spent
 * unpacking and byte-compiling pip). With `seed: 'copy'` it is
 * `python -m venv --without-pip` plus a copy of the base's installed pip
 * instead (well under a second, and the base's pip version).
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
 * inherits PYTHONPATH is left alone. pip is seeded into the environment by
 * copying the base interpreter's installed pip (and setuptools, wheel) file by
 * file from its RECORD, because an interpreter's installed pip is often newer
 * than its ensurepip wheel and the pip version decides which wheels install:
 * CPython 2.7.18 bundles pip 19.2.3, which predates manylinux2014 (pip 19.3)
 * and manylinux_x_y (20.3); an image that upgraded pip keeps its upgrade.
 * Without an installed pip, it comes from ensurepip's bundled wheels. pip runs from the environment and installs with
 * `--prefix root`, so upgrades uninstall the old version as in a venv.
 * Requirement: run it with `env.env` and without -E, -I or -S.
 */








const environments_isWindows = process.platform === 'win32';
const environments_MARK = '__PYRELEASE_ENV__';
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
    const started = Date.now();
    let environment;
    if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
        const made = await makeVenv(py, dir, log, options.seed === 'copy' ? 'copy' : 'bundled');
        if (made.ok) {
            environment = made.environment;
        }
        else if (kind === 'venv') {
            throw new errors/* UserError */.y(`${made.error}\nInstall the interpreter's venv/ensurepip modules (Debian: python3-venv).`);
        }
        else {
            log.warning(`${made.error}\nFalling back to a site-dir environment.`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
    }
    environment ??= await makeSiteDirEnvironment(py, dir, log, options.seed === 'bundled' ? 'bundled' : 'copy');
    log.info(`Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms `
        + `(pip ${environment.pipVersion || 'absent'})`);
    return environment;
}
async function runLogged(log, file, args, env, cwd) {
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(file, args)}`);
    return runInterpreter(file, args, { env, cwd, timeoutMs: 600_000 });
}
async function environments_describe(python, env, cwd, log) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('describe_environment')];
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)(python, args)}`);
    const r = await runInterpreter(python, args, { env, cwd, timeoutMs: 120_000 });
    const d = (0,scripts/* markedJson */.FD)(r.stdout, environments_MARK);
    if (r.code !== 0 || !d)
        throw new Error(`The new environment's interpreter ${python} does not run (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr)}`);
    return d;
}
function withPath(env, binDir) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    return { ...env, [key]: env[key] ? `${binDir}${external_node_path_.delimiter}${env[key]}` : binDir };
}
async function makeVenv(py, root, log, seed) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const args = seed === 'copy' ? ['-m', 'venv', '--without-pip', root] : ['-m', 'venv', root];
    const r = await runLogged(log, py.path, args, base, root);
    if (r.code !== 0) {
        return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}` };
    }
    const binDir = (0,external_node_path_.join)(root, environments_isWindows ? 'Scripts' : 'bin');
    const python = (0,external_node_path_.join)(binDir, environments_isWindows ? 'python.exe' : 'python');
    const env = withPath({ ...base, VIRTUAL_ENV: root }, binDir);
    let d = await environments_describe(python, env, root, log);
    if (seed === 'copy') {
        if (!(await copySeed(py, d.purelib, root, log))) {
            log.warning(`${py.path} has no installed pip with a RECORD to copy; using ensurepip's bundled pip instead.`);
            const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
            if (ensure.code !== 0)
                log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${(0,lib_process/* tail */.RT)(ensure.stderr)}`);
        }
        writePipWrappers(binDir, py, python, '');
        d = await environments_describe(python, env, root, log);
    }
    return {
        ok: true,
        environment: {
            root,
            python,
            env,
            sitePackages: d.purelib,
            siteDirs: [d.purelib],
            binDir,
            pipVersion: d.pip,
            kind: 'venv',
            base: py,
        },
    };
}
/** Printed before the answers of prefix_scheme.py and path_without_site.py. */
const SCHEME_MARK = '__PYRELEASE_SCHEME__';
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
/** `pip`, `pipX`, `pipX.Y` running `python -m pip`, where no install wrote them (POSIX only). */
function writePipWrappers(binDir, py, python, preamble) {
    if (environments_isWindows)
        return;
    for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
        const path = (0,external_node_path_.join)(binDir, `pip${v}`);
        if (!(0,external_node_fs_.existsSync)(path))
            writeScript(path, `#!/bin/sh\n${preamble}exec ${shellQuote(python)} -m pip "$@"\n`);
    }
}
/** POSIX wrappers so `python`, `pythonX.Y` and `pip` on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir, py, activateDir) {
    if (environments_isWindows)
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
        writeScript((0,external_node_path_.join)(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
    }
    writePipWrappers(binDir, py, py.path, preamble);
}
/** Printed before the answers of seed_pip.py and ensurepip_wheels.py. */
const SEED_MARK = '__PYRELEASE_SEED__';
/** Copies the base's pip (setuptools, wheel) into `dest`; whether pip was among them. */
async function copySeed(py, dest, cwd, log) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('seed_pip'), dest, 'pip', 'setuptools', 'wheel'];
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(py.path, args)}`);
    const r = await runInterpreter(py.path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), cwd, timeoutMs: 300_000 });
    const result = (0,scripts/* markedJson */.FD)(r.stdout, SEED_MARK);
    if (r.code !== 0 || !result) {
        throw new Error(`Copying pip into ${dest} failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    for (const d of result.done)
        log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
    if (result.missing.length)
        log.debug(`Not copied: ${result.missing.join('; ')}`);
    return result.done.some((d) => d.name === 'pip');
}
async function makeSiteDirEnvironment(py, root, log, seed) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const fail = (what, r) => {
        throw new Error(`${what} failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    };
    const scheme = await runInterpreter(py.path, ['-c', (0,scripts/* pythonScript */.w$)('prefix_scheme'), root], { env: base, cwd: root, timeoutMs: 120_000 });
    const layout = (0,scripts/* markedJson */.FD)(scheme.stdout, SCHEME_MARK);
    if (scheme.code !== 0 || !layout || layout.dirs.length === 0)
        fail('Computing the install scheme', scheme);
    const preSiteRun = await runInterpreter(py.path, ['-S', '-c', (0,scripts/* pythonScript */.w$)('path_without_site')], { env: base, cwd: root, timeoutMs: 120_000 });
    const preSite = (0,scripts/* markedJson */.FD)(preSiteRun.stdout, SCHEME_MARK);
    if (preSiteRun.code !== 0 || !preSite)
        fail('Reading sys.path without site', preSiteRun);
    // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
    const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix;
    const siteDirs = layout.dirs;
    const binDir = layout.scripts;
    const activateDir = (0,external_node_path_.join)(root, '.pyrelease');
    for (const d of [...siteDirs, binDir, activateDir])
        (0,external_node_fs_.mkdirSync)(d, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(activateDir, 'sitecustomize.py'), sitecustomizeSource({ root, basePrefix, preSite: preSite, siteDirs }));
    writeSiteDirWrappers(binDir, py, activateDir);
    const env = withPath({ ...base, PYTHONPATH: activateDir }, binDir);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'pyrelease-environment.json'), `${JSON.stringify({
        kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
    }, null, 2)}\n`);
    const sitePackages = siteDirs[0];
    let seeded = false;
    if (seed === 'copy') {
        seeded = await copySeed(py, sitePackages, root, log);
        if (!seeded)
            log.info(`${py.path} has no installed pip with a RECORD to copy; trying ensurepip's bundled wheels.`);
    }
    if (!seeded) {
        const found = await runInterpreter(py.path, ['-c', (0,scripts/* pythonScript */.w$)('ensurepip_wheels')], { env: base, cwd: root, timeoutMs: 120_000 });
        const wheels = (0,scripts/* markedJson */.FD)(found.stdout, SEED_MARK) ?? [];
        const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
        if (pipWheel) {
            const args = ['-c', (0,scripts/* pythonScript */.w$)('pip_from_wheel'), pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
                '--ignore-installed', '--prefix', root, ...wheels];
            const r = await runLogged(log, py.path, args, env, root);
            if (r.code !== 0)
                fail('Installing ensurepip\'s bundled pip', r);
        }
        else {
            log.warning(`${py.path} has neither an installed pip to copy nor ensurepip's bundled wheels: the environment has no pip.`);
        }
    }
    const d = await environments_describe(py.path, env, root, log);
    const outside = d.sys_path.filter((p) => /[\\/](site|dist)-packages([\\/]|$)/.test(p) && !isInside(root, p));
    if (outside.length > 0) {
        throw new Error(`The site-dir environment ${root} still sees the base interpreter's packages: ${outside.join(', ')}`);
    }
    if (d.pip && !isInside(root, d.pip_file)) {
        throw new Error(`pip in the environment ${root} is imported from ${d.pip_file}, outside the environment`);
    }
    return {
        root,
        python: py.path,
        env,
        sitePackages,
        siteDirs,
        binDir,
        pipVersion: d.pip,
        kind: 'site-dir',
        base: py,
    };
}
/** Whether `path` is `dir` or lies inside it (lexically; callers resolve symlinks first where it matters). */
function isInside(dir, path) {
    const a = (0,external_node_path_.resolve)(dir);
    const b = (0,external_node_path_.resolve)(path);
    return b === a || b.startsWith(a.endsWith('/') || a.endsWith('\\') ? a : `${a}${environments_isWindows ? '\\' : '/'}`);
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
/** The arguments after the interpreter for `pip install` of `req` in `env`. */
function pipInstallArgs(env, req, log = lib_log/* silentLogger */.q) {
    const args = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input'];
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
    if (req.refreshPackage) {
        if (pipSupportsRefreshPackage(env.pipVersion)) {
            args.push('--refresh-package', req.refreshPackage);
        }
        else {
            log.info(`pip ${env.pipVersion || '(unknown)'} has no --refresh-package (pip 26.2 added it); `
                + (req.noCacheDir === false
                    ? 'this pip revalidates /simple/ pages anyway (pip 18.1 and later)'
                    : '--no-cache-dir makes pip read the index afresh'));
        }
    }
    args.push(...(req.extraArgs ?? []));
    // "--" ends pip's options: a requirement that starts with "-" cannot become an option.
    args.push('--', ...req.requirements.map((r) => localPath(r, true)));
    return args;
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
    if (!env.pipVersion) {
        throw new errors/* UserError */.y(`The environment ${env.root} has no pip (its interpreter ${env.base.path} had none to give it). Use an interpreter with pip.`);
    }
    const args = pipInstallArgs(env, req, log);
    const command = [env.python, ...args].map(lib_process/* maskCredentials */.Bs);
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(env.python, args)}`);
    const r = await runInterpreter(env.python, args, { env: env.env, cwd: env.root, timeoutMs: req.timeoutMs ?? 30 * 60_000 });
    if (r.code !== 0)
        log.debug(`pip install exited ${r.code}:\n${r.stderr}`);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr, command };
}
const PIP_MARK = '__PYRELEASE_PIP__';
/** The version of the pip an interpreter or environment imports; undefined when it has none. */
async function pipVersionOf(target, log = lib_log/* silentLogger */.q) {
    const r = await runPython(target, ['-c', (0,scripts/* pythonScript */.w$)('pip_version')], { timeoutMs: 60_000, log });
    const line = r.stdout.split(/\r?\n/).find((l) => l.startsWith(PIP_MARK));
    return r.code === 0 && line ? line.slice(PIP_MARK.length).trim() : undefined;
}

;// CONCATENATED MODULE: ./lib/python/inspect.js
/** What an environment has installed, seen from inside it. */






/** Printed by inspect_prologue.py's _emit before each answer. */
const inspect_MARK = '__PYRELEASE_INSPECT__';
/**
 * Imports `importName` inside the environment, running in `cwd` (choose a
 * directory outside any checkout), and reports __version__, __commit__ and
 * __file__. The working directory is removed from sys.path first.
 */
async function inspectImport(env, importName, cwd, log = lib_log/* silentLogger */.q) {
    const r = await runPython(env, ['-c', (0,scripts/* withPrologue */.ML)('inspect_import', 'inspect_prologue'), importName], { cwd, log, timeoutMs: 300_000 });
    const result = (0,scripts/* markedJson */.FD)(r.stdout, inspect_MARK);
    if (!result) {
        return { ok: false, error: `importing ${importName} gave no answer (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}` };
    }
    const out = { ok: result.ok };
    if (result.version != null)
        out.version = result.version;
    if (result.commit != null)
        out.commit = result.commit;
    if (result.file != null)
        out.file = result.file;
    if (result.error)
        out.error = result.error;
    return out;
}
/**
 * The distribution `distName` as installed in the environment (the first on
 * sys.path, as an import would see it), read from its .dist-info directly:
 * no pkg_resources or importlib.metadata, so it works the same on 2.7.
 */
async function installedDistribution(env, distName, log = lib_log/* silentLogger */.q) {
    const r = await runPython(env, ['-c', (0,scripts/* withPrologue */.ML)('installed_distribution', 'inspect_prologue'), distName], { cwd: env.root, log, timeoutMs: 120_000 });
    if (r.code !== 0 || !r.stdout.includes(inspect_MARK)) {
        throw new Error(`Reading the installed ${distName} in ${env.root} failed (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    return (0,scripts/* markedJson */.FD)(r.stdout, inspect_MARK) ?? undefined;
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
    const rel = (0,external_node_path_.relative)(real(env.root), real(file));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
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
 * fsync: none, decided here once for every caller. The rename makes the file
 * appear whole to every reader on the running system, which is what the
 * pipeline relies on. What a crash of the machine could leave behind is never
 * trusted without being hashed again: a rerun reuses a file only when it still
 * hashes to the manifest's sha256, pypi-publish hashes every file before
 * uploading it, and a runner that crashed is not reused. Waiting for the disk
 * on every file made fetching measurably slower for none of that.
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
    const { createHasher } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9275));
    return createHasher(['sha256'], { writeTo: part });
}
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EEXIST', 'ENAMETOOLONG', 'EFBIG']);
/** A failure of the file system (full, read-only, not permitted…) rather than of the bytes' source. */
function isDiskError(err) {
    const code = err?.code;
    return typeof code === 'string' && DISK_CODES.has(code);
}
/** The user's problem, in words, keeping the code (ENOSPC…) for callers that decide on it. */
function diskFailure(err, doing, where) {
    if (err instanceof errors/* UserError */.y || !isDiskError(err))
        return err;
    const e = err;
    return Object.assign(new errors/* UserError */.y(`${doing} failed (${e.code}): ${String(e.message)}. Check free space and permissions in ${where}.`), { code: e.code });
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
        const part = `${dest}.part-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        try {
            await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            // Created here ('wx': never someone else's file); the hasher then writes it.
            await (await (0,external_node_fs_promises_.open)(part, 'wx')).close();
        }
        catch (err) {
            throw diskFailure(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
        }
        try {
            return new CheckedFile(dest, part, await hasherFor(part), { ...expect, expectedSha256 });
        }
        catch (err) {
            await (0,external_node_fs_promises_.rm)(part, { force: true }).catch(() => { });
            throw diskFailure(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
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
        return failure && diskFailure(failure, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
    }
    /** Starts the file over, empty (a download that cannot resume). */
    async restart() {
        await this.hasher.abort();
        // A new hasher truncates the part file.
        this.hasher = await hasherFor(this.part);
    }
    /** Closes the part file, checks size and sha256, and renames it to `dest`. */
    async commit() {
        if (this.ended)
            throw new Error('checked file already ended');
        this.ended = true;
        try {
            let digests;
            try {
                digests = await this.hasher.digest();
            }
            catch (err) {
                throw diskFailure(err, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
            }
            const { expectedSize, expectedSha256 } = this.expect;
            if (expectedSize !== undefined && digests.size !== expectedSize) {
                throw new errors/* UserError */.y(`${this.label} gave ${digests.size} bytes, not the ${expectedSize} listed. It changed after it was listed, or the transfer was cut short; re-run to fetch it again.`);
            }
            if (expectedSha256 !== undefined && digests.sha256 !== expectedSha256) {
                throw new errors/* UserError */.y(`${this.label}: sha256 is ${digests.sha256} but ${expectedSha256} was expected. These are not the bytes that were promised; ` +
                    'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.');
            }
            try {
                await (0,external_node_fs_promises_.rename)(this.part, this.dest);
            }
            catch (err) {
                throw isDiskError(err) ? new errors/* UserError */.y(`Moving ${this.part} to ${this.dest} failed (${String(err.code)}). Check that ${this.dest} is not a directory and is writable.`) : err;
            }
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
        const s = await (0,external_node_fs_promises_.stat)(path);
        if (!s.isFile())
            return undefined;
        return { name: (0,external_node_path_.basename)(path), key: path, size: s.size, url: (0,external_node_url_.pathToFileURL)(path).href };
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

// EXTERNAL MODULE: ./lib/versions/pep440.js
var pep440 = __webpack_require__(3854);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./lib/commands/verify-install/simple-page.js
/**
 * Reading one project's page of a simple repository: PEP 691 JSON when the
 * index offers it, PEP 503 HTML otherwise (both are what pip reads). Only what
 * verify-install needs: each file's name, absolute URL, sha256, Requires-Python
 * and yanked state. src/index-client/ has no simple-page client yet; this one stays
 * small and private to verify-install.
 */




const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
const ACCEPT = `${JSON_TYPE}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
function projectPageUrl(indexUrl, project) {
    const base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
    return new URL(`${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/`, base).href;
}
const simple_page_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function simple_page_unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return simple_page_ENTITIES[body.toLowerCase()] ?? whole;
    });
}
function parseAttributes(text) {
    const attrs = new Map();
    const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1].toLowerCase();
        if (!attrs.has(name))
            attrs.set(name, simple_page_unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    return attrs;
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
    const shown = simple_page_unescapeHtml(text.replace(/<[^>]*>/g, '')).trim();
    if (shown)
        return shown;
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
function parseSimpleHtml(html, pageUrl) {
    const baseTag = /<base\b([^>]*)>/i.exec(html);
    const baseHref = baseTag ? parseAttributes(baseTag[1]).get('href') : undefined;
    const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const files = [];
    const re = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
    for (let m = re.exec(html); m; m = re.exec(html)) {
        const attrs = parseAttributes(m[1]);
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
        const file = { filename: anchorFilename(m[2], link.url), url: link.url, yanked: false };
        if (link.sha256)
            file.sha256 = link.sha256;
        const requires = attrs.get('data-requires-python');
        if (requires)
            file.requiresPython = requires;
        if (attrs.has('data-yanked'))
            file.yanked = attrs.get('data-yanked') || true;
        files.push(file);
    }
    const serial = /<!--\s*SERIAL\s+(\d+)\s*-->/.exec(html);
    return { url: pageUrl, format: 'html', files, ...(serial ? { lastSerial: Number(serial[1]) } : {}) };
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
        const hashes = (f.hashes && typeof f.hashes === 'object' ? f.hashes : {});
        const sha256 = typeof hashes.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(hashes.sha256) ? hashes.sha256.toLowerCase() : link.sha256;
        const file = {
            filename: f.filename,
            url: link.url,
            yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
        };
        if (sha256)
            file.sha256 = sha256;
        if (typeof f['requires-python'] === 'string' && f['requires-python'])
            file.requiresPython = f['requires-python'];
        if (typeof f.size === 'number')
            file.size = f.size;
        files.push(file);
    }
    const serial = doc.meta?.['_last-serial'];
    return { url: pageUrl, format: 'json', files, ...(typeof serial === 'number' ? { lastSerial: serial } : {}) };
}
/**
 * The most one project page may hold: 64 MiB, a few times PyPI's largest
 * (projects with tens of thousands of files), far below what would strain a runner.
 */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/**
 * GETs a project page, asking for JSON first and reading whichever format
 * comes back. 404/410 mean "not listed (yet)"; other non-200 answers throw
 * HttpStatusError. Credentials in the URL go to the index's own origin only,
 * never to a host a redirect points at. A page larger than `maxBytes` is a
 * UserError. Sends `Cache-Control: no-cache`: a hint that a CDN may ignore,
 * which is why the caller polls.
 */
async function fetchSimplePage(projectUrl, opts = {}) {
    const { url: start, authorization } = splitCredentials(projectUrl);
    const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
    let response;
    let page;
    try {
        response = await request_request(start, {
            headers: { Accept: ACCEPT, 'Cache-Control': 'no-cache' },
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
            throw new HttpStatusError(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${redactUrl(url)}`);
        }
        const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        const pageUrl = redactUrl(url);
        page = type === JSON_TYPE || type === 'application/json'
            ? parseSimpleJson(await readJson(response, { maxBytes }), pageUrl)
            : parseSimpleHtml(await readText(response, { maxBytes }), pageUrl);
    }
    catch (err) {
        if (err instanceof HttpError && err.code === 'EREDIRECT')
            throw new errors/* UserError */.y(`${err.message}. Use an index URL that stays on https and redirects at most 5 times.`);
        if (err instanceof HttpError && err.code === 'EBODYTOOLARGE') {
            throw new errors/* UserError */.y(`${err.message}. A project page larger than ${(0,units/* formatBytes */.z3)(maxBytes)} is not one a package index serves; check index-url.`);
        }
        throw err;
    }
    const header = Number(response.headers.get('x-pypi-last-serial'));
    if (page.lastSerial === undefined && Number.isFinite(header) && header > 0)
        page.lastSerial = header;
    return { found: true, page };
}

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
    const usable = verdicts.filter((v) => !v.rejected).map((v) => v.file);
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
                throw new errors/* UserError */.y(`The index refused to show ${opts.target.project}: ${err.message}. Put credentials in the index URL (https://user:token@host/simple/) or use a public index.`);
            }
            if (err instanceof HttpStatusError && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
                throw new errors/* UserError */.y(`The index answered ${err.message} for the project page. Check index-url: it must be a simple index such as https://pypi.org/simple/.`);
            }
            error = err;
        }
        const at = now();
        let evaluation;
        if (answer?.found) {
            tags ??= await opts.tags;
            evaluation = evaluateListing(answer.page.files, { ...opts.target, tags });
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
    const head = `${opts.target.project} ${opts.target.version} with a wheel for ${opts.target.pythonLabel} did not appear on ${redactUrl(opts.indexUrl)} within wait-timeout (${limit}; last poll at ${waited}).`;
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

/**
 * The module to import: the installed distribution's top-level names
 * (top_level.txt, or RECORD), not a guess from the project name. With several,
 * the one that matches the project name wins, else the only public one.
 */
function chooseImportName(topLevel, project) {
    const names = topLevel.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    if (names.length === 0) {
        return { why: `the installed distribution names no importable top-level module (top_level: ${topLevel.join(', ') || 'none'}); set import-name` };
    }
    if (names.length === 1)
        return { name: names[0], why: 'the only top-level module of the installed distribution' };
    const wanted = (0,distributions/* normalizeName */.Pc)(project).replace(/-/g, '_');
    const same = names.find((n) => n.toLowerCase() === wanted);
    if (same)
        return { name: same, why: `the top-level module named like the project (of ${names.join(', ')})` };
    const pub = names.filter((n) => !n.startsWith('_'));
    if (pub.length === 1)
        return { name: pub[0], why: `the only public top-level module (of ${names.join(', ')})` };
    return { name: (pub[0] ?? names[0]), why: `the first of several top-level modules (${names.join(', ')}); set import-name to choose another` };
}
function checkDistributionVersion(installed, expected) {
    const ok = (0,distributions/* versionsEqual */.At)(installed, expected);
    return {
        name: 'installed version',
        ok,
        detail: ok ? `${installed} (equal to ${expected} under PEP 440)` : `the installed distribution is ${installed}, but ${expected} was expected`,
    };
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
    const file = await CheckedFile.create(dest, { expectedSize: opts.expectedSize, expectedSha256: opts.expectedSha256 });
    const state = { file, have: 0, resumable: false, resumes: 0 };
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
                state.resumable = !encoded && (response.headers.get('accept-ranges') ?? '').toLowerCase() === 'bytes';
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
                if (failed && isDiskError(failed))
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
    try {
        try {
            await withRetry(attemptOnce, httpRetryDecision, retry, opts.log);
        }
        catch (err) {
            // A cancelled download is the caller's decision, not a failure to explain.
            throw opts.signal?.aborted ? err : toUserError(err, start, attempts);
        }
        let written;
        try {
            written = await state.file.commit();
        }
        catch (err) {
            throw toUserError(err, start, attempts);
        }
        const { size, sha256 } = written;
        if (state.resumes > 0)
            opts.log.debug(`${name}: complete after ${state.resumes} resume(s)`);
        return { path: dest, size, sha256, attempts };
    }
    finally {
        await state.file.discard();
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
        const m = /^([A-Za-z-]+):\s*(.*?)\s*$/.exec(line);
        if (!m)
            continue;
        if (m[1].toLowerCase() === 'tag')
            tags.push(m[2].toLowerCase());
        if (m[1].toLowerCase() === 'build')
            build = m[2];
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
    return new errors/* UserError */.y(`${what} failed (pip exit ${r.code}). pip said:\n${output}`);
}
/** pip install from the index: `pkg==version`, or `-U pkg` when not pinned; the wheel only. */
async function pipInstallFromIndex(env, req, log = lib_log/* silentLogger */.q) {
    const request = {
        requirements: [req.pin ? `${req.project}==${req.version}` : req.project],
        indexUrl: req.indexUrl,
        extraIndexUrls: req.extraIndexUrls,
        onlyBinary: [(0,distributions/* normalizeName */.Pc)(req.project)],
        refreshPackage: (0,distributions/* normalizeName */.Pc)(req.project),
        ...(!req.pin && req.pre ? { pre: true } : {}),
        ...(!req.pin || req.upgrade ? { upgrade: true } : {}),
    };
    return pipInstall(env, request, log);
}
/** pip install of a wheel file, every dependency from `dependencyIndexUrl` alone. */
async function pipInstallFile(env, path, dependencyIndexUrl, log = lib_log/* silentLogger */.q) {
    return pipInstall(env, { requirements: [path], indexUrl: dependencyIndexUrl }, log);
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
 * `pip download --no-deps` of the unpinned project from the test index: pip
 * chooses the version and the wheel (as `pip install -U` would in a fresh
 * environment) while no dependency is read from that index.
 */
async function pipDownloadLatest(env, req, log = lib_log/* silentLogger */.q) {
    const args = ['-m', 'pip', 'download', '--disable-pip-version-check', '--no-input', '--no-cache-dir', '--no-deps',
        '--only-binary', ':all:', '--index-url', req.indexUrl, '--dest', req.dest];
    if (req.pre)
        args.push('--pre');
    if (pipSupportsRefreshPackage(env.pipVersion))
        args.push('--refresh-package', (0,distributions/* normalizeName */.Pc)(req.project));
    args.push('--', req.project);
    log.info(`$ ${(0,lib_process/* maskCredentials */.Bs)([env.python, ...args].join(' '))}`);
    const r = await runPython(env, args, { cwd: env.root, timeoutMs: 1_800_000, log });
    if (r.code !== 0)
        throw pipFailure(`pip download ${req.project} from ${redactUrl(req.indexUrl)}`, { ...r, command: args });
    const wheels = (await (0,external_node_fs_promises_.readdir)(req.dest)).filter((f) => f.endsWith('.whl'));
    if (wheels.length !== 1) {
        throw new errors/* UserError */.y(`pip download ${req.project} left ${wheels.length} wheels in ${req.dest} (${wheels.join(', ') || 'none'}); expected exactly one.`);
    }
    return { path: (0,external_node_path_.join)(req.dest, wheels[0]), filename: wheels[0], output: `${r.stdout}\n${r.stderr}` };
}

// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(6246);
// EXTERNAL MODULE: ./lib/verification/leg-result.js
var leg_result = __webpack_require__(1257);
;// CONCATENATED MODULE: ./lib/commands/verify-install/result.js
/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 */





/** `verify-install-result.json` in `dir`, or -2, -3… when an earlier step of the job wrote one. */
async function writeResultFile(dir, result) {
    await mkdir(dir, { recursive: true });
    let path = join(dir, 'verify-install-result.json');
    for (let n = 2; existsSync(path); n++)
        path = join(dir, `verify-install-result-${n}.json`);
    // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
    await writeFile(path, `${JSON.stringify(scrubSecretsDeep(result), null, 2)}\n`, { flag: 'wx' });
    return path;
}

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

;// CONCATENATED MODULE: ./lib/commands/verify-install/verify.js
/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release with a
 * wheel for this interpreter, install it, then check what Python imports from
 * a neutral directory. Every step adds to one result, written even when a
 * step fails, so a matrix leg always reports what it saw.
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
}
function verify_isInside(dir, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(path));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir, workspace, log) {
    let base = (0,external_node_path_.resolve)(tempDir);
    if (workspace && verify_isInside(workspace, base)) {
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
    const result = {
        schema: leg_result/* RESULT_SCHEMA */.w,
        schemaVersion: 1,
        result: 'failed',
        package: req.package,
        version: req.version,
        mode: plan.mode,
        index: redactUrl(plan.indexUrl),
        ...(plan.mode === 'exact-file' ? { dependencyIndex: redactUrl(plan.dependencyIndexUrl) } : {}),
        ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => redactUrl(u)) } : {}),
        pin: req.pin,
        os: req.platform?.os ?? (0,external_node_os_.platform)(),
        arch: req.platform?.arch ?? (0,external_node_os_.arch)(),
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
        error = new errors/* UserError */.y(`${req.package} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
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
async function verify_run(req, plan, leg, log, setWork) {
    const result = leg.result;
    if (!req.pin && !req.pre && _renovatebot_pep440.explain(req.version)?.is_prerelease) {
        throw new errors/* UserError */.y(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
    }
    const manifest = req.manifestPath ? await (0,distributions/* readManifest */.WI)(req.manifestPath) : undefined;
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
    // The environment is made while the index is polled; the poll needs its tags only once a page lists files.
    const seed = req.seed ?? 'copy';
    const baseTags = seed === 'copy' ? baseInterpreterTags(py, log) : undefined;
    const ready = (async () => {
        const env = await createEnvironment(py, (0,external_node_path_.join)(work, 'env'), log, { seed });
        const base = await baseTags;
        // A copied pip is the base's pip, so its tags are the same; asking the base (whose pip is
        // byte-compiled) saves the environment's first pip start, which compiles all of pip.
        if (base && base.pipVersion === env.pipVersion) {
            log.debug(`Compatible tags from ${py.path} (pip ${base.pipVersion}, the same pip the environment has)`);
            return { env, tags: base.tags };
        }
        return { env, tags: await supportedTags(env, log) };
    })();
    const tags = ready.then((r) => r.tags);
    ready.catch(() => { });
    tags.catch(() => { });
    const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
    const pythonLabel = describeInterpreter(py);
    const target = { project: req.package, version: req.version, pythonVersion: py.version, pythonLabel, allowYanked: req.pin };
    let available;
    try {
        available = await waitForRelease({
            indexUrl: plan.indexUrl,
            projectUrl: projectPageUrl(plan.indexUrl, req.package),
            target,
            tags,
            startedAt: req.startedAt,
            deadline,
            log,
        });
    }
    finally {
        // Never leave the environment half-made behind a failed wait.
        await ready.catch(() => undefined);
    }
    result.secondsToAvailable = available.secondsToAvailable;
    const { env, tags: envTags } = await ready;
    result.environment = { kind: env.kind, path: env.root, pip: env.pipVersion };
    // Install.
    let wheel;
    let pipOutput = '';
    if (plan.mode === 'exact-file') {
        await (0,external_node_fs_promises_.mkdir)(wheelsDir, { recursive: true });
        if (req.pin) {
            const chosen = available.evaluation.chosen;
            const entry = manifest?.files.find((f) => f.filename === chosen.filename);
            if (manifest && req.manifestPath) {
                if (!entry)
                    leg.require(checkManifest(manifest, req.manifestPath, chosen.filename, { sha256: chosen.sha256 ?? '', size: chosen.size ?? -1 }), log);
                else if (chosen.sha256 && chosen.sha256 !== entry.sha256.toLowerCase()) {
                    leg.require({ name: 'manifest', ok: false, detail: `${redactUrl(plan.indexUrl)} serves ${chosen.filename} with sha256 ${chosen.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
                }
            }
            const got = await downloadListedFile(chosen, wheelsDir, plan.indexUrl, log);
            wheel = { file: chosen, path: got.path, sha256: got.sha256, size: got.size, how: 'downloaded by URL and sha256 from the test index' };
        }
        else {
            const got = await pipDownloadLatest(env, { project: req.package, indexUrl: plan.indexUrl, pre: req.pre, dest: wheelsDir }, log);
            const digest = await (0,hashing/* hash */.tW)(got.path, ['sha256']);
            const listed = available.page.files.find((f) => f.filename === got.filename);
            if (listed?.sha256 && listed.sha256 !== digest.sha256) {
                throw new errors/* UserError */.y(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.page.url} lists ${listed.sha256} for it.`);
            }
            wheel = { file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, sha256: digest.sha256, size: digest.size, how: 'chosen by pip download from the test index (newest version)' };
            const chosenVersion = (0,distributions/* parseWheelFilename */.eP)(got.filename).version;
            if (!(0,distributions/* versionsEqual */.At)(chosenVersion, req.version)) {
                leg.require({
                    name: 'installed version',
                    ok: false,
                    detail: `the newest ${req.package} on ${redactUrl(plan.indexUrl)} for ${pythonLabel} is ${chosenVersion} (${got.filename}), but ${req.version} was expected. ${describeListing(available.evaluation, target, available.page)}`,
                }, log);
            }
        }
        const r = await pipInstallFile(env, wheel.path, plan.dependencyIndexUrl, log);
        if (r.code !== 0)
            throw pipFailure(`Installing ${wheel.file.filename} with dependencies from ${redactUrl(plan.dependencyIndexUrl)}`, r);
        pipOutput = `${r.stdout}\n${r.stderr}`;
    }
    else {
        pipOutput = await installFromIndex(req, plan, env, available, deadline, log);
    }
    result.installed = parseSuccessfullyInstalled(pipOutput);
    logPipOutput(pipOutput, log);
    // What got installed.
    const dist = await installedDistribution(env, req.package, log);
    if (!dist)
        throw new errors/* UserError */.y(`pip finished, but no ${req.package} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}`);
    result.installedVersion = dist.version;
    const versionCheck = checkDistributionVersion(dist.version, req.version);
    if (!versionCheck.ok && !req.pin && plan.mode !== 'exact-file') {
        const newer = verify_compareVersions(dist.version, req.version) > 0;
        versionCheck.detail = `pip install -U ${req.package} installed ${dist.version}, but ${req.version} was expected`
            + (newer ? ` (the index offers a newer version than the one under test). ` : '. ')
            + describeListing(available.evaluation, target, available.page);
    }
    leg.require(versionCheck, log);
    leg.require({
        name: 'installed location',
        ok: fileIsInEnvironment(env, dist.location),
        detail: fileIsInEnvironment(env, dist.location) ? dist.metadataDir : `${req.package} is installed in ${dist.location}, outside the fresh environment ${env.root}`,
    }, log);
    if (!wheel) {
        const candidates = available.page.files.filter((f) => {
            try {
                return (0,distributions/* versionsEqual */.At)((0,distributions/* parseWheelFilename */.eP)(f.filename).version, dist.version);
            }
            catch {
                return false;
            }
        });
        const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
        if (found)
            wheel = { file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how };
        else
            log.warning(`Could not tell which listed wheel pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
    }
    if (wheel) {
        result.wheel = wheel.file.filename;
        if (wheel.file.url)
            result.wheelUrl = redactUrl(wheel.file.url);
        if (wheel.sha256)
            result.wheelSha256 = wheel.sha256;
        log.info(`Installed wheel: ${wheel.file.filename} (${wheel.how})`);
    }
    if (manifest && req.manifestPath) {
        if (!wheel) {
            leg.add({ name: 'manifest', ok: false, detail: 'cannot compare with the manifest: the installed wheel file is unknown' }, log);
        }
        else {
            let bytes;
            if (wheel.path && wheel.sha256 && wheel.size !== undefined) {
                bytes = { sha256: wheel.sha256, size: wheel.size };
            }
            else {
                // pip checked the bytes it installed against the sha256 on the page; fetch the same URL to compare them with the manifest.
                await (0,external_node_fs_promises_.mkdir)(wheelsDir, { recursive: true });
                const got = await downloadListedFile(wheel.file, wheelsDir, plan.indexUrl, log);
                bytes = { sha256: got.sha256, size: got.size };
                result.wheelSha256 = got.sha256;
            }
            leg.add(checkManifest(manifest, req.manifestPath, wheel.file.filename, bytes), log);
        }
    }
    // Import from a directory outside the checkout.
    let importName = req.importName;
    if (!importName) {
        const chosen = chooseImportName(dist.topLevel, req.package);
        if (!chosen.name)
            throw new errors/* UserError */.y(`Cannot tell which module to import: ${chosen.why}.`);
        importName = chosen.name;
        log.info(`Importing ${importName}: ${chosen.why}`);
    }
    result.importName = importName;
    const imported = await inspectImport(env, importName, neutral, log);
    if (!imported.ok) {
        leg.require({ name: `import ${importName}`, ok: false, detail: `import ${importName} failed in ${env.root}:\n${(imported.error ?? '').trim().split('\n').slice(-12).join('\n')}` }, log);
    }
    if (imported.file)
        result.moduleFile = imported.file;
    if (imported.version !== undefined)
        result.moduleVersion = imported.version;
    if (imported.commit !== undefined)
        result.moduleCommit = imported.commit;
    leg.add({ name: `import ${importName}`, ok: true, detail: `imported from ${neutral}` }, log);
    leg.add(checkFileLocation(importName, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
    leg.add(checkVersionAttribute(importName, imported.version, req.version, req.requireVersionAttribute), log);
    if (req.expectCommit)
        leg.add(checkCommit(importName, imported.commit, req.expectCommit), log);
    if (req.smokeTest) {
        leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
            VERIFY_PACKAGE: req.package,
            VERIFY_VERSION: req.version,
            VERIFY_IMPORT_NAME: importName,
        }, log), log);
    }
}
/** The base interpreter's pip version and tags, or undefined when it has no pip to ask. */
async function baseInterpreterTags(py, log) {
    try {
        const [pipVersion, tags] = await Promise.all([pipVersionOf(py), supportedTagsWithSource(py, { log })]);
        if (!pipVersion || tags.source !== 'pip debug')
            return undefined;
        return { pipVersion, tags: tags.tags };
    }
    catch {
        return undefined;
    }
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
async function installFromIndex(req, plan, env, available, deadline, log) {
    const look = async (attempt) => {
        const r = await pipInstallFromIndex(env, {
            project: req.package,
            version: req.version,
            pin: req.pin,
            pre: req.pre,
            indexUrl: plan.indexUrl,
            extraIndexUrls: plan.extraIndexUrls,
            upgrade: attempt > 1,
        }, log);
        const output = `${r.stdout}\n${r.stderr}`;
        if (r.code !== 0) {
            if (pipFoundNothing(output))
                return { done: false, state: { reason: 'not found', output, r } };
            throw failed(r);
        }
        if (!req.pin) {
            const dist = await installedDistribution(env, req.package, log);
            if (dist && verify_compareVersions(dist.version, req.version) < 0)
                return { done: false, state: { reason: 'older', output, r, version: dist.version } };
        }
        return { done: true, value: output };
    };
    const failed = (r) => pipFailure(`pip install ${req.pin ? `${req.package}==${req.version}` : `-U ${req.package}`} from ${redactUrl(plan.indexUrl)}`, r);
    const { value } = await pollUntil({
        look,
        deadline: Math.max(deadline, available.availableAt + 60_000),
        backoff: (attempt) => pollDelayMs(attempt),
        atDeadline: 'stop',
        onPause: ({ pauseMs, state }) => log.info(state.reason === 'not found'
            ? `pip did not find ${req.package} ${req.version} on ${redactUrl(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(pauseMs / 1000).toFixed(1)} s`
            : `pip install -U ${req.package} found ${state.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(pauseMs / 1000).toFixed(1)} s`),
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
/** verify-install: wait for the index, install into a fresh environment, check the import. */






// EXTERNAL MODULE: ./lib/versions/index.js + 12 modules
var versions = __webpack_require__(2599);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(3044);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/rehearse/project.js
/**
 * The project a rehearsal releases: copied into a fresh git repository of its
 * own (so the bump commit never touches the original), and read back from its
 * pyproject.toml for the builder.
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
const NOT_BUILDABLE = 'The rehearsal builds pure-Python projects with a static [project] table in pyproject.toml; for anything else build the wheels yourself and pass --wheels DIR.';
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
    };
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
var external_node_zlib_ = __webpack_require__(8522);
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
 * "Built from the example": a PEP 427 wheel and a PEP 625 sdist of a
 * pure-Python project, made here rather than by a build backend, because the
 * rehearsal must run offline and the machine's interpreters need not have
 * `wheel` or `build`. The archives hold what setuptools would put in them for
 * such a project (the packages; METADATA from pyproject.toml, WHEEL,
 * top_level.txt and a RECORD with sha256 digests), byte-for-byte the same for
 * the same commit. The commit placeholder in the package sources is replaced
 * with the commit the build is made from, as Ray's build does with
 * {{RAY_COMMIT_SHA}}.
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
        zip.addBuffer(m.data, m.path, { mtime: FIXED_DATE, mode: 0o100644, compress: true, forceDosTimestamp: true });
    }
    zip.end();
    const partial = `${file}.partial-${process.pid}`;
    await (0,external_node_stream_promises_.pipeline)(zip.outputStream, (0,external_node_fs_.createWriteStream)(partial));
    await (0,external_node_fs_promises_.rename)(partial, file);
}
/** Builds the wheel and the sdist of the project at `projectDir` (a git repository at `commit`) into `outDir`. */
async function buildDistributions(projectDir, commit, outDir) {
    const project = await readProject(projectDir);
    const version = (0,distributions/* normalizeVersion */.Qj)(project.version);
    if (!version)
        throw new errors/* UserError */.y(`pyproject.toml: [project].version ${JSON.stringify(project.version)} is not a PEP 440 version.`);
    const name = (0,distributions/* filenameEscapedName */.Wx)(project.name);
    const tags = `${pythonTag(project.requiresPython)}-none-any`;
    const metadata = Buffer.from(coreMetadata(project, version), 'utf8');
    const substituted = new Set();
    await (0,external_node_fs_promises_.mkdir)(outDir, { recursive: true });
    // The wheel: the packages at the top, then the .dist-info directory, RECORD last.
    const members = [];
    for (const pkg of project.packages) {
        for (const rel of await packageFiles(projectDir, pkg.dir)) {
            const data = substitute(rel, await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(projectDir, ...rel.split('/'))), commit, substituted);
            members.push({ path: `${pkg.name}${rel.slice(pkg.dir.length)}`, data });
        }
    }
    const distInfo = `${name}-${version}.dist-info`;
    const wheelFile = ['Wheel-Version: 1.0', `Generator: ${GENERATOR}`, 'Root-Is-Purelib: true', ...tags.split('-')[0].split('.').map((py) => `Tag: ${py}-none-any`)].join('\n');
    members.push({ path: `${distInfo}/METADATA`, data: metadata });
    members.push({ path: `${distInfo}/WHEEL`, data: Buffer.from(`${wheelFile}\n`) });
    members.push({ path: `${distInfo}/top_level.txt`, data: Buffer.from(project.packages.map((p) => `${p.name}\n`).join('')) });
    const record = members.map((m) => `${csvField(m.path)},sha256=${sha256(m.data).toString('base64url')},${m.data.length}`);
    record.push(`${csvField(`${distInfo}/RECORD`)},,`);
    members.push({ path: `${distInfo}/RECORD`, data: Buffer.from(`${record.join('\n')}\n`) });
    const wheel = (0,external_node_path_.join)(outDir, `${name}-${version}-${tags}.whl`);
    await writeZip(wheel, members);
    // The sdist: every committed file under <name>-<version>/, with PKG-INFO at its top.
    const stem = `${name}-${version}`;
    const tracked = (await gitOk(projectDir, ['ls-files', '-z'], 'list the committed files for the sdist')).split('\0').filter(Boolean).sort();
    const packageDirs = project.packages.map((p) => `${p.dir}/`);
    const entries = [{ path: `${stem}/PKG-INFO`, data: metadata }];
    for (const rel of tracked) {
        if (rel === 'PKG-INFO')
            continue;
        let data = await (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(projectDir, ...rel.split('/')));
        if (packageDirs.some((d) => rel.startsWith(d)))
            data = substitute(rel, data, commit, substituted);
        entries.push({ path: `${stem}/${rel}`, data });
    }
    const sdist = (0,external_node_path_.join)(outDir, `${stem}.tar.gz`);
    await (0,external_node_fs_promises_.writeFile)(`${sdist}.partial-${process.pid}`, tarGz(entries, FIXED_EPOCH));
    await (0,external_node_fs_promises_.rename)(`${sdist}.partial-${process.pid}`, sdist);
    return { project, version, wheel, sdist, tags, substituted: [...substituted].sort() };
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

;// CONCATENATED MODULE: ./lib/rehearse/pythons.js
/**
 * The interpreters a rehearsal verifies on: the ones asked for with --python
 * (each must exist), or by default the machine's 2.7 and its newest 3.x. A
 * missing default 2.7 does not stop the rehearsal, but its legs are shown as
 * skipped, never as passed.
 */


const DEFAULT_PYTHONS = ['2.7', '3.x'];
/** "2.7,3.12" → ['2.7', '3.12']; undefined for the default. */
function parsePythonList(text) {
    if (text === undefined)
        return undefined;
    const specs = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (specs.length === 0)
        throw new errors/* UserError */.y('--python needs at least one interpreter, e.g. --python 2.7,3.12 (versions or paths, comma-separated).');
    return specs;
}
async function choosePythons(requested, log, searchEnv, resolve = resolvePython) {
    const specs = requested ?? DEFAULT_PYTHONS;
    const warnings = [];
    const legs = [];
    const seen = new Map();
    for (const [position, spec] of specs.entries()) {
        let py;
        try {
            py = await resolve(spec, searchEnv, log);
        }
        catch (err) {
            if (!(err instanceof errors/* UserError */.y))
                throw err;
            if (requested === undefined && spec === '2.7') {
                const why = `no Python 2.7 on this machine (searched the tool cache, PATH and pyenv); the 2.7 legs are skipped, so this rehearsal does not show that the release installs on Python 2. Install 2.7 (e.g. pyenv install 2.7.18) or pass --python to choose the interpreters.`;
                warnings.push(why);
                legs.push({ label: '2.7', requested: spec, position, skipped: 'no Python 2.7 found' });
                continue;
            }
            throw new errors/* UserError */.y(`--python ${spec}: ${err.message}`);
        }
        const label = `${py.major}.${py.minor}`;
        const twin = seen.get(py.path);
        if (twin !== undefined) {
            warnings.push(`--python ${spec} is the same interpreter as ${twin} (${py.path}); it is verified once.`);
            continue;
        }
        seen.set(py.path, spec);
        legs.push({ label: legs.some((l) => l.label === label) ? `${label} (${py.path})` : label, requested: spec, position, interpreter: py });
    }
    if (!legs.some((l) => l.interpreter))
        throw new errors/* UserError */.y('No interpreter to verify on. Pass --python with at least one that exists.');
    return { legs, warnings };
}

// EXTERNAL MODULE: ./lib/markup.js
var markup = __webpack_require__(2627);
;// CONCATENATED MODULE: ./lib/rehearse/report.js
/**
 * What a rehearsal tells people: progress lines as each step starts and ends,
 * a table of steps at the end, and a Markdown report with the manifest and the
 * verify matrix (the approval brief the workflow renders, from the same code).
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
    const pad = (i, n) => `[${String(i + 1).padStart(String(n).length)}/${n}]`;
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
/** A verify leg in the form the approval brief reads (what the workflow's "Record" steps write). */
function legResult(leg) {
    const r = leg.result;
    return {
        index: leg.index,
        os: `this machine (${(0,external_node_os_.platform)()} ${(0,external_node_os_.arch)()})`,
        python: leg.label,
        container: '',
        mode: leg.mode,
        outcome: leg.status === 'passed' ? 'success' : leg.status === 'failed' ? 'failure' : leg.status === 'skipped' ? 'skipped' : 'cancelled',
        installedVersion: r?.installedVersion ?? '',
        installedFile: r?.moduleFile ?? '',
        wheel: r?.wheel ?? '',
        pythonVersion: r?.python?.version ?? '',
        secondsToAvailable: r?.secondsToAvailable === undefined ? '' : r.secondsToAvailable.toFixed(1),
    };
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
    // The stand-ins stop with the rehearsal: their URLs (and the file links below) are a record, not live links.
    if (r.indexes.testpypi)
        facts.push(['TestPyPI stand-in', `${(0,markup/* markdownCell */.UZ)(r.indexes.testpypi)} (stopped when the rehearsal ended)`]);
    if (r.indexes.pypi)
        facts.push(['PyPI stand-in', `${(0,markup/* markdownCell */.UZ)(r.indexes.pypi)} (stopped when the rehearsal ended)`]);
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
    const legsOf = (index) => r.legs.filter((l) => l.index === index && l.status !== 'not-run').map(legResult);
    if (r.testpypiManifest) {
        out.push('', (0,brief/* renderBrief */.dR)({
            title: 'Approval brief',
            manifest: r.testpypiManifest,
            legs: legsOf('testpypi'),
            ...(r.version ? { version: r.version, tag: `v${r.version}` } : {}),
            ...(r.commit ? { commit: r.commit } : {}),
            index: 'TestPyPI stand-in',
            expectLegs: r.legsPerIndex,
            gate: 'pypi',
        }).trimEnd());
    }
    if (r.pypiManifest) {
        out.push('', (0,brief/* renderBrief */.dR)({
            title: 'Released',
            manifest: r.pypiManifest,
            legs: legsOf('pypi'),
            ...(r.version ? { version: r.version, tag: `v${r.version}` } : {}),
            ...(r.commit ? { commit: r.commit } : {}),
            index: 'PyPI stand-in',
            expectLegs: r.legsPerIndex,
        }).trimEnd());
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/rehearse/steps.js
/**
 * The rehearsal's steps in order, each timed, each shown as it starts and
 * ends. The first step that fails stops the pipeline: every later step is
 * recorded as not run, and its body never executes, so nothing after a
 * failure (the second index above all) is touched.
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
    constructor(plan, progress, 
    /** Makes the logger a step's body writes to. */
    loggerFor) {
        this.progress = progress;
        this.loggerFor = loggerFor;
        this.steps = plan.map((s) => ({ ...s, status: 'not-run', detail: '' }));
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
        const index = this.steps.indexOf(step);
        this.progress.started(step, index, this.steps.length);
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
                this.stopped = true;
            }
            else {
                step.status = 'failed';
                const message = err instanceof errors/* UserError */.y ? err.message : `unexpected error (a bug, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
                step.detail = firstLine(message);
                step.error = message;
                this.stopped = true;
            }
        }
        step.ms = performance.now() - started;
        if (lines.length > 0)
            step.lines = lines;
        this.progress.finished(step, index, this.steps.length);
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
 *   bump-version (local mode, one commit) → build (or take --wheels) →
 *   fetch-wheels (local source: the same checks, the manifest) → two local
 *   indexes (TestPyPI and PyPI stand-ins, token-protected) → pypi-publish to
 *   TestPyPI → verify-install pinned on each interpreter → approval gate →
 *   pypi-publish to PyPI with expect-manifest → verify-install unpinned →
 *   report.
 *
 * The first failing step stops the pipeline; the PyPI stand-in receives
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
const uploadToken = () => `pypi-${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
const rehearse_short = (sha) => sha.slice(0, 12);
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
    const logLines = [];
    const warnings = [];
    const legs = [];
    io.progress(`Rehearsing the release of ${bundled ? `the example project ${source}` : source} in ${workDir}\n`);
    if (!req.yes && !io.gate.isTerminal) {
        io.progress('No terminal and no --yes: the rehearsal will stop at the approval gate, before anything reaches the PyPI stand-in (like a dry run).\n');
    }
    const loggerFor = (step) => {
        const line = (level, message) => {
            logLines.push(`[${step.id}] ${level}: ${message}`);
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
    const requestedSpecs = req.pythons ?? DEFAULT_PYTHONS;
    const legSteps = (index) => requestedSpecs.map((spec, i) => ({
        id: `verify-${index}-${i}`,
        title: `verify ${index} · ${spec} ${index === 'testpypi' ? 'pinned' : '-U'}`,
    }));
    const pipeline = new Pipeline([
        { id: 'pythons', title: 'find interpreters' },
        { id: 'copy', title: 'copy project (git)' },
        { id: 'bump', title: 'bump-version (local)' },
        ...(wheelsDir ? [] : [{ id: 'build', title: 'build wheel + sdist' }]),
        { id: 'fetch', title: `fetch-wheels (${wheelsDir ? '--wheels' : 'build'})` },
        { id: 'indexes', title: 'start local indexes' },
        { id: 'publish-testpypi', title: 'publish to testpypi' },
        ...legSteps('testpypi'),
        { id: 'gate', title: 'approval gate (pypi)' },
        { id: 'publish-pypi', title: 'publish to pypi' },
        ...legSteps('pypi'),
    ], textProgress(io.progress), loggerFor);
    const state = { legs: [], testpypiToken: uploadToken(), pypiToken: uploadToken() };
    const indexes = {};
    const reportInput = () => ({
        ...(state.packageName ? { project: state.packageName } : {}),
        ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
        ...(state.version ? { version: state.version } : {}),
        ...(state.commit ? { commit: state.commit } : {}),
        ...(state.branch ? { branch: state.branch } : {}),
        source: bundled ? `the bundled example, ${source}` : source,
        wheels: '',
        indexes: { ...(state.testpypi ? { testpypi: state.testpypi.url } : {}), ...(state.pypi ? { pypi: state.pypi.url } : {}) },
        steps: pipeline.steps,
        totalMs: performance.now() - started,
        ...(state.testpypiManifest ? { testpypiManifest: state.testpypiManifest } : {}),
        ...(state.pypiManifest ? { pypiManifest: state.pypiManifest } : {}),
        legs,
        legsPerIndex: state.legs.length,
        warnings,
        workDir,
        startedAt,
    });
    try {
        await pipeline.run('pythons', async (ctx) => {
            const chosen = await choosePythons(req.pythons, ctx.log, req.searchEnv);
            for (const w of chosen.warnings) {
                warnings.push(w);
                io.progress(`\nWARNING: ${w}\n\n`);
            }
            state.legs = chosen.legs;
            // One verify step per interpreter found, titled with its version.
            for (const index of ['testpypi', 'pypi']) {
                requestedSpecs.forEach((_spec, i) => {
                    const leg = chosen.legs.find((l) => l.position === i);
                    if (!leg)
                        pipeline.remove(`verify-${index}-${i}`);
                    else
                        pipeline.step(`verify-${index}-${i}`).title = `verify ${index} · ${leg.label} ${index === 'testpypi' ? 'pinned' : '-U'}`;
                });
            }
            const detail = chosen.legs.map((l) => (l.interpreter ? describeInterpreter(l.interpreter) : `Python ${l.label} skipped (${l.skipped})`)).join(', ');
            for (const l of chosen.legs)
                ctx.note(l.interpreter ? `${describeInterpreter(l.interpreter)}: ${l.interpreter.path} (${l.interpreter.source})` : `Python ${l.label}: ${l.skipped}`);
            return { value: chosen, detail };
        });
        await pipeline.run('copy', async (ctx) => {
            const project = await copyProject(source, (0,external_node_path_.join)(workDir, 'project'), (0,external_node_path_.join)(workDir, 'git-hooks'));
            state.project = project;
            ctx.note(`${source} → ${project.dir}`);
            return { value: project, detail: `${project.files} files, git init, commit ${rehearse_short(project.baseCommit)}` };
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
            const outcome = await (0,bump_version/* bumpLocally */.Hk)({
                dir: state.project.dir,
                ...(bump ? { bump } : {}),
                ...(version ? { version } : {}),
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
            return {
                value: outcome,
                detail: `${outcome.plan.previous} → ${outcome.plan.next} (${how}) in ${outcome.plan.changes.length} files; commit ${rehearse_short(outcome.commitSha ?? '')} on ${outcome.branch}`,
            };
        });
        if (!wheelsDir) {
            await pipeline.run('build', async (ctx) => {
                const built = await buildDistributions(state.project.dir, state.commit, (0,external_node_path_.join)(workDir, 'built'));
                state.built = built;
                state.packageName = built.project.name;
                if (built.substituted.length > 0)
                    ctx.note(`__commit__ placeholder replaced with ${state.commit} in ${built.substituted.join(', ')}`);
                else
                    ctx.note(`no commit placeholder in the package sources: __commit__ is not checked`);
                ctx.note(`${(0,external_node_path_.basename)(built.wheel)}\n${(0,external_node_path_.basename)(built.sdist)}`);
                return { value: built, detail: `${built.tags} wheel + sdist${built.substituted.length ? `, __commit__ = ${rehearse_short(state.commit)}` : ''}` };
            });
        }
        await pipeline.run('fetch', async (ctx) => {
            const from = wheelsDir ?? (0,external_node_path_.dirname)(state.built.wheel);
            const fetched = await fetchWheels({
                source: new LocalSource(from),
                select: {
                    packages: state.packageName ? [state.packageName] : [],
                    version: state.version,
                    expect: [],
                    ...(state.built ? { expectCount: 2 } : {}),
                },
                // --wheels: the directory the user gave is the set (one look, nothing still being built).
                allowAnySet: !state.built,
                waitTimeoutSeconds: 0,
                dest: (0,external_node_path_.join)(workDir, 'dist'),
                concurrency: 4,
                maxTotalSize: 20 * 1024 ** 3,
                log: ctx.log,
            });
            const projects = new Set(fetched.files.map((f) => f.info.metadata?.name ?? f.chosen.parsed.name));
            if (!fetched.manifest.project || projects.size !== 1) {
                throw new errors/* UserError */.y(`The distributions in ${from} belong to ${projects.size} projects (${[...projects].join(', ')}); a rehearsal releases one. Give --wheels a directory with one project's files.`);
            }
            state.fetched = fetched;
            state.packageName ??= [...projects][0];
            for (const f of fetched.files)
                ctx.note(`${f.chosen.file.name}  ${(0,units/* formatBytes */.z3)(f.size)}  sha256 ${f.sha256}`);
            ctx.note(`manifest: ${fetched.manifestPath}`);
            return { value: fetched, detail: `${fetched.files.length} files (${(0,units/* formatBytes */.z3)(fetched.totalBytes)}) pass preflight; manifest written` };
        });
        await pipeline.run('indexes', async (ctx) => {
            state.testpypi = await (0,index_server/* startLocalIndex */.Wj)({ dir: (0,external_node_path_.join)(workDir, 'indexes', 'testpypi'), token: state.testpypiToken, log: ctx.log });
            state.pypi = await (0,index_server/* startLocalIndex */.Wj)({ dir: (0,external_node_path_.join)(workDir, 'indexes', 'pypi'), token: state.pypiToken, log: ctx.log });
            return { value: undefined, detail: `testpypi ${state.testpypi.url}, pypi ${state.pypi.url} (own upload tokens)` };
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
                token: which === 'testpypi' ? state.testpypiToken : state.pypiToken,
                skipExisting: true,
                expectManifest: expect,
                concurrency: 4,
                preflightOnly: false,
                maxFileSize: distributions/* DEFAULT_MAX_FILE_SIZE */.Sj,
                mask: () => { },
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
            return `${uploaded} uploaded${skipped ? `, ${skipped} already there` : ''}, as in ${(0,external_node_path_.basename)(expectPath)}; listed with their sha256`;
        };
        await pipeline.run('publish-testpypi', async (ctx) => {
            const r = await publishTo(ctx, 'testpypi');
            return { value: r, detail: publishDetail(r, state.fetched.manifestPath) };
        });
        const verifyLegs = async (index) => {
            for (const i of requestedSpecs.keys()) {
                const leg = state.legs.find((l) => l.position === i);
                const id = `verify-${index}-${i}`;
                if (!leg || !pipeline.steps.some((s) => s.id === id))
                    continue;
                const record = { index, label: leg.label, mode: index === 'testpypi' ? 'pinned' : 'unpinned', status: 'not-run' };
                legs.push(record);
                await pipeline.run(id, async (ctx) => {
                    if (!leg.interpreter)
                        throw ctx.skip(`${leg.skipped}: not verified on Python ${leg.label}`);
                    const request = {
                        package: state.packageName,
                        version: state.version,
                        python: leg.interpreter.path,
                        indexes: index === 'testpypi'
                            ? { repository: 'testpypi', indexUrl: state.testpypi.simpleUrl, dependencyIndexUrl: state.pypi.simpleUrl, extraIndexUrls: [] }
                            : { repository: 'pypi', indexUrl: state.pypi.simpleUrl, extraIndexUrls: [] },
                        ...(state.built?.substituted.length ? { expectCommit: state.commit } : {}),
                        manifestPath: index === 'testpypi' ? state.testpypiManifestPath : state.pypiManifestPath,
                        ...((0,external_node_fs_.existsSync)((0,external_node_path_.join)(state.project.dir, 'tests', 'smoke_test.py')) ? { smokeTest: { kind: 'script', path: (0,external_node_path_.join)(state.project.dir, 'tests', 'smoke_test.py') } } : {}),
                        pin: index === 'testpypi',
                        pre: index === 'pypi' && (0,versions/* isPrerelease */.V1)(state.version),
                        waitTimeoutSeconds: req.waitTimeoutSeconds ?? 120,
                        requireVersionAttribute: true,
                        tempDir: (0,external_node_path_.join)(workDir, 'verify'),
                        workspace: state.project.dir,
                        startedAt: Date.now(),
                        ...(req.searchEnv ? { searchEnv: req.searchEnv } : {}),
                    };
                    const outcome = await verifyInstall(request, ctx.log);
                    record.result = outcome.result;
                    if (outcome.result.wheel)
                        ctx.note(`wheel: ${outcome.result.wheel}`);
                    for (const c of outcome.result.checks)
                        ctx.note(`${c.ok ? 'ok    ' : 'FAILED'} ${c.name}: ${c.detail.split('\n')[0]}`);
                    if (outcome.error !== undefined)
                        throw outcome.error;
                    const r = outcome.result;
                    return {
                        value: r,
                        detail: `${r.python ? describeInterpreter(r.python) : leg.label}: ${r.installedVersion ?? '?'} installed and imported`
                            + `${r.moduleCommit && request.expectCommit ? `, __commit__ ${rehearse_short(r.moduleCommit)}` : ''}`
                            + `${r.checks.some((c) => c.name === 'smoke test' && c.ok) ? ', smoke test passed' : ''}`,
                    };
                });
                record.status = pipeline.step(id).status;
            }
        };
        await verifyLegs('testpypi');
        await pipeline.run('gate', async (ctx) => {
            const files = state.testpypiManifest.files.length;
            const question = `Approve the upload of these ${files} files to the PyPI stand-in (${state.pypi.url})? [y/N] `;
            if (!req.yes && io.gate.isTerminal) {
                // What an approver reads on the review page, before the question.
                const testpypiLegs = legs.filter((l) => l.index === 'testpypi').map(legResult);
                io.progress(`\n${(0,brief/* renderBrief */.dR)({ title: 'Approval brief', manifest: state.testpypiManifest, legs: testpypiLegs, version: state.version, tag: `v${state.version}`, commit: state.commit, index: 'TestPyPI stand-in', expectLegs: state.legs.length, gate: 'pypi' })}\n`);
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
        await verifyLegs('pypi');
    }
    finally {
        // What each index holds when it stops: the proof of what was touched.
        for (const which of ['testpypi', 'pypi']) {
            const index = state[which];
            if (!index)
                continue;
            try {
                indexes[which] = { url: index.url, files: index.files().map((f) => f.filename) };
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
            ? `built here from the bump commit: ${(0,external_node_path_.basename)(state.built.wheel)} and ${(0,external_node_path_.basename)(state.built.sdist)} (pure Python, py-none-any; see README "Rehearsal")`
            : 'built here from the bump commit';
    const markdown = renderMarkdown({ ...reportInput(), result, steps, totalMs, wheels });
    const table = stepsTable(steps, totalMs, req.tableWidth ?? 120);
    await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,external_node_fs_promises_.writeFile)(reportPath, markdown, 'utf8');
    await (0,external_node_fs_promises_.writeFile)(logPath, `${logLines.join('\n')}\n`, 'utf8');
    const kept = req.keep || result !== 'passed';
    if (!kept) {
        // The work files go; the report and the log stay.
        for (const entry of await (0,external_node_fs_promises_.readdir)(workDir)) {
            const path = (0,external_node_path_.join)(workDir, entry);
            if (path === reportPath || path === logPath)
                continue;
            await (0,external_node_fs_promises_.rm)(path, { recursive: true, force: true });
        }
    }
    return {
        result,
        exitCode: result === 'passed' ? 0 : result === 'failed' ? 1 : 3,
        steps,
        totalMs,
        source,
        bundledExample: bundled,
        ...(state.packageName ? { project: state.packageName } : {}),
        ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
        ...(state.version ? { version: state.version } : {}),
        ...(state.commit ? { commit: state.commit } : {}),
        ...(state.branch ? { branch: state.branch } : {}),
        wheels,
        workDir,
        kept,
        reportPath,
        logPath,
        ...(kept && state.testpypiManifestPath ? { manifestPath: state.testpypiManifestPath } : {}),
        ...(state.testpypiManifest ? { manifest: state.testpypiManifest } : {}),
        legs,
        indexes,
        warnings,
        table,
        markdown,
    };
}

;// CONCATENATED MODULE: ./lib/rehearse/index.js
/** The local rehearsal of the whole release pipeline (`pyrelease rehearse`). */








// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(2453);
// EXTERNAL MODULE: ./lib/cli/print.js + 1 modules
var print = __webpack_require__(4705);
;// CONCATENATED MODULE: ./lib/cli/rehearse.js
/**
 * `pyrelease rehearse`: the whole release pipeline on this machine (see
 * src/rehearse/). Progress goes to stderr as each step starts and ends; the
 * table of steps (or, with --json, one JSON object) goes to stdout at the end,
 * with the path of the Markdown report.
 */






const USAGE = `usage: pyrelease rehearse [options]

Runs the release pipeline on this machine with the suite's own code: a temporary
git copy of the project, bump-version (local mode), the wheels (built from the
project, or --wheels), fetch-wheels, pypi-publish to a local TestPyPI stand-in,
verify-install on each interpreter, the approval gate, pypi-publish to a local
PyPI stand-in (only the files in the verified manifest), verify-install again
(pip install -U), and a report.

  --project DIR      the Python project to release (default: the bundled
                     example, examples/demo-project)
  --wheels DIR       prebuilt distributions to release instead of building the
                     project (pure-Python projects only are built here)
  --python LIST      interpreters to verify on, comma-separated versions or
                     paths, e.g. 2.7,3.12 (default: the available 2.7 and the
                     newest 3.x; a missing default 2.7 is skipped with a warning)
  --bump KIND        ${versions/* BUMPS */.ou.join(', ')} (default patch; with --wheels,
                     the version of the wheels)
  --version V        an explicit new version instead of --bump
  --yes, -y          approve the gate in advance (without it the gate asks on a
                     terminal, and refuses when there is none)
  --keep             keep the whole work directory (kept anyway after a failure)
  --report FILE      write the Markdown report here (default: report.md in the
                     work directory, which is kept)
  --json             print one JSON object instead of the table
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
    if (v.bump !== undefined && !(0,versions/* isBump */.dY)(v.bump))
        return usage(`--bump: unknown part "${v.bump}"; use one of ${versions/* BUMPS */.ou.join(', ')}.`);
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
            ...(v.bump !== undefined && (0,versions/* isBump */.dY)(v.bump) ? { bump: v.bump } : {}),
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
        io.out(`${JSON.stringify(jsonOf(outcome), null, 2)}\n`);
        return outcome.exitCode;
    }
    const verdict = outcome.result === 'passed'
        ? `Rehearsal passed: ${outcome.project} ${outcome.previousVersion} → ${outcome.version} went through every step.`
        : outcome.result === 'not-approved'
            ? 'Rehearsal stopped at the approval gate: nothing was uploaded to the PyPI stand-in.'
            : `Rehearsal FAILED at: ${outcome.steps.find((s) => s.status === 'failed')?.title ?? '?'}.`;
    const lines = [
        '',
        outcome.table,
        '',
        ...outcome.warnings.map((w) => `warning: ${w}`),
        verdict,
        `Report: ${outcome.reportPath}`,
        `Log:    ${outcome.logPath}`,
        outcome.kept ? `The work directory is kept: ${outcome.workDir}` : 'The work files were removed (--keep keeps them).',
    ];
    io.out(`${lines.join('\n')}\n`);
    return outcome.exitCode;
}
const SCHEMA = 'python-release-actions/rehearsal';
/** The outcome for machines: steps with their times (the benchmark reads these), legs, indexes, paths. */
function jsonOf(o) {
    return {
        schema: SCHEMA,
        schemaVersion: 1,
        result: o.result,
        exitCode: o.exitCode,
        project: o.project ?? null,
        previousVersion: o.previousVersion ?? null,
        version: o.version ?? null,
        commit: o.commit ?? null,
        branch: o.branch ?? null,
        source: o.source,
        bundledExample: o.bundledExample,
        wheels: o.wheels,
        totalSeconds: round(o.totalMs),
        steps: o.steps.map((s) => ({
            id: s.id,
            title: s.title,
            status: s.status,
            seconds: s.ms === undefined ? null : round(s.ms),
            detail: s.detail,
            ...(s.error ? { error: s.error } : {}),
        })),
        legs: o.legs.map((l) => ({
            index: l.index,
            python: l.label,
            mode: l.mode,
            status: l.status,
            ...(l.result ? {
                pythonVersion: l.result.python?.version ?? null,
                wheel: l.result.wheel ?? null,
                installedVersion: l.result.installedVersion ?? null,
                moduleFile: l.result.moduleFile ?? null,
                moduleCommit: l.result.moduleCommit ?? null,
                checks: l.result.checks,
            } : {}),
        })),
        indexes: o.indexes,
        manifest: o.manifest ?? null,
        warnings: o.warnings,
        reportPath: o.reportPath,
        logPath: o.logPath,
        workDir: o.workDir,
        kept: o.kept,
    };
}
function round(ms) {
    return Math.round(ms) / 1000;
}


/***/ })

};
