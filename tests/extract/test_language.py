"""Tests for releasepipe.extract.language: codes, und, forced, segments, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from langdetect import DetectorFactory

from releasepipe.errors import Code, ConfigError
from releasepipe.extract import language
from releasepipe.extract.language import detect
from releasepipe.model import Candidate, LanguageInfo, Segment

SRC = Path(__file__).resolve().parents[2] / "src"

RELEASE_SENTENCES = [
    ("fr", "Le ministère de la Santé a annoncé mardi le lancement d’une campagne nationale de vaccination dans les écoles primaires."),
    ("fr", "L’entreprise prévoit de recruter 250 personnes d’ici la fin de l’année sur son site de production de Lyon."),
    ("fr", "Les inscriptions sont ouvertes jusqu’au 15 mars sur le site de la mairie et dans les centres sociaux."),
    ("fr", "Paris, le 3 février 2025 – La fondation publie aujourd’hui son rapport annuel sur l’accès à l’eau potable en Afrique de l’Ouest."),
    ("en", "The foundation today announced a new grant programme to support community health workers in rural districts."),
    ("en", "Shares of the company rose 4% after it reported higher than expected quarterly revenue and raised its forecast."),
    ("en", "Registration for the conference closes on 30 April; journalists should request accreditation in advance."),
    ("en", "GENEVA, 14 October 2024 – More than 3,200 migrants have returned home safely this year under the voluntary return programme."),
    ("es", "El Ayuntamiento ha presentado hoy el nuevo plan de movilidad urbana, que entrará en vigor el próximo mes de septiembre."),
    ("es", "La organización distribuyó más de 3.000 kits de higiene entre las familias afectadas por las inundaciones."),
    ("es", "Madrid, 12 de mayo de 2025. La empresa ha cerrado el ejercicio con un beneficio neto de 45 millones de euros."),
    ("de", "Das Unternehmen hat heute die Eröffnung seines neuen Logistikzentrums in der Nähe von Leipzig bekannt gegeben."),
    ("de", "Die Stadtverwaltung bittet alle Anwohnerinnen und Anwohner, die Straßensperrungen am Wochenende zu beachten."),
    ("de", "Berlin, 5. Juni 2025 – Der Verband fordert mehr Investitionen in die Ausbildung von Pflegekräften."),
    ("it", "Il comune ha inaugurato oggi la nuova biblioteca nel centro storico, aperta al pubblico dal lunedì al sabato."),
    ("it", "La società ha chiuso il primo semestre con ricavi in crescita del 12 per cento rispetto allo scorso anno."),
    ("pt", "A empresa anunciou hoje a abertura de uma nova fábrica no norte do país, que vai criar cerca de 400 postos de trabalho."),
    ("pt", "O governo lançou uma campanha de sensibilização para a reciclagem de embalagens nas escolas secundárias."),
    ("nl", "De gemeente heeft vandaag een nieuw plan gepresenteerd om het aantal fietsenstallingen rond het station te verdubbelen."),
    ("nl", "Het bedrijf verwacht dit jaar ongeveer honderd nieuwe medewerkers aan te nemen voor zijn vestiging in Utrecht."),
]

FR_EN_FR_RELEASE = """Communiqué de presse

Paris, le 12 mars 2025 – L’association Horizons Solidaires lance aujourd’hui un appel aux dons pour financer la reconstruction de trois écoles détruites par le cyclone dans le sud de Madagascar.

« Chaque don compte : avec 20 euros, nous équipons un élève pour toute l’année scolaire », explique sa présidente, Claire Dubois.

The association will also host an online briefing for its international partners on 20 March, in English, to present the reconstruction plan and its budget.

Les dons peuvent être faits en ligne sur le site de l’association ou par chèque, et ouvrent droit à une réduction d’impôt de 66 %.

###

Contact presse : Julie Martin
+33 1 23 45 67 89
presse@horizons-solidaires.example
"""

ENGLISH_PARAGRAPH = FR_EN_FR_RELEASE.split("\n\n")[3]

FR_RELEASE_WITH_SHORT_LINES = """COMMUNIQUÉ DE PRESSE

