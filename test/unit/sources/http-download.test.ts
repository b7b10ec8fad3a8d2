import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { redactUrl, type Transport } from '../../../src/http/index.js';
import { downloadFile, parseContentRange } from '../../../src/sources/http-download.js';

describe('redactUrl', () => {
  it('masks signatures, tokens and credentials in URLs', () => {
    const u = redactUrl('https://user:pw@b.s3.amazonaws.com/k.whl?X-Amz-Signature=abc&X-Amz-Credential=AKIA%2F1&X-Amz-Security-Token=t&versionId=3');
    expect(u).toBe('https://b.s3.amazonaws.com/k.whl?X-Amz-Signature=***&X-Amz-Credential=***&X-Amz-Security-Token=***&versionId=3');
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('parseContentRange', () => {
  it('reads start, end and total', () => {
    expect(parseContentRange('bytes 100-199/1000')).toEqual({ start: 100, end: 199, total: 1000 });
    expect(parseContentRange('bytes 0-9/*')).toEqual({ start: 0, end: 9, total: undefined });
    expect(parseContentRange('bytes */1000')).toBeUndefined();
    expect(parseContentRange(null)).toBeUndefined();
  });
});

describe('downloadFile refusals', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'dl-unit-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('refuses a redirect from https to http, sending nothing there', async () => {
    const asked: string[] = [];
    // Stands in for a server we cannot run on loopback with a trusted certificate.
    const transport: Transport = async (wire) => {
      asked.push(String(wire.url));
      return { status: 302, statusText: 'Found', headers: new Headers({ location: 'http://mirror.example.com/k.whl' }), body: null };
    };
    const err = await downloadFile('https://files.example.com/k.whl', join(dir, 'k.whl'), { log: silentLogger, transport }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/redirects from https to http:\/\/mirror\.example\.com\/k\.whl, which would drop encryption/);
    expect(asked).toEqual(['https://files.example.com/k.whl']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an expected sha256 that is not one, before any request', async () => {
    let calls = 0;
    const transport: Transport = async () => { calls++; return { status: 200, statusText: 'OK', headers: new Headers(), body: new Response('x').body }; };
    await expect(downloadFile('https://x.example/k.whl', join(dir, 'k.whl'), { log: silentLogger, transport, expectedSha256: 'abc' })).rejects.toThrow(
      /expected sha256 for k\.whl is not 64 hex digits/,
    );
    expect(calls).toBe(0);
  });
});
