#!/usr/bin/env python3
"""Writes queries.csv, truth.csv and the two halves (truth-dev.csv, truth-held.csv, queries-dev.csv,
queries-held.csv) from rows.tsv, resolving each positive's references against the list files and failing
when one is not found.

usage: make_set.py [DATA_DIR]   (default ../../../shared/data beside the repository)

A reference is ofac:ENT (OFAC SDN entry; its copy in the CSL is added), uk:UNIQUE_ID (UK Sanctions List)
or csl:NAME (every CSL row of that exact primary name). truth.csv's `expected` holds the entity ids
as `screen` reports them; `expected_names` every name and alias of those entities, so that the same
party reached through another list's copy (OpenSanctions, the CSL's copy of the SDN) counts too.

Split, fixed once: a row belongs to the held-out half when crc32 (zlib) of its key is odd, the key being
the first reference of a positive (so every spelling of one listed party falls in one half) and the
query itself for a negative.
"""
import csv
import os
import sys
import zlib

csv.field_size_limit(10**9)
here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared', 'data')

sdn, alt = {}, {}
for r in csv.reader(open(os.path.join(data, 'ofac', 'sdn.csv'), encoding='latin-1')):
    if len(r) > 1:
        sdn[r[0].strip()] = r[1].strip()
for r in csv.reader(open(os.path.join(data, 'ofac', 'alt.csv'), encoding='latin-1')):
    if len(r) > 3:
        alt.setdefault(r[0].strip(), []).append(r[3].strip())
uk = {}
for r in csv.DictReader(open(os.path.join(data, 'uk', 'subject_names.csv'), encoding='utf-8')):
    uk.setdefault(r['unique_id'], []).append(r['full_name'].strip())
csl_by_id, csl_by_name = {}, {}
for r in csv.DictReader(open(os.path.join(data, 'csl', 'csl.csv'), encoding='utf-8')):
    names = [(r['name'] or '').strip()] + [a.strip() for a in (r['alt_names'] or '').split(';') if a.strip()]
    csl_by_id[r['_id']] = names
    csl_by_name.setdefault((r['name'] or '').strip(), []).append(r['_id'])


def resolve(ref):
    kind, _, key = ref.partition(':')
    if kind == 'ofac':
        if key not in sdn:
            sys.exit('no OFAC SDN entry ' + key)
        ids = ['ofac-sdn:' + key] + (['us-csl:' + key] if key in csl_by_id else [])
        return ids, [sdn[key]] + alt.get(key, [])
    if kind == 'uk':
        if key not in uk:
            sys.exit('no UK entry ' + key)
        return ['uk-sanctions:' + key], uk[key]
    if kind == 'csl':
        if key not in csl_by_name:
            sys.exit('no CSL row named ' + key)
        ids = ['us-csl:' + i for i in csl_by_name[key]]
        names = [n for i in csl_by_name[key] for n in csl_by_id[i]]
        return ids, names
    sys.exit('bad reference ' + ref)


rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, 'rows.tsv'), encoding='utf-8')
        if l.strip() and not l.startswith('#')]
out = {}
for part in ('', '-dev', '-held'):
    q = open(os.path.join(here, 'queries%s.csv' % part), 'w', newline='', encoding='utf-8')
    t = open(os.path.join(here, 'truth%s.csv' % part), 'w', newline='', encoding='utf-8')
    out[part] = (csv.writer(q, lineterminator='\n'), csv.writer(t, lineterminator='\n'))
    out[part][0].writerow(['id', 'name', 'country', 'type', 'identifier'])
    out[part][1].writerow(['id', 'class', 'expect', 'expected', 'expected_names', 'note'])
halves = {'-dev': 0, '-held': 0}
for i, r in enumerate(rows, 1):
    kind, name, country, refs, note = (r + [''] * 5)[:5]
    qid = 'zq%03d' % i
    positive = not kind.startswith('neg_')
    ids, names = [], []
    for ref in filter(None, refs.split(';')):
        a, b = resolve(ref.strip())
        ids += a
        names += b
    if positive and not ids:
        sys.exit('positive without a reference: ' + name)
    key = refs.split(';')[0] if positive else name
    part = '-held' if zlib.crc32(key.encode('utf-8')) % 2 else '-dev'
    halves[part] += 1
    qtype = 'person' if kind == 'person' else 'organization'
    qrow = [qid, name, country, qtype if country else '', '']
    trow = [qid, kind, 'match' if positive else 'no_match', ';'.join(dict.fromkeys(ids)),
            ' | '.join(dict.fromkeys(names)), note]
    for p in ('', part):
        out[p][0].writerow(qrow)
        out[p][1].writerow(trow)
print('%d rows: dev %d, held-out %d' % (len(rows), halves['-dev'], halves['-held']))
