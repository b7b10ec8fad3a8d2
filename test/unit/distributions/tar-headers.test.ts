import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { scanTarGz } from '../../../src/distributions/tar-scan.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/distributions/zip-scan.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';

const python = pythonPath('3.13');
const SCRIPT = join(process.cwd(), 'test/fixtures/tar/headers.py');

type Verdict = { ok: true; names: string[] } | { ok: false; error: string };

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('tar header fields and names, as tarfile reads them', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, Verdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = JSON.parse(execFileSync(python!, [SCRIPT, dir], { encoding: 'utf8' })) as Record<string, Verdict>;
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members under the same names', async () => {
    // So the comparison cannot pass by having nothing to compare.
    expect(Object.keys(reference)).toHaveLength(18);
    expect(reference['uid-junk-first'].ok).toBe(false);
    expect(reference['global-pax-path']).toEqual({ ok: true, names: ['demo-1.0/PKG-INFO', 'demo-1.0/G', 'demo-1.0/X', 'demo-1.0/G'] });
    for (const [variant, verdict] of Object.entries(reference)) {
      const scan = await scanTarGz(join(dir, `${variant}.tar.gz`), { limits: DEFAULT_ARCHIVE_LIMITS, capture: () => false });
      // A header tarfile cannot read, further in, makes it stop quietly: no refusal.
      const refused = scan.failure !== undefined && !(scan.failure.kind === 'corrupt' && !scan.failure.stream);
      expect({ variant, refused, ...(verdict.ok ? { names: scan.names } : {}) })
        .toEqual({ variant, refused: !verdict.ok, ...(verdict.ok ? { names: verdict.names } : {}) });
    }
  });
});
