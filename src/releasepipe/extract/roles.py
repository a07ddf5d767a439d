"""The function a release gives a person: appositions and titles around the name.

Three shapes, tried in this order on the tokens around a person mention:

* a title right before the name: "said IOM Director General Amy Pope",
  "Defense Secretary Ash Carter", "FSFE-Präsident Matthias Kirschner";
* an apposition after it: "Aminata Diallo, cheffe de mission de l'OIM au Niger,",
  "Ana Ruiz, the head of the Lima office, said", "sagte Anna Schmidt, Leiterin des Berliner Büros";
* an apposition before it: "la directora regional, Ana López", "the coordinator for Spain, Luis Gil".

The models run without a parser, so phrases are bounded by punctuation and
line breaks, and a phrase counts as a role when one of its first words names a
function: the ``people`` words of the language packs (``releasepipe.lang``:
``role_stems``, ``role_words``, ``role_prefixes``, ranks), of every pack at
once, since releases quote titles in other languages. Hyphenated functions
count whole ("porte-parole", "co-founder" split by a tokenizer into three
tokens). Qualifiers, auxiliaries and "at the head of" phrases are read for the
release's language.

A military rank is no function: "Lt. Gen." before a name gives way to the
function written with it, and both are kept, the function first
("… Task Force commander, Lt. Gen."; :func:`find_parts`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .. import lang
from ..lang.base import Pack, PeopleWords
from . import entity_rules as rules
from . import gazetteer, quotes

if TYPE_CHECKING:  # spaCy is not imported by a run that reads no text anew (incremental runs)
    from spacy.tokens import Doc, Span, Token

#: Tokens that end an apposition.
_BREAKS = frozenset({",", ";", ".", ":", "(", ")", "[", "]", "«", "»", '"', "“", "”", "„", "—", "–",
                     "!", "?", "¿", "¡", "…"})
#: Punctuation that joins the parts of a title written before a name ("Vice-President").
_TITLE_PUNCT = frozenset({"-"})
_MAX_APPOSITION = 20
_MAX_TITLE = 8
_MAX_UNIT = 12
_HEAD_WINDOW = 6


@cache
def _union(name: str) -> frozenset[str]:
    """A ``people`` field of every pack together: releases quote titles in other languages
    ("Legal Programme Manager della FSFE"), so a word is tested against all of them."""
    return frozenset(lang.every("people", name))


@cache
def _elision() -> re.Pattern[str]:
    """Elided articles and prepositions written onto the next word ("l'avvocato", "dell'ufficio",
    "d’Amnesty"), every pack's: the word after them is the one that may name a function."""
    elided = sorted(_union("elisions"), key=lambda w: (-len(w), w))
    return re.compile(r"^(?:" + "|".join(map(re.escape, elided)) + r")['’](?=\w)", re.IGNORECASE)


def without_elision(word: str) -> str:
    """``word`` without an elided article or preposition written onto it ("l'Università" →
    "Università", "dell'assessore" → "assessore")."""
    return _elision().sub("", word)


def _own(name: str, code: str) -> frozenset[str]:
    """A ``people`` field of language ``code``; every pack's when its pack lists none."""
    return frozenset(getattr(_people(code), name)) or _union(name)


@cache
def _ranks() -> tuple[frozenset[str], frozenset[str]]:
    return _union("ranks"), _union("rank_abbreviations")


@cache
def _not_roles() -> tuple[str, ...]:
    return tuple(sorted(_union("not_role_words")))


@cache
def _endings() -> tuple[str, ...]:
    return tuple(sorted(_union("role_endings")))


def _whole() -> frozenset[str]:
    return _union("role_words")


def _openers() -> frozenset[str]:
    return _union("openers")


@cache
def _title_joiners() -> frozenset[str]:
    return _union("title_joiners") | _TITLE_PUNCT


@cache
def _stems() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    whole = _whole()
    # a stem some language lists as a whole word is a stem only when long enough to be no other
    # word's beginning ("assessor" of "assessore"; not "general", "premier", "vice")
    stems = sorted((s for s in _union("role_stems") if s not in whole or len(s) >= 8), key=len, reverse=True)
    prefix = "|".join(re.escape(s) for s in stems)
    inner = "|".join(re.escape(s) for s in stems if len(s) >= 5)
    prefixes = "|".join(re.escape(p) for p in sorted(_union("role_prefixes"), key=len, reverse=True))
    return re.compile(f"^(?:{prefix})"), re.compile(f"(?:{inner})"), re.compile(f"^(?:{prefixes})-?(?=\\w)")


def _names_function(word: str) -> bool:
    """Whether one word, in lower case, names a function."""
    prefix, _, prefixes = _stems()
    if word in _whole():
        return True
    stem = prefix.match(word)
    if stem:
        # a stem and a gerund's ending make an activity, not a function ("engineer" of "engineering")
        return word[stem.end():] not in _gerunds()
    if word.endswith(_endings()):  # "neurologist", "archéologue", "arqueóloga"
        return True
    bound = prefixes.match(word)  # "vicepresidente", "cofundador", "wiceprezes"
    if bound:
        rest = word[bound.end():]
        return rest in _whole() or bool(prefix.match(rest))
    return False


