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
from typing import Any, Union, cast

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from .exports import Contact, merge_contacts
from .labels import LANGUAGES, Labels, labels_for, summary_language

__all__ = ["release_docx", "digest_docx", "evidence", "fit_widths", "text_width_cm", "LANGUAGES"]

#: Core-properties date when neither the caller nor the release gives one.
FALLBACK_DATE = datetime(2000, 1, 1)
#: Evidence longer than this is shortened around the item, with an ellipsis.
EVIDENCE_CHARS = 160
#: Sizes (points) of table text and of evidence: the evidence is there to check, not to read first.
TABLE_PT = 9.5
EVIDENCE_PT = 8.0
#: Language of the digest's own words (labels, headings) unless another is asked for.
LABEL_LANG = "en"

_DASH = "—"

# Regional tags Word's proofing tools know; any other code is written as given.
_LANG_TAGS = {
    "ar": "ar-SA", "de": "de-DE", "en": "en-US", "es": "es-ES", "fr": "fr-FR",
    "it": "it-IT", "ja": "ja-JP", "ko": "ko-KR", "nl": "nl-NL", "pl": "pl-PL",
    "pt": "pt-PT", "ru": "ru-RU", "sw": "sw-KE", "tr": "tr-TR", "uk": "uk-UA",
    "zh": "zh-CN",
}
_RTL = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})
_EAST_ASIAN = frozenset({"ja", "ko", "zh"})
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


def release_docx(release: dict[str, Any], *, created: datetime | None = None, lang: str | None = None) -> bytes:
    """One release's Word brief as ``.docx`` bytes.

    The brief's own words are in ``lang`` (one of :data:`labels.LANGUAGES`),
    by default in the release's language when there is a table for it, else
    English. ``created`` sets the core properties' created and modified dates
    (a naive datetime is taken as UTC); without it they are the release's
    ``published`` date, else 2000-01-01, so the same release always gives the
    same bytes.
    """
    release_lang = _base((release.get("language") or {}).get("code"))
    w = _Writer(_check_lang(summary_language(release_lang, lang)))
    w.release(release, level=0)
    w.header_footer(_title_of(release, w.L), release_lang if release.get("title") else w.lang)
    lang = (release.get("language") or {}).get("code") or "und"
    w.set_core(
        title=_title_of(release, w.L),
        language=_lang_tag(lang) or "und",
        subject=(release.get("source") or {}).get("path") or "",
        keywords=", ".join(release.get("kicker") or []),
        when=_utc(created) if created else _published_datetime(release) or FALLBACK_DATE,
    )
    return w.to_bytes()


