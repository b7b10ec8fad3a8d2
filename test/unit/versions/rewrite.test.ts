import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import {
  checkAgreement,
  locateVersions,
  memoryFileAccess,
  planBump,
  rewrite,
  spelledLike,
  type VersionLocation,
} from '../../../src/versions/index.js';

function at(path: string, text: string, value: string, describe = path): VersionLocation {
  const start = text.indexOf(value);
  return { path, kind: 'regex', value, start, end: start + value.length, describe };
}

describe('rewrite', () => {
  it('changes only the version characters', () => {
    const text = "\uFEFF# header  \r\n__version__ = '1.0.0'   # note\r\n\r\nother = '1.0.0'\r\n";
    const loc = { ...at('p.py', text, '1.0.0'), kind: 'python-variable' as const };
    expect(rewrite(text, loc, '1.0.1rc0')).toBe("\uFEFF# header  \r\n__version__ = '1.0.1rc0'   # note\r\n\r\nother = '1.0.0'\r\n");
  });

  it('refuses when the text no longer holds the value at the offsets', () => {
    const loc = at('VERSION', '1.0.0\n', '1.0.0', 'VERSION');
    expect(() => rewrite('1.0.1\n', loc, '1.1.0')).toThrow(UserError);
    expect(() => rewrite('1.0.1\n', loc, '1.1.0')).toThrow(/VERSION: expected "1.0.0" at offset 0 but found "1.0.1"; the file changed after it was read/);
  });

  it('never writes characters that would need quoting', () => {
    const loc = at('VERSION', '1.0.0\n', '1.0.0');
    for (const bad of ['1.0"', "1.0'", '1.0\n', '', '1 0']) expect(() => rewrite('1.0.0\n', loc, bad)).toThrow();
  });

  it('keeps a leading v the file already uses', () => {
    expect(spelledLike(at('V', 'v1.0', 'v1.0'), '1.1')).toBe('v1.1');
    expect(spelledLike(at('V', 'V1.0', 'V1.0'), '1.1')).toBe('V1.1');
    expect(spelledLike(at('V', '1.0', '1.0'), '1.1')).toBe('1.1');
  });
});

describe('checkAgreement', () => {
  it('returns the common version, normalized, comparing values as versions', () => {
    const text = 'a=1.0-RC1 b=1.0rc1 c=v1.0rc1';
    expect(checkAgreement([at('a', text, '1.0-RC1'), at('b', text, '1.0rc1'), at('c', text, 'v1.0rc1')])).toBe('1.0rc1');
    expect(checkAgreement([at('a', 'x 1.0', '1.0'), at('b', 'x 1.0.0', '1.0.0')])).toBe('1.0');
    expect(checkAgreement([at('a', 'v1.2.3', 'v1.2.3')], 'semver')).toBe('1.2.3');
  });

  it('lists every file and value when they disagree', () => {
    const locs = [at('pyproject.toml', '1.2.0', '1.2.0', 'pyproject.toml [project].version'), at('pkg/__init__.py', '1.1.0', '1.1.0', 'pkg/__init__.py __version__'), at('VERSION', '1.2', '1.2')];
    expect(() => checkAgreement(locs)).toThrow(UserError);
    expect(() => checkAgreement(locs)).toThrow(
      'The version files disagree:\n' +
        '  pyproject.toml [project].version  1.2.0\n' +
        '  pkg/__init__.py __version__       1.1.0\n' +
        '  VERSION                           1.2\n' +
        'Make them hold the same version before bumping',
    );
  });

  it('marks values that are not versions', () => {
    const locs = [at('a.py', '1.0', '1.0', 'a.py __version__'), at('b.py', '1.0-final', '1.0-final', 'b.py __version__')];
    expect(() => checkAgreement(locs)).toThrow(
      'Not every version found is a valid PEP 440 version:\n  a.py __version__  1.0\n  b.py __version__  1.0-final   <- not a valid PEP 440 version\n',
    );
    expect(() => checkAgreement([at('a', '1.0', '1.0')], 'semver')).toThrow(/not a valid semantic version/);
  });

  it('says what was searched when nothing was found', async () => {
    const locs = await locateVersions(memoryFileAccess({ 'setup.cfg': '[flake8]\nmax-line-length = 99\n', 'README.md': '' }));
    expect(() => checkAgreement(locs)).toThrow(UserError);
    let message = '';
    try {
      checkAgreement(locs);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^No version found\. Searched:\n {2}- pyproject.toml: \[project\].version/);
    expect(message).toContain('  - setup.py: a literal version="..."\n');
    expect(message).toContain('  - setup.cfg: no version in [metadata]\n');
    expect(message).toMatch(/List the files that hold the release version in the files input: one per line, as path, path:regex-with-one-group or path:toml.dotted.key\.$/);
    // Without a search behind it, the generic description is given.
    expect(() => checkAgreement([])).toThrow(/^No version found\. Searched:\n {2}- pyproject.toml/);
  });

  it('names the files input lines that were searched', async () => {
    const locs = await locateVersions(memoryFileAccess({ 'pyproject.toml': '[project]\nversion = "1"\n' }), 'pyproject.toml');
    expect(locs).toHaveLength(1);
    await expect(planBump(memoryFileAccess({ 'pyproject.toml': '[tool.black]\n' }), { bump: 'patch', files: 'pyproject.toml' })).rejects.toThrow(
      'files: no version found by "pyproject.toml" (pyproject.toml: neither [project].version nor [tool.poetry].version is set).',
    );
  });
});

