"""The demo's fixed pools: what its organisations, addresses, names and texts are drawn from.

Pure data, no logic: every value here is either invented (and visibly so: "(démo)" in the
partners' names) or real public reference data (Saint-Gilles and neighbouring streets with
their French and Dutch forms, postcodes, Brussels phone exchanges). The tests check each pool
against the domain's own parsers (phone numbers, languages, qualification levels), so the
builder (:mod:`pacte_desktop.demo.builder`) never validates a row one by one.
"""

from __future__ import annotations

# -- organisations and workers -----------------------------------------------------------------
OWN_ORGANISATION = ("CPAS de Saint-Gilles (démo)", "OCMW van Sint-Gillis (demo)", "cpas")
PARTNERS: tuple[tuple[str, str | None, str], ...] = (
    ("ALE de Saint-Gilles (démo)", "PWA van Sint-Gillis (demo)", "ale"),
    (
        "Maison de l'emploi et de la formation de Saint-Gilles (démo)",
        "Huis van Werk en Opleiding van Sint-Gillis (demo)",
        "maison-emploi",
    ),
    (
        "Mission locale de Saint-Gilles (démo)",
        "Lokale Missie van Sint-Gillis (demo)",
        "mission-locale",
    ),
    (
        "Commune de Saint-Gilles – Développement économique (démo)",
        "Gemeente Sint-Gillis – Economische Ontwikkeling (demo)",
        "commune",
    ),
    ("Atelier Parvis Formation (démo)", None, "isp"),
    ("Cuisine & Compétences (démo)", None, "isp"),
    ("Tremplin numérique 1060 (démo)", None, "isp"),
    ("Les Ateliers du Midi (démo)", None, "isp"),
    ("Horizon Emploi Femmes (démo)", None, "isp"),
)
DEMO_WORKERS = (
    "Sofia Martins",
    "Karim El Idrissi",
    "Els Vermeulen",
    "Julien Lambert",
    "Fatou Diop",
    "Tomasz Nowak",
)
MIN_WORKERS = 3

