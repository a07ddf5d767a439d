"""Time per stage on one long release, at several sizes: does every stage grow linearly?

    python benchmarks/long_release.py [--sizes 100 200 400 800] [--pipeline default] [--out DIR]

Builds one plain-text release of each size (in KB of UTF-8): a title, a
dateline, then paragraphs of press-release prose in English, French, Spanish
and German written for this benchmark, with quotations in each language's
marks (“…”, « … », „…“, »…«, "…"), quotations run over several paragraphs,
"X said:" quotations without marks, pronoun and title attributions, people,
organizations, places, dates and figures, and a contact block at the end.
Names are drawn from long lists so that a long release mentions many people.

Each size goes through ``pipeline.process`` once (after one warm-up run that
loads the models); the stage functions the pipeline calls are wrapped to
record their wall time. The last column is the time per KB against the
smallest size: a stage that grows linearly stays near 1.0.

``--out DIR`` also writes the generated texts there (``long-100kb.txt`` …),
to feed ``releasepipe run``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from releasepipe import pipeline
from releasepipe.extract import anatomy, contacts, dates, entities, figures, language, quotes
from releasepipe.model import Document, Source

FIRST = ("Amina Carlos Helga Jean Lucía Marek Nadia Oskar Priya Rafael Sofia Tomás Ursula Víctor Wanjiru "
         "Yusuf Zeynep Ingrid Mateo Chantal Dieter Esperanza Farid Greta Hamid Isabel Jonas Karim Leonie "
         "Moussa Nora Pablo Quentin Rosa Sven Teresa Ulrich Valentina Walter Ximena").split()
LAST = ("Okafor Mendes Brandt Dupuis Herrera Nowak Benali Lindqvist Raman Ortega Rossi Alves Kessler Ibarra "
        "Mwangi Demir Aydın Halvorsen Castillo Moreau Schreiber Villanueva Haddad Lund Rahimi Navarro Weber "
        "Mansour Keller Diop Fischer Serrano Lefèvre Jansen Romero Bauer Fontaine Vidal Hartmann Cissé").split()
ORGS = {
    "en": ("the International Organization for Migration", "the Danish Refugee Council", "UNICEF",
           "the World Food Programme", "the Norwegian Refugee Council", "the Ministry of Health"),
    "fr": ("l’Organisation internationale pour les migrations", "la Croix-Rouge française", "l’UNICEF",
           "Médecins Sans Frontières", "le Programme alimentaire mondial", "le ministère de la Santé"),
    "es": ("la Organización Internacional para las Migraciones", "la Cruz Roja Colombiana", "UNICEF",
           "el Programa Mundial de Alimentos", "Médicos Sin Fronteras", "el Ministerio de Salud"),
    "de": ("die Diakonie Katastrophenhilfe", "das Deutsche Rote Kreuz", "UNICEF", "die Caritas",
           "das Welternährungsprogramm", "das Gesundheitsministerium"),
}
PLACES = ("Nairobi", "Dakar", "Bogotá", "Berlin", "Amman", "Lima", "Geneva", "Niamey", "Quito", "Hamburg",
          "Cox's Bazar", "Abidjan", "Madrid", "Lyon", "Munich", "Mombasa", "Cali", "Toulouse")
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}
TITLES = {
    "en": ("country director", "head of programmes", "regional coordinator", "health adviser", "spokesperson"),
    "fr": ("cheffe de mission", "directeur régional", "coordinatrice santé", "porte-parole", "responsable terrain"),
    "es": ("directora regional", "coordinador de salud", "jefa de misión", "portavoz", "responsable de campo"),
    "de": ("Landesdirektorin", "Programmleiter", "Koordinatorin", "Sprecher", "Projektleiterin"),
}

# Sentences per language. Fields: {name} {title} {org} {place} {date} {n} {m} {pct}.
PROSE = {
    "en": (
        "In {place}, {org} has reached {n} families since {date}, with a budget of {m} million US dollars.",
        "Almost {pct} % of the households visited in {place} said they had skipped meals in the past month.",
        "The programme runs until {date} and covers {n} people in {place} and the surrounding districts.",
        "{name}, {title} at {org}, visited the distribution site in {place} on {date}.",
        "More than {n} children were enrolled in temporary learning spaces, an increase of {pct} percent.",
        "Teams will return to {place} in the coming weeks to assess water points and shelters.",
    ),
    "fr": (
        "À {place}, {org} a soutenu {n} familles depuis le {date}, pour un budget de {m} millions d’euros.",
        "Près de {pct} % des ménages interrogés à {place} déclarent avoir réduit le nombre de repas.",
        "Le programme se poursuit jusqu’au {date} et concerne {n} personnes dans la région de {place}.",
        "{name}, {title} de {org}, s’est rendue à {place} le {date} pour rencontrer les familles.",
        "Plus de {n} enfants ont repris le chemin de l’école, soit une hausse de {pct} %.",
        "Les équipes retourneront à {place} dans les prochaines semaines pour évaluer les abris.",
    ),
    "es": (
        "En {place}, {org} ha atendido a {n} familias desde el {date}, con un presupuesto de {m} millones de euros.",
        "Casi el {pct} % de los hogares encuestados en {place} redujo el número de comidas diarias.",
        "El programa continúa hasta el {date} y llega a {n} personas en {place} y sus alrededores.",
        "{name}, {title} de {org}, visitó el centro de atención de {place} el {date}.",
        "Más de {n} niños y niñas volvieron a clases, un aumento del {pct} por ciento.",
        "Los equipos regresarán a {place} en las próximas semanas para evaluar los albergues.",
    ),
    "de": (
        "In {place} hat {org} seit dem {date} {n} Familien unterstützt, mit einem Budget von {m} Millionen Euro.",
        "Fast {pct} Prozent der befragten Haushalte in {place} haben Mahlzeiten ausgelassen.",
        "Das Programm läuft bis zum {date} und erreicht {n} Menschen in {place} und Umgebung.",
        "{name}, {title} bei {org}, besuchte am {date} die Ausgabestelle in {place}.",
        "Mehr als {n} Kinder besuchen wieder den Unterricht, ein Anstieg um {pct} Prozent.",
        "Die Teams kehren in den kommenden Wochen nach {place} zurück, um Unterkünfte zu prüfen.",
    ),
}
SAID = {
    "en": ("“{q},” said {name}, {title} at {org}.", "{name} said: “{q}.”", "“{q},” she added.",
           "According to {name}, “{q}.”", "“{q}”, the {title} said.", "\"{q},\" {name} explained."),
    "fr": ("« {q} », a déclaré {name}, {title} de {org}.", "« {q} », a-t-elle ajouté.",
           "{name} a souligné : « {q}. »", "Selon {name}, « {q} ».", "« {q} », explique le {title}."),
    "es": ("“{q}”, afirmó {name}, {title} de {org}.", "«{q}», añadió.", "{name} explicó: “{q}”.",
           "Según {name}, «{q}».", "“{q}”, dijo la {title}."),
    "de": ("„{q}“, sagte {name}, {title} bei {org}.", "„{q}“, fügte sie hinzu.", "{name} betonte: „{q}.“",
           "»{q}«, erklärte {name}.", "Laut {name} „{q}“."),
}
QUOTES = {
    "en": ("We cannot let these families face another season without shelter",
           "Every dollar we receive goes straight to the people who need it most",
           "The need is rising faster than the funding, and that gap costs lives",
           "Our teams are working day and night, but we need more support"),
    "fr": ("Nous ne pouvons pas laisser ces familles affronter une nouvelle saison sans abri",
           "Chaque euro reçu va directement aux personnes qui en ont le plus besoin",
           "Les besoins augmentent plus vite que les financements, et cet écart coûte des vies",
           "Nos équipes travaillent jour et nuit, mais nous avons besoin de plus de soutien"),
    "es": ("No podemos dejar que estas familias pasen otra temporada sin techo",
           "Cada euro que recibimos llega directamente a quienes más lo necesitan",
           "Las necesidades crecen más rápido que la financiación y esa brecha cuesta vidas",
           "Nuestros equipos trabajan día y noche, pero necesitamos más apoyo"),
    "de": ("Wir dürfen diese Familien nicht noch eine Saison ohne Unterkunft lassen",
           "Jeder Euro, den wir erhalten, geht direkt an die Menschen, die ihn am dringendsten brauchen",
           "Der Bedarf wächst schneller als die Finanzierung, und diese Lücke kostet Leben",
           "Unsere Teams arbeiten Tag und Nacht, aber wir brauchen mehr Unterstützung"),
}
# Unmarked quotations after "X said:" and quotations over two paragraphs.
COLON = {
    "en": ("{name} said:", "We have seen the same pattern in {place} for three years now. The rains come later and "
                           "leave sooner, and families have nothing left to sell."),
    "fr": ("{name} a déclaré :", "Nous observons la même situation à {place} depuis trois ans. Les pluies arrivent "
                                 "plus tard et repartent plus tôt, et les familles n’ont plus rien à vendre."),
}
RUN_ON = {
    "en": ("“Nobody in {place} expected the river to rise so quickly. Within two days the camp was under water.",
           "“We moved {n} people to higher ground in one night, and nobody was lost,” said {name}."),
    "fr": ("« Personne à {place} ne s’attendait à une crue aussi rapide. En deux jours, le camp était sous l’eau.",
           "« Nous avons déplacé {n} personnes en une nuit, sans aucune perte », a expliqué {name}."),
}
MIX = ("en",) * 5 + ("fr",) * 3 + ("es",) * 2 + ("de",) * 2


def _fill(template: str, rnd: random.Random, lang: str) -> str:
    name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    month = MONTHS[lang][rnd.randrange(12)]
    day = rnd.randint(1, 28)
    date = f"{month} {day}, 2024" if lang == "en" else f"{day}. {month} 2024" if lang == "de" else \
        f"{day} {month} 2024" if lang == "fr" else f"{day} de {month} de 2024"
    return template.format(
        name=name, title=rnd.choice(TITLES[lang]), org=rnd.choice(ORGS[lang]), place=rnd.choice(PLACES), date=date,
        n=f"{rnd.randint(2, 90) * 100:,}".replace(",", " " if lang != "en" else ","),
        m=rnd.randint(2, 40), pct=rnd.randint(5, 80), q=rnd.choice(QUOTES[lang]),
    )


def paragraph(rnd: random.Random) -> list[str]:
    """One or two paragraphs of release body (two for a quotation that runs over)."""
    lang = rnd.choice(MIX)
    roll = rnd.random()
    if roll < 0.08 and lang in COLON:
        intro, quote = COLON[lang]
        return [" ".join(_fill(s, rnd, lang) for s in rnd.sample(PROSE[lang], 2)) + " " + _fill(intro, rnd, lang),
                _fill(quote, rnd, lang)]
    if roll < 0.14 and lang in RUN_ON:
        return [_fill(p, rnd, lang) for p in RUN_ON[lang]]
    sentences = [_fill(s, rnd, lang) for s in rnd.sample(PROSE[lang], rnd.randint(2, 4))]
    for _ in range(rnd.randint(0, 2)):
        sentences.insert(rnd.randint(1, len(sentences)), _fill(rnd.choice(SAID[lang]), rnd, lang))
    return [" ".join(sentences)]


def long_release(kb: int, *, seed: int = 7) -> str:
    """A plain-text release of about ``kb`` KB of UTF-8."""
    rnd = random.Random(seed)
    head = ("Press release\n\nAid agencies scale up winter support as displacement grows across three regions\n\n"
            "GENEVA, 14 October 2024 – ")
    tail = ("\n\nAbout the partners\n\nThe partners work with displaced people and host communities in 40 countries."
            "\n\nFor more information, please contact:\nJulie Martin, communications officer\n"
            "Tel: +41 22 717 91 11\nEmail: jmartin@example.org\n")
    parts: list[str] = []
    size = len((head + tail).encode())
    while size < kb * 1000:
        for para in paragraph(rnd):
            parts.append(para)
            size += len(para.encode()) + 2
    return head + "\n\n".join(parts) + tail


class _Clock:
    """Wraps the stage functions the pipeline calls, summing their wall time."""

    STAGES = (("language", language, "detect"), ("anatomy", anatomy, "find"), ("models", pipeline, "_run_models"),
              ("entities", entities, "extract"), ("dates", dates, "extract"), ("figures", figures, "extract"),
              ("contacts", contacts, "extract"), ("quotes", quotes, "extract"))

    def __init__(self) -> None:
        self.ms: dict[str, float] = defaultdict(float)
        for stage, module, name in self.STAGES:
            setattr(module, name, self._timed(stage, getattr(module, name)))

    def _timed(self, stage, func):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.ms[stage] += (time.perf_counter() - t) * 1000
        return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800], help="sizes in KB")
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--out", type=Path, help="also write the generated texts to this folder")
    args = parser.parse_args(argv)

    config = pipeline.load_pipeline(args.pipeline)
    clock = _Clock()
    warm = long_release(20)
    pipeline.process(Document(warm, "txt"), Source("warm.txt", "txt", len(warm), "0" * 64), config=config)
    rows = []
    for kb in args.sizes:
        text = long_release(kb)
        data = text.encode()
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"long-{kb}kb.txt").write_bytes(data)
        clock.ms.clear()
        t = time.perf_counter()
        release = pipeline.process(Document(text, "txt"),
                                   Source(f"long-{kb}kb.txt", "txt", len(data), hashlib.sha256(data).hexdigest()),
                                   config=config)
        total = (time.perf_counter() - t) * 1000
        rows.append((kb, dict(clock.ms), total, len(release.quotes), len(release.entities)))
    stages = [s for s, _, _ in _Clock.STAGES]
    print(f"{'KB':>5} " + " ".join(f"{s:>9}" for s in stages) + f" {'total':>9} {'quotes':>7} {'entities':>8}")
    for kb, ms, total, nq, ne in rows:
        print(f"{kb:>5} " + " ".join(f"{ms.get(s, 0):>9.0f}" for s in stages) + f" {total:>9.0f} {nq:>7} {ne:>8}")
    base_kb, base_ms, base_total = rows[0][0], rows[0][1], rows[0][2]
    print("\nms per KB, relative to the smallest size (1.0 = linear):")
    for kb, ms, total, _, _ in rows[1:]:
        ratio = [(ms.get(s, 0) / kb) / max(base_ms.get(s, 0) / base_kb, 1e-9) for s in stages]
        print(f"{kb:>5} " + " ".join(f"{r:>9.2f}" for r in ratio) + f" {(total / kb) / (base_total / base_kb):>9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
