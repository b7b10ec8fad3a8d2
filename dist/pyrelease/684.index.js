export const id = 684;
export const ids = [684];
export const modules = {

/***/ 684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVE_INDEX_USAGE: () => (/* binding */ SERVE_INDEX_USAGE),
/* harmony export */   serveIndexCommand: () => (/* binding */ serveIndexCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7309);
/* harmony import */ var _index_server_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9719);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3052);





const SERVE_INDEX_USAGE = `Usage: pyrelease serve-index --dir DIR [--port P] [--host H] [--token T] [--delay S] [--max-file-size SIZE]

  --dir DIR             where files and state live (created if missing; kept across restarts)
  --port P              port to listen on (default 0: any free port)
  --host H              address to listen on (default 127.0.0.1)
  --token T             uploads need HTTP Basic __token__:T (default: open);
                        PYRELEASE_INDEX_TOKEN is read when --token is absent
  --delay S             seconds (or 30s, 2m) before a new file shows on the simple pages
  --max-file-size SIZE  per-file upload limit (default 100M, like PyPI)
`;
const defaultIo = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    signals: process,
    env: process.env,
    log: _log_js__WEBPACK_IMPORTED_MODULE_2__/* .consoleLogger */ .kS,
};
async function serveIndexCommand(argv, io = defaultIo) {
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                dir: { type: 'string' },
                port: { type: 'string' },
                host: { type: 'string' },
                token: { type: 'string' },
                delay: { type: 'string' },
                'max-file-size': { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
            allowPositionals: false,
        }));
    }
    catch (err) {
        io.err(`pyrelease serve-index: ${err.message}\n\n${SERVE_INDEX_USAGE}`);
        return 2;
    }
    if (values.help) {
        io.out(SERVE_INDEX_USAGE);
        return 0;
    }
    const problems = [];
    if (!values.dir)
        problems.push('--dir is required: the directory that holds the files and the state.');
    const port = values.port === undefined ? 0 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
    if (!Number.isInteger(port) || port > 65535)
        problems.push(`--port must be a number from 0 to 65535, not '${values.port}'.`);
    const delay = values.delay === undefined ? 0 : (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDuration */ .E9)(values.delay);
    if (delay === undefined)
        problems.push(`--delay must be seconds such as 30, 30s or 2m, not '${values.delay}'.`);
    const maxFileSize = values['max-file-size'] === undefined ? undefined : (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSize */ .DB)(values['max-file-size']);
    if (values['max-file-size'] !== undefined && !maxFileSize) {
        problems.push(`--max-file-size must be a size such as 104857600 or 100M, not '${values['max-file-size']}'.`);
    }
    const token = values.token ?? (io.env.PYRELEASE_INDEX_TOKEN || undefined);
    if (token !== undefined && token === '')
        problems.push('--token must not be empty; leave it out for an open index.');
    if (problems.length > 0) {
        io.err(problems.map((p) => `pyrelease serve-index: ${p}\n`).join('') + `\n${SERVE_INDEX_USAGE}`);
        return 2;
    }
    const index = await (0,_index_server_index_js__WEBPACK_IMPORTED_MODULE_3__/* .startLocalIndex */ .Wj)({
        dir: values.dir,
        port,
        ...(values.host ? { host: values.host } : {}),
        ...(token ? { token } : {}),
        delaySeconds: delay,
        ...(maxFileSize ? { maxFileSize } : {}),
        log: io.log,
    });
    io.out(`Local package index at ${index.url}\n`
        + `  upload (twine --repository-url): ${index.uploadUrl}\n`
        + `  simple (pip --index-url):        ${index.simpleUrl}\n`
        + `  JSON API:                        ${index.jsonUrl}<project>/json\n`
        + `  files and state:                 ${values.dir}\n`
        + `  uploads:                         ${token ? 'need an API token (user __token__, password: the token you set)' : 'open to anyone (no --token)'}\n`
        + (delay ? `  propagation delay:               ${delay} s before a file shows on the simple pages\n` : '')
        + 'Stop with Ctrl+C.\n');
    const signal = await new Promise((resolve) => {
        const onInt = () => stop('SIGINT');
        const onTerm = () => stop('SIGTERM');
        const stop = (name) => {
            io.signals.off('SIGINT', onInt);
            io.signals.off('SIGTERM', onTerm);
            resolve(name);
        };
        io.signals.on('SIGINT', onInt);
        io.signals.on('SIGTERM', onTerm);
    });
    try {
        await index.close();
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`The local index did not close cleanly after ${signal}: ${err.message}`);
    }
    io.out(`Local package index stopped (${signal}).\n`);
    return 0;
}


/***/ }),

/***/ 7309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kS: () => (/* binding */ consoleLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
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
/** Writes to stderr/stdout with a level prefix; used by the CLI. */
const consoleLogger = {
    info: (m) => console.log(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
    debug: (m) => { if (process.env.PYRELEASE_DEBUG)
        console.error(`debug: ${m}`); },
};


/***/ })

};
