import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { TransientError } from '../../../src/http/index.js';
import { credentialsFromEnv, parseListPage, parseS3Error, signS3Get, type S3Location } from '../../../src/sources/s3.js';

const LOC: S3Location = { bucket: 'ray-wheels', prefix: 'releases/2.9.0/abc/', region: 'us-west-2', style: 'path' };

describe('credentialsFromEnv', () => {
  it('reads the three variables and treats empty ones as unset', () => {
    expect(credentialsFromEnv({})).toBeUndefined();
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' })).toBeUndefined();
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: 's' })).toEqual({ accessKeyId: 'AKIA1', secretAccessKey: 's' });
    expect(credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'ASIA1', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' })).toEqual({
      accessKeyId: 'ASIA1', secretAccessKey: 's', sessionToken: 't',
    });
  });

  it('refuses half a pair, naming the missing variable and never the secret', () => {
    expect(() => credentialsFromEnv({ AWS_ACCESS_KEY_ID: 'AKIA1', AWS_SECRET_ACCESS_KEY: '' })).toThrow(/AWS_SECRET_ACCESS_KEY is empty/);
    const err = (() => { try { credentialsFromEnv({ AWS_SECRET_ACCESS_KEY: 'very-secret' }); } catch (e) { return e; } })();
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/AWS_ACCESS_KEY_ID is empty/);
    expect((err as Error).message).not.toContain('very-secret');
  });
});

describe('signS3Get', () => {
  // AWS's worked example "GET Bucket (List Objects)" from the SigV4 S3 documentation.
  const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
  const when = new Date(Date.UTC(2013, 4, 24));

  it('reproduces the documented signature', () => {
    const h = signS3Get(new URL('https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J'), 'us-east-1', creds, when);
    expect(h.Authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;x-amz-content-sha256;x-amz-date, ' +
        'Signature=34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7',
    );
    expect(h['X-Amz-Date']).toBe('20130524T000000Z');
    expect(Object.keys(h).map((k) => k.toLowerCase())).not.toContain('host');
  });

  it('signs encoded keys and the session token', () => {
    const h = signS3Get(new URL('http://127.0.0.1:5000/b/p/x%2By%20z.whl'), undefined, { ...creds, sessionToken: 'tok' }, when);
    expect(h['X-Amz-Security-Token']).toBe('tok');
    expect(h.Authorization).toMatch(/SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token/);
  });
});

describe('parseListPage', () => {
  it('decodes url-encoded keys (+ as space, %2B as +) and builds encoded URLs', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>ray-wheels</Name><Prefix>releases%2F2.9.0%2Fabc%2F</Prefix><KeyCount>4</KeyCount><MaxKeys>1000</MaxKeys>
  <EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
  <Contents><Key>releases/2.9.0/abc/ray-2.9.0%2Blocal-cp310-cp310-manylinux2014_x86_64.whl</Key><Size>123</Size><ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag></Contents>
  <Contents><Key>releases/2.9.0/abc/with+space.whl</Key><Size>0</Size></Contents>
  <Contents><Key>releases/2.9.0/abc/sub/</Key><Size>0</Size></Contents>
  <Contents><Key>releases/2.9.0/abc/0123</Key><Size>7</Size></Contents>
  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
</ListBucketResult>`;
    const page = parseListPage(LOC, xml);
    expect(page.truncated).toBe(true);
    expect(page.next).toBe('1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=');
    expect(page.files).toEqual([
      {
        name: 'ray-2.9.0+local-cp310-cp310-manylinux2014_x86_64.whl',
        key: 'releases/2.9.0/abc/ray-2.9.0+local-cp310-cp310-manylinux2014_x86_64.whl',
        size: 123,
        url: 'https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/abc/ray-2.9.0%2Blocal-cp310-cp310-manylinux2014_x86_64.whl',
        etag: 'd41d8cd98f00b204e9800998ecf8427e',
      },
      { name: 'with space.whl', key: 'releases/2.9.0/abc/with space.whl', size: 0, url: 'https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/abc/with%20space.whl' },
      { name: '0123', key: 'releases/2.9.0/abc/0123', size: 7, url: 'https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/abc/0123' },
    ]);
  });

  it('keeps keys as sent when the server ignored encoding-type, decoding XML entities', () => {
    const xml = '<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>releases/2.9.0/abc/a+b &amp; c&#xE9;.whl</Key><Size>1</Size></Contents></ListBucketResult>';
    expect(parseListPage(LOC, xml).files.map((f) => f.key)).toEqual(['releases/2.9.0/abc/a+b & cé.whl']);
  });

  it('refuses a listing that holds a key outside the prefix asked for', () => {
    const xml = (key: string) => `<ListBucketResult><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated><Contents><Key>${key}</Key><Size>1</Size></Contents></ListBucketResult>`;
    expect(() => parseListPage(LOC, xml('releases/2.9.0/other/ray-2.9.0-py3-none-any.whl'))).toThrow(
      /listed the key "releases\/2\.9\.0\/other\/ray-2\.9\.0-py3-none-any\.whl", outside the prefix "releases\/2\.9\.0\/abc\/"/,
    );
    // Decoded before the comparison: an encoded key under the prefix is fine, one that only looks so once decoded is not.
    expect(parseListPage(LOC, xml('releases%2F2.9.0%2Fabc%2Fx.whl')).files).toHaveLength(1);
    expect(() => parseListPage(LOC, xml('releases%2F2.9.0%2Fabcd.whl'))).toThrow(UserError);
  });

  it('treats cut-off XML as transient and a foreign document as the user\'s problem', () => {
    expect(() => parseListPage(LOC, '<ListBucketResult><IsTruncated>false</IsTr')).toThrow(TransientError);
    expect(() => parseListPage(LOC, '<html><body>Index of /</body></html>')).toThrow(/answered with <html>, not an S3 listing/);
    expect(() => parseListPage(LOC, '<Error><Code>InternalError</Code></Error>')).toThrow(TransientError);
    expect(() => parseListPage(LOC, '<Error><Code>AccessDenied</Code></Error>')).toThrow(UserError);
  });
});

describe('parseS3Error', () => {
  it('reads code, message, region and endpoint', () => {
    expect(parseS3Error(`<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message><Endpoint>ray-wheels.s3-us-west-2.amazonaws.com</Endpoint><Bucket>ray-wheels</Bucket></Error>`)).toEqual({
      code: 'PermanentRedirect',
      message: 'The bucket you are attempting to access must be addressed using the specified endpoint.',
      region: undefined,
      endpoint: 'ray-wheels.s3-us-west-2.amazonaws.com',
    });
    expect(parseS3Error('')).toEqual({});
    expect(parseS3Error('<html>')).toEqual({});
  });
});
