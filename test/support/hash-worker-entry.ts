/**
 * What jest loads instead of src/hashing/worker-entry.ts (jest.config.js maps
 * it). Jest runs the TypeScript sources, where no hash-worker.js exists; the
 * workers run src/hashing/hash-worker.ts itself, through a small module hook
 * that transpiles TypeScript (typescript-worker/). Same kernel, same protocol,
 * real worker threads: only the way their code is loaded differs from a bundle.
 */
import type { WorkerEntry } from '../../src/hashing/worker-entry.js';

const REAL = new URL('../../src/hashing/hash-worker.ts', import.meta.url);
let file = REAL;

/** For the recovery tests: workers started from now on run `worker` (a .ts file); undefined puts the real one back. */
export function startWorkersFrom(worker: URL | undefined): void {
  file = worker ?? REAL;
}

export function workerEntry(): WorkerEntry {
  return { url: file, execArgv: [...process.execArgv, '--import', new URL('./typescript-worker/register.mjs', import.meta.url).href] };
}
