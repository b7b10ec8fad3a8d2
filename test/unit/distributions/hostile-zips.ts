/**
 * Zips that parse differently by central directory and by local headers, the
 * kinds warehouse's validate_zipfile refuses: a good archive taken apart into
 * its records and put back together wrongly, with every offset and count
 * fixed up so that a central-directory reader (yauzl, pip, zipfile) still
 * opens it without complaint.
 */

interface LocalRecord {
  /** The 30-byte fixed header (signature included). */
  fixed: Buffer;
  name: Buffer;
  extra: Buffer;
  data: Buffer;
}

interface CentralRecord {
  /** The 46-byte fixed header (signature included). */
  fixed: Buffer;
  name: Buffer;
  extra: Buffer;
  comment: Buffer;
  /** Index of the local record it points at. */
  local: number;
}

export interface ZipModel {
  prefix: Buffer;
  locals: LocalRecord[];
  centrals: CentralRecord[];
  archiveComment: Buffer;
  suffix: Buffer;
}

/** Takes apart a zip written without data descriptors or zip64 (yazl's addBuffer output). */
export function parseZip(zip: Buffer): ZipModel {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const locals: LocalRecord[] = [];
  const offsets: number[] = [];
  for (let p = 0; p < cdOffset;) {
    if (zip.readUInt32LE(p) !== 0x04034b50) throw new Error(`no local header at ${p}`);
    if (zip.readUInt16LE(p + 6) & 0x08) throw new Error('data descriptors are not supported here');
    const nameLength = zip.readUInt16LE(p + 26);
    const extraLength = zip.readUInt16LE(p + 28);
    const size = zip.readUInt32LE(p + 18);
    const start = p + 30 + nameLength + extraLength;
    offsets.push(p);
    locals.push({
      fixed: Buffer.from(zip.subarray(p, p + 30)),
      name: Buffer.from(zip.subarray(p + 30, p + 30 + nameLength)),
      extra: Buffer.from(zip.subarray(p + 30 + nameLength, start)),
      data: Buffer.from(zip.subarray(start, start + size)),
    });
    p = start + size;
  }
  const centrals: CentralRecord[] = [];
  for (let p = cdOffset; p < cdOffset + cdSize;) {
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const end = p + 46 + nameLength + extraLength + commentLength;
    centrals.push({
      fixed: Buffer.from(zip.subarray(p, p + 46)),
      name: Buffer.from(zip.subarray(p + 46, p + 46 + nameLength)),
      extra: Buffer.from(zip.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength)),
      comment: Buffer.from(zip.subarray(p + 46 + nameLength + extraLength, end)),
      local: offsets.indexOf(zip.readUInt32LE(p + 42)),
    });
    p = end;
  }
  const commentLength = zip.readUInt16LE(eocd + 20);
  return { prefix: Buffer.alloc(0), locals, centrals, archiveComment: Buffer.from(zip.subarray(eocd + 22, eocd + 22 + commentLength)), suffix: Buffer.alloc(0) };
}

/** Puts a model back together, every length, offset and count consistent with it. */
export function writeZip(model: ZipModel): Buffer {
  const parts: Buffer[] = [model.prefix];
  let offset = model.prefix.length;
  const localOffsets: number[] = [];
  for (const local of model.locals) {
    localOffsets.push(offset);
    const fixed = Buffer.from(local.fixed);
    fixed.writeUInt16LE(local.name.length, 26);
    fixed.writeUInt16LE(local.extra.length, 28);
    parts.push(fixed, local.name, local.extra, local.data);
    offset += 30 + local.name.length + local.extra.length + local.data.length;
  }
  const cdOffset = offset;
  for (const central of model.centrals) {
    const fixed = Buffer.from(central.fixed);
    fixed.writeUInt16LE(central.name.length, 28);
    fixed.writeUInt16LE(central.extra.length, 30);
    fixed.writeUInt16LE(central.comment.length, 32);
    fixed.writeUInt32LE(localOffsets[central.local], 42);
    parts.push(fixed, central.name, central.extra, central.comment);
    offset += 46 + central.name.length + central.extra.length + central.comment.length;
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(model.centrals.length, 8);
  eocd.writeUInt16LE(model.centrals.length, 10);
  eocd.writeUInt32LE(offset - cdOffset, 12);
  eocd.writeUInt32LE(cdOffset, 16);
  eocd.writeUInt16LE(model.archiveComment.length, 20);
  parts.push(eocd, model.archiveComment, model.suffix);
  return Buffer.concat(parts);
}

const byName = (model: ZipModel, suffix: string): number => {
  const i = model.centrals.findIndex((c) => c.name.toString().endsWith(suffix));
  if (i === -1) throw new Error(`no member ending in ${suffix}`);
  return i;
};

/** The five kinds PyPI refuses (and the text validate_zipfile gives each). */
export const HOSTILE: { kind: string; reason: string; make: (zip: Buffer) => Buffer }[] = [
  {
    kind: 'data before the first local header',
    reason: 'Unknown record signature',
    make: (zip) => writeZip({ ...parseZip(zip), prefix: Buffer.from('#!/bin/sh\necho this file is also a shell script\nexit 0\n') }),
  },
  {
    kind: 'a local-header name that differs from the central directory\'s',
    reason: 'Filename not in central directory',
    make: (zip) => {
      const model = parseZip(zip);
      const local = model.locals[model.centrals[byName(model, '__init__.py')].local];
      local.name = Buffer.from(local.name.toString().replace('__init__', '__evil__'));
      return writeZip(model);
    },
  },
  {
    kind: 'two central-directory entries on one local header',
    reason: 'Missing filename in local headers',
    make: (zip) => {
      const model = parseZip(zip);
      const original = model.centrals[byName(model, '__init__.py')];
      model.centrals.push({ ...original, name: Buffer.from(original.name.toString().replace('__init__', 'shadowed')) });
      return writeZip(model);
    },
  },
  {
    kind: 'a data descriptor',
    reason: 'ZIP contains a data descriptor',
    make: (zip) => {
      const model = parseZip(zip);
      const i = byName(model, '__init__.py');
      const local = model.locals[model.centrals[i].local];
      local.fixed.writeUInt16LE(local.fixed.readUInt16LE(6) | 0x08, 6);
      model.centrals[i].fixed.writeUInt16LE(model.centrals[i].fixed.readUInt16LE(8) | 0x08, 8);
      return writeZip(model);
    },
  },
  {
    kind: 'a central-directory comment',
    reason: 'Comment in central directory',
    make: (zip) => {
      const model = parseZip(zip);
      model.centrals[byName(model, '__init__.py')].comment = Buffer.from('hidden');
      return writeZip(model);
    },
  },
  {
    kind: 'a second archive appended',
    reason: 'Trailing data',
    make: (zip) => writeZip({ ...parseZip(zip), suffix: Buffer.from(zip) }),
  },
];
