"""Word summaries and the digest: structure, languages, links, determinism, rendering."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date, datetime, timezone
from typing import Any

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from releasepipe import schema
from releasepipe.model import SCHEMA_VERSION
from releasepipe.pipeline import release_id
from releasepipe.write.labels import LABELS, LANGUAGES
from releasepipe.write.summary import _rank_figure, digest_docx, evidence, fit_widths, release_docx, text_width_cm

# ------------------------------------------------------------------ release builder


def _span(text: str, surface: str, after: int = 0) -> dict[str, Any]:
    start = text.index(surface, after)
    return {"start": start, "end": start + len(surface), "text": surface}


def build(text: str, *, lang: str, title: str | None, kicker: list[str], path: str,
          published: str | None = None, dateline: tuple[str, str | None, str] | None = None,
          entities: list[tuple[str, str, list[str], str | None, list[str]]] = (),
          figures: list[tuple[str, float, str | None, str | None, str]] = (),
          dates: list[tuple[str, str | None, str | None, str]] = (),
          quotes: list[tuple[str, str | None, str | None]] = (),
          contacts: list[dict[str, Any]] = (),
          segments: list[tuple[str, str]] | None = None,
          warnings: list[dict[str, str]] = ()) -> dict[str, Any]:
    """A contract dict whose offsets are computed from ``text``, so they are exact."""
    raw = text.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()
    segs = [{"start": 0, "end": len(text), "code": lang}]
    if segments:
        segs = []
        for surface, code in segments:
            s = _span(text, surface)
            segs.append({"start": s["start"], "end": s["end"], "code": code})
    ents = []
    for kind, name, aliases, role, mentions in entities:
        found, after = [], 0
        for surface in mentions:
            m = _span(text, surface, after)
            found.append(m)
            after = m["end"]
        ents.append({"type": kind, "name": name, "aliases": aliases, "role": role, "mentions": found,
                     "organization": None})
    line = None
    if dateline:
        place, iso, surface = dateline
        s = _span(text, surface)
        line = {"place": place, "date": iso, "start": s["start"], "end": s["end"]}
    q_out = []
    for quote, speaker, speaker_surface in quotes:
        s = _span(text, quote)
        mention = _span(text, speaker_surface, s["end"]) if speaker_surface else None
        q_out.append({**s, "speaker": speaker, "speaker_mention": mention})
    c_out = []
    for c in contacts:
        s, e = _span(text, c.pop("from")), _span(text, c.pop("to"))
        c_out.append({"name": None, "role": None, "organization": None, "phones": [], "emails": [],
                      "urls": [], **c, "start": s["start"], "end": e["end"]})
    blocks = _blocks(text)
    for e in ents:
        for m in e["mentions"]:
            m["block"] = _block_at(blocks, m["start"])
    for q in q_out:
        if q["speaker_mention"]:
            q["speaker_mention"]["block"] = _block_at(blocks, q["speaker_mention"]["start"])
    release = {
        "schema_version": SCHEMA_VERSION,
        "id": release_id(path),
        "content_sha256": digest,
        "source": {"path": path, "format": "txt", "bytes": len(raw), "sha256": digest},
        "text": text,
        "language": {"code": lang, "confidence": 0.98,
                     "candidates": [{"code": lang, "probability": 0.98}], "segments": segs},
        "kicker": kicker,
        "title": title,
        "dateline": line,
        "published": published,
        "entities": ents,
        "dates": [{**_span(text, t), "value": v, "end_value": ev, "kind": k} for t, v, ev, k in dates],
        "figures": [{**_span(text, t), "value": v, "unit": u, "qualifier": q, "kind": k}
                    for t, v, u, q, k in figures],
        "contacts": c_out,
        "quotes": q_out,
        "warnings": list(warnings),
        "blocks": blocks,
        "embargo": None,
    }
    for item in (*release["dates"], *release["figures"]):
        item["block"] = _block_at(blocks, item["start"])
        item.setdefault("end_value", None)
    return release


#: Paragraph openings that make a contact block or boilerplate in the fixtures.
_CONTACT = ("Contact", "Media contacts", "Rahim", "للتواصل")
_BOILERPLATE = ("The World Food Programme has worked", "About ")


def _blocks(text: str) -> list[dict[str, Any]]:
    """The fixture's paragraphs as blocks: body, except contact and "about" paragraphs."""
    import re as _re

    blocks = []
    for m in _re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        para = m.group()
        kind = ("contact" if para.startswith(_CONTACT) else
                "boilerplate" if para.startswith(_BOILERPLATE) else "body")
        blocks.append({"start": m.start(), "end": m.end(), "kind": kind})
    return blocks


