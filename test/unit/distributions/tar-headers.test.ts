import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';
import { expectTarfileVerdicts, scanVariant, tarfileVerdicts, type TarfileVerdict } from './tarfile-reference.js';

const python = pythonPath('3.13');
const SCRIPT = 'test/fixtures/tar/headers.py';

describeIf(python, 'no Python 3.13 to read the reference .tar.gz files with tarfile')('tar header fields and names, as tarfile reads them', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: Record<string, TarfileVerdict>;

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = tarfileVerdicts(python!, SCRIPT, dir);
  });
  afterAll(() => cleanup());

  it('accepts and refuses the same files as tarfile, and lists the same members under the same names', async () => {
    // So the comparison cannot pass by having nothing to compare.
    expect(Object.keys(reference)).toHaveLength(23);
    expect(reference['uid-junk-first'].ok).toBe(false);
    expect(reference['global-pax-path']).toEqual({ ok: true, names: ['demo-1.0/PKG-INFO', 'demo-1.0/G', 'demo-1.0/X', 'demo-1.0/G'] });
    await expectTarfileVerdicts(dir, reference);
  });

  it('refuses a negative size, on which tarfile never returns', async () => {
    const scan = await scanVariant(dir, 'size-base256-negative');
    expect(scan.names).toEqual(['demo-1.0/PKG-INFO']);
    expect(scan.failure).toEqual({ kind: 'corrupt', reason: 'header 2 has a field tarfile cannot read as a number' });
  });
});
