"""Word summaries: one ``.docx`` per release and the batch digest.

A summary puts a release's facts in front of a reader in order of importance,
each with the sentence it came from, so a figure can be checked against the
release without opening it. The documents use Word's built-in heading styles
(navigation pane, tables of contents), tables with repeating header rows, the
release's language on its text runs (spell-check) and right-to-left paragraphs
for scripts such as Arabic.

The output is deterministic: the same release gives the same bytes. Core
properties come from the arguments or the release, never from the clock, and
the zip container is rewritten with fixed timestamps and a fixed member order.

python-docx has no API for hyperlinks, run languages, right-to-left paragraphs
or header rows; the few elements it lacks are added by hand below, each in one
small function.
"""

from __future__ import annotations

import bisect
import functools
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from copy import copy, deepcopy  # copy() of an lxml element copies its whole subtree
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Union

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

__all__ = ["release_docx", "digest_docx", "evidence"]

#: Core-properties date when neither the caller nor the release gives one.
FALLBACK_DATE = datetime(2000, 1, 1)
#: Evidence longer than this is shortened around the item, with an ellipsis.
EVIDENCE_CHARS = 160
#: Language of the summary's own words (labels, headings, "none found").
LABEL_LANG = "en"

_NONE = "None found."
_DASH = "—"

# Regional tags Word's proofing tools know; any other code is written as given.
_LANG_TAGS = {
    "ar": "ar-SA", "de": "de-DE", "en": "en-US", "es": "es-ES", "fr": "fr-FR",
    "it": "it-IT", "ja": "ja-JP", "ko": "ko-KR", "nl": "nl-NL", "pl": "pl-PL",
    "pt": "pt-PT", "ru": "ru-RU", "sw": "sw-KE", "tr": "tr-TR", "uk": "uk-UA",
    "zh": "zh-CN",
}
_LANG_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fa": "Persian",
    "fr": "French", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "sw": "Swahili", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "wo": "Wolof", "zh": "Chinese", "und": "undetermined",
}
_RTL = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})
_EAST_ASIAN = frozenset({"ja", "ko", "zh"})
_QUALIFIERS = {
    "more_than": "more than", "less_than": "less than", "at_least": "at least",
    "at_most": "at most", "about": "about",
}
_QUOTE_MARKS = {"fr": ("«\u00a0", "\u00a0»"), "ar": ("«", "»"), "de": ("„", "“"), "es": ("«", "»")}

# Styles kept from python-docx's default template; the rest are dropped so
# that each document parses and compresses quickly.
_KEEP_STYLES = frozenset({
    "Normal", "Default Paragraph Font", "Normal Table", "No List", "Table Grid",
    "Title", "Title Char", "Subtitle", "Subtitle Char", "Quote", "Quote Char",
    "Heading 1", "Heading 1 Char", "Heading 2", "Heading 2 Char", "Heading 3", "Heading 3 Char",
    "List Paragraph", "List Bullet",
})
_KEEP_PARTS = frozenset({RT.STYLES, RT.SETTINGS, RT.FONT_TABLE, RT.THEME, RT.NUMBERING})

# Successor elements (schema order) used when inserting elements python-docx
# has no property for.
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)
_AFTER_TBL_HEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")


# --------------------------------------------------------------------------- API


def release_docx(release: dict[str, Any], *, created: datetime | None = None) -> bytes:
    """One release's Word summary as ``.docx`` bytes.

    ``created`` sets the core properties' created and modified dates (a naive
    datetime is taken as UTC); without it they are the release's ``published``
    date, else 2000-01-01, so the same release always gives the same bytes.
    """
    w = _Writer()
    w.release(release, level=0)
    lang = (release.get("language") or {}).get("code") or "und"
    w.set_core(
        title=_title_of(release),
        language=_lang_tag(lang) or "und",
        subject=(release.get("source") or {}).get("path") or "",
        keywords=", ".join(release.get("kicker") or []),
        when=_utc(created) if created else _published_datetime(release) or FALLBACK_DATE,
    )
    return w.to_bytes()


def digest_docx(releases: Sequence[dict[str, Any]], *, run_date: date | datetime | None = None) -> bytes:
    """The batch digest as ``.docx`` bytes: a cover, the batch overview, then every release.

    ``run_date`` is shown on the cover and becomes the created date; without
    it the latest ``published`` date of the batch is used, else 2000-01-01.
    """
    w = _Writer()
    w.digest(releases, run_date=run_date)
    langs = {(r.get("language") or {}).get("code") or "und" for r in releases}
    if run_date is None:
        when = max((d for d in map(_published_datetime, releases) if d), default=FALLBACK_DATE)
    else:
        when = _utc(run_date)
    w.set_core(
        title="Press release digest",
        language=(_lang_tag(langs.pop()) or "und") if len(langs) == 1 else "mul",
        subject=f"{len(releases)} press releases",
        keywords="",
        when=when,
    )
    return w.to_bytes()


