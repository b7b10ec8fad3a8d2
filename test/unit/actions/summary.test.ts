/** src/actions/shared/summary.ts: what goes into core.summary's tables and lists is escaped first. */
import { describe, expect, it } from '@jest/globals';
import * as core from '@actions/core';
import * as html from '../../../src/actions/shared/summary.js';

describe('summary pieces', () => {
  it('make outside text inert in cells, links and headers', () => {
    expect(html.text('<img src=x>')).toBe('&lt;img src=x&gt;');
    expect(html.code('a<b')).toBe('<code>a&lt;b</code>');
    expect(html.code(undefined)).toBe('—');
    expect(html.code('', 'none')).toBe('none');
    expect(html.link('https://x/"onmouseover="y', html.text('<b>'))).toBe('<a href="https://x/&quot;onmouseover=&quot;y">&lt;b&gt;</a>');
    expect(html.paragraph(html.text('a & b'))).toBe('<p>a &amp; b</p>');
  });

  it('build tables core.summary renders as HTML', () => {
    const rendered = core.summary
      .addTable([html.header('File', '<sha>'), [html.text('x<y.whl'), html.code('abc')]])
      .addTable(html.factsTable([['Tag', html.code('v1')]]))
      .stringify();
    core.summary.emptyBuffer();
    expect(rendered).toBe(
      '<table><tr><th>File</th><th>&lt;sha&gt;</th></tr><tr><td>x&lt;y.whl</td><td><code>abc</code></td></tr></table>\n'
        + '<table><tr><th>Item</th><th>Value</th></tr><tr><td>Tag</td><td><code>v1</code></td></tr></table>\n',
    );
  });
});
