"""A batch's contacts as vCards and its facts as CSV, for address books and spreadsheets.

``contacts_vcf`` gives ``OUT/contacts.vcf``: one vCard 4.0 (RFC 6350, written
with vobject) per person or desk, merged across releases: the same name, or
for a desk without a name the same e-mail address or phone, is one card with
every phone and e-mail any release gives. ``facts_csv`` gives ``OUT/facts.csv``:
one row per entity, figure, date and quote of every release. Both are
deterministic (same releases, same bytes) and do no I/O.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Contact", "merge_contacts", "contacts_vcf", "facts_csv", "FACT_COLUMNS", "PRODID"]

#: Marks a vCard file as releasepipe's (the runner never replaces a file without it).
PRODID = "-//releasepipe//contacts//EN"
#: The columns of ``facts.csv``, in order; its first line.
FACT_COLUMNS = ("release", "release_id", "type", "value", "end_value", "unit", "detail", "as_written",
                "block", "start", "end", "sentence")


@dataclass(slots=True)
class Contact:
    """One person or desk of the batch, with what every release says of it."""

    name: str | None
    role: str | None
    organization: str | None
    phones: list[str] = field(default_factory=list)
    faxes: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    #: the releases giving it (their positions in the batch, from 1) and their languages
    releases: list[int] = field(default_factory=list)
    lang: str = "und"


def _add(into: list[str], values: Sequence[str] | None) -> None:
    for v in values or ():
        if v and v not in into:
            into.append(v)


def merge_contacts(releases: Sequence[dict[str, Any]]) -> list[Contact]:
    """Every contact of the batch once, sorted by name (desks by organization).

    A contact with a name merges with another of that name (case and spacing
    aside); a desk without a name merges with one sharing an e-mail or phone.
    """
    found: list[Contact] = []
    by_key: dict[tuple[str, str], Contact] = {}
    for number, release in enumerate(releases, 1):
        lang = ((release.get("language") or {}).get("code") or "und").split("-")[0]
        for c in release.get("contacts") or []:
            name = " ".join((c.get("name") or "").split()) or None
            keys = [("name", name.casefold())] if name else [
                *(("email", e.casefold()) for e in c.get("emails") or ()),
                *(("phone", p) for p in c.get("phones") or ())]
            if not keys:
                keys = [("org", (c.get("organization") or "").casefold())]
            contact = next((by_key[k] for k in keys if k in by_key), None)
            if contact is None:
                contact = Contact(name, c.get("role"), c.get("organization"), lang=lang)
                found.append(contact)
            contact.role = contact.role or c.get("role")
            contact.organization = contact.organization or c.get("organization")
            _add(contact.phones, c.get("phones"))
            _add(contact.faxes, c.get("faxes"))
            _add(contact.emails, c.get("emails"))
            _add(contact.urls, c.get("urls"))
            if number not in contact.releases:
                contact.releases.append(number)
            for k in keys:
                by_key.setdefault(k, contact)
    return sorted(found, key=lambda c: ((c.name or c.organization or "").casefold(),
                                        c.emails[:1], c.phones[:1]))


def contacts_vcf(releases: Sequence[dict[str, Any]]) -> bytes:
    """The batch's contacts as vCard 4.0 cards (UTF-8, CRLF line ends)."""
    import vobject

    paths = [(r.get("source") or {}).get("path") or "" for r in releases]
    cards = []
    for contact in merge_contacts(releases):
        card = vobject.vCard()
        card.add("version").value = "4.0"
        card.add("prodid").value = PRODID
        shown = contact.name or contact.organization or (contact.emails or contact.phones or ["?"])[0]
        card.add("fn").value = shown
        card.add("kind").value = "individual" if contact.name else "org"
        if contact.name:
            parts = contact.name.rsplit(" ", 1)
            card.add("n").value = vobject.vcard.Name(family=parts[-1], given=parts[0] if len(parts) > 1 else "")
        if contact.organization:
            card.add("org").value = [contact.organization]
        if contact.role:
            card.add("title").value = contact.role
        for phone in contact.phones:
            tel = card.add("tel")
            tel.value = "tel:" + phone
            tel.params["VALUE"] = ["uri"]
            tel.params["TYPE"] = ["voice"]
        for fax in contact.faxes:
            tel = card.add("tel")
            tel.value = "tel:" + fax
            tel.params["VALUE"] = ["uri"]
            tel.params["TYPE"] = ["fax"]
        for email in contact.emails:
            card.add("email").value = email
        for url in contact.urls:
            card.add("url").value = url
        card.add("note").value = "; ".join(paths[n - 1] for n in contact.releases)
        cards.append(card.serialize())
    return "".join(cards).encode("utf-8")