# -- addresses: real streets with the French and Dutch forms the KBO gives --------------------
SAINT_GILLES = ("1060", "Saint-Gilles", "Sint-Gillis")
SAINT_GILLES_STREETS: tuple[tuple[str, str], ...] = (
    ("Chaussée de Waterloo", "Waterloosesteenweg"),
    ("Chaussée de Forest", "Vorstsesteenweg"),
    ("Chaussée de Charleroi", "Charleroisesteenweg"),
    ("Rue de la Victoire", "Overwinningsstraat"),
    ("Avenue Jean Volders", "Jean Voldersslaan"),
    ("Parvis de Saint-Gilles", "Sint-Gillisvoorplein"),
    ("Place Bethléem", "Bethlehemplein"),
    ("Place Maurice Van Meenen", "Maurice Van Meenenplein"),
    ("Place Julien Dillens", "Julien Dillensplein"),
    ("Rue de l'Hôtel des Monnaies", "Munthofstraat"),
    ("Rue du Fort", "Fortstraat"),
    ("Rue Théodore Verhaegen", "Theodoor Verhaegenstraat"),
    ("Rue de Mérode", "de Merodestraat"),
    ("Avenue Henri Jaspar", "Henri Jasparlaan"),
    ("Avenue de la Porte de Hal", "Hallepoortlaan"),
    ("Avenue Fonsny", "Fonsnylaan"),
    ("Avenue du Roi", "Koningslaan"),
    ("Avenue Ducpétiaux", "Ducpétiauxlaan"),
    ("Avenue Paul Dejaer", "Paul Dejaerlaan"),
    ("Rue de Moscou", "Moskoustraat"),
    ("Rue Vanderschrick", "Vanderschrickstraat"),
    ("Rue de Parme", "Parmastraat"),
    ("Rue de Bosnie", "Bosniëstraat"),
    ("Rue Dethy", "Dethystraat"),
    ("Rue de la Glacière", "IJskelderstraat"),
    ("Rue Berckmans", "Berckmansstraat"),
    ("Rue Jourdan", "Jourdanstraat"),
    ("Rue Émile Féron", "Emile Feronstraat"),
    ("Rue de Belgrade", "Belgradostraat"),
    ("Rue de Danemark", "Denemarkenstraat"),
    ("Rue de Suisse", "Zwitserlandstraat"),
    ("Rue de Lausanne", "Lausannestraat"),
    ("Rue de Tamise", "Theemsstraat"),
    ("Rue d'Écosse", "Schotlandstraat"),
    ("Rue d'Espagne", "Spanjestraat"),
    ("Rue de Prusse", "Pruisenstraat"),
    ("Rue Moris", "Morisstraat"),
    ("Rue Africaine", "Afrikaansestraat"),
    ("Rue de la Source", "Bronstraat"),
    ("Rue Arthur Diderich", "Arthur Diderichstraat"),
)
NEIGHBOURS: tuple[tuple[tuple[str, str, str], tuple[tuple[str, str], ...]], ...] = (
    (
        ("1000", "Bruxelles", "Brussel"),
        (
            ("Boulevard du Midi", "Zuidlaan"),
            ("Rue Haute", "Hoogstraat"),
            ("Rue Blaes", "Blaesstraat"),
            ("Rue du Midi", "Zuidstraat"),
            ("Boulevard Anspach", "Anspachlaan"),
        ),
    ),
    (
        ("1050", "Ixelles", "Elsene"),
        (
            ("Chaussée d'Ixelles", "Elsensesteenweg"),
            ("Rue du Bailli", "Baljuwstraat"),
            ("Place Fernand Cocq", "Fernand Cocqplein"),
            ("Rue Washington", "Washingtonstraat"),
            ("Chaussée de Vleurgat", "Vleurgatsesteenweg"),
        ),
    ),
    (
        ("1190", "Forest", "Vorst"),
        (
            ("Chaussée de Neerstalle", "Neerstalsesteenweg"),
            ("Avenue Van Volxem", "Van Volxemlaan"),
            ("Place Saint-Denis", "Sint-Denijsplein"),
            ("Chaussée d'Alsemberg", "Alsembergsesteenweg"),
            ("Boulevard de la Deuxième Armée Britannique", "Tweede Britse Legerlaan"),
        ),
    ),
    (
        ("1070", "Anderlecht", "Anderlecht"),
        (
            ("Rue Wayez", "Wayezstraat"),
            ("Chaussée de Mons", "Bergensesteenweg"),
            ("Boulevard Industriel", "Industrielaan"),
            ("Place de la Vaillance", "Dapperheidsplein"),
            ("Rue Brogniez", "Brogniezstraat"),
        ),
    ),
)
SAINT_GILLES_SHARE = 0.8
CANDIDATE_COMMUNES = ("Saint-Gilles",) * 12 + (
    "Forest",
    "Forest",
    "Anderlecht",
    "Anderlecht",
    "Bruxelles",
    "Ixelles",
    "Molenbeek-Saint-Jean",
    "Schaerbeek",
    "Uccle",
)

# Phone ranges libphonenumber accepts: Brussels landlines are 02 + seven digits (exchanges of
# Saint-Gilles and its neighbours), mobiles 04xx + six digits.
LANDLINE_PREFIXES = ("+322534", "+322537", "+322538", "+322539", "+322542", "+322543", "+322544")
MOBILE_PREFIXES = tuple(f"+3247{d}" for d in range(10)) + tuple(
    f"+324{p}" for p in (84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99)
)

