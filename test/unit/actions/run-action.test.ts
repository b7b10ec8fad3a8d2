import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../../../src/actions/shared/run.js';
import { captureStdout } from '../../support/stdout.js';

let stdout: ReturnType<typeof captureStdout>;
beforeAll(() => {
  stdout = captureStdout();
});
afterAll(() => {
  stdout.restore();
  process.exitCode = undefined;
});
beforeEach(() => {
  stdout.clear();
  process.exitCode = undefined;
});

describe('runAction', () => {
  it('fails the step when the process would exit with the body still waiting', async () => {
    // A body waiting on a callback that never comes: once the event loop is empty, Node emits beforeExit and then exits 0.
    void runAction('demo-action', () => new Promise<void>(() => undefined));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout.text).toBe('');
    process.emit('beforeExit', 0);
    expect(stdout.text).toContain('::error::demo-action stopped before it finished: it was waiting for something that can no longer happen');
    expect(process.exitCode).toBe(1);
    // Said once, however often the loop empties.
    process.emit('beforeExit', 1);
    expect(stdout.text.match(/stopped before it finished/g)).toHaveLength(1);
  });

  it('says nothing more once the body has finished, or failed', async () => {
    await runAction('done-action', async () => undefined);
    await runAction('refused-action', async () => {
      throw new Error('boom');
    });
    stdout.clear();
    process.exitCode = undefined;
    process.emit('beforeExit', 0);
    expect(stdout.text).toBe('');
    expect(process.exitCode).toBeUndefined();
  });
});
