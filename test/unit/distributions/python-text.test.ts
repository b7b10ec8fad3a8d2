import { expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { pythonText } from '../../../src/distributions/tar-header.js';
import { describeIf, pythonPath } from '../../support/tools.js';

const python = pythonPath('3.13');

/** Byte strings a tar name could hold: valid UTF-8, stray bytes, cut and overlong sequences, encoded surrogates, a BOM. */
const SAMPLES = ['64656d6f', 'fffe', '64c3a9', 'c3', 'e282', 'e28241', 'c0af', 'eda080', 'f4908080', 'f09f908d', 'efbbbf61', '61ff62c3a963', 'e2ff82ac'];

describeIf(python, 'no Python 3.13 to decode names with')('pythonText', () => {
  it("decodes bytes as Python's bytes.decode('utf-8', 'surrogateescape') does", () => {
    const script = "import json,sys; print(json.dumps([bytes.fromhex(h).decode('utf-8','surrogateescape') for h in sys.argv[1:]]))";
    const reference = JSON.parse(execFileSync(python!, ['-c', script, ...SAMPLES], { encoding: 'utf8' })) as string[];
    expect(reference).toHaveLength(SAMPLES.length);
    expect(reference[1]).toBe('\udcff\udcfe');
    expect(SAMPLES.map((h) => pythonText(Buffer.from(h, 'hex')))).toEqual(reference);
  });
});
