export const id = 675;
export const ids = [675];
export const modules = {

/***/ 36263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.$W),
/* harmony export */   Pc: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Pc),
/* harmony export */   Qj: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Qj),
/* harmony export */   RS: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.RS),
/* harmony export */   Sb: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Sb),
/* harmony export */   Sj: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Sj),
/* harmony export */   Up: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Up),
/* harmony export */   VO: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.VO),
/* harmony export */   Y8: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.Y8),
/* harmony export */   h3: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.h3),
/* harmony export */   sP: () => (/* reexport safe */ _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__.sP)
/* harmony export */ });
/* harmony import */ var _distributions_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33353);
/**
 * The one place the index reaches into src/distributions: names, filenames,
 * digests and PyPI's offline preflight rules are the same code the publish
 * action runs, so the stand-in index and the real client cannot drift apart.
 */



/***/ }),

/***/ 7854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ redirect),
/* harmony export */   bU: () => (/* binding */ sendBody),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   mX: () => (/* binding */ notFound),
/* harmony export */   n4: () => (/* binding */ sendError)
/* harmony export */ });
/* unused harmony export reasonPhrase */
/* harmony import */ var _markup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82627);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7342);


/**
 * A message as an HTTP reason phrase: warehouse encodes it to ISO-8859-1 with
 * "?" for what does not fit and turns CR/LF into spaces; anything else Node
 * refuses in a status line (other control characters) becomes "?" too.
 */
function reasonPhrase(message) {
    let out = '';
    for (const ch of message.replace(/[\r\n]/g, ' ')) {
        const code = ch.codePointAt(0);
        out += code > 0xff || (code < 0x20 && code !== 0x09) || code === 0x7f ? '?' : ch;
    }
    return out;
}
/**
 * Warehouse's `_exc_with_message`: the message is the reason phrase (old clients read
 * only that) and the detail of Pyramid's HTML error page (HTTP/2 has no reason phrase).
 */
function sendError(res, status, message, headers = {}) {
    const title = `${status} ${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(message)}`;
    const explanation = _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPLANATIONS */ .nT[status] ?? '';
    const body = '<html>\n <head>\n'
        + `  <title>${title}</title>\n`
        + ' </head>\n <body>\n'
        + `  <h1>${title}</h1>\n`
        + `  ${explanation}<br/><br/>\n${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(message)}\n\n\n`
        + ' </body>\n</html>';
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(status, reasonPhrase(message), {
        ...headers,
        'Content-Type': 'text/html; charset=UTF-8',
        'Content-Length': String(bytes.length),
    });
    res.end(bytes);
}
function sendBody(res, status, contentType, body, headers = {}) {
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': String(bytes.length) });
    res.end(bytes);
}
function sendJson(res, status, value, headers = {}, contentType = 'application/json') {
    sendBody(res, status, contentType, JSON.stringify(value), headers);
}
function redirect(res, status, location, headers = {}) {
    const body = `<html>\n <head>\n  <title>${status} Moved</title>\n </head>\n <body>\n  <h1>${status} Moved</h1>\n`
        + `  The resource has been moved to <a href="${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(location)}">${(0,_markup_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(location)}</a>.\n </body>\n</html>`;
    const bytes = Buffer.from(body, 'utf8');
    res.writeHead(status, { ...headers, Location: location, 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': String(bytes.length) });
    res.end(bytes);
}
function notFound(res, headers = {}) {
    sendError(res, 404, 'Not Found', headers);
}


/***/ }),

/***/ 8675:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wj: () => (/* reexport */ startLocalIndex)
});

// UNUSED EXPORTS: DEFAULT_MAX_FILE_SIZE, STATE_FILE, STATE_FORMAT

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/python/rst-renderer.js + 1 modules
var rst_renderer = __webpack_require__(62976);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(97309);
// EXTERNAL MODULE: ./lib/index-server/distributions.js
var distributions = __webpack_require__(36263);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/index-server/http.js
var http = __webpack_require__(7854);
;// CONCATENATED MODULE: ./lib/index-server/files.js
/**
 * `GET /files/…`: the stored bytes, streamed from disk, with a length and a
 * single byte range when asked (`Range: bytes=a-b`, `a-`, `-n`), so resumable
 * downloaders work against the index as against files.pythonhosted.org.
 */




/** The first range of a `Range` header resolved against `size`; null when unsatisfiable, undefined when absent or not bytes. */
function parseRange(header, size) {
    if (!header)
        return undefined;
    const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(,.*)?$/i.exec(header.trim());
    if (!match || (match[1] === '' && match[2] === ''))
        return undefined;
    if (match[3])
        return undefined; // several ranges: answering with the whole file is allowed (RFC 9110 §14.2)
    if (match[1] === '') {
        const suffix = Number(match[2]);
        if (suffix === 0 || size === 0)
            return null;
        return { start: Math.max(0, size - suffix), end: size - 1 };
    }
    const start = Number(match[1]);
    const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    if (start >= size || end < start)
        return null;
    return { start, end };
}
function createFileHandler(store) {
    return async function serveFile(req, res, match, _ctx) {
        let path;
        try {
            path = 'files/' + match[1].split('/').map(decodeURIComponent).join('/');
        }
        catch {
            (0,http/* notFound */.mX)(res);
            return;
        }
        // Only paths the index recorded are served: no way out of the files directory.
        const file = store.byPath(path);
        if (!file) {
            (0,http/* notFound */.mX)(res);
            return;
        }
        const headers = {
            'Content-Type': 'application/octet-stream',
            'Accept-Ranges': 'bytes',
            ETag: `"${file.sha256}"`,
            'Last-Modified': new Date(file.upload_time).toUTCString(),
            'Cache-Control': 'max-age=365000000, immutable, public',
        };
        const range = parseRange(req.headers.range, file.size);
        if (range === null) {
            (0,http/* sendError */.n4)(res, 416, 'Requested Range Not Satisfiable', { 'Content-Range': `bytes */${file.size}`, 'Accept-Ranges': 'bytes' });
            return;
        }
        const start = range?.start ?? 0;
        const end = range?.end ?? file.size - 1;
        const length = file.size === 0 ? 0 : end - start + 1;
        if (range)
            headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
        headers['Content-Length'] = String(length);
        res.writeHead(range ? 206 : 200, headers);
        if (req.method === 'HEAD' || length === 0) {
            res.end();
            return;
        }
        try {
            await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)((0,external_node_path_.join)(store.dir, file.path), { start, end }), res);
        }
        catch (err) {
            // A downloader that hangs up early is not the index's failure.
            if (res.destroyed && !res.writableFinished)
                return;
            throw err;
        }
    };
}

// EXTERNAL MODULE: ./lib/versions/pep440.js
var pep440 = __webpack_require__(63854);
;// CONCATENATED MODULE: ./lib/index-server/release-versions.js
/**
 * How the index identifies and orders releases: by canonical version, like
 * warehouse (`Release.canonical_version == canonicalize_version(meta.version)`),
 * so "1.0" and "1.0.0" are one release. Numbers of any size, as packaging.
 */

