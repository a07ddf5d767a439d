"""Slovenian: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# The genitive of the months, as dates write them ("15. marca 2024"), and their locative
# ("v marcu"): Slovenian grammar, forms CLDR lacks (its dates use the nominative "marec").
_GENITIVE_MONTHS = "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra"
_LOCATIVE_MONTHS = "januarju februarju marcu aprilu maju juniju juliju avgustu septembru oktobru novembru decembru"
_MONTHS = DateWords.by_position(_GENITIVE_MONTHS) | DateWords.by_position(_LOCATIVE_MONTHS)

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the genitive and locative months, the accusative and genitive weekdays
    # ("v sredo", "do petka").
    months={**{k: v for k, v in cldr.months("sl").items() if k != "nov"},  # "nov" is the word "new"
            **_MONTHS},
    full_months={**DateWords.cldr_full("months", "sl"), **_MONTHS},
    weekdays={**DateWords.cldr_full("days", "sl"), **DateWords.by_position(
        "ponedeljka torka sredo|srede četrtka petka soboto|sobote nedeljo|nedelje", first=0)},
    short_weekdays=cldr.weekdays('sl'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    spaced_numeric_dates=True,  # "15. 3. 2024": the language's usage
    # dotted_day_month stays off: with it the stage reads "15. 3. 2024" as 15 March of the coming year
    # and a year apart; "15.3.2024" is read without it
    # a three-letter month abbreviation ("mar", "dec" are words too) only when capitalised
    short_months_need_capital=True,
    # words around a day, month and year ("15. marca 2024", "leta 2024")
    year_suffixes=("leta", "l."),
    articles=("v",),
    weekday_lead=("v", "ob"),
    or_words=("ali",),
    day_nouns=("dne",),
    # relative days, calendar units in their case and dual forms, direction words: common news usage
    day_words=DateWords.table("danes=0 včeraj=-1 jutri=1 predvčerajšnjim=-2 pojutrišnjem=2"),
    units={**dict.fromkeys("leto leta leti let letih letom letoma".split(), "Y"),
           **dict.fromkeys("mesec meseca mesece mesecev mesecih mesecema".split(), "M"),
           **dict.fromkeys("teden tedna tedne tednov tednih tednoma".split(), "W"),
           **dict.fromkeys("dan dneva dni dnevi dnevih dnevoma".split(), "D"),
           **dict.fromkeys("desetletje desetletja desetletij".split(), "10Y"),
           **dict.fromkeys("stoletje stoletja stoletij".split(), "100Y"),
           **dict.fromkeys("ura ure ur uro uri urama".split(), "H"),
           **dict.fromkeys("minuta minute minut minuto".split(), "TM")},
    dir_before=DateWords.table(
        "prejšnji=-1 prejšnjega=-1 prejšnjem=-1 prejšnjo=-1 prejšnja=-1 prejšnje=-1 lanski=-1 lanskega=-1 "
        "lanskem=-1 pretekli=-1 preteklega=-1 preteklem=-1 preteklo=-1 "
        "ta=0 tega=0 tem=0 letošnji=0 letošnjega=0 letošnjem=0 tekočega=0 tekočem=0 "
        "naslednji=1 naslednjega=1 naslednjem=1 naslednjo=1 naslednja=1 naslednje=1 prihodnji=1 "
        "prihodnjega=1 prihodnjem=1 prihodnjo=1 prihodnje=1"),
    # counts from the reference date ("pred dvema letoma", "čez tri mesece", "v roku dveh let")
    ago_before=("pred",),
    in_words=("čez",),
    within=("v roku",),
    last_next=DateWords.table("zadnjih=-1 zadnje=-1 preteklih=-1 naslednjih=1 naslednje=1 prihodnjih=1 "
                              "prihajajočih=1"),
    vague=r"v\s+(?:prihodnjih|naslednjih|zadnjih|prihajajočih)\s+(?:dneh|tednih|mesecih|letih)"
          r"|v\s+bližnji\s+prihodnosti|nedavno|kmalu",
    weekend=("vikend", "vikendu", "konec tedna", "koncu tedna"),
    weekend_this=("ta", "ob", "med", "čez", "v"),
    count_after=("po",),
    count_before=("pred",),
    count_later=("pozneje", "kasneje"),
    count_earlier=("prej", "poprej"),
    # ranges ("od 3. do 5. marca"), "since", months alone and boundary modifiers
    range_open=("od", "med"),
    range_to=("do",),
    range_and=("in",),
    since=("od",),
    month_context=r"v|od|do|na|in|po|pred|med|začetku|koncu|sredini|mesecu",
    modifiers=r"v\s+začetku|na\s+začetku|ob\s+koncu|na\s+koncu|konec|v\s+sredini|sredi|začetek",
    # number words for durations and days (text_to_num has no Slovenian): Slovenian grammar
    numbers=DateWords.table(
        "en=1 ena=1 eno=1 enega=1 dva=2 dve=2 dveh=2 dvema=2 tri=3 treh=3 tremi=3 štiri=4 štirih=4 "
        "štirimi=4 pet=5 petih=5 šest=6 šestih=6 sedem=7 sedmih=7 osem=8 osmih=8 devet=9 devetih=9 "
        "deset=10 desetih=10 enajst=11 dvanajst=12 petnajst=15 dvajset=20 trideset=30 petdeset=50 sto=100"),
    few=frozenset({"nekaj", "par"}),
    half_before=r"pol",
    # holidays on a fixed day (Slovenian public holidays) and movable feasts, in days from Easter
    holidays={"novo leto": (1, 1), "prešernov dan": (2, 8), "praznik dela": (5, 1), "dan državnosti": (6, 25),
              "dan reformacije": (10, 31), "dan spomina na mrtve": (11, 1), "božič": (12, 25),
              "dan samostojnosti in enotnosti": (12, 26)},
    movable={"velika noč": 0, "veliko noč": 0, "velikonočni ponedeljek": 1, "binkošti": 49},
    # quarters ("v tretjem četrtletju"), numbered weeks
    quarter_words=("četrtletje", "četrtletju", "četrtletja", "kvartal", "kvartalu"),
    quarter_ordinals=DateWords.table(
        "prvo=1 prvem=1 prvega=1 i=1 drugo=2 drugem=2 drugega=2 ii=2 tretje=3 tretjem=3 tretjega=3 iii=3 "
        "četrto=4 četrtem=4 četrtega=4 iv=4"),
    year_words=("leta",),
    week_words=("teden",),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("nad", "okoli", "približno", "skoraj", "št.", "str."),
    not_year_after=("odstotkov", "evrov", "eur", "dolarjev", "ljudi", "oseb", "ton"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("sl")[0],
    # CLDR's group mark (a full stop), and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007'),
    # "3. mesto": a number, a full stop and a word is an ordinal
    ordinal_dot=True,
    minus_words=("minus",),
    # text_to_num has no sl: the number words in the case forms a press release writes (Slovenian grammar)
    number_words={
        "en": 1, "ena": 1, "eno": 1, "enega": 1, "eni": 1, "enem": 1, "enim": 1, "dva": 2, "dve": 2,
        "dveh": 2, "dvema": 2, "tri": 3, "treh": 3, "trem": 3, "tremi": 3, "štiri": 4, "štirih": 4,
        "štirim": 4, "štirimi": 4, "pet": 5, "petih": 5, "petim": 5, "šest": 6, "šestih": 6, "sedem": 7,
        "sedmih": 7, "osem": 8, "osmih": 8, "devet": 9, "devetih": 9, "deset": 10, "desetih": 10,
        "enajst": 11, "enajstih": 11, "dvanajst": 12, "dvanajstih": 12, "trinajst": 13, "štirinajst": 14,
        "petnajst": 15, "šestnajst": 16, "sedemnajst": 17, "osemnajst": 18, "devetnajst": 19,
        "dvajset": 20, "dvajsetih": 20, "trideset": 30, "štirideset": 40, "petdeset": 50, "šestdeset": 60,
        "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90, "sto": 100, "dvesto": 200, "tristo": 300,
        "štiristo": 400, "petsto": 500, "šeststo": 600, "sedemsto": 700, "osemsto": 800, "devetsto": 900,
    },
    # scale words in every case and number, and their abbreviations: common news usage
    scales={
        "tisoč": 1e3, "tisoča": 1e3, "tisočev": 1e3, "tisočih": 1e3, "tis.": 1e3,
        "milijon": 1e6, "milijona": 1e6, "milijoni": 1e6, "milijonov": 1e6, "milijone": 1e6,
        "milijonih": 1e6, "mio.": 1e6, "mio": 1e6, "milijarda": 1e9, "milijarde": 1e9, "milijard": 1e9,
        "milijardo": 1e9, "milijardah": 1e9, "milijardi": 1e9, "mrd.": 1e9, "mrd": 1e9, "bilijon": 1e12,
        "bilijona": 1e12, "bilijonov": 1e12,
    },
    half_nouns=("polovica", "polovice", "polovico"),
    # percent words as written after a number, in every case and the dual: common news usage
    percent_words=(
        "odstotek", "odstotka", "odstotki", "odstotkov", "odstotke", "odstotkih", "procent", "procenta",
        "procentov", "odstotne točke", "odstotni točki", "odstotnih točk", "odstotno točko", "o. t.",
    ),
    # CLDR's current currency names, then bare names in every case ("dolarjev" = USD)
    currency_names={
        **cldr.currency_names("sl"), "evrov": "EUR", "evra": "EUR", "evri": "EUR", "evre": "EUR",
        "dolar": "USD", "dolarja": "USD", "dolarji": "USD", "dolarjev": "USD", "dolarje": "USD",
        "funt": "GBP", "funtov": "GBP", "frankov": "CHF", "švicarskih frankov": "CHF", "jenov": "JPY",
        "juanov": "CNY", "rubljev": "RUB", "zlotov": "PLN", "forintov": "HUF", "kun": "HRK",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("sl"), **cldr.UNLISTED_SYMBOLS, "Kč": "CZK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("cent centa centi centov evrocentov"),
    # physical units written as words
    unit_words=words(
        "gigavatov hektarjev kilometer kilometra kilometrov litrov megavatov metrov sodčkov ton tona "
        "tone"
    ),
    time_words=words(
        "dan dneva dni desetletij let leta leti leto mesec meseca mesece mesecev stoletij teden tedna "
        "tednov ur ure"
    ),
    # qualifiers before a number: common news usage
    qualifiers={
        "več kot": "more_than", "nad": "more_than", "čez": "more_than", "okoli": "about",
        "približno": "about", "skoraj": "about", "slabih": "about", "manj kot": "less_than",
        "pod": "less_than", "vsaj": "at_least", "najmanj": "at_least", "največ": "at_most",
        "do": "at_most",
    },
    range_open=("od", "med"),
    range_and=("in",),
    range_to=("do",),
    # words before a number that make it a label: common news and legal usage
    label_words=words(
        "čl. člen člena členom členu dvorana faza korak krog linija odst. odstavek poglavje priloga različica "
        "stopnja stran str. št. številka točka točke točki točko §"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 novih delovnih mest")
    # function words (Slovenian grammar)
    stop_words=words(
        "a ali ampak bi bil bila bili bilo biti bo bodo da do ga in iz je jih jim jo kako kar katere "
        "katera kateri ki ko med na nad ne niso o ob od okoli pa po pod pred pri s se so še tako tudi "
        "v več z za že"
    ),
    verb_endings=("ilo", "ila", "ili", "alo", "ala", "ejo", "ajo", "ujejo", "uje", "ati", "iti"),
    adjective_endings=("ovih", "nih", "skih", "ških", "ega", "ski", "ska", "sko", "ški", "ška"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote (the past participle after or before "je"): common news usage
    verbs=words(
        "dejal dejala dejali dodal dodala dodali dodaja izjavil izjavila komentiral komentirala "
        "menil menila meni navedel navedla navaja ocenil ocenila opozoril opozorila opozarja "
        "piše pojasnil pojasnila pojasnjuje povedal povedala povedali poudaril poudarila poudarja "
        "pravi priznal priznala sporočil sporočila zapisal zapisala zaključil zaključila zatrdil "
        "zatrdila"),
    # the past tense's auxiliaries ("je dejal", "so povedali")
    verb_auxiliaries=words("je so sta"),
    # attribution phrases: common news usage
    according_to=words("po_besedah po_mnenju"),
    # grammar: subject pronouns
    pronouns=("on", "ona", "oni", "one"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:naslednjo\s+izjavo|izjavo)",),
    # words between a speech verb and its colon: common news usage
    adverbs_after_verb=words("danes medijem novinarjem še takrat tudi včeraj"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    infinitive_endings=('ti', 'či'),  # the grammar's infinitive endings
    # courtesy and academic titles written before a name: common Slovenian usage
    honorifics=words("dr dr. doc. g. ga. gospa gospod mag mag. prof."),
    # functions, as word beginnings: common news usage (appositions and bylines)
    role_stems=words(
        "analitik direktor ekonomist general govorni guverner inženir kapitan "
        "komisar koordinator menedžer minister ministr novinar odvetnik odvetnic podpredsedni poveljni "
        "polkovnik poslan predsedni predstavni premier profesor ravnatelj sekretar "
        "soustanovitelj strokovnjak svetnik svetoval urednik ustanovitelj veleposlani "
        "član šef župan"),
    # functions matched as whole words: common news usage
    role_words=words(
        "dekan dekana rektor rektorja sodnik sodnica sodnika sodnico tožilec tožilka tožilca vodja vodje "
        "vodji vodjo"),
    # bodies and things whose names begin like a function: common news usage
    not_role_words=words(
        "ministrstvo ministrstva ministrstvu ministrstvom ministrstev direktorat direktorata "
        "predstavništvo predstavništva predstavništvu veleposlaništvo veleposlaništva veleposlaništvu "
        "ravnateljstvo ravnateljstva tožilstvo tožilstva tožilstvu sekretariat sekretariata "
        "članstvo članstva članek članka članku članki člankov poveljstvo poveljstva poveljništvo "
        "poveljništva"),
    # grammar: prefixes forming functions (deputy, co-, ex-)
    role_prefixes=words("eks pod so"),
    # military ranks: the Slovenian army's rank table
    ranks=words("admiral general kapitan major narednik podpolkovnik polkovnik poročnik stotnik"),
    # rank abbreviations: news agencies' usage
    rank_abbreviations=words("gen polk"),
    # qualifiers of a function: common news usage
    qualifiers=words(
        "državna državni generalna generalni glavna glavni izvršna izvršni nekdanja nekdanjega "
        "nekdanji nova novi prva prvi"),
    # grammar: numerals and possessives
    openers=words("eden ena naš naša našim"),
    # phrases of leading: common news usage
    head_phrases=words("na_čelu ki_vodi odgovoren_za odgovorna_za"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("bil bila bo bodo je lahko mora so"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("izmed od"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("sv ul"),
    # release labels: common press-release usage
    kicker_labels=(
        r"sporočilo\ za\ (?:javnost|medije)",
        r"za\ takojšnjo\ objavo",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo",
        r"ne\ objavljati\ pred",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"kontakt(?:i)?\ za\ (?:medije|novinarje)",
        r"kontakt\s*(?::|$|\n)",
        r"dodatne\ informacije",
        r"več\ informacij",
        r"za\ (?:dodatne|več)\ informacij[e]?",
        r"služba\ za\ odnose\ z\ javnostmi",
        r"odnosi\ z\ javnostmi",
        r"kontaktna\ oseba",
        r"za\ medije\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"o\ (?:nas|podjetju|družbi|fundaciji|organizaciji|društvu|inštitutu|agenciji|projektu|skupini)\b",
        r"opomb[ae]\ za\ (?:urednike|medije)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("datum objavljeno posodobljeno"),
    # grammar: the nouns and prepositions around dates
    date_fillers=words("dne l. leta v"),
    # release numbering
    number_words=words("št št."),
    # grammar: the conjunction 'and'
    place_joiners=words("in"),
    # grammar: prepositions, conjunctions
    title_continues=words("ali do h in iz k na o od po pri s v z za"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"kontakt(?:i)?(?:\s+za\s+(?:medije|novinarje))?",
        r"odnosi\s+z\s+javnostmi",
        r"dodatne\s+informacije.*",
        r"več\s+informacij.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("gsm mob mobilni tel telefon"),
    fax_labels=words("faks fax"),
    email_labels=words("e-mail e-pošta email"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: 'and' inside names of bodies
    org_coordinations=words("in"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "agencija akademija banka center družba društvo federacija fundacija gibanje inšpektorat "
        "inštitut koalicija komisija ministrstvo odbor organizacija parlament sklad skupnost "
        "sodišče stranka svet unija univerza urad uprava vlada zbor zbornica zveza"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agencija banka družba fundacija holding koncern operater organizacija podjetje prevoznik "
        "proizvajalec sklad skupina stranka zveza"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("do iz na nad pod pri v"),
    # grammar: coordinating conjunctions
    coordinations=words("ali in"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="sl", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
