# pyrelease: installed distribution
# The distribution argv[1] as installed (the first on sys.path, as an import would see it),
# read from its .dist-info or .egg-info directly: no pkg_resources or importlib.metadata, so
# it works the same on 2.7. Runs with inspect_prologue.py after this comment.
import re, csv
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
def record_paths(path):
    if sys.version_info[0] < 3:
        handle = open(path, 'rb')
    else:
        handle = open(path, newline='', encoding='utf-8')
    try:
        return [row[0] for row in csv.reader(handle) if row and row[0]]
    finally:
        handle.close()
want = canon(sys.argv[1])
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
    _emit(None)
    sys.exit(0)
site_dir, entry = found[0]
meta_dir = os.path.join(site_dir, entry)
if entry.endswith('.dist-info'):
    meta = headers(read(os.path.join(meta_dir, 'METADATA')))
    files = record_paths(os.path.join(meta_dir, 'RECORD')) if os.path.isfile(os.path.join(meta_dir, 'RECORD')) else []
elif os.path.isdir(meta_dir):
    meta = headers(read(os.path.join(meta_dir, 'PKG-INFO')))
    listed = os.path.join(meta_dir, 'installed-files.txt')
    files = []
    if os.path.isfile(listed):
        for line in read(listed).splitlines():
            if line.strip():
                files.append(os.path.relpath(os.path.normpath(os.path.join(meta_dir, line.strip())), site_dir).replace(os.sep, '/'))
else:
    meta = headers(read(meta_dir))
    files = []
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
        name = first[:-3] if first.endswith('.py') else first.split('.')[0]
        if name and name not in top_level:
            top_level.append(name)
_emit({'name': meta.get('name', entry.split('-')[0]),
       'version': meta.get('version', ''),
       'topLevel': top_level,
       'files': files,
       'location': site_dir,
       'metadataDir': meta_dir,
       'alsoFound': [os.path.join(d, e) for d, e in found[1:]]})
