/**
 * Our SigV4 headers against botocore's S3 signer (the AWS CLI's and boto3's)
 * for the URLs we really build: encoded prefixes and continuation tokens,
 * keys with '+', spaces and non-ASCII, session tokens. Two independent
 * implementations agreeing on the signature is the check moto's server mode
 * cannot give for encoded URLs (see s3-moto-auth.test.ts).
 */
import { expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseS3Source, s3ObjectUrl, signS3Get, type AwsCredentials } from '../../../src/sources/s3.js';
import { itIf, motoServerPath } from '../../support/tools.js';

// botocore comes with moto and the AWS CLI; use the interpreter moto_server was installed with.
const moto = motoServerPath();
const python = moto && existsSync(join(dirname(moto), 'python')) ? join(dirname(moto), 'python') : undefined;
const hasBotocore = (() => {
  if (!python) return false;
  try {
    execFileSync(python, ['-c', 'import botocore.auth'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const SCRIPT = `
import json, sys
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
out = []
for r in json.load(sys.stdin):
    c = r['credentials']
    auth = S3SigV4Auth(Credentials(c['accessKeyId'], c['secretAccessKey'], c.get('sessionToken')), 's3', r['region'])
    req = AWSRequest(method='GET', url=r['url'], headers=r['headers'])
    req.context['timestamp'] = r['headers']['X-Amz-Date']
    canonical = auth.canonical_request(req)
    out.append(auth.signature(auth.string_to_sign(req, canonical), req))
print(json.dumps(out))
`;

const CREDS: AwsCredentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

itIf(hasBotocore, 'python with botocore (installed with moto) is not available')('agrees with botocore on encoded prefixes, tokens and keys', () => {
  const when = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));
  const path = parseS3Source('https://s3.us-west-2.amazonaws.com/ray-wheels/releases/2.9.0+local/');
  const virtual = parseS3Source('https://ray-wheels.s3.us-west-2.amazonaws.com/?prefix=latest/');
  const moto = parseS3Source('s3://bkt/a b/', { endpoint: 'http://127.0.0.1:5000' });
  const cases: { url: string; region: string; credentials: AwsCredentials }[] = [
    { url: 'https://s3.us-west-2.amazonaws.com/ray-wheels/?encoding-type=url&list-type=2&prefix=releases%2F2.9.0%2Blocal%2F', region: 'us-west-2', credentials: CREDS },
    {
      url: 'https://ray-wheels.s3.us-west-2.amazonaws.com/?continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYL%2BgveDs2J%2Fwm36Hy4vbOwM%3D&encoding-type=url&list-type=2&max-keys=1000&prefix=latest%2F',
      region: 'us-west-2',
      credentials: CREDS,
    },
    { url: s3ObjectUrl(path, 'releases/2.9.0+local/ray_cpp-2.9.0+local-cp310-cp310-win_amd64.whl'), region: 'us-west-2', credentials: CREDS },
    { url: s3ObjectUrl(virtual, 'latest/ray-3.0.0.dev0 (copy) é.whl'), region: 'us-west-2', credentials: { ...CREDS, sessionToken: 'FQoGZXIvYXdzEXAMPLE+/=' } },
    { url: s3ObjectUrl(moto, 'a b/x*y~z.whl'), region: 'us-east-1', credentials: CREDS },
  ];
  const ours = cases.map((c) => signS3Get(new URL(c.url), c.region, c.credentials, when));
  const input = cases.map((c, i) => {
    const h = ours[i]!;
    const headers: Record<string, string> = { host: new URL(c.url).host, 'X-Amz-Date': h['X-Amz-Date']!, 'X-Amz-Content-Sha256': h['X-Amz-Content-Sha256']! };
    if (h['X-Amz-Security-Token']) headers['X-Amz-Security-Token'] = h['X-Amz-Security-Token'];
    return { url: c.url, region: c.region, credentials: c.credentials, headers };
  });
  const theirs = JSON.parse(execFileSync(python!, ['-c', SCRIPT], { input: JSON.stringify(input) }).toString()) as string[];
  expect(ours.map((h) => /Signature=([0-9a-f]{64})$/.exec(h.Authorization!)?.[1])).toEqual(theirs);
});
