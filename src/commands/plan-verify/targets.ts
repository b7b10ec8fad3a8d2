/**
 * Where one wheel can be installed: from its tags, the interpreter it needs
 * (CPython X.Y, a range for abi3 and pure wheels, PyPy) and the platform it
 * runs on, to one leg target (runner kind, Python, how the Python is set up,
 * container), or the reason no planned runner can install it.
 *
 * Choices where the tags leave room (docs/plan-verify.md says why):
 * - abi3 (`cp39-abi3`): the oldest CPython the tag admits, not older than the
 *   oldest the hosted image offers. That is where a wheel built against a
 *   newer limited API than it claims fails to import; later CPythons keep the
 *   stable ABI by promise.
 * - pure (`py3-none-any`): the newest CPython the set's own version-specific
 *   wheels target (else DEFAULT_PURE_PYTHON). What breaks pure code is what a
 *   new Python removes; and that leg usually exists anyway.
 * - several tags: Python 3 before Python 2, exact before ranges.
 * - cp27 on Linux: the python:2.7.18-buster container (UCS-4, so cp27mu; glibc
 *   2.28, enough for the runner's Node). cp27 on macOS: an osx-64 Python 2.7
 *   from conda, run under Rosetta on the arm64 runner, as the pipeline's 2.7 leg does.
 * - musllinux: the python:X.Y-alpine container, on x86_64 only (the runner
 *   refuses JavaScript actions in Alpine containers elsewhere).
 */
import type { WheelFilename } from '../../distributions/index.js';
import type { Runner, RunnerKind, Runners } from './runners.js';

export type Version = [number, number];

export interface Interpreter {
  impl: 'cpython' | 'pypy';
  /** The version, or the oldest of the range. */
  version: Version;
  /** exact: that version; abi3: that one and every later CPython 3; pure: any Python of that major version from there. */
  range: 'exact' | 'abi3' | 'pure';
  /** The ABI tag, for CPython 2.7's Unicode width (cp27mu, cp27m) and free-threading (cp313t). */
  abi: string;
  freeThreaded: boolean;
}

export type Platform =
  | { os: 'any' }
  | { os: 'linux'; libc: 'glibc' | 'musl'; libcVersion?: Version; arch: string; tag: string }
  | { os: 'macos'; min: Version; arch: string; tag: string }
  | { os: 'windows'; arch: 'amd64' | 'x86' | 'arm64'; tag: string }
  | { os: 'none'; tag: string; reason: string };

export type PythonSetup = 'setup-python' | 'container' | 'conda';

export interface LegTarget {
  runner: Runner;
  /** As actions/setup-python reads it: 3.9, 3.13t, pypy3.10; 2.7 for the container and conda legs. */
  python: string;
  setup: PythonSetup;
  /** setup-python's (or conda's) architecture: x64, arm64 or x86. */
  architecture?: 'x64' | 'arm64' | 'x86';
  container?: string;
}

export interface Unverifiable {
  reason: string;
  /** The runner kind a self-hosted label would make this installable on. */
  kind?: RunnerKind;
}

export interface PlanContext {
  runners: Runners;
  /** The Python for pure wheels (see the header). */
  purePython: Version;
}

export const DEFAULT_PURE_PYTHON: Version = [3, 13];
/** The oldest CPython 3 every hosted image this plan uses offers through setup-python. */
export const OLDEST_HOSTED_PYTHON: Version = [3, 9];
export const PYTHON27_IMAGE = 'python:2.7.18-buster';
const BUSTER_GLIBC: Version = [2, 28];
/**
 * CPython 3 older than the hosted images offer (OLDEST_HOSTED_PYTHON) runs on Linux in the
 * python:X.Y-bullseye image, as 2.7 does in its own: the oldest line with such images is 3.6, and
 * bullseye's glibc (2.31) is recent enough for the runner's Node.
 */
const OLDEST_CONTAINER_PYTHON: Version = [3, 6];
const BULLSEYE_GLIBC: Version = [2, 31];
export const bullseyeImage = (v: Version): string => `python:${v[0]}.${v[1]}-bullseye`;
/** python.org built no arm64 macOS CPython before 3.8 (its universal2 installers began with 3.9.1 and 3.8.10). */
const OLDEST_MACOS_ARM64_PYTHON: Version = [3, 8];
/** Alpine 3.x images carry musl 1.2. */
const ALPINE_MUSL: Version = [1, 2];

export const alpineImage = (v: Version): string => `python:${v[0]}.${v[1]}-alpine`;
export const versionText = (v: Version): string => `${v[0]}.${v[1]}`;

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1];
}

