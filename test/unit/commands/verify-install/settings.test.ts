import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { readVerifyInstallSettings, verifyInstallSecrets } from '../../../../src/actions/verify-install/settings.js';

/** An existing file, standing in for a manifest where only its existence is checked. */
const THIS_FILE = fileURLToPath(import.meta.url);

const env = (inputs: Record<string, string>): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries({ package: 'ray', version: '2.9.0', ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('verify-install settings', () => {
  it('defaults: PyPI, pinned, 3.x, 15 minutes, __version__ required', () => {
    expect(readVerifyInstallSettings(env({}))).toMatchObject({
      packages: ['ray'], version: '2.9.0', wheels: [], importNames: {}, repository: 'pypi', python: '3.x', pin: true, pre: false, waitTimeoutSeconds: 900,
      requireVersionAttribute: true, extraIndexUrls: [], provenance: 'auto',
    });
  });

  it('takes several packages, and import-name per package in order or as PACKAGE=MODULE pairs', () => {
    expect(readVerifyInstallSettings(env({ package: 'ray ray-cpp' })).packages).toEqual(['ray', 'ray-cpp']);
    expect(readVerifyInstallSettings(env({ package: 'ray,ray-cpp', 'import-name': 'ray -' })).importNames).toEqual({ ray: 'ray', 'ray-cpp': null });
    expect(readVerifyInstallSettings(env({ package: 'ray ray-cpp', 'import-name': 'Ray_CPP=ray_cpp' })).importNames).toEqual({ 'ray-cpp': 'ray_cpp' });
    expect(readVerifyInstallSettings(env({ package: 'ray ray-cpp', 'import-name': 'ray-cpp=-' })).importNames).toEqual({ 'ray-cpp': null });
    expect(() => readVerifyInstallSettings(env({ package: 'ray ray-cpp', 'import-name': 'ray' }))).toThrow("Input 'import-name' is invalid: got \"ray\"; give one module per package, in package's order (ray ray-cpp), or PACKAGE=MODULE pairs such as ray-cpp=-.");
    expect(() => readVerifyInstallSettings(env({ package: 'ray ray-cpp', 'import-name': 'ray ray-cpp=-' }))).toThrow('use either one module per package or PACKAGE=MODULE pairs, not both');
    expect(() => readVerifyInstallSettings(env({ package: 'ray', 'import-name': 'numpy=numpy' }))).toThrow('numpy is not one of package (ray)');
    expect(() => readVerifyInstallSettings(env({ 'import-name': 'ray-util' }))).toThrow('use a Python module name such as ray or ray.util, or - for a distribution with nothing to import');
    expect(() => readVerifyInstallSettings(env({ package: 'ray bad/name' }))).toThrow("Input 'package' is invalid");
  });

  it('takes the leg\'s wheels by filename, as words or a JSON list, each of a named package and the version, with a manifest', () => {
    const wheels = 'ray-2.9.0-cp312-cp312-manylinux2014_x86_64.whl ray_cpp-2.9.0-cp312-cp312-manylinux2014_x86_64.whl';
    const manifest = { 'expect-manifest': THIS_FILE };
    const s = readVerifyInstallSettings(env({ package: '', wheels, ...manifest }));
    expect(s).toMatchObject({ packages: ['ray', 'ray_cpp'], wheels: wheels.split(' ') });
    expect(readVerifyInstallSettings(env({ wheels: JSON.stringify(wheels.split(' ')), package: 'ray ray-cpp', ...manifest })).wheels).toEqual(wheels.split(' '));
    expect(() => readVerifyInstallSettings(env({ package: '', wheels }))).toThrow("Input 'expect-manifest' is required: give the manifest of the set");
    expect(() => readVerifyInstallSettings(env({ package: 'ray', wheels, ...manifest }))).toThrow(/^Input 'wheels' is invalid: got .*; ray_cpp-2\.9\.0-cp312-cp312-manylinux2014_x86_64\.whl is a wheel of ray_cpp, which package does not name \(ray\)/);
    expect(() => readVerifyInstallSettings(env({ version: '2.9.1', wheels, ...manifest }))).toThrow('is version 2.9.0, but version is 2.9.1');
    expect(() => readVerifyInstallSettings(env({ wheels: '["a.whl"', ...manifest }))).toThrow('use wheel filenames separated by spaces, or a JSON list of them');
  });

  it('takes the planned leg as toJSON(matrix) or an id: its identity for the result file, its wheels and packages as defaults', () => {
    const entry = {
      id: 'linux-x86_64-3.12', name: 'Linux x86_64 · Python 3.12', 'runs-on': ['self-hosted', 'linux'], python: '3.12', 'python-setup': 'setup-python',
      wheels: ['ray-2.9.0-cp312-cp312-manylinux2014_x86_64.whl'], packages: ['ray'],
    };
    const s = readVerifyInstallSettings(env({ package: '', leg: JSON.stringify(entry), 'expect-manifest': THIS_FILE }));
    expect(s).toMatchObject({ leg: { id: 'linux-x86_64-3.12', runsOn: 'self-hosted,linux' }, packages: ['ray'], wheels: entry.wheels });
    expect(readVerifyInstallSettings(env({ leg: 'macos-arm64-2.7-conda' })).leg).toEqual({ id: 'macos-arm64-2.7-conda' });
    expect(() => readVerifyInstallSettings(env({ leg: '{"name": "x"}' }))).toThrow("the matrix entry has no id: pass toJSON(matrix) of plan-verify's matrix");
    expect(() => readVerifyInstallSettings(env({ leg: 'a leg' }))).toThrow("Input 'leg' is invalid");
  });

  it("takes the release's one import-name in every leg: pairs for distributions a leg does not install are the other legs'", () => {
    const leg = (packages: string[], wheels: string[]) => JSON.stringify({ id: 'x', name: 'x', 'runs-on': 'ubuntu-24.04', python: '3.12', 'python-setup': 'setup-python', wheels, packages });
    const pure = leg(['ray'], ['ray-2.9.0-py3-none-any.whl']);
    const both = leg(['ray', 'ray-cpp'], ['ray-2.9.0-cp312-cp312-manylinux2014_x86_64.whl', 'ray_cpp-2.9.0-cp312-cp312-manylinux2014_x86_64.whl']);
    const inputs = { package: '', 'import-name': 'ray=ray ray-cpp=-', 'expect-manifest': THIS_FILE };
    expect(readVerifyInstallSettings(env({ ...inputs, leg: pure })).importNames).toEqual({ ray: 'ray' });
    expect(readVerifyInstallSettings(env({ ...inputs, leg: both })).importNames).toEqual({ ray: 'ray', 'ray-cpp': null });
    // Still checked, and still refused where the user named the packages.
    expect(() => readVerifyInstallSettings(env({ ...inputs, leg: pure, 'import-name': 'ray-cpp=ray-cpp' }))).toThrow('use a Python module name');
    expect(() => readVerifyInstallSettings(env({ ...inputs, leg: pure, 'import-name': 'bad/name=x' }))).toThrow("Input 'import-name' is invalid");
    expect(() => readVerifyInstallSettings(env({ ...inputs, leg: pure, package: 'ray' }))).toThrow('ray-cpp is not one of package (ray)');
  });

  it('provenance: auto, required or off; the publisher from the inputs, else from this run', () => {
    const run = { GITHUB_REPOSITORY: 'octo/example', GITHUB_WORKFLOW_REF: 'octo/example/.github/workflows/release.yml@refs/heads/main' };
    expect(readVerifyInstallSettings({ ...env({}), ...run }).publisher).toEqual({ repository: 'octo/example', workflow: 'release.yml' });
    expect(readVerifyInstallSettings({ ...env({ 'publisher-repository': 'octo/other', 'publisher-workflow': 'publish.yaml' }), ...run }).publisher)
      .toEqual({ repository: 'octo/other', workflow: 'publish.yaml' });
    expect(readVerifyInstallSettings(env({})).publisher).toBeUndefined();
    expect(() => readVerifyInstallSettings(env({ 'publisher-repository': 'octo/other' }))).toThrow("Input 'publisher-workflow' is required: give publisher-repository and publisher-workflow together");
    expect(() => readVerifyInstallSettings(env({ 'publisher-workflow': '.github/workflows/release.yml', 'publisher-repository': 'o/r' }))).toThrow("Input 'publisher-workflow' is invalid");
    expect(readVerifyInstallSettings(env({ provenance: 'required' })).provenance).toBe('required');
    expect(() => readVerifyInstallSettings(env({ provenance: 'yes' }))).toThrow("Input 'provenance' is invalid: got \"yes\"; use one of auto, required, off.");
    expect(() => readVerifyInstallSettings(env({ 'trusted-root': '/nonexistent/trusted_root.json' }))).toThrow("Input 'trusted-root' is invalid");
  });

  it('takes https indexes anywhere and http only on this machine', () => {
    expect(readVerifyInstallSettings(env({ 'index-url': 'http://127.0.0.1:8080/simple/', 'dependency-index-url': 'http://localhost:9/simple/' })).indexUrl?.href).toBe('http://127.0.0.1:8080/simple/');
    expect(() => readVerifyInstallSettings(env({ 'index-url': 'http://mirror.example/simple/' }))).toThrow("Input 'index-url' is invalid");
    expect(() => readVerifyInstallSettings(env({ 'extra-index-url': 'https://pypi.org/simple http://10.0.0.1/simple' }))).toThrow("Input 'extra-index-url' is invalid");
  });

  it('refuses pin: false for a pre-release unless pre is true', () => {
    expect(() => readVerifyInstallSettings(env({ version: '3.0rc1', pin: 'false' }))).toThrow("Input 'pre' is invalid: got \"false\"; use true: 3.0rc1 is a pre-release");
    expect(readVerifyInstallSettings(env({ version: '3.0rc1', pin: 'false', pre: 'true' })).pre).toBe(true);
    expect(readVerifyInstallSettings(env({ version: '3.0rc1' })).pin).toBe(true);
  });

  it('pre: auto allows pre-releases exactly when the version is one', () => {
    expect(readVerifyInstallSettings(env({ version: '3.0rc1', pin: 'false', pre: 'auto' })).pre).toBe(true);
    expect(readVerifyInstallSettings(env({ version: '3.0.1.dev2', pin: 'false', pre: 'auto' })).pre).toBe(true);
    expect(readVerifyInstallSettings(env({ version: '3.0.0', pin: 'false', pre: 'auto' })).pre).toBe(false);
    expect(readVerifyInstallSettings(env({ version: '3.0.0.post1', pin: 'false', pre: 'auto' })).pre).toBe(false);
    expect(() => readVerifyInstallSettings(env({ version: '3.0.0', pre: 'maybe' }))).toThrow("Input 'pre' is invalid: got \"maybe\"; use true, false or auto");
  });

  it('reads require-version-attribute and an inline smoke test', () => {
    const s = readVerifyInstallSettings(env({ 'require-version-attribute': 'false', 'smoke-test': 'import ray\nray.init()' }));
    expect(s.requireVersionAttribute).toBe(false);
    expect(s.smokeTest).toEqual({ kind: 'code', code: 'import ray\nray.init()' });
  });

  it('masks the credentials of every index URL input, as typed and decoded, before the settings are read', () => {
    const secrets = verifyInstallSecrets(env({
      'index-url': 'http://alice:s3cr%40t@host/simple/',
      'dependency-index-url': 'https://DEPTOKEN@deps.example/simple/',
      'extra-index-url': 'https://pypi.org/simple, https://bob:pw2@one.example/simple\nhttps://FURY@pypi.fury.io/acme/',
      'smoke-test': 'https://not:an-index@host/',
    }));
    const basic = (s: string) => Buffer.from(s).toString('base64');
    expect([...secrets].sort()).toEqual(['DEPTOKEN', 'FURY', 'pw2', 's3cr%40t', 's3cr@t', basic('alice:s3cr@t'), basic('DEPTOKEN:'), basic('bob:pw2'), basic('FURY:')].sort());
    expect(verifyInstallSecrets(env({ 'index-url': 'https://pypi.org/simple/' }))).toEqual([]);
  });

  it('refuses a plain-http index without echoing its credentials', () => {
    const message = errorMessage(() => readVerifyInstallSettings(env({ 'index-url': 'http://alice:s3cr%40t@host/simple/' })));
    expect(message).toContain("Input 'index-url' is invalid: got \"http://host/simple/\"; use an https URL");
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
    const extra = errorMessage(() => readVerifyInstallSettings(env({ 'extra-index-url': 'https://pypi.org/simple http://TOKEN42@10.0.0.1/simple' })));
    expect(extra).toContain('"http://10.0.0.1/simple"');
    expect(extra).not.toContain('TOKEN42');
  });

  it('refuses an index URL that does not parse without echoing its credentials', () => {
    for (const input of ['index-url', 'dependency-index-url', 'extra-index-url']) {
      const message = errorMessage(() => readVerifyInstallSettings(env({ [input]: 'https://alice:s3cr%40t@host:port/simple/' })));
      expect(message).toContain(`Input '${input}' is invalid: got "https://***@host:port/simple/"`);
      for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
    }
  });
});

function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}