def digest_docx(releases: Sequence[dict[str, Any]], *, run_date: date | datetime | None = None,
                lang: str = "en", briefs: bool = True, linked: tuple[Sequence[Any], Sequence[Any]] | None = None
                ) -> bytes:
    """The batch digest as ``.docx`` bytes, in ``lang``: on its first page what came in,
    a timeline and the most mentioned organizations and people; then the contents,
    the contacts directory and (with ``briefs``) every release's brief, by date.

    ``run_date`` is shown on the cover and becomes the created date; without
    it the latest ``published`` date of the batch is used, else 2000-01-01.
    ``linked``: the batch entities and translation groups of ``releases``
    (``releasepipe.linking``), when the caller has them already.
    """
    w = _Writer(_check_lang(lang))
    w.digest(releases, run_date=run_date, briefs=briefs, linked=linked)
    w.header_footer(w.L["digest"], w.lang)
    langs = {(r.get("language") or {}).get("code") or "und" for r in releases}
    if run_date is None:
        when = max((d for d in map(_published_datetime, releases) if d), default=FALLBACK_DATE)
    else:
        when = _utc(run_date)
    w.set_core(
        title=w.L["digest"],
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


@functools.lru_cache(maxsize=4)  # the facts of one release ask in turn: its boundaries are found once
def _boundaries(text: str) -> tuple[list[int], list[int], list[int]]:
    """The sentence ends of ``text``: where each starts, where the next sentence may start (after
    its closing quotes), and where a sentence ending there ends (a line break is not part of it)."""
    starts, afters, ends = [], [], []
    for m in _BOUNDARY.finditer(text):
        if _is_boundary(text, m):
            starts.append(m.start())
            afters.append(m.end())
            ends.append(m.start() if text[m.start()] == "\n" else m.end())
    return starts, afters, ends


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence(s) around ``text[start:end]``: the last sentence end before
    the item and the first after it, each looked for within ``_WINDOW`` characters."""
    starts, afters, ends = _boundaries(text)
    s = max(0, start - _WINDOW)
    i = bisect.bisect_left(starts, start) - 1  # the last sentence end that starts before the item
    while i >= 0 and afters[i] > start:  # and ends before it
        i -= 1
    if i >= 0 and starts[i] >= s:
        s = afters[i]
    e = min(len(text), end + _WINDOW)
    j = bisect.bisect_left(starts, end)
    if j < len(starts) and starts[j] < e:
        e = ends[j]
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


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"no labels for language {lang!r}; known: {', '.join(LANGUAGES)}")
    return lang


def _set_default_lang(doc: Any, lang: str) -> None:
    """The document's default language (``w:docDefaults``), which spell-checking uses for
    anything without its own ``w:lang``."""
    rPr = doc.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rPr is None:
        return
    found = rPr.find(qn("w:lang"))
    if found is None:
        found = OxmlElement("w:lang")
        rPr.append(found)
    found.set(qn("w:val"), _lang_tag(lang) or lang)


def _base(code: str | None) -> str:
    return (code or "und").split("-", 1)[0].lower()


def _title_of(release: dict[str, Any], labels: Labels | None = None) -> str:
    title = (release.get("title") or "").strip()
    if title:
        return title
    path = (release.get("source") or {}).get("path")
    untitled = labels["untitled"] if labels else "Untitled release"
    return f"{untitled} ({path})" if path else untitled


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


# ------------------------------------------------------------------- cell values


@dataclass(frozen=True, slots=True)
class _T:
    """Text in a release's language (``lang`` is a language code)."""

    text: str
    lang: str | None


@dataclass(frozen=True, slots=True)
class _Lines:
    """One item a line: plain text, text in a language, or a (shown text, address) hyperlink."""

    items: tuple[Union[str, "_T", tuple[str, str]], ...]


@dataclass(frozen=True, slots=True)
class _Ev:
    """Evidence: a shortened sentence and the number of its paragraph."""

    text: str
    lang: str | None
    paragraph: int


@dataclass(frozen=True, slots=True)
class _Anchor:
    """Text linking to a bookmark of the document, followed by the bookmark's page."""

    text: str
    lang: str | None
    bookmark: str


_Cell = Union[str, _T, _Lines, _Ev, _Anchor, None]


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

    def evidence(self, start: int | None, end: int | None, limit: int = EVIDENCE_CHARS) -> _Ev | None:
        if start is None or end is None:
            return None
        snippet = evidence(self.text, start, end, limit=limit)
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
    table_text.font.size = Pt(TABLE_PT)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    table_text.quick_style = True
    ev = styles.add_style("Evidence", WD_STYLE_TYPE.PARAGRAPH)
    ev.base_style = table_text
    ev.font.size = Pt(EVIDENCE_PT)
    ev.font.italic = True
    ev.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    ev.quick_style = True
    ev_char = styles.add_style("Evidence Char", WD_STYLE_TYPE.CHARACTER)
    ev_char.font.size = Pt(EVIDENCE_PT)
    ev_char.font.italic = True
    ev_char.font.bold = False
    ev_char.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for name, size, before, after in (("Lead", 11, 0, 8), ("Glance", 10.5, 0, 3), ("Speaker", 10, 0, 8),
                                      ("Contact", 10.5, 4, 0), ("Reach", 10, 0, 4), ("Appendix", 8, 0, 0)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(size)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.line_spacing = 1.05
        style.quick_style = True
    styles["Appendix"].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    styles["Contact"].paragraph_format.keep_with_next = True
    styles["Quote"].paragraph_format.keep_with_next = True
    styles["Quote"].paragraph_format.space_after = Pt(2)
    styles["Speaker"].paragraph_format.left_indent = Cm(1.5)
    styles["Title"].font.size = Pt(22)
    for level in (1, 2, 3):
        styles[f"Heading {level}"].paragraph_format.space_before = Pt((14, 8, 6)[level - 1])
    for name, size in (("Header", 8), ("Footer", 8)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        style.paragraph_format.space_after = Pt(0)
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link.font.underline = True
    link.unhide_when_used = True
    link.priority = 99

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)
    # The header (the title, set per document) and the page number in the footer.
    section.header.paragraphs[0].style = styles["Header"]
    footer = section.footer.paragraphs[0]
    footer.style = styles["Footer"]
    footer.alignment = 1  # centred

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


#: Paragraphs and runs of each kind (style, language, direction), built once per process and
#: copied into each document: the style ids are those of the one template.
_RUN_PROTOS: dict[tuple[str | None, str | None, bool], Any] = {}
_PARA_PROTOS: dict[tuple[str, bool], Any] = {}
#: (language, headers) -> (empty table, empty data row), see _Writer._table_proto
_TABLE_PROTOS: dict[tuple[str, tuple[str, ...]], tuple[Any, Any]] = {}


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
        "Heading 1", "Heading 2", "Heading 3", "Table Grid", "Hyperlink", "Evidence Char", "Lead",
        "Glance", "Speaker", "Contact", "Reach", "Appendix")}
    section = doc.sections[0]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return _Blank(doc, style_ids, width)


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
    PackageWriter._write_parts(cast(Any, members), package.parts)  # a writer by its methods
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

#: Twips per centimetre (Word's table widths are in twentieths of a point).
_TWIPS_PER_CM = 567
#: A cell's left and right margins (0.19 cm each) and a little slack, in cm.
_CELL_PAD_CM = 0.45
_PT_CM = 2.54 / 72
#: Advance of a character without metrics (an em fraction: wide, as errors should be).
_DEFAULT_EM = 0.7


@functools.lru_cache(maxsize=1)
def _advances() -> tuple[dict[int, float], dict[int, float]]:
    """Character advances (in em) of DejaVu Sans and DejaVu Sans Bold.

    Column widths are estimated with the widest of these fonts, their serif
    faces and their italics: they are what LibreOffice falls back to where Calibri and Carlito
    are missing, and wider than both, so a column sized with them holds its
    longest word in any of them. The fonts are the ones matplotlib ships (read with fontTools,
    which matplotlib installs); without them every character counts 0.7 em.
    """
    import importlib.util
    import os

    try:
        from fontTools.ttLib import TTFont

        spec = importlib.util.find_spec("matplotlib")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("matplotlib")
        folder = os.path.join(spec.submodule_search_locations[0], "mpl-data", "fonts", "ttf")
        found: list[dict[int, float]] = []
        for names in (("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif-Italic.ttf"),
                      ("DejaVuSans-Bold.ttf", "DejaVuSerif-Bold.ttf")):
            widest: dict[int, float] = {}
            for name in names:  # the widest of the sans and serif faces, upright or italic (evidence)
                font = TTFont(os.path.join(folder, name), lazy=True)
                metrics, em = font["hmtx"].metrics, font["head"].unitsPerEm
                for c, g in font.getBestCmap().items():
                    widest[c] = max(widest.get(c, 0.0), metrics[g][0] / em)
            found.append(widest)
        return found[0], found[1]
    except Exception:  # noqa: BLE001 - no fonts, no metrics: the default width
        return {}, {}


def text_width_cm(text: str, size: float = 10.0, *, bold: bool = False) -> float:
    """How wide ``text`` is set in ``size`` points (see :func:`_advances`)."""
    return _width_em(text, bold) * size * _PT_CM


