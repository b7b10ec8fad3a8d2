# pyrelease: pip runner
# Runs the pip package found in the directory argv[1] with this interpreter, for this
# interpreter's environment: what `pip --python` does (pip's __pip-runner__.py), for every
# pip and every Python from 2.6 on. Only the `pip` import is redirected to that directory,
# so nothing else installed there becomes importable, and pip installs where this
# interpreter's environment keeps its packages.
#   python -c <this> <directory holding pip> install ...
import sys, runpy

_PIP_HOME = sys.argv.pop(1)

if sys.version_info[0] >= 3:
    from importlib.machinery import PathFinder

    class _PipFinder(object):
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            if fullname != 'pip':
                return None
            return PathFinder.find_spec(fullname, [_PIP_HOME])

    sys.meta_path.insert(0, _PipFinder)
else:
    import pkgutil

    class _PipFinder(object):
        # A PEP 302 finder whose loader (pkgutil's) also answers runpy's questions.
        def find_module(self, fullname, path=None):
            if fullname != 'pip':
                return None
            return pkgutil.ImpImporter(_PIP_HOME).find_module(fullname)

    sys.meta_path.insert(0, _PipFinder())

sys.argv[0] = 'pip'
runpy.run_module('pip', run_name='__main__', alter_sys=True)
