# -*- coding: utf-8 -*-
# Written by python-release-actions into a site-dir environment's .pyrelease directory. Makes
# _ROOT an isolated environment of the interpreter at _BASE_PREFIX: PYTHONPATH names this
# directory, so site.py imports this module at start-up, after it has added the base
# interpreter's site-packages. This puts sys.path back to the standard library only (as
# "python -S" has it), forgets whatever the base's .pth files imported, then adds this
# environment's site directories.
import os
import sys
import site

# Filled in when the environment is made (each a JSON literal, which is a Python literal too).
_ROOT = None
_BASE_PREFIX = None
_PRE_SITE = None
_SITE_DIRS = None


def _norm(path):
    return os.path.normcase(os.path.abspath(path))


def _activate():
    if _norm(os.path.realpath(sys.prefix)) != _norm(os.path.realpath(_BASE_PREFIX)):
        return  # another interpreter inherited PYTHONPATH: not ours to change
    keep = set(_norm(p) for p in _PRE_SITE)
    for p in os.environ.get('PYTHONPATH', '').split(os.pathsep):
        if p:
            keep.add(_norm(p))
    dropped = [_norm(p) for p in sys.path if p and _norm(p) not in keep]
    sys.path[:] = [p for p in sys.path if p and _norm(p) in keep]

    def from_dropped(path):
        if not path:
            return False
        n = _norm(path)
        for d in dropped:
            if n == d or n.startswith(d.rstrip(os.sep) + os.sep):
                return True
        return False

    gone = set()
    for name, module in list(sys.modules.items()):
        if module is None or name in ('sys', 'os', 'site', __name__):
            continue
        path = list(getattr(module, '__path__', None) or [])
        if from_dropped(getattr(module, '__file__', None)) or (path and all(from_dropped(p) for p in path)):
            gone.add(name)
    for hooks in (sys.meta_path, sys.path_hooks):
        for hook in list(hooks):
            if getattr(hook, '__module__', None) in gone:
                hooks.remove(hook)
    for name in gone:
        del sys.modules[name]
    sys.path_importer_cache.clear()
    for d in _SITE_DIRS:
        site.addsitedir(d)


try:
    _activate()
except Exception:
    # site.py would print one line and carry on with the base's packages visible: a
    # verification must not run in a half-isolated interpreter, so stop here instead.
    import traceback
    sys.stderr.write('python-release-actions: cannot activate the environment %s:\n' % _ROOT)
    traceback.print_exc()
    sys.stderr.flush()
    os._exit(70)
del _activate
