export const id = 733;
export const ids = [733];
export const modules = {

/***/ 4733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/log.js
var lib_log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var lib_process = __webpack_require__(7239);
;// CONCATENATED MODULE: ./lib/python/layout.js
/**
 * Where things are in a Python installation and in an environment, for each
 * OS: every path rule that differs between Windows and POSIX lives here, so
 * each can be tested for every OS on any machine (`layoutFor('win32')` on
 * Linux). Windows keeps an environment's interpreter and console scripts in
 * `Scripts\` (`python.exe`, `pip.exe`), an installation's interpreter at its
 * top (`C:\hostedtoolcache\windows\Python\3.12.1\x64\python.exe`), spells the
 * search path variable `Path`, separates it with `;`, and compares paths
 * without regard to case; POSIX has `bin/`, `PATH` and `:`. macOS file
 * systems are case-insensitive too by default.
 */

function layoutFor(platform = process.platform) {
    const windows = platform === 'win32';
    const path = windows ? external_node_path_.win32 : external_node_path_.posix;
    const caseInsensitive = windows || platform === 'darwin';
    const fold = (p) => (caseInsensitive ? p.toLowerCase() : p);
    const exe = (name) => (windows && !/\.exe$/i.test(name) ? `${name}.exe` : name);
    const scriptsDir = (root) => path.join(root, windows ? 'Scripts' : 'bin');
    return {
        platform,
        windows,
        path,
        exe,
        scriptsDir,
        venvPython: (root) => path.join(scriptsDir(root), exe('python')),
        interpretersIn: (dir, names) => (windows
            ? [...names.map((n) => path.join(dir, 'Scripts', exe(n))), ...names.map((n) => path.join(dir, exe(n)))]
            : names.map((n) => path.join(dir, 'bin', n))),
        isInside: (dir, candidate) => {
            const rel = path.relative(fold(path.resolve(dir)), fold(path.resolve(candidate)));
            return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
        },
        pathKey: (env) => (windows ? Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'Path' : 'PATH'),
        withPathFirst(env, dir) {
            const key = this.pathKey(env);
            const current = env[key];
            return { ...env, [key]: current ? `${dir}${path.delimiter}${current}` : dir };
        },
        shellWrappers: !windows,
    };
}
/** The layout of the machine this runs on. */
const hostLayout = layoutFor();

// EXTERNAL MODULE: ./lib/python/scripts/index.js
var scripts = __webpack_require__(2633);
;// CONCATENATED MODULE: ./lib/map-limit.js
/** `fn` over `items` with at most `limit` calls running at once; results in the order of `items`. */
async function map_limit_mapLimit(items, limit, fn) {
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
/** Printed before probe.py's answer. */
const MARK = '__PYRELEASE_PROBE__';
/** Runs `path` and asks what it is. */
async function probeInterpreter(path, log = lib_log/* silentLogger */.q) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('probe')];
    log.debug(`$ ${(0,lib_process/* formatCommand */.fE)(path, args)}`);
    let r;
    try {
        r = await (0,lib_process/* runProcess */.R3)(path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), timeoutMs: 60_000 });
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            return { ok: false, error: err.reason };
        throw err;
    }
    const info = (0,scripts/* markedJson */.FD)(r.stdout, MARK);
    if (r.timedOut)
        return { ok: false, error: `does not answer: it ran for ${Math.round(r.timeoutMs / 1000)} s without finishing and was stopped` };
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
async function inspectInterpreter(path, source = 'explicit', log = lib_log/* silentLogger */.q) {
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
const layout = hostLayout;
const exe = layout.exe;
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
function firstFile(candidates) {
    return candidates.find(isFile);
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
        pattern: new RegExp(`^${stem}${major}\\.\\d+${layout.windows ? '\\.exe' : ''}$`),
        text: `${stem}${spec.major ?? 'X'}.Y`,
    };
}
/**
 * The complete installations of `tool` for `arch` in the tool cache at `root`,
 * newest first (so of two directories holding one version, the newer-named
 * wins), by @actions/tool-cache's own lookup of the layout setup-python
 * writes: <root>/<tool>/<version>/<arch>, finished with <version>/<arch>.complete
 * (an install without it was interrupted). The toolkit reports each step as a
 * ::debug:: line on stdout, which a runner shows only with debug logging on.
 */
async function toolCacheInstalls(root, tool, arch) {
    // Loaded on first use: the CLI runs without a tool cache and need not load the toolkit.
    const tc = await __webpack_require__.e(/* import() */ 805).then(__webpack_require__.bind(__webpack_require__, 9805));
    // The toolkit reads the cache's location from RUNNER_TOOL_CACHE only; these calls are
    // synchronous, so pointing it at the cache being searched cannot leak to other code.
    const saved = process.env.RUNNER_TOOL_CACHE;
    process.env.RUNNER_TOOL_CACHE = root;
    try {
        return tc.findAllVersions(tool, arch)
            .sort(semver.rcompare)
            .map((version) => tc.find(tool, version, arch))
            .filter((dir) => dir !== '');
    }
    finally {
        if (saved === undefined)
            delete process.env.RUNNER_TOOL_CACHE;
        else
            process.env.RUNNER_TOOL_CACHE = saved;
    }
}
async function toolCachePlace(spec, env) {
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
    const arch = (0,external_node_os_.arch)();
    const installs = await toolCacheInstalls(root, tool, arch);
    if (installs.length === 0)
        return { ...place, note: `no complete ${arch} installation (setup-python marks one with <version>/${arch}.complete)` };
    const names = spec.implementation === 'pypy' ? ['pypy3', 'pypy', 'python3', 'python'] : ['python3', 'python', 'python2'];
    for (const archDir of installs) {
        const found = firstFile(layout.interpretersIn(archDir, names));
        if (found)
            place.candidates.push(found);
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
            const found = firstFile(layout.interpretersIn((0,external_node_path_.join)(versions, version), ['python', 'python3', 'python2', 'pypy3', 'pypy']));
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
async function resolvePython(spec, env, log = lib_log/* silentLogger */.q) {
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
            const names = ['python3', 'python', 'python2', 'pypy3', 'pypy'];
            const inside = firstFile(layout.interpretersIn(path, names));
            if (!inside) {
                const expected = layout.interpretersIn(path, names.slice(0, 2)).map((p) => layout.path.relative(path, p)).join(' or ');
                throw new errors/* UserError */.y(`The Python spec "${spec}" is a directory without ${expected} inside. Pass the interpreter's path.`);
            }
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
            await toolCachePlace(parsed, searchEnv),
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
        findings.set(place, await map_limit_mapLimit(place.candidates, 8, async (candidate) => {
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
/**
 * Every interpreter an open version spec ('3', '3.x', '2') matches, one per
 * minor version, oldest first: for each X.Y the one resolvePython('X.Y')
 * would choose (the first place in the search order that has one, the
 * highest patch there). For "every local interpreter" (the rehearsal).
 */
async function listPythons(spec, env, log = silentLogger) {
    const parsed = parseSpec(spec);
    if (parsed.kind !== 'version' || parsed.minor !== undefined) {
        throw new UserError(`listPythons takes an open version such as 3 or 3.x, not "${spec}".`);
    }
    const searchEnv = env ?? { PATH: process.env.PATH, RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, PYENV_ROOT: process.env.PYENV_ROOT };
    const places = [
        await toolCachePlace(parsed, searchEnv),
        pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
        ...pyenvPlaces(searchEnv),
    ];
    const byMinor = new Map();
    for (const place of places) {
        const found = await mapLimit(place.candidates, 8, async (candidate) => {
            const pr = await probeInterpreter(candidate, log);
            return pr.ok ? interpreterOf(candidate, pr.info, place.source) : undefined;
        });
        // Within a place the highest patch wins; an earlier place keeps its minor versions.
        const here = new Map();
        for (const py of found) {
            if (!py || !matches(parsed, py))
                continue;
            const key = `${py.major}.${py.minor}`;
            const best = here.get(key);
            if (!best || comparePythonVersions(py.version, best.version) > 0)
                here.set(key, py);
        }
        for (const [key, py] of here)
            if (!byMinor.has(key))
                byMinor.set(key, py);
    }
    return [...byMinor.values()].sort((a, b) => comparePythonVersions(a.version, b.version));
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

// EXTERNAL MODULE: ./lib/distributions/filename.js + 1 modules
var filename = __webpack_require__(4481);
;// CONCATENATED MODULE: ./lib/python/run.js
/** Running Python, either a bare interpreter or inside an environment. */



const PYTHON_TIMEOUT_MS = 10 * 60_000;
function run_isEnvironment(target) {
    return 'root' in target && 'env' in target;
}
/** The executable and variables a target runs with. */
function run_commandOf(target) {
    return run_isEnvironment(target)
        ? { file: target.python, env: target.env }
        : { file: target.path, env: (0,lib_process/* pythonEnvironment */.M3)() };
}
/**
 * Runs the interpreter with `args` (an argument array, never a shell line).
 * A bare interpreter runs with the caller's environment cleaned of PYTHON*
 * and PIP_* variables and the user site disabled; an environment runs with
 * its own variables.
 */
async function runPython(target, args, opts = {}) {
    const { file, env } = run_commandOf(target);
    (opts.log ?? lib_log/* silentLogger */.q).debug(`$ ${(0,lib_process/* formatCommand */.fE)(file, args)}${opts.cwd ? `  (in ${opts.cwd})` : ''}`);
    return runInterpreter(file, args, { env, cwd: opts.cwd, input: opts.input, timeoutMs: opts.timeoutMs ?? PYTHON_TIMEOUT_MS });
}
/** runProcess for an interpreter: one that cannot start is a UserError naming it. */
async function runInterpreter(file, args, opts) {
    try {
        return await (0,lib_process/* runProcess */.R3)(file, args, opts);
    }
    catch (err) {
        if (err instanceof lib_process/* ProcessStartError */._S)
            throw new errors/* UserError */.y(`Could not run the Python interpreter ${file}: ${err.reason}.`);
        throw err;
    }
}

;// CONCATENATED MODULE: ./lib/python/facts.js
/**
 * What verify-install asks a base interpreter before it installs, in one
 * start (scripts/interpreter_facts.py, run with -S): sys.path without site,
 * where an environment at a given root keeps its packages, the interpreter's
 * own pip (version and location), and its compatible wheel tags. Every Python
 * start costs tens of milliseconds (more on a loaded runner), and a verify leg
 * used to pay for six of them here.
 */




/** Printed before interpreter_facts.py's answer. */
const facts_MARK = '__PYRELEASE_FACTS__';
async function facts_interpreterFacts(target, opts = {}) {
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const args = [
        '-S', '-c', (0,scripts/* withPrologue */.ML)('interpreter_facts', 'probe'),
        opts.scheme?.root ?? '-',
        opts.scheme?.kind ?? '-',
        opts.tags === 'computed' ? 'computed' : opts.tags ? 'tags' : '-',
        ...(opts.ensurepip ? ['ensurepip'] : []),
    ];
    const r = await runPython(target, args, { log, timeoutMs: 120_000 });
    const raw = (0,scripts/* markedJson */.FD)(r.stdout, facts_MARK);
    if (r.code !== 0 || !raw) {
        throw new Error(`Asking ${run_commandOf(target).file} about itself failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    return {
        preSite: raw.pre_site,
        ...(raw.scheme && opts.scheme ? { scheme: { ...opts.scheme, dirs: raw.scheme.dirs, scripts: raw.scheme.scripts } } : {}),
        ...(raw.pip ? { pip: raw.pip } : {}),
        ensurepip: raw.ensurepip,
        ...(raw.tags && raw.tags.tags.length > 0 ? { tags: raw.tags } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/python/tags.js
/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */





/**
 * The compatible tags of an interpreter, or of an environment's interpreter,
 * with where they came from: the modules the interpreter's pip decides with
 * (what `pip debug --verbose` prints, without starting pip), else a
 * standalone packaging, else computed.
 */
async function supportedTagsWithSource(target, opts = {}) {
    const facts = await interpreterFacts(target, { tags: opts.computedOnly ? 'computed' : true, ...(opts.log ? { log: opts.log } : {}) });
    if (!facts.tags)
        throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}.`);
    return facts.tags;
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
    return (0,filename/* parseWheelFilename */.eP)((0,external_node_path_.basename)(wheelFilename)).tags.map((t) => t.toLowerCase());
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
/** The environment's pip, or a UserError saying there is none. */
function pipOf(env) {
    if (!env.pip) {
        throw new errors/* UserError */.y(`The environment ${env.root} has no pip (its interpreter ${env.base.path} has none, nor ensurepip's bundled one). Use an interpreter with pip.`);
    }
    return env.pip;
}
/**
 * The interpreter's arguments for `pip <command> <args>` in `env`, with the
 * options every run gets: no version check, no prompts.
 */
function pipArgs(env, command, args) {
    return [...pipOf(env).args, command, '--disable-pip-version-check', '--no-input', ...args];
}
/** The arguments after the interpreter for `pip install` of `req` in `env`. */
function pipInstallArgs(env, req, log = lib_log/* silentLogger */.q) {
    const pipVersion = pipOf(env).version;
    const args = [];
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
    if (req.refreshPackages?.length) {
        if (pipSupportsRefreshPackage(pipVersion)) {
            for (const name of req.refreshPackages)
                args.push('--refresh-package', name);
        }
        else {
            log.info(`pip ${pipVersion || '(unknown)'} has no --refresh-package (pip 26.2 added it); `
                + (req.noCacheDir === false
                    ? 'this pip revalidates /simple/ pages anyway (pip 18.1 and later)'
                    : '--no-cache-dir makes pip read the index afresh'));
        }
    }
    args.push(...(req.extraArgs ?? []));
    // "--" ends pip's options: a requirement that starts with "-" cannot become an option.
    args.push('--', ...req.requirements.map((r) => localPath(r, true)));
    return pipArgs(env, 'install', args);
}
/**
 * `pip install` into the environment. Never reads pip configuration files or
 * PIP_* variables (the environment's variables exclude them), never checks
 * for a newer pip, never prompts, and by default uses no cache. Runs in the
 * environment's root so that a setup.cfg or a same-named directory in the
 * caller's working directory plays no part.
 */
async function pipInstall(env, req, log = lib_log/* silentLogger */.q) {
    if (req.requirements.length === 0)
        throw new errors/* UserError */.y('Nothing to install: give at least one requirement.');
    const args = pipInstallArgs(env, req, log);
    const command = [env.python, ...args].map(lib_process/* maskCredentials */.Bs);
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(env.python, args)}`);
    const r = await runInterpreter(env.python, args, { env: env.env, cwd: env.root, timeoutMs: req.timeoutMs ?? 30 * 60_000 });
    if (r.code !== 0)
        log.debug(`pip install exited ${r.code}:\n${r.stderr}`);
    return { code: r.code, stdout: r.stdout, stderr: r.stderr, command, ...(r.timedOut ? { timedOutAfterMs: r.timeoutMs } : {}) };
}

;// CONCATENATED MODULE: ./lib/python/environments.js
/**
 * Fresh, isolated Python environments to install into and verify from.
 * Nothing here downloads anything.
 *
 * Python 3 gets a real virtual environment, `python -m venv --without-pip`,
 * and no pip of its own: the base interpreter's pip installs into it, run by
 * the environment's interpreter with only the `pip` import redirected to the
 * base's copy. That is what `pip --python ENV` does (pip's own
 * `__pip-runner__.py`, used where pip has it: 22.3 and later;
 * scripts/pip_runner.py for older pips). It costs nothing to set up, installs
 * with the pip version the interpreter has (which decides which wheels
 * install), and starts from the base's byte-compiled pip. Seeding pip into the
 * venv instead costs seconds: ensurepip unpacks and compiles a wheel, and a
 * copied pip compiles itself on its first run.
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
 * inherits PYTHONPATH is left alone. The base's pip installs with
 * `--prefix root`, so upgrades uninstall the old version as in a venv.
 * Requirement: run it with `env.env` and without -E, -I or -S.
 *
 * pips before 23.1 build a dependency's sdist that has no pyproject.toml with
 * `setup.py` in the target interpreter, which then needs setuptools and wheel:
 * for those pips, the base's setuptools and wheel are copied in (file by file,
 * from their RECORD). A base without pip gets ensurepip's bundled pip
 * installed into the environment (`pip: 'bundled'` forces that).
 */











const environments_layout = hostLayout;
/** pip 23.1 dropped `setup.py install`: earlier pips may run setup.py in the environment, which then needs setuptools and wheel. */
function needsBuildTools(pipVersion) {
    return !pipAtLeast(pipVersion, '23.1');
}
/**
 * Creates a fresh environment in `root` (which must be absent or empty), with
 * the user site disabled and PYTHONPATH, PYTHONHOME and PIP_* of the caller
 * removed.
 */
async function createEnvironment(py, root, log = lib_log/* silentLogger */.q, options = {}) {
    const dir = (0,external_node_path_.resolve)(root);
    if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.readdirSync)(dir).length > 0) {
        throw new errors/* UserError */.y(`Cannot create a Python environment in ${dir}: the directory is not empty. Use a new directory.`);
    }
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const kind = options.kind ?? 'auto';
    const pip = options.pip ?? 'base';
    const given = options.facts === undefined ? undefined : Promise.resolve(options.facts);
    given?.catch(() => { });
    // The facts of the scheme this environment needs: the caller's when they fit, else asked now.
    const factsFor = async (scheme) => {
        const facts = await given;
        if (facts?.scheme?.kind === scheme && (0,external_node_path_.resolve)(facts.scheme.root) === dir)
            return facts;
        return facts_interpreterFacts(py, { scheme: { kind: scheme, root: dir }, log });
    };
    const started = Date.now();
    let environment;
    if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
        const made = await makeVenv(py, dir, log, pip, factsFor);
        if (made.ok) {
            environment = made.environment;
        }
        else if (kind === 'venv') {
            throw new errors/* UserError */.y(`${made.error}\nInstall the interpreter's venv module (Debian: python3-venv).`);
        }
        else {
            log.warning(`${made.error}\nFalling back to a site-dir environment.`);
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
    }
    environment ??= await makeSiteDirEnvironment(py, dir, log, pip, factsFor);
    const pipText = environment.pip ? `pip ${environment.pip.version}${environment.pip.from === 'base' ? ` of ${describeInterpreter(py)}, run for the environment` : ''}` : 'no pip';
    log.info(`Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms (${pipText})`);
    return environment;
}
async function runLogged(log, file, args, env, cwd) {
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(file, args)}`);
    return runInterpreter(file, args, { env, cwd, timeoutMs: 600_000 });
}
/** The base's pip, run for the environment: pip's own runner where it has one (22.3 and later), else ours. */
function basePip(pip) {
    const runner = (0,external_node_path_.join)(pip.location, 'pip', '__pip-runner__.py');
    return {
        version: pip.version,
        home: pip.location,
        from: 'base',
        args: (0,external_node_fs_.existsSync)(runner) ? [runner] : ['-c', (0,scripts/* pythonScript */.w$)('pip_runner'), pip.location],
    };
}
/** A pip installed into the environment's own site directory. */
function ownPip(siteDir) {
    const info = (0,external_node_fs_.existsSync)(siteDir) ? (0,external_node_fs_.readdirSync)(siteDir).find((n) => /^pip-[^-]+\.dist-info$/i.test(n)) : undefined;
    return info ? { version: info.slice('pip-'.length, -'.dist-info'.length), home: siteDir, from: 'environment', args: ['-m', 'pip'] } : undefined;
}
/** Printed before the answer of copy_distributions.py. */
const COPY_MARK = '__PYRELEASE_SEED__';
/** Copies the base's installed `names` into `dest` (file by file from their RECORD); the names copied. */
async function copyDistributions(py, names, dest, cwd, log) {
    const args = ['-c', (0,scripts/* pythonScript */.w$)('copy_distributions'), dest, ...names];
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(py.path, args)}`);
    const r = await runInterpreter(py.path, args, { env: (0,lib_process/* pythonEnvironment */.M3)(), cwd, timeoutMs: 300_000 });
    const result = (0,scripts/* markedJson */.FD)(r.stdout, COPY_MARK);
    if (r.code !== 0 || !result) {
        throw new Error(`Copying ${names.join(', ')} into ${dest} failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
    }
    for (const d of result.done)
        log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
    if (result.missing.length)
        log.debug(`Not copied: ${result.missing.join('; ')}`);
    return result.done.map((d) => d.name);
}
/** For a pip that may run setup.py in the environment: the base's setuptools and wheel, when it has them. */
async function addBuildTools(py, pip, siteDir, cwd, log) {
    if (pip.from !== 'base' || !needsBuildTools(pip.version))
        return;
    const copied = await copyDistributions(py, ['setuptools', 'wheel'], siteDir, cwd, log);
    if (!copied.includes('setuptools')) {
        log.info(`${py.path} has no setuptools to copy: pip ${pip.version} can then build a dependency's sdist only when it has a pyproject.toml.`);
    }
}
async function makeVenv(py, root, log, pip, factsFor) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const args = pip === 'bundled' ? ['-m', 'venv', root] : ['-m', 'venv', '--without-pip', root];
    const facts = factsFor('venv');
    facts.catch(() => { });
    const r = await runLogged(log, py.path, args, base, root);
    if (r.code !== 0) {
        return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}` };
    }
    const binDir = environments_layout.scriptsDir(root);
    const python = environments_layout.venvPython(root);
    const env = environments_layout.withPathFirst({ ...base, VIRTUAL_ENV: root }, binDir);
    const { scheme, pip: own } = await facts;
    const sitePackages = scheme.dirs[0];
    if (!(0,external_node_fs_.existsSync)(sitePackages)) {
        throw new Error(`${py.path} -m venv made ${root}, but not the site-packages its install scheme names (${sitePackages}).`);
    }
    let runner = pip === 'bundled' ? ownPip(sitePackages) : own ? basePip(own) : undefined;
    if (!runner && pip === 'base') {
        log.info(`${py.path} has no pip; installing ensurepip's bundled pip into the environment.`);
        const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
        if (ensure.code !== 0)
            log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${(0,lib_process/* tail */.RT)(ensure.stderr)}`);
        runner = ownPip(sitePackages);
    }
    if (runner)
        await addBuildTools(py, runner, sitePackages, root, log);
    return {
        ok: true,
        environment: { root, python, env, sitePackages, siteDirs: scheme.dirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'venv', base: py },
    };
}
/** The environment's sitecustomize.py: scripts/sitecustomize.py with this environment's paths. */
function sitecustomizeSource(o) {
    return (0,scripts/* fillTemplate */.ou)('sitecustomize', { _ROOT: o.root, _BASE_PREFIX: o.basePrefix, _PRE_SITE: o.preSite, _SITE_DIRS: o.siteDirs });
}
function shellQuote(s) {
    return `'${s.replace(/'/g, "'\\''")}'`;
}
function writeScript(path, text) {
    (0,external_node_fs_.writeFileSync)(path, text);
    (0,external_node_fs_.chmodSync)(path, 0o755);
}
/** POSIX wrappers so that `python`, `pythonX`, `pythonX.Y` (and `pip`, for a pip of its own) on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir, py, activateDir, withPip) {
    if (!environments_layout.shellWrappers)
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
        writeScript(environments_layout.path.join(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
        const pip = environments_layout.path.join(binDir, `pip${v}`);
        if (withPip && !(0,external_node_fs_.existsSync)(pip))
            writeScript(pip, `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} -m pip "$@"\n`);
    }
}
async function makeSiteDirEnvironment(py, root, log, pip, factsFor) {
    const base = (0,lib_process/* pythonEnvironment */.M3)();
    const facts = await factsFor('prefix');
    const scheme = facts.scheme;
    if (scheme.dirs.length === 0)
        throw new Error(`${py.path} named no directory that pip install --prefix ${root} would install into.`);
    // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
    const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix;
    const siteDirs = scheme.dirs;
    const binDir = scheme.scripts;
    const activateDir = (0,external_node_path_.join)(root, '.pyrelease');
    for (const d of [...siteDirs, binDir, activateDir])
        (0,external_node_fs_.mkdirSync)(d, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(activateDir, 'sitecustomize.py'), sitecustomizeSource({ root, basePrefix, preSite: facts.preSite, siteDirs }));
    const env = environments_layout.withPathFirst({ ...base, PYTHONPATH: activateDir }, binDir);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, 'pyrelease-environment.json'), `${JSON.stringify({
        kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
    }, null, 2)}\n`);
    const sitePackages = siteDirs[0];
    let runner = pip === 'base' && facts.pip ? basePip(facts.pip) : undefined;
    if (!runner) {
        // ensurepip's own way: pip runs from its wheel and installs itself (and setuptools) into the prefix.
        const wheels = facts.ensurepip.length > 0 ? facts.ensurepip : (await facts_interpreterFacts(py, { ensurepip: true, log })).ensurepip;
        const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
        if (pipWheel) {
            const args = ['-c', (0,scripts/* pythonScript */.w$)('pip_from_wheel'), pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
                '--ignore-installed', '--prefix', root, ...wheels];
            const r = await runLogged(log, py.path, args, env, root);
            if (r.code !== 0)
                throw new Error(`Installing ensurepip's bundled pip failed with ${py.path} (exit ${r.code}):\n${(0,lib_process/* tail */.RT)(r.stderr || r.stdout)}`);
            runner = ownPip(sitePackages);
        }
        else {
            log.warning(`${py.path} has neither a pip nor ensurepip's bundled wheels: the environment has no pip.`);
        }
    }
    writeSiteDirWrappers(binDir, py, activateDir, runner?.from === 'environment');
    if (runner)
        await addBuildTools(py, runner, sitePackages, root, log);
    return { root, python: py.path, env, sitePackages, siteDirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'site-dir', base: py };
}

;// CONCATENATED MODULE: ./lib/python/inspect.js
/** What an environment has installed, seen from inside it, in one Python start. */








/** Printed before inspect_installed.py's answer. */
const inspect_MARK = '__PYRELEASE_INSPECT__';
/**
 * Reads each distribution as installed in the environment (the first on
 * sys.path, as an import would see it; RECORD checked against the files),
 * then imports each module, running in `cwd` (choose a directory outside any
 * checkout; it is removed from sys.path first). One interpreter start for all.
 */
async function inspectInstalled(env, wanted, cwd, log = lib_log/* silentLogger */.q) {
    const request = wanted.map((w) => ({ name: w.name, module: w.module === null ? '-' : w.module ?? '' }));
    const r = await runPython(env, ['-c', (0,scripts/* pythonScript */.w$)('inspect_installed'), JSON.stringify(request)], { cwd, log, timeoutMs: 300_000 });
    const raw = (0,scripts/* markedJson */.FD)(r.stdout, inspect_MARK);
    if (!raw) {
        // The import runs the package's own code: one that hangs, exits or closes stdout is the package's doing.
        const names = wanted.map((w) => w.name).join(', ');
        const said = (0,lib_process/* tail */.RT)(r.stderr || r.stdout);
        const how = r.timedOut
            ? `did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped`
            : r.code !== 0 ? `exited with code ${r.code} before it answered` : 'ended without an answer (an os._exit(0) in the import does that)';
        throw new errors/* UserError */.y(`Importing ${names} with ${env.python} ${how}${said ? `:\n${said}` : '.'}\n`
            + 'Check what the package runs when it is imported (a server, a wait, os._exit): the import check runs it as a user\'s `import` would.');
    }
    return {
        sysPath: raw.sysPath,
        prefix: raw.prefix,
        packages: raw.packages.map((p) => {
            const out = { name: p.name };
            if (p.dist) {
                const { record, ...dist } = p.dist;
                out.dist = { ...dist, ...(record ? { record } : {}) };
            }
            if (p.chosen)
                out.chosen = { ...(p.chosen.module ? { module: p.chosen.module } : {}), why: p.chosen.why };
            if (p.module)
                out.module = p.module;
            if (p.import) {
                const i = p.import;
                out.imported = {
                    ok: i.ok,
                    ...(i.version != null ? { version: i.version } : {}),
                    ...(i.commit != null ? { commit: i.commit } : {}),
                    ...(i.file != null ? { file: i.file } : {}),
                    ...(i.error ? { error: i.error } : {}),
                };
            }
            return out;
        }),
    };
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
    return hostLayout.isInside(real(env.root), real(file));
}

;// CONCATENATED MODULE: ./lib/python/index.js
/**
 * Python interpreters, isolated environments and pip, for verify-install and
 * the rehearsal: everything that runs inside Python works on 2.7 and 3.x.
 */









// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/versions/pep440.js
var pep440 = __webpack_require__(3854);
// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(8898);
// EXTERNAL MODULE: ./lib/distributions/index.js + 23 modules
var distributions = __webpack_require__(6676);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(9275);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/poll.js
/**
 * Waiting for something to become true: one sleep and one polling loop for
 * every wait in the project (a wheel set in a bucket, required checks, a
 * release on an index, pip's view of it, a listing after an upload). The
 * caller's `look` decides what "done" means and throws to stop at once (a
 * refusal that waiting cannot fix); this module decides when to look again
 * and when to give up.
 */

/** Resolves after `ms`; rejects with the abort reason as soon as `signal` aborts. */
async function sleep(ms, signal) {
    signal?.throwIfAborted();
    try {
        await (0,external_node_timers_promises_.setTimeout)(ms, undefined, signal ? { signal } : undefined);
    }
    catch (err) {
        signal?.throwIfAborted();
        throw err;
    }
}
/**
 * The pause after look `n` (from 1): `firstMs`, then times `factor` each time,
 * capped at `maxMs`, and spread by ±`jitter` (a fraction) so that many
 * waiters do not poll in step.
 */
function exponentialBackoff(opts) {
    return (n) => {
        const base = Math.min(opts.maxMs, opts.firstMs * opts.factor ** Math.max(0, n - 1));
        if (!opts.jitter)
            return base;
        return Math.round(base * (1 - opts.jitter + 2 * opts.jitter * (opts.random ?? Math.random)()));
    };
}
/** Looks until `look` is done, the deadline passes or `signal` aborts; resolves with the value and the number of looks. */
async function pollUntil(opts) {
    const now = opts.now ?? Date.now;
    const pause = opts.sleep ?? sleep;
    for (let n = 1;; n++) {
        opts.signal?.throwIfAborted();
        const seen = await opts.look(n);
        if (seen.done)
            return { value: seen.value, looks: n };
        const leftMs = opts.deadline - now();
        let pauseMs = opts.backoff(n);
        if (opts.atDeadline === 'stop' ? pauseMs > leftMs : leftMs <= 0) {
            return { value: opts.onTimeout({ look: n, state: seen.state }), looks: n };
        }
        pauseMs = Math.min(pauseMs, leftMs);
        opts.onPause?.({ look: n, pauseMs, leftMs, state: seen.state });
        await pause(pauseMs, opts.signal);
    }
}

// EXTERNAL MODULE: ./lib/http/index.js + 10 modules
var http = __webpack_require__(6094);
// EXTERNAL MODULE: ./lib/units.js
var units = __webpack_require__(3052);
;// CONCATENATED MODULE: ./lib/index-client/html.js
/** HTML as indexes write it: character references in attribute values, anchor texts and error pages. */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Named (the few indexes use) and numeric character references; anything else is left as written. */
function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body.toLowerCase()] ?? whole;
    });
}
/** The attributes of one tag's inside (`href="…" data-yanked`), names lower-cased, values unescaped; the first of a name wins. */
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
/**
 * `html` with every tag (`<` to the next `>`) replaced by `replacement`, as /<[^>]*>/g would, but in
 * one pass: that expression retries from every `<` of a tag left open, which a page a server made
 * up can have by the million.
 */
function replaceTags(html, replacement = '') {
    let out = '';
    let at = 0;
    for (;;) {
        const lt = html.indexOf('<', at);
        const gt = lt === -1 ? -1 : html.indexOf('>', lt);
        if (gt === -1)
            return out + html.slice(at);
        out += html.slice(at, lt) + replacement;
        at = gt + 1;
    }
}
/** The text after the first match of `open` up to the first `close` (lower case, matched in any case) after it, or undefined: what /open([\s\S]*?)close/i finds, in one pass. */
function textBetween(html, open, close) {
    const m = open.exec(html);
    if (!m)
        return undefined;
    const start = m.index + m[0].length;
    const end = html.toLowerCase().indexOf(close, start);
    return end === -1 ? undefined : html.slice(start, end);
}
/** The attribute text of each `<name …>` tag, in order; linear however the page is made (a tag left open ends the search). */
function* tagAttributes(html, name) {
    const open = new RegExp(`<${name}\\b`, 'gi');
    for (let m = open.exec(html); m; m = open.exec(html)) {
        const end = html.indexOf('>', m.index);
        if (end === -1)
            return;
        yield html.slice(m.index + 1 + name.length, end);
        open.lastIndex = end + 1;
    }
}

;// CONCATENATED MODULE: ./lib/index-client/simple-api.js
/**
 * The simple repository API, the one standard every package index serves and
 * the suite's one source of truth for "what is on the index": a project's
 * page as PEP 691 JSON when the index offers it (content negotiation), PEP 503
 * HTML otherwise, both read into the same shape. From HTML: the `#sha256=`
 * fragment and the `data-*` attributes (`data-requires-python`,
 * `data-yanked`, `data-core-metadata` / `data-dist-info-metadata`,
 * `data-provenance`); from JSON: `hashes`, `requires-python`, `yanked`,
 * `size` and `upload-time` (PEP 700), `core-metadata`, `provenance` (PEP 740).
 * pypi-publish (what is there, before and after uploading) and verify-install
 * (when a release is installable) both read pages through here.
 */





const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
/** JSON first; HTML for indexes without PEP 691 (the q values are PEP 691's example). */
const SIMPLE_ACCEPT = `${SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01`;
const HEX64 = /^[0-9a-fA-F]{64}$/;
/** `https://pypi.org/simple/` + 'Foo.Bar' → `https://pypi.org/simple/foo-bar/` (clients must ask for the normalized name). */
function projectPageUrl(indexUrl, project) {
    const text = String(indexUrl);
    const base = text.endsWith('/') ? text : `${text}/`;
    return new URL(`${encodeURIComponent((0,distributions/* normalizeName */.Pc)(project))}/`, base).href;
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
    const shown = unescapeHtml(replaceTags(text)).trim();
    if (shown)
        return shown;
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
/** `true` or `sha256=…` (PEP 658's attribute value) as the JSON form has it. */
function metadataAttribute(value) {
    if (value === '' || value.toLowerCase() === 'true')
        return true;
    const m = /^([a-z0-9_]+)=([0-9a-fA-F]+)$/.exec(value.trim());
    return m ? { [m[1]]: m[2].toLowerCase() } : undefined;
}
/** PEP 503: every `<a href>` is a file; `<base href>` moves relative links. */
function parseSimpleHtml(html, pageUrl) {
    const baseTag = tagAttributes(html, 'base').next();
    const baseHref = baseTag.done ? undefined : parseAttributes(baseTag.value).get('href');
    const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const files = [];
    // By hand, not /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/g: on a page of anchors that never close, that
    // expression scans to the end from every one of them (hours for a few MiB a server made up).
    const open = /<a\b/gi;
    const close = /<\/a\s*>/gi;
    for (let m = open.exec(html); m; m = open.exec(html)) {
        const tagEnd = html.indexOf('>', m.index);
        if (tagEnd === -1)
            break;
        close.lastIndex = tagEnd + 1;
        const end = close.exec(html);
        if (!end)
            break;
        open.lastIndex = end.index + end[0].length;
        const attrs = parseAttributes(html.slice(m.index + 2, tagEnd));
        const text = html.slice(tagEnd + 1, end.index);
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
        const file = { filename: anchorFilename(text, link.url), url: link.url, yanked: false };
        if (link.sha256)
            file.sha256 = link.sha256;
        const requires = attrs.get('data-requires-python');
        if (requires)
            file.requiresPython = requires;
        if (attrs.has('data-yanked'))
            file.yanked = attrs.get('data-yanked') || true;
        const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
        const parsedMetadata = metadata !== undefined ? metadataAttribute(metadata) : undefined;
        if (parsedMetadata)
            file.coreMetadata = parsedMetadata;
        const provenance = attrs.get('data-provenance');
        if (provenance) {
            try {
                file.provenance = new URL(provenance, base).href;
            }
            catch {
                // an unusable link is no provenance
            }
        }
        files.push(file);
    }
    const serial = /<!--\s*SERIAL\s+(\d+)\s*-->/.exec(html);
    let apiVersion;
    for (const attrs of tagAttributes(html, 'meta')) {
        const parsed = parseAttributes(attrs);
        if (parsed.get('name')?.toLowerCase() === 'pypi:repository-version') {
            apiVersion = parsed.get('content');
            break;
        }
    }
    return {
        url: pageUrl,
        format: 'html',
        ...(apiVersion ? { apiVersion } : {}),
        files,
        ...(serial ? { lastSerial: Number(serial[1]) } : {}),
    };
}
function hexHashes(value) {
    const out = {};
    if (!value || typeof value !== 'object')
        return out;
    for (const [name, digest] of Object.entries(value)) {
        if (typeof digest === 'string' && /^[0-9a-fA-F]+$/.test(digest))
            out[name] = digest.toLowerCase();
    }
    return out;
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
        const hashes = hexHashes(f.hashes);
        const sha256 = hashes.sha256 && HEX64.test(hashes.sha256) ? hashes.sha256 : link.sha256;
        const file = {
            filename: f.filename,
            url: link.url,
            yanked: typeof f.yanked === 'string' ? f.yanked || true : f.yanked === true,
        };
        if (sha256)
            file.sha256 = sha256;
        if (typeof f['requires-python'] === 'string' && f['requires-python'])
            file.requiresPython = f['requires-python'];
        if (typeof f.size === 'number' && Number.isSafeInteger(f.size) && f.size >= 0)
            file.size = f.size;
        if (typeof f['upload-time'] === 'string' && !Number.isNaN(Date.parse(f['upload-time'])))
            file.uploadTime = new Date(f['upload-time']);
        const metadata = f['core-metadata'] ?? f['dist-info-metadata'];
        if (metadata === true)
            file.coreMetadata = true;
        else if (metadata && typeof metadata === 'object')
            file.coreMetadata = hexHashes(metadata);
        if (typeof f.provenance === 'string' && f.provenance) {
            try {
                file.provenance = new URL(f.provenance, pageUrl).href;
            }
            catch {
                // an unusable link is no provenance
            }
        }
        files.push(file);
    }
    const serial = doc.meta?.['_last-serial'];
    const apiVersion = doc.meta?.['api-version'];
    return {
        url: pageUrl,
        format: 'json',
        ...(typeof apiVersion === 'string' ? { apiVersion } : {}),
        files,
        ...(typeof serial === 'number' ? { lastSerial: serial } : {}),
    };
}
/**
 * The most one project page may hold: 64 MiB, a few times PyPI's largest
 * (projects with tens of thousands of files), far below what would strain a runner.
 */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;