@lru_cache(maxsize=8192)  # asked of the same words over and over
def is_role_word(word: str, lang: str = "") -> bool:
    """Whether ``word`` names a function ("directrice", "Secretary", "porte-parole", "Entwicklungsleiter")."""
    _, inner, _ = _stems()
    low = _elision().sub("", word.lower())
    if not low.strip("."):
        return False
    if low.endswith(_not_roles()):  # "ministerio", "Bundesministerium": a body, not its minister
        return False
    if is_rank(word):
        return True
    if _names_function(low):  # the whole word first: "porte-parole", "vice-présidente"
        return True
    parts = [p for p in re.split(r"[-‐/]", low) if p]
    if len(parts) > 1 and any(_names_function(p) for p in parts):
        return True
    if lang in gazetteer.MORPH_LANGS and _person_noun(low, lang):
        return True
    # German and Dutch write functions as compounds: "Entwicklungsleiter", "beleidsadviseur"; a short
    # function word heads one at its end ("Finanzchefin", "Oberarzt")
    return bool(lang) and _compounds(lang) and (bool(inner.search(low)) or bool(_compound_head(lang).search(low)))


@cache
def _compound_head(code: str) -> re.Pattern[str]:
    """A function word or stem of the language ``code`` of six letters or fewer closing a longer word,
    maybe with a feminine or plural ending ("chef", "chefin", "arzt"): the head of a compound."""
    short = sorted({w for w in _own("role_words", code) | _own("role_stems", code)
                    if 3 <= len(w) <= 6 and w.isalpha()}, key=len, reverse=True)
    return re.compile(r"(?<=\w{3})(?:" + "|".join(re.escape(w) for w in short) + r")(?:in|innen|en)?$")


def _person_noun(word: str, lang: str) -> bool:
    """Whether the dictionary's likeliest reading of ``word`` is a common noun for one person
    (animate, not plural, no name): "тренер", "режиссёр", "музыковед", "солистка" name what someone
    is, whatever the pack's lists hold. For the languages pymorphy3 has dictionaries for."""
    morph = gazetteer.morphology(lang)
    if morph is None or not word.isalpha() and "-" not in word:
        return False
    tag = morph.parse(word)[0].tag
    return {"NOUN", "anim"} <= tag.grammemes and "plur" not in tag.grammemes and not gazetteer.NAME_GRAMMEMES & tag.grammemes


def _pack(code: str) -> Pack:
    """Language ``code``'s pack (the language-independent one for a language without its own):
    the name ``lang`` of the functions here is the code, not the module."""
    return lang.get(code)


@cache
def _people(code: str) -> PeopleWords:
    """The ``people`` words of language ``code``'s own pack (nothing known for one without)."""
    return lang.get(code).people if lang.has_pack(code) else PeopleWords()


def _compounds(code: str) -> bool:
    """Whether language ``code`` writes functions as compounds, the function at the end."""
    return _people(code).compounds_nouns


@lru_cache(maxsize=4096)
def is_rank(word: str) -> bool:
    """Whether ``word`` is a military rank or its abbreviation ("Gen.", "Lt.", "colonel", "generał")."""
    ranks, abbreviations = _ranks()
    low = word.lower()
    if low.endswith(".") and word[:1].isupper():
        return low[:-1] in abbreviations
    parts = [p for p in low.split("-") if p]
    return bool(parts) and all(p in ranks for p in parts)


def is_qualifier(word: str) -> bool:
    """Whether ``word`` qualifies a function in some language ("Associate", "Deputy", "ancien")."""
    return word.lower() in _union("qualifiers")


def rank_abbreviations() -> frozenset[str]:
    """Abbreviated ranks of every language, in lower case ("gen", "lt", "płk")."""
    return _ranks()[1]


def _abbreviation(doc: Doc, i: int) -> bool:
    """Token ``i`` is an abbreviated rank whose full stop the tokenizer split off ("Lt" "." in "Lt. Gen.")."""
    tok = doc[i]
    return (i + 1 < len(doc) and doc[i + 1].text == "." and not tok.whitespace_ and tok.text[:1].isupper()
            and tok.lower_ in _ranks()[1])


def _glued_stop(doc: Doc, i: int) -> bool:
    """Token ``i`` is the full stop of an abbreviated rank."""
    return i > 0 and doc[i].text == "." and _abbreviation(doc, i - 1)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen inside a word ("co" "-" "founder"), not a dash between words."""
    tok = doc[i]
    return (tok.text in ("-", "‐") and not tok.whitespace_ and i > 0 and not doc[i - 1].whitespace_
            and i + 1 < len(doc) and doc[i - 1].is_alpha and doc[i + 1].is_alpha)


def rank_only(tokens: list[Token]) -> bool:
    """A title made of ranks or academic titles alone ("Lt. Gen.", "Colonel", "doctor"): no function
    of its own."""
    words = [t for t in tokens if t.text != "."]
    return bool(words) and all(is_rank(t.text) or t.lower_ in _ranks()[1] or t.lower_ in _union("academic_titles")
                               for t in words)


def _is_break(token: Token) -> bool:
    return token.text in _BREAKS or token.is_space or "\n" in token.text


def _line_break_before(token: Token) -> bool:
    return token.i > 0 and "\n" in token.doc[token.i - 1].whitespace_


def _has_head(tokens: list[Token], lang: str) -> bool:
    return any(is_role_word(t.text, lang) for t in tokens[:_HEAD_WINDOW])


def _articles(lang: str) -> frozenset[str]:
    return rules.articles(lang)


def _auxiliaries(lang: str) -> frozenset[str]:
    return _own("auxiliaries", lang)


def _qualifier(token: Token, lang: str) -> bool:
    """A word qualifying a function: the pack's ("new", "former", "senior"), or where pymorphy3
    has a dictionary any adjective in the nominative ("научный сотрудник", "приглашённая певица")."""
    return token.lower_ in _own("qualifiers", lang) or lang in gazetteer.MORPH_LANGS and _nominative_adjective(token.lower_, lang)


@lru_cache(maxsize=4096)
def _nominative_adjective(word: str, lang: str) -> bool:
    morph = gazetteer.morphology(lang)
    if morph is None or not word.isalpha() or not morph.word_is_known(word):
        return False
    tag = morph.parse(word)[0].tag
    return tag.POS in ("ADJF", "PRTF") and "nomn" in tag.grammemes


@cache
def _leading_articles(lang: str) -> frozenset[str]:
    """Articles, definite or indefinite, a role is written without ("a nurse" → "nurse")."""
    return _articles(lang) | _people(lang).indefinite_articles


def _strip_articles(tokens: list[Token], lang: str) -> list[Token]:
    arts = _leading_articles(lang)
    while tokens and tokens[0].lower_ in arts:
        tokens = tokens[1:]
    return tokens


@cache
def _gerunds() -> tuple[str, ...]:
    """Endings of gerunds, every pack's: a word with one opens a clause, not a role ("…, ensuring that …")."""
    return tuple(sorted(_union("gerund_endings")))


