export const id = 33;
export const ids = [33];
export const modules = {

/***/ 8033:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
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
function pep440_parsePep440(text) {
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
function pep440_formatPep440(p) {
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
    const p = pep440_parsePep440(version);
    return p ? pep440_formatPep440(p) : undefined;
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing ".0"
 * release segments dropped ("1.0.0" → "1"); how warehouse identifies a release.
 */
function canonicalPep440(p) {
    const release = [...p.release];
    while (release.length > 1 && release[release.length - 1] === 0n)
        release.pop();
    return pep440_formatPep440({ ...p, release });
}
const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';
/** Parses as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators), or throws a UserError. */
function parsePep440Parts(version, what = 'version') {
    if (version.trim() === '')
        throw new UserError(`The ${what} is empty. ${SPEC_HINT}`);
    const p = pep440_parsePep440(version);
    if (!p)
        throw new UserError(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
    return p;
}
function normalizePep440(version, what) {
    return pep440_formatPep440(parsePep440Parts(version, what));
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
function isPep440Prerelease(version) {
    const p = parsePep440Parts(version);
    return p.pre !== null || p.dev !== null;
}
function rejectLocal(p, version, doing) {
    if (p.local === null)
        return;
    const pub = pep440_formatPep440({ ...p, local: null });
    throw new UserError(`Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
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
    const shown = pep440_formatPep440(p);
    const nextParts = bumpParts(p, bump, shown);
    const next = pep440_formatPep440(nextParts);
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
                throw new UserError(p.dev !== null && p.post === null
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
                throw new UserError(`Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
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
            throw new UserError(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`);
    }
}
function enterPhase(p, phase, shown) {
    if (p.pre !== null) {
        const [current, n] = p.pre;
        if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
            const lower = pep440_formatPep440({ ...finalOf(p), pre: [phase, 0n] });
            throw new UserError(`Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
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

;// CONCATENATED MODULE: ./lib/distributions/versions.js
/**
 * The version questions a distribution file raises, answered as packaging
 * answers them (src/versions/pep440.ts: its grammar, normal form and order,
 * with numbers of any size): `str(Version(v))` is what PyPI prints in its
 * messages and uses in PEP 625 sdist filenames.
 */

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizeVersion(version) {
    const parsed = parsePep440(version);
    return parsed ? formatPep440(parsed) : undefined;
}
function isValidVersion(version) {
    return parsePep440(version) !== undefined;
}
/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
function localVersionLabel(version) {
    return parsePep440(version)?.local ?? undefined;
}
/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
function versionsEqual(a, b) {
    const pa = pep440_parsePep440(a);
    const pb = pep440_parsePep440(b);
    if (pa === undefined || pb === undefined)
        return a === b;
    return comparePep440(pa, pb) === 0;
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

// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
;// CONCATENATED MODULE: ./lib/verification/leg-result.js
/**
 * The result file of one verify leg: what verify-install writes (also on
 * failure) and the approval brief reads, to say which wheel each leg
 * installed. A leg names every wheel it installed by filename and by the
 * sha256 of the bytes it installed (`wheels`), and the planned leg it was
 * (`leg.id`, from plan-verify). Both fields are optional, so files written
 * before them still read: a file with only `wheel` and `wheelSha256` stands
 * for one installed wheel.
 */

const RESULT_SCHEMA = 'python-release-actions/verify-install-result';
/** The wheels a result says were installed: `wheels`, else the one `wheel` (with its sha256 when known). */
function installedWheels(r) {
    if (r.wheels)
        return r.wheels;
    return r.wheel ? [{ filename: r.wheel, ...(r.wheelSha256 ? { sha256: r.wheelSha256 } : {}) }] : [];
}
const HEX64 = /^[0-9a-f]{64}$/i;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Checks what the brief relies on (the file comes from another job): the
 * schema, the verdict, the installed wheels and the leg. Other fields are
 * kept as they are, for display.
 */
function parseVerifyResult(data, where) {
    const fail = (detail) => {
        throw new errors/* UserError */.y(`${where} is not a verify-install result: ${detail}.`);
    };
    if (!isObject(data))
        fail('expected a JSON object');
    const r = data;
    if (r.schema !== RESULT_SCHEMA)
        fail(`"schema" is ${JSON.stringify(r.schema)}, expected "${RESULT_SCHEMA}"`);
    if (r.schemaVersion !== 1)
        fail(`"schemaVersion" is ${JSON.stringify(r.schemaVersion)}; this release reads 1 (use one release of the actions for the whole pipeline)`);
    if (r.result !== 'passed' && r.result !== 'failed')
        fail('"result" must be "passed" or "failed"');
    for (const key of ['package', 'version', 'os', 'arch'])
        if (typeof r[key] !== 'string')
            fail(`"${key}" must be a string`);
    if (typeof r.pin !== 'boolean')
        fail('"pin" must be true or false');
    for (const key of ['wheel', 'wheelSha256', 'installedVersion', 'moduleFile', 'error']) {
        if (r[key] !== undefined && typeof r[key] !== 'string')
            fail(`"${key}" must be a string`);
    }
    if (r.wheelSha256 !== undefined && !HEX64.test(r.wheelSha256))
        fail('"wheelSha256" must be 64 hex digits');
    if (r.wheels !== undefined) {
        if (!Array.isArray(r.wheels))
            fail('"wheels" must be a list of {"filename", "sha256"}');
        r.wheels.forEach((w, i) => {
            if (!isObject(w) || typeof w.filename !== 'string' || w.filename === '' || typeof w.sha256 !== 'string' || !HEX64.test(w.sha256)) {
                fail(`wheels[${i}] must have a filename and a sha256 of 64 hex digits`);
            }
        });
    }
    if (r.leg !== undefined) {
        const leg = r.leg;
        if (!isObject(leg) || typeof leg.id !== 'string' || leg.id === '')
            fail('"leg" must have an "id"');
        for (const key of ['runsOn', 'container'])
            if (leg[key] !== undefined && typeof leg[key] !== 'string')
                fail(`"leg.${key}" must be a string`);
    }
    if (r.python !== undefined && (!isObject(r.python) || typeof r.python.requested !== 'string' || typeof r.python.version !== 'string')) {
        fail('"python" must have "requested" and "version"');
    }
    if (r.secondsToAvailable !== undefined && typeof r.secondsToAvailable !== 'number')
        fail('"secondsToAvailable" must be a number');
    if (!Array.isArray(r.checks))
        fail('"checks" must be a list');
    return {
        ...r,
        ...(r.wheels ? { wheels: r.wheels.map((w) => ({ filename: w.filename, sha256: w.sha256.toLowerCase() })) } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/commands/approval-brief/coverage.js
/** The wheels a leg reports: `wheels`, else its one `wheel`. */
function legWheels(leg) {
    if (leg.wheels)
        return leg.wheels;
    return leg.wheel ? [{ filename: leg.wheel }] : [];
}
/** "linux-x86_64-3.9: ubuntu-24.04 / Python 3.9 (pinned)", for problems. */
function legLabel(leg) {
    return `${leg.leg ? `${leg.leg}: ` : ''}${leg.os} / Python ${leg.python} (${leg.mode || 'pinned'})`;
}
function assessCoverage(manifest, legs, plan = {}) {
    const problems = [];
    const sha = new Map(manifest.files.map((f) => [f.filename, f.sha256.toLowerCase()]));
    const wheelNames = manifest.files.map((f) => f.filename).filter((n) => n.endsWith('.whl'));
    const planned = new Map();
    for (const leg of plan.include ?? []) {
        for (const w of leg.wheels) {
            if (!sha.has(w))
                problems.push(`The plan's leg ${leg.id} installs ${w}, which the manifest does not list: the plan was made for another set.`);
            planned.set(w, leg);
        }
    }
    const declared = new Map();
    for (const u of plan.unverifiable ?? []) {
        if (!sha.has(u.wheel))
            problems.push(`The plan declares ${u.wheel} not verifiable, but the manifest does not list it: the plan was made for another set.`);
        const leg = planned.get(u.wheel);
        if (leg)
            problems.push(`The plan gives ${u.wheel} to the leg ${leg.id} and also declares it not verifiable: the plan contradicts itself.`);
        declared.set(u.wheel, u.reason);
    }
    const installedBy = new Map();
    for (const leg of legs) {
        if (plan.include && !leg.leg) {
            problems.push(`${legLabel(leg)} names no planned leg, so it cannot be matched to the plan: the result is from another run or pipeline.`);
            continue;
        }
        for (const w of legWheels(leg)) {
            const want = sha.get(w.filename);
            // A wheel outside the manifest is reported with the leg (assessBrief); here only the bytes.
            if (!want)
                continue;
            if (!w.sha256) {
                problems.push(`${legLabel(leg)} reported installing ${w.filename} without the sha256 of the bytes it installed, so nothing shows they were the manifest's (verify-install's result file records it).`);
                continue;
            }
            if (w.sha256.toLowerCase() !== want) {
                problems.push(`${legLabel(leg)} installed ${w.filename} with sha256 ${w.sha256.toLowerCase()}, but the manifest lists ${want}.`);
                continue;
            }
            const owner = planned.get(w.filename);
            if (owner && owner.id !== leg.leg) {
                problems.push(`${legLabel(leg)} reports installing ${w.filename}, which the plan gives to the leg ${owner.id}: the results do not match the plan.`);
                continue;
            }
            installedBy.set(w.filename, [...(installedBy.get(w.filename) ?? []), leg]);
        }
    }
    const reported = new Set(legs.flatMap((l) => (l.leg ? [l.leg] : [])));
    const elsewhere = new Set(plan.elsewhere ?? []);
    if (plan.include) {
        const ids = new Set(plan.include.map((l) => l.id));
        for (const id of elsewhere)
            if (!ids.has(id))
                problems.push(`The leg ${id} is declared to run elsewhere, but the plan does not have it.`);
        for (const leg of plan.include)
            if (!reported.has(leg.id) && !elsewhere.has(leg.id))
                problems.push(`The planned leg ${leg.id} (${leg.name}) reported no result.`);
        for (const id of reported)
            if (!ids.has(id))
                problems.push(`A result names the leg ${id}, which the plan does not have: the result is from another run or plan.`);
    }
    const wheels = wheelNames.map((wheel) => {
        const by = installedBy.get(wheel) ?? [];
        const status = by.some((l) => l.outcome === 'success')
            ? 'passed'
            : by.length > 0
                ? 'failed'
                : declared.has(wheel)
                    ? 'unverifiable'
                    : elsewhere.has(planned.get(wheel)?.id ?? '')
                        ? 'planned'
                        : 'not-installed';
        const plannedLeg = planned.get(wheel);
        if (status === 'not-installed') {
            const detail = plannedLeg
                ? reported.has(plannedLeg.id)
                    ? `its planned leg ${plannedLeg.id} reported other wheels`
                    : `its planned leg ${plannedLeg.id} reported no result`
                : plan.include
                    ? 'the plan gives it no leg'
                    : 'no leg reported installing it';
            problems.push(`${wheel} was not installed by any leg (${detail}); it cannot be approved unverified.`);
        }
        return {
            wheel,
            status,
            installedBy: by,
            ...(plannedLeg ? { planned: plannedLeg } : {}),
            ...(declared.has(wheel) ? { unverifiable: declared.get(wheel) } : {}),
        };
    });
    return { wheels, problems };
}

;// CONCATENATED MODULE: ./lib/commands/approval-brief/brief.js
/**
 * The one page an approver decides from: version, commit, pull request, draft
 * release, the wheel table (size, sha256), the verify matrix (result and what
 * each leg installed) and the coverage (every wheel → the leg that installed
 * it → the result), as Markdown; and the verdict on whether everything an
 * approver needs to be true is. `pyrelease brief`, the approval-brief action
 * and the rehearsal render it.
 *
 * The legs' result files come in two forms: the one verify-install writes
 * (src/verification/leg-result.ts) and the one the workflow's "Record" steps
 * wrote before it (LEG_SCHEMA). Both read into LegResult.
 */








const LEG_SCHEMA = 'python-release-actions/verify-leg';
const LEG_FIELDS = ['index', 'os', 'python', 'container', 'mode', 'outcome', 'installedVersion', 'installedFile', 'wheel', 'pythonVersion', 'secondsToAvailable'];
function parseLegResult(data, where) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new errors/* UserError */.y(`${where} is not a verify result: expected a JSON object.`);
    }
    const record = data;
    if (record.schema !== LEG_SCHEMA) {
        throw new errors/* UserError */.y(`${where} is not a verify result: "schema" is ${JSON.stringify(record.schema)}, expected "${LEG_SCHEMA}".`);
    }
    const leg = { file: where };
    for (const key of LEG_FIELDS) {
        const value = record[key] ?? '';
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new errors/* UserError */.y(`${where}: "${key}" must be a string, found ${JSON.stringify(value)}.`);
        }
        leg[key] = String(value);
    }
    if (!leg.os || !leg.python || !leg.outcome) {
        throw new errors/* UserError */.y(`${where}: "os", "python" and "outcome" must not be empty.`);
    }
    if (record.wheels !== undefined) {
        const list = record.wheels;
        if (!Array.isArray(list) || !list.every((w) => typeof w === 'object' && w !== null && typeof w.filename === 'string' && w.filename !== '' && (w.sha256 === undefined || typeof w.sha256 === 'string'))) {
            throw new errors/* UserError */.y(`${where}: "wheels" must be a list of {"filename", "sha256"}.`);
        }
        leg.wheels = list.map((w) => ({ filename: w.filename, ...(w.sha256 ? { sha256: w.sha256.toLowerCase() } : {}) }));
    }
    if (record.leg !== undefined) {
        if (typeof record.leg !== 'string' || record.leg === '')
            throw new errors/* UserError */.y(`${where}: "leg" must be the planned leg's id.`);
        leg.leg = record.leg;
    }
    return leg;
}
/** The index a verify-install result installed from, as the brief names them. */
function indexOf(url) {
    try {
        const host = new URL(url).hostname;
        if (host === 'test.pypi.org')
            return 'testpypi';
        if (host === 'pypi.org')
            return 'pypi';
    }
    catch {
        // not a URL: shown as it is
    }
    return url;
}
/**
 * Why a result that says "passed" cannot be taken at its word: a check in it
 * failed, or it records an error. verify-install never writes such a file.
 */
function contradiction(r) {
    if (r.result !== 'passed')
        return undefined;
    const failed = r.checks.find((c) => typeof c === 'object' && c !== null && c.ok === false);
    if (failed)
        return `the file says passed, but its check ${JSON.stringify(String(failed.name ?? '?'))} failed`;
    if (r.error)
        return `the file says passed, but records an error: ${r.error}`;
    return undefined;
}
/** A verify-install result file as a leg of the brief. */
function legFromVerifyResult(r, where) {
    const wheels = installedWheels(r);
    const contradicted = contradiction(r);
    return {
        index: indexOf(r.index),
        os: r.leg?.runsOn || `${r.os} ${r.arch}`,
        python: r.python?.requested || '?',
        container: r.leg?.container ?? '',
        mode: r.pin ? 'pinned' : 'unpinned',
        outcome: r.result === 'passed' && !contradicted ? 'success' : 'failure',
        installedVersion: r.installedVersion ?? '',
        version: r.version,
        installedFile: r.moduleFile ?? '',
        wheel: wheels[0]?.filename ?? '',
        pythonVersion: r.python?.version ?? '',
        secondsToAvailable: r.secondsToAvailable === undefined ? '' : String(r.secondsToAvailable),
        file: where,
        wheels,
        ...(r.leg ? { leg: r.leg.id } : {}),
        ...(contradicted ? { error: contradicted } : r.error ? { error: r.error } : {}),
    };
}
/** One result file, in either form. */
function parseLegFile(data, where) {
    const schema = typeof data === 'object' && data !== null ? data.schema : undefined;
    if (schema === RESULT_SCHEMA)
        return legFromVerifyResult(parseVerifyResult(data, where), where);
    if (schema === LEG_SCHEMA)
        return parseLegResult(data, where);
    throw new errors/* UserError */.y(`${where} is not a verify result: "schema" is ${JSON.stringify(schema)}, expected "${RESULT_SCHEMA}" (verify-install's result file) or "${LEG_SCHEMA}".`);
}
/** Every *.json file under dir (download-artifact may or may not merge the legs' folders). */
async function readLegResults(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return []; // no leg uploaded anything: reported as missing legs
        throw error;
    }
    const legs = [];
    const files = entries
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => (0,external_node_path_.join)(e.parentPath, e.name))
        .sort();
    for (const path of files) {
        let data;
        try {
            data = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        }
        catch (error) {
            throw new errors/* UserError */.y(`The verify result ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
        }
        legs.push(parseLegFile(data, path));
    }
    return legs;
}
const INDEX_NAMES = { testpypi: 'TestPyPI', pypi: 'PyPI' };
function indexName(index) {
    return INDEX_NAMES[index] ?? index;
}
/** Two files for one leg mean the results cannot be told apart. */
function legIdentity(leg) {
    return leg.leg ? `${leg.index}\n${leg.leg}\n${leg.mode}` : `${leg.os}\n${leg.python}\n${leg.container}\n${leg.mode}`;
}
/**
 * What must hold before anyone approves: every leg reported, passed, and
 * installed files the manifest names, with its bytes; and every wheel was
 * installed by a leg, or declared not verifiable by the plan.
 */
function assessBrief(input) {
    const problems = [];
    if (input.manifest.files.length === 0)
        problems.push('The manifest lists no files.');
    if (input.version && input.manifest.version && input.manifest.version !== input.version) {
        problems.push(`The manifest is for version ${input.manifest.version}, not ${input.version}.`);
    }
    if (input.verifyResult && input.verifyResult !== 'success') {
        problems.push(`The verify job finished with result "${input.verifyResult}".`);
    }
    const distinct = new Set(input.legs.map(legIdentity));
    if (distinct.size !== input.legs.length)
        problems.push('Two result files describe the same leg; the results cannot be trusted.');
    if (input.expectLegs !== undefined && input.legs.length < input.expectLegs) {
        const missing = input.expectLegs - input.legs.length;
        problems.push(`${missing} of ${input.expectLegs} install checks reported no result (the leg did not get far enough to write one).`);
    }
    const names = new Set(input.manifest.files.map((f) => f.filename));
    const version = input.version ?? input.manifest.version;
    for (const leg of input.legs) {
        const wheels = legWheels(leg);
        if (leg.outcome !== 'success') {
            problems.push(`${legLabel(leg)}: ${leg.outcome}${leg.error ? ` (${leg.error.split('\n')[0]})` : ''}.`);
        }
        else if (wheels.length === 0) {
            problems.push(`${legLabel(leg)}: passed but did not report which file it installed.`);
        }
        for (const w of wheels) {
            if (!names.has(w.filename))
                problems.push(`${legLabel(leg)}: installed ${w.filename}, which the manifest does not name.`);
        }
        if (version) {
            for (const [what, v] of [['verified version', leg.version], ['installed version', leg.installedVersion]]) {
                if (v && !versionsEqual(v, version))
                    problems.push(`${legLabel(leg)}: its ${what} is ${v}, not ${version}: the result is from another release.`);
            }
        }
        if (leg.index in INDEX_NAMES && input.index in INDEX_NAMES && leg.index !== input.index) {
            problems.push(`${legLabel(leg)}: installed from ${indexName(leg.index)}, but this brief is about ${indexName(input.index)}.`);
        }
    }
    const coverage = assessCoverage(input.manifest, input.legs, input.plan);
    problems.push(...coverage.problems);
    const wheels = coverage.wheels;
    if (wheels.length > 0 && !wheels.some((w) => w.status === 'passed' || w.status === 'planned')) {
        problems.push(`None of the ${wheels.length} wheels was installed by a passing leg: nothing of this set was shown to install.`);
    }
    return { ready: problems.length === 0, problems, coverage };
}
function bytes(n) {
    return `${(0,units/* formatBytes */.z3)(n)} (${n.toLocaleString('en-US')} bytes)`;
}
const OUTCOME = { success: '✅ passed', failure: '❌ failed', cancelled: '⛔ cancelled', skipped: '⏭️ skipped' };
function legOrder(a, b) {
    return `${a.os}\n${a.python}\n${a.mode}`.localeCompare(`${b.os}\n${b.python}\n${b.mode}`);
}
function renderBrief(input) {
    const verdict = assessBrief(input);
    const { manifest } = input;
    const project = manifest.project ?? '';
    const version = input.version ?? manifest.version ?? '';
    const where = indexName(input.index);
    const lines = [];
    lines.push(`## ${input.title}: ${[project, version].filter(Boolean).join(' ')}`, '');
    const passed = input.legs.filter((l) => l.outcome === 'success').length;
    if (verdict.ready) {
        const unverifiable = verdict.coverage.wheels.filter((w) => w.status === 'unverifiable').length;
        const planned = verdict.coverage.wheels.filter((w) => w.status === 'planned').length;
        const covered = verdict.coverage.wheels.length - unverifiable - planned;
        const rest = [unverifiable ? `${unverifiable} not verifiable` : '', planned ? `${planned} planned for legs that run elsewhere` : ''].filter(Boolean).join(', ');
        lines.push(`**✅ All ${input.legs.length} install checks against ${where} passed**, each installing files named in the manifest below` +
            (covered > 0 ? `; together they installed every one of its ${covered} wheels${rest ? ` that ${planned ? 'this run could' : 'a runner can'} install (${rest}, see Coverage)` : ''}.` : '.'));
        if (input.gate) {
            lines.push('', `Approving the \`${input.gate}\` deployment uploads exactly the ${manifest.files.length} files below; the upload refuses any file whose sha256 is not listed here.`);
        }
    }
    else {
        lines.push(`**❌ Not ready: ${verdict.problems.length === 1 ? 'one problem' : `${verdict.problems.length} problems`}** (${passed} of ${input.expectLegs ?? input.legs.length} install checks against ${where} passed).`);
        if (input.gate)
            lines.push('', `Do not approve the \`${input.gate}\` deployment; reject it and fix the cause.`);
        // Each problem quotes result files from other jobs: one line each, no markup of theirs.
        lines.push('', ...verdict.problems.map((p) => `- ${markdownCell(p)}`));
    }
    const facts = [];
    if (version)
        facts.push(['Version', `${markdownCode(version)}${input.tag ? ` (tag ${markdownCode(input.tag)})` : ''}`]);
    if (project)
        facts.push(['Project', markdownCode(project)]);
    if (input.commit) {
        const url = input.repositoryUrl ? `${input.repositoryUrl}/commit/${input.commit}` : undefined;
        facts.push(['Commit', markdownLink(markdownCode(input.commit.slice(0, 12)), url)]);
    }
    if (input.pullRequestUrl) {
        const number = /\/pull\/(\d+)\/?$/.exec(input.pullRequestUrl)?.[1];
        facts.push(['Pull request', markdownLink(number ? `#${number}` : markdownCell(input.pullRequestUrl), input.pullRequestUrl)]);
    }
    if (input.releaseUrl)
        facts.push([input.draft ? 'Draft release' : 'GitHub release', markdownLink(input.tag ? markdownCode(input.tag) : 'release page', input.releaseUrl)]);
    if (input.runUrl)
        facts.push(['Workflow run', markdownLink('this run', input.runUrl)]);
    lines.push('', markdownTable(['', ''], facts));
    const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
    lines.push('', `### Distributions: ${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}, ${(0,units/* formatBytes */.z3)(total)}`, '');
    lines.push(markdownTable(['File', { title: 'Size', align: 'right' }, 'sha256'], manifest.files.map((file) => [fileCell(file), bytes(file.size), markdownCode(file.sha256)])));
    lines.push('', `### Install checks against ${where}`, '');
    if (input.legs.length === 0) {
        lines.push('No verify leg reported a result.');
    }
    else {
        const byName = new Map(manifest.files.map((f) => [f.filename, f]));
        const rows = [];
        for (const leg of [...input.legs].sort(legOrder)) {
            const runner = leg.container ? `${markdownCell(leg.os)} in ${markdownCode(leg.container)}` : markdownCell(leg.os);
            const wheels = legWheels(leg);
            const installed = wheels.length === 0
                ? '—'
                : wheels.map((w, i) => {
                    const entry = byName.get(w.filename);
                    const version = i === 0 && leg.installedVersion ? ` → ${markdownCode(leg.installedVersion)}` : '';
                    return `${markdownCode(w.filename)}${version}${entry ? ` (sha256 ${markdownCode(entry.sha256.slice(0, 12))}…)` : ' (**not in the manifest**)'}`;
                }).join('<br>');
            const seconds = leg.secondsToAvailable ? `${markdownCell(leg.secondsToAvailable)} s` : '—';
            rows.push([runner, markdownCell(leg.python), markdownCell(leg.mode || 'pinned'), OUTCOME[leg.outcome] ?? markdownCell(leg.outcome), installed, leg.pythonVersion ? markdownCell(leg.pythonVersion) : '—', seconds]);
        }
        lines.push(markdownTable(['Runner', 'Python', 'Check', 'Result', 'Installed', 'Interpreter', { title: 'Listed after', align: 'right' }], rows));
    }
    lines.push(...renderCoverage(verdict.coverage));
    return `${lines.join('\n')}\n`;
}
const COVERAGE_STATUS = { passed: '✅ installed', failed: '❌ failed', 'not-installed': '❌ not installed', unverifiable: '➖ not verifiable', planned: '🗓️ planned, runs elsewhere' };
/** Every wheel → the leg(s) that installed it → the result. */
function renderCoverage(coverage) {
    if (coverage.wheels.length === 0)
        return [];
    const count = (status) => coverage.wheels.filter((w) => w.status === status).length;
    const installed = count('passed');
    const lines = ['', `### Coverage: ${installed} of ${coverage.wheels.length} wheels installed by a passing leg${count('unverifiable') ? `, ${count('unverifiable')} not verifiable` : ''}${count('planned') ? `, ${count('planned')} planned for legs that run elsewhere` : ''}`, ''];
    const rows = coverage.wheels.map((w) => {
        const by = w.installedBy.length > 0
            ? w.installedBy.map((l) => `${markdownCell(l.leg ?? `${l.os} / ${l.python}`)} (${markdownCell(l.mode || 'pinned')}${l.outcome === 'success' ? '' : `, ${markdownCell(l.outcome)}`})`).join('<br>')
            : w.planned
                ? `planned: ${markdownCell(w.planned.id)}${w.status === 'planned' ? ` (${markdownCell(w.planned.name)})` : ', no report'}`
                : '—';
        const result = w.status === 'unverifiable' ? `${COVERAGE_STATUS.unverifiable}: ${markdownCell(w.unverifiable ?? '')}` : COVERAGE_STATUS[w.status];
        return [markdownCode(w.wheel), by, result];
    });
    lines.push(markdownTable(['Wheel', 'Installed by', 'Result'], rows));
    return lines;
}
function fileCell(file) {
    return file.url ? markdownLink(markdownCode(file.filename), file.url) : markdownCode(file.filename);
}

;// CONCATENATED MODULE: ./lib/commands/approval-brief/links.js
/** The repository and run links of the brief, from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
function runLinks(env) {
    const repositoryUrl = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
    const runUrl = repositoryUrl && env.GITHUB_RUN_ID
        ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined;
    return { ...(repositoryUrl ? { repositoryUrl } : {}), ...(runUrl ? { runUrl } : {}) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/files/atomic-write.js
/**
 * The one way a file is replaced whole: bytes go to a private part file beside
 * the destination (same directory, so the rename cannot cross filesystems),
 * which is renamed into place once complete. A reader sees the old file or the
 * new one, never a mix; on any failure the part file is removed and the
 * destination is left as it was. checked-file.ts builds on the same part files
 * for streams whose size and sha256 must be checked before the rename.
 *
 * fsync: none, for every writer here; why is written once, in checked-file.ts.
 */




/**
 * A fresh part file's name beside `dest`. The random part keeps two writers of
 * one destination (two saves in flight, two processes) off each other's bytes.
 */
function partPathFor(dest) {
    return `${dest}.part-${randomBytes(6).toString('hex')}`;
}
const PART_NAME = /\.part-[0-9a-f]{12}$/;
/** A part file this module named: what a killed writer can leave behind, never a file of its own. */
function isPartFile(path) {
    return PART_NAME.test(path);
}
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EEXIST', 'ENAMETOOLONG', 'EFBIG']);
/** A failure of the file system (full, read-only, not permitted…) rather than of the bytes' source. */
function isDiskError(err) {
    const code = err?.code;
    return typeof code === 'string' && DISK_CODES.has(code);
}
/** The user's problem, in words, keeping the code (ENOSPC…) for callers that decide on it; other errors unchanged. */
function diskFailure(err, doing, where) {
    if (err instanceof UserError || !isDiskError(err))
        return err;
    const e = err;
    return Object.assign(new UserError(`${doing} failed (${e.code}): ${String(e.message)}. Check free space and permissions in ${where}.`), { code: e.code });
}
/** Moves a complete part file to `dest`, saying what to check when the file system refuses. */
async function renameIntoPlace(part, dest) {
    try {
        await rename(part, dest);
    }
    catch (err) {
        throw isDiskError(err) ? new UserError(`Moving ${part} to ${dest} failed (${String(err.code)}). Check that ${dest} is not a directory and is writable.`) : err;
    }
}
/**
 * Replaces `dest` with `data` (text as UTF-8; a stream is written as it comes),
 * creating its directory if needed. The caller decides what goes in; a file
 * later jobs read must have been scrubbed of secrets before it gets here.
 */
async function atomic_write_writeFileAtomically(dest, data) {
    const part = partPathFor(dest);
    // Only the file system's own failures are worded as a disk problem; the source's errors reach the caller as they are.
    const onDisk = async (step) => {
        try {
            return await step();
        }
        catch (err) {
            throw diskFailure(err, `Writing ${part}`, dirname(dest));
        }
    };
    let handle;
    try {
        await onDisk(() => mkdir(dirname(dest), { recursive: true }));
        // 'wx': never someone else's file.
        handle = await onDisk(() => open(part, 'wx'));
    }
    catch (err) {
        // A stream nobody will read is let go (its file, its buffered bytes).
        data.destroy?.();
        throw err;
    }
    try {
        try {
            if (typeof data === 'string' || data instanceof Uint8Array)
                await onDisk(() => handle.writeFile(data));
            else
                for await (const chunk of data)
                    await onDisk(() => handle.writeFile(chunk)); // each from where the last ended
        }
        finally {
            await onDisk(() => handle.close());
        }
        await renameIntoPlace(part, dest);
    }
    catch (err) {
        await rm(part, { force: true }).catch(() => { });
        throw err;
    }
}

// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(6246);
;// CONCATENATED MODULE: ./lib/distributions/manifest.js
/**
 * The manifest: the suite's chain of custody. fetch-wheels writes it, publishing
 * to TestPyPI confirms it, verify-install checks installed bytes against it, and
 * publishing to PyPI refuses any file whose sha256 is not in it. It is versioned
 * JSON written byte-for-byte reproducibly (stable key order, files sorted by name).
 */




const MANIFEST_SCHEMA = 'python-release-actions/manifest';
const MANIFEST_SCHEMA_VERSION = 1;
function createManifest(entries, meta = {}) {
    const manifest = {
        schema: MANIFEST_SCHEMA,
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        ...(meta.project !== undefined ? { project: meta.project } : {}),
        ...(meta.version !== undefined ? { version: meta.version } : {}),
        createdAt: new Date().toISOString(),
        files: entries.map(canonicalEntry),
    };
    validateManifest(manifest, 'the new manifest');
    return canonical(manifest);
}
async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`Cannot read the manifest ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the manifest file fetch-wheels or pypi-publish wrote.`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`The manifest ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); pass the manifest file fetch-wheels or pypi-publish wrote, unmodified.`);
    }
    return parseManifest(data, path);
}
/** Validates a parsed JSON value as a manifest; `where` names it in error messages. */
function parseManifest(data, where = 'the manifest') {
    if (!manifest_isObject(data))
        throw new errors/* UserError */.y(`${where} is not a manifest: expected a JSON object.`);
    if (data.schema !== MANIFEST_SCHEMA) {
        throw new errors/* UserError */.y(`${where} is not a python-release-actions manifest: "schema" is ${JSON.stringify(data.schema)}, expected "${MANIFEST_SCHEMA}".`);
    }
    if (data.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > MANIFEST_SCHEMA_VERSION;
        throw new errors/* UserError */.y(`${where} has schemaVersion ${JSON.stringify(data.schemaVersion)}; this version of python-release-actions reads schemaVersion ${MANIFEST_SCHEMA_VERSION}. `
            + (newer ? 'Use the same (or a newer) release of the actions for every step of the pipeline.' : 'Regenerate the manifest with fetch-wheels.'));
    }
    validateManifest(data, where);
    return canonical(data);
}
/** Stable key order, files sorted by filename, two-space indent, trailing newline; written atomically. */
async function writeManifest(path, m) {
    validateManifest(m, 'the manifest to write');
    // Later jobs read it and the runner never masks a file: no secret of the run may be in it.
    const text = `${JSON.stringify(scrubSecretsDeep(canonical(m)), null, 2)}\n`;
    await writeFileAtomically(path, text);
}
/** Matches files by filename; digests compare case-insensitively. */
function compareManifest(expected, actual) {
    const actualByName = new Map(actual.map((entry) => [entry.filename, entry]));
    const expectedByName = new Map(expected.files.map((entry) => [entry.filename, entry]));
    const missing = [];
    const mismatched = [];
    for (const want of expected.files) {
        const got = actualByName.get(want.filename);
        if (!got) {
            missing.push(want);
            continue;
        }
        const fields = [];
        if (want.sha256.toLowerCase() !== got.sha256.toLowerCase())
            fields.push('sha256');
        if (want.size !== got.size)
            fields.push('size');
        if (want.blake2b256 !== undefined && got.blake2b256 !== undefined && want.blake2b256.toLowerCase() !== got.blake2b256.toLowerCase()) {
            fields.push('blake2b256');
        }
        if (fields.length > 0)
            mismatched.push({ expected: want, actual: got, fields });
    }
    const unexpected = actual.filter((entry) => !expectedByName.has(entry.filename));
    return { missing, unexpected, mismatched, ok: missing.length === 0 && unexpected.length === 0 && mismatched.length === 0 };
}
const manifest_HEX64 = /^[0-9a-fA-F]{64}$/;
function validateManifest(data, where) {
    const m = data;
    const fail = (detail) => {
        throw new errors/* UserError */.y(`${where} is invalid: ${detail}. Regenerate it with fetch-wheels rather than editing it by hand.`);
    };
    for (const key of ['project', 'version']) {
        if (m[key] !== undefined && typeof m[key] !== 'string')
            fail(`"${key}" must be a string`);
    }
    if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt)))
        fail('"createdAt" must be an ISO 8601 date');
    if (!Array.isArray(m.files))
        fail('"files" must be a list');
    const seen = new Set();
    m.files.forEach((entry, i) => {
        const at = `files[${i}]`;
        if (!manifest_isObject(entry))
            return fail(`${at} must be an object`);
        if (typeof entry.filename !== 'string' || entry.filename === '' || /[/\\]/.test(entry.filename)) {
            fail(`${at}.filename must be a file name (no directories)`);
        }
        if (seen.has(entry.filename))
            fail(`${entry.filename} is listed twice`);
        seen.add(entry.filename);
        if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0)
            fail(`${at}.size must be a whole number of bytes`);
        if (typeof entry.sha256 !== 'string' || !manifest_HEX64.test(entry.sha256))
            fail(`${at}.sha256 must be 64 hex digits`);
        if (entry.blake2b256 !== undefined && (typeof entry.blake2b256 !== 'string' || !manifest_HEX64.test(entry.blake2b256)))
            fail(`${at}.blake2b256 must be 64 hex digits`);
        for (const key of ['source', 'sourceEtag', 'url']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'string')
                fail(`${at}.${key} must be a string`);
        }
        const att = entry.attestation;
        if (att !== undefined && (!manifest_isObject(att) || typeof att.filename !== 'string' || /[/\\]/.test(att.filename) || typeof att.sha256 !== 'string' || !manifest_HEX64.test(att.sha256))) {
            fail(`${at}.attestation must name a file beside it and its sha256`);
        }
    });
}
function canonicalEntry(entry) {
    return {
        filename: entry.filename,
        size: entry.size,
        sha256: typeof entry.sha256 === 'string' ? entry.sha256.toLowerCase() : entry.sha256,
        ...(entry.blake2b256 !== undefined ? { blake2b256: typeof entry.blake2b256 === 'string' ? entry.blake2b256.toLowerCase() : entry.blake2b256 } : {}),
        ...(entry.source !== undefined ? { source: entry.source } : {}),
        ...(entry.sourceEtag !== undefined ? { sourceEtag: entry.sourceEtag } : {}),
        ...(entry.url !== undefined ? { url: entry.url } : {}),
        ...(entry.attestation !== undefined ? { attestation: { filename: entry.attestation.filename, sha256: entry.attestation.sha256.toLowerCase() } } : {}),
    };
}
/** Known keys only, in a fixed order; files sorted by filename (code-point order, not locale). */
function canonical(m) {
    return {
        schema: MANIFEST_SCHEMA,
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        ...(m.project !== undefined ? { project: m.project } : {}),
        ...(m.version !== undefined ? { version: m.version } : {}),
        createdAt: m.createdAt,
        files: m.files.map(canonicalEntry).sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
    };
}
function manifest_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/actions/approval-brief/main.js
/** approval-brief: the brief as the job summary, its verdict as outputs and annotations, and a failed step when not ready. */






async function main(s) {
    const input = {
        title: s.title,
        manifest: await readManifest(s.manifest),
        legs: await readLegResults(s.results),
        ...(s.version ? { version: s.version } : {}),
        ...(s.tag ? { tag: s.tag } : {}),
        ...(s.commitSha ? { commit: s.commitSha } : {}),
        ...(s.pullRequestUrl ? { pullRequestUrl: s.pullRequestUrl } : {}),
        ...(s.releaseUrl ? { releaseUrl: s.releaseUrl } : {}),
        draft: s.draft,
        ...runLinks(process.env),
        index: s.index,
        ...(s.expectLegs !== undefined ? { expectLegs: s.expectLegs } : {}),
        ...(s.verifyResult ? { verifyResult: s.verifyResult } : {}),
        ...(s.gate ? { gate: s.gate } : {}),
        plan: s.plan,
    };
    print/* info */.pq(`${input.legs.length} result file(s) under ${s.results}; ${input.manifest.files.length} file(s) in the manifest.`);
    await core/* summary */.z.addRaw(renderBrief(input)).write();
    const verdict = assessBrief(input);
    print/* setOutput */.uH('ready', String(verdict.ready));
    print/* setOutput */.uH('problems', JSON.stringify(verdict.problems));
    // Each problem is an annotation on the run page, beside the summary.
    for (const problem of verdict.problems)
        (s.requirePass ? print/* error */.z3 : print/* warning */.$e)(problem);
    if (verdict.ready) {
        print/* info */.pq('Ready: every leg passed and every wheel was installed (or is declared not verifiable).');
    }
    else if (s.requirePass) {
        throw new errors/* UserError */.y(`Not ready for approval: ${verdict.problems.length} problem(s), listed above and in the job summary.${s.gate ? ` Do not approve the ${s.gate} deployment; reject it and fix the cause.` : ''}`);
    }
}


/***/ })

};
