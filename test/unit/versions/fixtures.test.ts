import { afterAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../../src/errors.js';
import { localFileAccess, planBump, type BumpRequest } from '../../../src/versions/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/versions');

async function walk(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(root, full)));
    else out.push(relative(root, full).split('\\').join('/'));
  }
  return out.sort();
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

/**
 * Each layout: the request, what the bump must report, and which files change.
 * The golden `after/` trees were written independently of this code (by
 * substituting the version text), so every other byte is held to the original.
 */
const layouts: { layout: string; req: BumpRequest; previous: string; next: string; changes: [string, string, string][] }[] = [
  {
    layout: 'ray-like',
    req: { bump: 'minor' },
    previous: '2.9.0',
    next: '2.10.0',
    changes: [
      ['python/setup.py', 'python/setup.py version=', '2.9.0'],
      ['python/ray/__init__.py', 'python/ray/__init__.py __version__', '2.9.0'],
    ],
  },
  {
    layout: 'poetry',
    req: { bump: 'patch' },
    previous: '0.3.1',
    next: '0.3.2',
    changes: [
      ['pyproject.toml', 'pyproject.toml [tool.poetry].version', '0.3.1'],
      ['src/poetry_demo/__init__.py', 'src/poetry_demo/__init__.py __version__', '0.3.1'],
    ],
  },
  {
    layout: 'pep621-dynamic',
    req: { bump: 'rc' },
    previous: '1.0.0rc1',
    next: '1.0.0rc2',
    changes: [
      [
        'src/acme_widgets/__about__.py',
        'src/acme_widgets/__about__.py __version__ (pyproject.toml [tool.setuptools.dynamic] version attr: acme_widgets.__about__.__version__)',
        '1.0.0rc1',
      ],
    ],
  },
  {
    layout: 'setup-cfg',
    req: { bump: 'dev' },
    previous: '2.0.0.dev3',
    next: '2.0.0.dev4',
    changes: [['setup.cfg', 'setup.cfg [metadata] version', '2.0.0.dev3']],
  },
  {
    layout: 'crlf-single-quotes',
    req: { bump: 'alpha' },
    previous: '0.8.0',
    next: '0.8.1a0',
    changes: [
      ['setup.py', 'setup.py version=', '0.8.0'],
      ['VERSION', 'VERSION', 'v0.8.0'],
      ['crlf_demo/__init__.py', 'crlf_demo/__init__.py __version__', '0.8.0'],
    ],
  },
];

describe('planBump on fixture layouts', () => {
  it.each(layouts)('$layout: $req.bump rewrites exactly the golden bytes', async ({ layout, req, previous, next, changes }) => {
    const before = join(FIXTURES, layout, 'before');
    const after = join(FIXTURES, layout, 'after');
    const plan = await planBump(localFileAccess(before), req);

    expect(plan.previous).toBe(previous);
    expect(plan.next).toBe(next);
    expect(plan.changes.map((c) => [c.path, c.describe, c.from])).toEqual(changes);

    for (const change of plan.changes) {
      expect(Buffer.from(change.before, 'utf8').equals(await readFile(join(before, change.path)))).toBe(true);
      const golden = await readFile(join(after, change.path));
      const written = Buffer.from(change.after, 'utf8');
      if (!written.equals(golden)) {
        // Show the difference readably before failing.
        expect(JSON.stringify(change.after)).toBe(JSON.stringify(golden.toString('utf8')));
      }
      expect(written.equals(golden)).toBe(true);
    }

    // Applied to a copy, the whole tree must equal the golden tree, byte for byte.
    const work = await mkdtemp(join(tmpdir(), `versions-${layout}-`));
    temps.push(work);
    await cp(before, work, { recursive: true });
    for (const change of plan.changes) await writeFile(join(work, change.path), Buffer.from(change.after, 'utf8'));
    const files = await walk(after);
    expect(await walk(work)).toEqual(files);
    for (const file of files) {
      const [mine, theirs] = await Promise.all([readFile(join(work, file)), readFile(join(after, file))]);
      expect([file, mine.equals(theirs)]).toEqual([file, true]);
    }
  });

  it('the CRLF fixture really has CRLF, a BOM and single quotes (the test above would prove little otherwise)', async () => {
    const bytes = await readFile(join(FIXTURES, 'crlf-single-quotes/before/crlf_demo/__init__.py'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('latin1')).toContain("__version__ = '0.8.0'  # keep in sync with setup.py\r\n");
    const setup = await readFile(join(FIXTURES, 'crlf-single-quotes/before/setup.py'), 'latin1');
    expect(setup.split('\r\n')).toHaveLength(8);
    expect(setup.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('an explicit version is written the same way', async () => {
    const plan = await planBump(localFileAccess(join(FIXTURES, 'ray-like/before')), { version: 'v3.0.0-RC1' });
    expect(plan.next).toBe('3.0.0rc1');
    expect(plan.changes.map((c) => c.to)).toEqual(['3.0.0rc1', '3.0.0rc1']);
    expect(plan.changes[1]!.after).toContain('__commit__ = "{{RAY_COMMIT_SHA}}"\n__version__ = "3.0.0rc1"\n');
  });

  it('the files input narrows what is rewritten', async () => {
    const plan = await planBump(localFileAccess(join(FIXTURES, 'ray-like/before')), {
      bump: 'patch',
      files: 'python/ray/__init__.py',
    });
    expect(plan.changes.map((c) => [c.path, c.from, c.to])).toEqual([['python/ray/__init__.py', '2.9.0', '2.9.1']]);
  });

  it('disagreeing files give one error listing each file and its value', async () => {
    const access = localFileAccess(join(FIXTURES, 'disagree/before'));
    const attempt = planBump(access, { bump: 'patch' });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(
      [
        'The version files disagree:',
        '  pyproject.toml [project].version  1.2.0',
        '  VERSION                           1.2.0',
        '  split/__init__.py __version__     1.1.0',
        'Make them hold the same version before bumping, or choose which files to bump. List the files that hold ' +
          'the release version in the files input: one per line, as path, path:regex-with-one-group or path:toml.dotted.key.',
      ].join('\n'),
    );
  });
});
