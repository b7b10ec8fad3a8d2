export const id = 598;
export const ids = [598];
export const modules = {

/***/ 76598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(69275);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/distributions/names.js
var distributions_names = __webpack_require__(75787);
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
        throw new UserError(`The ${what} is empty. ${SPEC_HINT}`);
    const p = parsePep440(version);
    if (!p)
        throw new UserError(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
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
function isPep440Prerelease(version) {
    const p = parsePep440Parts(version);
    return p.pre !== null || p.dev !== null;
}
function rejectLocal(p, version, doing) {
    if (p.local === null)
        return;
    const pub = formatPep440({ ...p, local: null });
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
            const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
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
function versions_isValidVersion(version) {
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
    const pa = parsePep440(a);
    const pb = parsePep440(b);
    if (pa === undefined || pb === undefined)
        return a === b;
    return comparePep440(pa, pb) === 0;
}

;// CONCATENATED MODULE: ./lib/distributions/python-repr.js
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function python_repr_pythonRepr(value) {
    return quoted(value, false);
}
/** `repr()` of Python bytes (`b'PK'`): every byte outside printable ASCII as `\xNN`. */
function pythonBytesRepr(bytes) {
    return 'b' + quoted(Buffer.from(bytes).toString('latin1'), true);
}
function quoted(value, bytes) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += '\\' + quote;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else if (code >= 0x80 && (bytes || code < 0xa0))
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}

;// CONCATENATED MODULE: ./lib/distributions/filename.js
/**
 * Wheel (PEP 427) and sdist (PEP 625) filenames, parsed with the same rules and
 * the same error texts as `packaging.utils.parse_wheel_filename` /
 * `parse_sdist_filename` (packaging 26), because PyPI answers a bad wheel
 * filename with packaging's message verbatim.
 */




class FilenameError extends errors/* UserError */.y {
    filename;
    /** The text packaging (and so PyPI, for wheels) gives for this filename. */
    packagingMessage;
    constructor(filename, packagingMessage, hint) {
        super(`${packagingMessage}. ${hint}`);
        this.filename = filename;
        this.name = 'FilenameError';
        this.packagingMessage = packagingMessage;
    }
}
const WHEEL_HINT = 'A wheel is named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427), '
    + 'with the name normalized and "-" written as "_".';
const SDIST_HINT = 'An sdist is named {normalized_name}-{version}.tar.gz (PEP 625).';
/** Python's `\w` under re.UNICODE is letters, digits (all numeric categories) and "_". */
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl')) {
        throw new FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${python_repr_pythonRepr(filename)}`, WHEEL_HINT);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    const pieces = stem.split('-');
    // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
    const head = pieces.slice(0, dashes - 2);
    const parts = [...head, pieces.slice(dashes - 2).join('-')];
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        throw new FilenameError(filename, `Invalid project name: ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    const normalizedVersion = normalizeVersion(parts[1]);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid wheel filename (invalid version): ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    let build;
    if (dashes === 5) {
        const match = BUILD_TAG.exec(parts[2]);
        if (!match) {
            throw new FilenameError(filename, `Invalid build number: ${parts[2]} in ${python_repr_pythonRepr(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
        }
        build = { number: Number.parseInt(match[1], 10), rest: match[2] };
    }
    const [interpreters, abis, platforms] = parts[parts.length - 1].split('-');
    const pythonTags = interpreters.toLowerCase().split('.');
    const abiTags = abis.toLowerCase().split('.');
    const platformTags = platforms.toLowerCase().split('.');
    const tags = [];
    for (const py of pythonTags) {
        for (const abi of abiTags) {
            for (const plat of platformTags) {
                const tag = `${py}-${abi}-${plat}`;
                if (!tags.includes(tag))
                    tags.push(tag);
            }
        }
    }
    return {
        kind: 'wheel',
        filename,
        name: namePart,
        normalizedName: (0,distributions_names/* normalizeName */.Pc)(namePart),
        version: parts[1],
        normalizedVersion,
        ...(build ? { build } : {}),
        pythonTags: unique(pythonTags),
        abiTags: unique(abiTags),
        platformTags: unique(platformTags),
        tags,
    };
}
function parseSdistFilename(filename) {
    let extension;
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else {
        throw new FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    const stem = filename.slice(0, -extension.length);
    // A PEP 440 version cannot contain "-", so the last dash separates name and version.
    const dash = stem.lastIndexOf('-');
    if (dash === -1) {
        throw new FilenameError(filename, `Invalid sdist filename: ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalizedVersion = normalizeVersion(version);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid sdist filename (invalid version): ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    return { kind: 'sdist', filename, name, normalizedName: (0,distributions_names/* normalizeName */.Pc)(name), version, normalizedVersion, extension };
}
/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
function parseDistributionFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new FilenameError(filename, `Unknown distribution type: ${python_repr_pythonRepr(filename)}`, 'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.');
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./lib/distributions/metadata.js
/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist) and the WHEEL file:
 * RFC 822 style headers parsed like Python's `email` package with the compat32
 * policy, which is what packaging.metadata.parse_email and twine use. Folded
 * lines stay in the value as "\n" + the raw continuation line; a line that is
 * neither a header nor a continuation starts the body.
 */

/** What PyPI accepts (warehouse `SUPPORTED_METADATA_VERSIONS`). */
const SUPPORTED_METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
class MetadataError extends errors/* UserError */.y {
    constructor(message) {
        super(message);
        this.name = 'MetadataError';
    }
}
// Python's feedparser headerRE: printable ASCII except ":" and space, then ":".
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;
function parseHeaderBlock(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const headers = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') {
            i++;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
            headers[headers.length - 1][1] += '\n' + line;
            continue;
        }
        const match = HEADER_LINE.exec(line);
        if (!match)
            break; // compat32: a non-header line begins the body
        headers.push([match[1], match[2].replace(/^[ \t]+/, '')]);
    }
    if (i >= lines.length)
        return { headers };
    const body = lines.slice(i).join('\n');
    return body === '' ? { headers } : { headers, body };
}
/** All values of a header, matched case-insensitively. */
function headerValues(headers, name) {
    const wanted = name.toLowerCase();
    return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}
/** The first value of a header, matched case-insensitively. */
function metadata_headerValue(headers, name) {
    return headerValues(headers, name)[0];
}
function parseCoreMetadata(text) {
    const { headers, body } = parseHeaderBlock(text);
    const required = (field) => {
        const value = metadata_headerValue(headers, field)?.trim();
        if (!value) {
            throw new MetadataError(`Core metadata has no ${field} field; rebuild the distribution with a current build backend (the field is required by the core metadata specification).`);
        }
        return value;
    };
    const metadataVersion = required('Metadata-Version');
    const name = required('Name');
    const version = required('Version');
    let description;
    if (body !== undefined && body.trim() !== '')
        description = body;
    else {
        const header = metadata_headerValue(headers, 'Description');
        if (header !== undefined)
            description = unfoldDescription(header);
    }
    return { metadataVersion, name, version, headers, ...(description !== undefined ? { description } : {}) };
}
/** Old-style Description headers indent continuation lines with up to 8 spaces and a "|". */
function unfoldDescription(value) {
    const [first, ...rest] = value.split('\n');
    return [first, ...rest.map((line) => (/^[ \t]{1,8}\|/.test(line) ? line.replace(/^[ \t]{1,8}\|/, '') : line.replace(/^[ \t]+/, '')))].join('\n');
}
/** WHEEL (and similar key/value files) as header name → values, in order of appearance. */
function parseWheelFile(text) {
    const result = Object.create(null);
    for (const [key, value] of parseHeaderBlock(text).headers) {
        (result[key] ??= []).push(value.trim());
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/distributions/record.js
/**
 * A wheel's RECORD: CSV as Python's `csv` module reads it (excel dialect), rows of
 * `path,algorithm=urlsafe-b64-digest-without-padding,size`. Installation must
 * fail when a file is not both listed and correctly hashed, so preflight checks
 * both the listing (as warehouse does) and every digest and size.
 */
/**
 * Python csv reader semantics: "," delimiter, '"' quotes with "" escaping, quoted
 * fields may hold newlines; a quote inside an unquoted field is literal; text
 * after a closing quote is appended; blank lines produce no row.
 */
function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let state = 'start';
    let rowHasContent = false;
    const endField = () => {
        row.push(field);
        field = '';
        state = 'start';
    };
    const endRow = () => {
        if (rowHasContent || row.length > 0) {
            endField();
            rows.push(row);
        }
        row = [];
        field = '';
        state = 'start';
        rowHasContent = false;
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (state === 'quoted') {
            if (ch === '"')
                state = 'quote-in-quoted';
            else
                field += ch;
            continue;
        }
        if (state === 'quote-in-quoted') {
            if (ch === '"') {
                field += '"';
                state = 'quoted';
                continue;
            }
            state = 'unquoted'; // closing quote: fall through and treat ch normally
        }
        if (ch === ',') {
            rowHasContent = true;
            endField();
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            endRow();
        }
        else if (ch === '"' && state === 'start') {
            state = 'quoted';
            rowHasContent = true;
        }
        else {
            field += ch;
            state = 'unquoted';
            rowHasContent = true;
        }
    }
    if (state === 'quoted' || state === 'quote-in-quoted' || rowHasContent || row.length > 0)
        endRow();
    return rows;
}
function parseRecord(text) {
    return parseCsv(text).map((cells) => {
        const [path = '', hash = '', size = ''] = cells;
        const row = { path };
        if (hash !== '') {
            const eq = hash.indexOf('=');
            if (eq === -1)
                row.algorithm = hash;
            else {
                row.algorithm = hash.slice(0, eq).toLowerCase();
                row.digest = hash.slice(eq + 1);
            }
        }
        if (size !== '') {
            if (/^\d+$/.test(size))
                row.size = Number(size);
            else
                row.badSize = size;
        }
        return row;
    });
}
const FORBIDDEN_ALGORITHMS = new Set(['md5', 'sha1']);
/**
 * Checks RECORD against the archive: the same file list both ways (directories
 * and RECORD.jws/.p7s excepted, as warehouse does), a sha256-or-stronger hash and
 * a matching size for every file except RECORD itself, and the sha256 digests
 * we computed. Digests in other strong algorithms are accepted unverified.
 */
function verifyRecord(recordText, members, distInfoDir) {
    const findings = [];
    const recordPath = `${distInfoDir}/RECORD`;
    const exempt = new Set([recordPath, `${distInfoDir}/RECORD.jws`, `${distInfoDir}/RECORD.p7s`]);
    const rows = parseRecord(recordText).map((row) => ({ ...row, path: row.path.replace(/\\/g, '/') }));
    const rowsByPath = new Map(rows.map((row) => [row.path, row]));
    const files = members.filter((m) => !m.isDirectory && !m.name.endsWith('/'));
    const fileNames = new Set(files.map((m) => m.name));
    const unlisted = files.filter((m) => !rowsByPath.has(m.name) && !exempt.has(m.name)).map((m) => m.name);
    const absent = rows.filter((row) => !fileNames.has(row.path) && row.path !== recordPath).map((row) => row.path);
    if (unlisted.length > 0) {
        findings.push({ rule: 'wheel-record-mismatch', members: unlisted, message: `${count(unlisted, 'file')} in the wheel ${unlisted.length === 1 ? 'is' : 'are'} not listed in RECORD: ${sample(unlisted)}` });
    }
    if (absent.length > 0) {
        findings.push({ rule: 'wheel-record-mismatch', members: absent, message: `RECORD lists ${count(absent, 'file')} the wheel does not contain: ${sample(absent)}` });
    }
    const weak = [];
    const unhashed = [];
    const wrong = [];
    for (const member of files) {
        if (exempt.has(member.name))
            continue;
        const row = rowsByPath.get(member.name);
        if (!row)
            continue;
        if (!row.algorithm || row.digest === undefined || row.digest === '') {
            unhashed.push(member.name);
            continue;
        }
        if (FORBIDDEN_ALGORITHMS.has(row.algorithm)) {
            weak.push(`${member.name} (${row.algorithm})`);
            continue;
        }
        if (member.size === undefined)
            continue; // not read, e.g. refused as a zip bomb
        const sizeWrong = row.badSize !== undefined || (row.size !== undefined && row.size !== member.size);
        const digestWrong = row.algorithm === 'sha256' && member.sha256 !== undefined && stripPadding(row.digest) !== member.sha256;
        if (sizeWrong || digestWrong)
            wrong.push(member.name);
    }
    if (weak.length > 0) {
        findings.push({ rule: 'wheel-record-weak-hash', members: weak, message: `RECORD hashes ${count(weak, 'file')} with md5 or sha1, which the wheel specification forbids: ${sample(weak)}` });
    }
    if (unhashed.length > 0) {
        findings.push({ rule: 'wheel-record-hash', members: unhashed, message: `RECORD has no hash for ${count(unhashed, 'file')}: ${sample(unhashed)}` });
    }
    if (wrong.length > 0) {
        findings.push({ rule: 'wheel-record-hash', members: wrong, message: `${count(wrong, 'file')} in the wheel ${wrong.length === 1 ? 'does' : 'do'} not match the hash or size RECORD gives: ${sample(wrong)}` });
    }
    return findings;
}
function stripPadding(digest) {
    return digest.replace(/=+$/, '');
}
function count(items, noun) {
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}
/** The first few items, so one broken RECORD is one readable line, not hundreds. */
function sample(items, limit = 5) {
    const shown = items.slice(0, limit).join(', ');
    return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./lib/files/block-reader.js
var block_reader = __webpack_require__(75732);
// EXTERNAL MODULE: ./lib/hashing/zip-framing.js
var zip_framing = __webpack_require__(85440);
;// CONCATENATED MODULE: ./lib/distributions/zip-scan.js
/**
 * Reads a zip archive defensively: every structural problem becomes a finding
 * instead of an exception, nothing is ever extracted, and memory stays bounded
 * (members are streamed; only the few small text members asked for are kept,
 * each capped). Zip bombs are caught twice: from the sizes the central directory
 * declares, and while inflating, in case those sizes lie.
 */






const MiB = 1024 * 1024;
const DEFAULT_ARCHIVE_LIMITS = {
    maxMemberSize: 64 * MiB,
    maxCompressionRatio: 50,
    ratioCheckMinSize: 32 * MiB,
};
/** warehouse COMPRESSION_RATIO_MIN_SIZE: its whole-archive ratio check applies above this. */
const WAREHOUSE_RATIO_MIN_SIZE = 64 * MiB;
const REBUILD_FIX = 'Rebuild the distribution with a standard tool (python -m build, pip wheel, cibuildwheel) and do not edit the archive by hand.';
async function scanZip(path, options = {}) {
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...definedOnly(options.limits ?? {}) };
    const capture = options.capture ?? (() => false);
    const maxCaptured = options.maxCaptured ?? 16;
    const problems = new ProblemList();
    const members = [];
    const captured = new Map();
    let zip;
    try {
        // decodeStrings=false: yauzl would stop at the first unsafe name ("../x"); names are
        // decoded and judged here so every one is reported. validateEntrySizes=false: sizes
        // are enforced here while inflating, per member, instead of failing the whole scan.
        zip = await openZip(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
    }
    catch (error) {
        const reason = errorText(error);
        const noEocd = /end of central directory record signature not found/i.test(reason);
        problems.add('zip-invalid', [], {
            message: noEocd ? 'The file is not a zip archive' : `The zip archive cannot be read: ${reason}`,
            fix: 'Check that the file is a complete wheel (a truncated download or an HTML error page saved as .whl looks like this) and rebuild or download it again.',
            ...(noEocd ? { pypiMessage: 'Invalid distribution file. File is not a zipfile' } : {}),
        });
        return { readable: false, members, captured, problems: problems.list() };
    }
    try {
        const entries = await readCentralDirectory(zip, problems);
        const fileSize = zip.fileSize;
        // What Python's zipfile reads from the central directory, for warehouse's record-by-record walk.
        const cdSizes = new Map();
        for (const entry of entries) {
            cdSizes.set((0,zip_framing/* zipfileName */.hE)(entry.fileNameRaw, entry.generalPurposeBitFlag), { compressedSize: entry.compressedSize, size: entry.uncompressedSize });
        }
        let framingResult;
        const seen = new Set();
        const duplicates = [];
        const unsafe = [];
        const badMethod = [];
        const encrypted = [];
        const bombs = [];
        let totalDeclared = 0;
        const skip = new Set();
        for (const entry of entries) {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const member = {
                name,
                isDirectory: name.endsWith('/'),
                compressedSize: entry.compressedSize,
                declaredSize: entry.uncompressedSize,
                compressionMethod: entry.compressionMethod,
            };
            members.push(member);
            totalDeclared += entry.uncompressedSize;
            if (seen.has(name))
                duplicates.push(name);
            seen.add(name);
            const pathProblem = unsafePath(name);
            if (pathProblem)
                unsafe.push(`${printable(name)} (${pathProblem})`);
            if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
                badMethod.push(`${printable(name)} (method ${entry.compressionMethod})`);
                skip.add(entry);
            }
            if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
                encrypted.push(printable(name));
                skip.add(entry);
            }
            if (isBomb(entry.uncompressedSize, entry.compressedSize, limits)) {
                bombs.push(`${printable(name)} (${entry.uncompressedSize} bytes from ${entry.compressedSize})`);
                skip.add(entry);
            }
        }
        if (unsafe.length > 0) {
            problems.add('zip-member-path', unsafe, {
                message: `${plural(unsafe.length, 'member has', 'members have')} an unsafe path: ${sample(unsafe)}`,
                fix: `${REBUILD_FIX} Member paths must be relative, use "/" as the separator and never contain "..".`,
            });
        }
        if (duplicates.length > 0) {
            problems.add('zip-duplicate-member', duplicates, {
                message: `${plural(duplicates.length, 'member name appears', 'member names appear')} more than once: ${sample(duplicates.map(printable))}`,
                fix: `${REBUILD_FIX} Tools disagree about which copy of a duplicated member wins.`,
            });
        }
        if (badMethod.length > 0) {
            problems.add('zip-compression-method', badMethod, {
                message: `${plural(badMethod.length, 'member uses', 'members use')} a compression method other than stored or deflate: ${sample(badMethod)}`,
                fix: `${REBUILD_FIX} Only stored and deflate are accepted.`,
                pypiMessage: 'Invalid distribution file. File does not use a supported compression type',
            });
        }
        if (encrypted.length > 0) {
            problems.add('zip-encrypted', encrypted, {
                message: `${plural(encrypted.length, 'member is', 'members are')} encrypted: ${sample(encrypted)}`,
                fix: `${REBUILD_FIX} Distributions cannot be encrypted.`,
            });
        }
        // warehouse's own bomb check, on the whole archive. When it trips, members are not
        // hashed: many members each just under the per-member threshold would otherwise
        // still cost an unbounded amount of inflating.
        const archiveRatio = fileSize > 0 ? totalDeclared / fileSize : 0;
        const warehouseRefuses = totalDeclared > WAREHOUSE_RATIO_MIN_SIZE && archiveRatio > limits.maxCompressionRatio;
        const hashMembers = options.hashMembers === true && !warehouseRefuses;
        // Second pass: inflate what we need, enforcing sizes as the bytes arrive. Where each
        // member's data starts comes from its local header (yauzl checks it); the bytes are read
        // in one sequential pass, on a worker thread when there is one (src/hashing).
        const inflateBombs = [];
        const corrupt = [];
        const oversized = [];
        const outcomes = new Map();
        const plans = [];
        const planned = [];
        let capturedCount = 0;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const member = members[i];
            if (member.isDirectory || skip.has(entry))
                continue;
            const wantBytes = capture(member.name) && capturedCount < maxCaptured;
            if (!wantBytes && !hashMembers)
                continue;
            if (wantBytes && entry.uncompressedSize > limits.maxMemberSize) {
                oversized.push(`${printable(member.name)} (${entry.uncompressedSize} bytes)`);
                if (!hashMembers)
                    continue;
            }
            const keep = wantBytes && entry.uncompressedSize <= limits.maxMemberSize;
            if (keep)
                capturedCount++;
            let fileDataStart;
            try {
                ({ fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true }));
            }
            catch (error) {
                outcomes.set(i, { kind: 'corrupt', reason: errorText(error) });
                continue;
            }
            plans.push({
                start: fileDataStart,
                length: entry.compressedSize,
                deflated: entry.compressionMethod === 8,
                declaredSize: entry.uncompressedSize,
                crc32: entry.crc32,
                keep,
                hash: hashMembers,
            });
            planned.push(i);
        }
        let digests;
        if (plans.length > 0 || options.fileDigests) {
            const request = {
                path,
                members: plans,
                wholeFile: options.fileDigests === true,
                // The whole file passes by anyway: warehouse's framing walk rides along on the same chunks.
                ...(options.fileDigests ? { algorithms: options.blake2b !== false ? ['sha256', 'blake2b256'] : ['sha256'], framing: cdSizes } : {}),
            };
            let scanned;
            try {
                scanned = await (0,hashing/* scanFile */.WN)(request);
            }
            catch (error) {
                // The file could be opened but not read through: every member read is in doubt.
                if (options.fileDigests)
                    throw error;
                scanned = { outcomes: plans.map(() => ({ kind: 'corrupt', reason: errorText(error) })) };
            }
            planned.forEach((index, k) => outcomes.set(index, scanned.outcomes[k]));
            const { sha256, blake2b256 } = scanned.digests ?? {};
            if (options.fileDigests && sha256 !== undefined && scanned.size !== undefined) {
                digests = { sha256, size: scanned.size, ...(blake2b256 !== undefined ? { blake2b256 } : {}) };
                framingResult = scanned.framing?.refused;
            }
        }
        // Nothing read the whole file: the walk reads the record headers alone and passes over the data.
        if (!digests)
            framingResult = await (0,zip_framing/* checkZipFraming */.GS)(path, cdSizes);
        // Findings in central-directory order, whatever order the bytes were read in.
        for (let i = 0; i < members.length; i++) {
            const outcome = outcomes.get(i);
            if (!outcome)
                continue;
            const member = members[i];
            switch (outcome.kind) {
                case 'ok':
                    member.size = outcome.size;
                    if (outcome.sha256 !== undefined)
                        member.sha256 = outcome.sha256;
                    if (outcome.bytes)
                        captured.set(member.name, Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
                    break;
                case 'lying':
                    inflateBombs.push(`${printable(member.name)} (declares ${outcome.declared} bytes but inflates to more; reading stopped there)`);
                    break;
                case 'corrupt':
                    corrupt.push(`${printable(member.name)} (${outcome.reason})`);
                    break;
            }
        }
        const allBombs = [...bombs, ...inflateBombs];
        if (allBombs.length > 0 || warehouseRefuses) {
            const parts = [];
            if (allBombs.length > 0) {
                parts.push(`${plural(allBombs.length, 'member expands', 'members expand')} more than ${limits.maxCompressionRatio}x or past its declared size: ${sample(allBombs)}`);
            }
            if (warehouseRefuses)
                parts.push(`the whole archive declares ${totalDeclared} bytes from ${fileSize} (ratio ${archiveRatio.toFixed(1)})`);
            problems.add('zip-compression-ratio', allBombs, {
                message: `Zip bomb: ${parts.join('; ')}`,
                fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild it from source; if a real data file compresses this well, ship it compressed.',
                ...(warehouseRefuses ? { pypiMessage: `Invalid distribution file. File exceeds compression ratio of ${limits.maxCompressionRatio}` } : {}),
            });
        }
        if (oversized.length > 0) {
            problems.add('zip-member-too-large', oversized, {
                message: `${plural(oversized.length, 'metadata member is', 'metadata members are')} larger than the ${limits.maxMemberSize}-byte limit: ${sample(oversized)}`,
                fix: 'Metadata files are small text files; rebuild the distribution and check what the build put into them.',
            });
        }
        if (corrupt.length > 0) {
            problems.add('zip-member-corrupt', corrupt, {
                message: `${plural(corrupt.length, 'member is', 'members are')} damaged: ${sample(corrupt)}`,
                fix: 'The file is corrupt (an interrupted download or copy?). Download or rebuild it again and compare its sha256.',
            });
        }
        if (framingResult !== undefined) {
            problems.add('zip-structure', [], {
                message: `The zip archive would read differently by its central directory and by its local headers: ${framingResult}`,
                fix: `${REBUILD_FIX} A zip edited after it was built (a member replaced or appended, data prepended, comments added to members) `
                    + 'or written by a streaming zip writer (data descriptors) is refused; let the build tool write the wheel in one go.',
                pypiMessage: `Invalid distribution file. ZIP archive not accepted: ${framingResult}. See https://docs.pypi.org/archives for more information`,
            });
        }
        return { readable: true, members, captured, problems: problems.list(), ...(digests ? { digests } : {}) };
    }
    finally {
        zip.close();
    }
}
/**
 * yauzl.open, with the central directory and the local headers read through a BlockReader:
 * yauzl reads each central-directory entry in two reads and each local header in one, which
 * for a wheel of 200,000 members had been 600,000 trips through the thread pool (27 s).
 */
