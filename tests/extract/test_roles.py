"""The role written with a person's name, per language."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Span

from releasepipe.extract import entities, roles


def role_of(entities_in, lang: str, text: str, person: str) -> str | None:
    found = entities_in(lang, text)
    hits = [e for e in found if e.type == "person" and person in {e.name, *e.aliases}]
    assert hits, [(e.type, e.name) for e in found]
    return hits[0].role


ROLE_CASES = [
    # apposition after the name
    ("fr", "Aminata Diallo, cheffe de mission de l’OIM au Niger, a salué l’accord signé à Niamey.",
     "Aminata Diallo", "cheffe de mission de l’OIM au Niger"),
    ("fr", "« Nous resterons mobilisés », a déclaré Pierre Lambert, directeur régional de l’UNICEF pour l’Afrique "
           "de l’Ouest.", "Pierre Lambert", "directeur régional de l’UNICEF"),
    ("en", "Maria Gonzalez, the head of the Lima office, said the centre would open in May.",
     "Maria Gonzalez", "head of the Lima office"),
    ("en", "“We are ready,” said Peter Okafor, the country director of the agency in Nigeria.",
     "Peter Okafor", "country director"),
    ("es", "Carlos Ruiz, jefe de la misión en Ecuador, visitó el albergue de Huaquillas.",
     "Carlos Ruiz", "jefe de la misión en Ecuador"),
    # title before the name
    ("en", "“Returns must be voluntary and dignified,” said IOM Director General Amy Pope in Geneva.",
     "Amy Pope", "IOM Director General"),
    ("en", "Defense Secretary Lloyd Austin met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.",
     "Lloyd Austin", "Defense Secretary"),
    # apposition before the name
    ("es", "Según explicó la directora regional, Ana López, la ayuda llegará la próxima semana.",
     "Ana López", "directora regional"),
    ("fr", "Le coordinateur national du projet, Jean Moreau, présentera les résultats à Dakar.",
     "Jean Moreau", "coordinateur national du projet"),
    # an honorific between the apposition and the name
    ("fr", "Le ministre de la Santé, Dr Alioune Sarr, a visité le centre de Thiès.", "Alioune Sarr",
     "ministre de la Santé"),
    ("fr", "La directrice du programme, Mme Awa Diop, a visité le site de Kolda.", "Awa Diop",
     "directrice du programme"),
    ("en", "The Director-General of the agency, Sir Nicholas Watts, opened the office in Nairobi.", "Nicholas Watts",
     "Director-General of the agency"),
    ("es", "La ministra de Educación, Dra. Elena Ruiz, inauguró la escuela de Cusco.", "Elena Ruiz",
     "ministra de Educación"),
    # the verb after the name's comma is no apposition: the role is the one written before
    ("en", "The project's release manager, Dr. Tobias Renner, wrote in the advisory that keys must rotate.",
     "Tobias Renner", "release manager"),
    ("en", "The Minister for Development, Sarah Collins, announced the funding in London.",
     "Sarah Collins", "Minister for Development"),
    # a dash between the name and the role
    ("en", "The panel includes Laura Bianchi - Chief Technology Officer of the City of Turin.",
     "Laura Bianchi", "Chief Technology Officer"),
]


@pytest.mark.parametrize("lang, text, person, role", ROLE_CASES)
def test_roles_found_with_model(entities_in, lang, text, person, role):
    found = role_of(entities_in, lang, text, person)
    assert found is not None and role in found


@pytest.mark.parametrize("lang, text, person", [
    ("en", "Maria Gonzalez, who arrived in Lima last week, met the families.", "Maria Gonzalez"),
    ("fr", "Jean Moreau, Paul Martin et Claire Petit ont signé la lettre.", "Jean Moreau"),
])
def test_roles_not_invented(entities_in, lang, text, person):
    assert role_of(entities_in, lang, text, person) is None


def _doc_with_people(lang: str, text: str, people: list[str]):
    """A model-free doc whose people are marked by hand, as a recognizer would."""
    nlp = spacy.blank(lang)
    doc = nlp(text)
    spans = []
    for person in people:
        start = text.index(person)
        spans.append(doc.char_span(start, start + len(person), label="PER"))
    doc.ents = [s for s in spans if isinstance(s, Span)]
    return doc


@pytest.mark.parametrize("text, person, role", [
    ("„Wir sind zufrieden“, sagte Anna Schmidt, Leiterin des Berliner Büros.", "Anna Schmidt",
     "Leiterin des Berliner Büros"),
    ("FSFE-Präsident Jonas Weber stellte den Bericht in Berlin vor.", "Jonas Weber", "FSFE-Präsident"),
    ("Die Geschäftsführerin der Stiftung, Maria Keller, eröffnete die Konferenz.", "Maria Keller",
     "Geschäftsführerin der Stiftung"),
])
def test_roles_german_without_model(text, person, role):
    doc = _doc_with_people("de", text, [person])
    found = entities.extract([(doc, 0)], text=text, lang="de")
    people = [e for e in found if e.type == "person"]
    assert [e.name for e in people] == [person]
    assert people[0].role == role


@pytest.mark.parametrize("word, lang, expected", [
    ("directrice", "fr", True),
    ("Secretary", "en", True),
    ("directora", "es", True),
    ("Entwicklungsleiterin", "de", True),
    ("Deutschland-Koordinator", "de", True),
    ("head", "en", True),
    ("headquarters", "en", False),
    ("Engineering", "en", False),  # a function's stem and a gerund's ending: an activity
    ("engineer", "en", True),
    ("Ministry", "en", False),
    ("ministère", "fr", False),
    ("migrants", "fr", False),
])
def test_roles_role_words(word, lang, expected):
    assert roles.is_role_word(word, lang) is expected


@pytest.mark.parametrize("lang, text, person", [
    ("en", "The report was written by Laura Chen, ensuring that developers and users were heard.",
     "Laura Chen"),
    ("es", "El texto lo firmó Lucía Pérez, asegurando que los directores lo habían leído.", "Lucía Pérez"),
])
def test_roles_a_clause_after_the_name_is_no_role(entities_in, lang, text, person):
    assert role_of(entities_in, lang, text, person) is None


def test_roles_words_the_model_put_in_the_name_are_no_other_person():
    """The model marked "Nowego Targu Adam Wójcik" as one person; the name kept is "Adam Wójcik",
    and the place before it is the function's complement, not another person ending the title."""
    text = "Z decyzji cieszy się burmistrz Nowego Targu Adam Wójcik."
    doc = _doc_with_people("pl", text, ["Nowego Targu Adam Wójcik"])
    start = next(t.i for t in doc if t.text == "Adam")
    found = roles.find(doc, start, doc.ents[0].end, "pl")
    assert found is not None and text[found[0]:found[1]] == "burmistrz Nowego Targu"


