export const id = 603;
export const ids = [603];
export const modules = {

/***/ 4603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 19 modules
var core = __webpack_require__(9433);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/log.js
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
/** Writes to stderr/stdout with a level prefix; used by the CLI. */
const consoleLogger = {
    info: (m) => console.log(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
    debug: (m) => { if (process.env.PYRELEASE_DEBUG)
        console.error(`debug: ${m}`); },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/python/process.js
/**
 * Running interpreters: argument arrays only (never a shell), environments
 * cleaned of everything that would make an interpreter or pip behave
 * differently from what the caller asked for, and command lines logged with
 * credentials masked.
 */


/** Runs `file args...` and collects its output; never rejects. */
function run(file, args, opts = {}) {
    return new Promise((resolve) => {
        const stdout = [];
        const stderr = [];
        let timedOut = false;
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolve(result);
        };
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: opts.cwd,
                env: opts.env ?? cleanEnvironment(),
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true,
            });
        }
        catch (err) {
            finish({ code: -1, stdout: '', stderr: String(err), spawnError: err.message });
            return;
        }
        const timer = opts.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, opts.timeoutMs)
            : undefined;
        child.stdout.on('data', (d) => stdout.push(d));
        child.stderr.on('data', (d) => stderr.push(d));
        child.on('error', (err) => {
            finish({ code: -1, stdout: '', stderr: err.message, spawnError: err.message });
        });
        child.on('close', (code, signal) => {
            const result = {
                code: code ?? (signal ? 128 : -1),
                stdout: Buffer.concat(stdout).toString('utf8'),
                stderr: Buffer.concat(stderr).toString('utf8'),
            };
            if (timedOut) {
                result.timedOut = true;
                result.stderr += `\n(killed after ${opts.timeoutMs} ms)`;
            }
            finish(result);
        });
        if (opts.input !== undefined) {
            child.stdin.on('error', () => { });
            child.stdin.end(opts.input);
        }
    });
}
/**
 * Variables that change which modules an interpreter imports, where it looks
 * for its standard library, or what pip does (PIP_* maps onto every pip
 * option, e.g. PIP_FIND_LINKS or PIP_INDEX_URL, which would let another
 * source satisfy a verification). __PYVENV_LAUNCHER__ makes a macOS framework
 * Python pretend to be another executable.
 */
const DROPPED = /^(PYTHON|PIP_|VIRTUAL_ENV$|__PYVENV_LAUNCHER__$)/i;
/**
 * What the runner hands a JavaScript action and nothing it starts should
 * see: the action's inputs (a `token` input arrives as INPUT_TOKEN), the
 * runtime token (artifacts, caches) and the OIDC request pair (which would let
 * code installed from an index mint a trusted-publishing token).
 */
const SECRET = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i;
/**
 * The caller's environment minus everything in DROPPED and SECRET, plus:
 * - PYTHONNOUSERSITE: the user's ~/.local site-packages stays invisible (`-s`);
 * - PYTHONIOENCODING: output is UTF-8 whatever the locale (Python 2 would
 *   otherwise fail to print a non-ASCII path into a pipe);
 * - PIP_CONFIG_FILE=os.devnull: pip skips every configuration file (global,
 *   user and site), so a pip.conf with find-links or extra-index-url cannot
 *   add sources the caller did not name.
 */
function cleanEnvironment(base = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(base)) {
        if (value === undefined || DROPPED.test(key) || SECRET.test(key))
            continue;
        env[key] = value;
    }
    env.PYTHONNOUSERSITE = '1';
    env.PYTHONIOENCODING = 'utf-8';
    env.PIP_CONFIG_FILE = external_node_os_.devNull;
    return env;
}
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
    // Embedded scripts start with a comment naming them; the name is what a log reader needs.
    if (arg.includes('\n'))
        return `<${arg.split('\n')[0].replace(/^#\s*/, '')}: ${arg.split('\n').length}-line script>`;
    return `'${arg.replace(/'/g, "'\\''")}'`;
}
/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
function markedJson(stdout, marker) {
    const lines = stdout.split(/\r?\n/);
    for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].startsWith(marker)) {
            try {
                return JSON.parse(lines[i].slice(marker.length));
            }
            catch {
                return undefined;
            }
        }
    }
    return undefined;
}
/** Enough of a failed command's output to act on, for error messages. */
function tail(text, lines = 15) {
    const all = text.trimEnd().split(/\r?\n/);
    return all.slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./lib/python/interpreters.js
/**
 * Finding a Python interpreter for a spec such as '2.7', '3.12', '3.x',
 * 'pypy3.10' or a path. Every candidate is run and asked what it is: a file
 * called python3.12 may be a pyenv shim that fails, a symlink to another
 * version, or a wrapper script, so names only decide where to look.
 */






const VERSION_SPEC = /^(?:(cpython|python|pypy)-?)?(?:(\d+)(?:\.(\d+|x)(?:\.(\d+))?)?)?$/i;
function parseSpec(text) {
    const spec = text.trim();
    if (spec === '')
        throw new errors/* UserError */.y('The Python spec is empty: give a version such as 2.7, 3.12, 3.x or pypy3.10, or an interpreter path.');
    if (spec.includes('/') || spec.includes('\\') || spec.startsWith('~') || (0,external_node_path_.isAbsolute)(spec)) {
        const expanded = spec.startsWith('~') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), spec.slice(1)) : spec;
        return { kind: 'path', text: spec, path: (0,external_node_path_.resolve)(expanded) };
    }
    const m = VERSION_SPEC.exec(spec);
    if (m && (m[1] || m[2])) {
        const implementation = m[1]?.toLowerCase() === 'pypy' ? 'pypy' : 'cpython';
        if (!m[2] && implementation === 'cpython')
            return { kind: 'command', text: spec, name: spec };
        const out = { kind: 'version', text: spec, implementation };
        if (m[2] !== undefined)
            out.major = Number(m[2]);
        if (m[3] !== undefined && m[3].toLowerCase() !== 'x')
            out.minor = Number(m[3]);
        if (m[4] !== undefined) {
            if (out.minor === undefined)
                throw new errors/* UserError */.y(`The Python spec "${spec}" is not a version: write 3.12.1, 3.12 or 3.x.`);
            out.micro = Number(m[4]);
        }
        return out;
    }
    if (/^[\w.+-]+$/.test(spec))
        return { kind: 'command', text: spec, name: spec };
    throw new errors/* UserError */.y(`The Python spec "${spec}" is neither a version (2.7, 3.12, 3.x, pypy3.10) nor an interpreter path.`);
}
function describeSpec(spec) {
    const impl = spec.implementation === 'pypy' ? 'PyPy' : 'CPython';
    if (spec.major === undefined)
        return impl;
    const parts = [spec.major, spec.minor ?? 'x', ...(spec.micro !== undefined ? [spec.micro] : [])];
    return `${impl} ${parts.join('.')}`;
}
const MARK = '__PYRELEASE_PROBE__';
/** Runs on Python 2.6+ and 3.x: no f-strings, no print function. */
const PROBE_SCRIPT = `# pyrelease: probe
import sys, platform, json
try:
    impl = sys.implementation.name
except AttributeError:
    impl = platform.python_implementation().lower()
sys.stdout.write('${MARK}' + json.dumps({
    'version': platform.python_version(),
    'major': sys.version_info[0], 'minor': sys.version_info[1], 'micro': sys.version_info[2],
    'implementation': impl,
    'executable': sys.executable or '',
    'prefix': sys.prefix,
    'base_prefix': getattr(sys, 'base_prefix', getattr(sys, 'real_prefix', sys.prefix)),
    'machine': platform.machine(),
}) + '\\n')
`;
/** Runs `path` and asks what it is. */
async function probeInterpreter(path, log = silentLogger) {
    log.debug(`$ ${formatCommand(path, ['-c', PROBE_SCRIPT])}`);
    const r = await run(path, ['-c', PROBE_SCRIPT], { env: cleanEnvironment(), timeoutMs: 60_000 });
    if (r.spawnError)
        return { ok: false, error: r.spawnError };
    const info = markedJson(r.stdout, MARK);
    if (r.code !== 0 || !info) {
        // The first line names the problem for a shim or wrapper, the last one for a Python traceback.
        const lines = (r.stderr || r.stdout).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
        const why = (lines.length <= 2 ? lines : [lines[0], '…', lines[lines.length - 1]]).join(' ') || `exit code ${r.code}`;
        return { ok: false, error: `does not run (exit ${r.code}): ${why}` };
    }
    return { ok: true, info };
}
function interpreterOf(candidate, info, source) {
    const path = info.executable && (0,external_node_fs_.existsSync)(info.executable) ? info.executable : candidate;
    return {
        path,
        version: info.version,
        major: info.major,
        minor: info.minor,
        implementation: info.implementation,
        source,
        prefix: info.prefix,
        basePrefix: info.base_prefix,
        machine: info.machine,
    };
}
/** Reads the version of an interpreter at a known path; UserError when it does not run. */
async function inspectInterpreter(path, source = 'explicit', log = silentLogger) {
    const probe = await probeInterpreter(path, log);
    if (!probe.ok)
        throw new errors/* UserError */.y(`The Python interpreter ${path} ${probe.error}. Pass a working interpreter.`);
    return interpreterOf(path, probe.info, source);
}
function realDir(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return (0,external_node_path_.resolve)(dir);
    }
}
const isWindows = process.platform === 'win32';
const exe = (name) => (isWindows ? `${name}.exe` : name);
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function listDir(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
function firstFile(dir, names) {
    return names.map((n) => (0,external_node_path_.join)(dir, n)).find(isFile);
}
function interpreterNames(spec) {
    const stem = spec.implementation === 'pypy' ? 'pypy' : 'python';
    const names = [];
    if (spec.major !== undefined && spec.minor !== undefined)
        names.push(`${stem}${spec.major}.${spec.minor}`);
    if (spec.major !== undefined)
        names.push(`${stem}${spec.major}`);
    names.push(stem);
    return names;
}
function versionedNames(spec) {
    const stem = spec.implementation === 'pypy' ? 'pypy' : 'python';
    const major = spec.major === undefined ? '\\d+' : String(spec.major);
    return {
        pattern: new RegExp(`^${stem}${major}\\.\\d+${isWindows ? '\\.exe' : ''}$`),
        text: `${stem}${spec.major ?? 'X'}.Y`,
    };
}
function toolCachePlace(spec, env) {
    const place = { label: 'tool cache', source: 'tool-cache', candidates: [] };
    const root = env.RUNNER_TOOL_CACHE;
    if (!root)
        return { ...place, note: 'RUNNER_TOOL_CACHE is not set' };
    // actions/setup-python keeps <tool cache>/Python/<version>/<arch>/bin/python3 (PyPy/<python version>/<arch>/bin/pypy3).
    const tool = spec.implementation === 'pypy' ? 'PyPy' : 'Python';
    const dir = (0,external_node_path_.join)(root, tool);
    place.label = `tool cache (${dir})`;
    if (!(0,external_node_fs_.existsSync)(dir))
        return { ...place, note: 'does not exist' };
    const names = spec.implementation === 'pypy'
        ? ['pypy3', 'pypy', 'python3', 'python'].map(exe)
        : ['python3', 'python', 'python2'].map(exe);
    for (const version of listDir(dir)) {
        for (const arch of listDir((0,external_node_path_.join)(dir, version))) {
            const archDir = (0,external_node_path_.join)(dir, version, arch);
            const found = firstFile((0,external_node_path_.join)(archDir, 'bin'), names) ?? firstFile(archDir, names);
            if (found)
                place.candidates.push(found);
        }
    }
    return place;
}
function pathPlace(names, env, extra) {
    const place = { label: 'PATH', source: 'path', candidates: [] };
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    if (dirs.length === 0)
        return { ...place, note: 'PATH is empty' };
    // pyenv shims only forward to $PYENV_ROOT/versions/*, which is searched directly; each shim
    // costs a bash start-up and fails for every version that is not pyenv's global one.
    const shims = new Set(pyenvRoots(env).map((root) => realDir((0,external_node_path_.join)(root, 'shims'))));
    const seen = new Set();
    for (const dir of dirs) {
        const real = realDir(dir);
        if (shims.has(real)) {
            place.skipped = [...(place.skipped ?? []), `${dir} (pyenv shims; pyenv's versions are searched below)`];
            continue;
        }
        if (seen.has(real))
            continue; // /bin and /usr/bin are often one directory
        seen.add(real);
        const listing = extra ? listDir(dir).filter((n) => extra.pattern.test(n)) : [];
        for (const name of [...names.map(exe), ...listing]) {
            const candidate = (0,external_node_path_.join)(dir, name);
            if (isFile(candidate) && !place.candidates.includes(candidate))
                place.candidates.push(candidate);
        }
    }
    if (place.candidates.length === 0 && !place.skipped) {
        const wanted = [...names, ...(extra ? [extra.text] : [])].join(', ');
        return { ...place, note: `no ${wanted} in ${dirs.join(external_node_path_.delimiter)}` };
    }
    return place;
}
function pyenvRoots(env) {
    const roots = [env.PYENV_ROOT, (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.pyenv'), '/root/.pyenv'].filter((r) => !!r);
    return [...new Set(roots.map((r) => (0,external_node_path_.resolve)(r)))];
}
function pyenvPlaces(env) {
    return pyenvRoots(env).map((root) => {
        const versions = (0,external_node_path_.join)(root, 'versions');
        const place = { label: `pyenv (${versions})`, source: 'pyenv', candidates: [] };
        if (!(0,external_node_fs_.existsSync)(versions))
            return { ...place, note: 'does not exist' };
        for (const version of listDir(versions)) {
            const found = firstFile((0,external_node_path_.join)(versions, version, 'bin'), ['python', 'python3', 'python2', 'pypy3', 'pypy']);
            if (found)
                place.candidates.push(found);
        }
        return place;
    });
}
function matches(spec, py) {
    if (py.implementation !== spec.implementation)
        return false;
    if (spec.major !== undefined && py.major !== spec.major)
        return false;
    if (spec.minor !== undefined && py.minor !== spec.minor)
        return false;
    if (spec.micro !== undefined && Number(/^\d+\.\d+\.(\d+)/.exec(py.version)?.[1]) !== spec.micro)
        return false;
    return true;
}
/** Compares '3.12.1', '3.14.0rc1', '3.13.0a2': numerically, and a final release above its pre-releases. */
function comparePythonVersions(a, b) {
    const key = (v) => {
        const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(a|b|c|rc)(\d+))?/.exec(v);
        if (!m)
            return [0, 0, 0, 4, 0];
        const level = m[4] === undefined ? 4 : m[4] === 'a' ? 1 : m[4] === 'b' ? 2 : 3;
        return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), level, Number(m[5] ?? 0)];
    };
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++)
        if (ka[i] !== kb[i])
            return ka[i] - kb[i];
    return 0;
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/** 'CPython 3.12.1', 'PyPy 3.10.14': for messages. */
function describeInterpreter(py) {
    const impl = py.implementation === 'cpython' ? 'CPython' : py.implementation === 'pypy' ? 'PyPy' : py.implementation;
    return `${impl} ${py.version}`;
}
function describeFinding(f) {
    if (!f.probe.ok)
        return `${f.candidate} → ${f.probe.error}`;
    const py = f.interpreter;
    const where = py.path !== f.candidate ? ` (${py.path})` : '';
    return `${f.candidate} → ${describeInterpreter(py)}${where}`;
}
function report(places, findings) {
    return places.map((place, i) => {
        const head = `  ${i + 1}. ${place.label}`;
        if (place.note)
            return `${head}: ${place.note}`;
        const found = findings.get(place) ?? [];
        const skipped = (place.skipped ?? []).map((s) => `       skipped ${s}`);
        if (found.length === 0 && skipped.length === 0)
            return `${head}: no interpreter found`;
        return [`${head}:`, ...found.map((f) => `       ${describeFinding(f)}`), ...skipped].join('\n');
    }).join('\n');
}
const HOW_TO_FIX = 'Install it first (actions/setup-python for 3.x or PyPy; for CPython 2.7 run the job in the '
    + 'python:2.7.18-buster container or install it with conda/pyenv), or pass the interpreter\'s path.';
/**
 * Finds an interpreter for `spec`: an explicit path; otherwise the runner's
 * tool cache, then PATH, then pyenv. A spec that fixes the minor version
 * ('3.12', '2.7', '3.12.1') takes the first place in that order that has a
 * match, the highest patch within it; an open spec ('3.x', '3', 'pypy3')
 * takes the highest version found anywhere (ties go to the earlier place).
 */
