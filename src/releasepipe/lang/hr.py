"""Croatian: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# The locative of the months ("u ožujku", "u studenom") and the short genitive "studenog": Croatian
# grammar and news usage, forms CLDR lacks.
_MORE_MONTHS = ("siječnju veljači ožujku travnju svibnju lipnju srpnju kolovozu rujnu listopadu "
                "studenom|studenome|studenomu|studenog prosincu")

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the locative months, the accusative and genitive weekdays ("u srijedu", "do petka").
    months={**{k: v for k, v in cldr.months("hr").items() if k not in ("svi", "pro")},  # "svi" is "all"
            **DateWords.by_position(_MORE_MONTHS)},
    full_months={**DateWords.cldr_full("months", "hr"), **DateWords.by_position(_MORE_MONTHS)},
    weekdays={**DateWords.cldr_full("days", "hr"), **DateWords.by_position(
        "ponedjeljka utorka srijedu|srijede četvrtka petka subotu|subote nedjelju|nedjelje", first=0)},
    short_weekdays=cldr.weekdays('hr'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    spaced_numeric_dates=True,  # "15. 3. 2024": the language's usage
    # dotted_day_month stays off: with it the stage reads "15. 3. 2024." as 15 March of the coming year
    # and a year apart; "15.3.2024." is read without it
    # a three-letter month abbreviation ("lip", "tra" are words too) only when capitalised
    short_months_need_capital=True,
    # words around a day, month and year ("15. ožujka 2024.", "2024. godine")
    year_suffixes=("godine", "god."),
    articles=("u",),
    weekday_lead=("u",),
    or_words=("ili",),
    # relative days, calendar units in their case forms, direction words: common news usage
    day_words=DateWords.table("danas=0 jučer=-1 sutra=1 prekjučer=-2 prekosutra=2"),
    units={**dict.fromkeys("godina godine godinu godini godinama".split(), "Y"),
           **dict.fromkeys("mjesec mjeseca mjeseci mjesecima mjesecu".split(), "M"),
           **dict.fromkeys("tjedan tjedna tjedne tjedana tjednima tjednu".split(), "W"),
           **dict.fromkeys("dan dana dane danima danu".split(), "D"),
           **dict.fromkeys("desetljeće desetljeća desetljećima".split(), "10Y"),
           **dict.fromkeys("stoljeće stoljeća".split(), "100Y"),
           **dict.fromkeys("sat sata sati satima".split(), "H"),
           **dict.fromkeys("minuta minute minutu".split(), "TM")},
    dir_before=DateWords.table(
        "prošle=-1 prošli=-1 prošlog=-1 prošlom=-1 prošlu=-1 prošla=-1 prethodne=-1 prethodnog=-1 "
        "prethodnom=-1 ove=0 ovaj=0 ovog=0 ovoga=0 ovom=0 ovu=0 ova=0 tekuće=0 "
        "sljedeće=1 sljedeći=1 sljedećeg=1 sljedećem=1 sljedeću=1 iduće=1 idući=1 idućeg=1 idućem=1 "
        "iduću=1 naredne=1 narednog=1 narednom=1"),
    # counts from the reference date ("prije dvije godine", "za tri mjeseca", "u roku od dvije godine")
    ago_before=("prije",),
    in_words=("za",),
    within=("u roku od", "tijekom", "unutar"),
    last_next=DateWords.table("posljednjih=-1 zadnjih=-1 proteklih=-1 sljedećih=1 idućih=1 narednih=1 "
                              "predstojećih=1"),
    vague=r"u\s+(?:sljedećih|idućih|narednih|posljednjih|zadnjih)\s+(?:nekoliko\s+)?(?:dana|tjedana|mjeseci|"
          r"godina)|u\s+bliskoj\s+budućnosti|nedavno|uskoro",
    weekend=("vikend", "vikenda", "vikendu"),
    weekend_this=("ovaj", "ovog", "tijekom", "za", "preko", "u", "na"),
    count_after=("nakon", "poslije"),
    count_before=("prije",),
    count_later=("kasnije",),
    count_earlier=("ranije",),
    # ranges ("od 3. do 5. ožujka"), "since", months alone and boundary modifiers
    range_open=("od", "između"),
    range_to=("do",),
    range_and=("i",),
    since=("od",),
    month_context=r"u|od|do|na|i|nakon|prije|tijekom|početkom|krajem|sredinom|mjesecu",
    modifiers=r"početkom|krajem|sredinom|na\s+početku|na\s+kraju|u\s+sredini|početak|kraj",
    # number words for durations and days (text_to_num has no Croatian): Croatian grammar
    numbers=DateWords.table(
        "jedan=1 jedna=1 jedno=1 jednog=1 jednu=1 dva=2 dvije=2 dvaju=2 dvama=2 tri=3 triju=3 četiri=4 "
        "pet=5 šest=6 sedam=7 osam=8 devet=9 deset=10 jedanaest=11 dvanaest=12 petnaest=15 dvadeset=20 "
        "trideset=30 pedeset=50 sto=100"),
    few=frozenset({"nekoliko", "par"}),
    half_before=r"pola",
    # holidays on a fixed day (Croatian public holidays) and movable feasts, in days from Easter
    holidays={"nova godina": (1, 1), "badnjak": (12, 24), "božić": (12, 25), "praznik rada": (5, 1),
              "dan državnosti": (5, 30), "dan antifašističke borbe": (6, 22), "dan pobjede": (8, 5),
              "velika gospa": (8, 15), "svi sveti": (11, 1)},
    movable={"uskrs": 0, "uskrsni ponedjeljak": 1, "veliki petak": -2, "tijelovo": 60},
    # quarters ("u trećem tromjesečju"), numbered weeks
    quarter_words=("tromjesečje", "tromjesečju", "tromjesečja", "kvartal", "kvartalu", "kvartala"),
    quarter_ordinals=DateWords.table(
        "prvo=1 prvom=1 prvog=1 prvi=1 i=1 drugo=2 drugom=2 drugog=2 drugi=2 ii=2 treće=3 trećem=3 trećeg=3 "
        "treći=3 iii=3 četvrto=4 četvrtom=4 četvrtog=4 četvrti=4 iv=4"),
    year_words=("godine",),
    week_words=("tjedan",),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("oko", "gotovo", "skoro", "približno", "br.", "str."),
    not_year_after=("posto", "eura", "kuna", "dolara", "ljudi", "osoba", "tona"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("hr")[0],
    # CLDR's group mark (a full stop), and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007'),
    # "3. mjesto": a number, a full stop and a word is an ordinal
    ordinal_dot=True,
    minus_words=("minus",),
    # text_to_num has no hr: the number words in the case forms a press release writes (Croatian grammar)
    number_words={
        "jedan": 1, "jedna": 1, "jedno": 1, "jednog": 1, "jednoga": 1, "jednom": 1, "jednu": 1,
        "jednoj": 1, "dva": 2, "dvije": 2, "dvaju": 2, "dvama": 2, "dvjema": 2, "tri": 3, "triju": 3,
        "trima": 3, "četiri": 4, "četiriju": 4, "pet": 5, "šest": 6, "sedam": 7, "osam": 8, "devet": 9,
        "deset": 10, "jedanaest": 11, "dvanaest": 12, "trinaest": 13, "četrnaest": 14, "petnaest": 15,
        "šesnaest": 16, "sedamnaest": 17, "osamnaest": 18, "devetnaest": 19, "dvadeset": 20,
        "trideset": 30, "četrdeset": 40, "pedeset": 50, "šezdeset": 60, "sedamdeset": 70, "osamdeset": 80,
        "devedeset": 90, "sto": 100, "stotinu": 100, "dvjesto": 200, "tristo": 300, "četiristo": 400,
        "petsto": 500, "šeststo": 600, "sedamsto": 700, "osamsto": 800, "devetsto": 900,
    },
    # scale words in every case and number, and their abbreviations: common news usage
    scales={
        "tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "tisućama": 1e3, "tis.": 1e3, "milijun": 1e6,
        "milijuna": 1e6, "milijune": 1e6, "milijunima": 1e6, "mil.": 1e6, "mln.": 1e6, "milijarda": 1e9,
        "milijarde": 1e9, "milijardi": 1e9, "milijardu": 1e9, "milijardama": 1e9, "mlrd.": 1e9, "mlrd": 1e9,
        "bilijun": 1e12, "bilijuna": 1e12,
    },
    half_nouns=("polovica", "polovice", "polovicu"),
    # percent words as written after a number, in every case: common news usage
    percent_words=(
        "posto", "postotak", "postotka", "postotaka", "postotni bod", "postotna boda", "postotnih bodova",
        "postotnog boda", "p. b.",
    ),
    # CLDR's current currency names, then bare names in every case ("dolara" = USD), and the kuna
    # of figures written before the euro
    currency_names={
        **cldr.currency_names("hr"), "eura": "EUR", "eure": "EUR", "eurima": "EUR", "dolar": "USD",
        "dolara": "USD", "dolare": "USD", "kuna": "HRK", "kune": "HRK", "kuni": "HRK", "funti": "GBP",
        "funta": "GBP", "franaka": "CHF", "švicarskih franaka": "CHF", "jena": "JPY", "juana": "CNY",
        "rubalja": "RUB", "zlota": "PLN", "forinti": "HUF", "forinta": "HUF",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("hr"), **cldr.UNLISTED_SYMBOLS, "Kč": "CZK", "kn": "HRK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("cent centa centi centima lipa lipe"),
    # physical units written as words
    unit_words=words(
        "barela gigavata hektara kilometar kilometara kilometra litara megavata metara tona tone"
    ),
    time_words=words(
        "dan dana desetljeća godina godine mjesec mjeseca mjeseci sata sati stoljeća tjedan tjedana "
        "tjedna"
    ),
    # qualifiers before a number: common news usage
    qualifiers={
        "više od": "more_than", "preko": "more_than", "iznad": "more_than", "oko": "about",
        "približno": "about", "otprilike": "about", "gotovo": "about", "skoro": "about", "blizu": "about",
        "manje od": "less_than", "ispod": "less_than", "najmanje": "at_least", "barem": "at_least",
        "minimalno": "at_least", "najviše": "at_most", "maksimalno": "at_most", "do": "at_most",
    },
    range_open=("od", "između"),
    range_and=("i",),
    range_to=("do",),
    # words before a number that make it a label: common news and legal usage
    label_words=words(
        "br. broj članak članka članku dvorana faza korak krug linija poglavlje prilog razina st. "
        "stavak stranica str. točka točke verzija §"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 novih radnih mjesta")
    # function words (Croatian grammar)
    stop_words=words(
        "a ali bi bila bili bilo bio biti da do ga i ih ili im iz je jer još ju kad kako kao koja koje "
        "koji kojih li među na nad ne nego niti o od oko po pod prema pri s sa se su sve također tako "
        "to u uz već za zbog će što"
    ),
    verb_endings=("ilo", "ila", "ili", "alo", "ala", "ali", "aju", "uju", "ati", "iti"),
    adjective_endings=("ih", "oga", "ega", "skih", "ski", "ska", "sko", "nog", "nom"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote (the past participle after or before "je"): common news usage
    verbs=words(
        "dodao dodala dodali istaknuo istaknula ističe izjavio izjavila izjavili kazao kazala "
        "komentirao komentirala naglasio naglasila naglašava napisao napisala naveo navela navodi "
        "objasnio objasnila ocijenio ocijenila piše pojasnio pojasnila poručio poručila priopćio "
        "priopćila rekao rekla rekli smatra tvrdi upozorio upozorila zaključio zaključila"),
    # the past tense's auxiliaries ("je rekao", "su izjavili")
    verb_auxiliaries=words("je su"),
    # attribution phrases: common news usage
    according_to=words("prema prema_riječima"),
    # grammar: subject pronouns
    pronouns=("on", "ona", "oni", "one"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:sljedeću\s+izjavu|izjavu)",),
    # words between a speech verb and its colon, with the auxiliary after the verb ("izjavio je:"):
    # common news usage
    adverbs_after_verb=words("danas je još jučer medijima novinarima su tada također"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    infinitive_endings=('ti', 'ći'),  # the grammar's infinitive endings
    # courtesy and academic titles written before a name: common Croatian usage
    honorifics=words("dr dr. doc. g. gđa gđa. gospodin gospođa mr mr. prof."),
    # functions, as word beginnings: common news usage (appositions and bylines)
    role_stems=words(
        "analitičar direktor dogradonačelni ekonomist general glasnogovorni gradonačelni guverner "
        "inženjer kapetan koordinator menadžer ministar ministr načelnic načelnik novinar odvjetnic "
        "odvjetnik osnivač povjereni potpredsjedni predsjedni predstavni premijer profesor pukovnik "
        "ravnatelj savjetni stručnjak suosnivač tajnic tajnik veleposlani zamjeni zapovjedni "
        "zastupni čelnic čelnik član šef župan"),
    # functions matched as whole words: common news usage
    role_words=words("dekan dekana konzul rektor rektora sudac suca sucem sutkinja sutkinje vođa vođe"),
    # bodies and things whose names begin like a function: common news usage
    not_role_words=words(
        "ministarstvo ministarstva ministarstvu ministarstvom predsjedništvo predsjedništva "
        "predsjedništvu predsjednički predsjednička predsjedničke predsjedničkih predstavništvo "
        "predstavništva veleposlanstvo veleposlanstva veleposlanstvu zapovjedništvo zapovjedništva "
        "zastupništvo ravnateljstvo ravnateljstva članak članka članku članci članaka članstvo "
        "članstva županija županije županiji županijom županijski županijska županijske"),
    # grammar: prefixes forming functions (deputy, co-, ex-)
    role_prefixes=words("do eks pot su"),
    # military ranks: the Croatian army's rank table
    ranks=words("admiral bojnik brigadir general narednik poručnik potpukovnik pukovnik satnik"),
    # rank abbreviations: news agencies' usage
    rank_abbreviations=words("gen puk"),
    # qualifiers of a function: common news usage
    qualifiers=words(
        "bivša bivšeg bivši državna državni glavna glavni izvršna izvršni nova novi prva prvi"),
    # grammar: numerals and possessives
    openers=words("jedan jedna jednim naš naša našim"),
    # phrases of leading: common news usage
    head_phrases=words("na_čelu koja_vodi koji_vodi odgovorna_za odgovoran_za zadužena_za zadužen_za"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("bila bili bio je može mora su će"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("između od"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("sv ul"),
    # release labels: common press-release usage
    kicker_labels=(
        r"priopćenje(?:\ za\ (?:medije|javnost))?",
        r"za\ trenutnu\ objavu",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo",
        r"ne\ objavljivati\ prije",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"kontakt(?:i)?\ za\ (?:medije|novinare)",
        r"kontakt\s*(?::|$|\n)",
        r"dodatne\ informacije",
        r"više\ informacija",
        r"za\ (?:dodatne|više)\ informacij[ae]",
        r"(?:služba\ za\ )?odnos[ie]\ s\ javnošću",
        r"kontakt\ osoba",
        r"za\ medije\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"o\ (?:nama|tvrtki|društvu|zakladi|organizaciji|udruzi|institutu|agenciji|projektu|grupi)\b",
        r"napomen[ae]\ za\ (?:urednike|medije)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("ažurirano datum objavljeno"),
    # grammar: the nouns and prepositions around dates
    date_fillers=words("dana god. godine u"),
    # release numbering
    number_words=words("br br."),
    # grammar: the conjunction 'and'
    place_joiners=words("i"),
    # grammar: prepositions, conjunctions
    title_continues=words("a do i iz k ka na o od po pri s sa u uz za"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"kontakt(?:i)?(?:\s+za\s+(?:medije|novinare))?",
        r"odnosi\s+s\s+javnošću",
        r"dodatne\s+informacije.*",
        r"više\s+informacija.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("gsm mob mobitel tel telefon"),
    fax_labels=words("faks fax"),
    email_labels=words("e-mail e-pošta email"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: 'and' inside names of bodies
    org_coordinations=words("i"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "agencija akademija banka centar društvo federacija fond institut inspektorat koalicija "
        "komisija komora ministarstvo odbor organizacija parlament pokret sabor savez skupština "
        "stranka sud sveučilište udruga udruženje unija ured uprava vijeće vlada zajednica zaklada"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agencija banka društvo fond grupa holding kompanija koncern operater organizacija "
        "prijevoznik proizvođač skupina stranka tvrtka udruga zaklada"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("do iz kod na nad pod u"),
    # grammar: coordinating conjunctions
    coordinations=words("i ili"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="hr", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
