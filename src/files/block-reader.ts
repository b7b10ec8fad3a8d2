/**
 * Positional reads of a file for parsers that read many small records (zip
 * headers): each read is served from one block read ahead from the file, so a
 * zip of 200,000 members costs a few thousand reads of the file instead of
 * several hundred thousand round trips through the thread pool. Reads larger
 * than a block go to the file directly.
 */
import { open, type FileHandle } from 'node:fs/promises';

export const BLOCK_SIZE = 64 * 1024;

export class BlockReader {
  private block: Buffer = Buffer.alloc(0);
  private blockStart = 0;
  private closed = false;
  /** Reads of the file so far (for tests and diagnostics). */
  fileReads = 0;

  private constructor(private readonly handle: FileHandle, readonly size: number, private readonly blockSize: number) {}

  static async open(path: string, blockSize = BLOCK_SIZE): Promise<BlockReader> {
    const handle = await open(path, 'r');
    try {
      return new BlockReader(handle, (await handle.stat()).size, blockSize);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Up to `length` bytes at `position`: fewer only where the file ends (or shrank since it was opened). */
  async read(position: number, length: number): Promise<Buffer> {
    if (this.closed) throw new Error('read after close');
    const end = Math.min(position + length, this.size);
    if (end <= position) return Buffer.alloc(0);
    if (position >= this.blockStart && end <= this.blockStart + this.block.length) {
      return this.block.subarray(position - this.blockStart, end - this.blockStart);
    }
    const want = end - position;
    if (want > this.blockSize) return this.fill(Buffer.allocUnsafe(want), position);
    // Read ahead: records are parsed front to back, so the next ones are usually in this block.
    // A fresh block each time, so a view handed out earlier never changes under its holder.
    this.block = await this.fill(Buffer.allocUnsafe(Math.min(this.blockSize, this.size - position)), position);
    this.blockStart = position;
    return this.block.subarray(0, Math.min(want, this.block.length));
  }

  /** `buffer` filled from `position`, or as much of it as the file still has. */
  private async fill(buffer: Buffer, position: number): Promise<Buffer> {
    let filled = 0;
    while (filled < buffer.length) {
      this.fileReads++;
      const { bytesRead } = await this.handle.read(buffer, filled, buffer.length - filled, position + filled);
      if (bytesRead === 0) break; // the file shrank since it was opened
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
  }
}
