/**
 * PyPI's upload allow-list for wheel platform tags (warehouse
 * `warehouse/utils/wheel.py::_parse_platform_tag`). Anything else, notably a plain
 * `linux_x86_64` from a non-manylinux build, is refused with
 * "Binary wheel '…' has an unsupported platform tag '…'.".
 */

const STATIC_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l',
]);

const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set(['ppc', 'ppc64', 'i386', 'x86_64', 'arm64', 'intel', 'fat', 'fat3', 'fat64', 'universal', 'universal2']);
/** macOS 10 is `macosx_10_{minor}`; from 11 on only `macosx_{major}_0` exists. */
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);

const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);

const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);

const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);

const PYEMSCRIPTEN = /^pyemscripten_(\d+)_(\d+)_wasm32$/s;

/** Whether PyPI accepts a wheel with this platform tag. */
export function platformTagAllowed(tag: string): boolean {
  if (STATIC_PLATFORMS.has(tag)) return true;
  let m = MACOSX.exec(tag);
  if (m) {
    if (!MACOSX_ARCHES.has(m[3])) return false;
    return m[1] === '10' || (MACOSX_MAJORS.has(m[1]) && m[2] === '0');
  }
  m = LINUX.exec(tag);
  if (m) return (m[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(m[4]);
  m = IOS.exec(tag);
  if (m) return IOS_ARCHES.has(m[3]);
  m = ANDROID.exec(tag);
  if (m) return ANDROID_ARCHES.has(m[2]);
  return PYEMSCRIPTEN.test(tag);
}
