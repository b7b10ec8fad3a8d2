/** HTML as indexes write it: character references in attribute values, anchor texts and error pages. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Named (the few indexes use) and numeric character references; anything else is left as written. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The attributes of one tag's inside (`href="…" data-yanked`), names lower-cased, values unescaped; the first of a name wins. */
export function parseAttributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, unescapeHtml(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/**
 * `html` with every tag (`<` to the next `>`) replaced by `replacement`, as /<[^>]*>/g would, but in
 * one pass: that expression retries from every `<` of a tag left open, which a page a server made
 * up can have by the million.
 */
export function replaceTags(html: string, replacement = ''): string {
  let out = '';
  let at = 0;
  for (;;) {
    const lt = html.indexOf('<', at);
    const gt = lt === -1 ? -1 : html.indexOf('>', lt);
    if (gt === -1) return out + html.slice(at);
    out += html.slice(at, lt) + replacement;
    at = gt + 1;
  }
}

/** The text after the first match of `open` up to the first `close` (lower case, matched in any case) after it, or undefined: what /open([\s\S]*?)close/i finds, in one pass. */
export function textBetween(html: string, open: RegExp, close: string): string | undefined {
  const m = open.exec(html);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  const end = html.toLowerCase().indexOf(close, start);
  return end === -1 ? undefined : html.slice(start, end);
}

/** The attribute text of each `<name …>` tag, in order; linear however the page is made (a tag left open ends the search). */
export function* tagAttributes(html: string, name: string): Generator<string> {
  const open = new RegExp(`<${name}\\b`, 'gi');
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const end = html.indexOf('>', m.index);
    if (end === -1) return;
    yield html.slice(m.index + 1 + name.length, end);
    open.lastIndex = end + 1;
  }
}
