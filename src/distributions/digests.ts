/**
 * The two digests PyPI records for every file, sha256 (what pip checks and the
 * manifest keys on) and BLAKE2b-256 (what warehouse uses for duplicate
 * detection and storage paths), and its size. src/hashing computes them.
 */
import type { Hashed } from '../hashing/index.js';

/** Lower-case hex digests and the byte count. */
export type Digests = Hashed<'sha256' | 'blake2b256'>;

/** What a caller may know of a file: sha256 and size always, BLAKE2b-256 when it was computed. */
export type KnownDigests = Hashed<'sha256'> & { blake2b256?: string };
