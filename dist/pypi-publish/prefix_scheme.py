# pyrelease: prefix scheme
# The directories pip will install into for `--prefix ROOT` (argv[1]): distutils' install
# scheme, which pip uses on Python 2 and on older 3.x, and sysconfig's, which newer pips use.
# Python 2.6+ and 3.x.
import sys, os, json
root = sys.argv[1]
dirs = []
scripts = os.path.join(root, 'bin')
try:
    import warnings
    warnings.simplefilter('ignore')
    from distutils.dist import Distribution
    from distutils.command.install import install
    cmd = install(Distribution())
    cmd.prefix = root
    cmd.finalize_options()
    dirs += [cmd.install_purelib, cmd.install_platlib]
    scripts = cmd.install_scripts
except Exception:
    pass
try:
    import sysconfig
    schemes = ['posix_prefix' if os.name != 'nt' else 'nt']
    if hasattr(sysconfig, 'get_default_scheme'):
        schemes.append(sysconfig.get_default_scheme())
    for scheme in schemes:
        if scheme in sysconfig.get_scheme_names():
            paths = sysconfig.get_paths(scheme, vars={'base': root, 'platbase': root})
            dirs += [paths['purelib'], paths['platlib']]
except Exception:
    pass
unique = []
for d in dirs:
    d = os.path.abspath(d)
    if d not in unique:
        unique.append(d)
sys.stdout.write('__PYRELEASE_SCHEME__' + json.dumps({'dirs': unique, 'scripts': os.path.abspath(scripts)}) + '\n')
