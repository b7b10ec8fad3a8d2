/**
 * The section of a changelog that belongs to one version: Markdown (Keep a
 * Changelog, release-please, towncrier's Markdown, setext headings as in
 * requests' HISTORY.md) and reStructuredText (CHANGES.rst, towncrier's
 * NEWS.rst). RST sections are turned into Markdown, since GitHub renders
 * release notes as Markdown.
 */
import { comparePep440, normalizedPep440, parsePep440 } from '../../versions/pep440.js';

export type ChangelogFormat = 'markdown' | 'rst';

export interface ChangelogSection {
  /** The heading's text, e.g. "[2.10.0] - 2024-05-01". */
  heading: string;
  /** The section without its heading, as Markdown. */
  body: string;
  format: ChangelogFormat;
}

interface Heading {
  /** Index of the first line of the heading (the overline or the title). */
  start: number;
  /** Index of the first line after the heading. */
  end: number;
  level: number;
  text: string;
}

export function changelogFormat(fileName: string, text: string): ChangelogFormat {
  if (/\.(rst|rest|txt)$/i.test(fileName)) {
    // .txt is ambiguous: call it Markdown when it has ATX headings.
    if (/\.txt$/i.test(fileName) && /^#{1,6}\s/m.test(text)) return 'markdown';
    return 'rst';
  }
  return 'markdown';
}

function normalizeVersion(v: string): string | undefined {
  return normalizedPep440(v);
}

/** "[2.10.0](https://…) - 2024-05-01" → "2.10.0 - 2024-05-01": links and emphasis reduced to their text. */
function plainHeading(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, '$1')
    .replace(/[*_`]/g, '');
}

function headingTokens(text: string): string[] {
  return plainHeading(text)
    .split(/[\s,;()[\]|/]+/)
    .map((t) => t.replace(/:$/, ''))
    .filter((t) => t !== '');
}

/** The PEP 440 version a heading names, if any: "2.10.0", "v2.10.0", "Version 2.10.0", "ray 2.10.0 (date)", "pkg@2.10.0". */
function headingVersions(text: string): string[] {
  const out: string[] = [];
  for (const token of headingTokens(text)) {
    for (const candidate of [token, token.replace(/^[vV](?=\d)/, ''), token.split('@').pop() ?? '']) {
      if (!/^\d+(\.\d+)+/.test(candidate)) continue;
      const n = normalizeVersion(candidate);
      if (n) out.push(n);
    }
  }
  return out;
}

function sameVersion(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  return pa !== undefined && pb !== undefined && comparePep440(pa, pb) === 0;
}

/** A heading that opens a release: it starts with a version ("[2.0.1](…) (date)", "v2.0.1", "Version 2.0.1") or says Unreleased. */
function opensRelease(text: string): boolean {
  const tokens = headingTokens(text);
  const first = /^(version|release)$/i.test(tokens[0] ?? '') ? tokens[1] : tokens[0];
  if (first === undefined) return false;
  return /^unreleased$/i.test(first) || headingVersions(first).length > 0;
}

// ---------------------------------------------------------------- Markdown

/**
 * A line longer than this is never a heading. No real heading comes near it, and the heading
 * patterns (an ATX heading's optional closing hashes, a title's links) cost time in proportion
 * to the square of a line's length: a changelog with a line of a megabyte of spaces must not
 * stall the step.
 */
const MAX_HEADING_LINE = 1000;
/** A line longer than this keeps its reStructuredText markup as it is, for the same reason. */
const MAX_MARKUP_LINE = 4000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LINK_DEF = /^ {0,3}\[([^\]]+)\]:\s*\S+/;

/** Marks the lines inside fenced code blocks, where nothing is a heading. */
function fencedLines(lines: string[]): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  let open: string | undefined;
  lines.forEach((line, i) => {
    const m = FENCE.exec(line);
    if (open) {
      inside[i] = true;
      if (m && m[1]![0] === open[0] && m[1]!.length >= open.length) open = undefined;
    } else if (m) {
      open = m[1]!;
      inside[i] = true;
    }
  });
  return inside;
}

function markdownHeadings(lines: string[], fenced: boolean[]): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (fenced[i] || lines[i]!.length > MAX_HEADING_LINE) continue;
    const atx = ATX.exec(lines[i]!);
    if (atx) {
      headings.push({ start: i, end: i + 1, level: atx[1]!.length, text: (atx[2] ?? '').trim() });
      continue;
    }
    const next = lines[i + 1];
    const title = lines[i]!;
    if (
      next !== undefined &&
      !fenced[i + 1] &&
      SETEXT.exec(next) &&
      title.trim() !== '' &&
      !/^ {4}/.test(title) &&
      !/^\s*([-*+>]|\d+[.)])\s/.test(title) &&
      (i === 0 || lines[i - 1]!.trim() === '' || headings.at(-1)?.end === i)
    ) {
      headings.push({ start: i, end: i + 2, level: next.trim().startsWith('=') ? 1 : 2, text: title.trim() });
      i++;
    }
  }
  return headings;
}

function markdownSection(text: string, version: string): ChangelogSection | undefined {
  const lines = text.split(/\r?\n/);
  const fenced = fencedLines(lines);
  const headings = markdownHeadings(lines, fenced);
  const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
  if (index < 0) return undefined;
  const h = headings[index]!;
  // The section ends at a shallower heading or at the next heading that opens a
  // release, whatever its depth: release-please wrote "### [2.0.1]" under
  // "## [2.1.0]", and "### Bug Fixes" at the depth of "### [2.0.1]".
  const next = headings.slice(index + 1).find((o) => o.level < h.level || opensRelease(o.text));
  const bodyLines = lines.slice(h.end, next ? next.start : lines.length);

  // Reference-style links: the definitions usually sit at the end of the file
  // (Keep a Changelog's compare links). Drop them from the section, then append
  // those the section uses.
  const defs = new Map<string, string>();
  lines.forEach((line, i) => {
    const m = fenced[i] ? null : LINK_DEF.exec(line);
    if (m) defs.set(m[1]!.toLowerCase(), line.trim());
  });
  const bodyFenced = fencedLines(bodyLines);
  const kept = bodyLines.filter((line, i) => bodyFenced[i] || !LINK_DEF.test(line));
  const body = trimBlankLines(kept).join('\n');
  const used = new Set<string>();
  for (const m of body.matchAll(/\[([^\]]+)\](?!\()/g)) used.add(m[1]!.toLowerCase());
  const needed = [...defs.entries()].filter(([label]) => used.has(label)).map(([, line]) => line);
  const full = needed.length > 0 ? `${body}\n\n${needed.join('\n')}` : body;
  return { heading: h.text, body: full, format: 'markdown' };
}

// ---------------------------------------------------------------- reStructuredText

const ADORNMENT = /^([!-/:-@[-`{-~])\1*\s*$/;

function isAdornment(line: string | undefined, minLength = 3): boolean {
  return line !== undefined && ADORNMENT.test(line) && line.trim().length >= minLength;
}

function rstHeadings(lines: string[]): Heading[] {
  const styles: string[] = [];
  const levelOf = (style: string) => {
    if (!styles.includes(style)) styles.push(style);
    return styles.indexOf(style) + 1;
  };
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_HEADING_LINE || (lines[i + 1]?.length ?? 0) > MAX_HEADING_LINE) continue;
    const prevBlank = i === 0 || lines[i - 1]!.trim() === '';
    // Overline, title, underline of the same character.
    if (
      prevBlank &&
      isAdornment(line) &&
      lines[i + 1] !== undefined &&
      lines[i + 1]!.trim() !== '' &&
      !isAdornment(lines[i + 1]) &&
      isAdornment(lines[i + 2]) &&
      lines[i + 2]!.trim()[0] === line.trim()[0]
    ) {
      headings.push({ start: i, end: i + 3, level: levelOf(`o${line.trim()[0]}`), text: lines[i + 1]!.trim() });
      i += 2;
      continue;
    }
    // Title and underline: the title starts at the margin, the underline is at least as long (or 3+ for short titles).
    const under = lines[i + 1];
    if (
      prevBlank &&
      line.trim() !== '' &&
      !/^\s/.test(line) &&
      !isAdornment(line) &&
      !line.startsWith('..') &&
      isAdornment(under, Math.min(3, line.trim().length)) &&
      under!.trim().length >= Math.min(line.trim().length, 3) &&
      (lines[i + 2] === undefined || lines[i + 2]!.trim() === '' || !isAdornment(lines[i + 2]))
    ) {
      headings.push({ start: i, end: i + 2, level: levelOf(`u${under!.trim()[0]}`), text: line.trim() });
      i += 1;
    }
  }
  return headings;
}

