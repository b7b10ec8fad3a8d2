/**
 * Finds where a string value sits in TOML *text*. smol-toml tells us what the
 * document means; this scanner tells us which characters to replace, so a
 * rewrite changes nothing else (comments, quoting, layout, line endings).
 * It assumes the text is valid TOML (callers parse it first) and reads just
 * enough of the grammar to follow tables, dotted keys, inline tables, arrays
 * and multi-line strings.
 */
export interface TomlStringSpan {
  /** Offsets of the characters between the quotes. */
  start: number;
  end: number;
  raw: string;
  quote: '"' | "'";
}

export function findTomlStringSpans(text: string, keyPath: readonly string[]): TomlStringSpan[] {
  const scanner = new Scanner(text, keyPath);
  scanner.document();
  return scanner.found;
}

/** Splits a dotted key as written in a `files` line (`tool.poetry.version`, `tool."my.tool".version`). */
export function parseDottedKey(text: string): string[] | undefined {
  const scanner = new Scanner(text, []);
  try {
    const key = scanner.key();
    scanner.spaces();
    return scanner.atEnd() && key.length > 0 ? key : undefined;
  } catch {
    return undefined;
  }
}

class Scanner {
  readonly found: TomlStringSpan[] = [];
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly target: readonly string[],
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  document(): void {
    // null while inside an array of tables: its keys have no unique dotted path.
    let table: string[] | null = [];
    while (true) {
      this.blanks();
      if (this.atEnd()) return;
      if (this.text[this.pos] === '[') {
        const isArray = this.text[this.pos + 1] === '[';
        this.pos += isArray ? 2 : 1;
        this.spaces();
        const key = this.key();
        this.spaces();
        this.expect(isArray ? ']]' : ']');
        table = isArray ? null : key;
      } else {
        const key = this.key();
        this.spaces();
        this.expect('=');
        this.spaces();
        this.value(table ? [...table, ...key] : null);
      }
      this.spaces();
      if (this.text[this.pos] === '#') this.comment();
      if (!this.atEnd() && !this.newline()) throw new Error(`unexpected "${this.text[this.pos]}" at ${this.pos}`);
    }
  }

  key(): string[] {
    const parts: string[] = [];
    while (true) {
      this.spaces();
      const c = this.text[this.pos];
      if (c === '"') {
        const { start, end } = this.basicString();
        const raw = this.text.slice(start, end);
        parts.push(raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw);
      } else if (c === "'") {
        const { start, end } = this.literalString();
        parts.push(this.text.slice(start, end));
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(this.text.slice(this.pos, this.pos + 256));
        if (!m) throw new Error(`expected a key at ${this.pos}`);
        parts.push(m[0]);
        this.pos += m[0].length;
      }
      this.spaces();
      if (this.text[this.pos] !== '.') return parts;
      this.pos++;
    }
  }

  private value(path: string[] | null): void {
    const t = this.text;
    const c = t[this.pos];
    if (t.startsWith('"""', this.pos)) return this.multiline('"""');
    if (t.startsWith("'''", this.pos)) return this.multiline("'''");
    if (c === '"' || c === "'") {
      const { start, end } = c === '"' ? this.basicString() : this.literalString();
      if (path && sameKey(path, this.target)) this.found.push({ start, end, raw: t.slice(start, end), quote: c });
      return;
    }
    if (c === '[') {
      this.pos++;
      while (true) {
        this.blanks();
        if (t[this.pos] === ']') break;
        this.value(null);
        this.blanks();
        if (t[this.pos] === ',') this.pos++;
        else if (t[this.pos] !== ']') throw new Error(`expected , or ] at ${this.pos}`);
      }
      this.pos++;
      return;
    }
    if (c === '{') {
      this.pos++;
      while (true) {
        this.blanks();
        if (t[this.pos] === '}') break;
        const key = this.key();
        this.spaces();
        this.expect('=');
        this.spaces();
        this.value(path ? [...path, ...key] : null);
        this.blanks();
        if (t[this.pos] === ',') this.pos++;
        else if (t[this.pos] !== '}') throw new Error(`expected , or } at ${this.pos}`);
      }
      this.pos++;
      return;
    }
    const start = this.pos;
    while (!this.atEnd() && !/[,\]}\r\n#]/.test(t[this.pos])) this.pos++;
    if (this.pos === start) throw new Error(`expected a value at ${start}`);
  }

  private basicString(): { start: number; end: number } {
    const start = ++this.pos;
    while (this.text[this.pos] !== '"') {
      if (this.atEnd() || this.text[this.pos] === '\n') throw new Error(`unterminated string at ${start}`);
      this.pos += this.text[this.pos] === '\\' ? 2 : 1;
    }
    return { start, end: this.pos++ };
  }

  private literalString(): { start: number; end: number } {
    const start = ++this.pos;
    const end = this.text.indexOf("'", start);
    if (end < 0) throw new Error(`unterminated string at ${start}`);
    this.pos = end + 1;
    return { start, end };
  }

  private multiline(delimiter: '"""' | "'''"): void {
    let i = this.pos + 3;
    while (!this.text.startsWith(delimiter, i)) {
      if (i >= this.text.length) throw new Error(`unterminated string at ${this.pos}`);
      i += delimiter === '"""' && this.text[i] === '\\' ? 2 : 1;
    }
    // Up to two quotes right before the closing delimiter belong to the content.
    let extra = 0;
    while (extra < 2 && this.text[i + 3] === delimiter[0]) {
      i++;
      extra++;
    }
    this.pos = i + 3;
  }

  spaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }

  /** Spaces, newlines and comments. */
  private blanks(): void {
    while (!this.atEnd()) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') this.pos++;
      else if (c === '#') this.comment();
      else return;
    }
  }

  private comment(): void {
    while (!this.atEnd() && this.text[this.pos] !== '\n') this.pos++;
  }

  private newline(): boolean {
    if (this.text.startsWith('\r\n', this.pos)) this.pos += 2;
    else if (this.text[this.pos] === '\n') this.pos++;
    else return false;
    return true;
  }

  private expect(s: string): void {
    if (!this.text.startsWith(s, this.pos)) throw new Error(`expected "${s}" at ${this.pos}`);
    this.pos += s.length;
  }
}

function sameKey(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}
