"""One entity across the releases of a batch and across languages.

A release names each real-world thing once (``entities``); a batch names it in
every release, in several languages and, in inflected languages, in several
case forms: "OIM", "IOM" and "Organización Internacional para las
Migraciones"; "Maroc", "Morocco", "Marruecos"; "Ryanaira" and "Ryanair".
``index`` joins the release-level entities of a batch into batch entities,
precision first, and records why every join was made:

- ``name``: the same full form (letters compared without case and accents);
  a person only by a name of two words or more (a surname alone joins
  nothing across releases: two ministers may share it);
- ``acronym``: the same acronym of an organization (the release's own
  "Organisation internationale pour les migrations (OIM)" definitions tie
  acronyms to expansions, and a release that gives "OIM" and "IOM" ties the
  two languages' forms);
- ``territory``: one country, territory or region by its CLDR name in any
  language (Babel: "EU" and "UN" are CLDR territories too) or pycountry's;
- ``lemma``: the same base form (pymorphy3 for Russian and Ukrainian), or
  forms that differ only in their case endings ("Theresy May", "Theresa May");
- ``transliteration``: the same name once written in Latin letters (anyascii);
- ``lemma``, ``transliteration``, ``spelling`` also for forms that differ only in
  their endings, or whose Latin letters are near-identical (rapidfuzz), compared
  within blocks of like names; two places known as different territories are
  never joined.

Entities of different types are never joined.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

#: Types indexed (misc entities are too loose to join across releases).
TYPES = ("person", "organization", "location")
#: Languages whose names change with their case; their forms also join by base form.
INFLECTED = frozenset({"pl", "ru", "uk", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv", "et", "fi", "hu", "de"})

_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐЂ-Џ0-9&.\-]{2,10}$")


@dataclass(frozen=True, slots=True)
class Name:
    """One form of a batch entity, as written, and the language it was written in."""

    name: str
    lang: str


@dataclass(frozen=True, slots=True)
class Member:
    """One release-level entity of a batch entity: the release's path and the entity's name there."""

    release: str
    name: str


@dataclass(frozen=True, slots=True)
class Join:
    """Why two release-level entities are one: the forms that matched and the reason."""

    a: Member
    b: Member
    why: str
    on: str


@dataclass(slots=True)
class BatchEntity:
    id: str
    type: str
    #: the full form most releases write
    name: str
    names: list[Name] = field(default_factory=list)
    releases: list[Member] = field(default_factory=list)
    joins: list[Join] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "BatchEntity":
        """The entity a line of ``entities.jsonl`` holds (``to_dict``'s inverse)."""
        def member(m: Mapping[str, Any]) -> Member:
            return Member(m["path"], m["name"])

        return cls(id=data["id"], type=data["type"], name=data["name"],
                   names=[Name(n["name"], n["lang"]) for n in data["names"]],
                   releases=[member(m) for m in data["releases"]],
                   joins=[Join(member(j["a"]), member(j["b"]), j["why"], j["on"]) for j in data["joins"]])

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name,
            "names": [{"name": n.name, "lang": n.lang} for n in self.names],
            "releases": [{"path": m.release, "name": m.name} for m in self.releases],
            "joins": [{"a": {"path": j.a.release, "name": j.a.name}, "b": {"path": j.b.release, "name": j.b.name},
                       "why": j.why, "on": j.on} for j in self.joins],
        }


@dataclass(frozen=True, slots=True)
class _Node:
    release: str
    lang: str
    type: str
    name: str
    forms: tuple[str, ...]


