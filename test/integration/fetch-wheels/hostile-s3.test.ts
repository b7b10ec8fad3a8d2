/**
 * fetch-wheels (dist/fetch-wheels/index.js, run as the runner runs it) against
 * a hostile S3 endpoint on loopback: an error <Message> holding workflow
 * commands (printed in the retry line), a listing with a key outside the
 * prefix asked for; and the staging folders a killed run left beside dest.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupRunsAfterAll, injections, runAction } from '../../support/runner.js';
import { buildWheel, type Built } from './fixtures.js';

cleanupRunsAfterAll();

const BUCKET = 'hostile-bucket';
const PREFIX = 'releases/1.0.0/';
const MARKER = 'HOSTILE';

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

let dir: string;
let wheel: Built;
let server: http.Server;
let endpoint: string;
/** The answer to the n-th listing request (0-based). */
let listing: (n: number) => Answer;
let listings = 0;

const listXml = (keys: { key: string; size: number }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><ListBucketResult><Name>${BUCKET}</Name><Prefix>${PREFIX}</Prefix><EncodingType>url</EncodingType>` +
  `<IsTruncated>false</IsTruncated>${keys.map((k) => `<Contents><Key>${encodeURIComponent(k.key)}</Key><Size>${k.size}</Size></Contents>`).join('')}</ListBucketResult>`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fetch-wheels-hostile-'));
  wheel = await buildWheel(dir, 'demo', '1.0.0', 'py3-none-any', 2000);
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let answer: Answer;
    if (url.pathname === `/${BUCKET}/` && url.searchParams.get('list-type') === '2') answer = listing(listings++);
    // Served under any key that ends with the wheel's name: only the listing decides what is fetched.
    else if (url.pathname.startsWith(`/${BUCKET}/`) && url.pathname.endsWith(`/${wheel.name}`)) answer = { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: wheel.bytes };
    else answer = { status: 404, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>NoSuchKey</Code></Error>' };
    res.writeHead(answer.status, { 'content-length': String(Buffer.byteLength(answer.body)), ...answer.headers });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  listings = 0;
  listing = () => ({ status: 200, headers: { 'content-type': 'application/xml' }, body: listXml([{ key: `${PREFIX}${wheel.name}`, size: wheel.bytes.length }]) });
});

const inputs = (extra: Record<string, string> = {}) => ({
  source: `s3://${BUCKET}/${PREFIX}`,
  's3-endpoint': endpoint,
  packages: 'demo',
  version: '1.0.0',
  'expect-count': '1',
  dest: 'dist',
  ...extra,
});

describe('fetch-wheels and a hostile S3 endpoint', () => {
  it('shows the workflow commands in an S3 error <Message> (the retry line) and runs none', async () => {
    const message = `Slow down\n::set-output name=dir::/tmp/${MARKER}\n  ::stop-commands::${MARKER}pause\n::error::${MARKER} spoofed\nthe end ##[set-output name=count;]666`;
    const ok = listing;
    listing = (n) =>
      n === 0
        ? { status: 503, headers: { 'content-type': 'application/xml', 'retry-after': '0' }, body: `<Error><Code>SlowDown</Code><Message>${message}</Message></Error>` }
        : ok(n);
    const run = await runAction('fetch-wheels', inputs());
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(listings).toBe(2);
    expect(injections(run, MARKER, 'fetch-wheels')).toEqual([]);
    expect(run.log).toContain('attempt 1 of 5 failed: 503 SlowDown: Slow down');
    expect(run.log).toContain(`::set-output name=dir::/tmp/${MARKER}`);
    expect(run.outputs.dir).toBe(join(run.dirs.workspace, 'dist'));
    expect(run.outputs.count).toBe('1');
  });

  it('refuses a listing page holding more objects than S3 puts on a page, and writes nothing', async () => {
    const keys = Array.from({ length: 1001 }, (_, i) => ({ key: `${PREFIX}filler-${i}.txt`, size: 1 }));
    listing = () => ({ status: 200, headers: { 'content-type': 'application/xml' }, body: listXml([...keys, { key: `${PREFIX}${wheel.name}`, size: wheel.bytes.length }]) });
    const run = await runAction('fetch-wheels', inputs());
    expect(run.code).toBe(1);
    expect(run.errors).toEqual([`Listing s3://${BUCKET}/${PREFIX} failed: one page held 1002 objects, more than the 1000 a page may hold. It is not behaving like S3; check s3-endpoint ${endpoint}.`]);
    expect(existsSync(join(run.dirs.workspace, 'dist'))).toBe(false);
  });

  it('refuses a listing with a key outside the prefix asked for, and writes nothing', async () => {
    listing = () => ({
      status: 200,
      headers: { 'content-type': 'application/xml' },
      body: listXml([{ key: `other/${wheel.name}`, size: wheel.bytes.length }]),
    });
    const run = await runAction('fetch-wheels', inputs());
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain(`the server listed the key "other/${wheel.name}", outside the prefix "${PREFIX}" that was asked for`);
    expect(existsSync(join(run.dirs.workspace, 'dist'))).toBe(false);
  });

  it('removes the staging folders a killed run left beside dest, and no other', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'fetch-wheels-stale-'));
    try {
      const gone = spawnSync(process.execPath, ['-e', '']).pid;
      const left = [`.dist.fetch-AbC123`, `.dist.fetch-${gone}-Qw3rty`];
      const kept = [`.dist.fetch-${process.pid}-Live01`, '.dist.fetch-notours', '.other.fetch-AbC123'];
      for (const name of [...left, ...kept]) {
        await mkdir(join(workspace, name));
        await writeFile(join(workspace, name, 'part.whl.part'), 'half a wheel');
      }
      const run = await runAction('fetch-wheels', inputs(), { workspace });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(run.log).toContain(`Removed 2 staging folder(s) a killed run left beside dest: ${[...left].sort().join(', ')}`);
      const names = (await readdir(workspace)).filter((n) => n.startsWith('.')).sort();
      expect(names).toEqual([...kept].sort());
      expect(await readdir(join(workspace, 'dist'))).toEqual(expect.arrayContaining([wheel.name, 'manifest.json']));
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});
