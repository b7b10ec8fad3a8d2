/**
 * The job summary shows text from outside as text: a filename or an index's
 * message holding markup reaches the summary escaped, in the failure block too
 * (which used to be written as it came).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanupRunsAfterAll } from '../../support/runner.js';
import { makeReleaseSet, publish, publishInputs, startTestIndex, tempDir, type ReleaseSet, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();

describe('the pypi-publish summary', () => {
  let set: ReleaseSet;
  let t: TestIndex;
  beforeAll(async () => {
    set = await makeReleaseSet(await tempDir('summary'), { pythons: ['cp312'], platforms: ['win_amd64'], sdist: false });
    t = await startTestIndex();
  });
  afterAll(async () => {
    await t.close();
    await rm(set.dir, { recursive: true, force: true });
  });

  it('escapes a filename holding markup, in the failure block as everywhere', async () => {
    const evil = 'evil<img src=x onerror=alert(1)>.whl';
    await copyFile(set.paths[0]!, join(set.dir, evil));
    const run = await publish(publishInputs(t.index.uploadUrl, set.dir));
    expect(run.code).toBe(1);
    expect(run.errors.join('\n')).toContain(evil);
    expect(run.summary).toContain('<h3>Failure</h3>');
    expect(run.summary).toContain('evil&lt;img src=x onerror=alert(1)&gt;.whl');
    expect(run.summary).not.toContain('<img');
    expect(t.index.files()).toEqual([]);
  });
});