const maxVersion = (a: Version, b: Version): Version => (compare(a, b) >= 0 ? a : b);

// ------------------------------------------------------------------ tags

/** `cp39` → [3, 9]; `cp310` → [3, 10]. */
function tagVersion(digits: string): Version {
  return [Number(digits[0]), digits.length > 1 ? Number(digits.slice(1)) : 0];
}

/** The interpreter a python tag and an ABI tag ask for, or why none is planned. */
export function interpreterOf(python: string, abi: string): Interpreter | { reason: string } {
  const cp = /^cp(\d)(\d+)$/.exec(python);
  if (cp) {
    const version = tagVersion(`${cp[1]}${cp[2]}`);
    if (abi === 'abi3') return { impl: 'cpython', version, range: 'abi3', abi, freeThreaded: false };
    if (abi === 'none') return { impl: 'cpython', version, range: 'exact', abi, freeThreaded: false };
    const own = new RegExp(`^cp${cp[1]}${cp[2]}([a-z]*)$`).exec(abi);
    if (own) {
      const flags = own[1]!;
      if (flags.includes('d')) return { reason: `${python}-${abi} is for a debug build of CPython, which no runner has` };
      if (/^(m|mu|u|t|)$/.test(flags)) return { impl: 'cpython', version, range: 'exact', abi, freeThreaded: flags === 't' };
    }
    return { reason: `the ABI tag ${abi} does not belong to ${python}` };
  }
  const py = /^py(\d)(\d*)$/.exec(python);
  if (py && abi === 'none') return { impl: 'cpython', version: [Number(py[1]), py[2] ? Number(py[2]) : 0], range: 'pure', abi, freeThreaded: false };
  const pp = /^pp(\d)(\d+)$/.exec(python);
  if (pp && /^pypy/.test(abi)) return { impl: 'pypy', version: tagVersion(`${pp[1]}${pp[2]}`), range: 'exact', abi, freeThreaded: false };
  return { reason: `no leg is planned for the interpreter ${python}-${abi}` };
}

/** The platform a platform tag names. */
export function platformOf(tag: string): Platform {
  if (tag === 'any') return { os: 'any' };
  let m = /^manylinux(1|2010|2014)_(.+)$/.exec(tag);
  if (m) return { os: 'linux', libc: 'glibc', libcVersion: ({ 1: [2, 5], 2010: [2, 12], 2014: [2, 17] } as Record<string, Version>)[m[1]!], arch: m[2]!, tag };
  m = /^(many|musl)linux_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (m) return { os: 'linux', libc: m[1] === 'many' ? 'glibc' : 'musl', libcVersion: [Number(m[2]), Number(m[3])], arch: m[4]!, tag };
  m = /^linux_(.+)$/.exec(tag);
  if (m) return { os: 'linux', libc: 'glibc', arch: m[1]!, tag };
  m = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (m) return { os: 'macos', min: [Number(m[1]), Number(m[2])], arch: m[3]!, tag };
  if (tag === 'win_amd64') return { os: 'windows', arch: 'amd64', tag };
  if (tag === 'win32') return { os: 'windows', arch: 'x86', tag };
  if (tag === 'win_arm64') return { os: 'windows', arch: 'arm64', tag };
  if (/^ios_/.test(tag)) return { os: 'none', tag, reason: `${tag} is an iOS wheel: it installs into an iOS app or simulator, not on a runner` };
  if (/^android_/.test(tag)) return { os: 'none', tag, reason: `${tag} is an Android wheel: it installs into an Android app, not on a runner` };
  if (/^(pyemscripten|emscripten)_/.test(tag)) return { os: 'none', tag, reason: `${tag} is a WebAssembly (Emscripten/Pyodide) wheel: it installs in a browser or Node Pyodide, not with pip on a runner` };
  return { os: 'none', tag, reason: `no runner is planned for the platform ${tag}` };
}

// --------------------------------------------------------------- targets

const LINUX_KINDS: Record<string, RunnerKind> = {
  x86_64: 'linux-x86_64',
  aarch64: 'linux-aarch64',
  armv7l: 'linux-armv7l',
  ppc64le: 'linux-ppc64le',
  s390x: 'linux-s390x',
  riscv64: 'linux-riscv64',
};

const MAC_KINDS: Record<string, RunnerKind> = {
  arm64: 'macos-arm64',
  // One leg covers a fat wheel: the arm64 slice, on the runner most people have.
  universal2: 'macos-arm64',
  x86_64: 'macos-x86_64',
  intel: 'macos-x86_64',
  fat64: 'macos-x86_64',
  fat3: 'macos-x86_64',
  universal: 'macos-x86_64',
};

