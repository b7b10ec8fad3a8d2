import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkDistributionSet, inspectDistribution, preflight } from '../../../src/distributions/preflight.js';
import type { DistributionInfo, Problem } from '../../../src/distributions/preflight.js';
import { UserError } from '../../../src/errors.js';
import {
  makeTempDir,
  metadataText,
  pkgInfoText,
  realWheels,
  renameMember,
  wheelMembers,
  writeSdist,
  writeWheel,
  zipBuffer,
} from './fixtures.js';
import type { WheelSpec, ZipMember } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';
let counter = 0;

/** A wheel in its own directory, so tests can reuse filenames without clobbering each other. */
async function wheel(spec: WheelSpec = {}, patch?: { extra?: ZipMember[]; rename?: [string, string][] }): Promise<string> {
  const sub = join(dir, `w${counter++}`);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(sub);
  if (!patch) return writeWheel(sub, spec);
  const { filename, members } = wheelMembers(spec);
  members.push(...(patch.extra ?? []));
  let bytes = await zipBuffer(members);
  for (const [from, to] of patch.rename ?? []) bytes = renameMember(bytes, from, to);
  const path = join(sub, filename);
  await writeFile(path, bytes);
  return path;
}

async function sdist(name: string, version: string, opts: Parameters<typeof writeSdist>[3] = {}): Promise<string> {
  const sub = join(dir, `s${counter++}`);
  const { mkdir } = await import('node:fs/promises');
  await mkdir(sub);
  return writeSdist(sub, name, version, opts);
}

function only(problems: Problem[], rule: string): Problem {
  const matching = problems.filter((p) => p.rule === rule);
  expect({ rule, found: matching.length, all: problems.map((p) => p.rule) }).toEqual({ rule, found: 1, all: expect.anything() });
  return matching[0];
}