/** packaging.utils.canonicalize_version: normalized, trailing ".0"s of the release dropped. */
function canonicalVersion(version) {
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    return parsed ? (0,pep440/* canonicalPep440 */.OB)(parsed) : version;
}
/** Ascending PEP 440 order; strings that are not versions sort first, by text. */
function compareVersions(a, b) {
    const va = (0,pep440/* parsePep440 */.FB)(a);
    const vb = (0,pep440/* parsePep440 */.FB)(b);
    if (va && vb)
        return (0,pep440/* comparePep440 */.PG)(va, vb);
    if (!va !== !vb)
        return va ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
function isPrerelease(version) {
    const parsed = (0,pep440/* parsePep440 */.FB)(version);
    return parsed !== undefined && (parsed.pre !== null || parsed.dev !== null);
}
/** PEP 440 equality ("1.0" equals "1.0.0"); strings that are not versions only equal themselves. */
function versionsEqualLoose(a, b) {
    const va = (0,pep440/* parsePep440 */.FB)(a);
    const vb = (0,pep440/* parsePep440 */.FB)(b);
    if (!va || !vb)
        return a === b;
    return (0,pep440/* comparePep440 */.PG)(va, vb) === 0;
}

;// CONCATENATED MODULE: ./lib/index-server/integrity.js



const NOT_FOUND = { message: 'Not Found' };
/** The Integrity API path of a file's provenance, relative to the index root. */
function provenancePath(file) {
    return `integrity/${encodeURIComponent(file.project)}/${encodeURIComponent(file.version)}/${encodeURIComponent(file.filename)}/provenance`;
}
function createIntegrityHandler(store) {
    return async function provenance(_req, res, match) {
        let project;
        let version;
        let filename;
        try {
            [project, version, filename] = [match[1], match[2], match[3]].map(decodeURIComponent);
        }
        catch {
            (0,http/* sendJson */.jD)(res, 404, NOT_FOUND);
            return;
        }
        const file = store.filesOf((0,distributions/* normalizeName */.Pc)(project)).find((f) => f.filename === filename && canonicalVersion(f.version) === canonicalVersion(version));
        if (!file) {
            (0,http/* sendJson */.jD)(res, 404, NOT_FOUND);
            return;
        }
        const text = await store.provenanceText(file);
        if (text === undefined) {
            (0,http/* sendJson */.jD)(res, 404, { message: `No provenance available for ${file.filename}` });
            return;
        }
        (0,http/* sendBody */.bU)(res, 200, 'application/json', text, { 'Cache-Control': 'max-age=900, public' });
    };
}

;// CONCATENATED MODULE: ./lib/index-server/views.js
/**
 * What the read side of the index shows: which files are visible on the simple
 * pages (the propagation delay), how projects, releases and files are ordered,
 * and the URL of a stored file.
 */

/** Files old enough to have "propagated" to the simple pages. */
function simpleVisible(files, ctx) {
    const horizon = ctx.now().getTime() - ctx.options.delaySeconds * 1000;
    return files.filter((f) => Date.parse(f.upload_time) <= horizon);
}
/** By version (PEP 440), then filename, like warehouse's listing. */
function sortFiles(files) {
    return [...files].sort((a, b) => compareVersions(a.version, b.version) || (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
function versionsOf(files) {
    return [...new Set(files.map((f) => f.version))].sort(compareVersions);
}
/** `files/ab/cd/…/name.whl` → URL path with the filename escaped. */
function fileUrlPath(file) {
    const parts = file.path.split('/');
    return parts.map((p, i) => (i === parts.length - 1 ? encodeURIComponent(p) : p)).join('/');
}
function lastSerial(files) {
    return files.reduce((max, f) => Math.max(max, f.serial), 0);
}

;// CONCATENATED MODULE: ./lib/index-server/json-api.js




const CACHE = 'max-age=900, public';
const json_api_NOT_FOUND = { message: 'Not Found' };
function createJsonHandlers(store) {
    /** The normalized name of a known project, or undefined once a 404 or redirect has been sent. */
    function resolve(res, rawName, suffix) {
        let requested;
        try {
            requested = decodeURIComponent(rawName);
        }
        catch {
            (0,http/* sendJson */.jD)(res, 404, json_api_NOT_FOUND);
            return undefined;
        }
        const normalized = (0,distributions/* normalizeName */.Pc)(requested);
        if (store.filesOf(normalized).length === 0) {
            (0,http/* sendJson */.jD)(res, 404, json_api_NOT_FOUND);
            return undefined;
        }
        if (requested !== normalized) {
            (0,http/* redirect */.V2)(res, 301, `/pypi/${encodeURIComponent(normalized)}/${suffix}`);
            return undefined;
        }
        return normalized;
    }
    /** Each file's md5 and BLAKE2b-256 by stored path (IndexStore.shownDigests); null where the stored bytes are gone or changed. */
    function shownDigests(files, ctx) {
        return store.shownDigests(files, (message) => ctx.log.warning(message));
    }
    async function project(req, res, match, ctx) {
        const normalized = resolve(res, match[1], 'json');
        if (!normalized)
            return;
        const files = store.filesOf(normalized);
        const shown = await shownDigests(files, ctx);
        const releases = groupByRelease(files);
        const versions = [...releases.keys()].sort(compareVersions);
        const finals = versions.filter((v) => !isPrerelease(v));
        const latest = (finals.length > 0 ? finals : versions)[(finals.length > 0 ? finals : versions).length - 1];
        const base = ctx.baseUrl(req);
        const releaseFiles = releases.get(latest);
        (0,http/* sendJson */.jD)(res, 200, {
            info: info(store, normalized, releaseFiles, base),
            last_serial: lastSerial(files),
            releases: Object.fromEntries(versions.map((v) => [v, sortFiles(releases.get(v)).map((f) => url(f, shown, base))])),
            urls: sortFiles(releaseFiles).map((f) => url(f, shown, base)),
            vulnerabilities: [],
        }, { 'Cache-Control': CACHE, 'X-PyPI-Last-Serial': String(lastSerial(files)) });
    }
    async function release(req, res, match, ctx) {
        let version;
        try {
            version = decodeURIComponent(match[2]);
        }
        catch {
            (0,http/* sendJson */.jD)(res, 404, json_api_NOT_FOUND);
            return;
        }
        const normalized = resolve(res, match[1], `${encodeURIComponent(version)}/json`);
        if (!normalized)
            return;
        const files = store.releaseFiles(normalized, version);
        if (files.length === 0) {
            (0,http/* sendJson */.jD)(res, 404, json_api_NOT_FOUND);
            return;
        }
        const base = ctx.baseUrl(req);
        const all = store.filesOf(normalized);
        const shown = await shownDigests(files, ctx);
        (0,http/* sendJson */.jD)(res, 200, {
            info: info(store, normalized, files, base),
            last_serial: lastSerial(all),
            urls: sortFiles(files).map((f) => url(f, shown, base)),
            vulnerabilities: [],
        }, { 'Cache-Control': CACHE, 'X-PyPI-Last-Serial': String(lastSerial(all)) });
    }
    return { project, release };
}
/** Releases keyed by the version of their first upload, files in upload order. */
function groupByRelease(files) {
    const byCanonical = new Map();
    for (const f of files) {
        const key = canonicalVersion(f.version);
        byCanonical.set(key, [...(byCanonical.get(key) ?? []), f]);
    }
    return new Map([...byCanonical.values()].map((group) => [group[0].version, group]));
}
function info(store, normalized, releaseFiles, base) {
    const first = [...releaseFiles].sort((a, b) => a.serial - b.serial)[0];
    const form = first.form;
    const name = store.project(normalized)?.name ?? first.name;
    const one = (key) => {
        const value = form[key];
        const text = Array.isArray(value) ? value[0] : value;
        return text === undefined || text.trim() === '' || text.trim() === 'UNKNOWN' ? null : text;
    };
    const many = (key) => {
        const value = form[key];
        if (value === undefined)
            return null;
        const list = (Array.isArray(value) ? value : [value]).filter((v) => v.trim() !== '');
        return list.length > 0 ? list : null;
    };
    const projectUrls = many('project_urls');
    const projectPage = `${base}project/${encodeURIComponent(name)}/`;
    return {
        author: one('author'),
        author_email: one('author_email'),
        bugtrack_url: null,
        classifiers: many('classifiers') ?? [],
        description: one('description'),
        description_content_type: one('description_content_type'),
        docs_url: null,
        download_url: one('download_url'),
        downloads: { last_day: -1, last_month: -1, last_week: -1 },
        dynamic: many('dynamic'),
        home_page: one('home_page'),
        keywords: one('keywords'),
        license: one('license'),
        license_expression: one('license_expression'),
        license_files: many('license_file'),
        maintainer: one('maintainer'),
        maintainer_email: one('maintainer_email'),
        name,
        package_url: projectPage,
        platform: one('platform'),
        project_url: projectPage,
        project_urls: projectUrls
            ? Object.fromEntries(projectUrls.map((entry) => {
                const comma = entry.indexOf(',');
                return comma === -1 ? [entry.trim(), ''] : [entry.slice(0, comma).trim(), entry.slice(comma + 1).trim()];
            }))
            : null,
        provides_extra: many('provides_extra'),
        release_url: `${projectPage}${encodeURIComponent(first.version)}/`,
        requires_dist: many('requires_dist'),
        requires_python: first.requires_python,
        summary: one('summary'),
        version: first.version,
        yanked: false,
        yanked_reason: null,
    };
}
function url(f, shown, base) {
    const { md5, blake2b_256 } = shown.get(f.path) ?? { md5: null, blake2b_256: null };
    return {
        comment_text: typeof f.form.comment === 'string' ? f.form.comment : null,
        digests: { blake2b_256, md5, sha256: f.sha256 },
        downloads: -1,
        filename: f.filename,
        has_sig: false,
        md5_digest: md5,
        packagetype: f.packagetype,
        python_version: f.python_version,
        requires_python: f.requires_python,
        size: f.size,
        // warehouse: `upload_time.strftime("%Y-%m-%dT%H:%M:%S")` and `isoformat() + "Z"`.
        upload_time: f.upload_time.slice(0, 19),
        upload_time_iso_8601: f.upload_time,
        url: base + fileUrlPath(f),
        yanked: false,
        yanked_reason: null,
    };
}

// EXTERNAL MODULE: ./lib/index-server/messages.js
var messages = __webpack_require__(7342);
// EXTERNAL MODULE: ./lib/markup.js
var markup = __webpack_require__(82627);
;// CONCATENATED MODULE: ./lib/index-server/simple.js





/** 1.3: PEP 740 provenance links (1.1's sizes and upload times, 1.2's optional tracks). */
const SIMPLE_API_VERSION = '1.3';
const JSON_V1 = 'application/vnd.pypi.simple.v1+json';
const HTML_V1 = 'application/vnd.pypi.simple.v1+html';
/** Server preference breaks ties between equally acceptable types, as in warehouse. */
const OFFERS = [
    ['text/html', 'html', 'text/html; charset=utf-8'],
    [HTML_V1, 'html', HTML_V1],
    [JSON_V1, 'json', JSON_V1],
    ['application/vnd.pypi.simple.latest+html', 'html', HTML_V1],
    ['application/vnd.pypi.simple.latest+json', 'json', JSON_V1],
];
const simple_CACHE = 'max-age=600, public';
/** The representation an `Accept` header asks for (HTML when it names nothing we offer). */
function negotiate(accept) {
    if (!accept || !accept.trim())
        return { format: 'html', contentType: OFFERS[0][2] };
    const ranges = accept.split(',').map((part) => {
        const [type, ...params] = part.trim().split(';').map((s) => s.trim());
        const q = params.map((p) => /^q=([0-9.]+)$/i.exec(p)).find(Boolean);
        return { type: type.toLowerCase(), q: q ? Number(q[1]) : 1 };
    });
    let best;
    for (const offer of OFFERS) {
        const [major] = offer[0].split('/');
        const q = Math.max(-1, ...ranges.filter((r) => r.type === offer[0] || r.type === `${major}/*` || r.type === '*/*').map((r) => r.q));
        if (q > 0 && (!best || q > best.q))
            best = { offer, q };
    }
    const chosen = best?.offer ?? OFFERS[0];
    return { format: chosen[1], contentType: chosen[2] };
}
/** A plain index speaks PEP 503 HTML only, whatever the client asks for, and says nothing of serials. */
function representation(req, ctx) {
    return ctx.options.mode === 'plain' ? { format: 'html', contentType: OFFERS[0][2] } : negotiate(req.headers.accept);
}
function pageHeaders(ctx, serial) {
    return ctx.options.mode === 'plain' ? { 'Cache-Control': simple_CACHE } : { Vary: 'Accept', 'Cache-Control': simple_CACHE, 'X-PyPI-Last-Serial': String(serial) };
}
function createSimpleHandlers(store) {
    function projectList(req, res, ctx) {
        const { format, contentType } = representation(req, ctx);
        const visible = simpleVisible(store.files(), ctx);
        const projects = [...new Set(visible.map((f) => f.project))].sort();
        const headers = pageHeaders(ctx, lastSerial(visible));
        if (format === 'json') {
            (0,http/* sendJson */.jD)(res, 200, {
                meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': lastSerial(visible) },
                projects: projects.map((p) => ({ name: store.project(p)?.name ?? p, '_last-serial': lastSerial(visible.filter((f) => f.project === p)) })),
            }, headers, contentType);
            return;
        }
        const links = projects
            .map((p) => `    <a href="/simple/${(0,markup/* escapeHtml */.ZD)(encodeURIComponent(p))}/">${(0,markup/* escapeHtml */.ZD)(store.project(p)?.name ?? p)}</a>`)
            .join('\n');
        (0,http/* sendBody */.bU)(res, 200, contentType, page('Simple index', links ? `${links}\n` : '', ctx), headers);
    }
    function projectPage(req, res, match, ctx) {
        let requested;
        try {
            requested = decodeURIComponent(match[1]);
        }
        catch {
            (0,http/* notFound */.mX)(res, { Vary: 'Accept' });
            return;
        }
        const normalized = (0,distributions/* normalizeName */.Pc)(requested);
        if (requested !== normalized || !match[0].endsWith('/')) {
            (0,http/* redirect */.V2)(res, 301, `/simple/${encodeURIComponent(normalized)}/`, { Vary: 'Accept' });
            return;
        }
        const files = sortFiles(simpleVisible(store.filesOf(normalized), ctx));
        if (files.length === 0) {
            (0,http/* notFound */.mX)(res, { Vary: 'Accept' });
            return;
        }
        const { format, contentType } = representation(req, ctx);
        ctx.log.debug(`local index: simple page for ${normalized} as ${format} (Accept: ${req.headers.accept ?? 'none'})`);
        const serial = lastSerial(files);
        const headers = pageHeaders(ctx, serial);
        const displayName = store.project(normalized)?.name ?? normalized;
        if (format === 'json') {
            const base = ctx.baseUrl(req);
            (0,http/* sendJson */.jD)(res, 200, {
                meta: { 'api-version': SIMPLE_API_VERSION, '_last-serial': serial },
                name: normalized,
                versions: versionsOf(files),
                files: files.map((f) => ({
                    filename: f.filename,
                    url: base + fileUrlPath(f),
                    hashes: { sha256: f.sha256 },
                    'requires-python': f.requires_python,
                    size: f.size,
                    'upload-time': f.upload_time,
                    yanked: false,
                    provenance: f.provenance ? base + provenancePath(f) : null,
                })),
            }, headers, contentType);
            return;
        }
        const links = files.map((f) => {
            const href = `../../${fileUrlPath(f)}#sha256=${f.sha256}`;
            const requires = f.requires_python ? ` data-requires-python="${(0,markup/* escapeHtml */.ZD)(f.requires_python)}"` : '';
            const provenance = f.provenance ? ` data-provenance="${(0,markup/* escapeHtml */.ZD)(ctx.baseUrl(req) + provenancePath(f))}"` : '';
            return `    <a href="${(0,markup/* escapeHtml */.ZD)(href)}"${requires}${provenance}>${(0,markup/* escapeHtml */.ZD)(f.filename)}</a><br />`;
        });
        (0,http/* sendBody */.bU)(res, 200, contentType, page(`Links for ${displayName}`, `    <h1>Links for ${(0,markup/* escapeHtml */.ZD)(displayName)}</h1>\n${links.join('\n')}\n`, ctx)
            + (ctx.options.mode === 'plain' ? '' : `<!--SERIAL ${serial}-->\n`), headers);
    }
    return { projectList, projectPage };
}
function page(title, body, ctx) {
    // A plain index serves PEP 503 as it was first written: API version 1.0.
    return '<!DOCTYPE html>\n<html>\n  <head>\n'
        + `    <meta name="pypi:repository-version" content="${ctx.options.mode === 'plain' ? '1.0' : SIMPLE_API_VERSION}">\n`
        + `    <title>${(0,markup/* escapeHtml */.ZD)(title)}</title>\n`
        + '  </head>\n  <body>\n'
        + body
        + '  </body>\n</html>\n';
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/files/atomic-write.js
var atomic_write = __webpack_require__(2848);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(69275);
// EXTERNAL MODULE: ./lib/map-limit.js
var map_limit = __webpack_require__(74455);
;// CONCATENATED MODULE: ./lib/index-server/store.js
/**
 * The index's memory: stored bytes under `files/` (content-addressed by
 * sha256, as PyPI's storage paths are by BLAKE2b-256) and a JSON state file written
 * atomically after every accepted upload, so a restarted index serves what it
 * served before.
 */








/**
 * @2: a file's md5 and BLAKE2b-256 may be missing (made when first shown). An @1 directory (every
 * file has both) is read and written back as @2, and the format changed so that an index before
 * @2, which counted on both, refuses a directory it would answer wrongly from (duplicates).
 */
const STATE_FORMAT = 'python-release-actions/local-index@2';
const READABLE_FORMATS = [STATE_FORMAT, 'python-release-actions/local-index@1'];
const STATE_FILE = 'state.json';
class IndexStore {
    dir;
    state;
    queue = Promise.resolve();
    /** Shown digests being made, by stored path, so two requests for one file hash it once. */
    digestsMade = new Map();
    /** Stored paths whose shown digests cannot be made (told once). */
    digestProblems = new Set();
    constructor(dir, state) {
        this.dir = dir;
        this.state = state;
    }
    static async open(dir, log) {
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.join)(dir, 'files'), { recursive: true });
        // Leftovers of uploads interrupted by a crash; nothing in them was ever accepted.
        await (0,external_node_fs_promises_.rm)((0,external_node_path_.join)(dir, 'tmp'), { recursive: true, force: true });
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.join)(dir, 'tmp'), { recursive: true });
        const statePath = (0,external_node_path_.join)(dir, STATE_FILE);
        let state = { format: STATE_FORMAT, serial: 0, projects: {}, files: [] };
        if ((0,external_node_fs_.existsSync)(statePath)) {
            let parsed;
            try {
                parsed = JSON.parse(await (0,external_node_fs_promises_.readFile)(statePath, 'utf8'));
            }
            catch (err) {
                throw new errors/* UserError */.y(`The local index state file ${statePath} is not valid JSON (${err.message}). `
                    + 'Remove the directory to start an empty index, or restore the file.');
            }
            if (!isState(parsed)) {
                throw new errors/* UserError */.y(`${statePath} is not a local index state file (expected "format": "${STATE_FORMAT}"). `
                    + 'Point --dir at an index directory or at an empty one.');
            }
            state = { ...parsed, format: STATE_FORMAT };
            for (const file of state.files) {
                if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file.path)))
                    log.warning(`local index: ${file.filename} is recorded but ${file.path} is missing`);
                if (file.provenance && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, file.provenance)))
                    log.warning(`local index: the provenance of ${file.filename} is recorded but ${file.provenance} is missing`);
            }
        }
        return new IndexStore(dir, state);
    }
    get serial() {
        return this.state.serial;
    }
    /** A directory for one upload in progress, on the same filesystem as `files/` so accepting it is a rename. */
    tmpRoot() {
        return (0,external_node_path_.join)(this.dir, 'tmp');
    }
    files() {
        return this.state.files.map(copyFile);
    }
    projectNames() {
        return Object.keys(this.state.projects).sort();
    }
    project(normalized) {
        return this.state.projects[normalized];
    }
    filesOf(normalized) {
        return this.state.files.filter((f) => f.project === normalized);
    }
    releaseFiles(normalized, version) {
        const canonical = canonicalVersion(version);
        return this.state.files.filter((f) => f.project === normalized && canonicalVersion(f.version) === canonical);
    }
    /**
     * warehouse `_is_duplicate_file`: a file with this filename or with these bytes. warehouse finds
     * the bytes by BLAKE2b-256; by sha256 it is the same file, and every upload has one on arrival.
     */
    conflicting(filename, sha256) {
        return this.state.files.find((f) => f.filename === filename || f.sha256 === sha256);
    }
    byFilename(filename) {
        return this.state.files.find((f) => f.filename === filename);
    }
    byPath(path) {
        return this.state.files.find((f) => f.path === path);
    }
    /** Runs `fn` with no other exclusive section in between: check-then-store stays atomic. */
    exclusive(fn) {
        const run = this.queue.then(fn, fn);
        this.queue = run.catch(() => undefined);
        return run;
    }
    /**
     * Moves the uploaded bytes into place and records them, with the PEP 740 provenance of their
     * attestations when there is one (written beside the file first); call inside `exclusive`.
     */
    async add(file, tmpPath, provenance) {
        const sha = file.sha256;
        const path = ['files', sha.slice(0, 2), sha.slice(2, 4), sha.slice(4), file.filename].join('/');
        const target = (0,external_node_path_.join)(this.dir, path);
        await (0,external_node_fs_promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        if (provenance !== undefined)
            await (0,atomic_write/* writeFileAtomically */.lo)(`${target}.provenance`, JSON.stringify(provenance));
        await (0,external_node_fs_promises_.rename)(tmpPath, target);
        const serial = this.state.serial + 1;
        const stored = { ...file, path, serial, ...(provenance !== undefined ? { provenance: `${path}.provenance` } : {}) };
        const next = {
            ...this.state,
            serial,
            projects: { ...this.state.projects, [file.project]: { name: file.name, serial } },
            files: [...this.state.files, stored],
        };
        await this.save(next);
        this.state = next;
        return copyFile(stored);
    }
    /**
     * Each file's md5 and BLAKE2b-256, by stored path: the two digests only the JSON API shows. Those
     * the upload did not check are made from the stored bytes the first time they are asked for, in
     * one read, and then recorded, every new one in a single save: hashing every upload three ways
     * on arrival had cost a release rehearsal, whose index shares the runner's CPU, more than
     * sending it. A file whose stored bytes are gone, or no longer have the sha256 it was uploaded
     * with (the index directory was changed by hand), has none it lacked: null, and `problem` is
     * told once.
     */
    async shownDigests(files, problem) {
        const known = new Map();
        const wanted = new Map();
        for (const f of files) {
            if (f.md5 !== undefined && f.blake2b_256 !== undefined)
                known.set(f.path, { md5: f.md5, blake2b_256: f.blake2b_256 });
            else if (this.digestProblems.has(f.path))
                known.set(f.path, { md5: f.md5 ?? null, blake2b_256: f.blake2b_256 ?? null });
            else
                wanted.set(f.path, f);
        }
        if (wanted.size === 0)
            return known;
        const toMake = [...wanted.values()];
        const made = await (0,map_limit/* mapLimit */.s)(toMake, 2, (f) => this.makeShownDigests(f));
        const fresh = new Map();
        for (const [i, f] of toMake.entries()) {
            const digests = made[i];
            if ('problem' in digests) {
                known.set(f.path, { md5: f.md5 ?? null, blake2b_256: f.blake2b_256 ?? null });
                if (!this.digestProblems.has(f.path)) {
                    this.digestProblems.add(f.path);
                    problem(`local index: no ${[f.md5 === undefined ? 'md5' : '', f.blake2b_256 === undefined ? 'BLAKE2b-256' : ''].filter(Boolean).join(' or ')} for ${f.filename}: ${digests.problem}`);
                }
                continue;
            }
            known.set(f.path, digests);
            fresh.set(f.path, digests);
        }
        if (fresh.size > 0) {
            await this.exclusive(async () => {
                const lacking = (f) => (f.md5 === undefined || f.blake2b_256 === undefined) && fresh.has(f.path);
                // Another request may have recorded some meanwhile: save only when something is new.
                if (!this.state.files.some(lacking))
                    return;
                const next = { ...this.state, files: this.state.files.map((f) => (lacking(f) ? { ...f, ...fresh.get(f.path) } : f)) };
                await this.save(next);
                this.state = next;
            });
        }
        return known;
    }
    /** The missing digests and sha256 in one read of the stored bytes; kept only when the sha256 is the upload's. */
    makeShownDigests(file) {
        const pending = this.digestsMade.get(file.path);
        if (pending)
            return pending;
        const missing = [...(file.md5 === undefined ? ['md5'] : []), ...(file.blake2b_256 === undefined ? ['blake2b256'] : [])];
        const made = (0,hashing.hash)((0,external_node_path_.join)(this.dir, file.path), [...missing, 'sha256']).then((digests) => (digests.sha256 === file.sha256
            ? { md5: file.md5 ?? digests.md5, blake2b_256: file.blake2b_256 ?? digests.blake2b256 }
            : { problem: `its stored bytes (${file.path}) no longer have the sha256 it was uploaded with (${file.sha256}); was the index directory changed by hand?` }), (err) => ({ problem: `its stored bytes cannot be read: ${err.message}` })).finally(() => this.digestsMade.delete(file.path));
        this.digestsMade.set(file.path, made);
        return made;
    }
    /** The stored provenance object of a file (its JSON text), or undefined when it has none. */
    async provenanceText(file) {
        return file.provenance ? (0,external_node_fs_promises_.readFile)((0,external_node_path_.join)(this.dir, file.provenance), 'utf8') : undefined;
    }
    async save(state) {
        await (0,atomic_write/* writeFileAtomically */.lo)((0,external_node_path_.join)(this.dir, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
    }
}
function copyFile(f) {
    return structuredClone(f);
}
function isState(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const v = value;
    return typeof v.format === 'string' && READABLE_FORMATS.includes(v.format) && typeof v.serial === 'number' && Array.isArray(v.files)
        && typeof v.projects === 'object' && v.projects !== null;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/busboy/lib/index.js
var lib = __webpack_require__(680);
;// CONCATENATED MODULE: ./lib/index-server/receive.js
/**
 * Reading a multipart upload as it arrives: fields are collected, the `content`
 * part is written to a temporary file while it is hashed (sha256, and each other
 * digest the form sent before it to be checked) and counted, so memory stays flat
 * whatever the file size. Past the size
 * limit nothing more is stored or hashed: the request is unhooked from the
 * parser and the rest of the body is discarded as it arrives, and the caller
 * answers at once.
 */






/** Text fields are held in memory; long descriptions fit easily, abuse does not. */
const MAX_FIELD_BYTES = 16 * 1024 * 1024;
/** The digests of the content, besides sha256, that a form field sent before it asks to check. */
const DIGEST_FIELDS = { blake2b256: 'blake2_256_digest', md5: 'md5_digest' };
/** The body is not a well-formed multipart/form-data message. */
class MalformedUpload extends Error {
}
/** The client closed the connection before the body was complete. */
class ClientGone extends Error {
}
function receiveUpload(req, opts) {
    return new Promise((resolve, reject) => {
        const result = { fields: [], fileParts: [], written: Promise.resolve() };
        let parser;
        try {
            parser = lib({
                headers: req.headers,
                preservePath: true,
                defParamCharset: 'utf8',
                limits: { fieldSize: MAX_FIELD_BYTES },
            });
        }
        catch {
            // Not multipart (or no body at all): there are no form fields to read.
            req.resume();
            req.on('end', () => resolve(result));
            req.on('error', (err) => reject(new ClientGone(err.message)));
            return;
        }
        let settled = false;
        let parserClosed = false;
        let writing;
        let writeError;
        let contentStream;
        const settle = (error) => {
            if (settled)
                return;
            settled = true;
            if (!error) {
                resolve(result);
                return;
            }
            // A failed upload leaves nothing behind: stop the copy, then remove its scratch directory.
            if (contentStream && !contentStream.destroyed)
                contentStream.destroy();
            void result.written
                .then(() => (result.tmpDir ? (0,external_node_fs_promises_.rm)(result.tmpDir, { recursive: true, force: true }) : undefined))
                .then(() => reject(error), () => reject(error));
        };
        const finishIfDone = () => {
            if (!parserClosed)
                return;
            if (writing)
                void writing.then(() => settle(writeError));
            else
                settle();
        };
        const stopReading = () => {
            req.unpipe(parser);
            req.resume();
        };
        parser.on('field', (name, value, info) => {
            result.fields.push([name, value]);
            if (info.valueTruncated && result.truncatedField === undefined)
                result.truncatedField = name;
        });
        parser.on('file', (name, stream, info) => {
            // The parser reports a broken body itself; a part's stream may fail before the copy is set up.
            stream.on('error', () => undefined);
            if (name !== 'content' || result.content) {
                result.fileParts.push(name);
                stream.resume();
                return;
            }
            const content = { filename: info.filename, mimeType: info.mimeType, size: 0, overflow: false };
            result.content = content;
            if (!opts.storeContent || info.filename === undefined) {
                stream.resume();
                return;
            }
            contentStream = stream;
            const sent = (field) => result.fields.some(([name, value]) => name === field && value !== '');
            const checked = Object.keys(DIGEST_FIELDS).filter((digest) => sent(DIGEST_FIELDS[digest]));
            writing = storeContent(stream, content, checked, opts, (dir) => { result.tmpDir = dir; }, () => {
                // Over the limit: answer now, discard the rest of the body without parsing it.
                stopReading();
                settle();
            }).catch((err) => {
                writeError = err;
                if (!stream.destroyed)
                    stream.resume();
            });
            result.written = writing;
        });
        parser.on('close', () => {
            parserClosed = true;
            finishIfDone();
        });
        parser.on('error', (err) => {
            stopReading();
            settle(new MalformedUpload(err instanceof Error ? err.message : String(err)));
        });
        req.on('error', (err) => settle(new ClientGone(err.message)));
        req.pipe(parser);
    });
}
/** Raised inside the copy pipeline to stop it at the size limit; not a failure. */
class Overflow extends Error {
}
async function storeContent(stream, content, checked, opts, onTmpDir, onOverflow) {
    stream.pause();
    const dir = await (0,external_node_fs_promises_.mkdtemp)((0,external_node_path_.join)(opts.tmpRoot, 'upload-'));
    onTmpDir(dir);
    const path = (0,external_node_path_.join)(dir, safeName(content.filename));
    // Written and hashed on the hashing workers: the event loop stays free for the other uploads.
    const digester = await (0,hashing.createHasher)(['sha256', ...checked], { writeTo: path });
    const meter = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            content.size += chunk.length;
            if (content.size > opts.maxFileSize) {
                content.overflow = true;
                onOverflow();
                // Failing the pipeline drops the rest of the part; the partial file is closed below.
                callback(new Overflow());
                return;
            }
            digester.update(chunk);
            // Reading waits while the worker catches up, so memory stays flat however fast the client sends.
            const caughtUp = digester.ready();
            if (caughtUp)
                void caughtUp.then(() => callback());
            else
                callback();
        },
    });
    try {
        await (0,promises_.pipeline)(stream, meter);
    }
    catch (err) {
        await digester.abort();
        if (err instanceof Overflow)
            return;
        throw err;
    }
    const digests = await digester.digest();
    content.path = path;
    content.digests = { sha256: digests.sha256, ...Object.fromEntries(checked.map((digest) => [digest, digests[digest]])) };
}
/** The temporary file carries the upload's own name (preflight reads it from the path) when that name is harmless. */
function safeName(filename) {
    if (!filename || filename === '.' || filename === '..' || /[\x00-\x1f\x7f/\\]/.test(filename) || Buffer.byteLength(filename) > 200) {
        return 'upload.bin';
    }
    return filename;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(68898);
;// CONCATENATED MODULE: ./lib/index-server/upload-form.js
/**
 * The form rules of PyPI's legacy upload API, in warehouse's order and with its
 * texts: sanitising (`UNKNOWN` dropped), `protocol_version`, fields sent as files,
 * `UploadForm` (name, filetype, pyversion, digests) and the metadata parsed from
 * the form (Metadata-Version, Name, Version and a few fields clients get wrong).
 * Pure functions over the received fields, so they are tested without HTTP.
 */



/** Received form fields in arrival order; a field may repeat. */
class FormFields {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
    /** First value, like wtforms' StringField; undefined when absent. */
    get(name) {
        return this.entries.find(([key]) => key === name)?.[1];
    }
    getAll(name) {
        return this.entries.filter(([key]) => key === name).map(([, value]) => value);
    }
    has(name) {
        return this.entries.some(([key]) => key === name);
    }
    /**
     * warehouse's cleanup before validation: distutils' `UNKNOWN` placeholders are
     * dropped and NUL characters escaped.
     */
    sanitized() {
        return new FormFields(this.entries
            .filter(([, value]) => value.trim() !== 'UNKNOWN')
            .map(([key, value]) => [key, value.replace(/\0/g, '\\x00')]));
    }
}
/** Core-metadata fields that may be used more than once, under the form names twine sends. */
const MULTI_USE_FIELDS = new Set([
    'classifiers', 'platform', 'supported_platform', 'requires_dist', 'provides_dist', 'obsoletes_dist',
    'requires_external', 'project_urls', 'provides_extra', 'license_file', 'dynamic', 'requires', 'provides',
    'obsoletes', 'import_names', 'import_namespaces',
]);
/** The form as recorded with a stored file: lists for multi-use or repeated fields. */
function recordForm(fields) {
    const record = {};
    for (const [key, value] of fields.entries) {
        const existing = record[key];
        if (existing === undefined)
            record[key] = MULTI_USE_FIELDS.has(key) ? [value] : value;
        else if (Array.isArray(existing))
            existing.push(value);
        else
            record[key] = [existing, value];
    }
    return record;
}
/** warehouse's PROJECT_NAME_RE. */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const HEX64 = /^[A-F0-9]{64}$/i;
const REQUIRED = 'This field is required.';
/** warehouse `SUPPORTED_METADATA_VERSIONS`. */
const METADATA_VERSIONS = new Set(['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']);
/** warehouse `_error_message_order`: these errors explain most others, so they win. */
const ERROR_ORDER = ['metadata-version', 'name', 'version'];
/** `protocol_version` defaults to "1"; anything else is refused. */
function checkProtocol(fields) {
    return (fields.get('protocol_version') ?? '1') !== '1' ? messages/* messages */.DZ.unknownProtocol : undefined;
}
/** A non-file field that arrived as a file part (`content` and the ignored `gpg_signature` may). */
function checkTupleFields(fileParts) {
    const offending = fileParts.find((name) => name !== 'content' && name !== 'gpg_signature');
    return offending === undefined ? undefined : messages/* messages */.DZ.tupleField(offending);
}
/**
 * warehouse `UploadForm.validate()` and the message built from its errors. Fields with
 * a description (Name) get the long core-metadata message; the others
 * `Invalid value for <field>. Error: …`; form-level errors (`full_validate`) `Error: …`.
 */
function checkUploadForm(fields) {
    const errors = new Map();
    const name = fields.get('name');
    if (!name)
        errors.set('name', REQUIRED);
    else if (!PROJECT_NAME.test(name)) {
        errors.set('name', "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.");
    }
    const filetype = fields.get('filetype');
    if (!filetype)
        errors.set('filetype', REQUIRED);
    else if (filetype !== 'sdist' && filetype !== 'bdist_wheel')
        errors.set('filetype', 'Use a known file type.');
    const sha256 = fields.get('sha256_digest');
    if (sha256?.trim() && !HEX64.test(sha256))
        errors.set('sha256_digest', 'Use a valid, hex-encoded, SHA256 message digest.');
    const blake2 = fields.get('blake2_256_digest');
    if (blake2?.trim() && !HEX64.test(blake2))
        errors.set('blake2_256_digest', 'Use a valid, hex-encoded, BLAKE2 message digest.');
    const formError = fullValidate(fields);
    if (formError)
        errors.set('__all__', formError);
    if (errors.size === 0)
        return undefined;
    const key = ERROR_ORDER.find((k) => errors.has(k)) ?? [...errors.keys()].sort(pythonStringOrder)[0];
    const error = errors.get(key);
    if (key === '__all__')
        return `Error: ${error}`;
    if (key === 'name') {
        const value = name ?? '';
        const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
        return `${(0,distributions/* pythonRepr */.Up)(shown)} is an invalid value for Name. Error: ${error} See ${messages/* CORE_METADATA_URL */.oT} for more information.`;
    }
    return `Invalid value for ${key}. Error: ${error}`;
}
function fullValidate(fields) {
    const filetype = fields.get('filetype');
    const pyversion = fields.get('pyversion');
    if (filetype && filetype !== 'sdist' && !pyversion)
        return 'Python version is required for binary distribution uploads.';
    if (filetype === 'sdist' && pyversion && pyversion !== 'source')
        return "Use 'source' as Python version for an sdist.";
    if (!fields.get('md5_digest') && !fields.get('sha256_digest') && !fields.get('blake2_256_digest')) {
        return 'Include at least one message digest.';
    }
    return undefined;
}
/**
 * `metadata.parse(None, form_data=request.POST)`: the release metadata comes from the
 * form. Errors are keyed by core-metadata field; the first by warehouse's order wins and
 * gets the core-metadata pointer appended.
 */
function checkFormMetadata(fields) {
    const errors = new Map();
    const metadataVersion = fields.get('metadata_version');
    if (metadataVersion === undefined || !METADATA_VERSIONS.has(metadataVersion)) {
        errors.set('metadata-version', `${metadataVersion === undefined ? 'None' : (0,distributions/* pythonRepr */.Up)(metadataVersion)} is not a valid metadata version`);
    }
    const name = fields.get('name');
    if (!name)
        errors.set('name', "'name' is a required field");
    else if (!PROJECT_NAME.test(name))
        errors.set('name', `${(0,distributions/* pythonRepr */.Up)(name)} is invalid for 'name'`);
    const version = fields.get('version');
    if (!version)
        errors.set('version', "'version' is a required field");
    else {
        const normalized = (0,distributions/* normalizeVersion */.Qj)(version);
        if (normalized === undefined)
            errors.set('version', `${(0,distributions/* pythonRepr */.Up)(version)} is invalid for 'version'`);
        else if (normalized.includes('+'))
            errors.set('version', `The use of local versions in '${normalized}' is not allowed.`);
    }
    const summary = fields.get('summary');
    if (summary !== undefined) {
        if (summary.includes('\n'))
            errors.set('summary', "'summary' must be a single line");
        else if (summary.length > 512)
            errors.set('summary', "'summary' field must be 512 characters or less.");
    }
    const contentType = fields.get('description_content_type');
    if (contentType !== undefined && contentType !== '') {
        const problem = (0,distributions/* descriptionContentTypeProblem */.VO)(contentType);
        if (problem)
            errors.set('description-content-type', problem);
    }
    const requiresPython = fields.get('requires_python');
    if (requiresPython !== undefined && requiresPython.trim() !== '' && !(0,_renovatebot_pep440.validRange)(requiresPython)) {
        errors.set('requires-python', `${(0,distributions/* pythonRepr */.Up)(requiresPython)} is invalid for 'requires-python'`);
    }
    if (errors.size === 0)
        return undefined;
    const key = ERROR_ORDER.find((k) => errors.has(k)) ?? [...errors.keys()].sort(pythonStringOrder)[0];
    const error = errors.get(key);
    return `${error}${error.endsWith('.') ? '' : '.'} See ${messages/* CORE_METADATA_URL */.oT} for more information.`;
}
/** warehouse `_validate_filename`: printable, no path separators, an extension that fits the filetype. */
function checkFilename(filename, filetype) {
    if (/[\x00-\x1f\x7f]/.test(filename))
        return messages/* messages */.DZ.nonPrintableFilename;
    if (filename.includes('/') || filename.includes('\\'))
        return messages/* messages */.DZ.slashInFilename;
    const match = /^.+?(\.(tar\.gz|zip|whl))$/is.exec(filename);
    if (!match)
        return messages/* messages */.DZ.badExtension;
    const extension = match[1];
    const allowed = filetype === 'sdist' ? ['.zip', '.tar.gz'] : ['.whl'];
    if (!allowed.includes(extension))
        return messages/* messages */.DZ.extensionForFiletype(extension, filetype);
    return undefined;
}
/** Python compares str by code point; JS `<` compares UTF-16 units, the same for these ASCII keys. */
function pythonStringOrder(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/index-server/upload.js
/**
 * `POST /legacy/`: PyPI's legacy upload API, following warehouse's
 * `file_upload` step by step (routing on `:action`, authentication, form and
 * metadata validation, filename, size, digests, duplicates, the 14-day rule, one
 * sdist per release, then the distribution's own preflight problems) and
 * answering with warehouse's status codes and texts.
 */










const DAY_MS = 24 * 60 * 60 * 1000;
/** warehouse MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS. */
const CLOSED_RELEASE_DAYS = 14;
/** A refusal: HTTP status and warehouse's text. */
class Refusal {
    status;
    message;
    constructor(status, message) {
        this.status = status;
        this.message = message;
    }
}
function createUploadHandler(store) {
    // One per index: a release's files share a description, which is then rendered once.
    let descriptions;
    return async function handleUpload(req, res, ctx) {
        if (ctx.options.descriptions !== false)
            descriptions ??= new distributions/* DescriptionChecks */.sP(ctx.options.descriptions, 64);
        const { token, maxFileSize, acceptToken } = ctx.options;
        const authError = checkAuth(req.headers.authorization, token, acceptToken);
        let received;
        try {
            received = await receiveUpload(req, { tmpRoot: store.tmpRoot(), maxFileSize, storeContent: authError === undefined });
        }
        catch (err) {
            if (err instanceof ClientGone) {
                ctx.log.debug(`local index: the client left during an upload (${err.message})`);
                res.destroy();
                return;
            }
            if (err instanceof MalformedUpload) {
                (0,http/* sendError */.n4)(res, 400, `Malformed multipart/form-data body: ${err.message}`);
                return;
            }
            throw err;
        }
        let outcome;
        try {
            outcome = await decide(received, authError, store, ctx, req, descriptions);
        }
        finally {
            // Cleaned up before answering, so a client that sees the answer sees no leftovers.
            await received.written;
            if (received.tmpDir)
                await (0,external_node_fs_promises_.rm)(received.tmpDir, { recursive: true, force: true });
        }
        if (outcome instanceof Refusal) {
            ctx.log.debug(`local index: refused upload of ${received.content?.filename ?? '(no file)'}: ${outcome.status} ${outcome.message}`);
            (0,http/* sendError */.n4)(res, outcome.status, outcome.message);
        }
        else if (outcome === 'upload-page') {
            sendUploadPage(res);
        }
        else {
            (0,http/* sendBody */.bU)(res, 200, 'text/plain; charset=utf-8', '');
        }
    };
}
async function decide(received, authError, store, ctx, req, descriptions) {
    const raw = new FormFields(received.fields);
    // Pyramid's request.params: the query string first, then the body.
    const action = new URL(req.url ?? '/', 'http://index.invalid').searchParams.get(':action') ?? raw.get(':action');
    switch (action) {
        case 'file_upload':
            break;
        case 'submit':
        case 'submit_pkg_info':
            return new Refusal(410, messages/* messages */.DZ.submitGone);
        case 'doc_upload':
            return new Refusal(410, messages/* messages */.DZ.docUploadGone);
        default:
            // warehouse falls through to a template view: 200 and an HTML page, nothing stored.
            ctx.log.warning(`local index: POST /legacy/ without a known :action (${action === undefined || action === null ? 'none' : JSON.stringify(action)}); nothing was uploaded`);
            return 'upload-page';
    }
    if (authError)
        return new Refusal(403, authError);
    const fields = raw.sanitized();
    const early = checkProtocol(fields)
        ?? checkTupleFields(received.fileParts)
        ?? (received.truncatedField !== undefined
            ? `${received.truncatedField}: the local index holds form fields up to ${MAX_FIELD_BYTES / (1024 * 1024)} MiB.`
            : undefined)
        ?? checkUploadForm(fields)
        ?? checkFormMetadata(fields);
    if (early)
        return new Refusal(400, early);
    const content = received.content;
    if (!content || content.filename === undefined)
        return new Refusal(400, messages/* messages */.DZ.noFile);
    const unrendered = await renderDescription(fields.get('description'), fields.get('description_content_type'), descriptions, ctx);
    if (unrendered)
        return unrendered;
    const name = fields.get('name');
    const project = (0,distributions/* normalizeName */.Pc)(name);
    const filetype = fields.get('filetype');
    const filename = content.filename;
    const filenameError = checkFilename(filename, filetype);
    if (filenameError)
        return new Refusal(400, filenameError);
    if (!content.mimeType || content.mimeType.startsWith('image/'))
        return new Refusal(400, messages/* messages */.DZ.invalidDistribution);
    if (content.overflow) {
        return new Refusal(400, messages/* messages */.DZ.fileTooLarge(store.project(project)?.name ?? name, ctx.options.maxFileSize));
    }
    const digests = content.digests;
    // A digest field sent after the file (no known client does that) is checked against the stored bytes.
    const late = Object.keys(DIGEST_FIELDS).filter((d) => fields.get(DIGEST_FIELDS[d]) && digests[d] === undefined);
    if (late.length > 0)
        Object.assign(digests, await (0,hashing.hash)(content.path, late));
    const supplied = [
        [fields.get('md5_digest'), digests.md5],
        [fields.get('sha256_digest'), digests.sha256],
        [fields.get('blake2_256_digest'), digests.blake2b256],
    ];
    if (supplied.some(([given, computed]) => given && given.toLowerCase() !== computed)) {
        return new Refusal(400, messages/* messages */.DZ.digestMismatch);
    }
    // warehouse names the upload's BLAKE2b-256 when it refuses a file it already has; made then, if not before.
    const fileExists = async () => {
        digests.blake2b256 ??= (await (0,hashing.hash)(content.path, ['blake2b256'])).blake2b256;
        return new Refusal(400, messages/* messages */.DZ.fileExists(filename, digests.blake2b256));
    };
    const version = (0,distributions/* normalizeVersion */.Qj)(fields.get('version'));
    /** Duplicates, the 14-day rule and one sdist per release: what depends on the files already stored. */
    const againstStore = async () => {
        // A plain index (pypiserver and most others) refuses any filename it holds, whatever the bytes, and knows none of PyPI's release rules.
        if (ctx.options.mode === 'plain')
            return store.byFilename(filename) ? new Refusal(409, messages/* messages */.DZ.plainFileExists(filename)) : undefined;
        const existing = store.conflicting(filename, digests.sha256);
        if (existing)
            return existing.filename === filename && existing.sha256 === digests.sha256 ? 'duplicate' : fileExists();
        const release = store.releaseFiles(project, version);
        if (release.length > 0) {
            const opened = Math.min(...release.map((f) => Date.parse(f.upload_time)));
            if (ctx.now().getTime() - opened > CLOSED_RELEASE_DAYS * DAY_MS)
                return new Refusal(400, messages/* messages */.DZ.closedRelease);
        }
        if (filetype === 'sdist' && release.some((f) => f.packagetype === 'sdist'))
            return new Refusal(400, messages/* messages */.DZ.secondSdist);
        return undefined;
    };
    const duplicate = () => {
        ctx.log.info(`local index: ${filename} is already stored with the same bytes; nothing changed`);
        return 'duplicate';
    };
    const before = await againstStore();
    if (before === 'duplicate')
        return duplicate();
    if (before)
        return before;
    // Reading the archive is the slow part; it runs outside the lock so uploads proceed in parallel.
    const hashedOnArrival = { sha256: digests.sha256, size: content.size, ...(digests.blake2b256 !== undefined ? { blake2b256: digests.blake2b256 } : {}) };
    const problem = await preflight(content.path, filename, ctx.options.maxFileSize, hashedOnArrival)
        ?? filenameAgainstForm(filename, filetype, name, version, store.project(project)?.name ?? name);
    if (problem)
        return new Refusal(400, problem);
    // warehouse checks attestations last, once the file itself is known to be acceptable.
    const provenance = fields.has('attestations')
        ? await attestationsProvenance(fields.get('attestations'), { filename, sha256: digests.sha256 }, req.headers.authorization, ctx)
        : undefined;
    if (provenance instanceof Refusal)
        return provenance;
    return store.exclusive(async () => {
        // Another upload may have landed meanwhile: decide again on the current state.
        const now = await againstStore();
        if (now === 'duplicate')
            return duplicate();
        if (now)
            return now;
        const requiresPython = fields.get('requires_python');
        const stored = await store.add({
            project,
            name,
            version,
            filename,
            packagetype: filetype,
            python_version: fields.get('pyversion') || 'source',
            requires_python: requiresPython && requiresPython.trim() ? requiresPython : null,
            size: content.size,
            ...(digests.md5 !== undefined ? { md5: digests.md5 } : {}),
            sha256: digests.sha256,
            ...(digests.blake2b256 !== undefined ? { blake2b_256: digests.blake2b256 } : {}),
            upload_time: ctx.now().toISOString(),
            // The attestations are kept as the provenance object, not twice.
            form: recordForm(new FormFields(raw.entries.filter(([key]) => key !== 'attestations'))),
        }, content.path, provenance);
        ctx.log.info(`local index: stored ${stored.filename} (${stored.size} bytes, sha256 ${stored.sha256})`);
        return 'stored';
    });
}
/** The API token of an HTTP Basic `__token__` header. */
function uploadToken(authorization) {
    const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
    const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
    return decoded.startsWith('__token__:') ? decoded.slice('__token__:'.length) : undefined;
}
/**
 * warehouse's IntegrityService for one upload: attestations only from a trusted publisher, checked
 * against the uploaded file, that publisher's identity and the trust root; the provenance object
 * PyPI serves for the file, or the refusal.
 */
async function attestationsProvenance(field, dist, authorization, ctx) {
    const token = uploadToken(authorization);
    const publisher = token !== undefined ? ctx.options.publisherOf?.(token) : undefined;
    if (!publisher)
        return new Refusal(400, messages/* messages */.DZ.invalidAttestations(messages/* messages */.DZ.attestationsNeedTrustedPublishing));
    // Sigstore verification is loaded only by an index that receives attestations.
    const [{ AttestationRejected, checkAttestationSet }, { productionTrustedRoot }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(917), __webpack_require__.e(449)]).then(__webpack_require__.bind(__webpack_require__, 16830)),
        __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 9717)),
    ]);
    try {
        const verified = checkAttestationSet(field, dist, { trustedRoot: ctx.options.trustedRoot ?? productionTrustedRoot(), publisher });
        return {
            version: 1,
            attestation_bundles: [{
                    publisher: { kind: 'GitHub', repository: publisher.repository, workflow: publisher.workflow, environment: publisher.environment ?? null },
                    attestations: verified.map((v) => v.attestation),
                }],
        };
    }
    catch (err) {
        if (err instanceof AttestationRejected)
            return new Refusal(400, messages/* messages */.DZ.invalidAttestations(err.message));
        throw err;
    }
}
/**
 * Authentication as PyPI does it today: API tokens only, sent as HTTP Basic with
 * the user name `__token__`. Undefined when the request may upload.
 */
