/** Real site-dir environments on CPython 2.7 (no venv module there). */
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import {
  createEnvironment,
  fileIsInEnvironment,
  inspectInstalled,
  pipInstall,
  resolvePython,
  runPython,
  type Interpreter,
} from '../../../src/python/index.js';
import { environmentCase, useFixture } from './environment-cases.js';
import { describeWith, pyenvPython, pyenvVersion } from './pythons.js';

const f = useFixture();

environmentCase(f, { title: "CPython 2.7: site-dir environment, the base's pip run for it by our runner", minor: '2.7', kind: 'site-dir', pipFrom: 'base' });

const v27 = pyenvVersion('2.7');
describeWith(v27, '2.7')("CPython 2.7 with ensurepip's pip", () => {
  it("installs pip from ensurepip's bundled wheels, offline, with its scripts", async () => {
    const py = await resolvePython(pyenvPython(v27!)!);
    const log = new MemoryLogger();
    const env = await createEnvironment(py, join(f.tmp, 'env-2.7-bundled'), log, { pip: 'bundled' });
    expect(env.pip).toMatchObject({ from: 'environment', version: expect.stringMatching(/^\d+\./), args: ['-m', 'pip'] });
    expect(log.text()).toContain('pip from a wheel');
    expect(existsSync(join(env.binDir, 'pip'))).toBe(true);
    const r = await runPython(env, ['-m', 'pip', '--version']);
    expect(r.stdout).toContain(env.root);
    const install = await pipInstall(env, { requirements: [join(f.wheels, 'dep_pkg-0.1.0-py2.py3-none-any.whl')], noIndex: true });
    expect(install.code).toBe(0);
    const found = (await inspectInstalled(env, [{ name: 'dep-pkg' }], f.shadow)).packages[0].imported!;
    expect(fileIsInEnvironment(env, found.file!)).toBe(true);
  }, 120_000);
});

describe('createEnvironment refuses', () => {
  it('a directory that is not empty', async () => {
    const dir = join(f.tmp, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    const py = { path: process.execPath, version: '3.12.0', major: 3, minor: 12, implementation: 'cpython', source: 'explicit' } as Interpreter;
    await expect(createEnvironment(py, dir)).rejects.toThrow(UserError);
    expect(existsSync(join(dir, 'keep.txt'))).toBe(true);
  });
});

