"""Regenerate the binary and non-UTF-8 sample releases in ``samples/``.

Run from the repository root::

    python scripts/make_samples.py

It needs python-docx (a runtime dependency of releasepipe) and reportlab
(part of the ``test`` extra: ``pip install -e '.[test]'``).

The script writes, from text held below:

* ``.docx`` files (python-docx), with fixed core properties and zip entry dates;
* ``.pdf`` files (reportlab, invariant mode, creation date from
  ``SOURCE_DATE_EPOCH``), including one paragraph drawn line by line with
  words hyphenated at line ends;
* ``.eml`` files (standard library ``email``), with fixed ``Date``,
  ``Message-ID`` and MIME boundaries;
* the text files that are not plain UTF-8: one windows-1252 HTML page, one
  windows-1252 text file with CRLF line endings and one UTF-8 file with a
  byte order mark.

Output is byte-for-byte reproducible: running the script twice gives the same
files. The plain UTF-8 ``.txt``, ``.md`` and ``.html`` samples are ordinary
files and are not touched. All texts are fictional.

In the text below, ``~`` stands for a NO-BREAK SPACE (U+00A0) and ``^`` for a
NARROW NO-BREAK SPACE (U+202F); ``_t`` replaces them.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import html
import io
import os
import zipfile
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"


def _t(text: str) -> str:
    """Turn the ``~`` and ``^`` markers into no-break spaces."""
    return text.replace("~", NBSP).replace("^", NNBSP)


def _write(rel: str, data: bytes) -> None:
    path = SAMPLES / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {rel} ({len(data)} bytes)")


# ---------------------------------------------------------------------------
# Encodings: windows-1252 HTML, windows-1252 text with CRLF, UTF-8 with BOM
# ---------------------------------------------------------------------------

GENEVE_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="windows-1252">
<title>La FICR lance un appel d&rsquo;urgence de 18 millions de francs suisses pour le Sahel central | FICR</title>
<meta name="date" content="2024-01-30">
<meta name="description" content="Appel d&rsquo;urgence pour le Burkina Faso, le Mali et le Niger.">
<style>
  body { font-family: Georgia, serif; margin: 0; background: #fff; }
  header { background: #ed1b2e; color: #fff; padding: 1rem 2rem; }
  nav ul { list-style: none; margin: 0; padding: 0.5rem 2rem; background: #f4f4f4; }
  nav li { display: inline-block; margin-right: 1rem; }
  article { max-width: 42rem; margin: 2rem auto; }
  .kicker { color: #ed1b2e; font-weight: bold; }
  footer { border-top: 1px solid #ccc; padding: 1rem 2rem; font-size: 0.8rem; }
</style>
<script type="text/javascript">
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
</script>
</head>
<body>
<header>
  <a href="/fr/" class="logo">FICR &ndash; F&eacute;d&eacute;ration internationale des Soci&eacute;t&eacute;s de la Croix-Rouge et du Croissant-Rouge</a>
</header>
<nav>
  <ul>
    <li><a href="/fr/qui-sommes-nous">Qui sommes-nous</a></li>
    <li><a href="/fr/notre-action">Notre action</a></li>
    <li><a href="/fr/urgences">Urgences</a></li>
    <li><a href="/fr/medias">Espace m&eacute;dias</a></li>
    <li><a href="/fr/faire-un-don">Faire un don</a></li>
  </ul>
</nav>
<main>
<article>
  <p class="kicker">Communiqué de presse</p>
  <h1>La FICR lance un appel d&rsquo;urgence de 18 millions de francs suisses pour le Sahel central</h1>
  <p>GENÈVE, 30 janvier 2024 &ndash; La Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge (FICR) a lancé aujourd’hui un appel d’urgence de 18 millions de francs suisses afin de soutenir pendant dix-huit mois les Sociétés nationales du Burkina Faso, du Mali et du Niger, qui viennent en aide à 450&nbsp;000 personnes touch&eacute;es par l’insécurité alimentaire, les déplacements et les épidémies.</p>
  <p>Dans le Sahel central, plus de 2,4 millions de personnes ont été contraintes de quitter leur foyer en raison des violences. Les prix des céréales ont augmenté de près de 35~% en un an sur certains marchés, et la saison sèche qui s&rsquo;ouvre fait craindre une nouvelle flambée des cas de rougeole et de méningite.</p>
  <p>«~Nos volontaires sont souvent les seuls acteurs humanitaires encore présents dans les localités sous blocus. Ils vivent dans ces communautés, ils en connaissent chaque famille~», a déclaré Hélène Vasseur-Koné, directrice régionale de la FICR pour l’Afrique. «~Mais leur engagement ne remplace pas des moyens~: sans financement, les stocks de semences et de médicaments seront épuisés avant le mois de mai~», a-t-elle poursuivi.</p>
  <p>L’appel permettra notamment~:</p>
  <ul>
    <li>de verser des transferts monétaires à 38&nbsp;000 ménages~;</li>
    <li>de soutenir 120 centres de santé communautaires et des cliniques mobiles~;</li>
    <li>de réhabiliter 85 points d&rsquo;eau et de former 2&nbsp;000 volontaires supplémentaires aux premiers secours.</li>
  </ul>
  <p>Du 8 au 19 janvier, la Croix-Rouge burkinabè a déjà distribué des kits d’abri et de cuisine à 4&nbsp;200 familles déplacées à Djibo et à Kaya. «~Certaines familles ont marché trois jours avec leurs enfants sur le dos~», a témoigné Issouf Sawadogo, coordonnateur des opérations d’urgence de la Croix-Rouge burkinabè, joint lundi dernier par téléphone.</p>
  <p>La FICR a par ailleurs débloqué 750&nbsp;000 francs suisses de son Fonds d&rsquo;urgence pour les secours en cas de catastrophe (DREF) afin de lancer les premières activités en attendant les contributions des donateurs.</p>
  <h2>Contacts presse</h2>
  <p>À Genève~: Laure Chatelain, chargée de communication, Tél.~: +41 22 730 49 18, courriel~: <a href="mailto:laure.chatelain@ifrc.org">laure.chatelain@ifrc.org</a></p>
  <p>À Dakar~: Babacar Faye, responsable de la communication pour le Sahel, Tél.~: +221 77 332 58 41, courriel~: <a href="mailto:babacar.faye@ifrc.org">babacar.faye@ifrc.org</a></p>
  <h2>À propos de la FICR</h2>
  <p>La FICR est le plus vaste réseau humanitaire au monde. Elle rassemble 191 Sociétés nationales de la Croix-Rouge et du Croissant-Rouge, qui agissent avant, pendant et après les catastrophes et les urgences sanitaires pour répondre aux besoins des personnes vulnérables.</p>
  <p>- FIN -</p>
</article>
</main>
<footer>
  <a href="/fr/mentions-legales">Mentions l&eacute;gales</a> |
  <a href="/fr/confidentialite">Confidentialit&eacute;</a> |
  <a href="/fr/contact">Nous contacter</a> |
  <a href="/fr/medias/communiques">Tous les communiqu&eacute;s</a>
  <p>&copy; 2024 FICR, Genève</p>
</footer>
</body>
</html>
"""

