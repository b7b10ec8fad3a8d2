export const id = 695;
export const ids = [695];
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


/***/ }),

/***/ 97309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ silentLogger)
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


/***/ }),

/***/ 57239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _S: () => (/* reexport */ ProcessStartError),
  Qc: () => (/* reexport */ childEnvironment),
  g5: () => (/* reexport */ failureOf),
  fE: () => (/* reexport */ formatCommand),
  $Y: () => (/* reexport */ git),
  Tt: () => (/* reexport */ gitOk),
  Bs: () => (/* reexport */ maskCredentials),
  M3: () => (/* reexport */ pythonEnvironment),
  R3: () => (/* reexport */ runProcess),
  RT: () => (/* reexport */ tail)
});

// UNUSED EXPORTS: DEFAULT_MAX_OUTPUT_BYTES, ProcessError, gitEnvironment

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/process/command.js
/** Command lines and process output as logs and error messages show them. */
/** `https://user:secret@host/` → `https://***@host/`, wherever it appears in an argument. */
function maskCredentials(arg) {
    return arg.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}
/** A command line for logs: masked, quoted where a shell would need it. */
function formatCommand(file, args) {
    return [file, ...args].map((a) => quote(maskCredentials(a))).join(' ');
}
function quote(arg) {
    if (arg === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(arg))
        return arg;
    if (arg.includes('\n')) {
        const lines = arg.split('\n');
        // Embedded scripts start with a comment naming them; the name is what a log reader needs.
        if (lines[0].startsWith('#'))
            return `<${lines[0].replace(/^#\s*/, '')}: ${lines.length}-line script>`;
        // Anything else (a commit message) stays on one log line.
        return `$'${arg.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
    }
    return `'${arg.replace(/'/g, "'\\''")}'`;
}
/** Enough of a failed command's output to act on, for error messages. */
function tail(text, lines = 15) {
    const all = text.trimEnd().split(/\r?\n/);
    return all.slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./lib/process/errors.js
/** Why a process did not do its job, in words that name the command and show its own explanation. */

/** Duck-typed: node's own errors may come from another realm (jest's VM), where `instanceof Error` is false. */
function messageOf(err) {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
}
/** The process never started: no such file, not executable, a missing working directory. */
class ProcessStartError extends Error {
    command;
    /** ENOENT, EACCES… */
    code;
    constructor(command, cause) {
        super(`Could not start ${command}: ${messageOf(cause)}`, { cause });
        this.command = command;
        this.name = 'ProcessStartError';
        const code = cause?.code;
        if (typeof code === 'string')
            this.code = code;
    }
    /** The system's reason alone ("spawn git ENOENT"). */
    get reason() {
        return messageOf(this.cause);
    }
}
/** The process ran but failed: its command line, how it ended, and the end of what it said. */
class ProcessError extends Error {
    result;
    constructor(result, what) {
        super(what);
        this.result = result;
        this.name = 'ProcessError';
    }
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
/** How the run ended, when that was not a success; undefined for a complete exit 0. */
function failureOf(r, opts = {}) {
    let how;
    if (r.timedOut)
        how = `did not finish within ${seconds(r.timeoutMs)} and was stopped`;
    else if (r.signal)
        how = `was ended by ${r.signal}`;
    else if (r.code !== 0)
        how = `exited with code ${r.code}`;
    else if (opts.complete && r.dropped?.stdout)
        how = `printed ${r.dropped.stdout} bytes more than the runner keeps, so its output is incomplete`;
    else
        return undefined;
    const said = tail(r.stderr || r.stdout);
    return new ProcessError(r, `${r.command} ${how}${said ? `:\n${said}` : '.'}`);
}

;// CONCATENATED MODULE: ./lib/process/run.js
/**
 * The one way this project starts a process (the index server and the
 * hashing workers aside): an argument array, never a shell; an environment
 * the caller built with `./environment.ts`; a timeout that kills; output
 * captured up to a limit (the tail is kept, since that is where a failure
 * explains itself); and a start failure told apart from a failed exit.
 *
 * Why not @actions/exec underneath: its ToolRunner keeps the ChildProcess to
 * itself, so nothing can kill a process that hangs (no timeout, no abort); it
 * leaves stdin an open pipe when there is no input, so a child that reads
 * stdin waits forever, and writes `input` without an error handler (EPIPE
 * from a child that exits first is thrown in the runner); it reports a death
 * by signal as exit code null; it resolves a bare command name against the
 * runner's own PATH, not the environment it is given; and it finishes 10 s
 * after exit when a grandchild holds the output pipes. It also prints
 * `[command]…` and all output to stdout unless silenced, and this runner
 * serves the command line and the rehearsal outside Actions as well.
 *
 * Outside Windows each process (git aside, see `terminal`) leads a process
 * group of its own, so what it leaves behind (a daemon its import forked, a
 * grandchild holding the pipes) is stopped with it: once it has exited and
 * its pipes are closed, or a moment after it exited with the pipes still
 * held, and when the action itself is interrupted (SIGINT, SIGTERM) or exits.
 */




const DEFAULT_MAX_OUTPUT_BYTES = 8 * 1024 * 1024;
/** After the process exited or was killed, how long to wait for the output pipes, which a grandchild may still hold open. */
const PIPE_GRACE_MS = 2000;
/** Process groups (POSIX): a child's descendants can be signalled with it. */
const GROUPS = process.platform !== 'win32';
/** Stops every process group still running, when this process is interrupted or exits. */
const running = new Set();
let hooked = false;
function stopAll() {
    for (const stop of [...running])
        stop();
}
function onSignal(signal) {
    stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    hooked = false;
    // Then what the signal would have done without this handler, unless someone else handles it.
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function track(stop) {
    running.add(stop);
    if (hooked)
        return;
    hooked = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
}
function untrack(stop) {
    running.delete(stop);
    if (running.size > 0 || !hooked)
        return;
    hooked = false;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
}
process.on('exit', stopAll);
/** The last `max` bytes of a stream. */
class OutputTail {
    max;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max) {
            const excess = this.size - this.max;
            const first = this.chunks[0];
            const cut = Math.min(first.length, excess);
            if (cut === first.length)
                this.chunks.shift();
            else
                this.chunks[0] = first.subarray(cut);
            this.size -= cut;
            this.dropped += cut;
        }
    }
    text() {
        return Buffer.concat(this.chunks).toString('utf8');
    }
}
/**
 * Runs `file args...` to the end. Resolves with the exit code and output
 * whatever the exit code (see `failureOf` in ./errors.ts); rejects with a
 * ProcessStartError when the process cannot be started (ENOENT, EACCES, a
 * missing cwd), and with the abort reason when `signal` aborts.
 */
function runProcess(file, args, opts) {
    const command = formatCommand(file, args);
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(opts.signal.reason);
            return;
        }
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: opts.cwd,
                env: opts.env,
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true,
                detached: GROUPS && !opts.terminal,
            });
        }
        catch (err) {
            reject(new ProcessStartError(command, err));
            return;
        }
        const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
        const stdout = new OutputTail(max);
        const stderr = new OutputTail(max);
        let timedOut = false;
        let settled = false;
        let exit;
        let grace;
        /** The process and whatever it started in its group. */
        const kill = () => {
            if (GROUPS && !opts.terminal && child.pid !== undefined) {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // the group is gone
                }
            }
            try {
                child.kill('SIGKILL');
            }
            catch {
                // already gone
            }
        };
        track(kill);
        const cleanUp = () => {
            settled = true;
            clearTimeout(timer);
            if (grace)
                clearTimeout(grace);
            opts.signal?.removeEventListener('abort', onAbort);
            // What it left behind in its group does not outlive it.
            kill();
            untrack(kill);
        };
        const complete = (code, signal) => {
            if (settled)
                return;
            cleanUp();
            const result = {
                command,
                code: code ?? (signal ? 128 + (external_node_os_.constants.signals[signal] ?? 0) : -1),
                stdout: stdout.text(),
                stderr: stderr.text(),
                timeoutMs: opts.timeoutMs,
            };
            if (signal)
                result.signal = signal;
            if (timedOut)
                result.timedOut = true;
            if (stdout.dropped || stderr.dropped)
                result.dropped = { stdout: stdout.dropped, stderr: stderr.dropped };
            resolve(result);
        };
        /** Done once the process has exited, even while a grandchild keeps the pipes open. */
        const finishSoon = () => {
            grace ??= setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                // Called only after the exit: its code and signal, not the group's kill, say how it ended.
                complete(exit?.code ?? null, exit ? exit.signal : 'SIGKILL');
            }, PIPE_GRACE_MS);
        };
        const onAbort = () => {
            if (settled)
                return;
            kill();
            cleanUp();
            reject(opts.signal.reason);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
            if (exit)
                finishSoon();
        }, opts.timeoutMs);
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', (err) => {
            // Also emitted when a kill fails; only a process that never started has no pid.
            if (child.pid !== undefined || settled)
                return;
            cleanUp();
            reject(new ProcessStartError(command, err));
        });
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            finishSoon();
        });
        child.on('close', (code, signal) => complete(code, signal));
        if (opts.input !== undefined) {
            child.stdin.on('error', () => { });
            child.stdin.end(opts.input);
        }
    });
}

