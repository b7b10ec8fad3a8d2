import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scanTarGz } from '../../../src/distributions/tar-scan.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/distributions/zip-scan.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';

// Warehouse runs Python 3.13; 3.11 and 3.12.1 differ on one variant (a pax header's records cut short).
const python = pythonPath('3.13');
const SCRIPT = join(process.cwd(), 'test/fixtures/tar/framings.py');

type Verdict = { ok: true; names: string[] } | { ok: false; error: string };

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('tar data that ends early or breaks after an extended header, as tarfile reads it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, Verdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = JSON.parse(execFileSync(python!, [SCRIPT, dir], { encoding: 'utf8' })) as Record<string, Verdict>;
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
    for (const [variant, verdict] of Object.entries(reference)) {
      const scan = await scanTarGz(join(dir, `${variant}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false });
      // A damaged or missing header further in makes tarfile stop quietly: no refusal.
      const refused = scan.failure !== undefined && !(scan.failure.kind === 'corrupt' && !scan.failure.stream);
      expect({ variant, refused, ...(verdict.ok ? { names: scan.names } : {}) })
        .toEqual({ variant, refused: !verdict.ok, ...(verdict.ok ? { names: verdict.names } : {}) });
    }
  });

  it("says what tarfile says, then where", async () => {
    const failure = async (variant: string) => (await scanTarGz(join(dir, `${variant}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false })).failure;
    for (const variant of ['ends-in-padding', 'pax-then-end', 'pax-then-bad-header', 'pax-then-nothing', 'gnu-longname-then-end']) {
      const python = /ReadError\('(.*)'\)/.exec((reference[variant] as { error: string }).error)?.[1];
      expect({ variant, failure: await failure(variant) }).toEqual({ variant, failure: { kind: 'corrupt', stream: true, reason: expect.stringMatching(new RegExp(`^${python} \\(`)) } });
    }
    expect(await failure('ends-in-header')).toEqual({ kind: 'corrupt', reason: 'header 2 is cut short: the archive ends 100 bytes into it' });
  });
});