# -- names -------------------------------------------------------------------------------------
FAMILY_NAMES = (
    "Janssens",
    "Peeters",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Leclercq",
    "Lejeune",
    "Renard",
    "El Amrani",
    "Benali",
    "El Idrissi",
    "Bouzid",
    "Haddad",
    "Ben Salah",
    "Da Silva",
    "Ferreira",
    "Santos",
    "Kowalski",
    "Nowak",
    "Yilmaz",
    "Demir",
    "Popescu",
    "Ionescu",
    "Garcia",
    "Fernandez",
    "Rossi",
    "Esposito",
    "Diallo",
    "Mukendi",
    "Kabongo",
    "Nguyen",
)
FIRST_NAMES = (
    "Amina",
    "Sarah",
    "Fatima",
    "Nadia",
    "Marie",
    "Julie",
    "Sofia",
    "Ana",
    "Elif",
    "Aïcha",
    "Laura",
    "Inès",
    "Anna",
    "Ioana",
    "Maria",
    "Lotte",
    "Mohamed",
    "Youssef",
    "Karim",
    "Thomas",
    "Nicolas",
    "Pedro",
    "João",
    "Mehmet",
    "Piotr",
    "Adrien",
    "Jan",
    "Pieter",
    "Mamadou",
    "Ibrahim",
    "Luca",
    "Ahmed",
    "Kevin",
    "Olivier",
    "David",
    "Samir",
)
PLACE_QUALIFIERS = (
    "du Parvis",
    "de la Barrière",
    "du Midi",
    "de la Porte de Hal",
    "Bethléem",
    "Van Meenen",
    "du Fort",
    "de la Victoire",
    "Moris",
    "Jourdan",
    "Dillens",
    "de la Monnaie",
    "Horta",
    "de Merode",
    "Volders",
    "Verhaegen",
    "de Saint-Gilles",
    "du Coin",
    "de la Gare",
    "de l'Altitude",
)
# Invented names that exist in both languages, for bodies that must be bilingual in Brussels.
BILINGUAL_QUALIFIERS = (
    ("Les Tilleuls", "De Linden"),
    ("Les Lutins", "De Kabouters"),
    ("Les Hirondelles", "De Zwaluwen"),
    ("Le Soleil", "De Zon"),
    ("Les Marronniers", "De Kastanjes"),
    ("L'Arc-en-ciel", "De Regenboog"),
    ("Les Coquelicots", "De Klaprozen"),
    ("Les Peupliers", "De Populieren"),
    ("Le Moulin", "De Molen"),
    ("L'Étoile", "De Ster"),
    ("Le Jardin", "De Tuin"),
    ("Les Abeilles", "De Bijen"),
)
# Syllables of invented brand names ("Novali Clean", "Brixo Logistics").
BRAND_HEADS = (
    "No",
    "Bri",
    "Ka",
    "Ze",
    "Ra",
    "Te",
    "Lu",
    "Sa",
    "Ve",
    "Ori",
    "Ma",
    "Fle",
    "Do",
    "Ali",
    "Ty",
    "Qui",
)
BRAND_TAILS = (
    "va",
    "xo",
    "lo",
    "phi",
    "mo",
    "li",
    "ra",
    "do",
    "on",
    "ssa",
    "ne",
    "ko",
    "ria",
    "vi",
    "nto",
    "bel",
)


GENERAL_SKILLS = ("bureautique", "permis B", "néerlandais de base", "travail en équipe")

# -- texts ---------------------------------------------------------------------------------------
EMAIL_LOCALS = ("contact", "info", "rh", "jobs", "bonjour", "administration")
EXTRA_TAGS = (
    ("Club des entrepreneurs", 0.12),
    ("économie sociale", 0.06),
    ("circuit court", 0.04),
    ("quartier Midi", 0.05),
)
EMPLOYER_NOTES = (
    "Préfère être contacté le matin.",
    "Ouvert à des profils sans diplôme.",
    "A déjà accueilli des stagiaires du pacte.",
    "Souhaite un accompagnement les premières semaines.",
    "Contact obtenu via la mission locale.",
    "Fermeture annuelle en août.",
    "Recrute surtout avant les fêtes de fin d'année.",
)
CONTACT_NOTES = (
    "Disponible surtout le mardi.",
    "Parle aussi néerlandais.",
    "Préfère les e-mails.",
    "Ancienne stagiaire du CPAS, très à l'écoute.",
)
SUMMARIES: dict[str, tuple[str, ...]] = {
    "visit": (
        "Visite sur place : présentation du pacte et des aides à l'emploi (stage, article 60, "
        "Activa).",
        "Rencontre avec la direction : besoins en personnel pour la rentrée.",
        "Visite avec un·e candidat·e (poste : {job}).",
        "Visite de suivi d'un·e stagiaire ({job}) : bonne intégration dans l'équipe.",
    ),
    "phone": (
        "Appel : intérêt pour accueillir un·e stagiaire {job}.",
        "Appel de suivi après une mise à l'emploi.",
        "Appel : pas de besoin pour le moment, rappeler dans trois mois.",
        "Appel entrant : cherche rapidement un·e {job}.",
    ),
    "email": (
        "Envoi de la brochure des aides à l'embauche (Activa.brussels, article 60).",
        "Envoi de trois profils anonymisés (poste : {job}).",
        "Réponse à l'offre « {job} » : candidatures transmises.",
    ),
    "event": (
        "Rencontre au Club des entrepreneurs de Saint-Gilles.",
        "Job day au Parvis : échange sur les postes « {job} ».",
        "Petit-déjeuner des employeurs de la commune.",
    ),
    "other": (
        "Passage au commerce, carte de visite laissée.",
        "Contact transmis par un partenaire du pacte.",
    ),
}
CHANNELS_WEIGHTED = ("visit",) * 3 + ("phone",) * 4 + ("email",) * 3 + ("event", "other")
OUTCOMES = (
    None,
    None,
    None,
    "Intéressé, à recontacter.",
    "Pas de besoin actuellement.",
    "Accord pour accueillir un·e stagiaire.",
    "Demande de profils transmise au réseau.",
    "Offre d'emploi reçue.",
    "Rendez-vous fixé.",
)
FOLLOW_UP_ACTIONS = (
    "Rappeler pour confirmer le stage « {job} ».",
    "Envoyer des CV (poste : {job}).",
    "Planifier une visite sur place.",
    "Relancer pour la convention article 60.",
    "Vérifier l'éligibilité Activa du candidat.",
    "Faire le point après un mois de stage.",
)
OPPORTUNITY_NOTES = (
    "Horaires coupés.",
    "Possibilité d'embauche après le stage.",
    "Permis B souhaité.",
    "Temps partiel possible.",
)

