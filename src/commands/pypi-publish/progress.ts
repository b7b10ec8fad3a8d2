/**
 * Per-file upload progress for a job log: a line when an upload starts, one
 * every few seconds while it runs (bytes, percent, rate), and one when it
 * ends. Parallel uploads interleave, so every line names its file.
 */
import type { Logger } from '../../log.js';
import { formatBytes } from '../../units.js';

export function formatRate(bytes: number, ms: number): string {
  return ms <= 0 ? '-' : `${formatBytes(Math.round((bytes * 1000) / ms))}/s`;
}

export class FileProgress {
  private started = Date.now();
  private lastLog = Date.now();

  constructor(
    private readonly log: Logger,
    private readonly filename: string,
    private readonly size: number,
    private readonly everyMs = 5000,
  ) {}

  begin(attempt: number): void {
    this.started = Date.now();
    this.lastLog = this.started;
    this.log.info(`Uploading ${this.filename} (${formatBytes(this.size)})${attempt > 1 ? `, attempt ${attempt}` : ''}`);
  }

  /** Called with the bytes of the file read into the request so far. */
  update(sent: number): void {
    const now = Date.now();
    if (now - this.lastLog < this.everyMs || sent >= this.size) return;
    this.lastLog = now;
    const pct = this.size > 0 ? Math.floor((sent * 100) / this.size) : 100;
    this.log.info(`  ${this.filename}: ${formatBytes(sent)} of ${formatBytes(this.size)} (${pct}%), ${formatRate(sent, now - this.started)}`);
  }

  /** Milliseconds since the current attempt began. */
  elapsedMs(): number {
    return Date.now() - this.started;
  }
}