function checkAuth(authorization, token, acceptToken) {
    if (token === undefined && acceptToken === undefined)
        return undefined;
    const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match)
        return messages/* messages */.DZ.noIdentity;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1)
        return messages/* messages */.DZ.noIdentity;
    if (decoded.slice(0, colon) !== '__token__')
        return messages/* messages */.DZ.passwordAuth;
    if (acceptToken?.(decoded.slice(colon + 1)))
        return undefined;
    if (token === undefined)
        return messages/* messages */.DZ.noIdentity;
    const given = Buffer.from(decoded.slice(colon + 1), 'utf8');
    const expected = Buffer.from(token, 'utf8');
    if (given.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(given, expected))
        return messages/* messages */.DZ.noIdentity;
    return undefined;
}
/**
 * warehouse renders the form's description (readme_renderer, by its content
 * type) and refuses what does not render. When nothing here can render
 * reStructuredText the upload is taken, with a warning in the index's log.
 */
async function renderDescription(description, contentType, checks, ctx) {
    if (!description || !checks)
        return undefined;
    const verdict = await checks.verdict(description, (0,distributions/* descriptionFormat */.Sb)(contentType));
    if (verdict.kind === 'refused')
        return new Refusal(400, (0,distributions/* renderRefusal */.$W)(contentType || undefined));
    if (verdict.kind === 'unchecked')
        ctx.log.warning(`local index: the description was not rendered (${verdict.reason}); PyPI would render it and refuse it on markup errors`);
    return undefined;
}
/**
 * The order in which warehouse's `file_upload` reaches each check (archive
 * validity before the filename's name and version, and so on): the index
 * answers with the problem PyPI would name first.
 */
