"""Scoring against gold: the rules check by check, agreement with the shared scorer, the command."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from releasepipe.cli import main
from releasepipe.evaluation import (
    CATEGORIES,
    UNIT_ALIASES,
    CaseResult,
    Check,
    GoldCase,
    GoldError,
    Rate,
    Report,
    default_texts,
    evaluate,
    load_gold,
    norm,
    run_gold,
    score,
    table,
)
from releasepipe.pipeline import PipelineConfig, load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_release.py"
CORPUS = SHARED / "corpus"
GOLD = CORPUS / "press" / "gold"
SAMPLES = ROOT / "samples"
SAMPLES_GOLD = SAMPLES / "gold"

#: A few gold files across the sets and languages: FSFE fr/de, re3d with and
#: without quotes, contact blocks in es and en.
AGREEMENT_CASES = (
    "fsfe/news-20220316-01.fr",
    "fsfe/news-20150916-01.de",
    "re3d/108A8CFC05CC3139A6E65B7A4239F5C6",
    "re3d/189862CF0AC0BBFA012D27D85CE90BE7",
    "contacts/eclipse-2008-06-25-ganymede.es",
    "contacts/koffice-2008-09-24-koffice20beta1.en",
)


def span(text: str, part: str, **extra) -> dict:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part), **extra}


TEXT = ("The Harbour Board reopens the north quay\n\n"
        "PORTVILLE, 3 May 2024 – Mara Quist, harbour master, said 1,200 boats can moor again.")


def release(**fields) -> dict:
    """A minimal contract dict with one valid entity mention (so offsets pass)."""
    base = {
        "language": {"code": "en"},
        "text": TEXT,
        "title": "The Harbour Board reopens the north quay",
        "entities": [{"type": "person", "name": "Mara Quist", "role": "harbour master",
                      "mentions": [span(TEXT, "Mara Quist")]}],
    }
    return base | fields


def results(gold: dict, out: dict, category: str) -> list[tuple[str, bool]]:
    return [(c.name, c.ok) for c in score(gold, out) if c.category == category]


# --- normalisation -------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("The  Harbour\u00a0Board", "harbour board"),
    ("L’ Office du port", "office du port"),
    ("L’Office du port", "l'office du port"),  # an elided article is kept: no space follows it
    ("La Maison", "maison"),
    ("Der Hafen", "hafen"),
    ("los Puertos", "puertos"),
    ("Theodora", "theodora"),  # an article only before a space
    ("ｆｕｌｌ width", "full width"),  # NFKC
    (None, ""),
])
def test_evaluate_norm(raw, expected):
    assert norm(raw) == expected


# --- score, category by category ----------------------------------------------

@pytest.mark.parametrize("gold, out, category, expected", [
    # language
    ({"language": "en"}, release(), "language", [("language", True)]),
    ({"language": "fr"}, release(), "language", [("language", False)]),
    # anatomy: title with article stripping and spacing, dateline
    ({"language": "en", "title": "Harbour Board reopens the  north quay"}, release(), "anatomy", [("title", True)]),
    ({"language": "en", "title": "The north quay"}, release(), "anatomy", [("title", False)]),
    ({"language": "en", "dateline_place": "Portville"}, release(dateline={"place": "PORTVILLE"}),
     "anatomy", [("dateline", True)]),
    ({"language": "en", "dateline_place": "Portville"}, release(), "anatomy", [("dateline", False)]),
    # offsets: every span must match the text; no span at all fails
    ({"language": "en"}, release(), "offsets", [("offsets", True)]),
    ({"language": "en"}, release(figures=[{"text": "1,200", "start": 0, "end": 5, "value": 1200}]),
     "offsets", [("offsets", False)]),
    ({"language": "en"}, release(entities=[]), "offsets", [("offsets", False)]),
    # person: by name, alias or mention text
    ({"language": "en", "persons": {"Mara Quist": {}}}, release(), "person", [("Mara Quist", True)]),
    ({"language": "en", "persons": {"M. Quist": {}}},
     release(entities=[{"type": "person", "name": "Mara Quist", "aliases": ["M. Quist"], "mentions": []}]),
     "person", [("M. Quist", True)]),
    ({"language": "en", "persons": {"Olav Brenn": {}}}, release(), "person", [("Olav Brenn", False)]),
    # role: a substring of the found person's role
    ({"language": "en", "persons": {"Mara Quist": {"role_contains": "Harbour master"}}}, release(),
     "role", [("Mara Quist", True)]),
    ({"language": "en", "persons": {"Mara Quist": {"role_contains": "mayor"}}}, release(),
     "role", [("Mara Quist", False)]),
    ({"language": "en", "persons": {"Olav Brenn": {"role_contains": "mayor"}}}, release(),
     "role", [("Olav Brenn", False)]),
    ({"language": "en", "persons": {"Mara Quist": {}}}, release(), "role", []),
    # precision_person: always checked; optional persons are not spurious
    ({"language": "en"}, release(), "precision_person", [("no spurious persons", False)]),
    ({"language": "en", "persons_optional": ["Mara Quist"]}, release(),
     "precision_person", [("no spurious persons", True)]),
    ({"language": "en"}, release(entities=[]), "precision_person", [("no spurious persons", True)]),
    # organization: any alternative; an article in the gold or the output is ignored
    ({"language": "en", "organizations": [["Harbour Board", "HB"]]},
     release(entities=[{"type": "organization", "name": "the Harbour Board", "mentions": []}]),
     "organization", [("Harbour Board", True)]),
    ({"language": "en", "organizations": [["Harbour Board", "HB"]]},
     release(entities=[{"type": "organization", "name": "HB"}]), "organization", [("Harbour Board", True)]),
    ({"language": "en", "organizations": ["Quay Trust"]},
     release(entities=[{"type": "organization", "name": "Quay Trust"}]), "organization", [("Quay Trust", True)]),
    ({"language": "en", "organizations": [["Quay Trust"]]},
     release(entities=[{"type": "organization", "name": "Harbour Board"}]), "organization", [("Quay Trust", False)]),
    # precision_organization/location: only with a non-empty gold list; optional groups are known
    ({"language": "en", "organizations": [["Quay Trust"]], "organizations_optional": [["Harbour Board"]]},
     release(entities=[{"type": "organization", "name": "Harbour Board"}]),
     "precision_organization", [("no spurious organizations", True)]),
    ({"language": "en", "organizations": [["Quay Trust"]]},
     release(entities=[{"type": "organization", "name": "Harbour Board"}]),
     "precision_organization", [("no spurious organizations", False)]),
    ({"language": "en", "organizations": []},
     release(entities=[{"type": "organization", "name": "Harbour Board"}]), "precision_organization", []),
    ({"language": "en", "locations": [["Portville"]]},
     release(entities=[{"type": "location", "name": "Portville"}, {"type": "location", "name": "Nordby"}]),
     "location", [("Portville", True)]),
    ({"language": "en", "locations": [["Portville"]]},
     release(entities=[{"type": "location", "name": "Portville"}, {"type": "location", "name": "Nordby"}]),
     "precision_location", [("no spurious locations", False)]),
    # figure: equal value and the gold unit (or an alias of it) inside the unit
    ({"language": "en", "figures": [{"value": 1200, "unit_contains": "boats"}]},
     release(figures=[{"value": 1200.0, "unit": "boats"}]), "figure", [("1200 boats", True)]),
    ({"language": "en", "figures": [{"value": 1200, "unit_contains": "boats"}]},
     release(figures=[{"value": 1201, "unit": "boats"}]), "figure", [("1200 boats", False)]),
    ({"language": "en", "figures": [{"value": 5, "unit_contains": "euros"}]},
     release(figures=[{"value": 5, "unit": "EUR"}]), "figure", [("5 euros", True)]),
    ({"language": "en", "figures": [{"value": 12, "unit_contains": "pour cent"}]},
     release(figures=[{"value": 12, "unit": "%"}]), "figure", [("12 pour cent", True)]),
    ({"language": "en", "figures": [{"value": 3, "unit_contains": "Dólares"}]},
     release(figures=[{"value": 3, "unit": "USD"}]), "figure", [("3 Dólares", True)]),
    ({"language": "en", "figures": [{"value": 3, "unit_contains": "dollars"}]},
     release(figures=[{"value": 3, "unit": "EUR"}]), "figure", [("3 dollars", False)]),
    ({"language": "en", "figures": [{"value": 7, "unit_contains": "quays"}]},
     release(figures=[{"value": "7", "unit": "quays"}]), "figure", [("7 quays", False)]),
    # date: the parts the gold gives, in value or end_value, yearless values included
    ({"language": "en", "dates": [{"year": 2024, "month": 5, "day": 3}]},
     release(dates=[{"value": "2024-05-03"}]), "date", [('{"year": 2024, "month": 5, "day": 3}', True)]),
    ({"language": "en", "dates": [{"year": 2024, "month": 5}]},
     release(dates=[{"value": "2024-05"}]), "date", [('{"year": 2024, "month": 5}', True)]),
    ({"language": "en", "dates": [{"month": 5, "day": 3}]},
     release(dates=[{"value": "--05-03"}]), "date", [('{"month": 5, "day": 3}', True)]),
    ({"language": "en", "dates": [{"year": 2024, "month": 5, "day": 3}]},
     release(dates=[{"value": "--05-03"}]), "date", [('{"year": 2024, "month": 5, "day": 3}', False)]),
    ({"language": "en", "dates": [{"year": 2024, "month": 5, "day": 9}]},
     release(dates=[{"value": "2024-05-03", "end_value": "2024-05-09"}]),
     "date", [('{"year": 2024, "month": 5, "day": 9}', True)]),
    ({"language": "en", "dates": [{"year": 2024}]},
     release(dates=[{"value": "P3D"}]), "date", [('{"year": 2024}', False)]),
    # phone, email (case-insensitive gold), contact_link (name and one of its numbers or addresses)
    ({"language": "en", "contacts": [{"name": "Mara Quist", "phone": "+15550100", "email": "Press@Port.example"}]},
     release(contacts=[{"name": "Mara Quist", "phones": ["+15550100"], "emails": ["press@port.example"]}]),
     "phone", [("+15550100", True)]),
    ({"language": "en", "contacts": [{"name": "Mara Quist", "phone": "+15550100", "email": "Press@Port.example"}]},
     release(contacts=[{"name": "Mara Quist", "phones": ["+15550100"], "emails": ["press@port.example"]}]),
     "email", [("Press@Port.example", True)]),
    ({"language": "en", "contacts": [{"name": "Mara Quist", "phone": "+15550100"}]},
     release(contacts=[{"name": "mara  quist", "phones": ["+15550100"]}]),
     "contact_link", [("Mara Quist", True)]),
    ({"language": "en", "contacts": [{"name": "Mara Quist", "phone": "+15550100"}]},
     release(contacts=[{"name": "Olav Brenn", "phones": ["+15550100"]}, {"name": "Mara Quist", "phones": []}]),
     "contact_link", [("Mara Quist", False)]),
    ({"language": "en", "contacts": [{"phone": "+15550199"}]},
     release(contacts=[{"phones": ["+15550100"]}]), "phone", [("+15550199", False)]),
    ({"language": "en", "contacts": [{"phone": "+15550199"}]}, release(), "contact_link", []),
    # quote: the text starts with the gold words (opening marks ignored); speaker of the first hit
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "Boats may moor"}]},
     release(quotes=[{"text": "« Boats may moor again »", "speaker": "Mara Quist"}]),
     "quote", [("Boats may moor", True)]),
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "“Boats may moor"}]},
     release(quotes=[{"text": "— boats may moor again", "speaker": "Mara Quist"}]),
     "quote", [("“Boats may moor", True)]),
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "The quay is open"}]},
     release(quotes=[{"text": "The quay is open again", "speaker": "Mara Quist"}]),
     "quote", [("The quay is open", True)]),
    # the article is stripped again after the opening mark, as in the shared rules: a quote text that keeps
    # its mark before an article matches a gold start that has the article
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "The quay is open"}]},
     release(quotes=[{"text": "“The quay is open again”", "speaker": "Mara Quist"}]),
     "quote", [("The quay is open", True)]),
    ({"language": "fr", "quotes": [{"speaker": "Mara Quist", "starts_with": "« Le quai rouvre"}]},
     release(quotes=[{"text": "Le quai rouvre lundi", "speaker": "Mara Quist"}]),
     "quote", [("« Le quai rouvre", True)]),
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "Boats may moor"}]},
     release(quotes=[{"text": "“Boats may moor again”", "speaker": " mara quist"}]),
     "speaker", [("Boats may moor", True)]),
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "The quay is open"}]},
     release(quotes=[{"text": "The quay is open again", "speaker": "Olav Brenn"}]),
     "speaker", [("The quay is open", False)]),
    ({"language": "en", "quotes": [{"speaker": "Mara Quist", "starts_with": "Boats are welcome"}]},
     release(quotes=[{"text": "The quay is open again", "speaker": "Mara Quist"}]),
     "quote", [("Boats are welcome", False)]),
])
def test_evaluate_score_category(gold, out, category, expected):
    assert results(gold, out, category) == expected


def test_evaluate_score_order_and_details():
    gold = {"language": "en", "title": "Harbour Board reopens the north quay",
            "persons": {"Olav Brenn": {"role_contains": "mayor"}},
            "figures": [{"value": 1200, "unit_contains": "boats"}],
            "quotes": [{"speaker": "Mara Quist", "starts_with": "Open"}]}
    checks = score(gold, release(figures=[{"value": 1200, "unit": "boat"}]))
    assert [(c.category, c.name, c.ok) for c in checks] == [
        ("language", "language", True),
        ("anatomy", "title", True),
        ("offsets", "offsets", True),
        ("person", "Olav Brenn", False),
        ("role", "Olav Brenn", False),
        ("precision_person", "no spurious persons", False),
        ("figure", "1200 boats", False),
        ("quote", "Open", False),
        ("speaker", "Open", False),
    ]
    details = {(c.category, c.name): c.detail for c in checks}
    assert details[("role", "Olav Brenn")] == "no person"
    assert details[("precision_person", "no spurious persons")] == ["Mara Quist"]
    assert details[("figure", "1200 boats")] == [(1200, "boat")]
    assert details[("speaker", "Open")] == "no quote"
    assert details[("offsets", "offsets")] == "0 bad of 1"


def test_evaluate_score_empty_release_fails_without_crashing():
    gold = {"language": "en", "persons": {"Mara Quist": {}}, "organizations": [["Quay Trust"]]}
    checks = score(gold, {})
    assert [(c.category, c.ok) for c in checks] == [
        ("language", False), ("offsets", False), ("person", False), ("precision_person", True),
        ("organization", False), ("precision_organization", True)]


# --- gold loading, report, table -----------------------------------------------

def test_evaluate_load_gold_reads_txt_and_jsonl(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "press" / "demo" / "en").mkdir(parents=True)
    (corpus / "press" / "demo" / "en" / "quay.txt").write_text("Quay reopens\n\nBoats return.\n", encoding="utf-8")
    (corpus / "press" / "wire").mkdir(parents=True)
    records = [{"id": "A1", "title": "Ferry resumes", "text": "The ferry sails again."},
               {"id": "B2", "title": "Other", "text": "Other text."}]
    (corpus / "press" / "wire" / "docs.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold = corpus / "press" / "gold"
    (gold / "demo").mkdir(parents=True)
    (gold / "wire").mkdir(parents=True)
    (gold / "demo" / "quay.en.gold.json").write_text(
        json.dumps({"file": "press/demo/en/quay.txt", "language": "en"}), encoding="utf-8")
    (gold / "wire" / "A1.gold.json").write_text(
        json.dumps({"file": "press/wire/docs.jsonl", "id": "A1", "language": "en"}), encoding="utf-8")

    cases = list(load_gold(gold, corpus))
    assert [(c.key, c.set, c.lang, c.filename) for c in cases] == [
        ("demo/quay.en", "demo", "en", "demo/quay.en.txt"),
        ("wire/A1", "wire", "en", "wire/A1.txt"),
    ]
    # a release file is processed as it is; its text is what the reader gives
    assert cases[0].path == corpus / "press" / "demo" / "en" / "quay.txt"
    assert cases[0].text == "Quay reopens\n\nBoats return."
    # a JSONL record has no file of its own: its title and text are processed as a .txt
    assert cases[1].path is None
    assert cases[1].text == "Ferry resumes\n\nThe ferry sails again."
    assert list(load_gold(gold)) == cases  # the corpus root is found from press/gold


QUAY = {"file": "press/demo/quay.txt", "language": "en"}


@pytest.mark.parametrize("gold, message", [
    ({"file": "press/demo/missing.txt", "language": "en"}, "cannot read its text .*missing.txt: file not found"),
    ({"file": "press/demo/docs.jsonl", "id": "Z9", "language": "en"}, "no record with id 'Z9'"),
    ({"file": "press/demo/quay.odt", "language": "en"}, "`file` 'press/demo/quay.odt' is not a release format"),
    ({"language": "en"}, "needs `file` and `language`"),
    # a gold file reads texts inside the texts folder only
    ({"file": "../outside.txt", "language": "en"}, "must be a path inside the texts folder"),
    ({"file": "/etc/hostname", "language": "en"}, "must be a path inside the texts folder"),
    ({"file": "press/demo/linked.txt", "language": "en"}, "must be a path inside the texts folder"),
    ([QUAY], "holds one JSON object"),
    (QUAY | {"language": ""}, "`language` must be a non-empty string"),
    (QUAY | {"persons": ["Mara Quist"]}, "`persons` must be an object"),
    (QUAY | {"persons": {"Mara Quist": {"role_contains": ["harbour master"]}}}, "role_contains of 'Mara Quist'"),
    (QUAY | {"organizations": [["Quay Trust"], []]}, "`organizations` must be a list of alias groups"),
    (QUAY | {"locations": "Portville"}, "`locations` must be a list of alias groups"),
    (QUAY | {"figures": [{"value": "1,200", "unit_contains": "boats"}]}, "`figures`: each figure is"),
    (QUAY | {"figures": {"value": 1200}}, "`figures`: each figure is"),
    (QUAY | {"dates": [{"year": "2024"}]}, "`dates`: each date gives integer parts"),
    (QUAY | {"dates_optional": [{}]}, "`dates_optional`: each date gives integer parts"),
    (QUAY | {"contacts": [{"name": "Mara Quist", "phone": 15550100}]}, "`contacts`: each contact is"),
    (QUAY | {"quotes": [{"speaker": "Mara Quist", "text": "Boats may moor"}]}, "`quotes`: each quote is"),
])
def test_evaluate_load_gold_errors(tmp_path, gold, message):
    (tmp_path / "press" / "demo").mkdir(parents=True)
    (tmp_path / "press" / "demo" / "docs.jsonl").write_text('{"id": "A1", "title": "t", "text": "x"}\n',
                                                           encoding="utf-8")
    (tmp_path / "press" / "demo" / "quay.txt").write_text("Quay reopens\n\nBoats return.\n", encoding="utf-8")
    (tmp_path / "press" / "demo" / "quay.odt").write_bytes(b"PK")
    (tmp_path.parent / f"{tmp_path.name}-outside.txt").write_text("elsewhere\n", encoding="utf-8")
    (tmp_path / "press" / "demo" / "linked.txt").symlink_to(tmp_path.parent / f"{tmp_path.name}-outside.txt")
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "x.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(GoldError, match=message) as caught:
        list(load_gold(tmp_path / "g", tmp_path))
    # one line, naming the gold file
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith(f"{tmp_path / 'g' / 'x.gold.json'}: ")


def test_evaluate_load_gold_bad_json_is_one_line(tmp_path):
    (tmp_path / "x.gold.json").write_text('{"file": "a.txt", "language": "en",\n "persons": {', encoding="utf-8")
    with pytest.raises(GoldError, match=r"x\.gold\.json: cannot read gold: ") as caught:
        list(load_gold(tmp_path, tmp_path))
    assert "\n" not in str(caught.value)


def test_evaluate_default_texts(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "press" / "gold" / "fsfe").mkdir(parents=True)
    (tmp_path / "releases" / "gold" / "fr").mkdir(parents=True)
    (tmp_path / "labels").mkdir()
    # the measurement corpus: its root, the folder holding press/
    assert default_texts(corpus / "press" / "gold") == corpus.resolve()
    assert default_texts(corpus / "press" / "gold" / "fsfe") == corpus.resolve()
    # texts beside their gold folder: the gold folder's parent
    assert default_texts(tmp_path / "releases" / "gold") == (tmp_path / "releases").resolve()
    assert default_texts(tmp_path / "releases" / "gold" / "fr") == (tmp_path / "releases").resolve()
    assert default_texts(SAMPLES_GOLD) == SAMPLES.resolve()
    # anything else must be told where the texts are
    with pytest.raises(GoldError, match="labels: not a gold folder beside its texts"):
        default_texts(tmp_path / "labels")


def test_evaluate_summary_and_table():
    report = Report("demo", [
        CaseResult("a/one", "a", "en", (Check("language", "language", True), Check("person", "X", False),
                                         Check("precision_person", "no spurious persons", True))),
        CaseResult("b/two", "b", "fr", (Check("language", "language", False), Check("person", "Y", True))),
    ])
    summary = report.summary("set")
    assert list(summary) == ["all", "a", "b"]
    assert summary["all"] == {"language": Rate(1, 2), "person": Rate(1, 2), "precision_person": Rate(1, 1),
                              "total": Rate(3, 5)}
    assert summary["b"]["language"].rate == 0.0
    assert list(report.summary("lang")) == ["all", "en", "fr"]
    assert list(report.summary("category")) == ["all"]
    assert report.overall == Rate(3, 5)
    assert table(report, "set") == [
        ("category", "all", "a", "b"),
        ("language", "0.50 (1/2)", "1.00 (1/1)", "0.00 (0/1)"),
        ("person", "0.50 (1/2)", "0.00 (0/1)", "1.00 (1/1)"),
        ("precision_person", "1.00 (1/1)", "1.00 (1/1)", "–"),
        ("total", "0.60 (3/5)", "0.67 (2/3)", "0.50 (1/2)"),
    ]
    data = report.to_dict("set")
    assert data["summary"]["a"]["total"] == {"passed": 2, "total": 3, "rate": 2 / 3}
    assert data["cases"][0]["checks"][1] == {"category": "person", "name": "X", "ok": False, "detail": ""}


def test_evaluate_is_a_function_of_the_package(tmp_path):
    """``releasepipe.evaluate(gold_dir, texts=...)``: a gold folder in, a report out."""
    import releasepipe

    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    (texts / "quay.txt").write_text("The Harbour Board reopens the north quay\n\nBoats can moor at the north "
                                    "quay again from Monday, the harbour board said.\n", encoding="utf-8")
    (gold / "quay.gold.json").write_text(json.dumps({"file": "quay.txt", "language": "en",
                                                     "title": "The Harbour Board reopens the north quay"}),
                                         encoding="utf-8")
    rules = PipelineConfig.from_dict({"name": "rules-only", "stages": ["language", "anatomy"]}, source="<test>")
    report = releasepipe.evaluate(gold, texts=texts, pipeline=rules)
    assert [(c.category, c.ok) for c in report.cases[0].checks][:2] == [("language", True), ("anatomy", True)]
    assert "evaluate" in dir(releasepipe)


def test_evaluate_runs_a_batch_without_models(tmp_path):
    rules = PipelineConfig.from_dict({"name": "rules-only", "stages": ["language", "anatomy"]}, source="<test>")
    cases = [
        GoldCase("quay.en", "demo", {"language": "en", "title": "The harbour board reopens the north quay"},
                 "The Harbour Board reopens the north quay\n\nBoats can moor at the north quay again from "
                 "Monday, the harbour board said, after three months of repairs to the sea wall.\n"),
        GoldCase("empty.en", "demo", {"language": "en"}, ""),
    ]
    report = evaluate(cases, config=rules)
    first, second = report.cases
    assert first.error is None and first.release["title"] == "The Harbour Board reopens the north quay"
    assert [(c.category, c.ok) for c in first.checks][:2] == [("language", True), ("anatomy", True)]
    assert second.error is not None and second.error.startswith("RP101")
    assert second.release == {} and not second.checks[0].ok


def test_evaluate_rejects_duplicate_case_names():
    rules = PipelineConfig.from_dict({"name": "rules-only", "stages": ["language", "anatomy"]}, source="<test>")
    cases = [GoldCase("Quay", "demo", {"language": "en"}, "a"), GoldCase("quay", "demo", {"language": "en"}, "b")]
    with pytest.raises(GoldError, match="same name"):
        evaluate(cases, config=rules)


# --- the samples' gold ---------------------------------------------------------

SAMPLE_FILES = sorted(p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*")
                      if p.is_file() and p.relative_to(SAMPLES).parts[0] != "gold")
#: Money is labelled with its ISO 4217 code (the output contract's unit), which the text need not write.
CURRENCIES = {"CAD", "CHF", "EUR", "JOD", "KES", "PEN", "USD", "XOF"}
RULES_ONLY = {"name": "rules-only", "stages": ["language", "anatomy"]}
#: Pass-rate floors of the fast pipeline on samples/gold (measured, less a margin).
FLOOR = {"total": 0.85, "language": 1.0, "anatomy": 1.0, "figure": 0.9, "date": 0.9, "phone": 0.95, "email": 0.95,
         "contact_link": 0.95, "quote": 0.95, "speaker": 0.9}


def flat(text: str) -> str:
    """Text compared for occurrence: NFKC (no-break spaces are spaces), straight apostrophes, one space, case-folded."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    return re.sub(r"\s+", " ", text).casefold()


