export const id = 828;
export const ids = [828];
export const modules = {

/***/ 63394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ FilenameError),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename),
/* harmony export */   h3: () => (/* binding */ parseDistributionFilename),
/* harmony export */   sF: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75787);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60826);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82525);
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

/***/ 33353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sj: () => (/* reexport */ DEFAULT_MAX_FILE_SIZE),
  sP: () => (/* reexport */ DescriptionChecks),
  Y8: () => (/* reexport */ distributions_filename/* FilenameError */.Y8),
  Ly: () => (/* reexport */ checkDistributionSet),
  L1: () => (/* reexport */ manifest/* compareManifest */.L1),
  e4: () => (/* reexport */ manifest/* createManifest */.e4),
  VO: () => (/* reexport */ descriptionContentTypeProblem),
  Sb: () => (/* reexport */ descriptionFormat),
  Wx: () => (/* reexport */ names/* filenameEscapedName */.Wx),
  OH: () => (/* reexport */ formatProblemsTable),
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
  $W: () => (/* reexport */ renderRefusal),
  At: () => (/* reexport */ versions/* versionsEqual */.At),
  HN: () => (/* reexport */ manifest/* writeManifest */.HN)
});

// UNUSED EXPORTS: DEFAULT_ARCHIVE_LIMITS, MANIFEST_SCHEMA, MANIFEST_SCHEMA_VERSION, MetadataError, SUPPORTED_METADATA_VERSIONS, canonicalizeLicenseExpression, checkMetadataFields, commonPrefix, descriptionToRender, entryPointErrors, expectedDistInfo, isValidVersion, localVersionLabel, parseCoreMetadata, parseCsv, parseHeaderBlock, parseManifest, parseRecord, parseWheelFile, platformTagAllowed, readSdistArchive, readWheelArchive, verifyRecord

// EXTERNAL MODULE: ./lib/distributions/names.js
var names = __webpack_require__(75787);
// EXTERNAL MODULE: ./lib/distributions/versions.js
var versions = __webpack_require__(60826);
// EXTERNAL MODULE: ./lib/distributions/python-repr.js
var python_repr = __webpack_require__(82525);
// EXTERNAL MODULE: ./lib/distributions/filename.js
var distributions_filename = __webpack_require__(63394);
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
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
// EXTERNAL MODULE: ./lib/files/block-reader.js
var block_reader = __webpack_require__(75732);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(69275);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
        throw new GzipError(`Not a gzipped file (${(0,python_repr/* pythonBytesRepr */.d)(fixed.subarray(0, 2))})`, first);
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