def _role_found(lang: str, text: str, person: str, *, beside: Sequence[str] = ()) -> str | None:
    """The role ``roles.find`` gives the person marked by hand in a model-free doc, the names
    ``beside`` marked as people too (as a model would, rightly or not)."""
    doc = _doc_with_people(lang, text, [person, *beside])
    ent = next(e for e in doc.ents if e.text == person)
    found = roles.find(doc, ent.start, ent.end, lang)
    return text[found[0]:found[1]] if found else None


# (lang, text, person, the role as written)
ROLE_TABLE = [
    # fr
    ("fr", "Selon Claire Martin, porte-parole de la préfecture, les routes rouvriront lundi.", "Claire Martin",
     "porte-parole de la préfecture"),
    ("fr", "La vice-présidente de la région, Sophie Leroy, a inauguré le centre.", "Sophie Leroy",
     "vice-présidente de la région"),
    ("fr", "Paul Girard, dirigeant de la coopérative agricole, a signé la convention.", "Paul Girard",
     "dirigeant de la coopérative agricole"),
    ("fr", "« Tout est prêt », déclare Paul Girard, à la tête de l’équipe locale d’organisation.", "Paul Girard",
     "à la tête de l’équipe locale d’organisation"),
    ("es", "Lo explicó Ana Ruiz, al frente del equipo de rescate, en Quito.", "Ana Ruiz",
     "al frente del equipo de rescate"),
    ("en", "Mark Evans, in charge of the field office, opened the meeting.", "Mark Evans",
     "in charge of the field office"),
    ("en", "\"We are delighted,\" said Mark Evans, who leads the technology project. \"It works.\"", "Mark Evans",
     "who leads the technology project"),
    ("it", "Lo ha spiegato Marco Ferri, che dirige il centro di ricerca.", "Marco Ferri",
     "che dirige il centro di ricerca"),
    # en
    ("en", "Mark Evans, co-founder of the Harbour Trust, opened the meeting.", "Mark Evans",
     "co-founder of the Harbour Trust"),
    ("en", "The project was presented by co-founder Lisa Grant at the fair.", "Lisa Grant", "co-founder"),
    ("en", "The report was welcomed by senior policy adviser Tom Baker in Leeds.", "Tom Baker",
     "senior policy adviser"),
    ("en", "Gen. Robert Hale, commander of the northern task force, visited the base.", "Robert Hale",
     "commander of the northern task force"),
    ("en", "The commander of the northern task force, Lt. Gen. Robert Hale, visited the base.", "Robert Hale",
     "commander of the northern task force, Lt. Gen."),
    ("en", "Questions will be taken by Navy Capt. Dan Wells at the Pentagon.", "Dan Wells", "Navy Capt."),
    ("en", "Ruth Cole, executive director of the shelter said the beds were full.", "Ruth Cole",
     "executive director of the shelter"),
    ("en", "Col. John Thomas, Central Command spokesman will moderate the call.", "John Thomas",
     "Central Command spokesman"),
    ("en", "\"We are ready,\" said Maj. Gen. Gary Hale, commander, Combined Joint Forces Land Component Command. "
           "\"Force protection comes first.\"", "Gary Hale", "commander, Combined Joint Forces Land Component Command"),
    ("en", "\"Data is captured as never before,\" said Ana Ruiz, vice president, software standards, Acme Software "
           "Group.", "Ana Ruiz", "vice president, software standards, Acme Software Group"),
    ("en", "Ana Ruiz, director, welcomed the decision, Mark Evans said.", "Ana Ruiz", "director"),
    ("es", "Ana López, directora del centro ha explicado que la ayuda llegará.", "Ana López", "directora del centro"),
    ("de", "Petra Lang, Leiterin des Berliner Büros hat den Bericht vorgestellt.", "Petra Lang",
     "Leiterin des Berliner Büros"),
    # es
    ("es", "El vicepresidente de la empresa, Andrés Molina, presentó los resultados.", "Andrés Molina",
     "vicepresidente de la empresa"),
    ("es", "Marta Gil, cofundadora de la asociación, recordó los primeros años.", "Marta Gil",
     "cofundadora de la asociación"),
    ("es", "Luis Prieto, concejal de Urbanismo, anunció la obra.", "Luis Prieto", "concejal de Urbanismo"),
    # de
    ("de", "Vize-Präsident Jonas Weber eröffnete die Sitzung in Hamburg.", "Jonas Weber", "Vize-Präsident"),
    ("de", "Petra Lang, Referentin für Öffentlichkeitsarbeit, stellte den Bericht vor.", "Petra Lang",
     "Referentin für Öffentlichkeitsarbeit"),
    ("de", "Der Bericht wurde von Mitgründer Felix Brandt vorgestellt.", "Felix Brandt", "Mitgründer"),
    # it
    ("it", "Giulia Conti, direttrice dell’ufficio di Roma, ha presentato il rapporto.", "Giulia Conti",
     "direttrice dell’ufficio di Roma"),
    ("it", "Secondo Marco Ferri, portavoce della cooperativa, i lavori sono finiti.", "Marco Ferri",
     "portavoce della cooperativa"),
    ("it", "Il sindaco della città, Paolo Greco, ha inaugurato la scuola.", "Paolo Greco", "sindaco della città"),
    ("it", "Lo ha spiegato Anna Riva, l'avvocata che segue il caso.", "Anna Riva", "avvocata che segue il caso"),
    # pt
    ("pt", "Segundo Ana Costa, diretora do instituto, o programa começa em março.", "Ana Costa",
     "diretora do instituto"),
    ("pt", "O projeto é dedicado ao fundador da associação, João Lima, que morreu em 2015.", "João Lima",
     "fundador da associação"),
    ("pt", "Rui Matos, porta-voz da empresa, confirmou a venda.", "Rui Matos", "porta-voz da empresa"),
    # nl
    ("nl", "Volgens Sanne de Boer, woordvoerder van de gemeente, blijft de weg dicht.", "Sanne de Boer",
     "woordvoerder van de gemeente"),
    ("nl", "Dat meldt senior beleidsadviseur Pieter Smit van de stichting.", "Pieter Smit",
     "senior beleidsadviseur"),
    ("nl", "Burgemeester Eva Jansen opende het nieuwe zwembad.", "Eva Jansen", "Burgemeester"),
    # pl
    ("pl", "Jan Kowalski, prezes fundacji, przedstawił raport w Warszawie.", "Jan Kowalski", "prezes fundacji"),
    ("pl", "Jak powiedziała Anna Nowak, rzeczniczka ministerstwa, program ruszy w maju.", "Anna Nowak",
     "rzeczniczka ministerstwa"),
    ("pl", "Wiceprezes Piotr Zieliński otworzył spotkanie.", "Piotr Zieliński", "Wiceprezes"),
    # ru
    ("ru", "Иван Петров, директор института, представил доклад.", "Иван Петров", "директор института"),
    ("ru", "По словам Анны Смирновой, пресс-секретаря компании, сделка закрыта.", "Анны Смирновой",
     "пресс-секретаря компании"),
    ("ru", "Вице-президент Олег Соколов открыл конференцию.", "Олег Соколов", "Вице-президент"),
    # a function's complement in the genitive between the function and the name
    ("pl", "Jak ocenił minister gospodarki Piotr Zieliński, program ruszy w maju.", "Piotr Zieliński",
     "minister gospodarki"),
    ("pl", "Decyzję ogłosił rzecznik rządu Jan Kowalski w Warszawie.", "Jan Kowalski", "rzecznik rządu"),
    ("ru", "Об этом заявил министр иностранных дел Иван Петров в среду.", "Иван Петров",
     "министр иностранных дел"),
    ("cs", "Dohodu včera podepsal ministr zahraničí Jan Novák v Praze.", "Jan Novák", "ministr zahraničí"),
    # a longer complement: joined by "and", holding capitalised words, a body in quotation marks or
    # its abbreviation in brackets; adjectives before the function
    ("ru", "Как отметила министр образования и науки Томской области Ирина Белова, школы откроются.",
     "Ирина Белова", "министр образования и науки Томской области"),
    ("ru", "Об этом сообщил генеральный директор ООО «Северный ветер» Павел Орлов в четверг.", "Павел Орлов",
     "генеральный директор ООО «Северный ветер»"),
    ("ru", "Об этом рассказал заведующий кафедрой истории МГУ Олег Смирнов.", "Олег Смирнов",
     "заведующий кафедрой истории МГУ"),
    ("ru", "Решение объявил президент Сибирской федерации плавания (СФП) Денис Орлов.", "Денис Орлов",
     "президент Сибирской федерации плавания (СФП)"),
    ("ru", "Замеры провела старший научный сотрудник института Анна Козлова.", "Анна Козлова",
     "старший научный сотрудник института"),
    ("pl", "Umowę podpisał prezes spółki „Orlik Energia” Adam Wójcik w Krakowie.", "Adam Wójcik",
     "prezes spółki „Orlik Energia”"),
    # after "according to" a function and its complement are in that phrase's case; the phrase is no
    # part of the title
    ("ru", "По словам руководителя программы вакцинации Марии Орловой охват вырос.", "Марии Орловой",
     "руководителя программы вакцинации"),
    ("ru", "По словам руководителя программы вакцинации Мария Орлова, охват вырос.", "Мария Орлова",
     "руководителя программы вакцинации"),
    ("uk", "За словами директора департаменту освіти Олени Коваль, школи працюють.", "Олени Коваль",
     "директора департаменту освіти"),
    # a function in another case elsewhere, or in the plural, titles no name after it
    ("ru", "С министром здравоохранения встретился Иван Петров.", "Иван Петров", None),
    ("ru", "По словам экспертов рынка Иван Петров прав.", "Иван Петров", None),
    # a name in the nominative without a comma is the clause's subject: someone else
    ("uk", "За словами керівника програми вакцинації Наталія Гуменюк отримала нагороду.", "Наталія Гуменюк", None),
    # an adjective after the function, where the language writes it there
    ("fr", "Selon la directrice régionale Marie Dupont, la situation reste grave.", "Marie Dupont",
     "directrice régionale"),
    ("es", "Según el director ejecutivo Juan Pérez, la empresa crecerá.", "Juan Pérez", "director ejecutivo"),
    ("it", "Il direttore artistico Marco Rossi ha presentato la stagione.", "Marco Rossi", "direttore artistico"),
    ("pt", "O diretor executivo João Silva assinou o acordo.", "João Silva", "diretor executivo"),
    # an academic title before the name gives way to the function after it
    ("en", "Professor Ann Byrne, consultant surgeon at the hospital, led the team.", "Ann Byrne",
     "consultant surgeon at the hospital"),
    # functions of the law, health and schools
    ("en", "The plan was backed by Alan Reid, the county coroner, on Monday.", "Alan Reid", "county coroner"),
    ("en", "The pupils were praised by Jo Hart, the headteacher, at the ceremony.", "Jo Hart", "headteacher"),
    # a body's acronym in brackets inside the apposition goes on with it
    ("en", "said Amina Yusuf, country director of the World Food Programme (WFP) in Niger, on Tuesday.",
     "Amina Yusuf", "country director of the World Food Programme (WFP) in Niger"),
    ("pt", "explica Inês Mota, investigadora do Centro de Ciências do Mar (MARE) e primeira autora do artigo.",
     "Inês Mota", "investigadora do Centro de Ciências do Mar (MARE) e primeira autora do artigo"),
    ("en", "said Amina Yusuf, country director of the World Food Programme (WFP), on Tuesday.",
     "Amina Yusuf", "country director of the World Food Programme"),
    # a verb or a day word after the function is no adjective of it
    ("fr", "Le maire remercie Julien Roche pour son travail.", "Julien Roche", None),
    ("it", "Il sindaco ringrazia Giulia Bianchi per il lavoro.", "Giulia Bianchi", None),
    ("pt", "O treinador convocou Bruno Tavares para o jogo.", "Bruno Tavares", None),
    ("fr", "La directrice hier Marie Dupont a présenté le rapport.", "Marie Dupont", None),
    # not in a language that writes it before ("the director general" is written "director-general")
    ("en", "The report reached the director yesterday Anna Bell said.", "Anna Bell", None),
    # a preposition inside the complement; a function in another case after one in its base form
    ("ru", "Проректор университета по научной работе Илья Петров отметил рост числа грантов.", "Илья Петров",
     "Проректор университета по научной работе"),
    ("ru", "Заместитель министра образования и науки Ольга Белова посетила школу.", "Ольга Белова",
     "Заместитель министра образования и науки"),
    # a body's acronym in parentheses between the function and the name; not when the name has its
    # own function after it (the one before is someone else's)
    ("es", "Lo explicó el presidente de la Sociedad Española de Cardiología (SEC), Ramón Vidal, en Madrid.",
     "Ramón Vidal", "presidente de la Sociedad Española de Cardiología"),
    ("en", "In a letter to the chair of the Competition and Markets Authority (CMA), Jane Smith, director of "
     "the consumer group Which?, called for an inquiry.", "Jane Smith", "director of the consumer group Which"),
    # an academic title between the function and the name is no function of its own
    ("es", "Lo explicó el vicerrector de Investigación, doctor Ramon Vilalta, en Barcelona.", "Ramon Vilalta",
     "vicerrector de Investigación, doctor"),
    ("pt", "Afirma a coordenadora do estudo, a professora Helena Rocha, em Lisboa.", "Helena Rocha",
     "coordenadora do estudo, a professora"),
    # a preposition written onto the next word; an article before the honorific after an apposition
    ("it", "La delibera è stata approvata su proposta dell'assessore all'Ambiente Marco Rossi.", "Marco Rossi",
     "assessore all'Ambiente"),
    ("it", "Il direttore sanitario, il dottor Luca Bruni, ha aperto il reparto.", "Luca Bruni",
     "direttore sanitario"),
    ("it", "«Siamo pronti», spiega la presidente della cooperativa, dott.ssa Chiara Neri.", "Chiara Neri",
     "presidente della cooperativa"),
]


