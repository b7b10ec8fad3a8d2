/**
 * The assets of a GitHub release (`release:TAG`). The release is found the
 * way create-release finds it (a published release of the tag, else its
 * draft), assets are listed through the REST API, and each is downloaded
 * from `/releases/assets/{id}` with `Accept: application/octet-stream`: GitHub
 * answers with a redirect to short-lived signed storage, which the downloader
 * follows without the token (it only sends headers to the API's origin).
 */
import { UserError } from '../errors.js';
import type { GitHub } from '../github/client.js';
import { gitHubFailure } from '../github/errors.js';
import type { RepoRef } from '../github/git.js';
import { canonicalRelease, findReleasesForTag, listAssets } from '../github/releases.js';
import type { Logger } from '../log.js';
import type { RetryOptions, Transport } from '../http/index.js';
import { downloadFile } from './http-download.js';
import type { DownloadResult, FetchFileOptions, RemoteFile, WheelSource } from './types.js';

export interface ReleaseSourceOptions {
  token: string;
  transport?: Transport;
  retry?: Partial<RetryOptions>;
}

export class ReleaseSource implements WheelSource {
  private readonly apiBase: string;

  constructor(
    private readonly gh: GitHub,
    readonly repo: RepoRef,
    readonly tag: string,
    private readonly opts: ReleaseSourceOptions,
  ) {
    this.apiBase = String(gh.request.endpoint.DEFAULTS.baseUrl).replace(/\/+$/, '');
  }

  describe(): string {
    return `release ${this.tag} of ${this.repo.owner}/${this.repo.repo}`;
  }

  /** Uploaded assets of the tag's release; none while the release does not exist yet. */
  async list(log: Logger): Promise<RemoteFile[]> {
    try {
      const release = canonicalRelease(await findReleasesForTag(this.gh, this.repo, this.tag, log));
      if (!release) {
        log.info(`${this.describe()}: no release yet`);
        return [];
      }
      const assets = await listAssets(this.gh, this.repo, release.id);
      // An asset still being uploaded ("starter") has no complete bytes yet.
      const ready = assets.filter((a) => a.state === 'uploaded');
      log.info(`${this.describe()}${release.draft ? ' (draft)' : ''}: ${ready.length} asset(s)${ready.length < assets.length ? `, ${assets.length - ready.length} still uploading` : ''}`);
      return ready.map((a) => {
        const digest = (a as { digest?: string | null }).digest ?? undefined;
        const sha256 = digest?.startsWith('sha256:') ? digest.slice('sha256:'.length).toLowerCase() : undefined;
        // An asset replaced under the same name is a new asset, with a new id.
        return { name: a.name, key: String(a.id), size: a.size, url: a.browser_download_url, etag: `asset-${a.id}`, ...(sha256 ? { sha256 } : {}) };
      });
    } catch (err) {
      throw gitHubFailure(err, `list the assets of ${this.describe()}`);
    }
  }

  download(file: RemoteFile, dest: string, opts: FetchFileOptions): Promise<DownloadResult> {
    if (!/^\d+$/.test(file.key)) throw new UserError(`internal: release asset key ${file.key} is not an asset id`);
    const url = `${this.apiBase}/repos/${encodeURIComponent(this.repo.owner)}/${encodeURIComponent(this.repo.repo)}/releases/assets/${file.key}`;
    return downloadFile(url, dest, {
      expectedSize: file.size,
      expectedSha256: opts.expectedSha256 ?? file.sha256,
      // Only ever sent to the API's origin; the redirect to storage goes without them.
      headers: {
        authorization: `Bearer ${this.opts.token}`,
        accept: 'application/octet-stream',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'python-release-actions',
      },
      log: opts.log,
      onProgress: opts.onProgress,
      signal: opts.signal,
      transport: this.opts.transport,
      retry: this.opts.retry,
    });
  }
}
