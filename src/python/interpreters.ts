/**
 * Finding a Python interpreter for a spec such as '2.7', '3.12', '3.x',
 * 'pypy3.10' or a path. Every candidate is run and asked what it is: a file
 * called python3.12 may be a pyenv shim that fails, a symlink to another
 * version, or a wrapper script, so names only decide where to look.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { arch as osArch, homedir } from 'node:os';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import semver from 'semver';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { formatCommand, ProcessStartError, pythonEnvironment, runProcess, type ProcessResult } from '../process/index.js';
import { hostLayout } from './layout.js';
import { markedJson, pythonScript } from './scripts/index.js';
import { mapLimit } from '../map-limit.js';

export interface Interpreter {
  /** What to run: the interpreter's own sys.executable (a pyenv shim resolves to the real binary). */
  path: string;
  /** platform.python_version(), e.g. '3.12.1' or '3.14.0rc1'; for PyPy the Python language version. */
  version: string;
  major: number;
  minor: number;
  implementation: 'cpython' | 'pypy' | string;
  source: 'path' | 'tool-cache' | 'pyenv' | 'explicit';
  /** Compatible wheel tags in priority order, once supportedTags has computed them. */
  tags?: string[];
  /** sys.prefix; differs from basePrefix inside a virtual environment. */
  prefix?: string;
  basePrefix?: string;
  /** platform.machine(), e.g. x86_64 or arm64. */
  machine?: string;
}

export interface SearchEnv {
  PATH?: string;
  RUNNER_TOOL_CACHE?: string;
  PYENV_ROOT?: string;
}

export type VersionSpec = {
  kind: 'version';
  text: string;
  implementation: 'cpython' | 'pypy';
  major?: number;
  minor?: number;
  micro?: number;
};
export type Spec = VersionSpec | { kind: 'path'; text: string; path: string } | { kind: 'command'; text: string; name: string };

const VERSION_SPEC = /^(?:(cpython|python|pypy)-?)?(?:(\d+)(?:\.(\d+|x)(?:\.(\d+))?)?)?$/i;

export function parseSpec(text: string): Spec {
  const spec = text.trim();
  if (spec === '') throw new UserError('The Python spec is empty: give a version such as 2.7, 3.12, 3.x or pypy3.10, or an interpreter path.');
  if (spec.includes('/') || spec.includes('\\') || spec.startsWith('~') || isAbsolute(spec)) {
    const expanded = spec.startsWith('~') ? join(homedir(), spec.slice(1)) : spec;
    return { kind: 'path', text: spec, path: resolve(expanded) };
  }
  const m = VERSION_SPEC.exec(spec);
  if (m && (m[1] || m[2])) {
    const implementation = m[1]?.toLowerCase() === 'pypy' ? 'pypy' : 'cpython';
    if (!m[2] && implementation === 'cpython') return { kind: 'command', text: spec, name: spec };
    const out: VersionSpec = { kind: 'version', text: spec, implementation };
    if (m[2] !== undefined) out.major = Number(m[2]);
    if (m[3] !== undefined && m[3].toLowerCase() !== 'x') out.minor = Number(m[3]);
    if (m[4] !== undefined) {
      if (out.minor === undefined) throw new UserError(`The Python spec "${spec}" is not a version: write 3.12.1, 3.12 or 3.x.`);
      out.micro = Number(m[4]);
    }
    return out;
  }
  if (/^[\w.+-]+$/.test(spec)) return { kind: 'command', text: spec, name: spec };
  throw new UserError(`The Python spec "${spec}" is neither a version (2.7, 3.12, 3.x, pypy3.10) nor an interpreter path.`);
}

function describeSpec(spec: VersionSpec): string {
  const impl = spec.implementation === 'pypy' ? 'PyPy' : 'CPython';
  if (spec.major === undefined) return impl;
  const parts = [spec.major, spec.minor ?? 'x', ...(spec.micro !== undefined ? [spec.micro] : [])];
  return `${impl} ${parts.join('.')}`;
}

interface ProbeInfo {
  version: string;
  major: number;
  minor: number;
  micro: number;
  implementation: string;
  executable: string;
  prefix: string;
  base_prefix: string;
  machine: string;
}

export type Probe = { ok: true; info: ProbeInfo } | { ok: false; error: string };

/** Printed before probe.py's answer. */
const MARK = '__PYRELEASE_PROBE__';

