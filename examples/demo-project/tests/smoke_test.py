# -*- coding: utf-8 -*-
"""Smoke test of the release, on Python 2.7 and 3.x, without dependencies:
verify-install runs it once per leg after the import checks, from a directory
outside the checkout, with VERIFY_VERSION set to the version under test and
VERIFY_PACKAGES to the distributions the leg installed (pyrelease-demo and
pyrelease-demo-cpp, as a leg of Ray's installs ray and ray-cpp); each is
checked when the leg installed it."""
from __future__ import print_function

import os
import platform
import re
import sys

failures = []
packages = os.environ.get("VERIFY_PACKAGES", "pyrelease-demo").split()


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures.append(what)


def check_demo():
    import pyrelease_demo
    from pyrelease_demo import _native, add, compiled_for, greet, version_info

    check(greet("world") == "Hello, world!", "greet('world') == 'Hello, world!'")
    check(greet("  rehearsal ") == "Hello, rehearsal!", "greet() strips the name")
    try:
        greet("")
        check(False, "greet('') raises ValueError")
    except ValueError:
        check(True, "greet('') raises ValueError")

    # The C extension: imported from the environment and built for this very interpreter.
    check(_native.add(2, 3) == 5, "pyrelease_demo._native.add(2, 3) == 5")
    check(add(-7, 7) == 0, "add(-7, 7) == 0")
    try:
        add("2", 3)
        check(False, "add('2', 3) raises TypeError")
    except TypeError:
        check(True, "add('2', 3) raises TypeError")
    check(compiled_for() == platform.python_version(),
          "the extension was compiled against this interpreter's headers (%s == %s)" % (compiled_for(), platform.python_version()))
    check(os.path.dirname(_native.__file__) == os.path.dirname(pyrelease_demo.__file__),
          "the extension lies beside the package (%s)" % _native.__file__)

    version, commit, interpreter = version_info()
    expected = os.environ.get("VERIFY_VERSION")
    if expected:
        check(version == expected, "__version__ %s == %s" % (version, expected))
    check("{{" not in commit, "__commit__ was filled in by the build (%s)" % commit)
    check(interpreter.endswith(platform.python_version()), "version_info() names this interpreter (%s)" % interpreter)
    check(os.path.dirname(pyrelease_demo.__file__) != os.path.join(os.getcwd(), "pyrelease_demo"), "imported from the environment, not the current directory")


def check_cpp():
    import pyrelease_demo_cpp
    from pyrelease_demo_cpp import _native, api_version, get_include, multiply

    check(multiply(6, 7) == 42, "pyrelease_demo_cpp.multiply(6, 7) == 42")
    check(_native.multiply(-3, 5) == -15, "pyrelease_demo_cpp._native.multiply(-3, 5) == -15")

    # The header ships inside the distribution, and the module was compiled from it.
    header = os.path.join(get_include(), "pyrelease_demo_cpp.h")
    check(os.path.isfile(header), "get_include() holds pyrelease_demo_cpp.h (%s)" % header)
    if os.path.isfile(header):
        with open(header) as f:
            declared = re.search(r"#define PYRELEASE_DEMO_CPP_API_VERSION (\d+)", f.read())
        check(declared is not None and int(declared.group(1)) == api_version(),
              "api_version() %d is the header's PYRELEASE_DEMO_CPP_API_VERSION" % api_version())

    expected = os.environ.get("VERIFY_VERSION")
    if expected:
        check(pyrelease_demo_cpp.__version__ == expected, "__version__ %s == %s" % (pyrelease_demo_cpp.__version__, expected))
    check("{{" not in pyrelease_demo_cpp.__commit__, "__commit__ was filled in by the build (%s)" % pyrelease_demo_cpp.__commit__)
    check(os.path.dirname(pyrelease_demo_cpp.__file__) != os.path.join(os.getcwd(), "pyrelease_demo_cpp"),
          "imported from the environment, not the current directory")


if "pyrelease-demo" in packages:
    check_demo()
if "pyrelease-demo-cpp" in packages:
    check_cpp()
if not failures and not set(packages) & set(["pyrelease-demo", "pyrelease-demo-cpp"]):
    check(False, "VERIFY_PACKAGES (%s) names a distribution of this release" % " ".join(packages))

if failures:
    print("%d smoke check(s) failed" % len(failures))
    sys.exit(1)
print("all smoke checks of %s passed on Python %s" % (", ".join(packages), platform.python_version()))
