import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { runAction } from '../../../src/actions/shared/run.js';

let stdout: string;
beforeAll(() => {
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterAll(() => {
  jest.restoreAllMocks();
  process.exitCode = undefined;
});
beforeEach(() => {
  stdout = '';
  process.exitCode = undefined;
});

describe('runAction', () => {
  it('fails the step when the process would exit with the body still waiting', async () => {
    // A body waiting on a callback that never comes: once the event loop is empty, Node emits beforeExit and then exits 0.
    void runAction('demo-action', () => new Promise<void>(() => undefined));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stdout).toBe('');
    process.emit('beforeExit', 0);
    expect(stdout).toContain('::error::demo-action stopped before it finished: it was waiting for something that can no longer happen');
    expect(process.exitCode).toBe(1);
    // Said once, however often the loop empties.
    process.emit('beforeExit', 1);
    expect(stdout.match(/stopped before it finished/g)).toHaveLength(1);
  });

  it('says nothing more once the body has finished, or failed', async () => {
    await runAction('done-action', async () => undefined);
    await runAction('refused-action', async () => {
      throw new Error('boom');
    });
    stdout = '';
    process.exitCode = undefined;
    process.emit('beforeExit', 0);
    expect(stdout).toBe('');
    expect(process.exitCode).toBeUndefined();
  });
});
