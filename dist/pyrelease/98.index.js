export const id = 98;
export const ids = [98];
export const modules = {

/***/ 3098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   briefCommand: () => (/* binding */ briefCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _commands_approval_brief_brief_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4133);
/* harmony import */ var _distributions_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4610);
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




const USAGE = `usage: pyrelease brief --manifest FILE [--results DIR] [--expect-legs N] [--verify-result RESULT]
                      [--version V] [--tag T] [--commit SHA] [--pull-request URL] [--release-url URL] [--draft]
                      [--index testpypi|pypi] [--gate ENVIRONMENT] [--title TEXT] [--output FILE] [--require-pass]

Writes the release brief as Markdown to --output, else appended to $GITHUB_STEP_SUMMARY, else stdout.
`;
async function briefCommand(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            options: {
                manifest: { type: 'string' },
                results: { type: 'string' },
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
    }
    catch (error) {
        process.stderr.write(`pyrelease brief: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
        return 2;
    }
    const v = parsed.values;
    if (!v.manifest) {
        process.stderr.write(`pyrelease brief: --manifest is required.\n\n${USAGE}`);
        return 2;
    }
    let expectLegs;
    if (v['expect-legs'] !== undefined && v['expect-legs'] !== '') {
        if (!/^\d+$/.test(v['expect-legs'])) {
            process.stderr.write(`pyrelease brief: --expect-legs must be a whole number, got '${v['expect-legs']}'.\n`);
            return 2;
        }
        expectLegs = Number(v['expect-legs']);
    }
    const env = process.env;
    const repositoryUrl = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
    const runUrl = repositoryUrl && env.GITHUB_RUN_ID ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}` : undefined;
    const nonEmpty = (s) => (s ? s : undefined);
    const input = {
        title: v.title,
        manifest: await (0,_distributions_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(v.manifest),
        legs: v.results ? await (0,_commands_approval_brief_brief_js__WEBPACK_IMPORTED_MODULE_2__/* .readLegResults */ .dB)(v.results) : [],
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
    };
    const markdown = (0,_commands_approval_brief_brief_js__WEBPACK_IMPORTED_MODULE_2__/* .renderBrief */ .dR)(input);
    if (v.output) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(v.output, markdown, 'utf8');
    }
    else if (env.GITHUB_STEP_SUMMARY) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
    }
    else {
        process.stdout.write(markdown);
    }
    const verdict = (0,_commands_approval_brief_brief_js__WEBPACK_IMPORTED_MODULE_2__/* .assessBrief */ .Zg)(input);
    const level = v['require-pass'] ? 'error' : 'warning';
    for (const problem of verdict.problems) {
        // On a runner each problem becomes an annotation on the run page, beside the summary.
        process.stderr.write(env.GITHUB_ACTIONS === 'true' ? `::${level}::${escapeCommand(problem)}\n` : `${level}: ${problem}\n`);
    }
    return v['require-pass'] && !verdict.ready ? 1 : 0;
}
/** Workflow-command data escaping, as @actions/core does it. */
function escapeCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}


/***/ }),

/***/ 4133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ assessBrief),
/* harmony export */   dB: () => (/* binding */ readLegResults),
/* harmony export */   dR: () => (/* binding */ renderBrief)
/* harmony export */ });
/* unused harmony exports LEG_SCHEMA, parseLegResult */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3052);
/**
 * The one page an approver decides from: version, commit, pull request, draft
 * release, the wheel table (size, sha256) and the verify matrix (result and
 * what each leg installed), as Markdown; and the verdict on whether everything
 * an approver needs to be true is. `pyrelease brief` and the rehearsal render it.
 */




