/** Builds small, valid pure-Python wheels for the python tests (RECORD with sha256 rows). */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import yazl from 'yazl';

export interface WheelSpec {
  /** Distribution name as a user writes it, e.g. 'demo-pkg'. */
  name: string;
  version: string;
  /** Import package name; default: the name with '-' → '_'. */
  importName?: string;
  /** Extra lines in <pkg>/__init__.py after __version__. */
  init?: string;
  requires?: string[];
  /** Write top_level.txt (default true); hatchling-style wheels have none. */
  topLevel?: boolean;
  /** Python tag of the filename, default 'py2.py3'. */
  pythonTag?: string;
}

function b64urlSha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Writes the wheel into `dir` and returns its path. */
export async function buildWheel(dir: string, spec: WheelSpec): Promise<string> {
  const escaped = spec.name.replace(/[-_.]+/g, '_').toLowerCase();
  const pkg = spec.importName ?? escaped;
  const pythonTag = spec.pythonTag ?? 'py2.py3';
  const distInfo = `${escaped}-${spec.version}.dist-info`;
  const files: [string, Buffer][] = [];
  const add = (path: string, text: string): void => { files.push([path, Buffer.from(text, 'utf8')]); };
  add(`${pkg}/__init__.py`, `__version__ = '${spec.version}'\n${spec.init ?? ''}\n`);
  add(`${distInfo}/METADATA`, [
    'Metadata-Version: 2.1',
    `Name: ${spec.name}`,
    `Version: ${spec.version}`,
    ...(spec.requires ?? []).map((r) => `Requires-Dist: ${r}`),
    '',
    '',
  ].join('\n'));
  add(`${distInfo}/WHEEL`, [
    'Wheel-Version: 1.0',
    'Generator: pyrelease-test',
    'Root-Is-Purelib: true',
    ...pythonTag.split('.').map((py) => `Tag: ${py}-none-any`),
    '',
  ].join('\n'));
  if (spec.topLevel !== false) add(`${distInfo}/top_level.txt`, `${pkg}\n`);
  const record = files.map(([path, data]) => `${path},sha256=${b64urlSha256(data)},${data.length}`);
  record.push(`${distInfo}/RECORD,,`);
  add(`${distInfo}/RECORD`, `${record.join('\n')}\n`);

  const file = join(dir, `${escaped}-${spec.version}-${pythonTag}-none-any.whl`);
  const zip = new yazl.ZipFile();
  for (const [path, data] of files) zip.addBuffer(data, path, { mtime: new Date(2020, 0, 1) });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    zip.outputStream.pipe(out).on('close', () => resolve()).on('error', reject);
  });
  return file;
}
