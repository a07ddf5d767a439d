"""HTML (.html, .htm): the article's paragraphs, without the page's chrome.

BeautifulSoup (lxml parser) builds the tree. Turning a tree into paragraphs
is hand-written below because ``get_text()`` flattens block structure and
whitespace, and the anatomy finder needs both: each block-level element
becomes one block, inline whitespace collapses, ``&nbsp;`` stays U+00A0 and
``<br>`` stays a line break.

Files embedded as ``data:`` URIs (``<img src="data:image/jpeg;base64,…">``,
fonts in CSS ``url(data:font/woff2;…)``) are cut to an empty ``data:,``
before anything else: they are never text of the page, and a single ordinary
photo (2 MB of JPEG, 2.8 million characters of base64) would otherwise count
against ``Limits.max_text_chars`` and refuse the page.

Hostile pages: the markup is limited in length before parsing and in
nesting depth right after (``Limits.max_html_depth``), before any step that
walks the tree. Entities are not a risk here: lxml's HTML parser does not
read a DOCTYPE's internal subset, so ``<!ENTITY>`` declarations are neither
expanded nor fetched, and it never loads anything from the network.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, PageElement, Tag
from bs4.element import PreformattedString
from bs4.dammit import EncodingDetector

from releasepipe.errors import InputError
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_DEEP, Limits, check_text
from releasepipe.ingest.text import decode, iso_date, join_blocks, one_line
from releasepipe.model import Document, Issue

__all__ = ["HtmlContent", "decode_page", "extract", "read", "strip_data_uris"]

# Removed wherever they are.
_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "nav", "aside", "form", "template", "iframe", "svg",
     "canvas", "button", "select", "object", "embed", "dialog", "map"}
)
_DROP_ROLES = frozenset({"navigation", "search", "complementary", "dialog", "alert"})
# Page header and footer: removed outside the article only, since an
# article's own <header> holds its headline and its <footer> may hold contacts.
_CHROME_TAGS = frozenset({"header", "footer"})
_CHROME_ROLES = frozenset({"banner", "contentinfo"})
# Class or id of navigation and widgets. "nav" and "share" must start a word
# ("main-nav", "navbar", "share-buttons") so "canvas" or "unavailable" survive.
_CHROME_NAMES = re.compile(
    r"(?<![a-z])nav|topnav|subnav|menu|footer|sidebar|cookie|(?<![a-z])share|breadcrumb",
    re.IGNORECASE,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
     "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
     "footer", "form", "header", "hgroup", "hr", "legend", "li", "main", "menu", "nav",
     "ol", "p", "pre", "section", "summary", "ul", "tr", "td", "th"}
) | _HEADINGS

# Publication date metadata, most specific first.
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publish-date",
    "publication_date",
)

_WHITESPACE = re.compile(r"[ \t\n\r\f]+")  # ASCII only: U+00A0 is content

# A data: URI (an embedded image, font…) where markup or Markdown holds a
# URL: after a quote, "=" (unquoted attribute) or "(" (CSS url(), Markdown
# links). Its payload is base64 or percent-encoding, with the line breaks long
# attribute values may carry. No part of the pattern can match where another
# does, and none crosses a ":", so it runs in linear time.
_DATA_URI = re.compile(r"(?<=[\"'=(])data:(?:[\w.+-]+/[\w.+-]+)?(?:;[\w.+=-]*)*,[A-Za-z0-9+/=%\s]*", re.IGNORECASE)


@dataclass(slots=True)
class HtmlContent:
    """What :func:`extract` finds in a page, before normalization."""

    paragraphs: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None
    published: str | None = None


def read(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read an HTML page: title, publication date and the article's blocks."""
    markup, issues = decode_page(data)
    content = extract(markup, limits=limits, page=True)
    text, blocks = join_blocks(content.paragraphs)
    return Document(
        text=text,
        format="html",
        title=content.title,
        published=content.published,
        blocks=blocks,
        warnings=issues,
    )


def decode_page(data: bytes) -> tuple[str, list[Issue]]:
    """The markup of a page's bytes, honouring its ``<meta charset>`` (see :func:`~releasepipe.ingest.text.decode`)."""
    return decode(data, declared=EncodingDetector.find_declared_encoding(data, is_html=True))


def strip_data_uris(markup: str) -> str:
    """``markup`` with the payload of every ``data:`` URI cut (to ``data:,``)."""
    return _DATA_URI.sub("data:,", markup) if "data:" in markup else markup


