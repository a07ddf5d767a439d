"""Who said what: direct quotations of a release and their speakers.

Quotation marks are paired by hand: no maintained library pairs the marks of
French, English, Spanish and German typography (« », “ ”, „ “, " ", ‹ ›),
quotes nested in quotes, and quotes that run over several paragraphs (the
French and English conventions repeat the opening mark at each new paragraph
and close only the last one). An opening mark may be followed by a space
('" We will…', "„ Wir…"). A quotation introduced by a speech verb and a colon
without marks ("The Minister said:" followed by a paragraph) is a quote too,
and so is a statement announced before its paragraph ("X released the
following statement today:", "X a fait la déclaration suivante :"), and, in
the languages whose press writes direct speech after a dash (Polish, Russian,
the other Slavic packs, Spanish and Portuguese: ``dash_quotes``), "– Quote –
powiedział X." or "—Quote —dijo—." when a
speech verb next to it attributes it.

The speaker comes from a speech verb next to the quote, before or after it,
in either order ("said IOM Director General Amy Pope", "Amy Pope said",
"selon Aminata Diallo"). A pronoun ("a-t-elle ajouté", "he added", "fügte sie
hinzu") or a title alone ("the Minister said") is resolved to the nearest
person mentioned before it; a quote with no attribution of its own takes the
speaker of the quotation it continues. ``speaker`` is the person entity's
``name``, also when the text writes a surname, a title or a rank ("Volesky",
"DG Vitorino", "Maj. Gen. …"), which are looked up among the release's people;
``speaker_mention`` is the words of the text that designate the speaker (the
name, title or pronoun as written). A definite phrase stands for a person only
when it is a title ("the Minister"), not a body ("the court").

Speech verbs, pronouns, statement phrases and the adverbs allowed between a
verb and its colon are tables keyed by language (fr, en, es, de, it, pt, nl,
pl, ru); ranks and titles come from :mod:`releasepipe.extract.roles`.

A multi-paragraph quotation gives one :class:`~releasepipe.model.Quote` per
paragraph, all with the same speaker, so that every ``text`` is free of marks
and equals the release text between ``start`` and ``end``.

Scare quotes ("bugs", « Public Code ») and titles are not quotations: a quote
shorter than :data:`MIN_WORDS` words, or shaped like a title (Title Case, an
article or "campaign" before it, a compound such as „…“-Kampagne, a title and
its translation in brackets), is kept only when a speech verb attributes it.
Title Case marks a title only when the quote reads as no sentence: a
statement full of names and ranks ending with a full stop is a quote.
On the development gold this keeps every quotation and drops all but two of
the quoted names and titles (``benchmarks/contacts_quotes.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Entity, Mention, Quote

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["MIN_WORDS", "extract", "is_speech_verb"]

#: Fewest words for an unattributed quote; shorter ones are scare quotes or titles.
MIN_WORDS = 6
#: Fewest words for a quote to take the speaker of a neighbouring quote.
MIN_WORDS_INHERIT = 4
#: Fewest words quoted inside a sentence after a speech verb to count as the speaker's words.
_MIN_FRAGMENT = 2

_SPACE = " \t\n\r\u00a0\u202f\u2009\u2007"
_CLOSERS = {"«": "»", "“": "”\"“", "„": "“”\"", "\"": "\"”“", "‹": "›", "»": "«", "‘": "’", "'": "'"}
_OPENERS = set(_CLOSERS) - {"»"}  # » opens only in German »…«, see _scan
#: ‘…’ (British usage) too: ’ closes only where it is no apostrophe (see _closing_ok); a straight
#: ' opens only where a closing one follows in the paragraph (see _single_pair)
_MARKS = set("«»“”„\"‹›‘’'")
#: Marks that open only where _opens says so (also used as apostrophes or closing marks).
_AMBIGUOUS = "\"‘'"
_MARK = re.compile("[" + "".join(sorted(_MARKS)) + "]")

def _phrase(words: str) -> str:
    """A pack's word or phrase as a pattern: any spaces between words, either apostrophe."""
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in words.split())


