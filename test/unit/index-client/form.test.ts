import { describe, expect, it } from '@jest/globals';
import { parseCoreMetadata, type DistributionInfo } from '../../../src/distributions/index.js';
import { parseDistributionFilename } from '../../../src/distributions/index.js';
import { safeName, uploadFields } from '../../../src/index-client/form.js';

function info(filename: string, metadata: string): DistributionInfo {
  return {
    path: `/x/${filename}`,
    filename,
    parsed: parseDistributionFilename(filename),
    size: 10,
    sha256: 'a'.repeat(64),
    blake2b256: 'b'.repeat(64),
    metadata: parseCoreMetadata(metadata),
    problems: [],
  };
}

const fieldsOf = (f: [string, string][]) => f.map(([k, v]) => `${k}=${v}`);

describe('uploadFields', () => {
  it('sends METADATA as twine does: form names, multiple-use fields repeated, digests, action last', () => {
    const fields = uploadFields(info('Demo_Pkg-1.0-py2.py3-none-any.whl', [
      'Metadata-Version: 2.1',
      'Name: Demo_Pkg',
      'Version: 1.0',
      'Summary: A demo',
      'Keywords: a,b ,  c',
      'Classifier: X :: Y',
      'Classifier: Z',
      'Project-URL: Home,https://example.org',
      'Project-URL: Docs , https://docs.example.org',
      'Requires-Dist: requests',
      'Provides-Extra: cli',
      'License-File: LICENSE',
      'X-Unknown: ignored',
      'Maintainer: ',
      'Description-Content-Type: text/markdown',
      '',
      'Body text.',
      '',
    ].join('\n')));
    expect(fieldsOf(fields)).toEqual([
      'metadata_version=2.1',
      'name=Demo-Pkg',
      'version=1.0',
      'summary=A demo',
      'keywords=a, b, c',
      'classifiers=X :: Y',
      'classifiers=Z',
      'project_urls=Home, https://example.org',
      'project_urls=Docs, https://docs.example.org',
      'requires_dist=requests',
      'provides_extra=cli',
      'description=Body text.\n',
      'description_content_type=text/markdown',
      'pyversion=py2.py3',
      'filetype=bdist_wheel',
      // sha256 alone, though the file's BLAKE2b-256 is known (form.ts).
      `sha256_digest=${'a'.repeat(64)}`,
      ':action=file_upload',
      'protocol_version=1',
    ]);
  });

  it('keeps License-File from Metadata-Version 2.4, and a Description header exactly as written', () => {
    const fields = uploadFields(info('demo-1.0.tar.gz', [
      'Metadata-Version: 2.4',
      'Name: demo',
      'Version: 1.0',
      'License-Expression: MIT',
      'License-File: LICENSE',
      'License-File: NOTICE',
      'Description: First line',
      '        |second line',
      '',
    ].join('\n')));
    expect(fieldsOf(fields)).toContain('license_file=LICENSE');
    expect(fieldsOf(fields)).toContain('license_file=NOTICE');
    expect(fieldsOf(fields)).toContain('license_expression=MIT');
    expect(fieldsOf(fields)).toContain('description=First line\n        |second line');
    expect(fieldsOf(fields)).toContain('pyversion=source');
    expect(fieldsOf(fields)).toContain('filetype=sdist');
    expect(fields.map(([k]) => k)).not.toContain('md5_digest');
  });

  it('makes safe names like pkg_resources', () => {
    expect(safeName('foo_bar baz')).toBe('foo-bar-baz');
    expect(safeName('Foo.Bar')).toBe('Foo.Bar');
  });
});