def gold_strings(gold: dict):
    """(what, string) for every string of a gold that its text must hold."""
    for key in ("title", "dateline_place"):
        if gold.get(key):
            yield key, gold[key]
    for name, spec in gold.get("persons", {}).items():
        yield "person", name
        if spec.get("role_contains"):
            yield "role", spec["role_contains"]
    yield from (("person", name) for name in gold.get("persons_optional", []))
    for key in ("organizations", "organizations_optional", "locations", "locations_optional"):
        yield from ((key, alias) for group in gold.get(key, []) for alias in group)
    for key in ("figures", "figures_optional"):
        yield from (("unit", f["unit_contains"]) for f in gold.get(key, []) if f["unit_contains"] not in CURRENCIES)
    for key in ("quotes", "quotes_optional"):
        for quote in gold.get(key, []):
            yield "quote", quote["starts_with"]
            if quote.get("speaker"):
                yield "speaker", quote["speaker"]
    for contact in gold.get("contacts", []):
        yield from (("contact", contact[k]) for k in ("name", "email") if contact.get(k))


def release_from_gold(gold: dict) -> dict:
    """A release that says exactly what the gold says (no offsets)."""
    entities = [{"type": "person", "name": name, "role": spec.get("role_contains")}
                for name, spec in gold.get("persons", {}).items()]
    for typ, key in (("organization", "organizations"), ("location", "locations")):
        entities += [{"type": typ, "name": group[0], "aliases": group[1:]} for group in gold.get(key, [])]
    figures = [{"value": f["value"], "unit": UNIT_ALIASES.get(norm(f["unit_contains"]), [f["unit_contains"]])[0]}
               for f in gold.get("figures", [])]
    dates = []
    for d in gold.get("dates", []):
        y, m, day = d.get("year"), d.get("month"), d.get("day")
        dates.append({"value": f"--{m:02d}-{day:02d}" if y is None else "-".join(
            [f"{y:04d}", *([f"{m:02d}"] if m else []), *([f"{day:02d}"] if m and day else [])])})
    contacts: dict[str, dict] = {}
    for c in gold.get("contacts", []):
        record = contacts.setdefault(c.get("name") or c.get("phone"), {"name": c.get("name"), "phones": [], "emails": []})
        record["phones"] += [c["phone"]] if c.get("phone") else []
        record["emails"] += [c["email"].lower()] if c.get("email") else []
    return {"language": {"code": gold["language"]}, "title": gold.get("title"),
            "dateline": {"place": gold.get("dateline_place")}, "entities": entities, "figures": figures,
            "dates": dates, "contacts": list(contacts.values()),
            "quotes": [{"text": q["starts_with"] + " …", "speaker": q["speaker"]} for q in gold.get("quotes", [])]}


