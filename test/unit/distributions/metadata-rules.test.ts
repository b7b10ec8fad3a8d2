/**
 * Metadata 2.1-2.5 field rules against the real `packaging` (26.x here, which
 * warehouse runs on uploads): the same verdicts on Description-Content-Type,
 * License-Expression, License-File paths and Import-Name, with its texts; and
 * entry points and License-File presence in real archives.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { entryPointErrors } from '../../../src/distributions/entry-points.js';
import { checkMetadataFields, descriptionContentTypeProblem } from '../../../src/distributions/metadata-rules.js';
import { parseCoreMetadata } from '../../../src/distributions/metadata.js';
import { inspectDistribution } from '../../../src/distributions/preflight.js';
import { canonicalizeLicenseExpression } from '../../../src/distributions/spdx.js';
import { makeTempDir, metadataText, pythonWithPackaging, runPython, writeSdist, writeWheel } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const python = pythonWithPackaging();
const withPackaging = python ? it : it.skip;
if (!python) console.warn('SKIPPED: metadata rules against packaging because no python3 with packaging 24+ was found');

/** packaging's verdict on one field of a Metadata 2.5 document: its error text, or null. */
function packagingVerdicts(field: string, values: string[]): (string | null)[] {
  return runPython(python!, `
import json, sys
from packaging.metadata import Metadata, InvalidMetadata, ExceptionGroup
field, values = json.load(sys.stdin)
out = []
for value in values:
    raw = {"metadata_version": "2.5", "name": "demo", "version": "1.0", field: value}
    try:
        Metadata.from_raw(raw)
        out.append(None)
    except ExceptionGroup as group:
        out.append(str(group.exceptions[0]))
print(json.dumps(out))
`, [field, values]) as (string | null)[];
}