def _alternation(words) -> str:
    return "|".join(_phrase(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Words:
    """The speech words of every language pack, compiled once: a release quotes in other
    languages than its own, and a verb of one language is no word of another."""

    verb: re.Pattern[str]
    #: the last word of each speech verb and "according to" phrase, in lower case: every match of
    #: ``verb`` ends with one of them, written as a word of its own (see ``_verbs``)
    verb_ends: frozenset[str]
    according: re.Pattern[str]
    statement: re.Pattern[str]
    adverbs: re.Pattern[str]
    inverted: re.Pattern[str] | None
    inverted_groups: tuple[str, ...]
    clause_tail: re.Pattern[str]
    introduces: re.Pattern[str]
    particles_after: re.Pattern[str] | None
    honorifics: frozenset[str]
    particles: frozenset[str]
    abbreviation: re.Pattern[str]
    title_cues: frozenset[str]
    title_words: frozenset[str]
    title_endings: tuple[str, ...]
    title_cue_endings: tuple[str, ...]
    preposition: re.Pattern[str]
    #: small words joining the words of a body named as a speaker ("Ministry of Health"), an alternation
    org_links: str


@cache
def _words() -> _Words:
    from .. import lang
    from . import entity_rules as rules
    from . import roles  # roles reads the speech verbs of this module

    speech = [lang.get(code).speech for code in lang.CODES]
    verbs = []
    for sp in speech:
        if sp.verbs:
            aux = rf"(?:(?:{_alternation(sp.verb_auxiliaries)})\s+)?" if sp.verb_auxiliaries else ""
            verbs.append(f"{aux}(?:{_alternation(sp.verbs)})")
    according = _alternation(lang.every("speech", "according_to"))
    verb = re.compile(r"(?<![\w-])(?:" + "|".join((*verbs, according)) + r")(?![\w])", re.IGNORECASE)
    # A statement announced before its paragraphs: "X released the following statement today:",
    # "X a fait la déclaration suivante :". The subject is the speaker; the verb before the
    # statement is not a speech verb ("provided", "issued"), so the match starts one word earlier.
    statements = "|".join(lang.every("speech", "statements"))
    statement = re.compile(r"(?<![\w-])(?P<verb>[^\W\d_]+)\s+(?:" + statements
                           + r")(?![\w])[^.!?:;«“„\"]{0,80}$", re.IGNORECASE)
    adverbs = re.compile(r"(?:[\s\u00a0,]+(?:" + _alternation(lang.every("speech", "adverbs_after_verb"))
                         + r"))+[\s\u00a0,]*", re.IGNORECASE)
    # the subject pronoun after the verb: "a-t-elle ajouté", "ajoute-t-il", "dit-elle"
    alternatives, groups = [], []
    for sp in speech:
        if not (sp.inversions and sp.verbs):
            continue
        own = rf"(?:(?:{_alternation(sp.verb_auxiliaries)})\s+)?(?:{_alternation(sp.verbs)})" \
            if sp.verb_auxiliaries else f"(?:{_alternation(sp.verbs)})"
        for template in sp.inversions:
            name = f"p{len(groups) + 1}"
            groups.append(name)
            pronoun = f"(?P<{name}>" + "|".join(sp.inversion_pronouns) + ")"
            alternatives.append(template.replace("{verb}", own).replace("{pronoun}", pronoun))
    inverted = re.compile(r"^(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE) if alternatives else None
    particles = lang.every("speech", "verb_particles")
    complementizers = _alternation(lang.every("speech", "complementizers"))
    abbreviations = set(lang.every("layout", "abbreviations"))
    # ranks and courtesy titles written with a full stop ("Maj.", "Dra.", "Dott.", "nadkom.", "hab.")
    # end no sentence, capitalised or not (Polish writes them in lower case: "mówi nadkom. Rafał …")
    ranks = roles.rank_abbreviations()
    titles = {h[:-1] for h in rules.honorifics() if h.endswith(".") and len(h) > 2}
    abbreviations |= {a.capitalize() for a in ranks | titles}
    ends = [_WORD_RUN.findall(phrase)[-1].lower() for sp in speech for phrase in sp.verbs]
    ends += [_WORD_RUN.findall(phrase)[-1].lower() for phrase in lang.every("speech", "according_to")]
    return _Words(
        verb=verb,
        verb_ends=frozenset(ends),
        according=re.compile(according, re.IGNORECASE),
        statement=statement,
        adverbs=adverbs,
        inverted=inverted,
        inverted_groups=tuple(groups),
        # what closes a clause introducing a quote: "said:", "said that", "a dit que"
        clause_tail=re.compile(r"(?:\b(?:" + complementizers + r")\s*)?[\s\u00a0,:]*$", re.IGNORECASE),
        introduces=re.compile(r"[:,]|" + complementizers, re.IGNORECASE),
        particles_after=re.compile(r"\s+(?:" + _alternation(particles) + r")$") if particles else None,
        honorifics=rules.honorifics(),
        particles=rules.particles(),
        # "Dr", "J", "Maj", "Tel": a full stop after one ends no sentence
        abbreviation=re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(re.escape(a) for a in sorted(abbreviations))
                                + r"))$"),
        # words of a title before a name ("Director", "Foreign", "Mr", "The"), compound titles' endings
        title_words=frozenset(lang.every("people", "title_words")),
        title_endings=tuple(sorted(lang.every("people", "title_endings"))),
        # a word before a quote that makes it a name (campaign, report, label), not speech
        title_cues=frozenset(lang.every("speech", "title_cues")),
        title_cue_endings=tuple(sorted(lang.every("speech", "title_cue_endings"))),
        # a preposition before a capitalised pair: "Minister for the Middle East", "CEO of Secure Software"
        preposition=re.compile(
            r"(?<![\w])(?:" + _alternation(lang.every("speech", "name_prepositions")) + r")(?:\s+(?:"
            + _alternation(lang.every("speech", "name_preposition_articles")) + r"))?\s+$",
            re.IGNORECASE),
        # lower-case words inside a body's name: "Ministry of Health", "Médecins du Monde" (case-sensitive)
        org_links=_alternation(lang.every("speech", "org_speaker_links")),
    )


_WORD_RUN = re.compile(r"\w+")
#: The characters re.IGNORECASE matches with a letter of a speech verb though their lower case is
#: another letter ("ı" and "İ" match "i", "ſ" matches "s", old Cyrillic letter forms match "в",
#: "д", "о", "с", "т", "ъ"); tests/extract/test_quotes.py checks the list against every character.
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u1c80-\u1c86]")


def _verbs(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """``_words().verb``'s matches in ``text[start:end]``.

    The pattern holds every language's speech verbs and tries them all at each
    word: a window none of whose words ends a verb is not scanned (most windows
    before a colon or a quote name no speech verb at all).
    """
    end = len(text) if end is None else end
    window = text[start:end]
    if not _CASE_ODD.search(window) and _words().verb_ends.isdisjoint(
            [word.lower() for word in _WORD_RUN.findall(window)]):
        return []
    return list(_words().verb.finditer(text, start, end))


def _statement(clause: str) -> re.Match[str] | None:
    """The announcement of a statement closing ``clause``; only its end is read (the clause of
    a long unpunctuated paragraph may be long)."""
    return _words().statement.search(clause, max(0, len(clause) - 240))


def is_speech_verb(word: str) -> bool:
    """Whether ``word``, one lower-case word, is a speech verb ("said", "déclaré", "sagte"): the
    end of an apposition written before it ("Ana Ruiz, head of the Lima office said …")."""
    return word.islower() and _words().verb.fullmatch(word) is not None


def _pack(code: str):
    from .. import lang

    return lang.get(code)


@cache
def _pronoun(code: str) -> re.Pattern[str]:
    """Subject pronouns that stand for a person named before ("she added", "dodała ona"), of the
    release's language (Italian "il" is an article, French "il" a pronoun); every pack's when
    its pack has none."""
    from .. import lang

    words = _pack(code).speech.pronouns if lang.has_pack(code) else ()
    if not words:
        words = lang.every("speech", "pronouns")
    return re.compile(r"^(?:" + "|".join(words) + r")(?![\w])", re.IGNORECASE)


@cache
def _speaker_marker(code: str) -> re.Pattern[str]:
    """Words of the release's language naming the speaker right after a quote, lower case ("…“, so Müller")."""
    words = _pack(code).speech.speaker_markers
    return re.compile(r"(?:" + _alternation(words) + r")\s+" if words else r"(?!)")


@cache
def _definite(code: str) -> str:
    """Definite articles of the release's language as a pattern; every pack's when its pack has none."""
    from .. import lang

    words = _pack(code).entities.definite_articles if lang.has_pack(code) else frozenset()
    if not words:
        words = frozenset(lang.every("entities", "definite_articles"))
    return _alternation(words)


@cache
def _definite_title(code: str) -> re.Pattern[str]:
    return re.compile(r"^(?:" + _definite(code) + r")\s*(?P<head>[\w’'-]+(?:\s+[\w’'-]+){0,3})$", re.IGNORECASE)


# Capital letters of the Latin and Cyrillic scripts: names, and the start of a sentence.
_CAP_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-ÞЀ-ЯҐ][\w'’.-]*$")
_SENT_END = re.compile(r"[.!?](?=[\s" + "\u00a0" + r"]+[A-ZÀ-ÖØ-ÞЀ-ЯҐ«“\"„‹(]|\s*$)")
_STOP = re.compile(r"[.!?]")


@cache
def _lower_abbreviations(code: str) -> re.Pattern[str] | None:
    """Ranks and titles abbreviated in lower case that end no sentence in a release in ``code``
    ("mówi nadkom. Rafał …"): those of more than three letters that ``code`` does not write as
    a word ("nadkom", "podinsp"; not "ten", "gen", or "полк" in Russian). Only the release's own
    language is asked: its dictionary is loaded with its model, every language's would cost
    seconds and hundreds of megabytes."""
    from . import gazetteer

    words = sorted(a for a in _titles_in_lower_case() if len(a) > 3 and not gazetteer.is_common_word(a, code))
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in words) + r")$") if words else None


@cache
def _titles_in_lower_case() -> frozenset[str]:
    """Ranks and titles abbreviated in lower case, of any length ("ing", "ir", "ten", "prof")."""
    from . import entity_rules as rules
    from . import roles

    return frozenset(roles.rank_abbreviations() | {h[:-1].lower() for h in rules.honorifics() if h.endswith(".")})