QUITO_TXT = """Comunicado de prensa
Alcaldía Metropolitana de Quito

Quito abre un nuevo centro de orientación para personas refugiadas y migrantes en el sur de la ciudad

QUITO, 14 de agosto de 2024 – El Municipio del Distrito Metropolitano de Quito y la Agencia de la ONU para los Refugiados (ACNUR) inauguraron este miércoles el Centro de Orientación e Integración «Casa Abierta» en el barrio de Chillogallo, en el sur de la capital, donde reside buena parte de la población refugiada y migrante de la ciudad.

El centro ofrecerá asesoría legal gratuita, orientación sobre los procesos de regularización, apoyo psicosocial y derivación a los servicios municipales de salud, educación y empleo. Se prevé atender a unas 9.000 personas durante el primer año, tanto extranjeras como ecuatorianas en situación de vulnerabilidad.

«Quito siempre ha sido una ciudad de acogida. Con este centro queremos que cada persona que llega sepa a dónde acudir desde el primer día, y que los vecinos del sur vean que la inversión también es para ellos», afirmó María Fernanda Salgado, secretaria de Inclusión Social del Municipio. «No se trata de crear servicios paralelos, sino de abrir las puertas de los que ya existen», añadió.

Ecuador acoge a cerca de 440.000 personas venezolanas, además de más de 75.000 refugiados reconocidos, en su mayoría colombianos. Según el último diagnóstico municipal, el 42~% de las personas migrantes en Quito trabaja sin contrato y más de la mitad destina más de un tercio de sus ingresos al alquiler.

“Las ciudades son hoy la primera línea de la respuesta. Lo que Quito inaugura aquí es un modelo que otros municipios de la región ya nos piden conocer”, sostuvo Tomás Echeverría Lund, representante del ACNUR en Ecuador.

La inversión total asciende a 1,2 millones de dólares, de los cuales el ACNUR aporta 780.000 dólares para los dos primeros años, mientras que el Municipio cede el inmueble y el personal de atención. El centro abrirá al público el lunes 19 de agosto, de lunes a viernes de 8:00 a 17:00, y los sábados por la mañana.

Del 26 al 30 de agosto, equipos móviles del centro recorrerán además los mercados de Chiriyacu y La Ecuatoriana para informar sobre los servicios disponibles.

Contacto de prensa:
Gabriela Andrade, Dirección de Comunicación, Municipio de Quito, teléfono: +593 2 298 4610 ext. 1415, correo: gabriela.andrade@quito.gob.ec
Santiago Mera, asociado de comunicación, ACNUR Ecuador, teléfono: +593 99 812 4470, correo: meras@unhcr.org

Acerca del ACNUR
La Agencia de la ONU para los Refugiados protege a las personas obligadas a huir de la violencia, los conflictos y la persecución. En Ecuador trabaja junto a las autoridades nacionales y locales para que las personas refugiadas puedan rehacer su vida e integrarse en las comunidades que las acogen.

###
"""

