"""Portuguese: what releasepipe knows of the language.

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
    months={**cldr.months('pt')},
    full_months=DateWords.cldr_full('months', 'pt'),
    weekdays=DateWords.cldr_full('days', 'pt'),
    short_weekdays={**cldr.weekdays("pt"), **DateWords.by_position(
        "segunda|segunda_feira terça|terça_feira quarta|quarta_feira quinta|quinta_feira sexta|sexta_feira - -",
        first=0)},
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    capital_months=frozenset(('mar', 'set')),
    # words around a day, month and year
    of_words=('de', 'do'),
    day_suffixes=('o',),
    articles=('o', 'a', 'na', 'no'),
    weekday_lead=('o', 'a', 'na', 'no', 'à', 'ao'),
    or_words=('ou',),
    day_nouns=('dia',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'hoje': 0, 'ontem': -1, 'amanhã': 1, 'anteontem': -2, 'depois de amanhã': 2},
    units={'fins de semana': 'WE', 'trimestres': '3M', 'ano': 'Y', 'anos': 'Y', 'mês': 'M', 'meses': 'M', 'semana': 'W', 'semanas': 'W', 'dia': 'D',
        'dias': 'D', 'década': '10Y', 'décadas': '10Y', 'século': '100Y', 'séculos': '100Y', 'hora': 'H',
        'h': 'H', 'minuto': 'TM', 'minutos': 'TM', 'segundo': 'TS', 'segundos': 'TS', 'horas': 'H',
        'noite': 'D', 'noites': 'D'},
    dir_before={'este': 0, 'esta': 0, 'neste': 0, 'nesta': 0, 'próximo': 1, 'próxima': 1, 'proximo': 1, 'proxima': 1,
        'passado': -1, 'passada': -1},
    dir_after={'passado': -1, 'passada': -1, 'anterior': -1, 'que vem': 1, 'próximo': 1, 'próxima': 1},
    quarter_dir_after={'atual': 0, 'seguinte': 1},
    # counts from the reference date
    ago_before=('há',),
    ago_after=('atrás',),
    in_words=('daqui a', 'em'),
    within=('dentro de',),
    last_next={'últimos': -1, 'últimas': -1, 'passados': -1, 'próximos': 1, 'próximas': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:nos|nas)\s+(?:próximos|próximas|últimos|últimas)\s+(?:dias|semanas|meses|anos)|"
        r"recentemente|em\s+breve"),
    weekend=('fim de semana',),
    weekend_this=('o', 'este', 'neste', 'no', 'esse', 'nesse'),
    count_after=('depois de', 'a partir de'),
    count_before=('antes de',),
    count_later=('depois', 'mais tarde'),
    count_earlier=('antes',),
    week_of=r"a\s+semana\s+de",
    # ranges, "since", months alone and boundary modifiers
    range_open=('de', 'do', 'desde', 'entre'),
    range_to=('a', 'ao', 'até'),
    range_and=('e',),
    since=('desde',),
    month_context=r"em|desde|até|de|a|e|início\s+de|final\s+de|meados\s+de|mês\s+de|fim\s+de",
    modifiers=r"início\s+de|inicio\s+de|final\s+de|fim\s+de|meados\s+de|no\s+início\s+de|no\s+final\s+de",
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('alguns', 'algumas', 'vários')),
    one=frozenset(('um', 'uma')),
    whole_before=('todo o', 'toda a'),
    whole_after=('todo', 'toda', 'inteiro', 'inteira'),
    half_before=r"(?:uma?\s+)?(?:meia|meio)",
    half_after=r"e\s+(?:meia|meio)",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'natal': (12, 25), 'véspera de natal': (12, 24), 'ano novo': (1, 1), 'dia do trabalho': (5, 1),
        'dia do trabalhador': (5, 1)},
    movable={'páscoa': 0, 'domingo de páscoa': 0, 'sexta-feira santa': -2, 'quarta-feira de cinzas': -46},
    # quarters, decades and numbered weeks
    quarter_words=('trimestre',),
    quarter_ordinals={'primeiro': 1, 'segundo': 2, 'terceiro': 3, 'quarto': 4, '1º': 1, '2º': 2, '3º': 3, '4º': 4},
    year_words=('ano',),
    decade=r"(?:os\s+)?anos\s+(?P<y>(?:1[6-9]|20)\d0)",
    week_words=('semana',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('n.', 'art.', 'artigo', 'iso', 'versão', 'v.', 'página', 'p.', 'mais de', 'cerca de', 'até'),
    not_year_after=('por cento', 'euro', 'euros', 'dólar', 'dólares', 'toneladas'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("pt")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("º", "ª", "°", "o", "a", "os", "as"),
    minus_words=("negativo", "negativa"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="pt",
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("vírgula", "virgula"),
    # written without their accent ("milhoes", "bilhao")
    respell_parts=(("oes", "ões"), ("ao", "ão")),
    # plural number words that say "many", not a value
    vague_words=words("centenas milhares"),
    dozens=words("duzia duzias dúzia dúzias"),
    hundreds={"cem": 100},
    chain_and=("e",),
    # between a number word and its scale ("half a million")
    scale_links=("de",),
    # scale words and the abbreviations of the financial press
    scales={
        "k": 1e3,  # "10k", "2,5 k": thousand, as the web and the markets write it
        "trilhão": 1e12, "trilhões": 1e12, "trilhao": 1e12, "trilhoes": 1e12, "bilhao": 1e9, "bilhoes": 1e9,
        "duzia": 12, "duzias": 12,
        "dúzia": 12, "dúzias": 12, "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6,
        "mil milhões": 1e9, "bilhão": 1e9, "bilhões": 1e9, "bi": 1e9, "mi": 1e6,
    },
    of_words=("de",),
    # fractions, halves, ratios
    fraction_words={"meio": 2, "meia": 2, "meios": 2, "terço": 3, "terços": 3, "quarto": 4, "quartos": 4},
    half_words=words("meia meio"),
    ambiguous_denominators=words("quarto terço"),
    not_denominators=words("segunda segundo segundos"),
    half_nouns=("metade",),
    one_words=("um", "uma"),
    fraction_of=("de", "da", "do", "dos", "das"),
    # "cinco milhões com três quartos", "3 euros com 99 cêntimos"
    mixed_and=("e", "com"),
    split_and=("com",),
    ratio_words=("em cada", "de cada", "em", "sobre"),
    # "dois onze avos": the word after a cardinal that makes it a denominator
    denominator_words=("avos",),
    ratio_loose=words("em"),
    # meaning around the numeral
    percent_words=("por cento", "pontos percentuais"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("pt"),
                    "euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "reais": "BRL",
                    "real": "BRL", "libras": "GBP", "francos suíços": "CHF", "dolar": "USD",
                    "dolares": "USD", "libra": "GBP", "francos": "CHF", "franco": "CHF", "ienes": "JPY",
                    "iene": "JPY", "yuan": "CNY", "yuans": "CNY", "rupias": "INR", "shekels": "ILS",
                    "riais": "SAR", "rublos": "RUB", "pesos": "MXN", "kwanzas": "AOA", "kwanza": "AOA",
                    "meticais": "MZN", "metical": "MZN", "escudos": "CVE"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("pt"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # and the pound's, as the press writes them ("470 pence")
    subunits=words("centavo centavos cêntimo cêntimos pence penny pêni"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words(
        "barris hectare hectares litro litros megawatts metro metros quilos quilómetros quilômetro "
        "quilômetros tonelada toneladas"
    ),
    time_words=words("ano anos dia dias década décadas hora horas meses mês semana semanas"),
    # qualifiers before a number
    qualifiers={
        "mais de": "more_than", "cerca de": "about", "quase": "about", "aproximadamente": "about",
        "por volta de": "about", "menos de": "less_than", "pelo menos": "at_least", "no mínimo": "at_least",
        "até": "at_most", "no máximo": "at_most",
    },
    range_open=("entre", "de"),
    range_and=("e",),
    range_to=("a",),
    month_links=("de",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "anexo artigo avenida capitulo capítulo diretiva fase linha lote n.º numero nº nível número "
        "pagina paragrafo parte parágrafo passo ponto praça página regra regulamento resolução ronda "
        "rua sala secção semana seção tomo título versão volume §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "a ao aos as até cada cento com como cujo da das de desde do dos e em entre era eram essa "
        "esse esta estas este estes está estão foi foram já mais mas menos muito na nas no nos nossa "
        "nosso não o onde os ou para pela pelas pelo pelos por quais qual quando que quem sem ser seu "
        "seus sobre sua suas são também tem todas todos têm um uma umas uns à às é"
    ),
    verb_endings=(
        "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "endo", "aram", "eram", "ar",
        "er", "ir", "rão", "riam",
    ),
    infinitive_endings=("er", "ir", "re", "ar"),
    capital_ends_noun=True,
    noun_max_words=2,
    noun_complements=("de", "do", "da"),
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a travessão too ("— Há famílias … — disse o autarca")
    dash_quotes=True,
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "acrescenta acrescentando acrescentou adianta adiantou afirma afirmando afirmou anuncia "
        "anunciou comenta comentou conclui concluiu declara declarou defende defendeu destaca "
        "destacando destacou disse diz dizendo dizia escreve escreveu escrevia explica explicando "
        "explicava explicou garantiu lembra lembrou observa observou refere referiu ressalta "
        "ressaltou salienta salientou sublinha sublinhou "
        "alerta alertou apela apelou assinala assinalou avalia avaliou conta contou frisa frisou "
        "pontua pontuou reforça reforçou relata relatou "
        "admite admitiu reconhece reconheceu sustenta sustentou insiste "
        "insistiu critica criticou avisa avisou responde respondeu resume resumiu aponta apontou "
        "confessa confessou desabafa desabafou reitera reiterou enfatiza enfatizou argumenta "
        "argumentou esclarece esclareceu questiona questionou promete prometeu adverte advertiu "
        "assegura assegurou"),
    # attribution phrases: common press-release usage
    according_to=words("conforme de_acordo_com segundo"),
    # grammar: subject pronouns
    pronouns=("ele", "ela", "eles", "elas"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:a\s+seguinte\s+declaração|o\s+seguinte\s+comunicado|a\s+seguinte\s+mensagem|uma\s+declaração)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("ainda aos_jornalistas então hoje ontem também à_imprensa"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # grammar: the infinitives' endings; a word whose base form ends so is a verb ("remercie" → "remercier")
    infinitive_endings=("ar", "er", "ir"),
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dr. dra. prof. profa. sr. sra."),
    # name particles: naming conventions of the language
    particles=words("da das de do dos"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "advogad capitão cofundad comissári conselheir deputad desenvolvedor doutorand enfermeir "
        "engenheir especialista fundador governador líder mantenedor pesquisad porta-voz presidenta "
        "programador responsável secretári tenente vereador"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "arquiteta arquiteto curador curadora estudante goleira goleiro jogador jogadora pescador "
        "pescadora selecionador selecionadora treinador treinadora voluntária voluntário "
        "assessor assessora autarca chefe consul coordenador coordenadora cônsul diretor diretora médica médico "
        "diretores embaixador embaixadora juiz juíza prefeita prefeito reitor reitora sócia sócio"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("ólogo óloga ólogos ólogas ologista ologistas"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex sub vice"),
    # military ranks: the armed forces' rank tables
    ranks=words("almirante capitão coronel general major sargento tenente"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("cap cel gen maj ten"),
    # academic titles used before a name: academic usage
    academic_titles=words("doutor doutora professor professora"),
    # qualifiers of a function: common press-release usage
    qualifiers=words("alta alto antiga antigo atual ex nova novo primeira primeiro"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("nossa nosso seu sua um uma"),
    # grammar: indefinite articles
    indefinite_articles=words("um uma"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "que_coordena que_dirige que_fundou que_lidera que_preside responsável_pela "
        "responsável_pelo responsável_por à_frente_da à_frente_de à_frente_do"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("deve era foi pode será serão são tem têm vai é"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("da das de do dos"),
    # grammar: prepositions and articles inside a title ("presidente da Câmara")
    title_joiners=words("da das de do dos e para"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("prólogo prólogos assessoria assessorias ministério ministérios"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"nif", r"nipc", r"cnpj", r"cpf"),
    # release labels: common press-release usage
    kicker_labels=(
        r"comunicado\ (?:de|[àa])\ imprensa",
        r"nota\ (?:de|[àa])\ imprensa",
        r"para\ divulga[çc][ãa]o\ imediata",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"sob\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"para\ (?:mais|maiores)\ informa[çc][õo]es",
        r"(?:mais\ )?informa[çc][õo]es\s*:",
        r"conta(?:c)?tos?\ (?:(?:de|para\ a|com\ a)\ imprensa|para\ (?:os\ )?media)",
        r"conta(?:c)?tos?\s*(?::|$|\n)",
        r"assessoria\ de\ (?:imprensa|comunica[çc][ãa]o)",
        r"gabinete\ de\ imprensa",
        r"rela[çc][õo]es\ com\ a\ imprensa",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"sobre\ (?:o\ |a\ |os\ |as\ )?\S",
        r"nota\ (?:aos|para\ os)\ (?:editores|jornalistas)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("actualizado atualizado data publicada publicado"),
    # grammar: prepositions and articles around dates
    date_fillers=words("de do em às"),
    # release numbering: common press-release usage
    number_words=words("n nº número º"),
    # grammar: the conjunction 'and'
    place_joiners=words("e"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("a as com da das de do dos e em na no o os para por um uma"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"conta(?:c)?tos?(?:\s+(?:de|para\s+a|com\s+a)\s+imprensa)?",
        r"assessoria\s+de\s+imprensa",
        r"para\s+(?:mais|maiores)\s+informa[çc][õo]es.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("celular tel telefone telemóvel"),
    fax_labels=words("fax"),
    email_labels=words("e-mail email"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("a ao aos as da das do dos na nas no nos o os pela pelo à às"),
    # grammar: coordinating conjunctions
    coordinations=words("e ou"),
    # grammar: definite articles
    definite_articles=words("a as o os"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words("agência consulado delegação direção embaixada gabinete ministério secretaria"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "academia associação centro comissão comité comitê conselho federação fundação instituto "
        "observatório sociedade universidade"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("à às ao aos contra da das de do dos para"),
    # grammar: definite articles after those prepositions
    org_articles=words("a as o os"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("e"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agência associação banco companhia empresa fabricante fundação grupo laboratório operadora "
        "organização partido sindicato"),
    # grammar: prepositions of place
    locatives=words("em na nas no nos"),
    # nouns of settlements and divisions: common usage
    place_nouns=words("aldeia bairro cidade cidades concelho distrito estado freguesia ilha localidade município região vila"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "baía bacia canal costa deserto estreito estuário floresta golfo lago lagoa mar monte "
        "montanha península planalto planície ria rio serra vale albufeira"),
    place_of=words("da das de do dos"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("nossa nossas nosso nossos seu seus sua suas"),
    name_after_head=True,
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agência aliança associação autoridade banco bombeiros coligação comissão conselho "
        "consulado câmara embaixada exército federação fundação governo grupo hospital "
        "instituto ministério museu organização parlamento partido polícia prefeitura rede "
        "secretaria sociedade teatro tribunal universidade união"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("a da das de do dos e o para por"),
)

PACK = Pack(code="pt", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