def _opens_role(token: Token, lang: str) -> bool:
    """A role's first word: the function itself, a capitalised qualifier, an adjective or "one of"."""
    if is_role_word(token.text, lang) or token.lower_ in _openers():
        return True
    if token.is_stop and not (token.is_upper and len(token) > 1) or token.is_punct or token.like_num:
        return False  # an acronym is no stop word: "WHO Representative in South Sudan"
    return not (token.is_lower and len(token.text) > 5 and token.lower_.endswith(_gerunds()))


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and not _glued_stop(tokens[-1].doc, tokens[-1].i) \
            and not _closes_quote_in(tokens):
        tokens = tokens[:-1]
    if not tokens:
        return None
    elided = _elision().match(tokens[0].text)  # "dell'assessore all'Agricoltura" → "assessore …"
    return tokens[0].idx + (elided.end() if elided else 0), tokens[-1].idx + len(tokens[-1].text)


def _closes_quote_in(tokens: list[Token]) -> bool:
    """Whether the last token closes a quotation opened among ``tokens`` ("директор «СибДаты»")."""
    openers = _CLOSING_QUOTES.get(tokens[-1].text, "")
    return bool(openers) and any(t.text in openers for t in tokens[:-1])


def _person_starts(doc: Doc) -> dict[int, int]:
    """Start token → end token of every person the model marked."""
    return {e.start: e.end for e in doc.ents if e.label_ in ("PER", "PERSON")}