const WAREHOUSE_ORDER = {
    'filename-characters': 11, 'filename-extension': 11,
    'file-too-large': 12,
    'zip-invalid': 18.1, 'sdist-invalid': 18.1, 'zip-compression-ratio': 18.2, 'sdist-compression-ratio': 18.2, 'zip-compression-method': 18.3,
    'sdist-top-level': 18.4, 'sdist-missing-pkg-info': 18.4, 'wheel-no-dist-info': 18.4, 'wheel-missing-wheel-file': 18.4,
    'sdist-sparse-member': 18.5, 'zip-structure': 18.6,
    'sdist-filename': 19, 'sdist-zip': 19, 'sdist-filename-not-normalized': 19, 'license-file-missing': 19.5,
    'wheel-filename': 20, 'wheel-platform-tag': 20.1, 'name-mismatch': 20.2, 'wheel-name-not-normalized': 20.3, 'version-mismatch': 20.4,
    'wheel-missing-record': 20.5, 'wheel-entry-points': 20.6, 'wheel-missing-metadata': 20.7, 'filename-too-long': 20.8,
};
/**
 * The distribution's own problems, from the same preflight rules the publish
 * action runs; warehouse stops at the first, so does the index. Metadata
 * problems come first: warehouse validates the metadata before the file.
 */
