/**
 * The platform tag a compiled extension has earned. A manylinux tag (PEP 600)
 * promises that the module runs on every mainstream Linux with glibc X.Y or
 * newer, which holds only when it links nothing beyond the C library's own
 * libraries (and the compiler's runtime) and needs no symbol version newer
 * than glibc X.Y. So the tag is read off the module itself, as `auditwheel
 * show` reads it: the libraries it needs (readelf --dynamic) and the symbol
 * versions it needs from them (readelf --version-info), bounded by the glibc
 * of this machine (read at run time). Anything else gets `linux_<arch>`,
 * which only runs where it was built and which PyPI refuses.
 */
import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { childEnvironment, failureOf, formatCommand, ProcessStartError, runProcess } from '../process/index.js';

/** What a shared object needs from the system. */
export interface ElfNeeds {
  /** DT_NEEDED entries, e.g. libc.so.6. */
  libraries: string[];
  /** Symbol versions needed, by library, e.g. { file: 'libc.so.6', name: 'GLIBC_2.14' }. */
  versions: { file: string; name: string }[];
}

export interface GlibcVersion {
  major: number;
  minor: number;
}

export interface PlatformVerdict {
  /** The platform tags of the wheel, newest style first (manylinux_2_17_x86_64, manylinux2014_x86_64), or [linux_<arch>]. */
  tags: string[];
  manylinux: boolean;
  /** Why this tag: what the module needs, or why it cannot be manylinux. */
  why: string;
}

/**
 * glibc's own libraries (the dynamic loader included) and the compiler's C
 * and C++ runtime: what every manylinux policy allows. auditwheel's lists also
 * name a few X11, OpenGL and GLib libraries; a module that needs them is given
 * linux_<arch> here (repair it with auditwheel instead).
 */
const ALLOWED = /^(libc\.so\.6|libm\.so\.6|libdl\.so\.2|librt\.so\.1|libpthread\.so\.0|libutil\.so\.1|libnsl\.so\.1|libresolv\.so\.2|libgcc_s\.so\.1|libstdc\+\+\.so\.6|ld-linux[\w.-]*\.so\.\d+)$/;
const GLIBC_LIBRARY = /^(libc|libm|libdl|librt|libpthread|libutil|libnsl|libresolv)\.so\.\d+$|^ld-linux/;

/**
 * The PEP 600 tags that have a legacy alias (manylinux1, 2010 and 2014), with
 * the architectures each was defined for: a module that needs an older glibc
 * is tagged at the next of these, so that pips older than 20.3 (which know
 * only the aliases) install it too: Python 2.7.18 ships pip 19.2.3 and 3.6.15
 * pip 18.1.
 */
