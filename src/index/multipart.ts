/**
 * A multipart/form-data body (RFC 7578) written by hand, because nothing off
 * the shelf streams a file with an exact Content-Length: the text fields and
 * the file part's headers are built in memory, the file is read from disk as
 * it is sent, and the length is known before the first byte goes out. The
 * shape is what requests-toolbelt's MultipartEncoder (twine) produces.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

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
  /** A fresh stream of the body; `onFileBytes` sees the count of file bytes read so far. */
  stream(onFileBytes?: (sent: number) => void): Readable;
}

const CRLF = '\r\n';
const READ_CHUNK = 1024 * 1024;

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
    stream(onFileBytes) {
      async function* parts(): AsyncGenerator<Buffer> {
        yield head;
        let sent = 0;
        if (file.size > 0) {
          const reader = createReadStream(file.path, { start: 0, end: file.size - 1, highWaterMark: READ_CHUNK });
          for await (const chunk of reader) {
            sent += (chunk as Buffer).length;
            onFileBytes?.(sent);
            yield chunk as Buffer;
          }
        }
        if (sent !== file.size) {
          throw new Error(`${file.path} changed while it was being uploaded: expected ${file.size} bytes, read ${sent}`);
        }
        yield tail;
      }
      return Readable.from(parts(), { objectMode: false, highWaterMark: READ_CHUNK });
    },
  };
}
