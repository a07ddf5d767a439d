from datetime import date

import pytest

from releasepipe.extract import anatomy

MONTHS = {"octobre": 10, "March": 3, "marzo": 3, "Juni": 6, "mars": 3, "mayo": 5}


def parse_date(s: str) -> str | None:
    """A tiny stand-in for the date extractor: 'D[.] Month [de] YYYY'."""
    parts = s.replace(".", " ").replace(" de ", " ").split()
    if len(parts) == 3 and parts[0].isdigit() and parts[1] in MONTHS and parts[2].isdigit():
        return date(int(parts[2]), MONTHS[parts[1]], int(parts[0])).isoformat()
    return None


HEADERS = [
    # (text, kicker, title, dateline place, dateline date, dateline text)
    (
        "Communiqué de presse\nAfrique de l’Ouest\n\n"
        "Au Niger, 3 200 migrants rentrés chez eux grâce au programme de retour volontaire\n\n"
        "NIAMEY, 14 octobre 2024 – L’Organisation internationale pour les migrations (OIM) a aidé 3 200 migrants.",
        ["Communiqué de presse", "Afrique de l’Ouest"],
        "Au Niger, 3 200 migrants rentrés chez eux grâce au programme de retour volontaire",
        "Niamey", "2024-10-14", "NIAMEY, 14 octobre 2024",
    ),
    (
        "Press release\n\nUNHCR warns of rising needs as winter nears in Ukraine\n\n"
        "GENEVA, 12 March 2024 – The UN Refugee Agency said on Tuesday that aid was running short.",
        ["Press release"],
        "UNHCR warns of rising needs as winter nears in Ukraine",
        "Geneva", "2024-03-12", "GENEVA, 12 March 2024",
    ),
    (
        "Comunicado de prensa\n\nACNUR pide más apoyo para las personas desplazadas en Colombia\n\n"
        "Ginebra (ACNUR) – La Agencia de la ONU para los Refugiados pidió hoy más fondos.",
        ["Comunicado de prensa"],
        "ACNUR pide más apoyo para las personas desplazadas en Colombia",
        "Ginebra", None, "Ginebra (ACNUR)",
    ),
    (
        "Pressemitteilung\n\nStadt Berlin eröffnet neues Ankunftszentrum\n\n"
        "Berlin, 3. Juni 2024 – Die Senatsverwaltung hat heute ein neues Zentrum eröffnet.",
        ["Pressemitteilung"],
        "Stadt Berlin eröffnet neues Ankunftszentrum",
        "Berlin", "2024-06-03", "Berlin, 3. Juni 2024",
    ),
]


@pytest.mark.parametrize("text,kicker,title,place,iso,dateline_text", HEADERS)
def test_anatomy_finds_kicker_title_dateline(text, kicker, title, place, iso, dateline_text):
    found = anatomy.find(text, parse_date=parse_date)
    assert found.kicker == kicker
    assert found.title == title
    assert found.dateline is not None
    assert found.dateline.place == place
    assert found.dateline.date == iso
    assert text[found.dateline.start:found.dateline.end] == dateline_text


@pytest.mark.parametrize("text, title", [
    # a web page's trail of links, copied above the release, is neither title nor kicker
    ("Home » News » Press releases\nNew shelters open in Dakar\nDAKAR, 4 March 2024 – Three shelters opened.",
     "New shelters open in Dakar"),
    ("Accueil › Actualités\n\nDe nouveaux abris à Dakar\n\nDAKAR, 4 mars 2024 – Trois abris ont ouvert.",
     "De nouveaux abris à Dakar"),
    ("Startseite > Presse > Mitteilungen\n\nNeue Schule in Berlin\n\nBerlin, 3. Juni 2024 – Die Schule ist offen.",
     "Neue Schule in Berlin"),
    # guillemets and slashes in a title are no trail
    ("« Nous resterons » : le HCR au Niger\n\nNIAMEY, 4 mars 2024 – Trois abris ont ouvert.",
     "« Nous resterons » : le HCR au Niger"),
    ("Press release\n\nBerlin / Hamburg: new night trains from May\n\nBerlin, 3 March 2024 – Trains run again.",
     "Berlin / Hamburg: new night trains from May"),
    # a headline using the sign itself, with no title after it
    ("Sudan » Aid convoy reaches Darfur\n\nKHARTOUM, 4 March 2024 – The convoy arrived on Monday.",
     "Sudan » Aid convoy reaches Darfur"),
])
def test_anatomy_a_breadcrumb_trail_is_not_the_title(text, title):
    found = anatomy.find(text, parse_date=parse_date)
    assert found.title == title
    assert not any("»" in k or "›" in k or " > " in k for k in found.kicker)


