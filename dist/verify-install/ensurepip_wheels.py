# pyrelease: ensurepip wheels
# The wheels ensurepip installs from, for an environment whose base has no pip to copy.
import sys, os, json
try:
    import ensurepip
    d = os.path.join(os.path.dirname(os.path.abspath(ensurepip.__file__)), '_bundled')
    wheels = sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith('.whl'))
except Exception:
    wheels = []
sys.stdout.write('__PYRELEASE_SEED__' + json.dumps(wheels) + '\n')