// EXTERNAL MODULE: ./lib/python/rst-renderer.js + 1 modules
var rst_renderer = __webpack_require__(62976);
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
        return `${(0,python_repr/* pythonRepr */.U)(classifier)} is not a valid classifier.`;
    const replacements = DEPRECATED.get(classifier);
    if (replacements === undefined)
        return undefined;
    return replacements.length > 0
        ? `The classifier ${(0,python_repr/* pythonRepr */.U)(classifier)} has been deprecated, use one of [${replacements.map(python_repr/* pythonRepr */.U).join(', ')}] instead.`
        : `The classifier ${(0,python_repr/* pythonRepr */.U)(classifier)} has been deprecated.`;
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
    const invalid = { ok: false, reason: `Invalid license expression: ${(0,python_repr/* pythonRepr */.U)(raw)}` };
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
                return { ok: false, reason: `Unknown license exception: ${(0,python_repr/* pythonRepr */.U)(token)}` };
            normalized.push(exception);
            continue;
        }
        const plus = token.endsWith('+') ? '+' : '';
        const id = plus ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
            if (!/^[A-Za-z0-9.-]*$/.test(id))
                return { ok: false, reason: `Invalid licenseref: ${(0,python_repr/* pythonRepr */.U)(id)}` };
            normalized.push(refs.get(id) + plus);
        }
        else {
            const license = LICENSES.get(id);
            if (!license)
                return { ok: false, reason: `Unknown license: ${(0,python_repr/* pythonRepr */.U)(id)}` };
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
    const contentType = headerValue(meta.headers, 'Description-Content-Type');
    if (contentType !== undefined) {
        const problem = descriptionContentTypeProblem(contentType);
        if (problem) {
            refuse('description-content-type', problem, `Description-Content-Type ${(0,python_repr/* pythonRepr */.U)(contentType)} is not one PyPI accepts (${problem})`, 'Set long_description_content_type / readme content-type to text/markdown, text/x-rst or text/plain (with charset=UTF-8 if any, and variant=GFM or CommonMark for Markdown).');
        }
    }
    const expressions = headerValues(meta.headers, 'License-Expression');
    for (const expression of expressions) {
        const result = canonicalizeLicenseExpression(expression);
        if (!result.ok) {
            refuse('license-expression', `${(0,python_repr/* pythonRepr */.U)(expression)} is invalid for 'license-expression'`, `License-Expression ${(0,python_repr/* pythonRepr */.U)(expression)} is not a valid SPDX expression: ${result.reason}`, 'Use SPDX identifiers (https://spdx.org/licenses/) joined by AND, OR and WITH, e.g. "MIT" or "Apache-2.0 OR MIT"; for a license without an identifier use LicenseRef-<name>.');
        }
    }
    if (expressions.length > 0 && headerValues(meta.headers, 'License').length > 0) {
        refuse('license-and-expression', 'License is deprecated when License-Expression is present. Only License-Expression should be present.', 'it has both License and License-Expression; PEP 639 allows only one', 'Drop the license text (project.license as a table, or setup(license=…)) and keep the SPDX expression alone.');
    }
    if (age >= VERSIONS.indexOf('2.4')) {
        for (const path of headerValues(meta.headers, 'License-File')) {
            const bad = licensePathProblem(path);
            if (bad) {
                refuse('license-file', `${(0,python_repr/* pythonRepr */.U)(path)} is invalid for 'license-file', ${bad}`, `License-File ${(0,python_repr/* pythonRepr */.U)(path)}: ${bad}`, 'List license files by their path relative to the project root, with "/" and without "..".');
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
        const refusal = bad ? `${(0,python_repr/* pythonRepr */.U)(field)} ${bad}` : field === 'dynamic' ? `Dynamic field ${(0,python_repr/* pythonRepr */.U)(field)} is not a valid dynamic field.` : undefined;
        if (refusal) {
            refuse('dynamic', refusal, `Dynamic ${(0,python_repr/* pythonRepr */.U)(value)} ${bad ?? 'is not a valid dynamic field'}`, `${REBUILD}: Dynamic names fields a build may still fill in, never Name, Version, Metadata-Version or Dynamic, and only fields core metadata has.`);
        }
    }
    const requiresPython = headerValue(meta.headers, 'Requires-Python');
    if (requiresPython !== undefined && !pep440.validRange(requiresPython)) {
        refuse('requires-python', `${(0,python_repr/* pythonRepr */.U)(requiresPython)} is invalid for 'requires-python'`, `Requires-Python ${(0,python_repr/* pythonRepr */.U)(requiresPython)} is not a PEP 440 version specifier`, 'Write requires-python as comma-separated specifiers, e.g. ">=3.9" or ">=3.9,<4".');
    }
    for (const requirement of headerValues(meta.headers, 'Requires-Dist')) {
        const checked = checkRequirement(requirement);
        if ('problem' in checked) {
            refuse('requires-dist', `${(0,python_repr/* pythonRepr */.U)(requirement)} is invalid for 'requires-dist'`, `Requires-Dist ${(0,python_repr/* pythonRepr */.U)(requirement)} is not a PEP 508 dependency specifier (${checked.problem})`, 'Write each dependency as name[extras] specifiers ; marker, e.g. "numpy>=1.20; python_version >= \'3.9\'".');
        }
        else if (checked.direct) {
            // warehouse's own rule (forklift/metadata.py), on top of packaging's.
            refuse('direct-dependency', `Can't have direct dependency: ${requirement}`, `Requires-Dist ${(0,python_repr/* pythonRepr */.U)(requirement)} is a direct reference (name @ URL), which PyPI refuses`, 'Depend on a released version from the index instead (name>=version), and publish the dependency there first.');
        }
    }
    // warehouse's length and shape limits (forklift/metadata.py, _validate_metadata).
    const summary = headerValue(meta.headers, 'Summary');
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
            refuse('project-url', "unrecognized or malformed field 'project-url'", `Project-URL label ${(0,python_repr/* pythonRepr */.U)(label)} is given twice`, fix);
        }
        else if (label === '') {
            refuse('project-url', 'Must have a label', `Project-URL ${(0,python_repr/* pythonRepr */.U)(pair)} has no label`, fix);
        }
        else if (label.length > 32) {
            refuse('project-url', `${(0,python_repr/* pythonRepr */.U)(label)} must be 32 characters or less.`, `Project-URL label ${(0,python_repr/* pythonRepr */.U)(label)} is ${label.length} characters long; PyPI takes at most 32`, fix);
        }
        else if (url === '') {
            refuse('project-url', 'Must have a URL', `Project-URL ${(0,python_repr/* pythonRepr */.U)(label)} has no URL`, fix);
        }
        else if (!isValidMetadataUrl(url)) {
            refuse('project-url', `${(0,python_repr/* pythonRepr */.U)(url)} is not a valid url`, `Project-URL ${(0,python_repr/* pythonRepr */.U)(label)} is ${(0,python_repr/* pythonRepr */.U)(url)}, not an http(s) URL`, fix);
        }
        labels.add(label);
    }
    for (const field of ['Home-page', 'Download-URL']) {
        for (const url of headerValues(meta.headers, field)) {
            if (isValidMetadataUrl(url))
                continue;
            refuse('url', `${(0,python_repr/* pythonRepr */.U)(url)} is not a valid url.`, `${field} ${(0,python_repr/* pythonRepr */.U)(url)} is not an http(s) URL`, `Give a full http:// or https:// URL (project.urls, setup(url=…)), or leave the field out; "UNKNOWN" and bare host names are refused.`);
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
            refuse(field.toLowerCase(), 'problem' in checked ? `${(0,python_repr/* pythonRepr */.U)(requirement)} is invalid: ${checked.problem.replace(/ at position \d+$/, '')}` : `Can't have direct dependency: ${(0,python_repr/* pythonRepr */.U)(requirement)}`, `${field} ${(0,python_repr/* pythonRepr */.U)(requirement)} ${why}`, `Write ${field} as a PEP 508 name with optional version specifiers, e.g. "otherproject (>=1.0)", or leave it out.`);
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
                refuse('import-name', bad, `${field} ${(0,python_repr/* pythonRepr */.U)(value)}: ${bad}`, `Write ${field} as a dotted Python import path, optionally followed by "; private".`);
        }
    }
    return found;
}
/** packaging's `_process_description_content_type`, its words; undefined when accepted. */
function descriptionContentTypeProblem(value) {
    const field = "'description-content-type'";
    const [main, ...rest] = value.split(';');
    const type = main.trim().toLowerCase();
    const token = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;
    // email parses what it can; an unparsable type becomes text/plain, which must then appear in the value.
    const parsed = token.test(type) ? type : 'text/plain';
    if (!CONTENT_TYPES.includes(parsed) || !value.toLowerCase().includes(parsed)) {
        return `${field} must be one of [${CONTENT_TYPES.map((t) => (0,python_repr/* pythonRepr */.U)(t)).join(', ')}], not ${(0,python_repr/* pythonRepr */.U)(value)}`;
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
        return `${field} can only specify the UTF-8 charset, not ${(0,python_repr/* pythonRepr */.U)(charset)}`;
    const variant = params.get('variant') ?? 'GFM';
    if (parsed === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
        return `valid Markdown variants for ${field} are [${MARKDOWN_VARIANTS.map((v) => (0,python_repr/* pythonRepr */.U)(v)).join(', ')}], not ${(0,python_repr/* pythonRepr */.U)(variant)}`;
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
            return `${(0,python_repr/* pythonRepr */.U)(name)} is invalid for '${field}'; ${(0,python_repr/* pythonRepr */.U)(identifier)} is not a valid identifier`;
        if (KEYWORDS.has(identifier))
            return `${(0,python_repr/* pythonRepr */.U)(name)} is invalid for '${field}'; ${(0,python_repr/* pythonRepr */.U)(identifier)} is a keyword`;
    }
    if (semicolon !== -1 && value.slice(semicolon + 1).trimStart() !== 'private') {
        return `${(0,python_repr/* pythonRepr */.U)(value)} is invalid for '${field}'; the only valid option is 'private'`;
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
function renderRefusal(contentType) {
    const message = contentType
        ? `The description failed to render for '${contentType}'.`
        : 'The description failed to render in the default format of reStructuredText.';
    return `${message} See https://pypi.org/help/#description-content-type for more information.`;
}
/** What of a file's metadata PyPI renders, or undefined when it renders nothing (no description, or a content type it refuses first). */
function descriptionToRender(meta) {
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
class DescriptionChecks {
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
                info.parsed = (0,distributions_filename/* parseDistributionFilename */.h3)(filename);
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
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${(0,python_repr/* pythonRepr */.U)(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add, warn) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && (0,versions/* localVersionLabel */.iD)(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', metadataRefusal(`${(0,python_repr/* pythonRepr */.U)(meta.metadataVersion)} is not a valid metadata version`));
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
    else if ((0,versions/* normalizeVersion */.Qj)(meta.version) !== meta.version) {
        const normalized = (0,versions/* normalizeVersion */.Qj)(meta.version);
        warn('version-not-normalized', `${metadataFile} has Version ${meta.version}, which is not in PEP 440 normal form; PyPI, pip and every index show it as ${normalized}`, `Write the version as ${normalized} in the project configuration (and in the release tag), so what you tag, what you build and what PyPI shows are spelled the same.`);
    }
}
function addLocalVersion(version, add) {
    const normalized = (0,versions/* normalizeVersion */.Qj)(version);
    add('local-version', `The version ${normalized} has a local part (+${(0,versions/* localVersionLabel */.iD)(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', metadataRefusal(`The use of local versions in '${normalized}' is not allowed.`));
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
    return found;
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
    const projectOf = (f) => (f.metadata && (0,names/* isValidProjectName */.FE)(f.metadata.name) ? (0,names/* normalizeName */.Pc)(f.metadata.name) : f.parsed?.normalizedName ?? '');
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
    if (opts.expectedVersion !== undefined && !(0,versions/* isValidVersion */.ri)(opts.expectedVersion)) {
        throw new errors/* UserError */.y(`The expected version ${(0,python_repr/* pythonRepr */.U)(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
    }
    const files = new Array(paths.length);
    const descriptions = opts.descriptions === false ? undefined : new DescriptionChecks(opts.descriptions ?? (0,rst_renderer/* defaultRstRenderer */._G)());
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
        const group = groups.find((g) => (0,versions/* versionsEqual */.At)(g.version, version));
        if (group)
            group.files.push(item);
        else
            groups.push({ version: (0,versions/* normalizeVersion */.Qj)(version) ?? version, files: [item] });
    }
    return groups;
}

// EXTERNAL MODULE: ./lib/distributions/manifest.js
var manifest = __webpack_require__(54610);
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


















/***/ }),

/***/ 75787:
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

/***/ 82525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pythonRepr),
/* harmony export */   d: () => (/* binding */ pythonBytesRepr)
/* harmony export */ });
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function pythonRepr(value) {
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


/***/ }),

/***/ 97309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export MemoryLogger */
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
const silentLogger = {
    info() { },
    warning() { },
    error() { },
    debug() { },
};


/***/ }),