/**
 * GETs a project page, asking for JSON first and reading whichever format
 * comes back. 404/410 mean "not listed (yet)"; other non-200 answers throw
 * HttpStatusError (with Retry-After). Credentials go to the index's own
 * origin only, never to a host a redirect points at (src/http's policy). A
 * page larger than `maxBytes` is a UserError. Sends `Cache-Control:
 * no-cache`: a hint that a CDN may ignore, which is why callers poll.
 */
async function fetchSimplePage(projectUrl, opts = {}) {
    const { url: start, authorization: inUrl } = (0,http/* splitCredentials */.JD)(projectUrl);
    const authorization = inUrl ?? opts.authorization;
    const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
    let response;
    let page;
    try {
        response = await (0,http/* request */.Em)(start, {
            headers: { Accept: SIMPLE_ACCEPT, 'Cache-Control': 'no-cache', 'User-Agent': 'python-release-actions' },
            ...(authorization ? { credentials: { Authorization: authorization } } : {}),
            redirect: 'follow',
            timeouts: { deadlineMs: opts.timeoutMs ?? 30_000 },
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.transport ? { transport: opts.transport } : {}),
        });
        const url = response.url;
        if (response.status === 404 || response.status === 410) {
            await (0,http/* discard */.vf)(response);
            return { found: false, status: response.status, url: (0,http/* redactUrl */.BO)(url) };
        }
        if (response.status !== 200) {
            await (0,http/* discard */.vf)(response);
            const retryAfter = (0,http/* parseRetryAfter */.mu)(response.headers.get('retry-after') ?? undefined);
            throw new http/* HttpStatusError */.F9(response.status, `${response.status} ${response.statusText}`.trim() + ` from ${(0,http/* redactUrl */.BO)(url)}`, retryAfter);
        }
        const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        const pageUrl = (0,http/* redactUrl */.BO)(url);
        if (type === SIMPLE_JSON || type === 'application/json') {
            const data = await (0,http/* readJson */.Vh)(response, { maxBytes });
            try {
                page = parseSimpleJson(data, pageUrl);
            }
            catch (err) {
                throw new errors/* UserError */.y(`${pageUrl} answered with JSON that is not a PEP 691 project page (${err.message}); check the index URL.`);
            }
        }
        else {
            const html = await (0,http/* readText */.yR)(response, { maxBytes });
            page = parseSimpleHtml(html, pageUrl);
            // A proxy or an index that wants a login answers 200 with its sign-in page: that is no empty project.
            if (page.files.length === 0 && page.apiVersion === undefined && [...tagAttributes(html, 'input')].some((a) => parseAttributes(a).get('type')?.toLowerCase() === 'password')) {
                throw new errors/* UserError */.y(`${pageUrl} answered a sign-in page (a form with a password field, and no links), not a project page of a simple index. Check index-url and the credentials for it.`);
            }
        }
    }
    catch (err) {
        if (err instanceof http/* HttpError */.j$ && err.code === 'EREDIRECT')
            throw new errors/* UserError */.y(`${err.message}. Use an index URL that stays on https and redirects at most 5 times.`);
        if (err instanceof http/* HttpError */.j$ && err.code === 'EBODYTOOLARGE') {
            throw new errors/* UserError */.y(`${err.message}. A project page larger than ${(0,units/* formatBytes */.z3)(maxBytes)} is not one a package index serves; check the index URL.`);
        }
        throw err;
    }
    const header = Number(response.headers.get('x-pypi-last-serial'));
    if (page.lastSerial === undefined && Number.isFinite(header) && header > 0)
        page.lastSerial = header;
    return { found: true, page };
}
/**
 * The files of one release on a project page: those whose filename names the
 * project and, under PEP 440, the version. Names that are no distribution
 * filename (a stray link, a legacy .egg) belong to no release.
 */
function releaseFiles(files, project, version) {
    const name = normalizeName(project);
    return files.filter((f) => {
        try {
            const parsed = parseDistributionFilename(f.filename);
            return parsed.normalizedName === name && versionsEqual(parsed.version, version);
        }
        catch {
            return false;
        }
    });
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
        if (!_renovatebot_pep440.validRange(spec))
            return true;
        return _renovatebot_pep440.satisfies(parts.join('.'), spec);
    }
    catch {
        return true;
    }
}
function compareVersions(a, b) {
    const pa = (0,pep440/* parsePep440 */.FB)(a);
    const pb = (0,pep440/* parsePep440 */.FB)(b);
    if (pa && pb)
        return (0,pep440/* comparePep440 */.PG)(pa, pb);
    return a < b ? -1 : a > b ? 1 : 0;
}
/** What the listing offers this interpreter for `target.version`. */
function evaluateListing(files, target) {
    const project = (0,distributions/* normalizeName */.Pc)(target.project);
    const versions = new Set();
    const verdicts = [];
    for (const file of files) {
        let parsed;
        try {
            parsed = (0,distributions/* parseDistributionFilename */.h3)(file.filename);
        }
        catch {
            continue; // not a distribution filename pip would consider
        }
        if (parsed.normalizedName !== project)
            continue;
        versions.add(parsed.normalizedVersion);
        if (!(0,distributions/* versionsEqual */.At)(parsed.version, target.version))
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
    const usable = verdicts.filter((v) => !v.rejected && (!target.filename || v.file.filename === target.filename)).map((v) => v.file);
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
        return `${head}, but no file of ${(0,distributions/* normalizeVersion */.Qj)(target.version) ?? target.version}.`;
    }
    const files = evaluation.files.map((v) => `${v.file.filename} (${v.rejected ?? 'installable here'})`);
    return `${head}; the files of ${(0,distributions/* normalizeVersion */.Qj)(target.version) ?? target.version} are: ${files.join('; ')}.`;
}
/**
 * The wait before poll `n + 1`: 1 s, then ×1.5 each time, capped at 10 s, with
 * ±10 % jitter so that the legs of a matrix do not poll in step. Short early
 * waits report availability to within a few seconds; the cap keeps a 15-minute
 * wait near 100 requests.
 */
function pollDelayMs(n, random = Math.random) {
    return exponentialBackoff({ firstMs: 1000, factor: 1.5, maxMs: 10_000, jitter: 0.1, random })(n);
}
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
    const log = opts.log ?? lib_log/* silentLogger */.q;
    const now = opts.now ?? Date.now;
    let tags;
    let lastReported = '';
    const look = async (poll) => {
        let answer;
        let error;
        try {
            answer = await fetchSimplePage(opts.projectUrl, { timeoutMs: opts.requestTimeoutMs });
        }
        catch (err) {
            if (err instanceof errors/* UserError */.y)
                throw err;
            if (err instanceof http/* HttpStatusError */.F9 && (err.status === 401 || err.status === 403)) {
                throw new errors/* UserError */.y((0,http/* splitCredentials */.JD)(opts.projectUrl).authorization
                    ? `The index refused to show ${opts.target.project}: ${err.message}. The credentials in index-url were refused: check that the user and token are current and may read this project.`
                    : `The index refused to show ${opts.target.project}: ${err.message}. Put credentials in the index URL (https://user:token@host/simple/) or use a public index.`);
            }
            if (err instanceof http/* HttpStatusError */.F9 && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
                throw new errors/* UserError */.y(`The index answered ${err.message} for the project page. Check index-url: it must be a simple index such as https://pypi.org/simple/.`);
            }
            // A name that does not resolve, TLS spoken to a plain-HTTP server, a cap exceeded: no wait changes these.
            if (!(err instanceof http/* HttpStatusError */.F9) && !(0,http/* httpRetryDecision */.TK)(err).retry) {
                throw new errors/* UserError */.y(`Could not read ${(0,http/* redactUrl */.BO)(opts.projectUrl)}: ${(0,http/* describeError */.Uc)(err)}. Waiting would not change that: check index-url (its host name, and http:// versus https://).`);
            }
            error = err;
        }
        const at = now();
        let evaluation;
        if (answer?.found) {
            tags ??= await opts.tags;
            evaluation = evaluateListing(answer.page.files, { ...opts.target, tags });
            const wanted = opts.target.filename ? evaluation.files.find((v) => v.file.filename === opts.target.filename) : undefined;
            if (wanted?.rejected) {
                throw new errors/* UserError */.y(`${answer.page.url} lists ${wanted.file.filename}, but pip would not install it on ${opts.target.pythonLabel}: ${wanted.rejected}.`);
            }
            if (evaluation.chosen) {
                const seconds = (at - opts.startedAt) / 1000;
                log.info(`${answer.page.url} lists ${evaluation.chosen.filename} after ${seconds.toFixed(1)} s (poll ${poll}, ${answer.page.format.toUpperCase()} page)`);
                const available = {
                    page: answer.page,
                    evaluation: evaluation,
                    availableAt: at,
                    secondsToAvailable: Math.round(seconds * 10) / 10,
                    polls: poll,
                };
                return { done: true, value: available };
            }
        }
        const status = error !== undefined
            ? `the request failed: ${(0,http/* describeError */.Uc)(error)}`
            : !answer.found
                ? `${answer.status} (the project is not listed)`
                : `not yet: ${describeListing(evaluation, opts.target, answer.page)}`;
        if (status !== lastReported) {
            log.info(`Waiting for ${opts.target.project} ${opts.target.version} on ${(0,http/* redactUrl */.BO)(opts.indexUrl)}: ${status}`);
            lastReported = status;
        }
        return { done: false, state: { answer, error, at, evaluation } };
    };
    const { value } = await pollUntil({
        look,
        deadline: opts.deadline,
        backoff: (poll) => pollDelayMs(poll, opts.random),
        onTimeout: ({ state }) => {
            throw notAvailable(opts, state);
        },
        now,
        sleep: opts.sleep,
    });
    return value;
}
/** At the deadline: what the index listed at the last poll. */
function notAvailable(opts, last) {
    const waited = secondsText(last.at - opts.startedAt);
    const limit = secondsText(opts.deadline - opts.startedAt);
    const what = opts.target.filename ?? `${opts.target.project} ${opts.target.version} with a wheel for ${opts.target.pythonLabel}`;
    const head = `${what} did not appear on ${(0,http/* redactUrl */.BO)(opts.indexUrl)} within wait-timeout (${limit}; last poll at ${waited}).`;
    let seen;
    if (last.error !== undefined)
        seen = `The last poll of ${(0,http/* redactUrl */.BO)(opts.projectUrl)} failed: ${(0,http/* describeError */.Uc)(last.error)}.`;
    else if (!last.answer.found)
        seen = `${last.answer.url} answered ${last.answer.status}: the index does not list ${opts.target.project} at all.`;
    else
        seen = `At the last poll, ${describeListing(last.evaluation, opts.target, last.answer.page)}`;
    return new errors/* UserError */.y(`${head} ${seen} Check that the upload succeeded and that package, version and index match it, or raise wait-timeout.`);
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/checks.js

function checkDistributionVersion(project, installed, expected) {
    const ok = (0,distributions/* versionsEqual */.At)(installed, expected);
    return {
        name: `${project} version`,
        ok,
        detail: ok ? `${installed} (equal to ${expected} under PEP 440)` : `the installed ${project} is ${installed}, but ${expected} was expected`,
    };
}
/** The installed files against the distribution's RECORD: each listed file there, with the size it gives. */
function checkRecord(project, record, metadataDir) {
    const name = `${project} files`;
    if (!record)
        return { name, ok: false, detail: `${metadataDir} has no RECORD: pip writes one for every wheel it installs, so this is no wheel install` };
    const problems = [];
    const more = (shown, count) => (count > shown ? ` and ${count - shown} more` : '');
    if (record.missingCount > 0)
        problems.push(`${record.missingCount} listed file${record.missingCount === 1 ? ' is' : 's are'} missing: ${record.missing.join(', ')}${more(record.missing.length, record.missingCount)}`);
    if (record.resizedCount > 0)
        problems.push(`${record.resizedCount} of another size: ${record.resized.join(', ')}${more(record.resized.length, record.resizedCount)}`);
    if (problems.length > 0)
        return { name, ok: false, detail: `${project}'s RECORD does not match what is installed: ${problems.join('; ')}` };
    return { name, ok: true, detail: `all ${record.files} files of its RECORD are there, with the sizes RECORD gives` };
}
/** sys.path as the environment's interpreter has it: no site directory from outside the environment. */
function checkIsolation(sysPath, inEnvironment, root) {
    const foreign = sysPath.filter((p) => /[\\/](site|dist)-packages([\\/]|$)/.test(p) && !inEnvironment(p));
    return foreign.length === 0
        ? { name: 'isolation', ok: true, detail: `sys.path holds no site-packages but those of ${root}` }
        : { name: 'isolation', ok: false, detail: `the environment ${root} also sees ${foreign.join(', ')}: packages there could stand in for the installed ones` };
}
function checkVersionAttribute(module, actual, expected, required) {
    const name = `${module}.__version__`;
    if (actual === undefined) {
        return required
            ? { name, ok: false, detail: `${module} has no __version__, so the import cannot show which version it found (set require-version-attribute: false for a package without one)` }
            : { name, ok: true, detail: 'not defined (allowed by require-version-attribute: false)' };
    }
    const ok = (0,distributions/* versionsEqual */.At)(actual, expected);
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
        warnings.push(`extra-index-url is set: pip will treat ${[indexUrl, ...extras].map((u) => (0,http/* redactUrl */.BO)(u)).join(' and ')} as one pool and install the highest version of every name `
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

// EXTERNAL MODULE: ./lib/files/atomic-write.js
var atomic_write = __webpack_require__(2848);
;// CONCATENATED MODULE: ./lib/files/checked-file.js
/**
 * Writing a file so that its destination only ever holds complete, checked
 * bytes: written to a private `.part-*` file beside it (same directory, so the
 * rename cannot cross filesystems), hashed while written, its size and sha256
 * checked against what was promised, then renamed into place. On any failure
 * the part file is removed and the destination is left as it was.
 *
 * fsync: none, decided here once for every caller, and for the whole-file
 * writer beside it (atomic-write.ts). The rename makes the file appear whole to
 * every reader on the running system, which is what the pipeline relies on.
 * What a crash of the machine could leave behind is never trusted without
 * being checked again: a rerun reuses a file only when it still hashes to the
 * manifest's sha256, pypi-publish hashes every file before uploading it, the
 * small files (manifests, attestations, leg results, the local index's state)
 * are parsed and validated by whoever reads them (one cut short is refused with
 * a message naming it, never sent or trusted), and a hosted runner that crashed
 * is not reused. Waiting for the disk on every file made fetching measurably
 * slower for none of that.
 *
 * Hashing and writing run on a hashing worker when one is running (see
 * src/hashing/pool.ts), so the calling thread only moves bytes.
 */




/**
 * The hashing layer, loaded on first use: the actions' settings import
 * http-download.ts (for redactUrl) before they know the inputs are good, and a
 * bad input must fail without parsing the hashing kernel and hash-wasm.
 */
async function hasherFor(part) {
    const { createHasher } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9275));
    return createHasher(['sha256'], { writeTo: part });
}
async function md5Of(path) {
    const { hash } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9275));
    return (await hash(path, ['md5'])).md5;
}
/**
 * A file being written towards `dest`. Feed it with write() (waiting on
 * ready() when it says so); commit() checks and renames it into place, and
 * discard() gives it up. Exactly one of them must end it.
 */