def is_apposition_of_person(span: Span) -> bool:
    """Whether ``span`` is the role written after a person: "Ana Ruiz, [Directora de Programas]"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in (",", "–", "—", "-", "("):
        return False
    before = doc[span.start - 2]
    return before.ent_type_ in ("PER", "PERSON") and is_role_word(span[0].text)


def _own_start(doc: Doc, start: int) -> int:
    """Where the model's person holding token ``start`` begins: words it marked before a name and
    that were trimmed off ("burmistrz [Zakopanego Leszek Chowaniec]") belong to no other person."""
    tok = doc[start]
    if tok.ent_type_ not in ("PER", "PERSON"):
        return start
    while start > 0 and tok.ent_iob_ == "I" and doc[start - 1].ent_type_ == tok.ent_type_:
        start -= 1
        tok = doc[start]
    return start


_CLOSING_QUOTES = {"»": "«", "”": "“„", "“": "„", '"': '"', "«": "»", ")": "("}
_MAX_QUOTED = 8


def _quoted_before(doc: Doc, i: int) -> int:
    """The token opening the quoted name that token ``i`` closes ("«Веста Логистик»", "„Kranich“",
    "(ВФГС)"), -1 when ``i`` closes none: a body named in quotation marks or its abbreviation in
    brackets, part of a title before a name."""
    openers = _CLOSING_QUOTES.get(doc[i].text)
    if not openers:
        return -1
    for k in range(i - 1, max(-1, i - _MAX_QUOTED - 2), -1):
        if doc[k].text in openers:
            inside = doc[k + 1:i]
            return k if len(inside) and inside[0].text[:1].isupper() else -1
        if _is_break(doc[k]) or "\n" in doc[k].whitespace_:
            return -1
    return -1


def _capitalised(tok: Token) -> bool:
    """A capitalised word, an elided article or preposition before it left aside ("all'Agricoltura")."""
    return _elision().sub("", tok.text)[:1].isupper()


def _title_tokens(doc: Doc, start: int, lang: str) -> list[Token]:
    """The tokens of a title written right before the token ``start`` (empty when none)."""
    i = start - 1
    own = _own_start(doc, start)
    taken: list[Token] = []
    while i >= 0 and len(taken) < _MAX_TITLE:
        tok = doc[i]
        opened = _quoted_before(doc, i)
        if opened >= 0:  # "генеральный директор ООО «Веста Логистик» Андрей Климов"
            taken[:0] = list(doc[opened:i + 1])
            i = opened - 1
            continue
        if _glued_stop(doc, i):  # "Lt" "." in "Lt. Gen. Stephen Townsend"
            taken[:0] = [doc[i - 1], tok]
            i -= 2
            continue
        if _glued_hyphen(doc, i):  # "co" "-" "founder", "vice" "-" "president"
            taken[:0] = [doc[i - 1], tok]
            i -= 2
            continue
        if _is_break(tok) or "\n" in tok.whitespace_ or tok.ent_type_ in ("PER", "PERSON") and i < own \
                and not _title_taken_for_person(doc, i, lang):
            break  # another person's name ends the title ("Secretary of State Kerry and … Ash Carter")
        if _joins_two_people(doc, i, lang):
            break  # "Kanzler Merz und Präsident Emmanuel Macron", "Voorzitter Tjeerd de Groot en secretaris …"
        if _after_according(doc, i + 1, lang):
            break  # "Zdaniem prezesa zarządu …", "Según la ministra …": the phrase is no part of it
        complement = _complement(doc, i, lang, start)
        if complement:
            # "minister gospodarki Peter Altmaier", "ministra spraw wewnętrznych Sajid Javid",
            # "министр социальной защиты и здоровья Ярославской области Елена Суркова"
            taken[:0] = list(doc[i - complement:i + 1])
            i -= complement + 1
            continue
        capital = _capitalised(tok) and not tok.is_stop
        if (taken and i > 0 and tok.is_alpha and tok.is_lower and not tok.is_stop and is_role_word(taken[0].text, lang)
                and _qualifier(doc[i - 1], lang)):
            taken[:0] = [doc[i - 1], tok]  # "senior policy adviser Tom Baker"
            i -= 2
            continue
        if (i > 0 and tok.is_alpha and tok.is_lower and not tok.is_stop and not is_role_word(tok.text, lang)
                and _compounds(lang) and not rules.capitalises_nouns(lang) and is_role_word(doc[i - 1].text, lang)
                and doc[i - 1].is_lower):
            # the field after the function, in a language that would otherwise join them into one
            # word ("hoogleraar toxicologie Joost Hendriks", "wethouder mobiliteit Sanne de Wit")
            taken[:0] = [doc[i - 1], tok]
            i -= 2
            continue
        if (i > 0 and not rules.names_before_head(lang) and _adjective_after(tok, lang)
                and doc[i - 1].is_lower and is_role_word(doc[i - 1].text, lang)):
            # an adjective after the function, where the language writes it there ("la directrice
            # régionale Marie Dupont", "el director ejecutivo Juan Pérez"; not "le maire remercie
            # Julien Roche", "la directrice hier Marie Dupont")
            taken[:0] = [doc[i - 1], tok]
            i -= 2
            continue
        qualifier = bool(taken) and _qualifier(tok, lang) and is_role_word(taken[0].text, lang)
        if not (capital or qualifier or is_role_word(tok.text, lang) or tok.lower_ in _title_joiners()):
            break
        taken.insert(0, tok)
        if _line_break_before(tok):
            break
        i -= 1
    # (a function is no stop word here, whatever spaCy's list says: Italian lists "ministro")
    while taken and (taken[0].lower_ in _title_joiners()
                     or taken[0].is_stop and not _qualifier(taken[0], lang) and not _own_function(taken[0].lower_, lang)
                     or _opening_word(taken[0], lang)):
        taken = taken[1:]
    if taken and (taken[-1].lower_ in _title_joiners() or taken[-1].is_stop):
        return []  # "the head of the Dakar office": a phrase, not a title
    if not any(is_role_word(t.text, lang) or t.lower_ in _ranks()[1] for t in taken):
        return []
    return taken


def _own_function(low: str, lang: str) -> bool:
    """Whether the lower-case ``low`` is a function word or begins with a function's stem of the
    language ``lang`` itself (Italian "ministro", not German "leider", a Dutch function)."""
    return low in _own("role_words", lang) or low.startswith(tuple(_own("role_stems", lang)))


def _joins_two_people(doc: Doc, i: int, lang: str) -> bool:
    """Whether token ``i`` is a coordination between a name and the function of another person,
    an article between allowed: "Merz und Präsident", "Barrot et la commissaire", "Bruins en
    minister" (not "Presidente e CEO", two functions, nor "Justitie en Veiligheid", one name)."""
    if i < 1 or i + 1 >= len(doc) or doc[i].lower_ not in rules.coordinations(lang) or not doc[i].is_alpha:
        return False
    k = i + 1
    if doc[k].lower_ in _articles(lang) and k + 1 < len(doc):
        k += 1
    before = doc[i - 1]
    return is_role_word(doc[k].text, lang) and before.is_alpha and _capitalised(before) \
        and not is_role_word(before.text, lang)


def _title_taken_for_person(doc: Doc, i: int, lang: str) -> bool:
    """Whether the model's person holding token ``i`` is a title it took for a name: it opens with a
    function and holds no first name ("[Staatssecretaris van Infrastructuur] en Waterstaat Rutger
    Vos"; not "Secretary of State Kerry and … Ash Carter")."""
    start = _own_start(doc, i)
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return is_role_word(doc[start].text, lang) \
        and not any(t.is_title and not is_role_word(t.text, lang) and gazetteer.is_given_name(t.text, lang)
                    for t in doc[start + 1:end])


def _adjective_after(tok: Token, lang: str) -> bool:
    """Whether ``tok`` may be an adjective qualifying the function before it: a lower-case word,
    no stop word, function word, verb form ("remercie", "convocou"), day word or adverb that
    follows a speech verb ("hier", "ayer", "ieri")."""
    low = tok.lower_
    if not (tok.is_alpha and tok.is_lower) or tok.is_stop or is_role_word(tok.text, lang):
        return False
    pack = _pack(lang)
    if low in pack.dates.day_words or low in pack.dates.weekdays or low in pack.speech.adverbs_after_verb:
        return False
    return not _verb(low, lang)


def _opening_word(tok: Token, lang: str) -> bool:
    """A function word capitalised only because it opens the sentence, before a word in lower case
    ("Volgens hoogleraar …", "Según la directora …"; not "Foreign Secretary …", "Union leader …"):
    no part of a title."""
    return (tok.i == 0 or tok.nbor(-1).text in ".!?:\n" or "\n" in tok.nbor(-1).whitespace_) \
        and tok.is_title and tok.i + 1 < len(tok.doc) and tok.nbor(1).is_lower \
        and tok.lower_ in rules.stop_words(lang)


