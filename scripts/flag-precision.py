"""How many of the "paragraph ends mid-sentence" flags (flag-open) point at a real cut, against gold.

    python3 scripts/flag-precision.py OUTDIR [GOLDDIR] [-v]

For each flag-open record of OUTDIR/*.report.json whose page has a gold file, the flagged paragraph's last
characters are looked up in the gold's paragraphs: found inside one (the editor's text goes on), the flag
is right ("true"); found at the end of one, the editor's paragraph ends there too ("false": a false alarm,
or a paragraph cut in the source itself, whose continuation is on no page, which -v lets one tell apart);
not found, "unknown". The editor's time goes to the false ones.
"""
from gold_reports import arguments, pages

out, gold, verbose = arguments()
counts = {'true': 0, 'false': 0, 'unknown': 0}
rows = []
for name, norm, paragraphs, records in pages(out, gold):
    for record in records:
        if record['rule'] != 'flag-open':
            continue
        end = norm(record['actual'])[-8:]
        holding = [p for p in paragraphs if end and end in p]
        verdict = 'unknown' if not holding else 'false' if any(p.endswith(end) for p in holding) else 'true'
        counts[verdict] += 1
        rows.append((verdict, name, record['actual']))
if verbose:
    for verdict, name, actual in sorted(rows):
        print(verdict.ljust(8), name[:32].ljust(32), actual.replace('\n', '⏎'))
print(f"flag-open: {counts['true']} true, {counts['false']} false, {counts['unknown']} unknown")
