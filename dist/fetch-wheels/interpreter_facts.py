# pyrelease: interpreter facts
# What verify-install asks the base interpreter, in one start. Run with -S, after probe.py:
#   python -S -c <probe + this> ROOT SCHEME [tags|computed] [ensurepip]
# - pre_site: sys.path as `python -S` has it (a site-dir environment puts it back to this);
# - scheme: where an environment at ROOT keeps packages and scripts: SCHEME 'venv' (what
#   `python -m venv ROOT` makes) or 'prefix' (`pip install --prefix ROOT`); '-' for none;
# then, with site.main() run as at a normal start:
# - pip: the version and location (the directory holding the pip package) of the
#   interpreter's own pip, or null; ensurepip: its bundled wheels, when there is no pip or
#   when asked ('ensurepip');
# - tags: the compatible wheel tags, most preferred first, from the modules pip itself
#   decides with, else a standalone packaging, else computed here ('computed': only that).
# Python 2.6+ and 3.x: no f-strings, no print function.
import sys, os, json, platform

ROOT = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != '-' else None
SCHEME = sys.argv[2] if len(sys.argv) > 2 else '-'
WANT_TAGS = 'tags' in sys.argv[3:] or 'computed' in sys.argv[3:]
COMPUTED_ONLY = 'computed' in sys.argv[3:]
WANT_ENSUREPIP = 'ensurepip' in sys.argv[3:]
pre_site = [p for p in sys.path if p]


def unique_abspaths(dirs):
    out = []
    for d in dirs:
        d = os.path.abspath(d)
        if d not in out:
            out.append(d)
    return out


def venv_scheme(root):
    import sysconfig
    names = sysconfig.get_scheme_names()
    name = 'venv' if 'venv' in names else ('nt' if os.name == 'nt' else 'posix_prefix')
    values = {'base': root, 'platbase': root, 'installed_base': root, 'installed_platbase': root}
    paths = sysconfig.get_paths(name, vars=values)
    return {'dirs': unique_abspaths([paths['purelib'], paths['platlib']]), 'scripts': os.path.abspath(paths['scripts'])}


def prefix_scheme(root):
    # distutils' install scheme, which pip uses on Python 2 and older 3.x, and sysconfig's,
    # which newer pips use: every directory pip may install into for --prefix ROOT.
    dirs = []
    scripts = os.path.join(root, 'Scripts' if os.name == 'nt' else 'bin')
    try:
        import warnings
        warnings.simplefilter('ignore')
        from distutils.dist import Distribution
        from distutils.command.install import install
        cmd = install(Distribution())
        cmd.prefix = root
        cmd.finalize_options()
        dirs += [cmd.install_purelib, cmd.install_platlib]
        scripts = cmd.install_scripts
    except Exception:
        pass
    try:
        import sysconfig
        schemes = ['posix_prefix' if os.name != 'nt' else 'nt']
        if hasattr(sysconfig, 'get_default_scheme'):
            schemes.append(sysconfig.get_default_scheme())
        for scheme in schemes:
            if scheme in sysconfig.get_scheme_names():
                paths = sysconfig.get_paths(scheme, vars={'base': root, 'platbase': root})
                dirs += [paths['purelib'], paths['platlib']]
    except Exception:
        pass
    return {'dirs': unique_abspaths(dirs), 'scripts': os.path.abspath(scripts)}


scheme = None
if ROOT and SCHEME == 'venv':
    scheme = venv_scheme(ROOT)
elif ROOT and SCHEME == 'prefix':
    scheme = prefix_scheme(ROOT)

# From here on, the interpreter as it normally starts (Python 2's site.py runs main() when imported).
import site
if sys.version_info[0] >= 3:
    site.main()

pip_info = None
try:
    import pip
    pip_info = {'version': pip.__version__, 'location': os.path.dirname(os.path.dirname(os.path.abspath(pip.__file__)))}
except Exception:
    pass

ensurepip_wheels = []
if pip_info is None or WANT_ENSUREPIP:
    try:
        import ensurepip
        bundled = os.path.join(os.path.dirname(os.path.abspath(ensurepip.__file__)), '_bundled')
        ensurepip_wheels = sorted(os.path.join(bundled, n) for n in os.listdir(bundled) if n.endswith('.whl'))
    except Exception:
        pass


def tag_text(t):
    return t if isinstance(t, str) else ('-'.join(t) if isinstance(t, tuple) else str(t))


def asked(module, call):
    try:
        mod = __import__(module, fromlist=['_'])
        tags = [tag_text(t) for t in call(mod)]
    except Exception:
        return None
    return tags or None


def config_var(name):
    try:
        import sysconfig
        return sysconfig.get_config_var(name)
    except Exception:
        return None


def glibc_version():
    text = None
    try:
        text = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        pass
    if not text:
        # Python 2.7 does not know that confstr name; ask the C library (as packaging does).
        try:
            import ctypes
            call = ctypes.CDLL(None).gnu_get_libc_version
            call.restype = ctypes.c_char_p
            text = call()
            if not isinstance(text, str):
                text = text.decode('ascii')
            text = 'glibc ' + text
        except Exception:
            return None
    try:
        name, version = text.split()
        major, minor = version.split('.')[:2]
        return int(major), int(minor)
    except Exception:
        return None


