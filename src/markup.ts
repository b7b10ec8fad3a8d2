/**
 * Text from outside (filenames, versions, messages, URLs) made inert in the two
 * markups the suite writes: HTML (job summaries, the index server's pages) and
 * Markdown tables (the approval brief, the rehearsal report, pull request bodies).
 * The one place that knows how to escape either.
 */

/** For HTML element content and quoted attribute values (Python's html.escape, which warehouse uses). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/**
 * One Markdown table cell (or list item): one line, pipes and backslashes
 * escaped, HTML shown as text, and no inline markup of its own: brackets
 * (links, images), asterisks and tildes (emphasis, strike-through) and
 * backticks are backslash-escaped, so outside text cannot put a link, an
 * image or a bold claim in front of an approver. Underscores stay: inside
 * words they mark nothing, and they fill wheel and runner names.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]*~`]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The longest run of backticks in the text (0 without any). */
function longestBacktickRun(text: string): number {
  return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}

/**
 * A code span that stays one table cell whatever the text holds: its fence is
 * longer than any run of backticks inside (code spans take no backslash
 * escapes, but a table still splits on an unescaped pipe). Empty text gives ''.
 */
export function markdownCode(text: string): string {
  if (text === '') return '';
  const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(inner) + 1);
  const pad = inner.startsWith('`') || inner.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${inner}${pad}${fence}`;
}

/** Whether `url` is one line of http(s): the only links the suite writes around outside URLs. */
export function isWebUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/i.test(url);
}

/** A Markdown link around already-formatted text; without a URL (or with one that is not http(s)), the text alone. */
export function markdownLink(text: string, url: string | undefined): string {
  // Spaces are written as %20 below; anything else that is not one line of http(s) is no link.
  if (!url || !isWebUrl(url.replace(/ /g, '%20'))) return text;
  return `[${text}](${url.replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** A fenced code block whose fence is longer than any run of backticks in the text. */
export function markdownCodeBlock(text: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}`;
}

export interface MarkdownColumn {
  title: string;
  align?: 'left' | 'right';
}

/** A Markdown table from a header and rows of already-formatted cells (markdownCell, markdownCode, markdownLink). */
export function markdownTable(columns: (string | MarkdownColumn)[], rows: string[][]): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(cols.map((c) => c.title)), line(cols.map((c) => (c.align === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
