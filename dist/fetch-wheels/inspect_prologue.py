# pyrelease: inspect prologue
# Put after the first line of inspect_import.py and installed_distribution.py. With -c,
# sys.path[0] is '' (the working directory): drop it and any other spelling of the working
# directory, so a source tree or same-named package there cannot shadow the installed one.
import sys, os, json
_cwd = os.path.normcase(os.path.abspath(os.getcwd()))
sys.path[:] = [p for p in sys.path if p and os.path.normcase(os.path.abspath(p)) != _cwd]
def _emit(value):
    sys.stdout.write('__PYRELEASE_INSPECT__' + json.dumps(value) + '\n')
    sys.stdout.flush()