BERLIN_TXT = """Pressemitteilung
Resettlement

UNHCR begrüßt Aufnahme von 1.500 besonders schutzbedürftigen Flüchtlingen über Resettlement

Berlin, 3. Juni 2024 – Das UN-Flüchtlingshilfswerk (UNHCR) begrüßt die Zusage der Bundesregierung, im laufenden Jahr 1.500 besonders schutzbedürftige Flüchtlinge über das Resettlement-Programm in Deutschland aufzunehmen. Die ersten 180 Menschen, überwiegend syrische und sudanesische Familien aus Jordanien, dem Libanon und Ägypten, sollen bereits vom 10. bis 12. Juni im Grenzdurchgangslager Friedland eintreffen.

„Resettlement ist für viele Menschen die einzige sichere und legale Möglichkeit, ein neues Leben zu beginnen“, sagte Katharina Wendt, Leiterin des Berliner Büros des UNHCR. „Es geht um Kinder mit schweren Erkrankungen, um Überlebende von Folter und um alleinstehende Frauen, die im Erstaufnahmeland keine Perspektive haben“, fügte sie hinzu.

Weltweit benötigen nach Berechnungen von UNHCR im Jahr 2024 rund 2,4 Millionen Flüchtlinge einen Resettlement-Platz, etwa 20~% mehr als im Vorjahr. Tatsächlich zur Verfügung standen 2023 jedoch nur knapp 160.000 Plätze. Deutschland gehört seit Jahren zu den fünf größten Aufnahmeländern.

Die Ankommenden verbringen zunächst zwei Wochen in Friedland, wo sie einen ersten Orientierungskurs besuchen, und werden anschließend nach einem festen Schlüssel auf die Bundesländer verteilt. Berlin nimmt in diesem Jahr 75 Personen auf. Bis Ende November sollen alle 1.500 Menschen in Deutschland angekommen sein.

„Die Kommunen haben in den vergangenen Jahren gezeigt, dass Aufnahme gelingt, wenn sie gut vorbereitet ist“, erklärte Jonas Ebeling, Leiter der Flüchtlingsberatung beim Caritasverband für das Erzbistum Berlin. Am vergangenen Donnerstag hatten Vertreterinnen und Vertreter von Bund, Ländern und Wohlfahrtsverbänden die Abläufe für die Aufnahme abgestimmt.

UNHCR ruft die Bundesregierung zugleich dazu auf, das Programm für 2025 frühzeitig zu verlängern und auf mindestens 2.000 Plätze aufzustocken. Für Vorbereitung, Gesundheitsuntersuchungen und Reisen stellt der Bund in diesem Jahr rund 4,5 Millionen Euro bereit.

Pressekontakt:
Katrin Albers, Pressesprecherin, UNHCR Berlin, Tel.: +49 30 2887 4210, E-Mail: albersk@unhcr.org
Daniel Reuter, Kommunikation, Tel.: +49 30 2887 4237, Mobil: +49 160 982 4415, E-Mail: reuterd@unhcr.org

Über UNHCR
Das UN-Flüchtlingshilfswerk (UNHCR) wurde 1950 gegründet und setzt sich weltweit für den Schutz von Menschen ein, die vor Krieg, Konflikten und Verfolgung fliehen. Die Vertretung in Berlin arbeitet mit Bund, Ländern und Zivilgesellschaft zusammen.

– Ende –
"""


def make_encoded_texts() -> None:
    _write("fr/geneve-appel-sahel.html", _t(GENEVE_HTML).encode("cp1252"))
    # windows-1252 and CRLF line endings, as saved by an older Windows editor
    _write("es/quito-centro-orientacion.txt",
           _t(QUITO_TXT).replace("\n", "\r\n").encode("cp1252"))
    _write("de/berlin-resettlement.txt", _t(BERLIN_TXT).encode("utf-8-sig"))


# ---------------------------------------------------------------------------
# Word documents
# ---------------------------------------------------------------------------

NDJAMENA_DOCX = {
    "path": "fr/ndjamena-refugies-soudanais.docx",
    "language": "fr-FR",
    "author": "HCR Tchad – Unité de communication",
    "created": dt.datetime(2024, 6, 20, 8, 45, tzinfo=dt.timezone.utc),
    "kicker": ["COMMUNIQUÉ DE PRESSE", "Urgence Soudan"],
    "title": "Le HCR alerte sur la saturation des camps de l’est du Tchad face à l’afflux de réfugiés soudanais",
    "body": [
        "N’Djamena, 20 juin 2024 – Le Haut Commissariat des Nations Unies pour les réfugiés (HCR) alerte sur la saturation des camps de l’est du Tchad, où plus de 124^300 nouveaux réfugiés soudanais sont arrivés depuis le 1er janvier. Avec celles et ceux qui avaient fui depuis le début de la guerre au Soudan en avril 2023, le Tchad accueille désormais plus de 600^000 réfugiés soudanais, le plus grand afflux de son histoire.",
        "Les nouveaux arrivants sont en très grande majorité des femmes et des enfants. Près de 25~% des enfants de moins de cinq ans dépistés à leur arrivée à Adré souffrent de malnutrition aiguë. Les sites de transit à la frontière, conçus pour des séjours de quelques jours, hébergent certaines familles depuis plusieurs mois.",
        "«~Les gens arrivent sans rien, après avoir tout perdu, et souvent après avoir vu des proches tués sous leurs yeux~», a déclaré Laurent Kaboré, représentant du HCR au Tchad, de retour d’une mission à Adré et à Farchana. «~Nous transférons chaque semaine des milliers de personnes vers de nouveaux camps, mais la saison des pluies commence dans quelques jours et certaines routes seront bientôt impraticables~», a-t-il ajouté.",
        "Répartition des nouvelles arrivées par province, du 1er janvier au 15 juin 2024~:",
    ],
    "table": [
        ["Province", "Nouveaux réfugiés", "Dont enfants", "Camps et sites"],
        ["Ouaddaï", "68^400", "41^100", "6"],
        ["Wadi Fira", "31^250", "18^900", "4"],
        ["Sila", "14^900", "8^600", "2"],
        ["Ennedi-Est", "9^750", "5^800", "2"],
        ["Total", "124^300", "74^400", "14"],
    ],
    "after_table": [
        "Mardi dernier, le gouvernement tchadien a attribué 1^200 hectares de terres supplémentaires pour l’ouverture de deux nouveaux camps dans le Ouaddaï. «~Le Tchad garde ses frontières ouvertes, mais la solidarité internationale doit être à la hauteur de notre hospitalité~», a affirmé Mariam Abakar Haggar, coordonnatrice nationale de la Commission nationale d’accueil, de réinsertion des réfugiés et des rapatriés (CNARR).",
        "Le plan de réponse pour les réfugiés au Tchad, qui s’élève à 630,5 millions de dollars pour 2024, n’est financé qu’à hauteur de 18~%. Le HCR a besoin en urgence de 95 millions de dollars pour construire des abris, forer des puits et acheminer des vivres avant la saison des pluies, qui s’étend généralement de juin à septembre.",
        "Une mission conjointe du HCR et du Programme alimentaire mondial (PAM) se rendra du 24 au 27 juin dans les camps de Metché et d’Arkoum afin d’évaluer les besoins en eau et en nutrition.",
    ],
    "contact_heading": "Pour plus d’informations, veuillez contacter~:",
    "contacts": [
        "À N’Djamena~: Christelle Ngarmbaye, chargée de communication, Tél.~: +235 66 29 41 73, courriel~: ngarmbay@unhcr.org",
        "À Genève~: Olivier Marchetti, porte-parole, Tél.~: +41 79 217 30 58, courriel~: marchett@unhcr.org",
    ],
    "about_heading": "À propos du HCR",
    "about": "Le HCR, l’Agence des Nations Unies pour les réfugiés, protège les personnes forcées de fuir les conflits et les persécutions et les aide à reconstruire leur vie. Au Tchad, il appuie le gouvernement dans l’accueil de plus d’un million de réfugiés et de rapatriés.",
    "end": "###",
}