async function preflight(path, filename, maxFileSize, digests) {
    try {
        // The digests were computed as the bytes arrived, and warehouse refuses nothing that
        // hashing the members would find (a RECORD mismatch only emails the owners): only the
        // central directory and the metadata members are read.
        const info = await (0,distributions/* inspectDistribution */.RS)(path, { maxFileSize, digests, verifyMembers: false });
        const refusals = info.problems.filter((p) => p.pypiMessage);
        // A renamed wheel's mismatch carries the missing-WHEEL answer, and ranks as that.
        const rank = (p) => (p.consequences ? WAREHOUSE_ORDER['wheel-missing-wheel-file'] : WAREHOUSE_ORDER[p.rule] ?? 4);
        return refusals.sort((a, b) => rank(a) - rank(b))[0]?.pypiMessage;
    }
    catch (err) {
        if (err instanceof distributions/* FilenameError */.Y8)
            return err.packagingMessage;
        if (err instanceof errors/* UserError */.y)
            return `${messages/* messages */.DZ.invalidDistribution} ${err.message}`;
        throw new Error(`preflight of ${filename} failed: ${err.message}`, { cause: err });
    }
}
/**
 * What warehouse checks between the filename and the *form* (not the file's own
 * METADATA): the file must belong to the project and release it is uploaded as.
 */
