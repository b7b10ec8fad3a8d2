import { describe, expect, it } from '@jest/globals';
import { createManifest } from '../../../../src/distributions/index.js';
import {
  checkCommit,
  checkDistributionVersion,
  checkFileLocation,
  checkIsolation,
  checkManifest,
  checkRecord,
  checkVersionAttribute,
} from '../../../../src/commands/verify-install/checks.js';
import { planIndexes, PYPI_SIMPLE, TESTPYPI_SIMPLE } from '../../../../src/commands/verify-install/indexes.js';

describe('version, commit and location checks', () => {
  it('compares versions under PEP 440 and names both sides when they differ', () => {
    expect(checkDistributionVersion('ray', '1.0.0rc1', '1.0rc1')).toEqual({ name: 'ray version', ok: true, detail: '1.0.0rc1 (equal to 1.0rc1 under PEP 440)' });
    expect(checkDistributionVersion('ray-cpp', '2.0', '1.0').detail).toBe('the installed ray-cpp is 2.0, but 1.0 was expected');
    expect(checkVersionAttribute('ray', '2.9.0', '2.9', true).ok).toBe(true);
    expect(checkVersionAttribute('ray', '2.9.1', '2.9', true)).toEqual({ name: 'ray.__version__', ok: false, detail: 'ray.__version__ is "2.9.1", but 2.9 was expected' });
  });

  it('requires __version__ unless told otherwise, and still checks one that is there', () => {
    expect(checkVersionAttribute('m', undefined, '1.0', true).ok).toBe(false);
    expect(checkVersionAttribute('m', undefined, '1.0', false).ok).toBe(true);
    expect(checkVersionAttribute('m', '0.1', '1.0', false).ok).toBe(false);
  });

  it('compares commits exactly, hex case-insensitively', () => {
    const sha = 'ABCDEF0123456789abcdef0123456789abcdef01';
    expect(checkCommit('ray', sha, sha.toLowerCase()).ok).toBe(true);
    expect(checkCommit('ray', '{{RAY_COMMIT_SHA}}', sha.toLowerCase()).detail).toBe(`ray.__commit__ is "{{RAY_COMMIT_SHA}}", but ${sha.toLowerCase()} was expected`);
    expect(checkCommit('ray', undefined, 'abc').detail).toBe('ray has no __commit__, but expect-commit is abc');
  });

  it('requires __file__ inside the environment', () => {
    expect(checkFileLocation('m', '/work/m/__init__.py', false, '/tmp/env').detail).toContain('outside the fresh environment /tmp/env');
    expect(checkFileLocation('m', undefined, false, '/tmp/env').ok).toBe(false);
  });
});

describe('the dist-info checks', () => {
  it('passes a RECORD whose files are all there, and names what is missing or of another size', () => {
    expect(checkRecord('ray-cpp', { files: 12, missing: [], missingCount: 0, resized: [], resizedCount: 0 }, '/e/ray_cpp-2.9.0.dist-info')).toEqual({
      name: 'ray-cpp files', ok: true, detail: 'all 12 files of its RECORD are there, with the sizes RECORD gives',
    });
    const broken = checkRecord('ray-cpp', { files: 40, missing: ['ray/cpp/a.h', 'ray/cpp/b.h'], missingCount: 25, resized: ['ray/cpp/lib.so (3 bytes, RECORD says 900)'], resizedCount: 1 }, '/e/x');
    expect(broken.ok).toBe(false);
    expect(broken.detail).toBe("ray-cpp's RECORD does not match what is installed: 25 listed files are missing: ray/cpp/a.h, ray/cpp/b.h and 23 more; 1 of another size: ray/cpp/lib.so (3 bytes, RECORD says 900)");
    expect(checkRecord('old', undefined, '/e/old-1.0.egg-info')).toMatchObject({ ok: false, detail: expect.stringContaining('/e/old-1.0.egg-info has no RECORD') });
  });

  it('finds a site directory from outside the environment on sys.path', () => {
    const inside = (p: string): boolean => p.startsWith('/e/');
    expect(checkIsolation(['/usr/lib/python312.zip', '/usr/lib/python3.12', '/e/lib/python3.12/site-packages'], inside, '/e').ok).toBe(true);
    const leak = checkIsolation(['/usr/lib/python3.12', '/e/lib/python3.12/site-packages', '/usr/lib/python3/dist-packages'], inside, '/e');
    expect(leak).toEqual({ name: 'isolation', ok: false, detail: 'the environment /e also sees /usr/lib/python3/dist-packages: packages there could stand in for the installed ones' });
  });
});