@functools.lru_cache(maxsize=8192)
def _width_em(text: str, bold: bool) -> float:
    """Width in em; cached, since labels, names and numbers come back in every table."""
    advances = _advances()[1 if bold else 0]
    return sum(advances.get(ord(c), _DEFAULT_EM) for c in text)
#: Key figures in the "at a glance" block, and the length of the context each gets there.
GLANCE_FIGURES = 5
GLANCE_EVIDENCE = 90
#: Evidence in the brief's tables: about two lines of its column.
TABLE_EVIDENCE = 130
#: Ranking of a figure's block kind and of its kind: the figures a reader would
#: quote come first (body before boilerplate; amounts and counts before durations).
_BLOCK_RANK = {"title": 0, "body": 1, None: 2, "kicker": 2, "contact": 3, "boilerplate": 4}
_KIND_RANK = {"money": 0, "count": 0, "percent": 0, "quantity": 1, "duration": 3}
#: A count below this ("deux vols") is ranked after larger ones ("3 200 migrants").
_SMALL_COUNT = 10


#: Where a line may wrap: ordinary spaces and hyphens (no-break spaces, U+202F in
#: "3 200", keep a number whole).
_BREAKS = re.compile(r"[ \t\n]+|(?<=-)")


def _cell_text(value: _Cell) -> list[str]:
    """The lines a cell shows, for width estimates."""
    if value is None or value == "":
        return [_DASH]
    if isinstance(value, str):
        return [value]
    if isinstance(value, _T):
        return [value.text]
    if isinstance(value, _Anchor):
        return [value.text + " · 00"]
    if isinstance(value, _Ev):
        return [f"{value.text} (¶ {value.paragraph})"]
    return [item if isinstance(item, str) else item.text if isinstance(item, _T) else item[0]
            for item in value.items]


def fit_widths(headers: Sequence[str], rows: Sequence[Sequence[_Cell]], total_cm: float,
               *, size: float = TABLE_PT) -> list[float]:
    """Column widths (cm) summing to ``total_cm`` in which no word of any cell is split.

    Each column gets at least its longest word (header included, in bold), then
    the room left goes to the columns whose text is long, in proportion to how
    much more they would need to hold it on one line.
    """
    n = len(headers)
    least = [0.0] * n
    want = [0.0] * n
    for i, h in enumerate(headers):
        least[i] = max(text_width_cm(w, size, bold=True) for w in _BREAKS.split(h)) + _CELL_PAD_CM
        want[i] = text_width_cm(h, size, bold=True) + _CELL_PAD_CM
    for row in rows:
        for i, value in enumerate(row[:n]):
            scale = (EVIDENCE_PT if isinstance(value, _Ev) else size) * _PT_CM
            for line in _cell_text(value):
                words = [_width_em(w, False) for w in _BREAKS.split(line)]
                least[i] = max(least[i], max(words) * scale + _CELL_PAD_CM)
                # a line is its words and the spaces between them (U+0020 is 0.318 em in DejaVu Sans)
                want[i] = max(want[i], (sum(words) + 0.33 * (len(words) - 1)) * scale + _CELL_PAD_CM)
    want = [max(w, m) for w, m in zip(want, least)]
    if sum(want) <= total_cm:
        return [w * total_cm / sum(want) for w in want]
    if sum(least) >= total_cm:  # cannot be helped: share in proportion to the longest words
        return [m * total_cm / sum(least) for m in least]
    room = total_cm - sum(least)
    extra = [w - m for w, m in zip(want, least)]
    return [m + room * e / sum(extra) for m, e in zip(least, extra)]


def _with_acronym(entity: dict[str, Any]) -> str:
    """"Organisation internationale pour les migrations (OIM)"."""
    acronym = next((a for a in _acronyms_first(entity.get("aliases") or []) if a.isupper()), None)
    return entity["name"] + (f" ({acronym})" if acronym and acronym != entity["name"] else "")


