"""Dates: every date expression to ISO 8601, per language, with and without a reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import AMBIGUOUS_DAY_MONTH, extract

REF = dt.date(2024, 10, 14)  # a Monday

# (lang, sentence, expected text, value, end_value, kind, reference)
DATES = [
    # absolute dates
    ("fr", "La conférence aura lieu le 12 mars 2024 à Genève.", "12 mars 2024", "2024-03-12", None, "date", None),
    ("en", "The summit opens on 12 March 2024 in Nairobi.", "12 March 2024", "2024-03-12", None, "date", None),
    ("en", "The appeal was launched on March 25, 2015.", "March 25, 2015", "2015-03-25", None, "date", None),
    ("es", "El acuerdo se firmó el 12 de marzo de 2024.", "12 de marzo de 2024", "2024-03-12", None, "date", None),
    ("de", "Die Konferenz beginnt am 12. März 2024 in Bonn.", "12. März 2024", "2024-03-12", None, "date", None),
    ("it", "L’incontro si terrà il 12 marzo 2024 a Roma.", "12 marzo 2024", "2024-03-12", None, "date", None),
    ("pt", "O acordo foi assinado em 12 de março de 2024.", "12 de março de 2024", "2024-03-12", None, "date", None),
    ("nl", "De top vindt plaats op 12 maart 2024 in Den Haag.", "12 maart 2024", "2024-03-12", None, "date", None),
    ("en", "The report is dated 2024-03-12.", "2024-03-12", "2024-03-12", None, "date", None),
    ("de", "Anmeldeschluss ist der 12.03.2024.", "12.03.2024", "2024-03-12", None, "date", None),
    ("fr", "Le 1er janvier 2012, la loi est entrée en vigueur.", "1er janvier 2012", "2012-01-01", None, "date",
     None),
    ("fr", "Inscriptions avant le 21/03, dernier délai.", "21/03", "--03-21", None, "date", None),
    ("fr", "Inscriptions avant le 21/03, dernier délai.", "21/03", "2025-03-21", None, "date", REF),
    ("en", "The ceasefire began on 29 December.", "29 December", "--12-29", None, "date", None),
    # a month with no year and no reference date: relative, unresolved (the contract has no "--MM")
    ("fr", "Les travaux ont commencé en mars dans la région.", "mars", None, None, "relative", None),
    ("fr", "Les travaux ont commencé en mars dans la région.", "mars", "2025-03", None, "date", REF),
    ("es", "La campaña irá de enero a marzo.", "de enero a marzo", None, None, "relative", None),
    ("es", "El martes 12 de marzo de 2024 se votará la ley.", "martes 12 de marzo de 2024", "2024-03-12", None,
     "date", None),
    # ranges
    ("fr", "Le salon se tiendra du 14 au 16/10 à Niamey.", "du 14 au 16/10", "2024-10-14", "2024-10-16", "range",
     REF),
    ("fr", "Lundi et mardi (14 et 15/10), les bureaux seront fermés.", "Lundi et mardi (14 et 15/10)",
     "2024-10-14", "2024-10-15", "range", REF),
    ("fr", "Le festival a lieu du 20 au 22 mars 2025.", "du 20 au 22 mars 2025", "2025-03-20", "2025-03-22",
     "range", None),
    ("en", "The workshop runs 20-22 March 2025.", "20-22 March 2025", "2025-03-20", "2025-03-22", "range", None),
    ("es", "Del 20 al 22 de marzo de 2025 habrá talleres.", "Del 20 al 22 de marzo de 2025", "2025-03-20",
     "2025-03-22", "range", None),
    ("de", "Die Messe läuft vom 3. bis 5. Mai 2025.", "vom 3. bis 5. Mai 2025", "2025-05-03", "2025-05-05", "range",
     None),
    ("en", "The programme ran between 2015 and 2017.", "between 2015 and 2017", "2015", "2017", "range", None),
    # years and months
    ("fr", "L’association travaille au Sahel depuis 2015.", "depuis 2015", "2015", None, "date", None),
    ("en", "Since 2013, the foundation has campaigned for this.", "Since 2013", "2013", None, "date", None),
    ("fr", "Le code a été publié en mai 2014.", "mai 2014", "2014-05", None, "date", None),
    ("es", "Las obras empezaron en marzo de 2019.", "marzo de 2019", "2019-03", None, "date", None),
    ("de", "Seit 2015 gibt es das Programm.", "Seit 2015", "2015", None, "date", None),
    ("en", "Ahead of the 2019 parliament elections, the group met.", "2019", "2019", None, "date", None),
    ("de", "Anfang 2020 begann der Umbau.", "Anfang 2020", "2020", None, "date", None),
    ("en", "Talks resumed in February.", "February", "2025-02", None, "date", REF),
    # durations
    ("fr", "Elle dirige le centre depuis plus de 10 ans.", "10 ans", "P10Y", None, "duration", None),
    ("en", "The project lasted 26 months.", "26 months", "P26M", None, "duration", None),
    ("es", "Tras seis años de obras, el puente abrió.", "seis años", "P6Y", None, "duration", None),
    # relative
    ("fr", "Le ministre a annoncé hier un nouveau plan.", "hier", "2024-10-13", None, "relative", REF),
    ("fr", "Le ministre a annoncé hier un nouveau plan.", "hier", None, None, "relative", None),
    ("fr", "La réunion de mardi dernier a été reportée.", "mardi dernier", "2024-10-08", None, "relative", REF),
    ("en", "The board met last week to approve the budget.", "last week", "2024-10-07", "2024-10-13", "relative",
     REF),
    ("es", "La votación será el próximo lunes.", "el próximo lunes", "2024-10-21", None, "relative", REF),
    ("de", "Gestern wurde der Bericht vorgestellt.", "Gestern", "2024-10-13", None, "relative", REF),
    ("it", "Il rapporto è stato pubblicato ieri.", "ieri", "2024-10-13", None, "relative", REF),
    ("nl", "Het rapport verscheen vorige week.", "vorige week", "2024-10-07", "2024-10-13", "relative", REF),
    ("pt", "O relatório foi publicado ontem.", "ontem", "2024-10-13", None, "relative", REF),
    ("en", "The clinic opened 10 years ago.", "10 years ago", "2014", None, "relative", REF),
    ("fr", "Le camp a ouvert il y a 3 ans.", "il y a 3 ans", "2021", None, "relative", REF),
    ("fr", "De nouvelles mesures seront prises dans les prochains mois.", "dans les prochains mois", None, None,
     "relative", REF),
    ("en", "Prices rose over the last 3 months.", "last 3 months", "2024-07-14", "2024-10-14", "relative", REF),
]



def _assert_mention(lang, sentence, text, value, end_value, kind, reference):
    """``sentence`` has a mention written ``text`` with that value, end value and kind."""
    mentions, _ = extract(sentence, lang, reference=reference)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == hit[0].text

@pytest.mark.parametrize("lang,sentence,text,value,end_value,kind,reference", DATES)
def test_dates_extract_iso_values(lang, sentence, text, value, end_value, kind, reference):
    mentions, _ = extract(sentence, lang, reference=reference)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    m = hit[0]
    assert (m.value, m.end_value, m.kind) == (value, end_value, kind)
    assert sentence[m.start:m.end] == m.text


# (lang, sentence): no date may be found in these
NOT_DATES = [
    ("fr", "Il est venu en car avec trois collègues."),
    ("en", "They want to go to the market."),
    ("fr", "Le taux est de 1,5 et la part de 3,25 dans le total."),
    ("en", "The ratio was 12.5 and the index 3.25."),
    ("fr", "Appelez le +33 1 23 45 67 89 pour toute question."),
    ("de", "Telefon: +49 7 21/1 60 88-78"),
    ("en", "The team grew from 12 to 40 members."),
    ("fr", "La version 2.6.32 corrige le problème."),
    ("en", "Support is available 24/7 for all members."),
    ("en", "You may contact us by email."),
    ("fr", "Plus de 2000 personnes ont signé."),
]


@pytest.mark.parametrize("lang,sentence", NOT_DATES)
def test_dates_extract_no_false_positives(lang, sentence):
    mentions, _ = extract(sentence, lang)
    assert [m for m in mentions if m.kind != "duration"] == []


def test_dates_extract_ambiguous_day_month_warns():
    mentions, issues = extract("The deadline is 03/04/2024.", "en")
    assert mentions[0].value == "2024-03-04"
    assert [i.code for i in issues] == [AMBIGUOUS_DAY_MONTH]


def test_dates_extract_day_first_locale_does_not_warn():
    mentions, issues = extract("La date limite est le 03/04/2024.", "fr")
    assert mentions[0].value == "2024-04-03"
    assert issues == []


def test_dates_extract_never_invents_a_year():
    mentions, _ = extract("Le salon se tiendra du 14 au 16/10.", "fr")
    assert (mentions[0].value, mentions[0].end_value) == ("--10-14", "--10-16")


@pytest.mark.parametrize("lang, sentence, value", [
    ("fr", "DAKAR, 14 OCTOBRE 2024 – La réunion a eu lieu mardi.", "2024-10-14"),
    # "İ" is the one letter lower() lengthens: folded to "I" first, offsets stay right
    ("fr", "İSTANBUL, 14 octobre 2024 – La réunion a eu lieu mardi.", "2024-10-14"),
    ("en", "İzmir, March 3, 2025 — The port reopened.", "2025-03-03"),
])
def test_dates_extract_month_names_in_any_case(lang, sentence, value):
    mentions, _ = extract(sentence, lang)
    assert value in [m.value for m in mentions]


def test_dates_folded_text_keeps_its_length_when_lowercased():
    from releasepipe.extract.dates import _fold

    text = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert len(_fold(text).lower()) == len(text)


def test_dates_extract_unknown_language_still_reads_numeric_dates():
    mentions, _ = extract("Termin: 2024-03-12, 2019", "xx")
    assert [m.value for m in mentions] == ["2024-03-12", "2019"]


# Quarters, decades, numbered weeks and days written as words.
@pytest.mark.parametrize("lang,sentence,text,value,end_value,kind,reference", [
    ("en", "Revenue grew in Q3 2024 compared with a year earlier.", "Q3 2024", "2024-07", "2024-09", "range", None),
    ("en", "Deliveries resume in the first quarter of 2025.", "the first quarter of 2025", "2025-01", "2025-03",
     "range", None),
    ("en", "Sales fell last quarter.", "last quarter", "2024-07", "2024-09", "relative", REF),
    ("fr", "Les travaux débuteront au troisième trimestre 2025.", "troisième trimestre 2025", "2025-07", "2025-09",
     "range", None),
    ("fr", "Le chiffre d’affaires a reculé le trimestre dernier.", "trimestre dernier", "2024-07", "2024-09",
     "relative", REF),
    ("es", "La obra terminará en el primer trimestre de 2026.", "el primer trimestre de 2026", "2026-01", "2026-03",
     "range", None),
    ("de", "Die Zahlen für das dritte Quartal 2024 liegen vor.", "das dritte Quartal 2024", "2024-07", "2024-09",
     "range", None),
    ("en", "The movement grew in the 1990s.", "the 1990s", "1990", "1999", "range", None),
    ("fr", "Le quartier a été construit dans les années 1970.", "les années 1970", "1970", "1979", "range", None),
    ("de", "Das Gebäude stammt aus den 1960er Jahren.", "den 1960er Jahren", "1960", "1969", "range", None),
    ("en", "Registration opens in week 12 of 2025.", "week 12 of 2025", "2025-03-17", "2025-03-23", "range", None),
    ("de", "Die Lieferung folgt in KW 14.", "KW 14", "2024-04-01", "2024-04-07", "range", REF),
    ("en", "The summit opens on the twenty-first of March 2025.", "twenty-first of March 2025", "2025-03-21", None,
     "date", None),
    ("en", "Polls close May twenty nine.", "May twenty nine", "2024-05-29", None, "date", REF),
    ("fr", "La réunion aura lieu le vingt et un mars.", "vingt et un mars", "2025-03-21", None, "date", REF),
    ("de", "Wir treffen uns am zweiten Mai.", "zweiten Mai", "2024-05-02", None, "date", REF),
])
def test_dates_extract_quarters_decades_weeks_word_days(lang, sentence, text, value, end_value, kind, reference):
    _assert_mention(lang, sentence, text, value, end_value, kind, reference)


@pytest.mark.parametrize("lang,sentence", [
    ("en", "A quarter of the staff work from home."),
    ("en", "The first quarter-final is on the pitch."),
    ("en", "Week 3 of the campaign brought new donors."),  # no year, no reference: not a date
    ("en", "Call 020 7946 0958 to book a seat."),
    ("en", "Section 12 of the act sets the 1,990 limit."),
    ("fr", "Il est venu en car avec trois collègues."),
    ("en", "They want to go to the market in three cars."),
    ("en", "It may be done by one or two people."),
    # weekends, counts, ranges
    ("en", "Mix 1/3 to 1/2 of the flour first."),
    ("en", "Capacity grew from 3/4 to 7/8 of the target."),
    ("en", "The weekend edition sold out."),
    ("en", "Weekend shifts are paid more."),
    ("es", "Los grupos van de 3 a 5 personas."),
    ("de", "Peter und Paul kamen zu Besuch."),
    ("fr", "Il a parlé de la fête après la réunion."),
])
def test_dates_extract_new_patterns_no_false_positives(lang, sentence):
    mentions, _ = extract(sentence, lang)
    assert [m for m in mentions if m.kind != "duration"] == [], mentions


# Weekends, counting from a day, vague counts, halves, "within", "next Friday", month and numeric ranges
# without a year, the week of a day, movable holidays and days written as words before "de".
@pytest.mark.parametrize("lang,sentence,text,value,end_value,kind,reference", [
    ("es", "Volvió el diez de octubre de 2018 a su país.", "diez de octubre de 2018", "2018-10-10", None, "date",
     None),
    ("es", "Cierra el treinta y uno de enero.", "treinta y uno de enero", "2025-01-31", None, "date", REF),
    ("fr", "Le délai court jusqu’au 29/2.", "29/2", "2024-02-29", None, "date", dt.date(2025, 3, 1)),
    ("fr", "Les équipes resteront quelques semaines sur place.", "quelques semaines", "P3W", None, "duration", None),
    ("en", "The audit took a few days.", "few days", "P3D", None, "duration", None),
    ("es", "La reunión duró unas horas.", "unas horas", "PT3H", None, "duration", None),
    ("en", "Volunteers will gather this weekend.", "this weekend", "2024-10-19", "2024-10-20", "relative", REF),
    ("fr", "Le festival ouvre le week-end prochain.", "le week-end prochain", "2024-10-26", "2024-10-27",
     "relative", REF),
    ("de", "Am Wochenende bleibt das Büro geschlossen.", "Am Wochenende", "2024-10-19", "2024-10-20", "relative",
     REF),
    ("es", "El fin de semana pasado llovió.", "El fin de semana pasado", "2024-10-12", "2024-10-13", "relative",
     REF),
    ("en", "Results follow 3 days after 12 March 2025.", "3 days after 12 March 2025", "2025-03-15", None,
     "relative", None),
    ("en", "The permit was granted two weeks later.", "two weeks later", "2024-10-28", None, "relative", REF),
    ("es", "Abrirá dos días después de hoy.", "dos días después de hoy", "2024-10-16", None, "relative", REF),
    ("fr", "Le camp a fermé trois ans plus tard.", "trois ans plus tard", None, None, "relative", None),
    ("de", "Die Anlage läuft zwei Tage nach dem 3. Mai 2025 an.", "zwei Tage nach dem 3. Mai 2025", "2025-05-05",
     None, "relative", None),
    ("en", "The project lasted two and a half years.", "two and a half years", "P2.5Y", None, "duration", None),
    ("es", "La visita duró una hora y media.", "una hora y media", "PT1.5H", None, "duration", None),
    ("de", "Die Sitzung dauerte zweieinhalb Stunden.", "zweieinhalb Stunden", "PT2.5H", None, "duration", None),
    ("de", "Wir warteten eine Viertelstunde.", "eine Viertelstunde", "PT0.25H", None, "duration", None),
    ("fr", "La pause dure une demi-heure.", "une demi-heure", "PT0.5H", None, "duration", None),
    ("en", "The works end within 9 months.", "within 9 months", "2024-10-14", "2025-07-14", "relative", REF),
    ("es", "Llegará en dos semanas.", "en dos semanas", "2024-10-28", None, "relative", REF),
    ("en", "The vote is next Friday.", "next Friday", "2024-10-25", None, "relative", REF),
    ("en", "The vote was last Wednesday.", "last Wednesday", "2024-10-09", None, "relative", REF),
    ("en", "The vote is this coming Friday.", "coming Friday", "2024-10-18", None, "relative", REF),
    ("en", "We meet on tuesday.", "tuesday", "2024-10-15", None, "relative", REF),
    ("en", "Planting runs between August and October.", "between August and October", "2024-08", "2024-10",
     "range", REF),
    ("en", "The survey ran Nov-Feb 2017.", "Nov-Feb 2017", "2016-11", "2017-02", "range", None),
    ("es", "La campaña va de noviembre a febrero.", "de noviembre a febrero", "2024-11", "2025-02", "range", REF),
    ("en", "Offices are closed from 10/21 to 11/7.", "from 10/21 to 11/7", "2024-10-21", "2024-11-07", "range",
     REF),
    ("fr", "La période va du 10/1 au 11/2/2017.", "du 10/1 au 11/2/2017", "2017-01-10", "2017-02-11", "range",
     None),
    ("en", "It cost $12 December 27.", "December 27", "2024-12-27", None, "date", REF),
    ("en", "Slots are open the week of 12 March 2025.", "the week of 12 March 2025", "2025-03-10", "2025-03-16",
     "range", None),
    ("de", "Das Büro bleibt am Ostermontag 2025 zu.", "Ostermontag 2025", "2025-04-21", None, "date", None),
    ("en", "Shops close at Easter.", "Easter", "2025-04-20", None, "relative", REF),
    ("en", "Shops close at Easter.", "Easter", None, None, "relative", None),
    ("de", "Wir besuchen euch an Allerheiligen.", "Allerheiligen", "2024-11-01", None, "date", REF),
    ("de", "Das war vorletztes Jahr.", "vorletztes Jahr", "2022", None, "relative", REF),
])
def test_dates_extract_weekends_counts_ranges(lang, sentence, text, value, end_value, kind, reference):
    _assert_mention(lang, sentence, text, value, end_value, kind, reference)


@pytest.mark.parametrize("lang,sentence,text,value", [
    ("es", "Trabajó tres días después de la reunión.", "tres días", "P3D"),  # no day after "después de"
    ("en", "It took two years, later extended.", "two years", "P2Y"),  # "later" after a comma
])
def test_dates_extract_duration_not_counted_without_anchor(lang, sentence, text, value):
    mentions, _ = extract(sentence, lang, reference=REF)
    assert [(m.text, m.value, m.kind) for m in mentions] == [(text, value, "duration")]


_SPEC_LANGUAGES = {"English": "en", "French": "fr", "Spanish": "es", "German": "de", "Italian": "it",
                   "Portuguese": "pt", "Dutch": "nl"}


def test_dates_gates_only_skip_patterns_that_find_nothing(shared_corpus, monkeypatch) -> None:
    # Gates spare patterns a cheap scan shows cannot match; with every gate open,
    # the DateTime spec sentences of seven languages and the press releases give
    # the same dates.
    import dataclasses
    import json

    from releasepipe import lang
    from releasepipe.extract import dates

    cases: list[tuple[str, str]] = []
    for folder, code in _SPEC_LANGUAGES.items():
        for path in sorted((shared_corpus / "numbers-dates" / "recognizers-text" / folder / "DateTime").glob("*.json")):
            try:
                specs = json.loads(path.read_text(encoding="utf-8-sig"))
            except ValueError:
                continue
            cases += [(spec["Input"], code) for spec in specs if isinstance(spec, dict) and spec.get("Input")]
    cases += [(path.read_text(encoding="utf-8"), path.parent.name if lang.has_pack(path.parent.name) else "en")
              for path in sorted((shared_corpus / "press").rglob("*.txt"))]
    assert len(cases) > 1000
    reference = dt.date(2024, 5, 1)
    gated = [extract(text, lang, reference=reference) for text, lang in cases]
    open_tables = {code: dataclasses.replace(dates._tables(code), gates={}, word_gates={})
                   for code in (*lang.CODES, "xx")}
    monkeypatch.setattr(dates, "_tables", open_tables.__getitem__)
    assert [extract(text, lang, reference=reference) for text, lang in cases] == gated


# RP215: a language without date words (no pack, and a code CLDR does not know: the xx pack alone) gets
# numeric dates and years, and one warning when the text holds a date written with a month name it cannot read.
def test_dates_without_language_words_warn_once():
    text = ("Mkutano utafanyika tarehe 15 Machi 2024 mjini Nairobi, na ripoti itatolewa 2 Aprili 2024. "
            "Usajili unafungwa 2024-03-01.")
    mentions, issues = extract(text, "zz")
    assert [(m.text, m.value) for m in mentions] == [("2024", "2024"), ("2024", "2024"), ("2024-03-01", "2024-03-01")]
    assert [i.code for i in issues] == ["RP215"]
    assert "15 Machi 2024" in issues[0].message


@pytest.mark.parametrize("text", [
    "Mkutano huo ulihudhuriwa na watu 300 kutoka nchi 12.",  # nothing date-like
    "Ripoti ilitolewa 2024-03-15 na itasasishwa 15/04/2024.",  # numeric dates are read
    "Mradi ulianza mwaka 2019.",  # a year alone is read
])
def test_dates_without_language_words_quiet_when_nothing_is_missed(text):
    _, issues = extract(text, "zz")
    assert issues == []


@pytest.mark.parametrize("lang", ["fr", "en", "es", "de", "it", "pt", "nl", "pl", "ru", "uk"])
def test_dates_full_languages_never_warn_for_missing_words(lang):
    # a word the pack does not know between a day and a year is not a date, not a missing word
    _, issues = extract("Le 15 Machi 2024, 3 Xyzzy 2025.", lang)
    assert issues == []


def test_dates_slavic_genitive_without_year():
    mentions, _ = extract("Встреча назначена на 15 марта.", "ru")
    assert [(m.text, m.value, m.kind) for m in mentions] == [("15 марта", "--03-15", "date")]


# A language without a pack that CLDR knows: its month and weekday names (in full) and the order of its
# numeric dates come from CLDR, so a date written in words is read.
@pytest.mark.parametrize("lang, text, value", [
    ("sw", "Mkutano utafanyika tarehe 15 Machi 2024 mjini Nairobi.", "2024-03-15"),
    ("da", "Konferencen finder sted den 4. marts 2024 i København.", "2024-03-04"),
    ("sv", "Konferensen äger rum den 4 mars 2024 i Stockholm.", "2024-03-04"),
    ("fi", "Konferenssi pidetään 4. maaliskuuta 2024 Helsingissä.", "2024-03-04"),
    ("ro", "Conferința va avea loc pe 4 martie 2024 la București.", "2024-03-04"),
    ("el", "Η διάσκεψη θα γίνει στις 4 Μαρτίου 2024 στην Αθήνα.", "2024-03-04"),
    ("tr", "Konferans 4 Mart 2024 tarihinde Ankara'da yapılacak.", "2024-03-04"),
])
def test_dates_month_names_from_cldr_without_a_pack(lang, text, value):
    mentions, issues = extract(text, lang)
    assert value in [m.value for m in mentions]
    assert not issues
