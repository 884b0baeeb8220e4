"""How many of the "paragraph ends mid-sentence" flags (flag-open) point at a real cut, against gold.

    python3 scripts/flag-precision.py OUTDIR [GOLDDIR] [-v]

For each flag-open record of OUTDIR/*.report.json whose page has a gold file, the flagged paragraph's last
characters are looked up in the gold's paragraphs: found inside one (the editor's text goes on), the flag
is right ("true"); found at the end of one, the editor's paragraph ends there too ("false": a false alarm,
or a paragraph cut in the source itself, whose continuation is on no page, which -v lets one tell apart);
not found, "unknown". The editor's time goes to the false ones.
"""
import glob, json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score as S  # noqa: E402

args = [a for a in sys.argv[1:] if a != '-v']
out = args[0]
gold = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'probes', 'gold')
counts = {'true': 0, 'false': 0, 'unknown': 0}
rows = []
for report in sorted(glob.glob(os.path.join(out, '*.report.json'))):
    name = os.path.basename(report)[: -len('.report.json')]
    gold_file = os.path.join(gold, name + '.json')
    if not os.path.exists(gold_file):
        continue
    g = json.load(open(gold_file, encoding='utf-8'))
    norm = S.make_norm(g.get('fold'))
    paragraphs = [norm(p['text']) for p in g['paragraphs']]
    for record in json.load(open(report, encoding='utf-8'))['records']:
        if record['rule'] != 'flag-open':
            continue
        end = norm(record['actual'])[-8:]
        holding = [p for p in paragraphs if end and end in p]
        verdict = 'unknown' if not holding else 'false' if any(p.endswith(end) for p in holding) else 'true'
        counts[verdict] += 1
        rows.append((verdict, name, record['actual']))
if '-v' in sys.argv:
    for verdict, name, actual in sorted(rows):
        print(verdict.ljust(8), name[:32].ljust(32), actual.replace('\n', '⏎'))
print(f"flag-open: {counts['true']} true, {counts['false']} false, {counts['unknown']} unknown")
