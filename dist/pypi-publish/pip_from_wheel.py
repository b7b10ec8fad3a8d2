# pyrelease: pip from a wheel
# Runs pip from its own wheel, as ensurepip does: python -c <this> <pip.whl> install ...
import sys, runpy
sys.path.insert(0, sys.argv.pop(1))
sys.argv[0] = 'pip'
runpy.run_module('pip', run_name='__main__', alter_sys=True)
