"""The home app's demo content in Spanish, as data: the Spanish home page, About (the seed's About text,
translated) and the sitemap.

The Spanish pages are wagtail-localize translations of the English ones (``home/demo/translations.py``),
so the data is what a translator would type in the admin's translation editor: each English segment
(the text of a field, a heading or a paragraph, as the editor shows it) mapped to its Spanish. A segment
with no Spanish here falls back to the English. Rich text keeps its inline tags, with links written as
``<a id="a1">…</a>``; slugs are segments too, so Spanish pages have Spanish addresses.
"""

# The English pages translated by ``home.demo.loader.build_spanish``, parents first (paths below the home page).
PAGES = ["", "about"]

STRINGS = {
    # The home page.
    "home": "inicio",
    "Sex Workers Project | Urban Justice Center, New York": "Sex Workers Project | Urban Justice Center, Nueva York",
    "Client-centred legal and social services, human rights research and policy advocacy for sex workers and "
    "survivors of trafficking in New York.": (
        "Servicios legales y sociales centrados en el cliente, investigación sobre derechos humanos e incidencia "
        "en políticas públicas para trabajadoras y trabajadores sexuales y sobrevivientes de la trata en Nueva York."
    ),
    # At most 120 characters (the field's limit).
    "Legal and social services, research and advocacy for sex workers and survivors of trafficking": (
        "Servicios legales y sociales, investigación e incidencia para quienes hacen trabajo sexual y "
        "sobrevivientes de la trata"
    ),
    "Since 2001 the Sex Workers Project has stood with people who trade sex, by choice, circumstance or "
    "coercion: in court, in counselling and in the fight for better laws.": (
        "Desde 2001, el Sex Workers Project acompaña a las personas que intercambian sexo, por elección, por "
        "circunstancias o por coerción: en los tribunales, en la consejería y en la lucha por mejores leyes."
    ),
    # About: the seed's text (SWP's own About page), translated.
    "about": "sobre-nosotros",
    "About the Sex Workers Project": "Acerca del Sex Workers Project",
    "Client-centered legal and social services for people who do sex work and survivors of trafficking, "
    "grounded in human rights and harm reduction.": (
        "Servicios legales y sociales centrados en el cliente para personas que ejercen el trabajo sexual y "
        "sobrevivientes de la trata, basados en los derechos humanos y la reducción de daños."
    ),
    "What we do": "Lo que hacemos",
    "The Sex Workers Project provides client-centered legal and social services to individuals who engage in "
    "sex work, regardless of whether they do so by choice, circumstance, or coercion. One of the first "
    "programs in the nation to assist survivors of human trafficking, the Sex Workers Project has pioneered "
    "an approach to service grounded in human rights, harm reduction and in the real life experiences of our "
    "clients. Our professional service providers are multi-lingual, non-judgmental and bring more than ten "
    "years of experience. Our attorneys help clients remain in stable housing, access safer working "
    "conditions and employment options, protect their legal rights in family court, clear their criminal "
    "records, secure legal immigration status, and fight police misconduct and hate crimes. Our social "
    "workers provide long term supportive therapy and case management, creating best practices for an "
    "emerging field.": (
        "El Sex Workers Project ofrece servicios legales y sociales centrados en el cliente a las personas que "
        "ejercen el trabajo sexual, sin importar si lo hacen por elección, por circunstancias o por coerción. "
        "Como uno de los primeros programas del país en asistir a sobrevivientes de la trata de personas, el "
        "Sex Workers Project ha sido pionero en un modelo de atención basado en los derechos humanos, la "
        "reducción de daños y las experiencias reales de nuestros clientes. Nuestros profesionales hablan "
        "varios idiomas, no juzgan y aportan más de diez años de experiencia. Nuestros abogados ayudan a los "
        "clientes a mantener una vivienda estable, acceder a condiciones de trabajo más seguras y a opciones "
        "de empleo, proteger sus derechos ante el tribunal de familia, borrar sus antecedentes penales, "
        "obtener un estatus migratorio legal y combatir los abusos policiales y los crímenes de odio. Nuestros "
        "trabajadores sociales brindan terapia de apoyo a largo plazo y gestión de casos, y crean buenas "
        "prácticas para un campo emergente."
    ),
    "We share our expertise through legal education workshops for sex workers and trainings for service "
    "providers and community organizations. We engage in media advocacy, support sex worker-led organizing "
    "and pursue policy change, aiming to make a real and demonstrable impact in the lives of our "
    "constituents. And we conduct groundbreaking human rights documentation rooted in the real life "
    "experiences of sex workers and survivors of trafficking.": (
        "Compartimos nuestra experiencia en talleres de educación legal para trabajadoras y trabajadores "
        "sexuales y en capacitaciones para proveedores de servicios y organizaciones comunitarias. Hacemos "
        "incidencia en los medios de comunicación, apoyamos la organización liderada por trabajadoras y "
        "trabajadores sexuales y promovemos cambios en las políticas públicas, con el fin de lograr un impacto "
        "real y demostrable en la vida de las personas a las que servimos. Y realizamos una documentación "
        "pionera sobre derechos humanos, basada en las experiencias reales de trabajadoras y trabajadores "
        "sexuales y de sobrevivientes de la trata."
    ),
    "The Sex Workers Project is a remarkably effective, dynamic organization deeply committed to improving "
    "the lives of our clients. As the only US organization meeting the needs of both sex workers and "
    "trafficking victims, the Sex Workers Project serves a marginalized community that few others reach. "
    "Together, we are working to create a world that is safe for sex workers and where human trafficking "
    "does not exist.": (
        "El Sex Workers Project es una organización dinámica y notablemente eficaz, profundamente comprometida "
        "con mejorar la vida de nuestros clientes. Como la única organización de los Estados Unidos que "
        "atiende las necesidades tanto de trabajadoras y trabajadores sexuales como de víctimas de la trata, "
        "el Sex Workers Project sirve a una comunidad marginada a la que pocos llegan. Juntos trabajamos para "
        "crear un mundo que sea seguro para las trabajadoras y los trabajadores sexuales y en el que no exista "
        "la trata de personas."
    ),
    "The Urban Justice Center": "El Urban Justice Center",
    "The Sex Workers Project is a project at the Urban Justice Center. The Urban Justice Center serves "
    "low-income and marginalized New Yorkers through a unique combination of direct legal services, systemic "
    "advocacy, community education, and organizing. For information about the Urban Justice Center, please "
    'visit <a id="a1">urbanjustice.org</a>.': (
        "El Sex Workers Project es un proyecto del Urban Justice Center. El Urban Justice Center atiende a "
        "neoyorquinos de bajos ingresos y marginados mediante una combinación única de servicios legales "
        "directos, incidencia sistémica, educación comunitaria y organización. Para más información sobre el "
        'Urban Justice Center, visite <a id="a1">urbanjustice.org</a>.'
    ),
    "Staff": "Personal",
    "Meet our staff": "Conozca a nuestro equipo",
    "Internships": "Pasantías",
    "The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing the "
    "rights of sex workers and survivors of trafficking. Positions for unpaid interns and externs are "
    'available. <a id="a1">More details</a>.': (
        "El Sex Workers Project busca personas muy motivadas, con capacidad para resolver problemas y "
        "comprometidas con el avance de los derechos de las trabajadoras y los trabajadores sexuales y de las "
        "personas sobrevivientes de la trata. Hay plazas disponibles para pasantías y prácticas externas no "
        'remuneradas. <a id="a1">Más información</a>.'
    ),
    # The sitemap.
    "sitemap": "mapa-del-sitio",
    "Sitemap": "Mapa del sitio",
    "Every section of the site and its pages.": "Todas las secciones del sitio y sus páginas.",
}

# Names and other words that stay the same in Spanish (so the translation editor shows them as done).
SAME_IN_SPANISH = ["Sex Workers Project"]
