import { describe, expect, it } from '@jest/globals';
import { checkAuth } from '../../../src/index-server/upload.js';
import {
  checkFilename,
  checkFormMetadata,
  checkProtocol,
  checkTupleFields,
  checkUploadForm,
  FormFields,
  recordForm,
} from '../../../src/index-server/upload-form.js';

const fields = (o: Record<string, string | string[]>): FormFields =>
  new FormFields(Object.entries(o).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x] as [string, string])));
const SEE = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const good = { metadata_version: '2.1', name: 'example', version: '1.0', filetype: 'sdist', md5_digest: 'bad' };

describe('UploadForm rules (warehouse test_fails_invalid_post_data)', () => {
  it.each([
    [{ metadata_version: '1.2' }, `'' is an invalid value for Name. Error: This field is required. ${SEE}`],
    [{ metadata_version: '1.2', name: 'foo-' }, `'foo-' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${SEE}`],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', md5_digest: 'bad' }, 'Invalid value for filetype. Error: This field is required.'],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', filetype: 'bdist_wat' }, 'Error: Python version is required for binary distribution uploads.'],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', filetype: 'bdist_wat', pyversion: '1.0', md5_digest: 'bad' }, 'Invalid value for filetype. Error: Use a known file type.'],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', filetype: 'sdist', pyversion: '1.0' }, "Error: Use 'source' as Python version for an sdist."],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', filetype: 'sdist' }, 'Error: Include at least one message digest.'],
    [{ metadata_version: '1.2', name: 'example', version: '1.0', filetype: 'sdist', sha256_digest: 'an invalid sha256 digest' }, 'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.'],
    [{ name: 'example', filetype: 'sdist', blake2_256_digest: 'x' }, 'Invalid value for blake2_256_digest. Error: Use a valid, hex-encoded, BLAKE2 message digest.'],
  ])('%j → %s', (form, message) => {
    expect(checkUploadForm(fields(form))).toBe(message);
  });

  it('accepts a complete form and shortens a very long name in the message', () => {
    expect(checkUploadForm(fields(good))).toBeUndefined();
    const long = 'a'.repeat(40) + '-' + 'b'.repeat(40) + '-';
    expect(checkUploadForm(fields({ ...good, name: long }))).toBe(
      `'${'a'.repeat(30)}...${'b'.repeat(29)}-' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${SEE}`,
    );
  });
});

describe('metadata from the form', () => {
  it.each([
    [{ name: 'foo', version: '1.0' }, `None is not a valid metadata version. ${SEE}`],
    [{ metadata_version: '-1', name: 'foo', version: '1.0' }, `'-1' is not a valid metadata version. ${SEE}`],
    [{ metadata_version: '2.0', name: 'foo', version: '1.0' }, `'2.0' is not a valid metadata version. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo' }, `'version' is a required field. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo', version: 'dog' }, `'dog' is invalid for 'version'. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo', version: '1.0.0-Dev1+Local' }, `The use of local versions in '1.0.0.dev1+local' is not allowed. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo', version: '1.0', summary: 'A\nB' }, `'summary' must be a single line. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo', version: '1.0', summary: 'A'.repeat(513) }, `'summary' field must be 512 characters or less. ${SEE}`],
    [{ metadata_version: '2.1', name: 'foo', version: '1.0', requires_python: '>=3.x' }, `'>=3.x' is invalid for 'requires-python'. ${SEE}`],
  ])('metadata case %#', (form, message) => {
    expect(checkFormMetadata(fields(form))).toBe(message);
  });

  it('reports Metadata-Version before Version, as warehouse orders them', () => {
    expect(checkFormMetadata(fields({ name: 'foo', version: 'dog' }))).toBe(`None is not a valid metadata version. ${SEE}`);
  });

  it('accepts real-world Requires-Python specifiers', () => {
    const ok = fields({ metadata_version: '2.1', name: 'pip', version: '19.2.3', requires_python: '>=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*' });
    expect(checkFormMetadata(ok)).toBeUndefined();
  });
});

describe('sanitising and the other early checks', () => {
  it('drops UNKNOWN values and escapes NUL', () => {
    const s = fields({ author: 'UNKNOWN', summary: 'a\0b', name: 'x' }).sanitized();
    expect(s.has('author')).toBe(false);
    expect(s.get('summary')).toBe('a\\x00b');
  });

  it('knows protocol version 1 only, defaulting to it', () => {
    expect(checkProtocol(fields({}))).toBeUndefined();
    expect(checkProtocol(fields({ protocol_version: '1' }))).toBeUndefined();
    expect(checkProtocol(fields({ protocol_version: '2' }))).toBe('Unknown protocol version.');
  });

  it('refuses metadata fields sent as files but not content or gpg_signature', () => {
    expect(checkTupleFields(['gpg_signature'])).toBeUndefined();
    expect(checkTupleFields(['classifiers'])).toBe('classifiers: Should not be a tuple.');
  });

  it.each([
    ['demo-1.0.tar.gz', 'sdist', undefined],
    ['demo-1.0.zip', 'sdist', undefined],
    ['demo-1.0-py3-none-any.whl', 'bdist_wheel', undefined],
    ['demo-1.0-py3-none-any.whl', 'sdist', 'Invalid file extension: Extension .whl is invalid for filetype sdist. See https://www.python.org/dev/peps/pep-0527 for more information.'],
    ['demo-1.0.tar.gz', 'bdist_wheel', 'Invalid file extension: Extension .tar.gz is invalid for filetype bdist_wheel. See https://www.python.org/dev/peps/pep-0527 for more information.'],
    ['demo-1.0.egg', 'bdist_wheel', 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information'],
    ['../demo-1.0.tar.gz', 'sdist', "Cannot upload a file with '/' or '\\' in the name."],
    ['demo\t-1.0.tar.gz', 'sdist', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.'],
  ])('filename %j as %s', (filename, filetype, message) => {
    expect(checkFilename(filename, filetype)).toBe(message);
  });

  it('records multi-use and repeated fields as lists, the rest as strings', () => {
    const record = recordForm(fields({ name: 'x', classifiers: 'A :: B', requires_dist: ['a', 'b'], comment: ['one', 'two'] }));
    expect(record).toEqual({ name: 'x', classifiers: ['A :: B'], requires_dist: ['a', 'b'], comment: ['one', 'two'] });
  });
});

describe('authentication', () => {
  const basic = (user: string, password: string): string => 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');

  it('is open when the index has no token', () => {
    expect(checkAuth(undefined, undefined)).toBeUndefined();
    expect(checkAuth(basic('anyone', 'x'), undefined)).toBeUndefined();
  });

  it('accepts __token__ with the token and refuses everything else with warehouse texts', () => {
    expect(checkAuth(basic('__token__', 'pypi-secret'), 'pypi-secret')).toBeUndefined();
    const invalid = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
    expect(checkAuth(undefined, 'pypi-secret')).toBe(invalid);
    expect(checkAuth('Bearer pypi-secret', 'pypi-secret')).toBe(invalid);
    expect(checkAuth(basic('__token__', 'pypi-wrong'), 'pypi-secret')).toBe(invalid);
    expect(checkAuth(basic('__token__', 'pypi-secret-longer'), 'pypi-secret')).toBe(invalid);
    expect(checkAuth(basic('alice', 'pypi-secret'), 'pypi-secret')).toMatch(/^Username\/Password authentication is no longer supported\./);
  });
});
