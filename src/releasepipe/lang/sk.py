"""Slovak: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# The locative of the months ("v marci", "v októbri"): Slovak grammar, forms CLDR lacks.
_LOCATIVE_MONTHS = "januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri"

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the locative "v marci" and the accusative and genitive "v stredu", "do piatka".
    months={**cldr.months("sk"), **DateWords.by_position(_LOCATIVE_MONTHS)},
    full_months={**DateWords.cldr_full("months", "sk"), **DateWords.by_position(_LOCATIVE_MONTHS)},
    weekdays={**DateWords.cldr_full("days", "sk"), **DateWords.by_position(
        "pondelka utorka stredu|stredy štvrtka piatka sobotu|soboty nedeľu|nedele", first=0)},
    short_weekdays=cldr.weekdays('sk'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    spaced_numeric_dates=True,  # "15. 3. 2024": the language's usage
    # dotted_day_month stays off: with it the stage reads "15. 3. 2024" as 15 March of the coming year
    # and a year apart; "15.3.2024" is read without it
    # a three-letter month abbreviation ("mar", "máj" are words too) only when capitalised
    short_months_need_capital=True,
    # words around a day, month and year ("15. marca 2024", "roku 2024", "2024 r.")
    year_suffixes=("roku", "r."),
    articles=("v", "vo"),
    weekday_lead=("v", "vo"),
    or_words=("alebo", "či"),
    day_nouns=("dňa",),
    # relative days, calendar units in their case forms, direction words: common news usage
    day_words=DateWords.table("dnes=0 včera=-1 zajtra=1 predvčerom=-2 pozajtra=2"),
    units={**dict.fromkeys("rok roka roku roky rokov rokoch rokmi".split(), "Y"),
           **dict.fromkeys("mesiac mesiaca mesiace mesiacov mesiacoch mesiacmi".split(), "M"),
           **dict.fromkeys("týždeň týždňa týždne týždňov týždni týždňoch týždňami".split(), "W"),
           **dict.fromkeys("deň dňa dni dní dňoch dňami".split(), "D"),
           **dict.fromkeys("desaťročie desaťročia desaťročí".split(), "10Y"),
           **dict.fromkeys("storočie storočia storočí".split(), "100Y"),
           **dict.fromkeys("hodina hodiny hodín hodinu".split(), "H"),
           **dict.fromkeys("minúta minúty minút minútu".split(), "TM")},
    dir_before=DateWords.table(
        "minulý=-1 minulého=-1 minulom=-1 minulú=-1 minulá=-1 minulé=-1 predchádzajúci=-1 "
        "predchádzajúceho=-1 predchádzajúcom=-1 uplynulý=-1 uplynulého=-1 uplynulom=-1 "
        "tento=0 tohto=0 tomto=0 túto=0 táto=0 tejto=0 "
        "budúci=1 budúceho=1 budúcom=1 budúcu=1 budúca=1 budúce=1 nasledujúci=1 nasledujúceho=1 "
        "nasledujúcom=1 nasledujúcu=1"),
    # counts from the reference date ("pred dvoma rokmi", "o tri mesiace", "počas dvoch rokov")
    ago_before=("pred",),
    in_words=("o",),
    within=("počas", "v priebehu"),
    last_next=DateWords.table("posledné=-1 posledných=-1 uplynulé=-1 uplynulých=-1 nasledujúce=1 "
                              "nasledujúcich=1 najbližšie=1 najbližších=1 budúcich=1"),
    vague=r"v\s+(?:najbližších|posledných|nasledujúcich|budúcich)\s+(?:dňoch|týždňoch|mesiacoch|rokoch)"
          r"|v\s+blízkej\s+budúcnosti|nedávno|čoskoro",
    weekend=("víkend", "víkende"),
    weekend_this=("cez", "na", "tento", "počas"),
    count_after=("po",),
    count_before=("pred",),
    count_later=("neskôr",),
    count_earlier=("skôr", "predtým"),
    # ranges ("od 3. do 5. marca"), "since", months alone and boundary modifiers
    range_open=("od", "medzi"),
    range_to=("do",),
    range_and=("a",),
    since=("od",),
    month_context=r"v|vo|od|do|na|a|po|pred|počas|začiatku|začiatkom|konci|koncom|polovici|mesiaci",
    modifiers=r"na\s+začiatku|začiatkom|na\s+konci|koncom|v\s+polovici|na\s+prelome|začiatok|koniec",
    # number words for durations and days (text_to_num has no Slovak): Slovak grammar
    numbers=DateWords.table(
        "jeden=1 jedna=1 jedno=1 jedného=1 jednu=1 dva=2 dve=2 dvoch=2 dvoma=2 tri=3 troch=3 tromi=3 "
        "štyri=4 štyroch=4 štyrmi=4 päť=5 piatich=5 šesť=6 šiestich=6 sedem=7 siedmich=7 osem=8 ôsmich=8 "
        "deväť=9 deviatich=9 desať=10 desiatich=10 jedenásť=11 dvanásť=12 pätnásť=15 dvadsať=20 "
        "tridsať=30 päťdesiat=50 sto=100"),
    few=frozenset({"niekoľko", "niekoľkých", "pár"}),
    half_before=r"pol",
    # holidays on a fixed day (Slovak public holidays) and movable feasts, in days from Easter
    holidays={"nový rok": (1, 1), "štedrý deň": (12, 24), "silvester": (12, 31), "sviatok práce": (5, 1),
              "deň ústavy": (9, 1)},
    movable={"veľká noc": 0, "veľkej noci": 0, "veľkonočný pondelok": 1, "veľký piatok": -2},
    # quarters ("v treťom štvrťroku"), numbered weeks
    quarter_words=("štvrťrok", "štvrťroku", "štvrťroka", "kvartál", "kvartáli", "kvartálu"),
    quarter_ordinals=DateWords.table(
        "prvý=1 prvom=1 prvého=1 i=1 druhý=2 druhom=2 druhého=2 ii=2 tretí=3 treťom=3 tretieho=3 iii=3 "
        "štvrtý=4 štvrtom=4 štvrtého=4 iv=4"),
    year_words=("roku", "roka"),
    week_words=("týždeň",),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("vyše", "asi", "zhruba", "takmer", "približne", "okolo", "č.", "str."),
    not_year_after=("percent", "eur", "dolárov", "ľudí", "osôb", "ton"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("sk")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    # "3. miesto": a number, a full stop and a word is an ordinal
    ordinal_dot=True,
    minus_words=("mínus",),
    # text_to_num has no sk: the number words in the case forms a press release writes (Slovak grammar)
    number_words={
        "jeden": 1, "jedna": 1, "jedno": 1, "jedného": 1, "jednej": 1, "jednému": 1, "jedným": 1,
        "jednou": 1, "jednu": 1, "dva": 2, "dve": 2, "dvoch": 2, "dvom": 2, "dvoma": 2, "dvaja": 2,
        "tri": 3, "troch": 3, "trom": 3, "tromi": 3, "traja": 3, "štyri": 4, "štyroch": 4, "štyrom": 4,
        "štyrmi": 4, "štyria": 4, "päť": 5, "piatich": 5, "piatim": 5, "piatimi": 5, "šesť": 6,
        "šiestich": 6, "sedem": 7, "siedmich": 7, "osem": 8, "ôsmich": 8, "deväť": 9, "deviatich": 9,
        "desať": 10, "desiatich": 10, "jedenásť": 11, "dvanásť": 12, "trinásť": 13, "štrnásť": 14,
        "pätnásť": 15, "šestnásť": 16, "sedemnásť": 17, "osemnásť": 18, "devätnásť": 19, "dvadsať": 20,
        "dvadsiatich": 20, "tridsať": 30, "štyridsať": 40, "päťdesiat": 50, "šesťdesiat": 60,
        "sedemdesiat": 70, "osemdesiat": 80, "deväťdesiat": 90, "sto": 100, "dvesto": 200, "tristo": 300,
        "štyristo": 400, "päťsto": 500, "šesťsto": 600, "sedemsto": 700, "osemsto": 800, "deväťsto": 900,
    },
    # scale words in every case and number, and their abbreviations: common news usage
    scales={
        "tisíc": 1e3, "tisíce": 1e3, "tisícov": 1e3, "tisíca": 1e3, "tisícoch": 1e3, "tis.": 1e3,
        "milión": 1e6, "milióna": 1e6, "milióny": 1e6, "miliónov": 1e6, "milióne": 1e6, "miliónoch": 1e6,
        "mil.": 1e6, "mln.": 1e6, "mln": 1e6, "miliarda": 1e9, "miliardy": 1e9, "miliárd": 1e9,
        "miliardu": 1e9, "miliardách": 1e9, "mld.": 1e9, "mld": 1e9, "bilión": 1e12, "bilióna": 1e12,
        "biliónov": 1e12,
    },
    half_nouns=("polovica", "polovice", "polovicu"),
    # percent words as written after a number, in every case: common news usage
    percent_words=(
        "percento", "percenta", "percentá", "percent", "percentách", "percente", "percentuálny bod", "percentuálne body",
        "percentuálneho bodu", "percentuálnych bodov", "p. b.", "p.b.",
    ),
    # CLDR's current currency names, then bare names in every case ("dolárov" = USD)
    currency_names={
        **cldr.currency_names("sk"), "dolár": "USD", "dolára": "USD", "doláre": "USD", "dolárov": "USD",
        "koruna": "CZK", "koruny": "CZK", "korún": "CZK", "libra": "GBP", "libry": "GBP", "libier": "GBP",
        "frankov": "CHF", "švajčiarskych frankov": "CHF", "jenov": "JPY", "jüanov": "CNY", "rubľov": "RUB",
        "zlotých": "PLN", "forintov": "HUF", "hrivien": "UAH",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("sk"), **cldr.UNLISTED_SYMBOLS, "Kč": "CZK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("cent centy centov eurocentov"),
    # physical units written as words
    unit_words=words(
        "barelov gigawattov hektárov kilometer kilometre kilometrov litrov megawattov metrov ton tona "
        "tony"
    ),
    time_words=words(
        "deň desaťročí dni dní hodiny hodín mesiac mesiace mesiacov rok roka roky rokov storočí týždeň "
        "týždne týždňov"
    ),
    # qualifiers before a number: common news usage
    qualifiers={
        "vyše": "more_than", "viac ako": "more_than", "viac než": "more_than", "nad": "more_than",
        "približne": "about", "zhruba": "about", "asi": "about", "okolo": "about", "takmer": "about",
        "skoro": "about", "cca": "about", "cca.": "about", "menej ako": "less_than",
        "menej než": "less_than", "pod": "less_than", "najmenej": "at_least", "aspoň": "at_least",
        "minimálne": "at_least", "najviac": "at_most", "maximálne": "at_most", "až": "at_most",
        "do": "at_most",
    },
    range_open=("od", "medzi"),
    range_and=("a",),
    range_to=("do",),
    # words before a number that make it a label: common news and legal usage
    label_words=words(
        "bod čl. článok článku číslo č. etapa fáza kapitola kolo krok linka ods. odsek príloha sála "
        "str. strana týždeň verzia úroveň §"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 nových pracovných miest")
    # function words (Slovak grammar)
    stop_words=words(
        "a aby ako ale ani asi až bol bola boli bolo byť bude budú cez čo či do ešte i ich je jeho jej "
        "k ku kde keď ktorá ktoré ktorí ktorý len medzi na nad než o od okolo po pod pre pred pri "
        "proti s sa si so sú tak teda tiež to tu u už v viac vo však z za zo že"
    ),
    verb_endings=("ilo", "ila", "ili", "alo", "ala", "ali", "ujú", "uje", "ovať", "sa"),
    adjective_endings=("ých", "ými", "ého", "ému", "ové", "ový", "ová", "ných", "nými", "ský", "ská", "ské"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote: common news usage
    verbs=words(
        "doplnil doplnila dodal dodala dodali hovorí informoval informovala konštatoval konštatovala "
        "napísal napísala oznámil oznámila píše povedal povedala povedali poznamenal poznamenala "
        "priblížil priblížila skonštatoval skonštatovala tvrdí tvrdil tvrdila upozornil upozornila "
        "uviedol uviedla uviedli uvádza vyhlásil vyhlásila vysvetlil vysvetlila vysvetľuje zdôraznil "
        "zdôraznila zdôrazňuje"),
    # attribution phrases: common news usage
    according_to=words("podľa podľa_slov"),
    # grammar: subject pronouns
    pronouns=("on", "ona", "oni", "ony"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:nasledujúce\s+vyhlásenie|vyhlásenie)",),
    # words between a speech verb and its colon: common news usage
    adverbs_after_verb=words("dnes médiám novinárom potom tiež včera vtedy"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    infinitive_endings=('ť',),  # the grammar's infinitive endings
    # courtesy and academic titles written before a name: common Slovak usage
    honorifics=words("bc. dr dr. doc. ing ing. judr. mgr mgr. mudr. pán pani phdr. prof. rndr."),
    # functions, as word beginnings: common news usage (appositions and bylines)
    role_stems=words(
        "advokát analytik diplomat ekonóm expert generál guvernér hovorc hovorkyň inžinier kapitán "
        "komisár konateľ koordinátor manažér minister podpredsed poslan predsed premiér prezident "
        "primátor profesor redaktor riaditeľ senátor splnomocnen spoluzakladateľ sudc sudkyň tajomník "
        "veliteľ veľvyslan viceprezident zakladateľ zástupc člen šéf župan"),
    # functions matched as whole words: common news usage
    role_words=words(
        "dekan dekana konzul líder lídra lídrom rektor rektora starosta starostka starostom starostu "
        "vedúci vedúca"),
    # bodies and things whose names begin like a function: common news usage
    not_role_words=words(
        "ministerstvo ministerstva ministerstvu ministerstvom ministerstiev predsedníctvo predsedníctva "
        "riaditeľstvo riaditeľstva riaditeľstve členstvo členstva veliteľstvo veliteľstva "
        "veľvyslanectvo veľvyslanectva veľvyslanectve prezidentský prezidentská prezidentské "
        "prezidentských poslanecký poslanecká poslanecké poslaneckých"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("ex pod spolu vice"),
    # military ranks: the Slovak army's rank table
    ranks=words("admirál generál kapitán major nadporučík plukovník podplukovník poručík rotmajster"),
    # rank abbreviations: the army's and news agencies' usage
    rank_abbreviations=words("gen kpt mjr npor plk por pplk"),
    # qualifiers of a function: common news usage
    qualifiers=words(
        "bývalá bývalého bývalý generálna generálny hlavná hlavný nová nový prvá prvý súčasná súčasný "
        "výkonná výkonný štátna štátny"),
    # grammar: numerals and possessives
    openers=words("jeden jedna jedným náš naša našej naším"),
    # phrases of leading: common news usage
    head_phrases=words("na_čele ktorá_vedie ktorý_vedie zodpovedná_za zodpovedný_za"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("bol bola boli bude budú je musí môže sú"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("z zo"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("nám sv ul"),
    # release labels: common press-release usage
    kicker_labels=(
        r"tlačová\ správa",
        r"tlačové\ vyhlásenie",
        r"správa\ pre\ médiá",
        r"na\ okamžité\ zverejnenie",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo",
        r"nezverejňovať\ pred",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"kontakt(?:y)?\ pre\ (?:médiá|novinárov)",
        r"kontakt\s*(?::|$|\n)",
        r"ďalšie\ informácie",
        r"viac\ informácií",
        r"pre\ (?:ďalšie|viac)\ informáci[eí]",
        r"tlačové\ oddelenie",
        r"hovorca|hovorkyňa",
        r"kontaktná\ osoba",
        r"pre\ médiá\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"o\ (?:nás|spoločnosti|firme|nadácii|organizácii|združení|inštitúte|agentúre|projekte|skupine)\b",
        r"poznámk[ay]\ pre\ (?:editorov|redakcie|redaktorov|médiá)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("aktualizované dátum publikované zverejnené"),
    # grammar: prepositions and nouns around dates
    date_fillers=words("dňa r roku v vo"),
    # release numbering: common press-release usage
    number_words=words("č č."),
    # grammar: the conjunction 'and'
    place_joiners=words("a"),
    # grammar: prepositions, conjunctions
    title_continues=words("a do k ku na o od po pre s so u v vo z za zo"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"kontakt(?:y)?(?:\s+pre\s+(?:médiá|novinárov))?",
        r"tlačové\s+oddelenie",
        r"ďalšie\s+informácie.*",
        r"viac\s+informácií.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("mob mobil tel telefón"),
    fax_labels=words("fax"),
    email_labels=words("e-mail email"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: 'and' inside names of bodies
    org_coordinations=words("a"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "agentúra akadémia aliancia banka federácia fond hnutie inšpekcia inštitút kancelária komisia "
        "komora kongres koncern liga ministerstvo nadácia organizácia parlament rada senát spolok "
        "spoločnosť strana súd univerzita vláda výbor združenie zväz únia úrad ústav"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "aerolínie agentúra banka dopravca firma fond holding hnutie koncern nadácia operátor "
        "organizácia skupina spoločnosť strana výrobca združenie zväz"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("do na nad pod u v vo z zo"),
    # grammar: coordinating conjunctions
    coordinations=words("a alebo i či"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="sk", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
