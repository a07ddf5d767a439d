"""Language of a release and of each of its paragraphs, with langdetect.

langdetect samples n-grams at random, so the same text can get different
answers from one run to the next. Every call here builds its own detectors,
each with a fixed seed, from profiles loaded once per process in a fixed order:
the same input gives the same output in every call and every process, whatever
else the process does with langdetect's global ``DetectorFactory.seed``.

Cost is bounded: the document is judged on a sample of at most
``DOCUMENT_SAMPLE_CHARS`` characters of body text, each paragraph on at most
``PARAGRAPH_SAMPLE_CHARS`` characters and only against the languages that can
plausibly appear in a release (``PARAGRAPH_LANGUAGES`` and the document's).
"""

from __future__ import annotations

import importlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, partial
from operator import itemgetter

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

from releasepipe.errors import Code, ConfigError
from releasepipe.model import Candidate, LanguageInfo, Segment

__all__ = [
    "DEFAULT_MIN_CHARS",
    "MIN_CONFIDENCE",
    "PARAGRAPH_LANGUAGES",
    "UNDETERMINED",
    "detect",
]

UNDETERMINED = "und"

#: Letters (once URLs, e-mails and digits are removed) below which a text is
#: too short to judge: with fewer, one or two short words, langdetect is right
#: less than half the time.
DEFAULT_MIN_CHARS = 10

#: Probability of the top language below which a text is unclear. langdetect
#: averages 7 random trials: 0.5 means that most of them agreed.
MIN_CONFIDENCE = 0.5

#: ``candidates`` lists at most this many languages, each at least this likely.
MAX_CANDIDATES = 3
CANDIDATE_MIN_PROBABILITY = 0.05

#: A paragraph with at least this many letters is judged on its own; shorter
#: ones (names, phone lines, "###", headings) take their neighbours' language.
PARAGRAPH_MIN_CHARS = 40

#: A judged paragraph leaves the document's language only when langdetect is
#: at least this sure of another (with 7 trials: all of them agree).
PARAGRAPH_MIN_CONFIDENCE = 0.9

#: Prior probability that a paragraph is in the document's language, the other
#: languages sharing the rest: a short paragraph langdetect hesitates on stays
#: in the document's language.
PARAGRAPH_PRIOR = 0.5

#: The languages a paragraph is weighed against, besides the document's: those
#: releases are written in or quote. Leaving out langdetect's close neighbours
#: of these (af, bg, ca, mk, sl…) stops a Dutch or Russian paragraph from
#: passing for Afrikaans or Bulgarian, and makes each paragraph cheaper.
PARAGRAPH_LANGUAGES: frozenset[str] = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "zh"}
)

#: Characters of cleaned text given to langdetect for the document and for one
#: paragraph. langdetect's cost grows with the text it reads, while its answer
#: stops changing long before these lengths: on 258 press releases in 7
#: languages, 1,000 characters give the same language and the same segments
#: as 2,000, for 0.9 ms less per release.
DOCUMENT_SAMPLE_CHARS = 1000
PARAGRAPH_SAMPLE_CHARS = 600

#: langdetect averages random trials (7 by default). On a sample of at least
#: this many characters every trial settles on the same language, so the
#: document's sample gets DOCUMENT_TRIALS: on 274 releases in 7 languages,
#: 3 trials give the same language, segments and confidence (to 4 decimals)
#: as 7, for 0.5 ms less per release. Shorter texts keep langdetect's 7.
LONG_SAMPLE_CHARS = 500
DOCUMENT_TRIALS = 3

#: Seed of every detector: langdetect's trials are random.
_SEED = 0

#: langdetect's codes that are not ISO 639-1.
_ISO_639_1 = {"zh-cn": "zh", "zh-tw": "zh"}

_URL = re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Bare host names ("example.org/path"), lower case only, so that two sentences
# with no space after the full stop keep their words.
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")
_HANDLE = re.compile(r"(?<!\w)@\w+")
_DOT_LETTER = re.compile(r"\.[a-z]")
_DIGIT = re.compile(r"\d")
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")

_factories: dict[frozenset[str] | None, DetectorFactory] = {}
_factories_lock = threading.Lock()


