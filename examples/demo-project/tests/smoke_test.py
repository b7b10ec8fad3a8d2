# -*- coding: utf-8 -*-
"""Smoke test for an installed pyrelease-demo, on Python 2.7 and 3.x, without
dependencies. verify-install runs it after the import checks, from a directory
outside the checkout, with VERIFY_VERSION set to the version under test."""
from __future__ import print_function

import os
import platform
import sys

import pyrelease_demo
from pyrelease_demo import _native, add, compiled_for, greet, version_info

failures = []


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures.append(what)


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

if failures:
    print("%d smoke check(s) failed" % len(failures))
    sys.exit(1)
print("all smoke checks passed on %s" % interpreter)