describe('inspectDistribution', () => {
  it('passes a good wheel and records its digests and metadata', async () => {
    const info = await inspectDistribution(await wheel({ name: 'demo_pkg', version: '1.0.0' }));
    expect(info.problems).toEqual([]);
    expect(info.parsed).toMatchObject({ kind: 'wheel', name: 'demo_pkg', version: '1.0.0' });
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.blake2b256).toMatch(/^[0-9a-f]{64}$/);
    expect(info.size).toBeGreaterThan(0);
    expect(info.metadata).toMatchObject({ name: 'demo_pkg', version: '1.0.0', metadataVersion: '2.1' });
    expect(info.wheelFile?.Tag).toEqual(['py3-none-any']);
  });

  it('passes a good sdist', async () => {
    const info = await inspectDistribution(await sdist('demo_pkg', '1.0.0'));
    expect(info.problems).toEqual([]);
    expect(info.metadata?.name).toBe('demo_pkg');
  });

  const wheels = realWheels();
  if (wheels.length === 0) console.warn('SKIPPED: real wheels because none were found under /usr/share/python-wheels or the pyenv ensurepip bundles');
  (wheels.length > 0 ? it : it.skip)(`passes ${wheels.length} real pip/setuptools wheels nobody here built, one by one and together`, async () => {
    for (const path of wheels) {
      const result = await preflight([path]);
      expect({ path, problems: result.problems }).toEqual({ path, problems: [] });
      expect(result.files[0].metadata?.name).toMatch(/^(pip|setuptools)$/);
    }
    // Together, directory by directory (Debian's pair, each interpreter's bundle) and all at once:
    // pip and setuptools are two projects, so the one-version rule holds for each on its own.
    // What may remain is the rule doing its job: two versions of one project side by side
    // (3.8's bundle carries pip 22.0.4 and pip 23.0.1), and the same file bundled twice.
    const projectVersion = (path: string): [string, string] => path.split('/').pop()!.split('-').slice(0, 2) as [string, string];
    const groups = new Map<string, string[]>();
    for (const path of wheels) groups.set(path.slice(0, path.lastIndexOf('/')), [...(groups.get(path.slice(0, path.lastIndexOf('/'))) ?? []), path]);
    groups.set('(all)', wheels);
    let clean = 0;
    for (const [where, paths] of groups) {
      // Descriptions are rendered once per file above and again for '(all)'; the bundles need not redo it.
      const result = await preflight(paths, where === '(all)' ? {} : { descriptions: false });
      const versions = new Map<string, Set<string>>();
      for (const path of paths) {
        const [project, version] = projectVersion(path);
        versions.set(project, new Set([...(versions.get(project) ?? []), version]));
      }
      const names = paths.map((path) => path.split('/').pop()!);
      for (const problem of result.problems) {
        const [project] = projectVersion(problem.file);
        const allowed = (problem.rule === 'set-mixed-versions' && versions.get(project)!.size > 1)
          || ((problem.rule === 'set-duplicate-filename' || problem.rule === 'set-duplicate-content') && names.filter((n) => n === problem.file).length > 1);
        expect({ where, problem: `${problem.file} ${problem.rule}`, allowed }).toEqual({ where, problem: `${problem.file} ${problem.rule}`, allowed: true });
      }
      if ([...versions.values()].every((v) => v.size === 1)) {
        expect({ where, problems: result.problems }).toEqual({ where, problems: [] });
        clean++;
      }
    }
    // Debian's pip and setuptools together, and most bundles, have one version per project and pass.
    expect(clean).toBeGreaterThan(3);
  }, 600_000);

  it('reports a renamed wheel as one cause, with what follows from it folded under it', async () => {
    // Built as 1.0, renamed to 2.0: the .dist-info directory still says 1.0.
    const info = await inspectDistribution(await wheel({ name: 'renamed', version: '2.0', distInfo: 'renamed-1.0.dist-info', metadataVersion: '1.0' }));
    expect(info.problems.map((p) => p.rule)).toEqual(['version-mismatch']);
    const cause = info.problems[0];
    expect(cause.message).toBe('The filename has version 2.0 but renamed-1.0.dist-info/METADATA says Version: 1.0');
    expect(cause.consequences).toEqual([
      'There is no renamed-2.0.dist-info/WHEEL (the wheel has renamed-1.0.dist-info)',
      'There is no renamed-2.0.dist-info/RECORD',
      'There is no renamed-2.0.dist-info/METADATA',
    ]);
    // What PyPI answers first for such a file (its archive check runs before the version check).
    expect(cause.pypiMessage).toBe('Invalid distribution file. WHEEL not found at renamed-2.0.dist-info/WHEEL');
    const renamedProject = await inspectDistribution(await wheel({ name: 'newname', version: '1.0', distInfo: 'oldname-1.0.dist-info', metadataName: 'oldname' }));
    expect(renamedProject.problems.map((p) => p.rule)).toEqual(['name-mismatch']);
    expect(renamedProject.problems[0].consequences).toHaveLength(3);
  });

  it('warns, without failing, about a version that is not in normal form', async () => {
    const info = await inspectDistribution(await wheel({ name: 'spelled', version: '23.0.01' }));
    expect(info.problems).toEqual([]);
    expect(info.warnings?.map((w) => [w.rule, w.message])).toEqual([
      ['version-not-normalized', 'spelled-23.0.01.dist-info/METADATA has Version 23.0.01, which is not in PEP 440 normal form; PyPI, pip and every index show it as 23.0.1'],
    ]);
    const result = await preflight([await wheel({ name: 'spelled', version: '23.0.1' })], { descriptions: false });
    expect(result.warnings.map((w) => w.rule)).not.toContain('version-not-normalized');
    expect((await preflight([await wheel({ name: 'spelled', version: '23.0.01' })], { descriptions: false })).warnings.map((w) => w.rule)).toEqual(['version-not-normalized']);
  });

  it('refuses linux_x86_64 with PyPI\'s message, and only the bad tag of a compressed set', async () => {
    const info = await inspectDistribution(await wheel({ name: 'native', version: '1.0', tag: 'cp311-cp311-linux_x86_64.manylinux_2_17_x86_64' }));
    const problem = only(info.problems, 'wheel-platform-tag');
    expect(problem.pypiMessage).toBe("Binary wheel 'native-1.0-cp311-cp311-linux_x86_64.manylinux_2_17_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.");
    expect(problem.fix).toMatch(/auditwheel/);
  });

  it('reports a missing RECORD, METADATA and WHEEL with warehouse\'s texts', async () => {
    const noRecord = await inspectDistribution(await wheel({ name: 'norecord', version: '1.0', record: null }));
    expect(only(noRecord.problems, 'wheel-missing-record').pypiMessage)
      .toBe("Wheel 'norecord-1.0-py3-none-any.whl' does not contain the required RECORD file: norecord-1.0.dist-info/RECORD");
    const noMetadata = await inspectDistribution(await wheel({ name: 'nometa', version: '1.0', metadata: null }));
    expect(only(noMetadata.problems, 'wheel-missing-metadata').pypiMessage)
      .toBe("Wheel 'nometa-1.0-py3-none-any.whl' does not contain the required METADATA file: nometa-1.0.dist-info/METADATA");
    const noWheel = await inspectDistribution(await wheel({ name: 'nowheel', version: '1.0', wheel: null }));
    expect(only(noWheel.problems, 'wheel-missing-wheel-file').pypiMessage).toBe('Invalid distribution file. WHEEL not found at nowheel-1.0.dist-info/WHEEL');
  });

  it('looks for the .dist-info directory where PyPI does, by the filename\'s spelling', async () => {
    const info = await inspectDistribution(await wheel({ name: 'spelled', version: '1.0', distInfo: 'Spelled-1.0.dist-info' }));
    expect(info.problems.map((p) => p.rule).sort()).toEqual(['wheel-missing-metadata', 'wheel-missing-record', 'wheel-missing-wheel-file']);
    // The metadata was still read from the directory that is there.
    expect(info.metadata?.name).toBe('spelled');
  });

  it('reports a name that does not match METADATA', async () => {
    const info = await inspectDistribution(await wheel({ name: 'wrong_name', version: '1.0', metadataName: 'right-name' }));
    expect(only(info.problems, 'name-mismatch').pypiMessage).toBe("Start filename for 'right-name' with 'right_name'.");
  });

  it('reports a wheel filename that is not normalized', async () => {
    const info = await inspectDistribution(await wheel({ name: 'Demo.Pkg', version: '1.0' }));
    expect(only(info.problems, 'wheel-name-not-normalized').pypiMessage)
      .toBe("Filename 'Demo.Pkg-1.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo.Pkg'.");
  });

  it('reports a version that does not match METADATA, comparing by PEP 440', async () => {
    const info = await inspectDistribution(await wheel({ name: 'ver', version: '1.0.1', metadataVersion: '1.0.0' }));
    expect(only(info.problems, 'version-mismatch').pypiMessage).toBe("Version in filename should be '1.0.0' not '1.0.1'.");
    const equal = await inspectDistribution(await wheel({ name: 'ver', version: '1.0', metadataVersion: '1.0.0' }));
    expect(equal.problems).toEqual([]);
  });

  it('reports a local version', async () => {
    const info = await inspectDistribution(await wheel({ name: 'loc', version: '1.0+g1234', filename: 'loc-1.0+g1234-py3-none-any.whl' }));
    expect(only(info.problems, 'local-version').pypiMessage).toBe(`The use of local versions in '1.0+g1234' is not allowed. ${SPEC}`);
  });

  it('reports an unsupported Metadata-Version and a bad Version', async () => {
    const old = await inspectDistribution(await wheel({ name: 'oldmeta', version: '1.0', coreMetadataVersion: '2.0' }));
    expect(only(old.problems, 'metadata-version-unsupported').pypiMessage).toBe(`'2.0' is not a valid metadata version. ${SPEC}`);
    const bad = await inspectDistribution(await wheel({ name: 'badver', version: '1.0', metadata: metadataText('badver', 'one point oh') }));
    expect(bad.problems.map((p) => p.rule)).toContain('version-invalid');
    const broken = await inspectDistribution(await wheel({ name: 'broken', version: '1.0', metadata: 'Metadata-Version: 2.1\nName: broken\n' }));
    expect(only(broken.problems, 'metadata-invalid').message).toMatch(/no Version field/);
  });

  it('reports a file over the size limit with PyPI\'s text', async () => {
    const info = await inspectDistribution(await wheel({ name: 'big', version: '1.0' }), { maxFileSize: 200 });
    const problem = only(info.problems, 'file-too-large');
    expect(problem.pypiMessage).toBe("File too large. Limit for project 'big' is 0 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.");
    expect((await inspectDistribution(await wheel({ name: 'big', version: '1.0' }))).problems).toEqual([]);
    // Over the limit, the file is not read at all: the index refuses it unread, and reading a huge archive only costs memory.
    const garbage = join(dir, 'huge-1.0-py3-none-any.whl');
    await writeFile(garbage, Buffer.alloc(4096, 7));
    const huge = await inspectDistribution(garbage, { maxFileSize: 1024 });
    expect(huge.problems.map((p) => p.rule)).toEqual(['file-too-large']);
    expect(huge.sha256).toBe('');
    expect(huge.size).toBe(4096);
  });

  it('reports files that RECORD does not list or hashes wrongly', async () => {
    const unlisted = await inspectDistribution(await wheel({ name: 'rec', version: '1.0', unlisted: [{ name: 'rec/sneaky.py', data: 'import os' }] }));
    expect(only(unlisted.problems, 'wheel-record-mismatch').message).toMatch(/rec\/sneaky.py/);
    const wrong = await inspectDistribution(await wheel({ name: 'rec', version: '1.0', record: 'rec/__init__.py,sha256=AAAA,22\nrec-1.0.dist-info/METADATA,,\nrec-1.0.dist-info/WHEEL,,\nrec-1.0.dist-info/RECORD,,\n' }));
    expect(wrong.problems.map((p) => p.rule)).toEqual(['wheel-record-hash', 'wheel-record-hash']);
  });

  it('checks sdist names by PEP 625 and refuses .zip sdists', async () => {
    const dotted = await inspectDistribution(await sdist('Demo.Pkg', '1.0', { filename: 'Demo.Pkg-1.0.tar.gz', top: 'Demo.Pkg-1.0' }));
    expect(only(dotted.problems, 'sdist-filename-not-normalized').pypiMessage).toBe("Filename 'Demo.Pkg-1.0.tar.gz' is invalid, should be 'demo_pkg-1.0.tar.gz'.");
    const version = await inspectDistribution(await sdist('demo', '1.0', { filename: 'demo-1.1.tar.gz', pkgInfo: pkgInfoText('demo', '1.0') }));
    expect(only(version.problems, 'version-mismatch').pypiMessage).toBe("Filename 'demo-1.1.tar.gz' is invalid, should be 'demo-1.0.tar.gz'.");
    const zipPath = join(dir, 'zipsdist-1.0.zip');
    await writeFile(zipPath, await zipBuffer([{ name: 'zipsdist-1.0/PKG-INFO', data: pkgInfoText('zipsdist', '1.0') }, { name: 'zipsdist-1.0/setup.py', data: '' }]));
    const zip = await inspectDistribution(zipPath);
    expect(zip.problems.map((p) => p.rule)).toEqual(['sdist-zip']);
    expect(zip.metadata?.name).toBe('zipsdist');
    expect(zip.problems[0].pypiMessage).toBe("Filename 'zipsdist-1.0.zip' is invalid, should be 'zipsdist-1.0.tar.gz'.");
    // Like warehouse, a lone member is its own common prefix, so PKG-INFO is looked for beneath it.
    const lonePath = join(dir, 'lone-1.0.zip');
    await writeFile(lonePath, await zipBuffer([{ name: 'lone-1.0/PKG-INFO', data: pkgInfoText('lone', '1.0') }]));
    expect(only((await inspectDistribution(lonePath)).problems, 'sdist-missing-pkg-info').pypiMessage).toBe('Invalid distribution file. PKG-INFO not found at lone-1.0/PKG-INFO/PKG-INFO');
  });

  it('takes the digests a caller computed from the same bytes, and still checks the archive', async () => {
    const path = await wheel({ name: 'given', version: '1.0', unlisted: [{ name: 'given/sneaky.py', data: 'import os' }] });
    const digests = { sha256: 'a'.repeat(64), blake2b256: 'b'.repeat(64), size: 10 };
    const info = await inspectDistribution(path, { digests });
    expect({ sha256: info.sha256, blake2b256: info.blake2b256, size: info.size }).toEqual(digests);
    expect(info.problems.map((p) => p.rule)).toEqual(['wheel-record-mismatch']);
    // Without them the wheel's own digests come from the same read as its members.
    const read = await inspectDistribution(path);
    const own = createHash('sha256').update(await readFile(path)).digest('hex');
    expect(read.sha256).toBe(own);
    expect(read.problems).toEqual(info.problems);
  });

  it('reports bad filenames and extensions, and unreadable paths', async () => {
    const egg = join(dir, 'old-1.0-py2.7.egg');
    await writeFile(egg, 'x');
    const eggInfo = await inspectDistribution(egg);
    expect(only(eggInfo.problems, 'filename-extension').pypiMessage).toMatch(/^Invalid file extension: Use .tar.gz, .whl or .zip extension/);
    const badName = await inspectDistribution(await wheel({ name: 'x', version: '1.0', filename: 'x-1.0.whl' }));
    expect(only(badName.problems, 'wheel-filename').pypiMessage).toBe("Invalid wheel filename (wrong number of parts): 'x-1.0'");
    const missing = await inspectDistribution(join(dir, 'missing-1.0-py3-none-any.whl'));
    expect(only(missing.problems, 'file-unreadable').message).toMatch(/ENOENT/);
    const notZip = join(dir, 'fake-1.0-py3-none-any.whl');
    await writeFile(notZip, 'not a zip');
    expect(only((await inspectDistribution(notZip)).problems, 'zip-invalid').pypiMessage).toBe('Invalid distribution file. File is not a zipfile');
  });
});