@pytest.fixture(scope="module")
def sample_cases() -> list[GoldCase]:
    return list(load_gold(SAMPLES_GOLD))


def test_evaluate_samples_gold_labels_every_sample(sample_cases):
    assert len(sample_cases) == len(SAMPLE_FILES) == 16
    assert sorted(c.gold["file"] for c in sample_cases) == SAMPLE_FILES
    for case in sample_cases:
        file = Path(case.gold["file"])
        assert case.path == SAMPLES / file and case.path.is_file()
        assert case.key == f"{file.parent}/{file.stem}" and case.filename == f"{case.key}{file.suffix}"
        assert case.text  # read with the file's own reader
    assert {c.path.suffix for c in sample_cases} == {".txt", ".md", ".html", ".eml", ".docx", ".pdf"}


def test_evaluate_samples_gold_strings_occur_in_their_text(sample_cases):
    missing = [(c.key, what, value) for c in sample_cases for what, value in gold_strings(c.gold)
               if flat(value) not in flat(c.text)]
    assert missing == []


def test_evaluate_samples_gold_phones_are_written_in_their_text(sample_cases):
    for case in sample_cases:
        digits = re.sub(r"\D", "", case.text)
        for contact in case.gold["contacts"]:
            assert re.fullmatch(r"\+[1-9]\d{6,14}", contact["phone"]), contact
            assert contact["phone"][-8:] in digits, (case.key, contact["phone"])


