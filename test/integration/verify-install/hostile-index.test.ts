/**
 * verify-install against an index whose answer echoes the credentials of
 * `index-url`: in the reason phrase of a 401, as typed and as the Basic
 * Authorization value it was sent, whole and cut. None of it may reach the
 * error line, the step summary, the outputs or the leg's result file, which
 * later jobs gather and show and the runner's masking never touches.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { cleanupRunsAfterAll, fragmentLeaks, injections, runAction, secretLeaks } from '../../support/runner.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { cleanupAll, publishWheel, startIndex, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const PY = '3.12';
const python = pythonPath(PY);
const SECRET = 'pypi-verifyInstallHostileSecret0123456789';
const BASIC = Buffer.from(`__token__:${SECRET}`).toString('base64');

let index: TestIndex;
let proxy: FaultProxy;
beforeAll(async () => {
  if (!python) return;
  index = await startIndex();
  await publishWheel(index, { name: 'echo-demo', version: '1.0', tags: 'py3-none-any' });
  proxy = await startFaultProxy(index.url.replace(/\/$/, ''), ({ path, headers }) =>
    path.startsWith('/simple/echo-demo')
      ? {
          answer: {
            status: 401,
            // No line break fits in a reason phrase; what it can hold, it echoes.
            reason: `Unauthorized: __token__:${SECRET} sent ${String(headers?.authorization ?? '')} cut ${SECRET.slice(0, 15)} ::set-output name=wheel::HOSTILE`,
          },
        }
      : undefined,
  );
});
afterAll(async () => {
  await proxy?.close();
});

describeIf(python, `Python ${PY} is not installed under /root/.pyenv/versions`)('verify-install and an index that echoes its credentials', () => {
  it('keeps them out of the error line, the summary, the outputs and the result file', async () => {
    const url = `${proxy.url}/simple/`.replace('http://', `http://__token__:${SECRET}@`);
    const run = await runAction('verify-install', { package: 'echo-demo', version: '1.0', python: PY, 'index-url': url, 'wait-timeout': '30' });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(/The index refused to show echo-demo: 401 Unauthorized: __token__:\*\*\* sent Basic \*\*\* cut \*\*\*/);
    expect(run.errors[0]).toContain('The credentials in index-url were refused');
    const resultFile = run.outputs['result-file']!;
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { result: string; error?: string };
    expect(result.result).toBe('failed');
    expect(result.error).toContain('401 Unauthorized: __token__:***');
    expect(run.summary).toContain('401 Unauthorized: __token__:***');
    for (const secret of [SECRET, BASIC]) {
      expect(secretLeaks(run, secret)).toEqual([]);
      expect(fragmentLeaks(run, secret, [resultFile])).toEqual([]);
      expect(readFileSync(resultFile, 'utf8')).not.toContain(secret);
    }
    expect(`${run.summary}\n${readFileSync(resultFile, 'utf8')}`).not.toContain(SECRET.slice(0, 15));
    expect(injections(run, 'HOSTILE', 'verify-install')).toEqual([]);
  });
});
