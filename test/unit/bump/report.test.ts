import { describe, expect, it } from '@jest/globals';
import { changesTable, checkBranchName, diffBlock, fillTemplate, pullRequestBody, subjectOf } from '../../../src/bump/index.js';
import { UserError } from '../../../src/errors.js';
import { memoryFileAccess, planBump } from '../../../src/versions/index.js';

describe('templates', () => {
  it('fills {version} and {previous} everywhere and keeps other braces', () => {
    expect(fillTemplate('release/v{version}-from-{previous}/{version}/{other}', { version: '1.1', previous: '1.0' })).toBe('release/v1.1-from-1.0/1.1/{other}');
  });

  it('accepts branch names git accepts and refuses the rest, naming the template', () => {
    for (const ok of ['release/v1.0rc1', 'release/1!2.0', 'bump-1.0.post0', 'a/b/c']) expect(checkBranchName(ok, 't')).toBe(ok);
    for (const bad of ['', 'a..b', 'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '/a', 'a/', 'a//b', 'a.lock', 'a.lock/b', 'a/.b', 'a.', '-a', '@', 'a@{b']) {
      expect(() => checkBranchName(bad, 'T{version}')).toThrow(UserError);
    }
    expect(() => checkBranchName('x..y', 'x{version}y')).toThrow('The branch template "x{version}y" gives "x..y", which is not a valid git branch name.');
  });

  it('takes the first line of a message as the title', () => {
    expect(subjectOf('Release 1.0\n\nbody')).toBe('Release 1.0');
    expect(subjectOf('  \nbody')).toBe('');
  });
});

describe('pull request body and summary table', () => {
  it('lists each file, where the version is and from → to, escaping table syntax', async () => {
    const plan = await planBump(
      memoryFileAccess({ 'we|rd/VERSION': '1.0\n', 'setup.py': 'setup(version="1.0")\n' }),
      { bump: 'minor', files: 'we|rd/VERSION\nsetup.py' },
    );
    expect(changesTable(plan)).toBe(
      [
        '| File | Where | Change |',
        '| --- | --- | --- |',
        '| `we\\|rd/VERSION` | we\\|rd/VERSION | `1.0` → `1.1` |',
        '| `setup.py` | setup.py version= | `1.0` → `1.1` |',
      ].join('\n'),
    );
    const body = pullRequestBody(plan, { base: 'main', tag: 'v1.1' });
    expect(body).toMatch(/^Bumps the version from \*\*1\.0\*\* to \*\*1\.1\*\* \(tag `v1\.1` once released\)\./);
    expect(body).toContain('<details><summary>Diff</summary>');
    expect(body).toContain('-setup(version="1.0")\n+setup(version="1.1")');
  });

  it('fences a diff with more backticks than it holds', async () => {
    const plan = await planBump(memoryFileAccess({ 'VERSION.py': '__version__ = "1.0"  # ```\n' }), { bump: 'patch', files: 'VERSION.py' });
    const block = diffBlock(plan);
    expect(block.startsWith('````diff\n')).toBe(true);
    expect(block.endsWith('\n````')).toBe(true);
  });
});