async function openZip(path, options) {
    const blocks = await block_reader/* BlockReader */.t.open(path);
    try {
        return await yauzl.fromRandomAccessReaderPromise(new BlockRandomAccessReader(path, blocks), blocks.size, options);
    }
    catch (error) {
        await blocks.close();
        throw error;
    }
}
class BlockRandomAccessReader extends yauzl.RandomAccessReader {
    path;
    blocks;
    constructor(path, blocks) {
        super();
        this.path = path;
        this.blocks = blocks;
    }
    /** Member data (openReadStream; the scan reads it through src/hashing instead). By path: a stream on the reader's descriptor would close it when destroyed. */
    _readStreamForRange(start, end) {
        return (0,external_node_fs_.createReadStream)(this.path, { start, end: end - 1 });
    }
    read(buffer, offset, length, position, callback) {
        this.blocks.read(position, length).then((bytes) => {
            bytes.copy(buffer, offset);
            callback(null, bytes.length);
        }, (error) => callback(error));
    }
    close(callback) {
        this.blocks.close().then(() => callback(null), (error) => callback(error));
    }
}
function isBomb(uncompressed, compressed, limits) {
    return uncompressed > limits.ratioCheckMinSize && uncompressed > compressed * limits.maxCompressionRatio;
}
function readCentralDirectory(zip, problems) {
    return new Promise((resolve) => {
        const entries = [];
        zip.on('entry', (entry) => {
            entries.push(entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', (error) => {
            // The central directory is damaged past this point; report it and keep what was read.
            problems.add('zip-invalid', [], {
                message: `The zip archive's central directory is damaged after ${entries.length} members: ${errorText(error)}`,
                fix: 'The file is corrupt or was built by a broken tool; download or rebuild it again.',
            });
            resolve(entries);
        });
        zip.readEntry();
    });
}
/** Why a member path is unsafe to extract, or undefined when it is fine. */
function unsafePath(name) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'NUL character';
    if (name.includes('\\'))
        return 'backslash';
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
        return 'absolute path';
    if (name.split('/').includes('..'))
        return "parent directory '..'";
    return undefined;
}
/** Member names can hold anything; keep messages on one readable line. */
function printable(name) {
    return JSON.stringify(name).slice(1, -1).replace(/\\"/g, '"');
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
class ProblemList {
    problems = [];
    add(rule, members, detail) {
        const list = Array.isArray(members) ? members : [];
        this.problems.push({ rule, ...detail, ...(list.length > 0 ? { members: list } : {}) });
    }
    list() {
        return this.problems;
    }
}

;// CONCATENATED MODULE: ./lib/distributions/wheel-archive.js
/**
 * What is inside a wheel: its member list and the METADATA, WHEEL and RECORD
 * texts, read with yauzl (lazy entries, streaming, bounded) and never extracted.
 */



const DIST_INFO_TEXT = /^[^/]+\.dist-info\/(METADATA|WHEEL|RECORD|entry_points\.txt)$/;
async function readWheelArchive(path, limits = {}) {
    const { verifyMembers = true, fileDigests = false, blake2b = true, ...archiveLimits } = limits;
    const scan = await scanZip(path, {
        limits: archiveLimits,
        capture: (name) => DIST_INFO_TEXT.test(name),
        hashMembers: verifyMembers,
        fileDigests,
        blake2b,
    });
    const problems = [...scan.problems];
    const members = scan.members.map((m) => m.name);
    const expectedDistInfoDir = expectedDistInfo((0,external_node_path_.basename)(path));
    const distInfoDirs = [];
    for (const name of members) {
        const slash = name.indexOf('/');
        if (slash <= 0)
            continue;
        const top = name.slice(0, slash);
        if (top.endsWith('.dist-info') && !distInfoDirs.includes(top))
            distInfoDirs.push(top);
    }
    let distInfoDir;
    if (expectedDistInfoDir !== undefined && distInfoDirs.includes(expectedDistInfoDir))
        distInfoDir = expectedDistInfoDir;
    else if (distInfoDirs.length === 1)
        distInfoDir = distInfoDirs[0];
    if (scan.readable && distInfoDirs.length === 0) {
        problems.push({
            rule: 'wheel-no-dist-info',
            message: 'The wheel has no top-level .dist-info directory, so it has no METADATA, WHEEL or RECORD',
            fix: 'Build the wheel with a standard tool (python -m build, pip wheel, cibuildwheel); a zip renamed to .whl is not a wheel.',
            ...(expectedDistInfoDir !== undefined ? { pypiMessage: `Invalid distribution file. WHEEL not found at ${expectedDistInfoDir}/WHEEL` } : {}),
        });
    }
    else if (distInfoDirs.length > 1) {
        problems.push({
            rule: 'wheel-multiple-dist-info',
            message: `The wheel has ${distInfoDirs.length} top-level .dist-info directories (${distInfoDirs.join(', ')}); installers require exactly one`,
            fix: 'Rebuild from a clean build directory: a stale .dist-info from an earlier build (another name or version) was packed into this wheel.',
            members: distInfoDirs,
        });
    }
    const text = (file) => {
        if (distInfoDir === undefined)
            return undefined;
        const bytes = scan.captured.get(`${distInfoDir}/${file}`);
        if (bytes === undefined)
            return undefined;
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            problems.push({
                rule: 'wheel-text-encoding',
                message: `${distInfoDir}/${file} is not valid UTF-8`,
                fix: 'Metadata files must be UTF-8; rebuild the wheel with a current build backend.',
                members: [`${distInfoDir}/${file}`],
            });
            return new TextDecoder('utf-8').decode(bytes);
        }
    };
    const metadata = text('METADATA');
    const wheel = text('WHEEL');
    const record = text('RECORD');
    const entryPoints = text('entry_points.txt');
    return {
        members,
        entries: scan.members,
        distInfoDirs,
        ...(expectedDistInfoDir !== undefined ? { expectedDistInfoDir } : {}),
        ...(distInfoDir !== undefined ? { distInfoDir } : {}),
        ...(metadata !== undefined ? { metadata } : {}),
        ...(wheel !== undefined ? { wheel } : {}),
        ...(record !== undefined ? { record } : {}),
        ...(entryPoints !== undefined ? { entryPoints } : {}),
        readable: scan.readable,
        problems,
        ...(scan.digests ? { digests: scan.digests } : {}),
    };
}
/** warehouse: `name, version, _ = filename.split("-", 2)` → `{name}-{version}.dist-info`. */
function expectedDistInfo(filename) {
    const parts = filename.split('-');
    if (parts.length < 3)
        return undefined;
    return `${parts[0]}-${parts[1]}.dist-info`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
;// CONCATENATED MODULE: ./lib/distributions/inflate.js
/**
 * CPython's zlib._ZlibDecompressor (Modules/zlibmodule.c), the object gzip's _GzipReader inflates
 * with, on pako's port of zlib's inflate (inflate.c, inffast.c, inftrees.c): raw deflate data,
 * `decompress(data, max_length)` calling inflate(Z_SYNC_FLUSH) with room for at most max_length
 * bytes and keeping the input zlib did not use for the next call. Driven so, zlib stops and fails
 * where it does under Python: with no room left it still decodes (codes, block headers, the end of
 * the stream) up to the next byte it would write, and a data error is raised in zlib's words
 * (pako's `strm.msg`). An "invalid distance too far back" is found only with room to write the
 * match, which needs nothing here beyond giving zlib the room Python gives it.
 *
 * The input is a range of a file, handed to zlib in pieces as it uses them: zlib's state carries
 * over from one piece to the next, so it decodes exactly as it would from the whole range at once,
 * and a gzip member of a few bytes costs no 128 KiB read.
 */

/** zlib.error for broken deflate data, in zlib's words; `partial`: what the failing call had written before it (Python discards it). */
class ZlibError extends Error {
    partial;
    constructor(message, partial) {
        super(message);
        this.partial = partial;
    }
}
const PIECE = 16 * 1024;
/** The first output block of a call; later ones grow, up to max_length (the sizes change nothing zlib decides). */
const FIRST_BLOCK = 32 * 1024;
const MAX_BLOCK = 4 * 1024 * 1024;
const NO_INPUT = new Uint8Array(0);
class ZlibDecompressor {
    file;
    /** The end of the deflate stream was reached. */
    eof = false;
    strm = new pako/* ZStream */.vZ();
    /** The input not yet used, [next, end) of the file; zlib holds [next, next + strm.avail_in) of it. */
    next = 0;
    end = 0;
    constructor(file) {
        this.file = file;
        (0,pako/* zlibInflateInit2 */.V)(this.strm, -15);
        this.strm.input = NO_INPUT;
    }
    /** needs_input: all the input given has been used, and the stream has not ended. */
    get needsInput() {
        return !this.eof && this.next === this.end;
    }
    /** The length of unused_data: the input after the end of the stream. */
    get unused() {
        return this.eof ? this.end - this.next : 0;
    }
    /**
     * decompress(the file's bytes [at, at + length), maxLength): the input is appended to what is
     * left of earlier input (it must follow it in the file). Throws ZlibError for a data error.
     */
    async decompress(at, length, maxLength) {
        if (this.eof)
            throw new Error('End of stream already reached');
        if (length > 0) {
            if (this.next === this.end)
                this.next = at;
            else if (at !== this.end)
                throw new Error('decompress: input that does not follow the unused input');
            this.end = at + length;
        }
        const strm = this.strm;
        const blocks = [];
        let written = 0; // in `blocks`
        let block = Buffer.allocUnsafe(Math.min(maxLength, FIRST_BLOCK));
        strm.output = block;
        strm.next_out = 0;
        strm.avail_out = block.length;
        const output = () => Buffer.concat([...blocks, block.subarray(0, strm.next_out)]);
        for (;;) {
            if (strm.avail_in === 0 && this.next < this.end) {
                const piece = await this.file.read(this.next, Math.min(PIECE, this.end - this.next));
                if (piece.length === 0)
                    this.end = this.next; // the file shrank since it was opened
                strm.input = piece;
                strm.next_in = 0;
                strm.avail_in = piece.length;
            }
            const before = strm.avail_in;
            const status = (0,pako/* zlibInflate */.LA)(strm, pako/* Z_SYNC_FLUSH */._c);
            this.next += before - strm.avail_in;
            if (status === pako/* Z_STREAM_END */.Mt) {
                this.eof = true;
                break;
            }
            if (status !== pako/* Z_OK */.C2 && status !== pako/* Z_BUF_ERROR */.uX)
                throw new ZlibError(strm.msg || `zlib error ${status}`, output());
            // zlib used the whole piece: it goes on with the next, as it would have with the whole input
            // (even with no room left, it may decode on to the end of the stream or to an error).
            if (strm.avail_in === 0 && this.next < this.end)
                continue;
            // Room used up: Python grows its buffer until max_length is written.
            if (strm.avail_out === 0 && written + block.length < maxLength) {
                blocks.push(block);
                written += block.length;
                block = Buffer.allocUnsafe(Math.min(maxLength - written, block.length * 4, MAX_BLOCK));
                strm.output = block;
                strm.next_out = 0;
                strm.avail_out = block.length;
                continue;
            }
            break;
        }
        return output();
    }
}

;// CONCATENATED MODULE: ./lib/distributions/gzip-members.js
/**
 * The bytes of a .tar.gz as Python's gzip module hands them to tarfile (and so
 * to warehouse and pip): gzip's _GzipReader, read by read. Member after member,
 * a member's trailer (CRC-32 and length) is checked, zero padding skipped and
 * the next member's header parsed only when a read asks for bytes past the
 * member. tarfile stops asking at the tar's end-of-archive block, so whatever
 * follows the member that holds it is never read, and PyPI accepts the file.
 * Node's createGunzip reads every member up front and fails the whole stream,
 * with the output of its last write lost, on any bytes after the last member
 * that are not zeros ("trailing garbage"), so an sdist PyPI accepts would be
 * refused. The header format is RFC 1952's. Each read inflates as _GzipReader
 * does (Lib/gzip.py): zlib (inflate.ts) is handed 128 KiB of input at a time
 * and asked for at most as many bytes as the read wants, so a broken deflate
 * stream is an error only if a read gets as far as it (python-reads.ts).
 */




/** What Python's gzip module raises (BadGzipFile, EOFError), in its words. */
class GzipError extends Error {
    notGzip;
    /** True when the first member's header is not gzip at all: the file is not a gzip file. */
    constructor(message, notGzip = false) {
        super(message);
        this.notGzip = notGzip;
    }
}
/** gzip.READ_BUFFER_SIZE: how much input _GzipReader hands zlib at a time (Python 3.12 and 3.13; 3.11 handed 8 KiB). */
const READ_BUFFER_SIZE = 128 * 1024;
const ENDED = 'Compressed file ended before the end-of-stream marker was reached';
const EMPTY = Buffer.alloc(0);
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
/**
 * gzip's _GzipReader over a file. Its _PaddedFile, which takes back the input zlib did not use
 * and the first byte after zero padding, is a position in the file here.
 */
class GzipReader {
    file;
    /** The _PaddedFile's position. */
    pos = 0;
    /** The current member's decompressor; none before its header is read (_new_member). */
    decompressor;
    first = true;
    crc = (0,hashing/* createCrc32 */.SC)();
    size = 0;
    constructor(file) {
        this.file = file;
    }
    static async open(path) {
        return new GzipReader(await block_reader/* BlockReader */.t.open(path));
    }
    close() {
        return this.file.close();
    }
    /**
     * _GzipReader.read(size): at most `size` inflated bytes, fewer where the input handed to zlib
     * runs out or a member ends, none at the end of the file. Throws GzipError, or ZlibError for
     * broken deflate data.
     */
    async read(size) {
        if (size === 0)
            return EMPTY;
        let data;
        for (;;) {
            if (this.decompressor?.eof) {
                await this.readEof();
                this.decompressor = undefined;
            }
            if (!this.decompressor) {
                // _read_gzip_header: no more members where the file ends.
                if (!this.first && this.pos >= this.file.size)
                    return EMPTY;
                this.pos = await memberHeader(this.file, this.pos, this.first);
                this.first = false;
                this.decompressor = new ZlibDecompressor(this.file);
                this.crc = (0,hashing/* createCrc32 */.SC)();
                this.size = 0;
            }
            let handed;
            if (this.decompressor.needsInput) {
                handed = Math.min(READ_BUFFER_SIZE, this.file.size - this.pos);
                this.pos += handed;
                data = await this.decompressor.decompress(this.pos - handed, handed, size);
            }
            else {
                data = await this.decompressor.decompress(this.pos, 0, size);
            }
            // The input after the member's end goes back to the file, for its trailer and the next header.
            this.pos -= this.decompressor.unused;
            if (data.length > 0)
                break;
            // Python's `buf == b""`: no input was left. (With input left over zlib always writes something
            // when given room, so a call without new input never comes back empty.)
            if (handed === 0 || handed === undefined)
                throw new GzipError(ENDED);
        }
        this.crc.update(data);
        this.size += data.length;
        return data;
    }
    /** _read_eof: the trailer checked, then zero padding skipped. */
    async readEof() {
        const trailer = await this.file.read(this.pos, 8);
        if (trailer.length < 8)
            throw new GzipError(ENDED);
        const storedCrc = trailer.readUInt32LE(0);
        if (storedCrc !== this.crc.value)
            throw new GzipError(`CRC check failed 0x${storedCrc.toString(16)} != 0x${this.crc.value.toString(16)}`);
        if (trailer.readUInt32LE(4) !== this.size % 2 ** 32)
            throw new GzipError('Incorrect length of data produced');
        this.pos = await skipZeros(this.file, this.pos + 8);
    }
}
async function skipZeros(file, pos) {
    for (;;) {
        const bytes = await file.read(pos, 4096);
        if (bytes.length === 0)
            return pos;
        const nonZero = bytes.findIndex((b) => b !== 0);
        if (nonZero !== -1)
            return pos + nonZero;
        pos += bytes.length;
    }
}
/** Python's _read_gzip_header: where the member's deflate data starts. */
async function memberHeader(file, pos, first) {
    const fixed = await file.read(pos, 10);
    if (fixed.length < 2 || fixed[0] !== 0x1f || fixed[1] !== 0x8b) {
        throw new GzipError(`Not a gzipped file (${pythonBytesRepr(fixed.subarray(0, 2))})`, first);
    }
    if (fixed.length < 10)
        throw new GzipError(ENDED);
    if (fixed[2] !== 8)
        throw new GzipError('Unknown compression method', first);
    const flags = fixed[3];
    let at = pos + 10;
    const need = async (n) => {
        const bytes = await file.read(at, n);
        if (bytes.length < n)
            throw new GzipError(ENDED);
        at += n;
        return bytes;
    };
    const skipString = async () => {
        for (;;) {
            const bytes = await file.read(at, 4096);
            if (bytes.length === 0)
                throw new GzipError(ENDED);
            const nul = bytes.indexOf(0);
            if (nul !== -1) {
                at += nul + 1;
                return;
            }
            at += bytes.length;
        }
    };
    if (flags & FEXTRA)
        await need((await need(2)).readUInt16LE(0));
    if (flags & FNAME)
        await skipString();
    if (flags & FCOMMENT)
        await skipString();
    if (flags & FHCRC)
        await need(2);
    return at;
}

;// CONCATENATED MODULE: ./lib/distributions/tar-header.js
/**
 * One 512-byte tar header as Python's tarfile reads it (TarInfo.frombuf, nti, nts): number fields
 * are cut at their first NUL and read as Python's int(..., 8) reads them, and a header whose
 * checksum or any number field cannot be read is an invalid header, which makes tarfile stop (or,
 * first, not a tar). The name rules are frombuf's too: a trailing "/" makes a directory only of
 * type "\0" (or "5"), and a ustar prefix is joined whatever the magic, except for GNU's L, K and S.
 */
const BLOCK = 512;
/** Python's int(text, 8) after str.strip(): a sign, an optional 0o, octal digits with single underscores between. */
const OCTAL = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/;
/** The whitespace str.strip() and int() take away from ASCII text. */
const SPACE = /^[\t\n\v\f\r\x1c-\x1f ]+|[\t\n\v\f\r\x1c-\x1f ]+$/g;
/** tarfile's nti(): undefined where it raises InvalidHeaderError. */
function numberField(header, start, end) {
    const field = header.subarray(start, end);
    if (field[0] === 0o200 || field[0] === 0o377) {
        // GNU base-256 (sizes over 8 GiB); 0o377 is a negative number. Exact: eleven bytes are more
        // than a double holds, and a negative value rounded to 0 would be read as a size.
        let value = 0n;
        for (let i = 1; i < field.length; i++)
            value = value * 256n + BigInt(field[i]);
        if (field[0] === 0o377)
            value -= 256n ** BigInt(field.length - 1);
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : undefined;
    }
    const nul = field.indexOf(0);
    const raw = field.subarray(0, nul === -1 ? field.length : nul);
    if (raw.some((b) => b > 0x7f))
        return undefined; // nts(..., "ascii", "strict")
    const text = raw.toString('latin1').replace(SPACE, '');
    if (text === '')
        return 0;
    const m = OCTAL.exec(text);
    if (!m)
        return undefined;
    const value = Number.parseInt(m[2].replaceAll('_', ''), 8);
    return m[1] === '-' ? -value : value;
}
/** Python's int(text) for a pax number record (PAX_NUMBER_FIELDS): undefined where it raises, which tarfile reads as 0. */
function paxNumber(text) {
    const m = /^[+-]?\d(?:_?\d)*$/.exec(text.replace(SPACE, ''));
    return m ? Number(m[0].replaceAll('_', '')) : undefined;
}
function parseHeader(header) {
    const checksum = numberField(header, 148, 156);
    if (checksum === undefined)
        return { invalid: 'invalid header' };
    if (!checksumMatches(header, checksum))
        return { invalid: 'bad checksum' };
    // mode, uid, gid, size, mtime, devmajor, devminor: tarfile reads them all, and any one it cannot read fails the header.
    const numbers = [[100, 108], [108, 116], [116, 124], [124, 136], [136, 148], [329, 337], [337, 345]].map(([start, end]) => numberField(header, start, end));
    if (numbers.includes(undefined))
        return { invalid: 'invalid header' };
    const size = numbers[3];
    // tarfile would step backwards for a negative size; it is taken here as a header that cannot be read.
    if (size < 0)
        return { invalid: 'invalid header' };
    const type = String.fromCharCode(header[156] || 0x30);
    let name = cString(header, 0, 100);
    const directory = type === '5' || (header[156] === 0 && name.endsWith('/'));
    if (directory)
        name = name.replace(/\/+$/, '');
    const prefix = cString(header, 345, 500);
    if (prefix && !'LKS'.includes(type))
        name = `${prefix}/${name}`;
    return { type, size, name, directory };
}
function checksumMatches(header, stored) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return stored === unsigned || stored === signed;
}
function cString(buffer, start, end) {
    const slice = buffer.subarray(start, end);
    const nul = slice.indexOf(0);
    return pythonText(slice.subarray(0, nul === -1 ? slice.length : nul));
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** How long the UTF-8 sequence a lead byte starts can be; 0 where it starts none. */
function sequenceLength(lead) {
    return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}
/**
 * Bytes as tarfile decodes names (UTF-8 with errors="surrogateescape"): each byte outside a valid
 * sequence becomes U+DC80–U+DCFF, so two names that differ only in such bytes stay two names.
 */
function pythonText(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        // Some byte is not UTF-8: decoded sequence by sequence below.
    }
    let out = '';
    for (let i = 0; i < bytes.length;) {
        const n = sequenceLength(bytes[i]);
        if (n > 0 && i + n <= bytes.length) {
            try {
                out += strictUtf8.decode(bytes.subarray(i, i + n));
                i += n;
                continue;
            }
            catch {
                // An invalid sequence: its lead byte is escaped, and the rest looked at again.
            }
        }
        out += String.fromCharCode(0xdc00 + bytes[i]);
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/distributions/python-reads.js

const BUFFER_SIZE = 8192; // io.DEFAULT_BUFFER_SIZE: GzipFile's BufferedReader, and DecompressReader.seek's step
class PythonReads {
    raw;
    /** tarfile's reads, in order; those before `next` are made. */
    ops = [];
    next = 0;
    // BufferedReader: the logical position, and its buffer [bufferStart, bufferEnd) when valid.
    pos = 0;
    bufferStart = 0;
    bufferEnd = 0;
    bufferValid = false;
    /** The raw reader's (_GzipReader's) position: the inflated bytes handed on so far. */
    rawPos = 0;
    /** A read of _GzipReader came back empty: the file has no more. */
    exhausted = false;
    constructor(raw) {
        this.raw = raw;
    }
    /** tarfile's next() for a header at `at`, or (`direct`) the header an extended header's processing reads at once. */
    header(at, direct) {
        this.ops.push({ kind: 'header', at, direct });
    }
    /** A plain read: an extended header's data (padded to whole blocks), a sparse extension block. */
    read(n) {
        this.ops.push({ kind: 'read', n });
    }
    /** The inflated bytes each read of _GzipReader brings, in order, as the reads told so far are made. */
    async *data() {
        while (this.next < this.ops.length) {
            const op = this.ops[this.next++];
            if (op.kind === 'read')
                yield* this.bufferedRead(op.n);
            else {
                // `if self.offset != self.fileobj.tell()`: seek to the byte before the header and read it.
                if (!op.direct && op.at !== this.pos) {
                    yield* this.seek(op.at - 1);
                    yield* this.bufferedRead(1);
                }
                yield* this.bufferedRead(BLOCK);
            }
            if (this.next > 1024) {
                this.ops = this.ops.slice(this.next);
                this.next = 0;
            }
        }
    }
    /** _GzipReader.read(n): its bytes are handed on; how many. */
    async *rawRead(n) {
        const data = await this.raw.read(n);
        if (data.length === 0) {
            this.exhausted = true;
            return 0;
        }
        this.rawPos += data.length;
        yield data;
        return data.length;
    }
    /** BufferedReader.read(n) (_bufferedreader_read_generic when the buffer cannot answer). */
    async *bufferedRead(n) {
        const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
        if (n <= avail) {
            this.pos += n;
            return;
        }
        let remaining = n - avail;
        this.pos += avail;
        this.bufferValid = false;
        for (;;) {
            const r = Math.floor(remaining / BUFFER_SIZE) * BUFFER_SIZE;
            if (r === 0)
                break;
            const got = yield* this.rawRead(r);
            if (got === 0)
                return;
            remaining -= got;
            this.pos += got;
        }
        this.bufferStart = this.rawPos;
        this.bufferEnd = this.rawPos;
        this.bufferValid = true;
        while (remaining > 0 && this.bufferEnd - this.bufferStart < BUFFER_SIZE) {
            const got = yield* this.rawRead(BUFFER_SIZE - (this.bufferEnd - this.bufferStart));
            if (got === 0)
                return;
            this.bufferEnd += got;
            const take = Math.min(remaining, got);
            this.pos += take;
            remaining -= take;
        }
    }
    /** BufferedReader.seek(target): inside the buffer it only moves; otherwise DecompressReader.seek reads up to it. */
    async *seek(target) {
        const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
        if (avail > 0 && target >= this.bufferStart && target <= this.bufferEnd) {
            this.pos = target;
            return;
        }
        // Backwards, DecompressReader would start over from the file's beginning; tarfile only goes forwards.
        if (target < this.rawPos)
            throw new Error(`a seek back to ${target} from ${this.rawPos}`);
        while (this.rawPos < target) {
            if ((yield* this.rawRead(Math.min(BUFFER_SIZE, target - this.rawPos))) === 0)
                break;
        }
        this.pos = this.rawPos;
        this.bufferValid = false;
    }
}

;// CONCATENATED MODULE: ./lib/distributions/tar-scan.js
/**
 * A small streaming reader for .tar.gz sdists: it lists member names the way
 * Python's tarfile does (directory names without their trailing "/", ustar
 * prefixes, pax `path` records and GNU long names applied) and keeps only the
 * few members asked for, each capped. The inflated total is bounded too, since
 * a gzip bomb needs no zip format to work.
 */







const TYPE_NAMES = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a character device', '4': 'a block device', '5': 'a directory', '6': 'a FIFO' };
async function scanTarGz(path, options) {
    // Node's gunzip first: it is fast whatever the number of gzip members, and where it succeeds
    // Python reads the same bytes. It fails the whole stream on bytes after the last member that
    // Python never reads, so then the file is read again as Python reads it (gzip-members.ts), at
    // a cost per member that only a file already refused by gunzip can run up.
    // Node's gunzip also stops quietly at zero bytes after a member, where Python skips them and
    // reads on: a tar that runs out of data before its end-of-archive block is read again too.
    // And gunzip's answer stands only if it inflates the rest of the file without an error: Python
    // inflates a little past the tar's end (see python-reads.ts), and whether it gets as far as an
    // error there is decided by the second reading, which makes Python's reads.
    const quick = { inflateFailed: false, ranOut: false };
    const scan = await walkTar(path, options, gunzipAll(path), quick);
    if (!quick.inflateFailed && !quick.ranOut)
        return scan;
    const gzip = await GzipReader.open(path);
    try {
        const reads = new PythonReads(gzip);
        return await walkTar(path, options, reads.data(), { inflateFailed: false, ranOut: false }, reads);
    }
    finally {
        await gzip.close();
    }
}
/** Every gzip member of the file, inflated by Node's gunzip. */
async function* gunzipAll(path) {
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const source = (0,external_node_fs_.createReadStream)(path);
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    try {
        yield* gunzip;
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
/**
 * Reads the tar from `inflate`. With `reads` (the second, Python-like reading), `inflate` is what
 * tarfile's reads bring, and it tells them each read as soon as it knows it; without, it inflates
 * the rest of the file after the end-of-archive block, and any failure there marks the walk
 * `inflateFailed` for the second reading to judge.
 */
async function walkTar(path, options, inflate, seen, reads) {
    const { limits } = options;
    const maxCaptured = options.maxCaptured ?? 16;
    const compressed = (await (0,promises_.stat)(path)).size;
    const names = [];
    const captured = new Map();
    const oversized = [];
    const sparse = [];
    const skipped = new Map();
    const result = (failure) => ({ names, captured, oversized, sparse, skipped, ...(failure ? { failure } : {}) });
    /** A GNU sparse header's extension blocks still to skip before its data. */
    let sparseExtension = false;
    /** The pax header before this member declared it sparse. */
    let paxSparse = false;
    const header = Buffer.alloc(BLOCK);
    let headerFill = 0;
    let dataLeft = 0; // bytes of the current member's data still to come
    let padLeft = 0; // padding after it, up to the block boundary
    let current;
    let paxPath;
    /** A global ('g') pax header's path, which tarfile gives every member after it that no other header names. */
    let globalPath;
    let longName;
    let paxSize;
    /** A global pax header's size: tarfile takes it for a member only through a member's own pax header (its records start as a copy of the global ones). */
    let globalSize;
    /** A pax header ('x') came since the last member: the member's data ends where that header's size (or the global one) says. */
    let paxSeen = false;
    /** Which of a pax header and a GNU long name came first since the last member: tarfile lets the first one name it. */
    let firstNamer;
    let inflated = 0;
    let headersSeen = 0;
    let ended = false;
    /** Where the end-of-archive block ends in the inflated data. */
    let endAt = 0;
    /**
     * What the last header was when it was a pax or GNU extended header: tarfile reads the header it
     * describes at once, and any header error there (even an end-of-archive block) is its
     * SubsequentHeaderError, a ReadError, where after a plain member it would only stop reading.
     */
    let afterMeta;
    /** A failure in Python's words: ReadError text, then where. */
    const streamFailure = (python, where) => ({ kind: 'corrupt', reason: `${python} (${where})`, stream: true });
    const finishMember = () => {
        if (!current)
            return undefined;
        if (current.special) {
            const data = Buffer.concat(current.special);
            const records = current.type === 'L' || current.type === 'K' ? undefined : paxRecords(data);
            if (records === null) {
                current = undefined;
                return badPaxRecords();
            }
            // tarfile reads a size record as int(), and one it cannot read as 0.
            const size = records?.get('size');
            const sizeRecord = size === undefined ? undefined : Math.max(0, paxNumber(size) ?? 0);
            if (records && current.type === 'g') {
                globalPath = records.get('path') ?? globalPath;
                globalSize = sizeRecord ?? globalSize;
            }
            else if (records) {
                paxSeen = true;
                firstNamer ??= 'pax';
                paxPath = records.get('path') ?? paxPath;
                if ([...records.keys()].some((key) => key.startsWith('GNU.sparse.')))
                    paxSparse = true;
                paxSize = sizeRecord ?? paxSize;
            }
            else if (current.type === 'L') {
                const nul = data.indexOf(0);
                longName = pythonText(nul === -1 ? data : data.subarray(0, nul));
                firstNamer ??= 'long';
            }
        }
        if (current.keep)
            captured.set(current.name, Buffer.concat(current.keep));
        current = undefined;
        return undefined;
    };
    /** Python 3.13's tarfile checks every pax record's framing: a bad one is an invalid header, which stops the reading (or, first, is no tar). */
    const badPaxRecords = () => headersSeen === 1
        ? { kind: 'not-tar', reason: 'the first header is a pax header with a malformed record' }
        : { kind: 'corrupt', reason: `header ${headersSeen} is a pax header with a malformed record (tarfile stops reading there)` };
    const onHeader = () => {
        if (header.every((b) => b === 0)) {
            if (afterMeta)
                return streamFailure('end of file header', `an end-of-archive block right after a ${afterMeta}`);
            ended = true; // end-of-archive marker; what follows is padding
            return undefined;
        }
        const parsed = parseHeader(header);
        if (parsed.invalid) {
            const what = parsed.invalid === 'bad checksum' ? 'has a bad checksum' : 'has a field tarfile cannot read as a number';
            if (headersSeen === 0)
                return { kind: 'not-tar', reason: `the first header block ${what}` };
            if (afterMeta)
                return streamFailure(parsed.invalid, `header ${headersSeen + 1}, right after a ${afterMeta}`);
            return { kind: 'corrupt', reason: `header ${headersSeen + 1} ${what}` };
        }
        headersSeen++;
        const type = parsed.type;
        // 'X' is Solaris's pax extended header, which tarfile reads as 'x'.
        const isMeta = type === 'x' || type === 'X' || type === 'g' || type === 'L' || type === 'K';
        const size = !isMeta && paxSeen ? paxSize ?? globalSize ?? parsed.size : parsed.size;
        if (!isMeta)
            paxSize = undefined;
        afterMeta = isMeta ? (type === 'L' || type === 'K' ? 'GNU long name header' : 'pax header') : undefined;
        // Like tarfile: links, directories and devices carry no data whatever their size field says.
        dataLeft = '123456'.includes(type) || parsed.directory ? 0 : size;
        padLeft = (BLOCK - (dataLeft % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'X' || type === 'g' || type === 'L') {
            current = { name: '', type, keep: undefined, special: size <= limits.maxMemberSize ? [] : undefined };
        }
        else if (type === 'K') {
            current = { name: '', type, keep: undefined, special: undefined };
        }
        else {
            // tarfile names a member by its header, then by the global pax path, then by the headers
            // before it from the nearest to the first: each extended header reads the header after it and
            // renames what that returns. A pax header gives its own path, or the global one its records
            // copied (its trailing "/" always dropped); a GNU long name drops one trailing "/" from a directory's.
            const path = paxPath ?? globalPath;
            const long = longName !== undefined && !(firstNamer === 'pax' && path !== undefined);
            const name = long ? (parsed.directory ? longName.replace(/\/$/, '') : longName) : path !== undefined ? path.replace(/\/+$/, '') : parsed.name;
            longName = undefined;
            paxPath = undefined;
            paxSeen = false;
            firstNamer = undefined;
            names.push(name);
            if (type === 'S' || paxSparse)
                sparse.push(name);
            paxSparse = false;
            let keep;
            const isFile = (type === '0' || type === '7') && !parsed.directory;
            if (options.capture(name)) {
                if (!isFile)
                    skipped.set(name, `it is not a regular file (tar member type ${JSON.stringify(type)}: ${TYPE_NAMES[type] ?? 'unknown'})`);
                else if (captured.size >= maxCaptured)
                    skipped.set(name, `the archive names more than ${maxCaptured} members like it before it`);
                else if (size <= limits.maxMemberSize)
                    keep = [];
                else
                    oversized.push(name);
            }
            current = { name, type, keep, special: undefined };
        }
        if (type === 'S' && header[482] !== 0) {
            // An old GNU sparse header continues in extension blocks before its data.
            sparseExtension = true;
            sparseData = { dataLeft, padLeft };
            dataLeft = 0;
            padLeft = 0;
        }
        if (dataLeft === 0)
            return finishMember();
        return undefined;
    };
    let sparseData = { dataLeft: 0, padLeft: 0 };
    const bomb = () => inflated > limits.ratioCheckMinSize && inflated > compressed * limits.maxCompressionRatio;
    const pull = async () => {
        const next = await inflate.next();
        if (next.done) {
            // The reads told cover every byte the walk needs, unless the file has no more.
            if (reads && !ended && !reads.exhausted)
                throw new Error('the tar reader wants bytes no read of tarfile asked for');
            return undefined;
        }
        inflated += next.value.length;
        return next.value;
    };
    /** Walks on through `chunk`, the next inflated bytes: a failure stops the walk; so does the end-of-archive block (`ended`). */
    const consume = (chunk) => {
        let offset = 0;
        while (offset < chunk.length && !ended) {
            if (dataLeft > 0) {
                const n = Math.min(dataLeft, chunk.length - offset);
                const piece = chunk.subarray(offset, offset + n);
                current?.keep?.push(Buffer.from(piece));
                current?.special?.push(Buffer.from(piece));
                dataLeft -= n;
                offset += n;
                if (dataLeft === 0) {
                    const failure = finishMember();
                    if (failure)
                        return failure;
                }
                continue;
            }
            if (padLeft > 0) {
                const n = Math.min(padLeft, chunk.length - offset);
                padLeft -= n;
                offset += n;
                continue;
            }
            const n = Math.min(BLOCK - headerFill, chunk.length - offset);
            chunk.copy(header, headerFill, offset, offset + n);
            headerFill += n;
            offset += n;
            if (headerFill < BLOCK)
                continue;
            headerFill = 0;
            /** Where the block just read ends in the inflated data. */
            const at = inflated - chunk.length + offset;
            // tarfile's next reads, told before the walk needs their bytes: next() (a seek and a read of
            // 1 byte where the member has data, then the header); an extended header's data, and at once
            // the header it describes; a sparse header's extension blocks, one after another.
            if (sparseExtension) {
                sparseExtension = header[504] !== 0;
                if (sparseExtension)
                    reads?.read(BLOCK);
                else {
                    ({ dataLeft, padLeft } = sparseData);
                    reads?.header(at + dataLeft + padLeft, false);
                }
                continue;
            }
            const failure = onHeader();
            if (failure)
                return failure;
            if (ended)
                endAt = at;
            else if (afterMeta) {
                reads?.read(dataLeft + padLeft);
                reads?.header(at + dataLeft + padLeft, true);
            }
            else if (sparseExtension)
                reads?.read(BLOCK);
            else
                reads?.header(at + dataLeft + padLeft, false);
        }
        return undefined;
    };
    try {
        // tarfile's first next(): the first header, at the start.
        reads?.header(0, false);
        for (let chunk = await pull(); chunk !== undefined; chunk = ended ? undefined : await pull()) {
            if (bomb())
                return result({ kind: 'bomb', inflated, compressed });
            const failure = consume(chunk);
            if (failure)
                return result(failure);
        }
        if (ended && !reads)
            await drain();
        // The reads that brought the end-of-archive block, made to their end (as Python makes them).
        if (ended && reads)
            while (await pull())
                ;
    }
    catch (error) {
        seen.inflateFailed = true;
        const reason = error instanceof Error ? error.message : String(error);
        const before = inflated;
        if (reads && error instanceof ZlibError) {
            // Python's read fails whole, but where what zlib wrote before the error holds the tar's end,
            // the error lies after it: say how far.
            inflated += error.partial.length;
            if (!ended)
                consume(error.partial);
            if (ended)
                return result(streamFailure(reason, `the compressed data breaks off ${inflated - endAt} bytes after the tar's end-of-archive block, within what Python inflates`));
        }
        if ((error instanceof GzipError && error.notGzip) || before === 0)
            return result({ kind: 'not-gzip', reason });
        return result({ kind: 'corrupt', reason, stream: true });
    }
    finally {
        await inflate.return();
    }
    seen.ranOut = !ended;
    return ended ? result() : ranOut();
    /** Node's gunzip on to the end of the file: a failure there (or a bomb, which Python may never read) is for the second reading. */
    async function drain() {
        try {
            while (await pull()) {
                if (bomb()) {
                    seen.inflateFailed = true;
                    return;
                }
            }
        }
        catch {
            seen.inflateFailed = true;
        }
    }
    /**
     * Where the tar data ran out before its end-of-archive block, what tarfile makes of it: a member's
     * data or block padding cut short is "unexpected end of data" (next() seeks to the byte before
     * the next header and finds none); a header cut short or missing only stops the reading, as a
     * damaged one does, unless it is the first or follows an extended header.
     */
    function ranOut() {
        if (dataLeft > 0 || padLeft > 0 || sparseExtension) {
            // An extended header's own data cut short: tarfile reads what there is, then finds no header.
            if (afterMeta) {
                // tarfile parses the records it got before it looks for the header they describe.
                const partial = current?.special && current.type !== 'L' && current.type !== 'K' ? paxRecords(Buffer.concat(current.special)) : undefined;
                if (partial === null)
                    return result(badPaxRecords());
                return result(streamFailure('empty header', `the archive is truncated inside the data of a ${afterMeta}`));
            }
            return result(streamFailure('unexpected end of data', `the archive is truncated inside the data or block padding of ${names.at(-1) ?? 'a member'}`));
        }
        if (headersSeen === 0)
            return result({ kind: 'not-tar', reason: headerFill > 0 ? 'truncated header' : 'no tar header found' });
        if (afterMeta)
            return result(streamFailure(headerFill > 0 ? 'truncated header' : 'empty header', `the archive is truncated right after a ${afterMeta}`));
        if (headerFill > 0)
            return result({ kind: 'corrupt', reason: `header ${headersSeen + 1} is cut short: the archive ends ${headerFill} bytes into it` });
        return result();
    }
}
/**
 * pax extended header records, "<length> <key>=<value>\n", up to a NUL or the end; null where
 * one is malformed, as Python 3.13's tarfile checks them (1 to 20 digits and a space, a length of
 * at least 5 that stays inside the data, a non-empty key, "=", a closing newline).
 */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length && data[offset] !== 0) {
        const prefix = /^([0-9]{1,20}) /.exec(data.toString('latin1', offset, offset + 21));
        if (!prefix)
            return null;
        const length = Number(prefix[1]);
        if (length < 5 || offset + length > data.length || data[offset + length - 1] !== 0x0a)
            return null;
        const record = data.subarray(offset + prefix[0].length, offset + length - 1);
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            return null;
        records.set(record.toString('utf8', 0, eq), pythonText(record.subarray(eq + 1)));
        offset += length;
    }
    return records;
}

;// CONCATENATED MODULE: ./lib/distributions/sdist-archive.js
/**
 * What is inside an sdist: its member names and PKG-INFO, found the way warehouse
 * finds it (`os.path.commonprefix` of every name, then `<prefix>/PKG-INFO`).
 */


/** A PKG-INFO no deeper than `top/PKG-INFO` (or `./top/PKG-INFO`). */
const PKG_INFO_CANDIDATE = /^(\.\/)?[^/]*\/?PKG-INFO$/;
async function readSdistArchive(path, limits = {}) {
    const merged = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
    const problems = [];
    let members;
    let captured;
    /** Why a member asked for was not read (tar only). */
    let skipped = new Map();
    if (path.endsWith('.zip')) {
        const scan = await scanZip(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
        problems.push(...scan.problems);
        if (!scan.readable)
            return { members: [], readable: false, problems };
        members = scan.members.map((m) => m.name);
        captured = scan.captured;
    }
    else {
        const scan = await scanTarGz(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
        members = scan.names;
        captured = scan.captured;
        skipped = scan.skipped;
        const failure = scan.failure;
        if (failure) {
            switch (failure.kind) {
                case 'not-gzip':
                case 'not-tar':
                    problems.push({
                        rule: 'sdist-invalid',
                        message: failure.kind === 'not-gzip' ? `The file is not gzip-compressed (${failure.reason})` : `The file is not a tar archive (${failure.reason})`,
                        fix: 'Build the sdist with python -m build (or setup.py sdist); a .tar.gz sdist is a gzip-compressed tar archive.',
                        pypiMessage: 'Invalid distribution file. File is not a tarfile',
                    });
                    return { members, readable: false, problems };
                case 'corrupt':
                    problems.push({
                        rule: 'sdist-invalid',
                        message: `The ${failure.stream ? 'compressed stream or the tar data' : 'tar archive'} is damaged: ${failure.reason}`,
                        fix: 'The file is corrupt (an interrupted download or copy?); rebuild or download it again.',
                        // Python's tarfile raises on a broken zlib stream or a truncated archive (warehouse #20415);
                        // a damaged header further in only makes it stop reading early.
                        ...(failure.stream ? { pypiMessage: 'Invalid distribution file.' } : {}),
                    });
                    break;
                case 'bomb':
                    problems.push({
                        rule: 'sdist-compression-ratio',
                        message: `The archive inflates to more than ${failure.inflated} bytes from ${failure.compressed} (over ${merged.maxCompressionRatio}x); reading stopped`,
                        fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild the sdist from source.',
                    });
                    return { members, readable: false, problems };
            }
        }
        if (scan.sparse.length > 0) {
            problems.push({
                rule: 'sdist-sparse-member',
                message: `${scan.sparse.length === 1 ? 'A member is' : `${scan.sparse.length} members are`} stored as GNU sparse files: ${scan.sparse.slice(0, 5).join(', ')}`,
                fix: 'Build the sdist with python -m build (it writes plain members); GNU tar --sparse (-S) or a pax archive of sparse files makes sparse members.',
                members: scan.sparse,
                pypiMessage: 'Invalid distribution file. tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information',
            });
        }
        if (scan.oversized.length > 0) {
            problems.push({
                rule: 'zip-member-too-large',
                message: `PKG-INFO is larger than the ${merged.maxMemberSize}-byte limit: ${scan.oversized.join(', ')}`,
                fix: 'PKG-INFO is a small text file; rebuild the sdist and check what the build put into it.',
                members: scan.oversized,
            });
        }
    }
    const topLevel = commonPrefix(members);
    if (topLevel === '' || topLevel === '.' || topLevel === '/') {
        problems.push({
            rule: 'sdist-top-level',
            message: members.length === 0 ? 'The sdist is empty' : 'The sdist does not keep everything under one top-level directory',
            fix: 'Build the sdist with python -m build; every file must be inside {name}-{version}/.',
            pypiMessage: 'Invalid distribution file. Incorrect number of top-level directories in sdist',
        });
        return { members, topLevel, readable: true, problems };
    }
    const pkgInfoPath = topLevel.endsWith('/') ? `${topLevel}PKG-INFO` : `${topLevel}/PKG-INFO`;
    const bytes = captured.get(pkgInfoPath);
    if (bytes === undefined) {
        if (!members.includes(pkgInfoPath)) {
            // A PKG-INFO that is there but not at <prefix>/PKG-INFO: the prefix is not a directory
            // (a lone member is its own common prefix), and "PKG-INFO is missing" would mislead.
            const misplaced = members.find((name) => PKG_INFO_CANDIDATE.test(name));
            problems.push({
                rule: 'sdist-missing-pkg-info',
                message: misplaced === undefined
                    ? `PKG-INFO is missing: there is no ${pkgInfoPath}`
                    : `${misplaced} is not where PyPI looks for PKG-INFO: it takes the common prefix of all member names, ${JSON.stringify(topLevel)}${members.length === 1 ? ' (the only member)' : ''}, as the top-level directory and looks for ${pkgInfoPath}`,
                fix: misplaced === undefined
                    ? 'Build the sdist with python -m build (or setup.py sdist), which writes PKG-INFO; a hand-made archive of the source tree is not an sdist.'
                    : 'Build the sdist with python -m build (or setup.py sdist): it puts the top-level directory entry and the source files beside PKG-INFO, so the common prefix is the directory.',
                pypiMessage: `Invalid distribution file. PKG-INFO not found at ${pkgInfoPath}`,
            });
        }
        else if (!scanOversized(problems, pkgInfoPath)) {
            // Its metadata is what every check below reads: a PKG-INFO that cannot be read is not checked, so it is refused.
            problems.push({
                rule: 'sdist-pkg-info-unreadable',
                message: `${pkgInfoPath} could not be read: ${skipped.get(pkgInfoPath) ?? 'it was not captured'}`,
                fix: 'Build the sdist with python -m build (or setup.py sdist): PKG-INFO is a plain file there, and the only file of that name.',
            });
        }
        return { members, topLevel, pkgInfoPath, readable: true, problems };
    }
    return { members, topLevel, pkgInfoPath, pkgInfo: new TextDecoder('utf-8').decode(bytes), readable: true, problems };
}
/** Whether a problem already says this member is too large to read. */
function scanOversized(problems, name) {
    return problems.some((p) => p.rule === 'zip-member-too-large' && (p.members?.includes(name) ?? false));
}
/**
 * Python's os.path.commonprefix: character by character, not by path segment, and by code point
 * as Python orders and compares str. JavaScript's < compares UTF-16 code units, which puts
 * U+10000 and above before U+E000–U+FFFF and could end a prefix inside a surrogate pair.
 */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let min = names[0];
    let max = names[0];
    for (const name of names) {
        if (compareCodePoints(name, min) < 0)
            min = name;
        if (compareCodePoints(name, max) > 0)
            max = name;
    }
    let i = 0;
    while (i < min.length) {
        const c = min.codePointAt(i);
        if (c !== max.codePointAt(i))
            break;
        i += c > 0xffff ? 2 : 1;
    }
    return min.slice(0, i);
}
/** Python's str comparison: by code point, a lone surrogate being one of them. */
function compareCodePoints(a, b) {
    for (let i = 0; i < a.length && i < b.length;) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x - y;
        i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./lib/distributions/platform-tags.js
/**
 * PyPI's upload allow-list for wheel platform tags (warehouse
 * `warehouse/utils/wheel.py::_parse_platform_tag`). Anything else, notably a plain
 * `linux_x86_64` from a non-manylinux build, is refused with
 * "Binary wheel '…' has an unsupported platform tag '…'.".
 */
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
/** macOS 10 is `macosx_10_{minor}`; from 11 on only `macosx_{major}_0` exists. */
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
const PYEMSCRIPTEN = /^pyemscripten_(\d+)_(\d+)_wasm32$/s;
/** Whether PyPI accepts a wheel with this platform tag. */
function platformTagAllowed(tag) {
    if (STATIC_PLATFORMS.has(tag))
        return true;
    let m = MACOSX.exec(tag);
    if (m) {
        if (!MACOSX_ARCHES.has(m[3]))
            return false;
        return m[1] === '10' || (MACOSX_MAJORS.has(m[1]) && m[2] === '0');
    }
    m = LINUX.exec(tag);
    if (m)
        return (m[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(m[4]);
    m = IOS.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[3]);
    m = ANDROID.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[2]);
    return PYEMSCRIPTEN.test(tag);
}

;// CONCATENATED MODULE: ./lib/log.js
/** A logger that keeps every line, for tests and for reports built afterwards. */
class MemoryLogger {
    lines = [];
    info(message) { this.lines.push({ level: 'info', message }); }
    warning(message) { this.lines.push({ level: 'warning', message }); }
    error(message) { this.lines.push({ level: 'error', message }); }
    debug(message) { this.lines.push({ level: 'debug', message }); }
    text() { return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n'); }
}
/** Discards everything; for callers that do not care. */
const log_silentLogger = {
    info() { },
    warning() { },
    error() { },
    debug() { },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
function environment_pythonEnvironment(base = process.env) {
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






;// CONCATENATED MODULE: ./lib/python/scripts/index.js
/**
 * The Python this project runs inside interpreters (`python -c SCRIPT`),
 * kept as .py files beside this module so that they are Python to read,
 * lint and compile (test/unit/python/scripts.test.ts compiles each under 2.7
 * and 3.x).
 *
 * Each file is read through a literal `new URL('./x.py', import.meta.url)`:
 * from src/ under jest, from lib/ after tsc (scripts/build.mjs copies the .py
 * files there), and in a bundle from the copy ncc puts beside index.js (ncc
 * recognises only this literal form, so a name built at run time would break
 * the bundles).
 */

const read = (url) => (0,external_node_fs_.readFileSync)(url, 'utf8');
const SOURCES = {
    copy_distributions: () => read(__webpack_require__.ab + "copy_distributions.py"),
    inspect_installed: () => read(__webpack_require__.ab + "inspect_installed.py"),
    interpreter_facts: () => read(__webpack_require__.ab + "interpreter_facts.py"),
    pip_from_wheel: () => read(__webpack_require__.ab + "pip_from_wheel.py"),
    pip_runner: () => read(__webpack_require__.ab + "pip_runner.py"),
    probe: () => read(__webpack_require__.ab + "probe.py"),
    render_description: () => read(__webpack_require__.ab + "render_description.py"),
    sitecustomize: () => read(__webpack_require__.ab + "sitecustomize.py"),
};
const SCRIPT_NAMES = Object.keys(SOURCES);
const cache = new Map();
/** The text of src/python/scripts/<name>.py. */
function scripts_pythonScript(name) {
    let text = cache.get(name);
    if (text === undefined) {
        text = SOURCES[name]();
        cache.set(name, text);
    }
    return text;
}
/** `name` with `prologue` put after its leading comment lines (the first names the script in logs). */
function withPrologue(name, prologue) {
    const lines = scripts_pythonScript(name).split('\n');
    const at = lines.findIndex((l) => !l.startsWith('#'));
    return [...lines.slice(0, at), scripts_pythonScript(prologue).trimEnd(), ...lines.slice(at)].join('\n');
}
/**
 * A template's text with each `NAME = None` line given a value. JSON strings
 * and lists are Python literals too; a name the template lacks is a bug here,
 * so it throws.
 */
function fillTemplate(name, values) {
    let text = scripts_pythonScript(name);
    for (const [key, value] of Object.entries(values)) {
        const line = `\n${key} = None\n`;
        if (text.split(line).length !== 2)
            throw new Error(`${name}.py has no single "${key} = None" line to fill in.`);
        text = text.replace(line, () => `\n${key} = ${JSON.stringify(value)}\n`); // a function: "$&" in a path stays as it is
    }
    return text;
}
/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
function scripts_markedJson(stdout, marker) {
    const lines = stdout.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].startsWith(marker)) {
            try {
                return JSON.parse(lines[i].slice(marker.length));
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/python/render-description.js
/** The glue to scripts/render_description.py: one run of it over a batch of descriptions. */



const MARK = '__PYRELEASE_RENDER__';
/** render_description.py's source. */
function renderScript() {
    return pythonScript('render_description');
}
/**
 * Runs the script on `python` in isolated mode (-I: no PYTHON* variables, no
 * user site, nothing from the working directory), `path` first on sys.path.
 */
async function render_description_runRenderScript(python, texts, opts = {}) {
    const args = ['-I', '-c', renderScript(), ...(opts.path !== undefined ? ['--path', opts.path] : [])];
    (opts.log ?? silentLogger).debug(`$ ${formatCommand(python, args)}`);
    let r;
    try {
        r = await runProcess(python, args, { input: JSON.stringify(texts), timeoutMs: opts.timeoutMs ?? 120_000, env: pythonEnvironment() });
    }
    catch (error) {
        if (error instanceof ProcessStartError)
            return { kind: 'failed', error: error.message };
        throw error;
    }
    const out = markedJson(r.stdout, MARK);
    if (out?.missing)
        return { kind: 'missing', error: out.error ?? `no ${out.missing}` };
    if (r.timedOut) {
        return { kind: 'failed', error: `rendering did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped (docutils takes that long only on a very long or intricate text)` };
    }
    if (r.code !== 0 || !out?.results || out.results.length !== texts.length) {
        return { kind: 'failed', error: `exit ${r.code}: ${tail(r.stderr || r.stdout, 5)}` };
    }
    return { kind: 'rendered', renderer: out.renderer ?? {}, results: out.results };
}

;// CONCATENATED MODULE: ./lib/python/rst-renderer.js
/**
 * Where reStructuredText gets rendered: a Python 3 on the machine whose own
 * docutils (or readme_renderer) can be imported, or else docutils installed
 * with pip into a private directory (pinned, `--target`, `python -I`) and put
 * first on sys.path of that one run. Nothing is installed into an interpreter
 * or an environment. Decided once per process, with a small probe text, so
 * that a description that takes docutils too long is a verdict on that text,
 * not a reason to try every interpreter; when no way works, every call says
 * why, so the caller can warn about each description it could not check.
 */







/** The docutils PyPI's readme_renderer runs on (readme_renderer 44 needs >= 0.21.2); pure Python, Python 3.9+. */
const DOCUTILS_PIN = 'docutils==0.22.4';
/** What a candidate must render to be chosen: docutils imports and works. */
const PROBE = (/* unused pure expression or super */ null && (['Probe\n=====\n\nA *probe* of the renderer.\n']));
const PROBE_TIMEOUT_MS = 60_000;
function createRstRenderer(opts = {}) {
    const log = opts.log ?? silentLogger;
    let choosing;
    return {
        async render(texts) {
            choosing ??= choose(opts, log);
            const choice = await choosing;
            if ('reason' in choice)
                return { available: false, reason: choice.reason };
            if (texts.length === 0)
                return { available: true, renderer: choice.renderer, results: [] };
            const r = await runRenderScript(choice.python, texts, { path: choice.path, log, ...(opts.renderTimeoutMs ? { timeoutMs: opts.renderTimeoutMs } : {}) });
            if (r.kind !== 'rendered')
                return { available: false, reason: `${choice.renderer} failed: ${r.error}` };
            return { available: true, renderer: choice.renderer, results: r.results };
        },
    };
}
let shared;
/** The process's renderer: the choice (and any install) happens once, on first use. */
function rst_renderer_defaultRstRenderer() {
    shared ??= createRstRenderer();
    return shared;
}
async function choose(opts, log) {
    const candidates = opts.candidates ?? defaultCandidates();
    const none = (reason) => ({ reason });
    if (candidates.length === 0)
        return none('there is no python3 or python on PATH');
    const tried = [];
    const describe = (python, info, path) => `${python} (Python ${info.python}, ${info.readme_renderer ? `readme_renderer ${info.readme_renderer}, ` : ''}docutils ${info.docutils}${path ? ` from ${path}` : ''})`;
    const installDir = join(opts.installRoot ?? process.env.RUNNER_TOOL_CACHE ?? tmpdir(), 'pyrelease', DOCUTILS_PIN.replace('==', '-'));
    const installed = existsSync(join(installDir, '.complete'));
    for (const python of candidates) {
        for (const path of installed ? [undefined, installDir] : [undefined]) {
            const probe = await runRenderScript(python, PROBE, { path, log, timeoutMs: PROBE_TIMEOUT_MS });
            if (probe.kind === 'rendered') {
                const renderer = describe(python, probe.renderer, path);
                log.debug(`Descriptions are rendered with ${renderer}`);
                return { python, ...(path ? { path } : {}), renderer };
            }
            tried.push(`${python}${path ? ` with ${path}` : ''}: ${probe.error}`);
        }
    }
    if (opts.install === false)
        return none(`no interpreter could import docutils (${tried.join('; ')})`);
    for (const python of candidates) {
        const failure = await installDocutils(python, installDir, log);
        if (failure) {
            tried.push(`pip install ${DOCUTILS_PIN} with ${python}: ${failure}`);
            continue;
        }
        const probe = await runRenderScript(python, PROBE, { path: installDir, log, timeoutMs: PROBE_TIMEOUT_MS });
        if (probe.kind === 'rendered') {
            const renderer = describe(python, probe.renderer, installDir);
            log.info(`Installed ${DOCUTILS_PIN} into ${installDir} to render descriptions as PyPI does`);
            return { python, path: installDir, renderer };
        }
        tried.push(`${python} with ${installDir}: ${probe.error}`);
    }
    return none(`no Python 3 here can import docutils, and installing ${DOCUTILS_PIN} failed (${tried.join('; ')})`);
}
/**
 * `python -I -m pip install --target` into a fresh directory, moved into place
 * once complete, so a half-done install is never used. The runner's own pip
 * configuration (index, mirror, certificates) applies: that is where it installs from.
 */
async function installDocutils(python, installDir, log) {
    const staging = `${installDir}.partial-${process.pid}-${Date.now()}`;
    const args = ['-I', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary', ':all:', '--no-compile', '--target', staging, DOCUTILS_PIN];
    log.debug(`$ ${formatCommand(python, args)}`);
    const env = pythonEnvironment();
    delete env.PIP_CONFIG_FILE;
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && /^PIP_(INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT|PROXY|TIMEOUT|DEFAULT_TIMEOUT|RETRIES)$/.test(key))
            env[key] = value;
    }
    try {
        await mkdir(join(installDir, '..'), { recursive: true });
        const r = await runProcess(python, args, { env, timeoutMs: 300_000 });
        if (r.code !== 0)
            return `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${tail(r.stderr || r.stdout, 3)}`;
        await writeFile(join(staging, '.complete'), `${DOCUTILS_PIN}\n`);
        await rm(installDir, { recursive: true, force: true });
        await rename(staging, installDir);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    finally {
        await rm(staging, { recursive: true, force: true });
    }
}
/** python3 and python as PATH finds them, then the system's /usr/bin/python3. */
function defaultCandidates() {
    const names = process.platform === 'win32' ? ['python.exe', 'python3.exe'] : ['python3', 'python'];
    const found = [];
    for (const name of names) {
        for (const dir of (process.env.PATH ?? '').split(delimiter)) {
            if (!dir)
                continue;
            const candidate = join(dir, name);
            if (isFile(candidate)) {
                found.push(candidate);
                break;
            }
        }
    }
    if (process.platform !== 'win32' && isFile('/usr/bin/python3'))
        found.push('/usr/bin/python3');
    return [...new Set(found)];
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./lib/distributions/classifiers.js
/**
 * The classifier refusals that hold for good. warehouse refuses any classifier
 * not in trove-classifiers' current list, and one that list has deprecated. The
 * list grows every few months (new Python versions, licenses, frameworks), so a
 * copy here would refuse tomorrow's valid classifiers: the preflight refuses only
 * what can never become valid.
 * - "Private ::" classifiers, which trove-classifiers reserves so that a project
 *   marked with one can never be uploaded by mistake.
 * - Deprecated classifiers, since a deprecation is never undone. These are the
 *   ones trove-classifiers 2023.4.18 deprecates, with their replacements.
 */

const DEPRECATED = new Map([
    ['Natural Language :: Ukranian', ['Natural Language :: Ukrainian']],
    ['Topic :: Communications :: Chat :: AOL Instant Messenger', []],
]);
/** warehouse's refusal of a classifier, in its words; undefined for one this module cannot judge. */
function classifierRefusal(classifier) {
    // trove-classifiers keeps no "Private" classifier, so warehouse finds it missing from the list.
    if (/^Private\s*::/.test(classifier))
        return `${python_repr_pythonRepr(classifier)} is not a valid classifier.`;
    const replacements = DEPRECATED.get(classifier);
    if (replacements === undefined)
        return undefined;
    return replacements.length > 0
        ? `The classifier ${python_repr_pythonRepr(classifier)} has been deprecated, use one of [${replacements.map(python_repr_pythonRepr).join(', ')}] instead.`
        : `The classifier ${python_repr_pythonRepr(classifier)} has been deprecated.`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./lib/distributions/metadata-url.js
/**
 * Whether warehouse takes a Home-page, Download-URL or Project-URL value:
 * its `http.is_valid_uri(url, require_authority=False)`, which normalizes the
 * value with rfc3986 and then requires an http or https scheme, no '[' or ']'
 * in the path or query, and a port of at most 65535. The rest of rfc3986's
 * checks cannot fail there: normalizing percent-encodes every other character
 * of the path and query that its patterns refuse, and an authority rfc3986
 * cannot split is dropped before the host is looked at. The verdicts are
 * compared with rfc3986 itself in test/unit/distributions/metadata-url.test.ts.
 */

// rfc3986's URL_PARSING_RE (anchored at the start only, as re.match is), with its stricter scheme.
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;
const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMITERS = "!$&'()*+,;=";
const PCT_ENCODED = '%[A-Fa-f0-9]{2}';
const REG_NAME = `(?:${PCT_ENCODED}|[${SUB_DELIMITERS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
// An IP literal is taken loosely here: a bracketed host never decides a verdict except through
// its port, and a literal rfc3986 would not parse drops the port with it (see ipLiteralParses).
const IP_LITERAL = '\\[[^\\[\\]]*\\]';
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMITERS}:]|${PCT_ENCODED})+`;
// rfc3986's SUBAUTHORITY_MATCHER: note the optional colon before the port.
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);
const IPV_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMITERS}:]+$`);
function ipLiteralParses(host) {
    const inner = host.slice(1, -1);
    if (IPV_FUTURE.test(inner))
        return true;
    // rfc3986 takes an RFC 4007 or RFC 6874 zone after the address, from the first '%' on.
    const cut = inner.indexOf('%');
    const address = cut === -1 ? inner : inner.slice(0, cut);
    const zone = cut === -1 ? '' : inner.slice(cut);
    return (zone === '' || /^(?:%25|%)(?:[A-Za-z0-9._~-]|%[A-Fa-f0-9]{2})+$/.test(zone)) && (0,external_node_net_.isIPv6)(address);
}
/** warehouse's verdict on a URL field of the metadata (see the module comment). */
function isValidMetadataUrl(url) {
    const [, scheme, authority, path = '', query = ''] = URI.exec(url) ?? [];
    if (scheme === undefined || !['http', 'https'].includes(scheme.toLowerCase()))
        return false;
    // Normalizing leaves '[' and ']' as they are, and rfc3986's path and query patterns refuse them.
    if (/[[\]]/.test(path) || /[[\]]/.test(query))
        return false;
    if (authority === undefined)
        return true;
    const parts = SUBAUTHORITY.exec(authority);
    if (!parts)
        return true;
    const [, , host = '', port] = parts;
    if (host.startsWith('[') && !ipLiteralParses(host))
        return true;
    return port === undefined || Number(port) <= 65535;
}

;// CONCATENATED MODULE: ./lib/distributions/requirement.js
/**
 * Whether a dependency specifier (PEP 508, a Requires-Dist value) parses as
 * `packaging.requirements.Requirement` parses it, which warehouse runs on every
 * upload. A port of packaging's tokenizer and recursive-descent parser
 * (`packaging/_tokenizer.py`, `_parser.py`, 22 and later): the same tokens,
 * tried at the same positions, in the same order, so that a value is refused
 * here exactly when PyPI would refuse it. test/unit/distributions/requirement
 * checks it against packaging itself.
 */
const SPECIFIER_SOURCE = String.raw `(?:===\s*[^\s;)]*)|(?:(?:==|!=)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:\.\*|(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)|(?:(?:<=|>=|<|>)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)`;
/** packaging's DEFAULT_RULES, as sticky expressions matched at a position. */
const RULES = {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
    OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
    BOOLOP: /\b(?:or|and)\b/y,
    IN: /\bin\b/y,
    NOT: /\bnot\b/y,
    VARIABLE: /\b(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b/y,
    SPECIFIER: new RegExp(SPECIFIER_SOURCE, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: /\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b/y,
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y,
    END: /$/y,
};
class SyntaxFailure extends Error {
}
class Tokenizer {
    source;
    position = 0;
    constructor(source) {
        this.source = source;
    }
    /** The text of `rule` at the position, or undefined. */
    match(rule) {
        const re = RULES[rule];
        re.lastIndex = this.position;
        return re.exec(this.source)?.[0];
    }
    check(rule) {
        return this.match(rule) !== undefined;
    }
    /** Reads `rule` when it is next. */
    consume(rule) {
        const text = this.match(rule);
        if (text === undefined)
            return false;
        this.position += text.length;
        return true;
    }
    expect(rule, expected) {
        const text = this.match(rule);
        if (text === undefined)
            throw new SyntaxFailure(`Expected ${expected} at position ${this.position}`);
        this.position += text.length;
        return text;
    }
    fail(message) {
        throw new SyntaxFailure(`${message} at position ${this.position}`);
    }
    /** `open` body `close`, or the body alone when `open` is not next. */
    enclosed(open, close, around, body) {
        const opened = this.consume(open);
        body();
        if (opened && !this.consume(close))
            this.fail(`Expected matching ${close} for ${open}, after ${around}`);
    }
}
function extras(t) {
    if (!t.check('LEFT_BRACKET'))
        return;
    t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
        t.consume('WS');
        if (t.consume('IDENTIFIER')) {
            for (;;) {
                t.consume('WS');
                if (t.check('IDENTIFIER'))
                    t.fail('Expected comma between extra names');
                if (!t.consume('COMMA'))
                    break;
                t.consume('WS');
                t.expect('IDENTIFIER', 'extra name after comma');
            }
        }
        t.consume('WS');
    });
}
/** Whether any specifier was read. */
function versionMany(t) {
    let any = false;
    for (;;) {
        if (!t.consume('SPECIFIER'))
            break;
        any = true;
        if (t.check('VERSION_PREFIX_TRAIL'))
            t.fail('.* suffix can only be used with `==` or `!=` operators');
        if (t.check('VERSION_LOCAL_LABEL_TRAIL'))
            t.fail('Local version label can only be used with `==` or `!=` operators');
        t.consume('WS');
        if (!t.consume('COMMA'))
            break;
        t.consume('WS');
    }
    return any;
}
function markerVar(t) {
    if (t.consume('VARIABLE'))
        return;
    if (t.consume('QUOTED_STRING'))
        return;
    t.fail('Expected a marker variable or quoted string');
}
function markerOp(t) {
    if (t.consume('IN'))
        return;
    if (t.consume('NOT')) {
        t.expect('WS', "whitespace after 'not'");
        t.expect('IN', "'in' after 'not'");
        return;
    }
    if (t.consume('OP'))
        return;
    t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}
function markerAtom(t) {
    t.consume('WS');
    if (t.check('LEFT_PARENTHESIS')) {
        t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
            t.consume('WS');
            marker(t);
            t.consume('WS');
        });
    }
    else {
        t.consume('WS');
        markerVar(t);
        t.consume('WS');
        markerOp(t);
        t.consume('WS');
        markerVar(t);
        t.consume('WS');
    }
    t.consume('WS');
}
function marker(t) {
    markerAtom(t);
    while (t.consume('BOOLOP'))
        markerAtom(t);
}
function requirementMarker(t, expected) {
    if (!t.consume('SEMICOLON'))
        t.fail(`Expected ${expected} or end`);
    marker(t);
    t.consume('WS');
}
/**
 * `problem`: why `text` is not a dependency specifier packaging accepts (absent when it is one);
 * `direct`: it is a direct reference (`name @ url`), which PyPI refuses as a dependency.
 */
function checkRequirement(text) {
    const t = new Tokenizer(text);
    let url = false;
    try {
        t.consume('WS');
        t.expect('IDENTIFIER', 'package name at the start of dependency specifier');
        t.consume('WS');
        extras(t);
        t.consume('WS');
        if (t.consume('AT')) {
            url = true;
            t.consume('WS');
            t.expect('URL', 'URL after @');
            if (!t.check('END')) {
                t.expect('WS', 'whitespace after URL');
                if (!t.check('END'))
                    requirementMarker(t, 'semicolon (after URL and whitespace)');
            }
        }
        else {
            let specifier = false;
            t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
                t.consume('WS');
                specifier = versionMany(t);
                t.consume('WS');
            });
            t.consume('WS');
            if (!t.check('END')) {
                requirementMarker(t, specifier ? 'comma (within version specifier), semicolon (after version specifier)' : 'semicolon (after name with no version specifier)');
            }
        }
        t.expect('END', 'end of dependency specifier');
        return { direct: url };
    }
    catch (err) {
        if (err instanceof SyntaxFailure)
            return { problem: err.message };
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(75204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(53988);
;// CONCATENATED MODULE: ./lib/distributions/spdx.js
/**
 * PEP 639 `License-Expression`, checked and normalized the way
 * `packaging.licenses.canonicalize_license_expression` does it (warehouse
 * refuses what it refuses): identifiers and operators case-insensitive,
 * `LicenseRef-…` allowed, a trailing `+`, `WITH` an exception. The SPDX lists
 * come from spdx-license-ids and spdx-exceptions.
 */




const LICENSE_IDS = [...spdx_license_ids, ...deprecated];
/**
 * Exceptions on SPDX's list (and packaging's) that spdx-exceptions 2.5.0, the
 * newest release, does not carry yet: refusing them would refuse what PyPI takes.
 */
const NEWER_EXCEPTIONS = [
    'Asterisk-linking-protocols-exception', 'CGAL-linking-exception', 'Digia-Qt-LGPL-exception-1.1',
    'GPL-3.0-389-ds-base-exception', 'Independent-modules-exception', 'Nokia-Qt-exception-1.1', 'PCRE2-exception',
    'RRDtool-FLOSS-exception-2.0', 'erlang-otp-linking-exception', 'harbour-exception', 'mxml-exception',
    'polyparse-exception', 'romic-exception',
];
const EXCEPTION_IDS = [...spdx_exceptions, ...NEWER_EXCEPTIONS];
const LICENSES = new Map(LICENSE_IDS.map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Map(EXCEPTION_IDS.map((id) => [id.toLowerCase(), id]));
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
/** packaging's canonicalize_license_expression: the normal form, or why it is refused (its words). */
function canonicalizeLicenseExpression(raw) {
    const invalid = { ok: false, reason: `Invalid license expression: ${python_repr_pythonRepr(raw)}` };
    if (!raw)
        return invalid;
    const padded = raw.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ');
    // Python's str.split(): runs of whitespace.
    const original = padded.split(/\s+/).filter((t) => t !== '');
    const refs = new Map(original.filter((t) => t.toLowerCase().startsWith('licenseref-')).map((t) => [t.toLowerCase(), `LicenseRef-${t.slice('LicenseRef-'.length)}`]));
    const tokens = original.map((t) => t.toLowerCase());
    // packaging checks the grammar by turning the expression into Python booleans; this is that grammar.
    const shape = [];
    for (const token of tokens) {
        if (!OPERATORS.has(token))
            shape.push('x');
        else if (token === 'with')
            shape.push('or');
        else if ((token === '(' && shape.length > 0 && !['or', 'and', '('].includes(shape[shape.length - 1]))
            || (token === ')' && shape.length > 0 && shape[shape.length - 1] === '('))
            return invalid;
        else
            shape.push(token);
    }
    if (!parses(shape))
        return invalid;
    const normalized = [];
    for (const token of tokens) {
        if (OPERATORS.has(token)) {
            normalized.push(token.toUpperCase());
            continue;
        }
        if (normalized[normalized.length - 1] === 'WITH') {
            const exception = EXCEPTIONS.get(token);
            if (!exception)
                return { ok: false, reason: `Unknown license exception: ${python_repr_pythonRepr(token)}` };
            normalized.push(exception);
            continue;
        }
        const plus = token.endsWith('+') ? '+' : '';
        const id = plus ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
            if (!/^[A-Za-z0-9.-]*$/.test(id))
                return { ok: false, reason: `Invalid licenseref: ${python_repr_pythonRepr(id)}` };
            normalized.push(refs.get(id) + plus);
        }
        else {
            const license = LICENSES.get(id);
            if (!license)
                return { ok: false, reason: `Unknown license: ${python_repr_pythonRepr(id)}` };
            normalized.push(license + plus);
        }
    }
    return { ok: true, normalized: normalized.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')') };
}
/** expr := term (("or" | "and") term)*, term := x | "(" expr ")": what compile() accepts of these tokens. */
function parses(tokens) {
    let i = 0;
    const term = () => {
        if (tokens[i] === 'x') {
            i++;
            return true;
        }
        if (tokens[i] === '(') {
            i++;
            if (!expr() || tokens[i] !== ')')
                return false;
            i++;
            return true;
        }
        return false;
    };
    const expr = () => {
        if (!term())
            return false;
        while (tokens[i] === 'or' || tokens[i] === 'and') {
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    return expr() && i === tokens.length;
}

;// CONCATENATED MODULE: ./lib/distributions/metadata-rules.js
/**
 * The core-metadata fields PyPI validates beyond name and version, with the
 * texts of `packaging.metadata` (which warehouse runs on every upload):
 * Description-Content-Type (type, charset, Markdown variant), Metadata 2.4's
 * License-Expression (SPDX) and License-File (relative paths that exist in the
 * archive), Metadata 2.5's Import-Name / Import-Namespace, Requires-Dist
 * (PEP 508, requirement.ts), Requires-Python (a PEP 440 specifier set) and
 * Metadata 2.2's Dynamic; and what warehouse adds on top (forklift/metadata.py):
 * summary length, project URLs, URLs that are http(s), Provides-Dist and
 * Obsoletes-Dist, direct references, and the classifiers it can never take.
 */







const CORE_METADATA_SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';
/** How warehouse words an InvalidMetadata error from packaging. */
function metadataRefusal(message) {
    return `${message}${message.endsWith('.') ? '' : '.'} ${CORE_METADATA_SPEC}`;
}
const VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
/** packaging's `_EMAIL_TO_RAW_MAPPING`: the fields a Dynamic value may name. */
const FIELDS = new Set([
    'author', 'author-email', 'classifier', 'description', 'description-content-type', 'download-url', 'dynamic', 'home-page', 'import-name',
    'import-namespace', 'keywords', 'license', 'license-expression', 'license-file', 'maintainer', 'maintainer-email', 'metadata-version', 'name',
    'obsoletes', 'obsoletes-dist', 'platform', 'project-url', 'provides', 'provides-dist', 'provides-extra', 'requires', 'requires-dist',
    'requires-external', 'requires-python', 'summary', 'supported-platform', 'version',
]);
const REBUILD = 'Rebuild with a current build backend';
/** packaging's fixed order would be a set's; this one is stable. */
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];
function checkMetadataFields(meta, metadataFile, licenseFiles) {
    const found = [];
    const refuse = (rule, packagingMessage, why, fix) => {
        found.push({ rule, message: `${metadataFile}: ${why}`, fix, pypiMessage: metadataRefusal(packagingMessage) });
    };
    const age = VERSIONS.indexOf(meta.metadataVersion);
    // Fields newer than the declared Metadata-Version: packaging refuses them (License-File is not
    // checked so: twine leaves it out below 2.4, as older setuptools wrote it with 2.1).
    for (const [field, added] of [['Dynamic', '2.2'], ['License-Expression', '2.4'], ['Import-Name', '2.5'], ['Import-Namespace', '2.5']]) {
        if (age !== -1 && headerValues(meta.headers, field).length > 0 && VERSIONS.indexOf(added) > age) {
            refuse('metadata-field-too-new', `${field.toLowerCase()} introduced in metadata version ${added}, not ${meta.metadataVersion}`, `${field} is a Metadata ${added} field, but the file says Metadata-Version ${meta.metadataVersion}`, `${REBUILD} (one that writes ${field} also writes Metadata-Version ${added} or later).`);
        }
    }
    const contentType = metadata_headerValue(meta.headers, 'Description-Content-Type');
    if (contentType !== undefined) {
        const problem = metadata_rules_descriptionContentTypeProblem(contentType);
        if (problem) {
            refuse('description-content-type', problem, `Description-Content-Type ${python_repr_pythonRepr(contentType)} is not one PyPI accepts (${problem})`, 'Set long_description_content_type / readme content-type to text/markdown, text/x-rst or text/plain (with charset=UTF-8 if any, and variant=GFM or CommonMark for Markdown).');
        }
    }
    const expressions = headerValues(meta.headers, 'License-Expression');
    for (const expression of expressions) {
        const result = canonicalizeLicenseExpression(expression);
        if (!result.ok) {
            refuse('license-expression', `${python_repr_pythonRepr(expression)} is invalid for 'license-expression'`, `License-Expression ${python_repr_pythonRepr(expression)} is not a valid SPDX expression: ${result.reason}`, 'Use SPDX identifiers (https://spdx.org/licenses/) joined by AND, OR and WITH, e.g. "MIT" or "Apache-2.0 OR MIT"; for a license without an identifier use LicenseRef-<name>.');
        }
    }
    if (expressions.length > 0 && headerValues(meta.headers, 'License').length > 0) {
        refuse('license-and-expression', 'License is deprecated when License-Expression is present. Only License-Expression should be present.', 'it has both License and License-Expression; PEP 639 allows only one', 'Drop the license text (project.license as a table, or setup(license=…)) and keep the SPDX expression alone.');
    }
    if (age >= VERSIONS.indexOf('2.4')) {
        for (const path of headerValues(meta.headers, 'License-File')) {
            const bad = licensePathProblem(path);
            if (bad) {
                refuse('license-file', `${python_repr_pythonRepr(path)} is invalid for 'license-file', ${bad}`, `License-File ${python_repr_pythonRepr(path)}: ${bad}`, 'List license files by their path relative to the project root, with "/" and without "..".');
            }
            else if (licenseFiles && !licenseFiles.members.includes(`${licenseFiles.root}/${path}`)) {
                const at = `${licenseFiles.root}/${path}`;
                found.push({
                    rule: 'license-file-missing',
                    message: `${metadataFile} names License-File ${path}, but the archive has no ${at}`,
                    fix: `${REBUILD}: the license files must be packed where METADATA says (a wheel keeps them under .dist-info/licenses/).`,
                    pypiMessage: `License-File ${path} does not exist in distribution file ${licenseFiles.filename} at ${at}`,
                });
            }
        }
    }
    for (const value of headerValues(meta.headers, 'Dynamic')) {
        const field = value.toLowerCase();
        const bad = ['name', 'version', 'metadata-version'].includes(field) ? 'is not allowed as a dynamic field' : FIELDS.has(field) ? undefined : 'is not a valid dynamic field';
        // packaging takes "Dynamic: Dynamic"; warehouse's own list of dynamic fields does not.
        const refusal = bad ? `${python_repr_pythonRepr(field)} ${bad}` : field === 'dynamic' ? `Dynamic field ${python_repr_pythonRepr(field)} is not a valid dynamic field.` : undefined;
        if (refusal) {
            refuse('dynamic', refusal, `Dynamic ${python_repr_pythonRepr(value)} ${bad ?? 'is not a valid dynamic field'}`, `${REBUILD}: Dynamic names fields a build may still fill in, never Name, Version, Metadata-Version or Dynamic, and only fields core metadata has.`);
        }
    }
    const requiresPython = metadata_headerValue(meta.headers, 'Requires-Python');
    if (requiresPython !== undefined && !pep440.validRange(requiresPython)) {
        refuse('requires-python', `${python_repr_pythonRepr(requiresPython)} is invalid for 'requires-python'`, `Requires-Python ${python_repr_pythonRepr(requiresPython)} is not a PEP 440 version specifier`, 'Write requires-python as comma-separated specifiers, e.g. ">=3.9" or ">=3.9,<4".');
    }
    for (const requirement of headerValues(meta.headers, 'Requires-Dist')) {
        const checked = checkRequirement(requirement);
        if ('problem' in checked) {
            refuse('requires-dist', `${python_repr_pythonRepr(requirement)} is invalid for 'requires-dist'`, `Requires-Dist ${python_repr_pythonRepr(requirement)} is not a PEP 508 dependency specifier (${checked.problem})`, 'Write each dependency as name[extras] specifiers ; marker, e.g. "numpy>=1.20; python_version >= \'3.9\'".');
        }
        else if (checked.direct) {
            // warehouse's own rule (forklift/metadata.py), on top of packaging's.
            refuse('direct-dependency', `Can't have direct dependency: ${requirement}`, `Requires-Dist ${python_repr_pythonRepr(requirement)} is a direct reference (name @ URL), which PyPI refuses`, 'Depend on a released version from the index instead (name>=version), and publish the dependency there first.');
        }
    }
    // warehouse's length and shape limits (forklift/metadata.py, _validate_metadata).
    const summary = metadata_headerValue(meta.headers, 'Summary');
    if (summary !== undefined && summary.length > 512) {
        refuse('summary-length', "'summary' field must be 512 characters or less.", `Summary is ${summary.length} characters long; PyPI takes at most 512`, 'Shorten the description in one line (project.description, setup(description=…)); the long text belongs in the readme.');
    }
    const labels = new Set();
    for (const pair of headerValues(meta.headers, 'Project-URL')) {
        const comma = pair.indexOf(',');
        const label = (comma === -1 ? pair : pair.slice(0, comma)).trim();
        const url = comma === -1 ? '' : pair.slice(comma + 1).trim();
        const fix = 'Give each project URL a label of at most 32 characters and a URL: "Documentation, https://…" (project.urls).';
        if (labels.has(label)) {
            refuse('project-url', "unrecognized or malformed field 'project-url'", `Project-URL label ${python_repr_pythonRepr(label)} is given twice`, fix);
        }
        else if (label === '') {
            refuse('project-url', 'Must have a label', `Project-URL ${python_repr_pythonRepr(pair)} has no label`, fix);
        }
        else if (label.length > 32) {
            refuse('project-url', `${python_repr_pythonRepr(label)} must be 32 characters or less.`, `Project-URL label ${python_repr_pythonRepr(label)} is ${label.length} characters long; PyPI takes at most 32`, fix);
        }
        else if (url === '') {
            refuse('project-url', 'Must have a URL', `Project-URL ${python_repr_pythonRepr(label)} has no URL`, fix);
        }
        else if (!isValidMetadataUrl(url)) {
            refuse('project-url', `${python_repr_pythonRepr(url)} is not a valid url`, `Project-URL ${python_repr_pythonRepr(label)} is ${python_repr_pythonRepr(url)}, not an http(s) URL`, fix);
        }
        labels.add(label);
    }
    for (const field of ['Home-page', 'Download-URL']) {
        for (const url of headerValues(meta.headers, field)) {
            if (isValidMetadataUrl(url))
                continue;
            refuse('url', `${python_repr_pythonRepr(url)} is not a valid url.`, `${field} ${python_repr_pythonRepr(url)} is not an http(s) URL`, `Give a full http:// or https:// URL (project.urls, setup(url=…)), or leave the field out; "UNKNOWN" and bare host names are refused.`);
        }
    }
    // packaging leaves these two unparsed; warehouse parses them as it does Requires-Dist.
    for (const field of ['Provides-Dist', 'Obsoletes-Dist']) {
        for (const requirement of headerValues(meta.headers, field)) {
            const checked = checkRequirement(requirement);
            if (!('problem' in checked) && !checked.direct)
                continue;
            const why = 'problem' in checked ? `is invalid: ${checked.problem}` : 'is a direct reference (name @ URL), which PyPI refuses';
            // packaging's message puts the position on lines of its own, which warehouse's answer keeps; ours says it inline.
            refuse(field.toLowerCase(), 'problem' in checked ? `${python_repr_pythonRepr(requirement)} is invalid: ${checked.problem.replace(/ at position \d+$/, '')}` : `Can't have direct dependency: ${python_repr_pythonRepr(requirement)}`, `${field} ${python_repr_pythonRepr(requirement)} ${why}`, `Write ${field} as a PEP 508 name with optional version specifiers, e.g. "otherproject (>=1.0)", or leave it out.`);
        }
    }
    for (const classifier of new Set(headerValues(meta.headers, 'Classifier'))) {
        const refusal = classifierRefusal(classifier);
        if (refusal) {
            refuse('classifier', refusal, refusal.replace(/\.$/, ''), 'Remove the classifier (a "Private ::" one exists to stop an upload to PyPI), or use the replacement trove-classifiers names (https://pypi.org/classifiers/).');
        }
    }
    for (const field of ['Import-Name', 'Import-Namespace']) {
        for (const value of headerValues(meta.headers, field)) {
            const bad = importNameProblem(value, field.toLowerCase());
            if (bad)
                refuse('import-name', bad, `${field} ${python_repr_pythonRepr(value)}: ${bad}`, `Write ${field} as a dotted Python import path, optionally followed by "; private".`);
        }
    }
    return found;
}
/** packaging's `_process_description_content_type`, its words; undefined when accepted. */
function metadata_rules_descriptionContentTypeProblem(value) {
    const field = "'description-content-type'";
    const [main, ...rest] = value.split(';');
    const type = main.trim().toLowerCase();
    const token = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;
    // email parses what it can; an unparsable type becomes text/plain, which must then appear in the value.
    const parsed = token.test(type) ? type : 'text/plain';
    if (!CONTENT_TYPES.includes(parsed) || !value.toLowerCase().includes(parsed)) {
        return `${field} must be one of [${CONTENT_TYPES.map((t) => python_repr_pythonRepr(t)).join(', ')}], not ${python_repr_pythonRepr(value)}`;
    }
    const params = new Map();
    for (const part of rest) {
        const eq = part.indexOf('=');
        if (eq === -1)
            continue;
        params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/s, '$1'));
    }
    const charset = params.get('charset') ?? 'UTF-8';
    if (charset !== 'UTF-8')
        return `${field} can only specify the UTF-8 charset, not ${python_repr_pythonRepr(charset)}`;
    const variant = params.get('variant') ?? 'GFM';
    if (parsed === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
        return `valid Markdown variants for ${field} are [${MARKDOWN_VARIANTS.map((v) => python_repr_pythonRepr(v)).join(', ')}], not ${python_repr_pythonRepr(variant)}`;
    }
    return undefined;
}
function licensePathProblem(path) {
    if (path.includes('..'))
        return 'parent directory indicators are not allowed';
    if (path.includes('*'))
        return 'paths must be resolved';
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return 'paths must be relative';
    if (path.includes('\\'))
        return "paths must use '/' delimiter";
    return undefined;
}
/** Python's keywords: not identifiers an import path may use. */
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
function importNameProblem(value, field) {
    const semicolon = value.indexOf(';');
    const name = (semicolon === -1 ? value : value.slice(0, semicolon)).trimEnd();
    for (const identifier of name.split('.')) {
        if (!IDENTIFIER.test(identifier))
            return `${python_repr_pythonRepr(name)} is invalid for '${field}'; ${python_repr_pythonRepr(identifier)} is not a valid identifier`;
        if (KEYWORDS.has(identifier))
            return `${python_repr_pythonRepr(name)} is invalid for '${field}'; ${python_repr_pythonRepr(identifier)} is a keyword`;
    }
    if (semicolon !== -1 && value.slice(semicolon + 1).trimStart() !== 'private') {
        return `${python_repr_pythonRepr(value)} is invalid for '${field}'; the only valid option is 'private'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/distributions/description.js
/**
 * The long description as PyPI renders it on upload (warehouse hands it to
 * readme_renderer and answers 400 when nothing comes back): by its
 * Description-Content-Type, reStructuredText by default. Markdown and plain
 * text render whatever they hold (Markdown that is only whitespace excepted);
 * reStructuredText is rendered by docutils in Python (src/python/rst-renderer.ts),
 * once per distinct text however many files carry it.
 */


/** warehouse's choice of renderer: none or empty → reStructuredText; an unknown type → plain text. */
function descriptionFormat(contentType) {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (type === '' || type === 'text/x-rst')
        return 'rst';
    if (type === 'text/markdown')
        return 'markdown';
    return 'plain';
}
/** warehouse's 400 for a description readme_renderer could not render. */
function description_renderRefusal(contentType) {
    const message = contentType
        ? `The description failed to render for '${contentType}'.`
        : 'The description failed to render in the default format of reStructuredText.';
    return `${message} See https://pypi.org/help/#description-content-type for more information.`;
}
/** What of a file's metadata PyPI renders, or undefined when it renders nothing (no description, or a content type it refuses first). */
function description_descriptionToRender(meta) {
    const text = meta.description;
    // warehouse renders only a description that is there (`if meta.description:`).
    if (text === undefined || text === '')
        return undefined;
    const contentType = headerValue(meta.headers, 'Description-Content-Type')?.trim();
    if (contentType !== undefined && descriptionContentTypeProblem(contentType) !== undefined)
        return undefined;
    return { text, ...(contentType ? { contentType } : {}), format: descriptionFormat(contentType) };
}
/**
 * Verdicts for many descriptions at once: each distinct reStructuredText is
 * rendered once, all in one run of the renderer.
 */
class description_DescriptionChecks {
    renderer;
    remember;
    pending = new Map();
    batch = [];
    scheduled = false;
    /** `remember`: verdicts kept for texts asked again (a long-running index bounds it). */
    constructor(renderer, remember = Infinity) {
        this.renderer = renderer;
        this.remember = remember;
    }
    verdict(text, format) {
        if (format === 'plain')
            return Promise.resolve({ kind: 'ok' });
        if (format === 'markdown') {
            // cmark turns blank input into nothing, and readme_renderer answers None for nothing.
            return Promise.resolve(text.trim() === '' ? { kind: 'refused', format, messages: 'The Markdown renders to nothing.' } : { kind: 'ok' });
        }
        let verdict = this.pending.get(text);
        if (!verdict) {
            verdict = new Promise((settle) => this.batch.push({ text, settle }));
            if (this.pending.size >= this.remember)
                this.pending.delete(this.pending.keys().next().value);
            this.pending.set(text, verdict);
            // Texts asked for in the same turn go to the renderer together.
            if (!this.scheduled) {
                this.scheduled = true;
                queueMicrotask(() => void this.flush());
            }
        }
        return verdict;
    }
    async flush() {
        const batch = this.batch;
        this.batch = [];
        this.scheduled = false;
        let answer;
        try {
            answer = await this.renderer.render(batch.map((b) => b.text));
        }
        catch (error) {
            answer = { available: false, reason: error instanceof Error ? error.message : String(error) };
        }
        batch.forEach((item, i) => {
            if (!answer.available)
                item.settle({ kind: 'unchecked', reason: answer.reason });
            else if (answer.results[i].ok)
                item.settle({ kind: 'ok' });
            else
                item.settle({ kind: 'refused', format: 'rst', messages: answer.results[i].messages, renderer: answer.renderer });
        });
    }
}

;// CONCATENATED MODULE: ./lib/distributions/entry-points.js
/**
 * `entry_points.txt` as the entry points specification defines it and
 * warehouse checks it on upload (#20081): an INI file of groups, each line
 * `name = module:object [extras]`; in `console_scripts` and `gui_scripts` the
 * name becomes a file installers write, so only a bare name is accepted.
 */
/** The specification's object reference: `importable.module` or `importable.module:object.attr`, optional extras. */
const OBJECT_REFERENCE = /^[\p{L}\p{N}_.]+\s*(?::\s*[\p{L}\p{N}_.]+\s*)?(?:\[.*\]\s*)?$/u;
/** The pattern the specification recommends for names; for scripts, the only one accepted. */
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);
/** What is wrong with the file, one line each; empty when it is valid. */
function entryPointErrors(text) {
    const errors = [];
    const groups = new Set();
    let group;
    let names = new Set();
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((raw, index) => {
        const where = `line ${index + 1}`;
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            return;
        const section = /^\[(.*)\]$/.exec(line);
        if (section) {
            group = section[1].trim();
            if (group === '')
                errors.push(`${where}: an empty group name`);
            else if (groups.has(group))
                errors.push(`${where}: the group [${group}] appears twice`);
            groups.add(group);
            names = new Set();
            return;
        }
        if (group === undefined) {
            errors.push(`${where}: ${JSON.stringify(line)} comes before any [group]`);
            return;
        }
        const eq = line.indexOf('=');
        if (eq === -1) {
            errors.push(`${where}: ${JSON.stringify(line)} is not "name = object reference"`);
            return;
        }
        const name = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (name === '' || name.startsWith('['))
            errors.push(`${where}: an entry point needs a name`);
        else if (names.has(name))
            errors.push(`${where}: ${name} is defined twice in [${group}]`);
        names.add(name);
        if (!OBJECT_REFERENCE.test(value))
            errors.push(`${where}: ${JSON.stringify(value)} is not an object reference (module or module:attribute)`);
        if (SCRIPT_GROUPS.has(group) && name !== '' && !SCRIPT_NAME.test(name)) {
            errors.push(`${where}: the script name ${JSON.stringify(name)} in [${group}] is not a bare name (letters, digits, "_", "." and "-")`);
        }
    });
    return errors;
}

;// CONCATENATED MODULE: ./lib/distributions/preflight.js
/**
 * Preflight: everything PyPI (and pip) would refuse about a set of distribution
 * files, found locally and all at once, before anything is uploaded. Each problem
 * names the file, says what is wrong and what to do, and, where warehouse has one,
 * carries the exact 400 text PyPI would answer.
 */



















const DEFAULT_MAX_FILE_SIZE = 100 * MiB;
const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const preflight_REBUILD = 'Rebuild it with a standard tool (python -m build, pip wheel, cibuildwheel)';
/**
 * Per-file rules: never throws for a bad file; every finding is a Problem. A
 * wheel is read once: the file's digests and every member's come from the same pass.
 */
async function inspectDistribution(path, opts = {}) {
    const filename = (0,external_node_path_.basename)(path);
    const info = { path, filename, size: 0, sha256: '', blake2b256: '', problems: [] };
    const add = (rule, message, fix, pypiMessage) => {
        info.problems.push({ file: filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    const warnings = [];
    info.warnings = warnings;
    const warn = (rule, message, fix) => {
        warnings.push({ file: filename, rule, message, fix });
    };
    const addArchive = (problem) => add(problem.rule, problem.message, problem.fix, problem.pypiMessage);
    const isWheel = filename.endsWith('.whl');
    let wheelArchive;
    try {
        const stats = await (0,promises_.stat)(path);
        if (!stats.isFile()) {
            add('file-unreadable', `${path} is not a regular file`, 'Pass the distribution files themselves (or the directory that holds them), not other paths.');
            return info;
        }
        if (stats.size > (opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
            // The index refuses it unread: reading it here (a million members, say) would only cost memory.
            info.size = stats.size;
            try {
                info.parsed = parseDistributionFilename(filename);
            }
            catch {
                // the filename is judged once the size is right
            }
            checkSize(info, opts, add);
            return info;
        }
        let digests = opts.digests;
        if (isWheel) {
            wheelArchive = await readWheelArchive(path, { ...opts.limits, verifyMembers: opts.verifyMembers ?? true, fileDigests: digests === undefined, blake2b: opts.blake2b ?? true });
            digests ??= wheelArchive.digests;
        }
        // Not a zip (or not a wheel): the digests take a read of their own.
        digests ??= await (0,hashing.hash)(path, (opts.blake2b ?? true) ? ['sha256', 'blake2b256'] : ['sha256']);
        info.size = digests.size;
        info.sha256 = digests.sha256;
        info.blake2b256 = digests.blake2b256 ?? '';
    }
    catch (error) {
        add('file-unreadable', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file exists and is readable by this job.');
        return info;
    }
    // warehouse `_validate_filename`
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        add('filename-characters', `The filename ${python_repr_pythonRepr(filename)} contains control characters`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (filename.includes('\\')) {
        add('filename-characters', `The filename ${python_repr_pythonRepr(filename)} contains a backslash`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', "Cannot upload a file with '/' or '\\' in the name.");
    }
    const isTarGz = filename.endsWith('.tar.gz');
    const isZip = filename.endsWith('.zip');
    if (!isWheel && !isTarGz && !isZip) {
        const caseOnly = /\.(tar\.gz|zip|whl)$/i.test(filename);
        add('filename-extension', caseOnly ? `The extension of ${filename} is not lower-case` : `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz)`, caseOnly ? 'Rename the file with a lower-case extension (.whl, .tar.gz).' : 'Publish only wheels and .tar.gz sdists; eggs, .exe, .tar.bz2 and others are no longer accepted.', caseOnly ? undefined : `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527}`);
        checkSize(info, opts, add);
        return info;
    }
    try {
        info.parsed = parseDistributionFilename(filename);
    }
    catch (error) {
        if (!(error instanceof FilenameError))
            throw error;
        if (isWheel) {
            add('wheel-filename', error.packagingMessage, `${preflight_REBUILD} and keep the name it gives: {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl (PEP 427).`, error.packagingMessage);
        }
        else {
            add('sdist-filename', error.packagingMessage, `${preflight_REBUILD} so the sdist is named {normalized_name}-{version}.tar.gz (PEP 625).`, `Invalid source distribution filename: ${filename}`);
        }
    }
    let metadataFile = isWheel ? 'METADATA' : 'PKG-INFO';
    let metadataText;
    /** Where License-File entries must be found. */
    let licenseFiles;
    /** METADATA, WHEEL or RECORD not where PyPI looks: a consequence of a renamed wheel, or a problem of its own. */
    const missingDistInfo = [];
    if (wheelArchive) {
        const archive = wheelArchive;
        archive.problems.forEach(addArchive);
        const expected = archive.expectedDistInfoDir;
        if (archive.readable && archive.distInfoDirs.length > 0 && expected !== undefined) {
            const has = (file) => archive.members.includes(`${expected}/${file}`);
            const add = (rule, message, fix, pypiMessage) => {
                missingDistInfo.push({ file: filename, rule, message, fix, pypiMessage });
            };
            if (!has('WHEEL')) {
                add('wheel-missing-wheel-file', `There is no ${expected}/WHEEL (the wheel has ${archive.distInfoDirs.join(', ')})`, `${preflight_REBUILD}; the .dist-info directory must be named after the filename's name and version.`, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL`);
            }
            if (!has('RECORD')) {
                add('wheel-missing-record', `There is no ${expected}/RECORD`, `${preflight_REBUILD}; RECORD lists every file with its hash and installers need it.`, `Wheel '${filename}' does not contain the required RECORD file: ${expected}/RECORD`);
            }
            if (!has('METADATA')) {
                add('wheel-missing-metadata', `There is no ${expected}/METADATA`, `${preflight_REBUILD}; METADATA holds the project's name, version and dependencies.`, `Wheel '${filename}' does not contain the required METADATA file: ${expected}/METADATA`);
            }
        }
        metadataText = archive.metadata;
        if (archive.distInfoDir)
            metadataFile = `${archive.distInfoDir}/METADATA`;
        if (archive.wheel !== undefined) {
            info.wheelFile = parseWheelFile(archive.wheel);
            const wheelVersion = (info.wheelFile['Wheel-Version'] ?? [])[0];
            if (wheelVersion === undefined) {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL has no Wheel-Version`, `${preflight_REBUILD}; WHEEL must start with "Wheel-Version: 1.0".`);
            }
            else if (wheelVersion.split('.')[0] !== '1') {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL says Wheel-Version ${wheelVersion}; installers support only major version 1`, `${preflight_REBUILD} with a wheel format installers understand (Wheel-Version 1.x).`);
            }
        }
        const licenseDir = archive.expectedDistInfoDir ?? archive.distInfoDir;
        if (archive.readable && licenseDir !== undefined)
            licenseFiles = { members: archive.members, root: `${licenseDir}/licenses`, filename };
        if (archive.entryPoints !== undefined) {
            const errors = entryPointErrors(archive.entryPoints);
            if (errors.length > 0) {
                add('wheel-entry-points', `${archive.distInfoDir}/entry_points.txt is not valid: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`, 'Fix the entry points in the project configuration ([project.scripts], [project.gui-scripts], [project.entry-points] or setup(entry_points=…)): each is name = module:attribute, and a script name is a bare name.', `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`);
            }
        }
        if (archive.record !== undefined && archive.distInfoDir !== undefined) {
            for (const finding of verifyRecord(archive.record, archive.entries, archive.distInfoDir)) {
                add(finding.rule, finding.message, `${preflight_REBUILD} and do not modify the wheel afterwards (to rename or retag a wheel use "wheel tags", which rewrites RECORD).`);
            }
        }
    }
    else {
        const archive = await readSdistArchive(path, opts.limits ?? {});
        archive.problems.forEach(addArchive);
        metadataText = archive.pkgInfo;
        if (archive.pkgInfoPath)
            metadataFile = archive.pkgInfoPath;
        if (archive.readable && archive.topLevel)
            licenseFiles = { members: archive.members, root: archive.topLevel.replace(/\/+$/, ''), filename };
    }
    if (metadataText !== undefined) {
        try {
            info.metadata = parseCoreMetadata(metadataText);
        }
        catch (error) {
            if (!(error instanceof MetadataError))
                throw error;
            add('metadata-invalid', `${metadataFile}: ${error.message}`, `${preflight_REBUILD} with a current build backend.`);
        }
    }
    checkMetadata(info, metadataFile, add, warn);
    if (info.metadata) {
        for (const finding of checkMetadataFields(info.metadata, metadataFile, licenseFiles))
            add(finding.rule, finding.message, finding.fix, finding.pypiMessage);
    }
    // The root cause first: a filename that disagrees with METADATA explains the rest.
    const identity = checkFilenameAgainstMetadata(info, metadataFile);
    const mismatch = identity.find((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
    if (mismatch && missingDistInfo.length > 0 && wheelArchive?.distInfoDir !== undefined) {
        // PyPI stops at the first missing file; that is its answer to the renamed wheel.
        mismatch.consequences = missingDistInfo.map((p) => p.message);
        mismatch.pypiMessage = missingDistInfo[0].pypiMessage;
        missingDistInfo.length = 0;
    }
    const causes = identity.filter((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
    info.problems.unshift(...causes);
    info.problems.push(...missingDistInfo, ...identity.filter((p) => !causes.includes(p)));
    if (info.parsed?.kind === 'wheel') {
        for (const tag of info.parsed.platformTags) {
            if (platformTagAllowed(tag))
                continue;
            add('wheel-platform-tag', `PyPI does not accept the platform tag ${tag}`, tag.startsWith('linux_')
                ? 'Repair the wheel with auditwheel ("auditwheel repair") to get a manylinux/musllinux tag, or build it with cibuildwheel; a plain linux_* wheel only runs where it was built.'
                : 'Build the wheel for a platform PyPI accepts (manylinux_X_Y / musllinux_X_Y, macosx_10_N or macosx_{11..15,26}_0, win32/win_amd64/win_arm64, ios, android, pyemscripten).', `Binary wheel '${filename}' has an unsupported platform tag '${tag}'.`);
        }
        // warehouse stores METADATA beside the file as "<filename>.metadata"; the OS caps names at 255 bytes.
        if (Buffer.byteLength(filename) + '.metadata'.length > 255) {
            add('filename-too-long', `The filename is ${Buffer.byteLength(filename)} bytes long; PyPI cannot store it`, 'Shorten the filename: fewer compressed tags or a shorter build tag.', `Filename is too long: '${filename}'`);
        }
    }
    checkSize(info, opts, add);
    // Every check of the name and version reads the metadata: a file whose metadata was not read
    // must not pass for want of a problem (an archive reader that skipped it without saying why).
    if (!info.metadata && info.problems.length === 0) {
        add('metadata-unreadable', `${metadataFile} was not read, so nothing in it could be checked`, `${preflight_REBUILD}, and check that the file is a complete ${info.parsed?.kind === 'sdist' ? 'sdist' : 'wheel'}.`);
    }
    return info;
}
function checkSize(info, opts, add) {
    const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (info.size <= limit)
        return;
    const project = info.metadata?.name ?? info.parsed?.name ?? info.filename;
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${python_repr_pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add, warn) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && localVersionLabel(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', metadataRefusal(`${python_repr_pythonRepr(meta.metadataVersion)} is not a valid metadata version`));
    }
    if (!(0,distributions_names/* isValidProjectName */.FE)(meta.name)) {
        add('metadata-name-invalid', `${metadataFile} has Name ${python_repr_pythonRepr(meta.name)}, which is not a valid project name`, "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
    }
    if (!versions_isValidVersion(meta.version)) {
        add('version-invalid', `${metadataFile} has Version ${python_repr_pythonRepr(meta.version)}, which is not a PEP 440 version`, 'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
    }
    else if (localVersionLabel(meta.version) !== undefined) {
        addLocalVersion(meta.version, add);
    }
    else if (normalizeVersion(meta.version) !== meta.version) {
        const normalized = normalizeVersion(meta.version);
        warn('version-not-normalized', `${metadataFile} has Version ${meta.version}, which is not in PEP 440 normal form; PyPI, pip and every index show it as ${normalized}`, `Write the version as ${normalized} in the project configuration (and in the release tag), so what you tag, what you build and what PyPI shows are spelled the same.`);
    }
}
function addLocalVersion(version, add) {
    const normalized = normalizeVersion(version);
    add('local-version', `The version ${normalized} has a local part (+${localVersionLabel(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', metadataRefusal(`The use of local versions in '${normalized}' is not allowed.`));
}
/** Where the filename and METADATA disagree about the project, its version or their spelling. */
function checkFilenameAgainstMetadata(info, metadataFile) {
    const found = [];
    const add = (rule, message, fix, pypiMessage) => {
        found.push({ file: info.filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    const parsed = info.parsed;
    if (!parsed)
        return found;
    const filename = info.filename;
    const meta = info.metadata;
    const metaVersion = meta ? normalizeVersion(meta.version) : undefined;
    // The project identity to hold the filename to: METADATA when readable, else the filename itself.
    const projectName = meta && (0,distributions_names/* isValidProjectName */.FE)(meta.name) ? meta.name : undefined;
    const escaped = (0,distributions_names/* filenameEscapedName */.Wx)(projectName ?? parsed.name);
    const namesAgree = projectName === undefined || (0,distributions_names/* normalizeName */.Pc)(projectName) === parsed.normalizedName;
    const versionsAgree = metaVersion === undefined || versionsEqual(metaVersion, parsed.version);
    const expectedSdist = `${escaped}-${metaVersion ?? parsed.normalizedVersion}.tar.gz`;
    if (!namesAgree) {
        add('name-mismatch', `The filename names the project ${python_repr_pythonRepr(parsed.name)} but ${metadataFile} says Name: ${projectName}`, `Rebuild so the two agree; do not rename distribution files. The filename must start with ${python_repr_pythonRepr(escaped)}.`, `Start filename for ${python_repr_pythonRepr(projectName)} with ${python_repr_pythonRepr(escaped)}.`);
    }
    else if (parsed.kind === 'wheel' && parsed.name !== escaped) {
        add('wheel-name-not-normalized', `The wheel filename starts with ${python_repr_pythonRepr(parsed.name)}, not the normalized name ${python_repr_pythonRepr(escaped)}`, `Rebuild with a current build backend (older setuptools/wheel kept capitals and dots), or rename the file to start with ${escaped} if nothing else changes.`, `Filename ${python_repr_pythonRepr(filename)} should contain the normalized project name ${python_repr_pythonRepr(escaped)}, not ${python_repr_pythonRepr(parsed.name)}.`);
    }
    if (!versionsAgree) {
        add('version-mismatch', `The filename has version ${parsed.version} but ${metadataFile} says Version: ${meta.version}`, 'Rebuild so the two agree; do not rename distribution files (a stale build in dist/ often causes this: rm -rf dist and build again).', parsed.kind === 'wheel'
            ? `Version in filename should be ${python_repr_pythonRepr(metaVersion)} not ${python_repr_pythonRepr(parsed.normalizedVersion)}.`
            : `Filename ${python_repr_pythonRepr(filename)} is invalid, should be ${python_repr_pythonRepr(expectedSdist)}.`);
    }
    if (parsed.kind === 'sdist') {
        if (parsed.extension === '.zip') {
            add('sdist-zip', 'PyPI no longer accepts .zip sdists (PEP 625/527: an sdist is a .tar.gz)', 'Build the sdist as .tar.gz (python -m build --sdist) and publish that instead.', `Filename ${python_repr_pythonRepr(filename)} is invalid, should be ${python_repr_pythonRepr(expectedSdist)}.`);
        }
        else if (namesAgree && versionsAgree && filename !== expectedSdist) {
            add('sdist-filename-not-normalized', `The sdist is named ${filename}; PEP 625 requires ${expectedSdist}`, 'Rebuild with a current build backend (setuptools >= 69.3, hatchling, flit, …), which names sdists by PEP 625.', `Filename ${python_repr_pythonRepr(filename)} is invalid, should be ${python_repr_pythonRepr(expectedSdist)}.`);
        }
    }
    return found;
}
/** Rules about the set of files taken together. */
function checkDistributionSet(files, opts = {}) {
    const problems = [];
    const add = (file, rule, message, fix, pypiMessage) => {
        problems.push({ file, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    if (opts.expectedVersion !== undefined && !versions_isValidVersion(opts.expectedVersion)) {
        throw new errors/* UserError */.y(`The expected version ${python_repr_pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
    }
    if (files.length === 0) {
        add('(none)', 'set-empty', 'No distribution files were given', 'Point at the files the build produced (e.g. dist/*.whl and dist/*.tar.gz); check that the build or download step ran.');
        return problems;
    }
    for (const group of groupBy(files, (f) => f.filename).values()) {
        for (const extra of group.slice(1)) {
            const same = extra.sha256 !== '' && extra.sha256 === group[0].sha256;
            add(extra.filename, 'set-duplicate-filename', `${extra.filename} is given twice (${group[0].path} and ${extra.path})${same ? ', with the same content' : ', with different content'}`, same ? 'Pass each file once.' : 'Two different files cannot share a name on an index; keep the one you mean to release and delete the other.');
        }
    }
    const byFilename = new Map(files.map((f) => [f.filename, f]));
    const unique = [...byFilename.values()];
    // By sha256, which every inspection computes; PyPI keys on BLAKE2b-256, quoted when it is known.
    for (const group of groupBy(unique.filter((f) => f.sha256 !== ''), (f) => f.sha256).values()) {
        for (const extra of group.slice(1)) {
            add(extra.filename, 'set-duplicate-content', `${extra.filename} has exactly the same bytes as ${group[0].filename}`, 'PyPI refuses a second file with identical content under another name; publish it under one name only.', extra.blake2b256 === '' ? undefined
                : `File already exists (${python_repr_pythonRepr(extra.filename)}, with blake2_256 hash ${python_repr_pythonRepr(extra.blake2b256)}). See https://pypi.org/help/#file-name-reuse for more information.`);
        }
    }
    const projectOf = (f) => (f.metadata && (0,distributions_names/* isValidProjectName */.FE)(f.metadata.name) ? (0,distributions_names/* normalizeName */.Pc)(f.metadata.name) : f.parsed?.normalizedName ?? '');
    const versionOf = (f) => f.metadata && versions_isValidVersion(f.metadata.version) ? f.metadata.version : f.parsed?.version;
    const versioned = unique.filter((f) => versionOf(f) !== undefined);
    if (opts.expectedVersion !== undefined) {
        const expected = normalizeVersion(opts.expectedVersion);
        for (const f of versioned) {
            if (!versionsEqual(versionOf(f), expected)) {
                add(f.filename, 'set-expected-version', `${f.filename} is version ${normalizeVersion(versionOf(f)) ?? versionOf(f)}, not the expected ${expected}`, `Release only files built for ${expected}: clear out stale files (rm -rf dist) and rebuild, or correct the expected version.`);
            }
        }
    }
    else {
        // One version per project: pip's and setuptools' wheels checked together are two releases, not a mixed one.
        for (const sameProject of groupBy(versioned, projectOf).values()) {
            const groups = groupByVersion(sameProject, versionOf);
            if (groups.length < 2)
                continue;
            const majority = groups.reduce((best, g) => (g.files.length > best.files.length ? g : best));
            for (const g of groups) {
                if (g === majority)
                    continue;
                for (const f of g.files) {
                    add(f.filename, 'set-mixed-versions', `${f.filename} is version ${g.version} while ${majority.files.length} other file${majority.files.length === 1 ? '' : 's'} of ${projectOf(f) || 'the project'} ${majority.files.length === 1 ? 'is' : 'are'} version ${majority.version}`, 'A release has one version: clear out stale files (rm -rf dist) and rebuild, or publish the versions separately.');
                }
            }
        }
    }
    const sdists = unique.filter((f) => f.parsed?.kind === 'sdist' || (!f.parsed && /\.(tar\.gz|zip)$/.test(f.filename)));
    for (const sameProject of groupBy(sdists, projectOf).values()) {
        for (const release of groupByVersion(sameProject, (f) => versionOf(f) ?? '')) {
            if (release.files.length < 2)
                continue;
            // The .tar.gz is the one to keep; any .zip (or the later one by name) is the extra.
            const ordered = [...release.files].sort((a, b) => Number(a.filename.endsWith('.zip')) - Number(b.filename.endsWith('.zip')) || (a.filename < b.filename ? -1 : 1));
            for (const extra of ordered.slice(1)) {
                add(extra.filename, 'set-multiple-sdists', `${extra.filename} is a second sdist for the same release as ${ordered[0].filename}`, 'Keep one sdist per release (the .tar.gz); remove the other from the files to publish.', 'Only one sdist may be uploaded per release.');
            }
        }
    }
    return problems;
}
/** Inspects every file and checks the set; reports every problem found, never just the first. */
async function preflight(paths, opts = {}) {
    if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
        throw new UserError(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
    }
    const files = new Array(paths.length);
    const descriptions = opts.descriptions === false ? undefined : new DescriptionChecks(opts.descriptions ?? defaultRstRenderer());
    const rendered = [];
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            files[index] = await inspectDistribution(paths[index], opts);
            // Not awaited here: Python renders while the next files are read.
            if (descriptions)
                rendered.push(checkDescription(files[index], descriptions));
        }
    };
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? 4, paths.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    await Promise.all(rendered);
    const problems = [...files.flatMap((f) => f.problems), ...checkDistributionSet(files, opts)];
    return { files, problems, warnings: files.flatMap((f) => f.warnings ?? []) };
}
const FORMAT_NAMES = { rst: 'reStructuredText', markdown: 'Markdown', plain: 'plain text' };
/** Renders the file's long description as PyPI will, and records what that finds on the file. */
async function checkDescription(info, checks) {
    const description = info.metadata ? descriptionToRender(info.metadata) : undefined;
    if (!description)
        return;
    const file = info.filename;
    const warnings = (info.warnings ??= []);
    if (description.contentType === undefined) {
        warnings.push({
            file, rule: 'description-content-type-missing',
            message: 'There is no Description-Content-Type, so PyPI renders the long description as reStructuredText (twine check: "`long_description_content_type` missing. defaulting to `text/x-rst`.")',
            fix: 'Declare the README\'s format: readme = "README.md" in [project] does it, or long_description_content_type="text/markdown" (or "text/x-rst") in setup().',
        });
    }
    const verdict = await checks.verdict(description.text, description.format);
    const name = FORMAT_NAMES[description.format];
    if (verdict.kind === 'refused') {
        const details = verdict.messages.split('\n').filter((line) => line.trim() !== '').slice(0, 4).join(' | ');
        info.problems.push({
            file, rule: 'description-render',
            message: `The long description does not render as ${name}, so PyPI refuses the upload: ${details}${verdict.renderer ? ` (rendered with ${verdict.renderer})` : ''}`,
            fix: description.contentType === undefined
                ? 'Fix the markup at the lines shown (twine check shows them too), or, if the README is Markdown, declare it: long_description_content_type="text/markdown" / readme = "README.md".'
                : 'Fix the markup at the lines shown (twine check shows them too), or declare the format the README is really written in.',
            pypiMessage: renderRefusal(description.contentType),
        });
    }
    else if (verdict.kind === 'unchecked') {
        warnings.push({
            file, rule: 'description-not-rendered',
            message: `The long description (${name}) of ${file} was NOT checked: ${verdict.reason}. PyPI renders it on upload and refuses the file if it has markup errors.`,
            fix: 'Make docutils importable by python3 (pip install docutils, or apt-get install python3-docutils), or let this job reach PyPI so docutils can be installed privately; or run twine check on the files.',
        });
    }
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
function groupByVersion(items, versionOf) {
    const groups = [];
    for (const item of items) {
        const version = versionOf(item);
        const group = groups.find((g) => versionsEqual(g.version, version));
        if (group)
            group.files.push(item);
        else
            groups.push({ version: normalizeVersion(version) ?? version, files: [item] });
    }
    return groups;
}

// EXTERNAL MODULE: ./lib/files/atomic-write.js
var atomic_write = __webpack_require__(2848);
// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(66246);
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
    if (!isObject(data))
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
    const text = `${JSON.stringify((0,secrets/* scrubSecretsDeep */.tZ)(canonical(m)), null, 2)}\n`;
    await (0,atomic_write/* writeFileAtomically */.lo)(path, text);
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
const HEX64 = /^[0-9a-fA-F]{64}$/;
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
        if (!isObject(entry))
            return fail(`${at} must be an object`);
        if (typeof entry.filename !== 'string' || entry.filename === '' || /[/\\]/.test(entry.filename)) {
            fail(`${at}.filename must be a file name (no directories)`);
        }
        if (seen.has(entry.filename))
            fail(`${entry.filename} is listed twice`);
        seen.add(entry.filename);
        if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0)
            fail(`${at}.size must be a whole number of bytes`);
        if (typeof entry.sha256 !== 'string' || !HEX64.test(entry.sha256))
            fail(`${at}.sha256 must be 64 hex digits`);
        if (entry.blake2b256 !== undefined && (typeof entry.blake2b256 !== 'string' || !HEX64.test(entry.blake2b256)))
            fail(`${at}.blake2b256 must be 64 hex digits`);
        for (const key of ['source', 'sourceEtag', 'url']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'string')
                fail(`${at}.${key} must be a string`);
        }
        const att = entry.attestation;
        if (att !== undefined && (!isObject(att) || typeof att.filename !== 'string' || /[/\\]/.test(att.filename) || typeof att.sha256 !== 'string' || !HEX64.test(att.sha256))) {
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/distributions/report.js
// Filenames are never wrapped: a person copies them from the report. Wheel
// names reach ~70 characters, so the file column is as wide as the longest one.
const WIDTHS = { file: 120, problem: 64, fix: 60 };
const GAP = '  ';
function formatProblemsTable(files, problems, warnings = []) {
    const rows = [];
    const byFile = new Map();
    for (const problem of [...problems, ...warnings]) {
        const list = byFile.get(problem.file);
        if (list)
            list.push(problem);
        else
            byFile.set(problem.file, [problem]);
    }
    const order = [...new Set([...files.map((f) => f.filename), ...problems.map((p) => p.file)])];
    for (const file of order) {
        const list = byFile.get(file) ?? [];
        if (list.length === 0) {
            rows.push([file, 'ok', '']);
            continue;
        }
        list.forEach((problem, i) => {
            let cell = `${warnings.includes(problem) ? 'warning: ' : ''}${problem.message} [${problem.rule}]`;
            if (problem.consequences?.length)
                cell += `\nBecause of this:${problem.consequences.map((c) => `\n- ${c}`).join('')}`;
            if (problem.pypiMessage)
                cell += `\nPyPI would answer: 400 ${problem.pypiMessage}`;
            rows.push([i === 0 ? file : '', cell, problem.fix]);
        });
    }
    const header = ['FILE', 'PROBLEM', 'FIX'];
    const widths = [WIDTHS.file, WIDTHS.problem, WIDTHS.fix].map((max, col) => Math.min(max, Math.max(header[col].length, ...rows.flatMap((row) => row[col].split('\n').map((line) => line.length)))));
    const lines = [];
    const emit = (cells) => {
        const wrapped = cells.map((cell, col) => wrap(cell, widths[col]));
        const height = Math.max(...wrapped.map((w) => w.length));
        for (let i = 0; i < height; i++) {
            lines.push(wrapped.map((w, col) => (w[i] ?? '').padEnd(col < 2 ? widths[col] : 0)).join(GAP).trimEnd());
        }
    };
    emit(header);
    lines.push(widths.map((w) => '-'.repeat(w)).join(GAP));
    rows.forEach((row, i) => {
        if (i > 0 && row[0] !== '')
            lines.push('');
        emit(row);
    });
    lines.push('');
    lines.push(summary(files, problems, warnings));
    return lines.join('\n');
}
function summary(files, problems, warnings) {
    const n = files.length;
    const filesWord = `${n} file${n === 1 ? '' : 's'}`;
    const warned = warnings.length === 0 ? '' : ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'}: worth a look, refused by nobody)`;
    if (problems.length === 0)
        return `${filesWord} checked: no problems${warned}.`;
    if (n === 0)
        return `No files checked; ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
    const affected = new Set(problems.map((p) => p.file)).size;
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${affected} of ${filesWord}; fix them and run the check again${warned}.`;
}
/** Word wrap to `width`; words longer than a line (long filenames) are cut. */
function wrap(text, width) {
    const out = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/ +/)) {
            let rest = word;
            while (rest.length > width) {
                if (line) {
                    out.push(line);
                    line = '';
                }
                out.push(rest.slice(0, width));
                rest = rest.slice(width);
            }
            if (!line)
                line = rest;
            else if (line.length + 1 + rest.length <= width)
                line += ` ${rest}`;
            else {
                out.push(line);
                line = rest;
            }
        }
        out.push(line);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/distributions/index.js
/** The model of a Python distribution file: names, filenames, digests, metadata, archives, preflight, manifest. */

















// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(83052);
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
        const s = await (0,promises_.stat)(dest);
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
        const names = await (0,promises_.readdir)(dest, { withFileTypes: true });
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
        await (0,promises_.mkdir)(parent, { recursive: true });
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, `${stagingPrefix(dest)}${process.pid}-`));
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
        entries = await (0,promises_.readdir)(parent, { withFileTypes: true });
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
        await (0,promises_.rm)((0,external_node_path_.join)(parent, d.name), { recursive: true, force: true });
        removed.push(d.name);
    }
    return removed.sort();
}
/** A hard link when possible (instant, same inode), else a copy. */
async function linkOrCopy(from, to) {
    try {
        await (0,promises_.link)(from, to);
    }
    catch {
        await (0,promises_.copyFile)(from, to);
    }
}
async function move(from, to) {
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (err) {
        if (code(err) !== 'EXDEV')
            throw err;
        // dest is its own mount: copy beside the target, then rename within it.
        const part = (0,atomic_write/* partPathFor */.Eg)(to);
        try {
            await (0,promises_.copyFile)(from, part);
            await (0,atomic_write/* renameIntoPlace */.Qf)(part, to);
        }
        catch (error) {
            await (0,promises_.rm)(part, { force: true }).catch(() => { });
            throw error;
        }
        await (0,promises_.rm)(from, { force: true });
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
        await (0,promises_.mkdir)(dest, { recursive: true });
        await (0,promises_.rm)(manifestPath, { force: true });
        for (const name of names)
            await move((0,external_node_path_.join)(staging, name), (0,external_node_path_.join)(dest, name));
        await writeManifest(manifestPath, manifest);
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
        const s = await (0,promises_.stat)(local);
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
            size = c.file.size ?? (await (0,promises_.stat)(path)).size;
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
        const info = await inspectDistribution(path, { ...opts.inspect, digests: { sha256, size }, blake2b: false, verifyMembers: false });
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

// EXTERNAL MODULE: ./lib/commands/fetch-wheels/completeness.js
var completeness = __webpack_require__(73222);
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

// EXTERNAL MODULE: ./lib/commands/fetch-wheels/expect.js
var expect = __webpack_require__(20379);
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
    return (0,distributions_names/* normalizeName */.Pc)(filename.split('-')[0] ?? filename);
}
function escaped(project) {
    return (0,distributions_names/* normalizeName */.Pc)(project).replace(/-/g, '_');
}
function select_select(listing, opts) {
    const wanted = new Set(opts.packages.map(distributions_names/* normalizeName */.Pc));
    const picks = (project) => wanted.size === 0 || wanted.has(project);
    const expectLines = opts.expect.map(expect/* parseExpectLine */.VT);
    const wantVersion = opts.version !== undefined ? normalizeVersion(opts.version) ?? opts.version : undefined;
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
            parsed = isWheel ? parseWheelFilename(file.name) : parseSdistFilename(file.name);
        }
        catch (err) {
            if (!(err instanceof FilenameError))
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
            if (!versionsEqual(c.parsed.normalizedVersion, wantVersion)) {
                refused.push({ file: c.file.name, reason: `version ${c.parsed.normalizedVersion}, not the expected ${wantVersion}` });
            }
        }
        candidates = candidates.filter((c) => versionsEqual(c.parsed.normalizedVersion, wantVersion));
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
            const lines = expectLines.filter((l) => (0,expect/* appliesTo */.Gl)(l, project));
            lineCount += lines.length;
            const wheels = chosen.flatMap((c) => (c.parsed.kind === 'wheel' && c.parsed.normalizedName === project ? [{ name: c.file.name, w: c.parsed }] : []));
            for (const line of lines) {
                const meeting = wheels.filter(({ w }) => (0,expect/* wheelMeets */.C_)(w, line));
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
                if (!lines.some((line) => (0,expect/* wheelMeets */.C_)(w, line)))
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
function wait_seconds(ms) {
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
            opts.log.info(`Look ${look}: ${progress(state)}. Looking again in ${wait_seconds(pauseMs)} (${wait_seconds(leftMs)} left).`);
        },
        onTimeout: ({ state: selection }) => {
            const waited = opts.timeoutSeconds > 0 ? ` after waiting ${wait_seconds(now() - started)} (wait-timeout ${opts.timeoutSeconds} s)` : '';
            throw new errors/* UserError */.y(`fetch-wheels found an incomplete set in ${source.describe()}${waited}: ${selection.chosen.length}` +
                `${selection.expectedCount !== undefined ? ` of ${selection.expectedCount}` : ''} file(s).\n${describeProblems(selection)}\n` +
                `Nothing was written to dest. ${opts.timeoutSeconds > 0 ? 'Raise wait-timeout if the builds are still running, or' : 'Set wait-timeout (e.g. 2h) to wait for builds still running, or'} ` +
                'check the source and the expect inputs.');
        },
    });
    if (looks > 1)
        opts.log.info(`The set is complete after ${looks} looks (${wait_seconds(now() - started)}).`);
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
        return await readManifest(path);
    }
    catch (err) {
        log.debug(`Not reusing files in ${dest}: ${err.message}`);
        return undefined;
    }
}
async function fetchWheels(opts) {
    const { source, dest, log } = opts;
    const started = Date.now();
    const unstated = (0,completeness/* completenessProblem */._)({ ...opts.select, allowAnySet: opts.allowAnySet ?? false, waitTimeoutSeconds: opts.waitTimeoutSeconds });
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
        const problems = [...infos.flatMap((i) => i.problems), ...checkDistributionSet(infos, { expectedVersion: opts.select.version })];
        if (problems.length > 0) {
            throw new errors/* UserError */.y(`The fetched set fails preflight, so nothing was written to dest:\n${formatProblemsTable(infos, problems)}\n` +
                'These files would be refused by PyPI or pip; fix the build that made them.');
        }
        const projects = new Set(files.map((f) => (0,distributions_names/* normalizeName */.Pc)(f.info.metadata?.name ?? f.chosen.parsed.name)));
        const entries = files.map((f) => ({
            filename: f.chosen.file.name,
            size: f.size,
            sha256: f.sha256,
            source: f.chosen.file.url,
            ...(f.chosen.file.etag !== undefined ? { sourceEtag: f.chosen.file.etag } : {}),
        }));
        manifest = createManifest(entries, {
            ...(projects.size === 1 ? { project: [...projects][0] } : {}),
            ...(files[0] ? { version: files[0].chosen.parsed.normalizedVersion } : {}),
        });
        manifestPath = await commit(staging, dest, [...names], manifest);
        files = files.map((f) => ({ ...f, path: (0,external_node_path_.join)(dest, f.chosen.file.name) }));
        checkMs = Date.now() - checkStarted;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
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

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/report.js
function pythonOrder(a, b) {
    const pa = /^([a-z]+)(\d*)$/.exec(a);
    const pb = /^([a-z]+)(\d*)$/.exec(b);
    if (pa && pb && pa[1] === pb[1] && pa[2] && pb[2]) {
        // cp39 < cp310: the major digit, then the rest as a number.
        const ka = [Number(pa[2][0]), Number(pa[2].slice(1) || -1)];
        const kb = [Number(pb[2][0]), Number(pb[2].slice(1) || -1)];
        return ka[0] - kb[0] || ka[1] - kb[1];
    }
    return a < b ? -1 : a > b ? 1 : 0;
}
function tagGrid(files) {
    const cells = new Map();
    const pythons = new Set();
    const sdists = [];
    for (const f of files) {
        const p = f.chosen.parsed;
        if (p.kind !== 'wheel') {
            sdists.push(f.chosen.file.name);
            continue;
        }
        for (const plat of p.platformTags) {
            const row = cells.get(plat) ?? new Map();
            cells.set(plat, row);
            for (const py of p.pythonTags) {
                pythons.add(py);
                const cell = row.get(py) ?? [];
                if (!cell.includes(p.name))
                    cell.push(p.name);
                row.set(py, cell.sort());
            }
        }
    }
    return { pythons: [...pythons].sort(pythonOrder), platforms: [...cells.keys()].sort(), cells, sdists };
}

// EXTERNAL MODULE: ./lib/files/checked-file.js
var checked_file = __webpack_require__(32477);
;// CONCATENATED MODULE: ./lib/sources/artifact.js
/**
 * A workflow artifact (`artifact:NAME`) as a wheel source. An artifact is one
 * zip, so listing it means fetching it: the newest artifact of the name is
 * downloaded once (unextracted), its sha256 checked against the digest GitHub
 * keeps, and its central directory read; each wanted member is then streamed
 * out of the zip, hashed, into place. Nothing is ever extracted by name alone:
 * a member whose name is absolute, climbs out with `..`, or uses backslashes
 * is refused, with the whole artifact.
 *
 * How the artifact is found and fetched (the Actions results service for this
 * run, the REST API for another run) is behind ArtifactBackend, so this module
 * does not depend on the runner.
 */







function artifact_openZip(path) {
    return new Promise((resolve, reject) => yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) => err ? reject(err) : resolve(zip)));
}
/** Every entry of the central directory; yauzl refuses unsafe names (absolute, `..`) as it reads them. */
function readEntries(zip) {
    return new Promise((resolve, reject) => {
        const entries = [];
        zip.on('entry', (e) => {
            entries.push(e);
            zip.readEntry();
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', reject);
        zip.readEntry();
    });
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}
/** Our own rules on top of yauzl's: no control characters, no `.`/`..` segments. */
function unsafeMemberName(name) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'it holds control characters';
    if (name.includes('\\'))
        return 'it holds a backslash';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'it is an absolute path';
    if (name.split('/').some((s) => s === '..'))
        return 'it climbs out of the archive with ".."';
    return undefined;
}
class ArtifactSource {
    name;
    backend;
    opts;
    cached;
    constructor(name, backend, opts) {
        this.name = name;
        this.backend = backend;
        this.opts = opts;
    }
    describe() {
        return `artifact ${this.name} of ${this.backend.where()}`;
    }
    async list(log) {
        const ref = await this.backend.find(this.name, log);
        if (!ref) {
            log.info(`${this.describe()}: not there (yet)`);
            return [];
        }
        if (this.cached?.ref.id === ref.id)
            return this.cached.files;
        if (ref.size > this.opts.maxBytes) {
            throw new errors/* UserError */.y(`${this.describe()} is ${(0,units/* formatBytes */.z3)(ref.size)}, more than max-total-size (${(0,units/* formatBytes */.z3)(this.opts.maxBytes)}). Raise max-total-size if this is expected.`);
        }
        const dir = (0,external_node_path_.join)(this.opts.workDir, `artifact-${ref.id}`);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        log.info(`${this.describe()}: downloading its zip (id ${ref.id}, ${(0,units/* formatBytes */.z3)(ref.size)})`);
        const path = await this.backend.downloadZip(ref, dir, log, this.opts.maxBytes);
        const sha = (await (0,hashing.hash)(path, ['sha256'])).sha256;
        const want = ref.digest?.startsWith('sha256:') ? ref.digest.slice('sha256:'.length).toLowerCase() : undefined;
        if (want && sha !== want) {
            throw new errors/* UserError */.y(`${this.describe()}: the zip downloaded has sha256 ${sha}, but GitHub recorded ${want} for it. The download was damaged or the artifact replaced; re-run.`);
        }
        const files = await this.members(ref, path);
        this.cached = { ref, path, files };
        log.info(`${this.describe()}: ${files.length} file(s) in the zip${want ? ' (zip sha256 matches GitHub\'s digest)' : ''}`);
        return files;
    }
    async members(ref, path) {
        let zip;
        let entries;
        try {
            zip = await artifact_openZip(path);
        }
        catch (err) {
            throw new errors/* UserError */.y(`${this.describe()} is not a readable zip: ${err.message}. Re-run the job that uploaded it.`);
        }
        try {
            entries = await readEntries(zip);
        }
        catch (err) {
            const message = err.message;
            if (/absolute path|invalid relative path|invalid characters in fileName/.test(message)) {
                throw new errors/* UserError */.y(`${this.describe()} holds a member whose name would escape the destination (${message}). Refusing the whole artifact; ` +
                    'check what uploaded it.');
            }
            throw new errors/* UserError */.y(`${this.describe()} is not a readable zip: ${message}. Re-run the job that uploaded it.`);
        }
        finally {
            zip.close();
        }
        const files = [];
        let declared = 0;
        for (const e of entries) {
            if (e.fileName.endsWith('/'))
                continue;
            const why = unsafeMemberName(e.fileName);
            if (why) {
                throw new errors/* UserError */.y(`${this.describe()} holds a member named ${JSON.stringify(e.fileName)}, which would escape the destination (${why}). Refusing the whole artifact.`);
            }
            declared += e.uncompressedSize;
            files.push({
                name: e.fileName.slice(e.fileName.lastIndexOf('/') + 1),
                key: e.fileName,
                size: e.uncompressedSize,
                url: `${this.backend.webUrl(ref)}#${encodeURI(e.fileName)}`,
                // An artifact's bytes never change; another upload under the name is another artifact.
                etag: `artifact-${ref.id}`,
            });
        }
        if (declared > this.opts.maxBytes) {
            throw new errors/* UserError */.y(`${this.describe()} declares ${(0,units/* formatBytes */.z3)(declared)} of files, more than max-total-size (${(0,units/* formatBytes */.z3)(this.opts.maxBytes)}). Raise max-total-size if this is expected.`);
        }
        return files;
    }
    async download(file, dest, opts) {
        const cached = this.cached;
        if (!cached)
            throw new Error('internal: artifact download before listing');
        const zip = await artifact_openZip(cached.path);
        try {
            const entry = (await readEntries(zip)).find((e) => e.fileName === file.key);
            if (!entry)
                throw new errors/* UserError */.y(`${this.describe()} no longer holds ${file.key}.`);
            const written = await (0,checked_file/* writeChecked */.N)(() => openEntry(zip, entry), dest, {
                what: `${this.describe()}, member ${file.key}`,
                expectedSize: file.size,
                expectedSha256: opts.expectedSha256 ?? file.sha256,
                onProgress: opts.onProgress,
                signal: opts.signal,
            }).catch((err) => {
                if (err instanceof errors/* UserError */.y)
                    throw err;
                throw new errors/* UserError */.y(`Extracting ${file.key} from ${this.describe()} failed: ${err.message}. The zip is damaged; re-run the job that uploaded it.`);
            });
            return { ...written, attempts: 1 };
        }
        finally {
            zip.close();
        }
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/glob/dist/esm/index.min.js
var index_min = __webpack_require__(31668);
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
        const s = await (0,promises_.stat)(path, { bigint: true });
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
            s = await (0,promises_.stat)(this.pattern);
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
        if (s?.isDirectory()) {
            const names = await (0,promises_.readdir)(this.pattern);
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
        return (0,checked_file/* writeChecked */.N)(() => (0,external_node_fs_.createReadStream)(file.key, { highWaterMark: 1024 * 1024 }), dest, {
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

;// CONCATENATED MODULE: ./lib/github/errors.js
/** Reading GitHub's error answers: status, validation codes and a message worth showing a person. */

/** The HTTP status of an Octokit RequestError (500 for a dropped connection), else undefined. */
function httpStatus(err) {
    if (err && typeof err === 'object' && typeof err.status === 'number') {
        return err.status;
    }
    return undefined;
}
function errors_isNotFound(err) {
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
function responseHeader(err, name) {
    const headers = err?.response?.headers;
    const value = headers?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
/** A 403 or 429 that is GitHub's rate limit (primary or secondary), not a missing permission. */
function isRateLimited(err) {
    const status = httpStatus(err);
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
    const status = httpStatus(err);
    if (status === undefined || err instanceof errors/* UserError */.y)
        return err;
    const hint = isRateLimited(err)
        ? `GitHub's API rate limit for this token is used up${resetText(err)}; run the step again after that, or use a token with its own limit (a GitHub App's).`
        : HINTS[status] ?? (status >= 500 ? 'GitHub is having trouble; run the step again later.' : '');
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

// EXTERNAL MODULE: ./lib/github/paginate.js
var paginate = __webpack_require__(53618);
// EXTERNAL MODULE: ./lib/http/index.js + 9 modules
var http = __webpack_require__(13201);
;// CONCATENATED MODULE: ./lib/github/upload-url.js
/**
 * Where a release asset may be uploaded. The upload URL comes from GitHub's
 * answer (`upload_url`), and the upload carries the token: a proxy, a fake
 * API or a tampered answer must not be able to send it elsewhere. GitHub's
 * uploads live on the API host's `uploads.` sibling (api.github.com →
 * uploads.github.com, api.TENANT.ghe.com → uploads.TENANT.ghe.com) or, on
 * GitHub Enterprise Server, on the API host itself (/api/uploads).
 */


/** Why `uploadUrl` is not GitHub's upload endpoint for the API at `apiBase`, or undefined when it is. */
function uploadUrlProblem(apiBase, uploadUrl) {
    const api = new URL(apiBase);
    let target;
    try {
        // The URI template's {?name,label} is not part of the URL.
        target = new URL(uploadUrl.replace(/\{[^}]*\}/g, ''));
    }
    catch {
        return 'not a URL';
    }
    // Plain http only where the API itself is plain http (a local stand-in for GitHub).
    if (target.protocol !== 'https:' && !(api.protocol === 'http:' && target.protocol === 'http:'))
        return `not https`;
    if (target.username || target.password)
        return 'a URL with credentials in it';
    const uploads = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice('api.'.length)}` : undefined;
    if (target.hostname !== api.hostname && target.hostname !== uploads) {
        return `on ${target.hostname}, which is neither the API host ${api.hostname}${uploads ? ` nor ${uploads}` : ''}`;
    }
    // Over https (GitHub, GitHub Enterprise) the port too: uploads are served where the API is, and
    // another port of the host is another server. A plain-http stand-in serves them from a port of its own.
    const port = (u) => u.port || (u.protocol === 'https:' ? '443' : '80');
    if (api.protocol === 'https:' && port(target) !== port(api)) {
        return `on port ${port(target)} of ${target.hostname}, not the API's port ${port(api)}`;
    }
    return undefined;
}
/** Throws unless `uploadUrl` is GitHub's upload endpoint for the API at `apiBase`. */
function upload_url_checkUploadUrl(apiBase, uploadUrl, what) {
    const problem = uploadUrlProblem(apiBase, uploadUrl);
    if (problem === undefined)
        return;
    throw new UserError(`Refusing to upload ${what}: the upload_url GitHub gave for the release (${redactUrl(uploadUrl)}) is ${problem}, ` +
        `and the upload would carry the token there. Check that GITHUB_API_URL (${apiBase}) is the API of the GitHub that holds the repository, ` +
        'and that no proxy rewrites its answers.');
}

;// CONCATENATED MODULE: ./lib/github/releases.js
/**
 * GitHub releases and their assets: finding every release of a tag (drafts
 * included), creating, updating, deleting, and uploading assets as a stream.
 */




/** How far the release list is read looking for drafts: 10 pages of 100, the newest first. */
const DEFAULT_MAX_RELEASE_PAGES = 10;
/** A release holds at most 1000 assets: 10 pages of 100. */
const MAX_ASSET_PAGES = 10;
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
        if (!errors_isNotFound(err))
            throw err;
    }
    let pages = 0;
    const list = (0,paginate/* boundedPages */.c)((signal) => gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100, request: { signal } }), {
        what: `the releases of ${repo.owner}/${repo.repo}`,
    });
    for await (const page of list) {
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
/**
 * One attempt, never repeated by the client: a create whose answer was lost
 * may have stored the draft, and a blind retry would store a second one. The
 * caller looks first, then tries again (create-release's createConverged).
 */
async function createDraftRelease(gh, repo, fields) {
    const { data } = await gh.rest.repos.createRelease({ ...repo, ...fields, draft: true, generate_release_notes: false, request: { retries: 0 } });
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
    const assets = [];
    const pages = (0,paginate/* boundedPages */.c)((signal) => gh.paginate.iterator(gh.rest.repos.listReleaseAssets, { ...repo, release_id: releaseId, per_page: 100, request: { signal } }), { what: `the assets of release ${releaseId}`, maxPages: MAX_ASSET_PAGES });
    for await (const page of pages)
        for (const a of page.data)
            assets.push(a);
    return assets;
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
    checkUploadUrl(String(gh.request.endpoint.DEFAULTS.baseUrl), release.upload_url, file.name);
    const stream = createReadStream(file.path);
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

// EXTERNAL MODULE: ./lib/sources/http-download.js
var http_download = __webpack_require__(22289);
;// CONCATENATED MODULE: ./lib/sources/release.js
/**
 * The assets of a GitHub release (`release:TAG`). The release is found the
 * way create-release finds it (a published release of the tag, else its
 * draft), assets are listed through the REST API, and each is downloaded
 * from `/releases/assets/{id}` with `Accept: application/octet-stream`: GitHub
 * answers with a redirect to short-lived signed storage, which the downloader
 * follows without the token (it only sends headers to the API's origin).
 */




class ReleaseSource {
    gh;
    repo;
    tag;
    opts;
    apiBase;
    constructor(gh, repo, tag, opts) {
        this.gh = gh;
        this.repo = repo;
        this.tag = tag;
        this.opts = opts;
        this.apiBase = String(gh.request.endpoint.DEFAULTS.baseUrl).replace(/\/+$/, '');
    }
    describe() {
        return `release ${this.tag} of ${this.repo.owner}/${this.repo.repo}`;
    }
    /** Uploaded assets of the tag's release; none while the release does not exist yet. */
    async list(log) {
        try {
            const release = canonicalRelease(await findReleasesForTag(this.gh, this.repo, this.tag, log));
            if (!release) {
                log.info(`${this.describe()}: no release yet`);
                return [];
            }
            const assets = await listAssets(this.gh, this.repo, release.id);
            // An asset still being uploaded ("starter") has no complete bytes yet.
            const ready = assets.filter((a) => a.state === 'uploaded');
            log.info(`${this.describe()}${release.draft ? ' (draft)' : ''}: ${ready.length} asset(s)${ready.length < assets.length ? `, ${assets.length - ready.length} still uploading` : ''}`);
            return ready.map((a) => {
                const digest = a.digest ?? undefined;
                const sha256 = digest?.startsWith('sha256:') ? digest.slice('sha256:'.length).toLowerCase() : undefined;
                // An asset replaced under the same name is a new asset, with a new id.
                return { name: a.name, key: String(a.id), size: a.size, url: a.browser_download_url, etag: `asset-${a.id}`, ...(sha256 ? { sha256 } : {}) };
            });
        }
        catch (err) {
            throw gitHubFailure(err, `list the assets of ${this.describe()}`);
        }
    }
    download(file, dest, opts) {
        if (!/^\d+$/.test(file.key))
            throw new errors/* UserError */.y(`internal: release asset key ${file.key} is not an asset id`);
        const url = `${this.apiBase}/repos/${encodeURIComponent(this.repo.owner)}/${encodeURIComponent(this.repo.repo)}/releases/assets/${file.key}`;
        return (0,http_download/* downloadFile */.P)(url, dest, {
            expectedSize: file.size,
            expectedSha256: opts.expectedSha256 ?? file.sha256,
            // Only ever sent to the API's origin; the redirect to storage goes without them.
            headers: {
                authorization: `Bearer ${this.opts.token}`,
                accept: 'application/octet-stream',
                'x-github-api-version': '2022-11-28',
                'user-agent': 'python-release-actions',
            },
            log: opts.log,
            onProgress: opts.onProgress,
            signal: opts.signal,
            transport: this.opts.transport,
            retry: this.opts.retry,
        });
    }
}

// EXTERNAL MODULE: ./node_modules/aws4/aws4.js
var aws4 = __webpack_require__(88832);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
// EXTERNAL MODULE: ./lib/text/untrusted.js
var untrusted = __webpack_require__(37289);
;// CONCATENATED MODULE: ./lib/sources/s3-location.js
/**
 * Where an S3 listing points: bucket, prefix, region, endpoint and addressing
 * style, read from the forms people paste (s3:// URIs, path-style and
 * virtual-hosted https URLs, the `?prefix=` browse form), and the URLs built
 * back from it.
 */


const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
// [bucket.]s3[-.rest].amazonaws.com[.cn]; the greedy bucket group backtracks to the rightmost "s3".
const AWS_HOST = /^(?:(.+)\.)?s3(?:[-.]([a-z0-9-]+(?:\.[a-z0-9-]+)?))?\.amazonaws\.com(\.cn)?$/;
const SOURCE_FORMS = 'Use s3://BUCKET/PREFIX/, https://s3.REGION.amazonaws.com/BUCKET/PREFIX/, https://BUCKET.s3.REGION.amazonaws.com/PREFIX/ ' +
    'or https://BUCKET.s3.amazonaws.com/?prefix=PREFIX.';
/**
 * A source or endpoint as messages show it: without user:password (even in
 * text that does not parse) or signature query values. Unchanged when it
 * carries none, so the user recognises what they typed.
 */
function forMessages(value) {
    const redacted = (0,http/* redactUrl */.BO)(value);
    try {
        return redacted === new URL(value).href ? value : redacted;
    }
    catch {
        return redacted;
    }
}
/** Percent-encodes everything but unreserved characters (RFC 3986), as SigV4 canonicalises. */
function encodeRfc3986(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** An object key as a URL path: each segment encoded, so `+` is %2B (S3 reads a bare `+` as a space). */
function encodeS3Key(key) {
    return key.split('/').map(encodeRfc3986).join('/');
}
function parseAwsHost(host, source) {
    const m = AWS_HOST.exec(host);
    if (!m)
        return undefined;
    const [, bucket, rest, cn] = m;
    let region;
    if (rest === undefined)
        region = undefined;
    else if (rest === 'external-1')
        region = 'us-east-1';
    else if (rest.startsWith('website')) {
        throw new errors/* UserError */.y(`${source} is an S3 static-website endpoint, which cannot list a bucket. Use the bucket's REST endpoint instead: ` +
            `s3://${bucket ?? 'BUCKET'}/PREFIX/ with s3-region.`);
    }
    else if (rest.startsWith('dualstack.') && REGION.test(rest.slice('dualstack.'.length))) {
        region = rest.slice('dualstack.'.length);
    }
    else if (REGION.test(rest))
        region = rest;
    else
        throw new errors/* UserError */.y(`Cannot tell the region from the host "${host}" in ${source}. ${SOURCE_FORMS}`);
    return { bucket, region, endpoint: cn ? `https://s3.${region ?? 'cn-north-1'}.amazonaws.com.cn` : undefined };
}
function normalizeEndpoint(endpoint) {
    const shown = forMessages(endpoint);
    let u;
    try {
        u = new URL(endpoint);
    }
    catch {
        throw new errors/* UserError */.y(`s3-endpoint "${shown}" is not a URL. Give one such as https://minio.example.com or http://127.0.0.1:9000.`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
        throw new errors/* UserError */.y(`s3-endpoint "${shown}" must start with https:// or http://.`);
    }
    if (u.search || u.hash || u.username || u.password) {
        throw new errors/* UserError */.y(`s3-endpoint "${shown}" must be a plain base URL, without user, query or fragment.`);
    }
    return u;
}
function endpointString(u) {
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}
/** A prefix taken from a path names a folder: `a/b` lists `a/b/…`, not also `a/bc…`. */
function folder(prefix) {
    return prefix === '' || prefix.endsWith('/') ? prefix : `${prefix}/`;
}
function decodePath(path, source) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        throw new errors/* UserError */.y(`The path in ${source} has broken percent-encoding. ${SOURCE_FORMS}`);
    }
}
function checkBucket(bucket, source) {
    // Lenient: legacy us-east-1 buckets may hold upper case and underscores.
    if (!bucket || !/^[A-Za-z0-9][A-Za-z0-9._-]{2,254}$/.test(bucket)) {
        throw new errors/* UserError */.y(`No valid bucket name in ${source}. ${SOURCE_FORMS}`);
    }
    return bucket;
}
function pickRegion(fromHost, given, source) {
    if (given !== undefined && given !== '' && !REGION.test(given)) {
        throw new errors/* UserError */.y(`s3-region "${given}" is not a region; use one such as us-west-2.`);
    }
    if (fromHost && given && fromHost !== given) {
        throw new errors/* UserError */.y(`${source} names region ${fromHost} but s3-region is ${given}. Remove s3-region or make them agree.`);
    }
    return fromHost || given || undefined;
}
/**
 * Reads a listing source. A path (s3://b/p, https://host/b/p) names a folder,
 * so a missing trailing slash is added; a `?prefix=` is used verbatim.
 * Hosts that are not AWS's are treated as an S3-compatible endpoint.
 */
function parseS3Source(source, opts = {}) {
    const trimmed = source.trim();
    const shown = forMessages(source);
    const givenEndpoint = opts.endpoint ? normalizeEndpoint(opts.endpoint) : undefined;
    if (/^s3:\/\//i.test(trimmed)) {
        const rest = trimmed.slice('s3://'.length);
        const slash = rest.indexOf('/');
        const bucket = checkBucket(slash < 0 ? rest : rest.slice(0, slash), shown);
        const prefix = folder(slash < 0 ? '' : rest.slice(slash + 1));
        const region = pickRegion(undefined, opts.region, shown);
        if (givenEndpoint)
            return { bucket, prefix, region, endpoint: endpointString(givenEndpoint), style: 'path' };
        // Dotted bucket names break TLS on virtual-hosted names (the certificate is *.s3…), so they go path-style.
        return { bucket, prefix, region, style: bucket.includes('.') ? 'path' : 'virtual' };
    }
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new errors/* UserError */.y(`"${shown}" is not an S3 location. ${SOURCE_FORMS}`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors/* UserError */.y(`"${shown}" is not an S3 location. ${SOURCE_FORMS}`);
    }
    const host = url.hostname.toLowerCase();
    const queryPrefix = url.searchParams.get('prefix');
    const pathParts = url.pathname.split('/').filter((p, i, all) => i > 0 || p !== '');
    const takePrefix = (pathRest) => {
        const fromPath = decodePath(pathRest.join('/'), shown);
        if (queryPrefix !== null) {
            if (fromPath.replace(/\/+$/, '') !== '') {
                throw new errors/* UserError */.y(`${shown} gives both a path and ?prefix=; give only one. ${SOURCE_FORMS}`);
            }
            return queryPrefix;
        }
        return folder(fromPath);
    };
    const aws = parseAwsHost(host, shown);
    if (aws) {
        if (givenEndpoint) {
            throw new errors/* UserError */.y(`${shown} is an AWS S3 URL but s3-endpoint is set to ${endpointString(givenEndpoint)}. ` +
                'Drop s3-endpoint for AWS, or give s3://BUCKET/PREFIX/ to list from the endpoint.');
        }
        const region = pickRegion(aws.region, opts.region, shown);
        if (aws.bucket) {
            const bucket = checkBucket(aws.bucket, shown);
            return { bucket, prefix: takePrefix(pathParts), region, endpoint: aws.endpoint, style: 'virtual' };
        }
        const [first, ...rest] = pathParts;
        const bucket = checkBucket(first === undefined ? undefined : decodePath(first, shown), shown);
        return { bucket, prefix: takePrefix(rest), region, endpoint: aws.endpoint, style: 'path' };
    }
    // An S3-compatible store. With s3-endpoint set, BUCKET.<endpoint host> is virtual-hosted.
    const region = pickRegion(undefined, opts.region, shown);
    if (givenEndpoint) {
        const eh = givenEndpoint.hostname.toLowerCase();
        if (host !== eh && host.endsWith(`.${eh}`)) {
            const bucket = checkBucket(host.slice(0, -eh.length - 1), shown);
            return { bucket, prefix: takePrefix(pathParts), region, endpoint: endpointString(givenEndpoint), style: 'virtual' };
        }
        if (host !== eh || url.port !== givenEndpoint.port) {
            throw new errors/* UserError */.y(`${shown} is not on the s3-endpoint ${endpointString(givenEndpoint)}. Make them agree, or give s3://BUCKET/PREFIX/.`);
        }
    }
    const base = givenEndpoint ?? new URL(url.origin);
    const baseParts = base.pathname.split('/').filter(Boolean);
    const afterBase = pathParts.slice(0, baseParts.length).join('/') === baseParts.join('/') ? pathParts.slice(baseParts.length) : pathParts;
    const [first, ...rest] = afterBase;
    const bucket = checkBucket(first === undefined ? undefined : decodePath(first, shown), shown);
    return { bucket, prefix: takePrefix(rest), region, endpoint: endpointString(base), style: 'path' };
}
/** The bucket root (with a trailing slash), where ListObjectsV2 is sent. */
function s3BucketUrl(loc) {
    if (loc.endpoint) {
        const e = new URL(loc.endpoint);
        const path = e.pathname.replace(/\/+$/, '');
        if (loc.style === 'virtual')
            return `${e.protocol}//${loc.bucket}.${e.host}${path}/`;
        return `${e.origin}${path}/${encodeRfc3986(loc.bucket)}/`;
    }
    const host = loc.region ? `s3.${loc.region}.amazonaws.com` : 's3.amazonaws.com';
    return loc.style === 'virtual' ? `https://${loc.bucket}.${host}/` : `https://${host}/${encodeRfc3986(loc.bucket)}/`;
}
/** The URL of one object, each key segment percent-encoded. */
function s3ObjectUrl(loc, key) {
    return s3BucketUrl(loc) + encodeS3Key(key);
}
/** s3://bucket/prefix for messages. */
function s3Uri(loc) {
    return `s3://${loc.bucket}/${loc.prefix}`;
}

;// CONCATENATED MODULE: ./lib/sources/s3.js
/**
 * Wheels in an S3 bucket (Ray's ray-wheels layout: releases/<version>/<sha>/,
 * master/<sha>/, latest/): ListObjectsV2 over plain HTTP, anonymous unless
 * credentials are given (then SigV4 via aws4), downloads through
 * http-download. No AWS SDK: it has no anonymous mode and a heavy credential
 * chain we do not want.
 */








/**
 * AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, as
 * aws-actions/configure-aws-credentials exports them. Empty values count as
 * unset, because a workflow that maps a missing secret gets ''.
 */
function credentialsFromEnv(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() || undefined;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() || undefined;
    const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
    if (!accessKeyId && !secretAccessKey)
        return undefined;
    if (!accessKeyId || !secretAccessKey) {
        const missing = accessKeyId ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
        const present = accessKeyId ? 'AWS_ACCESS_KEY_ID' : 'AWS_SECRET_ACCESS_KEY';
        throw new errors/* UserError */.y(`${present} is set but ${missing} is empty. Set both (check the secret names), or neither to read a public bucket anonymously.`);
    }
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
/**
 * SigV4 headers for a GET of `url` (path and query exactly as they will be
 * sent). Range and Accept-Encoding are not signed, so the downloader may add
 * them.
 */
function signS3Get(url, region, credentials, now = new Date()) {
    const amzDate = now.toISOString().replace(/[:-]|\.\d{3}/g, '');
    const signed = aws4.sign({
        host: url.host,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        service: 's3',
        region: region ?? 'us-east-1',
        headers: { 'X-Amz-Date': amzDate },
    }, credentials);
    if (signed.path !== `${url.pathname}${url.search}`) {
        // aws4 re-serialises what it signs; our URLs are already canonical, so a difference is a bug here.
        throw new Error(`internal: aws4 signed ${signed.path} instead of ${url.pathname}${url.search}`);
    }
    const headers = {};
    for (const [k, v] of Object.entries(signed.headers ?? {})) {
        if (k.toLowerCase() !== 'host' && v !== undefined)
            headers[k] = String(v);
    }
    return headers;
}
/** A listing ends after this many pages (100,000 objects at S3's 1000 a page): a server that hands out tokens forever is not S3. */
const MAX_LIST_PAGES = 100;
/** A listing ends after this long, however many pages it read: 10 minutes. */
const LIST_DEADLINE_MS = 10 * 60_000;
/** The most one listing page may hold (1000 keys of up to 1 KiB each, and their XML). */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;
/** What is read of an error answer: enough for S3's <Error> document. */
const MAX_ERROR_BYTES = 64 * 1024;
const parser = new XMLParser/* default */.A({
    ignoreAttributes: true,
    removeNSPrefix: true,
    // Keys such as "0123" or "1e5" must stay strings; whitespace in keys is data.
    parseTagValue: false,
    trimValues: false,
    // Decodes numeric character references, which S3 uses for control characters in keys.
    htmlEntities: true,
    isArray: (_name, jpath) => jpath === 'ListBucketResult.Contents' || jpath === 'ListBucketResult.CommonPrefixes',
});
function s3_text(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
/** Reads an S3 <Error> document; empty when the body is not one. */
function parseS3Error(body) {
    if (!body.trim() || fxp/* XMLValidator */.iI.validate(body) !== true)
        return {};
    const doc = parser.parse(body);
    const e = doc.Error;
    if (!e || typeof e !== 'object')
        return {};
    const field = (v) => {
        const t = s3_text(v)?.trim();
        return t === undefined ? undefined : (0,untrusted/* clip */.$Q)(t);
    };
    return { code: field(e.Code), message: field(e.Message), region: field(e.Region), endpoint: field(e.Endpoint) };
}
/** The region inside an S3 endpoint host such as ray-wheels.s3-us-west-2.amazonaws.com. */
function regionFromEndpoint(endpoint) {
    const m = /(?:^|\.)s3[.-](?:dualstack\.)?([a-z]{2}(?:-[a-z]+)+-\d+)\.amazonaws\.com/.exec(endpoint ?? '');
    return m?.[1];
}
function wrongRegion(loc, actual, what) {
    const used = loc.region ?? 'us-east-1 (the default)';
    if (actual) {
        return new errors/* UserError */.y(`${what}: bucket "${loc.bucket}" is in region ${actual}, not ${used}. Use s3-region: ${actual} ` +
            `(or a URL that names it, e.g. https://s3.${actual}.amazonaws.com/${loc.bucket}/${loc.prefix}).`);
    }
    return new errors/* UserError */.y(`${what}: S3 says bucket "${loc.bucket}" is not in region ${used} but did not say where it is. Set s3-region to the bucket's region.`);
}
/** Turns a non-200 listing answer into an error that says what to do; 5xx/429 stay retryable. */
function listingError(loc, status, headers, body, signed) {
    const err = parseS3Error(body);
    const what = `Listing ${s3Uri(loc)}`;
    const detail = err.code ? `${status} ${err.code}${err.message ? `: ${err.message}` : ''}` : `HTTP ${status}`;
    if ((0,http/* isRetryableStatus */.PS)(status)) {
        return new http/* HttpStatusError */.F9(status, detail, (0,http/* parseRetryAfter */.mu)(headers.get('retry-after')));
    }
    const headerRegion = headers.get('x-amz-bucket-region') ?? undefined;
    if (status === 301 || status === 307 || status === 302 || status === 308 || err.code === 'PermanentRedirect') {
        const actual = headerRegion ?? err.region ?? regionFromEndpoint(err.endpoint);
        if ((actual && actual !== loc.region) || (!actual && err.code === 'PermanentRedirect'))
            return wrongRegion(loc, actual, what);
        const location = headers.get('location');
        return new errors/* UserError */.y(`${what} failed: ${detail}, redirected to ${location ?? 'an unknown place'}. Set s3-endpoint (and s3-region) to where the bucket is served.`);
    }
    if (err.code === 'AuthorizationHeaderMalformed' || err.code === 'IllegalLocationConstraintException') {
        return wrongRegion(loc, err.region ?? headerRegion, what);
    }
    if (err.code === 'NoSuchBucket' || (status === 404 && !err.code)) {
        return new errors/* UserError */.y(`${what} failed: bucket "${loc.bucket}" does not exist (${detail}). Check the bucket name${loc.endpoint ? ` and s3-endpoint ${loc.endpoint}` : ''}.`);
    }
    if (status === 403 || status === 401) {
        if (err.code === 'SignatureDoesNotMatch') {
            return new errors/* UserError */.y(`${what} failed: ${detail}. AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID; check both secrets.`);
        }
        if (err.code === 'InvalidAccessKeyId' || err.code === 'InvalidToken' || err.code === 'ExpiredToken' || err.code === 'TokenRefreshRequired') {
            return new errors/* UserError */.y(`${what} failed: ${detail}. The AWS credentials are unknown or expired; refresh them (e.g. re-run aws-actions/configure-aws-credentials) and re-run.`);
        }
        if (!signed) {
            return new errors/* UserError */.y(`${what} anonymously was refused (${detail}). Listing needs s3:ListBucket: either the bucket's policy grants it to everyone ` +
                `(Principal "*", Resource arn:aws:s3:::${loc.bucket}), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY ` +
                '(e.g. with aws-actions/configure-aws-credentials) for an identity that has it.');
        }
        return new errors/* UserError */.y(`${what} was refused (${detail}). The AWS credentials lack s3:ListBucket on arn:aws:s3:::${loc.bucket}` +
            `${loc.prefix ? ` for prefix ${loc.prefix}` : ''}; grant it, or use credentials that have it.`);
    }
    return new errors/* UserError */.y(`${what} failed: ${detail}.`);
}
function decodeKey(raw, urlEncoded) {
    if (!urlEncoded)
        return raw;
    try {
        // S3 form-encodes (space as +, + as %2B), like botocore's unquote_plus expects.
        return decodeURIComponent(raw.replace(/\+/g, ' '));
    }
    catch {
        throw new http/* TransientError */.N_(`the listing holds a badly encoded key "${raw}"`);
    }
}
/** One ListObjectsV2 page; malformed XML is retryable (a cut connection), a foreign document is not. */
function parseListPage(loc, body) {
    const what = `Listing ${s3Uri(loc)}`;
    const valid = fxp/* XMLValidator */.iI.validate(body);
    if (valid !== true)
        throw new http/* TransientError */.N_(`S3 answered 200 with malformed XML (${valid.err.msg})`);
    const doc = parser.parse(body);
    if (doc.Error) {
        const err = parseS3Error(body);
        // S3 documents that a 200 may carry an error; InternalError and SlowDown are worth another try.
        if (err.code === 'InternalError' || err.code === 'SlowDown' || err.code === 'ServiceUnavailable') {
            throw new http/* TransientError */.N_(`S3 answered 200 with error ${err.code}`);
        }
        throw new errors/* UserError */.y(`${what} failed: S3 answered 200 with error ${err.code ?? 'unknown'}${err.message ? `: ${err.message}` : ''}.`);
    }
    const result = doc.ListBucketResult;
    if (!result || typeof result !== 'object') {
        const root = Object.keys(doc).find((k) => k !== '?xml') ?? 'nothing';
        throw new errors/* UserError */.y(`${what} failed: the server answered with <${root}>, not an S3 listing. Check that the URL or s3-endpoint points at S3.`);
    }
    const urlEncoded = s3_text(result.EncodingType)?.trim().toLowerCase() === 'url';
    const contents = result.Contents ?? [];
    const files = [];
    for (const c of contents) {
        const raw = s3_text(c.Key);
        if (raw === undefined)
            throw new http/* TransientError */.N_('the listing holds an entry without a key');
        const key = decodeKey(raw, urlEncoded);
        if (!key.startsWith(loc.prefix)) {
            throw new errors/* UserError */.y(`${what} failed: the server listed the key ${JSON.stringify(key)}, outside the prefix ${JSON.stringify(loc.prefix)} that was asked for. ` +
                'It is not behaving like S3; check the source and s3-endpoint. Nothing was fetched.');
        }
        if (key.endsWith('/'))
            continue; // a "folder" marker object, not a file
        const size = s3_text(c.Size)?.trim();
        const etag = s3_text(c.ETag)?.trim().replace(/^"|"$/g, '');
        files.push({
            name: key.slice(key.lastIndexOf('/') + 1),
            key,
            size: size && /^\d+$/.test(size) ? Number(size) : undefined,
            url: s3ObjectUrl(loc, key),
            ...(etag ? { etag } : {}),
        });
    }
    const truncated = s3_text(result.IsTruncated)?.trim().toLowerCase() === 'true';
    const next = s3_text(result.NextContinuationToken)?.trim() || undefined;
    return { files, truncated, next };
}
function listUrl(loc, token, maxKeys) {
    // Built by hand: URLSearchParams writes spaces as '+', which S3 and SigV4 read differently.
    const params = [['list-type', '2'], ['encoding-type', 'url']];
    if (loc.prefix)
        params.push(['prefix', loc.prefix]);
    if (maxKeys !== undefined)
        params.push(['max-keys', String(maxKeys)]);
    if (token !== undefined)
        params.push(['continuation-token', token]);
    // Sorted, as the canonical request wants, so what aws4 signs is byte-for-byte what we send.
    params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new URL(`${s3BucketUrl(loc)}?${params.map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`).join('&')}`);
}
/**
 * Every object under `loc.prefix` (all pages of ListObjectsV2), keys decoded,
 * URLs built with each key segment percent-encoded. Anonymous unless
 * `credentials` are given.
 */
async function listS3(loc, opts) {
    if (opts.maxKeys !== undefined && !(Number.isInteger(opts.maxKeys) && opts.maxKeys >= 1 && opts.maxKeys <= 1000)) {
        throw new errors/* UserError */.y(`max-keys must be a whole number from 1 to 1000, not ${opts.maxKeys}.`);
    }
    const signed = opts.credentials !== undefined;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const maxPages = opts.maxPages ?? MAX_LIST_PAGES;
    const deadlineMs = opts.deadlineMs ?? LIST_DEADLINE_MS;
    const started = Date.now();
    const files = [];
    const seen = new Set();
    let token;
    let pages = 0;
    const endless = (why) => new errors/* UserError */.y(`Listing ${s3Uri(loc)} ${why} (${pages} page(s), ${files.length} object(s) so far). Either the prefix holds more than a release's wheels ` +
        `(narrow the prefix in source), or the server hands out continuation tokens without end${loc.endpoint ? ` (check s3-endpoint ${loc.endpoint})` : ''}.`);
    for (;;) {
        const left = deadlineMs - (Date.now() - started);
        if (left <= 0)
            throw endless(`did not end within ${Math.round(deadlineMs / 1000)} s`);
        const url = listUrl(loc, token, opts.maxKeys);
        const retry = { ...http/* DEFAULT_RETRY */.vI, ...opts.retry, maxElapsedMs: left, signal: opts.signal, what: `listing ${s3Uri(loc)}` };
        const page = await (0,http/* withRetry */.bD)(async (_attempt, remainingMs) => {
            // Redirects are not followed: S3 uses them for a wrong region, which the user must fix.
            const res = await (0,http/* request */.Em)(url, {
                credentials: opts.credentials ? signS3Get(url, loc.region, opts.credentials) : {},
                timeouts: { deadlineMs: Math.min(timeoutMs, remainingMs) },
                ...(opts.signal ? { signal: opts.signal } : {}),
                ...(opts.transport ? { transport: opts.transport } : {}),
            });
            if (res.status !== 200) {
                const body = await (0,http/* readText */.yR)(res, { maxBytes: MAX_ERROR_BYTES, overflow: 'truncate' });
                throw listingError(loc, res.status, res.headers, body, signed);
            }
            return parseListPage(loc, await (0,http/* readText */.yR)(res, { maxBytes: MAX_PAGE_BYTES }));
        }, http/* httpRetryDecision */.TK, retry, opts.log).catch((err) => {
            if (err instanceof errors/* UserError */.y || opts.signal?.aborted)
                throw err;
            // A page cut short by the listing's own deadline: the listing as a whole is what ran out.
            if (pages > 0 && Date.now() - started >= deadlineMs - 1000)
                throw endless(`did not end within ${Math.round(deadlineMs / 1000)} s`);
            if (err instanceof http/* HttpError */.j$ && err.code === 'EBODYTOOLARGE') {
                throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: ${err.message}. An S3 listing page is at most a few MiB; check s3-endpoint.`);
            }
            throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: ${(0,http/* describeError */.Uc)(err)}. Check the network${loc.endpoint ? ` and s3-endpoint ${loc.endpoint}` : ''}, then re-run.`);
        });
        pages++;
        // S3 answers at most max-keys objects a page (1000 unless asked for fewer); more is not S3,
        // and a server could otherwise make one page as large as its size limit allows.
        const perPage = opts.maxKeys ?? 1000;
        if (page.files.length > perPage) {
            throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: one page held ${page.files.length} objects, more than the ${perPage} a page may hold. ` +
                `It is not behaving like S3${loc.endpoint ? `; check s3-endpoint ${loc.endpoint}` : ''}.`);
        }
        for (const f of page.files)
            files.push(f);
        opts.log.debug(`${s3Uri(loc)}: page ${pages} held ${page.files.length} object(s)`);
        if (!page.truncated)
            break;
        if (!page.next || seen.has(page.next)) {
            throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: the server says there are more results but gave ${page.next ? 'a continuation token it gave before' : 'no continuation token'}. ` +
                'It is not behaving like S3; check s3-endpoint.');
        }
        if (pages >= maxPages)
            throw endless(`stopped after ${maxPages} pages, the most fetch-wheels reads`);
        seen.add(page.next);
        token = page.next;
    }
    opts.log.info(`${s3Uri(loc)}: ${files.length} object(s) in ${pages} page(s)${signed ? '' : ' (anonymous)'}`);
    return files;
}
class S3Source {
    location;
    opts;
    constructor(location, opts = {}) {
        this.location = location;
        this.opts = opts;
    }
    describe() {
        const where = [this.location.region, this.location.endpoint].filter(Boolean).join(', ');
        return `${s3Uri(this.location)}${where ? ` (${where})` : ''}${this.opts.credentials ? '' : ', anonymous'}`;
    }
    list(log, opts = {}) {
        return listS3(this.location, {
            credentials: this.opts.credentials,
            log,
            transport: this.opts.transport,
            retry: this.opts.retry,
            maxKeys: this.opts.maxKeys,
            ...(opts.deadlineMs !== undefined ? { deadlineMs: Math.min(opts.deadlineMs, LIST_DEADLINE_MS) } : {}),
        });
    }
    download(file, dest, opts) {
        const credentials = this.opts.credentials;
        const region = this.location.region;
        return (0,http_download/* downloadFile */.P)(file.url, dest, {
            expectedSize: file.size,
            expectedSha256: opts.expectedSha256 ?? file.sha256,
            // A single-part upload's ETag is its MD5 (unless SSE-KMS/SSE-C encrypted it): a check on resumed downloads.
            ...(file.etag && /^[0-9a-f]{32}$/i.test(file.etag) ? { md5IfResumed: file.etag } : {}),
            headers: credentials ? (url) => signS3Get(url, region, credentials) : undefined,
            log: opts.log,
            onProgress: opts.onProgress,
            signal: opts.signal,
            transport: this.opts.transport,
            retry: this.opts.retry,
        });
    }
}
/** The S3 source for a fetch-wheels `source` input, with credentials from the environment when present. */
function createS3Source(source, opts = {}) {
    const location = parseS3Source(source, { region: opts.region, endpoint: opts.endpoint });
    const credentials = credentialsFromEnv(opts.env ?? process.env);
    return new S3Source(location, { credentials, retry: opts.retry });
}

// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(72678);
// EXTERNAL MODULE: ./lib/actions/shared/run.js + 2 modules
var run = __webpack_require__(87876);
;// CONCATENATED MODULE: ./lib/markup.js
/**
 * Text from outside (filenames, versions, messages, URLs) made inert in the two
 * markups the suite writes: HTML (job summaries, the index server's pages) and
 * Markdown tables (the approval brief, the rehearsal report, pull request bodies).
 * The one place that knows how to escape either.
 */
/** For HTML element content and quoted attribute values (Python's html.escape, which warehouse uses). */
function markup_escapeHtml(text) {
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
function markup_isWebUrl(url) {
    // eslint-disable-next-line no-control-regex
    return /^https?:\/\/[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/i.test(url);
}
/** A Markdown link around already-formatted text; without a URL (or with one that is not http(s)), the text alone. */
function markdownLink(text, url) {
    // Spaces are written as %20 below; anything else that is not one line of http(s) is no link.
    if (!url || !markup_isWebUrl(url.replace(/ /g, '%20')))
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

;// CONCATENATED MODULE: ./lib/actions/shared/summary.js

/** Plain text as HTML. */
function summary_text(value) {
    return markup_escapeHtml(value);
}
/** Text in <code>; missing or empty text gives `missing`. */
function summary_code(value, missing = '—') {
    return value ? `<code>${markup_escapeHtml(value)}</code>` : missing;
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
    return titles.map((title) => ({ data: markup_escapeHtml(title), header: true }));
}
/** A two-column table of facts (name, HTML value), as several summaries open with. */
function factsTable(rows, titles = ['Item', 'Value']) {
    return [header(...titles), ...rows.map(([name, value]) => [markup_escapeHtml(name), value])];
}

;// CONCATENATED MODULE: ./lib/actions/fetch-wheels/main.js
/** fetch-wheels: the source from the settings, the fetch, then outputs and the job summary. */
















const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
async function createSource(s, workDir) {
    const spec = s.source;
    switch (spec.kind) {
        case 's3':
        case 'https':
            return createS3Source(spec.url, { region: s.s3Region, endpoint: s.s3Endpoint?.toString(), env: process.env });
        case 'local':
            return new LocalSource(spec.pattern);
        case 'release': {
            // Loaded only here: the GitHub client is a few MiB of code the other sources never run.
            const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(928), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 70636));
            return new ReleaseSource(createGitHubClient({ token: s.token, log: run/* actionLogger */.v }), s.repository, spec.tag, { token: s.token });
        }
        case 'artifact': {
            // Loaded only here: @actions/artifact is large and reaches for the runner's services.
            const { ToolkitArtifactBackend } = await Promise.all(/* import() */[__webpack_require__.e(928), __webpack_require__.e(813), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 22257));
            const backend = new ToolkitArtifactBackend({
                runId: s.runId,
                repository: s.repository,
                token: s.token,
                serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
                currentRunId: process.env.GITHUB_RUN_ID,
            });
            return new ArtifactSource(spec.name, backend, { workDir, maxBytes: s.maxTotalSize });
        }
    }
}
async function writeSummary(s, source, r) {
    const t = r.timings;
    const rate = t.fetchMs > 0 ? `${(0,units/* formatBytes */.z3)(Math.round((r.totalBytes - r.files.filter((f) => f.reused).reduce((n, f) => n + f.size, 0)) / (t.fetchMs / 1000)))}/s` : '';
    const rows = [
        ['Source', summary_code(source.describe())],
        ['Destination', summary_code(r.dest)],
        ['Manifest', summary_code(r.manifestPath)],
        ['Files', `${r.files.length} (${(0,units/* formatBytes */.z3)(r.totalBytes)})${r.reused ? `, ${r.reused} reused from an earlier run` : ''}`],
        ...(s.version ? [['Version', summary_text(s.version)]] : []),
        ['Looks at the source', `${r.looks}${r.looks > 1 ? ` (waited ${secs(t.waitMs)})` : ''}`],
        ['Time', `listing ${secs(t.waitMs)}, fetching ${secs(t.fetchMs)}${rate ? ` (${rate})` : ''}, set check and move ${secs(t.checkMs)}, total ${secs(t.totalMs)}`],
        ...(r.uploaded ? [['Artifact', `${summary_text(r.uploaded.name)}${r.uploaded.id ? ` (id ${r.uploaded.id})` : ''}`]] : []),
    ];
    const summary = core/* summary */.z.addHeading(summary_text(`fetch-wheels: ${r.files.length} file(s), ${(0,units/* formatBytes */.z3)(r.totalBytes)}`), 2).addTable(factsTable(rows));
    const grid = tagGrid(r.files);
    if (grid.platforms.length > 0) {
        summary.addHeading('Wheels by platform and Python tag', 3).addTable([
            header('Platform', ...grid.pythons),
            ...grid.platforms.map((plat) => [summary_code(plat), ...grid.pythons.map((py) => summary_text(grid.cells.get(plat)?.get(py)?.join(', ') || '—'))]),
        ]);
    }
    summary.addHeading('Files', 3).addTable([
        header('File', 'Size', 'sha256', 'How'),
        ...r.files.map((f) => [
            summary_text(f.chosen.file.name),
            (0,units/* formatBytes */.z3)(f.size),
            summary_code(f.sha256),
            f.reused ? 'reused' : f.attempts > 1 ? `fetched (${f.attempts} attempts)` : 'fetched',
        ]),
    ]);
    await summary.write();
}
async function main(s) {
    if (s.uploadArtifact && (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)) {
        throw new errors/* UserError */.y(`upload-artifact is set, but this is not a GitHub Actions job with the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are missing). ` +
            'Remove upload-artifact, or run inside a workflow job. Nothing was fetched.');
    }
    // This thread takes the bytes off the sockets; the workers hash and write them. One core fewer
    // than the machine has: on two cores a second worker was at best 10% faster and held another
    // isolate (bench/fetch, 30 × 40 MB: 2.4–3.3 s and 144–166 MiB against 2.7–3.5 s and
    // 139–154 MiB). An index, which does more per byte on its workers, keeps one per core.
    (0,hashing/* setWorkerThreads */.O5)(Math.max(1, (0,external_node_os_.availableParallelism)() - 1));
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'fetch-wheels-'));
    try {
        const source = await createSource(s, workDir);
        const uploader = s.uploadArtifact ? new (await Promise.all(/* import() */[__webpack_require__.e(928), __webpack_require__.e(813), __webpack_require__.e(257)]).then(__webpack_require__.bind(__webpack_require__, 22257))).ToolkitArtifactUploader() : undefined;
        const result = await fetchWheels({
            source,
            select: { packages: s.packages, version: s.version, expect: s.expect, expectCount: s.expectCount },
            allowAnySet: s.allowAnySet,
            waitTimeoutSeconds: s.waitTimeoutSeconds,
            dest: s.dest,
            concurrency: s.concurrency,
            maxTotalSize: s.maxTotalSize,
            log: run/* actionLogger */.v,
            ...(s.uploadArtifact && uploader ? { upload: { name: s.uploadArtifact, uploader } } : {}),
        });
        (0,print/* setOutput */.uH)('dir', result.dest);
        (0,print/* setOutput */.uH)('files', JSON.stringify(result.files.map((f) => f.chosen.file.name)));
        (0,print/* setOutput */.uH)('count', String(result.files.length));
        (0,print/* setOutput */.uH)('manifest', result.manifestPath);
        await writeSummary(s, source, result);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 2848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ diskFailure),
/* harmony export */   Eg: () => (/* binding */ partPathFor),
/* harmony export */   Mi: () => (/* binding */ isDiskError),
/* harmony export */   Qf: () => (/* binding */ renameIntoPlace),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony export isPartFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
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
    return `${dest}.part-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
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
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y || !isDiskError(err))
        return err;
    const e = err;
    return Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${doing} failed (${e.code}): ${String(e.message)}. Check free space and permissions in ${where}.`), { code: e.code });
}
/** Moves a complete part file to `dest`, saying what to check when the file system refuses. */
async function renameIntoPlace(part, dest) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(part, dest);
    }
    catch (err) {
        throw isDiskError(err) ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Moving ${part} to ${dest} failed (${String(err.code)}). Check that ${dest} is not a directory and is writable.`) : err;
    }
}
/**
 * Replaces `dest` with `data` (text as UTF-8; a stream is written as it comes),
 * creating its directory if needed. The caller decides what goes in; a file
 * later jobs read must have been scrubbed of secrets before it gets here.
 */
async function writeFileAtomically(dest, data) {
    const part = partPathFor(dest);
    // Only the file system's own failures are worded as a disk problem; the source's errors reach the caller as they are.
    const onDisk = async (step) => {
        try {
            return await step();
        }
        catch (err) {
            throw diskFailure(err, `Writing ${part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
        }
    };
    let handle;
    try {
        await onDisk(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), { recursive: true }));
        // 'wx': never someone else's file.
        handle = await onDisk(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(part, 'wx'));
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(part, { force: true }).catch(() => { });
        throw err;
    }
}


/***/ }),

/***/ 75732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ BLOCK_SIZE),
/* harmony export */   t: () => (/* binding */ BlockReader)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/**
 * Positional reads of a file for parsers that read many small records (zip
 * headers): each read is served from one block read ahead from the file, so a
 * zip of 200,000 members costs a few thousand reads of the file instead of
 * several hundred thousand round trips through the thread pool. Reads larger
 * than a block go to the file directly.
 */

const BLOCK_SIZE = 64 * 1024;
class BlockReader {
    handle;
    size;
    blockSize;
    block = Buffer.alloc(0);
    blockStart = 0;
    closed = false;
    /** Reads of the file so far (for tests and diagnostics). */
    fileReads = 0;
    constructor(handle, size, blockSize) {
        this.handle = handle;
        this.size = size;
        this.blockSize = blockSize;
    }
    static async open(path, blockSize = BLOCK_SIZE) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            return new BlockReader(handle, (await handle.stat()).size, blockSize);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /** Up to `length` bytes at `position`: fewer only where the file ends (or shrank since it was opened). */
    async read(position, length) {
        if (this.closed)
            throw new Error('read after close');
        const end = Math.min(position + length, this.size);
        if (end <= position)
            return Buffer.alloc(0);
        if (position >= this.blockStart && end <= this.blockStart + this.block.length) {
            return this.block.subarray(position - this.blockStart, end - this.blockStart);
        }
        const want = end - position;
        if (want > this.blockSize)
            return this.fill(Buffer.allocUnsafe(want), position);
        // Read ahead: records are parsed front to back, so the next ones are usually in this block.
        // A fresh block each time, so a view handed out earlier never changes under its holder.
        this.block = await this.fill(Buffer.allocUnsafe(Math.min(this.blockSize, this.size - position)), position);
        this.blockStart = position;
        return this.block.subarray(0, Math.min(want, this.block.length));
    }
    /** `buffer` filled from `position`, or as much of it as the file still has. */
    async fill(buffer, position) {
        let filled = 0;
        while (filled < buffer.length) {
            this.fileReads++;
            const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
            if (bytesRead === 0)
                break; // the file shrank since it was opened
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.handle.close();
    }
}


/***/ }),

/***/ 32477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ writeChecked),
/* harmony export */   k: () => (/* binding */ CheckedFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2848);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The expected sha256 for ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(dest)} is not 64 hex digits: "${expect.expectedSha256}". Fix the manifest or listing that supplied it.`);
        }
        const part = (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .partPathFor */ .Eg)(dest);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dest), { recursive: true });
            // Created here ('wx': never someone else's file); the hasher then writes it.
            await (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(part, 'wx')).close();
        }
        catch (err) {
            throw (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFailure */ .C9)(err, `Writing ${part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(part));
        }
        try {
            return new CheckedFile(dest, part, await hasherFor(part), { ...expect, expectedSha256 });
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(part, { force: true }).catch(() => { });
            throw (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFailure */ .C9)(err, `Writing ${part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(part));
        }
    }
    /** Bytes written so far (handed over: a failed write shows in error()). */
    get size() {
        return this.hasher.size;
    }
    get label() {
        return `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(this.dest)}${this.expect.what ? ` (${this.expect.what})` : ''}`;
    }
    /** Refuses bytes beyond the expected size: they cannot be the promised file. */
    write(chunk) {
        const { expectedSize } = this.expect;
        if (expectedSize !== undefined && this.size + chunk.byteLength > expectedSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${this.label} holds more than the ${expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
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
        return failure && (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFailure */ .C9)(failure, `Writing ${this.part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.part));
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
                throw (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .diskFailure */ .C9)(err, `Writing ${this.part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(this.part));
            }
            const { expectedSize, expectedSha256 } = this.expect;
            if (expectedSize !== undefined && digests.size !== expectedSize) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${this.label} gave ${digests.size} bytes, not the ${expectedSize} listed. It changed after it was listed, or the transfer was cut short; re-run to fetch it again.`);
            }
            if (expectedSha256 !== undefined && digests.sha256 !== expectedSha256) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${this.label}: sha256 is ${digests.sha256} but ${expectedSha256} was expected. These are not the bytes that were promised; ` +
                    'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.');
            }
            const part = this.part;
            await accept?.({ size: digests.size, sha256: digests.sha256, md5: () => md5Of(part) });
            await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .renameIntoPlace */ .Qf)(this.part, this.dest);
            return { path: this.dest, size: digests.size, sha256: digests.sha256 };
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.part, { force: true }).catch(() => { });
            throw err;
        }
    }
    /** Gives the file up: the part file is closed and removed, `dest` is untouched. */
    async discard() {
        if (this.ended)
            return;
        this.ended = true;
        await this.hasher.abort();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.part, { force: true }).catch(() => { });
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


/***/ }),

/***/ 53618:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ boundedPages)
/* harmony export */ });
/* unused harmony export LISTING_DEADLINE_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/**
 * Bounds on a paginated GitHub listing: a page limit and an overall deadline,
 * so that an API (or something posing as one) that links to a next page
 * forever cannot keep an action listing without end.
 */

/** A listing, every page and retry, ends within this long: 5 minutes. */
const LISTING_DEADLINE_MS = 5 * 60_000;
/**
 * A listing's pages within its bounds. `start` makes the page iterator with
 * the signal to pass as `request: { signal }`, which ends a request still in
 * flight at the deadline.
 */
async function* boundedPages(start, bounds) {
    const deadlineMs = bounds.deadlineMs ?? LISTING_DEADLINE_MS;
    const signal = AbortSignal.timeout(deadlineMs);
    let count = 0;
    const late = () => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Listing ${bounds.what} did not end within ${Math.round(deadlineMs / 1000)} s (${count} page(s) read). ` +
        'GitHub is slow or keeps linking to another page; run the step again later.');
    try {
        for await (const page of start(signal)) {
            if (signal.aborted)
                throw late();
            if (bounds.maxPages !== undefined && ++count > bounds.maxPages) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Listing ${bounds.what} stopped after ${bounds.maxPages} pages: GitHub keeps linking to another page, more than such a listing ever has. ` +
                    'Check GITHUB_API_URL and that no proxy rewrites its answers.');
            }
            yield page;
        }
    }
    catch (err) {
        if (signal.aborted && !(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y))
            throw late();
        throw err;
    }
}


/***/ }),

/***/ 69275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SC: () => (/* reexport */ createCrc32),
  createHasher: () => (/* reexport */ createHasher),
  hash: () => (/* reexport */ hash),
  WN: () => (/* reexport */ scanFile),
  O5: () => (/* reexport */ setWorkerThreads),
  lL: () => (/* reexport */ warmWorkerThreads)
});

// UNUSED EXPORTS: digestBytes, releaseWorkerThreads, workerStats

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(70608);
;// CONCATENATED MODULE: ./lib/hashing/algorithms.js
/**
 * The digests this project computes and what each is for: sha256 (what pip
 * checks, RECORD and the manifest key on), md5 (what a legacy upload form
 * still carries, and a single-part S3 ETag) and BLAKE2b-256 (what warehouse
 * uses for duplicate detection and storage paths). node:crypto's blake2b512
 * cannot produce a 256-bit output, and BLAKE2b-256 is not a truncation of
 * BLAKE2b-512, so hash-wasm provides it.
 */


const KNOWN = new Set(['sha256', 'md5', 'blake2b256']);
/** Refuses a name that is not one of ours (names also arrive in messages from other threads). */
function checkAlgorithms(algorithms) {
    const unknown = algorithms.filter((a) => !KNOWN.has(a));
    if (unknown.length > 0)
        throw new Error(`unknown hash algorithm ${unknown.join(', ')}`);
    return [...new Set(algorithms)];
}
/** Asynchronous because BLAKE2b-256 is a WebAssembly instance. */
async function createMultiHash(algorithms) {
    const parts = await Promise.all(checkAlgorithms(algorithms).map(async (name) => [name, name === 'blake2b256' ? await (0,index_umd.createBLAKE2b)(256) : (0,external_node_crypto_.createHash)(name)]));
    return {
        update(chunk) {
            for (const [, hash] of parts)
                hash.update(chunk);
        },
        digest() {
            return Object.fromEntries(parts.map(([name, hash]) => [name, hash.digest('hex')]));
        },
    };
}
/** The digest of a few bytes already in memory (text members a build writes, RECORD lines). */
function digestBytes(data, algorithm) {
    return createHash(algorithm).update(data).digest();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/crc-32/crc32.js
var crc32 = __webpack_require__(84891);
;// CONCATENATED MODULE: ./lib/hashing/crc32.js
/**
 * CRC-32 as zip members declare it. node's zlib.crc32 (native) exists from
 * Node 20.15 and 22.2; `engines` admits every Node 20, so older ones get the
 * table-driven implementation from the crc-32 package instead: the check is
 * always made, only its speed differs.
 */


const portableCrc32 = (data, previous) => crc32.buf(data, previous | 0) >>> 0;
const crc32_native = external_node_zlib_.crc32;
const crc32_crc32 = typeof crc32_native === 'function' ? (data, previous) => crc32_native(data, previous) >>> 0 : portableCrc32;
function createCrc32() {
    let value = 0;
    return {
        update(data) {
            value = crc32_crc32(data, value);
        },
        get value() {
            return value;
        },
    };
}

// EXTERNAL MODULE: ./lib/hashing/zip-framing.js
var zip_framing = __webpack_require__(85440);
;// CONCATENATED MODULE: ./lib/hashing/kernel.js
/**
 * The byte-crunching part of checking a file: one sequential read in large
 * chunks that hashes the whole file and, from the same chunks, inflates,
 * hashes, CRC-checks and size-checks the zip members it is asked about. What
 * to read (member offsets, sizes, methods) is decided by the caller from the
 * central directory; this part only turns bytes into digests and outcomes,
 * and hashes (and writes) bytes handed to it piece by piece.
 *
 * The same kernel runs in the hashing workers (hash-worker.ts) and, when no
 * worker can, on the calling thread (pool.ts).
 */







const CHUNK = 1024 * 1024;
/** Read buffers of scans given none, kept for the next: a buffer per chunk would leave garbage as fast as files are read. */
const MAX_SPARE = 4;
// Not `instanceof Error`: errors from node's own modules may come from another realm (a VM context).
function errorText(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** Byte ranges to read: everything, or the members' ranges with small gaps bridged. */
function segments(members, order, fileSize) {
    if (fileSize !== undefined)
        return [[0, fileSize]];
    const out = [];
    for (const i of order) {
        const { start, length } = members[i];
        if (length === 0)
            continue;
        const last = out[out.length - 1];
        if (last && start <= last[1] + 64 * 1024)
            last[1] = Math.max(last[1], start + length);
        else
            out.push([start, start + length]);
    }
    return out;
}
/** `crc32`: replaceable so tests can run the portable CRC-32 where node has its own. */
function createKernel(options = {}) {
    const crc32 = options.crc32 ?? crc32_crc32;
    const spare = [];
    /** Inflated bytes of a member, as they come; stops the member at its declared size. */
    const take = (m, bytes) => {
        if (m.outcome)
            return;
        m.size += bytes.length;
        if (m.size > m.plan.declaredSize) {
            // The central directory understated this member, the way a bomb slips past a
            // declared-size check: stop at once, nothing beyond the declared size is inflated.
            m.outcome = { kind: 'lying', declared: m.plan.declaredSize };
            m.kept = undefined;
            m.inflater?.destroy();
            return;
        }
        m.sha256?.update(bytes);
        m.crc = crc32(bytes, m.crc);
        // A copy: the chunk may belong to a read buffer that is handed on afterwards.
        m.kept?.push(Buffer.from(bytes));
    };
    const begin = (plan) => {
        const m = { plan, end: plan.start + plan.length, size: 0, crc: 0 };
        if (plan.hash)
            m.sha256 = (0,external_node_crypto_.createHash)('sha256');
        if (plan.keep)
            m.kept = [];
        if (!plan.deflated)
            return m;
        // A stream even for small members: it reports output as it goes, so a member that
        // overruns its declared size is caught as such even if its data is also damaged further on.
        const inflater = (0,external_node_zlib_.createInflateRaw)();
        m.inflater = inflater;
        m.inflated = new Promise((resolve) => {
            inflater.on('data', (out) => take(m, out));
            inflater.on('error', (error) => {
                if (!m.outcome)
                    m.outcome = { kind: 'corrupt', reason: errorText(error) };
                resolve();
            });
            inflater.on('end', () => resolve());
            inflater.on('close', () => resolve());
        });
        return m;
    };
    /**
     * The member's part of a chunk. For a deflated member, resolves once the inflater
     * has consumed the piece: the chunk's memory is read into again (or handed on) after that.
     */
    const feed = (m, piece) => {
        if (m.outcome || piece.length === 0)
            return undefined;
        const inflater = m.inflater;
        if (inflater) {
            return new Promise((resolve) => {
                const done = () => {
                    inflater.off('close', done);
                    resolve();
                };
                inflater.on('close', done);
                inflater.write(piece, done);
            });
        }
        take(m, piece);
        return undefined;
    };
    const finish = async (m) => {
        if (m.inflater) {
            if (!m.outcome)
                m.inflater.end();
            await m.inflated;
            m.inflater.destroy();
        }
        if (m.outcome)
            return m.outcome;
        if (m.size !== m.plan.declaredSize) {
            return { kind: 'corrupt', reason: `inflates to ${m.size} bytes, ${m.plan.declaredSize} declared` };
        }
        if (m.crc >>> 0 !== m.plan.crc32 >>> 0)
            return { kind: 'corrupt', reason: 'CRC-32 does not match' };
        return {
            kind: 'ok',
            size: m.size,
            ...(m.sha256 ? { sha256: m.sha256.digest('base64url') } : {}),
            ...(m.kept ? { bytes: Buffer.concat(m.kept) } : {}),
        };
    };
    async function scan(request, sink, buffers) {
        const pool = buffers ?? spare;
        // Own memory (never node's shared pool), so a chunk can be transferred.
        const takeBuffer = () => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
        const { members } = request;
        const outcomes = new Array(members.length);
        const order = members.map((_, i) => i).sort((a, b) => members[a].start - members[b].start || a - b);
        const whole = request.wholeFile ? await createMultiHash(request.algorithms ?? []) : undefined;
        const framing = request.wholeFile && request.framing ? new zip_framing/* ZipFramingCheck */.e7(request.framing) : undefined;
        const handle = await (0,promises_.open)(request.path, 'r');
        let active = [];
        let buffer;
        try {
            const fileSize = request.wholeFile ? (await handle.stat()).size : undefined;
            let size = 0;
            let next = 0;
            const settle = async (index, member) => {
                outcomes[index] = await finish(member);
            };
            for (const [from, to] of segments(members, order, fileSize)) {
                let pos = from;
                while (pos < to) {
                    buffer ??= takeBuffer();
                    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, to - pos), pos);
                    if (bytesRead === 0)
                        throw new Error(`${request.path} is shorter than expected: it ended at ${pos} bytes (was it changed while being read?)`);
                    const chunk = buffer.subarray(0, bytesRead);
                    const chunkEnd = pos + bytesRead;
                    whole?.update(chunk);
                    framing?.feed(chunk);
                    size += bytesRead;
                    while (next < order.length && members[order[next]].start < chunkEnd) {
                        const index = order[next++];
                        active.push({ index, member: begin(members[index]) });
                    }
                    const waits = [];
                    for (const { member } of active) {
                        const from = Math.max(member.plan.start, pos);
                        const to = Math.min(member.end, chunkEnd);
                        if (to > from) {
                            const wait = feed(member, chunk.subarray(from - pos, to - pos));
                            if (wait)
                                waits.push(wait);
                        }
                    }
                    if (waits.length > 0)
                        await Promise.all(waits);
                    const done = active.filter(({ member }) => member.end <= chunkEnd);
                    if (done.length > 0) {
                        active = active.filter(({ member }) => member.end > chunkEnd);
                        for (const { index, member } of done)
                            await settle(index, member);
                    }
                    pos = chunkEnd;
                    if (sink) {
                        await sink.chunk(chunk);
                        if (sink.takesChunks)
                            buffer = undefined;
                    }
                }
            }
            // Members not reached (empty ones) and any still open end here with what they got.
            while (next < order.length) {
                const index = order[next++];
                active.push({ index, member: begin(members[index]) });
            }
            for (const { index, member } of active)
                await settle(index, member);
            const walked = framing?.result(size);
            return { outcomes, ...(whole ? { digests: whole.digest(), size } : {}), ...(framing ? { framing: walked === undefined ? {} : { refused: walked } } : {}) };
        }
        catch (error) {
            for (const { member } of active)
                member.inflater?.destroy();
            throw error;
        }
        finally {
            if (buffer && (buffers || spare.length < MAX_SPARE))
                pool.push(buffer);
            await handle.close();
        }
    }
    async function streamHash(algorithms, writeTo) {
        const hash = await createMultiHash(algorithms);
        let fd = writeTo === undefined ? undefined : (0,external_node_fs_.openSync)(writeTo, 'w');
        const close = () => {
            if (fd === undefined)
                return;
            const open = fd;
            fd = undefined;
            (0,external_node_fs_.closeSync)(open);
        };
        return {
            update(chunk) {
                if (fd !== undefined) {
                    for (let written = 0; written < chunk.byteLength;)
                        written += (0,external_node_fs_.writeSync)(fd, chunk, written, chunk.byteLength - written);
                }
                hash.update(chunk);
            },
            digest() {
                close();
                return hash.digest();
            },
            abort: close,
        };
    }
    return { scan, streamHash };
}

;// CONCATENATED MODULE: ./lib/hashing/worker-entry.js
/** Through a parameter: the bundler's asset relocator rewrites a `new URL()` whose arguments it can work out. */
function beside(file, base) {
    return new URL(file, base);
}
function workerEntry() {
    return { url: beside('hash-worker.js', import.meta.url) };
}

;// CONCATENATED MODULE: ./lib/hashing/pool.js
/**
 * Hashing and member checks on the other cores. Checking a 48 MB wheel costs
 * about as much CPU as receiving or sending it; on one thread an index that
 * checks uploads (or a client that checks before uploading) does everything in
 * turn. Worker threads run the kernel (kernel.ts) from a worker file of their
 * own (worker-entry.ts finds it) while the calling thread keeps the network moving.
 *
 * BLAKE2b-256 costs about twice what sha256 does. When a job asks for it with
 * other work (sha256, members, writing) and another worker has nothing to do,
 * that worker computes it from the same chunks, relayed through this thread as
 * the first worker finishes with them: one read of the file, two cores. When
 * every worker is busy, jobs stay whole and go to the least loaded one.
 *
 * When workers cannot start or one fails, the same kernel runs on this
 * thread; a result never depends on where it was computed.
 */




/** The kernel on this thread: the fallback, and what tests compare the workers with. */
const localKernel = createKernel();
/** Chunks a worker may hand back before they have been dealt with. */
const CHUNK_WINDOW = 3;
/**
 * A stream's bytes go to its worker in batches of this size. Ten downloads at once each hold a
 * batch being filled and a backlog: small batches keep that to a few MiB (bench/fetch on loopback,
 * 30 × 40 MB: 1 MiB batches with a 2 MiB backlog peaked at 165–188 MiB, these at 142–153 MiB, at
 * the same speed), while a message per 256 KiB still costs nothing next to hashing it.
 */
const STREAM_BATCH = 256 * 1024;
/** Bytes handed to a worker's stream hash and not yet back, before ready() asks the caller to wait. */
const STREAM_BACKLOG = 2 * STREAM_BATCH;
/**
 * The workers' memory comes from here (this thread's allocator) and comes back:
 * what a worker allocated itself would stay with its thread's allocator after the
 * worker ends, and count in the process's memory from then on. Kept per size
 * (file reads of CHUNK, stream batches), up to 8 MiB of each.
 */
const spareBuffers = new Map([[CHUNK, []], [STREAM_BATCH, []]]);
const MAX_SPARE_BYTES = 8 * 1024 * 1024;
/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer(size = CHUNK) {
    return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
}
function recycleBuffer(memory) {
    const spare = spareBuffers.get(memory.byteLength);
    if (spare && spare.length * memory.byteLength < MAX_SPARE_BYTES)
        spare.push(Buffer.from(memory));
}
/** An error from a worker, with its code (ENOSPC, EACCES…) so the caller can explain a failed write. */
function workerError(msg) {
    return Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {});
}
/** CPU per byte, relative to sha256: what the pool balances its workers by. */
const COST = { sha256: 1, md5: 1, blake2b256: 2 };
function cost(algorithms, extra = {}) {
    // Inflating and hashing members costs about as much again as the whole file's sha256.
    return Math.max(1, algorithms.reduce((sum, a) => sum + COST[a], 0) + (extra.members ? 2 : 0) + (extra.write ? 1 : 0));
}
/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
    worker;
    idleMs;
    onGone;
    jobs = new Map();
    /** The summed cost of its jobs. */
    load = 0;
    /** Failed, exited or retired: takes no new job. */
    gone = false;
    /** Started and running the kernel. */
    ready = false;
    /** Settles once the worker runs the kernel or is gone. */
    settled;
    settle;
    idle;
    constructor(worker, idleMs, onGone) {
        this.worker = worker;
        this.idleMs = idleMs;
        this.onGone = onGone;
        this.settled = new Promise((resolve) => (this.settle = resolve));
    }
    add(id, job) {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = undefined;
        if (this.jobs.size === 0)
            this.worker.ref();
        this.jobs.set(id, job);
        this.load += job.load;
    }
    remove(id) {
        const job = this.jobs.get(id);
        if (!job)
            return;
        this.jobs.delete(id);
        this.load -= job.load;
        if (this.jobs.size > 0)
            return;
        this.worker.unref();
        if (this.gone) {
            void this.worker.terminate();
            return;
        }
        this.idleFromNow();
    }
    /**
     * Retires the worker unless a job comes within idleMs: an idle worker holds an
     * isolate and its read buffers, and a new one starts in a few milliseconds.
     * Also for a worker started ahead of the work, which may never get any.
     */
    idleFromNow() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = setTimeout(() => this.retire(), this.idleMs);
        this.idle.unref();
    }
    /** Ends the worker as soon as it has no job. */
    retire() {
        if (!this.gone) {
            this.gone = true;
            this.onGone(this);
        }
        if (this.jobs.size === 0)
            void this.worker.terminate();
    }
    post(msg, transfer) {
        this.worker.postMessage(msg, transfer);
    }
}
/** Thrown by a job whose worker died; the job may be run again on this thread. */
class WorkerLost extends Error {
}
/** How long a worker waits for another job before it ends. */
const IDLE_MS = 1000;
/**
 * A stream hash on a worker, fed with memory this thread gives away: each
 * chunk comes back with its acknowledgement, once written and hashed.
 */
class RemoteStream {
    worker;
    id;
    onFail;
    result;
    settle;
    /** Acknowledgements arrive in the order the chunks were sent. */
    acks = [];
    finished = false;
    failure;
    constructor(worker, id, algorithms, writeTo, onFail) {
        this.worker = worker;
        this.id = id;
        this.onFail = onFail;
        this.result = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
        // Nobody may be waiting yet when a worker fails; the failure is reported by end().
        this.result.catch(() => undefined);
        worker.add(id, {
            onMessage: (msg) => {
                if (msg.op === 'ack')
                    this.acks.shift()?.(msg.chunk.buffer);
                else if (msg.op === 'done') {
                    worker.remove(id);
                    this.settle.resolve(msg.result);
                }
                else if (msg.op === 'failed')
                    this.fail(workerError(msg));
            },
            onLost: (error) => this.fail(error),
            load: cost(algorithms, { write: writeTo !== undefined }),
        });
        worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
    }
    fail(error) {
        if (this.failure)
            return;
        this.worker.remove(this.id);
        this.failure = error;
        this.settle.reject(error);
        this.onFail(error);
    }
    push(chunk, acked) {
        this.acks.push(acked);
        this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer]);
    }
    end() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-end' });
        this.finished = true;
        return this.result;
    }
    async abort() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-abort' });
        this.finished = true;
        await this.result.then(() => undefined, () => undefined);
    }
}
/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash {
    hash;
    failure;
    constructor() { }
    static async open(algorithms, writeTo) {
        const local = new LocalStreamHash();
        try {
            local.hash = await localKernel.streamHash(algorithms, writeTo);
        }
        catch (error) {
            local.failure = error;
        }
        return local;
    }
    update(chunk) {
        if (this.failure !== undefined || !this.hash)
            return;
        try {
            this.hash.update(chunk);
        }
        catch (error) {
            this.failure = error;
            this.close();
        }
    }
    ready() {
        return undefined;
    }
    async digest() {
        if (this.failure !== undefined || !this.hash)
            throw this.failure;
        const hash = this.hash;
        this.hash = undefined;
        return hash.digest();
    }
    async abort() {
        this.close();
    }
    error() {
        const failure = this.failure;
        return failure === undefined ? undefined : failure instanceof Error ? failure : new Error(String(failure));
    }
    close() {
        try {
            this.hash?.abort();
        }
        catch {
            // Given up on anyway.
        }
        this.hash = undefined;
    }
}
/**
 * Chunks are copied into STREAM_BATCH-sized batches (the caller's chunks are views into
 * socket buffers it still uses) and transferred, so a batch is copied once; the
 * worker writes and hashes it and hands the memory back for the next batch, or,
 * when BLAKE2b-256 runs on a second worker, on to that one first.
 */
class RemoteStreamHash {
    batch;
    filled = 0;
    backlog = 0;
    waiters = [];
    finished = false;
    main;
    helper;
    constructor(pool, main, helper) {
        this.main = new RemoteStream(main.worker, pool.newId(), main.algorithms, main.writeTo, () => this.wake());
        this.helper = helper && new RemoteStream(helper.worker, pool.newId(), helper.algorithms, undefined, () => this.wake());
    }
    wake() {
        for (const w of this.waiters.splice(0))
            w();
    }
    release(memory, length) {
        this.backlog -= length;
        recycleBuffer(memory);
        if (this.backlog <= STREAM_BACKLOG)
            this.wake();
    }
    flush() {
        if (!this.batch || this.filled === 0)
            return;
        const chunk = this.batch.subarray(0, this.filled);
        const length = this.filled;
        this.batch = undefined;
        this.filled = 0;
        this.backlog += length;
        this.main.push(chunk, (memory) => {
            if (this.helper && !this.error())
                this.helper.push(new Uint8Array(memory, 0, length), (back) => this.release(back, length));
            else
                this.release(memory, length);
        });
    }
    update(chunk) {
        if (this.finished)
            throw new Error('stream hash already finished');
        if (this.error())
            return;
        let offset = 0;
        while (offset < chunk.length) {
            this.batch ??= takeBuffer(STREAM_BATCH);
            const n = Math.min(STREAM_BATCH - this.filled, chunk.length - offset);
            this.batch.set(chunk.subarray(offset, offset + n), this.filled);
            this.filled += n;
            offset += n;
            if (this.filled === STREAM_BATCH)
                this.flush();
        }
    }
    error() {
        return this.main.failure ?? this.helper?.failure;
    }
    ready() {
        if (this.error() || this.backlog <= STREAM_BACKLOG)
            return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    async digest() {
        if (this.finished)
            throw new Error('stream hash already finished');
        this.finished = true;
        this.flush();
        try {
            // The main worker acknowledges every chunk before it answers the end, so by then
            // the helper has been handed all of them.
            const own = await this.main.end();
            return { ...own, ...(this.helper ? await this.helper.end() : {}) };
        }
        catch (error) {
            await this.helper?.abort();
            throw error;
        }
    }
    async abort() {
        if (!this.finished) {
            this.finished = true;
            if (this.batch)
                recycleBuffer(this.batch.buffer);
            this.batch = undefined;
        }
        this.wake();
        await Promise.all([this.main.abort(), this.helper?.abort()]);
    }
}
/** The part of `algorithms` a second worker takes over, when that is worth a relay. */
function splitOff(algorithms, otherWork) {
    return algorithms.includes('blake2b256') && (otherWork || algorithms.length > 1) ? ['blake2b256'] : [];
}
class Pool {
    size;
    workers = new Set();
    /** A worker failed or none could start: everything runs on the calling thread from now on. */
    disabled = false;
    nextId = 1;
    constructor(size) {
        this.size = size;
    }
    newId() {
        return this.nextId++;
    }
    /**
     * Fewer or more threads (0: everything on the calling thread), and workers
     * trusted again after one was lost; running jobs finish where they are.
     */
    resize(size) {
        this.size = size;
        this.disabled = false;
        this.release();
    }
    /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
    release() {
        for (const w of [...this.workers])
            w.retire();
        for (const spare of spareBuffers.values())
            spare.length = 0;
    }
    /** The workers now running or starting; for tests and diagnostics. */
    count() {
        return this.workers.size;
    }
    /**
     * The least loaded worker, or a new one while there are fewer than `size` and
     * all are busy; none when workers are off. `started`: only a worker known to
     * run (for jobs that cannot be redone here if it fails; a new one is still
     * started for the next job).
     */
    pick(started = false) {
        if (this.disabled || this.size <= 0)
            return undefined;
        let best;
        for (const w of this.workers) {
            if ((w.ready || !started) && (!best || w.load < best.load))
                best = w;
        }
        if (best && best.jobs.size === 0)
            return best;
        if (this.workers.size >= this.size)
            return best;
        const fresh = this.spawn();
        return started ? best : fresh ?? best;
    }
    /**
     * A second worker for part of a job, only if one has nothing else to do (or
     * can be started): when all are busy, the job is cheaper whole on one worker
     * than relayed between two that have other work.
     */
    idle(besides, started) {
        for (const w of this.workers)
            if (w !== besides && w.jobs.size === 0 && (w.ready || !started))
                return w;
        return !started && this.workers.size < this.size ? this.spawn() : undefined;
    }
    spawn() {
        let worker;
        try {
            const entry = workerEntry();
            worker = new external_node_worker_threads_.Worker(entry.url, entry.execArgv ? { execArgv: entry.execArgv } : {});
        }
        catch {
            this.disabled = true;
            return undefined;
        }
        const pooled = new PoolWorker(worker, IDLE_MS, (w) => this.workers.delete(w));
        worker.on('message', (msg) => {
            if (msg.op === 'ready') {
                pooled.ready = true;
                pooled.settle();
                if (pooled.jobs.size === 0)
                    pooled.idleFromNow();
            }
            else if (msg.op === 'spare')
                recycleBuffer(msg.buffer);
            else
                pooled.jobs.get(msg.id)?.onMessage(msg);
        });
        const lost = (error) => {
            pooled.settle();
            if (pooled.jobs.size === 0 && pooled.gone)
                return; // retired and ended
            // One that died may have been killed by something that takes the others too.
            this.disabled = true;
            pooled.gone = true;
            this.workers.delete(pooled);
            for (const [id, job] of [...pooled.jobs]) {
                pooled.remove(id);
                job.onLost(error);
            }
        };
        worker.on('error', (error) => lost(new WorkerLost(`a hashing worker failed: ${error.message}`)));
        worker.on('exit', (code) => lost(new WorkerLost(`a hashing worker exited (code ${code})`)));
        // After the listeners: adding a 'message' listener refs the worker again.
        worker.unref();
        this.workers.add(pooled);
        return pooled;
    }
    /**
     * Starts all the workers now and resolves once each runs (or is gone): work
     * that must go to a started worker (stream hashes) then never has to stay on
     * this thread for want of one.
     */
    async warm() {
        while (!this.disabled && this.workers.size < this.size) {
            if (!this.spawn())
                break;
        }
        await Promise.all([...this.workers].map(async (w) => {
            // Unref'd workers alone do not keep the process alive, and nothing else may while it waits.
            w.worker.ref();
            await w.settled;
            if (w.jobs.size === 0)
                w.worker.unref();
        }));
    }
    /** A scan on a worker (and BLAKE2b-256 on a second); on this thread if no worker can do it. */
    async scan(request) {
        if (request.wholeFile)
            stats.wholeFileScans++;
        const reader = this.pick();
        if (reader) {
            const algorithms = request.algorithms ?? [];
            const split = request.wholeFile ? splitOff(algorithms, request.members.length > 0) : [];
            const helper = split.length > 0 ? this.idle(reader, false) : undefined;
            try {
                stats.workerScans++;
                if (helper)
                    stats.splitJobs++;
                return await this.scanOn(reader, request, helper && { worker: helper, algorithms: split });
            }
            catch (error) {
                if (!(error instanceof WorkerLost))
                    throw error;
            }
        }
        stats.localScans++;
        return localKernel.scan(request);
    }
    scanOn(reader, request, split) {
        const id = this.newId();
        const credit = (memory) => reader.post({ id, op: 'credit', chunk: new Uint8Array(memory) }, [memory]);
        // The helper's trouble stops the reader, which would otherwise wait for chunks that never come back.
        const helper = split && new RemoteStream(split.worker, this.newId(), split.algorithms, undefined, () => reader.post({ id, op: 'cancel' }));
        const own = split ? (request.algorithms ?? []).filter((a) => !split.algorithms.includes(a)) : request.algorithms;
        return new Promise((resolve, reject) => {
            const failed = (error) => {
                void helper?.abort();
                reject(helper?.failure ?? error);
            };
            reader.add(id, {
                onMessage: (msg) => {
                    switch (msg.op) {
                        case 'chunk':
                            if (helper && !helper.failure)
                                helper.push(msg.chunk, credit);
                            else
                                credit(msg.chunk.buffer);
                            break;
                        case 'done': {
                            reader.remove(id);
                            for (const buffer of msg.buffers ?? [])
                                recycleBuffer(buffer);
                            const result = msg.result;
                            if (!helper)
                                resolve(result);
                            else
                                helper.end().then((extra) => resolve({ ...result, digests: { ...result.digests, ...extra } }), reject);
                            break;
                        }
                        case 'failed':
                            reader.remove(id);
                            failed(workerError(msg));
                            break;
                        default:
                            break;
                    }
                },
                onLost: failed,
                load: cost(own ?? [], { members: request.members.length > 0 }),
            });
            // A buffer to read into and, when chunks go to a helper, one for each chunk on its way. A scan of
            // some members only (a download's metadata) reads little, and ten at once should not hold 10 MiB.
            const size = request.wholeFile ? CHUNK : STREAM_BATCH;
            const buffers = Array.from({ length: helper ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer(size).buffer);
            reader.post({ id, op: 'scan', request: { ...request, ...(own ? { algorithms: own } : {}) }, forward: helper !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
        });
    }
    /**
     * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
     * started worker when there is one: bytes handed over cannot be hashed again
     * here if a worker fails, so a worker that might not start is not trusted with them.
     */
    async streamHash(algorithms, writeTo) {
        const worker = this.pick(true);
        if (!worker) {
            stats.localStreams++;
            return LocalStreamHash.open(algorithms, writeTo);
        }
        stats.workerStreams++;
        const split = splitOff(algorithms, writeTo !== undefined);
        const helper = split.length > 0 ? this.idle(worker, true) : undefined;
        if (!helper)
            return new RemoteStreamHash(this, { worker, algorithms, writeTo });
        stats.splitJobs++;
        return new RemoteStreamHash(this, { worker, algorithms: algorithms.filter((a) => !split.includes(a)), writeTo }, { worker: helper, algorithms: split });
    }
}
const stats = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0, splitJobs: 0 };
function workerStats() {
    return { ...stats, running: pool?.count() ?? 0 };
}
let pool;
function thePool() {
    pool ??= new Pool((0,external_node_os_.availableParallelism)());
    return pool;
}
/**
 * How many worker threads to use from now on (default: one per core); 0 keeps
 * every job on the calling thread.
 */
function setWorkerThreads(size) {
    thePool().resize(Math.max(0, Math.floor(size)));
}
/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now.
 * For a caller done checking files and about to do something else for a while;
 * the next job starts new ones.
 */
function releaseWorkerThreads() {
    pool?.release();
}
/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
function warmWorkerThreads() {
    return thePool().warm();
}
function scanOnWorker(request) {
    return thePool().scan(request);
}
function streamHashOnWorker(algorithms, writeTo) {
    return thePool().streamHash(algorithms, writeTo);
}

;// CONCATENATED MODULE: ./lib/hashing/hash.js
/**
 * The one way this project hashes bytes: a file or a stream in one call, a
 * hasher fed piece by piece (that can also write what it is fed), and the
 * member scan of a zip. All of it runs on the hashing workers when they can
 * (pool.ts), on this thread when they cannot; the digests are the same.
 */


/** Digests of a file, read once, or of a stream, read to its end. */
async function hash(source, algorithms) {
    const wanted = checkAlgorithms(algorithms);
    if (typeof source === 'string') {
        const scan = await scanOnWorker({ path: source, members: [], wholeFile: true, algorithms: wanted });
        return { ...scan.digests, size: scan.size };
    }
    const hasher = await createHasher(algorithms);
    try {
        for await (const chunk of source) {
            hasher.update(chunk);
            const wait = hasher.ready();
            if (wait)
                await wait;
        }
    }
    catch (error) {
        await hasher.abort();
        throw error;
    }
    return hasher.digest();
}
/**
 * A hasher for a stream; with `writeTo` (a file it creates or truncates) it
 * writes the bytes too, before hashing them, so the digests always cover
 * exactly the bytes on disk.
 */
async function createHasher(algorithms, opts = {}) {
    const stream = await streamHashOnWorker(checkAlgorithms(algorithms), opts.writeTo);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('hasher already finished');
            stream.update(chunk);
            size += chunk.byteLength;
        },
        ready: () => stream.ready(),
        async digest() {
            if (done)
                throw new Error('hasher already finished');
            done = true;
            return { ...(await stream.digest()), size };
        },
        abort() {
            done = true;
            return stream.abort();
        },
        error: () => stream.error(),
        get size() {
            return size;
        },
    };
}
/**
 * Reads the members of a zip the request plans (inflating, hashing, checking
 * each) and, with `wholeFile`, digests the whole file in the same pass.
 */
function scanFile(request) {
    return scanOnWorker({ ...request, ...(request.algorithms ? { algorithms: checkAlgorithms(request.algorithms) } : {}) });
}

;// CONCATENATED MODULE: ./lib/hashing/index.js
/** The one hashing service: digests of files and streams, the zip member scan, and the worker threads that run them. */






/***/ }),

/***/ 85440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GS: () => (/* binding */ checkZipFraming),
/* harmony export */   e7: () => (/* binding */ ZipFramingCheck),
/* harmony export */   hE: () => (/* binding */ zipfileName)
/* harmony export */ });
/* harmony import */ var _files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75732);
/**
 * warehouse's `validate_zipfile` (warehouse/utils/zipfiles.py), record for
 * record: a zip must read the same whether a tool trusts its central directory
 * (pip, Python's zipfile) or streams its local headers front to back. Data
 * before the first local header, a local header whose name or sizes differ
 * from the central directory's, two central-directory entries for one local
 * header, data descriptors, per-entry comments, a second archive appended:
 * PyPI refuses them all ("ZIP archive not accepted: …"), with the texts below.
 *
 * The walk is a push parser, so it runs on the chunks of the one sequential
 * read that hashes the file (`feed`), or, when nothing reads the whole file,
 * by reading only the record headers and seeking over the data (`checkFile`).
 */

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
class Invalid extends Error {
}
/** cp437, the encoding zipfile assumes for names without the UTF-8 flag (bytes 0x80-0xff). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** The name Python's zipfile gives a central-directory entry (`ZipInfo.orig_filename`). */
function zipfileName(raw, flags) {
    if ((flags & 0x800) !== 0)
        return new TextDecoder('utf-8').decode(raw);
    let out = '';
    for (const byte of raw)
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return out;
}
function unprintable(bytes) {
    return bytes.some((b) => b < 0x20 || b === 0x7f);
}
/** The record walk of validate_zipfile; yields what it needs next, returns the file offset it stopped at. */
function* walk(cd) {
    let pos = 0;
    const read = function* (n) {
        if (n === 0)
            return Buffer.alloc(0);
        const bytes = yield { read: n };
        pos += n;
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    };
    const skip = function* (n) {
        if (n > 0)
            yield { skip: n };
        pos += n;
    };
    const localNames = new Set();
    const cdNames = new Set();
    let expectedEocd64;
    let actualEocd64;
    let cdRecords = 0;
    let cdOffset;
    let cdSize = 0;
    let eocdRecords;
    let eocdSize;
    let eocdOffset;
    for (;;) {
        const signature = (yield* read(4)).readUInt32LE(0);
        if (signature === SIG_EOCD && expectedEocd64 !== undefined && actualEocd64 === undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_EOCD64_LOCATOR && (expectedEocd64 === undefined || actualEocd64 !== undefined))
            throw new Invalid('Malformed zip file');
        if (signature !== SIG_EOCD64_LOCATOR && signature !== SIG_EOCD && expectedEocd64 !== undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_CENTRAL) {
            cdOffset ??= pos - 4;
            cdRecords++;
            const header = yield* read(42);
            const nameLength = header.readUInt16LE(24);
            const extraLength = header.readUInt16LE(26);
            if (header.readUInt16LE(28) !== 0)
                throw new Invalid('Comment in central directory');
            const name = yield* read(nameLength);
            yield* read(extraLength);
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            cdSize += 46 + nameLength + extraLength;
            const key = name.toString('latin1');
            if (cdNames.has(key))
                throw new Invalid('Duplicate filename in central directory');
            if (!localNames.has(key))
                throw new Invalid('Missing filename in local headers');
            cdNames.add(key);
        }
        else if (signature === SIG_LOCAL) {
            const header = yield* read(26);
            const flags = header.readUInt16LE(2);
            const method = header.readUInt16LE(4);
            let compressedSize = header.readUInt32LE(14);
            let size = header.readUInt32LE(18);
            const name = yield* read(header.readUInt16LE(22));
            let extra = yield* read(header.readUInt16LE(24));
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            const seenExtras = new Set();
            while (extra.length > 0) {
                if (extra.length < 4)
                    throw new Invalid('Malformed zip file');
                const id = extra.readUInt16LE(0);
                const dataSize = extra.readUInt16LE(2);
                if (dataSize + 4 > extra.length)
                    throw new Invalid('Malformed zip file');
                if (seenExtras.has(id) && (id === 0x0001 || id === 0x7075))
                    throw new Invalid('Invalid duplicate extra in local file');
                seenExtras.add(id);
                if (id === 0x0001) {
                    if (![0, 8, 16, 24, 28].includes(dataSize))
                        throw new Invalid('Malformed zip file');
                    if (dataSize === 0) {
                        if (compressedSize === U32_MAX || size === U32_MAX)
                            throw new Invalid('Malformed zip file');
                    }
                    else if (dataSize === 8) {
                        if (method !== 0)
                            throw new Invalid('Malformed zip file');
                        compressedSize = Number(extra.readBigUInt64LE(4));
                        if (size === U32_MAX)
                            size = compressedSize;
                    }
                    else {
                        if (size === U32_MAX)
                            size = Number(extra.readBigUInt64LE(4));
                        compressedSize = Number(extra.readBigUInt64LE(12));
                    }
                }
                else if (id === 0x7075) {
                    const unicodeName = extra.subarray(9, 4 + dataSize);
                    if (unprintable(unicodeName))
                        throw new Invalid('Invalid character in filename');
                    if (!validUtf8(unicodeName))
                        throw new Invalid('Filename not valid UTF-8');
                }
                extra = extra.subarray(dataSize + 4);
            }
            if ((flags & 0x08) !== 0)
                throw new Invalid('ZIP contains a data descriptor');
            if (!validUtf8(name))
                throw new Invalid('Filename not unicode');
            const expected = cd.get(name.toString('utf8'));
            if (!expected)
                throw new Invalid('Filename not in central directory');
            if (expected.compressedSize !== compressedSize)
                throw new Invalid('Mis-matched data size');
            if (expected.size !== size)
                throw new Invalid('Mis-matched file size');
            yield* skip(compressedSize);
            const key = name.toString('latin1');
            if (localNames.has(key))
                throw new Invalid('Duplicate filename in local headers');
            localNames.add(key);
        }
        else if (signature === SIG_EOCD) {
            cdOffset ??= pos - 4;
            const eocd = yield* read(18);
            if (eocd.readUInt16LE(4) !== eocd.readUInt16LE(6))
                throw new Invalid('Malformed zip file');
            if (!(actualEocd64 !== undefined && eocdOffset !== undefined)) {
                eocdRecords = eocd.readUInt16LE(6);
                eocdSize = eocd.readUInt32LE(8);
                eocdOffset = eocd.readUInt32LE(12);
            }
            yield* skip(eocd.readUInt16LE(16));
            if (eocdRecords !== cdRecords)
                throw new Invalid('Mismatched central directory records');
            if (eocdOffset !== cdOffset)
                throw new Invalid('Mismatched central directory offset');
            if (eocdSize !== cdSize)
                throw new Invalid('Mismatched central directory size');
            break;
        }
        else if (signature === SIG_EOCD64) {
            expectedEocd64 = pos - 4;
            const eocd64 = yield* read(52);
            const recordSize = Number(eocd64.readBigUInt64LE(0));
            if (eocd64.readBigUInt64LE(20) !== eocd64.readBigUInt64LE(28))
                throw new Invalid('Malformed zip file');
            if (recordSize !== 44)
                throw new Invalid('ZIP64 extensible data not allowed');
            eocdRecords = Number(eocd64.readBigUInt64LE(28));
            eocdSize = Number(eocd64.readBigUInt64LE(36));
            eocdOffset = Number(eocd64.readBigUInt64LE(44));
        }
        else if (signature === SIG_EOCD64_LOCATOR) {
            actualEocd64 = Number((yield* read(16)).readBigUInt64LE(4));
            if (expectedEocd64 !== actualEocd64)
                throw new Invalid('Mis-matched EOCD64 record and locator offset');
        }
        else {
            throw new Invalid('Unknown record signature');
        }
    }
    if (cdNames.size !== localNames.size || [...cdNames].some((n) => !localNames.has(n))) {
        throw new Invalid('Mis-matched local headers and central directory');
    }
    return pos;
}
function validUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Fed the file's bytes in order, once; `result` then says what warehouse's
 * validate_zipfile says: undefined for a zip it accepts, else its reason.
 */
class ZipFramingCheck {
    walker;
    request;
    pending = [];
    pendingLength = 0;
    failure;
    stoppedAt;
    total = 0;
    constructor(cd) {
        this.walker = walk(cd);
        this.advance(undefined);
    }
    advance(input) {
        try {
            const next = input === undefined ? this.walker.next() : this.walker.next(input);
            if (next.done) {
                this.stoppedAt = next.value;
                this.request = undefined;
            }
            else {
                this.request = next.value;
            }
        }
        catch (error) {
            if (!(error instanceof Invalid))
                throw error;
            this.failure = error.message;
            this.request = undefined;
        }
    }
    /** The next bytes of the file. */
    feed(chunk) {
        this.total += chunk.byteLength;
        let offset = 0;
        while (offset < chunk.byteLength && this.request) {
            const request = this.request;
            if ('skip' in request) {
                const n = Math.min(request.skip, chunk.byteLength - offset);
                offset += n;
                if (n === request.skip)
                    this.advance(new Uint8Array(0));
                else
                    request.skip -= n;
                continue;
            }
            const n = Math.min(request.read - this.pendingLength, chunk.byteLength - offset);
            this.pending.push(Buffer.from(chunk.subarray(offset, offset + n)));
            this.pendingLength += n;
            offset += n;
            if (this.pendingLength === request.read) {
                const bytes = Buffer.concat(this.pending);
                this.pending = [];
                this.pendingLength = 0;
                this.advance(bytes);
            }
        }
    }
    /** What is still wanted: bytes to read, or bytes to pass over (a driver that can seek skips them). */
    wants() {
        return this.request && ('read' in this.request ? { read: this.request.read - this.pendingLength } : { ...this.request });
    }
    /** Passes over bytes the walk does not look at, without them being read. */
    skip(n) {
        const request = this.request;
        if (!request || !('skip' in request) || n > request.skip)
            throw new Error('skip beyond what the zip walk asked for');
        this.total += n;
        if (n === request.skip)
            this.advance(new Uint8Array(0));
        else
            request.skip -= n;
    }
    /** After the whole file: warehouse's reason for refusing it, or undefined. */
    result(fileSize = this.total) {
        if (this.failure !== undefined)
            return this.failure;
        // The file ended in the middle of a record (or of data a header announced).
        if (this.stoppedAt === undefined)
            return 'Malformed zip file';
        if (this.stoppedAt !== fileSize)
            return 'Trailing data';
        return undefined;
    }
}
/** validate_zipfile on a file nothing else reads through: headers are read, data is passed over. */
async function checkZipFraming(path, cd) {
    const check = new ZipFramingCheck(cd);
    // A few small reads per member: served from blocks read ahead, not one trip to the file each.
    const file = await _files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .BlockReader */ .t.open(path);
    try {
        const size = file.size;
        let pos = 0;
        for (let want = check.wants(); want; want = check.wants()) {
            if ('skip' in want) {
                // Python seeks past the end without complaint; the next read then finds nothing.
                const n = Math.min(want.skip, Math.max(0, size - pos));
                if (n === 0)
                    break;
                check.skip(n);
                pos += n;
                continue;
            }
            const bytes = await file.read(pos, Math.min(_files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .BLOCK_SIZE */ .c, want.read));
            if (bytes.length === 0)
                break;
            check.feed(bytes);
            pos += bytes.length;
        }
        return check.result(size);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 22289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ downloadFile)
/* harmony export */ });
/* unused harmony export parseContentRange */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2848);
/* harmony import */ var _files_checked_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32477);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _http_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13201);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83052);
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
    return new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpStatusError */ .F9(status, `${status} ${statusText || ''}`.trim() + ` from ${(0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url)}`, (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(retryAfter));
}
function toUserError(err, url, attempts) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y)
        return err;
    const where = (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(url);
    if (err instanceof _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpError */ .j$ && err.code === 'EREDIRECT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed: ${err.message}. Use a URL that answers without such a redirect.`);
    }
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    if (err instanceof _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .HttpStatusError */ .F9) {
        if (err.status === 404 || err.status === 410) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed: ${err.status}, the file is not there. Check that the listing is current and re-run.`);
        }
        if (err.status === 401 || err.status === 403) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed: ${err.status}, access denied. The file is not public; give credentials that may read it.`);
        }
        if (err.status >= 500 || err.status === 429 || err.status === 408) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed after ${tries}: the server kept answering ${err.message.split(' from ')[0]}. Try again later.`);
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed: ${err.message}.`);
    }
    const e = (err ?? {});
    if (e.name === 'AbortError')
        return err;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Downloading ${where} failed after ${tries}: ${(0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(err)}. Check the network and the server, then re-run.`);
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
        ..._http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY */ .vI,
        maxElapsedMs: _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TRANSFER_MS */ .Uy,
        ...opts.retry,
        maxAttempts: opts.maxAttempts ?? opts.retry?.maxAttempts ?? _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY */ .vI.maxAttempts,
        signal: opts.signal,
        what: `GET ${(0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redactUrl */ .BO)(start)}`,
    };
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(dest);
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
            const response = await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .request */ .Em)(start, {
                headers: extra,
                credentials: (u) => headersFor(u, attempt),
                redirect: 'follow',
                maxRedirects: opts.maxRedirects ?? 5,
                timeouts: {
                    idleMs: idleTimeoutMs,
                    deadlineMs: Math.min(remainingMs, (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .transferDeadlineMs */ .OV)((state.total ?? opts.expectedSize ?? opts.maxBytes ?? Infinity) - asked)),
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
                    await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
                    await restart(state);
                    throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`the server answered a range request with bytes from ${range?.start ?? 'an unknown offset'} instead of ${asked}; starting over`);
                }
                state.total = range.total ?? state.total;
                state.resumable = true;
            }
            else if (response.status === 416 && asked > 0) {
                await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
                await restart(state);
                throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_('the server refused to resume (416); starting over');
            }
            else {
                await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
                throw statusError(response.status, response.statusText, finalUrl, response.headers.get('retry-after'));
            }
            if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.total !== undefined && state.total > opts.maxBytes) {
                await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${name}: the server announces ${(0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(state.total)}, more than the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
            }
            if (opts.expectedSize !== undefined && state.total !== undefined && state.total !== opts.expectedSize) {
                await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .discard */ .vf)(response);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${name}: the server announces ${state.total} bytes but the listing said ${opts.expectedSize}. ` +
                    'The file changed after it was listed; re-run to list and fetch it again.');
            }
            opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
            if (!response.body)
                throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_('the response had no body');
            reader = response.body.getReader();
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.have + value.byteLength > opts.maxBytes) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${name}: the server sent more than the ${(0,_units_js__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
                }
                const limit = state.total ?? opts.expectedSize;
                if (limit !== undefined && state.have + value.byteLength > limit) {
                    await restart(state);
                    throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`received more bytes than the ${limit} announced; starting over`);
                }
                state.file.write(value);
                state.have += value.byteLength;
                opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
                // A failed write (a full disk) ends the download now, not after the rest has arrived;
                // a lost hashing worker costs only a fresh start (on this thread, from then on).
                const failed = state.file.error();
                if (failed && (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .isDiskError */ .Mi)(failed))
                    throw failed;
                if (failed) {
                    await restart(state);
                    throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`hashing the download failed (${failed.message}); starting over`);
                }
                const wait = state.file.ready();
                if (wait)
                    await wait;
            }
            const want = state.total ?? opts.expectedSize;
            if (want !== undefined && state.have < want) {
                throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_(`the connection closed after ${state.have} of ${want} bytes`);
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
        const file = await _files_checked_file_js__WEBPACK_IMPORTED_MODULE_2__/* .CheckedFile */ .k.create(dest, { expectedSize: opts.expectedSize, expectedSha256: opts.expectedSha256 });
        state = { file, have: 0, resumable: false, resumes: 0 };
        try {
            try {
                await (0,_http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(attemptOnce, _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .httpRetryDecision */ .TK, retry, opts.log);
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
                        throw new _http_index_js__WEBPACK_IMPORTED_MODULE_4__/* .TransientError */ .N_('spliced');
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


/***/ })

};
