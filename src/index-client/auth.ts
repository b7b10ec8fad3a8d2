/**
 * Upload credentials: a user name and password (an API token is the password
 * of the user `__token__`), or tokens minted by trusted publishing. Either way
 * the header goes to the upload URL only; a fixed user and password may also
 * read the index's own origin (a private index), never another host.
 */
import { TrustedPublisher } from './trusted-publishing.js';

export interface UploadCredentials {
  /** `token` (user `__token__`), `password` (any other user) or `trusted-publishing`, for logs and the summary. */
  readonly kind: 'token' | 'password' | 'trusted-publishing';
  /** The Authorization header for the next upload. */
  authorization(): Promise<string>;
  /** The header for reads of the upload URL's origin; absent for minted tokens, which are for uploads only. */
  readonly readAuthorization?: string;
  /** The index refused the credentials: true when fresh ones may do better (a minted token is replaced once). */
  refused(): boolean;
}

/** HTTP Basic, as twine and pip send it. */
export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A user and password; both the password and the header's base64 are masked at once. */
export function passwordCredentials(user: string, password: string, mask: (secret: string) => void): UploadCredentials {
  const header = basicAuthorization(user, password);
  mask(password);
  mask(header.slice('Basic '.length));
  return { kind: user === '__token__' ? 'token' : 'password', authorization: async () => header, readAuthorization: header, refused: () => false };
}

export function tokenCredentials(token: string, mask: (secret: string) => void): UploadCredentials {
  return passwordCredentials('__token__', token, mask);
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
