"""Release anatomy: kicker, title, dateline, embargo, body, contact block, boilerplate.

Press releases follow a loose convention that no parsing library models, so the
finder is hand-written: short labels above a headline, a dateline opening the
first body paragraph ("NIAMEY, 14 octobre 2024 –"), a contact block introduced
by a fixed phrase, and boilerplate after a marker ("###", "-30-", "About …").
Structure the format already knows (a docx Title style, an HTML ``<h1>``, an
e-mail Subject) wins over these guesses.

Text copied from a web page keeps one newline between paragraphs; its lines
are read as paragraphs when they are longer than any wrap width or each ends
a sentence. What languages write (labels, contact and "about" headings, the
small words of dates, month and weekday names from CLDR) is data, in the
language packs (``releasepipe.lang``: ``layout`` and ``dates``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .. import lang
from ..lang import cldr
from . import entity_rules as rules
from ..model import Block, Dateline

# What each language writes in a release's frame (labels, contact and "about"
# headings, the small words of dates) is in its pack (``releasepipe.lang``,
# ``layout``); every pattern below is built from all of them (the finder does
# not need to know the release's language).
LANGUAGES = lang.CODES


def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A ``layout`` field of every pack, by language."""
    return {code: tuple(getattr(lang.get(code).layout, name)) for code in LANGUAGES}


# Time-of-day and time-zone words that may follow a date.
_TIME_WORDS = frozenset("h hrs am pm uhr gmt utc cet cest est edt pst pdt bst mez mesz wat cat eat msk".split())


def _alternation(name: str) -> str:
    """A ``layout`` field of every pack as an alternation, in the packs' order."""
    return "|".join(lang.every("layout", name))


def _words(name: str) -> frozenset[str]:
    """A ``layout`` field of every pack, its words together."""
    return frozenset(lang.every("layout", name))


KICKER_LABELS = _table("kicker_labels")
EMBARGO_HEADS = _table("embargo_heads")
CONTACT_HEADS = _table("contact_headings")
BOILERPLATE_HEADS = _table("about_headings")
DATE_LABELS = _table("date_labels")
DATE_FILLERS = _table("date_fillers")
NUMBER_WORDS = _table("number_words")
PLACE_JOINERS = _table("place_joiners")
TITLE_CONTINUES = _table("title_continues")

_KICKER_LABELS = re.compile(rf"^(?:{_alternation('kicker_labels')})\s*[:.!]?$", re.IGNORECASE | re.VERBOSE)
# Longest labels first: "comunicado de imprensa" before "comunicado".
_KICKER_HEAD = re.compile(
    rf"^(?:{'|'.join(sorted(lang.every('layout', 'kicker_labels'), key=len, reverse=True))})(?![^\W\d_])",
    re.IGNORECASE | re.VERBOSE,
)
_EMBARGO = re.compile(rf"^(?:{_alternation('embargo_heads')})(?!\w)", re.IGNORECASE | re.VERBOSE)
_CONTACT_HEAD = re.compile(rf"^(?:{_alternation('contact_headings')})", re.IGNORECASE | re.VERBOSE)
_BOILERPLATE_HEAD = re.compile(rf"^(?:{_alternation('about_headings')})", re.IGNORECASE | re.VERBOSE)

# Markers after which the rest is boilerplate (unless a contact block follows).
def _longest_first(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_BOILERPLATE_MARK = re.compile(
    r"^(?:#\s*#\s*#|-\s*30\s*-|[-–—]+\s*(?:" + _longest_first(_words("end_marks")) + r")\s*[-–—]+|\*\*\*"
    r"|" + _longest_first(_words("end_lines")) + r")\s*\.?$",
    re.IGNORECASE,
)


_WORD = re.compile(r"\w+")


def _calendar_words() -> frozenset[str]:
    """Month and weekday names, wide and abbreviated, of every language (CLDR, through Babel)."""
    names: set[str] = set()
    for code in LANGUAGES:
        names.update(cldr.months(code))
        names.update(cldr.weekdays(code))
    return frozenset(w.casefold().rstrip(".") for name in names for w in _WORD.findall(name))


_CALENDAR = _calendar_words()
_DATE_LABEL_WORDS = _words("date_labels")
_DATE_FILLER_WORDS = _words("date_fillers")
_NUMBER_WORDS = _words("number_words")
_JOINERS = _words("place_joiners")
_TITLE_CONTINUES = _words("title_continues")
# A number in a date: a day, a year, an ordinal ("1st", "1er", "3º").
_DATE_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th|er|re|e|º|ª)?|\d{1,2}h(?:\d{2})?")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?")


def letters(test: Callable[[str], bool]) -> str:
    """A character class body of the Latin and Cyrillic letters passing ``test``."""
    chars = [chr(c) for r in (range(0x41, 0x5B), range(0x61, 0x7B), range(0xC0, 0x250), range(0x400, 0x530))
             for c in r if chr(c).isalpha() and test(chr(c))]
    return "".join(re.escape(c) for c in chars)


