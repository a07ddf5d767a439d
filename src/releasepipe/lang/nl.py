"""Dutch: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # spellings CLDR lacks that releases use (older abbreviations, regional names).
    months={**cldr.months('nl'), **{'sept': 9}},
    full_months=DateWords.cldr_full('months', 'nl'),
    weekdays=DateWords.cldr_full('days', 'nl'),
    short_weekdays=cldr.weekdays('nl'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    short_months_need_capital=True,
    # words around a day, month and year
    of_words=('van',),
    day_suffixes=('e', 'ste', 'de'),
    articles=('het', 'de'),
    weekday_lead=('op',),
    day_alone_articles=('de',),
    or_words=('of',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'vandaag': 0, 'gisteren': -1, 'morgen': 1, 'eergisteren': -2, 'overmorgen': 2},
    units={'werkweek': 'W', 'weekenden': 'WE', 'kwartalen': '3M', 'jaar': 'Y', 'jaren': 'Y', 'maand': 'M', 'maanden': 'M', 'week': 'W', 'weken': 'W', 'dag': 'D',
        'dagen': 'D', 'decennium': '10Y', 'decennia': '10Y', 'eeuw': '100Y', 'eeuwen': '100Y', 'uur': 'H',
        'minuut': 'TM', 'minuten': 'TM', 'seconde': 'TS', 'seconden': 'TS', 'uren': 'H', 'nacht': 'D',
        'nachten': 'D'},
    dir_before={'deze afgelopen': -1, 'deze aankomende': 1, 'aanstaande': 1, 'aankomende': 1, 'aankomend': 1, 'vorige': -1, 'vorig': -1, 'afgelopen': -1, 'deze': 0, 'dit': 0, 'volgende': 1, 'volgend': 1,
        'komende': 1, 'komend': 1},
    # counts from the reference date
    nearest_dirs=frozenset({'afgelopen', 'aanstaande', 'aankomende', 'deze afgelopen', 'deze aankomende'}),
    ago_after=('geleden',),
    in_words=('over', 'in'),
    within=('binnen',),
    last_next={'afgelopen': -1, 'laatste': -1, 'vorige': -1, 'komende': 1, 'aankomende': 1, 'volgende': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:in\s+)?de\s+(?:komende|afgelopen|laatste)\s+(?:dagen|weken|maanden|jaren)|onlangs|"
        r"binnenkort"),
    weekend=('weekend',),
    weekend_this=('het', 'dit', 'dat'),
    count_after=('na', 'vanaf'),
    count_before=('voor',),
    count_later=('later',),
    count_earlier=('eerder',),
    week_of=r"de\s+week\s+(?:van|beginnend(?:\s+op)?|aanvangend|startend)",
    # ranges, "since", months alone and boundary modifiers
    range_open=('van', 'tussen'),
    range_to=('tot', 't/m', 'tot en met'),
    range_and=('en',),
    since=('sinds',),
    month_context=r"in|sinds|tot|vanaf|begin|eind|half|medio|en|van|voor|na",
    modifiers=r"begin|eind|half|medio|midden",
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('enkele', 'meerdere', 'enige')),
    numbers={'paar': 2},
    one_and_half=frozenset({'anderhalf'}),
    one=frozenset(('een', 'één')),
    whole_before=('de hele', 'het hele', 'hele'),
    half_before=r"(?:een\s+)?half",
    half_after=r"en\s+een\s+half",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'kerstmis': (12, 25), 'eerste kerstdag': (12, 25), 'kerstavond': (12, 24),
        'oudejaarsavond': (12, 31), 'nieuwjaarsdag': (1, 1), 'koningsdag': (4, 27),
        'dag van de arbeid': (5, 1), 'kerst': (12, 25), 'nieuwjaar': (1, 1)},
    movable={'pasen': 0, 'eerste paasdag': 0, 'tweede paasdag': 1, 'goede vrijdag': -2, 'hemelvaartsdag': 39,
        'pinksteren': 49, 'tweede pinksterdag': 50},
    # quarters, decades and numbered weeks
    quarter_words=('kwartaal',),
    quarter_ordinals={'eerste': 1, 'tweede': 2, 'derde': 3, 'vierde': 4},
    year_words=('jaar',),
    decade=r"(?:de\s+)?jaren\s+(?P<y>(?:1[6-9]|20)\d0)",
    week_words=('week',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('nr.', 'nr', 'art.', 'artikel', 'iso', 'versie', 'v.', 'pagina', 'p.', 'meer dan', 'circa',
        'ongeveer', 'tot'),
    not_year_after=('procent', 'euro', 'dollar', 'ton'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("nl")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("ste", "de", "e"),
    minus_words=("negatief", "min"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="nl",
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("komma",),
    # written without the diaeresis ("tweeentwintig")
    respell_parts=(("eeen", "eeën"), ("ieen", "ieën")),
    # halves and three quarters written as one word (tweeënhalf, anderhalve, driekwart)
    half_compounds=(r"\b(?:(?P<n>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:ën|en)hal(?:ve|f)"
                    r"|(?P<ah>anderhal(?:ve|f))|(?P<dv>driekwart))\b"),
    # plural number words that say "many", not a value
    vague_words=words("dozijn duizenden honderden miljoenen"),
    dozens=words("dozijn"),
    hundreds={"honderd": 100},
    chain_and=("en",),
    # scale words and the abbreviations of the financial press
    scales={
        "k": 1e3,  # "10k", "2,5 k": thousand, as the web and the markets write it
        "dozijn": 12, "duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "mln": 1e6, "mln.": 1e6,
        "miljard": 1e9, "miljarden": 1e9, "mld": 1e9, "mld.": 1e9, "biljoen": 1e12,
    },
    of_words=("aan",),
    # fractions, halves, ratios
    fraction_words={"half": 2, "halve": 2, "derde": 3, "derden": 3, "kwart": 4, "vierde": 4, "vierden": 4},
    half_words=words("half halve"),
    ambiguous_denominators=words("derde vierde"),
    not_denominators=words("tweede"),
    half_nouns=("helft",),
    one_words=("een", "één"),
    fraction_of=("van", "der"),
    mixed_and=("en",),
    split_and=("en",),
    ratio_words=("op", "op de", "uit", "uit de", "van de"),
    ratio_loose=words("op van_de"),
    # meaning around the numeral
    percent_words=("procent", "percent", "procentpunt"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("nl"),
                    "euro": "EUR", "dollar": "USD", "dollars": "USD", "pond": "GBP", "ponden": "GBP",
                    "zwitserse frank": "CHF", "pond sterling": "GBP", "frank": "CHF", "franken": "CHF",
                    "yen": "JPY", "yuan": "CNY", "roepie": "INR", "roepies": "INR", "sjekel": "ILS",
                    "riyal": "SAR", "roebel": "RUB", "roebels": "RUB", "zloty": "PLN", "lira": "TRY",
                    "pesos": "MXN", "real": "BRL", "rand": "ZAR"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("nl"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # and the pound's, as the press writes them ("470 pence")
    subunits=words("cent eurocent pence penny"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words("hectare kilo kilogram kilometer liter megawatt meter ton vaten"),
    time_words=words("dag dagen decennia jaar jaren maand maanden uren uur week weken"),
    # qualifiers before a number
    qualifiers={
        "meer dan": "more_than", "ruim": "more_than", "bijna": "about", "ongeveer": "about",
        "circa": "about", "ca.": "about", "zo'n": "about", "rond de": "about", "minder dan": "less_than",
        "ten minste": "at_least", "minstens": "at_least", "tenminste": "at_least", "tot": "at_most",
        "maximaal": "at_most", "hooguit": "at_most",
    },
    range_open=("tussen", "van"),
    range_and=("en",),
    range_to=("tot",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "artikel band bijlage deel fase hal hoofdstuk laan niveau nr nr. nummer pagina paragraaf "
        "plaats punt regel resolutie richtlijn ronde sectie stand stap straat titel verordening "
        "versie week weg zaal §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "aan al alle bij dat de deze die dit door een elke en er geen haar had hadden hebben heeft "
        "heel het hij hoe hun ik in is je kan kunnen maar meer met minder na naar niet nog of om "
        "onder ons onze ook op over sinds tijdens tot tussen u uit van voor waar wanneer waren was "
        "wat we werd werden wie wij worden wordt zal ze zeer zij zijn zonder zullen"
    ),
    verb_endings=("de", "te", "den", "ten", "end"),
    noun_max_words=3,
    plural_endings=("s", "en"),
    irregular_plurals=words("kinderen mensen"),
    open_adjectives=words("andere nieuwe verschillende"),
    capital_ends_noun_unless_adjective=True,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "aldus benadrukt benadrukte concludeerde concludeert legde legt meende meent reageerde "
        "reageert schreef schrijft stelde stelt verklaarde verklaart vertelde vertelt voegde "
        "voegt waarschuwde waarschuwt zegt zei "
        "erkent erkende vindt vond antwoordt antwoordde denkt dacht hoopt hoopte benadrukken zeggen"),
    # grammar: separable particles of speech verbs
    verb_particles=words("aan toe uit"),
    # attribution phrases: common press-release usage
    according_to=words("volgens"),
    # grammar: subject pronouns
    pronouns=("hij", "zij", "ze"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("dat"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:de\s+volgende\s+verklaring|een\s+verklaring)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("dan gisteren ook tegen_journalisten toen vandaag"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words("de een het initiatief"),
    title_cue_endings=words("brochure campagne initiatief publicatie"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("bij van voor"),
    name_preposition_articles=words("het"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dhr. dr. ing. ir. mevr. mw. prof."),
    # name particles: naming conventions of the language
    particles=words("de den der ten ter van"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "adviseur advocaat afgevaardigd coach conservator beleidsmedewerker bestuurder bestuurslid "
        "bestuursvoorzitter burgemeester commissaris coördinat deskundige directrice econoom "
        "eigenaar europarlementariër generaal gezant hoofdredacteur hoogleraar kamerlid kapitein "
        "kolonel leider luitenant medeoprichter onderzoeker ontwikkelaar oprichter penningmeester "
        "programmaleider projectleider redacteur secretaris staatssecretaris teamleider "
        "verantwoordelijke voorlichter voorzitter wethouder woordvoerder woordvoerster"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "aanvoerder architect bondscoach conservator docent keeper leraar lerares speler speelster "
        "student studente trainer verpleegkundige vrijwilliger "
        "consul decaan hoofd lid raadslid rechter rector vertegenwoordiger"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("oloog ologe ologen"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex mede onder plaatsvervangend vice"),
    # military ranks: the armed forces' rank tables
    ranks=words("admiraal generaal kapitein kolonel luitenant majoor sergeant"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("gen kap kol lt maj"),
    # academic titles used before a name: academic usage
    academic_titles=words("doctor professor"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "junior nieuwe plaatsvervangend plaatsvervangende senior voormalig voormalige waarnemend "
        "waarnemende"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("een haar hun ons onze zijn"),
    # grammar: indefinite articles
    indefinite_articles=words("een"),
    # phrases of leading: common press-release usage
    head_phrases=words("aan_het_hoofd_van die_leiding_geeft_aan verantwoordelijk_voor"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("hebben heeft is kan moet waren was worden wordt zal zullen"),
    compounds_nouns=True,
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("van"),
    # grammar: prepositions and articles inside a title ("wethouder van Wonen")
    title_joiners=words("de en het van voor"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("monoloog proloog ministerie ministeries"),
    # words of titles before a name: common press-release usage
    title_words=words("de het"),
    # endings of compound titles: common press-release usage
    title_endings=words(
        "adviseur beleidsadviseur consultant coordinator directeur manager minister voorzitter "
        "woordvoerder"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"kvk", r"btw", r"kvk-nummer", r"btw-nummer"),
    # release labels: common press-release usage
    kicker_labels=(
        r"persbericht",
        r"nieuwsbericht",
        r"persmededeling",
        r"voor\ (?:onmiddellijke|directe)\ publicatie",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"onder\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"voor\ (?:meer|verdere|nadere)\ informatie",
        r"meer\ informatie\s*:",
        r"perscontact(?:en)?",
        r"contact(?:persoon|gegevens)?\s*:",
        r"persvoorlicht(?:ing|er)",
        r"woordvoerder\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"over\ (?:de\ |het\ )?\S",
        r"noot\ voor\ (?:de\ )?redactie",
    ),
    # web page date labels: common CMS usage
    date_labels=words("bijgewerkt datum geplaatst gepubliceerd"),
    # grammar: prepositions and articles around dates
    date_fillers=words("om op van"),
    # release numbering: common press-release usage
    number_words=words("nr nummer"),
    # grammar: the conjunction 'and'
    place_joiners=words("en"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("aan bij de een en het in met naar op van voor"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Dr Nr Prof"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"perscontact(?:en)?",
        r"contact(?:persoon)?",
        r"voor\s+(?:meer|verdere|nadere)\s+informatie.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("mobiel tel telefoon"),
    fax_labels=words("fax"),
    email_labels=words("e-mail mail"),
    # end of a release: press usage ('- einde -'); determiners: grammar
    end_marks=words("einde"),
    determiners=words("de het"),
    # contacts: Dutch company forms (besloten/naamloze vennootschap)
    organization_words=(r"bv", r"nv"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("'t de een het"),
    # grammar: coordinating conjunctions
    coordinations=words("en of"),
    names_before_head=True,
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agentschap alliantie ambassade coalitie commissie consulaat federatie groep instituut "
        "leger ministerie netwerk organisatie parlement partij politie raad rechtbank "
        "secretariaat stichting unie universiteit vereniging bedrijf bestuur bond gemeente hogeschool parket provincie ziekenhuis"),
    # grammar: definite articles
    definite_articles=words("de het"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words("agentschap ambassade consulaat delegatie departement directie ministerie secretariaat"),
    # official bodies named with their head in lower case: the language's typographic rules
    lower_case_triggers=words("ministerie"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "academie centrum comité commissie federatie genootschap instituut raad stichting "
        "universiteit vereniging"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("tegen van voor"),
    # grammar: definite articles after those prepositions
    org_articles=words("de het"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("en"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "bank bedrijf consortium exploitant fabrikant groep laboratorium leverancier "
        "maatschappij onderneming organisatie partij stichting vakbond vereniging vervoerder"),
    # grammar: prepositions of place
    locatives=words("bij in naar te uit"),
    # grammar: prepositions introducing a place only (not a body: "in", not "at")
    place_prepositions=words("in"),
    # nouns of settlements and divisions: common usage
    place_nouns=words("dorp eiland gemeente plaats provincie regio stad steden wijk"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "baai berg gebergte golf kamp kanaal kust meer rivier schiereiland vallei woestijn "
        "zee"),
    place_of=words("van"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("haar hun ons onze uw zijn"),
    name_after_head=True,
    # legal texts: legislative usage
    law_words=words("richtlijn verordening wet"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("de den en van"),
)

PACK = Pack(code="nl", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
