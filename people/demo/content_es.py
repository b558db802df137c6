"""The people app's demo content in Spanish, as data: About → Staff and About → Internships on the Spanish
site, translations of the English pages (each English segment mapped to its Spanish, see
``home/demo/content_es.py``). People's names stay as they are.
"""

# The English pages translated, parents first (paths below the home page).
PAGES = [
    "about/staff",
    "about/staff/rj-thompson",
    "about/staff/clement-lee",
    "about/staff/molly-cohen",
    "about/staff/abigail-anzalone",
    "about/internships",
    "about/internships/legal-intern",
    "about/internships/social-work-intern",
    "about/internships/policy-and-advocacy-intern",
]

# A posting's term ("Spring 2027") is dated by the loader; its Spanish is made from these words.
SEASONS = {"Spring": "Primavera", "Summer": "Verano", "Fall": "Otoño"}
TERM = "{season} de {year}"

STRINGS = {
    # Staff.
    "staff": "personal",
    "Staff": "Personal",
    "The attorneys, social workers, advocates and organizers of the Sex Workers Project. Many of us speak "
    "more than one language.": (
        "Los abogados, trabajadores sociales, defensores y organizadores del Sex Workers Project. Muchos de "
        "nosotros hablamos más de un idioma."
    ),
    "Managing Director": "Director general",
    "RJ leads the Sex Workers Project's legal and social services, research and policy work.": (
        "RJ dirige los servicios legales y sociales, la investigación y el trabajo en políticas públicas del "
        "Sex Workers Project."
    ),
    "As Managing Director, RJ guides the Sex Workers Project's direct services, human rights research and "
    "policy advocacy, and works with sex worker-led groups and partner organizations across New York.": (
        "Como director general, RJ orienta los servicios directos, la investigación sobre derechos humanos y "
        "la incidencia en políticas públicas del Sex Workers Project, y trabaja con grupos liderados por "
        "trabajadoras y trabajadores sexuales y con organizaciones aliadas en todo Nueva York."
    ),
    "RJ oversees the team's strategy, budget and partnerships, and speaks about the project's work with "
    "funders, officials and the press.": (
        "RJ supervisa la estrategia, el presupuesto y las alianzas del equipo, y habla del trabajo del "
        "proyecto con financiadores, autoridades y la prensa."
    ),
    "English": "Inglés",
    "Supervising Attorney": "Abogado supervisor",
    "Clement supervises SWP's legal team and its representation of clients in criminal, immigration and "
    "family matters.": (
        "Clement supervisa el equipo legal de SWP y su representación de clientes en asuntos penales, "
        "migratorios y de familia."
    ),
    "Clement supervises the Sex Workers Project's attorneys, legal fellows and interns, and represents "
    "clients in matters such as vacating convictions, immigration relief and family court.": (
        "Clement supervisa a los abogados, becarios legales y pasantes del Sex Workers Project, y representa "
        "a clientes en asuntos como la anulación de condenas, los alivios migratorios y el tribunal de "
        "familia."
    ),
    "He also leads know-your-rights workshops and trainings for service providers.": (
        "También dirige talleres de «conozca sus derechos» y capacitaciones para proveedores de servicios."
    ),
    "Equal Justice Works Legal Fellow": "Becaria legal de Equal Justice Works",
    "Molly provides legal help to survivors of trafficking and people in the sex trades as an Equal Justice "
    "Works Fellow.": (
        "Molly brinda ayuda legal a sobrevivientes de la trata y a personas en el comercio sexual como becaria "
        "de Equal Justice Works."
    ),
    "Molly joined the Sex Workers Project as an Equal Justice Works Legal Fellow. Her fellowship project "
    "expands legal services for survivors of trafficking and people who trade sex.": (
        "Molly se unió al Sex Workers Project como becaria legal de Equal Justice Works. Su proyecto de beca "
        "amplía los servicios legales para sobrevivientes de la trata y personas que intercambian sexo."
    ),
    "She works with clients on post-conviction relief and connects them with SWP's social services.": (
        "Trabaja con clientes en recursos posteriores a la condena y los pone en contacto con los servicios "
        "sociales de SWP."
    ),
    "DOJ Accredited Representative & Case Manager": (
        "Representante acreditada ante el Departamento de Justicia (DOJ) y gestora de casos"
    ),
    "Abigail helps clients with immigration matters as a DOJ Accredited Representative and supports them as "
    "a case manager.": (
        "Abigail ayuda a clientes con asuntos migratorios como representante acreditada ante el Departamento "
        "de Justicia (DOJ) y les acompaña como gestora de casos."
    ),
    "Abigail is a Department of Justice Accredited Representative, which allows her to help clients with "
    "immigration applications, and a case manager who supports clients in reaching their goals.": (
        "Abigail es representante acreditada ante el Departamento de Justicia, lo que le permite ayudar a "
        "clientes con sus solicitudes migratorias, y gestora de casos que apoya a los clientes para que "
        "alcancen sus metas."
    ),
    "She connects clients with housing, health care and other services, alongside SWP's attorneys and "
    "social workers.": (
        "Pone a los clientes en contacto con servicios de vivienda, atención médica y otros, junto con los "
        "abogados y trabajadores sociales de SWP."
    ),
    # Internships.
    "internships": "pasantias",
    "Internships": "Pasantías",
    "The Sex Workers Project is looking for highly motivated problem-solvers committed to advancing the "
    "rights of sex workers and survivors of trafficking.": (
        "El Sex Workers Project busca personas muy motivadas, con capacidad para resolver problemas y "
        "comprometidas con el avance de los derechos de las trabajadoras y los trabajadores sexuales y de las "
        "personas sobrevivientes de la trata."
    ),
    "There are no open internships right now. New postings appear here; please check back.": (
        "No hay pasantías abiertas en este momento. Las nuevas convocatorias aparecen aquí; vuelva a "
        "consultar más adelante."
    ),
    "legal-intern": "pasante-legal",
    "Legal intern": "Pasante legal",
    "Work with SWP's attorneys on criminal record relief, immigration and family court matters.": (
        "Trabaje con los abogados de SWP en la limpieza de antecedentes penales, inmigración y asuntos del "
        "tribunal de familia."
    ),
    "Legal interns join the Sex Workers Project's legal team and support client-centered representation of "
    "people who trade sex and survivors of trafficking.": (
        "Los pasantes legales se integran al equipo legal del Sex Workers Project y apoyan la representación, "
        "centrada en el cliente, de personas que intercambian sexo y sobrevivientes de la trata."
    ),
    "Research and draft motions to vacate convictions": "Investigar y redactar mociones para anular condenas",
    "Help prepare immigration applications and supporting documents": (
        "Ayudar a preparar solicitudes migratorias y documentos de respaldo"
    ),
    "Sit in on client meetings with a supervising attorney": (
        "Asistir a reuniones con clientes junto a un abogado supervisor"
    ),
    "Support know-your-rights workshops": "Apoyar los talleres de «conozca sus derechos»",
    "Law students in their first, second or third year": "Estudiantes de Derecho de primero, segundo o tercer año",
    "Commitment to harm reduction and the rights of sex workers": (
        "Compromiso con la reducción de daños y los derechos de las trabajadoras y los trabajadores sexuales"
    ),
    "Spanish, Mandarin or another language is a plus, not a requirement": (
        "Hablar español, mandarín u otro idioma es una ventaja, no un requisito"
    ),
    "Include one writing sample in your résumé file, or say in your cover letter that you can send one.": (
        "Incluya una muestra de redacción en el archivo de su currículum, o indique en su carta de "
        "presentación que puede enviarla."
    ),
    "social-work-intern": "pasante-de-trabajo-social",
    "Social work intern": "Pasante de trabajo social",
    "Support clients with case management and counselling under the supervision of SWP's social workers.": (
        "Apoye a los clientes con gestión de casos y consejería, bajo la supervisión de los trabajadores "
        "sociales de SWP."
    ),
    "Social work interns provide case management and supportive counselling to clients, with weekly "
    "supervision from a licensed social worker.": (
        "Los pasantes de trabajo social ofrecen gestión de casos y consejería de apoyo a los clientes, con "
        "supervisión semanal de una trabajadora social con licencia."
    ),
    "Meet clients for intake and case management": "Reunirse con clientes para la admisión y la gestión de casos",
    "Connect clients with housing, health and benefits": (
        "Poner a los clientes en contacto con servicios de vivienda, salud y beneficios"
    ),
    "Keep careful, confidential case notes": "Llevar notas de caso cuidadosas y confidenciales",
    "Students in an MSW programme who need a field placement": (
        "Estudiantes de una maestría en Trabajo Social (MSW) que necesiten prácticas de campo"
    ),
    "Non-judgmental, client-centered approach": "Un enfoque sin juicios y centrado en el cliente",
    "policy-and-advocacy-intern": "pasante-de-politicas-e-incidencia",
    "Policy and advocacy intern": "Pasante de políticas e incidencia",
    "Research laws and policing that affect sex workers in New York and support SWP's campaigns.": (
        "Investigue las leyes y las prácticas policiales que afectan a las trabajadoras y los trabajadores "
        "sexuales en Nueva York y apoye las campañas de SWP."
    ),
    "The policy and advocacy intern supports research, coalition work and campaigns for laws that treat "
    "people who trade sex with dignity.": (
        "La persona pasante de políticas e incidencia apoya la investigación, el trabajo en coalición y las "
        "campañas por leyes que traten con dignidad a las personas que intercambian sexo."
    ),
    "Track bills and city council hearings": "Dar seguimiento a proyectos de ley y audiencias del concejo municipal",
    "Draft fact sheets and testimony": "Redactar hojas informativas y testimonios",
    "Undergraduate or graduate students in law, policy or a related field": (
        "Estudiantes de grado o posgrado en Derecho, políticas públicas o un campo afín"
    ),
}

# People's names, their page addresses and numbers stay the same in Spanish.
SAME_IN_SPANISH = [
    "RJ Thompson",
    "rj-thompson",
    "Clement Lee",
    "clement-lee",
    "Molly Cohen",
    "molly-cohen",
    "Abigail Anzalone",
    "abigail-anzalone",
    "15–20",
    "21",
    "10–15",
]
