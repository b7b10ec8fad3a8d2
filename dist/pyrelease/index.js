#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 26848:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 92453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ asksForHelp),
/* harmony export */   Du: () => (/* binding */ parseCommandLine),
/* harmony export */   Hn: () => (/* binding */ USAGE_EXIT),
/* harmony export */   U0: () => (/* binding */ usageLine),
/* harmony export */   Wr: () => (/* binding */ processIo)
/* harmony export */ });
/* unused harmony export describeArgsError */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var _print_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(17721);
/**
 * One way every `pyrelease` subcommand reads its command line: `--help`/`-h`
 * prints the usage and exits 0 (wherever it stands before `--`), and a
 * command line node:util's parseArgs refuses (an unknown option, a missing
 * value) gets one line naming the problem and exit 2, never a stack trace.
 */


/** The process's own streams, through the one printer (src/cli/print.ts). */
const processIo = { out: _print_js__WEBPACK_IMPORTED_MODULE_1__/* .out */ .FD, err: _print_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._q };
/** Exit status for bad usage, as getopt-style tools use it. */
const USAGE_EXIT = 2;
/** `--help` or `-h` among the options (not after `--`, where it would be an argument). */
function asksForHelp(argv) {
    const end = argv.indexOf('--');
    return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}
/** parseArgs' error as one short line: "unknown option '--bogus'". */
function describeArgsError(error) {
    // Duck-typed: an error from another realm (a test's vm context) is not `instanceof Error`.
    const raw = error?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    const unknown = /^Unknown option '([^']*)'/.exec(message);
    if (unknown)
        return `unknown option '${unknown[1]}'`;
    const unexpected = /^Unexpected argument '([^']*)'/.exec(message);
    if (unexpected)
        return `unexpected argument '${unexpected[1]}': this command takes no arguments besides its options`;
    const first = message.split('\n')[0].replace(/\.$/, '');
    return first.charAt(0).toLowerCase() + first.slice(1);
}
/** The one line printed for bad usage, pointing at the help. */
function usageLine(command, problem) {
    return `pyrelease ${command}: ${problem} (see 'pyrelease ${command} --help')\n`;
}
/**
 * parseArgs with the suite's conventions. Returns the parsed command line, or
 * the exit status when it has already answered (0 after the usage, 2 after a
 * refusal).
 */
function parseCommandLine(command, usage, config, io = processIo) {
    if (asksForHelp(config.args)) {
        io.out(usage);
        return 0;
    }
    try {
        // strict (parseArgs' default): an unknown option is refused, never taken as an argument.
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)(config);
    }
    catch (error) {
        io.err(usageLine(command, describeArgsError(error)));
        return USAGE_EXIT;
    }
}


/***/ }),

/***/ 17721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ cliLogger),
/* harmony export */   FD: () => (/* binding */ out),
/* harmony export */   _q: () => (/* binding */ err),
/* harmony export */   fz: () => (/* binding */ annotate)
/* harmony export */ });
/* unused harmony exports Printer, stdout, stderr */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var _text_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(37289);
/**
 * The one way `pyrelease` prints. What it prints may carry text from outside
 * (a project's files, an index's answers, a leg's result file), so every
 * chunk goes through `printable` (secrets scrubbed, control characters
 * escaped: no ESC sequence reaches a terminal). On a GitHub runner
 * (GITHUB_ACTIONS=true) stdout and stderr are read for workflow commands, so a
 * chunk in which a line would run as one is fenced by `::stop-commands::` and
 * a fresh random token, as the actions' printer does (src/actions/shared/print.ts).
 */


