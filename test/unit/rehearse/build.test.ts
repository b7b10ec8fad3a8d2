/**
 * The rehearsal's builder on the bundled example (two distributions with C
 * extensions) and on other projects: real git, real gcc and readelf, the
 * machine's real interpreters; a missing tool skips loudly.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import yauzl from 'yauzl';
import { preflight } from '../../../src/distributions/index.js';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { inspectInterpreter, supportedTags } from '../../../src/python/index.js';
import {
  buildConfigOf,
  buildRelease,
  bundledExample,
  COMMIT_PLACEHOLDER,
  compileExtension,
  copyProject,
  interpreterTags,
  prepareTargets,
  pythonTag,
  readLayout,
  readProject,
  versionFilesOf,
  type BuildConfig,
  type BuildTarget,
} from '../../../src/rehearse/index.js';
import { availablePythons, itIf, pythonPath, which } from '../../support/tools.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** name → bytes and mode of every member of a zip. */
function unzip(path: string): Promise<Map<string, { data: Buffer; mode: number }>> {
  return new Promise((done, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out = new Map<string, { data: Buffer; mode: number }>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, { data: Buffer.concat(chunks), mode: (entry.externalFileAttributes >>> 16) & 0o777 });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => done(out));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

async function writeProject(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, ...path.split('/').slice(0, -1)), { recursive: true });
    await writeFile(join(root, ...path.split('/')), text);
  }
}

const py27 = pythonPath('2.7');
const py3 = pythonPath('3.x');
const gcc = which('gcc');
const readelf = which('readelf');
const canBuild = py27 && py3 && gcc && readelf && process.platform === 'linux';
const NEEDS = 'it needs Python 2.7 and a 3.x under pyenv, gcc and readelf on Linux';

async function targetsFor(paths: string[]): Promise<BuildTarget[]> {
  const legs = await Promise.all(paths.map(async (p) => {
    const interpreter = await inspectInterpreter(p);
    return { label: `${interpreter.major}.${interpreter.minor}`, interpreter };
  }));
  return prepareTargets(legs, silentLogger);
}

/** A fresh copy of the example, with both distributions bumped to one version by the files the rehearsal computes. */
async function exampleCopy(): Promise<{ dir: string; commit: string }> {
  const project = await copyProject(bundledExample(), join(dir, 'project'), join(dir, 'hooks'));
  return { dir: project.dir, commit: project.baseCommit };
}

