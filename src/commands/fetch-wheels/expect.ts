/**
 * `expect` lines: tag triples such as cp310-cp310-manylinux2014_x86_64, with
 * `*` and `?` globs inside a part (`cp31?-*-manylinux2014_x86_64`). A wheel
 * meets a line when the line matches the triple written in its filename
 * (compressed sets included, e.g. py2.py3-none-any) or any one tag of its
 * expanded set, compared case-insensitively as packaging does.
 */
import type { WheelFilename } from '../../distributions/index.js';

export interface ExpectLine {
  text: string;
  glob: boolean;
  regex: RegExp;
}

export function parseExpectLine(text: string): ExpectLine {
  const body = text
    .trim()
    .split('')
    .map((c) => (c === '*' ? '[^-]*' : c === '?' ? '[^-]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return { text: text.trim(), glob: /[*?]/.test(text), regex: new RegExp(`^${body}$`, 'i') };
}

/** The triple as the filename writes it: `py2.py3-none-any`. */
export function writtenTriple(w: WheelFilename): string {
  return `${w.pythonTags.join('.')}-${w.abiTags.join('.')}-${w.platformTags.join('.')}`;
}

export function wheelMeets(w: WheelFilename, line: ExpectLine): boolean {
  return line.regex.test(writtenTriple(w)) || w.tags.some((t) => line.regex.test(t));
}
