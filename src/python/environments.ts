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
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { describeInterpreter, inspectInterpreter, type Interpreter } from './interpreters.js';
import { formatCommand, pythonEnvironment, tail } from '../process/index.js';
import { fillTemplate, markedJson, pythonScript } from './scripts/index.js';
import { runInterpreter, type PythonResult } from './run.js';

export interface Environment {
  /** The directory that holds everything installed into the environment. */
  root: string;
  /** The interpreter to run: the venv's, or the base interpreter for a site-dir environment. */
  python: string;
  /** Environment variables to run `python` (and anything it starts) isolated and inside the environment. */
  env: Record<string, string>;
  /** Where pure-Python packages are installed. */
  sitePackages: string;
  /** Every directory the environment adds to sys.path (sitePackages first). */
  siteDirs: string[];
  /** Console scripts and the environment's `python`/`pip` (wrappers for a site-dir environment). */
  binDir: string;
  /** pip's version inside the environment, e.g. '23.2.1'; '' when the environment has no pip. */
  pipVersion: string;
  kind: 'venv' | 'site-dir';
  /** The interpreter the environment was made from. */
  base: Interpreter;
}

export interface CreateEnvironmentOptions {
  /** 'auto': a venv where `python -m venv` works (Python 3), otherwise a site-dir environment. */
  kind?: 'auto' | 'venv' | 'site-dir';
  /**
   * Where the environment's pip comes from, offline either way:
   * - 'bundled': ensurepip's wheel (`python -m venv` does this for a venv);
   * - 'copy': the base interpreter's installed pip (and setuptools, wheel), copied file by
   *   file from its RECORD: the base's pip version, and much faster (no wheel to unpack and
   *   compile); ensurepip's wheel when the base has no pip with a RECORD;
   * - 'auto' (default): 'bundled' for a venv, 'copy' for a site-dir environment.
   */
  seed?: 'auto' | 'copy' | 'bundled';
}

const isWindows = process.platform === 'win32';
const MARK = '__PYRELEASE_ENV__';

/**
 * Creates a fresh environment in `root` (which must be absent or empty), with
 * the user site disabled and PYTHONPATH, PYTHONHOME and PIP_* of the caller
 * removed.
 */
