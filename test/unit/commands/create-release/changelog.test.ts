import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  changelogFormat,
  changelogVersions,
  extractChangelogSection,
  rstInlineToMarkdown,
} from '../../../../src/commands/create-release/changelog.js';

// Fixtures follow the structure of real changelogs: Keep a Changelog's own
// CHANGELOG.md, release-please output, requests' HISTORY.md (setext), Flask's
// CHANGES.rst, pip's towncrier NEWS.rst, and an overlined RST style.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const section = (name: string, version: string) => {
  const text = read(name);
  return extractChangelogSection(text, version, changelogFormat(name, text));
};

describe('Keep a Changelog (Markdown)', () => {
  it('takes the section of the version, subsections included, and stops at the next version', () => {
    const s = section('keep-a-changelog.md', '2.10.0')!;
    expect(s.heading).toBe('[2.10.0] - 2024-05-01');
    expect(s.body.startsWith('### Added\n\n- Wheels for Python 3.13 (#412).')).toBe(true);
    expect(s.body).toContain('### Fixed\n\n- Crash on empty input (#409).');
    expect(s.body).not.toContain('Release candidate');
    expect(s.body).not.toContain('Something not released yet');
  });

  it('does not mistake a comment inside a code fence for a heading', () => {
    const s = section('keep-a-changelog.md', '2.10.0')!;
    expect(s.body).toContain('```console\n# this is not a heading\n$ tool --dry-run\n```');
  });

  it('keeps the link definitions the section uses and drops the compare-link footer', () => {
    const s = section('keep-a-changelog.md', '2.10.0')!;
    expect(s.body).toContain('[dry-run]: https://example.org/docs/dry-run');
    expect(s.body).not.toContain('[unreleased]:');
    expect(s.body).not.toContain('[2.9.0]:');
  });

  it('tells a pre-release from its final release, and reads the last section to the end without the footer', () => {
    expect(section('keep-a-changelog.md', '2.10.0rc1')!.body).toBe('### Added\n\n- Release candidate for Python 3.13.');
    expect(section('keep-a-changelog.md', '2.9.0')!.body).toBe('### Changed\n\n- Faster startup.');
  });

  it('matches versions as PEP 440 does (v prefix, other spellings)', () => {
    expect(section('keep-a-changelog.md', 'v2.10.0')?.heading).toBe('[2.10.0] - 2024-05-01');
    expect(section('keep-a-changelog.md', '2.10.0-rc.1')?.heading).toBe('[2.10.0rc1] - 2024-04-20');
    expect(section('keep-a-changelog.md', '2.8.1')).toBeUndefined();
  });

  it('lists the versions it has, for error messages', () => {
    expect(changelogVersions(read('keep-a-changelog.md'), 'markdown')).toEqual(['2.10.0', '2.10.0rc1', '2.9.0']);
  });
});

