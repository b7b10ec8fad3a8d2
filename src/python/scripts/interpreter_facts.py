# pyrelease: compatible tags
# The interpreter's compatible wheel tags, most preferred first. Asks, in order, the modules
# pip itself uses to decide compatibility (so the answer is what that pip will do), then a
# standalone packaging, then computes a packaging-like list itself (argv[1] 'computed':
# only that). Python 2.6+ and 3.x.
import sys, os, json, platform

def emit(source, tags):
    out = []
    for t in tags:
        s = t if isinstance(t, str) else ('-'.join(t) if isinstance(t, tuple) else str(t))
        if s not in out:
            out.append(s)
    sys.stdout.write('__PYRELEASE_TAGS__' + json.dumps({'source': source, 'tags': out}) + '\n')
    sys.exit(0)

def attempt(module, call):
    try:
        mod = __import__(module, fromlist=['_'])
        tags = list(call(mod))
    except Exception:
        return
    if tags:
        emit(module, tags)

if 'computed' not in sys.argv[1:]:
    attempt('pip._internal.utils.compatibility_tags', lambda m: m.get_supported())
    attempt('pip._internal.pep425tags', lambda m: m.get_supported())
    attempt('pip.pep425tags', lambda m: m.get_supported())
    attempt('pip._vendor.packaging.tags', lambda m: m.sys_tags())
    attempt('packaging.tags', lambda m: m.sys_tags())

# Neither pip nor packaging could answer: follow packaging.tags.sys_tags() closely enough
# for the common platforms (no musllinux, a simplified macOS list).
import sysconfig

def config_var(name):
    try:
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
emit('computed', tags)