_UP = letters(str.isupper)
_LOW = letters(str.islower)
_UPPER_PLACE = rf"[{_UP}][{_UP}'’.\-]+(?:[ \-][{_UP}][{_UP}'’.\-]+){{0,3}}(?![^\W\d_])"
# A word of a place name ends with a letter or a full stop, never a hyphen
# ("Boulogne-sur-Mer"); spaces are escaped for the verbose patterns below.
_TITLE_WORD = rf"[{_LOW}'’.\-]*[{_LOW}.]"
_TITLE_PLACE = (rf"[{_UP}](?:['’][{_UP}])?{_TITLE_WORD}"
                rf"(?:[\ \-](?:(?:{_longest_first(_words('place_particles'))})\ )?[{_UP}]{_TITLE_WORD}){{0,2}}")
_PLACE = rf"(?:{_UPPER_PLACE}|{_TITLE_PLACE})"
_JOINER = "|".join(sorted(_JOINERS))
_DATELINE_HEAD = re.compile(
    rf"""(?P<place>{_PLACE}(?:\s?/\s?{_PLACE}){{0,2}}            # "Berlin/Brüssel"
          (?:,\s{_PLACE}){{0,2}}                                   # "OTTAWA, ONTARIO, CANADA"
          (?:\s(?:{_JOINER})\s{_PLACE}(?:,\s{_PLACE}){{0,2}})?)      # "… and SAN MATEO, CA"
        (?:\s*\((?P<agency>[^()\n]{{1,40}})\))?                    # "Ginebra (ACNUR)"
    """,
    re.VERBOSE,
)
# What ends the place or the date of a dateline: a dash (an en or em dash
# needs no space: "WASHINGTON—The"), a colon, a full stop after a year
# ("Berlin, 12 March 2024. The…"), a year glued to the body ("…2024The") or
# the end of the line. Named groups tell which.
_DATELINE_END = re.compile(
    rf"(?P<dash>\s*[–—]\s*|\s*-{{1,2}}\s|\s*:\s)|(?P<stop>(?<=\d{{4}})\.(?=\s|$))"
    rf"|(?P<glued>(?<=\d{{4}})\s*(?=[{_UP}]))|(?P<eol>\s*$)",
    re.MULTILINE,
)
_CASED_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPLIT_PLACE = re.compile(rf",|\s?/\s?|\s(?:{_JOINER})\s")
_SENTENCE_END = re.compile(r"[.!?…][»\"”’)]*$")
_DETERMINER = re.compile(r"(?:" + _longest_first(_words("determiners")) + r")\b", re.I)
_HAS_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Anatomy:
    """Where the parts of a release are, as offsets into its text."""

    kicker: list[str] = field(default_factory=list)
    title: str | None = None
    dateline: Dateline | None = None
    embargo: str | None = None
    blocks: list[Block] = field(default_factory=list)

    def spans(self, *kinds: str) -> list[tuple[int, int]]:
        """Offsets of the blocks of the given kinds, in text order."""
        return [(b.start, b.end) for b in self.blocks if b.kind in kinds]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the blank-line separated paragraphs of ``text`` (trimmed)."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        start, end = m.span()
        chunk = m.group()
        start += len(chunk) - len(chunk.lstrip())
        end -= len(chunk) - len(chunk.rstrip())
        if end > start:
            spans.append((start, end))
    return spans


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        s = pos + len(line) - len(line.lstrip())
        e = pos + len(line.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


_CRUMB_SEPARATOR = re.compile(r"\s+>\s+|\s*[»›→]\s*")  # not "/" nor "|": titles use them ("Berlin / Hamburg")


def _is_breadcrumb(line: str) -> bool:
    """A web page's trail of links, copied with the release: "Home » News", "Accueil › Actualités ›
    Communiqués", "Startseite > Presse": short parts between separators, no sentence."""
    if len(line) > 120 or "\n" in line.strip() or "«" in line or "‹" in line:
        return False  # guillemets quote: "« Nous resterons » : le HCR au Niger", "»Wir schaffen das«"
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(line.strip())]
    return len(parts) >= 2 and all(0 < len(_WORD.findall(p)) <= 5 and len(p) <= 40 and not _SENTENCE_END.search(p)
                                   for p in parts)


#: Between the items of a web page's menu: a bar, a slash or a run of spaces ("Login | Shop | Kontakt",
#: "Projects  Members  Events").
_MENU_SEPARATOR = re.compile(r"[ \t\u00a0]+[|/][ \t\u00a0]+|[ \t\u00a0]{2,}")


def _is_menu(line: str, items: int = 3, *, slashes_only: bool = False) -> bool:
    """A web page's menu copied with the release: three or more items of one to three words
    between bars, slashes or wide spaces, no sentence ("Suche | Leichte Sprache | Gebärdensprache",
    "Home / Verband / News"). Two items are a title's ("Berlin / Hamburg"), unless the line
    follows other page chrome (``items``); items between slashes only are a subtitle's list of
    places ("Sindh / Punjab / Balochistan") unless other chrome is next to them (``slashes_only``
    false)."""
    if len(line) > 160 or "\n" in line.strip() or _is_date_line(line):
        return False
    parts = [p.strip() for p in _MENU_SEPARATOR.split(line.strip())]
    if ":" in line or slashes_only and "|" not in line and re.search(r"[ \t\u00a0]/[ \t\u00a0]", line):
        return False  # a headline ("Berlin / Hamburg / Munich: strikes"); places listed by slashes
    return len(parts) >= items and all(0 < len(_WORD.findall(p)) <= 3 and len(p) <= 30 and not _SENTENCE_END.search(p)
                                   for p in parts)