# -------------------------------------------------------------------- text tools


_BOUNDARY = re.compile(r"[.!?…؟。][\"'”’»)\]]*(?=\s)|\n")
_ABBREVIATIONS = frozenset({
    "av", "bd", "cf", "dr", "etc", "ex", "gen", "hon", "inc", "jr", "ltd", "m", "mlle", "mm",
    "mme", "mmes", "mr", "mrs", "ms", "mt", "no", "pr", "prof", "sr", "st", "ste", "vs",
})
_WS = re.compile(r"[ \t\n\r\x85\u2028\u2029]+")  # not \s: no-break spaces stay
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n\s*")
_WINDOW = 800


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    """A sentence end, not the period of "M." or "Dr." or an initial."""
    i = m.start()
    if text[i] != ".":
        return True
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    return not (len(word) == 1 or word.casefold() in _ABBREVIATIONS)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence(s) around ``text[start:end]``."""
    s = max(0, start - _WINDOW)
    for m in reversed(list(_BOUNDARY.finditer(text, s, start))):  # the last sentence end before the item
        if _is_boundary(text, m):
            s = m.end()
            break
    e = min(len(text), end + _WINDOW)
    for m in _BOUNDARY.finditer(text, end, e):
        if _is_boundary(text, m):
            e = m.start() if text[m.start()] == "\n" else m.end()
            break
    while s < start and text[s].isspace():
        s += 1
    return s, e


def evidence(text: str, start: int, end: int, *, limit: int = EVIDENCE_CHARS) -> str:
    """The sentence around ``text[start:end]``, shortened to about ``limit`` characters.

    A shortened sentence keeps the item near its middle and marks each cut
    with an ellipsis; whitespace (line breaks included) becomes single spaces.
    """
    if not text or not 0 <= start <= end <= len(text):
        return ""
    if end - start >= limit:
        return _WS.sub(" ", text[start:start + limit - 1]).strip() + "…"
    s, e = _sentence_bounds(text, start, end)
    if e - s > limit:
        room = limit - (end - start)
        cut_s = max(s, start - room // 2)
        cut_e = min(e, cut_s + limit)
        cut_s = max(s, min(cut_s, cut_e - limit))
        # Cut at word boundaries, never into the item itself.
        if cut_s > s and not text[cut_s - 1].isspace():
            space = text.find(" ", cut_s, start)
            cut_s = space + 1 if space != -1 else cut_s
        if cut_e < e and not text[cut_e].isspace():
            space = text.rfind(" ", end, cut_e)
            cut_e = space if space != -1 else cut_e
        head = "…" if cut_s > s else ""
        tail = "…" if cut_e < e else ""
        s, e = cut_s, cut_e
    else:
        head = tail = ""
    return head + _WS.sub(" ", text[s:e]).strip() + tail


def _clean(text: str) -> str:
    """Text for one run: single spaces, no characters XML cannot hold."""
    return _CONTROL.sub("", _WS.sub(" ", text))


def _lang_tag(code: str | None) -> str | None:
    """The tag written to ``w:lang`` (``fr`` → ``fr-FR``); ``None`` for ``und``."""
    if not code or code == "und":
        return None
    return _LANG_TAGS.get(code, code)


def _lang_name(code: str) -> str:
    name = _LANG_NAMES.get(code)
    return f"{name} ({code})" if name else code


def _base(code: str | None) -> str:
    return (code or "und").split("-", 1)[0].lower()


def _number(value: Any) -> str:
    """A figure's value with digit groups (``1500000`` → ``1 500 000``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and not value.is_integer():
        whole, _, frac = f"{value:.4f}".rstrip("0").partition(".")
        return f"{int(whole):,}".replace(",", "\u202f") + "." + frac
    return f"{int(value):,}".replace(",", "\u202f")


def _title_of(release: dict[str, Any]) -> str:
    title = (release.get("title") or "").strip()
    if title:
        return title
    path = (release.get("source") or {}).get("path")
    return f"Untitled release ({path})" if path else "Untitled release"


def _utc(moment: date | datetime) -> datetime:
    """A naive UTC datetime, as core properties are written; a date is its midnight."""
    if not isinstance(moment, datetime):
        return datetime(moment.year, moment.month, moment.day)
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _published_datetime(release: dict[str, Any]) -> datetime | None:
    published = release.get("published")
    if not published:
        return None
    try:
        d = date.fromisoformat(str(published)[:10])
    except ValueError:
        return None
    return datetime(d.year, d.month, d.day)