_LAST_WORD = re.compile(r"[^\W\d_]+$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _abbreviation(text: str, floor: int, pos: int, code: str) -> bool:
    """Whether ``text[floor:pos]`` ends with an abbreviation ("Dr", "J") in a release in ``code``:
    a full stop at ``pos`` ends no sentence. Looks at the last few characters only (an
    abbreviation has at most eight), not at the whole span. A short title in lower case, which
    is also a word ("ing", "ir", "ten"), is one before a first name ("spiega l'ing. Davide
    Marchisio", "zegt CEO ir. Sanne Verhoeven")."""
    lo = max(floor, pos - 9)
    if _words().abbreviation.search(text, lo, pos) is not None:
        return True
    lower = _lower_abbreviations(code)
    if lower is not None and lower.search(text, lo, pos) is not None:
        return True
    last = _LAST_WORD.search(text, lo, pos)
    if last is None or last.group().lower() not in _titles_in_lower_case():
        return False
    from . import gazetteer

    after = _NEXT_WORD.match(text, pos + 1)
    return after is not None and after.group(1)[:1].isupper() and gazetteer.is_given_name(after.group(1), code)


@dataclass
class _Seg:
    start: int  # first character inside the marks
    end: int  # first character after the quoted text (the closing mark, or the paragraph end)
    para: int  # index of the paragraph
    chain: int  # segments of one multi-paragraph quotation share a chain number
    closed: bool = True
    orphan: bool = False  # a closing mark with no opening mark: the quote starts the paragraph
    colon: bool = False  # unmarked quotation introduced by "said:"
    dash: bool = False  # direct speech opened by a dash ("– Wir …", "— Мы …"), kept only when a verb attributes it
    intro: tuple[int, int] | None = None  # the "X said:" clause of a colon quotation


@dataclass
class _Speaker:
    name: str | None
    mention: Mention | None
    direct: bool  # attributed by a speech verb next to the quote


_NAME_PAIR = re.compile(r"(?<![\w])([A-ZÀ-ÖЀ-ЯҐ][\w'’-]+)[ \u00a0]+([A-ZÀ-ÖЀ-ЯҐ][\w'’-]+)(?![\w])")  # one line
#: A character no capitalised name pair (``_NAME_PAIR``) can hold: matches never span it.
_PAIR_BREAK = re.compile(r"[^\w\s'’-]")


@dataclass
class _Index:
    """What the speaker search asks of the whole release again and again, answered
    in logarithmic time: which offsets are quoted, the last person mentioned before
    an offset, the last capitalised name before it. Scanning the release for each
    quote made the stage quadratic (a 400 KB release spent minutes here)."""

    text: str
    segs: list[_Seg]
    mentions: list[tuple[int, int, str]]
    lang: str = ""
    #: the quoted spans, merged: sorted, disjoint, non-empty
    _quoted: list[tuple[int, int]] = field(init=False)
    _quoted_starts: list[int] = field(init=False)
    #: person mentions outside quotes, by end; and the greatest (start, end, name) up to each
    _ends: list[int] = field(init=False)
    _last: list[tuple[int, int, str]] = field(init=False)
    #: segment indices of each paragraph, in text order, and the greatest end up to each
    by_para: dict[int, list[int]] = field(init=False)
    max_end: dict[int, list[int]] = field(init=False)
    #: the full name of each surname among the mentions (the first written)
    full_names: dict[str, str] = field(init=False)
    _pairs: list[tuple[int, str]] | None = field(init=False, default=None)
    _pair_starts: list[int] = field(init=False, default_factory=list)
    cache: dict[tuple, object] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        merged: list[list[int]] = []
        for s, e in sorted((s.start, s.end) for s in self.segs if s.start < s.end):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._quoted = [(s, e) for s, e in merged]
        self._quoted_starts = [s for s, _ in merged]
        free = sorted((m for m in self.mentions if not self.quoted(m[0])), key=lambda m: m[1])
        self._ends = [m[1] for m in free]
        self._last = []
        for m in free:
            self._last.append(max(m, self._last[-1]) if self._last else m)
        self.by_para, self.max_end = {}, {}
        for k, seg in enumerate(self.segs):
            self.by_para.setdefault(seg.para, []).append(k)
            ends = self.max_end.setdefault(seg.para, [])
            ends.append(max(seg.end, ends[-1]) if ends else seg.end)
        self.full_names = {}
        for _, _, name in self.mentions:
            words = name.split()
            if len(words) >= 2:
                self.full_names.setdefault(words[-1], name)

    def first_mention(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The first person mention (in text order) inside ``text[start:end]``."""
        i = bisect_left(self.mentions, (start,))
        while i < len(self.mentions) and self.mentions[i][0] <= end:
            if self.mentions[i][1] <= end:
                return self.mentions[i]
            i += 1
        return None

    def quoted(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quote."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted[i][1]

    def last_mention(self, pos: int) -> tuple[int, int, str] | None:
        """The last person mention (in text order) ending by ``pos``, outside quotes."""
        i = bisect_right(self._ends, pos)
        return self._last[i - 1] if i else None

    def last_name(self, pos: int) -> str | None:
        """The last capitalised pair of words ("Amy Pope") in ``text[:pos]``, outside
        quotes, that is no title and follows no preposition."""
        text = self.text
        # No pair spans a break character, so the pairs of text[:pos] are those of the
        # whole text before the last break, then those found between it and pos.
        lo = pos
        while lo > 0:
            window = max(0, lo - 256)
            breaks = [m.start() for m in _PAIR_BREAK.finditer(text, window, lo)]
            if breaks:
                lo = breaks[-1]
                break
            lo = window
        best = None
        for m in _NAME_PAIR.finditer(text, lo, pos):
            if self._valid_pair(m):
                best = m.group()
        if best:
            return best
        if self._pairs is None:
            self._pairs = [(m.start(), m.group()) for m in _NAME_PAIR.finditer(text) if self._valid_pair(m)]
            self._pair_starts = [start for start, _ in self._pairs]
        i = bisect_left(self._pair_starts, lo)
        return self._pairs[i - 1][1] if i else None

    def _valid_pair(self, m: re.Match[str]) -> bool:
        return not (self.quoted(m.start()) or m.group(1).casefold() in _words().title_words
                    or m.group(2).casefold() in _words().title_words
                    or _words().preposition.search(self.text, max(0, m.start() - 12), m.start()))


# --------------------------------------------------------------------------
# Public API


def extract(
    text: str,
    lang: str,
    *,
    persons: Sequence[Entity] = (),
    doc: Doc | None = None,
) -> list[Quote]:
    """Direct quotations in ``text`` with their speakers, in text order.

    ``lang`` is the release's ISO 639-1 code. ``persons`` are the release's
    person entities; without them the people of ``doc`` (a spaCy ``Doc`` of
    the same text) are used, and without either, capitalised names next to
    the speech verb.
    """
    lang = (lang or "").lower()[:2]
    paragraphs = _paragraphs(text)
    segs = _scan(text, paragraphs)
    segs += _colon_quotes(text, lang, paragraphs, segs)
    if _dash_quotes_in(lang):
        segs += _dash_quotes(text, paragraphs, segs)
    segs.sort(key=lambda s: s.start)
    mentions = _mentions(persons, doc)
    index = _Index(text, segs, mentions, lang)

    speakers: list[_Speaker | None] = []
    for k, seg in enumerate(segs):
        speakers.append(_attribute(text, lang, seg, segs, k, paragraphs, mentions, index, speakers))

    _share_in_chains(segs, speakers)
    _inherit(text, segs, speakers, paragraphs, index)
    for k, seg in enumerate(segs):
        if speakers[k] is None or speakers[k].name is None:
            speakers[k] = _byline(text, seg, paragraphs, mentions, index, speakers)
    for k, seg in enumerate(segs):
        if speakers[k] is None or speakers[k].name is None:
            speakers[k] = _narrated(text, seg, paragraphs, index) or speakers[k]
    _share_in_chains(segs, speakers)

    people = _People(persons, mentions)
    quotes: list[Quote] = []
    for seg, spk in zip(segs, speakers):
        start, end = _trim(text, seg.start, seg.end)
        if end <= start:
            continue
        words = len(text[start:end].split())
        attributed = spk is not None and spk.name is not None
        direct = attributed and spk.direct
        if (seg.orphan or seg.dash) and not direct:
            continue
        if not seg.closed and not attributed and words < 2 * MIN_WORDS:
            continue
        if not direct and (words < MIN_WORDS or _looks_like_title(text, start, end, lang, attributed=attributed)):
            continue
        quotes.append(Quote(
            text=text[start:end], start=start, end=end,
            speaker=people.resolve(spk, index) if spk else None,
            speaker_mention=spk.mention if spk else None,
        ))
    return quotes


# --------------------------------------------------------------------------
# Pairing the marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated blocks, and single lines when the
    text breaks paragraphs with one newline only (no blank line anywhere)."""
    sep = r"\n[ \t\u00a0]*\n" if re.search(r"\n[ \t\u00a0]*\n", text) else r"\n"
    out, pos = [], 0
    for m in re.finditer(sep, text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [p for p in out if text[p[0]:p[1]].strip()]


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """Whether a straight double quote at ``i`` reads as an opening mark."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if nxt in _SPACE or nxt in ",.;:!?)":
        return False
    return prev in _SPACE or prev in "([{—–-/:" or prev in _MARKS or not prev.isalnum()


def _single_pair(text: str, i: int, start: int, end: int) -> bool:
    """Whether a straight single mark at ``i`` opens a quotation: it reads as an opening mark, a
    capitalised word follows it and a closing one after punctuation (no apostrophe: "it's", "the
    farmers' fields", "piu'") ends a passage of two words or more later in the paragraph ("'s
    avonds", "rock 'n' roll", "'t Gooi" are no quotes)."""
    first = re.match(r"[^\W\d_]+", text[i + 1:end])
    if not (_opens(text, i, start, end) and first and first.group()[:1].isupper() and len(first.group()) >= 2):
        return False  # a quotation opens with a capital; "'t Hoekje", "'s Morgens", "'ndrangheta" are elisions
    j = text.find("'", i + 1, end)
    while j >= 0:
        if _closing_ok(text, "'", "'", j, start, end):
            # a closing straight mark ends the words with their punctuation ("…,' Khan said"); after a
            # letter it stands for an accent ("e'", "piu'") or a possessive
            return text[j - 1] in ",.!?;:…" and len(text[i + 1:j].split()) >= 2
        j = text.find("'", j + 1, end)
    return False


def _opens_mark(text: str, ch: str, i: int, start: int, end: int) -> bool:
    """Whether the mark ``ch`` at ``i`` opens a quotation."""
    if ch == "'":
        return _single_pair(text, i, start, end)
    return ch not in _AMBIGUOUS or _opens(text, i, start, end)


def _opens_spaced(text: str, i: int, start: int, end: int) -> bool:
    """Whether a mark at ``i`` followed by a space opens a quotation ('" We will …'): it stands
    at the start of the paragraph or after a space or colon, and a word follows the space."""
    prev = text[i - 1] if i > start else " "
    return (prev in _SPACE or prev in ":(") and i + 2 < end and text[i + 1] in _SPACE \
        and text[i + 2].isalnum()


def _closes(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else " "
    return prev not in _SPACE


def _scan(text: str, paragraphs: list[tuple[int, int]]) -> list[_Seg]:
    segs: list[_Seg] = []
    stack: list[str] = []
    seg_start = 0
    chain = 0
    for p, (pstart, pend) in enumerate(paragraphs):
        i = pstart
        if stack:
            # A quotation left open at the end of the last paragraph goes on
            # when this one opens with a mark again, or closes one it never opened.
            lead = pstart
            while lead < pend and text[lead] in _SPACE:
                lead += 1
            if lead < pend and text[lead] in _OPENERS and (text[lead] != "'" or _single_pair(text, lead, pstart, pend)):
                stack = [text[lead]]
                seg_start = lead + 1
                i = lead + 1
            elif _orphan_close(text, pstart, pend) is not None:
                stack = [stack[0]]
                seg_start = pstart
            else:
                stack = []
                chain += 1
        para_segs_before = len(segs)
        last_guillemet = text.rfind("«", pstart, pend)
        opened_before = _OpenedBefore(text, pstart)
        while i < pend:
            mark = _MARK.search(text, i, pend)  # the next quotation mark: the rest is skipped
            if mark is None:
                break
            i = mark.start()
            ch = text[i]
            if not stack:
                if ch == "»" and i + 1 < pend and text[i + 1] not in _SPACE and last_guillemet > i:
                    stack = ["»"]  # German »…«
                    seg_start = i + 1
                    chain += 1
                    i += 1
                    continue
                if ch in _OPENERS and (_opens_mark(text, ch, i, pstart, pend)
                                       or ch == "\"" and _opens_spaced(text, i, pstart, pend)):
                    if ch == "“" and _closes(text, i, pstart, pend) and i + 1 < pend and text[i + 1] in _SPACE:
                        pass  # a closing “ (German) with nothing open: an orphan, below
                    else:
                        stack = [ch]
                        seg_start = i + 1
                        chain += 1
                        i += 1
                        continue
                if ch in "»”“\"" and _closes(text, i, pstart, pend) and len(segs) == para_segs_before \
                        and not opened_before(i):
                    chain += 1
                    segs.append(_Seg(pstart, i, p, chain, orphan=True))
                i += 1
                continue
            top = stack[-1]
            if ch == "«" and top == "»" and _closes(text, i, pstart, pend):
                stack.pop()
                if not stack:
                    segs.append(_Seg(seg_start, i, p, chain))
            elif ch in _CLOSERS[top] and _closing_ok(text, ch, top, i, pstart, pend):
                stack.pop()
                if not stack:
                    segs.append(_Seg(seg_start, i, p, chain))
            elif ch in _OPENERS and _opens_mark(text, ch, i, pstart, pend) and (
                ch != top or ch in "\"“" and text[i - 1] in _SPACE
            ):
                stack.append(ch)  # a quotation inside the quotation
            i += 1
        if stack:
            segs.append(_Seg(seg_start, pend, p, chain, closed=False))
    return segs


def _closing_ok(text: str, ch: str, top: str, i: int, start: int, end: int) -> bool:
    if ch in "’'":
        # not an apostrophe: "don’t", "l’OIM" have a letter after it, "the farmers’ fields" an s
        # before it and a word after it
        nxt = text[i + 1] if i + 1 < end else " "
        return _closes(text, i, start, end) and not nxt.isalpha() \
            and not (nxt in _SPACE and text[i - 1] in "sz" and i + 2 < end and text[i + 2].isalpha())
    if ch == "\"":
        # A straight mark preceded by a space and followed by a letter opens.
        return _closes(text, i, start, end) or not _opens(text, i, start, end)
    if ch == "“" and top != "„":
        return _closes(text, i, start, end)
    return True


class _OpenedBefore:
    """Whether an opening mark stands in ``text[start:i]``, for growing ``i``:
    each character is looked at once however many times it is asked."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start, self.upto, self.found = text, start, start, False

    def __call__(self, i: int) -> bool:
        text, start = self.text, self.start
        while not self.found and self.upto < i:
            j = self.upto
            self.found = text[j] in "«„‹" or text[j] == "“" and (j == start or text[j - 1] in _SPACE)
            self.upto += 1
        return self.found


def _orphan_close(text: str, start: int, end: int) -> int | None:
    """Position of a closing mark that closes nothing opened in the span
    (inner pairs such as -- "Free" referring to -- are skipped)."""
    depth = 0
    for j in range(start, end):
        ch = text[j]
        if ch not in _MARKS:
            continue
        if ch in "«„‹" or ch in "“\"" and _opens(text, j, start, end) and text[j - 1:j] in ("", *_SPACE):
            depth += 1
        elif ch in "»”\"“›" and _closes(text, j, start, end):
            if depth == 0:
                return j
            depth -= 1
    return None


#: Longest sentence read before a colon for the subject of "X said:".
_CLAUSE_CHARS = 1000
#: How far before a colon its introducing words are looked for ("…, Lt. Gen. Stephen J. Townsend,
#: provided the following statement on the SDF advance:").
_INTRO_CHARS = 300


def _colon_quotes(text: str, lang: str, paragraphs: list[tuple[int, int]], segs: list[_Seg]) -> list[_Seg]:
    """Unmarked quotations after "X said:" (UK government style, blockquotes)."""
    out: list[_Seg] = []
    # Every quote lies inside its paragraph: only those of one paragraph can overlap a span of it.
    # The long quotes of each paragraph, sorted and disjoint (the scanner gives them in order,
    # one closed before the next opens): the last one starting before b is the one to look at.
    covered: dict[int, list[tuple[int, int]]] = {}
    for seg in sorted(segs, key=lambda x: x.start):
        if not seg.orphan and len(text[seg.start:seg.end].split()) >= MIN_WORDS:
            spans = covered.setdefault(seg.para, [])
            if spans and seg.start < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], seg.end))
            else:
                spans.append((seg.start, seg.end))
    starts = {p: [s for s, _ in spans] for p, spans in covered.items()}
    orphan_end = {s.para: s.end for s in segs if s.orphan}

    def free_of_long(p: int, a: int, b: int) -> bool:
        i = bisect_left(starts.get(p, []), b) - 1
        return i < 0 or covered[p][i][1] <= a

    for p, (pstart, pend) in enumerate(paragraphs):
        para = text[pstart:pend]
        for m in re.finditer(r":[\s\u00a0]*", para):
            colon = pstart + m.start()
            clause_start = _clause_start(text, max(pstart, colon - _CLAUSE_CHARS), colon, lang)
            # only the end of the clause can introduce the quote ("… X said:"): a long
            # unpunctuated paragraph with many colons is read once, not once per colon
            tail = max(clause_start, colon - _INTRO_CHARS)
            verb = _verbs(text, tail, colon)
            named_after = bool(verb) and text[verb[-1].end():colon].strip(" ,\u00a0") \
                and not _words().adverbs.fullmatch(text, verb[-1].end(), colon)
            if (not verb or named_after) and not _statement(text[tail:colon]):
                continue
            rest = pstart + m.end()
            if rest >= pend:
                if p + 1 >= len(paragraphs):
                    continue
                qs, qe = paragraphs[p + 1]
                lead = qs
                while lead < qe and text[lead] in _SPACE:
                    lead += 1
                if lead < qe and text[lead] in _MARKS:
                    continue
                if free_of_long(p + 1, qs, qe):
                    out.append(_Seg(qs, qe, p + 1, -1 - p, colon=True, intro=(clause_start, colon + 1)))
            else:
                if text[rest] in _MARKS or not free_of_long(p, rest, pend):
                    continue
                # "X ha declarado: Las licencias …" closed by a mark never opened
                stop = orphan_end[p] if orphan_end.get(p, -1) > rest else pend
                out.append(_Seg(rest, stop, p, -1 - p, colon=True, intro=(clause_start, colon + 1)))
            break
    # quotations inside an unmarked quotation ("Assad’s “war” on ISIL") are part of it
    colon_by_para: dict[int, list[_Seg]] = {}
    for c in out:
        colon_by_para.setdefault(c.para, []).append(c)
    segs[:] = [s for s in segs if not any(c.start <= s.start and s.end <= c.end or s.orphan
                                          for c in colon_by_para.get(s.para, ()))]
    return out


def _dash_quotes_in(code: str) -> bool:
    from .. import lang

    return lang.has_pack(code) and _pack(code).speech.dash_quotes


#: A dash opening direct speech: at a paragraph's start (a Markdown quote's ">" aside) or after a
#: sentence's end or a colon, then a letter; Spanish writes the raya against the word ("—Queremos").
_DASH_OPEN = re.compile(r"(?:^(?:>[ \u00a0]*)?|(?<=[.!?:…][ \u00a0])|(?<=[.!?:…][ \u00a0]{2}))"
                        r"(?:[–—][ \u00a0]*|-[ \u00a0]+)(?=[^\W\d_])", re.MULTILINE)
#: A dash after a space inside a paragraph: the end of the direct speech when a speech verb follows
#: it ("… – powiedział", "…, — сказал", "… —subrayó—.").
_DASH_CLOSE = re.compile(r"[ \u00a0](?:[–—][ \u00a0]?|-[ \u00a0])")


def _dash_quotes(text: str, paragraphs: list[tuple[int, int]], segs: list[_Seg]) -> list[_Seg]:
    """Direct speech written after a dash, as Polish, Russian, Spanish and Portuguese presses write it:
    "– Quote – powiedział X." or "X ocenia. — Quote, — сказал он." A quote runs to the next spaced
    dash that a speech verb follows, else to its paragraph's end (the items of a list, "— A, — B",
    are closed by none). A dash inside a marked quotation opens nothing, and one whose words hold
    a marked quotation of several words gives way to it (a word in marks, „przeanalizowane”, does not). Like a closing mark with no opening one, a dash quotation
    is kept only when a speech verb next to it attributes it."""
    out: list[_Seg] = []
    by_para: dict[int, list[_Seg]] = {}
    for seg in segs:
        by_para.setdefault(seg.para, []).append(seg)
    for p, (pstart, pend) in enumerate(paragraphs):
        marked = by_para.get(p, [])
        pos = pstart
        while pos < pend and text[pos] in _SPACE:
            pos += 1
        while True:
            m = _DASH_OPEN.search(text, pos, pend)
            if m is None:
                break
            start = m.end()
            if any(s.start <= m.start() < s.end for s in marked):
                pos = m.end()
                continue
            end, closed = pend, False
            for d in _DASH_CLOSE.finditer(text, start, pend):
                if _words().verb.match(text, d.end()):
                    # the comma before the dash is the sentence's ("…, — сказал"), not the speaker's
                    end, closed = d.start() - (text[d.start() - 1] == ","), True
                    break
            if not any(start <= s.start and s.end <= end and len(text[s.start:s.end].split()) >= MIN_WORDS
                       for s in marked):  # a word in quotation marks inside leaves it whole
                # a chain of its own: below the colon quotations' (-1 - paragraph), never shared
                out.append(_Seg(start, end, p, -1_000_000 - len(out), closed=closed, dash=True))
            pos = end + 1
    return out


def _clause_start(text: str, floor: int, pos: int, code: str) -> int:
    """Start of the sentence that contains ``pos`` (not before ``floor``) in a release in ``code``."""
    start = floor
    # The last sentence end before pos, looked for backwards a window at a time:
    # the clause is short, the paragraph may be long.
    hi = pos
    while hi > floor and start == floor:
        lo = max(floor, hi - 512)
        for q in reversed([m.start() for m in _STOP.finditer(text, lo, hi)]):
            if _SENT_END.match(text, q, pos) and not (text[q] == "." and _abbreviation(text, floor, q, code)):
                start = q + 1
                break
        hi = lo
    while start < pos and text[start] in _SPACE:
        start += 1
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return start, end


def _looks_like_title(text: str, start: int, end: int, lang: str, *, attributed: bool = False) -> bool:
    """A name in quotes (campaign, report, label) rather than words someone said:
    Title Case, or used as a noun ("the “…” campaign", "la plateforme « … » offre"). Words a
    person is given that open in lower case are no name, whatever is written before them ("ha
    calificado la decisión de "un paso que llevábamos años pidiendo"")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text[start:end])]
    long_words = [w for w in words if len(w) > 3]
    # Title Case marks a title, not sentences full of names and ranks ("We mourn the loss of Navy
    # Special Warfare Operator 1st Class …. Petty Officer …"); it says nothing where every noun is capitalised.
    quoted = text[start:end].rstrip("»”“\"› \u00a0")
    sentences = re.search(r"[.!?…]$", quoted) or re.search(r"[.!?][\s\u00a0]+[^\W\d_]", quoted)
    if not _pack(lang).entities.capitalises_nouns and not sentences and long_words \
            and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6:
        return True
    before = re.search(r"([^\W\d_]+)['’]?[\s\u00a0]*[«“„\"‹]?[\s\u00a0]*$", text[max(0, start - 40):start])
    fragment = attributed and text[start:start + 1].islower() and len(words) >= MIN_WORDS_INHERIT
    if before and not fragment and (before.group(1).casefold() in _words().title_cues
                   or before.group(1).casefold().endswith(_words().title_cue_endings)):
        return True
    if re.match(r"[»”“\"›]?-\w", text[end:end + 3]):  # "…"-initiatief, „…“-Kampagne
        return True
    if re.search(r"\([«“„\"‹]?[\s\u00a0]*$", text[max(0, start - 3):start]) and \
            re.match(r"[\s\u00a0]*[»”“\"›]?\)", text[end:end + 3]):
        return True  # ("…"): a translated title
    if re.match(r"[\s\u00a0]*[»”“\"›]?[\s\u00a0]*\([«“„\"‹]", text[end:end + 6]):
        return True  # "…" ("…"): a title and its translation
    after = re.match(r"[\s\u00a0]*[»”“\"›]?[\s\u00a0]*(\S)", text[end:end + 8])
    ends_sentence = re.search(r"[.!?…,;:]$", text[start:end])
    return bool(after and after.group(1).islower() and not ends_sentence)


# --------------------------------------------------------------------------
# Speakers


def _mentions(persons: Sequence[Entity], doc: Doc | None) -> list[tuple[int, int, str]]:
    """(start, end, entity name) of every person mention, in text order."""
    out: list[tuple[int, int, str]] = []
    for ent in persons:
        if ent.type == "person":
            out.extend((m.start, m.end, ent.name) for m in ent.mentions)
    if not out and doc is not None:
        full: dict[str, str] = {}
        ents = [e for e in doc.ents if e.label_ in ("PER", "PERSON")]
        for e in ents:
            if len(e.text.split()) >= 2:
                full.setdefault(e.text.split()[-1], e.text)
        for e in ents:
            name = e.text if len(e.text.split()) >= 2 else full.get(e.text, e.text)
            out.append((e.start_char, e.end_char, name))
    return sorted(out)


def _attribute(
    text: str,
    lang: str,
    seg: _Seg,
    segs: list[_Seg],
    k: int,
    paragraphs: list[tuple[int, int]],
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
) -> _Speaker | None:
    pstart, pend = paragraphs[seg.para]
    if seg.colon and seg.intro:
        return _from_clause(text, seg.intro[0], seg.intro[1], mentions, index, speakers, before=True)
    # After the quote: up to the next quote of the paragraph or the end of the sentence.
    close = seg.end + (1 if seg.closed and seg.end < pend else 0)
    same = index.by_para[seg.para]  # this paragraph's segments, k among them
    at = bisect_left(same, k)
    nxt = next((segs[same[i]].start for i in range(at + 1, len(same)) if segs[same[i]].start > seg.end), pend)
    nxt = _mark_before(text, nxt)
    after_end = _sentence_end(text, close, min(nxt, pend), lang)
    spk = _after(text, lang, close, after_end, mentions, index, speakers, dash=seg.dash)
    if spk:
        return spk
    # Before the quote: the clause that introduces it.
    if at == 0:
        prev_end = pstart
    elif index.max_end[seg.para][at - 1] < seg.start:  # no earlier quote overlaps this one
        prev_end = index.max_end[seg.para][at - 1] + 1
    else:
        prev_end = max((segs[j].end + 1 for j in same[:at] if segs[j].end < seg.start), default=pstart)
    opening = _mark_before(text, seg.start)
    clause_start = _clause_start(text, max(prev_end, pstart), opening, lang)
    spk = _from_clause(text, clause_start, opening, mentions, index, speakers, before=True)
    if spk:
        return spk
    # A quotation opening its paragraph, after a paragraph that ends with "X said:".
    if text[pstart:opening].strip(_SPACE) == "" and seg.para > 0:
        qs, qe = paragraphs[seg.para - 1]
        last = text[qs:qe].rstrip(_SPACE)
        if last.endswith(":"):
            colon = qs + len(last) - 1
            return _from_clause(text, _clause_start(text, qs, colon, lang), colon + 1, mentions, index, speakers,
                                before=True)
    return None


def _byline(
    text: str,
    seg: _Seg,
    paragraphs: list[tuple[int, int]],
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
) -> _Speaker | None:
    """A blockquote signed in the next, short paragraph: "Matthias Kirschner, President of …"."""
    _, pend = paragraphs[seg.para]
    if text[seg.end + 1:pend].strip(_SPACE + ".,") or seg.para + 1 >= len(paragraphs):
        return None
    ns, ne = paragraphs[seg.para + 1]
    if len(text[ns:ne].split()) > 30:
        return None
    lead = re.match(r"[\s\u00a0]*[-–—]*[\s\u00a0]*", text[ns:ne]).end()
    first = _chunks(text, ns + lead, ne)[0]
    if not re.match(r"\s*[,–—-]", text[first[1]:ne]):
        return None
    spk = _from_np(text, first[0], first[1], mentions, index, speakers, strict=True)
    if spk and spk.mention and spk.mention.start == first[0] and spk.mention.end == first[1]:
        return spk
    return None


def _mark_before(text: str, pos: int) -> int:
    """Position of the opening mark(s) and spaces just before a quote's text."""
    while pos > 0 and (text[pos - 1] in _MARKS or text[pos - 1] in "\u00a0\u202f"):
        pos -= 1
    return pos


def _sentence_end(text: str, start: int, limit: int, code: str) -> int:
    for m in _SENT_END.finditer(text, start, limit):
        if m.group() == "." and _abbreviation(text, start, m.start(), code):
            continue
        if text[start:m.start()].strip(_SPACE + ",;:-–—"):
            return m.start()
    return limit


def _after(
    text: str,
    lang: str,
    start: int,
    end: int,
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
    *,
    dash: bool = False,
) -> _Speaker | None:
    """Attribution written after the quote: ", said X", ", X said", "– X"; after direct speech
    opened by a dash, the dash may touch the verb ("—dijo—")."""
    if not dash and re.match(r"[-–—]\w", text[start:start + 2]):
        return None  # „…“-Kampagne: the quote is part of a compound word
    lead = re.match(r"[\s\u00a0,.;:!?]*(?P<dash>[-–—]+(?=[\s\u00a0" + (r"\w" if dash else "") + r"]))?[\s\u00a0,]*",
                    text[start:end])
    if re.search(r"[.!?]", lead.group()) and not lead.group("dash"):
        return None  # “…”. Next sentence: nothing attributes the quote here
    pos = start + lead.end()
    window = text[pos:end]
    if not window.strip():
        return None
    inverted = _words().inverted
    inv = inverted.match(window) if inverted is not None else None
    if inv:
        group = next(g for g in _words().inverted_groups if inv.group(g))
        pstart = pos + inv.start(group)
        return _anaphora(text, pstart, pstart + len(inv.group(group)), mentions, index, speakers)
    marker = _speaker_marker(lang).match(window)  # "…“, so Müller"
    if marker:
        return _from_np(text, pos + marker.end(), end, mentions, index, speakers)
    verb = _words().verb.match(window)
    if verb:
        np_start = pos + verb.end()
        while np_start < end and text[np_start] in _SPACE + ",":
            np_start += 1
        if not text[np_start:end].strip(_SPACE + ".,;:!?–—") or text[pos + verb.end():np_start].strip(_SPACE) == ",":
            # "…», añadió.", "… —dijo—.", "«…», disse, lembrando que …": the subject is dropped, the verb
            # stands for the speaker
            return _anaphora(text, pos, pos + verb.end(), mentions, index, speakers)
        return _from_np(text, np_start, end, mentions, index, speakers)
    # Subject before the verb: "…,” Amy Pope said. / «…», Amy Pope a dit.
    introduced = "," in lead.group() or re.search(r"[,!?]\W*$", text[max(0, start - 4):start])
    verb = _words().verb.search(window) if introduced else None
    if verb and verb.start() <= 140 and not re.search(r"[.!?;]", window[:verb.start()].rstrip(" ,")):
        spk = _from_np(text, pos, pos + verb.start(), mentions, index, speakers)
        if spk:
            return spk
    if lead.group("dash"):
        return _from_np(text, pos, end, mentions, index, speakers, strict=True)
    return None


def _from_clause(
    text: str,
    start: int,
    end: int,
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
    *,
    before: bool,
) -> _Speaker | None:
    """Attribution in the clause that introduces a quote: "X said:", "according to X,"."""
    clause = text[start:end]
    tail = _words().clause_tail.search(clause)
    if not _words().introduces.search(tail.group()):
        return None  # the clause does not introduce the quote ("about the “…” campaign")
    core = clause[:tail.start()]
    # separable verb particles: "legt … uit", "fügt … hinzu"
    if _words().particles_after is not None:
        core = _words().particles_after.sub("", core)
    statement = _statement(core)
    if statement and (not _words().verb.search(core, statement.start()) or tail.group().strip().endswith(":")):
        # "Gen. Joseph Votel, U.S. Central Command commander, released the following statement today:"
        spk = _from_np(text, start, start + statement.start("verb"), mentions, index, speakers, subject=True)
        if spk:
            return spk
    verbs = _verbs(core)
    if not verbs:
        return None
    verb = verbs[-1]
    if _words().according.match(verb.group()):
        return _from_np(text, start + verb.end(), start + len(core), mentions, index, speakers)
    if core[verb.end():].strip(" ,\u00a0") and not _words().adverbs.fullmatch(core, verb.end()):
        # Verb first: "Déclare Aminata Diallo :" / "said Amy Pope:"; else the words after the verb
        # tell where or how ("a déclaré lors d'un point de presse à Dakar :", "wrote in the advisory:")
        # and the subject is before it
        spk = _from_np(text, start + verb.end(), start + len(core), mentions, index, speakers)
        if spk and (spk.mention is None or index.first_mention(spk.mention.start, spk.mention.end) is None) \
                and index.first_mention(start, start + verb.start()):
            # a name after the verb that is no person, a person before it: the object, and the subject
            # ("L'assessora Elena Tugnoli sottolinea il lavoro svolto con la Fondazione Innovazione Urbana:")
            return _from_np(text, start, start + verb.start(), mentions, index, speakers, subject=True) or spk
        if spk:
            return spk
        # a named subject only: "Come dichiarato nella storia …:" has none ("Come" is "as")
        return _from_np(text, start, start + verb.start(), mentions, index, speakers, subject=True, strict=True)
    subject_start = start
    if len(verbs) > 1:
        # "…," said Amy Pope, while Olga Sarrado said: "…": the subject follows
        # the chunk of the earlier verb.
        cut = re.search(r"[,;]", core[verbs[-2].end():verb.start()])
        if cut:
            subject_start = start + verbs[-2].end() + cut.end()
    return _from_np(text, subject_start, start + verb.start(), mentions, index, speakers, subject=True)


def _from_np(
    text: str,
    start: int,
    end: int,
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
    *,
    subject: bool = False,
    strict: bool = False,
) -> _Speaker | None:
    """The speaker named in ``text[start:end]``: a person, a title or pronoun, an organization.

    After a verb ("said IOM Director General Amy Pope, who …") only the first
    chunk up to a comma counts; before a verb ("Following the visit, the
    Minister said") every chunk may hold the name, and the last one the subject.
    """
    while start < end and text[start] in _SPACE + ",":
        start += 1
    if not text[start:end].strip():
        return None
    inside = index.first_mention(start, end)
    if inside:
        ms, me, name = inside
        return _Speaker(_expand(text, name, index, speakers), Mention(ms, me, text[ms:me]), True)
    chunks = _chunks(text, start, end)
    looked = chunks if subject else chunks[:1]
    single = None
    for cs, ce in looked:
        for run in _runs(text, cs, ce):
            if _words().preposition.search(text, max(0, run[0][0] - 12), run[0][0]):
                continue  # "Minister for the Middle East", "CEO of Secure Software"
            found = _name_in_run(text, run, index)
            if not found:
                continue
            ns, ne, titled = found
            written = text[ns:ne]
            if len(written.split()) >= 2:
                return _Speaker(_expand(text, written, index, speakers), Mention(ns, ne, written), True)
            if single is None:
                full = _expand(text, written, index, speakers)
                if full != written or titled:
                    single = _Speaker(full, Mention(ns, ne, written), True)
    if single:
        return single
    if strict:
        return None
    cs, ce = chunks[-1] if subject else chunks[0]
    head = text[cs:ce].strip()
    pron = _pronoun(index.lang).match(head)
    if pron:
        ps = cs + text[cs:ce].index(head)
        return _anaphora(text, ps, ps + pron.end(), mentions, index, speakers)
    definite = _definite_title(index.lang).match(head) if len(head.split()) <= 5 else None
    # a title standing for a person ("the Minister", "la portavoz"), not a body ("the court", "el tribunal")
    if definite and not re.search(r"[A-Z]{2,}", definite.group("head")) \
            and any(_is_title(w) for w in definite.group("head").split()):
        hs = cs + text[cs:ce].index(head)
        return _anaphora(text, hs, hs + len(head), mentions, index, speakers)
    # An organization: all of the subject before a verb, the first words after it.
    org = (re.fullmatch if subject else re.match)(
        r"(?:(?:" + _definite(index.lang) + r")\s*)?"
        r"(?P<org>[A-ZÀ-ÖЀ-ЯҐ][\w&'’.-]*(?:\s+(?:[A-ZÀ-ÖЀ-ЯҐ][\w&'’.-]*|" + _words().org_links + r")(?=\s+[A-ZÀ-ÖЀ-ЯҐ]|$)"
        r"|\s+[A-ZÀ-ÖЀ-ЯҐ][\w&'’.-]*){0,5})(?![\w'’-])",
        head,
    )
    if org:
        os_ = cs + text[cs:ce].index(head) + org.start("org")
        name = org.group("org")
        return _Speaker(name, Mention(os_, os_ + len(name), name), True)
    return None


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in re.finditer(r"\s*(?:[,;:()]|\s[-–—]\s)\s*", text[start:end]):
        if m.start() + start > pos:
            out.append((pos, start + m.start()))
        pos = start + m.end()
    if pos < end:
        out.append((pos, end))
    return out or [(start, end)]


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (name particles allowed inside) in a span."""
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\s]+", text[start:end]):
        word = m.group()
        tok = (start + m.start(), start + m.end(), word)
        if _CAP_TOKEN.match(word) or (cur and word in _words().particles):
            cur.append(tok)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _is_title(word: str) -> bool:
    """A title, honorific or rank written before a name, or a word qualifying one ("Director", "Dr.",
    "Maj.", "Sindaco", "Associate" of "Associate Professor")."""
    from . import roles  # roles reads the speech verbs of this module

    return (word.casefold().rstrip(".") in _words().title_words or word.lower() in _words().honorifics
            or word.casefold().endswith(_words().title_endings) or roles.is_rank(word)
            or roles.is_rank(word + ".") or roles.is_role_word(word) or roles.is_qualifier(word))


class _People:
    """The release's people by name, alias and surname: a speaker written short ("DG Vitorino",
    "Volesky", "Maj.") is the person entity's full name."""

    def __init__(self, persons: Sequence[Entity], mentions: list[tuple[int, int, str]]) -> None:
        self.names: dict[str, str] = {}
        self.surnames: dict[str, set[str]] = {}
        named = [(e.name, e.aliases) for e in persons if e.type == "person"]
        named += [(name, []) for _, _, name in mentions]
        for name, aliases in named:
            for form in (name, *aliases):
                self.names.setdefault(form.casefold(), name)
            words = name.split()
            if len(words) >= 2 and not _is_title(words[0]):  # "DG Vitorino" is nobody's full name
                self.surnames.setdefault(words[-1].casefold(), set()).add(name)
        self.full = {name for name, _ in named}

    def resolve(self, spk: _Speaker, index: _Index) -> str | None:
        name = spk.name
        if not name or not self.names:
            return name
        words = name.split()
        lead = 0
        while lead < len(words) and _is_title(words[lead]) and not (words[lead].isupper() and lead == len(words) - 1):
            lead += 1
        if lead == len(words):  # a title or rank alone: the person named right after it ("Maj. Gen. Gary …")
            if spk.mention is not None:
                after = index.first_mention(spk.mention.end, spk.mention.end + 40)
                if after and re.fullmatch(r"[\s\u00a0.]*(?:[A-ZÀ-ÖØ-ÞЀ-ЯҐ][\w’'-]*\.?[\s\u00a0]+){0,4}",
                                          index.text[spk.mention.end:after[0]]):
                    return after[2]
            return name
        if lead == 0 and name in self.full and len(words) >= 2:
            return name
        rest = " ".join(words[lead:])
        if rest.casefold() in self.names and len(self.names[rest.casefold()].split()) >= 2:
            return self.names[rest.casefold()]
        full = self.surnames.get(words[-1].casefold(), set())
        if len(words) - lead == 1 and len(full) == 1:
            return next(iter(full))  # "Volesky", "DG Vitorino", "Minister Ellwood"
        return name


def _name_in_run(text: str, run: list[tuple[int, int, str]], index: _Index) -> tuple[int, int, bool] | None:
    """The name in a run of capitalised words, titles dropped:
    "IOM Director General Amy Pope" → "Amy Pope", "Dr. Brian Barry" → "Brian Barry".
    Returns the span and whether a title or honorific stood before it."""
    run = list(run)
    titled = False
    while run and (_is_title(run[0][2]) or run[0][2].isupper()
                   or run[0][2] in _words().particles or re.search(r"['’]s$", run[0][2])):
        titled = titled or not run[0][2].isupper() and run[0][2] not in _words().particles
        run.pop(0)
    # "Simon Wächter von Freedomvote": a particle before a word the text also
    # uses on its own is a preposition, not part of the name.
    for k, tok in enumerate(run[1:], 1):
        if tok[2] in _words().particles and k + 1 < len(run):
            nxt = run[k + 1][2]
            key = ("alone", tok[2], nxt)
            if key not in index.cache:
                index.cache[key] = len(re.findall(rf"(?<![\w]){re.escape(nxt)}(?![\w])", text)) > \
                    len(re.findall(rf"{re.escape(tok[2])}\s+{re.escape(nxt)}(?![\w])", text))
            if index.cache[key]:
                run = run[:k]
                break
    while run and run[-1][2] in _words().particles:
        run.pop()
    if not run or any(t[2].isupper() and len(t[2]) > 1 for t in run):
        return None
    if any(t[2].casefold().rstrip(".") in _words().title_words for t in run[1:]):
        return None
    if len(run) > 4:
        run = run[-3:]
    ns, ne = run[0][0], run[-1][1]
    while ne > ns and text[ne - 1] in ".’'":
        ne -= 1
    return ns, ne, titled


def _expand(text: str, written: str, index: _Index, speakers: list[_Speaker | None]) -> str:
    """A surname alone ("Kersten", "Minister Ellwood") becomes the full name
    written elsewhere in the release."""
    if len(written.split()) >= 2:
        return written
    if written in index.full_names:
        return index.full_names[written]
    for spk in speakers:
        if spk and spk.name and len(spk.name.split()) >= 2 and spk.name.split()[-1] == written:
            return spk.name
    key = ("expand", written)
    if key not in index.cache:
        index.cache[key] = written
        for m in re.finditer(rf"(?<![\w])([A-ZÀ-ÖЀ-ЯҐ][\w'’-]+)\s+{re.escape(written)}(?![\w])", text):
            if m.group(1).casefold() not in _words().title_words and m.group(1).lower() not in _words().honorifics \
                    and not m.group(1).casefold().endswith(_words().title_endings):
                index.cache[key] = f"{m.group(1)} {written}"
                break
    return index.cache[key]


def _anaphora(
    text: str,
    start: int,
    end: int,
    mentions: list[tuple[int, int, str]],
    index: _Index,
    speakers: list[_Speaker | None],
) -> _Speaker | None:
    """A pronoun or a title alone: the nearest person named before it, outside quotes."""
    mention = Mention(start, end, text[start:end])
    before = index.last_mention(start)
    named = next((s for s in reversed(speakers) if s and s.name and s.mention and s.mention.end <= start), None)
    # the nearer of the last person named and the last speaker named (a speaker the
    # entities missed: "…," said Helena Brandt-Sousa. "…," she added.)
    if named and named.mention and (not before or named.mention.start > before[0]):
        return _Speaker(named.name, mention, True)
    if before:
        return _Speaker(before[2], mention, True)
    # Without entities: the last capitalised name before it, outside quotes.
    best = index.last_name(start)
    return _Speaker(best, mention, True) if best else None


def _share_in_chains(segs: list[_Seg], speakers: list[_Speaker | None]) -> None:
    """Every paragraph of a multi-paragraph quotation has its speaker."""
    by_chain: dict[int, _Speaker] = {}
    for seg, spk in zip(segs, speakers):
        if spk and spk.name and seg.chain not in by_chain:
            by_chain[seg.chain] = spk
    for k, seg in enumerate(segs):
        if (speakers[k] is None or speakers[k].name is None) and seg.chain in by_chain:
            speakers[k] = by_chain[seg.chain]


def _inherit(
    text: str, segs: list[_Seg], speakers: list[_Speaker | None], paragraphs: list[tuple[int, int]], index: _Index
) -> None:
    """A quotation with no attribution continues the neighbouring one:
    the previous quote of its paragraph, else the next, else (when it opens
    its paragraph) the last quote of the paragraph before. Direct speech after
    a dash right after the speaker's own attributed dash quotation is as
    directly attributed as it ("– … – wyjaśnia X. – To nie jest …")."""
    for k, seg in enumerate(segs):
        if speakers[k] is not None and speakers[k].name is not None:
            continue
        if len(text[seg.start:seg.end].split()) < MIN_WORDS_INHERIT:
            continue
        same = index.by_para[seg.para]
        at = bisect_left(same, k)
        source = next((same[i] for i in range(at - 1, -1, -1) if _named(speakers[same[i]])), None)
        if source is None:
            source = next((same[i] for i in range(at + 1, len(same)) if _named(speakers[same[i]])), None)
        if source is None:
            pstart, _ = paragraphs[seg.para]
            opens_paragraph = not text[pstart:_mark_before(text, seg.start)].strip(_SPACE)
            last_prev = [j for j in index.by_para.get(seg.para - 1, ()) if j < k][-1:]
            if opens_paragraph and last_prev and speakers[last_prev[-1]] and speakers[last_prev[-1]].name:
                source = last_prev[-1]
        if source is not None:
            src = speakers[source]
            # "– Quote – wyjaśnia X. – More": direct speech after a dash that follows, in its paragraph,
            # the speaker's own dash quotation and its verb goes on with the same words
            goes_on = seg.dash and at > 0 and source == same[at - 1] and segs[source].dash \
                and segs[source].closed and src.direct and ":" not in text[segs[source].end:seg.start] \
                and not _reply_inside(text, seg)
            speakers[k] = _Speaker(src.name, src.mention, goes_on)


def _reply_inside(text: str, seg: _Seg) -> bool:
    """Whether a dash passage holds a spaced dash and a lower-case word after it: the clause of
    a verb the packs do not list, so maybe another speaker's ("– Nie podpiszemy … – zastrzegł
    przewodniczący związku Jerzy Nowicki")."""
    return any(text[d.end():d.end() + 1].islower() for d in _DASH_CLOSE.finditer(text, seg.start, seg.end))


def _narrated(text: str, seg: _Seg, paragraphs: list[tuple[int, int]], index: _Index) -> _Speaker | None:
    """A quotation nothing attributes, said by the one person its sentence names before a colon
    ("Portefeuillehouder Sanne Oosterhuis: “…”"), else, when it opens its sentence or its sentence
    names nobody, by the one person the sentence before names, in its
    paragraph or, when the quotation opens its paragraph, at the end of the paragraph before
    ("Orla Gallagher-Byrne said the decision was unanimous. “Mayo put forward …”"): the press
    writes a quotation after the sentence that introduces its speaker.

    Words quoted inside a sentence (the quotation opens in lower case or right after a word in
    lower case: "Gérard Lemoine a salué « un signal d'espoir… »", "Pour X, le tramway « va enfin
    … »", "Sie sprach von einem „Signal, dass …“") are the words of the one person the sentence
    names before them in a subject's place, or, when it opens with a subject pronoun, of the one
    person the sentence before names.
    A speech verb before the quotation gives it to the one person named before the verb ("Die
    Finanzchefin X bestätigte die Prognose: «…»"), to nobody when none is ("The court said that
    “…”"); a speech verb after it in its sentence ("“…,” the company said"), two people named, or
    words before it that end in no colon and continue no sentence (a film's title) leave it
    unattributed. Closed quotations of several words only (a quoted name is no one's words)."""
    if not seg.closed or len(text[seg.start:seg.end].split()) < _MIN_FRAGMENT:
        return None
    pstart, pend = paragraphs[seg.para]
    opening = _mark_before(text, seg.start)
    sentence = _clause_start(text, pstart, opening, index.lang)
    # the rest of the quotation's sentence: none when a full stop follows the closing mark ("… ». Il a
    # rappelé …" holds the next sentence's verb)
    closed = re.match(r"[»”“\"›'’\s\u00a0]*[.!?…]", text[seg.end:pend])
    after = seg.end if closed else _sentence_end(text, min(seg.end + 1, pend), pend, index.lang)
    if _verbs(text, seg.end, after):
        return None  # "“…,” the company said"
    intro = text[sentence:opening].strip(_SPACE)
    last_word = intro.split()[-1] if intro else ""
    inside = bool(intro) and (text[seg.start:seg.start + 1].islower() or last_word.isalpha() and last_word.islower())
    verbs = _verbs(text, sentence, opening)
    words = len(text[seg.start:seg.end].split())
    if verbs or inside:
        subject_end = verbs[0].start() if verbs else opening
        people = [m for m in _people_in(index, sentence, subject_end) if _subject_like(text, sentence, m[0], index.lang)]
        if not people and _pronoun(index.lang).match(intro):
            # the one person the sentence before names ("Sie sprach von einem „…“"); none when it
            # names several or none ("Die Gewerkschaften kritisieren den Plan. Sie sprechen von …")
            floor = pstart if sentence > pstart else paragraphs[seg.para - 1][0] if seg.para else pstart
            people = _people_in(index, _sentence_before(text, floor, sentence, index.lang), sentence)
        if words < MIN_WORDS_INHERIT and not (inside and verbs):
            return None
        # a few words quoted after a speech verb, opening in lower case, are the speaker's own ("añadió
        # que el laboratorio será "la pieza central""): as direct as a verb next to the quotation
        return _one_speaker(text, people, direct=bool(verbs) and text[seg.start:seg.start + 1].islower())
    if words < MIN_WORDS_INHERIT:
        return None
    if intro and not intro.endswith(":"):
        return None  # a quotation inside a sentence may be a title or a citation: "the film “…”"
    people = _people_in(index, sentence, opening)
    if not people:
        if sentence > pstart:  # the sentence before, in the same paragraph
            people = _people_in(index, _sentence_before(text, pstart, sentence, index.lang), sentence)
        elif seg.para > 0 and not index.by_para.get(seg.para - 1):  # the end of a paragraph without quotes
            qs, qe = paragraphs[seg.para - 1]
            people = _people_in(index, _sentence_before(text, qs, qe, index.lang), qe)
    return _one_speaker(text, people)


def _subject_like(text: str, floor: int, start: int, code: str) -> bool:
    """Whether the person mention at ``start`` may be its sentence's subject: it opens the sentence
    or follows punctuation, a capitalised title, an article or a function ("Le président …,
    Gérard Lemoine, a salué", "Die Finanzchefin Simone Keller"), not a preposition or a verb ("The
    report, presented by Dr Lisa Chen, describes …", "The jury praised Amara Okoye for …")."""
    from . import entity_rules as rules
    from . import roles  # roles reads the speech verbs of this module

    before = text[floor:start].rstrip(_SPACE)
    words = before.split()
    while words and (words[-1].lower() in _words().honorifics or words[-1].rstrip(".").lower() in _words().honorifics):
        words.pop()
    if not words or words[-1][-1:] in ",;:(–—-«“„\"":
        return True
    last = words[-1]
    return not last.islower() or last in rules.articles(code) or roles.is_role_word(last, code)


def _one_speaker(text: str, people: list[tuple[int, int, str]], *, direct: bool = False) -> _Speaker | None:
    """The speaker when ``people`` (one mention per person, as ``_people_in`` gives) names one person."""
    if len(people) != 1:
        return None
    start, end, name = people[0]
    return _Speaker(name, Mention(start, end, text[start:end]), direct)


def _sentence_before(text: str, floor: int, pos: int, code: str) -> int:
    """Start of the sentence that ends right before ``pos`` (its full stop and the spaces after it
    left behind), not before ``floor``."""
    while pos > floor and text[pos - 1] in _SPACE:
        pos -= 1
    return _clause_start(text, floor, max(floor, pos - 1), code)


def _people_in(index: _Index, start: int, end: int) -> list[tuple[int, int, str]]:
    """The first mention of each person named in ``text[start:end]`` outside quotes."""
    found: dict[str, tuple[int, int, str]] = {}
    i = bisect_left(index.mentions, (start,))
    while i < len(index.mentions) and index.mentions[i][0] < end:
        m = index.mentions[i]
        if m[1] <= end and not index.quoted(m[0]):
            found.setdefault(m[2], m)
        i += 1
    return list(found.values())


def _named(speaker: _Speaker | None) -> bool:
    return speaker is not None and bool(speaker.name)
