/**
 * Requires-Dist values against packaging's own Requirement (what warehouse runs):
 * the port must accept and refuse exactly what packaging does.
 */
import { describe, expect, it } from '@jest/globals';
import { checkRequirement } from '../../../src/distributions/requirement.js';

const problemOf = (text: string): string | undefined => {
  const checked = checkRequirement(text);
  return 'problem' in checked ? checked.problem : undefined;
};
import { pythonWithPackaging, runPython } from './fixtures.js';

const CORPUS = [
  // valid
  'foo', 'foo>=1.0', 'foo >= 1.0', 'foo (>=1.0)', 'foo (>=1.0, <2)', 'foo>=1.0,<2', 'foo ==1.*', 'foo!=1.2.*', 'foo ~=1.2', 'foo ===weird-thing',
  'foo[bar]', 'foo[bar,baz]>=1', 'foo [ bar , baz ] >= 1', 'foo[]', 'Foo.Bar_baz-1', 'foo==1.0+local.1', 'foo==v1.0', 'foo>=1!2.0', 'foo>=1.0rc1', 'foo>=1.0.post1.dev3',
  "foo; python_version < '3.8'", "foo >=1 ; python_version<'3.8' and os_name=='nt'", "foo; (python_version >= '3' or extra == 'x') and sys_platform != 'win32'",
  "foo; 'linux' in sys_platform", "foo; 'x' not in extra", 'foo; python_version == "3.9"', 'foo @ https://example.com/foo-1.0.tar.gz', 'foo[x] @ file:///tmp/foo.whl ; python_version >= "3"',
  'foo @ https://example.com/x;y', "foo; os.name == 'nt'", "foo; platform.python_implementation == 'CPython'", "foo; python_implementation == 'PyPy'", "foo; extras == 'x'", "foo; dependency_groups == 'x'",
  '  foo  ', 'foo\t>=1', "foo;python_version>'3'",
  // invalid
  '', 'foo >=>1', 'foo >=1 <2', '-foo', 'foo-', 'foo[bar', 'foo[bar baz]', 'foo[,bar]', 'foo (>=1', 'foo >=1)', 'foo >=1.*', 'foo <=1.0+local', 'foo ~=1', 'foo ~=1.*',
  'foo >=3.x', 'foo 1.0', 'foo; python_version', 'foo; python_version <', "foo; nonsense == '1'", 'foo; python_version < 3.8', "foo; (python_version < '3'", "foo; python_version < '3')",
  'foo @', 'foo @ https://x.y/z;python_version', 'foo @ https://x.y/z junk', "foo; python_version notin '3'", "foo; 'a' not  in 'b'", "foo; python_version < '3' xor os_name == 'nt'",
  'foo bar', 'foo; ', 'foo >=1,', 'foo >=1, ,<2', "foo ; python_version<'3' extra", 'foo[bar]baz', '[bar]', '@ https://x', 'foo\n>=1', 'foo==1.0 ; ', "foo;'a'=='b'", "foo; 'a' in 'b' and",
];

const python = pythonWithPackaging();
const withPackaging = python ? it : it.skip;
if (!python) console.warn('SKIPPED: Requires-Dist against packaging because no python3 with packaging was found');

describe('checkRequirement', () => {
  withPackaging('accepts and refuses exactly what packaging.requirements.Requirement does', () => {
    const verdicts = runPython(python!, `
import json, sys
from packaging.requirements import Requirement
out = []
for s in json.load(sys.stdin):
    try:
        Requirement(s); out.append(True)
    except Exception:
        out.append(False)
print(json.dumps(out))
`, CORPUS) as boolean[];
    const differ = CORPUS.flatMap((s, i) => ((problemOf(s) === undefined) === verdicts[i] ? [] : [`${JSON.stringify(s)}: packaging ${verdicts[i]}`]));
    expect(differ).toEqual([]);
    // The corpus holds both kinds.
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(30);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(30);
  });

  it('names what was expected and where', () => {
    expect(problemOf('foo[bar baz]')).toBe('Expected comma between extra names at position 8');
    expect(problemOf('foo >=1 <2')).toBe('Expected comma (within version specifier), semicolon (after version specifier) or end at position 8');
    expect(checkRequirement('foo[x] @ https://example.com/foo.whl ; python_version >= "3"')).toEqual({ direct: true });
    expect(checkRequirement('foo >=1')).toEqual({ direct: false });
  });
});
