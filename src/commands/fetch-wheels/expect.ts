/**
 * `expect` lines: tag triples such as cp310-cp310-manylinux2014_x86_64, with
 * `*` and `?` globs inside a part (`cp31?-*-manylinux2014_x86_64`). A wheel
 * meets a line when the line matches the triple written in its filename
 * (compressed sets included, e.g. py2.py3-none-any) or any one tag of its
 * expanded set, compared case-insensitively as packaging does.
 *
 * A line applies to every selected package, unless it starts with a package
 * name and a colon (`ray: py3-none-any`), when it applies to that one only: a
 * release whose packages have different layouts says so line by line.
 */
import type { WheelFilename } from '../../distributions/filename.js';
import { normalizeName } from '../../distributions/names.js';

export interface ExpectLine {
  /** The line as written (trimmed). */
  text: string;
  /** The tag triple, without the package prefix. */
  triple: string;
  /** PEP 503 name of the one package the line is for; undefined: every package. */
  package?: string;
  glob: boolean;
  regex: RegExp;
}

const PACKAGE_PREFIX = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*:\s*(.*)$/s;

export function parseExpectLine(text: string): ExpectLine {
  const trimmed = text.trim();
  const prefixed = PACKAGE_PREFIX.exec(trimmed);
  const triple = prefixed ? prefixed[2]!.trim() : trimmed;
  const body = triple
    .split('')
    .map((c) => (c === '*' ? '[^-]*' : c === '?' ? '[^-]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return {
    text: trimmed,
    triple,
    ...(prefixed ? { package: normalizeName(prefixed[1]!) } : {}),
    glob: /[*?]/.test(triple),
    regex: new RegExp(`^${body}$`, 'i'),
  };
}

/** Whether a line asks something of this package (normalized name). */
export function appliesTo(line: ExpectLine, project: string): boolean {
  return line.package === undefined || line.package === project;
}

/** The triple as the filename writes it: `py2.py3-none-any`. */
export function writtenTriple(w: WheelFilename): string {
  return `${w.pythonTags.join('.')}-${w.abiTags.join('.')}-${w.platformTags.join('.')}`;
}

export function wheelMeets(w: WheelFilename, line: ExpectLine): boolean {
  return line.regex.test(writtenTriple(w)) || w.tags.some((t) => line.regex.test(t));
}
