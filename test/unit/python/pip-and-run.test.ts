import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { formatCommand, maskCredentials, pythonEnvironment } from '../../../src/process/index.js';
import {
  pipAtLeast,
  pipInstall,
  pipInstallArgs,
  pipSupportsRefreshPackage,
  resolvePython,
  runPython,
  type Environment,
  type Interpreter,
} from '../../../src/python/index.js';
import { itWith, pyenvPython, pyenvVersion } from './pythons.js';

const base: Interpreter = { path: '/py/bin/python', version: '3.12.1', major: 3, minor: 12, implementation: 'cpython', source: 'explicit' };
const RUNNER = '/py/lib/python3.12/site-packages/pip/__pip-runner__.py';
function fakeEnv(kind: Environment['kind'], pipVersion: string): Environment {
  const pip = pipVersion ? { pip: { version: pipVersion, home: '/py/lib/python3.12/site-packages', from: 'base' as const, args: [RUNNER] } } : {};
  return { root: '/envs/e', python: '/envs/e/bin/python', env: {}, sitePackages: '/envs/e/lib/site-packages', siteDirs: [], binDir: '/envs/e/bin', ...pip, kind, base };
}

describe('pip install arguments', () => {
  it('always: no version check, no prompts, no cache; "--" before the requirements', () => {
    const args = pipInstallArgs(fakeEnv('venv', '23.2.1'), { requirements: ['ray==2.9.0'] });
    expect(args).toEqual([RUNNER, 'install', '--disable-pip-version-check', '--no-input', '--no-cache-dir', '--', 'ray==2.9.0']);
  });

  it('maps every option, in a site-dir environment with --prefix', () => {
    const args = pipInstallArgs(fakeEnv('site-dir', '20.3.4'), {
      requirements: ['ray==2.9.0'],
      indexUrl: 'https://test.pypi.org/simple/',
      extraIndexUrls: ['https://pypi.org/simple', 'https://mirror.example/simple'],
      findLinks: ['https://example.org/wheels/'],
      noDeps: true,
      onlyBinary: ['ray', 'numpy'],
      pre: true,
      upgrade: true,
      noCacheDir: false,
      extraArgs: ['--timeout', '60'],
    });
    expect(args).toEqual([
      RUNNER, 'install', '--disable-pip-version-check', '--no-input',
      '--prefix', '/envs/e',
      '--index-url', 'https://test.pypi.org/simple/',
      '--extra-index-url', 'https://pypi.org/simple',
      '--extra-index-url', 'https://mirror.example/simple',
      '--find-links', 'https://example.org/wheels/',
      '--no-deps', '--only-binary', 'ray,numpy', '--pre', '--upgrade',
      '--timeout', '60',
      '--', 'ray==2.9.0',
    ]);
  });

  it('passes --refresh-package only to pip 26.2 and later, and says why otherwise', () => {
    const log = new MemoryLogger();
    expect(pipInstallArgs(fakeEnv('venv', '26.2'), { requirements: ['ray'], refreshPackages: ['ray'] })).toContain('--refresh-package');
    expect(pipInstallArgs(fakeEnv('venv', '27.0.1'), { requirements: ['ray'], refreshPackages: ['ray'] })).toEqual(
      expect.arrayContaining(['--refresh-package', 'ray']),
    );
    expect(pipInstallArgs(fakeEnv('venv', '26.1.1'), { requirements: ['ray'], refreshPackages: ['ray'] }, log)).not.toContain('--refresh-package');
    expect(log.text()).toContain('pip 26.1.1 has no --refresh-package');
    expect(log.text()).toContain('--no-cache-dir makes pip read the index afresh');
  });

  it('makes local paths absolute (pip runs in the environment root), leaves names and URLs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pyrelease-args-'));
    const cwd = process.cwd();
    try {
      writeFileSync(join(dir, 'demo-1.0-py3-none-any.whl'), '');
      process.chdir(dir);
      const args = pipInstallArgs(fakeEnv('venv', '24.0'), {
        requirements: ['./demo-1.0-py3-none-any.whl', 'demo==1.0', 'https://x.example/demo-1.0-py3-none-any.whl'],
        findLinks: ['dist/', 'file:///srv/wheels'],
      });
      const real = realpathSync(dir);
      expect(args).toContain(join(real, 'demo-1.0-py3-none-any.whl'));
      expect(args).toContain('demo==1.0');
      expect(args).toContain('https://x.example/demo-1.0-py3-none-any.whl');
      expect(args).toContain(join(real, 'dist'));
      expect(args).toContain('file:///srv/wheels');
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compares pip versions by release numbers', () => {
    expect(pipAtLeast('26.2', '26.2')).toBe(true);
    expect(pipAtLeast('26.10', '26.2')).toBe(true);
    expect(pipAtLeast('9.0.3', '19.2')).toBe(false);
    expect(pipAtLeast('', '1')).toBe(false);
    expect(pipSupportsRefreshPackage('26.2b1')).toBe(true);
    expect(pipSupportsRefreshPackage('20.3.4')).toBe(false);
  });

  it('refuses to run without requirements or without pip', async () => {
    await expect(pipInstall(fakeEnv('venv', '24.0'), { requirements: [] })).rejects.toThrow(UserError);
    await expect(pipInstall(fakeEnv('venv', ''), { requirements: ['x'] })).rejects.toThrow(/has no pip/);
  });
});

