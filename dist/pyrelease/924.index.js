export const id = 924;
export const ids = [924];
export const modules = {

/***/ 77924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bA: () => (/* reexport */ parseRunnerOverrides),
  TU: () => (/* reexport */ planVerify),
  s0: () => (/* reexport */ planWheels),
  mL: () => (/* reexport */ resolveRunners),
  Rg: () => (/* reexport */ runsOnText)
});

// UNUSED EXPORTS: MAX_LEGS, RUNNER_KINDS

// EXTERNAL MODULE: ./lib/distributions/filename.js
var filename = __webpack_require__(63394);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/commands/plan-verify/runners.js
/**
 * The machines a verify leg can run on: one runner kind per OS and
 * architecture, each with the GitHub-hosted label that serves it (if any) and
 * what that image is known to offer. A user maps a kind to their own labels
 * (self-hosted runners, or another hosted image); the hosted facts below then
 * no longer apply, because nothing is known of that machine but its label.
 *
 * Sources: GitHub's runner labels
 * (ubuntu-24.04, ubuntu-24.04-arm, macos-15 on arm64, macos-15-intel, the last
 * Intel image since macos-13's retirement in December 2025, windows-2025,
 * windows-11-arm); Ubuntu 24.04 ships glibc 2.39; actions/setup-python has
 * CPython for Windows arm64 from 3.11 on (python.org builds no arm64 installer
 * before; setup-python#715, #976).
 */

const RUNNER_KINDS = [
    'linux-x86_64',
    'linux-aarch64',
    'linux-armv7l',
    'linux-ppc64le',
    'linux-s390x',
    'linux-riscv64',
    'macos-arm64',
    'macos-x86_64',
    'windows-amd64',
    'windows-arm64',
];
const HOSTED = {
    'linux-x86_64': { label: 'ubuntu-24.04', glibc: [2, 39] },
    'linux-aarch64': { label: 'ubuntu-24.04-arm', glibc: [2, 39] },
    'macos-arm64': { label: 'macos-15', macos: 15 },
    'macos-x86_64': { label: 'macos-15-intel', macos: 15 },
    'windows-amd64': { label: 'windows-2025' },
    'windows-arm64': { label: 'windows-11-arm', oldestPython: [3, 11] },
};
function isKind(value) {
    return RUNNER_KINDS.includes(value);
}
/** Printable, no separators of this syntax (`=`, `,`) and no line breaks. */
const LABEL = /^[^\s=,][^=,\r\n]*$/;
/**
 * `KIND=LABEL` or `KIND=LABEL,LABEL,…` (a job runs where a runner has every
 * label), e.g. `linux-ppc64le=self-hosted,linux,ppc64le`. Errors name the
 * item and what would be accepted; `where` names the option or input.
 */
function parseRunnerOverrides(items, where) {
    const out = {};
    for (const raw of items) {
        const item = raw.trim();
        const eq = item.indexOf('=');
        const kind = eq === -1 ? item : item.slice(0, eq).trim();
        if (eq === -1 || !isKind(kind)) {
            throw new errors/* UserError */.y(`${where}: '${item}' is not KIND=LABEL with KIND one of ${RUNNER_KINDS.join(', ')} (e.g. linux-ppc64le=self-hosted,linux,ppc64le).`);
        }
        const labels = item.slice(eq + 1).split(',').map((l) => l.trim());
        if (labels.length === 0 || labels.some((l) => !LABEL.test(l))) {
            throw new errors/* UserError */.y(`${where}: '${item}' needs one or more runner labels after '=', separated by commas.`);
        }
        if (out[kind] !== undefined)
            throw new errors/* UserError */.y(`${where}: ${kind} is given twice.`);
        out[kind] = labels.length === 1 ? labels[0] : labels;
    }
    return out;
}
function resolveRunners(overrides = {}) {
    const runners = {};
    for (const kind of RUNNER_KINDS) {
        const given = overrides[kind];
        const hosted = HOSTED[kind];
        if (given !== undefined)
            runners[kind] = { kind, runsOn: given };
        else if (hosted)
            runners[kind] = { kind, runsOn: hosted.label, hosted };
    }
    return runners;
}
function runsOnText(runsOn) {
    return Array.isArray(runsOn) ? runsOn.join(', ') : runsOn;
}

