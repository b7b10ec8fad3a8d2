import { describe, expect, it } from '@jest/globals';
import { combineNotes, fitBody, GITHUB_BODY_LIMIT } from '../../../../src/commands/create-release/notes.js';

describe('combineNotes', () => {
  it('joins the sources in a fixed order, whatever order they come in, with a blank line between', () => {
    const out = combineNotes([
      { source: 'generate-notes', origin: 'GitHub', text: "## What's Changed\n* x" },
      { source: 'changelog', origin: 'CHANGELOG.md', text: '### Added\n- y\n' },
      { source: 'notes', origin: 'input', text: '  Highlights first.  ' },
      { source: 'notes-file', origin: 'notes.md', text: 'From a file.\r\nSecond line.' },
    ]);
    expect(out.body).toBe("Highlights first.\n\nFrom a file.\nSecond line.\n\n### Added\n- y\n\n## What's Changed\n* x");
    expect(out.parts.map((p) => p.source)).toEqual(['notes', 'notes-file', 'changelog', 'generate-notes']);
    expect(out.cut).toBe(0);
  });

  it('leaves out empty sources', () => {
    const out = combineNotes([
      { source: 'notes', origin: 'input', text: '   ' },
      { source: 'changelog', origin: 'CHANGELOG.md', text: 'Only this.' },
    ]);
    expect(out.body).toBe('Only this.');
    expect(out.parts).toHaveLength(1);
  });

  it('cuts a body over the limit and says so', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `- change number ${i}`).join('\n');
    const out = combineNotes([{ source: 'changelog', origin: 'CHANGELOG.md', text: long }]);
    expect(long.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
    expect(out.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(out.cut).toBeGreaterThan(0);
    expect(out.body).toMatch(/cut to fit GitHub's limit of 125,000 characters; [\d,]+ characters were left out/);
    // Cut at a line boundary: the last kept line is a whole entry.
    const kept = out.body.split('\n---\n')[0]!.trimEnd().split('\n');
    expect(kept.at(-1)).toMatch(/^- change number \d+$/);
    expect(long.startsWith(kept.join('\n'))).toBe(true);
  });
});

describe('fitBody', () => {
  it('leaves a body within the limit alone', () => {
    expect(fitBody('abc', 10)).toEqual({ text: 'abc', cut: 0 });
  });

  it('never splits a surrogate pair and closes an open code fence', () => {
    const body = '```\n' + '😀'.repeat(400);
    const { text, cut } = fitBody(body, 400);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(cut).toBeGreaterThan(0);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(text).toMatch(/\n```\n\n---\n/);
  });
});

describe('fitBody on a body made to stall it', () => {
  it('cuts after a long run of spaces without retrying the run at every space', () => {
    // The cut falls in the b's, after the run: /\s+$/ would scan the rest of the run from each of its spaces.
    const head = `notes\n${'a'.repeat(100)}${' '.repeat(140_000)}`;
    const body = `${head}${'b'.repeat(100_000)}`;
    const { text, cut } = fitBody(body, 150_000);
    expect(text.startsWith(`${head}bbb`)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(150_000);
    expect(cut).toBeGreaterThan(90_000);
  });
});
