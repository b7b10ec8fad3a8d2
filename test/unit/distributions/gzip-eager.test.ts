import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';
import { expectTarfileVerdicts, scanVariant, tarfileVerdicts, type TarfileVerdict } from './tarfile-reference.js';

// Python 3.12 and 3.13 feed zlib 128 KiB at a time; 3.11 fed 8 KiB and judges a few of these files otherwise.
const python = pythonPath('3.13');
const SCRIPT = 'test/fixtures/gzip/eager.py';

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('deflate data that breaks off after the tar ends, judged as far as Python inflates it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, TarfileVerdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = tarfileVerdicts(python!, SCRIPT, dir);
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members', async () => {
    // Each kind of break both reached and not, so the comparison cannot pass by judging them all one way.
    const kinds = ['type3', 'stored-lengths', 'too-far-back', 'two-members', 'random'];
    for (const kind of kinds) {
      const verdicts = Object.entries(reference).filter(([variant]) => variant.endsWith(kind) || variant.startsWith(kind)).map(([, verdict]) => verdict.ok);
      expect({ kind, accepted: verdicts.includes(true), refused: verdicts.includes(false) }).toEqual({ kind, accepted: true, refused: true });
    }
    await expectTarfileVerdicts(dir, reference);
  }, 60_000);

  it("says what zlib says, and where", async () => {
    const refusedAfterEnd = Object.entries(reference).find(([variant, verdict]) => variant.startsWith('small-members-pad300-too-far-back') && !verdict.ok);
    expect(refusedAfterEnd).toBeDefined();
    const scan = await scanVariant(dir, refusedAfterEnd![0]);
    expect(scan.failure).toEqual({ kind: 'corrupt', stream: true, reason: "invalid distance too far back (the compressed data breaks off 300 bytes after the tar's end-of-archive block, within what Python inflates)" });
  });
});
