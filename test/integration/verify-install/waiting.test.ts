/**
 * Waiting for the index: `pyrelease serve-index --delay 20` (the real command,
 * a separate process) shows a new file on its simple pages 20 s after the
 * upload, as a CDN would. verify-install must wait for it, report about 20 s
 * to available, and with a shorter wait-timeout fail saying what it saw.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRunsAfterAll, REPO_ROOT, runAction } from '../../support/runner.js';
import { itIf, pythonPath } from '../../support/tools.js';
import { cleanupAll, publishWheel, startServeIndex, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const DELAY = 20;
const PY = '3.12';
const ready = pythonPath(PY) && existsSync(join(REPO_ROOT, 'dist', 'pyrelease', 'index.js'));

let index: TestIndex;
beforeAll(async () => {
  if (ready) index = await startServeIndex(DELAY);
}, 30_000);

describe(`serve-index --delay ${DELAY}`, () => {
  itIf(ready, `Python ${PY} or dist/pyrelease (npm run build) is missing`)('waits for the upload to show, then passes; a shorter wait-timeout fails and says what the index listed', async () => {
    const uploaded = Date.now();
    await publishWheel(index, { name: 'slow-demo', version: '1.0', tags: 'py3-none-any' });
    const run = await runAction('verify-install', { package: 'slow-demo', version: '1.0', 'index-url': index.simpleUrl, python: PY, 'wait-timeout': '2m' });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const seconds = Number(run.outputs['seconds-to-available']);
    // Counted from the action's start, a moment after the upload: the page changed DELAY s after the upload began at the earliest.
    const started = Date.parse(JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')).startedAt);
    expect(seconds).toBeGreaterThanOrEqual(DELAY - (started - uploaded) / 1000 - 0.1);
    // About 20: the backoff (1 s growing to 10 s) may add a few seconds, never a second wait-timeout.
    expect(seconds).toBeLessThan(DELAY + 12);
    expect(run.log).toContain('404 (the project is not listed)');

    // 1.1 is uploaded now, so for the next 20 s the page lists only 1.0.
    await publishWheel(index, { name: 'slow-demo', version: '1.1', tags: 'py3-none-any' });
    const late = await runAction('verify-install', { package: 'slow-demo', version: '1.1', 'index-url': index.simpleUrl, python: PY, 'wait-timeout': '5s' });
    expect(late.code).toBe(1);
    expect(late.errors).toHaveLength(1);
    expect(late.errors[0]).toContain('slow-demo 1.1 with a wheel for CPython');
    expect(late.errors[0]).toContain('did not appear on');
    expect(late.errors[0]).toContain('within wait-timeout (5.0 s');
    expect(late.errors[0]).toContain('lists version 1.0, but no file of 1.1');
    expect(late.outputs['seconds-to-available']).toBeUndefined();
  }, 110_000);
});
