"""The contact and donate pages of the demo in Spanish, as data: each English segment of the two pages
(the demo's words and the pages' default notes) mapped to its Spanish (see ``home/demo/content_es.py``).

The appeals are not translated here: they stay English-only pages.
"""

# The English pages translated (paths below the home page).
PAGES = ["contact", "donate"]

STRINGS = {
    # Contact.
    "contact": "contacto",
    "Contact": "Contacto",
    "Sex workers, survivors of trafficking, their families and the people who work with them can contact "
    "us. Our services are free and confidential.": (
        "Trabajadoras y trabajadores sexuales, sobrevivientes de la trata, sus familias y las personas que "
        "trabajan con ellos pueden escribirnos. Nuestros servicios son gratuitos y confidenciales."
    ),
    # The subject of the email staff receive (in Spanish: the message came through the Spanish page).
    "New message from the SWP website": "Nuevo mensaje del sitio web de SWP",
    "Please do not send details of a legal case through this form, and nothing you would not want someone "
    "else to read: email and web forms are not fully private. To talk about a case, call us during office "
    "hours and ask for an intake appointment.": (
        "Por favor, no envíe por este formulario detalles de un caso legal ni nada que no quiera que otra "
        "persona lea: el correo electrónico y los formularios web no son del todo privados. Para hablar de un "
        "caso, llámenos en horario de oficina y pida una cita de admisión."
    ),
    "Only the SWP staff who answer general enquiries read these messages, and we never share them with "
    "anyone outside SWP.": (
        "Solo el personal de SWP que responde a las consultas generales lee estos mensajes, y nunca los "
        "compartimos con nadie fuera de SWP."
    ),
    "Send message": "Enviar mensaje",
    "Thank you, your message has been sent": "Gracias, su mensaje ha sido enviado",
    "We answer messages within two working days. If you asked us not to write back by email, we will reach "
    "you the way you chose.": (
        "Respondemos los mensajes en un plazo de dos días hábiles. Si nos pidió que no le respondiéramos por "
        "correo electrónico, nos comunicaremos con usted de la forma que eligió."
    ),
    "If you are in danger now, call 911.": "Si está en peligro ahora, llame al 911.",
    # Donate.
    "donate": "donar",
    "Donate": "Donar",
    # What each suggested amount pays for.
    "A MetroCard so a client can get to court and to appointments": (
        "Una MetroCard para que una persona usuaria llegue al tribunal y a sus citas"
    ),
    "Translation of a client's documents for an immigration case": (
        "La traducción de los documentos de una persona usuaria para un caso de inmigración"
    ),
    "An hour of counselling with one of our social workers": (
        "Una hora de apoyo con una de nuestras trabajadoras sociales"
    ),
    "The court fees to clear a survivor's criminal record": (
        "Las tasas judiciales para borrar los antecedentes penales de una persona sobreviviente"
    ),
    "Stand with sex workers and survivors of trafficking in New York": (
        "Apoye a las trabajadoras y los trabajadores sexuales y a sobrevivientes de la trata en Nueva York"
    ),
    "Your gift pays for free legal and social services for people who trade sex, by choice, circumstance or "
    "coercion, and for the research and advocacy that change the laws that harm them.": (
        "Su donación paga servicios legales y sociales gratuitos para personas que intercambian sexo, por "
        "elección, por circunstancias o por coerción, y la investigación y la incidencia que cambian las leyes "
        "que les perjudican."
    ),
    "What your gift does": "Lo que logra su donación",
    "Every year our attorneys and social workers help hundreds of people stay in their homes, clear their "
    "records, keep their children and win the right to stay in the United States. Most of our clients could "
    "not pay for a lawyer, and many have been turned away elsewhere.": (
        "Cada año, nuestros abogados y trabajadores sociales ayudan a cientos de personas a conservar su "
        "vivienda, borrar sus antecedentes, mantener a sus hijos a su lado y obtener el derecho a quedarse en "
        "los Estados Unidos. La mayoría de nuestros clientes no podría pagar un abogado, y a muchos los han "
        "rechazado en otros lugares."
    ),
    "Gifts from people like you keep our services free, confidential and free of judgment, and let us speak "
    "up in Albany and City Hall for laws that treat sex workers as people.": (
        "Las donaciones de personas como usted mantienen nuestros servicios gratuitos, confidenciales y libres "
        "de juicios, y nos permiten alzar la voz en Albany y en el Ayuntamiento por leyes que traten a las "
        "trabajadoras y los trabajadores sexuales como personas."
    ),
    "Make your check payable to the Urban Justice Center, write “Sex Workers Project” on the memo line, and "
    "mail it to:": (
        "Extienda su cheque a nombre del Urban Justice Center, escriba “Sex Workers Project” en la línea de "
        "concepto (memo) y envíelo por correo a:"
    ),
    "Many employers match their staff's gifts to non-profit organizations. Ask your human resources team "
    "whether yours does, and name the Urban Justice Center (for the Sex Workers Project) as the recipient.": (
        "Muchos empleadores igualan las donaciones de su personal a organizaciones sin fines de lucro. "
        "Pregunte a su departamento de recursos humanos si el suyo lo hace e indique como destinatario al "
        "Urban Justice Center (para el Sex Workers Project)."
    ),
    "Gifts to the Sex Workers Project are made to the Urban Justice Center, a 501(c)(3) non-profit "
    "organization. Your gift is tax-deductible to the extent allowed by law.": (
        "Las donaciones al Sex Workers Project se hacen al Urban Justice Center, una organización sin fines de "
        "lucro 501(c)(3). Su donación es deducible de impuestos en la medida en que lo permita la ley."
    ),
    # The contact form's questions (translated with the page).
    "Name": "Nombre",
    "The name you would like us to use. It does not have to be your legal name.": (
        "El nombre que prefiere que usemos. No tiene que ser su nombre legal."
    ),
    "Email": "Correo electrónico",
    "We answer by email unless you ask us not to below.": (
        "Le respondemos por correo electrónico, salvo que nos pida otra cosa más abajo."
    ),
    "Phone": "Teléfono",
    "Only if you would like us to call or text you.": (
        "Solo si desea que le llamemos o le enviemos un mensaje de texto."
    ),
    "How should we reach you": "¿Cómo debemos comunicarnos con usted?",
    "Email\nPhone call\nText message": "Correo electrónico\nLlamada telefónica\nMensaje de texto",
    "Choose the way that is safe for you.": "Elija la forma que sea segura para usted.",
    "Message": "Mensaje",
    "A few lines about what you need. Please do not include details of a case.": (
        "Unas líneas sobre lo que necesita. Por favor, no incluya detalles de un caso."
    ),
}

SAME_IN_SPANISH = ["swp@urbanjustice.org"]