def _is_chrome(line: str, beside_chrome: bool = False) -> bool:
    """A trail or a menu; a menu of slashes only (a subtitle may list places so) beside another."""
    return _is_breadcrumb(line) or _is_menu(line, slashes_only=not beside_chrome)


def _chrome_beside(text: str, units: Sequence[tuple[int, int, str]], i: int) -> bool:
    """Whether the line before or after unit ``i`` is a trail or a menu other than of slashes (two
    items between bars are enough there: "Версия для слабовидящих | Поиск"). A trail of slashes
    opening the text needs none ("Inicio / Sala de prensa / Comunicados")."""
    return any(0 <= k < len(units) and (_is_breadcrumb(text[units[k][0]:units[k][1]])
                                        or _is_menu(text[units[k][0]:units[k][1]], items=2, slashes_only=True))
               for k in (i - 1, i + 1))


def _is_kicker(line: str) -> bool:
    if len(line) > 160:
        return False
    label = line.strip(" *_•|")
    return bool(_KICKER_LABELS.match(label)) or _dated_kicker(label) or _joined_kicker(line) is not None


def _dated_kicker(label: str) -> bool:
    """A label with the release's number or date: "Pressemitteilung vom 3. Juni 2024", "Press Release No. 24-017"."""
    head = _KICKER_HEAD.match(label)
    if not head or not _HAS_DIGIT.search(label, head.end()):
        return False
    return all(w in _NUMBER_WORDS or _date_words([w]) for w in (w.casefold() for w in _WORD.findall(label, head.end())))


def _joined_kicker(line: str) -> list[str] | None:
    """Two kicker lines that a PDF text layer ran together: "Communiqué de presse Burkina Faso"."""
    if _KICKER_LABELS.match(line.strip(" *_•|")) or _dated_kicker(line.strip(" *_•|")):
        return None
    words = line.strip(" *_•|").split()
    for cut in range(min(len(words) - 1, 4), 0, -1):
        head, tail = " ".join(words[:cut]), words[cut:]
        if _KICKER_LABELS.match(head) and len(tail) <= 4 and tail[0][:1].isupper():
            return [head, " ".join(tail)]
    return None


def _headline_with_stop(line: str, nxt: str) -> bool:
    """A headline (of at most three lines) ending with a full stop, over a paragraph at least twice as long.

    One clause, no comma: an opening sentence of the body, when the title is
    missing, has them more often than not."""
    return (len(line) <= 250 and line.count("\n") <= 2 and line.endswith(".") and not line.endswith("..") and not re.search(r"[,;]|\.\s", line)
            and len(_WORD.findall(line)) <= 25 and len(nxt) >= 2 * len(line) and not _is_date_line(nxt))


_LETTERHEAD_WORDS = 6


def _letterhead(text: str, units: Sequence[tuple[int, int, str]], i: int) -> bool:
    """The release's first line names its issuer, a body's name above a headline: at most six
    words, each capitalised but for short joiners, with a body's head word or legal form
    ("Komenda Miejska Policji w Gdańsku", "AZIENDA OSPEDALE-UNIVERSITÀ PADOVA", "BANCO ARAGUAIA
    S.A."); a headline in sentence case at least twice as long follows within the next three
    header lines (neither a title-case headline nor one in capitals over its standfirst is
    taken for one: they have no head word of a body, or no lower-case words after them)."""
    if i:
        return False
    line = text[units[0][0]:units[0][1]].strip()
    words = line.split()
    if not 1 < len(words) <= _LETTERHEAD_WORDS or not _is_headerish(line) \
            or not all(w[:1].isupper() or len(w) <= 3 and w.islower() for w in words):
        return False
    if rules.legal_form_pattern().search(line) is None:
        # a body's head word only with a second short line of the letterhead below it (a unit, a
        # listing: "Ufficio Comunicazione", "Companhia Aberta"): a short headline in capitals or
        # title case has its standfirst below, longer ("EL MUSEO DEL PRADO REABRE")
        below = text[units[1][0]:units[1][1]].strip() if len(units) > 1 else ""
        if not (any(w.casefold().strip(",") in rules.body_words() for w in words)
                and below and _is_headerish(below) and len(below.split()) <= _LETTERHEAD_WORDS):
            return False
    for s, e, _ in units[1:4]:
        nxt = text[s:e]
        lower = [w for w in nxt.split() if w.islower() and len(w) > 3]
        if _is_headerish(nxt) and len(nxt.split()) >= 2 * len(words) and len(lower) >= 3:
            return True
    return False


def _is_headerish(line: str) -> bool:
    """A short line with no sentence ending: kicker, title or subtitle material."""
    if len(line) > 250:
        return False
    words = len(_WORD.findall(line))
    return 0 < words <= 30 and (not line.rstrip().endswith((".", ";", ",")) or bool(_INITIALS_END.search(line)))


