/**
 * The TestPyPI mode against two local indexes: a "test" one holding the
 * package and, planted by someone else, a dependency's name with a higher
 * version; a "production" one holding the real dependency. Only the package's
 * wheel may come from the test index.
 */
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cleanupRunsAfterAll, runAction } from '../../support/runner.js';
import { itIf, pythonPath } from '../../support/tools.js';
import { cleanupAll, publishWheel, startIndex, type TestIndex } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

let test: TestIndex;
let production: TestIndex;
let wheel: string;

beforeAll(async () => {
  test = await startIndex();
  production = await startIndex();
  await publishWheel(production, { name: 'dep-demo', version: '1.0', tags: 'py2.py3-none-any' });
  // The attack: anyone can register dep-demo on the test index, with a version that wins any comparison.
  await publishWheel(test, { name: 'dep-demo', version: '99.0', tags: 'py2.py3-none-any' });
  wheel = basename(await publishWheel(test, { name: 'tp-demo', version: '1.0', tags: 'py2.py3-none-any', requires: ['dep-demo'] }));
});

const SMOKE = 'import dep_demo, tp_demo; print("dep_demo " + dep_demo.__version__); assert dep_demo.__version__ == "1.0"';

describe('repository: testpypi', () => {
  for (const v of ['2.7', '3.12']) {
    itIf(pythonPath(v), `Python ${v} is not installed under /root/.pyenv/versions`)(`Python ${v}: installs the exact wheel and takes dependencies from production only`, async () => {
      const run = await runAction('verify-install', {
        package: 'tp-demo',
        version: '1.0',
        repository: 'testpypi',
        'index-url': test.simpleUrl,
        'dependency-index-url': production.simpleUrl,
        python: v,
        'smoke-test': SMOKE,
        'wait-timeout': '30',
      });
      expect(run.errors).toEqual([]);
      expect(run.warnings).toEqual([]);
      expect(run.outputs.wheel).toBe(wheel);
      expect(run.log).toContain('dep_demo 1.0');
      const result = JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'));
      expect(result).toMatchObject({ mode: 'exact-file', index: test.simpleUrl, dependencyIndex: production.simpleUrl });
      expect(result.installed).toEqual(expect.arrayContaining(['dep-demo-1.0', 'tp-demo-1.0']));
      expect(result.installed).not.toContain('dep-demo-99.0');
      expect(result.wheelSha256).toMatch(/^[0-9a-f]{64}$/);
      // pip was never pointed at the test index: only our download was.
      const pipLines = run.log.split('\n').filter((l) => l.includes(' install --disable-pip-version-check'));
      expect(pipLines).toHaveLength(1);
      expect(pipLines[0]).toContain(`--index-url ${production.simpleUrl}`);
      expect(pipLines[0]).not.toContain(test.simpleUrl);
    });
  }

  itIf(pythonPath('3.12'), 'Python 3.12 is not installed under /root/.pyenv/versions')('pin: false lets pip choose the newest wheel from the test index, still with production dependencies', async () => {
    const run = await runAction('verify-install', {
      package: 'tp-demo',
      version: '1.0',
      repository: 'testpypi',
      'index-url': test.simpleUrl,
      'dependency-index-url': production.simpleUrl,
      python: '3.12',
      pin: 'false',
      'smoke-test': SMOKE,
      'wait-timeout': '30',
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs.wheel).toBe(wheel);
    expect(run.log).toContain(' download --disable-pip-version-check');
    expect(run.log).toContain('dep_demo 1.0');
  });

  itIf(pythonPath('3.12'), 'Python 3.12 is not installed under /root/.pyenv/versions')('with extra-index-url pip mixes the indexes, and the warning says what that costs', async () => {
    // The contrast that shows the setup above can fail: pip's mixing installs the planted 99.0.
    const run = await runAction('verify-install', {
      package: 'tp-demo',
      version: '1.0',
      repository: 'testpypi',
      'index-url': test.simpleUrl,
      'extra-index-url': production.simpleUrl,
      python: '3.12',
      'smoke-test': 'import dep_demo; print("dep_demo " + dep_demo.__version__)',
      'wait-timeout': '30',
    });
    expect(run.errors).toEqual([]);
    expect(run.warnings.join('\n')).toContain('dependency confusion');
    expect(run.log).toContain('dep_demo 99.0');
    const result = JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'));
    expect(result.mode).toBe('mixed');
    expect(result.installed).toContain('dep-demo-99.0');
  });
});