;// CONCATENATED MODULE: ./lib/commands/plan-verify/targets.js
const DEFAULT_PURE_PYTHON = [3, 13];
/** The oldest CPython 3 every hosted image this plan uses offers through setup-python. */
const OLDEST_HOSTED_PYTHON = [3, 9];
const PYTHON27_IMAGE = 'python:2.7.18-buster';
const BUSTER_GLIBC = [2, 28];
/**
 * CPython 3 older than the hosted images offer (OLDEST_HOSTED_PYTHON) runs on Linux in the
 * python:X.Y-bullseye image, as 2.7 does in its own: the oldest line with such images is 3.6, and
 * bullseye's glibc (2.31) is recent enough for the runner's Node.
 */
const OLDEST_CONTAINER_PYTHON = [3, 6];
const BULLSEYE_GLIBC = [2, 31];
const bullseyeImage = (v) => `python:${v[0]}.${v[1]}-bullseye`;
/** python.org built no arm64 macOS CPython before 3.8 (its universal2 installers began with 3.9.1 and 3.8.10). */
const OLDEST_MACOS_ARM64_PYTHON = [3, 8];
/** Alpine 3.x images carry musl 1.2. */
const ALPINE_MUSL = [1, 2];
const alpineImage = (v) => `python:${v[0]}.${v[1]}-alpine`;
const versionText = (v) => `${v[0]}.${v[1]}`;
function compare(a, b) {
    return a[0] - b[0] || a[1] - b[1];
}
const maxVersion = (a, b) => (compare(a, b) >= 0 ? a : b);
// ------------------------------------------------------------------ tags
/** `cp39` → [3, 9]; `cp310` → [3, 10]. */
function tagVersion(digits) {
    return [Number(digits[0]), digits.length > 1 ? Number(digits.slice(1)) : 0];
}
/** The interpreter a python tag and an ABI tag ask for, or why none is planned. */
function interpreterOf(python, abi) {
    const cp = /^cp(\d)(\d+)$/.exec(python);
    if (cp) {
        const version = tagVersion(`${cp[1]}${cp[2]}`);
        if (abi === 'abi3')
            return { impl: 'cpython', version, range: 'abi3', abi, freeThreaded: false };
        if (abi === 'none')
            return { impl: 'cpython', version, range: 'exact', abi, freeThreaded: false };
        const own = new RegExp(`^cp${cp[1]}${cp[2]}([a-z]*)$`).exec(abi);
        if (own) {
            const flags = own[1];
            if (flags.includes('d'))
                return { reason: `${python}-${abi} is for a debug build of CPython, which no runner has` };
            if (/^(m|mu|u|t|)$/.test(flags))
                return { impl: 'cpython', version, range: 'exact', abi, freeThreaded: flags === 't' };
        }
        return { reason: `the ABI tag ${abi} does not belong to ${python}` };
    }
    const py = /^py(\d)(\d*)$/.exec(python);
    if (py && abi === 'none')
        return { impl: 'cpython', version: [Number(py[1]), py[2] ? Number(py[2]) : 0], range: 'pure', abi, freeThreaded: false };
    const pp = /^pp(\d)(\d+)$/.exec(python);
    if (pp && /^pypy/.test(abi))
        return { impl: 'pypy', version: tagVersion(`${pp[1]}${pp[2]}`), range: 'exact', abi, freeThreaded: false };
    return { reason: `no leg is planned for the interpreter ${python}-${abi}` };
}
/** The platform a platform tag names. */
function platformOf(tag) {
    if (tag === 'any')
        return { os: 'any' };
    let m = /^manylinux(1|2010|2014)_(.+)$/.exec(tag);
    if (m)
        return { os: 'linux', libc: 'glibc', libcVersion: { 1: [2, 5], 2010: [2, 12], 2014: [2, 17] }[m[1]], arch: m[2], tag };
    m = /^(many|musl)linux_(\d+)_(\d+)_(.+)$/.exec(tag);
    if (m)
        return { os: 'linux', libc: m[1] === 'many' ? 'glibc' : 'musl', libcVersion: [Number(m[2]), Number(m[3])], arch: m[4], tag };
    m = /^linux_(.+)$/.exec(tag);
    if (m)
        return { os: 'linux', libc: 'glibc', arch: m[1], tag };
    m = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
    if (m)
        return { os: 'macos', min: [Number(m[1]), Number(m[2])], arch: m[3], tag };
    if (tag === 'win_amd64')
        return { os: 'windows', arch: 'amd64', tag };
    if (tag === 'win32')
        return { os: 'windows', arch: 'x86', tag };
    if (tag === 'win_arm64')
        return { os: 'windows', arch: 'arm64', tag };
    if (/^ios_/.test(tag))
        return { os: 'none', tag, reason: `${tag} is an iOS wheel: it installs into an iOS app or simulator, not on a runner` };
    if (/^android_/.test(tag))
        return { os: 'none', tag, reason: `${tag} is an Android wheel: it installs into an Android app, not on a runner` };
    if (/^(pyemscripten|emscripten)_/.test(tag))
        return { os: 'none', tag, reason: `${tag} is a WebAssembly (Emscripten/Pyodide) wheel: it installs in a browser or Node Pyodide, not with pip on a runner` };
    return { os: 'none', tag, reason: `no runner is planned for the platform ${tag}` };
}
// --------------------------------------------------------------- targets
const LINUX_KINDS = {
    x86_64: 'linux-x86_64',
    aarch64: 'linux-aarch64',
    armv7l: 'linux-armv7l',
    ppc64le: 'linux-ppc64le',
    s390x: 'linux-s390x',
    riscv64: 'linux-riscv64',
};
const MAC_KINDS = {
    arm64: 'macos-arm64',
    // One leg covers a fat wheel: the arm64 slice, on the runner most people have.
    universal2: 'macos-arm64',
    x86_64: 'macos-x86_64',
    intel: 'macos-x86_64',
    fat64: 'macos-x86_64',
    fat3: 'macos-x86_64',
    universal: 'macos-x86_64',
};
const WINDOWS_KINDS = { amd64: 'windows-amd64', x86: 'windows-amd64', arm64: 'windows-arm64' };
function noRunner(kind, what) {
    return { kind, reason: `no GitHub-hosted runner is ${what}; to install it on a runner of your own, map ${kind} to its labels (runners: ${kind}=LABEL)` };
}
function setupPythonName(i, version) {
    return i.impl === 'pypy' ? `pypy${versionText(version)}` : `${versionText(version)}${i.freeThreaded ? 't' : ''}`;
}
/** The version a leg installs for this interpreter on this runner. */
function chooseVersion(i, runner, ctx) {
    if (i.range === 'exact')
        return i.version;
    if (i.range === 'pure')
        return i.version[0] === 2 ? [2, 7] : maxVersion(ctx.purePython, i.version);
    const floor = runner.hosted ? maxVersion(OLDEST_HOSTED_PYTHON, runner.hosted.oldestPython ?? OLDEST_HOSTED_PYTHON) : OLDEST_HOSTED_PYTHON;
    return maxVersion(i.version, floor);
}
const describeVersion = (i) => `${i.impl === 'pypy' ? 'PyPy' : 'CPython'} ${versionText(i.version)}`;
function targetFor(i, p, ctx) {
    if (p.os === 'none')
        return { reason: p.reason };
    if (p.os === 'any')
        return linuxTarget(i, { os: 'linux', libc: 'glibc', arch: 'x86_64', tag: 'any' }, ctx);
    if (p.os === 'linux')
        return linuxTarget(i, p, ctx);
    if (p.os === 'macos')
        return macTarget(i, p, ctx);
    return windowsTarget(i, p, ctx);
}
function linuxTarget(i, p, ctx) {
    if (p.arch === 'i686') {
        return { reason: `${p.tag} is for 32-bit x86 Linux: there is no runner for it, and JavaScript actions cannot run in an i386 container (the runner's Node is 64-bit)` };
    }
    const kind = LINUX_KINDS[p.arch];
    if (!kind)
        return { reason: `no runner is planned for the Linux architecture ${p.arch} (${p.tag})` };
    const runner = ctx.runners[kind];
    if (!runner)
        return noRunner(kind, `Linux ${p.arch}`);
    const python2 = i.version[0] === 2;
    if (p.libc === 'musl') {
        if (kind !== 'linux-x86_64') {
            return { reason: `${p.tag} needs an Alpine container, and the Actions runner runs JavaScript actions in Alpine containers on x86_64 only (actions/runner#801)` };
        }
        if (i.impl !== 'cpython' || python2 || i.freeThreaded) {
            return { reason: `${p.tag} for ${describeVersion(i)}${i.freeThreaded ? ' (free-threaded)' : ''}: there is no python:X.Y-alpine image for it${python2 ? ' (and pip for 2.7 predates musllinux)' : ''}` };
        }
        if (p.libcVersion && compare(p.libcVersion, ALPINE_MUSL) > 0)
            return { reason: `${p.tag} needs musl ${versionText(p.libcVersion)}; the Alpine images carry musl 1.2` };
        const version = chooseVersion(i, runner, ctx);
        return { runner, python: versionText(version), setup: 'container', container: alpineImage(version) };
    }
    if (i.impl === 'cpython' && python2) {
        if (i.abi === 'cp27m') {
            return { reason: `${p.tag} with cp27m needs a narrow-Unicode (UCS-2) CPython 2.7, which no Linux distribution builds; the python:2.7 images are UCS-4 (cp27mu)` };
        }
        if (p.libcVersion && compare(p.libcVersion, BUSTER_GLIBC) > 0) {
            return { reason: `${p.tag} needs glibc ${versionText(p.libcVersion)}; the Python 2.7 container (${PYTHON27_IMAGE}) has glibc 2.28` };
        }
        return { runner, python: '2.7', setup: 'container', container: PYTHON27_IMAGE };
    }
    if (runner.hosted && i.impl === 'cpython' && i.range === 'exact' && !i.freeThreaded && compare(i.version, OLDEST_HOSTED_PYTHON) < 0) {
        // Older than setup-python offers on the hosted images (3.7 is gone from ubuntu-24.04): a container.
        if (compare(i.version, OLDEST_CONTAINER_PYTHON) < 0) {
            return { reason: `${p.tag} for ${describeVersion(i)}: no hosted runner offers it, and no python:${versionText(i.version)} image recent enough for the runner's Node exists` };
        }
        if (p.libcVersion && compare(p.libcVersion, BULLSEYE_GLIBC) > 0) {
            return { reason: `${p.tag} for ${describeVersion(i)} needs glibc ${versionText(p.libcVersion)}; its container (${bullseyeImage(i.version)}) has glibc 2.31` };
        }
        return { runner, python: versionText(i.version), setup: 'container', container: bullseyeImage(i.version) };
    }
    const glibc = runner.hosted?.glibc;
    if (glibc && p.libcVersion && compare(p.libcVersion, glibc) > 0) {
        return { kind, reason: `${p.tag} needs glibc ${versionText(p.libcVersion)}; ${runner.hosted.label} has glibc ${versionText(glibc)} (map ${kind} to a newer image's label)` };
    }
    const version = chooseVersion(i, runner, ctx);
    return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: kind === 'linux-aarch64' ? 'arm64' : kind === 'linux-x86_64' ? 'x64' : undefined };
}
function macTarget(i, p, ctx) {
    const python2 = i.impl === 'cpython' && i.version[0] === 2;
    if (python2) {
        // conda's osx-64 Python 2.7 runs the x86_64 slice, under Rosetta on the arm64 runner.
        if (!['x86_64', 'intel', 'fat64', 'fat3', 'universal'].includes(p.arch)) {
            return { reason: `${p.tag} for CPython 2.7: there is no Python 2.7 for this architecture (the planned one is conda's osx-64 build)` };
        }
        const runner = ctx.runners['macos-arm64'];
        if (!runner)
            return noRunner('macos-arm64', 'macOS arm64');
        return { runner, python: '2.7', setup: 'conda', architecture: 'x64' };
    }
    const kind = MAC_KINDS[p.arch];
    if (!kind)
        return { reason: `${p.tag} is for ${p.arch} macOS, which no runner runs (32-bit or PowerPC)` };
    const runner = ctx.runners[kind];
    if (!runner)
        return noRunner(kind, `macOS ${p.arch}`);
    const macos = runner.hosted?.macos;
    if (macos !== undefined && p.min[0] > macos) {
        return { kind, reason: `${p.tag} needs macOS ${versionText(p.min)}; ${runner.hosted.label} runs macOS ${macos} (map ${kind} to a newer image's label)` };
    }
    if (kind === 'macos-arm64' && runner.hosted && i.impl === 'cpython' && i.range === 'exact' && compare(i.version, OLDEST_MACOS_ARM64_PYTHON) < 0) {
        return { kind, reason: `${p.tag} for ${describeVersion(i)}: there is no arm64 macOS build of it (python.org's begin with 3.8), so actions/setup-python has none for ${runner.hosted.label}` };
    }
    const version = chooseVersion(i, runner, ctx);
    return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: kind === 'macos-arm64' ? 'arm64' : 'x64' };
}
function windowsTarget(i, p, ctx) {
    const kind = WINDOWS_KINDS[p.arch];
    const runner = ctx.runners[kind];
    if (!runner)
        return noRunner(kind, `Windows ${p.arch}`);
    if (runner.hosted && i.impl === 'cpython' && i.version[0] === 2) {
        return { kind, reason: `${p.tag} for CPython 2.7: hosted Windows runners have no Python 2.7 (actions/setup-python dropped it in June 2023)` };
    }
    const version = chooseVersion(i, runner, ctx);
    const oldest = runner.hosted?.oldestPython;
    if (oldest && i.range === 'exact' && compare(version, oldest) < 0) {
        return { kind, reason: `${p.tag} for ${describeVersion(i)}: actions/setup-python has CPython for ${runner.hosted.label} from ${versionText(oldest)} on (python.org builds no earlier installer for it)` };
    }
    return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: p.arch === 'x86' ? 'x86' : p.arch === 'arm64' ? 'arm64' : 'x64' };
}
// ------------------------------------------------------------ one wheel
function preference(i) {
    if (i.impl === 'cpython' && i.version[0] >= 3)
        return i.range === 'exact' ? 0 : i.range === 'abi3' ? 1 : 2;
    if (i.impl === 'pypy')
        return 3;
    return 4;
}
/** The leg target for a wheel, trying its tags in order of preference, or the first reason none fits. */
function wheelTarget(w, ctx) {
    const interpreters = [];
    const reasons = [];
    for (const py of w.pythonTags) {
        for (const abi of w.abiTags) {
            const i = interpreterOf(py, abi);
            if ('reason' in i)
                reasons.push(i);
            else
                interpreters.push(i);
        }
    }
    interpreters.sort((a, b) => preference(a) - preference(b) || compare(a.version, b.version));
    const platforms = w.platformTags.map(platformOf);
    for (const i of interpreters) {
        for (const p of platforms) {
            const t = targetFor(i, p, ctx);
            if ('runner' in t)
                return t;
            reasons.push(t);
        }
    }
    return reasons.find((r) => r.kind !== undefined) ?? reasons[0] ?? { reason: 'it names no interpreter and platform a leg is planned for' };
}
/** The newest CPython 3 the set's version-specific wheels target: the Python for its pure wheels. */
function newestTargetedPython(wheels) {
    let newest;
    for (const w of wheels) {
        for (const py of w.pythonTags) {
            for (const abi of w.abiTags) {
                const i = interpreterOf(py, abi);
                if ('reason' in i || i.impl !== 'cpython' || i.range !== 'exact' || i.version[0] !== 3 || i.freeThreaded)
                    continue;
                if (!newest || compare(i.version, newest) > 0)
                    newest = i.version;
            }
        }
    }
    return newest;
}

