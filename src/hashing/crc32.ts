/**
 * CRC-32 as zip members declare it. node's zlib.crc32 (native) exists from
 * Node 20.15 and 22.2; `engines` admits every Node 20, so older ones get the
 * table-driven implementation from the crc-32 package instead: the check is
 * always made, only its speed differs.
 */
import * as zlib from 'node:zlib';
import CRC32 from 'crc-32';

/** The CRC-32 of `data` continued from `previous` (0 to start), as an unsigned 32-bit number. */
export type Crc32 = (data: Uint8Array, previous: number) => number;

export const portableCrc32: Crc32 = (data, previous) => CRC32.buf(data, previous | 0) >>> 0;

const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export const crc32: Crc32 = typeof native === 'function' ? (data, previous) => native(data, previous) >>> 0 : portableCrc32;

/** A running CRC-32, fed piece by piece on the calling thread: for bytes already in hand (a gzip member's output), where CRC-32 costs less than handing them to a worker. */
export interface RunningCrc32 {
  update(data: Uint8Array): void;
  /** The CRC-32 of everything fed so far, unsigned. */
  readonly value: number;
}

export function createCrc32(): RunningCrc32 {
  let value = 0;
  return {
    update(data) {
      value = crc32(data, value);
    },
    get value() {
      return value;
    },
  };
}