def extract(markup: str, *, limits: Limits = DEFAULT_LIMITS, page: bool = False) -> HtmlContent:
    """Paragraphs ``(text, kind)``, title and publication date of an HTML page.

    Also used for the HTML part of an e-mail and for HTML fragments. The first
    non-empty ``<h1>`` of the article is its ``"title"`` block; other headings
    are ``"heading"``. With ``page``, a page without ``<main>`` or
    ``<article>`` keeps only its main content (see :func:`_keep_main_content`).
    Raises :class:`InputError` when the markup, without the payload of its
    embedded files, is over ``limits``.
    """
    markup = strip_data_uris(markup)
    check_text(markup, limits, "HTML markup")
    with warnings.catch_warnings():  # bs4 warns when markup looks like a URL or a file name
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "lxml")
    _check_depth(soup, limits.max_html_depth)
    container = _main_container(soup)
    if page:
        _paragraphs_from_breaks(soup)
        if container.name in ("body", "[document]"):
            _keep_main_content(soup, container)
    published = _published(soup, container)

    _drop_chrome(soup, container)
    paragraphs = _collect(container)

    title = None
    for i, (para, kind) in enumerate(paragraphs):
        if kind == "h1":
            if title is None and one_line(para):
                title = one_line(para)
                paragraphs[i] = (para, "title")
            else:
                paragraphs[i] = (para, "heading")
    if title is None:
        title = _fallback_title(soup)
    return HtmlContent(paragraphs=paragraphs, title=title, published=published)


