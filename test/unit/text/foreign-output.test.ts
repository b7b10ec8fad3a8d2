/**
 * What libraries print themselves, past the printer: the guard on a stream
 * shows it and runs nothing in it, keeps the printer's own lines as they are,
 * lets @actions/core's debug and mask lines through, and scrubs secrets.
 */
import { beforeEach, describe, expect, it } from '@jest/globals';
import { asOwnOutput, guardStream } from '../../../src/actions/shared/foreign-output.js';
import { runSecrets } from '../../../src/text/secrets.js';
import { CommandProcessor, foreignCommands, LineSplitter } from '../../support/workflow-commands.js';

const HOSTILE = 'HOSTILE';
const SECRET = 'foreignOutputSecretValue0123456789';

/** A stream as the runner reads it, with the guard on. */
function guarded() {
  const stream = {
    written: '',
    write(chunk: unknown, encoding?: unknown, callback?: unknown): boolean {
      this.written += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      const cb = typeof encoding === 'function' ? encoding : callback;
      if (typeof cb === 'function') (cb as () => void)();
      return true;
    },
  };
  guardStream(stream);
  return stream;
}

function runner(text: string): CommandProcessor {
  const p = new CommandProcessor();
  const lines = new LineSplitter((l) => p.line(l));
  lines.push(text);
  lines.end();
  return p;
}

/** The commands the runner ran, but fences that ended (a fence runs nothing but the pause). */
function ran(p: CommandProcessor) {
  return p.commands.filter((c) => !(c.command === 'stop-commands' && /^[0-9a-f]{32}$/.test(c.data) && p.resumed.includes(c.data)));
}

describe('output the printer did not make', () => {
  let s: ReturnType<typeof guarded>;
  beforeEach(() => {
    s = guarded();
  });

  it('is shown and runs nothing: commands at a line start, legacy commands anywhere, a stop-commands', () => {
    s.write(`Downloading raw file (non-zip) to: /tmp/##[set-output name=wheels;]${HOSTILE}\n`);
    s.write(`error from server:\n::set-output name=urls::${HOSTILE}\n  ::stop-commands::${HOSTILE}\n::warning::${HOSTILE}\n`);
    const p = runner(s.written);
    expect(foreignCommands(p.commands, p.resumed, HOSTILE)).toEqual([]);
    expect(p.legacyOutputs).toEqual({});
    expect(ran(p)).toEqual([]);
    expect(p.logLines).toEqual([
      `Downloading raw file (non-zip) to: /tmp/##[set-output name=wheels;]${HOSTILE}`,
      'error from server:',
      `::set-output name=urls::${HOSTILE}`,
      `  ::stop-commands::${HOSTILE}`,
      `::warning::${HOSTILE}`,
    ]);
  });

  it('that holds no command passes as it is', () => {
    s.write('Artifact download completed successfully.\n');
    expect(s.written).toBe('Artifact download completed successfully.\n');
  });

  it("leaves the printer's own commands alone", () => {
    asOwnOutput(() => s.write(`::error::upload failed\n::add-mask::x${SECRET}\n`));
    expect(s.written).toBe(`::error::upload failed\n::add-mask::x${SECRET}\n`);
  });

  it("lets a library's debug line and mask through, and scrubs the masked value from what follows", () => {
    s.write('::debug::checking cache: /opt/hostedtoolcache/Python%0A::set-output name=x::y\n');
    s.write(`::add-mask::${SECRET}\n`);
    s.write(`token was ${SECRET}\n`);
    const p = runner(s.written);
    expect(p.commands.map((c) => c.command)).toEqual(['debug', 'add-mask']);
    expect(p.masks).toEqual([SECRET]);
    expect(s.written).not.toContain(`token was ${SECRET}`);
    expect(s.written).toContain('token was ***');
    expect(runSecrets.scrub(SECRET)).toBe('***');
  });

  it('scrubs secrets of the run and escapes control characters', () => {
    const secret = 'anotherForeignOutputSecret987654321';
    runSecrets.add(secret);
    s.write(`echo ${secret.slice(0, 20)} \x1b[2J cleared, \rrewritten\n`);
    expect(s.written).toBe('echo *** \\x1B[2J cleared, \\x0Drewritten\n');
  });

  it('fences on a line of its own when the write starts mid-line, and takes bytes and callbacks', () => {
    s.write('progress: ');
    let called = false;
    s.write(Buffer.from(`50%\n::set-output name=x::${HOSTILE}\n`), () => {
      called = true;
    });
    expect(called).toBe(true);
    const p = runner(s.written);
    expect(ran(p)).toEqual([]);
    expect(p.logLines).toEqual(['progress: ', '50%', `::set-output name=x::${HOSTILE}`]);
  });

  it('is guarded once however many bundles ask', () => {
    guardStream(s);
    s.write(`::set-output name=x::${HOSTILE}\n`);
    expect(s.written.match(/::stop-commands::/g)).toHaveLength(1);
  });
});
