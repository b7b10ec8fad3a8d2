import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { encodeS3Key, parseS3Source, s3BucketUrl, s3ObjectUrl } from '../../../src/sources/s3.js';

const SHA = '0b6d7b3e5b1c9b1f7e1d2f5a9c4b8e7d6a5f4e3d';

describe('parseS3Source', () => {
  it('reads Ray\'s legacy path-style URL with the dashed regional host', () => {
    expect(parseS3Source(`https://s3-us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/${SHA}/`)).toEqual({
      bucket: 'ray-wheels',
      prefix: `releases/2.9.0/${SHA}/`,
      region: 'us-west-2',
      endpoint: undefined,
      style: 'path',
    });
  });

  it('reads the dotted regional host and treats a path without trailing slash as a folder', () => {
    expect(parseS3Source('https://s3.us-west-2.amazonaws.com/bucket/prefix')).toMatchObject({
      bucket: 'bucket', prefix: 'prefix/', region: 'us-west-2', style: 'path',
    });
  });

  it('reads virtual-hosted URLs, dashed and dotted', () => {
    expect(parseS3Source('https://ray-wheels.s3-us-west-2.amazonaws.com/prefix')).toMatchObject({
      bucket: 'ray-wheels', prefix: 'prefix/', region: 'us-west-2', style: 'virtual',
    });
    expect(parseS3Source(`https://ray-wheels.s3.us-west-2.amazonaws.com/master/${SHA}/`)).toMatchObject({
      bucket: 'ray-wheels', prefix: `master/${SHA}/`, region: 'us-west-2', style: 'virtual',
    });
  });

  it('reads the browse form with ?prefix= verbatim and no region', () => {
    const loc = parseS3Source('https://bucket.s3.amazonaws.com/?prefix=latest/');
    expect(loc).toEqual({ bucket: 'bucket', prefix: 'latest/', region: undefined, endpoint: undefined, style: 'virtual' });
    expect(parseS3Source('https://s3-us-west-2.amazonaws.com/ray-wheels/?prefix=latest/ray-2')).toMatchObject({
      bucket: 'ray-wheels', prefix: 'latest/ray-2', region: 'us-west-2', style: 'path',
    });
  });

  it('takes the region from s3-region when the host has none, and refuses a contradiction', () => {
    expect(parseS3Source('https://bucket.s3.amazonaws.com/x/', { region: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(() => parseS3Source('https://s3.us-west-2.amazonaws.com/bkt/p/', { region: 'eu-west-1' })).toThrow(/names region us-west-2 but s3-region is eu-west-1/);
    expect(() => parseS3Source('s3://bucket/x', { region: 'west' })).toThrow(UserError);
  });

  it('reads dualstack, external-1 and China hosts', () => {
    expect(parseS3Source('https://bkt.s3.dualstack.eu-central-1.amazonaws.com/a/').region).toBe('eu-central-1');
    expect(parseS3Source('https://s3-external-1.amazonaws.com/bkt/a/').region).toBe('us-east-1');
    const cn = parseS3Source('https://s3.cn-north-1.amazonaws.com.cn/bkt/a/');
    expect(cn).toMatchObject({ bucket: 'bkt', region: 'cn-north-1', endpoint: 'https://s3.cn-north-1.amazonaws.com.cn', style: 'path' });
    expect(s3BucketUrl(cn)).toBe('https://s3.cn-north-1.amazonaws.com.cn/bkt/');
  });

  it('refuses website endpoints, with what to use instead', () => {
    expect(() => parseS3Source('http://ray-wheels.s3-website-us-west-2.amazonaws.com/latest/')).toThrow(/static-website endpoint.*s3:\/\/ray-wheels\/PREFIX\//);
  });

  it('decodes percent-encoding in the path but keeps a literal +', () => {
    expect(parseS3Source('https://s3.us-east-1.amazonaws.com/bkt/v1.0%2Blocal/sp%20ace/').prefix).toBe('v1.0+local/sp ace/');
    expect(parseS3Source('https://s3.us-east-1.amazonaws.com/bkt/v1.0+local/').prefix).toBe('v1.0+local/');
  });

  it('reads s3:// URIs: virtual-hosted unless the bucket is dotted or an endpoint is given', () => {
    expect(parseS3Source('s3://ray-wheels/releases/2.9.0/abc')).toEqual({
      bucket: 'ray-wheels', prefix: 'releases/2.9.0/abc/', region: undefined, style: 'virtual',
    });
    expect(parseS3Source('s3://my.bucket/').style).toBe('path');
    expect(parseS3Source('s3://bkt', { endpoint: 'http://127.0.0.1:5000/' })).toEqual({
      bucket: 'bkt', prefix: '', region: undefined, endpoint: 'http://127.0.0.1:5000', style: 'path',
    });
  });

  it('treats other hosts as S3-compatible endpoints', () => {
    expect(parseS3Source('http://127.0.0.1:9000/bkt/wheels/')).toMatchObject({
      bucket: 'bkt', prefix: 'wheels/', endpoint: 'http://127.0.0.1:9000', style: 'path',
    });
    expect(parseS3Source('https://bkt.minio.example.com/wheels/', { endpoint: 'https://minio.example.com' })).toMatchObject({
      bucket: 'bkt', prefix: 'wheels/', endpoint: 'https://minio.example.com', style: 'virtual',
    });
    expect(parseS3Source('https://minio.example.com/s3/bkt/w/', { endpoint: 'https://minio.example.com/s3/' })).toMatchObject({
      bucket: 'bkt', prefix: 'w/', endpoint: 'https://minio.example.com/s3', style: 'path',
    });
    expect(() => parseS3Source('https://other.example.com/bkt/', { endpoint: 'https://minio.example.com' })).toThrow(/not on the s3-endpoint/);
    expect(() => parseS3Source('https://s3.us-west-2.amazonaws.com/bkt/p/', { endpoint: 'http://127.0.0.1:5000' })).toThrow(/is an AWS S3 URL but s3-endpoint is set/);
    expect(() => parseS3Source('s3://bkt/p/', { endpoint: 'ftp://x' })).toThrow(/must start with https:\/\/ or http:\/\//);
  });

  it('refuses what is not an S3 location, saying which forms work', () => {
    for (const bad of ['ftp://x/y', 'not a url', 's3://', 's3://b/x', 'https://s3.us-west-2.amazonaws.com/', 'https://s3.weird.amazonaws.com/b/']) {
      expect(() => parseS3Source(bad)).toThrow(UserError);
    }
    expect(() => parseS3Source('s3://')).toThrow(/s3:\/\/BUCKET\/PREFIX\//);
    expect(() => parseS3Source('https://bkt.s3.amazonaws.com/x/?prefix=y')).toThrow(/both a path and \?prefix=/);
  });
});

describe('parseS3Source errors', () => {
  const messageOf = (f: () => unknown): string => {
    try {
      f();
    } catch (err) {
      expect(err).toBeInstanceOf(UserError);
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };
  const SECRETS = ['alice', 's3cr', 'AKIAEXAMPLE', 'SIGSECRET'];
  const noSecrets = (message: string) => {
    for (const secret of SECRETS) expect(message).not.toContain(secret);
  };

  it('refuses credentials in s3-endpoint without echoing them', () => {
    const message = messageOf(() => parseS3Source('s3://bkt/p/', { endpoint: 'https://alice:s3cr%40t@minio.example.com' }));
    expect(message).toContain('s3-endpoint "https://minio.example.com/" must be a plain base URL');
    noSecrets(message);
    const signed = messageOf(() => parseS3Source('s3://bkt/p/', { endpoint: 'https://minio.example.com/?X-Amz-Signature=SIGSECRET' }));
    expect(signed).toContain('minio.example.com');
    noSecrets(signed);
  });

  it('shows an s3-endpoint that does not parse or is not http(s) without its credentials', () => {
    const broken = messageOf(() => parseS3Source('s3://bkt/p/', { endpoint: 'https://alice:s3cr%40t@minio.example.com:port' }));
    expect(broken).toContain('s3-endpoint "https://***@minio.example.com:port" is not a URL');
    noSecrets(broken);
    const ftp = messageOf(() => parseS3Source('s3://bkt/p/', { endpoint: 'ftp://alice:s3cr%40t@minio.example.com' }));
    expect(ftp).toContain('s3-endpoint "ftp://minio.example.com/" must start with https://');
    noSecrets(ftp);
  });

  it('shows a source with credentials without them', () => {
    const cases: [string, RegExp, { region?: string; endpoint?: string }?][] = [
      ['https://alice:s3cr%40t@host.example:port/bkt/', /"https:\/\/\*\*\*@host\.example:port\/bkt\/" is not an S3 location/],
      ['ftp://alice:s3cr%40t@host.example/bkt/', /"ftp:\/\/host\.example\/bkt\/" is not an S3 location/],
      ['https://alice:s3cr%40t@s3.us-west-2.amazonaws.com/', /No valid bucket name in https:\/\/s3\.us-west-2\.amazonaws\.com\//],
      ['s3://AKIAEXAMPLE:s3cr%40t@bucket/p/', /No valid bucket name in s3:\/\/bucket\/p\//],
      ['https://alice:s3cr%40t@s3.us-west-2.amazonaws.com/bkt/', /https:\/\/s3\.us-west-2\.amazonaws\.com\/bkt\/ names region us-west-2 but s3-region is eu-west-1/, { region: 'eu-west-1' }],
      ['https://alice:s3cr%40t@other.example/bkt/', /https:\/\/other\.example\/bkt\/ is not on the s3-endpoint/, { endpoint: 'https://minio.example.com' }],
      ['https://alice:s3cr%40t@bkt.s3.amazonaws.com/x/?prefix=y', /https:\/\/bkt\.s3\.amazonaws\.com\/x\/\?prefix=y gives both a path and \?prefix=/],
      ['https://alice:s3cr%40t@host.example/bkt/%E0%A4%A/', /The path in https:\/\/host\.example\/bkt\/%E0%A4%A\/ has broken percent-encoding/],
    ];
    for (const [source, expected, opts] of cases) {
      const message = messageOf(() => parseS3Source(source, opts));
      expect(message).toMatch(expected);
      noSecrets(message);
    }
  });

  it('shows a source without credentials as it was typed', () => {
    expect(messageOf(() => parseS3Source('s3://b/x'))).toContain('No valid bucket name in s3://b/x.');
    expect(messageOf(() => parseS3Source('https://host.example:port/b/'))).toContain('"https://host.example:port/b/" is not an S3 location');
  });
});

describe('S3 URLs', () => {
  it('encodes each key segment, + as %2B, spaces and unicode', () => {
    expect(encodeS3Key('releases/2.9.0+local/ray-2.9.0+local-cp310-cp310-manylinux2014_x86_64.whl')).toBe(
      'releases/2.9.0%2Blocal/ray-2.9.0%2Blocal-cp310-cp310-manylinux2014_x86_64.whl',
    );
    expect(encodeS3Key('a b/é(1)*.whl')).toBe('a%20b/%C3%A9%281%29%2A.whl');
  });

  it('builds bucket and object URLs for every style', () => {
    const key = 'releases/2.9.0/x+y.whl';
    expect(s3ObjectUrl({ bucket: 'ray-wheels', prefix: '', region: 'us-west-2', style: 'path' }, key)).toBe(
      'https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/x%2By.whl',
    );
    expect(s3ObjectUrl({ bucket: 'ray-wheels', prefix: '', region: 'us-west-2', style: 'virtual' }, key)).toBe(
      'https://ray-wheels.s3.us-west-2.amazonaws.com/releases/2.9.0/x%2By.whl',
    );
    expect(s3BucketUrl({ bucket: 'b', prefix: '', style: 'virtual' })).toBe('https://b.s3.amazonaws.com/');
    expect(s3BucketUrl({ bucket: 'b', prefix: '', endpoint: 'http://127.0.0.1:5000', style: 'path' })).toBe('http://127.0.0.1:5000/b/');
    expect(s3BucketUrl({ bucket: 'b', prefix: '', endpoint: 'http://localhost:5000', style: 'virtual' })).toBe('http://b.localhost:5000/');
  });
});