describe('checkDistributionSet', () => {
  const info = (filename: string, version: string, extra: Partial<DistributionInfo> = {}): DistributionInfo => ({
    path: `/dist/${filename}`,
    filename,
    size: 1,
    sha256: filename.padEnd(64, '0').slice(0, 64),
    blake2b256: `b${filename}`.padEnd(64, '0').slice(0, 64),
    metadata: { metadataVersion: '2.1', name: 'demo', version, headers: [] },
    problems: [],
    ...extra,
  });

  it('accepts a consistent set', () => {
    expect(checkDistributionSet([info('demo-1.0-py3-none-any.whl', '1.0'), info('demo-1.0.tar.gz', '1.0', { parsed: { kind: 'sdist', filename: 'demo-1.0.tar.gz', name: 'demo', normalizedName: 'demo', version: '1.0', normalizedVersion: '1.0', extension: '.tar.gz' } })])).toEqual([]);
  });

  it('flags the files that differ from the majority version of their project', () => {
    const problems = checkDistributionSet([info('a.whl', '1.0'), info('b.whl', '1.0.0'), info('c.whl', '0.9')]);
    expect(problems).toEqual([expect.objectContaining({ file: 'c.whl', rule: 'set-mixed-versions', message: 'c.whl is version 0.9 while 2 other files of demo are version 1.0' })]);
  });

  it('holds one version per project, not across projects', () => {
    const other = (filename: string, version: string): DistributionInfo => info(filename, version, { metadata: { metadataVersion: '2.1', name: 'Other.Project', version, headers: [] } });
    expect(checkDistributionSet([info('a.whl', '1.0'), info('b.whl', '1.0'), other('o1.whl', '2.0'), other('o2.whl', '2.0.0')])).toEqual([]);
    expect(checkDistributionSet([info('a.whl', '1.0'), other('o1.whl', '2.0'), other('o2.whl', '2.1'), other('o3.whl', '2.1')]))
      .toEqual([expect.objectContaining({ file: 'o1.whl', rule: 'set-mixed-versions', message: 'o1.whl is version 2.0 while 2 other files of other-project are version 2.1' })]);
  });

  it('checks every file against an expected version', () => {
    const problems = checkDistributionSet([info('a.whl', '1.0'), info('c.whl', '0.9')], { expectedVersion: '1.0.0' });
    expect(problems).toEqual([expect.objectContaining({ file: 'c.whl', rule: 'set-expected-version' })]);
    expect(() => checkDistributionSet([], { expectedVersion: 'latest' })).toThrow(UserError);
  });

  it('flags duplicate filenames and identical content under two names', () => {
    const a = info('a.whl', '1.0');
    const problems = checkDistributionSet([a, { ...a, path: '/other/a.whl' }, { ...info('b.whl', '1.0'), sha256: a.sha256, blake2b256: a.blake2b256 }]);
    expect(problems.map((p) => [p.file, p.rule])).toEqual([['a.whl', 'set-duplicate-filename'], ['b.whl', 'set-duplicate-content']]);
    expect(problems[1].pypiMessage).toBe(`File already exists ('b.whl', with blake2_256 hash '${a.blake2b256}'). See https://pypi.org/help/#file-name-reuse for more information.`);
  });

  it('finds identical content by sha256 when BLAKE2b-256 was not computed, without quoting PyPI', () => {
    const a = { ...info('a.whl', '1.0'), blake2b256: '' };
    const problems = checkDistributionSet([a, { ...info('b.whl', '1.0'), sha256: a.sha256, blake2b256: '' }, { ...info('c.whl', '1.0'), blake2b256: '' }]);
    expect(problems.map((p) => [p.file, p.rule])).toEqual([['b.whl', 'set-duplicate-content']]);
    expect(problems[0].pypiMessage).toBeUndefined();
  });

  it('reports an empty set', () => {
    expect(checkDistributionSet([])).toEqual([expect.objectContaining({ rule: 'set-empty' })]);
  });
});

