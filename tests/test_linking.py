"""One entity across releases and languages, and translations of a release grouped."""

import pytest

from releasepipe import linking


def release(path, lang, entities=(), *, dates=(), figures=(), contacts=(), text="", dateline=None):
    """A release dict as `run` writes it, with only what the index reads."""
    ents = []
    for kind, name, *rest in entities:
        aliases = rest[0] if rest else []
        ents.append({"type": kind, "name": name, "aliases": list(aliases),
                     "mentions": [{"start": 0, "end": len(name), "text": name}]})
    return {"source": {"path": path}, "language": {"code": lang}, "entities": ents, "text": text,
            "dates": [{"value": v, "kind": "date"} for v in dates],
            "figures": [{"value": v, "kind": "count"} for v in figures],
            "contacts": list(contacts), "dateline": {"date": dateline} if dateline else None}


def joined(releases, kind):
    """The batch entities of one type, as sets of (path, name)."""
    return [{(m.release, m.name) for m in e.releases} for e in linking.index(releases) if e.type == kind]


@pytest.mark.parametrize(
    "kind,members,why",
    [
        # acronym and expansion across languages: a release that gives both acronyms ties them
        ("organization", [("fr/a.txt", "fr", "Organisation internationale pour les migrations", ["OIM"]),
                          ("en/b.txt", "en", "International Organization for Migration", ["IOM"]),
                          ("fr/c.txt", "fr", "OIM", ["IOM"])], "acronym"),
        # one country by its CLDR names in three languages
        ("location", [("fr/a.txt", "fr", "Maroc", []), ("en/b.txt", "en", "Morocco", []),
                      ("es/c.txt", "es", "Marruecos", [])], "territory"),
        # CLDR names the European Union too, in every language
        ("organization", [("pl/a.txt", "pl", "Unia Europejska", []), ("ru/b.txt", "ru", "Европейский союз", [])],
         "territory"),
        # Russian case forms by pymorphy3's base forms
        ("location", [("ru/a.txt", "ru", "Суздаля", []), ("ru/b.txt", "ru", "Суздаль", [])], "lemma"),
        # Polish case endings
        ("person", [("pl/a.txt", "pl", "Theresy May", []), ("pl/b.txt", "pl", "Theresa May", [])], "lemma"),
        ("organization", [("pl/a.txt", "pl", "Ryanaira", []), ("pl/b.txt", "pl", "Ryanair", [])], "lemma"),
        # Cyrillic and Latin
        ("person", [("ru/a.txt", "ru", "Дональд Трамп", []), ("pl/b.txt", "pl", "Donald Trump", [])],
         "transliteration"),
        # the same full name in two releases
        ("person", [("en/a.txt", "en", "Aminata Diallo", []), ("fr/b.txt", "fr", "Aminata Diallo", [])], "name"),
    ],
)
def test_linking_joins_one_entity_across_releases(kind, members, why):
    releases = [release(path, lang, [(kind, name, aliases)]) for path, lang, name, aliases in members]
    entities = [e for e in linking.index(releases) if e.type == kind]
    assert len(entities) == 1
    assert {m.release for m in entities[0].releases} == {path for path, *_ in members}
    assert why in {j.why for j in entities[0].joins}
    assert {n.lang for n in entities[0].names} == {lang for _, lang, *_ in members}


@pytest.mark.parametrize(
    "kind,members",
    [
        # a surname alone joins nothing across releases: two ministers may share it
        ("person", [("en/a.txt", "en", "Merkel"), ("de/b.txt", "de", "Merkel")]),
        # two people of one family name
        ("person", [("pl/a.txt", "pl", "Jan Nowak"), ("pl/b.txt", "pl", "Adam Nowak")]),
        # places known as different territories, however alike their names
        ("location", [("en/a.txt", "en", "Austria"), ("en/b.txt", "en", "Australia")]),
        ("location", [("pl/a.txt", "pl", "Słowacja"), ("pl/b.txt", "pl", "Słowenia")]),
        # different types never join
        ("mixed", [("en/a.txt", "en", "Jordan"), ("en/b.txt", "en", "Jordan")]),
    ],
)
def test_linking_keeps_different_entities_apart(kind, members):
    if kind == "mixed":
        releases = [release("en/a.txt", "en", [("person", "Michael Jordan"), ("location", "Jordan")]),
                    release("en/b.txt", "en", [("person", "Jordan Smith")])]
        assert all(len(e.releases) == 1 for e in linking.index(releases))
        return
    releases = [release(path, lang, [(kind, name)]) for path, lang, name in members]
    assert len(joined(releases, kind)) == len(members)


def test_linking_ids_are_stable_and_order_free():
    releases = [release("fr/a.txt", "fr", [("location", "Maroc")]), release("en/b.txt", "en", [("location", "Morocco")])]
    first = linking.index(releases)
    again = linking.index(list(reversed(releases)))
    assert [e.to_dict() for e in first] == [e.to_dict() for e in again]
    grown = linking.index([*releases, release("es/c.txt", "es", [("location", "Marruecos")])])
    assert first[0].id == grown[0].id  # the first member stays: so does the id
    assert first[0].name in ("Maroc", "Morocco")


def _announcement(path, lang, title):
    return release(path, lang, [("person", "Lena Novak"), ("organization", "Open Relay Project")],
                   dates=["2024-05-14"], figures=[1200, 35],
                   contacts=[{"phones": [], "emails": ["press@relay.example"], "urls": []}],
                   text=f"{title} 4.2 https://relay.example/releases/4.2 CVE-2024-31337", dateline="2024-05-14")


def test_linking_translations_grouped_once_per_language():
    releases = [
        _announcement("en/relay.txt", "en", "Relay"), _announcement("fr/relay.txt", "fr", "Relay"),
        _announcement("es/relay.txt", "es", "Relay"),
        # same organization, another announcement: shares the contact, little else
        release("en/other.txt", "en", [("organization", "Open Relay Project")], dates=["2024-02-01"],
                figures=[7], contacts=[{"phones": [], "emails": ["press@relay.example"], "urls": []}],
                text="Relay 4.1 https://relay.example/releases/4.1"),
        # a second English copy of the announcement cannot join the group: one release per language
        _announcement("en/relay-copy.txt", "en", "Relay"),
    ]
    groups = linking.translations(releases)
    assert len(groups) == 1
    group = groups[0]
    assert group.languages == ["en", "es", "fr"]
    assert len(group.releases) == 3 and "en/other.txt" not in group.releases
    assert {"dates", "figures", "people", "links", "numbers"} <= set(group.evidence)


def test_linking_translations_need_the_same_dateline_date():
    a = _announcement("en/relay.txt", "en", "Relay")
    b = _announcement("fr/relay.txt", "fr", "Relay")
    b["dateline"] = {"date": "2024-05-15"}
    assert linking.translations([a, b]) == []
