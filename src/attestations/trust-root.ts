/**
 * Trust roots: which certificate authorities, transparency logs and
 * certificate-transparency logs a signature must chain to. Production is
 * Sigstore's public-good instance, whose trusted_root.json sigstore-js ships
 * inside @sigstore/tuf (the seed its TUF client starts from), so verifying
 * needs no network; any other instance (the local stand-in) is a
 * trusted_root.json file in the same TUF format.
 */
import { readFile } from 'node:fs/promises';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { UserError } from '../errors.js';

export type TrustedRootJson = Record<string, unknown> & { mediaType: string };

const PRODUCTION_TUF = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_MEDIA_TYPE = /^application\/vnd\.dev\.sigstore\.trustedroot(\.v0\.\d+)?\+json/;

let production: TrustedRootJson | undefined;

/** Sigstore's production trusted root, as shipped with sigstore-js. */
export function productionTrustedRoot(): TrustedRootJson {
  if (!production) {
    const seed = (seeds as Record<string, { targets?: Record<string, string> }>)[PRODUCTION_TUF];
    const encoded = seed?.targets?.['trusted_root.json'];
    if (!encoded) throw new Error('@sigstore/tuf no longer ships the production trusted_root.json');
    production = parseTrustedRoot(JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as unknown, 'the production trusted root');
  }
  return production;
}

export function parseTrustedRoot(value: unknown, where: string): TrustedRootJson {
  const v = value as Partial<TrustedRootJson> | null;
  if (!v || typeof v !== 'object' || typeof v.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPE.test(v.mediaType)) {
    throw new UserError(`${where} is not a Sigstore trusted root (expected "mediaType": "application/vnd.dev.sigstore.trustedroot+json;version=0.1").`);
  }
  for (const key of ['tlogs', 'certificateAuthorities']) {
    if (!Array.isArray(v[key]) || (v[key] as unknown[]).length === 0) throw new UserError(`${where} lists no ${key}; it cannot verify a keyless signature.`);
  }
  return v as TrustedRootJson;
}

export async function readTrustedRoot(path: string): Promise<TrustedRootJson> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read the trusted root ${path}: ${(err as Error).message}.`);
  }
  try {
    return parseTrustedRoot(JSON.parse(text) as unknown, path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`The trusted root ${path} is not valid JSON (${(err as Error).message}).`);
  }
}
