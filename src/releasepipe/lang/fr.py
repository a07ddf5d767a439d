"""French: what releasepipe knows of the language.

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
    months={**cldr.months('fr'), **{'jan': 1, 'fév': 2, 'fev': 2, 'sep': 9}},
    full_months=DateWords.cldr_full('months', 'fr'),
    weekdays=DateWords.cldr_full('days', 'fr'),
    short_weekdays=cldr.weekdays('fr'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    # words around a day, month and year
    of_words=('de', 'du', 'des', "d'"),
    day_suffixes=('er', 'ère', 're', 'e', 'ème', 'eme'),
    articles=('le', 'la', "l'", 'les'),
    weekday_lead=('le',),
    day_nouns=('le',),  # "le 23": a day of the current month
    or_words=('ou',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={"aujourd'hui": 0, 'hier': -1, 'demain': 1, 'avant-hier': -2, 'après-demain': 2},
    units={'week-ends': 'WE', 'trimestres': '3M', 'an': 'Y', 'ans': 'Y', 'année': 'Y', 'années': 'Y', 'mois': 'M', 'semaine': 'W', 'semaines': 'W',
        'jour': 'D', 'jours': 'D', 'journée': 'D', 'journées': 'D', 'décennie': '10Y', 'décennies': '10Y',
        'siècle': '100Y', 'siècles': '100Y', 'heure': 'H', 'heures': 'H', 'h': 'H', 'minute': 'TM',
        'minutes': 'TM', 'min': 'TM', 'seconde': 'TS', 'secondes': 'TS', 'sec': 'TS', 'nuit': 'D',
        'nuits': 'D'},
    dir_before={'ce': 0, 'cet': 0, 'cette': 0},
    dir_after={'dernier': -1, 'dernière': -1, 'passé': -1, 'passée': -1, 'prochain': 1, 'prochaine': 1, '-ci': 0,
        'en cours': 0},
    quarter_dir_after={'en cours': 0},
    this_suffixes=('-ci',),
    # counts from the reference date
    ago_before=('il y a', 'il ya'),
    in_words=('dans',),
    within=("d'ici",),
    last_next={'derniers': -1, 'dernières': -1, 'prochains': 1, 'prochaines': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:dans|pour|au\s+cours)\s+(?:les|des)\s+(?:prochain|prochaine|dernier|"
        r"dernière)s\s+(?:jours|semaines|mois|années)|ces\s+dern(?:iers|ières)\s+(?:jours|semaines|"
        r"mois|années)|récemment|prochainement"),
    weekend=('week-end', 'weekend', 'week end'),
    weekend_this=('le', 'ce', 'du', 'au'),
    count_after=('après',),
    count_before=('avant',),
    count_later=('plus tard', 'après'),
    count_earlier=('plus tôt', 'auparavant', 'avant'),
    week_of=r"la\s+semaine\s+du",
    # ranges, "since", months alone and boundary modifiers
    range_open=('du', 'de', "d'", 'entre'),
    range_to=('au', 'à', "jusqu'au", "jusqu'à"),
    range_and=('et',),
    since=('depuis',),
    month_context=r"en|depuis|jusqu'en|dès|début|fin|mi-|courant|mois\s+de|mois\s+d'|de|d'|à|et|au|avant|après",
    modifiers=(r"début|fin|mi-|courant|à\s+la\s+fin\s+de|au\s+début\s+de|à\s+la\s+mi-|au\s+milieu\s+de|"
        r"milieu\s+de|fin\s+de|début\s+de"),
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('quelques', 'plusieurs')),
    one=frozenset(('un', 'une')),
    whole_before=('tout le', 'toute la', "toute l'", 'tout un', 'toute une'),
    half_before=r"(?:une?\s+)?demi-?",
    half_after=r"et\s+demie?",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'noël': (12, 25), 'jour de noël': (12, 25), 'la saint-sylvestre': (12, 31), "jour de l'an": (1, 1),
        'nouvel an': (1, 1), 'fête nationale': (7, 14), 'la toussaint': (11, 1), 'fête du travail': (5, 1)},
    movable={'pâques': 0, 'dimanche de pâques': 0, 'lundi de pâques': 1, 'vendredi saint': -2, 'jeudi saint': -3,
        'mercredi des cendres': -46, "jeudi de l'ascension": 39, 'pentecôte': 49, 'lundi de pentecôte': 50},
    # quarters, decades and numbered weeks
    quarter_words=('trimestre',),
    quarter_ordinals={'premier': 1, '1er': 1, 'deuxieme': 2, 'second': 2, '2e': 2, '2eme': 2, 'troisieme': 3, '3e': 3,
        '3eme': 3, 'quatrieme': 4, 'dernier': 4, '4e': 4, '4eme': 4},
    year_words=('année',),
    decade=r"(?:les\s+)?annees\s+(?P<y>(?:1[6-9]|20)\d0)",
    week_words=('semaine',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('no.', 'art.', 'article', 'iso', 'version', 'v.', 'page', 'p.', 'plus de', 'environ', 'près de',
        "jusqu'à"),
    not_year_after=('pour cent', 'pourcent', 'euro', 'euros', 'dollar', 'dollars', 'tonne', 'tonnes'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("fr")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("er", "ère", "re", "e", "ème", "eme", "è"),
    minus_words=("négatif", "négative"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="fr",
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("virgule",),
    respell_parts=(("ieme", "ième"),),
    # plural number words that say "many", not a value
    vague_words=words("centaines dizaines douzaine douzaines milliards milliers millions"),
    dozens=words("douzaine douzaines"),
    hundreds={"cent": 100, "cents": 100},
    chain_and=("et",),
    # between a number word and its scale ("half a million")
    scale_links=("de", "d'"),
    # scale words and the abbreviations of the financial press
    scales={
        "douzaine": 12, "douzaines": 12, "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9,
        "milliards": 1e9, "billion": 1e12, "billions": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9, "m": 1e6,
        "k": 1e3,
    },
    # glued to digits ("£1.1bn", "10Mrd")
    glued_scales={"md": 1e9, "mds": 1e9, "m": 1e6, "k": 1e3},
    of_words=("de", "d'"),
    # fractions, halves, ratios
    fraction_words={"demi": 2, "demie": 2, "demis": 2, "demies": 2, "tiers": 3, "quart": 4, "quarts": 4},
    half_words=words("demi demie quart"),
    not_denominators=words("seconde secondes"),
    ordinal_endings=("ième", "ièmes", "ieme", "iemes"),
    half_nouns=("moitié",),
    one_words=("un", "une"),
    fraction_of=("de", "d'", "des", "du"),
    mixed_and=("et",),
    split_and=("et",),
    ratio_words=("sur",),
    # meaning around the numeral
    percent_words=("pour cent", "pourcent", "pour-cent", "points de pourcentage"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("fr"),
                    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
                    "dollars américains": "USD", "dollars us": "USD", "livre sterling": "GBP",
                    "livres sterling": "GBP", "livres": "GBP", "franc suisse": "CHF",
                    "francs suisses": "CHF", "francs cfa": "XOF", "franc cfa": "XOF", "yens": "JPY",
                    "yen": "JPY", "dollars canadiens": "CAD", "livre": "GBP", "franc": "CHF",
                    "francs": "CHF", "yuans": "CNY", "yuan": "CNY", "roupies": "INR", "roupie": "INR",
                    "shekels": "ILS", "shekel": "ILS", "riyals": "SAR", "riyal": "SAR", "dirhams": "MAD",
                    "dirham": "MAD", "roubles": "RUB", "rouble": "RUB", "pesos": "MXN", "rands": "ZAR",
                    "zlotys": "PLN", "zloty": "PLN", "dinars": "TND", "dinar": "TND", "hryvnias": "UAH"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("fr"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # "cents" after digits only: "cinq cents" is 500, read as one number before
    subunits=words("cent centime centimes cents pence penny"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words(
        "barils gigawatts hectare hectares kilogrammes kilomètre kilomètres kilos litre litres mètre "
        "mètres mégawatts tonne tonnes"
    ),
    time_words=words("an année années ans décennie décennies heure heures jour jours mois semaine semaines siècles"),
    # qualifiers before a number
    qualifiers={
        "plus de": "more_than", "plus d'": "more_than", "au-delà de": "more_than",
        "davantage de": "more_than", "environ": "about", "près de": "about", "presque": "about",
        "quelque": "about", "autour de": "about", "approximativement": "about", "à peu près": "about",
        "quasiment": "about", "moins de": "less_than", "moins d'": "less_than", "au moins": "at_least",
        "pas moins de": "at_least", "jusqu'à": "at_most", "au plus": "at_most", "au maximum": "at_most",
        "tout au plus": "at_most",
    },
    range_open=("entre", "de", "d'"),
    range_and=("et",),
    range_to=("à",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "annexe article articles avenue boîte case chapitre directive halle ligne lot niveau no. "
        "numero numéro n° nº p. page pages paragraphe partie phase place point porte rang route rue "
        "règle règlement résolution salle section semaine stand terminal titre tome tour v. version "
        "vol. volume § étape"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "a ainsi après au aussi autre autres aux avaient avait avant avec car ce cent ces cet cette "
        "chaque chez comme contre d dans de depuis des donc dont du déjà elle elles en encore entre "
        "environ est et fait il ils je l la le les leur leurs ma mais mes moins mon ne ni nos notre "
        "nous on ont or ou où par pas pendant plus pour près que qui quoi s sa sans se selon sera "
        "seront ses son sont sous sur tous tout toute toutes trop très un une vers vos votre vous y à "
        "étaient était été être"
    ),
    verb_endings=("é", "ée", "és", "ées", "ant", "aient", "ait", "ent", "ont", "er", "ir", "it", "is"),
    infinitive_endings=("er", "ir", "re", "ar"),
    capital_ends_noun=True,
    noun_max_words=2,
    noun_complements=("de",),
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "affirmait affirmant affirme affirmé ajoutait ajoutant ajoute ajouté annonce annoncé "
        "assure assuré averti avertit commente commenté conclu conclut confie confié disait dit "
        "déclarait déclarant déclare déclaré estime estimé expliquait expliquant explique "
        "expliqué indique indiqué insiste insisté juge jugé lance lancé martelé martèle note noté "
        "observe observé poursuit poursuivi précisait précisant précise précisé prévenu prévient "
        "racontait raconte raconté rappelle rappelé reconnaît reconnu relevé relève répond "
        "répondu résume résumé soulignait soulignant souligne souligné témoigne témoigné écrit "
        "écrivait"),
    # grammar: auxiliaries of the compound past
    verb_auxiliaries=words("a avait ont"),
    # grammar: the subject pronoun written after the verb
    inversions=(r"a-t-{pronoun}\s+{verb}", r"{verb}-(?:t-)?{pronoun}"),
    inversion_pronouns=("il", "elle", "on", "ils", "elles"),
    # attribution phrases: common press-release usage
    according_to=words("d'après pour_reprendre_les_mots_de selon"),
    # grammar: subject pronouns
    pronouns=("il", "elle", "ils", "elles"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("qu' que"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:la\s+déclaration\s+suivante|le\s+communiqué\s+suivant|le\s+message\s+suivant|les\s+propos\s+suivants|une\s+déclaration|un\s+communiqué)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words(
        "alors aujourd'hui aussi aux_journalistes déjà encore ensuite hier simplement à_la_presse "
        "également"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words(
        "brochure campagne de des devise du ecolabel guide initiative intitulé intitulée l la "
        "label le les leur nommé notre programme projet publication rapport sa slogan son thème "
        "un une écolabel étude"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("au aux chez d' de des du d’ en à"),
    name_preposition_articles=words("l' la le les l’"),
    # grammar: prepositions and contracted articles inside French body names
    org_speaker_links=words("de du des"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # grammar: the infinitives' endings; a word whose base form ends so is a verb ("remercie" → "remercier")
    infinitive_endings=("er", "ir", "re"),
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dr dr. dre dre. m. me mlle mm. mme mmes pr pr. pre pre. prof prof."),
    # name particles: naming conventions of the language
    particles=words("d' de des du d’ la le"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "activist adjoint administrat ambassadeu ambassadric amiral associé attaché auteur "
        "autrice avocat bénévole capitaine chancel chargé cheffe chercheu co-président cofondat "
        "colonel commandant commissaire conseill conseillère consultant coordinat coordonnat "
        "coprésiden correspond créat designer directeu directric dirigeant délégué député "
        "développeu enseignant envoyé expert fondat gouverneu général gérant gérante ingénieu "
        "inspect journalist juriste lieutenant maire manager mandataire membre militant ministre "
        "médecin porte-parole prince princesse professeu propriét préfet préfète présiden "
        "rapporteu représentant responsable rédact scientifique secrétaire sous-préfet stratèg "
        "superviso sénateur trésori vice vice-présid vice-président économist écrivain"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "agricultrice agriculteur architecte conservateur conservatrice enseignant enseignante "
        "entraîneur entraîneuse étudiant étudiante gardien gardienne infirmier infirmière joueur "
        "joueuse pêcheur procureur procureure sélectionneur sélectionneuse "
        "animateur animatrice chef consul consule dg dga doyen doyenne juge médiateur médiatrice "
        "patron patronne pdg premier recteur rectrice reine roi vice élu élue"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("logue logues ologiste ologistes"),
    not_role_words=words("analogue catalogue catalogues dialogue dialogues épilogue monologue prologue"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex sous vice"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "adjudant amiral capitaine caporal colonel commandant contre-amiral général lieutenant "
        "lieutenant-colonel sergent vice-amiral"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("cdt cne col gal gén lcl lt sgt"),
    # academic titles used before a name: academic usage
    academic_titles=words("docteur docteure professeur professeure"),
    # qualifiers of a function: common press-release usage
    qualifiers=words("ancien ancienne futur future haut haute premier première"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("leur leurs nos notre sa ses son un une"),
    # grammar: indefinite articles
    indefinite_articles=words("un une"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "aux_commandes_de aux_commandes_du qui_a_cofondé qui_a_fondé qui_coordonne qui_dirige "
        "qui_préside à_la_tête_de à_la_tête_des à_la_tête_du"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("a avait doit ont peut sera seront sont va vont était"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("de des"),
    # grammar: prepositions, articles and 'and' inside a title
    title_joiners=words("de des du et la"),
    # words of titles before a name: common press-release usage
    title_words=words(
        "adjoint adjointe ambassadeur ambassadrice avocat avocate ce ces cette chef cheffe "
        "commissaire coordinateur coordinatrice de des directeur directrice dr du et fondateur "
        "général générale la le les maire ministre mme nos notre porte-parole premier prof "
        "professeur président présidente secrétaire sénateur"),
    # grammar: elided articles, prepositions, pronouns and 'que' ("l'", "d'", "qu'")
    elisions=words("c d j l m n qu s t"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # release labels: common press-release usage
    kicker_labels=(
        r"communiqu[ée]s?\ de\ presse",
        r"communiqu[ée]",
        r"actualit[ée]s?",
        r"pour\ diffusion\ imm[ée]diate",
        r"communiqu[ée]\ conjoint",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"sous\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"pour\ (?:plus|de\ plus\ amples)\ (?:d['’]\ ?informations?|de\ renseignements)",
        r"pour\ toute\ (?:information|demande)",
        r"contacts?\ (?:presse|médias?|pour\ les\ médias)",
        r"contacts?\s*:",
        r"relations?\ (?:presse|médias)",
        r"renseignements\s*:",
        r"informations?\ compl[ée]mentaires?\s*:",
        r"service\ (?:de\ )?presse",
        r"attach[ée]e?\ de\ presse",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"à\ propos\ d",
        r"a\ propos\ d",
        r"note\ aux\ r[ée]dactions",
        r"notes?\ aux\ r[ée]dacteurs",
    ),
    # web page date labels: common CMS usage
    date_labels=words("date diffusion diffusé jour mis publication publié publiée"),
    # grammar: prepositions and articles around dates
    date_fillers=words("du le à"),
    # release numbering: common press-release usage
    number_words=words("n no numéro"),
    # grammar: the conjunction 'and'
    place_joiners=words("et"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("au aux avec dans de des du en et la le les par pour sur un une à"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Dr Mme Prof St Tél"),
    # labels of contact lines and kickers: common press-release usage
    labels=words(
        "communique communiqué contact contacts courriel crédit médias note notes photo portable "
        "presse site source tél tél. téléphone éditeurs"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"(?:presse|m[ée]dias?)\s*contacts?",
        r"contacts?(?:\s+(?:presse|m[ée]dias?|pour\s+les\s+m[ée]dias))?",
        r"pour\s+(?:plus\s+d.informations|en\s+savoir\s+plus|tout\s+renseignement).*",
        r"informations?\s+(?:presse|m[ée]dias).*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("bureau direct mobile portable standard tel telephone tél télé téléphone"),
    fax_labels=words("fax telecopie télécopie"),
    email_labels=words("courriel e-mail mail"),
    # end of a release: press usage ('- fin -', 'Fin'); determiners: grammar; 'Saint-Pierre de …', 'Bar sur Aube'
    end_marks=words("fin"),
    end_lines=words("fin"),
    determiners=words("la le les un une"),
    place_particles=words("de sur"),
    # reference labels before a number: common administrative usage
    reference_labels=(r"r[ée]f(?:[ée]rence)?", r"num[ée]ro", r"dossier", r"siret", r"siren", r"tva", r"rcs"),
    # verbs of getting in touch: common press-release usage
    contact_verbs=(r"contact(?:er|ez)", r"appel(?:er|ez)", r"joindre", r"écri(?:re|vez)", r"courriel"),
    # words naming a body (company forms, institutions, teams): common usage
    organization_words=(
        r"sa", r"sas", r"sarl", r"fondation", r"association", r"groupe", r"agence", r"organisation",
        r"institut", r"universit[ée]", r"minist[eè]re", r"bureau", r"conseil", r"commission", r"projet",
        r"r[ée]seau", r"ong", r"[ée]quipe", r"relations\ presse",
    ),
    # street words of postal addresses: common postal usage
    street_words=(r"av\.", r"rue", r"all[ée]e", r"chemin", r"quai", r"bd", r"cedex", r"bp"),
    # first words of a contact line that is no name: grammar and press usage
    not_name_starts=(r"la", r"le", r"les", r"pour", r"[àa]\ propos", r"notre", r"tous", r"veuillez"),
    # names of world regions heading contact lines: common usage
    region_labels=(r"afrique", r"asie", r"europe", r"am[ée]rique(?:\s+(?:du\s+nord|du\s+sud|latine))?"),
    # words standing for '@' in addresses hidden from robots: common web usage
    at_words=words("arobase chez"),
    # words standing for '.' in such addresses: common web usage
    dot_words=words("point"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("au aux d' de des du d’ l' la le les l’ qu' qu’ un une"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words(
        "agence ambassade commissariat consulat direction délégation haut-commissariat ministère "
        "office préfecture secrétariat"),
    # official bodies named with their head in lower case: the language's typographic rules
    lower_case_triggers=words("ministère"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "académie association collectif comité commission conseil fondation fédération institut "
        "observatoire société université"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("aux contre d' de des du d’ pour sur"),
    # grammar: definite articles after those prepositions
    org_articles=words("l' la le les l’"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("et"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agence assureur association banque compagnie constructeur distributeur entreprise fabricant "
        "fondation fournisseur groupe laboratoire opérateur organisation parti société syndicat "
        "transporteur éditeur"),
    # grammar: prepositions of place
    locatives=words("au aux en vers à"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("leur leurs nos notre sa ses son vos votre"),
    # grammar: coordinating conjunctions
    coordinations=words("et ou"),
    name_after_head=True,
    # grammar: prepositions introducing a place only
    place_prepositions=frozenset(),
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agence alliance ambassade armée association autorité bureau clinique coalition commission "
        "compagnie conseil consulat croix-rouge département fondation fédération "
        "gouvernement groupe hôpital institut mairie ministre ministère municipalité musée "
        "métropole office organisation parlement parquet police programme préfecture région réseau "
        "secrétariat société théâtre tribunal union université ville"),
    # grammar: definite articles
    definite_articles=words("l' la le les l’"),
    # nouns of settlements and divisions: common usage
    place_nouns=words(
        "canton capitale commune communes département localité pays quartier région village ville "
        "villes île îles"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "baie bassin camp canal côte désert estuaire fleuve forêt golfe lac lagune massif mer "
        "mont montagne péninsule plaine plateau presqu'île rivière vallée étang"),
    # grammar: 'of' after such a noun
    place_of=words("d' de du d’"),
    # grammar: 'other'
    others=words("autres d'autres d’autres"),
    # legal texts: legislative usage
    law_words=words("directive loi reglement règlement"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("de des du en et la le les pour"),
    # words acronyms leave out: common usage
    acronym_skips=words("de des du et l' la le les pour"),
    # grammar: 'from', 'of', 'at'
    affiliation_prepositions=words("d' de des du d’"),
    # heads of bodies that are also common nouns ('Réseau Libre'): press releases of civil-society bodies
    weak_org_heads=words("réseau"),
    # endings of abstract nouns: French derivational suffixes ('-ité', '-isme', '-tion')
    abstract_endings=words("isme ité sion tion"),
    # grammar: elided article, preposition, pronouns and conjunctions ("l'", "d'", "qu'", "jusqu'");
    # "m'", "t'", "c'" left out: they begin names ("M'Bow")
    elisions=words("d j jusqu l lorsqu n puisqu qu s"),
)

PACK = Pack(code="fr", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
