/**
 * The documentation holds together: every relative link points at a file in
 * this repository that exists (and at a heading there, when it names one), no
 * document sends the reader to a file outside the repository, and the README
 * stays short enough to read.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { readText, root } from '../workflows/rules.js';

function documents(): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  return ['README.md', 'ARCHITECTURE.md', 'bench/README.md', ...docs];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));
}

/** Markdown links outside code blocks and code spans: [text](target). */
function links(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('documentation links', () => {
  it.each(documents())('%s: every relative link resolves inside the repository', (doc) => {
    const problems: string[] = [];
    for (const target of links(readText(doc))) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
      const [path, fragment] = target.split('#') as [string, string | undefined];
      const file = path === '' ? doc : normalize(join(dirname(doc), path));
      if (relative(root, join(root, file)).startsWith('..')) {
        problems.push(`${target}: outside the repository`);
        continue;
      }
      if (!existsSync(join(root, file))) {
        problems.push(`${target}: ${file} does not exist`);
        continue;
      }
      if (fragment && file.endsWith('.md') && !anchors(readText(file)).has(fragment)) problems.push(`${target}: ${file} has no heading #${fragment}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(documents())('%s: names no design file outside the repository', (doc) => {
    expect(readText(doc)).not.toMatch(/DESIGN\.md|\.\.\/shared\//);
  });

  it('README.md stays under 300 lines, with the quick start on its first screen', () => {
    const lines = readText('README.md').split('\n');
    expect(lines.length).toBeLessThan(300);
    expect(lines.slice(0, 15).some((l) => /^## Quick start/.test(l))).toBe(true);
  });

  it("README.md's documentation table links every file of docs/", () => {
    const readme = readText('README.md');
    const table = readme.slice(readme.indexOf('## Documentation'), readme.indexOf('\n## ', readme.indexOf('## Documentation') + 1));
    const linked = new Set(links(table).map((target) => target.split('#')[0]));
    const unlinked = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`).filter((doc) => !linked.has(doc));
    expect(unlinked).toEqual([]);
  });

  it('the link checks can fail: anchors as GitHub writes them, links in code ignored', () => {
    expect(anchor('The exact-wheel mode (`repository: testpypi`)')).toBe('the-exact-wheel-mode-repository-testpypi');
    expect(anchor('Concurrency, and why the default is 4')).toBe('concurrency-and-why-the-default-is-4');
    expect(links('see [a](docs/a.md#x) and `[b](c.md)`\n```\n[d](e.md)\n```\n')).toEqual(['docs/a.md#x']);
    expect(anchors('# Title\n```\n# not a heading\n```\n## `pyrelease brief`\n')).toEqual(new Set(['title', 'pyrelease-brief']));
  });
});
