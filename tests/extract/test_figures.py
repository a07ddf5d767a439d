"""Figures: numbers with their meaning, per language, without a spaCy model."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract, numbers

# (lang, sentence, expected figure text, value, unit, qualifier, kind)
FIGURES = [
    # French
    ("fr", "Au Niger, 3 200 migrants sont rentrés chez eux cette année.", "3 200 migrants", 3200, "migrants",
     None, "count"),
    ("fr", "L’Union européenne débloque 1,5 million d’euros pour les centres d’accueil.", "1,5 million d’euros",
     1500000, "EUR", None, "money"),
    ("fr", "Dans la région, près de 40 % des ménages manquent d’eau potable.", "près de 40 %", 40, "%", "about",
     "percent"),
    ("fr", "Le programme a formé plus de 12 000 enseignants depuis son lancement.", "plus de 12 000 enseignants",
     12000, "enseignants", "more_than", "count"),
    ("fr", "Les 27 États membres ont approuvé le texte.", "27 États membres", 27, "États membres", None, "count"),
    ("fr", "Trois ateliers réuniront les partenaires à Dakar.", "Trois ateliers", 3, "ateliers", None, "count"),
    ("fr", "Le camp accueille environ 2 500 réfugiés.", "environ 2 500 réfugiés", 2500, "réfugiés", "about", "count"),
    ("fr", "Elle travaille dans le secteur depuis plus de 10 ans.", "plus de 10 ans", 10, "ans", "more_than",
     "duration"),
    ("fr", "La récolte a atteint 4 500 tonnes de maïs.", "4 500 tonnes", 4500, "tonnes", None, "quantity"),
    ("fr", "Le budget s’élève à 2 milliards d’euros.", "2 milliards d’euros", 2000000000, "EUR", None, "money"),
    ("fr", "Le soutien est de 250 000 francs suisses.", "250 000 francs suisses", 250000, "CHF", None, "money"),
    ("fr", "La pétition a recueilli au moins 5 000 signatures.", "au moins 5 000 signatures", 5000, "signatures",
     "at_least", "count"),
    ("fr", "Le taux est passé à 12,5 pour cent en un an.", "12,5 pour cent", 12.5, "%", None, "percent"),
    # English
    ("en", "The agency convinced 1,125 public administrations to remove the adverts.",
     "1,125 public administrations", 1125, "public administrations", None, "count"),
    ("en", "The fund will provide USD 45 million in emergency aid.", "USD 45 million", 45000000, "USD", None,
     "money"),
    ("en", "The government pledged £1.1bn for the region.", "£1.1bn", 1100000000, "GBP", None, "money"),
    ("en", "The release contains 17 million lines of code.", "17 million lines of code", 17000000,
     "lines of code", None, "count"),
    ("en", "Unemployment fell by more than 10 per cent last year.", "more than 10 per cent", 10, "%", "more_than",
     "percent"),
    ("en", "Some 5 million people have fled the fighting.", "Some 5 million people", 5000000, "people", "about",
     "count"),
    ("en", "The project ran for 26 months.", "26 months", 26, "months", None, "duration"),
    ("en", "Fewer than 300 families remain in the village.", "Fewer than 300 families", 300, "families",
     "less_than", "count"),
    ("en", "Up to 2,000 volunteers are expected.", "Up to 2,000 volunteers", 2000, "volunteers", "at_most", "count"),
    ("en", "The new plant produces 40 MW of power.", "40 MW", 40, "MW", None, "quantity"),
    ("en", "The foundation received $2.5 million from donors.", "$2.5 million", 2500000, "USD", None, "money"),
    ("en", "Between 20 and 30 people attended each session.", "Between 20 and 30 people", 20, "people", None,
     "count"),
    ("en", "The coalition carried out 8,000 strikes.", "8,000 strikes", 8000, "strikes", None, "count"),
    # Spanish
    ("es", "El Gobierno destinará más de 45 millones de dólares a la reconstrucción.",
     "más de 45 millones de dólares", 45000000, "USD", "more_than", "money"),
    ("es", "La campaña llegó a 2.104 sitios webs públicos.", "2.104 sitios webs", 2104, "sitios webs", None,
     "count"),
    ("es", "Alrededor del 15 % de la población vive en zonas rurales.", "Alrededor del 15 %", 15, "%", "about",
     "percent"),
    ("es", "Unos 3.000 refugiados cruzaron la frontera.", "Unos 3.000 refugiados", 3000, "refugiados", "about",
     "count"),
    ("es", "El plan cuesta 2 mil millones de euros.", "2 mil millones de euros", 2000000000, "EUR", None, "money"),
    ("es", "La organización celebrará tres talleres en Lima.", "tres talleres", 3, "talleres", None, "count"),
    ("es", "La inflación subió un 3,5 por ciento.", "3,5 por ciento", 3.5, "%", None, "percent"),
    ("es", "Trabajó en la región durante 6 años.", "6 años", 6, "años", None, "duration"),
    # German
    ("de", "Rund 1.500 Menschen nahmen an der Kundgebung teil.", "Rund 1.500 Menschen", 1500, "Menschen", "about",
     "count"),
    ("de", "Das Land stellt 2,5 Mio. Euro bereit.", "2,5 Mio. Euro", 2500000, "EUR", None, "money"),
    ("de", "Mehr als 53 Prozent der Befragten stimmten zu.", "Mehr als 53 Prozent", 53, "%", "more_than",
     "percent"),
    ("de", "Die Kampagne überzeugte 1.125 öffentliche Verwaltungen.", "1.125 öffentliche Verwaltungen", 1125,
     "öffentliche Verwaltungen", None, "count"),
    ("de", "Das Paket umfasst 17 Millionen Codezeilen.", "17 Millionen Codezeilen", 17000000, "Codezeilen", None,
     "count"),
    ("de", "Die Schweiz zahlt 3 Milliarden Franken.", "3 Milliarden Franken", 3000000000, "CHF", None, "money"),
    ("de", "Bis zu 400 Helfer sind im Einsatz.", "Bis zu 400 Helfer", 400, "Helfer", "at_most", "count"),
    ("de", "Die Anlage erzeugt 12 Tonnen Kompost pro Woche.", "12 Tonnen", 12, "Tonnen", None, "quantity"),
    # Italian, Portuguese, Dutch
    ("it", "Oltre 1.125 amministrazioni hanno aderito.", "Oltre 1.125 amministrazioni", 1125, "amministrazioni",
     "more_than", "count"),
    ("it", "Il fondo vale circa 3 milioni di euro.", "circa 3 milioni di euro", 3000000, "EUR", "about", "money"),
    ("it", "La legge riguarda 27 stati membri.", "27 stati membri", 27, "stati membri", None, "count"),
    ("pt", "Mais de 3 milhões de pessoas foram afetadas.", "Mais de 3 milhões de pessoas", 3000000, "pessoas",
     "more_than", "count"),
    ("pt", "Cerca de 20 % das escolas fecharam.", "Cerca de 20 %", 20, "%", "about", "percent"),
    ("nl", "Meer dan 180 organisaties steunen de oproep.", "Meer dan 180 organisaties", 180, "organisaties",
     "more_than", "count"),
    ("nl", "De regering trekt 3 miljoen euro uit.", "3 miljoen euro", 3000000, "EUR", None, "money"),
    ("nl", "Ongeveer 40 procent van de huishoudens.", "Ongeveer 40 procent", 40, "%", "about", "percent"),
]


@pytest.mark.parametrize("lang,sentence,text,value,unit,qualifier,kind", FIGURES)
def test_figures_extract_value_unit_qualifier_kind(lang, sentence, text, value, unit, qualifier, kind):
    figs = extract(sentence, lang)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind) == (value, unit, qualifier, kind)
    assert sentence[f.start:f.end] == f.text


# (lang, sentence, text that must not be the start of any figure)
NOT_FIGURES = [
    ("fr", "La campagne a commencé en 2009 avec des bénévoles.", "2009"),
    ("en", "In 2015 the foundation opened an office in Berlin.", "2015"),
    ("fr", "Pour en savoir plus, appelez le +33 1 23 45 67 89 ou le 01 23 45 67 89.", "23 45"),
    ("en", "Media contact: +44 20 7946 0958 (office hours).", "7946"),
    ("fr", "L’article 3 du règlement s’applique aux 2e et 3e trimestres.", "3 du"),
    ("fr", "Elle a terminé 2e de la course.", "2e"),
    ("en", "The 21st summit of the alliance took place in Madrid.", "21st"),
    ("en", "Section 4 of the agreement covers data protection.", "4 of"),
    ("de", "Der Verein belegte den 3. Platz beim Wettbewerb.", "3. Platz"),
    ("de", "Gemäß Artikel 5 der Verordnung gilt eine Frist.", "5 der"),
    ("en", "1. Register online before the deadline.", "1."),
    ("en", "The Debian 9 release ships with new drivers.", "9 release"),
    ("en", "The meeting starts at 9:30 in room B.", "9:30"),
    ("fr", "La conférence aura lieu le 12 mars 2024 à Genève.", "12 mars"),
    ("en", "A man was arrested near the station.", "A man"),
    ("fr", "Un homme a été arrêté près de la gare.", "Un homme"),
    ("de", "Die Veröffentlichung erfolgte unter der CC BY-SA 4.0 Lizenz.", "4.0"),
]


@pytest.mark.parametrize("lang,sentence,text,value,end_value,unit", [
    ("fr", "Entre 20 et 30 % des ménages n’ont plus accès à l’eau potable.", "Entre 20 et 30 %", 20, 30, "%"),
    ("fr", "Le projet coûtera de 1,5 à 2 millions d’euros.", "de 1,5 à 2 millions d’euros", 1_500_000, 2_000_000,
     "EUR"),
    ("en", "Between 20 and 30 million people need food aid this year.", "Between 20 and 30 million people",
     20_000_000, 30_000_000, "people"),
    ("es", "Entre 300 y 400 familias recibirán kits de higiene.", "Entre 300 y 400 familias", 300, 400, "familias"),
    ("fr", "Au Niger, 3 200 migrants sont rentrés chez eux.", "3 200 migrants", 3200, None, "migrants"),
])
def test_figures_extract_range_has_both_bounds(lang, sentence, text, value, end_value, unit):
    [figure] = extract(sentence, lang)
    assert (figure.text, figure.value, figure.end_value, figure.unit) == (text, value, end_value, unit)


@pytest.mark.parametrize("lang,sentence,fragment", NOT_FIGURES)
def test_figures_extract_skips_years_phones_ordinals_labels(lang, sentence, fragment):
    figs = extract(sentence, lang)
    assert not [f for f in figs if f.text.startswith(fragment) or f.text.endswith(fragment)], figs


def test_figures_extract_respects_exclude():
    sentence = "More than 300 delegates met on 14 October 2024 in Geneva."
    start = sentence.index("300")
    assert extract(sentence, "en")
    assert extract(sentence, "en", exclude=[(start, start + 3)]) == []


def test_figures_extract_offsets_are_exact_with_nbsp():
    sentence = "Le projet a aidé 3\u00a0200\u202fpersonnes et 1\u202f125 administrations."
    figs = extract(sentence, "fr")
    assert [f.value for f in figs] == [3200, 1125]
    assert all(sentence[f.start:f.end] == f.text for f in figs)


@pytest.mark.parametrize("lang,text,value", [
    ("de", "1.500", 1500), ("en", "1,500", 1500), ("en", "1.5", 1.5), ("de", "1,5", 1.5),
    ("fr", "1 234 567,89", 1234567.89), ("es", "2.104", 2104), ("fr", "vingt-deux", 22),
    ("en", "twenty-two", 22), ("de", "zweiundzwanzig", 22), ("es", "veintidós", 22), ("it", "ventidue", 22),
    ("nl", "tweeëntwintig", 22), ("pt", "vinte e duas", 22), ("en", "-4", -4), ("en", "3/4", 0.75),
    ("en", "2 1/4", 2.25), ("fr", "½", 0.5), ("en", "3 dozen", 36),
])
def test_figures_numbers_locale_values(lang, text, value):
    found = numbers(text, lang)
    assert [n.value for n in found] == [value]
    assert (found[0].start, found[0].end) == (0, len(text))


# text2num reads only the words around a number word: numbers deep in a long text, two
# numbers a few words apart, and a number whose joining words are no numbers alone.
_FILLER = "Le comité a présenté son rapport annuel devant les partenaires réunis à Niamey. " * 12


@pytest.mark.parametrize("lang,sentence,expected", [
    ("fr", _FILLER + "Au total, trois cent vingt-cinq familles ont reçu des vivres.", [("trois cent vingt-cinq", 325)]),
    ("fr", _FILLER + "Il reste deux écoles et, plus loin, quatre dispensaires.", [("deux", 2), ("quatre", 4)]),
    ("en", "The survey " * 40 + "counted one hundred and five shelters and two hundred tents.",
     [("one hundred and five", 105), ("two hundred", 200)]),
    ("es", "El informe " * 40 + "menciona mil quinientos veintitres boletos.", [("mil quinientos veintitres", 1523)]),
])
def test_figures_numbers_in_words_anywhere_in_a_long_text(lang, sentence, expected):
    found = [(sentence[n.start:n.end], n.value) for n in numbers(sentence, lang) if n.words]
    assert found == expected


# Numerals made of several parts: fractions in words, mixed numbers, ratios, scales after words.
@pytest.mark.parametrize("lang,sentence,text,value", [
    ("en", "Nearly three quarters of the respondents agreed.", "three quarters", 0.75),
    ("en", "Two-thirds of the members voted in favour.", "Two-thirds", 0.666667),
    ("en", "The levy was cut by a fifth of its former level.", "a fifth", 0.2),
    ("en", "The works took two and a half years.", "two and a half", 2.5),
    ("en", "Around one in three adults has no bank account.", "one in three", 0.333333),
    ("en", "Only 1 in 5 children finish primary school there.", "1 in 5", 0.2),
    ("en", "The city planted half a million trees.", "half a million", 500000),
    ("en", "The country owes one trillion dollars.", "one trillion", 1000000000000),
    ("en", "The index rose to 4 thousand 3 hundred and 21 points.", "4 thousand 3 hundred and 21", 4321),
    ("en", "The grant covers 13 lakh households.", "13 lakh", 1300000),
    ("fr", "Les deux tiers des communes sont concernées.", "deux tiers", 0.666667),
    ("fr", "Un quart du budget va à la santé.", "Un quart", 0.25),
    ("fr", "Un enfant sur trois n’est pas scolarisé ; 1 sur 3 selon l’enquête.", "1 sur 3", 0.333333),
    ("fr", "Le chantier a coûté 3 millions et demi.", "3 millions et demi", 3500000),
    ("fr", "Elle a vendu un million et demi d’exemplaires.", "un million et demi", 1500000),
    ("es", "Dos tercios de los hogares tienen agua.", "Dos tercios", 0.666667),
    ("es", "Uno de cada tres jóvenes busca empleo.", "Uno de cada tres", 0.333333),
    ("es", "La obra duró cinco y medio meses.", "cinco y medio", 5.5),
    ("es", "La deuda llega a tres billones de pesos.", "tres billones", 3000000000000),
    ("es", "Se vendieron mil quinientos veintitres boletos.", "mil quinientos veintitres", 1523),
    ("de", "Zwei Drittel der Befragten stimmten zu.", "Zwei Drittel", 0.666667),
    ("de", "Das Projekt kostet dreieinhalb Millionen.", "dreieinhalb Millionen", 3500000),
    ("de", "Eine halbe Million Menschen kamen.", "Eine halbe Million", 500000),
    ("de", "Die Zahl liegt bei fünf und drei Viertel Milliarden.", "fünf und drei Viertel Milliarden", 5750000000),
    ("en", "Over the last 2 quarters sales grew.", "2", 2),  # periods after digits, not halves
    ("en", "The value was 1.3e6 units, or 6.23x10^-4 per person.", "1.3e6", 1300000),
])
def test_figures_numbers_composite_values(lang, sentence, text, value):
    found = [n for n in numbers(sentence, lang) if sentence[n.start:n.end] == text]
    assert found, [(sentence[n.start:n.end], n.value) for n in numbers(sentence, lang)]
    assert found[0].value == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize("lang,sentence,fragment", [
    ("en", "One in five children is out of school.", "five children"),
    ("en", "Only 1 in 5 children finish primary school there.", "5 children"),
    ("fr", "Un enfant sur trois, soit 1 sur 3 élèves, n’a pas de livre.", "3 élèves"),
    ("es", "Uno de cada tres jóvenes busca empleo.", "tres jóvenes"),
    ("en", "We tried a dozen different ways to reach them.", "a dozen"),
    ("en", "Call +1 212 555 0100 for the second half of the programme.", "half"),
    ("en", "A third party will audit the accounts.", "A third"),
    ("en", "The exponent 1.1^23 is not a figure.", "1.1^23"),
])
def test_figures_extract_skips_ratios_fractions_and_round_words(lang, sentence, fragment):
    figs = extract(sentence, lang)
    assert not [f for f in figs if fragment in f.text], figs


@pytest.mark.parametrize("lang,sentence,text,value,unit,kind", [
    ("en", "The bank lent two and a half million euros to farmers.", "two and a half million euros", 2500000,
     "EUR", "money"),
    ("fr", "L’État versera un million et demi d’euros.", "un million et demi d’euros", 1500000, "EUR", "money"),
    ("de", "Die Stadt investiert dreieinhalb Millionen Euro.", "dreieinhalb Millionen Euro", 3500000, "EUR", "money"),
])
def test_figures_extract_mixed_numbers_in_words(lang, sentence, text, value, unit, kind):
    figs = [f for f in extract(sentence, lang) if f.text == text]
    assert figs, extract(sentence, lang)
    assert (figs[0].value, figs[0].unit, figs[0].kind) == (value, unit, kind)


# A numerator and a plural ordinal that text2num reads as one ordinal, and scale ordinals as denominators.
@pytest.mark.parametrize("lang,sentence,text,value", [
    ("en", "The answer is twenty fifths.", "twenty fifths", 4),
    ("en", "Write one hundred thirty fifths as a decimal.", "one hundred thirty fifths", 100 / 35),
    ("en", "Write one hundred and thirty fifths as a decimal.", "one hundred and thirty fifths", 26),
    ("en", "Write one hundred thirty-fifths as a decimal.", "one hundred thirty-fifths", 100 / 35),
    ("en", "The gap is three hundredths of a second.", "three hundredths", 0.03),
    ("en", "The error is a trillionth of the total.", "a trillionth", 1e-12),
])
def test_figures_numbers_plural_ordinal_fractions(lang, sentence, text, value):
    found = [n for n in numbers(sentence, lang) if sentence[n.start:n.end] == text]
    assert found, [(sentence[n.start:n.end], n.value) for n in numbers(sentence, lang)]
    assert found[0].value == pytest.approx(value, rel=1e-6)
    assert found[0].form == "fraction"


@pytest.mark.parametrize("lang,sentence,text,value", [
    ("en", "She finished twenty-first in the race.", "twenty-first", 21),  # a singular ordinal stays one
    ("en", "The twenty fifth of May was sunny.", "twenty fifth", 25),
    ("en", "The museum welcomed its millionth visitor.", "millionth", 1000000),
])
def test_figures_numbers_ordinals_not_fractions(lang, sentence, text, value):
    found = [n for n in numbers(sentence, lang) if sentence[n.start:n.end] == text]
    assert found, [(sentence[n.start:n.end], n.value) for n in numbers(sentence, lang)]
    assert found[0].value == value and found[0].form != "fraction"


# A language without a pack (the xx fallback) reads digits, symbols and ISO codes, and says so (RP215).
def test_figures_language_without_words_reads_symbols_and_warns():
    issues: list = []
    figs = extract("Budjetti on 5 miljoonaa euroa, eli € 12 ja USD 40 asukasta kohden, 15 %.", "fi", issues=issues)
    assert [(f.text, f.value, f.unit, f.kind) for f in figs] == [
        ("€ 12", 12, "EUR", "money"), ("USD 40", 40, "USD", "money"), ("15 %", 15, "%", "percent")]
    assert [i.code for i in issues] == ["RP215"]


def test_figures_language_with_words_does_not_warn():
    issues: list = []
    extract("Le budget atteint 5 millions d'euros.", "fr", issues=issues)
    assert issues == []


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Il reste un DEMİ litre pour 300 familles."),   # "İ" lowers to two characters
    ("en", "A THİRD of the 300 families left."),
])
def test_figures_a_letter_that_lowers_to_two_characters_breaks_nothing(lang, sentence):
    assert 300 in [f.value for f in extract(sentence, lang)]  # the rest is still read
