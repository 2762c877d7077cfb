"""Writes queries.csv/truth.csv of dev/ (odd rows of each class) and heldout/ (even rows) from rows.tsv.
A sixth column names the class a row was first written in: a row whose class was corrected after it was measured is
counted in that class, so that it and the rows after it stay in their halves."""
import csv, os
rows = [l.rstrip('\n').split('\t') for l in open('rows.tsv', encoding='utf-8') if l.strip() and not l.startswith('#')]
seen = {}
files = {}
for split in ('dev', 'heldout'):
    os.makedirs(split, exist_ok=True)
    q = open(os.path.join(split, 'queries.csv'), 'w', newline='', encoding='utf-8')
    t = open(os.path.join(split, 'truth.csv'), 'w', newline='', encoding='utf-8')
    qw, tw = csv.writer(q, lineterminator='\n'), csv.writer(t, lineterminator='\n')
    qw.writerow(['id', 'name', 'country', 'type', 'identifier'])
    tw.writerow(['id', 'class', 'expect', 'expected', 'expected_names', 'note'])
    files[split] = (qw, tw)
for i, r in enumerate(rows, 1):
    kind, name, country, exp, note, first = (r + [''] * 6)[:6]
    counted = first or kind
    seen[counted] = seen.get(counted, 0) + 1
    qw, tw = files['dev' if seen[counted] % 2 else 'heldout']
    typ = 'person' if 'person' in kind or note == 'common name' else 'organization'
    qw.writerow(['ar%03d' % i, name, country, typ if country else '', ''])
    tw.writerow(['ar%03d' % i, kind, 'no_match' if kind.startswith('neg') else 'match', '', exp, note])
