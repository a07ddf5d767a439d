"""Inputs for the fuzz tests: arbitrary text and bytes, and text made of press-release pieces."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

# Pieces that steer the extractors into their interesting paths: datelines,
# figures, dates, phones, e-mails, quotation marks, contact and boilerplate heads.
PIECES = [
    "Niamey, le 14 octobre 2024 – ", "GENÈVE, 3 mars 2025 — ", "Berlin, 14. Oktober 2024: ", "3 200 migrants",
    "1,5 million d'euros", "$2.5 billion", "40 %", "près de 40\u00a0%", "rund 1.500 Menschen",
    "between 20 and 30 people",
    "12/03/2024", "2024-10-14", "du 3 au 5 mars", "hier", "last week", "el próximo lunes", "depuis 2015", "10 ans",
    "+227 90 12 34 56", "(022) 555-0199", "Tel. 030 1234567", "Fax : +41 22 717 91 11", "jmartin@example.org",
    "https://example.org/presse", "www.example.com", "« Ce programme change des vies », a déclaré Aminata Diallo.",
    "“We are ready,” said Amy Pope.", "„Wir sind bereit“, sagte sie.", '"Yes," he added.', "Contact presse :",
    "Media contact:", "Pressekontakt", "###", "-30-", "À propos de l'OIM", "About IOM", "Communiqué de presse",
    "EMBARGO: 14 octobre 2024", "For immediate release", "1.", "a)", "•", "\n", "\n\n", "\n\n\n", " ", "\t",
    "\u00a0", "\u202f", "\u200b", "\u00ad", "\r\n", "«", "»", "“", "”", "„", "‹", "›", '"', "'", "’", "(", ")", "[", "]",
    ":",
    "–", "-", "/", ".", ",", ";", "0", "9", "€", "%", "e\u0301", "ﬁ", "\U0001f389", "日本語", "Москва", "عربي",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join),
)
languages = st.sampled_from(["fr", "en", "es", "de", "it", "pt", "nl", "pl", "und", "xx"])


@st.composite
def encoded_texts(draw: st.DrawFn) -> bytes:
    text = draw(texts)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]))
    return text.encode(encoding, errors="ignore")


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    tags = ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<h2>", "<br>", "<table><tr><td>", "</td><td>",
            "</td></tr></table>", "<pre>", "</pre>", "<nav>", "</nav>", "<main>", "</main>", "<article>",
            "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&nbsp;", "&amp;", "&#0;", "&#x110000;",
            '<meta name="date" content="', '">', '<div class="menu">', '<span style="display:none">', "<title>",
            "</title>", "<header>", "<footer>", '<time datetime="', "<!DOCTYPE html>", '<meta charset="',
            "<svg><p>", "<li>", "<ul>", "<math>", "<template>"]
    parts = draw(st.lists(st.one_of(st.sampled_from(tags), texts), max_size=40))
    return "".join(parts).encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])), errors="ignore")


@st.composite
def markdown_sources(draw: st.DrawFn) -> bytes:
    marks = ["# ", "## ", "> ", "- ", "* ", "1. ", "```\n", "    ", "|", "|---|", "---\n", "title: ", "**", "_",
             "[", "](", ")", "![", "<div>", "</div>", "\\", "`", "~~", "\n", "\n\n"]
    parts = draw(st.lists(st.one_of(st.sampled_from(marks), texts), max_size=40))
    return "".join(parts).encode("utf-8", errors="ignore")


@st.composite
def emails(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):  # raw, possibly broken, headers and MIME structure
        pieces = ["From: ", "Subject: ", "Date: ", "Content-Type: ", "multipart/mixed; boundary=\"b\"", "text/plain",
                  "text/html", "charset=", "Content-Transfer-Encoding: ", "base64", "quoted-printable", "\r\n",
                  "\r\n\r\n", "--b\r\n", "--b--", "=?utf-8?q?", "?=", "=E9", "format=flowed", "message/rfc822"]
        parts = draw(st.lists(st.one_of(st.sampled_from(pieces), texts), max_size=40))
        return "".join(parts).encode("utf-8", errors="surrogateescape")
    message = EmailMessage()
    message["Subject"] = "".join(ch for ch in draw(texts) if ch.isprintable())[:80] or "x"
    message["From"] = "presse@example.org"
    body = draw(texts)
    if draw(st.booleans()):
        message.set_content(body)
    else:
        message.set_content(f"<p>{body}</p>", subtype="html")
    if draw(st.booleans()):
        message.add_attachment(draw(st.binary(max_size=64)), maintype="application", subtype="octet-stream",
                               filename="pièce.bin")
        message.set_boundary("fuzz-boundary")  # else the standard library draws one with random
    try:
        return message.as_bytes()
    except Exception:  # the standard library cannot serialize every header we draw
        return body.encode("utf-8", errors="ignore")


@st.composite
def docx_files(draw: st.DrawFn) -> bytes:
    document = docx.Document()
    for text in draw(st.lists(texts, max_size=5)):
        clean = "".join(ch for ch in text if ch in "\t\n" or (ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF
                                                               and ch not in "\ufffe\uffff"))
        style = draw(st.sampled_from([None, "Title", "Heading 1", "Heading 2"]))
        document.add_paragraph(clean, style=style)
    buffer = io.BytesIO()
    document.save(buffer)
    return _mutate(draw, buffer.getvalue())


@st.composite
def pdf_files(draw: st.DrawFn) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 780
    for text in draw(st.lists(texts, max_size=4)):
        for line in text.splitlines()[:5]:
            pdf.drawString(72, y, line.encode("latin-1", errors="ignore").decode("latin-1"))
            y -= 14
    pdf.showPage()
    pdf.save()
    return _mutate(draw, buffer.getvalue())


def _mutate(draw: st.DrawFn, data: bytes) -> bytes:
    """Leave the file intact, or flip, cut or splice some of its bytes."""
    how = draw(st.sampled_from(["intact", "flip", "cut", "splice"]))
    if how == "intact" or not data:
        return data
    at = draw(st.integers(0, len(data) - 1))
    if how == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if how == "cut":
        return data[:at]
    return data[:at] + draw(st.binary(max_size=64)) + data[at:]