describe('the bundled example: two distributions with C extensions', () => {
  it('declares its second distribution and its planned wheels, and bump-version finds every version with the files the rehearsal computes', async () => {
    const { dir: copy } = await exampleCopy();
    const layout = await readLayout(copy);
    expect(layout.distributions).toEqual(['', 'cpp']);
    expect(layout.plannedWheels).toContain('cp312-cp312-win_amd64');
    expect(await versionFilesOf(copy, layout)).toEqual(['pyproject.toml', 'pyrelease_demo/__init__.py', 'cpp/pyproject.toml', 'cpp/pyrelease_demo_cpp/__init__.py']);
    const cpp = await readProject(join(copy, 'cpp'));
    expect(cpp.name).toBe('pyrelease-demo-cpp');
    expect(cpp.extensions).toEqual([{ name: 'pyrelease_demo_cpp._native', sources: ['native/_native.c'], includeDirs: ['pyrelease_demo_cpp/include'] }]);
  });

  itIf(canBuild, NEEDS)('builds one wheel per interpreter ABI for each distribution, tagged by the interpreter and by what the module needs, that imports and runs', async () => {
    const { dir: copy, commit } = await exampleCopy();
    const targets = await targetsFor([py27!, py3!]);
    const built = await buildRelease(copy, commit, join(dir, 'out'), { targets: async () => targets, log: silentLogger });
    expect(built.warnings).toEqual([]);
    expect(built.distributions.map((d) => d.project.name)).toEqual(['pyrelease-demo', 'pyrelease-demo-cpp']);

    const three = targets[1]!.tags;
    const plat = built.distributions[0]!.wheels[0]!.platform!;
    // This machine's glibc and architecture, read independently of the builder.
    const arch = execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim();
    expect(plat.manylinux).toBe(true);
    if (arch === 'x86_64') expect(plat.tags).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64']);
    for (const d of built.distributions) {
      const stem = d.project.name.replace(/-/g, '_');
      expect(d.wheels.map((w) => w.filename)).toEqual([
        `${stem}-0.1.0-cp27-${targets[0]!.tags.abi}-${plat.tags.join('.')}.whl`,
        `${stem}-0.1.0-${three.python}-${three.abi}-${plat.tags.join('.')}.whl`,
      ]);
      expect(d.substituted).toEqual([`${d.dir ? `${d.dir}/` : ''}${stem}/__init__.py`]);
    }

    const files = [...built.distributions.flatMap((d) => d.wheels.map((w) => w.path)), ...built.distributions.map((d) => d.sdist)];
    const checked = await preflight(files);
    expect(checked.problems).toEqual([]);

    // The wheel for 3.x: the compiled module (executable, with the interpreter's suffix), a platlib WHEEL with every tag.
    const wheel = built.distributions[0]!.wheels[1]!;
    const members = await unzip(wheel.path);
    const suffix = targets[1]!.config.ext_suffix;
    expect(members.get(`pyrelease_demo/_native${suffix}`)?.mode).toBe(0o755);
    const wheelFile = members.get('pyrelease_demo-0.1.0.dist-info/WHEEL')!.data.toString();
    expect(wheelFile).toContain('Root-Is-Purelib: false\n');
    for (const p of plat.tags) expect(wheelFile).toContain(`Tag: ${three.python}-${three.abi}-${p}\n`);
    expect(members.get('pyrelease_demo/__init__.py')!.data.toString()).toContain(`__commit__ = "${commit}"`);
    const cppMembers = await unzip(built.distributions[1]!.wheels[1]!.path);
    expect([...cppMembers.keys()]).toContain('pyrelease_demo_cpp/include/pyrelease_demo_cpp.h');

    // The wheels run where they were built for: unpacked onto sys.path of their own interpreter, each module answers.
    for (const [i, python] of [py27!, py3!].entries()) {
      const site = join(dir, `site-${i}`);
      for (const d of built.distributions) {
        for (const [name, m] of await unzip(d.wheels[i]!.path)) {
          await mkdir(join(site, name, '..'), { recursive: true });
          await writeFile(join(site, name), m.data);
        }
      }
      const said = execFileSync(python, ['-c', 'import pyrelease_demo, pyrelease_demo_cpp, platform; print("%d %d %s" % (pyrelease_demo.add(2, 3), pyrelease_demo_cpp.multiply(6, 7), pyrelease_demo.compiled_for() == platform.python_version()))'], {
        cwd: site, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' },
      });
      expect(said.trim()).toBe('5 42 True');
    }

    // Each sdist holds its own distribution's files: the top one leaves cpp/ out.
    const top = execFileSync('tar', ['tzf', built.distributions[0]!.sdist], { encoding: 'utf8' }).trim().split('\n');
    expect(top).toEqual(expect.arrayContaining(['pyrelease_demo-0.1.0/PKG-INFO', 'pyrelease_demo-0.1.0/native/_native.c', 'pyrelease_demo-0.1.0/tests/smoke_test.py']));
    expect(top.some((f) => f.includes('/cpp/'))).toBe(false);
    const cpp = execFileSync('tar', ['tzf', built.distributions[1]!.sdist], { encoding: 'utf8' }).trim().split('\n');
    expect(cpp).toEqual(expect.arrayContaining(['pyrelease_demo_cpp-0.1.0/PKG-INFO', 'pyrelease_demo_cpp-0.1.0/native/_native.c', 'pyrelease_demo_cpp-0.1.0/pyrelease_demo_cpp/include/pyrelease_demo_cpp.h']));
  });

  itIf(canBuild, NEEDS)('gives the same bytes for the same commit, compiled modules included (reproducible)', async () => {
    const { dir: copy } = await exampleCopy();
    const targets = await targetsFor([py3!]);
    const build = (commit: string, out: string) => buildRelease(copy, commit, join(dir, out), { targets: async () => targets });
    const [a, b, c] = [await build('abc', 'a'), await build('abc', 'b'), await build('def', 'c')];
    const bytes = async (r: typeof a) => Promise.all(r.distributions.flatMap((d) => [...d.wheels.map((w) => w.path), d.sdist]).map((p) => readFile(p)));
    expect(await bytes(a)).toEqual(await bytes(b));
    expect((await bytes(a))[0]).not.toEqual((await bytes(c))[0]);
  });
});

