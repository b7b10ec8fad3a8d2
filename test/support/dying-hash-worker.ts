/**
 * A hashing worker that dies the way a worker killed from outside does: it
 * runs the real kernel and protocol, then ends its thread as soon as a job
 * hands it bytes (a scan or a stream update). For the pool's recovery tests.
 */
import { parentPort } from 'node:worker_threads';
import { createKernel } from '../../src/hashing/kernel.js';
import { serve, type ToWorker } from '../../src/hashing/serve.js';

const port = parentPort!;
port.on('message', (msg: ToWorker) => {
  if (msg.op === 'scan' || msg.op === 'hash-update') process.exit(3);
});
serve(createKernel(), port);