#: A line ending in letters and full stops, an abbreviation's, not a sentence's: "Deutscher
#: Beachvolleyball-Bund e.V.", "Acme S.p.A.".
_INITIALS_END = re.compile(r"(?<!\w)(?:[^\W\d_]{1,3}\.){2,}\s*$")


def find(
    text: str,
    *,
    blocks: Sequence[tuple[int, int, str]] = (),
    title_hint: str | None = None,
    parse_date: Callable[[str], str | None] | None = None,
    language: str = "",
) -> Anatomy:
    """Find the anatomy of a release.

    ``blocks`` are the paragraphs a reader found, with their kind ("title",
    "heading", "paragraph"); without them the text is split on blank lines.
    ``title_hint`` is a title the format's metadata gives (an e-mail Subject).
    ``parse_date`` turns the date written in a dateline into ISO 8601. ``language`` is the
    release's language, when known (its pack says whether headlines are in title case).
    """
    anatomy = Anatomy()
    units = _units(text, blocks)
    if not units:
        return anatomy

    kinds: list[str] = ["body"] * len(units)
    i = 0
    # Embargo, kicker and date lines come first, in any order.
    title_idx = next((k for k, (_, _, kind) in enumerate(units) if kind == "title"), None)
    if title_hint and title_idx is None:
        hint = _squash(title_hint)
        title_idx = next((k for k, (s, e, _) in enumerate(units[:8]) if _squash(text[s:e]) == hint), None)
    header_end = title_idx if title_idx is not None else min(len(units), 6)
    # The genre's label ("COMMUNIQUÉ DE PRESSE") sits under the issuer's letterhead and over the
    # headline: header lines above it name who speaks, not what happened.
    title_case = lang.has_pack(language) and lang.get(language).layout.title_case_headlines
    label_at = next((k for k in range(header_end) if _KICKER_LABELS.match(text[units[k][0]:units[k][1]].strip(" *_•|"))),
                    None)
    if label_at is not None and not any(_is_headerish(text[s:e]) and not _is_date_line(text[s:e])
                                        for s, e, _ in units[label_at + 1:label_at + 4]):
        label_at = None  # no headline under the label: the line above it is the title ("Headline / Press release")
    while i < len(units) and i < header_end:
        s, e, _ = units[i]
        line = text[s:e]
        if _EMBARGO.match(line):
            kinds[i] = "embargo"
            anatomy.embargo = line
        elif (_is_chrome(line, beside_chrome=i == 0 or _chrome_beside(text, units, i))
              or i and kinds[i - 1] == "boilerplate" and _is_menu(line, items=2)) \
                and i + 1 < len(units) and _is_headerish(text[units[i + 1][0]:units[i + 1][1]]):
            # the page's trail ("Home » News") or menu ("Login | Shop | Kontakt"), copied with the
            # release, above a title or a date line; a headline that uses » itself ("Sudan » Aid
            # convoy reaches Darfur") has none after it
            kinds[i] = "boilerplate"
        elif title_idx is None and i + 2 < len(units) and _is_headerish(line) \
                and _is_chrome(text[units[i + 1][0]:units[i + 1][1]], beside_chrome=_chrome_beside(text, units, i + 1)) \
                and _is_headerish(text[units[i + 2][0]:units[i + 2][1]]):
            kinds[i] = "boilerplate"  # the site's name above its trail or menu ("Regione Puglia")
        elif _is_kicker(line):
            kinds[i] = "kicker"
        elif _is_date_line(line) or _place_and_date_line(text, s, e, parse_date):
            # the page's date ("Published 12 March 2024, 14:05"), or the dateline on a line of its own
            # above the title ("Brussels, 4 March 2024"): not the title, nor a kicker
            kinds[i] = "dateline"
        elif title_idx is None:
            nxt = text[units[i + 1][0]:units[i + 1][1]] if i + 1 < len(units) else ""
            if label_at is not None and i < label_at and _is_headerish(line) \
                    or not title_case and _letterhead(text, units, i):
                kinds[i] = "kicker"  # the issuer: "TRIBUNAL JUDICIAIRE DE BORDEAUX", "BANCO ARAGUAIA S.A."
            # A short label followed by a longer header line is a kicker ("Afrique de l'Ouest").
            elif (len(_WORD.findall(line)) <= 4 and _is_headerish(nxt)
                    and len(_WORD.findall(nxt)) > len(_WORD.findall(line))
                    and not _dateline_at(text, units[i + 1][0], parse_date) and not _is_date_line(nxt)):
                kinds[i] = "kicker"
            elif ((_is_headerish(line) or _headline_with_stop(line, nxt))
                    and (_is_date_line(nxt) and len(_WORD.findall(line)) > 4
                         or not _dateline_before(text, s, units[i + 1][0] if i + 1 < len(units) else None,
                                                 parse_date))):
                # a headline over the page's date line is the title, whatever it opens with
                title_idx = i
                while _title_goes_on(text, units, i, parse_date):
                    units[i] = (s, units[i + 1][1], units[i][2])
                    del units[i + 1], kinds[i + 1]
                break
            else:
                break
        else:
            kinds[i] = "kicker"
        i += 1
    if title_idx is not None and title_idx < len(units):
        s, e, _ = units[title_idx]
        kinds[title_idx] = "title"
        anatomy.title = " ".join(text[s:e].split())
        i = title_idx + 1
    elif title_hint:
        anatomy.title = " ".join(title_hint.split())
    for (s, e, _), kind in zip(units, kinds):
        if kind == "kicker":
            line = " ".join(text[s:e].split()).strip(" *_•|")
            anatomy.kicker.extend(_joined_kicker(line) or [line])

    # Embargo and date lines may also sit right under the title.
    header_end = i + 6
    while i < min(len(units), header_end):
        line = text[units[i][0]:units[i][1]]
        if _EMBARGO.match(line):
            kinds[i] = "embargo"
            anatomy.embargo = anatomy.embargo or line
        elif _is_date_line(line):
            kinds[i] = "dateline"
        else:
            break
        i += 1

    # Dateline: opens the first body paragraph, within the first few after the title; the page's
    # date lines and short labels between them ("Publicado em 06/11/2025 16h42", "Compartilhe:")
    # are not counted
    for k in _first_paragraphs(text, units, i, 3):
        dl = _dateline_at(text, units[k][0], parse_date, language)
        if dl:
            anatomy.dateline = dl
            # Lines between the title and the dateline paragraph are a standfirst.
            if text[dl.end:units[k][1]].strip(" ,.:–—-") == "":
                kinds[k] = "dateline"  # a line of its own: "Berlin, 3. Juni 2024"
            break
    else:
        # else a place and date on a line of their own above the title ("Brussels, 4 March 2024")
        for k, (s, e, _) in enumerate(units[:i]):
            dl = _place_and_date_line(text, s, e, parse_date) if kinds[k] == "dateline" else None
            if dl:
                anatomy.dateline = dl
                break

    # Contact block and boilerplate, scanning the rest in order.
    mode = "body"
    for k in range(i, len(units)):
        if kinds[k] == "dateline":
            continue
        s, e, _ = units[k]
        para = text[s:e].strip()
        if _CONTACT_HEAD.match(para):
            mode = "contact"
        elif _BOILERPLATE_MARK.match(para) or _BOILERPLATE_HEAD.match(para):
            mode = "boilerplate"
        elif mode == "contact" and not _looks_like_contact(para):
            mode = "body" if not any(kd == "boilerplate" for kd in kinds[i:k]) else "boilerplate"
        kinds[k] = mode

    anatomy.blocks = [Block(s, e, kind) for (s, e, _), kind in zip(units, kinds)]  # type: ignore[arg-type]
    return anatomy


