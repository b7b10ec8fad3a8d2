export { startLocalIndex, DEFAULT_MAX_FILE_SIZE } from './server.js';
export type { LocalIndex, LocalIndexOptions, LocalIndexRoute, IndexContext, StoredFile } from './types.js';
export { STATE_FILE, STATE_FORMAT } from './store.js';
