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
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import { formatCommand, pythonEnvironment, tail } from '../process/index.js';
import { interpreterFacts, type InterpreterFacts } from './facts.js';
import { describeInterpreter, inspectInterpreter, type Interpreter } from './interpreters.js';
import { hostLayout } from './layout.js';
import { pipAtLeast } from './pip.js';
import { runInterpreter, type PythonResult } from './run.js';
import { fillTemplate, markedJson, pythonScript } from './scripts/index.js';

/** How pip runs for an environment. */
export interface PipRunner {
  /** pip's version, e.g. '23.2.1'. */
  version: string;
  /** The directory holding the pip package that runs. */
  home: string;
  /** 'base': the base interpreter's pip, run for the environment (as `pip --python` does); 'environment': a pip installed into it. */
  from: 'base' | 'environment';
  /** The interpreter's arguments that start this pip; pip's own arguments follow. */
  args: string[];
}

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
  /** Console scripts, and `python` wrappers for a site-dir environment. */
  binDir: string;
  /** The pip that installs into the environment; undefined when neither the base nor ensurepip has one. */
  pip?: PipRunner;
  kind: 'venv' | 'site-dir';
  /** The interpreter the environment was made from. */
  base: Interpreter;
}

export interface CreateEnvironmentOptions {
  /** 'auto': a venv where `python -m venv` works (Python 3), otherwise a site-dir environment. */
  kind?: 'auto' | 'venv' | 'site-dir';
  /**
   * Which pip installs into the environment, offline either way:
   * - 'base' (default): the base interpreter's own pip, run for the environment; ensurepip's
   *   bundled pip, installed into the environment, when the base has none;
   * - 'bundled': ensurepip's bundled pip, installed into the environment.
   */
  pip?: 'base' | 'bundled';
  /**
   * The base's facts (interpreterFacts) with the install scheme of this root, when the caller
   * asked for them already (verify-install asks once, with the tags, while the venv is made).
   */
  facts?: Promise<InterpreterFacts> | InterpreterFacts;
}

const layout = hostLayout;