function filenameAgainstForm(filename, filetype, formName, formVersion, projectName) {
    const normalized = (0,distributions/* normalizeName */.Pc)(formName);
    const escaped = normalized.replace(/-/g, '_');
    let parsed;
    try {
        parsed = (0,distributions/* parseDistributionFilename */.h3)(filename);
    }
    catch (err) {
        if (!(err instanceof distributions/* FilenameError */.Y8))
            throw err;
        return filetype === 'sdist' ? messages/* messages */.DZ.invalidSdistFilename(filename) : err.packagingMessage;
    }
    if (filetype === 'sdist') {
        if (parsed.normalizedName !== normalized)
            return messages/* messages */.DZ.startFilenameWith(projectName, escaped);
        const expected = `${escaped}-${formVersion}.tar.gz`;
        if (filename !== expected)
            return messages/* messages */.DZ.sdistFilenameShouldBe(filename, expected);
        return undefined;
    }
    if (parsed.normalizedName !== normalized)
        return messages/* messages */.DZ.startFilenameWith(projectName, escaped);
    if (parsed.name !== escaped)
        return messages/* messages */.DZ.wheelNameNotNormalized(filename, escaped, parsed.name);
    if (!versionsEqualLoose(parsed.version, formVersion)) {
        return messages/* messages */.DZ.wheelVersionMismatch(formVersion, parsed.normalizedVersion);
    }
    return undefined;
}
/** warehouse's `upload.html`: what `/legacy/` shows for anything but a known `:action`. */
function sendUploadPage(res) {
    (0,http/* sendBody */.bU)(res, 200, 'text/html; charset=UTF-8', '<!DOCTYPE html>\n<html>\n  <head><title>Upload API</title></head>\n  <body>\n'
        + '    <h1>Upload API</h1>\n'
        + '    <p>This URL is an endpoint for uploading distributions with a package upload tool such as twine: '
        + 'POST multipart/form-data with <code>:action=file_upload</code>.</p>\n'
        + '  </body>\n</html>\n');
}

