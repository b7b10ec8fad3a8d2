import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';
import { expectTarfileVerdicts, scanVariant, tarfileVerdicts, type TarfileVerdict } from './tarfile-reference.js';

// Warehouse runs Python 3.13; 3.11 and 3.12.1 differ on one variant (a pax header's records cut short).
const python = pythonPath('3.13');
const SCRIPT = 'test/fixtures/tar/framings.py';

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('tar data that ends early or breaks after an extended header, as tarfile reads it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, TarfileVerdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = tarfileVerdicts(python!, SCRIPT, dir);
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members', async () => {
    // So the comparison cannot pass by having nothing to compare, and the reference is what it was when the reader was fixed.
    expect(Object.fromEntries(Object.entries(reference).map(([variant, verdict]) => [variant, verdict.ok]))).toEqual({
      'complete': true, 'ends-in-data': false, 'ends-in-padding': false, 'ends-after-padding': true, 'ends-in-header': true,
      'ends-in-first-header': false, 'bad-header-second': true, 'pax-member': true, 'pax-then-end': false, 'pax-then-bad-header': false,
      'pax-then-nothing': false, 'pax-then-half-header': false, 'pax-records-cut': true, 'pax-records-cut-at-record-end': false,
      'solaris-pax-member': true, 'solaris-pax-then-end': false, 'gnu-longname-member': true, 'gnu-longname-then-end': false,
      'gnu-longname-then-bad-header': false,
    });
    await expectTarfileVerdicts(dir, reference);
  });

  it("says what tarfile says, then where", async () => {
    const failure = async (variant: string) => (await scanVariant(dir, variant)).failure;
    for (const variant of ['ends-in-padding', 'pax-then-end', 'pax-then-bad-header', 'pax-then-nothing', 'gnu-longname-then-end']) {
      const python = /ReadError\('(.*)'\)/.exec((reference[variant] as { error: string }).error)?.[1];
      expect({ variant, failure: await failure(variant) }).toEqual({ variant, failure: { kind: 'corrupt', stream: true, reason: expect.stringMatching(new RegExp(`^${python} \\(`)) } });
    }
    expect(await failure('ends-in-header')).toEqual({ kind: 'corrupt', reason: 'header 2 is cut short: the archive ends 100 bytes into it' });
  });
});