def _release_date(release: dict[str, Any]) -> str:
    dateline = release.get("dateline") or {}
    return release.get("published") or dateline.get("date") or _DASH


# ------------------------------------------------------------------- cell values


@dataclass(frozen=True, slots=True)
class _T:
    """Text in a release's language (``lang`` is a language code)."""

    text: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class _Lines:
    """One item a line: plain text, or a (shown text, address) hyperlink."""

    items: tuple[str | tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class _Ev:
    """Evidence: a shortened sentence and the number of its paragraph."""

    text: str
    lang: str | None
    paragraph: int


_Cell = Union[str, _T, _Lines, _Ev, None]


class _Source:
    """A release's text with fast lookups: language and paragraph at an offset."""

    def __init__(self, release: dict[str, Any]) -> None:
        self.text: str = release.get("text") or ""
        language = release.get("language") or {}
        self.lang: str = _base(language.get("code"))
        segments = sorted(
            (s for s in language.get("segments") or [] if s.get("code")), key=lambda s: s["start"])
        self._seg_starts = [s["start"] for s in segments]
        self._segments = segments
        self._paragraphs: list[int] | None = None

    def lang_at(self, offset: int) -> str:
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if i >= 0 and offset < self._segments[i]["end"]:
            return _base(self._segments[i]["code"])
        return self.lang

    def paragraph_at(self, offset: int) -> int:
        if self._paragraphs is None:
            self._paragraphs = [0] + [m.end() for m in _PARAGRAPH_GAP.finditer(self.text)]
        return bisect.bisect_right(self._paragraphs, offset)

    def span(self, start: int | None, end: int | None) -> str:
        if start is None or end is None:
            return ""
        return self.text[start:end]

    def evidence(self, start: int | None, end: int | None) -> _Ev | None:
        if start is None or end is None:
            return None
        snippet = evidence(self.text, start, end)
        return _Ev(snippet, self.lang_at(start), self.paragraph_at(start)) if snippet else None


# ----------------------------------------------------------------------- template


@functools.lru_cache(maxsize=1)
def _template() -> bytes:
    """python-docx's default template, trimmed, with the styles summaries use."""
    doc = docx.Document()
    for style in list(doc.styles):
        if style.name not in _KEEP_STYLES:
            style.delete()
    part = doc.part
    for rId, rel in list(part.rels.items()):
        if rel.reltype not in _KEEP_PARTS:
            part.drop_rel(rId)
    package_rels = part.package.rels
    for rId, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rId]

    styles = doc.styles
    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = styles["Normal"]
    table_text.font.size = Pt(10)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    table_text.quick_style = True
    ev = styles.add_style("Evidence", WD_STYLE_TYPE.PARAGRAPH)
    ev.base_style = table_text
    ev.font.size = Pt(8.5)
    ev.font.italic = True
    ev.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    ev.quick_style = True
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    link.unhide_when_used = True
    link.priority = 99

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.2)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


#: (headers, widths) -> (empty table, empty data row), see _Writer._table_proto
_TABLE_PROTOS: dict[tuple[tuple[str, ...], tuple[float, ...]], tuple[Any, Any]] = {}


@dataclass(frozen=True)
class _Blank:
    doc: Any
    #: style ids by name, looked up once: python-docx's name lookup scans every style
    style_ids: dict[str, str]
    width: int


@functools.lru_cache(maxsize=1)
def _blank() -> _Blank:
    doc = docx.Document(io.BytesIO(_template()))
    styles = doc.styles
    style_ids = {name: styles[name].style_id for name in (
        "Normal", "Title", "Subtitle", "Quote", "List Bullet", "Table Text", "Evidence",
        "Heading 1", "Heading 2", "Heading 3", "Table Grid", "Hyperlink")}
    section = doc.sections[0]
    return _Blank(doc, style_ids, section.page_width - section.left_margin - section.right_margin)


class _Members:
    """Collects what python-docx's package writer would put in the zip, by member name."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.items[pack_uri.membername] = blob


def _package_members(doc: Any) -> dict[str, bytes]:
    """The members of ``doc``'s package, written by python-docx's own steps.

    ``Document.save`` zips them with the current time, which ``_deterministic_zip``
    would then undo by compressing everything a second time.
    """
    from docx.opc.pkgwriter import PackageWriter

    package = doc.part.package
    members = _Members()
    PackageWriter._write_content_types_stream(members, package.parts)
    PackageWriter._write_pkg_rels(members, package.rels)
    PackageWriter._write_parts(members, package.parts)
    return members.items


def _deterministic_zip(raw: bytes) -> bytes:
    """The package rewritten with fixed timestamps and member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    return _deterministic_zip_of({name: src.read(name) for name in src.namelist()})


