# pyrelease: render_description
"""Render reStructuredText long descriptions the way PyPI does.

PyPI (warehouse) refuses an upload whose description readme_renderer cannot
render; readme_renderer.rst runs docutils with the settings below and treats
any warning (level 2 and up) as a failure. When readme_renderer itself is
importable it is used as is; otherwise docutils runs with a copy of its
settings. Pygments is not needed: with report_level 5, docutils renders a code
block it cannot highlight (no Pygments, or no lexer for the language) as plain
code without a warning, exactly as PyPI does for a language Pygments lacks.

Input (stdin): a JSON list of descriptions. Argument: --path DIR puts a
private directory (docutils installed with pip --target) first on sys.path.
Output: one line, the marker followed by JSON:
  {"renderer": {...versions...}, "results": [{"ok": bool, "messages": str}]}
or {"missing": "docutils", "error": str} when docutils cannot be imported.

Runs on Python 3.6 and later: no walrus, no f-string '=' and no other newer syntax.
"""
import io
import json
import sys

MARK = "__PYRELEASE_RENDER__"
# Each description's docutils messages, cut: a description with thousands of
# warnings is refused all the same, and the report needs only the first ones.
MAX_MESSAGES = 4000

# readme_renderer.rst.SETTINGS (readme_renderer 37 to 44), copied exactly.
SETTINGS = {
    "cloak_email_addresses": True,
    "doctitle_xform": True,
    "sectsubtitle_xform": True,
    "initial_header_level": 2,
    "file_insertion_enabled": False,
    "halt_level": 2,
    "math_output": "MathJax /dummy.js",
    "raw_enabled": False,
    "report_level": 5,
    "smart_quotes": True,
    "strip_comments": True,
    "syntax_highlight": "short",
    "field_name_limit": 0,
}


def emit(payload):
    sys.stdout.write(MARK + json.dumps(payload) + "\n")
    sys.stdout.flush()


def version_of(module):
    return getattr(module, "__version__", None) or "unknown"


def renderer_from_readme_renderer():
    try:
        import readme_renderer.rst as rst
        import readme_renderer
    except Exception:
        return None
    try:
        from importlib import metadata
        version = metadata.version("readme_renderer")
    except Exception:
        version = getattr(readme_renderer, "__version__", "unknown")

    def render(text):
        stream = io.StringIO()
        rendered = rst.render(text, stream=stream)
        return rendered is not None, stream.getvalue()

    return render, {"readme_renderer": version}


def renderer_from_docutils():
    from docutils.core import publish_parts
    from docutils.utils import SystemMessage
    from docutils.writers.html5_polyglot import Writer

    def render(text):
        stream = io.StringIO()
        settings = dict(SETTINGS)
        settings["warning_stream"] = stream
        try:
            parts = publish_parts(text, writer=Writer(), settings_overrides=settings)
        except SystemMessage:
            rendered = None
        else:
            rendered = parts.get("docinfo", "") + parts.get("fragment", "")
        if not rendered:
            if not stream.tell():
                stream.write("No content rendered from RST source.")
            return False, stream.getvalue()
        return True, stream.getvalue()

    return render, {"readme_renderer": None}


def main(argv):
    if "--path" in argv:
        sys.path.insert(0, argv[argv.index("--path") + 1])
    try:
        import docutils
    except Exception as error:
        emit({"missing": "docutils", "error": "%s: %s" % (type(error).__name__, error)})
        return 0
    try:
        import pygments
        pygments_version = version_of(pygments)
    except Exception:
        pygments_version = None

    found = renderer_from_readme_renderer() or renderer_from_docutils()
    render, info = found
    info["docutils"] = version_of(docutils)
    info["pygments"] = pygments_version
    info["python"] = "%d.%d.%d" % sys.version_info[:3]

    texts = json.load(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"))
    results = []
    for text in texts:
        try:
            ok, messages = render(text)
        except Exception as error:
            # docutils raising anything else would be a 500 at PyPI: not rendered either way.
            ok, messages = False, "%s: %s" % (type(error).__name__, error)
        results.append({"ok": ok, "messages": messages[:MAX_MESSAGES]})
    emit({"renderer": info, "results": results})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
