/**
 * The checks every real environment must pass, shared by the Python 2 and
 * Python 3 test files (two files so that jest runs them in parallel).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { formatCommand } from '../../../src/process/index.js';
import {
  createEnvironment,
  fileIsInEnvironment,
  inspectInstalled,
  pipInstall,
  resolvePython,
  runPython,
  supportedTags,
  wheelIsCompatible,
  type CreateEnvironmentOptions,
  type Environment,
  type Interpreter,
  type PackageInspection,
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
  /** Where its pip comes from: the base interpreter's, run for it, or one installed into it. */
  pipFrom: 'base' | 'environment';
  options?: CreateEnvironmentOptions;
}

/** One distribution, inspected from `cwd`. */
async function inspectOne(env: Environment, name: string, cwd: string, module?: string | null): Promise<PackageInspection> {
  const found = await inspectInstalled(env, [{ name, ...(module !== undefined ? { module } : {}) }], cwd);
  return found.packages[0];
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

    it('is fresh, of the expected kind, with a pip that installs into it', async () => {
      expect(env.kind).toBe(c.kind);
      expect(env.pip).toMatchObject({ from: c.pipFrom, version: expect.stringMatching(/^\d+\.\d+/) });
      expect(fileIsInEnvironment(env, env.sitePackages)).toBe(true);
      const ownPip = readdirSync(env.sitePackages).some((n) => /^pip-.*\.dist-info$/.test(n));
      expect(ownPip).toBe(c.pipFrom === 'environment');
      // The base's pip runs for the environment from where the base keeps it, and says so.
      const r = await runPython(env, [...env.pip!.args, '--version'], { cwd: env.root });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`pip ${env.pip!.version} from ${env.pip!.home}`);
      expect(fileIsInEnvironment(env, env.pip!.home)).toBe(c.pipFrom === 'environment');
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
        refreshPackages: ['demo-pkg'],
      }, log);
      expect(r.code).toBe(0);
      expect(r.command).toContain('--no-cache-dir');
      expect(r.command).toContain('--disable-pip-version-check');
      expect(r.command).not.toContain('--refresh-package'); // no pip here is 26.2 or later
      expect(log.text()).toContain(`$ ${formatCommand(r.command[0], r.command.slice(1))}`);
      const dep = await inspectOne(env, 'dep_pkg', f.shadow);
      // No top_level.txt: the module comes from RECORD's paths.
      expect(dep.dist).toMatchObject({ name: 'dep-pkg', version: '0.1.0', topLevel: ['dep_pkg'] });
      expect(dep.chosen).toEqual({ module: 'dep_pkg', why: 'the only top-level module of the installed distribution' });
    });

    it('imports the installed package, not the same-named directory of the working directory', async () => {
      const found = await inspectOne(env, 'demo-pkg', f.shadow, 'demo_pkg');
      expect(found.imported).toMatchObject({ ok: true, version: '1.0.0', commit: 'abc123' });
      expect(fileIsInEnvironment(env, found.imported!.file!)).toBe(true);
      expect(found.imported!.file!.startsWith(f.shadow)).toBe(false);
    });

    it('reports a failed import with its traceback, and imports nothing for a module of "nothing"', async () => {
      const missing = await inspectOne(env, 'demo-pkg', f.shadow, 'no_such_module_here');
      expect(missing.imported?.ok).toBe(false);
      expect(missing.imported?.error).toMatch(/ImportError|ModuleNotFoundError/);
      const nothing = await inspectOne(env, 'demo-pkg', f.shadow, null);
      expect(nothing.dist?.version).toBe('1.0.0');
      expect(nothing.module).toBeUndefined();
      expect(nothing.imported).toBeUndefined();
    });

    it('reads the installed distribution: version, top_level, every RECORD file there', async () => {
      const found = await inspectInstalled(env, [{ name: 'Demo.Pkg' }, { name: 'not-installed' }], f.shadow);
      const dist = found.packages[0].dist;
      expect(dist).toMatchObject({ name: 'demo-pkg', version: '1.0.0', topLevel: ['demo_pkg'], alsoFound: [] });
      expect(dist!.record).toMatchObject({ missing: [], missingCount: 0, resized: [], resizedCount: 0 });
      expect(dist!.record!.files).toBeGreaterThanOrEqual(4);
      expect(fileIsInEnvironment(env, dist!.location)).toBe(true);
      expect(found.packages[1]).toEqual({ name: 'not-installed' });
      // What the environment's interpreter sees: its own site directories, nothing of the base's.
      expect(found.sysPath.filter((p) => /(site|dist)-packages/.test(p) && !fileIsInEnvironment(env, p))).toEqual([]);
    });

    it('upgrades in place: the old version is uninstalled', async () => {
      const r = await pipInstall(env, { requirements: ['demo-pkg==2.0.0'], noIndex: true, findLinks: [f.wheels], upgrade: true }, log);
      expect(r.code).toBe(0);
      const found = await inspectOne(env, 'demo-pkg', f.shadow, 'demo_pkg');
      expect(found.dist).toMatchObject({ version: '2.0.0', alsoFound: [] });
      expect(readdirSync(found.dist!.location).filter((n) => n.startsWith('demo_pkg-'))).toEqual(['demo_pkg-2.0.0.dist-info']);
      expect(found.imported).toMatchObject({ version: '2.0.0', commit: 'def456' });
    });

    it('finds a file RECORD lists that is gone, and one of another size', async () => {
      const dist = (await inspectOne(env, 'dep-pkg', f.shadow, null)).dist!;
      unlinkSync(join(dist.location, 'dep_pkg', '__init__.py'));
      truncateSync(join(dist.metadataDir, 'METADATA'), 3);
      const broken = (await inspectOne(env, 'dep-pkg', f.shadow, null)).dist!;
      expect(broken.record).toMatchObject({
        missing: ['dep_pkg/__init__.py'],
        missingCount: 1,
        resized: [expect.stringMatching(/^dep_pkg-0\.1\.0\.dist-info\/METADATA \(3 bytes, RECORD says \d+\)$/)],
        resizedCount: 1,
      });
    });

    /** A module and a dist-info naming it, installed by hand; removed after `fn`. */
    const withModule = async (module: string, code: string, fn: () => Promise<void>): Promise<void> => {
      const distInfo = join(env.sitePackages, `${module}-1.0.dist-info`);
      mkdirSync(join(env.sitePackages, module), { recursive: true });
      mkdirSync(distInfo, { recursive: true });
      writeFileSync(join(env.sitePackages, module, '__init__.py'), code);
      writeFileSync(join(distInfo, 'METADATA'), `Metadata-Version: 2.1\nName: ${module}\nVersion: 1.0\n`);
      writeFileSync(join(distInfo, 'RECORD'), '');
      try {
        await fn();
      } finally {
        rmSync(join(env.sitePackages, module), { recursive: true, force: true });
        rmSync(distInfo, { recursive: true, force: true });
      }
    };

    it('an import that exits before answering is the package\'s failure, said so', async () => {
      for (const [module, code, how] of [
        ['exits_on_import', 'import os\nos._exit(3)\n', /exited with code 3 before it answered/],
        ['exits_quietly', 'import os\nos._exit(0)\n', /ended without an answer/],
      ] as const) {
        await withModule(module, code, async () => {
          const err = await inspectInstalled(env, [{ name: module, module }], f.shadow).catch((e: unknown) => e);
          expect(err).toBeInstanceOf(UserError);
          expect((err as Error).message).toContain(`Importing ${module} with ${env.python} `);
          expect((err as Error).message).toMatch(how);
          expect((err as Error).message).toContain('Check what the package runs when it is imported');
        });
      }
    });

    it('an import that leaves a line unfinished, swaps sys.stdout or closes it still gets its answer read', async () => {
      for (const [module, code] of [
        ['prints_no_newline', 'import sys\nsys.stdout.write("Loading...")\n__version__ = "1.0"\n'],
        ['swaps_stdout', 'import sys\nsys.stdout = sys.stderr\n__version__ = "1.0"\n'],
        ['closes_stdout', 'import os, sys\nsys.stdout.flush()\nos.close(1)\n__version__ = "1.0"\n'],
      ] as const) {
        await withModule(module, code, async () => {
          const found = await inspectInstalled(env, [{ name: module, module }], f.shadow);
          expect(found.packages[0]).toMatchObject({ name: module, module, imported: { version: '1.0' } });
        });
      }
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

    it('its pip computes the tags of its interpreter', async () => {
      const tags = await supportedTags(env);
      expect(tags[0]).toMatch(new RegExp(`^cp${c.minor.replace('.', '')}-`));
      expect(wheelIsCompatible('demo_pkg-1.0.0-py2.py3-none-any.whl', tags)).toBe(true);
    });
  });
  return made;
}