describe('checkManifest', () => {
  const sha = 'a'.repeat(64);
  const manifest = createManifest([
    { filename: 'demo-1.0-py3-none-any.whl', size: 10, sha256: sha },
    { filename: 'demo-1.0.tar.gz', size: 5, sha256: 'b'.repeat(64) },
  ]);
  it('passes on the same bytes', () => {
    expect(checkManifest(manifest, 'm.json', 'demo-1.0-py3-none-any.whl', { sha256: sha.toUpperCase(), size: 10 }).ok).toBe(true);
  });
  it('names both digests and sizes when they differ', () => {
    expect(checkManifest(manifest, 'm.json', 'demo-1.0-py3-none-any.whl', { sha256: 'c'.repeat(64), size: 11 }).detail).toBe(
      `the installed demo-1.0-py3-none-any.whl differs from the manifest m.json: sha256 ${'c'.repeat(64)}, the manifest says ${sha}; 11 bytes, the manifest says 10`,
    );
  });
  it('names the wheels it has when the installed one is missing', () => {
    expect(checkManifest(manifest, 'm.json', 'demo-1.0-cp312-cp312-linux_x86_64.whl', { sha256: sha, size: 10 }).detail).toBe(
      'the installed wheel demo-1.0-cp312-cp312-linux_x86_64.whl is not in the manifest m.json (it lists 1 wheel: demo-1.0-py3-none-any.whl)',
    );
  });
});

describe('planIndexes', () => {
  it('pypi: pip from PyPI', () => {
    expect(planIndexes({ repository: 'pypi', extraIndexUrls: [] })).toEqual({ plan: { mode: 'index', indexUrl: PYPI_SIMPLE, extraIndexUrls: [] }, warnings: [] });
  });
  it('testpypi: the exact wheel from TestPyPI, dependencies from PyPI', () => {
    expect(planIndexes({ repository: 'testpypi', extraIndexUrls: [] }).plan).toEqual({ mode: 'exact-file', indexUrl: TESTPYPI_SIMPLE, dependencyIndexUrl: PYPI_SIMPLE });
  });
  it('index-url with dependency-index-url is the same mode with any pair of indexes', () => {
    expect(planIndexes({ repository: 'pypi', indexUrl: 'http://127.0.0.1:1/simple', dependencyIndexUrl: 'http://127.0.0.1:2/simple', extraIndexUrls: [] }).plan)
      .toEqual({ mode: 'exact-file', indexUrl: 'http://127.0.0.1:1/simple/', dependencyIndexUrl: 'http://127.0.0.1:2/simple/' });
  });
  it('extra-index-url: pip mixes the indexes, with a warning that says so', () => {
    const { plan, warnings } = planIndexes({ repository: 'testpypi', dependencyIndexUrl: 'https://mirror.example/simple/', extraIndexUrls: ['https://pypi.org/simple'] });
    expect(plan).toEqual({ mode: 'mixed', indexUrl: TESTPYPI_SIMPLE, extraIndexUrls: ['https://pypi.org/simple/'] });
    expect(warnings[0]).toContain('dependency confusion');
    expect(warnings[1]).toBe('dependency-index-url is ignored because extra-index-url is set.');
  });
});