const LEGACY = [
  { minor: 5, alias: 'manylinux1', arches: ['x86_64', 'i686'] },
  { minor: 12, alias: 'manylinux2010', arches: ['x86_64', 'i686'] },
  { minor: 17, alias: 'manylinux2014', arches: ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64', 'ppc64le', 's390x'] },
] as const;

/** "(NEEDED) Shared library: [libc.so.6]" lines of `readelf --dynamic`. */
export function parseNeeded(readelf: string): string[] {
  return [...readelf.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map((m) => m[1]!);
}

/** The "Version needs section" of `readelf --version-info`: each File: line, then its Name: lines. */
export function parseVersionNeeds(readelf: string): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  let inNeeds = false;
  let file: string | undefined;
  for (const line of readelf.split('\n')) {
    if (/^Version needs section/.test(line)) {
      inNeeds = true;
      continue;
    }
    if (/^\S/.test(line) && !/^Version needs section/.test(line)) inNeeds = false;
    if (!inNeeds) continue;
    const f = /File: (\S+)/.exec(line);
    if (f) {
      file = f[1];
      continue;
    }
    const n = /Name: (\S+)/.exec(line);
    if (n && file) out.push({ file, name: n[1]! });
  }
  return out;
}

/** "glibc 2.36" (os.confstr) or the first line of `ldd --version` ("ldd (Debian GLIBC 2.36-9+deb12u14) 2.36"). */
export function parseGlibcVersion(text: string | null | undefined): GlibcVersion | undefined {
  if (!text) return undefined;
  const first = text.split('\n')[0]!;
  const m = /^glibc (\d+)\.(\d+)/.exec(first) ?? (/(GLIBC|GNU libc)/i.test(first) ? /(\d+)\.(\d+)\s*$/.exec(first) : null);
  return m ? { major: Number(m[m.length - 2]), minor: Number(m[m.length - 1]) } : undefined;
}

/**
 * The glibc of this machine, from `ldd --version`, for interpreters that
 * cannot tell (Python 2.7 has no CS_GNU_LIBC_VERSION); undefined on a C
 * library that is not glibc (musl's ldd says so and exits 1).
 */
export async function machineGlibc(log: Logger): Promise<GlibcVersion | undefined> {
  log.debug(`$ ${formatCommand('ldd', ['--version'])}`);
  try {
    const r = await runProcess('ldd', ['--version'], { env: childEnvironment(), timeoutMs: 30_000 });
    return parseGlibcVersion(r.stdout) ?? parseGlibcVersion(r.stderr);
  } catch (err) {
    if (err instanceof ProcessStartError) return undefined;
    throw err;
  }
}

/** Reads what the shared object at `path` needs, with readelf (binutils). */
export async function readElfNeeds(path: string, log: Logger): Promise<ElfNeeds> {
  const args = ['--dynamic', '--version-info', '--wide', path];
  log.debug(`$ ${formatCommand('readelf', args)}`);
  let r;
  try {
    r = await runProcess('readelf', args, { env: childEnvironment(), timeoutMs: 60_000 });
  } catch (err) {
    if (err instanceof ProcessStartError && err.code === 'ENOENT' && existsSync(path)) {
      throw new UserError('readelf is not installed (or not on PATH). The rehearsal reads the libraries and symbol versions a compiled extension needs with it before it tags a wheel manylinux. Install binutils (Debian/Ubuntu: apt-get install binutils).');
    }
    throw err;
  }
  const failure = failureOf(r, { complete: true });
  if (failure) throw new UserError(`Could not read the compiled module ${path}: ${failure.message}`);
  return { libraries: parseNeeded(r.stdout), versions: parseVersionNeeds(r.stdout) };
}

const versionOf = (name: string): GlibcVersion | undefined => {
  const m = /^GLIBC_(\d+)\.(\d+)(?:\.\d+)?$/.exec(name);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
};
const newer = (a: GlibcVersion, b: GlibcVersion): boolean => a.major > b.major || (a.major === b.major && a.minor > b.minor);

/**
 * The platform tags for modules with these needs (all the modules of one
 * wheel, merged), built on a machine with `glibc` (undefined: not glibc) for
 * `arch`: the lowest manylinux_2_Y the symbol versions allow, raised to the
 * next legacy alias where one exists.
 */
export function platformTags(needs: ElfNeeds[], glibc: GlibcVersion | undefined, arch: string): PlatformVerdict {
  const fallback = (why: string): PlatformVerdict => ({ tags: [`linux_${arch}`], manylinux: false, why });
  if (!glibc) return fallback('this machine\'s C library is not glibc (or its version could not be read), so no manylinux tag applies');
  const libraries = [...new Set(needs.flatMap((n) => n.libraries))].sort();
  const outside = libraries.filter((l) => !ALLOWED.test(l));
  if (outside.length > 0) return fallback(`it links ${outside.join(', ')}, which no manylinux policy allows (bundle them with auditwheel repair)`);

  let floor: GlibcVersion = { major: 2, minor: 0 };
  const unknown: string[] = [];
  for (const v of needs.flatMap((n) => n.versions)) {
    const g = GLIBC_LIBRARY.test(v.file) ? versionOf(v.name) : undefined;
    if (!g) {
      unknown.push(`${v.name} from ${v.file}`);
      continue;
    }
    if (newer(g, floor)) floor = g;
  }
  if (unknown.length > 0) {
    return fallback(`it needs the symbol versions ${[...new Set(unknown)].join(', ')}, which the rehearsal has no manylinux policy table for (auditwheel has)`);
  }
  if (newer(floor, glibc)) {
    throw new UserError(`A compiled module needs GLIBC_${floor.major}.${floor.minor}, newer than this machine's glibc ${glibc.major}.${glibc.minor}: the glibc version read at run time is wrong.`);
  }
  const needed = floor.minor === 0 ? 'no versioned glibc symbol' : `glibc ${floor.major}.${floor.minor} symbols at most`;
  const legacy = LEGACY.find((l) => floor.major === 2 && floor.minor <= l.minor && (l.arches as readonly string[]).includes(arch));
  if (legacy) {
    return {
      tags: [`manylinux_2_${legacy.minor}_${arch}`, `${legacy.alias}_${arch}`],
      manylinux: true,
      why: `it needs ${needed} and links only ${libraries.length ? libraries.join(', ') : 'nothing'} (built on glibc ${glibc.major}.${glibc.minor})`,
    };
  }
  const minor = Math.max(floor.minor, 17);
  return {
    tags: [`manylinux_${floor.major}_${minor}_${arch}`],
    manylinux: true,
    why: `it needs ${needed} and links only ${libraries.join(', ') || 'nothing'} (built on glibc ${glibc.major}.${glibc.minor})`,
  };
}
