import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { comparePythonVersions, parseSpec, resolvePython } from '../../../src/python/index.js';
import { describeWith, PYENV_ROOT, pyenvPython, pyenvVersion } from './pythons.js';

describe('parseSpec', () => {
  it('reads versions, PyPy, paths and commands', () => {
    expect(parseSpec('2.7')).toEqual({ kind: 'version', text: '2.7', implementation: 'cpython', major: 2, minor: 7 });
    expect(parseSpec('3.x')).toEqual({ kind: 'version', text: '3.x', implementation: 'cpython', major: 3 });
    expect(parseSpec('3')).toEqual({ kind: 'version', text: '3', implementation: 'cpython', major: 3 });
    expect(parseSpec('3.12.1')).toMatchObject({ major: 3, minor: 12, micro: 1 });
    expect(parseSpec('pypy3.10')).toEqual({ kind: 'version', text: 'pypy3.10', implementation: 'pypy', major: 3, minor: 10 });
    expect(parseSpec('pypy-2.7')).toMatchObject({ implementation: 'pypy', major: 2, minor: 7 });
    expect(parseSpec('python3.11')).toMatchObject({ kind: 'version', implementation: 'cpython', major: 3, minor: 11 });
    expect(parseSpec('/opt/py/bin/python')).toEqual({ kind: 'path', text: '/opt/py/bin/python', path: '/opt/py/bin/python' });
    expect(parseSpec('python')).toEqual({ kind: 'command', text: 'python', name: 'python' });
  });

  it('refuses nonsense with a UserError', () => {
    expect(() => parseSpec('')).toThrow(UserError);
    expect(() => parseSpec('3.x.1')).toThrow(/not a version/);
    expect(() => parseSpec('python 3')).toThrow(/neither a version/);
  });
});

describe('comparePythonVersions', () => {
  it('orders numerically with pre-releases below the release', () => {
    const sorted = ['3.10.0', '3.9.18', '3.14.0rc1', '3.14.0', '3.14.0a2', '2.7.18'].sort(comparePythonVersions);
    expect(sorted).toEqual(['2.7.18', '3.9.18', '3.10.0', '3.14.0a2', '3.14.0rc1', '3.14.0']);
  });
});

const v27 = pyenvVersion('2.7');
const v39 = pyenvVersion('3.9');
const v311 = pyenvVersion('3.11');
const v312 = pyenvVersion('3.12');
/** Every pyenv CPython 3 version, highest last. */
const all3 = (() => {
  try {
    return readdirSync(join(PYENV_ROOT, 'versions')).filter((n) => /^3\.\d+\.\d+$/.test(n) && pyenvPython(n)).sort(comparePythonVersions);
  } catch {
    return [];
  }
})();

