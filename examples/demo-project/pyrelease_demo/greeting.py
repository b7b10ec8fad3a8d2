# -*- coding: utf-8 -*-
from __future__ import absolute_import, unicode_literals


def greet(name):
    """A greeting for name; the same text on Python 2 and 3."""
    if not name or not name.strip():
        raise ValueError("greet() needs a name")
    return str("Hello, %s!" % name.strip())
