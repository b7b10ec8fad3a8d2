import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scanTarGz } from '../../../src/distributions/tar-scan.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/distributions/zip-scan.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';

// Python 3.12 and 3.13 feed zlib 128 KiB at a time; 3.11 fed 8 KiB and judges a few of these files otherwise.
const python = pythonPath('3.13');
const SCRIPT = join(process.cwd(), 'test/fixtures/gzip/eager.py');

type Verdict = { ok: true; names: string[] } | { ok: false; error: string };

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('deflate data that breaks off after the tar ends, judged as far as Python inflates it', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, Verdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = JSON.parse(execFileSync(python!, [SCRIPT, dir], { encoding: 'utf8' })) as Record<string, Verdict>;
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members', async () => {
    // Each kind of break both reached and not, so the comparison cannot pass by judging them all one way.
    const kinds = ['type3', 'stored-lengths', 'too-far-back', 'two-members', 'random'];
    for (const kind of kinds) {
      const verdicts = Object.entries(reference).filter(([variant]) => variant.endsWith(kind) || variant.startsWith(kind)).map(([, verdict]) => verdict.ok);
      expect({ kind, accepted: verdicts.includes(true), refused: verdicts.includes(false) }).toEqual({ kind, accepted: true, refused: true });
    }
    for (const [variant, verdict] of Object.entries(reference)) {
      const scan = await scanTarGz(join(dir, `${variant}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false });
      const refused = scan.failure !== undefined && !(scan.failure.kind === 'corrupt' && !scan.failure.stream);
      expect({ variant, refused, ...(verdict.ok ? { names: scan.names } : {}) })
        .toEqual({ variant, refused: !verdict.ok, ...(verdict.ok ? { names: verdict.names } : {}) });
    }
  }, 60_000);

  it("says what zlib says, and where", async () => {
    const refusedAfterEnd = Object.entries(reference).find(([variant, verdict]) => variant.startsWith('small-members-pad300-too-far-back') && !verdict.ok);
    expect(refusedAfterEnd).toBeDefined();
    const scan = await scanTarGz(join(dir, `${refusedAfterEnd![0]}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false });
    expect(scan.failure).toEqual({ kind: 'corrupt', stream: true, reason: "invalid distance too far back (the compressed data breaks off 300 bytes after the tar's end-of-archive block, within what Python inflates)" });
  });
});
