export const id = 558;
export const ids = [558];
export const modules = {

/***/ 3394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ FilenameError),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename),
/* harmony export */   h3: () => (/* binding */ parseDistributionFilename),
/* harmony export */   sF: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5787);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(826);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2525);
/**
 * Wheel (PEP 427) and sdist (PEP 625) filenames, parsed with the same rules and
 * the same error texts as `packaging.utils.parse_wheel_filename` /
 * `parse_sdist_filename` (packaging 26), because PyPI answers a bad wheel
 * filename with packaging's message verbatim.
 */




class FilenameError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
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
        throw new FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, WHEEL_HINT);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    const pieces = stem.split('-');
    // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
    const head = pieces.slice(0, dashes - 2);
    const parts = [...head, pieces.slice(dashes - 2).join('-')];
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        throw new FilenameError(filename, `Invalid project name: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    const normalizedVersion = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(parts[1]);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid wheel filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    let build;
    if (dashes === 5) {
        const match = BUILD_TAG.exec(parts[2]);
        if (!match) {
            throw new FilenameError(filename, `Invalid build number: ${parts[2]} in ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
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
        normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(namePart),
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
        throw new FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    const stem = filename.slice(0, -extension.length);
    // A PEP 440 version cannot contain "-", so the last dash separates name and version.
    const dash = stem.lastIndexOf('-');
    if (dash === -1) {
        throw new FilenameError(filename, `Invalid sdist filename: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalizedVersion = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid sdist filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    return { kind: 'sdist', filename, name, normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name), version, normalizedVersion, extension };
}
/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
function parseDistributionFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new FilenameError(filename, `Unknown distribution type: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, 'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.');
}
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sj: () => (/* reexport */ DEFAULT_MAX_FILE_SIZE),
  Y8: () => (/* reexport */ distributions_filename/* FilenameError */.Y8),
  Ly: () => (/* reexport */ checkDistributionSet),
  L1: () => (/* reexport */ manifest/* compareManifest */.L1),
  e4: () => (/* reexport */ manifest/* createManifest */.e4),
  EM: () => (/* reexport */ createStreamDigester),
  Wx: () => (/* reexport */ names/* filenameEscapedName */.Wx),
  OH: () => (/* reexport */ formatProblemsTable),
  DC: () => (/* reexport */ hashFile),
  Z: () => (/* reexport */ headerValue),
  UE: () => (/* reexport */ headerValues),
  RS: () => (/* reexport */ inspectDistribution),
  FE: () => (/* reexport */ names/* isValidProjectName */.FE),
  Pc: () => (/* reexport */ names/* normalizeName */.Pc),
  Qj: () => (/* reexport */ versions/* normalizeVersion */.Qj),
  h3: () => (/* reexport */ distributions_filename/* parseDistributionFilename */.h3),
  sF: () => (/* reexport */ distributions_filename/* parseSdistFilename */.sF),
  eP: () => (/* reexport */ distributions_filename/* parseWheelFilename */.eP),
  Mz: () => (/* reexport */ preflight),
  Up: () => (/* reexport */ python_repr/* pythonRepr */.U),
  WI: () => (/* reexport */ manifest/* readManifest */.WI),
  h2: () => (/* reexport */ workers/* releaseWorkerThreads */.h2),
  At: () => (/* reexport */ versions/* versionsEqual */.At),
  HN: () => (/* reexport */ manifest/* writeManifest */.HN)
});

// UNUSED EXPORTS: DEFAULT_ARCHIVE_LIMITS, MANIFEST_SCHEMA, MANIFEST_SCHEMA_VERSION, MetadataError, SUPPORTED_METADATA_VERSIONS, commonPrefix, createDigester, expectedDistInfo, isValidVersion, localVersionLabel, parseCoreMetadata, parseCsv, parseHeaderBlock, parseManifest, parseRecord, parseWheelFile, platformTagAllowed, readSdistArchive, readWheelArchive, verifyRecord

