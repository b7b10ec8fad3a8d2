/**
 * The `attestations` form field as twine sends it: twine json.load()s each
 * attestation file and sends `json.dumps(list)`. Python itself (the machine's
 * interpreter) writes the expected text from the real attestation fixture, so
 * the comparison is against Python's json module, not a copy of its rules.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pythonJsonDumps, uploadFields } from '../../../src/index-client/form.js';
import { parseCoreMetadata, parseDistributionFilename, type DistributionInfo } from '../../../src/distributions/index.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/attestations/pypi_attestations-0.0.19.tar.gz.publish.attestation.with_timestamp');

function pythonDumps(listOfFiles: string[], extra: unknown[] = []): string {
  const script = 'import json,sys\nitems=[json.load(open(p, encoding="utf-8")) for p in sys.argv[2:]]+json.loads(sys.argv[1])\nsys.stdout.write(json.dumps(items))';
  return execFileSync('python3', ['-c', script, JSON.stringify(extra), ...listOfFiles], { encoding: 'utf8' });
}

describe('the attestations field', () => {
  it('is the text Python’s json.dumps writes for the loaded attestation files', () => {
    const loaded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;
    // Non-ASCII (the checkpoint's em dash), quotes, control characters and DEL as Python escapes them.
    const odd = { text: 'é "q" \\ \n\t\u0001\u007f\ud83d\ude00', n: 1, f: false, z: null };
    expect(pythonJsonDumps([loaded, odd])).toBe(pythonDumps([FIXTURE], [odd]));
  });

  it('is sent after sha256_digest, as twine orders it, and only when there are attestations', () => {
    const filename = 'demo-1.0-py3-none-any.whl';
    const info: DistributionInfo = {
      path: `/x/${filename}`,
      filename,
      parsed: parseDistributionFilename(filename),
      size: 10,
      sha256: 'a'.repeat(64),
      blake2b256: 'b'.repeat(64),
      metadata: parseCoreMetadata('Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'),
      problems: [],
    };
    const keys = uploadFields(info, [{ version: 1 }]).map(([k]) => k);
    expect(keys.slice(keys.indexOf('sha256_digest'), keys.indexOf('sha256_digest') + 3)).toEqual(['sha256_digest', 'attestations', ':action']);
    expect(uploadFields(info).map(([k]) => k)).not.toContain('attestations');
    expect(uploadFields(info, []).map(([k]) => k)).not.toContain('attestations');
  });
});
