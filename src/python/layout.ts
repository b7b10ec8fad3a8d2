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
import { posix, win32, type PlatformPath } from 'node:path';

export interface Layout {
  platform: NodeJS.Platform;
  windows: boolean;
  /** node:path for this OS. */
  path: PlatformPath;
  /** The executable's file name: python → python.exe on Windows. */
  exe(name: string): string;
  /** An environment's directory of the interpreter and console scripts: Scripts on Windows, bin elsewhere. */
  scriptsDir(root: string): string;
  /** The interpreter of a venv made at `root`. */
  venvPython(root: string): string;
  /**
   * Where an interpreter may be inside a directory someone named as the
   * interpreter (a venv, an installation prefix, a tool-cache entry), in the
   * order to try: `bin/python3` on POSIX; `Scripts\python.exe` (a venv) then
   * `python.exe` (an installation) on Windows.
   */
  interpretersIn(dir: string, names: string[]): string[];
  /** Whether `path` is `dir` or lies inside it, lexically (resolve symbolic links first where it matters). */
  isInside(dir: string, path: string): boolean;
  /** The name of the search path variable in `env` (Path on Windows, as the system spells it). */
  pathKey(env: Record<string, string | undefined>): string;
  /** `env` with `dir` first on the search path. */
  withPathFirst(env: Record<string, string>, dir: string): Record<string, string>;
  /** Whether an environment gets shell-script wrappers (python, pip) in its scripts directory. */
  shellWrappers: boolean;
}

export function layoutFor(platform: NodeJS.Platform = process.platform): Layout {
  const windows = platform === 'win32';
  const path = windows ? win32 : posix;
  const caseInsensitive = windows || platform === 'darwin';
  const fold = (p: string): string => (caseInsensitive ? p.toLowerCase() : p);
  const exe = (name: string): string => (windows && !/\.exe$/i.test(name) ? `${name}.exe` : name);
  const scriptsDir = (root: string): string => path.join(root, windows ? 'Scripts' : 'bin');
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
export const hostLayout: Layout = layoutFor();
