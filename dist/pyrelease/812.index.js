export const id = 812;
export const ids = [812];
export const modules = {

/***/ 74812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashCommand: () => (/* binding */ hashCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _hashing_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69275);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92453);





const USAGE = `usage: pyrelease hash [--json] FILE...

Prints the sha256 and blake2b-256 of each file (the digests twine sends with an
upload), reading each file once.

  --json       a JSON list: filename, size, sha256, blake2b_256
  -h, --help   this text
`;
/**
 * Prints the digests twine sends with an upload (sha256 and blake2b-256), in
 * one read of each file, so a release engineer can compare them with what an
 * index or a manifest reports.
 */
async function hashCommand(argv, io = _args_js__WEBPACK_IMPORTED_MODULE_4__/* .processIo */ .Wr) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandLine */ .Du)('hash', USAGE, { args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } }, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
        io.err(USAGE);
        return _args_js__WEBPACK_IMPORTED_MODULE_4__/* .USAGE_EXIT */ .Hn;
    }
    for (const path of positionals) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${path}: no such file (pyrelease hash reads files, not directories)`);
    }
    const rows = [];
    for (const path of positionals)
        rows.push({ filename: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), ...(await (0,_hashing_index_js__WEBPACK_IMPORTED_MODULE_2__.hash)(path, ['sha256', 'blake2b256'])) });
    if (values.json) {
        io.out(`${JSON.stringify(rows.map((r) => ({ filename: r.filename, size: r.size, sha256: r.sha256, blake2b_256: r.blake2b256 })), null, 2)}\n`);
    }
    else {
        for (const r of rows)
            io.out(`sha256=${r.sha256}  blake2b_256=${r.blake2b256}  size=${r.size}  ${r.filename}\n`);
    }
    return 0;
}


/***/ })

};
