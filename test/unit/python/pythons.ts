/** The machine's real interpreters (pyenv), and loud skips when one is missing. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';

export const PYENV_ROOT = process.env.PYENV_ROOT || '/root/.pyenv';

/** The interpreter of a pyenv version such as '3.12.1', or undefined. */
export function pyenvPython(full: string): string | undefined {
  const path = join(PYENV_ROOT, 'versions', full, 'bin', `python${full.split('.').slice(0, 2).join('.')}`);
  return existsSync(path) ? path : undefined;
}

/** The newest installed pyenv version with this major.minor, e.g. '3.12' → '3.12.1'. */
export function pyenvVersion(minor: string): string | undefined {
  const dir = join(PYENV_ROOT, 'versions');
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((n) => n.startsWith(`${minor}.`) && /^\d+\.\d+\.\d+$/.test(n) && pyenvPython(n))
    .sort((a, b) => Number(a.split('.')[2]) - Number(b.split('.')[2]))
    .at(-1);
}

type Fn = () => unknown;

/** `it`, or a loud skip naming the missing interpreter. */
export function itWith(version: string | undefined, wanted: string): (name: string, fn: Fn, timeout?: number) => void {
  if (version) return (name, fn, timeout) => it(name, fn as () => Promise<unknown>, timeout);
  return (name, fn, timeout) => {
    console.warn(`SKIPPED: ${name} because Python ${wanted} is not installed under ${PYENV_ROOT}/versions`);
    it.skip(name, fn as () => Promise<unknown>, timeout);
  };
}

/** `describe`, or a loud skip naming the missing interpreter. */
export function describeWith(version: string | undefined, wanted: string): (name: string, fn: () => void) => void {
  if (version) return (name, fn) => describe(name, fn);
  return (name, fn) => {
    console.warn(`SKIPPED: ${name} because Python ${wanted} is not installed under ${PYENV_ROOT}/versions`);
    describe.skip(name, fn);
  };
}
