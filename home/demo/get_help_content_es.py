"""The Get help part of the demo in Spanish, as data: /es/obtener-ayuda/ and the Spanish know-your-rights
guide, the translation of the English one, offering the Spanish fact sheet's PDF as its download.

Each English segment of the pages is mapped to its Spanish (see ``home/demo/content_es.py``). The
guide's Spanish was first written as a guide of its own in the English tree; older demo databases still
have that page (``OLD_GUIDE_SLUG``), which the loader replaces by the translation.
"""

# The English pages translated, parents first (paths below the home page).
PAGES = ["get-help", "get-help/know-your-rights-police"]

# The Spanish guide older demo databases have in the English tree, below Get help.
OLD_GUIDE_SLUG = "conozca-sus-derechos"

STRINGS = {
    # Get help.
    "get-help": "obtener-ayuda",
    "Get help": "Obtener ayuda",
    # The holiday closures' names.
    "Thanksgiving": "Día de Acción de Gracias",
    "Winter break": "Vacaciones de invierno",
    "New Year's Day": "Año Nuevo",
    "Free, confidential legal and social services for people who trade sex, by choice, circumstance or "
    "coercion, and for survivors of trafficking in New York City.": (
        "Servicios legales y sociales gratuitos y confidenciales para personas que intercambian sexo, por "
        "elección, por circunstancias o por coerción, y para sobrevivientes de la trata en la ciudad de Nueva "
        "York."
    ),
    "We work with anyone in New York City who trades or has traded sex, and with survivors of human "
    "trafficking of any kind, including labour trafficking.": (
        "Trabajamos con cualquier persona de la ciudad de Nueva York que intercambia o ha intercambiado sexo, "
        "y con sobrevivientes de cualquier tipo de trata de personas, incluida la trata laboral."
    ),
    "<strong>How you came to trade sex does not matter to us</strong>, and neither does your immigration "
    "status. You do not have to call yourself a sex worker or a victim to get help, and you do not have to "
    "stop what you are doing.": (
        "<strong>No nos importa cómo llegó a intercambiar sexo</strong>, ni tampoco su situación migratoria. "
        "No tiene que considerarse trabajadora sexual ni víctima para recibir ayuda, y no tiene que dejar lo "
        "que está haciendo."
    ),
    "We help with criminal records, immigration, housing, family court, police misconduct, and with "
    "counselling and case management.": (
        "Ayudamos con antecedentes penales, inmigración, vivienda, tribunal de familia y abusos policiales, y "
        "ofrecemos consejería y gestión de casos."
    ),
    "If we cannot answer, leave a message with a safe way to reach you; we call back within one working day.": (
        "Si no podemos contestar, deje un mensaje con una forma segura de comunicarnos con usted; le "
        "devolvemos la llamada en un día hábil."
    ),
    "Visits are by appointment: call or email first so someone is there to meet you.": (
        "Las visitas son con cita previa: llame o escriba primero para que alguien pueda recibirle."
    ),
    "Messages left outside these hours are answered the next working day.": (
        "Los mensajes que se dejen fuera de este horario se contestan el siguiente día hábil."
    ),
    "English\nSpanish\nMandarin": "Inglés\nEspañol\nMandarín",
    "For any other language we work with interpreters, free of charge.": (
        "Para cualquier otro idioma trabajamos con intérpretes, sin costo alguno."
    ),
    "A member of our intake team answers. They ask your first name (it does not have to be your legal name), "
    "a safe way to reach you, and what you need help with. You can stop at any time, and you do not have to "
    "answer anything you do not want to.": (
        "Le atiende una persona de nuestro equipo de admisión. Le pregunta su nombre de pila (no tiene que ser "
        "su nombre legal), una forma segura de comunicarnos con usted y en qué necesita ayuda. Puede parar en "
        "cualquier momento y no tiene que contestar nada que no quiera."
    ),
    "If we can help, we set up a meeting with an attorney or a social worker, by phone, video or at our "
    "office. If we cannot, we tell you who can.": (
        "Si podemos ayudarle, le damos una cita con un abogado o una trabajadora social, por teléfono, por "
        "video o en nuestra oficina. Si no podemos, le decimos quién puede hacerlo."
    ),
    "What you tell us stays with us. We do not share it with the police, immigration authorities or anyone "
    "else without your permission, except where the law requires it, and we will explain those rare cases "
    "before you tell us anything.": (
        "Lo que nos cuente queda entre nosotros. No lo compartimos con la policía, con las autoridades de "
        "inmigración ni con nadie más sin su permiso, salvo cuando la ley lo exige, y le explicaremos esos "
        "casos poco frecuentes antes de que nos cuente nada."
    ),
    "We never ask why you trade sex or how you came to, and we do not report anyone to immigration.": (
        "Nunca le preguntamos por qué intercambia sexo ni cómo llegó a hacerlo, y no denunciamos a nadie ante "
        "inmigración."
    ),
    "Police, fire or ambulance": "Policía, bomberos o ambulancia",
    "If you are in danger right now.": "Si está en peligro en este momento.",
    "National Human Trafficking Hotline": "Línea Directa Nacional contra la Trata de Personas",
    "Free and confidential, 24 hours a day, in many languages. You can also text 233733.": (
        "Gratuita y confidencial, las 24 horas del día, en muchos idiomas. También puede enviar un mensaje de "
        "texto al 233733."
    ),
    "988 Suicide & Crisis Lifeline": "988 Línea de Prevención del Suicidio y Crisis",
    "Call or text, 24 hours a day.": "Llame o envíe un mensaje de texto, las 24 horas del día.",
    "Safe Horizon hotline (violence and abuse)": "Línea de ayuda de Safe Horizon (violencia y abuso)",
    "24 hours a day.": "Las 24 horas del día.",
    "New York City": "Ciudad de Nueva York",
    # The know-your-rights guide (the same words as the Spanish fact sheet).
    "know-your-rights-police": "conozca-sus-derechos",
    "Know Your Rights: Sex Work and the Police in New York": (
        "Conozca sus derechos: el trabajo sexual y la policía en Nueva York"
    ),
    "What you can do if police stop you, search you or arrest you in New York, and how to reach a lawyer. "
    "Written for people who trade sex.": (
        "Qué puede hacer si la policía le detiene, le registra o le arresta en Nueva York, y cómo contactar a "
        "un abogado. Escrito para personas que intercambian sexo."
    ),
    "If police stop you": "Si la policía le detiene",
    "Stay calm and keep your hands where the officer can see them. Do not run, and do not touch the officer.": (
        "Mantenga la calma y las manos a la vista. No corra y no toque al agente."
    ),
    "You can ask: <strong>am I free to go?</strong> If the answer is yes, walk away calmly.": (
        "Puede preguntar: <strong>¿me puedo ir?</strong> Si la respuesta es sí, váyase con calma."
    ),
    "Am I free to go?": "¿Me puedo ir?",
    "You have the right to stay silent": "Usted tiene derecho a guardar silencio",
    "You do not have to answer questions about where you are going, what you do for work or who you are "
    "with. Anything you say can be used against you.": (
        "No tiene que contestar preguntas sobre adónde va, en qué trabaja o con quién está. Todo lo que diga "
        "puede usarse en su contra."
    ),
    "In New York you may have to give your name if you are arrested, but you do not have to say more.": (
        "Si le arrestan en Nueva York, es posible que tenga que dar su nombre, pero no tiene que decir más."
    ),
    "I want to stay silent and I want to speak to a lawyer.": "Quiero guardar silencio y quiero hablar con un abogado.",
    "If police want to search you": "Si la policía quiere registrarle",
    "You do not have to agree to a search of yourself, your bag, your phone or your home. Say clearly that "
    "you do not consent. Do not resist, even if they search anyway: a lawyer can challenge it later.": (
        "No tiene que aceptar un registro de su persona, su bolso, su teléfono o su casa. Diga claramente que "
        "no da su consentimiento. No se resista, aunque le registren de todos modos: un abogado puede "
        "impugnarlo después."
    ),
    "Carrying condoms is not a crime. Police in New York are not supposed to use them as evidence.": (
        "Llevar condones no es un delito. La policía de Nueva York no debe usarlos como prueba."
    ),
    "I do not consent to a search.": "No doy mi consentimiento para un registro.",
    "If you are arrested": "Si le arrestan",
    "Do not sign anything you do not understand.": "No firme nada que no entienda.",
    "Ask for a lawyer, and do not talk about your case until you have one.": (
        "Pida un abogado y no hable de su caso hasta tenerlo."
    ),
    "If you are not a US citizen, do not answer questions about your immigration status or where you were "
    "born; talk to a lawyer first.": (
        "Si no es ciudadano de los Estados Unidos, no conteste preguntas sobre su situación migratoria ni sobre "
        "dónde nació; hable antes con un abogado."
    ),
    "Write down, as soon as you can, the officers' names or badge numbers, the time and the place.": (
        "Anote en cuanto pueda los nombres o números de placa de los agentes, la hora y el lugar."
    ),
    "Get free, confidential legal help": "Ayuda legal gratuita y confidencial",
    "Call the Sex Workers Project at 646-602-5617. Our help is free and confidential, and your immigration "
    "status does not matter. We do not judge, and we never share what you tell us with the police.": (
        "Llame al Sex Workers Project al 646-602-5617. Nuestra ayuda es gratuita y confidencial, y su situación "
        "migratoria no importa. No juzgamos y nunca compartimos con la policía lo que nos cuenta."
    ),
}

# Numbers, addresses and names that stay the same in Spanish.
SAME_IN_SPANISH = [
    "646-602-5617",
    "911",
    "1-888-373-7888",
    "988",
    "1-800-621-4673",
    "Urban Justice Center\n40 Rector Street, 9th Floor\nNew York, NY 10006",
]
