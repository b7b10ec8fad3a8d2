/**
 * The local index against independent clients: twine (the Debian package)
 * uploads real wheels that nobody here built, and pip under Python 2.7 and 3.x
 * installs them from the simple pages (HTML for pip 19, PEP 691 JSON for
 * current pip). What these prove is that the index speaks the protocols as the
 * real clients understand them, not only as our own tests read them.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { pythonPath, twinePath, describeIf } from '../../support/tools.js';
import { FakeClock, tempDir } from '../../unit/index-server/builders.js';

const TOKEN = 'pypi-interop-token';
const DAY = 24 * 60 * 60;
const twine = twinePath();
const py27 = pythonPath('2.7');
const py3 = pythonPath('3.x');

/** A wheel for both Pythons (Requires-Python >=2.7, !=3.0-3.4) and a 3-only one of the same project, from the machine's own Python installs. */
function findWheel(patterns: RegExp, dirs: string[]): string | undefined {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const hit = readdirSync(dir).find((f) => patterns.test(f));
    if (hit) return join(dir, hit);
  }
  return undefined;
}
const ENSUREPIP_27 = '/root/.pyenv/versions/2.7.18/lib/python2.7/ensurepip/_bundled';
const universalWheel = findWheel(/^pip-19\.2\.3-py2\.py3-none-any\.whl$/, [ENSUREPIP_27]);
const py3Wheel = findWheel(/^pip-2\d\.[\d.]+-py3-none-any\.whl$/, [
  '/usr/share/python-wheels',
  '/root/.pyenv/versions/3.12.1/lib/python3.12/ensurepip/_bundled',
]);

interface Run {
  code: number;
  /** stdout and stderr, whitespace runs folded to one space. */
  out: string;
}