def is_label(words: str) -> bool:
    """Whether ``words`` are a release's furniture and nothing more: the genre's label ("KOMUNIKAT
    PRASOWY", "Persbericht") or a contact heading ("Rückfragehinweis", "Media contacts"), any pack's."""
    label = words.strip(" *_•|:")
    return bool(_KICKER_LABELS.match(label) or _CONTACT_LINE.match(label))


_CONTACT_LINE = re.compile(rf"^(?:{_alternation('contact_lines')})\s*[:.]?$", re.IGNORECASE | re.VERBOSE)


def _first_paragraphs(text: str, units: Sequence[tuple[int, int, str]], start: int, count: int) -> list[int]:
    """The indexes of the first ``count`` units from ``start`` that are neither a date line nor a
    short label ending in a colon, with those met on the way, within ``2 * count`` units."""
    out: list[int] = []
    seen = 0
    for k in range(start, min(start + 2 * count, len(units))):
        out.append(k)
        line = text[units[k][0]:units[k][1]].strip()
        if not (_is_date_line(line) or line.endswith(":") and len(_WORD.findall(line)) <= 3):
            seen += 1
            if seen == count:
                break
    return out


def place_spans(text: str, dateline: Dateline | None) -> list[tuple[int, int]]:
    """Where the dateline writes its place or places in ``text`` ("GENEVA / DAKAR" gives two),
    whatever their case: what a reader lists among the release's places."""
    if dateline is None or not dateline.place:
        return []
    spans = []
    for part in re.split(r"\s*[/,;]\s*", dateline.place):
        found = re.compile(re.escape(part), re.IGNORECASE).search(text, dateline.start, dateline.end) \
            if part.strip() else None
        if found:
            spans.append(found.span())
    return spans


