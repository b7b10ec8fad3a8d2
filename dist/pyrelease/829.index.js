export const id = 829;
export const ids = [829];
export const modules = {

/***/ 36829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planVerifyCommand: () => (/* binding */ planVerifyCommand)
/* harmony export */ });
/* harmony import */ var _commands_plan_verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77924);
/* harmony import */ var _distributions_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92453);
/**
 * `pyrelease plan-verify`: the verify matrix for a manifest, so that every
 * wheel is installed once on a runner that can install it (see
 * src/commands/plan-verify/). --json prints what strategy.matrix takes plus
 * the wheels no planned runner can install; without it, two tables.
 */




const USAGE = `usage: pyrelease plan-verify --manifest FILE [--json] [--runner KIND=LABEL]...

Plans the verify matrix for the wheels of a manifest: every wheel installed at
least once, on a runner that can install it; wheels of one runner, Python and
container share a leg. Wheels no planned runner can install are listed with
the reason.

  --manifest FILE      the manifest fetch-wheels or pypi-publish wrote
  --json               {"include": [...], "unverifiable": [...]}, for strategy.matrix
  --runner KIND=LABEL  run KIND's legs on LABEL (or LABEL,LABEL,… for several
                       labels), instead of the GitHub-hosted image; repeatable.
                       KIND: linux-x86_64, linux-aarch64, linux-armv7l,
                       linux-ppc64le, linux-s390x, linux-riscv64, macos-arm64,
                       macos-x86_64, windows-amd64, windows-arm64
  -h, --help           this text

Exit status: 0 planned; 1 no wheel can be installed anywhere, or a bad
manifest; 2 bad usage.
`;
async function planVerifyCommand(argv, io = _args_js__WEBPACK_IMPORTED_MODULE_3__/* .processIo */ .Wr) {
    const parsed = (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandLine */ .Du)('plan-verify', USAGE, {
        args: argv,
        options: {
            manifest: { type: 'string' },
            json: { type: 'boolean', default: false },
            runner: { type: 'string', multiple: true },
        },
    }, io);
    if (typeof parsed === 'number')
        return parsed;
    const { values } = parsed;
    if (!values.manifest) {
        io.err((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageLine */ .U0)('plan-verify', '--manifest is required'));
        return _args_js__WEBPACK_IMPORTED_MODULE_3__/* .USAGE_EXIT */ .Hn;
    }
    let runners;
    try {
        runners = (0,_commands_plan_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRunnerOverrides */ .bA)(values.runner ?? [], '--runner');
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y))
            throw err;
        io.err((0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .usageLine */ .U0)('plan-verify', err.message.replace(/\.$/, '')));
        return _args_js__WEBPACK_IMPORTED_MODULE_3__/* .USAGE_EXIT */ .Hn;
    }
    const plan = (0,_commands_plan_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .planVerify */ .TU)(await (0,_distributions_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .readManifest */ .WI)(values.manifest), { runners });
    if (plan.include.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`No wheel of ${values.manifest} can be installed on a planned runner, so there is no matrix to run:\n` +
            (plan.unverifiable.length ? plan.unverifiable.map((u) => `  ${u.wheel}: ${u.reason}`).join('\n') : '  the manifest lists no wheels'));
    }
    if (values.json) {
        io.out(`${JSON.stringify(plan, null, 2)}\n`);
        return 0;
    }
    const lines = [`${plan.include.length} leg(s) install ${plan.include.reduce((n, l) => n + l.wheels.length, 0)} wheel(s):`, ''];
    for (const leg of plan.include) {
        lines.push(`  ${leg.id}  (${leg.name}; runs-on ${(0,_commands_plan_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runsOnText */ .Rg)(leg['runs-on'])})`);
        for (const w of leg.wheels)
            lines.push(`    ${w}`);
    }
    if (plan.unverifiable.length > 0) {
        lines.push('', `${plan.unverifiable.length} wheel(s) no planned runner can install:`, '');
        for (const u of plan.unverifiable)
            lines.push(`    ${u.wheel}`, `        ${u.reason}`);
    }
    io.out(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