# an indefinite article and a noun after the name say what the person is, whatever the noun
DESCRIBED = [
    ("en", "'We need water,' said Peter Lual, a nurse with the health team at the centre.", "Peter Lual",
     "nurse with the health team at the centre"),
    ("fr", "Ana Lopes, une chorégraphe de Lyon, a présenté la pièce.", "Ana Lopes", "chorégraphe de Lyon"),
    ("es", "Lucía Gómez, una agricultora de la zona, dijo que la cosecha se perdió.", "Lucía Gómez",
     "agricultora de la zona"),
    ("nl", "Jan de Vries, een verpleegkundige uit Utrecht, zei dat de zorg onder druk staat.", "Jan de Vries",
     "verpleegkundige uit Utrecht"),
    ("pt", "Rui Santos, um pescador de Peniche, contou que o mar subiu.", "Rui Santos", "pescador de Peniche"),
    # an acronym opening the apposition is no stop word ("WHO")
    ("en", "said Dr Grace Achieng, WHO Representative in South Sudan.", "Grace Achieng",
     "WHO Representative in South Sudan"),
]

# a comma before another name or a clause ends the role
ENDS_AT_COMMA = [
    ("en", "Jane Okoro, director of the fund, and Paul Smith signed.", "Jane Okoro", "director of the fund"),
    ("en", "Jane Okoro, director of the fund, said it would grow and hire.", "Jane Okoro", "director of the fund"),
]


