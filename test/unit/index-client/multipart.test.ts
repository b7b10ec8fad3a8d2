import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import busboy from 'busboy';
import { multipartBody, quoteParam, type MultipartBody } from '../../../src/index-client/multipart.js';

/**
 * The body as a socket would take it. The body reuses its read buffers once a
 * write's callback has run, so the bytes are copied here, as the kernel does.
 */
async function collect(body: MultipartBody, opts: Parameters<MultipartBody['writeTo']>[1] = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  await body.writeTo(sink, opts);
  return Buffer.concat(chunks);
}

/** Parses with busboy, the same reader the local index uses: an independent peer. */
function parse(body: Buffer, contentType: string): Promise<{ fields: [string, string][]; files: { name: string; filename: string; mimeType: string; data: Buffer }[] }> {
  return new Promise((resolve, reject) => {
    const fields: [string, string][] = [];
    const files: { name: string; filename: string; mimeType: string; data: Buffer }[] = [];
    const bb = busboy({ headers: { 'content-type': contentType }, preservePath: true, defParamCharset: 'utf8' });
    bb.on('field', (name, value) => fields.push([name, value]));
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => files.push({ name, filename: info.filename ?? '', mimeType: info.mimeType, data: Buffer.concat(chunks) }));
    });
    bb.on('close', () => resolve({ fields, files }));
    bb.on('error', reject);
    bb.end(body);
  });
}

