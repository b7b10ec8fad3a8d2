# -*- coding: utf-8 -*-
"""Smoke test for an installed pyrelease-demo-cpp, on Python 2.7 and 3.x,
without dependencies. verify-install runs it after the import checks, from a
directory outside the checkout, with VERIFY_VERSION set to the version under
test."""
from __future__ import print_function

import os
import re
import sys

import pyrelease_demo_cpp
from pyrelease_demo_cpp import _native, api_version, get_include, multiply

failures = []


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures.append(what)


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

if failures:
    print("%d smoke check(s) failed" % len(failures))
    sys.exit(1)
print("all smoke checks of pyrelease-demo-cpp passed on Python %s" % sys.version.split()[0])