@pytest.mark.parametrize("lang, text, person, role", ROLE_TABLE + DESCRIBED + ENDS_AT_COMMA)
def test_roles_per_language(lang, text, person, role):
    assert _role_found(lang, text, person) == role


def _roles_joined(lang: str, text: str, people: list[str], which: int = 0) -> str:
    """Every part of the role ``roles.find_parts`` gives person ``which`` of ``people``, marked by
    hand in a model-free doc, joined as an entity's role is."""
    doc = _doc_with_people(lang, text, people)
    ent = doc.ents[which]
    return roles.join(text, roles.find_parts(doc, ent.start, ent.end, lang))


# a function before the name and one after it are both kept; a list inside a function stays in it; a
# field after the function, where a language would otherwise join them into one word; "in" inside a
# title written before the name; a capitalised common word opening the sentence is no part of a title
BOTH = [
    ("en", "Councillor Helen Fairbairn, executive member for infrastructure, said it.", "Helen Fairbairn",
     "Councillor, executive member for infrastructure"),
    ("es", "Lo explicó la directora del museo, Itzel Ramos, investigadora del Centro INAH Oaxaca.", "Itzel Ramos",
     "directora del museo, investigadora del Centro INAH Oaxaca"),
    ("en", "said Mireille Tonda, the agency's chief of water, sanitation and hygiene in South Sudan.",
     "Mireille Tonda", "agency's chief of water, sanitation and hygiene in South Sudan"),
    ("nl", "Volgens hoogleraar toxicologie Joost Hendriks zijn er nog vragen.", "Joost Hendriks",
     "hoogleraar toxicologie"),
    ("ru", "Об этом заявила представитель ЮНИСЕФ в Таджикистане Елена Ковальчук.", "Елена Ковальчук",
     "представитель ЮНИСЕФ в Таджикистане"),
    ("pl", "Spotkanie otworzył dyrektor szpitala w Gdańsku Jan Kowalski.", "Jan Kowalski", "dyrektor szpitala w Gdańsku"),
]


