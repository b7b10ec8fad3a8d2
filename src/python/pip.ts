/** Installing into an environment with pip, with nothing but the sources the caller names. */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { Environment } from './environments.js';
import { runInterpreter } from './run.js';
import { formatCommand, maskCredentials } from '../process/index.js';

export interface PipInstallRequest {
  /** 'pkg==1.0', 'pkg', or the path of a wheel/sdist (relative paths are taken from the current directory). */
  requirements: string[];
  indexUrl?: string;
  extraIndexUrls?: string[];
  /** Directories (relative to the current directory) or URLs. */
  findLinks?: string[];
  noIndex?: boolean;
  noDeps?: boolean;
  /** Package names, or ':all:'. */
  onlyBinary?: string[];
  pre?: boolean;
  upgrade?: boolean;
  /** Each passed as --refresh-package when the environment's pip has it (26.2 and later). */
  refreshPackages?: string[];
  /** Default true: no HTTP or wheel cache, so what is installed is what the index serves now. */
  noCacheDir?: boolean;
  /** Further pip options, placed before the requirements. */
  extraArgs?: string[];
  /** Default 30 minutes. */
  timeoutMs?: number;
}

export interface PipInstallResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Set when pip ran past its time limit and was stopped. */
  timedOutAfterMs?: number;
  /** The command as run, with credentials in URLs masked. */
  command: string[];
}

/** '23.2.1' → [23, 2, 1]; '26.2b1' → [26, 2]. */
function versionParts(version: string): number[] {
  return (/^\d+(?:\.\d+)*/.exec(version.trim())?.[0] ?? '').split('.').filter(Boolean).map(Number);
}

/** Whether pip `version` is at least `minimum` (release numbers only). */
export function pipAtLeast(version: string, minimum: string): boolean {
  const a = versionParts(version);
  const b = versionParts(minimum);
  if (a.length === 0) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** pip 26.2 caches /simple/ pages by their Cache-Control and added --refresh-package to bypass that. */
export function pipSupportsRefreshPackage(pipVersion: string): boolean {
  return pipAtLeast(pipVersion, '26.2');
}

const URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** A local path made absolute, because pip runs in the environment's directory; URLs and names unchanged. */
function localPath(value: string, mustExist: boolean): string {
  if (URL.test(value) || isAbsolute(value)) return value;
  const looksLikePath = value.includes('/') || value.includes('\\') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/i.test(value);
  if (!looksLikePath) return value;
  const abs = resolve(value);
  return !mustExist || existsSync(abs) ? abs : value;
}

/** The environment's pip, or a UserError saying there is none. */
function pipOf(env: Environment): NonNullable<Environment['pip']> {
  if (!env.pip) {
    throw new UserError(`The environment ${env.root} has no pip (its interpreter ${env.base.path} has none, nor ensurepip's bundled one). Use an interpreter with pip.`);
  }
  return env.pip;
}

/**
 * The interpreter's arguments for `pip <command> <args>` in `env`, with the
 * options every run gets: no version check, no prompts.
 */
export function pipArgs(env: Environment, command: string, args: string[]): string[] {
  return [...pipOf(env).args, command, '--disable-pip-version-check', '--no-input', ...args];
}

/** The arguments after the interpreter for `pip install` of `req` in `env`. */
export function pipInstallArgs(env: Environment, req: PipInstallRequest, log: Logger = silentLogger): string[] {
  const pipVersion = pipOf(env).version;
  const args: string[] = [];
  if (req.noCacheDir !== false) args.push('--no-cache-dir');
  // A site-dir environment runs the base interpreter, whose default scheme is the base's site-packages.
  if (env.kind === 'site-dir') args.push('--prefix', env.root);
  if (req.noIndex) args.push('--no-index');
  if (req.indexUrl) args.push('--index-url', req.indexUrl);
  for (const url of req.extraIndexUrls ?? []) args.push('--extra-index-url', url);
  for (const link of req.findLinks ?? []) args.push('--find-links', localPath(link, false));
  if (req.noDeps) args.push('--no-deps');
  if (req.onlyBinary?.length) args.push('--only-binary', req.onlyBinary.join(','));
  if (req.pre) args.push('--pre');
  if (req.upgrade) args.push('--upgrade');
  if (req.refreshPackages?.length) {
    if (pipSupportsRefreshPackage(pipVersion)) {
      for (const name of req.refreshPackages) args.push('--refresh-package', name);
    } else {
      log.info(
        `pip ${pipVersion || '(unknown)'} has no --refresh-package (pip 26.2 added it); `
        + (req.noCacheDir === false
          ? 'this pip revalidates /simple/ pages anyway (pip 18.1 and later)'
          : '--no-cache-dir makes pip read the index afresh'),
      );
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
export async function pipInstall(env: Environment, req: PipInstallRequest, log: Logger = silentLogger): Promise<PipInstallResult> {
  if (req.requirements.length === 0) throw new UserError('Nothing to install: give at least one requirement.');
  const args = pipInstallArgs(env, req, log);
  const command = [env.python, ...args].map(maskCredentials);
  log.info(`$ ${formatCommand(env.python, args)}`);
  const r = await runInterpreter(env.python, args, { env: env.env, cwd: env.root, timeoutMs: req.timeoutMs ?? 30 * 60_000 });
  if (r.code !== 0) log.debug(`pip install exited ${r.code}:\n${r.stderr}`);
  return { code: r.code, stdout: r.stdout, stderr: r.stderr, command, ...(r.timedOut ? { timedOutAfterMs: r.timeoutMs } : {}) };
}
