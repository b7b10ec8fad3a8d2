import { describe, expect, it } from '@jest/globals';
import { platformTagAllowed } from '../../../src/distributions/preflight.js';

describe('platformTagAllowed (warehouse allow-list)', () => {
  it.each([
    'any', 'win32', 'win_amd64', 'win_arm64', 'win_ia64',
    'manylinux1_x86_64', 'manylinux1_i686', 'manylinux2010_x86_64', 'manylinux2014_aarch64', 'manylinux2014_ppc64', 'manylinux2014_s390x',
    'manylinux_2_17_x86_64', 'manylinux_2_28_aarch64', 'manylinux_2_31_riscv64', 'manylinux_2_17_ppc64',
    'musllinux_1_1_x86_64', 'musllinux_1_2_armv7l',
    'macosx_10_9_x86_64', 'macosx_10_15_universal2', 'macosx_11_0_arm64', 'macosx_14_0_arm64', 'macosx_26_0_arm64', 'macosx_10_6_intel',
    'linux_armv6l', 'linux_armv7l',
    'ios_13_0_arm64_iphoneos', 'ios_13_0_x86_64_iphonesimulator', 'android_21_arm64_v8a', 'android_24_x86_64',
    'pyemscripten_2024_0_wasm32',
  ])('accepts %s', (tag) => {
    expect(platformTagAllowed(tag)).toBe(true);
  });

  it.each([
    'linux_x86_64', 'linux_aarch64', 'linux_i686', 'manylinux2014_riscv64', 'manylinux1_aarch64',
    'musllinux_1_1_ppc64', 'manylinux_2_17_sparc', 'macosx_11_1_arm64', 'macosx_16_0_arm64', 'macosx_10_9_arm65',
    'ios_13_0_arm64', 'android_21_mips', 'emscripten_3_1_45_wasm32', 'pyemscripten_2024_0_wasm64', 'win_amd64_extra', 'cygwin_3_4_x86_64', '',
  ])('refuses %s', (tag) => {
    expect(platformTagAllowed(tag)).toBe(false);
  });
});
