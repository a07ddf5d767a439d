"""Anatomy of releases as they arrive: copied from web pages, with page date
lines, datelines of many shapes, contact headings in every language."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from releasepipe.extract import anatomy, dates


def date_parser(lang: str) -> Callable[[str], str | None]:
    """The pipeline's way of reading a dateline's date: the date extractor."""

    def parse(text: str) -> str | None:
        found, _ = dates.extract(text, lang)
        return next((d.value for d in found if d.kind == "date" and d.value), None)

    return parse


def kinds_of(text: str, found: anatomy.Anatomy) -> dict[str, str]:
    return {text[b.start:b.end]: b.kind for b in found.blocks}


# One release per language, copied from a web page: one newline between paragraphs.
# (lang, text, title, dateline place, first line of the contact block)
WEB_COPIES = [
    ("fr",
     "Communiqué de presse\n"
     "Sahel : 40 000 familles reçoivent une aide alimentaire avant la saison sèche\n"
     "BAMAKO, 12 mars 2024 – Le Programme alimentaire a distribué des vivres à 40 000 familles du centre du pays, "
     "a annoncé mardi sa représentante, qui appelle à renforcer le financement.\n"
     "« Les besoins restent immenses », a déclaré Awa Traoré, directrice du bureau régional.\n"
     "Contact presse :\nAwa Coulibaly, +223 20 22 33 44, presse@example.org",
     "Sahel : 40 000 familles reçoivent une aide alimentaire avant la saison sèche", "Bamako", "Contact presse :"),
    ("en",
     "City opens three new shelters as winter approaches\n"
     "LEEDS, 4 November 2024 – The city council opened three new shelters on Monday, adding 120 beds for people "
     "sleeping rough during the coldest months of the year.\n"
     "The shelters will stay open until the end of March, the council said in a statement.\n"
     "Media enquiries:\nTom Walsh, +44 113 222 3333, press@example.org",
     "City opens three new shelters as winter approaches", "Leeds", "Media enquiries:"),
    ("es",
     "La agencia amplía su programa de becas para estudiantes rurales\n"
     "MADRID, 3 de marzo de 2024 – La agencia anunció hoy que ampliará su programa de becas a 2.500 estudiantes "
     "de zonas rurales a partir del próximo curso académico.\n"
     "El programa cubrirá la matrícula y el transporte de los estudiantes seleccionados.\n"
     "Para más información:\nLucía Pérez, +34 91 555 12 34, prensa@example.org",
     "La agencia amplía su programa de becas para estudiantes rurales", "Madrid", "Para más información:"),
    ("de",
     "Pressemitteilung\n"
     "Stiftung fördert 25 neue Projekte für saubere Flüsse\n"
     "Hamburg, 3. Juni 2024 – Die Stiftung unterstützt in diesem Jahr 25 neue Projekte, die Flüsse und Bäche in "
     "Norddeutschland sauberer machen sollen, teilte sie am Montag mit.\n"
     "Die Projekte werden mit insgesamt 1,2 Millionen Euro gefördert.\n"
     "Weitere Informationen:\nJana Koch, Telefon +49 40 123 456 78, presse@example.org",
     "Stiftung fördert 25 neue Projekte für saubere Flüsse", "Hamburg", "Weitere Informationen:"),
    ("it",
     "Comunicato stampa\n"
     "La regione stanzia 12 milioni per le scuole di montagna\n"
     "TORINO, 12 marzo 2024 – La giunta regionale ha approvato oggi un piano da 12 milioni di euro per la "
     "ristrutturazione delle scuole nei comuni di montagna.\n"
     "I lavori inizieranno entro la fine dell'anno, ha spiegato l'assessore.\n"
     "Per ulteriori informazioni:\nGiulia Rossi, +39 011 432 1111, stampa@example.org",
     "La regione stanzia 12 milioni per le scuole di montagna", "Torino", "Per ulteriori informazioni:"),
    ("pt",
     "Comunicado de imprensa\n"
     "Município abre 300 novas vagas em creches públicas\n"
     "LISBOA, 3 de março de 2024 – A câmara municipal anunciou hoje a abertura de 300 novas vagas em creches "
     "públicas, que estarão disponíveis a partir de setembro.\n"
     "As inscrições decorrem até ao final de abril, segundo a autarquia.\n"
     "Para mais informações:\nAna Costa, +351 21 000 1234, imprensa@example.org",
     "Município abre 300 novas vagas em creches públicas", "Lisboa", "Para mais informações:"),
    ("nl",
     "Persbericht\n"
     "Gemeente plant 2.000 nieuwe bomen in de binnenstad\n"
     "UTRECHT, 12 maart 2024 – De gemeente plant dit voorjaar 2.000 nieuwe bomen in de binnenstad om de hitte "
     "in de zomer te beperken, maakte de wethouder dinsdag bekend.\n"
     "De eerste bomen worden volgende week geplant.\n"
     "Voor meer informatie:\nSanne de Vries, +31 30 286 0000, pers@example.org",
     "Gemeente plant 2.000 nieuwe bomen in de binnenstad", "Utrecht", "Voor meer informatie:"),
    ("pl",
     "Informacja prasowa\n"
     "Miasto otwiera nową linię tramwajową na Nowy Dwór\n"
     "WROCŁAW, 12 marca 2024 – Miasto uruchomiło dziś nową linię tramwajową, która połączy centrum z osiedlem "
     "Nowy Dwór i skróci podróż o kwadrans.\n"
     "Tramwaje będą kursować co dziesięć minut.\n"
     "Kontakt dla mediów:\nAnna Nowak, +48 71 777 77 77, prasa@example.org",
     "Miasto otwiera nową linię tramwajową na Nowy Dwór", "Wrocław", "Kontakt dla mediów:"),
    ("ru",
     "Пресс-релиз\n"
     "Город откроет 15 новых библиотек до конца года\n"
     "КАЗАНЬ, 12 марта 2024 года – Мэрия объявила сегодня, что до конца года в городе откроются 15 новых "
     "библиотек, в том числе три детские.\n"
     "Первые библиотеки примут читателей уже в мае.\n"
     "Контакты для СМИ:\nИрина Соколова, +7 843 000 00 00, press@example.org",
     "Город откроет 15 новых библиотек до конца года", "Казань", "Контакты для СМИ:"),
]


@pytest.mark.parametrize("lang,text,title,place,contact_head", WEB_COPIES, ids=[c[0] for c in WEB_COPIES])
def test_anatomy_web_copy_with_single_newlines(lang, text, title, place, contact_head):
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == title
    assert found.dateline is not None and found.dateline.place == place
    kinds = kinds_of(text, found)
    assert kinds[contact_head] == "contact"
    assert next(k for t, k in kinds.items() if "+" in t and "@" in t) == "contact"
    body = [t for t, k in kinds.items() if k == "body"]
    assert len(body) == 2 and body[0].startswith(text[found.dateline.start:found.dateline.end])


@pytest.mark.parametrize("lang,text,title,place,contact_head", WEB_COPIES, ids=[c[0] for c in WEB_COPIES])
def test_anatomy_web_copy_reads_as_with_blank_lines(lang, text, title, place, contact_head):
    spaced = text.replace("\n", "\n\n")
    one = anatomy.find(text, parse_date=date_parser(lang))
    two = anatomy.find(spaced, parse_date=date_parser(lang))
    assert (one.title, one.kicker, one.dateline.place, one.dateline.date) == (
        two.title, two.kicker, two.dateline.place, two.dateline.date)


def test_anatomy_hard_wrapped_paragraph_stays_whole():
    text = ("A short title for the release\n\n"
            "GENEVA, 12 March 2024 - The agency said on Tuesday that its stocks\n"
            "would last until the end of the month, and asked donors for a further\n"
            "contribution before the rainy season.\n\nSecond paragraph.")
    found = anatomy.find(text, parse_date=date_parser("en"))
    assert [b.kind for b in found.blocks] == ["title", "body", "body"]


# Date and time lines of web pages: never the title, never the dateline.
DATE_LINES = [
    ("en", "Mon, 03/04/2019 - 09:12"),
    ("en", "Published 12 March 2024, 14:05"),
    ("en", "Last updated: 4 November 2024 at 10:30 GMT"),
    ("en", "DATELINE September 24, 2008"),
    ("fr", "Publié le 12 mars 2024 à 14h05"),
    ("fr", "Mis à jour le 12/03/2024"),
    ("es", "Publicado el 3 de marzo de 2024, 09:15"),
    ("de", "Veröffentlicht am 03.06.2024, 14:05 Uhr"),
    ("de", "Montag, 3. Juni 2024"),
    ("it", "Pubblicato il 12 marzo 2024 alle 14:05"),
    ("pt", "Publicado em 03/03/2024 às 14h05"),
    ("nl", "Gepubliceerd op 12 maart 2024 om 14:05"),
    ("pl", "Opublikowano: 12 marca 2024, godz. 14:05"),
    ("ru", "Опубликовано 12 марта 2024 года в 14:05"),
    # with the page's byline or counter after a bar
    ("de", "14.01.2025 | 11:30 Uhr | Redaktion Verband"),
    ("ru", "12.02.2025 | Просмотров: 1 245"),
    ("nl", "Geplaatst op 12 december 2024 om 14:05"),
    ("pl", "Data publikacji: 07.04.2025, godz. 10:15"),
]


@pytest.mark.parametrize("lang,line", DATE_LINES)
@pytest.mark.parametrize("where", ["above", "below"])
def test_anatomy_date_line_is_neither_title_nor_dateline(lang, line, where):
    title = "A title long enough to be the headline of the release"
    body = "The release opens here and goes on with a sentence about its subject."
    text = f"{line}\n\n{title}\n\n{body}" if where == "above" else f"{title}\n\n{line}\n\n{body}"
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == title
    assert found.dateline is None
    assert kinds_of(text, found)[line] == "dateline"


def test_anatomy_date_line_then_dateline():
    text = ("Mon, 03/04/2019 - 09:12\nPort opens a second terminal\n"
            "ROTTERDAM, 4 March 2019 – The port authority opened a second container terminal on Monday.")
    found = anatomy.find(text, parse_date=date_parser("en"))
    assert found.title == "Port opens a second terminal"
    assert found.dateline is not None and (found.dateline.place, found.dateline.date) == ("Rotterdam", "2019-03-04")


# Dateline shapes: (lang, opening of the body, place, ISO date, dateline text)
DATELINES = [
    ("en", "OTTAWA, ON, March 4, 2024 /CNW/ - The Government of Canada today announced new funding.", "Ottawa",
     "2024-03-04", "OTTAWA, ON, March 4, 2024"),
    ("en", "NEW YORK, March 4, 2024 /PRNewswire/ -- Acme Corp. today announced a new product.", "New York",
     "2024-03-04", "NEW YORK, March 4, 2024"),
    ("en", "NAIROBI — The agency said on Monday that rains had cut off roads.", "Nairobi", None, "NAIROBI"),
    ("en", "WASHINGTON—The department announced new grants on Tuesday.", "Washington", None, "WASHINGTON"),
    ("en", "Geneva, Switzerland (UNHCR) – The agency appealed for funds today.", "Geneva", None,
     "Geneva, Switzerland (UNHCR)"),
    ("es", "Quito, Ecuador (ACNUR) – La agencia pidió hoy más fondos para la región.", "Quito", None,
     "Quito, Ecuador (ACNUR)"),
    ("en", "KENYA—February 3, 2024—Aid workers reached the flooded district on Saturday.", "Kenya", "2024-02-03",
     "KENYA—February 3, 2024"),
    ("en", "OTTAWA – June 27, 2007 - The foundation released its yearly update.", "Ottawa", "2007-06-27",
     "OTTAWA – June 27, 2007"),
    ("en", "Leeds, 12 March 2024. The council approved the budget on Tuesday.", "Leeds", "2024-03-12",
     "Leeds, 12 March 2024"),
    ("de", "Köln, 3. Juni 2024. Die Stadt hat heute ein neues Bad eröffnet.", "Köln", "2024-06-03",
     "Köln, 3. Juni 2024"),
    ("en", "GENEVA, 12 March 2024The agency said on Tuesday that aid was running short.", "Geneva", "2024-03-12",
     "GENEVA, 12 March 2024"),
    ("fr", "NIAMEY, 14 octobre 2024 –L’agence a aidé 3 200 personnes.", "Niamey", "2024-10-14",
     "NIAMEY, 14 octobre 2024"),
    ("en", "OTTAWA, ONTARIO, CANADA and SAN MATEO, CA - July 27, 2005 - The two groups announced a project.",
     "Ottawa", "2005-07-27", "OTTAWA, ONTARIO, CANADA and SAN MATEO, CA - July 27, 2005"),
    ("en", "Palo Alto, CA, March 18, 2003- The lab announced the transfer today.", "Palo Alto", "2003-03-18",
     "Palo Alto, CA, March 18, 2003"),
    ("fr", "Genève, le 3 mars 2025 – L’appel est lancé pour les régions du Sahel.", "Genève", "2025-03-03",
     "Genève, le 3 mars 2025"),
    ("nl", "DEN HAAG, 12 maart 2024 - Het kabinet trekt extra geld uit voor de zorg.", "Den Haag", "2024-03-12",
     "DEN HAAG, 12 maart 2024"),
    ("pl", "ŁÓDŹ – Miasto otworzyło dziś nowy park.", "Łódź", None, "ŁÓDŹ"),
    ("en", "LONDON, March 12 (Reuters) - The central bank kept its rate unchanged.", "London", "--03-12",
     "LONDON, March 12"),
    ("de", "Berlin/Brüssel, 3. Juni 2024 – Die Kommission hat heute entschieden.", "Berlin", "2024-06-03",
     "Berlin/Brüssel, 3. Juni 2024"),
    ("de", "Frankfurt am Main, 3. Juni 2024 – Die Bank hat heute entschieden.", "Frankfurt am Main", "2024-06-03",
     "Frankfurt am Main, 3. Juni 2024"),
    ("fr", "Boulogne-sur-Mer, le 3 mars 2024 – La ville ouvre un nouveau port.", "Boulogne-sur-Mer", "2024-03-03",
     "Boulogne-sur-Mer, le 3 mars 2024"),
    ("es", "Santiago de Chile, 3 de marzo de 2024 – El gobierno anunció hoy.", "Santiago de Chile", "2024-03-03",
     "Santiago de Chile, 3 de marzo de 2024"),
    ("fr", "PARIS, mardi 12 mars 2024 – Le ministre a annoncé un plan.", "Paris", "2024-03-12",
     "PARIS, mardi 12 mars 2024"),
    ("ru", "МОСКВА – Мэрия объявила сегодня о новых маршрутах.", "Москва", None, "МОСКВА"),
    # the place in capitals and its country in title case, no date; an apostrophe inside a word
    ("en", "COX'S BAZAR, Bangladesh – The agency has begun relocating families.", "Cox's Bazar", None,
     "COX'S BAZAR, Bangladesh"),
    # two places in title case, one of them hyphenated, no date
    ("en", "Port-au-Prince / Geneva – The collective has suspended activities in three clinics.", "Port-au-Prince",
     None, "Port-au-Prince / Geneva"),
]


@pytest.mark.parametrize("lang,opening,place,iso,dateline_text", DATELINES)
def test_anatomy_dateline_shapes(lang, opening, place, iso, dateline_text):
    text = f"A title for the release\n\n{opening}"
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.dateline is not None
    assert (found.dateline.place, found.dateline.date) == (place, iso)
    assert text[found.dateline.start:found.dateline.end] == dateline_text


@pytest.mark.parametrize(
    "lang,opening,place,iso,dateline_text",
    [
        ("fr", "GOMA, République démocratique du Congo, 20 janvier 2025 – Les pluies ont chassé des familles.",
         "Goma", "2025-01-20", "GOMA, République démocratique du Congo, 20 janvier 2025"),
        ("fr", "Bangui, République centrafricaine, 12 mars 2025 – Le HCR distribue des abris.", "Bangui",
         "2025-03-12", "Bangui, République centrafricaine, 12 mars 2025"),
        ("fr", "ABIDJAN, Côte d’Ivoire (OIM) – Le centre d’accueil a rouvert ses portes.", "Abidjan", None,
         "ABIDJAN, Côte d’Ivoire (OIM)"),
        ("en", "SARAJEVO, Bosnia and Herzegovina, 4 March 2025 – The mission opened an office.", "Sarajevo",
         "2025-03-04", "SARAJEVO, Bosnia and Herzegovina, 4 March 2025"),
    ],
)
def test_anatomy_dateline_with_a_country_named_in_lower_case_words(lang, opening, place, iso, dateline_text):
    text = f"A title for the release\n\n{opening}"
    found = anatomy.find(text, parse_date=date_parser(lang), language=lang)
    assert found.dateline is not None
    assert (found.dateline.place, found.dateline.date) == (place, iso)
    assert text[found.dateline.start:found.dateline.end] == dateline_text


@pytest.mark.parametrize("lang,opening", [
    # words in lower case after a place that make no known place with it: prose, no dateline
    ("fr", "Paris, où les négociations ont repris le 3 mars 2025 – sans accord."),
    ("en", "London, where the talks resumed on 3 March 2025 – without a deal."),
])
def test_anatomy_no_dateline_from_a_place_and_prose(lang, opening):
    found = anatomy.find(f"A title for the release\n\n{opening}", parse_date=date_parser(lang), language=lang)
    assert found.dateline is None


@pytest.mark.parametrize(
    "lang,line,place,iso",
    [
        ("de", "Berlin, 3. Juni 2024", "Berlin", "2024-06-03"),
        ("fr", "Paris, le 14 octobre 2024", "Paris", "2024-10-14"),
        ("en", "London, 12 March 2024.", "London", "2024-03-12"),
    ],
)
def test_anatomy_dateline_on_a_line_of_its_own(lang, line, place, iso):
    text = f"A title for the release\n\n{line}\n\nThe release opens with a sentence about its subject."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == "A title for the release"
    assert found.dateline is not None and (found.dateline.place, found.dateline.date) == (place, iso)
    assert kinds_of(text, found)[line] == "dateline"


@pytest.mark.parametrize(
    "lang,line,title,place,iso",
    [
        ("en", "Brussels, 4 March 2024", "Commission proposes new rules on batteries", "Brussels", "2024-03-04"),
        ("de", "Berlin, 3. Juni 2024", "Neue Regeln für Batterien", "Berlin", "2024-06-03"),
    ],
)
def test_anatomy_dateline_on_a_line_of_its_own_above_the_title(lang, line, title, place, iso):
    text = f"{line}\n\n{title}\n\nThe body opens with a sentence about the proposal and its costs."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == title and found.kicker == []
    assert found.dateline is not None and (found.dateline.place, found.dateline.date) == (place, iso)


@pytest.mark.parametrize(
    "lang,title,opening,place,iso",
    [
        ("en", "UNHCR: refugees return to the north", "GENEVA, 3 March 2024 (UNHCR) – More than 1,000 refugees "
         "returned home this week.", "Geneva", "2024-03-03"),
        ("fr", "OIM : 5 000 migrants secourus", "NIAMEY, 12 mars 2024 (OIM) – L'organisation a secouru 5 000 "
         "migrants dans le désert.", "Niamey", "2024-03-12"),
    ],
)
def test_anatomy_a_title_opening_with_a_label_and_colon_above_a_dated_dateline(lang, title, opening, place, iso):
    text = f"{title}\n\n{opening}\n\nMore about the operation follows here."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == title
    assert found.dateline is not None and (found.dateline.place, found.dateline.date) == (place, iso)


@pytest.mark.parametrize(
    "opening",
    [
        "Paris, where the talks were held, welcomed the delegations on Monday.",
        "Paris, 12 people were hurt – the police said on Monday.",
        "GENEVA – 12 people were hurt in the storm, the police said.",
        "Berlin, the 2024 host, prepared for the games.",
        "Monday, the agency said, would be the last day of the talks.",
    ],
)
def test_anatomy_prose_after_a_place_is_not_a_dateline(opening):
    text = f"A title for the release\n\n{opening}"
    found = anatomy.find(text, parse_date=date_parser("en"))
    assert found.dateline is None or found.dateline.date is None and found.dateline.place == "Geneva"


@pytest.mark.parametrize("lang, title, opening, place", [
    # a headline opening with a topic and a colon is no dateline: the dateline is below it
    ("fr", "RDC : l'UNICEF ouvre 120 espaces d'apprentissage autour de Goma",
     "GOMA, République démocratique du Congo, 20 janvier 2025 – Plus de 36 000 enfants ont repris l'école.",
     "Goma"),
    ("en", "UKRAINE: Winter aid reaches 40,000 families in Kharkiv",
     "KHARKIV, 3 December 2025 – The agency has delivered heaters and blankets.", "Kharkiv"),
])
def test_anatomy_a_headlines_topic_and_colon_is_no_dateline(lang, title, opening, place):
    text = f"{title}\n\n{opening}\n\nMore about the operation follows here."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == title
    assert found.dateline is None or found.dateline.place == place


@pytest.mark.parametrize("lang, lines, place", [
    # a standfirst, the page's date line and a share label between the title and the dateline
    ("pt", ["Desmatamento cai 31% e atinge o menor nível em dez anos",
            "Dados do sistema mostram redução em todos os estados; Pará e Mato Grosso lideram a queda",
            "Publicado em 06/11/2025 16h42 Atualizado em 06/11/2025 18h05", "Compartilhe:",
            "Brasília (DF) – O desmatamento caiu 31% entre agosto de 2024 e julho de 2025."], "Brasília"),
    ("en", ["Flood defences completed ahead of winter", "The new walls protect 4,000 homes along the river",
            "Published 3 November 2025", "Share:",
            "YORK – The city council has completed the last section of the flood wall."], "York"),
])
def test_anatomy_the_dateline_below_date_lines_and_share_labels(lang, lines, place):
    text = "\n".join(lines) + "\nMore about the works follows here."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.title == lines[0]
    assert found.dateline is not None and found.dateline.place == place


# Contact headings, each language.
CONTACT_HEADS = [
    ("fr", "Pour plus d’informations :"), ("fr", "Contact presse :"), ("fr", "Relations médias"),
    ("fr", "Renseignements :"),
    ("en", "For more information, please contact:"), ("en", "Media contact:"), ("en", "Press office"),
    ("en", "Further information:"),
    ("es", "Para más información:"), ("es", "Contacto de prensa:"), ("es", "Oficina de prensa"),
    ("de", "Weitere Informationen:"), ("de", "Pressekontakt:"), ("de", "Für Rückfragen:"), ("de", "Ansprechpartnerin:"),
    ("de", "Rückfragen an:"),
    ("it", "Per ulteriori informazioni:"), ("it", "Ufficio stampa"), ("it", "Contatti:"),
    ("pt", "Para mais informações:"), ("pt", "Assessoria de imprensa"), ("pt", "Contatos para a imprensa:"),
    ("nl", "Voor meer informatie:"), ("nl", "Perscontact:"), ("nl", "Meer informatie:"),
    ("pl", "Kontakt dla mediów:"), ("pl", "Dodatkowe informacje:"), ("pl", "Biuro prasowe"),
    ("ru", "Контакты для СМИ:"), ("ru", "Дополнительная информация:"), ("ru", "Пресс-служба"),
]


@pytest.mark.parametrize("lang,head", CONTACT_HEADS)
def test_anatomy_contact_heading_in_every_language(lang, head):
    body = "The body paragraph, with facts, figures and a quote."
    contact = f"{head}\nJane Roe\n+41 22 555 12 34\nroe@example.org"
    text = f"Title of the release\n\n{body}\n\n{contact}"
    kinds = kinds_of(text, anatomy.find(text))
    assert kinds[body] == "body"
    assert kinds[contact] == "contact"


@pytest.mark.parametrize(
    "lang,head",
    [("it", "Chi siamo"), ("pt", "Sobre a Fundação"), ("nl", "Over de stichting"), ("pl", "O fundacji"),
     ("ru", "О компании"), ("nl", "Noot voor de redactie")],
)
def test_anatomy_boilerplate_heading_in_more_languages(lang, head):
    body = "The body paragraph, with facts, figures and a quote."
    about = f"{head}\nA sentence that describes the organization and its work for many years."
    text = f"Title of the release\n\n{body}\n\n{about}"
    assert kinds_of(text, anatomy.find(text))[about] == "boilerplate"


@pytest.mark.parametrize(
    "lang,kicker",
    [("it", "Comunicato stampa"), ("pt", "Comunicado de imprensa"), ("nl", "Persbericht"),
     ("pl", "Informacja prasowa"), ("ru", "Пресс-релиз"), ("nl", "Voor onmiddellijke publicatie")],
)
def test_anatomy_kicker_in_more_languages(lang, kicker):
    text = f"{kicker}\n\nA title for the release in question\n\nThe body paragraph, with facts."
    found = anatomy.find(text)
    assert found.kicker == [kicker] and found.title == "A title for the release in question"


# The issuer's letterhead above the genre's label, or a body's name alone above a longer headline.
# (lang, text, kicker lines, title)
LETTERHEADS = [
    ("fr", "PRÉFECTURE DE LA GIRONDE\nDIRECTION DE LA COMMUNICATION\n\nCOMMUNIQUÉ DE PRESSE\n\n"
     "Sécheresse : de nouvelles restrictions d'eau dans quarante communes du Médoc\n\n"
     "Bordeaux, le 2 août 2025\n\nLe préfet a signé ce matin un arrêté qui renforce les restrictions.",
     ["PRÉFECTURE DE LA GIRONDE", "DIRECTION DE LA COMMUNICATION", "COMMUNIQUÉ DE PRESSE"],
     "Sécheresse : de nouvelles restrictions d'eau dans quarante communes du Médoc"),
    ("pl", "Miasto Stołeczne Warszawa\nBiuro Prasowe\n\nInformacja prasowa\n\n"
     "Nowe linie tramwajowe na Białołęce ruszą jeszcze w tym roku\n\nWarszawa, 4.09.2025 r.\n\n"
     "Tramwaje pojadą nową trasą od grudnia, zapowiedział zarząd transportu.",
     ["Miasto Stołeczne Warszawa", "Biuro Prasowe", "Informacja prasowa"],
     "Nowe linie tramwajowe na Białołęce ruszą jeszcze w tym roku"),
    ("it", "Fondazione Teatro Civico di Cremona\nUfficio Stampa\n\nLa nuova stagione apre con tre prime assolute e "
     "un ciclo di concerti per le scuole\n\nCremona, 12 settembre 2025 – Il teatro presenta oggi il cartellone.",
     ["Fondazione Teatro Civico di Cremona", "Ufficio Stampa"],
     "La nuova stagione apre con tre prime assolute e un ciclo di concerti per le scuole"),
    ("pt", "LUMEN ENERGIA S.A.\n\nLumen Energia conclui a venda de duas centrais solares no Alentejo por "
     "120 milhões\n\nLISBOA, 3 de março de 2025 – A empresa anunciou hoje a venda.",
     ["LUMEN ENERGIA S.A."],
     "Lumen Energia conclui a venda de duas centrais solares no Alentejo por 120 milhões"),
]


@pytest.mark.parametrize("lang,text,kicker,title", LETTERHEADS)
def test_anatomy_the_issuers_letterhead_is_no_title(lang, text, kicker, title):
    found = anatomy.find(text, language=lang)
    assert (found.kicker, found.title) == (kicker, title)


@pytest.mark.parametrize("lang,text,title", [
    # a title-case headline naming a body, over its standfirst: still the title
    ("en", "Harbour Foundation Opens Three Clinics\n\nThe new clinics will serve about 5,000 patients a year "
     "in the northern districts of the city\n\nLEEDS, 4 May 2025 – The foundation opened the clinics.",
     "Harbour Foundation Opens Three Clinics"),
    # a body's name as the whole headline, with nothing longer under it
    ("es", "Fundación Mar Abierto\n\nMADRID, 3 de marzo de 2025 – La fundación presentó hoy su informe anual.",
     "Fundación Mar Abierto"),
])
def test_anatomy_a_headline_naming_a_body_stays_the_title(lang, text, title):
    assert anatomy.find(text, language=lang).title == title


@pytest.mark.parametrize(
    "lines,title",
    [
        (["Research center and foundation announce release of", "a toolkit to the open source community"],
         "Research center and foundation announce release of a toolkit to the open source community"),
        (["Le ministère annonce un plan de", "soutien aux agriculteurs du Sud"],
         "Le ministère annonce un plan de soutien aux agriculteurs du Sud"),
        (["Die Stadt eröffnet ein neues Zentrum für", "Geflüchtete im Norden"],
         "Die Stadt eröffnet ein neues Zentrum für Geflüchtete im Norden"),
    ],
)
def test_anatomy_title_wrapped_over_two_lines(lines, title):
    text = "\n".join(lines) + "\n\nA standfirst that gives the gist\n\nThe body opens here with a sentence."
    found = anatomy.find(text)
    assert found.title == title
    assert [b.kind for b in found.blocks][:2] == ["title", "body"]


def test_anatomy_title_and_subtitle_stay_apart():
    text = "City opens three new winter shelters\nA subtitle giving more detail\n\nThe body opens here with a sentence."
    found = anatomy.find(text)
    assert found.title == "City opens three new winter shelters"


@pytest.mark.parametrize(
    "headline",
    [
        "Öffentliches Geld? Öffentlicher Code! 20 Verbände fordern offene Software.",
        "Le ministère lance un plan pour les écoles rurales.",
    ],
)
def test_anatomy_headline_with_a_full_stop(headline):
    body = ("The body opens here with a first paragraph that is much longer than the headline above it, "
            "as the body of a release always is, and goes on for a while.")
    found = anatomy.find(f"{headline}\n\n{body}")
    assert found.title == headline


def test_anatomy_opening_sentence_with_commas_is_not_a_title():
    opening = "After six years of work, the campaign is coming to a close this month."
    body = ("The body goes on here with a paragraph that is much longer than the opening sentence above it, "
            "as such paragraphs are, and that goes on for a while.")
    assert anatomy.find(f"{opening}\n\n{body}").title is None


@pytest.mark.parametrize(
    "lang,kicker",
    [
        ("de", "Pressemitteilung vom 3. Juni 2024"), ("de", "Pressemitteilung Nr. 45/2024"),
        ("fr", "Communiqué de presse du 12 mars 2024"), ("en", "Press release, 12 March 2024"),
        ("en", "Press Release No. 24-017"), ("es", "Comunicado de prensa n.º 12/2024"),
        ("it", "Comunicato stampa del 12 marzo 2024"), ("pt", "Comunicado de imprensa de 3 de março de 2024"),
        ("nl", "Persbericht van 12 maart 2024"), ("pl", "Informacja prasowa z dnia 12 marca 2024 r."),
        ("ru", "Пресс-релиз от 12 марта 2024 года"),
    ],
)
def test_anatomy_kicker_with_number_or_date(lang, kicker):
    text = f"{kicker}\n\nA title long enough to be the headline\n\nThe body of the release goes here, with facts."
    found = anatomy.find(text, parse_date=date_parser(lang))
    assert found.kicker == [kicker]
    assert found.title == "A title long enough to be the headline"
    assert found.dateline is None


def hard_wrapped(text: str, *, blank_lines: bool) -> str:
    """``text`` as an e-mail client sends it: each paragraph wrapped at 72 characters."""
    import textwrap

    paragraphs = ["\n".join(textwrap.wrap(line, 72)) for line in text.split("\n")]
    return ("\n\n" if blank_lines else "\n").join(paragraphs)


@pytest.mark.parametrize("blank_lines", [True, False], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize("lang,text,title,place,contact_head", WEB_COPIES, ids=[c[0] for c in WEB_COPIES])
def test_anatomy_hard_wrapped_text(lang, text, title, place, contact_head, blank_lines):
    wrapped = hard_wrapped(text, blank_lines=blank_lines)
    found = anatomy.find(wrapped, parse_date=date_parser(lang))
    assert found.title == title
    assert found.dateline is not None and found.dateline.place == place
    kinds = kinds_of(wrapped, found)
    # Without blank lines a paragraph ending a sentence at the margin runs on into the next.
    assert next(k for t, k in kinds.items() if t.startswith(contact_head)) == "contact"
    body = [t for t, k in kinds.items() if k == "body"]
    assert body[0].startswith(wrapped[found.dateline.start:found.dateline.end])
    assert len(body) == 2 or not blank_lines


@pytest.mark.parametrize(
    "table",
    ["KICKER_LABELS", "EMBARGO_HEADS", "CONTACT_HEADS", "BOILERPLATE_HEADS", "DATE_LABELS", "DATE_FILLERS",
     "PLACE_JOINERS", "TITLE_CONTINUES"],
)
def test_anatomy_language_tables_cover_every_language(table):
    entries = getattr(anatomy, table)
    assert set(anatomy.LANGUAGES) <= set(entries)
    assert all(entries[lang] for lang in anatomy.LANGUAGES), [lang for lang in anatomy.LANGUAGES if not entries[lang]]


@pytest.mark.parametrize("lang,text,places", [
    ("it", "MILANO, 4 aprile 2025 – Diciotto spettacoli aprono la stagione.", ["MILANO"]),
    ("pl", "Poznań, 2 października 2025 r. – Mieszkańcy wybrali 41 projektów.", ["Poznań"]),
    ("en", "The agency opened two offices this week in the north of the country.", []),
])
def test_anatomy_the_datelines_place_in_the_text(lang, text, places):
    found = anatomy.find(text, parse_date=date_parser(lang), language=lang)
    assert [text[s:e] for s, e in anatomy.place_spans(text, found.dateline)] == places