describe('planBump', () => {
  it('rewrites several locations in one file and reads each file once', async () => {
    const files = {
      'pkg/__init__.py': '__version__ = "1.0"\nVERSION = "1.0"\n',
      'pyproject.toml': '[project]\nname = "pkg"\nversion = "1.0"\n',
    };
    const inner = memoryFileAccess(files);
    const reads: string[] = [];
    const counting = { read: (p: string) => (reads.push(p), inner.read(p)), list: (d: string) => inner.list(d) };
    const plan = await planBump(counting, { bump: 'minor', files: 'pkg/__init__.py\npyproject.toml' });
    expect(plan).toMatchObject({ previous: '1.0', next: '1.1' });
    expect(plan.changes).toEqual([
      {
        path: 'pkg/__init__.py',
        before: files['pkg/__init__.py'],
        after: '__version__ = "1.1"\nVERSION = "1.1"\n',
        describe: 'pkg/__init__.py __version__; pkg/__init__.py VERSION',
        from: '1.0',
        to: '1.1',
      },
      {
        path: 'pyproject.toml',
        before: files['pyproject.toml'],
        after: '[project]\nname = "pkg"\nversion = "1.1"\n',
        describe: 'pyproject.toml [project].version',
        from: '1.0',
        to: '1.1',
      },
    ]);
    expect(reads.sort()).toEqual(['pkg/__init__.py', 'pyproject.toml']);
    expect(plan.locations).toHaveLength(3);
  });

  it('writes the normalized next version even when files spell the current one loosely', async () => {
    const plan = await planBump(memoryFileAccess({ VERSION: '1.0-RC1\n', 'p/__init__.py': '__version__ = "1.0rc1"\n' }), { bump: 'rc' });
    expect(plan.changes.map((c) => [c.path, c.from, c.to, c.after])).toEqual([
      ['VERSION', '1.0-RC1', '1.0rc2', '1.0rc2\n'],
      ['p/__init__.py', '1.0rc1', '1.0rc2', '__version__ = "1.0rc2"\n'],
    ]);
  });

  it('uses the semver scheme when asked', async () => {
    const plan = await planBump(memoryFileAccess({ 'Cargo.toml': '[package]\nversion = "0.4.2"\n' }), {
      bump: 'beta',
      scheme: 'semver',
      files: 'Cargo.toml:package.version',
    });
    expect(plan.changes[0]!.after).toBe('[package]\nversion = "0.4.3-beta.0"\n');
  });

  it('refuses a downgrade before anything is rewritten', async () => {
    await expect(planBump(memoryFileAccess({ VERSION: '2.0\n' }), { version: '1.9' })).rejects.toThrow(/lower than the current version 2\.0/);
  });
});
