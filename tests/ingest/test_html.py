"""HTML reader."""

from __future__ import annotations

import base64
import codecs
import random
from pathlib import Path

import pytest

from releasepipe.errors import Code, InputError
from releasepipe.ingest import read, read_bytes
from releasepipe.ingest.html import extract, strip_data_uris
from releasepipe.model import Document

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Retours volontaires | Organisation</title>
  <meta property="article:published_time" content="2024-10-14T09:00:00+01:00">
  <style>p { color: red }</style>
  <script>var tracking = "ne pas lire";</script>
</head>
<body>
  <header class="site-header"><a href="/">Organisation</a><h1 class="logo">Organisation</h1></header>
  <nav><ul><li>Accueil</li><li>Actualités</li></ul></nav>
  <div class="cookie-banner">Nous utilisons des cookies.</div>
  <main>
    <div class="breadcrumb">Accueil › Presse</div>
    <article class="post has-sidebar">
      <header>
        <p class="kicker">Communiqué de presse</p>
        <h1>Au Niger, 3&nbsp;200 migrants
            rentrés chez eux</h1>
        <time datetime="2024-10-15">15 octobre 2024</time>
      </header>
      <div class="share-buttons"><a>Partager</a></div>
      <p><strong>Niamey, le 14 octobre 2024</strong> – Le programme
         de <a href="/retour">retour volontaire</a> a aidé<br>des familles.</p>
      <h2>Chiffres clés</h2>
      <ul>
        <li>3&nbsp;200 personnes</li>
        <li>40&nbsp;% de femmes<ul><li>dont 12&nbsp;% de mineures</li></ul></li>
      </ul>
      <div>Un texte posé directement dans un div <p>puis un paragraphe</p></div>
      <blockquote>« Ce programme change des vies », a déclaré Aminata Diallo.</blockquote>
      <table>
        <tr><th>Contact</th><th>Téléphone</th></tr>
        <tr><td>Julie Martin</td><td>+227 90 12 34 56</td></tr>
      </table>
      <footer>Contact presse : presse@example.org</footer>
    </article>
    <aside>À lire aussi : un autre communiqué</aside>
  </main>
  <footer>© Organisation, mentions légales</footer>
  <noscript>Activez JavaScript</noscript>
