/**
 * The leg's result file: named by its leg and mode (a rerun replaces its own
 * file), otherwise numbered; every known secret scrubbed from the text,
 * escaped or not; and read back by the approval brief's parser.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RESULT_SCHEMA, writeResultFile, type VerifyResult } from '../../../../src/commands/verify-install/result.js';
import { runSecrets } from '../../../../src/text/secrets.js';
import { parseVerifyResult } from '../../../../src/verification/leg-result.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const fresh = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'verify-result-'));
  dirs.push(d);
  return d;
};

function result(extra: Partial<VerifyResult> = {}): VerifyResult {
  return {
    schema: RESULT_SCHEMA, schemaVersion: 1, result: 'passed', package: 'ray', version: '2.9.4', mode: 'index', index: 'https://pypi.org/simple/',
    pin: true, os: 'Linux', arch: 'X64', checks: [], startedAt: '', finishedAt: '', durationSeconds: 1, ...extra,
  };
}

describe('writeResultFile', () => {
  it('a planned leg: verify-install-<leg>-<mode>.json, replaced by a rerun; the brief reads it back', async () => {
    const dir = fresh();
    const leg = { id: 'linux-x86_64-3.12', runsOn: 'ubuntu-24.04' };
    const first = await writeResultFile(dir, result({ leg, result: 'failed' }));
    const again = await writeResultFile(dir, result({ leg, wheels: [{ filename: 'ray-2.9.4-py3-none-any.whl', sha256: 'a'.repeat(64) }] }));
    const unpinned = await writeResultFile(dir, result({ leg, pin: false }));
    expect(again).toBe(first);
    expect(readdirSync(dir).sort()).toEqual(['verify-install-linux-x86_64-3.12-pinned.json', 'verify-install-linux-x86_64-3.12-unpinned.json']);
    expect(unpinned).toBe(join(dir, 'verify-install-linux-x86_64-3.12-unpinned.json'));
    const read = parseVerifyResult(JSON.parse(readFileSync(again, 'utf8')), again);
    expect(read).toMatchObject({ result: 'passed', leg, wheels: [{ filename: 'ray-2.9.4-py3-none-any.whl' }] });
  });

  it('no leg: verify-install-result.json, then -2 beside it; secrets scrubbed from the text', async () => {
    const dir = fresh();
    await writeResultFile(dir, result());
    runSecrets.add('pypi-s3cret');
    const second = await writeResultFile(dir, result({ result: 'failed', error: 'pip said: https://__token__:pypi-s3cret@host/simple/ refused' }));
    expect(second).toBe(join(dir, 'verify-install-result-2.json'));
    const text = readFileSync(second, 'utf8');
    expect(text).not.toContain('pypi-s3cret');
    expect(text).toContain('https://__token__:***@host/simple/');
  });
});