def test_evaluate_samples_gold_scores_full_marks_on_itself(sample_cases):
    for case in sample_cases:
        failed = [c for c in score(case.gold, release_from_gold(case.gold)) if not c.ok and c.category != "offsets"]
        assert failed == [], case.key


def test_evaluate_processes_each_format_as_it_is(tmp_path):
    """A gold case naming a .docx, .pdf, .eml or .html file is processed in that format, not as text."""
    texts, gold = tmp_path / "releases", tmp_path / "releases" / "gold"
    names = ["en/amman-winter-cash.docx", "fr/ouagadougou-sante-mentale.pdf", "en/nairobi-short-rains.eml",
             "fr/geneve-appel-sahel.html"]
    for name in names:
        (texts / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, texts / name)
        (gold / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES_GOLD / Path(name).with_suffix(".gold.json"), gold / Path(name).with_suffix(".gold.json"))
    report = run_gold(gold, pipeline=PipelineConfig.from_dict(RULES_ONLY, source="<test>"))
    assert [r.key for r in report.cases] == ["en/amman-winter-cash", "en/nairobi-short-rains",
                                             "fr/geneve-appel-sahel", "fr/ouagadougou-sante-mentale"]
    for result in report.cases:
        assert result.error is None, result.error
        assert result.release["source"]["format"] in {"docx", "pdf", "eml", "html"}
        assert result.release["source"]["path"] == f"{result.key}.{result.release['source']['format']}"
        anatomy = [(c.name, c.ok) for c in result.checks if c.category in ("language", "anatomy")]
        assert anatomy == [("language", True), ("title", True), ("dateline", True)], result.key


