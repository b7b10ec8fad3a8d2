# pyrelease: sys.path without site
# sys.path as `python -S` has it (run with -S): the standard library only.
import sys, json
sys.stdout.write('__PYRELEASE_SCHEME__' + json.dumps([p for p in sys.path if p]) + '\n')
