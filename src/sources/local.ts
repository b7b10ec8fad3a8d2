/**
 * Wheels already on disk: a directory (its files, not its subdirectories), a
 * single file, or a glob such as `wheelhouse/**\/*.whl`. Copies are streamed,
 * hashed and renamed into place like downloads, so the rest of fetch-wheels
 * treats disk like any other source.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, hasMagic } from 'glob';
import { UserError } from '../errors.js';
import { writeChecked } from '../files/checked-file.js';
import type { Logger } from '../log.js';
import type { DownloadResult, FetchFileOptions, RemoteFile, WheelSource } from './types.js';

function isMissing(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function fileEntry(path: string): Promise<RemoteFile | undefined> {
  try {
    const s = await stat(path, { bigint: true });
    if (!s.isFile()) return undefined;
    // A wheel rebuilt in place gets a new modification time (or a new inode), even at the same size.
    return { name: basename(path), key: path, size: Number(s.size), url: pathToFileURL(path).href, etag: `mtime-${s.mtimeNs}-ino-${s.ino}-size-${s.size}` };
  } catch (err) {
    if (isMissing(err)) return undefined;
    throw err;
  }
}

export class LocalSource implements WheelSource {
  /** `pattern` is absolute: a directory, a file, or a glob. */
  constructor(readonly pattern: string) {}

  describe(): string {
    return this.pattern;
  }

  async list(log: Logger): Promise<RemoteFile[]> {
    let files: RemoteFile[];
    try {
      files = await this.scan();
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`Reading ${this.pattern} failed: ${(err as Error).message}. Check the path and its permissions.`);
    }
    log.info(`${this.pattern}: ${files.length} file(s)`);
    return files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private async scan(): Promise<RemoteFile[]> {
    let s;
    try {
      s = await stat(this.pattern);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
    if (s?.isDirectory()) {
      const names = await readdir(this.pattern);
      const entries = await Promise.all(names.map((n) => fileEntry(join(this.pattern, n))));
      return entries.filter((e): e is RemoteFile => e !== undefined);
    }
    if (s?.isFile()) return [(await fileEntry(this.pattern))!];
    if (!hasMagic(this.pattern, { windowsPathsNoEscape: process.platform === 'win32' })) return []; // not there (yet)
    const paths = await glob(this.pattern, { nodir: true, absolute: true, dot: false, windowsPathsNoEscape: process.platform === 'win32' });
    const entries = await Promise.all(paths.map((p) => fileEntry(p)));
    return entries.filter((e): e is RemoteFile => e !== undefined);
  }

  download(file: RemoteFile, dest: string, opts: FetchFileOptions): Promise<DownloadResult> {
    return writeChecked(() => createReadStream(file.key, { highWaterMark: 1024 * 1024 }), dest, {
      what: file.key,
      expectedSize: file.size,
      expectedSha256: opts.expectedSha256 ?? file.sha256,
      onProgress: opts.onProgress,
      signal: opts.signal,
    }).then((written) => ({ ...written, attempts: 1 }), (err: unknown) => {
      if (err instanceof UserError) throw err;
      throw new UserError(`Copying ${file.key} failed: ${(err as Error).message}. Check that it is readable and that ${dest} is writable.`);
    });
  }
}
