"""The schema every language pack fills: one frozen dataclass per concern.

A pack (``lang/<code>.py``) builds one ``Pack``; extractors read only its
fields and never branch on a language code. What CLDR knows (month and
weekday names, number symbols, currency names) is filled from ``cldr`` when
the pack is built; the rest is written in the pack, each list with a comment
on its source. Fields default to "nothing known", and ``Pack.stages()`` says
which stages a pack has the words for, so a stage can warn instead of
returning a silently wrong value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, Mapping

EMPTY: Mapping = MappingProxyType({})

NumericOrder = Literal["dmy", "mdy", "ymd"]


def words(text: str) -> frozenset[str]:
    """A word list written as one string: spaces separate words, "_" stands for a space inside one."""
    return frozenset(w.replace("_", " ") for w in text.split())


@dataclass(frozen=True)
class DateWords:
    """What the dates stage needs: calendar names, order of numeric dates, relative-date words.

    Word lists are lower case; accents do not matter (the stage folds them,
    "fevrier" is "février"). A field holding a *pattern* is a regular
    expression fragment, for phrasings a word list cannot say ("dans les
    prochains mois"). Every field defaults to "nothing known".
    """

    # -- calendar names
    #: month name (lower case, every form) -> 1..12; CLDR plus the pack's extra spellings
    months: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: month names written in full, the only ones read when a month stands alone ("en mars", "в марте")
    full_months: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: weekday name (lower case, full names in every form) -> 0 (Monday) .. 6
    weekdays: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: weekday names with their abbreviations (CLDR, every form): read only before a day number ("Mon 13th")
    short_weekdays: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: how "03/04/2024" is read
    numeric_date_order: NumericOrder = "dmy"
    #: numeric dates are also written with a space after each full stop ("15. 3. 2024")
    spaced_numeric_dates: bool = False
    #: "12.03." is a day and a month (German)
    dotted_day_month: bool = False
    #: month names that are common words unless capitalised ("may", "mar" the sea, "set")
    capital_months: frozenset[str] = frozenset()
    #: a month abbreviation (three letters or fewer) is read before a day or year only when capitalised
    short_months_need_capital: bool = False
    #: a weekday in lower case is a weekday only after one of these ("on friday"); empty: always
    lowercase_weekday_after: tuple[str, ...] = ()
    #: words between a day and its month or year ("12 de marzo de 2024", "the 5th of May")
    of_words: tuple[str, ...] = ()
    #: words after a year that belong to the date ("2024 года", "2024 r.")
    year_suffixes: tuple[str, ...] = ()
    #: suffixes after a day number ("1er", "3rd", "5.", "15-го") besides the common ones
    day_suffixes: tuple[str, ...] = ()
    #: determiners before a date, a day or a period word ("the", "le", "el", "den")
    articles: tuple[str, ...] = ()
    #: words before a weekday written ahead of a date ("on", "le", "am")
    weekday_lead: tuple[str, ...] = ()
    #: "or" between weekdays of a list ("Tuesday or Thursday", "terça, qua ou sexta")
    or_words: tuple[str, ...] = ()
    #: articles before a day number with an ordinal suffix that is a day of the month alone ("the 5th")
    day_alone_articles: tuple[str, ...] = ()
    #: nouns before a day number that make it a day of the month alone ("dia 12", "el día 12")
    day_nouns: tuple[str, ...] = ()

    # -- relative dates
    #: relative day word -> days from the reference date ("hier" -> -1)
    day_words: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: day word -> words that, right before it, make it something else ("la mañana": the morning)
    day_word_not_after: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    #: day words that are nouns when capitalised (German "Morgen": the morning)
    day_words_lowercase_only: frozenset[str] = frozenset()
    #: calendar unit word -> ISO designator ("ans" -> "Y", "décennie" -> "10Y", "heures" -> "H", "minutes" -> "TM")
    units: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: direction word before a unit, weekday or month -> -1 last, 0 this, +1 next ("last", "próximo")
    dir_before: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: direction word after one ("dernier", "que viene")
    dir_after: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: extra direction words after a quarter ("trimestre actual")
    quarter_dir_after: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: direction words meaning the nearest such weekday, not the one of next week ("coming Friday")
    nearest_dirs: frozenset[str] = frozenset()
    #: suffix of a demonstrative period ("cette semaine-ci")
    this_suffixes: tuple[str, ...] = ()
    #: before / after "N units" for a past point ("il y a 3 ans", "3 years ago")
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    #: before "N units" for a future point ("in 3 years", "dans 3 ans")
    in_words: tuple[str, ...] = ()
    #: before "N units" for the span from the reference date ("within 3 months")
    within: tuple[str, ...] = ()
    #: "the last 3 months", "les 3 prochaines semaines": word -> -1 back, +1 ahead
    last_next: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: pattern: vague periods, relative without a value ("in the coming months")
    vague: str = ""
    #: a weekend, and the determiners that name this week's
    weekend: tuple[str, ...] = ()
    weekend_this: tuple[str, ...] = ()
    #: nouns after "weekend" that make it an adjective ("weekend edition")
    weekend_not_before: tuple[str, ...] = ()
    #: counting from a day: "3 days after 12 May", "2 weeks before", "3 years later", "earlier"
    count_after: tuple[str, ...] = ()
    count_before: tuple[str, ...] = ()
    count_later: tuple[str, ...] = ()
    count_earlier: tuple[str, ...] = ()
    #: pattern: "the week of April 10th"
    week_of: str = ""

    # -- ranges and boundaries
    #: before a range's first part, between parts ("from ... to ...", "between ... and ...")
    range_open: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()
    #: "since 2015", kept in the span
    since: tuple[str, ...] = ()
    #: pattern: what comes before a month written alone ("en mars", "in March")
    month_context: str = ""
    #: pattern: boundary modifiers absorbed into a span ("fin mars", "early 2020")
    modifiers: str = ""

    # -- numbers in durations
    #: number word -> value, for what the number library cannot read in this language
    numbers: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: vague counts, read as three ("a few days" -> P3D)
    few: frozenset[str] = frozenset()
    #: articles read as one ("a year", "un an")
    one: frozenset[str] = frozenset()
    #: pattern: a half before a unit ("half an hour") and after a number or unit ("two and a half")
    half_before: str = ""
    half_after: str = ""
    #: suffix adding a half to a number word ("zweieinhalb"), and words for one and a half
    half_suffix: str = ""
    one_and_half: frozenset[str] = frozenset()
    #: before / after a unit for one whole unit ("all day", "toute la semaine", "o dia todo")
    whole_before: tuple[str, ...] = ()
    whole_after: tuple[str, ...] = ()
    #: pattern: a quarter of an hour word (German "Viertelstunde"); group q: three quarters
    quarter_hour: str = ""

    # -- named periods
    #: fixed-date holidays -> (month, day)
    holidays: Mapping[str, tuple[int, int]] = field(default_factory=lambda: EMPTY)
    #: holidays counted from Easter Sunday -> days after it
    movable: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: the word for a quarter, and ordinals naming one ("third quarter")
    quarter_words: tuple[str, ...] = ()
    quarter_ordinals: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: the word "year" as in "the first quarter of the year"
    year_words: tuple[str, ...] = ()
    #: pattern: a decade written with digits, group y the first year ("the 1990s")
    decade: str = ""
    #: "week 31", "KW 14"
    week_words: tuple[str, ...] = ()

    # -- what makes a four-digit number not a year
    #: words before a number that make it a count ("more than 2000")
    not_year_before: tuple[str, ...] = ()
    #: words after a number that make it an amount ("2000 euros", "2000 percent")
    not_year_after: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Enough to read dates written in words: names, relative days and units."""
        return bool(self.months and self.full_months and self.weekdays and self.day_words and self.units)

    @staticmethod
    def cldr_full(table: Literal["months", "days"], code: str) -> dict[str, int]:
        """The names CLDR writes in full (wide, format and stand-alone), lower case -> 1..12 or 0..6.

        Abbreviations are left out: "do", "mar" or "sam" are words too.
        """
        from . import cldr

        loc = cldr.locale(code)
        out: dict[str, int] = {}
        if loc is not None:
            for context in ("format", "stand-alone"):
                for index, name in getattr(loc, table)[context]["wide"].items():
                    out.setdefault(name.lower(), index)
        return out

    @staticmethod
    def by_position(text: str, first: int = 1) -> dict[str, int]:
        """Names written in order, one slot each ("jan feb - apr"): "|" joins spellings, "-" is none."""
        return {name.replace("_", " "): first + i for i, slot in enumerate(text.split())
                for name in slot.split("|") if name != "-"}

    @staticmethod
    def table(text: str) -> dict[str, int]:
        """"word=value" pairs separated by spaces; "_" stands for a space inside a word."""
        out: dict[str, int] = {}
        for pair in text.split():
            word, _, value = pair.rpartition("=")
            out[word.replace("_", " ")] = int(value)
        return out


@dataclass(frozen=True)
class NumberWords:
    """What the figures stage needs: number symbols and words, scales, currencies, units, qualifiers.

    Word lists are lower case unless a field says otherwise; several-word
    entries are written with spaces. A field holding a *pattern* is a regular
    expression fragment. Every field defaults to "nothing known": a pack
    without number words still reads digits, symbols and ISO codes.
    """

    # -- digits
    decimal_mark: str = "."
    #: thousands separators the language writes ("1 500", "1.500", "1'500")
    group_marks: tuple[str, ...] = (",",)
    #: suffixes of ordinals written in digits ("1er", "2nd", "3º", "4te")
    ordinal_suffixes: tuple[str, ...] = ()
    #: "3. Platz": a number followed by a dot and a word is an ordinal
    ordinal_dot: bool = False
    #: words before a numeral that make it negative ("minus", "négatif")
    minus_words: tuple[str, ...] = ()

    # -- numbers written as words
    #: language code ``text_to_num`` reads the language's number words with, "" when it has none
    text2num: str = ""
    #: for a language text2num lacks: number word (every form) -> value ("двух" -> 2, "sto" -> 100)
    number_words: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: whole words text2num does not read, rewritten before it sees them ("dieciseis" -> "dieciséis")
    respellings: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: parts of words rewritten the same way (("fuenf", "fünf"), ("ieme", "ième"))
    respell_parts: tuple[tuple[str, str], ...] = ()
    #: plural number words that are vague, not a value ("hundreds", "milliers")
    vague_words: frozenset[str] = frozenset()
    #: the dozen words ("a dozen" is a round number, "three dozens" 36)
    dozens: frozenset[str] = frozenset()
    #: hundred words a smaller group adds to ("four hundred and 3") -> 100
    hundreds: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: connector inside a chain of groups ("four thousand three hundred and 21")
    chain_and: tuple[str, ...] = ()
    #: words between a number word and a scale ("a" in "half a million", "d'" in "un demi d'")
    scale_links: tuple[str, ...] = ()

    # -- scales
    #: scale word (lower case, every form) -> multiplier ("million" -> 1e6, "тысяч" -> 1e3)
    scales: Mapping[str, float] = field(default_factory=lambda: EMPTY)
    #: scale abbreviations glued to digits ("£1.1bn", "10Mrd") -> multiplier
    glued_scales: Mapping[str, float] = field(default_factory=lambda: EMPTY)
    #: connector between a scale word and the counted noun or currency ("de", "of")
    of_words: tuple[str, ...] = ()

    # -- fractions and ratios
    #: fraction word text2num does not read as an ordinal -> denominator ("tiers" -> 3)
    fraction_words: Mapping[str, int] = field(default_factory=lambda: EMPTY)
    #: of those, halves and quarters that are fractions after a connector or before a scale
    half_words: frozenset[str] = frozenset()
    #: ordinals that are fractions after "a"/"un" only when "of"/"de" follows ("a third of")
    ambiguous_denominators: frozenset[str] = frozenset()
    #: ordinals that are never denominators ("second": a time unit)
    not_denominators: frozenset[str] = frozenset()
    #: endings of ordinals used as denominators after a hyphen ("one-eighth")
    ordinal_endings: tuple[str, ...] = ()
    #: one half as a noun ("la moitié", "die Hälfte")
    half_nouns: tuple[str, ...] = ()
    #: pattern: halves written as one word ("zweieinhalb", "anderthalb"); groups n (number word), ah (1.5), dv (0.75)
    half_compounds: str = ""
    #: articles that count as the numerator one ("a fifth", "un quart")
    one_words: tuple[str, ...] = ()
    #: "of" after an ambiguous ordinal makes it a fraction ("a third of the budget")
    fraction_of: tuple[str, ...] = ()
    #: connector between a whole number and its fraction ("two and a half")
    mixed_and: tuple[str, ...] = ()
    #: of those, the ones never inside a number word ("y" is, in "treinta y dos")
    split_and: tuple[str, ...] = ()
    #: "twenty fifths": text2num reads a numerator and a plural ordinal as one ordinal
    plural_ordinal_fractions: bool = False
    #: tens words, for "three twenty firsts" (3/21)
    tens_words: frozenset[str] = frozenset()
    #: text2num reads a fraction word as its value ("veinteavos" -> 0.05)
    fraction_word_is_value: bool = False
    #: suffixes glued to a number word that make it a denominator ("veintiunavos": 1/21)
    denominator_suffixes: tuple[str, ...] = ()
    #: decimal point written as a word between numbers in words ("two hundred point seventy-one")
    decimal_words: tuple[str, ...] = ()
    #: words after a cardinal that make it a denominator ("dois onze avos": 2/11)
    denominator_words: tuple[str, ...] = ()
    #: ratio connectors ("one in three", "1 sur 3")
    ratio_words: tuple[str, ...] = ()
    #: of those, the ones that also mean something else ("in 2020", "over 10 years")
    ratio_loose: frozenset[str] = frozenset()

    # -- meaning around the numeral
    percent_words: tuple[str, ...] = ()
    #: currency name as written after an amount (lower case, every form) -> ISO 4217
    currency_names: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: currency symbol as written (case kept) -> ISO 4217
    currency_symbols: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: ISO 4217 codes read before or after an amount ("EUR 12", "12,50EUR"), upper case
    iso_codes: frozenset[str] = frozenset()
    #: words for the hundredth of the currency just named ("3 dollars 20 cents")
    subunits: frozenset[str] = frozenset()
    #: physical-unit words ("tonnes", "hectares"); symbols (km, MW) need no words
    unit_words: frozenset[str] = frozenset()
    #: time units: a figure counting one is a duration
    time_words: frozenset[str] = frozenset()
    #: qualifier before a number (lower case) -> more_than, about, less_than, at_least, at_most
    qualifiers: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    #: a range: opener before the first number, "and" and "to" between the two
    range_open: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    #: words between a day number and a month ("12 de marzo")
    month_links: tuple[str, ...] = ()
    #: words before a number that make it a label ("article 3", "version 2.0")
    label_words: frozenset[str] = frozenset()

    # -- the counted noun after a number
    #: function words that end a counted noun (and that a noun never is)
    stop_words: frozenset[str] = frozenset()
    #: endings of verbs and participles that end a counted noun from its second word on
    verb_endings: tuple[str, ...] = ()
    #: infinitive endings: a complement ("lines of code") never is one
    infinitive_endings: tuple[str, ...] = ()
    #: how many words a counted noun has at most
    noun_max_words: int = 2
    #: connectors of one complement after the noun ("lines of code", "lignes de code")
    noun_complements: tuple[str, ...] = ()
    #: nouns are capitalised (German): the noun is the first capitalised word
    nouns_capitalised: bool = False
    #: endings of plural nouns after which the noun phrase ends ("people" in en ends it too)
    plural_endings: tuple[str, ...] = ()
    #: plurals without those endings ("people", "mensen")
    irregular_plurals: frozenset[str] = frozenset()
    #: adjectives after which a capitalised word still belongs to the noun ("23 different Eclipse projects")
    open_adjectives: frozenset[str] = frozenset()
    #: adjective endings: a counted noun is adjectives, then the first word without one ("200 новых рабочих мест")
    adjective_endings: tuple[str, ...] = ()
    #: a capitalised word after a lower-case noun ends the phrase ("adjectives follow the noun")
    capital_ends_noun: bool = False
    #: a capitalised word after a lower-case noun ends the phrase unless the noun is an open adjective
    capital_ends_noun_unless_adjective: bool = False

    @property
    def complete(self) -> bool:
        """Whether the pack has the words figures need: number words, scales, currencies, percents."""
        return bool((self.text2num or self.number_words) and self.scales and self.currency_names
                    and self.percent_words)


@dataclass(frozen=True)
class SpeechWords:
    """What the quotes stage needs: verbs that introduce speech, "according to", pronouns.

    Word lists are lower case; a space inside an entry stands for any run of
    spaces and an apostrophe for either apostrophe ("aujourd'hui"). A field
    holding a *pattern* is a regular-expression fragment, read case-insensitively.
    """

    #: speech verbs in every form written next to a quote ("said", "a déclaré" without its auxiliary)
    verbs: frozenset[str] = frozenset()
    #: auxiliaries that may stand before one of the verbs ("has said", "a déclaré", "ha dicho")
    verb_auxiliaries: frozenset[str] = frozenset()
    #: separable particles closing a speech clause ("legt … uit", "fügt … hinzu")
    verb_particles: frozenset[str] = frozenset()
    #: phrases that attribute words like a speech verb ("according to", "selon", "по словам")
    according_to: frozenset[str] = frozenset()
    #: subject pronouns standing for a person named before ("she added", "dodała ona")
    pronouns: tuple[str, ...] = ()
    #: patterns: the speech verb with its subject pronoun after it, {verb} and {pronoun} marking
    #: where they stand ("a-t-elle ajouté", "ajoute-t-il")
    inversions: tuple[str, ...] = ()
    #: the pronouns of those inversions ("il", "elle", "on")
    inversion_pronouns: tuple[str, ...] = ()
    #: words that, right after a quote, introduce its speaker without a verb ("…“, so Müller")
    speaker_markers: frozenset[str] = frozenset()
    #: conjunctions closing a clause that introduces a quote ("said that", "a dit que")
    complementizers: frozenset[str] = frozenset()
    #: patterns: a statement announced before its paragraphs ("the following statement")
    statements: tuple[str, ...] = ()
    #: whether direct speech is written after a dash, closed by a dash before its speech verb
    #: ("– Wir … – powiedział X", "— Мы … — сказал X"), not only between quotation marks
    dash_quotes: bool = False
    #: adverbs and audiences between a speech verb and its colon ("said today:", "told reporters:")
    adverbs_after_verb: frozenset[str] = frozenset()
    #: words before a quote that make it a name, not speech: determiners and nouns ("the “…” campaign")
    title_cues: frozenset[str] = frozenset()
    #: endings of compound nouns before a quote that make it a name („…“-Kampagne)
    title_cue_endings: frozenset[str] = frozenset()
    #: prepositions (with their articles) before a capitalised pair that make it no person's name
    #: ("Minister for the Middle East", "CEO of Secure Software")
    name_prepositions: frozenset[str] = frozenset()
    name_preposition_articles: frozenset[str] = frozenset()
    #: lower-case words joining the capitalised words of a body named as a speaker ("Ministry of
    #: Health", "Médecins du Monde")
    org_speaker_links: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return bool(self.verbs and self.pronouns)


@dataclass(frozen=True)
class PeopleWords:
    """What people and roles need: courtesy titles, name particles, role words and ranks.

    Word lists are lower case. Releases quote titles in other languages, so a
    word is tested against the role words of every pack; the rest is read for
    the release's language.
    """

    #: courtesy titles written before a name, as written ("m.", "dr", "dr.", "dott.", "herr")
    honorifics: frozenset[str] = frozenset()
    #: particles that may stand inside a person's name in lower case ("de", "von", "van")
    particles: frozenset[str] = frozenset()
    #: beginnings of words that name a function ("direct" in "director", "directrice")
    role_stems: frozenset[str] = frozenset()
    #: words that name a function only as whole words ("capo", not "capoluogo")
    role_words: frozenset[str] = frozenset()
    #: endings of words that name an occupation ("-ologist": "neurologist", "archéologue"); with
    #: ``role_words``, written by hand: no kept library lists occupations in their feminine and
    #: inflected forms (Faker's job titles are masculine and English-style)
    role_endings: frozenset[str] = frozenset()
    #: words that begin like a function but name a body ("ministerio" begins like "minister"), or end
    #: like one and name none ("dialogue")
    not_role_words: frozenset[str] = frozenset()
    #: words that stand in a title written before a name, lower case: functions, their qualifiers,
    #: courtesy titles, articles and determiners ("Director", "Foreign", "Policy", "Mr", "The", "Our")
    title_words: frozenset[str] = frozenset()
    #: endings of compound titles ("Projektleiter", "beleidsadviseur")
    title_endings: frozenset[str] = frozenset()
    #: beginnings that make a function of another ("vice", "co", "wice")
    role_prefixes: frozenset[str] = frozenset()
    #: functions are written as compounds, the function at the end ("Entwicklungsleiter")
    compounds_nouns: bool = False
    #: a function's complement follows it in the genitive, without a preposition ("minister
    #: gospodarki", "министр иностранных дел"), so lower-case words may stand between a function and a name
    genitive_complements: bool = False
    #: endings of the language's infinitives: a word whose base form ends so is a verb, never part
    #: of a function's complement ("rozmawiał" → "rozmawiać")
    infinitive_endings: tuple[str, ...] = ()
    #: military ranks: a rank alone is no function
    ranks: frozenset[str] = frozenset()
    #: ranks and titles abbreviated with a full stop, without it ("gen", "lt", "płk")
    rank_abbreviations: frozenset[str] = frozenset()
    #: academic titles written before a name like a rank ("doctor", "professora"): a function written
    #: with the name comes first ("el vicerrector, doctor Ramon Vilalta" → "vicerrector, doctor")
    academic_titles: frozenset[str] = frozenset()
    #: lower-case words qualifying a function before a name ("senior", "ancien", "były")
    qualifiers: frozenset[str] = frozenset()
    #: words that may open a role before its head noun ("one", "notre")
    openers: frozenset[str] = frozenset()
    #: indefinite articles: after a name, one opens an apposition that says what the person is,
    #: whatever the noun ("Peter Lual, a nurse with the health team,"; "Ana Lopes, une chorégraphe")
    indefinite_articles: frozenset[str] = frozenset()
    #: "of" between an opener and a group ("one of our coordinators")
    of_words: frozenset[str] = frozenset()
    #: words joining the parts of a title written before a name ("Secretary of State")
    title_joiners: frozenset[str] = frozenset()
    #: phrases saying "at the head of" without a function word ("à la tête de", "who leads")
    head_phrases: frozenset[str] = frozenset()
    #: auxiliaries and copulas: a clause, not an apposition, goes on from them ("will", "a", "ist")
    auxiliaries: frozenset[str] = frozenset()
    #: elided articles, prepositions and pronouns written onto the next word, without their
    #: apostrophe ("l" of "l'avvocato", "dell" of "dell'ufficio"): the word after is the function
    elisions: frozenset[str] = frozenset()
    #: endings of gerunds, which open a clause, not a role ("…, ensuring that developers …")
    gerund_endings: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return bool((self.role_stems or self.role_words) and self.honorifics)


@dataclass(frozen=True)
class LayoutWords:
    """What anatomy and contacts need: labels above a title, headings of contact and "about"
    blocks, the small words of date lines.

    Fields holding *patterns* are regular-expression fragments read
    case-insensitively in verbose mode (a space is written "\\ ").
    """

    #: patterns: labels above a title ("communiqué de presse", "press release")
    kicker_labels: tuple[str, ...] = ()
    #: patterns: what opens an embargo line ("embargoed", "sperrfrist")
    embargo_heads: tuple[str, ...] = ()
    #: patterns: phrases opening a contact block ("media contacts", "pour plus d'informations")
    contact_headings: tuple[str, ...] = ()
    #: patterns: a line that is only a contact heading, read by the contacts stage ("Media contacts",
    #: "For more information …"); narrower than ``contact_headings``, which open a block
    contact_lines: tuple[str, ...] = ()
    #: patterns: headings after which the rest is boilerplate ("about the", "note aux rédactions")
    about_headings: tuple[str, ...] = ()
    #: words labelling a web page's date line ("published", "mis à jour")
    date_labels: frozenset[str] = frozenset()
    #: small words written around a date ("le", "on", "de", "roku")
    date_fillers: frozenset[str] = frozenset()
    #: words numbering a release ("no", "nr", "numéro")
    number_words: frozenset[str] = frozenset()
    #: words joining two places of a dateline ("and", "et")
    place_joiners: frozenset[str] = frozenset()
    #: words a headline cannot end with (articles, prepositions, conjunctions)
    title_continues: frozenset[str] = frozenset()
    #: headlines are written in title case ("Foundation Opens Three Clinics"): a capitalised line
    #: naming a body may be the headline, not the issuer's letterhead above it
    title_case_headlines: bool = False
    #: labels of a release's furniture, never a name on their own ("téléphone", "pressemitteilung")
    labels: frozenset[str] = frozenset()
    #: labels announcing a phone number, a fax number, an e-mail address on a contact line
    phone_labels: frozenset[str] = frozenset()
    fax_labels: frozenset[str] = frozenset()
    email_labels: frozenset[str] = frozenset()
    #: abbreviations whose full stop ends no sentence, as written ("Dr", "Mme", "Nr", "Tfno")
    abbreviations: frozenset[str] = frozenset()
    #: words closing a release between dashes ("- fin -", "— Ende der Mitteilung —")
    end_marks: frozenset[str] = frozenset()
    #: words closing a release alone on their line ("Fin", "Ende")
    end_lines: frozenset[str] = frozenset()
    #: determiners opening a phrase, not a dateline's place ("The company: …", "Le ministre —")
    determiners: frozenset[str] = frozenset()
    #: small words inside a place name written in capitals and lower case ("Frankfurt am Main",
    #: "Newcastle upon Tyne", "Ústí nad Labem")
    place_particles: frozenset[str] = frozenset()
    #: patterns: words making the number after them a reference, not a phone ("réf.", "Aktenzeichen")
    reference_labels: tuple[str, ...] = ()
    #: patterns: verbs inviting the reader to get in touch, before a number in a sentence ("call", "joindre")
    contact_verbs: tuple[str, ...] = ()
    #: patterns: words naming a body on a contact line, never a person's name ("foundation", "GmbH")
    organization_words: tuple[str, ...] = ()
    #: patterns: words on a contact line making it one of a body, not of a role ("public relations", "GmbH")
    role_vetoes: tuple[str, ...] = ()
    #: patterns: words of a street address, as whole words ("street", "rue", "calle", "str.")
    street_words: tuple[str, ...] = ()
    #: patterns: street words also written at the end of a compound ("Hauptstraße", "Drottninggatan")
    street_endings: tuple[str, ...] = ()
    #: patterns: first words of a line that is no name ("the", "pour", "bitte", "north")
    not_name_starts: tuple[str, ...] = ()
    #: patterns: names of world regions heading a contact line ("North America", "Amérique latine")
    region_labels: tuple[str, ...] = ()
    #: words standing for "@" in brackets in an address hidden from robots ("[at]", "(arobase)")
    at_words: frozenset[str] = frozenset()
    #: words standing for "." in such an address, bracketed or not ("(dot)", "punkt")
    dot_words: frozenset[str] = frozenset()
    #: words standing for "@" and "." unbracketed ("name at iom dot int"), written in lower or upper case
    spelled_at_words: frozenset[str] = frozenset()
    spelled_dot_words: frozenset[str] = frozenset()

    @property
    def complete(self) -> bool:
        return bool(self.contact_headings and self.about_headings)


@dataclass(frozen=True)
class EntityWords:
    """What the entity rules need: articles, organization heads, place prepositions.

    Word lists are lower case. A list left empty means nothing is known, and
    the rules read the union of every pack's list instead; ``place_prepositions``
    tells "none" (an empty set) from "not known" (None).
    """

    #: articles and elided forms opening a span but no part of a name
    articles: frozenset[str] = frozenset()
    #: definite articles, which make a title stand for a person ("the Minister", "la portavoz")
    definite_articles: frozenset[str] = frozenset()
    #: the language has no articles (an empty ``articles`` is then known, not missing)
    articleless: bool = False
    #: every noun is capitalised (German): capitals do not mark names
    capitalises_nouns: bool = False
    #: a body's head may end a compound word ("Bundesministerium", "Generalkonsulat")
    compound_heads: bool = False
    #: names of bodies run on after their head without a preposition ("Stiftung Warentest")
    name_after_head: bool = False
    #: capitalised words stand before the head of a body ("U.S. Embassy", "Deutsche Botschaft")
    names_before_head: bool = False
    #: lower-case adjectives stand before the capitalised noun after a body's preposition
    #: ("Forschungszentrum für digitale Nachhaltigkeit", "Ausschuss für bürgerliche Freiheiten")
    adjectives_before_name: bool = False
    #: words making a span an organization whatever the model said ("ambassade", "university")
    org_heads: frozenset[str] = frozenset()
    #: heads of official bodies: a name after one is an organization ("Ministry of …")
    org_triggers: frozenset[str] = frozenset()
    #: those of them the language writes in lower case before the body's name ("ministerie van
    #: Volksgezondheid", "ministère de l'Intérieur")
    lower_case_triggers: frozenset[str] = frozenset()
    #: heads of foundations, institutes, universities … ("Fondation pour la Mer")
    body_heads: frozenset[str] = frozenset()
    #: prepositions, articles and coordinations inside a body's name ("of the", "de la", "und")
    org_prepositions: frozenset[str] = frozenset()
    org_articles: frozenset[str] = frozenset()
    org_coordinations: frozenset[str] = frozenset()
    #: whole names of bodies a head word does not find ("auswärtiges amt"), lower case, words spaced
    org_names: frozenset[str] = frozenset()
    #: head words of bodies as base forms, for languages that inflect them ("rada", "министерство")
    org_head_lemmas: frozenset[str] = frozenset()
    #: common nouns written just before an organization's name, as base forms ("koncern", "la société")
    org_introducers: frozenset[str] = frozenset()
    #: prepositions after which a capitalised name is a place ("in", "à")
    locatives: frozenset[str] = frozenset()
    #: narrower: after which a name taken for an organization is a place; None when not known
    place_prepositions: frozenset[str] | None = None
    #: possessives: a name after one is a thing ("its App Store")
    possessives: frozenset[str] = frozenset()
    #: nouns of settlements and divisions: a name written with one is a place ("the town of Jarablus")
    place_nouns: frozenset[str] = frozenset()
    #: nouns of natural features and camps, as base forms: a name written with one after it ("the
    #: Farchana refugee camp") or as its first capitalised word ("Canal de Moçambique", "Ria
    #: Formosa") is a place. Written by hand: no kept library lists these common nouns per language
    #: (geonames lists features, not their nouns)
    feature_nouns: frozenset[str] = frozenset()
    #: lower-case nouns of a power named by its leader, written after the name ("the Asad regime",
    #: "the Maduro regime"): the name and the noun are one organization
    regime_nouns: frozenset[str] = frozenset()
    #: words joining such a noun to the name ("of", "de"), and a body to the place it serves
    #: ("Université de Berne", "Akademia Techniczna w Zamościu")
    place_of: frozenset[str] = frozenset()
    #: "other" in "Homs and other towns"
    others: frozenset[str] = frozenset()
    #: last words of the names of laws and legal texts ("Act", "Directive", "Loi"): no bodies
    law_words: frozenset[str] = frozenset()
    #: small words inside a name ("of", "de", "für", "&"): a name is judged on its other words
    name_joiners: frozenset[str] = frozenset()
    #: words an acronym leaves out ("Ministry of Health" -> "MH"): articles, prepositions, "and"
    acronym_skips: frozenset[str] = frozenset()
    #: prepositions of an affiliation after a name ("Ana Ruiz from Acme", "de l'OIM")
    affiliation_prepositions: frozenset[str] = frozenset()
    #: words joining the conjuncts of an enumeration ("and", "et", "oraz")
    coordinations: frozenset[str] = frozenset()
    #: heads of bodies (of ``org_heads``) naming a firm only after a proper name ("Acme Software"):
    #: after common words they make a concept or a product ("Free Software", "Software Libre")
    weak_org_heads: frozenset[str] = frozenset()
    #: endings of abstract nouns: a two-word "person" ending in one is a concept ("Data Sovereignty");
    #: endings shared with surnames ("-ence", "-ment") are left out
    abstract_endings: frozenset[str] = frozenset()
    #: capitalised words after an organization's name that start another name, not a qualifier of
    #: the organization ("Security Council Resolution 2401", "Foundation Award")
    org_name_followers: frozenset[str] = frozenset()
    #: elided words written onto a name, without their apostrophe ("l" of "l'OIM"): no part of it;
    #: elided forms that also begin names ("M'Bow") are left out
    elisions: frozenset[str] = frozenset()
    #: endings of the adjectives of peoples and languages ("French", "Christian", "Chinese", "Iraqi")
    people_endings: frozenset[str] = frozenset()
    #: the abbreviations the language's press writes for countries, CLDR and ISO lacking them
    #: ("США" -> "US", "ФРГ" -> "DE"): each joins its country across releases
    #: legal forms of companies that cleanco's table lacks, in lower case ("ооо", "зао"): written
    #: before the company's quoted name ("ООО «Ромашка»") or after its name
    legal_forms: frozenset[str] = frozenset()
    country_abbreviations: Mapping[str, str] = field(default_factory=lambda: EMPTY)

    @property
    def complete(self) -> bool:
        return bool((self.articles or self.articleless) and (self.org_triggers or self.org_head_lemmas))


#: The concerns a pack holds, in the order ``releasepipe languages`` shows them.
CONCERNS: tuple[str, ...] = ("dates", "numbers", "speech", "people", "layout", "entities")


@dataclass(frozen=True)
class Pack:
    """Everything releasepipe knows of one language."""

    code: str
    dates: DateWords = field(default_factory=DateWords)
    numbers: NumberWords = field(default_factory=NumberWords)
    speech: SpeechWords = field(default_factory=SpeechWords)
    people: PeopleWords = field(default_factory=PeopleWords)
    layout: LayoutWords = field(default_factory=LayoutWords)
    entities: EntityWords = field(default_factory=EntityWords)

    def stages(self) -> dict[str, bool]:
        """Concern -> whether the pack holds enough words for its stage."""
        return {name: getattr(self, name).complete for name in CONCERNS}
