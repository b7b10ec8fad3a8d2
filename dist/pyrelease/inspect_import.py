# pyrelease: inspect import
# Imports argv[1] and reports __version__, __commit__ and __file__ (or the traceback).
# Runs with inspect_prologue.py after this comment. Python 2.6+ and 3.x.
import traceback
def _text(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except Exception:
        return repr(value)
try:
    import importlib
    module = importlib.import_module(sys.argv[1])
    location = getattr(module, '__file__', None)
    if not location:
        paths = list(getattr(module, '__path__', None) or [])
        location = paths[0] if paths else None
    _emit({'ok': True,
           'version': _text(getattr(module, '__version__', None)),
           'commit': _text(getattr(module, '__commit__', None)),
           'file': os.path.abspath(location) if location else None})
except BaseException:
    _emit({'ok': False, 'error': traceback.format_exc()})