const WINDOWS_KINDS = { amd64: 'windows-amd64', x86: 'windows-amd64', arm64: 'windows-arm64' } as const;

function noRunner(kind: RunnerKind, what: string): Unverifiable {
  return { kind, reason: `no GitHub-hosted runner is ${what}; to install it on a runner of your own, map ${kind} to its labels (runners: ${kind}=LABEL)` };
}

function setupPythonName(i: Interpreter, version: Version): string {
  return i.impl === 'pypy' ? `pypy${versionText(version)}` : `${versionText(version)}${i.freeThreaded ? 't' : ''}`;
}

/** The version a leg installs for this interpreter on this runner. */
function chooseVersion(i: Interpreter, runner: Runner, ctx: PlanContext): Version {
  if (i.range === 'exact') return i.version;
  if (i.range === 'pure') return i.version[0] === 2 ? [2, 7] : maxVersion(ctx.purePython, i.version);
  const floor = runner.hosted ? maxVersion(OLDEST_HOSTED_PYTHON, runner.hosted.oldestPython ?? OLDEST_HOSTED_PYTHON) : OLDEST_HOSTED_PYTHON;
  return maxVersion(i.version, floor);
}

const describeVersion = (i: Interpreter): string => `${i.impl === 'pypy' ? 'PyPy' : 'CPython'} ${versionText(i.version)}`;

export function targetFor(i: Interpreter, p: Platform, ctx: PlanContext): LegTarget | Unverifiable {
  if (p.os === 'none') return { reason: p.reason };
  if (p.os === 'any') return linuxTarget(i, { os: 'linux', libc: 'glibc', arch: 'x86_64', tag: 'any' }, ctx);
  if (p.os === 'linux') return linuxTarget(i, p, ctx);
  if (p.os === 'macos') return macTarget(i, p, ctx);
  return windowsTarget(i, p, ctx);
}

function linuxTarget(i: Interpreter, p: Extract<Platform, { os: 'linux' }>, ctx: PlanContext): LegTarget | Unverifiable {
  if (p.arch === 'i686') {
    return { reason: `${p.tag} is for 32-bit x86 Linux: there is no runner for it, and JavaScript actions cannot run in an i386 container (the runner's Node is 64-bit)` };
  }
  const kind = LINUX_KINDS[p.arch];
  if (!kind) return { reason: `no runner is planned for the Linux architecture ${p.arch} (${p.tag})` };
  const runner = ctx.runners[kind];
  if (!runner) return noRunner(kind, `Linux ${p.arch}`);
  const python2 = i.version[0] === 2;

  if (p.libc === 'musl') {
    if (kind !== 'linux-x86_64') {
      return { reason: `${p.tag} needs an Alpine container, and the Actions runner runs JavaScript actions in Alpine containers on x86_64 only (actions/runner#801)` };
    }
    if (i.impl !== 'cpython' || python2 || i.freeThreaded) {
      return { reason: `${p.tag} for ${describeVersion(i)}${i.freeThreaded ? ' (free-threaded)' : ''}: there is no python:X.Y-alpine image for it${python2 ? ' (and pip for 2.7 predates musllinux)' : ''}` };
    }
    if (p.libcVersion && compare(p.libcVersion, ALPINE_MUSL) > 0) return { reason: `${p.tag} needs musl ${versionText(p.libcVersion)}; the Alpine images carry musl 1.2` };
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
    return { kind, reason: `${p.tag} needs glibc ${versionText(p.libcVersion)}; ${runner.hosted!.label} has glibc ${versionText(glibc)} (map ${kind} to a newer image's label)` };
  }
  const version = chooseVersion(i, runner, ctx);
  return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: kind === 'linux-aarch64' ? 'arm64' : kind === 'linux-x86_64' ? 'x64' : undefined };
}