def detect(
    text: str,
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    forced: str | None = None,
    min_chars: int = DEFAULT_MIN_CHARS,
    min_confidence: float = MIN_CONFIDENCE,
) -> LanguageInfo:
    """The language of ``text`` and the runs of one language that make it up.

    ``code`` is ISO 639-1, or ``"und"`` with confidence 0 when the text has
    fewer than ``min_chars`` letters or no language reaches ``min_confidence``
    (an unclear text still lists what langdetect saw in ``candidates``).
    ``paragraphs`` are ``(start, end)`` offsets into ``text``; without them
    (``None`` or empty) the text is split on blank lines. ``segments`` cover ``text`` from 0 to
    ``len(text)`` with no gap (an empty text has none). ``forced`` skips
    detection: that language, with confidence 1, over the whole text.
    """
    if forced is not None:
        return _forced(text, forced)

    spans = _paragraph_spans(text, paragraphs)
    cleaned = [_clean(text[start:end]) for start, end in spans]
    letters = [_count_letters(part) for part in cleaned]
    judged = [i for i, count in enumerate(letters) if count >= PARAGRAPH_MIN_CHARS]

    # The body's long paragraphs make the sample; kickers, titles and contact
    # lines only when there is nothing else.
    sample = _take([cleaned[i] for i in judged] if judged else cleaned, DOCUMENT_SAMPLE_CHARS)
    code, confidence, candidates = UNDETERMINED, 0.0, []
    if sum(letters) >= min_chars and _count_letters(sample) > 0:
        trials = DOCUMENT_TRIALS if len(sample) >= LONG_SAMPLE_CHARS else None
        candidates = _candidates(_probabilities(sample, DOCUMENT_SAMPLE_CHARS, trials=trials))
        if candidates and candidates[0].probability >= min_confidence:
            code, confidence = candidates[0].code, candidates[0].probability

    labels: list[str | None] = [None] * len(spans)
    if len(judged) == 1:  # the document's language is that paragraph's
        labels[judged[0]] = code if code != UNDETERMINED else None
    else:
        for i in judged:
            if _clearly(cleaned[i], code):
                labels[i] = code
            else:
                labels[i] = _paragraph_language(cleaned[i], code)
    segments = _segments(len(text), spans, _fill(labels, code))
    return LanguageInfo(code=code, confidence=confidence, candidates=candidates, segments=segments)


def _forced(text: str, forced: str) -> LanguageInfo:
    """The answer for a language the user gives rather than one detected."""
    code = forced.strip().lower()
    code = _ISO_639_1.get(code, code)
    if not _LANGUAGE_CODE.fullmatch(code):
        raise ConfigError(
            Code.BAD_OPTION,
            f"forced language {forced!r} is not a language code such as 'fr' or 'de'",
        )
    segments = [Segment(0, len(text), code)] if text else []
    return LanguageInfo(code, 1.0, [Candidate(code, 1.0)], segments)


#: Languages whose stop words (spaCy's lists) vouch for a paragraph.
STOPWORD_LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru")
#: A paragraph whose share of the document language's stop words beats every
#: other language's by this much is in the document's language: no langdetect
#: call needed. Measured on 14,808 paragraphs of real releases in 7 languages:
#: 88 % of paragraphs are settled this way, and 3 foreign ones were kept
#: (0.02 %), where langdetect's own paragraph errors are far more frequent.
#: Lowered from 0.15 to 0.10 after comparing segments on 258 releases of
#: ../shared/corpus/press: 4 releases changed, each for the better (a German
#: line langdetect called English, an English-and-French line it called Dutch,
#: a Russian line of product names called English, one mixed Spanish-German
#: title), and detection costs 12 % less.
STOPWORD_MARGIN = 0.10
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def _clearly(cleaned: str, document: str) -> bool:
    """Whether a paragraph is plainly in the document's language, judged by stop words.

    A cheap test that spares most paragraphs a langdetect call; a paragraph
    it cannot vouch for goes to langdetect.
    """
    if document not in STOPWORD_LANGUAGES:
        return False
    words = _WORDS.findall(cleaned.lower())
    if not words:
        return False
    index = _stop_word_index()
    counts = dict.fromkeys(STOPWORD_LANGUAGES, 0)
    for word in words:
        for lang in index.get(word, ()):
            counts[lang] += 1
    own = counts.pop(document)
    return (own - max(counts.values())) / len(words) >= STOPWORD_MARGIN


