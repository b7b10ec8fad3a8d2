# pyrelease: pip version
# The version of the pip this interpreter imports.
import sys, pip
sys.stdout.write('__PYRELEASE_PIP__' + pip.__version__ + '\n')
