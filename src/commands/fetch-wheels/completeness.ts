/**
 * When is a wheel set complete? fetch-wheels never guesses: the user states it
 * with `expect` (the tag triples each package must have) or `expect-count`
 * (the number of files), or says explicitly that any set will do
 * (`allow-any-set`, for one look only). While waiting, the first wheel to
 * appear must never close a set whose size is open, so a wait needs a set of
 * known size: expect lines without globs for named packages, or expect-count.
 */
import { parseExpectLine } from './expect.js';

export interface CompletenessOptions {
  /** Distribution names as given; empty means every package found. */
  packages: string[];
  expect: string[];
  expectCount?: number;
  allowAnySet: boolean;
  waitTimeoutSeconds: number;
}

export interface CompletenessProblem {
  /** The inputs the message is about, the first one to fix first. */
  inputs: string[];
  message: string;
}

/** How to write `expect` for a layout like Ray's, for the error that asks for it. */
export const RAY_EXPECT_EXAMPLE = [
  'For a layout like Ray\'s (CPython 3.9-3.12 on Linux x86_64 and aarch64, macOS arm64 and x86_64, Windows x86_64), one tag triple per wheel:',
  '  expect: |',
  '    cp39-cp39-manylinux2014_x86_64',
  '    cp39-cp39-manylinux2014_aarch64',
  '    cp39-cp39-macosx_12_0_arm64',
  '    cp39-cp39-macosx_12_0_x86_64',
  '    cp39-cp39-win_amd64',
  '    (the same five for cp310, cp311 and cp312: 20 lines)',
  'Every line applies to every package in packages (with packages: ray ray-cpp, 40 wheels); a line written',
  '"ray: py3-none-any" applies to that package only. Or give expect-count: the exact number of files.',
].join('\n');

export function completenessProblem(o: CompletenessOptions): CompletenessProblem | undefined {
  const stated = o.expect.length > 0 || o.expectCount !== undefined;
  if (!stated && !o.allowAnySet) {
    return {
      inputs: ['expect', 'expect-count'],
      message:
        'Neither expect nor expect-count is set, and fetch-wheels does not guess when a set is complete ' +
        '(a partial set would be published as if it were the whole release).\n' +
        `${RAY_EXPECT_EXAMPLE}\n` +
        'To take whatever the source holds at one look, set allow-any-set: true (with wait-timeout 0).',
    };
  }
  if (stated && o.allowAnySet) {
    return {
      inputs: ['allow-any-set'],
      message: `allow-any-set is true, but ${o.expect.length > 0 ? 'expect' : 'expect-count'} states what the set holds; remove allow-any-set (or the expectation).`,
    };
  }
  if (o.waitTimeoutSeconds <= 0) return undefined;
  if (o.allowAnySet) {
    return {
      inputs: ['allow-any-set', 'wait-timeout'],
      message:
        'allow-any-set takes whatever one look finds, so a wait could end at the first wheel to appear. ' +
        'Give expect or expect-count to wait for a complete set, or set wait-timeout to 0.',
    };
  }
  if (o.expectCount !== undefined) return undefined;
  const globs = o.expect.filter((line) => parseExpectLine(line).glob);
  if (globs.length > 0) {
    return {
      inputs: ['expect', 'expect-count'],
      message:
        `expect has lines with globs (${globs.slice(0, 3).join(', ')}${globs.length > 3 ? ', …' : ''}), which one wheel can meet ` +
        'while others are still being built, so waiting would end too early. Give expect-count as well, or write each line without globs.',
    };
  }
  if (o.packages.length === 0) {
    return {
      inputs: ['packages'],
      message:
        'expect applies to each package found, so while waiting, a package whose first wheel has not appeared yet would not be waited for. ' +
        'Name the packages (e.g. packages: ray ray-cpp), or give expect-count.',
    };
  }
  return undefined;
}
