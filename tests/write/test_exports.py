"""contacts.vcf and facts.csv: what they hold, that the runner writes and protects them, and `export`."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import vobject
from click.testing import CliRunner

from releasepipe.cli import main
from releasepipe.errors import Code, OutputError
from releasepipe.runner import RunSettings, run
from releasepipe.write.exports import FACT_COLUMNS, contacts_vcf, facts_csv, merge_contacts

TEXT = "Le PAM a livré 1 200 tonnes le 3 mars. « Merci », a dit Awa Diop."


def release(path: str, contacts: list[dict[str, Any]]) -> dict[str, Any]:
    start = TEXT.index("1 200")
    return {
        "id": path[:16], "source": {"path": path}, "text": TEXT, "language": {"code": "fr"},
        "blocks": [{"start": 0, "end": len(TEXT), "kind": "body"}],
        "entities": [
            {"type": "organization", "name": "Programme alimentaire mondial", "aliases": ["PAM"], "role": None,
             "organization": None, "mentions": [{"start": 3, "end": 6, "text": "PAM", "block": 0}]},
            {"type": "person", "name": "Awa Diop", "aliases": [], "role": "porte-parole",
             "organization": "Programme alimentaire mondial",
             "mentions": [{"start": TEXT.index("Awa"), "end": TEXT.index("Awa") + 8, "text": "Awa Diop",
                           "block": 0}]},
        ],
        "figures": [{"text": "1 200 tonnes", "start": start, "end": start + 12, "value": 1200, "unit": "tonnes",
                     "qualifier": None, "kind": "quantity", "end_value": None, "block": 0}],
        "dates": [{"text": "3 mars", "start": TEXT.index("3 mars"), "end": TEXT.index("3 mars") + 6,
                   "value": "2025-03-03", "end_value": None, "kind": "date", "block": 0}],
        "quotes": [{"text": "Merci", "start": TEXT.index("Merci"), "end": TEXT.index("Merci") + 5,
                    "speaker": "Awa Diop", "speaker_mention": None}],
        "contacts": contacts,
    }


AWA = {"name": "Awa Diop", "role": "porte-parole", "organization": "PAM", "phones": ["+221776452109"],
       "emails": ["awa.diop@wfp.org"], "urls": [], "faxes": []}
AWA_AGAIN = {**AWA, "name": "Awa  Diop", "phones": ["+221338496500"], "role": None}
DESK = {"name": None, "role": None, "organization": "PAM Dakar", "phones": [], "emails": ["dakar@wfp.org"],
        "urls": ["https://www.wfp.org"], "faxes": ["+221338496501"]}


def batch() -> list[dict[str, Any]]:
    return [release("fr/a.txt", [AWA, DESK]), release("fr/b.txt", [AWA_AGAIN, {**DESK, "organization": None}])]


def test_exports_contacts_merge_across_releases():
    merged = merge_contacts(batch())
    assert [(c.name, c.organization, c.releases) for c in merged] == [
        ("Awa Diop", "PAM", [1, 2]), (None, "PAM Dakar", [1, 2])]
    assert merged[0].phones == ["+221776452109", "+221338496500"] and merged[0].role == "porte-parole"


def test_exports_vcf_parses_with_one_card_per_contact():
    cards = list(vobject.readComponents(contacts_vcf(batch()).decode("utf-8")))
    assert len(cards) == 2
    person, desk = cards
    assert person.version.value == "4.0" and person.fn.value == "Awa Diop" and person.kind.value == "individual"
    assert person.org.value == ["PAM"] and person.title.value == "porte-parole"
    assert [t.value for t in person.tel_list] == ["tel:+221776452109", "tel:+221338496500"]
    assert person.email.value == "awa.diop@wfp.org" and person.note.value == "fr/a.txt; fr/b.txt"
    assert desk.kind.value == "org" and desk.fn.value == "PAM Dakar" and not hasattr(desk, "n")
    assert [(t.value, t.params["TYPE"]) for t in desk.tel_list] == [("tel:+221338496501", ["fax"])]


def test_exports_vcf_of_no_contacts_is_empty():
    assert contacts_vcf([release("x.txt", [])]) == b""


def test_exports_csv_one_row_per_fact():
    data = facts_csv(batch())
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(FACT_COLUMNS)
    assert len(rows) == 2 * 5  # 2 entities, 1 figure, 1 date, 1 quote per release
    assert [r["type"] for r in rows[:5]] == ["organization", "figure", "date", "quote", "person"]  # reading order
    figure = rows[1]
    assert (figure["release"], figure["value"], figure["unit"], figure["block"]) == ("fr/a.txt", "1200", "tonnes", "body")
    assert figure["sentence"] == "Le PAM a livré 1 200 tonnes le 3 mars."


def test_exports_are_deterministic():
    assert facts_csv(batch()) == facts_csv(batch()) and contacts_vcf(batch()) == contacts_vcf(batch())


# ------------------------------------------------------------------ in a run

RELEASE = ("Communiqué de presse\n\nDes vivres pour Niamey\n\nNIAMEY, 14 octobre 2024 – Plus de 3 200 personnes "
           "ont reçu une aide alimentaire cette semaine.\n")


def inputs(tmp_path: Path) -> Path:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text(RELEASE, encoding="utf-8")
    return inbox


def test_exports_written_by_run_beside_releases_jsonl(tmp_path, rules_only):
    inbox, out = inputs(tmp_path), tmp_path / "out"
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1))
    rows = list(csv.reader(io.StringIO((out / "facts.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0] == list(FACT_COLUMNS)
    assert (out / "contacts.vcf").exists()
    (out / "facts.csv").unlink()  # a missing export is rebuilt by the next run
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1))
    assert (out / "facts.csv").exists()
    assert not list(out.glob(".*.part"))


@pytest.mark.parametrize("name", ["contacts.vcf", "facts.csv"])
def test_exports_users_file_is_left_alone(tmp_path, rules_only, name):
    inbox, out = inputs(tmp_path), tmp_path / "out"
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1))
    (out / name).write_text("the user's own", encoding="utf-8")  # even in an OUT whose state is known
    with pytest.raises(OutputError) as raised:
        run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1, force=True))
    assert raised.value.code is Code.OUTPUT_TAKEN and name in raised.value.message
    assert (out / name).read_text(encoding="utf-8") == "the user's own"
    result = CliRunner().invoke(main, ["export", str(out)])
    assert result.exit_code == 2 and "[RP405]" in result.output
    assert (out / name).read_text(encoding="utf-8") == "the user's own"


def test_exports_cli_export_rebuilds_the_files(tmp_path, rules_only):
    inbox, out = inputs(tmp_path), tmp_path / "out"
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1))
    before = (out / "facts.csv").read_bytes()
    (out / "facts.csv").unlink()
    (out / "contacts.vcf").unlink()
    result = CliRunner().invoke(main, ["export", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert (out / "facts.csv").read_bytes() == before and not (out / "contacts.vcf").exists()
    result = CliRunner().invoke(main, ["export", str(tmp_path)])
    assert result.exit_code == 2 and "no releases.jsonl" in result.output


def test_exports_run_options_reach_the_summaries_and_digest(tmp_path, rules_only):
    import docx

    inbox, out = inputs(tmp_path), tmp_path / "out"
    run([inbox], out, config=rules_only, settings=RunSettings(jobs=1, summary_lang="de", digest_lang="es",
                                                              digest_briefs=False))
    summary = docx.Document(str(out / "a.docx"))
    assert [p.text for p in summary.paragraphs if p.style.name == "Heading 1"][0] == "Auf einen Blick"
    digest = docx.Document(str(out / "digest.docx"))
    assert [p.text for p in digest.paragraphs if p.style.name == "Heading 1"] == \
        ["Lo que llegó", "Índice", "Directorio de contactos"]
    # Another digest language rebuilds the digest though no release changed.
    run([inbox], out, config=rules_only, settings=RunSettings(jobs=1, summary_lang="de", digest_lang="fr"))
    digest = docx.Document(str(out / "digest.docx"))
    assert [p.text for p in digest.paragraphs if p.style.name == "Heading 1"][0] == "Ce qui est arrivé"
    result = CliRunner().invoke(main, ["run", str(inbox), "--out", str(out), "--summary-lang", "xx"])
    assert result.exit_code == 2


def test_exports_xlsx_holds_the_csv_rows_and_is_deterministic():
    import openpyxl

    from releasepipe.write.exports import facts_xlsx

    data = facts_xlsx(batch())
    assert data == facts_xlsx(batch())
    sheet = openpyxl.load_workbook(io.BytesIO(data))["facts"]
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    expected = list(csv.reader(io.StringIO(facts_csv(batch()).decode("utf-8-sig"))))
    assert rows == expected and sheet.freeze_panes == "A2"


def test_exports_xlsx_only_on_demand_and_a_users_workbook_is_left_alone(tmp_path, rules_only):
    inbox, out = inputs(tmp_path), tmp_path / "out"
    out.mkdir()
    (out / "facts.xlsx").write_text("the user's own", encoding="utf-8")  # run does not write it: no refusal
    run([inbox], out, config=rules_only, settings=RunSettings(docx=False, jobs=1))
    assert (out / "facts.xlsx").read_text(encoding="utf-8") == "the user's own"
    result = CliRunner().invoke(main, ["export", str(out), "--format", "xlsx"])
    assert result.exit_code == 2 and "[RP405]" in result.output
    (out / "facts.xlsx").unlink()
    result = CliRunner().invoke(main, ["export", str(out), "--format", "xlsx"])
    assert result.exit_code == 0 and (out / "facts.xlsx").exists()
    again = CliRunner().invoke(main, ["export", str(out), "--format", "xlsx"])  # its own file: rewritten
    assert again.exit_code == 0
