/**
 * listS3 against a small loopback server that answers like S3 does when
 * things go wrong (XML error bodies, region redirects, broken pages), which
 * moto cannot be made to do.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import type { ServerResponse } from 'node:http';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { listS3, parseS3Source, type ListS3Options, type S3Location } from '../../../src/sources/s3.js';
import { startServer, type Running } from './servers.js';

let server: Running | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const CREDS = { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'never-printed-secret' };

function xmlError(res: ServerResponse, status: number, code: string, extra = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/xml', ...headers });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${code} message</Message>${extra}<RequestId>R</RequestId></Error>`);
}

function page(keys: string[], next?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>ray-wheels</Name><EncodingType>url</EncodingType>
<IsTruncated>${next ? 'true' : 'false'}</IsTruncated>${next ? `<NextContinuationToken>${next}</NextContinuationToken>` : ''}
${keys.map((k) => `<Contents><Key>${k}</Key><Size>3</Size><ETag>"e"</ETag></Contents>`).join('')}</ListBucketResult>`;
}

function loc(region?: string): S3Location {
  return parseS3Source('s3://ray-wheels/releases/2.9.0/abc', { endpoint: server!.url, region });
}

function options(extra: Partial<ListS3Options> = {}): ListS3Options {
  return { log: new MemoryLogger(), retry: { baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} }, ...extra };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  return err as Error;
}

describe('listS3 against S3-style errors', () => {
  it('names the real region from x-amz-bucket-region on 301 PermanentRedirect', async () => {
    server = await startServer((_req, res) =>
      xmlError(res, 301, 'PermanentRedirect', '<Endpoint>ray-wheels.s3.amazonaws.com</Endpoint><Bucket>ray-wheels</Bucket>', { 'x-amz-bucket-region': 'us-west-2' }),
    );
    const err = await failure(listS3(loc(), options()));
    expect(err.message).toBe(
      'Listing s3://ray-wheels/releases/2.9.0/abc/: bucket "ray-wheels" is in region us-west-2, not us-east-1 (the default). ' +
        'Use s3-region: us-west-2 (or a URL that names it, e.g. https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0/abc/).',
    );
    expect(server.requests).toHaveLength(1);
  });

  it('reads the region from the XML <Endpoint> when the header is missing', async () => {
    server = await startServer((_req, res) => xmlError(res, 301, 'PermanentRedirect', '<Endpoint>ray-wheels.s3-us-west-2.amazonaws.com</Endpoint>'));
    const err = await failure(listS3(loc('eu-west-1'), options()));
    expect(err.message).toMatch(/is in region us-west-2, not eu-west-1\. Use s3-region: us-west-2/);
  });

  it('reads the region from AuthorizationHeaderMalformed when signed for the wrong one', async () => {
    server = await startServer((_req, res) => xmlError(res, 400, 'AuthorizationHeaderMalformed', '<Region>ap-south-1</Region>'));
    const err = await failure(listS3(loc(), options({ credentials: CREDS })));
    expect(err.message).toMatch(/is in region ap-south-1.*Use s3-region: ap-south-1/);
  });

  it('explains an anonymous 403: s3:ListBucket for everyone, or credentials', async () => {
    server = await startServer((_req, res) => xmlError(res, 403, 'AccessDenied'));
    const err = await failure(listS3(loc(), options()));
    expect(err.message).toMatch(/^Listing s3:\/\/ray-wheels\/releases\/2\.9\.0\/abc\/ anonymously was refused \(403 AccessDenied: AccessDenied message\)\./);
    expect(err.message).toMatch(/s3:ListBucket/);
    expect(err.message).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('explains a signed 403 and a bad secret differently, never printing the secret', async () => {
    server = await startServer((_req, res, n) => (n === 1 ? xmlError(res, 403, 'AccessDenied') : xmlError(res, 403, 'SignatureDoesNotMatch')));
    const denied = await failure(listS3(loc(), options({ credentials: CREDS })));
    expect(denied.message).toMatch(/The AWS credentials lack s3:ListBucket on arn:aws:s3:::ray-wheels for prefix releases\/2\.9\.0\/abc\//);
    const badSecret = await failure(listS3(loc(), options({ credentials: CREDS })));
    expect(badSecret.message).toMatch(/SignatureDoesNotMatch.*AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID/);
    for (const e of [denied, badSecret]) expect(e.message).not.toContain(CREDS.secretAccessKey);
    expect(server.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request/);
  });

  it('says a missing bucket does not exist', async () => {
    server = await startServer((_req, res) => xmlError(res, 404, 'NoSuchBucket', '<BucketName>ray-wheels</BucketName>'));
    const err = await failure(listS3(loc(), options()));
    expect(err.message).toMatch(/bucket "ray-wheels" does not exist \(404 NoSuchBucket: NoSuchBucket message\)\. Check the bucket name and s3-endpoint http:\/\/127\.0\.0\.1:\d+\./);
  });

  it('retries 200 with malformed XML, then fails clearly', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0"?><ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>x</Ke');
    });
    const err = await failure(listS3(loc(), options({ retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} } })));
    expect(err.message).toMatch(/^Listing s3:\/\/ray-wheels\/releases\/2\.9\.0\/abc\/ failed: S3 answered 200 with malformed XML/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a page that is not S3 at all', async () => {
    server = await startServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html><body>Index</body></html>'); });
    const err = await failure(listS3(loc(), options()));
    expect(err.message).toMatch(/answered with <html>, not an S3 listing/);
    expect(server.requests).toHaveLength(1);
  });

  it('rides out 503 SlowDown, 429 and a broken page', async () => {
    server = await startServer((_req, res, n) => {
      if (n === 1) return xmlError(res, 503, 'SlowDown', '', { 'retry-after': '0' });
      if (n === 2) { res.writeHead(429); res.end(); return; }
      if (n === 3) { res.writeHead(200); res.end('<ListBucketResult><IsTrunc'); return; }
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(page(['releases/2.9.0/abc/a.whl']));
    });
    const files = await listS3(loc(), options());
    expect(files.map((f) => f.name)).toEqual(['a.whl']);
    expect(server.requests).toHaveLength(4);
  });

  it('abandons a page request that hangs and asks again', async () => {
    server = await startServer((_req, res, n) => {
      if (n === 1) { res.writeHead(200, { 'content-type': 'application/xml' }); res.write('<ListBucketResult>'); return; } // then silence
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(page(['releases/2.9.0/abc/a.whl']));
    });
    const log = new MemoryLogger();
    const files = await listS3(loc(), options({ log, timeoutMs: 200 }));
    expect(files.map((f) => f.name)).toEqual(['a.whl']);
    expect(server.requests).toHaveLength(2);
    expect(log.text()).toMatch(/attempt 1 of 5 failed: no complete answer within 0.2 s/);
  });

  it('says the listing ran out of time when pages come slowly with new tokens, even when the last page was cut short', async () => {
    server = await startServer((req, res, n) => {
      // Each page takes 700 ms, and there is always another.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(page([`releases/2.9.0/abc/p${n}.whl`], `token-${n}`));
      }, 700);
    });
    const err = await failure(listS3(loc(), options({ deadlineMs: 2000 })));
    expect(err.message).toMatch(/^Listing s3:\/\/ray-wheels\/releases\/2\.9\.0\/abc\/ did not end within 2 s \([23] page\(s\), [23] object\(s\) so far\)\. Either the prefix holds more than a release's wheels/);
  });

  it('pages with an encoded continuation token holding + / =', async () => {
    const token = '1ueGcxLPRx1Tr/XYExHnhbYL+gveDs2J/wm36Hy4vbOwM=';
    server = await startServer((req, res) => {
      const u = new URL(req.url!, 'http://x');
      res.writeHead(200, { 'content-type': 'application/xml' });
      if (!u.searchParams.has('continuation-token')) return void res.end(page(['releases/2.9.0/abc/a%2Bb.whl'], token));
      res.end(page(u.searchParams.get('continuation-token') === token ? ['releases/2.9.0/abc/c%20d.whl'] : []));
    });
    const files = await listS3(loc('us-west-2'), options({ credentials: CREDS }));
    expect(files.map((f) => f.key)).toEqual(['releases/2.9.0/abc/a+b.whl', 'releases/2.9.0/abc/c d.whl']);
    const second = server.requests[1]!.url;
    expect(second).toContain('continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYL%2BgveDs2J%2Fwm36Hy4vbOwM%3D');
    expect(second).toBe(
      '/ray-wheels/?continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYL%2BgveDs2J%2Fwm36Hy4vbOwM%3D&encoding-type=url&list-type=2&prefix=releases%2F2.9.0%2Fabc%2F',
    );
  });

  it('refuses a server that claims more pages without a new token', async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(page(['releases/2.9.0/abc/a.whl'], 'same'));
    });
    const err = await failure(listS3(loc(), options()));
    expect(err.message).toMatch(/gave a continuation token it gave before/);
    expect(server.requests).toHaveLength(2);
  });

  it('says what failed when the endpoint does not answer', async () => {
    server = await startServer((_req, res) => void res.end());
    const dead = loc();
    await server.close();
    const err = await failure(listS3(dead, options({ retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {} } })));
    expect(err.message).toMatch(/^Listing s3:\/\/ray-wheels\/releases\/2\.9\.0\/abc\/ failed: fetch failed.*ECONNREFUSED.*Check the network and s3-endpoint/);
    server = undefined;
  });
});
