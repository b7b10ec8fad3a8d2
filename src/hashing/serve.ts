/**
 * The messages between the pool (pool.ts) and a hashing worker, and the
 * worker's side of them. Memory travels, it is not copied: read buffers and
 * chunks are transferred to the worker and back.
 */
import type { MessagePort } from 'node:worker_threads';
import { checkAlgorithms, type Algorithm } from './algorithms.js';
import type { ChunkSink, Kernel, ScanRequest, StreamHash } from './kernel.js';

export type ToWorker =
  | { id: number; op: 'scan'; request: ScanRequest; forward: boolean; window: number; buffers: ArrayBuffer[] }
  | { id: number; op: 'credit'; chunk: Uint8Array }
  /** The scan's chunks have nowhere to go any more: stop it. */
  | { id: number; op: 'cancel' }
  | { id: number; op: 'hash-open'; algorithms: Algorithm[]; writeTo?: string }
  | { id: number; op: 'hash-update'; chunk: Uint8Array }
  | { id: number; op: 'hash-end' }
  | { id: number; op: 'hash-abort' };

export type FromWorker =
  | { op: 'ready' }
  | { id: number; op: 'chunk'; chunk: Uint8Array }
  | { id: number; op: 'ack'; chunk: Uint8Array }
  | { id: number; op: 'done'; result: unknown; buffers?: ArrayBuffer[] }
  | { op: 'spare'; buffer: ArrayBuffer }
  | { id: number; op: 'failed'; message: string; code?: string };

interface ScanJob {
  credits: number;
  buffers: Buffer[];
  cancelled: boolean;
  wake?: () => void;
}

interface StreamJob {
  /** Settles with the stream once it is open; every message for it runs after the one before. */
  chain: Promise<StreamHash | undefined>;
  /** Failed (reported) or ended: later updates are only acknowledged. */
  over: boolean;
}

export function serve(kernel: Kernel, port: MessagePort): void {
  // Every read buffer comes from the calling thread and goes back to it: chunks travel there
  // and return with the credit, the rest return with the result. Memory a worker allocated
  // would stay with its thread's allocator after it ends.
  const scans = new Map<number, ScanJob>();
  const streams = new Map<number, StreamJob>();
  const fail = (id: number, error: unknown): void => {
    const e = error as { message?: string; code?: string };
    port.postMessage({ id, op: 'failed', message: String(e?.message ?? error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) });
  };
  /** Runs `step` on the stream after everything sent before it; a failure ends the stream and is reported once. */
  const after = (id: number, step: (stream: StreamHash) => void): void => {
    const job = streams.get(id);
    if (!job) return;
    job.chain = job.chain.then((stream) => {
      if (!stream || job.over) return stream;
      try {
        step(stream);
      } catch (error) {
        job.over = true;
        streams.delete(id);
        try {
          stream.abort();
        } catch {
          // The first failure is the one reported.
        }
        fail(id, error);
      }
      return stream;
    });
  };

  port.on('message', (msg: ToWorker) => {
    switch (msg.op) {
      case 'scan': {
        const job: ScanJob = { credits: msg.window, buffers: msg.buffers.map((b) => Buffer.from(b)), cancelled: false };
        scans.set(msg.id, job);
        const sink: ChunkSink | undefined = msg.forward
          ? {
              async chunk(chunk) {
                while (job.credits === 0 && !job.cancelled) await new Promise<void>((resolve) => (job.wake = resolve));
                if (job.cancelled) throw new Error('scan cancelled');
                job.credits--;
                port.postMessage({ id: msg.id, op: 'chunk', chunk }, [chunk.buffer as ArrayBuffer]);
              },
              takesChunks: true,
            }
          : undefined;
        kernel.scan(msg.request, sink, job.buffers).then(
          (result) => {
            scans.delete(msg.id);
            const buffers = job.buffers.map((b) => b.buffer as ArrayBuffer);
            port.postMessage({ id: msg.id, op: 'done', result, buffers }, buffers);
          },
          (error: unknown) => {
            scans.delete(msg.id);
            fail(msg.id, error);
          },
        );
        break;
      }
      case 'credit': {
        const job = scans.get(msg.id);
        if (!job) {
          port.postMessage({ op: 'spare', buffer: msg.chunk.buffer }, [msg.chunk.buffer as ArrayBuffer]);
          break;
        }
        job.buffers.push(Buffer.from(msg.chunk.buffer as ArrayBuffer));
        job.credits++;
        job.wake?.();
        job.wake = undefined;
        break;
      }
      case 'cancel': {
        const job = scans.get(msg.id);
        if (job) {
          job.cancelled = true;
          job.wake?.();
          job.wake = undefined;
        }
        break;
      }
      case 'hash-open': {
        const job: StreamJob = { chain: Promise.resolve(undefined), over: false };
        streams.set(msg.id, job);
        job.chain = (async () => kernel.streamHash(checkAlgorithms(msg.algorithms), msg.writeTo))().catch((error: unknown) => {
          job.over = true;
          streams.delete(msg.id);
          fail(msg.id, error);
          return undefined;
        });
        break;
      }
      case 'hash-update': {
        after(msg.id, (stream) => stream.update(msg.chunk));
        // Acknowledged in order, after the bytes were written and hashed (or the stream failed).
        const job = streams.get(msg.id);
        const ack = (): void => port.postMessage({ id: msg.id, op: 'ack', chunk: msg.chunk }, [msg.chunk.buffer as ArrayBuffer]);
        if (job) void job.chain.then(ack);
        else ack();
        break;
      }
      case 'hash-end': {
        after(msg.id, (stream) => {
          const result = stream.digest();
          streams.delete(msg.id);
          port.postMessage({ id: msg.id, op: 'done', result });
        });
        break;
      }
      case 'hash-abort': {
        const job = streams.get(msg.id);
        streams.delete(msg.id);
        const done = (): void => port.postMessage({ id: msg.id, op: 'done', result: {} });
        if (!job) {
          done();
          break;
        }
        job.over = true;
        void job.chain.then((stream) => {
          try {
            stream?.abort();
          } catch {
            // Nothing more can go wrong with a stream given up on.
          }
          done();
        });
        break;
      }
    }
  });
  port.postMessage({ op: 'ready' });
}