def index(releases: Iterable[Mapping[str, Any]]) -> list[BatchEntity]:
    """The batch entities of ``releases`` (release dicts as ``run`` writes them), sorted by
    type, then by how many releases name them (most first), then by name."""
    nodes: list[_Node] = []
    for release in releases:
        path = release_path(release)
        lang = (release.get("language") or {}).get("code") or "und"
        for entity in release.get("entities") or []:
            if entity.get("type") not in TYPES:
                continue
            aliases = entity.get("aliases", ())
            names = [entity["name"], *(a for a in aliases if _ACRONYM.match(a)), *_like([entity["name"]], aliases)]
            forms = [*names, *_like(names, (m["text"] for m in entity.get("mentions", ())))]
            nodes.append(_Node(path, lang, entity["type"], entity["name"], tuple(dict.fromkeys(forms))))
    nodes.sort(key=lambda n: (n.release, n.type, n.name))  # the same index whatever the order of the releases
    return _cluster(nodes)


def _like(names: Sequence[str], mentions: Iterable[str]) -> Iterator[str]:
    """The mentions that are forms of one of the entity's names: a case form ("Unii
    Europejskiej" of "Unia Europejska"), the name in other letters, or a part of it
    ("Merkel" of "Angela Merkel"); a mention the release's entity took in by mistake
    ("Brexit" in the European Union's mentions) would join two batch entities."""
    starts = {w[:3] for n in names for w in fold(_ascii(n)).split()}
    for mention in mentions:
        words = fold(_ascii(mention)).split()
        if words and all(w[:3] in starts for w in words):
            yield mention


def release_path(release: Mapping[str, Any]) -> str:
    """The path a release dict records (``source.path``; its ``id`` when it has none)."""
    return (release.get("source") or {}).get("path") or release.get("id") or ""


#: ``releasepipe.index_entities``: the name the package exports ``index`` under.
index_entities = index


