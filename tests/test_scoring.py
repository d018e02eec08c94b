"""Scoring extracted facts against hand labels (transforms.scoring)."""

from transforms.scoring import format_report, score


def _fact(measure, value, unit="count", kind="actual", qualifier="exact", **extra):
    return {"measure": measure, "value": value, "unit": unit, "kind": kind, "qualifier": qualifier,
            "noun": extra.get("noun", "x")}


def _gold(doc, *args, **kw):
    return {"doc": doc, **_fact(*args, **kw)}


def test_perfect_prediction_scores_one_at_every_level():
    gold = [_gold("a", "delegates", 197), _gold("a", "party_members", 4000, qualifier="more_than")]
    pred = {"a": [_fact("delegates", 197), _fact("party_members", 4000, qualifier="more_than")]}
    report = score(gold, pred)
    for level in report["levels"].values():
        assert (level["precision"], level["recall"], level["f1"]) == (1.0, 1.0, 1.0)


def test_levels_tighten_measure_then_kind_and_qualifier():
    gold = [_gold("a", "grassroots_orgs", 64), _gold("a", "members_admitted", 150, kind="target", qualifier="at_least")]
    pred = {"a": [_fact("party_cells", 64), _fact("members_admitted", 150, kind="target", qualifier="exact")]}
    report = score(gold, pred)
    assert report["levels"]["value+unit"]["tp"] == 2
    assert report["levels"]["+measure"]["tp"] == 1
    assert report["levels"]["+kind+qualifier"]["tp"] == 0
    assert [m["value"] for m in report["misses"]["+measure"]] == [64]
    assert [e["measure"] for e in report["extras"]["+measure"]] == ["party_cells"]


def test_matching_is_a_multiset_per_document():
    # Two gold mentions of 12 in doc a; one prediction of 12 in a and one in b.
    gold = [_gold("a", "awards", 12), _gold("a", "awards", 12)]
    pred = {"a": [_fact("awards", 12)], "b": [_fact("awards", 12)]}
    lv = score(gold, pred)["levels"]["value+unit"]
    assert lv["tp"] == 1
    assert lv["predicted"] == 2 and lv["gold"] == 2
    assert abs(lv["precision"] - 0.5) < 1e-9 and abs(lv["recall"] - 0.5) < 1e-9


def test_value_matches_int_and_float_alike():
    gold = [_gold("a", "members_admitted", 102.2, unit="percent", kind="attainment"),
            _gold("a", "delegates", 197)]
    pred = {"a": [_fact("members_admitted", 102.2, unit="percent", kind="attainment"),
                  _fact("delegates", 197.0)]}
    assert score(gold, pred)["levels"]["+kind+qualifier"]["f1"] == 1.0


def test_per_measure_scores():
    gold = [_gold("a", "delegates", 1), _gold("a", "other", 2)]
    pred = {"a": [_fact("delegates", 1), _fact("party_orgs", 2)]}
    pm = score(gold, pred)["levels"]["+measure"]["per_measure"]
    assert pm["delegates"]["f1"] == 1.0
    assert pm["other"]["recall"] == 0.0
    assert pm["party_orgs"]["precision"] == 0.0


def test_document_without_prediction_counts_as_misses():
    gold = [_gold("a", "delegates", 1)]
    lv = score(gold, {})["levels"]["value+unit"]
    assert (lv["tp"], lv["predicted"], lv["gold"], lv["recall"]) == (0, 0, 1, 0.0)


def test_report_ends_with_one_line_per_level():
    gold = [_gold("a", "delegates", 197), _gold("a", "other", 3)]
    pred = {"a": [_fact("delegates", 197), _fact("other", 4)]}
    lines = format_report(score(gold, pred)).splitlines()
    assert lines[-3] == "value+unit       P=0.50 R=0.50 F1=0.50"
    assert lines[-2].startswith("+measure ") and "F1=0.50" in lines[-2]
    assert lines[-1].startswith("+kind+qualifier ") and "F1=0.50" in lines[-1]
