import { describe, expect, it } from '@jest/globals';
import { FRAGMENT_LENGTH, fragmentLength, SecretRegistry } from '../../../src/text/secrets.js';

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJGQ3Yzk2ZTUxLWJkMmEtNGJmNi1hYjYwLTVlMjQ2ZDU4ZGM5YQACKlszLCJwcm9qZWN0Il0AAAYgR7Xq9';

function registry(...secrets: string[]): SecretRegistry {
  const r = new SecretRegistry();
  for (const s of secrets) r.add(s);
  return r;
}

describe('SecretRegistry.scrub', () => {
  it('replaces a secret wherever it appears whole, and its JSON-escaped and percent-encoded forms', () => {
    const r = registry('pa"ss/wörd');
    expect(r.scrub('a pa"ss/wörd b')).toBe('a *** b');
    expect(r.scrub(JSON.stringify({ p: 'pa"ss/wörd' }))).toBe('{"p":"***"}');
    expect(r.scrub(`https://u:${encodeURIComponent('pa"ss/wörd')}@h/`)).toBe('https://u:***@h/');
    expect(r.scrub('<pre>pa&quot;ss/wörd</pre>')).toBe('<pre>***</pre>');
  });

  it('returns the new forms only once, for the runner to mask', () => {
    const r = new SecretRegistry();
    expect(r.add('a<b def')).toEqual(['a<b def', 'a%3Cb%20def', 'a&lt;b def']);
    expect(r.add('a<b def')).toEqual([]);
    expect(r.add('  ')).toEqual([]);
    expect(r.add(undefined)).toEqual([]);
  });

  it('scrubs the prefix an echo cut at 500 characters leaves', () => {
    const echo = `${'x'.repeat(480)}token=${TOKEN}`.slice(0, 500);
    const prefix = echo.slice(486);
    expect(TOKEN.startsWith(prefix)).toBe(true);
    const out = registry(TOKEN).scrub(`${echo}…`);
    expect(out).toBe(`${'x'.repeat(480)}token=***…`);
  });

  it('scrubs a secret split over two lines, keeping the line break', () => {
    const out = registry(TOKEN).scrub(`Invalid token ${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)} given`);
    expect(out).toBe('Invalid token ***\n*** given');
  });

  it('scrubs a secret with invisible characters between its pieces, and drops them with it', () => {
    // Zero-width space every 7 characters (each piece shorter than a fragment), joiners, a BOM, a tag character.
    const spaced = TOKEN.match(/.{1,7}/g)!.join('\u200b');
    expect(registry(TOKEN).scrub(`403 Invalid token ${spaced} given`)).toBe('403 Invalid token *** given');
    const mixed = `${TOKEN.slice(0, 5)}\u200d${TOKEN.slice(5, 11)}\ufeff${TOKEN.slice(11, 16)}\u{e0041}${TOKEN.slice(16, 20)}\n${TOKEN.slice(20, 26)}`;
    expect(registry(TOKEN).scrub(`[${mixed}]`)).toBe('[***\n***]');
    // Invisible characters elsewhere are kept.
    expect(registry(TOKEN).scrub('a\u200bb')).toBe('a\u200bb');
  });

  it('scrubs pieces shorter than the fragment length when they join across the break', () => {
    // 5 characters before the break and 5 after: neither alone is a fragment, together they are.
    const piece = TOKEN.slice(40, 50);
    const out = registry(TOKEN).scrub(`a ${piece.slice(0, 5)}\n${piece.slice(5)} b`);
    expect(out).toBe('a ***\n*** b');
  });

  it('leaves text that shares fewer than the fragment length with any secret alone', () => {
    const seven = TOKEN.slice(10, 10 + FRAGMENT_LENGTH - 1);
    expect(registry(TOKEN).scrub(`look: ${seven} here`)).toBe(`look: ${seven} here`);
    expect(registry(TOKEN).scrub(`look: ${TOKEN.slice(10, 10 + FRAGMENT_LENGTH)} here`)).toBe('look: *** here');
  });

  it('never counts a window of fewer than 4 different characters as a fragment', () => {
    const r = registry('ghs_workflowTokenForTests0000000000000');
    expect(r.scrub('sha 0000000000000000 and Tests000')).toBe('sha 0000000000000000 and ***');
  });

  it('uses half the length for a secret shorter than 16 characters, and only the whole for one under 8', () => {
    expect(fragmentLength('abcdefghij')).toBe(5);
    expect(fragmentLength('abcdefg')).toBeUndefined();
    expect(fragmentLength(TOKEN)).toBe(FRAGMENT_LENGTH);
    expect(registry('hunter2!x').scrub('the pw ends hter2!x or starts hunte')).toBe('the pw ends h*** or starts ***');
    expect(registry('short').scrub('short shor')).toBe('*** shor');
  });

  it('leaves a value shorter than 4 characters to the runner’s mask, so the outputs keep their letters', () => {
    const r = new SecretRegistry();
    expect(r.add('t')).toEqual(['t']);
    expect(r.scrub("Input 'token' is invalid")).toBe("Input 'token' is invalid");
    expect(r.add('t0k3')).toEqual(['t0k3']);
    expect(r.scrub('a t0k3 b')).toBe('a *** b');
  });

  it('replaces the longer of two secrets whole when one contains the other', () => {
    expect(registry('abcd', 'abcdefgh12').scrub('x abcdefgh12 y abcd')).toBe('x *** y ***');
  });

  it('scrubs every string of a JSON value, keys included', () => {
    const r = registry(TOKEN);
    expect(r.scrubDeep({ error: `bad ${TOKEN}`, list: [TOKEN, 3, null], [TOKEN]: true, n: 1 })).toEqual({
      error: 'bad ***',
      list: ['***', 3, null],
      '***': true,
      n: 1,
    });
  });

  it('changes nothing when it knows no secret', () => {
    const value = { a: 'x' };
    expect(new SecretRegistry().scrubDeep(value)).toBe(value);
    expect(new SecretRegistry().scrub(TOKEN)).toBe(TOKEN);
  });
});
