export const id = 684;
export const ids = [684];
export const modules = {

/***/ 50684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVE_INDEX_USAGE: () => (/* binding */ SERVE_INDEX_USAGE),
/* harmony export */   serveIndexCommand: () => (/* binding */ serveIndexCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _index_server_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8675);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83052);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92453);
/* harmony import */ var _text_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66246);
/* harmony import */ var _print_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17721);






const SERVE_INDEX_USAGE = `Usage: pyrelease serve-index --dir DIR [--port P] [--host H] [--token T] [--delay S] [--max-file-size SIZE]
                           [--plain [--user NAME:PASSWORD]...]

  --dir DIR             where files and state live (created if missing; kept across restarts)
  --port P              port to listen on (default 0: any free port)
  --host H              address to listen on (default 127.0.0.1)
  --token T             uploads need HTTP Basic __token__:T (default: open);
                        PYRELEASE_INDEX_TOKEN is read when --token is absent
  --delay S             seconds (or 30s, 2m) before a new file shows on the simple pages
  --max-file-size SIZE  per-file upload limit (default 100M, like PyPI)
  --plain               play a plain index (pypiserver, Artifactory, Nexus, GitLab, CodeArtifact):
                        uploads at / (and /legacy/), the simple API as HTML only, no JSON API,
                        409 for a filename it holds
  --user NAME:PASSWORD  (with --plain; repeatable) a user; with any user set, every request
                        needs HTTP Basic as one of them; PYRELEASE_INDEX_USER is read when
                        --user is absent
  -h, --help            this text
`;
const defaultIo = {
    out: _print_js__WEBPACK_IMPORTED_MODULE_5__/* .out */ .FD,
    err: _print_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._q,
    signals: process,
    env: process.env,
    log: _print_js__WEBPACK_IMPORTED_MODULE_5__/* .cliLogger */ .$v,
};
async function serveIndexCommand(argv, io = defaultIo) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandLine */ .Du)('serve-index', SERVE_INDEX_USAGE, {
        args: argv,
        options: {
            dir: { type: 'string' },
            port: { type: 'string' },
            host: { type: 'string' },
            token: { type: 'string' },
            delay: { type: 'string' },
            'max-file-size': { type: 'string' },
            plain: { type: 'boolean' },
            user: { type: 'string', multiple: true },
        },
        allowPositionals: false,
    }, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values } = parsed;
    const problems = [];
    if (!values.dir)
        problems.push('--dir is required: the directory that holds the files and the state.');
    const port = values.port === undefined ? 0 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
    if (!Number.isInteger(port) || port > 65535)
        problems.push(`--port must be a number from 0 to 65535, not '${values.port}'.`);
    const delay = values.delay === undefined ? 0 : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(values.delay);
    if (delay === undefined)
        problems.push(`--delay must be seconds such as 30, 30s or 2m, not '${values.delay}'.`);
    const maxFileSize = values['max-file-size'] === undefined ? undefined : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSize */ .DB)(values['max-file-size']);
    if (values['max-file-size'] !== undefined && !maxFileSize) {
        problems.push(`--max-file-size must be a size such as 104857600 or 100M, not '${values['max-file-size']}'.`);
    }
    const token = values.token ?? (io.env.PYRELEASE_INDEX_TOKEN || undefined);
    if (token !== undefined && token === '')
        problems.push('--token must not be empty; leave it out for an open index.');
    const userArgs = values.user ?? (io.env.PYRELEASE_INDEX_USER ? [io.env.PYRELEASE_INDEX_USER] : []);
    const users = {};
    for (const u of userArgs) {
        const colon = u.indexOf(':');
        // The password is never repeated: the refusal names the user alone.
        if (colon <= 0 || colon === u.length - 1)
            problems.push(`--user must be NAME:PASSWORD, both not empty (got ${colon > 0 ? `'${u.slice(0, colon)}:…'` : 'no name'}).`);
        else
            users[u.slice(0, colon)] = u.slice(colon + 1);
    }
    if (userArgs.length > 0 && !values.plain)
        problems.push('--user needs --plain: PyPI (the default mode) takes API tokens only; use --token there.');
    if (problems.length > 0) {
        io.err(problems.map((p) => `pyrelease serve-index: ${p}\n`).join('') + `\n${SERVE_INDEX_USAGE}`);
        return 2;
    }
    // The index logs what clients send; the upload token is scrubbed from every line it prints.
    _text_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .runSecrets */ .To.add(token);
    const index = await (0,_index_server_index_js__WEBPACK_IMPORTED_MODULE_1__/* .startLocalIndex */ .Wj)({
        dir: values.dir,
        ...(values.plain ? { mode: 'plain' } : {}),
        ...(Object.keys(users).length > 0 ? { users } : {}),
        port,
        ...(values.host ? { host: values.host } : {}),
        ...(token ? { token } : {}),
        delaySeconds: delay,
        ...(maxFileSize ? { maxFileSize } : {}),
        log: io.log,
    });
    const names = Object.keys(users);
    const access = names.length > 0
        ? `every request needs a user: ${[...names, ...(token ? ['__token__'] : [])].join(', ')} (HTTP Basic, the password you set)`
        : token
            ? `uploads need an API token (user __token__, password: the token you set)${values.plain ? '; reads too' : ''}`
            : 'open to anyone (no --token)';
    io.out(`Local package index at ${index.url}${values.plain ? ' (plain: the simple API only, 409 for an existing file)' : ''}\n`
        + `  upload (twine --repository-url): ${index.uploadUrl}\n`
        + `  simple (pip --index-url):        ${index.simpleUrl}\n`
        + (index.jsonUrl ? `  JSON API:                        ${index.jsonUrl}<project>/json\n` : '')
        + `  files and state:                 ${values.dir}\n`
        + `  access:                          ${access}\n`
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The local index did not close cleanly after ${signal}: ${err.message}`);
    }
    io.out(`Local package index stopped (${signal}).\n`);
    return 0;
}


/***/ })

};
