/**
 * Upload credentials: a fixed API token, or tokens minted by trusted
 * publishing. Either way the header goes to the upload URL only.
 */
import { TrustedPublisher } from './trusted-publishing.js';

export interface UploadCredentials {
  /** `trusted-publishing` or `token`, for logs. */
  readonly kind: 'token' | 'trusted-publishing';
  /** The Authorization header for the next upload. */
  authorization(): Promise<string>;
  /** The index refused the credentials: true when fresh ones may do better (a minted token is replaced once). */
  refused(): boolean;
}

export function tokenCredentials(token: string, mask: (secret: string) => void): UploadCredentials {
  const header = `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`;
  mask(token);
  mask(header.slice('Basic '.length));
  return { kind: 'token', authorization: async () => header, refused: () => false };
}

export function trustedCredentials(publisher: TrustedPublisher, mask: (secret: string) => void): UploadCredentials {
  let retried = false;
  return {
    kind: 'trusted-publishing',
    authorization: async () => {
      const header = await publisher.authorization();
      mask(header.slice('Basic '.length));
      return header;
    },
    refused: () => {
      if (retried) return false;
      retried = true;
      publisher.invalidate();
      return true;
    },
  };
}