def _units(text: str, blocks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Paragraphs to classify. The first paragraphs are split into lines, since
    kicker, title and embargo lines are often separated by one newline; other
    paragraphs where their lines are paragraphs (text copied from a web page,
    hard-wrapped text without blank lines)."""
    paras = [(s, e, kind) for s, e, kind in blocks] if blocks else [(s, e, "paragraph") for s, e in paragraphs(text)]
    width = _wrap_width(text)
    units: list[tuple[int, int, str]] = []
    in_header = True
    for s, e, kind in paras:
        block_lines = _lines(text, s, e)
        wrapped = [width is not None and (b - a) + 1 + _first_word(text, c) > width
                   for (a, b), (c, d) in zip(block_lines, block_lines[1:])]
        ends = [len(block_lines) - 1] if kind == "title" else _paragraph_ends(text, block_lines, wrapped, width)
        first = 0
        for end in ends:
            lines = block_lines[first:end + 1]
            s, e = lines[0][0], lines[-1][1]
            part_kind = kind if len(ends) == 1 else "paragraph"
            if _CONTACT_HEAD.match(text[s:e]) or _BOILERPLATE_MARK.match(text[s:e]) or _BOILERPLATE_HEAD.match(text[s:e]):
                in_header = False
            if (len(lines) > 1 and in_header and all(_is_headerish(text[a:b]) for a, b in lines[:-1])
                    and not any(text[a].islower() for a, _ in lines[1:])  # a line going on in lower case: wrapped prose
                    and not any(wrapped[first:end])):
                units.extend((a, b, part_kind if part_kind == "title" else "paragraph") for a, b in lines)
            else:
                units.append((s, e, part_kind))
            in_header = in_header and all(_is_headerish(text[a:b]) for a, b in lines)
            first = end + 1
    return units


def _paragraph_ends(text: str, lines: list[tuple[int, int]], wrapped: list[bool], width: int | None) -> list[int]:
    """Indexes of the lines of a block that end a paragraph (the last one always).

    Text copied from a web page keeps one newline between paragraphs. Its
    lines are told from a hard-wrapped paragraph by their length (no wrap
    width is over 100 characters) or by every line but the last ending a
    sentence (a headline may open a block of three lines or more). In
    hard-wrapped text, a line ends a paragraph when the next line's first
    word would have fitted on it. In both, a line that opens a part of the
    release (a dateline, a contact heading) starts a paragraph.
    """
    last = len(lines) - 1
    if last == 0:
        return [0]
    if width is None:
        sentence = [bool(_SENTENCE_END.search(text[a:b])) for a, b in lines]
        if (max(b - a for a, b in lines) > _MAX_WRAP or all(sentence[:-1])
                or len(lines) > 2 and all(sentence[1:-1]) and _is_headerish(text[lines[0][0]:lines[0][1]])):
            return list(range(len(lines)))
    return [k for k in range(last) if width is not None and not wrapped[k]
            or _opens_part(text, lines[k], lines[k + 1], wrapped=width is not None)] + [last]


def _opens_part(text: str, prev: tuple[int, int], line: tuple[int, int], *, wrapped: bool = False) -> bool:
    """A line that opens a part of the release: a contact or "about" heading or
    an end mark after a sentence (in hard-wrapped text, a heading on a line of
    its own: "For more information, see…" goes on a paragraph), a dateline
    near the start of the text (not after a line that goes on: "… founded
    by" / "Ian Murdock on 16 August…")."""
    chunk = text[line[0]:line[1]]
    if not chunk[:1].isupper() and not _BOILERPLATE_MARK.match(chunk):
        return False
    before = text[prev[0]:prev[1]]
    after_break = _SENTENCE_END.search(before) or _is_headerish(before) and len(_WORD.findall(before)) <= 8
    heading = not wrapped or _is_headerish(chunk) and len(_WORD.findall(chunk)) <= 8
    if after_break and heading and (_CONTACT_HEAD.match(chunk) or _BOILERPLATE_HEAD.match(chunk)
                                    or _BOILERPLATE_MARK.match(chunk)):
        return True
    return (line[0] < _DATELINE_WITHIN and before.split()[-1] not in _TITLE_CONTINUES
            and _dateline_at(text, line[0], None) is not None)


# A dateline opens a line within this many characters of the start of a release.
_DATELINE_WITHIN = 2_000


def _title_goes_on(text: str, units: list[tuple[int, int, str]], i: int,
                   parse_date: Callable[[str], str | None] | None) -> bool:
    """Whether the title line ``units[i]`` was wrapped onto the next line of its paragraph."""
    if i + 1 >= len(units):
        return False
    s, e, _ = units[i]
    s2, e2, _ = units[i + 1]
    words = text[s:e].split()
    nxt = text[s2:e2]
    if not (len(words) >= 3 and text[e:s2].count("\n") == 1 and _is_headerish(nxt) and not _is_kicker(nxt)
            and not _is_date_line(nxt) and _dateline_at(text, s2, parse_date) is None and e2 - s <= 250):
        return False
    if words[-1] in _TITLE_CONTINUES:
        return True
    # Hard-wrapped text: the next line's first word would not have fitted on this one.
    width = _wrap_width(text)
    return width is not None and (e - (text.rfind("\n", 0, s) + 1)) + 1 + _first_word(text, s2) > width


def _first_word(text: str, start: int) -> int:
    """Length of the word at ``start`` as a line wrapper sees it: up to a space (a no-break space binds)."""
    return len(_WRAP_WORD.match(text, start).group())  # type: ignore[union-attr]


def _wrap_width(text: str) -> int | None:
    """The width a hard-wrapped text was wrapped at, else ``None``.

    Among its first 200 lines, the long ones (40 to 100 characters) of a
    hard-wrapped text end just short of the width: their 90th percentile is
    taken for it when there are at least 3 and 40 % of them (2 at least) lie
    within 10 characters under it (the lines of a web page's text spread
    wider), and when at most a tenth of the lines are longer (a paragraph or
    a list left unwrapped).
    """
    lengths = [len(line.rstrip()) for line in text[:40_000].split("\n", 200)[:200]]
    long = sorted(n for n in lengths if 40 <= n <= _MAX_WRAP)
    over = sum(n > _MAX_WRAP for n in lengths)
    if len(long) < 3 or over > 0.1 * (len(long) + over):
        return None
    width = long[-(-len(long) * 9 // 10) - 1]
    near = sum(width - 10 <= n <= width for n in long)
    return width if width >= _MIN_WRAP and near >= max(2, 0.4 * len(long)) else None


# Wrap widths of hard-wrapped text (e-mail, plain-text releases): 60-80 in practice.
_MIN_WRAP, _MAX_WRAP = 60, 100
_WRAP_WORD = re.compile(r"[^ \t\n]*")


def _squash(s: str) -> str:
    return " ".join(s.split()).casefold()


def _looks_like_contact(para: str) -> bool:
    """A paragraph that continues a contact block: short lines, names, numbers, addresses."""
    if "@" in para or re.search(r"\+?\d[\d ().\-/]{6,}\d", para) or "www." in para or "http" in para:
        return True
    lines = para.split("\n")
    return all(len(_WORD.findall(line)) <= 8 for line in lines)


def _date_words(words: list[str], *, labels: bool = False) -> bool:
    """Whether every word is a number, a month or weekday name, a time word,
    a small word of dates, or (with ``labels``) a date label."""
    return all(w in _CALENDAR or w in _DATE_FILLER_WORDS or w in _TIME_WORDS or _DATE_NUMBER.fullmatch(w)
               or labels and w in _DATE_LABEL_WORDS for w in words)


def _is_date_line(line: str) -> bool:
    """A line that is only a date, perhaps with its time and a label: "Mon, 03/04/2019 - 09:12",
    "Published 12 March 2024, 14:05", "DATELINE September 24, 2008"."""
    if len(line) > 160:
        return False
    if " | " in line:  # a page's date with its byline or counter: "14.01.2025 | 11:30 Uhr | Redaktion DBVB"
        line = line.split(" | ")[0]
    words = [w.casefold() for w in _WORD.findall(line)]
    if not words or len(words) > 14 or not _HAS_DIGIT.search(line) or not _date_words(words, labels=True):
        return False
    return any(w in _CALENDAR for w in words) or bool(_NUMERIC_DATE.search(line))


def _place_and_date_line(text: str, start: int, end: int,
                         parse_date: Callable[[str], str | None] | None) -> Dateline | None:
    """The dateline a line holds when it holds nothing else: a place and a date ("Brussels, 4 March
    2024", "Berlin, 3. Juni 2024")."""
    dl = _dateline_at(text, start, parse_date)
    if dl and dl.place and dl.date and dl.end <= end and text[dl.end:end].strip(" ,.:–—-") == "":
        return dl
    return None


def _dateline_before(text: str, start: int, next_start: int | None,
                     parse_date: Callable[[str], str | None] | None) -> bool:
    """Whether the line at ``start`` opens with the release's dateline: it does, unless it gives
    no date and the next paragraph opens with a dated one ("UNHCR: refugees return" above
    "GENEVA, 3 March 2024 (UNHCR) –" is the title)."""
    here = _dateline_at(text, start, parse_date)
    if here is None or here.date is not None or next_start is None:
        return here is not None
    after = _dateline_at(text, next_start, parse_date)
    return after is None or after.date is None


def _dateline_at(text: str, start: int, parse_date: Callable[[str], str | None] | None,
                 language: str = "") -> Dateline | None:
    """The dateline opening the paragraph at ``start``: a place, perhaps an
    agency and a date, then a dash, a colon or the end of the date. With the
    release's ``language``, a known place whose name holds words in lower case
    ("République démocratique du Congo", "Côte d'Ivoire") is read whole."""
    m = _DATELINE_HEAD.match(text, start)
    if not m:
        return None
    place, agency, pos = m.group("place"), m.group("agency"), m.end()
    if language and agency is None:
        place, agency, pos = _known_place_tail(text, start, place, language) or (place, agency, pos)
    first = _SPLIT_PLACE.split(place)[0].strip().casefold()
    if first in _CALENDAR or first in _DATE_LABEL_WORDS:
        return None  # "Mon, 03/04/2019 - 09:12", "Published 12 March…"
    for part in re.finditer(r",\s([^,]+)", place):
        if _WORD.findall(part.group(1))[0].casefold() in _CALENDAR:  # "Palo Alto, CA, March 18, 2003"
            place, agency, pos = place[:part.start()], None, start + part.start()
            break
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    date = _dated_end(text, pos, line_end, parse_date)
    if date is None:
        return None
    date_text, iso, end, after = date
    # the place in capitals, or its first part ("COX'S BAZAR, Bangladesh –", "GENEVA, Switzerland –")
    parts = [p for p in _SPLIT_PLACE.split(place) if p.strip()]
    upper = all(w.isupper() for w in _WORD.findall(parts[0]) if w not in _JOINERS)
    separator = text[end:after].strip()
    if not date_text and separator in ("", ":"):
        # a place alone on its line; a name and a colon with no date is a headline's topic ("RDC : l'UNICEF …")
        return None
    # one or two short places in title case ("Berlin –", "Port-au-Prince / Geneva –")
    short = len(parts) <= 2 and all(len(p.split()) <= 2 for p in parts)
    if not (upper or date_text or agency or short and separator in ("–", "—", "-", "--")):
        return None
    if not upper and not date_text and not agency:
        # "Berlin - Die Stiftung…" is a dateline; "The Minister – who…" is an incise.
        if separator == ":" or _DETERMINER.match(place) or not text[after:after + 1].isupper():
            return None
    if not date_text:
        # "OTTAWA – June 27, 2007 - The Foundation…": the date follows the dash.
        later = _dated_end(text, after, line_end, parse_date)
        if later and later[0]:
            date_text, iso, end, after = later
    rest = text[after:line_end]
    if rest.strip() and not re.search(r"[^\W\d_]", rest):
        return None  # "Mon, 03/04/2019 - 09:12": what follows is a time, not the body
    clean_place = parts[0].strip()
    if clean_place.replace(" ", "").replace("-", "").isupper():
        # in title case, an apostrophe inside a word left alone ("COX'S BAZAR" -> "Cox's Bazar")
        clean_place = _CASED_WORD.sub(lambda w: w.group().capitalize(), clean_place.lower())
    return Dateline(place=clean_place, date=iso, start=start, end=end)


_PLACE_TAIL = re.compile(r"(?:[ \-][^\W\d_][\w'’.]*){1,4}")
_AGENCY_AFTER = re.compile(r"\s*\((?P<agency>[^()\n]{1,40})\)")


def _known_place_tail(text: str, start: int, place: str, language: str) -> tuple[str, str | None, int] | None:
    """The place, the agency after it and where they end, when the head's last place goes on with
    words in lower case and the whole is a known place of ``language`` ("Bangui, République
    centrafricaine, 12 mars")."""
    from .gazetteer import is_known_place

    cut = max(place.rfind(","), place.rfind("/")) + 1
    last = place[cut:].strip()
    tail = _PLACE_TAIL.match(text, start + len(place))
    if not tail or tail.group()[1:2].isupper():
        return None  # the head stopped before a capital for a reason of its own
    words = re.findall(r"[ \-][^ \-]+", tail.group())
    for n in range(len(words), 0, -1):
        name = last + "".join(words[:n])
        after = start + len(place) + len("".join(words[:n]))
        if text[after:after + 1] in (",", " ", "") and is_known_place(name, language):
            agency = _AGENCY_AFTER.match(text, after)
            if agency:
                return text[start:after], agency.group("agency"), agency.end()
            return text[start:after], None, after
    return None


def _dated_end(text: str, pos: int, line_end: int,
               parse_date: Callable[[str], str | None] | None) -> tuple[str, str | None, int, int] | None:
    """The date written from ``pos`` up to what ends a dateline, if any.

    Returns ``(date text, ISO date, end of the date, start of the body)``;
    the date text is empty when a dash or a colon comes first. ``None`` when
    no date-like text reaches an end within 45 characters.
    """
    cut = min(line_end, pos + _DATE_SPAN)  # what follows a date longer than 45 characters is never read
    segment = text[pos:cut]
    for t in _DATELINE_END.finditer(segment):
        if t.group("eol") is not None and cut < line_end:
            return None  # the end of the segment, not of the line
        date_text = segment[:t.start()].strip(" ,")
        agency = _TRAILING_AGENCY.search(date_text)
        if agency and _HAS_DIGIT.search(date_text[:agency.start()]):
            date_text = date_text[:agency.start()]  # "LONDON, March 12 (Reuters) -", "…2024 /CNW/ -"
        if not date_text:
            if t.group("dash") is not None or t.group("eol") is not None:
                return "", None, pos + t.start(), pos + t.end()
            return None
        if t.start() > 45:
            return None
        words = [w.casefold() for w in _WORD.findall(date_text)]
        if not _HAS_DIGIT.search(date_text) or not _date_words(words):
            return None  # "Paris, where the talks…" is prose, not a dateline
        iso = parse_date(date_text) if parse_date else None
        if parse_date and iso is None:
            continue
        if t.group("dash") is None and not _full_date(date_text, iso):
            continue  # only a whole date ends a dateline without a dash ("Berlin, 12 March 2024. The…")
        date_end = pos + segment.index(date_text) + len(date_text)
        return date_text, iso, date_end, pos + t.end()
    return None


_DATE_SPAN = 80
# "(Reuters)", "(BUSINESS WIRE)", and the newswires' "/CNW/", "/PRNewswire/"
_TRAILING_AGENCY = re.compile(r"\s*(?:\([^()\n]{1,40}\)|/[^\W\d_][^/\s]{1,30}/)$")


def _full_date(date_text: str, iso: str | None) -> bool:
    if iso is not None:
        return len(iso) == 10
    return bool(re.search(r"\d{4}", date_text)) and (
        any(w.casefold() in _CALENDAR for w in _WORD.findall(date_text)) or bool(_NUMERIC_DATE.search(date_text)))