// EXTERNAL MODULE: ./lib/distributions/names.js
var names = __webpack_require__(5787);
// EXTERNAL MODULE: ./lib/distributions/versions.js
var versions = __webpack_require__(826);
// EXTERNAL MODULE: ./lib/distributions/python-repr.js
var python_repr = __webpack_require__(2525);
// EXTERNAL MODULE: ./lib/distributions/filename.js
var distributions_filename = __webpack_require__(3394);
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
    const blake2b = await (0,index_umd.createBLAKE2b)(256);
    const remote = (0,workers/* streamHashOnWorker */.i1)(opts.md5 ? ['sha256', 'md5'] : ['sha256'], opts.writeTo);
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

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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
        add('filename-characters', `The filename ${(0,python_repr/* pythonRepr */.U)(filename)} contains control characters`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (filename.includes('\\')) {
        add('filename-characters', `The filename ${(0,python_repr/* pythonRepr */.U)(filename)} contains a backslash`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', "Cannot upload a file with '/' or '\\' in the name.");
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
        info.parsed = (0,distributions_filename/* parseDistributionFilename */.h3)(filename);
    }
    catch (error) {
        if (!(error instanceof distributions_filename/* FilenameError */.Y8))
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
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${(0,python_repr/* pythonRepr */.U)(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && (0,versions/* localVersionLabel */.iD)(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', `${(0,python_repr/* pythonRepr */.U)(meta.metadataVersion)} is not a valid metadata version. ${CORE_METADATA_SPEC}`);
    }
    if (!(0,names/* isValidProjectName */.FE)(meta.name)) {
        add('metadata-name-invalid', `${metadataFile} has Name ${(0,python_repr/* pythonRepr */.U)(meta.name)}, which is not a valid project name`, "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
    }
    if (!(0,versions/* isValidVersion */.ri)(meta.version)) {
        add('version-invalid', `${metadataFile} has Version ${(0,python_repr/* pythonRepr */.U)(meta.version)}, which is not a PEP 440 version`, 'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
    }
    else if ((0,versions/* localVersionLabel */.iD)(meta.version) !== undefined) {
        addLocalVersion(meta.version, add);
    }
}
function addLocalVersion(version, add) {
    const normalized = (0,versions/* normalizeVersion */.Qj)(version);
    add('local-version', `The version ${normalized} has a local part (+${(0,versions/* localVersionLabel */.iD)(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', `The use of local versions in '${normalized}' is not allowed. ${CORE_METADATA_SPEC}`);
}
function checkFilenameAgainstMetadata(info, metadataFile, add) {
    const parsed = info.parsed;
    if (!parsed)
        return;
    const filename = info.filename;
    const meta = info.metadata;
    const metaVersion = meta ? (0,versions/* normalizeVersion */.Qj)(meta.version) : undefined;
    // The project identity to hold the filename to: METADATA when readable, else the filename itself.
    const projectName = meta && (0,names/* isValidProjectName */.FE)(meta.name) ? meta.name : undefined;
    const escaped = (0,names/* filenameEscapedName */.Wx)(projectName ?? parsed.name);
    const namesAgree = projectName === undefined || (0,names/* normalizeName */.Pc)(projectName) === parsed.normalizedName;
    const versionsAgree = metaVersion === undefined || (0,versions/* versionsEqual */.At)(metaVersion, parsed.version);
    const expectedSdist = `${escaped}-${metaVersion ?? parsed.normalizedVersion}.tar.gz`;
    if (!namesAgree) {
        add('name-mismatch', `The filename names the project ${(0,python_repr/* pythonRepr */.U)(parsed.name)} but ${metadataFile} says Name: ${projectName}`, `Rebuild so the two agree; do not rename distribution files. The filename must start with ${(0,python_repr/* pythonRepr */.U)(escaped)}.`, `Start filename for ${(0,python_repr/* pythonRepr */.U)(projectName)} with ${(0,python_repr/* pythonRepr */.U)(escaped)}.`);
    }
    else if (parsed.kind === 'wheel' && parsed.name !== escaped) {
        add('wheel-name-not-normalized', `The wheel filename starts with ${(0,python_repr/* pythonRepr */.U)(parsed.name)}, not the normalized name ${(0,python_repr/* pythonRepr */.U)(escaped)}`, `Rebuild with a current build backend (older setuptools/wheel kept capitals and dots), or rename the file to start with ${escaped} if nothing else changes.`, `Filename ${(0,python_repr/* pythonRepr */.U)(filename)} should contain the normalized project name ${(0,python_repr/* pythonRepr */.U)(escaped)}, not ${(0,python_repr/* pythonRepr */.U)(parsed.name)}.`);
    }
    if (!versionsAgree) {
        add('version-mismatch', `The filename has version ${parsed.version} but ${metadataFile} says Version: ${meta.version}`, 'Rebuild so the two agree; do not rename distribution files (a stale build in dist/ often causes this: rm -rf dist and build again).', parsed.kind === 'wheel'
            ? `Version in filename should be ${(0,python_repr/* pythonRepr */.U)(metaVersion)} not ${(0,python_repr/* pythonRepr */.U)(parsed.normalizedVersion)}.`
            : `Filename ${(0,python_repr/* pythonRepr */.U)(filename)} is invalid, should be ${(0,python_repr/* pythonRepr */.U)(expectedSdist)}.`);
    }
    if (parsed.kind === 'sdist') {
        if (parsed.extension === '.zip') {
            add('sdist-zip', 'PyPI no longer accepts .zip sdists (PEP 625/527: an sdist is a .tar.gz)', 'Build the sdist as .tar.gz (python -m build --sdist) and publish that instead.', `Filename ${(0,python_repr/* pythonRepr */.U)(filename)} is invalid, should be ${(0,python_repr/* pythonRepr */.U)(expectedSdist)}.`);
        }
        else if (namesAgree && versionsAgree && filename !== expectedSdist) {
            add('sdist-filename-not-normalized', `The sdist is named ${filename}; PEP 625 requires ${expectedSdist}`, 'Rebuild with a current build backend (setuptools >= 69.3, hatchling, flit, …), which names sdists by PEP 625.', `Filename ${(0,python_repr/* pythonRepr */.U)(filename)} is invalid, should be ${(0,python_repr/* pythonRepr */.U)(expectedSdist)}.`);
        }
    }
}
/** Rules about the set of files taken together. */
function checkDistributionSet(files, opts = {}) {
    const problems = [];
    const add = (file, rule, message, fix, pypiMessage) => {
        problems.push({ file, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    if (opts.expectedVersion !== undefined && !(0,versions/* isValidVersion */.ri)(opts.expectedVersion)) {
        throw new errors/* UserError */.y(`The expected version ${(0,python_repr/* pythonRepr */.U)(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
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
                : `File already exists (${(0,python_repr/* pythonRepr */.U)(extra.filename)}, with blake2_256 hash ${(0,python_repr/* pythonRepr */.U)(extra.blake2b256)}). See https://pypi.org/help/#file-name-reuse for more information.`);
        }
    }
    const versionOf = (f) => f.metadata && (0,versions/* isValidVersion */.ri)(f.metadata.version) ? f.metadata.version : f.parsed?.version;
    const versioned = unique.filter((f) => versionOf(f) !== undefined);
    if (opts.expectedVersion !== undefined) {
        const expected = (0,versions/* normalizeVersion */.Qj)(opts.expectedVersion);
        for (const f of versioned) {
            if (!(0,versions/* versionsEqual */.At)(versionOf(f), expected)) {
                add(f.filename, 'set-expected-version', `${f.filename} is version ${(0,versions/* normalizeVersion */.Qj)(versionOf(f)) ?? versionOf(f)}, not the expected ${expected}`, `Release only files built for ${expected}: clear out stale files (rm -rf dist) and rebuild, or correct the expected version.`);
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
    const projectOf = (f) => (f.metadata ? (0,names/* normalizeName */.Pc)(f.metadata.name) : f.parsed?.normalizedName ?? '');
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
    if (opts.expectedVersion !== undefined && !(0,versions/* isValidVersion */.ri)(opts.expectedVersion)) {
        throw new errors/* UserError */.y(`The expected version ${(0,python_repr/* pythonRepr */.U)(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
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
        const group = groups.find((g) => (0,versions/* versionsEqual */.At)(g.version, version));
        if (group)
            group.files.push(item);
        else
            groups.push({ version: (0,versions/* normalizeVersion */.Qj)(version) ?? version, files: [item] });
    }
    return groups;
}

// EXTERNAL MODULE: ./lib/distributions/manifest.js
var manifest = __webpack_require__(4610);
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
















/***/ }),

/***/ 4610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   L1: () => (/* binding */ compareManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   e4: () => (/* binding */ createManifest)
/* harmony export */ });
/* unused harmony exports MANIFEST_SCHEMA, MANIFEST_SCHEMA_VERSION, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Cannot read the manifest ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the manifest file fetch-wheels or pypi-publish wrote.`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`The manifest ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); pass the manifest file fetch-wheels or pypi-publish wrote, unmodified.`);
    }
    return parseManifest(data, path);
}
/** Validates a parsed JSON value as a manifest; `where` names it in error messages. */
function parseManifest(data, where = 'the manifest') {
    if (!isObject(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${where} is not a manifest: expected a JSON object.`);
    if (data.schema !== MANIFEST_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${where} is not a python-release-actions manifest: "schema" is ${JSON.stringify(data.schema)}, expected "${MANIFEST_SCHEMA}".`);
    }
    if (data.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > MANIFEST_SCHEMA_VERSION;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${where} has schemaVersion ${JSON.stringify(data.schemaVersion)}; this version of python-release-actions reads schemaVersion ${MANIFEST_SCHEMA_VERSION}. `
            + (newer ? 'Use the same (or a newer) release of the actions for every step of the pipeline.' : 'Regenerate the manifest with fetch-wheels.'));
    }
    validateManifest(data, where);
    return canonical(data);
}
/** Stable key order, files sorted by filename, two-space indent, trailing newline; written atomically. */
async function writeManifest(path, m) {
    validateManifest(m, 'the manifest to write');
    const text = `${JSON.stringify(canonical(m), null, 2)}\n`;
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync(); // the rename must never expose a file whose bytes are not on disk yet
        }
        finally {
            await handle.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${where} is invalid: ${detail}. Regenerate it with fetch-wheels rather than editing it by hand.`);
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


/***/ }),

/***/ 5787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Wx: () => (/* binding */ filenameEscapedName)
/* harmony export */ });
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


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pythonRepr)
/* harmony export */ });
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


/***/ }),

/***/ 826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ versionsEqual),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   iD: () => (/* binding */ localVersionLabel),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* harmony import */ var _renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8898);
/**
 * PEP 440 helpers on top of @renovatebot/pep440. Its `clean()` joins local
 * segments with commas ("1.0+a,b"), so the canonical string is rebuilt here from
 * `explain()` to match `str(packaging.version.Version(v))`, which is what PyPI
 * prints in its messages and uses in PEP 625 sdist filenames.
 */

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizeVersion(version) {
    const parsed = (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.explain)(version.trim());
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
    return (0,_renovatebot_pep440__WEBPACK_IMPORTED_MODULE_0__.eq)(na, nb);
}