;// CONCATENATED MODULE: ./lib/process/environment.js
/**
 * The variables every process this project starts runs with, decided here and
 * nowhere else: nothing the runner hands only to the action, nothing that
 * points git at a repository other than the one in the working directory, and
 * for Python nothing that changes what the interpreter imports or what pip
 * does.
 */

/**
 * What the runner hands a JavaScript action and nothing it starts should
 * see: the action's inputs (a `token` input arrives as INPUT_TOKEN), the
 * runtime token (artifacts, caches) and the OIDC request pair (which would let
 * code installed from an index mint a trusted-publishing token).
 */
const SECRET = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i;
/**
 * The runner's command files: what is written there becomes the step's outputs and summary, or the
 * environment and PATH of every later step. Only the action writes them.
 */
const COMMAND_FILES = /^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)$/i;
/**
 * git's own list of the variables that locate a repository and its objects
 * (`git rev-parse --local-env-vars`, what git itself clears before it works in
 * another repository), and the numbered `-c` settings GIT_CONFIG_COUNT
 * announces. A git hook inherits GIT_DIR and GIT_INDEX_FILE; a git started
 * from there would otherwise branch, stage and commit in the hook's
 * repository whatever its working directory. GIT_CONFIG_GLOBAL,
 * GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM stay: they choose the user's
 * configuration files, not a repository.
 */