/** Runs `path` and asks what it is. */
export async function probeInterpreter(path: string, log: Logger = silentLogger): Promise<Probe> {
  const args = ['-c', pythonScript('probe')];
  log.debug(`$ ${formatCommand(path, args)}`);
  let r: ProcessResult;
  try {
    r = await runProcess(path, args, { env: pythonEnvironment(), timeoutMs: 60_000 });
  } catch (err) {
    if (err instanceof ProcessStartError) return { ok: false, error: err.reason };
    throw err;
  }
  const info = markedJson<ProbeInfo>(r.stdout, MARK);
  if (r.timedOut) return { ok: false, error: `does not answer: it ran for ${Math.round(r.timeoutMs / 1000)} s without finishing and was stopped` };
  if (r.code !== 0 || !info) {
    // The first line names the problem for a shim or wrapper, the last one for a Python traceback.
    const lines = (r.stderr || r.stdout).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const why = (lines.length <= 2 ? lines : [lines[0], '…', lines[lines.length - 1]]).join(' ') || `exit code ${r.code}`;
    return { ok: false, error: `does not run (exit ${r.code}): ${why}` };
  }
  return { ok: true, info };
}

function interpreterOf(candidate: string, info: ProbeInfo, source: Interpreter['source']): Interpreter {
  const path = info.executable && existsSync(info.executable) ? info.executable : candidate;
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
export async function inspectInterpreter(path: string, source: Interpreter['source'] = 'explicit', log: Logger = silentLogger): Promise<Interpreter> {
  const probe = await probeInterpreter(path, log);
  if (!probe.ok) throw new UserError(`The Python interpreter ${path} ${probe.error}. Pass a working interpreter.`);
  return interpreterOf(path, probe.info, source);
}

interface Place {
  label: string;
  source: Interpreter['source'];
  candidates: string[];
  /** Why nothing could be searched here (unset variable, missing directory). */
  note?: string;
  /** Directories deliberately not searched, with the reason. */
  skipped?: string[];
}

function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

const layout = hostLayout;
const exe = layout.exe;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function firstFile(candidates: string[]): string | undefined {
  return candidates.find(isFile);
}

function interpreterNames(spec: VersionSpec): string[] {
  const stem = spec.implementation === 'pypy' ? 'pypy' : 'python';
  const names: string[] = [];
  if (spec.major !== undefined && spec.minor !== undefined) names.push(`${stem}${spec.major}.${spec.minor}`);
  if (spec.major !== undefined) names.push(`${stem}${spec.major}`);
  names.push(stem);
  return names;
}

function versionedNames(spec: VersionSpec): { pattern: RegExp; text: string } {
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
async function toolCacheInstalls(root: string, tool: string, arch: string): Promise<string[]> {
  // Loaded on first use: the CLI runs without a tool cache and need not load the toolkit.
  const tc = await import('@actions/tool-cache');
  // The toolkit reads the cache's location from RUNNER_TOOL_CACHE only; these calls are
  // synchronous, so pointing it at the cache being searched cannot leak to other code.
  const saved = process.env.RUNNER_TOOL_CACHE;
  process.env.RUNNER_TOOL_CACHE = root;
  try {
    return tc.findAllVersions(tool, arch)
      .sort(semver.rcompare)
      .map((version) => tc.find(tool, version, arch))
      .filter((dir) => dir !== '');
  } finally {
    if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE;
    else process.env.RUNNER_TOOL_CACHE = saved;
  }
}

async function toolCachePlace(spec: VersionSpec, env: SearchEnv): Promise<Place> {
  const place: Place = { label: 'tool cache', source: 'tool-cache', candidates: [] };
  const root = env.RUNNER_TOOL_CACHE;
  if (!root) return { ...place, note: 'RUNNER_TOOL_CACHE is not set' };
  // actions/setup-python keeps <tool cache>/Python/<version>/<arch>/bin/python3 (PyPy/<python version>/<arch>/bin/pypy3).
  const tool = spec.implementation === 'pypy' ? 'PyPy' : 'Python';
  const dir = join(root, tool);
  place.label = `tool cache (${dir})`;
  if (!existsSync(dir)) return { ...place, note: 'does not exist' };
  const arch = osArch();
  const installs = await toolCacheInstalls(root, tool, arch);
  if (installs.length === 0) return { ...place, note: `no complete ${arch} installation (setup-python marks one with <version>/${arch}.complete)` };
  const names = spec.implementation === 'pypy' ? ['pypy3', 'pypy', 'python3', 'python'] : ['python3', 'python', 'python2'];
  for (const archDir of installs) {
    const found = firstFile(layout.interpretersIn(archDir, names));
    if (found) place.candidates.push(found);
  }
  return place;
}

function pathPlace(names: string[], env: SearchEnv, extra?: { pattern: RegExp; text: string }): Place {
  const place: Place = { label: 'PATH', source: 'path', candidates: [] };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  if (dirs.length === 0) return { ...place, note: 'PATH is empty' };
  // pyenv shims only forward to $PYENV_ROOT/versions/*, which is searched directly; each shim
  // costs a bash start-up and fails for every version that is not pyenv's global one.
  const shims = new Set(pyenvRoots(env).map((root) => realDir(join(root, 'shims'))));
  const seen = new Set<string>();
  for (const dir of dirs) {
    const real = realDir(dir);
    if (shims.has(real)) {
      place.skipped = [...(place.skipped ?? []), `${dir} (pyenv shims; pyenv's versions are searched below)`];
      continue;
    }
    if (seen.has(real)) continue; // /bin and /usr/bin are often one directory
    seen.add(real);
    const listing = extra ? listDir(dir).filter((n) => extra.pattern.test(n)) : [];
    for (const name of [...names.map(exe), ...listing]) {
      const candidate = join(dir, name);
      if (isFile(candidate) && !place.candidates.includes(candidate)) place.candidates.push(candidate);
    }
  }
  if (place.candidates.length === 0 && !place.skipped) {
    const wanted = [...names, ...(extra ? [extra.text] : [])].join(', ');
    return { ...place, note: `no ${wanted} in ${dirs.join(delimiter)}` };
  }
  return place;
}

export function pyenvRoots(env: SearchEnv): string[] {
  const roots = [env.PYENV_ROOT, join(homedir(), '.pyenv'), '/root/.pyenv'].filter((r): r is string => !!r);
  return [...new Set(roots.map((r) => resolve(r)))];
}

function pyenvPlaces(env: SearchEnv): Place[] {
  return pyenvRoots(env).map((root) => {
    const versions = join(root, 'versions');
    const place: Place = { label: `pyenv (${versions})`, source: 'pyenv', candidates: [] };
    if (!existsSync(versions)) return { ...place, note: 'does not exist' };
    for (const version of listDir(versions)) {
      const found = firstFile(layout.interpretersIn(join(versions, version), ['python', 'python3', 'python2', 'pypy3', 'pypy']));
      if (found) place.candidates.push(found);
    }
    return place;
  });
}

function matches(spec: VersionSpec, py: Interpreter): boolean {
  if (py.implementation !== spec.implementation) return false;
  if (spec.major !== undefined && py.major !== spec.major) return false;
  if (spec.minor !== undefined && py.minor !== spec.minor) return false;
  if (spec.micro !== undefined && Number(/^\d+\.\d+\.(\d+)/.exec(py.version)?.[1]) !== spec.micro) return false;
  return true;
}

/** Compares '3.12.1', '3.14.0rc1', '3.13.0a2': numerically, and a final release above its pre-releases. */
export function comparePythonVersions(a: string, b: string): number {
  const key = (v: string): number[] => {
    const m = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(a|b|c|rc)(\d+))?/.exec(v);
    if (!m) return [0, 0, 0, 4, 0];
    const level = m[4] === undefined ? 4 : m[4] === 'a' ? 1 : m[4] === 'b' ? 2 : 3;
    return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), level, Number(m[5] ?? 0)];
  };
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
  return 0;
}

