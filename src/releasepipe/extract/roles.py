"""The function a release gives a person: appositions and titles around the name.

Three shapes, tried in this order on the tokens around a person mention:

* a title right before the name: "said IOM Director General Amy Pope",
  "Defense Secretary Ash Carter", "FSFE-Präsident Matthias Kirschner";
* an apposition after it: "Aminata Diallo, cheffe de mission de l'OIM au Niger,",
  "Ana Ruiz, the head of the Lima office, said", "sagte Anna Schmidt, Leiterin des Berliner Büros";
* an apposition before it: "la directora regional, Ana López", "the coordinator for Spain, Luis Gil".

The models run without a parser, so phrases are bounded by punctuation and
line breaks, and a phrase counts as a role when one of its first words names a
function (``entity_rules.ROLE_STEMS``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from . import entity_rules as rules

#: Tokens that end an apposition.
_BREAKS = frozenset({",", ";", ".", ":", "(", ")", "[", "]", "«", "»", '"', "“", "”", "„", "—", "–",
                     "!", "?", "¿", "¡", "…"})
#: Words that may open a role before its head noun ("one of the coordinators").
_OPENERS = frozenset({"un", "une", "one", "uno", "una", "einer", "eine", "einem", "our", "nos", "notre",
                      "nuestro", "nuestra", "unser", "unsere", "unserer", "its", "son", "sa", "ses",
                      "su", "sus", "seine", "ihre", "their", "leur", "leurs", "his", "her"})
#: Words that join the parts of a title written before a name ("Secretary of State John …").
_TITLE_JOINERS = frozenset({"of", "for", "'s", "’s", "de", "du", "des", "del", "für", "der", "des", "and",
                            "et", "y", "und", "-", "la", "the"})
_MAX_APPOSITION = 20
_MAX_TITLE = 8
_HEAD_WINDOW = 6


#: Stems that only count as whole words: "head", not "headquarters".
_WHOLE = frozenset({"head", "lead", "chef", "vice", "prime", "major", "premier", "ceo", "cto", "cfo", "coo", "vp",
                    "svp", "evp",
                    "cio", "king", "roi", "rey", "queen", "reine", "deleg", "general"})


@cache
def _stems() -> tuple[re.Pattern[str], re.Pattern[str]]:
    stems = sorted((s for s in rules.ROLE_STEMS if s not in _WHOLE), key=len, reverse=True)
    prefix = "|".join(re.escape(s) for s in stems)
    inner = "|".join(re.escape(s) for s in stems if len(s) >= 5)
    return re.compile(f"^(?:{prefix})"), re.compile(f"(?:{inner})")


@lru_cache(maxsize=4096)  # asked of the same words over and over
def is_role_word(word: str, lang: str = "") -> bool:
    """Whether ``word`` names a function ("directrice", "Secretary", "Entwicklungsleiter")."""
    prefix, inner = _stems()
    low = word.lower()
    parts = [p for p in re.split(r"[-‐/]", low) if p]
    if any(p in _WHOLE or prefix.match(p) for p in parts):
        return True
    # German writes functions as compounds: "Entwicklungsleiter", "Programmmanagerin".
    return lang == "de" and bool(inner.search(low))


def _is_break(token: Token) -> bool:
    return token.text in _BREAKS or token.is_space or "\n" in token.text


def _line_break_before(token: Token) -> bool:
    return token.i > 0 and "\n" in token.doc[token.i - 1].whitespace_


def _has_head(tokens: list[Token], lang: str) -> bool:
    return any(is_role_word(t.text, lang) for t in tokens[:_HEAD_WINDOW])


def _strip_articles(tokens: list[Token], lang: str) -> list[Token]:
    arts = rules.articles(lang)
    while tokens and tokens[0].lower_ in arts:
        tokens = tokens[1:]
    return tokens


#: Endings of gerunds, which open a clause, not a role ("…, ensuring that developers …").
_GERUNDS = ("ing", "ando", "iendo", "yendo")


def _opens_role(token: Token, lang: str) -> bool:
    """A role's first word: the function itself, a capitalised qualifier, an adjective or "one of"."""
    if is_role_word(token.text, lang) or token.lower_ in _OPENERS:
        return True
    if token.is_stop or token.is_punct or token.like_num:
        return False
    return not (token.is_lower and len(token.text) > 5 and token.lower_.endswith(_GERUNDS))


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _person_starts(doc: Doc) -> set[int]:
    return {e.start for e in doc.ents if e.label_ in ("PER", "PERSON")}