/** pip 23.1 dropped `setup.py install`: earlier pips may run setup.py in the environment, which then needs setuptools and wheel. */
function needsBuildTools(pipVersion: string): boolean {
  return !pipAtLeast(pipVersion, '23.1');
}

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
  const pip = options.pip ?? 'base';
  const given = options.facts === undefined ? undefined : Promise.resolve(options.facts);
  given?.catch(() => {});
  // The facts of the scheme this environment needs: the caller's when they fit, else asked now.
  const factsFor = async (scheme: 'venv' | 'prefix'): Promise<InterpreterFacts> => {
    const facts = await given;
    if (facts?.scheme?.kind === scheme && resolve(facts.scheme.root) === dir) return facts;
    return interpreterFacts(py, { scheme: { kind: scheme, root: dir }, log });
  };
  const started = Date.now();
  let environment: Environment | undefined;
  if (kind === 'venv' || (kind === 'auto' && py.major >= 3)) {
    const made = await makeVenv(py, dir, log, pip, factsFor);
    if (made.ok) {
      environment = made.environment;
    } else if (kind === 'venv') {
      throw new UserError(`${made.error}\nInstall the interpreter's venv module (Debian: python3-venv).`);
    } else {
      log.warning(`${made.error}\nFalling back to a site-dir environment.`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
  }
  environment ??= await makeSiteDirEnvironment(py, dir, log, pip, factsFor);
  const pipText = environment.pip ? `pip ${environment.pip.version}${environment.pip.from === 'base' ? ` of ${describeInterpreter(py)}, run for the environment` : ''}` : 'no pip';
  log.info(`Created ${environment.kind} environment ${dir} from ${describeInterpreter(py)} in ${Date.now() - started} ms (${pipText})`);
  return environment;
}

async function runLogged(log: Logger, file: string, args: string[], env: Record<string, string>, cwd: string): Promise<PythonResult> {
  log.info(`$ ${formatCommand(file, args)}`);
  return runInterpreter(file, args, { env, cwd, timeoutMs: 600_000 });
}

/** The base's pip, run for the environment: pip's own runner where it has one (22.3 and later), else ours. */
function basePip(pip: { version: string; location: string }): PipRunner {
  const runner = join(pip.location, 'pip', '__pip-runner__.py');
  return {
    version: pip.version,
    home: pip.location,
    from: 'base',
    args: existsSync(runner) ? [runner] : ['-c', pythonScript('pip_runner'), pip.location],
  };
}

/** A pip installed into the environment's own site directory. */
function ownPip(siteDir: string): PipRunner | undefined {
  const info = existsSync(siteDir) ? readdirSync(siteDir).find((n) => /^pip-[^-]+\.dist-info$/i.test(n)) : undefined;
  return info ? { version: info.slice('pip-'.length, -'.dist-info'.length), home: siteDir, from: 'environment', args: ['-m', 'pip'] } : undefined;
}

/** Printed before the answer of copy_distributions.py. */
const COPY_MARK = '__PYRELEASE_SEED__';

/** Copies the base's installed `names` into `dest` (file by file from their RECORD); the names copied. */
async function copyDistributions(py: Interpreter, names: string[], dest: string, cwd: string, log: Logger): Promise<string[]> {
  const args = ['-c', pythonScript('copy_distributions'), dest, ...names];
  log.info(`$ ${formatCommand(py.path, args)}`);
  const r = await runInterpreter(py.path, args, { env: pythonEnvironment(), cwd, timeoutMs: 300_000 });
  type Copied = { done: { name: string; dist_info: string; files: number; from: string }[]; missing: string[] };
  const result = markedJson<Copied>(r.stdout, COPY_MARK);
  if (r.code !== 0 || !result) {
    throw new Error(`Copying ${names.join(', ')} into ${dest} failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
  }
  for (const d of result.done) log.info(`Copied ${d.dist_info} (${d.files} files) from ${d.from}`);
  if (result.missing.length) log.debug(`Not copied: ${result.missing.join('; ')}`);
  return result.done.map((d) => d.name);
}

/** For a pip that may run setup.py in the environment: the base's setuptools and wheel, when it has them. */
async function addBuildTools(py: Interpreter, pip: PipRunner, siteDir: string, cwd: string, log: Logger): Promise<void> {
  if (pip.from !== 'base' || !needsBuildTools(pip.version)) return;
  const copied = await copyDistributions(py, ['setuptools', 'wheel'], siteDir, cwd, log);
  if (!copied.includes('setuptools')) {
    log.info(`${py.path} has no setuptools to copy: pip ${pip.version} can then build a dependency's sdist only when it has a pyproject.toml.`);
  }
}

async function makeVenv(
  py: Interpreter,
  root: string,
  log: Logger,
  pip: 'base' | 'bundled',
  factsFor: (scheme: 'venv') => Promise<InterpreterFacts>,
): Promise<{ ok: true; environment: Environment } | { ok: false; error: string }> {
  const base = pythonEnvironment();
  const args = pip === 'bundled' ? ['-m', 'venv', root] : ['-m', 'venv', '--without-pip', root];
  const facts = factsFor('venv');
  facts.catch(() => {});
  const r = await runLogged(log, py.path, args, base, root);
  if (r.code !== 0) {
    return { ok: false, error: `"${py.path} ${args.slice(0, -1).join(' ')}" failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}` };
  }
  const binDir = layout.scriptsDir(root);
  const python = layout.venvPython(root);
  const env = layout.withPathFirst({ ...base, VIRTUAL_ENV: root }, binDir);
  const { scheme, pip: own } = await facts;
  const sitePackages = scheme!.dirs[0];
  if (!existsSync(sitePackages)) {
    throw new Error(`${py.path} -m venv made ${root}, but not the site-packages its install scheme names (${sitePackages}).`);
  }
  let runner = pip === 'bundled' ? ownPip(sitePackages) : own ? basePip(own) : undefined;
  if (!runner && pip === 'base') {
    log.info(`${py.path} has no pip; installing ensurepip's bundled pip into the environment.`);
    const ensure = await runLogged(log, python, ['-m', 'ensurepip', '--default-pip'], env, root);
    if (ensure.code !== 0) log.warning(`ensurepip failed (exit ${ensure.code}), the environment has no pip:\n${tail(ensure.stderr)}`);
    runner = ownPip(sitePackages);
  }
  if (runner) await addBuildTools(py, runner, sitePackages, root, log);
  return {
    ok: true,
    environment: { root, python, env, sitePackages, siteDirs: scheme!.dirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'venv', base: py },
  };
}

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

/** POSIX wrappers so that `python`, `pythonX`, `pythonX.Y` (and `pip`, for a pip of its own) on the environment's PATH run inside it. */
function writeSiteDirWrappers(binDir: string, py: Interpreter, activateDir: string, withPip: boolean): void {
  if (!layout.shellWrappers) return;
  const preamble = [
    '# python-release-actions site-dir environment: the base interpreter with this environment active.',
    `PYTHONPATH=${shellQuote(activateDir)}\${PYTHONPATH:+:\$PYTHONPATH}`,
    'PYTHONNOUSERSITE=1',
    'export PYTHONPATH PYTHONNOUSERSITE',
    'unset PYTHONHOME',
    '',
  ].join('\n');
  for (const v of ['', `${py.major}`, `${py.major}.${py.minor}`]) {
    writeScript(layout.path.join(binDir, `python${v}`), `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} "$@"\n`);
    const pip = layout.path.join(binDir, `pip${v}`);
    if (withPip && !existsSync(pip)) writeScript(pip, `#!/bin/sh\n${preamble}exec ${shellQuote(py.path)} -m pip "$@"\n`);
  }
}

async function makeSiteDirEnvironment(
  py: Interpreter,
  root: string,
  log: Logger,
  pip: 'base' | 'bundled',
  factsFor: (scheme: 'prefix') => Promise<InterpreterFacts>,
): Promise<Environment> {
  const base = pythonEnvironment();
  const facts = await factsFor('prefix');
  const scheme = facts.scheme!;
  if (scheme.dirs.length === 0) throw new Error(`${py.path} named no directory that pip install --prefix ${root} would install into.`);
  // An Interpreter built by hand may lack sys.prefix, which sitecustomize needs to recognise its interpreter.
  const basePrefix = py.prefix ?? (await inspectInterpreter(py.path, py.source, log)).prefix!;
  const siteDirs = scheme.dirs;
  const binDir = scheme.scripts;
  const activateDir = join(root, '.pyrelease');
  for (const d of [...siteDirs, binDir, activateDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(activateDir, 'sitecustomize.py'), sitecustomizeSource({ root, basePrefix, preSite: facts.preSite, siteDirs }));
  const env = layout.withPathFirst({ ...base, PYTHONPATH: activateDir }, binDir);
  writeFileSync(join(root, 'pyrelease-environment.json'), `${JSON.stringify({
    kind: 'site-dir', base: py.path, version: py.version, siteDirs, binDir, activate: activateDir,
  }, null, 2)}\n`);

  const sitePackages = siteDirs[0];
  let runner = pip === 'base' && facts.pip ? basePip(facts.pip) : undefined;
  if (!runner) {
    // ensurepip's own way: pip runs from its wheel and installs itself (and setuptools) into the prefix.
    const wheels = facts.ensurepip.length > 0 ? facts.ensurepip : (await interpreterFacts(py, { ensurepip: true, log })).ensurepip;
    const pipWheel = wheels.find((w) => /[\\/]pip-[^\\/]+\.whl$/.test(w));
    if (pipWheel) {
      const args = ['-c', pythonScript('pip_from_wheel'), pipWheel, 'install', '--disable-pip-version-check', '--no-cache-dir', '--no-index',
        '--ignore-installed', '--prefix', root, ...wheels];
      const r = await runLogged(log, py.path, args, env, root);
      if (r.code !== 0) throw new Error(`Installing ensurepip's bundled pip failed with ${py.path} (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
      runner = ownPip(sitePackages);
    } else {
      log.warning(`${py.path} has neither a pip nor ensurepip's bundled wheels: the environment has no pip.`);
    }
  }
  writeSiteDirWrappers(binDir, py, activateDir, runner?.from === 'environment');
  if (runner) await addBuildTools(py, runner, sitePackages, root, log);
  return { root, python: py.path, env, sitePackages, siteDirs, binDir, ...(runner ? { pip: runner } : {}), kind: 'site-dir', base: py };
}
