import { describe, expect, it } from '@jest/globals';
import { escapeControls, holdsCommand, runsAsCommand } from '../../../src/text/untrusted.js';

describe('escapeControls', () => {
  it('escapes ESC, bare CR, other C0, DEL and C1 controls, keeping tab and line feed', () => {
    expect(escapeControls('a\x1b[31mred\x1b[0m')).toBe('a\\x1B[31mred\\x1B[0m');
    expect(escapeControls('one\rtwo')).toBe('one\\x0Dtwo');
    expect(escapeControls('tab\there\nnext\x00\x07\x7f\x85\x9b')).toBe('tab\there\nnext\\x00\\x07\\x7F\\x85\\x9B');
  });

  it('turns CRLF into LF', () => {
    expect(escapeControls('a\r\nb\r\n')).toBe('a\nb\n');
  });

  it('escapes the line separators and the bidi controls that make text read otherwise', () => {
    expect(escapeControls('x\u2028y\u202Ez\u2066')).toBe('x\\u2028y\\u202Ez\\u2066');
  });
});

describe('runsAsCommand: what the runner would run', () => {
  it('finds `::` at the start of a line after any whitespace it trims', () => {
    for (const line of ['::set-output name=x::1', '   ::set-output name=version::6.6.6', '\t::error::x', '\u00a0\u2003::warning::x', '\u0085::x::']) {
      expect(runsAsCommand(line)).toBe(true);
    }
  });

  it('finds the legacy ##[command] form anywhere in the line', () => {
    expect(runsAsCommand('the server said ##[set-output name=x;]1')).toBe(true);
  });

  it('leaves other lines alone', () => {
    for (const line of ['a :: b', 'x::y', 'key: value', '# [heading]', '']) expect(runsAsCommand(line)).toBe(false);
  });

  it('splits text as the runner does, on LF, CR and CRLF', () => {
    expect(holdsCommand('fine\n::stop-commands::x')).toBe(true);
    expect(holdsCommand('fine\r::stop-commands::x')).toBe(true);
    expect(holdsCommand('fine\r\n  ::add-mask::x')).toBe(true);
    expect(holdsCommand('fine\nstill fine')).toBe(false);
  });
});
