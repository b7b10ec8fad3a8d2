export const id = 542;
export const ids = [542];
export const modules = {

/***/ 542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zg: () => (/* binding */ assessBrief),
  dB: () => (/* binding */ readLegResults),
  dR: () => (/* binding */ renderBrief)
});

// UNUSED EXPORTS: LEG_SCHEMA, legFromVerifyResult, parseLegFile, parseLegResult

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/distributions/versions.js
var versions = __webpack_require__(60826);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/markup.js
var markup = __webpack_require__(82627);
// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(83052);
// EXTERNAL MODULE: ./lib/verification/leg-result.js
var leg_result = __webpack_require__(41257);
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
    const wheels = (0,leg_result/* installedWheels */.xg)(r);
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
    if (schema === leg_result/* RESULT_SCHEMA */.w)
        return legFromVerifyResult((0,leg_result/* parseVerifyResult */.uY)(data, where), where);
    if (schema === LEG_SCHEMA)
        return parseLegResult(data, where);
    throw new errors/* UserError */.y(`${where} is not a verify result: "schema" is ${JSON.stringify(schema)}, expected "${leg_result/* RESULT_SCHEMA */.w}" (verify-install's result file) or "${LEG_SCHEMA}".`);
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
                if (v && !(0,versions/* versionsEqual */.At)(v, version))
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
        lines.push('', ...verdict.problems.map((p) => `- ${(0,markup/* markdownCell */.UZ)(p)}`));
    }
    const facts = [];
    if (version)
        facts.push(['Version', `${(0,markup/* markdownCode */.D9)(version)}${input.tag ? ` (tag ${(0,markup/* markdownCode */.D9)(input.tag)})` : ''}`]);
    if (project)
        facts.push(['Project', (0,markup/* markdownCode */.D9)(project)]);
    if (input.commit) {
        const url = input.repositoryUrl ? `${input.repositoryUrl}/commit/${input.commit}` : undefined;
        facts.push(['Commit', (0,markup/* markdownLink */.iQ)((0,markup/* markdownCode */.D9)(input.commit.slice(0, 12)), url)]);
    }
    if (input.pullRequestUrl) {
        const number = /\/pull\/(\d+)\/?$/.exec(input.pullRequestUrl)?.[1];
        facts.push(['Pull request', (0,markup/* markdownLink */.iQ)(number ? `#${number}` : (0,markup/* markdownCell */.UZ)(input.pullRequestUrl), input.pullRequestUrl)]);
    }
    if (input.releaseUrl)
        facts.push([input.draft ? 'Draft release' : 'GitHub release', (0,markup/* markdownLink */.iQ)(input.tag ? (0,markup/* markdownCode */.D9)(input.tag) : 'release page', input.releaseUrl)]);
    if (input.runUrl)
        facts.push(['Workflow run', (0,markup/* markdownLink */.iQ)('this run', input.runUrl)]);
    lines.push('', (0,markup/* markdownTable */.Qj)(['', ''], facts));
    const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
    lines.push('', `### Distributions: ${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}, ${(0,units/* formatBytes */.z3)(total)}`, '');
    lines.push((0,markup/* markdownTable */.Qj)(['File', { title: 'Size', align: 'right' }, 'sha256'], manifest.files.map((file) => [fileCell(file), bytes(file.size), (0,markup/* markdownCode */.D9)(file.sha256)])));
    lines.push('', `### Install checks against ${where}`, '');
    if (input.legs.length === 0) {
        lines.push('No verify leg reported a result.');
    }
    else {
        const byName = new Map(manifest.files.map((f) => [f.filename, f]));
        const rows = [];
        for (const leg of [...input.legs].sort(legOrder)) {
            const runner = leg.container ? `${(0,markup/* markdownCell */.UZ)(leg.os)} in ${(0,markup/* markdownCode */.D9)(leg.container)}` : (0,markup/* markdownCell */.UZ)(leg.os);
            const wheels = legWheels(leg);
            const installed = wheels.length === 0
                ? '—'
                : wheels.map((w, i) => {
                    const entry = byName.get(w.filename);
                    const version = i === 0 && leg.installedVersion ? ` → ${(0,markup/* markdownCode */.D9)(leg.installedVersion)}` : '';
                    return `${(0,markup/* markdownCode */.D9)(w.filename)}${version}${entry ? ` (sha256 ${(0,markup/* markdownCode */.D9)(entry.sha256.slice(0, 12))}…)` : ' (**not in the manifest**)'}`;
                }).join('<br>');
            const seconds = leg.secondsToAvailable ? `${(0,markup/* markdownCell */.UZ)(leg.secondsToAvailable)} s` : '—';
            rows.push([runner, (0,markup/* markdownCell */.UZ)(leg.python), (0,markup/* markdownCell */.UZ)(leg.mode || 'pinned'), OUTCOME[leg.outcome] ?? (0,markup/* markdownCell */.UZ)(leg.outcome), installed, leg.pythonVersion ? (0,markup/* markdownCell */.UZ)(leg.pythonVersion) : '—', seconds]);
        }
        lines.push((0,markup/* markdownTable */.Qj)(['Runner', 'Python', 'Check', 'Result', 'Installed', 'Interpreter', { title: 'Listed after', align: 'right' }], rows));
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
            ? w.installedBy.map((l) => `${(0,markup/* markdownCell */.UZ)(l.leg ?? `${l.os} / ${l.python}`)} (${(0,markup/* markdownCell */.UZ)(l.mode || 'pinned')}${l.outcome === 'success' ? '' : `, ${(0,markup/* markdownCell */.UZ)(l.outcome)}`})`).join('<br>')
            : w.planned
                ? `planned: ${(0,markup/* markdownCell */.UZ)(w.planned.id)}${w.status === 'planned' ? ` (${(0,markup/* markdownCell */.UZ)(w.planned.name)})` : ', no report'}`
                : '—';
        const result = w.status === 'unverifiable' ? `${COVERAGE_STATUS.unverifiable}: ${(0,markup/* markdownCell */.UZ)(w.unverifiable ?? '')}` : COVERAGE_STATUS[w.status];
        return [(0,markup/* markdownCode */.D9)(w.wheel), by, result];
    });
    lines.push((0,markup/* markdownTable */.Qj)(['Wheel', 'Installed by', 'Result'], rows));
    return lines;
}
function fileCell(file) {
    return file.url ? (0,markup/* markdownLink */.iQ)((0,markup/* markdownCode */.D9)(file.filename), file.url) : (0,markup/* markdownCode */.D9)(file.filename);
}


/***/ }),

/***/ 41257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uY: () => (/* binding */ parseVerifyResult),
/* harmony export */   w: () => (/* binding */ RESULT_SCHEMA),
/* harmony export */   xg: () => (/* binding */ installedWheels)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${where} is not a verify-install result: ${detail}.`);
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


/***/ })

};
