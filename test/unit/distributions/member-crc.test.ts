/**
 * The CRC-32 of every wheel member is always checked: the check needs
 * zlib.crc32, so package.json's engines admits only the Node versions that
 * have it (20.15 and later in 20.x, 22.2 and later), instead of the check
 * being skipped where it is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
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

  it('engines admits only Node versions with zlib.crc32', () => {
    const root = join(fileURLToPath(import.meta.url), '../../../..');
    const engines = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    for (const without of ['20.0.0', '20.14.0', '21.7.3', '22.1.0']) expect({ without, admitted: semver.satisfies(without, engines) }).toEqual({ without, admitted: false });
    for (const withIt of ['20.15.0', '20.19.0', '22.2.0', '24.0.0']) expect({ withIt, admitted: semver.satisfies(withIt, engines) }).toEqual({ withIt, admitted: true });
  });
});
