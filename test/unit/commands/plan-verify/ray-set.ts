/** A Ray-shaped release: ray and ray_cpp 2.9.0, 50 wheels across every platform the planner knows. */
import { createHash } from 'node:crypto';
import { createManifest, type Manifest } from '../../../../src/distributions/manifest.js';

export const VERSION = '2.9.0';
export const PYTHONS = ['cp39', 'cp310', 'cp311', 'cp312'];
export const PLATFORMS = ['manylinux2014_x86_64', 'manylinux2014_aarch64', 'macosx_12_0_arm64', 'macosx_10_15_x86_64', 'win_amd64'];

/** 40: both packages × CPython 3.9-3.12 × the five platforms. */
export const MATRIX_WHEELS = ['ray', 'ray_cpp'].flatMap((pkg) => PYTHONS.flatMap((py) => PLATFORMS.map((plat) => `${pkg}-${VERSION}-${py}-${py}-${plat}.whl`)));

/** The rest, each installable somewhere. */
export const OTHER_INSTALLABLE = {
  abi3Musl: `ray_cpp-${VERSION}-cp39-abi3-musllinux_1_2_x86_64.whl`,
  pure: `ray-${VERSION}-py3-none-any.whl`,
  cp27mu: `ray-${VERSION}-cp27-cp27mu-manylinux2014_x86_64.whl`,
  cp27mac: `ray-${VERSION}-cp27-cp27m-macosx_10_9_x86_64.whl`,
  win32: `ray-${VERSION}-cp312-cp312-win32.whl`,
};

/** What no hosted runner can install. */
export const UNVERIFIABLE = {
  ppc64le: `ray-${VERSION}-cp312-cp312-manylinux2014_ppc64le.whl`,
  muslArm: `ray-${VERSION}-cp312-cp312-musllinux_1_2_aarch64.whl`,
  winArm310: `ray-${VERSION}-cp310-cp310-win_arm64.whl`,
  ios: `ray-${VERSION}-cp312-cp312-ios_13_0_arm64_iphoneos.whl`,
  i686: `ray-${VERSION}-cp312-cp312-manylinux_2_17_i686.manylinux2014_i686.whl`,
};

export const ALL_WHEELS = [...MATRIX_WHEELS, ...Object.values(OTHER_INSTALLABLE), ...Object.values(UNVERIFIABLE)];

export const sha256Of = (name: string) => createHash('sha256').update(name).digest('hex');

export function rayManifest(extra: string[] = []): Manifest {
  return createManifest(
    [...ALL_WHEELS, ...extra, `ray-${VERSION}.tar.gz`].map((filename, i) => ({ filename, size: 1000 + i, sha256: sha256Of(filename) })),
    { version: VERSION },
  );
}