const LEG_SCHEMA = 'python-release-actions/verify-leg';
const LEG_FIELDS = ['index', 'os', 'python', 'container', 'mode', 'outcome', 'installedVersion', 'installedFile', 'wheel', 'pythonVersion', 'secondsToAvailable'];
function parseLegResult(data, where) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${where} is not a verify result: expected a JSON object.`);
    }
    const record = data;
    if (record.schema !== LEG_SCHEMA) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${where} is not a verify result: "schema" is ${JSON.stringify(record.schema)}, expected "${LEG_SCHEMA}".`);
    }
    const leg = { file: where };
    for (const key of LEG_FIELDS) {
        const value = record[key] ?? '';
        if (typeof value !== 'string' && typeof value !== 'number') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${where}: "${key}" must be a string, found ${JSON.stringify(value)}.`);
        }
        leg[key] = String(value);
    }
    if (!leg.os || !leg.python || !leg.outcome) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${where}: "os", "python" and "outcome" must not be empty.`);
    }
    return leg;
}
/** Every *.json file under dir (download-artifact may or may not merge the legs' folders). */
async function readLegResults(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return []; // no leg uploaded anything: reported as missing legs
        throw error;
    }
    const legs = [];
    const files = entries
        .filter((e) => e.isFile() && e.name.endsWith('.json'))
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(e.parentPath, e.name))
        .sort();
    for (const path of files) {
        let data;
        try {
            data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`The verify result ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
        }
        legs.push(parseLegResult(data, path));
    }
    return legs;
}
const INDEX_NAMES = { testpypi: 'TestPyPI', pypi: 'PyPI' };
function indexName(index) {
    return INDEX_NAMES[index] ?? index;
}
function legLabel(leg) {
    return `${leg.os} / Python ${leg.python} (${leg.mode || 'pinned'})`;
}
/** What must hold before anyone approves: every leg reported, passed, and installed a file the manifest names. */
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
    const distinct = new Set(input.legs.map((leg) => `${leg.os}\n${leg.python}\n${leg.container}\n${leg.mode}`));
    if (distinct.size !== input.legs.length)
        problems.push('Two result files describe the same leg; the results cannot be trusted.');
    if (input.expectLegs !== undefined && input.legs.length < input.expectLegs) {
        const missing = input.expectLegs - input.legs.length;
        problems.push(`${missing} of ${input.expectLegs} install checks reported no result (the leg did not get far enough to write one).`);
    }
    const names = new Set(input.manifest.files.map((f) => f.filename));
    for (const leg of input.legs) {
        if (leg.outcome !== 'success') {
            problems.push(`${legLabel(leg)}: ${leg.outcome}.`);
        }
        else if (!leg.wheel) {
            problems.push(`${legLabel(leg)}: passed but did not report which file it installed.`);
        }
        else if (!names.has(leg.wheel)) {
            problems.push(`${legLabel(leg)}: installed ${leg.wheel}, which the manifest does not name.`);
        }
    }
    return { ready: problems.length === 0, problems };
}
/** Table cells are single-line Markdown: pipes escaped, HTML and line breaks neutralised. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function code(text) {
    return text === '' ? '' : `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')}\``;
}
function link(text, url) {
    if (!url)
        return text;
    return `[${text}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
function bytes(n) {
    return `${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(n)} (${n.toLocaleString('en-US')} bytes)`;
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
        lines.push(`**✅ All ${input.legs.length} install checks against ${where} passed**, each installing a file named in the manifest below.`);
        if (input.gate) {
            lines.push('', `Approving the \`${input.gate}\` deployment uploads exactly the ${manifest.files.length} files below; the upload refuses any file whose sha256 is not listed here.`);
        }
    }
    else {
        lines.push(`**❌ Not ready: ${verdict.problems.length === 1 ? 'one problem' : `${verdict.problems.length} problems`}** (${passed} of ${input.expectLegs ?? input.legs.length} install checks against ${where} passed).`);
        if (input.gate)
            lines.push('', `Do not approve the \`${input.gate}\` deployment; reject it and fix the cause.`);
        lines.push('', ...verdict.problems.map((p) => `- ${p}`));
    }
    lines.push('', '| | |', '| --- | --- |');
    if (version)
        lines.push(`| Version | ${code(version)}${input.tag ? ` (tag ${code(input.tag)})` : ''} |`);
    if (project)
        lines.push(`| Project | ${code(project)} |`);
    if (input.commit) {
        const url = input.repositoryUrl ? `${input.repositoryUrl}/commit/${input.commit}` : undefined;
        lines.push(`| Commit | ${link(code(input.commit.slice(0, 12)), url)} |`);
    }
    if (input.pullRequestUrl) {
        const number = /\/pull\/(\d+)\/?$/.exec(input.pullRequestUrl)?.[1];
        lines.push(`| Pull request | ${link(number ? `#${number}` : cell(input.pullRequestUrl), input.pullRequestUrl)} |`);
    }
    if (input.releaseUrl)
        lines.push(`| ${input.draft ? 'Draft release' : 'GitHub release'} | ${link(input.tag ? code(input.tag) : 'release page', input.releaseUrl)} |`);
    if (input.runUrl)
        lines.push(`| Workflow run | ${link('this run', input.runUrl)} |`);
    const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
    lines.push('', `### Distributions: ${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}, ${(0,_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(total)}`, '');
    lines.push('| File | Size | sha256 |', '| --- | ---: | --- |');
    for (const file of manifest.files)
        lines.push(`| ${fileCell(file)} | ${bytes(file.size)} | ${code(file.sha256)} |`);
    lines.push('', `### Install checks against ${where}`, '');
    if (input.legs.length === 0) {
        lines.push('No verify leg reported a result.');
    }
    else {
        const byName = new Map(manifest.files.map((f) => [f.filename, f]));
        lines.push('| Runner | Python | Check | Result | Installed | Interpreter | Listed after |', '| --- | --- | --- | --- | --- | --- | ---: |');
        for (const leg of [...input.legs].sort(legOrder)) {
            const runner = leg.container ? `${cell(leg.os)} in ${code(leg.container)}` : cell(leg.os);
            const entry = byName.get(leg.wheel);
            const installed = leg.wheel
                ? `${code(leg.wheel)}${leg.installedVersion ? ` → ${code(leg.installedVersion)}` : ''}${entry ? ` (sha256 ${code(entry.sha256.slice(0, 12))}…)` : ' (**not in the manifest**)'}`
                : '—';
            const seconds = leg.secondsToAvailable ? `${cell(leg.secondsToAvailable)} s` : '—';
            lines.push(`| ${runner} | ${cell(leg.python)} | ${cell(leg.mode || 'pinned')} | ${OUTCOME[leg.outcome] ?? cell(leg.outcome)} | ${installed} | ${leg.pythonVersion ? cell(leg.pythonVersion) : '—'} | ${seconds} |`);
        }
    }
    return `${lines.join('\n')}\n`;
}
function fileCell(file) {
    return file.url ? link(code(file.filename), file.url) : code(file.filename);
}


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

/***/ 3052:
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
