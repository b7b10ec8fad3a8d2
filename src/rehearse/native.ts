/**
 * C extensions, compiled here: each interpreter is asked what it is to a
 * compiler (its headers, the suffix of its extension modules, its ABI flags,
 * its platform and C library), the machine's C compiler builds the module
 * against exactly those headers, and the wheel tags come from the same
 * answers, never from a version number alone: cp27mu and cp27m are different
 * interpreters, and so are cp37m and cp38.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { childEnvironment, failureOf, formatCommand, ProcessStartError, pythonEnvironment, runProcess } from '../process/index.js';
import { describeInterpreter, type Interpreter } from '../python/index.js';
import { markedJson } from '../python/scripts/index.js';
import { buildConfigScript } from './scripts/index.js';

/** An extension module as pyproject.toml's [[tool.setuptools.ext-modules]] declares it. */
export interface ExtensionModule {
  /** Dotted module name, e.g. pyrelease_demo._native. */
  name: string;
  /** C sources, relative to the distribution's directory. */
  sources: string[];
  /** Extra -I directories, relative to the distribution's directory. */
  includeDirs: string[];
}

/** What build_config.py reports. */
export interface BuildConfig {
  version: string;
  major: number;
  minor: number;
  implementation: string;
  executable: string;
  include: string;
  platinclude: string;
  python_h: boolean;
  ext_suffix: string;
  soabi: string;
  py_debug: boolean;
  pymalloc: number | null;
  unicode_size: number | null;
  maxunicode: number;
  platform: string;
  pointer_bits: number;
  /** os.confstr('CS_GNU_LIBC_VERSION'), e.g. "glibc 2.36"; null where the interpreter cannot tell (2.7). */
  libc: string | null;
}

/** The two tags of a wheel that the interpreter decides; the platform tag comes from the compiled file. */
export interface InterpreterTags {
  /** cp312 */
  python: string;
  /** cp312, cp37m, cp27mu, cp313t */
  abi: string;
  /** x86_64, i686, aarch64: the architecture part of the platform tag. */
  arch: string;
}

const MARK = '__PYRELEASE_BUILD_CONFIG__';
export const COMPILER = 'gcc';
const COMPILE_TIMEOUT_MS = 5 * 60_000;

/** Runs build_config.py in the interpreter. */
export async function buildConfigOf(py: Interpreter, log: Logger): Promise<BuildConfig> {
  const args = ['-c', buildConfigScript()];
  log.debug(`$ ${formatCommand(py.path, args)}`);
  let r;
  try {
    r = await runProcess(py.path, args, { env: pythonEnvironment(), timeoutMs: 60_000 });
  } catch (err) {
    if (err instanceof ProcessStartError) throw new UserError(`Could not run the Python interpreter ${py.path}: ${err.reason}.`);
    throw err;
  }
  const config = markedJson<BuildConfig>(r.stdout, MARK);
  const failure = failureOf(r);
  if (failure || !config) throw new UserError(`Could not ask ${describeInterpreter(py)} (${py.path}) how to build for it: ${failure?.message ?? 'it printed no answer'}`);
  return config;
}

/**
 * The interpreter and ABI tags as packaging computes them for CPython: from
 * SOABI on 3.x (cpython-37m-… → cp37m, cpython-313t-… → cp313t), and from
 * the build flags on 2.7, which has no SOABI: d for a debug build, m for
 * pymalloc, u for a wide-unicode (UCS-4) build.
 */
export function interpreterTags(c: BuildConfig): InterpreterTags {
  if (c.implementation !== 'cpython') {
    throw new UserError(`The rehearsal builds C extensions for CPython only; ${c.executable} is ${c.implementation} ${c.version}. Leave it out with --python, or pass --wheels DIR with wheels built for it.`);
  }
  const python = `cp${c.major}${c.minor}`;
  let abi: string;
  const soabi = /^cpython-(\d+)([a-z]*)(-|$)/.exec(c.soabi);
  if (c.major >= 3 && soabi && soabi[1] === `${c.major}${c.minor}`) {
    abi = `cp${soabi[1]}${soabi[2]}`;
  } else {
    const flags = (c.py_debug ? 'd' : '')
      + ((c.major < 3 || c.minor < 8) && c.pymalloc !== 0 ? 'm' : '')
      + (c.major < 3 && (c.unicode_size === 4 || c.maxunicode === 0x10ffff) ? 'u' : '');
    abi = `${python}${flags}`;
  }
  return { python, abi, arch: archOf(c) };
}

