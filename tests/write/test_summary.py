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
from releasepipe.write.summary import digest_docx, evidence, release_docx

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
        ents.append({"type": kind, "name": name, "aliases": aliases, "role": role, "mentions": found})
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
    return {
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
    }


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


@pytest.mark.parametrize("make", ALL)
def test_summary_fixtures_follow_the_contract(make):
    assert schema.errors(make()) == []


def test_summary_uses_builtin_heading_styles():
    doc = open_docx(release_docx(french()))
    names = style_names(doc)
    assert names[0] == "Title" and doc.paragraphs[0].text == FR_TITLE
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Key figures", "Who and where", "Dates", "Quotes", "Contacts", "Warnings"]
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"] == ["People", "Organizations", "Places"]
    assert "Subtitle" in names and "Quote" in names


def test_summary_tables_have_header_rows():
    doc = open_docx(release_docx(french()))
    assert len(doc.tables) >= 6
    for table in doc.tables:
        first = table.rows[0]
        assert first._tr.xpath("./w:trPr/w:tblHeader"), "header row not marked"
        assert all(run.bold for cell in first.cells for p in cell.paragraphs for run in p.runs)
    figures = find_table(doc, "Figure")
    assert [c.text for c in figures.rows[0].cells] == [
        "Figure", "Value", "Unit or what is counted", "Qualifier", "Evidence"]
    assert [r.cells[0].text for r in figures.rows[1:]] == [
        "12 500 familles", "plus de 1 200 tonnes", "4,2 millions d’euros", "près de 30 %"]  # reading order
    assert figures.rows[3].cells[1].text == "4\u202f200\u202f000"
    assert figures.rows[2].cells[3].text == "more than"


def test_summary_range_figure_shows_both_bounds():
    release = french()
    release["figures"][3]["end_value"] = 35
    figures = find_table(open_docx(release_docx(release)), "Figure")
    values = {r.cells[0].text: r.cells[1].text for r in figures.rows[1:]}
    assert values["près de 30 %"] == "30–35"
    assert values["12 500 familles"] == "12\u202f500"


def test_summary_evidence_is_the_sentence_of_each_item():
    doc = open_docx(release_docx(french()))
    figures = find_table(doc, "Figure")
    ev = figures.rows[4].cells[4].text
    assert ev.startswith("Selon elle, près de 30 % des ménages") and "(¶ 4)" in ev
    assert figures.rows[4].cells[4].paragraphs[0].style.name == "Evidence"
    text = all_text(doc)
    assert "a déclaré Mme Fatoumata Keïta, directrice du PAM au Mali." in text


@pytest.mark.parametrize(("start_of", "expected"), [
    ("Fatoumata", "« Chaque sac livré à temps évite qu’une famille ne vende son bétail pour se nourrir », "
                  "a déclaré Mme Fatoumata Keïta, directrice du PAM au Mali."),
    ("depuis janvier", None),
])
def test_summary_evidence_shortens_long_sentences(start_of, expected):
    start = FR_TEXT.index(start_of)
    snippet = evidence(FR_TEXT, start, start + 9)
    if expected:
        assert snippet == expected  # "Mme." does not end the sentence
    else:
        assert len(snippet) <= 161 and snippet.startswith("…– Le Programme")
        assert snippet.endswith("depuis janvier 2025.")


def test_summary_evidence_handles_bad_offsets():
    assert evidence("abc", 2, 10) == ""
    assert evidence("", 0, 0) == ""


def test_summary_contacts_have_mailto_and_web_hyperlinks():
    doc = open_docx(release_docx(french()))
    rels = {r.rId: r for r in doc.part.rels.values() if r.reltype == RT.HYPERLINK}
    targets = {r.target_ref for r in rels.values()}
    assert "mailto:ibrahim.traore@wfp.org" in targets and "https://www.wfp.org/fr/mali" in targets
    assert all(r.is_external for r in rels.values())
    rels_xml = zipfile.ZipFile(io.BytesIO(release_docx(french()))).read("word/_rels/document.xml.rels").decode()
    assert 'Target="mailto:ibrahim.traore@wfp.org" TargetMode="External"' in rels_xml
    contacts = find_table(doc, "Name", "Role and organization", "Phone, email, web")
    reach = contacts.rows[1].cells[2].paragraphs[0]
    assert reach.text.splitlines() == ["+22320223344", "ibrahim.traore@wfp.org", "https://www.wfp.org/fr/mali"]
    assert [(h.address, h.text) for h in reach.hyperlinks] == [
        ("mailto:ibrahim.traore@wfp.org", "ibrahim.traore@wfp.org"),
        ("https://www.wfp.org/fr/mali", "https://www.wfp.org/fr/mali")]


