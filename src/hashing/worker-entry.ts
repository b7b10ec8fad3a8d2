/**
 * Where the hashing worker's code is: `hash-worker.js` beside the module that
 * starts it. The build puts one beside every bundle (dist/<name>/hash-worker.js,
 * next to the chunk that holds the pool); tsc emits lib/hashing/hash-worker.js
 * beside lib/hashing/worker-entry.js. Tests that run the TypeScript sources
 * replace this module (jest.config.js maps it to test/support/hash-worker-entry.ts).
 */
export interface WorkerEntry {
  url: URL;
  /** Node options for the worker; its parent's when left out. */
  execArgv?: string[];
}

/** Through a parameter: the bundler's asset relocator rewrites a `new URL()` whose arguments it can work out. */
function beside(file: string, base: string): URL {
  return new URL(file, base);
}

export function workerEntry(): WorkerEntry {
  return { url: beside('hash-worker.js', import.meta.url) };
}
