"""How many of the joins (a paragraph cut by a break made whole) are right, against gold.

    python3 scripts/join-precision.py OUTDIR [GOLDDIR] [-v]

For each join record of OUTDIR/*.report.json whose page has a gold file, the last characters of the first half
and the first of the second are looked up in the gold: found side by side, the join is right; the first half
ending a gold paragraph and the second opening one, it is wrong (the editor keeps them apart); else unknown.
"""
import glob, json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score as S  # noqa: E402

args = [a for a in sys.argv[1:] if a != '-v']
out = args[0]
gold = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'probes', 'gold')
counts = {'right': 0, 'wrong': 0, 'unknown': 0}
rows = []
for report in sorted(glob.glob(os.path.join(out, '*.report.json'))):
    name = os.path.basename(report)[: -len('.report.json')]
    gold_file = os.path.join(gold, name + '.json')
    if not os.path.exists(gold_file):
        continue
    g = json.load(open(gold_file, encoding='utf-8'))
    norm = S.make_norm(g.get('fold'))
    paragraphs = [norm(p['text']) for p in g['paragraphs']]
    text = '\n'.join(paragraphs)
    for record in json.load(open(report, encoding='utf-8'))['records']:
        if record['rule'] != 'join' or record.get('kind') != 'join' or 'halves' not in record:
            continue
        first, second = record['halves'][0], record['halves'][1]
        end, start = norm(first)[-6:], norm(second)[:6]
        if end and start and end + start in text:
            verdict = 'right'
        elif end and start and any(p.endswith(end) for p in paragraphs) and any(p.startswith(start) for p in paragraphs):
            verdict = 'wrong'
        else:
            verdict = 'unknown'
        counts[verdict] += 1
        rows.append((verdict, name, first[-15:], second[:15]))
if '-v' in sys.argv:
    for verdict, name, first, second in sorted(rows):
        if verdict != 'right':
            print(verdict.ljust(8), name[:32].ljust(32), first.replace('\n', '⏎'), '|', second.replace('\n', '⏎'))
print(f"join: {counts['right']} right, {counts['wrong']} wrong, {counts['unknown']} unknown")
