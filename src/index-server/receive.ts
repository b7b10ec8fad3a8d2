/**
 * Reading a multipart upload as it arrives: fields are collected, the `content`
 * part is written to a temporary file while it is hashed (sha256, and each other
 * digest the form sent before it to be checked) and counted, so memory stays flat
 * whatever the file size. Past the size
 * limit nothing more is stored or hashed: the request is unhooked from the
 * parser and the rest of the body is discarded as it arrives, and the caller
 * answers at once.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import { createHasher } from '../hashing/index.js';

/** Text fields are held in memory; long descriptions fit easily, abuse does not. */
export const MAX_FIELD_BYTES = 16 * 1024 * 1024;

export interface ReceivedContent {
  /** As sent (`preservePath`), so path separators can be refused like warehouse does. */
  filename: string | undefined;
  mimeType: string;
  /** Bytes read; past the limit, the count stops at the first byte over. */
  size: number;
  overflow: boolean;
  /** The stored bytes; absent when the content was not stored (no authority, or over the limit). */
  path?: string;
  /**
   * `blake2b256` and `md5` only when the form sent a `blake2_256_digest` or an `md5_digest` before
   * the content (twine sends a BLAKE2b-256, and an md5 before 6.2): nothing else needs them at
   * upload time, and the index makes them when it first shows the file (upload.ts, store.ts).
   */
  digests?: ArrivalDigests;
}

export interface ReceivedUpload {
  fields: [string, string][];
  /** Names of file parts other than the first `content`. */
  fileParts: string[];
  content?: ReceivedContent;
  /** A field longer than MAX_FIELD_BYTES (its value was cut). */
  truncatedField?: string;
  /** Per-upload scratch directory; the caller removes it once `written` settles. */
  tmpDir?: string;
  /** Settles when nothing more will be written to `tmpDir`. */
  written: Promise<void>;
}

export type ArrivalDigests = { sha256: string; blake2b256?: string; md5?: string };

/** The digests of the content, besides sha256, that a form field sent before it asks to check. */
export const DIGEST_FIELDS = { blake2b256: 'blake2_256_digest', md5: 'md5_digest' } as const;

/** The body is not a well-formed multipart/form-data message. */
export class MalformedUpload extends Error {}

/** The client closed the connection before the body was complete. */
export class ClientGone extends Error {}

export interface ReceiveOptions {
  tmpRoot: string;
  maxFileSize: number;
  /** False: read and discard the content (the request will be refused anyway). */
  storeContent: boolean;
}

export function receiveUpload(req: IncomingMessage, opts: ReceiveOptions): Promise<ReceivedUpload> {
  return new Promise<ReceivedUpload>((resolve, reject) => {
    const result: ReceivedUpload = { fields: [], fileParts: [], written: Promise.resolve() };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        preservePath: true,
        defParamCharset: 'utf8',
        limits: { fieldSize: MAX_FIELD_BYTES },
      });
    } catch {
      // Not multipart (or no body at all): there are no form fields to read.
      req.resume();
      req.on('end', () => resolve(result));
      req.on('error', (err) => reject(new ClientGone(err.message)));
      return;
    }

    let settled = false;
    let parserClosed = false;
    let writing: Promise<void> | undefined;
    let writeError: unknown;
    let contentStream: Readable | undefined;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (!error) {
        resolve(result);
        return;
      }
      // A failed upload leaves nothing behind: stop the copy, then remove its scratch directory.
      if (contentStream && !contentStream.destroyed) contentStream.destroy();
      void result.written
        .then(() => (result.tmpDir ? rm(result.tmpDir, { recursive: true, force: true }) : undefined))
        .then(() => reject(error), () => reject(error));
    };
    const finishIfDone = (): void => {
      if (!parserClosed) return;
      if (writing) void writing.then(() => settle(writeError));
      else settle();
    };
    const stopReading = (): void => {
      req.unpipe(parser);
      req.resume();
    };

    parser.on('field', (name, value, info) => {
      result.fields.push([name, value]);
      if (info.valueTruncated && result.truncatedField === undefined) result.truncatedField = name;
    });
    parser.on('file', (name, stream, info) => {
      // The parser reports a broken body itself; a part's stream may fail before the copy is set up.
      stream.on('error', () => undefined);
      if (name !== 'content' || result.content) {
        result.fileParts.push(name);
        stream.resume();
        return;
      }
      const content: ReceivedContent = { filename: info.filename, mimeType: info.mimeType, size: 0, overflow: false };
      result.content = content;
      if (!opts.storeContent || info.filename === undefined) {
        stream.resume();
        return;
      }
      contentStream = stream;
      const sent = (field: string): boolean => result.fields.some(([name, value]) => name === field && value !== '');
      const checked = (Object.keys(DIGEST_FIELDS) as (keyof typeof DIGEST_FIELDS)[]).filter((digest) => sent(DIGEST_FIELDS[digest]));
      writing = storeContent(stream, content, checked, opts, (dir) => { result.tmpDir = dir; }, () => {
        // Over the limit: answer now, discard the rest of the body without parsing it.
        stopReading();
        settle();
      }).catch((err: unknown) => {
        writeError = err;
        if (!stream.destroyed) stream.resume();
      });
      result.written = writing;
    });
    parser.on('close', () => {
      parserClosed = true;
      finishIfDone();
    });
    parser.on('error', (err: unknown) => {
      stopReading();
      settle(new MalformedUpload(err instanceof Error ? err.message : String(err)));
    });
    req.on('error', (err) => settle(new ClientGone(err.message)));
    req.pipe(parser);
  });
}

/** Raised inside the copy pipeline to stop it at the size limit; not a failure. */
class Overflow extends Error {}

async function storeContent(
  stream: Readable,
  content: ReceivedContent,
  checked: (keyof typeof DIGEST_FIELDS)[],
  opts: ReceiveOptions,
  onTmpDir: (dir: string) => void,
  onOverflow: () => void,
): Promise<void> {
  stream.pause();
  const dir = await mkdtemp(join(opts.tmpRoot, 'upload-'));
  onTmpDir(dir);
  const path = join(dir, safeName(content.filename));
  // Written and hashed on the hashing workers: the event loop stays free for the other uploads.
  const digester = await createHasher<'sha256' | 'blake2b256' | 'md5'>(['sha256', ...checked], { writeTo: path });
  const meter = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      content.size += chunk.length;
      if (content.size > opts.maxFileSize) {
        content.overflow = true;
        onOverflow();
        // Failing the pipeline drops the rest of the part; the partial file is closed below.
        callback(new Overflow());
        return;
      }
      digester.update(chunk);
      // Reading waits while the worker catches up, so memory stays flat however fast the client sends.
      const caughtUp = digester.ready();
      if (caughtUp) void caughtUp.then(() => callback());
      else callback();
    },
  });
  try {
    await pipeline(stream, meter);
  } catch (err) {
    await digester.abort();
    if (err instanceof Overflow) return;
    throw err;
  }
  const digests = await digester.digest();
  content.path = path;
  content.digests = { sha256: digests.sha256, ...Object.fromEntries(checked.map((digest) => [digest, digests[digest]])) };
}

/** The temporary file carries the upload's own name (preflight reads it from the path) when that name is harmless. */
function safeName(filename: string | undefined): string {
  if (!filename || filename === '.' || filename === '..' || /[\x00-\x1f\x7f/\\]/.test(filename) || Buffer.byteLength(filename) > 200) {
    return 'upload.bin';
  }
  return filename;
}
