"""How many of the joins (a paragraph cut by a break made whole) are right, against gold.

    python3 scripts/join-precision.py OUTDIR [GOLDDIR] [-v]

For each join record of OUTDIR/*.report.json whose page has a gold file, the last characters of the first half
and the first of the second are looked up in the gold: found side by side, the join is right; the first half
ending a gold paragraph and the second opening one, it is wrong (the editor keeps them apart); else unknown.
"""
from gold_reports import arguments, pages

out, gold, verbose = arguments()
counts = {'right': 0, 'wrong': 0, 'unknown': 0}
rows = []
for name, norm, paragraphs, records in pages(out, gold):
    text = '\n'.join(paragraphs)
    for record in records:
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
if verbose:
    for verdict, name, first, second in sorted(rows):
        if verdict != 'right':
            print(verdict.ljust(8), name[:32].ljust(32), first.replace('\n', '⏎'), '|', second.replace('\n', '⏎'))
print(f"join: {counts['right']} right, {counts['wrong']} wrong, {counts['unknown']} unknown")