const GIT_REPOSITORY = new Set([
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_CONFIG',
    'GIT_CONFIG_PARAMETERS',
    'GIT_CONFIG_COUNT',
    'GIT_OBJECT_DIRECTORY',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_IMPLICIT_WORK_TREE',
    'GIT_GRAFT_FILE',
    'GIT_INDEX_FILE',
    'GIT_NO_REPLACE_OBJECTS',
    'GIT_REPLACE_REF_BASE',
    'GIT_PREFIX',
    'GIT_INTERNAL_SUPER_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_COMMON_DIR',
]);
const GIT_CONFIG_ENTRY = /^GIT_CONFIG_(KEY|VALUE)_\d+$/;
/**
 * Variables that change which modules an interpreter imports, where it looks
 * for its standard library, or what pip does (PIP_* maps onto every pip
 * option, e.g. PIP_FIND_LINKS or PIP_INDEX_URL, which would let another
 * source satisfy a verification). __PYVENV_LAUNCHER__ makes a macOS framework
 * Python pretend to be another executable.
 */
const PYTHON = /^(PYTHON|PIP_|VIRTUAL_ENV$|__PYVENV_LAUNCHER__$)/i;
/**
 * Credentials a job may keep in its environment (a workflow's `env:` from its
 * secrets: GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, PYPI_API_TOKEN, TWINE_PASSWORD…)
 * and the ssh agent's socket. An interpreter started here runs code from an
 * index: pip runs the build backends of what it installs, and the checks
 * import it. None of that code needs a credential, so none is passed on.
 * Matched by name, as the names of secrets are chosen to say what they hold.
 */