# Follow-up buckets, repeated to weight them: most are done, and the "to do" lists get some
# overdue, some due today, some this week.
FOLLOW_UP_BUCKETS = (
    ("done",) * 50
    + ("cancelled",) * 6
    + ("overdue",) * 14
    + ("today",) * 5
    + ("week",) * 10
    + ("later",) * 15
)
OPPORTUNITY_KINDS_WEIGHTED = (
    ("internship",) * 20
    + ("fpi",) * 8
    + ("article60",) * 10
    + ("article61",) * 4
    + ("activa",) * 10
    + ("fixed-term",) * 12
    + ("open-ended",) * 12
    + ("training",) * 6
    + ("profile-request",) * 10
)
TITLE_BY_KIND = {
    "internship": "Stage {job}",
    "fpi": "FPI {job}",
    "article60": "Article 60 – {job}",
    "article61": "Article 61 – {job}",
    "activa": "Activa – {job}",
    "fixed-term": "CDD {job}",
    "open-ended": "CDI {job}",
    "training": "Formation en entreprise – {job}",
}
# Typical length in days of each kind of placement or offer (None: no planned end).
DURATIONS: dict[str, tuple[int, int] | None] = {
    "internship": (28, 120),
    "fpi": (90, 180),
    "article60": (365, 730),
    "article61": (180, 365),
    "activa": (180, 365),
    "fixed-term": (90, 365),
    "open-ended": None,
    "training": (30, 180),
    "profile-request": (14, 60),
}
PLACEMENT_TYPES_BY_ACCEPT = {
    "internships": ("internship", "internship", "fpi", "training"),
    "article60": ("article60", "article60", "article61"),
    "activa": ("activa",),
    "hires": ("fixed-term", "open-ended"),
}
ACCEPTS = ("internships", "article60", "activa", "hires")
QUALIFICATIONS_WEIGHTED = (
    (None,) * 2
    + ("none",) * 4
    + ("ceb",) * 5
    + ("cesi",) * 3
    + ("cess",) * 5
    + ("bachelor",) * 2
    + ("master",)
)
# (language, chance) for what employers use at work and what candidates speak.
EMPLOYER_LANGUAGES = (
    ("fr", 0.95),
    ("nl", 0.35),
    ("en", 0.25),
    ("es", 0.03),
    ("it", 0.03),
    ("pt", 0.03),
    ("tr", 0.03),
    ("pl", 0.03),
    ("ar", 0.08),
    ("ro", 0.02),
)
CANDIDATE_LANGUAGES = (
    ("fr", 0.9),
    ("nl", 0.2),
    ("en", 0.3),
    ("es", 0.06),
    ("it", 0.04),
    ("pt", 0.06),
    ("tr", 0.06),
    ("pl", 0.05),
    ("ar", 0.3),
    ("ro", 0.05),
    ("other", 0.08),
)
THREE_MONTHS, SIX_MONTHS = 91, 182