interface Finding {
  candidate: string;
  probe: Probe;
  interpreter?: Interpreter;
}

/** 'CPython 3.12.1', 'PyPy 3.10.14': for messages. */
export function describeInterpreter(py: Pick<Interpreter, 'implementation' | 'version'>): string {
  const impl = py.implementation === 'cpython' ? 'CPython' : py.implementation === 'pypy' ? 'PyPy' : py.implementation;
  return `${impl} ${py.version}`;
}

function describeFinding(f: Finding): string {
  if (!f.probe.ok) return `${f.candidate} → ${f.probe.error}`;
  const py = f.interpreter!;
  const where = py.path !== f.candidate ? ` (${py.path})` : '';
  return `${f.candidate} → ${describeInterpreter(py)}${where}`;
}

function report(places: Place[], findings: Map<Place, Finding[]>): string {
  return places.map((place, i) => {
    const head = `  ${i + 1}. ${place.label}`;
    if (place.note) return `${head}: ${place.note}`;
    const found = findings.get(place) ?? [];
    const skipped = (place.skipped ?? []).map((s) => `       skipped ${s}`);
    if (found.length === 0 && skipped.length === 0) return `${head}: no interpreter found`;
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
export async function resolvePython(spec: string, env?: SearchEnv, log: Logger = silentLogger): Promise<Interpreter> {
  const parsed = parseSpec(spec);
  const searchEnv: SearchEnv = env ?? {
    PATH: process.env.PATH,
    RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE,
    PYENV_ROOT: process.env.PYENV_ROOT,
  };

  if (parsed.kind === 'path') {
    let path = parsed.path;
    if (existsSync(path) && statSync(path).isDirectory()) {
      // A virtual environment or installation prefix rather than the interpreter itself.
      const names = ['python3', 'python', 'python2', 'pypy3', 'pypy'];
      const inside = firstFile(layout.interpretersIn(path, names));
      if (!inside) {
        const expected = layout.interpretersIn(path, names.slice(0, 2)).map((p) => layout.path.relative(path, p)).join(' or ');
        throw new UserError(`The Python spec "${spec}" is a directory without ${expected} inside. Pass the interpreter's path.`);
      }
      path = inside;
    } else if (!existsSync(path)) {
      throw new UserError(`The Python interpreter "${spec}" does not exist (looked at ${path}). Pass an existing interpreter path or a version such as 3.12.`);
    }
    const py = await inspectInterpreter(path, 'explicit', log);
    log.info(`Using ${describeInterpreter(py)} at ${py.path} (given as ${spec})`);
    return py;
  }

  const places: Place[] = parsed.kind === 'command'
    ? [pathPlace([parsed.name], searchEnv)]
    : [
      await toolCachePlace(parsed, searchEnv),
      // Every pythonX.Y of the major, not only the requested name: names are not trusted, and the
      // error message then shows what is there.
      pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
      ...pyenvPlaces(searchEnv),
    ];

  const probes = new Map<string, Promise<Probe>>();
  const probe = (candidate: string): Promise<Probe> => {
    let p = probes.get(candidate);
    if (!p) {
      p = probeInterpreter(candidate, log);
      probes.set(candidate, p);
    }
    return p;
  };
  const findings = new Map<Place, Finding[]>();
  const matching = (place: Place): Interpreter[] => (findings.get(place) ?? [])
    .map((f) => f.interpreter)
    .filter((py): py is Interpreter => !!py && (parsed.kind === 'command' || matches(parsed, py)));

  // Place by place, so that a fixed-minor spec met early (the usual case on a runner: the tool
  // cache) does not wait for every other interpreter on the machine to start.
  let chosen: Interpreter | undefined;
  for (const place of places) {
    findings.set(place, await mapLimit(place.candidates, 8, async (candidate) => {
      const pr = await probe(candidate);
      const finding: Finding = { candidate, probe: pr };
      if (pr.ok) finding.interpreter = interpreterOf(candidate, pr.info, place.source);
      return finding;
    }));
    if (parsed.kind === 'command') {
      chosen = matching(place)[0];
      break;
    }
    if (parsed.minor !== undefined) {
      chosen = highest(matching(place));
      if (chosen) break;
    }
  }
  if (parsed.kind === 'version' && parsed.minor === undefined) chosen = highest(places.flatMap(matching));
  log.debug(`Python interpreters searched for "${spec}":\n${report(places.filter((p) => findings.has(p) || p.note), findings)}`);

  if (!chosen) {
    const wanted = parsed.kind === 'command' ? `a working "${parsed.name}" on PATH` : describeSpec(parsed);
    throw new UserError(
      `No Python interpreter matches "${spec}" (wanted ${wanted}). Searched, in this order:\n${report(places, findings)}\n${HOW_TO_FIX}`,
    );
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
export async function listPythons(spec: string, env?: SearchEnv, log: Logger = silentLogger): Promise<Interpreter[]> {
  const parsed = parseSpec(spec);
  if (parsed.kind !== 'version' || parsed.minor !== undefined) {
    throw new UserError(`listPythons takes an open version such as 3 or 3.x, not "${spec}".`);
  }
  const searchEnv: SearchEnv = env ?? { PATH: process.env.PATH, RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, PYENV_ROOT: process.env.PYENV_ROOT };
  const places = [
    await toolCachePlace(parsed, searchEnv),
    pathPlace(interpreterNames(parsed), searchEnv, versionedNames(parsed)),
    ...pyenvPlaces(searchEnv),
  ];
  const byMinor = new Map<string, Interpreter>();
  for (const place of places) {
    const found = await mapLimit(place.candidates, 8, async (candidate) => {
      const pr = await probeInterpreter(candidate, log);
      return pr.ok ? interpreterOf(candidate, pr.info, place.source) : undefined;
    });
    // Within a place the highest patch wins; an earlier place keeps its minor versions.
    const here = new Map<string, Interpreter>();
    for (const py of found) {
      if (!py || !matches(parsed, py)) continue;
      const key = `${py.major}.${py.minor}`;
      const best = here.get(key);
      if (!best || comparePythonVersions(py.version, best.version) > 0) here.set(key, py);
    }
    for (const [key, py] of here) if (!byMinor.has(key)) byMinor.set(key, py);
  }
  return [...byMinor.values()].sort((a, b) => comparePythonVersions(a.version, b.version));
}

/** The highest version; among equals, the first (earlier place, earlier candidate). */
function highest(list: Interpreter[]): Interpreter | undefined {
  let best: Interpreter | undefined;
  for (const py of list) {
    if (!best || comparePythonVersions(py.version, best.version) > 0) best = py;
  }
  return best;
}