const CREDENTIAL = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_SOCK)/i;
function dropped(key) {
    const upper = key.toUpperCase(); // Windows variable names ignore case
    return SECRET.test(key) || COMMAND_FILES.test(key) || GIT_REPOSITORY.has(upper) || GIT_CONFIG_ENTRY.test(upper);
}
/** The caller's environment without the action's secrets, the runner's command files and git's repository variables. */
function childEnvironment(base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value !== undefined && !dropped(key))
            env[key] = value;
    }
    return env;
}
/** For git: childEnvironment, and never a prompt for credentials (nobody is there to answer). */
function gitEnvironment(base = process.env) {
    return { ...childEnvironment(base), GIT_TERMINAL_PROMPT: '0' };
}
/**
 * For a bare Python interpreter: childEnvironment minus PYTHON*, PIP_* and
 * the like, and minus every credential the job holds (CREDENTIAL), plus:
 * - PYTHONNOUSERSITE: the user's ~/.local site-packages stays invisible (`-s`);
 * - PYTHONIOENCODING: output is UTF-8 whatever the locale (Python 2 would
 *   otherwise fail to print a non-ASCII path into a pipe);
 * - PIP_CONFIG_FILE=os.devnull: pip skips every configuration file (global,
 *   user and site), so a pip.conf with find-links or extra-index-url cannot
 *   add sources the caller did not name.
 */
function pythonEnvironment(base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(childEnvironment(base))) {
        if (!PYTHON.test(key) && !CREDENTIAL.test(key))
            env[key] = value;
    }
    env.PYTHONNOUSERSITE = '1';
    env.PYTHONIOENCODING = 'utf-8';
    env.PIP_CONFIG_FILE = external_node_os_.devNull;
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/process/git.js
/**
 * git, for the local bump and the rehearsal: in the repository at `dir` and
 * no other (see gitEnvironment), never prompting, with a timeout.
 */





const GIT_TIMEOUT_MS = 10 * 60_000;
/** Runs git in `dir`; resolves whatever the exit code, throws a UserError when git is not installed. */
async function git(dir, args, opts = {}) {
    try {
        return await runProcess('git', args, { cwd: dir, env: gitEnvironment(), timeoutMs: opts.timeoutMs ?? GIT_TIMEOUT_MS, terminal: true });
    }
    catch (err) {
        if (err instanceof ProcessStartError && err.code === 'ENOENT') {
            // spawn says ENOENT for a missing working directory too.
            if (!(0,external_node_fs_.existsSync)(dir))
                throw new errors/* UserError */.y(`Cannot run git in ${dir}: the directory does not exist.`);
            throw new errors/* UserError */.y(`git is not installed (or not on PATH). ${opts.ifMissing ?? 'Install git.'}`);
        }
        throw err;
    }
}
/** git's stdout when it succeeded; otherwise a UserError saying what could not be done and what git said. */
async function gitOk(dir, args, doing, opts = {}) {
    const r = await git(dir, args, opts);
    const failure = failureOf(r, { complete: true });
    if (failure)
        throw new errors/* UserError */.y(`Could not ${doing}: ${failure.message}`);
    return r.stdout;
}

;// CONCATENATED MODULE: ./lib/process/index.js
/** Starting processes: the runner, the environments it runs them in, git, and how failures read. */







/***/ }),