/** linux-x86_64 → x86_64; a 32-bit interpreter on a 64-bit kernel is i686 (or armv7l), as packaging says. */
function archOf(c: BuildConfig): string {
  const m = /^linux-(.+)$/.exec(c.platform);
  if (!m) {
    throw new UserError(`${describeInterpreter(c)} (${c.executable}) is built for ${c.platform}; the rehearsal builds Linux wheels only. Pass --wheels DIR with wheels built elsewhere.`);
  }
  let arch = m[1]!.replace(/[-.]/g, '_');
  if (c.pointer_bits === 32) {
    if (arch === 'x86_64') arch = 'i686';
    else if (arch === 'aarch64') arch = 'armv7l';
  }
  return arch;
}

/** The directory with Python.h, or a UserError saying what to install. */
function headersOf(c: BuildConfig): string[] {
  if (!c.python_h) {
    const pkg = `python${c.major}.${c.minor}-dev`;
    throw new UserError(
      `${describeInterpreter(c)} (${c.executable}) has no Python.h in ${c.include || 'its include directory'}: its development headers are not installed, `
        + `so no extension can be compiled for it. Install them (Debian/Ubuntu: apt-get install ${pkg}; Fedora: dnf install python${c.major}-devel; `
        + 'pyenv and python.org builds include them), or leave this interpreter out with --python.',
    );
  }
  return c.platinclude && c.platinclude !== c.include ? [c.include, c.platinclude] : [c.include];
}

/**
 * Compiles one extension module for one interpreter into `outFile`, with the
 * sources and include directories relative to `dir` (the working directory,
 * so that no absolute path of this machine ends up in the module). The flags
 * are fixed (no CFLAGS from the environment): the same commit gives the same
 * bytes.
 */
export async function compileExtension(ext: ExtensionModule, c: BuildConfig, dir: string, outFile: string, log: Logger): Promise<void> {
  const includes = headersOf(c);
  for (const source of ext.sources) {
    if (!existsSync(join(dir, source))) throw new UserError(`The extension ${ext.name} names the source ${source}, which does not exist in ${dir}.`);
  }
  await mkdir(dirname(outFile), { recursive: true });
  const args = [
    '-shared', '-fPIC', '-O2', '-fwrapv', '-fno-strict-aliasing', '-DNDEBUG', '-Wall',
    ...ext.includeDirs.flatMap((d) => ['-I', d]),
    ...includes.flatMap((d) => ['-I', d]),
    ...ext.sources,
    '-o', outFile,
  ];
  log.info(`$ ${formatCommand(COMPILER, args)}`);
  let r;
  try {
    r = await runProcess(COMPILER, args, { cwd: dir, env: childEnvironment(), timeoutMs: COMPILE_TIMEOUT_MS });
  } catch (err) {
    if (err instanceof ProcessStartError && err.code === 'ENOENT' && existsSync(dir)) throw noCompiler();
    if (err instanceof ProcessStartError) throw new UserError(`Could not start the C compiler: ${err.message}`);
    throw err;
  }
  const failure = failureOf(r);
  if (failure) throw new UserError(`Could not compile ${ext.name} for ${describeInterpreter(c)}: ${failure.message}`);
  const warnings = r.stderr.trim();
  if (warnings) log.warning(`${COMPILER} warned while compiling ${ext.name} for ${describeInterpreter(c)}:\n${warnings}`);
}

function noCompiler(): UserError {
  return new UserError(
    `No C compiler: ${COMPILER} is not installed (or not on PATH), and the project has C extensions to compile for each interpreter. `
      + 'Install it (Debian/Ubuntu: apt-get install gcc; Fedora: dnf install gcc), or pass --wheels DIR with wheels built elsewhere.',
  );
}