;// CONCATENATED MODULE: ./lib/index-server/server.js
/**
 * An embedded PyPI-compatible package index over real HTTP: the legacy upload
 * API, the simple API (PEP 503/691), the JSON API and file downloads, with
 * state on disk. The suite's tests, benchmarks and local rehearsal use it as
 * the stand-in for PyPI/TestPyPI, and in plain mode (types.ts `IndexMode`) as
 * the stand-in for every other index: the simple API only, 409 for a file it
 * holds, users with passwords.
 */















/** PyPI's default per-file limit, 100 MiB (the same constant the publish preflight uses). */

async function startLocalIndex(opts) {
    const options = resolveOptions(opts);
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const now = opts.now ?? (() => new Date());
    const store = await IndexStore.open(options.dir, log);
    let fallbackBase = '';
    const ctx = {
        options,
        log,
        now,
        baseUrl: (req) => {
            const host = req.headers.host;
            return host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? `http://${host}/` : fallbackBase;
        },
        files: () => store.files(),
    };
    const routes = [...(opts.routes ?? []), ...(opts.trustedPublishing?.routes ?? []), ...builtInRoutes(store, options.mode)];
    const inFlight = new Set();
    const server = (0,external_node_http_.createServer)({ requestTimeout: 0 }, (req, res) => {
        dateFromIndexClock(res, ctx.now);
        if (options.users && !knownUser(req.headers.authorization, options.users)) {
            // A private index answers before reading a body, as the 308 for /legacy does.
            req.resume();
            (0,http/* sendError */.n4)(res, 401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="pypi"' });
            return;
        }
        const handling = dispatch(routes, req, res, ctx).catch((err) => {
            log.error(`local index: ${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
            if (!res.headersSent)
                (0,http/* sendError */.n4)(res, 500, 'Internal Server Error');
            else
                res.destroy();
        });
        inFlight.add(handling);
        void handling.finally(() => inFlight.delete(handling));
    });
    const address = await listen(server, options.port, options.host);
    const host = address.family === 'IPv6' || address.address.includes(':')
        ? `[${address.address === '::' ? '::1' : address.address}]`
        : address.address === '0.0.0.0' ? '127.0.0.1' : address.address;
    const url = `http://${host}:${address.port}/`;
    fallbackBase = url;
    log.info(`local index: serving ${options.dir} at ${url}`);
    let closing;
    return {
        url,
        mode: options.mode,
        uploadUrl: options.mode === 'plain' ? url : `${url}legacy/`,
        simpleUrl: `${url}simple/`,
        ...(options.mode === 'pypi' ? { jsonUrl: `${url}pypi/` } : {}),
        files: () => store.files(),
        close: () => {
            closing ??= (async () => {
                const closed = new Promise((done) => server.close(() => done()));
                server.closeIdleConnections();
                await Promise.allSettled([...inFlight]);
                server.closeAllConnections();
                await closed;
            })();
            return closing;
        },
    };
}
function resolveOptions(opts) {
    if (!opts.dir)
        throw new errors/* UserError */.y('The local index needs a directory for its files and state (dir).');
    const delaySeconds = opts.delaySeconds ?? 0;
    if (!Number.isFinite(delaySeconds) || delaySeconds < 0) {
        throw new errors/* UserError */.y(`The propagation delay must be zero or more seconds, not ${delaySeconds}.`);
    }
    const maxFileSize = opts.maxFileSize ?? distributions/* DEFAULT_MAX_FILE_SIZE */.Sj;
    if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) {
        throw new errors/* UserError */.y(`The file size limit must be a positive number of bytes, not ${maxFileSize}.`);
    }
    const port = opts.port ?? 0;
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new errors/* UserError */.y(`The port must be 0–65535, not ${port}.`);
    if (opts.token !== undefined && opts.token === '')
        throw new errors/* UserError */.y('The upload token must not be empty; leave it unset for an open index.');
    const mode = opts.mode ?? 'pypi';
    if (mode !== 'pypi' && mode !== 'plain')
        throw new errors/* UserError */.y(`The index mode must be pypi or plain, not ${String(mode)}.`);
    if (mode === 'pypi' && opts.users && Object.keys(opts.users).length > 0) {
        throw new errors/* UserError */.y('Users with passwords need the plain mode: PyPI takes API tokens only (user __token__), so its stand-in does too.');
    }
    if (mode === 'plain' && opts.trustedPublishing)
        throw new errors/* UserError */.y('Trusted publishing is PyPI\'s; the plain mode has none.');
    for (const [name, password] of Object.entries(opts.users ?? {})) {
        if (name === '' || name.includes(':') || password === '')
            throw new errors/* UserError */.y(`A user needs a name without ":" and a password that is not empty (${JSON.stringify(name)}).`);
    }
    // In plain mode the token is one more user, as a token is to any index but PyPI.
    const users = mode === 'plain' ? { ...opts.users, ...(opts.token !== undefined ? { __token__: opts.token } : {}) } : undefined;
    return {
        dir: (0,external_node_path_.resolve)(opts.dir),
        mode,
        ...(users && Object.keys(users).length > 0 ? { users } : {}),
        host: opts.host ?? '127.0.0.1',
        port,
        ...(opts.token !== undefined && mode === 'pypi' ? { token: opts.token } : {}),
        ...(opts.trustedPublishing ? { acceptToken: opts.trustedPublishing.acceptToken, publisherOf: opts.trustedPublishing.publisherOf } : {}),
        ...(opts.trustedRoot ? { trustedRoot: opts.trustedRoot } : {}),
        delaySeconds,
        maxFileSize,
        descriptions: opts.descriptions ?? (0,rst_renderer/* defaultRstRenderer */._G)(),
    };
}
/**
 * The Date header from the index's clock, the one its upload times come from: a client that
 * compares an answer's date with a listed upload time sees one clock, even when tests set it back.
 */
function dateFromIndexClock(res, now) {
    const writeHead = res.writeHead.bind(res);
    // Every answer passes through writeHead, the implicit headers of write() and end() included.
    res.writeHead = ((...args) => {
        if (!res.headersSent && !res.hasHeader('date'))
            res.setHeader('Date', now().toUTCString());
        return writeHead(...args);
    });
}
function listen(server, port, host) {
    return new Promise((done, fail) => {
        const onError = (err) => {
            fail(new errors/* UserError */.y(err.code === 'EADDRINUSE'
                ? `Port ${port} on ${host} is already in use; choose another with --port, or 0 for any free port.`
                : `The local index could not listen on ${host}:${port}: ${err.message}`));
        };
        server.once('error', onError);
        server.listen(port, host, () => {
            server.off('error', onError);
            done(server.address());
        });
    });
}
/** Whether an Authorization header is HTTP Basic of one of the users, password compared in constant time. */
function knownUser(authorization, users) {
    const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match)
        return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1 || !Object.hasOwn(users, decoded.slice(0, colon)))
        return false;
    const given = Buffer.from(decoded.slice(colon + 1), 'utf8');
    const expected = Buffer.from(users[decoded.slice(0, colon)], 'utf8');
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
}
function builtInRoutes(store, mode) {
    const upload = createUploadHandler(store);
    const simple = createSimpleHandlers(store);
    const file = createFileHandler(store);
    const common = [
        { methods: ['POST'], path: '/legacy/', handle: (req, res, _m, ctx) => upload(req, res, ctx) },
        { methods: ['GET'], path: '/simple/', handle: (req, res, _m, ctx) => simple.projectList(req, res, ctx) },
        { methods: ['GET'], path: '/simple', handle: (_req, res) => permanent(res, '/simple/') },
        { methods: ['GET'], path: /^\/simple\/([^/]+)\/?$/, handle: (req, res, m, ctx) => simple.projectPage(req, res, m, ctx) },
        { methods: ['GET'], path: /^\/files\/(.+)$/, handle: (req, res, m, ctx) => file(req, res, m, ctx) },
    ];
    if (mode === 'plain') {
        // pypiserver takes uploads at its root; the landing page is what a GET there shows.
        return [
            { methods: ['GET'], path: '/', handle: (_req, res) => landingPage(res, mode) },
            { methods: ['POST'], path: '/', handle: (req, res, _m, ctx) => upload(req, res, ctx) },
            ...common,
        ];
    }
    const json = createJsonHandlers(store);
    const provenance = createIntegrityHandler(store);
    return [
        { methods: ['GET'], path: '/', handle: (_req, res) => landingPage(res, mode) },
        ...common,
        { methods: ['GET'], path: '/legacy/', handle: (_req, res) => sendUploadPage(res) },
        {
            methods: ['POST'],
            path: '/legacy',
            handle: (req, res) => {
                // Pyramid answers before reading the body; let Node discard it.
                req.resume();
                (0,http/* sendError */.n4)(res, 308, messages/* messages */.DZ.missingTrailingSlash, { Location: '/legacy/' });
            },
        },
        { methods: ['GET'], path: /^\/pypi\/([^/]+)\/json\/?$/, handle: (req, res, m, ctx) => json.project(req, res, m, ctx) },
        { methods: ['GET'], path: /^\/pypi\/([^/]+)\/([^/]+)\/json\/?$/, handle: (req, res, m, ctx) => json.release(req, res, m, ctx) },
        { methods: ['GET'], path: /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance\/?$/, handle: (req, res, m) => provenance(req, res, m) },
    ];
}
async function dispatch(routes, req, res, ctx) {
    const pathname = (req.url ?? '/').split('?')[0];
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const allowed = new Set();
    for (const route of routes) {
        const match = typeof route.path === 'string' ? (route.path === pathname ? null : undefined) : route.path.exec(pathname) ?? undefined;
        if (match === undefined)
            continue;
        if (!route.methods.includes(method)) {
            route.methods.forEach((m) => allowed.add(m));
            continue;
        }
        await route.handle(req, res, match, ctx);
        return;
    }
    req.resume();
    if (allowed.size > 0) {
        const allow = [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].join(', ');
        (0,http/* sendError */.n4)(res, 405, 'Method Not Allowed', { Allow: allow });
        return;
    }
    (0,http/* notFound */.mX)(res);
}
function permanent(res, location) {
    res.writeHead(301, { Location: location, 'Content-Length': '0' });
    res.end();
}
function landingPage(res, mode) {
    const apis = mode === 'plain'
        ? 'A plain package index for tests and rehearsal. Simple API: <a href="/simple/">/simple/</a>; uploads: / or /legacy/.'
        : 'A PyPI-compatible index for tests and rehearsal. '
            + 'Simple API: <a href="/simple/">/simple/</a>; JSON API: /pypi/&lt;project&gt;/json; uploads: /legacy/; '
            + 'provenance (PEP 740): /integrity/&lt;project&gt;/&lt;version&gt;/&lt;filename&gt;/provenance.';
    (0,http/* sendBody */.bU)(res, 200, 'text/html; charset=utf-8', '<!DOCTYPE html>\n<html>\n  <head><title>Local package index</title></head>\n  <body>\n'
        + '    <h1>Local package index</h1>\n'
        + `    <p>${apis}</p>\n`
        + '  </body>\n</html>\n');
}

;// CONCATENATED MODULE: ./lib/index-server/index.js




/***/ }),

/***/ 7342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ messages),
/* harmony export */   nT: () => (/* binding */ EXPLANATIONS),
/* harmony export */   oT: () => (/* binding */ CORE_METADATA_URL)
/* harmony export */ });
/* unused harmony export HELP_URL */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36263);
/**
 * The texts warehouse (pypi/warehouse `warehouse/forklift/legacy.py`, `forms.py`,
 * `metadata.py`) answers uploads with. Clients match on them (twine's
 * --skip-existing looks for "File already exists"), so they are kept verbatim,
 * including warehouse's help URLs on pypi.org.
 */

