"""One entity across releases and languages, and translations of a release grouped."""

import json

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
        # a name the model ran into the word before it joins the person by its last two words
        ("person", [("uk/a.txt", "uk", "Тереза Мей", []), ("uk/b.txt", "uk", "Великобританії Тереза Мей", [])],
         "name"),
        # an inflected form of a CLDR name, and the union's initials in the language of the release
        ("organization", [("pl/a.txt", "pl", "Unii Europejskiej", []), ("pl/b.txt", "pl", "UE", []),
                          ("ru/c.txt", "ru", "ЕС", []), ("en/d.txt", "en", "European Union", [])], "territory"),
        ("location", [("pl/a.txt", "pl", "Stanach Zjednoczonych", []), ("en/b.txt", "en", "United States", [])],
         "territory"),
        # ISO official names as pycountry translates them, and their initials
        ("location", [("ru/a.txt", "ru", "США", []), ("ru/b.txt", "ru", "Соединенные Штаты", []),
                      ("bg/c.txt", "bg", "САЩ", [])], "territory"),
        ("location", [("ru/a.txt", "ru", "ФРГ", []), ("ru/b.txt", "ru", "Германии", []),
                      ("pl/c.txt", "pl", "Republika Federalna Niemiec", [])], "territory"),
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
        # a mention or alias the release's entity took in by mistake joins nothing
        ("organization", [("ru/a.txt", "ru", "Европейский союз", ["Brexit"]), ("pl/b.txt", "pl", "Brexit", [])]),
        # words that start alike but are not case forms of one another
        ("location", [("pl/a.txt", "pl", "Europa"), ("pl/b.txt", "pl", "Europoseł")]),
        ("location", [("pl/a.txt", "pl", "Walencja"), ("pl/b.txt", "pl", "Wales")]),
        ("organization", [("pl/a.txt", "pl", "Unia"), ("pl/b.txt", "pl", "Uniper")]),
        # Cyrillic and Latin names alike only in some letters
        ("location", [("bg/a.txt", "bg", "Белия"), ("sl/b.txt", "sl", "Belgija")]),
        # two letters are not enough to name a country: "RU" is Russia's code, not Royaume-Uni
        ("location", [("fr/a.txt", "fr", "RU"), ("fr/b.txt", "fr", "Royaume-Uni")]),
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
    releases = [release(path, lang, [(kind, name, *aliases)]) for path, lang, name, *aliases in members]
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


def test_linking_run_writes_the_index_and_translations(tmp_path):
    """`run` writes entities.jsonl and translations.jsonl; `releasepipe entities` prints them."""
    import json

    from click.testing import CliRunner

    from releasepipe.cli import main
    from releasepipe.pipeline import load_pipeline
    from releasepipe.runner import RunSettings, run

    inbox = tmp_path / "in"
    versions = {
        "en/rabat.txt": "Press release\n\nFamilies return home\n\nRABAT, 12 March 2024 – The International "
                        "Organization for Migration (IOM) helped 1,250 families return from Morocco, said Karim "
                        "Benali, IOM chief of mission. Release 2.4 of the guide is online.",
        "fr/rabat.txt": "Communiqué de presse\n\nDes familles rentrent chez elles\n\nRABAT, 12 mars 2024 – "
                        "L'Organisation internationale pour les migrations (OIM, IOM en anglais) a aidé 1 250 "
                        "familles à rentrer du Maroc, a déclaré Karim Benali, chef de mission de l'OIM. La version "
                        "2.4 du guide est en ligne.",
    }
    for path, text in versions.items():
        (inbox / path).parent.mkdir(parents=True, exist_ok=True)
        (inbox / path).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run([inbox], out, config=load_pipeline("fast"), settings=RunSettings(jobs=1, docx=False))
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    by_name = {e["name"]: e for e in entities}
    person = next(e for e in entities if e["type"] == "person" and "Karim Benali" in e["name"])
    assert {m["path"] for m in person["releases"]} == set(versions)
    country = next(e for e in entities if e["type"] == "location" and {"Morocco", "Maroc"} <= {n["name"] for n in
                                                                                               e["names"]})
    assert "territory" in {j["why"] for j in country["joins"]}
    assert by_name  # every line is one entity
    groups = [json.loads(line) for line in (out / "translations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["releases"] for g in groups] == [sorted(versions)] and groups[0]["languages"] == ["en", "fr"]
    shown = CliRunner().invoke(main, ["entities", str(out), "--type", "location", "--min-releases", "2"])
    assert shown.exit_code == 0 and "Maroc" in shown.output and "territory" in shown.output
    assert "Karim Benali" not in shown.output


def test_linking_foreign_index_file_is_never_overwritten(tmp_path):
    from releasepipe.errors import OutputError
    from releasepipe.pipeline import load_pipeline
    from releasepipe.runner import RunSettings, run

    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Press release\n\nA title\n\nOSLO, 3 May 2024 – The ferry sails.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "entities.jsonl").write_text("my own notes\n", encoding="utf-8")
    with pytest.raises(OutputError) as caught:
        run([inbox], out, config=load_pipeline("fast"), settings=RunSettings(jobs=1, docx=False))
    assert caught.value.code.value == "RP405"
    assert (out / "entities.jsonl").read_text(encoding="utf-8") == "my own notes\n"


def test_linking_same_index_whatever_the_hash_seed(tmp_path):
    """Sets iterate in a per-process order: the index and the groups must not depend on it."""
    import json
    import os
    import subprocess
    import sys

    releases = [
        _announcement("en/relay.txt", "en", "Relay"), _announcement("fr/relay.txt", "fr", "Relay"),
        release("ru/a.txt", "ru", [("person", "Дональд Трамп"), ("location", "Германии")]),
        release("pl/b.txt", "pl", [("person", "Donald Trump"), ("location", "Niemcy"), ("person", "Donalda Trumpa")]),
        release("de/c.txt", "de", [("location", "Deutschland"), ("organization", "Europäische Union", ["EU"])]),
    ]
    data = tmp_path / "releases.json"
    data.write_text(json.dumps(releases), encoding="utf-8")
    code = ("import json, sys; from releasepipe import linking; r = json.load(open(sys.argv[1]));"
            "e = linking.index(r); print(json.dumps([x.to_dict() for x in e] +"
            " [g.to_dict() for g in linking.translations(r, e)]))")
    outputs = {subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(outputs) == 1


def test_linking_index_lines_read_back():
    releases = [release("fr/a.txt", "fr", [("organization", "Organisation internationale pour les migrations", ["OIM"])]),
                release("en/b.txt", "en", [("organization", "OIM", [])])]
    for item in (*linking.index(releases), *linking.translations(releases)):
        again = type(item).from_dict(json.loads(json.dumps(item.to_dict())))
        assert again.to_dict() == item.to_dict()


def test_linking_inputs_key_follows_what_the_index_reads():
    one = release("fr/a.txt", "fr", [("organization", "OIM", [])])
    base = linking.inputs_key([one])
    assert linking.inputs_key([{**one, "title": "Another title"}]) == base  # not read by the index
    assert linking.inputs_key([release("fr/a.txt", "fr", [("organization", "IOM", [])])]) != base
    assert linking.inputs_key([{**one, "text": "Version 3.1 is out."}]) != base  # a code a translation copies