export async function createEnvironment(
  py: Interpreter,
  root: string,
  log: Logger = silentLogger,
  options: CreateEnvironmentOptions = {},
): Promise<Environment> {
  const dir = resolve(root);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new UserError(`Cannot create a Python environment in ${dir}: the directory is not empty. Use a new directory.`);
  }
  mkdirSync(dir, { recursive: true });
  const kind = options.kind ?? 'auto';
  const started = Date.now();
  let environment: Environment | undefined;
  if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
    const made = await makeVenv(py, dir, log, options.seed === 'copy' ? 'copy' : 'bundled');
    if (made.ok) {
      environment = made.environment;
    } else if (kind === 'venv') {
      throw new UserError(`${made.error}\nInstall the interpreter's venv/ensurepip modules (Debian: python3-venv).`);
    } else {
      log.warning(`${made.error}\nFalling back to a site-dir environment.`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  environment ??= await makeSiteDirEnvironment(py, dir, log, options.seed === 'bundled' ? 'bundled' : 'copy');
  log.info(
    `Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms `
    + `(pip ${environment.pipVersion || 'absent'})`,
  );
  return environment;
}

async function runLogged(
  log: Logger,
  file: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<PythonResult> {
  log.info(`$ ${formatCommand(file, args)}`);
  return runInterpreter(file, args, { env, cwd, timeoutMs: 600_000 });
}

interface Description {
  purelib: string;
  pip: string;
  pip_file: string;
  sys_path: string[];
  prefix: string;
}

async function describe(python: string, env: Record<string, string>, cwd: string, log: Logger): Promise<Description> {
  const args = ['-c', pythonScript('describe_environment')];
  log.debug(`$ ${formatCommand(python, args)}`);
  const r = await runInterpreter(python, args, { env, cwd, timeoutMs: 120_000 });
  const d = markedJson<Description>(r.stdout, MARK);
  if (r.code !== 0 || !d) throw new Error(`The new environment's interpreter ${python} does not run (exit ${r.code}):\n${tail(r.stderr)}`);
  return d;
}

function withPath(env: Record<string, string>, binDir: string): Record<string, string> {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  return { ...env, [key]: env[key] ? `${binDir}${delimiter}${env[key]}` : binDir };
}

async function makeVenv(
  py: Interpreter,
  root: string,
  log: Logger,
  seed: 'copy' | 'bundled',
): Promise<{ ok: true; environment: Environment } | { ok: false; error: string }> {
  const base = pythonEnvironment();
  const args = seed === 'copy' ? ['-m', 'venv', '--without-pip', root] : ['-m', 'venv', root];
  const r = await runLogged(log, py.path, args, base, root);
  if (r.code !== 0) {
    return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}` };
  }
  const binDir = join(root, isWindows ? 'Scripts' : 'bin');
  const python = join(binDir, isWindows ? 'python.exe' : 'python');
  const env = withPath({ ...base, VIRTUAL_ENV: root }, binDir);
  let d = await describe(python, env, root, log);
  if (seed === 'copy') {
    if (!(await copySeed(py, d.purelib, root, log))) {
      log.warning(`${py.path} has no installed pip with a RECORD to copy; using ensurepip's bundled pip instead.`);
      const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
      if (ensure.code !== 0) log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${tail(ensure.stderr)}`);
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

/** Printed before the answers of prefix_scheme.py and path_without_site.py. */
const SCHEME_MARK = '__PYRELEASE_SCHEME__';

/** The environment's sitecustomize.py: scripts/sitecustomize.py with this environment's paths. */
function sitecustomizeSource(o: { root: string; basePrefix: string; preSite: string[]; siteDirs: string[] }): string {
  return fillTemplate('sitecustomize', { _ROOT: o.root, _BASE_PREFIX: o.basePrefix, _PRE_SITE: o.preSite, _SITE_DIRS: o.siteDirs });
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

function writeScript(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

/** `pip`, `pipX`, `pipX.Y` running `python -m pip`, where no install wrote them (POSIX only). */
function writePipWrappers(binDir: string, py: Interpreter, python: string, preamble: string): void {
  if (isWindows) return;
  for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
    const path = join(binDir, `pip${v}`);
    if (!existsSync(path)) writeScript(path, `#!/bin/sh\n${preamble}exec ${shellQuote(python)} -m pip "$@"\n`);
  }
}

/** POSIX wrappers so `python`, `pythonX.Y` and `pip` on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir: string, py: Interpreter, activateDir: string): void {
  if (isWindows) return;
  const preamble = [
    '# python-release-actions site-dir environment: the base interpreter with this environment active.',
    `PYTHONPATH=${shellQuote(activateDir)}\${PYTHONPATH:+:\$PYTHONPATH}`,
    'PYTHONNOUSERSITE=1',
    'export PYTHONPATH PYTHONNOUSERSITE',
    'unset PYTHONHOME',
    '',
  ].join('\n');
  for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
    writeScript(join(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
  }
  writePipWrappers(binDir, py, py.path, preamble);
}

/** Printed before the answers of seed_pip.py and ensurepip_wheels.py. */
const SEED_MARK = '__PYRELEASE_SEED__';

/** Copies the base's pip (setuptools, wheel) into `dest`; whether pip was among them. */
async function copySeed(py: Interpreter, dest: string, cwd: string, log: Logger): Promise<boolean> {
  const args = ['-c', pythonScript('seed_pip'), dest, 'pip', 'setuptools', 'wheel'];
  log.info(`$ ${formatCommand(py.path, args)}`);
  const r = await runInterpreter(py.path, args, { env: pythonEnvironment(), cwd, timeoutMs: 300_000 });
  type Seeded = { done: { name: string; dist_info: string; files: number; from: string }[]; missing: string[] };
  const result = markedJson<Seeded>(r.stdout, SEED_MARK);
  if (r.code !== 0 || !result) {
    throw new Error(`Copying pip into ${dest} failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
  }
  for (const d of result.done) log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
  if (result.missing.length) log.debug(`Not copied: ${result.missing.join('; ')}`);
  return result.done.some((d) => d.name === 'pip');
}

async function makeSiteDirEnvironment(
  py: Interpreter,
  root: string,
  log: Logger,
  seed: 'copy' | 'bundled',
): Promise<Environment> {
  const base = pythonEnvironment();
  const fail = (what: string, r: { code: number; stderr: string; stdout: string }): never => {
    throw new Error(`${what} failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
  };

  const scheme = await runInterpreter(py.path, ['-c', pythonScript('prefix_scheme'), root], { env: base, cwd: root, timeoutMs: 120_000 });
  const layout = markedJson<{ dirs: string[]; scripts: string }>(scheme.stdout, SCHEME_MARK);
  if (scheme.code !== 0 || !layout || layout.dirs.length === 0) fail('Computing the install scheme', scheme);
  const preSiteRun = await runInterpreter(py.path, ['-S', '-c', pythonScript('path_without_site')], { env: base, cwd: root, timeoutMs: 120_000 });
  const preSite = markedJson<string[]>(preSiteRun.stdout, SCHEME_MARK);
  if (preSiteRun.code !== 0 || !preSite) fail('Reading sys.path without site', preSiteRun);

  // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
  const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix!;
  const siteDirs = layout!.dirs;
  const binDir = layout!.scripts;
  const activateDir = join(root, '.pyrelease');
  for (const d of [...siteDirs, binDir, activateDir]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(activateDir, 'sitecustomize.py'),
    sitecustomizeSource({ root, basePrefix, preSite: preSite!, siteDirs }),
  );
  writeSiteDirWrappers(binDir, py, activateDir);
  const env = withPath({ ...base, PYTHONPATH: activateDir }, binDir);
  writeFileSync(join(root, 'pyrelease-environment.json'), `${JSON.stringify({
    kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
  }, null, 2)}\n`);

  const sitePackages = siteDirs[0];
  let seeded = false;
  if (seed === 'copy') {
    seeded = await copySeed(py, sitePackages, root, log);
    if (!seeded) log.info(`${py.path} has no installed pip with a RECORD to copy; trying ensurepip's bundled wheels.`);
  }
  if (!seeded) {
    const found = await runInterpreter(py.path, ['-c', pythonScript('ensurepip_wheels')], { env: base, cwd: root, timeoutMs: 120_000 });
    const wheels = markedJson<string[]>(found.stdout, SEED_MARK) ?? [];
    const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
    if (pipWheel) {
      const args = ['-c', pythonScript('pip_from_wheel'), pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
        '--ignore-installed', '--prefix', root, ...wheels];
      const r = await runLogged(log, py.path, args, env, root);
      if (r.code !== 0) fail('Installing ensurepip\'s bundled pip', r);
    } else {
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
function isInside(dir: string, path: string): boolean {
  const a = resolve(dir);
  const b = resolve(path);
  return b === a || b.startsWith(a.endsWith('/') || a.endsWith('\\') ? a : `${a}${isWindows ? '\\' : '/'}`);
}