describe('interpreter and ABI tags', () => {
  const config = (over: Partial<BuildConfig>): BuildConfig => ({
    version: '3.12.1', major: 3, minor: 12, implementation: 'cpython', executable: '/py', include: '/inc', platinclude: '/inc', python_h: true,
    ext_suffix: '.so', soabi: 'cpython-312-x86_64-linux-gnu', py_debug: false, pymalloc: 1, unicode_size: null, maxunicode: 0x10ffff,
    platform: 'linux-x86_64', pointer_bits: 64, libc: 'glibc 2.36', ...over,
  });

  it('reads 3.x ABIs from SOABI and 2.7 ABIs from the build flags, as packaging does', () => {
    expect(interpreterTags(config({}))).toEqual({ python: 'cp312', abi: 'cp312', arch: 'x86_64' });
    expect(interpreterTags(config({ version: '3.7.16', minor: 7, soabi: 'cpython-37m-x86_64-linux-gnu' })).abi).toBe('cp37m');
    expect(interpreterTags(config({ version: '3.13.0', minor: 13, soabi: 'cpython-313t-x86_64-linux-gnu' })).abi).toBe('cp313t');
    const two = { version: '2.7.18', major: 2, minor: 7, soabi: '' };
    expect(interpreterTags(config({ ...two, unicode_size: 4 })).abi).toBe('cp27mu');
    expect(interpreterTags(config({ ...two, unicode_size: 2, maxunicode: 0xffff })).abi).toBe('cp27m');
    expect(interpreterTags(config({ ...two, unicode_size: 4, py_debug: true })).abi).toBe('cp27dmu');
    expect(interpreterTags(config({ pointer_bits: 32 })).arch).toBe('i686');
  });

  it('refuses what it cannot build for: PyPy, a platform other than Linux', () => {
    expect(() => interpreterTags(config({ implementation: 'pypy' }))).toThrow(/CPython only; \/py is pypy 3\.12\.1/);
    expect(() => interpreterTags(config({ platform: 'macosx-11.0-arm64' }))).toThrow(/Linux wheels only/);
  });

  const pythons = availablePythons();
  itIf(pythons.length > 0, 'no Python under pyenv')('agrees with pip: each interpreter\'s own first tag has the interpreter and ABI tags the builder computes', async () => {
    for (const p of pythons) {
      const py = await inspectInterpreter(p.path);
      const tags = interpreterTags(await buildConfigOf(py, silentLogger));
      const pip = (await supportedTags(py)).find((t) => t.startsWith('cp') && !t.includes('-abi3-') && !t.includes('-none-'));
      expect(`${p.full}: ${pip?.split('-').slice(0, 2).join('-')}`).toBe(`${p.full}: ${tags.python}-${tags.abi}`);
    }
  });
});

