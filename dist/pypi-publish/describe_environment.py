# pyrelease: describe environment
# What an environment looks like from inside: where packages go, its pip, sys.path.
# Python 2.6+ and 3.x.
import sys, os, json
try:
    import sysconfig
    purelib = sysconfig.get_paths()['purelib']
except Exception:
    from distutils.sysconfig import get_python_lib
    purelib = get_python_lib()
try:
    import pip
    pip_version, pip_file = pip.__version__, os.path.abspath(pip.__file__)
except Exception:
    pip_version, pip_file = '', ''
sys.stdout.write('__PYRELEASE_ENV__' + json.dumps({'purelib': purelib, 'pip': pip_version, 'pip_file': pip_file,
    'sys_path': sys.path, 'prefix': sys.prefix}) + '\n')
