/**
 * Signed requests checked by an independent SigV4 implementation: moto with
 * IAM authentication enforced (POST /moto-api/reset-auth) recomputes each
 * signature with botocore and checks the caller's IAM policy.
 *
 * moto 5 in server mode recomputes the canonical request from the already
 * decoded URL, so a query value or key holding a character that needs
 * encoding (the '/' in a prefix, a '+' in a key) fails its check even when
 * correctly signed: the AWS CLI's own `s3 ls s3://b/p/` and
 * `s3api get-object --key 'a+b.whl'` fail the same way against it. So here
 * signed requests use a whole-bucket listing and a plain key; encoded
 * prefixes and keys are checked against botocore's signer in
 * sigv4-botocore.test.ts and against AWS's reference signature in
 * test/unit/sources/s3.test.ts.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger } from '../../../src/log.js';
import { S3Source, listS3, parseS3Source, type AwsCredentials } from '../../../src/sources/s3.js';
import { describeIf } from '../../support/tools.js';
import { MOTO, createBucket, createReader, enforceAuth, putObject, startMoto, type Moto } from './moto.js';

const BUCKET = 'private-wheels';
const FILES: Record<string, Buffer> = {
  'pkg-1.0-cp312-cp312-manylinux_2_28_x86_64.whl': Buffer.from('python 3.12 wheel'),
  'pkg-1.0-cp27-cp27mu-manylinux1_x86_64.whl': Buffer.from('python 2.7 wheel'),
};

describeIf(MOTO, 'moto_server is not installed (pip install "moto[server]")')('S3 signatures verified by moto', () => {
  let moto: Moto;
  let reader: AwsCredentials;
  let dir: string;

  beforeAll(async () => {
    moto = await startMoto();
    await createBucket(moto.endpoint, BUCKET);
    for (const [key, body] of Object.entries(FILES)) await putObject(moto.endpoint, BUCKET, key, body);
    reader = await createReader(moto.endpoint, 'wheel-reader');
    await enforceAuth(moto.endpoint);
    dir = await mkdtemp(join(tmpdir(), 's3-moto-auth-'));
  }, 120_000);

  afterAll(async () => {
    await moto?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('lists a private bucket with valid credentials', async () => {
    const files = await listS3(parseS3Source(`s3://${BUCKET}/`, { endpoint: moto.endpoint }), { log: new MemoryLogger(), credentials: reader });
    expect(files.map((f) => f.key).sort()).toEqual(Object.keys(FILES).sort());
  });

  it('downloads a private object with a signature moto accepts', async () => {
    const source = new S3Source(parseS3Source(`s3://${BUCKET}/`, { endpoint: moto.endpoint }), { credentials: reader });
    const file = (await source.list(new MemoryLogger())).find((f) => f.key.includes('cp27'))!;
    const r = await source.download(file, join(dir, file.name), { log: new MemoryLogger() });
    expect((await readFile(r.path)).equals(FILES[file.key]!)).toBe(true);
  });

  it('reports a wrong secret as such', async () => {
    const err = await listS3(parseS3Source(`s3://${BUCKET}/`, { endpoint: moto.endpoint }), {
      log: new MemoryLogger(),
      credentials: { accessKeyId: reader.accessKeyId, secretAccessKey: 'not-the-secret' },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/403 SignatureDoesNotMatch.*AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID/);
    expect((err as Error).message).not.toContain(reader.secretAccessKey);
  });

  it('reports an unknown access key as such', async () => {
    const err = await listS3(parseS3Source(`s3://${BUCKET}/`, { endpoint: moto.endpoint }), {
      log: new MemoryLogger(),
      credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'x' },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/InvalidAccessKeyId.*unknown or expired/);
  });
});