@pytest.mark.parametrize("lang, text, person, role", BOTH)
def test_roles_written_before_and_after_the_name_are_both_kept(lang, text, person, role):
    assert _roles_joined(lang, text, [person]) == role


@pytest.mark.parametrize("lang, text, person", [
    ("en", "The Col du Galibier was closed, Mark Evans said.", "Mark Evans"),
    # an indefinite article before a clause or a name, or a name no first name opens
    ("en", "The award went to Mark Evans, a Welshman, and to the team.", "Mark Evans"),
    ("es", "Firmaron Redes Avanzadas, un centro de investigación, y la universidad.", "Redes Avanzadas"),
    # an apposition that says what the event was, not what the person is
    ("en", "The line will open in May, said Daniel Okafor, a day after the council approved the plan.",
     "Daniel Okafor"),
    ("en", "The line will open in May, said Daniel Okafor, a decision welcomed by passenger groups.",
     "Daniel Okafor"),
    ("it", "Lo ha annunciato Marco Ferri, una scelta che premia il territorio.", "Marco Ferri"),
    ("it", "Lo ha detto Marco Ferri, arrivato ieri nel capoluogo.", "Marco Ferri"),
    ("pt", "A embaixada recebeu Ana Costa, que chegou de Lisboa.", "Ana Costa"),
    ("en", "The statement was read by Mark Evans, United States Embassy in Rome.", "Mark Evans"),
    ("en", "The minister said today Mark Evans would lead the talks.", "Mark Evans"),  # no genitive complements
    # a function in another case than its base form, or a verb after it: no title of the name
    ("pl", "Podczas spotkania z ministrem rozmawiał Jan Kowalski o budżecie.", "Jan Kowalski"),
    ("pl", "Zdaniem ekspertów rynku Jan Kowalski ma rację.", "Jan Kowalski"),
    ("pl", "Tak stwierdził minister powiedział Jan Kowalski.", "Jan Kowalski"),
    ("cs", "Schůzku s ministrem zahájil Jan Novák v Praze.", "Jan Novák"),
    ("ru", "Награду вручили директору завода Ивану Петрову в Омске.", "Ивану Петрову"),
    ("ru", "Он работал с директором областной больницы Иван Петров подтвердил это.", "Иван Петров"),
    # a clause before a comma, not an apposition: its copula says so
    ("pt", "Os distritos administrativos com mais casos são Itaquera, Guaianases e Sé.", "Guaianases"),
    ("en", "The administrators who will decide are Brenner, Anna Keller and the board.", "Anna Keller"),
])
def test_roles_per_language_not_invented(lang, text, person):
    assert _role_found(lang, text, person) is None


