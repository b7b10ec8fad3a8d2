/**
 * Reads string literals out of Python source without running it, the way
 * python-semantic-release and release-please do: a pattern match, checked
 * against where comments and string literals are so that an example inside
 * a docstring or a commented-out line is never taken for the version.
 */
export interface PythonStringSpan {
  /** Offsets of the characters between the quotes. */
  start: number;
  end: number;
  value: string;
  /** The variable (or keyword) that holds it. */
  name: string;
}

/** Looks like a version: starts with a digit, optionally after a `v`. */
const VERSION_LIKE = String.raw`[vV]?\d[^'"\\\r\n]*`;
const ANY_VALUE = String.raw`[^'"\\\r\n]+`;

/**
 * Module-level assignments `NAME = "..."` (also `NAME: str = '...'` and `u"..."`)
 * whose whole right-hand side is one string literal. Indented assignments are
 * ignored on purpose: they are the `except ImportError: __version__ = "0.0.0"`
 * fallbacks, not the version.
 */
export function findPythonAssignments(text: string, names: readonly string[], versionLike = true): PythonStringSpan[] {
  const alternatives = names.map(escapeRegExp).join('|');
  const value = versionLike ? VERSION_LIKE : ANY_VALUE;
  const re = new RegExp(
    String.raw`^(${alternatives})[ \t]*(?::[^=\r\n]*)?=[ \t]*[uU]?(['"])(${value})\2[ \t]*(?:;[ \t]*)?(?:#[^\n]*)?\r?$`,
    'gmd',
  );
  return matches(text, re, 3);
}

/**
 * `version="..."` / `version = '...'` in setup.py: the keyword argument to
 * `setup()` or a plain assignment, as long as the value is a literal. Calls such
 * as `version=find_version("ray", "__init__.py")` are not followed.
 */
export function findSetupPyVersions(text: string): PythonStringSpan[] {
  const re = new RegExp(String.raw`(?<![\w.])(version)[ \t]*=(?!=)[ \t]*[uU]?(['"])(${VERSION_LIKE})\2`, 'gd');
  return matches(text, re, 3);
}

function matches(text: string, re: RegExp, group: number): PythonStringSpan[] {
  const inert = inertRanges(text);
  const out: PythonStringSpan[] = [];
  for (const m of text.matchAll(re)) {
    const [start, end] = m.indices![group]!;
    if (isInside(inert, m.index)) continue;
    out.push({ start, end, value: m[group]!, name: m[1]! });
  }
  return out;
}

/** [start, end) ranges of comments and string literals, from a small Python tokenizer. */
export function inertRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      ranges.push([i, stop]);
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = i;
      const triple = text.startsWith(c.repeat(3), i);
      const delimiter = triple ? c.repeat(3) : c;
      i += delimiter.length;
      while (i < text.length && !text.startsWith(delimiter, i)) {
        if (!triple && text[i] === '\n') break; // unterminated: stop at the line end
        i += text[i] === '\\' ? 2 : 1;
      }
      i = Math.min(text.length, i + delimiter.length);
      ranges.push([start, i]);
    } else {
      i++;
    }
  }
  return ranges;
}

function isInside(ranges: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
