/**
 * A multipart/form-data body (RFC 7578) written by hand, because nothing off
 * the shelf streams a file with an exact Content-Length: the text fields and
 * the file part's headers are built in memory, the file is read from disk as
 * it is sent, and the length is known before the first byte goes out. The
 * shape is what requests-toolbelt's MultipartEncoder (twine) produces.
 *
 * The file is read into a few buffers that are used again once the socket has
 * taken their bytes (the write callback), not into a fresh buffer per read: a
 * gigabyte of fresh buffers costs dozens of full garbage collections.
 */
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';

export interface MultipartFile {
  /** The form field, `content` for uploads. */
  field: string;
  filename: string;
  contentType: string;
  path: string;
  /** Exact size in bytes; the body is refused if the file no longer has it. */
  size: number;
}

export interface MultipartBody {
  boundary: string;
  /** `multipart/form-data; boundary=…` */
  contentType: string;
  /** Exact byte length of the whole body. */
  length: number;
  /**
   * Writes the whole body to `dest` and ends it; resolves once the socket has
   * taken every byte. `onFileBytes` sees the count of file bytes read so far.
   * After `signal` aborts, nothing more is written and it resolves.
   *
   * `holdLast`, when given, is awaited before the file's last 64 KiB and the closing boundary go
   * out: until it resolves the index has an incomplete body, which no server can take for a file.
   * When it rejects, nothing more is written and writeTo rejects with its error, which ends the
   * request. It gets `signal`, to stop waiting once the request is over.
   */
  writeTo(dest: Writable, opts?: { onFileBytes?: (sent: number) => void; signal?: AbortSignal; holdLast?: (signal?: AbortSignal) => Promise<void> }): Promise<void>;
}

const CRLF = '\r\n';
const READ_CHUNK = 1024 * 1024;
/** Reads in flight or waiting for the socket: one being sent while the next is read, and one spare. */
const READ_BUFFERS = 3;
/** What `holdLast` keeps back of the file: enough that no server can have the whole file, little enough to follow at once. */
const HELD_BYTES = 64 * 1024;

/** HTML5 form encoding of a header parameter, what browsers and urllib3 send: quote, CR and LF percent-escaped. */
export function quoteParam(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function multipartBody(fields: [string, string][], file: MultipartFile, boundary?: string): MultipartBody {
  let b = boundary ?? randomBytes(16).toString('hex');
  // A boundary must not occur inside a part; with 128 random bits only a hostile field could hold it.
  while (fields.some(([, value]) => value.includes(b))) b = randomBytes(16).toString('hex');
  const head = Buffer.from(
    fields
      .map(([name, value]) => `--${b}${CRLF}Content-Disposition: form-data; name="${quoteParam(name)}"${CRLF}${CRLF}${value}${CRLF}`)
      .join('')
      + `--${b}${CRLF}Content-Disposition: form-data; name="${quoteParam(file.field)}"; filename="${quoteParam(file.filename)}"${CRLF}`
      + `Content-Type: ${file.contentType}${CRLF}${CRLF}`,
    'utf8',
  );
  const tail = Buffer.from(`${CRLF}--${b}--${CRLF}`, 'utf8');
  const length = head.length + file.size + tail.length;

  return {
    boundary: b,
    contentType: `multipart/form-data; boundary=${b}`,
    length,
    async writeTo(dest, { onFileBytes, signal, holdLast } = {}) {
      const stopped = new Promise<false>((resolve) => {
        if (signal?.aborted) resolve(false);
        signal?.addEventListener('abort', () => resolve(false), { once: true });
      });
      // A failed write ends the request, which reports why itself (its 'error'): here it only means stop.
      /** Settles true when the socket has the bytes, false when it cannot take them. */
      const write = (chunk: Buffer): Promise<boolean> => new Promise((resolve) => dest.write(chunk, (err) => resolve(!err)));
      /** false once the request is over: nothing more is written. */
      const until = (p: Promise<boolean>): Promise<boolean> => Promise.race([p, stopped]);
      if (!(await until(write(head)))) return;
      let sent = 0;
      if (file.size > 0) {
        const handle = await open(file.path, 'r');
        const buffers = Array.from({ length: READ_BUFFERS }, () => Buffer.allocUnsafeSlow(Math.min(READ_CHUNK, file.size)));
        const taken: (Promise<boolean> | undefined)[] = new Array(READ_BUFFERS);
        try {
          for (let i = 0; sent < file.size; i = (i + 1) % READ_BUFFERS) {
            // The socket may still hold this buffer's last bytes: it is read into again only once they are taken.
            if (taken[i] && !(await until(taken[i]!))) return;
            const { bytesRead } = await handle.read(buffers[i], 0, Math.min(READ_CHUNK, file.size - sent), sent);
            if (bytesRead === 0) break;
            if (signal?.aborted) return;
            const chunk = buffers[i].subarray(0, bytesRead);
            const last = sent + bytesRead === file.size;
            sent += bytesRead;
            onFileBytes?.(sent);
            if (last && holdLast) {
              // The file's final bytes and the closing boundary wait; the rest of the last read goes now.
              const split = Math.max(0, bytesRead - HELD_BYTES);
              if (split > 0) void write(chunk.subarray(0, split));
              if (!(await until(holdLast(signal).then(() => true)))) return;
              // Written after the first part, so its callback means the socket has taken both.
              taken[i] = write(chunk.subarray(split));
            } else {
              taken[i] = write(chunk);
            }
          }
          for (const t of taken) if (t && !(await until(t))) return;
        } finally {
          await handle.close();
        }
      }
      if (file.size === 0 && holdLast && !(await until(holdLast(signal).then(() => true)))) return;
      if (sent !== file.size) {
        throw new Error(`${file.path} changed while it was being uploaded: expected ${file.size} bytes, read ${sent}`);
      }
      await until(new Promise((resolve) => dest.end(tail, () => resolve(true))));
    },
  };
}
