/**
 * The checks every real environment must pass, shared by the Python 2 and
 * Python 3 test files (two files so that jest runs them in parallel).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import {
  createEnvironment,
  fileIsInEnvironment,
  inspectImport,
  installedDistribution,
  pipInstall,
  resolvePython,
  runPython,
  supportedTags,
  wheelIsCompatible,
  type CreateEnvironmentOptions,
  type Environment,
  type Interpreter,
} from '../../../src/python/index.js';
import { describeWith, pyenvPython, pyenvVersion } from './pythons.js';
import { buildWheel } from './wheels.js';

export interface Fixture {
  tmp: string;
  /** demo-pkg 1.0.0 and 2.0.0 (both need dep-pkg), dep-pkg 0.1.0 (no top_level.txt). */
  wheels: string;
  /** A checkout-like directory holding a same-named demo_pkg with another __version__. */
  shadow: string;
}

/** Registers beforeAll/afterAll in the calling file; the fields are set once beforeAll has run. */
export function useFixture(): Fixture {
  const f = {} as Fixture;
  beforeAll(async () => {
    f.tmp = mkdtempSync(join(tmpdir(), 'pyrelease-env-'));
    f.wheels = join(f.tmp, 'wheels');
    mkdirSync(f.wheels);
    await buildWheel(f.wheels, { name: 'demo-pkg', version: '1.0.0', init: "__commit__ = 'abc123'", requires: ['dep-pkg>=0.1'] });
    await buildWheel(f.wheels, { name: 'demo-pkg', version: '2.0.0', init: "__commit__ = 'def456'", requires: ['dep-pkg>=0.1'] });
    // Like a hatchling wheel: no top_level.txt.
    await buildWheel(f.wheels, { name: 'dep-pkg', version: '0.1.0', topLevel: false });
    f.shadow = join(f.tmp, 'checkout');
    mkdirSync(join(f.shadow, 'demo_pkg'), { recursive: true });
    writeFileSync(join(f.shadow, 'demo_pkg', '__init__.py'), "__version__ = '6.6.6-shadow'\n__commit__ = 'shadow'\n");
  });
  afterAll(() => rmSync(f.tmp, { recursive: true, force: true }));
  return f;
}