/***/ 57239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _S: () => (/* reexport */ ProcessStartError),
  Qc: () => (/* reexport */ childEnvironment),
  g5: () => (/* reexport */ failureOf),
  fE: () => (/* reexport */ formatCommand),
  $Y: () => (/* reexport */ git),
  Tt: () => (/* reexport */ gitOk),
  Bs: () => (/* reexport */ maskCredentials),
  M3: () => (/* reexport */ pythonEnvironment),
  R3: () => (/* reexport */ runProcess),
  RT: () => (/* reexport */ tail)
});

// UNUSED EXPORTS: DEFAULT_MAX_OUTPUT_BYTES, ProcessError, gitEnvironment

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/process/command.js
/** Command lines and process output as logs and error messages show them. */
/** `https://user:secret@host/` → `https://***@host/`, wherever it appears in an argument. */
function maskCredentials(arg) {
    return arg.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
/** A command line for logs: masked, quoted where a shell would need it. */
function formatCommand(file, args) {
    return [file, ...args].map((a) => quote(maskCredentials(a))).join(' ');
}
function quote(arg) {
    if (arg === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(arg))
        return arg;
    if (arg.includes('\n')) {
        const lines = arg.split('\n');
        // Embedded scripts start with a comment naming them; the name is what a log reader needs.
        if (lines[0].startsWith('#'))
            return `<${lines[0].replace(/^#\s*/, '')}: ${lines.length}-line script>`;
        // Anything else (a commit message) stays on one log line.
        return `$'${arg.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
    }
    return `'${arg.replace(/'/g, "'\\''")}'`;
}
/** Enough of a failed command's output to act on, for error messages. */
function tail(text, lines = 15) {
    const all = text.trimEnd().split(/\r?\n/);
    return all.slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./lib/process/errors.js
/** Why a process did not do its job, in words that name the command and show its own explanation. */

/** Duck-typed: node's own errors may come from another realm (jest's VM), where `instanceof Error` is false. */
function messageOf(err) {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
}
/** The process never started: no such file, not executable, a missing working directory. */
class ProcessStartError extends Error {
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
function failureOf(r, opts = {}) {
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




const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
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
function runProcess(file, args, opts) {
    const command = formatCommand(file, args);
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason);
            return;
        }
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
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
                code: code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : -1),
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
function gitEnvironment(base = process.env) {
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
    env.PIP_CONFIG_FILE = external_node_os_.devNull;
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/process/git.js
/**
 * git, for the local bump and the rehearsal: in the repository at `dir` and
 * no other (see gitEnvironment), never prompting, with a timeout.
 */





const GIT_TIMEOUT_MS = 10 * 60_000;
/** Runs git in `dir`; resolves whatever the exit code, throws a UserError when git is not installed. */
async function git(dir, args, opts = {}) {
    try {
        return await runProcess('git', args, { cwd: dir, env: gitEnvironment(), timeoutMs: opts.timeoutMs ?? GIT_TIMEOUT_MS, terminal: true });
    }
    catch (err) {
        if (err instanceof ProcessStartError && err.code === 'ENOENT') {
            // spawn says ENOENT for a missing working directory too.
            if (!(0,external_node_fs_.existsSync)(dir))
                throw new errors/* UserError */.y(`Cannot run git in ${dir}: the directory does not exist.`);
            throw new errors/* UserError */.y(`git is not installed (or not on PATH). ${opts.ifMissing ?? 'Install git.'}`);
        }
        throw err;
    }
}
/** git's stdout when it succeeded; otherwise a UserError saying what could not be done and what git said. */
async function gitOk(dir, args, doing, opts = {}) {
    const r = await git(dir, args, opts);
    const failure = failureOf(r, { complete: true });
    if (failure)
        throw new errors/* UserError */.y(`Could not ${doing}: ${failure.message}`);
    return r.stdout;
}

;// CONCATENATED MODULE: ./lib/process/index.js
/** Starting processes: the runner, the environments it runs them in, git, and how failures read. */







/***/ }),