def _block_at(blocks: list[dict[str, Any]], offset: int) -> int | None:
    return next((i for i, b in enumerate(blocks) if b["start"] <= offset < b["end"]), None)


FR_TEXT = """Communiqué de presse
Sahel

Au Mali, 12 500 familles reçoivent une aide alimentaire avant la saison sèche

Bamako, le 3 mars 2025 – Le Programme alimentaire mondial (PAM) a distribué plus de 1 200 tonnes de vivres à 12 500 familles dans les régions de Mopti et de Ségou depuis janvier 2025. L’opération, financée à hauteur de 4,2 millions d’euros par l’Union européenne, se poursuivra du 10 au 28 mars.

« Chaque sac livré à temps évite qu’une famille ne vende son bétail pour se nourrir », a déclaré Mme Fatoumata Keïta, directrice du PAM au Mali. Selon elle, près de 30 % des ménages visités n’avaient plus de réserves.

The World Food Programme has worked in Mali since 2012 and thanks its donors for their support.

Contact presse : Ibrahim Traoré, chargé de communication, PAM
Tél. : +223 20 22 33 44 – ibrahim.traore@wfp.org – https://www.wfp.org/fr/mali
"""

EN_TEXT = """Press release

Flood-hit districts in Sylhet receive clean water as monsoon peaks

DHAKA, 18 July 2025 — The United Nations Children's Fund (UNICEF) has delivered 2.5 million water purification tablets to more than 40,000 people in Sylhet and Sunamganj since 1 July. The response is backed by US$3 million from the Central Emergency Response Fund.

"Clean water is the first line of defence against cholera after a flood," said Dr. Sarah Okafor, UNICEF Representative in Bangladesh. She added that about 60% of tube wells in the area were submerged.

Media contacts
Rahim Chowdhury, Communication Officer, UNICEF Bangladesh, +880 1712 345678, rchowdhury@unicef.org
"""

AR_TEXT = """بيان صحفي

توزيع مساعدات شتوية على 8000 أسرة في البقاع

بيروت، 5 كانون الثاني/يناير 2025 – أعلنت المفوضية السامية للأمم المتحدة لشؤون اللاجئين أنها وزعت مساعدات نقدية بقيمة 1,2 مليون دولار على 8000 أسرة في سهل البقاع.

وقالت ليلى حداد، ممثلة المفوضية في لبنان: "الشتاء هذا العام أقسى على العائلات التي فقدت مصادر دخلها".

للتواصل: سامر خوري، مسؤول الإعلام، +961 1 849 201، khouris@unhcr.org
"""

FR_TITLE = "Au Mali, 12 500 familles reçoivent une aide alimentaire avant la saison sèche"
FR_QUOTE = "Chaque sac livré à temps évite qu’une famille ne vende son bétail pour se nourrir"
EN_TITLE = "Flood-hit districts in Sylhet receive clean water as monsoon peaks"
EN_QUOTE = "Clean water is the first line of defence against cholera after a flood,"
AR_TITLE = "توزيع مساعدات شتوية على 8000 أسرة في البقاع"


def french() -> dict[str, Any]:
    return build(
        FR_TEXT, lang="fr", title=FR_TITLE, kicker=["Communiqué de presse", "Sahel"], path="fr/mali-vivres.txt",
        published="2025-03-03", dateline=("Bamako", "2025-03-03", "Bamako, le 3 mars 2025"),
        segments=[(FR_TEXT[:FR_TEXT.index("The World")], "fr"),
                  (FR_TEXT[FR_TEXT.index("The World"):FR_TEXT.index("\n\nContact presse")], "en"),
                  (FR_TEXT[FR_TEXT.index("Contact presse"):], "fr")],
        entities=[
            ("person", "Fatoumata Keïta", ["Mme Fatoumata Keïta"], "directrice du PAM au Mali", ["Fatoumata Keïta"]),
            ("organization", "Programme alimentaire mondial", ["PAM", "World Food Programme"], None,
             ["Programme alimentaire mondial", "PAM"]),
            ("organization", "Union européenne", [], None, ["Union européenne"]),
            ("location", "Mopti", [], None, ["Mopti"]),
            ("location", "Ségou", [], None, ["Ségou"]),
        ],
        figures=[
            ("plus de 1 200 tonnes", 1200, "tonnes", "more_than", "quantity"),
            ("12 500 familles", 12500, "familles", None, "count"),
            ("4,2 millions d’euros", 4200000, "EUR", None, "money"),
            ("près de 30 %", 30, "%", "about", "percent"),
        ],
        dates=[("depuis janvier 2025", "2025-01", None, "date"), ("since 2012", "2012", None, "date"),
               ("du 10 au 28 mars", "2025-03-10", "2025-03-28", "range")],
        quotes=[(FR_QUOTE, "Fatoumata Keïta", "Fatoumata Keïta")],
        contacts=[{"name": "Ibrahim Traoré", "role": "chargé de communication", "organization": "PAM",
                   "phones": ["+22320223344"], "emails": ["ibrahim.traore@wfp.org"],
                   "urls": ["https://www.wfp.org/fr/mali"], "from": "Ibrahim Traoré", "to": "wfp.org/fr/mali"}],
        warnings=[{"code": "RP204", "message": "2 undecodable bytes replaced"}],
    )


