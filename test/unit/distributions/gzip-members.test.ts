import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { readSdistArchive } from '../../../src/distributions/sdist-archive.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';
import { expectTarfileVerdicts, scanVariant, tarfileVerdicts, type TarfileVerdict } from './tarfile-reference.js';

const python = pythonPath('3.x');
const SCRIPT = 'test/fixtures/gzip/variants.py';

describeIf(python, 'no Python 3 to read the reference .tar.gz files with tarfile')('gzip framing as Python reads an sdist (warehouse _is_valid_dist_file)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, TarfileVerdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = tarfileVerdicts(python!, SCRIPT, dir);
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members', async () => {
    // The variants the reference must have, so the comparison cannot pass by having nothing to compare.
    expect(Object.keys(reference)).toEqual(expect.arrayContaining(['plain', 'trailing-garbage', 'two-members', 'two-members-padded-garbage', 'bad-crc-after-end', 'bad-crc-member-1-of-2', 'truncated-compressed', 'not-gzip', 'many-empty-members-first']));
    expect(reference['trailing-garbage'].ok).toBe(true);
    expect(reference['bad-crc-member-1-of-2'].ok).toBe(false);
    await expectTarfileVerdicts(dir, reference);
  });

  it("says what Python's gzip module says", async () => {
    const failure = async (variant: string) => (await scanVariant(dir, variant)).failure;
    expect(await failure('bad-crc-member-1-of-2')).toEqual({ kind: 'corrupt', stream: true, reason: expect.stringMatching(/^CRC check failed 0x[0-9a-f]+ != 0x[0-9a-f]+$/) });
    expect((reference['bad-crc-member-1-of-2'] as { error: string }).error).toMatch(/CRC check failed 0x[0-9a-f]+ != 0x[0-9a-f]+/);
    expect(await failure('second-member-not-gzip')).toEqual({ kind: 'corrupt', stream: true, reason: "Not a gzipped file (b'PK')" });
    expect(await failure('truncated-compressed')).toEqual({ kind: 'corrupt', stream: true, reason: 'Compressed file ended before the end-of-stream marker was reached' });
    expect(await failure('not-gzip')).toEqual({ kind: 'not-gzip', reason: "Not a gzipped file (b'PK')" });
    expect(await failure('unknown-method')).toEqual({ kind: 'not-gzip', reason: 'Unknown compression method' });
    expect(await failure('empty')).toEqual({ kind: 'not-gzip', reason: "Not a gzipped file (b'')" });
  });

  it('lets an sdist with bytes after its last gzip member through the preflight, with its PKG-INFO read', async () => {
    const archive = await readSdistArchive(join(dir, 'trailing-garbage.tar.gz'));
    expect(archive.problems).toEqual([]);
    expect(archive.pkgInfo).toContain('Name: demo');
  });
});