/***/ }),

/***/ 1172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h2: () => (/* binding */ releaseWorkerThreads),
  $6: () => (/* binding */ scanOnWorker),
  i1: () => (/* binding */ streamHashOnWorker),
  lL: () => (/* binding */ warmWorkerThreads)
});

// UNUSED EXPORTS: localKernel, setWorkerThreads, workerStats

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_namespaceObject = /*#__PURE__*/__webpack_require__.t(promises_, 2);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_zlib_, 2);
;// CONCATENATED MODULE: ./lib/distributions/byte-kernel.js
/**
 * The byte-crunching part of checking a distribution: one sequential read of
 * a file in large chunks that hashes the whole file (sha256) and, from the same
 * chunks, inflates, hashes, CRC-checks and size-checks the zip members it is
 * asked about. What to read (member offsets, sizes, methods) is decided by the
 * caller from the central directory; this part only turns bytes into digests
 * and outcomes, and streams digests (md5, sha256) for bytes handed to it.
 *
 * `createKernel` refers to nothing outside its own body: node modules come in
 * through `load`. That lets workers.ts run the very same function in a worker
 * thread from its source text (`new Worker(code, { eval: true })`), which works
 * inside an ncc bundle where a worker entry file would not exist. So: no
 * imports, no module-level constants, no `require` inside (the bundler would
 * rewrite it), only type annotations from the outside.
 */