def _sentence(release: dict[str, Any], start: int | None, end: int | None) -> str:
    from .summary import evidence

    if start is None or end is None:
        return ""
    return evidence(release.get("text") or "", start, end, limit=400)


def facts_csv(releases: Sequence[dict[str, Any]]) -> bytes:
    """One row per entity, figure, date and quote, with its release and sentence.

    UTF-8 with a byte-order mark (so spreadsheets read the accents right) and
    RFC 4180 line ends; ``csv.reader`` reads it with ``encoding="utf-8-sig"``.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FACT_COLUMNS)
    for row in fact_rows(releases):
        writer.writerow(["" if v is None else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def facts_xlsx(releases: Sequence[dict[str, Any]]) -> bytes:
    """The rows of :func:`facts_csv` as an Excel workbook (openpyxl): one sheet, the
    header row frozen and filterable, numbers as numbers; the same bytes for the same
    releases (fixed document dates and zip timestamps)."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Font

    from .summary import _deterministic_zip

    book = Workbook()
    sheet = book.active
    sheet.title = "facts"
    sheet.append(list(FACT_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in fact_rows(releases):
        sheet.append(["" if v is None else v for v in row])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    fixed = datetime(2000, 1, 1)
    book.properties.creator = book.properties.lastModifiedBy = "releasepipe"
    book.properties.created = book.properties.modified = fixed
    out = io.BytesIO()
    book.save(out)
    return _deterministic_zip(out.getvalue())


def fact_rows(releases: Sequence[dict[str, Any]]) -> Iterator[list[Any]]:
    """The rows of the facts table (columns ``FACT_COLUMNS``), release by release, in text order."""
    for release in releases:
        path = (release.get("source") or {}).get("path") or ""
        rid = release.get("id") or ""
        blocks = release.get("blocks") or []

        def kind_of(block: int | None) -> str:
            return blocks[block].get("kind", "") if isinstance(block, int) and 0 <= block < len(blocks) else ""

        rows: list[tuple[int, list[Any]]] = []
        for e in release.get("entities") or []:
            mentions = e.get("mentions") or []
            first = mentions[0] if mentions else {}
            detail = "; ".join(x for x in (e.get("role"), e.get("organization")) if x)
            aliases = ", ".join(e.get("aliases") or [])
            rows.append((first.get("start", 0), [
                path, rid, e.get("type"), e.get("name"), "", "", detail or aliases, first.get("text", ""),
                kind_of(first.get("block")), first.get("start", ""), first.get("end", ""),
                _sentence(release, first.get("start"), first.get("end"))]))
        for f in release.get("figures") or []:
            rows.append((f.get("start", 0), [
                path, rid, "figure", f.get("value"), f.get("end_value") if f.get("end_value") is not None else "",
                f.get("unit") or "", "; ".join(x for x in (f.get("kind"), f.get("qualifier")) if x),
                f.get("text", ""), kind_of(f.get("block")), f.get("start", ""), f.get("end", ""),
                _sentence(release, f.get("start"), f.get("end"))]))
        for d in release.get("dates") or []:
            rows.append((d.get("start", 0), [
                path, rid, "date", d.get("value") or "", d.get("end_value") or "", "", d.get("kind") or "",
                d.get("text", ""), kind_of(d.get("block")), d.get("start", ""), d.get("end", ""),
                _sentence(release, d.get("start"), d.get("end"))]))
        for q in release.get("quotes") or []:
            rows.append((q.get("start", 0), [
                path, rid, "quote", q.get("text") or "", "", "", q.get("speaker") or "", "",
                kind_of((q.get("speaker_mention") or {}).get("block")), q.get("start", ""), q.get("end", ""),
                ""]))
        for _, row in sorted(rows, key=lambda r: r[0]):
            yield row
