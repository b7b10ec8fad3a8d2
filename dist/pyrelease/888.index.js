export const id = 888;
export const ids = [888];
export const modules = {

/***/ 4888:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bumpCommand: () => (/* binding */ bumpCommand)
/* harmony export */ });
/* harmony import */ var _commands_bump_version_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51315);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97309);
/* harmony import */ var _print_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17721);
/* harmony import */ var _versions_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12599);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92453);






const USAGE = `usage: pyrelease bump (--bump PART | --version X) [options] [DIR]

Bumps the version in every file of the Python project in DIR (default: the
current directory) that holds it, then commits exactly those files with git on
a new branch.

  --bump PART          ${_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUMPS */ .ou.join(', ')}
  --version X          an explicit new version (normalized, e.g. 1.0-RC1 → 1.0rc1)
  --files SPEC         a version file: path, path:regex-with-one-group or
                       path:toml.dotted.key (repeatable; default: detect them)
  --scheme S           ${_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMES */ .dz.join(' or ')} (default pep440)
  --allow-downgrade    allow an explicit version lower than the current one
  --branch TEMPLATE    branch to create (default release/v{version})
  --message TEMPLATE   commit message (default "Bump version to {version}";
                       {version} and {previous} are replaced)
  --no-commit          rewrite the files only: no branch, no commit
  --dry-run            print the diff and change nothing
  -h, --help           this text
`;
/** `pyrelease bump`: bump-version on a local checkout. Exit 0 on success, 1 on any refusal. */
async function bumpCommand(argv, io = _args_js__WEBPACK_IMPORTED_MODULE_5__/* .processIo */ .Wr) {
    try {
        return await run(argv, io);
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y))
            throw err;
        io.err(`error: ${err.message}\n`);
        return 1;
    }
}
async function run(argv, io) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCommandLine */ .Du)('bump', USAGE, {
        args: argv,
        allowPositionals: true,
        options: {
            bump: { type: 'string' },
            version: { type: 'string' },
            files: { type: 'string', multiple: true },
            scheme: { type: 'string', default: 'pep440' },
            'allow-downgrade': { type: 'boolean', default: false },
            branch: { type: 'string', default: 'release/v{version}' },
            message: { type: 'string', default: 'Bump version to {version}' },
            'no-commit': { type: 'boolean', default: false },
            'dry-run': { type: 'boolean', default: false },
        },
    }, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values, positionals } = parsed;
    if (positionals.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`give at most one directory (got ${positionals.join(' ')})\n${USAGE}`);
    if (values.bump !== undefined && !(0,_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isBump */ .dY)(values.bump))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--bump: unknown part "${values.bump}"; use one of ${_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .BUMPS */ .ou.join(', ')}.`);
    if (!(0,_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isScheme */ .Wr)(values.scheme))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--scheme: unknown scheme "${values.scheme}"; use ${_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMES */ .dz.join(' or ')}.`);
    if (values.bump === undefined && values.version === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`give --bump PART or --version X\n${USAGE}`);
    const outcome = await (0,_commands_bump_version_index_js__WEBPACK_IMPORTED_MODULE_0__/* .bumpLocally */ .Hk)({
        dir: positionals[0] ?? process.cwd(),
        bump: values.bump,
        version: values.version,
        files: values.files?.join('\n'),
        scheme: values.scheme,
        allowDowngrade: values['allow-downgrade'],
        branchTemplate: values.branch,
        commitMessage: values.message,
        commit: !values['no-commit'],
        dryRun: values['dry-run'],
    }, values['dry-run'] ? _log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .q : { ..._print_js__WEBPACK_IMPORTED_MODULE_3__/* .cliLogger */ .$v, info: () => { } });
    const { plan } = outcome;
    io.out(`${plan.previous} → ${plan.next}\n${(0,_commands_bump_version_index_js__WEBPACK_IMPORTED_MODULE_0__/* .changesText */ .Tb)(plan)}\n`);
    if (outcome.dryRun) {
        io.out(`\n${(0,_versions_index_js__WEBPACK_IMPORTED_MODULE_4__/* .unifiedDiff */ .WH)(plan.changes)}\nDry run: nothing was written.\n`);
    }
    else if (outcome.commitSha) {
        io.out(`Committed ${outcome.commitSha} on the new branch ${outcome.branch}: ${outcome.message.split('\n')[0]}\n`);
    }
    else {
        io.out('Rewrote the files; nothing was committed (--no-commit).\n');
    }
    return 0;
}


/***/ })

};