</body>
</html>
"""


def blocks_of(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s:e], kind) for s, e, kind in doc.blocks]


def test_html_article_blocks(tmp_path: Path) -> None:
    path = tmp_path / "retours.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read(path)
    assert doc.format == "html"
    assert doc.title == "Au Niger, 3\u00a0200 migrants rentrés chez eux"
    assert doc.published == "2024-10-14"
    assert blocks_of(doc) == [
        ("Communiqué de presse", "paragraph"),
        ("Au Niger, 3\u00a0200 migrants rentrés chez eux", "title"),
        ("15 octobre 2024", "paragraph"),
        ("Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé\ndes familles.", "paragraph"),
        ("Chiffres clés", "heading"),
        ("3\u00a0200 personnes", "paragraph"),
        ("40\u00a0% de femmes", "paragraph"),
        ("dont 12\u00a0% de mineures", "paragraph"),
        ("Un texte posé directement dans un div", "paragraph"),
        ("puis un paragraphe", "paragraph"),
        ("« Ce programme change des vies », a déclaré Aminata Diallo.", "paragraph"),
        ("Contact | Téléphone", "paragraph"),
        ("Julie Martin | +227 90 12 34 56", "paragraph"),
        ("Contact presse : presse@example.org", "paragraph"),
    ]
    assert "\n\n".join(text for text, _ in blocks_of(doc)) == doc.text


@pytest.mark.parametrize(
    "unwanted",
    ["tracking", "color: red", "Accueil", "cookies", "Partager", "À lire aussi", "mentions légales", "JavaScript"],
)
def test_html_drops_chrome(unwanted: str) -> None:
    assert unwanted not in read_bytes(PAGE.encode(), "html").text


def test_html_without_main_uses_body_and_title_tag() -> None:
    page = b"""<html><head><title>Appel aux dons pour le Sahel</title></head>
    <body><div id="menu">Accueil | Presse</div>
    <div class="content"><p>Gen\xc3\xa8ve, le 3 mars 2025 \xe2\x80\x93 Texte.</p></div>
    <div class="footer">Pied de page</div></body></html>"""
    doc = read_bytes(page, "html")
    assert doc.title == "Appel aux dons pour le Sahel"
    assert doc.text == "Genève, le 3 mars 2025 – Texte."
    assert [kind for _, _, kind in doc.blocks] == ["paragraph"]


def test_html_og_title_preferred_over_title_tag() -> None:
    page = b"""<html><head><title>Presse - Site</title>
    <meta property="og:title" content="Retours au Niger"></head><body><p>Texte.</p></body></html>"""
    assert read_bytes(page, "html").title == "Retours au Niger"


def test_html_wrapper_named_like_chrome_is_kept() -> None:
    page = b"""<html><body><div class="page-with-sidebar"><p>Premier paragraphe du communiqu\xc3\xa9.</p>
    <p>Second paragraphe.</p></div><div class="sidebar">Liens</div></body></html>"""
    assert read_bytes(page, "html").text == "Premier paragraphe du communiqué.\n\nSecond paragraphe."


def test_html_canvas_like_names_are_not_navigation() -> None:
    page = b'<html><body><div class="canvas-text unavailable"><p>Texte conserv\xc3\xa9.</p></div></body></html>'
    assert read_bytes(page, "html").text == "Texte conservé."


def test_html_hidden_elements_dropped() -> None:
    page = b'<html><body><p>Visible.</p><p style="display: none">Cach\xc3\xa9.</p><p hidden>Aussi.</p></body></html>'
    assert read_bytes(page, "html").text == "Visible."


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2024-10-14T08:00:00Z">',
        '<meta name="date" content="2024-10-14">',
        '<meta name="DC.date.issued" content="2024-10-14">',
        '<meta name="dc.date" content="2024/10/14">',
        '<meta property="og:published_time" content="2024-10-14">',
    ],
)
def test_html_published_from_meta(head: str) -> None:
    page = f"<html><head>{head}</head><body><p>Texte.</p></body></html>"
    assert read_bytes(page.encode(), "html").published == "2024-10-14"


def test_html_published_from_time_in_article() -> None:
    page = b'<html><body><article><time datetime="2024-10-14T10:00">14/10</time><p>Texte.</p></article></body></html>'
    assert read_bytes(page, "html").published == "2024-10-14"


def test_html_no_date_is_none() -> None:
    assert read_bytes(b"<html><body><p>Texte.</p></body></html>", "html").published is None


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            '<html><head><meta charset="windows-1252"></head><body><p>L’aide – 3 % « ici »</p></body></html>'.encode(
                "cp1252"
            ),
            id="meta-charset-cp1252",
        ),
        pytest.param(
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            "<body><p>L’aide – 3 % « ici »</p></body></html>".encode("cp1252"),
            id="http-equiv-latin1",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + "<html><body><p>L’aide – 3 % « ici »</p></body></html>".encode("utf-16-le"),
            id="utf-16-bom",
        ),
        pytest.param(
            '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>L’aide – 3 % « ici »</p></body></html>".encode(),
            id="xhtml-declaration",
        ),
    ],
)
def test_html_encodings(data: bytes) -> None:
    assert read_bytes(data, "html").text == "L’aide – 3 % « ici »"


ESCAPES = "Genève, le 4 mars 2025 – L’appel est lancé \\u0041\\x3cscript\\x3e +ADw-b+AD4- xn--bcher-kva pour les régions."


@pytest.mark.parametrize(
    "label",
    ["unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf-7", "utf_7", "palmos", "rot13", "uu", "zlib",
     "base64", "hex", "x-user-defined", "iso-2022-kr", "no-such-charset"],
)
@pytest.mark.parametrize("form", ['<meta charset="{}">', '<meta http-equiv="Content-Type" content="text/html; charset={}">'])
def test_html_declared_charset_outside_the_whatwg_standard_is_ignored(label: str, form: str) -> None:
    """Python codecs the Encoding Standard does not define are not honoured: detection reads the page."""
    page = f"<html><head>{form.format(label)}</head><body><p>{ESCAPES}</p></body></html>"
    assert read_bytes(page.encode("cp1252"), "html").text == ESCAPES


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("latin1", "cp1252", "L’aide – 3 % « ici »"),
        ("ISO-8859-2", "iso8859-2", "Łódź, 4 marca 2025 - Pomoc dla 3 200 rodzin w województwie."),
        ("koi8-r", "koi8-r", "Москва, 4 марта 2025 года - помощь получили 3 200 семей."),
        ("windows-1251", "cp1251", "Москва, 4 марта 2025 года - помощь получили 3 200 семей."),
        ("shift_jis", "cp932", "東京、2025年3月4日、3,200世帯が支援を受けました。"),
    ],
    ids=["latin1", "iso-8859-2", "koi8-r", "windows-1251", "shift_jis"],
)
def test_html_declared_whatwg_label_is_honoured(label: str, codec: str, text: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'
    assert read_bytes(page.encode(codec), "html").text == text


def test_html_layout_table_is_unpacked() -> None:
    page = b"""<html><body><table><tr>
      <td><h1>Titre du communiqu\xc3\xa9</h1><p>Premier.</p><p>Second.</p></td>
      <td><p>Colonne de droite.</p></td></tr></table></body></html>"""
    doc = read_bytes(page, "html")
    assert blocks_of(doc) == [
        ("Titre du communiqué", "title"),
        ("Premier.", "paragraph"),
        ("Second.", "paragraph"),
        ("Colonne de droite.", "paragraph"),
    ]


def test_html_second_h1_is_heading() -> None:
    doc = read_bytes(b"<html><body><h1>Un</h1><p>x</p><h1>Deux</h1></body></html>", "html")
    assert [kind for _, _, kind in doc.blocks] == ["title", "paragraph", "heading"]


def test_html_pre_keeps_lines() -> None:
    doc = read_bytes(b"<html><body><pre>Contact :\n  Julie Martin\n  +227 90 12 34 56</pre></body></html>", "html")
    assert doc.text == "Contact :\n  Julie Martin\n  +227 90 12 34 56"


def test_html_extract_of_fragment() -> None:
    content = extract("<p>Un <em>fragment</em>&nbsp;!</p>")
    assert content.paragraphs == [("Un fragment\u00a0!", "paragraph")]
    assert content.title is None


PHOTO = base64.b64encode(random.Random(0).randbytes(2 * 1024 * 1024)).decode()  # 2 MB of "JPEG", 2.8 M characters
WRAPPED = "\r\n".join(PHOTO[i : i + 76] for i in range(0, len(PHOTO), 76))
RELEASE_HTML = "<h1>Titre du communiqué</h1><p>Genève, le 3 mars 2025 – Le programme a aidé 3 200 familles.</p>"


@pytest.mark.parametrize(
    "embedded",
    [
        pytest.param(f'<img alt="Photo" src="data:image/jpeg;base64,{PHOTO}">', id="img-src"),
        pytest.param(f"<img src=data:image/jpeg;base64,{PHOTO}>", id="unquoted"),
        pytest.param(f'<img src="data:image/jpeg;base64,{WRAPPED}">', id="line-wrapped"),
        pytest.param(f'<div style="background: url(data:image/png;base64,{PHOTO})"></div>', id="css-url"),
        pytest.param(f"<style>@font-face {{ src: url('data:font/woff2;base64,{PHOTO}') }}</style>", id="font"),
        pytest.param(f'<picture><source srcset="data:image/webp;base64,{PHOTO} 1x"></picture>', id="srcset"),
    ],
)
def test_html_embedded_files_do_not_count_against_the_text_limit(embedded: str) -> None:
    page = f"<html><body>{RELEASE_HTML}{embedded}<p>Fin.</p></body></html>"
    doc = read_bytes(page.encode(), "html")
    assert doc.text == "Titre du communiqué\n\nGenève, le 3 mars 2025 – Le programme a aidé 3 200 familles.\n\nFin."


@pytest.mark.parametrize(
    ("markup", "stripped"),
    [
        ('<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">', '<img src="data:," alt="x">'),
        ("<a href='data:text/plain;charset=utf-8,Bonjour%20%21'>lien</a>", "<a href='data:,'>lien</a>"),
        ("url(data:image/svg+xml,%3Csvg%3E)", "url(data:,)"),
        ("<p>Les data: 3 200 personnes, metadata:image/x</p>", "<p>Les data: 3 200 personnes, metadata:image/x</p>"),
    ],
)
def test_html_strip_data_uris(markup: str, stripped: str) -> None:
    assert strip_data_uris(markup) == stripped


def test_html_text_over_the_limit_is_still_refused() -> None:
    page = f"<html><body><p>{'texte ' * 400_000}</p></body></html>"
    with pytest.raises(InputError) as caught:
        read_bytes(page.encode(), "html")
    assert caught.value.code is Code.TOO_LARGE and "(max_text_chars)" in caught.value.message
