import { describe, expect, it } from '@jest/globals';
import { MemoryLogger } from '../../../src/log.js';

describe('MemoryLogger', () => {
  it('keeps lines in order with their level', () => {
    const log = new MemoryLogger();
    log.info('a');
    log.warning('b');
    expect(log.text()).toBe('info: a\nwarning: b');
  });
});