describe('environment cleaning and command logging', () => {
  it('drops PYTHON*, PIP_*, VIRTUAL_ENV, what the runner gives only the action, and the credentials a job holds', () => {
    const env = pythonEnvironment({
      PATH: '/usr/bin', HOME: '/home/u', HTTPS_PROXY: 'http://proxy:3128',
      GITHUB_TOKEN: 'ghs_x', gh_token: 'x', AWS_ACCESS_KEY_ID: 'AKIA', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't', PYPI_API_TOKEN: 'pypi-x',
      TWINE_PASSWORD: 'p', DB_PASSWD: 'p', GOOGLE_APPLICATION_CREDENTIALS: '/k.json', OPENAI_API_KEY: 'k', DEPLOY_PRIVATE_KEY: 'k', SSH_AUTH_SOCK: '/tmp/agent',
      PYTHONPATH: '/src', PYTHONHOME: '/py', PYTHONSTARTUP: 'x.py', PIP_INDEX_URL: 'https://evil/simple', pip_find_links: '/w',
      VIRTUAL_ENV: '/venv', __PYVENV_LAUNCHER__: '/x',
      INPUT_TOKEN: 'pypi-secret', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    });
    expect(env).toEqual({
      PATH: '/usr/bin', HOME: '/home/u', HTTPS_PROXY: 'http://proxy:3128',
      PYTHONNOUSERSITE: '1', PYTHONIOENCODING: 'utf-8', PIP_CONFIG_FILE: devNull,
    });
  });

  it('masks credentials in URLs and quotes for reading', () => {
    expect(maskCredentials('--index-url=https://__token__:pypi-AgEI@test.pypi.org/simple/')).toBe('--index-url=https://***@test.pypi.org/simple/');
    expect(maskCredentials('https://pypi.org/simple')).toBe('https://pypi.org/simple');
    expect(formatCommand('/bin/python', ['-m', 'pip', 'install', 'a b', "it's", 'https://u:p@h/x'])).toBe(
      "/bin/python -m pip install 'a b' 'it'\\''s' 'https://***@h/x'",
    );
    expect(formatCommand('/bin/python', ['-c', '# pyrelease: probe\nimport sys\n'])).toBe('/bin/python -c <pyrelease: probe: 3-line script>');
  });
});

const v27 = pyenvVersion('2.7');
const v312 = pyenvVersion('3.12');

describe('runPython', () => {
  itWith(v312, '3.12')('passes input, working directory and arguments; reports the exit code', async () => {
    const py = await resolvePython(pyenvPython(v312!)!);
    const dir = mkdtempSync(join(tmpdir(), 'pyrelease-run-'));
    try {
      const r = await runPython(py, ['-c', 'import os, sys; sys.stdout.write(sys.stdin.read().upper() + "|" + os.getcwd() + "|" + sys.argv[1]); sys.exit(3)', 'arg; rm -rf /'], {
        input: 'hello',
        cwd: dir,
      });
      expect(r).toMatchObject({ code: 3, stdout: `HELLO|${realpathSync(dir)}|arg; rm -rf /` });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  itWith(v312, '3.12')('kills a run that exceeds its timeout', async () => {
    const py = await resolvePython(pyenvPython(v312!)!);
    const r = await runPython(py, ['-c', 'import time; time.sleep(60)'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.code).not.toBe(0);
  });

  itWith(v27, '2.7')('a bare interpreter ignores the caller\'s PYTHONPATH and user site, and prints UTF-8 on 2.7', async () => {
    const py = await resolvePython(pyenvPython(v27!)!);
    const saved = process.env.PYTHONPATH;
    process.env.PYTHONPATH = '/somewhere/else';
    try {
      const r = await runPython(py, ['-c', "import sys, site; sys.stdout.write(repr([p for p in sys.path if 'somewhere' in p]) + ' ' + repr(site.ENABLE_USER_SITE) + ' '); print(u'caf\\xe9')"]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe('[] False café');
    } finally {
      if (saved === undefined) delete process.env.PYTHONPATH;
      else process.env.PYTHONPATH = saved;
    }
  });

  it('an interpreter that cannot start is a UserError', async () => {
    await expect(runPython({ ...base, path: '/nonexistent/python' }, ['-V'])).rejects.toThrow(UserError);
  });
});
