/**
 * The platform tag of a compiled module, read off real shared objects that
 * gcc builds here (what they link, which glibc symbol versions they need),
 * and the parsers on readelf's and ldd's own output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '../../../src/log.js';
import { parseGlibcVersion, parseNeeded, parseVersionNeeds, platformTags, readElfNeeds } from '../../../src/rehearse/index.js';
import { machineGlibc } from '../../../src/rehearse/manylinux.js';
import { itIf, pythonPath, which } from '../../support/tools.js';

const gcc = which('gcc');
const readelf = which('readelf');
const arch = process.platform === 'linux' ? execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim() : '';
const zlib = existsSync('/usr/include/zlib.h');
const real = gcc && readelf && arch === 'x86_64';
const NEEDS = 'it needs gcc and readelf on Linux x86_64';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rehearse-manylinux-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** gcc -shared on a C source; returns the .so path. */
async function compile(name: string, source: string, libs: string[] = []): Promise<string> {
  await writeFile(join(dir, `${name}.c`), source);
  const out = join(dir, `${name}.so`);
  execFileSync('gcc', ['-shared', '-fPIC', '-O2', join(dir, `${name}.c`), '-o', out, ...libs]);
  return out;
}

describe('platformTags on modules gcc builds here', () => {
  itIf(real, NEEDS)('a module that calls nothing from libc: the lowest policy, manylinux_2_5 with its manylinux1 alias', async () => {
    const so = await compile('pure', 'int add(int a, int b) { return a + b; }\n');
    const needs = await readElfNeeds(so, silentLogger);
    expect(needs.versions).toEqual([]);
    const glibc = await machineGlibc(silentLogger);
    expect(platformTags([needs], glibc, 'x86_64')).toMatchObject({ tags: ['manylinux_2_5_x86_64', 'manylinux1_x86_64'], manylinux: true });
  });

  itIf(real, NEEDS)('a module that needs memcpy@GLIBC_2.14: manylinux_2_17 (manylinux2014), not older', async () => {
    const so = await compile('copy', '#include <string.h>\nvoid copy(char *d, const char *s, size_t n) { memcpy(d, s, n); }\n');
    const needs = await readElfNeeds(so, silentLogger);
    expect(needs.libraries).toEqual(['libc.so.6']);
    expect(needs.versions).toContainEqual({ file: 'libc.so.6', name: 'GLIBC_2.14' });
    const verdict = platformTags([needs], await machineGlibc(silentLogger), 'x86_64');
    expect(verdict.tags).toEqual(['manylinux_2_17_x86_64', 'manylinux2014_x86_64']);
    expect(verdict.why).toMatch(/glibc 2\.14 symbols at most and links only libc\.so\.6/);
  });

  itIf(real && zlib, `${NEEDS}, and zlib's headers`)('a module that links libz: linux_x86_64, saying why (PyPI refuses it)', async () => {
    const so = await compile('zlib', '#include <zlib.h>\nconst char *v(void) { return zlibVersion(); }\n', ['-lz']);
    const needs = await readElfNeeds(so, silentLogger);
    expect(needs.libraries).toContain('libz.so.1');
    const verdict = platformTags([needs], await machineGlibc(silentLogger), 'x86_64');
    expect(verdict).toEqual({ tags: ['linux_x86_64'], manylinux: false, why: expect.stringMatching(/it links libz\.so\.1, which no manylinux policy allows/) });
  });

  itIf(readelf, 'it needs readelf')('readelf that cannot read the file: an error naming it', async () => {
    await writeFile(join(dir, 'not-elf.so'), 'text');
    await expect(readElfNeeds(join(dir, 'not-elf.so'), silentLogger)).rejects.toThrow(/Could not read the compiled module .*not-elf\.so/);
  });
});

