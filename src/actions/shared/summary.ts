/**
 * Pieces for job summaries. core.summary's methods (addHeading, addTable,
 * addList, addCodeBlock, addRaw) write their arguments as HTML, unescaped; text
 * that came from outside (filenames, versions, messages, URLs) goes through
 * these first, so it shows as written and cannot add markup.
 */
import type { summary } from '@actions/core';
import { escapeHtml, isWebUrl } from '../../markup.js';

type SummaryTableRow = Parameters<typeof summary.addTable>[0][number];

/** Plain text as HTML. */
export function text(value: string): string {
  return escapeHtml(value);
}

/** Text in <code>; missing or empty text gives `missing`. */
export function code(value: string | undefined, missing = '—'): string {
  return value ? `<code>${escapeHtml(value)}</code>` : missing;
}

/** A link around a label made with text() or code(); an href that is not http(s) (a server's javascript:, data:…) gives the label alone. */
export function link(href: string, labelHtml: string): string {
  return isWebUrl(href) ? `<a href="${escapeHtml(href)}">${labelHtml}</a>` : labelHtml;
}

/** A paragraph of HTML made from the pieces above. */
export function paragraph(html: string): string {
  return `<p>${html}</p>`;
}

/** A table's header row. */
export function header(...titles: string[]): SummaryTableRow {
  return titles.map((title) => ({ data: escapeHtml(title), header: true }));
}

/** A two-column table of facts (name, HTML value), as several summaries open with. */
export function factsTable(rows: [string, string][], titles: [string, string] = ['Item', 'Value']): SummaryTableRow[] {
  return [header(...titles), ...rows.map(([name, value]) => [escapeHtml(name), value])];
}
