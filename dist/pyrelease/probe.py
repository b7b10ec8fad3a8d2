# pyrelease: probe
# What an interpreter is (version, implementation, executable, prefixes, machine), for
# choosing one. Python 2.6+ and 3.x: no f-strings, no print function.
import sys, platform, json
try:
    impl = sys.implementation.name
except AttributeError:
    impl = platform.python_implementation().lower()
sys.stdout.write('__PYRELEASE_PROBE__' + json.dumps({
    'version': platform.python_version(),
    'major': sys.version_info[0], 'minor': sys.version_info[1], 'micro': sys.version_info[2],
    'implementation': impl,
    'executable': sys.executable or '',
    'prefix': sys.prefix,
    'base_prefix': getattr(sys, 'base_prefix', getattr(sys, 'real_prefix', sys.prefix)),
    'machine': platform.machine(),
}) + '\n')