_MAX_COMPLEMENT = 8


def _complement(doc: Doc, i: int, lang: str, name: int) -> int:
    """How many words back from token ``i`` a role word stands when ``i`` ends its complement in
    lower case, up to eight words long and joined by "and" or a preposition ("minister gospodarki",
    "minister spraw wewnętrznych", "министр социальной защиты и здоровья", "проректор по научной
    работе"), in a language that writes it after the function without a preposition. 0 when it
    does not. ``name`` is the first token of the name the title is sought for."""
    if not _people(lang).genitive_complements or not _complement_word(doc[i], lang) \
            or is_role_word(doc[i].text, lang):
        return 0
    for k in range(i - 1, max(-1, i - _MAX_COMPLEMENT - 1), -1):
        tok = doc[k]
        if is_role_word(tok.text, lang):
            # the function in its base form only ("minister gospodarki"): "z ministrem", "ekspertów
            # rynku" are a function in another case, no title of the name that follows; one in
            # another case right after a function is its complement ("заместитель министра …")
            if base_form(tok.lower_, lang) or _according_to_one(doc, k, name, lang):
                return i - k  # "по словам руководителя программы иммунизации …": its case is the phrase's
            if k > 0 and is_role_word(doc[k - 1].text, lang) and base_form(doc[k - 1].lower_, lang):
                return i - k + 1
            return 0
        if tok.lower_ in rules.coordinations(lang) and tok.is_alpha and _complement_word(doc[k + 1], lang):
            continue  # "социальной защиты и здоровья"
        if tok.lower_ in _title_joiners() and tok.is_alpha and k + 2 <= i and _complement_word(doc[k + 1], lang) \
                and _complement_word(doc[k + 2], lang):
            # "проректор КФУ по научной деятельности": two words after the preposition at least, as a
            # field is written ("министр в интервью", "президент по телефону" say how, not of what)
            continue
        if not (_complement_word(tok, lang) or tok.is_alpha and _capitalised(tok) and not tok.ent_type_ in ("PER", "PERSON")):
            return 0  # capitalised words of a name inside it: "здоровья Ярославской области"
    return 0


@cache
def _according(code: str) -> tuple[tuple[str, ...], ...]:
    """The "according to" phrases of language ``code`` as lower-case words ("по", "словам")."""
    return tuple(tuple(p.lower().split()) for p in sorted(_pack(code).speech.according_to))


def _after_according(doc: Doc, k: int, code: str) -> bool:
    """Whether token ``k`` follows an "according to" phrase ("по словам", "за словами", "według")."""
    return any(k >= len(words) and tuple(t.lower_ for t in doc[k - len(words):k]) == words
               for words in _according(code))


def _according_to_one(doc: Doc, k: int, name: int, code: str) -> bool:
    """Whether the function at token ``k`` is a genitive singular after an "according to" phrase
    that governs it, so titles the name at token ``name``: one in the genitive too, or closing the
    phrase with a comma ("по словам руководителя программы … Азизы Рахимовой", "…, Азиза
    Рахимова, охват …"; not "по словам экспертов рынка Иван Петров прав", "по словам
    руководителя программы Азиза Рахимова получила награду"). Only where a dictionary tells
    number and case (pymorphy3's languages)."""
    morph = gazetteer.morphology(code)
    if morph is None or not _after_according(doc, k, code) \
            or not any(p.tag.case == "gent" and p.tag.number != "plur" for p in morph.parse(doc[k].lower_)):
        return False
    if any(p.tag.case == "gent" for p in morph.parse(doc[name].lower_)):
        return True
    end = _person_starts(doc).get(name, name + 1)
    return end < len(doc) and doc[end].text == ","


def base_form(word: str, lang: str) -> bool:
    """Whether ``word`` is in the form a function is named in: its own base form or a nominative
    singular where pymorphy3 knows the word ("заведующий", a participle whose lemma is a verb;
    the Ukrainian dictionary leaves a base form's case unwritten), else its lemma."""
    morph = gazetteer.morphology(lang)
    if morph is not None and morph.word_is_known(word):
        return any(p.normal_form == word or p.tag.case == "nomn" and p.tag.number in ("sing", None)
                   for p in morph.parse(word))
    return gazetteer.lemma(word, lang) == word


def _complement_word(tok: Token, lang: str) -> bool:
    """A lower-case word of a complement: no stop word, no verb ("z ministrem rozmawiał Jan
    Kowalski": a clause goes on, no complement)."""
    return tok.is_alpha and tok.is_lower and not tok.is_stop and not _verb(tok.lower_, lang)


_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


def _verb(word: str, code: str) -> bool:
    """A verb's form: the dictionary's likeliest reading is one (pymorphy3's languages), else its
    base form (lemmatizer) differs from it and ends as the language's infinitives."""
    morph = gazetteer.morphology(code)
    if morph is not None and morph.word_is_known(word):
        return morph.parse(word)[0].tag.POS in _VERB_POS
    endings = _people(code).infinitive_endings
    if not endings:
        return False
    base = gazetteer.lemma(word, code)
    return base != word and base.endswith(endings)


def title_before(doc: Doc, start: int, lang: str) -> tuple[int, int] | None:
    """A title written right before the name: "IOM Director General" in "said IOM Director General Amy Pope"."""
    return _span(_title_tokens(doc, start, lang))


