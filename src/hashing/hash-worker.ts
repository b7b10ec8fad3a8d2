/**
 * The hashing worker's entry. The build bundles it on its own and puts it
 * beside every bundle as `hash-worker.js` (scripts/build.mjs); tsc puts it
 * beside pool.js in lib/. worker-entry.ts finds it.
 */
import { parentPort } from 'node:worker_threads';
import { createKernel } from './kernel.js';
import { serve } from './serve.js';

if (!parentPort) throw new Error('hash-worker.js runs as a worker thread of the hashing pool, not on its own');
serve(createKernel(), parentPort);