/** reStructuredText inline markup → Markdown, for what changelogs use. */
export function rstInlineToMarkdown(text: string): string {
  // Like headings (MAX_HEADING_LINE): the inline patterns cost time in the square of a line's length.
  if (text.length > MAX_MARKUP_LINE) return text;
  return (
    text
      // `text <https://…>`_ and anonymous __
      .replace(/`([^`<]+?)\s*<([^>]+)>`__?/g, '[$1]($2)')
      // Sphinx roles that name GitHub objects
      .replace(/:(?:issue|pr|pull|gh):`([^`]+)`/g, (_m, n: string) => n.split(/[\s,]+/).map((x) => `#${x.replace(/^#/, '')}`).join(', '))
      .replace(/:(?:user|ghuser|github):`([^`]+)`/g, '@$1')
      // Any other role: its text (the part before <target> when there is one)
      .replace(/:[\w:+-]+:`([^`]+)`/g, (_m, t: string) => `\`${t.replace(/\s*<[^>]*>$/, '').replace(/^[~!]/, '')}\``)
      // ``literal`` → `literal`
      .replace(/``([^`]+)``/g, '`$1`')
  );
}

function rstSection(text: string, version: string): ChangelogSection | undefined {
  const lines = text.split(/\r?\n/);
  const headings = rstHeadings(lines);
  const index = headings.findIndex((h) => headingVersions(h.text).some((v) => sameVersion(v, version)));
  if (index < 0) return undefined;
  const h = headings[index]!;
  const nextIndex = headings.findIndex((o, j) => j > index && o.level <= h.level);
  const stop = nextIndex < 0 ? lines.length : headings[nextIndex]!.start;
  const inner = headings.filter((o, j) => j > index && (nextIndex < 0 || j < nextIndex));

  const out: string[] = [];
  let i = h.end;
  while (i < stop) {
    const sub = inner.find((o) => o.start === i);
    if (sub) {
      out.push(`${'#'.repeat(Math.min(6, 2 + sub.level - h.level))} ${rstInlineToMarkdown(sub.text)}`);
      i = sub.end;
      continue;
    }
    const line = lines[i]!;
    // Comments (".. towncrier release notes start") and directives without content are dropped.
    if (/^\.\.(\s|$)/.test(line) && !/^\.\. \w[\w-]*::/.test(line)) {
      i++;
      while (i < stop && (lines[i]!.trim() === '' || /^\s/.test(lines[i]!))) {
        if (lines[i]!.trim() === '' && i + 1 < stop && !/^\s/.test(lines[i + 1]!) && lines[i + 1]!.trim() !== '') break;
        i++;
      }
      continue;
    }
    // A paragraph ending in "::" introduces an indented literal block: make it a fenced block.
    if (line.length <= MAX_MARKUP_LINE && line.trimEnd().endsWith('::') && !/^\.\. /.test(line)) {
      const text = line.trimEnd();
      if (text.slice(0, -2).trim() !== '') out.push(rstInlineToMarkdown(text.slice(0, -1)));
      // The block is indented relative to the paragraph's text (after a list marker, if any).
      const baseIndent = (/^\s*(?:(?:[-*+]|\d+[.)]|#\.)\s+)?/.exec(line)![0]).length;
      let j = i + 1;
      while (j < stop && lines[j]!.trim() === '') j++;
      const block: string[] = [];
      while (j < stop && (lines[j]!.trim() === '' || /^\s*/.exec(lines[j]!)![0].length > baseIndent)) block.push(lines[j++]!);
      while (block.length > 0 && block.at(-1)!.trim() === '') block.pop();
      if (block.length > 0) {
        // Folded, not spread: a file's block can be longer than a call's arguments may be.
        const indent = block.filter((l) => l.trim() !== '').reduce((m, l) => Math.min(m, /^\s*/.exec(l)![0].length), Infinity);
        out.push('', ' '.repeat(baseIndent) + '```');
        for (const l of block) out.push(' '.repeat(baseIndent) + l.slice(indent));
        out.push(' '.repeat(baseIndent) + '```', '');
        i = j;
        continue;
      }
      i++;
      continue;
    }
    out.push(rstInlineToMarkdown(line));
    i++;
  }
  return { heading: h.text, body: trimBlankLines(out).join('\n').replace(/\n{3,}/g, '\n\n'), format: 'rst' };
}

function trimBlankLines(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b).map((l) => l.trimEnd());
}

/**
 * The section for `version` (compared as PEP 440, so "v2.10.0", "2.10.0" and
 * "2.10" name the same release), or undefined when the changelog has none.
 */
export function extractChangelogSection(text: string, version: string, format: ChangelogFormat): ChangelogSection | undefined {
  const wanted = normalizeVersion(version) ?? version;
  return format === 'rst' ? rstSection(text, wanted) : markdownSection(text, wanted);
}

/** The versions the changelog has sections for, in file order: for error messages. */
export function changelogVersions(text: string, format: ChangelogFormat): string[] {
  const lines = text.split(/\r?\n/);
  const headings = format === 'rst' ? rstHeadings(lines) : markdownHeadings(lines, fencedLines(lines));
  return [...new Set(headings.flatMap((h) => headingVersions(h.text)))];
}