;// CONCATENATED MODULE: ./lib/commands/plan-verify/plan.js
/**
 * The verify plan: every wheel of the manifest installed once, on a runner
 * that can install it. Wheels that share a runner, a Python and a container
 * share a leg, which installs them together; two wheels of one distribution
 * cannot share an environment, so the second goes to a second leg of the same
 * kind. The plan is what `strategy.matrix` takes (`include`), plus the wheels
 * no planned runner can install, each with the reason.
 */
// From their own modules, not the barrel: this action's bundle then leaves out the archive readers (start-up time).




/** GitHub's cap on the jobs of one matrix. */
const MAX_LEGS = 256;
const KIND_NAMES = {
    'linux-x86_64': 'Linux x86_64',
    'linux-aarch64': 'Linux aarch64',
    'linux-armv7l': 'Linux armv7l',
    'linux-ppc64le': 'Linux ppc64le',
    'linux-s390x': 'Linux s390x',
    'linux-riscv64': 'Linux riscv64',
    'macos-arm64': 'macOS arm64',
    'macos-x86_64': 'macOS x86_64',
    'windows-amd64': 'Windows x86_64',
    'windows-arm64': 'Windows arm64',
};
function legKey(t) {
    return JSON.stringify([t.runner.kind, t.runner.runsOn, t.python, t.setup, t.architecture ?? '', t.container ?? '']);
}
function legId(t, slot) {
    const parts = [t.runner.kind, t.python];
    if (t.setup === 'container')
        parts.push(t.container.includes('alpine') ? 'alpine' : 'container');
    if (t.setup === 'conda')
        parts.push('conda');
    if (t.architecture === 'x86')
        parts.push('x86');
    if (slot > 1)
        parts.push(String(slot));
    return parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_');
}
function legName(t, slot) {
    const python = t.python.startsWith('pypy') ? `PyPy ${t.python.slice(4)}` : `Python ${t.python}`;
    const how = t.setup === 'container' ? ` in ${t.container}` : t.setup === 'conda' ? ' (conda osx-64, under Rosetta)' : t.architecture === 'x86' ? ' (32-bit)' : '';
    return `${KIND_NAMES[t.runner.kind]} · ${python}${how}${slot > 1 ? ` #${slot}` : ''}`;
}
function kindOrder(kind) {
    return Object.keys(KIND_NAMES).indexOf(kind);
}
function pythonOrder(python) {
    const m = /(\d+)\.(\d+)/.exec(python);
    return [python.startsWith('pypy') ? 1 : 0, m ? Number(m[1]) : 0, m ? Number(m[2]) : 0, python.endsWith('t') ? 1 : 0];
}
function compareArrays(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}
function planVerify(manifest, opts = {}) {
    return planWheels(manifest.files.map((f) => f.filename), opts);
}
/** The plan for these filenames (sdists are left out): the rehearsal adds the wheels a project builds elsewhere. */
function planWheels(filenames, opts = {}) {
    const wheels = [];
    for (const name of filenames)
        if (name.endsWith('.whl'))
            wheels.push((0,filename/* parseWheelFilename */.eP)(name));
    wheels.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
    const ctx = { runners: resolveRunners(opts.runners), purePython: newestTargetedPython(wheels) ?? DEFAULT_PURE_PYTHON };
    // Legs of one kind, in slots: slot n holds at most one wheel of each distribution.
    const groups = new Map();
    const unverifiable = [];
    for (const w of wheels) {
        const t = wheelTarget(w, ctx);
        if (!('runner' in t)) {
            unverifiable.push({ wheel: w.filename, reason: t.reason, ...(t.kind ? { kind: t.kind } : {}) });
            continue;
        }
        const key = legKey(t);
        const group = groups.get(key) ?? { target: t, slots: [] };
        groups.set(key, group);
        const free = group.slots.find((slot) => !slot.some((other) => other.normalizedName === w.normalizedName));
        if (free)
            free.push(w);
        else
            group.slots.push([w]);
    }
    const legs = [];
    for (const { target: t, slots } of groups.values()) {
        slots.forEach((slot, i) => {
            legs.push({
                kind: t.runner.kind,
                leg: {
                    id: legId(t, i + 1),
                    name: legName(t, i + 1),
                    'runs-on': t.runner.runsOn,
                    python: t.python,
                    'python-setup': t.setup,
                    ...(t.architecture ? { architecture: t.architecture } : {}),
                    ...(t.container ? { container: t.container } : {}),
                    wheels: slot.map((w) => w.filename),
                    packages: [...new Set(slot.map((w) => w.normalizedName))].sort(),
                },
            });
        });
    }
    legs.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || compareArrays(pythonOrder(a.leg.python), pythonOrder(b.leg.python)) || a.leg.id.localeCompare(b.leg.id));
    const include = legs.map((l) => l.leg);
    if (include.length > MAX_LEGS) {
        throw new errors/* UserError */.y(`The plan needs ${include.length} legs; a GitHub Actions matrix runs at most ${MAX_LEGS}. Split the release, or verify a part of the set.`);
    }
    return { include, unverifiable };
}

;// CONCATENATED MODULE: ./lib/commands/plan-verify/index.js




/***/ })

};