describeWith(v27 && v39 && v311 && v312 ? v312 : undefined, '2.7, 3.9, 3.11 and 3.12')('resolvePython on this machine', () => {
  let tmp: string;
  let toolCache: string;
  let pathDir: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pyrelease-resolve-'));
    // A runner-like tool cache: Python/<version>/<arch>/bin/python3, as actions/setup-python lays it out.
    toolCache = join(tmp, 'toolcache');
    mkdirSync(join(toolCache, 'Python', v312!, 'x64', 'bin'), { recursive: true });
    symlinkSync(pyenvPython(v312!)!, join(toolCache, 'Python', v312!, 'x64', 'bin', 'python3'));
    writeFileSync(join(toolCache, 'Python', v312!, 'x64.complete'), '');
    // A directory that lies: named 3.9.0, holding 3.12.
    mkdirSync(join(toolCache, 'Python', '3.9.0', 'x64', 'bin'), { recursive: true });
    symlinkSync(pyenvPython(v312!)!, join(toolCache, 'Python', '3.9.0', 'x64', 'bin', 'python3'));
    writeFileSync(join(toolCache, 'Python', '3.9.0', 'x64.complete'), '');
    // A PATH with a working python3.11 and a python2.7 that fails the way an inactive pyenv shim does.
    pathDir = join(tmp, 'bin');
    mkdirSync(pathDir);
    symlinkSync(pyenvPython(v311!)!, join(pathDir, 'python3.11'));
    writeFileSync(join(pathDir, 'python2.7'), '#!/bin/sh\necho "pyenv: python2.7: command not found" >&2\nexit 127\n');
    chmodSync(join(pathDir, 'python2.7'), 0o755);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const env = (): { PATH: string; RUNNER_TOOL_CACHE: string; PYENV_ROOT: string } => ({ PATH: pathDir, RUNNER_TOOL_CACHE: toolCache, PYENV_ROOT });

  it("'2.7': skips the failing shim on PATH and finds pyenv's", async () => {
    const log = new MemoryLogger();
    const py = await resolvePython('2.7', env(), log);
    expect(py).toMatchObject({ major: 2, minor: 7, implementation: 'cpython', source: 'pyenv', version: v27 });
    expect(py.path.startsWith(join(PYENV_ROOT, 'versions', v27!))).toBe(true);
    expect(log.text()).toMatch(/Using CPython 2\.7\.\d+ at /);
  });

  it("'3.12': the tool cache comes before PATH and pyenv", async () => {
    const py = await resolvePython('3.12', env());
    expect(py).toMatchObject({ major: 3, minor: 12, source: 'tool-cache', version: v312 });
    expect(py.path).toBe(join(toolCache, 'Python', v312!, 'x64', 'bin', 'python3'));
  });

  it("'3.11': found on PATH", async () => {
    const py = await resolvePython('3.11', env());
    expect(py).toMatchObject({ minor: 11, source: 'path', version: v311 });
  });

  it("'3.9': a directory name is not trusted; the interpreter's answer is", async () => {
    const py = await resolvePython('3.9', env());
    expect(py).toMatchObject({ major: 3, minor: 9, source: 'pyenv', version: v39 });
  });

  it("'3.x' and '3': the highest 3.x anywhere", async () => {
    const highest = all3.at(-1)!;
    expect(await resolvePython('3.x', env())).toMatchObject({ version: highest, major: 3 });
    expect((await resolvePython('3', env())).version).toBe(highest);
  });

  it('an explicit path, or a directory holding bin/python', async () => {
    const path = pyenvPython(v39!)!;
    expect(await resolvePython(path, env())).toMatchObject({ source: 'explicit', version: v39, path });
    const dir = await resolvePython(join(PYENV_ROOT, 'versions', v39!), env());
    expect(dir).toMatchObject({ source: 'explicit', version: v39 });
  });

  it('an explicit path that is missing or does not run is a UserError', async () => {
    await expect(resolvePython(join(tmp, 'nope', 'python'), env())).rejects.toThrow(/does not exist/);
    await expect(resolvePython(join(pathDir, 'python2.7'), env())).rejects.toThrow(/does not run.*command not found/s);
  });

  it('a spec nobody satisfies: UserError listing every place searched and what is there', async () => {
    const error = await resolvePython('3.99', env()).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const message = (error as Error).message;
    expect(message).toContain('No Python interpreter matches "3.99" (wanted CPython 3.99)');
    expect(message).toContain(`tool cache (${join(toolCache, 'Python')})`);
    expect(message).toContain(`${join(toolCache, 'Python', '3.9.0', 'x64', 'bin', 'python3')} → CPython ${v312}`);
    expect(message).toMatch(/PATH:\n.*python3\.11 → CPython 3\.11/);
    expect(message).toContain(`pyenv (${join(PYENV_ROOT, 'versions')})`);
    expect(message).toContain(`CPython ${v27}`);
    expect(message).toMatch(/actions\/setup-python/);
  });

  it('PyPy that is not installed: the PyPy tool cache and pypy names are what is searched', async () => {
    const error = await resolvePython('pypy3.10', { PATH: pathDir, RUNNER_TOOL_CACHE: toolCache, PYENV_ROOT }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('wanted PyPy 3.10');
    expect((error as Error).message).toContain(`tool cache (${join(toolCache, 'PyPy')}): does not exist`);
  });

  it('an unset tool cache and empty PATH are reported as such', async () => {
    const error = await resolvePython('3.99', { PATH: '', PYENV_ROOT }).then(() => undefined, (e: unknown) => e);
    expect((error as Error).message).toContain('tool cache: RUNNER_TOOL_CACHE is not set');
    expect((error as Error).message).toContain('PATH: PATH is empty');
  });
});