def _distinct(figures: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Figures without repeats: the title's "1.500 Flüchtlinge" again in the body is one key figure."""
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for f in figures:
        key = (f.get("kind"), f.get("value"), f.get("end_value"), f.get("unit") if f.get("kind") == "money" else None)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


def _in_contacts_only(entity: dict[str, Any], blocks: Sequence[dict[str, Any]]) -> bool:
    """Whether every mention of an entity is in a contact block (its person is in the contacts)."""
    kinds = [blocks[m["block"]].get("kind") if isinstance(m.get("block"), int) and 0 <= m["block"] < len(blocks)
             else None for m in entity.get("mentions") or []]
    return bool(kinds) and all(k == "contact" for k in kinds)


def _rank_figure(figure: dict[str, Any], blocks: Sequence[dict[str, Any]]) -> tuple[int, int, int, int]:
    block = figure.get("block")
    kind = blocks[block].get("kind") if isinstance(block, int) and 0 <= block < len(blocks) else None
    value = figure.get("value")
    small = figure.get("kind") == "count" and isinstance(value, (int, float)) and value < _SMALL_COUNT
    return (_BLOCK_RANK.get(kind or "", 2), _KIND_RANK.get(figure.get("kind") or "", 3), int(small),
            figure.get("start", 0))


def _human_phone(e164: str) -> str:
    """``+22790123456`` → ``+227 90 12 34 56`` (no-break spaces: a number never wraps)."""
    import phonenumbers

    try:
        shown = phonenumbers.format_number(phonenumbers.parse(e164, None),
                                           phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        shown = e164
    return shown.replace(" ", "\u00a0").replace("-", "\u2011")


def _release_day(release: dict[str, Any]) -> str | None:
    """The release's date (ISO, day precision) when it has one."""
    value = release.get("published") or (release.get("dateline") or {}).get("date")
    return value if isinstance(value, str) and len(value) == 10 else None


def _by_date(releases: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Releases by date, undated ones last, then by source path."""
    return sorted(releases, key=lambda r: (_release_day(r) or "9999-99-99",
                                           (r.get("source") or {}).get("path") or ""))


class _Writer:
    """Builds one document in one language; ``level`` shifts headings so a release nests in the digest.

    python-docx builds each kind of paragraph and run once per process (a
    prototype: its style, language and direction); the document gets copies
    of these with their text. Building every run through python-docx's object layer costs
    several times as much, mostly in finding where each property goes.
    """

    def __init__(self, lang: str = LABEL_LANG) -> None:
        proto = _blank()
        # A copy of a parsed blank document: half the cost of parsing the template again.
        self.doc = deepcopy(proto.doc)
        self.part = self.doc.part
        self._end = self.doc.element.body.sectPr  # block items go before the section properties
        self.s = proto.style_ids
        self.width = proto.width
        self.width_cm = proto.width / 360000
        self.lang = lang
        self.L = labels_for(lang)
        self._bookmarks = 0
        _set_default_lang(self.doc, lang)

    # -- prototypes

    def _run_proto(self, lang: str | None, style: str | None, bold: bool) -> Any:
        key = (lang, style, bold)
        proto = _RUN_PROTOS.get(key)
        if proto is None:
            run = Paragraph(OxmlElement("w:p"), cast(Any, None)).add_run()
            if style:
                run._r.style = self.s[style]
            run.bold = bold or None
            if _base(lang) in _RTL:
                run.font.rtl = True
            _set_lang(run, lang)
            # The text holder; "preserve" keeps spaces at either end.
            run._r.append(OxmlElement("w:t", attrs={qn("xml:space"): "preserve"}))
            if len(_RUN_PROTOS) >= 512:  # languages × styles; stay bounded anyway
                _RUN_PROTOS.clear()
            proto = _RUN_PROTOS[key] = run._r
        return proto

    def _para_proto(self, style: str, rtl: bool) -> Any:
        proto = _PARA_PROTOS.get((style, rtl))
        if proto is None:
            proto = OxmlElement("w:p")
            if style != "Normal":
                proto.style = self.s[style]
            if rtl:
                _set_bidi(proto)
            _PARA_PROTOS[(style, rtl)] = proto
        return proto

    # -- paragraphs and runs (lxml elements)

    def run(self, p: Any, text: str, lang: str | None, *, style: str | None = None, bold: bool = False) -> Any:
        r = copy(self._run_proto(lang, style, bold))
        r[-1].text = _clean(text)
        p.append(r)
        return r

    def para(self, text: str = "", *, style: str = "Normal", lang: str | None = "") -> Any:
        lang = self.lang if lang == "" else lang
        p = copy(self._para_proto(style, _base(lang) in _RTL))
        self._end.addprevious(p)
        if text:
            self.run(p, text, lang)
        return p

    def heading(self, text: str, level: int, *, lang: str | None = "", page_break: bool = False,
                bookmark: str | None = None) -> Any:
        p = self.para(text, style="Title" if level == 0 else f"Heading {min(level, 3)}", lang=lang)
        if page_break:
            Paragraph(p, cast(Any, None)).paragraph_format.page_break_before = True
        if bookmark:
            self._bookmarks += 1
            attrs = {qn("w:id"): str(self._bookmarks)}
            p.insert(1 if p.pPr is not None else 0, OxmlElement("w:bookmarkStart", attrs={**attrs, qn("w:name"): bookmark}))
            p.append(OxmlElement("w:bookmarkEnd", attrs=attrs))
        return p

    def none_found(self) -> None:
        self.para(self.L["none_found"])

    def link(self, p: Any, shown: str, address: str) -> None:
        """An external hyperlink: a relationship to ``address`` and a ``w:hyperlink`` around a run."""
        rId = self.part.relate_to(address, RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink", attrs={qn("r:id"): rId})
        p.append(hyperlink)
        self.run(hyperlink, shown, None, style="Hyperlink")

    def anchor_link(self, p: Any, shown: str, bookmark: str, lang: str | None) -> None:
        """A link to a bookmark of this document."""
        hyperlink = OxmlElement("w:hyperlink", attrs={qn("w:anchor"): bookmark, qn("w:history"): "1"})
        p.append(hyperlink)
        self.run(hyperlink, shown, lang)

    def field(self, p: Any, instruction: str, placeholder: str = "") -> None:
        """A field (``PAGE``, ``NUMPAGES``, ``PAGEREF name``) the reader's application computes."""
        fld = OxmlElement("w:fldSimple", attrs={qn("w:instr"): f" {instruction} "})
        p.append(fld)
        self.run(fld, placeholder, None)

    def fill(self, p: Any, value: _Cell) -> None:
        if value is None or value == "":
            self.run(p, _DASH, None)
        elif isinstance(value, str):
            self.run(p, value, self.lang)
        elif isinstance(value, _T):
            self.run(p, value.text, value.lang)
            if _base(value.lang) in _RTL:
                _set_bidi(p)
        elif isinstance(value, _Ev):
            p.pPr.pStyle.val = self.s["Evidence"]  # table and evidence paragraphs have a style
            self.run(p, value.text, value.lang)
            self.run(p, f" ({self.L['paragraph']}\u00a0{value.paragraph})", self.lang)
            if _base(value.lang) in _RTL:
                _set_bidi(p)
        elif isinstance(value, _Anchor):
            self.anchor_link(p, value.text, value.bookmark, value.lang)
            self.run(p, " · ", None)
            self.field(p, f"PAGEREF {value.bookmark} \\h", "")
            if _base(value.lang) in _RTL:
                _set_bidi(p)
        else:
            for i, item in enumerate(value.items):
                if i:
                    Paragraph(p, cast(Any, None)).add_run().add_break()
                if isinstance(item, str):
                    self.run(p, item, None)
                elif isinstance(item, _T):
                    self.run(p, item.text, item.lang)
                    if _base(item.lang) in _RTL:
                        _set_bidi(p)
                else:
                    self.link(p, *item)

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[_Cell]]) -> None:
        """A table with a bold header row that repeats on every page, its columns as wide
        as their content needs (:func:`fit_widths`), their widths fixed.

        Data rows are copies of an empty row that has the header's paragraph style.
        """
        rows = [list(r) for r in rows]
        widths = fit_widths(headers, rows, self.width_cm)
        proto, empty_row = self._table_proto(tuple(headers))
        tbl = copy(proto)
        self._end.addprevious(tbl)
        for values in rows:
            tr = copy(empty_row)
            tbl.append(tr)
            for tc, value in zip(tr.tc_lst, values):
                self.fill(tc.p_lst[0], value)
        twips = [round(w * _TWIPS_PER_CM) for w in widths]
        for col, w in zip(tbl.tblGrid.gridCol_lst, twips):
            col.set(qn("w:w"), str(w))
        for tr in tbl.tr_lst:
            for tc, w in zip(tr.tc_lst, twips):
                tcW = tc.get_or_add_tcPr().get_or_add_tcW()
                tcW.set(qn("w:w"), str(w))
                tcW.set(qn("w:type"), "dxa")

    def _table_proto(self, headers: tuple[str, ...]) -> tuple[Any, Any]:
        """The empty table (header row only) and an empty data row for these headers,
        built through python-docx once per process and copied after that."""
        key = (self.lang, headers)
        proto = _TABLE_PROTOS.get(key)
        if proto is None:
            table = self.doc.add_table(rows=1, cols=len(headers))
            table.autofit = False  # w:tblLayout fixed: the widths below hold in Word and LibreOffice
            tbl = table._tbl
            tbl.tblStyle_val = self.s["Table Grid"]
            header = table.rows[0]
            for cell in header.cells:
                tc = cell._tc
                tc.replace(tc.p_lst[0], copy(self._para_proto("Table Text", False)))
            empty_row = copy(header._tr)
            _mark_header(header)
            for tc, label in zip(header._tr.tc_lst, headers):
                self.run(tc.p_lst[0], label, self.lang, bold=True)
            tbl.getparent().remove(tbl)
            if len(_TABLE_PROTOS) >= 64:  # headers are a handful of fixed sets; stay bounded anyway
                _TABLE_PROTOS.clear()
            proto = _TABLE_PROTOS[key] = (tbl, empty_row)
        return proto

    def picture(self, png: bytes, width_cm: float) -> None:
        p = self.para(style="Normal", lang=None)
        Paragraph(p, self.doc._body).add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))

    def header_footer(self, header: str, header_lang: str | None) -> None:
        """The running header (the document's title, small) and the page number below."""
        section = self.doc.sections[0]
        hp = section.header.paragraphs[0]._p
        self.run(hp, header, header_lang)
        # The first page has its title in full: no header there, the page number only.
        section.different_first_page_header_footer = True
        for footer in (section.footer, section.first_page_footer):
            fp = footer.paragraphs[0]._p
            if fp.pPr is None or fp.pPr.pStyle is None:
                footer.paragraphs[0].style = self.doc.styles["Footer"]
                footer.paragraphs[0].alignment = 1
            self.run(fp, self.L["page"] + " ", self.lang)
            self.field(fp, "PAGE", "1")
            self.run(fp, " / ", None)
            self.field(fp, "NUMPAGES", "1")

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

    def release(self, release: dict[str, Any], *, level: int, page_break: bool = False,
                bookmark: str | None = None) -> None:
        """A release's brief; ``level`` 0 starts with a Title, 1 with a Heading 1."""
        L = self.L
        src = _Source(release)
        lang = src.lang
        title = (release.get("title") or "").strip()
        self.heading(_title_of(release, L), level, lang=lang if title else self.lang, page_break=page_break,
                     bookmark=bookmark)
        kicker = [k for k in release.get("kicker") or [] if k]
        if kicker:
            self.para(" · ".join(kicker), style="Subtitle", lang=lang)
        self._lead(release, src)
        h1, h2 = level + 1, level + 2
        entities = sorted(release.get("entities") or [], key=_first_mention)
        blocks = release.get("blocks") or []
        figures = sorted(release.get("figures") or [], key=lambda f: _rank_figure(f, blocks))

        self.heading(L["at_a_glance"], h1)
        self._glance(release, src, entities, _distinct(figures)[:GLANCE_FIGURES])

        quotes = sorted(release.get("quotes") or [], key=lambda q: q.get("start", 0))
        if quotes:
            self.heading(L["quotes"], h1)
            for q in quotes:
                self._quote(q, src, entities)

        self.heading(L["contacts"], h1)
        contacts = release.get("contacts") or []
        if contacts:
            for c in contacts:
                self._contact_card(c, lang)
        else:
            self.none_found()

        self.heading(L["sources"], h1)
        people = [e for e in entities if e.get("type") == "person" and not _in_contacts_only(e, blocks)]
        orgs = [e for e in entities if e.get("type") == "organization"]
        if people or orgs:
            self.heading(L["people_orgs"], h2)
        if people:
            self.table((L["name"], L["role"], L["first_mention"]),
                       ([self._name(e, src), self._entity_detail(e, entities, lang), self._first_evidence(e, src)]
                        for e in people))
        if orgs:  # names, not facts: one line, acronyms in brackets
            p = self.para(style="Glance")
            self.run(p, L["organizations"] + L["colon"], self.lang, bold=True)
            self.run(p, "; ".join(_with_acronym(e) for e in orgs), lang)
        facts = self._facts(figures, release.get("dates") or [], src)
        if facts:
            self.heading(L["figures"], h2)
            self.table((L["figure"], L["in_context"]), facts)

        self.heading(L["appendix"], h1)
        self._appendix(release)

    def _name(self, entity: dict[str, Any], src: _Source) -> _T:
        mentions = entity.get("mentions") or []
        return _T(entity["name"], src.lang_at(mentions[0]["start"]) if mentions else src.lang)

    def _facts(self, figures: Sequence[dict[str, Any]], dates: Sequence[dict[str, Any]],
               src: _Source) -> list[list[_Cell]]:
        """Figures and dates in reading order, one row per sentence: the facts it gives, then
        the sentence once (several facts of one sentence share it)."""
        items: list[tuple[int, int, str | _T]] = [
            (f.get("start", 0), f.get("end", 0), _T(self._figure_text(f, src), src.lang_at(f.get("start", 0))))
            for f in figures]
        for d in dates:
            items.append((d.get("start", 0), d.get("end", 0), cast("str | _T", self._date_shown(d, src))))
        rows: list[list[_Cell]] = []
        last: tuple[int, int] | None = None
        group: list[tuple[int, int, str | _T]] = []

        def flush() -> None:
            if group:
                start, end = min(g[0] for g in group), max(g[1] for g in group)
                ev = src.evidence(start, end, TABLE_EVIDENCE)
                rows.append([_Lines(tuple(g[2] for g in group)), ev])

        for item in sorted(items, key=lambda x: (x[0], x[1])):
            bounds = _sentence_bounds(src.text, item[0], item[1])
            if bounds != last:
                flush()
                group = []
                last = bounds
            group.append(item)
        flush()
        return rows

    def _entity_detail(self, entity: dict[str, Any], entities: Sequence[dict[str, Any]], lang: str) -> _Cell:
        if entity.get("type") == "person":
            role = entity.get("role") or ""
            parts = [role]
            org = entity.get("organization")
            known = next((e for e in entities if e.get("type") == "organization" and e.get("name") == org), None)
            names = [org, *((known or {}).get("aliases") or [])] if org else []
            if org and not any(n and n.casefold() in role.casefold() for n in names):
                parts.append(org)
        else:
            parts = _acronyms_first(entity.get("aliases") or [])
        shown = ", ".join(p for p in parts if p)
        return _T(shown, lang) if shown else None

    @staticmethod
    def _first_evidence(entity: dict[str, Any], src: _Source) -> _Ev | None:
        mentions = entity.get("mentions") or []
        return src.evidence(mentions[0]["start"], mentions[0]["end"], TABLE_EVIDENCE) if mentions else None

    @staticmethod
    def _figure_text(figure: dict[str, Any], src: _Source) -> str:
        return figure.get("text") or src.span(figure.get("start"), figure.get("end"))

    def _date_shown(self, d: dict[str, Any], src: _Source) -> _Cell:
        """A date in words in the summary's language; a duration or an unresolved date as written."""
        value, end_value = d.get("value"), d.get("end_value")
        if d.get("kind") == "duration" or not value or value.startswith(("P", "--")):
            return _T(d.get("text") or src.span(d.get("start"), d.get("end")), src.lang_at(d.get("start", 0)))
        return self.L.date_range(value, end_value) if end_value else self.L.date(value)

    def _lead(self, release: dict[str, Any], src: _Source) -> None:
        """The dateline and date as one line: "NIAMEY · 14 octobre 2024"."""
        dateline = release.get("dateline") or {}
        place = (dateline.get("place") or "").strip()
        day = release.get("published") or dateline.get("date")
        if not (place or day or release.get("embargo")):
            return
        p = self.para(style="Lead", lang=None)
        if place:
            self.run(p, place.upper() if place.isupper() or len(place) < 30 else place, src.lang, bold=True)
        if day:
            if place:
                self.run(p, " · ", None)
            self.run(p, self.L.date(day), self.lang)
        if release.get("embargo"):
            self.run(p, f" · {self.L['embargo']}: {release['embargo']}", self.lang)

    def _glance(self, release: dict[str, Any], src: _Source, entities: list[dict[str, Any]],
                figures: Sequence[dict[str, Any]]) -> None:
        L, lang = self.L, src.lang
        blocks = release.get("blocks") or []

        def line(label: str) -> Any:
            p = self.para(style="Glance")
            self.run(p, label + " ", self.lang, bold=True)
            return p

        by_count = sorted(entities, key=lambda e: (-len(e.get("mentions") or []), _first_mention(e)))
        people = [e for e in entities if e.get("type") == "person" and not _in_contacts_only(e, blocks)][:3]
        orgs = [e for e in by_count if e.get("type") == "organization"][:3]
        if people or orgs:
            p = line(L["who"])
            items: list[str] = list(map(_with_acronym, orgs))
            for e in people:
                items.append(e["name"] + (f" ({e['role']})" if e.get("role") else ""))
            self.run(p, "; ".join(items), lang)
        what = self._what(release, src)
        if what:
            self.run(line(L["what"]), what, lang)
        dateline = release.get("dateline") or {}
        places = [dateline["place"]] if dateline.get("place") else []
        for e in by_count:
            if e.get("type") == "location" and len(places) < 4 and \
                    e["name"].casefold() not in {p.casefold() for p in places}:
                places.append(e["name"])
        if places:
            self.run(line(L["where"]), ", ".join(p if not p.isupper() else p.title() for p in places), lang)
        day = release.get("published") or dateline.get("date")
        events: list[str] = []
        for d in release.get("dates") or []:
            value = d.get("value") or ""
            if d.get("kind") in ("date", "range") and len(value) == 10 and len(events) < 2 and \
                    (value, d.get("end_value")) != (day, None):
                shown = self._date_shown(d, src)
                events.append(shown if isinstance(shown, str) else cast(_T, shown).text)
        if day or events:
            self.run(line(L["when"]), " · ".join(([L.date(day)] if day else []) + events), self.lang)
        if figures:
            label = self.para(style="Glance")
            self.run(label, L["key_figures"], self.lang, bold=True)
            for f in figures:
                p = self.para(style="List Bullet", lang=None)
                self.run(p, self._figure_text(f, src), src.lang_at(f.get("start", 0)), bold=True)
                ev = evidence(src.text, f.get("start", 0), f.get("end", 0), limit=GLANCE_EVIDENCE)
                if ev:
                    self.run(p, " — " + ev, src.lang_at(f.get("start", 0)), style="Evidence Char")

    @staticmethod
    def _what(release: dict[str, Any], src: _Source) -> str:
        """The release's lead: the first sentence of its first body block, dateline left out."""
        text = src.text
        body = next((b for b in release.get("blocks") or [] if b.get("kind") == "body"), None)
        if body is None:
            return ""
        start = body.get("start", 0)
        dateline = release.get("dateline") or {}
        if isinstance(dateline.get("end"), int) and start <= dateline["end"] < body.get("end", 0):
            start = dateline["end"]
        while start < len(text) and (text[start].isspace() or text[start] in "–—-:,.)("):
            start += 1
        s, e = _sentence_bounds(text, start, start)
        s = max(s, start)
        lead = _WS.sub(" ", text[s:e]).strip()
        if len(lead) > 260:
            cut = lead.rfind(" ", 0, 259)
            lead = lead[:cut if cut > 0 else 259] + "…"
        return lead[:1].upper() + lead[1:]

    def _appendix(self, release: dict[str, Any]) -> None:
        L = self.L
        language = release.get("language") or {}
        code = _base(language.get("code"))
        shown = f"{L.language_name(code)} ({code})"
        confidence = language.get("confidence")
        if isinstance(confidence, (int, float)):
            shown += f", {L['confidence']} {L.decimal(confidence)}"
        others = sorted({_base(s.get("code")) for s in language.get("segments") or []} - {code, "und"})
        if others:
            shown += "; " + ", ".join(f"{L.language_name(c)} ({c})" for c in others)
        source = release.get("source") or {}
        content = release.get("content_sha256") or source.get("sha256")
        about = [
            (L["language"], shown),
            (L["source"], f"{source.get('path', _DASH)} ({source.get('format', '?')}, "
                          f"{L.number(source.get('bytes', 0))}\u00a0{L['bytes']})"),
            (L["release_id"], release.get("id") or _DASH),
            (L["content"], content or _DASH),
        ]
        p = self.para(style="Appendix")
        for i, (label, value) in enumerate(about):
            if i:
                self.run(p, "  ·  ", None)
            self.run(p, label + L["colon"], self.lang, bold=True)
            self.run(p, value, None)
        for warning in release.get("warnings") or []:
            p = self.para(style="Appendix")
            self.run(p, L["warnings"] + L["colon"], self.lang, bold=True)
            self.run(p, f"{warning.get('code', '')} {warning.get('message', '')}", "en")

    def _quote(self, quote: dict[str, Any], src: _Source, entities: list[dict[str, Any]]) -> None:
        start = quote.get("start", 0)
        lang = src.lang_at(start)
        opening, closing = _QUOTE_MARKS.get(lang, ("“", "”"))
        self.para(opening + (quote.get("text") or "") + closing, style="Quote", lang=lang)
        speaker = quote.get("speaker")
        p = self.para(style="Speaker")
        if speaker:
            self.run(p, "— ", None)
            self.run(p, speaker, lang, bold=True)
            role = next((e.get("role") for e in entities
                         if e.get("type") == "person" and e.get("name") == speaker and e.get("role")), None)
            if role:
                self.run(p, ", ", None)
                self.run(p, role, lang)
            if lang in _RTL:
                _set_bidi(p)
        else:
            self.run(p, "— " + self.L["no_speaker"], self.lang)

    def _contact_card(self, c: dict[str, Any] | Contact, lang: str, releases: str | None = None) -> None:
        """A contact as two lines: who (name, role, organization), then how to reach them."""
        get = c.get if isinstance(c, dict) else lambda k: getattr(c, k)
        p = self.para(style="Contact", lang=lang)
        name = get("name")
        if name:
            self.run(p, name, lang, bold=True)
        who = ", ".join(x for x in (get("role"), get("organization")) if x)
        if who:
            self.run(p, (", " if name else "") + who, lang, bold=not name)
        if releases:
            self.run(p, f"  ({releases})", self.lang, style="Evidence Char")
        reach = self.para(style="Reach", lang=None)
        first = True
        for phone in get("phones") or ():
            if not first:
                self.run(reach, "  ·  ", None)
            self.run(reach, _human_phone(phone), None)
            first = False
        for email in get("emails") or ():
            if not first:
                self.run(reach, "  ·  ", None)
            self.link(reach, email, "mailto:" + email)
            first = False
        for url in get("urls") or ():
            if not first:
                self.run(reach, "  ·  ", None)
            self.link(reach, url, url)
            first = False

    # -- the digest

    def digest(self, releases: Sequence[dict[str, Any]], *, run_date: date | datetime | None,
               briefs: bool = True, linked: tuple[Sequence[Any], Sequence[Any]] | None = None) -> None:
        L = self.L
        releases = _by_date(releases)
        self.heading(L["digest"], 0)
        days = [d for d in map(_release_day, releases) if d]
        count = L["release_1"] if len(releases) == 1 else L["releases_n"].format(n=L.number(len(releases)))
        sub = count
        if days:
            sub += ", " + (L.date(days[0]) if days[0] == days[-1] else
                           L["from_to"].format(start=L.date(days[0]), end=L.date(days[-1])))
        if isinstance(run_date, (date, datetime)):
            sub += " · " + L["run_date"].format(date=L.date(_utc(run_date).date().isoformat()))
        self.para(sub, style="Subtitle")

        counts: dict[str, int] = {}
        for r in releases:
            code = _base((r.get("language") or {}).get("code"))
            counts[code] = counts.get(code, 0) + 1
        langs = sorted(counts, key=lambda c: (-counts[c], c))
        self.heading(L["what_came_in"], 1)
        if releases:
            p = self.para()
            self.run(p, count + " " + L["in_languages"].format(
                langs=L.join([f"{L.language_name(c)} ({counts[c]})" for c in langs])) + ".", self.lang)
        else:
            self.none_found()
        if days:
            from .charts import timeline_png

            per_day: dict[tuple[str, str], int] = {}
            for r in releases:
                day = _release_day(r)
                if day:
                    key = (day, _base((r.get("language") or {}).get("code")))
                    per_day[key] = per_day.get(key, 0) + 1
            png = timeline_png([(date.fromisoformat(d), c, n) for (d, c), n in sorted(per_day.items())],
                               title=L["timeline"], languages=[(c, L.language_name(c)) for c in langs],
                               tick_label=lambda d: L.short_date(d.isoformat()))
            self.picture(png, 16.0)
        from ..linking import index, translations

        batch, translated = linked if linked is not None else (index(releases), None)
        groups = _entities_across(releases, batch)
        if groups:
            from .charts import ranking_png

            ranked = sorted(groups, key=lambda g: (-g.mentions, -len(g.releases), g.name.casefold()))
            # Organizations outnumber people in most batches: a place for both.
            top = sorted([g for g in ranked if g.kind == "organization"][:8] +
                         [g for g in ranked if g.kind == "person"][:5],
                         key=lambda g: (-g.mentions, -len(g.releases), g.name.casefold()))
            png = ranking_png([(g.name, g.mentions, g.kind) for g in top], title=L["most_mentioned"],
                              xlabel=L["mentions"],
                              kinds=[("organization", L["organization"]), ("person", L["person"])])
            self.picture(png, 16.0)

        self.heading(L["contents"], 1, page_break=True)
        if releases:
            # The versions of one release in several languages: one row, with their languages.
            versions: dict[str, list[str]] = {}
            for group in translations(releases, batch) if translated is None else translated:
                for path in group.releases:
                    versions[path] = group.releases
            by_path = {_path_of(x): x for x in releases}
            shown_groups: set[str] = set()
            rows = []
            for i, r in enumerate(releases, 1):
                members = versions.get(_path_of(r))
                if members and members[0] in shown_groups:
                    continue
                if members:
                    shown_groups.add(members[0])
                code = _base((r.get("language") or {}).get("code"))
                column = code
                if members:
                    column = ", ".join(sorted({_base((by_path[m].get("language") or {}).get("code"))
                                               for m in members if m in by_path}))
                lang = code if r.get("title") else self.lang
                # With the briefs, each title links to its brief and gives its page.
                title = _Anchor(_title_of(r, L), lang, f"release-{i}") if briefs else _T(_title_of(r, L), lang)
                rows.append([str(i), L.short_date(_release_day(r)) if _release_day(r) else L["undated"],
                             column, title])
            self.table(("No.", L["date"], L["language"], L["title"]), rows)
        else:
            self.none_found()

        # The batch entity index: what several releases name, with its names in every language.
        shared = [e for e in batch if len({m.release for m in e.releases}) >= 2][:INDEX_ROWS]
        if shared:
            self.heading(L["across"], 1)
            rows = []
            for e in shared:
                others = sorted({f"{n.name} ({n.lang})" for n in e.names if n.name != e.name})
                rows.append([L[e.type], e.name, "; ".join(others), str(len({m.release for m in e.releases}))])
            self.table(("", L["name"], L["other_names"], L["releases"]), rows)

        self.heading(L["directory"], 1)
        contacts = merge_contacts(releases)
        for c in contacts:
            self._contact_card(c, c.lang, releases=", ".join(map(str, c.releases)))
        if not contacts:
            self.none_found()

        if briefs:
            for i, release in enumerate(releases, 1):
                self.release(release, level=1, page_break=True, bookmark=f"release-{i}")


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