@pytest.mark.parametrize("lang, text, person, role", [
    # a capitalised word spelt like an auxiliary is a name's, not a clause's
    ("es", "El alcalde de Son Servera, Antoni Servera, inauguró la obra.", "Antoni Servera", "alcalde de Son Servera"),
    ("en", "The mayor of Cape May, Zachary Mullock, opened the pier.", "Zachary Mullock", "mayor of Cape May"),
])
def test_roles_a_name_spelt_like_an_auxiliary_keeps_the_role(lang, text, person, role):
    assert _role_found(lang, text, person) == role


@pytest.mark.parametrize("word, lang, expected", [
    ("porte-parole", "fr", True),
    ("vice-présidente", "fr", True),
    ("co-founder", "en", True),
    ("Vize-Präsident", "de", True),
    ("vicepresidente", "es", True),
    ("cofundadora", "es", True),
    ("direttore", "it", True),
    ("portavoce", "it", True),
    ("sindaco", "it", True),
    ("l'avvocato", "it", True),
    ("porta-voz", "pt", True),
    ("woordvoerder", "nl", True),
    ("Finanzchefin", "de", True),   # a short function word closing a compound
    # an occupation's ending, and words that end alike and name none
    ("neurologue", "fr", True),
    ("arqueóloga", "es", True),
    ("epidemiologist", "en", True),
    ("Kardiologin", "de", True),
    ("dialogue", "fr", False),
    ("prólogo", "es", False),
    ("katalog", "pl", False),
    # occupations of sport, care and teaching
    ("sélectionneur", "fr", True),
    ("entrenadora", "es", True),
    ("trenera", "pl", True),
    ("Studentenwerk", "de", False),
    ("Oberarzt", "de", True),
    ("Wasserstand", "de", False),
    ("samenwerking", "nl", False),
    ("beleidsadviseur", "nl", True),
    ("wiceprezes", "pl", True),
    ("rzecznika", "pl", True),
    ("председателя", "ru", True),
    ("Gen.", "en", True),
    ("capoluogo", "it", False),
    ("ambasciata", "it", False),
    ("embaixada", "pt", False),
    ("prefeitura", "pt", False),
    ("министерство", "ru", False),
    # Russian and Ukrainian: any noun the dictionary reads as one animate person (pymorphy3)
    ("тренер", "ru", True),
    ("музыковед", "ru", True),
    ("солистка", "ru", True),
    ("режисер", "uk", True),
    ("пятница", "ru", False),
    ("иван", "ru", False),     # a first name
    ("граждане", "ru", False),  # many people
    ("москва", "ru", False),
    ("consulate", "en", False),
    ("Dean", "en", False),
    ("ten", "en", False),
])
def test_roles_role_words_per_language(word, lang, expected):
    assert roles.is_role_word(word, lang) is expected