/***/ 62976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _G: () => (/* binding */ defaultRstRenderer)
});

// UNUSED EXPORTS: DOCUTILS_PIN, createRstRenderer

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(97309);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var lib_process = __webpack_require__(57239);
// EXTERNAL MODULE: ./lib/python/scripts/index.js
var scripts = __webpack_require__(2633);
;// CONCATENATED MODULE: ./lib/python/render-description.js
/** The glue to scripts/render_description.py: one run of it over a batch of descriptions. */



const MARK = '__PYRELEASE_RENDER__';
/** render_description.py's source. */
function renderScript() {
    return (0,scripts/* pythonScript */.w$)('render_description');
}
/**
 * Runs the script on `python` in isolated mode (-I: no PYTHON* variables, no
 * user site, nothing from the working directory), `path` first on sys.path.
 */
async function runRenderScript(python, texts, opts = {}) {
    const args = ['-I', '-c', renderScript(), ...(opts.path !== undefined ? ['--path', opts.path] : [])];
    (opts.log ?? lib_log/* silentLogger */.q).debug(`$ ${(0,lib_process/* formatCommand */.fE)(python, args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)(python, args, { input: JSON.stringify(texts), timeoutMs: opts.timeoutMs ?? 120_000, env: (0,lib_process/* pythonEnvironment */.M3)() });
    }
    catch (error) {
        if (error instanceof lib_process/* ProcessStartError */._S)
            return { kind: 'failed', error: error.message };
        throw error;
    }
    const out = (0,scripts/* markedJson */.FD)(r.stdout, MARK);
    if (out?.missing)
        return { kind: 'missing', error: out.error ?? `no ${out.missing}` };
    if (r.timedOut) {
        return { kind: 'failed', error: `rendering did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped (docutils takes that long only on a very long or intricate text)` };
    }
    if (r.code !== 0 || !out?.results || out.results.length !== texts.length) {
        return { kind: 'failed', error: `exit ${r.code}: ${(0,lib_process/* tail */.RT)(r.stderr || r.stdout, 5)}` };
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
const PROBE = ['Probe\n=====\n\nA *probe* of the renderer.\n'];
const PROBE_TIMEOUT_MS = 60_000;
function createRstRenderer(opts = {}) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
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
function defaultRstRenderer() {
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
    const installDir = (0,external_node_path_.join)(opts.installRoot ?? process.env.RUNNER_TOOL_CACHE ?? (0,external_node_os_.tmpdir)(), 'pyrelease', DOCUTILS_PIN.replace('==', '-'));
    const installed = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(installDir, '.complete'));
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
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)(python, args)}`);
    const env = (0,lib_process/* pythonEnvironment */.M3)();
    delete env.PIP_CONFIG_FILE;
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && /^PIP_(INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT|PROXY|TIMEOUT|DEFAULT_TIMEOUT|RETRIES)$/.test(key))
            env[key] = value;
    }
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(installDir, '..'), { recursive: true });
        const r = await (0,lib_process/* runProcess */.R3)(python, args, { env, timeoutMs: 300_000 });
        if (r.code !== 0)
            return `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${(0,lib_process/* tail */.RT)(r.stderr || r.stdout, 3)}`;
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, '.complete'), `${DOCUTILS_PIN}\n`);
        await (0,promises_.rm)(installDir, { recursive: true, force: true });
        await (0,promises_.rename)(staging, installDir);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** python3 and python as PATH finds them, then the system's /usr/bin/python3. */