function macTarget(i: Interpreter, p: Extract<Platform, { os: 'macos' }>, ctx: PlanContext): LegTarget | Unverifiable {
  const python2 = i.impl === 'cpython' && i.version[0] === 2;
  if (python2) {
    // conda's osx-64 Python 2.7 runs the x86_64 slice, under Rosetta on the arm64 runner.
    if (!['x86_64', 'intel', 'fat64', 'fat3', 'universal'].includes(p.arch)) {
      return { reason: `${p.tag} for CPython 2.7: there is no Python 2.7 for this architecture (the planned one is conda's osx-64 build)` };
    }
    const runner = ctx.runners['macos-arm64'];
    if (!runner) return noRunner('macos-arm64', 'macOS arm64');
    return { runner, python: '2.7', setup: 'conda', architecture: 'x64' };
  }
  const kind = MAC_KINDS[p.arch];
  if (!kind) return { reason: `${p.tag} is for ${p.arch} macOS, which no runner runs (32-bit or PowerPC)` };
  const runner = ctx.runners[kind];
  if (!runner) return noRunner(kind, `macOS ${p.arch}`);
  const macos = runner.hosted?.macos;
  if (macos !== undefined && p.min[0] > macos) {
    return { kind, reason: `${p.tag} needs macOS ${versionText(p.min)}; ${runner.hosted!.label} runs macOS ${macos} (map ${kind} to a newer image's label)` };
  }
  if (kind === 'macos-arm64' && runner.hosted && i.impl === 'cpython' && i.range === 'exact' && compare(i.version, OLDEST_MACOS_ARM64_PYTHON) < 0) {
    return { kind, reason: `${p.tag} for ${describeVersion(i)}: there is no arm64 macOS build of it (python.org's begin with 3.8), so actions/setup-python has none for ${runner.hosted.label}` };
  }
  const version = chooseVersion(i, runner, ctx);
  return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: kind === 'macos-arm64' ? 'arm64' : 'x64' };
}

function windowsTarget(i: Interpreter, p: Extract<Platform, { os: 'windows' }>, ctx: PlanContext): LegTarget | Unverifiable {
  const kind = WINDOWS_KINDS[p.arch];
  const runner = ctx.runners[kind];
  if (!runner) return noRunner(kind, `Windows ${p.arch}`);
  if (runner.hosted && i.impl === 'cpython' && i.version[0] === 2) {
    return { kind, reason: `${p.tag} for CPython 2.7: hosted Windows runners have no Python 2.7 (actions/setup-python dropped it in June 2023)` };
  }
  const version = chooseVersion(i, runner, ctx);
  const oldest = runner.hosted?.oldestPython;
  if (oldest && i.range === 'exact' && compare(version, oldest) < 0) {
    return { kind, reason: `${p.tag} for ${describeVersion(i)}: actions/setup-python has CPython for ${runner.hosted!.label} from ${versionText(oldest)} on (python.org builds no earlier installer for it)` };
  }
  return { runner, python: setupPythonName(i, version), setup: 'setup-python', architecture: p.arch === 'x86' ? 'x86' : p.arch === 'arm64' ? 'arm64' : 'x64' };
}

// ------------------------------------------------------------ one wheel

function preference(i: Interpreter): number {
  if (i.impl === 'cpython' && i.version[0] >= 3) return i.range === 'exact' ? 0 : i.range === 'abi3' ? 1 : 2;
  if (i.impl === 'pypy') return 3;
  return 4;
}

/** The leg target for a wheel, trying its tags in order of preference, or the first reason none fits. */
export function wheelTarget(w: WheelFilename, ctx: PlanContext): LegTarget | Unverifiable {
  const interpreters: Interpreter[] = [];
  const reasons: Unverifiable[] = [];
  for (const py of w.pythonTags) {
    for (const abi of w.abiTags) {
      const i = interpreterOf(py, abi);
      if ('reason' in i) reasons.push(i);
      else interpreters.push(i);
    }
  }
  interpreters.sort((a, b) => preference(a) - preference(b) || compare(a.version, b.version));
  const platforms = w.platformTags.map(platformOf);
  for (const i of interpreters) {
    for (const p of platforms) {
      const t = targetFor(i, p, ctx);
      if ('runner' in t) return t;
      reasons.push(t);
    }
  }
  return reasons.find((r) => r.kind !== undefined) ?? reasons[0] ?? { reason: 'it names no interpreter and platform a leg is planned for' };
}

/** The newest CPython 3 the set's version-specific wheels target: the Python for its pure wheels. */
export function newestTargetedPython(wheels: WheelFilename[]): Version | undefined {
  let newest: Version | undefined;
  for (const w of wheels) {
    for (const py of w.pythonTags) {
      for (const abi of w.abiTags) {
        const i = interpreterOf(py, abi);
        if ('reason' in i || i.impl !== 'cpython' || i.range !== 'exact' || i.version[0] !== 3 || i.freeThreaded) continue;
        if (!newest || compare(i.version, newest) > 0) newest = i.version;
      }
    }
  }
  return newest;
}
