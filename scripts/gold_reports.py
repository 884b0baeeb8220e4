"""The reports of an output folder beside the gold of their pages, for the scripts that measure what review costs.

pages(out, gold) yields, for each OUT/NAME.report.json whose page has GOLD/NAME.json, the page's name, the gold's
normaliser (the scorer's, ../shared/eval/score.py), the gold's paragraphs as it normalises them, and the report's
records. `gold` defaults to the probes' gold.
"""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'shared', 'eval'))
import score as S  # noqa: E402

PROBES_GOLD = os.path.join(HERE, '..', 'probes', 'gold')


def arguments():
    """OUTDIR [GOLDDIR] [-v] from the command line: (out, gold, verbose)."""
    args = [a for a in sys.argv[1:] if a != '-v']
    return args[0], args[1] if len(args) > 1 else PROBES_GOLD, '-v' in sys.argv


def pages(out, gold=PROBES_GOLD):
    for report in sorted(glob.glob(os.path.join(out, '*.report.json'))):
        name = os.path.basename(report)[: -len('.report.json')]
        gold_file = os.path.join(gold, name + '.json')
        if not os.path.exists(gold_file):
            continue
        g = json.load(open(gold_file, encoding='utf-8'))
        norm = S.make_norm(g.get('fold'))
        paragraphs = [norm(p['text']) for p in g['paragraphs']]
        yield name, norm, paragraphs, json.load(open(report, encoding='utf-8'))['records']
