import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Printer } from '../../../src/cli/print.js';
import { runSecrets } from '../../../src/text/secrets.js';
import { CommandProcessor, LineSplitter } from '../../support/workflow-commands.js';

/** What the runner would make of everything written to one printer. */
function replay(written: string[]) {
  const p = new CommandProcessor();
  const lines = new LineSplitter((l) => p.line(l));
  for (const w of written) lines.push(w);
  lines.end();
  return p;
}

describe('the CLI printer', () => {
  let written: string[];
  let runner: boolean;
  let printer: Printer;
  beforeEach(() => {
    written = [];
    runner = true;
    printer = new Printer({ write: (t: string) => written.push(t) }, () => runner);
  });
  afterEach(() => {
    written = [];
  });

  it('fences text that holds a command on a runner: shown, not run', () => {
    printer.write('Diff:\n  ::set-output name=version::6.6.6\n##[add-mask]everything\n');
    const p = replay(written);
    expect(p.commands.map((c) => c.command)).toEqual(['stop-commands']);
    expect(p.resumed).toEqual([p.commands[0]!.data]);
    expect(p.logLines).toEqual(['Diff:', '  ::set-output name=version::6.6.6', '##[add-mask]everything']);
  });

  it('prints plain text as it is, and does not fence off the runner', () => {
    printer.write('plain\n');
    runner = false;
    printer.write('::set-output name=x::1\n');
    expect(written).toEqual(['plain\n', '::set-output name=x::1\n']);
  });

  it('ends the line in progress before a fence, so a command cannot be assembled from two writes', () => {
    printer.write('progress ##');
    printer.write('[set-output name=x;]1\n');
    const p = replay(written);
    expect(p.commands.filter((c) => c.command !== 'stop-commands')).toEqual([]);
    expect(p.logLines).toEqual(['progress ##', '[set-output name=x;]1']);
  });

  it('escapes control characters and scrubs secrets, on a terminal too', () => {
    runner = false;
    runSecrets.add('ghp_cliPrinterSecret1234567890');
    printer.write('\x1b]0;title\x07 token ghp_cliPrinterSecret1234567890\n');
    expect(written).toEqual(['\\x1B]0;title\\x07 token ***\n']);
  });
});