def preload() -> None:
    """Build now the tables :func:`detect` otherwise builds on first use (the stop-word lists
    come from spaCy's language modules: seconds to import), e.g. in a new worker process."""
    _stop_word_index()


@lru_cache(maxsize=1)
def _stop_word_index() -> dict[str, tuple[str, ...]]:
    """Each stop word of STOPWORD_LANGUAGES with the languages that list it."""
    index: dict[str, list[str]] = {}
    for lang in STOPWORD_LANGUAGES:
        for word in _stop_words(lang):
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def _paragraph_language(cleaned: str, document: str) -> str | None:
    """A long paragraph's language, or ``None`` when it should inherit one.

    The paragraph stays in the document's language unless another language
    is clearly ahead, so a paragraph langdetect hesitates on starts no run.
    """
    languages = PARAGRAPH_LANGUAGES
    prior = None
    if document != UNDETERMINED:
        languages = languages | {document}
        prior = {document: PARAGRAPH_PRIOR} if PARAGRAPH_PRIOR > 0.0 else None
    probabilities = _probabilities(cleaned, PARAGRAPH_SAMPLE_CHARS, languages, prior)
    if not probabilities:
        return None
    best = min(probabilities, key=lambda lang: (-probabilities[lang], lang))
    if best == document or probabilities[best] >= PARAGRAPH_MIN_CONFIDENCE:
        return best
    return None


def _fill(labels: list[str | None], document: str) -> list[str]:
    """Give each paragraph without a language that of its neighbours.

    Between two paragraphs of one language it takes that language; otherwise
    the document's, or the nearest judged paragraph's when the document's is
    undetermined.
    """
    after: list[str | None] = [None] * len(labels)
    following: str | None = None
    for i in range(len(labels) - 1, -1, -1):
        after[i] = following
        if labels[i] is not None:
            following = labels[i]
    filled: list[str] = []
    before: str | None = None
    for label, nxt in zip(labels, after):
        if label is not None:
            before = label
        elif before is not None and before == nxt:
            label = before
        elif document != UNDETERMINED:
            label = document
        else:
            label = before or nxt or UNDETERMINED
        filled.append(label)
    return filled


def _segments(length: int, spans: list[tuple[int, int]], codes: list[str]) -> list[Segment]:
    """Runs of one language over ``[0, length)``; a gap goes to the run before it."""
    if length == 0:
        return []
    starts: list[int] = [0]
    run_codes: list[str] = [codes[0] if codes else UNDETERMINED]
    for (start, _end), code in zip(spans[1:], codes[1:]):
        if code != run_codes[-1]:
            starts.append(start)
            run_codes.append(code)
    ends = starts[1:] + [length]
    return [Segment(s, e, c) for s, e, c in zip(starts, ends, run_codes)]


