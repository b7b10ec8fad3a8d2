import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import busboy from 'busboy';
import { multipartBody, quoteParam } from '../../../src/index/multipart.js';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
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
      const data = randomBytes(3 * 1024 * 1024 + 17);
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
      const bytes = await collect(body.stream((n) => (seen = n)));
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
      expect((await collect(body.stream())).equals(bytes)).toBe(true);
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
      const bytes = await collect(body.stream());
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
      await expect(collect(body.stream())).rejects.toThrow('changed while it was being uploaded: expected 20 bytes, read 10');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('escapes quotes and line breaks in parameters as HTML5 forms do', () => {
    expect(quoteParam('a"b\r\nc')).toBe('a%22b%0D%0Ac');
  });
});