def english() -> dict[str, Any]:
    return build(
        EN_TEXT, lang="en", title=EN_TITLE, kicker=["Press release"], path="en/sylhet-water.txt",
        published="2025-07-18", dateline=("Dhaka", "2025-07-18", "DHAKA, 18 July 2025"),
        entities=[
            ("person", "Sarah Okafor", ["Dr. Sarah Okafor"], "UNICEF Representative in Bangladesh", ["Sarah Okafor"]),
            ("organization", "United Nations Children's Fund", ["UNICEF"], None,
             ["United Nations Children's Fund", "UNICEF"]),
            ("organization", "Central Emergency Response Fund", ["CERF"], None, ["Central Emergency Response Fund"]),
            ("location", "Sylhet", [], None, ["Sylhet", "Sylhet"]),
        ],
        figures=[("2.5 million water purification tablets", 2500000, "water purification tablets", None, "count"),
                 ("more than 40,000 people", 40000, "people", "more_than", "count"),
                 ("US$3 million", 3000000, "USD", None, "money"),
                 ("about 60%", 60, "%", "about", "percent")],
        dates=[("since 1 July", "2025-07-01", None, "date")],
        quotes=[(EN_QUOTE, "Sarah Okafor", "Sarah Okafor")],
        contacts=[{"name": "Rahim Chowdhury", "role": "Communication Officer", "organization": "UNICEF Bangladesh",
                   "phones": ["+8801712345678"], "emails": ["rchowdhury@unicef.org"],
                   "from": "Rahim Chowdhury", "to": "rchowdhury@unicef.org"}],
    )


def arabic() -> dict[str, Any]:
    return build(
        AR_TEXT, lang="ar", title=AR_TITLE, kicker=["بيان صحفي"], path="ar/beqaa-hiver.txt",
        published=None, dateline=("بيروت", "2025-01-05", "بيروت، 5 كانون الثاني/يناير 2025"),
        entities=[("person", "ليلى حداد", [], "ممثلة المفوضية في لبنان", ["ليلى حداد"]),
                  ("location", "البقاع", [], None, ["البقاع"])],
        figures=[("1,2 مليون دولار", 1200000, "USD", None, "money"), ("8000 أسرة", 8000, "أسرة", None, "count")],
        quotes=[("الشتاء هذا العام أقسى على العائلات التي فقدت مصادر دخلها", "ليلى حداد", None)],
        contacts=[{"name": "سامر خوري", "role": "مسؤول الإعلام", "phones": ["+9611849201"],
                   "emails": ["khouris@unhcr.org"], "from": "سامر خوري", "to": "khouris@unhcr.org"}],
    )


def bare() -> dict[str, Any]:
    """No title, no dateline, nothing extracted, an undetermined language."""
    return build("ok", lang="und", title=None, kicker=[], path="misc/short.txt",
                 warnings=[{"code": "RP202", "message": "language could not be determined"}])


ALL = (french, english, arabic, bare)


# ------------------------------------------------------------------- reading docx


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def style_names(doc) -> list[str]:
    return [p.style.name for p in doc.paragraphs]


def langs(doc) -> set[str]:
    return set(doc.element.body.xpath(".//w:r/w:rPr/w:lang/@w:val"))


