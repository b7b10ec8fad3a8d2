/**
 * The one place that knows every secret of the run (tokens, passwords, URL
 * credentials, OIDC tokens, AWS secrets), and text with them scrubbed out.
 * The actions fill it (src/actions/shared/print.ts also masks each value with
 * the runner); the printer scrubs every line with it, and every writer of a
 * summary, an output or a file for later jobs scrubs what it writes, since the
 * runner masks the log only.
 *
 * The runner masks a secret only where it appears whole and on one line. An
 * index that echoes a token cut at 500 characters, or split over two lines,
 * leaves pieces the runner cannot recognise, so this scrubs fragments too:
 *
 * - a secret is replaced wherever it appears whole (as typed, JSON-escaped and
 *   percent-encoded);
 * - any run of FRAGMENT_LENGTH (8) or more characters that also appears inside a
 *   secret is replaced as well, wherever it is: at a cut, or on either side of
 *   a line break or other whitespace (whitespace is skipped when comparing, and
 *   kept in the text). A secret shorter than 16 characters uses half its
 *   length (at least 4) instead, so no fragment shows more than half of it;
 *   one shorter than 8 characters is replaced only whole.
 * - a window with fewer than 4 different characters ("00000000", "========")
 *   tells nothing about the secret and matches ordinary text (digests, padding),
 *   so it never counts as a fragment.
 * What can still show is a piece shorter than the fragment length at the very
 * edge of a cut: at most 7 characters of a long token.
 *
 * A value shorter than MIN_SCRUBBED (4) characters is left to the runner's
 * mask: scrubbing it would blank that letter or pair in every output and file
 * of the run, and a value that short protects nothing.
 */

export const FRAGMENT_LENGTH = 8;
export const MIN_SCRUBBED = 4;
const MIN_SHORT_FRAGMENT = 4;
const MIN_DISTINCT = 4;
export const SCRUBBED = '***';

/** The fragment length for `secret`, or undefined when it is scrubbed only whole. */
export function fragmentLength(secret: string): number | undefined {
  const length = secret.replace(/\s+/g, '').length;
  if (length < FRAGMENT_LENGTH) return undefined;
  return length >= 2 * FRAGMENT_LENGTH ? FRAGMENT_LENGTH : Math.max(MIN_SHORT_FRAGMENT, Math.ceil(length / 2));
}

function distinct(text: string): number {
  return new Set(text).size;
}

/** The windows of `secret` (whitespace removed) that count as fragments. */
export function fragmentsOf(secret: string): { length: number; windows: string[] } | undefined {
  const length = fragmentLength(secret);
  if (length === undefined) return undefined;
  const compact = secret.replace(/\s+/g, '');
  const windows: string[] = [];
  for (let i = 0; i + length <= compact.length; i++) {
    const w = compact.slice(i, i + length);
    if (distinct(w) >= Math.min(MIN_DISTINCT, length)) windows.push(w);
  }
  return { length, windows };
}

const htmlEscaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The forms a secret takes in text a program writes: as given, trimmed, JSON-escaped, percent-encoded, HTML-escaped (summaries). */
function formsOf(secret: string): string[] {
  const forms = new Set<string>();
  for (const s of [secret, secret.trim()]) {
    if (s.trim() === '') continue;
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
    forms.add(encodeURIComponent(s));
    forms.add(htmlEscaped(s));
  }
  return [...forms];
}

/** What fragment matching looks through: whitespace and invisible format characters (Unicode Cf). */
const SKIPPED = /[\s\p{Cf}]/u;
/** A format character, or half of one beyond the BMP (a tag character), tested one UTF-16 unit at a time. */
const INVISIBLE = /[\p{Cf}\uD800-\uDFFF]/u;

export class SecretRegistry {
  /** every form added, scrubbed or not */
  private readonly known = new Set<string>();
  /** the forms scrubbed */
  private readonly values = new Set<string>();
  /** fragment length → windows of that length */
  private readonly windows = new Map<number, Set<string>>();
  /** values longest first, so a secret that contains another is replaced whole */
  private sorted: string[] = [];