def test_summary_runs_carry_the_text_language():
    doc = open_docx(release_docx(french()))
    assert {"fr-FR", "en-US"} <= langs(doc)
    title_lang = doc.paragraphs[0].runs[0]._r.xpath("./w:rPr/w:lang/@w:val")
    assert title_lang == ["fr-FR"]
    dates = find_table(doc, "Date (ISO)")

    def cell_langs(row: int, col: int) -> list[str]:
        return dates.rows[row].cells[col]._tc.xpath(".//w:r/w:rPr/w:lang/@w:val")

    assert dates.rows[1].cells[1].text == "depuis janvier 2025" and cell_langs(1, 1) == ["fr-FR"]
    # The English paragraph of a French release is checked as English.
    assert dates.rows[3].cells[1].text == "since 2012" and cell_langs(3, 1) == ["en-US"]
    assert cell_langs(3, 3) == ["en-US", "en-US"]  # the evidence, then its paragraph number
    assert open_docx(release_docx(english())).paragraphs[0].runs[0]._r.xpath("./w:rPr/w:lang/@w:val") == ["en-US"]


@pytest.mark.parametrize(("code", "tag"), [("fr", "fr-FR"), ("en", "en-US"), ("ha", "ha"), ("pt", "pt-PT")])
def test_summary_any_language_code_is_tagged(code, tag):
    release = french()
    release["language"]["code"] = code
    release["language"]["segments"] = [{"start": 0, "end": len(release["text"]), "code": code}]
    doc = open_docx(release_docx(release))
    assert tag in langs(doc)
    assert doc.core_properties.language == tag


def test_summary_arabic_is_right_to_left():
    doc = open_docx(release_docx(arabic()))
    title = doc.paragraphs[0]
    assert title.text == AR_TITLE
    assert title._p.xpath("./w:pPr/w:bidi")
    run = title.runs[0]._r
    assert run.xpath("./w:rPr/w:rtl") and run.xpath("./w:rPr/w:lang/@w:bidi") == ["ar-SA"]
    quote = next(p for p in doc.paragraphs if p.style.name == "Quote")
    assert quote._p.xpath("./w:pPr/w:bidi")
    # English labels stay left to right.
    assert not next(p for p in doc.paragraphs if p.text == "Key figures")._p.xpath("./w:pPr/w:bidi")


def test_summary_core_properties():
    doc = open_docx(release_docx(french()))
    core = doc.core_properties
    assert core.title == FR_TITLE and core.language == "fr-FR" and core.revision == 1
    assert core.created == datetime(2025, 3, 3, tzinfo=timezone.utc) == core.modified
    moment = datetime(2025, 3, 4, 9, 30, tzinfo=timezone.utc)
    assert open_docx(release_docx(french(), created=moment)).core_properties.created == moment
    assert open_docx(release_docx(arabic())).core_properties.created == datetime(2000, 1, 1, tzinfo=timezone.utc)


def test_summary_empty_release_says_none_found():
    doc = open_docx(release_docx(bare()))
    assert doc.paragraphs[0].text == "Untitled release (misc/short.txt)"
    texts = [p.text for p in doc.paragraphs]
    assert texts.count("None found.") == 7  # figures, people, organizations, places, dates, quotes, contacts
    assert "RP202: language could not be determined" in texts
    assert doc.core_properties.language == "und"


@pytest.mark.parametrize("make", ALL)
def test_summary_is_deterministic(make):
    first, second = release_docx(make()), release_docx(make())
    assert first == second
    infos = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_digest_is_deterministic():
    releases = [make() for make in ALL]
    assert digest_docx(releases, run_date=date(2025, 7, 20)) == digest_docx(releases, run_date=date(2025, 7, 20))


