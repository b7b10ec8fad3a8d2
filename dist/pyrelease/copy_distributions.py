# pyrelease: copy distributions
# Copies installed distributions (argv[2:], e.g. setuptools and wheel) into argv[1], every
# file their RECORD lists inside their site directory (scripts outside it and bytecode are
# left behind), so the copy is a normal, uninstallable installation. Python 2.6+ and 3.x.
import sys, os, re, csv, json, shutil
dest = sys.argv[1]
def canon(name):
    return re.sub(r'[-_.]+', '-', name).lower()
done, missing = [], []
for wanted in sys.argv[2:]:
    found = None
    for d in sys.path:
        if not d or not os.path.isdir(d):
            continue
        for entry in sorted(os.listdir(d)):
            if entry.endswith('.dist-info') and canon(entry[:-len('.dist-info')].split('-')[0]) == canon(wanted):
                found = (os.path.abspath(d), entry)
                break
        if found:
            break
    if not found:
        missing.append(wanted + ': not installed')
        continue
    site_dir, info = found
    record = os.path.join(site_dir, info, 'RECORD')
    if not os.path.isfile(record):
        missing.append(wanted + ': no RECORD in ' + os.path.join(site_dir, info))
        continue
    if sys.version_info[0] < 3:
        handle = open(record, 'rb')
    else:
        handle = open(record, newline='', encoding='utf-8')
    rows = list(csv.reader(handle))
    handle.close()
    count = 0
    for row in rows:
        if not row or not row[0]:
            continue
        source = os.path.normpath(os.path.join(site_dir, row[0]))
        if not source.startswith(site_dir + os.sep) or source.endswith('.pyc') or '__pycache__' in source:
            continue
        if not os.path.isfile(source):
            continue
        target = os.path.join(dest, os.path.relpath(source, site_dir))
        if not os.path.isdir(os.path.dirname(target)):
            os.makedirs(os.path.dirname(target))
        shutil.copy2(source, target)
        count += 1
    done.append({'name': wanted, 'dist_info': info, 'files': count, 'from': site_dir})
sys.stdout.write('__PYRELEASE_SEED__' + json.dumps({'done': done, 'missing': missing}) + '\n')
