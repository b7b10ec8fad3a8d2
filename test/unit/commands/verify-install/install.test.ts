import { describe, expect, it } from '@jest/globals';
import {
  pipFailure,
  filesMentioned,
  identifyInstalledWheel,
  parseSuccessfullyInstalled,
  parseWheelInfo,
  pipFoundNothing,
} from '../../../../src/commands/verify-install/install.js';
import type { IndexFile } from '../../../../src/commands/verify-install/simple-page.js';

const file = (filename: string): IndexFile => ({ filename, url: `https://f.example/${encodeURIComponent(filename)}`, yanked: false });
const TAGS = ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-cp312-manylinux2014_x86_64', 'cp312-cp312-linux_x86_64', 'py3-none-any'];

describe('reading what pip did', () => {
  it('lists what pip installed', () => {
    expect(parseSuccessfullyInstalled('Collecting x\nSuccessfully installed dep-demo-1.0 tp-demo-1.0\n')).toEqual(['dep-demo-1.0', 'tp-demo-1.0']);
    expect(parseSuccessfullyInstalled('Requirement already satisfied: x')).toEqual([]);
  });

  it('knows pip 19 and pip 24 saying the version is not there', () => {
    expect(pipFoundNothing('ERROR: Could not find a version that satisfies the requirement demo==1.0 (from versions: 0.9)\nERROR: No matching distribution found for demo==1.0')).toBe(true);
    expect(pipFoundNothing('ERROR: THESE PACKAGES DO NOT MATCH THE HASHES')).toBe(false);
  });

  it('reads the WHEEL file', () => {
    expect(parseWheelInfo('Wheel-Version: 1.0\nGenerator: bdist_wheel\nRoot-Is-Purelib: false\nTag: cp312-cp312-linux_x86_64\nBuild: 1a\n')).toEqual({ tags: ['cp312-cp312-linux_x86_64'], build: '1a' });
    // A WHEEL file from the index with a line made to stall a lazy pattern: read in one pass.
    expect(parseWheelInfo(`Tag: py3-none-any\nGenerator: ${' '.repeat(1_000_000)}x\n`)).toEqual({ tags: ['py3-none-any'] });
  });
});

describe('identifyInstalledWheel', () => {
  const manylinux = file('demo-1.0+abc-cp312-cp312-manylinux2014_x86_64.whl');
  const pure = file('demo-1.0+abc-py3-none-any.whl');
  it('believes pip when its output names one listed file, URL-encoded or not', () => {
    const out = `Collecting demo==1.0\n  Downloading ${manylinux.url} (1.2 MB)\n`;
    expect(filesMentioned(out, [manylinux, pure])).toEqual([manylinux]);
    expect(identifyInstalledWheel([manylinux, pure], { pipOutput: out, tags: TAGS })).toEqual({ file: manylinux, how: "named in pip's output" });
  });

  it('otherwise matches the installed WHEEL tags', () => {
    expect(identifyInstalledWheel([manylinux, pure], { pipOutput: '', wheelInfo: { tags: ['py3-none-any'] }, tags: TAGS }))
      .toEqual({ file: pure, how: 'the tags of the installed WHEEL file' });
  });

  it("falls back on pip's preference for a renamed wheel whose WHEEL still says linux_x86_64", () => {
    expect(identifyInstalledWheel([pure, manylinux], { pipOutput: '', wheelInfo: { tags: ['cp312-cp312-linux_x86_64'] }, tags: TAGS }))
      .toEqual({ file: manylinux, how: "pip's tag preference for this interpreter" });
  });
});

describe('pipFailure', () => {
  it("says pip was stopped at its time limit, or how it exited, with the end of what it said and credentials masked", () => {
    const stalled = pipFailure('pip install bigpkg==1.0', { code: 137, stdout: 'Downloading https://u:s3cret@example.com/bigpkg-1.0.whl', stderr: '', command: ['pip'], timedOutAfterMs: 30 * 60_000 });
    expect(stalled.message).toMatch(/^pip install bigpkg==1\.0 did not finish within 30 min and was stopped \(a stalled download or a build that never ends\)\. pip said:\n/);
    expect(stalled.message).not.toContain('s3cret');
    const failed = pipFailure('pip install bigpkg==1.0', { code: 1, stdout: '', stderr: 'ERROR: No matching distribution', command: ['pip'] });
    expect(failed.message).toBe('pip install bigpkg==1.0 failed (pip exit 1). pip said:\nERROR: No matching distribution');
  });
});
