import { describe, expect, it } from '@jest/globals';
import {
  CommandProcessor,
  FileCommandError,
  LineSplitter,
  parseCommandLine,
  parseKeyValueFile,
  parsePathFile,
  unescapeCommandValue,
} from '../../support/workflow-commands.js';

describe('parseKeyValueFile (GITHUB_OUTPUT / GITHUB_ENV format)', () => {
  it('reads name=value lines, keeping "=" and "<<" inside values', () => {
    expect(parseKeyValueFile('a=1\nb=x=y\nc=p<<q\nempty=\n')).toEqual({ a: '1', b: 'x=y', c: 'p<<q', empty: '' });
  });

  it('reads heredoc blocks with the runner-style ghadelimiter and keeps inner newlines', () => {
    const d = 'ghadelimiter_0b3a6c1e-4a55-4d9b-9d2f-3f7b8f7b1c2d';
    const text = `multi<<${d}\nline 1\n\nk=v inside\n${d}\nafter=yes\n`;
    expect(parseKeyValueFile(text)).toEqual({ multi: 'line 1\n\nk=v inside', after: 'yes' });
  });

  it('gives an empty value for an empty heredoc and lets later values win', () => {
    expect(parseKeyValueFile('x<<EOF\nEOF\nx=2\ny=1\ny<<E\nlast\nE\n')).toEqual({ x: '2', y: 'last' });
  });

  it('does not end a heredoc on a line that merely contains the delimiter', () => {
    expect(parseKeyValueFile('x<<EOF\n EOF\nEOF2\nEOF\n')).toEqual({ x: ' EOF\nEOF2' });
  });

  it('keeps a carriage return in the value, as the Linux runner does', () => {
    expect(parseKeyValueFile('a=1\r\n')).toEqual({ a: '1\r' });
  });

  it('rejects what the runner rejects', () => {
    expect(() => parseKeyValueFile('x<<EOF\nno end\n')).toThrow(FileCommandError);
    expect(() => parseKeyValueFile('=value\n')).toThrow(/Name must not be empty/);
    expect(() => parseKeyValueFile('<<EOF\nEOF\n')).toThrow(FileCommandError);
    expect(() => parseKeyValueFile('just words\n')).toThrow(/Invalid format/);
  });
});

describe('parsePathFile', () => {
  it('keeps non-empty lines in order', () => {
    expect(parsePathFile('/a\n\n/b c\r\n')).toEqual(['/a', '/b c']);
  });
});

describe('workflow command lines', () => {
  it('unescapes in one pass like the runner', () => {
    expect(unescapeCommandValue('100%25 done%0Anext%0D%3A%2C')).toBe('100% done\nnext\r:,');
    expect(unescapeCommandValue('%253A')).toBe('%3A');
  });

  it('parses the command, the properties and the data', () => {
    expect(parseCommandLine('  ::error file=a%2Cb.py,line=3,title=T%3A x::bad%0Athing')).toEqual({
      command: 'error',
      properties: { file: 'a,b.py', line: '3', title: 'T: x' },
      data: 'bad\nthing',
    });
    expect(parseCommandLine('::warning::')).toEqual({ command: 'warning', properties: {}, data: '' });
  });

  it('reads the legacy ##[command] form anywhere in a line, as the runner does', () => {
    expect(parseCommandLine('the server said ##[set-output name=x;]v%3B1')).toEqual({ command: 'set-output', properties: { name: 'x' }, data: 'v;1' });
    expect(parseCommandLine('##[add-mask]s3cret')).toEqual({ command: 'add-mask', properties: {}, data: 's3cret' });
    expect(parseCommandLine('##[made-up]x')).toBeUndefined();
  });

  it('ignores lines that are not commands', () => {
    expect(parseCommandLine('text ::error::x')).toBeUndefined();
    expect(parseCommandLine('::error no end')).toBeUndefined();
    expect(parseCommandLine('::made-up::x')).toBeUndefined();
  });
});

describe('CommandProcessor', () => {
  it('collects annotations and masks, and masks later log lines only', () => {
    const p = new CommandProcessor();
    for (const l of ['early s3cret', '::add-mask::s3cret', 'late s3cret', '::error::oops s3cret', '::notice title=x::n']) p.line(l);
    expect(p.masks).toEqual(['s3cret']);
    expect(p.messages('error')).toEqual(['oops s3cret']);
    expect(p.messages('notice')).toEqual(['n']);
    expect(p.logLines).toEqual(['early s3cret', 'late ***', 'Error: oops ***', 'Notice: n']);
  });

  it('honours stop-commands until the token line', () => {
    const p = new CommandProcessor();
    for (const l of ['::stop-commands::tok123', '::error::not a command', '::tok123::', '::error::real']) p.line(l);
    expect(p.messages('error')).toEqual(['real']);
    expect(p.logLines).toContain('::error::not a command');
  });

  it('resumes only on the stop token, in either form, and runs nothing in between', () => {
    const p = new CommandProcessor();
    for (const l of ['::stop-commands::tok9', '##[set-output name=x;]1', '::tok8::', '##[tok9]', '::error::after']) p.line(l);
    expect(p.commands.map((c) => c.command)).toEqual(['stop-commands', 'error']);
    expect(p.resumed).toEqual(['tok9']);
    expect(p.legacyOutputs).toEqual({});
  });

  it('treats the legacy set-output command as the runner does (value kept, deprecation warned)', () => {
    const p = new CommandProcessor();
    p.line('::set-output name=x::1');
    expect(p.legacyOutputs).toEqual({ x: '1' });
    expect(p.runnerWarnings[0]).toMatch(/deprecated/);
  });
});

describe('LineSplitter', () => {
  it('joins chunks into lines and flushes the last partial line', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push('a\nb');
    s.push('c\n\nd');
    expect(lines).toEqual(['a', 'bc', '']);
    s.end();
    expect(lines).toEqual(['a', 'bc', '', 'd']);
  });

  it('ends a line at a bare CR and at CRLF, as StreamReader.ReadLine does, even across chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    s.push('a\rb\r');
    s.push('\nc\r');
    s.end();
    expect(lines).toEqual(['a', 'b', 'c']);
  });
});
