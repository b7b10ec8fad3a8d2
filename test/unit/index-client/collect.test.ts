import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { collectDistributions } from '../../../src/commands/pypi-publish/collect.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'collect-'));
  for (const f of ['b-1.0.tar.gz', 'b-1.0-py3-none-any.whl', 'a-1.0-py3-none-any.whl', 'a-1.0-py3-none-any.whl.publish.attestation', 'manifest.json', 'notes.txt']) {
    await writeFile(join(dir, f), 'x');
  }
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'sub', 'c-1.0-py3-none-any.whl'), 'x');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collectDistributions', () => {
  it('takes every wheel and sdist at the top of the directory, wheels first', async () => {
    expect((await collectDistributions(dir, [])).map((p) => basename(p))).toEqual(['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'b-1.0.tar.gz']);
  });
  it('takes what the globs name, minus exclusions and attestations, and refuses a glob that matches nothing', async () => {
    expect((await collectDistributions(dir, ['**/*.whl*', '!b-*'])).map((p) => basename(p))).toEqual(['a-1.0-py3-none-any.whl', 'c-1.0-py3-none-any.whl']);
    await expect(collectDistributions(dir, ['*.whl', '*.egg'])).rejects.toThrow("Input 'files': '*.egg' matched no file");
  });
  it('leaves out the part files a killed writer can leave behind, whatever the glob', async () => {
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl.publish.attestation.part-0123456789ab'), 'x');
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl.part-abcdef012345'), 'x');
    expect((await collectDistributions(dir, ['a*'])).map((p) => basename(p))).toEqual(['a-1.0-py3-none-any.whl']);
    expect((await collectDistributions(dir, [])).map((p) => basename(p))).toEqual(['a-1.0-py3-none-any.whl', 'b-1.0-py3-none-any.whl', 'b-1.0.tar.gz']);
  });
  it('explains an empty or missing directory', async () => {
    await expect(collectDistributions(join(dir, 'nope'), [])).rejects.toThrow('does not exist');
    await expect(collectDistributions(join(dir, 'sub', '..', 'sub'), ['*.tar.gz'])).rejects.toThrow('matched no file');
  });
});