/** Environment for the child tools: no user configuration, no keyring, no way to reach another index by accident. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(PIP_|TWINE_|PYTHON)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    PIP_CONFIG_FILE: '/dev/null',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
    // twine prints through rich: no colour, no wrapping inside the messages we look for.
    NO_COLOR: '1',
    TERM: 'dumb',
    COLUMNS: '1000',
  };
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env: cleanEnv(), timeout: 110_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, out: `${stdout}\n${stderr}`.replace(/\s+/g, ' ') });
    });
  });
}

function twineUpload(index: LocalIndex, file: string, token = TOKEN): Promise<Run> {
  return run(twine!, [
    'upload', '--repository-url', index.uploadUrl, '-u', '__token__', '-p', token,
    '--non-interactive', '--disable-progress-bar', '--verbose', file,
  ]);
}

async function pipInstall(python: string, index: LocalIndex, target: string, requirement: string): Promise<Run> {
  await rm(target, { recursive: true, force: true });
  return run(python, [
    '-m', 'pip', 'install', '--no-cache-dir', '--disable-pip-version-check', '--no-deps',
    '--target', target, '--index-url', index.simpleUrl, requirement,
  ]);
}

async function installedDistInfo(target: string): Promise<string[]> {
  return (await readdir(target)).filter((f) => f.endsWith('.dist-info')).sort();
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

const canRun = twine && py27 && py3 && universalWheel && py3Wheel;
const why = !twine
  ? 'twine is not installed (apt-get install twine)'
  : !py27 || !py3
    ? 'Python 2.7 or 3.x is missing under /root/.pyenv/versions'
    : 'the bundled pip wheels (pip 19.2.3 for 2.7, pip 2x for 3.x) are missing';

describeIf(canRun, why)('local index with twine and pip', () => {
  let work: { path: string; remove(): Promise<void> };
  let indexDir: string;
  let index: LocalIndex;
  const clock = new FakeClock();
  const log = new MemoryLogger();
  let version: string;
  let rezipped: string;
  let sdist: string;
  let zipSdist: string;

  beforeAll(async () => {
    work = await tempDir('local-index-interop-');
    indexDir = join(work.path, 'index');
    index = await startLocalIndex({ dir: indexDir, token: TOKEN, now: clock.now, log });
    version = await run(twine!, ['--version']).then((r) => r.out.split('\n')[0]);
    // Other bytes under the same filename: the same members, stored instead of deflated.
    await mkdir(join(work.path, 'rezipped'));
    rezipped = join(work.path, 'rezipped', basename(universalWheel!));
    const script = [
      'import sys, zipfile, tarfile, io',
      'src, dst, top = sys.argv[1:4]',
      'with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as b:',
      '    for i in a.infolist(): b.writestr(i.filename, a.read(i.filename))',
      'meta = zipfile.ZipFile(src).read(top + ".dist-info/METADATA")',
      // An sdist's shape: one top-level directory holding PKG-INFO and the sources.
      'members = {top + "/PKG-INFO": meta, top + "/setup.py": b"from setuptools import setup\\nsetup()\\n"}',
      'with tarfile.open(sys.argv[4], "w:gz") as t:',
      '    d = tarfile.TarInfo(top); d.type = tarfile.DIRTYPE; d.mode = 0o755; t.addfile(d)',
      '    for name, data in members.items():',
      '        info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))',
      'with zipfile.ZipFile(sys.argv[5], "w", zipfile.ZIP_DEFLATED) as z:',
      '    for name, data in members.items(): z.writestr(name, data)',
    ].join('\n');
    sdist = join(work.path, 'pip-19.2.3.tar.gz');
    zipSdist = join(work.path, 'pip-19.2.3.zip');
    const made = await run(py3!, ['-c', script, universalWheel!, rezipped, 'pip-19.2.3', sdist, zipSdist]);
    expect(made.code).toBe(0);
  });

  afterAll(async () => {
    await index?.close();
    await work?.remove();
  });

  it('twine uploads a real wheel: 200, recorded with its digests and metadata', async () => {
    const result = await twineUpload(index, universalWheel!);
    expect(result.out).not.toContain(TOKEN);
    expect(result.code).toBe(0);
    const [stored] = index.files();
    expect(stored.filename).toBe('pip-19.2.3-py2.py3-none-any.whl');
    expect(stored.sha256).toBe(await sha256(universalWheel!));
    expect(stored.requires_python).toBe('>=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*');
    expect(stored.form).toMatchObject({ ':action': 'file_upload', protocol_version: '1', name: 'pip', version: '19.2.3', filetype: 'bdist_wheel', pyversion: 'py2.py3' });
    expect(Array.isArray(stored.form.classifiers)).toBe(true);
    console.info(`interop: ${version} uploaded ${stored.filename}`);
  });

  it('twine uploads the same wheel again: 200 and nothing changes', async () => {
    const before = await readFile(join(indexDir, 'state.json'));
    clock.advance(60);
    const result = await twineUpload(index, universalWheel!);
    expect(result.code).toBe(0);
    expect(index.files()).toHaveLength(1);
    expect(await readFile(join(indexDir, 'state.json'))).toEqual(before);
  });

  it('twine sends other bytes under the same filename: 400 File already exists', async () => {
    expect(await sha256(rezipped)).not.toBe(await sha256(universalWheel!));
    const result = await twineUpload(index, rezipped);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/400 .*File already exists \('pip-19\.2\.3-py2\.py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)/s);
    expect(index.files()).toHaveLength(1);
  });

  it('twine with a wrong token: 403 and the warehouse text', async () => {
    const result = await twineUpload(index, py3Wheel!, 'pypi-not-the-token');
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('403');
    expect(result.out).toContain('Invalid or non-existent authentication information.');
    expect(index.files()).toHaveLength(1);
  });

  it('an sdist, then a second sdist of the release is refused', async () => {
    expect((await twineUpload(index, sdist)).code).toBe(0);
    const second = await twineUpload(index, zipSdist);
    expect(second.code).not.toBe(0);
    expect(second.out).toContain('Only one sdist may be uploaded per release.');
  });

  it('pip 19 on Python 2.7 installs from the HTML page and skips the 3-only release', async () => {
    expect((await twineUpload(index, py3Wheel!)).code).toBe(0);
    const target = join(work.path, 'py27');
    const result = await pipInstall(py27!, index, target, 'pip');
    expect(result.code).toBe(0);
    expect(await installedDistInfo(target)).toEqual(['pip-19.2.3.dist-info']);
    expect(log.text()).toMatch(/simple page for pip as html/);
    console.info(`interop: Python 2.7 ${(await run(py27!, ['-m', 'pip', '--version'])).out.trim()}`);
  });

  it('pip on Python 3.x installs from the PEP 691 JSON page, newest and pinned', async () => {
    const target = join(work.path, 'py3');
    const newest = await pipInstall(py3!, index, target, 'pip');
    expect(newest.code).toBe(0);
    const py3Version = /^pip-([\d.]+)-py3/.exec(basename(py3Wheel!))![1];
    expect(await installedDistInfo(target)).toEqual([`pip-${py3Version}.dist-info`]);
    const pinned = await pipInstall(py3!, index, target, 'pip==19.2.3');
    expect(pinned.code).toBe(0);
    expect(await installedDistInfo(target)).toEqual(['pip-19.2.3.dist-info']);
    expect(log.text()).toMatch(/simple page for pip as json \(Accept: application\/vnd\.pypi\.simple\.v1\+json/);
    console.info(`interop: Python 3.x ${(await run(py3!, ['-m', 'pip', '--version'])).out.trim()}`);
  });

  it('after 14 days the release takes no new file, but the same file still answers 200', async () => {
    clock.advance(15 * DAY);
    const same = await twineUpload(index, universalWheel!);
    expect(same.code).toBe(0);
    const again = await twineUpload(index, rezipped);
    expect(again.out).toContain('File already exists');
    const late = await twineUpload(index, zipSdist);
    expect(late.code).not.toBe(0);
    expect(late.out).toContain('Uploading new files to releases older than 14 days is not allowed.');
  });

  it('a restarted index serves what it stored to pip and still knows its files', async () => {
    const before = index.files();
    await index.close();
    index = await startLocalIndex({ dir: indexDir, token: TOKEN, now: clock.now });
    expect(index.files()).toEqual(before);
    const target = join(work.path, 'restart');
    expect((await pipInstall(py27!, index, target, 'pip==19.2.3')).code).toBe(0);
    expect((await twineUpload(index, universalWheel!)).code).toBe(0);
    expect(index.files()).toEqual(before);
  });

  it('with a propagation delay pip sees the file only after the delay; the JSON API at once', async () => {
    const delayed = await startLocalIndex({ dir: join(work.path, 'delayed'), token: TOKEN, now: clock.now, delaySeconds: 90 });
    try {
      expect((await twineUpload(delayed, universalWheel!)).code).toBe(0);
      const json = await (await fetch(`${delayed.jsonUrl}pip/19.2.3/json`)).json() as { urls: { digests: { sha256: string } }[] };
      expect(json.urls[0].digests.sha256).toBe(await sha256(universalWheel!));
      const target = join(work.path, 'delayed-install');
      const early = await pipInstall(py3!, delayed, target, 'pip==19.2.3');
      expect(early.code).not.toBe(0);
      expect(early.out).toMatch(/No matching distribution found for pip==19\.2\.3/);
      clock.advance(90);
      const late = await pipInstall(py3!, delayed, target, 'pip==19.2.3');
      expect(late.code).toBe(0);
      expect(await installedDistInfo(target)).toEqual(['pip-19.2.3.dist-info']);
    } finally {
      await delayed.close();
    }
  });

  it('the index keeps the exact bytes twine sent', async () => {
    const stored = index.files().find((f) => f.filename === basename(universalWheel!))!;
    const copy = join(work.path, 'copy.whl');
    await copyFile(join(indexDir, stored.path), copy);
    expect(await sha256(copy)).toBe(await sha256(universalWheel!));
  });
});