def platforms():
    import sysconfig
    plat = sysconfig.get_platform().replace('-', '_').replace('.', '_')
    if plat.startswith('linux_'):
        arch = plat[len('linux_'):]
        if sys.maxsize <= 2 ** 32:
            arch = {'x86_64': 'i686', 'aarch64': 'armv8l'}.get(arch, arch)
        result = []
        glibc = glibc_version()
        if glibc and glibc[0] == 2:
            lowest = 5 if arch in ('x86_64', 'i686') else 17
            legacy = {17: 'manylinux2014', 12: 'manylinux2010', 5: 'manylinux1'}
            for minor in range(glibc[1], lowest - 1, -1):
                result.append('manylinux_2_%d_%s' % (minor, arch))
                alias = legacy.get(minor)
                if alias and (alias == 'manylinux2014' or arch in ('x86_64', 'i686')):
                    result.append('%s_%s' % (alias, arch))
        result.append('linux_' + arch)
        return result
    if plat.startswith('macosx_'):
        release = platform.mac_ver()[0] or '10.0'
        major, minor = (list(map(int, release.split('.')[:2])) + [0])[:2]
        arch = platform.machine()
        result = []
        if major >= 11:
            for m in range(major, 10, -1):
                for fmt in (arch, 'universal2'):
                    result.append('macosx_%d_0_%s' % (m, fmt))
            minor = 16
        if arch == 'x86_64':
            for m in range(minor, -1, -1):
                for fmt in ('x86_64', 'intel', 'fat64', 'fat32', 'universal2', 'universal'):
                    result.append('macosx_10_%d_%s' % (m, fmt))
        return result or [plat]
    return [plat]


def computed_tags():
    # Neither pip nor packaging could answer: follow packaging.tags.sys_tags() closely enough
    # for the common platforms (no musllinux, a simplified macOS list).
    major, minor = sys.version_info[:2]
    nodot = '%d%d' % (major, minor)
    plats = platforms()
    tags = []
    impl = getattr(getattr(sys, 'implementation', None), 'name', None) or platform.python_implementation().lower()
    if impl == 'cpython':
        interpreter = 'cp' + nodot
        soabi = config_var('SOABI')
        if soabi and soabi.startswith('cpython-'):
            abi = 'cp' + soabi.split('-')[1]
        else:
            debug = 'd' if hasattr(sys, 'gettotalrefcount') else ''
            pymalloc = 'm' if (major, minor) < (3, 8) and config_var('WITH_PYMALLOC') != 0 else ''
            ucs4 = 'u' if (major, minor) < (3, 3) and sys.maxunicode == 0x10FFFF else ''
            abi = 'cp%s%s%s%s' % (nodot, debug, pymalloc, ucs4)
        abi3 = (major, minor) >= (3, 2)
        for a in [abi] + (['abi3'] if abi3 else []) + ['none']:
            tags.extend('%s-%s-%s' % (interpreter, a, p) for p in plats)
        if abi3:
            for m in range(minor - 1, 1, -1):
                tags.extend('cp%d%d-abi3-%s' % (major, m, p) for p in plats)
    else:
        if impl == 'pypy' and major == 2:
            interpreter = 'pp%d%d%d' % (major, sys.pypy_version_info[0], sys.pypy_version_info[1])
        else:
            interpreter = (impl[:2] if impl != 'pypy' else 'pp') + nodot
        soabi = config_var('SOABI')
        abis = [soabi.replace('.', '_').replace('-', '_')] if soabi else []
        for a in abis + ['none']:
            tags.extend('%s-%s-%s' % (interpreter, a, p) for p in plats)
    versions = ['py' + nodot, 'py%d' % major] + ['py%d%d' % (major, m) for m in range(minor - 1, -1, -1)]
    for v in versions:
        tags.extend('%s-none-%s' % (v, p) for p in plats)
    tags.append(interpreter + '-none-any')
    tags.extend(v + '-none-any' for v in versions)
    return tags


def compatible_tags():
    if not COMPUTED_ONLY:
        for module, call in (
            ('pip._internal.utils.compatibility_tags', lambda m: m.get_supported()),
            ('pip._internal.pep425tags', lambda m: m.get_supported()),
            ('pip.pep425tags', lambda m: m.get_supported()),
            ('pip._vendor.packaging.tags', lambda m: m.sys_tags()),
            ('packaging.tags', lambda m: m.sys_tags()),
        ):
            tags = asked(module, call)
            if tags:
                return {'source': module, 'tags': tags}
    return {'source': 'computed', 'tags': computed_tags()}


def deduplicated(found):
    seen = []
    for t in found['tags']:
        if t not in seen:
            seen.append(t)
    return {'source': found['source'], 'tags': seen}


sys.stdout.write('__PYRELEASE_FACTS__' + json.dumps({
    'pre_site': pre_site,
    'scheme': scheme,
    'pip': pip_info,
    'ensurepip': ensurepip_wheels,
    'tags': deduplicated(compatible_tags()) if WANT_TAGS else None,
}) + '\n')