@pytest.mark.parametrize("lang, header, title, date", [
    # a site's name, its trail and its menu above the headline and the page's date
    ("de", "Ministerium für Umwelt Rheinland-Pfalz\nStartseite > Presse > Pressemitteilungen\n"
           "Suche | Leichte Sprache | Gebärdensprache", "Hitzeplan: Land fördert kühle Räume in 40 Kommunen",
     "Veröffentlicht: Mo, 02.06.2025 - 09:12"),
    ("de", "Deutscher Volleyball-Bund e.V.\nHome / Verband / News / Nationalteams\nLogin | Shop | Kontakt",
     "Nationalkader 2025: Bundestrainer setzt auf Erfahrung", "14.01.2025 | 11:30 Uhr | Redaktion"),
    ("it", "Regione Puglia\nHome > Comunicati stampa > Agricoltura\nCerca nel sito | Area riservata",
     "Siccità, dalla Regione 18 milioni per i consorzi di bonifica", "Pubblicato il: 14/05/2025 - 12:40"),
    ("ru", "Театр «Камерата»\nГлавная → Новости → Премьеры\nАфиша | Купить билет | Контакты",
     "«Снегурочка» в новом прочтении: театр готовит премьеру сезона", "12.02.2025 | Просмотров: 1 245"),
    ("en", "Open Tooling Foundation\nHome / Blog / Announcements\nProjects  Members  Events  Blog  Donate",
     "Quokka 1.0 is here: stable release brings incremental analysis", "Published: Mon, 03/03/2025 - 09:12"),
])
def test_anatomy_page_chrome_above_a_headline_is_boilerplate(lang, header, title, date):
    body = "The release opens here and goes on with a sentence about its subject, as releases do."
    text = f"{header}\n\n{title}\n{date}\n{body}"
    found = anatomy.find(text, parse_date=parse_date)
    assert found.title == title
    assert found.dateline is None
    assert not found.kicker


@pytest.mark.parametrize("text, title", [
    # a headline listing places with slashes, and a subtitle doing so, are no menu
    ("Berlin / Hamburg / Munich: strikes\n4 March 2025\n\nBERLIN – Workers walked out on Monday, the union said.",
     "Berlin / Hamburg / Munich: strikes"),
    ("Floods in Pakistan\nSindh / Punjab / Balochistan\n4 March 2025\n\nISLAMABAD – Floods hit three provinces "
     "on Monday, the agency said.", "Floods in Pakistan"),
])
def test_anatomy_slashes_in_a_headline_are_no_menu(text, title):
    assert anatomy.find(text, parse_date=parse_date).title == title


def test_anatomy_a_trail_of_slashes_opening_the_page_is_no_title():
    text = ("Inicio / Sala de prensa / Comunicados\nSequía: la cosecha perdida deja a 180.000 familias en riesgo\n"
            "Publicado el 24 de julio de 2025\nLa organización advirtió hoy que la sequía afecta a 42 comunidades.")
    assert anatomy.find(text, parse_date=parse_date).title == \
        "Sequía: la cosecha perdida deja a 180.000 familias en riesgo"