def find_table(doc, *headers: str):
    """The first table whose header row starts with ``headers``."""
    for t in doc.tables:
        if [c.text for c in t.rows[0].cells][:len(headers)] == list(headers):
            return t
    raise AssertionError(f"no table with headers {headers}")


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


# -------------------------------------------------------------------------- tests

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def headings(doc, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


@pytest.mark.parametrize("make", ALL)
def test_summary_fixtures_follow_the_contract(make):
    assert schema.errors(make()) == []


@pytest.mark.parametrize(("make", "expected"), [
    (english, ["At a glance", "Quotes", "Press contacts", "Facts and where they come from", "About this summary"]),
    (french, ["En bref", "Citations", "Contacts presse", "Les faits et leur source", "À propos de ce résumé"]),
])
def test_summary_sections_in_the_release_language(make, expected):
    doc = open_docx(release_docx(make()))
    assert style_names(doc)[0] == "Title"
    assert headings(doc, 1) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_summary_lang_forces_the_labels_and_the_document_language(lang):
    data = release_docx(french(), lang=lang)
    doc = open_docx(data)
    assert headings(doc, 1)[0] == LABELS[lang]["at_a_glance"]
    defaults = doc.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val")
    assert defaults and defaults[0].startswith(lang)


def test_summary_release_language_without_labels_falls_back_to_english():
    assert headings(open_docx(release_docx(arabic())), 1)[0] == "At a glance"


def test_summary_unknown_label_language_is_refused():
    with pytest.raises(ValueError, match="known: de, en"):
        release_docx(english(), lang="xx")


def test_summary_opens_with_title_kicker_and_lead_line():
    doc = open_docx(release_docx(french()))
    first = [(p.style.name, p.text) for p in doc.paragraphs[:3]]
    assert first[0] == ("Title", FR_TITLE)
    assert first[1] == ("Subtitle", "Communiqué de presse · Sahel")
    assert first[2][0] == "Lead" and "Bamako".upper() in first[2][1] and "3 mars 2025" in first[2][1]


def test_summary_engineering_fields_only_in_the_appendix():
    release = english()
    doc = open_docx(release_docx(release))
    texts = [p.text for p in doc.paragraphs]
    appendix = texts.index("About this summary")
    for needle in (release["id"], release["content_sha256"], "confidence"):
        where = [i for i, t in enumerate(texts) if needle in t]
        assert where and min(where) > appendix, needle
    assert all(needle not in c.text for t in doc.tables for r in t.rows for c in r.cells
               for needle in (release["id"], "SHA-256"))
    assert {p.style.name for p in doc.paragraphs[appendix + 1:]} == {"Appendix"}


def test_summary_warnings_shown_only_when_there_are_some():
    assert "Warnings" not in all_text(open_docx(release_docx(english())))
    assert "RP204" in all_text(open_docx(release_docx(french(), lang="en")))


def test_summary_key_figures_are_the_quotable_ones_first():
    blocks = [{"kind": "title"}, {"kind": "body"}, {"kind": "boilerplate"}]
    figures = [
        {"start": 5, "kind": "count", "value": 400, "block": 2},        # boilerplate
        {"start": 10, "kind": "duration", "value": 3, "block": 1},      # a duration
        {"start": 20, "kind": "count", "value": 2, "block": 1},         # "deux vols"
        {"start": 30, "kind": "money", "value": 1500000, "block": 1},
        {"start": 40, "kind": "count", "value": 3200, "block": 1},
        {"start": 50, "kind": "percent", "value": 40, "block": None},   # between blocks
    ]
    ranked = [f["start"] for f in sorted(figures, key=lambda f: _rank_figure(f, blocks))]
    assert ranked == [30, 40, 20, 10, 50, 5]


def test_summary_glance_names_a_figure_once():
    release = english()
    text = release["text"]
    first = release["figures"][1]  # "more than 40,000 people"
    release["figures"].insert(0, {**first, "text": "Flood-hit", "start": text.index("Flood-hit"),
                                  "end": text.index("Flood-hit") + 9, "unit": "persons", "block": 1})
    doc = open_docx(release_docx(release))
    bullets = [p.runs[0].text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets.count("more than 40,000 people") + bullets.count("Flood-hit") == 1


def test_summary_glance_lists_at_most_five_figures_each_with_context():
    release = english()
    text = release["text"]
    for n, word in enumerate(("Flood-hit", "districts", "Sylhet", "receive")):
        start = text.index(word)
        release["figures"].append({"text": word, "start": start, "end": start + len(word), "value": 100 + n,
                                   "unit": "people", "qualifier": None, "kind": "count", "end_value": None,
                                   "block": 1})
    doc = open_docx(release_docx(release))
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 5
    for p in bullets:
        assert p.runs[0].bold and p.runs[1].style.name == "Evidence Char"


def test_summary_durations_and_dates_are_shown_in_words():
    release = english()
    text = release["text"]
    start = text.index("since 1 July")
    release["dates"].append({"text": "since 1 July", "start": start, "end": start + 12, "value": "P17D",
                             "end_value": None, "kind": "duration", "block": 2})
    doc = open_docx(release_docx(release))
    shown = all_text(doc)
    assert "P17D" not in shown and "July 1, 2025" in shown and "2025-07-01" not in shown


def test_summary_contacts_are_formatted_for_people():
    data = release_docx(french())
    doc = open_docx(data)
    texts = [p.text for p in doc.paragraphs]
    assert "+223\u00a020\u00a022\u00a033\u00a044" in "\n".join(texts)
    assert "+22320223344" not in "\n".join(texts)
    targets = {r.target_ref for r in doc.part.rels.values() if r.reltype == RT.HYPERLINK}
    assert {"mailto:ibrahim.traore@wfp.org", "https://www.wfp.org/fr/mali"} <= targets


def test_summary_tables_have_header_rows_and_widths_that_fill_the_page():
    doc = open_docx(release_docx(french()))
    assert doc.tables
    text_width = round(16.6 * 567)
    for table in doc.tables:
        tbl = table._tbl
        assert tbl.xpath("w:tr[1]/w:trPr/w:tblHeader") and not tbl.xpath("w:tr[position()>1]/w:trPr/w:tblHeader")
        assert tbl.xpath("w:tblPr/w:tblLayout/@w:type") == ["fixed"]
        grid = [int(w) for w in tbl.xpath("w:tblGrid/w:gridCol/@w:w")]
        assert abs(sum(grid) - text_width) <= len(grid)
        assert all(run.bold for cell in table.rows[0].cells for run in cell.paragraphs[0].runs)


@pytest.mark.parametrize("rows", [
    [["3\u202f200 migrants", "Au Niger, 3\u202f200 migrants sont rentrés chez eux " * 4]],
    [["1\u202f500\u202f000", "Organisation internationale pour les migrations", "x " * 200]],
    [["a", "b", "c", "d"]],
])
def test_fit_widths_hold_the_longest_word_of_each_column(rows):
    headers = ["Figure", "Duration", "Evidence", "Acronyms"][:len(rows[0])]
    widths = fit_widths(headers, rows, 16.6)
    assert sum(widths) == pytest.approx(16.6)
    for i, w in enumerate(widths):
        words = [x for r in rows for x in r[i].split(" ")] + headers[i].split()
        assert w >= max(text_width_cm(x, bold=x in headers) for x in words)


def test_summary_evidence_is_the_sentence_of_each_item():
    doc = open_docx(release_docx(english()))
    table = find_table(doc, "Fact", "In context")
    rows = {r.cells[0].text: r.cells[1].text for r in table.rows[1:]}
    assert "Central Emergency Response Fund" in next(v for k, v in rows.items() if "US$3 million" in k)
    assert all(re.search(r"\(¶\u00a0\d+\)$", v) for v in rows.values())


@pytest.mark.parametrize(("start_of", "expected"), [
    ("plus de 1 200", "…"),
])
def test_summary_evidence_shortens_long_sentences(start_of, expected):
    text = FR_TEXT
    start = text.index(start_of)
    shortened = evidence(text, start, start + len(start_of), limit=60)
    assert len(shortened) <= 62 and start_of in shortened and expected in shortened


@pytest.mark.parametrize(("text", "item", "sentence"), [
    ("First one. The UN sent 40 trucks. Last one.", "40 trucks", "The UN sent 40 trucks."),
    ("The UN sent 40 trucks. Then more.", "The UN", "The UN sent 40 trucks."),          # the first sentence
    ("Before. Mr. Ba said «it works.» After.", "Ba", "Mr. Ba said «it works.»"),       # "Mr." ends none
    ("A heading\nThe UN sent 40 trucks\nA line", "40 trucks", "The UN sent 40 trucks"),  # lines end sentences
    ("No end at all around 40 trucks", "40 trucks", "No end at all around 40 trucks"),
])
def test_summary_evidence_is_the_sentence_around_the_item(text, item, sentence):
    start = text.index(item)
    assert evidence(text, start, start + len(item)) == sentence


def test_summary_evidence_handles_bad_offsets():
    assert evidence("abc", 5, 2) == ""
    assert evidence("", 0, 0) == ""


def test_summary_runs_carry_the_text_language():
    doc = open_docx(release_docx(french()))
    assert {"fr-FR", "en-US"} <= langs(doc)  # the English boilerplate keeps its language


@pytest.mark.parametrize(("code", "tag"), [("fr", "fr-FR"), ("en", "en-US"), ("ha", "ha"), ("pt", "pt-PT")])
def test_summary_any_language_code_is_tagged(code, tag):
    release = english()
    release["language"]["code"] = code
    for seg in release["language"]["segments"]:
        seg["code"] = code
    assert tag in langs(open_docx(release_docx(release)))


def test_summary_arabic_is_right_to_left():
    doc = open_docx(release_docx(arabic()))
    title = doc.paragraphs[0]
    assert title._p.xpath("w:pPr/w:bidi") and title.runs[0]._r.xpath("w:rPr/w:rtl")
    assert title.runs[0]._r.xpath("w:rPr/w:lang/@w:bidi") == ["ar-SA"]


def test_summary_has_page_numbers_and_a_running_header():
    doc = open_docx(release_docx(english()))
    section = doc.sections[0]
    footer = section.footer._element
    assert [f.strip() for f in footer.xpath(".//w:fldSimple/@w:instr")] == ["PAGE", "NUMPAGES"]
    assert section.different_first_page_header_footer
    assert section.first_page_footer._element.xpath(".//w:fldSimple")
    assert section.header.paragraphs[0].text == EN_TITLE


def test_summary_core_properties():
    doc = open_docx(release_docx(french()))
    core = doc.core_properties
    assert core.title == FR_TITLE and core.language == "fr-FR" and core.author == "releasepipe"
    assert core.created == datetime(2025, 3, 3, tzinfo=core.created.tzinfo)
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert open_docx(release_docx(french(), created=when)).core_properties.created.replace(tzinfo=None) == \
        datetime(2025, 1, 2, 3, 4, 5)


def test_summary_empty_release_says_none_found():
    doc = open_docx(release_docx(bare()))
    assert doc.paragraphs[0].text == "Untitled release (misc/short.txt)"
    assert "None found." in [p.text for p in doc.paragraphs]


@pytest.mark.parametrize("make", ALL)
def test_summary_is_deterministic(make):
    assert release_docx(make()) == release_docx(make())


# -------------------------------------------------------------------------- digest


def batch() -> list[dict[str, Any]]:
    return [english(), french(), arabic()]  # input order: not date order


def test_digest_is_deterministic():
    assert digest_docx(batch()) == digest_docx(batch())


def test_digest_opens_with_the_picture_then_contents_and_contacts():
    doc = open_docx(digest_docx(batch(), run_date=date(2025, 7, 20)))
    body = doc.element.body
    assert doc.paragraphs[0].text == "Press release digest"
    assert "3 releases" in doc.paragraphs[1].text and "July 20, 2025" in doc.paragraphs[1].text
    assert len(doc.inline_shapes) == 2  # the timeline and the most mentioned
    assert headings(doc, 1)[:3] == ["What came in", "Contents", "Contacts directory"]
    pictures = body.xpath(".//w:drawing/ancestor::w:p")
    contents = [p for p in body.iterchildren(f"{W}p") if p.xpath("string(.)") == "Contents"][0]
    assert all(p.getparent() is body and body.index(p) < body.index(contents) for p in pictures)


def test_digest_is_sorted_by_date_and_links_each_title_to_its_brief():
    doc = open_docx(digest_docx(batch()))
    table = find_table(doc, "No.", "Date", "Language", "Title")
    titles = [r.cells[3].text.split(" · ")[0] for r in table.rows[1:]]
    assert titles == [AR_TITLE, FR_TITLE, EN_TITLE]  # 5 January, 3 March, 18 July
    anchors = table._tbl.xpath(".//w:hyperlink/@w:anchor")
    assert anchors == ["release-1", "release-2", "release-3"]
    assert [f.strip() for f in table._tbl.xpath(".//w:fldSimple/@w:instr")] == \
        [f"PAGEREF release-{i} \\h" for i in (1, 2, 3)]
    marks = doc.element.body.xpath(".//w:bookmarkStart/@w:name")
    assert marks == ["release-1", "release-2", "release-3"]
    briefs = [p for p in doc.paragraphs if p.style.name == "Heading 1"][3:]
    assert [p.text for p in briefs] == [AR_TITLE, FR_TITLE, EN_TITLE]
    assert all(p.paragraph_format.page_break_before for p in briefs)


def test_digest_without_briefs_ends_with_the_contacts():
    doc = open_docx(digest_docx(batch(), briefs=False))
    assert headings(doc, 1) == ["What came in", "Contents", "Contacts directory"]
    assert not doc.element.body.xpath(".//w:hyperlink[@w:anchor]")


def test_digest_speaks_one_language():
    doc = open_docx(digest_docx(batch(), lang="fr"))
    assert headings(doc, 1)[:3] == ["Ce qui est arrivé", "Sommaire", "Annuaire des contacts"]
    assert headings(doc, 2)[:2] == ["En bref", "Citations"]  # every brief in French, the English one too
    assert doc.core_properties.title == "Revue des communiqués"


def test_digest_contacts_directory_lists_each_contact_once():
    again = french()
    again["source"]["path"] = "fr/mali-vivres-bis.txt"
    doc = open_docx(digest_docx([french(), again, english()], briefs=False))
    names = [p.runs[0].text for p in doc.paragraphs if p.style.name == "Contact"]
    assert names == ["Ibrahim Traoré", "Rahim Chowdhury"]


def test_digest_of_nothing():
    doc = open_docx(digest_docx([]))
    assert doc.paragraphs[1].text == "0 releases"
    assert "None found." in [p.text for p in doc.paragraphs]
    assert not doc.inline_shapes


def test_digest_charts_are_deterministic_pngs():
    doc = open_docx(digest_docx(batch()))
    images = [p for p in doc.part.package.parts if p.content_type == "image/png"]
    assert len(images) == 2
    for image in images:
        assert image.blob.startswith(b"\x89PNG") and b"Software" not in image.blob and b"tIME" not in image.blob


# ------------------------------------------------------------------------ rendering

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
#: Where a line may wrap in a cell: spaces and after hyphens (as fit_widths assumes).
_WORDS = re.compile(r"[ \t\n]+|(?<=-)")


def render(tmp_path, name: str, data: bytes):
    """``data`` converted to PDF by LibreOffice (its own profile folder): its pages' text lines."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextLine

    source = tmp_path / f"{name}.docx"
    source.write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    pages = []
    for page in extract_pages(tmp_path / f"{name}.pdf"):
        lines: list[str] = []

        def walk(item) -> None:
            if isinstance(item, LTTextLine):
                lines.append(_norm(item.get_text()))
            elif hasattr(item, "__iter__"):
                for child in item:
                    walk(child)

        walk(page)
        pages.append(lines)
    return pages


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def split_words(doc, pages) -> list[str]:
    """Words of table cells that no line of the PDF holds whole: a word broken across lines.

    Right-to-left cells are left out: pdfminer gives their text in visual order,
    ligatures kept, which no longer compares with the document's text."""
    lines = [line for page in pages for line in page]
    broken = []
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell._tc.xpath(".//w:bidi"):
                    continue
                for word in map(_norm, _WORDS.split(cell.text)):
                    if len(word) > 1 and not any(word in line for line in lines):
                        broken.append(word)
    return broken


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_summary_and_digest_render_with_libreoffice(tmp_path):
    """What a reader sees: a one-page release gives a brief of at most 2 pages, the digest's
    front matter fits in a few pages, and no table cell breaks a word."""
    release = french()
    data = release_docx(release)
    pages = render(tmp_path, "summary", data)
    assert len(pages) <= 2
    text = " ".join(line for page in pages for line in page)
    assert _norm(FR_TITLE) in text and "En bref" in text and _norm(FR_QUOTE) in text
    assert "+223 20 22 33 44" in text and "Page 1 / " in text
    assert split_words(open_docx(data), pages) == []

    releases = [french(), english(), arabic()] * 4
    front = digest_docx(releases, briefs=False)
    pages = render(tmp_path, "front", front)
    assert len(pages) <= 6
    assert split_words(open_docx(front), pages) == []
    full = digest_docx(releases)
    pages = render(tmp_path, "digest", full)
    assert len(pages) > 12  # a brief per release, each on a page of its own
    text = " ".join(pages[1])
    assert "Contents" in text and re.search(r"· \d+", text)  # the briefs' pages, filled in by LibreOffice
    assert split_words(open_docx(full), pages) == []


def test_summary_digest_lists_a_release_and_its_translation_once():
    """Versions of one release in several languages are one row of the contents, with their languages;
    the most-mentioned chart counts an organization once under all its names."""
    import io
    import zipfile

    from releasepipe.write.summary import _entities_across, digest_docx

    def release(path, lang, title, org, aliases):
        text = f"{title}\n\nGENEVA, 3 May 2024 – {org} helped 1,250 families, said Karim Benali. See https://example.org/r/42"
        start = text.index(org)
        return {
            "schema_version": "2.1", "id": path, "content_sha256": "0" * 64,
            "source": {"path": path, "format": "txt", "bytes": len(text), "sha256": "0" * 64}, "text": text,
            "language": {"code": lang, "confidence": 1.0, "candidates": [], "segments": []}, "kicker": [],
            "title": title, "dateline": {"place": "Geneva", "date": "2024-05-03", "start": 0, "end": 0},
            "published": "2024-05-03", "embargo": None,
            "entities": [{"type": "organization", "name": org, "aliases": aliases, "role": None, "organization": None,
                          "mentions": [{"start": start, "end": start + len(org), "text": org, "block": 1}]},
                         {"type": "person", "name": "Karim Benali", "aliases": [], "role": None, "organization": None,
                          "mentions": [{"start": text.index("Karim"), "end": text.index("Karim") + 12,
                                        "text": "Karim Benali", "block": 1}]}],
            "dates": [{"text": "3 May 2024", "start": 0, "end": 0, "value": "2024-05-03", "end_value": None,
                       "kind": "date", "block": 1}],
            "figures": [{"text": "1,250 families", "start": 0, "end": 0, "value": 1250, "unit": "families",
                         "qualifier": None, "kind": "count", "block": 1}],
            "contacts": [], "quotes": [], "warnings": [], "blocks": [],
        }

    releases = [release("en/a.txt", "en", "Families helped", "International Organization for Migration",
                        ["IOM", "OIM"]),
                release("fr/a.txt", "fr", "Des familles aidées", "Organisation internationale pour les migrations",
                        ["OIM"])]
    groups = _entities_across(releases)
    org = [g for g in groups if g.kind == "organization"]
    assert len(org) == 1 and org[0].releases == [1, 2]
    document = zipfile.ZipFile(io.BytesIO(digest_docx(releases, briefs=False))).read("word/document.xml").decode()
    assert "en, fr" in document
    assert "Des familles aidées" not in document.split("en, fr", 1)[1].split("</w:tbl>", 1)[0]


def test_summary_digest_tables_the_entities_several_releases_name():
    import io
    import json
    import re
    import zipfile

    from releasepipe.write.summary import digest_docx

    releases = []
    for path, lang, name in (("en/a.txt", "en", "Morocco"), ("fr/b.txt", "fr", "Maroc"), ("es/c.txt", "es", "Marruecos")):
        text = f"Title\n\nRABAT, 3 May 2024 – Rain fell in {name}."
        start = text.index(name)
        releases.append({
            "schema_version": "2.1", "id": path, "content_sha256": "0" * 64,
            "source": {"path": path, "format": "txt", "bytes": len(text), "sha256": "0" * 64}, "text": text,
            "language": {"code": lang, "confidence": 1.0, "candidates": [], "segments": []}, "kicker": [],
            "title": f"Title {lang}", "dateline": None, "published": None, "embargo": None,
            "entities": [{"type": "location", "name": name, "aliases": [], "role": None, "organization": None,
                          "mentions": [{"start": start, "end": start + len(name), "text": name, "block": 1}]}],
            "dates": [], "figures": [], "contacts": [], "quotes": [], "warnings": [], "blocks": []})
    xml = zipfile.ZipFile(io.BytesIO(digest_docx(releases, briefs=False))).read("word/document.xml").decode()
    text = re.sub(r"<[^>]+>", "|", xml)
    table = re.sub(r"\|+", "|", text.rsplit("Across the batch", 1)[1].split("Contacts directory", 1)[0])
    assert "|Marruecos|" in table or "|Maroc|" in table or "|Morocco|" in table
    assert sum(f"{name} ({lang})" in table for name, lang in (("Morocco", "en"), ("Maroc", "fr"),
                                                               ("Marruecos", "es"))) == 2
    assert table.rstrip("|").endswith(json.dumps(3))