describe('platformTags rules', () => {
  const glibc = { major: 2, minor: 36 };
  it('merges the modules of one wheel: the newest need decides', () => {
    const a = { libraries: ['libc.so.6'], versions: [{ file: 'libc.so.6', name: 'GLIBC_2.2.5' }] };
    const b = { libraries: ['libm.so.6', 'libc.so.6'], versions: [{ file: 'libm.so.6', name: 'GLIBC_2.29' }] };
    expect(platformTags([a], glibc, 'x86_64').tags).toEqual(['manylinux_2_5_x86_64', 'manylinux1_x86_64']);
    expect(platformTags([a, b], glibc, 'x86_64').tags).toEqual(['manylinux_2_29_x86_64']);
    // No manylinux1 or manylinux2010 for aarch64: its floor is manylinux2014.
    expect(platformTags([a], glibc, 'aarch64').tags).toEqual(['manylinux_2_17_aarch64', 'manylinux2014_aarch64']);
  });

  it('falls back to linux_<arch> for C++ symbol versions it has no policy table for, and when the C library is not glibc', () => {
    const cxx = { libraries: ['libstdc++.so.6', 'libc.so.6'], versions: [{ file: 'libstdc++.so.6', name: 'GLIBCXX_3.4.30' }] };
    expect(platformTags([cxx], glibc, 'x86_64')).toMatchObject({ tags: ['linux_x86_64'], manylinux: false, why: expect.stringMatching(/GLIBCXX_3\.4\.30 from libstdc\+\+\.so\.6/) });
    expect(platformTags([{ libraries: [], versions: [] }], undefined, 'x86_64')).toMatchObject({ tags: ['linux_x86_64'], why: expect.stringMatching(/not glibc/) });
  });

  it('refuses a need newer than the glibc read at run time, which means the reading is wrong', () => {
    expect(() => platformTags([{ libraries: ['libc.so.6'], versions: [{ file: 'libc.so.6', name: 'GLIBC_2.38' }] }], glibc, 'x86_64')).toThrow(/needs GLIBC_2\.38, newer than this machine's glibc 2\.36/);
  });
});

describe('parsers', () => {
  it('reads readelf --dynamic --version-info output', () => {
    const text = [
      'Dynamic section at offset 0x2df8 contains 24 entries:',
      '  Tag        Type                         Name/Value',
      ' 0x0000000000000001 (NEEDED)             Shared library: [libm.so.6]',
      ' 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]',
      '',
      "Version symbols section '.gnu.version' contains 8 entries:",
      '  000:   0 (*local*)       3 (GLIBC_2.14)    1 (*global*)',
      '',
      "Version needs section '.gnu.version_r' contains 2 entries:",
      ' Addr: 0x0000000000000468  Offset: 0x000468  Link: 6 (.dynstr)',
      '  000000: Version: 1  File: libm.so.6  Cnt: 1',
      '  0x0010:   Name: GLIBC_2.29  Flags: none  Version: 4',
      '  0x0020: Version: 1  File: libc.so.6  Cnt: 2',
      '  0x0030:   Name: GLIBC_2.14  Flags: none  Version: 3',
      '  0x0040:   Name: GLIBC_2.2.5  Flags: none  Version: 2',
    ].join('\n');
    expect(parseNeeded(text)).toEqual(['libm.so.6', 'libc.so.6']);
    expect(parseVersionNeeds(text)).toEqual([
      { file: 'libm.so.6', name: 'GLIBC_2.29' },
      { file: 'libc.so.6', name: 'GLIBC_2.14' },
      { file: 'libc.so.6', name: 'GLIBC_2.2.5' },
    ]);
  });

  it('reads the glibc version from os.confstr and from ldd --version; musl is not glibc', () => {
    expect(parseGlibcVersion('glibc 2.36')).toEqual({ major: 2, minor: 36 });
    expect(parseGlibcVersion('ldd (Debian GLIBC 2.36-9+deb12u14) 2.36\nCopyright (C) 2022')).toEqual({ major: 2, minor: 36 });
    expect(parseGlibcVersion('ldd (GNU libc) 2.28')).toEqual({ major: 2, minor: 28 });
    expect(parseGlibcVersion('musl libc (x86_64)\nVersion 1.2.4')).toBeUndefined();
    expect(parseGlibcVersion(null)).toBeUndefined();
  });

  const py3 = pythonPath('3.x');
  itIf(process.platform === 'linux' && which('ldd') && py3, 'it needs ldd and a Python 3.x under pyenv on Linux')('reads this machine\'s glibc from ldd as Python\'s os.confstr reports it', async () => {
    const confstr = execFileSync(py3!, ['-c', "import os; print(os.confstr('CS_GNU_LIBC_VERSION'))"], { encoding: 'utf8' }).trim();
    expect(confstr).toMatch(/^glibc \d+\.\d+/);
    expect(await machineGlibc(silentLogger)).toEqual(parseGlibcVersion(confstr));
  });
});
