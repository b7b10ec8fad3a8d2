/**
 * Finding the real tools the suite runs against (pyenv interpreters, twine,
 * moto_server) and skipping loudly when the machine lacks one.
 */
import { existsSync, readdirSync, statSync, accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from '@jest/globals';

/** $PYENV_ROOT, read on each call (tests may point it elsewhere), default /root/.pyenv. */
export function pyenvRoot(): string {
  return process.env.PYENV_ROOT || '/root/.pyenv';
}

export interface PythonInstall {
  /** major.minor, e.g. '3.12' */
  version: string;
  /** the full version directory name, e.g. '3.12.1' */
  full: string;
  /** absolute path of the versioned interpreter, e.g. /root/.pyenv/versions/3.12.1/bin/python3.12 */
  path: string;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => parseInt(p, 10));
  const pb = b.split('.').map((p) => parseInt(p, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every CPython under $PYENV_ROOT/versions with an executable pythonX.Y, oldest first. */
export function availablePythons(): PythonInstall[] {
  const root = join(pyenvRoot(), 'versions');
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  const found: PythonInstall[] = [];
  for (const full of names) {
    const m = /^(\d+)\.(\d+)\.\d+$/.exec(full);
    if (!m) continue; // skips pypy-*, miniconda*, 3.13-dev and the like
    const version = `${m[1]}.${m[2]}`;
    const path = join(root, full, 'bin', `python${version}`);
    if (isExecutable(path)) found.push({ version, full, path });
  }
  return found.sort((a, b) => compareVersions(a.full, b.full));
}

/**
 * The interpreter for a version request, like setup-python reads one:
 * '2.7' or '3.12' (newest patch of that minor), '3.12.1' (exact),
 * '3.x' / '3' (newest 3), '2.x' / '2'. Undefined when the machine lacks it.
 */
export function pythonPath(version: '2.7' | '3.x' | string): string | undefined {
  const all = availablePythons();
  const req = version.trim().replace(/\.x$/, '');
  const parts = req.split('.');
  const matching = all.filter((p) => {
    const have = p.full.split('.');
    return parts.every((part, i) => have[i] === part);
  });
  return matching.at(-1)?.path;
}

/** The first executable called `name` on PATH (or in `extraDirs`), like `which`. */
export function which(name: string, extraDirs: string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** twine (the Debian package puts it in /usr/bin). */
export function twinePath(): string | undefined {
  return which('twine', ['/usr/bin', '/usr/local/bin']);
}

/**
 * moto_server. Prefers the real script inside a pyenv version over the pyenv
 * shim, because the shim fails whenever the global pyenv version is not the
 * one moto was installed with.
 */
export function motoServerPath(): string | undefined {
  const real = availablePythons()
    .reverse()
    .map((p) => join(pyenvRoot(), 'versions', p.full, 'bin', 'moto_server'))
    .find((p) => existsSync(p) && isExecutable(p));
  if (real) return real;
  return which('moto_server');
}

type DescribeFn = (name: string, fn: () => void) => void;
type ItFn = (name: string, fn: () => unknown, timeout?: number) => void;

function announceSkip(name: string, reason: string): void {
  // At collection time, so the skip is visible in every run's output.
  console.warn(`SKIPPED: ${name} because ${reason}`);
}

/** `describe` when cond holds; otherwise a skipped describe and a loud warning. */
export function describeIf(cond: unknown, reason: string): DescribeFn {
  if (cond) return (name, fn) => describe(name, fn);
  return (name, fn) => {
    announceSkip(name, reason);
    describe.skip(name, fn);
  };
}

/** `it` when cond holds; otherwise a skipped test and a loud warning. */
export function itIf(cond: unknown, reason: string): ItFn {
  if (cond) return (name, fn, timeout) => it(name, fn as () => Promise<unknown>, timeout);
  return (name, fn, timeout) => {
    announceSkip(name, reason);
    it.skip(name, fn as () => Promise<unknown>, timeout);
  };
}