  /** Adds `secret` in every form it may take; returns the forms that were not known before (for the runner to mask). */
  add(secret: string | undefined): string[] {
    if (secret === undefined) return [];
    const added = formsOf(secret).filter((f) => !this.known.has(f));
    for (const form of added) {
      this.known.add(form);
      if (form.length < MIN_SCRUBBED) continue;
      this.values.add(form);
      const f = fragmentsOf(form);
      if (!f) continue;
      let set = this.windows.get(f.length);
      if (!set) this.windows.set(f.length, (set = new Set()));
      for (const w of f.windows) set.add(w);
    }
    if (added.length > 0) this.sorted = [...this.values].sort((a, b) => b.length - a.length);
    return added;
  }

  get size(): number {
    return this.values.size;
  }

  /** Whether `text` holds a secret whole (in any of its forms); fragments are not counted. */
  holds(text: string): boolean {
    return this.sorted.some((v) => text.includes(v));
  }

  /** `text` with every secret and every fragment of one replaced by ***. */
  scrub(text: string): string {
    if (this.values.size === 0 || text === '') return text;
    let out = text;
    for (const v of this.sorted) if (out.includes(v)) out = out.split(v).join(SCRUBBED);
    return this.windows.size === 0 ? out : this.scrubFragments(out);
  }

  /** A JSON-like value with every string in it (keys included) scrubbed. */
  scrubDeep<T>(value: T): T {
    if (this.values.size === 0) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.scrub(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.scrub(k), walk(x)]));
      }
      return v;
    };
    return walk(value) as T;
  }

  private scrubFragments(text: string): string {
    // Compared without whitespace, so a fragment broken over two lines is still one run, and
    // without invisible format characters (zero-width space, joiners, BOM, soft hyphen), which a
    // server could put between the characters of a token that would then read as whole.
    const at: number[] = [];
    let compact = '';
    for (let i = 0; i < text.length; ) {
      // By code point: the invisible tag characters (U+E0000…) are surrogate pairs.
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      if (!SKIPPED.test(ch)) {
        for (let j = i; j < i + ch.length; j++) {
          at.push(j);
          compact += text[j];
        }
      }
      i += ch.length;
    }
    const covered = new Uint8Array(text.length);
    let any = false;
    for (const [length, set] of this.windows) {
      for (let i = 0; i + length <= compact.length; i++) {
        if (!set.has(compact.slice(i, i + length))) continue;
        for (let j = i; j < i + length; j++) covered[at[j]!] = 1;
        any = true;
      }
    }
    if (!any) return text;
    // An invisible character inside a covered run goes with it; whitespace stays.
    for (let k = 0; k + 1 < at.length; k++) {
      if (!covered[at[k]!] || !covered[at[k + 1]!]) continue;
      for (let i = at[k]! + 1; i < at[k + 1]!; i++) if (INVISIBLE.test(text[i]!)) covered[i] = 1;
    }
    // Each covered stretch between whitespace becomes one ***; the whitespace (a line break) stays.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      if (!covered[i]) {
        out += text[i];
        continue;
      }
      if (i === 0 || !covered[i - 1]) out += SCRUBBED;
    }
    return out;
  }
}

/** The registry of this process: one action run (each bundle has its own), or one CLI command. */
export const runSecrets = new SecretRegistry();

/** Text with every secret of the run, and every fragment of one, replaced by ***. */
export function scrubSecrets(text: string): string {
  return runSecrets.scrub(text);
}

/** Whether `text` holds a secret of the run whole: for text about to be published, which is refused rather than scrubbed. */
export function holdsSecret(text: string): boolean {
  return runSecrets.holds(text);
}

/** A JSON-like value (a result file, a manifest) with every string scrubbed, for files later jobs read. */
export function scrubSecretsDeep<T>(value: T): T {
  return runSecrets.scrubDeep(value);
}
