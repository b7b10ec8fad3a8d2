/**
 * `GET /files/…`: the stored bytes, streamed from disk, with a length and a
 * single byte range when asked (`Range: bytes=a-b`, `a-`, `-n`), so resumable
 * downloaders work against the index as against files.pythonhosted.org.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { notFound, sendError } from './http.js';
import type { IndexStore } from './store.js';
import type { IndexContext } from './types.js';

/** The first range of a `Range` header resolved against `size`; null when unsatisfiable, undefined when absent or not bytes. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  if (!header) return undefined;
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*(,.*)?$/i.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[3]) return undefined; // several ranges: answering with the whole file is allowed (RFC 9110 §14.2)
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}

export function createFileHandler(store: IndexStore) {
  return async function serveFile(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray, _ctx: IndexContext): Promise<void> {
    let path: string;
    try {
      path = 'files/' + match[1].split('/').map(decodeURIComponent).join('/');
    } catch {
      notFound(res);
      return;
    }
    // Only paths the index recorded are served: no way out of the files directory.
    const file = store.byPath(path);
    if (!file) {
      notFound(res);
      return;
    }
    const headers: Record<string, string> = {
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      ETag: `"${file.sha256}"`,
      'Last-Modified': new Date(file.upload_time).toUTCString(),
      'Cache-Control': 'max-age=365000000, immutable, public',
    };
    const range = parseRange(req.headers.range, file.size);
    if (range === null) {
      sendError(res, 416, 'Requested Range Not Satisfiable', { 'Content-Range': `bytes */${file.size}`, 'Accept-Ranges': 'bytes' });
      return;
    }
    const start = range?.start ?? 0;
    const end = range?.end ?? file.size - 1;
    const length = file.size === 0 ? 0 : end - start + 1;
    if (range) headers['Content-Range'] = `bytes ${start}-${end}/${file.size}`;
    headers['Content-Length'] = String(length);
    res.writeHead(range ? 206 : 200, headers);
    if (req.method === 'HEAD' || length === 0) {
      res.end();
      return;
    }
    try {
      await pipeline(createReadStream(join(store.dir, file.path), { start, end }), res);
    } catch (err) {
      // A downloader that hangs up early is not the index's failure.
      if (res.destroyed && !res.writableFinished) return;
      throw err;
    }
  };
}
