"""Writes queries.csv/truth.csv of dev/ (odd rows of each class) and heldout/ (even rows) from rows.tsv, in the format of
bench/independent-queries (eval_queries.py scores them). A row's country, where given, goes with its type; the type is
person for the *_person classes and for negatives noted "common name", organization otherwise."""
import csv, os
here = os.path.dirname(os.path.abspath(__file__))
rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'rows.tsv'), encoding='utf-8')
        if l.strip() and not l.startswith('#')]
seen, files = {}, {}
for split in ('dev', 'heldout'):
    os.makedirs(os.path.join(here, split), exist_ok=True)
    q = open(os.path.join(here, split, 'queries.csv'), 'w', newline='', encoding='utf-8')
    t = open(os.path.join(here, split, 'truth.csv'), 'w', newline='', encoding='utf-8')
    qw, tw = csv.writer(q, lineterminator='\n'), csv.writer(t, lineterminator='\n')
    qw.writerow(['id', 'name', 'country', 'type', 'identifier'])
    tw.writerow(['id', 'class', 'expect', 'expected', 'expected_names', 'note'])
    files[split] = (qw, tw)
for i, r in enumerate(rows, 1):
    kind, name, country, ids, names, note = (r + [''] * 6)[:6]
    seen[kind] = seen.get(kind, 0) + 1
    qw, tw = files['dev' if seen[kind] % 2 else 'heldout']
    typ = 'person' if kind.endswith('person') or note == 'common name' else 'organization'
    qw.writerow(['hub%03d' % i, name, country, typ if country else '', ''])
    tw.writerow(['hub%03d' % i, kind, 'no_match' if kind.startswith('neg') else 'match', ids, names, note])
