/**
 * The CRC-32 of every wheel member is always checked: with zlib.crc32 where
 * node has it, with the portable one elsewhere (src/hashing/crc32.ts; both
 * paths are tested in test/unit/hashing/crc32.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { inspectDistribution } from '../../../src/distributions/preflight.js';
import { patchZipEntries } from '../../support/zip-patch.js';
import { makeTempDir, writeWheel } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

describe('member CRC-32', () => {
  it('reports a member whose bytes do not match the CRC-32 the archive declares', async () => {
    const file = await writeWheel(dir, { name: 'demo_pkg', version: '1.0.0' });
    await patchZipEntries(file, { 'demo_pkg/__init__.py': { crc32: 0x12345678 } });
    const info = await inspectDistribution(file);
    const corrupt = info.problems.filter((p) => p.rule === 'zip-member-corrupt');
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]!.message).toContain('demo_pkg/__init__.py (CRC-32 does not match)');
  });

});
