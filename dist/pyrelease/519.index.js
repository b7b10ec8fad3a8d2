export const id = 519;
export const ids = [519];
export const modules = {

/***/ 79509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  briefCommand: () => (/* binding */ briefCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/commands/approval-brief/brief.js + 1 modules
var brief = __webpack_require__(542);
;// CONCATENATED MODULE: ./lib/commands/approval-brief/links.js
/** The repository and run links of the brief, from the runner's environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
function runLinks(env) {
    const repositoryUrl = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
    const runUrl = repositoryUrl && env.GITHUB_RUN_ID
        ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined;
    return { ...(repositoryUrl ? { repositoryUrl } : {}), ...(runUrl ? { runUrl } : {}) };
}

// EXTERNAL MODULE: ./lib/distributions/manifest.js
var manifest = __webpack_require__(54610);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/verification/plan.js
/**
 * The verify plan, as plan-verify writes it and the approval brief reads it:
 * the legs of the verify matrix (`strategy.matrix.include`), each with the
 * wheels it installs, and the wheels no planned runner can install, each with
 * the reason. Read back from JSON (a job output or a file), it is checked
 * field by field: it comes from another job.
 */

const SETUPS = ['setup-python', 'container', 'conda'];
function fail(where, detail) {
    throw new errors/* UserError */.y(`${where} is not a verify plan: ${detail}. Pass what plan-verify wrote (its matrix and unverifiable outputs, or pyrelease plan-verify --json).`);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string' && x !== '');
function parsePlannedLegs(data, where) {
    const include = isObject(data) ? data.include : data;
    if (!Array.isArray(include))
        fail(where, 'expected {"include": [...]} or a list of legs');
    const ids = new Set();
    return include.map((leg, i) => {
        const at = `include[${i}]`;
        if (!isObject(leg))
            fail(where, `${at} is not an object`);
        for (const key of ['id', 'name', 'python'])
            if (typeof leg[key] !== 'string' || leg[key] === '')
                fail(where, `${at}.${key} must be a non-empty string`);
        const runsOn = leg['runs-on'];
        if (!(typeof runsOn === 'string' && runsOn !== '') && !(isStringList(runsOn) && runsOn.length > 0))
            fail(where, `${at}.runs-on must be a label or a list of labels`);
        if (!SETUPS.includes(leg['python-setup']))
            fail(where, `${at}.python-setup must be one of ${SETUPS.join(', ')}`);
        if (!isStringList(leg.wheels) || leg.wheels.length === 0)
            fail(where, `${at}.wheels must list the wheels the leg installs`);
        if (leg.packages !== undefined && !isStringList(leg.packages))
            fail(where, `${at}.packages must be a list of names`);
        for (const key of ['architecture', 'container'])
            if (leg[key] !== undefined && typeof leg[key] !== 'string')
                fail(where, `${at}.${key} must be a string`);
        if (ids.has(leg.id))
            fail(where, `two legs have the id ${leg.id}`);
        ids.add(leg.id);
        return {
            id: leg.id,
            name: leg.name,
            'runs-on': runsOn,
            python: leg.python,
            'python-setup': leg['python-setup'],
            ...(leg.architecture ? { architecture: leg.architecture } : {}),
            ...(leg.container ? { container: leg.container } : {}),
            wheels: leg.wheels,
            packages: leg.packages ?? [],
        };
    });
}
function parseUnverifiable(data, where) {
    const list = isObject(data) ? data.unverifiable : data;
    if (!Array.isArray(list))
        fail(where, 'expected a list of {"wheel", "reason"}');
    return list.map((entry, i) => {
        if (!isObject(entry) || typeof entry.wheel !== 'string' || entry.wheel === '' || typeof entry.reason !== 'string') {
            fail(where, `unverifiable[${i}] must have a wheel and a reason`);
        }
        return { wheel: entry.wheel, reason: entry.reason, ...(typeof entry.kind === 'string' ? { kind: entry.kind } : {}) };
    });
}
/** A whole plan, as `pyrelease plan-verify --json` prints it. */
function parsePlan(data, where) {
    if (!isObject(data))
        fail(where, 'expected a JSON object with include and unverifiable');
    return { include: parsePlannedLegs(data.include ?? [], where), unverifiable: parseUnverifiable(data.unverifiable ?? [], where) };
}
/** JSON text from a job output or a file, parsed or refused with where it came from. */
function parseJsonText(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`${where} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
}

// EXTERNAL MODULE: ./lib/cli/args.js
var args = __webpack_require__(92453);
// EXTERNAL MODULE: ./lib/cli/print.js
var print = __webpack_require__(17721);
;// CONCATENATED MODULE: ./lib/cli/brief.js
/**
 * `pyrelease brief`: the one page an approver decides from. The release
 * workflow runs it in the job just before the `pypi` approval gate (and again
 * after the release, as the closing record). It reads the manifest of what is
 * on the index and the result file each verify leg wrote, and renders version,
 * commit, pull request, draft release, the wheel table (size, sha256) and the
 * verify matrix (result and what each leg installed) as Markdown for
 * $GITHUB_STEP_SUMMARY.
 *
 * With --require-pass it exits 1 when anything an approver would need to be
 * true is not (a failed or missing leg, a wheel outside the manifest), so the
 * gate job never starts on an incomplete verification.
 */








const USAGE = `usage: pyrelease brief --manifest FILE [options]

Writes the approval brief (the page an approver decides from) as Markdown to
--output, else appended to $GITHUB_STEP_SUMMARY, else to stdout.

  --manifest FILE        the manifest of the files on the index (required)
  --results DIR          the verify legs' result files (*.json, searched recursively)
  --plan FILE            plan-verify's plan (pyrelease plan-verify --json): which leg
                         installs which wheel, and which wheels no runner can install
  --expect-legs N        how many legs the verify matrix has; fewer results is a problem
  --verify-result R      the verify job's result (needs.<job>.result)
  --version V, --tag T, --commit SHA, --pull-request URL, --release-url URL
                         the release facts shown at the top
  --draft                the release is still a draft
  --index NAME           testpypi (default) or pypi: where the legs installed from
  --gate ENVIRONMENT     the environment whose approval this brief prepares
  --title TEXT           the heading (default "Release brief")
  --output FILE          write here instead of the step summary
  --require-pass         exit 1 unless everything an approver needs holds: every
                         leg passed, and every wheel of the manifest was installed
                         by one (or is declared not verifiable by the plan)
  -h, --help             this text
`;
async function briefCommand(argv) {
    const parsed = (0,args/* parseCommandLine */.Du)('brief', USAGE, {
        args: argv,
        options: {
            manifest: { type: 'string' },
            results: { type: 'string' },
            plan: { type: 'string' },
            'expect-legs': { type: 'string' },
            'verify-result': { type: 'string' },
            version: { type: 'string' },
            tag: { type: 'string' },
            commit: { type: 'string' },
            'pull-request': { type: 'string' },
            'release-url': { type: 'string' },
            draft: { type: 'boolean', default: false },
            index: { type: 'string', default: 'testpypi' },
            gate: { type: 'string' },
            title: { type: 'string', default: 'Release brief' },
            output: { type: 'string' },
            'require-pass': { type: 'boolean', default: false },
        },
    });
    if (typeof parsed === 'number')
        return parsed;
    const v = parsed.values;
    if (!v.manifest) {
        (0,print/* err */._q)((0,args/* usageLine */.U0)('brief', '--manifest is required'));
        return args/* USAGE_EXIT */.Hn;
    }
    let expectLegs;
    if (v['expect-legs'] !== undefined && v['expect-legs'] !== '') {
        if (!/^\d+$/.test(v['expect-legs'])) {
            (0,print/* err */._q)((0,args/* usageLine */.U0)('brief', `--expect-legs must be a whole number, got '${v['expect-legs']}'`));
            return args/* USAGE_EXIT */.Hn;
        }
        expectLegs = Number(v['expect-legs']);
    }
    const env = process.env;
    const { repositoryUrl, runUrl } = runLinks(env);
    const nonEmpty = (s) => (s ? s : undefined);
    const input = {
        title: v.title,
        manifest: await (0,manifest/* readManifest */.WI)(v.manifest),
        legs: v.results ? await (0,brief/* readLegResults */.dB)(v.results) : [],
        version: nonEmpty(v.version),
        tag: nonEmpty(v.tag),
        commit: nonEmpty(v.commit),
        pullRequestUrl: nonEmpty(v['pull-request']),
        releaseUrl: nonEmpty(v['release-url']),
        draft: v.draft,
        runUrl,
        repositoryUrl,
        index: v.index,
        expectLegs,
        verifyResult: nonEmpty(v['verify-result']),
        gate: nonEmpty(v.gate),
        ...(v.plan ? { plan: await readPlan(v.plan) } : {}),
    };
    const markdown = (0,brief/* renderBrief */.dR)(input);
    if (v.output) {
        await (0,promises_.writeFile)(v.output, markdown, 'utf8');
    }
    else if (env.GITHUB_STEP_SUMMARY) {
        await (0,promises_.appendFile)(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    }
    else {
        (0,print/* out */.FD)(markdown);
    }
    const verdict = (0,brief/* assessBrief */.Zg)(input);
    const level = v['require-pass'] ? 'error' : 'warning';
    for (const problem of verdict.problems) {
        // On a runner each problem becomes an annotation on the run page, beside the summary.
        (0,print/* annotate */.fz)(level, problem);
    }
    return v['require-pass'] && !verdict.ready ? 1 : 0;
}
async function readPlan(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`Cannot read the plan ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the file pyrelease plan-verify --json wrote.`);
    }
    return parsePlan(parseJsonText(text, `The plan ${path}`), `The plan ${path}`);
}


/***/ }),

/***/ 54610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   L1: () => (/* binding */ compareManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   e4: () => (/* binding */ createManifest)
/* harmony export */ });
/* unused harmony exports MANIFEST_SCHEMA, MANIFEST_SCHEMA_VERSION, parseManifest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _text_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66246);
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
    // Later jobs read it and the runner never masks a file: no secret of the run may be in it.
    const text = `${JSON.stringify((0,_text_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecretsDeep */ .tZ)(canonical(m)), null, 2)}\n`;
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


/***/ }),

/***/ 60826:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ versionsEqual),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   iD: () => (/* binding */ localVersionLabel),
/* harmony export */   ri: () => (/* binding */ isValidVersion)
/* harmony export */ });
/* harmony import */ var _versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63854);
/**
 * The version questions a distribution file raises, answered as packaging
 * answers them (src/versions/pep440.ts: its grammar, normal form and order,
 * with numbers of any size): `str(Version(v))` is what PyPI prints in its
 * messages and uses in PEP 625 sdist filenames.
 */

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizeVersion(version) {
    const parsed = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440 */ .FB)(version);
    return parsed ? (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPep440 */ .J4)(parsed) : undefined;
}
function isValidVersion(version) {
    return (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440 */ .FB)(version) !== undefined;
}
/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
function localVersionLabel(version) {
    return (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440 */ .FB)(version)?.local ?? undefined;
}
/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
function versionsEqual(a, b) {
    const pa = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440 */ .FB)(a);
    const pb = (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePep440 */ .FB)(b);
    if (pa === undefined || pb === undefined)
        return a === b;
    return (0,_versions_pep440_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePep440 */ .PG)(pa, pb) === 0;
}


/***/ }),

/***/ 82627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   IS: () => (/* binding */ markdownCodeBlock),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   UZ: () => (/* binding */ markdownCell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   iQ: () => (/* binding */ markdownLink)
/* harmony export */ });
/* unused harmony export isWebUrl */
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


/***/ }),

/***/ 63854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ bumpPep440),
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   OB: () => (/* binding */ canonicalPep440),
/* harmony export */   PG: () => (/* binding */ comparePep440),
/* harmony export */   Xc: () => (/* binding */ parsePep440Parts),
/* harmony export */   ZD: () => (/* binding */ normalizePep440),
/* harmony export */   cB: () => (/* binding */ isPep440Prerelease),
/* harmony export */   k2: () => (/* binding */ comparePep440Versions),
/* harmony export */   vR: () => (/* binding */ rejectLocal)
/* harmony export */ });
/* unused harmony export normalizedPep440 */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The ${what} is empty. ${SPEC_HINT}`);
    const p = parsePep440(version);
    if (!p)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(p.dev !== null && p.post === null
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`);
    }
}
function enterPhase(p, phase, shown) {
    if (p.pre !== null) {
        const [current, n] = p.pre;
        if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
            const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
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


/***/ })

};
