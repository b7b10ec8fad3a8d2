import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import yauzl from 'yauzl';
import { preflight } from '../../../src/distributions/index.js';
import { UserError } from '../../../src/errors.js';
import { buildDistributions, bundledExample, COMMIT_PLACEHOLDER, copyProject, pythonTag, readProject } from '../../../src/rehearse/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** name → bytes of every member of a zip. */
function unzip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((done, fail) => {
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return fail(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
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

describe('buildDistributions on the bundled example', () => {
  it('makes a wheel and an sdist that pass every preflight rule, with the commit in __commit__ and a RECORD that matches', async () => {
    const project = await copyProject(bundledExample(), join(dir, 'project'), join(dir, 'hooks'));
    const commit = project.baseCommit;
    const built = await buildDistributions(project.dir, commit, join(dir, 'out'));

    expect(built.tags).toBe('py2.py3-none-any');
    expect(built.wheel).toMatch(/pyrelease_demo-0\.1\.0-py2\.py3-none-any\.whl$/);
    expect(built.sdist).toMatch(/pyrelease_demo-0\.1\.0\.tar\.gz$/);
    expect(built.substituted).toEqual(['pyrelease_demo/__init__.py']);

    const checked = await preflight([built.wheel, built.sdist]);
    expect(checked.problems).toEqual([]);
    expect(checked.files[0]!.metadata).toMatchObject({ name: 'pyrelease-demo', version: '0.1.0' });

    const members = await unzip(built.wheel);
    const init = members.get('pyrelease_demo/__init__.py')!.toString('utf8');
    expect(init).toContain(`__commit__ = "${commit}"`);
    expect(init).not.toContain(COMMIT_PLACEHOLDER);
    expect(members.get('pyrelease_demo-0.1.0.dist-info/top_level.txt')!.toString()).toBe('pyrelease_demo\n');
    expect(members.get('pyrelease_demo-0.1.0.dist-info/WHEEL')!.toString()).toContain('Tag: py2-none-any\nTag: py3-none-any\n');
    expect([...members.keys()].some((k) => k.startsWith('tests/'))).toBe(false);

    const sdistList = execFileSync('tar', ['tzf', built.sdist], { encoding: 'utf8' }).trim().split('\n');
    expect(sdistList).toContain('pyrelease_demo-0.1.0/PKG-INFO');
    expect(sdistList).toContain('pyrelease_demo-0.1.0/tests/smoke_test.py');
    const sdistInit = execFileSync('tar', ['xzOf', built.sdist, 'pyrelease_demo-0.1.0/pyrelease_demo/__init__.py'], { encoding: 'utf8' });
    expect(sdistInit).toContain(`__commit__ = "${commit}"`);
  });

  it('gives the same bytes for the same commit (reproducible)', async () => {
    const project = await copyProject(bundledExample(), join(dir, 'project'), join(dir, 'hooks'));
    const a = await buildDistributions(project.dir, 'abc', join(dir, 'a'));
    const b = await buildDistributions(project.dir, 'abc', join(dir, 'b'));
    const c = await buildDistributions(project.dir, 'def', join(dir, 'c'));
    expect(await readFile(a.wheel)).toEqual(await readFile(b.wheel));
    expect(await readFile(a.sdist)).toEqual(await readFile(b.sdist));
    expect(await readFile(a.wheel)).not.toEqual(await readFile(c.wheel));
  });
});

describe('readProject and the builder on other projects', () => {
  it('finds packages under src/, reads dependencies, and tags a Python-3-only project py3', async () => {
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
    const built = await buildDistributions(root, 'abc', join(dir, 'out'));
    expect(built.wheel).toMatch(/other_project-2\.0-py3-none-any\.whl$/);
    expect(built.substituted).toEqual([]);
    const members = await unzip(built.wheel);
    expect([...members.keys()]).toContain('other_project/data/x.txt');
    expect(members.get('other_project-2.0.dist-info/METADATA')!.toString()).toContain('Requires-Dist: requests>=2\n');
    expect((await preflight([built.wheel, built.sdist])).problems).toEqual([]);
  });

  it('refuses a dynamic version and a project without [project], pointing at --wheels', async () => {
    const root = join(dir, 'p');
    await writeProject(root, { 'pyproject.toml': '[project]\nname = "x"\ndynamic = ["version"]\n', 'x/__init__.py': '' });
    await expect(readProject(root)).rejects.toThrow(/\[project\]\.version is dynamic.*--wheels DIR/s);
    await writeFile(join(root, 'pyproject.toml'), '[tool.poetry]\nname = "x"\n');
    await expect(readProject(root)).rejects.toThrow(UserError);
    await expect(readProject(root)).rejects.toThrow(/no \[project\] table/);
  });

  it('chooses the tag set from Requires-Python', () => {
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
