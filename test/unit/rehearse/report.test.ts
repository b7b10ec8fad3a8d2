import { describe, expect, it } from '@jest/globals';
import { createManifest } from '../../../src/distributions/index.js';
import { renderMarkdown, type LegRecord, type ReportInput } from '../../../src/rehearse/index.js';
import type { StepRecord } from '../../../src/rehearse/index.js';
import type { VerifyResult } from '../../../src/commands/verify-install/index.js';

const sha = (c: string) => c.repeat(64);
const manifest = createManifest([
  { filename: 'demo-1.0.1-py2.py3-none-any.whl', size: 2583, sha256: sha('a') },
  { filename: 'demo-1.0.1.tar.gz', size: 2057, sha256: sha('b') },
], { project: 'demo', version: '1.0.1' });

const verifyResult = (python: string): VerifyResult => ({
  schema: 'python-release-actions/verify-install-result', schemaVersion: 1, result: 'passed', package: 'demo', version: '1.0.1',
  mode: 'exact-file', index: 'http://127.0.0.1:1/simple/', pin: true, os: 'linux', arch: 'x64', checks: [],
  python: { requested: python, version: python === '2.7' ? '2.7.18' : '3.13.0', implementation: 'cpython', path: '/py', foundVia: 'pyenv' },
  wheel: 'demo-1.0.1-py2.py3-none-any.whl', installedVersion: '1.0.1', moduleFile: '/env/demo/__init__.py', secondsToAvailable: 0.1,
  startedAt: '', finishedAt: '', durationSeconds: 1,
});

const step = (id: string, title: string, status: StepRecord['status'], detail = '', error?: string): StepRecord => ({
  id, title, status, detail, ...(status === 'not-run' ? {} : { ms: 1200 }), ...(error ? { error } : {}),
});

function input(over: Partial<ReportInput>): ReportInput {
  return {
    result: 'passed', project: 'demo', previousVersion: '1.0.0', version: '1.0.1', commit: 'c'.repeat(40), branch: 'release/v1.0.1',
    source: '/src/demo', wheels: 'built', indexes: { testpypi: 'http://127.0.0.1:1/', pypi: 'http://127.0.0.1:2/' },
    steps: [], totalMs: 5000, legs: [], legsPerIndex: 2, warnings: [], workDir: '/tmp/w', startedAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  };
}

describe('renderMarkdown', () => {
  it('shows a skipped 2.7 leg as skipped, never as passed, and lists the full sha256 of every file', () => {
    const legs: LegRecord[] = [
      { index: 'testpypi', label: '2.7', mode: 'pinned', status: 'skipped', skipped: 'no Python 2.7 found' },
      { index: 'testpypi', label: '3.13', mode: 'pinned', status: 'passed', result: verifyResult('3.13') },
    ];
    const md = renderMarkdown(input({
      steps: [step('verify-testpypi-0', 'verify testpypi · 2.7 pinned', 'skipped', 'no Python 2.7 found'), step('verify-testpypi-1', 'verify testpypi · 3.13 pinned', 'passed', 'ok')],
      testpypiManifest: manifest,
      legs,
      warnings: ['no Python 2.7 on this machine'],
    }));
    expect(md).toContain('| 1 | verify testpypi · 2.7 pinned | ⏭️ skipped | 1.2 s | no Python 2.7 found |');
    expect(md).toMatch(/\| 2\.7 \| pinned \| ⏭️ skipped \|/);
    expect(md).toMatch(/\| 3\.13 \| pinned \| ✅ passed \| `demo-1\.0\.1-py2\.py3-none-any\.whl` → `1\.0\.1`/);
    expect(md).toContain(`\`${sha('a')}\``);
    expect(md).toContain(`\`${sha('b')}\``);
    expect(md).toContain('> **Warning:** no Python 2.7 on this machine');
    expect(md).not.toContain('## Released');
  });

  it('names the failed step with its whole message and the steps that did not run', () => {
    const md = renderMarkdown(input({
      result: 'failed',
      steps: [
        step('fetch', 'fetch-wheels (--wheels)', 'failed', 'The fetched set fails preflight', 'The fetched set fails preflight\n| file | rule |\nuse ```fences```'),
        step('publish-pypi', 'publish to pypi', 'not-run'),
      ],
    }));
    expect(md).toMatch(/^# Release rehearsal: demo 1\.0\.0 → 1\.0\.1: ❌ failed/);
    expect(md).toContain('## Failed at: fetch-wheels (--wheels)');
    expect(md).toContain('````text\nThe fetched set fails preflight\n| file | rule |\nuse ```fences```\n````');
    expect(md).toContain('Not run: publish to pypi.');
    expect(md).toContain('| 2 | publish to pypi | — not run |  |  |');
  });
});
