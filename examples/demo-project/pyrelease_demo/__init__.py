# -*- coding: utf-8 -*-
"""pyrelease-demo: the example project of python-release-actions' rehearsal."""
from __future__ import absolute_import

import platform

__version__ = "0.1.0"
# Replaced by the build with the commit the wheel is built from.
__commit__ = "{{PYRELEASE_COMMIT_SHA}}"

from pyrelease_demo._native import add, compiled_for  # noqa: E402
from pyrelease_demo.greeting import greet  # noqa: E402

__all__ = ["add", "compiled_for", "greet", "version_info", "__version__", "__commit__"]


def version_info():
    """(version, commit, interpreter) of this installation."""
    interpreter = "%s %s" % (platform.python_implementation(), platform.python_version())
    return (__version__, __commit__, interpreter)