AMMAN_DOCX = {
    "path": "en/amman-winter-cash.docx",
    "language": "en-GB",
    "author": "DRC Jordan Communications",
    "created": dt.datetime(2024, 11, 14, 7, 30, tzinfo=dt.timezone.utc),
    "kicker": ["PRESS RELEASE", "Middle East"],
    "title": "New EU-funded programme to help 42,000 vulnerable families in Jordan through the winter",
    "body": [
        "AMMAN, Jordan, 14 November 2024 – The Danish Refugee Council (DRC) today launched a EUR 14 million cash assistance programme, funded by the European Union, that will help 42,000 vulnerable Syrian refugee and Jordanian households pay for heating, rent and basic needs during the coldest months of the year.",
        "Selected families will receive JOD 75 per month for three months, from December 2024 to February 2025, transferred to mobile wallets that can be cashed at exchange shops or used directly in supermarkets. Around 60 per cent of the selected households are headed by women or include a person with a disability.",
        "“Winter is when poverty becomes visible: families burn whatever they can find to stay warm, children drop out of school to work, and debts pile up,” said Sofie Lindqvist, Regional Director of the Danish Refugee Council for the Middle East. “Cash lets families decide for themselves what they need most. It is fast, it is dignified and it supports local shops,” she said.",
        "Households to be assisted, by governorate:",
    ],
    "table": [
        ["Governorate", "Households", "Transfers over three months (JOD)"],
        ["Amman", "15,200", "3,420,000"],
        ["Irbid", "9,800", "2,205,000"],
        ["Mafraq", "8,400", "1,890,000"],
        ["Zarqa", "6,100", "1,372,500"],
        ["Other governorates", "2,500", "562,500"],
        ["Total", "42,000", "9,450,000"],
    ],
    "after_table": [
        "Jordan hosts more than 1.3 million Syrians according to government estimates, around 620,000 of them registered as refugees. A household survey carried out by DRC in September found that nearly nine in ten refugee families living outside camps were in debt, owing an average of JOD 1,100.",
        "“Host communities in Mafraq and Irbid are under the same pressure as refugees, with rising prices and fewer jobs,” said Dr Laila Khoury, Director of Social Protection Programmes at the Ministry of Social Development. “Including vulnerable Jordanian families was essential to us.”",
        "Registration and verification visits took place from 20 October to 7 November, and families were notified by text message last week. The first transfers will be made on 1 December.",
    ],
    "contact_heading": "For more information, please contact:",
    "contacts": [
        "Hana Saleh, Communications Manager, DRC Jordan, Tel: +962 79 551 3842, Email: hana.saleh@drc.ngo",
        "Mikkel Sørensen, Press Officer, DRC Copenhagen, Tel: +45 33 73 50 19, Email: mikkel.sorensen@drc.ngo",
    ],
    "about_heading": "About the Danish Refugee Council",
    "about": "Founded in 1956, the Danish Refugee Council is an international humanitarian and development organization that supports refugees, displaced people and host communities in around 40 countries. DRC has worked in Jordan since 2013.",
    "end": "###",
}