def apposition_after(doc: Doc, end: int, lang: str, *, described: bool = True) -> tuple[int, int] | None:
    """", cheffe de mission de l'OIM au Niger," after the name; with ``described``, an apposition
    that says what the person is without a function word too (", a nurse with the health team,"):
    never for a name not yet known to be a person's ("Redes Avanzadas, un centro de investigación")."""
    if end >= len(doc) or doc[end].text not in (",", "(", "–", "—", "-"):
        return None
    if doc[end].text == "-" and not doc[end].whitespace_:
        return None  # a hyphen inside a word, not a dash
    closer = ")" if doc[end].text == "(" else None
    taken: list[Token] = []
    skip = 0
    comma = None  # the comma that ends the apposition
    for tok in doc[end + 1:]:
        if skip:
            skip -= 1
            continue
        if not closer and taken and _acronym_in_brackets(doc, tok.i):
            # a body's acronym in brackets goes on with the apposition: "director of the World Food
            # Programme (WFP) in Niger", "investigadora do Centro … (MARE) e primeira autora …"
            taken.extend(doc[tok.i:tok.i + 3])
            skip = 2
            continue
        if tok.text == "." and taken and not doc[tok.i - 1].whitespace_ and not taken[-1].is_upper \
                and f"{taken[-1].lower_}." in rules.honorifics():
            taken.append(tok)  # the full stop of an abbreviated title: "prof. UW"
            continue
        if (closer and tok.text == closer) or (not closer and _is_break(tok)):
            if tok.text == "," and taken and not closer and _enumeration_goes_on(doc, tok.i, lang):
                taken.append(tok)  # "chief of water, sanitation and hygiene in South Sudan"
                continue
            comma = tok.i if tok.text == "," and not closer else None
            break
        if tok.i > end + 1 and _line_break_before(tok):
            break
        if quotes.is_speech_verb(tok.text) or taken and tok.lower_ in _auxiliaries(lang) and tok.is_lower:
            # "Gen. Joseph Votel, commander of U.S. Central Command said, …"; right after the comma,
            # the verb of a name whose role was written before it ("The chair, Dr. Tobias Renner, wrote …")
            break
        taken.append(tok)
        if len(taken) >= _MAX_APPOSITION:
            break  # a long apposition: its head is in the first words
    # "prof. UW": an academic title or a rank and its body's acronym
    words = [t for t in taken if not (t.is_upper and len(t) > 1) and t.text != "."]
    if comma is not None and words and doc[end].text == "," \
            and (rank_only(words) or all(t.lower_ in rules.honorifics() for t in words)):
        # an academic title or a rank first, the function after it: "dr hab. Agnieszka Kołodziej, prof.
        # UW, kierowniczka projektu"; when none follows, the title stays ("Colonel, U.S. Army")
        function = apposition_after(doc, comma, lang, described=described)
        head = doc.char_span(*function, alignment_mode="expand") if function is not None else None
        if head is not None and is_role_word(head[0].text, lang):
            return function
    people = _person_starts(doc)
    if taken and taken[0].i in people and not any(
            is_role_word(t.text, lang) for t in doc[taken[0].i:people[taken[0].i]]):
        return None  # a list of names, not an apposition ("Digitaal Duurzaamheidexpert" is no name)
    role = _strip_articles(taken, lang)
    if taken and _heads_phrase(taken, lang):
        return _span(taken)
    if described and _described(taken, lang):
        return _span(role)
    if not role or not _opens_role(role[0], lang) or not _has_head(role, lang):
        return None
    if role[-1].i + 1 < len(doc) and doc[role[-1].i + 1].text == "," and len(role) <= 3 \
            and all(is_role_word(t.text, lang) or _qualifier(t, lang) for t in role):
        # a bare function and the unit it serves, comma-separated as news wires write them:
        # "commander, Combined Joint Forces Land Component Command", "vice president, software
        # standards, IBM Software Group"
        unit = _unit_after(doc, role[-1].i + 1, lang)
        if unit is not None:
            role = role + [unit]
    return _span(role)


def _acronym_in_brackets(doc: Doc, i: int) -> bool:
    """Whether token ``i`` opens a bracketed acronym ("(WFP)", "(MARE)") followed by more words."""
    return doc[i].text == "(" and i + 3 < len(doc) and doc[i + 2].text == ")" \
        and doc[i + 1].text.isupper() and 2 <= len(doc[i + 1].text) <= 8 and doc[i + 1].is_alpha \
        and not _is_break(doc[i + 3]) and "\n" not in doc[i + 2].whitespace_


def _enumeration_goes_on(doc: Doc, comma: int, lang: str) -> bool:
    """Whether the comma at ``comma`` separates the items of an enumeration inside a role, not the
    role from what follows: the words after it are in lower case up to a conjunction and one more
    word in lower case ("water, sanitation and hygiene"), with no verb, name or other break."""
    coordinations = rules.coordinations(lang) - {","}
    words = _chunk(doc, comma)
    if not words or not (words[0].is_lower and words[0].is_alpha) or words[0].lower_ in coordinations:
        return False
    for k, tok in enumerate(words[:4]):
        if quotes.is_speech_verb(tok.text) or tok.lower_ in _auxiliaries(lang) or not tok.is_lower:
            return False
        if tok.lower_ in coordinations:
            return k > 0 and k + 1 < len(words) and words[k + 1].is_lower and words[k + 1].is_alpha
    return False


