"""English: what releasepipe knows of the language.

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
    months={**cldr.months('en'), **{'sept': 9}},
    full_months=DateWords.cldr_full('months', 'en'),
    weekdays=DateWords.cldr_full('days', 'en'),
    short_weekdays=cldr.weekdays('en'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='mdy',
    capital_months=frozenset(('may', 'march')),
    short_months_need_capital=True,
    lowercase_weekday_after=('on', 'by', 'until', 'till'),
    # words around a day, month and year
    of_words=('of',),
    day_suffixes=('st', 'nd', 'rd', 'th'),
    articles=('the',),
    weekday_lead=('on',),
    or_words=('or',),
    day_alone_articles=('the',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'today': 0, 'yesterday': -1, 'tomorrow': 1, 'the day before yesterday': -2,
        'the day after tomorrow': 2},
    units={'workweek': 'W', 'working week': 'W', 'weekends': 'WE', 'quarters': '3M', 'year': 'Y', 'years': 'Y', 'month': 'M', 'months': 'M', 'week': 'W', 'weeks': 'W', 'day': 'D',
        'days': 'D', 'decade': '10Y', 'decades': '10Y', 'century': '100Y', 'centuries': '100Y', 'hour': 'H',
        'hours': 'H', 'h': 'H', 'hr': 'H', 'hrs': 'H', 'minute': 'TM', 'minutes': 'TM', 'min': 'TM',
        'mins': 'TM', 'second': 'TS', 'seconds': 'TS', 'sec': 'TS', 'secs': 'TS', 'night': 'D',
        'nights': 'D', 'fortnight': '2W'},
    dir_before={'this past': -1, 'last': -1, 'past': -1, 'previous': -1, 'this': 0, 'current': 0, 'next': 1, 'coming': 1,
        'following': 1},
    nearest_dirs=frozenset({'coming', 'this coming', 'past', 'this past'}),
    # counts from the reference date
    ago_after=('ago',),
    in_words=('in',),
    within=('within',),
    last_next={'last': -1, 'past': -1, 'previous': -1, 'next': 1, 'coming': 1, 'following': 1, 'upcoming': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:in|over|during)\s+the\s+(?:coming|next\s+few|past\s+few|last\s+few|recent)\s+(?:days|"
        r"weeks|months|years)|in\s+recent\s+(?:days|weeks|months|years)|(?:these\s+days|nowadays|"
        r"recently)"),
    weekend=('weekend', 'week-end'),
    weekend_this=('the', 'this', 'that'),
    weekend_not_before=('edition', 'shift', 'trip', 'break', 'getaway', 'pass', 'show', 'course', 'session', 'workshop',
        'market', 'event', 'festival', 'visit', 'program', 'programme', 'service', 'rate', 'work', 'staff',
        'team', 'warrior'),
    count_after=('after', 'from'),
    count_before=('before',),
    count_later=('later', 'afterwards', 'from now', 'from today'),
    count_earlier=('earlier',),
    week_of=r"(?:the\s+)?week\s+(?:of|beginning|commencing|starting(?:\s+on)?)(?:\s+the)?|w/c",
    # ranges, "since", months alone and boundary modifiers
    range_open=('from', 'between'),
    range_to=('to', 'until', 'till', 'through', 'thru'),
    range_and=('and', '&'),
    since=('since',),
    month_context=(r"in|since|until|till|by|from|through|during|early|late|mid-?|end\s+of|beginning\s+of|"
        r"start\s+of|middle\s+of|of|to|and|last|next|this|before|after"),
    modifiers=(r"early|late|mid-|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
        r"the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of"),
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('few', 'several', 'some')),
    numbers={'couple': 2},
    one=frozenset(('a', 'an', 'one')),
    whole_before=('all', 'the whole', 'the entire', 'whole', 'entire'),
    half_before=r"half\s+an?",
    half_after=r"and\s+(?:a\s+)?half",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'christmas': (12, 25), 'christmas day': (12, 25), 'christmas eve': (12, 24),
        "new year's day": (1, 1), "new year's eve": (12, 31), 'halloween': (10, 31),
        "valentine's day": (2, 14), 'independence day': (7, 4),
        "international workers' day": (5, 1), 'may day': (5, 1),
        'new year day': (1, 1), 'juneteenth': (6, 19)},
    movable={'easter': 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'holy saturday': -1,
        'maundy thursday': -3, 'ash wednesday': -46, 'ascension day': 39, 'pentecost': 49, 'whit sunday': 49,
        'whitsun': 49, 'whit monday': 50, 'corpus christi': 60},
    # quarters, decades and numbered weeks
    quarter_words=('quarter',),
    quarter_ordinals={'first': 1, '1st': 1, 'second': 2, '2nd': 2, 'third': 3, '3rd': 3, 'fourth': 4, '4th': 4, 'final': 4},
    year_words=('year',),
    decade=r"(?:the\s+)?(?P<y>(?:1[6-9]|20)\d0)['’]?s",
    week_words=('week',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('no.', 'nr.', 'art.', 'article', 'iso', 'version', 'v.', 'page', 'p.', 'more than', 'over', 'about',
        'some', 'up to'),
    not_year_after=('percent', 'per cent', 'euro', 'euros', 'dollar', 'dollars', 'tonne', 'tonnes'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("en")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(",", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("st", "nd", "rd", "th"),
    minus_words=("minus", "negative"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="en",
    # old spellings of zero text2num does not read
    respellings={"nought": "zero", "naught": "zero"},
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("point",),
    # plural number words that say "many", not a value
    vague_words=words("billions dozen dozens hundreds millions thousands"),
    dozens=words("dozen dozens"),
    hundreds={"hundred": 100},
    chain_and=("and",),
    # between a number word and its scale ("half a million")
    scale_links=("a", "an", "of a"),
    # scale words and the abbreviations of the financial press
    scales={
        "dozen": 12, "dozens": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6,
        "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5,
        "crore": 1e7, "crores": 1e7, "bln": 1e9, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "mln": 1e6,
    },
    # glued to digits ("£1.1bn", "10Mrd")
    glued_scales={"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3},
    of_words=("of",),
    # fractions, halves, ratios
    fraction_words={
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "hundredth": 100,
        "hundredths": 100, "thousandth": 1000, "thousandths": 1000, "millionth": 1000000,
        "millionths": 1000000, "billionth": 1000000000, "billionths": 1000000000,
        "trillionth": 1000000000000, "trillionths": 1000000000000,
    },
    half_words=words("half quarter"),
    ambiguous_denominators=words("third"),
    not_denominators=words("second seconds"),
    ordinal_endings=("th", "ths"),
    half_nouns=("half",),
    one_words=("a", "an", "one"),
    fraction_of=("of",),
    mixed_and=("and",),
    split_and=("and",),
    plural_ordinal_fractions=True,
    tens_words=words("eighty fifty forty ninety seventy sixty thirty twenty"),
    ratio_words=("over", "out of", "in"),
    ratio_loose=words("in over"),
    # meaning around the numeral
    percent_words=("percent", "per cent", "pct", "percentage points"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("en"),
                    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
                    "u.s. dollars": "USD", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
                    "sterling": "GBP", "swiss francs": "CHF", "swiss franc": "CHF", "yen": "JPY",
                    "yuan": "CNY", "rupees": "INR", "canadian dollars": "CAD", "australian dollars": "AUD",
                    "cents": "USD", "rupee": "INR", "shekel": "ILS", "shekels": "ILS", "riyal": "SAR",
                    "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "rand": "ZAR", "rouble": "RUB",
                    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "pesos": "MXN", "francs": "CHF",
                    "franc": "CHF", "euro cents": "EUR", "zloty": "PLN", "zlotys": "PLN", "hryvnia": "UAH",
                    "hryvnias": "UAH", "lira": "TRY", "liras": "TRY", "naira": "NGN", "won": "KRW",
                    "renminbi": "CNY", "rmb": "CNY", "bucks": "USD"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("en"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    subunits=words("cent cents pence penny"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words(
        "acres barrels gallons gigawatts hectares kilograms kilometer kilometers kilometre kilometres "
        "kilos liters litres megawatts meters metres mile miles square ton tonne tonnes tons"
    ),
    time_words=words("centuries day days decade decades hour hours month months week weeks year years"),
    # qualifiers before a number
    qualifiers={
        "more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
        "upwards of": "more_than", "well over": "more_than", "some": "about", "about": "about",
        "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
        "almost": "about", "close to": "about", "an estimated": "about", "estimated": "about",
        "approx.": "about", "circa": "about", "less than": "less_than", "fewer than": "less_than",
        "under": "less_than", "below": "less_than", "at least": "at_least", "no fewer than": "at_least",
        "no less than": "at_least", "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    },
    range_open=("between", "from"),
    range_and=("and",),
    range_to=("to",),
    month_links=("of",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "annex article articles booth box chapter directive gate grade hall item level line lot no "
        "no. number p. page pages paragraph part phase place point pp. rank regulation resolution "
        "room round route rule section sections stage stand step terminal title tome top v. version "
        "vol. volume week §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "a about across after again against ago all already also among an and any are as at be been "
        "before being between both but by can cent could did do does down during each earlier either "
        "every few for from had has have he her here his how i if in into is it its just later least "
        "less many may me might more most much must my neither no nor not of off on only onto or "
        "other our out over per percent several she should since so some still such than that the "
        "their them then there these they this those through to too under until up very via was we "
        "were what when where whether which while who whom whose why will with within without would "
        "yet you your"
    ),
    verb_endings=("ed", "ing"),
    noun_max_words=3,
    noun_complements=("of",),
    plural_endings=("s",),
    irregular_plurals=words("cattle children men people personnel police staff women"),
    open_adjectives=words("additional different distinct further individual key main major new other separate unique"),
    capital_ends_noun_unless_adjective=True,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "acknowledged added adding adds affirmed affirms announced announces argued argues "
        "asserted asserts believed believes commented comments concluded concludes confirmed "
        "confirms continued continues declared declares declaring emphasised emphasises "
        "emphasized emphasizes explained explaining explains highlighted highlights insisted "
        "insists noted notes noting observed observes pointed_out points_out recalled recounted "
        "reiterated reiterates remarked remarks replied responded said say saying says stated "
        "states stating stressed stresses stressing tells told underlined urged warned warning "
        "warns writes wrote"),
    # grammar: auxiliaries of the compound past
    verb_auxiliaries=words("had has have"),
    # attribution phrases: common press-release usage
    according_to=words("according_to in_the_words_of"),
    # grammar: subject pronouns
    pronouns=("he", "she", "they"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("that"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:the\s+following|this|a|the|his|her|their)\s+(?:joint\s+|written\s+)?(?:statement|remarks|message|declaration|comments)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words(
        "again also delegates further journalists later participants recently reporters simply "
        "the_media the_press then today yesterday"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words(
        "a an brochure called campaign guide her his initiative its label motto named our program "
        "programme project publication report slogan study the their theme this titled"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("at by for from in of on to with"),
    name_preposition_articles=words("the"),
    # grammar: prepositions inside English body names
    org_speaker_links=words("of for"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dame dr dr. lady lord miss mr mr. mrs mrs. ms ms. prof prof. sir"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "activist administrat admiral adviser advisor ambassador analyst architect attorney "
        "author brigadier campaigner captain chair chairperson chancel chief co-chair co-founder "
        "co-lead cofounder colonel commander commissioner commodore congressm congressw "
        "consultant contributor coordinat coordinator correspond councillor councilman councilor "
        "councilwoman creator curator delegate deputy designer developer director doctor "
        "economist editor engineer envoy evangelist executive expert facilitator fellow founder "
        "gen. governor inspect instructor journalist jurist lawmaker lawyer leader lecturer "
        "legislator liaison lieutenant maintainer manager managing mayor member minister "
        "moderator officer official ombudsman ombudsperson organiser organizer owner partner "
        "president prince producer professor programmer representative researcher scientist "
        "secretary senator sergeant specialist spokes spokesperson strateg superintendent "
        "superviso technician treasurer trustee undersecretary vice vicepresident"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "coach curator farmer fisherman goalkeeper judge nurse player prosecutor student teacher "
        "volunteer "
        "auditor barrister chaplain comptroller coroner firefighter headteacher magistrate "
        "midwife novelist paramedic pharmacist photographer physician provost registrar sheriff "
        "solicitor surgeon "
        "architect ceo cfo cio consul coo cto ddg dg evp general head king lead major mep mp "
        "premier prime queen rector svp vice vp"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("ologist ologists"),
    # bodies whose names start like a function ("ministr-" of the Slavic packs): not roles
    not_role_words=words("ministry ministries"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("acting co deputy ex sub under vice"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "admiral brigadier captain colonel commodore corporal general lieutenant major marshal "
        "sergeant"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words(
        "adm amb brig capt cdr cmdr cmdt col cpl cpt gen gov lcdr lt ltc ltg maj msgt pvt radm "
        "rep sen sgt vadm"),
    # academic titles used before a name: academic usage
    academic_titles=words("doctor professor"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "acting assistant associate chief deputy executive former founding incoming interim "
        "junior lead managing outgoing principal senior"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("her his its one our their"),
    # grammar: indefinite articles
    indefinite_articles=words("a an"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "at_the_head_of at_the_helm_of in_charge_of who_chairs who_co-founded who_coordinates "
        "who_directs who_founded who_heads who_leads who_manages who_oversees who_runs"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("are can could did does had has have is may might must shall should was were will would"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("of"),
    # grammar: prepositions, articles and 'and' inside a title
    title_joiners=words("'s and for of the ’s"),
    # words of titles before a name: common press-release usage
    title_words=words(
        "ambassador and ceo cfo chair chairman chairwoman chief commissioner consultant coo "
        "coordinator country deputy director dr executive expert for foreign founder general "
        "global governor head head-of-mission high its lawyer lead legal manager managing mayor "
        "member minister mission mr mrs ms of office officer our policy premier president prime "
        "prof professor program programme project regional representative secretary senator "
        "senior sir special spokesman spokesperson spokeswoman team the their these this un vice"),
    # grammar: the gerund ending
    gerund_endings=words("ing"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # press usage: headlines in title case
    title_case_headlines=True,
    # release labels: common press-release usage
    kicker_labels=(
        r"press\ releases?",
        r"news\ releases?",
        r"media\ (?:release|advisory|statement)",
        r"press\ statement",
        r"statement",
        r"news",
        r"for\ immediate\ release",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo(?:ed)?",
        r"under\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"for\ (?:more|further)\ (?:information|details)",
        r"media\ (?:contacts?|enquiries|inquiries|relations)",
        r"press\ (?:contacts?|enquiries|inquiries|office)",
        r"contacts?\ for\ (?:the\ )?media",
        r"notes?\ for\ media",
        r"(?:more|further)\ information\s*:",
        r"press\ officer\s*:",
        r"spokesperson\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"about\ (?:the\ )?\S",
        r"notes?\ (?:to|for)\ editors",
    ),
    # web page date labels: common CMS usage
    date_labels=words("date dateline issued last modified posted published release updated"),
    # grammar: prepositions and articles around dates
    date_fillers=words("at of on the"),
    # release numbering: common press-release usage
    number_words=words("no nr number"),
    # grammar: the conjunction 'and'
    place_joiners=words("and"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("a an and at by for from in into of on or the to with"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Corp Dr Ext Inc Jr Ltd Mr Mrs Ms No Prof St Tel approx ca ext vs"),
    # labels of contact lines and kickers: common press-release usage
    labels=words(
        "contact contacts credit editors embargo media mobile note notes phone photo press "
        "release source telephone website"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"(?:media|press|news)\s*(?:contacts?|inquiries|enquiries)",
        r"contacts?(?:\s+for(?:\s+the)?\s+media)?",
        r"for\s+(?:more|further)\s+information.*",
        r"notes?\s+(?:to|for)\s+editors?",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("cell cellular direct hotline mob mobile office ph phone switchboard tel whatsapp"),
    fax_labels=words("facsimile fax"),
    email_labels=words("e-mail email mail"),
    # end of a release: press usage ('- end -', 'End'); determiners: grammar; 'Newcastle upon Tyne'
    end_marks=words("end"),
    end_lines=words("end"),
    determiners=words("a an the"),
    place_particles=words("upon"),
    # reference labels before a number: common administrative usage
    reference_labels=(r"ref", r"no", r"number", r"doc", r"case", r"file", r"vat"),
    # verbs of getting in touch: common press-release usage
    contact_verbs=(r"contact(?:ing)?", r"call", r"phone", r"ring", r"reach", r"write", r"email", r"e-mail",
                   r"mail"),
    # words naming a body (company forms, institutions, teams): common usage
    organization_words=(
        r"inc", r"ltd", r"llc", r"plc", r"corp(?:oration)?", r"company", r"co", r"foundation", r"association",
        r"public\ relations", r"communications", r"group", r"agency", r"organi[sz]ation", r"institute",
        r"university", r"ministry", r"office", r"council", r"commission", r"project", r"network",
        r"software", r"systems?", r"technologies", r"technology", r"solutions", r"services", r"labs?",
        r"pr", r"ir", r"ngo", r"un", r"nations", r"team", r"desk",
    ),
    # words making a contact line a body's, not a role: common press-release usage
    role_vetoes=(r"public\ relations", r"inc", r"ltd", r"llc"),
    # street words of postal addresses: common postal usage
    street_words=(
        r"street", r"st\.", r"road", r"rd\.?", r"avenue", r"ave\.?", r"boulevard", r"blvd", r"place", r"lane",
        r"drive", r"way", r"suite", r"floor", r"unit", r"box", r"p\.?o\.?",
    ),
    # first words of a contact line that is no name: grammar and press usage
    not_name_starts=(
        r"the", r"for", r"about", r"press", r"media", r"contact", r"north", r"south", r"east", r"west",
        r"new", r"saint", r"st", r"phone", r"tel", r"fax", r"email", r"e-mail", r"mail", r"our", r"all",
        r"please",
    ),
    # names of world regions heading contact lines: common usage
    region_labels=(
        r"(?:north|south|latin|central)\s+america", r"americas", r"africa", r"asia(?:[- ]pacific)?", r"europe",
        r"oceania", r"middle\s+east",
    ),
    # words standing for '@' in addresses hidden from robots: common web usage
    at_words=words("at"),
    # words standing for '.' in such addresses: common web usage
    dot_words=words("dot"),
    # unbracketed 'at' and 'dot' of such addresses: common web usage
    spelled_at_words=words("at"),
    spelled_dot_words=words("dot"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("a an the"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words("agency commission consulate delegation department embassy ministry office secretariat"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "academy association authority board bureau center centre college committee council court "
        "federation foundation institute observatory school society tribunal university"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("against for of on"),
    # grammar: definite articles after those prepositions
    org_articles=words("the"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("& and"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agency airline bank broadcaster carrier charity company consortium firm group insurer "
        "laboratory manufacturer ngo non-profit nonprofit operator organisation organization party "
        "provider publisher retailer start-up startup supplier union"),
    # grammar: prepositions of place
    locatives=words("at from in near to"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("its our their your"),
    # grammar: coordinating conjunctions
    coordinations=words("and or"),
    names_before_head=True,
    # grammar: prepositions introducing a place only
    place_prepositions=words("across around in near outside throughout"),
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "academy agency alliance army assembly association authority bureau charity clinic coalition "
        "college commission committee communications company consulate corporation council court "
        "department embassy enterprise enterprises federation forces foundation fund government "
        "group hospital institute labs microsystems ministry museum network office organization "
        "parliament party police program programme relations school secretariat society software "
        "solutions systems technologies theatre tribunal trust union university"),
    # grammar: definite articles
    definite_articles=words("the"),
    # nouns of settlements and divisions: common usage
    place_nouns=words(
        "area areas capital cities city countries country county district districts governorate "
        "island islands municipality neighborhood neighbourhood port province provinces region "
        "regions suburb suburbs town towns village villages"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "bay camp canal coast desert estuary forest gulf hill hills island lagoon lake "
        "mount mountain mountains peninsula plateau reservoir river sea strait valley"),
    # a power named by its leader's name before the noun: news usage ('the Asad regime'); not
    # 'administration', which follows drugs and software too ('Keytruda administration')
    regime_nouns=words("junta regime"),
    # grammar: 'of' after such a noun
    place_of=words("of"),
    # grammar: 'other'
    others=words("other"),
    # legal texts: legislative usage
    law_words=words("act bill directive law regulation treaty"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("& and at for in of on the"),
    # words acronyms leave out: common usage
    acronym_skips=words("and for of the"),
    # grammar: 'from', 'of', 'at'
    affiliation_prepositions=words("at from of with"),
    # heads of bodies that are also common nouns ('Free Software', 'Legal Programme'): press releases
    # of software and civil-society bodies
    weak_org_heads=words(
        "communications labs microsystems network program programme relations software solutions "
        "systems technologies"),
    # endings of abstract nouns: English derivational suffixes ('-ity', '-ism', '-ship', '-dom', '-tion')
    abstract_endings=words("dom ism ity ship sion tion"),
    # nouns naming a document, an event, a prize or a part of a body: news usage ('Council Resolution')
    org_name_followers=words(
        "act agreement award board campaign conference convention day decision declaration event "
        "fellowship grant law meeting member prize program programme project report resolution staff "
        "statement summit treaty website week"),
    # endings of the adjectives of peoples and languages ('Iraqi', 'Chinese', 'French'): English morphology
    people_endings=words("an ch ean ese i ian ic ish"),
)

PACK = Pack(code="en", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