@dataclass(slots=True)
class _Group:
    name: str
    kind: str
    lang: str
    detail: str
    releases: list[int]
    #: mentions across the batch
    mentions: int = 0


#: Rows of the digest's table of entities several releases name (the most named first).
INDEX_ROWS = 30


def _entities_across(releases: Sequence[dict[str, Any]], batch: Sequence[Any] | None = None) -> list[_Group]:
    """People and organizations of the batch as the batch entity index joins them (one
    organization under all its names, acronyms and languages: :mod:`releasepipe.linking`),
    each with the releases that name it and its mentions (a quote counts for its speaker)."""
    from ..linking import index

    number_of = {_path_of(r): k for k, r in enumerate(releases, 1)}
    mentions: dict[tuple[str, str], int] = {}
    for release in releases:
        path = _path_of(release)
        spoke: dict[str, int] = {}
        for q in release.get("quotes") or []:  # a quote is a mention too, most often by a pronoun
            if q.get("speaker"):
                spoke[q["speaker"]] = spoke.get(q["speaker"], 0) + 1
        for e in release.get("entities") or []:
            count = len(e.get("mentions") or []) or 1
            mentions[(path, e["name"])] = count + (spoke.get(e["name"], 0) if e.get("type") == "person" else 0)
    groups = []
    for entity in (index(releases) if batch is None else batch):
        if entity.type not in ("person", "organization"):
            continue
        others = [n.name for n in entity.names if n.name != entity.name]
        first = next((n.lang for n in entity.names if n.name == entity.name), entity.names[0].lang)
        groups.append(_Group(entity.name, entity.type, _base(first), "; ".join(dict.fromkeys(others)),
                             sorted({number_of[m.release] for m in entity.releases if m.release in number_of}),
                             sum(mentions.get((m.release, m.name), 1) for m in entity.releases)))
    return sorted(groups, key=lambda g: (-len(g.releases), g.kind, g.name.casefold()))


def _path_of(release: dict[str, Any]) -> str:
    from ..linking import release_path

    return release_path(release)
