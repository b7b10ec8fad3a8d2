export const id = 874;
export const ids = [874];
export const modules = {

/***/ 1874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: ./lib/commands/plan-verify/index.js + 8 modules
var plan_verify = __webpack_require__(2238);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
function code(value, missing = '—') {
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
    return [header(...titles), ...rows.map(([name, value]) => [escapeHtml(name), value])];
}

;// CONCATENATED MODULE: ./lib/actions/plan-verify/main.js
/** plan-verify: the plan from the manifest, as outputs for strategy.matrix and a job summary. */






async function main(s) {
    const manifest = await readManifest(s.manifest);
    const plan = (0,plan_verify/* planVerify */.TU)(manifest, { runners: s.runners });
    if (plan.include.length === 0) {
        throw new errors/* UserError */.y(`No wheel of ${s.manifest} can be installed on a planned runner, so there is no matrix to run (a matrix needs one leg). ` +
            (plan.unverifiable.length ? `${plan.unverifiable.map((u) => `${u.wheel}: ${u.reason}`).join('; ')}.` : 'The manifest lists no wheels.'));
    }
    const wheels = plan.include.reduce((n, l) => n + l.wheels.length, 0);
    print/* info */.pq(`${plan.include.length} leg(s) install ${wheels} wheel(s); ${plan.unverifiable.length} wheel(s) no planned runner can install.`);
    for (const u of plan.unverifiable)
        print/* warning */.$e(`Not verifiable: ${u.wheel}: ${u.reason}`);
    print/* setOutput */.uH('matrix', JSON.stringify({ include: plan.include }));
    print/* setOutput */.uH('unverifiable', JSON.stringify(plan.unverifiable));
    print/* setOutput */.uH('legs', String(plan.include.length));
    const summary = core/* summary */.z
        .addHeading(`plan-verify: ${plan.include.length} leg(s) install ${wheels} of ${manifest.files.filter((f) => f.filename.endsWith('.whl')).length} wheel(s)`, 2)
        .addTable([
        header('Leg', 'runs-on', 'Python', 'Container', 'Wheels'),
        ...plan.include.map((l) => [
            `${code(l.id)}<br>${summary_text(l.name)}`,
            code((0,plan_verify/* runsOnText */.Rg)(l['runs-on'])),
            `${summary_text(l.python)} (${summary_text(l['python-setup'])}${l.architecture ? `, ${summary_text(l.architecture)}` : ''})`,
            code(l.container),
            l.wheels.map((w) => code(w)).join('<br>'),
        ]),
    ]);
    if (plan.unverifiable.length > 0) {
        summary.addHeading('Not verifiable', 3).addTable([
            header('Wheel', 'Why'),
            ...plan.unverifiable.map((u) => [code(u.wheel), summary_text(u.reason)]),
        ]);
    }
    await summary.write();
}


/***/ })

};