def test_digest_has_cover_overview_and_every_release():
    releases = [french(), english(), arabic()]
    doc = open_docx(digest_docx(releases, run_date=date(2025, 7, 20)))
    assert doc.paragraphs[0].style.name == "Title"
    text = all_text(doc)
    assert "Run date: 2025-07-20" in text
    counts = find_table(doc, "Language", "Releases")
    assert [[c.text for c in r.cells] for r in counts.rows[1:]] == [
        ["Arabic (ar)", "1"], ["English (en)", "1"], ["French (fr)", "1"]]
    overview = find_table(doc, "No.")
    assert [r.cells[3].text for r in overview.rows[1:]] == [FR_TITLE, EN_TITLE, AR_TITLE]
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    for title in (FR_TITLE, EN_TITLE, AR_TITLE):
        heading = next(p for p in h1 if p.text == title)
        assert heading.paragraph_format.page_break_before
    # Release sections nest one level down.
    assert "Key figures" in [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert "People" in [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert {"fr-FR", "en-US", "ar-SA"} <= langs(doc)
    assert doc.core_properties.language == "mul"
    targets = {r.target_ref for r in doc.part.rels.values() if r.reltype == RT.HYPERLINK}
    assert {"mailto:ibrahim.traore@wfp.org", "mailto:rchowdhury@unicef.org", "mailto:khouris@unhcr.org"} <= targets


def test_digest_merges_people_and_organizations_across_releases():
    second = english()
    second["source"]["path"] = "en/sylhet-update.txt"
    doc = open_docx(digest_docx([english(), french(), second]))
    people = find_table(doc, "Name", "Type")
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in people.rows[1:]}
    assert rows["United Nations Children's Fund"][3] == "1, 3"
    assert rows["Sarah Okafor"][2] == "UNICEF Representative in Bangladesh"
    assert "PAM" in rows["Programme alimentaire mondial"][2]
    contacts = find_table(doc, "Name", "Role and organization", "Phone, email, web", "Releases")
    assert [r.cells[-1].text for r in contacts.rows[1:]] == ["1, 3", "2"]
    # Without a run date the cover says so, and the latest published date is used.
    assert "Run date: not given" in all_text(doc)
    assert doc.core_properties.created == datetime(2025, 7, 18, tzinfo=timezone.utc)


def test_digest_of_nothing():
    doc = open_docx(digest_docx([]))
    assert "0 releases in this digest." in [p.text for p in doc.paragraphs]


# ---------------------------------------------------------------------- rendering


def _soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("LibreOffice not installed")


def _pdf_text(path) -> str:
    from pdfminer.high_level import extract_text

    text = unicodedata.normalize("NFKC", extract_text(str(path)))
    return re.sub(r"\s+", " ", text)


def test_summary_and_digest_render_with_libreoffice(tmp_path):
    soffice = _soffice()
    (tmp_path / "summary.docx").write_bytes(release_docx(french()))
    (tmp_path / "digest.docx").write_bytes(digest_docx([french(), english(), arabic()], run_date=date(2025, 7, 20)))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "summary.docx"), str(tmp_path / "digest.docx")],
        check=True, timeout=180, capture_output=True, env={**os.environ, "HOME": str(tmp_path)})
    from pdfminer.pdfpage import PDFPage

    summary = _pdf_text(tmp_path / "summary.pdf")
    for expected in (FR_TITLE, FR_QUOTE, "+22320223344", "ibrahim.traore@wfp.org"):
        assert expected in summary
    digest = _pdf_text(tmp_path / "digest.pdf")
    for expected in (FR_TITLE, EN_TITLE, FR_QUOTE, EN_QUOTE, "+22320223344", "+8801712345678", "+9611849201"):
        assert expected in digest
    with open(tmp_path / "digest.pdf", "rb") as fh:
        pages = sum(1 for _ in PDFPage.get_pages(fh))
    assert pages >= 5  # cover, overview, one page or more per release
