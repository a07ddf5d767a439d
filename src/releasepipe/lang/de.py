"""German: what releasepipe knows of the language.

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
    months={**cldr.months('de'), **{'jänner': 1, 'feber': 2, 'maerz': 3, 'mrz': 3}},
    full_months={**DateWords.cldr_full('months', 'de'), **{'jänner': 1, 'feber': 2, 'maerz': 3}},
    weekdays={**DateWords.cldr_full('days', 'de'), **{'sonnabend': 5}},
    short_weekdays=cldr.weekdays('de'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    spaced_numeric_dates=True,  # "15. 3. 2024": the language's usage
    dotted_day_month=True,
    short_months_need_capital=True,
    # words around a day, month and year
    of_words=('des',),
    articles=('im', 'am', 'den', 'dem', 'der', 'die', 'das'),
    weekday_lead=('am',),
    or_words=('oder',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'heute': 0, 'gestern': -1, 'morgen': 1, 'vorgestern': -2, 'übermorgen': 2},
    day_words_lowercase_only=frozenset({'morgen'}),  # "am Morgen": in the morning
    units={'arbeitswoche': 'W', 'wochenenden': 'WE', 'tg': 'D', 'quartale': '3M', 'jahr': 'Y', 'jahre': 'Y', 'jahren': 'Y', 'jahres': 'Y', 'monat': 'M', 'monate': 'M', 'monaten': 'M',
        'monats': 'M', 'woche': 'W', 'wochen': 'W', 'tag': 'D', 'tage': 'D', 'tagen': 'D',
        'jahrzehnt': '10Y', 'jahrzehnte': '10Y', 'jahrzehnten': '10Y', 'jahrhundert': '100Y', 'stunde': 'H',
        'stunden': 'H', 'std': 'H', 'h': 'H', 'minute': 'TM', 'minuten': 'TM', 'min': 'TM', 'sekunde': 'TS',
        'sekunden': 'TS', 'sek': 'TS', 'nacht': 'D', 'nächte': 'D', 'nächten': 'D'},
    dir_before={'letzte': -1, 'letzten': -1, 'letzter': -1, 'letztes': -1, 'vergangene': -1, 'vergangenen': -1,
        'vergangenes': -1, 'vorige': -1, 'vorigen': -1, 'voriges': -1, 'diese': 0, 'diesen': 0, 'dieses': 0,
        'diesem': 0, 'nächste': 1, 'nächsten': 1, 'nächstes': 1, 'nächster': 1, 'kommende': 1,
        'kommenden': 1, 'kommendes': 1, 'laufenden': 0, 'nächstem': 1, 'letztem': -1, 'kommendem': 1,
        'vergangenem': -1, 'vorletzte': -2, 'vorletzten': -2, 'vorletztes': -2, 'vorletztem': -2,
        'vorletzter': -2, 'übernächste': 2, 'übernächsten': 2, 'übernächstes': 2, 'übernächstem': 2,
        'übernächster': 2},
    # counts from the reference date
    ago_before=('vor',),
    in_words=('in',),
    within=('innerhalb von', 'binnen'),
    last_next={'letzten': -1, 'vergangenen': -1, 'nächsten': 1, 'kommenden': 1, 'folgenden': 1},
    # vague periods, weekends, counting from a day
    vague=(r"in\s+den\s+(?:kommenden|nächsten|letzten|vergangenen)\s+(?:Tagen|Wochen|Monaten|Jahren)|"
        r"kürzlich|demnächst|neulich"),
    weekend=('wochenende',),
    weekend_this=('am', 'dem', 'das', 'dieses', 'diesem', 'übers'),
    count_after=('nach',),
    count_before=('vor',),
    count_later=('später', 'danach'),
    count_earlier=('früher', 'zuvor', 'vorher'),
    week_of=r"(?:die|der)\s+woche\s+vom",
    # ranges, "since", months alone and boundary modifiers
    range_open=('vom', 'von', 'zwischen'),
    range_to=('bis', 'zum', 'bis zum'),
    range_and=('und',),
    since=('seit',),
    month_context=r"im|seit|bis|ab|Anfang|Ende|Mitte|von|und|vor|nach|zum|im\s+Monat",
    modifiers=r"Anfang|Ende|Mitte|Anfang\s+des\s+Jahres|Ende\s+des\s+Jahres",
    # number words for durations (the rest is read by text_to_num)
    numbers={'beiden': 2, 'beide': 2},
    few=frozenset(('einige', 'einigen', 'mehrere', 'mehreren')),
    one=frozenset(('ein', 'eine', 'einem', 'einen', 'einer')),
    whole_before=('den ganzen', 'die ganze', 'das ganze', 'ganzen', 'ganze'),
    half_before=r"(?:eine?[nms]?\s+)?(?:halbe|halben|halbes|halber)",
    half_suffix='einhalb',  # "zweieinhalb"
    one_and_half=frozenset({'anderthalb'}),
    quarter_hour=r'(?:eine?\s+)?(?P<q>drei)?viertelstunde',
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'weihnachten': (12, 25), 'heiligabend': (12, 24), 'silvester': (12, 31), 'neujahr': (1, 1),
        'tag der arbeit': (5, 1), 'tag der deutschen einheit': (10, 3), 'allerheiligen': (11, 1),
        'allerseelen': (11, 2), 'johannistag': (6, 24), 'barbaratag': (12, 4), 'nikolaustag': (12, 6),
        'valentinstag': (2, 14), 'reformationstag': (10, 31), 'mariä himmelfahrt': (8, 15),
        'heilige drei könige': (1, 6), 'dreikönigstag': (1, 6), 'erster weihnachtsfeiertag': (12, 25),
        'ersten weihnachtsfeiertag': (12, 25), 'erster weihnachtstag': (12, 25),
        'ersten weihnachtstag': (12, 25), 'zweiter weihnachtsfeiertag': (12, 26),
        'zweiten weihnachtsfeiertag': (12, 26), 'zweiter weihnachtstag': (12, 26),
        'zweiten weihnachtstag': (12, 26)},
    movable={'ostern': 0, 'ostersonntag': 0, 'ostermontag': 1, 'karfreitag': -2, 'karsamstag': -1,
        'gründonnerstag': -3, 'aschermittwoch': -46, 'rosenmontag': -48, 'christi himmelfahrt': 39,
        'pfingsten': 49, 'pfingstsonntag': 49, 'pfingstmontag': 50, 'fronleichnam': 60},
    # quarters, decades and numbered weeks
    quarter_words=('quartal',),
    quarter_ordinals={'ersten': 1, 'erste': 1, '1.': 1, 'zweiten': 2, 'zweite': 2, '2.': 2, 'dritten': 3, 'dritte': 3,
        '3.': 3, 'vierten': 4, 'vierte': 4, '4.': 4},
    year_words=('jahres',),
    decade=r"(?:den\s+|die\s+)?(?P<y>(?:1[6-9]|20)\d0)er(?:\s+Jahren?)?",
    week_words=('kw', 'kalenderwoche', 'woche'),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('nr.', 'nr', 'art.', 'artikel', 'iso', 'version', 'v.', 'seite', 's.', 'mehr als', 'über', 'rund',
        'etwa', 'circa', 'bis zu'),
    not_year_after=('prozent', 'euro', 'dollar', 'tonnen'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("de")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(".", "'", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("te", "ten", "ste", "sten"),
    ordinal_dot=True,
    minus_words=("minus", "negativ", "negativer"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="de",
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("komma",),
    # written with ue/ss/oe for ü/ß/ö
    respell_parts=(("fuenf", "fünf"), ("dreissig", "dreißig"), ("zwoelf", "zwölf")),
    # halves and three quarters written as one word (zweieinhalb, anderthalb, dreiviertel)
    half_compounds=(r"\b(?:(?P<n>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?:ein|und)halb"
                    r"|(?P<ah>anderthalb)|(?P<dv>dreiviertel))\b"),
    # plural number words that say "many", not a value
    vague_words=words("dutzende hunderte millionen tausende"),
    dozens=words("dutzend"),
    hundreds={"hundert": 100},
    chain_and=("und",),
    # scale words and the abbreviations of the financial press
    scales={
        "k": 1e3,  # "10k", "2,5 k": thousand, as the web and the markets write it
        "dutzend": 12, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12,
    },
    # glued to digits ("£1.1bn", "10Mrd")
    glued_scales={"mrd": 1e9, "mio": 1e6},
    # fractions, halves, ratios
    fraction_words={
        "halb": 2, "halbe": 2, "halbes": 2, "halben": 2, "halber": 2, "drittel": 3, "viertel": 4,
        "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9, "zehntel": 10,
        "zwanzigstel": 20, "hundertstel": 100, "tausendstel": 1000,
    },
    half_words=words("halb halbe halben halbes"),
    not_denominators=words("zweite zweiten"),
    ordinal_endings=("tel",),
    half_nouns=("Hälfte",),
    one_words=("ein", "eine", "einen", "einem", "einer", "eines"),
    fraction_of=("der", "des"),
    mixed_and=("und",),
    split_and=("und",),
    ratio_words=("von",),
    ratio_loose=words("von"),
    # meaning around the numeral
    percent_words=("prozent", "prozentpunkte", "v. h."),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("de"),
                    "euro": "EUR", "dollar": "USD", "us-dollar": "USD", "pfund": "GBP",
                    "britische pfund": "GBP", "franken": "CHF", "schweizer franken": "CHF", "yen": "JPY",
                    "pfund sterling": "GBP", "yuan": "CNY", "rupien": "INR", "rupie": "INR",
                    "schekel": "ILS", "rial": "SAR", "riyal": "SAR", "rubel": "RUB", "zloty": "PLN",
                    "kronen": "SEK", "lira": "TRY", "real": "BRL", "reais": "BRL", "rand": "ZAR",
                    "pesos": "MXN"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("de"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # and the pound's, as the press writes them ("470 pence")
    subunits=words("cent pence penny"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words("barrel gigawatt hektar kilo kilogramm kilometer liter megawatt meter tonne tonnen"),
    time_words=words(
        "jahr jahre jahren jahres jahrzehnte jahrzehnten monat monate monaten stunde stunden tag tage "
        "tagen woche wochen"
    ),
    # qualifiers before a number
    qualifiers={
        "mehr als": "more_than", "über": "more_than", "gut": "about", "rund": "about", "etwa": "about",
        "ca.": "about", "circa": "about", "zirka": "about", "ungefähr": "about", "fast": "about",
        "knapp": "about", "annähernd": "about", "beinahe": "about", "weniger als": "less_than",
        "unter": "less_than", "mindestens": "at_least", "wenigstens": "at_least", "bis zu": "at_most",
        "höchstens": "at_most", "maximal": "at_most",
    },
    range_open=("zwischen", "von"),
    range_and=("und",),
    range_to=("bis",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "abs. absatz abschnitt anhang artikel band etappe halle kalenderwoche kapitel kw nr nr. "
        "nummer phase platz punkt rang raum regel resolution richtlinie runde schritt seite stand "
        "strasse straße stufe teil terminal titel verordnung version weg woche zeile §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "aber alle als am an auch auf aus bei bereits bis das dass dem den denn der des die durch ein "
        "eine einem einen einer eines er es etwa für gegen haben hat hatte hatten hinter ihr ihre im "
        "in insgesamt ist jede jeder jedes kein keine man mehr mit nach neben nicht noch nur ob oder "
        "ohne rund schon sehr sein seine seit sich sie sind sondern um und unser unsere unter vom von "
        "vor war waren weniger wenn werden wie wir wird wurde wurden während zu zum zur zwischen über"
    ),
    noun_max_words=3,
    nouns_capitalised=True,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "antwortet antwortete bekräftigt bekräftigte berichtet berichtete betont betonte ergänzt "
        "ergänzte erklärt erklärte erläutert erläuterte fordert forderte fügt fügte gesagt "
        "kommentiert kommentierte mahnt mahnte meint meinte resümiert resümierte sagt sagte "
        "schreibt schrieb stellt_fest stellte_fest unterstreicht unterstrich warnt warnte äußert "
        "äußerte "
        "bestätigt bestätigte verspricht versprach appelliert appellierte kritisiert kritisierte "
        "begründet begründete bilanziert bilanzierte hofft hoffte freut_sich freute_sich"),
    # grammar: auxiliaries of the compound past
    verb_auxiliaries=words("hat"),
    # grammar: 'so' before the speaker after a quote
    speaker_markers=words("so"),
    # grammar: separable particles of speech verbs
    verb_particles=words("fest hinzu"),
    # attribution phrases: common press-release usage
    according_to=words("laut zufolge"),
    # grammar: subject pronouns
    pronouns=("er", "sie"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("dass"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:(?:die\s+)?folgende|eine)\s+(?:Erklärung|Stellungnahme|Mitteilung)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("auch damals dann gegenüber_journalisten gestern heute weiter"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words("bericht das dem den der die ein eine einer eines initiative kampagne label motto titel"),
    title_cue_endings=words("broschüre initiative kampagne label motto programm projekt publikation studie titel"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("aus bei der für vom von zu zum zur"),
    name_preposition_articles=words("das dem den der die"),
    # grammar: the preposition of German body names ('Bundesamt für …')
    org_speaker_links=words("für"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dr dr. fr. frau herr hr. prof prof."),
    # name particles: naming conventions of the language
    particles=words("den der von zu"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "abgeordnet admiral anwalt anwält arzt autor bundestrainer beauftragt befehlshaber beigeordnet berater "
        "berichterstatt botschafter bürgermeister co-gründ designer dezernent direktor entwickler "
        "experte forscher fregattenkapitän generalleutnant generalmajor gesandt geschäftsführ "
        "gründer hauptmann ingenieur inhaber intendant journalist jurist kanzler kapitän "
        "kassenwart kommandeur kommissar koordinat korvettenkapitän könig leiter leutnant "
        "maintainer manager minister ministerpräsident mitbegründ mitglied mitgründ oberst "
        "oberstleutnant obfrau obmann partner professor präsident redact redakteur redaktor "
        "referent schatzmeist schriftführ sekretär sprecher staatssekretär stellvertret strateg "
        "vertreter vize vize-präsid vizepräsid vorsitz vorstand vorständ wissenschaftl ärztin ökonom"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "architekt architektin kapitän kapitänin krankenpfleger krankenpflegerin spieler spielerin "
        "student studentin torhüter torhüterin trainer trainerin "
        "chef chefin dekan dekanin gemeinderat gemeinderätin general konsul konsulin kurator kuratorin "
        "landrat landrätin rektor rektorin richter richterin stadtrat stadträtin"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("ologe ologin ologen ologinnen"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex ko mit stellvertretende vize"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "admiral brigadegeneral feldwebel general generalleutnant generalmajor hauptmann kapitän "
        "leutnant major oberleutnant oberst oberstleutnant"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("adm brig gen hptm lt maj oberstlt"),
    # academic titles used before a name: academic usage
    academic_titles=words("doktor doktorin professor professorin"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "designierte designierter ehemalige ehemaligen ehemaliger kommissarische kommissarischer "
        "langjährige langjähriger neue neuer stellvertretende stellvertretender"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("eine einem einer ihre seine unser unsere unserer"),
    # grammar: indefinite articles
    indefinite_articles=words("ein eine"),
    # phrases of leading: common press-release usage
    head_phrases=words("an_der_spitze verantwortlich_für zuständig_für"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("haben hat ist kann muss sind soll war waren werden wird"),
    compounds_nouns=True,
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("der von"),
    # grammar: prepositions, articles and 'and' inside a title
    title_joiners=words("der des für und"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("monologe prologe ministerien ministerium ministeriums"),
    # words of titles before a name: common press-release usage
    title_words=words(
        "alle anwalt anwältin botschafter bürgermeister bürgermeisterin das der die diese dieser "
        "dieses direktor direktorin dr experte frau herr ihr ihre jede jeder minister "
        "minister-president ministerin prof professor präsident präsidentin sprecher sprecherin "
        "und unser unsere von"),
    # endings of compound titles: common press-release usage
    title_endings=words(
        "chef chefin consultant direktor direktorin expert experte koordinator koordinatorin "
        "leiter leiterin manager managerin minister ministerin präsident präsidentin referent "
        "referentin sprecher sprecherin vorsitzende vorsitzender"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # release labels: common press-release usage
    kicker_labels=(
        r"pressemitteilung",
        r"presseinformation",
        r"pressemeldung",
        r"medienmitteilung",
        r"zur\ sofortigen\ ver[öo]ffentlichung",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"sperrfrist",
        r"gesperrt\ bis",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"pressekontakt(?:e)?",
        r"kontakt(?:e)?(?:\ für\ (?:die\ )?medien)?",
        r"medienkontakt",
        r"f[üu]r\ (?:weitere|r[üu]ckfragen)",
        r"weitere\ informationen",
        r"r[üu]ckfragen",
        r"ansprechpartner(?:in)?",
        r"pressestelle",
        r"medienanfragen",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"über\ (?:den\ |die\ |das\ )?\S",
        r"hinweis\ f[üu]r\ redaktionen",
    ),
    # web page date labels: common CMS usage
    date_labels=words("aktualisiert datum erschienen stand veröffentlicht"),
    # grammar: prepositions and articles around dates
    date_fillers=words("am den um vom"),
    # release numbering: common press-release usage
    number_words=words("nr nummer"),
    # grammar: the conjunction 'and'
    place_joiners=words("und"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("auf das dem den der des die ein eine für im in mit oder und von zu zum zur über"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Dr Nr Prof Tel"),
    # labels of contact lines and kickers: common press-release usage
    labels=words("foto handy kontakt medien presse pressemeldung pressemitteilung quelle redaktion telefon"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"(?:presse|medien)\s*kontakte?",
        r"pressekontakte?",
        r"kontakte?",
        r"weitere\s+informationen.*",
        r"f[üu]r\s+(?:weitere\s+)?r[üu]ckfragen.*",
        r"r[üu]ckfrage(?:hinweise?|n)?",  # Austrian press usage: "Rückfragehinweis:"
    ),
    # contact line labels: common press-release usage
    phone_labels=words("fon handy mobil tel telefon"),
    fax_labels=words("fax telefax"),
    email_labels=words("e-mail mail"),
    # end of a release: press usage ('- Ende der Mitteilung -', 'Ende'); determiners: grammar;
    # 'Frankfurt am Main', 'Halle an der Saale'
    end_marks=words("ende ende_der_mitteilung"),
    end_lines=words("ende"),
    determiners=words("das der die ein eine"),
    place_particles=words("am an_der"),
    # reference labels before a number: common administrative usage
    reference_labels=(r"nr", r"az", r"aktenzeichen", r"ust-?id", r"zvr", r"hrb", r"hra", r"steuer-?nr"),
    # verbs of getting in touch: common press-release usage
    contact_verbs=(r"kontaktieren", r"anrufen", r"erreichen"),
    # words naming a body (company forms, institutions, teams): common usage
    organization_words=(
        r"gmbh", r"ag", r"e\.v", r"stiftung", r"verein", r"agentur", r"institut", r"universit[äa]t",
        r"ministerium", r"b[üu]ro", r"projekt", r"informationssysteme", r"redaktion",
    ),
    # words making a contact line a body's, not a role: common press-release usage
    role_vetoes=(r"gmbh",),
    # street words of postal addresses: common postal usage
    street_words=(r"stra(?:ß|ss)e", r"str\.", r"weg", r"platz", r"gasse", r"allee", r"ring", r"damm"),
    # street words ending a compound street name: common postal usage
    street_endings=(r"stra(?:ß|ss)e", r"weg", r"platz", r"gasse", r"allee"),
    # first words of a contact line that is no name: grammar and press usage
    not_name_starts=(r"die", r"der", r"das", r"f[üu]r", r"über", r"kontakt", r"unser", r"alle", r"bitte"),
    # names of world regions heading contact lines: common usage
    region_labels=(r"(?:nord|s[üu]d|latein)amerika", r"asien", r"afrika", r"europa"),
    # words standing for '@' in addresses hidden from robots: common web usage
    at_words=words("ät"),
    # words standing for '.' in such addresses: common web usage
    dot_words=words("punkt"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("das dem den der des die ein eine einem einer"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words(
        "amt botschaft bundesamt bundesministerium generalkonsulat konsulat landesamt "
        "landesministerium ministerium senatsverwaltung staatsministerium"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "akademie ausschuss gesellschaft hochschule institut kommission rat stiftung universität "
        "verband verein zentrum"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("der des für gegen von zum zur"),
    # grammar: definite articles after those prepositions
    org_articles=words("das der die"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("und"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agentur airline bank betreiber firma fluggesellschaft gesellschaft gewerkschaft "
        "hersteller konzern organisation partei stiftung unternehmen verband verein versorger"),
    # grammar: prepositions of place
    locatives=words("aus bei in nach"),
    # grammar: possessive determiners (not first person singular)
    possessives=words(
        "ihr ihre ihrem ihren ihrer sein seine seinem seinen seiner unser unsere unserem unseren "
        "unserer"),
    # grammar: coordinating conjunctions
    coordinations=words("oder und"),
    capitalises_nouns=True,
    compound_heads=True,
    # bodies named without a head word: official names
    org_names=words("auswärtiges_amt"),
    name_after_head=True,
    adjectives_before_name=True,
    names_before_head=True,
    # grammar: prepositions introducing a place only
    place_prepositions=words("in nahe"),
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agentur allianz amt botschaft bundesamt büro gericht gesellschaft gruppe institut "
        "kommission konsulat netzwerk organisation parlament partei polizei rat rathaus "
        "sekretariat stiftung union universität verein anwaltschaft bank behörde direktion gewerkschaft hochschule kasse klinikum krankenhaus ministerium präsidium verband versicherung"),
    # grammar: definite articles
    definite_articles=words("das der die"),
    # nouns of settlements and divisions: common usage
    place_nouns=words("bezirk dorf gemeinde kanton landkreis provinz region stadt standort städte"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "becken berg bucht ebene fluss gebirge golf halbinsel kanal küste lager meer meerenge "
        "see tal wald wüste"),
    # grammar: 'of' after such a noun
    place_of=words("von"),
    # grammar: 'other'
    others=words("andere anderen"),
    # legal texts: legislative usage
    law_words=words("gesetz richtlinie verordnung"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("das den der die für und von zu zum zur"),
    # words acronyms leave out: common usage
    acronym_skips=words("das der die für und von"),
    # grammar: 'from', 'of', 'at'
    affiliation_prepositions=words("aus bei vom von"),
    # heads of bodies that are also common nouns ('Netzwerk Freie Software'): civil-society releases
    weak_org_heads=words("netzwerk"),
    # endings of abstract nouns: German derivational suffixes ('-heit', '-keit', '-ität', '-ismus')
    abstract_endings=words("heit ismus ität keit"),
)

PACK = Pack(code="de", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
