/**
 * A new release is created by its first upload, and two uploads that both find it missing race
 * to create it (on warehouse one of them fails). So the first file of a new release goes up while
 * the release's other files travel too, each holding back its last bytes (multipart.ts) until the
 * first is on the index: the transfers overlap, the creation happens once. An incomplete body is
 * one no index can store, so a hold that ends badly stores nothing.
 *
 * A hold is kept short of the idle limits of common servers and proxies (Tomcat 20 s, gunicorn's
 * worker timeout 30 s, nginx 60 s): past `limitMs` the attempt is abandoned and the file is sent
 * again once the first is there. The first file is the release's smallest wheel, so usually the
 * others are still sending when it lands and nothing waits at all.
 */
import { sleep } from '../../poll.js';

/** The hold outlasted its limit: the attempt was abandoned before its last bytes. */
export class HoldExpired extends Error {
  constructor(readonly limitMs: number) {
    super(`held back for ${(limitMs / 1000).toFixed(limitMs < 10_000 ? 1 : 0)} s`);
    this.name = 'HoldExpired';
  }
}

/** The release's first file did not reach the index, so this one was not sent whole. */
export class ReleaseNotCreated extends Error {
  constructor(readonly first: string) {
    super(`not sent whole: ${first}, the first file of its release, did not reach the index`);
    this.name = 'ReleaseNotCreated';
  }
}

export class ReleaseGate {
  private state: 'pending' | 'open' | 'closed' = 'pending';
  private settle!: (open: boolean) => void;
  private readonly settled = new Promise<boolean>((resolve) => {
    this.settle = resolve;
  });
  private readonly closing = new AbortController();

  /** `first`: the filename of the release's first upload. */
  constructor(readonly first: string) {}

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Aborts (with ReleaseNotCreated) once the first file has failed: the others stop retrying. */
  get closedSignal(): AbortSignal {
    return this.closing.signal;
  }

  /** The first file is on the index. */
  open(): void {
    if (this.state !== 'pending') return;
    this.state = 'open';
    this.settle(true);
  }

  /** The first file failed for good. */
  close(): void {
    if (this.state !== 'pending') return;
    this.state = 'closed';
    this.settle(false);
    this.closing.abort(new ReleaseNotCreated(this.first));
  }

  /** Resolves true once the first file is on the index, false once it has failed. */
  wait(): Promise<boolean> {
    return this.settled;
  }

  /**
   * The hold for one upload attempt (UploadAttemptOptions.holdLast): resolves at once when the
   * gate is open; otherwise calls `onHold` and waits for the gate, at most `limitMs`. Rejects with
   * ReleaseNotCreated when the gate closes and HoldExpired past the limit; `signal` (the attempt is
   * over) ends the wait.
   */
  hold(limitMs: number, onHold: () => void): (signal?: AbortSignal) => Promise<void> {
    return async (signal) => {
      if (this.state === 'open') return;
      if (this.state === 'closed') throw new ReleaseNotCreated(this.first);
      onHold();
      const stop = new AbortController();
      const over = (): void => stop.abort();
      signal?.addEventListener('abort', over, { once: true });
      try {
        const outcome = await Promise.race([
          this.settled.then((open) => (open ? 'open' as const : 'closed' as const)),
          sleep(limitMs, stop.signal).then(() => 'expired' as const, () => 'over' as const),
        ]);
        if (outcome === 'closed') throw new ReleaseNotCreated(this.first);
        if (outcome === 'expired') throw new HoldExpired(limitMs);
      } finally {
        signal?.removeEventListener('abort', over);
        stop.abort();
      }
    };
  }
}