def _cluster(nodes: Sequence[_Node]) -> list[BatchEntity]:
    parent = list(range(len(nodes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    joins: list[tuple[int, int, str, str]] = []

    def union(a: int, b: int, why: str, on: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
            joins.append((a, b, why, on))

    owner: dict[tuple[str, str, str], int] = {}
    keys = [_node_keys(node.type, node.lang, node.forms) for node in nodes]
    for i, node in enumerate(nodes):
        for why, key in sorted(keys[i], key=_key_order):  # the same joins, and whys, in every run
            first = owner.setdefault((node.type, why, key), i)
            if first != i:
                union(first, i, why, key)
    _join_spellings(nodes, keys, find, union)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[find(i)].append(i)
    joined_in: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
    for a, b, why, on in joins:
        joined_in[find(a)].append((a, b, why, on))
    entities = []
    for root, members in groups.items():
        group = [nodes[i] for i in members]
        names = Counter(n.name for n in group)
        name = min(names, key=lambda n: (-names[n], -len(n), n))
        forms = sorted({Name(f, n.lang) for n in group for f in (n.name, *n.forms)}, key=lambda x: (x.lang, x.name))
        releases = sorted({Member(n.release, n.name) for n in group}, key=lambda m: (m.release, m.name))
        entities.append(BatchEntity(
            id=_entity_id(group[0].type, releases), type=group[0].type, name=name, names=forms, releases=releases,
            joins=[Join(Member(nodes[a].release, nodes[a].name), Member(nodes[b].release, nodes[b].name), why, on)
                   for a, b, why, on in joined_in[root]],
        ))
    entities.sort(key=lambda e: (TYPES.index(e.type), -len({m.release for m in e.releases}), e.name, e.id))
    return entities


_WHY_ORDER = {"name": 0, "acronym": 1, "territory": 2, "lemma": 3, "transliteration": 4}


def _key_order(item: tuple[str, str]) -> tuple[int, str]:
    return _WHY_ORDER.get(item[0], 9), item[1]


def _entity_id(type_: str, members: Sequence[Member]) -> str:
    """Stable while the member it is derived from stays: the first member in path order."""
    first = members[0]
    return hashlib.sha256(f"{type_}\n{first.release}\n{first.name}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- keys ------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # an entity named alike in many releases is keyed once
def _node_keys(type_: str, lang: str, forms: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """(why, key) pairs: two nodes of one type that share one are one entity."""
    keys: set[tuple[str, str]] = set()
    for form in forms:
        stripped = form.strip(" \t\"'“”«»()[],.;:")
        if type_ == "organization" and _ACRONYM.match(stripped) and any(c.isalpha() for c in stripped):
            keys.add(("acronym", stripped.replace(".", "")))
            code = _territory_initials(lang).get(stripped.replace(".", ""))
            if code:  # "UE", "ЕС": the European Union's initials in the release's language
                keys.add(("territory", code))
            continue
        plain = fold(stripped)
        if len(plain.replace(" ", "")) < 2 or (type_ == "person" and len(plain.split()) < 2):
            continue
        keys.add(("name", plain))
        words = stripped.split()
        if type_ == "person" and len(words) >= 3 and all(w[:1].isupper() for w in words[-2:]):
            # "Великобританії Тереза Мей", "Brexit Мішель Барньє": a name the model ran into
            # the word before it; its last two words name the person
            keys.add(("name", fold(" ".join(words[-2:]))))
        latin = fold(_ascii(stripped))
        if latin != plain:
            keys.add(("transliteration", latin))
        if lang in INFLECTED:
            base = fold(base_form(stripped, lang))
            if base != plain:
                keys.add(("lemma", fold(_ascii(base))))
        if type_ in ("location", "organization"):  # CLDR also names the EU, the UN, continents
            code = _territory(stripped, plain, lang)
            if code:
                keys.add(("territory", code))
    return frozenset(keys)


def _join_spellings(nodes: Sequence[_Node], keys: Sequence[AbstractSet[tuple[str, str]]], find, union) -> None:
    """Forms of one name that differ in their endings or their transliteration, compared
    within blocks of names of one type and one number of words whose first and last
    words start alike: "Theresy May" and "Theresa May" (a case ending: ``lemma``), "Donald Trump"
    and "Дональд Трамп" (``transliteration``), "Organisation mondiale de la santé" and
    "Organisation mondiale de la sante" (``spelling``). Two places known as different
    territories never join."""
    from rapidfuzz import fuzz

    blocks: dict[tuple[str, int, str, str], dict[str, int]] = defaultdict(dict)
    for i, node in enumerate(nodes):
        base = base_form(node.name, node.lang) if node.lang in INFLECTED else node.name
        latin = fold(_ascii(base))
        words = latin.split()
        if not words or len(latin) < 4 or (node.type == "person" and len(words) < 2):
            continue
        block = blocks[(node.type, len(words), words[0][:1], words[-1][:1])]
        first = block.setdefault(latin, i)
        if first != i and find(first) != find(i) and not _known_apart(keys[first], keys[i]):
            why = "transliteration" if _script(nodes[first].name) != _script(node.name) else "lemma"
            union(first, i, why, f"{nodes[first].name} ~ {node.name}")
    for block in blocks.values():
        names = sorted(block)
        for k, a in enumerate(names):
            for b in names[k + 1:]:
                i, j = block[a], block[b]
                if find(i) == find(j) or _known_apart(keys[i], keys[j]):
                    continue
                variant = _variant(a, b, nodes[i], nodes[j], fuzz.ratio)
                if variant:
                    union(i, j, variant, f"{nodes[i].name} ~ {nodes[j].name}")


def _variant(a: str, b: str, x: _Node, y: _Node, ratio) -> str | None:
    """Why two folded Latin names of one length in words are one, or None."""
    cross_script = _script(x.name) != _script(y.name)
    inflected = x.lang in INFLECTED or y.lang in INFLECTED
    for u, v in zip(a.split(), b.split()):
        if u == v:
            continue
        short = min(u, v, key=len)
        if len(short) < 3:
            return None
        if cross_script:  # a case ending, or a vowel transliterated otherwise ("Трамп", "Trump")
            if not (_case_forms(u, v, ratio) or ratio(u, v) >= 80):
                return None
        elif inflected:
            if not _case_forms(u, v, ratio):
                return None
        elif ratio(u, v) < 90:  # no case endings: near-identical spellings only
            return None
    if cross_script:
        return "transliteration" if ratio(a, b) >= 75 else None
    return "lemma" if inflected else "spelling"


def _case_forms(u: str, v: str, ratio) -> bool:
    """Whether two words can be case forms of one name: they share all of the shorter
    but its last two letters, the longer adds at most three letters to what they share,
    and they stay alike ("Warszawie" / "Warszawa", "Polsce" / "Polska", not "Europa" /
    "Europoseł", "Walencja" / "Wales", "Unia" / "Uniper")."""
    short, long_ = sorted((u, v), key=len)
    shared = len(os.path.commonprefix((u, v)))
    return shared >= max(3, len(short) - 2) and len(long_) - shared <= 3 and ratio(u, v) >= 65


def _known_apart(a: AbstractSet[tuple[str, str]], b: AbstractSet[tuple[str, str]]) -> bool:
    for kind in ("territory",):
        ka, kb = {k for w, k in a if w == kind}, {k for w, k in b if w == kind}
        if ka and kb and not ka & kb:
            return True
    return False


def _script(text: str) -> str:
    for c in text:
        if c.isalpha():
            return "latin" if c.isascii() or "LATIN" in unicodedata.name(c, "") else unicodedata.name(c, "?").split()[0]
    return "none"


# --- normalization and kept knowledge -----------------------------------------------


@lru_cache(maxsize=1 << 16)  # a batch writes the same names again and again
def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, spaces collapsed: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@lru_cache(maxsize=1 << 16)
def _ascii(text: str) -> str:
    """``text`` in Latin letters (anyascii), the apostrophes of soft signs dropped."""
    from anyascii import anyascii

    return anyascii(text).replace("'", "")


def base_form(text: str, lang: str) -> str:
    """``text`` with each word in its base form (nominative singular) when the language's
    dictionary knows it, else as written."""
    lemmatize = _lemmatizer(lang)
    return " ".join(lemmatize(word) for word in text.split())


@cache
def _lemmatizer(lang: str):
    """pymorphy3's analyser (the one the entity rules load) for the languages it has
    dictionaries for; other languages' names are compared as written, their case endings
    joined by ``_variant``. (simplemma's dictionaries would cover them, but take seconds to
    load — Polish five — and gave no more joins on the SlavicNER development documents.)"""
    from .extract.gazetteer import morphology

    morph = morphology(lang)
    if morph is None:
        return _as_written

    def by_pymorphy(word: str) -> str:
        found = morph.parse(word)
        if not found:
            return word
        base = found[0].normal_form
        return base[:1].upper() + base[1:] if word[:1].isupper() else base
    return cache(by_pymorphy)


def _as_written(word: str) -> str:
    return word


def _territory(form: str, plain: str, lang: str) -> str | None:
    """The territory code of a name written in ``lang``: its CLDR name in that language
    (or, for an inflected language, the base forms of its words, or words that are case
    forms of the CLDR name's: "Unii Europejskiej"), in English, or pycountry's; or the
    initials of the language's multi-word CLDR name, written in capitals ("UE", "ЕС")."""
    if _ACRONYM.match(form) and form.replace(".", "") in _territory_initials(lang):
        return _territory_initials(lang)[form.replace(".", "")]
    for table, key in ((_territories(lang), plain), (_territories("en"), plain), (_countries(), plain),
                       (_territories_by_base(lang), _base_key(form, lang))):
        code = table.get(key)
        if code:
            return code
    return _territory_by_case_forms(plain, lang) if lang in INFLECTED else None


def _territory_by_case_forms(plain: str, lang: str) -> str | None:
    """The one territory whose CLDR name in ``lang`` has, word for word, a case form of
    ``plain``'s words; None when none or several do ("Austrii": Austria or Australia)."""
    from rapidfuzz import fuzz

    words = plain.split()
    if not words or min(map(len, words)) < 3:
        return None
    found = {code for name, code in _territory_words(lang).get((len(words), words[0][:3]), ())
             if all(u == v or _case_forms(u, v, fuzz.ratio) for u, v in zip(words, name))}
    return found.pop() if len(found) == 1 else None


@cache
def _territory_words(lang: str) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    """CLDR territory names of ``lang`` by their number of words and first letters."""
    table: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for name, code in _territories(lang).items():
        if name:
            words = tuple(name.split())
            table[(len(words), words[0][:3])].append((words, code))
    return dict(table)


_UNIONS = frozenset({"EU", "UN"})


@cache
def _territory_initials(lang: str) -> dict[str, str]:
    """Initials of the language's CLDR territory names of two words or more, each word of three
    letters or more ("Unia Europejska" -> "UE", "Европейский союз" -> "ЕС", "Organizacja Narodów
    Zjednoczonych" -> "ONZ"), initials two territories share left out; and the abbreviations of
    countries the language's pack lists ("США", "ФРГ")."""
    from babel import Locale, UnknownLocaleError

    from . import lang as packs

    try:
        names = Locale.parse(lang.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return {}
    pairs = []
    for code, name in names.items():  # CLDR's names only: ISO's official ones ("Islamische Republik
        words = re.findall(r"\w+", name)  # Afghanistan") give initials other bodies have ("IRA")
        initials = "".join(w[0] for w in words).upper()
        # Two letters name too many things ("RU" is Russia's code, Royaume-Uni's initials):
        # kept only for the unions CLDR lists (EU, UN).
        if len(words) >= 2 and all(len(w) >= 3 for w in words) and (len(initials) >= 3 or code in _UNIONS):
            pairs.append((initials, code))
    found = {k: v for k, v in _unambiguous(pairs).items() if k}
    return {**found, **packs.get(lang).entities.country_abbreviations}


@cache
def _territory_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every territory name of one language: CLDR's (Babel: "DE", "EU", "150"
    for Europe) and pycountry's translations of the ISO names, official ones included
    ("Федеративная Республика Германия", "Соединённые Штаты Америки")."""
    import gettext

    import pycountry
    from babel import Locale, UnknownLocaleError

    try:
        names = list(Locale.parse(lang.replace("-", "_")).territories.items())
    except (UnknownLocaleError, ValueError):
        return ()
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return tuple(names)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            name = translation.gettext(english) if english else english
            if name and name != english and "," not in name:  # "Russie, Fédération de": an index form
                names.append((country.alpha_2, name))
    return tuple(names)


@cache
def _territories(lang: str) -> dict[str | None, str]:
    """Folded territory names of one language (``_territory_names``) to their codes; a name
    two territories share is left out."""
    return _unambiguous((fold(name), code) for code, name in _territory_names(lang))


@cache
def _countries() -> dict[str | None, str]:
    """pycountry's English names of countries (official and common names too)."""
    import pycountry

    return _unambiguous((fold(value), country.alpha_2) for country in pycountry.countries
                        for value in (getattr(country, a, None) for a in ("name", "official_name", "common_name"))
                        if value)


def _unambiguous(pairs: Iterable[tuple[str | None, str]]) -> dict[str | None, str]:
    found: dict[str | None, set[str]] = defaultdict(set)
    for name, code in pairs:
        if name:
            found[name].add(code)
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def _base_key(text: str, lang: str) -> str | None:
    return fold(base_form(text, lang)) if lang in INFLECTED else None


@cache
def _territories_by_base(lang: str) -> dict[str | None, str]:
    """An inflected language's territory names by the base forms of their words, as
    ``base_form`` gives them for an inflected mention ("Wielkiej Brytanii" and
    "Wielka Brytania" both give "wielki brytania")."""
    from babel import Locale, UnknownLocaleError

    if lang not in INFLECTED:
        return {}
    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return _unambiguous((_base_key(name, lang), code) for code, name in names.items())


# --- translations --------------------------------------------------------------------


@dataclass(slots=True)
class TranslationGroup:
    group: str
    releases: list[str]
    languages: list[str]
    #: what the versions share: "dates", "figures", "people", "entities", "contacts", "links", "numbers"
    evidence: list[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "TranslationGroup":
        """The group a line of ``translations.jsonl`` holds (``to_dict``'s inverse)."""
        return cls(group=data["group"], releases=list(data["releases"]), languages=list(data["languages"]),
                   evidence=list(data["evidence"]))

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "releases": self.releases, "languages": self.languages,
                "evidence": self.evidence}


#: The least share of a release's facts another release must repeat to be its version.
TRANSLATION_SIMILARITY = 0.35


def translations(releases: Sequence[Mapping[str, Any]],
                 entities: Sequence[BatchEntity] | None = None) -> list[TranslationGroup]:
    """Groups of releases that are versions of one another in different languages.

    Two releases of different languages are versions of one another when most of
    what they state is the same: dates, figures, the batch entities they name,
    contact details and links, each fact weighted by how rare it is in the batch
    (an organization's press e-mail, in all its releases, weighs little; a date
    or a figure few releases give weighs much). Releases whose dateline (or
    publication) dates differ never are. Pairs are taken best first, and a group
    never holds two releases of one language.
    """
    if entities is None:
        entities = index(releases)
    releases = sorted(releases, key=release_path)  # the same groups whatever the order given
    entity_of: dict[tuple[str, str], str] = {}
    for entity in entities:
        for member in entity.releases:
            entity_of[(member.release, member.name)] = entity.id
    facts: list[tuple[str, str, str | None, frozenset]] = []
    for release in releases:
        path = release_path(release)
        lang = (release.get("language") or {}).get("code") or "und"
        dateline = (release.get("dateline") or {}).get("date") or release.get("published")
        facts.append((path, lang, dateline, _facts(release, path, entity_of)))
    holders: dict[tuple[str, Any], list[int]] = defaultdict(list)
    for i, (*_, found) in enumerate(facts):
        for fact in found:
            holders[fact].append(i)
    weight = {fact: math.log(1 + len(facts) / len(members)) for fact, members in holders.items()}
    # fsum: the same total in every run, whatever order a set gives its facts in
    total = [math.fsum(weight[f] for f in found) for *_, found in facts]
    # candidates share a fact that few releases have: only those pairs are compared
    pairs: dict[tuple[int, int], None] = {}
    for members in holders.values():
        if len(members) <= _CANDIDATES:
            for k, a in enumerate(members):
                for b in members[k + 1:]:
                    pairs[(a, b)] = None
    scored = []
    for a, b in pairs:
        (_, lang_a, date_a, facts_a), (_, lang_b, date_b, facts_b) = facts[a], facts[b]
        if lang_a == lang_b or "und" in (lang_a, lang_b) or (date_a and date_b and date_a != date_b):
            continue
        shared = facts_a & facts_b
        score = math.fsum(weight[f] for f in shared) / (min(total[a], total[b]) or 1)
        if len(shared) >= 2 and score >= TRANSLATION_SIMILARITY:
            scored.append((score, a, b, sorted({kind for kind, _ in shared})))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    group_of: dict[int, int] = {}
    members_of: dict[int, list[int]] = {}
    evidence: dict[int, set[str]] = {}
    for _, a, b, kinds in scored:
        ga, gb = group_of.get(a, a), group_of.get(b, b)
        if ga == gb:
            continue
        in_a, in_b = members_of.get(ga, [a]), members_of.get(gb, [b])
        if {facts[i][1] for i in in_a} & {facts[i][1] for i in in_b}:
            continue
        merged = members_of.pop(ga, [a]) + members_of.pop(gb, [b])
        root = min(merged)
        for i in merged:
            group_of[i] = root
        members_of[root] = merged
        evidence[root] = evidence.pop(ga, set()) | evidence.pop(gb, set()) | set(kinds)
    groups = []
    for root, items in members_of.items():
        paths = sorted(facts[i][0] for i in items)
        groups.append(TranslationGroup(
            group=hashlib.sha256("\n".join(paths).encode("utf-8", "surrogatepass")).hexdigest()[:16],
            releases=paths, languages=sorted({facts[i][1] for i in items}), evidence=sorted(evidence[root])))
    groups.sort(key=lambda g: g.releases)
    return groups


#: A fact more releases than this share is not used to find candidate pairs.
_CANDIDATES = 64


def _facts(release: Mapping[str, Any], path: str, entity_of: Mapping[tuple[str, str], str]) -> frozenset:
    """What a release states, in a form its translations state too: (kind, value) pairs."""
    found: set[tuple[str, Any]] = set()
    for d in release.get("dates") or ():
        if d.get("kind") in ("date", "range") and d.get("value") and len(d["value"]) >= 7:
            found.add(("dates", d["value"]))
    for f in release.get("figures") or ():
        if f.get("kind") != "duration":
            found.add(("figures", (f["value"], f.get("kind"))))
    for e in release.get("entities") or ():
        ident = entity_of.get((path, e["name"]))
        if ident:
            found.add(("people" if e["type"] == "person" else "entities", ident))
    for c in release.get("contacts") or ():
        found.update(("contacts", x) for x in (*c.get("phones", ()), *c.get("emails", ())))
        found.update(("links", u) for u in c.get("urls", ()))
    found.update(_text_facts(release.get("text") or ""))
    return frozenset(found)


def _text_facts(text: str) -> set[tuple[str, str]]:
    """What a translation copies as written: links, and tokens with digits (versions,
    references, codes: "3.0", "r4", "CVE-2024-1234")."""
    found = {("links", m.group().rstrip(".,;:)").lower()) for m in _LINK.finditer(text)}
    # only the words holding a digit can hold a code: _CODE runs on those alone (the same matches:
    # none crosses a space, and its look-behind sees a space before a word as before the text)
    found.update(("numbers", m.group()) for word in _LINK.sub(" ", text).split() if _DIGIT.search(word)
                 for m in _CODE.finditer(word))
    return found


def inputs_key(releases: Iterable[Mapping[str, Any]]) -> str:
    """A digest of all that ``index`` and ``translations`` read of ``releases`` (and of this
    module's code): two batches with one key have one index, so a rerun whose edits change
    none of it (a corrected sentence, a new paragraph without names or figures) need not
    build it again."""
    digest = hashlib.sha256(_code_digest().encode())
    for release in sorted(releases, key=release_path):
        lang = (release.get("language") or {}).get("code")
        read = [release_path(release), lang, (release.get("dateline") or {}).get("date"), release.get("published"),
                [[e.get("type"), e.get("name"), list(e.get("aliases", ())), [m.get("text") for m in e.get("mentions", ())]]
                 for e in release.get("entities") or ()],
                [[d.get("kind"), d.get("value")] for d in release.get("dates") or ()],
                [[f.get("kind"), f.get("value")] for f in release.get("figures") or ()],
                [[list(c.get(k, ())) for k in ("phones", "emails", "urls")] for c in release.get("contacts") or ()],
                sorted(_text_facts(release.get("text") or ""))]
        digest.update(json.dumps(read, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


@cache
def _code_digest() -> str:
    """What the index is made with: this module's and the gazetteer's source, the packs, and the
    versions of the libraries (and dictionaries) their joins read."""
    from importlib import metadata

    from . import __version__
    from . import lang as packs

    source = hashlib.sha256()
    for path in (Path(__file__), Path(__file__).parent / "extract" / "gazetteer.py"):
        source.update(path.read_bytes())
    versions = []
    for dist in _LIBRARIES:
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=-")
    return " ".join([__version__, source.hexdigest(), packs.fingerprint(), *versions])


#: The distributions whose data the joins read (names, base forms, transliteration, spellings).
_LIBRARIES = ("anyascii", "babel", "pycountry", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk",
              "rapidfuzz", "simplemma")


_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CODE = re.compile(r"(?<![\w.,])(?=[\w.\-/]*\d)(?=[\w.\-/]*[^\W\d_])[\w][\w.\-/]*\w|\b\d+(?:\.\d+)+\b")
