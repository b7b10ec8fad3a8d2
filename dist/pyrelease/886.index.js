export const id = 886;
export const ids = [886];
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


/***/ })

};
