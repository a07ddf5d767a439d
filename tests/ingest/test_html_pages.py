"""Whole pages built like news, government and NGO sites that do not mark their
article (no <main>, no <article>): the reader keeps the release and drops the
page's menus, cookie banners, sidebars and footers."""

from __future__ import annotations

from pathlib import Path

import pytest

from releasepipe.extract import anatomy, dates
from releasepipe.ingest import read_bytes

PAGES = Path(__file__).parent / "pages"

# page, language, title, dateline place, what the text must hold, what it must not
CASES = [
    ("news-en.html", "en", "Port authority opens second container terminal", "Rotterdam",
     ["ROTTERDAM, 4 March 2019 – The port authority", "said Pieter de Groot",
      "Media contact:\nMarieke Jansen, Port Authority, +31 10 252 1010, press@port.example"],
     ["cookies", "Contact us", "Most read", "Council approves", "28 February 2019", "4% pay rise",
      "Wilhelmina Street", "+31 10 400 5000", "All rights reserved", "Tags:", "Newsletter", "Rotterdam 7°C",
      "News from the coast", "Harbour Courier"]),
    ("government-fr.html", "fr", "Sécheresse : un fonds de 30 millions d’euros pour les éleveurs", "Paris",
     ["Paris, le 12 juillet 2023 – Le ministre", "a déclaré le ministre",
      "Contact presse : service de presse du ministère – 01 49 55 60 11"],
     ["traceurs", "Tout accepter", "Actualités", "Accueil ›", "À la une", "Grêle", "05/07/2023", "50 000 kilomètres",
      "rue de Varenne", "01 49 55 49 55", "Mentions légales", "Facebook"]),
    ("news-es.html", "es", "La agencia amplía su programa de becas para estudiantes rurales", "Madrid",
     ["MADRID, 3 de marzo de 2024 – La agencia", "afirmó la directora de la agencia, Carmen Ruiz",
      "Para más información: Lucía Pérez, gabinete de prensa, +34 91 555 12 34"],
     ["Portada", "cookies", "Toledo", "95 millones", "2 de marzo de 2024", "40.000 viajeros", "Jorge Molina",
      "Calle de Alcalá", "91 400 50 00", "Aviso legal"]),
    ("ngo-de.html", "de", "Flusswacht zählt 40 Prozent mehr Fischarten in der Elbe", "Hamburg",
     ["Hamburg, 3. Juni 2024 – Bei der jährlichen", "sagte die Vorsitzende Katrin Behrens",
      "Pressekontakt: Jana Koch, Telefon 040 123 456 78"],
     ["Gemeinsam für", "Mitmachen", "Cookies", "Termine", "15. Juni 2024", "300 Freiwilligen", "Hans Petersen",
      "IBAN", "1.200 Mitglieder", "Bahrenfelder Straße", "040 987 654 32", "Impressum"]),
    ("government-en.html", "en", "Minister announces £40 million for flood defences in the North East", None,
     ["Schemes in Durham, Darlington and Hartlepool", "Floods Minister Emma Hartley said:",
      "Notes to editors", "Press office: 0208 225 7317"],
     ["cookies", "Guidance and regulation", "Recent announcements", "hedgerow", "14 May 2024", "chief inspector",
      "Marsham Street", "03459 335577", "Open Government Licence", "Share on"]),
    # The release is text set loose in a <div>, paragraphs parted by <br><br>, beside a column of teasers.
    ("ngo-it.html", "it", "3.000 volontari per ripulire le spiagge del Salento", "Lecce",
     ["LECCE, 8 giugno 2024 – Sabato prossimo", "ha dichiarato la presidente dell’associazione, Chiara Fontana",
      "Per ulteriori informazioni: Marco Greco, ufficio stampa, +39 0832 123 456"],
     ["Chi siamo", "cookie", "2 giugno 2024", "Comune di Bari", "1.500 studenti", "180.000", "Leggi tutto",
      "Via Giuseppe Garibaldi", "0832 987 654", "C.F."]),
]


def date_parser(lang: str):
    def parse(text: str) -> str | None:
        found, _ = dates.extract(text, lang)
        return next((d.value for d in found if d.kind == "date" and d.value), None)

    return parse


@pytest.fixture(scope="module", params=CASES, ids=[case[0] for case in CASES])
def case(request):
    name, lang, title, place, must, must_not = request.param
    doc = read_bytes((PAGES / name).read_bytes(), "html")
    return doc, lang, title, place, must, must_not


