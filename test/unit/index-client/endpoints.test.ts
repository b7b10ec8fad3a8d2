import { describe, expect, it } from '@jest/globals';
import { resolveEndpoints } from '../../../src/index-client/endpoints.js';

describe('resolveEndpoints', () => {
  it('knows PyPI and TestPyPI', () => {
    const pypi = resolveEndpoints('pypi');
    expect([pypi.uploadUrl.href, pypi.simpleUrl.href, pypi.jsonUrl?.href, pypi.oidcBase.href]).toEqual([
      'https://upload.pypi.org/legacy/', 'https://pypi.org/simple/', 'https://pypi.org/pypi/', 'https://upload.pypi.org/',
    ]);
    expect(pypi.releasePage('demo', '1.0')).toBe('https://pypi.org/project/demo/1.0/');
    const test = resolveEndpoints('testpypi');
    expect([test.uploadUrl.href, test.simpleUrl.href, test.jsonUrl?.href]).toEqual([
      'https://test.pypi.org/legacy/', 'https://test.pypi.org/simple/', 'https://test.pypi.org/pypi/',
    ]);
  });
  it('recognises PyPI’s hosts in a URL and forces https, as twine does', () => {
    const e = resolveEndpoints('http://test.pypi.org/legacy/');
    expect(e.name).toBe('testpypi');
    expect(e.uploadUrl.href).toBe('https://test.pypi.org/legacy/');
    expect(e.jsonUrl?.href).toBe('https://test.pypi.org/pypi/');
  });
  it('derives the simple and JSON bases beside a warehouse-style …/legacy/ upload URL', () => {
    const e = resolveEndpoints('http://127.0.0.1:8080/mirror/legacy/');
    expect([e.simpleUrl.href, e.jsonUrl?.href, e.oidcBase.href]).toEqual(['http://127.0.0.1:8080/mirror/simple/', 'http://127.0.0.1:8080/mirror/pypi/', 'http://127.0.0.1:8080/']);
    expect(e.releasePage('demo', '1.0')).toBe('http://127.0.0.1:8080/mirror/project/demo/1.0/');
    expect(resolveEndpoints('http://127.0.0.1:8080/legacy').jsonUrl?.href).toBe('http://127.0.0.1:8080/pypi/');
    // warehouse's rules (the 14-day rule) hold there, as on PyPI and TestPyPI.
    expect([e.warehouse, resolveEndpoints('pypi').warehouse, resolveEndpoints('testpypi').warehouse]).toEqual([true, true, true]);
  });
  it('derives <upload URL>/simple/ for the other indexes, and no JSON API', () => {
    const cases: [string, string][] = [
      ['http://localhost:8080/', 'http://localhost:8080/simple/'], // pypiserver
      ['https://nexus.example/repository/pypi-internal/', 'https://nexus.example/repository/pypi-internal/simple/'],
      ['https://acme.jfrog.io/artifactory/api/pypi/pypi-local', 'https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple/'],
      ['https://gitlab.example.com/api/v4/projects/42/packages/pypi', 'https://gitlab.example.com/api/v4/projects/42/packages/pypi/simple/'],
      ['https://acme-111122223333.d.codeartifact.us-west-2.amazonaws.com/pypi/repo/', 'https://acme-111122223333.d.codeartifact.us-west-2.amazonaws.com/pypi/repo/simple/'],
      // Azure Artifacts uploads to …/upload/ beside its …/simple/.
      ['https://pkgs.dev.azure.com/org/_packaging/feed/pypi/upload/', 'https://pkgs.dev.azure.com/org/_packaging/feed/pypi/simple/'],
    ];
    for (const [upload, simple] of cases) {
      const e = resolveEndpoints(upload);
      expect([e.name, e.simpleUrl.href, e.jsonUrl, e.warehouse]).toEqual(['custom', simple, undefined, false]);
    }
    expect(resolveEndpoints('http://localhost:8080/').releasePage('Demo_Native', '1.0')).toBe('http://localhost:8080/simple/demo-native/');
  });
  it('takes the simple and JSON bases when given', () => {
    const given = resolveEndpoints('https://up.example/upload/', { jsonUrl: new URL('https://api.example/json'), simpleUrl: new URL('https://idx.example/simple/') });
    expect([given.jsonUrl?.href, given.simpleUrl.href]).toEqual(['https://api.example/json/', 'https://idx.example/simple/']);
  });
  it('refuses URLs with credentials and unknown schemes', () => {
    expect(() => resolveEndpoints('https://user:pw@up.example/legacy/')).toThrow('must not carry a user name or password');
    expect(() => resolveEndpoints('ftp://up.example/')).toThrow('must use http or https');
    expect(() => resolveEndpoints('pypy')).toThrow('neither pypi, testpypi nor an absolute upload URL');
  });
});