const HELP_URL = 'https://pypi.org/help/';
const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata';
const MIB = 1024 * 1024;
const messages = {
    noIdentity: `Invalid or non-existent authentication information. See ${HELP_URL}#invalid-auth for more information.`,
    passwordAuth: 'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. '
        + `See ${HELP_URL}#apitoken and ${HELP_URL}#trusted-publishers`,
    submitGone: 'Project pre-registration is no longer required or supported, upload your files instead.',
    docUploadGone: 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    missingTrailingSlash: 'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
    unknownProtocol: 'Unknown protocol version.',
    noFile: 'Upload payload does not have a file.',
    invalidDistribution: 'Invalid distribution file.',
    nonPrintableFilename: 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    slashInFilename: "Cannot upload a file with '/' or '\\' in the name.",
    badExtension: 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 '
        + 'and https://peps.python.org/pep-0715/ for more information',
    digestMismatch: 'The digest supplied does not match a digest calculated from the uploaded file.',
    closedRelease: 'Uploading new files to releases older than 14 days is not allowed.',
    secondSdist: 'Only one sdist may be uploaded per release.',
    /** warehouse `warehouse/attestations/services.py`. */
    attestationsNeedTrustedPublishing: 'Attestations are only supported when using Trusted Publishing',
    /** warehouse `legacy.py`: every AttestationUploadError, prefixed. */
    invalidAttestations: (reason) => `Invalid attestations supplied during upload: ${reason}`,
    tupleField: (field) => `${field}: Should not be a tuple.`,
    extensionForFiletype: (extension, filetype) => `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. `
        + 'See https://www.python.org/dev/peps/pep-0527 for more information.',
    fileTooLarge: (project, limitBytes) => `File too large. Limit for project ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(project)} is ${Math.floor(limitBytes / MIB)} MB. `
        + 'See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.',
    fileExists: (filename, blake2b256) => `File already exists (${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(filename)}, with blake2_256 hash ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(blake2b256)}). `
        + `See ${HELP_URL}#file-name-reuse for more information.`,
    /** pypiserver's answer (`_app.py`), which twine's --skip-existing reads from the 409 alone. */
    plainFileExists: (filename) => `Package ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(filename)} already exists!`,
    invalidSdistFilename: (filename) => `Invalid source distribution filename: ${filename}`,
    startFilenameWith: (project, expectedPrefix) => `Start filename for ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(project)} with ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(expectedPrefix)}.`,
    sdistFilenameShouldBe: (filename, expected) => `Filename ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(filename)} is invalid, should be ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(expected)}.`,
    wheelNameNotNormalized: (filename, normalized, actual) => `Filename ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(filename)} should contain the normalized project name ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(normalized)}, not ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(actual)}.`,
    wheelVersionMismatch: (expected, actual) => `Version in filename should be ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(expected)} not ${(0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonRepr */ .Up)(actual)}.`,
};
/** Pyramid's explanation line for the status codes the index answers with. */
const EXPLANATIONS = {
    400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
    401: 'This server could not verify that you are authorized to access the document you requested.',
    403: 'Access was denied to this resource.',
    404: 'The resource could not be found.',
    405: 'The method is not allowed for this resource.',
    409: 'There was a conflict when trying to complete your request.',
    410: 'This resource is no longer available.  No forwarding address is given.',
    416: 'The requested range is not satisfiable.',
};


/***/ }),

/***/ 74455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** `fn` over `items` with at most `limit` calls running at once; results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
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


/***/ })

};