def _paragraph_spans(
    text: str, paragraphs: Sequence[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """Sorted, non-overlapping paragraph offsets, trimmed of surrounding space."""
    if not paragraphs:
        raw: list[tuple[int, int]] = []
        start = 0
        for match in _BLANK_LINES.finditer(text):
            raw.append((start, match.start()))
            start = match.end()
        raw.append((start, len(text)))
    else:
        raw = sorted((max(0, int(p[0])), min(len(text), int(p[1]))) for p in paragraphs)
    spans: list[tuple[int, int]] = []
    previous_end = 0
    for start, end in raw:
        start = max(start, previous_end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
            previous_end = end
    return spans


def _clean(text: str) -> str:
    """``text`` without what misleads langdetect: URLs, e-mails, handles, digits."""
    # Each pattern runs only on text holding what every match of it needs: the
    # e-mail pattern alone costs more than the others together on prose.
    if "://" in text or "www." in text.lower():
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if _DOT_LETTER.search(text):
        text = _HOST.sub(" ", text)
    if "@" in text:
        text = _HANDLE.sub(" ", text)
    return _DIGIT.sub(" ", text)


def _count_letters(text: str) -> int:
    return sum(map(str.isalpha, text))


def _take(parts: list[str], limit: int) -> str:
    """At most the first ``limit`` characters of ``parts``, one per line."""
    taken: list[str] = []
    size = 0
    for part in parts:
        if size >= limit:
            break
        taken.append(part[: limit - size])
        size += len(taken[-1]) + 1
    return "\n".join(taken)


def _candidates(probabilities: dict[str, float]) -> list[Candidate]:
    """The likeliest languages, best first, ties in code order."""
    ranked = sorted(probabilities.items(), key=lambda item: (-item[1], item[0]))
    return [
        Candidate(code, round(p, 4))
        for code, p in ranked[:MAX_CANDIDATES]
        if p >= CANDIDATE_MIN_PROBABILITY
    ]


def _probabilities(
    text: str,
    max_chars: int,
    languages: frozenset[str] | None = None,
    prior: dict[str, float] | None = None,
    *,
    trials: int | None = None,
) -> dict[str, float]:
    """langdetect's probability per ISO 639-1 code; empty when it finds nothing.

    ``languages`` limits the choice to those codes; ``prior`` gives each code
    it names that prior probability, the others sharing the rest evenly;
    ``trials`` replaces langdetect's number of random trials.
    """
    detector = _Detector(_get_factory(languages))
    detector.seed = _SEED
    if trials is not None:
        detector.n_trial = trials
    detector.set_max_text_length(max_chars)
    if prior:
        detector.set_prior_map(_prior_map(detector.langlist, prior))
    detector.append(text)
    try:
        detector.get_probabilities()
    except LangDetectException:  # no n-gram langdetect knows
        return {}
    probabilities: dict[str, float] = {}
    for lang, p in zip(detector.langlist, detector.langprob):
        if p > 0.0:
            code = _ISO_639_1.get(lang, lang)
            probabilities[code] = probabilities.get(code, 0.0) + p
    return probabilities


class _NormalTable(dict):
    """langdetect's character normalization as a ``str.translate`` table, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


_NORMAL = _NormalTable()
_SPACE_RUN = re.compile(" {2,}")
_ASCII_LETTERISH = re.compile("[A-z]")  # langdetect's own test: 'A' <= ch <= 'z'
_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")  # from U+0300, less Latin Extended Additional


def _word_grams(word: str, known: dict) -> tuple[str, ...]:
    """The n-grams langdetect takes from one word, in its order: after each
    character its 1-, 2- and 3-gram (from the space before the word), none
    from the second of two consecutive capitals on until a lower-case letter
    (NGram.add_char and Detector._extract_ngrams). ``word`` may end with the
    space that follows it."""
    grams = " " + word
    found: list[str] = []
    capital = False
    for j in range(1, len(grams)):
        ch = grams[j]
        if ch.isupper():
            if grams[j - 1].isupper():
                capital = True
            if capital:
                continue
        else:
            capital = False
        if ch != " " and ch in known:
            found.append(ch)
        if grams[j - 1:j + 1] in known:
            found.append(grams[j - 1:j + 1])
        if j >= 2 and grams[j - 2:j + 1] in known:
            found.append(grams[j - 2:j + 1])
    return tuple(found)


#: Per factory (by its n-gram table), its words already cut into n-grams: the
#: most recently read _WORD_GRAMS_MAX words (about 1.4 kB each).
_WORD_GRAMS: dict[int, Callable[[str], tuple[str, ...]]] = {}
_WORD_GRAMS_MAX = 8192


class _Detector(Detector):
    """langdetect's Detector, same profiles, same random draws, same answers, faster.

    langdetect reads its text one character at a time through method calls
    (``append``, ``NGram.add_char``, ``NGram.normalize``) and updates its
    probabilities with index loops: about half of its cost on a release. These
    overrides do the same steps as string operations and tight loops; each
    keeps the arithmetic and the order of the random draws of the method it
    replaces, so the probabilities are equal to the last bit (tests compare
    both on the same texts). langdetect 1.0.9 is pinned: its last release.
    """

    text: str

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        # langdetect keeps a space only when the character before it is not one.
        self.text += _SPACE_RUN.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        latin = len(_ASCII_LETTERISH.findall(self.text))
        if latin * 2 < len(_NON_LATIN.findall(self.text)):
            self.text = _ASCII_LETTERISH.sub("", self.text)

    def _extract_ngrams(self) -> list[str]:
        # langdetect's NGram restarts at every space, so a word's n-grams depend
        # on the word alone (and on whether a space follows it): they are
        # worked out once per word and kept, in langdetect's order.
        known = self.word_lang_prob_map
        read = _WORD_GRAMS.get(id(known))
        if read is None:
            read = _WORD_GRAMS[id(known)] = lru_cache(maxsize=_WORD_GRAMS_MAX)(partial(_word_grams, known=known))
        result: list[str] = []
        words = self.text.translate(_NORMAL).split(" ")
        for word in words[:-1]:
            if word:
                result += read(word + " ")
        if words[-1]:
            result += _word_grams(words[-1], known)
        return result

    def _detect_block(self) -> None:
        self.cleaning_text()
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        known = self.word_lang_prob_map
        self.langprob = [0.0] * len(self.langlist)
        self.random.seed(self.seed)
        choice = self.random.choice
        for _ in range(self.n_trial):
            prob = self._init_probability()
            alpha = self.alpha + self.random.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            # langdetect multiplies in one n-gram per step and normalizes after
            # steps 0, 5, 10…: the five steps between two normalizations are one
            # pass here, each product still taken left to right, in draw order.
            prob = [p * (weight + q) for p, q in zip(prob, known[choice(ngrams)])]
            i = 0
            while True:
                total = sum(prob)
                prob = [p / total for p in prob]
                if max(prob) > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                    break
                a, b, c, d, e = [known[choice(ngrams)] for _ in range(5)]
                prob = [p * (weight + qa) * (weight + qb) * (weight + qc) * (weight + qd) * (weight + qe)
                        for p, qa, qb, qc, qd, qe in zip(prob, a, b, c, d, e)]
                i += 5
            for j, p in enumerate(prob):
                self.langprob[j] += p / self.n_trial


def _prior_map(langlist: Iterable[str], prior: dict[str, float]) -> dict[str, float]:
    """langdetect's prior over its own codes for a prior over ISO codes."""
    iso = {lang: _ISO_639_1.get(lang, lang) for lang in langlist}
    named = [lang for lang, code in iso.items() if code in prior]
    others = [lang for lang, code in iso.items() if code not in prior]
    rest = max(0.0, 1.0 - sum(prior.values()))
    shares = {code: sum(1 for lang in named if iso[lang] == code) for code in prior}
    result = {lang: prior[iso[lang]] / shares[iso[lang]] for lang in named}
    if others and rest > 0.0:
        result.update({lang: rest / len(others) for lang in others})
    return result


def _get_factory(languages: frozenset[str] | None = None) -> DetectorFactory:
    """A factory for all of langdetect's languages, or only for ``languages``.

    Profiles are read once per process, in file-name order; a factory for a
    set of languages shares their n-gram probabilities and is kept for reuse.
    """
    factory = _factories.get(languages)
    if factory is not None:
        return factory
    with _factories_lock:
        if None not in _factories:
            _factories[None] = _load_all()
        if languages not in _factories:
            _factories[languages] = _subset(_factories[None], languages)
        return _factories[languages]


def detectable() -> frozenset[str]:
    """The codes :func:`detect` can return: langdetect's languages, as releasepipe names them."""
    return frozenset(_ISO_639_1.get(name, name) for name in _profile_names())


def _profile_names() -> list[str]:
    return sorted(name for name in os.listdir(PROFILES_DIRECTORY) if not name.startswith("."))


def _load_all() -> DetectorFactory:
    profiles = []
    for name in _profile_names():
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
            profiles.append(fh.read())
    factory = DetectorFactory()
    factory.load_json_profile(profiles)
    return factory


def _subset(full: DetectorFactory, languages: frozenset[str] | None) -> DetectorFactory:
    """A factory that knows only ``languages``: fewer to weigh, faster trials."""
    if languages is None:
        return full
    indexes = [i for i, lang in enumerate(full.langlist) if _ISO_639_1.get(lang, lang) in languages]
    if len(indexes) < 2:  # langdetect needs two languages to choose between
        return full
    pick = itemgetter(*indexes)
    factory = DetectorFactory()
    factory.langlist = [full.langlist[i] for i in indexes]
    factory.word_lang_prob_map = {}
    for ngram, probs in full.word_lang_prob_map.items():
        kept = pick(probs)
        if any(kept):
            factory.word_lang_prob_map[ngram] = list(kept)
    return factory