class CheckedFile {
    dest;
    part;
    hasher;
    expect;
    ended = false;
    constructor(dest, part, hasher, expect) {
        this.dest = dest;
        this.part = part;
        this.hasher = hasher;
        this.expect = expect;
    }
    /** Creates the part file beside `dest` (and `dest`'s directory if needed). */
    static async create(dest, expect = {}) {
        const expectedSha256 = expect.expectedSha256?.toLowerCase();
        if (expectedSha256 !== undefined && !/^[0-9a-f]{64}$/.test(expectedSha256)) {
            throw new errors/* UserError */.y(`The expected sha256 for ${(0,external_node_path_.basename)(dest)} is not 64 hex digits: "${expect.expectedSha256}". Fix the manifest or listing that supplied it.`);
        }
        const part = (0,atomic_write/* partPathFor */.Eg)(dest);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            // Created here ('wx': never someone else's file); the hasher then writes it.
            await (await (0,promises_.open)(part, 'wx')).close();
        }
        catch (err) {
            throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
        }
        try {
            return new CheckedFile(dest, part, await hasherFor(part), { ...expect, expectedSha256 });
        }
        catch (err) {
            await (0,promises_.rm)(part, { force: true }).catch(() => { });
            throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${part}`, (0,external_node_path_.dirname)(part));
        }
    }
    /** Bytes written so far (handed over: a failed write shows in error()). */
    get size() {
        return this.hasher.size;
    }
    get label() {
        return `${(0,external_node_path_.basename)(this.dest)}${this.expect.what ? ` (${this.expect.what})` : ''}`;
    }
    /** Refuses bytes beyond the expected size: they cannot be the promised file. */
    write(chunk) {
        const { expectedSize } = this.expect;
        if (expectedSize !== undefined && this.size + chunk.byteLength > expectedSize) {
            throw new errors/* UserError */.y(`${this.label} holds more than the ${expectedSize} bytes listed. It changed after it was listed, or it is damaged; re-run to list it again.`);
        }
        this.hasher.update(chunk);
    }
    /** Undefined when more can be written now; otherwise resolves when it can. */
    ready() {
        return this.hasher.ready();
    }
    /** A failed write (a full disk, as a UserError with its code) or a lost hashing worker, as soon as it is known. */
    error() {
        const failure = this.hasher.error();
        return failure && (0,atomic_write/* diskFailure */.C9)(failure, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
    }
    /** Starts the file over, empty (a download that cannot resume). */
    async restart() {
        await this.hasher.abort();
        // A new hasher truncates the part file.
        this.hasher = await hasherFor(this.part);
    }
    /**
     * Closes the part file, checks size and sha256, and renames it to `dest`.
     * `accept`, when given, sees the digests first and may refuse them by throwing
     * (the part file is then removed and `dest` left as it was).
     */
    async commit(accept) {
        if (this.ended)
            throw new Error('checked file already ended');
        this.ended = true;
        try {
            let digests;
            try {
                digests = await this.hasher.digest();
            }
            catch (err) {
                throw (0,atomic_write/* diskFailure */.C9)(err, `Writing ${this.part}`, (0,external_node_path_.dirname)(this.part));
            }
            const { expectedSize, expectedSha256 } = this.expect;
            if (expectedSize !== undefined && digests.size !== expectedSize) {
                throw new errors/* UserError */.y(`${this.label} gave ${digests.size} bytes, not the ${expectedSize} listed. It changed after it was listed, or the transfer was cut short; re-run to fetch it again.`);
            }
            if (expectedSha256 !== undefined && digests.sha256 !== expectedSha256) {
                throw new errors/* UserError */.y(`${this.label}: sha256 is ${digests.sha256} but ${expectedSha256} was expected. These are not the bytes that were promised; ` +
                    'do not publish them. Check the source (was the file rebuilt or replaced?) and the manifest.');
            }
            const part = this.part;
            await accept?.({ size: digests.size, sha256: digests.sha256, md5: () => md5Of(part) });
            await (0,atomic_write/* renameIntoPlace */.Qf)(this.part, this.dest);
            return { path: this.dest, size: digests.size, sha256: digests.sha256 };
        }
        catch (err) {
            await (0,promises_.rm)(this.part, { force: true }).catch(() => { });
            throw err;
        }
    }
    /** Gives the file up: the part file is closed and removed, `dest` is untouched. */
    async discard() {
        if (this.ended)
            return;
        this.ended = true;
        await this.hasher.abort();
        await (0,promises_.rm)(this.part, { force: true }).catch(() => { });
    }
}
/**
 * Streams `source` into `dest` through a CheckedFile; `dest` never holds a
 * partial or unchecked file. A function as `source` is called once the part
 * file exists, so nothing is opened for a destination that cannot be written.
 */
async function writeChecked(source, dest, opts = {}) {
    opts.signal?.throwIfAborted();
    const file = await CheckedFile.create(dest, opts);
    try {
        const stream = typeof source === 'function' ? await source() : source;
        const onAbort = () => stream.destroy?.(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error('aborted'));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        try {
            for await (const chunk of stream) {
                file.write(chunk);
                const failed = file.error();
                if (failed)
                    throw failed;
                const wait = file.ready();
                if (wait)
                    await wait;
                opts.onProgress?.(file.size, opts.expectedSize);
            }
        }
        finally {
            opts.signal?.removeEventListener('abort', onAbort);
            stream.destroy?.();
        }
        opts.signal?.throwIfAborted();
        return await file.commit();
    }
    finally {
        await file.discard();
    }
}

;// CONCATENATED MODULE: ./lib/sources/http-download.js
/**
 * Downloading one file over HTTP(S) so that the destination only ever holds
 * complete, checked bytes: the checked atomic writer (src/files/checked-file.ts)
 * writes and hashes the bytes into a part file beside the destination, checks
 * them and renames them into place; this module adds resuming with Range after
 * a dropped connection, and starting over when a server cannot resume.
 */






async function restart(state) {
    await state.file.restart();
    state.have = 0;
    state.resumes = 0;
    state.resumable = false;
    state.validator = undefined;
    state.total = undefined;
}
/** `bytes 100-199/1000` → { start: 100, total: 1000 }; total undefined for `*`. */
function parseContentRange(value) {
    const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(value?.trim() ?? '');
    if (!m)
        return undefined;
    return { start: Number(m[1]), end: Number(m[2]), total: m[3] === '*' ? undefined : Number(m[3]) };
}
function statusError(status, statusText, url, retryAfter) {
    return new http/* HttpStatusError */.F9(status, `${status} ${statusText || ''}`.trim() + ` from ${(0,http/* redactUrl */.BO)(url)}`, (0,http/* parseRetryAfter */.mu)(retryAfter));
}
function toUserError(err, url, attempts) {
    if (err instanceof errors/* UserError */.y)
        return err;
    const where = (0,http/* redactUrl */.BO)(url);
    if (err instanceof http/* HttpError */.j$ && err.code === 'EREDIRECT') {
        return new errors/* UserError */.y(`Downloading ${where} failed: ${err.message}. Use a URL that answers without such a redirect.`);
    }
    const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`;
    if (err instanceof http/* HttpStatusError */.F9) {
        if (err.status === 404 || err.status === 410) {
            return new errors/* UserError */.y(`Downloading ${where} failed: ${err.status}, the file is not there. Check that the listing is current and re-run.`);
        }
        if (err.status === 401 || err.status === 403) {
            return new errors/* UserError */.y(`Downloading ${where} failed: ${err.status}, access denied. The file is not public; give credentials that may read it.`);
        }
        if (err.status >= 500 || err.status === 429 || err.status === 408) {
            return new errors/* UserError */.y(`Downloading ${where} failed after ${tries}: the server kept answering ${err.message.split(' from ')[0]}. Try again later.`);
        }
        return new errors/* UserError */.y(`Downloading ${where} failed: ${err.message}.`);
    }
    const e = (err ?? {});
    if (e.name === 'AbortError')
        return err;
    return new errors/* UserError */.y(`Downloading ${where} failed after ${tries}: ${(0,http/* describeError */.Uc)(err)}. Check the network and the server, then re-run.`);
}
/**
 * Downloads `url` to `dest`. Retries dropped connections, stalls, truncated
 * bodies, 408/429/5xx (honouring Retry-After); resumes from the bytes already
 * on disk when the server supports ranges; never leaves a partial file at
 * `dest`. Memory stays flat whatever the file size.
 */
async function downloadFile(url, dest, opts) {
    const start = new URL(url);
    const idleTimeoutMs = opts.idleTimeoutMs ?? 60_000;
    const retry = {
        ...http/* DEFAULT_RETRY */.vI,
        maxElapsedMs: http/* MAX_TRANSFER_MS */.Uy,
        ...opts.retry,
        maxAttempts: opts.maxAttempts ?? opts.retry?.maxAttempts ?? http/* DEFAULT_RETRY */.vI.maxAttempts,
        signal: opts.signal,
        what: `GET ${(0,http/* redactUrl */.BO)(start)}`,
    };
    const name = (0,external_node_path_.basename)(dest);
    const md5 = opts.md5IfResumed?.toLowerCase();
    let state;
    /** False once a resumed download failed its MD5: from then on every attempt starts at byte 0. */
    let resuming = true;
    let attempts = 0;
    const headersFor = async (u, attempt) => {
        const h = opts.headers;
        if (!h)
            return {};
        return typeof h === 'function' ? await h(u, attempt) : h;
    };
    const attemptOnce = async (attempt, remainingMs) => {
        attempts = attempt;
        if (state.have > 0 && !state.resumable)
            await restart(state);
        let reader;
        try {
            const extra = { 'accept-encoding': 'identity' };
            const asked = state.have;
            if (asked > 0) {
                extra.range = `bytes=${asked}-`;
                if (state.validator)
                    extra['if-range'] = state.validator;
                state.resumes++;
                opts.log.info(`${name}: resuming at byte ${asked}${state.total !== undefined ? ` of ${state.total}` : ''}`);
            }
            // The caller's headers (credentials) go to the URL's own origin only, never to storage a redirect points at.
            const response = await (0,http/* request */.Em)(start, {
                headers: extra,
                credentials: (u) => headersFor(u, attempt),
                redirect: 'follow',
                maxRedirects: opts.maxRedirects ?? 5,
                timeouts: {
                    idleMs: idleTimeoutMs,
                    deadlineMs: Math.min(remainingMs, (0,http/* transferDeadlineMs */.OV)((state.total ?? opts.expectedSize ?? opts.maxBytes ?? Infinity) - asked)),
                },
                ...(opts.signal ? { signal: opts.signal } : {}),
                ...(opts.transport ? { transport: opts.transport } : {}),
            });
            const finalUrl = response.url;
            const encoded = (response.headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
            const length = response.headers.get('content-length');
            if (response.status === 200) {
                if (asked > 0) {
                    opts.log.info(`${name}: the server sent the whole file instead of the rest; starting over`);
                    await restart(state);
                }
                // A content coding (identity was asked for) makes lengths and ranges count coded bytes, not the file's.
                state.total = !encoded && length !== null ? Number(length) : undefined;
                state.resumable = resuming && !encoded && (response.headers.get('accept-ranges') ?? '').toLowerCase() === 'bytes';
                const etag = response.headers.get('etag');
                state.validator = etag && !etag.startsWith('W/') ? etag : undefined;
            }
            else if (response.status === 206) {
                const range = parseContentRange(response.headers.get('content-range'));
                if (!range || range.start !== asked || encoded) {
                    await (0,http/* discard */.vf)(response);
                    await restart(state);
                    throw new http/* TransientError */.N_(`the server answered a range request with bytes from ${range?.start ?? 'an unknown offset'} instead of ${asked}; starting over`);
                }
                state.total = range.total ?? state.total;
                state.resumable = true;
            }
            else if (response.status === 416 && asked > 0) {
                await (0,http/* discard */.vf)(response);
                await restart(state);
                throw new http/* TransientError */.N_('the server refused to resume (416); starting over');
            }
            else {
                await (0,http/* discard */.vf)(response);
                throw statusError(response.status, response.statusText, finalUrl, response.headers.get('retry-after'));
            }
            if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.total !== undefined && state.total > opts.maxBytes) {
                await (0,http/* discard */.vf)(response);
                throw new errors/* UserError */.y(`${name}: the server announces ${(0,units/* formatBytes */.z3)(state.total)}, more than the ${(0,units/* formatBytes */.z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
            }
            if (opts.expectedSize !== undefined && state.total !== undefined && state.total !== opts.expectedSize) {
                await (0,http/* discard */.vf)(response);
                throw new errors/* UserError */.y(`${name}: the server announces ${state.total} bytes but the listing said ${opts.expectedSize}. ` +
                    'The file changed after it was listed; re-run to list and fetch it again.');
            }
            opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
            if (!response.body)
                throw new http/* TransientError */.N_('the response had no body');
            reader = response.body.getReader();
            for (;;) {
                const { done, value } = await reader.read();
                if (done)
                    break;
                if (opts.expectedSize === undefined && opts.maxBytes !== undefined && state.have + value.byteLength > opts.maxBytes) {
                    throw new errors/* UserError */.y(`${name}: the server sent more than the ${(0,units/* formatBytes */.z3)(opts.maxBytes)} accepted for one file. Refusing it.`);
                }
                const limit = state.total ?? opts.expectedSize;
                if (limit !== undefined && state.have + value.byteLength > limit) {
                    await restart(state);
                    throw new http/* TransientError */.N_(`received more bytes than the ${limit} announced; starting over`);
                }
                state.file.write(value);
                state.have += value.byteLength;
                opts.onProgress?.(state.have, state.total ?? opts.expectedSize);
                // A failed write (a full disk) ends the download now, not after the rest has arrived;
                // a lost hashing worker costs only a fresh start (on this thread, from then on).
                const failed = state.file.error();
                if (failed && (0,atomic_write/* isDiskError */.Mi)(failed))
                    throw failed;
                if (failed) {
                    await restart(state);
                    throw new http/* TransientError */.N_(`hashing the download failed (${failed.message}); starting over`);
                }
                const wait = state.file.ready();
                if (wait)
                    await wait;
            }
            const want = state.total ?? opts.expectedSize;
            if (want !== undefined && state.have < want) {
                throw new http/* TransientError */.N_(`the connection closed after ${state.have} of ${want} bytes`);
            }
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw opts.signal.reason ?? err;
            throw err;
        }
        finally {
            reader?.cancel().catch(() => { });
        }
    };
    for (;;) {
        const file = await CheckedFile.create(dest, { expectedSize: opts.expectedSize, expectedSha256: opts.expectedSha256 });
        state = { file, have: 0, resumable: false, resumes: 0 };
        try {
            try {
                await (0,http/* withRetry */.bD)(attemptOnce, http/* httpRetryDecision */.TK, retry, opts.log);
            }
            catch (err) {
                // A cancelled download is the caller's decision, not a failure to explain.
                throw opts.signal?.aborted ? err : toUserError(err, start, attempts);
            }
            let written;
            let spliced = false;
            try {
                written = await state.file.commit(async (d) => {
                    if (state.resumes > 0 && md5 !== undefined && (await d.md5()) !== md5) {
                        spliced = true;
                        throw new http/* TransientError */.N_('spliced');
                    }
                });
            }
            catch (err) {
                if (!spliced)
                    throw toUserError(err, start, attempts);
            }
            if (written) {
                if (state.resumes > 0)
                    opts.log.debug(`${name}: complete after ${state.resumes} resume(s)`);
                return { path: dest, size: written.size, sha256: written.sha256, attempts };
            }
            opts.log.warning(`${name}: the file put together from ${state.resumes + 1} responses does not have the MD5 its listing gives (${md5}); ` +
                'a resumed range brought other bytes. Fetching it again, in one piece.');
            resuming = false;
        }
        finally {
            await state.file.discard();
        }
    }
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
        // trim(), not /:\s*(.*?)\s*$/: the lazy group retries a long run of spaces from each of its characters.
        const m = /^([A-Za-z-]+):(.*)$/.exec(line);
        if (!m)
            continue;
        const value = m[2].trim();
        if (m[1].toLowerCase() === 'tag')
            tags.push(value.toLowerCase());
        if (m[1].toLowerCase() === 'build')
            build = value;
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
            const parsed = (0,distributions/* parseWheelFilename */.eP)(f.filename);
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
    const output = (0,lib_process/* tail */.RT)((0,lib_process/* maskCredentials */.Bs)(`${r.stdout}\n${r.stderr}`.trim()), 25);
    const limit = 'timedOutAfterMs' in r ? r.timedOutAfterMs : undefined;
    if (limit !== undefined) {
        return new errors/* UserError */.y(`${what} did not finish within ${Math.round(limit / 60_000)} min and was stopped (a stalled download or a build that never ends). pip said:\n${output}`);
    }
    return new errors/* UserError */.y(`${what} failed (pip exit ${r.code}). pip said:\n${output}`);
}
/** pip install from the index, the packages as wheels only. */
async function pipInstallFromIndex(env, req, log = lib_log/* silentLogger */.q) {
    const names = req.projects.map(distributions/* normalizeName */.Pc);
    const request = {
        requirements: req.requirements,
        indexUrl: req.indexUrl,
        extraIndexUrls: req.extraIndexUrls,
        onlyBinary: names,
        refreshPackages: names,
        ...(req.pre ? { pre: true } : {}),
        ...(req.upgrade ? { upgrade: true } : {}),
    };
    return pipInstall(env, request, log);
}
/** pip install of wheel files, every dependency from `indexUrl` (and `extraIndexUrls`) alone. */
async function pipInstallFiles(env, paths, from, log = lib_log/* silentLogger */.q) {
    return pipInstall(env, { requirements: paths, indexUrl: from.indexUrl, ...(from.extraIndexUrls?.length ? { extraIndexUrls: from.extraIndexUrls } : {}) }, log);
}
/**
 * The most a wheel without a listed size may hold: warehouse's UPLOAD_LIMIT_CAP
 * (1 GiB), above which no project's file size limit can be raised.
 */
const MAX_WHEEL_BYTES = 1024 ** 3;
/**
 * Downloads one listed file, checked against the sha256 the index gives (and
 * the size, or at most MAX_WHEEL_BYTES when the page lists none), with the
 * index's credentials when the file lives on its origin.
 */
async function downloadListedFile(file, dir, indexUrl, log, expectedSha256) {
    const { url: index, authorization } = (0,http/* splitCredentials */.JD)(indexUrl);
    const headers = authorization && new URL(file.url).origin === index.origin ? { Authorization: authorization } : undefined;
    log.info(`Downloading ${(0,http/* redactUrl */.BO)(file.url)}${file.sha256 || expectedSha256 ? ` (sha256 ${expectedSha256 ?? file.sha256})` : ''}`);
    return downloadFile(file.url, (0,external_node_path_.join)(dir, file.filename), {
        log,
        ...(expectedSha256 ?? file.sha256 ? { expectedSha256: expectedSha256 ?? file.sha256 } : {}),
        ...(file.size !== undefined ? { expectedSize: file.size } : { maxBytes: MAX_WHEEL_BYTES }),
        ...(headers ? { headers } : {}),
    });
}
/**
 * `pip download --no-deps` of `requirements` (what `pip install -U` would ask
 * for in a fresh environment): pip chooses each version and wheel, while no
 * dependency is read from that index. One wheel per project, by PEP 503 name.
 */
async function pipDownload(env, req, log = lib_log/* silentLogger */.q) {
    const names = req.projects.map(distributions/* normalizeName */.Pc);
    const options = ['--no-cache-dir', '--no-deps', '--only-binary', ':all:', '--index-url', req.indexUrl];
    for (const url of req.extraIndexUrls ?? [])
        options.push('--extra-index-url', url);
    options.push('--dest', req.dest);
    if (req.pre)
        options.push('--pre');
    if (pipSupportsRefreshPackage(env.pip?.version ?? ''))
        for (const name of names)
            options.push('--refresh-package', name);
    const args = pipArgs(env, 'download', [...options, '--', ...req.requirements]);
    log.info(`$ ${(0,lib_process/* formatCommand */.fE)(env.python, args)}`);
    const r = await runPython(env, args, { cwd: env.root, timeoutMs: 1_800_000, log });
    const what = `pip download ${req.requirements.join(' ')} from ${(0,http/* redactUrl */.BO)(req.indexUrl)}`;
    if (r.code !== 0)
        throw pipFailure(what, { ...r, command: args });
    const wheels = new Map();
    for (const filename of (await (0,promises_.readdir)(req.dest)).filter((f) => f.endsWith('.whl'))) {
        const name = (0,distributions/* parseWheelFilename */.eP)(filename).normalizedName;
        if (wheels.has(name) || !names.includes(name)) {
            throw new errors/* UserError */.y(`${what} left ${filename} in ${req.dest}, beside ${[...wheels.values()].map((w) => w.filename).join(', ') || 'nothing'}: expected one wheel of each of ${names.join(', ')}.`);
        }
        wheels.set(name, { path: (0,external_node_path_.join)(req.dest, filename), filename });
    }
    const missing = names.filter((n) => !wheels.has(n));
    if (missing.length > 0)
        throw new errors/* UserError */.y(`${what} downloaded no wheel of ${missing.join(', ')}.`);
    return { wheels, output: `${r.stdout}\n${r.stderr}` };
}

// EXTERNAL MODULE: ./lib/commands/verify-install/leg-wheels.js
var leg_wheels = __webpack_require__(841);
// EXTERNAL MODULE: ./lib/text/untrusted.js
var untrusted = __webpack_require__(7289);
;// CONCATENATED MODULE: ./lib/index-client/answers.js
/**
 * Reading what an index said. Warehouse puts its message in the status line's
 * reason phrase and in the HTML error page; over HTTP/2 (and through some
 * proxies) the reason phrase is gone, so the body is read as well, as twine
 * does. JSON errors (`{"message": …}`) are read too.
 */



/** Reads an answer whole, its body up to `read.maxBytes`. */
async function answers_readAnswer(res, read) {
    const body = await (0,http/* readBytes */.io)(res, read);
    return { status: res.status, statusMessage: res.statusText, headers: Object.fromEntries(res.headers), body };
}
function stripTags(html) {
    return unescapeHtml(replaceTags(html, ' ')).replace(/\s+/g, ' ').trim();
}
/** The message in a body: a JSON `message`, Pyramid's error page detail, a page title, or plain text; at most MAX_MESSAGE_CHARS of it (src/text/untrusted.ts). */
function bodyMessage(body, contentType) {
    const found = messageIn(body, contentType);
    return found === undefined ? undefined : (0,untrusted/* clip */.$Q)(found);
}
function messageIn(body, contentType) {
    const text = body.toString('utf8');
    if (text.trim() === '')
        return undefined;
    if (/json/i.test(contentType ?? '') || /^\s*[{[]/.test(text)) {
        try {
            const data = JSON.parse(text);
            if (data && typeof data.message === 'string')
                return data.message;
        }
        catch {
            // not JSON after all
        }
    }
    if (/<html|<body|<title/i.test(text)) {
        // Pyramid's page: "<h1>400 …</h1> explanation<br/><br/>\nMESSAGE\n\n\n</body>"
        const detail = textBetween(text, /<br\s*\/?>\s*<br\s*\/?>/i, '</body>');
        if (detail !== undefined && stripTags(detail) !== '')
            return stripTags(detail);
        const title = textBetween(text, /<title>/i, '</title>');
        if (title !== undefined)
            return stripTags(title).replace(/^\d{3}\s+/, '');
        // Another index's page: its text, without the markup.
        return stripTags(text) || undefined;
    }
    return text.trim();
}
/** The index's own words for an answer, falling back to the status. */
function answers_answerMessage(res) {
    const standard = (0,http/* standardStatusText */.pE)(res.status);
    const reason = res.statusMessage.trim();
    if (reason && reason.toLowerCase() !== standard.toLowerCase())
        return (0,untrusted/* clip */.$Q)(reason);
    const fromBody = bodyMessage(res.body, answers_headerText(res.headers['content-type']));
    return fromBody ?? `${res.status} ${standard}`.trim();
}
function answers_headerText(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** twine's `--skip-existing` test: 409 (pypiserver) or 400 whose reason or body says "already exist". */
function saysAlreadyExists(res) {
    if (res.status === 409)
        return true;
    if (res.status !== 400)
        return false;
    return /already exist/i.test(res.statusMessage) || /already exist/i.test(res.body.toString('utf8'));
}
/** twine's RedirectDetected texts. */
function redirectMessage(from, location) {
    if (location === undefined || location === '') {
        return `${from} answered with a redirect but named no destination. Redirects are never followed for uploads; check the repository URL.`;
    }
    const to = new URL(location, from).href;
    if (!from.endsWith('/') && to === `${from}/`) {
        return `${from} attempted to redirect to ${to}.\nYour repository URL is missing a trailing slash. Please add it and try again.`;
    }
    return `${from} attempted to redirect to ${to}.\nIf you trust these URLs, set ${to} as your repository URL and try again. (Uploads never follow redirects, so credentials are never sent to another address.)`;
}

;// CONCATENATED MODULE: ./lib/index-client/json-api.js
/**
 * PyPI's JSON API (`/pypi/<project>/<version>/json`), PyPI's own and no
 * standard: read only for what the simple API cannot tell, each file's upload
 * time where the simple page gives none (PyPI's 14-day rule; telling a 200 for
 * a file already there from a fresh upload). The answer is validated rather
 * than trusted.
 */




function releaseJsonUrl(jsonBase, project, version) {
    return new URL(`${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/json`, jsonBase);
}
const json_api_HEX64 = /^[0-9a-f]{64}$/i;
/** Parses a release JSON document; throws on anything that is not one. */
function parseReleaseJson(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new UserError(`${source} did not answer with JSON; is the json-api-url right? (It should be the index's …/pypi/ base.)`);
    }
    const urls = data?.urls;
    if (!Array.isArray(urls))
        throw new UserError(`${source} is not a PyPI JSON API release document (no "urls" list); set json-api-url to the index's …/pypi/ base.`);
    return urls.map((entry, i) => {
        const e = (entry ?? {});
        const digests = (e.digests ?? {});
        const sha256 = typeof digests.sha256 === 'string' ? digests.sha256 : undefined;
        if (typeof e.filename !== 'string' || !sha256 || !json_api_HEX64.test(sha256)) {
            throw new UserError(`${source}: urls[${i}] lacks a filename or a sha256 digest; the index's JSON API cannot be used to verify files.`);
        }
        const blake = typeof digests.blake2b_256 === 'string' && json_api_HEX64.test(digests.blake2b_256) ? digests.blake2b_256.toLowerCase() : undefined;
        const when = typeof e.upload_time_iso_8601 === 'string' ? e.upload_time_iso_8601 : typeof e.upload_time === 'string' ? `${e.upload_time}Z` : undefined;
        const uploadTime = when !== undefined && !Number.isNaN(Date.parse(when)) ? new Date(when) : undefined;
        return {
            filename: e.filename,
            sha256: sha256.toLowerCase(),
            ...(blake ? { blake2b256: blake } : {}),
            ...(typeof e.size === 'number' ? { size: e.size } : {}),
            ...(typeof e.packagetype === 'string' ? { packagetype: e.packagetype } : {}),
            ...(uploadTime ? { uploadTime } : {}),
            ...(typeof e.url === 'string' ? { url: e.url } : {}),
        };
    });
}
/** The most a release document may hold (a release with thousands of files is a few MiB). */
const MAX_RELEASE_JSON_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
/**
 * One GET of a release. 404 means nothing is there; a same-origin redirect (a
 * non-normalized name) is followed, since nothing secret travels with it;
 * other answers throw HttpStatusError (retryable for 429/5xx).
 */
async function fetchRelease(jsonBase, project, version, opts = {}) {
    let url = releaseJsonUrl(jsonBase, project, version);
    for (let hops = 0;; hops++) {
        const answer = await request(url, {
            headers: { Accept: 'application/json', 'Cache-Control': 'no-cache', 'User-Agent': USER_AGENT },
            ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
            timeouts: { idleMs: opts.timeoutMs ?? 30_000, deadlineMs: (opts.timeoutMs ?? 30_000) * 2 },
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.transport ? { transport: opts.transport } : {}),
        });
        // A 200 is the document, whole or not at all; of any other answer its message is enough.
        const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_RELEASE_JSON_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
        if (res.status === 404)
            return { found: false, files: [], source: url.href };
        if (res.status >= 300 && res.status < 400) {
            const location = headerText(res.headers.location);
            const next = location ? new URL(location, url) : undefined;
            if (!next || next.origin !== url.origin || hops >= 3) {
                throw new UserError(`${url.href} redirected to ${next?.href ?? 'nowhere'}; set json-api-url to the index's JSON API base.`);
            }
            url = next;
            continue;
        }
        if (res.status !== 200) {
            const retryAfter = parseRetryAfter(headerText(res.headers['retry-after']));
            throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, retryAfter);
        }
        return { found: true, files: parseReleaseJson(res.body.toString('utf8'), url.href), source: url.href };
    }
}
const USER_AGENT = 'python-release-actions (pypi-publish)';

;// CONCATENATED MODULE: ./lib/index-client/provenance.js
/**
 * What an index says about who published a file: PyPI's Integrity API
 * (`GET /integrity/<project>/<version>/<filename>/provenance`, beside the JSON
 * API on the same site). 404 means the file carries no attestations; a
 * provenance object names the trusted publisher of each attestation bundle.
 * Read before an upload, so a release never ends up with mixed provenance.
 */




/** The Integrity API URL of a file; the API lives at the JSON API's site root (`…/pypi/` → `…/integrity/`). */
function provenanceUrl(jsonBase, project, version, filename) {
    return new URL(`../integrity/${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, jsonBase);
}
/** The most a provenance object may hold (two attestations of a few KiB each). */
const MAX_PROVENANCE_BYTES = 4 * 1024 * 1024;
/**
 * The provenance object at `url` (the Integrity API, or the PEP 740 link of a
 * simple page); undefined when the index answers 404 (no attestations).
 * `authorization` goes to `url`'s own origin only, never across a redirect.
 */
async function readProvenance(url, opts = {}) {
    const answer = await (0,http/* request */.Em)(url, {
        headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json', 'User-Agent': USER_AGENT },
        ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
        timeouts: { idleMs: 30_000, deadlineMs: 60_000 },
        ...(opts.transport ? { transport: opts.transport } : {}),
    });
    const res = await answers_readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_PROVENANCE_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
    if (res.status === 404)
        return undefined;
    if (res.status !== 200) {
        throw new http/* HttpStatusError */.F9(res.status, `GET ${url.href} answered ${res.status}: ${answers_answerMessage(res)}`, (0,http/* parseRetryAfter */.mu)(answers_headerText(res.headers['retry-after'])));
    }
    let data;
    try {
        data = JSON.parse(res.body.toString('utf8'));
    }
    catch {
        throw new http/* HttpStatusError */.F9(502, `GET ${url.href} did not answer with a provenance object`);
    }
    const malformed = [];
    if (!Array.isArray(data?.attestation_bundles))
        malformed.push('attestation_bundles is not a list');
    const bundles = [];
    for (const [i, b] of (Array.isArray(data?.attestation_bundles) ? data.attestation_bundles : []).entries()) {
        const bundle = typeof b === 'object' && b !== null && !Array.isArray(b) ? b : undefined;
        if (!bundle)
            malformed.push(`attestation_bundles[${i}] is not an object`);
        else if (!Array.isArray(bundle.attestations))
            malformed.push(`attestation_bundles[${i}].attestations is not a list`);
        else if (typeof bundle.publisher !== 'object' || bundle.publisher === null)
            malformed.push(`attestation_bundles[${i}].publisher is not an object`);
        else
            bundles.push(bundle);
    }
    return { attestation_bundles: bundles, malformed };
}
async function fetchProvenance(jsonBase, project, version, filename, opts = {}) {
    const provenance = await readProvenance(provenanceUrl(jsonBase, project, version, filename), opts);
    const bundles = provenance?.attestation_bundles ?? [];
    const publishers = bundles.map((b) => b.publisher).filter((p) => typeof p === 'object' && p !== null);
    return { filename, attested: bundles.length > 0, publishers };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/provenance.js



const GITHUB = 'https://github.com/';
/** Who the certificate names: a GitHub workflow at a ref, or the subject of another issuer. */
function identityOf(claims, environment) {
    const config = claims.buildConfigUri;
    const identity = (config ?? claims.subjectAlternativeName ?? 'an unnamed signer').replace(GITHUB, '');
    const workflow = /\/\.github\/workflows\/([^@]+)@(.+)$/.exec(config ?? '');
    return {
        identity,
        ...(claims.issuer ? { issuer: claims.issuer } : {}),
        ...(claims.sourceRepositoryUri?.startsWith(GITHUB) ? { repository: claims.sourceRepositoryUri.slice(GITHUB.length) } : {}),
        ...(workflow ? { workflow: workflow[1] } : {}),
        ...(claims.sourceRepositoryRef ?? workflow?.[2] ? { ref: claims.sourceRepositoryRef ?? workflow[2] } : {}),
        ...(claims.sourceRepositoryDigest ? { commit: claims.sourceRepositoryDigest } : {}),
        ...(typeof environment === 'string' && environment ? { environment } : {}),
    };
}
function describeIdentity(p) {
    const who = p.repository && p.workflow ? `${p.repository}'s ${p.workflow}${p.ref ? ` at ${p.ref}` : ''}` : p.identity;
    // A Sigstore certificate names no environment: only the index's publisher object does.
    return `${who}${p.environment ? ` (environment ${p.environment}, as the index states)` : ''}`;
}
/** Where the index's own statement of the publisher contradicts the certificate; undefined when it does not. */
function statedPublisherConflict(stated, identity) {
    if (typeof stated !== 'object' || stated === null)
        return undefined;
    const { kind, repository, workflow } = stated;
    if (kind !== 'GitHub')
        return undefined;
    const sameRepository = typeof repository !== 'string' || repository.toLowerCase() === (identity.repository ?? '').toLowerCase();
    const sameWorkflow = typeof workflow !== 'string' || workflow === identity.workflow;
    if (sameRepository && sameWorkflow)
        return undefined;
    return `names ${String(repository)}'s ${String(workflow)} as the publisher, but the signing certificate names ${describeIdentity({ ...identity, environment: undefined })}`;
}
/**
 * The provenance check of one installed wheel. `required` says why a wheel
 * without provenance fails (the setting, or a manifest that names its
 * attestation); undefined: it passes, reported as not attested.
 */
async function checkProvenance(opts) {
    const { file, request, log } = opts;
    const name = 'provenance';
    const rootName = request.trustedRootName ?? 'production';
    const absent = (where) => (opts.required
        ? { check: { name, ok: false, detail: `${file.filename} has no provenance: ${where}, but ${opts.required}` }, provenance: { status: 'failed', reason: `no provenance: ${where}` } }
        : { check: { name, ok: true, detail: `${file.filename} is not attested: ${where}` }, provenance: { status: 'absent' } });
    if (!file.provenance)
        return absent('the index links none for it (PEP 740)');
    const url = new URL(file.provenance);
    const shown = (0,http/* redactUrl */.BO)(url.href);
    const failed = (reason) => ({
        check: { name, ok: false, detail: `the provenance of ${file.filename} (${shown}) ${reason}` },
        provenance: { status: 'failed', url: shown, reason },
    });
    const { url: index, authorization } = (0,http/* splitCredentials */.JD)(opts.indexUrl);
    let object;
    try {
        object = await (0,http/* withRetry */.bD)(() => readProvenance(url, authorization && url.origin === index.origin ? { authorization } : {}), http/* httpRetryDecision */.TK, { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 5_000, maxElapsedMs: 60_000, what: `provenance of ${file.filename}` }, log);
    }
    catch (err) {
        return failed(`could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!object)
        return absent(`${shown} answers 404`);
    if (object.malformed.length > 0)
        return failed(`is malformed: ${object.malformed.slice(0, 3).join('; ')}${object.malformed.length > 3 ? ` (and ${object.malformed.length - 3} more)` : ''}`);
    // Loaded only here: sigstore-js is most of what verifying costs to load.
    const [{ parseAttestation, AttestationFormatError }, { verifyAttestation, AttestationVerificationError }, { checkGitHubPublisher }, trust] = await Promise.all([
        __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 9837)),
        Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(168), __webpack_require__.e(830)]).then(__webpack_require__.bind(__webpack_require__, 6830)),
        Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 2165)),
        request.trustedRoot ? Promise.resolve(request.trustedRoot) : __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 9717)).then((m) => m.productionTrustedRoot()),
    ]);
    const identities = [];
    let count = 0;
    for (const [b, bundle] of object.attestation_bundles.entries()) {
        const list = Array.isArray(bundle.attestations) ? bundle.attestations : [];
        const environment = bundle.publisher?.environment;
        for (const [a, raw] of list.entries()) {
            count++;
            try {
                const verified = verifyAttestation(parseAttestation(raw, `attestation_bundles[${b}].attestations[${a}]`), { filename: file.filename, sha256: opts.sha256 }, { trustedRoot: trust });
                const identity = identityOf(verified.claims, environment);
                const conflict = statedPublisherConflict(bundle.publisher, identity);
                if (conflict)
                    return failed(conflict);
                if (request.publisher) {
                    const mismatch = checkGitHubPublisher(verified.claims, request.publisher);
                    if (mismatch) {
                        const reason = `names another publisher: ${file.filename} was published by ${describeIdentity(identity)}, not by ${request.publisher.repository}'s ${request.publisher.workflow} (${mismatch})`;
                        return { check: { name, ok: false, detail: reason }, provenance: { status: 'failed', url: shown, publisher: identity, reason } };
                    }
                }
                identities.push(identity);
            }
            catch (err) {
                if (err instanceof AttestationVerificationError || err instanceof AttestationFormatError) {
                    return failed(`does not verify against the ${rootName} Sigstore trust root: ${err.message}`);
                }
                throw err;
            }
        }
    }
    if (count === 0)
        return failed('holds no attestation');
    const publisher = identities[0];
    const others = identities.filter((i) => i.identity !== publisher.identity);
    if (others.length > 0)
        return failed(`names two publishers: ${describeIdentity(publisher)} and ${describeIdentity(others[0])}`);
    const expected = request.publisher ? ', the expected publisher' : ' (no publisher was expected: set the publisher to compare it)';
    return {
        check: {
            name,
            ok: true,
            detail: `${file.filename} was published by ${describeIdentity(publisher)}${expected}; ${count} attestation${count === 1 ? '' : 's'} of these bytes verified against the ${rootName} Sigstore trust root`,
        },
        provenance: { status: 'verified', url: shown, publisher },
    };
}
/** The trust root in a file: a Sigstore trusted_root.json, or a client trust config that holds one. */
async function loadTrustedRoot(path) {
    const { readFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
    const { parseTrustedRoot } = await __webpack_require__.e(/* import() */ 717).then(__webpack_require__.bind(__webpack_require__, 9717));
    let data;
    try {
        data = JSON.parse(await readFile(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* UserError */.y(`Cannot read the Sigstore trust root ${path}: ${err instanceof Error ? err.message : String(err)}.`);
    }
    const inner = data?.trustedRoot;
    return parseTrustedRoot(inner ?? data, path);
}

// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(6246);
;// CONCATENATED MODULE: ./lib/verification/leg-result.js
/**
 * The result file of one verify leg: what verify-install writes (also on
 * failure) and the approval brief reads, to say which wheel each leg
 * installed. A leg names every wheel it installed by filename and by the
 * sha256 of the bytes it installed (`wheels`), and the planned leg it was
 * (`leg.id`, from plan-verify). Both fields are optional, so files written
 * before them still read: a file with only `wheel` and `wheelSha256` stands
 * for one installed wheel.
 */

const RESULT_SCHEMA = 'python-release-actions/verify-install-result';
/** The wheels a result says were installed: `wheels`, else the one `wheel` (with its sha256 when known). */
function installedWheels(r) {
    if (r.wheels)
        return r.wheels;
    return r.wheel ? [{ filename: r.wheel, ...(r.wheelSha256 ? { sha256: r.wheelSha256 } : {}) }] : [];
}
const leg_result_HEX64 = /^[0-9a-f]{64}$/i;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Checks what the brief relies on (the file comes from another job): the
 * schema, the verdict, the installed wheels and the leg. Other fields are
 * kept as they are, for display.
 */
function parseVerifyResult(data, where) {
    const fail = (detail) => {
        throw new UserError(`${where} is not a verify-install result: ${detail}.`);
    };
    if (!isObject(data))
        fail('expected a JSON object');
    const r = data;
    if (r.schema !== RESULT_SCHEMA)
        fail(`"schema" is ${JSON.stringify(r.schema)}, expected "${RESULT_SCHEMA}"`);
    if (r.schemaVersion !== 1)
        fail(`"schemaVersion" is ${JSON.stringify(r.schemaVersion)}; this release reads 1 (use one release of the actions for the whole pipeline)`);
    if (r.result !== 'passed' && r.result !== 'failed')
        fail('"result" must be "passed" or "failed"');
    for (const key of ['package', 'version', 'os', 'arch'])
        if (typeof r[key] !== 'string')
            fail(`"${key}" must be a string`);
    if (typeof r.pin !== 'boolean')
        fail('"pin" must be true or false');
    for (const key of ['wheel', 'wheelSha256', 'installedVersion', 'moduleFile', 'error']) {
        if (r[key] !== undefined && typeof r[key] !== 'string')
            fail(`"${key}" must be a string`);
    }
    if (r.wheelSha256 !== undefined && !leg_result_HEX64.test(r.wheelSha256))
        fail('"wheelSha256" must be 64 hex digits');
    if (r.wheels !== undefined) {
        if (!Array.isArray(r.wheels))
            fail('"wheels" must be a list of {"filename", "sha256"}');
        r.wheels.forEach((w, i) => {
            if (!isObject(w) || typeof w.filename !== 'string' || w.filename === '' || typeof w.sha256 !== 'string' || !leg_result_HEX64.test(w.sha256)) {
                fail(`wheels[${i}] must have a filename and a sha256 of 64 hex digits`);
            }
        });
    }
    if (r.leg !== undefined) {
        const leg = r.leg;
        if (!isObject(leg) || typeof leg.id !== 'string' || leg.id === '')
            fail('"leg" must have an "id"');
        for (const key of ['runsOn', 'container'])
            if (leg[key] !== undefined && typeof leg[key] !== 'string')
                fail(`"leg.${key}" must be a string`);
    }
    if (r.python !== undefined && (!isObject(r.python) || typeof r.python.requested !== 'string' || typeof r.python.version !== 'string')) {
        fail('"python" must have "requested" and "version"');
    }
    if (r.secondsToAvailable !== undefined && typeof r.secondsToAvailable !== 'number')
        fail('"secondsToAvailable" must be a number');
    if (!Array.isArray(r.checks))
        fail('"checks" must be a list');
    return {
        ...r,
        ...(r.wheels ? { wheels: r.wheels.map((w) => ({ filename: w.filename, sha256: w.sha256.toLowerCase() })) } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/result.js
/**
 * One leg's result as a small JSON file, so the pipeline can gather the legs
 * of a matrix (as artifacts) into the approval brief before the PyPI upload.
 * The format is the one the brief reads (src/verification/leg-result.ts).
 * The file travels to other jobs: every secret the run knows (the run's one
 * registry, src/text/secrets.ts) is scrubbed from it here, before it is written.
 */






/** A file name from a leg id (plan-verify's ids are already safe; anything else is made so). */
function safe(id) {
    return id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
}
/**
 * Writes the result into `dir`: `verify-install-<leg id>-<pinned|unpinned>.json`
 * for a planned leg, replacing the file of an earlier attempt of the same leg
 * (a rerun on a runner that kept the directory); otherwise
 * `verify-install-result.json`, or -2, -3… when an earlier step of the job
 * wrote one.
 */
async function writeResultFile(dir, result) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    // Gathered and shown by later jobs, and the runner never masks a file: no secret of the run may be in it.
    const text = `${JSON.stringify((0,secrets/* scrubSecretsDeep */.tZ)(result), null, 2)}\n`;
    if (result.leg) {
        const path = (0,external_node_path_.join)(dir, `verify-install-${safe(result.leg.id)}-${result.pin ? 'pinned' : 'unpinned'}.json`);
        await (0,atomic_write/* writeFileAtomically */.lo)(path, text);
        return path;
    }
    let path = (0,external_node_path_.join)(dir, 'verify-install-result.json');
    for (let n = 2; (0,external_node_fs_.existsSync)(path); n++)
        path = (0,external_node_path_.join)(dir, `verify-install-result-${n}.json`);
    await (0,promises_.writeFile)(path, text, { flag: 'wx' });
    return path;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/simple-page.js
/**
 * verify-install reads project pages with the one simple-API reader,
 * src/index-client/simple-api.ts (PEP 691 JSON, else PEP 503 HTML); this
 * module only gives its names the ones verify-install's modules import.
 */


;// CONCATENATED MODULE: ./lib/commands/verify-install/smoke-test.js
/**
 * The user's smoke test, run by the environment's interpreter from the
 * neutral directory. A script is copied there first: Python puts a script's
 * own directory first on sys.path, so a script run from the checkout would
 * import the checkout's package instead of the installed one.
 */





async function runSmokeTest(env, smoke, cwd, variables, log = lib_log/* silentLogger */.q) {
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
    const last = (0,lib_process/* tail */.RT)(r.stderr || r.stdout, 12);
    return {
        name: 'smoke test',
        ok: false,
        detail: `${what} failed with exit code ${r.code}${r.timedOut ? ' (timed out)' : ''} after ${seconds} s${last ? `:\n${last}` : ' and printed nothing'}`,
    };
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/upgrade.js
/**
 * What an unpinned leg asks pip for. `pip install -U ray` proves that users
 * who upgrade get the new release, but only while it is the newest: a
 * maintenance release (2.9.4, published after 2.10.0) never wins that, and
 * nobody upgrading would get it. What must hold for it is that users who stay
 * on its series (`pip install -U "ray==2.9.*"`) get it. So the requirement is
 * the plain name when no listed version is higher, else the release's series.
 *
 * The series is the release segment as written, without its last component,
 * under the same epoch: 2.9.4 → 2.9, 2.9.4.post1 → 2.9, 2.9.5rc1 → 2.9,
 * 1!2.9.4 → 1!2.9, 2.10 → 2, 7 → 7. `==2.9.*` is PEP 440 prefix matching: it
 * admits 2.9's pre-, post- and dev-releases (pip takes pre-releases only with
 * --pre, as for the plain name) and never 2.10 or its pre-releases.
 *
 * "Higher" counts the versions pip would consider at all: files of the
 * project, not yanked (pip skips yanked files unless the requirement pins them
 * with ==), and pre-releases only with --pre.
 */


/** The release's series: its release segment without the last component (2.9.4 → 2.9), with its epoch. */
function seriesOf(version) {
    const v = _renovatebot_pep440.explain(version);
    if (!v)
        throw new Error(`${version} is not a PEP 440 version`);
    const parts = v.release.length > 1 ? v.release.slice(0, -1) : v.release;
    return `${v.epoch ? `${v.epoch}!` : ''}${parts.join('.')}`;
}
function upgradeRequirement(project, version, files, pre) {
    const name = (0,distributions/* normalizeName */.Pc)(project);
    let higher;
    for (const f of files) {
        if (f.yanked)
            continue;
        let listed;
        try {
            const parsed = (0,distributions/* parseDistributionFilename */.h3)(f.filename);
            if (parsed.normalizedName !== name)
                continue;
            listed = parsed.normalizedVersion;
        }
        catch {
            continue;
        }
        const explained = _renovatebot_pep440.explain(listed);
        if (!explained || (explained.is_prerelease && !pre))
            continue;
        if (_renovatebot_pep440.gt(listed, version) && (!higher || _renovatebot_pep440.gt(listed, higher)))
            higher = listed;
    }
    if (!higher)
        return { requirement: project, kind: 'newest' };
    const series = seriesOf(version);
    return { requirement: `${project}==${series}.*`, kind: 'series', series, higher };
}
/** For the log and the checks: what the requirement proves. */
function describeUpgrade(u, project, version) {
    return u.kind === 'newest'
        ? `pip install -U ${project}: ${version} is the newest version the index lists`
        : `pip install -U "${u.requirement}": ${u.higher} is newer, so ${version} must win its own series, ${u.series}`;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/verify.js
/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release (each
 * package, with a wheel for this interpreter, or the exact wheels the leg was
 * given), install it, then check what is installed and what Python imports
 * from a neutral directory, and who published the bytes. Every step adds to
 * one result, written even when a step fails, so a matrix leg always reports
 * what it saw.
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
    /** Stops the leg when any check so far failed. */
    stopIfFailed() {
        const failed = this.checks.find((c) => !c.ok);
        if (failed)
            throw new errors/* UserError */.y(failed.detail);
    }
}
/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir, workspace, log) {
    let base = (0,external_node_path_.resolve)(tempDir);
    if (workspace && hostLayout.isInside(workspace, base)) {
        log.warning(`${base} lies inside the workspace ${workspace}; using ${(0,external_node_os_.tmpdir)()} so that the checkout cannot shadow the installed package.`);
        base = (0,external_node_os_.tmpdir)();
    }
    await (0,promises_.mkdir)(base, { recursive: true });
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(base, 'verify-install-'));
}
function verify_compareVersions(a, b) {
    const pa = (0,pep440/* parsePep440 */.FB)(a);
    const pb = (0,pep440/* parsePep440 */.FB)(b);
    return pa && pb ? (0,pep440/* comparePep440 */.PG)(pa, pb) : 0;
}
async function verifyInstall(req, log = lib_log/* silentLogger */.q) {
    const { plan, warnings } = planIndexes(req.indexes);
    let packages = req.packages;
    try {
        packages = (0,leg_wheels/* legPackages */.qf)(req.packages, req.wheels ?? []);
    }
    catch {
        // run() reports it, with the result written
    }
    const result = {
        schema: RESULT_SCHEMA,
        schemaVersion: 1,
        result: 'failed',
        package: packages[0] ?? '',
        version: req.version,
        packages: packages.map((name) => ({ name })),
        mode: plan.mode,
        index: (0,http/* redactUrl */.BO)(plan.indexUrl),
        ...(plan.mode === 'exact-file' ? { dependencyIndex: (0,http/* redactUrl */.BO)(plan.dependencyIndexUrl) } : {}),
        ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => (0,http/* redactUrl */.BO)(u)) } : {}),
        pin: req.pin,
        os: req.platform?.os ?? (0,external_node_os_.platform)(),
        arch: req.platform?.arch ?? (0,external_node_os_.arch)(),
        ...(req.leg ? { leg: req.leg } : {}),
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
        await run(req, plan, leg, log, (dir) => { work = dir; });
    }
    catch (err) {
        error = err;
    }
    const failed = leg.checks.filter((c) => !c.ok);
    if (failed.length > 0 && (error === undefined || error instanceof errors/* UserError */.y)) {
        // Every failed check, each naming both sides, in one message.
        const on = result.python ? ` on ${describeInterpreter(result.python)}` : '';
        error = new errors/* UserError */.y(`${packages.join(', ')} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
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
/** Where pip takes the dependencies of wheel files from: never the test index in the exact-file mode. */
function dependencySource(plan) {
    return plan.mode === 'exact-file' ? { indexUrl: plan.dependencyIndexUrl, extraIndexUrls: [] } : { indexUrl: plan.indexUrl, extraIndexUrls: plan.extraIndexUrls };
}
async function run(req, plan, leg, log, setWork) {
    const result = leg.result;
    if (!req.pin && !req.pre && _renovatebot_pep440.explain(req.version)?.is_prerelease) {
        throw new errors/* UserError */.y(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
    }
    const packages = (0,leg_wheels/* legPackages */.qf)(req.packages, req.wheels ?? []);
    if (packages.length === 0)
        throw new errors/* UserError */.y('No package to verify: name the distributions in package, or their wheels in wheels.');
    const legWheels = req.wheels?.length ? (0,leg_wheels/* planLegWheels */.ep)(packages, req.version, req.wheels) : undefined;
    const manifest = req.manifestPath ? await (0,distributions/* readManifest */.WI)(req.manifestPath) : undefined;
    let entries;
    if (legWheels) {
        if (!manifest || !req.manifestPath)
            throw new errors/* UserError */.y('wheels needs expect-manifest: each named wheel is checked against the manifest\'s sha256 before it is installed.');
        entries = (0,leg_wheels/* manifestEntries */.eq)(legWheels.values(), manifest, req.manifestPath);
    }
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
    // One start asks the interpreter everything (its pip, its tags, the environment's scheme) while
    // the venv is made and the index polled; the poll needs the tags only once a page lists files.
    const envRoot = (0,external_node_path_.join)(work, 'env');
    const facts = facts_interpreterFacts(py, { scheme: { kind: py.major >= 3 ? 'venv' : 'prefix', root: envRoot }, tags: true, log });
    const made = createEnvironment(py, envRoot, log, { facts, ...(req.pip ? { pip: req.pip } : {}) });
    const tags = facts.then((f) => {
        if (!f.tags)
            throw new Error(`${py.path} gave no compatible wheel tags.`);
        return f.tags.tags;
    });
    const ready = Promise.all([made, tags]).then(([env, envTags]) => ({ env, tags: envTags }));
    ready.catch(() => { });
    tags.catch(() => { });
    const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
    const pythonLabel = describeInterpreter(py);
    const targetOf = (project) => ({
        project,
        version: req.version,
        pythonVersion: py.version,
        pythonLabel,
        allowYanked: req.pin,
        ...(legWheels ? { filename: legWheels.get((0,distributions/* normalizeName */.Pc)(project)).filename } : {}),
    });
    const available = new Map();
    try {
        const found = await Promise.all(packages.map((project) => waitForRelease({
            indexUrl: plan.indexUrl,
            projectUrl: projectPageUrl(plan.indexUrl, project),
            target: targetOf(project),
            tags,
            startedAt: req.startedAt,
            deadline,
            log,
        })));
        packages.forEach((p, i) => available.set(p, found[i]));
    }
    finally {
        // Never leave the environment half-made behind a failed wait.
        await ready.catch(() => undefined);
    }
    result.secondsToAvailable = Math.max(...[...available.values()].map((a) => a.secondsToAvailable));
    const { env, tags: envTags } = await ready;
    result.environment = { kind: env.kind, path: env.root, pip: env.pip?.version ?? '' };
    // Unpinned: what a user who upgrades gets, from each package's listing.
    const upgrades = new Map();
    if (!req.pin) {
        for (const p of packages) {
            const u = upgradeRequirement(p, req.version, available.get(p).page.files, req.pre);
            upgrades.set(p, u);
            log.info(describeUpgrade(u, p, req.version));
        }
    }
    const requirements = packages.map((p) => (req.pin ? `${p}==${req.version}` : upgrades.get(p).requirement));
    // Install.
    const installed = new Map();
    let pipOutput;
    if (legWheels || plan.mode === 'exact-file') {
        await (0,promises_.mkdir)(wheelsDir, { recursive: true });
        if (!req.pin) {
            // What pip chooses for each upgrade (pip download, no dependencies): it must be the release.
            const chosen = await pipDownload(env, {
                requirements,
                projects: packages,
                indexUrl: plan.indexUrl,
                ...(plan.mode !== 'exact-file' ? { extraIndexUrls: plan.extraIndexUrls } : {}),
                pre: req.pre,
                dest: (0,external_node_path_.join)(wheelsDir, 'chosen-by-pip'),
            }, log);
            for (const p of packages) {
                const got = chosen.wheels.get((0,distributions/* normalizeName */.Pc)(p));
                const version = (0,distributions/* parseWheelFilename */.eP)(got.filename).version;
                const wanted = legWheels?.get((0,distributions/* normalizeName */.Pc)(p));
                if (!(0,distributions/* versionsEqual */.At)(version, req.version)) {
                    leg.add({
                        name: `${p} version`,
                        ok: false,
                        detail: `pip install -U ${upgrades.get(p).requirement} would install ${version} (${got.filename}), but ${req.version} was expected. ${describeListing(available.get(p).evaluation, targetOf(p), available.get(p).page)}`,
                    }, log);
                }
                else if (wanted && got.filename === wanted.filename) {
                    // pip chose the leg's own wheel: no second download when its bytes are the manifest's.
                    const digest = await (0,hashing.hash)(got.path, ['sha256']);
                    if (digest.sha256 === entries.get(got.filename).sha256.toLowerCase()) {
                        installed.set(p, { project: p, file: available.get(p).evaluation.chosen, path: got.path, ...digest, how: 'chosen by pip download from the index, checked against the manifest\'s sha256' });
                    }
                }
                else if (!legWheels) {
                    const digest = await (0,hashing.hash)(got.path, ['sha256']);
                    const listed = available.get(p).page.files.find((f) => f.filename === got.filename);
                    if (listed?.sha256 && listed.sha256 !== digest.sha256) {
                        throw new errors/* UserError */.y(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.get(p).page.url} lists ${listed.sha256} for it.`);
                    }
                    installed.set(p, { project: p, file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, ...digest, how: 'chosen by pip download from the index (newest version)' });
                }
            }
            leg.stopIfFailed();
        }
        for (const p of packages) {
            if (installed.has(p))
                continue;
            const page = available.get(p);
            // The leg's own wheel, when it names them (the wait chose only it), else the index's best for this interpreter.
            const file = page.evaluation.chosen;
            const entry = entries?.get(file.filename) ?? manifest?.files.find((f) => f.filename === file.filename);
            if (manifest && req.manifestPath) {
                // Compared before the download: a file the index serves with other bytes is not fetched at all.
                if (!entry)
                    leg.require(checkManifest(manifest, req.manifestPath, file.filename, { sha256: file.sha256 ?? '', size: file.size ?? -1 }), log);
                else if (file.sha256 && file.sha256 !== entry.sha256.toLowerCase()) {
                    leg.require({ name: 'manifest', ok: false, detail: `${(0,http/* redactUrl */.BO)(plan.indexUrl)} serves ${file.filename} with sha256 ${file.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
                }
            }
            const got = await downloadListedFile(file, wheelsDir, plan.indexUrl, log, entry?.sha256.toLowerCase());
            installed.set(p, {
                project: p,
                file,
                path: got.path,
                sha256: got.sha256,
                size: got.size,
                how: entry ? 'downloaded by URL, checked against the manifest\'s sha256' : 'downloaded by URL and sha256 from the index',
            });
        }
        const from = dependencySource(plan);
        const r = await pipInstallFiles(env, packages.map((p) => installed.get(p).path), from, log);
        if (r.code !== 0)
            throw pipFailure(`Installing ${packages.map((p) => installed.get(p).file.filename).join(', ')} with dependencies from ${(0,http/* redactUrl */.BO)(from.indexUrl)}`, r);
        pipOutput = `${r.stdout}\n${r.stderr}`;
    }
    else {
        pipOutput = await installFromIndex(req, packages, requirements, plan, env, available, deadline, log);
    }
    result.installed = parseSuccessfullyInstalled(pipOutput);
    logPipOutput(pipOutput, log);
    // What got installed, and the imports, in one Python start.
    const inspection = await inspectInstalled(env, packages.map((name) => {
        const module = lookup(req.importNames, name);
        return { name, ...(module !== undefined ? { module } : {}) };
    }), neutral, log);
    const inEnvironment = (path) => fileIsInEnvironment(env, path);
    const reports = packages.map((name) => ({ name }));
    for (const [i, p] of packages.entries()) {
        const found = inspection.packages[i];
        const dist = found.dist;
        if (!dist) {
            leg.add({ name: `${p} version`, ok: false, detail: `pip finished, but no ${p} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}` }, log);
            continue;
        }
        reports[i].installedVersion = dist.version;
        if (!req.pin)
            reports[i].requirement = upgrades.get(p).requirement;
        const versionCheck = checkDistributionVersion(p, dist.version, req.version);
        if (!versionCheck.ok && !req.pin) {
            const newer = verify_compareVersions(dist.version, req.version) > 0;
            const u = upgrades.get(p);
            versionCheck.detail = `pip install -U ${u.requirement} installed ${dist.version}, but ${req.version} was expected`
                + (newer ? ` (the index offers a newer version${u.kind === 'series' ? ` in the ${u.series} series` : ''} than the one under test). ` : '. ')
                + describeListing(available.get(p).evaluation, targetOf(p), available.get(p).page);
        }
        leg.add(versionCheck, log);
        const inside = inEnvironment(dist.location);
        leg.add({ name: `${p} location`, ok: inside, detail: inside ? dist.metadataDir : `${p} is installed in ${dist.location}, outside the fresh environment ${env.root}` }, log);
        leg.add(checkRecord(p, dist.record, dist.metadataDir), log);
    }
    leg.add(checkIsolation(inspection.sysPath, inEnvironment, env.root), log);
    fillResult(result, reports);
    leg.stopIfFailed();
    // Which wheel each package came from, when pip chose it.
    for (const [i, p] of packages.entries()) {
        if (installed.has(p))
            continue;
        const dist = inspection.packages[i].dist;
        const candidates = available.get(p).page.files.filter((f) => {
            try {
                return (0,distributions/* parseWheelFilename */.eP)(f.filename).normalizedName === (0,distributions/* normalizeName */.Pc)(p) && (0,distributions/* versionsEqual */.At)((0,distributions/* parseWheelFilename */.eP)(f.filename).version, dist.version);
            }
            catch {
                return false;
            }
        });
        const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
        if (found)
            installed.set(p, { project: p, file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how });
        else
            log.warning(`Could not tell which listed wheel of ${p} pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
    }
    for (const [i, p] of packages.entries()) {
        const w = installed.get(p);
        if (!w)
            continue;
        reports[i].wheel = w.file.filename;
        log.info(`Installed wheel: ${w.file.filename} (${w.how})`);
    }
    // The bytes installed, where pip chose the file: pip checked them against the sha256 on the page;
    // the same URL is fetched when the page gives no sha256, or the manifest's size is to be compared.
    const provenance = req.provenance ?? { mode: 'auto' };
    for (const w of installed.values()) {
        if ((manifest && w.size === undefined) || (!w.sha256 && provenance.mode !== 'off')) {
            await (0,promises_.mkdir)(wheelsDir, { recursive: true });
            const got = await downloadListedFile(w.file, wheelsDir, plan.indexUrl, log);
            Object.assign(w, { path: got.path, sha256: got.sha256, size: got.size });
        }
    }
    if (manifest && req.manifestPath) {
        for (const p of packages) {
            const w = installed.get(p);
            if (!w)
                leg.add({ name: 'manifest', ok: false, detail: `cannot compare ${p} with the manifest: the installed wheel file is unknown` }, log);
            else
                leg.add(checkManifest(manifest, req.manifestPath, w.file.filename, { sha256: w.sha256, size: w.size }), log);
        }
    }
    // Who published the bytes installed.
    const wheels = [];
    for (const p of packages) {
        const w = installed.get(p);
        if (!w?.sha256) {
            if (provenance.mode !== 'off')
                leg.add({ name: 'provenance', ok: provenance.mode !== 'required', detail: `cannot check the provenance of ${p}: the installed wheel file is unknown` }, log);
            continue;
        }
        const entry = { filename: w.file.filename, sha256: w.sha256 };
        if (provenance.mode === 'off') {
            entry.provenance = { status: 'off' };
        }
        else {
            const attested = manifest?.files.find((f) => f.filename === w.file.filename)?.attestation;
            const required = provenance.mode === 'required'
                ? 'provenance is required'
                : attested ? `the manifest says it was published with the attestation ${attested.filename}` : undefined;
            const outcome = await checkProvenance({ file: w.file, sha256: w.sha256, request: provenance, ...(required ? { required } : {}), indexUrl: plan.indexUrl, log });
            leg.add(outcome.check, log);
            entry.provenance = outcome.provenance;
            if (outcome.provenance.publisher && outcome.provenance.status === 'verified')
                log.info(`${w.file.filename} was published by ${describeIdentity(outcome.provenance.publisher)}`);
        }
        wheels.push(entry);
    }
    result.wheels = wheels;
    result.provenance = provenanceSummary(wheels, provenance.mode);
    // The imports, from a directory outside the checkout.
    for (const [i, p] of packages.entries()) {
        const found = inspection.packages[i];
        const report = reports[i];
        if (!found.module) {
            report.importName = null;
            const why = found.chosen ? `${found.chosen.why}; its dist-info is checked instead` : 'import-name says there is nothing to import; its dist-info is checked instead';
            leg.add({ name: `${p} import`, ok: true, detail: why }, log);
            continue;
        }
        report.importName = found.module;
        if (found.chosen)
            log.info(`Importing ${found.module} for ${p}: ${found.chosen.why}`);
        checkImport(leg, found, env, neutral, req, i === 0, log);
        if (found.imported?.file)
            report.moduleFile = found.imported.file;
        if (found.imported?.version !== undefined)
            report.moduleVersion = found.imported.version;
        if (found.imported?.commit !== undefined)
            report.moduleCommit = found.imported.commit;
    }
    fillResult(result, reports);
    leg.stopIfFailed();
    if (req.smokeTest) {
        const first = reports.find((r) => r.importName);
        leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
            VERIFY_PACKAGE: packages[0],
            VERIFY_PACKAGES: packages.join(' '),
            VERIFY_VERSION: req.version,
            VERIFY_IMPORT_NAME: first?.importName ?? '',
        }, log), log);
    }
}
/** A per-package value by the name as given, or under PEP 503. */
function lookup(byName, name) {
    if (!byName)
        return undefined;
    if (Object.hasOwn(byName, name))
        return byName[name];
    const key = Object.keys(byName).find((k) => (0,distributions/* normalizeName */.Pc)(k) === (0,distributions/* normalizeName */.Pc)(name));
    return key === undefined ? undefined : byName[key];
}
function checkImport(leg, found, env, neutral, req, first, log) {
    const module = found.module;
    const imported = found.imported;
    if (!imported?.ok) {
        leg.add({ name: `import ${module}`, ok: false, detail: `import ${module} failed in ${env.root}:\n${(imported?.error ?? 'no answer').trim().split('\n').slice(-12).join('\n')}` }, log);
        return;
    }
    leg.add({ name: `import ${module}`, ok: true, detail: `imported from ${neutral}` }, log);
    leg.add(checkFileLocation(module, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
    leg.add(checkVersionAttribute(module, imported.version, req.version, req.requireVersionAttribute), log);
    if (req.expectCommit && first)
        leg.add(checkCommit(module, imported.commit, req.expectCommit), log);
}
/** Every package's findings in `packages`; the first package's at the top level too, where one-package readers look. */
function fillResult(result, reports) {
    const first = reports[0];
    if (first.installedVersion !== undefined)
        result.installedVersion = first.installedVersion;
    if (first.wheel !== undefined)
        result.wheel = first.wheel;
    if (first.importName)
        result.importName = first.importName;
    if (first.moduleFile !== undefined)
        result.moduleFile = first.moduleFile;
    if (first.moduleVersion !== undefined)
        result.moduleVersion = first.moduleVersion;
    if (first.moduleCommit !== undefined)
        result.moduleCommit = first.moduleCommit;
    const sha = result.wheels?.find((w) => w.filename === first.wheel)?.sha256;
    if (sha)
        result.wheelSha256 = sha;
    result.packages = reports;
}
function provenanceSummary(wheels, mode) {
    if (mode === 'off')
        return 'off';
    const statuses = wheels.map((w) => w.provenance?.status);
    if (statuses.some((s) => s === 'failed'))
        return 'failed';
    if (statuses.length > 0 && statuses.every((s) => s === 'verified'))
        return 'verified';
    return statuses.some((s) => s === 'verified') ? 'partial' : 'none';
}
/** pip's own account of what it did, in the step log (masked: an index URL may carry a token). */
function logPipOutput(output, log) {
    const lines = (0,lib_process/* maskCredentials */.Bs)(output).split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 0)
        log.info(lines.map((l) => `  pip: ${l}`).join('\n'));
}
/**
 * pip install from the index. The page we polled and the page pip reads may
 * come from different CDN nodes, so "no matching distribution" right after the
 * version appeared, or (unpinned) an older version, is retried with the poll's
 * backoff until the wait deadline, and at least a minute after availability.
 */
async function installFromIndex(req, packages, requirements, plan, env, available, deadline, log) {
    const look = async (attempt) => {
        const r = await pipInstallFromIndex(env, {
            requirements,
            projects: packages,
            pre: !req.pin && req.pre,
            indexUrl: plan.indexUrl,
            extraIndexUrls: plan.extraIndexUrls,
            // Unpinned, as a user upgrades; pinned, only on a retry after an older version got in.
            upgrade: !req.pin || attempt > 1,
        }, log);
        const output = `${r.stdout}\n${r.stderr}`;
        if (r.code !== 0) {
            if (pipFoundNothing(output))
                return { done: false, state: { reason: 'not found', output, r } };
            throw failed(r);
        }
        if (!req.pin) {
            const found = await inspectInstalled(env, packages.map((name) => ({ name, module: null })), env.root, log);
            const older = found.packages.find((p) => p.dist && verify_compareVersions(p.dist.version, req.version) < 0);
            if (older)
                return { done: false, state: { reason: 'older', output, r, version: `${older.name} ${older.dist.version}` } };
        }
        return { done: true, value: output };
    };
    const failed = (r) => pipFailure(`pip install ${req.pin ? '' : '-U '}${requirements.join(' ')} from ${(0,http/* redactUrl */.BO)(plan.indexUrl)}`, r);
    const availableAt = Math.max(...[...available.values()].map((a) => a.availableAt));
    const { value } = await pollUntil({
        look,
        deadline: Math.max(deadline, availableAt + 60_000),
        backoff: (attempt) => pollDelayMs(attempt),
        atDeadline: 'stop',
        onPause: ({ pauseMs, state }) => log.info(state.reason === 'not found'
            ? `pip did not find ${requirements.join(' ')} on ${(0,http/* redactUrl */.BO)(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(pauseMs / 1000).toFixed(1)} s`
            : `pip install -U found ${state.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(pauseMs / 1000).toFixed(1)} s`),
        // Out of time: a failed install is the error; an older version installed is left to the version check.
        onTimeout: ({ state }) => {
            if (state.reason === 'not found')
                throw failed(state.r);
            return state.output;
        },
    });
    return value;
}

;// CONCATENATED MODULE: ./lib/commands/verify-install/index.js
/** verify-install: wait for the index, install into a fresh environment, check what is installed, the imports and who published it. */







;// CONCATENATED MODULE: ./lib/actions/shared/command-files.js
/**
 * The runner's command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) as they were when an action started.
 * What is written there becomes the step's outputs and summary, or the
 * environment and PATH of every later step (a BASH_ENV line runs a script in
 * each of them). Code an action runs from outside (a package's import, its
 * smoke test) is not given their paths (src/process/environment.ts), but runs
 * as the same user and could find them; `restore()` puts back what was there
 * and names the files that had changed, before the action writes its own. A
 * process that left its group and session and keeps running (a daemon) can
 * write after that: out of reach, as the docs say.
 */

const NAMES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];
/** A step's command files start empty or nearly: more than this at the start is not kept (nor checked). */
const MAX_SNAPSHOT_BYTES = 1024 * 1024;
async function readAll(path, size) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(size);
        let got = 0;
        while (got < size) {
            const { bytesRead } = await handle.read(buffer, got, size - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return buffer.subarray(0, got);
    }
    finally {
        await handle.close();
    }
}
async function snapshotCommandFiles(env = process.env) {
    const kept = [];
    for (const name of NAMES) {
        const path = env[name];
        if (!path)
            continue;
        try {
            const { size, isFile } = await (0,promises_.lstat)(path).then((s) => ({ size: s.size, isFile: s.isFile() }));
            if (!isFile || size > MAX_SNAPSHOT_BYTES)
                continue;
            kept.push({ name, path, bytes: await readAll(path, size) });
        }
        catch {
            // Not there (yet): the runner makes them; nothing to keep.
        }
    }
    return {
        async restore() {
            const changed = [];
            const unrestored = [];
            for (const { name, path, bytes } of kept) {
                let same = false;
                let regular = false;
                try {
                    const now = await (0,promises_.lstat)(path);
                    regular = now.isFile();
                    // Compared by size first: a file grown huge is not read back.
                    same = regular && now.size === bytes.length && (await readAll(path, bytes.length)).equals(bytes);
                }
                catch {
                    // gone: written anew below
                }
                if (same)
                    continue;
                changed.push(name);
                try {
                    // A link put in its place is removed, not written through.
                    if (!regular)
                        await (0,promises_.rm)(path, { force: true, recursive: true });
                    const handle = await (0,promises_.open)(path, regular ? 'w' : 'wx');
                    try {
                        await handle.writeFile(bytes);
                    }
                    finally {
                        await handle.close();
                    }
                }
                catch (err) {
                    unrestored.push(`${name} (${err instanceof Error ? err.message : String(err)})`);
                }
            }
            return { changed, unrestored };
        },
    };
}

// EXTERNAL MODULE: ./lib/actions/shared/print.js
var print = __webpack_require__(2678);
// EXTERNAL MODULE: ./lib/actions/shared/run.js + 2 modules
var shared_run = __webpack_require__(7876);
;// CONCATENATED MODULE: ./lib/markup.js
/**
 * Text from outside (filenames, versions, messages, URLs) made inert in the two
 * markups the suite writes: HTML (job summaries, the index server's pages) and
 * Markdown tables (the approval brief, the rehearsal report, pull request bodies).
 * The one place that knows how to escape either.
 */
/** For HTML element content and quoted attribute values (Python's html.escape, which warehouse uses). */
function markup_escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
/**
 * One Markdown table cell (or list item): one line, pipes and backslashes
 * escaped, HTML shown as text, and no inline markup of its own: brackets
 * (links, images), asterisks and tildes (emphasis, strike-through) and
 * backticks are backslash-escaped, so outside text cannot put a link, an
 * image or a bold claim in front of an approver. Underscores stay: inside
 * words they mark nothing, and they fill wheel and runner names.
 */
function markdownCell(text) {
    return text
        .replace(/\r?\n/g, ' ')
        .replace(/\\/g, '\\\\')
        .replace(/[|[\]*~`]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/** The longest run of backticks in the text (0 without any). */
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * A code span that stays one table cell whatever the text holds: its fence is
 * longer than any run of backticks inside (code spans take no backslash
 * escapes, but a table still splits on an unescaped pipe). Empty text gives ''.
 */
function markdownCode(text) {
    if (text === '')
        return '';
    const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    const fence = '`'.repeat(longestBacktickRun(inner) + 1);
    const pad = inner.startsWith('`') || inner.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${inner}${pad}${fence}`;
}
/** Whether `url` is one line of http(s): the only links the suite writes around outside URLs. */
function markup_isWebUrl(url) {
    // eslint-disable-next-line no-control-regex
    return /^https?:\/\/[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/i.test(url);
}
/** A Markdown link around already-formatted text; without a URL (or with one that is not http(s)), the text alone. */
function markdownLink(text, url) {
    // Spaces are written as %20 below; anything else that is not one line of http(s) is no link.
    if (!url || !markup_isWebUrl(url.replace(/ /g, '%20')))
        return text;
    return `[${text}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
/** A fenced code block whose fence is longer than any run of backticks in the text. */
function markdownCodeBlock(text, info = '') {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}
/** A Markdown table from a header and rows of already-formatted cells (markdownCell, markdownCode, markdownLink). */
function markdownTable(columns, rows) {
    const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(cols.map((c) => c.title)), line(cols.map((c) => (c.align === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./lib/actions/shared/summary.js

/** Plain text as HTML. */
function summary_text(value) {
    return markup_escapeHtml(value);
}
/** Text in <code>; missing or empty text gives `missing`. */
function code(value, missing = '—') {
    return value ? `<code>${markup_escapeHtml(value)}</code>` : missing;
}
/** A link around a label made with text() or code(); an href that is not http(s) (a server's javascript:, data:…) gives the label alone. */
function summary_link(href, labelHtml) {
    return isWebUrl(href) ? `<a href="${escapeHtml(href)}">${labelHtml}</a>` : labelHtml;
}
/** A paragraph of HTML made from the pieces above. */
function paragraph(html) {
    return `<p>${html}</p>`;
}
/** A table's header row. */
function header(...titles) {
    return titles.map((title) => ({ data: markup_escapeHtml(title), header: true }));
}
/** A two-column table of facts (name, HTML value), as several summaries open with. */
function factsTable(rows, titles = ['Item', 'Value']) {
    return [header(...titles), ...rows.map(([name, value]) => [escapeHtml(name), value])];
}

// EXTERNAL MODULE: ./lib/actions/shared/url-credentials.js
var url_credentials = __webpack_require__(9875);
;// CONCATENATED MODULE: ./lib/actions/verify-install/main.js











/** "Linux X64", "macOS ARM64 (Python runs as x86_64)" under Rosetta. */
function osLabel(r) {
    const machine = r.python?.machine;
    const native = /^(x64|x86_64|amd64)$/i.test(r.arch) ? 'x86_64' : /^(arm64|aarch64)$/i.test(r.arch) ? 'arm64' : undefined;
    const rosetta = machine && native && machine.toLowerCase() !== native && !(native === 'arm64' && /^aarch64$/i.test(machine))
        ? ` (Python runs as ${machine})`
        : '';
    return `${r.os} ${r.arch}${rosetta}`;
}
/** One row per package: what was installed from which wheel, where it imports from, who published it. */
function packageRows(r) {
    return r.packages ?? [{ name: r.package }];
}
function publishedBy(r, wheel) {
    const p = r.wheels?.find((w) => w.filename === wheel)?.provenance;
    if (!p)
        return '—';
    if (p.status === 'verified' && p.publisher)
        return `✅ ${summary_text(describeIdentity(p.publisher))}`;
    if (p.status === 'absent')
        return 'not attested';
    if (p.status === 'off')
        return 'not checked';
    return `❌ ${summary_text(p.reason ?? 'failed')}`;
}
async function writeSummary(r) {
    const python = r.python ? `${summary_text(describeInterpreter(r.python))}<br>${code(r.python.path)}` : '—';
    const verdict = r.result === 'passed' ? '✅ passed' : '❌ failed';
    const summary = core/* summary */.z
        .addHeading(summary_text(`verify-install: ${packageRows(r).map((p) => p.name).join(', ')} ${r.version}`), 2)
        .addRaw(paragraph(`${summary_text(osLabel(r))}, ${python}${r.leg ? `, leg ${code(r.leg.id)}` : ''}: ${verdict}`
        + `${r.secondsToAvailable === undefined ? '' : `, available after ${r.secondsToAvailable.toFixed(1)} s`}.`), true)
        .addTable([
        header('Package', 'Wheel', 'Version', 'Imported from', 'Published by'),
        ...packageRows(r).map((p) => [
            summary_text(p.name),
            code(p.wheel),
            summary_text(p.installedVersion ?? '—'),
            p.importName === null ? 'nothing to import (dist-info checked)' : code(p.moduleFile),
            publishedBy(r, p.wheel),
        ]),
    ]);
    const from = r.mode === 'exact-file'
        ? `the wheel from ${code(r.index)} by URL and sha256; dependencies from ${code(r.dependencyIndex)} only`
        : r.mode === 'mixed'
            ? `pip with ${code(r.index)} and ${(r.extraIndexes ?? []).map((u) => code(u)).join(', ')} mixed`
            : `pip from ${code(r.index)}`;
    const asked = r.pin ? 'package==version' : `pip install -U ${packageRows(r).map((p) => p.requirement ?? p.name).join(' ')}`;
    summary.addRaw(paragraph(`${code(asked)}: ${from}.`), true);
    if (r.checks.length > 0) {
        summary.addList(r.checks.map((c) => `${c.ok ? '✅' : '❌'} ${summary_text(`${c.name}: ${c.detail.split('\n')[0]}`)}`));
    }
    if (r.error)
        summary.addCodeBlock(summary_text(r.error));
    await summary.write();
}
/**
 * Credentials in index URLs never reach the log: the entry masked them as typed;
 * these are the forms the URL parser gave them (pip and our messages print those).
 */
function maskUrlSecrets(urls) {
    for (const u of urls)
        if (u)
            (0,print/* registerSecrets */.dg)([...(0,url_credentials/* urlCredentials */.O4)(u.href), ...(0,url_credentials/* basicAuthorizations */.Bt)(u.href)]);
}
/** Runs verify-install with validated settings; loaded by the entry only once the inputs are valid. */
async function main(s) {
    // Seconds to available count from the start of the step's process.
    const startedAt = Math.round(external_node_perf_hooks_.performance.timeOrigin);
    maskUrlSecrets([s.indexUrl, s.dependencyIndexUrl, ...s.extraIndexUrls]);
    const tempDir = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const commandFiles = await snapshotCommandFiles();
    if (process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        (0,print/* warning */.$e)('This job has `id-token: write`. The package code verify-install runs (its import, its smoke test) is not given the token, but runs as this job\'s user and can read this process\'s environment, so it could mint OIDC tokens for the workflow. Give verify jobs `permissions: contents: read` only, as the template does.');
    }
    const outcome = await verifyInstall({
        packages: s.packages,
        version: s.version,
        python: s.python,
        indexes: {
            repository: s.repository,
            ...(s.indexUrl ? { indexUrl: s.indexUrl.href } : {}),
            ...(s.dependencyIndexUrl ? { dependencyIndexUrl: s.dependencyIndexUrl.href } : {}),
            extraIndexUrls: s.extraIndexUrls.map((u) => u.href),
        },
        ...(s.wheels.length > 0 ? { wheels: s.wheels } : {}),
        importNames: s.importNames,
        ...(s.expectCommit ? { expectCommit: s.expectCommit } : {}),
        ...(s.expectManifest ? { manifestPath: s.expectManifest } : {}),
        ...(s.smokeTest ? { smokeTest: s.smokeTest } : {}),
        pin: s.pin,
        pre: s.pre,
        waitTimeoutSeconds: s.waitTimeoutSeconds,
        requireVersionAttribute: s.requireVersionAttribute,
        provenance: {
            mode: s.provenance,
            ...(s.trustedRoot && s.provenance !== 'off' ? { trustedRoot: await loadTrustedRoot(s.trustedRoot), trustedRootName: s.trustedRoot } : {}),
            ...(s.publisher ? { publisher: s.publisher } : {}),
        },
        ...(s.leg ? { leg: s.leg } : {}),
        tempDir,
        workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
        startedAt,
        platform: { os: process.env.RUNNER_OS || (0,external_node_os_.platform)(), arch: process.env.RUNNER_ARCH || (0,external_node_os_.arch)() },
    }, shared_run/* actionLogger */.v);
    const r = outcome.result;
    // The package's own code ran in this step: what it wrote to the runner's command files is undone, and fails the step.
    const { changed: tampered, unrestored } = await commandFiles.restore();
    if (tampered.length > 0) {
        const undone = unrestored.length === 0
            ? 'That was undone, and the step fails'
            : `That was undone except in ${unrestored.join('; ')}, which could not be put back: cancel the workflow run, since later steps may run what was planted. The step fails`;
        const message = `The code verify-install ran from the index (the package's import, its smoke test or a .pth file it installs) wrote to ${tampered.join(', ')}, `
            + `which set the step's outputs and summary and the environment of later steps. ${undone}: a package must not change what the workflow runs. Do not publish these files.`;
        r.result = 'failed';
        r.error = message;
        outcome.error = new errors/* UserError */.y(message);
    }
    const resultFile = await writeResultFile(s.resultDir ?? tempDir, r);
    const publishers = [...new Set((r.wheels ?? []).flatMap((w) => (w.provenance?.status === 'verified' && w.provenance.publisher ? [w.provenance.publisher.identity] : [])))];
    const outputs = {
        'installed-version': r.installedVersion,
        'installed-file': r.moduleFile,
        wheel: r.wheel,
        wheels: r.wheels ? r.wheels.map((w) => w.filename).join(' ') : undefined,
        'python-version': r.python?.version,
        'python-path': r.python?.path,
        'import-name': r.importName,
        'seconds-to-available': r.secondsToAvailable,
        provenance: r.provenance,
        publisher: publishers.length > 0 ? publishers.join('\n') : undefined,
        'result-file': resultFile,
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            (0,print/* setOutput */.uH)(name, String(value));
    }
    await writeSummary(r);
    if (outcome.error !== undefined)
        throw outcome.error;
    const what = packageRows(r).map((p) => `${p.name} ${p.installedVersion ?? ''}`.trim()).join(', ');
    (0,print/* info */.pq)(`${what} from ${(r.wheels ?? []).map((w) => w.filename).join(', ') || 'the index'} on ${r.python ? describeInterpreter(r.python) : 'Python'}: every check passed.`);
}


/***/ }),

/***/ 6676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y8: () => (/* reexport */ filename/* FilenameError */.Y8),
  Pc: () => (/* reexport */ names/* normalizeName */.Pc),
  Qj: () => (/* reexport */ versions/* normalizeVersion */.Qj),
  h3: () => (/* reexport */ filename/* parseDistributionFilename */.h3),
  eP: () => (/* reexport */ filename/* parseWheelFilename */.eP),
  WI: () => (/* reexport */ readManifest),
  At: () => (/* reexport */ versions/* versionsEqual */.At)
});

// UNUSED EXPORTS: DEFAULT_ARCHIVE_LIMITS, DEFAULT_MAX_FILE_SIZE, DescriptionChecks, MANIFEST_SCHEMA, MANIFEST_SCHEMA_VERSION, MetadataError, SUPPORTED_METADATA_VERSIONS, canonicalizeLicenseExpression, checkDistributionSet, checkMetadataFields, commonPrefix, compareManifest, createManifest, descriptionContentTypeProblem, descriptionFormat, descriptionToRender, entryPointErrors, expectedDistInfo, filenameEscapedName, formatProblemsTable, headerValue, headerValues, inspectDistribution, isValidProjectName, isValidVersion, localVersionLabel, parseCoreMetadata, parseCsv, parseHeaderBlock, parseManifest, parseRecord, parseSdistFilename, parseWheelFile, platformTagAllowed, preflight, pythonRepr, readSdistArchive, readWheelArchive, renderRefusal, verifyRecord, writeManifest

// EXTERNAL MODULE: ./lib/distributions/names.js
var names = __webpack_require__(5787);
// EXTERNAL MODULE: ./lib/distributions/versions.js
var versions = __webpack_require__(826);
// EXTERNAL MODULE: ./lib/distributions/filename.js + 1 modules
var filename = __webpack_require__(4481);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
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
function metadata_headerValues(headers, name) {
    const wanted = name.toLowerCase();
    return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}
/** The first value of a header, matched case-insensitively. */
function metadata_headerValue(headers, name) {
    return metadata_headerValues(headers, name)[0];
}
function metadata_parseCoreMetadata(text) {
    const { headers, body } = parseHeaderBlock(text);
    const required = (field) => {
        const value = metadata_headerValue(headers, field)?.trim();
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
        const header = metadata_headerValue(headers, 'Description');
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(663);
// EXTERNAL MODULE: ./lib/files/block-reader.js
var block_reader = __webpack_require__(5732);
// EXTERNAL MODULE: ./lib/hashing/index.js + 6 modules
var hashing = __webpack_require__(9275);
// EXTERNAL MODULE: ./lib/hashing/zip-framing.js
var zip_framing = __webpack_require__(5440);
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
        zip = await openZip(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false, strictFileNames: true });
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
        // What Python's zipfile reads from the central directory, for warehouse's record-by-record walk.
        const cdSizes = new Map();
        for (const entry of entries) {
            cdSizes.set(zipfileName(entry.fileNameRaw, entry.generalPurposeBitFlag), { compressedSize: entry.compressedSize, size: entry.uncompressedSize });
        }
        let framingResult;
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
        // in one sequential pass, on a worker thread when there is one (src/hashing).
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
            const request = {
                path,
                members: plans,
                wholeFile: options.fileDigests === true,
                // The whole file passes by anyway: warehouse's framing walk rides along on the same chunks.
                ...(options.fileDigests ? { algorithms: options.blake2b !== false ? ['sha256', 'blake2b256'] : ['sha256'], framing: cdSizes } : {}),
            };
            let scanned;
            try {
                scanned = await scanFile(request);
            }
            catch (error) {
                // The file could be opened but not read through: every member read is in doubt.
                if (options.fileDigests)
                    throw error;
                scanned = { outcomes: plans.map(() => ({ kind: 'corrupt', reason: errorText(error) })) };
            }
            planned.forEach((index, k) => outcomes.set(index, scanned.outcomes[k]));
            const { sha256, blake2b256 } = scanned.digests ?? {};
            if (options.fileDigests && sha256 !== undefined && scanned.size !== undefined) {
                digests = { sha256, size: scanned.size, ...(blake2b256 !== undefined ? { blake2b256 } : {}) };
                framingResult = scanned.framing?.refused;
            }
        }
        // Nothing read the whole file: the walk reads the record headers alone and passes over the data.
        if (!digests)
            framingResult = await checkZipFraming(path, cdSizes);
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
        if (framingResult !== undefined) {
            problems.add('zip-structure', [], {
                message: `The zip archive would read differently by its central directory and by its local headers: ${framingResult}`,
                fix: `${REBUILD_FIX} A zip edited after it was built (a member replaced or appended, data prepended, comments added to members) `
                    + 'or written by a streaming zip writer (data descriptors) is refused; let the build tool write the wheel in one go.',
                pypiMessage: `Invalid distribution file. ZIP archive not accepted: ${framingResult}. See https://docs.pypi.org/archives for more information`,
            });
        }
        return { readable: true, members, captured, problems: problems.list(), ...(digests ? { digests } : {}) };
    }
    finally {
        zip.close();
    }
}
/**
 * yauzl.open, with the central directory and the local headers read through a BlockReader:
 * yauzl reads each central-directory entry in two reads and each local header in one, which
 * for a wheel of 200,000 members had been 600,000 trips through the thread pool (27 s).
 */
async function openZip(path, options) {
    const blocks = await BlockReader.open(path);
    try {
        return await yauzl.fromRandomAccessReaderPromise(new BlockRandomAccessReader(path, blocks), blocks.size, options);
    }
    catch (error) {
        await blocks.close();
        throw error;
    }
}
class BlockRandomAccessReader extends node_modules_yauzl/* RandomAccessReader */.lJ {
    path;
    blocks;
    constructor(path, blocks) {
        super();
        this.path = path;
        this.blocks = blocks;
    }
    /** Member data (openReadStream; the scan reads it through src/hashing instead). By path: a stream on the reader's descriptor would close it when destroyed. */
    _readStreamForRange(start, end) {
        return (0,external_node_fs_.createReadStream)(this.path, { start, end: end - 1 });
    }
    read(buffer, offset, length, position, callback) {
        this.blocks.read(position, length).then((bytes) => {
            bytes.copy(buffer, offset);
            callback(null, bytes.length);
        }, (error) => callback(error));
    }
    close(callback) {
        this.blocks.close().then(() => callback(null), (error) => callback(error));
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



const DIST_INFO_TEXT = /^[^/]+\.dist-info\/(METADATA|WHEEL|RECORD|entry_points\.txt)$/;
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
    const entryPoints = text('entry_points.txt');
    return {
        members,
        entries: scan.members,
        distInfoDirs,
        ...(expectedDistInfoDir !== undefined ? { expectedDistInfoDir } : {}),
        ...(distInfoDir !== undefined ? { distInfoDir } : {}),
        ...(metadata !== undefined ? { metadata } : {}),
        ...(wheel !== undefined ? { wheel } : {}),
        ...(record !== undefined ? { record } : {}),
        ...(entryPoints !== undefined ? { entryPoints } : {}),
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
;// CONCATENATED MODULE: ./lib/distributions/inflate.js
/**
 * CPython's zlib._ZlibDecompressor (Modules/zlibmodule.c), the object gzip's _GzipReader inflates
 * with, on pako's port of zlib's inflate (inflate.c, inffast.c, inftrees.c): raw deflate data,
 * `decompress(data, max_length)` calling inflate(Z_SYNC_FLUSH) with room for at most max_length
 * bytes and keeping the input zlib did not use for the next call. Driven so, zlib stops and fails
 * where it does under Python: with no room left it still decodes (codes, block headers, the end of
 * the stream) up to the next byte it would write, and a data error is raised in zlib's words
 * (pako's `strm.msg`). An "invalid distance too far back" is found only with room to write the
 * match, which needs nothing here beyond giving zlib the room Python gives it.
 *
 * The input is a range of a file, handed to zlib in pieces as it uses them: zlib's state carries
 * over from one piece to the next, so it decodes exactly as it would from the whole range at once,
 * and a gzip member of a few bytes costs no 128 KiB read.
 */

/** zlib.error for broken deflate data, in zlib's words; `partial`: what the failing call had written before it (Python discards it). */
class inflate_ZlibError extends Error {
    partial;
    constructor(message, partial) {
        super(message);
        this.partial = partial;
    }
}
const PIECE = (/* unused pure expression or super */ null && (16 * 1024));
/** The first output block of a call; later ones grow, up to max_length (the sizes change nothing zlib decides). */
const FIRST_BLOCK = (/* unused pure expression or super */ null && (32 * 1024));
const MAX_BLOCK = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const NO_INPUT = new Uint8Array(0);
class inflate_ZlibDecompressor {
    file;
    /** The end of the deflate stream was reached. */
    eof = false;
    strm = new ZStream();
    /** The input not yet used, [next, end) of the file; zlib holds [next, next + strm.avail_in) of it. */
    next = 0;
    end = 0;
    constructor(file) {
        this.file = file;
        zlibInflateInit2(this.strm, -15);
        this.strm.input = NO_INPUT;
    }
    /** needs_input: all the input given has been used, and the stream has not ended. */
    get needsInput() {
        return !this.eof && this.next === this.end;
    }
    /** The length of unused_data: the input after the end of the stream. */
    get unused() {
        return this.eof ? this.end - this.next : 0;
    }
    /**
     * decompress(the file's bytes [at, at + length), maxLength): the input is appended to what is
     * left of earlier input (it must follow it in the file). Throws ZlibError for a data error.
     */
    async decompress(at, length, maxLength) {
        if (this.eof)
            throw new Error('End of stream already reached');
        if (length > 0) {
            if (this.next === this.end)
                this.next = at;
            else if (at !== this.end)
                throw new Error('decompress: input that does not follow the unused input');
            this.end = at + length;
        }
        const strm = this.strm;
        const blocks = [];
        let written = 0; // in `blocks`
        let block = Buffer.allocUnsafe(Math.min(maxLength, FIRST_BLOCK));
        strm.output = block;
        strm.next_out = 0;
        strm.avail_out = block.length;
        const output = () => Buffer.concat([...blocks, block.subarray(0, strm.next_out)]);
        for (;;) {
            if (strm.avail_in === 0 && this.next < this.end) {
                const piece = await this.file.read(this.next, Math.min(PIECE, this.end - this.next));
                if (piece.length === 0)
                    this.end = this.next; // the file shrank since it was opened
                strm.input = piece;
                strm.next_in = 0;
                strm.avail_in = piece.length;
            }
            const before = strm.avail_in;
            const status = zlibInflate(strm, Z_SYNC_FLUSH);
            this.next += before - strm.avail_in;
            if (status === Z_STREAM_END) {
                this.eof = true;
                break;
            }
            if (status !== Z_OK && status !== Z_BUF_ERROR)
                throw new inflate_ZlibError(strm.msg || `zlib error ${status}`, output());
            // zlib used the whole piece: it goes on with the next, as it would have with the whole input
            // (even with no room left, it may decode on to the end of the stream or to an error).
            if (strm.avail_in === 0 && this.next < this.end)
                continue;
            // Room used up: Python grows its buffer until max_length is written.
            if (strm.avail_out === 0 && written + block.length < maxLength) {
                blocks.push(block);
                written += block.length;
                block = Buffer.allocUnsafe(Math.min(maxLength - written, block.length * 4, MAX_BLOCK));
                strm.output = block;
                strm.next_out = 0;
                strm.avail_out = block.length;
                continue;
            }
            break;
        }
        return output();
    }
}

;// CONCATENATED MODULE: ./lib/distributions/gzip-members.js
/**
 * The bytes of a .tar.gz as Python's gzip module hands them to tarfile (and so
 * to warehouse and pip): gzip's _GzipReader, read by read. Member after member,
 * a member's trailer (CRC-32 and length) is checked, zero padding skipped and
 * the next member's header parsed only when a read asks for bytes past the
 * member. tarfile stops asking at the tar's end-of-archive block, so whatever
 * follows the member that holds it is never read, and PyPI accepts the file.
 * Node's createGunzip reads every member up front and fails the whole stream,
 * with the output of its last write lost, on any bytes after the last member
 * that are not zeros ("trailing garbage"), so an sdist PyPI accepts would be
 * refused. The header format is RFC 1952's. Each read inflates as _GzipReader
 * does (Lib/gzip.py): zlib (inflate.ts) is handed 128 KiB of input at a time
 * and asked for at most as many bytes as the read wants, so a broken deflate
 * stream is an error only if a read gets as far as it (python-reads.ts).
 */




/** What Python's gzip module raises (BadGzipFile, EOFError), in its words. */
class gzip_members_GzipError extends Error {
    notGzip;
    /** True when the first member's header is not gzip at all: the file is not a gzip file. */
    constructor(message, notGzip = false) {
        super(message);
        this.notGzip = notGzip;
    }
}
/** gzip.READ_BUFFER_SIZE: how much input _GzipReader hands zlib at a time (Python 3.12 and 3.13; 3.11 handed 8 KiB). */
const READ_BUFFER_SIZE = (/* unused pure expression or super */ null && (128 * 1024));
const ENDED = 'Compressed file ended before the end-of-stream marker was reached';
const EMPTY = Buffer.alloc(0);
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
/**
 * gzip's _GzipReader over a file. Its _PaddedFile, which takes back the input zlib did not use
 * and the first byte after zero padding, is a position in the file here.
 */
class gzip_members_GzipReader {
    file;
    /** The _PaddedFile's position. */
    pos = 0;
    /** The current member's decompressor; none before its header is read (_new_member). */
    decompressor;
    first = true;
    crc = createCrc32();
    size = 0;
    constructor(file) {
        this.file = file;
    }
    static async open(path) {
        return new gzip_members_GzipReader(await BlockReader.open(path));
    }
    close() {
        return this.file.close();
    }
    /**
     * _GzipReader.read(size): at most `size` inflated bytes, fewer where the input handed to zlib
     * runs out or a member ends, none at the end of the file. Throws GzipError, or ZlibError for
     * broken deflate data.
     */
    async read(size) {
        if (size === 0)
            return EMPTY;
        let data;
        for (;;) {
            if (this.decompressor?.eof) {
                await this.readEof();
                this.decompressor = undefined;
            }
            if (!this.decompressor) {
                // _read_gzip_header: no more members where the file ends.
                if (!this.first && this.pos >= this.file.size)
                    return EMPTY;
                this.pos = await memberHeader(this.file, this.pos, this.first);
                this.first = false;
                this.decompressor = new ZlibDecompressor(this.file);
                this.crc = createCrc32();
                this.size = 0;
            }
            let handed;
            if (this.decompressor.needsInput) {
                handed = Math.min(READ_BUFFER_SIZE, this.file.size - this.pos);
                this.pos += handed;
                data = await this.decompressor.decompress(this.pos - handed, handed, size);
            }
            else {
                data = await this.decompressor.decompress(this.pos, 0, size);
            }
            // The input after the member's end goes back to the file, for its trailer and the next header.
            this.pos -= this.decompressor.unused;
            if (data.length > 0)
                break;
            // Python's `buf == b""`: no input was left. (With input left over zlib always writes something
            // when given room, so a call without new input never comes back empty.)
            if (handed === 0 || handed === undefined)
                throw new gzip_members_GzipError(ENDED);
        }
        this.crc.update(data);
        this.size += data.length;
        return data;
    }
    /** _read_eof: the trailer checked, then zero padding skipped. */
    async readEof() {
        const trailer = await this.file.read(this.pos, 8);
        if (trailer.length < 8)
            throw new gzip_members_GzipError(ENDED);
        const storedCrc = trailer.readUInt32LE(0);
        if (storedCrc !== this.crc.value)
            throw new gzip_members_GzipError(`CRC check failed 0x${storedCrc.toString(16)} != 0x${this.crc.value.toString(16)}`);
        if (trailer.readUInt32LE(4) !== this.size % 2 ** 32)
            throw new gzip_members_GzipError('Incorrect length of data produced');
        this.pos = await skipZeros(this.file, this.pos + 8);
    }
}
async function skipZeros(file, pos) {
    for (;;) {
        const bytes = await file.read(pos, 4096);
        if (bytes.length === 0)
            return pos;
        const nonZero = bytes.findIndex((b) => b !== 0);
        if (nonZero !== -1)
            return pos + nonZero;
        pos += bytes.length;
    }
}
/** Python's _read_gzip_header: where the member's deflate data starts. */
async function memberHeader(file, pos, first) {
    const fixed = await file.read(pos, 10);
    if (fixed.length < 2 || fixed[0] !== 0x1f || fixed[1] !== 0x8b) {
        throw new gzip_members_GzipError(`Not a gzipped file (${pythonBytesRepr(fixed.subarray(0, 2))})`, first);
    }
    if (fixed.length < 10)
        throw new gzip_members_GzipError(ENDED);
    if (fixed[2] !== 8)
        throw new gzip_members_GzipError('Unknown compression method', first);
    const flags = fixed[3];
    let at = pos + 10;
    const need = async (n) => {
        const bytes = await file.read(at, n);
        if (bytes.length < n)
            throw new gzip_members_GzipError(ENDED);
        at += n;
        return bytes;
    };
    const skipString = async () => {
        for (;;) {
            const bytes = await file.read(at, 4096);
            if (bytes.length === 0)
                throw new gzip_members_GzipError(ENDED);
            const nul = bytes.indexOf(0);
            if (nul !== -1) {
                at += nul + 1;
                return;
            }
            at += bytes.length;
        }
    };
    if (flags & FEXTRA)
        await need((await need(2)).readUInt16LE(0));
    if (flags & FNAME)
        await skipString();
    if (flags & FCOMMENT)
        await skipString();
    if (flags & FHCRC)
        await need(2);
    return at;
}

;// CONCATENATED MODULE: ./lib/distributions/tar-header.js
/**
 * One 512-byte tar header as Python's tarfile reads it (TarInfo.frombuf, nti, nts): number fields
 * are cut at their first NUL and read as Python's int(..., 8) reads them, and a header whose
 * checksum or any number field cannot be read is an invalid header, which makes tarfile stop (or,
 * first, not a tar). The name rules are frombuf's too: a trailing "/" makes a directory only of
 * type "\0" (or "5"), and a ustar prefix is joined whatever the magic, except for GNU's L, K and S.
 */
const tar_header_BLOCK = 512;
/** Python's int(text, 8) after str.strip(): a sign, an optional 0o, octal digits with single underscores between. */
const OCTAL = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/;
/** The whitespace str.strip() and int() take away from ASCII text. */
const SPACE = /^[\t\n\v\f\r\x1c-\x1f ]+|[\t\n\v\f\r\x1c-\x1f ]+$/g;
/** tarfile's nti(): undefined where it raises InvalidHeaderError. */
function numberField(header, start, end) {
    const field = header.subarray(start, end);
    if (field[0] === 0o200 || field[0] === 0o377) {
        // GNU base-256 (sizes over 8 GiB); 0o377 is a negative number. Exact: eleven bytes are more
        // than a double holds, and a negative value rounded to 0 would be read as a size.
        let value = 0n;
        for (let i = 1; i < field.length; i++)
            value = value * 256n + BigInt(field[i]);
        if (field[0] === 0o377)
            value -= 256n ** BigInt(field.length - 1);
        const n = Number(value);
        return Number.isSafeInteger(n) ? n : undefined;
    }
    const nul = field.indexOf(0);
    const raw = field.subarray(0, nul === -1 ? field.length : nul);
    if (raw.some((b) => b > 0x7f))
        return undefined; // nts(..., "ascii", "strict")
    const text = raw.toString('latin1').replace(SPACE, '');
    if (text === '')
        return 0;
    const m = OCTAL.exec(text);
    if (!m)
        return undefined;
    const value = Number.parseInt(m[2].replaceAll('_', ''), 8);
    return m[1] === '-' ? -value : value;
}
/** Python's int(text) for a pax number record (PAX_NUMBER_FIELDS): undefined where it raises, which tarfile reads as 0. */
function tar_header_paxNumber(text) {
    const m = /^[+-]?\d(?:_?\d)*$/.exec(text.replace(SPACE, ''));
    return m ? Number(m[0].replaceAll('_', '')) : undefined;
}
function tar_header_parseHeader(header) {
    const checksum = numberField(header, 148, 156);
    if (checksum === undefined)
        return { invalid: 'invalid header' };
    if (!checksumMatches(header, checksum))
        return { invalid: 'bad checksum' };
    // mode, uid, gid, size, mtime, devmajor, devminor: tarfile reads them all, and any one it cannot read fails the header.
    const numbers = [[100, 108], [108, 116], [116, 124], [124, 136], [136, 148], [329, 337], [337, 345]].map(([start, end]) => numberField(header, start, end));
    if (numbers.includes(undefined))
        return { invalid: 'invalid header' };
    const size = numbers[3];
    // tarfile would step backwards for a negative size; it is taken here as a header that cannot be read.
    if (size < 0)
        return { invalid: 'invalid header' };
    const type = String.fromCharCode(header[156] || 0x30);
    let name = cString(header, 0, 100);
    const directory = type === '5' || (header[156] === 0 && name.endsWith('/'));
    if (directory)
        name = name.replace(/\/+$/, '');
    const prefix = cString(header, 345, 500);
    if (prefix && !'LKS'.includes(type))
        name = `${prefix}/${name}`;
    return { type, size, name, directory };
}
function checksumMatches(header, stored) {
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < tar_header_BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : header[i];
        unsigned += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    return stored === unsigned || stored === signed;
}
function cString(buffer, start, end) {
    const slice = buffer.subarray(start, end);
    const nul = slice.indexOf(0);
    return tar_header_pythonText(slice.subarray(0, nul === -1 ? slice.length : nul));
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** How long the UTF-8 sequence a lead byte starts can be; 0 where it starts none. */
function sequenceLength(lead) {
    return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}
/**
 * Bytes as tarfile decodes names (UTF-8 with errors="surrogateescape"): each byte outside a valid
 * sequence becomes U+DC80–U+DCFF, so two names that differ only in such bytes stay two names.
 */
function tar_header_pythonText(bytes) {
    try {
        return strictUtf8.decode(bytes);
    }
    catch {
        // Some byte is not UTF-8: decoded sequence by sequence below.
    }
    let out = '';
    for (let i = 0; i < bytes.length;) {
        const n = sequenceLength(bytes[i]);
        if (n > 0 && i + n <= bytes.length) {
            try {
                out += strictUtf8.decode(bytes.subarray(i, i + n));
                i += n;
                continue;
            }
            catch {
                // An invalid sequence: its lead byte is escaped, and the rest looked at again.
            }
        }
        out += String.fromCharCode(0xdc00 + bytes[i]);
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/distributions/python-reads.js

const BUFFER_SIZE = 8192; // io.DEFAULT_BUFFER_SIZE: GzipFile's BufferedReader, and DecompressReader.seek's step
class python_reads_PythonReads {
    raw;
    /** tarfile's reads, in order; those before `next` are made. */
    ops = [];
    next = 0;
    // BufferedReader: the logical position, and its buffer [bufferStart, bufferEnd) when valid.
    pos = 0;
    bufferStart = 0;
    bufferEnd = 0;
    bufferValid = false;
    /** The raw reader's (_GzipReader's) position: the inflated bytes handed on so far. */
    rawPos = 0;
    /** A read of _GzipReader came back empty: the file has no more. */
    exhausted = false;
    constructor(raw) {
        this.raw = raw;
    }
    /** tarfile's next() for a header at `at`, or (`direct`) the header an extended header's processing reads at once. */
    header(at, direct) {
        this.ops.push({ kind: 'header', at, direct });
    }
    /** A plain read: an extended header's data (padded to whole blocks), a sparse extension block. */
    read(n) {
        this.ops.push({ kind: 'read', n });
    }
    /** The inflated bytes each read of _GzipReader brings, in order, as the reads told so far are made. */
    async *data() {
        while (this.next < this.ops.length) {
            const op = this.ops[this.next++];
            if (op.kind === 'read')
                yield* this.bufferedRead(op.n);
            else {
                // `if self.offset != self.fileobj.tell()`: seek to the byte before the header and read it.
                if (!op.direct && op.at !== this.pos) {
                    yield* this.seek(op.at - 1);
                    yield* this.bufferedRead(1);
                }
                yield* this.bufferedRead(BLOCK);
            }
            if (this.next > 1024) {
                this.ops = this.ops.slice(this.next);
                this.next = 0;
            }
        }
    }
    /** _GzipReader.read(n): its bytes are handed on; how many. */
    async *rawRead(n) {
        const data = await this.raw.read(n);
        if (data.length === 0) {
            this.exhausted = true;
            return 0;
        }
        this.rawPos += data.length;
        yield data;
        return data.length;
    }
    /** BufferedReader.read(n) (_bufferedreader_read_generic when the buffer cannot answer). */
    async *bufferedRead(n) {
        const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
        if (n <= avail) {
            this.pos += n;
            return;
        }
        let remaining = n - avail;
        this.pos += avail;
        this.bufferValid = false;
        for (;;) {
            const r = Math.floor(remaining / BUFFER_SIZE) * BUFFER_SIZE;
            if (r === 0)
                break;
            const got = yield* this.rawRead(r);
            if (got === 0)
                return;
            remaining -= got;
            this.pos += got;
        }
        this.bufferStart = this.rawPos;
        this.bufferEnd = this.rawPos;
        this.bufferValid = true;
        while (remaining > 0 && this.bufferEnd - this.bufferStart < BUFFER_SIZE) {
            const got = yield* this.rawRead(BUFFER_SIZE - (this.bufferEnd - this.bufferStart));
            if (got === 0)
                return;
            this.bufferEnd += got;
            const take = Math.min(remaining, got);
            this.pos += take;
            remaining -= take;
        }
    }
    /** BufferedReader.seek(target): inside the buffer it only moves; otherwise DecompressReader.seek reads up to it. */
    async *seek(target) {
        const avail = this.bufferValid ? this.bufferEnd - this.pos : 0;
        if (avail > 0 && target >= this.bufferStart && target <= this.bufferEnd) {
            this.pos = target;
            return;
        }
        // Backwards, DecompressReader would start over from the file's beginning; tarfile only goes forwards.
        if (target < this.rawPos)
            throw new Error(`a seek back to ${target} from ${this.rawPos}`);
        while (this.rawPos < target) {
            if ((yield* this.rawRead(Math.min(BUFFER_SIZE, target - this.rawPos))) === 0)
                break;
        }
        this.pos = this.rawPos;
        this.bufferValid = false;
    }
}

;// CONCATENATED MODULE: ./lib/distributions/tar-scan.js
/**
 * A small streaming reader for .tar.gz sdists: it lists member names the way
 * Python's tarfile does (directory names without their trailing "/", ustar
 * prefixes, pax `path` records and GNU long names applied) and keeps only the
 * few members asked for, each capped. The inflated total is bounded too, since
 * a gzip bomb needs no zip format to work.
 */







const TYPE_NAMES = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a character device', '4': 'a block device', '5': 'a directory', '6': 'a FIFO' };
async function tar_scan_scanTarGz(path, options) {
    // Node's gunzip first: it is fast whatever the number of gzip members, and where it succeeds
    // Python reads the same bytes. It fails the whole stream on bytes after the last member that
    // Python never reads, so then the file is read again as Python reads it (gzip-members.ts), at
    // a cost per member that only a file already refused by gunzip can run up.
    // Node's gunzip also stops quietly at zero bytes after a member, where Python skips them and
    // reads on: a tar that runs out of data before its end-of-archive block is read again too.
    // And gunzip's answer stands only if it inflates the rest of the file without an error: Python
    // inflates a little past the tar's end (see python-reads.ts), and whether it gets as far as an
    // error there is decided by the second reading, which makes Python's reads.
    const quick = { inflateFailed: false, ranOut: false };
    const scan = await walkTar(path, options, gunzipAll(path), quick);
    if (!quick.inflateFailed && !quick.ranOut)
        return scan;
    const gzip = await GzipReader.open(path);
    try {
        const reads = new PythonReads(gzip);
        return await walkTar(path, options, reads.data(), { inflateFailed: false, ranOut: false }, reads);
    }
    finally {
        await gzip.close();
    }
}
/** Every gzip member of the file, inflated by Node's gunzip. */
async function* gunzipAll(path) {
    const gunzip = createGunzip();
    const source = createReadStream(path);
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    try {
        yield* gunzip;
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
/**
 * Reads the tar from `inflate`. With `reads` (the second, Python-like reading), `inflate` is what
 * tarfile's reads bring, and it tells them each read as soon as it knows it; without, it inflates
 * the rest of the file after the end-of-archive block, and any failure there marks the walk
 * `inflateFailed` for the second reading to judge.
 */
async function walkTar(path, options, inflate, seen, reads) {
    const { limits } = options;
    const maxCaptured = options.maxCaptured ?? 16;
    const compressed = (await stat(path)).size;
    const names = [];
    const captured = new Map();
    const oversized = [];
    const sparse = [];
    const skipped = new Map();
    const result = (failure) => ({ names, captured, oversized, sparse, skipped, ...(failure ? { failure } : {}) });
    /** A GNU sparse header's extension blocks still to skip before its data. */
    let sparseExtension = false;
    /** The pax header before this member declared it sparse. */
    let paxSparse = false;
    const header = Buffer.alloc(BLOCK);
    let headerFill = 0;
    let dataLeft = 0; // bytes of the current member's data still to come
    let padLeft = 0; // padding after it, up to the block boundary
    let current;
    let paxPath;
    /** A global ('g') pax header's path, which tarfile gives every member after it that no other header names. */
    let globalPath;
    let longName;
    let paxSize;
    /** A global pax header's size: tarfile takes it for a member only through a member's own pax header (its records start as a copy of the global ones). */
    let globalSize;
    /** A pax header ('x') came since the last member: the member's data ends where that header's size (or the global one) says. */
    let paxSeen = false;
    /** Which of a pax header and a GNU long name came first since the last member: tarfile lets the first one name it. */
    let firstNamer;
    let inflated = 0;
    let headersSeen = 0;
    let ended = false;
    /** Where the end-of-archive block ends in the inflated data. */
    let endAt = 0;
    /**
     * What the last header was when it was a pax or GNU extended header: tarfile reads the header it
     * describes at once, and any header error there (even an end-of-archive block) is its
     * SubsequentHeaderError, a ReadError, where after a plain member it would only stop reading.
     */
    let afterMeta;
    /** A failure in Python's words: ReadError text, then where. */
    const streamFailure = (python, where) => ({ kind: 'corrupt', reason: `${python} (${where})`, stream: true });
    const finishMember = () => {
        if (!current)
            return undefined;
        if (current.special) {
            const data = Buffer.concat(current.special);
            const records = current.type === 'L' || current.type === 'K' ? undefined : paxRecords(data);
            if (records === null) {
                current = undefined;
                return badPaxRecords();
            }
            // tarfile reads a size record as int(), and one it cannot read as 0.
            const size = records?.get('size');
            const sizeRecord = size === undefined ? undefined : Math.max(0, paxNumber(size) ?? 0);
            if (records && current.type === 'g') {
                globalPath = records.get('path') ?? globalPath;
                globalSize = sizeRecord ?? globalSize;
            }
            else if (records) {
                paxSeen = true;
                firstNamer ??= 'pax';
                paxPath = records.get('path') ?? paxPath;
                if ([...records.keys()].some((key) => key.startsWith('GNU.sparse.')))
                    paxSparse = true;
                paxSize = sizeRecord ?? paxSize;
            }
            else if (current.type === 'L') {
                const nul = data.indexOf(0);
                longName = pythonText(nul === -1 ? data : data.subarray(0, nul));
                firstNamer ??= 'long';
            }
        }
        if (current.keep)
            captured.set(current.name, Buffer.concat(current.keep));
        current = undefined;
        return undefined;
    };
    /** Python 3.13's tarfile checks every pax record's framing: a bad one is an invalid header, which stops the reading (or, first, is no tar). */
    const badPaxRecords = () => headersSeen === 1
        ? { kind: 'not-tar', reason: 'the first header is a pax header with a malformed record' }
        : { kind: 'corrupt', reason: `header ${headersSeen} is a pax header with a malformed record (tarfile stops reading there)` };
    const onHeader = () => {
        if (header.every((b) => b === 0)) {
            if (afterMeta)
                return streamFailure('end of file header', `an end-of-archive block right after a ${afterMeta}`);
            ended = true; // end-of-archive marker; what follows is padding
            return undefined;
        }
        const parsed = parseHeader(header);
        if (parsed.invalid) {
            const what = parsed.invalid === 'bad checksum' ? 'has a bad checksum' : 'has a field tarfile cannot read as a number';
            if (headersSeen === 0)
                return { kind: 'not-tar', reason: `the first header block ${what}` };
            if (afterMeta)
                return streamFailure(parsed.invalid, `header ${headersSeen + 1}, right after a ${afterMeta}`);
            return { kind: 'corrupt', reason: `header ${headersSeen + 1} ${what}` };
        }
        headersSeen++;
        const type = parsed.type;
        // 'X' is Solaris's pax extended header, which tarfile reads as 'x'.
        const isMeta = type === 'x' || type === 'X' || type === 'g' || type === 'L' || type === 'K';
        const size = !isMeta && paxSeen ? paxSize ?? globalSize ?? parsed.size : parsed.size;
        if (!isMeta)
            paxSize = undefined;
        afterMeta = isMeta ? (type === 'L' || type === 'K' ? 'GNU long name header' : 'pax header') : undefined;
        // Like tarfile: links, directories and devices carry no data whatever their size field says.
        dataLeft = '123456'.includes(type) || parsed.directory ? 0 : size;
        padLeft = (BLOCK - (dataLeft % BLOCK)) % BLOCK;
        if (type === 'x' || type === 'X' || type === 'g' || type === 'L') {
            current = { name: '', type, keep: undefined, special: size <= limits.maxMemberSize ? [] : undefined };
        }
        else if (type === 'K') {
            current = { name: '', type, keep: undefined, special: undefined };
        }
        else {
            // tarfile names a member by its header, then by the global pax path, then by the headers
            // before it from the nearest to the first: each extended header reads the header after it and
            // renames what that returns. A pax header gives its own path, or the global one its records
            // copied (its trailing "/" always dropped); a GNU long name drops one trailing "/" from a directory's.
            const path = paxPath ?? globalPath;
            const long = longName !== undefined && !(firstNamer === 'pax' && path !== undefined);
            const name = long ? (parsed.directory ? longName.replace(/\/$/, '') : longName) : path !== undefined ? path.replace(/\/+$/, '') : parsed.name;
            longName = undefined;
            paxPath = undefined;
            paxSeen = false;
            firstNamer = undefined;
            names.push(name);
            if (type === 'S' || paxSparse)
                sparse.push(name);
            paxSparse = false;
            let keep;
            const isFile = (type === '0' || type === '7') && !parsed.directory;
            if (options.capture(name)) {
                if (!isFile)
                    skipped.set(name, `it is not a regular file (tar member type ${JSON.stringify(type)}: ${TYPE_NAMES[type] ?? 'unknown'})`);
                else if (captured.size >= maxCaptured)
                    skipped.set(name, `the archive names more than ${maxCaptured} members like it before it`);
                else if (size <= limits.maxMemberSize)
                    keep = [];
                else
                    oversized.push(name);
            }
            current = { name, type, keep, special: undefined };
        }
        if (type === 'S' && header[482] !== 0) {
            // An old GNU sparse header continues in extension blocks before its data.
            sparseExtension = true;
            sparseData = { dataLeft, padLeft };
            dataLeft = 0;
            padLeft = 0;
        }
        if (dataLeft === 0)
            return finishMember();
        return undefined;
    };
    let sparseData = { dataLeft: 0, padLeft: 0 };
    const bomb = () => inflated > limits.ratioCheckMinSize && inflated > compressed * limits.maxCompressionRatio;
    const pull = async () => {
        const next = await inflate.next();
        if (next.done) {
            // The reads told cover every byte the walk needs, unless the file has no more.
            if (reads && !ended && !reads.exhausted)
                throw new Error('the tar reader wants bytes no read of tarfile asked for');
            return undefined;
        }
        inflated += next.value.length;
        return next.value;
    };
    /** Walks on through `chunk`, the next inflated bytes: a failure stops the walk; so does the end-of-archive block (`ended`). */
    const consume = (chunk) => {
        let offset = 0;
        while (offset < chunk.length && !ended) {
            if (dataLeft > 0) {
                const n = Math.min(dataLeft, chunk.length - offset);
                const piece = chunk.subarray(offset, offset + n);
                current?.keep?.push(Buffer.from(piece));
                current?.special?.push(Buffer.from(piece));
                dataLeft -= n;
                offset += n;
                if (dataLeft === 0) {
                    const failure = finishMember();
                    if (failure)
                        return failure;
                }
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
            if (headerFill < BLOCK)
                continue;
            headerFill = 0;
            /** Where the block just read ends in the inflated data. */
            const at = inflated - chunk.length + offset;
            // tarfile's next reads, told before the walk needs their bytes: next() (a seek and a read of
            // 1 byte where the member has data, then the header); an extended header's data, and at once
            // the header it describes; a sparse header's extension blocks, one after another.
            if (sparseExtension) {
                sparseExtension = header[504] !== 0;
                if (sparseExtension)
                    reads?.read(BLOCK);
                else {
                    ({ dataLeft, padLeft } = sparseData);
                    reads?.header(at + dataLeft + padLeft, false);
                }
                continue;
            }
            const failure = onHeader();
            if (failure)
                return failure;
            if (ended)
                endAt = at;
            else if (afterMeta) {
                reads?.read(dataLeft + padLeft);
                reads?.header(at + dataLeft + padLeft, true);
            }
            else if (sparseExtension)
                reads?.read(BLOCK);
            else
                reads?.header(at + dataLeft + padLeft, false);
        }
        return undefined;
    };
    try {
        // tarfile's first next(): the first header, at the start.
        reads?.header(0, false);
        for (let chunk = await pull(); chunk !== undefined; chunk = ended ? undefined : await pull()) {
            if (bomb())
                return result({ kind: 'bomb', inflated, compressed });
            const failure = consume(chunk);
            if (failure)
                return result(failure);
        }
        if (ended && !reads)
            await drain();
        // The reads that brought the end-of-archive block, made to their end (as Python makes them).
        if (ended && reads)
            while (await pull())
                ;
    }
    catch (error) {
        seen.inflateFailed = true;
        const reason = error instanceof Error ? error.message : String(error);
        const before = inflated;
        if (reads && error instanceof ZlibError) {
            // Python's read fails whole, but where what zlib wrote before the error holds the tar's end,
            // the error lies after it: say how far.
            inflated += error.partial.length;
            if (!ended)
                consume(error.partial);
            if (ended)
                return result(streamFailure(reason, `the compressed data breaks off ${inflated - endAt} bytes after the tar's end-of-archive block, within what Python inflates`));
        }
        if ((error instanceof GzipError && error.notGzip) || before === 0)
            return result({ kind: 'not-gzip', reason });
        return result({ kind: 'corrupt', reason, stream: true });
    }
    finally {
        await inflate.return();
    }
    seen.ranOut = !ended;
    return ended ? result() : ranOut();
    /** Node's gunzip on to the end of the file: a failure there (or a bomb, which Python may never read) is for the second reading. */
    async function drain() {
        try {
            while (await pull()) {
                if (bomb()) {
                    seen.inflateFailed = true;
                    return;
                }
            }
        }
        catch {
            seen.inflateFailed = true;
        }
    }
    /**
     * Where the tar data ran out before its end-of-archive block, what tarfile makes of it: a member's
     * data or block padding cut short is "unexpected end of data" (next() seeks to the byte before
     * the next header and finds none); a header cut short or missing only stops the reading, as a
     * damaged one does, unless it is the first or follows an extended header.
     */
    function ranOut() {
        if (dataLeft > 0 || padLeft > 0 || sparseExtension) {
            // An extended header's own data cut short: tarfile reads what there is, then finds no header.
            if (afterMeta) {
                // tarfile parses the records it got before it looks for the header they describe.
                const partial = current?.special && current.type !== 'L' && current.type !== 'K' ? paxRecords(Buffer.concat(current.special)) : undefined;
                if (partial === null)
                    return result(badPaxRecords());
                return result(streamFailure('empty header', `the archive is truncated inside the data of a ${afterMeta}`));
            }
            return result(streamFailure('unexpected end of data', `the archive is truncated inside the data or block padding of ${names.at(-1) ?? 'a member'}`));
        }
        if (headersSeen === 0)
            return result({ kind: 'not-tar', reason: headerFill > 0 ? 'truncated header' : 'no tar header found' });
        if (afterMeta)
            return result(streamFailure(headerFill > 0 ? 'truncated header' : 'empty header', `the archive is truncated right after a ${afterMeta}`));
        if (headerFill > 0)
            return result({ kind: 'corrupt', reason: `header ${headersSeen + 1} is cut short: the archive ends ${headerFill} bytes into it` });
        return result();
    }
}
/**
 * pax extended header records, "<length> <key>=<value>\n", up to a NUL or the end; null where
 * one is malformed, as Python 3.13's tarfile checks them (1 to 20 digits and a space, a length of
 * at least 5 that stays inside the data, a non-empty key, "=", a closing newline).
 */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length && data[offset] !== 0) {
        const prefix = /^([0-9]{1,20}) /.exec(data.toString('latin1', offset, offset + 21));
        if (!prefix)
            return null;
        const length = Number(prefix[1]);
        if (length < 5 || offset + length > data.length || data[offset + length - 1] !== 0x0a)
            return null;
        const record = data.subarray(offset + prefix[0].length, offset + length - 1);
        const eq = record.indexOf(0x3d);
        if (eq <= 0)
            return null;
        records.set(record.toString('utf8', 0, eq), pythonText(record.subarray(eq + 1)));
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
    /** Why a member asked for was not read (tar only). */
    let skipped = new Map();
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
        skipped = scan.skipped;
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
                        message: `The ${failure.stream ? 'compressed stream or the tar data' : 'tar archive'} is damaged: ${failure.reason}`,
                        fix: 'The file is corrupt (an interrupted download or copy?); rebuild or download it again.',
                        // Python's tarfile raises on a broken zlib stream or a truncated archive (warehouse #20415);
                        // a damaged header further in only makes it stop reading early.
                        ...(failure.stream ? { pypiMessage: 'Invalid distribution file.' } : {}),
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
        if (scan.sparse.length > 0) {
            problems.push({
                rule: 'sdist-sparse-member',
                message: `${scan.sparse.length === 1 ? 'A member is' : `${scan.sparse.length} members are`} stored as GNU sparse files: ${scan.sparse.slice(0, 5).join(', ')}`,
                fix: 'Build the sdist with python -m build (it writes plain members); GNU tar --sparse (-S) or a pax archive of sparse files makes sparse members.',
                members: scan.sparse,
                pypiMessage: 'Invalid distribution file. tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information',
            });
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
            // A PKG-INFO that is there but not at <prefix>/PKG-INFO: the prefix is not a directory
            // (a lone member is its own common prefix), and "PKG-INFO is missing" would mislead.
            const misplaced = members.find((name) => PKG_INFO_CANDIDATE.test(name));
            problems.push({
                rule: 'sdist-missing-pkg-info',
                message: misplaced === undefined
                    ? `PKG-INFO is missing: there is no ${pkgInfoPath}`
                    : `${misplaced} is not where PyPI looks for PKG-INFO: it takes the common prefix of all member names, ${JSON.stringify(topLevel)}${members.length === 1 ? ' (the only member)' : ''}, as the top-level directory and looks for ${pkgInfoPath}`,
                fix: misplaced === undefined
                    ? 'Build the sdist with python -m build (or setup.py sdist), which writes PKG-INFO; a hand-made archive of the source tree is not an sdist.'
                    : 'Build the sdist with python -m build (or setup.py sdist): it puts the top-level directory entry and the source files beside PKG-INFO, so the common prefix is the directory.',
                pypiMessage: `Invalid distribution file. PKG-INFO not found at ${pkgInfoPath}`,
            });
        }
        else if (!scanOversized(problems, pkgInfoPath)) {
            // Its metadata is what every check below reads: a PKG-INFO that cannot be read is not checked, so it is refused.
            problems.push({
                rule: 'sdist-pkg-info-unreadable',
                message: `${pkgInfoPath} could not be read: ${skipped.get(pkgInfoPath) ?? 'it was not captured'}`,
                fix: 'Build the sdist with python -m build (or setup.py sdist): PKG-INFO is a plain file there, and the only file of that name.',
            });
        }
        return { members, topLevel, pkgInfoPath, readable: true, problems };
    }
    return { members, topLevel, pkgInfoPath, pkgInfo: new TextDecoder('utf-8').decode(bytes), readable: true, problems };
}
/** Whether a problem already says this member is too large to read. */
function scanOversized(problems, name) {
    return problems.some((p) => p.rule === 'zip-member-too-large' && (p.members?.includes(name) ?? false));
}
/**
 * Python's os.path.commonprefix: character by character, not by path segment, and by code point
 * as Python orders and compares str. JavaScript's < compares UTF-16 code units, which puts
 * U+10000 and above before U+E000–U+FFFF and could end a prefix inside a surrogate pair.
 */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let min = names[0];
    let max = names[0];
    for (const name of names) {
        if (compareCodePoints(name, min) < 0)
            min = name;
        if (compareCodePoints(name, max) > 0)
            max = name;
    }
    let i = 0;
    while (i < min.length) {
        const c = min.codePointAt(i);
        if (c !== max.codePointAt(i))
            break;
        i += c > 0xffff ? 2 : 1;
    }
    return min.slice(0, i);
}
/** Python's str comparison: by code point, a lone surrogate being one of them. */
function compareCodePoints(a, b) {
    for (let i = 0; i < a.length && i < b.length;) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(i);
        if (x !== y)
            return x - y;
        i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/log.js
var log = __webpack_require__(7309);
// EXTERNAL MODULE: ./lib/process/index.js + 5 modules
var lib_process = __webpack_require__(7239);
// EXTERNAL MODULE: ./lib/python/scripts/index.js
var scripts = __webpack_require__(2633);
;// CONCATENATED MODULE: ./lib/python/render-description.js
/** The glue to scripts/render_description.py: one run of it over a batch of descriptions. */



const MARK = '__PYRELEASE_RENDER__';
/** render_description.py's source. */
function renderScript() {
    return pythonScript('render_description');
}
/**
 * Runs the script on `python` in isolated mode (-I: no PYTHON* variables, no
 * user site, nothing from the working directory), `path` first on sys.path.
 */
async function render_description_runRenderScript(python, texts, opts = {}) {
    const args = ['-I', '-c', renderScript(), ...(opts.path !== undefined ? ['--path', opts.path] : [])];
    (opts.log ?? silentLogger).debug(`$ ${formatCommand(python, args)}`);
    let r;
    try {
        r = await runProcess(python, args, { input: JSON.stringify(texts), timeoutMs: opts.timeoutMs ?? 120_000, env: pythonEnvironment() });
    }
    catch (error) {
        if (error instanceof ProcessStartError)
            return { kind: 'failed', error: error.message };
        throw error;
    }
    const out = markedJson(r.stdout, MARK);
    if (out?.missing)
        return { kind: 'missing', error: out.error ?? `no ${out.missing}` };
    if (r.timedOut) {
        return { kind: 'failed', error: `rendering did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped (docutils takes that long only on a very long or intricate text)` };
    }
    if (r.code !== 0 || !out?.results || out.results.length !== texts.length) {
        return { kind: 'failed', error: `exit ${r.code}: ${tail(r.stderr || r.stdout, 5)}` };
    }
    return { kind: 'rendered', renderer: out.renderer ?? {}, results: out.results };
}

;// CONCATENATED MODULE: ./lib/python/rst-renderer.js
/**
 * Where reStructuredText gets rendered: a Python 3 on the machine whose own
 * docutils (or readme_renderer) can be imported, or else docutils installed
 * with pip into a private directory (pinned, `--target`, `python -I`) and put
 * first on sys.path of that one run. Nothing is installed into an interpreter
 * or an environment. Decided once per process, with a small probe text, so
 * that a description that takes docutils too long is a verdict on that text,
 * not a reason to try every interpreter; when no way works, every call says
 * why, so the caller can warn about each description it could not check.
 */







/** The docutils PyPI's readme_renderer runs on (readme_renderer 44 needs >= 0.21.2); pure Python, Python 3.9+. */
const DOCUTILS_PIN = 'docutils==0.22.4';
/** What a candidate must render to be chosen: docutils imports and works. */
const PROBE = (/* unused pure expression or super */ null && (['Probe\n=====\n\nA *probe* of the renderer.\n']));
const PROBE_TIMEOUT_MS = 60_000;
function createRstRenderer(opts = {}) {
    const log = opts.log ?? silentLogger;
    let choosing;
    return {
        async render(texts) {
            choosing ??= choose(opts, log);
            const choice = await choosing;
            if ('reason' in choice)
                return { available: false, reason: choice.reason };
            if (texts.length === 0)
                return { available: true, renderer: choice.renderer, results: [] };
            const r = await runRenderScript(choice.python, texts, { path: choice.path, log, ...(opts.renderTimeoutMs ? { timeoutMs: opts.renderTimeoutMs } : {}) });
            if (r.kind !== 'rendered')
                return { available: false, reason: `${choice.renderer} failed: ${r.error}` };
            return { available: true, renderer: choice.renderer, results: r.results };
        },
    };
}
let shared;
/** The process's renderer: the choice (and any install) happens once, on first use. */
function rst_renderer_defaultRstRenderer() {
    shared ??= createRstRenderer();
    return shared;
}
async function choose(opts, log) {
    const candidates = opts.candidates ?? defaultCandidates();
    const none = (reason) => ({ reason });
    if (candidates.length === 0)
        return none('there is no python3 or python on PATH');
    const tried = [];
    const describe = (python, info, path) => `${python} (Python ${info.python}, ${info.readme_renderer ? `readme_renderer ${info.readme_renderer}, ` : ''}docutils ${info.docutils}${path ? ` from ${path}` : ''})`;
    const installDir = join(opts.installRoot ?? process.env.RUNNER_TOOL_CACHE ?? tmpdir(), 'pyrelease', DOCUTILS_PIN.replace('==', '-'));
    const installed = existsSync(join(installDir, '.complete'));
    for (const python of candidates) {
        for (const path of installed ? [undefined, installDir] : [undefined]) {
            const probe = await runRenderScript(python, PROBE, { path, log, timeoutMs: PROBE_TIMEOUT_MS });
            if (probe.kind === 'rendered') {
                const renderer = describe(python, probe.renderer, path);
                log.debug(`Descriptions are rendered with ${renderer}`);
                return { python, ...(path ? { path } : {}), renderer };
            }
            tried.push(`${python}${path ? ` with ${path}` : ''}: ${probe.error}`);
        }
    }
    if (opts.install === false)
        return none(`no interpreter could import docutils (${tried.join('; ')})`);
    for (const python of candidates) {
        const failure = await installDocutils(python, installDir, log);
        if (failure) {
            tried.push(`pip install ${DOCUTILS_PIN} with ${python}: ${failure}`);
            continue;
        }
        const probe = await runRenderScript(python, PROBE, { path: installDir, log, timeoutMs: PROBE_TIMEOUT_MS });
        if (probe.kind === 'rendered') {
            const renderer = describe(python, probe.renderer, installDir);
            log.info(`Installed ${DOCUTILS_PIN} into ${installDir} to render descriptions as PyPI does`);
            return { python, path: installDir, renderer };
        }
        tried.push(`${python} with ${installDir}: ${probe.error}`);
    }
    return none(`no Python 3 here can import docutils, and installing ${DOCUTILS_PIN} failed (${tried.join('; ')})`);
}
/**
 * `python -I -m pip install --target` into a fresh directory, moved into place
 * once complete, so a half-done install is never used. The runner's own pip
 * configuration (index, mirror, certificates) applies: that is where it installs from.
 */
async function installDocutils(python, installDir, log) {
    const staging = `${installDir}.partial-${process.pid}-${Date.now()}`;
    const args = ['-I', '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary', ':all:', '--no-compile', '--target', staging, DOCUTILS_PIN];
    log.debug(`$ ${formatCommand(python, args)}`);
    const env = pythonEnvironment();
    delete env.PIP_CONFIG_FILE;
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && /^PIP_(INDEX_URL|EXTRA_INDEX_URL|FIND_LINKS|TRUSTED_HOST|CERT|CLIENT_CERT|PROXY|TIMEOUT|DEFAULT_TIMEOUT|RETRIES)$/.test(key))
            env[key] = value;
    }
    try {
        await mkdir(join(installDir, '..'), { recursive: true });
        const r = await runProcess(python, args, { env, timeoutMs: 300_000 });
        if (r.code !== 0)
            return `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${tail(r.stderr || r.stdout, 3)}`;
        await writeFile(join(staging, '.complete'), `${DOCUTILS_PIN}\n`);
        await rm(installDir, { recursive: true, force: true });
        await rename(staging, installDir);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    finally {
        await rm(staging, { recursive: true, force: true });
    }
}
/** python3 and python as PATH finds them, then the system's /usr/bin/python3. */
function defaultCandidates() {
    const names = process.platform === 'win32' ? ['python.exe', 'python3.exe'] : ['python3', 'python'];
    const found = [];
    for (const name of names) {
        for (const dir of (process.env.PATH ?? '').split(delimiter)) {
            if (!dir)
                continue;
            const candidate = join(dir, name);
            if (isFile(candidate)) {
                found.push(candidate);
                break;
            }
        }
    }
    if (process.platform !== 'win32' && isFile('/usr/bin/python3'))
        found.push('/usr/bin/python3');
    return [...new Set(found)];
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var _renovatebot_pep440 = __webpack_require__(8898);
;// CONCATENATED MODULE: ./lib/distributions/classifiers.js
/**
 * The classifier refusals that hold for good. warehouse refuses any classifier
 * not in trove-classifiers' current list, and one that list has deprecated. The
 * list grows every few months (new Python versions, licenses, frameworks), so a
 * copy here would refuse tomorrow's valid classifiers: the preflight refuses only
 * what can never become valid.
 * - "Private ::" classifiers, which trove-classifiers reserves so that a project
 *   marked with one can never be uploaded by mistake.
 * - Deprecated classifiers, since a deprecation is never undone. These are the
 *   ones trove-classifiers 2023.4.18 deprecates, with their replacements.
 */

const DEPRECATED = new Map([
    ['Natural Language :: Ukranian', ['Natural Language :: Ukrainian']],
    ['Topic :: Communications :: Chat :: AOL Instant Messenger', []],
]);
/** warehouse's refusal of a classifier, in its words; undefined for one this module cannot judge. */
function classifiers_classifierRefusal(classifier) {
    // trove-classifiers keeps no "Private" classifier, so warehouse finds it missing from the list.
    if (/^Private\s*::/.test(classifier))
        return `${pythonRepr(classifier)} is not a valid classifier.`;
    const replacements = DEPRECATED.get(classifier);
    if (replacements === undefined)
        return undefined;
    return replacements.length > 0
        ? `The classifier ${pythonRepr(classifier)} has been deprecated, use one of [${replacements.map(pythonRepr).join(', ')}] instead.`
        : `The classifier ${pythonRepr(classifier)} has been deprecated.`;
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./lib/distributions/metadata-url.js
/**
 * Whether warehouse takes a Home-page, Download-URL or Project-URL value:
 * its `http.is_valid_uri(url, require_authority=False)`, which normalizes the
 * value with rfc3986 and then requires an http or https scheme, no '[' or ']'
 * in the path or query, and a port of at most 65535. The rest of rfc3986's
 * checks cannot fail there: normalizing percent-encodes every other character
 * of the path and query that its patterns refuse, and an authority rfc3986
 * cannot split is dropped before the host is looked at. The verdicts are
 * compared with rfc3986 itself in test/unit/distributions/metadata-url.test.ts.
 */

// rfc3986's URL_PARSING_RE (anchored at the start only, as re.match is), with its stricter scheme.
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;
const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMITERS = "!$&'()*+,;=";
const PCT_ENCODED = '%[A-Fa-f0-9]{2}';
const REG_NAME = `(?:${PCT_ENCODED}|[${SUB_DELIMITERS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
// An IP literal is taken loosely here: a bracketed host never decides a verdict except through
// its port, and a literal rfc3986 would not parse drops the port with it (see ipLiteralParses).
const IP_LITERAL = '\\[[^\\[\\]]*\\]';
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMITERS}:]|${PCT_ENCODED})+`;
// rfc3986's SUBAUTHORITY_MATCHER: note the optional colon before the port.
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);
const IPV_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMITERS}:]+$`);
function ipLiteralParses(host) {
    const inner = host.slice(1, -1);
    if (IPV_FUTURE.test(inner))
        return true;
    // rfc3986 takes an RFC 4007 or RFC 6874 zone after the address, from the first '%' on.
    const cut = inner.indexOf('%');
    const address = cut === -1 ? inner : inner.slice(0, cut);
    const zone = cut === -1 ? '' : inner.slice(cut);
    return (zone === '' || /^(?:%25|%)(?:[A-Za-z0-9._~-]|%[A-Fa-f0-9]{2})+$/.test(zone)) && isIPv6(address);
}
/** warehouse's verdict on a URL field of the metadata (see the module comment). */
function metadata_url_isValidMetadataUrl(url) {
    const [, scheme, authority, path = '', query = ''] = URI.exec(url) ?? [];
    if (scheme === undefined || !['http', 'https'].includes(scheme.toLowerCase()))
        return false;
    // Normalizing leaves '[' and ']' as they are, and rfc3986's path and query patterns refuse them.
    if (/[[\]]/.test(path) || /[[\]]/.test(query))
        return false;
    if (authority === undefined)
        return true;
    const parts = SUBAUTHORITY.exec(authority);
    if (!parts)
        return true;
    const [, , host = '', port] = parts;
    if (host.startsWith('[') && !ipLiteralParses(host))
        return true;
    return port === undefined || Number(port) <= 65535;
}

;// CONCATENATED MODULE: ./lib/distributions/requirement.js
/**
 * Whether a dependency specifier (PEP 508, a Requires-Dist value) parses as
 * `packaging.requirements.Requirement` parses it, which warehouse runs on every
 * upload. A port of packaging's tokenizer and recursive-descent parser
 * (`packaging/_tokenizer.py`, `_parser.py`, 22 and later): the same tokens,
 * tried at the same positions, in the same order, so that a value is refused
 * here exactly when PyPI would refuse it. test/unit/distributions/requirement
 * checks it against packaging itself.
 */
const SPECIFIER_SOURCE = String.raw `(?:===\s*[^\s;)]*)|(?:(?:==|!=)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:\.\*|(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)|(?:(?:<=|>=|<|>)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)`;
/** packaging's DEFAULT_RULES, as sticky expressions matched at a position. */
const RULES = {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
    OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
    BOOLOP: /\b(?:or|and)\b/y,
    IN: /\bin\b/y,
    NOT: /\bnot\b/y,
    VARIABLE: /\b(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b/y,
    SPECIFIER: new RegExp(SPECIFIER_SOURCE, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: /\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b/y,
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y,
    END: /$/y,
};
class SyntaxFailure extends (/* unused pure expression or super */ null && (Error)) {
}
class Tokenizer {
    source;
    position = 0;
    constructor(source) {
        this.source = source;
    }
    /** The text of `rule` at the position, or undefined. */
    match(rule) {
        const re = RULES[rule];
        re.lastIndex = this.position;
        return re.exec(this.source)?.[0];
    }
    check(rule) {
        return this.match(rule) !== undefined;
    }
    /** Reads `rule` when it is next. */
    consume(rule) {
        const text = this.match(rule);
        if (text === undefined)
            return false;
        this.position += text.length;
        return true;
    }
    expect(rule, expected) {
        const text = this.match(rule);
        if (text === undefined)
            throw new SyntaxFailure(`Expected ${expected} at position ${this.position}`);
        this.position += text.length;
        return text;
    }
    fail(message) {
        throw new SyntaxFailure(`${message} at position ${this.position}`);
    }
    /** `open` body `close`, or the body alone when `open` is not next. */
    enclosed(open, close, around, body) {
        const opened = this.consume(open);
        body();
        if (opened && !this.consume(close))
            this.fail(`Expected matching ${close} for ${open}, after ${around}`);
    }
}
function extras(t) {
    if (!t.check('LEFT_BRACKET'))
        return;
    t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
        t.consume('WS');
        if (t.consume('IDENTIFIER')) {
            for (;;) {
                t.consume('WS');
                if (t.check('IDENTIFIER'))
                    t.fail('Expected comma between extra names');
                if (!t.consume('COMMA'))
                    break;
                t.consume('WS');
                t.expect('IDENTIFIER', 'extra name after comma');
            }
        }
        t.consume('WS');
    });
}
/** Whether any specifier was read. */
function versionMany(t) {
    let any = false;
    for (;;) {
        if (!t.consume('SPECIFIER'))
            break;
        any = true;
        if (t.check('VERSION_PREFIX_TRAIL'))
            t.fail('.* suffix can only be used with `==` or `!=` operators');
        if (t.check('VERSION_LOCAL_LABEL_TRAIL'))
            t.fail('Local version label can only be used with `==` or `!=` operators');
        t.consume('WS');
        if (!t.consume('COMMA'))
            break;
        t.consume('WS');
    }
    return any;
}
function markerVar(t) {
    if (t.consume('VARIABLE'))
        return;
    if (t.consume('QUOTED_STRING'))
        return;
    t.fail('Expected a marker variable or quoted string');
}
function markerOp(t) {
    if (t.consume('IN'))
        return;
    if (t.consume('NOT')) {
        t.expect('WS', "whitespace after 'not'");
        t.expect('IN', "'in' after 'not'");
        return;
    }
    if (t.consume('OP'))
        return;
    t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}
function markerAtom(t) {
    t.consume('WS');
    if (t.check('LEFT_PARENTHESIS')) {
        t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
            t.consume('WS');
            marker(t);
            t.consume('WS');
        });
    }
    else {
        t.consume('WS');
        markerVar(t);
        t.consume('WS');
        markerOp(t);
        t.consume('WS');
        markerVar(t);
        t.consume('WS');
    }
    t.consume('WS');
}
function marker(t) {
    markerAtom(t);
    while (t.consume('BOOLOP'))
        markerAtom(t);
}
function requirementMarker(t, expected) {
    if (!t.consume('SEMICOLON'))
        t.fail(`Expected ${expected} or end`);
    marker(t);
    t.consume('WS');
}
/**
 * `problem`: why `text` is not a dependency specifier packaging accepts (absent when it is one);
 * `direct`: it is a direct reference (`name @ url`), which PyPI refuses as a dependency.
 */
function requirement_checkRequirement(text) {
    const t = new Tokenizer(text);
    let url = false;
    try {
        t.consume('WS');
        t.expect('IDENTIFIER', 'package name at the start of dependency specifier');
        t.consume('WS');
        extras(t);
        t.consume('WS');
        if (t.consume('AT')) {
            url = true;
            t.consume('WS');
            t.expect('URL', 'URL after @');
            if (!t.check('END')) {
                t.expect('WS', 'whitespace after URL');
                if (!t.check('END'))
                    requirementMarker(t, 'semicolon (after URL and whitespace)');
            }
        }
        else {
            let specifier = false;
            t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
                t.consume('WS');
                specifier = versionMany(t);
                t.consume('WS');
            });
            t.consume('WS');
            if (!t.check('END')) {
                requirementMarker(t, specifier ? 'comma (within version specifier), semicolon (after version specifier)' : 'semicolon (after name with no version specifier)');
            }
        }
        t.expect('END', 'end of dependency specifier');
        return { direct: url };
    }
    catch (err) {
        if (err instanceof SyntaxFailure)
            return { problem: err.message };
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/spdx-license-ids/index.json
var spdx_license_ids = __webpack_require__(5204);
// EXTERNAL MODULE: ./node_modules/spdx-license-ids/deprecated.json
var deprecated = __webpack_require__(3389);
// EXTERNAL MODULE: ./node_modules/spdx-exceptions/index.json
var spdx_exceptions = __webpack_require__(3988);
;// CONCATENATED MODULE: ./lib/distributions/spdx.js
/**
 * PEP 639 `License-Expression`, checked and normalized the way
 * `packaging.licenses.canonicalize_license_expression` does it (warehouse
 * refuses what it refuses): identifiers and operators case-insensitive,
 * `LicenseRef-…` allowed, a trailing `+`, `WITH` an exception. The SPDX lists
 * come from spdx-license-ids and spdx-exceptions.
 */




const LICENSE_IDS = [...spdx_license_ids, ...deprecated];
/**
 * Exceptions on SPDX's list (and packaging's) that spdx-exceptions 2.5.0, the
 * newest release, does not carry yet: refusing them would refuse what PyPI takes.
 */
const NEWER_EXCEPTIONS = [
    'Asterisk-linking-protocols-exception', 'CGAL-linking-exception', 'Digia-Qt-LGPL-exception-1.1',
    'GPL-3.0-389-ds-base-exception', 'Independent-modules-exception', 'Nokia-Qt-exception-1.1', 'PCRE2-exception',
    'RRDtool-FLOSS-exception-2.0', 'erlang-otp-linking-exception', 'harbour-exception', 'mxml-exception',
    'polyparse-exception', 'romic-exception',
];
const EXCEPTION_IDS = [...spdx_exceptions, ...NEWER_EXCEPTIONS];
const LICENSES = new Map(LICENSE_IDS.map((id) => [id.toLowerCase(), id]));
const EXCEPTIONS = new Map(EXCEPTION_IDS.map((id) => [id.toLowerCase(), id]));
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
/** packaging's canonicalize_license_expression: the normal form, or why it is refused (its words). */
function spdx_canonicalizeLicenseExpression(raw) {
    const invalid = { ok: false, reason: `Invalid license expression: ${pythonRepr(raw)}` };
    if (!raw)
        return invalid;
    const padded = raw.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ');
    // Python's str.split(): runs of whitespace.
    const original = padded.split(/\s+/).filter((t) => t !== '');
    const refs = new Map(original.filter((t) => t.toLowerCase().startsWith('licenseref-')).map((t) => [t.toLowerCase(), `LicenseRef-${t.slice('LicenseRef-'.length)}`]));
    const tokens = original.map((t) => t.toLowerCase());
    // packaging checks the grammar by turning the expression into Python booleans; this is that grammar.
    const shape = [];
    for (const token of tokens) {
        if (!OPERATORS.has(token))
            shape.push('x');
        else if (token === 'with')
            shape.push('or');
        else if ((token === '(' && shape.length > 0 && !['or', 'and', '('].includes(shape[shape.length - 1]))
            || (token === ')' && shape.length > 0 && shape[shape.length - 1] === '('))
            return invalid;
        else
            shape.push(token);
    }
    if (!parses(shape))
        return invalid;
    const normalized = [];
    for (const token of tokens) {
        if (OPERATORS.has(token)) {
            normalized.push(token.toUpperCase());
            continue;
        }
        if (normalized[normalized.length - 1] === 'WITH') {
            const exception = EXCEPTIONS.get(token);
            if (!exception)
                return { ok: false, reason: `Unknown license exception: ${pythonRepr(token)}` };
            normalized.push(exception);
            continue;
        }
        const plus = token.endsWith('+') ? '+' : '';
        const id = plus ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
            if (!/^[A-Za-z0-9.-]*$/.test(id))
                return { ok: false, reason: `Invalid licenseref: ${pythonRepr(id)}` };
            normalized.push(refs.get(id) + plus);
        }
        else {
            const license = LICENSES.get(id);
            if (!license)
                return { ok: false, reason: `Unknown license: ${pythonRepr(id)}` };
            normalized.push(license + plus);
        }
    }
    return { ok: true, normalized: normalized.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')') };
}
/** expr := term (("or" | "and") term)*, term := x | "(" expr ")": what compile() accepts of these tokens. */
function parses(tokens) {
    let i = 0;
    const term = () => {
        if (tokens[i] === 'x') {
            i++;
            return true;
        }
        if (tokens[i] === '(') {
            i++;
            if (!expr() || tokens[i] !== ')')
                return false;
            i++;
            return true;
        }
        return false;
    };
    const expr = () => {
        if (!term())
            return false;
        while (tokens[i] === 'or' || tokens[i] === 'and') {
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    return expr() && i === tokens.length;
}

;// CONCATENATED MODULE: ./lib/distributions/metadata-rules.js
/**
 * The core-metadata fields PyPI validates beyond name and version, with the
 * texts of `packaging.metadata` (which warehouse runs on every upload):
 * Description-Content-Type (type, charset, Markdown variant), Metadata 2.4's
 * License-Expression (SPDX) and License-File (relative paths that exist in the
 * archive), Metadata 2.5's Import-Name / Import-Namespace, Requires-Dist
 * (PEP 508, requirement.ts), Requires-Python (a PEP 440 specifier set) and
 * Metadata 2.2's Dynamic; and what warehouse adds on top (forklift/metadata.py):
 * summary length, project URLs, URLs that are http(s), Provides-Dist and
 * Obsoletes-Dist, direct references, and the classifiers it can never take.
 */







const CORE_METADATA_SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';
/** How warehouse words an InvalidMetadata error from packaging. */
function metadata_rules_metadataRefusal(message) {
    return `${message}${message.endsWith('.') ? '' : '.'} ${CORE_METADATA_SPEC}`;
}
const VERSIONS = (/* unused pure expression or super */ null && (['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']));
/** packaging's `_EMAIL_TO_RAW_MAPPING`: the fields a Dynamic value may name. */
const FIELDS = new Set([
    'author', 'author-email', 'classifier', 'description', 'description-content-type', 'download-url', 'dynamic', 'home-page', 'import-name',
    'import-namespace', 'keywords', 'license', 'license-expression', 'license-file', 'maintainer', 'maintainer-email', 'metadata-version', 'name',
    'obsoletes', 'obsoletes-dist', 'platform', 'project-url', 'provides', 'provides-dist', 'provides-extra', 'requires', 'requires-dist',
    'requires-external', 'requires-python', 'summary', 'supported-platform', 'version',
]);
const REBUILD = 'Rebuild with a current build backend';
/** packaging's fixed order would be a set's; this one is stable. */
const CONTENT_TYPES = (/* unused pure expression or super */ null && (['text/plain', 'text/x-rst', 'text/markdown']));
const MARKDOWN_VARIANTS = (/* unused pure expression or super */ null && (['GFM', 'CommonMark']));
function metadata_rules_checkMetadataFields(meta, metadataFile, licenseFiles) {
    const found = [];
    const refuse = (rule, packagingMessage, why, fix) => {
        found.push({ rule, message: `${metadataFile}: ${why}`, fix, pypiMessage: metadata_rules_metadataRefusal(packagingMessage) });
    };
    const age = VERSIONS.indexOf(meta.metadataVersion);
    // Fields newer than the declared Metadata-Version: packaging refuses them (License-File is not
    // checked so: twine leaves it out below 2.4, as older setuptools wrote it with 2.1).
    for (const [field, added] of [['Dynamic', '2.2'], ['License-Expression', '2.4'], ['Import-Name', '2.5'], ['Import-Namespace', '2.5']]) {
        if (age !== -1 && headerValues(meta.headers, field).length > 0 && VERSIONS.indexOf(added) > age) {
            refuse('metadata-field-too-new', `${field.toLowerCase()} introduced in metadata version ${added}, not ${meta.metadataVersion}`, `${field} is a Metadata ${added} field, but the file says Metadata-Version ${meta.metadataVersion}`, `${REBUILD} (one that writes ${field} also writes Metadata-Version ${added} or later).`);
        }
    }
    const contentType = headerValue(meta.headers, 'Description-Content-Type');
    if (contentType !== undefined) {
        const problem = metadata_rules_descriptionContentTypeProblem(contentType);
        if (problem) {
            refuse('description-content-type', problem, `Description-Content-Type ${pythonRepr(contentType)} is not one PyPI accepts (${problem})`, 'Set long_description_content_type / readme content-type to text/markdown, text/x-rst or text/plain (with charset=UTF-8 if any, and variant=GFM or CommonMark for Markdown).');
        }
    }
    const expressions = headerValues(meta.headers, 'License-Expression');
    for (const expression of expressions) {
        const result = canonicalizeLicenseExpression(expression);
        if (!result.ok) {
            refuse('license-expression', `${pythonRepr(expression)} is invalid for 'license-expression'`, `License-Expression ${pythonRepr(expression)} is not a valid SPDX expression: ${result.reason}`, 'Use SPDX identifiers (https://spdx.org/licenses/) joined by AND, OR and WITH, e.g. "MIT" or "Apache-2.0 OR MIT"; for a license without an identifier use LicenseRef-<name>.');
        }
    }
    if (expressions.length > 0 && headerValues(meta.headers, 'License').length > 0) {
        refuse('license-and-expression', 'License is deprecated when License-Expression is present. Only License-Expression should be present.', 'it has both License and License-Expression; PEP 639 allows only one', 'Drop the license text (project.license as a table, or setup(license=…)) and keep the SPDX expression alone.');
    }
    if (age >= VERSIONS.indexOf('2.4')) {
        for (const path of headerValues(meta.headers, 'License-File')) {
            const bad = licensePathProblem(path);
            if (bad) {
                refuse('license-file', `${pythonRepr(path)} is invalid for 'license-file', ${bad}`, `License-File ${pythonRepr(path)}: ${bad}`, 'List license files by their path relative to the project root, with "/" and without "..".');
            }
            else if (licenseFiles && !licenseFiles.members.includes(`${licenseFiles.root}/${path}`)) {
                const at = `${licenseFiles.root}/${path}`;
                found.push({
                    rule: 'license-file-missing',
                    message: `${metadataFile} names License-File ${path}, but the archive has no ${at}`,
                    fix: `${REBUILD}: the license files must be packed where METADATA says (a wheel keeps them under .dist-info/licenses/).`,
                    pypiMessage: `License-File ${path} does not exist in distribution file ${licenseFiles.filename} at ${at}`,
                });
            }
        }
    }
    for (const value of headerValues(meta.headers, 'Dynamic')) {
        const field = value.toLowerCase();
        const bad = ['name', 'version', 'metadata-version'].includes(field) ? 'is not allowed as a dynamic field' : FIELDS.has(field) ? undefined : 'is not a valid dynamic field';
        // packaging takes "Dynamic: Dynamic"; warehouse's own list of dynamic fields does not.
        const refusal = bad ? `${pythonRepr(field)} ${bad}` : field === 'dynamic' ? `Dynamic field ${pythonRepr(field)} is not a valid dynamic field.` : undefined;
        if (refusal) {
            refuse('dynamic', refusal, `Dynamic ${pythonRepr(value)} ${bad ?? 'is not a valid dynamic field'}`, `${REBUILD}: Dynamic names fields a build may still fill in, never Name, Version, Metadata-Version or Dynamic, and only fields core metadata has.`);
        }
    }
    const requiresPython = headerValue(meta.headers, 'Requires-Python');
    if (requiresPython !== undefined && !pep440.validRange(requiresPython)) {
        refuse('requires-python', `${pythonRepr(requiresPython)} is invalid for 'requires-python'`, `Requires-Python ${pythonRepr(requiresPython)} is not a PEP 440 version specifier`, 'Write requires-python as comma-separated specifiers, e.g. ">=3.9" or ">=3.9,<4".');
    }
    for (const requirement of headerValues(meta.headers, 'Requires-Dist')) {
        const checked = checkRequirement(requirement);
        if ('problem' in checked) {
            refuse('requires-dist', `${pythonRepr(requirement)} is invalid for 'requires-dist'`, `Requires-Dist ${pythonRepr(requirement)} is not a PEP 508 dependency specifier (${checked.problem})`, 'Write each dependency as name[extras] specifiers ; marker, e.g. "numpy>=1.20; python_version >= \'3.9\'".');
        }
        else if (checked.direct) {
            // warehouse's own rule (forklift/metadata.py), on top of packaging's.
            refuse('direct-dependency', `Can't have direct dependency: ${requirement}`, `Requires-Dist ${pythonRepr(requirement)} is a direct reference (name @ URL), which PyPI refuses`, 'Depend on a released version from the index instead (name>=version), and publish the dependency there first.');
        }
    }
    // warehouse's length and shape limits (forklift/metadata.py, _validate_metadata).
    const summary = headerValue(meta.headers, 'Summary');
    if (summary !== undefined && summary.length > 512) {
        refuse('summary-length', "'summary' field must be 512 characters or less.", `Summary is ${summary.length} characters long; PyPI takes at most 512`, 'Shorten the description in one line (project.description, setup(description=…)); the long text belongs in the readme.');
    }
    const labels = new Set();
    for (const pair of headerValues(meta.headers, 'Project-URL')) {
        const comma = pair.indexOf(',');
        const label = (comma === -1 ? pair : pair.slice(0, comma)).trim();
        const url = comma === -1 ? '' : pair.slice(comma + 1).trim();
        const fix = 'Give each project URL a label of at most 32 characters and a URL: "Documentation, https://…" (project.urls).';
        if (labels.has(label)) {
            refuse('project-url', "unrecognized or malformed field 'project-url'", `Project-URL label ${pythonRepr(label)} is given twice`, fix);
        }
        else if (label === '') {
            refuse('project-url', 'Must have a label', `Project-URL ${pythonRepr(pair)} has no label`, fix);
        }
        else if (label.length > 32) {
            refuse('project-url', `${pythonRepr(label)} must be 32 characters or less.`, `Project-URL label ${pythonRepr(label)} is ${label.length} characters long; PyPI takes at most 32`, fix);
        }
        else if (url === '') {
            refuse('project-url', 'Must have a URL', `Project-URL ${pythonRepr(label)} has no URL`, fix);
        }
        else if (!isValidMetadataUrl(url)) {
            refuse('project-url', `${pythonRepr(url)} is not a valid url`, `Project-URL ${pythonRepr(label)} is ${pythonRepr(url)}, not an http(s) URL`, fix);
        }
        labels.add(label);
    }
    for (const field of ['Home-page', 'Download-URL']) {
        for (const url of headerValues(meta.headers, field)) {
            if (isValidMetadataUrl(url))
                continue;
            refuse('url', `${pythonRepr(url)} is not a valid url.`, `${field} ${pythonRepr(url)} is not an http(s) URL`, `Give a full http:// or https:// URL (project.urls, setup(url=…)), or leave the field out; "UNKNOWN" and bare host names are refused.`);
        }
    }
    // packaging leaves these two unparsed; warehouse parses them as it does Requires-Dist.
    for (const field of ['Provides-Dist', 'Obsoletes-Dist']) {
        for (const requirement of headerValues(meta.headers, field)) {
            const checked = checkRequirement(requirement);
            if (!('problem' in checked) && !checked.direct)
                continue;
            const why = 'problem' in checked ? `is invalid: ${checked.problem}` : 'is a direct reference (name @ URL), which PyPI refuses';
            // packaging's message puts the position on lines of its own, which warehouse's answer keeps; ours says it inline.
            refuse(field.toLowerCase(), 'problem' in checked ? `${pythonRepr(requirement)} is invalid: ${checked.problem.replace(/ at position \d+$/, '')}` : `Can't have direct dependency: ${pythonRepr(requirement)}`, `${field} ${pythonRepr(requirement)} ${why}`, `Write ${field} as a PEP 508 name with optional version specifiers, e.g. "otherproject (>=1.0)", or leave it out.`);
        }
    }
    for (const classifier of new Set(headerValues(meta.headers, 'Classifier'))) {
        const refusal = classifierRefusal(classifier);
        if (refusal) {
            refuse('classifier', refusal, refusal.replace(/\.$/, ''), 'Remove the classifier (a "Private ::" one exists to stop an upload to PyPI), or use the replacement trove-classifiers names (https://pypi.org/classifiers/).');
        }
    }
    for (const field of ['Import-Name', 'Import-Namespace']) {
        for (const value of headerValues(meta.headers, field)) {
            const bad = importNameProblem(value, field.toLowerCase());
            if (bad)
                refuse('import-name', bad, `${field} ${pythonRepr(value)}: ${bad}`, `Write ${field} as a dotted Python import path, optionally followed by "; private".`);
        }
    }
    return found;
}
/** packaging's `_process_description_content_type`, its words; undefined when accepted. */
function metadata_rules_descriptionContentTypeProblem(value) {
    const field = "'description-content-type'";
    const [main, ...rest] = value.split(';');
    const type = main.trim().toLowerCase();
    const token = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;
    // email parses what it can; an unparsable type becomes text/plain, which must then appear in the value.
    const parsed = token.test(type) ? type : 'text/plain';
    if (!CONTENT_TYPES.includes(parsed) || !value.toLowerCase().includes(parsed)) {
        return `${field} must be one of [${CONTENT_TYPES.map((t) => pythonRepr(t)).join(', ')}], not ${pythonRepr(value)}`;
    }
    const params = new Map();
    for (const part of rest) {
        const eq = part.indexOf('=');
        if (eq === -1)
            continue;
        params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/s, '$1'));
    }
    const charset = params.get('charset') ?? 'UTF-8';
    if (charset !== 'UTF-8')
        return `${field} can only specify the UTF-8 charset, not ${pythonRepr(charset)}`;
    const variant = params.get('variant') ?? 'GFM';
    if (parsed === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
        return `valid Markdown variants for ${field} are [${MARKDOWN_VARIANTS.map((v) => pythonRepr(v)).join(', ')}], not ${pythonRepr(variant)}`;
    }
    return undefined;
}
function licensePathProblem(path) {
    if (path.includes('..'))
        return 'parent directory indicators are not allowed';
    if (path.includes('*'))
        return 'paths must be resolved';
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return 'paths must be relative';
    if (path.includes('\\'))
        return "paths must use '/' delimiter";
    return undefined;
}
/** Python's keywords: not identifiers an import path may use. */
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;
function importNameProblem(value, field) {
    const semicolon = value.indexOf(';');
    const name = (semicolon === -1 ? value : value.slice(0, semicolon)).trimEnd();
    for (const identifier of name.split('.')) {
        if (!IDENTIFIER.test(identifier))
            return `${pythonRepr(name)} is invalid for '${field}'; ${pythonRepr(identifier)} is not a valid identifier`;
        if (KEYWORDS.has(identifier))
            return `${pythonRepr(name)} is invalid for '${field}'; ${pythonRepr(identifier)} is a keyword`;
    }
    if (semicolon !== -1 && value.slice(semicolon + 1).trimStart() !== 'private') {
        return `${pythonRepr(value)} is invalid for '${field}'; the only valid option is 'private'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/distributions/description.js
/**
 * The long description as PyPI renders it on upload (warehouse hands it to
 * readme_renderer and answers 400 when nothing comes back): by its
 * Description-Content-Type, reStructuredText by default. Markdown and plain
 * text render whatever they hold (Markdown that is only whitespace excepted);
 * reStructuredText is rendered by docutils in Python (src/python/rst-renderer.ts),
 * once per distinct text however many files carry it.
 */


/** warehouse's choice of renderer: none or empty → reStructuredText; an unknown type → plain text. */
function descriptionFormat(contentType) {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (type === '' || type === 'text/x-rst')
        return 'rst';
    if (type === 'text/markdown')
        return 'markdown';
    return 'plain';
}
/** warehouse's 400 for a description readme_renderer could not render. */
function description_renderRefusal(contentType) {
    const message = contentType
        ? `The description failed to render for '${contentType}'.`
        : 'The description failed to render in the default format of reStructuredText.';
    return `${message} See https://pypi.org/help/#description-content-type for more information.`;
}
/** What of a file's metadata PyPI renders, or undefined when it renders nothing (no description, or a content type it refuses first). */
function description_descriptionToRender(meta) {
    const text = meta.description;
    // warehouse renders only a description that is there (`if meta.description:`).
    if (text === undefined || text === '')
        return undefined;
    const contentType = headerValue(meta.headers, 'Description-Content-Type')?.trim();
    if (contentType !== undefined && descriptionContentTypeProblem(contentType) !== undefined)
        return undefined;
    return { text, ...(contentType ? { contentType } : {}), format: descriptionFormat(contentType) };
}
/**
 * Verdicts for many descriptions at once: each distinct reStructuredText is
 * rendered once, all in one run of the renderer.
 */
class description_DescriptionChecks {
    renderer;
    remember;
    pending = new Map();
    batch = [];
    scheduled = false;
    /** `remember`: verdicts kept for texts asked again (a long-running index bounds it). */
    constructor(renderer, remember = Infinity) {
        this.renderer = renderer;
        this.remember = remember;
    }
    verdict(text, format) {
        if (format === 'plain')
            return Promise.resolve({ kind: 'ok' });
        if (format === 'markdown') {
            // cmark turns blank input into nothing, and readme_renderer answers None for nothing.
            return Promise.resolve(text.trim() === '' ? { kind: 'refused', format, messages: 'The Markdown renders to nothing.' } : { kind: 'ok' });
        }
        let verdict = this.pending.get(text);
        if (!verdict) {
            verdict = new Promise((settle) => this.batch.push({ text, settle }));
            if (this.pending.size >= this.remember)
                this.pending.delete(this.pending.keys().next().value);
            this.pending.set(text, verdict);
            // Texts asked for in the same turn go to the renderer together.
            if (!this.scheduled) {
                this.scheduled = true;
                queueMicrotask(() => void this.flush());
            }
        }
        return verdict;
    }
    async flush() {
        const batch = this.batch;
        this.batch = [];
        this.scheduled = false;
        let answer;
        try {
            answer = await this.renderer.render(batch.map((b) => b.text));
        }
        catch (error) {
            answer = { available: false, reason: error instanceof Error ? error.message : String(error) };
        }
        batch.forEach((item, i) => {
            if (!answer.available)
                item.settle({ kind: 'unchecked', reason: answer.reason });
            else if (answer.results[i].ok)
                item.settle({ kind: 'ok' });
            else
                item.settle({ kind: 'refused', format: 'rst', messages: answer.results[i].messages, renderer: answer.renderer });
        });
    }
}

;// CONCATENATED MODULE: ./lib/distributions/entry-points.js
/**
 * `entry_points.txt` as the entry points specification defines it and
 * warehouse checks it on upload (#20081): an INI file of groups, each line
 * `name = module:object [extras]`; in `console_scripts` and `gui_scripts` the
 * name becomes a file installers write, so only a bare name is accepted.
 */
/** The specification's object reference: `importable.module` or `importable.module:object.attr`, optional extras. */
const OBJECT_REFERENCE = /^[\p{L}\p{N}_.]+\s*(?::\s*[\p{L}\p{N}_.]+\s*)?(?:\[.*\]\s*)?$/u;
/** The pattern the specification recommends for names; for scripts, the only one accepted. */
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);
/** What is wrong with the file, one line each; empty when it is valid. */
function entry_points_entryPointErrors(text) {
    const errors = [];
    const groups = new Set();
    let group;
    let names = new Set();
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((raw, index) => {
        const where = `line ${index + 1}`;
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            return;
        const section = /^\[(.*)\]$/.exec(line);
        if (section) {
            group = section[1].trim();
            if (group === '')
                errors.push(`${where}: an empty group name`);
            else if (groups.has(group))
                errors.push(`${where}: the group [${group}] appears twice`);
            groups.add(group);
            names = new Set();
            return;
        }
        if (group === undefined) {
            errors.push(`${where}: ${JSON.stringify(line)} comes before any [group]`);
            return;
        }
        const eq = line.indexOf('=');
        if (eq === -1) {
            errors.push(`${where}: ${JSON.stringify(line)} is not "name = object reference"`);
            return;
        }
        const name = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (name === '' || name.startsWith('['))
            errors.push(`${where}: an entry point needs a name`);
        else if (names.has(name))
            errors.push(`${where}: ${name} is defined twice in [${group}]`);
        names.add(name);
        if (!OBJECT_REFERENCE.test(value))
            errors.push(`${where}: ${JSON.stringify(value)} is not an object reference (module or module:attribute)`);
        if (SCRIPT_GROUPS.has(group) && name !== '' && !SCRIPT_NAME.test(name)) {
            errors.push(`${where}: the script name ${JSON.stringify(name)} in [${group}] is not a bare name (letters, digits, "_", "." and "-")`);
        }
    });
    return errors;
}

;// CONCATENATED MODULE: ./lib/distributions/preflight.js
/**
 * Preflight: everything PyPI (and pip) would refuse about a set of distribution
 * files, found locally and all at once, before anything is uploaded. Each problem
 * names the file, says what is wrong and what to do, and, where warehouse has one,
 * carries the exact 400 text PyPI would answer.
 */



















const DEFAULT_MAX_FILE_SIZE = 100 * zip_scan_MiB;
const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const preflight_REBUILD = 'Rebuild it with a standard tool (python -m build, pip wheel, cibuildwheel)';
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
    const warnings = [];
    info.warnings = warnings;
    const warn = (rule, message, fix) => {
        warnings.push({ file: filename, rule, message, fix });
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
        if (stats.size > (opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
            // The index refuses it unread: reading it here (a million members, say) would only cost memory.
            info.size = stats.size;
            try {
                info.parsed = parseDistributionFilename(filename);
            }
            catch {
                // the filename is judged once the size is right
            }
            checkSize(info, opts, add);
            return info;
        }
        let digests = opts.digests;
        if (isWheel) {
            wheelArchive = await readWheelArchive(path, { ...opts.limits, verifyMembers: opts.verifyMembers ?? true, fileDigests: digests === undefined, blake2b: opts.blake2b ?? true });
            digests ??= wheelArchive.digests;
        }
        // Not a zip (or not a wheel): the digests take a read of their own.
        digests ??= await hash(path, (opts.blake2b ?? true) ? ['sha256', 'blake2b256'] : ['sha256']);
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
            add('wheel-filename', error.packagingMessage, `${preflight_REBUILD} and keep the name it gives: {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl (PEP 427).`, error.packagingMessage);
        }
        else {
            add('sdist-filename', error.packagingMessage, `${preflight_REBUILD} so the sdist is named {normalized_name}-{version}.tar.gz (PEP 625).`, `Invalid source distribution filename: ${filename}`);
        }
    }
    let metadataFile = isWheel ? 'METADATA' : 'PKG-INFO';
    let metadataText;
    /** Where License-File entries must be found. */
    let licenseFiles;
    /** METADATA, WHEEL or RECORD not where PyPI looks: a consequence of a renamed wheel, or a problem of its own. */
    const missingDistInfo = [];
    if (wheelArchive) {
        const archive = wheelArchive;
        archive.problems.forEach(addArchive);
        const expected = archive.expectedDistInfoDir;
        if (archive.readable && archive.distInfoDirs.length > 0 && expected !== undefined) {
            const has = (file) => archive.members.includes(`${expected}/${file}`);
            const add = (rule, message, fix, pypiMessage) => {
                missingDistInfo.push({ file: filename, rule, message, fix, pypiMessage });
            };
            if (!has('WHEEL')) {
                add('wheel-missing-wheel-file', `There is no ${expected}/WHEEL (the wheel has ${archive.distInfoDirs.join(', ')})`, `${preflight_REBUILD}; the .dist-info directory must be named after the filename's name and version.`, `Invalid distribution file. WHEEL not found at ${expected}/WHEEL`);
            }
            if (!has('RECORD')) {
                add('wheel-missing-record', `There is no ${expected}/RECORD`, `${preflight_REBUILD}; RECORD lists every file with its hash and installers need it.`, `Wheel '${filename}' does not contain the required RECORD file: ${expected}/RECORD`);
            }
            if (!has('METADATA')) {
                add('wheel-missing-metadata', `There is no ${expected}/METADATA`, `${preflight_REBUILD}; METADATA holds the project's name, version and dependencies.`, `Wheel '${filename}' does not contain the required METADATA file: ${expected}/METADATA`);
            }
        }
        metadataText = archive.metadata;
        if (archive.distInfoDir)
            metadataFile = `${archive.distInfoDir}/METADATA`;
        if (archive.wheel !== undefined) {
            info.wheelFile = parseWheelFile(archive.wheel);
            const wheelVersion = (info.wheelFile['Wheel-Version'] ?? [])[0];
            if (wheelVersion === undefined) {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL has no Wheel-Version`, `${preflight_REBUILD}; WHEEL must start with "Wheel-Version: 1.0".`);
            }
            else if (wheelVersion.split('.')[0] !== '1') {
                add('wheel-file-invalid', `${archive.distInfoDir}/WHEEL says Wheel-Version ${wheelVersion}; installers support only major version 1`, `${preflight_REBUILD} with a wheel format installers understand (Wheel-Version 1.x).`);
            }
        }
        const licenseDir = archive.expectedDistInfoDir ?? archive.distInfoDir;
        if (archive.readable && licenseDir !== undefined)
            licenseFiles = { members: archive.members, root: `${licenseDir}/licenses`, filename };
        if (archive.entryPoints !== undefined) {
            const errors = entryPointErrors(archive.entryPoints);
            if (errors.length > 0) {
                add('wheel-entry-points', `${archive.distInfoDir}/entry_points.txt is not valid: ${errors.slice(0, 3).join('; ')}${errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}`, 'Fix the entry points in the project configuration ([project.scripts], [project.gui-scripts], [project.entry-points] or setup(entry_points=…)): each is name = module:attribute, and a script name is a bare name.', `Wheel '${filename}' has invalid entry points defined in the entry_points.txt file`);
            }
        }
        if (archive.record !== undefined && archive.distInfoDir !== undefined) {
            for (const finding of verifyRecord(archive.record, archive.entries, archive.distInfoDir)) {
                add(finding.rule, finding.message, `${preflight_REBUILD} and do not modify the wheel afterwards (to rename or retag a wheel use "wheel tags", which rewrites RECORD).`);
            }
        }
    }
    else {
        const archive = await readSdistArchive(path, opts.limits ?? {});
        archive.problems.forEach(addArchive);
        metadataText = archive.pkgInfo;
        if (archive.pkgInfoPath)
            metadataFile = archive.pkgInfoPath;
        if (archive.readable && archive.topLevel)
            licenseFiles = { members: archive.members, root: archive.topLevel.replace(/\/+$/, ''), filename };
    }
    if (metadataText !== undefined) {
        try {
            info.metadata = parseCoreMetadata(metadataText);
        }
        catch (error) {
            if (!(error instanceof MetadataError))
                throw error;
            add('metadata-invalid', `${metadataFile}: ${error.message}`, `${preflight_REBUILD} with a current build backend.`);
        }
    }
    checkMetadata(info, metadataFile, add, warn);
    if (info.metadata) {
        for (const finding of checkMetadataFields(info.metadata, metadataFile, licenseFiles))
            add(finding.rule, finding.message, finding.fix, finding.pypiMessage);
    }
    // The root cause first: a filename that disagrees with METADATA explains the rest.
    const identity = checkFilenameAgainstMetadata(info, metadataFile);
    const mismatch = identity.find((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
    if (mismatch && missingDistInfo.length > 0 && wheelArchive?.distInfoDir !== undefined) {
        // PyPI stops at the first missing file; that is its answer to the renamed wheel.
        mismatch.consequences = missingDistInfo.map((p) => p.message);
        mismatch.pypiMessage = missingDistInfo[0].pypiMessage;
        missingDistInfo.length = 0;
    }
    const causes = identity.filter((p) => p.rule === 'name-mismatch' || p.rule === 'version-mismatch');
    info.problems.unshift(...causes);
    info.problems.push(...missingDistInfo, ...identity.filter((p) => !causes.includes(p)));
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
    // Every check of the name and version reads the metadata: a file whose metadata was not read
    // must not pass for want of a problem (an archive reader that skipped it without saying why).
    if (!info.metadata && info.problems.length === 0) {
        add('metadata-unreadable', `${metadataFile} was not read, so nothing in it could be checked`, `${preflight_REBUILD}, and check that the file is a complete ${info.parsed?.kind === 'sdist' ? 'sdist' : 'wheel'}.`);
    }
    return info;
}
function checkSize(info, opts, add) {
    const limit = opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (info.size <= limit)
        return;
    const project = info.metadata?.name ?? info.parsed?.name ?? info.filename;
    add('file-too-large', `The file is ${info.size} bytes; the upload limit is ${limit} bytes`, 'Make the file smaller (strip debug symbols, leave test data out), or ask PyPI for a larger limit for this project before releasing (https://docs.pypi.org/project-management/storage-limits).', `File too large. Limit for project ${pythonRepr(project)} is ${Math.floor(limit / MiB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
}
function checkMetadata(info, metadataFile, add, warn) {
    const meta = info.metadata;
    if (!meta) {
        // Without metadata the filename is all we have; PyPI checks the version it is sent.
        if (info.parsed && localVersionLabel(info.parsed.version) !== undefined) {
            addLocalVersion(info.parsed.version, add);
        }
        return;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(meta.metadataVersion)) {
        add('metadata-version-unsupported', `${metadataFile} has Metadata-Version ${meta.metadataVersion}; PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(', ')}`, 'Upgrade the build backend (setuptools, wheel, hatchling, flit, …) and rebuild.', metadataRefusal(`${pythonRepr(meta.metadataVersion)} is not a valid metadata version`));
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
    else if (normalizeVersion(meta.version) !== meta.version) {
        const normalized = normalizeVersion(meta.version);
        warn('version-not-normalized', `${metadataFile} has Version ${meta.version}, which is not in PEP 440 normal form; PyPI, pip and every index show it as ${normalized}`, `Write the version as ${normalized} in the project configuration (and in the release tag), so what you tag, what you build and what PyPI shows are spelled the same.`);
    }
}
function addLocalVersion(version, add) {
    const normalized = normalizeVersion(version);
    add('local-version', `The version ${normalized} has a local part (+${localVersionLabel(version)}), which PyPI does not accept`, 'Build from a clean checkout of the release tag (setuptools-scm and similar tools add "+g<sha>" or ".d<date>" to dirty or untagged builds), or drop the local part.', metadataRefusal(`The use of local versions in '${normalized}' is not allowed.`));
}
/** Where the filename and METADATA disagree about the project, its version or their spelling. */
function checkFilenameAgainstMetadata(info, metadataFile) {
    const found = [];
    const add = (rule, message, fix, pypiMessage) => {
        found.push({ file: info.filename, rule, message, fix, ...(pypiMessage !== undefined ? { pypiMessage } : {}) });
    };
    const parsed = info.parsed;
    if (!parsed)
        return found;
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
    return found;
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
    const projectOf = (f) => (f.metadata && isValidProjectName(f.metadata.name) ? normalizeName(f.metadata.name) : f.parsed?.normalizedName ?? '');
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
        // One version per project: pip's and setuptools' wheels checked together are two releases, not a mixed one.
        for (const sameProject of groupBy(versioned, projectOf).values()) {
            const groups = groupByVersion(sameProject, versionOf);
            if (groups.length < 2)
                continue;
            const majority = groups.reduce((best, g) => (g.files.length > best.files.length ? g : best));
            for (const g of groups) {
                if (g === majority)
                    continue;
                for (const f of g.files) {
                    add(f.filename, 'set-mixed-versions', `${f.filename} is version ${g.version} while ${majority.files.length} other file${majority.files.length === 1 ? '' : 's'} of ${projectOf(f) || 'the project'} ${majority.files.length === 1 ? 'is' : 'are'} version ${majority.version}`, 'A release has one version: clear out stale files (rm -rf dist) and rebuild, or publish the versions separately.');
                }
            }
        }
    }
    const sdists = unique.filter((f) => f.parsed?.kind === 'sdist' || (!f.parsed && /\.(tar\.gz|zip)$/.test(f.filename)));
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
    const descriptions = opts.descriptions === false ? undefined : new DescriptionChecks(opts.descriptions ?? defaultRstRenderer());
    const rendered = [];
    let next = 0;
    const worker = async () => {
        while (next < paths.length) {
            const index = next++;
            files[index] = await inspectDistribution(paths[index], opts);
            // Not awaited here: Python renders while the next files are read.
            if (descriptions)
                rendered.push(checkDescription(files[index], descriptions));
        }
    };
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? 4, paths.length));
    await Promise.all(Array.from({ length: concurrency }, worker));
    await Promise.all(rendered);
    const problems = [...files.flatMap((f) => f.problems), ...checkDistributionSet(files, opts)];
    return { files, problems, warnings: files.flatMap((f) => f.warnings ?? []) };
}
const FORMAT_NAMES = { rst: 'reStructuredText', markdown: 'Markdown', plain: 'plain text' };
/** Renders the file's long description as PyPI will, and records what that finds on the file. */
async function checkDescription(info, checks) {
    const description = info.metadata ? descriptionToRender(info.metadata) : undefined;
    if (!description)
        return;
    const file = info.filename;
    const warnings = (info.warnings ??= []);
    if (description.contentType === undefined) {
        warnings.push({
            file, rule: 'description-content-type-missing',
            message: 'There is no Description-Content-Type, so PyPI renders the long description as reStructuredText (twine check: "`long_description_content_type` missing. defaulting to `text/x-rst`.")',
            fix: 'Declare the README\'s format: readme = "README.md" in [project] does it, or long_description_content_type="text/markdown" (or "text/x-rst") in setup().',
        });
    }
    const verdict = await checks.verdict(description.text, description.format);
    const name = FORMAT_NAMES[description.format];
    if (verdict.kind === 'refused') {
        const details = verdict.messages.split('\n').filter((line) => line.trim() !== '').slice(0, 4).join(' | ');
        info.problems.push({
            file, rule: 'description-render',
            message: `The long description does not render as ${name}, so PyPI refuses the upload: ${details}${verdict.renderer ? ` (rendered with ${verdict.renderer})` : ''}`,
            fix: description.contentType === undefined
                ? 'Fix the markup at the lines shown (twine check shows them too), or, if the README is Markdown, declare it: long_description_content_type="text/markdown" / readme = "README.md".'
                : 'Fix the markup at the lines shown (twine check shows them too), or declare the format the README is really written in.',
            pypiMessage: renderRefusal(description.contentType),
        });
    }
    else if (verdict.kind === 'unchecked') {
        warnings.push({
            file, rule: 'description-not-rendered',
            message: `The long description (${name}) of ${file} was NOT checked: ${verdict.reason}. PyPI renders it on upload and refuses the file if it has markup errors.`,
            fix: 'Make docutils importable by python3 (pip install docutils, or apt-get install python3-docutils), or let this job reach PyPI so docutils can be installed privately; or run twine check on the files.',
        });
    }
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

// EXTERNAL MODULE: ./lib/files/atomic-write.js
var atomic_write = __webpack_require__(2848);
// EXTERNAL MODULE: ./lib/text/secrets.js
var secrets = __webpack_require__(6246);
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
    // Later jobs read it and the runner never masks a file: no secret of the run may be in it.
    const text = `${JSON.stringify(scrubSecretsDeep(canonical(m)), null, 2)}\n`;
    await writeFileAtomically(path, text);
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
        for (const key of ['source', 'sourceEtag', 'url']) {
            if (entry[key] !== undefined && typeof entry[key] !== 'string')
                fail(`${at}.${key} must be a string`);
        }
        const att = entry.attestation;
        if (att !== undefined && (!isObject(att) || typeof att.filename !== 'string' || /[/\\]/.test(att.filename) || typeof att.sha256 !== 'string' || !HEX64.test(att.sha256))) {
            fail(`${at}.attestation must name a file beside it and its sha256`);
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
        ...(entry.sourceEtag !== undefined ? { sourceEtag: entry.sourceEtag } : {}),
        ...(entry.url !== undefined ? { url: entry.url } : {}),
        ...(entry.attestation !== undefined ? { attestation: { filename: entry.attestation.filename, sha256: entry.attestation.sha256.toLowerCase() } } : {}),
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
function formatProblemsTable(files, problems, warnings = []) {
    const rows = [];
    const byFile = new Map();
    for (const problem of [...problems, ...warnings]) {
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
            let cell = `${warnings.includes(problem) ? 'warning: ' : ''}${problem.message} [${problem.rule}]`;
            if (problem.consequences?.length)
                cell += `\nBecause of this:${problem.consequences.map((c) => `\n- ${c}`).join('')}`;
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
    lines.push(summary(files, problems, warnings));
    return lines.join('\n');
}
function summary(files, problems, warnings) {
    const n = files.length;
    const filesWord = `${n} file${n === 1 ? '' : 's'}`;
    const warned = warnings.length === 0 ? '' : ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'}: worth a look, refused by nobody)`;
    if (problems.length === 0)
        return `${filesWord} checked: no problems${warned}.`;
    if (n === 0)
        return `No files checked; ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
    const affected = new Set(problems.map((p) => p.file)).size;
    return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${affected} of ${filesWord}; fix them and run the check again${warned}.`;
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


















/***/ }),

/***/ 2848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ diskFailure),
/* harmony export */   Eg: () => (/* binding */ partPathFor),
/* harmony export */   Mi: () => (/* binding */ isDiskError),
/* harmony export */   Qf: () => (/* binding */ renameIntoPlace),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony export isPartFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/**
 * The one way a file is replaced whole: bytes go to a private part file beside
 * the destination (same directory, so the rename cannot cross filesystems),
 * which is renamed into place once complete. A reader sees the old file or the
 * new one, never a mix; on any failure the part file is removed and the
 * destination is left as it was. checked-file.ts builds on the same part files
 * for streams whose size and sha256 must be checked before the rename.
 *
 * fsync: none, for every writer here; why is written once, in checked-file.ts.
 */




/**
 * A fresh part file's name beside `dest`. The random part keeps two writers of
 * one destination (two saves in flight, two processes) off each other's bytes.
 */
function partPathFor(dest) {
    return `${dest}.part-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
}
const PART_NAME = /\.part-[0-9a-f]{12}$/;
/** A part file this module named: what a killed writer can leave behind, never a file of its own. */
function isPartFile(path) {
    return PART_NAME.test(path);
}
const DISK_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EEXIST', 'ENAMETOOLONG', 'EFBIG']);
/** A failure of the file system (full, read-only, not permitted…) rather than of the bytes' source. */
function isDiskError(err) {
    const code = err?.code;
    return typeof code === 'string' && DISK_CODES.has(code);
}
/** The user's problem, in words, keeping the code (ENOSPC…) for callers that decide on it; other errors unchanged. */
function diskFailure(err, doing, where) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y || !isDiskError(err))
        return err;
    const e = err;
    return Object.assign(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`${doing} failed (${e.code}): ${String(e.message)}. Check free space and permissions in ${where}.`), { code: e.code });
}
/** Moves a complete part file to `dest`, saying what to check when the file system refuses. */
async function renameIntoPlace(part, dest) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(part, dest);
    }
    catch (err) {
        throw isDiskError(err) ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`Moving ${part} to ${dest} failed (${String(err.code)}). Check that ${dest} is not a directory and is writable.`) : err;
    }
}
/**
 * Replaces `dest` with `data` (text as UTF-8; a stream is written as it comes),
 * creating its directory if needed. The caller decides what goes in; a file
 * later jobs read must have been scrubbed of secrets before it gets here.
 */
async function writeFileAtomically(dest, data) {
    const part = partPathFor(dest);
    // Only the file system's own failures are worded as a disk problem; the source's errors reach the caller as they are.
    const onDisk = async (step) => {
        try {
            return await step();
        }
        catch (err) {
            throw diskFailure(err, `Writing ${part}`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest));
        }
    };
    let handle;
    try {
        await onDisk(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dest), { recursive: true }));
        // 'wx': never someone else's file.
        handle = await onDisk(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(part, 'wx'));
    }
    catch (err) {
        // A stream nobody will read is let go (its file, its buffered bytes).
        data.destroy?.();
        throw err;
    }
    try {
        try {
            if (typeof data === 'string' || data instanceof Uint8Array)
                await onDisk(() => handle.writeFile(data));
            else
                for await (const chunk of data)
                    await onDisk(() => handle.writeFile(chunk)); // each from where the last ended
        }
        finally {
            await onDisk(() => handle.close());
        }
        await renameIntoPlace(part, dest);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(part, { force: true }).catch(() => { });
        throw err;
    }
}


/***/ }),

/***/ 5732:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports BLOCK_SIZE, BlockReader */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/**
 * Positional reads of a file for parsers that read many small records (zip
 * headers): each read is served from one block read ahead from the file, so a
 * zip of 200,000 members costs a few thousand reads of the file instead of
 * several hundred thousand round trips through the thread pool. Reads larger
 * than a block go to the file directly.
 */

const BLOCK_SIZE = (/* unused pure expression or super */ null && (64 * 1024));
class BlockReader {
    handle;
    size;
    blockSize;
    block = Buffer.alloc(0);
    blockStart = 0;
    closed = false;
    /** Reads of the file so far (for tests and diagnostics). */
    fileReads = 0;
    constructor(handle, size, blockSize) {
        this.handle = handle;
        this.size = size;
        this.blockSize = blockSize;
    }
    static async open(path, blockSize = BLOCK_SIZE) {
        const handle = await open(path, 'r');
        try {
            return new BlockReader(handle, (await handle.stat()).size, blockSize);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /** Up to `length` bytes at `position`: fewer only where the file ends (or shrank since it was opened). */
    async read(position, length) {
        if (this.closed)
            throw new Error('read after close');
        const end = Math.min(position + length, this.size);
        if (end <= position)
            return Buffer.alloc(0);
        if (position >= this.blockStart && end <= this.blockStart + this.block.length) {
            return this.block.subarray(position - this.blockStart, end - this.blockStart);
        }
        const want = end - position;
        if (want > this.blockSize)
            return this.fill(Buffer.allocUnsafe(want), position);
        // Read ahead: records are parsed front to back, so the next ones are usually in this block.
        // A fresh block each time, so a view handed out earlier never changes under its holder.
        this.block = await this.fill(Buffer.allocUnsafe(Math.min(this.blockSize, this.size - position)), position);
        this.blockStart = position;
        return this.block.subarray(0, Math.min(want, this.block.length));
    }
    /** `buffer` filled from `position`, or as much of it as the file still has. */
    async fill(buffer, position) {
        let filled = 0;
        while (filled < buffer.length) {
            this.fileReads++;
            const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
            if (bytesRead === 0)
                break; // the file shrank since it was opened
            filled += bytesRead;
        }
        return buffer.subarray(0, filled);
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        await this.handle.close();
    }
}


/***/ }),

/***/ 9275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createHasher: () => (/* reexport */ createHasher),
  hash: () => (/* reexport */ hash)
});

// UNUSED EXPORTS: createCrc32, digestBytes, releaseWorkerThreads, scanFile, setWorkerThreads, warmWorkerThreads, workerStats

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/hash-wasm/dist/index.umd.js
var index_umd = __webpack_require__(608);
;// CONCATENATED MODULE: ./lib/hashing/algorithms.js
/**
 * The digests this project computes and what each is for: sha256 (what pip
 * checks, RECORD and the manifest key on), md5 (what a legacy upload form
 * still carries, and a single-part S3 ETag) and BLAKE2b-256 (what warehouse
 * uses for duplicate detection and storage paths). node:crypto's blake2b512
 * cannot produce a 256-bit output, and BLAKE2b-256 is not a truncation of
 * BLAKE2b-512, so hash-wasm provides it.
 */


const KNOWN = new Set(['sha256', 'md5', 'blake2b256']);
/** Refuses a name that is not one of ours (names also arrive in messages from other threads). */
function algorithms_checkAlgorithms(algorithms) {
    const unknown = algorithms.filter((a) => !KNOWN.has(a));
    if (unknown.length > 0)
        throw new Error(`unknown hash algorithm ${unknown.join(', ')}`);
    return [...new Set(algorithms)];
}
/** Asynchronous because BLAKE2b-256 is a WebAssembly instance. */
async function createMultiHash(algorithms) {
    const parts = await Promise.all(algorithms_checkAlgorithms(algorithms).map(async (name) => [name, name === 'blake2b256' ? await (0,index_umd.createBLAKE2b)(256) : (0,external_node_crypto_.createHash)(name)]));
    return {
        update(chunk) {
            for (const [, hash] of parts)
                hash.update(chunk);
        },
        digest() {
            return Object.fromEntries(parts.map(([name, hash]) => [name, hash.digest('hex')]));
        },
    };
}
/** The digest of a few bytes already in memory (text members a build writes, RECORD lines). */
function digestBytes(data, algorithm) {
    return createHash(algorithm).update(data).digest();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/crc-32/crc32.js
var crc32 = __webpack_require__(4891);
;// CONCATENATED MODULE: ./lib/hashing/crc32.js
/**
 * CRC-32 as zip members declare it. node's zlib.crc32 (native) exists from
 * Node 20.15 and 22.2; `engines` admits every Node 20, so older ones get the
 * table-driven implementation from the crc-32 package instead: the check is
 * always made, only its speed differs.
 */


const portableCrc32 = (data, previous) => crc32.buf(data, previous | 0) >>> 0;
const crc32_native = external_node_zlib_.crc32;
const crc32_crc32 = typeof crc32_native === 'function' ? (data, previous) => crc32_native(data, previous) >>> 0 : portableCrc32;
function createCrc32() {
    let value = 0;
    return {
        update(data) {
            value = crc32_crc32(data, value);
        },
        get value() {
            return value;
        },
    };
}

// EXTERNAL MODULE: ./lib/hashing/zip-framing.js
var zip_framing = __webpack_require__(5440);
;// CONCATENATED MODULE: ./lib/hashing/kernel.js
/**
 * The byte-crunching part of checking a file: one sequential read in large
 * chunks that hashes the whole file and, from the same chunks, inflates,
 * hashes, CRC-checks and size-checks the zip members it is asked about. What
 * to read (member offsets, sizes, methods) is decided by the caller from the
 * central directory; this part only turns bytes into digests and outcomes,
 * and hashes (and writes) bytes handed to it piece by piece.
 *
 * The same kernel runs in the hashing workers (hash-worker.ts) and, when no
 * worker can, on the calling thread (pool.ts).
 */







const CHUNK = 1024 * 1024;
/** Read buffers of scans given none, kept for the next: a buffer per chunk would leave garbage as fast as files are read. */
const MAX_SPARE = 4;
// Not `instanceof Error`: errors from node's own modules may come from another realm (a VM context).
function errorText(error) {
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** Byte ranges to read: everything, or the members' ranges with small gaps bridged. */
function segments(members, order, fileSize) {
    if (fileSize !== undefined)
        return [[0, fileSize]];
    const out = [];
    for (const i of order) {
        const { start, length } = members[i];
        if (length === 0)
            continue;
        const last = out[out.length - 1];
        if (last && start <= last[1] + 64 * 1024)
            last[1] = Math.max(last[1], start + length);
        else
            out.push([start, start + length]);
    }
    return out;
}
/** `crc32`: replaceable so tests can run the portable CRC-32 where node has its own. */
function createKernel(options = {}) {
    const crc32 = options.crc32 ?? crc32_crc32;
    const spare = [];
    /** Inflated bytes of a member, as they come; stops the member at its declared size. */
    const take = (m, bytes) => {
        if (m.outcome)
            return;
        m.size += bytes.length;
        if (m.size > m.plan.declaredSize) {
            // The central directory understated this member, the way a bomb slips past a
            // declared-size check: stop at once, nothing beyond the declared size is inflated.
            m.outcome = { kind: 'lying', declared: m.plan.declaredSize };
            m.kept = undefined;
            m.inflater?.destroy();
            return;
        }
        m.sha256?.update(bytes);
        m.crc = crc32(bytes, m.crc);
        // A copy: the chunk may belong to a read buffer that is handed on afterwards.
        m.kept?.push(Buffer.from(bytes));
    };
    const begin = (plan) => {
        const m = { plan, end: plan.start + plan.length, size: 0, crc: 0 };
        if (plan.hash)
            m.sha256 = (0,external_node_crypto_.createHash)('sha256');
        if (plan.keep)
            m.kept = [];
        if (!plan.deflated)
            return m;
        // A stream even for small members: it reports output as it goes, so a member that
        // overruns its declared size is caught as such even if its data is also damaged further on.
        const inflater = (0,external_node_zlib_.createInflateRaw)();
        m.inflater = inflater;
        m.inflated = new Promise((resolve) => {
            inflater.on('data', (out) => take(m, out));
            inflater.on('error', (error) => {
                if (!m.outcome)
                    m.outcome = { kind: 'corrupt', reason: errorText(error) };
                resolve();
            });
            inflater.on('end', () => resolve());
            inflater.on('close', () => resolve());
        });
        return m;
    };
    /**
     * The member's part of a chunk. For a deflated member, resolves once the inflater
     * has consumed the piece: the chunk's memory is read into again (or handed on) after that.
     */
    const feed = (m, piece) => {
        if (m.outcome || piece.length === 0)
            return undefined;
        const inflater = m.inflater;
        if (inflater) {
            return new Promise((resolve) => {
                const done = () => {
                    inflater.off('close', done);
                    resolve();
                };
                inflater.on('close', done);
                inflater.write(piece, done);
            });
        }
        take(m, piece);
        return undefined;
    };
    const finish = async (m) => {
        if (m.inflater) {
            if (!m.outcome)
                m.inflater.end();
            await m.inflated;
            m.inflater.destroy();
        }
        if (m.outcome)
            return m.outcome;
        if (m.size !== m.plan.declaredSize) {
            return { kind: 'corrupt', reason: `inflates to ${m.size} bytes, ${m.plan.declaredSize} declared` };
        }
        if (m.crc >>> 0 !== m.plan.crc32 >>> 0)
            return { kind: 'corrupt', reason: 'CRC-32 does not match' };
        return {
            kind: 'ok',
            size: m.size,
            ...(m.sha256 ? { sha256: m.sha256.digest('base64url') } : {}),
            ...(m.kept ? { bytes: Buffer.concat(m.kept) } : {}),
        };
    };
    async function scan(request, sink, buffers) {
        const pool = buffers ?? spare;
        // Own memory (never node's shared pool), so a chunk can be transferred.
        const takeBuffer = () => pool.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
        const { members } = request;
        const outcomes = new Array(members.length);
        const order = members.map((_, i) => i).sort((a, b) => members[a].start - members[b].start || a - b);
        const whole = request.wholeFile ? await createMultiHash(request.algorithms ?? []) : undefined;
        const framing = request.wholeFile && request.framing ? new zip_framing/* ZipFramingCheck */.e7(request.framing) : undefined;
        const handle = await (0,promises_.open)(request.path, 'r');
        let active = [];
        let buffer;
        try {
            const fileSize = request.wholeFile ? (await handle.stat()).size : undefined;
            let size = 0;
            let next = 0;
            const settle = async (index, member) => {
                outcomes[index] = await finish(member);
            };
            for (const [from, to] of segments(members, order, fileSize)) {
                let pos = from;
                while (pos < to) {
                    buffer ??= takeBuffer();
                    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, to - pos), pos);
                    if (bytesRead === 0)
                        throw new Error(`${request.path} is shorter than expected: it ended at ${pos} bytes (was it changed while being read?)`);
                    const chunk = buffer.subarray(0, bytesRead);
                    const chunkEnd = pos + bytesRead;
                    whole?.update(chunk);
                    framing?.feed(chunk);
                    size += bytesRead;
                    while (next < order.length && members[order[next]].start < chunkEnd) {
                        const index = order[next++];
                        active.push({ index, member: begin(members[index]) });
                    }
                    const waits = [];
                    for (const { member } of active) {
                        const from = Math.max(member.plan.start, pos);
                        const to = Math.min(member.end, chunkEnd);
                        if (to > from) {
                            const wait = feed(member, chunk.subarray(from - pos, to - pos));
                            if (wait)
                                waits.push(wait);
                        }
                    }
                    if (waits.length > 0)
                        await Promise.all(waits);
                    const done = active.filter(({ member }) => member.end <= chunkEnd);
                    if (done.length > 0) {
                        active = active.filter(({ member }) => member.end > chunkEnd);
                        for (const { index, member } of done)
                            await settle(index, member);
                    }
                    pos = chunkEnd;
                    if (sink) {
                        await sink.chunk(chunk);
                        if (sink.takesChunks)
                            buffer = undefined;
                    }
                }
            }
            // Members not reached (empty ones) and any still open end here with what they got.
            while (next < order.length) {
                const index = order[next++];
                active.push({ index, member: begin(members[index]) });
            }
            for (const { index, member } of active)
                await settle(index, member);
            const walked = framing?.result(size);
            return { outcomes, ...(whole ? { digests: whole.digest(), size } : {}), ...(framing ? { framing: walked === undefined ? {} : { refused: walked } } : {}) };
        }
        catch (error) {
            for (const { member } of active)
                member.inflater?.destroy();
            throw error;
        }
        finally {
            if (buffer && (buffers || spare.length < MAX_SPARE))
                pool.push(buffer);
            await handle.close();
        }
    }
    async function streamHash(algorithms, writeTo) {
        const hash = await createMultiHash(algorithms);
        let fd = writeTo === undefined ? undefined : (0,external_node_fs_.openSync)(writeTo, 'w');
        const close = () => {
            if (fd === undefined)
                return;
            const open = fd;
            fd = undefined;
            (0,external_node_fs_.closeSync)(open);
        };
        return {
            update(chunk) {
                if (fd !== undefined) {
                    for (let written = 0; written < chunk.byteLength;)
                        written += (0,external_node_fs_.writeSync)(fd, chunk, written, chunk.byteLength - written);
                }
                hash.update(chunk);
            },
            digest() {
                close();
                return hash.digest();
            },
            abort: close,
        };
    }
    return { scan, streamHash };
}

;// CONCATENATED MODULE: ./lib/hashing/worker-entry.js
/** Through a parameter: the bundler's asset relocator rewrites a `new URL()` whose arguments it can work out. */
function beside(file, base) {
    return new URL(file, base);
}
function workerEntry() {
    return { url: beside('hash-worker.js', import.meta.url) };
}

;// CONCATENATED MODULE: ./lib/hashing/pool.js
/**
 * Hashing and member checks on the other cores. Checking a 48 MB wheel costs
 * about as much CPU as receiving or sending it; on one thread an index that
 * checks uploads (or a client that checks before uploading) does everything in
 * turn. Worker threads run the kernel (kernel.ts) from a worker file of their
 * own (worker-entry.ts finds it) while the calling thread keeps the network moving.
 *
 * BLAKE2b-256 costs about twice what sha256 does. When a job asks for it with
 * other work (sha256, members, writing) and another worker has nothing to do,
 * that worker computes it from the same chunks, relayed through this thread as
 * the first worker finishes with them: one read of the file, two cores. When
 * every worker is busy, jobs stay whole and go to the least loaded one.
 *
 * When workers cannot start or one fails, the same kernel runs on this
 * thread; a result never depends on where it was computed.
 */




/** The kernel on this thread: the fallback, and what tests compare the workers with. */
const localKernel = createKernel();
/** Chunks a worker may hand back before they have been dealt with. */
const CHUNK_WINDOW = 3;
/**
 * A stream's bytes go to its worker in batches of this size. Ten downloads at once each hold a
 * batch being filled and a backlog: small batches keep that to a few MiB (bench/fetch on loopback,
 * 30 × 40 MB: 1 MiB batches with a 2 MiB backlog peaked at 165–188 MiB, these at 142–153 MiB, at
 * the same speed), while a message per 256 KiB still costs nothing next to hashing it.
 */
const STREAM_BATCH = 256 * 1024;
/** Bytes handed to a worker's stream hash and not yet back, before ready() asks the caller to wait. */
const STREAM_BACKLOG = 2 * STREAM_BATCH;
/**
 * The workers' memory comes from here (this thread's allocator) and comes back:
 * what a worker allocated itself would stay with its thread's allocator after the
 * worker ends, and count in the process's memory from then on. Kept per size
 * (file reads of CHUNK, stream batches), up to 8 MiB of each.
 */
const spareBuffers = new Map([[CHUNK, []], [STREAM_BATCH, []]]);
const MAX_SPARE_BYTES = 8 * 1024 * 1024;
/** Own memory (never node's shared pool), so it can be transferred. */
function takeBuffer(size = CHUNK) {
    return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
}
function recycleBuffer(memory) {
    const spare = spareBuffers.get(memory.byteLength);
    if (spare && spare.length * memory.byteLength < MAX_SPARE_BYTES)
        spare.push(Buffer.from(memory));
}
/** An error from a worker, with its code (ENOSPC, EACCES…) so the caller can explain a failed write. */
function workerError(msg) {
    return Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {});
}
/** CPU per byte, relative to sha256: what the pool balances its workers by. */
const COST = { sha256: 1, md5: 1, blake2b256: 2 };
function cost(algorithms, extra = {}) {
    // Inflating and hashing members costs about as much again as the whole file's sha256.
    return Math.max(1, algorithms.reduce((sum, a) => sum + COST[a], 0) + (extra.members ? 2 : 0) + (extra.write ? 1 : 0));
}
/** A worker with its jobs; it keeps the process alive only while it has some, and ends after a while without. */
class PoolWorker {
    worker;
    idleMs;
    onGone;
    jobs = new Map();
    /** The summed cost of its jobs. */
    load = 0;
    /** Failed, exited or retired: takes no new job. */
    gone = false;
    /** Started and running the kernel. */
    ready = false;
    /** Settles once the worker runs the kernel or is gone. */
    settled;
    settle;
    idle;
    constructor(worker, idleMs, onGone) {
        this.worker = worker;
        this.idleMs = idleMs;
        this.onGone = onGone;
        this.settled = new Promise((resolve) => (this.settle = resolve));
    }
    add(id, job) {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = undefined;
        if (this.jobs.size === 0)
            this.worker.ref();
        this.jobs.set(id, job);
        this.load += job.load;
    }
    remove(id) {
        const job = this.jobs.get(id);
        if (!job)
            return;
        this.jobs.delete(id);
        this.load -= job.load;
        if (this.jobs.size > 0)
            return;
        this.worker.unref();
        if (this.gone) {
            void this.worker.terminate();
            return;
        }
        this.idleFromNow();
    }
    /**
     * Retires the worker unless a job comes within idleMs: an idle worker holds an
     * isolate and its read buffers, and a new one starts in a few milliseconds.
     * Also for a worker started ahead of the work, which may never get any.
     */
    idleFromNow() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = setTimeout(() => this.retire(), this.idleMs);
        this.idle.unref();
    }
    /** Ends the worker as soon as it has no job. */
    retire() {
        if (!this.gone) {
            this.gone = true;
            this.onGone(this);
        }
        if (this.jobs.size === 0)
            void this.worker.terminate();
    }
    post(msg, transfer) {
        this.worker.postMessage(msg, transfer);
    }
}
/** Thrown by a job whose worker died; the job may be run again on this thread. */
class WorkerLost extends Error {
}
/** How long a worker waits for another job before it ends. */
const IDLE_MS = 1000;
/**
 * A stream hash on a worker, fed with memory this thread gives away: each
 * chunk comes back with its acknowledgement, once written and hashed.
 */
class RemoteStream {
    worker;
    id;
    onFail;
    result;
    settle;
    /** Acknowledgements arrive in the order the chunks were sent. */
    acks = [];
    finished = false;
    failure;
    constructor(worker, id, algorithms, writeTo, onFail) {
        this.worker = worker;
        this.id = id;
        this.onFail = onFail;
        this.result = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
        // Nobody may be waiting yet when a worker fails; the failure is reported by end().
        this.result.catch(() => undefined);
        worker.add(id, {
            onMessage: (msg) => {
                if (msg.op === 'ack')
                    this.acks.shift()?.(msg.chunk.buffer);
                else if (msg.op === 'done') {
                    worker.remove(id);
                    this.settle.resolve(msg.result);
                }
                else if (msg.op === 'failed')
                    this.fail(workerError(msg));
            },
            onLost: (error) => this.fail(error),
            load: cost(algorithms, { write: writeTo !== undefined }),
        });
        worker.post({ id, op: 'hash-open', algorithms, ...(writeTo !== undefined ? { writeTo } : {}) });
    }
    fail(error) {
        if (this.failure)
            return;
        this.worker.remove(this.id);
        this.failure = error;
        this.settle.reject(error);
        this.onFail(error);
    }
    push(chunk, acked) {
        this.acks.push(acked);
        this.worker.post({ id: this.id, op: 'hash-update', chunk }, [chunk.buffer]);
    }
    end() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-end' });
        this.finished = true;
        return this.result;
    }
    async abort() {
        if (!this.finished && !this.failure)
            this.worker.post({ id: this.id, op: 'hash-abort' });
        this.finished = true;
        await this.result.then(() => undefined, () => undefined);
    }
}
/** The fallback: hashing and writing on this thread, synchronously. */
class LocalStreamHash {
    hash;
    failure;
    constructor() { }
    static async open(algorithms, writeTo) {
        const local = new LocalStreamHash();
        try {
            local.hash = await localKernel.streamHash(algorithms, writeTo);
        }
        catch (error) {
            local.failure = error;
        }
        return local;
    }
    update(chunk) {
        if (this.failure !== undefined || !this.hash)
            return;
        try {
            this.hash.update(chunk);
        }
        catch (error) {
            this.failure = error;
            this.close();
        }
    }
    ready() {
        return undefined;
    }
    async digest() {
        if (this.failure !== undefined || !this.hash)
            throw this.failure;
        const hash = this.hash;
        this.hash = undefined;
        return hash.digest();
    }
    async abort() {
        this.close();
    }
    error() {
        const failure = this.failure;
        return failure === undefined ? undefined : failure instanceof Error ? failure : new Error(String(failure));
    }
    close() {
        try {
            this.hash?.abort();
        }
        catch {
            // Given up on anyway.
        }
        this.hash = undefined;
    }
}
/**
 * Chunks are copied into STREAM_BATCH-sized batches (the caller's chunks are views into
 * socket buffers it still uses) and transferred, so a batch is copied once; the
 * worker writes and hashes it and hands the memory back for the next batch, or,
 * when BLAKE2b-256 runs on a second worker, on to that one first.
 */
class RemoteStreamHash {
    batch;
    filled = 0;
    backlog = 0;
    waiters = [];
    finished = false;
    main;
    helper;
    constructor(pool, main, helper) {
        this.main = new RemoteStream(main.worker, pool.newId(), main.algorithms, main.writeTo, () => this.wake());
        this.helper = helper && new RemoteStream(helper.worker, pool.newId(), helper.algorithms, undefined, () => this.wake());
    }
    wake() {
        for (const w of this.waiters.splice(0))
            w();
    }
    release(memory, length) {
        this.backlog -= length;
        recycleBuffer(memory);
        if (this.backlog <= STREAM_BACKLOG)
            this.wake();
    }
    flush() {
        if (!this.batch || this.filled === 0)
            return;
        const chunk = this.batch.subarray(0, this.filled);
        const length = this.filled;
        this.batch = undefined;
        this.filled = 0;
        this.backlog += length;
        this.main.push(chunk, (memory) => {
            if (this.helper && !this.error())
                this.helper.push(new Uint8Array(memory, 0, length), (back) => this.release(back, length));
            else
                this.release(memory, length);
        });
    }
    update(chunk) {
        if (this.finished)
            throw new Error('stream hash already finished');
        if (this.error())
            return;
        let offset = 0;
        while (offset < chunk.length) {
            this.batch ??= takeBuffer(STREAM_BATCH);
            const n = Math.min(STREAM_BATCH - this.filled, chunk.length - offset);
            this.batch.set(chunk.subarray(offset, offset + n), this.filled);
            this.filled += n;
            offset += n;
            if (this.filled === STREAM_BATCH)
                this.flush();
        }
    }
    error() {
        return this.main.failure ?? this.helper?.failure;
    }
    ready() {
        if (this.error() || this.backlog <= STREAM_BACKLOG)
            return undefined;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    async digest() {
        if (this.finished)
            throw new Error('stream hash already finished');
        this.finished = true;
        this.flush();
        try {
            // The main worker acknowledges every chunk before it answers the end, so by then
            // the helper has been handed all of them.
            const own = await this.main.end();
            return { ...own, ...(this.helper ? await this.helper.end() : {}) };
        }
        catch (error) {
            await this.helper?.abort();
            throw error;
        }
    }
    async abort() {
        if (!this.finished) {
            this.finished = true;
            if (this.batch)
                recycleBuffer(this.batch.buffer);
            this.batch = undefined;
        }
        this.wake();
        await Promise.all([this.main.abort(), this.helper?.abort()]);
    }
}
/** The part of `algorithms` a second worker takes over, when that is worth a relay. */
function splitOff(algorithms, otherWork) {
    return algorithms.includes('blake2b256') && (otherWork || algorithms.length > 1) ? ['blake2b256'] : [];
}
class Pool {
    size;
    workers = new Set();
    /** A worker failed or none could start: everything runs on the calling thread from now on. */
    disabled = false;
    nextId = 1;
    constructor(size) {
        this.size = size;
    }
    newId() {
        return this.nextId++;
    }
    /**
     * Fewer or more threads (0: everything on the calling thread), and workers
     * trusted again after one was lost; running jobs finish where they are.
     */
    resize(size) {
        this.size = size;
        this.disabled = false;
        this.release();
    }
    /** Every worker ends once its jobs have, and the spare buffers go; new jobs start new workers. */
    release() {
        for (const w of [...this.workers])
            w.retire();
        for (const spare of spareBuffers.values())
            spare.length = 0;
    }
    /** The workers now running or starting; for tests and diagnostics. */
    count() {
        return this.workers.size;
    }
    /**
     * The least loaded worker, or a new one while there are fewer than `size` and
     * all are busy; none when workers are off. `started`: only a worker known to
     * run (for jobs that cannot be redone here if it fails; a new one is still
     * started for the next job).
     */
    pick(started = false) {
        if (this.disabled || this.size <= 0)
            return undefined;
        let best;
        for (const w of this.workers) {
            if ((w.ready || !started) && (!best || w.load < best.load))
                best = w;
        }
        if (best && best.jobs.size === 0)
            return best;
        if (this.workers.size >= this.size)
            return best;
        const fresh = this.spawn();
        return started ? best : fresh ?? best;
    }
    /**
     * A second worker for part of a job, only if one has nothing else to do (or
     * can be started): when all are busy, the job is cheaper whole on one worker
     * than relayed between two that have other work.
     */
    idle(besides, started) {
        for (const w of this.workers)
            if (w !== besides && w.jobs.size === 0 && (w.ready || !started))
                return w;
        return !started && this.workers.size < this.size ? this.spawn() : undefined;
    }
    spawn() {
        let worker;
        try {
            const entry = workerEntry();
            worker = new external_node_worker_threads_.Worker(entry.url, entry.execArgv ? { execArgv: entry.execArgv } : {});
        }
        catch {
            this.disabled = true;
            return undefined;
        }
        const pooled = new PoolWorker(worker, IDLE_MS, (w) => this.workers.delete(w));
        worker.on('message', (msg) => {
            if (msg.op === 'ready') {
                pooled.ready = true;
                pooled.settle();
                if (pooled.jobs.size === 0)
                    pooled.idleFromNow();
            }
            else if (msg.op === 'spare')
                recycleBuffer(msg.buffer);
            else
                pooled.jobs.get(msg.id)?.onMessage(msg);
        });
        const lost = (error) => {
            pooled.settle();
            if (pooled.jobs.size === 0 && pooled.gone)
                return; // retired and ended
            // One that died may have been killed by something that takes the others too.
            this.disabled = true;
            pooled.gone = true;
            this.workers.delete(pooled);
            for (const [id, job] of [...pooled.jobs]) {
                pooled.remove(id);
                job.onLost(error);
            }
        };
        worker.on('error', (error) => lost(new WorkerLost(`a hashing worker failed: ${error.message}`)));
        worker.on('exit', (code) => lost(new WorkerLost(`a hashing worker exited (code ${code})`)));
        // After the listeners: adding a 'message' listener refs the worker again.
        worker.unref();
        this.workers.add(pooled);
        return pooled;
    }
    /**
     * Starts all the workers now and resolves once each runs (or is gone): work
     * that must go to a started worker (stream hashes) then never has to stay on
     * this thread for want of one.
     */
    async warm() {
        while (!this.disabled && this.workers.size < this.size) {
            if (!this.spawn())
                break;
        }
        await Promise.all([...this.workers].map(async (w) => {
            // Unref'd workers alone do not keep the process alive, and nothing else may while it waits.
            w.worker.ref();
            await w.settled;
            if (w.jobs.size === 0)
                w.worker.unref();
        }));
    }
    /** A scan on a worker (and BLAKE2b-256 on a second); on this thread if no worker can do it. */
    async scan(request) {
        if (request.wholeFile)
            stats.wholeFileScans++;
        const reader = this.pick();
        if (reader) {
            const algorithms = request.algorithms ?? [];
            const split = request.wholeFile ? splitOff(algorithms, request.members.length > 0) : [];
            const helper = split.length > 0 ? this.idle(reader, false) : undefined;
            try {
                stats.workerScans++;
                if (helper)
                    stats.splitJobs++;
                return await this.scanOn(reader, request, helper && { worker: helper, algorithms: split });
            }
            catch (error) {
                if (!(error instanceof WorkerLost))
                    throw error;
            }
        }
        stats.localScans++;
        return localKernel.scan(request);
    }
    scanOn(reader, request, split) {
        const id = this.newId();
        const credit = (memory) => reader.post({ id, op: 'credit', chunk: new Uint8Array(memory) }, [memory]);
        // The helper's trouble stops the reader, which would otherwise wait for chunks that never come back.
        const helper = split && new RemoteStream(split.worker, this.newId(), split.algorithms, undefined, () => reader.post({ id, op: 'cancel' }));
        const own = split ? (request.algorithms ?? []).filter((a) => !split.algorithms.includes(a)) : request.algorithms;
        return new Promise((resolve, reject) => {
            const failed = (error) => {
                void helper?.abort();
                reject(helper?.failure ?? error);
            };
            reader.add(id, {
                onMessage: (msg) => {
                    switch (msg.op) {
                        case 'chunk':
                            if (helper && !helper.failure)
                                helper.push(msg.chunk, credit);
                            else
                                credit(msg.chunk.buffer);
                            break;
                        case 'done': {
                            reader.remove(id);
                            for (const buffer of msg.buffers ?? [])
                                recycleBuffer(buffer);
                            const result = msg.result;
                            if (!helper)
                                resolve(result);
                            else
                                helper.end().then((extra) => resolve({ ...result, digests: { ...result.digests, ...extra } }), reject);
                            break;
                        }
                        case 'failed':
                            reader.remove(id);
                            failed(workerError(msg));
                            break;
                        default:
                            break;
                    }
                },
                onLost: failed,
                load: cost(own ?? [], { members: request.members.length > 0 }),
            });
            // A buffer to read into and, when chunks go to a helper, one for each chunk on its way. A scan of
            // some members only (a download's metadata) reads little, and ten at once should not hold 10 MiB.
            const size = request.wholeFile ? CHUNK : STREAM_BATCH;
            const buffers = Array.from({ length: helper ? CHUNK_WINDOW + 1 : 1 }, () => takeBuffer(size).buffer);
            reader.post({ id, op: 'scan', request: { ...request, ...(own ? { algorithms: own } : {}) }, forward: helper !== undefined, window: CHUNK_WINDOW, buffers }, buffers);
        });
    }
    /**
     * Digests of a stream of bytes (and the bytes written to `writeTo`), on a
     * started worker when there is one: bytes handed over cannot be hashed again
     * here if a worker fails, so a worker that might not start is not trusted with them.
     */
    async streamHash(algorithms, writeTo) {
        const worker = this.pick(true);
        if (!worker) {
            stats.localStreams++;
            return LocalStreamHash.open(algorithms, writeTo);
        }
        stats.workerStreams++;
        const split = splitOff(algorithms, writeTo !== undefined);
        const helper = split.length > 0 ? this.idle(worker, true) : undefined;
        if (!helper)
            return new RemoteStreamHash(this, { worker, algorithms, writeTo });
        stats.splitJobs++;
        return new RemoteStreamHash(this, { worker, algorithms: algorithms.filter((a) => !split.includes(a)), writeTo }, { worker: helper, algorithms: split });
    }
}
const stats = { workerScans: 0, wholeFileScans: 0, localScans: 0, workerStreams: 0, localStreams: 0, splitJobs: 0 };
function workerStats() {
    return { ...stats, running: pool?.count() ?? 0 };
}
let pool;
function thePool() {
    pool ??= new Pool((0,external_node_os_.availableParallelism)());
    return pool;
}
/**
 * How many worker threads to use from now on (default: one per core); 0 keeps
 * every job on the calling thread.
 */
function setWorkerThreads(size) {
    thePool().resize(Math.max(0, Math.floor(size)));
}
/**
 * Ends the worker threads as soon as they are idle, instead of after a second
 * without work, and drops the buffers kept for them: their memory is freed now.
 * For a caller done checking files and about to do something else for a while;
 * the next job starts new ones.
 */
function releaseWorkerThreads() {
    pool?.release();
}
/** Starts the worker threads ahead of the work (they end once idle after their first jobs). */
function warmWorkerThreads() {
    return thePool().warm();
}
function pool_scanOnWorker(request) {
    return thePool().scan(request);
}
function streamHashOnWorker(algorithms, writeTo) {
    return thePool().streamHash(algorithms, writeTo);
}

;// CONCATENATED MODULE: ./lib/hashing/hash.js
/**
 * The one way this project hashes bytes: a file or a stream in one call, a
 * hasher fed piece by piece (that can also write what it is fed), and the
 * member scan of a zip. All of it runs on the hashing workers when they can
 * (pool.ts), on this thread when they cannot; the digests are the same.
 */


/** Digests of a file, read once, or of a stream, read to its end. */
async function hash(source, algorithms) {
    const wanted = algorithms_checkAlgorithms(algorithms);
    if (typeof source === 'string') {
        const scan = await pool_scanOnWorker({ path: source, members: [], wholeFile: true, algorithms: wanted });
        return { ...scan.digests, size: scan.size };
    }
    const hasher = await createHasher(algorithms);
    try {
        for await (const chunk of source) {
            hasher.update(chunk);
            const wait = hasher.ready();
            if (wait)
                await wait;
        }
    }
    catch (error) {
        await hasher.abort();
        throw error;
    }
    return hasher.digest();
}
/**
 * A hasher for a stream; with `writeTo` (a file it creates or truncates) it
 * writes the bytes too, before hashing them, so the digests always cover
 * exactly the bytes on disk.
 */
async function createHasher(algorithms, opts = {}) {
    const stream = await streamHashOnWorker(algorithms_checkAlgorithms(algorithms), opts.writeTo);
    let size = 0;
    let done = false;
    return {
        update(chunk) {
            if (done)
                throw new Error('hasher already finished');
            stream.update(chunk);
            size += chunk.byteLength;
        },
        ready: () => stream.ready(),
        async digest() {
            if (done)
                throw new Error('hasher already finished');
            done = true;
            return { ...(await stream.digest()), size };
        },
        abort() {
            done = true;
            return stream.abort();
        },
        error: () => stream.error(),
        get size() {
            return size;
        },
    };
}
/**
 * Reads the members of a zip the request plans (inflating, hashing, checking
 * each) and, with `wholeFile`, digests the whole file in the same pass.
 */
function scanFile(request) {
    return scanOnWorker({ ...request, ...(request.algorithms ? { algorithms: checkAlgorithms(request.algorithms) } : {}) });
}

;// CONCATENATED MODULE: ./lib/hashing/index.js
/** The one hashing service: digests of files and streams, the zip member scan, and the worker threads that run them. */






/***/ }),

/***/ 5440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e7: () => (/* binding */ ZipFramingCheck)
/* harmony export */ });
/* unused harmony exports zipfileName, checkZipFraming */
/* harmony import */ var _files_block_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5732);
/**
 * warehouse's `validate_zipfile` (warehouse/utils/zipfiles.py), record for
 * record: a zip must read the same whether a tool trusts its central directory
 * (pip, Python's zipfile) or streams its local headers front to back. Data
 * before the first local header, a local header whose name or sizes differ
 * from the central directory's, two central-directory entries for one local
 * header, data descriptors, per-entry comments, a second archive appended:
 * PyPI refuses them all ("ZIP archive not accepted: …"), with the texts below.
 *
 * The walk is a push parser, so it runs on the chunks of the one sequential
 * read that hashes the file (`feed`), or, when nothing reads the whole file,
 * by reading only the record headers and seeking over the data (`checkFile`).
 */

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
class Invalid extends Error {
}
/** cp437, the encoding zipfile assumes for names without the UTF-8 flag (bytes 0x80-0xff). */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** The name Python's zipfile gives a central-directory entry (`ZipInfo.orig_filename`). */
function zipfileName(raw, flags) {
    if ((flags & 0x800) !== 0)
        return new TextDecoder('utf-8').decode(raw);
    let out = '';
    for (const byte of raw)
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    return out;
}
function unprintable(bytes) {
    return bytes.some((b) => b < 0x20 || b === 0x7f);
}
/** The record walk of validate_zipfile; yields what it needs next, returns the file offset it stopped at. */
function* walk(cd) {
    let pos = 0;
    const read = function* (n) {
        if (n === 0)
            return Buffer.alloc(0);
        const bytes = yield { read: n };
        pos += n;
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    };
    const skip = function* (n) {
        if (n > 0)
            yield { skip: n };
        pos += n;
    };
    const localNames = new Set();
    const cdNames = new Set();
    let expectedEocd64;
    let actualEocd64;
    let cdRecords = 0;
    let cdOffset;
    let cdSize = 0;
    let eocdRecords;
    let eocdSize;
    let eocdOffset;
    for (;;) {
        const signature = (yield* read(4)).readUInt32LE(0);
        if (signature === SIG_EOCD && expectedEocd64 !== undefined && actualEocd64 === undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_EOCD64_LOCATOR && (expectedEocd64 === undefined || actualEocd64 !== undefined))
            throw new Invalid('Malformed zip file');
        if (signature !== SIG_EOCD64_LOCATOR && signature !== SIG_EOCD && expectedEocd64 !== undefined)
            throw new Invalid('Malformed zip file');
        if (signature === SIG_CENTRAL) {
            cdOffset ??= pos - 4;
            cdRecords++;
            const header = yield* read(42);
            const nameLength = header.readUInt16LE(24);
            const extraLength = header.readUInt16LE(26);
            if (header.readUInt16LE(28) !== 0)
                throw new Invalid('Comment in central directory');
            const name = yield* read(nameLength);
            yield* read(extraLength);
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            cdSize += 46 + nameLength + extraLength;
            const key = name.toString('latin1');
            if (cdNames.has(key))
                throw new Invalid('Duplicate filename in central directory');
            if (!localNames.has(key))
                throw new Invalid('Missing filename in local headers');
            cdNames.add(key);
        }
        else if (signature === SIG_LOCAL) {
            const header = yield* read(26);
            const flags = header.readUInt16LE(2);
            const method = header.readUInt16LE(4);
            let compressedSize = header.readUInt32LE(14);
            let size = header.readUInt32LE(18);
            const name = yield* read(header.readUInt16LE(22));
            let extra = yield* read(header.readUInt16LE(24));
            if (unprintable(name))
                throw new Invalid('Invalid character in filename');
            const seenExtras = new Set();
            while (extra.length > 0) {
                if (extra.length < 4)
                    throw new Invalid('Malformed zip file');
                const id = extra.readUInt16LE(0);
                const dataSize = extra.readUInt16LE(2);
                if (dataSize + 4 > extra.length)
                    throw new Invalid('Malformed zip file');
                if (seenExtras.has(id) && (id === 0x0001 || id === 0x7075))
                    throw new Invalid('Invalid duplicate extra in local file');
                seenExtras.add(id);
                if (id === 0x0001) {
                    if (![0, 8, 16, 24, 28].includes(dataSize))
                        throw new Invalid('Malformed zip file');
                    if (dataSize === 0) {
                        if (compressedSize === U32_MAX || size === U32_MAX)
                            throw new Invalid('Malformed zip file');
                    }
                    else if (dataSize === 8) {
                        if (method !== 0)
                            throw new Invalid('Malformed zip file');
                        compressedSize = Number(extra.readBigUInt64LE(4));
                        if (size === U32_MAX)
                            size = compressedSize;
                    }
                    else {
                        if (size === U32_MAX)
                            size = Number(extra.readBigUInt64LE(4));
                        compressedSize = Number(extra.readBigUInt64LE(12));
                    }
                }
                else if (id === 0x7075) {
                    const unicodeName = extra.subarray(9, 4 + dataSize);
                    if (unprintable(unicodeName))
                        throw new Invalid('Invalid character in filename');
                    if (!validUtf8(unicodeName))
                        throw new Invalid('Filename not valid UTF-8');
                }
                extra = extra.subarray(dataSize + 4);
            }
            if ((flags & 0x08) !== 0)
                throw new Invalid('ZIP contains a data descriptor');
            if (!validUtf8(name))
                throw new Invalid('Filename not unicode');
            const expected = cd.get(name.toString('utf8'));
            if (!expected)
                throw new Invalid('Filename not in central directory');
            if (expected.compressedSize !== compressedSize)
                throw new Invalid('Mis-matched data size');
            if (expected.size !== size)
                throw new Invalid('Mis-matched file size');
            yield* skip(compressedSize);
            const key = name.toString('latin1');
            if (localNames.has(key))
                throw new Invalid('Duplicate filename in local headers');
            localNames.add(key);
        }
        else if (signature === SIG_EOCD) {
            cdOffset ??= pos - 4;
            const eocd = yield* read(18);
            if (eocd.readUInt16LE(4) !== eocd.readUInt16LE(6))
                throw new Invalid('Malformed zip file');
            if (!(actualEocd64 !== undefined && eocdOffset !== undefined)) {
                eocdRecords = eocd.readUInt16LE(6);
                eocdSize = eocd.readUInt32LE(8);
                eocdOffset = eocd.readUInt32LE(12);
            }
            yield* skip(eocd.readUInt16LE(16));
            if (eocdRecords !== cdRecords)
                throw new Invalid('Mismatched central directory records');
            if (eocdOffset !== cdOffset)
                throw new Invalid('Mismatched central directory offset');
            if (eocdSize !== cdSize)
                throw new Invalid('Mismatched central directory size');
            break;
        }
        else if (signature === SIG_EOCD64) {
            expectedEocd64 = pos - 4;
            const eocd64 = yield* read(52);
            const recordSize = Number(eocd64.readBigUInt64LE(0));
            if (eocd64.readBigUInt64LE(20) !== eocd64.readBigUInt64LE(28))
                throw new Invalid('Malformed zip file');
            if (recordSize !== 44)
                throw new Invalid('ZIP64 extensible data not allowed');
            eocdRecords = Number(eocd64.readBigUInt64LE(28));
            eocdSize = Number(eocd64.readBigUInt64LE(36));
            eocdOffset = Number(eocd64.readBigUInt64LE(44));
        }
        else if (signature === SIG_EOCD64_LOCATOR) {
            actualEocd64 = Number((yield* read(16)).readBigUInt64LE(4));
            if (expectedEocd64 !== actualEocd64)
                throw new Invalid('Mis-matched EOCD64 record and locator offset');
        }
        else {
            throw new Invalid('Unknown record signature');
        }
    }
    if (cdNames.size !== localNames.size || [...cdNames].some((n) => !localNames.has(n))) {
        throw new Invalid('Mis-matched local headers and central directory');
    }
    return pos;
}
function validUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Fed the file's bytes in order, once; `result` then says what warehouse's
 * validate_zipfile says: undefined for a zip it accepts, else its reason.
 */
class ZipFramingCheck {
    walker;
    request;
    pending = [];
    pendingLength = 0;
    failure;
    stoppedAt;
    total = 0;
    constructor(cd) {
        this.walker = walk(cd);
        this.advance(undefined);
    }
    advance(input) {
        try {
            const next = input === undefined ? this.walker.next() : this.walker.next(input);
            if (next.done) {
                this.stoppedAt = next.value;
                this.request = undefined;
            }
            else {
                this.request = next.value;
            }
        }
        catch (error) {
            if (!(error instanceof Invalid))
                throw error;
            this.failure = error.message;
            this.request = undefined;
        }
    }
    /** The next bytes of the file. */
    feed(chunk) {
        this.total += chunk.byteLength;
        let offset = 0;
        while (offset < chunk.byteLength && this.request) {
            const request = this.request;
            if ('skip' in request) {
                const n = Math.min(request.skip, chunk.byteLength - offset);
                offset += n;
                if (n === request.skip)
                    this.advance(new Uint8Array(0));
                else
                    request.skip -= n;
                continue;
            }
            const n = Math.min(request.read - this.pendingLength, chunk.byteLength - offset);
            this.pending.push(Buffer.from(chunk.subarray(offset, offset + n)));
            this.pendingLength += n;
            offset += n;
            if (this.pendingLength === request.read) {
                const bytes = Buffer.concat(this.pending);
                this.pending = [];
                this.pendingLength = 0;
                this.advance(bytes);
            }
        }
    }
    /** What is still wanted: bytes to read, or bytes to pass over (a driver that can seek skips them). */
    wants() {
        return this.request && ('read' in this.request ? { read: this.request.read - this.pendingLength } : { ...this.request });
    }
    /** Passes over bytes the walk does not look at, without them being read. */
    skip(n) {
        const request = this.request;
        if (!request || !('skip' in request) || n > request.skip)
            throw new Error('skip beyond what the zip walk asked for');
        this.total += n;
        if (n === request.skip)
            this.advance(new Uint8Array(0));
        else
            request.skip -= n;
    }
    /** After the whole file: warehouse's reason for refusing it, or undefined. */
    result(fileSize = this.total) {
        if (this.failure !== undefined)
            return this.failure;
        // The file ended in the middle of a record (or of data a header announced).
        if (this.stoppedAt === undefined)
            return 'Malformed zip file';
        if (this.stoppedAt !== fileSize)
            return 'Trailing data';
        return undefined;
    }
}
/** validate_zipfile on a file nothing else reads through: headers are read, data is passed over. */
async function checkZipFraming(path, cd) {
    const check = new ZipFramingCheck(cd);
    // A few small reads per member: served from blocks read ahead, not one trip to the file each.
    const file = await BlockReader.open(path);
    try {
        const size = file.size;
        let pos = 0;
        for (let want = check.wants(); want; want = check.wants()) {
            if ('skip' in want) {
                // Python seeks past the end without complaint; the next read then finds nothing.
                const n = Math.min(want.skip, Math.max(0, size - pos));
                if (n === 0)
                    break;
                check.skip(n);
                pos += n;
                continue;
            }
            const bytes = await file.read(pos, Math.min(BLOCK_SIZE, want.read));
            if (bytes.length === 0)
                break;
            check.feed(bytes);
            pos += bytes.length;
        }
        return check.result(size);
    }
    finally {
        await file.close();
    }
}


/***/ }),

/***/ 7309:
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

/***/ 7239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _S: () => (/* reexport */ errors_ProcessStartError),
  fE: () => (/* reexport */ formatCommand),
  Bs: () => (/* reexport */ maskCredentials),
  M3: () => (/* reexport */ pythonEnvironment),
  R3: () => (/* reexport */ run_runProcess),
  RT: () => (/* reexport */ command_tail)
});

// UNUSED EXPORTS: DEFAULT_MAX_OUTPUT_BYTES, ProcessError, childEnvironment, failureOf, git, gitEnvironment, gitOk

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
function command_tail(text, lines = 15) {
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
class errors_ProcessStartError extends Error {
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
function errors_failureOf(r, opts = {}) {
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
function run_runProcess(file, args, opts) {
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
            reject(new errors_ProcessStartError(command, err));
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
            reject(new errors_ProcessStartError(command, err));
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
function environment_gitEnvironment(base = process.env) {
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/process/git.js
/**
 * git, for the local bump and the rehearsal: in the repository at `dir` and
 * no other (see gitEnvironment), never prompting, with a timeout.
 */





const GIT_TIMEOUT_MS = (/* unused pure expression or super */ null && (10 * 60_000));
/** Runs git in `dir`; resolves whatever the exit code, throws a UserError when git is not installed. */
async function git(dir, args, opts = {}) {
    try {
        return await runProcess('git', args, { cwd: dir, env: gitEnvironment(), timeoutMs: opts.timeoutMs ?? GIT_TIMEOUT_MS, terminal: true });
    }
    catch (err) {
        if (err instanceof ProcessStartError && err.code === 'ENOENT') {
            // spawn says ENOENT for a missing working directory too.
            if (!existsSync(dir))
                throw new UserError(`Cannot run git in ${dir}: the directory does not exist.`);
            throw new UserError(`git is not installed (or not on PATH). ${opts.ifMissing ?? 'Install git.'}`);
        }
        throw err;
    }
}
/** git's stdout when it succeeded; otherwise a UserError saying what could not be done and what git said. */
async function gitOk(dir, args, doing, opts = {}) {
    const r = await git(dir, args, opts);
    const failure = failureOf(r, { complete: true });
    if (failure)
        throw new UserError(`Could not ${doing}: ${failure.message}`);
    return r.stdout;
}

;// CONCATENATED MODULE: ./lib/process/index.js
/** Starting processes: the runner, the environments it runs them in, git, and how failures read. */







/***/ }),

/***/ 2633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ markedJson),
/* harmony export */   ML: () => (/* binding */ withPrologue),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   w$: () => (/* binding */ pythonScript)
/* harmony export */ });
/* unused harmony export SCRIPT_NAMES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/**
 * The Python this project runs inside interpreters (`python -c SCRIPT`),
 * kept as .py files beside this module so that they are Python to read,
 * lint and compile (test/unit/python/scripts.test.ts compiles each under 2.7
 * and 3.x).
 *
 * Each file is read through a literal `new URL('./x.py', import.meta.url)`:
 * from src/ under jest, from lib/ after tsc (scripts/build.mjs copies the .py
 * files there), and in a bundle from the copy ncc puts beside index.js (ncc
 * recognises only this literal form, so a name built at run time would break
 * the bundles).
 */

const read = (url) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(url, 'utf8');
const SOURCES = {
    copy_distributions: () => read(__webpack_require__.ab + "copy_distributions.py"),
    inspect_installed: () => read(__webpack_require__.ab + "inspect_installed.py"),
    interpreter_facts: () => read(__webpack_require__.ab + "interpreter_facts.py"),
    pip_from_wheel: () => read(__webpack_require__.ab + "pip_from_wheel.py"),
    pip_runner: () => read(__webpack_require__.ab + "pip_runner.py"),
    probe: () => read(__webpack_require__.ab + "probe.py"),
    render_description: () => read(__webpack_require__.ab + "render_description.py"),
    sitecustomize: () => read(__webpack_require__.ab + "sitecustomize.py"),
};
const SCRIPT_NAMES = Object.keys(SOURCES);
const cache = new Map();
/** The text of src/python/scripts/<name>.py. */
function pythonScript(name) {
    let text = cache.get(name);
    if (text === undefined) {
        text = SOURCES[name]();
        cache.set(name, text);
    }
    return text;
}
/** `name` with `prologue` put after its leading comment lines (the first names the script in logs). */
function withPrologue(name, prologue) {
    const lines = pythonScript(name).split('\n');
    const at = lines.findIndex((l) => !l.startsWith('#'));
    return [...lines.slice(0, at), pythonScript(prologue).trimEnd(), ...lines.slice(at)].join('\n');
}
/**
 * A template's text with each `NAME = None` line given a value. JSON strings
 * and lists are Python literals too; a name the template lacks is a bug here,
 * so it throws.
 */
function fillTemplate(name, values) {
    let text = pythonScript(name);
    for (const [key, value] of Object.entries(values)) {
        const line = `\n${key} = None\n`;
        if (text.split(line).length !== 2)
            throw new Error(`${name}.py has no single "${key} = None" line to fill in.`);
        text = text.replace(line, () => `\n${key} = ${JSON.stringify(value)}\n`); // a function: "$&" in a path stays as it is
    }
    return text;
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


/***/ })

};