/***/ 63854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Es: () => (/* binding */ bumpPep440),
/* harmony export */   FB: () => (/* binding */ parsePep440),
/* harmony export */   J4: () => (/* binding */ formatPep440),
/* harmony export */   OB: () => (/* binding */ canonicalPep440),
/* harmony export */   PG: () => (/* binding */ comparePep440),
/* harmony export */   Xc: () => (/* binding */ parsePep440Parts),
/* harmony export */   ZD: () => (/* binding */ normalizePep440),
/* harmony export */   cB: () => (/* binding */ isPep440Prerelease),
/* harmony export */   k2: () => (/* binding */ comparePep440Versions),
/* harmony export */   vR: () => (/* binding */ rejectLocal)
/* harmony export */ });
/* unused harmony export normalizedPep440 */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/**
 * PEP 440 versions as `packaging.version.Version` has them: the same grammar
 * (its VERSION_PATTERN, surrounding whitespace allowed), the same normal form
 * (`str(Version(v))`) and the same order (`Version._key`). Every number is a
 * BigInt: packaging takes `1.0.post99999999999999999999` and so must we, and a
 * JavaScript number would round it. @renovatebot/pep440 keeps using JS numbers,
 * so it serves for specifiers and validity only, never for numbers or order.
 */

const PHASE_ORDER = { a: 0, b: 1, rc: 2 };
const PHASE_NAME = { a: 'alpha', b: 'beta', rc: 'rc' };
/** What Python's `\s` matches in a str pattern (str.isspace), which JavaScript's `\s` does not quite. */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
/** packaging.version.VERSION_PATTERN, matched case-insensitively between optional whitespace. */
const VERSION = new RegExp(`^${PY_SPACE}*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)`
    + '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?'
    + '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?'
    + '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)'
    + `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?${PY_SPACE}*$`, 'i');
const PRE_SPELLING = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
/** `Version(text)` taken apart, or undefined when packaging would raise InvalidVersion. */
function parsePep440(text) {
    const g = VERSION.exec(text)?.groups;
    if (!g)
        return undefined;
    const post = g.post_n1 ?? g.post_n2 ?? (g.post_l !== undefined ? '0' : undefined);
    return {
        epoch: BigInt(g.epoch ?? 0),
        release: g.release.split('.').map((n) => BigInt(n)),
        pre: g.pre_l !== undefined ? [PRE_SPELLING[g.pre_l.toLowerCase()], BigInt(g.pre_n ?? 0)] : null,
        post: post !== undefined ? BigInt(post) : null,
        dev: g.dev_l !== undefined ? BigInt(g.dev_n ?? 0) : null,
        local: g.local !== undefined
            ? g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? BigInt(s).toString() : s)).join('.')
            : null,
    };
}
/** The normal form, `str(Version(v))`: the spelling PyPI and pip print. */
function formatPep440(p) {
    let s = p.epoch !== 0n ? `${p.epoch}!` : '';
    s += p.release.join('.');
    if (p.pre)
        s += `${p.pre[0]}${p.pre[1]}`;
    if (p.post !== null)
        s += `.post${p.post}`;
    if (p.dev !== null)
        s += `.dev${p.dev}`;
    if (p.local !== null)
        s += `+${p.local}`;
    return s;
}
/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function normalizedPep440(version) {
    const p = parsePep440(version);
    return p ? formatPep440(p) : undefined;
}
/**
 * packaging.utils.canonicalize_version: the normal form with trailing ".0"
 * release segments dropped ("1.0.0" → "1"); how warehouse identifies a release.
 */