def is_apposition_of_person(span: Span) -> bool:
    """Whether ``span`` is the role written after a person: "Ana Ruiz, [Directora de Programas]"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in (",", "–", "—", "-", "("):
        return False
    before = doc[span.start - 2]
    return before.ent_type_ in ("PER", "PERSON") and is_role_word(span[0].text)


def title_before(doc: Doc, start: int, lang: str) -> tuple[int, int] | None:
    """A title written right before the name: "IOM Director General" in "said IOM Director General Amy Pope"."""
    i = start - 1
    taken: list[Token] = []
    while i >= 0 and len(taken) < _MAX_TITLE:
        tok = doc[i]
        if _is_break(tok) or "\n" in tok.whitespace_:
            break
        capital = tok.text[:1].isupper() and not tok.is_stop
        if not (capital or is_role_word(tok.text, lang) or tok.lower_ in _TITLE_JOINERS):
            break
        taken.insert(0, tok)
        if _line_break_before(tok):
            break
        i -= 1
    while taken and (taken[0].lower_ in _TITLE_JOINERS or taken[0].is_stop):
        taken = taken[1:]
    if taken and (taken[-1].lower_ in _TITLE_JOINERS or taken[-1].is_stop):
        return None  # "the head of the Dakar office": a phrase, not a title
    if not taken or not any(is_role_word(t.text, lang) for t in taken):
        return None
    return _span(taken)


def apposition_after(doc: Doc, end: int, lang: str) -> tuple[int, int] | None:
    """", cheffe de mission de l'OIM au Niger," after the name."""
    if end >= len(doc) or doc[end].text not in (",", "(", "–", "—", "-"):
        return None
    if doc[end].text == "-" and not doc[end].whitespace_:
        return None  # a hyphen inside a word, not a dash
    closer = ")" if doc[end].text == "(" else None
    taken: list[Token] = []
    for tok in doc[end + 1:]:
        if (closer and tok.text == closer) or (not closer and _is_break(tok)):
            break
        if tok.i > end + 1 and _line_break_before(tok):
            break
        taken.append(tok)
        if len(taken) >= _MAX_APPOSITION:
            break  # a long apposition: its head is in the first words
    if taken and taken[0].i in _person_starts(doc) and not is_role_word(taken[0].text, lang):
        return None  # a list of names, not an apposition
    role = _strip_articles(taken, lang)
    if not role or not _opens_role(role[0], lang) or not _has_head(role, lang):
        return None
    return _span(role)


def apposition_before(doc: Doc, start: int, lang: str) -> tuple[int, int] | None:
    """"la directora regional," before the name."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    taken: list[Token] = []
    i = start - 2
    while i >= 0 and not _is_break(doc[i]):
        taken.insert(0, doc[i])
        if len(taken) > _MAX_APPOSITION or _line_break_before(doc[i]):
            break
        i -= 1
    if len(taken) > _MAX_APPOSITION:
        return None
    # the role starts at an article or "one of" ("dijo la directora …" → "directora …"),
    # or else where the phrase starts ("Minister for the Middle East, Tobias Ellwood")
    arts = rules.articles(lang)
    starts = [k for k, t in enumerate(taken) if t.lower_ in arts or t.lower_ in _OPENERS] + [0]
    for k in starts:
        role = _strip_articles(taken[k:], lang)
        if role and _opens_role(role[0], lang) and _has_head(role, lang):
            return _span(role)
    return None


def find(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Character offsets in ``doc`` of the role of the person at tokens ``start:end``, or None."""
    return (title_before(doc, start, lang) or apposition_after(doc, end, lang)
            or apposition_before(doc, start, lang))


def leading_title(tokens: list[Token], lang: str) -> int:
    """How many leading tokens of a person span are a title ("Director General Amy Pope" → 2).

    At least one capitalised word is left for the name.
    """
    last = -1
    for k, tok in enumerate(tokens):
        if is_role_word(tok.text, lang):
            last = k
        elif not (tok.text[:1].isupper() or tok.lower_ in _TITLE_JOINERS):
            break
    if last < 0 or last >= len(tokens) - 1:
        return 0
    rest = tokens[last + 1:]
    if not any(t.text[:1].isupper() for t in rest):
        return 0
    return last + 1