@pytest.mark.parametrize(
    "opening",
    [
        "Paris, where the talks were held, welcomed the delegations on Monday.",
        "The Minister – who arrived on Monday – met the partners.",
        "En 2023, l’OIM a aidé 12 000 personnes.",
        "Today: the agency released its annual report.",
    ],
)
def test_anatomy_prose_is_not_a_dateline(opening):
    text = f"Press release\n\nA title for the release\n\n{opening}"
    assert anatomy.find(text, parse_date=parse_date).dateline is None


def test_anatomy_embargo_line_is_not_the_title():
    text = ("EMBARGOED UNTIL 00:01 GMT, 12 March 2024\nPress release\n\n"
            "New report counts record displacement\n\nGENEVA, 12 March 2024 – A report out today shows the rise.")
    found = anatomy.find(text, parse_date=parse_date)
    assert found.embargo == "EMBARGOED UNTIL 00:01 GMT, 12 March 2024"
    assert found.kicker == ["Press release"]
    assert found.title == "New report counts record displacement"


@pytest.mark.parametrize(
    "contact_head,boiler",
    [
        ("Pour plus d’informations, veuillez contacter :\nJulie Martin, OIM Niger\nTél. : +227 90 12 34 56",
         "À propos de l’OIM\nL’OIM est la principale organisation intergouvernementale dans le domaine des migrations."),
        ("Media contacts:\nAnna Schmidt, Geneva, +41 22 739 80 00, schmidt@example.org",
         "###"),
        ("Contacto de prensa:\nLaura Gómez, +57 1 546 36 00, gomez@example.org",
         "Acerca del ACNUR\nEl ACNUR trabaja en 135 países para proteger a las personas refugiadas."),
        ("Pressekontakt:\nJonas Weber, Telefon: +49 30 901 23 45",
         "Über die Stiftung\nDie Stiftung fördert seit 1998 Projekte in Berlin."),
    ],
)
def test_anatomy_contact_block_and_boilerplate(contact_head, boiler):
    body = "The body paragraph, with facts, figures and a quote."
    text = f"Title of the release\n\n{body}\n\n{contact_head}\n\n{boiler}"
    found = anatomy.find(text)
    kinds = {text[b.start:b.end]: b.kind for b in found.blocks}
    assert kinds[body] == "body"
    assert kinds[contact_head] == "contact"
    assert kinds[boiler] == "boilerplate"


def test_anatomy_contact_after_end_marker():
    text = "Title\n\nBody text of the release.\n\n- FIN -\n\nContact presse :\nMarie Dupont\n+33 1 23 45 67 89"
    found = anatomy.find(text)
    assert [b.kind for b in found.blocks] == ["title", "body", "boilerplate", "contact"]


def test_anatomy_uses_format_title_and_hint():
    text = "Communiqué\n\nLe titre vient du format\n\nNIAMEY, 14 octobre 2024 – Texte."
    blocks = [(0, 10, "paragraph"), (12, 36, "title"), (38, len(text), "paragraph")]
    found = anatomy.find(text, blocks=blocks, parse_date=parse_date)
    assert found.kicker == ["Communiqué"] and found.title == "Le titre vient du format"
    mail = anatomy.find("NIAMEY, 14 octobre 2024 – Le corps du message.", title_hint="Sujet du courriel",
                        parse_date=parse_date)
    assert mail.title == "Sujet du courriel"
    assert mail.dateline is not None and mail.dateline.place == "Niamey"


def test_anatomy_block_offsets_are_exact():
    text = HEADERS[0][0]
    for block in anatomy.find(text, parse_date=parse_date).blocks:
        chunk = text[block.start:block.end]
        assert chunk and chunk == chunk.strip()


def test_anatomy_kicker_lines_run_together_by_a_pdf():
    text = "Communiqué de presse Burkina Faso\n\nUn titre assez long pour un communiqué de presse\n\nLe texte."
    found = anatomy.find(text)
    assert found.kicker == ["Communiqué de presse", "Burkina Faso"]
    assert found.title == "Un titre assez long pour un communiqué de presse"
