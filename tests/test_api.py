"""The whole-release API: text in, typed release out, models loaded once."""

import json
import warnings
from pathlib import Path

import pytest

import releasepipe
from releasepipe.errors import InputError
from releasepipe.model import Release

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

TEXTS = [
    ("fr", "Communiqué de presse\n\nDes abris pour les sinistrés\n\nDAKAR, 4 juin 2024 – Trois abris ont ouvert "
           "pour 1 200 familles, a déclaré Awa Diop, directrice du programme.", "Dakar", "Awa Diop"),
    ("en", "Press release\n\nShelters open for flood victims\n\nDHAKA, 4 June 2024 – Three shelters opened for "
           "1,200 families, said Rahim Chowdhury, the programme's director.", "Dhaka", "Rahim Chowdhury"),
    ("es", "Comunicado de prensa\n\nRefugios para los damnificados\n\nLIMA, 4 de junio de 2024 – Tres refugios "
           "abrieron para 1.200 familias, dijo Lucía Gómez, directora del programa.", "Lima", "Lucía Gómez"),
    ("de", "Pressemitteilung\n\nNotunterkünfte für Flutopfer\n\nBERLIN, 4. Juni 2024 – Drei Notunterkünfte "
           "öffneten für 1.200 Familien, sagte Anna Schmidt, die Leiterin des Programms.", "Berlin", "Anna Schmidt"),
]


@pytest.fixture(scope="module")
def nlp():
    return releasepipe.load("fast")


@pytest.mark.parametrize("lang,text,place,person", TEXTS, ids=[t[0] for t in TEXTS])
def test_api_process_text_gives_a_typed_release(nlp, lang, text, place, person):
    release = nlp.process_text(text, name=f"{lang}/shelters.txt")
    assert isinstance(release, Release)
    assert release.language.code == lang
    assert release.dateline.place == place and release.dateline.date == "2024-06-04"
    assert person in [e.name for e in release.entities if e.type == "person"]
    assert any(f.value == 1200 for f in release.figures)
    assert release.source.path == f"{lang}/shelters.txt"
    assert json.loads(release.to_json())["schema_version"] == releasepipe.model.SCHEMA_VERSION


def test_api_options_per_text(nlp):
    text = "Nuevas cifras\n\nEl lunes se abrieron tres refugios para 300 personas."
    release = nlp.process_text(text, lang="es", reference_date="2024-06-05")
    assert release.language.code == "es"
    assert any(d.value == "2024-06-03" for d in release.dates)  # the Monday before the reference date


def test_api_pipe_in_input_order_same_as_one_by_one(nlp):
    paths = sorted(SAMPLES.rglob("*.txt"))[:3]
    items = [t for _, t, _, _ in TEXTS] + paths
    piped = list(nlp.pipe(items, batch_size=2))
    assert [r.source.path for r in piped][-3:] == [p.name for p in paths]
    one = [nlp.process_text(t, name=f"text-{k}.txt") for k, (_, t, _, _) in enumerate(TEXTS)]
    one += [nlp.process_path(p) for p in paths]
    assert [r.to_json() for r in piped] == [r.to_json() for r in one]
    assert [r.to_json() for r in nlp.pipe(items, jobs=2)] == [r.to_json() for r in one]


def test_api_pipe_raises_the_failing_input(nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError) as caught:
        list(nlp.pipe([TEXTS[0][1], empty]))
    assert caught.value.code.value == "RP102" or "empty" in str(caught.value)


def test_api_release_round_trips_through_its_json(nlp):
    for path in sorted(SAMPLES.rglob("*.*"))[:6]:
        release = nlp.process_path(path)
        text = release.to_json()
        assert Release.from_dict(json.loads(text)).to_json() == text


def test_api_module_level_names_are_listed_and_dict_access_is_deprecated():
    names = dir(releasepipe)
    assert {"load", "Pipeline", "process_text", "process_path", "Release", "index_entities"} <= set(names)
    assert not {"Any", "import_module"} & set(names)
    release = releasepipe.process_text("Press release\n\nFerry resumes\n\nOSLO, 3 May 2024 – The ferry sails again.")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert release["dateline"]["place"] == release.dateline.place == "Oslo"
    assert caught and caught[0].category is DeprecationWarning
