/** The one hashing service: digests of files and streams, the zip member scan, and the worker threads that run them. */
export { digestBytes } from './algorithms.js';
export type { Algorithm, DigestSet } from './algorithms.js';
export { createHasher, hash, scanFile } from './hash.js';
export { createCrc32 } from './crc32.js';
export type { RunningCrc32 } from './crc32.js';
export type { HashSource, Hashed, StreamHasher } from './hash.js';
export type { MemberOutcome, MemberPlan, ScanRequest, ScanResult } from './kernel.js';
export { releaseWorkerThreads, setWorkerThreads, warmWorkerThreads, workerStats } from './pool.js';
export type { WorkerStats } from './pool.js';
