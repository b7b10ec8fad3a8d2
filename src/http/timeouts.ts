/**
 * The one timeout vocabulary. Every exchange has three bounds:
 *
 * - connect: setting up the TCP connection;
 * - idle: no byte in either direction for this long (a silent server, a stalled body);
 * - deadline: the whole exchange, the answer's body included, ends within this long
 *   (a server that trickles one byte every few seconds never trips the idle bound).
 *
 * Transfers whose length depends on a file get a deadline from its size
 * (transferDeadlineMs); everything else the default.
 */

export interface Timeouts {
  connectMs: number;
  idleMs: number;
  deadlineMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 30_000, idleMs: 60_000, deadlineMs: 5 * 60_000 };

/** A transfer that has not ended after this long never will in any useful sense: 30 minutes. */
export const MAX_TRANSFER_MS = 30 * 60_000;
/** What a transfer of any size may take on top of moving its bytes (connecting, the server's work). */
export const TRANSFER_BASE_MS = 60_000;
/** The slowest rate a transfer is expected to keep up: 64 KiB/s. */
export const MIN_TRANSFER_BYTES_PER_S = 64 * 1024;

/**
 * The deadline for one upload or download of `bytes`: a minute plus a second
 * per 64 KiB, at most 30 minutes; 30 minutes when the size is unknown.
 */
export function transferDeadlineMs(bytes: number | undefined): number {
  if (bytes === undefined || !Number.isFinite(bytes)) return MAX_TRANSFER_MS;
  return Math.min(MAX_TRANSFER_MS, TRANSFER_BASE_MS + Math.ceil((Math.max(0, bytes) / MIN_TRANSFER_BYTES_PER_S) * 1000));
}

/** 300 → "300 ms", 60000 → "60 s". */
function shortDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** What the exchange says when each bound runs out. */
export const timeoutMessage = {
  connect: (ms: number): string => `could not connect within ${shortDuration(ms)}`,
  idle: (ms: number): string => `no data for ${shortDuration(ms)}`,
  deadline: (ms: number): string => `no complete answer within ${Number((ms / 1000).toFixed(1))} s`,
};
