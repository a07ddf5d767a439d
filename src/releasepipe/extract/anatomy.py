"""Release anatomy: kicker, title, dateline, embargo, body, contact block, boilerplate.

Press releases follow a loose convention that no parsing library models, so the
finder is hand-written: short labels above a headline, a dateline opening the
first body paragraph ("NIAMEY, 14 octobre 2024 –"), a contact block introduced
by a fixed phrase, and boilerplate after a marker ("###", "-30-", "About …").
Structure the format already knows (a docx Title style, an HTML ``<h1>``, an
e-mail Subject) wins over these guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..model import Block, Dateline

# Labels that sit above a title. Matched against a whole line, case-insensitively.
_KICKER_LABELS = re.compile(
    r"""^(?:
        communiqu[ée]s?\ de\ presse | communiqu[ée] | press\ releases? | news\ releases? |
        media\ (?:release|advisory|statement) | press\ statement | statement | news |
        comunicado(?:\ de\ prensa)? | nota\ de\ prensa | nota\ informativa | comunicato\ stampa |
        pressemitteilung | presseinformation | pressemeldung | medienmitteilung |
        persbericht | comunicado\ de\ imprensa | for\ immediate\ release | pour\ diffusion\ imm[ée]diate |
        para\ su\ difusi[óo]n\ inmediata | zur\ sofortigen\ ver[öo]ffentlichung | actualit[ée]s?
    )\s*[:.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)

_EMBARGO = re.compile(
    r"^(?:embargo(?:ed)?|under\ embargo|sous\ embargo|embargo\ hasta|bajo\ embargo|sperrfrist|gesperrt\ bis)\b",
    re.IGNORECASE | re.VERBOSE,
)

# Phrases that open a contact block, in fr/en/es/de (and a few neighbours).
_CONTACT_HEAD = re.compile(
    r"""^(?:
        pour\ (?:plus|de\ plus\ amples)\ (?:d['’]\ ?informations?|de\ renseignements) |
        pour\ toute\ (?:information|demande) | contacts?\ (?:presse|médias?|pour\ les\ médias) |
        contacts?\s*: | relations?\ (?:presse|médias) |
        for\ (?:more|further)\ information | media\ (?:contacts?|enquiries|inquiries) |
        press\ (?:contacts?|enquiries|inquiries|office) | contacts?\ for\ (?:the\ )?media | notes?\ for\ media |
        para\ m[áa]s\ informaci[óo]n | contactos?(?:\ de\ prensa|\ para\ (?:los\ )?medios)? | prensa\s*: |
        pressekontakt(?:e)? | kontakt(?:e)?(?:\ für\ (?:die\ )?medien)? | medienkontakt | f[üu]r\ (?:weitere|r[üu]ckfragen) |
        per\ (?:maggiori|ulteriori)\ informazioni | contatti\ stampa | perscontact
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Markers after which the rest is boilerplate (unless a contact block follows).
_BOILERPLATE_MARK = re.compile(
    r"^(?:#\s*#\s*#|-\s*30\s*-|[-–—]+\s*(?:fin|fine|end|ende|ende der mitteilung)\s*[-–—]+|\*\*\*|fin|ende|end)\s*\.?$",
    re.IGNORECASE,
)
_BOILERPLATE_HEAD = re.compile(
    r"""^(?:
        about\ (?:the\ )?\S | à\ propos\ d | a\ propos\ d | acerca\ de(?:l)?\ | sobre\ (?:el\ |la\ |los\ )?\S |
        über\ (?:den\ |die\ |das\ )?\S | informazioni\ su | chi\ siamo | over\ (?:de\ |het\ )?\S |
        notes?\ (?:to|for)\ editors | note\ aux\ r[ée]dactions | notes?\ aux\ r[ée]dacteurs |
        nota\ (?:para|a)\ (?:los\ )?editores | hinweis\ f[üu]r\ redaktionen
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_UPPER_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \-][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3}(?![^\W\d_])"
_TITLE_PLACE = r"[A-ZÀ-ÖØ-Þ](?:['’][A-ZÀ-ÖØ-Þ])?[a-zà-öø-ÿ'’.\-]+(?:[ \-](?:de |del |am |an der |sur |upon )?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.\-]+){0,2}"
_DASH = r"\s*(?:[–—]|-{1,2}|:)\s"
_DATELINE = re.compile(
    rf"""(?P<place>(?:{_UPPER_PLACE}|{_TITLE_PLACE})
          (?:,\s(?:{_UPPER_PLACE}|{_TITLE_PLACE}))?)      # optional region or country
        (?:\s*\((?P<agency>[^()\n]{{1,40}})\))?             # "Ginebra (ACNUR)"
        (?:,?\s*(?P<date>[^\n–—:]{{4,40}}?))?              # "14 octobre 2024", "3. Juni 2024"
        (?P<dash>{_DASH})""",
    re.VERBOSE,
)
_DETERMINER = re.compile(r"(?:the|a|an|le|la|les|un|une|el|los|las|der|die|das|ein|eine|il|lo|de|het)\b", re.I)
_HAS_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


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


def _is_kicker(line: str) -> bool:
    return bool(_KICKER_LABELS.match(line.strip(" *_•|"))) or _joined_kicker(line) is not None


def _joined_kicker(line: str) -> list[str] | None:
    """Two kicker lines that a PDF text layer ran together: "Communiqué de presse Burkina Faso"."""
    if _KICKER_LABELS.match(line.strip(" *_•|")):
        return None
    words = line.strip(" *_•|").split()
    for cut in range(min(len(words) - 1, 4), 0, -1):
        head, tail = " ".join(words[:cut]), words[cut:]
        if _KICKER_LABELS.match(head) and len(tail) <= 4 and tail[0][:1].isupper():
            return [head, " ".join(tail)]
    return None


def _is_headerish(line: str) -> bool:
    """A short line with no sentence ending: kicker, title or subtitle material."""
    words = len(_WORD.findall(line))
    return 0 < words <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ";", ","))