def _fixed_zip(data: bytes, when: dt.datetime) -> bytes:
    """Rewrite a zip archive with a fixed date on every entry."""
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def make_docx(spec: dict) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    for line in spec["kicker"]:
        para = doc.add_paragraph()
        run = para.add_run(_t(line))
        run.bold = True
        run.font.size = Pt(10)
    doc.add_paragraph(_t(spec["title"]), style="Title")
    for text in spec["body"]:
        doc.add_paragraph(_t(text))
    rows = spec["table"]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = _t(value)
            if r == 0 or r == len(rows) - 1:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    for text in spec["after_table"]:
        doc.add_paragraph(_t(text))
    doc.add_paragraph().add_run(_t(spec["contact_heading"])).bold = True
    for text in spec["contacts"]:
        doc.add_paragraph(_t(text))
    doc.add_paragraph(_t(spec["about_heading"]), style="Heading 2")
    doc.add_paragraph(_t(spec["about"]))
    doc.add_paragraph(spec["end"])

    props = doc.core_properties
    props.title = _t(spec["title"])
    props.author = spec["author"]
    props.last_modified_by = spec["author"]
    props.created = spec["created"].replace(tzinfo=None)
    props.modified = spec["created"].replace(tzinfo=None)
    props.revision = 1
    props.language = spec["language"]
    props.subject = ""
    props.keywords = ""
    props.comments = ""

    buf = io.BytesIO()
    doc.save(buf)
    _write(spec["path"], _fixed_zip(buf.getvalue(), spec["created"]))


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

OUAGA_PDF = {
    "path": "fr/ouagadougou-sante-mentale.pdf",
    "author": "UNICEF Burkina Faso",
    "created": dt.datetime(2024, 5, 10, 9, 0, tzinfo=dt.timezone.utc),
    "footer": "UNICEF Burkina Faso – Communiqué du 10 mai 2024 – page {page}",
    "kicker": ["Communiqué de presse", "Burkina Faso"],
    "title": "Un programme de soutien psychosocial pour 60 000 enfants déplacés au Burkina Faso",
    "body": [
        ("p", "OUAGADOUGOU, 10 mai 2024 – Le ministère de la Santé et de l’Hygiène publique et le Fonds des Nations Unies pour l’enfance (UNICEF) ont lancé hier un programme national de soutien psychosocial destiné à 60~000 enfants et adolescents déplacés dans les régions du Centre-Nord, du Sahel et de l’Est."),
        ("p", "Le Burkina Faso compte plus de 2 millions de personnes déplacées internes, dont près de 60~% d’enfants. Selon une enquête menée en 2023 dans 14 sites d’accueil, plus d’un enfant sur quatre présente des signes de détresse psychologique sévère~: troubles du sommeil, cauchemars, repli sur soi ou agressivité."),
        ("p", "«~Un enfant qui a vu son village attaqué ne peut ni apprendre ni même jouer tant qu’on ne l’a pas aidé à mettre des mots sur ce qu’il a vécu~», a expliqué la Dre Salimata Ouédraogo, directrice de la santé mentale au ministère de la Santé et de l’Hygiène publique. «~Ce programme forme des personnes de confiance au plus près des familles~: enseignants, animateurs, agents de santé communautaires~», a-t-elle précisé."),
        ("lines", "Doté de 4,2 millions d’euros sur deux ans, le programme s’inscrit dans le plan de réponse humani\u00adtaire 2024. Il prévoit la formation de 1~800 agents commu\u00adnautaires, l’ouverture de 120 espaces amis des enfants et l’orientation des cas les plus graves vers les services spécia\u00adlisés des centres hospitaliers régionaux de Kaya, Dori et Fada N’Gourma."),
        ("p", "«~Investir dans la santé mentale des enfants, c’est investir dans la paix de demain~», a déclaré Jean-Baptiste Mwangaza, représentant de l’UNICEF au Burkina Faso, lors de la cérémonie de lancement à Kaya."),
        ("p", "Les premières sessions de formation se tiendront du 20 au 31 mai dans les trois chefs-lieux de région. Le programme est financé par l’Union européenne et par la coopération suédoise."),
        ("h", "Pour plus d’informations, veuillez contacter~:"),
        ("p", "Adjaratou Zongo, chargée de communication, UNICEF Burkina Faso, Tél.~: +226 70 23 45 67, courriel~: azongo@unicef.org"),
        ("p", "Paul Sanou, Direction de la communication et de la presse ministérielle, Tél.~: +226 25 30 61 84, courriel~: paul.sanou@sante.gov.bf"),
        ("h", "À propos de l’UNICEF"),
        ("p", "L’UNICEF défend les droits de chaque enfant dans plus de 190 pays et territoires. Au Burkina Faso, il soutient les services de santé, de nutrition, d’éducation et de protection de l’enfance, en particulier dans les zones touchées par la crise humanitaire."),
        ("p", "###"),
    ],
}

