/**
 * Our PEP 440 against the real `packaging` (pip's vendored copy in a pyenv
 * interpreter): the same normal form, the same order, the same canonical
 * release key, and bumps that packaging sorts after the version they bump,
 * with numbers far beyond 2^53.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { canonicalPep440, comparePep440, normalizedPep440, parsePep440 } from '../../../src/versions/pep440.js';
import { bumpVersion, compareVersions, normalizeVersion } from '../../../src/versions/index.js';
import { BUMPS } from '../../../src/versions/bump.js';
import { normalizeVersion as distNormalize, versionsEqual } from '../../../src/distributions/versions.js';
import { pyenvPython, pyenvVersion } from '../python/pythons.js';

const BIG = '99999999999999999999';

const VERSIONS = [
  '1.0', '1.0.0', '1.0.0.0', 'v1.0', ' 1.0\n', '1.0-RC1', '1.0c1', '1.0preview2', '1.0a', '1.0.alpha.1', '1.0b2',
  '1.0rc3', '1.0.post', '1.0-1', '1.0.r4', '1.0.dev', '1.0_DEV-3', '1.0a1.dev2', '1.0.post1.dev0', '1.0rc1.post2.dev3',
  '1!0.1', '0!1.0', '01.02.03', '23.0.01', '1.0+ABC-1_2', '1.0+abc.01', '1.0+1', '1.0+a', '1.0+1.a', '1.0+a.1',
  `1.0.post${BIG}`, `${BIG}.0`, `1.${BIG}`, `1.0.${BIG}1`, `1.0a${BIG}`, `1.0.dev${BIG}`, `${BIG}!1.0`,
  `1.0+${BIG}`, `1.0+${BIG}9`, `0.${BIG}.0`, `18446744073709551617`, `9007199254740993`, `9007199254740992`,
  '1.0\u2003', '\x1c1.0',
];
const INVALID = ['', 'abc', '1.0.', '1..0', '1.0-foo', 'v', '1.0+', '1.0 rc1', '=1.0', '1.0\ufeff', '١.٠'];

const full = pyenvVersion('3.13') ?? pyenvVersion('3.12') ?? pyenvVersion('3.11');
const python = full ? pyenvPython(full) : undefined;

/** Runs packaging over the versions; one JSON answer per input. */
function packaging(script: string, input: unknown): unknown {
  const out = execFileSync(python!, ['-I', '-c', `import json, sys\nfrom pip._vendor.packaging.version import Version, InvalidVersion\nfrom pip._vendor.packaging.utils import canonicalize_version\n${script}`], {
    input: JSON.stringify(input),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

const d = python ? describe : describe.skip;
if (!python) console.warn('SKIPPED: PEP 440 parity with packaging because no pyenv Python 3.11+ (pip._vendor.packaging) is installed');

d('PEP 440 as packaging has it', () => {
  it('normalizes and canonicalizes every version as str(Version) and canonicalize_version do, and refuses the same', () => {
    const theirs = packaging(
      `out = []\nfor v in json.load(sys.stdin):\n    try:\n        out.append([str(Version(v)), canonicalize_version(v)])\n    except InvalidVersion:\n        out.append(None)\nprint(json.dumps(out))`,
      [...VERSIONS, ...INVALID],
    ) as ([string, string] | null)[];
    const ours = [...VERSIONS, ...INVALID].map((v) => {
      const p = parsePep440(v);
      return p ? [normalizedPep440(v), canonicalPep440(p)] : null;
    });
    expect(ours).toEqual(theirs);
    // Packaging refuses the invalid ones, and so do we (not merely "agree on null").
    expect(theirs.slice(VERSIONS.length).every((x) => x === null)).toBe(true);
    expect(theirs.slice(0, VERSIONS.length).every((x) => x !== null)).toBe(true);
  });

  it('orders every pair as Version does', () => {
    const theirs = packaging(
      `vs = [Version(v) for v in json.load(sys.stdin)]\nprint(json.dumps([[(a > b) - (a < b) for b in vs] for a in vs]))`,
      VERSIONS,
    ) as number[][];
    const parsed = VERSIONS.map((v) => parsePep440(v)!);
    const ours = parsed.map((a) => parsed.map((b) => comparePep440(a, b)));
    expect(ours).toEqual(theirs);
    // The big numbers really are told apart (a JS number would make them equal).
    expect(compareVersions('1.0.post99999999999999999999', '1.0.post99999999999999999998')).toBe(1);
    expect(versionsEqual('9007199254740993', '9007199254740992')).toBe(false);
  });

  it('bumps 20-digit versions to versions packaging sorts higher, spelled in normal form', () => {
    const starts = [`1.0.${BIG}`, `1.0.post${BIG}`, `1.0rc${BIG}`, `1.0.dev${BIG}`, `${BIG}.${BIG}.${BIG}`, `1.0a${BIG}.dev${BIG}`];
    const pairs: [string, string][] = [];
    for (const start of starts) {
      for (const bump of BUMPS) {
        try {
          pairs.push([start, bumpVersion(start, bump)]);
        } catch {
          // Some bumps are refused for some versions (e.g. release of a final); that is bump.test.ts's business.
        }
      }
    }
    expect(pairs.length).toBeGreaterThan(20);
    expect(pairs).toContainEqual([`1.0.${BIG}`, '1.0.100000000000000000000']);
    expect(pairs).toContainEqual([`1.0.post${BIG}`, '1.0.post100000000000000000000']);
    const theirs = packaging(
      `print(json.dumps([[Version(b) > Version(a), str(Version(b)) == b] for a, b in json.load(sys.stdin)]))`,
      pairs,
    ) as [boolean, boolean][];
    expect(theirs).toEqual(pairs.map(() => [true, true]));
  });

  it('normalizes through every entry point the same way', () => {
    for (const v of VERSIONS) {
      expect(normalizeVersion(v)).toBe(normalizedPep440(v));
      expect(distNormalize(v)).toBe(normalizedPep440(v));
    }
  });
});
