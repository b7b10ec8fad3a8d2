/**
 * Just enough of Python's configparser (as setuptools uses it) to find one
 * option in one section of setup.cfg and where its value sits: sections are
 * `[name]`, option names are case-insensitive, `=` or `:` separate, lines
 * starting with `#` or `;` are comments, and an indented line continues the
 * previous value. setuptools enables no inline comments.
 */
export interface IniValue {
  /** Offsets of the value with surrounding spaces trimmed. */
  start: number;
  end: number;
  value: string;
  /** True when indented lines continue the value (e.g. `package_dir =\n    =src`). */
  multiline: boolean;
  /** The value including its continuation lines, joined with "\n". */
  full: string;
}

interface Line {
  start: number;
  text: string; // without the line terminator
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    out.push({ start: m.index, text: m[1]! });
    if (m[0] === '') break;
  }
  return out;
}

export function findIniValue(text: string, section: string, option: string): IniValue | undefined {
  const all = lines(text);
  let current: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const { start, text: line } = all[i]!;
    const header = /^\[([^\]]+)\]/.exec(line.replace(/^\uFEFF/, ''));
    if (header) {
      current = header[1];
      continue;
    }
    // A line this long is no option of a version (and the pattern below takes time in its square).
    if (current !== section || line.length > 4096 || /^\s*[#;]/.test(line) || /^\s/.test(line)) continue;
    const m = /^([^=:]+?)[ \t]*[=:][ \t]*(.*?)[ \t]*$/d.exec(line);
    if (!m || m[1]!.toLowerCase() !== option.toLowerCase()) continue;
    const [vs, ve] = m.indices![2]!;
    const continuation: string[] = [];
    for (let j = i + 1; j < all.length; j++) {
      const next = all[j]!.text;
      if (next.trim() === '' || !/^\s/.test(next)) break;
      continuation.push(next.trim());
    }
    const value = m[2]!;
    return {
      start: start + vs,
      end: start + ve,
      value,
      multiline: continuation.length > 0,
      full: [value, ...continuation].filter((s) => s !== '').join('\n'),
    };
  }
  return undefined;
}
