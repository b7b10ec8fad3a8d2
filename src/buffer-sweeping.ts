/**
 * Dead Buffers freed by the collection that finds them dead, instead of later
 * on a background thread.
 *
 * Every read from a socket or a file hands the process a fresh Buffer (node:http
 * copies each piece of a body out of its parser), so a download at 400 MB/s makes
 * 400 MB/s of Buffers that are dead a millisecond after they arrive. V8 finds them
 * dead at each young-generation collection, but by default frees their memory on
 * a background thread. On a busy two-core runner that thread waits for CPU, and
 * tens of megabytes of dead Buffers stay in the process meanwhile. Measured on
 * this suite's machine (bench/README.md, "Dead Buffers, freed by the collection
 * that finds them"): a bare node:http downloader fetching 30 × 40 MB from
 * moto_server, 10 at a time, peaked at 96–111 MiB by default and at 84–85 MiB
 * with this, at the same speed.
 *
 * V8 reads the flag at each collection, after finishing any sweep still in flight
 * (ArrayBufferSweeper::RequestSweep), so setting it while the process runs takes
 * effect and cannot catch a sweep half done; the flag is process-wide, so the
 * hashing workers get it too. A V8 without the flag would print "unrecognized
 * flag" on stderr and carry on as before; test/unit/buffer-sweeping.test.ts
 * checks the Node that runs the tests.
 */
import { setFlagsFromString } from 'node:v8';

let set = false;

export function sweepDeadBuffersPromptly(): void {
  if (set) return;
  set = true;
  setFlagsFromString('--no-concurrent-array-buffer-sweeping');
}
