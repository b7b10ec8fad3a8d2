/**
 * Whether a dependency specifier (PEP 508, a Requires-Dist value) parses as
 * `packaging.requirements.Requirement` parses it, which warehouse runs on every
 * upload. A port of packaging's tokenizer and recursive-descent parser
 * (`packaging/_tokenizer.py`, `_parser.py`, 22 and later): the same tokens,
 * tried at the same positions, in the same order, so that a value is refused
 * here exactly when PyPI would refuse it. test/unit/distributions/requirement
 * checks it against packaging itself.
 */

const SPECIFIER_SOURCE = String.raw`(?:===\s*[^\s;)]*)|(?:(?:==|!=)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:\.\*|(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)|(?:(?:<=|>=|<|>)\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?(?:[-_.]?dev[-_.]?[0-9]*)?)`;

/** packaging's DEFAULT_RULES, as sticky expressions matched at a position. */
const RULES = {
  LEFT_PARENTHESIS: /\(/y,
  RIGHT_PARENTHESIS: /\)/y,
  LEFT_BRACKET: /\[/y,
  RIGHT_BRACKET: /\]/y,
  SEMICOLON: /;/y,
  COMMA: /,/y,
  QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
  OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
  BOOLOP: /\b(?:or|and)\b/y,
  IN: /\bin\b/y,
  NOT: /\bnot\b/y,
  VARIABLE: /\b(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)\b/y,
  SPECIFIER: new RegExp(SPECIFIER_SOURCE, 'iy'),
  AT: /@/y,
  URL: /[^ \t]+/y,
  IDENTIFIER: /\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b/y,
  VERSION_PREFIX_TRAIL: /\.\*/y,
  VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
  WS: /[ \t]+/y,
  END: /$/y,
} as const;

type Rule = keyof typeof RULES;

class SyntaxFailure extends Error {}

class Tokenizer {
  position = 0;
  constructor(private readonly source: string) {}

  /** The text of `rule` at the position, or undefined. */
  private match(rule: Rule): string | undefined {
    const re = RULES[rule];
    re.lastIndex = this.position;
    return re.exec(this.source)?.[0];
  }

  check(rule: Rule): boolean {
    return this.match(rule) !== undefined;
  }

  /** Reads `rule` when it is next. */
  consume(rule: Rule): boolean {
    const text = this.match(rule);
    if (text === undefined) return false;
    this.position += text.length;
    return true;
  }

  expect(rule: Rule, expected: string): string {
    const text = this.match(rule);
    if (text === undefined) throw new SyntaxFailure(`Expected ${expected} at position ${this.position}`);
    this.position += text.length;
    return text;
  }

  fail(message: string): never {
    throw new SyntaxFailure(`${message} at position ${this.position}`);
  }

  /** `open` body `close`, or the body alone when `open` is not next. */
  enclosed(open: Rule, close: Rule, around: string, body: () => void): void {
    const opened = this.consume(open);
    body();
    if (opened && !this.consume(close)) this.fail(`Expected matching ${close} for ${open}, after ${around}`);
  }
}

function extras(t: Tokenizer): void {
  if (!t.check('LEFT_BRACKET')) return;
  t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', 'extras', () => {
    t.consume('WS');
    if (t.consume('IDENTIFIER')) {
      for (;;) {
        t.consume('WS');
        if (t.check('IDENTIFIER')) t.fail('Expected comma between extra names');
        if (!t.consume('COMMA')) break;
        t.consume('WS');
        t.expect('IDENTIFIER', 'extra name after comma');
      }
    }
    t.consume('WS');
  });
}

/** Whether any specifier was read. */
function versionMany(t: Tokenizer): boolean {
  let any = false;
  for (;;) {
    if (!t.consume('SPECIFIER')) break;
    any = true;
    if (t.check('VERSION_PREFIX_TRAIL')) t.fail('.* suffix can only be used with `==` or `!=` operators');
    if (t.check('VERSION_LOCAL_LABEL_TRAIL')) t.fail('Local version label can only be used with `==` or `!=` operators');
    t.consume('WS');
    if (!t.consume('COMMA')) break;
    t.consume('WS');
  }
  return any;
}

function markerVar(t: Tokenizer): void {
  if (t.consume('VARIABLE')) return;
  if (t.consume('QUOTED_STRING')) return;
  t.fail('Expected a marker variable or quoted string');
}

function markerOp(t: Tokenizer): void {
  if (t.consume('IN')) return;
  if (t.consume('NOT')) {
    t.expect('WS', "whitespace after 'not'");
    t.expect('IN', "'in' after 'not'");
    return;
  }
  if (t.consume('OP')) return;
  t.fail('Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}

function markerAtom(t: Tokenizer): void {
  t.consume('WS');
  if (t.check('LEFT_PARENTHESIS')) {
    t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'marker expression', () => {
      t.consume('WS');
      marker(t);
      t.consume('WS');
    });
  } else {
    t.consume('WS');
    markerVar(t);
    t.consume('WS');
    markerOp(t);
    t.consume('WS');
    markerVar(t);
    t.consume('WS');
  }
  t.consume('WS');
}

function marker(t: Tokenizer): void {
  markerAtom(t);
  while (t.consume('BOOLOP')) markerAtom(t);
}

function requirementMarker(t: Tokenizer, expected: string): void {
  if (!t.consume('SEMICOLON')) t.fail(`Expected ${expected} or end`);
  marker(t);
  t.consume('WS');
}

/**
 * `problem`: why `text` is not a dependency specifier packaging accepts (absent when it is one);
 * `direct`: it is a direct reference (`name @ url`), which PyPI refuses as a dependency.
 */
export function checkRequirement(text: string): { problem: string } | { direct: boolean } {
  const t = new Tokenizer(text);
  let url = false;
  try {
    t.consume('WS');
    t.expect('IDENTIFIER', 'package name at the start of dependency specifier');
    t.consume('WS');
    extras(t);
    t.consume('WS');
    if (t.consume('AT')) {
      url = true;
      t.consume('WS');
      t.expect('URL', 'URL after @');
      if (!t.check('END')) {
        t.expect('WS', 'whitespace after URL');
        if (!t.check('END')) requirementMarker(t, 'semicolon (after URL and whitespace)');
      }
    } else {
      let specifier = false;
      t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', 'version specifier', () => {
        t.consume('WS');
        specifier = versionMany(t);
        t.consume('WS');
      });
      t.consume('WS');
      if (!t.check('END')) {
        requirementMarker(t, specifier ? 'comma (within version specifier), semicolon (after version specifier)' : 'semicolon (after name with no version specifier)');
      }
    }
    t.expect('END', 'end of dependency specifier');
    return { direct: url };
  } catch (err) {
    if (err instanceof SyntaxFailure) return { problem: err.message };
    throw err;
  }
}