LIMA_PDF = {
    "path": "es/lima-lluvias-norte.pdf",
    "author": "Programa Mundial de Alimentos - Perú",
    "created": dt.datetime(2024, 1, 22, 15, 30, tzinfo=dt.timezone.utc),
    "footer": "PMA Perú – Nota de prensa – página {page}",
    "kicker": ["Nota de prensa"],
    "title": "PMA y gobiernos regionales entregan alimentos a 23.000 familias afectadas por las lluvias en Piura y Tumbes",
    "body": [
        ("p", "Lima, 22 de enero de 2024.- El Programa Mundial de Alimentos de las Naciones Unidas (PMA), en coordinación con el Instituto Nacional de Defensa Civil (INDECI) y los gobiernos regionales de Piura y Tumbes, inició la entrega de alimentos y transferencias en efectivo a 23.000 familias damnificadas por las intensas lluvias que afectan la costa norte del país desde fines de diciembre."),
        ("p", "Según el INDECI, las precipitaciones y el desborde de ríos han dejado más de 68.000 personas afectadas, 4.300 viviendas inhabitables y cerca de 12.000 hectáreas de cultivos perdidos. El Servicio Nacional de Meteorología e Hidrología (SENAMHI) prevé lluvias de moderada a fuerte intensidad del 25 al 28 de enero."),
        ("p", "“Muchas familias de Sullana y Zarumilla ya habían perdido sus cosechas el año pasado. No podemos permitir que vuelvan a empezar de cero”, afirmó Verónica Castañeda Ruiz, directora del PMA en el Perú. “Las transferencias en efectivo permiten además que el dinero se quede en los mercados locales”, agregó."),
        ("lines", "La asistencia, valorizada en 18,5 millones de soles (unos 5 millones de dólares), combina canastas de alimentos para dos semanas completas con trans\u00adferencias de 300 soles por familia. Es la ope\u00adración más grande de ayuda humani\u00adtaria del PMA en el norte del país desde las inun\u00addaciones de 2017."),
        ("p", "«Nuestra prioridad es que ninguna familia damnificada pase hambre mientras reconstruimos», señaló Carlos Mendoza Ríos, jefe de la Oficina de Gestión del Riesgo de Desastres del Gobierno Regional de Piura. La semana pasada, equipos conjuntos evaluaron la situación en 14 distritos de ambas regiones."),
        ("p", "Más del 35 % de las familias atendidas tiene a una mujer como jefa de hogar, y el PMA dará prioridad a hogares con niñas y niños menores de cinco años, personas con discapacidad y adultos mayores."),
        ("h", "Contacto de prensa:"),
        ("p", "Rocío Valdivia, oficial de comunicaciones del PMA en el Perú, teléfono: +51 1 622 3040, celular: +51 987 654 312, correo: rocio.valdivia@wfp.org"),
        ("p", "Jorge Huamán, comunicaciones PMA Piura, celular: +51 956 118 274, correo: jorge.huaman@wfp.org"),
        ("h", "Acerca del PMA"),
        ("p", "El Programa Mundial de Alimentos de las Naciones Unidas es la mayor organización humanitaria del mundo. Salva vidas en emergencias y utiliza la asistencia alimentaria para construir un camino hacia la paz, la estabilidad y la prosperidad de las personas afectadas por conflictos, desastres y el cambio climático."),
        ("p", "- FIN -"),
    ],
}

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def _pdf_fonts() -> tuple[str, str, bool]:
    """Register DejaVu Sans when present; else fall back to Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = _FONT_DIR / "DejaVuSans.ttf", _FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
        return "DejaVuSans", "DejaVuSans-Bold", True
    return "Helvetica", "Helvetica-Bold", False


def _latin1_safe(text: str) -> str:
    """Replace what the standard Type 1 fonts cannot show."""
    return (text.replace("’", "'").replace(NNBSP, " ").replace(NBSP, " ")
            .replace("“", '"').replace("”", '"').replace("–", "-"))


def _hyphenate_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking that may split a word at a soft hyphen."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(s: str) -> bool:
        return stringWidth(s, font, size) <= width

    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if fits(candidate.replace(SHY, "")):
            current = candidate
            continue
        pieces = word.split(SHY)
        placed = False
        for cut in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:cut]) + "-"
            trial = f"{current} {head}" if current else head
            if fits(trial):
                lines.append(trial)
                current = SHY.join(pieces[cut:])
                placed = True
                break
        if not placed:
            lines.append(current)
            current = word
    lines.append(current)
    return [line.replace(SHY, "") for line in lines]


@contextlib.contextmanager
def _source_date(when: dt.datetime) -> Iterator[None]:
    """Make reportlab stamp the PDF with ``when`` instead of the clock."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(when.utctimetuple()))
    try:
        yield
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


