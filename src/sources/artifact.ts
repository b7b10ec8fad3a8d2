/**
 * A workflow artifact (`artifact:NAME`) as a wheel source. An artifact is one
 * zip, so listing it means fetching it: the newest artifact of the name is
 * downloaded once (unextracted), its sha256 checked against the digest GitHub
 * keeps, and its central directory read; each wanted member is then streamed
 * out of the zip, hashed, into place. Nothing is ever extracted by name alone:
 * a member whose name is absolute, climbs out with `..`, or uses backslashes
 * is refused, with the whole artifact.
 *
 * How the artifact is found and fetched (the Actions results service for this
 * run, the REST API for another run) is behind ArtifactBackend, so this module
 * does not depend on the runner.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { writeChecked } from '../files/checked-file.js';
import { hash } from '../hashing/index.js';
import { formatBytes } from '../units.js';
import type { DownloadResult, FetchFileOptions, RemoteFile, WheelSource } from './types.js';

export interface ArtifactRef {
  id: number;
  name: string;
  /** Bytes of the zip. */
  size: number;
  /** "sha256:<hex>" of the zip, when GitHub reports one. */
  digest?: string;
}

export interface ArtifactBackend {
  /** "this workflow run" or "run 123 of octo/example", for messages. */
  where(): string;
  /** The newest artifact of this name, or undefined when there is none (yet). */
  find(name: string, log: Logger): Promise<ArtifactRef | undefined>;
  /** Downloads the artifact's zip, not extracted, into `dir` (empty, created), at most `maxBytes`; returns the zip's path. */
  downloadZip(ref: ArtifactRef, dir: string, log: Logger, maxBytes: number): Promise<string>;
  /** A URL a person can open for the artifact; the manifest records it as each file's source. */
  webUrl(ref: ArtifactRef): string;
}

/** Publishes files as a workflow artifact for later jobs (upload-artifact). */
export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string, log: Logger): Promise<{ id?: number; size?: number; digest?: string }>;
}

export interface ArtifactSourceOptions {
  /** Private scratch directory for zips; the caller removes it. */
  workDir: string;
  /** Refuse an artifact (zip, or the members it declares) larger than this. */
  maxBytes: number;
}

interface CachedZip {
  ref: ArtifactRef;
  path: string;
  files: RemoteFile[];
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

/** Every entry of the central directory; yauzl refuses unsafe names (absolute, `..`) as it reads them. */
function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}

/** Our own rules on top of yauzl's: no control characters, no `.`/`..` segments. */
export function unsafeMemberName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it holds control characters';
  if (name.includes('\\')) return 'it holds a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'it is an absolute path';
  if (name.split('/').some((s) => s === '..')) return 'it climbs out of the archive with ".."';
  return undefined;
}

export class ArtifactSource implements WheelSource {
  private cached?: CachedZip;

  constructor(
    readonly name: string,
    private readonly backend: ArtifactBackend,
    private readonly opts: ArtifactSourceOptions,
  ) {}

  describe(): string {
    return `artifact ${this.name} of ${this.backend.where()}`;
  }

  async list(log: Logger): Promise<RemoteFile[]> {
    const ref = await this.backend.find(this.name, log);
    if (!ref) {
      log.info(`${this.describe()}: not there (yet)`);
      return [];
    }
    if (this.cached?.ref.id === ref.id) return this.cached.files;
    if (ref.size > this.opts.maxBytes) {
      throw new UserError(
        `${this.describe()} is ${formatBytes(ref.size)}, more than max-total-size (${formatBytes(this.opts.maxBytes)}). Raise max-total-size if this is expected.`,
      );
    }
    const dir = join(this.opts.workDir, `artifact-${ref.id}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    log.info(`${this.describe()}: downloading its zip (id ${ref.id}, ${formatBytes(ref.size)})`);
    const path = await this.backend.downloadZip(ref, dir, log, this.opts.maxBytes);
    const sha = (await hash(path, ['sha256'])).sha256;
    const want = ref.digest?.startsWith('sha256:') ? ref.digest.slice('sha256:'.length).toLowerCase() : undefined;
    if (want && sha !== want) {
      throw new UserError(
        `${this.describe()}: the zip downloaded has sha256 ${sha}, but GitHub recorded ${want} for it. The download was damaged or the artifact replaced; re-run.`,
      );
    }
    const files = await this.members(ref, path);
    this.cached = { ref, path, files };
    log.info(`${this.describe()}: ${files.length} file(s) in the zip${want ? ' (zip sha256 matches GitHub\'s digest)' : ''}`);
    return files;
  }

  private async members(ref: ArtifactRef, path: string): Promise<RemoteFile[]> {
    let zip: ZipFile;
    let entries: Entry[];
    try {
      zip = await openZip(path);
    } catch (err) {
      throw new UserError(`${this.describe()} is not a readable zip: ${(err as Error).message}. Re-run the job that uploaded it.`);
    }
    try {
      entries = await readEntries(zip);
    } catch (err) {
      const message = (err as Error).message;
      if (/absolute path|invalid relative path|invalid characters in fileName/.test(message)) {
        throw new UserError(
          `${this.describe()} holds a member whose name would escape the destination (${message}). Refusing the whole artifact; ` +
            'check what uploaded it.',
        );
      }
      throw new UserError(`${this.describe()} is not a readable zip: ${message}. Re-run the job that uploaded it.`);
    } finally {
      zip.close();
    }
    const files: RemoteFile[] = [];
    let declared = 0;
    for (const e of entries) {
      if (e.fileName.endsWith('/')) continue;
      const why = unsafeMemberName(e.fileName);
      if (why) {
        throw new UserError(`${this.describe()} holds a member named ${JSON.stringify(e.fileName)}, which would escape the destination (${why}). Refusing the whole artifact.`);
      }
      declared += e.uncompressedSize;
      files.push({
        name: e.fileName.slice(e.fileName.lastIndexOf('/') + 1),
        key: e.fileName,
        size: e.uncompressedSize,
        url: `${this.backend.webUrl(ref)}#${encodeURI(e.fileName)}`,
        // An artifact's bytes never change; another upload under the name is another artifact.
        etag: `artifact-${ref.id}`,
      });
    }
    if (declared > this.opts.maxBytes) {
      throw new UserError(
        `${this.describe()} declares ${formatBytes(declared)} of files, more than max-total-size (${formatBytes(this.opts.maxBytes)}). Raise max-total-size if this is expected.`,
      );
    }
    return files;
  }

  async download(file: RemoteFile, dest: string, opts: FetchFileOptions): Promise<DownloadResult> {
    const cached = this.cached;
    if (!cached) throw new Error('internal: artifact download before listing');
    const zip = await openZip(cached.path);
    try {
      const entry = (await readEntries(zip)).find((e) => e.fileName === file.key);
      if (!entry) throw new UserError(`${this.describe()} no longer holds ${file.key}.`);
      const written = await writeChecked(() => openEntry(zip, entry), dest, {
        what: `${this.describe()}, member ${file.key}`,
        expectedSize: file.size,
        expectedSha256: opts.expectedSha256 ?? file.sha256,
        onProgress: opts.onProgress,
        signal: opts.signal,
      }).catch((err: unknown) => {
        if (err instanceof UserError) throw err;
        throw new UserError(`Extracting ${file.key} from ${this.describe()} failed: ${(err as Error).message}. The zip is damaged; re-run the job that uploaded it.`);
      });
      return { ...written, attempts: 1 };
    } finally {
      zip.close();
    }
  }
}
