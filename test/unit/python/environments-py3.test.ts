/**
 * Real environments on CPython 3: venvs that the base's pip installs into, with
 * pip's own runner (3.13, pip 24) and with ours (3.6, pip 18.1, which also
 * gets the base's setuptools and wheel); a venv with ensurepip's pip in it
 * (3.10); a site-dir environment forced on 3.12; and a site-dir environment
 * made from a venv whose site-packages is polluted the way editable installs
 * and .pth files pollute one.
 */
import { expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import {
  createEnvironment,
  fileIsInEnvironment,
  inspectInstalled,
  pipInstall,
  resolvePython,
  runPython,
} from '../../../src/python/index.js';
import { environmentCase, useFixture } from './environment-cases.js';
import { describeWith, pyenvVersion } from './pythons.js';

const f = useFixture();

environmentCase(f, { title: "CPython 3.6: venv, the base's pip 18.1 run for it by our runner", minor: '3.6', kind: 'venv', pipFrom: 'base' });
const venv313 = environmentCase(f, { title: "CPython 3.13: venv, the base's pip run for it by pip's own runner", minor: '3.13', kind: 'venv', pipFrom: 'base' });
environmentCase(f, { title: "CPython 3.10: venv with ensurepip's pip in it", minor: '3.10', kind: 'venv', pipFrom: 'environment', options: { pip: 'bundled' } });
environmentCase(f, { title: 'CPython 3.12 forced to a site-dir environment', minor: '3.12', kind: 'site-dir', pipFrom: 'base', options: { kind: 'site-dir' } });

const v313 = pyenvVersion('3.13');
describeWith(v313, '3.13')('a site-dir environment made from a polluted interpreter', () => {
  it("hides the base's packages, .pth paths, .pth-imported modules and import hooks", async () => {
    const base = venv313.env;
    expect(base).toBeDefined(); // made by the 3.13 cases above
    // Pollute the 3.13 venv as editable installs and namespace packages do.
    const elsewhere = join(f.tmp, 'src-tree');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'leaky_mod.py'), 'LEAK = True\n');
    writeFileSync(join(base!.sitePackages, 'leak_hook.py'), [
      'import sys',
      'class LeakFinder(object):',
      '    @classmethod',
      '    def find_spec(cls, name, path=None, target=None):',
      '        return None',
      'sys.meta_path.append(LeakFinder)',
      '',
    ].join('\n'));
    writeFileSync(join(base!.sitePackages, 'zz-leak.pth'), `${elsewhere}\nimport leak_hook\n`);
    const check = [
      'import sys, json',
      'def importable(name):',
      '    try:',
      '        __import__(name)',
      '        return True',
      '    except ImportError:',
      '        return False',
      "sys.stdout.write(json.dumps({'leaky': importable('leaky_mod'), 'demo': importable('demo_pkg'),",
      "    'hook': any(getattr(f, '__name__', '') == 'LeakFinder' for f in sys.meta_path),",
      "    'hook_module': 'leak_hook' in sys.modules, 'path': sys.path}))",
    ].join('\n');
    const polluted = JSON.parse((await runPython(base!, ['-c', check])).stdout) as Record<string, unknown>;
    expect(polluted).toMatchObject({ leaky: true, demo: true, hook: true, hook_module: true });

    const py = await resolvePython(base!.python);
    expect(py.prefix).toBe(base!.root);
    const env = await createEnvironment(py, join(f.tmp, 'env-over-venv'), new MemoryLogger(), { kind: 'site-dir' });
    const clean = JSON.parse((await runPython(env, ['-c', check])).stdout) as { path: string[] };
    expect(clean).toMatchObject({ leaky: false, demo: false, hook: false, hook_module: false });
    expect(clean.path).not.toContain(elsewhere);
    expect(clean.path).not.toContain(base!.sitePackages);
    // and it still works as an environment
    const r = await pipInstall(env, { requirements: ['demo-pkg==1.0.0'], noIndex: true, findLinks: [f.wheels] });
    expect(r.code).toBe(0);
    const found = (await inspectInstalled(env, [{ name: 'demo-pkg', module: 'demo_pkg' }], f.shadow)).packages[0].imported!;
    expect(found).toMatchObject({ ok: true, version: '1.0.0' });
    expect(fileIsInEnvironment(env, found.file!)).toBe(true);
  }, 180_000);
});
