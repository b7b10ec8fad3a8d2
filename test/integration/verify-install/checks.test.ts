/**
 * What verify-install refuses, each with a message that names both sides:
 * a wrong __version__, a wrong __commit__, a failing smoke test, bytes that
 * differ from the manifest, an unpinned install that finds a newer version;
 * and what it must not be fooled by: a source checkout in the workspace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cleanupRunsAfterAll, runAction, secretLeaks, type ActionRun } from '../../support/runner.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeWheel } from '../../support/wheels.js';
import { cleanupAll, publishWheel, startIndex, tempDir, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const PY = '3.12';
const python = pythonPath(PY);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let index: TestIndex;
beforeAll(async () => {
  if (!python) return;
  index = await startIndex();
});

function verify(inputs: Record<string, string>, options: Parameters<typeof runAction>[2] = {}): Promise<ActionRun> {
  return runAction('verify-install', { 'index-url': index.simpleUrl, python: PY, 'wait-timeout': '30', ...inputs }, options);
}

function result(run: ActionRun): Record<string, unknown> & { checks: { name: string; ok: boolean; detail: string }[] } {
  return JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'));
}

/** The step failed with one ::error:: line, and the leg's result says so too. */
function expectFailure(run: ActionRun, ...fragments: string[]): string {
  expect(run.code).toBe(1);
  expect(run.errors).toHaveLength(1);
  const message = run.errors[0]!;
  for (const f of fragments) expect(message).toContain(f);
  expect(result(run)).toMatchObject({ result: 'failed' });
  expect(run.summary).toContain('failed');
  return message;
}

