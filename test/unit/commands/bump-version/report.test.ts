import { describe, expect, it } from '@jest/globals';
import { changesTable, checkBranchName, checkTagName, diffBlock, fillTemplate, messageFitsTemplate, pullRequestBody, refNameProblem, subjectOf } from '../../../../src/commands/bump-version/index.js';
import { UserError } from '../../../../src/errors.js';
import { memoryFileAccess, planBump } from '../../../../src/versions/index.js';

describe('templates', () => {
  it('fills {version} and {previous} everywhere and keeps other braces', () => {
    expect(fillTemplate('release/v{version}-from-{previous}/{version}/{other}', { version: '1.1', previous: '1.0' })).toBe('release/v1.1-from-1.0/1.1/{other}');
  });

  it('accepts branch names git accepts and refuses the rest, naming the template', () => {
    for (const ok of ['release/v1.0rc1', 'release/1!2.0', 'bump-1.0.post0', 'a/b/c']) expect(checkBranchName(ok, 't')).toBe(ok);
    for (const bad of ['', 'a..b', 'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '/a', 'a/', 'a//b', 'a.lock', 'a.lock/b', 'a/.b', 'a.', '-a', '@', 'a@{b']) {
      expect(() => checkBranchName(bad, 'T{version}')).toThrow(UserError);
    }
    expect(() => checkBranchName('x..y', 'x{version}y')).toThrow(
      'The branch template "x{version}y" gives "x..y", which is not a valid git branch name: it contains "..". Use a template such as release/v{version}.',
    );
  });

  it('refuses a tag name git would refuse, naming the template and the rule', () => {
    expect(checkTagName('v2.10.0', 'v{version}')).toBe('v2.10.0');
    expect(() => checkTagName('v2.10.0.lock', 'v{version}.lock')).toThrow(
      'The tag template "v{version}.lock" gives "v2.10.0.lock", which is not a valid git tag name: its part "v2.10.0.lock" ends with ".lock". Use a template such as v{version}.',
    );
  });

  it('names the git ref rule a name breaks', () => {
    const cases: [string, string][] = [
      ['', 'it is empty'],
      ['@', 'it is "@"'],
      ['-a', 'it starts with "-"'],
      ['/a', 'it starts or ends with "/"'],
      ['a/', 'it starts or ends with "/"'],
      ['a//b', 'it contains "//"'],
      ['a.', 'it ends with "."'],
      ['a..b', 'it contains ".."'],
      ['a@{b', 'it contains "@{"'],
      ['a b', 'it contains a space'],
      ['a\nb', 'it contains the control character U+000A'],
      ['a\x00b', 'it contains the control character U+0000'],
      ['a\x1fb', 'it contains the control character U+001F'],
      ['a\x7fb', 'it contains the control character U+007F'],
      ['a~b', 'it contains "~"'],
      ['a^b', 'it contains "^"'],
      ['a:b', 'it contains ":"'],
      ['a?b', 'it contains "?"'],
      ['a*b', 'it contains "*"'],
      ['a[b', 'it contains "["'],
      ['a\\b', 'it contains "\\"'],
      ['a.lock', 'its part "a.lock" ends with ".lock"'],
      ['a.lock/b', 'its part "a.lock" ends with ".lock"'],
      ['a/.b', 'its part ".b" starts with "."'],
      ['.a', 'its part ".a" starts with "."'],
      ['refs/heads/main', 'it starts with "refs/": give the short name ("main"), not the full ref'],
      ['refs/tags/v1.2.0', 'it starts with "refs/": give the short name ("v1.2.0"), not the full ref'],
      ['refs/pull/1/merge', 'it starts with "refs/": give the short name, not the full ref'],
    ];
    for (const [name, reason] of cases) expect([name, refNameProblem(name)]).toEqual([name, reason]);
    // What git accepts: "@" inside a name, ".lock" not at the end of a part, dots inside, non-ASCII, PEP 440 characters.
    for (const ok of ['a@b', 'a.lock.b', 'a/b.c/d', 'v1.0+local.7', '1!2.0', 'relëase/v1', 'a-b_c', '@a', 'refs', 'release/refs/x']) {
      expect([ok, refNameProblem(ok)]).toEqual([ok, undefined]);
    }
  });

  it('recognises messages a commit-message template gives, for any version', () => {
    expect(messageFitsTemplate('Bump version to 2.10.0', 'Bump version to {version}')).toBe(true);
    expect(messageFitsTemplate('Bump version to 3.0.0rc1\n', 'Bump version to {version}')).toBe(true);
    expect(messageFitsTemplate('Release 2.9.1\n\nFrom 2.9.0.', 'Release {version}\n\nFrom {previous}.')).toBe(true);
    expect(messageFitsTemplate('Release 2.9.1\n\nFrom 2.9.0!', 'Release {version}\n\nFrom {previous}.')).toBe(false);
    expect(messageFitsTemplate('Bump version to 2.10.0 and fix the docs', 'Bump version to {version}')).toBe(false);
    expect(messageFitsTemplate('Address review: Bump version to 2.10.0', 'Bump version to {version}')).toBe(false);
    expect(messageFitsTemplate('Bump version to ', 'Bump version to {version}')).toBe(false);
    // Regular-expression characters in the template are text.
    expect(messageFitsTemplate('chore(release): 1.0 [skip ci]', 'chore(release): {version} [skip ci]')).toBe(true);
    expect(messageFitsTemplate('chore(release): 1.0 s', 'chore(release): {version} [skip ci]')).toBe(false);
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
