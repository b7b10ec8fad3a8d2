import { describe, expect, it } from '@jest/globals';
import {
  headerValue,
  headerValues,
  MetadataError,
  parseCoreMetadata,
  parseHeaderBlock,
  parseWheelFile,
} from '../../../src/distributions/metadata.js';
import { pythonWithPackaging, runPython } from './fixtures.js';

const python = pythonWithPackaging();
if (!python) console.warn('SKIPPED: differential metadata test because no python3 with the packaging library was found');
const withPython = python ? it : it.skip;

const SAMPLE = [
  'Metadata-Version: 2.1',
  'Name: Demo.Pkg',
  'Version: 1.0.0',
  'Summary: a',
  '  folded   line',
  'Classifier: Programming Language :: Python :: 3',
  'Classifier: License :: OSI Approved :: MIT License',
  'Requires-Dist: numpy>=1.20',
  'Requires-Dist: pyyaml ; extra == "yaml"',
  'Project-URL: Homepage, https://example.org',
  'Description-Content-Type: text/markdown',
  '',
  '# Demo',
  '',
  'Body text: with a colon.',
  '',
].join('\n');

describe('parseCoreMetadata', () => {
  it('keeps every header in order, multi-use fields repeated, and the body as description', () => {
    const meta = parseCoreMetadata(SAMPLE);
    expect(meta.metadataVersion).toBe('2.1');
    expect(meta.name).toBe('Demo.Pkg');
    expect(meta.version).toBe('1.0.0');
    expect(meta.headers.map(([k]) => k)).toEqual([
      'Metadata-Version', 'Name', 'Version', 'Summary', 'Classifier', 'Classifier', 'Requires-Dist', 'Requires-Dist', 'Project-URL', 'Description-Content-Type',
    ]);
    expect(headerValue(meta.headers, 'summary')).toBe('a\n  folded   line');
    expect(headerValues(meta.headers, 'CLASSIFIER')).toHaveLength(2);
    expect(headerValue(meta.headers, 'Requires-Dist')).toBe('numpy>=1.20');
    expect(meta.description).toBe('# Demo\n\nBody text: with a colon.\n');
  });

  it('reads CRLF files and a byte order mark', () => {
    const meta = parseCoreMetadata('\uFEFFMetadata-Version: 1.0\r\nName: x\r\nVersion: 2\r\n\r\nbody\r\n');
    expect(meta).toMatchObject({ metadataVersion: '1.0', name: 'x', version: '2', description: 'body\n' });
  });

  it('falls back to an old-style Description header and unfolds its "|" lines', () => {
    const meta = parseCoreMetadata('Metadata-Version: 1.1\nName: old\nVersion: 0.1\nDescription: first\n        |second\n        |\n        |third\nPlatform: UNKNOWN\n');
    expect(meta.description).toBe('first\nsecond\n\nthird');
    expect(headerValue(meta.headers, 'Platform')).toBe('UNKNOWN');
  });

  it('starts the body at the first line that is not a header, as Python\'s email parser does', () => {
    const block = parseHeaderBlock('Name: foo\nnot a header\nMore: z\n\nbody');
    expect(block.headers).toEqual([['Name', 'foo']]);
    expect(block.body).toBe('not a header\nMore: z\n\nbody');
    expect(parseHeaderBlock('Name: foo\n').body).toBeUndefined();
  });

  it.each(['Metadata-Version', 'Name', 'Version'])('throws a MetadataError without %s', (field) => {
    const text = SAMPLE.split('\n').filter((line) => !line.startsWith(`${field}:`)).join('\n');
    expect(() => parseCoreMetadata(text)).toThrow(MetadataError);
    expect(() => parseCoreMetadata(text)).toThrow(new RegExp(`no ${field} field`));
  });

  withPython('reads the same fields as packaging.metadata.parse_email', () => {
    const script = `
import json, sys
from packaging.metadata import parse_email
raw, _ = parse_email(json.load(sys.stdin))
print(json.dumps({"metadata_version": raw["metadata_version"], "name": raw["name"], "version": raw["version"],
  "summary": raw["summary"], "classifiers": raw["classifiers"], "requires_dist": raw["requires_dist"], "description": raw["description"]}))`;
    const expected = runPython(python!, script, SAMPLE) as Record<string, unknown>;
    const meta = parseCoreMetadata(SAMPLE);
    expect({
      metadata_version: meta.metadataVersion,
      name: meta.name,
      version: meta.version,
      summary: headerValue(meta.headers, 'Summary'),
      classifiers: headerValues(meta.headers, 'Classifier'),
      requires_dist: headerValues(meta.headers, 'Requires-Dist'),
      description: meta.description,
    }).toEqual(expected);
  });
});

describe('parseWheelFile', () => {
  it('collects repeated keys', () => {
    const wheel = parseWheelFile('Wheel-Version: 1.0\nGenerator: bdist_wheel (0.38.4)\nRoot-Is-Purelib: false\nTag: cp311-cp311-manylinux_2_17_x86_64\nTag: cp311-cp311-manylinux2014_x86_64\n\n');
    expect(wheel['Wheel-Version']).toEqual(['1.0']);
    expect(wheel.Tag).toEqual(['cp311-cp311-manylinux_2_17_x86_64', 'cp311-cp311-manylinux2014_x86_64']);
    expect(wheel.Build).toBeUndefined();
  });
});