function createKernel(load) {
    const { createHash } = load('node:crypto');
    const zlib = load('node:zlib');
    const { open } = load('node:fs/promises');
    const fs = load('node:fs');
    const CHUNK = 1024 * 1024;
    /** Read buffers of scans given none, kept for the next: a buffer per chunk would leave garbage as fast as files are read. */
    const spare = [];
    const MAX_SPARE = 4;
    const canCrc = typeof zlib.crc32 === 'function';
    // Not `instanceof Error`: errors from node's own modules may come from another realm (a VM context).
    const errorText = (error) => {
        const message = error?.message;
        return typeof message === 'string' ? message : String(error);
    };
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
        if (canCrc)
            m.crc = zlib.crc32(bytes, m.crc);
        // A copy: the chunk may belong to a read buffer that is handed on afterwards.
        m.kept?.push(Buffer.from(bytes));
    };
    const begin = (plan) => {
        const m = { plan, end: plan.start + plan.length, size: 0, crc: 0 };
        if (plan.hash)
            m.sha256 = createHash('sha256');
        if (plan.keep)
            m.kept = [];
        if (!plan.deflated)
            return m;
        // A stream even for small members: it reports output as it goes, so a member that
        // overruns its declared size is caught as such even if its data is also damaged further on.
        const inflater = zlib.createInflateRaw();
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
        if (canCrc && m.crc >>> 0 !== m.plan.crc32 >>> 0)
            return { kind: 'corrupt', reason: 'CRC-32 does not match' };
        return {
            kind: 'ok',
            size: m.size,
            ...(m.sha256 ? { sha256: m.sha256.digest('base64url') } : {}),
            ...(m.kept ? { bytes: Buffer.concat(m.kept) } : {}),
        };
    };
    /** Byte ranges to read: everything, or the members' ranges with small gaps bridged. */
    const segments = (members, order, fileSize) => {
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
    };
    async function scan(request, sink, buffers) {
        const pool = buffers ?? spare;
        // Own memory (never node's shared pool), so a chunk can be transferred.
        const takeBuffer = () => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
        const { members } = request;
        const outcomes = new Array(members.length);
        const order = members.map((_, i) => i).sort((a, b) => members[a].start - members[b].start || a - b);
        const handle = await open(request.path, 'r');
        let active = [];
        let buffer;
        try {
            const fileSize = request.wholeFile ? (await handle.stat()).size : undefined;
            const whole = request.wholeFile ? createHash('sha256') : undefined;
            let size = 0;
            let next = 0;
            const settle = async (index, member) => {
                outcomes[index] = await finish(member);
            };
            for (const [from, to] of segments(members, order, fileSize)) {
                let pos = from;
                while (pos < to) {
                    buffer ??= takeBuffer();
                    const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, to - pos), pos);
                    if (bytesRead === 0)
                        throw new Error(`${request.path} is shorter than expected: it ended at ${pos} bytes (was it changed while being read?)`);
                    const chunk = buffer.subarray(0, bytesRead);
                    const chunkEnd = pos + bytesRead;
                    whole?.update(chunk);
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
            return { outcomes, ...(whole ? { sha256: whole.digest('hex'), size } : {}) };
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
    function streamHash(algorithms, writeTo) {
        const hashes = algorithms.map((name) => [name, createHash(name)]);
        let fd = writeTo === undefined ? undefined : fs.openSync(writeTo, 'w');
        const close = () => {
            if (fd === undefined)
                return;
            const open = fd;
            fd = undefined;
            fs.closeSync(open);
        };
        return {
            update(chunk) {
                for (const [, hash] of hashes)
                    hash.update(chunk);
                if (fd === undefined)
                    return;
                for (let written = 0; written < chunk.byteLength;)
                    written += fs.writeSync(fd, chunk, written, chunk.byteLength - written);
            },
            digest() {
                close();
                return Object.fromEntries(hashes.map(([name, hash]) => [name, hash.digest('hex')]));
            },
            abort: close,
        };
    }
    return { scan, streamHash };
}

;// CONCATENATED MODULE: ./lib/distributions/workers.js
/**
 * Hashing and member checks on the other cores. Checking a 48 MB wheel costs
 * about as much CPU as receiving or sending it; on one thread an index that
 * checks uploads (or a client that checks before uploading) does everything in
 * turn. Worker threads run the byte kernel (byte-kernel.ts) while the main
 * thread keeps the network moving.
 *
 * The workers run the kernel from its source text (`eval: true`), not from a
 * file: inside an ncc bundle there is no worker entry file to start, and the
 * bundle's own entry would start the action or the CLI again. BLAKE2b-256 comes
 * from hash-wasm, which the kernel cannot load, so it stays on the calling
 * thread: workers hand every chunk back once they are done with it (zero-copy
 * transfer), and the calling thread hashes it there.
 *
 * When workers cannot start or one fails, the same kernel runs on the main
 * thread; a result never depends on where it was computed.
 */







const BUILTINS = { 'node:crypto': external_node_crypto_namespaceObject, 'node:fs': external_node_fs_namespaceObject, 'node:zlib': external_node_zlib_namespaceObject, 'node:fs/promises': promises_namespaceObject };
/** The kernel on this thread: the fallback, and what tests compare the workers with. */
const localKernel = createKernel((id) => BUILTINS[id]);
/** Chunks a worker may hand back before the calling thread has hashed them. */
const CHUNK_WINDOW = 3;
/** Bytes handed to a worker's stream hash and not yet hashed, before ready() asks the caller to wait. */
const STREAM_BACKLOG = 2 * 1024 * 1024;
/** Read buffers, stream batches: one size for all, so they can be reused for either. */
const BUFFER = 1024 * 1024;
const MAX_SPARE_BUFFERS = 8;
/**
 * The workers' memory comes from here (this thread's allocator) and comes back:
 * what a worker allocated itself would stay with its thread's allocator after the
 * worker ends, and count in the process's memory from then on.
 */
const spareBuffers = [];
/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer() {
    return spareBuffers.pop() ?? Buffer.allocUnsafeSlow(BUFFER);
}
function recycleBuffer(memory) {
    if (memory.byteLength === BUFFER && spareBuffers.length < MAX_SPARE_BUFFERS)
        spareBuffers.push(Buffer.from(memory));
}
/** The worker's side of the protocol; self-contained like the kernel, for the same reason. */
function serve(kernel, port) {
    // Every read buffer comes from the calling thread and goes back to it: chunks travel there
    // and return with the credit, the rest return with the result. Memory a worker allocated
    // would stay with its thread's allocator after it ends.
    const scans = new Map();
    const streams = new Map();
    const fail = (id, error) => {
        const e = error;
        port.postMessage({ id, op: 'failed', message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) });
    };
    port.on('message', (msg) => {
        switch (msg.op) {
            case 'scan': {
                const job = { credits: msg.window, buffers: msg.buffers.map((b) => Buffer.from(b)) };
                scans.set(msg.id, job);
                const sink = msg.forward
                    ? {
                        async chunk(chunk) {
                            while (job.credits === 0)
                                await new Promise((resolve) => { job.wake = resolve; });
                            job.credits--;
                            port.postMessage({ id: msg.id, op: 'chunk', chunk }, [chunk.buffer]);
                        },
                        takesChunks: true,
                    }
                    : undefined;
                kernel.scan(msg.request, sink, job.buffers).then((result) => {
                    scans.delete(msg.id);
                    const buffers = job.buffers.map((b) => b.buffer);
                    port.postMessage({ id: msg.id, op: 'done', result, buffers }, buffers);
                }, (error) => {
                    scans.delete(msg.id);
                    fail(msg.id, error);
                });
                break;
            }
            case 'credit': {
                const job = scans.get(msg.id);
                if (!job) {
                    port.postMessage({ op: 'spare', buffer: msg.chunk.buffer }, [msg.chunk.buffer]);
                    break;
                }
                job.buffers.push(Buffer.from(msg.chunk.buffer));
                job.credits++;
                const wake = job.wake;
                job.wake = undefined;
                wake?.();
                break;
            }
            case 'hash-open':
                try {
                    streams.set(msg.id, kernel.streamHash(msg.algorithms, msg.writeTo));
                }
                catch (error) {
                    fail(msg.id, error);
                }
                break;
            case 'hash-update': {
                const stream = streams.get(msg.id);
                try {
                    stream?.update(msg.chunk);
                }
                catch (error) {
                    // A failed write: the stream ends here, the calling thread hears why.
                    streams.delete(msg.id);
                    try {
                        stream?.abort();
                    }
                    catch {
                        // Already reported.
                    }
                    fail(msg.id, error);
                }
                port.postMessage({ id: msg.id, op: 'ack', chunk: msg.chunk }, [msg.chunk.buffer]);
                break;
            }
            case 'hash-end': {
                const stream = streams.get(msg.id);
                streams.delete(msg.id);
                if (!stream)
                    break; // failed earlier; that was reported
                try {
                    port.postMessage({ id: msg.id, op: 'done', result: stream.digest() });
                }
                catch (error) {
                    fail(msg.id, error);
                }
                break;
            }
            case 'hash-abort': {
                const stream = streams.get(msg.id);
                streams.delete(msg.id);
                try {
                    stream?.abort();
                }
                catch {
                    // Nothing more can go wrong with a stream given up on.
                }
                port.postMessage({ id: msg.id, op: 'done', result: {} });
                break;
            }
        }
    });
    port.postMessage({ op: 'ready' });
}
const WORKER_SOURCE = [
    "const { parentPort } = require('node:worker_threads');",
    `const kernel = (${createKernel.toString()})(require);`,
    `(${serve.toString()})(kernel, parentPort);`,
].join('\n');
/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
    worker;
    idleMs;
    onGone;
    jobs = new Map();
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
    }
    remove(id) {
        if (!this.jobs.delete(id) || this.jobs.size > 0)
            return;
        this.worker.unref();
        if (this.gone) {
            void this.worker.terminate();
            return;
        }
        // An idle worker holds an isolate and its read buffers; a new one starts in a few milliseconds.
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
class Pool {
    size;
    workers = new Set();
    /** A worker failed or none could start: everything runs on the calling thread from now on. */
    disabled = false;
    nextId = 1;
    constructor(size) {
        this.size = size;
    }
    /** Fewer or more threads (0: everything on the calling thread); running jobs finish where they are. */
    resize(size) {
        this.size = size;
        this.release();
    }
    /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
    release() {
        for (const w of [...this.workers])
            w.retire();
        spareBuffers.length = 0;
    }
    /**
     * The least busy worker, or a new one while there are fewer than `size` and all
     * are busy; none when workers are off. `started`: only a worker known to run
     * (for jobs that cannot be redone here if it fails; a new one is still started
     * for the next job).
     */
    pick(started = false) {
        if (this.disabled || this.size <= 0)
            return undefined;
        let best;
        for (const w of this.workers)
            if ((w.ready || !started) && (!best || w.jobs.size < best.jobs.size))
                best = w;
        if (best && (best.jobs.size === 0 || this.workers.size >= this.size))
            return best;
        if (this.workers.size >= this.size)
            return best;
        const fresh = this.spawn();
        return started ? best : fresh ?? best;
    }
    spawn() {
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
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
    /**
     * A scan on a worker; `onChunk` (whole-file scans) gets every chunk on this
     * thread, in order. Falls back to this thread if no worker can do it; the
     * caller's `restart` is called before a second attempt so it can reset what
     * `onChunk` fed.
     */
    async scan(request, onChunk, restart) {
        if (request.wholeFile)
            stats.wholeFileScans++;
        const worker = this.pick();
        if (worker) {
            try {
                stats.workerScans++;
                return await this.scanOn(worker, request, onChunk);
            }
            catch (error) {
                if (!(error instanceof WorkerLost))
                    throw error;
                await restart();
            }
        }
        stats.localScans++;
        return localKernel.scan(request, onChunk ? { chunk: onChunk } : undefined);
    }
    scanOn(worker, request, onChunk) {
        const id = this.nextId++;
        let failure;
        return new Promise((resolve, reject) => {
            worker.add(id, {
                onMessage: (msg) => {
                    switch (msg.op) {
                        case 'chunk':
                            // After a failure here the scan still runs to its end (the worker waits for credits).
                            if (failure === undefined) {
                                try {
                                    onChunk?.(msg.chunk);
                                }
                                catch (error) {
                                    failure = error;
                                }
                            }
                            worker.post({ id, op: 'credit', chunk: msg.chunk }, [msg.chunk.buffer]);
                            break;
                        case 'done':
                            worker.remove(id);
                            for (const buffer of msg.buffers ?? [])
                                recycleBuffer(buffer);
                            if (failure === undefined)
                                resolve(msg.result);
                            else
                                reject(failure);
                            break;
                        case 'failed':
                            worker.remove(id);
                            reject(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
                            break;
                        default:
                            break;
                    }
                },
                onLost: reject,
            });
            // A buffer to read into and, when chunks come here, one for each chunk on its way.
            const buffers = Array.from({ length: onChunk ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer().buffer);
            worker.post({ id, op: 'scan', request, forward: onChunk !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
        });
    }
    /**
     * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
     * started worker when there is one: bytes handed over cannot be hashed again
     * here if a worker fails, so a worker that might not start is not trusted with them.
     */
    streamHash(algorithms, writeTo) {
        const worker = this.pick(true);
        if (worker)
            stats.workerStreams++;
        else
            stats.localStreams++;
        return worker ? new RemoteStreamHash(worker, this.nextId++, algorithms, writeTo) : new LocalStreamHash(algorithms, writeTo);
    }
}
/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash {
    hash;
    failure;
    constructor(algorithms, writeTo) {
        try {
            this.hash = localKernel.streamHash(algorithms, writeTo);
        }
        catch (error) {
            this.failure = error;
        }
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
 * Chunks are copied into 1 MiB batches (the caller's chunks are views into
 * socket buffers it still uses) and transferred, so a batch is copied once; the
 * worker hashes it, writes it and hands the memory back for the next batch.
 */
class RemoteStreamHash {
    worker;
    id;
    batch;
    filled = 0;
    backlog = 0;
    waiters = [];
    /** Settles with the worker's 'done' (digests, or {} after an abort) or its failure. */
    result;
    settle;
    failure;
    finished = false;
    constructor(worker, id, algorithms, writeTo) {
        this.worker = worker;
        this.id = id;
        this.result = new Promise((resolve, reject) => {
            this.settle = { resolve, reject };
        });
        // Nobody may be waiting yet when a worker fails; the failure is reported by digest().
        this.result.catch(() => undefined);
        worker.add(id, {
            onMessage: (msg) => {
                if (msg.op === 'ack') {
                    this.backlog -= msg.chunk.byteLength;
                    recycleBuffer(msg.chunk.buffer);
                    if (this.backlog <= STREAM_BACKLOG)
                        this.wake();
                }
                else if (msg.op === 'done') {
                    worker.remove(id);
                    this.settle.resolve(msg.result);
                }
                else if (msg.op === 'failed') {
                    // The code (ENOSPC, EACCES…) lets the caller explain a failed write.
                    this.fail(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
                }
            },
            onLost: (error) => this.fail(error),
        });
        worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
    }
    fail(error) {
        this.worker.remove(this.id);
        this.failure ??= error;
        this.settle.reject(error);
        this.wake();
    }
    wake() {
        for (const w of this.waiters.splice(0))
            w();
    }
    flush() {
        if (!this.batch || this.filled === 0)
            return;
        const chunk = this.batch.subarray(0, this.filled);
        this.batch = undefined;
        this.filled = 0;
        this.backlog += chunk.length;
        this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer]);
    }
    update(chunk) {
        if (this.finished)
            throw new Error('stream hash already finished');
        if (this.failure)
            return;
        let offset = 0;
        while (offset < chunk.length) {
            // Own memory (not the shared pool), so it can be transferred.
            this.batch ??= takeBuffer();
            const n = Math.min(BUFFER - this.filled, chunk.length - offset);
            this.batch.set(chunk.subarray(offset, offset + n), this.filled);
            this.filled += n;
            offset += n;
            if (this.filled === BUFFER)
                this.flush();
        }
    }
    error() {
        return this.failure;
    }
    ready() {
        if (this.failure || this.backlog <= STREAM_BACKLOG)
            return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    digest() {
        if (!this.finished) {
            this.finished = true;
            if (!this.failure) {
                this.flush();
                this.worker.post({ id: this.id, op: 'hash-end' });
            }
        }
        return this.result;
    }
    async abort() {
        if (!this.finished) {
            this.finished = true;
            if (this.batch)
                recycleBuffer(this.batch.buffer);
            this.batch = undefined;
            if (!this.failure)
                this.worker.post({ id: this.id, op: 'hash-abort' });
            this.wake();
        }
        await this.result.then(() => undefined, () => undefined);
    }
}
const stats = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0 };
function workerStats() {
    return { ...stats };
}
let pool;
function thePool() {
    pool ??= new Pool((0,external_node_os_.availableParallelism)());
    return pool;
}
/** How many worker threads to use (default: one per core); 0 keeps every job on the calling thread. */
function setWorkerThreads(size) {
    thePool().resize(Math.max(0, Math.floor(size)));
}
/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now. For a caller done checking files and
 * about to do something else for a while; the next job starts new ones.
 */
function releaseWorkerThreads() {
    pool?.release();
}
/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
function warmWorkerThreads() {
    return thePool().warm();
}
function scanOnWorker(request, onChunk, restart) {
    return thePool().scan(request, onChunk, restart);
}
function streamHashOnWorker(algorithms, writeTo) {
    return thePool().streamHash(algorithms, writeTo);
}


/***/ })

};
