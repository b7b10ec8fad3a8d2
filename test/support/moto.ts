/**
 * A real moto_server on a loopback port for the S3 tests, plus signed S3 and
 * IAM requests to seed it (faster than a thousand AWS CLI calls, and free of
 * the pyenv shim's global-version trouble).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import aws4 from 'aws4';
import { encodeS3Key } from '../../src/sources/s3.js';
import { motoServerPath } from './tools.js';

export const MOTO = motoServerPath();

/** Any key pair works until auth is enforced; moto signs nothing back. */
export const SEED_CREDENTIALS = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

export interface Moto {
  endpoint: string;
  port: number;
  startupMs: number;
  stop(): Promise<void>;
}

/** `moto_server -H 127.0.0.1 -p 0`: the kernel picks the port and moto prints it once it listens. */
export async function startMoto(): Promise<Moto> {
  if (!MOTO) throw new Error('moto_server not found');
  const started = Date.now();
  const child: ChildProcess = spawn(MOTO, ['-H', '127.0.0.1', '-p', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`moto_server did not start within 60s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Running on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`moto_server exited with ${code}:\n${output}`));
    });
  });
  // Keep draining its request log so the pipe never fills and blocks it.
  child.stdout!.resume();
  child.stderr!.resume();
  const endpoint = `http://127.0.0.1:${port}`;
  // "Running on" is printed once the socket listens; one round trip proves it serves.
  const probe = await fetch(`${endpoint}/moto-api/data.json`);
  await probe.arrayBuffer();
  return {
    endpoint,
    port,
    startupMs: Date.now() - started,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function signedFetch(
  url: URL,
  method: string,
  body: Buffer | string | undefined,
  headers: Record<string, string>,
  service: string,
  credentials = SEED_CREDENTIALS,
): Promise<Response> {
  const signed = aws4.sign(
    { host: url.host, path: `${url.pathname}${url.search}`, method, service, region: 'us-east-1', headers: { ...headers }, body },
    credentials,
  );
  const sent: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed.headers ?? {})) if (k.toLowerCase() !== 'host' && v !== undefined) sent[k] = String(v);
  return fetch(new URL(signed.path!, url), { method, headers: sent, body });
}

async function ok(res: Response, what: string): Promise<string> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${what}: ${res.status} ${text}`);
  return text;
}

export async function createBucket(endpoint: string, bucket: string): Promise<void> {
  await ok(await signedFetch(new URL(`${endpoint}/${bucket}`), 'PUT', undefined, {}, 's3'), `create ${bucket}`);
}

export async function putObject(endpoint: string, bucket: string, key: string, body: Buffer | string, opts: { publicRead?: boolean } = {}): Promise<void> {
  // aws4 would default a body's type to a form, which moto then parses away as one.
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream', ...(opts.publicRead ? { 'x-amz-acl': 'public-read' } : {}) };
  await ok(await signedFetch(new URL(`${endpoint}/${bucket}/${encodeS3Key(key)}`), 'PUT', body, headers, 's3'), `put ${key}`);
}

/** Runs `tasks` with at most `limit` in flight. */
export async function parallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

async function iam(endpoint: string, params: Record<string, string>): Promise<string> {
  const body = new URLSearchParams({ ...params, Version: '2010-05-08' }).toString();
  const res = await signedFetch(new URL(`${endpoint}/`), 'POST', body, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, 'iam');
  return ok(res, `IAM ${params.Action}`);
}

/** A user allowed to list and read every bucket, and its new access key. */
export async function createReader(endpoint: string, userName: string): Promise<{ accessKeyId: string; secretAccessKey: string }> {
  await iam(endpoint, { Action: 'CreateUser', UserName: userName });
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: '*' }] });
  await iam(endpoint, { Action: 'PutUserPolicy', UserName: userName, PolicyName: 'read', PolicyDocument: policy });
  const xml = await iam(endpoint, { Action: 'CreateAccessKey', UserName: userName });
  const accessKeyId = /<AccessKeyId>([^<]+)<\/AccessKeyId>/.exec(xml)?.[1];
  const secretAccessKey = /<SecretAccessKey>([^<]+)<\/SecretAccessKey>/.exec(xml)?.[1];
  if (!accessKeyId || !secretAccessKey) throw new Error(`CreateAccessKey answered without a key: ${xml}`);
  return { accessKeyId, secretAccessKey };
}

/** From now on moto checks every request's signature and the caller's IAM policy. */
export async function enforceAuth(endpoint: string): Promise<void> {
  await ok(await fetch(`${endpoint}/moto-api/reset-auth`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '0' }), 'reset-auth');
}

/**
 * PUT with the path sent exactly as built: fetch and URL would resolve a key's
 * `..` segments away, which is what a key such as `x/../../evil.whl` must be
 * seeded with to test that readers refuse it. Anonymous (moto does not check
 * until enforceAuth), public-read.
 */
export async function putObjectRaw(endpoint: string, bucket: string, key: string, body: Buffer | string): Promise<void> {
  const { request } = await import('node:http');
  const base = new URL(endpoint);
  const path = `/${bucket}/${key.split('/').map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/')}`;
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  await new Promise<void>((resolve, reject) => {
    const req = request(
      { host: base.hostname, port: base.port, method: 'PUT', path, headers: { 'content-length': data.length, 'content-type': 'application/octet-stream', 'x-amz-acl': 'public-read' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => ((res.statusCode ?? 500) < 300 ? resolve() : reject(new Error(`put ${key}: ${res.statusCode} ${text}`))));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
