export const id = 178;
export const ids = [178];
export const modules = {

/***/ 5178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(9433);
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
var pep440 = __webpack_require__(8898);
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
function isValidVersion(version) {
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

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/distributions/python-repr.js
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function pythonRepr(value) {
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
        throw new FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${pythonRepr(filename)}`, WHEEL_HINT);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${pythonRepr(stem)}`, WHEEL_HINT);
    }
    const pieces = stem.split('-');
    // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
    const head = pieces.slice(0, dashes - 2);
    const parts = [...head, pieces.slice(dashes - 2).join('-')];
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        throw new FilenameError(filename, `Invalid project name: ${pythonRepr(stem)}`, WHEEL_HINT);
    }
    const normalizedVersion = normalizeVersion(parts[1]);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid wheel filename (invalid version): ${pythonRepr(stem)}`, WHEEL_HINT);
    }
    let build;
    if (dashes === 5) {
        const match = BUILD_TAG.exec(parts[2]);
        if (!match) {
            throw new FilenameError(filename, `Invalid build number: ${parts[2]} in ${pythonRepr(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
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
        throw new FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pythonRepr(filename)}`, SDIST_HINT);
    }
    const stem = filename.slice(0, -extension.length);
    // A PEP 440 version cannot contain "-", so the last dash separates name and version.
    const dash = stem.lastIndexOf('-');
    if (dash === -1) {
        throw new FilenameError(filename, `Invalid sdist filename: ${pythonRepr(filename)}`, SDIST_HINT);
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalizedVersion = normalizeVersion(version);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid sdist filename (invalid version): ${pythonRepr(filename)}`, SDIST_HINT);
    }
    return { kind: 'sdist', filename, name, normalizedName: normalizeName(name), version, normalizedVersion, extension };
}
/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
function parseDistributionFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new FilenameError(filename, `Unknown distribution type: ${pythonRepr(filename)}`, 'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.');
}
function unique(values) {
    return [...new Set(values)];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(608);
// EXTERNAL MODULE: ./lib/distributions/workers.js + 1 modules
var workers = __webpack_require__(1172);
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
var yauzl = __webpack_require__(663);
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
var external_node_zlib_ = __webpack_require__(8522);
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
        add('filename-characters', `The filename ${pythonRepr(filename)} contains control characters`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (filename.includes('\\')) {
        add('filename-characters', `The filename ${pythonRepr(filename)} contains a backslash`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', "Cannot upload a file with '/' or '\\' in the name.");
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
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
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
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', `${pythonRepr(meta.metadataVersion)} is not a valid metadata version. ${CORE_METADATA_SPEC}`);
    }
    if (!isValidProjectName(meta.name)) {
        add('metadata-name-invalid', `${metadataFile} has Name ${pythonRepr(meta.name)}, which is not a valid project name`, "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
    }
    if (!isValidVersion(meta.version)) {
        add('version-invalid', `${metadataFile} has Version ${pythonRepr(meta.version)}, which is not a PEP 440 version`, 'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
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
        add('name-mismatch', `The filename names the project ${pythonRepr(parsed.name)} but ${metadataFile} says Name: ${projectName}`, `Rebuild so the two agree; do not rename distribution files. The filename must start with ${pythonRepr(escaped)}.`, `Start filename for ${pythonRepr(projectName)} with ${pythonRepr(escaped)}.`);
    }
    else if (parsed.kind === 'wheel' && parsed.name !== escaped) {
        add('wheel-name-not-normalized', `The wheel filename starts with ${pythonRepr(parsed.name)}, not the normalized name ${pythonRepr(escaped)}`, `Rebuild with a current build backend (older setuptools/wheel kept capitals and dots), or rename the file to start with ${escaped} if nothing else changes.`, `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(escaped)}, not ${pythonRepr(parsed.name)}.`);
    }
    if (!versionsAgree) {
        add('version-mismatch', `The filename has version ${parsed.version} but ${metadataFile} says Version: ${meta.version}`, 'Rebuild so the two agree; do not rename distribution files (a stale build in dist/ often causes this: rm -rf dist and build again).', parsed.kind === 'wheel'
            ? `Version in filename should be ${pythonRepr(metaVersion)} not ${pythonRepr(parsed.normalizedVersion)}.`
            : `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
    }
    if (parsed.kind === 'sdist') {
        if (parsed.extension === '.zip') {
            add('sdist-zip', 'PyPI no longer accepts .zip sdists (PEP 625/527: an sdist is a .tar.gz)', 'Build the sdist as .tar.gz (python -m build --sdist) and publish that instead.', `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
        }
        else if (namesAgree && versionsAgree && filename !== expectedSdist) {
            add('sdist-filename-not-normalized', `The sdist is named ${filename}; PEP 625 requires ${expectedSdist}`, 'Rebuild with a current build backend (setuptools >= 69.3, hatchling, flit, …), which names sdists by PEP 625.', `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
        }
    }
}
/** Rules about the set of files taken together. */
function checkDistributionSet(files, opts = {}) {
    const problems = [];
    const add = (file, rule, message, fix, pypiMessage) => {
        problems.push({ file, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
        throw new errors/* UserError */.y(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
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
                : `File already exists (${pythonRepr(extra.filename)}, with blake2_256 hash ${pythonRepr(extra.blake2b256)}). See https://pypi.org/help/#file-name-reuse for more information.`);
        }
    }
    const versionOf = (f) => f.metadata && isValidVersion(f.metadata.version) ? f.metadata.version : f.parsed?.version;
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
        throw new errors/* UserError */.y(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./lib/index-client/http.js
/**
 * Plain HTTP requests to a package index with node:http/https: no redirect is
 * ever followed (a redirect is an answer the caller reads), every request has
 * an idle timeout and an overall deadline, and error bodies are read only up
 * to a cap. Uploads stream their bodies through `send`; small requests pass a
 * Buffer.
 */


/** Keep-alive agents, one pair per client: sockets are reused between requests to the same host. */
function createAgents(maxSockets) {
    return {
        http: new external_node_http_.Agent({ keepAlive: true, maxSockets }),
        https: new external_node_https_.Agent({ keepAlive: true, maxSockets }),
    };
}
function destroyAgents(agents) {
    agents.http.destroy();
    agents.https.destroy();
}
/** A failed exchange; `bodySent` tells whether the whole request reached the network (the server may have acted on it). */
class RequestFailed extends Error {
    bodySent;
    code;
    constructor(message, bodySent, options = {}) {
        super(message, { cause: options.cause });
        this.bodySent = bodySent;
        this.name = 'RequestFailed';
        this.code = options.code ?? codeOf(options.cause);
    }
}
function codeOf(err) {
    const code = err && typeof err === 'object' ? err.code : undefined;
    return typeof code === 'string' ? code : undefined;
}
function describe(err) {
    const message = err && typeof err === 'object' ? err.message : undefined;
    const code = codeOf(err);
    const text = typeof message === 'string' && message ? message : String(err);
    return code && !text.includes(code) ? `${text} (${code})` : text;
}
/**
 * One request, one answer. Resolves with any status (3xx included: never
 * followed); rejects with RequestFailed when no answer arrived.
 */
function httpRequest(url, opts = {}) {
    const transport = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
    const agent = opts.agents ? (url.protocol === 'https:' ? opts.agents.https : opts.agents.http) : undefined;
    const maxBody = opts.maxBodyBytes ?? 1024 * 1024;
    const idle = opts.idleTimeoutMs ?? 60_000;
    return new Promise((resolve, reject) => {
        let settled = false;
        let bodySent = false;
        let deadline;
        const headers = { ...(opts.headers ?? {}) };
        const sending = new AbortController();
        if (opts.body !== undefined)
            headers['Content-Length'] = Buffer.byteLength(opts.body);
        const req = transport.request(url, { method: opts.method ?? 'GET', headers, ...(agent ? { agent } : {}) });
        const fail = (message, cause, code) => {
            if (settled)
                return;
            settled = true;
            cleanup();
            sending.abort();
            req.destroy();
            reject(new RequestFailed(message, bodySent, { cause, code }));
        };
        const cleanup = () => {
            if (deadline)
                clearTimeout(deadline);
            opts.signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => fail(`${opts.method ?? 'GET'} ${url.href} was cancelled`, opts.signal?.reason, 'ABORT_ERR');
        if (opts.signal?.aborted) {
            onAbort();
            return;
        }
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        if (opts.deadlineMs !== undefined) {
            deadline = setTimeout(() => fail(`no complete answer from ${url.origin} within ${Math.round(opts.deadlineMs / 1000)} s`, undefined, 'ETIMEDOUT'), opts.deadlineMs);
        }
        req.setTimeout(idle, () => fail(`${url.origin} sent nothing for ${Math.round(idle / 1000)} s`, undefined, 'ETIMEDOUT'));
        let answer;
        const answered = () => {
            if (settled || !answer)
                return;
            const { res, chunks } = answer;
            settled = true;
            cleanup();
            sending.abort();
            // An early answer leaves a half-sent request behind: its socket cannot carry another one.
            if (!bodySent)
                req.destroy();
            resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) });
        };
        req.on('error', (err) => {
            // A server that answers early (a redirect, a refusal) and closes may break the rest of our
            // write (EPIPE, ECONNRESET): a complete answer already read is still the answer.
            if (answer?.res.complete)
                answered();
            else
                fail(`${opts.method ?? 'GET'} ${url.href} failed: ${describe(err)}`, err);
        });
        req.on('finish', () => {
            bodySent = true;
        });
        req.on('response', (res) => {
            // The server answered; whatever of the body is still unsent no longer matters.
            if (!bodySent)
                sending.abort();
            const chunks = [];
            answer = { res, chunks };
            let kept = 0;
            res.on('data', (chunk) => {
                if (kept < maxBody) {
                    const part = chunk.subarray(0, maxBody - kept);
                    chunks.push(part);
                    kept += part.length;
                }
            });
            res.on('error', (err) => fail(`reading the answer from ${url.origin} failed: ${describe(err)}`, err));
            res.on('aborted', () => fail(`the answer from ${url.origin} was cut off`, undefined, 'ECONNRESET'));
            res.on('end', () => {
                if (settled)
                    return;
                if (!res.complete) {
                    fail(`the answer from ${url.origin} was cut off`, undefined, 'ECONNRESET');
                    return;
                }
                answered();
            });
        });
        if (opts.send) {
            // Failed writes surface as the request's 'error'; what rejects here is the body's own source.
            opts.send(req, sending.signal).catch((err) => fail(`sending to ${url.origin} failed: ${describe(err)}`, err));
        }
        else {
            req.end(opts.body);
        }
    });
}

;// CONCATENATED MODULE: ./lib/index-client/answers.js
/**
 * Reading what an index said. Warehouse puts its message in the status line's
 * reason phrase and in the HTML error page; over HTTP/2 (and through some
 * proxies) the reason phrase is gone, so the body is read as well, as twine
 * does. JSON errors (`{"message": …}`) are read too.
 */

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
    const standard = external_node_http_.STATUS_CODES[res.status] ?? '';
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
/** Every field to send before the file, in order. */
function uploadFields(info) {
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
        const values = headerValues(headers, rawName);
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
    const header = headerValue(meta.headers, 'Description');
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
                const handle = await (0,promises_.open)(file.path, 'r');
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

// EXTERNAL MODULE: ./lib/sources/http-retry.js
var http_retry = __webpack_require__(7611);
;// CONCATENATED MODULE: ./lib/index-client/json-api.js
/**
 * What an index holds for one release, read from its JSON API
 * (`/pypi/<project>/<version>/json`): each file's name, digests, size, upload
 * time and URL. The publisher's preflight and its hash-verified skips rest on
 * this, so the answer is validated rather than trusted.
 */





function releaseJsonUrl(jsonBase, project, version) {
    return new URL(`${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/json`, jsonBase);
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
/**
 * One GET of a release. 404 means nothing is there; a same-origin redirect (a
 * non-normalized name) is followed, since nothing secret travels with it;
 * other answers throw HttpStatusError (retryable for 429/5xx).
 */
async function fetchRelease(jsonBase, project, version, opts = {}) {
    let url = releaseJsonUrl(jsonBase, project, version);
    for (let hops = 0;; hops++) {
        const res = await httpRequest(url, {
            headers: { Accept: 'application/json', 'Cache-Control': 'no-cache', 'User-Agent': USER_AGENT },
            idleTimeoutMs: opts.timeoutMs ?? 30_000,
            deadlineMs: (opts.timeoutMs ?? 30_000) * 2,
            maxBodyBytes: 32 * 1024 * 1024,
            ...(opts.agents ? { agents: opts.agents } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
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
            const retryAfter = (0,http_retry/* parseRetryAfter */.mu)(headerText(res.headers['retry-after']));
            throw new http_retry/* HttpStatusError */.F9(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, retryAfter);
        }
        return { found: true, files: parseReleaseJson(res.body.toString('utf8'), url.href), source: url.href };
    }
}
const USER_AGENT = 'python-release-actions (pypi-publish)';

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
    const body = multipartBody(opts.fields ?? uploadFields(info), {
        field: 'content',
        filename: info.filename,
        contentType: 'application/octet-stream',
        path: info.path,
        size: info.size,
    });
    let res;
    try {
        res = await httpRequest(opts.uploadUrl, {
            method: 'POST',
            headers: {
                'Content-Type': body.contentType,
                'Content-Length': body.length,
                'User-Agent': USER_AGENT,
                ...(opts.authorization ? { Authorization: opts.authorization } : {}),
            },
            send: (req, signal) => body.writeTo(req, { ...(opts.onProgress ? { onFileBytes: opts.onProgress } : {}), signal }),
            idleTimeoutMs: opts.idleTimeoutMs ?? 300_000,
            maxBodyBytes: 256 * 1024,
            ...(opts.agents ? { agents: opts.agents } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
        });
    }
    catch (err) {
        if (err instanceof RequestFailed) {
            if (err.code === 'ABORT_ERR')
                throw err;
            if ((0,http_retry/* isTransientNetworkError */.l)(err) || err.code === 'ETIMEDOUT')
                throw new RetryableUploadError(err.message, err.bodySent);
        }
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
    if ((0,http_retry/* isRetryableStatus */.PS)(res.status)) {
        // The index answered after reading the whole body: a 5xx may come after the file was stored.
        const retryAfter = (0,http_retry/* parseRetryAfter */.mu)(headerText(res.headers['retry-after']));
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

// EXTERNAL MODULE: ./lib/sources/retry.js
var retry = __webpack_require__(2436);
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
    retryOptions(what) {
        return { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 20_000, maxElapsedMs: 120_000, what, ...this.opts.retry };
    }
    async discoverAudience() {
        if (this.audience)
            return this.audience;
        const url = new URL('/_/oidc/audience', this.opts.base);
        const domain = this.opts.base.host;
        const res = await (0,retry/* withRetry */.bD)(async () => {
            const r = await httpRequest(url, { headers: { Accept: 'application/json', 'User-Agent': USER_AGENT }, idleTimeoutMs: 10_000, deadlineMs: 20_000, ...(this.opts.agents ? { agents: this.opts.agents } : {}) });
            if (r.status === 429 || r.status >= 500)
                throw new http_retry/* HttpStatusError */.F9(r.status, `GET ${url.href} answered ${r.status}`, (0,http_retry/* parseRetryAfter */.mu)(headerText(r.headers['retry-after'])));
            return r;
        }, http_retry/* httpRetryDecision */.TK, this.retryOptions(`GET ${url.href}`), this.opts.log).catch((err) => {
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
        return (0,retry/* withRetry */.bD)(async () => {
            const jwt = await this.idToken(audience);
            const claims = unverifiedClaims(jwt);
            if (!this.warned && claims && claims.workflow_ref !== undefined && claims.job_workflow_ref !== undefined && claims.workflow_ref !== claims.job_workflow_ref) {
                this.warned = true;
                this.opts.log.warning(`Potential workflow misconfiguration: this job runs in the reusable workflow ${String(claims.job_workflow_ref)}, called by ${String(claims.workflow_ref)}. `
                    + 'Reusable workflows are not currently supported by PyPI\'s trusted publishing (https://github.com/pypa/gh-action-pypi-publish/issues/166): '
                    + 'if the exchange fails, move the publishing job into the calling workflow.');
            }
            const started = this.now();
            const res = await httpRequest(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': USER_AGENT },
                body: JSON.stringify({ token: jwt }),
                idleTimeoutMs: 10_000,
                deadlineMs: 20_000,
                ...(this.opts.agents ? { agents: this.opts.agents } : {}),
            });
            if (res.status === 429 || res.status >= 500) {
                throw new http_retry/* HttpStatusError */.F9(res.status, `POST ${url.href} answered ${res.status}`, (0,http_retry/* parseRetryAfter */.mu)(headerText(res.headers['retry-after'])));
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
        }, (err) => (err instanceof errors/* UserError */.y ? { retry: false } : (0,http_retry/* httpRetryDecision */.TK)(err)), this.retryOptions(`POST ${url.href}`), this.opts.log).catch((err) => {
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










// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
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

;// CONCATENATED MODULE: ./lib/commands/pypi-publish/plan.js

/** warehouse MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS. */
const CLOSED_RELEASE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
function releaseKey(info) {
    const meta = info.metadata;
    return { project: meta.name, version: normalizeVersion(meta.version) ?? meta.version };
}
function releaseId(key) {
    return `${normalizeName(key.project)} ${key.version}`;
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
const READ_RETRY = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 15_000, maxElapsedMs: 5 * 60_000 };
class Permanent extends errors/* UserError */.y {
}
async function publish(req) {
    const log = req.log;
    const now = req.now ?? (() => new Date());
    const index = req.index;
    const agents = createAgents(Math.max(4, req.concurrency + 2));
    try {
        return await run(req, index, agents, log, now);
    }
    finally {
        destroyAgents(agents);
    }
}
async function run(req, index, agents, log, now) {
    log.info(`Target: ${index.uploadUrl.href} (JSON API ${index.jsonUrl.href}, simple index ${index.simpleUrl.href})`);
    if (index.uploadUrl.protocol === 'http:' && !isLoopback(index.uploadUrl)) {
        log.warning(`${index.uploadUrl.href} is plain http: the upload token would cross the network unencrypted. Use https.`);
    }
    // 1. PyPI's rules, offline, for the whole set.
    const paths = await collectDistributions(req.packagesDir, req.patterns);
    log.info(`Preflight: checking ${paths.length} distribution${paths.length === 1 ? '' : 's'} in ${req.packagesDir}`);
    const checked = await preflight(paths, { maxFileSize: req.maxFileSize, concurrency: 4 });
    // The checks ran on worker threads; the uploads need none, so their memory goes now.
    (0,workers/* releaseWorkerThreads */.h2)();
    const files = checked.files;
    if (checked.problems.length > 0) {
        const table = formatProblemsTable(files, checked.problems);
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
    // 3. The index's state, release by release.
    const releases = await readReleases(req, index, agents, files.map(releaseKey), log);
    const { planned, problems } = planAgainstIndex(files, releases, { skipExisting: req.skipExisting, now: now() });
    const results = new Map(planned.map((p) => [p.info.filename, resultFor(p)]));
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
    // 4. Credentials, only now that there is something to upload.
    const credentials = credentialsFor(req, index, agents, log);
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
    const uploader = new Uploader(req, index, agents, credentials, log, results);
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
        await confirmListed(req, index, agents, planned, results, uploader.sentSince, log);
    }
    catch (err) {
        if (!(err instanceof errors/* UserError */.y))
            throw err;
        // The uploads are done: the outputs and the summary still say what happened to each file.
        throw new PublishFailed(err.message, resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind));
    }
    return resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind);
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
    const cmp = compareManifest(expected.manifest, actual);
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
async function readReleases(req, index, agents, keys, log) {
    const releases = new Map();
    for (const key of uniqueReleases(keys)) {
        const release = await readRelease(req, index, agents, key, log);
        log.info(release.found
            ? `The index has ${key.project} ${key.version} with ${release.files.length} file${release.files.length === 1 ? '' : 's'} (${release.source}).`
            : `The index has no ${key.project} ${key.version} yet (${release.source}).`);
        releases.set(releaseId(key), release);
    }
    return releases;
}
async function readRelease(req, index, agents, key, log) {
    const what = `GET ${index.jsonUrl.href}${normalizeName(key.project)}/${key.version}/json`;
    try {
        return await (0,retry/* withRetry */.bD)(() => fetchRelease(index.jsonUrl, key.project, key.version, { agents }), http_retry/* httpRetryDecision */.TK, { ...READ_RETRY, what, ...req.retry?.read }, log);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y)
            throw err;
        const reason = err instanceof RequestFailed || err instanceof http_retry/* HttpStatusError */.F9 ? err.message : (0,retry/* describeError */.Uc)(err);
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
function credentialsFor(req, index, agents, log) {
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
        agents,
    });
    return trustedCredentials(publisher, req.mask);
}
class Uploader {
    req;
    index;
    agents;
    credentials;
    log;
    results;
    failure;
    /**
     * When each accepted file was first sent, on the index's clock (from its Date header): a 200
     * also answers an identical re-upload, and a listed upload time before this tells the two apart.
     */
    sentSince = new Map();
    constructor(req, index, agents, credentials, log, results) {
        this.req = req;
        this.index = index;
        this.agents = agents;
        this.credentials = credentials;
        this.log = log;
        this.results = results;
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
        const release = await readRelease(this.req, this.index, this.agents, p.release, this.log);
        return release.files.find((f) => f.filename === p.info.filename);
    }
    async one(p) {
        const info = p.info;
        const progress = new FileProgress(this.log, info.filename, info.size);
        let spentMs = 0;
        let mayBeStored = false;
        let firstSentAt;
        try {
            const outcome = await (0,retry/* withRetry */.bD)(async (attempt) => {
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
                        agents: this.agents,
                        onProgress: (sent) => progress.update(sent),
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
                : `${info.filename}: ${(0,retry/* describeError */.Uc)(err)}${err instanceof RetryableUploadError ? ' (no attempt left within the retry limits)' : ''}`;
            // One ::error:: for the whole step comes at the end; this line keeps the order of events.
            this.log.info(`Failed: ${message}`);
            this.update(info.filename, { status: 'failed', seconds: spentMs / 1000, error: message });
            this.failure ??= err instanceof Error ? err : new Error(String(err));
        }
    }
    /** After "already exists": the JSON API may lag behind the upload API (a CDN); give it a moment. */
    async awaitListing(p) {
        const deadline = Date.now() + Math.min(this.req.listingPatienceMs ?? 30_000, 30_000);
        for (let wait = 1000;; wait = Math.min(wait * 2, 8000)) {
            const remote = await this.lookup(p);
            if (remote || Date.now() + wait > deadline)
                return remote;
            await new Promise((r) => setTimeout(r, wait));
        }
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
async function confirmListed(req, index, agents, planned, results, sentSince, log) {
    const earlier = [];
    const patience = req.listingPatienceMs ?? 120_000;
    const deadline = Date.now() + patience;
    const groups = new Map();
    for (const p of planned)
        groups.set(releaseId(p.release), [...(groups.get(releaseId(p.release)) ?? []), p]);
    for (const group of groups.values()) {
        for (let wait = 1000;; wait = Math.min(wait * 2, 15_000)) {
            const release = await readRelease(req, index, agents, group[0].release, log);
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
            if (missing.length === 0) {
                log.info(`Verified: the index lists all ${group.length} file${group.length === 1 ? '' : 's'} of ${group[0].release.project} ${group[0].release.version} with the local sha256.`);
                break;
            }
            if (Date.now() + wait > deadline) {
                log.warning(`The index accepted the uploads, but its JSON API does not list ${missing.join(', ')} yet (CDN lag); their URLs are missing from the outputs.`);
                break;
            }
            await new Promise((r) => setTimeout(r, wait));
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
        return { ...m, files: m.files.map((e) => (urls.has(e.filename) ? { ...e, url: urls.get(e.filename) } : e)) };
    }
    const single = releases.length === 1 ? releases[0] : undefined;
    return {
        schema: 'python-release-actions/manifest',
        schemaVersion: 1,
        ...(single ? { project: single.project, version: single.version } : {}),
        createdAt: new Date().toISOString(),
        files: files
            .map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256, blake2b256: f.blake2b256, ...(urls.has(f.filename) ? { url: urls.get(f.filename) } : {}) }))
            .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
    };
}

// EXTERNAL MODULE: ./lib/actions/shared/run.js
var shared_run = __webpack_require__(6584);
;// CONCATENATED MODULE: ./lib/actions/pypi-publish/main.js











const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Every secret masked in this run; kept so the summary and outputs (which the runner does not mask) can be scrubbed too. */
const secrets = new Set();
function mask(secret) {
    if (!secret || secrets.has(secret))
        return;
    secrets.add(secret);
    core/* setSecret */.Pq(secret);
}
function scrub(text) {
    let out = text;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
const STATUS = {
    uploaded: 'uploaded',
    skipped: 'skipped: already on the index, same sha256',
    'would-upload': 'would upload (preflight-only)',
    failed: 'failed',
    'not-attempted': 'not uploaded',
};
/** A pull request from a fork gets no OIDC token, whatever the workflow asks for. */
function isForkPullRequest() {
    if (process.env.GITHUB_EVENT_NAME !== 'pull_request' || !process.env.GITHUB_EVENT_PATH)
        return false;
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(process.env.GITHUB_EVENT_PATH, 'utf8'));
        return event.pull_request?.head?.repo?.fork === true;
    }
    catch {
        return false;
    }
}
async function getIdToken(audience) {
    if (!process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        throw new Error('GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset.');
    }
    const token = await core/* getIDToken */.V9(audience);
    mask(token);
    return token;
}
async function manifestPath(result) {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'pypi-publish');
    await (0,promises_.mkdir)(dir, { recursive: true });
    return (0,external_node_path_.join)(dir, `${result.index.uploadUrl.host.replace(/[^\w.-]/g, '_')}-manifest.json`);
}
async function setOutputs(result) {
    const path = await manifestPath(result);
    await writeManifest(path, result.manifest);
    core/* setOutput */.uH('manifest', path);
    core/* setOutput */.uH('uploaded', JSON.stringify(result.files.filter((f) => f.status === 'uploaded').map((f) => f.filename)));
    core/* setOutput */.uH('skipped', JSON.stringify(result.files.filter((f) => f.status === 'skipped').map((f) => f.filename)));
    core/* setOutput */.uH('urls', JSON.stringify(Object.fromEntries(result.files.filter((f) => f.url).map((f) => [f.filename, f.url]))));
}
async function writeSummary(result, failure, target) {
    const summary = core/* summary */.z.addHeading(`pypi-publish to ${escapeHtml(target)}`, 2);
    if (result) {
        const counts = (status) => result.files.filter((f) => f.status === status).length;
        summary.addRaw(`<p>${result.preflightOnly ? 'Preflight only: nothing was uploaded. ' : ''}`
            + `${counts('uploaded')} uploaded, ${counts('skipped')} skipped (already there with the same sha256)`
            + `${counts('would-upload') ? `, ${counts('would-upload')} would be uploaded` : ''}`
            + `${counts('failed') ? `, ${counts('failed')} failed` : ''}${counts('not-attempted') ? `, ${counts('not-attempted')} not uploaded` : ''}`
            + `${result.auth ? `; authenticated with ${result.auth === 'token' ? 'an API token' : 'trusted publishing'}` : ''}.</p>`, true);
        summary.addTable([
            [
                { data: 'File', header: true },
                { data: 'Size', header: true },
                { data: 'sha256', header: true },
                { data: 'Status', header: true },
                { data: 'Time', header: true },
            ],
            ...result.files.map((f) => [
                f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.filename)}</a>` : escapeHtml(f.filename),
                (0,units/* formatBytes */.z3)(f.size),
                `<code>${f.sha256}</code>`,
                escapeHtml(STATUS[f.status]),
                f.seconds !== undefined ? `${f.seconds.toFixed(1)} s` : '',
            ]),
        ]);
        if (result.releases.length > 0) {
            summary.addRaw(`<p>Release page${result.releases.length > 1 ? 's' : ''}: ${result.releases.map((r) => `<a href="${escapeHtml(r.page)}">${escapeHtml(`${r.project} ${r.version}`)}</a>`).join(', ')}</p>`, true);
        }
    }
    if (failure) {
        summary.addHeading('Failure', 3).addCodeBlock(failure, 'text');
    }
    const text = scrub(summary.stringify());
    summary.emptyBuffer();
    await core/* summary */.z.addRaw(text).write();
}
/** Runs pypi-publish with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    // Also kept for scrubbing the summary and outputs, which the runner does not mask.
    if (s.token)
        mask(s.token);
    const index = resolveEndpoints(s.repository.uploadUrl, {
        ...(s.indexUrl ? { simpleUrl: s.indexUrl } : {}),
        ...(s.jsonApiUrl ? { jsonUrl: s.jsonApiUrl } : {}),
    });
    const target = index.name === 'custom' ? index.uploadUrl.href : index.name === 'pypi' ? 'PyPI' : 'TestPyPI';
    const expect = s.expectManifest ? { path: s.expectManifest, manifest: await readManifest(s.expectManifest) } : undefined;
    let result;
    try {
        result = await publish({
            index,
            packagesDir: s.packagesDir,
            patterns: s.files,
            ...(s.token ? { token: s.token } : {}),
            trustedPublishing: { getIdToken, forkPullRequest: isForkPullRequest() },
            skipExisting: s.skipExisting,
            ...(expect ? { expectManifest: expect } : {}),
            concurrency: s.concurrency,
            preflightOnly: s.preflightOnly,
            maxFileSize: s.maxFileSize,
            mask,
            log: shared_run/* actionLogger */.v0,
        });
    }
    catch (err) {
        if (err instanceof errors/* UserError */.y) {
            const partial = err instanceof PublishFailed ? err.result : undefined;
            if (partial)
                await setOutputs(partial);
            await writeSummary(partial, scrub(err.message), target);
            throw new errors/* UserError */.y(scrub(err.message));
        }
        throw err;
    }
    await setOutputs(result);
    await writeSummary(result, undefined, target);
    for (const r of result.releases)
        core/* info */.pq(`View at: ${r.page}`);
}


/***/ })

};