async function resolvePython(spec, env, log = silentLogger) {
    const parsed = parseSpec(spec);
    const searchEnv = env ?? {
        PATH: process.env.PATH,
        RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
        PYENV_ROOT: process.env.PYENV_ROOT,
    };
    if (parsed.kind === 'path') {
        let path = parsed.path;
        if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory()) {
            // A virtual environment or installation prefix rather than the interpreter itself.
            const inside = firstFile((0,external_node_path_.join)(path, 'bin'), ['python3', 'python', 'python2', 'pypy3', 'pypy']) ?? firstFile(path, ['python.exe', 'pypy3.exe']);
            if (!inside)
                throw new errors/* UserError */.y(`The Python spec "${spec}" is a directory without bin/python3 or bin/python inside. Pass the interpreter's path.`);
            path = inside;
        }
        else if (!(0,external_node_fs_.existsSync)(path)) {
            throw new errors/* UserError */.y(`The Python interpreter "${spec}" does not exist (looked at ${path}). Pass an existing interpreter path or a version such as 3.12.`);
        }
        const py = await inspectInterpreter(path, 'explicit', log);
        log.info(`Using ${describeInterpreter(py)} at ${py.path} (given as ${spec})`);
        return py;
    }
    const places = parsed.kind === 'command'
        ? [pathPlace([parsed.name], searchEnv)]
        : [
            toolCachePlace(parsed, searchEnv),
            // Every pythonX.Y of the major, not only the requested name: names are not trusted, and the
            // error message then shows what is there.
            pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
            ...pyenvPlaces(searchEnv),
        ];
    const probes = new Map();
    const probe = (candidate) => {
        let p = probes.get(candidate);
        if (!p) {
            p = probeInterpreter(candidate, log);
            probes.set(candidate, p);
        }
        return p;
    };
    const findings = new Map();
    const matching = (place) => (findings.get(place) ?? [])
        .map((f) => f.interpreter)
        .filter((py) => !!py && (parsed.kind === 'command' || matches(parsed, py)));
    // Place by place, so that a fixed-minor spec met early (the usual case on a runner: the tool
    // cache) does not wait for every other interpreter on the machine to start.
    let chosen;
    for (const place of places) {
        findings.set(place, await mapLimit(place.candidates, 8, async (candidate) => {
            const pr = await probe(candidate);
            const finding = { candidate, probe: pr };
            if (pr.ok)
                finding.interpreter = interpreterOf(candidate, pr.info, place.source);
            return finding;
        }));
        if (parsed.kind === 'command') {
            chosen = matching(place)[0];
            break;
        }
        if (parsed.minor !== undefined) {
            chosen = highest(matching(place));
            if (chosen)
                break;
        }
    }
    if (parsed.kind === 'version' && parsed.minor === undefined)
        chosen = highest(places.flatMap(matching));
    log.debug(`Python interpreters searched for "${spec}":\n${report(places.filter((p) => findings.has(p) || p.note), findings)}`);
    if (!chosen) {
        const wanted = parsed.kind === 'command' ? `a working "${parsed.name}" on PATH` : describeSpec(parsed);
        throw new errors/* UserError */.y(`No Python interpreter matches "${spec}" (wanted ${wanted}). Searched, in this order:\n${report(places, findings)}\n${HOW_TO_FIX}`);
    }
    log.info(`Using ${describeInterpreter(chosen)} at ${chosen.path} (found via ${chosen.source} for "${spec}")`);
    return chosen;
}
/** The highest version; among equals, the first (earlier place, earlier candidate). */
function highest(list) {
    let best;
    for (const py of list) {
        if (!best || comparePythonVersions(py.version, best.version) > 0)
            best = py;
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/distributions/names.js
/**
 * Project-name rules shared by filenames, METADATA and the index.
 * PEP 503 normalization is the identity of a project everywhere (index URLs,
 * duplicate detection); the underscore form is what PEP 427/625 filenames use.
 */
/** PEP 503: `re.sub(r"[-_.]+", "-", name).lower()`. */
function names_normalizeName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The name as it must appear in a wheel or sdist filename: normalized, with `-` written as `_`. */
function names_filenameEscapedName(name) {
    return names_normalizeName(name).replace(/-/g, '_');
}
/**
 * Core metadata `Name` rule (and warehouse's PROJECT_NAME_RE): ASCII letters and
 * digits, with `.`, `_` and `-` allowed only inside.
 */
function names_isValidProjectName(name) {
    return /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name);
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./lib/distributions/versions.js
/**
 * PEP 440 helpers on top of @renovatebot/pep440. Its `clean()` joins local
 * segments with commas ("1.0+a,b"), so the canonical string is rebuilt here from
 * `explain()` to match `str(packaging.version.Version(v))`, which is what PyPI
 * prints in its messages and uses in PEP 625 sdist filenames.
 */

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
function versions_normalizeVersion(version) {
    const parsed = (0,pep440.explain)(version.trim());
    if (!parsed)
        return undefined;
    const local = parsed.local === null || parsed.local === undefined
        ? ''
        : '+' + parsed.local
            .toLowerCase()
            .split(/[._-]/)
            // packaging stores numeric local segments as ints, so "01" prints as "1".
            .map((segment) => (/^\d+$/.test(segment) ? String(BigInt(segment)) : segment))
            .join('.');
    return parsed.public + local;
}
function versions_isValidVersion(version) {
    return versions_normalizeVersion(version) !== undefined;
}
/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
function versions_localVersionLabel(version) {
    const normalized = versions_normalizeVersion(version);
    if (!normalized)
        return undefined;
    const plus = normalized.indexOf('+');
    return plus === -1 ? undefined : normalized.slice(plus + 1);
}
/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
function versions_versionsEqual(a, b) {
    const na = versions_normalizeVersion(a);
    const nb = versions_normalizeVersion(b);
    if (na === undefined || nb === undefined)
        return a === b;
    return (0,pep440.eq)(na, nb);
}

;// CONCATENATED MODULE: ./lib/distributions/python-repr.js
/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
function python_repr_pythonRepr(value) {
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
        else if (code >= 0x80 && code < 0xa0)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}

;// CONCATENATED MODULE: ./lib/distributions/filename.js
/**
 * Wheel (PEP 427) and sdist (PEP 625) filenames, parsed with the same rules and
 * the same error texts as `packaging.utils.parse_wheel_filename` /
 * `parse_sdist_filename` (packaging 26), because PyPI answers a bad wheel
 * filename with packaging's message verbatim.
 */




class filename_FilenameError extends errors/* UserError */.y {
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
        throw new filename_FilenameError(filename, `Invalid wheel filename (extension must be '.whl'): ${python_repr_pythonRepr(filename)}`, WHEEL_HINT);
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        throw new filename_FilenameError(filename, `Invalid wheel filename (wrong number of parts): ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    const pieces = stem.split('-');
    // Python's split('-', dashes - 2): the last piece keeps its two dashes (the tag triple).
    const head = pieces.slice(0, dashes - 2);
    const parts = [...head, pieces.slice(dashes - 2).join('-')];
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        throw new filename_FilenameError(filename, `Invalid project name: ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    const normalizedVersion = versions_normalizeVersion(parts[1]);
    if (normalizedVersion === undefined) {
        throw new filename_FilenameError(filename, `Invalid wheel filename (invalid version): ${python_repr_pythonRepr(stem)}`, WHEEL_HINT);
    }
    let build;
    if (dashes === 5) {
        const match = BUILD_TAG.exec(parts[2]);
        if (!match) {
            throw new filename_FilenameError(filename, `Invalid build number: ${parts[2]} in ${python_repr_pythonRepr(stem)}`, `${WHEEL_HINT} A build tag must start with a digit.`);
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
        normalizedName: names_normalizeName(namePart),
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
        throw new filename_FilenameError(filename, `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    const stem = filename.slice(0, -extension.length);
    // A PEP 440 version cannot contain "-", so the last dash separates name and version.
    const dash = stem.lastIndexOf('-');
    if (dash === -1) {
        throw new filename_FilenameError(filename, `Invalid sdist filename: ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    const normalizedVersion = versions_normalizeVersion(version);
    if (normalizedVersion === undefined) {
        throw new filename_FilenameError(filename, `Invalid sdist filename (invalid version): ${python_repr_pythonRepr(filename)}`, SDIST_HINT);
    }
    return { kind: 'sdist', filename, name, normalizedName: names_normalizeName(name), version, normalizedVersion, extension };
}
/** A wheel by `.whl`, an sdist by `.tar.gz`/`.zip`; anything else is a FilenameError. */
function filename_parseDistributionFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new filename_FilenameError(filename, `Unknown distribution type: ${python_repr_pythonRepr(filename)}`, 'Distributions are wheels (.whl) or sdists (.tar.gz); PyPI accepts no other extension.');
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./lib/python/run.js
/** Running Python, either a bare interpreter or inside an environment. */



function isEnvironment(target) {
    return 'root' in target && 'env' in target;
}
/** The executable and variables a target runs with. */
function commandOf(target) {
    return isEnvironment(target)
        ? { file: target.python, env: target.env }
        : { file: target.path, env: cleanEnvironment() };
}
/**
 * Runs the interpreter with `args` (an argument array, never a shell line).
 * A bare interpreter runs with the caller's environment cleaned of PYTHON*
 * and PIP_* variables and the user site disabled; an environment runs with
 * its own variables.
 */
async function runPython(target, args, opts = {}) {
    const { file, env } = commandOf(target);
    (opts.log ?? silentLogger).debug(`$ ${formatCommand(file, args)}${opts.cwd ? `  (in ${opts.cwd})` : ''}`);
    const r = await run(file, args, { cwd: opts.cwd, input: opts.input, timeoutMs: opts.timeoutMs, env });
    if (r.spawnError)
        throw new errors/* UserError */.y(`Could not run the Python interpreter ${file}: ${r.spawnError}.`);
    const out = { code: r.code, stdout: r.stdout, stderr: r.stderr };
    if (r.timedOut)
        out.timedOut = true;
    return out;
}

;// CONCATENATED MODULE: ./lib/python/tags.js
/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */





/**
 * `pip debug --verbose` prints "Compatible tags: N" and then N indented tags.
 * Undefined unless exactly N tags follow, so a changed output format (the
 * command's output is documented as provisional) falls through to the
 * embedded script instead of producing a wrong list.
 */
function parsePipDebugTags(stdout) {
    const lines = stdout.split(/\r?\n/);
    const at = lines.findIndex((l) => /^Compatible tags: \d+\s*$/.test(l));
    if (at === -1)
        return undefined;
    const count = Number(/\d+/.exec(lines[at])[0]);
    const tags = [];
    for (const line of lines.slice(at + 1)) {
        const m = /^\s+([^\s-]+-[^\s-]+-[^\s-]+)\s*$/.exec(line);
        if (!m)
            break;
        tags.push(m[1]);
    }
    return tags.length === count && count > 0 ? tags : undefined;
}
const tags_MARK = '__PYRELEASE_TAGS__';
/**
 * Python 2.6+/3.x. Asks, in order, the modules pip itself uses to decide
 * compatibility (so the answer is what that pip will do), then a standalone
 * packaging, then computes a packaging-like list itself.
 */
const TAGS_SCRIPT = `# pyrelease: compatible tags
import sys, os, json, platform

def emit(source, tags):
    out = []
    for t in tags:
        s = t if isinstance(t, str) else ('-'.join(t) if isinstance(t, tuple) else str(t))
        if s not in out:
            out.append(s)
    sys.stdout.write('${tags_MARK}' + json.dumps({'source': source, 'tags': out}) + '\\n')
    sys.exit(0)

def attempt(module, call):
    try:
        mod = __import__(module, fromlist=['_'])
        tags = list(call(mod))
    except Exception:
        return
    if tags:
        emit(module, tags)

if 'computed' not in sys.argv[1:]:
    attempt('pip._internal.utils.compatibility_tags', lambda m: m.get_supported())
    attempt('pip._internal.pep425tags', lambda m: m.get_supported())
    attempt('pip.pep425tags', lambda m: m.get_supported())
    attempt('pip._vendor.packaging.tags', lambda m: m.sys_tags())
    attempt('packaging.tags', lambda m: m.sys_tags())

# Neither pip nor packaging could answer: follow packaging.tags.sys_tags() closely enough
# for the common platforms (no musllinux, a simplified macOS list).
import sysconfig

def config_var(name):
    try:
        return sysconfig.get_config_var(name)
    except Exception:
        return None

def glibc_version():
    text = None
    try:
        text = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        pass
    if not text:
        # Python 2.7 does not know that confstr name; ask the C library (as packaging does).
        try:
            import ctypes
            call = ctypes.CDLL(None).gnu_get_libc_version
            call.restype = ctypes.c_char_p
            text = call()
            if not isinstance(text, str):
                text = text.decode('ascii')
            text = 'glibc ' + text
        except Exception:
            return None
    try:
        name, version = text.split()
        major, minor = version.split('.')[:2]
        return int(major), int(minor)
    except Exception:
        return None

def platforms():
    plat = sysconfig.get_platform().replace('-', '_').replace('.', '_')
    if plat.startswith('linux_'):
        arch = plat[len('linux_'):]
        if sys.maxsize <= 2 ** 32:
            arch = {'x86_64': 'i686', 'aarch64': 'armv8l'}.get(arch, arch)
        result = []
        glibc = glibc_version()
        if glibc and glibc[0] == 2:
            lowest = 5 if arch in ('x86_64', 'i686') else 17
            legacy = {17: 'manylinux2014', 12: 'manylinux2010', 5: 'manylinux1'}
            for minor in range(glibc[1], lowest - 1, -1):
                result.append('manylinux_2_%d_%s' % (minor, arch))
                alias = legacy.get(minor)
                if alias and (alias == 'manylinux2014' or arch in ('x86_64', 'i686')):
                    result.append('%s_%s' % (alias, arch))
        result.append('linux_' + arch)
        return result
    if plat.startswith('macosx_'):
        release = platform.mac_ver()[0] or '10.0'
        major, minor = (list(map(int, release.split('.')[:2])) + [0])[:2]
        arch = platform.machine()
        result = []
        if major >= 11:
            for m in range(major, 10, -1):
                for fmt in (arch, 'universal2'):
                    result.append('macosx_%d_0_%s' % (m, fmt))
            minor = 16
        if arch == 'x86_64':
            for m in range(minor, -1, -1):
                for fmt in ('x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'):
                    result.append('macosx_10_%d_%s' % (m, fmt))
        return result or [plat]
    return [plat]

major, minor = sys.version_info[:2]
nodot = '%d%d' % (major, minor)
plats = platforms()
tags = []
impl = getattr(getattr(sys, 'implementation', None), 'name', None) or platform.python_implementation().lower()
if impl == 'cpython':
    interpreter = 'cp' + nodot
    soabi = config_var('SOABI')
    if soabi and soabi.startswith('cpython-'):
        abi = 'cp' + soabi.split('-')[1]
    else:
        debug = 'd' if hasattr(sys, 'gettotalrefcount') else ''
        pymalloc = 'm' if (major, minor) < (3, 8) and config_var('WITH_PYMALLOC') != 0 else ''
        ucs4 = 'u' if (major, minor) < (3, 3) and sys.maxunicode == 0x10FFFF else ''
        abi = 'cp%s%s%s%s' % (nodot, debug, pymalloc, ucs4)
    abi3 = (major, minor) >= (3, 2)
    for a in [abi] + (['abi3'] if abi3 else []) + ['none']:
        tags.extend('%s-%s-%s' % (interpreter, a, p) for p in plats)
    if abi3:
        for m in range(minor - 1, 1, -1):
            tags.extend('cp%d%d-abi3-%s' % (major, m, p) for p in plats)
else:
    if impl == 'pypy' and major == 2:
        interpreter = 'pp%d%d%d' % (major, sys.pypy_version_info[0], sys.pypy_version_info[1])
    else:
        interpreter = (impl[:2] if impl != 'pypy' else 'pp') + nodot
    soabi = config_var('SOABI')
    abis = [soabi.replace('.', '_').replace('-', '_')] if soabi else []
    for a in abis + ['none']:
        tags.extend('%s-%s-%s' % (interpreter, a, p) for p in plats)
versions = ['py' + nodot, 'py%d' % major] + ['py%d%d' % (major, m) for m in range(minor - 1, -1, -1)]
for v in versions:
    tags.extend('%s-none-%s' % (v, p) for p in plats)
tags.append(interpreter + '-none-any')
tags.extend(v + '-none-any' for v in versions)
emit('computed', tags)
`;
/**
 * The compatible tags of an interpreter (its own pip) or of an environment
 * (the environment's pip, which is the one that will install), with where
 * they came from.
 */
async function supportedTagsWithSource(target, opts = {}) {
    const log = opts.log ?? silentLogger;
    if (!opts.computedOnly) {
        const debug = await runPython(target, ['-m', 'pip', 'debug', '--verbose'], { log, timeoutMs: 120_000 });
        const tags = debug.code === 0 ? parsePipDebugTags(debug.stdout) : undefined;
        if (tags)
            return { tags, source: 'pip debug' };
        log.debug('pip debug --verbose gave no tag list (pip older than 19.2, missing, or a changed output); asking Python directly');
    }
    const r = await runPython(target, ['-c', TAGS_SCRIPT, ...(opts.computedOnly ? ['computed'] : [])], { log, timeoutMs: 120_000 });
    const result = markedJson(r.stdout, tags_MARK);
    if (r.code !== 0 || !result || result.tags.length === 0) {
        throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}: exit ${r.code}\n${r.stderr}`);
    }
    return result;
}
/**
 * The interpreter's compatible wheel tags in priority order (most preferred
 * first). Remembered in `py.tags` for an Interpreter.
 */
async function supportedTags(target, log = silentLogger) {
    if (!isEnvironment(target) && target.tags)
        return target.tags;
    const { tags, source } = await supportedTagsWithSource(target, { log });
    log.debug(`${tags.length} compatible tags (from ${source}); first: ${tags.slice(0, 3).join(', ')}`);
    if (!isEnvironment(target))
        target.tags = tags;
    return tags;
}
/** The expanded tag set of a wheel filename ("py2.py3-none-any" → py2-none-any, py3-none-any). */
function wheelTags(wheelFilename) {
    return parseWheelFilename((0,external_node_path_.basename)(wheelFilename)).tags.map((t) => t.toLowerCase());
}
/** Whether pip would consider the wheel installable: its tag set meets the interpreter's tags. */
function wheelIsCompatible(wheelFilename, tags) {
    return wheelSupportIndex(wheelFilename, tags) !== -1;
}
/** The position of the wheel's best tag in `tags` (lower is preferred, as pip ranks), or -1. */
function wheelSupportIndex(wheelFilename, tags) {
    const rank = new Map();
    tags.forEach((t, i) => { if (!rank.has(t.toLowerCase()))
        rank.set(t.toLowerCase(), i); });
    let best = -1;
    for (const tag of wheelTags(wheelFilename)) {
        const i = rank.get(tag);
        if (i !== undefined && (best === -1 || i < best))
            best = i;
    }
    return best;
}
/** Of several wheels, the one pip would choose for these tags; undefined when none fits. */
function preferredWheel(wheelFilenames, tags) {
    let chosen;
    let chosenIndex = Infinity;
    for (const file of wheelFilenames) {
        const i = wheelSupportIndex(file, tags);
        if (i !== -1 && i < chosenIndex) {
            chosen = file;
            chosenIndex = i;
        }
    }
    return chosen;
}

;// CONCATENATED MODULE: ./lib/python/environments.js
/**
 * Fresh, isolated Python environments to install into and verify from.
 * Nothing here downloads anything.
 *
 * Python 3 gets a real virtual environment: `python -m venv`, whose pip comes
 * from ensurepip's bundled wheel (offline; several seconds, most of them spent
 * unpacking and byte-compiling pip). With `seed: 'copy'` it is
 * `python -m venv --without-pip` plus a copy of the base's installed pip
 * instead (well under a second, and the base's pip version).
 *
 * Python 2.7 has no `venv`, and `virtualenv` is rarely installed (and cannot
 * be fetched: nothing here may download). The alternatives, and why this
 * module builds a "site-dir environment" instead:
 * - `pip install --target DIR` + PYTHONPATH=DIR: DIR lands *before* the
 *   standard library (a backport such as `enum34` or `futures` would shadow
 *   it), .pth files in DIR are never processed (namespace packages break), the
 *   base interpreter's site-packages stays importable (a stale copy of the
 *   package under test can win, editable installs leak in), and a second
 *   `--target` install of another version silently keeps the first unless
 *   --upgrade. And `-E`, the usual way to ignore the caller's variables,
 *   ignores PYTHONPATH too.
 * - PYTHONHOME pointed at a tree of symlinks to the standard library (what old
 *   virtualenv did with a copied binary): it works for the base interpreter
 *   but breaks any *other* Python a smoke test or build step starts with the
 *   same environment variables.
 * - `ensurepip` into the base: modifies the base interpreter.
 * The site-dir environment is a prefix (`root/lib/python2.7/site-packages`,
 * `root/bin`) plus a `sitecustomize.py` in `root/.pyrelease`, which
 * PYTHONPATH names. At start-up, site.py imports it, and it puts sys.path back
 * to what it was before site.py ran (`python -S`'s path, recorded when the
 * environment was made), drops whatever base .pth files imported (editable
 * finders, namespace stubs, setuptools' distutils shim), and adds the
 * environment's site directories with site.addsitedir, so the result is what
 * a venv without system site-packages has: standard library first, then only
 * the environment's packages, .pth files processed. It only acts in the
 * interpreter it was made for (same sys.prefix), so another Python that
 * inherits PYTHONPATH is left alone. pip is seeded into the environment by
 * copying the base interpreter's installed pip (and setuptools, wheel) file by
 * file from its RECORD, because an interpreter's installed pip is often newer
 * than its ensurepip wheel and the pip version decides which wheels install:
 * CPython 2.7.18 bundles pip 19.2.3, which predates manylinux2014 (pip 19.3)
 * and manylinux_x_y (20.3); an image that upgraded pip keeps its upgrade.
 * Without an installed pip, it comes from ensurepip's bundled wheels. pip runs from the environment and installs with
 * `--prefix root`, so upgrades uninstall the old version as in a venv.
 * Requirement: run it with `env.env` and without -E, -I or -S.
 */






const environments_isWindows = process.platform === 'win32';
const environments_MARK = '__PYRELEASE_ENV__';
/**
 * Creates a fresh environment in `root` (which must be absent or empty), with
 * the user site disabled and PYTHONPATH, PYTHONHOME and PIP_* of the caller
 * removed.
 */
async function createEnvironment(py, root, log = silentLogger, options = {}) {
    const dir = (0,external_node_path_.resolve)(root);
    if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.readdirSync)(dir).length > 0) {
        throw new errors/* UserError */.y(`Cannot create a Python environment in ${dir}: the directory is not empty. Use a new directory.`);
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const kind = options.kind ?? 'auto';
    const started = Date.now();
    let environment;
    if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
        const made = await makeVenv(py, dir, log, options.seed === 'copy' ? 'copy' : 'bundled');
        if (made.ok) {
            environment = made.environment;
        }
        else if (kind === 'venv') {
            throw new errors/* UserError */.y(`${made.error}\nInstall the interpreter's venv/ensurepip modules (Debian: python3-venv).`);
        }
        else {
            log.warning(`${made.error}\nFalling back to a site-dir environment.`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
    }
    environment ??= await makeSiteDirEnvironment(py, dir, log, options.seed === 'bundled' ? 'bundled' : 'copy');
    log.info(`Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms `
        + `(pip ${environment.pipVersion || 'absent'})`);
    return environment;
}
async function runLogged(log, file, args, env, cwd) {
    log.info(`$ ${formatCommand(file, args)}`);
    return run(file, args, { env, cwd, timeoutMs: 600_000 });
}
/** Python 2.6+/3.x: what an environment looks like from inside. */
const DESCRIBE_SCRIPT = `# pyrelease: describe environment
import sys, os, json
try:
    import sysconfig
    purelib = sysconfig.get_paths()['purelib']
except Exception:
    from distutils.sysconfig import get_python_lib
    purelib = get_python_lib()
try:
    import pip
    pip_version, pip_file = pip.__version__, os.path.abspath(pip.__file__)
except Exception:
    pip_version, pip_file = '', ''
sys.stdout.write('${environments_MARK}' + json.dumps({'purelib': purelib, 'pip': pip_version, 'pip_file': pip_file,
    'sys_path': sys.path, 'prefix': sys.prefix}) + '\\n')
`;
async function describe(python, env, cwd, log) {
    log.debug(`$ ${formatCommand(python, ['-c', DESCRIBE_SCRIPT])}`);
    const r = await run(python, ['-c', DESCRIBE_SCRIPT], { env, cwd, timeoutMs: 120_000 });
    const d = markedJson(r.stdout, environments_MARK);
    if (r.code !== 0 || !d)
        throw new Error(`The new environment's interpreter ${python} does not run (exit ${r.code}):\n${tail(r.stderr)}`);
    return d;
}
function withPath(env, binDir) {
    const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    return { ...env, [key]: env[key] ? `${binDir}${external_node_path_.delimiter}${env[key]}` : binDir };
}
async function makeVenv(py, root, log, seed) {
    const base = cleanEnvironment();
    const args = seed === 'copy' ? ['-m', 'venv', '--without-pip', root] : ['-m', 'venv', root];
    const r = await runLogged(log, py.path, args, base, root);
    if (r.code !== 0) {
        return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}` };
    }
    const binDir = (0,external_node_path_.join)(root, environments_isWindows ? 'Scripts' : 'bin');
    const python = (0,external_node_path_.join)(binDir, environments_isWindows ? 'python.exe' : 'python');
    const env = withPath({ ...base, VIRTUAL_ENV: root }, binDir);
    let d = await describe(python, env, root, log);
    if (seed === 'copy') {
        if (!(await copySeed(py, d.purelib, root, log))) {
            log.warning(`${py.path} has no installed pip with a RECORD to copy; using ensurepip's bundled pip instead.`);
            const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
            if (ensure.code !== 0)
                log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${tail(ensure.stderr)}`);
        }
        writePipWrappers(binDir, py, python, '');
        d = await describe(python, env, root, log);
    }
    return {
        ok: true,
        environment: {
            root,
            python,
            env,
            sitePackages: d.purelib,
            siteDirs: [d.purelib],
            binDir,
            pipVersion: d.pip,
            kind: 'venv',
            base: py,
        },
    };
}
const SCHEME_MARK = '__PYRELEASE_SCHEME__';
/**
 * Python 2.6+/3.x: the directories pip will install into for `--prefix root`
 * (distutils' install scheme, which pip uses on Python 2 and on older 3.x;
 * sysconfig's, which newer pips use), and sys.path as `python -S` has it.
 */
const SCHEME_SCRIPT = `# pyrelease: prefix scheme
import sys, os, json
root = sys.argv[1]
dirs = []
scripts = os.path.join(root, 'bin')
try:
    import warnings
    warnings.simplefilter('ignore')
    from distutils.dist import Distribution
    from distutils.command.install import install
    cmd = install(Distribution())
    cmd.prefix = root
    cmd.finalize_options()
    dirs += [cmd.install_purelib, cmd.install_platlib]
    scripts = cmd.install_scripts
except Exception:
    pass
try:
    import sysconfig
    schemes = ['posix_prefix' if os.name != 'nt' else 'nt']
    if hasattr(sysconfig, 'get_default_scheme'):
        schemes.append(sysconfig.get_default_scheme())
    for scheme in schemes:
        if scheme in sysconfig.get_scheme_names():
            paths = sysconfig.get_paths(scheme, vars={'base': root, 'platbase': root})
            dirs += [paths['purelib'], paths['platlib']]
except Exception:
    pass
unique = []
for d in dirs:
    d = os.path.abspath(d)
    if d not in unique:
        unique.append(d)
sys.stdout.write('${SCHEME_MARK}' + json.dumps({'dirs': unique, 'scripts': os.path.abspath(scripts)}) + '\\n')
`;
const PRESITE_SCRIPT = `# pyrelease: sys.path without site
import sys, json
sys.stdout.write('${SCHEME_MARK}' + json.dumps([p for p in sys.path if p]) + '\\n')
`;
/** Python 2.6+/3.x source of the environment's sitecustomize.py. */
function sitecustomizeSource(o) {
    const lit = (v) => JSON.stringify(v); // JSON strings and lists are Python literals too
    return `# -*- coding: utf-8 -*-
# Written by python-release-actions. Makes ${o.root} an isolated environment of the
# interpreter at ${o.basePrefix}: PYTHONPATH names this directory, so site.py imports this
# module at start-up, after it has added the base interpreter's site-packages. This puts
# sys.path back to the standard library only (as "python -S" has it), forgets whatever the
# base's .pth files imported, then adds this environment's site directories.
import os
import sys
import site

_BASE_PREFIX = ${lit(o.basePrefix)}
_PRE_SITE = ${lit(o.preSite)}
_SITE_DIRS = ${lit(o.siteDirs)}


def _norm(path):
    return os.path.normcase(os.path.abspath(path))


def _activate():
    if _norm(os.path.realpath(sys.prefix)) != _norm(os.path.realpath(_BASE_PREFIX)):
        return  # another interpreter inherited PYTHONPATH: not ours to change
    keep = set(_norm(p) for p in _PRE_SITE)
    for p in os.environ.get('PYTHONPATH', '').split(os.pathsep):
        if p:
            keep.add(_norm(p))
    dropped = [_norm(p) for p in sys.path if p and _norm(p) not in keep]
    sys.path[:] = [p for p in sys.path if p and _norm(p) in keep]

    def from_dropped(path):
        if not path:
            return False
        n = _norm(path)
        for d in dropped:
            if n == d or n.startswith(d.rstrip(os.sep) + os.sep):
                return True
        return False

    gone = set()
    for name, module in list(sys.modules.items()):
        if module is None or name in ('sys', 'os', 'site', __name__):
            continue
        path = list(getattr(module, '__path__', None) or [])
        if from_dropped(getattr(module, '__file__', None)) or (path and all(from_dropped(p) for p in path)):
            gone.add(name)
    for hooks in (sys.meta_path, sys.path_hooks):
        for hook in list(hooks):
            if getattr(hook, '__module__', None) in gone:
                hooks.remove(hook)
    for name in gone:
        del sys.modules[name]
    sys.path_importer_cache.clear()
    for d in _SITE_DIRS:
        site.addsitedir(d)


try:
    _activate()
except Exception:
    # site.py would print one line and carry on with the base's packages visible: a
    # verification must not run in a half-isolated interpreter, so stop here instead.
    import traceback
    sys.stderr.write('python-release-actions: cannot activate the environment %s:\\n' % ${lit(o.root)})
    traceback.print_exc()
    sys.stderr.flush()
    os._exit(70)
del _activate
`;
}
function shellQuote(s) {
    return `'${s.replace(/'/g, "'\\''")}'`;
}
function writeScript(path, text) {
    (0,external_node_fs_.writeFileSync)(path, text);
    (0,external_node_fs_.chmodSync)(path, 0o755);
}
/** `pip`, `pipX`, `pipX.Y` running `python -m pip`, where no install wrote them (POSIX only). */
function writePipWrappers(binDir, py, python, preamble) {
    if (environments_isWindows)
        return;
    for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
        const path = (0,external_node_path_.join)(binDir, `pip${v}`);
        if (!(0,external_node_fs_.existsSync)(path))
            writeScript(path, `#!/bin/sh\n${preamble}exec ${shellQuote(python)} -m pip "$@"\n`);
    }
}
/** POSIX wrappers so `python`, `pythonX.Y` and `pip` on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir, py, activateDir) {
    if (environments_isWindows)
        return;
    const preamble = [
        '# python-release-actions site-dir environment: the base interpreter with this environment active.',
        `PYTHONPATH=${shellQuote(activateDir)}\${PYTHONPATH:+:\$PYTHONPATH}`,
        'PYTHONNOUSERSITE=1',
        'export PYTHONPATH PYTHONNOUSERSITE',
        'unset PYTHONHOME',
        '',
    ].join('\n');
    for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
        writeScript((0,external_node_path_.join)(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
    }
    writePipWrappers(binDir, py, py.path, preamble);
}
const SEED_MARK = '__PYRELEASE_SEED__';
/**
 * Python 2.6+/3.x: copies installed distributions (pip, setuptools, wheel)
 * into `dest`, every file their RECORD lists inside their site directory
 * (scripts outside it and bytecode are left behind), so the copy is a normal,
 * uninstallable installation.
 */
const SEED_SCRIPT = `# pyrelease: seed pip
import sys, os, re, csv, json, shutil
dest = sys.argv[1]
def canon(name):
    return re.sub(r'[-_.]+', '-', name).lower()
done, missing = [], []
for wanted in sys.argv[2:]:
    found = None
    for d in sys.path:
        if not d or not os.path.isdir(d):
            continue
        for entry in sorted(os.listdir(d)):
            if entry.endswith('.dist-info') and canon(entry[:-len('.dist-info')].split('-')[0]) == canon(wanted):
                found = (os.path.abspath(d), entry)
                break
        if found:
            break
    if not found:
        missing.append(wanted + ': not installed')
        continue
    site_dir, info = found
    record = os.path.join(site_dir, info, 'RECORD')
    if not os.path.isfile(record):
        missing.append(wanted + ': no RECORD in ' + os.path.join(site_dir, info))
        continue
    if sys.version_info[0] < 3:
        handle = open(record, 'rb')
    else:
        handle = open(record, newline='', encoding='utf-8')
    rows = list(csv.reader(handle))
    handle.close()
    count = 0
    for row in rows:
        if not row or not row[0]:
            continue
        source = os.path.normpath(os.path.join(site_dir, row[0]))
        if not source.startswith(site_dir + os.sep) or source.endswith('.pyc') or '__pycache__' in source:
            continue
        if not os.path.isfile(source):
            continue
        target = os.path.join(dest, os.path.relpath(source, site_dir))
        if not os.path.isdir(os.path.dirname(target)):
            os.makedirs(os.path.dirname(target))
        shutil.copy2(source, target)
        count += 1
    done.append({'name': wanted, 'dist_info': info, 'files': count, 'from': site_dir})
sys.stdout.write('${SEED_MARK}' + json.dumps({'done': done, 'missing': missing}) + '\\n')
`;
const BUNDLED_SCRIPT = `# pyrelease: ensurepip wheels
import sys, os, json
try:
    import ensurepip
    d = os.path.join(os.path.dirname(os.path.abspath(ensurepip.__file__)), '_bundled')
    wheels = sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith('.whl'))
except Exception:
    wheels = []
sys.stdout.write('${SEED_MARK}' + json.dumps(wheels) + '\\n')
`;
/** Runs pip from its own wheel (as ensurepip does): `python -c RUN_PIP_FROM <pip.whl> install ...`. */
const RUN_PIP_FROM = `# pyrelease: pip from a wheel
import sys, runpy
sys.path.insert(0, sys.argv.pop(1))
sys.argv[0] = 'pip'
runpy.run_module('pip', run_name='__main__', alter_sys=True)
`;
/** Copies the base's pip (setuptools, wheel) into `dest`; whether pip was among them. */
async function copySeed(py, dest, cwd, log) {
    const args = ['-c', SEED_SCRIPT, dest, 'pip', 'setuptools', 'wheel'];
    log.info(`$ ${formatCommand(py.path, args)}`);
    const r = await run(py.path, args, { env: cleanEnvironment(), cwd, timeoutMs: 300_000 });
    const result = markedJson(r.stdout, SEED_MARK);
    if (r.code !== 0 || !result) {
        throw new Error(`Copying pip into ${dest} failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
    }
    for (const d of result.done)
        log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
    if (result.missing.length)
        log.debug(`Not copied: ${result.missing.join('; ')}`);
    return result.done.some((d) => d.name === 'pip');
}
async function makeSiteDirEnvironment(py, root, log, seed) {
    const base = cleanEnvironment();
    const fail = (what, r) => {
        throw new Error(`${what} failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
    };
    const scheme = await run(py.path, ['-c', SCHEME_SCRIPT, root], { env: base, cwd: root, timeoutMs: 120_000 });
    const layout = markedJson(scheme.stdout, SCHEME_MARK);
    if (scheme.code !== 0 || !layout || layout.dirs.length === 0)
        fail('Computing the install scheme', scheme);
    const preSiteRun = await run(py.path, ['-S', '-c', PRESITE_SCRIPT], { env: base, cwd: root, timeoutMs: 120_000 });
    const preSite = markedJson(preSiteRun.stdout, SCHEME_MARK);
    if (preSiteRun.code !== 0 || !preSite)
        fail('Reading sys.path without site', preSiteRun);
    // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
    const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix;
    const siteDirs = layout.dirs;
    const binDir = layout.scripts;
    const activateDir = (0,external_node_path_.join)(root, '.pyrelease');
    for (const d of [...siteDirs, binDir, activateDir])
        (0,external_node_fs_.mkdirSync)(d, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(activateDir, 'sitecustomize.py'), sitecustomizeSource({ root, basePrefix, preSite: preSite, siteDirs }));
    writeSiteDirWrappers(binDir, py, activateDir);
    const env = withPath({ ...base, PYTHONPATH: activateDir }, binDir);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'pyrelease-environment.json'), `${JSON.stringify({
        kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
    }, null, 2)}\n`);
    const sitePackages = siteDirs[0];
    let seeded = false;
    if (seed === 'copy') {
        seeded = await copySeed(py, sitePackages, root, log);
        if (!seeded)
            log.info(`${py.path} has no installed pip with a RECORD to copy; trying ensurepip's bundled wheels.`);
    }
    if (!seeded) {
        const found = await run(py.path, ['-c', BUNDLED_SCRIPT], { env: base, cwd: root, timeoutMs: 120_000 });
        const wheels = markedJson(found.stdout, SEED_MARK) ?? [];
        const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
        if (pipWheel) {
            const args = ['-c', RUN_PIP_FROM, pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
                '--ignore-installed', '--prefix', root, ...wheels];
            const r = await runLogged(log, py.path, args, env, root);
            if (r.code !== 0)
                fail('Installing ensurepip\'s bundled pip', r);
        }
        else {
            log.warning(`${py.path} has neither an installed pip to copy nor ensurepip's bundled wheels: the environment has no pip.`);
        }
    }
    const d = await describe(py.path, env, root, log);
    const outside = d.sys_path.filter((p) => /[\\/](site|dist)-packages([\\/]|$)/.test(p) && !isInside(root, p));
    if (outside.length > 0) {
        throw new Error(`The site-dir environment ${root} still sees the base interpreter's packages: ${outside.join(', ')}`);
    }
    if (d.pip && !isInside(root, d.pip_file)) {
        throw new Error(`pip in the environment ${root} is imported from ${d.pip_file}, outside the environment`);
    }
    return {
        root,
        python: py.path,
        env,
        sitePackages,
        siteDirs,
        binDir,
        pipVersion: d.pip,
        kind: 'site-dir',
        base: py,
    };
}
/** Whether `path` is `dir` or lies inside it (lexically; callers resolve symlinks first where it matters). */
function isInside(dir, path) {
    const a = (0,external_node_path_.resolve)(dir);
    const b = (0,external_node_path_.resolve)(path);
    return b === a || b.startsWith(a.endsWith('/') || a.endsWith('\\') ? a : `${a}${environments_isWindows ? '\\' : '/'}`);
}

;// CONCATENATED MODULE: ./lib/python/pip.js
/** Installing into an environment with pip, with nothing but the sources the caller names. */





/** '23.2.1' → [23, 2, 1]; '26.2b1' → [26, 2]. */
function versionParts(version) {
    return (/^\d+(?:\.\d+)*/.exec(version.trim())?.[0] ?? '').split('.').filter(Boolean).map(Number);
}
/** Whether pip `version` is at least `minimum` (release numbers only). */
function pipAtLeast(version, minimum) {
    const a = versionParts(version);
    const b = versionParts(minimum);
    if (a.length === 0)
        return false;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return true;
}
/** pip 26.2 caches /simple/ pages by their Cache-Control and added --refresh-package to bypass that. */
function pipSupportsRefreshPackage(pipVersion) {
    return pipAtLeast(pipVersion, '26.2');
}
const pip_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
/** A local path made absolute, because pip runs in the environment's directory; URLs and names unchanged. */
function localPath(value, mustExist) {
    if (pip_URL.test(value) || (0,external_node_path_.isAbsolute)(value))
        return value;
    const looksLikePath = value.includes('/') || value.includes('\\') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(value);
    if (!looksLikePath)
        return value;
    const abs = (0,external_node_path_.resolve)(value);
    return !mustExist || (0,external_node_fs_.existsSync)(abs) ? abs : value;
}
/** The arguments after the interpreter for `pip install` of `req` in `env`. */
function pipInstallArgs(env, req, log = silentLogger) {
    const args = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input'];
    if (req.noCacheDir !== false)
        args.push('--no-cache-dir');
    // A site-dir environment runs the base interpreter, whose default scheme is the base's site-packages.
    if (env.kind === 'site-dir')
        args.push('--prefix', env.root);
    if (req.noIndex)
        args.push('--no-index');
    if (req.indexUrl)
        args.push('--index-url', req.indexUrl);
    for (const url of req.extraIndexUrls ?? [])
        args.push('--extra-index-url', url);
    for (const link of req.findLinks ?? [])
        args.push('--find-links', localPath(link, false));
    if (req.noDeps)
        args.push('--no-deps');
    if (req.onlyBinary?.length)
        args.push('--only-binary', req.onlyBinary.join(','));
    if (req.pre)
        args.push('--pre');
    if (req.upgrade)
        args.push('--upgrade');
    if (req.refreshPackage) {
        if (pipSupportsRefreshPackage(env.pipVersion)) {
            args.push('--refresh-package', req.refreshPackage);
        }
        else {
            log.info(`pip ${env.pipVersion || '(unknown)'} has no --refresh-package (pip 26.2 added it); `
                + (req.noCacheDir === false
                    ? 'this pip revalidates /simple/ pages anyway (pip 18.1 and later)'
                    : '--no-cache-dir makes pip read the index afresh'));
        }
    }
    args.push(...(req.extraArgs ?? []));
    // "--" ends pip's options: a requirement that starts with "-" cannot become an option.
    args.push('--', ...req.requirements.map((r) => localPath(r, true)));
    return args;
}
/**
 * `pip install` into the environment. Never reads pip configuration files or
 * PIP_* variables (the environment's variables exclude them), never checks
 * for a newer pip, never prompts, and by default uses no cache. Runs in the
 * environment's root so that a setup.cfg or a same-named directory in the
 * caller's working directory plays no part.
 */
async function pipInstall(env, req, log = silentLogger) {
    if (req.requirements.length === 0)
        throw new errors/* UserError */.y('Nothing to install: give at least one requirement.');
    if (!env.pipVersion) {
        throw new errors/* UserError */.y(`The environment ${env.root} has no pip (its interpreter ${env.base.path} had none to give it). Use an interpreter with pip.`);
    }
    const args = pipInstallArgs(env, req, log);
    const command = [env.python, ...args].map(maskCredentials);
    log.info(`$ ${formatCommand(env.python, args)}`);
    const r = await run(env.python, args, { env: env.env, cwd: env.root, timeoutMs: req.timeoutMs });
    if (r.spawnError)
        throw new errors/* UserError */.y(`Could not run ${env.python}: ${r.spawnError}.`);
    if (r.code !== 0)
        log.debug(`pip install exited ${r.code}:\n${r.stderr}`);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr, command };
}

;// CONCATENATED MODULE: ./lib/python/inspect.js
/** What an environment has installed, seen from inside it. */





const inspect_MARK = '__PYRELEASE_INSPECT__';
/**
 * Shared prologue (Python 2.6+/3.x). With -c, sys.path[0] is '' (the working
 * directory): drop it and any other spelling of the working directory, so a
 * source tree or same-named package there cannot shadow the installed one.
 */
const PROLOGUE = `import sys, os, json
_cwd = os.path.normcase(os.path.abspath(os.getcwd()))
sys.path[:] = [p for p in sys.path if p and os.path.normcase(os.path.abspath(p)) != _cwd]
def _emit(value):
    sys.stdout.write('${inspect_MARK}' + json.dumps(value) + '\\n')
    sys.stdout.flush()
`;
const IMPORT_SCRIPT = `# pyrelease: inspect import
${PROLOGUE}
import traceback
def _text(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except Exception:
        return repr(value)
try:
    import importlib
    module = importlib.import_module(sys.argv[1])
    location = getattr(module, '__file__', None)
    if not location:
        paths = list(getattr(module, '__path__', None) or [])
        location = paths[0] if paths else None
    _emit({'ok': True,
           'version': _text(getattr(module, '__version__', None)),
           'commit': _text(getattr(module, '__commit__', None)),
           'file': os.path.abspath(location) if location else None})
except BaseException:
    _emit({'ok': False, 'error': traceback.format_exc()})
`;
/**
 * Imports `importName` inside the environment, running in `cwd` (choose a
 * directory outside any checkout), and reports __version__, __commit__ and
 * __file__. The working directory is removed from sys.path first.
 */
async function inspectImport(env, importName, cwd, log = silentLogger) {
    const r = await runPython(env, ['-c', IMPORT_SCRIPT, importName], { cwd, log, timeoutMs: 300_000 });
    const result = markedJson(r.stdout, inspect_MARK);
    if (!result) {
        return { ok: false, error: `importing ${importName} gave no answer (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${tail(r.stderr || r.stdout)}` };
    }
    const out = { ok: result.ok };
    if (result.version != null)
        out.version = result.version;
    if (result.commit != null)
        out.commit = result.commit;
    if (result.file != null)
        out.file = result.file;
    if (result.error)
        out.error = result.error;
    return out;
}
const DIST_SCRIPT = `# pyrelease: installed distribution
${PROLOGUE}
import re, csv
def canon(name):
    return re.sub(r'[-_.]+', '-', name).lower()
def read(path):
    handle = open(path, 'rb')
    try:
        return handle.read().decode('utf-8', 'replace')
    finally:
        handle.close()
def headers(text):
    result = {}
    for line in text.splitlines():
        if not line.strip():
            break
        if ':' in line and not line[0].isspace():
            key, value = line.split(':', 1)
            result.setdefault(key.strip().lower(), value.strip())
    return result
def record_paths(path):
    if sys.version_info[0] < 3:
        handle = open(path, 'rb')
    else:
        handle = open(path, newline='', encoding='utf-8')
    try:
        return [row[0] for row in csv.reader(handle) if row and row[0]]
    finally:
        handle.close()
want = canon(sys.argv[1])
found = []
for d in sys.path:
    if not d or not os.path.isdir(d):
        continue
    for entry in sorted(os.listdir(d)):
        if not (entry.endswith('.dist-info') or entry.endswith('.egg-info')):
            continue
        if canon(entry.rsplit('.', 1)[0].split('-')[0]) != want:
            continue
        found.append((os.path.abspath(d), entry))
if not found:
    _emit(None)
    sys.exit(0)
site_dir, entry = found[0]
meta_dir = os.path.join(site_dir, entry)
if entry.endswith('.dist-info'):
    meta = headers(read(os.path.join(meta_dir, 'METADATA')))
    files = record_paths(os.path.join(meta_dir, 'RECORD')) if os.path.isfile(os.path.join(meta_dir, 'RECORD')) else []
elif os.path.isdir(meta_dir):
    meta = headers(read(os.path.join(meta_dir, 'PKG-INFO')))
    listed = os.path.join(meta_dir, 'installed-files.txt')
    files = []
    if os.path.isfile(listed):
        for line in read(listed).splitlines():
            if line.strip():
                files.append(os.path.relpath(os.path.normpath(os.path.join(meta_dir, line.strip())), site_dir).replace(os.sep, '/'))
else:
    meta = headers(read(meta_dir))
    files = []
top_level_file = os.path.join(meta_dir, 'top_level.txt')
if os.path.isfile(top_level_file):
    top_level = [l.strip() for l in read(top_level_file).splitlines() if l.strip()]
else:
    # Newer build backends (hatchling, flit) write no top_level.txt: derive it from the files.
    top_level = []
    for f in files:
        first = f.replace('\\\\', '/').split('/')[0]
        if first in ('..', '__pycache__') or first.endswith('.dist-info') or first.endswith('.egg-info') or first.endswith('.data') or first.endswith('.pth'):
            continue
        name = first[:-3] if first.endswith('.py') else first.split('.')[0]
        if name and name not in top_level:
            top_level.append(name)
_emit({'name': meta.get('name', entry.split('-')[0]),
       'version': meta.get('version', ''),
       'topLevel': top_level,
       'files': files,
       'location': site_dir,
       'metadataDir': meta_dir,
       'alsoFound': [os.path.join(d, e) for d, e in found[1:]]})
`;
/**
 * The distribution `distName` as installed in the environment (the first on
 * sys.path, as an import would see it), read from its .dist-info directly:
 * no pkg_resources or importlib.metadata, so it works the same on 2.7.
 */
async function installedDistribution(env, distName, log = silentLogger) {
    const r = await runPython(env, ['-c', DIST_SCRIPT, distName], { cwd: env.root, log, timeoutMs: 120_000 });
    if (r.code !== 0 || !r.stdout.includes(inspect_MARK)) {
        throw new Error(`Reading the installed ${distName} in ${env.root} failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
    }
    return markedJson(r.stdout, inspect_MARK) ?? undefined;
}
/** Whether `file` lies inside the environment's root, comparing real paths (macOS /var is /private/var). */
function fileIsInEnvironment(env, file) {
    const real = (p) => {
        try {
            return (0,external_node_fs_.realpathSync)(p);
        }
        catch {
            return (0,external_node_path_.resolve)(p);
        }
    };
    const rel = (0,external_node_path_.relative)(real(env.root), real(file));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}

;// CONCATENATED MODULE: ./lib/python/index.js
/**
 * Python interpreters, isolated environments and pip, for verify-install and
 * the rehearsal: everything that runs inside Python works on 2.7 and 3.x.
 */








// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(608);
// EXTERNAL MODULE: ./lib/distributions/workers.js + 1 modules
var workers = __webpack_require__(1172);
;// CONCATENATED MODULE: ./lib/distributions/hashes.js
/**
 * The two digests PyPI records for every file: sha256 (what pip checks and the
 * manifest keys on) and blake2b-256 (what warehouse uses for duplicate detection
 * and storage paths). node:crypto's blake2b512 cannot produce a 256-bit output,
 * and BLAKE2b-256 is not a truncation of BLAKE2b-512, so hash-wasm provides it.
 */



async function createDigester() {
    const sha256 = createHash('sha256');
    const blake2b = await createBLAKE2b(256);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('digester already finished');
            sha256.update(chunk);
            blake2b.update(chunk);
            size += chunk.byteLength;
        },
        digest() {
            if (done)
                throw new Error('digester already finished');
            done = true;
            return { sha256: sha256.digest('hex'), blake2b256: blake2b.digest('hex'), size };
        },
    };
}
async function hashes_hashFile(path, opts = { blake2b: true }) {
    if (!opts.blake2b) {
        const scan = await (0,workers/* scanOnWorker */.$6)({ path, members: [], wholeFile: true }, undefined, async () => { });
        return { sha256: scan.sha256, size: scan.size };
    }
    let blake2b = await (0,index_umd.createBLAKE2b)(256);
    const scan = await (0,workers/* scanOnWorker */.$6)({ path, members: [], wholeFile: true }, (chunk) => blake2b.update(chunk), async () => {
        blake2b = await (0,index_umd.createBLAKE2b)(256);
    });
    return { sha256: scan.sha256, blake2b256: blake2b.digest('hex'), size: scan.size };
}
/**
 * sha256, BLAKE2b-256 and optionally md5 (what an index records) of a stream,
 * optionally stored to `writeTo` (a new file) as well: hashing and writing on a
 * worker thread, BLAKE2b-256 on this one, so a server receiving an upload keeps
 * its event loop for the network.
 */
async function createStreamDigester(opts = {}) {
    const blake2b = await createBLAKE2b(256);
    const remote = streamHashOnWorker(opts.md5 ? ['sha256', 'md5'] : ['sha256'], opts.writeTo);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('digester already finished');
            blake2b.update(chunk);
            remote.update(chunk);
            size += chunk.byteLength;
        },
        ready: () => remote.ready(),
        async digest() {
            if (done)
                throw new Error('digester already finished');
            done = true;
            const hashes = await remote.digest();
            return { sha256: hashes.sha256, blake2b256: blake2b.digest('hex'), size, ...(opts.md5 ? { md5: hashes.md5 } : {}) };
        },
        abort() {
            done = true;
            return remote.abort();
        },
    };
}

;// CONCATENATED MODULE: ./lib/distributions/metadata.js
/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist) and the WHEEL file:
 * RFC 822 style headers parsed like Python's `email` package with the compat32
 * policy, which is what packaging.metadata.parse_email and twine use. Folded
 * lines stay in the value as "\n" + the raw continuation line; a line that is
 * neither a header nor a continuation starts the body.
 */

/** What PyPI accepts (warehouse `SUPPORTED_METADATA_VERSIONS`). */
const metadata_SUPPORTED_METADATA_VERSIONS = (/* unused pure expression or super */ null && (['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']));
class metadata_MetadataError extends errors/* UserError */.y {
    constructor(message) {
        super(message);
        this.name = 'MetadataError';
    }
}
// Python's feedparser headerRE: printable ASCII except ":" and space, then ":".
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;
function parseHeaderBlock(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const headers = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') {
            i++;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
            headers[headers.length - 1][1] += '\n' + line;
            continue;
        }
        const match = HEADER_LINE.exec(line);
        if (!match)
            break; // compat32: a non-header line begins the body
        headers.push([match[1], match[2].replace(/^[ \t]+/, '')]);
    }
    if (i >= lines.length)
        return { headers };
    const body = lines.slice(i).join('\n');
    return body === '' ? { headers } : { headers, body };
}
/** All values of a header, matched case-insensitively. */
function headerValues(headers, name) {
    const wanted = name.toLowerCase();
    return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}
/** The first value of a header, matched case-insensitively. */
function headerValue(headers, name) {
    return headerValues(headers, name)[0];
}
function metadata_parseCoreMetadata(text) {
    const { headers, body } = parseHeaderBlock(text);
    const required = (field) => {
        const value = headerValue(headers, field)?.trim();
        if (!value) {
            throw new metadata_MetadataError(`Core metadata has no ${field} field; rebuild the distribution with a current build backend (the field is required by the core metadata specification).`);
        }
        return value;
    };
    const metadataVersion = required('Metadata-Version');
    const name = required('Name');
    const version = required('Version');
    let description;
    if (body !== undefined && body.trim() !== '')
        description = body;
    else {
        const header = headerValue(headers, 'Description');
        if (header !== undefined)
            description = unfoldDescription(header);
    }
    return { metadataVersion, name, version, headers, ...(description !== undefined ? { description } : {}) };
}
/** Old-style Description headers indent continuation lines with up to 8 spaces and a "|". */
function unfoldDescription(value) {
    const [first, ...rest] = value.split('\n');
    return [first, ...rest.map((line) => (/^[ \t]{1,8}\|/.test(line) ? line.replace(/^[ \t]{1,8}\|/, '') : line.replace(/^[ \t]+/, '')))].join('\n');
}
/** WHEEL (and similar key/value files) as header name → values, in order of appearance. */
function metadata_parseWheelFile(text) {
    const result = Object.create(null);
    for (const [key, value] of parseHeaderBlock(text).headers) {
        (result[key] ??= []).push(value.trim());
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/distributions/record.js
/**
 * A wheel's RECORD: CSV as Python's `csv` module reads it (excel dialect), rows of
 * `path,algorithm=urlsafe-b64-digest-without-padding,size`. Installation must
 * fail when a file is not both listed and correctly hashed, so preflight checks
 * both the listing (as warehouse does) and every digest and size.
 */
/**
 * Python csv reader semantics: "," delimiter, '"' quotes with "" escaping, quoted
 * fields may hold newlines; a quote inside an unquoted field is literal; text
 * after a closing quote is appended; blank lines produce no row.
 */
function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let state = 'start';
    let rowHasContent = false;
    const endField = () => {
        row.push(field);
        field = '';
        state = 'start';
    };
    const endRow = () => {
        if (rowHasContent || row.length > 0) {
            endField();
            rows.push(row);
        }
        row = [];
        field = '';
        state = 'start';
        rowHasContent = false;
    };
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (state === 'quoted') {
            if (ch === '"')
                state = 'quote-in-quoted';
            else
                field += ch;
            continue;
        }
        if (state === 'quote-in-quoted') {
            if (ch === '"') {
                field += '"';
                state = 'quoted';
                continue;
            }
            state = 'unquoted'; // closing quote: fall through and treat ch normally
        }
        if (ch === ',') {
            rowHasContent = true;
            endField();
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            endRow();
        }
        else if (ch === '"' && state === 'start') {
            state = 'quoted';
            rowHasContent = true;
        }
        else {
            field += ch;
            state = 'unquoted';
            rowHasContent = true;
        }
    }
    if (state === 'quoted' || state === 'quote-in-quoted' || rowHasContent || row.length > 0)
        endRow();
    return rows;
}
function parseRecord(text) {
    return parseCsv(text).map((cells) => {
        const [path = '', hash = '', size = ''] = cells;
        const row = { path };
        if (hash !== '') {
            const eq = hash.indexOf('=');
            if (eq === -1)
                row.algorithm = hash;
            else {
                row.algorithm = hash.slice(0, eq).toLowerCase();
                row.digest = hash.slice(eq + 1);
            }
        }
        if (size !== '') {
            if (/^\d+$/.test(size))
                row.size = Number(size);
            else
                row.badSize = size;
        }
        return row;
    });
}
const FORBIDDEN_ALGORITHMS = new Set(['md5', 'sha1']);
/**
 * Checks RECORD against the archive: the same file list both ways (directories
 * and RECORD.jws/.p7s excepted, as warehouse does), a sha256-or-stronger hash and
 * a matching size for every file except RECORD itself, and the sha256 digests
 * we computed. Digests in other strong algorithms are accepted unverified.
 */
function record_verifyRecord(recordText, members, distInfoDir) {
    const findings = [];
    const recordPath = `${distInfoDir}/RECORD`;
    const exempt = new Set([recordPath, `${distInfoDir}/RECORD.jws`, `${distInfoDir}/RECORD.p7s`]);
    const rows = parseRecord(recordText).map((row) => ({ ...row, path: row.path.replace(/\\/g, '/') }));
    const rowsByPath = new Map(rows.map((row) => [row.path, row]));
    const files = members.filter((m) => !m.isDirectory && !m.name.endsWith('/'));
    const fileNames = new Set(files.map((m) => m.name));
    const unlisted = files.filter((m) => !rowsByPath.has(m.name) && !exempt.has(m.name)).map((m) => m.name);
    const absent = rows.filter((row) => !fileNames.has(row.path) && row.path !== recordPath).map((row) => row.path);
    if (unlisted.length > 0) {
        findings.push({ rule: 'wheel-record-mismatch', members: unlisted, message: `${count(unlisted, 'file')} in the wheel ${unlisted.length === 1 ? 'is' : 'are'} not listed in RECORD: ${record_sample(unlisted)}` });
    }
    if (absent.length > 0) {
        findings.push({ rule: 'wheel-record-mismatch', members: absent, message: `RECORD lists ${count(absent, 'file')} the wheel does not contain: ${record_sample(absent)}` });
    }
    const weak = [];
    const unhashed = [];
    const wrong = [];
    for (const member of files) {
        if (exempt.has(member.name))
            continue;
        const row = rowsByPath.get(member.name);
        if (!row)
            continue;
        if (!row.algorithm || row.digest === undefined || row.digest === '') {
            unhashed.push(member.name);
            continue;
        }
        if (FORBIDDEN_ALGORITHMS.has(row.algorithm)) {
            weak.push(`${member.name} (${row.algorithm})`);
            continue;
        }
        if (member.size === undefined)
            continue; // not read, e.g. refused as a zip bomb
        const sizeWrong = row.badSize !== undefined || (row.size !== undefined && row.size !== member.size);
        const digestWrong = row.algorithm === 'sha256' && member.sha256 !== undefined && stripPadding(row.digest) !== member.sha256;
        if (sizeWrong || digestWrong)
            wrong.push(member.name);
    }
    if (weak.length > 0) {
        findings.push({ rule: 'wheel-record-weak-hash', members: weak, message: `RECORD hashes ${count(weak, 'file')} with md5 or sha1, which the wheel specification forbids: ${record_sample(weak)}` });
    }
    if (unhashed.length > 0) {
        findings.push({ rule: 'wheel-record-hash', members: unhashed, message: `RECORD has no hash for ${count(unhashed, 'file')}: ${record_sample(unhashed)}` });
    }
    if (wrong.length > 0) {
        findings.push({ rule: 'wheel-record-hash', members: wrong, message: `${count(wrong, 'file')} in the wheel ${wrong.length === 1 ? 'does' : 'do'} not match the hash or size RECORD gives: ${record_sample(wrong)}` });
    }
    return findings;
}
function stripPadding(digest) {
    return digest.replace(/=+$/, '');
}
function count(items, noun) {
    return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}
/** The first few items, so one broken RECORD is one readable line, not hundreds. */
function record_sample(items, limit = 5) {
    const shown = items.slice(0, limit).join(', ');
    return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./lib/distributions/zip-scan.js
/**
 * Reads a zip archive defensively: every structural problem becomes a finding
 * instead of an exception, nothing is ever extracted, and memory stays bounded
 * (members are streamed; only the few small text members asked for are kept,
 * each capped). Zip bombs are caught twice: from the sizes the central directory
 * declares, and while inflating, in case those sizes lie.
 */




const zip_scan_MiB = 1024 * 1024;
const zip_scan_DEFAULT_ARCHIVE_LIMITS = {
    maxMemberSize: 64 * zip_scan_MiB,
    maxCompressionRatio: 50,
    ratioCheckMinSize: 32 * zip_scan_MiB,
};
/** warehouse COMPRESSION_RATIO_MIN_SIZE: its whole-archive ratio check applies above this. */
const WAREHOUSE_RATIO_MIN_SIZE = 64 * zip_scan_MiB;
const REBUILD_FIX = 'Rebuild the distribution with a standard tool (python -m build, pip wheel, cibuildwheel) and do not edit the archive by hand.';
async function zip_scan_scanZip(path, options = {}) {
    const limits = { ...zip_scan_DEFAULT_ARCHIVE_LIMITS, ...definedOnly(options.limits ?? {}) };
    const capture = options.capture ?? (() => false);
    const maxCaptured = options.maxCaptured ?? 16;
    const problems = new ProblemList();
    const members = [];
    const captured = new Map();
    let zip;
    try {
        // decodeStrings=false: yauzl would stop at the first unsafe name ("../x"); names are
        // decoded and judged here so every one is reported. validateEntrySizes=false: sizes
        // are enforced here while inflating, per member, instead of failing the whole scan.
        zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
    }
    catch (error) {
        const reason = errorText(error);
        const noEocd = /end of central directory record signature not found/i.test(reason);
        problems.add('zip-invalid', [], {
            message: noEocd ? 'The file is not a zip archive' : `The zip archive cannot be read: ${reason}`,
            fix: 'Check that the file is a complete wheel (a truncated download or an HTML error page saved as .whl looks like this) and rebuild or download it again.',
            ...(noEocd ? { pypiMessage: 'Invalid distribution file. File is not a zipfile' } : {}),
        });
        return { readable: false, members, captured, problems: problems.list() };
    }
    try {
        const entries = await readCentralDirectory(zip, problems);
        const fileSize = zip.fileSize;
        const seen = new Set();
        const duplicates = [];
        const unsafe = [];
        const badMethod = [];
        const encrypted = [];
        const bombs = [];
        let totalDeclared = 0;
        const skip = new Set();
        for (const entry of entries) {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
            const member = {
                name,
                isDirectory: name.endsWith('/'),
                compressedSize: entry.compressedSize,
                declaredSize: entry.uncompressedSize,
                compressionMethod: entry.compressionMethod,
            };
            members.push(member);
            totalDeclared += entry.uncompressedSize;
            if (seen.has(name))
                duplicates.push(name);
            seen.add(name);
            const pathProblem = unsafePath(name);
            if (pathProblem)
                unsafe.push(`${printable(name)} (${pathProblem})`);
            if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
                badMethod.push(`${printable(name)} (method ${entry.compressionMethod})`);
                skip.add(entry);
            }
            if ((entry.generalPurposeBitFlag & 0x1) !== 0) {
                encrypted.push(printable(name));
                skip.add(entry);
            }
            if (isBomb(entry.uncompressedSize, entry.compressedSize, limits)) {
                bombs.push(`${printable(name)} (${entry.uncompressedSize} bytes from ${entry.compressedSize})`);
                skip.add(entry);
            }
        }
        if (unsafe.length > 0) {
            problems.add('zip-member-path', unsafe, {
                message: `${plural(unsafe.length, 'member has', 'members have')} an unsafe path: ${sample(unsafe)}`,
                fix: `${REBUILD_FIX} Member paths must be relative, use "/" as the separator and never contain "..".`,
            });
        }
        if (duplicates.length > 0) {
            problems.add('zip-duplicate-member', duplicates, {
                message: `${plural(duplicates.length, 'member name appears', 'member names appear')} more than once: ${sample(duplicates.map(printable))}`,
                fix: `${REBUILD_FIX} Tools disagree about which copy of a duplicated member wins.`,
            });
        }
        if (badMethod.length > 0) {
            problems.add('zip-compression-method', badMethod, {
                message: `${plural(badMethod.length, 'member uses', 'members use')} a compression method other than stored or deflate: ${sample(badMethod)}`,
                fix: `${REBUILD_FIX} Only stored and deflate are accepted.`,
                pypiMessage: 'Invalid distribution file. File does not use a supported compression type',
            });
        }
        if (encrypted.length > 0) {
            problems.add('zip-encrypted', encrypted, {
                message: `${plural(encrypted.length, 'member is', 'members are')} encrypted: ${sample(encrypted)}`,
                fix: `${REBUILD_FIX} Distributions cannot be encrypted.`,
            });
        }
        // warehouse's own bomb check, on the whole archive. When it trips, members are not
        // hashed: many members each just under the per-member threshold would otherwise
        // still cost an unbounded amount of inflating.
        const archiveRatio = fileSize > 0 ? totalDeclared / fileSize : 0;
        const warehouseRefuses = totalDeclared > WAREHOUSE_RATIO_MIN_SIZE && archiveRatio > limits.maxCompressionRatio;
        const hashMembers = options.hashMembers === true && !warehouseRefuses;
        // Second pass: inflate what we need, enforcing sizes as the bytes arrive. Where each
        // member's data starts comes from its local header (yauzl checks it); the bytes are read
        // in one sequential pass, on a worker thread when there is one (byte-kernel.ts).
        const inflateBombs = [];
        const corrupt = [];
        const oversized = [];
        const outcomes = new Map();
        const plans = [];
        const planned = [];
        let capturedCount = 0;
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            const member = members[i];
            if (member.isDirectory || skip.has(entry))
                continue;
            const wantBytes = capture(member.name) && capturedCount < maxCaptured;
            if (!wantBytes && !hashMembers)
                continue;
            if (wantBytes && entry.uncompressedSize > limits.maxMemberSize) {
                oversized.push(`${printable(member.name)} (${entry.uncompressedSize} bytes)`);
                if (!hashMembers)
                    continue;
            }
            const keep = wantBytes && entry.uncompressedSize <= limits.maxMemberSize;
            if (keep)
                capturedCount++;
            let fileDataStart;
            try {
                ({ fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true }));
            }
            catch (error) {
                outcomes.set(i, { kind: 'corrupt', reason: errorText(error) });
                continue;
            }
            plans.push({
                start: fileDataStart,
                length: entry.compressedSize,
                deflated: entry.compressionMethod === 8,
                declaredSize: entry.uncompressedSize,
                crc32: entry.crc32,
                keep,
                hash: hashMembers,
            });
            planned.push(i);
        }
        let digests;
        if (plans.length > 0 || options.fileDigests) {
            let blake2b = options.fileDigests && options.blake2b !== false ? await createBLAKE2b(256) : undefined;
            const restart = async () => {
                if (blake2b)
                    blake2b = await createBLAKE2b(256);
            };
            const request = { path, members: plans, wholeFile: options.fileDigests === true };
            let scanned;
            try {
                scanned = await scanOnWorker(request, blake2b ? (chunk) => blake2b.update(chunk) : undefined, restart);
            }
            catch (error) {
                // The file could be opened but not read through: every member read is in doubt.
                if (options.fileDigests)
                    throw error;
                scanned = { outcomes: plans.map(() => ({ kind: 'corrupt', reason: errorText(error) })) };
            }
            planned.forEach((index, k) => outcomes.set(index, scanned.outcomes[k]));
            if (options.fileDigests && scanned.sha256 !== undefined && scanned.size !== undefined) {
                digests = { sha256: scanned.sha256, size: scanned.size, ...(blake2b ? { blake2b256: blake2b.digest('hex') } : {}) };
            }
        }
        // Findings in central-directory order, whatever order the bytes were read in.
        for (let i = 0; i < members.length; i++) {
            const outcome = outcomes.get(i);
            if (!outcome)
                continue;
            const member = members[i];
            switch (outcome.kind) {
                case 'ok':
                    member.size = outcome.size;
                    if (outcome.sha256 !== undefined)
                        member.sha256 = outcome.sha256;
                    if (outcome.bytes)
                        captured.set(member.name, Buffer.from(outcome.bytes.buffer, outcome.bytes.byteOffset, outcome.bytes.byteLength));
                    break;
                case 'lying':
                    inflateBombs.push(`${printable(member.name)} (declares ${outcome.declared} bytes but inflates to more; reading stopped there)`);
                    break;
                case 'corrupt':
                    corrupt.push(`${printable(member.name)} (${outcome.reason})`);
                    break;
            }
        }
        const allBombs = [...bombs, ...inflateBombs];
        if (allBombs.length > 0 || warehouseRefuses) {
            const parts = [];
            if (allBombs.length > 0) {
                parts.push(`${plural(allBombs.length, 'member expands', 'members expand')} more than ${limits.maxCompressionRatio}x or past its declared size: ${sample(allBombs)}`);
            }
            if (warehouseRefuses)
                parts.push(`the whole archive declares ${totalDeclared} bytes from ${fileSize} (ratio ${archiveRatio.toFixed(1)})`);
            problems.add('zip-compression-ratio', allBombs, {
                message: `Zip bomb: ${parts.join('; ')}`,
                fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild it from source; if a real data file compresses this well, ship it compressed.',
                ...(warehouseRefuses ? { pypiMessage: `Invalid distribution file. File exceeds compression ratio of ${limits.maxCompressionRatio}` } : {}),
            });
        }
        if (oversized.length > 0) {
            problems.add('zip-member-too-large', oversized, {
                message: `${plural(oversized.length, 'metadata member is', 'metadata members are')} larger than the ${limits.maxMemberSize}-byte limit: ${sample(oversized)}`,
                fix: 'Metadata files are small text files; rebuild the distribution and check what the build put into them.',
            });
        }
        if (corrupt.length > 0) {
            problems.add('zip-member-corrupt', corrupt, {
                message: `${plural(corrupt.length, 'member is', 'members are')} damaged: ${sample(corrupt)}`,
                fix: 'The file is corrupt (an interrupted download or copy?). Download or rebuild it again and compare its sha256.',
            });
        }
        return { readable: true, members, captured, problems: problems.list(), ...(digests ? { digests } : {}) };
    }
    finally {
        zip.close();
    }
}
function isBomb(uncompressed, compressed, limits) {
    return uncompressed > limits.ratioCheckMinSize && uncompressed > compressed * limits.maxCompressionRatio;
}
function readCentralDirectory(zip, problems) {
    return new Promise((resolve) => {
        const entries = [];
        zip.on('entry', (entry) => {
            entries.push(entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve(entries));
        zip.on('error', (error) => {
            // The central directory is damaged past this point; report it and keep what was read.
            problems.add('zip-invalid', [], {
                message: `The zip archive's central directory is damaged after ${entries.length} members: ${errorText(error)}`,
                fix: 'The file is corrupt or was built by a broken tool; download or rebuild it again.',
            });
            resolve(entries);
        });
        zip.readEntry();
    });
}
/** Why a member path is unsafe to extract, or undefined when it is fine. */
function unsafePath(name) {
    if (name === '')
        return 'empty name';
    if (name.includes('\0'))
        return 'NUL character';
    if (name.includes('\\'))
        return 'backslash';
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name))
        return 'absolute path';
    if (name.split('/').includes('..'))
        return "parent directory '..'";
    return undefined;
}
/** Member names can hold anything; keep messages on one readable line. */
function printable(name) {
    return JSON.stringify(name).slice(1, -1).replace(/\\"/g, '"');
}
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
class ProblemList {
    problems = [];
    add(rule, members, detail) {
        const list = Array.isArray(members) ? members : [];
        this.problems.push({ rule, ...detail, ...(list.length > 0 ? { members: list } : {}) });
    }
    list() {
        return this.problems;
    }
}

;// CONCATENATED MODULE: ./lib/distributions/wheel-archive.js
/**
 * What is inside a wheel: its member list and the METADATA, WHEEL and RECORD
 * texts, read with yauzl (lazy entries, streaming, bounded) and never extracted.
 */



const DIST_INFO_TEXT = /^[^/]+\.dist-info\/(METADATA|WHEEL|RECORD)$/;
async function wheel_archive_readWheelArchive(path, limits = {}) {
    const { verifyMembers = true, fileDigests = false, blake2b = true, ...archiveLimits } = limits;
    const scan = await scanZip(path, {
        limits: archiveLimits,
        capture: (name) => DIST_INFO_TEXT.test(name),
        hashMembers: verifyMembers,
        fileDigests,
        blake2b,
    });
    const problems = [...scan.problems];
    const members = scan.members.map((m) => m.name);
    const expectedDistInfoDir = expectedDistInfo(basename(path));
    const distInfoDirs = [];
    for (const name of members) {
        const slash = name.indexOf('/');
        if (slash <= 0)
            continue;
        const top = name.slice(0, slash);
        if (top.endsWith('.dist-info') && !distInfoDirs.includes(top))
            distInfoDirs.push(top);
    }
    let distInfoDir;
    if (expectedDistInfoDir !== undefined && distInfoDirs.includes(expectedDistInfoDir))
        distInfoDir = expectedDistInfoDir;
    else if (distInfoDirs.length === 1)
        distInfoDir = distInfoDirs[0];
    if (scan.readable && distInfoDirs.length === 0) {
        problems.push({
            rule: 'wheel-no-dist-info',
            message: 'The wheel has no top-level .dist-info directory, so it has no METADATA, WHEEL or RECORD',
            fix: 'Build the wheel with a standard tool (python -m build, pip wheel, cibuildwheel); a zip renamed to .whl is not a wheel.',
            ...(expectedDistInfoDir !== undefined ? { pypiMessage: `Invalid distribution file. WHEEL not found at ${expectedDistInfoDir}/WHEEL` } : {}),
        });
    }
    else if (distInfoDirs.length > 1) {
        problems.push({
            rule: 'wheel-multiple-dist-info',
            message: `The wheel has ${distInfoDirs.length} top-level .dist-info directories (${distInfoDirs.join(', ')}); installers require exactly one`,
            fix: 'Rebuild from a clean build directory: a stale .dist-info from an earlier build (another name or version) was packed into this wheel.',
            members: distInfoDirs,
        });
    }
    const text = (file) => {
        if (distInfoDir === undefined)
            return undefined;
        const bytes = scan.captured.get(`${distInfoDir}/${file}`);
        if (bytes === undefined)
            return undefined;
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            problems.push({
                rule: 'wheel-text-encoding',
                message: `${distInfoDir}/${file} is not valid UTF-8`,
                fix: 'Metadata files must be UTF-8; rebuild the wheel with a current build backend.',
                members: [`${distInfoDir}/${file}`],
            });
            return new TextDecoder('utf-8').decode(bytes);
        }
    };
    const metadata = text('METADATA');
    const wheel = text('WHEEL');
    const record = text('RECORD');
    return {
        members,
        entries: scan.members,
        distInfoDirs,
        ...(expectedDistInfoDir !== undefined ? { expectedDistInfoDir } : {}),
        ...(distInfoDir !== undefined ? { distInfoDir } : {}),
        ...(metadata !== undefined ? { metadata } : {}),
        ...(wheel !== undefined ? { wheel } : {}),
        ...(record !== undefined ? { record } : {}),
        readable: scan.readable,
        problems,
        ...(scan.digests ? { digests: scan.digests } : {}),
    };
}
/** warehouse: `name, version, _ = filename.split("-", 2)` → `{name}-{version}.dist-info`. */
function expectedDistInfo(filename) {
    const parts = filename.split('-');
    if (parts.length < 3)
        return undefined;
    return `${parts[0]}-${parts[1]}.dist-info`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./lib/distributions/tar-scan.js
/**
 * A small streaming reader for .tar.gz sdists: it lists member names the way
 * Python's tarfile does (directory names without their trailing "/", ustar
 * prefixes, pax `path` records and GNU long names applied) and keeps only the
 * few members asked for, each capped. The inflated total is bounded too, since
 * a gzip bomb needs no zip format to work.
 */



const BLOCK = 512;
async function tar_scan_scanTarGz(path, options) {
    const { limits } = options;
    const maxCaptured = options.maxCaptured ?? 16;
    const compressed = (await stat(path)).size;
    const names = [];
    const captured = new Map();
    const oversized = [];
    const result = (failure) => ({ names, captured, oversized, ...(failure ? { failure } : {}) });
    const header = Buffer.alloc(BLOCK);
    let headerFill = 0;
    let dataLeft = 0; // bytes of the current member's data still to come
    let padLeft = 0; // padding after it, up to the block boundary
    let current;
    let paxPath;
    let longName;
    let paxSize;
    let inflated = 0;
    let headersSeen = 0;
    let ended = false;
    const finishMember = () => {
        if (!current)
            return;
        if (current.special) {
            const data = Buffer.concat(current.special);
            if (current.type === 'x') {
                const records = paxRecords(data);
                paxPath = records.get('path') ?? paxPath;
                const size = records.get('size');
                if (size !== undefined && /^\d+$/.test(size))
                    paxSize = Number(size);
            }
            else if (current.type === 'L')
                longName = data.toString('utf8').replace(/\0.*$/s, '');
        }
        if (current.keep)
            captured.set(current.name, Buffer.concat(current.keep));
        current = undefined;
    };
    const onHeader = () => {
        if (header.every((b) => b === 0)) {
            ended = true; // end-of-archive marker; what follows is padding
            return undefined;
        }
        if (!checksumOk(header)) {
            return headersSeen === 0
                ? { kind: 'not-tar', reason: 'the first header block has a bad checksum' }
                : { kind: 'corrupt', reason: `header ${headersSeen + 1} has a bad checksum` };
        }
        headersSeen++;
        const type = String.fromCharCode(header[156] || 0x30);
        const headerSize = readSize(header);
        const isMeta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
        const size = !isMeta && paxSize !== undefined ? paxSize : headerSize;
        if (!isMeta)
            paxSize = undefined;
        if (size === undefined)
            return { kind: 'corrupt', reason: `header ${headersSeen} has an unreadable size` };
        // Like tarfile: links, directories and devices carry no data whatever their size field says.
        dataLeft = '123456'.includes(type) ? 0 : size;
        padLeft = (BLOCK - (dataLeft % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'L') {
            current = { name: '', type, keep: undefined, special: size <= limits.maxMemberSize ? [] : undefined };
        }
        else if (type === 'g' || type === 'K') {
            current = { name: '', type, keep: undefined, special: undefined };
        }
        else {
            let name = longName ?? paxPath ?? headerName(header);
            longName = undefined;
            paxPath = undefined;
            const isDir = type === '5' || ((type === '0' || type === '\0') && name.endsWith('/'));
            if (isDir)
                name = name.replace(/\/+$/, '');
            names.push(name);
            let keep;
            const isFile = type === '0' || type === '\0' || type === '7';
            if (isFile && options.capture(name) && captured.size < maxCaptured) {
                if (size <= limits.maxMemberSize)
                    keep = [];
                else
                    oversized.push(name);
            }
            current = { name, type, keep, special: undefined };
        }
        if (dataLeft === 0)
            finishMember();
        return undefined;
    };
    const gunzip = createGunzip();
    const source = createReadStream(path);
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    try {
        for await (const chunk of gunzip) {
            inflated += chunk.length;
            if (inflated > limits.ratioCheckMinSize && inflated > compressed * limits.maxCompressionRatio) {
                return result({ kind: 'bomb', inflated, compressed });
            }
            let offset = 0;
            while (offset < chunk.length && !ended) {
                if (dataLeft > 0) {
                    const n = Math.min(dataLeft, chunk.length - offset);
                    const piece = chunk.subarray(offset, offset + n);
                    current?.keep?.push(Buffer.from(piece));
                    current?.special?.push(Buffer.from(piece));
                    dataLeft -= n;
                    offset += n;
                    if (dataLeft === 0)
                        finishMember();
                    continue;
                }
                if (padLeft > 0) {
                    const n = Math.min(padLeft, chunk.length - offset);
                    padLeft -= n;
                    offset += n;
                    continue;
                }
                const n = Math.min(BLOCK - headerFill, chunk.length - offset);
                chunk.copy(header, headerFill, offset, offset + n);
                headerFill += n;
                offset += n;
                if (headerFill === BLOCK) {
                    headerFill = 0;
                    const failure = onHeader();
                    if (failure)
                        return result(failure);
                }
            }
            if (ended)
                break;
        }
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (inflated === 0)
            return result({ kind: 'not-gzip', reason });
        return result({ kind: 'corrupt', reason });
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
    if (!ended && (dataLeft > 0 || headerFill > 0 || headersSeen === 0)) {
        return result(headersSeen === 0 ? { kind: 'not-tar', reason: 'no tar header found' } : { kind: 'corrupt', reason: 'the archive is truncated' });
    }
    return result();
}
function headerName(header) {
    const name = cString(header, 0, 100);
    const magic = header.toString('latin1', 257, 262);
    if (magic === 'ustar') {
        const prefix = cString(header, 345, 500);
        if (prefix)
            return `${prefix}/${name}`;
    }
    return name;
}
function cString(buffer, start, end) {
    const slice = buffer.subarray(start, end);
    const nul = slice.indexOf(0);
    return slice.subarray(0, nul === -1 ? slice.length : nul).toString('utf8');
}
function readSize(header) {
    if ((header[124] & 0x80) !== 0) {
        // GNU base-256 for members over 8 GiB.
        let value = 0;
        for (let i = 125; i < 136; i++)
            value = value * 256 + header[i];
        return Number.isSafeInteger(value) ? value : undefined;
    }
    const text = header.toString('latin1', 124, 136).replace(/[\0 ]+$/g, '').trim();
    if (text === '')
        return 0;
    if (!/^[0-7]+$/.test(text))
        return undefined;
    return Number.parseInt(text, 8);
}
function checksumOk(header) {
    const stored = header.toString('latin1', 148, 156).replace(/[\0 ]+$/g, '').trim();
    if (!/^[0-7]+$/.test(stored))
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    const expected = Number.parseInt(stored, 8);
    return expected === unsigned || expected === signed;
}
/** pax extended header records: "<length> <key>=<value>\n". */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        if (space === -1)
            break;
        const length = Number.parseInt(data.toString('latin1', offset, space), 10);
        if (!Number.isFinite(length) || length <= 0 || offset + length > data.length)
            break;
        const record = data.toString('utf8', space + 1, offset + length - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            records.set(record.slice(0, eq), record.slice(eq + 1));
        offset += length;
    }
    return records;
}

;// CONCATENATED MODULE: ./lib/distributions/sdist-archive.js
/**
 * What is inside an sdist: its member names and PKG-INFO, found the way warehouse
 * finds it (`os.path.commonprefix` of every name, then `<prefix>/PKG-INFO`).
 */


/** A PKG-INFO no deeper than `top/PKG-INFO` (or `./top/PKG-INFO`). */
const PKG_INFO_CANDIDATE = /^(\.\/)?[^/]*\/?PKG-INFO$/;
async function sdist_archive_readSdistArchive(path, limits = {}) {
    const merged = { ...DEFAULT_ARCHIVE_LIMITS, ...limits };
    const problems = [];
    let members;
    let captured;
    if (path.endsWith('.zip')) {
        const scan = await scanZip(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
        problems.push(...scan.problems);
        if (!scan.readable)
            return { members: [], readable: false, problems };
        members = scan.members.map((m) => m.name);
        captured = scan.captured;
    }
    else {
        const scan = await scanTarGz(path, { limits: merged, capture: (name) => PKG_INFO_CANDIDATE.test(name) });
        members = scan.names;
        captured = scan.captured;
        const failure = scan.failure;
        if (failure) {
            switch (failure.kind) {
                case 'not-gzip':
                case 'not-tar':
                    problems.push({
                        rule: 'sdist-invalid',
                        message: failure.kind === 'not-gzip' ? `The file is not gzip-compressed (${failure.reason})` : `The file is not a tar archive (${failure.reason})`,
                        fix: 'Build the sdist with python -m build (or setup.py sdist); a .tar.gz sdist is a gzip-compressed tar archive.',
                        pypiMessage: 'Invalid distribution file. File is not a tarfile',
                    });
                    return { members, readable: false, problems };
                case 'corrupt':
                    problems.push({
                        rule: 'sdist-invalid',
                        message: `The tar archive is damaged: ${failure.reason}`,
                        fix: 'The file is corrupt (an interrupted download or copy?); rebuild or download it again.',
                    });
                    break;
                case 'bomb':
                    problems.push({
                        rule: 'sdist-compression-ratio',
                        message: `The archive inflates to more than ${failure.inflated} bytes from ${failure.compressed} (over ${merged.maxCompressionRatio}x); reading stopped`,
                        fix: 'Do not publish this file: it expands to far more data than it holds. Rebuild the sdist from source.',
                    });
                    return { members, readable: false, problems };
            }
        }
        if (scan.oversized.length > 0) {
            problems.push({
                rule: 'zip-member-too-large',
                message: `PKG-INFO is larger than the ${merged.maxMemberSize}-byte limit: ${scan.oversized.join(', ')}`,
                fix: 'PKG-INFO is a small text file; rebuild the sdist and check what the build put into it.',
                members: scan.oversized,
            });
        }
    }
    const topLevel = commonPrefix(members);
    if (topLevel === '' || topLevel === '.' || topLevel === '/') {
        problems.push({
            rule: 'sdist-top-level',
            message: members.length === 0 ? 'The sdist is empty' : 'The sdist does not keep everything under one top-level directory',
            fix: 'Build the sdist with python -m build; every file must be inside {name}-{version}/.',
            pypiMessage: 'Invalid distribution file. Incorrect number of top-level directories in sdist',
        });
        return { members, topLevel, readable: true, problems };
    }
    const pkgInfoPath = topLevel.endsWith('/') ? `${topLevel}PKG-INFO` : `${topLevel}/PKG-INFO`;
    const bytes = captured.get(pkgInfoPath);
    if (bytes === undefined) {
        if (!members.includes(pkgInfoPath)) {
            problems.push({
                rule: 'sdist-missing-pkg-info',
                message: `PKG-INFO is missing: there is no ${pkgInfoPath}`,
                fix: 'Build the sdist with python -m build (or setup.py sdist), which writes PKG-INFO; a hand-made archive of the source tree is not an sdist.',
                pypiMessage: `Invalid distribution file. PKG-INFO not found at ${pkgInfoPath}`,
            });
        }
        return { members, topLevel, pkgInfoPath, readable: true, problems };
    }
    return { members, topLevel, pkgInfoPath, pkgInfo: new TextDecoder('utf-8').decode(bytes), readable: true, problems };
}
/** Python's os.path.commonprefix: character by character, not by path segment. */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let min = names[0];
    let max = names[0];
    for (const name of names) {
        if (name < min)
            min = name;
        if (name > max)
            max = name;
    }
    let i = 0;
    while (i < min.length && min[i] === max[i])
        i++;
    return min.slice(0, i);
}

;// CONCATENATED MODULE: ./lib/distributions/platform-tags.js
/**
 * PyPI's upload allow-list for wheel platform tags (warehouse
 * `warehouse/utils/wheel.py::_parse_platform_tag`). Anything else, notably a plain
 * `linux_x86_64` from a non-manylinux build, is refused with
 * "Binary wheel '…' has an unsupported platform tag '…'.".
 */
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
/** macOS 10 is `macosx_10_{minor}`; from 11 on only `macosx_{major}_0` exists. */
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
const PYEMSCRIPTEN = /^pyemscripten_(\d+)_(\d+)_wasm32$/s;
/** Whether PyPI accepts a wheel with this platform tag. */
function platform_tags_platformTagAllowed(tag) {
    if (STATIC_PLATFORMS.has(tag))
        return true;
    let m = MACOSX.exec(tag);
    if (m) {
        if (!MACOSX_ARCHES.has(m[3]))
            return false;
        return m[1] === '10' || (MACOSX_MAJORS.has(m[1]) && m[2] === '0');
    }
    m = LINUX.exec(tag);
    if (m)
        return (m[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(m[4]);
    m = IOS.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[3]);
    m = ANDROID.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[2]);
    return PYEMSCRIPTEN.test(tag);
}

;// CONCATENATED MODULE: ./lib/distributions/preflight.js
/**
 * Preflight: everything PyPI (and pip) would refuse about a set of distribution
 * files, found locally and all at once, before anything is uploaded. Each problem
 * names the file, says what is wrong and what to do, and, where warehouse has one,
 * carries the exact 400 text PyPI would answer.
 */















const DEFAULT_MAX_FILE_SIZE = 100 * zip_scan_MiB;
const CORE_METADATA_SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const REBUILD = 'Rebuild it with a standard tool (python -m build, pip wheel, cibuildwheel)';
/**
 * Per-file rules: never throws for a bad file; every finding is a Problem. A
 * wheel is read once: the file's digests and every member's come from the same pass.
 */
async function inspectDistribution(path, opts = {}) {
    const filename = basename(path);
    const info = { path, filename, size: 0, sha256: '', blake2b256: '', problems: [] };
    const add = (rule, message, fix, pypiMessage) => {
        info.problems.push({ file: filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    const addArchive = (problem) => add(problem.rule, problem.message, problem.fix, problem.pypiMessage);
    const isWheel = filename.endsWith('.whl');
    let wheelArchive;
    try {
        const stats = await stat(path);
        if (!stats.isFile()) {
            add('file-unreadable', `${path} is not a regular file`, 'Pass the distribution files themselves (or the directory that holds them), not other paths.');
            return info;
        }
        let digests = opts.digests;
        if (isWheel) {
            wheelArchive = await readWheelArchive(path, { ...opts.limits, verifyMembers: opts.verifyMembers ?? true, fileDigests: digests === undefined, blake2b: opts.blake2b ?? true });
            digests ??= wheelArchive.digests;
        }
        // Not a zip (or not a wheel): the digests take a read of their own.
        digests ??= await hashFile(path, { blake2b: opts.blake2b ?? true });
        info.size = digests.size;
        info.sha256 = digests.sha256;
        info.blake2b256 = digests.blake2b256 ?? '';
    }
    catch (error) {
        add('file-unreadable', `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, 'Check that the file exists and is readable by this job.');
        return info;
    }
    // warehouse `_validate_filename`
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        add('filename-characters', `The filename ${pythonRepr(filename)} contains control characters`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (filename.includes('\\')) {
        add('filename-characters', `The filename ${pythonRepr(filename)} contains a backslash`, 'Rename the file to its standard name (PEP 427 for wheels, PEP 625 for sdists).', "Cannot upload a file with '/' or '\\' in the name.");
    }
    const isTarGz = filename.endsWith('.tar.gz');
    const isZip = filename.endsWith('.zip');
    if (!isWheel && !isTarGz && !isZip) {
        const caseOnly = /\.(tar\.gz|zip|whl)$/i.test(filename);
        add('filename-extension', caseOnly ? `The extension of ${filename} is not lower-case` : `${filename} is neither a wheel (.whl) nor an sdist (.tar.gz)`, caseOnly ? 'Rename the file with a lower-case extension (.whl, .tar.gz).' : 'Publish only wheels and .tar.gz sdists; eggs, .exe, .tar.bz2 and others are no longer accepted.', caseOnly ? undefined : `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527}`);
        checkSize(info, opts, add);
        return info;
    }
    try {
        info.parsed = parseDistributionFilename(filename);
    }
    catch (error) {
        if (!(error instanceof FilenameError))
            throw error;
        if (isWheel) {
            add('wheel-filename', error.packagingMessage, `${REBUILD} and keep the name it gives: {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl (PEP 427).`, error.packagingMessage);
        }
        else {
            add('sdist-filename', error.packagingMessage, `${REBUILD} so the sdist is named {normalized_name}-{version}.tar.gz (PEP 625).`, `Invalid source distribution filename: ${filename}`);
        }
    }
    let metadataFile = isWheel ? 'METADATA' : 'PKG-INFO';
    let metadataText;
    if (wheelArchive) {
        const archive = wheelArchive;
        archive.problems.forEach(addArchive);
        const expected = archive.expectedDistInfoDir;
        if (archive.readable && archive.distInfoDirs.length > 0 && expected !== undefined) {
            const has = (file) => archive.members.includes(`${expected}/${file}`);
            if (!has('WHEEL')) {
                add('wheel-missing-wheel-file', `There is no ${expected}/WHEEL (the wheel has ${archive.distInfoDirs.join(', ')})`, `${REBUILD}; the .dist-info directory must be named after the filename's name and version.`, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL`);
            }
            if (!has('RECORD')) {
                add('wheel-missing-record', `There is no ${expected}/RECORD`, `${REBUILD}; RECORD lists every file with its hash and installers need it.`, `Wheel '${filename}' does not contain the required RECORD file: ${expected}/RECORD`);
            }
            if (!has('METADATA')) {
                add('wheel-missing-metadata', `There is no ${expected}/METADATA`, `${REBUILD}; METADATA holds the project's name, version and dependencies.`, `Wheel '${filename}' does not contain the required METADATA file: ${expected}/METADATA`);
            }
        }
        metadataText = archive.metadata;
        if (archive.distInfoDir)
            metadataFile = `${archive.distInfoDir}/METADATA`;
        if (archive.wheel !== undefined) {
            info.wheelFile = parseWheelFile(archive.wheel);
            const wheelVersion = (info.wheelFile['Wheel-Version'] ?? [])[0];
            if (wheelVersion === undefined) {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL has no Wheel-Version`, `${REBUILD}; WHEEL must start with "Wheel-Version: 1.0".`);
            }
            else if (wheelVersion.split('.')[0] !== '1') {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL says Wheel-Version ${wheelVersion}; installers support only major version 1`, `${REBUILD} with a wheel format installers understand (Wheel-Version 1.x).`);
            }
        }
        if (archive.record !== undefined && archive.distInfoDir !== undefined) {
            for (const finding of verifyRecord(archive.record, archive.entries, archive.distInfoDir)) {
                add(finding.rule, finding.message, `${REBUILD} and do not modify the wheel afterwards (to rename or retag a wheel use "wheel tags", which rewrites RECORD).`);
            }
        }
    }
    else {
        const archive = await readSdistArchive(path, opts.limits ?? {});
        archive.problems.forEach(addArchive);
        metadataText = archive.pkgInfo;
        if (archive.pkgInfoPath)
            metadataFile = archive.pkgInfoPath;
    }
    if (metadataText !== undefined) {
        try {
            info.metadata = parseCoreMetadata(metadataText);
        }
        catch (error) {
            if (!(error instanceof MetadataError))
                throw error;
            add('metadata-invalid', `${metadataFile}: ${error.message}`, `${REBUILD} with a current build backend.`);
        }
    }
    checkMetadata(info, metadataFile, add);
    checkFilenameAgainstMetadata(info, metadataFile, add);
    if (info.parsed?.kind === 'wheel') {
        for (const tag of info.parsed.platformTags) {
            if (platformTagAllowed(tag))
                continue;
            add('wheel-platform-tag', `PyPI does not accept the platform tag ${tag}`, tag.startsWith('linux_')
                ? 'Repair the wheel with auditwheel ("auditwheel repair") to get a manylinux/musllinux tag, or build it with cibuildwheel; a plain linux_* wheel only runs where it was built.'
                : 'Build the wheel for a platform PyPI accepts (manylinux_X_Y / musllinux_X_Y, macosx_10_N or macosx_{11..15,26}_0, win32/win_amd64/win_arm64, ios, android, pyemscripten).', `Binary wheel '${filename}' has an unsupported platform tag '${tag}'.`);
        }
        // warehouse stores METADATA beside the file as "<filename>.metadata"; the OS caps names at 255 bytes.
        if (Buffer.byteLength(filename) + '.metadata'.length > 255) {
            add('filename-too-long', `The filename is ${Buffer.byteLength(filename)} bytes long; PyPI cannot store it`, 'Shorten the filename: fewer compressed tags or a shorter build tag.', `Filename is too long: '${filename}'`);
        }
    }
    checkSize(info, opts, add);
    return info;
}
function checkSize(info, opts, add) {
    const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (info.size <= limit)
        return;
    const project = info.metadata?.name ?? info.parsed?.name ?? info.filename;
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && localVersionLabel(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', `${pythonRepr(meta.metadataVersion)} is not a valid metadata version. ${CORE_METADATA_SPEC}`);
    }
    if (!isValidProjectName(meta.name)) {
        add('metadata-name-invalid', `${metadataFile} has Name ${pythonRepr(meta.name)}, which is not a valid project name`, "Use a name of ASCII letters and digits, with '.', '_' or '-' only between them, in the project configuration, and rebuild.");
    }
    if (!isValidVersion(meta.version)) {
        add('version-invalid', `${metadataFile} has Version ${pythonRepr(meta.version)}, which is not a PEP 440 version`, 'Set a PEP 440 version (e.g. 1.2.3, 1.2.3rc1, 1.2.3.post1) in the project configuration and rebuild.');
    }
    else if (localVersionLabel(meta.version) !== undefined) {
        addLocalVersion(meta.version, add);
    }
}
function addLocalVersion(version, add) {
    const normalized = normalizeVersion(version);
    add('local-version', `The version ${normalized} has a local part (+${localVersionLabel(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', `The use of local versions in '${normalized}' is not allowed. ${CORE_METADATA_SPEC}`);
}
function checkFilenameAgainstMetadata(info, metadataFile, add) {
    const parsed = info.parsed;
    if (!parsed)
        return;
    const filename = info.filename;
    const meta = info.metadata;
    const metaVersion = meta ? normalizeVersion(meta.version) : undefined;
    // The project identity to hold the filename to: METADATA when readable, else the filename itself.
    const projectName = meta && isValidProjectName(meta.name) ? meta.name : undefined;
    const escaped = filenameEscapedName(projectName ?? parsed.name);
    const namesAgree = projectName === undefined || normalizeName(projectName) === parsed.normalizedName;
    const versionsAgree = metaVersion === undefined || versionsEqual(metaVersion, parsed.version);
    const expectedSdist = `${escaped}-${metaVersion ?? parsed.normalizedVersion}.tar.gz`;
    if (!namesAgree) {
        add('name-mismatch', `The filename names the project ${pythonRepr(parsed.name)} but ${metadataFile} says Name: ${projectName}`, `Rebuild so the two agree; do not rename distribution files. The filename must start with ${pythonRepr(escaped)}.`, `Start filename for ${pythonRepr(projectName)} with ${pythonRepr(escaped)}.`);
    }
    else if (parsed.kind === 'wheel' && parsed.name !== escaped) {
        add('wheel-name-not-normalized', `The wheel filename starts with ${pythonRepr(parsed.name)}, not the normalized name ${pythonRepr(escaped)}`, `Rebuild with a current build backend (older setuptools/wheel kept capitals and dots), or rename the file to start with ${escaped} if nothing else changes.`, `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(escaped)}, not ${pythonRepr(parsed.name)}.`);
    }
    if (!versionsAgree) {
        add('version-mismatch', `The filename has version ${parsed.version} but ${metadataFile} says Version: ${meta.version}`, 'Rebuild so the two agree; do not rename distribution files (a stale build in dist/ often causes this: rm -rf dist and build again).', parsed.kind === 'wheel'
            ? `Version in filename should be ${pythonRepr(metaVersion)} not ${pythonRepr(parsed.normalizedVersion)}.`
            : `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
    }
    if (parsed.kind === 'sdist') {
        if (parsed.extension === '.zip') {
            add('sdist-zip', 'PyPI no longer accepts .zip sdists (PEP 625/527: an sdist is a .tar.gz)', 'Build the sdist as .tar.gz (python -m build --sdist) and publish that instead.', `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
        }
        else if (namesAgree && versionsAgree && filename !== expectedSdist) {
            add('sdist-filename-not-normalized', `The sdist is named ${filename}; PEP 625 requires ${expectedSdist}`, 'Rebuild with a current build backend (setuptools >= 69.3, hatchling, flit, …), which names sdists by PEP 625.', `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expectedSdist)}.`);
        }
    }
}
/** Rules about the set of files taken together. */
function checkDistributionSet(files, opts = {}) {
    const problems = [];
    const add = (file, rule, message, fix, pypiMessage) => {
        problems.push({ file, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
        throw new UserError(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
    }
    if (files.length === 0) {
        add('(none)', 'set-empty', 'No distribution files were given', 'Point at the files the build produced (e.g. dist/*.whl and dist/*.tar.gz); check that the build or download step ran.');
        return problems;
    }
    for (const group of groupBy(files, (f) => f.filename).values()) {
        for (const extra of group.slice(1)) {
            const same = extra.sha256 !== '' && extra.sha256 === group[0].sha256;
            add(extra.filename, 'set-duplicate-filename', `${extra.filename} is given twice (${group[0].path} and ${extra.path})${same ? ', with the same content' : ', with different content'}`, same ? 'Pass each file once.' : 'Two different files cannot share a name on an index; keep the one you mean to release and delete the other.');
        }
    }
    const byFilename = new Map(files.map((f) => [f.filename, f]));
    const unique = [...byFilename.values()];
    // By sha256, which every inspection computes; PyPI keys on BLAKE2b-256, quoted when it is known.
    for (const group of groupBy(unique.filter((f) => f.sha256 !== ''), (f) => f.sha256).values()) {
        for (const extra of group.slice(1)) {
            add(extra.filename, 'set-duplicate-content', `${extra.filename} has exactly the same bytes as ${group[0].filename}`, 'PyPI refuses a second file with identical content under another name; publish it under one name only.', extra.blake2b256 === '' ? undefined
                : `File already exists (${pythonRepr(extra.filename)}, with blake2_256 hash ${pythonRepr(extra.blake2b256)}). See https://pypi.org/help/#file-name-reuse for more information.`);
        }
    }
    const versionOf = (f) => f.metadata && isValidVersion(f.metadata.version) ? f.metadata.version : f.parsed?.version;
    const versioned = unique.filter((f) => versionOf(f) !== undefined);
    if (opts.expectedVersion !== undefined) {
        const expected = normalizeVersion(opts.expectedVersion);
        for (const f of versioned) {
            if (!versionsEqual(versionOf(f), expected)) {
                add(f.filename, 'set-expected-version', `${f.filename} is version ${normalizeVersion(versionOf(f)) ?? versionOf(f)}, not the expected ${expected}`, `Release only files built for ${expected}: clear out stale files (rm -rf dist) and rebuild, or correct the expected version.`);
            }
        }
    }
    else {
        const groups = groupByVersion(versioned, versionOf);
        if (groups.length > 1) {
            const majority = groups.reduce((best, g) => (g.files.length > best.files.length ? g : best));
            for (const g of groups) {
                if (g === majority)
                    continue;
                for (const f of g.files) {
                    add(f.filename, 'set-mixed-versions', `${f.filename} is version ${g.version} while ${majority.files.length} other file${majority.files.length === 1 ? ' is' : 's are'} version ${majority.version}`, 'A release has one version: clear out stale files (rm -rf dist) and rebuild, or publish the versions separately.');
                }
            }
        }
    }
    const sdists = unique.filter((f) => f.parsed?.kind === 'sdist' || (!f.parsed && /\.(tar\.gz|zip)$/.test(f.filename)));
    const projectOf = (f) => (f.metadata ? normalizeName(f.metadata.name) : f.parsed?.normalizedName ?? '');
    for (const sameProject of groupBy(sdists, projectOf).values()) {
        for (const release of groupByVersion(sameProject, (f) => versionOf(f) ?? '')) {
            if (release.files.length < 2)
                continue;
            // The .tar.gz is the one to keep; any .zip (or the later one by name) is the extra.
            const ordered = [...release.files].sort((a, b) => Number(a.filename.endsWith('.zip')) - Number(b.filename.endsWith('.zip')) || (a.filename < b.filename ? -1 : 1));
            for (const extra of ordered.slice(1)) {
                add(extra.filename, 'set-multiple-sdists', `${extra.filename} is a second sdist for the same release as ${ordered[0].filename}`, 'Keep one sdist per release (the .tar.gz); remove the other from the files to publish.', 'Only one sdist may be uploaded per release.');
            }
        }
    }
    return problems;
}
/** Inspects every file and checks the set; reports every problem found, never just the first. */
async function preflight(paths, opts = {}) {
    if (opts.expectedVersion !== undefined && !isValidVersion(opts.expectedVersion)) {
        throw new UserError(`The expected version ${pythonRepr(opts.expectedVersion)} is not a PEP 440 version; give one like 1.2.3 or 1.2.3rc1.`);
    }
    const files = new Array(paths.length);
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            files[index] = await inspectDistribution(paths[index], opts);
        }
    };
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? 4, paths.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    const problems = [...files.flatMap((f) => f.problems), ...checkDistributionSet(files, opts)];
    return { files, problems };
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return groups;
}
function groupByVersion(items, versionOf) {
    const groups = [];
    for (const item of items) {
        const version = versionOf(item);
        const group = groups.find((g) => versionsEqual(g.version, version));
        if (group)
            group.files.push(item);
        else
            groups.push({ version: normalizeVersion(version) ?? version, files: [item] });
    }
    return groups;
}