#: zlib level of the package's members: level 3 deflates a summary in half the
#: time of the default 6, for 11 % more bytes (12.5 kB against 11.3 kB).
_COMPRESSLEVEL = 3


def _deterministic_zip_of(members: dict[str, bytes]) -> bytes:
    """A zip of ``members`` with fixed timestamps and member order.

    ``[Content_Types].xml`` first (some readers expect it there), the package
    relationships next, then the parts by name.
    """
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in members]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in first + sorted(n for n in members if n not in first):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # the same on every platform
            info.external_attr = 0
            dst.writestr(info, members[name], compresslevel=_COMPRESSLEVEL)
    return out.getvalue()


# ------------------------------------------------------------------------- writer


class _Writer:
    """Builds one document; ``level`` shifts headings so a release nests in the digest.

    python-docx builds each kind of paragraph and run once (a prototype: its
    style, language and direction); the document gets copies of these with
    their text. Building every run through python-docx's object layer costs
    several times as much, mostly in finding where each property goes.
    """

    def __init__(self) -> None:
        proto = _blank()
        # A copy of a parsed blank document: half the cost of parsing the template again.
        self.doc = deepcopy(proto.doc)
        self.part = self.doc.part
        self._end = self.doc.element.body.sectPr  # block items go before the section properties
        self.s = proto.style_ids
        self.width = proto.width
        self._runs: dict[tuple[str | None, str | None, bool], Any] = {}
        self._paras: dict[tuple[str, bool], Any] = {}

    # -- prototypes

    def _run_proto(self, lang: str | None, style: str | None, bold: bool) -> Any:
        key = (lang, style, bold)
        proto = self._runs.get(key)
        if proto is None:
            run = Paragraph(OxmlElement("w:p"), None).add_run()
            if style:
                run._r.style = self.s[style]
            run.bold = bold or None
            if _base(lang) in _RTL:
                run.font.rtl = True
            _set_lang(run, lang)
            # The text holder; "preserve" keeps spaces at either end.
            run._r.append(OxmlElement("w:t", attrs={qn("xml:space"): "preserve"}))
            proto = self._runs[key] = run._r
        return proto

    def _para_proto(self, style: str, rtl: bool) -> Any:
        proto = self._paras.get((style, rtl))
        if proto is None:
            proto = OxmlElement("w:p")
            if style != "Normal":
                proto.style = self.s[style]
            if rtl:
                _set_bidi(proto)
            self._paras[(style, rtl)] = proto
        return proto

    # -- paragraphs and runs (lxml elements)

    def run(self, p: Any, text: str, lang: str | None, *, style: str | None = None, bold: bool = False) -> Any:
        r = copy(self._run_proto(lang, style, bold))
        r[-1].text = _clean(text)
        p.append(r)
        return r

    def para(self, text: str = "", *, style: str = "Normal", lang: str | None = LABEL_LANG) -> Any:
        p = copy(self._para_proto(style, _base(lang) in _RTL))
        self._end.addprevious(p)
        if text:
            self.run(p, text, lang)
        return p

    def heading(self, text: str, level: int, *, lang: str | None = LABEL_LANG, page_break: bool = False) -> Any:
        p = self.para(text, style="Title" if level == 0 else f"Heading {level}", lang=lang)
        if page_break:
            Paragraph(p, None).paragraph_format.page_break_before = True
        return p

    def none_found(self) -> None:
        self.para(_NONE)

    def link(self, p: Any, shown: str, address: str) -> None:
        """An external hyperlink: a relationship to ``address`` and a ``w:hyperlink`` around a run."""
        rId = self.part.relate_to(address, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink", attrs={qn("r:id"): rId})
        p.append(hyperlink)
        self.run(hyperlink, shown, LABEL_LANG, style="Hyperlink")

    def fill(self, p: Any, value: _Cell) -> None:
        if value is None or value == "":
            self.run(p, _DASH, None)
        elif isinstance(value, str):
            self.run(p, value, LABEL_LANG)
        elif isinstance(value, _T):
            self.run(p, value.text, value.lang)
            if _base(value.lang) in _RTL:
                _set_bidi(p)
        elif isinstance(value, _Ev):
            p.pPr.pStyle.val = self.s["Evidence"]  # table and evidence paragraphs have a style
            self.run(p, value.text, value.lang)
            self.run(p, f" (¶ {value.paragraph})", LABEL_LANG)
            if _base(value.lang) in _RTL:
                _set_bidi(p)
        else:
            for i, item in enumerate(value.items):
                if i:
                    Paragraph(p, None).add_run().add_break()
                if isinstance(item, str):
                    self.run(p, item, None)
                else:
                    self.link(p, *item)

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[_Cell]], widths: Sequence[float]) -> None:
        """A table with a bold header row that repeats on every page.

        ``widths`` are in centimetres for the A4 text width (16.6 cm) and are
        scaled to the actual one. Data rows are copies of an empty row that
        has the header's cell widths and paragraph style.
        """
        proto, empty_row = self._table_proto(tuple(headers), tuple(widths))
        tbl = copy(proto)
        self._end.addprevious(tbl)
        for values in rows:
            tr = copy(empty_row)
            tbl.append(tr)
            for tc, value in zip(tr.tc_lst, values):
                self.fill(tc.p_lst[0], value)

    def _table_proto(self, headers: tuple[str, ...], widths: tuple[float, ...]) -> tuple[Any, Any]:
        """The empty table (header row only) and an empty data row for these headers and
        widths, built through python-docx once per process and copied after that."""
        key = (headers, widths)
        proto = _TABLE_PROTOS.get(key)
        if proto is None:
            table = self.doc.add_table(rows=1, cols=len(headers))
            tbl = table._tbl
            tbl.tblStyle_val = self.s["Table Grid"]
            total = sum(widths)
            header = table.rows[0]
            for column, cell, share in zip(table.columns, header.cells, widths):
                column.width = cell.width = int(self.width * share / total)
                tc = cell._tc
                tc.replace(tc.p_lst[0], copy(self._para_proto("Table Text", False)))
            empty_row = copy(header._tr)
            _mark_header(header)
            for tc, label in zip(header._tr.tc_lst, headers):
                self.run(tc.p_lst[0], label, LABEL_LANG, bold=True)
            tbl.getparent().remove(tbl)
            if len(_TABLE_PROTOS) >= 64:  # headers are a handful of fixed sets; stay bounded anyway
                _TABLE_PROTOS.clear()
            proto = _TABLE_PROTOS[key] = (tbl, empty_row)
        return proto

    def set_core(self, *, title: str, language: str, subject: str, keywords: str, when: datetime) -> None:
        core = self.doc.core_properties
        core.title = title
        core.language = language
        core.subject = subject
        core.keywords = keywords
        core.author = "releasepipe"
        core.last_modified_by = "releasepipe"
        core.comments = ""
        core.category = "Press release summary"
        core.created = when
        core.modified = when
        core.revision = 1

    def to_bytes(self) -> bytes:
        try:
            members = _package_members(self.doc)
        except AttributeError:  # a python-docx without the writer steps used below
            buf = io.BytesIO()
            self.doc.save(buf)
            return _deterministic_zip(buf.getvalue())
        return _deterministic_zip_of(members)

    # -- one release

    def release(self, release: dict[str, Any], *, level: int, page_break: bool = False) -> None:
        """A release's summary; ``level`` 0 starts with a Title, 1 with a Heading 1."""
        src = _Source(release)
        lang = src.lang
        title = (release.get("title") or "").strip()
        self.heading(_title_of(release), level, lang=lang if title else LABEL_LANG, page_break=page_break)
        kicker = [k for k in release.get("kicker") or [] if k]
        if kicker:
            self.para(" · ".join(kicker), style="Subtitle", lang=lang)
        self._metadata(release, src)
        h1, h2 = level + 1, level + 2

        self.heading("Key figures", h1)
        figures = sorted(release.get("figures") or [], key=lambda f: f.get("start", 0))
        if figures:
            self.table(
                ("Figure", "Value", "Unit or what is counted", "Qualifier", "Evidence"),
                ([_T(f.get("text") or src.span(f.get("start"), f.get("end")), src.lang_at(f.get("start", 0))),
                  _number(f.get("value")) + (f"–{_number(f['end_value'])}" if f.get("end_value") is not None else ""),
                  _unit(f, lang),
                  _QUALIFIERS.get(f.get("qualifier") or "", f.get("qualifier")),
                  src.evidence(f.get("start"), f.get("end"))] for f in figures),
                (2.8, 2.0, 2.4, 2.2, 7.2))
        else:
            self.none_found()

        entities = sorted(release.get("entities") or [], key=_first_mention)
        by_type: dict[str, list[dict[str, Any]]] = {}
        for entity in entities:
            by_type.setdefault(entity.get("type") or "misc", []).append(entity)

        def first_evidence(entity: dict[str, Any]) -> _Ev | None:
            mentions = entity.get("mentions") or []
            return src.evidence(mentions[0]["start"], mentions[0]["end"]) if mentions else None

        def name(entity: dict[str, Any]) -> _T:
            mentions = entity.get("mentions") or []
            return _T(entity["name"], src.lang_at(mentions[0]["start"]) if mentions else lang)

        self.heading("Who and where", h1)
        self.heading("People", h2)
        people = by_type.get("person", [])
        if people:
            self.table(
                ("Name", "Role", "Also written as", "First mention"),
                ([name(e), _T(e["role"], lang) if e.get("role") else None,
                  _T(", ".join(e.get("aliases") or []), lang) if e.get("aliases") else None,
                  first_evidence(e)] for e in people),
                (3.0, 3.6, 2.8, 7.2))
        else:
            self.none_found()

        self.heading("Organizations", h2)
        orgs = by_type.get("organization", [])
        if orgs:
            self.table(
                ("Name", "Acronyms and other names", "First mention"),
                ([name(e), _T(", ".join(_acronyms_first(e.get("aliases") or [])), lang)
                  if e.get("aliases") else None, first_evidence(e)] for e in orgs),
                (4.0, 3.8, 8.8))
        else:
            self.none_found()

        self.heading("Places", h2)
        places = by_type.get("location", [])
        if places:
            self.table(("Place", "First mention"),
                       ([name(e), first_evidence(e)] for e in places), (3.6, 13.0))
        else:
            self.none_found()
        misc = by_type.get("misc", [])
        if misc:
            self.heading("Other names", h2)
            self.table(("Name", "First mention"), ([name(e), first_evidence(e)] for e in misc), (3.6, 13.0))

        self.heading("Dates", h1)
        dates = sorted(release.get("dates") or [], key=lambda d: d.get("start", 0))
        if dates:
            self.table(
                ("Date (ISO)", "As written", "Kind", "Evidence"),
                ([_iso(d), _T(d.get("text") or src.span(d.get("start"), d.get("end")),
                              src.lang_at(d.get("start", 0))),
                  d.get("kind"), src.evidence(d.get("start"), d.get("end"))] for d in dates),
                (2.8, 3.0, 1.8, 9.0))
        else:
            self.none_found()

        self.heading("Quotes", h1)
        quotes = sorted(release.get("quotes") or [], key=lambda q: q.get("start", 0))
        for q in quotes:
            self._quote(q, src, entities)
        if not quotes:
            self.none_found()

        self.heading("Contacts", h1)
        contacts = release.get("contacts") or []
        if contacts:
            self._contacts([(c, lang) for c in contacts])
        else:
            self.none_found()

        self.heading("Warnings", h1)
        warnings = release.get("warnings") or []
        for warning in warnings:
            self.para(f"{warning.get('code', '')}: {warning.get('message', '')}", style="List Bullet")
        if not warnings:
            self.para("None.")

    def _metadata(self, release: dict[str, Any], src: _Source) -> None:
        language = release.get("language") or {}
        code = _base(language.get("code"))
        confidence = language.get("confidence")
        shown = _lang_name(code)
        if isinstance(confidence, (int, float)):
            shown += f", confidence {confidence:.2f}"
        others = sorted({_base(s.get("code")) for s in language.get("segments") or []} - {code, "und"})
        if others:
            shown += "; parts in " + ", ".join(_lang_name(c) for c in others)
        dateline = release.get("dateline")
        if dateline:
            where = _T(", ".join(x for x in (dateline.get("place"), dateline.get("date")) if x) or _DASH,
                       src.lang)
        else:
            where = _NONE
        source = release.get("source") or {}
        rows: list[Sequence[_Cell]] = [
            ("Language", shown),
            ("Dateline", where),
            ("Published", release.get("published") or "Not given"),
        ]
        if release.get("embargo"):
            rows.append(("Embargo", release["embargo"]))
        rows.append(("Source", f"{source.get('path', _DASH)} ({source.get('format', '?')}, "
                               f"{source.get('bytes', 0):,} bytes)"))
        rows.append(("Release id", release.get("id")))
        content = release.get("content_sha256") or source.get("sha256")
        rows.append(("Content", f"{content[:16]}… (SHA-256 of the source file)" if content else None))
        self.table(("Field", "Value"), rows, (2.6, 14.0))

    def _quote(self, quote: dict[str, Any], src: _Source, entities: list[dict[str, Any]]) -> None:
        start = quote.get("start", 0)
        lang = src.lang_at(start)
        opening, closing = _QUOTE_MARKS.get(lang, ("“", "”"))
        self.para(opening + (quote.get("text") or "") + closing, style="Quote", lang=lang)
        speaker = quote.get("speaker")
        p = self.para(style="Table Text")
        if speaker:
            self.run(p, "— ", None)
            self.run(p, speaker, lang)
            role = next((e.get("role") for e in entities
                         if e.get("type") == "person" and e.get("name") == speaker and e.get("role")), None)
            if role:
                self.run(p, ", ", None)
                self.run(p, role, lang)
            if lang in _RTL:
                _set_bidi(p)
        else:
            self.run(p, "— speaker not identified", LABEL_LANG)
        mention = quote.get("speaker_mention")
        if mention and not start <= mention.get("start", -1) < quote.get("end", 0):
            ev = src.evidence(mention.get("start"), mention.get("end"))
            if ev:
                self.fill(self.para(style="Evidence"), ev)
        self.para(style="Table Text")  # a little air before the next quote

    def _contacts(self, contacts: Sequence[tuple[dict[str, Any], str]], *,
                  numbers: Sequence[str] = ()) -> None:
        """A contacts table; each contact comes with the language of its release."""
        headers = ["Name", "Role and organization", "Phone, email, web"]
        widths = [3.6, 5.4, 7.6]
        if numbers:
            headers.append("Releases")
            widths = [3.4, 4.6, 6.4, 2.2]
        rows = []
        for i, (c, lang) in enumerate(contacts):
            who = ", ".join(x for x in (c.get("role"), c.get("organization")) if x)
            reach = (*(c.get("phones") or ()),
                     *((e, "mailto:" + e) for e in c.get("emails") or ()),
                     *((u, u) for u in c.get("urls") or ()))
            row: list[_Cell] = [
                _T(c["name"], lang) if c.get("name") else None,
                _T(who, lang) if who else None,
                _Lines(reach) if reach else None,
            ]
            if numbers:
                row.append(numbers[i])
            rows.append(row)
        self.table(headers, rows, widths)

    # -- the digest

    def digest(self, releases: Sequence[dict[str, Any]], *, run_date: date | datetime | None) -> None:
        self.heading("Press release digest", 0)
        if isinstance(run_date, datetime):
            shown_date = _utc(run_date).strftime("%Y-%m-%d %H:%M UTC")
        elif isinstance(run_date, date):
            shown_date = run_date.isoformat()
        else:
            shown_date = "not given"
        self.para(f"Run date: {shown_date}", style="Subtitle")
        self.para(f"{len(releases)} release{'s' if len(releases) != 1 else ''} in this digest.")
        counts: dict[str, int] = {}
        for r in releases:
            code = _base((r.get("language") or {}).get("code"))
            counts[code] = counts.get(code, 0) + 1
        self.heading("Releases per language", 1)
        if counts:
            self.table(("Language", "Releases"),
                       ((_lang_name(c), str(n)) for c, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))),
                       (10.6, 6.0))
        else:
            self.none_found()

        self.heading("All releases", 1)
        if releases:
            self.table(
                ("No.", "Date", "Language", "Title", "Source"),
                ([str(i), _release_date(r), _base((r.get("language") or {}).get("code")),
                  _T(_title_of(r), _base((r.get("language") or {}).get("code")) if r.get("title") else LABEL_LANG),
                  (r.get("source") or {}).get("path")] for i, r in enumerate(releases, 1)),
                (1.0, 2.3, 2.2, 7.4, 3.7))
        else:
            self.none_found()

        self.heading("People and organizations", 1)
        groups = _entities_across(releases)
        if groups:
            self.table(
                ("Name", "Type", "Role, acronyms", "Releases"),
                ([_T(g.name, g.lang), g.kind, _T(g.detail, g.lang) if g.detail else None,
                  ", ".join(map(str, g.releases))] for g in groups),
                (4.4, 2.6, 7.4, 2.2))
        else:
            self.none_found()

        self.heading("Contacts", 1)
        contacts, numbers = _contacts_across(releases)
        if contacts:
            self._contacts(contacts, numbers=numbers)
        else:
            self.none_found()

        for release in releases:
            self.release(release, level=1, page_break=True)