/** One output stream; it remembers the line it is in the middle of, since a command may be made of two chunks. */
class Printer {
    sink;
    onRunner;
    partial = '';
    constructor(sink, onRunner) {
        this.sink = sink;
        this.onRunner = onRunner;
    }
    write(chunk) {
        const text = (0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(chunk);
        if (!this.onRunner() || !(0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsCommand */ .e5)(this.partial + text)) {
            this.sink.write(text);
            this.remember(text);
            return;
        }
        let token;
        do
            token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
        while (text.includes(token));
        // The fence lines must be lines of their own: end the line in progress first.
        const before = this.partial === '' ? '' : '\n';
        const after = text.endsWith('\n') ? '' : '\n';
        this.sink.write(`${before}::stop-commands::${token}\n${text}${after}::${token}::\n`);
        this.partial = '';
    }
    /** A workflow command of our own (an annotation), on a line of its own. */
    command(line) {
        this.sink.write(`${this.partial === '' ? '' : '\n'}${line}\n`);
        this.partial = '';
    }
    remember(text) {
        const nl = text.lastIndexOf('\n');
        this.partial = nl < 0 ? this.partial + text : text.slice(nl + 1);
    }
}
const onRunner = () => process.env.GITHUB_ACTIONS === 'true';
const stdout = new Printer(process.stdout, onRunner);
const stderr = new Printer(process.stderr, onRunner);
/** Text for a person on stdout. */
function out(text) {
    stdout.write(text);
}
/** Progress, warnings and errors on stderr. */
function err(text) {
    stderr.write(text);
}
/** @actions/core's escaping of command data: the message stays on the command's one line. */
function commandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** An annotation on the run page when on a runner, else a `level: message` line; on stderr. */
function annotate(level, message) {
    if (onRunner())
        stderr.command(`::${level}::${commandData((0,_text_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)(message))}`);
    else
        err(`${level}: ${message}\n`);
}
/** The domain's Logger for the CLI: info on stdout, the rest on stderr with a level prefix. */
const cliLogger = {
    info: (m) => out(`${m}\n`),
    warning: (m) => err(`warning: ${m}\n`),
    error: (m) => err(`error: ${m}\n`),
    debug: (m) => {
        if (process.env.PYRELEASE_DEBUG)
            err(`debug: ${m}\n`);
    },
};


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * An error whose message is written for the person running the release: what
 * went wrong and what to do about it. Entries print it as the single
 * `::error::` line; anything else is treated as a bug and printed with its stack.
 */
class UserError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UserError';
    }
}


/***/ }),

/***/ 66246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ runSecrets),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   tZ: () => (/* binding */ scrubSecretsDeep)
/* harmony export */ });
/* unused harmony exports FRAGMENT_LENGTH, MIN_SCRUBBED, SCRUBBED, fragmentLength, fragmentsOf, SecretRegistry, holdsSecret */
/**
 * The one place that knows every secret of the run (tokens, passwords, URL
 * credentials, OIDC tokens, AWS secrets), and text with them scrubbed out.
 * The actions fill it (src/actions/shared/print.ts also masks each value with
 * the runner); the printer scrubs every line with it, and every writer of a
 * summary, an output or a file for later jobs scrubs what it writes, since the
 * runner masks the log only.
 *
 * The runner masks a secret only where it appears whole and on one line. An
 * index that echoes a token cut at 500 characters, or split over two lines,
 * leaves pieces the runner cannot recognise, so this scrubs fragments too:
 *
 * - a secret is replaced wherever it appears whole (as typed, JSON-escaped and
 *   percent-encoded);
 * - any run of FRAGMENT_LENGTH (8) or more characters that also appears inside a
 *   secret is replaced as well, wherever it is: at a cut, or on either side of
 *   a line break or other whitespace (whitespace is skipped when comparing, and
 *   kept in the text). A secret shorter than 16 characters uses half its
 *   length (at least 4) instead, so no fragment shows more than half of it;
 *   one shorter than 8 characters is replaced only whole.
 * - a window with fewer than 4 different characters ("00000000", "========")
 *   tells nothing about the secret and matches ordinary text (digests, padding),
 *   so it never counts as a fragment.
 * What can still show is a piece shorter than the fragment length at the very
 * edge of a cut: at most 7 characters of a long token.
 *
 * A value shorter than MIN_SCRUBBED (4) characters is left to the runner's
 * mask: scrubbing it would blank that letter or pair in every output and file
 * of the run, and a value that short protects nothing.
 */
