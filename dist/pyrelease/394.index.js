export const id = 394;
export const ids = [394];
export const modules = {

/***/ 2394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCommand: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _distributions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33353);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83052);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92453);






const USAGE = `usage: pyrelease check [--json] [--max-file-size 100M] [--version V] FILE|DIR...

Runs PyPI's upload rules (and twine check's) on wheels and sdists, offline, and
reports every problem at once. A directory stands for the .whl, .tar.gz and
.zip files in it. Exit 1 when any file would be refused.

  --json                one JSON object: ok, files (with digests), problems
  --max-file-size SIZE  PyPI's per-file limit to apply (default 100M)
  --version V           the version every file must carry
  -h, --help            this text
`;
const DISTRIBUTION = /\.(whl|tar\.gz|zip)$/;
/**
 * `twine check` with PyPI's upload rules added: every problem PyPI would
 * refuse, found offline and reported all at once. Exit 1 on any problem.
 */
async function checkCommand(argv, io = _args_js__WEBPACK_IMPORTED_MODULE_5__/* .processIo */ .Wr) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandLine */ .Du)('check', USAGE, {
        args: argv,
        allowPositionals: true,
        options: {
            json: { type: 'boolean', default: false },
            'max-file-size': { type: 'string' },
            version: { type: 'string' },
        },
    }, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
        io.err(USAGE);
        return _args_js__WEBPACK_IMPORTED_MODULE_5__/* .USAGE_EXIT */ .Hn;
    }
    let maxFileSize;
    if (values['max-file-size'] !== undefined) {
        maxFileSize = (0,_units_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSize */ .DB)(values['max-file-size']);
        if (maxFileSize === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`--max-file-size: use bytes or a size such as 100M (got ${values['max-file-size']})`);
    }
    const paths = positionals.flatMap(expand);
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`no distributions (.whl, .tar.gz) found in ${positionals.join(', ')}`);
    const result = await (0,_distributions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .preflight */ .Mz)(paths, { maxFileSize, expectedVersion: values.version });
    if (values.json) {
        const report = {
            ok: result.problems.length === 0,
            files: result.files.map((f) => ({ filename: f.filename, path: f.path, size: f.size, sha256: f.sha256, blake2b_256: f.blake2b256 })),
            problems: result.problems,
            warnings: result.warnings,
        };
        io.out(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
        io.out(`${(0,_distributions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblemsTable */ .OH)(result.files, result.problems, result.warnings)}\n`);
    }
    return result.problems.length === 0 ? 0 : 1;
}
function expand(path) {
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${path}: no such file or directory`);
    }
    if (!stat.isDirectory())
        return [path];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path)
        .filter((name) => DISTRIBUTION.test(name))
        .sort()
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, name));
}


/***/ })

};
