"""Scoring extracted facts against hand labels (`solieu evaluate`).

Per document, gold and predicted facts are matched as multisets at three levels:
1. value + unit, 2. + measure, 3. + kind + qualifier. Each gold fact matches at most one
predicted fact. Pure: lists in, a report dict (and its text) out.
"""

from __future__ import annotations

from collections import Counter, defaultdict

LEVELS = (
    ("value+unit", ("value", "unit")),
    ("+measure", ("value", "unit", "measure")),
    ("+kind+qualifier", ("value", "unit", "measure", "kind", "qualifier")),
)


def _key(fact: dict, fields: tuple[str, ...]) -> tuple:
    out = []
    for f in fields:
        v = fact.get(f)
        if f == "value" and v is not None:
            v = round(float(v), 6)
        out.append(v)
    return tuple(out)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f1}


def score(gold: list[dict], predicted: dict[str, list[dict]]) -> dict:
    """Precision, recall and F1 of `predicted` against `gold` at the three match levels.

    gold: rows with doc, measure, value, unit, kind, qualifier (tests/gold/*.jsonl).
    predicted: doc stem -> `extract_facts` output. Documents in either side count; a
    document with gold rows and no prediction scores as all misses.
    Returns {"levels": {name: {tp, predicted, gold, precision, recall, f1,
    "per_measure": {measure: {...}}}}, "misses": {name: [...]}, "extras": {name: [...]},
    "documents": n}.
    """
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in gold:
        gold_by_doc[row["doc"]].append(row)
    docs = sorted(set(gold_by_doc) | set(predicted))
    report: dict = {"levels": {}, "misses": {}, "extras": {}, "documents": len(docs)}
    for name, fields in LEVELS:
        tp_total = 0
        per_measure_tp: Counter = Counter()
        per_measure_gold: Counter = Counter()
        per_measure_pred: Counter = Counter()
        misses: list[dict] = []
        extras: list[dict] = []
        n_gold = n_pred = 0
        for doc in docs:
            g_rows = gold_by_doc.get(doc, [])
            p_rows = predicted.get(doc, [])
            n_gold += len(g_rows)
            n_pred += len(p_rows)
            pool: dict[tuple, list[dict]] = defaultdict(list)
            for p in p_rows:
                pool[_key(p, fields)].append(p)
            for g in g_rows:
                per_measure_gold[g["measure"]] += 1
                bucket = pool.get(_key(g, fields))
                if bucket:
                    bucket.pop(0)
                    tp_total += 1
                    per_measure_tp[g["measure"]] += 1
                else:
                    misses.append({"doc": doc, **{k: g.get(k) for k in ("measure", "value", "unit", "kind", "qualifier", "noun")}})
            for p in p_rows:
                per_measure_pred[p["measure"]] += 1
            for bucket in pool.values():
                for p in bucket:
                    extras.append({"doc": doc, **{k: p.get(k) for k in ("measure", "value", "unit", "kind", "qualifier", "noun", "start", "quote")}})
        level = _prf(tp_total, n_pred, n_gold)
        if "measure" in fields:
            level["per_measure"] = {
                m: _prf(per_measure_tp[m], per_measure_pred[m], per_measure_gold[m])
                for m in sorted(set(per_measure_gold) | set(per_measure_pred))
            }
        report["levels"][name] = level
        report["misses"][name] = misses
        report["extras"][name] = extras
    return report


def _fmt_fact(f: dict) -> str:
    return (f"{f['doc']}: {f.get('measure')} {f.get('value')} {f.get('unit')} "
            f"{f.get('kind')} {f.get('qualifier')} «{f.get('noun') or ''}»")


def format_report(report: dict) -> str:
    """The report as text; its last three lines are the three levels' P, R and F1."""
    lines = [f"documents: {report['documents']}"]
    deepest = LEVELS[-1][0]
    for name, _ in LEVELS:
        lines.append(f"\n## misses at {name} ({len(report['misses'][name])})")
        lines.extend("  " + _fmt_fact(f) for f in report["misses"][name])
        lines.append(f"## extras at {name} ({len(report['extras'][name])})")
        lines.extend("  " + _fmt_fact(f) for f in report["extras"][name])
    lines.append(f"\n## per measure ({deepest} / +measure)")
    pm3 = report["levels"][deepest].get("per_measure", {})
    pm2 = report["levels"]["+measure"].get("per_measure", {})
    for m in sorted(set(pm2) | set(pm3)):
        a, b = pm2.get(m), pm3.get(m)
        lines.append(
            f"  {m:26s} gold={a['gold']:4d} pred={a['predicted']:4d}  "
            f"+measure F1={a['f1']:.2f}  +kind+qualifier F1={b['f1']:.2f}"
        )
    lines.append("")
    for name, _ in LEVELS:
        lv = report["levels"][name]
        lines.append(f"{name:16s} P={lv['precision']:.2f} R={lv['recall']:.2f} F1={lv['f1']:.2f}")
    return "\n".join(lines)
