"""The whole pipeline on every sample: schema-valid JSON with the right language and anatomy."""

import json
from pathlib import Path

import pytest

from releasepipe.pipeline import load_pipeline
from releasepipe.runner import run
from releasepipe.schema import errors

TRUTH = json.loads((Path(__file__).parent / "data" / "samples_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_run(samples_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    report = run([samples_dir], out, config=load_pipeline("default"))
    return out, report


def release_of(out: Path, rel: str) -> dict:
    return json.loads((out / Path(rel).with_suffix(".json")).read_text(encoding="utf-8"))


def test_samples_cover_languages_and_formats():
    formats = {Path(p).suffix for p in TRUTH}
    assert formats >= {".txt", ".md", ".docx", ".html", ".eml", ".pdf"}
    assert {t["language"] for t in TRUTH.values()} >= {"fr", "en", "es", "de"}
    assert len(TRUTH) >= 12


def test_samples_all_processed(sample_run):
    out, report = sample_run
    assert report.counts["failed"] == 0, [(f.path, f.error) for f in report.failed]
    assert {f.path for f in report.files if f.status == "ok"} == set(TRUTH)
    lines = (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in lines] == sorted(TRUTH)


@pytest.mark.parametrize("rel", sorted(TRUTH))
def test_samples_release(sample_run, rel):
    out, _ = sample_run
    truth = TRUTH[rel]
    release = release_of(out, rel)
    assert errors(release) == []
    assert release["language"]["code"] == truth["language"]
    assert release["kicker"] == truth["kicker"]
    assert release["title"] == truth["title"]
    dateline = release["dateline"]
    if truth["dateline_place"] is None:
        assert dateline is None
    else:
        assert dateline is not None and dateline["place"] == truth["dateline_place"]
        assert dateline["date"] == truth["dateline_date"]
    if truth.get("published"):
        assert release["published"] == truth["published"]
    assert (release.get("embargo") is not None) == truth.get("has_embargo", False)
    if truth.get("mixed_languages"):
        assert {s["code"] for s in release["language"]["segments"]} >= set(truth["mixed_languages"])


@pytest.mark.parametrize("rel", sorted(TRUTH))
def test_samples_contacts_and_quotes(sample_run, rel):
    out, _ = sample_run
    truth = TRUTH[rel]
    release = release_of(out, rel)
    # Phones and e-mails: every one found, nothing else (precision and recall 1.00).
    phones = {p for c in release["contacts"] for p in c["phones"]}
    emails = {e for c in release["contacts"] for e in c["emails"]}
    assert phones == {p for c in truth["contacts"] for p in c["phones"]}
    assert emails == set(truth["contact_emails"]) == {e for c in truth["contacts"] for e in c["emails"]}
    # Each person holds their own numbers and address.
    found = {c["name"]: (set(c["phones"]), set(c["emails"])) for c in release["contacts"]}
    for contact in truth["contacts"]:
        assert found.get(contact["name"]) == (set(contact["phones"]), set(contact["emails"])), contact["name"]
    quotes = [(" ".join(q["text"].split()), q["speaker"]) for q in release["quotes"]]
    for start, speaker in zip(truth["quote_starts"], truth["quote_speakers"], strict=True):
        assert any(q.startswith(" ".join(start.split())) and s == speaker for q, s in quotes), (start, speaker)


def test_samples_digest_renders_with_libreoffice(sample_run, tmp_path):
    """The samples' digest and one summary render to PDF, with each title, first quote and first phone."""
    import os
    import re
    import shutil
    import subprocess
    import unicodedata

    from pdfminer.high_level import extract_text

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed")
    out, _ = sample_run
    summary = out / "fr" / "niamey-retours.docx"
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out / "digest.docx"), str(summary)],
        check=True, timeout=300, capture_output=True, env={**os.environ, "HOME": str(tmp_path)})

    def pdf_text(path: Path) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", extract_text(str(path))))

    def squash(s: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s))

    digest = pdf_text(tmp_path / "digest.pdf")
    for rel in TRUTH:
        release = release_of(out, rel)
        assert squash(release["title"]) in digest, rel
        if release["quotes"]:
            assert squash(release["quotes"][0]["text"])[:40] in digest, rel
        phones = [p for c in release["contacts"] for p in c["phones"]]
        if phones:  # shown to readers in international format ("+49 30 28874210")
            import phonenumbers

            shown = phonenumbers.format_number(phonenumbers.parse(phones[0]),
                                               phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            assert squash(shown) in digest, rel
    single = pdf_text(tmp_path / "niamey-retours.pdf")
    assert squash(release_of(out, "fr/niamey-retours.txt")["title"]) in single


def test_samples_ids_unique_per_input(sample_run):
    from releasepipe.pipeline import release_id

    out, _ = sample_run
    releases = [release_of(out, rel) for rel in sorted(TRUTH)]
    assert [r["id"] for r in releases] == [release_id(rel) for rel in sorted(TRUTH)]
    assert len({r["id"] for r in releases}) == len(releases)
    assert all(r["content_sha256"] == r["source"]["sha256"] for r in releases)
