/**
 * Interpreters in the runner's tool cache, found by @actions/tool-cache's own
 * lookup in a directory laid out as actions/setup-python lays it out:
 * <cache>/Python/<version>/<arch>/bin/python3, finished with
 * <version>/<arch>.complete. The interpreters are links to pyenv's.
 */
import { afterAll, beforeAll, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import { resolvePython } from '../../../src/python/index.js';
import { describeWith, itWith, pyenvPython, pyenvVersion } from './pythons.js';

const v312 = pyenvVersion('3.12');
const v313 = pyenvVersion('3.13');

describeWith(v312, '3.12')('the tool cache, as setup-python leaves it', () => {
  let tmp: string;
  /** Installs `version` for `forArch` in `cache` as setup-python does; `complete` writes the marker. */
  const install = (cache: string, version: string, forArch: string, complete: boolean): string => {
    const bin = join(cache, 'Python', version, forArch, 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(pyenvPython(version)!, join(bin, 'python3'));
    if (complete) writeFileSync(join(cache, 'Python', version, `${forArch}.complete`), '');
    return join(bin, 'python3');
  };
  // Nothing on PATH: an interpreter comes from the tool cache or, failing that, from pyenv.
  const search = (cache: string) => ({ PATH: join(tmp, 'empty'), RUNNER_TOOL_CACHE: cache });

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'pyrelease-toolcache-'));
    mkdirSync(join(tmp, 'empty'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  itWith(v312, '3.12')("finds a complete install for this machine's architecture before pyenv's, and leaves RUNNER_TOOL_CACHE as it was", async () => {
    const cache = join(tmp, 'complete');
    const link = install(cache, v312!, arch(), true);
    const before = process.env.RUNNER_TOOL_CACHE;
    const log = new MemoryLogger();
    const py = await resolvePython('3.12', search(cache), log);
    expect(py).toMatchObject({ source: 'tool-cache', version: v312, major: 3, minor: 12 });
    expect(log.text()).toContain(`tool cache (${join(cache, 'Python')}):\n       ${link} → CPython ${v312}`);
    expect(process.env.RUNNER_TOOL_CACHE).toBe(before);
  });

  itWith(v313, '3.13')('an install without its .complete marker (interrupted) is passed over until setup-python finishes it', async () => {
    const cache = join(tmp, 'interrupted');
    install(cache, v312!, arch(), true);
    const link = install(cache, v313!, arch(), false);
    const log = new MemoryLogger();
    expect(await resolvePython('3.13', search(cache), log)).toMatchObject({ source: 'pyenv', version: v313 });
    expect(log.text()).not.toContain(link);
    writeFileSync(join(cache, 'Python', v313!, `${arch()}.complete`), '');
    expect(await resolvePython('3.13', search(cache))).toMatchObject({ source: 'tool-cache', version: v313 });
  });

  itWith(v312, '3.12')("another architecture's install is passed over, and the search says what the cache lacks", async () => {
    const cache = join(tmp, 'other-arch');
    const link = install(cache, v312!, arch() === 'arm64' ? 'x64' : 'arm64', true);
    const log = new MemoryLogger();
    expect(await resolvePython('3.12', search(cache), log)).toMatchObject({ source: 'pyenv', version: v312 });
    expect(log.text()).not.toContain(link);
    expect(log.text()).toContain(`tool cache (${join(cache, 'Python')}): no complete ${arch()} installation (setup-python marks one with <version>/${arch()}.complete)`);
  });
});
