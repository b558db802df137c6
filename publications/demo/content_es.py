"""The publications part of the demo in Spanish, as data: /es/publicaciones/ and the fact sheets people
who trade sex need most, translations of the English ones (each English segment mapped to its Spanish,
see ``home/demo/content_es.py``).

The know-your-rights fact sheet has a Spanish PDF of its own (``FACT_SHEET_PDF``): the Spanish page
overrides the English page's document with it, and says it is in Spanish. The other translated fact
sheets offer the English PDF, and say so. Older demo databases have the Spanish fact sheet as a page of
its own in the English tree (``OLD_SLUG``); the loader replaces it by the translation.
"""

# The English pages translated, parents first (paths below the home page).
PAGES = [
    "publications",
    "publications/know-your-rights-police",
    "publications/sex-work-and-trafficking-know-the-difference",
    "publications/vacating-convictions-for-survivors",
    "publications/t-visas-for-survivors",
    "publications/loitering-law-repeal",
]

# The Spanish fact sheet older demo databases have in the English tree, below /publications/.
OLD_SLUG = "conozca-sus-derechos"

# The Spanish PDF of the know-your-rights fact sheet: the publication it belongs to, its title in the
# document library and its paragraphs (after a byline, as every demo PDF).
FACT_SHEET_PDF = {
    "publication": "know-your-rights-police",
    "title": "Conozca sus derechos: el trabajo sexual y la policía en Nueva York",
    "language": "es",
    "document_language": "Spanish",
    "pdf": [
        "Usted tiene derecho a guardar silencio. Diga: quiero guardar silencio y quiero hablar con un abogado.",
        "No tiene que aceptar un registro. Diga claramente: no doy mi consentimiento para un registro. No se resista.",
        "Pregunte: ¿me puedo ir? Si la respuesta es sí, váyase con calma.",
        (
            "Si le arrestan, no firme nada que no entienda y llame al Sex Workers Project para recibir ayuda "
            "legal gratuita y confidencial."
        ),
    ],
}

# The last paragraph of the Spanish PDF (the English PDFs end with ``content.NOTE``).
NOTE = (
    "Sobre esta copia: este archivo forma parte del sitio web de demostración del Sex Workers Project. Su "
    "texto se escribió para la demostración y resume con nuestras propias palabras los temas de la "
    "publicación; no es la publicación original."
)

STRINGS = {
    # The publications section.
    "publications": "publicaciones",
    "Publications": "Publicaciones",
    "Our reports, publications by our partners, and fact sheets: research and plain-language guides on sex "
    "work, trafficking, policing and people's rights. Every document opens in your browser and can be cited.": (
        "Nuestros informes, las publicaciones de organizaciones aliadas y hojas informativas: investigaciones "
        "y guías en lenguaje sencillo sobre el trabajo sexual, la trata, la actuación policial y los derechos "
        "de las personas. Todos los documentos se abren en su navegador y se pueden citar."
    ),
    "Reports, partner publications and fact sheets from the Sex Workers Project on sex work, trafficking, "
    "policing and human rights in New York.": (
        "Informes, publicaciones de organizaciones aliadas y hojas informativas del Sex Workers Project sobre "
        "el trabajo sexual, la trata, la actuación policial y los derechos humanos en Nueva York."
    ),
    # Know your rights (with its Spanish PDF).
    "know-your-rights-police": "conozca-sus-derechos",
    "Know Your Rights: Sex Work and the Police in New York": (
        "Conozca sus derechos: el trabajo sexual y la policía en Nueva York"
    ),
    "What you can do if police stop you, search you or arrest you in New York, and how to reach a lawyer. "
    "Written for people who trade sex.": (
        "Qué puede hacer si la policía le detiene, le registra o le arresta en Nueva York, y cómo contactar a "
        "un abogado. Escrito para personas que intercambian sexo."
    ),
    # Sex work and trafficking.
    "sex-work-and-trafficking-know-the-difference": "trabajo-sexual-y-trata-conozca-la-diferencia",
    "Sex Work and Trafficking: Know the Difference": "Trabajo sexual y trata: conozca la diferencia",
    "Sex work and human trafficking are not the same thing. A one-page fact sheet on the difference, and on "
    "why confusing the two hurts both sex workers and survivors.": (
        "El trabajo sexual y la trata de personas no son lo mismo. Una hoja informativa de una página sobre la "
        "diferencia, y sobre por qué confundirlos perjudica tanto a las trabajadoras y los trabajadores "
        "sexuales como a las personas sobrevivientes."
    ),
    # Vacating convictions.
    "vacating-convictions-for-survivors": "anulacion-de-condenas-para-sobrevivientes",
    "Vacating Convictions for Survivors of Trafficking": "Anulación de condenas para sobrevivientes de la trata",
    "Survivors of trafficking in New York can ask a court to erase prostitution convictions that were the "
    "result of being trafficked. Who can apply, and how SWP helps.": (
        "En Nueva York, las personas sobrevivientes de la trata pueden pedir a un tribunal que anule las "
        "condenas por prostitución que fueron consecuencia de la trata. Quién puede solicitarlo y cómo ayuda "
        "SWP."
    ),
    # T visas.
    "t-visas-for-survivors": "visas-t-para-sobrevivientes",
    "Immigration Relief for Survivors of Trafficking: The T Visa": (
        "Alivio migratorio para sobrevivientes de la trata: la visa T"
    ),
    "The T visa lets survivors of trafficking stay in the United States and, in time, apply for a green "
    "card. A plain-language guide to who qualifies and what the process involves.": (
        "La visa T permite a las personas sobrevivientes de la trata quedarse en los Estados Unidos y, con el "
        "tiempo, solicitar la tarjeta de residencia (green card). Una guía en lenguaje sencillo sobre quién "
        "reúne los requisitos y en qué consiste el proceso."
    ),
    # The loitering law.
    "loitering-law-repeal": "derogacion-de-la-ley-de-merodeo",
    "The Repeal of New York's Loitering for Prostitution Law": (
        "La derogación de la ley de Nueva York sobre merodeo con fines de prostitución"
    ),
    "In 2021 New York repealed the law that let police arrest people for 'loitering for the purpose of "
    "prostitution', often for how they looked. What changed, and what comes next.": (
        "En 2021, Nueva York derogó la ley que permitía a la policía arrestar a personas por «merodear con "
        "fines de prostitución», a menudo por su aspecto. Qué cambió y qué viene ahora."
    ),
}