def _main_container(soup: BeautifulSoup) -> Tag:
    """``<main>``, ``[role=main]``, the longest ``<article>``, else ``<body>``."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})  # type: ignore[call-overload]
    if isinstance(main, Tag):
        return main
    articles = [a for a in soup.find_all("article") if isinstance(a, Tag)]
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    body = soup.body
    return body if body is not None else soup


def _paragraphs_from_breaks(soup: BeautifulSoup) -> None:
    """Make a ``<p>`` of each run of text that two ``<br>`` in a row end.

    Pages written without paragraph elements ("text<br><br>text") are the
    paragraphs of a release all the same: as ``<p>`` they become blocks, and
    readability scores them as paragraphs (as one element they made it take
    their container, sidebar included).
    """
    parents: dict[int, Tag] = {}
    for tag in soup.find_all("br"):
        parent = tag.parent
        if parent is not None and id(parent) not in parents and parent.name not in _BREAKS_KEPT:
            nxt = tag.next_sibling
            while isinstance(nxt, NavigableString) and not nxt.strip():
                nxt = nxt.next_sibling
            if isinstance(nxt, Tag) and nxt.name == "br":
                parents[id(parent)] = parent
    for parent in parents.values():
        children = list(parent.children)
        # Each child's nearest non-blank sibling on each side is a <br>: one pass each way.
        visible = [not (isinstance(c, NavigableString) and not c.strip()) for c in children]
        is_br = [isinstance(c, Tag) and c.name == "br" for c in children]
        br_after = [False] * len(children)
        seen = False
        for k in range(len(children) - 1, -1, -1):
            br_after[k] = seen
            if visible[k]:
                seen = is_br[k]
        runs: list[list[PageElement]] = [[]]
        seen = False
        for k, child in enumerate(children):
            if is_br[k] and (br_after[k] or seen):
                child.extract()
                runs.append([])
            elif isinstance(child, Tag) and (child.name in _BLOCK_TAGS or child.name == "table"):
                runs.append([])
            else:
                runs[-1].append(child)
            if visible[k]:
                seen = is_br[k]
        for run in runs:
            if any(isinstance(c, Tag) or str(c).strip() for c in run):
                wrapper = soup.new_tag("p")
                run[0].insert_before(wrapper)
                for c in run:
                    wrapper.append(c.extract())


# Elements whose <br><br> stay line breaks.
_BREAKS_KEPT = _HEADINGS | {"p", "pre"}
# An e-mail address or a phone number.
_CONTACT_LIKE = re.compile(r"[\w.+-]+@[\w-]+\.\w|\+?\(?\d[\d ().\-/]{6,}\d")


def _keep_main_content(soup: BeautifulSoup, root: Tag) -> None:
    """Remove what is not the page's main content: menus, sidebars, footers.

    For pages that do not mark their article (no ``<main>``, ``<article>``):
    their chrome is named in every language and every way, so names cannot
    find it. The content is chosen by readability's scoring (trafilatura's
    fork: paragraphs of sentences, their parents, link density), which
    measured better than trafilatura's own extraction on pages built like
    news, government and NGO sites (it kept a cookie banner and a footer
    named in French, and a layout table's sidebar). Its choice is read back
    onto this tree (every element carries its position in an attribute) so
    that the text and blocks are built from this tree, as for any page.
    Kept besides: the headline (an ``<h1>``, which readability leaves out),
    the short run of elements between it and the content (date, byline,
    standfirst), and what follows the best element in its parent when it
    gives an e-mail address or a phone number (a contact box). Then blocks
    that are mostly links (other news, tags, share buttons) go. When
    readability finds nothing, or too small a part of the page, the page is
    left whole.
    """
    tags = root.find_all(True)
    if not tags:
        return
    kept, best = _readability_choice(soup, tags)
    if not kept:
        for tag in tags:
            del tag[_MARK]
        return
    index = {id(tag): i for i, tag in enumerate(tags)}
    parent = [index.get(id(tag.parent), -1) for tag in tags]
    last = list(range(len(tags)))  # position of each element's last descendant
    for i in range(len(tags) - 1, -1, -1):
        if parent[i] >= 0:
            last[parent[i]] = max(last[parent[i]], last[i])
    if best is not None and tags[best].parent is root:
        # Readability adds the best element's siblings that read like text;
        # beside a page-wide wrapper, those are the page's header and footer.
        kept = {i for i in kept if best <= i <= last[best]}
    keep = [i in kept for i in range(len(tags))]
    if best is not None and tags[best].parent is not root and tags[best].parent is not None:
        # What follows the content in its own parent and gives an address or
        # a number: a contact box, notes to editors (a column of other news
        # there has none).
        for sibling in tags[best].find_next_siblings(True):
            j = index[id(sibling)]
            if _CONTACT_LIKE.search(sibling.get_text(" ")):
                keep[j:last[j] + 1] = [True] * (last[j] + 1 - j)
    headline = _headline(soup, tags, kept, index)
    if headline is not None:
        h, h_end = index[id(headline)], last[index[id(headline)]]
        keep[h:h_end + 1] = [True] * (h_end + 1 - h)
        first = min((i for i in kept if i > h_end), default=None)
        if first is not None:
            between = [i for i in range(h_end + 1, first) if last[i] < first and parent[i] not in range(h_end + 1, first)]
            if sum(len(tags[i].get_text(" ", strip=True)) for i in between) <= _BETWEEN_MAX_CHARS:
                for i in between:
                    keep[i:last[i] + 1] = [True] * (last[i] + 1 - i)
    if _kept_share(root, tags, keep, parent) < _MIN_KEPT_SHARE:
        for tag in tags:
            del tag[_MARK]
        return  # readability chose a corner of the page: better the whole page than a corner
    inside = list(keep)  # kept, or holding something kept
    for i in range(len(tags) - 1, -1, -1):
        if inside[i] and parent[i] >= 0:
            inside[parent[i]] = True
    for i, tag in enumerate(tags):
        del tag[_MARK]
    # Top down: an element holding kept ones loses everything else; a kept
    # element loses the blocks readability dropped (its inline elements stay:
    # readability unwraps <br> and keeps no mark on them).
    stack: list[Tag] = [root]
    while stack:
        tag = stack.pop()
        structural = tag is root or not keep[index[id(tag)]]
        for child in list(tag.children):
            if isinstance(child, Tag):
                j = index.get(id(child), -1)
                if j >= 0 and inside[j]:
                    stack.append(child)
                elif structural or child.name in _BLOCK_TAGS or child.name == "table":
                    child.decompose()
            elif structural and isinstance(child, NavigableString) and child.strip():
                child.extract()
    _drop_link_blocks(root, keep=headline)


def _kept_share(root: Tag, tags: list[Tag], keep: list[bool], parent: list[int]) -> float:
    """The share of the page's text outside links that the kept elements hold."""
    kept = sum(len(tags[i].get_text(strip=True)) for i in range(len(tags))
               if keep[i] and not (parent[i] >= 0 and keep[parent[i]]))
    links = sum(len(a.get_text(strip=True)) for a in root.find_all("a"))
    return kept / max(1, len(root.get_text(strip=True)) - links)


# Below this share of the page's text (links apart), readability's choice is
# not trusted. On the pages built like news, government and NGO sites in
# tests/ingest/pages the release holds 63-93 % of it.
_MIN_KEPT_SHARE = 1 / 3
_MARK = "data-releasepipe-pos"
_MARK_VALUE = re.compile(rf'{_MARK}="(\d+)"')
# The run of elements between the headline and the content kept with them
# (dateline, byline, standfirst), when it is this short.
_BETWEEN_MAX_CHARS = 600


def _readability_choice(soup: BeautifulSoup, tags: list[Tag]) -> tuple[set[int], int | None]:
    """Positions (in ``tags``) of the elements readability keeps as the main
    content, and of the element it found best."""
    import lxml.html  # type: ignore[import-untyped]
    from trafilatura.readability_lxml import Document as Readability

    for i, tag in enumerate(tags):
        tag[_MARK] = str(i)
    try:
        # Document.summary() without its fallback: with no candidate it returns
        # the whole body, cleaned of short blocks, where the page is better kept.
        found = Readability(lxml.html.fromstring(str(soup)))
        for elem in list(found.doc.iter("script", "style")):
            elem.drop_tree()
        found.remove_unlikely_candidates()
        found.transform_misused_divs_into_paragraphs()
        candidates = found.score_paragraphs()
        best = found.select_best_candidate(candidates)
        if best is None:
            return set(), None
        best_at = int(best.elem.get(_MARK, -1))
        summary = found.sanitize(found.get_article(candidates, best), candidates)
    except Exception:  # markup lxml cannot build a tree of: keep the page
        return set(), None
    kept = {i for i in map(int, _MARK_VALUE.findall(summary)) if i < len(tags)}
    if not any(tags[i].get_text(strip=True) for i in kept):
        return set(), None
    return kept, best_at if 0 <= best_at < len(tags) else None


def _headline(soup: BeautifulSoup, tags: list[Tag], kept: set[int], index: dict[int, int]) -> Tag | None:
    """The ``<h1>`` that heads the content: the longest one the page's title
    names (a site's name in an ``<h1>`` is named there too), else the last
    before the content."""
    heads = [tag for tag in tags if tag.name == "h1" and one_line(tag.get_text(" "))]
    if not heads:
        return None
    names = [one_line(str(meta.get("content") or "")).casefold()
             for meta in soup.find_all("meta", attrs={"property": "og:title"})]
    if soup.title is not None:
        names.append(one_line(soup.title.get_text(" ")).casefold())
    named = [head for head in heads if any(one_line(head.get_text(" ")).casefold() in name for name in names if name)]
    if named:
        return max(named, key=lambda head: len(one_line(head.get_text(" "))))
    first = min(kept)
    before = [head for head in heads if index[id(head)] < first]
    return before[-1] if before else heads[0]


def _drop_link_blocks(root: Tag, *, keep: Tag | None) -> None:
    """Remove blocks whose text is mostly links (lists of other news, tags, menus).

    Links to an e-mail address or a phone number are text here: a contact
    line may be nothing else. One pass from the leaves up (a search per
    element made this quadratic on long pages).
    """
    tags = root.find_all(True)
    index = {id(tag): i for i, tag in enumerate(tags)}
    parent = [index.get(id(tag.parent), -1) for tag in tags]
    text = [sum(len(s.strip()) for s in tag.children if isinstance(s, NavigableString)
                and not isinstance(s, PreformattedString)) for tag in tags]
    links = [0] * len(tags)
    holds_block = [False] * len(tags)
    for i in range(len(tags) - 1, -1, -1):
        tag = tags[i]
        if tag.name == "a" and not str(tag.get("href") or "").lower().startswith(("mailto:", "tel:")):
            links[i] = text[i]
        if parent[i] >= 0:
            text[parent[i]] += text[i]
            links[parent[i]] += links[i]
            holds_block[parent[i]] = holds_block[parent[i]] or holds_block[i] or tag.name in _LINK_BLOCK_TAGS
    for i, tag in enumerate(tags):
        if (tag.name in _LINK_BLOCK_TAGS and not holds_block[i] and tag is not keep
                and text[i] and links[i] > _MAX_LINK_SHARE * text[i]):
            tag.decompose()


_LINK_BLOCK_TAGS = frozenset({"p", "li", "dd", "dt", "td", "th", "div", "h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_LINK_SHARE = 0.5


def _published(soup: BeautifulSoup, container: Tag) -> str | None:
    found: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if isinstance(key, str) and isinstance(value, str):
            found.setdefault(key.strip().lower(), value)
    for key in _DATE_META:
        day = iso_date(found.get(key))
        if day:
            return day
    for tag in [*container.find_all(attrs={"itemprop": "datePublished"}),  # type: ignore[call-overload]
                *container.find_all("time")]:
        value = tag.get("datetime") or tag.get("content")
        day = iso_date(value if isinstance(value, str) else None)
        if day:
            return day
    return None


def _fallback_title(soup: BeautifulSoup) -> str | None:
    og = soup.find("meta", attrs={"property": "og:title"})
    if isinstance(og, Tag) and isinstance(og.get("content"), str) and one_line(str(og["content"])):
        return one_line(str(og["content"]))
    for tag in (soup.title, soup.find("h1")):
        if isinstance(tag, Tag) and one_line(tag.get_text(" ")):
            return one_line(tag.get_text(" "))
    return None


def _check_depth(soup: BeautifulSoup, max_depth: int) -> None:
    """Refuse a tree nested deeper than ``max_depth`` elements (iteratively)."""
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        if depth > max_depth:
            raise InputError(TOO_DEEP, f"HTML elements are nested over {max_depth} levels deep (max_html_depth)")
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))


def _drop_chrome(soup: BeautifulSoup, container: Tag) -> None:
    """Remove navigation, widgets and hidden elements, top down.

    A removed element's descendants are never visited. (Asking a tag whether
    it was ``decomposed`` costs a search of its whole subtree in
    BeautifulSoup 4.13+, which made this quadratic on nested markup.)
    """
    protected = {id(container), *(id(parent) for parent in container.parents)}
    inside = {id(tag) for tag in container.find_all(True)}
    container_size = len(container.get_text())
    stack: list[Tag] = [soup]
    while stack:
        tag = stack.pop()
        if id(tag) not in protected and tag.name not in ("html", "head", "body", "meta", "title"):
            role = str(tag.get("role") or "").lower()
            drop = False
            if tag.name in _DROP_TAGS or role in _DROP_ROLES or _hidden(tag):
                drop = True
            elif tag.name in _CHROME_TAGS or role in _CHROME_ROLES:
                drop = id(tag) not in inside or container.name in ("body", "[document]")
            elif _chrome_name(tag) and len(tag.get_text()) < 0.5 * container_size:
                # The size guard keeps a wrapper like <div class="content-with-sidebar">
                # that holds most of the article.
                drop = True
            if drop:
                tag.decompose()
                continue
        stack.extend(child for child in reversed(tag.contents) if isinstance(child, Tag))


def _hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style") or "")))


def _chrome_name(tag: Tag) -> bool:
    classes: Any = tag.get("class") or []
    names = " ".join([*(classes if isinstance(classes, list) else [classes]), str(tag.get("id") or "")])
    return bool(names.strip()) and bool(_CHROME_NAMES.search(names))


def _collect(root: Tag) -> list[tuple[str, str]]:
    """Blocks of ``root`` in document order; ``h1`` headings keep kind ``"h1"``.

    Iterative rather than recursive so that deeply nested markup cannot
    exhaust the Python stack.
    """
    out: list[tuple[str, str]] = []
    buffer: list[str] = []
    headings: list[str] = []
    pre_depth = 0

    def flush(kind: str | None = None) -> None:
        raw = "".join(buffer)
        buffer.clear()
        para = raw if pre_depth else re.sub(r" *\n *", "\n", re.sub(r" {2,}", " ", raw))
        if not para.strip():
            return
        if kind is None:
            kind = ("h1" if headings[-1] == "h1" else "heading") if headings else "paragraph"
        out.append((para, kind))

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            assert isinstance(node, Tag)
            if node.name in _HEADINGS:
                flush()
                headings.pop()
            elif node.name == "pre":
                flush()
                pre_depth -= 1
            elif node.name in _BLOCK_TAGS:
                flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, doctype, CDATA
                buffer.append(str(node) if pre_depth else _WHITESPACE.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        if node.name == "br":
            buffer.append("\n")
            continue
        if node.name == "table":
            flush()
            out.extend(_table(node))
            continue
        if node.name in _BLOCK_TAGS:
            flush()
        if node.name in _HEADINGS:
            headings.append(node.name)
        if node.name == "pre":
            pre_depth += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return out


def _table(table: Tag) -> list[tuple[str, str]]:
    """One block per data row, cells joined by " | "; layout tables unpacked."""
    out: list[tuple[str, str]] = []
    for child in table.find_all(recursive=False):
        if child.name == "caption":
            out.extend(_collect(child))
    for row in _rows(table):
        cells = [_collect(cell) for cell in row.find_all(["td", "th"], recursive=False)]
        cells = [cell for cell in cells if cell]
        if not cells:
            continue
        layout = len(cells) == 1 or any(
            len(cell) > 2 or any(kind != "paragraph" for _, kind in cell) for cell in cells
        )
        if layout:
            for cell in cells:
                out.extend(cell)
        else:
            line = " | ".join("; ".join(one_line(para) for para, _ in cell) for cell in cells)
            out.append((line, "paragraph"))
    return out


def _rows(table: Tag) -> list[Tag]:
    rows: list[Tag] = []
    for child in table.find_all(recursive=False):
        if child.name == "tr":
            rows.append(child)
        elif child.name in ("thead", "tbody", "tfoot"):
            rows.extend(child.find_all("tr", recursive=False))
    return rows