def test_evaluate_run_gold_needs_gold_files(tmp_path):
    (tmp_path / "gold").mkdir()
    with pytest.raises(GoldError, match="no \\*.gold.json file"):
        run_gold(tmp_path / "gold")


@pytest.fixture(scope="module")
def samples_report() -> Report:
    return run_gold(SAMPLES_GOLD, pipeline="fast", jobs=2)


def test_evaluate_samples_gold_checks_every_category(samples_report):
    assert len(samples_report.cases) == 16 and samples_report.failed == []
    counts = samples_report.summary("category")["all"]
    assert [c for c in CATEGORIES if counts.get(c, Rate()).total == 0] == []
    for result in samples_report.cases:
        assert result.release["source"]["format"] == Path(result.release["source"]["path"]).suffix[1:]


def test_evaluate_samples_gold_pass_rate_floor(samples_report):
    """The fast pipeline on the samples: a drop below these rates is a regression to look at."""
    summary = samples_report.summary("category")["all"]
    assert samples_report.overall.rate >= FLOOR["total"]
    low = {c: str(summary[c]) for c, floor in FLOOR.items() if c != "total" and summary[c].rate < floor}
    assert low == {}


# --- agreement with the shared scorer on real gold -----------------------------

@pytest.fixture(scope="module")
def shared_scorer():
    if not SCORER.is_file() or not GOLD.is_dir():
        pytest.skip("shared scorer or press gold not present")
    spec = importlib.util.spec_from_file_location("score_release", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample_gold(tmp_path_factory, shared_scorer) -> Path:
    """Copies of the agreement cases' gold files, one folder per set."""
    folder = tmp_path_factory.mktemp("gold")
    for key in AGREEMENT_CASES:
        (folder / key).parent.mkdir(exist_ok=True)
        shutil.copy(GOLD / f"{key}.gold.json", folder / f"{key}.gold.json")
    return folder


def test_evaluate_agrees_with_shared_scorer(shared_scorer, sample_gold):
    cases = list(load_gold(sample_gold, CORPUS))
    assert sorted(c.key for c in cases) == sorted(AGREEMENT_CASES)
    report = evaluate(cases, config=load_pipeline("fast"))
    for case, result in zip(cases, report.cases):
        assert result.error is None, result.error
        theirs = shared_scorer.score(case.gold, result.release)
        ours = [(c.category, c.name, c.ok, c.detail) for c in result.checks]
        assert ours == theirs, case.key


def test_evaluate_cli_prints_table_and_gates(shared_scorer, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for key in AGREEMENT_CASES[:2]:
        shutil.copy(GOLD / f"{key}.gold.json", gold)
    # a labelled person absent from the text: the overall rate cannot be 1
    extra = json.loads((GOLD / f"{AGREEMENT_CASES[4]}.gold.json").read_text(encoding="utf-8"))
    extra["persons"]["Nobody Named Thus"] = {}
    (gold / "extra.gold.json").write_text(json.dumps(extra), encoding="utf-8")
    report = tmp_path / "checks.json"

    args = ["evaluate", str(gold), "--corpus", str(CORPUS), "--pipeline", "fast", "--by", "lang"]
    result = CliRunner().invoke(main, [*args, "--json", str(report), "--min", "0.1"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("|")[1].strip() == "category"
    assert [cell.strip() for cell in lines[0].split("|")[2:-1]] == ["all", "de", "es", "fr"]
    assert any(line.startswith("| total") for line in lines)
    data = json.loads(report.read_text(encoding="utf-8"))
    assert len(data["cases"]) == 3 and data["pipeline"] == "fast"
    person = [c for c in data["cases"][0]["checks"] if c["name"] == "Nobody Named Thus"]
    assert person == [{"category": "person", "name": "Nobody Named Thus", "ok": False, "detail": ""}]

    result = CliRunner().invoke(main, [*args, "--min", "1"])
    assert result.exit_code == 1
    assert "below --min 1" in result.stderr


def test_evaluate_cli_needs_texts_outside_a_gold_folder(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "--texts" in result.output and "not a gold folder beside its texts" in result.output


def test_evaluate_cli_texts_of_any_format(tmp_path):
    texts, gold = tmp_path / "releases", tmp_path / "labels"
    for name in ("en/amman-winter-cash.docx", "fr/ouagadougou-sante-mentale.pdf"):
        (texts / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, texts / name)
        (gold / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES_GOLD / Path(name).with_suffix(".gold.json"), gold / Path(name).with_suffix(".gold.json"))
    rules = tmp_path / "rules.toml"
    rules.write_text('name = "rules-only"\nstages = ["language", "anatomy"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--texts", str(texts), "--pipeline", str(rules),
                                       "--by", "lang"])
    assert result.exit_code == 0, result.output
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in result.stdout.splitlines() if line.startswith("| ")}
    assert rows["category"] == ["all", "en", "fr"]
    assert rows["language"] == ["1.00 (2/2)", "1.00 (1/1)", "1.00 (1/1)"]
    assert rows["anatomy"][0] == "1.00 (4/4)"