@pytest.mark.parametrize("word, expected", [
    ("Gen.", True), ("Lt.", True), ("colonel", True), ("generał", True), ("Col", False), ("commander", False),
    ("director", False),
])
def test_roles_ranks(word, expected):
    assert roles.is_rank(word) is expected


def test_roles_a_title_stops_at_another_person():
    text = "Secretary of State John Kerry and U.S. Secretary of Defense Ash Carter met in Paris."
    doc = _doc_with_people("en", text, ["John Kerry", "Ash Carter"])
    carter = doc.ents[1]
    found = roles.find(doc, carter.start, carter.end, "en")
    assert text[found[0]:found[1]] == "U.S. Secretary of Defense"


@pytest.mark.parametrize("lang, text, title_taken, person, role", [
    # the model took the title for a person and missed the name after it: the title goes on past it
    ("nl", "Staatssecretaris van Onderwijs en Wetenschap Rutger Kamp opent het lab.",
     "Staatssecretaris van Onderwijs", "Rutger Kamp", "Staatssecretaris van Onderwijs en Wetenschap"),
    ("pt", "A Ministra da Saúde e Ambiente Marta Leal visitou o hospital.",
     "Ministra da Saúde", "Marta Leal", "Ministra da Saúde e Ambiente"),
    ("it", "Il Ministro della Cultura e Turismo Paolo Renzi ha visitato il museo.",
     "Ministro della Cultura", "Paolo Renzi", "Ministro della Cultura e Turismo"),
])
def test_roles_a_title_the_model_took_for_a_person_goes_on(lang, text, title_taken, person, role):
    assert _role_found(lang, text, person, beside=[title_taken]) == role


