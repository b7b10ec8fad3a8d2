import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import {
  checkAgreement,
  locateVersions,
  memoryFileAccess,
  type VersionLocation,
} from '../../../src/versions/index.js';

async function locate(files: Record<string, string>, spec?: string): Promise<VersionLocation[]> {
  const locs = await locateVersions(memoryFileAccess(files), spec);
  for (const loc of locs) {
    // The offsets always point at exactly the value, in the file named.
    expect(files[loc.path]!.slice(loc.start, loc.end)).toBe(loc.value);
  }
  return locs;
}

/** path | kind | value | describe, one per location, for compact expectations. */
function summary(locs: VersionLocation[]): string[] {
  return locs.map((l) => `${l.path} | ${l.kind} | ${l.value} | ${l.describe}`);
}

async function failure(files: Record<string, string>, spec?: string): Promise<string> {
  try {
    checkAgreement(await locateVersions(memoryFileAccess(files), spec));
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('locateVersions: pyproject.toml', () => {
  it('finds [project].version', async () => {
    const locs = await locate({ 'pyproject.toml': '[project]\nname = "x"\nversion = "1.2.3"\n' });
    expect(summary(locs)).toEqual(['pyproject.toml | pyproject-project | 1.2.3 | pyproject.toml [project].version']);
  });

  it('finds [tool.poetry].version and not other "version" keys', async () => {
    const text = [
      '# version = "0.0.0" in a comment',
      '[tool.poetry]',
      'name = "x"',
      'description = """',
      'version = "9.9.9" inside a multi-line string',
      '"""',
      "version = '0.4.0'",
      '[tool.poetry.dependencies]',
      'requests = { version = "^2.31", optional = true }',
      'python = "^3.9"',
      '[[tool.poetry.source]]',
      'version = "5.5.5"',
      '',
    ].join('\n');
    const locs = await locate({ 'pyproject.toml': text });
    expect(summary(locs)).toEqual(['pyproject.toml | pyproject-poetry | 0.4.0 | pyproject.toml [tool.poetry].version']);
  });

  it('finds both [project] and [tool.poetry] versions (Poetry 2) so they must agree', async () => {
    const text = '[project]\nversion = "2.0.0"\n\n[tool.poetry]\nversion = "1.9.0"\n';
    const message = await failure({ 'pyproject.toml': text });
    expect(message).toContain('pyproject.toml [project].version      2.0.0');
    expect(message).toContain('pyproject.toml [tool.poetry].version  1.9.0');
  });

  it('finds the version in dotted keys, inline tables and CRLF files', async () => {
    expect(summary(await locate({ 'pyproject.toml': 'project.name = "x"\nproject.version = "1.0"\n' }))).toEqual([
      'pyproject.toml | pyproject-project | 1.0 | pyproject.toml [project].version',
    ]);
    expect(summary(await locate({ 'pyproject.toml': 'project = { name = "x", version = "1.1" }\n' }))).toEqual([
      'pyproject.toml | pyproject-project | 1.1 | pyproject.toml [project].version',
    ]);
    const crlf = '\uFEFF[project]\r\nname = "x"  # name\r\n"version" = "1.2"   \r\n';
    expect(summary(await locate({ 'pyproject.toml': crlf }))).toEqual([
      'pyproject.toml | pyproject-project | 1.2 | pyproject.toml [project].version',
    ]);
    const arrays = '[project]\nclassifiers = [\n  "A", # version = "0"\n  "B",\n]\nurls = { Home = "https://x" }\nversion = "1.3"\n';
    expect(summary(await locate({ 'pyproject.toml': arrays }))[0]).toContain('| 1.3 |');
  });

  it('refuses a version it cannot rewrite in place', async () => {
    const files = { 'pyproject.toml': '[project]\nversion = "1.0\\u0030"\n' };
    await expect(locateVersions(memoryFileAccess(files))).rejects.toThrow(
      /pyproject.toml \[project\].version is "1.00", but it is written in a way bump-version cannot rewrite in place/,
    );
  });

  it('explains a [project].version that is not a string, and an empty setup.cfg version', async () => {
    expect(await failure({ 'pyproject.toml': '[project]\nversion = 1.0\n' })).toContain('pyproject.toml: [project].version is not a string (1)');
    expect(await failure({ 'setup.cfg': '[metadata]\nversion =\n' })).toContain('setup.cfg: [metadata] version is empty');
    expect(await failure({ 'setup.cfg': '[metadata]\nversion =\n    1.0\n' })).toContain('setup.cfg: [metadata] version spans several lines');
  });

  it('reports invalid TOML as such', async () => {
    await expect(locateVersions(memoryFileAccess({ 'pyproject.toml': '[project\nversion = 1' }))).rejects.toThrow(
      /pyproject.toml is not valid TOML/,
    );
  });

  it('follows a dynamic version to [tool.setuptools.dynamic] attr, through a re-export', async () => {
    const locs = await locate({
      'pyproject.toml':
        '[project]\nname = "w"\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "w.__version__"}\n' +
        '[tool.setuptools.package-dir]\n"" = "src"\n',
      'src/w/__init__.py': 'from ._meta import __version__\n',
      'src/w/_meta.py': '__version__ = "3.1.4"\n',
    });
    expect(summary(locs)).toEqual([
      'src/w/_meta.py | python-variable | 3.1.4 | src/w/_meta.py __version__ (pyproject.toml [tool.setuptools.dynamic] version attr: w.__version__)',
    ]);
  });

  it('follows re-exports under another name and in parenthesised imports (the newer Ray layout)', async () => {
    const renamed = await locate({
      'python/setup.cfg': '[metadata]\nversion = attr: ray.__version__\n',
      'python/ray/__init__.py': 'import os\nfrom ray._version import version as __version__  # noqa\n',
      'python/ray/_version.py': 'commit = "{{RAY_COMMIT_SHA}}"\nversion = "3.0.0.dev0"\n',
    });
    expect(summary(renamed)).toEqual([
      'python/ray/_version.py | python-variable | 3.0.0.dev0 | python/ray/_version.py version (python/setup.cfg [metadata] version attr: ray.__version__)',
    ]);
    const parenthesised = await locate({
      'setup.cfg': '[metadata]\nversion = attr: pkg.__version__\n',
      'pkg/__init__.py': 'from .meta import (\n    __author__,\n    __version__,\n)\n',
      'pkg/meta.py': '__author__ = "me"\n__version__ = "0.2"\n',
    });
    expect(summary(parenthesised)[0]).toMatch(/^pkg\/meta.py \| python-variable \| 0.2 \|/);
  });

  it('follows [tool.setuptools.dynamic] file and an attr naming a module', async () => {
    const byFile = await locate({
      'pyproject.toml': '[project]\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {file = ["RELEASE"]}\n',
      RELEASE: '4.0.0\n',
    });
    expect(summary(byFile)).toEqual([
      'RELEASE | plain-file | 4.0.0 | RELEASE (pyproject.toml [tool.setuptools.dynamic] version file)',
    ]);
    const byModule = await locate({
      'pyproject.toml': '[project]\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "pkg.about.VERSION"}\n',
      'pkg/__init__.py': '',
      'pkg/about.py': 'VERSION = "0.0.9"\n',
    });
    expect(summary(byModule)[0]).toMatch(/^pkg\/about.py \| python-variable \| 0.0.9 \| pkg\/about.py VERSION/);
  });

  it('follows hatch [tool.hatch.version] path and pattern', async () => {
    const byPath = await locate({
      'pyproject.toml': '[project]\ndynamic = ["version"]\n[tool.hatch.version]\npath = "src/h/__about__.py"\n',
      'src/h/__about__.py': '# SPDX\n__version__ = "0.5.0"\n',
    });
    expect(summary(byPath)).toEqual([
      'src/h/__about__.py | python-variable | 0.5.0 | src/h/__about__.py __version__ (pyproject.toml [tool.hatch.version] path)',
    ]);
    const byPattern = await locate({
      'pyproject.toml':
        '[project]\ndynamic = ["version"]\n[tool.hatch.version]\npath = "h/v.py"\npattern = "(?i)^RELEASE = [\'\\"](?P<version>[^\'\\"]+)"\n',
      'h/v.py': 'x = 1\nrelease = "0.6.0"\n',
    });
    expect(summary(byPattern)).toEqual([
      'h/v.py | python-variable | 0.6.0 | h/v.py (pyproject.toml [tool.hatch.version] pattern)',
    ]);
  });

  it('explains a version that comes from git tags', async () => {
    const message = await failure({
      'pyproject.toml':
        '[build-system]\nrequires = ["hatchling", "hatch-vcs"]\n[project]\ndynamic = ["version"]\n[tool.hatch.version]\nsource = "vcs"\n',
    });
    expect(message).toMatch(/^No version found\. Searched:/);
    expect(message).toContain('pyproject.toml: hatch takes the version from its "vcs" source (git tags); there is no version file to rewrite');
    expect(message).toContain('List the files that hold the release version in the files input');
    const scm = await failure({
      'pyproject.toml': '[build-system]\nrequires = ["setuptools>=64", "setuptools_scm>=8"]\n[project]\ndynamic = ["version"]\n[tool.setuptools_scm]\n',
    });
    expect(scm).toContain('the version comes from git tags (setuptools-scm or similar)');
  });

  it('skips the placeholder of poetry-dynamic-versioning', async () => {
    const message = await failure({
      'pyproject.toml': '[tool.poetry]\nversion = "0.0.0"\n[tool.poetry-dynamic-versioning]\nenable = true\n',
    });
    expect(message).toContain('[tool.poetry].version is a placeholder');
  });
});

describe('locateVersions: setup.cfg, setup.py, plain files', () => {
  it('finds a literal [metadata] version in setup.cfg', async () => {
    const locs = await locate({ 'setup.cfg': '[flake8]\nversion = 9\n\n[metadata]\nname = a\nVersion :  1.5.0   \n' });
    expect(summary(locs)).toEqual(['setup.cfg | setup-cfg | 1.5.0 | setup.cfg [metadata] version']);
  });

  it('follows setup.cfg attr: (with package_dir) and file:', async () => {
    const byAttr = await locate({
      'setup.cfg': '[metadata]\nversion = attr: pkg.__version__\n[options]\npackage_dir =\n    =lib\n',
      'lib/pkg/__init__.py': '__version__ = "2.2.2"\n',
    });
    expect(summary(byAttr)).toEqual([
      'lib/pkg/__init__.py | python-variable | 2.2.2 | lib/pkg/__init__.py __version__ (setup.cfg [metadata] version attr: pkg.__version__)',
    ]);
    const byFile = await locate({ 'setup.cfg': '[metadata]\nversion = file: VERSION.txt\n', 'VERSION.txt': '2.3.0' });
    expect(summary(byFile)).toEqual(['VERSION.txt | plain-file | 2.3.0 | VERSION.txt (setup.cfg [metadata] version file:)']);
  });

  it('finds only literal versions in setup.py', async () => {
    const text = [
      '"""Example: setup(version="0.0.1")."""',
      'import sys',
      '# version="0.0.2"',
      'if sys.version_info < (3, 8): raise SystemExit',
      'setup(',
      "    name='p',",
      "    version = '1.4.0',",
      '    python_version="3.8",',
      '    install_requires=["x>=1.0"],',
      ')',
      '',
    ].join('\n');
    expect(summary(await locate({ 'setup.py': text }))).toEqual(["setup.py | setup-py | 1.4.0 | setup.py version="]);
    const computed = await failure({ 'setup.py': 'setup(version=find_version("pkg", "__init__.py"))\n' });
    expect(computed).toContain('setup.py: no literal version="..." (a computed version is not followed)');
  });

  it('reads VERSION and version.txt when they hold just a version', async () => {
    expect(summary(await locate({ VERSION: '  1.0.0\n\n' }))).toEqual(['VERSION | plain-file | 1.0.0 | VERSION']);
    expect(summary(await locate({ 'version.txt': 'v3' }))).toEqual(['version.txt | plain-file | v3 | version.txt']);
    const notJustAVersion = await failure({ VERSION: 'major=1\nminor=2\n' });
    expect(notJustAVersion).toContain('VERSION: does not hold just a version; skipped');
  });
});

describe('locateVersions: packages', () => {
  it('finds __version__ in __init__.py, _version.py and version.py at the top level, under src/ and python/', async () => {
    const locs = await locate({
      'a/__init__.py': '__version__ = "1.0"\n',
      'src/b/__init__.py': '',
      'src/b/_version.py': 'version = "1.0"\n',
      'python/c/__init__.py': '__version__: str = u"1.0"  # pinned\n',
      'python/c/version.py': 'VERSION = "1.0"\n',
    });
    expect(summary(locs)).toEqual([
      'a/__init__.py | python-variable | 1.0 | a/__init__.py __version__',
      'src/b/_version.py | python-variable | 1.0 | src/b/_version.py version',
      'python/c/__init__.py | python-variable | 1.0 | python/c/__init__.py __version__',
      'python/c/version.py | python-variable | 1.0 | python/c/version.py VERSION',
    ]);
  });

  it('skips tests, docs, examples, virtual environments, hidden and non-package directories', async () => {
    const locs = await locate({
      'pkg/__init__.py': '__version__ = "1.0.0"\n',
      'tests/__init__.py': '__version__ = "0.0.1"\n',
      'docs/__init__.py': '__version__ = "0.0.2"\n',
      'examples/__init__.py': '__version__ = "0.0.3"\n',
      'venv/__init__.py': '__version__ = "0.0.4"\n',
      '.hidden/__init__.py': '__version__ = "0.0.5"\n',
      'envs/__init__.py': '__version__ = "0.0.6"\n',
      'envs/pyvenv.cfg': 'home = /usr/bin\n',
      'scripts/helper.py': '__version__ = "0.0.7"\n',
      'src/tests/__init__.py': '__version__ = "0.0.8"\n',
      'pkg/sub/__init__.py': '__version__ = "0.0.9"\n',
    });
    expect(summary(locs)).toEqual(['pkg/__init__.py | python-variable | 1.0.0 | pkg/__init__.py __version__']);
  });

  it('ignores indented fallbacks, non-literals, docstrings and generated files', async () => {
    const locs = await locate({
      'pkg/__init__.py': [
        '"""Usage:',
        '__version__ = "0.0.1"',
        '"""',
        'try:',
        '    from importlib.metadata import version',
        '    __version__ = version("pkg")',
        'except Exception:',
        '    __version__ = "0.0.0"',
        '',
      ].join('\n'),
      'pkg/_version.py': '# file generated by setuptools-scm\n# don\'t change, don\'t track in version control\n__version__ = version = "1.0.dev4+g1234"\nversion = "1.0.dev4+g1234"\n',
      'other/__init__.py': '__version__ = get_version()\n__version__ = "1.0" + SUFFIX\n',
    });
    expect(locs).toEqual([]);
  });

  it('reports each location once even when found twice', async () => {
    const locs = await locate({
      'pyproject.toml': '[project]\ndynamic = ["version"]\n[tool.setuptools.dynamic]\nversion = {attr = "pkg.__version__"}\n',
      'pkg/__init__.py': '__version__ = "5.0"\n',
    });
    expect(locs).toHaveLength(1);
    expect(locs[0]!.describe).toBe('pkg/__init__.py __version__ (pyproject.toml [tool.setuptools.dynamic] version attr: pkg.__version__)');
  });
});

describe('locateVersions: the files input', () => {
  const repo = {
    'pyproject.toml': '[project]\nname = "x"\nversion = "1.0.0"\n',
    'Cargo.toml': '[package]\nname = "x-native"\nversion = "1.0.0"\n[dependencies]\nserde = { version = "1.0" }\n',
    'src/x/__init__.py': '__version__ = "1.0.0"\nVERSION = "1.0.0"\n',
    'README.md': 'Install x-1.0.0 with `pip install x==1.0.0`.\n',
    'CHANGES': '1.0.0\n',
    'chart/Chart.yaml': 'appVersion: "1.0.0"\nversion: 0.1.0\n',
  };

  it('reads only the files listed, in each form', async () => {
    const spec = [
      '# the release version lives here:',
      'pyproject.toml',
      '',
      '  Cargo.toml:package.version  ',
      'src/x/__init__.py:VERSION',
      'README.md:x==(\\S+)`',
      'chart/Chart.yaml:^appVersion: "([^"]+)"',
      './CHANGES',
    ].join('\n');
    expect(summary(await locate(repo, spec))).toEqual([
      'pyproject.toml | pyproject-project | 1.0.0 | pyproject.toml [project].version',
      'Cargo.toml | toml-key | 1.0.0 | Cargo.toml package.version',
      'src/x/__init__.py | python-variable | 1.0.0 | src/x/__init__.py VERSION',
      'README.md | regex | 1.0.0 | README.md /x==(\\S+)`/',
      'chart/Chart.yaml | regex | 1.0.0 | chart/Chart.yaml /^appVersion: "([^"]+)"/',
      'CHANGES | plain-file | 1.0.0 | CHANGES',
    ]);
  });

  it('takes every match of a pattern, and a whole .py file by name', async () => {
    expect(summary(await locate(repo, 'README.md:x[-=]+(\\d[\\w.]*)'))).toHaveLength(2);
    expect(summary(await locate(repo, 'src/x/__init__.py'))).toEqual([
      'src/x/__init__.py | python-variable | 1.0.0 | src/x/__init__.py __version__',
      'src/x/__init__.py | python-variable | 1.0.0 | src/x/__init__.py VERSION',
    ]);
    expect(summary(await locate(repo, 'Cargo.toml:"package".version'))[0]).toContain('Cargo.toml package.version');
  });

  it.each([
    ['missing.txt', /files: missing.txt does not exist \(from the line "missing.txt"\)/],
    ['../outside.txt', /must be a path inside the repository/],
    ['/etc/passwd', /must be a path inside the repository/],
    ['README.md:x==\\S+', /exactly one capturing group around the version, and "x==\\S\+" has 0/],
    ['README.md:(x)==(\\S+)', /has 2\. Use \(\?:\.\.\.\) for other groups/],
    ['README.md:x==(\\S+', /is not a valid regular expression/],
    ['README.md:nomatch-(\\d+)', /files: no version found by "README.md:nomatch-\(\\d\+\)"/],
    ['Cargo.toml', /say which key of Cargo.toml holds the version, as Cargo.toml:dotted.key/],
    ['Cargo.toml:package.edition', /Cargo.toml has no key package.edition/],
    ['Cargo.toml:dependencies.serde', /Cargo.toml dependencies.serde is not a string/],
    ['chart/Chart.yaml', /chart\/Chart.yaml holds more than a version/],
    ['src/x/__init__.py:__author__', /no version found by "src\/x\/__init__.py:__author__"/],
  ])('refuses %j clearly', async (spec, message) => {
    await expect(locateVersions(memoryFileAccess(repo), spec)).rejects.toThrow(message);
    await expect(locateVersions(memoryFileAccess(repo), spec)).rejects.toBeInstanceOf(UserError);
  });

  it('treats a blank files input as auto-detection', async () => {
    const locs = await locate(repo, '\n  \n# only a comment\n');
    // Auto-detection reads only __version__ in __init__.py, and never Cargo.toml, README.md or CHANGES.
    expect(summary(locs).map((s) => s.split(' | ')[0])).toEqual(['pyproject.toml', 'src/x/__init__.py']);
  });
});