# ---------------------------------------------------------------- hand-built XML


def _set_lang(run: Run, code: str | None) -> None:
    """``w:lang`` in the run's properties, so spell-check uses the text's language."""
    tag = _lang_tag(_base(code)) if code else None
    if tag is None:
        return
    attrs = {qn("w:val"): tag}
    base = _base(code)
    if base in _RTL:
        attrs[qn("w:bidi")] = tag  # complex-script text is checked in this language
    elif base in _EAST_ASIAN:
        attrs[qn("w:eastAsia")] = tag
    # Appended: set after w:rStyle and w:rtl, and python-docx inserts later
    # properties (w:b…) before it, so schema order holds.
    run._r.get_or_add_rPr().append(OxmlElement("w:lang", attrs=attrs))


def _set_bidi(p: Any) -> None:
    """``w:bidi`` in the paragraph's (``w:p``) properties: a right-to-left paragraph."""
    pPr = p.get_or_add_pPr()
    if pPr.find(qn("w:bidi")) is None:
        pPr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _mark_header(row: Any) -> None:
    """``w:tblHeader`` in the row's properties: a header row, repeated on each page."""
    row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:tblHeader"), *_AFTER_TBL_HEADER)


# ------------------------------------------------------------------ batch merging


def _first_mention(entity: dict[str, Any]) -> int:
    mentions = entity.get("mentions") or []
    return min((m.get("start", 0) for m in mentions), default=1 << 30)