/** Runs fn with process.env polluted the way a caller's job might be, then restores it. */
export async function withPollutedEnv<T>(f: Fixture, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  process.env.PYTHONPATH = f.shadow; // would put the shadow demo_pkg first
  process.env.PIP_NO_DEPS = '1'; // would leave dep-pkg out
  process.env.PIP_FIND_LINKS = join(f.tmp, 'nowhere');
  process.env.INPUT_TOKEN = 'secret-token-value';
  // A user pip.conf that would drop dependencies, if pip read configuration files.
  const xdg = join(f.tmp, 'xdg');
  mkdirSync(join(xdg, 'pip'), { recursive: true });
  writeFileSync(join(xdg, 'pip', 'pip.conf'), '[global]\nno-deps = true\n');
  process.env.XDG_CONFIG_HOME = xdg;
  try {
    return await fn();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

export interface Case {
  title: string;
  minor: string;
  kind: 'venv' | 'site-dir';
  options?: CreateEnvironmentOptions;
}

/** Defines the shared checks for one interpreter; returns the environment once made. */
export function environmentCase(f: Fixture, c: Case): { env?: Environment } {
  const made: { env?: Environment } = {};
  const version = pyenvVersion(c.minor);
  describeWith(version, c.minor)(c.title, () => {
    let py: Interpreter;
    let env: Environment;
    const log = new MemoryLogger();

    beforeAll(async () => {
      py = await resolvePython(pyenvPython(version!)!);
      env = await withPollutedEnv(f, () => createEnvironment(py, join(f.tmp, `env-${c.minor}-${c.kind}`), log, c.options));
      made.env = env;
    }, 180_000);

    it('is fresh, of the expected kind, with its own pip', async () => {
      expect(env.kind).toBe(c.kind);
      expect(env.pipVersion).toMatch(/^\d+\.\d+/);
      expect(fileIsInEnvironment(env, env.sitePackages)).toBe(true);
      expect(readdirSync(env.sitePackages).some((n) => /^pip-.*\.dist-info$/.test(n))).toBe(true);
      const r = await runPython(env, ['-c', 'import pip, sys; sys.stdout.write(pip.__file__)']);
      expect(fileIsInEnvironment(env, r.stdout)).toBe(true);
      expect(env.env.PYTHONPATH === undefined || !env.env.PYTHONPATH.includes(f.shadow)).toBe(true);
      expect(Object.keys(env.env).filter((k) => k.startsWith('PIP_') && k !== 'PIP_CONFIG_FILE')).toEqual([]);
      expect(env.env.INPUT_TOKEN).toBeUndefined();
      expect(log.text()).toContain(`Created ${c.kind} environment`);
    });

    it('sees no site-packages but its own, and no user site', async () => {
      const script = [
        'import sys, site, json',
        "sys.stdout.write(json.dumps({'path': sys.path, 'user': bool(getattr(site, 'ENABLE_USER_SITE', False))}))",
      ].join('\n');
      const r = await runPython(env, ['-c', script]);
      expect(r.code).toBe(0);
      const info = JSON.parse(r.stdout) as { path: string[]; user: boolean };
      const foreign = info.path.filter((p) => /(site|dist)-packages/.test(p) && !fileIsInEnvironment(env, p));
      expect(foreign).toEqual([]);
      expect(info.path.some((p) => fileIsInEnvironment(env, p) && p.endsWith('site-packages'))).toBe(true);
      expect(info.user).toBe(false);
    });

    it('installs a local wheel and its dependency with --no-index --find-links; the caller\'s PIP_* and pip.conf play no part', async () => {
      const r = await pipInstall(env, {
        requirements: ['demo-pkg==1.0.0'],
        noIndex: true,
        findLinks: [f.wheels],
        onlyBinary: [':all:'],
        refreshPackage: 'demo-pkg',
      }, log);
      expect(r.code).toBe(0);
      expect(r.command).toContain('--no-cache-dir');
      expect(r.command).toContain('--disable-pip-version-check');
      expect(r.command).not.toContain('--refresh-package'); // no pip here is 26.2 or later
      expect(log.text()).toContain(`$ ${r.command.join(' ')}`);
      const dep = await installedDistribution(env, 'dep_pkg');
      expect(dep).toMatchObject({ name: 'dep-pkg', version: '0.1.0', topLevel: ['dep_pkg'] });
    });

    it('imports the installed package, not the same-named directory of the working directory', async () => {
      const found = await inspectImport(env, 'demo_pkg', f.shadow);
      expect(found).toMatchObject({ ok: true, version: '1.0.0', commit: 'abc123' });
      expect(fileIsInEnvironment(env, found.file!)).toBe(true);
      expect(found.file!.startsWith(f.shadow)).toBe(false);
    });

    it('reports a failed import with its traceback', async () => {
      const missing = await inspectImport(env, 'no_such_module_here', f.shadow);
      expect(missing.ok).toBe(false);
      expect(missing.error).toMatch(/ImportError|ModuleNotFoundError/);
    });

    it('reads the installed distribution: version, top_level, RECORD', async () => {
      const dist = await installedDistribution(env, 'Demo.Pkg');
      expect(dist).toMatchObject({ name: 'demo-pkg', version: '1.0.0', topLevel: ['demo_pkg'], alsoFound: [] });
      expect(dist!.files).toContain('demo_pkg/__init__.py');
      expect(dist!.files).toContain('demo_pkg-1.0.0.dist-info/RECORD');
      expect(fileIsInEnvironment(env, dist!.location)).toBe(true);
      expect(await installedDistribution(env, 'not-installed')).toBeUndefined();
    });

    it('upgrades in place: the old version is uninstalled', async () => {
      const r = await pipInstall(env, { requirements: ['demo-pkg==2.0.0'], noIndex: true, findLinks: [f.wheels], upgrade: true }, log);
      expect(r.code).toBe(0);
      const dist = await installedDistribution(env, 'demo-pkg');
      expect(dist).toMatchObject({ version: '2.0.0', alsoFound: [] });
      expect(readdirSync(dist!.location).filter((n) => n.startsWith('demo_pkg-'))).toEqual(['demo_pkg-2.0.0.dist-info']);
      expect(await inspectImport(env, 'demo_pkg', f.shadow)).toMatchObject({ version: '2.0.0', commit: 'def456' });
    });

    it('a failing install returns pip\'s exit code and output', async () => {
      const r = await pipInstall(env, { requirements: ['demo-pkg==9.9.9'], noIndex: true, findLinks: [f.wheels] });
      expect(r.code).not.toBe(0);
      expect(`${r.stdout}${r.stderr}`).toMatch(/No matching distribution found for demo-pkg==9\.9\.9/);
    });

    it('its bin/python runs inside the environment even from a clean shell', () => {
      const r = spawnSync(join(env.binDir, 'python'), ['-c', 'import demo_pkg, sys; sys.stdout.write(demo_pkg.__file__)'], {
        cwd: f.tmp, // (python -c puts the working directory first on sys.path: not the shadow checkout here)
        env: { PATH: '/usr/bin:/bin', HOME: f.tmp },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      expect(fileIsInEnvironment(env, r.stdout)).toBe(true);
    });

    it('its bin/pip is the environment\'s pip', () => {
      const r = spawnSync(join(env.binDir, 'pip'), ['--version'], { cwd: f.tmp, env: { PATH: '/usr/bin:/bin', HOME: f.tmp }, encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`pip ${env.pipVersion} from `);
      expect(fileIsInEnvironment(env, / from (.*) \(python/.exec(r.stdout)![1])).toBe(true);
    });

    it('its pip computes the tags of its interpreter', async () => {
      const tags = await supportedTags(env);
      expect(tags[0]).toMatch(new RegExp(`^cp${c.minor.replace('.', '')}-`));
      expect(wheelIsCompatible('demo_pkg-1.0.0-py2.py3-none-any.whl', tags)).toBe(true);
    });
  });
  return made;
}
