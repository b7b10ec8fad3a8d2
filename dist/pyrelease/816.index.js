export const id = 816;
export const ids = [816];
export const modules = {

/***/ 5816:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rehearseCommand: () => (/* binding */ rehearseCommand)
/* harmony export */ });
/** The local rehearsal arrives with the pipeline issue; until then it says so and fails. */
async function rehearseCommand(_argv) {
    process.stderr.write('pyrelease rehearse is not implemented yet: the local rehearsal of the whole pipeline arrives with the\n' +
        'pipeline issue. The actions and `pyrelease check` / `pyrelease serve-index` work today.\n');
    return 1;
}


/***/ })

};
