# -*- coding: utf-8 -*-
"""pyrelease-demo-cpp: the C API of the example (a header and the native
module built from it), released together with pyrelease-demo and with the
same version, as Ray releases ray-cpp with ray."""
from __future__ import absolute_import

import os

__version__ = "0.1.0"
# Replaced by the build with the commit the wheel is built from.
__commit__ = "{{PYRELEASE_COMMIT_SHA}}"

from pyrelease_demo_cpp._native import api_version, multiply  # noqa: E402

__all__ = ["api_version", "get_include", "multiply", "__version__", "__commit__"]


def get_include():
    """The directory holding pyrelease_demo_cpp.h, for compilers (-I)."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "include")
