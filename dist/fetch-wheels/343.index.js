export const id = 343;
export const ids = [343];
export const modules = {

/***/ 31343:
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
// EXTERNAL MODULE: ./lib/distributions/workers.js + 1 modules
var workers = __webpack_require__(81172);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/distributions/names.js
/**
 * Project-name rules shared by filenames, METADATA and the index.
 * PEP 503 normalization is the identity of a project everywhere (index URLs,
 * duplicate detection); the underscore form is what PEP 427/625 filenames use.
 */
/** PEP 503: `re.sub(r"[-_.]+", "-", name).lower()`. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The name as it must appear in a wheel or sdist filename: normalized, with `-` written as `_`. */
function filenameEscapedName(name) {
    return normalizeName(name).replace(/-/g, '_');
}
/**
 * Core metadata `Name` rule (and warehouse's PROJECT_NAME_RE): ASCII letters and
 * digits, with `.`, `_` and `-` allowed only inside.
 */
function isValidProjectName(name) {
    return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./lib/distributions/versions.js
/**
 * PEP 440 helpers on top of @renovatebot/pep440. Its `clean()` joins local
 * segments with commas ("1.0+a,b"), so the canonical string is rebuilt here from
 * `explain()` to match `str(packaging.version.Version(v))`, which is what PyPI
 * prints in its messages and uses in PEP 625 sdist filenames.
 */

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizeVersion(version) {
    const parsed = (0,pep440.explain)(version.trim());
    if (!parsed)
        return undefined;
    const local = parsed.local === null || parsed.local === undefined
        ? ''
        : '+' + parsed.local
            .toLowerCase()
            .split(/[._-]/)
            // packaging stores numeric local segments as ints, so "01" prints as "1".
            .map((segment) => (/^\d+$/.test(segment) ? String(BigInt(segment)) : segment))
            .join('.');
    return parsed.public + local;
}
function versions_isValidVersion(version) {
    return normalizeVersion(version) !== undefined;
}
/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
function localVersionLabel(version) {
    const normalized = normalizeVersion(version);
    if (!normalized)
        return undefined;
    const plus = normalized.indexOf('+');
    return plus === -1 ? undefined : normalized.slice(plus + 1);
}
/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
function versionsEqual(a, b) {
    const na = normalizeVersion(a);
    const nb = normalizeVersion(b);
    if (na === undefined || nb === undefined)
        return a === b;
    return (0,pep440.eq)(na, nb);
}

;// CONCATENATED MODULE: ./lib/distributions/python-repr.js
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function python_repr_pythonRepr(value) {
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
        else if (code >= 0x80 && code < 0xa0)
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
        normalizedName: normalizeName(namePart),
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
    return { kind: 'sdist', filename, name, normalizedName: normalizeName(name), version, normalizedVersion, extension };
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(70608);
;// CONCATENATED MODULE: ./lib/distributions/hashes.js
/**
 * The two digests PyPI records for every file: sha256 (what pip checks and the
 * manifest keys on) and blake2b-256 (what warehouse uses for duplicate detection
 * and storage paths). node:crypto's blake2b512 cannot produce a 256-bit output,
 * and BLAKE2b-256 is not a truncation of BLAKE2b-512, so hash-wasm provides it.
 */



async function createDigester() {
    const sha256 = createHash('sha256');
    const blake2b = await createBLAKE2b(256);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('digester already finished');
            sha256.update(chunk);
            blake2b.update(chunk);
            size += chunk.byteLength;
        },
        digest() {
            if (done)
                throw new Error('digester already finished');
            done = true;
            return { sha256: sha256.digest('hex'), blake2b256: blake2b.digest('hex'), size };
        },
    };
}
async function hashFile(path, opts = { blake2b: true }) {
    if (!opts.blake2b) {
        const scan = await (0,workers/* scanOnWorker */.$6)({ path, members: [], wholeFile: true }, undefined, async () => { });
        return { sha256: scan.sha256, size: scan.size };
    }
    let blake2b = await (0,index_umd.createBLAKE2b)(256);
    const scan = await (0,workers/* scanOnWorker */.$6)({ path, members: [], wholeFile: true }, (chunk) => blake2b.update(chunk), async () => {
        blake2b = await (0,index_umd.createBLAKE2b)(256);
    });
    return { sha256: scan.sha256, blake2b256: blake2b.digest('hex'), size: scan.size };
}
/**
 * sha256, BLAKE2b-256 and optionally md5 (what an index records) of a stream,
 * optionally stored to `writeTo` (a new file) as well: hashing and writing on a
 * worker thread, BLAKE2b-256 on this one, so a server receiving an upload keeps
 * its event loop for the network.
 */
async function createStreamDigester(opts = {}) {
    const blake2b = await createBLAKE2b(256);
    const remote = streamHashOnWorker(opts.md5 ? ['sha256', 'md5'] : ['sha256'], opts.writeTo);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('digester already finished');
            blake2b.update(chunk);
            remote.update(chunk);
            size += chunk.byteLength;
        },
        ready: () => remote.ready(),
        async digest() {
            if (done)
                throw new Error('digester already finished');
            done = true;
            const hashes = await remote.digest();
            return { sha256: hashes.sha256, blake2b256: blake2b.digest('hex'), size, ...(opts.md5 ? { md5: hashes.md5 } : {}) };
        },
        abort() {
            done = true;
            return remote.abort();
        },
    };
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
function headerValue(headers, name) {
    return headerValues(headers, name)[0];
}
function parseCoreMetadata(text) {
    const { headers, body } = parseHeaderBlock(text);
    const required = (field) => {
        const value = headerValue(headers, field)?.trim();
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
        const header = headerValue(headers, 'Description');
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
        zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
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
        // in one sequential pass, on a worker thread when there is one (byte-kernel.ts).
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
            let blake2b = options.fileDigests && options.blake2b !== false ? await (0,index_umd.createBLAKE2b)(256) : undefined;
            const restart = async () => {
                if (blake2b)
                    blake2b = await (0,index_umd.createBLAKE2b)(256);
            };
            const request = { path, members: plans, wholeFile: options.fileDigests === true };
            let scanned;
            try {
                scanned = await (0,workers/* scanOnWorker */.$6)(request, blake2b ? (chunk) => blake2b.update(chunk) : undefined, restart);
            }
            catch (error) {
                // The file could be opened but not read through: every member read is in doubt.
                if (options.fileDigests)
                    throw error;
                scanned = { outcomes: plans.map(() => ({ kind: 'corrupt', reason: errorText(error) })) };
            }
            planned.forEach((index, k) => outcomes.set(index, scanned.outcomes[k]));
            if (options.fileDigests && scanned.sha256 !== undefined && scanned.size !== undefined) {
                digests = { sha256: scanned.sha256, size: scanned.size, ...(blake2b ? { blake2b256: blake2b.digest('hex') } : {}) };
            }
        }
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
        return { readable: true, members, captured, problems: problems.list(), ...(digests ? { digests } : {}) };
    }
    finally {
        zip.close();
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



const DIST_INFO_TEXT = /^[^/]+\.dist-info\/(METADATA|WHEEL|RECORD)$/;
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
    return {
        members,
        entries: scan.members,
        distInfoDirs,
        ...(expectedDistInfoDir !== undefined ? { expectedDistInfoDir } : {}),
        ...(distInfoDir !== undefined ? { distInfoDir } : {}),
        ...(metadata !== undefined ? { metadata } : {}),
        ...(wheel !== undefined ? { wheel } : {}),
        ...(record !== undefined ? { record } : {}),
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
;// CONCATENATED MODULE: ./lib/distributions/tar-scan.js
/**
 * A small streaming reader for .tar.gz sdists: it lists member names the way
 * Python's tarfile does (directory names without their trailing "/", ustar
 * prefixes, pax `path` records and GNU long names applied) and keeps only the
 * few members asked for, each capped. The inflated total is bounded too, since
 * a gzip bomb needs no zip format to work.
 */



const BLOCK = 512;
async function scanTarGz(path, options) {
    const { limits } = options;
    const maxCaptured = options.maxCaptured ?? 16;
    const compressed = (await (0,promises_.stat)(path)).size;
    const names = [];
    const captured = new Map();
    const oversized = [];
    const result = (failure) => ({ names, captured, oversized, ...(failure ? { failure } : {}) });
    const header = Buffer.alloc(BLOCK);
    let headerFill = 0;
    let dataLeft = 0; // bytes of the current member's data still to come
    let padLeft = 0; // padding after it, up to the block boundary
    let current;
    let paxPath;
    let longName;
    let paxSize;
    let inflated = 0;
    let headersSeen = 0;
    let ended = false;
    const finishMember = () => {
        if (!current)
            return;
        if (current.special) {
            const data = Buffer.concat(current.special);
            if (current.type === 'x') {
                const records = paxRecords(data);
                paxPath = records.get('path') ?? paxPath;
                const size = records.get('size');
                if (size !== undefined && /^\d+$/.test(size))
                    paxSize = Number(size);
            }
            else if (current.type === 'L')
                longName = data.toString('utf8').replace(/\0.*$/s, '');
        }
        if (current.keep)
            captured.set(current.name, Buffer.concat(current.keep));
        current = undefined;
    };
    const onHeader = () => {
        if (header.every((b) => b === 0)) {
            ended = true; // end-of-archive marker; what follows is padding
            return undefined;
        }
        if (!checksumOk(header)) {
            return headersSeen === 0
                ? { kind: 'not-tar', reason: 'the first header block has a bad checksum' }
                : { kind: 'corrupt', reason: `header ${headersSeen + 1} has a bad checksum` };
        }
        headersSeen++;
        const type = String.fromCharCode(header[156] || 0x30);
        const headerSize = readSize(header);
        const isMeta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
        const size = !isMeta && paxSize !== undefined ? paxSize : headerSize;
        if (!isMeta)
            paxSize = undefined;
        if (size === undefined)
            return { kind: 'corrupt', reason: `header ${headersSeen} has an unreadable size` };
        // Like tarfile: links, directories and devices carry no data whatever their size field says.
        dataLeft = '123456'.includes(type) ? 0 : size;
        padLeft = (BLOCK - (dataLeft % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'L') {
            current = { name: '', type, keep: undefined, special: size <= limits.maxMemberSize ? [] : undefined };
        }
        else if (type === 'g' || type === 'K') {
            current = { name: '', type, keep: undefined, special: undefined };
        }
        else {
            let name = longName ?? paxPath ?? headerName(header);
            longName = undefined;
            paxPath = undefined;
            const isDir = type === '5' || ((type === '0' || type === '\0') && name.endsWith('/'));
            if (isDir)
                name = name.replace(/\/+$/, '');
            names.push(name);
            let keep;
            const isFile = type === '0' || type === '\0' || type === '7';
            if (isFile && options.capture(name) && captured.size < maxCaptured) {
                if (size <= limits.maxMemberSize)
                    keep = [];
                else
                    oversized.push(name);
            }
            current = { name, type, keep, special: undefined };
        }
        if (dataLeft === 0)
            finishMember();
        return undefined;
    };
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const source = (0,external_node_fs_.createReadStream)(path);
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    try {
        for await (const chunk of gunzip) {
            inflated += chunk.length;
            if (inflated > limits.ratioCheckMinSize && inflated > compressed * limits.maxCompressionRatio) {
                return result({ kind: 'bomb', inflated, compressed });
            }
            let offset = 0;
            while (offset < chunk.length && !ended) {
                if (dataLeft > 0) {
                    const n = Math.min(dataLeft, chunk.length - offset);
                    const piece = chunk.subarray(offset, offset + n);
                    current?.keep?.push(Buffer.from(piece));
                    current?.special?.push(Buffer.from(piece));
                    dataLeft -= n;
                    offset += n;
                    if (dataLeft === 0)
                        finishMember();
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
                if (headerFill === BLOCK) {
                    headerFill = 0;
                    const failure = onHeader();
                    if (failure)
                        return result(failure);
                }
            }
            if (ended)
                break;
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (inflated === 0)
            return result({ kind: 'not-gzip', reason });
        return result({ kind: 'corrupt', reason });
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
    if (!ended && (dataLeft > 0 || headerFill > 0 || headersSeen === 0)) {
        return result(headersSeen === 0 ? { kind: 'not-tar', reason: 'no tar header found' } : { kind: 'corrupt', reason: 'the archive is truncated' });
    }
    return result();
}
function headerName(header) {
    const name = cString(header, 0, 100);
    const magic = header.toString('latin1', 257, 262);
    if (magic === 'ustar') {
        const prefix = cString(header, 345, 500);
        if (prefix)
            return `${prefix}/${name}`;
    }
    return name;
}
function cString(buffer, start, end) {
    const slice = buffer.subarray(start, end);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}
function readSize(header) {
    if ((header[124] & 0x80) !== 0) {
        // GNU base-256 for members over 8 GiB.
        let value = 0;
        for (let i = 125; i < 136; i++)
            value = value * 256 + header[i];
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = header.toString('latin1', 124, 136).replace(/[\0 ]+$/g, '').trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return undefined;
    return Number.parseInt(text, 8);
}
function checksumOk(header) {
    const stored = header.toString('latin1', 148, 156).replace(/[\0 ]+$/g, '').trim();
    if (!/^[0-7]+$/.test(stored))
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    const expected = Number.parseInt(stored, 8);
    return expected === unsigned || expected === signed;
}
/** pax extended header records: "<length> <key>=<value>\n". */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        if (space === -1)
            break;
        const length = Number.parseInt(data.toString('latin1', offset, space), 10);
        if (!Number.isFinite(length) || length <= 0 || offset + length > data.length)
            break;
        const record = data.toString('utf8', space + 1, offset + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            records.set(record.slice(0, eq), record.slice(eq + 1));
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
                        message: `The tar archive is damaged: ${failure.reason}`,
                        fix: 'The file is corrupt (an interrupted download or copy?); rebuild or download it again.',
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
            problems.push({
                rule: 'sdist-missing-pkg-info',
                message: `PKG-INFO is missing: there is no ${pkgInfoPath}`,
                fix: 'Build the sdist with python -m build (or setup.py sdist), which writes PKG-INFO; a hand-made archive of the source tree is not an sdist.',
                pypiMessage: `Invalid distribution file. PKG-INFO not found at ${pkgInfoPath}`,
            });
        }
        return { members, topLevel, pkgInfoPath, readable: true, problems };
    }
    return { members, topLevel, pkgInfoPath, pkgInfo: new TextDecoder('utf-8').decode(bytes), readable: true, problems };
}
/** Python's os.path.commonprefix: character by character, not by path segment. */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let min = names[0];
    let max = names[0];
    for (const name of names) {
        if (name < min)
            min = name;
        if (name > max)
            max = name;
    }
    let i = 0;
    while (i < min.length && min[i] === max[i])
        i++;
    return min.slice(0, i);
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

;// CONCATENATED MODULE: ./lib/distributions/preflight.js
/**
 * Preflight: everything PyPI (and pip) would refuse about a set of distribution
 * files, found locally and all at once, before anything is uploaded. Each problem
 * names the file, says what is wrong and what to do, and, where warehouse has one,
 * carries the exact 400 text PyPI would answer.
 */















const DEFAULT_MAX_FILE_SIZE = 100 * MiB;
const CORE_METADATA_SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const REBUILD = 'Rebuild it with a standard tool (python -m build, pip wheel, cibuildwheel)';
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
    const addArchive = (problem) => add(problem.rule, problem.message, problem.fix, problem.pypiMessage);
    const isWheel = filename.endsWith('.whl');
    let wheelArchive;
    try {
        const stats = await (0,promises_.stat)(path);
        if (!stats.isFile()) {
            add('file-unreadable', `${path} is not a regular file`, 'Pass the distribution files themselves (or the directory that holds them), not other paths.');
            return info;
        }
        let digests = opts.digests;
        if (isWheel) {
            wheelArchive = await readWheelArchive(path, { ...opts.limits, verifyMembers: opts.verifyMembers ?? true, fileDigests: digests === undefined, blake2b: opts.blake2b ?? true });
            digests ??= wheelArchive.digests;
        }
        // Not a zip (or not a wheel): the digests take a read of their own.
        digests ??= await hashFile(path, { blake2b: opts.blake2b ?? true });
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
            add('wheel-filename', error.packagingMessage, `${REBUILD} and keep the name it gives: {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl (PEP 427).`, error.packagingMessage);
        }
        else {
            add('sdist-filename', error.packagingMessage, `${REBUILD} so the sdist is named {normalized_name}-{version}.tar.gz (PEP 625).`, `Invalid source distribution filename: ${filename}`);
        }
    }
    let metadataFile = isWheel ? 'METADATA' : 'PKG-INFO';
    let metadataText;
    if (wheelArchive) {
        const archive = wheelArchive;
        archive.problems.forEach(addArchive);
        const expected = archive.expectedDistInfoDir;
        if (archive.readable && archive.distInfoDirs.length > 0 && expected !== undefined) {
            const has = (file) => archive.members.includes(`${expected}/${file}`);
            if (!has('WHEEL')) {
                add('wheel-missing-wheel-file', `There is no ${expected}/WHEEL (the wheel has ${archive.distInfoDirs.join(', ')})`, `${REBUILD}; the .dist-info directory must be named after the filename's name and version.`, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL`);
            }
            if (!has('RECORD')) {
                add('wheel-missing-record', `There is no ${expected}/RECORD`, `${REBUILD}; RECORD lists every file with its hash and installers need it.`, `Wheel '${filename}' does not contain the required RECORD file: ${expected}/RECORD`);
            }
            if (!has('METADATA')) {
                add('wheel-missing-metadata', `There is no ${expected}/METADATA`, `${REBUILD}; METADATA holds the project's name, version and dependencies.`, `Wheel '${filename}' does not contain the required METADATA file: ${expected}/METADATA`);
            }
        }
        metadataText = archive.metadata;
        if (archive.distInfoDir)
            metadataFile = `${archive.distInfoDir}/METADATA`;
        if (archive.wheel !== undefined) {
            info.wheelFile = parseWheelFile(archive.wheel);
            const wheelVersion = (info.wheelFile['Wheel-Version'] ?? [])[0];
            if (wheelVersion === undefined) {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL has no Wheel-Version`, `${REBUILD}; WHEEL must start with "Wheel-Version: 1.0".`);
            }
            else if (wheelVersion.split('.')[0] !== '1') {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL says Wheel-Version ${wheelVersion}; installers support only major version 1`, `${REBUILD} with a wheel format installers understand (Wheel-Version 1.x).`);
            }
        }
        if (archive.record !== undefined && archive.distInfoDir !== undefined) {
            for (const finding of verifyRecord(archive.record, archive.entries, archive.distInfoDir)) {
                add(finding.rule, finding.message, `${REBUILD} and do not modify the wheel afterwards (to rename or retag a wheel use "wheel tags", which rewrites RECORD).`);
            }
        }
    }
    else {
        const archive = await readSdistArchive(path, opts.limits ?? {});
        archive.problems.forEach(addArchive);
        metadataText = archive.pkgInfo;
        if (archive.pkgInfoPath)
            metadataFile = archive.pkgInfoPath;
    }
    if (metadataText !== undefined) {
        try {
            info.metadata = parseCoreMetadata(metadataText);
        }
        catch (error) {
            if (!(error instanceof MetadataError))
                throw error;
            add('metadata-invalid', `${metadataFile}: ${error.message}`, `${REBUILD} with a current build backend.`);
        }
    }
    checkMetadata(info, metadataFile, add);
    checkFilenameAgainstMetadata(info, metadataFile, add);
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
    return info;
}
function checkSize(info, opts, add) {
    const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (info.size <= limit)
        return;
    const project = info.metadata?.name ?? info.parsed?.name ?? info.filename;
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${python_repr_pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && localVersionLabel(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', `${python_repr_pythonRepr(meta.metadataVersion)} is not a valid metadata version. ${CORE_METADATA_SPEC}`);
    }
    if (!isValidProjectName(meta.name)) {
        add('metadata-name-invalid', `${metadataFile} has Name ${python_repr_pythonRepr(meta.name)}, which is not a valid project name`, "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
    }
    if (!versions_isValidVersion(meta.version)) {
        add('version-invalid', `${metadataFile} has Version ${python_repr_pythonRepr(meta.version)}, which is not a PEP 440 version`, 'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
    }
    else if (localVersionLabel(meta.version) !== undefined) {
        addLocalVersion(meta.version, add);
    }
}
function addLocalVersion(version, add) {
    const normalized = normalizeVersion(version);
    add('local-version', `The version ${normalized} has a local part (+${localVersionLabel(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', `The use of local versions in '${normalized}' is not allowed. ${CORE_METADATA_SPEC}`);
}
function checkFilenameAgainstMetadata(info, metadataFile, add) {
    const parsed = info.parsed;
    if (!parsed)
        return;
    const filename = info.filename;
    const meta = info.metadata;
    const metaVersion = meta ? normalizeVersion(meta.version) : undefined;
    // The project identity to hold the filename to: METADATA when readable, else the filename itself.
    const projectName = meta && isValidProjectName(meta.name) ? meta.name : undefined;
    const escaped = filenameEscapedName(projectName ?? parsed.name);
    const namesAgree = projectName === undefined || normalizeName(projectName) === parsed.normalizedName;
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
        const groups = groupByVersion(versioned, versionOf);
        if (groups.length > 1) {
            const majority = groups.reduce((best, g) => (g.files.length > best.files.length ? g : best));
            for (const g of groups) {
                if (g === majority)
                    continue;
                for (const f of g.files) {
                    add(f.filename, 'set-mixed-versions', `${f.filename} is version ${g.version} while ${majority.files.length} other file${majority.files.length === 1 ? ' is' : 's are'} version ${majority.version}`, 'A release has one version: clear out stale files (rm -rf dist) and rebuild, or publish the versions separately.');
                }
            }
        }
    }
    const sdists = unique.filter((f) => f.parsed?.kind === 'sdist' || (!f.parsed && /\.(tar\.gz|zip)$/.test(f.filename)));
    const projectOf = (f) => (f.metadata ? normalizeName(f.metadata.name) : f.parsed?.normalizedName ?? '');
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
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            files[index] = await inspectDistribution(paths[index], opts);
        }
    };
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? 4, paths.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    const problems = [...files.flatMap((f) => f.problems), ...checkDistributionSet(files, opts)];
    return { files, problems };
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
    const text = `${JSON.stringify(canonical(m), null, 2)}\n`;
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,promises_.open)(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync(); // the rename must never expose a file whose bytes are not on disk yet
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, path);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
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
        for (const key of ['source', 'url']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'string')
                fail(`${at}.${key} must be a string`);
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
        ...(entry.url !== undefined ? { url: entry.url } : {}),
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
function formatProblemsTable(files, problems) {
    const rows = [];
    const byFile = new Map();
    for (const problem of problems) {
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
            let cell = `${problem.message} [${problem.rule}]`;
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
    lines.push(summary(files, problems));
    return lines.join('\n');
}
function summary(files, problems) {
    const n = files.length;
    const filesWord = `${n} file${n === 1 ? '' : 's'}`;
    if (problems.length === 0)
        return `${filesWord} checked: no problems.`;
    if (n === 0)
        return `No files checked; ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
    const affected = new Set(problems.map((p) => p.file)).size;
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${affected} of ${filesWord}; fix them and run the check again.`;
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
/** A fresh private directory beside `dest`, e.g. `.dist.fetch-AbC123`. */
async function makeStaging(dest) {
    const parent = (0,external_node_path_.dirname)(dest);
    try {
        await (0,promises_.mkdir)(parent, { recursive: true });
        return await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, `.${(0,external_node_path_.basename)(dest)}.fetch-`));
    }
    catch (err) {
        throw new errors/* UserError */.y(`Cannot create a staging directory beside dest in ${parent}: ${err.message}. Check that it is writable.`);
    }
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
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(to), `.${(0,external_node_path_.basename)(to)}.move-${process.pid}`);
        await (0,promises_.copyFile)(from, temp);
        await (0,promises_.rename)(temp, to);
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
 * with the same size, they still hash to that sha256, and (when the source
 * publishes one) to the source's sha256 or single-part S3 ETag (an MD5).
 */








async function digestsOf(path) {
    const sha = (0,external_node_crypto_.createHash)('sha256');
    const md5 = (0,external_node_crypto_.createHash)('md5');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })) {
        sha.update(chunk);
        md5.update(chunk);
    }
    return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}
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
    const d = await digestsOf(local);
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
    // Downloads hash and write on the workers, but only on ones already running (see workers.ts).
    await (0,workers/* warmWorkerThreads */.lL)();
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

;// CONCATENATED MODULE: ./lib/commands/fetch-wheels/expect.js
function parseExpectLine(text) {
    const body = text
        .trim()
        .split('')
        .map((c) => (c === '*' ? '[^-]*' : c === '?' ? '[^-]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return { text: text.trim(), glob: /[*?]/.test(text), regex: new RegExp(`^${body}$`, 'i') };
}
/** The triple as the filename writes it: `py2.py3-none-any`. */
function writtenTriple(w) {
    return `${w.pythonTags.join('.')}-${w.abiTags.join('.')}-${w.platformTags.join('.')}`;
}
function wheelMeets(w, line) {
    return line.regex.test(writtenTriple(w)) || w.tags.some((t) => line.regex.test(t));
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
 * - `expect`: per package, every line must be met by a wheel, and every wheel
 *   must meet a line. `expect-count`: the exact number of files.
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
    return normalizeName(filename.split('-')[0] ?? filename);
}
function escaped(project) {
    return normalizeName(project).replace(/-/g, '_');
}
function select_select(listing, opts) {
    const wanted = new Set(opts.packages.map(normalizeName));
    const picks = (project) => wanted.size === 0 || wanted.has(project);
    const expectLines = opts.expect.map(parseExpectLine);
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
        const projects = wanted.size > 0 ? [...wanted] : [...new Set(chosen.map((c) => c.parsed.normalizedName))];
        const version = wantVersion ?? chosen[0]?.parsed.normalizedVersion ?? '*';
        if (projects.length === 0) {
            for (const line of expectLines)
                missing.push(`*-${version}-${line.text}.whl`);
        }
        for (const project of projects.sort()) {
            const wheels = chosen.flatMap((c) => (c.parsed.kind === 'wheel' && c.parsed.normalizedName === project ? [{ name: c.file.name, w: c.parsed }] : []));
            for (const line of expectLines) {
                if (!wheels.some(({ w }) => wheelMeets(w, line)))
                    missing.push(`${escaped(project)}-${version}-${line.text}.whl`);
            }
            for (const { name, w } of wheels) {
                if (!expectLines.some((line) => wheelMeets(w, line)))
                    unexpected.push({ file: name, reason: 'no expect line asks for its tags' });
            }
        }
        if (!expectLines.some((l) => l.glob))
            expectedCount = projects.length * expectLines.length + chosen.filter((c) => c.parsed.kind === 'sdist').length;
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
    const sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const started = now();
    const deadline = started + opts.timeoutSeconds * 1000;
    let delay = opts.initialDelayMs ?? 2000;
    const maxDelay = opts.maxDelayMs ?? 60_000;
    for (let looks = 1;; looks++) {
        opts.signal?.throwIfAborted();
        const listing = await source.list(opts.log);
        const selection = select_select(listing, selectOpts);
        if (!selection.acceptable)
            throw refuse(source, selection);
        if (selection.complete) {
            if (looks > 1)
                opts.log.info(`The set is complete after ${looks} looks (${seconds(now() - started)}).`);
            return { selection, listing, looks, waitedMs: now() - started };
        }
        const left = deadline - now();
        if (left <= 0) {
            const waited = opts.timeoutSeconds > 0 ? ` after waiting ${seconds(now() - started)} (wait-timeout ${opts.timeoutSeconds} s)` : '';
            throw new errors/* UserError */.y(`fetch-wheels found an incomplete set in ${source.describe()}${waited}: ${selection.chosen.length}` +
                `${selection.expectedCount !== undefined ? ` of ${selection.expectedCount}` : ''} file(s).\n${describeProblems(selection)}\n` +
                `Nothing was written to dest. ${opts.timeoutSeconds > 0 ? 'Raise wait-timeout if the builds are still running, or' : 'Set wait-timeout (e.g. 2h) to wait for builds still running, or'} ` +
                'check the source and the expect inputs.');
        }
        const pause = Math.min(delay, left);
        opts.log.info(`Look ${looks}: ${progress(selection)}. Looking again in ${seconds(pause)} (${seconds(left)} left).`);
        await sleep(pause);
        delay = Math.min(delay * 2, maxDelay);
    }
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
    await checkDest(dest);
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
    if (!opts.select.expect.length && opts.select.expectCount === undefined) {
        log.warning('Neither expect nor expect-count is set, so whatever the source holds counts as complete. Set one to refuse a partial set.');
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
        const projects = new Set(files.map((f) => normalizeName(f.info.metadata?.name ?? f.chosen.parsed.name)));
        const entries = files.map((f) => ({
            filename: f.chosen.file.name,
            size: f.size,
            sha256: f.sha256,
            source: f.chosen.file.url,
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

// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 1 modules
var dist_src = __webpack_require__(11303);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
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
function client_headerValue(headers, name) {
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
                const hint = client_headerValue(headers, 'retry-after');
                const after = hint === undefined ? (e.status === 429 ? 2 ** attempt : NaN) : Number(hint);
                const handledByThrottling = /\bsecondary rate\b/i.test(e.message ?? '') || client_headerValue(headers, 'x-ratelimit-remaining') === '0';
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

;// CONCATENATED MODULE: ./lib/sources/checked-copy.js
/**
 * Writing a stream to a file so that the destination only ever holds
 * complete, checked bytes: written to a private `.part-*` file beside it,
 * hashed on the way, its size and sha256 checked, then renamed into place.
 * The local and artifact sources use it; HTTP downloads have their own
 * (resumable) version in http-download.ts.
 */




/** Streams `open()` into `dest` atomically; `dest` never holds a partial or unchecked file. */
async function copyChecked(openStream, dest, opts) {
    const name = (0,external_node_path_.basename)(dest);
    const expectedSha = opts.expectedSha256?.toLowerCase();
    const part = `${dest}.part-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    const file = await (0,promises_.open)(part, 'wx');
    let closed = false;
    let renamed = false;
    try {
        opts.signal?.throwIfAborted();
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let have = 0;
        const stream = await openStream();
        const onAbort = () => stream.destroy(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            for await (const chunk of stream) {
                const buf = chunk;
                await file.write(buf, 0, buf.byteLength, have);
                hash.update(buf);
                have += buf.byteLength;
                if (opts.expectedSize !== undefined && have > opts.expectedSize) {
                    throw new errors/* UserError */.y(`${name}: ${opts.what} holds more than the ${opts.expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
                }
                opts.onProgress?.(have, opts.expectedSize);
            }
        }
        finally {
            opts.signal?.removeEventListener('abort', onAbort);
            stream.destroy();
        }
        await file.sync();
        await file.close();
        closed = true;
        if (opts.expectedSize !== undefined && have !== opts.expectedSize) {
            throw new errors/* UserError */.y(`${name}: ${opts.what} gave ${have} bytes, not the ${opts.expectedSize} listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
        }
        const sha256 = hash.digest('hex');
        if (expectedSha !== undefined && sha256 !== expectedSha) {
            throw new errors/* UserError */.y(`${name}: sha256 is ${sha256} but ${expectedSha} was expected (${opts.what}). These are not the bytes that were promised; do not publish them.`);
        }
        await (0,promises_.rename)(part, dest);
        renamed = true;
        return { path: dest, size: have, sha256, attempts: 1 };
    }
    finally {
        if (!closed)
            await file.close().catch(() => { });
        if (!renamed)
            await (0,promises_.rm)(part, { force: true }).catch(() => { });
    }
}

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








function openZip(path) {
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
async function sha256File(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 }))
        h.update(chunk);
    return h.digest('hex');
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
        const path = await this.backend.downloadZip(ref, dir, log);
        const sha = await sha256File(path);
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
            zip = await openZip(path);
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
        const zip = await openZip(cached.path);
        try {
            const entry = (await readEntries(zip)).find((e) => e.fileName === file.key);
            if (!entry)
                throw new errors/* UserError */.y(`${this.describe()} no longer holds ${file.key}.`);
            return await copyChecked(() => openEntry(zip, entry), dest, {
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
        const s = await (0,promises_.stat)(path);
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
        return copyChecked(() => (0,external_node_fs_.createReadStream)(file.key, { highWaterMark: 1024 * 1024 }), dest, {
            what: file.key,
            expectedSize: file.size,
            expectedSha256: opts.expectedSha256 ?? file.sha256,
            onProgress: opts.onProgress,
            signal: opts.signal,
        }).catch((err) => {
            if (err instanceof errors/* UserError */.y)
                throw err;
            throw new errors/* UserError */.y(`Copying ${file.key} failed: ${err.message}. Check that it is readable and that ${dest} is writable.`);
        });
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./lib/sources/node-fetch.js
/**
 * A `fetch` for the downloaders built on node:http(s), not on undici.
 *
 * Why: @actions/core loads the npm copy of undici (through
 * @actions/http-client), and that copy installs itself as the process-wide
 * dispatcher of Node's global `fetch` when it loads first. In undici 6.29.1
 * (the newest 6.x) a response body that is paused by backpressure (the disk is
 * slower than the network) when the server closes the connection (S3-alikes
 * and many CDNs send `Connection: close`) crashes the whole process with an
 * uncatchable `assert(!this.paused)` (nodejs/undici#5360, fixed only in newer
 * majors). node:http has no such path, so every large body goes through it.
 *
 * Only what the sources use is supported: any method, string/Buffer bodies,
 * headers, `signal`, and redirects left to the caller (`redirect: 'manual'`
 * semantics: 3xx answers are returned as they are). No content decoding (the
 * callers ask for `identity`).
 */


// Keep-alive, so listing pages and many small files reuse connections; idle sockets are unref'd by the agent.
const agents = {
    'http:': new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
};
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** Socket data kept while the reader is busy, at most; beyond it the socket is paused (backpressure). */
const MAX_BUFFERED = 1024 * 1024;
/**
 * The body as a web stream that hands the reader everything that arrived
 * since its last read, as the socket's own chunks, in one pull: no copy into
 * a larger buffer (the downloader batches them for its writer anyway, and a
 * fresh megabyte per read made work for the allocator and the GC). Bytes that
 * arrived before a failure are delivered before the error, so a resumable
 * download keeps them.
 */
function bodyStream(res) {
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
        failure = err;
        notify();
    });
    res.on('close', () => {
        // Closed without 'end' or 'error' (should not happen, but a reader must never wait forever).
        if (!ended && !failure)
            failure = Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' });
        notify();
    });
    return new ReadableStream({
        async pull(controller) {
            for (;;) {
                if (size > 0) {
                    const ready = parts;
                    parts = [];
                    size = 0;
                    if (!ended && !failure)
                        res.resume();
                    for (const chunk of ready)
                        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                    return;
                }
                if (failure)
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
function toUrl(input) {
    if (input instanceof URL)
        return input;
    if (typeof input === 'string')
        return new URL(input);
    return new URL(input.url);
}
const nodeFetch = (input, init = {}) => new Promise((resolve, reject) => {
    const url = toUrl(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        reject(new TypeError(`nodeFetch: unsupported protocol ${url.protocol}`));
        return;
    }
    const headers = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
        reject(new TypeError('nodeFetch: only string and byte bodies are supported'));
        return;
    }
    const method = (init.method ?? 'GET').toUpperCase();
    const client = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const signal = init.signal ?? undefined;
    const reason = () => {
        const r = signal?.reason;
        return r instanceof Error ? r : Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    };
    if (signal?.aborted) {
        reject(reason());
        return;
    }
    let response;
    // The abort reason reaches whoever waits: the promise before the answer, the body stream after it.
    const onAbort = () => {
        const err = reason();
        response?.destroy(err);
        req.destroy(err);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const req = client.request(url, { method, headers, agent: agents[url.protocol] }, (res) => {
        response = res;
        res.once('close', () => signal?.removeEventListener('abort', onAbort));
        const status = res.statusCode ?? 0;
        const h = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
            h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const empty = NULL_BODY.has(status) || method === 'HEAD';
        if (empty)
            res.resume();
        try {
            const stream = empty ? null : bodyStream(res);
            resolve(new Response(stream, { status, statusText: res.statusMessage ?? '', headers: h }));
        }
        catch (err) {
            res.destroy();
            reject(err);
        }
    });
    req.on('error', (err) => {
        signal?.removeEventListener('abort', onAbort);
        reject(err);
    });
    req.end(body ?? undefined);
});

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
        if (!errors_isNotFound(err))
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
                return { name: a.name, key: String(a.id), size: a.size, url: a.browser_download_url, ...(sha256 ? { sha256 } : {}) };
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
        return (0,http_download/* downloadFile */.PE)(url, dest, {
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
            fetchImpl: this.opts.fetchImpl,
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
// EXTERNAL MODULE: ./lib/sources/http-retry.js
var http_retry = __webpack_require__(7611);
// EXTERNAL MODULE: ./lib/sources/retry.js
var sources_retry = __webpack_require__(82436);
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
    const redacted = (0,http_download/* redactUrl */.BO)(value);
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
function s3_location_s3ObjectUrl(loc, key) {
    return s3BucketUrl(loc) + encodeS3Key(key);
}
/** s3://bucket/prefix for messages. */
function s3Uri(loc) {
    return `s3://${loc.bucket}/${loc.prefix}`;
}

;// CONCATENATED MODULE: ./lib/sources/s3.js
/**
 * Wheels in an S3 bucket (Ray's ray-wheels layout: releases/<version>/<sha>/,
 * master/<sha>/, latest/): ListObjectsV2 over plain fetch, anonymous unless
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
    return { code: s3_text(e.Code)?.trim(), message: s3_text(e.Message)?.trim(), region: s3_text(e.Region)?.trim(), endpoint: s3_text(e.Endpoint)?.trim() };
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
    if ((0,http_retry/* isRetryableStatus */.PS)(status)) {
        return new http_retry/* HttpStatusError */.F9(status, detail, (0,http_retry/* parseRetryAfter */.mu)(headers.get('retry-after')));
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
        throw new http_retry/* TransientError */.N_(`the listing holds a badly encoded key "${raw}"`);
    }
}
/** One ListObjectsV2 page; malformed XML is retryable (a cut connection), a foreign document is not. */
function parseListPage(loc, body) {
    const what = `Listing ${s3Uri(loc)}`;
    const valid = fxp/* XMLValidator */.iI.validate(body);
    if (valid !== true)
        throw new http_retry/* TransientError */.N_(`S3 answered 200 with malformed XML (${valid.err.msg})`);
    const doc = parser.parse(body);
    if (doc.Error) {
        const err = parseS3Error(body);
        // S3 documents that a 200 may carry an error; InternalError and SlowDown are worth another try.
        if (err.code === 'InternalError' || err.code === 'SlowDown' || err.code === 'ServiceUnavailable') {
            throw new http_retry/* TransientError */.N_(`S3 answered 200 with error ${err.code}`);
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
            throw new http_retry/* TransientError */.N_('the listing holds an entry without a key');
        const key = decodeKey(raw, urlEncoded);
        if (key.endsWith('/'))
            continue; // a "folder" marker object, not a file
        const size = s3_text(c.Size)?.trim();
        const etag = s3_text(c.ETag)?.trim().replace(/^"|"$/g, '');
        files.push({
            name: key.slice(key.lastIndexOf('/') + 1),
            key,
            size: size && /^\d+$/.test(size) ? Number(size) : undefined,
            url: s3_location_s3ObjectUrl(loc, key),
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
    const fetchImpl = opts.fetchImpl ?? fetch;
    if (opts.maxKeys !== undefined && !(Number.isInteger(opts.maxKeys) && opts.maxKeys >= 1 && opts.maxKeys <= 1000)) {
        throw new errors/* UserError */.y(`max-keys must be a whole number from 1 to 1000, not ${opts.maxKeys}.`);
    }
    const retry = { ...sources_retry/* DEFAULT_RETRY */.vI, ...opts.retry, signal: opts.signal, what: `listing ${s3Uri(loc)}` };
    const signed = opts.credentials !== undefined;
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const files = [];
    const seen = new Set();
    let token;
    let pages = 0;
    for (;;) {
        const url = listUrl(loc, token, opts.maxKeys);
        const page = await (0,sources_retry/* withRetry */.bD)(async () => {
            const headers = opts.credentials ? signS3Get(url, loc.region, opts.credentials) : {};
            const controller = new AbortController();
            const onAbort = () => controller.abort(opts.signal?.reason);
            opts.signal?.addEventListener('abort', onAbort, { once: true });
            const timer = setTimeout(() => controller.abort(new http_retry/* TransientError */.N_(`no complete answer within ${timeoutMs / 1000} s`)), timeoutMs);
            try {
                // Redirects are not followed: S3 uses them for a wrong region, which the user must fix.
                const res = await fetchImpl(url, { headers, redirect: 'manual', signal: controller.signal });
                const body = await res.text();
                if (res.status !== 200)
                    throw listingError(loc, res.status, res.headers, body, signed);
                return parseListPage(loc, body);
            }
            catch (err) {
                const reason = controller.signal.reason;
                throw controller.signal.aborted && reason instanceof http_retry/* TransientError */.N_ && !opts.signal?.aborted ? reason : err;
            }
            finally {
                clearTimeout(timer);
                opts.signal?.removeEventListener('abort', onAbort);
            }
        }, http_retry/* httpRetryDecision */.TK, retry, opts.log).catch((err) => {
            if (err instanceof errors/* UserError */.y || opts.signal?.aborted)
                throw err;
            throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: ${(0,sources_retry/* describeError */.Uc)(err)}. Check the network${loc.endpoint ? ` and s3-endpoint ${loc.endpoint}` : ''}, then re-run.`);
        });
        pages++;
        files.push(...page.files);
        opts.log.debug(`${s3Uri(loc)}: page ${pages} held ${page.files.length} object(s)`);
        if (!page.truncated)
            break;
        if (!page.next || seen.has(page.next)) {
            throw new errors/* UserError */.y(`Listing ${s3Uri(loc)} failed: the server says there are more results but gave ${page.next ? 'a continuation token it gave before' : 'no continuation token'}. ` +
                'It is not behaving like S3; check s3-endpoint.');
        }
        seen.add(page.next);
        token = page.next;
    }
    opts.log.info(`${s3Uri(loc)}: ${files.length} object(s) in ${pages} page(s)${signed ? '' : ' (anonymous)'}`);
    return files;
}
/** A RemoteFile for a key known without listing (when the bucket forbids listing but not reading). */
function s3RemoteFile(loc, key, size) {
    return { name: key.slice(key.lastIndexOf('/') + 1), key, url: s3ObjectUrl(loc, key), ...(size !== undefined ? { size } : {}) };
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
    list(log) {
        return listS3(this.location, { credentials: this.opts.credentials, log, fetchImpl: this.opts.fetchImpl, retry: this.opts.retry, maxKeys: this.opts.maxKeys });
    }
    download(file, dest, opts) {
        const credentials = this.opts.credentials;
        const region = this.location.region;
        return (0,http_download/* downloadFile */.PE)(file.url, dest, {
            expectedSize: file.size,
            expectedSha256: opts.expectedSha256 ?? file.sha256,
            headers: credentials ? (url) => signS3Get(url, region, credentials) : undefined,
            log: opts.log,
            onProgress: opts.onProgress,
            signal: opts.signal,
            fetchImpl: this.opts.fetchImpl,
            retry: this.opts.retry,
        });
    }
}
/** The S3 source for a fetch-wheels `source` input, with credentials from the environment when present. */
function createS3Source(source, opts = {}) {
    const location = parseS3Source(source, { region: opts.region, endpoint: opts.endpoint });
    const credentials = credentialsFromEnv(opts.env ?? process.env);
    return new S3Source(location, { credentials, fetchImpl: opts.fetchImpl, retry: opts.retry });
}

// EXTERNAL MODULE: ./lib/actions/shared/run.js
var run = __webpack_require__(76584);
;// CONCATENATED MODULE: ./lib/actions/fetch-wheels/main.js
/** fetch-wheels: the source from the settings, the fetch, then outputs and the job summary. */
















const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
async function createSource(s, workDir) {
    const spec = s.source;
    switch (spec.kind) {
        case 's3':
        case 'https':
            // nodeFetch: not the global fetch, whose dispatcher @actions/core's undici may have replaced (see node-fetch.ts).
            return createS3Source(spec.url, { region: s.s3Region, endpoint: s.s3Endpoint?.toString(), env: process.env, fetchImpl: nodeFetch });
        case 'local':
            return new LocalSource(spec.pattern);
        case 'release':
            return new ReleaseSource(createGitHubClient({ token: s.token, log: run/* actionLogger */.v0 }), s.repository, spec.tag, { token: s.token, fetchImpl: nodeFetch });
        case 'artifact': {
            // Loaded only here: @actions/artifact is large and reaches for the runner's services.
            const { ToolkitArtifactBackend } = await Promise.all(/* import() */[__webpack_require__.e(45), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 94685));
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
        ['Source', `<code>${escapeHtml(source.describe())}</code>`],
        ['Destination', `<code>${escapeHtml(r.dest)}</code>`],
        ['Manifest', `<code>${escapeHtml(r.manifestPath)}</code>`],
        ['Files', `${r.files.length} (${(0,units/* formatBytes */.z3)(r.totalBytes)})${r.reused ? `, ${r.reused} reused from an earlier run` : ''}`],
        ...(s.version ? [['Version', escapeHtml(s.version)]] : []),
        ['Looks at the source', `${r.looks}${r.looks > 1 ? ` (waited ${secs(t.waitMs)})` : ''}`],
        ['Time', `listing ${secs(t.waitMs)}, fetching ${secs(t.fetchMs)}${rate ? ` (${rate})` : ''}, set check and move ${secs(t.checkMs)}, total ${secs(t.totalMs)}`],
        ...(r.uploaded ? [['Artifact', `${escapeHtml(r.uploaded.name)}${r.uploaded.id ? ` (id ${r.uploaded.id})` : ''}`]] : []),
    ];
    const summary = core/* summary */.z
        .addHeading(`fetch-wheels: ${r.files.length} file(s), ${(0,units/* formatBytes */.z3)(r.totalBytes)}`, 2)
        .addTable([[{ data: 'Item', header: true }, { data: 'Value', header: true }], ...rows]);
    const grid = tagGrid(r.files);
    if (grid.platforms.length > 0) {
        summary.addHeading('Wheels by platform and Python tag', 3).addTable([
            [{ data: 'Platform', header: true }, ...grid.pythons.map((p) => ({ data: escapeHtml(p), header: true }))],
            ...grid.platforms.map((plat) => [
                `<code>${escapeHtml(plat)}</code>`,
                ...grid.pythons.map((py) => escapeHtml(grid.cells.get(plat)?.get(py)?.join(', ') || '—')),
            ]),
        ]);
    }
    summary.addHeading('Files', 3).addTable([
        [{ data: 'File', header: true }, { data: 'Size', header: true }, { data: 'sha256', header: true }, { data: 'How', header: true }],
        ...r.files.map((f) => [
            escapeHtml(f.chosen.file.name),
            (0,units/* formatBytes */.z3)(f.size),
            `<code>${f.sha256}</code>`,
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
    (0,workers/* setWorkerThreads */.O5)(Math.max(1, (0,external_node_os_.availableParallelism)() - 1));
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'fetch-wheels-'));
    try {
        const source = await createSource(s, workDir);
        const uploader = s.uploadArtifact ? new (await Promise.all(/* import() */[__webpack_require__.e(45), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 94685))).ToolkitArtifactUploader() : undefined;
        const result = await fetchWheels({
            source,
            select: { packages: s.packages, version: s.version, expect: s.expect, expectCount: s.expectCount },
            waitTimeoutSeconds: s.waitTimeoutSeconds,
            dest: s.dest,
            concurrency: s.concurrency,
            maxTotalSize: s.maxTotalSize,
            log: run/* actionLogger */.v0,
            ...(s.uploadArtifact && uploader ? { upload: { name: s.uploadArtifact, uploader } } : {}),
        });
        core/* setOutput */.uH('dir', result.dest);
        core/* setOutput */.uH('files', JSON.stringify(result.files.map((f) => f.chosen.file.name)));
        core/* setOutput */.uH('count', String(result.files.length));
        core/* setOutput */.uH('manifest', result.manifestPath);
        await writeSummary(s, source, result);
    }
    finally {
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}


/***/ })

};
