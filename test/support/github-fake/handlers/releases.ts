/** Releases, release notes, release assets and the uploads host. */
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HttpError, notFound } from '../errors.js';
import type { NotesInput, ReleaseInput } from '../model.js';
import { bodyOf, intParam, json, paginate, type Handler } from './context.js';

function wantsOctetStream(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((part) => part.trim().startsWith('application/octet-stream'));
}

export const releaseHandlers: Record<string, Handler> = {
  'repos/list-releases': (ctx) => {
    // Drafts are listed (to users with push access), newest first.
    const releases = [...ctx.model.state.releases].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    const page = paginate(ctx, releases);
    return json(200, page.items.map((r) => ctx.render.release(r)), page.headers);
  },

  'repos/get-release-by-tag': (ctx) => {
    const release = ctx.model.releaseByTag(ctx.params.tag);
    if (!release) throw notFound();
    return json(200, ctx.render.release(release));
  },

  'repos/get-latest-release': (ctx) => {
    const release = ctx.model.latestRelease();
    if (!release) throw notFound();
    return json(200, ctx.render.release(release));
  },

  'repos/get-release': (ctx) => json(200, ctx.render.release(ctx.model.release(intParam(ctx, 'release_id')))),

  'repos/create-release': (ctx) => {
    const release = ctx.model.createRelease(bodyOf<ReleaseInput>(ctx), ctx.actor);
    const body = ctx.render.release(release);
    return json(201, body, { location: String(body.url) });
  },

  'repos/update-release': (ctx) => json(200, ctx.render.release(ctx.model.updateRelease(intParam(ctx, 'release_id'), bodyOf<ReleaseInput>(ctx)))),

  'repos/delete-release': (ctx) => {
    ctx.model.deleteRelease(intParam(ctx, 'release_id'));
    return { status: 204 };
  },

  'repos/generate-release-notes': (ctx) => json(200, ctx.model.generateNotes(bodyOf<NotesInput>(ctx))),

  'repos/list-release-assets': (ctx) => {
    const release = ctx.model.release(intParam(ctx, 'release_id'));
    const page = paginate(ctx, release.assets);
    return json(200, page.items.map((a) => ctx.render.asset(release, a)), page.headers);
  },

  'repos/get-release-asset': (ctx) => {
    const { release, asset } = ctx.model.asset(intParam(ctx, 'asset_id'));
    if (wantsOctetStream(ctx.headers.accept)) {
      return { status: 302, headers: { location: ctx.objectUrl('release-assets', asset.id) } };
    }
    return json(200, ctx.render.asset(release, asset));
  },

  'repos/update-release-asset': (ctx) => {
    const id = intParam(ctx, 'asset_id');
    const asset = ctx.model.updateAsset(id, bodyOf<{ name?: string; label?: string; state?: string }>(ctx));
    return json(200, ctx.render.asset(ctx.model.asset(asset.id).release, asset));
  },

  'repos/delete-release-asset': (ctx) => {
    ctx.model.deleteAsset(intParam(ctx, 'asset_id'));
    return { status: 204 };
  },

  /** The uploads host: the body is the raw file, streamed to disk and hashed on the way. */
  'repos/upload-release-asset': async (ctx) => {
    const release = ctx.model.release(intParam(ctx, 'release_id'));
    ctx.model.assertAssetWritable(release);
    const contentType = String(ctx.headers['content-type'] ?? '');
    if (!contentType) {
      throw new HttpError(400, { message: 'Content-Type header is required', documentation_url: 'https://docs.github.com/rest/releases/assets#upload-a-release-asset' });
    }
    const file = join(ctx.tmpDir, `asset-${randomBytes(8).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(ctx.req, meter, createWriteStream(file));
      const declared = ctx.headers['content-length'];
      if (declared !== undefined && Number(declared) !== size) {
        throw new HttpError(400, { message: `Request body length ${size} does not match content-length ${declared}`, documentation_url: 'https://docs.github.com/rest' });
      }
      const asset = ctx.model.addAsset(
        release.id,
        {
          name: ctx.query.get('name') ?? '',
          label: ctx.query.get('label'),
          contentType,
          size,
          digest: `sha256:${hash.digest('hex')}`,
          file,
        },
        ctx.actor,
      );
      return json(201, ctx.render.asset(release, asset));
    } catch (error) {
      await unlink(file).catch(() => undefined);
      throw error;
    }
  },
};
