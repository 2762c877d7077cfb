"""Checks each positive of rows.tsv against the list files in ../shared/data: every expected name must be written there
(case-insensitive, spaces collapsed) and every expected OFAC / UK id must exist. Prints the rows that fail."""
import csv, glob, os, re, sys
csv.field_size_limit(10**9)
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../../shared/data')
text = []
for p in ['ofac/sdn.csv', 'ofac/alt.csv', 'uk/subject_names.csv', 'csl/csl.csv', 'opensanctions/ua_war_sanctions.targets.simple.csv']:
    text.append(open(os.path.join(data, p), encoding='utf-8', errors='replace').read())
blob = re.sub(r'\s+', ' ', '\n'.join(text).lower())
ofac = {r[0] for r in csv.reader(open(os.path.join(data, 'ofac/sdn.csv'), encoding='latin-1')) if r}
uk = {r['unique_id'] for r in csv.DictReader(open(os.path.join(data, 'uk/subjects.csv'), encoding='utf-8'))}
bad = 0
for line in open(os.path.join(os.path.dirname(__file__) or '.', 'rows.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    kind, query, country, ids, names, note = (line.rstrip('\n').split('\t') + [''] * 6)[:6]
    if kind.startswith('neg'):
        continue
    for i in filter(None, ids.split(';')):
        src, _, num = i.partition(':')
        if (src == 'ofac-sdn' and num not in ofac) or (src == 'uk-sanctions' and num not in uk):
            print('unknown id', i, query); bad += 1
    for n in names.split(' | '):
        if re.sub(r'\s+', ' ', n.lower()) not in blob:
            print('name not on any list:', repr(n), 'for', query); bad += 1
print('%d problems' % bad)
