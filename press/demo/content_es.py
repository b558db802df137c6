"""The press section of the demo in Spanish, as data: /es/prensa/, the translation of the English press
room (each English segment mapped to its Spanish, see ``home/demo/content_es.py``).

Releases and the media toolkit stay English-only pages; appearances are shared by both languages.
"""

# The English pages translated (paths below the home page).
PAGES = ["press"]

STRINGS = {
    "press": "prensa",
    "Press & Media": "Prensa y medios",
    "For journalists: SWP's statements, the stories that cover our work, and whom to call for a comment or "
    "an interview.": (
        "Para periodistas: los comunicados de SWP, las noticias que cubren nuestro trabajo y a quién llamar "
        "para pedir declaraciones o una entrevista."
    ),
    "Statements and announcements from the Sex Workers Project, newest first.": (
        "Comunicados y anuncios del Sex Workers Project, del más reciente al más antiguo."
    ),
    "Stories, interviews and broadcasts that cover the Sex Workers Project or quote our staff.": (
        "Noticias, entrevistas y programas que hablan del Sex Workers Project o citan a nuestro personal."
    ),
}