describe('release-please (Markdown)', () => {
  it('reads a linked heading and keeps the sub-headings', () => {
    const s = section('release-please.md', '2.1.0')!;
    expect(s.heading).toMatch(/^\[2\.1\.0\]\(https:/);
    expect(s.body).toContain('### Features');
    expect(s.body).toContain('### Bug Fixes\n\n* keep file order stable');
    expect(s.body).not.toContain('handle empty config');
  });

  it('does not end a "### [2.0.1]" section at its own "### Bug Fixes"', () => {
    const s = section('release-please.md', '2.0.1')!;
    expect(s.body).toBe(
      '### Bug Fixes\n\n* handle empty config ([#9](https://www.github.com/octo/example/issues/9)) ([1111111](https://www.github.com/octo/example/commit/1111111))',
    );
  });
});

describe('setext Markdown (requests HISTORY.md)', () => {
  it('reads underlined headings', () => {
    const s = section('HISTORY.md', '2.31.0')!;
    expect(s.heading).toBe('2.31.0 (2023-05-22)');
    expect(s.body).toBe('**Security**\n\n- Stop leaking a header on redirects to another host.\n\n**Improvements**\n\n- Faster connection reuse.');
  });
});

describe('reStructuredText', () => {
  it('reads Flask-style "Version X" sections and turns roles and literals into Markdown', () => {
    const s = section('CHANGES.rst', '3.0.3')!;
    expect(s.format).toBe('rst');
    expect(s.heading).toBe('Version 3.0.3');
    expect(s.body.split('\n')[0]).toBe('Released 2024-04-07');
    expect(s.body).toContain('-   The default `hashlib.sha1` may not be available in FIPS builds.');
    expect(s.body).toContain('default. #5448');
    expect(s.body).toContain('class. #5270');
    expect(s.body).toContain('    -   Nested item that continues\n        on a second line.');
    expect(s.body).not.toContain('Version 3.0.2');
    expect(s.body).not.toContain('jinja_loader');
  });

  it('reads the unreleased top section too, when asked for its version', () => {
    expect(section('CHANGES.rst', '3.1.0')!.body).toContain('Add `--workers` to the `serve` command. #5601');
  });

  it('reads towncrier NEWS.rst: comments skipped, sub-sections as Markdown headings, links converted', () => {
    const s = section('NEWS.rst', '24.1b2')!;
    expect(s.heading).toBe('24.1b2 (2024-06-12)');
    expect(s.body.startsWith('### Features\n\n- Report informative messages about invalid requirements. ([#12713](https://github.com/pypa/pip/issues/12713))')).toBe(true);
    expect(s.body).toContain('### Bug Fixes');
    expect(s.body).toContain('ending in `+`.');
    expect(s.body).not.toContain('Retry on HTTP status code 502');
  });

  it('turns a literal block into a fenced code block', () => {
    const s = section('NEWS.rst', '24.1b2')!;
    expect(s.body).toContain('- Print an example:\n\n  ```\n  pip install --dry-run example\n  ```\n\n  and carry on.');
  });

  it('tells 24.1 from 24.1.1 and 24.1b2', () => {
    expect(section('NEWS.rst', '24.1')!.body).toBe('### Vendored Libraries\n\n- Upgrade truststore to 0.9.1.');
    expect(section('NEWS.rst', '24.1.1')!.body).toContain('- Upgrade requests to 2.32.3');
    expect(section('NEWS.rst', '24.1.1')!.body).not.toContain('truststore');
  });

  it('skips the towncrier comment block before the first release', () => {
    expect(changelogVersions(read('NEWS.rst'), 'rst')).toEqual(['24.1.1', '24.1', '24.1b2', '24.0']);
  });

  it('reads overlined headings and levels from the order styles appear in', () => {
    const s = section('overlined.rst', '1.4.0')!;
    expect(s.heading).toBe('v1.4.0 (2024-03-01)');
    expect(s.body).toBe('### New\n\n- Support for `pyproject.toml`.');
  });

  it('converts inline markup used in changelogs', () => {
    expect(rstInlineToMarkdown(':issue:`4095, 4295`')).toBe('#4095, #4295');
    expect(rstInlineToMarkdown(':user:`octocat` fixed :func:`~pkg.mod.run`')).toBe('@octocat fixed `pkg.mod.run`');
    expect(rstInlineToMarkdown('see :ref:`the spec <pypug:version-specifiers>`')).toBe('see `the spec`');
    expect(rstInlineToMarkdown('`docs <https://example.org/a>`__')).toBe('[docs](https://example.org/a)');
  });
});

describe('format detection', () => {
  it('goes by the file name', () => {
    expect(changelogFormat('CHANGES.rst', '')).toBe('rst');
    expect(changelogFormat('CHANGELOG.md', '')).toBe('markdown');
    expect(changelogFormat('CHANGES.txt', 'Version 1\n=========\n')).toBe('rst');
    expect(changelogFormat('CHANGES.txt', '## 1.0\n')).toBe('markdown');
  });
});

describe('a changelog made to stall the parser', () => {
  // Lines of a megabyte: the heading and inline patterns would each take hours on them
  // (their cost grows with the square of a line's length); they are passed over instead.
  const spaces = ' '.repeat(1_000_000);

  it('Markdown: finds the section past a heading-like line of spaces, and keeps a long line of the body', () => {
    const text = `# Changelog\n\n## a${spaces}a\n\n## 1.0.0\n\n- Fixed it.\n- ${'x'.repeat(1000)}${spaces}y\n\n## 0.9.0\n\n- Old.\n`;
    const s = extractChangelogSection(text, '1.0.0', 'markdown')!;
    expect(s.heading).toBe('1.0.0');
    expect(s.body.startsWith('- Fixed it.\n- xxx')).toBe(true);
    expect(s.body).not.toContain('Old.');
  });

  it('reStructuredText: finds the section, and leaves the markup of an over-long line as it is', () => {
    const text = `Changes\n=======\n\nVersion 1.0.0\n-------------\n\n- \`${spaces}a::\n- Fixed :issue:\`12\`.\n\nVersion 0.9.0\n-------------\n\n- Old.\n`;
    const s = extractChangelogSection(text, '1.0.0', 'rst')!;
    expect(s.heading).toBe('Version 1.0.0');
    expect(s.body).toContain('- Fixed #12.');
    expect(s.body).toContain(`- \`${' '.repeat(100)}`);
    expect(s.body).not.toContain('Old.');
  });
});
