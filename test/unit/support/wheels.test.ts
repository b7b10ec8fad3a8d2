import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { availablePythons, describeIf, pythonPath, twinePath } from '../../support/tools.js';
import {
  compatibleTag,
  escapeName,
  expandTags,
  makeSdist,
  makeWheel,
  normalizeName,
  sdistFilename,
  wheelFilename,
  type WheelSpec,
} from '../../support/wheels.js';

const PY3 = pythonPath('3.12') ?? pythonPath('3.x');
const PY27 = pythonPath('2.7');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wheels-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}
function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<Exec> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: { PATH: process.env.PATH ?? '', HOME: dir, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', ...env }, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

let counter = 0;
const fresh = (tag: string) => join(dir, `${tag}-${counter++}`);

/** An independent reader: Python's zipfile, csv, hashlib and email parser. */
const INSPECT = `
import sys, json, zipfile, csv, io, hashlib, base64, email.parser
z = zipfile.ZipFile(sys.argv[1])
out = {'members': [], 'record': None, 'metadata': None, 'wheel': None}
for i in z.infolist():
    out['members'].append({'name': i.filename, 'size': i.file_size, 'csize': i.compress_size, 'method': i.compress_type})
names = z.namelist()
rec = [n for n in names if n.endswith('.dist-info/RECORD')]
if rec:
    rows = list(csv.reader(io.StringIO(z.read(rec[0]).decode('utf-8'))))
    checked = []
    for row in rows:
        path, h, size = row
        if not h:
            checked.append({'path': path, 'hash': h, 'size': size})
            continue
        d = hashlib.sha256(); n = 0
        with z.open(path) as f:
            while True:
                b = f.read(1 << 20)
                if not b: break
                d.update(b); n += len(b)
        good = 'sha256=' + base64.urlsafe_b64encode(d.digest()).rstrip(b'=').decode()
        checked.append({'path': path, 'hashOk': good == h, 'sizeOk': str(n) == size})
    out['record'] = checked
for key, suffix in (('metadata', 'METADATA'), ('wheel', 'WHEEL')):
    m = [n for n in names if n.endswith('.dist-info/' + suffix)]
    if m:
        msg = email.parser.Parser().parsestr(z.read(m[0]).decode('utf-8'))
        out[key] = {k: msg.get_all(k) for k in set(msg.keys())}
print(json.dumps(out))
`;

interface Inspection {
  members: { name: string; size: number; csize: number; method: number }[];
  record: { path: string; hashOk?: boolean; sizeOk?: boolean; hash?: string; size?: string }[] | null;
  metadata: Record<string, string[]> | null;
  wheel: Record<string, string[]> | null;
}

async function inspect(wheel: string): Promise<Inspection> {
  const r = await run(PY3!, ['-c', INSPECT, wheel]);
  if (r.code !== 0) throw new Error(`inspect failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Inspection;
}

describe('names and tags', () => {
  it('escapes and normalizes names like PEP 427 and PEP 503', () => {
    expect(escapeName('My-Pkg.sub')).toBe('My_Pkg.sub');
    expect(normalizeName('My_Pkg..Sub')).toBe('my-pkg-sub');
    expect(wheelFilename({ name: 'My-Pkg', version: '1.0' })).toBe('My_Pkg-1.0-py3-none-any.whl');
    expect(wheelFilename({ name: 'My-Pkg', version: '1.0', nameStyle: 'normalized' })).toBe('my_pkg-1.0-py3-none-any.whl');
    expect(wheelFilename({ name: 'torchy', version: '2.0.0+cu118', build: '1', tags: 'cp312-cp312-manylinux2014_x86_64' })).toBe(
      'torchy-2.0.0+cu118-1-cp312-cp312-manylinux2014_x86_64.whl',
    );
    expect(sdistFilename({ name: 'Foo.Bar-baz', version: '2.0rc1' })).toBe('foo_bar_baz-2.0rc1.tar.gz');
  });

  it('expands compressed tag sets', () => {
    expect(expandTags('py2.py3-none-any')).toEqual(['py2-none-any', 'py3-none-any']);
    expect(expandTags('cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64')).toEqual([
      'cp39-abi3-manylinux_2_17_x86_64',
      'cp39-abi3-manylinux2014_x86_64',
    ]);
    expect(() => expandTags('py3-any')).toThrow(/three parts/);
  });

  it('gives one tag per interpreter kind', () => {
    expect(compatibleTag('2.7')).toBe('py2-none-any');
    expect(compatibleTag('3.12')).toBe('py3-none-any');
    expect(compatibleTag('3.12', 'universal')).toBe('py2.py3-none-any');
    expect(compatibleTag('3.12', 'native', 'linux_x86_64')).toBe('cp312-cp312-linux_x86_64');
    expect(compatibleTag('3.7', 'native', 'linux_x86_64')).toBe('cp37-cp37m-linux_x86_64');
    expect(compatibleTag('2.7', 'native', 'linux_x86_64')).toBe('cp27-cp27mu-linux_x86_64');
  });
});

describe('determinism', () => {
  const spec: WheelSpec = { name: 'det-pkg', version: '1.2.3', padBytes: 300_000, requires: ['six'] };

  it('gives byte-identical wheels and sdists for identical specs', async () => {
    const a = await makeWheel(fresh('a'), spec);
    const b = await makeWheel(fresh('b'), spec);
    expect(basename(a)).toBe(basename(b));
    expect((await readFile(a)).equals(await readFile(b))).toBe(true);
    const sa = await makeSdist(fresh('sa'), spec);
    const sb = await makeSdist(fresh('sb'), spec);
    expect((await readFile(sa)).equals(await readFile(sb))).toBe(true);
  });

  it('gives different bytes under the same filename when versionAttr, commit or seed change', async () => {
    const base = await readFile(await makeWheel(fresh('base'), spec));
    for (const change of [{ versionAttr: '9.9.9' }, { commit: 'cafebabe' }, { seed: 'other' }]) {
      const file = await makeWheel(fresh('changed'), { ...spec, ...change });
      expect(basename(file)).toBe('det_pkg-1.2.3-py3-none-any.whl');
      expect((await readFile(file)).equals(base)).toBe(false);
    }
  });
});

describeIf(PY3, 'no Python 3 under /root/.pyenv/versions to read wheels independently')('wheel contents (read with Python zipfile)', () => {
  it('has METADATA, WHEEL, top_level.txt and a RECORD whose every hash and size is right', async () => {
    const file = await makeWheel(fresh('contents'), {
      name: 'Rich.Pkg',
      version: '0.1.0',
      tags: 'py2.py3-none-any',
      build: '7',
      requires: ['six>=1.0', 'enum34; python_version < "3.4"'],
      requiresPython: '>=2.7',
      extraMembers: [{ path: 'rich_pkg/data,with comma.txt', data: 'hello' }],
    });
    expect(basename(file)).toBe('Rich.Pkg-0.1.0-7-py2.py3-none-any.whl');
    const w = await inspect(file);
    expect(w.members.map((m) => m.name)).toEqual([
      'rich_pkg/__init__.py',
      'rich_pkg/data,with comma.txt',
      'Rich.Pkg-0.1.0.dist-info/METADATA',
      'Rich.Pkg-0.1.0.dist-info/WHEEL',
      'Rich.Pkg-0.1.0.dist-info/top_level.txt',
      'Rich.Pkg-0.1.0.dist-info/RECORD',
    ]);
    expect(w.metadata).toMatchObject({
      'Metadata-Version': ['2.1'],
      Name: ['Rich.Pkg'],
      Version: ['0.1.0'],
      'Requires-Python': ['>=2.7'],
      'Requires-Dist': ['six>=1.0', 'enum34; python_version < "3.4"'],
    });
    expect(w.wheel).toMatchObject({
      'Wheel-Version': ['1.0'],
      'Root-Is-Purelib': ['true'],
      Tag: ['py2-none-any', 'py3-none-any'],
      Build: ['7'],
    });
    expect(w.wheel!.Generator).toHaveLength(1);
    const record = w.record!;
    expect(record.map((r) => r.path)).toEqual(w.members.map((m) => m.name));
    expect(record.at(-1)).toEqual({ path: 'Rich.Pkg-0.1.0.dist-info/RECORD', hash: '', size: '' });
    for (const r of record.slice(0, -1)) expect(r).toEqual({ path: r.path, hashOk: true, sizeOk: true });
  });

  it('marks platform wheels as not purelib', async () => {
    const w = await inspect(await makeWheel(fresh('plat'), { name: 'platpkg', version: '1', tags: 'cp312-cp312-manylinux2014_x86_64' }));
    expect(w.wheel!['Root-Is-Purelib']).toEqual(['false']);
  });

  it('pads with an incompressible stored member of exactly padBytes', async () => {
    const pad = 5 * 1024 * 1024;
    const file = await makeWheel(fresh('pad'), { name: 'bigpkg', version: '1', padBytes: pad });
    const w = await inspect(file);
    const m = w.members.find((x) => x.name === 'bigpkg/_padding.bin')!;
    expect(m).toEqual({ name: 'bigpkg/_padding.bin', size: pad, csize: pad, method: 0 });
    expect((await stat(file)).size).toBeGreaterThan(pad);
    // incompressible: gzip cannot shrink it
    const r = await run(PY3!, ['-c', 'import sys,zipfile,zlib; d=zipfile.ZipFile(sys.argv[1]).read("bigpkg/_padding.bin"); print(len(zlib.compress(d, 9)) > len(d) * 0.99)', file]);
    expect(r.stdout.trim()).toBe('True');
    expect(w.record!.every((x) => x.hash === '' || (x.hashOk && x.sizeOk))).toBe(true);
  });

  describe('broken variants are broken in exactly that way', () => {
    const spec = { name: 'broken-pkg', version: '1.0' };

    it('no-record / no-metadata / no-wheel-file lack that file and pip refuses them', async () => {
      const cases = [
        ['no-record', 'broken_pkg-1.0.dist-info/RECORD'],
        ['no-metadata', 'broken_pkg-1.0.dist-info/METADATA'],
        ['no-wheel-file', 'broken_pkg-1.0.dist-info/WHEEL'],
      ] as const;
      for (const [broken, missing] of cases) {
        const file = await makeWheel(fresh(broken), { ...spec, broken });
        const w = await inspect(file);
        const names = w.members.map((m) => m.name);
        expect(names).not.toContain(missing);
        expect(names).toHaveLength(4); // __init__, the two other dist-info files, top_level.txt
        if (w.record) {
          expect(w.record.map((r) => r.path)).not.toContain(missing);
          for (const r of w.record.slice(0, -1)) expect(r.hashOk && r.sizeOk).toBe(true);
        }
        const pip = await run(PY3!, ['-m', 'pip', 'install', '--no-index', '--no-deps', '--target', fresh('t'), file]);
        expect(pip.code).not.toBe(0);
      }
    });

    it('bad-record-hash has a wrong hash for __init__.py only', async () => {
      const w = await inspect(await makeWheel(fresh('badhash'), { ...spec, broken: 'bad-record-hash' }));
      const bad = w.record!.filter((r) => r.hash === undefined && !r.hashOk);
      expect(bad).toEqual([{ path: 'broken_pkg/__init__.py', hashOk: false, sizeOk: true }]);
    });

    it('zip-bomb holds a member that inflates about 1000-fold to bombBytes, with a valid CRC', async () => {
      const file = await makeWheel(fresh('bomb'), { ...spec, broken: 'zip-bomb' });
      expect((await stat(file)).size).toBeLessThan(2 * 1024 * 1024);
      const w = await inspect(file); // reads every member fully: zipfile checks the CRC at the end
      const bomb = w.members.find((m) => m.name === 'broken_pkg/_bomb.bin')!;
      expect(bomb.size).toBe(1024 * 1024 * 1024);
      expect(bomb.method).toBe(8);
      expect(bomb.size / bomb.csize).toBeGreaterThan(500);
      for (const r of w.record!.slice(0, -1)) expect(r.hashOk && r.sizeOk).toBe(true);

      const small = await inspect(await makeWheel(fresh('bomb-small'), { ...spec, broken: 'zip-bomb', bombBytes: 64 * 1024 * 1024 + 3 }));
      expect(small.members.find((m) => m.name === 'broken_pkg/_bomb.bin')!.size).toBe(64 * 1024 * 1024 + 3);
      expect(small.record!.every((r) => r.hash === '' || (r.hashOk && r.sizeOk))).toBe(true);
    });

    it('dotdot-member and absolute-member escape the target and pip refuses to install them', async () => {
      for (const [broken, evil] of [
        ['dotdot-member', '../../evil_dotdot.py'],
        ['absolute-member', '/tmp/evil_absolute.py'],
      ] as const) {
        const file = await makeWheel(fresh(broken), { ...spec, broken });
        const w = await inspect(file);
        expect(w.members.map((m) => m.name)).toContain(evil);
        expect(w.record!.find((r) => r.path === evil)).toEqual({ path: evil, hashOk: true, sizeOk: true });
        const pip = await run(PY3!, ['-m', 'pip', 'install', '--no-index', '--no-deps', '--target', fresh('t'), file]);
        expect(pip.code).not.toBe(0);
        expect(pip.stderr).toMatch(/outside the target directory/);
      }
    });
  });
});

describeIf(pythonPath('3.12'), 'Python 3.12 is not under /root/.pyenv/versions')('pip install on Python 3.12 (venv)', () => {
  it('installs and imports a factory wheel with its metadata, and honours tags', async () => {
    const venv = fresh('venv');
    expect((await run(pythonPath('3.12')!, ['-m', 'venv', venv])).code).toBe(0);
    const py = join(venv, 'bin', 'python');
    const wheels = fresh('w312');
    const pure = await makeWheel(wheels, { name: 'Fact-Pkg', version: '2.1.0', commit: 'abc123', requires: ['six>=1.0'] });
    const native = await makeWheel(wheels, { name: 'native-pkg', version: '0.3', tags: compatibleTag('3.12', 'native') });
    const pip = await run(py, ['-m', 'pip', 'install', '--no-index', '--no-deps', pure, native]);
    expect(pip.stderr).not.toMatch(/ERROR/);
    expect(pip.code).toBe(0);
    const r = await run(py, [
      '-c',
      'import fact_pkg, native_pkg, importlib.metadata as m; print(fact_pkg.__version__, fact_pkg.__commit__, native_pkg.__version__, m.version("fact-pkg"), m.requires("Fact-Pkg"))',
    ]);
    expect(r.stdout.trim()).toBe("2.1.0 abc123 0.3 2.1.0 ['six>=1.0']");

    const wrong = await makeWheel(wheels, { name: 'wrong-pkg', version: '1', tags: compatibleTag('3.11', 'native') });
    const refused = await run(py, ['-m', 'pip', 'install', '--no-index', '--no-deps', wrong]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/not a supported wheel/);
  });
});

// Building needs `wheel` on 3.x (absent here), so 3.x checks the project setuptools would build; 2.7 builds it below.
describeIf(pythonPath('3.11'), 'Python 3.11 (with setuptools) is not under /root/.pyenv/versions')('sdist on Python 3.11', () => {
  it('is a PEP 625 archive with PKG-INFO and a setuptools project that reads back name and version', async () => {
    const py = pythonPath('3.11')!;
    const sdist = await makeSdist(fresh('sd'), { name: 'Sdist-Pkg', version: '0.9', commit: 'feed' });
    expect(basename(sdist)).toBe('sdist_pkg-0.9.tar.gz');
    const out = fresh('sdx');
    const r = await run(py, [
      '-c',
      [
        'import sys, os, tarfile, subprocess',
        't = tarfile.open(sys.argv[1])',
        'print(sorted(t.getnames()))',
        'sys.stdout.write(t.extractfile("sdist_pkg-0.9/PKG-INFO").read().decode())',
        't.extractall(sys.argv[2])',
        'root = os.path.join(sys.argv[2], "sdist_pkg-0.9")',
        'sys.stdout.flush()',
        'subprocess.check_call([sys.executable, "setup.py", "-q", "--name", "--version"], cwd=root)',
        'sys.path.insert(0, root); import sdist_pkg; print(sdist_pkg.__version__, sdist_pkg.__commit__)',
      ].join('\n'),
      sdist,
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "['sdist_pkg-0.9', 'sdist_pkg-0.9/PKG-INFO', 'sdist_pkg-0.9/pyproject.toml', 'sdist_pkg-0.9/sdist_pkg', 'sdist_pkg-0.9/sdist_pkg/__init__.py', 'sdist_pkg-0.9/setup.py']\n" +
        'Metadata-Version: 2.1\nName: Sdist-Pkg\nVersion: 0.9\nSummary: Test package Sdist-Pkg made by the sdist factory\n' +
        'Description-Content-Type: text/markdown\n\n# Sdist-Pkg\n\nA package made by the test factory of python-release-actions.\n' +
        'Sdist-Pkg\n0.9\n' +
        '0.9 feed\n',
    );
  });
});

describeIf(twinePath(), 'twine is not installed (Debian package twine)')('twine check', () => {
  it('passes factory wheels and sdists with --strict', async () => {
    const out = fresh('twine');
    const files = [
      await makeWheel(out, { name: 'Twine-Ok', version: '1.0.0', requires: ['six'] }),
      await makeWheel(out, { name: 'Twine-Ok', version: '1.0.0', tags: compatibleTag('3.12', 'native'), padBytes: 100_000 }),
      await makeSdist(out, { name: 'Twine-Ok', version: '1.0.0' }),
    ];
    const r = await run(twinePath()!, ['check', '--strict', ...files], { NO_COLOR: '1' });
    expect(r.stdout + r.stderr).not.toMatch(/FAILED|WARNING/);
    expect(r.code).toBe(0);
  });

  it('fails a wheel without METADATA', async () => {
    const file = await makeWheel(fresh('twine-bad'), { name: 'twine-bad', version: '1', broken: 'no-metadata' });
    const r = await run(twinePath()!, ['check', file], { NO_COLOR: '1' });
    expect(r.code).not.toBe(0);
  });
});

describeIf(PY27, 'Python 2.7 is not under /root/.pyenv/versions')('pip install on Python 2.7 (--target)', () => {
  it('installs and imports a py2.py3 wheel and a native cp27mu wheel', async () => {
    const wheels = fresh('w27');
    const target = fresh('t27');
    const uni = await makeWheel(wheels, { name: 'old-pkg', version: '1.0.1', tags: compatibleTag('2.7', 'universal'), versionAttr: '1.0.1-attr' });
    const nat = await makeWheel(wheels, { name: 'old-native', version: '3', tags: compatibleTag('2.7', 'native') });
    const pip = await run(PY27!, ['-m', 'pip', 'install', '--no-index', '--no-deps', '--target', target, uni, nat]);
    expect(pip.code).toBe(0);
    const r = await run(PY27!, ['-c', 'import old_pkg, old_native; print(old_pkg.__version__ + " " + old_pkg.__commit__ + " " + old_native.__version__)'], {
      PYTHONPATH: target,
    });
    expect(r.stdout.trim()).toBe('1.0.1-attr deadbeef 3');
  });

  it('builds and installs a factory sdist through setup.py', async () => {
    const sdist = await makeSdist(fresh('sd27'), { name: 'old-sdist', version: '0.1' });
    const target = fresh('st27');
    const pip = await run(PY27!, ['-m', 'pip', 'install', '--no-index', '--no-deps', '--no-build-isolation', '--no-use-pep517', '--target', target, sdist]);
    expect(pip.code).toBe(0);
    const r = await run(PY27!, ['-c', 'import old_sdist; print(old_sdist.__version__)'], { PYTHONPATH: target });
    expect(r.stdout.trim()).toBe('0.1');
  });
});

describe('compatibleTag against every interpreter on the machine', () => {
  const pythons = availablePythons();
  if (pythons.length === 0) console.warn('SKIPPED: compatibleTag install checks because no Python is under /root/.pyenv/versions');
  for (const p of pythons) {
    it(`Python ${p.full} installs and imports its pure and native tags`, async () => {
      const wheels = fresh(`w${p.version}`);
      const target = fresh(`t${p.version}`);
      const pure = await makeWheel(wheels, { name: 'tag-pure', version: '1', tags: compatibleTag(p.version, 'pure') });
      const nat = await makeWheel(wheels, { name: 'tag-native', version: '2', tags: compatibleTag(p.version, 'native') });
      const pip = await run(p.path, ['-m', 'pip', 'install', '--no-index', '--no-deps', '--target', target, pure, nat]);
      expect(pip.stderr).not.toMatch(/not a supported wheel/);
      expect(pip.code).toBe(0);
      const r = await run(p.path, ['-c', 'import tag_pure, tag_native; print(tag_pure.__version__ + tag_native.__version__)'], { PYTHONPATH: target });
      expect(r.stdout.trim()).toBe('12');
    });
  }
});