function defaultCandidates() {
    const names = process.platform === 'win32' ? ['python.exe', 'python3.exe'] : ['python3', 'python'];
    const found = [];
    for (const name of names) {
        for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter)) {
            if (!dir)
                continue;
            const candidate = (0,external_node_path_.join)(dir, name);
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
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ markedJson),
/* harmony export */   ML: () => (/* binding */ withPrologue),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   w$: () => (/* binding */ pythonScript)
/* harmony export */ });
/* unused harmony export SCRIPT_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
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

const read = (url) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(url, 'utf8');
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
function pythonScript(name) {
    let text = cache.get(name);
    if (text === undefined) {
        text = SOURCES[name]();
        cache.set(name, text);
    }
    return text;
}
/** `name` with `prologue` put after its leading comment lines (the first names the script in logs). */
function withPrologue(name, prologue) {
    const lines = pythonScript(name).split('\n');
    const at = lines.findIndex((l) => !l.startsWith('#'));
    return [...lines.slice(0, at), pythonScript(prologue).trimEnd(), ...lines.slice(at)].join('\n');
}
/**
 * A template's text with each `NAME = None` line given a value. JSON strings
 * and lists are Python literals too; a name the template lacks is a bug here,
 * so it throws.
 */
function fillTemplate(name, values) {
    let text = pythonScript(name);
    for (const [key, value] of Object.entries(values)) {
        const line = `\n${key} = None\n`;
        if (text.split(line).length !== 2)
            throw new Error(`${name}.py has no single "${key} = None" line to fill in.`);
        text = text.replace(line, () => `\n${key} = ${JSON.stringify(value)}\n`); // a function: "$&" in a path stays as it is
    }
    return text;
}
/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
function markedJson(stdout, marker) {
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


/***/ }),

/***/ 83052:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Durations and sizes as people write them in workflow inputs and on the command line. */
const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** Seconds from `900`, `30s`, `15m`, `2h` or `1h30m`; undefined when malformed. */
function parseDuration(v) {
    if (/^\d+$/.test(v))
        return Number(v);
    const re = /(\d+)\s*([smhd])/gy;
    let total = 0;
    let matched = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
        total += Number(m[1]) * DURATION_UNITS[m[2]];
        matched = re.lastIndex;
    }
    return matched === v.length && v.length > 0 ? total : undefined;
}
/** Bytes from `1048576`, `100M`, `20G`, `1.5GiB` (binary units); undefined when malformed. */
function parseSize(v) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(v.trim());
    if (!m)
        return undefined;
    return Math.floor(Number(m[1]) * SIZE_UNITS[m[2].toLowerCase()]);
}
/** 1536 → "1.5 KiB": for logs and summaries. */
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${n} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}


/***/ })

};