const FRAGMENT_LENGTH = 8;
const MIN_SCRUBBED = 4;
const MIN_SHORT_FRAGMENT = 4;
const MIN_DISTINCT = 4;
const SCRUBBED = '***';
/** The fragment length for `secret`, or undefined when it is scrubbed only whole. */
function fragmentLength(secret) {
    const length = secret.replace(/\s+/g, '').length;
    if (length < FRAGMENT_LENGTH)
        return undefined;
    return length >= 2 * FRAGMENT_LENGTH ? FRAGMENT_LENGTH : Math.max(MIN_SHORT_FRAGMENT, Math.ceil(length / 2));
}
function distinct(text) {
    return new Set(text).size;
}
/** The windows of `secret` (whitespace removed) that count as fragments. */
function fragmentsOf(secret) {
    const length = fragmentLength(secret);
    if (length === undefined)
        return undefined;
    const compact = secret.replace(/\s+/g, '');
    const windows = [];
    for (let i = 0; i + length <= compact.length; i++) {
        const w = compact.slice(i, i + length);
        if (distinct(w) >= Math.min(MIN_DISTINCT, length))
            windows.push(w);
    }
    return { length, windows };
}
const htmlEscaped = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The forms a secret takes in text a program writes: as given, trimmed, JSON-escaped, percent-encoded, HTML-escaped (summaries). */
function formsOf(secret) {
    const forms = new Set();
    for (const s of [secret, secret.trim()]) {
        if (s.trim() === '')
            continue;
        forms.add(s);
        forms.add(JSON.stringify(s).slice(1, -1));
        forms.add(encodeURIComponent(s));
        forms.add(htmlEscaped(s));
    }
    return [...forms];
}
/** What fragment matching looks through: whitespace and invisible format characters (Unicode Cf). */
const SKIPPED = /[\s\p{Cf}]/u;
/** A format character, or half of one beyond the BMP (a tag character), tested one UTF-16 unit at a time. */
const INVISIBLE = /[\p{Cf}\uD800-\uDFFF]/u;
class SecretRegistry {
    /** every form added, scrubbed or not */
    known = new Set();
    /** the forms scrubbed */
    values = new Set();
    /** fragment length → windows of that length */
    windows = new Map();
    /** values longest first, so a secret that contains another is replaced whole */
    sorted = [];
    /** Adds `secret` in every form it may take; returns the forms that were not known before (for the runner to mask). */
    add(secret) {
        if (secret === undefined)
            return [];
        const added = formsOf(secret).filter((f) => !this.known.has(f));
        for (const form of added) {
            this.known.add(form);
            if (form.length < MIN_SCRUBBED)
                continue;
            this.values.add(form);
            const f = fragmentsOf(form);
            if (!f)
                continue;
            let set = this.windows.get(f.length);
            if (!set)
                this.windows.set(f.length, (set = new Set()));
            for (const w of f.windows)
                set.add(w);
        }
        if (added.length > 0)
            this.sorted = [...this.values].sort((a, b) => b.length - a.length);
        return added;
    }
    get size() {
        return this.values.size;
    }
    /** Whether `text` holds a secret whole (in any of its forms); fragments are not counted. */
    holds(text) {
        return this.sorted.some((v) => text.includes(v));
    }
    /** `text` with every secret and every fragment of one replaced by ***. */
    scrub(text) {
        if (this.values.size === 0 || text === '')
            return text;
        let out = text;
        for (const v of this.sorted)
            if (out.includes(v))
                out = out.split(v).join(SCRUBBED);
        return this.windows.size === 0 ? out : this.scrubFragments(out);
    }
    /** A JSON-like value with every string in it (keys included) scrubbed. */
    scrubDeep(value) {
        if (this.values.size === 0)
            return value;
        const walk = (v) => {
            if (typeof v === 'string')
                return this.scrub(v);
            if (Array.isArray(v))
                return v.map(walk);
            if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.scrub(k), walk(x)]));
            }
            return v;
        };
        return walk(value);
    }
    scrubFragments(text) {
        // Compared without whitespace, so a fragment broken over two lines is still one run, and
        // without invisible format characters (zero-width space, joiners, BOM, soft hyphen), which a
        // server could put between the characters of a token that would then read as whole.
        const at = [];
        let compact = '';
        for (let i = 0; i < text.length;) {
            // By code point: the invisible tag characters (U+E0000…) are surrogate pairs.
            const ch = String.fromCodePoint(text.codePointAt(i));
            if (!SKIPPED.test(ch)) {
                for (let j = i; j < i + ch.length; j++) {
                    at.push(j);
                    compact += text[j];
                }
            }
            i += ch.length;
        }
        const covered = new Uint8Array(text.length);
        let any = false;
        for (const [length, set] of this.windows) {
            for (let i = 0; i + length <= compact.length; i++) {
                if (!set.has(compact.slice(i, i + length)))
                    continue;
                for (let j = i; j < i + length; j++)
                    covered[at[j]] = 1;
                any = true;
            }
        }
        if (!any)
            return text;
        // An invisible character inside a covered run goes with it; whitespace stays.
        for (let k = 0; k + 1 < at.length; k++) {
            if (!covered[at[k]] || !covered[at[k + 1]])
                continue;
            for (let i = at[k] + 1; i < at[k + 1]; i++)
                if (INVISIBLE.test(text[i]))
                    covered[i] = 1;
        }
        // Each covered stretch between whitespace becomes one ***; the whitespace (a line break) stays.
        let out = '';
        for (let i = 0; i < text.length; i++) {
            if (!covered[i]) {
                out += text[i];
                continue;
            }
            if (i === 0 || !covered[i - 1])
                out += SCRUBBED;
        }
        return out;
    }
}
/** The registry of this process: one action run (each bundle has its own), or one CLI command. */
const runSecrets = new SecretRegistry();
/** Text with every secret of the run, and every fragment of one, replaced by ***. */
function scrubSecrets(text) {
    return runSecrets.scrub(text);
}
/** Whether `text` holds a secret of the run whole: for text about to be published, which is refused rather than scrubbed. */
function holdsSecret(text) {
    return runSecrets.holds(text);
}
/** A JSON-like value (a result file, a manifest) with every string scrubbed, for files later jobs read. */
function scrubSecretsDeep(value) {
    return runSecrets.scrubDeep(value);
}