describeIf(python, `Python ${PY} is not installed under /root/.pyenv/versions`)('verify-install refuses what does not match', () => {
  it('a __version__ other than the version installed', async () => {
    await publishWheel(index, { name: 'wrong-version', version: '2.0', tags: 'py3-none-any', versionAttr: '1.9.9' });
    const run = await verify({ package: 'wrong-version', version: '2.0' });
    expectFailure(run, 'wrong_version.__version__ is "1.9.9", but 2.0 was expected');
    // The distribution itself is 2.0: only the module disagrees.
    expect(run.outputs['installed-version']).toBe('2.0');
  });

  it('a __commit__ other than expect-commit', async () => {
    await publishWheel(index, { name: 'wrong-commit', version: '1.0', tags: 'py3-none-any', commit: 'c0ffee0000000000000000000000000000000000' });
    const run = await verify({ package: 'wrong-commit', version: '1.0', 'expect-commit': 'f00d000000000000000000000000000000000000' });
    expectFailure(run, 'wrong_commit.__commit__ is "c0ffee0000000000000000000000000000000000", but f00d000000000000000000000000000000000000 was expected');
  });

  it('a failing smoke test, with its exit code and its last words', async () => {
    await publishWheel(index, { name: 'smoke-fails', version: '1.0', tags: 'py3-none-any' });
    const run = await verify({
      package: 'smoke-fails',
      version: '1.0',
      'smoke-test': 'import smoke_fails, sys\nsys.stderr.write("the widget is broken\\n")\nsys.exit(3)',
    });
    expectFailure(run, 'smoke test (inline code) failed with exit code 3', 'the widget is broken');
    // The checks before it passed and say so.
    expect(result(run).checks.filter((c) => c.ok).map((c) => c.name)).toEqual(expect.arrayContaining(['smoke-fails version', 'smoke-fails files', 'isolation', 'smoke_fails.__version__']));
  });

  describe('expect-manifest', () => {
    let published: string;
    let other: string;
    beforeAll(async () => {
      published = await publishWheel(index, { name: 'manifest-demo', version: '1.0', tags: 'py3-none-any', seed: 'published' });
      // Same filename, other bytes: what a rebuilt wheel looks like.
      other = await makeWheel(await tempDir('verify-other-'), { name: 'manifest-demo', version: '1.0', tags: 'py3-none-any', seed: 'rebuilt' });
    });

    function manifestOf(path: string): string {
      const file = join(tempDirSync(), 'manifest.json');
      writeFileSync(file, JSON.stringify({
        schema: 'python-release-actions/manifest',
        schemaVersion: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        files: [{ filename: basename(path), size: readFileSync(path).length, sha256: sha256(path) }],
      }));
      return file;
    }

    it('passes when the installed wheel is the one in the manifest', async () => {
      const run = await verify({ package: 'manifest-demo', version: '1.0', 'expect-manifest': manifestOf(published) });
      expect(run.errors).toEqual([]);
      expect(result(run).checks.find((c) => c.name === 'manifest')?.detail).toContain('byte-identical');
    });

    it('fails when the bytes differ, naming both digests (pip from the index)', async () => {
      expect(basename(other)).toBe(basename(published));
      expect(sha256(other)).not.toBe(sha256(published));
      const run = await verify({ package: 'manifest-demo', version: '1.0', 'expect-manifest': manifestOf(other) });
      expectFailure(run, `the installed ${basename(published)} differs from the manifest`, `sha256 ${sha256(published)}, the manifest says ${sha256(other)}`);
    });

    it('fails before downloading in the TestPyPI mode, naming both digests', async () => {
      const run = await verify({ package: 'manifest-demo', version: '1.0', repository: 'testpypi', 'dependency-index-url': index.simpleUrl, 'expect-manifest': manifestOf(other) });
      expectFailure(run, `serves ${basename(published)} with sha256 ${sha256(published)}`, `says ${sha256(other)}`);
      expect(run.log).not.toContain('Downloading http');
    });
  });

  it('a source checkout in the workspace does not shadow the install', async () => {
    await publishWheel(index, { name: 'shadow-demo', version: '3.0', tags: 'py3-none-any' });
    const workspace = await tempDir('verify-workspace-');
    mkdirSync(join(workspace, 'shadow_demo'));
    writeFileSync(join(workspace, 'shadow_demo', '__init__.py'), '__version__ = "0.0.0+checkout"\n__commit__ = "checkout"\n');
    // A smoke-test script at the root of the checkout: run from there, its directory would come first on sys.path.
    writeFileSync(join(workspace, 'smoke.py'), [
      'import os, sys, shadow_demo',
      'assert shadow_demo.__version__ == os.environ["VERIFY_VERSION"] == "3.0", shadow_demo.__file__',
      '# The checkout is reachable for data files; the action inputs (a token among them) are not.',
      'assert os.path.isfile(os.path.join(os.environ["GITHUB_WORKSPACE"], "smoke.py"))',
      'assert not [k for k in os.environ if k.startswith("INPUT_")], sorted(os.environ)',
      'print("smoke imported " + shadow_demo.__file__)',
    ].join('\n'));
    // The trap is real: Python started in the checkout imports the checkout.
    const naive = execFileSync(python!, ['-c', 'import shadow_demo; print(shadow_demo.__version__)'], { cwd: workspace, encoding: 'utf8' });
    expect(naive.trim()).toBe('0.0.0+checkout');

    const run = await verify({ package: 'shadow-demo', version: '3.0', 'smoke-test': 'smoke.py' }, { workspace, cwd: workspace });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs['installed-file']!.startsWith(run.dirs.temp)).toBe(true);
    expect(run.outputs['installed-file']).not.toContain(workspace);
    expect(run.log).toContain(`smoke imported ${run.dirs.temp}`);
  });

  describe('pin: false: an upgrade resolves to the release', () => {
    beforeAll(async () => {
      // A maintenance release: 2.9.4 is published after 2.10.0.
      for (const version of ['2.9.3', '2.10.0', '2.9.4']) await publishWheel(index, { name: 'unpinned-demo', version, tags: 'py3-none-any' });
    });

    it('a maintenance release: pip install -U "unpinned-demo==2.9.*" installs it, though 2.10.0 is newer', async () => {
      const run = await verify({ package: 'unpinned-demo', version: '2.9.4', pin: 'false' });
      expect(run.errors).toEqual([]);
      expect(run.outputs['installed-version']).toBe('2.9.4');
      expect(run.log).toContain('pip install -U "unpinned-demo==2.9.*": 2.10.0 is newer, so 2.9.4 must win its own series, 2.9');
      expect(run.log).toMatch(/ install --disable-pip-version-check .*--upgrade -- 'unpinned-demo==2\.9\.\*'\n/);
      expect(result(run)).toMatchObject({ pin: false, packages: [{ name: 'unpinned-demo', requirement: 'unpinned-demo==2.9.*', installedVersion: '2.9.4' }] });
      expect(run.summary).toContain('pip install -U unpinned-demo==2.9.*');
    });

    it('fails when a higher version of its own series exists, naming both', async () => {
      const run = await verify({ package: 'unpinned-demo', version: '2.9.3', pin: 'false' });
      expectFailure(run, 'pip install -U unpinned-demo==2.9.* installed 2.9.4, but 2.9.3 was expected (the index offers a newer version in the 2.9 series than the one under test)', 'lists versions 2.9.3, 2.9.4, 2.10.0');
      expect(run.outputs['installed-version']).toBe('2.9.4');
    });

    it('the newest release: a plain pip install -U', async () => {
      const run = await verify({ package: 'unpinned-demo', version: '2.10.0', pin: 'false' });
      expect(run.errors).toEqual([]);
      expect(run.outputs['installed-version']).toBe('2.10.0');
      expect(run.log).toContain('pip install -U unpinned-demo: 2.10.0 is the newest version the index lists');
      expect(run.log).toMatch(/ install --disable-pip-version-check .*--upgrade -- unpinned-demo\n/);
    });
  });

  it('credentials in the index URL reach neither the log, the summary, the outputs nor the result file', async () => {
    await publishWheel(index, { name: 'secret-demo', version: '1.0', tags: 'py3-none-any' });
    const secret = 'pypi-s3cr3tTokenForVerifyTests';
    const url = index.simpleUrl.replace('http://', `http://__token__:${secret}@`);
    const run = await verify({ package: 'secret-demo', version: '1.0', 'index-url': url, 'expect-manifest': '' });
    expect(run.errors).toEqual([]);
    expect(secretLeaks(run, secret)).toEqual([]);
    expect(readFileSync(run.outputs['result-file']!, 'utf8')).not.toContain(secret);
    expect(run.masks).toContain(secret);
  });

  it('PEP 440 equality: 1.0rc1 is the version 1.0.0rc1', async () => {
    await publishWheel(index, { name: 'pre-demo', version: '1.0.0rc1', tags: 'py3-none-any' });
    const run = await verify({ package: 'pre-demo', version: '1.0rc1' });
    expect(run.errors).toEqual([]);
    expect(run.outputs['installed-version']).toBe('1.0.0rc1');
  });
});

const scratch: string[] = [];
function tempDirSync(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-manifest-'));
  scratch.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describeIf(python, `Python ${PY} is not installed under /root/.pyenv/versions`)('verify-install runs code from the index', () => {
  it('without any credential the job holds in its environment', async () => {
    await publishWheel(index, { name: 'env-probe', version: '1.0', tags: 'py3-none-any' });
    const held = { GITHUB_TOKEN: 'ghs_jobTokenProbe', AWS_SECRET_ACCESS_KEY: 'awsSecretProbe', PYPI_API_TOKEN: 'pypi-probe', SSH_AUTH_SOCK: '/tmp/agent.probe' };
    const run = await verify(
      {
        package: 'env-probe',
        version: '1.0',
        // Runs in the interpreter that imported the package, with the environment the import had.
        'smoke-test': `import os, sys, env_probe\nheld = sorted(k for k in ${JSON.stringify(Object.keys(held))} if k in os.environ)\nsys.exit("the import could read " + ", ".join(held)) if held else print("no credential in reach")`,
      },
      { env: held },
    );
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.log).toContain('no credential in reach');
  });
});