def _described(tokens: list[Token], lang: str) -> bool:
    """Whether an apposition opens with an indefinite article and a noun in lower case: it says
    what the person is, a function or an occupation no list holds ("a nurse with the Ministry
    of Health team", "une chorégraphe de Lyon"), not a clause or an event ("a day after …")."""
    if len(tokens) < 2 or tokens[0].lower_ not in _people(lang).indefinite_articles:
        return False
    noun = tokens[1]
    if not (noun.is_lower and not noun.is_stop and noun.is_alpha and len(noun) > 2
            and not noun.lower_.endswith(_gerunds()) and not quotes.is_speech_verb(noun.text)
            and not noun.lower_.endswith(tuple(rules.entity_words(lang, "abstract_endings")))):
        return False
    # what follows the noun ties it to a body or a place ("a nurse with the health team") or says what
    # the person does ("a middleman buying oil from …"), or nothing does; a clause or a time after it
    # says what the event was ("a day after the vote", "a decision welcomed by …", "una scelta che …")
    return len(tokens) == 2 or tokens[2].lower_ in _affiliations(lang) \
        or tokens[2].is_lower and len(tokens[2]) > 5 and tokens[2].lower_.endswith(_gerunds())


@cache
def _affiliations(code: str) -> frozenset[str]:
    """Prepositions tying a person to a body or a place: the language's affiliation prepositions and
    prepositions of place ("of", "with", "at", "de", "uit")."""
    return rules.entity_words(code, "affiliation_prepositions") | rules.locatives(code)


def _chunk(doc: Doc, comma: int) -> list[Token]:
    """The tokens after the comma at ``comma`` up to the next break."""
    out: list[Token] = []
    for tok in doc[comma + 1:comma + 2 + _MAX_UNIT]:
        if _is_break(tok) or tok.i > comma + 1 and _line_break_before(tok):
            break
        out.append(tok)
    return out


def _proper(tokens: list[Token]) -> bool:
    """A capitalised name of a unit or body ("Combined Joint Forces Land Component Command - Operation …")."""
    return (0 < len(tokens) <= _MAX_UNIT and tokens[0].text[:1].isupper()
            and all(t.text[:1].isupper() or t.like_num or t.lower_ in _title_joiners() or t.text in ("&", "-")
                    for t in tokens)
            and not any(t.ent_type_ in ("PER", "PERSON") for t in tokens))


def _unit_after(doc: Doc, comma: int, lang: str) -> Token | None:
    """The last token of the unit written after a bare function, or None."""
    first = _chunk(doc, comma)
    if _proper(first):
        return first[-1]
    end = first[-1].i + 1 if first else comma + 1
    if (first and len(first) <= 3 and all(t.is_lower and t.is_alpha and not t.is_stop for t in first)
            and not any(quotes.is_speech_verb(t.text) or t.lower_ in _auxiliaries(lang) for t in first)
            and end < len(doc) and doc[end].text == ","):
        second = _chunk(doc, end)
        if _proper(second):
            return second[-1]
    return None


def _heads_phrase(tokens: list[Token], lang: str) -> bool:
    """Whether ``tokens`` open with a phrase that says "heading" ("à la tête de l'équipe")."""
    words = " ".join(t.lower_ for t in tokens[:5])
    phrases = _own("head_phrases", lang)
    return any(words == p or words.startswith(p + " ") for p in phrases)


def apposition_before(doc: Doc, start: int, lang: str) -> tuple[int, int] | None:
    """"la directora regional," before the name."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    taken: list[Token] = []
    i = start - 2
    stepped = doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].is_upper
    if stepped and _apposed_after(doc, start, lang):
        return None  # "the chair of the … Authority (CMA), Jane Smith, director of …": hers is after the name
    if stepped:
        i -= 3  # a body's acronym after its name: "presidente de la Sociedad … (SEGG), Javier Montalbán"
    while i >= 0 and not _is_break(doc[i]):
        taken.insert(0, doc[i])
        if len(taken) > _MAX_APPOSITION or _line_break_before(doc[i]):
            break
        i -= 1
    if len(taken) > _MAX_APPOSITION:
        return None
    # the role starts at an article or "one of" ("dijo la directora …" → "directora …"),
    # or else where the phrase starts ("Minister for the Middle East, Tobias Ellwood")
    arts = _articles(lang)
    # the nearest article first: "O Debian 9 é dedicado ao fundador do projeto, Ian Murdock"
    starts = [k for k, t in reversed(list(enumerate(taken))) if t.lower_ in arts or t.lower_ in _openers()]
    # else where the phrase starts when it is a title in capitals ("Inherent Resolve Commander"),
    # or at its first function word ("… é dedicado ao fundador do projeto" → "fundador do projeto")
    head = next((k for k, t in enumerate(taken) if is_role_word(t.text, lang)), None)
    if head is not None and not all(t.text[:1].isupper() or t.lower_ in _title_joiners() or t.like_num
                                    for t in taken[:head]):
        starts.append(head)
    starts.append(0)
    for k in starts:
        while k >= 2 and taken[k - 1].lower_ in _union("of_words") and taken[k - 2].lower_ in _openers():
            k -= 2  # "one of our coordinators", "uno dei nostri coordinatori"
        role = _strip_articles(taken[k:], lang)
        if any(t.is_lower and t.lower_ in _auxiliaries(lang) for t in role):
            continue  # a clause, not a function: "os distritos com mais casos são Itaquera, Guaianases e …"
        if role and _opens_role(role[0], lang) and _has_head(role, lang) and not _ends_with_name(role, lang) \
                and (not stepped or is_role_word(role[0].text, lang)):
            # past an acronym, only a function word opens the role: "the Competition and Markets
            # Authority (CMA), Jane Smith, director of …" names no function of hers
            return _span(role)
    return None


def _apposed_after(doc: Doc, start: int, lang: str) -> bool:
    """Whether the name opening at token ``start`` (as far as its entity goes) has a function in
    apposition after it."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].text == "," and apposition_after(doc, end, lang) is not None