/***/ }),

/***/ 37289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   e5: () => (/* binding */ holdsCommand),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony exports escapeControls, runsAsCommand, MAX_MESSAGE_CHARS */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66246);
/**
 * Text that came from outside (a server's answer, a file, an input) made safe
 * to print where the GitHub runner reads it. The runner reads its output line
 * by line (a bare CR ends a line too) and runs as a workflow command
 *   - a line that starts with `::` once leading whitespace is trimmed
 *     (`::set-output name=x::…`, `::stop-commands::…`, `::add-mask::…`), and
 *   - the legacy `##[command]` form anywhere in a line
 * (actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse).
 * Control characters also rewrite what a terminal or the log viewer shows (ESC
 * sequences, bidi overrides). This module is pure: the printers
 * (src/actions/shared/print.ts, src/cli/print.ts) decide how to fence what
 * `holdsCommand` finds.
 */

/**
 * Escaped as \xNN or \uNNNN: C0 controls but tab and line feed, a CR that is
 * not part of CRLF (the runner ends a line there), DEL, C1 controls, the Unicode
 * line and paragraph separators, and the bidi embedding, override and isolate
 * controls.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function hex(code, width) {
    return code.toString(16).toUpperCase().padStart(width, '0');
}
function escapeControls(text) {
    return text
        .replace(/\r\n/g, '\n')
        .replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    });
}
/**
 * Whether the runner would run something in this line. Leading whitespace is
 * what .NET's TrimStart removes, a superset taken to be safe (NEL included).
 */
function runsAsCommand(line) {
    return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}
