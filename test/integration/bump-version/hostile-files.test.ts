/**
 * bump-version (dist/bump-version/index.js, run as the runner runs it) on a
 * repository whose version file holds lines that are workflow commands: the
 * diff the action prints shows them as context lines, which the runner would
 * run if they were printed as they are (it trims the leading spaces).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { cleanupRunsAfterAll, injections, runAction, secretLeaks } from '../../support/runner.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';
import { RAY_BEFORE } from '../../unit/commands/bump-version/ray-like.js';

const TOKEN = 'ghs_bumpVersionHostileToken0123456789ab';
const MARKER = 'HOSTILE';

cleanupRunsAfterAll();

let fake: FakeGitHub;
beforeEach(async () => {
  const init = RAY_BEFORE['python/ray/__init__.py']!.replace(
    '__version__ = "2.9.0"',
    [
      '  ::set-output name=version::6.6.6',
      `  ::stop-commands::${MARKER}pause`,
      '__version__ = "2.9.0"',
      `# ${MARKER} ##[set-output name=tag;]v6.6.6`,
      `::warning::${MARKER} spoofed`,
    ].join('\n'),
  );
  fake = await startFakeGitHub({ token: TOKEN, initialFiles: { ...RAY_BEFORE, 'python/ray/__init__.py': init } });
});
afterEach(async () => {
  expect(fake.violations).toEqual([]);
  await fake.close();
});

describe('bump-version and a version file that holds workflow commands', () => {
  for (const dryRun of [true, false]) {
    it(`shows them in the diff and runs none${dryRun ? ' (dry run)' : ''}`, async () => {
      const run = await runAction('bump-version', { token: TOKEN, repository: 'octo/example', bump: 'minor', 'dry-run': String(dryRun) }, { env: fake.env() });
      expect([run.code, run.errors, run.fileCommandErrors]).toEqual([0, [], []]);
      expect(injections(run, MARKER, 'bump-version')).toEqual([]);
      expect(run.outputs.version).toBe('2.10.0');
      expect(run.outputs.tag).toBe('v2.10.0');
      // The diff's context lines are in the log as text.
      expect(run.log).toContain('   ::set-output name=version::6.6.6');
      expect(run.log).toContain('+__version__ = "2.10.0"');
      expect(secretLeaks(run, TOKEN)).toEqual([]);
    });
  }

  it('refuses a full ref as the branch or the base before anything is written', async () => {
    for (const inputs of [{ branch: 'refs/heads/main' }, { base: 'refs/heads/main' }] as Record<string, string>[]) {
      const snapshot = fake.snapshot();
      const run = await runAction('bump-version', { token: TOKEN, repository: 'octo/example', bump: 'minor', ...inputs }, { env: fake.env() });
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(/^Input '(branch|base)' is invalid: got "refs\/heads\/main"; .*give the short name \("main"\), not the full ref/);
      expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(fake.snapshot()).toBe(snapshot);
    }
  });
});
