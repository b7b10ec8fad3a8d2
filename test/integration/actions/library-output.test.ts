/**
 * Lines a library prints itself (past the printer) in a real bundle, on stdout
 * and stderr: the runner shows them and runs nothing in them, and no fragment
 * of a secret of the run survives. Through an action's own bundle and through
 * the root action, which loads that bundle into its own process.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { cleanupRuns, fragmentLeaks, injections, REPO_ROOT, runAction } from '../../support/runner.js';

afterAll(cleanupRuns);

const HOSTILE = 'HOSTILE';
const SECRET = 'ghp_libraryOutputSecret0123456789abcdefXYZ';
const PRINTS = [
  `Downloading raw file (non-zip) to: /tmp/##[set-output name=wheels;]${HOSTILE}`,
  `::set-output name=manifest::${HOSTILE}`,
  `::stop-commands::${HOSTILE}`,
  `::error::${HOSTILE}`,
  `token prefix ${SECRET.slice(0, 16)} and rest ${SECRET.slice(16)}`,
].join('\n');

const env = {
  NODE_OPTIONS: `--require ${join(REPO_ROOT, 'test/support/library-prints.cjs')}`,
  LIBRARY_PRINTS: PRINTS,
};

const CASES: { how: string; name: string; inputs: Record<string, string>; actionYml?: string }[] = [
  { how: 'dist/fetch-wheels/index.js', name: 'fetch-wheels', inputs: {} },
  { how: 'the root action', name: 'action', inputs: { action: 'fetch-wheels' }, actionYml: 'action.yml' },
];

describe.each(CASES)('a library printing past the printer in $how', ({ name, inputs, actionYml }) => {
  it('is shown on both streams, runs nothing and leaks no fragment of a secret', async () => {
    // A source that fails its check: the action ends quickly, having registered the token.
    const run = await runAction(name, { ...inputs, source: 'ftp://example.com/wheels/', token: SECRET }, { env, ...(actionYml ? { actionYml } : {}) });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([expect.stringContaining("Input 'source'")]);
    expect(injections(run, HOSTILE, 'fetch-wheels')).toEqual([]);
    expect(fragmentLeaks(run, SECRET)).toEqual([]);
    const shown = run.log.split('\n');
    for (const line of [`::set-output name=manifest::${HOSTILE}`, `::error::${HOSTILE}`]) {
      expect(shown.filter((l) => l === line)).toHaveLength(2);
    }
    expect(shown.filter((l) => l.startsWith('token prefix ***'))).toHaveLength(2);
  });
});