def test_html_page_keeps_the_release(case):
    doc, _, _, _, must, _ = case
    for snippet in must:
        assert snippet in doc.text


def test_html_page_drops_its_chrome(case):
    doc, _, _, _, _, must_not = case
    for snippet in must_not:
        assert snippet not in doc.text


def test_html_page_anatomy(case):
    doc, lang, title, place, _, _ = case
    found = anatomy.find(doc.text, blocks=doc.blocks, title_hint=doc.title, parse_date=date_parser(lang))
    assert doc.title == title and found.title == title
    assert (found.dateline.place if found.dateline else None) == place


def test_html_page_blocks_are_exact(case):
    doc = case[0]
    assert [doc.text[s:e] for s, e, _ in doc.blocks] == doc.text.split("\n\n")


def test_html_main_content_only_for_pages_without_an_article():
    """A page that marks its article is read as before: the article, whatever readability would say."""
    page = b"""<html><body><div class="teasers"><p>Another story, with commas, that is long enough to be scored, yes,
    and longer, and longer still, with more commas, and more words, and more.</p></div>
    <article><h1>Titre</h1><p>Court.</p></article></body></html>"""
    assert read_bytes(page, "html").text == "Titre\n\nCourt."


@pytest.mark.parametrize(
    "page,text",
    [
        (b"<html><body><div><p>Texte court.</p></div><div><p>Autre.</p></div></body></html>",
         "Texte court.\n\nAutre."),
        (b"<html><body>Juste du texte.</body></html>", "Juste du texte."),
        (b"<html><body><div><div>Un communiqu\xc3\xa9 sans paragraphe.</div></div></body></html>",
         "Un communiqué sans paragraphe."),
    ],
)
def test_html_page_without_scorable_paragraphs_is_kept_whole(page, text):
    assert read_bytes(page, "html").text == text


def test_html_contact_link_is_not_a_link_block():
    lines = "".join(f"<p>Paragraphe {i} du communiqué, avec des virgules, des faits, des chiffres, et encore du texte.</p>"
                    for i in range(4))
    page = f"""<html><body><div class="menu-x"><p><a href="/a">Accueil</a> <a href="/b">Presse</a></p></div>
    <div class="texte"><h1>Titre du communiqué</h1>{lines}
    <p><a href="mailto:presse@example.org">presse@example.org</a></p></div></body></html>"""
    text = read_bytes(page.encode(), "html").text
    assert "presse@example.org" in text and "Accueil" not in text


def test_html_page_split_over_many_tables_is_kept_whole():
    """Readability keeps one table of such a page: too small a share of its text to be trusted."""
    para = "Un paragraphe du communiqué, avec des virgules, des faits et des chiffres, assez long pour compter."
    page = "<html><body>" + "".join(f"<table><tr><td><p>{i}. {para}</p></td></tr></table>" for i in range(30))
    text = read_bytes((page + "</body></html>").encode(), "html").text
    assert text.count(para) == 30


@pytest.mark.parametrize(
    "body,blocks",
    [
        ("<div>Un.<br><br>Deux<br>suite.<br/> <br> <br>Trois <b>gras</b>.</div>", ["Un.", "Deux\nsuite.", "Trois gras."]),
        ("<div><h2>Titre</h2>Texte<br><br>Suite</div>", ["Titre", "Texte", "Suite"]),
        ("<p>Ligne<br><br>ligne</p>", ["Ligne\nligne"]),
        ("<pre>a<br><br>b</pre>", ["a\nb"]),
    ],
)
def test_html_two_breaks_end_a_paragraph(body, blocks):
    doc = read_bytes(f"<html><body>{body}</body></html>".encode(), "html")
    assert [doc.text[s:e] for s, e, _ in doc.blocks] == blocks


def test_html_page_published_date_is_not_a_sidebar_date():
    paragraphs = "".join(
        f"<p>Paragraphe {i} du communiqué, avec des virgules, des faits, des chiffres, et encore du texte.</p>"
        for i in range(4))
    page = f"""<html><body><div class="colonne"><ul>
    <li><a href="/1">Autre communiqué</a> <time datetime="2024-01-05">5 janvier</time></li>
    <li><a href="/2">Encore un autre</a> <time datetime="2024-01-02">2 janvier</time></li></ul></div>
    <div class="texte"><h1>Titre du communiqué</h1><p class="date"><time datetime="2024-03-12">12 mars 2024</time></p>
    {paragraphs}</div></body></html>"""
    doc = read_bytes(page.encode(), "html")
    assert doc.published == "2024-03-12"
    assert "Autre communiqué" not in doc.text