describe('metadata field rules', () => {
  withPackaging('judges Description-Content-Type as packaging does', () => {
    const values = ['text/markdown', 'text/x-rst', 'text/plain', 'TEXT/Markdown', 'text/markdown; charset=UTF-8', 'text/markdown; charset=utf-8',
      'text/markdown; variant=GFM', 'text/markdown; variant=CommonMark', 'text/markdown; variant=gfm', 'text/markdown; variant=MyST',
      'text/plain; charset="UTF-8"', 'text/html', 'markdown', '', 'text/x-rst; charset=latin-1', 'text/plain; variant=whatever'];
    const theirs = packagingVerdicts('description_content_type', values);
    expect(values.map((v) => descriptionContentTypeProblem(v) === undefined)).toEqual(theirs.map((t) => t === null));
    // The texts agree, up to the order in which packaging prints its sets.
    values.forEach((v, i) => {
      const mine = descriptionContentTypeProblem(v);
      if (mine && !mine.startsWith("'description-content-type' must be one of") && !mine.startsWith('valid Markdown variants')) expect(mine).toBe(theirs[i]);
    });
  });

  withPackaging('judges and normalizes License-Expression as packaging does', () => {
    const values = ['MIT', 'mit', 'Apache-2.0 OR MIT', 'mit and (apache-2.0 or bsd-2-clause)', 'GPL-2.0-or-later WITH Classpath-exception-2.0',
      'GPL-2.0+', 'LicenseRef-Proprietary', 'licenseref-my.License', 'LicenseRef-bad_name', '(MIT', 'MIT OR', 'MIT AND AND BSD-3-Clause',
      'Use-it-after-midnight', 'MIT WITH Nonexistent-exception', '()', 'MIT (BSD-3-Clause)', '', 'MIT)', 'BSD-3-Clause OR (MIT AND Apache-2.0)'];
    const theirs = runPython(python!, `
import json, sys
from packaging.licenses import canonicalize_license_expression
out = []
for v in json.load(sys.stdin):
    try:
        out.append(["ok", canonicalize_license_expression(v)])
    except ValueError as e:
        out.append(["no", str(e)])
print(json.dumps(out))
`, values);
    const ours = values.map((v) => {
      const r = canonicalizeLicenseExpression(v);
      return r.ok ? ['ok', r.normalized] : ['no', r.reason];
    });
    expect(ours).toEqual(theirs);
    expect(packagingVerdicts('license_expression', ['Use-it-after-midnight'])).toEqual(["'Use-it-after-midnight' is invalid for 'license-expression'"]);
  });

  withPackaging('judges License-File paths and Import-Name as packaging does, in its words', () => {
    const paths = ['LICENSE', 'licenses/LICENSE.txt', '../LICENSE', 'LICEN*', '/etc/passwd', 'C:/x', 'dir\\LICENSE'];
    const names = ['demo', 'demo.sub', 'demo; private', 'demo ;  private', 'demo; public', '1demo', 'demo.class', 'démo', 'demo-x'];
    const meta = (field: string, value: string): string[] => checkMetadataFields(
      parseCoreMetadata(`Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n${field}: ${value}\n`), 'METADATA',
    ).filter((f) => f.pypiMessage).map((f) => f.pypiMessage!.replace(/\.? See https:\/\/packaging\.python\.org\/specifications\/core-metadata for more information\.$/, ''));
    const theirPaths = packagingVerdicts('license_files', paths.map((p) => [p]) as unknown as string[]);
    expect(paths.map((p) => meta('License-File', p)[0] ?? null)).toEqual(theirPaths);
    const theirNames = packagingVerdicts('import_names', names.map((n) => [n]) as unknown as string[]);
    expect(names.map((n) => meta('Import-Name', n)[0] ?? null)).toEqual(theirNames);
  });

  withPackaging('judges Requires-Python, Requires-Dist and Dynamic as packaging does, in its words', () => {
    const meta = (field: string, value: string): string | null => checkMetadataFields(
      parseCoreMetadata(`Metadata-Version: 2.5\nName: demo\nVersion: 1.0\n${field}: ${value}\n`), 'METADATA',
    ).filter((f) => f.pypiMessage).map((f) => f.pypiMessage!.replace(/\.? See https:\/\/packaging\.python\.org\/specifications\/core-metadata for more information\.$/, ''))[0] ?? null;
    const pythons = ['>=3.9', '>=3.9,<4', '~=3.9', '>=3.x', '3.9', '>=3.9.*', '!=3.9.*', '>= 3.9 , < 4', '>=3.9;'];
    expect(pythons.map((v) => meta('Requires-Python', v))).toEqual(packagingVerdicts('requires_python', pythons));
    // (A direct reference parses, and warehouse refuses it on top: see the next test.)
    const deps = ['numpy>=1.20', "numpy>=1.20; python_version >= '3.9'", 'foo >=>1', 'foo >=1 <2', 'foo[bar baz]'];
    expect(deps.map((v) => meta('Requires-Dist', v))).toEqual(packagingVerdicts('requires_dist', deps.map((d) => [d]) as unknown as string[]));
    const dynamic = ['Requires-Dist', 'requires-python', 'Name', 'version', 'Metadata-Version', 'Not-A-Field', 'License-File'];
    expect(dynamic.map((v) => meta('Dynamic', v))).toEqual(packagingVerdicts('dynamic', dynamic.map((d) => [d]) as unknown as string[]));
  });

  it("refuses what warehouse adds to packaging's rules (forklift/metadata.py), in its words", () => {
    const pypi = (headers: string): string[] => checkMetadataFields(parseCoreMetadata(`Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n${headers}`), 'METADATA')
      .map((f) => f.pypiMessage!.replace(/\.? See https:\/\/packaging\.python\.org\/specifications\/core-metadata for more information\.$/, ''));
    expect(pypi('Requires-Dist: foo @ https://example.com/foo-1.0.tar.gz\nRequires-Dist: bar>=1\n')).toEqual(["Can't have direct dependency: foo @ https://example.com/foo-1.0.tar.gz"]);
    expect(pypi(`Summary: ${'x'.repeat(513)}\n`)).toEqual(["'summary' field must be 512 characters or less"]);
    expect(pypi(`Summary: ${'x'.repeat(512)}\n`)).toEqual([]);
    expect(pypi(`Project-URL: ${'L'.repeat(33)}, https://example.com\nProject-URL: Docs, https://example.com/docs\nProject-URL: Docs, https://example.com/other\nProject-URL: , https://x\nProject-URL: Source\n`)).toEqual([
      `'${'L'.repeat(33)}' must be 32 characters or less`,
      "unrecognized or malformed field 'project-url'",
      'Must have a label',
      'Must have a URL',
    ]);
    expect(pypi(`Project-URL: ${'L'.repeat(32)}, https://example.com\n`)).toEqual([]);
    // URLs must be http(s) (metadata-url.test.ts compares the verdicts with rfc3986 itself).
    expect(pypi('Home-page: UNKNOWN\nDownload-URL: www.example.com/dl\nProject-URL: Docs, docs.example.com\nProject-URL: Source, https://example.com/src\n')).toEqual([
      "'docs.example.com' is not a valid url",
      "'UNKNOWN' is not a valid url",
      "'www.example.com/dl' is not a valid url",
    ]);
    expect(pypi('Home-page: https://example.com\nDownload-URL: http://example.com:8080/dl\n')).toEqual([]);
    expect(pypi('License: MIT License\nLicense-Expression: MIT\n')).toEqual(['License is deprecated when License-Expression is present. Only License-Expression should be present']);
    expect(pypi('Dynamic: Dynamic\nDynamic: Requires-Dist\n')).toEqual(["Dynamic field 'dynamic' is not a valid dynamic field"]);
    expect(pypi('Provides-Dist: other (>=1.0)\nObsoletes-Dist: old @ https://example.com/old.tar.gz\n')).toEqual([
      "Can't have direct dependency: 'old @ https://example.com/old.tar.gz'",
    ]);
  });

  it('refuses "Private ::" and deprecated classifiers, and leaves the others to the index', () => {
    const findings = checkMetadataFields(parseCoreMetadata([
      'Metadata-Version: 2.1', 'Name: demo', 'Version: 1.0',
      'Classifier: Private :: Do Not Upload', 'Classifier: Natural Language :: Ukranian', 'Classifier: Topic :: Communications :: Chat :: AOL Instant Messenger',
      'Classifier: Programming Language :: Python :: 3.15', 'Classifier: Made Up :: Not Checked Here', 'Classifier: Private :: Do Not Upload', '',
    ].join('\n')), 'METADATA');
    expect(findings.map((f) => [f.rule, f.pypiMessage?.replace(/ See https:.*$/, '')])).toEqual([
      ['classifier', "'Private :: Do Not Upload' is not a valid classifier."],
      ['classifier', "The classifier 'Natural Language :: Ukranian' has been deprecated, use one of ['Natural Language :: Ukrainian'] instead."],
      ['classifier', "The classifier 'Topic :: Communications :: Chat :: AOL Instant Messenger' has been deprecated."],
    ]);
    expect(findings[0]!.message).toBe("METADATA: 'Private :: Do Not Upload' is not a valid classifier");
  });

  withPackaging('parses Provides-Dist and Obsoletes-Dist as warehouse does, with packaging\'s Requirement', () => {
    const values = ['other (>=1.0)', 'other>=1.0', 'foo >=>1', 'foo[bar baz]', 'name @ https://example.com/x.zip', '', 'a; python_version >= "3"'];
    const theirs = runPython(python!, `
import json, sys
from packaging.requirements import Requirement, InvalidRequirement
out = []
for value in json.load(sys.stdin):
    try:
        req = Requirement(value)
        out.append(f"Can't have direct dependency: {value!r}" if req.url is not None else None)
    except InvalidRequirement as exc:
        out.append(f"{value!r} is invalid: {str(exc).splitlines()[0]}")
print(json.dumps(out))
`, values) as (string | null)[];
    const ours = values.map((v) => checkMetadataFields(parseCoreMetadata(`Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nProvides-Dist: ${v}\n`), 'METADATA')
      .map((f) => f.pypiMessage!.replace(/\.? See https:\/\/packaging\.python\.org\/specifications\/core-metadata for more information\.$/, ''))[0] ?? null);
    expect(ours).toEqual(theirs);
  });

  it('refuses Metadata 2.4 and 2.5 fields under an older Metadata-Version, with packaging\'s text', () => {
    const findings = checkMetadataFields(parseCoreMetadata('Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nLicense-Expression: MIT\nImport-Name: demo\nLicense-File: LICENSE\n'), 'METADATA');
    expect(findings.map((f) => f.pypiMessage)).toEqual([
      'license-expression introduced in metadata version 2.4, not 2.1. See https://packaging.python.org/specifications/core-metadata for more information.',
      'import-name introduced in metadata version 2.5, not 2.1. See https://packaging.python.org/specifications/core-metadata for more information.',
    ]);
  });

  it('finds License-File where warehouse looks in a wheel and in an sdist, and says where it is missing', async () => {
    const extra = 'License-Expression: MIT\nLicense-File: LICENSE\nLicense-File: NOTICE\n';
    const sub = join(dir, 'lic');
    await mkdir(sub, { recursive: true });
    const wheel = await writeWheel(sub, {
      name: 'lic', version: '1.0',
      metadata: metadataText('lic', '1.0', '2.4', extra),
      files: { 'lic/__init__.py': '', 'lic-1.0.dist-info/licenses/LICENSE': 'MIT License\n' },
    });
    const info = await inspectDistribution(wheel);
    expect(info.problems.map((p) => [p.rule, p.pypiMessage])).toEqual([
      ['license-file-missing', 'License-File NOTICE does not exist in distribution file lic-1.0-py3-none-any.whl at lic-1.0.dist-info/licenses/NOTICE'],
    ]);
    const sdist = await writeSdist(sub, 'lic', '1.0', { pkgInfo: metadataText('lic', '1.0', '2.4', extra), extra: [{ name: 'lic-1.0/LICENSE', data: 'MIT' }] });
    expect((await inspectDistribution(sdist)).problems.map((p) => p.pypiMessage)).toEqual([
      'License-File NOTICE does not exist in distribution file lic-1.0.tar.gz at lic-1.0/NOTICE',
    ]);
  });
});

