import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { error, fail, info, registerSecret, setOutput, warning } from '../../../src/actions/shared/print.js';
import { captureStdout } from '../../support/stdout.js';
import { CommandProcessor, foreignCommands, LineSplitter, parseKeyValueFile } from '../../support/workflow-commands.js';

const SECRET = 'pypi-unitTestTokenForThePrinter0123456789abcdef';
const HOSTILE = 'HOSTILE';
const BODY = `Bad request\n::set-output name=urls::${HOSTILE}\n  ::stop-commands::${HOSTILE}pause\n##[add-mask]${HOSTILE}\n\x1b[2J${HOSTILE} cleared`;

let stdout: ReturnType<typeof captureStdout>;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'print-test-'));
  stdout = captureStdout();
});
afterAll(() => {
  stdout.restore();
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  stdout.clear();
});

/** What the runner makes of what was printed. */
function runner(): CommandProcessor {
  const p = new CommandProcessor();
  const lines = new LineSplitter((l) => p.line(l));
  lines.push(stdout.text);
  lines.end();
  return p;
}

describe('the actions’ printer', () => {
  it('shows a hostile body in the log and runs none of its commands', () => {
    info(`Failed: ${BODY}`);
    const p = runner();
    expect(foreignCommands(p.commands, p.resumed, HOSTILE)).toEqual([]);
    expect(p.legacyOutputs).toEqual({});
    expect(p.masks).toEqual([]);
    expect(p.logLines).toEqual([
      'Failed: Bad request',
      `::set-output name=urls::${HOSTILE}`,
      `  ::stop-commands::${HOSTILE}pause`,
      `##[add-mask]${HOSTILE}`,
      `\\x1B[2J${HOSTILE} cleared`,
    ]);
  });

  it('prints a line that holds no command as it is, without a fence', () => {
    info('Uploaded demo-1.0.tar.gz');
    expect(stdout.text).toBe('Uploaded demo-1.0.tar.gz\n');
  });

  it('keeps annotations and the failure on their one command line', () => {
    warning(`attempt 1 failed: ${BODY}`);
    error(`upload failed: ${BODY}`);
    fail(`Failed: ${BODY}`);
    const p = runner();
    expect(foreignCommands(p.commands, p.resumed, HOSTILE)).toEqual([]);
    expect(p.commands.map((c) => c.command)).toEqual(['warning', 'error', 'error']);
    expect(p.messages('warning')[0]).toContain(`\n::set-output name=urls::${HOSTILE}`);
    expect(process.exitCode).toBe(1);
  });

  it('masks a registered secret with the runner and scrubs it, fragments included, from lines and outputs', () => {
    const output = join(dir, 'output');
    writeFileSync(output, '');
    process.env.GITHUB_OUTPUT = output;
    registerSecret(SECRET);
    info(`echo: ${SECRET.slice(0, 20)}\n${SECRET.slice(20)}`);
    setOutput('url', `https://x/?t=${SECRET.slice(5)}`);
    const p = runner();
    expect(p.masks).toContain(SECRET);
    expect(p.logLines).toEqual(['echo: ***', '***']);
    expect(parseKeyValueFile(readFileSync(output, 'utf8'))).toEqual({ url: 'https://x/?t=***' });
  });

  it('scrubs the step summary however it was built', async () => {
    const summary = join(dir, 'summary');
    writeFileSync(summary, '');
    process.env.GITHUB_STEP_SUMMARY = summary;
    registerSecret(SECRET);
    await core.summary.addHeading('Result').addCodeBlock(`401: ${SECRET.slice(0, 30)}…`).write();
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('<h1>Result</h1>');
    expect(text).toContain('401: ***…');
    expect(text).not.toContain(SECRET.slice(0, 8));
  });

  it('escapes control characters in the step summary: no escape sequence or bidi override reaches it', async () => {
    // core.summary keeps the path it first found; the file is emptied instead.
    const summary = join(dir, 'summary');
    writeFileSync(summary, '');
    await core.summary.addCodeBlock('index said: \x1b[31mred \u202Erev\r\nnext\rover').write();
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('index said: \\x1B[31mred \\u202Erev\nnext\\x0Dover');
    expect(text).not.toMatch(/[\x1b\u202e\r]/);
  });
});
