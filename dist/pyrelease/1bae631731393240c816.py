# pyrelease: build config
# What an interpreter is to a C compiler and to a wheel's tags: its headers, the file name
# suffix of its extension modules, the flags of its ABI, its platform and the C library it
# runs on. Python 2.7 and 3.x: no f-strings, no print function.
import json, os, platform, struct, sys, sysconfig

config = sysconfig.get_config_var
try:
    impl = sys.implementation.name
except AttributeError:
    impl = platform.python_implementation().lower()
include = sysconfig.get_paths().get('include') or ''
platinclude = sysconfig.get_paths().get('platinclude') or include
try:
    libc = os.confstr('CS_GNU_LIBC_VERSION')
except (AttributeError, ValueError, OSError):
    libc = None
sys.stdout.write('__PYRELEASE_BUILD_CONFIG__' + json.dumps({
    'version': platform.python_version(),
    'major': sys.version_info[0], 'minor': sys.version_info[1],
    'implementation': impl,
    'executable': sys.executable or '',
    'include': include,
    'platinclude': platinclude,
    'python_h': os.path.isfile(os.path.join(include, 'Python.h')),
    'ext_suffix': config('EXT_SUFFIX') or config('SO') or '',
    'soabi': config('SOABI') or '',
    'py_debug': bool(config('Py_DEBUG')) or hasattr(sys, 'gettotalrefcount'),
    'pymalloc': config('WITH_PYMALLOC'),
    'unicode_size': config('Py_UNICODE_SIZE'),
    'maxunicode': sys.maxunicode,
    'platform': sysconfig.get_platform(),
    'pointer_bits': struct.calcsize('P') * 8,
    'libc': libc,
}) + '\n')
