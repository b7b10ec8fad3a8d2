export const id = 861;
export const ids = [861];
export const modules = {

/***/ 3861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(9433);
// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: ./lib/commands/plan-verify/index.js + 50 modules
var plan_verify = __webpack_require__(7586);
// EXTERNAL MODULE: ./lib/distributions/manifest.js
var distributions_manifest = __webpack_require__(4610);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
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
    const manifest = await (0,distributions_manifest/* readManifest */.WI)(s.manifest);
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