def make_pdf(spec: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

    regular, bold, unicode_font = _pdf_fonts()
    fix = _t if unicode_font else (lambda s: _latin1_safe(_t(s)))
    size, leading = 10.0, 13.0
    frame_width = 9.5 * cm
    margin = (A4[0] - frame_width) / 2

    class HandSetLines(Flowable):
        """A paragraph drawn line by line, as a layout program would."""

        def __init__(self, lines: list[str]) -> None:
            super().__init__()
            self.lines = lines

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return avail_width, leading * len(self.lines) + 6

        def draw(self) -> None:
            self.canv.setFont(regular, size)
            y = leading * (len(self.lines) - 1) + 6
            for line in self.lines:
                self.canv.drawString(0, y, line)
                y -= leading

    kicker = ParagraphStyle("kicker", fontName=bold, fontSize=9, leading=11,
                            textColor="#1CABE2" if "UNICEF" in spec["author"] else "#0A6EB4")
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20,
                           spaceBefore=6, spaceAfter=12)
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading,
                          spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName=bold, spaceBefore=6)

    story: list = [Paragraph(html.escape(fix(k)), kicker) for k in spec["kicker"]]
    story.append(Paragraph(html.escape(fix(spec["title"])), title))
    hyphenated = False
    for kind, text in spec["body"]:
        if kind == "lines":
            lines = _hyphenate_lines(fix(text), regular, size, frame_width)
            hyphenated = hyphenated or any(line.endswith("-") for line in lines)
            story.append(HandSetLines(lines))
        elif kind == "h":
            story.append(Paragraph(html.escape(fix(text)), head))
        else:
            story.append(Paragraph(html.escape(fix(text)), body))
    story.append(Spacer(1, 6))
    if not hyphenated:
        raise RuntimeError(f"{spec['path']}: no word was hyphenated at a line end")

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawString(margin, 1.5 * cm, fix(spec["footer"].format(page=doc.page)))
        canvas.restoreState()

    buf = io.BytesIO()
    with _source_date(spec["created"]):
        doc = SimpleDocTemplate(
            buf, pagesize=A4, leftMargin=margin, rightMargin=margin,
            topMargin=2.5 * cm, bottomMargin=2.5 * cm,
            title=fix(spec["title"]), author=spec["author"],
            subject=fix(spec["kicker"][0]), creator="releasepipe samples",
            invariant=1,
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    _write(spec["path"], buf.getvalue())


def _factsheet_pdf() -> bytes:
    """A one-page country brief used as an e-mail attachment."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    with _source_date(dt.datetime(2024, 11, 1, 8, 0, tzinfo=dt.timezone.utc)):
        canvas = Canvas(buf, pagesize=A4, invariant=1)
        canvas.setTitle("WFP Kenya Country Brief - November 2024")
        canvas.setAuthor("WFP Kenya")
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(72, 770, "WFP Kenya Country Brief - November 2024")
        canvas.setFont("Helvetica", 11)
        rows = [
            "People assisted in October 2024: 1,140,000",
            "Refugees assisted in Kakuma and Dadaab: 690,000",
            "Cash transferred in October 2024: USD 9.6 million",
            "Six-month net funding requirement: USD 38 million",
        ]
        for i, row in enumerate(rows):
            canvas.drawString(72, 730 - 18 * i, row)
        canvas.showPage()
        canvas.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# E-mail
# ---------------------------------------------------------------------------

NAIROBI_EML = {
    "path": "en/nairobi-short-rains.eml",
    "from": "WFP Kenya Press Office <press.kenya@wfp.org>",
    "to": "undisclosed-recipients:;",
    "date": dt.datetime(2024, 11, 7, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    "message_id": "<20241107091500.4471.press.kenya@wfp.org>",
    "kicker": ["PRESS RELEASE"],
    "title": "WFP warns of rising hunger in Kenya’s arid north as short rains falter",
    "body": [
        "NAIROBI, 7 November 2024 – The United Nations World Food Programme (WFP) warned today that 2.1 million people in Kenya’s arid and semi-arid counties could face crisis levels of hunger by February if the October–December short rains continue to underperform, and called for USD 38 million to sustain assistance through the lean season.",
        "Rainfall in Turkana, Marsabit, Mandera and Wajir has been less than 40 percent of normal since the season began in mid-October, according to the Kenya Meteorological Department. Pasture and water are already scarce along livestock migration routes, and the price of milk in Lodwar market has risen by 25 percent in a month.",
        "“Families in the north have barely had two good seasons to recover from the worst drought in forty years,” said Grace Wanjiru Mutua, WFP Representative and Country Director in Kenya. “If these rains fail, we will be back where we were in 2022, and this time many households have nothing left to sell,” she added.",
        "WFP plans to reach 600,000 people with cash transfers of KES 4,500 (around USD 35) per household per month from December, alongside nutrition support for 120,000 children under five and pregnant and breastfeeding women. It is also working with county governments to expand anticipatory cash payments triggered by satellite rainfall data, which reached 25,000 households in Marsabit last week.",
        "“Early cash means a herder can buy feed for his breeding stock instead of selling it at half price,” said Peter Ekai Lokol, Chief Officer for Disaster Risk Management in Turkana County.",
        "Without new funding, WFP will be forced to cut rations for refugees in Kakuma and Dadaab to 60 percent of the minimum requirement from January. A joint assessment with the National Drought Management Authority is scheduled from 18 to 29 November.",
        "Attached: WFP Kenya Country Brief, November 2024 (PDF).",
    ],
    "contact_heading": "Media contacts:",
    "contacts": [
        "Faith Njeri Kamau, Communications Officer, WFP Kenya, +254 707 722 164, faith.kamau@wfp.org",
        "Daniel Osei-Tutu, Regional Communications Officer for Eastern Africa, +254 711 403 985, daniel.oseitutu@wfp.org",
    ],
    "about_heading": "About WFP",
    "about": "The United Nations World Food Programme is the world’s largest humanitarian organization, saving lives in emergencies and using food assistance to build a pathway to peace, stability and prosperity for people recovering from conflict, disasters and the impact of climate change.",
    "end": "– ENDS –",
    "attachment": "WFP-Kenya-Country-Brief-Nov-2024.pdf",
    "footer_html": "<a href=\"https://www.wfp.org/news\">wfp.org/news</a>",
}

GINEBRA_EML = {
    "path": "es/ginebra-desplazamiento-centroamerica.eml",
    "from": "Oficina de Prensa del ACNUR <prensa.ginebra@unhcr.org>",
    "to": "Medios de comunicación <medios-americas@lists.unhcr.org>",
    "date": dt.datetime(2024, 6, 25, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    "message_id": "<0625100000.ACNUR.2291@unhcr.org>",
    "kicker": ["Comunicado de prensa"],
    "title": "El desplazamiento forzado en Centroamérica y México alcanza un nuevo máximo, advierte el ACNUR",
    "body": [
        "Ginebra (ACNUR) – La Agencia de la ONU para los Refugiados (ACNUR) advirtió hoy que el desplazamiento forzado en Centroamérica y México alcanzó un nuevo máximo al cierre de 2023, con más de 1,1 millones de personas desplazadas dentro de sus propios países o en busca de asilo en la región, según los datos regionales publicados este martes.",
        "La violencia de las pandillas, la extorsión y los efectos de sequías e inundaciones cada vez más frecuentes empujan a familias enteras a abandonar sus hogares en Honduras, El Salvador y Guatemala. México recibió en 2023 más de 140.000 solicitudes de asilo, una cifra récord, y Costa Rica acumula más de 200.000 solicitudes pendientes.",
        "“Detrás de cada solicitud hay una madre que tuvo que elegir entre entregar a su hijo a una pandilla o huir con lo puesto”, afirmó Lucía Benavente Ortiz, directora regional del ACNUR para las Américas. “Los países de la región han demostrado una enorme solidaridad, pero sus sistemas de asilo están al límite”, agregó.",
        "El ACNUR necesita 38 millones de dólares adicionales para reforzar los sistemas de asilo, los albergues y los programas de integración en México y Centroamérica durante el segundo semestre. Hasta la fecha, su operación regional está financiada en un 31~%.",
        "«Aquí por fin mis hijos pueden ir a la escuela sin miedo», contó Dania, una madre hondureña de 34 años que llegó a Tapachula en marzo con sus tres hijos y espera la resolución de su solicitud de asilo.",
        "Del 1 al 3 de julio, representantes de los siete países del Marco Integral Regional para la Protección y Soluciones (MIRPS) se reunirán en Ciudad de Panamá para acordar medidas que agilicen los procedimientos de asilo y amplíen las vías de integración laboral.",
    ],
    "contact_heading": "Contacto de prensa:",
    "contacts": [
        "En Panamá: Sofía Quintero, oficial regional de comunicaciones, +507 6781 2293, quinteros@unhcr.org",
        "En Ginebra: Martín Aguirre, portavoz, +41 79 204 61 37, aguirrem@unhcr.org",
    ],
    "about_heading": "Acerca del ACNUR",
    "about": "El ACNUR, la Agencia de la ONU para los Refugiados, protege a las personas obligadas a huir de la violencia y la persecución, y trabaja con gobiernos y comunidades de acogida para que puedan reconstruir su vida en condiciones de seguridad y dignidad.",
    "end": "FIN",
    "footer_html": "Recibe este mensaje porque está inscrito en la lista de distribución para medios del ACNUR. "
                   "<a href=\"https://www.acnur.org/baja\">Darse de baja</a>",
}


def _eml_plain(spec: dict) -> str:
    parts = list(spec["kicker"]) + [spec["title"]] + spec["body"]
    parts.append(spec["contact_heading"] + "\n" + "\n".join(spec["contacts"]))
    parts.append(spec["about_heading"] + "\n" + spec["about"])
    parts.append(spec["end"])
    return _t("\n\n".join(parts) + "\n")


def _eml_html(spec: dict) -> str:
    def esc(s: str) -> str:
        return html.escape(_t(s), quote=False).replace(NBSP, "&nbsp;")

    out = [
        "<!DOCTYPE html>",
        "<html><head><meta charset=\"utf-8\">",
        f"<title>{esc(spec['title'])}</title></head>",
        "<body style=\"font-family: Arial, sans-serif; max-width: 640px;\">",
    ]
    out += [f"<p style=\"color:#0a6eb4;font-weight:bold;\">{esc(k)}</p>" for k in spec["kicker"]]
    out.append(f"<h1 style=\"font-size:22px;\">{esc(spec['title'])}</h1>")
    out += [f"<p>{esc(p)}</p>" for p in spec["body"]]
    out.append(f"<p><strong>{esc(spec['contact_heading'])}</strong><br>")
    out.append("<br>\n".join(esc(c) for c in spec["contacts"]) + "</p>")
    out.append(f"<p><strong>{esc(spec['about_heading'])}</strong><br>{esc(spec['about'])}</p>")
    out.append(f"<p style=\"text-align:center;\">{esc(spec['end'])}</p>")
    out.append(f"<p style=\"font-size:11px;color:#777;\">{spec['footer_html']}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _headers(msg: EmailMessage, spec: dict) -> None:
    msg["From"] = spec["from"]
    msg["To"] = spec["to"]
    msg["Subject"] = _t(spec["title"])
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec["message_id"]


def _fix_boundaries(msg: EmailMessage, stem: str) -> None:
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{i}_{stem}")


def make_eml_with_attachment(spec: dict) -> None:
    msg = EmailMessage()
    _headers(msg, spec)
    msg.set_content(_eml_plain(spec), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(_eml_html(spec), subtype="html", charset="utf-8", cte="base64")
    msg.add_attachment(_factsheet_pdf(), maintype="application", subtype="pdf",
                       filename=spec["attachment"])
    _fix_boundaries(msg, "20241107.WFPKE")
    _write(spec["path"], msg.as_bytes(policy=SMTP))


def make_eml_html_only(spec: dict) -> None:
    msg = EmailMessage()
    _headers(msg, spec)
    msg["X-Mailer"] = "Mailing list manager 4.2"
    msg.set_content(_eml_html(spec), subtype="html", charset="utf-8", cte="quoted-printable")
    _write(spec["path"], msg.as_bytes(policy=SMTP))


def main() -> None:
    make_encoded_texts()
    make_docx(NDJAMENA_DOCX)
    make_docx(AMMAN_DOCX)
    make_pdf(OUAGA_PDF)
    make_pdf(LIMA_PDF)
    make_eml_with_attachment(NAIROBI_EML)
    make_eml_html_only(GINEBRA_EML)


if __name__ == "__main__":
    main()