Lyon, le 2 avril 2025

La métropole ouvre cet été deux nouvelles piscines en plein air, accessibles gratuitement aux enfants de moins de douze ans.

Les travaux, d’un montant de 8 millions d’euros, ont été financés en partie par la région et par l’État.

###

Contacts
Julie Martin
04 72 00 00 00
https://www.example.org/presse
"""

BORDERLINE_TEXTS = ["centro cultural municipal", "material escolar gratuito", "programa regional"]


def assert_covering(info: LanguageInfo, text: str) -> None:
    segments = info.segments
    assert segments, "a non-empty text has at least one segment"
    assert segments[0].start == 0
    assert segments[-1].end == len(text)
    for before, after in zip(segments, segments[1:]):
        assert before.end == after.start
        assert before.code != after.code, "adjacent runs of one language are merged"
    assert all(s.start < s.end for s in segments)


@pytest.mark.parametrize(("code", "text"), RELEASE_SENTENCES)
def test_language_detects_release_sentences(code: str, text: str) -> None:
    info = detect(text)
    assert info.code == code
    assert info.confidence >= 0.5
    assert info.candidates[0] == Candidate(code, info.confidence)
    assert info.segments == [Segment(0, len(text), code)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345",
        "###",
        "OK",
        "   \n\n  ",
        "+33 1 23 45 67 89",
        "presse@example.org https://example.org/presse",
        "— * —",
    ],
)
def test_language_und_when_too_short(text: str) -> None:
    info = detect(text)
    assert info.code == "und"
    assert info.confidence == 0.0
    assert info.candidates == []
    if text:
        assert info.segments == [Segment(0, len(text), "und")]
    else:
        assert info.segments == []


def test_language_und_when_unclear() -> None:
    info = detect("centro cultural municipal", min_confidence=0.99)
    assert info.code == "und"
    assert info.confidence == 0.0
    assert info.candidates, "an unclear text still lists what was seen"


def test_language_min_chars() -> None:
    text = "Nouvelle campagne"
    assert detect(text, min_chars=100).code == "und"
    assert detect(text, min_chars=5).code != "und"


def test_language_ignores_urls_emails_and_digits() -> None:
    text = (
        "Retrouvez le programme complet sur https://www.example.com/fr/agenda/2025 "
        "ou écrivez à contact.presse@example.com avant le 15/04/2025 : "
        "les places pour la journée portes ouvertes sont limitées."
    )
    assert detect(text).code == "fr"


def test_language_candidates_are_ranked_and_rounded() -> None:
    info = detect("material escolar gratuito")
    probabilities = [c.probability for c in info.candidates]
    assert 1 <= len(probabilities) <= 3
    assert probabilities == sorted(probabilities, reverse=True)
    assert all(0.05 <= p <= 1.0 and round(p, 4) == p for p in probabilities)
    assert len({c.code for c in info.candidates}) == len(info.candidates)


def test_language_forced() -> None:
    text = "Ein kurzer Text, der eigentlich Französisch sein soll.\n\n###"
    info = detect(text, forced="de")
    assert info == LanguageInfo("de", 1.0, [Candidate("de", 1.0)], [Segment(0, len(text), "de")])
    whole = [Segment(0, len(FR_EN_FR_RELEASE), "de")]
    assert detect(FR_EN_FR_RELEASE, forced=" DE ").segments == whole
    assert detect("", forced="de").segments == []


def test_language_forced_must_be_a_code() -> None:
    with pytest.raises(ConfigError) as raised:
        detect("Bonjour à toutes et à tous.", forced="French!")
    assert raised.value.code is Code.BAD_OPTION


def test_language_segments_fr_en_fr() -> None:
    info = detect(FR_EN_FR_RELEASE)
    assert info.code == "fr"
    assert [s.code for s in info.segments] == ["fr", "en", "fr"]
    english = info.segments[1]
    start = FR_EN_FR_RELEASE.index(ENGLISH_PARAGRAPH)
    assert english.start <= start and start + len(ENGLISH_PARAGRAPH) <= english.end
    assert "Claire Dubois" not in FR_EN_FR_RELEASE[english.start : english.end]
    assert "Les dons" not in FR_EN_FR_RELEASE[english.start : english.end]
    assert_covering(info, FR_EN_FR_RELEASE)


def test_language_segments_with_given_paragraphs() -> None:
    # One newline between paragraphs: only the given offsets tell them apart.
    text = FR_EN_FR_RELEASE.replace("\n\n", "\n")
    paragraphs = []
    start = 0
    for line in text.split("\n"):
        paragraphs.append((start, start + len(line)))
        start += len(line) + 1
    info = detect(text, paragraphs=paragraphs)
    assert [s.code for s in info.segments] == ["fr", "en", "fr"]
    assert text[info.segments[1].start : info.segments[1].end].strip() == ENGLISH_PARAGRAPH
    assert_covering(info, text)
    # Without offsets the whole text is one paragraph, hence one run.
    assert [s.code for s in detect(text).segments] == ["fr"]


def test_language_empty_paragraphs_split_on_blank_lines() -> None:
    assert detect(FR_EN_FR_RELEASE, paragraphs=[]) == detect(FR_EN_FR_RELEASE)


def test_language_short_paragraphs_inherit() -> None:
    info = detect(FR_RELEASE_WITH_SHORT_LINES)
    assert info.code == "fr"
    assert info.segments == [Segment(0, len(FR_RELEASE_WITH_SHORT_LINES), "fr")]


def test_language_short_paragraph_between_two_of_one_language() -> None:
    english = (
        "The ministry will publish the full list of selected projects on its website next week, "
        "together with the criteria used by the jury."
    )
    text = "\n\n".join([
        "Le ministère de la Culture a retenu cette année quarante projets de rénovation "
        "de salles de spectacle.",
        english,
        "Jane Smith, Head of Media",
        english.replace("next week", "on Monday"),
        "Les premières subventions seront versées dès le mois de juin aux communes "
        "concernées par ces projets.",
    ])
    info = detect(text)
    assert [s.code for s in info.segments] == ["fr", "en", "fr"]
    assert "Jane Smith" in text[info.segments[1].start : info.segments[1].end]


@pytest.mark.parametrize(
    "text",
    [
        FR_EN_FR_RELEASE,
        FR_RELEASE_WITH_SHORT_LINES,
        "\n\n\n  " + FR_EN_FR_RELEASE + "\n\n\n\n",
        "OK\n\n12345\n\n###",
        "Un seul paragraphe assez long pour être jugé sans la moindre hésitation.",
    ],
)
def test_language_segments_cover_text(text: str) -> None:
    assert_covering(detect(text), text)


def test_language_segments_cover_text_with_odd_paragraphs() -> None:
    text = FR_EN_FR_RELEASE
    # Unsorted, overlapping and out-of-range offsets are tolerated.
    paragraphs = [(500, 300), (40, 200), (0, 60), (len(text) - 10, len(text) + 50)]
    info = detect(text, paragraphs=paragraphs)
    assert_covering(info, text)


def test_language_is_deterministic_in_process() -> None:
    first = [detect(text) for text in BORDERLINE_TEXTS + [FR_EN_FR_RELEASE]]
    saved = DetectorFactory.seed
    try:
        DetectorFactory.seed = 12345  # another library's choice must not matter
        again = [detect(text) for text in BORDERLINE_TEXTS + [FR_EN_FR_RELEASE]]
    finally:
        DetectorFactory.seed = saved
    assert again == first
    assert [detect(text) for text in BORDERLINE_TEXTS] == first[: len(BORDERLINE_TEXTS)]


def test_language_is_deterministic_across_processes() -> None:
    script = (
        "import json, sys\n"
        "from dataclasses import asdict\n"
        "from releasepipe.extract.language import detect\n"
        "print(json.dumps([asdict(detect(t)) for t in json.loads(sys.argv[1])], sort_keys=True))\n"
    )
    texts = BORDERLINE_TEXTS + [FR_EN_FR_RELEASE]
    outputs = []
    for hash_seed in ("1", "2"):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
        env["PYTHONHASHSEED"] = hash_seed
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps(texts)],
            capture_output=True, text=True, env=env, check=True, timeout=120,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0] == [asdict(detect(text)) for text in texts]


@pytest.mark.parametrize("code", ["fr", "en", "es", "de"])
def test_language_long_document_sample_with_fewer_trials_agrees_with_seven(code: str) -> None:
    sample = " ".join(text for lang, text in RELEASE_SENTENCES if lang == code) * 2
    assert len(sample) >= language.LONG_SAMPLE_CHARS
    seven = language._probabilities(sample, language.DOCUMENT_SAMPLE_CHARS)
    fewer = language._probabilities(sample, language.DOCUMENT_SAMPLE_CHARS, trials=language.DOCUMENT_TRIALS)
    assert max(seven, key=seven.get) == max(fewer, key=fewer.get) == code
    assert fewer[code] == pytest.approx(seven[code], abs=1e-4)
    assert detect(sample).code == code


# Texts that take each path of langdetect's reading: runs of spaces, capitals
# (a word is skipped from its second consecutive capital on), URLs and e-mails
# (langdetect's own patterns), non-Latin scripts with Latin words mixed in,
# Vietnamese diacritics, a last word with no space after it.
DETECTOR_TEXTS = [
    *(text for _, text in RELEASE_SENTENCES),
    "COMMUNIQUÉ DE PRESSE  –  L'ONU et l'OIM   appellent à   la SOLIDARITÉ ; voir https://www.iom.int/fr?id=3 ou écrire à presse@iom.int",
    "Пресс-релиз: ООН и МОМ призывают к солидарности с мигрантами в Нигере (IOM, UNHCR).",
    "東京 – 国連は本日、新しい報告書を発表しました。IOM と UNHCR が協力します。",
    "Hà Nội, ngày 5 tháng 6 – Bộ Y tế công bố kế hoạch tiêm chủng mở rộng.",
    "Kraków, 3 czerwca – Urząd Miasta ogłosił nowy program wsparcia dla rodzin uchodźców z Ukrainy",
    "ABC DEF ghi JKLmno pQRs TUVw xyz à",
]


@pytest.mark.parametrize("text", DETECTOR_TEXTS)
@pytest.mark.parametrize(("languages", "trials", "prior"), [
    (None, None, None),
    (None, language.DOCUMENT_TRIALS, None),
    (language.PARAGRAPH_LANGUAGES | {"fr"}, None, {"fr": language.PARAGRAPH_PRIOR}),
])
def test_language_detector_reads_and_draws_as_langdetect_does(text, languages, trials, prior) -> None:
    # The faster detector must give langdetect's own probabilities, bit for bit.
    from langdetect.detector import Detector

    factory = language._get_factory(languages)
    results = []
    for detector_class in (Detector, language._Detector):
        detector = detector_class(factory)
        detector.seed = 0
        if trials is not None:
            detector.n_trial = trials
        detector.set_max_text_length(language.DOCUMENT_SAMPLE_CHARS)
        if prior:
            detector.set_prior_map(language._prior_map(detector.langlist, prior))
        detector.append(text)
        detector.get_probabilities()
        results.append((detector.text, detector.langprob))
    assert results[0] == results[1]


def test_language_detector_word_cache_gives_the_same_ngrams() -> None:
    from langdetect.detector import Detector

    factory = language._get_factory(None)
    text = "la la LA la. ÉTAT état Etat ÉTAT"
    for _ in range(2):  # the second pass reads every word from the cache
        ours, theirs = language._Detector(factory), Detector(factory)
        ours.append(text)
        theirs.append(text)
        assert ours._extract_ngrams() == theirs._extract_ngrams()
