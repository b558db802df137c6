"""The demo's menus, footer and alert banner in Spanish, keyed by their English words.

``home/demo/site_text_loader.py`` gives them to wagtail-localize as a translator would. Addresses typed in
links (not chosen pages) are worked out there from the Spanish pages, not listed here.
"""

NAVIGATION = {
    # The main menu
    "home": "inicio",
    "about": "quiénes somos",
    "publications": "publicaciones",
    "press": "prensa",
    "campaigns": "campañas",
    "multimedia": "multimedia",
    "resources": "recursos",
    "contact": "contacto",
    "donate": "donar",
    # The footer's headings
    "Publications": "Publicaciones",
    "Press & Media": "Prensa y medios",
    "Other": "Más",
    "General": "General",
    # The footer's links
    "Reports": "Informes",
    "Publications by Partners": "Publicaciones de organizaciones aliadas",
    "Fact Sheets & Other": "Hojas informativas y más",
    "Press Releases": "Comunicados de prensa",
    "Press & Media Appearances": "Apariciones en prensa y medios",
    "Media Toolkit": "Recursos para medios",
    "Campaigns": "Campañas",
    "Multimedia": "Multimedia",
    "Resources": "Recursos",
    "Contact": "Contacto",
    "Donate": "Donar",
    "About": "Quiénes somos",
    "Sitemap": "Mapa del sitio",
}

# The demo's banner is off and has no words; a message written for the demo would be translated here.
ALERT_BANNER = {}
