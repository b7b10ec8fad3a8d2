# pyrelease: inspect installed
# Everything verify-install checks after pip, in one start, from a neutral working directory.
# argv[1] is a JSON list of {"name": distribution, "module": to import, "-" for nothing to
# import, "" to choose from the distribution's top-level names}. For each distribution:
# its .dist-info (or .egg-info), read directly (no pkg_resources or importlib.metadata, so
# the same on 2.7): name, version, where, top-level names, and whether every file its RECORD
# lists is there with the size RECORD gives; then the import of its module, with
# __version__, __commit__ and __file__ (or the traceback). Also sys.path and sys.prefix.
# Python 2.6+ and 3.x.
import sys, os, re, csv, json, traceback

# The answer goes to a copy of the standard output taken before any import: a package may swap
# sys.stdout, close it, or leave a line unfinished.
answer_fd = os.dup(1)

# With -c, sys.path[0] is '' (the working directory): drop it and any other spelling of the
# working directory, so a source tree or same-named package there cannot shadow the installed one.
_cwd = os.path.normcase(os.path.abspath(os.getcwd()))
sys.path[:] = [p for p in sys.path if p and os.path.normcase(os.path.abspath(p)) != _cwd]

IDENTIFIER = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')


def canon(name):
    return re.sub(r'[-_.]+', '-', name).lower()


def read(path):
    handle = open(path, 'rb')
    try:
        return handle.read().decode('utf-8', 'replace')
    finally:
        handle.close()


def headers(text):
    result = {}
    for line in text.splitlines():
        if not line.strip():
            break
        if ':' in line and not line[0].isspace():
            key, value = line.split(':', 1)
            result.setdefault(key.strip().lower(), value.strip())
    return result


def record_rows(path):
    if sys.version_info[0] < 3:
        handle = open(path, 'rb')
    else:
        handle = open(path, newline='', encoding='utf-8')
    try:
        return [row for row in csv.reader(handle) if row and row[0]]
    finally:
        handle.close()


def check_files(site_dir, rows):
    # Every file RECORD lists is there, with the size it gives (RECORD itself has none).
    missing, resized = [], []
    for row in rows:
        path = os.path.normpath(os.path.join(site_dir, row[0]))
        if not os.path.isfile(path):
            missing.append(row[0])
        elif len(row) > 2 and row[2].strip().isdigit() and os.path.getsize(path) != int(row[2]):
            resized.append('%s (%d bytes, RECORD says %s)' % (row[0], os.path.getsize(path), row[2].strip()))
    return missing, resized


def distribution(name):
    want = canon(name)
    found = []
    for d in sys.path:
        if not d or not os.path.isdir(d):
            continue
        for entry in sorted(os.listdir(d)):
            if not (entry.endswith('.dist-info') or entry.endswith('.egg-info')):
                continue
            if canon(entry.rsplit('.', 1)[0].split('-')[0]) != want:
                continue
            found.append((os.path.abspath(d), entry))
    if not found:
        return None
    site_dir, entry = found[0]
    meta_dir = os.path.join(site_dir, entry)
    record = None
    files = []
    if entry.endswith('.dist-info'):
        meta = headers(read(os.path.join(meta_dir, 'METADATA')))
        if os.path.isfile(os.path.join(meta_dir, 'RECORD')):
            rows = record_rows(os.path.join(meta_dir, 'RECORD'))
            files = [row[0] for row in rows]
            missing, resized = check_files(site_dir, rows)
            record = {'files': len(rows), 'missing': missing[:20], 'missingCount': len(missing), 'resized': resized[:20], 'resizedCount': len(resized)}
    elif os.path.isdir(meta_dir):
        meta = headers(read(os.path.join(meta_dir, 'PKG-INFO')))
        listed = os.path.join(meta_dir, 'installed-files.txt')
        if os.path.isfile(listed):
            for line in read(listed).splitlines():
                if line.strip():
                    files.append(os.path.relpath(os.path.normpath(os.path.join(meta_dir, line.strip())), site_dir).replace(os.sep, '/'))
    else:
        meta = headers(read(meta_dir))
    top_level_file = os.path.join(meta_dir, 'top_level.txt')
    if os.path.isfile(top_level_file):
        top_level = [l.strip() for l in read(top_level_file).splitlines() if l.strip()]
    else:
        # Newer build backends (hatchling, flit) write no top_level.txt: derive it from the files.
        top_level = []
        for f in files:
            first = f.replace('\\', '/').split('/')[0]
            if first in ('..', '__pycache__') or first.endswith('.dist-info') or first.endswith('.egg-info') or first.endswith('.data') or first.endswith('.pth'):
                continue
            top = first[:-3] if first.endswith('.py') else first.split('.')[0]
            if top and top not in top_level:
                top_level.append(top)
    return {'name': meta.get('name', entry.split('-')[0]),
            'version': meta.get('version', ''),
            'topLevel': top_level,
            'location': site_dir,
            'metadataDir': meta_dir,
            'record': record,
            'alsoFound': [os.path.join(d, e) for d, e in found[1:]]}


def choose_module(top_level, project):
    # The installed distribution's top-level names, not a guess from the project name.
    names = [n for n in top_level if IDENTIFIER.match(n)]
    if not names:
        return None, 'the installed distribution has no importable top-level module (top_level: %s)' % (', '.join(top_level) or 'none')
    if len(names) == 1:
        return names[0], 'the only top-level module of the installed distribution'
    listed = ', '.join(names)
    wanted = canon(project).replace('-', '_')
    for n in names:
        if n.lower() == wanted:
            return n, 'the top-level module named like the project (of %s)' % listed
    public = [n for n in names if not n.startswith('_')]
    if len(public) == 1:
        return public[0], 'the only public top-level module (of %s)' % listed
    return (public or names)[0], 'the first of several top-level modules (%s); set import-name to choose another' % listed


def text(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except Exception:
        return repr(value)


def imported(module_name):
    try:
        import importlib
        module = importlib.import_module(module_name)
        location = getattr(module, '__file__', None)
        if not location:
            paths = list(getattr(module, '__path__', None) or [])
            location = paths[0] if paths else None
        return {'ok': True,
                'version': text(getattr(module, '__version__', None)),
                'commit': text(getattr(module, '__commit__', None)),
                'file': os.path.abspath(location) if location else None}
    except BaseException:
        return {'ok': False, 'error': traceback.format_exc()}


# Every distribution is read before any module is imported: an import may change sys.path.
answers = []
for wanted in json.loads(sys.argv[1]):
    answer = {'name': wanted['name'], 'dist': distribution(wanted['name'])}
    module = wanted.get('module') or ''
    if module == '' and answer['dist'] is not None:
        chosen, why = choose_module(answer['dist']['topLevel'], wanted['name'])
        answer['chosen'] = {'module': chosen, 'why': why}
        module = chosen or '-'
    if module != '-' and answer['dist'] is not None:
        answer['module'] = module
    answers.append(answer)
sys_path = [p for p in sys.path if p]
for answer in answers:
    if 'module' in answer:
        answer['import'] = imported(answer['module'])
try:
    sys.stdout.flush()
except Exception:
    pass
# On a line of its own, whatever the imports left unfinished.
reply = ('\n__PYRELEASE_INSPECT__' + json.dumps({'packages': answers, 'sysPath': sys_path, 'prefix': sys.prefix}) + '\n').encode('utf-8')
while reply:
    reply = reply[os.write(answer_fd, reply):]
