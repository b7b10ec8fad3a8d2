/**
 * Raw deflate (RFC 1951) decoded the way zlib's inflate() decodes it, as a generator the caller
 * feeds input to chunk by chunk: it asks for input only when it needs a bit it does not have, it
 * gives all the output it can from what it was given, and it finds an error at the bit where zlib
 * finds it, in zlib's words. Node's zlib inflates every byte it is given at once; this one lets the
 * sdist reader tell whether Python, which feeds zlib 128 KiB at a time and asks it for only as much
 * output as tarfile wants, would ever reach an error that lies after the tar's end
 * (gzip-members.ts, python-reads.ts). The decoding is puff's (bit by bit, canonical codes); the
 * checks and their order are inflate.c's and inftrees.c's.
 */

/** A data error, in zlib's words. `needsRoom`: zlib finds it only with room for more output ("invalid distance too far back" is checked as the match is copied). */
export class InflateDataError extends Error {
  constructor(message: string, readonly needsRoom = false) {
    super(message);
  }
}

/** The input ended (an empty chunk was given) before the final block did. */
export class InflateInputEnded extends Error {
  constructor() {
    super('the deflate data ended before its final block');
  }
}

/**
 * What the decoder wants next: `input` (reply with the next chunk; an empty one means there is no
 * more), with `produced`, the output so far, or `output` to pass on (reply with nothing).
 */
export type InflateStep = { kind: 'input'; produced: number } | { kind: 'output'; data: Buffer };

/** At the end of the final block: how many bytes of the last chunk given were not used. */
export interface InflateEnd {
  unused: number;
}

const MAXBITS = 15;
const WINDOW = 32768;
const OUT_SIZE = 4 * WINDOW;

interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  /** The longest code length; 0 when there are no codes (zlib then makes a table that fails on any 1-bit code). */
  max: number;
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * inftrees.c's checks: an over-subscribed set is refused; an incomplete one too, except for the
 * code-length code never, and for the others when the longest code is 1 bit (its unused code is
 * an invalid code when met).
 */
function build(lengths: Uint8Array, start: number, n: number, codeLengths: boolean): Huffman | undefined {
  const count = new Uint16Array(MAXBITS + 1);
  for (let i = 0; i < n; i++) count[lengths[start + i]]++;
  let max = MAXBITS;
  while (max > 0 && count[max] === 0) max--;
  const symbol = new Uint16Array(n);
  if (max === 0) return { count, symbol, max };
  let left = 1;
  for (let len = 1; len <= MAXBITS; len++) {
    left = left * 2 - count[len];
    if (left < 0) return undefined;
  }
  if (left > 0 && (codeLengths || max !== 1)) return undefined;
  const offsets = new Uint16Array(MAXBITS + 2);
  for (let len = 1; len <= MAXBITS; len++) offsets[len + 1] = offsets[len] + count[len];
  for (let i = 0; i < n; i++) if (lengths[start + i] !== 0) symbol[offsets[lengths[start + i]]++] = i;
  count[0] = 0;
  return { count, symbol, max };
}

const FIXED_LENGTHS = new Uint8Array(288 + 32);
FIXED_LENGTHS.fill(8, 0, 144);
FIXED_LENGTHS.fill(9, 144, 256);
FIXED_LENGTHS.fill(7, 256, 280);
FIXED_LENGTHS.fill(8, 280, 288);
FIXED_LENGTHS.fill(5, 288, 320);
const FIXED_LITERALS = build(FIXED_LENGTHS, 0, 288, false)!;
const FIXED_DISTANCES = build(FIXED_LENGTHS, 288, 32, false)!;