describe('compiling: what is missing is named, with what to install', () => {
  const ext = { name: 'm._native', sources: ['m.c'], includeDirs: [] };

  itIf(py3, 'needs a Python 3.x under pyenv')('an interpreter without Python.h', async () => {
    const c = { ...(await buildConfigOf(await inspectInterpreter(py3!), silentLogger)), python_h: false, include: '/nowhere' };
    await writeFile(join(dir, 'm.c'), 'int x;\n');
    await expect(compileExtension(ext, c, dir, join(dir, 'out', 'm.so'), silentLogger)).rejects.toThrow(/has no Python\.h in \/nowhere: its development headers are not installed.*apt-get install python3\.\d+-dev/s);
  });

  itIf(py3, 'needs a Python 3.x under pyenv')('no C compiler on PATH', async () => {
    const c = await buildConfigOf(await inspectInterpreter(py3!), silentLogger);
    await writeFile(join(dir, 'm.c'), 'int x;\n');
    const saved = process.env.PATH;
    process.env.PATH = join(dir, 'empty-bin');
    try {
      await expect(compileExtension(ext, c, dir, join(dir, 'out', 'm.so'), silentLogger)).rejects.toThrow(/No C compiler: gcc is not installed .*apt-get install gcc.*--wheels DIR/s);
    } finally {
      process.env.PATH = saved;
    }
  });

  itIf(py3 && gcc, 'needs a Python 3.x under pyenv and gcc')('a compiler error, with what the compiler said', async () => {
    const c = await buildConfigOf(await inspectInterpreter(py3!), silentLogger);
    await writeFile(join(dir, 'm.c'), 'this is not C;\n');
    await expect(compileExtension(ext, c, dir, join(dir, 'out', 'm.so'), silentLogger)).rejects.toThrow(/Could not compile m\._native for CPython 3\.[\s\S]*m\.c:1/);
  });
});

