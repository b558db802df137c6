"""The demo's publication categories and topics in Spanish, keyed by their English words.

``publications/demo/translate.py`` gives them to wagtail-localize as a translator would. A category's
``slug`` is its Spanish address: /es/<publications section>/<slug>/.
"""

CATEGORIES = {
    "reports": {
        "name": "Informes",
        "slug": "informes",
        "description": (
            "La investigación y la documentación de derechos humanos del SWP, basadas en entrevistas con "
            "trabajadoras y trabajadores sexuales y sobrevivientes de trata en Nueva York."
        ),
    },
    "partner-publications": {
        "name": "Publicaciones de organizaciones aliadas",
        "slug": "publicaciones-aliadas",
        "description": (
            "Informes y documentos de organizaciones con las que trabaja el SWP sobre la actuación policial, "
            "la salud pública y los derechos de las personas en el comercio sexual."
        ),
    },
    "fact-sheets": {
        "name": "Hojas informativas y más",
        "slug": "hojas-informativas",
        "description": (
            "Hojas informativas y guías breves, en lenguaje sencillo, sobre la ley, los servicios y los derechos."
        ),
    },
}

TOPICS = {
    "condoms as evidence": "condones como prueba",
    "courts": "tribunales",
    "human rights": "derechos humanos",
    "immigration": "inmigración",
    "indoor sex work": "trabajo sexual en espacios cerrados",
    "know your rights": "conozca sus derechos",
    "policing": "actuación policial",
    "public health": "salud pública",
    "raids": "redadas",
    "street-based sex work": "trabajo sexual en la calle",
    "trafficking": "trata de personas",
    "vacating convictions": "anulación de condenas",
    "violence": "violencia",
}