def find(
    text: str,
    *,
    blocks: Sequence[tuple[int, int, str]] = (),
    title_hint: str | None = None,
    parse_date: Callable[[str], str | None] | None = None,
) -> Anatomy:
    """Find the anatomy of a release.

    ``blocks`` are the paragraphs a reader found, with their kind ("title",
    "heading", "paragraph"); without them the text is split on blank lines.
    ``title_hint`` is a title the format's metadata gives (an e-mail Subject).
    ``parse_date`` turns the date written in a dateline into ISO 8601.
    """
    anatomy = Anatomy()
    units = _units(text, blocks)
    if not units:
        return anatomy

    kinds: list[str] = ["body"] * len(units)
    i = 0
    # Embargo and kicker lines come first, in any order.
    title_idx = next((k for k, (_, _, kind) in enumerate(units) if kind == "title"), None)
    if title_hint and title_idx is None:
        hint = _squash(title_hint)
        title_idx = next((k for k, (s, e, _) in enumerate(units[:8]) if _squash(text[s:e]) == hint), None)
    header_end = title_idx if title_idx is not None else min(len(units), 6)
    while i < len(units) and i < header_end:
        s, e, _ = units[i]
        line = text[s:e]
        if _EMBARGO.match(line):
            kinds[i] = "embargo"
            anatomy.embargo = line
        elif _is_kicker(line):
            kinds[i] = "kicker"
        elif title_idx is None:
            nxt = text[units[i + 1][0]:units[i + 1][1]] if i + 1 < len(units) else ""
            # A short label followed by a longer header line is a kicker ("Afrique de l'Ouest").
            if (len(_WORD.findall(line)) <= 4 and _is_headerish(nxt)
                    and len(_WORD.findall(nxt)) > len(_WORD.findall(line)) and not _DATELINE.match(nxt)):
                kinds[i] = "kicker"
            elif _is_headerish(line) and not _dateline_at(text, s, parse_date):
                title_idx = i
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

    # Embargo lines may also sit right under the title.
    while i < len(units) and _EMBARGO.match(text[units[i][0]:units[i][1]]):
        kinds[i] = "embargo"
        anatomy.embargo = anatomy.embargo or text[units[i][0]:units[i][1]]
        i += 1

    # Dateline: opens the first body paragraph, within the first few after the title.
    for k in range(i, min(i + 3, len(units))):
        dl = _dateline_at(text, units[k][0], parse_date)
        if dl:
            anatomy.dateline = dl
            # Lines between the title and the dateline paragraph are a standfirst.
            break

    # Contact block and boilerplate, scanning the rest in order.
    mode = "body"
    for k in range(i, len(units)):
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


def _units(text: str, blocks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Paragraphs to classify; the first paragraphs are split into lines,
    since kicker, title and embargo lines are often separated by one newline."""
    paras = [(s, e, kind) for s, e, kind in blocks] if blocks else [(s, e, "paragraph") for s, e in paragraphs(text)]
    units: list[tuple[int, int, str]] = []
    in_header = True
    for s, e, kind in paras:
        lines = _lines(text, s, e)
        if _CONTACT_HEAD.match(text[s:e]) or _BOILERPLATE_MARK.match(text[s:e]) or _BOILERPLATE_HEAD.match(text[s:e]):
            in_header = False
        if in_header and len(lines) > 1 and all(_is_headerish(text[a:b]) for a, b in lines[:-1]):
            units.extend((a, b, kind if kind == "title" else "paragraph") for a, b in lines)
        else:
            units.append((s, e, kind))
        in_header = in_header and all(_is_headerish(text[a:b]) for a, b in lines)
    return units


def _squash(s: str) -> str:
    return " ".join(s.split()).casefold()


def _looks_like_contact(para: str) -> bool:
    """A paragraph that continues a contact block: short lines, names, numbers, addresses."""
    if "@" in para or re.search(r"\+?\d[\d ().\-/]{6,}\d", para) or "www." in para or "http" in para:
        return True
    lines = para.split("\n")
    return all(len(_WORD.findall(line)) <= 8 for line in lines)


def _dateline_at(text: str, start: int, parse_date: Callable[[str], str | None] | None) -> Dateline | None:
    m = _DATELINE.match(text, start)
    if not m:
        return None
    place = m.group("place")
    date_text = (m.group("date") or "").strip(" ,")
    agency = m.group("agency")
    upper = place.replace(",", "").replace(" ", "").isupper()
    if date_text and not _HAS_DIGIT.search(date_text):
        return None  # "Paris, where the talks…" is prose, not a dateline
    if not (upper or date_text or agency or len(_WORD.findall(place)) <= 2 and m.group("dash").strip() in "–—-"):
        return None
    if not upper and not date_text and not agency:
        # "Berlin - Die Stiftung…" is a dateline; "The Minister – who…" is an incise.
        if m.group("dash").strip() == ":" or _DETERMINER.match(place) or not text[m.end():m.end() + 1].isupper():
            return None
    iso = parse_date(date_text) if date_text and parse_date else None
    if date_text and parse_date and iso is None:
        return None
    end = m.start("dash")
    clean_place = place.split(",")[0].strip()
    if clean_place.replace(" ", "").replace("-", "").isupper():
        clean_place = clean_place.title()
    return Dateline(place=clean_place, date=iso, start=start, end=end)
