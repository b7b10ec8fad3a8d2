export const id = 358;
export const ids = [358];
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


/***/ }),

/***/ 63394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y8: () => (/* binding */ FilenameError),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename),
/* harmony export */   h3: () => (/* binding */ parseDistributionFilename),
/* harmony export */   sF: () => (/* binding */ parseSdistFilename)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75787);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60826);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82525);
/**
 * Wheel (PEP 427) and sdist (PEP 625) filenames, parsed with the same rules and
 * the same error texts as `packaging.utils.parse_wheel_filename` /
 * `parse_sdist_filename` (packaging 26), because PyPI answers a bad wheel
 * filename with packaging's message verbatim.
 */




class FilenameError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    filename;
    /** The text packaging (and so PyPI, for wheels) gives for this filename. */
    packagingMessage;
    constructor(filename, packagingMessage, hint) {
        super(`${packagingMessage}. ${hint}`);
        this.filename = filename;
        this.name = 'FilenameError';
        this.packagingMessage = packagingMessage;
    }
}
const WHEEL_HINT = 'A wheel is named {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl (PEP 427), '
    + 'with the name normalized and "-" written as "_".';
const SDIST_HINT = 'An sdist is named {normalized_name}-{version}.tar.gz (PEP 625).';
/** Python's `\w` under re.UNICODE is letters, digits (all numeric categories) and "_". */
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl')) {
        throw new FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, WHEEL_HINT);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    const pieces = stem.split('-');
    // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
    const head = pieces.slice(0, dashes - 2);
    const parts = [...head, pieces.slice(dashes - 2).join('-')];
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        throw new FilenameError(filename, `Invalid project name: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    const normalizedVersion = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(parts[1]);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid wheel filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, WHEEL_HINT);
    }
    let build;
    if (dashes === 5) {
        const match = BUILD_TAG.exec(parts[2]);
        if (!match) {
            throw new FilenameError(filename, `Invalid build number: ${parts[2]} in ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
        }
        build = { number: Number.parseInt(match[1], 10), rest: match[2] };
    }
    const [interpreters, abis, platforms] = parts[parts.length - 1].split('-');
    const pythonTags = interpreters.toLowerCase().split('.');
    const abiTags = abis.toLowerCase().split('.');
    const platformTags = platforms.toLowerCase().split('.');
    const tags = [];
    for (const py of pythonTags) {
        for (const abi of abiTags) {
            for (const plat of platformTags) {
                const tag = `${py}-${abi}-${plat}`;
                if (!tags.includes(tag))
                    tags.push(tag);
            }
        }
    }
    return {
        kind: 'wheel',
        filename,
        name: namePart,
        normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(namePart),
        version: parts[1],
        normalizedVersion,
        ...(build ? { build } : {}),
        pythonTags: unique(pythonTags),
        abiTags: unique(abiTags),
        platformTags: unique(platformTags),
        tags,
    };
}
function parseSdistFilename(filename) {
    let extension;
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else {
        throw new FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    const stem = filename.slice(0, -extension.length);
    // A PEP 440 version cannot contain "-", so the last dash separates name and version.
    const dash = stem.lastIndexOf('-');
    if (dash === -1) {
        throw new FilenameError(filename, `Invalid sdist filename: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalizedVersion = (0,_versions_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version);
    if (normalizedVersion === undefined) {
        throw new FilenameError(filename, `Invalid sdist filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, SDIST_HINT);
    }
    return { kind: 'sdist', filename, name, normalizedName: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeName */ .Pc)(name), version, normalizedVersion, extension };
}
/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
function parseDistributionFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new FilenameError(filename, `Unknown distribution type: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_2__/* .pythonRepr */ .U)(filename)}`, 'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.');
}
function unique(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 75787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Wx: () => (/* binding */ filenameEscapedName)
/* harmony export */ });
/**
 * Project-name rules shared by filenames, METADATA and the index.
 * PEP 503 normalization is the identity of a project everywhere (index URLs,
 * duplicate detection); the underscore form is what PEP 427/625 filenames use.
 */
/** PEP 503: `re.sub(r"[-_.]+", "-", name).lower()`. */
function normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The name as it must appear in a wheel or sdist filename: normalized, with `-` written as `_`. */
function filenameEscapedName(name) {
    return normalizeName(name).replace(/-/g, '_');
}
/**
 * Core metadata `Name` rule (and warehouse's PROJECT_NAME_RE): ASCII letters and
 * digits, with `.`, `_` and `-` allowed only inside.
 */
function isValidProjectName(name) {
    return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}


/***/ }),

/***/ 82525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pythonRepr),
/* harmony export */   d: () => (/* binding */ pythonBytesRepr)
/* harmony export */ });
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function pythonRepr(value) {
    return quoted(value, false);
}
/** `repr()` of Python bytes (`b'PK'`): every byte outside printable ASCII as `\xNN`. */
function pythonBytesRepr(bytes) {
    return 'b' + quoted(Buffer.from(bytes).toString('latin1'), true);
}
function quoted(value, bytes) {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += '\\' + quote;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else if (code >= 0x80 && (bytes || code < 0xa0))
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}


/***/ })

};
