/**
 * What every wheel source (S3, https listing, workflow artifact, release
 * assets, local disk) offers fetch-wheels: a listing, and a way to bring one
 * listed file to disk with its size and sha256 checked.
 */
import type { Logger } from '../log.js';

export interface RemoteFile {
  /** The file name alone, e.g. ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl. */
  name: string;
  /** Where the source keeps it: the full S3 key, asset id, or path. */
  key: string;
  /** Bytes, when the listing says. */
  size?: number;
  /** Where it can be fetched (https://, file://, or a source-specific form); for logs and the manifest. */
  url: string;
  /**
   * What the source says identifies these bytes, an opaque validator like an HTTP ETag: the S3
   * ETag (without quotes), an artifact's or a release asset's id, a local file's modification
   * time, inode and size. It changes when the bytes under the same name change; a rerun reuses a
   * file only while it stays the same.
   */
  etag?: string;
  /** Lowercase hex, when the source publishes one. */
  sha256?: string;
}

export interface DownloadResult {
  /** The final path; it only ever holds complete, checked bytes. */
  path: string;
  size: number;
  /** Lowercase hex of the bytes written. */
  sha256: string;
  /** HTTP attempts it took (1 when nothing went wrong; local copies report 1). */
  attempts: number;
}

export interface FetchFileOptions {
  log: Logger;
  /** Fails the download unless the bytes hash to this (lowercase or uppercase hex). */
  expectedSha256?: string;
  onProgress?: (bytes: number, total?: number) => void;
  signal?: AbortSignal;
}

export interface WheelSource {
  /** For logs and errors, e.g. "s3://ray-wheels/releases/2.9.0/abc/ (us-west-2)". */
  describe(): string;
  /**
   * Every file the source holds now (not only wheels; the caller filters). `deadlineMs`: how long
   * this listing may take, retries included, for a caller waiting within a time limit of its own.
   */
  list(log: Logger, opts?: { deadlineMs?: number }): Promise<RemoteFile[]>;
  /**
   * Writes `file` to `dest` atomically: `dest` either does not exist or holds
   * the whole file, checked against `file.size` and `expectedSha256`.
   */
  download(file: RemoteFile, dest: string, opts: FetchFileOptions): Promise<DownloadResult>;
}