;// CONCATENATED MODULE: ./lib/distributions/manifest.js
/**
 * The manifest: the suite's chain of custody. fetch-wheels writes it, publishing
 * to TestPyPI confirms it, verify-install checks installed bytes against it, and
 * publishing to PyPI refuses any file whose sha256 is not in it. It is versioned
 * JSON written byte-for-byte reproducibly (stable key order, files sorted by name).
 */




const MANIFEST_SCHEMA = 'python-release-actions/manifest';
const MANIFEST_SCHEMA_VERSION = 1;
function createManifest(entries, meta = {}) {
    const manifest = {
        schema: MANIFEST_SCHEMA,
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        ...(meta.project !== undefined ? { project: meta.project } : {}),
        ...(meta.version !== undefined ? { version: meta.version } : {}),
        createdAt: new Date().toISOString(),
        files: entries.map(canonicalEntry),
    };
    validateManifest(manifest, 'the new manifest');
    return canonical(manifest);
}
async function readManifest(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`Cannot read the manifest ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the manifest file fetch-wheels or pypi-publish wrote.`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`The manifest ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); pass the manifest file fetch-wheels or pypi-publish wrote, unmodified.`);
    }
    return parseManifest(data, path);
}
/** Validates a parsed JSON value as a manifest; `where` names it in error messages. */
function parseManifest(data, where = 'the manifest') {
    if (!isObject(data))
        throw new errors/* UserError */.y(`${where} is not a manifest: expected a JSON object.`);
    if (data.schema !== MANIFEST_SCHEMA) {
        throw new errors/* UserError */.y(`${where} is not a python-release-actions manifest: "schema" is ${JSON.stringify(data.schema)}, expected "${MANIFEST_SCHEMA}".`);
    }
    if (data.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > MANIFEST_SCHEMA_VERSION;
        throw new errors/* UserError */.y(`${where} has schemaVersion ${JSON.stringify(data.schemaVersion)}; this version of python-release-actions reads schemaVersion ${MANIFEST_SCHEMA_VERSION}. `
            + (newer ? 'Use the same (or a newer) release of the actions for every step of the pipeline.' : 'Regenerate the manifest with fetch-wheels.'));
    }
    validateManifest(data, where);
    return canonical(data);
}
/** Stable key order, files sorted by filename, two-space indent, trailing newline; written atomically. */
async function writeManifest(path, m) {
    validateManifest(m, 'the manifest to write');
    const text = `${JSON.stringify(canonical(m), null, 2)}\n`;
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const handle = await open(temp, 'wx');
        try {
            await handle.writeFile(text, 'utf8');
            await handle.sync(); // the rename must never expose a file whose bytes are not on disk yet
        }
        finally {
            await handle.close();
        }
        await rename(temp, path);
    }
    catch (error) {
        await rm(temp, { force: true });
        throw error;
    }
}
/** Matches files by filename; digests compare case-insensitively. */
function compareManifest(expected, actual) {
    const actualByName = new Map(actual.map((entry) => [entry.filename, entry]));
    const expectedByName = new Map(expected.files.map((entry) => [entry.filename, entry]));
    const missing = [];
    const mismatched = [];
    for (const want of expected.files) {
        const got = actualByName.get(want.filename);
        if (!got) {
            missing.push(want);
            continue;
        }
        const fields = [];
        if (want.sha256.toLowerCase() !== got.sha256.toLowerCase())
            fields.push('sha256');
        if (want.size !== got.size)
            fields.push('size');
        if (want.blake2b256 !== undefined && got.blake2b256 !== undefined && want.blake2b256.toLowerCase() !== got.blake2b256.toLowerCase()) {
            fields.push('blake2b256');
        }
        if (fields.length > 0)
            mismatched.push({ expected: want, actual: got, fields });
    }
    const unexpected = actual.filter((entry) => !expectedByName.has(entry.filename));
    return { missing, unexpected, mismatched, ok: missing.length === 0 && unexpected.length === 0 && mismatched.length === 0 };
}
const HEX64 = /^[0-9a-fA-F]{64}$/;
function validateManifest(data, where) {
    const m = data;
    const fail = (detail) => {
        throw new errors/* UserError */.y(`${where} is invalid: ${detail}. Regenerate it with fetch-wheels rather than editing it by hand.`);
    };
    for (const key of ['project', 'version']) {
        if (m[key] !== undefined && typeof m[key] !== 'string')
            fail(`"${key}" must be a string`);
    }
    if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt)))
        fail('"createdAt" must be an ISO 8601 date');
    if (!Array.isArray(m.files))
        fail('"files" must be a list');
    const seen = new Set();
    m.files.forEach((entry, i) => {
        const at = `files[${i}]`;
        if (!isObject(entry))
            return fail(`${at} must be an object`);
        if (typeof entry.filename !== 'string' || entry.filename === '' || /[/\\]/.test(entry.filename)) {
            fail(`${at}.filename must be a file name (no directories)`);
        }
        if (seen.has(entry.filename))
            fail(`${entry.filename} is listed twice`);
        seen.add(entry.filename);
        if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0)
            fail(`${at}.size must be a whole number of bytes`);
        if (typeof entry.sha256 !== 'string' || !HEX64.test(entry.sha256))
            fail(`${at}.sha256 must be 64 hex digits`);
        if (entry.blake2b256 !== undefined && (typeof entry.blake2b256 !== 'string' || !HEX64.test(entry.blake2b256)))
            fail(`${at}.blake2b256 must be 64 hex digits`);
        for (const key of ['source', 'url']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'string')
                fail(`${at}.${key} must be a string`);
        }
    });
}
function canonicalEntry(entry) {
    return {
        filename: entry.filename,
        size: entry.size,
        sha256: typeof entry.sha256 === 'string' ? entry.sha256.toLowerCase() : entry.sha256,
        ...(entry.blake2b256 !== undefined ? { blake2b256: typeof entry.blake2b256 === 'string' ? entry.blake2b256.toLowerCase() : entry.blake2b256 } : {}),
        ...(entry.source !== undefined ? { source: entry.source } : {}),
        ...(entry.url !== undefined ? { url: entry.url } : {}),
    };
}
/** Known keys only, in a fixed order; files sorted by filename (code-point order, not locale). */
function canonical(m) {
    return {
        schema: MANIFEST_SCHEMA,
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        ...(m.project !== undefined ? { project: m.project } : {}),
        ...(m.version !== undefined ? { version: m.version } : {}),
        createdAt: m.createdAt,
        files: m.files.map(canonicalEntry).sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/distributions/report.js
// Filenames are never wrapped: a person copies them from the report. Wheel
// names reach ~70 characters, so the file column is as wide as the longest one.
const WIDTHS = { file: 120, problem: 64, fix: 60 };
const GAP = '  ';
function formatProblemsTable(files, problems) {
    const rows = [];
    const byFile = new Map();
    for (const problem of problems) {
        const list = byFile.get(problem.file);
        if (list)
            list.push(problem);
        else
            byFile.set(problem.file, [problem]);
    }
    const order = [...new Set([...files.map((f) => f.filename), ...problems.map((p) => p.file)])];
    for (const file of order) {
        const list = byFile.get(file) ?? [];
        if (list.length === 0) {
            rows.push([file, 'ok', '']);
            continue;
        }
        list.forEach((problem, i) => {
            let cell = `${problem.message} [${problem.rule}]`;
            if (problem.pypiMessage)
                cell += `\nPyPI would answer: 400 ${problem.pypiMessage}`;
            rows.push([i === 0 ? file : '', cell, problem.fix]);
        });
    }
    const header = ['FILE', 'PROBLEM', 'FIX'];
    const widths = [WIDTHS.file, WIDTHS.problem, WIDTHS.fix].map((max, col) => Math.min(max, Math.max(header[col].length, ...rows.flatMap((row) => row[col].split('\n').map((line) => line.length)))));
    const lines = [];
    const emit = (cells) => {
        const wrapped = cells.map((cell, col) => wrap(cell, widths[col]));
        const height = Math.max(...wrapped.map((w) => w.length));
        for (let i = 0; i < height; i++) {
            lines.push(wrapped.map((w, col) => (w[i] ?? '').padEnd(col < 2 ? widths[col] : 0)).join(GAP).trimEnd());
        }
    };
    emit(header);
    lines.push(widths.map((w) => '-'.repeat(w)).join(GAP));
    rows.forEach((row, i) => {
        if (i > 0 && row[0] !== '')
            lines.push('');
        emit(row);
    });
    lines.push('');
    lines.push(summary(files, problems));
    return lines.join('\n');
}
function summary(files, problems) {
    const n = files.length;
    const filesWord = `${n} file${n === 1 ? '' : 's'}`;
    if (problems.length === 0)
        return `${filesWord} checked: no problems.`;
    if (n === 0)
        return `No files checked; ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
    const affected = new Set(problems.map((p) => p.file)).size;
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${affected} of ${filesWord}; fix them and run the check again.`;
}
/** Word wrap to `width`; words longer than a line (long filenames) are cut. */
function wrap(text, width) {
    const out = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/ +/)) {
            let rest = word;
            while (rest.length > width) {
                if (line) {
                    out.push(line);
                    line = '';
                }
                out.push(rest.slice(0, width));
                rest = rest.slice(width);
            }
            if (!line)
                line = rest;
            else if (line.length + 1 + rest.length <= width)
                line += ` ${rest}`;
            else {
                out.push(line);
                line = rest;
            }
        }
        out.push(line);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/distributions/index.js
/** The model of a Python distribution file: names, filenames, digests, metadata, archives, preflight, manifest. */















// EXTERNAL MODULE: ./lib/sources/http-download.js
var http_download = __webpack_require__(2289);
// EXTERNAL MODULE: ./lib/sources/retry.js
var retry = __webpack_require__(2436);
// EXTERNAL MODULE: ./lib/sources/http-retry.js
var http_retry = __webpack_require__(7611);
;// CONCATENATED MODULE: ./lib/commands/verify-install/simple-page.js
/**
 * Reading one project's page of a simple repository: PEP 691 JSON when the
 * index offers it, PEP 503 HTML otherwise (both are what pip reads). Only what
 * verify-install needs: each file's name, absolute URL, sha256, Requires-Python
 * and yanked state. src/index-client/ has no simple-page client yet; this one stays
 * small and private to verify-install.
 */




const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
const ACCEPT = `${JSON_TYPE}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
function projectPageUrl(indexUrl, project) {
    const base = indexUrl.endsWith('/') ? indexUrl : `${indexUrl}/`;
    return new URL(`${encodeURIComponent(names_normalizeName(project))}/`, base).href;
}
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body.toLowerCase()] ?? whole;
    });
}
function parseAttributes(text) {
    const attrs = new Map();
    const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const name = m[1].toLowerCase();
        if (!attrs.has(name))
            attrs.set(name, unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    return attrs;
}
/** Splits `url#sha256=abc` into the URL and the digest it carries. */
function withoutFragment(href, base) {
    const absolute = new URL(href, base);
    const fragment = /(?:^|&)sha256=([0-9a-fA-F]{64})(?:&|$)/.exec(absolute.hash.slice(1));
    absolute.hash = '';
    absolute.username = '';
    absolute.password = '';
    return { url: absolute.href, ...(fragment ? { sha256: fragment[1].toLowerCase() } : {}) };
}
/** The filename an anchor stands for: its text, or the last path segment of its URL (as pip takes it). */
function anchorFilename(text, url) {
    const shown = unescapeHtml(text.replace(/<[^>]*>/g, '')).trim();
    if (shown)
        return shown;
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
function parseSimpleHtml(html, pageUrl) {
    const baseTag = /<base\b([^>]*)>/i.exec(html);
    const baseHref = baseTag ? parseAttributes(baseTag[1]).get('href') : undefined;
    const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const files = [];
    const re = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
    for (let m = re.exec(html); m; m = re.exec(html)) {
        const attrs = parseAttributes(m[1]);
        const href = attrs.get('href');
        if (!href)
            continue;
        let link;
        try {
            link = withoutFragment(href, base);
        }
        catch {
            continue; // not a URL: pip skips it too
        }
        const file = { filename: anchorFilename(m[2], link.url), url: link.url, yanked: false };
        if (link.sha256)
            file.sha256 = link.sha256;
        const requires = attrs.get('data-requires-python');
        if (requires)
            file.requiresPython = requires;
        if (attrs.has('data-yanked'))
            file.yanked = attrs.get('data-yanked') || true;
        files.push(file);
    }
    const serial = /<!--\s*SERIAL\s+(\d+)\s*-->/.exec(html);
    return { url: pageUrl, format: 'html', files, ...(serial ? { lastSerial: Number(serial[1]) } : {}) };
}
/** PEP 691 project detail. */
function parseSimpleJson(data, pageUrl) {
    const doc = data;
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.files)) {
        throw new Error('the PEP 691 answer has no "files" list');
    }
    const files = [];
    for (const raw of doc.files) {
        const f = raw;
        if (!f || typeof f.filename !== 'string' || typeof f.url !== 'string')
            continue;
        let link;
        try {
            link = withoutFragment(f.url, pageUrl);
        }
        catch {
            continue;
        }
        const hashes = (f.hashes && typeof f.hashes === 'object' ? f.hashes : {});
        const sha256 = typeof hashes.sha256 === 'string' && /^[0-9a-fA-F]{64}$/.test(hashes.sha256) ? hashes.sha256.toLowerCase() : link.sha256;
        const file = {
            filename: f.filename,
            url: link.url,
            yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
        };
        if (sha256)
            file.sha256 = sha256;
        if (typeof f['requires-python'] === 'string' && f['requires-python'])
            file.requiresPython = f['requires-python'];
        if (typeof f.size === 'number')
            file.size = f.size;
        files.push(file);
    }
    const serial = doc.meta?.['_last-serial'];
    return { url: pageUrl, format: 'json', files, ...(typeof serial === 'number' ? { lastSerial: serial } : {}) };
}
/** user:password in an index URL become a Basic header (fetch refuses URLs with credentials). */
function splitCredentials(url) {
    const u = new URL(url);
    if (!u.username && !u.password)
        return { url: u };
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    u.username = '';
    u.password = '';
    return { url: u, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
/**
 * GETs a project page, asking for JSON first and reading whichever format
 * comes back. 404/410 mean "not listed (yet)"; other non-200 answers throw
 * HttpStatusError. Redirects are followed by hand so credentials go to the
 * index's own origin only. Sends `Cache-Control: no-cache`: a hint that a CDN
 * may ignore, which is why the caller polls.
 */
async function fetchSimplePage(projectUrl, opts = {}) {
    const fetchImpl = opts.fetchImpl ?? fetch;
    const { url: start, authorization } = splitCredentials(projectUrl);
    const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let url = start;
    for (let hop = 0;; hop++) {
        const headers = { Accept: ACCEPT, 'Cache-Control': 'no-cache' };
        if (authorization && url.origin === start.origin)
            headers.Authorization = authorization;
        const response = await fetchImpl(url, { headers, redirect: 'manual', signal });
        const location = response.headers.get('location');
        if ([301, 302, 303, 307, 308].includes(response.status) && location) {
            await response.body?.cancel().catch(() => { });
            if (hop >= 5)
                throw new errors/* UserError */.y(`${(0,http_download/* redactUrl */.BO)(start)} redirects more than 5 times. Check the index URL.`);
            const next = new URL(location, url);
            if (url.protocol === 'https:' && next.protocol !== 'https:') {
                throw new errors/* UserError */.y(`${(0,http_download/* redactUrl */.BO)(start)} redirects from https to ${(0,http_download/* redactUrl */.BO)(next)}. Use an index URL that stays on https.`);
            }
            url = next;
            continue;
        }
        if (response.status === 404 || response.status === 410) {
            await response.body?.cancel().catch(() => { });
            return { found: false, status: response.status, url: (0,http_download/* redactUrl */.BO)(url) };
        }
        if (response.status !== 200) {
            await response.body?.cancel().catch(() => { });
            throw new http_retry/* HttpStatusError */.F9(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${(0,http_download/* redactUrl */.BO)(url)}`);
        }
        const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        const text = await response.text();
        const pageUrl = (0,http_download/* redactUrl */.BO)(url);
        let page;
        if (type === JSON_TYPE || type === 'application/json') {
            let data;
            try {
                data = JSON.parse(text);
            }
            catch (err) {
                throw new Error(`${pageUrl} answered ${type} that is not JSON: ${err.message}`);
            }
            page = parseSimpleJson(data, pageUrl);
        }
        else {
            page = parseSimpleHtml(text, pageUrl);
        }
        const header = Number(response.headers.get('x-pypi-last-serial'));
        if (page.lastSerial === undefined && Number.isFinite(header) && header > 0)
            page.lastSerial = header;
        return { found: true, page };
    }
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/availability.js
/**
 * Whether an index lists a release for this interpreter yet: the version, and
 * a wheel pip would install here (tags, Requires-Python, yanked), and the
 * polling that waits for it with a capped exponential backoff and a deadline.
 */









/** Requires-Python as pip checks it: against X.Y.Z (no pre-release suffix); an invalid specifier does not exclude. */
function requiresPythonAllows(spec, pythonVersion) {
    if (!spec || !spec.trim())
        return true;
    const release = /^\d+(?:\.\d+){0,2}/.exec(pythonVersion)?.[0] ?? pythonVersion;
    const parts = release.split('.');
    while (parts.length < 3)
        parts.push('0');
    try {
        if (!pep440.validRange(spec))
            return true;
        return pep440.satisfies(parts.join('.'), spec);
    }
    catch {
        return true;
    }
}
function compareVersions(a, b) {
    try {
        return pep440.compare(a, b);
    }
    catch {
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
/** What the listing offers this interpreter for `target.version`. */
function evaluateListing(files, target) {
    const project = names_normalizeName(target.project);
    const versions = new Set();
    const verdicts = [];
    for (const file of files) {
        let parsed;
        try {
            parsed = filename_parseDistributionFilename(file.filename);
        }
        catch {
            continue; // not a distribution filename pip would consider
        }
        if (parsed.normalizedName !== project)
            continue;
        versions.add(parsed.normalizedVersion);
        if (!versions_versionsEqual(parsed.version, target.version))
            continue;
        const verdict = { file, parsed };
        if (parsed.kind !== 'wheel') {
            verdict.rejected = 'an sdist: verify-install tests the wheel (pip runs with --only-binary)';
        }
        else if (wheelSupportIndex(file.filename, target.tags) === -1) {
            verdict.rejected = `not for ${target.pythonLabel}: none of its tags (${parsed.tags.join(', ')}) is one this interpreter's pip accepts`;
        }
        else if (!requiresPythonAllows(file.requiresPython, target.pythonVersion)) {
            verdict.rejected = `Requires-Python "${file.requiresPython}" excludes ${target.pythonLabel}`;
        }
        else if (file.yanked && !target.allowYanked) {
            verdict.rejected = `yanked${typeof file.yanked === 'string' ? ` (${file.yanked})` : ''}: pip skips it unless pinned with ==`;
        }
        verdicts.push(verdict);
    }
    const usable = verdicts.filter((v) => !v.rejected).map((v) => v.file);
    const byName = new Map(usable.map((f) => [f.filename, f]));
    const order = [...usable].sort((a, b) => wheelSupportIndex(a.filename, target.tags) - wheelSupportIndex(b.filename, target.tags));
    const preferred = preferredWheel(usable.map((f) => f.filename), target.tags);
    return {
        versions: [...versions].sort(compareVersions),
        files: verdicts,
        compatible: order,
        ...(preferred ? { chosen: byName.get(preferred) } : {}),
    };
}
/** One paragraph saying what the index lists, for a timeout or a wrong-version failure. */
function describeListing(evaluation, target, page) {
    const where = page.url;
    if (evaluation.versions.length === 0)
        return `${where} lists no distribution files of ${target.project}.`;
    const versions = evaluation.versions.length > 12
        ? `${evaluation.versions.length} versions, the newest ${evaluation.versions.slice(-8).join(', ')}`
        : `version${evaluation.versions.length === 1 ? '' : 's'} ${evaluation.versions.join(', ')}`;
    const head = `${where} lists ${versions}`;
    if (evaluation.files.length === 0) {
        return `${head}, but no file of ${versions_normalizeVersion(target.version) ?? target.version}.`;
    }
    const files = evaluation.files.map((v) => `${v.file.filename} (${v.rejected ?? 'installable here'})`);
    return `${head}; the files of ${versions_normalizeVersion(target.version) ?? target.version} are: ${files.join('; ')}.`;
}
/**
 * The wait before poll `n + 1`: 1 s, then ×1.5 each time, capped at 10 s, with
 * ±10 % jitter so that the legs of a matrix do not poll in step. Short early
 * waits report availability to within a few seconds; the cap keeps a 15-minute
 * wait near 100 requests.
 */
function pollDelayMs(n, random = Math.random) {
    const base = Math.min(10_000, 1000 * 1.5 ** Math.max(0, n - 1));
    return Math.round(base * (0.9 + 0.2 * random()));
}
const sleepMs = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function secondsText(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Polls the project page until it lists `version` with a wheel pip would
 * install here. A missing page (404) and passing failures (network, 5xx, 429)
 * mean "not yet"; 401/403 and other client errors stop at once. At the
 * deadline, throws a UserError that says what the index listed at the last poll.
 */
async function waitForRelease(opts) {
    const log = opts.log ?? silentLogger;
    const now = opts.now ?? Date.now;
    const sleep = opts.sleep ?? sleepMs;
    let tags;
    let last;
    let lastReported = '';
    for (let poll = 1;; poll++) {
        let answer;
        let error;
        try {
            answer = await fetchSimplePage(opts.projectUrl, { fetchImpl: opts.fetchImpl, timeoutMs: opts.requestTimeoutMs });
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            if (err instanceof http_retry/* HttpStatusError */.F9 && (err.status === 401 || err.status === 403)) {
                throw new errors/* UserError */.y(`The index refused to show ${opts.target.project}: ${err.message}. Put credentials in the index URL (https://user:token@host/simple/) or use a public index.`);
            }
            if (err instanceof http_retry/* HttpStatusError */.F9 && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
                throw new errors/* UserError */.y(`The index answered ${err.message} for the project page. Check index-url: it must be a simple index such as https://pypi.org/simple/.`);
            }
            error = err;
        }
        const at = now();
        let evaluation;
        if (answer?.found) {
            tags ??= await opts.tags;
            evaluation = evaluateListing(answer.page.files, { ...opts.target, tags });
            if (evaluation.chosen) {
                const seconds = (at - opts.startedAt) / 1000;
                log.info(`${answer.page.url} lists ${evaluation.chosen.filename} after ${seconds.toFixed(1)} s (poll ${poll}, ${answer.page.format.toUpperCase()} page)`);
                return {
                    page: answer.page,
                    evaluation: evaluation,
                    availableAt: at,
                    secondsToAvailable: Math.round(seconds * 10) / 10,
                    polls: poll,
                };
            }
        }
        last = { answer, error, at, evaluation };
        const status = error !== undefined
            ? `the request failed: ${(0,retry/* describeError */.Uc)(error)}`
            : !answer.found
                ? `${answer.status} (the project is not listed)`
                : `not yet: ${describeListing(evaluation, opts.target, answer.page)}`;
        if (status !== lastReported) {
            log.info(`Waiting for ${opts.target.project} ${opts.target.version} on ${(0,http_download/* redactUrl */.BO)(opts.indexUrl)}: ${status}`);
            lastReported = status;
        }
        const remaining = opts.deadline - now();
        if (remaining <= 0)
            break;
        await sleep(Math.min(pollDelayMs(poll, opts.random), remaining));
    }
    const waited = secondsText(last.at - opts.startedAt);
    const limit = secondsText(opts.deadline - opts.startedAt);
    const head = `${opts.target.project} ${opts.target.version} with a wheel for ${opts.target.pythonLabel} did not appear on ${(0,http_download/* redactUrl */.BO)(opts.indexUrl)} within wait-timeout (${limit}; last poll at ${waited}).`;
    let seen;
    if (last.error !== undefined)
        seen = `The last poll of ${(0,http_download/* redactUrl */.BO)(opts.projectUrl)} failed: ${(0,retry/* describeError */.Uc)(last.error)}.`;
    else if (!last.answer.found)
        seen = `${last.answer.url} answered ${last.answer.status}: the index does not list ${opts.target.project} at all.`;
    else
        seen = `At the last poll, ${describeListing(last.evaluation, opts.target, last.answer.page)}`;
    throw new errors/* UserError */.y(`${head} ${seen} Check that the upload succeeded and that package, version and index match it, or raise wait-timeout.`);
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/checks.js

/**
 * The module to import: the installed distribution's top-level names
 * (top_level.txt, or RECORD), not a guess from the project name. With several,
 * the one that matches the project name wins, else the only public one.
 */
function chooseImportName(topLevel, project) {
    const names = topLevel.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
    if (names.length === 0) {
        return { why: `the installed distribution names no importable top-level module (top_level: ${topLevel.join(', ') || 'none'}); set import-name` };
    }
    if (names.length === 1)
        return { name: names[0], why: 'the only top-level module of the installed distribution' };
    const wanted = names_normalizeName(project).replace(/-/g, '_');
    const same = names.find((n) => n.toLowerCase() === wanted);
    if (same)
        return { name: same, why: `the top-level module named like the project (of ${names.join(', ')})` };
    const pub = names.filter((n) => !n.startsWith('_'));
    if (pub.length === 1)
        return { name: pub[0], why: `the only public top-level module (of ${names.join(', ')})` };
    return { name: (pub[0] ?? names[0]), why: `the first of several top-level modules (${names.join(', ')}); set import-name to choose another` };
}
function checkDistributionVersion(installed, expected) {
    const ok = versions_versionsEqual(installed, expected);
    return {
        name: 'installed version',
        ok,
        detail: ok ? `${installed} (equal to ${expected} under PEP 440)` : `the installed distribution is ${installed}, but ${expected} was expected`,
    };
}
function checkVersionAttribute(module, actual, expected, required) {
    const name = `${module}.__version__`;
    if (actual === undefined) {
        return required
            ? { name, ok: false, detail: `${module} has no __version__, so the import cannot show which version it found (set require-version-attribute: false for a package without one)` }
            : { name, ok: true, detail: 'not defined (allowed by require-version-attribute: false)' };
    }
    const ok = versions_versionsEqual(actual, expected);
    return {
        name,
        ok,
        detail: ok ? `${actual} (equal to ${expected} under PEP 440)` : `${module}.__version__ is ${JSON.stringify(actual)}, but ${expected} was expected`,
    };
}
/** Exact, except that a hexadecimal commit compares case-insensitively. */
function checkCommit(module, actual, expected) {
    const name = `${module}.__commit__`;
    if (actual === undefined)
        return { name, ok: false, detail: `${module} has no __commit__, but expect-commit is ${expected}` };
    const hex = /^[0-9a-f]+$/i;
    const ok = actual === expected || (hex.test(actual) && hex.test(expected) && actual.toLowerCase() === expected.toLowerCase());
    return { name, ok, detail: ok ? actual : `${module}.__commit__ is ${JSON.stringify(actual)}, but ${expected} was expected` };
}
function checkFileLocation(module, file, inside, root) {
    const name = `${module}.__file__`;
    if (!file)
        return { name, ok: false, detail: `${module} has no __file__ or __path__: cannot tell where it was imported from` };
    return {
        name,
        ok: inside,
        detail: inside ? file : `${module} was imported from ${file}, outside the fresh environment ${root}: something else shadows the installed package`,
    };
}
/** The installed wheel's bytes against its manifest entry. */
function checkManifest(manifest, manifestPath, filename, actual) {
    const name = 'manifest';
    const entry = manifest.files.find((f) => f.filename === filename);
    if (!entry) {
        const wheels = manifest.files.map((f) => f.filename).filter((f) => f.endsWith('.whl'));
        return {
            name,
            ok: false,
            detail: `the installed wheel ${filename} is not in the manifest ${manifestPath} (it lists ${wheels.length} wheel${wheels.length === 1 ? '' : 's'}: ${wheels.join(', ') || 'none'})`,
        };
    }
    const problems = [];
    if (entry.sha256.toLowerCase() !== actual.sha256.toLowerCase())
        problems.push(`sha256 ${actual.sha256}, the manifest says ${entry.sha256}`);
    if (entry.size !== actual.size)
        problems.push(`${actual.size} bytes, the manifest says ${entry.size}`);
    if (problems.length > 0) {
        return { name, ok: false, detail: `the installed ${filename} differs from the manifest ${manifestPath}: ${problems.join('; ')}` };
    }
    return { name, ok: true, detail: `${filename} is byte-identical to the manifest entry (sha256 ${entry.sha256})` };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/indexes.js
/**
 * Where the package and its dependencies come from. The test index (TestPyPI)
 * is anyone's namespace: a dependency name registered there with a higher
 * version would win pip's resolution (pip treats every index alike). So in the
 * "exact-file" mode only the one wheel comes from the test index, fetched by
 * URL and checked by sha256, and pip never sees that index at all.
 */

const PYPI_SIMPLE = 'https://pypi.org/simple/';
const TESTPYPI_SIMPLE = 'https://test.pypi.org/simple/';
function withSlash(url) {
    return url.endsWith('/') ? url : `${url}/`;
}
/** The plan and any warnings the user should read. */
function planIndexes(s) {
    const warnings = [];
    const testMode = s.repository === 'testpypi' || s.dependencyIndexUrl !== undefined;
    const indexUrl = withSlash(s.indexUrl ?? (s.repository === 'testpypi' ? TESTPYPI_SIMPLE : PYPI_SIMPLE));
    const extras = s.extraIndexUrls.map(withSlash);
    if (extras.length > 0) {
        warnings.push(`extra-index-url is set: pip will treat ${[indexUrl, ...extras].map((u) => (0,http_download/* redactUrl */.BO)(u)).join(' and ')} as one pool and install the highest version of every name `
            + 'it finds in any of them, so anyone who registers one of your dependencies (or your package) on the other index with a higher '
            + 'version decides what gets installed (dependency confusion).'
            + (testMode ? ' Leave extra-index-url empty to install the exact wheel from the test index with dependencies from dependency-index-url only.' : ''));
        if (s.dependencyIndexUrl !== undefined)
            warnings.push('dependency-index-url is ignored because extra-index-url is set.');
        return { plan: { mode: 'mixed', indexUrl, extraIndexUrls: extras }, warnings };
    }
    if (testMode) {
        return { plan: { mode: 'exact-file', indexUrl, dependencyIndexUrl: withSlash(s.dependencyIndexUrl ?? PYPI_SIMPLE) }, warnings };
    }
    return { plan: { mode: 'index', indexUrl, extraIndexUrls: [] }, warnings };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/install.js
/**
 * Getting the release into the environment, and knowing afterwards exactly
 * which wheel file that was.
 */









/** "Successfully installed demo-1.0 dep-2.1" → ['demo-1.0', 'dep-2.1']. */
function parseSuccessfullyInstalled(output) {
    const line = output.split(/\r?\n/).reverse().find((l) => l.startsWith('Successfully installed '));
    return line ? line.slice('Successfully installed '.length).trim().split(/\s+/) : [];
}
/** pip's words for "the index has no such version (yet)": worth another try while a CDN catches up. */
function pipFoundNothing(output) {
    return /No matching distribution found for|Could not find a version that satisfies the requirement/i.test(output);
}
/** The WHEEL file's Tag and Build lines. */
function parseWheelInfo(text) {
    const tags = [];
    let build;
    for (const line of text.split(/\r?\n/)) {
        const m = /^([A-Za-z-]+):\s*(.*?)\s*$/.exec(line);
        if (!m)
            continue;
        if (m[1].toLowerCase() === 'tag')
            tags.push(m[2].toLowerCase());
        if (m[1].toLowerCase() === 'build')
            build = m[2];
    }
    return { tags, ...(build !== undefined ? { build } : {}) };
}
/** Listed files whose name appears in pip's output (pip prints the URL or the filename it downloads). */
function filesMentioned(output, files) {
    let decoded = output;
    try {
        decoded = decodeURIComponent(output.replace(/%(?![0-9a-f]{2})/gi, '%25'));
    }
    catch {
        // keep the raw text
    }
    return files.filter((f) => output.includes(f.filename) || decoded.includes(f.filename));
}
/**
 * Which listed wheel pip installed: the one its output names; else the one
 * whose tags and build match the installed WHEEL file; else the one pip's tag
 * preference picks (a renamed wheel, such as Ray's -linux → -manylinux rename,
 * keeps its old WHEEL tags).
 */
function identifyInstalledWheel(candidates, evidence) {
    const wheels = candidates.filter((f) => f.filename.endsWith('.whl'));
    const named = filesMentioned(evidence.pipOutput, wheels);
    if (named.length === 1)
        return { file: named[0], how: "named in pip's output" };
    const info = evidence.wheelInfo;
    if (info && info.tags.length > 0) {
        const want = [...new Set(info.tags)].sort().join(' ');
        const matching = wheels.filter((f) => {
            const parsed = parseWheelFilename(f.filename);
            const build = parsed.build ? `${parsed.build.number}${parsed.build.rest}` : undefined;
            return [...new Set(parsed.tags)].sort().join(' ') === want && build === info.build;
        });
        if (matching.length === 1)
            return { file: matching[0], how: 'the tags of the installed WHEEL file' };
    }
    const pool = named.length > 1 ? named : wheels;
    const preferred = preferredWheel(pool.map((f) => f.filename), evidence.tags);
    const file = pool.find((f) => f.filename === preferred);
    return file ? { file, how: "pip's tag preference for this interpreter" } : undefined;
}
async function readInstalledWheelInfo(metadataDir) {
    try {
        return parseWheelInfo(await (0,promises_.readFile)((0,external_node_path_.join)(metadataDir, 'WHEEL'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** A failed pip run as a message a person can act on. */
function pipFailure(what, r) {
    const output = tail(maskCredentials(`${r.stdout}\n${r.stderr}`.trim()), 25);
    return new errors/* UserError */.y(`${what} failed (pip exit ${r.code}). pip said:\n${output}`);
}
/** pip install from the index: `pkg==version`, or `-U pkg` when not pinned; the wheel only. */
async function pipInstallFromIndex(env, req, log = silentLogger) {
    const request = {
        requirements: [req.pin ? `${req.project}==${req.version}` : req.project],
        indexUrl: req.indexUrl,
        extraIndexUrls: req.extraIndexUrls,
        onlyBinary: [names_normalizeName(req.project)],
        refreshPackage: names_normalizeName(req.project),
        ...(!req.pin && req.pre ? { pre: true } : {}),
        ...(!req.pin || req.upgrade ? { upgrade: true } : {}),
    };
    return pipInstall(env, request, log);
}
/** pip install of a wheel file, every dependency from `dependencyIndexUrl` alone. */
async function pipInstallFile(env, path, dependencyIndexUrl, log = silentLogger) {
    return pipInstall(env, { requirements: [path], indexUrl: dependencyIndexUrl }, log);
}
/**
 * Downloads one listed file, checked against the sha256 the index gives (and
 * the size), with the index's credentials when the file lives on its origin.
 */
async function downloadListedFile(file, dir, indexUrl, log, expectedSha256) {
    const { url: index, authorization } = splitCredentials(indexUrl);
    const headers = authorization && new URL(file.url).origin === index.origin ? { Authorization: authorization } : undefined;
    log.info(`Downloading ${(0,http_download/* redactUrl */.BO)(file.url)}${file.sha256 || expectedSha256 ? ` (sha256 ${expectedSha256 ?? file.sha256})` : ''}`);
    return (0,http_download/* downloadFile */.PE)(file.url, (0,external_node_path_.join)(dir, file.filename), {
        log,
        ...(expectedSha256 ?? file.sha256 ? { expectedSha256: expectedSha256 ?? file.sha256 } : {}),
        ...(file.size !== undefined ? { expectedSize: file.size } : {}),
        ...(headers ? { headers } : {}),
    });
}
/**
 * `pip download --no-deps` of the unpinned project from the test index: pip
 * chooses the version and the wheel (as `pip install -U` would in a fresh
 * environment) while no dependency is read from that index.
 */
async function pipDownloadLatest(env, req, log = silentLogger) {
    const args = ['-m', 'pip', 'download', '--disable-pip-version-check', '--no-input', '--no-cache-dir', '--no-deps',
        '--only-binary', ':all:', '--index-url', req.indexUrl, '--dest', req.dest];
    if (req.pre)
        args.push('--pre');
    if (pipSupportsRefreshPackage(env.pipVersion))
        args.push('--refresh-package', names_normalizeName(req.project));
    args.push('--', req.project);
    log.info(`$ ${maskCredentials([env.python, ...args].join(' '))}`);
    const r = await runPython(env, args, { cwd: env.root, timeoutMs: 1_800_000, log });
    if (r.code !== 0)
        throw pipFailure(`pip download ${req.project} from ${(0,http_download/* redactUrl */.BO)(req.indexUrl)}`, { ...r, command: args });
    const wheels = (await (0,promises_.readdir)(req.dest)).filter((f) => f.endsWith('.whl'));
    if (wheels.length !== 1) {
        throw new errors/* UserError */.y(`pip download ${req.project} left ${wheels.length} wheels in ${req.dest} (${wheels.join(', ') || 'none'}); expected exactly one.`);
    }
    return { path: (0,external_node_path_.join)(req.dest, wheels[0]), filename: wheels[0], output: `${r.stdout}\n${r.stderr}` };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/result.js
/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 */



const RESULT_SCHEMA = 'python-release-actions/verify-install-result';
/** `verify-install-result.json` in `dir`, or -2, -3… when an earlier step of the job wrote one. */
async function writeResultFile(dir, result) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    let path = (0,external_node_path_.join)(dir, 'verify-install-result.json');
    for (let n = 2; (0,external_node_fs_.existsSync)(path); n++)
        path = (0,external_node_path_.join)(dir, `verify-install-result-${n}.json`);
    await (0,promises_.writeFile)(path, `${JSON.stringify(result, null, 2)}\n`, { flag: 'wx' });
    return path;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/smoke-test.js
/**
 * The user's smoke test, run by the environment's interpreter from the
 * neutral directory. A script is copied there first: Python puts a script's
 * own directory first on sys.path, so a script run from the checkout would
 * import the checkout's package instead of the installed one.
 */





async function runSmokeTest(env, smoke, cwd, variables, log = silentLogger) {
    let args;
    let what;
    if (smoke.kind === 'script') {
        const copy = (0,external_node_path_.join)(cwd, 'pyrelease_smoke_test.py');
        await (0,promises_.copyFile)(smoke.path, copy);
        args = [copy];
        what = `smoke test ${smoke.path}`;
    }
    else {
        args = ['-c', smoke.code];
        what = 'smoke test (inline code)';
    }
    log.info(`Running the ${what} with ${env.python} in ${cwd}`);
    const started = Date.now();
    const r = await runPython({ ...env, env: { ...env.env, ...variables } }, args, { cwd, log, timeoutMs: 3_600_000 });
    const output = `${r.stdout}${r.stderr ? `${r.stdout && !r.stdout.endsWith('\n') ? '\n' : ''}${r.stderr}` : ''}`.trimEnd();
    if (output)
        log.info(output);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (r.code === 0)
        return { name: 'smoke test', ok: true, detail: `${what} passed in ${seconds} s` };
    const last = tail(r.stderr || r.stdout, 12);
    return {
        name: 'smoke test',
        ok: false,
        detail: `${what} failed with exit code ${r.code}${r.timedOut ? ' (timed out)' : ''} after ${seconds} s${last ? `:\n${last}` : ' and printed nothing'}`,
    };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/verify.js
/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release with a
 * wheel for this interpreter, install it, then check what Python imports from
 * a neutral directory. Every step adds to one result, written even when a
 * step fails, so a matrix leg always reports what it saw.
 */

















/** Everything a leg has learnt so far, and the checks, in order. */
class Leg {
    result;
    checks = [];
    constructor(result) {
        this.result = result;
    }
    add(check, log) {
        this.checks.push(check);
        const line = `${check.ok ? 'ok' : 'FAILED'}  ${check.name}: ${check.detail}`;
        // The step's one ::error:: line comes at the end, with every failed check in it.
        log.info(line);
        return check;
    }
    /** Stops the leg at a failed check that later checks depend on. */
    require(check, log) {
        if (!this.add(check, log).ok)
            throw new errors/* UserError */.y(check.detail);
    }
}
function verify_isInside(dir, path) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(path));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir, workspace, log) {
    let base = (0,external_node_path_.resolve)(tempDir);
    if (workspace && verify_isInside(workspace, base)) {
        log.warning(`${base} lies inside the workspace ${workspace}; using ${(0,external_node_os_.tmpdir)()} so that the checkout cannot shadow the installed package.`);
        base = (0,external_node_os_.tmpdir)();
    }
    await (0,promises_.mkdir)(base, { recursive: true });
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'verify-install-'));
}
function verify_compareVersions(a, b) {
    try {
        return pep440.compare(a, b);
    }
    catch {
        return 0;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function verifyInstall(req, log = silentLogger) {
    const { plan, warnings } = planIndexes(req.indexes);
    const result = {
        schema: RESULT_SCHEMA,
        schemaVersion: 1,
        result: 'failed',
        package: req.package,
        version: req.version,
        mode: plan.mode,
        index: (0,http_download/* redactUrl */.BO)(plan.indexUrl),
        ...(plan.mode === 'exact-file' ? { dependencyIndex: (0,http_download/* redactUrl */.BO)(plan.dependencyIndexUrl) } : {}),
        ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => (0,http_download/* redactUrl */.BO)(u)) } : {}),
        pin: req.pin,
        os: req.platform?.os ?? (0,external_node_os_.platform)(),
        arch: req.platform?.arch ?? (0,external_node_os_.arch)(),
        checks: [],
        startedAt: new Date(req.startedAt).toISOString(),
        finishedAt: '',
        durationSeconds: 0,
    };
    const leg = new Leg(result);
    result.checks = leg.checks;
    for (const w of warnings)
        log.warning(w);
    let work;
    let error;
    try {
        await verify_run(req, plan, leg, log, (dir) => { work = dir; });
    }
    catch (err) {
        error = err;
    }
    const failed = leg.checks.filter((c) => !c.ok);
    if (failed.length > 0 && (error === undefined || error instanceof errors/* UserError */.y)) {
        // Every failed check, each naming both sides, in one message.
        const on = result.python ? ` on ${describeInterpreter(result.python)}` : '';
        error = new errors/* UserError */.y(`${req.package} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
    }
    if (error === undefined)
        result.result = 'passed';
    else
        result.error = error instanceof Error ? error.message : String(error);
    result.finishedAt = new Date().toISOString();
    result.durationSeconds = Math.round((Date.now() - req.startedAt) / 100) / 10;
    if (work) {
        if (result.result === 'passed' && !req.keepEnvironment) {
            await (0,promises_.rm)(work, { recursive: true, force: true }).catch(() => { });
        }
        else {
            log.info(`The environment is kept for inspection in ${work}`);
        }
    }
    return error === undefined ? { result } : { result, error };
}
async function verify_run(req, plan, leg, log, setWork) {
    const result = leg.result;
    if (!req.pin && !req.pre && pep440.explain(req.version)?.is_prerelease) {
        throw new errors/* UserError */.y(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
    }
    const manifest = req.manifestPath ? await readManifest(req.manifestPath) : undefined;
    const py = await resolvePython(req.python, req.searchEnv, log);
    result.python = {
        requested: req.python,
        version: py.version,
        implementation: py.implementation,
        path: py.path,
        ...(py.machine ? { machine: py.machine } : {}),
        foundVia: py.source,
    };
    const work = await makeWorkDir(req.tempDir, req.workspace, log);
    setWork(work);
    const neutral = (0,external_node_path_.join)(work, 'cwd');
    const wheelsDir = (0,external_node_path_.join)(work, 'wheels');
    await (0,promises_.mkdir)(neutral, { recursive: true });
    // The environment is made while the index is polled; the poll needs its tags only once a page lists files.
    const seed = req.seed ?? 'copy';
    const baseTags = seed === 'copy' ? baseInterpreterTags(py, log) : undefined;
    const ready = (async () => {
        const env = await createEnvironment(py, (0,external_node_path_.join)(work, 'env'), log, { seed });
        const base = await baseTags;
        // A copied pip is the base's pip, so its tags are the same; asking the base (whose pip is
        // byte-compiled) saves the environment's first pip start, which compiles all of pip.
        if (base && base.pipVersion === env.pipVersion) {
            log.debug(`Compatible tags from ${py.path} (pip ${base.pipVersion}, the same pip the environment has)`);
            return { env, tags: base.tags };
        }
        return { env, tags: await supportedTags(env, log) };
    })();
    const tags = ready.then((r) => r.tags);
    ready.catch(() => { });
    tags.catch(() => { });
    const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
    const pythonLabel = describeInterpreter(py);
    const target = { project: req.package, version: req.version, pythonVersion: py.version, pythonLabel, allowYanked: req.pin };
    let available;
    try {
        available = await waitForRelease({
            indexUrl: plan.indexUrl,
            projectUrl: projectPageUrl(plan.indexUrl, req.package),
            target,
            tags,
            startedAt: req.startedAt,
            deadline,
            log,
        });
    }
    finally {
        // Never leave the environment half-made behind a failed wait.
        await ready.catch(() => undefined);
    }
    result.secondsToAvailable = available.secondsToAvailable;
    const { env, tags: envTags } = await ready;
    result.environment = { kind: env.kind, path: env.root, pip: env.pipVersion };
    // Install.
    let wheel;
    let pipOutput = '';
    if (plan.mode === 'exact-file') {
        await (0,promises_.mkdir)(wheelsDir, { recursive: true });
        if (req.pin) {
            const chosen = available.evaluation.chosen;
            const entry = manifest?.files.find((f) => f.filename === chosen.filename);
            if (manifest && req.manifestPath) {
                if (!entry)
                    leg.require(checkManifest(manifest, req.manifestPath, chosen.filename, { sha256: chosen.sha256 ?? '', size: chosen.size ?? -1 }), log);
                else if (chosen.sha256 && chosen.sha256 !== entry.sha256.toLowerCase()) {
                    leg.require({ name: 'manifest', ok: false, detail: `${(0,http_download/* redactUrl */.BO)(plan.indexUrl)} serves ${chosen.filename} with sha256 ${chosen.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
                }
            }
            const got = await downloadListedFile(chosen, wheelsDir, plan.indexUrl, log);
            wheel = { file: chosen, path: got.path, sha256: got.sha256, size: got.size, how: 'downloaded by URL and sha256 from the test index' };
        }
        else {
            const got = await pipDownloadLatest(env, { project: req.package, indexUrl: plan.indexUrl, pre: req.pre, dest: wheelsDir }, log);
            const digest = await hashes_hashFile(got.path);
            const listed = available.page.files.find((f) => f.filename === got.filename);
            if (listed?.sha256 && listed.sha256 !== digest.sha256) {
                throw new errors/* UserError */.y(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.page.url} lists ${listed.sha256} for it.`);
            }
            wheel = { file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, sha256: digest.sha256, size: digest.size, how: 'chosen by pip download from the test index (newest version)' };
            const chosenVersion = parseWheelFilename(got.filename).version;
            if (!versions_versionsEqual(chosenVersion, req.version)) {
                leg.require({
                    name: 'installed version',
                    ok: false,
                    detail: `the newest ${req.package} on ${(0,http_download/* redactUrl */.BO)(plan.indexUrl)} for ${pythonLabel} is ${chosenVersion} (${got.filename}), but ${req.version} was expected. ${describeListing(available.evaluation, target, available.page)}`,
                }, log);
            }
        }
        const r = await pipInstallFile(env, wheel.path, plan.dependencyIndexUrl, log);
        if (r.code !== 0)
            throw pipFailure(`Installing ${wheel.file.filename} with dependencies from ${(0,http_download/* redactUrl */.BO)(plan.dependencyIndexUrl)}`, r);
        pipOutput = `${r.stdout}\n${r.stderr}`;
    }
    else {
        pipOutput = await installFromIndex(req, plan, env, available, deadline, log);
    }
    result.installed = parseSuccessfullyInstalled(pipOutput);
    logPipOutput(pipOutput, log);
    // What got installed.
    const dist = await installedDistribution(env, req.package, log);
    if (!dist)
        throw new errors/* UserError */.y(`pip finished, but no ${req.package} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}`);
    result.installedVersion = dist.version;
    const versionCheck = checkDistributionVersion(dist.version, req.version);
    if (!versionCheck.ok && !req.pin && plan.mode !== 'exact-file') {
        const newer = verify_compareVersions(dist.version, req.version) > 0;
        versionCheck.detail = `pip install -U ${req.package} installed ${dist.version}, but ${req.version} was expected`
            + (newer ? ` (the index offers a newer version than the one under test). ` : '. ')
            + describeListing(available.evaluation, target, available.page);
    }
    leg.require(versionCheck, log);
    leg.require({
        name: 'installed location',
        ok: fileIsInEnvironment(env, dist.location),
        detail: fileIsInEnvironment(env, dist.location) ? dist.metadataDir : `${req.package} is installed in ${dist.location}, outside the fresh environment ${env.root}`,
    }, log);
    if (!wheel) {
        const candidates = available.page.files.filter((f) => {
            try {
                return versions_versionsEqual(parseWheelFilename(f.filename).version, dist.version);
            }
            catch {
                return false;
            }
        });
        const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
        if (found)
            wheel = { file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how };
        else
            log.warning(`Could not tell which listed wheel pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
    }
    if (wheel) {
        result.wheel = wheel.file.filename;
        if (wheel.file.url)
            result.wheelUrl = (0,http_download/* redactUrl */.BO)(wheel.file.url);
        if (wheel.sha256)
            result.wheelSha256 = wheel.sha256;
        log.info(`Installed wheel: ${wheel.file.filename} (${wheel.how})`);
    }
    if (manifest && req.manifestPath) {
        if (!wheel) {
            leg.add({ name: 'manifest', ok: false, detail: 'cannot compare with the manifest: the installed wheel file is unknown' }, log);
        }
        else {
            let bytes;
            if (wheel.path && wheel.sha256 && wheel.size !== undefined) {
                bytes = { sha256: wheel.sha256, size: wheel.size };
            }
            else {
                // pip checked the bytes it installed against the sha256 on the page; fetch the same URL to compare them with the manifest.
                await (0,promises_.mkdir)(wheelsDir, { recursive: true });
                const got = await downloadListedFile(wheel.file, wheelsDir, plan.indexUrl, log);
                bytes = { sha256: got.sha256, size: got.size };
                result.wheelSha256 = got.sha256;
            }
            leg.add(checkManifest(manifest, req.manifestPath, wheel.file.filename, bytes), log);
        }
    }
    // Import from a directory outside the checkout.
    let importName = req.importName;
    if (!importName) {
        const chosen = chooseImportName(dist.topLevel, req.package);
        if (!chosen.name)
            throw new errors/* UserError */.y(`Cannot tell which module to import: ${chosen.why}.`);
        importName = chosen.name;
        log.info(`Importing ${importName}: ${chosen.why}`);
    }
    result.importName = importName;
    const imported = await inspectImport(env, importName, neutral, log);
    if (!imported.ok) {
        leg.require({ name: `import ${importName}`, ok: false, detail: `import ${importName} failed in ${env.root}:\n${(imported.error ?? '').trim().split('\n').slice(-12).join('\n')}` }, log);
    }
    if (imported.file)
        result.moduleFile = imported.file;
    if (imported.version !== undefined)
        result.moduleVersion = imported.version;
    if (imported.commit !== undefined)
        result.moduleCommit = imported.commit;
    leg.add({ name: `import ${importName}`, ok: true, detail: `imported from ${neutral}` }, log);
    leg.add(checkFileLocation(importName, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
    leg.add(checkVersionAttribute(importName, imported.version, req.version, req.requireVersionAttribute), log);
    if (req.expectCommit)
        leg.add(checkCommit(importName, imported.commit, req.expectCommit), log);
    if (req.smokeTest) {
        leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
            VERIFY_PACKAGE: req.package,
            VERIFY_VERSION: req.version,
            VERIFY_IMPORT_NAME: importName,
        }, log), log);
    }
}
const PIP_MARK = '__PYRELEASE_PIP__';
/** The base interpreter's pip version and tags, or undefined when it has no pip to ask. */
async function baseInterpreterTags(py, log) {
    try {
        const [probe, tags] = await Promise.all([
            runPython(py, ['-c', `import sys, pip; sys.stdout.write('${PIP_MARK}' + pip.__version__ + '\\n')`], { timeoutMs: 60_000 }),
            supportedTagsWithSource(py, { log }),
        ]);
        const line = probe.stdout.split(/\r?\n/).find((l) => l.startsWith(PIP_MARK));
        if (probe.code !== 0 || !line || tags.source !== 'pip debug')
            return undefined;
        return { pipVersion: line.slice(PIP_MARK.length).trim(), tags: tags.tags };
    }
    catch {
        return undefined;
    }
}
/** pip's own account of what it did, in the step log (masked: an index URL may carry a token). */
function logPipOutput(output, log) {
    const lines = maskCredentials(output).split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 0)
        log.info(lines.map((l) => `  pip: ${l}`).join('\n'));
}
/**
 * pip install from the index. The page we polled and the page pip reads may
 * come from different CDN nodes, so "no matching distribution" right after the
 * version appeared, or (unpinned) an older version, is retried with the poll's
 * backoff until the wait deadline, and at least a minute after availability.
 */
async function installFromIndex(req, plan, env, available, deadline, log) {
    const retryUntil = Math.max(deadline, available.availableAt + 60_000);
    for (let attempt = 1;; attempt++) {
        const r = await pipInstallFromIndex(env, {
            project: req.package,
            version: req.version,
            pin: req.pin,
            pre: req.pre,
            indexUrl: plan.indexUrl,
            extraIndexUrls: plan.extraIndexUrls,
            upgrade: attempt > 1,
        }, log);
        const output = `${r.stdout}\n${r.stderr}`;
        const delay = pollDelayMs(attempt);
        const canRetry = Date.now() + delay < retryUntil;
        if (r.code !== 0) {
            if (pipFoundNothing(output) && canRetry) {
                log.info(`pip did not find ${req.package} ${req.version} on ${(0,http_download/* redactUrl */.BO)(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(delay / 1000).toFixed(1)} s`);
                await sleep(delay);
                continue;
            }
            throw pipFailure(`pip install ${req.pin ? `${req.package}==${req.version}` : `-U ${req.package}`} from ${(0,http_download/* redactUrl */.BO)(plan.indexUrl)}`, r);
        }
        if (!req.pin && canRetry) {
            const dist = await installedDistribution(env, req.package, log);
            if (dist && verify_compareVersions(dist.version, req.version) < 0) {
                log.info(`pip install -U ${req.package} found ${dist.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(delay / 1000).toFixed(1)} s`);
                await sleep(delay);
                continue;
            }
        }
        return output;
    }
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/index.js
/** verify-install: wait for the index, install into a fresh environment, check the import. */






// EXTERNAL MODULE: ./lib/actions/shared/run.js
var shared_run = __webpack_require__(6584);
// EXTERNAL MODULE: ./lib/actions/shared/url-credentials.js
var url_credentials = __webpack_require__(9875);
;// CONCATENATED MODULE: ./lib/actions/verify-install/main.js







const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const code = (s) => (s ? `<code>${escapeHtml(s)}</code>` : '—');
/** "Linux X64", "macOS ARM64 (Python runs as x86_64)" under Rosetta. */
function osLabel(r) {
    const machine = r.python?.machine;
    const native = /^(x64|x86_64|amd64)$/i.test(r.arch) ? 'x86_64' : /^(arm64|aarch64)$/i.test(r.arch) ? 'arm64' : undefined;
    const rosetta = machine && native && machine.toLowerCase() !== native && !(native === 'arm64' && /^aarch64$/i.test(machine))
        ? ` (Python runs as ${machine})`
        : '';
    return `${r.os} ${r.arch}${rosetta}`;
}
async function writeSummary(r) {
    const python = r.python ? `${describeInterpreter(r.python)}<br>${code(r.python.path)}` : '—';
    const verdict = r.result === 'passed' ? '✅ passed' : '❌ failed';
    const summary = core/* summary */.z
        .addHeading(`verify-install: ${escapeHtml(r.package)} ${escapeHtml(r.version)}`, 2)
        .addTable([
        ['OS', 'Python', 'Wheel', 'Version', '__file__', 'Seconds to available', 'Result'].map((data) => ({ data, header: true })),
        [
            escapeHtml(osLabel(r)),
            python,
            code(r.wheel),
            escapeHtml(r.installedVersion ?? '—'),
            code(r.moduleFile),
            r.secondsToAvailable === undefined ? '—' : r.secondsToAvailable.toFixed(1),
            verdict,
        ],
    ]);
    const from = r.mode === 'exact-file'
        ? `the wheel from ${code(r.index)} by URL and sha256; dependencies from ${code(r.dependencyIndex)} only`
        : r.mode === 'mixed'
            ? `pip with ${code(r.index)} and ${(r.extraIndexes ?? []).map(code).join(', ')} mixed`
            : `pip from ${code(r.index)}`;
    summary.addRaw(`<p>${r.pin ? '<code>package==version</code>' : '<code>pip install -U package</code>'}: ${from}.</p>`, true);
    if (r.checks.length > 0) {
        summary.addList(r.checks.map((c) => `${c.ok ? '✅' : '❌'} ${escapeHtml(c.name)}: ${escapeHtml(c.detail.split('\n')[0])}`));
    }
    if (r.error)
        summary.addRaw(`<pre>${escapeHtml(r.error)}</pre>`, true);
    await summary.write();
}
/**
 * Credentials in index URLs never reach the log: the entry masked them as typed;
 * these are the forms the URL parser gave them (pip and our messages print those).
 */
function maskUrlSecrets(urls) {
    for (const u of urls) {
        if (u)
            for (const secret of (0,url_credentials/* urlCredentials */.O4)(u.href))
                core/* setSecret */.Pq(secret);
    }
}
/** Runs verify-install with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    // Seconds to available count from the start of the step's process.
    const startedAt = Math.round(external_node_perf_hooks_.performance.timeOrigin);
    maskUrlSecrets([s.indexUrl, s.dependencyIndexUrl, ...s.extraIndexUrls]);
    const tempDir = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const outcome = await verifyInstall({
        package: s.package,
        version: s.version,
        python: s.python,
        indexes: {
            repository: s.repository,
            ...(s.indexUrl ? { indexUrl: s.indexUrl.href } : {}),
            ...(s.dependencyIndexUrl ? { dependencyIndexUrl: s.dependencyIndexUrl.href } : {}),
            extraIndexUrls: s.extraIndexUrls.map((u) => u.href),
        },
        ...(s.importName ? { importName: s.importName } : {}),
        ...(s.expectCommit ? { expectCommit: s.expectCommit } : {}),
        ...(s.expectManifest ? { manifestPath: s.expectManifest } : {}),
        ...(s.smokeTest ? { smokeTest: s.smokeTest } : {}),
        pin: s.pin,
        pre: s.pre,
        waitTimeoutSeconds: s.waitTimeoutSeconds,
        requireVersionAttribute: s.requireVersionAttribute,
        tempDir,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        startedAt,
        platform: { os: process.env.RUNNER_OS || (0,external_node_os_.platform)(), arch: process.env.RUNNER_ARCH || (0,external_node_os_.arch)() },
    }, shared_run/* actionLogger */.v0);
    const r = outcome.result;
    const resultFile = await writeResultFile(tempDir, r);
    const outputs = {
        'installed-version': r.installedVersion,
        'installed-file': r.moduleFile,
        wheel: r.wheel,
        'python-version': r.python?.version,
        'python-path': r.python?.path,
        'import-name': r.importName,
        'seconds-to-available': r.secondsToAvailable,
        'result-file': resultFile,
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            core/* setOutput */.uH(name, String(value));
    }
    await writeSummary(r);
    if (outcome.error !== undefined)
        throw outcome.error;
    core/* info */.pq(`${r.package} ${r.installedVersion} from ${r.wheel ?? 'the index'} imports from ${r.moduleFile} on ${r.python ? describeInterpreter(r.python) : 'Python'}: every check passed.`);
}


/***/ })

};
