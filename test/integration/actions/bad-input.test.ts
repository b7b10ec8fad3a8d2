import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { cleanupRuns, REPO_ROOT, runAction } from '../../support/runner.js';

afterAll(cleanupRuns);

const SHA = 'a'.repeat(40);
/** Any file that exists, where an action only checks that its input names one. */
const A_FILE = join(REPO_ROOT, 'package.json');

/** One bad input per case, everything else valid: the bundle must name that input and stop. */
const CASES: { action: string; input: string; inputs: Record<string, string> }[] = [
  { action: 'bump-version', input: 'bump', inputs: { bump: 'sideways', token: 't' } },
  { action: 'bump-version', input: 'version', inputs: { version: 'one point oh', token: 't' } },
  { action: 'bump-version', input: 'scheme', inputs: { bump: 'minor', scheme: 'calver', token: 't' } },
  { action: 'bump-version', input: 'branch', inputs: { bump: 'minor', branch: 'release..{version}', token: 't' } },
  { action: 'create-release', input: 'commit-sha', inputs: { 'commit-sha': 'HEAD', version: '1.0', token: 't' } },
  { action: 'create-release', input: 'prerelease', inputs: { 'commit-sha': SHA, version: '1.0', prerelease: 'maybe', token: 't' } },
  { action: 'create-release', input: 'notes-file', inputs: { 'commit-sha': SHA, version: '1.0', 'notes-file': 'no/such/file.md', token: 't' } },
  { action: 'fetch-wheels', input: 'source', inputs: { source: 'ftp://example.com/wheels/' } },
  { action: 'fetch-wheels', input: 'expect', inputs: { source: 'dist', expect: 'not a tag triple' } },
  { action: 'fetch-wheels', input: 'concurrency', inputs: { source: 'dist', concurrency: '0' } },
  { action: 'fetch-wheels', input: 'commit-sha', inputs: { source: 's3://wheels/releases/{commit}/', 'expect-count': '2' } },
  { action: 'fetch-wheels', input: 'tag', inputs: { source: 'dist/{tag}', tag: 'v1 2', 'expect-count': '2' } },
  { action: 'plan-verify', input: 'manifest', inputs: { manifest: 'missing/manifest.json' } },
  { action: 'plan-verify', input: 'runners', inputs: { manifest: A_FILE, runners: 'linux-sparc=box' } },
  { action: 'approval-brief', input: 'index', inputs: { manifest: A_FILE, index: 'warehouse' } },
  { action: 'approval-brief', input: 'commit-sha', inputs: { manifest: A_FILE, 'commit-sha': 'HEAD' } },
  { action: 'pypi-publish', input: 'repository', inputs: { repository: 'warehouse' } },
  { action: 'pypi-publish', input: 'skip-existing', inputs: { 'skip-existing': 'maybe' } },
  { action: 'pypi-publish', input: 'attestations', inputs: { attestations: 'true', token: 'pypi-abc' } },
  { action: 'pypi-publish', input: 'allow-mixed-provenance', inputs: { 'allow-mixed-provenance': 'sometimes' } },
  { action: 'pypi-publish', input: 'expect-manifest', inputs: { 'expect-manifest': 'missing.json' } },
  { action: 'verify-install', input: 'version', inputs: { package: 'ray', version: 'latest' } },
  { action: 'verify-install', input: 'package', inputs: { package: '-ray-', version: '1.0' } },
  { action: 'verify-install', input: 'wait-timeout', inputs: { package: 'ray', version: '1.0', 'wait-timeout': 'forever' } },
];

describe.each(CASES)('dist/$action/index.js with a bad $input', ({ action, input, inputs }) => {
  it('exits 1 with one ::error:: naming the input, and writes no outputs', async () => {
    const run = await runAction(action, inputs);
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`Input '${input}'`);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
  });
});

describe('the root action (dist/action/index.js)', () => {
  it('refuses an unknown action by name', async () => {
    const run = await runAction('action', { action: 'deploy' }, { actionYml: 'action.yml' });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining("Input 'action' is invalid: got \"deploy\"; use one of approval-brief, bump-version")]);
  });

  it('runs the selected action, which validates its own inputs', async () => {
    const run = await runAction('action', { action: 'pypi-publish', concurrency: '99' }, { actionYml: 'action.yml' });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining("Input 'concurrency' is invalid: got \"99\"")]);
  });
});
