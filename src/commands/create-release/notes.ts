/**
 * Release notes from several sources, combined in one fixed order and cut to
 * the size GitHub accepts.
 */

/** The sources, in the order their text appears in the release body. */
export const NOTES_ORDER = ['notes', 'notes-file', 'changelog', 'generate-notes'] as const;
export type NotesSource = (typeof NOTES_ORDER)[number];

export interface NotesPart {
  source: NotesSource;
  /** Where the text came from, for the summary: "CHANGELOG.md § [2.10.0] - 2024-05-01". */
  origin: string;
  text: string;
}

/** GitHub refuses a release body longer than this many characters. */
export const GITHUB_BODY_LIMIT = 125_000;

export interface CombinedNotes {
  body: string;
  /** The parts that contributed text, in body order. */
  parts: NotesPart[];
  /** Characters cut to fit GitHub's limit (0 when nothing was cut). */
  cut: number;
}

/**
 * Every given source, trimmed, in NOTES_ORDER, separated by a blank line;
 * empty sources are left out. The result fits in `limit` characters: a longer
 * body is cut at a line boundary and ends with a note saying so.
 */
export function combineNotes(parts: NotesPart[], limit = GITHUB_BODY_LIMIT): CombinedNotes {
  const used = parts
    .map((p) => ({ ...p, text: p.text.replace(/\r\n/g, '\n').trim() }))
    .filter((p) => p.text !== '')
    .sort((a, b) => NOTES_ORDER.indexOf(a.source) - NOTES_ORDER.indexOf(b.source));
  const full = used.map((p) => p.text).join('\n\n');
  const { text, cut } = fitBody(full, limit);
  return { body: text, parts: used, cut };
}

export function truncationNote(cut: number, limit: number): string {
  return `\n\n---\n*These release notes were cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters; ${cut.toLocaleString('en-US')} characters were left out.*`;
}

/** Cuts `body` to at most `limit` characters, at a line boundary when one is near, never inside a surrogate pair. */
export function fitBody(body: string, limit = GITHUB_BODY_LIMIT): { text: string; cut: number } {
  if (body.length <= limit) return { text: body, cut: 0 };
  // The note's own length depends on the number it reports: size it for the worst
  // case, and keep room for closing a code fence.
  const room = limit - truncationNote(body.length, limit).length - 4;
  let end = Math.max(0, room);
  const newline = body.lastIndexOf('\n', end);
  if (newline > 0 && end - newline < 2000) end = newline;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  // trimEnd, not /\s+$/: the regex retries at every space of a long run, which takes minutes on a long one.
  let kept = body.slice(0, end).trimEnd();
  // An unclosed code fence would swallow the note: close it.
  if ((kept.match(/^ {0,3}```/gm) ?? []).length % 2 === 1) kept += '\n```';
  const cut = body.length - kept.length;
  return { text: kept + truncationNote(cut, limit), cut };
}