def _acronyms_first(aliases: Sequence[str]) -> list[str]:
    return sorted(aliases, key=lambda a: not (a.isupper() and len(a) <= 10))


def _unit(figure: dict[str, Any], lang: str) -> _Cell:
    """A figure's unit: a currency code or ``%`` is language-neutral, a counted noun is not."""
    unit = figure.get("unit")
    if not unit:
        return None
    return unit if figure.get("kind") in ("money", "percent") else _T(unit, lang)


def _iso(d: dict[str, Any]) -> str:
    value, end_value = d.get("value"), d.get("end_value")
    if value is None:
        return "unresolved"
    return f"{value} – {end_value}" if end_value else value


@dataclass(slots=True)
class _Group:
    name: str
    kind: str
    lang: str
    detail: str
    releases: list[int]


def _entities_across(releases: Sequence[dict[str, Any]]) -> list[_Group]:
    """People and organizations of the batch, each with the releases that mention it.

    Entities merge on their name; an organization also merges with another
    whose name is one of its acronyms or other names ("OIM" and its expansion).
    """
    groups: dict[tuple[str, str], _Group] = {}
    alias_of: dict[tuple[str, str], tuple[str, str]] = {}
    roles: dict[tuple[str, str], list[str]] = {}
    for number, release in enumerate(releases, 1):
        lang = _base((release.get("language") or {}).get("code"))
        for e in release.get("entities") or []:
            kind = e.get("type")
            if kind not in ("person", "organization") or not e.get("name"):
                continue
            key = (kind, e["name"].casefold())
            group = groups.get(key)
            if group is None:
                group = groups[key] = _Group(e["name"], kind, lang, "", [])
                roles[key] = []
            if number not in group.releases:
                group.releases.append(number)
            extra = [e["role"]] if e.get("role") else []
            if kind == "organization":
                extra += _acronyms_first(e.get("aliases") or [])
                for alias in e.get("aliases") or []:
                    alias_of.setdefault((kind, alias.casefold()), key)
            for x in extra:
                if x not in roles[key]:
                    roles[key].append(x)
    # Fold an organization known only by an acronym into its full name.
    for key in list(groups):
        target = alias_of.get(key)
        if target and target != key and target in groups and key in groups:
            into, group = groups[target], groups.pop(key)
            into.releases = sorted(set(into.releases) | set(group.releases))
            roles[target] += [x for x in [group.name, *roles[key]] if x not in roles[target]]
    for key, group in groups.items():
        group.detail = "; ".join(roles[key])
    return sorted(groups.values(), key=lambda g: (-len(g.releases), g.kind, g.name.casefold()))


def _contacts_across(releases: Sequence[dict[str, Any]]) -> tuple[list[tuple[dict[str, Any], str]], list[str]]:
    """Every contact of the batch once (with its release's language), and the releases giving it."""
    seen: dict[tuple[Any, ...], int] = {}
    contacts: list[tuple[dict[str, Any], str]] = []
    numbers: list[list[int]] = []
    for number, release in enumerate(releases, 1):
        lang = _base((release.get("language") or {}).get("code"))
        for c in release.get("contacts") or []:
            key = ((c.get("name") or "").casefold(), tuple(c.get("phones") or ()), tuple(c.get("emails") or ()))
            if key in seen:
                if number not in numbers[seen[key]]:
                    numbers[seen[key]].append(number)
                continue
            seen[key] = len(contacts)
            contacts.append((c, lang))
            numbers.append([number])
    return contacts, [", ".join(map(str, n)) for n in numbers]