def _ends_with_name(tokens: list[Token], lang: str) -> bool:
    """Whether a phrase ends with a person's name of two words or more that opens with a first
    name, the phrase or a capitalised title: another person's, not a role ("Professor Mark
    Ellison, Dean of …"; not "directora general de Salud Pública", a body the model took for one)."""
    last = tokens[-1]
    if last.ent_type_ not in ("PER", "PERSON") or last.ent_iob_ == "B":
        return False
    first = next(t for t in reversed(tokens) if t.ent_iob_ == "B" or t.i == tokens[0].i)
    return gazetteer.is_given_name(first.text, lang) and (first.i == tokens[0].i or first.nbor(-1).text[:1].isupper())


def find_parts(doc: Doc, start: int, end: int, lang: str, *, described: bool = True) -> list[tuple[int, int]]:
    """The role of the person at tokens ``start:end`` as character offsets in ``doc``, function first.

    A rank alone ("Lt. Gen.", "Colonel") is no function: the apposition written with
    the name is looked for too, and both are kept, the function first. One span when
    they are written together ("the task force commander, Lt. Gen. Stephen Townsend"),
    two when the name stands between them ("Maj. Gen. Gary Volesky, commander of …").
    ``described`` as for :func:`apposition_after`, for a name that opens with a first name.
    """
    described = described and gazetteer.is_given_name(doc[start].text, lang)
    start = _before_honorifics(doc, start)
    title = _title_tokens(doc, start, lang)
    if title and not rank_only(title):
        # a function before the name and one after it are both kept, the one before first
        # ("Councillor Helen Fairbairn, executive member for infrastructure and climate")
        after = apposition_after(doc, end, lang, described=described)
        return [p for p in (_span(title), after) if p is not None]
    rank = _span(title) if title else None
    if rank is not None:
        k = title[0].i
        if k > 1 and doc[k - 1].lower_ in _articles(lang) and doc[k - 2].text == ",":
            k -= 1  # "a coordenadora do estudo, a professora Helena Rocha"
        before = apposition_before(doc, k, lang)
        if before is not None:
            return [(before[0], rank[1])]
    after = apposition_after(doc, end, lang, described=described)
    if rank is not None:
        return [p for p in (after, rank) if p is not None]
    before = apposition_before(doc, start, lang)
    if after is None or before is None:
        return [p for p in (after or before,) if p is not None]
    # a function before the name and one after it are both kept, in the order written ("la curadora de
    # la exposición, Itzel Domínguez Ramos, investigadora del Centro INAH Oaxaca"), unless a name
    # stands in the one before (a list of people and their functions: "X - CEO von OW2, Y - …")
    words = doc.char_span(before[0], before[1], alignment_mode="expand")
    if words is None or any(t.ent_type_ in ("PER", "PERSON") for t in words) or words.start >= 2 and \
            doc[words.start - 1].text in (",", "–", "—", "-") and doc[words.start - 2].ent_type_ in ("PER", "PERSON"):
        return [after]  # or the function of the name before it ("Cedric Thomas – CEO of OW2, Matthias …")
    return [before, after]


def _before_honorifics(doc: Doc, start: int) -> int:
    """The token ``start`` of a name, moved back over the honorifics written before it: the role
    is written before those ("Le ministre de la Santé, Dr Alioune Sarr", "The Director-General,
    Sir Nicholas Watts", "Die Bundesministerin, Dr. Eva Brandt")."""
    moved = start
    while start > 0:
        if doc[start - 1].lower_ in rules.honorifics():
            start -= 1
        elif start > 1 and doc[start - 1].text == "." and not doc[start - 2].whitespace_ \
                and f"{doc[start - 2].lower_}." in rules.honorifics():
            start -= 2
        else:
            break
    if start < moved and start > 0 and doc[start - 1].lower_ in rules.articles(""):
        start -= 1  # "Il direttore sanitario, il dottor Karim Haddad", "la dott.ssa Serena Lodi"
    return start


def find(doc: Doc, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Character offsets in ``doc`` of the role of the person at tokens ``start:end``, or None.

    The function when the text writes a rank and a function apart (see :func:`find_parts`).
    """
    parts = find_parts(doc, start, end, lang)
    return parts[0] if parts else None


def join(text: str, parts: list[tuple[int, int]]) -> str:
    """The role as one phrase, function first: "commander of the land forces, Maj. Gen."."""
    return ", ".join(text[s:e] for s, e in parts)


def leading_title(tokens: list[Token], lang: str) -> int:
    """How many leading tokens of a person span are a title ("Director General Amy Pope" → 2,
    "Lt. Gen. Stephen Townsend" → 3).

    At least one capitalised word is left for the name.
    """
    last = -1
    for k, tok in enumerate(tokens):
        doc, i = tok.doc, tok.i
        if is_role_word(tok.text, lang) or _abbreviation(doc, i) or _glued_stop(doc, i):
            last = k
        elif _glued_hyphen(doc, i) and k + 1 < len(tokens) and is_role_word(tokens[k + 1].text, lang):
            last = k
        elif not (tok.text[:1].isupper() or tok.lower_ in _title_joiners() or _glued_hyphen(doc, i)):
            break
    if last < 0 or last >= len(tokens) - 1:
        return 0
    rest = tokens[last + 1:]
    if not any(t.text[:1].isupper() for t in rest):
        return 0
    return last + 1
