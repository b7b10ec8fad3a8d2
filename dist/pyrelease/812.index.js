export const id = 812;
export const ids = [812];
export const modules = {

/***/ 4812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashCommand: () => (/* binding */ hashCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var _distributions_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2558);



/**
 * Prints the digests twine sends with an upload (sha256 and blake2b-256), in
 * one read of each file, so a release engineer can compare them with what an
 * index or a manifest reports.
 */
async function hashCommand(argv) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    if (positionals.length === 0) {
        process.stderr.write('usage: pyrelease hash [--json] FILE...\n');
        return 2;
    }
    const rows = [];
    for (const path of positionals)
        rows.push({ filename: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(path), ...(await (0,_distributions_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hashFile */ .DC)(path)) });
    if (values.json) {
        process.stdout.write(`${JSON.stringify(rows.map((r) => ({ filename: r.filename, size: r.size, sha256: r.sha256, blake2b_256: r.blake2b256 })), null, 2)}\n`);
    }
    else {
        for (const r of rows)
            process.stdout.write(`sha256=${r.sha256}  blake2b_256=${r.blake2b256}  size=${r.size}  ${r.filename}\n`);
    }
    return 0;
}


/***/ })

};