/** Decodes one raw deflate stream; see InflateStep for the protocol. */
export function* inflateRaw(): Generator<InflateStep, InflateEnd, Buffer | undefined> {
  const out = Buffer.allocUnsafe(OUT_SIZE);
  let op = 0; // next write in `out`
  let flushed = 0; // `out` before this was passed on
  let total = 0; // output so far
  let input: Buffer = Buffer.alloc(0);
  let ip = 0;
  let hold = 0;
  let bits = 0;
  const lengths = new Uint8Array(286 + 30);

  // The generator's helpers are generators too (they may need input or room); the common case, the
  // bits already there, is answered without them.
  function* pull(): Generator<InflateStep, void, Buffer | undefined> {
    if (ip === input.length) {
      if (op > flushed) {
        yield { kind: 'output', data: Buffer.from(out.subarray(flushed, op)) };
        flushed = op;
      }
      const next = yield { kind: 'input', produced: total };
      if (next === undefined || next.length === 0) throw new InflateInputEnded();
      input = next;
      ip = 0;
    }
    hold |= input[ip++] << bits;
    bits += 8;
  }
  function* need(n: number): Generator<InflateStep, number, Buffer | undefined> {
    while (bits < n) yield* pull();
    const value = hold & ((1 << n) - 1);
    hold >>>= n;
    bits -= n;
    return value;
  }
  /** A symbol, or -1 for a code the set does not have. */
  function* decode(h: Huffman): Generator<InflateStep, number, Buffer | undefined> {
    if (h.max === 0) {
      yield* need(1);
      return -1;
    }
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= h.max; len++) {
      if (bits === 0) yield* pull();
      code |= hold & 1;
      hold >>>= 1;
      bits--;
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    return -1;
  }
  function* room(): Generator<InflateStep, void, Buffer | undefined> {
    if (op < OUT_SIZE) return;
    yield { kind: 'output', data: Buffer.from(out.subarray(flushed, op)) };
    out.copyWithin(0, op - WINDOW, op);
    op = WINDOW;
    flushed = WINDOW;
  }
  function* fail(message: string, needsRoom = false): Generator<InflateStep, never, Buffer | undefined> {
    if (op > flushed) yield { kind: 'output', data: Buffer.from(out.subarray(flushed, op)) };
    flushed = op;
    throw new InflateDataError(message, needsRoom);
  }

  for (let last = 0; !last; ) {
    last = yield* need(1);
    const type = yield* need(2);
    if (type === 0) {
      hold = 0;
      bits = 0; // to the byte boundary
      const length = yield* need(16);
      const complement = yield* need(16);
      if (length !== (complement ^ 0xffff)) yield* fail('invalid stored block lengths');
      for (let left = length; left > 0; ) {
        if (ip === input.length) {
          yield* pull(); // for the next chunk; its first byte is put back
          ip--;
          hold = 0;
          bits = 0;
        }
        yield* room();
        const n = Math.min(left, input.length - ip, OUT_SIZE - op);
        input.copy(out, op, ip, ip + n);
        ip += n;
        op += n;
        total += n;
        left -= n;
      }
      continue;
    }
    let literals: Huffman;
    let distances: Huffman;
    if (type === 1) {
      literals = FIXED_LITERALS;
      distances = FIXED_DISTANCES;
    } else if (type === 2) {
      const nlen = (yield* need(5)) + 257;
      const ndist = (yield* need(5)) + 1;
      const ncode = (yield* need(4)) + 4;
      if (nlen > 286 || ndist > 30) yield* fail('too many length or distance symbols');
      const codeLengths = new Uint8Array(19);
      for (let i = 0; i < ncode; i++) codeLengths[CODE_LENGTH_ORDER[i]] = yield* need(3);
      const codes = build(codeLengths, 0, 19, true);
      if (!codes) yield* fail('invalid code lengths set');
      lengths.fill(0);
      for (let have = 0; have < nlen + ndist; ) {
        // With no code-length codes at all, zlib's table reads each 1-bit code as length 0.
        const symbol = Math.max(0, yield* decode(codes!));
        if (symbol < 16) {
          lengths[have++] = symbol;
          continue;
        }
        let repeat = 0;
        let copy: number;
        if (symbol === 16) {
          copy = 3 + (yield* need(2));
          if (have === 0) yield* fail('invalid bit length repeat');
          repeat = lengths[have - 1];
        } else if (symbol === 17) copy = 3 + (yield* need(3));
        else copy = 11 + (yield* need(7));
        if (have + copy > nlen + ndist) yield* fail('invalid bit length repeat');
        lengths.fill(repeat, have, have + copy);
        have += copy;
      }
      if (lengths[256] === 0) yield* fail('invalid code -- missing end-of-block');
      const lit = build(lengths, 0, nlen, false);
      if (!lit) yield* fail('invalid literal/lengths set');
      const dist = build(lengths, nlen, ndist, false);
      if (!dist) yield* fail('invalid distances set');
      literals = lit!;
      distances = dist!;
    } else {
      yield* fail('invalid block type');
      break;
    }
    for (;;) {
      const symbol = yield* decode(literals);
      if (symbol >= 0 && symbol < 256) {
        yield* room();
        out[op++] = symbol;
        total++;
        continue;
      }
      if (symbol === 256) break;
      if (symbol < 0 || symbol > 285) yield* fail('invalid literal/length code');
      const lengthIndex = symbol - 257;
      const length = LENGTH_BASE[lengthIndex] + (yield* need(LENGTH_EXTRA[lengthIndex]));
      const distSymbol = yield* decode(distances);
      if (distSymbol < 0 || distSymbol > 29) yield* fail('invalid distance code');
      const distance = DIST_BASE[distSymbol] + (yield* need(DIST_EXTRA[distSymbol]));
      if (distance > total) yield* fail('invalid distance too far back', true);
      for (let left = length; left > 0; ) {
        yield* room();
        const n = Math.min(left, OUT_SIZE - op);
        for (let i = 0; i < n; i++, op++) out[op] = out[op - distance];
        total += n;
        left -= n;
      }
    }
  }
  if (op > flushed) yield { kind: 'output', data: Buffer.from(out.subarray(flushed, op)) };
  return { unused: input.length - ip };
}