describe('preflight', () => {
  it('reports every problem of every file in one call', async () => {
    const paths = [
      await wheel({ name: 'demo', version: '1.0.0' }, { extra: [{ name: 'XX/evil', data: 'x' }, { name: 'Xetc/cron', data: 'x' }], rename: [['XX/evil', '../evil'], ['Xetc/cron', '/etc/cron']] }),
      await wheel({ name: 'demo', version: '1.0.0', tag: 'cp311-cp311-manylinux_2_17_x86_64' }, { extra: [{ name: 'demo/zeros.bin', zeros: 50 * 1000 * 1000 }] }),
      await wheel({ name: 'demo', version: '1.0.0', tag: 'cp310-cp310-win_amd64', record: null }),
      await wheel({ name: 'other', version: '1.0.0', tag: 'cp39-cp39-win_amd64', metadataName: 'demo' }),
      await wheel({ name: 'demo', version: '1.0.1', tag: 'cp38-cp38-win_amd64', metadataVersion: '1.0.0' }),
      await wheel({ name: 'demo', version: '1.0.0', tag: 'cp311-cp311-linux_x86_64' }),
      await wheel({ name: 'demo', version: '1.0.0+local', tag: 'cp312-cp312-win_amd64' }),
      await sdist('demo', '1.0.0'),
    ];
    const zipSdist = join(dir, 'demo-1.0.0.zip');
    await writeFile(zipSdist, await zipBuffer([{ name: 'demo-1.0.0/PKG-INFO', data: pkgInfoText('demo', '1.0.0') }, { name: 'demo-1.0.0/setup.py', data: '' }]));
    paths.push(zipSdist);

    const { files, problems } = await preflight(paths);
    expect(files.map((f) => f.filename)).toEqual(paths.map((p) => p.split('/').pop()));
    const found = problems.map((p) => `${p.file} ${p.rule}`);
    expect(found).toEqual(expect.arrayContaining([
      'demo-1.0.0-py3-none-any.whl zip-member-path',
      'demo-1.0.0-cp311-cp311-manylinux_2_17_x86_64.whl zip-compression-ratio',
      'demo-1.0.0-cp310-cp310-win_amd64.whl wheel-missing-record',
      'other-1.0.0-cp39-cp39-win_amd64.whl name-mismatch',
      'demo-1.0.1-cp38-cp38-win_amd64.whl version-mismatch',
      'demo-1.0.0-cp311-cp311-linux_x86_64.whl wheel-platform-tag',
      'demo-1.0.0+local-cp312-cp312-win_amd64.whl local-version',
      'demo-1.0.0+local-cp312-cp312-win_amd64.whl set-mixed-versions',
      'demo-1.0.0.zip sdist-zip',
      'demo-1.0.0.zip set-multiple-sdists',
    ]));
    const unsafe = problems.find((p) => p.rule === 'zip-member-path');
    expect(unsafe?.message).toMatch(/\.\.\/evil.*\/etc\/cron/);
    expect(problems.find((p) => p.rule === 'set-multiple-sdists')?.pypiMessage).toBe('Only one sdist may be uploaded per release.');
    // Every problem names its file and says what to do.
    for (const p of problems) {
      expect(p.file).not.toBe('');
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.fix.length).toBeGreaterThan(10);
    }
    // Per-file problems are on the file too; set problems only in the list.
    expect(files[2].problems.map((p) => p.rule)).toEqual(['wheel-missing-record']);
  });

  it('throws a UserError for an expected version that is not PEP 440', async () => {
    await expect(preflight([], { expectedVersion: 'v-next' })).rejects.toThrow(UserError);
  });
});
