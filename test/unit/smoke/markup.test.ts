/** src/markup.ts: the one place that makes outside text inert in HTML and in Markdown tables. */
import { describe, expect, it } from '@jest/globals';
import { escapeHtml, isWebUrl, markdownCell, markdownCode, markdownCodeBlock, markdownLink, markdownTable } from '../../../src/markup.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#x27;y&#x27;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl')).toBe('ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl');
  });
});

describe('Markdown', () => {
  it('keeps a cell on one line, its pipes and backslashes escaped, HTML shown as text', () => {
    expect(markdownCell('evil | <script>\r\nrow \\ & more')).toBe('evil \\| &lt;script&gt; row \\\\ &amp; more');
    expect(markdownCell('![t](https://evil.example/t.png) [Approve](https://evil.example) **all verified** ~~no~~ `x`')).toBe(
      '!\\[t\\](https://evil.example/t.png) \\[Approve\\](https://evil.example) \\*\\*all verified\\*\\* \\~\\~no\\~\\~ \\`x\\`',
    );
  });

  it('fences a code span longer than any backtick run inside, and escapes pipes', () => {
    expect(markdownCode('v1.2.0')).toBe('`v1.2.0`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('``x``')).toBe('``` ``x`` ```');
    expect(markdownCode('we|rd\nname')).toBe('`we\\|rd name`');
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'https://h/\n::warning::y')).toBe('x');
    expect(markdownCode('')).toBe('');
  });

  it('links with the URL made safe for the parentheses', () => {
    expect(markdownLink('#12', 'https://github.com/o/r/pull/12')).toBe('[#12](https://github.com/o/r/pull/12)');
    expect(markdownLink('x', 'https://h/a (b)')).toBe('[x](https://h/a%20(b%29)');
    expect(markdownLink('plain', undefined)).toBe('plain');
  });

  it('lays out a table with its alignment row', () => {
    expect(markdownTable(['File', { title: 'Size', align: 'right' }], [['`a.whl`', '1 KiB'], ['`b.whl`', '']])).toBe(
      ['| File | Size |', '| --- | ---: |', '| `a.whl` | 1 KiB |', '| `b.whl` |  |'].join('\n'),
    );
  });
});

describe('Markdown code blocks', () => {
  it('fence the text with more backticks than it holds', () => {
    expect(markdownCodeBlock('a\nb', 'text')).toBe('```text\na\nb\n```');
    expect(markdownCodeBlock('use ```fences```\n', 'diff')).toBe('````diff\nuse ```fences```\n````');
  });
});

describe('isWebUrl', () => {
  it('takes one line of http(s) and nothing else: no other scheme, no line break, no bidi control', () => {
    expect(isWebUrl('https://github.com/o/r/releases/tag/v1.0')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:3000/o/r')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://github.com/o/r\n::warning::x', 'https://github.com/o/r\u202Eevil', 'https://h/a b', 'ftp://h/x', '']) {
      expect(isWebUrl(bad)).toBe(false);
    }
  });
});