describe('readProject and the builder on other projects', () => {
  it('finds packages under src/, reads dependencies, and tags a pure Python-3-only project py3', async () => {
    const root = join(dir, 'p');
    await writeProject(root, {
      'pyproject.toml': '[project]\nname = "Other.Project"\nversion = "2.0"\nrequires-python = ">=3.8"\ndependencies = ["requests>=2"]\n',
      'src/other_project/__init__.py': '__version__ = "2.0"\n',
      'src/other_project/data/x.txt': 'data\n',
      'tests/__init__.py': '',
    });
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', '-A']);
    const info = await readProject(root);
    expect(info.packages).toEqual([{ name: 'other_project', dir: 'src/other_project' }]);
    expect(info.dependencies).toEqual(['requests>=2']);
    expect(info.extensions).toEqual([]);
    // No C extension: the interpreters are never asked.
    const built = await buildRelease(root, 'abc', join(dir, 'out'), { targets: async () => { throw new Error('not asked'); } });
    const d = built.distributions[0]!;
    expect(d.wheels.map((w) => w.filename)).toEqual(['other_project-2.0-py3-none-any.whl']);
    expect(d.substituted).toEqual([]);
    const members = await unzip(d.wheels[0]!.path);
    expect([...members.keys()]).toContain('other_project/data/x.txt');
    expect(members.get('other_project-2.0.dist-info/METADATA')!.data.toString()).toContain('Requires-Dist: requests>=2\n');
    expect(members.get('other_project-2.0.dist-info/WHEEL')!.data.toString()).toContain('Root-Is-Purelib: true\nTag: py3-none-any\n');
    expect((await preflight([d.wheels[0]!.path, d.sdist])).problems).toEqual([]);
  });

  it('keeps the placeholder rule: only .py files in packages are filled in', async () => {
    const root = join(dir, 'p');
    await writeProject(root, {
      'pyproject.toml': '[project]\nname = "x"\nversion = "1.0"\n',
      'x/__init__.py': `__commit__ = "${COMMIT_PLACEHOLDER}"\n`,
      'x/data.txt': COMMIT_PLACEHOLDER,
    });
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', '-A']);
    const d = (await buildRelease(root, 'c0ffee', join(dir, 'out'))).distributions[0]!;
    const members = await unzip(d.wheels[0]!.path);
    expect(members.get('x/__init__.py')!.data.toString()).toBe('__commit__ = "c0ffee"\n');
    expect(members.get('x/data.txt')!.data.toString()).toBe(COMMIT_PLACEHOLDER);
  });

  it('refuses a dynamic version, a project without [project], and extension settings it does not build as setuptools would', async () => {
    const root = join(dir, 'p');
    await writeProject(root, { 'pyproject.toml': '[project]\nname = "x"\ndynamic = ["version"]\n', 'x/__init__.py': '' });
    await expect(readProject(root)).rejects.toThrow(/\[project\]\.version is dynamic.*--wheels DIR/s);
    await writeFile(join(root, 'pyproject.toml'), '[tool.poetry]\nname = "x"\n');
    await expect(readProject(root)).rejects.toThrow(UserError);
    await expect(readProject(root)).rejects.toThrow(/no \[project\] table/);
    const ext = (body: string) => `[project]\nname = "x"\nversion = "1"\n[tool.setuptools]\npackages = ["x"]\n[[tool.setuptools.ext-modules]]\n${body}\n`;
    await writeFile(join(root, 'pyproject.toml'), ext('name = "x._n"\nsources = ["n.c"]\nlibraries = ["z"]'));
    await expect(readProject(root)).rejects.toThrow(/sets libraries; the rehearsal's builder knows name, sources and include-dirs only/);
    await writeFile(join(root, 'pyproject.toml'), ext('name = "x._n"\nsources = ["../n.c"]'));
    await expect(readProject(root)).rejects.toThrow(/\.\.\/n\.c is not a path inside/);
    await writeFile(join(root, 'pyproject.toml'), ext('name = "x._n"\nsources = ["n.cpp"]'));
    await expect(readProject(root)).rejects.toThrow(/compiles C sources \(\.c\) only/);
  });

  it('refuses a layout whose distributions are not projects, or whose planned wheels are not tag triples', async () => {
    const root = join(dir, 'p');
    const layout = (body: string) => writeProject(root, { 'pyproject.toml': `[project]\nname = "x"\nversion = "1"\n[tool.pyrelease.rehearse]\n${body}\n`, 'x/__init__.py': '' });
    await layout('distributions = ["missing"]');
    await expect(readLayout(root)).rejects.toThrow(/names missing, which is not a directory with a pyproject\.toml/);
    await layout('planned-wheels = ["cp312-macosx_11_0_arm64"]');
    await expect(readLayout(root)).rejects.toThrow(/is not a tag triple/);
    await layout('distribution = ["cpp"]');
    await expect(readLayout(root)).rejects.toThrow(/has distribution; it knows distributions and planned-wheels/);
    await layout('');
    expect(await readLayout(root)).toEqual({ distributions: [''], plannedWheels: [] });
    expect(await versionFilesOf(root, await readLayout(root))).toBeUndefined();
  });

  it('chooses the tag set of a pure wheel from Requires-Python', () => {
    expect(pythonTag(undefined)).toBe('py2.py3');
    expect(pythonTag('>=2.7, !=3.0.*')).toBe('py2.py3');
    expect(pythonTag('>=3.9')).toBe('py3');
    expect(pythonTag('<3')).toBe('py2');
  });
});

describe('copyProject', () => {
  it('copies what git would commit (not ignored files or caches) into a new repository with one commit', async () => {
    const src = join(dir, 'src');
    await writeProject(src, {
      'pyproject.toml': '[project]\nname = "x"\nversion = "1.0"\n',
      'x/__init__.py': '__version__ = "1.0"\n',
      'x/__pycache__/junk.pyc': 'junk',
      '.gitignore': 'secret.txt\n',
      'secret.txt': 'do not copy',
    });
    execFileSync('git', ['init', '-q', src]);
    const copied = await copyProject(src, join(dir, 'copy'), join(dir, 'hooks'));
    const files = execFileSync('git', ['-C', copied.dir, 'ls-files'], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(files).toEqual(['.gitignore', 'pyproject.toml', 'x/__init__.py']);
    expect(execFileSync('git', ['-C', copied.dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()).toBe(copied.baseCommit);
    expect(execFileSync('git', ['-C', copied.dir, 'status', '--porcelain'], { encoding: 'utf8' })).toBe('');
  });

  it('refuses a directory that is not a Python project', async () => {
    await mkdir(join(dir, 'empty'));
    await expect(copyProject(join(dir, 'empty'), join(dir, 'copy'), join(dir, 'hooks'))).rejects.toThrow(/not a Python project/);
    await expect(copyProject(join(dir, 'missing'), join(dir, 'copy'), join(dir, 'hooks'))).rejects.toThrow(/does not exist/);
  });
});