@pytest.mark.parametrize("lang, text, people, person, role", [
    # a coordination between one person's name and another's function ends the title
    ("de", "Kanzler Merz und Präsident Emmanuel Macron haben das Abkommen unterzeichnet.",
     ["Kanzler Merz", "Emmanuel Macron"], "Emmanuel Macron", "Präsident"),
    ("nl", "Voorzitter Tjeerd de Groot en secretaris Evert Slootweg openden de vergadering.",
     ["Tjeerd de Groot", "Evert Slootweg"], "Evert Slootweg", "secretaris"),
    ("it", "Ministro Nordio e Sottosegretario Andrea Delmastro hanno visitato il carcere.",
     ["Ministro Nordio", "Andrea Delmastro"], "Andrea Delmastro", "Sottosegretario"),
    ("fr", "Le ministre Barrot et la commissaire européenne Hadja Lahbib sont arrivés.",
     ["ministre Barrot", "Hadja Lahbib"], "Hadja Lahbib", "commissaire européenne"),
    # two functions of one person go on
    ("pt", "O Presidente e CEO da EDP Miguel Stilwell falou aos acionistas.", ["Miguel Stilwell"],
     "Miguel Stilwell", "Presidente e CEO da EDP"),
    # a German adverb is no Dutch function ("leider")
    ("de", "Verhindert war leider Oberbürgermeister Dieter Reiter.", ["Dieter Reiter"], "Dieter Reiter",
     "Oberbürgermeister"),
])
def test_roles_a_title_ends_at_another_persons_name(lang, text, people, person, role):
    assert _role_found(lang, text, person, beside=[p for p in people if p != person]) == role


@pytest.mark.parametrize("lang, text, person, role", [
    # an academic title (and its body's acronym) in apposition first, the function after it
    ("pl", "– To rozsądna strategia – wyjaśnia dr hab. Anna Lis, prof. UJ, kierowniczka zespołu.",
     "Anna Lis", "kierowniczka zespołu"),
    ("pl", "– Wyniki są jasne – mówi Jan Nowak, prof., dyrektor Instytutu Botaniki.", "Jan Nowak",
     "dyrektor Instytutu Botaniki"),
])
def test_roles_a_function_after_an_academic_title_in_apposition(lang, text, person, role):
    assert _role_found(lang, text, person) == role


@pytest.mark.parametrize("lang, text, person, role", [
    # an acronym's full stop ends the sentence, not an abbreviated title
    ("en", "“We are ready,” said Tom Hale, head of PR. The company expects two million visitors.", "Tom Hale",
     "head of PR"),
    # a rank with no function after it stays the role
    ("en", "Maria Gonzales, Colonel, U.S. Army, opened the base on Monday.", "Maria Gonzales", "Colonel, U.S. Army"),
])
def test_roles_an_apposition_ends_where_it_did(lang, text, person, role):
    assert _role_found(lang, text, person) == role


def test_roles_a_person_before_a_title_still_ends_it():
    # "Kerry" is a first name: the model's person is one, not a title
    text = "Secretary of State Kerry and Defense Secretary Ash Carter met in Paris."
    assert _role_found("en", text, "Ash Carter", beside=["Secretary of State Kerry"]) == "Defense Secretary"


def test_roles_rank_and_function_apart_are_both_kept():
    text = "Maj. Gen. Gary Hale, commander of the land forces, visited the base."
    doc = _doc_with_people("en", text, ["Gary Hale"])
    ent = doc.ents[0]
    parts = roles.find_parts(doc, ent.start, ent.end, "en")
    assert roles.join(text, parts) == "commander of the land forces, Maj. Gen."


def test_roles_a_function_taken_for_a_person_is_still_the_role():
    text = "\"Het werkt,\" zegt Pieter Smit, Digitaal Duurzaamheidexpert voor de stichting."
    doc = _doc_with_people("nl", text, ["Pieter Smit", "Digitaal Duurzaamheidexpert"])
    smit = doc.ents[0]
    found = roles.find(doc, smit.start, smit.end, "nl")
    assert text[found[0]:found[1]] == "Digitaal Duurzaamheidexpert voor de stichting"


LANGS = ("fr", "en", "es", "de", "it", "pt", "nl", "pl", "ru", "uk")


@pytest.mark.parametrize("field", ["role_stems", "role_words", "role_prefixes", "ranks", "rank_abbreviations",
                                   "qualifiers", "openers", "auxiliaries", "head_phrases"])
def test_roles_words_cover_every_language(field):
    """The words roles reads are in every language's pack (they moved from tables of this module)."""
    from releasepipe import lang

    assert [code for code in LANGS if not getattr(lang.get(code).people, field)] == []


def test_roles_articles_cover_every_language():
    from releasepipe import lang

    assert all(lang.get(code).entities.articles or lang.get(code).entities.articleless for code in LANGS)


def test_roles_the_function_of_the_name_before_is_not_this_ones():
    text = "Experts include Cedric Thomas – CEO of OW2, Matthias Stürmer – head of the research centre."
    assert _roles_joined("en", text, ["Cedric Thomas", "Matthias Stürmer"], which=1) == "head of the research centre"