function canonicalPep440(p) {
    const release = [...p.release];
    while (release.length > 1 && release[release.length - 1] === 0n)
        release.pop();
    return formatPep440({ ...p, release });
}
const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';
/** Parses as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators), or throws a UserError. */
function parsePep440Parts(version, what = 'version') {
    if (version.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The ${what} is empty. ${SPEC_HINT}`);
    const p = parsePep440(version);
    if (!p)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
    return p;
}
function normalizePep440(version, what) {
    return formatPep440(parsePep440Parts(version, what));
}
const NEG = { inf: -1 };
const POS = { inf: 1 };
/** packaging's `_cmpkey`: the order of versions is the order of these keys. */
function sortKey(p) {
    const release = [...p.release];
    while (release.length > 0 && release[release.length - 1] === 0n)
        release.pop();
    // A dev release of a final sorts before its pre-releases; a final sorts after them.
    const pre = p.pre === null && p.post === null && p.dev !== null ? NEG : p.pre === null ? POS : [p.pre[0], p.pre[1]];
    const post = p.post === null ? NEG : p.post;
    const dev = p.dev === null ? POS : p.dev;
    // Local segments: numbers sort after strings, and compare as numbers.
    const local = p.local === null
        ? NEG
        : p.local.split('.').map((s) => (/^[0-9]+$/.test(s) ? [BigInt(s), ''] : [NEG, s]));
    return [p.epoch, release, pre, post, dev, local];
}
function compareKey(a, b) {
    const infA = typeof a === 'object' && !Array.isArray(a) ? a.inf : 0;
    const infB = typeof b === 'object' && !Array.isArray(b) ? b.inf : 0;
    if (infA !== 0 || infB !== 0)
        return Math.sign(infA - infB);
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
            const c = compareKey(a[i], b[i]);
            if (c !== 0)
                return c;
        }
        return Math.sign(a.length - b.length);
    }
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b ? -1 : a > b ? 1 : 0;
    // Strings (phase letters, local labels) compare by code point, like Python's str.
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b`, as `Version(a) < Version(b)`. */
function comparePep440(a, b) {
    return compareKey(sortKey(a), sortKey(b));
}
/** Compares two version strings; throws a UserError naming one that is not PEP 440. */
function comparePep440Versions(a, b) {
    return comparePep440(parsePep440Parts(a), parsePep440Parts(b));
}
/** PEP 440: a version with a pre-release or a development segment is a pre-release. */
function isPep440Prerelease(version) {
    const p = parsePep440Parts(version);
    return p.pre !== null || p.dev !== null;
}
function rejectLocal(p, version, doing) {
    if (p.local === null)
        return;
    const pub = formatPep440({ ...p, local: null });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
        `has a local label. Use a public version such as ${pub}.`);
}
/**
 * The next version after `current` for one bump. The conventions (all documented
 * in docs of the action and pinned by test/unit/versions/bump.test.ts):
 *
 * - `major`/`minor`/`patch` keep the epoch, drop pre/post/dev, zero the lower
 *   release segments and keep the number of segments (padding when the bumped
 *   segment is missing: `1.2`+patch → `1.2.1`). Like semver, when `current` is a
 *   pre-release (or dev release) of a version whose lower segments are already
 *   zero, the bump *finalizes* it instead of skipping it: `1.2.3rc1`+patch →
 *   `1.2.3`, `2.0.0b1`+major → `2.0.0`, but `1.2.3rc1`+minor → `1.3.0`.
 * - `alpha`/`beta`/`rc` from a final (or post) release bump the patch segment and
 *   start the phase at 0 (`0.8.0`+alpha → `0.8.1a0`); from a dev release of a
 *   final keep the release (`1.0.dev3`+alpha → `1.0a0`); from an earlier phase
 *   keep the release and start at 0 (`1.0a2`+beta → `1.0b0`); within the same
 *   phase increment (`1.0b0`+beta → `1.0b1`), except that a dev release of a
 *   pre-release becomes that pre-release (`1.0rc1.dev2`+rc → `1.0rc1`). Going to
 *   an earlier phase (rc → alpha) is an error: it would sort lower.
 * - `pre` advances the current phase like the phase's own bump; it is an error on
 *   a version without a pre-release phase.
 * - `dev`: `.devN` → `.devN+1`; on a pre-release the next pre-release's `.dev0`
 *   (`1.0rc1`+dev → `1.0rc2.dev0`); on a final release the next patch's `.dev0`.
 * - `post`: starts at `.post0` (PEP 440's implicit number, as hatch does), then
 *   increments; a dev release of a post release becomes that post release. Post
 *   releases of pre-releases are refused (PEP 440 strongly discourages them).
 * - `release` drops the pre-release/dev segments; an error on a final release.
 * - A local version (`1.0+abc`) is refused: PyPI refuses local versions.
 */
function bumpPep440(current, bump) {
    const p = parsePep440Parts(current, 'current version');
    rejectLocal(p, current, `bump`);
    const shown = formatPep440(p);
    const nextParts = bumpParts(p, bump, shown);
    const next = formatPep440(nextParts);
    if (comparePep440(nextParts, p) <= 0) {
        // Every rule above moves forward; this guards the rules, not user input.
        throw new Error(`bump ${bump} of ${shown} produced ${next}, which is not higher`);
    }
    return next;
}
/** A pre-release or dev release *of the release segment itself* (not `1.0.post1.dev0`). */
function isPreOfRelease(p) {
    return p.pre !== null || (p.dev !== null && p.post === null);
}
function finalOf(p, release = p.release) {
    return { epoch: p.epoch, release, pre: null, post: null, dev: null, local: null };
}
function bumpRelease(p, index) {
    const release = [...p.release];
    while (release.length <= index)
        release.push(0n);
    const lowerAreZero = release.slice(index + 1).every((n) => n === 0n);
    if (isPreOfRelease(p) && lowerAreZero)
        return finalOf(p);
    release[index] += 1n;
    for (let i = index + 1; i < release.length; i++)
        release[i] = 0n;
    return finalOf(p, release);
}
function bumpParts(p, bump, shown) {
    switch (bump) {
        case 'major':
            return bumpRelease(p, 0);
        case 'minor':
            return bumpRelease(p, 1);
        case 'patch':
            return bumpRelease(p, 2);
        case 'alpha':
            return enterPhase(p, 'a', shown);
        case 'beta':
            return enterPhase(p, 'b', shown);
        case 'rc':
            return enterPhase(p, 'rc', shown);
        case 'pre':
            if (p.pre === null) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(p.dev !== null && p.post === null
                    ? `Cannot bump pre: ${shown} is a development release with no alpha/beta/rc number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release, dev for the next development release, or release.`
                    : `Cannot bump pre: ${shown} is a final release, so there is no pre-release number to advance. ` +
                        `Use alpha, beta or rc to start a pre-release of the next version.`);
            }
            return enterPhase(p, p.pre[0], shown);
        case 'dev':
            if (p.dev !== null)
                return { ...p, dev: p.dev + 1n };
            if (p.pre !== null)
                return { ...finalOf(p), pre: [p.pre[0], p.pre[1] + 1n], dev: 0n };
            return { ...bumpRelease(finalOf(p), 2), dev: 0n };
        case 'post':
            if (isPreOfRelease(p)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
                    `pre-releases. Use pre/alpha/beta/rc to advance it, or release to finalize it.`);
            }
            if (p.post !== null && p.dev !== null)
                return { ...p, dev: null };
            return { ...p, post: p.post === null ? 0n : p.post + 1n, dev: null };
        case 'release':
            if (isPreOfRelease(p))
                return finalOf(p);
            if (p.dev !== null)
                return { ...p, dev: null };
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`);
    }
}
function enterPhase(p, phase, shown) {
    if (p.pre !== null) {
        const [current, n] = p.pre;
        if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
            const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
                `before it. Use ${PHASE_NAME[current]} (or pre) to advance, release to finalize, or major/minor/patch.`);
        }
        if (phase !== current)
            return { ...finalOf(p), pre: [phase, 0n] };
        // 1.0rc1.dev2 precedes 1.0rc1, so the next step is 1.0rc1 itself.
        if (p.dev !== null && p.post === null)
            return { ...finalOf(p), pre: [phase, n] };
        return { ...finalOf(p), pre: [phase, n + 1n] };
    }
    // 1.0.dev3 precedes 1.0a0: the release segment has not been published yet.
    if (p.dev !== null && p.post === null)
        return { ...finalOf(p), pre: [phase, 0n] };
    // A final release was published: its pre-releases would sort lower, so move on.
    return { ...bumpRelease(finalOf(p), 2), pre: [phase, 0n] };
}


/***/ })

};