describe('entry points', () => {
  it('accepts what setuptools, flit and hatch write', () => {
    expect(entryPointErrors('[console_scripts]\npip = pip._internal.cli.main:main\npip3.11 = pip._internal.cli.main:main\n\n[distutils.commands]\nalias = setuptools.command.alias:alias\nx = mod:obj.attr [extra1, extra2]\n# comment\n; another\n')).toEqual([]);
    expect(entryPointErrors('')).toEqual([]);
  });

  it('refuses what the specification and warehouse refuse', () => {
    expect(entryPointErrors('pip = pip:main\n')).toEqual(['line 1: "pip = pip:main" comes before any [group]']);
    expect(entryPointErrors('[console_scripts]\nbin/evil = pkg:main\n')).toEqual(['line 2: the script name "bin/evil" in [console_scripts] is not a bare name (letters, digits, "_", "." and "-")']);
    expect(entryPointErrors('[console_scripts]\ntool = not a reference\n')).toEqual(['line 2: "not a reference" is not an object reference (module or module:attribute)']);
    expect(entryPointErrors('[console_scripts]\ntool\n')).toHaveLength(1);
    expect(entryPointErrors('[a]\nx = m:f\n[a]\n')).toEqual(['line 3: the group [a] appears twice']);
    expect(entryPointErrors('[a]\nx = m:f\nx = m:g\n')).toEqual(['line 3: x is defined twice in [a]']);
  });

  it('refuses a wheel with invalid entry points with warehouse\'s text', async () => {
    const sub = join(dir, 'ep');
    await mkdir(sub, { recursive: true });
    const wheel = await writeWheel(sub, { name: 'ep', version: '1.0', files: { 'ep/__init__.py': '', 'ep-1.0.dist-info/entry_points.txt': '[console_scripts]\n../../bin/sh = ep:main\n' } });
    const info = await inspectDistribution(wheel);
    expect(info.problems.map((p) => p.pypiMessage)).toEqual(["Wheel 'ep-1.0-py3-none-any.whl' has invalid entry points defined in the entry_points.txt file"]);
  });
});