describe('multipartBody', () => {
  it('streams fields and a file with an exact Content-Length that busboy reads back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const data = randomBytes(3 * 1024 * 1024 + 100_000);
      const path = join(dir, 'demo-1.0-py3-none-any.whl');
      await writeFile(path, data);
      const fields: [string, string][] = [
        ['name', 'demo'],
        ['classifiers', 'A :: B'],
        ['classifiers', 'C :: D'],
        ['description', '# Ünïcödé\r\n\r\nwith CRLF and "quotes"\n'],
        [':action', 'file_upload'],
      ];
      const body = multipartBody(fields, { field: 'content', filename: 'demo-1.0-py3-none-any.whl', contentType: 'application/octet-stream', path, size: data.length });
      let seen = 0;
      const bytes = await collect(body, { onFileBytes: (n) => (seen = n) });
      expect(bytes.length).toBe(body.length);
      expect(seen).toBe(data.length);
      expect(body.contentType).toBe(`multipart/form-data; boundary=${body.boundary}`);
      const parsed = await parse(bytes, body.contentType);
      expect(parsed.fields).toEqual(fields);
      expect(parsed.files).toHaveLength(1);
      expect(parsed.files[0].name).toBe('content');
      expect(parsed.files[0].filename).toBe('demo-1.0-py3-none-any.whl');
      expect(parsed.files[0].mimeType).toBe('application/octet-stream');
      expect(parsed.files[0].data.equals(data)).toBe(true);
      // A second stream of the same body is identical: retries resend the same bytes.
      expect((await collect(body)).equals(bytes)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('handles an empty file and picks another boundary when a field contains the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const path = join(dir, 'empty');
      await writeFile(path, '');
      const body = multipartBody([['x', 'contains BOUNDARY here']], { field: 'content', filename: 'e', contentType: 'application/octet-stream', path, size: 0 }, 'BOUNDARY');
      expect(body.boundary).not.toBe('BOUNDARY');
      const bytes = await collect(body);
      expect(bytes.length).toBe(body.length);
      const parsed = await parse(bytes, body.contentType);
      expect(parsed.fields).toEqual([['x', 'contains BOUNDARY here']]);
      expect(parsed.files[0].data.length).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails the stream when the file is shorter than announced, rather than sending a short body', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const path = join(dir, 'f');
      await writeFile(path, Buffer.alloc(10));
      const body = multipartBody([], { field: 'content', filename: 'f', contentType: 'application/octet-stream', path, size: 20 });
      await expect(collect(body)).rejects.toThrow('changed while it was being uploaded: expected 20 bytes, read 10');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads into a buffer again only after the socket has taken its bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const data = randomBytes(9 * 1024 * 1024 + 5);
      const path = join(dir, 'f');
      await writeFile(path, data);
      const body = multipartBody([], { field: 'content', filename: 'f', contentType: 'application/octet-stream', path, size: data.length });
      // A slow socket: it keeps each chunk (no copy) and takes it a while later. A buffer read into
      // again before then would change what it holds.
      const held: { chunk: Buffer; copy: Buffer }[] = [];
      let changed = 0;
      const sink = new Writable({
        highWaterMark: 64 * 1024 * 1024,
        write(chunk: Buffer, _encoding, callback) {
          const entry = { chunk, copy: Buffer.from(chunk) };
          held.push(entry);
          setTimeout(() => {
            if (!entry.chunk.equals(entry.copy)) changed++;
            callback();
          }, 20);
        },
      });
      await body.writeTo(sink);
      expect(changed).toBe(0);
      const sent = Buffer.concat(held.map((h) => h.copy));
      expect(sent.length).toBe(body.length);
      expect(sent.includes(data)).toBe(true);
      // Reused, not fresh per read: the 10 reads of the file went into at most three buffers.
      const memories = new Set(held.filter((h) => h.chunk.length >= 1024 * 1024).map((h) => h.chunk.buffer));
      expect(memories.size).toBeLessThanOrEqual(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops writing once the request is over', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const data = randomBytes(8 * 1024 * 1024);
      const path = join(dir, 'f');
      await writeFile(path, data);
      const body = multipartBody([], { field: 'content', filename: 'f', contentType: 'application/octet-stream', path, size: data.length });
      const stop = new AbortController();
      let written = 0;
      let ended = false;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          // The server answers after the first megabyte.
          if (written > 1024 * 1024) stop.abort();
          callback();
        },
        final(callback) {
          ended = true;
          callback();
        },
      });
      await body.writeTo(sink, { signal: stop.signal });
      expect(written).toBeLessThan(4 * 1024 * 1024);
      expect(ended).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('holds the file\'s last 64 KiB and the closing boundary until holdLast resolves', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const data = randomBytes(3 * 1024 * 1024 + 100_000);
      const path = join(dir, 'f');
      await writeFile(path, data);
      const body = multipartBody([['name', 'demo']], { field: 'content', filename: 'f', contentType: 'application/octet-stream', path, size: data.length });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let holds = 0;
      let bytesWhenHeld = -1;
      const chunks: Buffer[] = [];
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          chunks.push(Buffer.from(chunk));
          callback();
        },
      });
      const written = () => chunks.reduce((n, c) => n + c.length, 0);
      const done = body.writeTo(sink, {
        holdLast: () => {
          holds++;
          bytesWhenHeld = written();
          return gate;
        },
      });
      await new Promise((r) => setTimeout(r, 50));
      // Held: all but the file's last 64 KiB and the closing boundary.
      expect(holds).toBe(1);
      expect(written()).toBe(bytesWhenHeld);
      expect(written()).toBe(body.length - 64 * 1024 - Buffer.byteLength(`\r\n--${body.boundary}--\r\n`));
      release();
      await done;
      const whole = Buffer.concat(chunks);
      expect(whole.length).toBe(body.length);
      const parsed = await parse(whole, body.contentType);
      expect(parsed.files[0].data.equals(data)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ends an incomplete body with the error when holdLast rejects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'multipart-'));
    try {
      const data = randomBytes(2 * 1024 * 1024);
      const path = join(dir, 'f');
      await writeFile(path, data);
      const body = multipartBody([], { field: 'content', filename: 'f', contentType: 'application/octet-stream', path, size: data.length });
      let written = 0;
      let ended = false;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          callback();
        },
        final(callback) {
          ended = true;
          callback();
        },
      });
      await expect(body.writeTo(sink, { holdLast: () => Promise.reject(new Error('the first file failed')) })).rejects.toThrow('the first file failed');
      expect(written).toBeLessThanOrEqual(body.length - 64 * 1024);
      expect(ended).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('escapes quotes and line breaks in parameters as HTML5 forms do', () => {
    expect(quoteParam('a"b\r\nc')).toBe('a%22b%0D%0Ac');
  });
});