/** Whether any line of `text` (split as the runner splits, on LF, CR or CRLF) would run as a command. */
function holdsCommand(text) {
    return text.split(/\r\n|\r|\n/).some(runsAsCommand);
}
/** Untrusted text ready for a printer: every secret of the run scrubbed (fragments included), controls escaped. */
function printable(text) {
    return escapeControls((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .scrubSecrets */ .Zg)(text));
}
/** The most of a server's own words a message keeps: enough for any real one, and no page of it in a log or summary. */
const MAX_MESSAGE_CHARS = 500;
/** `text` cut to `max` characters, saying how many more there were. */
function clip(text, max = MAX_MESSAGE_CHARS) {
    return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./lib/buffer-sweeping.js
/**
 * Dead Buffers freed by the collection that finds them dead, instead of later
 * on a background thread.
 *
 * Every read from a socket or a file hands the process a fresh Buffer (node:http
 * copies each piece of a body out of its parser), so a download at 400 MB/s makes
 * 400 MB/s of Buffers that are dead a millisecond after they arrive. V8 finds them
 * dead at each young-generation collection, but by default frees their memory on
 * a background thread. On a busy two-core runner that thread waits for CPU, and
 * tens of megabytes of dead Buffers stay in the process meanwhile. Measured on
 * this suite's machine (bench/README.md, "Dead Buffers, freed by the collection
 * that finds them"): a bare node:http downloader fetching 30 × 40 MB from
 * moto_server, 10 at a time, peaked at 96–111 MiB by default and at 84–85 MiB
 * with this, at the same speed.
 *
 * V8 reads the flag at each collection, after finishing any sweep still in flight
 * (ArrayBufferSweeper::RequestSweep), so setting it while the process runs takes
 * effect and cannot catch a sweep half done; the flag is process-wide, so the
 * hashing workers get it too. A V8 without the flag would print "unrecognized
 * flag" on stderr and carry on as before; test/unit/buffer-sweeping.test.ts
 * checks the Node that runs the tests.
 */

let set = false;
function sweepDeadBuffersPromptly() {
    if (set)
        return;
    set = true;
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-concurrent-array-buffer-sweeping');
}

// EXTERNAL MODULE: ./lib/errors.js
var errors = __nccwpck_require__(452);
// EXTERNAL MODULE: ./lib/cli/args.js
var args = __nccwpck_require__(92453);
// EXTERNAL MODULE: ./lib/cli/print.js
var print = __nccwpck_require__(17721);
;// CONCATENATED MODULE: ./lib/cli/main.js




const USAGE = `pyrelease — release Python packages with native wheels

Usage:
  pyrelease bump (--bump KIND | --version V) [--dry-run] [--no-commit] [DIR]
                                                             bump the version in a local git checkout and commit it
  pyrelease brief --manifest FILE [--results DIR] [--plan FILE] ...
                                                             write the approval brief: legs, coverage, verdict
  pyrelease check [--json] [--max-file-size BYTES] FILE...   run PyPI's upload rules on distributions
  pyrelease plan-verify --manifest FILE [--json] [--runner KIND=LABEL]...
                                                             plan the verify matrix: every wheel installed once
  pyrelease serve-index --dir DIR [--port P] [--host H] [--token T] [--delay S]
                                                             an embedded PyPI-compatible index
  pyrelease hash [--json] FILE...                            sha256 and blake2b-256 (as twine sends them), one read
  pyrelease rehearse [...]                                   the whole release pipeline locally

'pyrelease COMMAND --help' shows the options of a command.
`;
const commands = {
    brief: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(586), __nccwpck_require__.e(542), __nccwpck_require__.e(886)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79509))).briefCommand,
    bump: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(205), __nccwpck_require__.e(315), __nccwpck_require__.e(695)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4888))).bumpCommand,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(438), __nccwpck_require__.e(826), __nccwpck_require__.e(586), __nccwpck_require__.e(275), __nccwpck_require__.e(828), __nccwpck_require__.e(394)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2394))).checkCommand,
    hash: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(438), __nccwpck_require__.e(275), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74812))).hashCommand,
    'plan-verify': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(586), __nccwpck_require__.e(924), __nccwpck_require__.e(358)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36829))).planVerifyCommand,
    'serve-index': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(438), __nccwpck_require__.e(826), __nccwpck_require__.e(680), __nccwpck_require__.e(586), __nccwpck_require__.e(275), __nccwpck_require__.e(828), __nccwpck_require__.e(675), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 50684))).serveIndexCommand,
    rehearse: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(438), __nccwpck_require__.e(826), __nccwpck_require__.e(205), __nccwpck_require__.e(917), __nccwpck_require__.e(680), __nccwpck_require__.e(969), __nccwpck_require__.e(586), __nccwpck_require__.e(275), __nccwpck_require__.e(828), __nccwpck_require__.e(315), __nccwpck_require__.e(675), __nccwpck_require__.e(542), __nccwpck_require__.e(924), __nccwpck_require__.e(143)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78143))).rehearseCommand,
};
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === 'help' && rest[0] && commands[rest[0]])
        return (await commands[rest[0]]())(['--help']);
    if (name === undefined || name === 'help' || (0,args/* asksForHelp */.BO)([name])) {
        // Asked for, the usage is the answer; without a command it is the reason for exit 2.
        (name === undefined ? print/* err */._q : print/* out */.FD)(USAGE);
        return name === undefined ? args/* USAGE_EXIT */.Hn : 0;
    }
    const load = commands[name];
    if (!load) {
        (0,print/* err */._q)(`pyrelease: unknown command '${name}'; the commands are ${Object.keys(commands).sort().join(', ')} (see 'pyrelease --help')\n`);
        return args/* USAGE_EXIT */.Hn;
    }
    return (await load())(rest);
}
// A reader that stops early (`pyrelease … | head -1`) closes the pipe: stop as a
// shell tool killed by SIGPIPE would (status 128 + 13), without a trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        process.exit(141);
    });
}
// Node exits 0 once nothing is left to run, even with main() still waiting on a callback that
// never comes: a check that never finished must not look like one that passed.
let settled = false;
process.on('beforeExit', () => {
    if (settled)
        return;
    settled = true;
    (0,print/* err */._q)('pyrelease stopped before it finished: it was waiting for something that can no longer happen (a bug, please report it)\n');
    process.exitCode = 1;
});
sweepDeadBuffersPromptly();
main(process.argv.slice(2)).finally(() => {
    settled = true;
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    if (error instanceof errors/* UserError */.y) {
        (0,print/* err */._q)(`error: ${error.message}\n`);
    }
    else {
        (0,print/* err */._q)(`pyrelease failed unexpectedly (a bug, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
});

