/**
 * The path rules of each OS, tested for every OS on this machine: Windows
 * (Scripts\python.exe, Lib\site-packages, Path, case-insensitive), macOS
 * (bin/, case-insensitive by default) and Linux (bin/, case-sensitive).
 */
import { describe, expect, it } from '@jest/globals';
import { layoutFor } from '../../../src/python/layout.js';

describe('Windows', () => {
  const w = layoutFor('win32');

  it('keeps a venv\'s interpreter and scripts in Scripts\\, as .exe files', () => {
    expect(w.scriptsDir('D:\\a\\_temp\\verify-install-x\\env')).toBe('D:\\a\\_temp\\verify-install-x\\env\\Scripts');
    expect(w.venvPython('D:\\a\\_temp\\env')).toBe('D:\\a\\_temp\\env\\Scripts\\python.exe');
    expect(w.exe('python')).toBe('python.exe');
    expect(w.exe('python.EXE')).toBe('python.EXE');
    expect(w.shellWrappers).toBe(false);
  });

  it('looks for an interpreter in a venv\'s Scripts\\, then at the top of an installation', () => {
    expect(w.interpretersIn('C:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64', ['python3', 'python'])).toEqual([
      'C:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64\\Scripts\\python3.exe',
      'C:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64\\Scripts\\python.exe',
      'C:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64\\python3.exe',
      'C:\\hostedtoolcache\\windows\\Python\\3.12.1\\x64\\python.exe',
    ]);
  });

  it('compares paths without regard to case or separator', () => {
    const env = 'D:\\a\\_temp\\verify-install-AbC\\env';
    expect(w.isInside(env, 'd:\\A\\_TEMP\\verify-install-abc\\env\\Lib\\site-packages\\demo\\__init__.py')).toBe(true);
    expect(w.isInside(env, 'D:/a/_temp/verify-install-AbC/env/Lib/site-packages/demo.py')).toBe(true);
    expect(w.isInside(env, env)).toBe(true);
    expect(w.isInside(env, 'D:\\a\\_temp\\verify-install-AbC\\env2\\x.py')).toBe(false);
    expect(w.isInside(env, 'D:\\a\\work\\checkout\\demo\\__init__.py')).toBe(false);
    expect(w.isInside(env, 'C:\\a\\_temp\\verify-install-AbC\\env\\x.py')).toBe(false);
    // A child whose name starts with two dots is inside.
    expect(w.isInside(env, `${env}\\..hidden\\x.py`)).toBe(true);
  });

  it('finds the search path however Windows spells it, and puts a directory first with ;', () => {
    expect(w.pathKey({ Path: 'C:\\Windows' })).toBe('Path');
    expect(w.pathKey({ PATH: 'C:\\Windows' })).toBe('PATH');
    expect(w.pathKey({})).toBe('Path');
    expect(w.withPathFirst({ Path: 'C:\\Windows;C:\\Tools', HOME: 'x' }, 'D:\\env\\Scripts')).toEqual({
      Path: 'D:\\env\\Scripts;C:\\Windows;C:\\Tools',
      HOME: 'x',
    });
  });
});

describe('macOS', () => {
  const m = layoutFor('darwin');

  it('keeps a venv\'s interpreter in bin/, with no extension', () => {
    expect(m.venvPython('/Users/runner/work/_temp/env')).toBe('/Users/runner/work/_temp/env/bin/python');
    expect(m.interpretersIn('/Users/runner/hostedtoolcache/Python/3.12.1/arm64', ['python3'])).toEqual([
      '/Users/runner/hostedtoolcache/Python/3.12.1/arm64/bin/python3',
    ]);
    expect(m.shellWrappers).toBe(true);
  });

  it('compares paths without regard to case (APFS default), with / only', () => {
    expect(m.isInside('/private/var/folders/x/T/env', '/private/var/folders/X/t/env/lib/python3.12/site-packages/demo.py')).toBe(true);
    expect(m.isInside('/private/var/folders/x/T/env', '/private/var/folders/x/T/env-other/demo.py')).toBe(false);
  });
});

describe('Linux', () => {
  const l = layoutFor('linux');

  it('keeps a venv\'s interpreter in bin/, and PATH with :', () => {
    expect(l.scriptsDir('/home/runner/work/_temp/env')).toBe('/home/runner/work/_temp/env/bin');
    expect(l.venvPython('/tmp/env')).toBe('/tmp/env/bin/python');
    expect(l.exe('python3')).toBe('python3');
    expect(l.pathKey({ Path: '/x' })).toBe('PATH');
    expect(l.withPathFirst({ PATH: '/usr/bin:/bin' }, '/tmp/env/bin')).toEqual({ PATH: '/tmp/env/bin:/usr/bin:/bin' });
    expect(l.withPathFirst({}, '/tmp/env/bin')).toEqual({ PATH: '/tmp/env/bin' });
  });

  it('compares paths with regard to case', () => {
    expect(l.isInside('/tmp/Env', '/tmp/Env/lib/demo.py')).toBe(true);
    expect(l.isInside('/tmp/Env', '/tmp/env/lib/demo.py')).toBe(false);
    expect(l.isInside('/tmp/env', '/tmp/env/../elsewhere/demo.py')).toBe(false);
  });
});
