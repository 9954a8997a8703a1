"""Demo data: a clearly fictitious but realistic Saint-Gilles network, fast enough for 100,000 rows.

:func:`fill_demo` fills an open unit of work with an organisation (when the store has none), its
workers, the partner organisations of the pact, and employers with their contact persons,
interactions, follow-ups, opportunities, candidates and placements. Every name is invented, every
e-mail address and website is on the reserved ``.example`` top-level domain, and the partner
organisations carry "(démo)" in their names, so nobody can mistake the data for a real directory.
Street names, postcodes, NACE-BEL codes, BCE check digits and phone number ranges are real, so
the data exercises the same validation, search and reports as real data would.

Rows are built in stored form (see :func:`pacte_desktop.store.schema.stored_defaults`) and written
with :meth:`UnitOfWork.bulk_insert`, which journals them. Nothing here parses a phone number or
validates a row one by one: values come from pools that the tests check against the domain's
parsers, so at 100,000 employers most of the time goes to SQLite (indexes, journal, and the
full-text search triggers), not to Python.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import bce
from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    Entity,
    FollowUp,
    Interaction,
    Opportunity,
    Organisation,
    Placement,
    Worker,
    build,
    normalise,
)
from pacte_desktop.store import busy
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.schema import stored_defaults
from pacte_desktop.store.unit_of_work import CancelToken, UnitOfWork

Progress = Callable[[int, int], None]

DEMO_DOMAIN = "example"  # RFC 2606 reserves it: no demo address can ever reach anyone
MAX_CANDIDATES = 20_000  # one organisation follows a few thousand people a year, not 50,000
HISTORY_DAYS = 730  # interactions and placements cover the last two years
#: Rows written between two chances for a waiting writer to go first (store/busy.py).
STEP = 20_000


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind :func:`fill_demo` wrote."""

    organisations: int
    workers: int
    employers: int
    contacts: int
    interactions: int
    follow_ups: int
    opportunities: int
    candidates: int
    placements: int

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


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


@dataclass(frozen=True)
class Sector:
    """One kind of employer: how it is named, coded, staffed and what it may offer."""

    key: str
    tag: str  # the tag partners filter on
    weight: int  # share of all employers
    shops: tuple[tuple[str, str | None, str], ...]  # (French kind, Dutch kind, NACE-BEL 2025)
    brand_suffixes: tuple[str, ...]  # invented brands: "Novali" + suffix
    brand_nace: tuple[str, ...]
    legal_forms: tuple[str | None, ...]  # repeated to weight them; None: a natural person
    sizes: tuple[str, ...]  # repeated to weight them
    accepts: tuple[float, float, float, float]  # chances of internships, article60, activa, hires
    bilingual: float  # chance that a name has a Dutch form
    qualification: str  # what offers usually ask for, when they ask
    jobs: tuple[tuple[str, tuple[str, ...]], ...]  # (position, the skills it needs)
    roles: tuple[str, ...]  # of contact persons

    @functools.cached_property
    def skills(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(skill for _, skills in self.jobs for skill in skills))


# NACE-BEL 2025 sub-classes are the NACE Rev. 2.1 classes plus a Belgian fifth digit (0 where
# Belgium does not subdivide the class), stored as digits.
SECTORS: tuple[Sector, ...] = (
    Sector(
        "horeca",
        "HORECA",
        18,
        (
            ("Brasserie", "Brasserie", "56111"),
            ("Restaurant", "Restaurant", "56111"),
            ("Café", "Café", "56301"),
            ("Taverne", "Taverne", "56301"),
            ("Pizzeria", None, "56112"),
            ("Snack", None, "56112"),
            ("Friterie", "Frituur", "56112"),
            ("Traiteur", None, "56210"),
            ("Hôtel", "Hotel", "55100"),
            ("Salon de thé", None, "56112"),
        ),
        ("Food", "Kitchen", "Bistro"),
        ("56111", "56210"),
        ("SRL",) * 6 + ("SA", None, None, "SC"),
        ("1-9",) * 6 + ("10-49",) * 3 + ("50-249",),
        (0.7, 0.45, 0.5, 0.6),
        0.3,
        "none",
        (
            ("commis de cuisine", ("cuisine", "hygiène alimentaire (HACCP)")),
            ("plongeur·euse", ("plonge", "hygiène alimentaire (HACCP)")),
            ("serveur·euse", ("service en salle", "accueil clientèle")),
            ("aide-cuisinier·ère", ("cuisine", "hygiène alimentaire (HACCP)")),
            ("barman·aid", ("service au bar", "barista")),
            ("réceptionniste", ("accueil clientèle", "réservations")),
        ),
        ("Gérant·e", "Chef de cuisine", "Responsable de salle", "Propriétaire"),
    ),
    Sector(
        "retail",
        "commerce",
        18,
        (
            ("Boulangerie", "Bakkerij", "47240"),
            ("Épicerie", "Kruidenier", "47110"),
            ("Boucherie", "Slagerij", "47220"),
            ("Librairie", "Boekhandel", "47610"),
            ("Fleuriste", "Bloemist", "47760"),
            ("Pharmacie", "Apotheek", "47730"),
            ("Primeurs", "Groenten en fruit", "47210"),
            ("Friperie", None, "47790"),
            ("Boutique", None, "47716"),
            ("Supérette", None, "47110"),
        ),
        ("Market", "Store", "Shop"),
        ("47110", "47716", "47520"),
        ("SRL",) * 6 + ("SA", None, None, "SComm"),
        ("1-9",) * 6 + ("10-49",) * 3 + ("50-249",),
        (0.6, 0.4, 0.4, 0.5),
        0.3,
        "ceb",
        (
            ("vendeur·euse", ("vente", "accueil clientèle")),
            ("réassortisseur·euse", ("réassort", "gestion de stock")),
            ("caissier·ère", ("caisse", "accueil clientèle")),
            ("vendeur·euse en boulangerie", ("vente", "boulangerie")),
            ("aide-boucher·ère", ("boucherie", "hygiène alimentaire (HACCP)")),
            ("magasinier·ère", ("gestion de stock", "réassort")),
        ),
        ("Gérant·e", "Responsable de magasin", "Propriétaire", "Responsable RH"),
    ),
    Sector(
        "care",
        "soins",
        10,
        (
            ("Maison de repos", "Rusthuis", "87300"),
            ("Maison médicale", "Wijkgezondheidscentrum", "86210"),
            ("Centre médical", "Medisch centrum", "86210"),
            ("Aide à domicile", "Thuishulp", "88100"),
            ("Crèche", "Kinderdagverblijf", "88910"),
            ("Cabinet de kinésithérapie", "Kinesitherapiepraktijk", "86950"),
        ),
        ("Care", "Santé", "Senior"),
        ("88100", "87300"),
        ("ASBL",) * 4 + ("SRL",) * 3 + ("SC", "SA"),
        ("1-9",) * 2 + ("10-49",) * 4 + ("50-249",) * 3 + ("250+",),
        (0.8, 0.7, 0.4, 0.6),
        0.5,
        "cesi",
        (
            ("aide-soignant·e", ("soins aux personnes âgées", "aide à la toilette")),
            ("auxiliaire de vie", ("aide à la toilette", "écoute")),
            ("agent·e d'entretien", ("entretien des locaux", "produits d'entretien")),
            ("puériculteur·rice", ("puériculture", "écoute")),
            ("accueillant·e", ("accueil du public", "bureautique")),
        ),
        ("Directeur·rice", "Responsable RH", "Infirmier·ère en chef", "Coordinateur·rice"),
    ),
    Sector(
        "cleaning",
        "nettoyage",
        8,
        (
            ("Nettoyage", "Schoonmaak", "81210"),
            ("Titres-services", "Dienstencheques", "96910"),
            ("Entretien de bureaux", None, "81210"),
            ("Lavage de vitres", "Glazenwasserij", "81220"),
        ),
        ("Clean", "Net", "Services"),
        ("81210", "81220", "96910"),
        ("SRL",) * 5 + ("SA", "SA", "ASBL", "SC"),
        ("1-9",) * 3 + ("10-49",) * 4 + ("50-249",) * 2 + ("250+",),
        (0.4, 0.6, 0.7, 0.7),
        0.3,
        "none",
        (
            ("technicien·ne de surface", ("nettoyage professionnel", "produits d'entretien")),
            ("aide-ménager·ère", ("nettoyage professionnel", "repassage")),
            ("laveur·euse de vitres", ("nettoyage professionnel", "travail en hauteur")),
            ("chef·fe d'équipe nettoyage", ("nettoyage professionnel", "gestion d'équipe")),
        ),
        ("Gérant·e", "Responsable d'exploitation", "Responsable RH", "Chef·fe d'équipe"),
    ),
    Sector(
        "construction",
        "construction",
        10,
        (
            ("Entreprise générale", "Algemene aanneming", "41000"),
            ("Rénovation", "Renovatie", "43350"),
            ("Toitures", "Dakwerken", "43410"),
            ("Électricité", "Elektriciteit", "43210"),
            ("Chauffage", "Verwarming", "43220"),
            ("Peinture", "Schilderwerken", "43340"),
            ("Menuiserie", "Schrijnwerkerij", "43320"),
            ("Carrelage", "Tegelwerken", "43330"),
        ),
        ("Construct", "Bâtiment", "Renov"),
        ("41000", "43350"),
        ("SRL",) * 6 + ("SA", "SA", None, "SComm"),
        ("1-9",) * 5 + ("10-49",) * 3 + ("50-249",),
        (0.6, 0.3, 0.5, 0.6),
        0.4,
        "ceb",
        (
            ("manœuvre", ("maçonnerie", "VCA")),
            ("ouvrier·ère polyvalent·e", ("peinture", "plomberie", "VCA")),
            ("peintre en bâtiment", ("peinture", "VCA")),
            ("aide-électricien·ne", ("électricité", "lecture de plans")),
            ("carreleur·euse", ("carrelage", "lecture de plans")),
            ("aide-couvreur·euse", ("travail en hauteur", "VCA")),
        ),
        ("Gérant·e", "Chef de chantier", "Conducteur·rice de travaux", "Administrateur·rice"),
    ),
    Sector(
        "public",
        "secteur public",
        4,
        (
            ("Crèche communale", "Gemeentelijk kinderdagverblijf", "88910"),
            ("Résidence", "Residentie", "87300"),
            ("Centre sportif", "Sportcentrum", "93110"),
            ("Bibliothèque", "Bibliotheek", "91110"),
            ("École fondamentale", "Basisschool", "85200"),
            ("Service des travaux", "Technische dienst", "84110"),
        ),
        (),
        (),
        ("Régie communale autonome", "Association chapitre XII", "Intercommunale", "ASBL"),
        ("10-49",) * 3 + ("50-249",) * 2 + ("250+",),
        (0.8, 0.8, 0.2, 0.4),
        1.0,
        "cess",
        (
            ("agent·e d'accueil", ("accueil du public", "bureautique")),
            ("ouvrier·ère d'entretien", ("entretien des espaces verts", "entretien des locaux")),
            ("puériculteur·rice", ("puériculture", "écoute")),
            ("employé·e administratif·ve", ("bureautique", "classement")),
            ("moniteur·rice sportif·ve", ("animation sportive", "animation")),
            ("aide-bibliothécaire", ("accueil du public", "classement")),
        ),
        ("Directeur·rice", "Responsable du personnel", "Chef·fe de service", "Secrétaire"),
    ),
    Sector(
        "associations",
        "associatif",
        8,
        (
            ("Maison de quartier", "Buurthuis", "88990"),
            ("Centre culturel", "Cultureel centrum", "90310"),
            ("Restaurant social", "Sociaal restaurant", "56111"),
            ("Épicerie sociale", "Sociale kruidenier", "47110"),
            ("Atelier vélo", "Fietsatelier", "95290"),
            ("École de devoirs", "Huiswerkschool", "85590"),
            ("Ressourcerie", None, "47790"),
        ),
        (),
        (),
        ("ASBL",) * 8 + ("Fondation", "SC"),
        ("1-9",) * 4 + ("10-49",) * 4 + ("50-249",),
        (0.8, 0.8, 0.4, 0.3),
        0.5,
        "cess",
        (
            ("animateur·rice", ("animation", "écoute")),
            ("agent·e d'accueil", ("accueil du public", "bureautique")),
            (
                "cuisinier·ère de collectivité",
                ("cuisine de collectivité", "hygiène alimentaire (HACCP)"),
            ),
            ("mécanicien·ne vélo", ("mécanique vélo",)),
            ("employé·e administratif·ve", ("bureautique", "classement")),
            ("chauffeur·euse", ("permis B",)),
        ),
        ("Coordinateur·rice", "Directeur·rice", "Animateur·rice", "Président·e"),
    ),
    Sector(
        "logistics",
        "logistique",
        6,
        (
            ("Transports", "Transport", "49410"),
            ("Déménagements", "Verhuizingen", "49420"),
            ("Coursiers", "Koeriers", "53200"),
            ("Entrepôts", "Opslag", "52100"),
        ),
        ("Logistics", "Express", "Cargo"),
        ("49410", "52100", "52250", "53200"),
        ("SRL",) * 5 + ("SA",) * 3 + ("SC",),
        ("1-9",) * 3 + ("10-49",) * 4 + ("50-249",) * 2 + ("250+",),
        (0.4, 0.4, 0.7, 0.7),
        0.4,
        "ceb",
        (
            ("magasinier·ère", ("gestion de stock", "préparation de commandes")),
            ("chauffeur-livreur·euse", ("permis B", "préparation de commandes")),
            ("préparateur·rice de commandes", ("préparation de commandes", "scanner")),
            ("cariste", ("cariste (brevet)", "gestion de stock")),
            ("coursier·ère à vélo", ("vélo", "orientation en ville")),
            ("déménageur·euse", ("manutention", "permis B")),
        ),
        ("Gérant·e", "Responsable d'entrepôt", "Dispatcher", "Responsable RH"),
    ),
    Sector(
        "it",
        "numérique",
        6,
        (("Atelier informatique", "Computeratelier", "95100"), ("Réparation GSM", None, "95100")),
        ("Digital", "Solutions", "Web", "Data", "Lab", "IT"),
        ("62100", "62200", "62900", "63100"),
        ("SRL",) * 6 + ("SA", "SA", "SC"),
        ("1-9",) * 5 + ("10-49",) * 3 + ("50-249",),
        (0.8, 0.2, 0.4, 0.5),
        0.1,
        "cess",
        (
            ("technicien·ne helpdesk", ("support informatique", "bureautique")),
            ("développeur·euse web junior", ("HTML/CSS", "Python")),
            ("technicien·ne PC", ("support informatique", "réseaux")),
            ("réparateur·rice de smartphones", ("réparation de smartphones", "accueil clientèle")),
            ("assistant·e marketing digital", ("réseaux sociaux", "bureautique")),
        ),
        ("CEO", "CTO", "Office manager", "Responsable RH"),
    ),
    Sector(
        "services",
        "services",
        12,
        (
            ("Salon de coiffure", "Kapsalon", "96210"),
            ("Institut de beauté", "Schoonheidsinstituut", "96220"),
            ("Garage", "Garage", "95310"),
            ("Blanchisserie", "Wasserij", "96100"),
            ("Cordonnerie", "Schoenmakerij", "95230"),
        ),
        ("Services", "Studio"),
        ("96210", "96220", "82990"),
        ("SRL",) * 4 + (None,) * 3 + ("SA",),
        ("1-9",) * 6 + ("10-49",) * 2 + ("50-249",),
        (0.7, 0.3, 0.4, 0.4),
        0.3,
        "ceb",
        (
            ("coiffeur·euse", ("coiffure", "accueil clientèle")),
            ("esthéticien·ne", ("esthétique", "accueil clientèle")),
            ("mécanicien·ne automobile", ("mécanique automobile",)),
            ("repasseur·euse", ("repassage",)),
            ("cordonnier·ère", ("cordonnerie", "accueil clientèle")),
        ),
        ("Gérant·e", "Propriétaire", "Chef d'atelier"),
    ),
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


@functools.cache
def slug(text: str, max_len: int = 40) -> str:
    """ASCII, lower-case, hyphen-separated form of a name, usable as a DNS label."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > max_len:
        words = words[:max_len].rsplit("-", 1)[0]
    return words or "demo"


def demo_domain(name: str) -> str:
    """The fictitious domain of an employer: ``brasserie-du-parvis.example``."""
    return f"{slug(name)}.{DEMO_DOMAIN}"


def bce_number(first_eight: int) -> str:
    """The ten digits of the valid BCE number whose first eight digits are ``first_eight``."""
    digits = f"{first_eight:08d}"
    return digits + bce.check_digits(digits)


_json = functools.partial(json.dumps, ensure_ascii=False)


class _Builder:
    """Plans the volumes, then yields the rows of each entity in stored form, in insert order.

    The generators share what later ones need (ids, sectors, owners, dates) through lists indexed
    by position, and must be consumed in the order of :meth:`steps`.
    """

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        workers: Sequence[str],
        employers: int,
        taken_bce: set[str],
        taken_codes: set[str],
    ) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.workers = list(workers)
        self.taken_bce = taken_bce
        self.taken_codes = taken_codes
        self.n = employers
        self._iso: dict[int, str] = {}
        self._plan()
        # Filled as the rows are produced.
        self.employer_ids: list[str] = []
        self.accepts_of: list[tuple[str, ...]] = []
        self.owner_of: list[int | None] = []
        self.domain_of: list[str] = []
        self.dutch_of: list[bool] = []
        # (interaction id or None, employer, worker, day of the interaction, due day, bucket)
        self.follow_up_plan: list[tuple[str | None, int, int, int, int, str]] = []
        self.opportunities_of: dict[int, list[tuple[str, str]]] = {}
        self.candidate_ids: list[str] = []
        self.candidate_consent: list[int] = []

    # -- planning ----------------------------------------------------------------------------
    def _plan(self) -> None:
        rng, n = self.rng, self.n
        self.sector_of = rng.choices(range(len(SECTORS)), [s.weight for s in SECTORS], k=n)
        self.status_of = rng.choices(("prospect", "active", "dormant"), (35, 45, 20), k=n)
        self.contacts_of = rng.choices((0, 1, 2, 3), (20, 30, 30, 20), k=n)
        # Active employers see more contact moments and post more offers than prospects.
        attention = {"prospect": 2, "active": 5, "dormant": 1}
        self.attention_cum = list(itertools.accumulate(attention[s] for s in self.status_of))
        n_interactions = 3 * n
        self.interaction_employer = (
            rng.choices(range(n), cum_weights=self.attention_cum, k=n_interactions) if n else []
        )
        self.with_next_action = set(rng.sample(range(n_interactions), round(n_interactions * 0.3)))
        self.standalone_follow_ups = n // 10
        self.opportunity_employer = (
            rng.choices(range(n), cum_weights=self.attention_cum, k=n // 3) if n else []
        )
        self.n_candidates = min(n // 2, MAX_CANDIDATES)
        self.n_placements = n // 3 if self.n_candidates else 0

    @property
    def counts(self) -> dict[str, int]:
        return {
            "employers": self.n,
            "contacts": sum(self.contacts_of),
            "interactions": len(self.interaction_employer),
            "follow_ups": len(self.with_next_action) + self.standalone_follow_ups,
            "opportunities": len(self.opportunity_employer),
            "candidates": self.n_candidates,
            "placements": self.n_placements,
        }

    def steps(self) -> list[tuple[str, type[Entity], Iterator[dict[str, Any]]]]:
        """``(summary field, entity, rows)`` in the order they must be inserted."""
        return [
            ("employers", Employer, self.employers()),
            ("contacts", ContactPerson, self.contacts()),
            ("interactions", Interaction, self.interactions()),
            ("follow_ups", FollowUp, self.follow_ups()),
            ("opportunities", Opportunity, self.opportunities()),
            ("candidates", Candidate, self.candidates()),
            ("placements", Placement, self.placements()),
        ]

    # -- small helpers -----------------------------------------------------------------------
    def iso(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = dt.date.fromordinal(ordinal).isoformat()
        return text

    def landline(self) -> str:
        return f"{self.rng.choice(LANDLINE_PREFIXES)}{self.rng.randrange(10_000):04d}"

    def mobile(self) -> str:
        return f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(1_000_000):06d}"

    def languages(self, table: tuple[tuple[str, float], ...]) -> list[str]:
        random_ = self.rng.random
        return [code for code, chance in table if random_() < chance] or ["fr"]

    def worker_for(self, employer: int) -> int:
        """The employer's owner most of the time, else any colleague."""
        owner = self.owner_of[employer]
        if owner is not None and self.rng.random() < 0.7:
            return owner
        return self.rng.randrange(len(self.workers))

    def new_bce(self) -> str:
        rng = self.rng
        while True:
            # Most enterprise numbers start with 0 (from 0200.000.0xx); those starting with 1 are
            # the recent ones, so only a few employers get one.
            if rng.random() < 0.08:
                number = bce_number(rng.randrange(10_000_000, 10_200_000))
            else:
                number = bce_number(rng.randrange(2_000_000, 10_000_000))
            if number not in self.taken_bce:
                self.taken_bce.add(number)
                return number

    def name(self, sector: Sector) -> tuple[str, str | None, str]:
        """An invented name, its Dutch form when it has one, and a fitting NACE code."""
        rng = self.rng
        shop, shop_nl, nace = rng.choice(sector.shops)
        if sector.key == "public" or (sector.key == "associations" and rng.random() < 0.6):
            qualifier, qualifier_nl = rng.choice(BILINGUAL_QUALIFIERS)
            dutch = shop_nl is not None and rng.random() < sector.bilingual
            return f"{shop} {qualifier}", f"{shop_nl} {qualifier_nl}" if dutch else None, nace
        pattern = rng.random()
        if pattern < 0.35 or sector.key == "associations":
            return f"{shop} {rng.choice(PLACE_QUALIFIERS)}", None, nace
        if pattern < 0.7:
            family = rng.choice(FAMILY_NAMES)
            dutch = shop_nl is not None and rng.random() < sector.bilingual
            return f"{shop} {family}", f"{shop_nl} {family}" if dutch else None, nace
        if pattern < 0.9 and sector.brand_suffixes:
            brand = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
            if rng.random() < 0.4:
                brand += rng.choice(BRAND_TAILS)
            suffix = rng.choice(sector.brand_suffixes)
            return f"{brand} {suffix}", None, rng.choice(sector.brand_nace)
        if sector.key == "horeca":
            return f"Chez {rng.choice(FIRST_NAMES)}", None, nace
        first, second = rng.sample(FAMILY_NAMES, 2)
        return f"{first} & {second}", None, nace

    def address(self) -> tuple[str, str, str, str | None, str, str, str]:
        """Street (FR, NL), number, box, postcode, commune (FR, NL)."""
        rng = self.rng
        if rng.random() < SAINT_GILLES_SHARE:
            (postcode, commune, commune_nl), streets = SAINT_GILLES, SAINT_GILLES_STREETS
        else:
            (postcode, commune, commune_nl), streets = rng.choice(NEIGHBOURS)
        street, street_nl = rng.choice(streets)
        number = str(rng.randint(1, 220))
        if rng.random() < 0.05:
            number += rng.choice("AB")
        box = rng.choice(("1", "2", "3", "A", "B", "RC")) if rng.random() < 0.12 else None
        return street, street_nl, number, box, postcode, commune, commune_nl

    def due_date(self, bucket: str) -> int:
        rng, today = self.rng, self.today
        if bucket in ("done", "cancelled"):
            return today - rng.randint(1, HISTORY_DAYS - 30)
        if bucket == "overdue":
            return today - rng.randint(1, 60)
        if bucket == "today":
            return today
        if bucket == "week":
            return today + rng.randint(1, 6)
        return today + rng.randint(7, 90)

    # -- generators --------------------------------------------------------------------------
    def employers(self) -> Iterator[dict[str, Any]]:
        rng, base, n_workers = self.rng, stored_defaults(Employer), len(self.workers)
        for i in range(self.n):
            sector = SECTORS[self.sector_of[i]]
            status = self.status_of[i]
            name, name_nl, nace = self.name(sector)
            street, street_nl, number, box, postcode, commune, commune_nl = self.address()
            domain = demo_domain(name)
            languages = self.languages(EMPLOYER_LANGUAGES)
            tags = [sector.tag] + [tag for tag, chance in EXTRA_TAGS if rng.random() < chance]
            # Prospects have not said yet what they would accept.
            keen = 0.5 if status == "prospect" else 1.0
            accepts = tuple(
                a
                for a, chance in zip(ACCEPTS, sector.accepts, strict=True)
                if rng.random() < chance * keen
            )
            owner = rng.randrange(n_workers) if rng.random() < 0.9 else None
            phone_kind = rng.random()
            employer_id = new_id()
            row = dict(base)
            row.update(
                id=employer_id,
                name=name,
                name_nl=name_nl,
                legal_form=rng.choice(sector.legal_forms),
                bce_number=self.new_bce(),
                nace_code=nace,
                nace_version="2025",
                street=street,
                street_nl=street_nl,
                number=number,
                box=box,
                postcode=postcode,
                commune=commune,
                commune_nl=commune_nl,
                phone=(
                    self.landline()
                    if phone_kind < 0.75
                    else self.mobile()
                    if phone_kind < 0.9
                    else None
                ),
                email=f"{rng.choice(EMAIL_LOCALS)}@{domain}" if rng.random() < 0.85 else None,
                website=f"https://www.{domain}" if rng.random() < 0.6 else None,
                languages=_json(languages),
                size_band=rng.choice(sector.sizes),
                tags=_json(tags),
                accepts=_json(list(accepts)),
                status=status,
                owner_id=self.workers[owner] if owner is not None else None,
                do_not_share=1 if rng.random() < 0.02 else 0,
                notes=rng.choice(EMPLOYER_NOTES) if rng.random() < 0.15 else None,
            )
            self.employer_ids.append(employer_id)
            self.accepts_of.append(accepts)
            self.owner_of.append(owner)
            self.domain_of.append(domain)
            self.dutch_of.append("nl" in languages)
            yield row

    def contacts(self) -> Iterator[dict[str, Any]]:
        rng, base = self.rng, stored_defaults(ContactPerson)
        for i, count in enumerate(self.contacts_of):
            sector = SECTORS[self.sector_of[i]]
            for _ in range(count):
                first, family = rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)
                phone_kind = rng.random()
                if self.dutch_of[i] and rng.random() < 0.4:
                    language = "nl"
                else:
                    language = "en" if rng.random() < 0.05 else "fr"
                row = dict(base)
                row.update(
                    id=new_id(),
                    employer_id=self.employer_ids[i],
                    name=f"{first} {family}",
                    role=rng.choice(sector.roles),
                    phone=(
                        self.mobile()
                        if phone_kind < 0.6
                        else self.landline()
                        if phone_kind < 0.8
                        else None
                    ),
                    email=(
                        f"{slug(first)}.{slug(family)}@{self.domain_of[i]}"
                        if rng.random() < 0.8
                        else None
                    ),
                    preferred_language=language,
                    notes=rng.choice(CONTACT_NOTES) if rng.random() < 0.1 else None,
                )
                yield row

    def interactions(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Interaction), self.today
        oldest = today - HISTORY_DAYS
        for k, i in enumerate(self.interaction_employer):
            sector = SECTORS[self.sector_of[i]]
            worker = self.worker_for(i)
            interaction_id = new_id()
            next_action: str | None = None
            if k in self.with_next_action:
                bucket = rng.choice(FOLLOW_UP_BUCKETS)
                due = self.due_date(bucket)
                day = max(oldest, min(today, due - rng.randint(2, 40)))
                next_action = self.iso(due)
                self.follow_up_plan.append((interaction_id, i, worker, day, due, bucket))
            else:
                day = today - rng.randint(0, HISTORY_DAYS)
            channel = rng.choice(CHANNELS_WEIGHTED)
            row = dict(base)
            row.update(
                id=interaction_id,
                employer_id=self.employer_ids[i],
                worker_id=self.workers[worker],
                date=self.iso(day),
                channel=channel,
                summary=rng.choice(SUMMARIES[channel]).format(job=rng.choice(sector.jobs)[0]),
                outcome=rng.choice(OUTCOMES),
                next_action_date=next_action,
            )
            yield row

    def follow_ups(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(FollowUp), self.today
        plan = self.follow_up_plan
        if self.n:
            # Some follow-ups were written without a contact moment ("call back in September").
            for i in rng.choices(
                range(self.n), cum_weights=self.attention_cum, k=self.standalone_follow_ups
            ):
                bucket = rng.choice(FOLLOW_UP_BUCKETS)
                due = self.due_date(bucket)
                plan.append((None, i, self.worker_for(i), min(today, due - 30), due, bucket))
        for interaction_id, i, worker, day, due, bucket in plan:
            sector = SECTORS[self.sector_of[i]]
            done_on = None
            if bucket == "done":
                done_on = self.iso(max(day, min(today, due + rng.randint(-2, 7))))
            row = dict(base)
            row.update(
                id=new_id(),
                employer_id=self.employer_ids[i],
                worker_id=self.workers[worker],
                interaction_id=interaction_id,
                due_date=self.iso(due),
                action=rng.choice(FOLLOW_UP_ACTIONS).format(job=rng.choice(sector.jobs)[0]),
                status={"done": "done", "cancelled": "cancelled"}.get(bucket, "open"),
                done_on=done_on,
            )
            yield row

    def opportunities(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Opportunity), self.today
        for i in self.opportunity_employer:
            sector = SECTORS[self.sector_of[i]]
            # Half the offers name the sector's usual level; the others ask for none or say nothing.
            qualifications = (sector.qualification,) * 10 + (None,) * 7 + ("none",) * 3
            kind = rng.choice(OPPORTUNITY_KINDS_WEIGHTED)
            job, job_skills = rng.choice(sector.jobs)
            languages = self.languages(EMPLOYER_LANGUAGES)
            if kind == "profile-request":
                # The workshop's example: "15 profiles with languages" nobody could answer.
                positions = rng.randint(5, 20)
                languages = sorted(
                    {"fr", rng.choice(("nl", "en", "ar", "es"))} | set(languages),
                    key=[code for code, _ in EMPLOYER_LANGUAGES].index,
                )
                title = (
                    f"Demande de {positions} profils « {job} » avec langues "
                    f"({'/'.join(code.upper() for code in languages)})"
                )
            else:
                positions = 1 if rng.random() < 0.8 else rng.randint(2, 4)
                title = TITLE_BY_KIND[kind].format(job=job)
            start = today + rng.randint(-540, 90)
            span = DURATIONS[kind]
            if kind == "activa" and rng.random() < 0.5:
                span = None  # Activa hires are often open-ended
            end = start + rng.randint(*span) if span else None
            if start > today:
                status = "open"
            elif end is not None and end < today:
                status = "filled" if rng.random() < 0.6 else "closed"
            else:
                status = rng.choice(("open", "open", "open", "filled", "filled", "closed"))
            skills = rng.sample(job_skills, rng.randint(0, len(job_skills)))
            owner = self.worker_for(i)
            offer_id = new_id()
            row = dict(base)
            row.update(
                id=offer_id,
                employer_id=self.employer_ids[i],
                kind=kind,
                title=title,
                positions=positions,
                required_skills=_json(skills),
                languages=_json(languages),
                qualification=rng.choice(qualifications),
                start_date=self.iso(start),
                end_date=self.iso(end) if end is not None else None,
                status=status,
                shared=1 if rng.random() < (0.9 if kind == "profile-request" else 0.3) else 0,
                owner_id=self.workers[owner],
                notes=rng.choice(OPPORTUNITY_NOTES) if rng.random() < 0.15 else None,
            )
            self.opportunities_of.setdefault(i, []).append((offer_id, kind))
            yield row

    def candidates(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Candidate), self.today
        next_number: dict[int, int] = {}
        sector_cum = list(itertools.accumulate(s.weight for s in SECTORS))
        for _ in range(self.n_candidates):
            consent = today - rng.randint(30, 1100)
            year = dt.date.fromordinal(consent).year
            while True:  # codes are unique per store; skip those an earlier demo already used
                next_number[year] = next_number.get(year, 0) + 1
                code = f"SG-{year}-{next_number[year]:04d}"
                if code not in self.taken_codes:
                    break
            sector = SECTORS[rng.choices(range(len(SECTORS)), cum_weights=sector_cum)[0]]
            # Someone trained for one or two of the sector's positions has their skills.
            skills = [
                skill
                for _, job_skills in rng.sample(sector.jobs, rng.randint(1, 2))
                for skill in job_skills
            ]
            if rng.random() < 0.3:
                skills.append(rng.choice(GENERAL_SKILLS))
            commune = rng.choice(CANDIDATE_COMMUNES)
            candidate_id = new_id()
            row = dict(base)
            row.update(
                id=candidate_id,
                code=code,
                skills=_json(list(dict.fromkeys(skills))),
                languages=_json(self.languages(CANDIDATE_LANGUAGES)),
                qualification_level=rng.choice(QUALIFICATIONS_WEIGHTED),
                commune=commune,
                saint_gilles_resident=1 if commune == "Saint-Gilles" else 0,
                worker_id=self.workers[rng.randrange(len(self.workers))],
                consent_date=self.iso(consent),
                retention_date=self.iso(consent + rng.choice((1095, 1095, 1825))),
            )
            self.candidate_ids.append(candidate_id)
            self.candidate_consent.append(consent)
            yield row

    def placements(self) -> Iterator[dict[str, Any]]:
        if not self.n_placements:
            return
        rng, base, today = self.rng, stored_defaults(Placement), self.today
        # Placements happen at employers that accept something, more often at active ones.
        hosts = [i for i in range(self.n) if self.accepts_of[i]] or list(range(self.n))
        hosts_cum = list(
            itertools.accumulate(3 if self.status_of[i] == "active" else 1 for i in hosts)
        )
        chosen = rng.choices(hosts, cum_weights=hosts_cum, k=self.n_placements)
        for i in chosen:
            c = rng.randrange(self.n_candidates)
            placement_type = rng.choice(
                PLACEMENT_TYPES_BY_ACCEPT[rng.choice(self.accepts_of[i] or ("hires",))]
            )
            start = rng.randint(max(self.candidate_consent[c], today - HISTORY_DAYS), today)
            end, outcome = self._placement_end(placement_type, start)
            opportunity_id = None
            for offer_id, kind in self.opportunities_of.get(i, ()):
                if kind == placement_type and rng.random() < 0.7:
                    opportunity_id = offer_id
                    break
            row = dict(base)
            row.update(
                id=new_id(),
                candidate_id=self.candidate_ids[c],
                employer_id=self.employer_ids[i],
                opportunity_id=opportunity_id,
                placement_type=placement_type,
                start_date=self.iso(start),
                end_date=self.iso(end) if end is not None else None,
                outcome=outcome,
                check_3m=self._check(start + THREE_MONTHS, end, outcome),
                check_6m=self._check(start + SIX_MONTHS, end, outcome),
                notes="Suivi par le job coach." if rng.random() < 0.05 else None,
            )
            yield row

    def _placement_end(self, placement_type: str, start: int) -> tuple[int | None, str]:
        """End date and outcome, consistent with today: only past placements have finished."""
        rng, today = self.rng, self.today
        span = DURATIONS[placement_type]
        if placement_type == "activa" and rng.random() < 0.5:
            span = None
        if span is None:
            if start < today and rng.random() < 0.2:
                return rng.randint(start, today), "ended-early"
            return None, "ongoing"
        planned_end = start + rng.randint(*span)
        if planned_end > today:
            if start < today and rng.random() < 0.1:
                return rng.randint(start, today), "ended-early"
            return planned_end, "ongoing"
        draw = rng.random()
        if draw < 0.2:
            return rng.randint(start, planned_end), "ended-early"
        if draw < 0.55 and placement_type != "open-ended":
            return planned_end, "hired"
        return planned_end, "completed"

    def _check(self, when: int, end: int | None, outcome: str) -> str:
        """Was the person employed on day ``when``? Pending until that day has come."""
        rng = self.rng
        if when > self.today:
            return "pending"
        if rng.random() < 0.06:
            return "unknown"  # could not be reached
        if end is None or end >= when or outcome == "hired":
            return "employed"
        if outcome == "completed":
            return rng.choice(("employed", "employed", "not-employed", "not-employed", "unknown"))
        return rng.choice(("not-employed",) * 7 + ("unknown",) * 3)


def _shifted(progress: Progress, offset: int, total: int) -> Progress:
    """Report one entity's batches as progress over all the demo's rows."""
    return lambda done, _total: progress(offset + done, total)


def _insert(uow: UnitOfWork, cls: type[Entity], **values: object) -> Entity:
    """Insert one hand-written record through the domain's own checks."""
    return uow.insert(build(cls, normalise(cls, values)))


def _setup_organisations(uow: UnitOfWork) -> tuple[list[str], int, int]:
    """Make sure there is an organisation with at least three active workers, and the partners.

    Returns the active workers' ids, and how many organisations and workers were created.
    """
    conn = uow.connection
    organisations = workers_created = 0
    existing_org = uow.store.local("organisation_id")
    workers: list[str] = []
    if existing_org is None:
        name, name_nl, org_type = OWN_ORGANISATION
        org_id = _insert(uow, Organisation, name=name, name_nl=name_nl, org_type=org_type).id
        organisations += 1
        uow.store.set_local("organisation_id", org_id, conn=conn)
    else:
        org_id = existing_org
        workers = [w.id for w in uow.repo.list(Worker, status="active")]
    if len(workers) < MIN_WORKERS:
        taken = set(uow.repo.worker_names().values())
        team_size = len(DEMO_WORKERS) if not workers else MIN_WORKERS
        for name in DEMO_WORKERS:
            if len(workers) >= team_size:
                break
            if name in taken:
                continue
            email = f"{slug(name).replace('-', '.')}@cpas-1060.{DEMO_DOMAIN}"
            worker = _insert(uow, Worker, organisation_id=org_id, name=name, email=email)
            workers.append(worker.id)
            workers_created += 1
    if existing_org is None:  # its first worker becomes this workstation's current worker
        uow.store.set_local("worker_id", workers[0], conn=conn)
        if uow.worker_id is None:
            # The unit of work was opened before there was anyone to act as: attribute the
            # demo's journal entries to that worker rather than to nobody.
            uow.worker_id = workers[0]
    existing = set(conn.execute(sa.text("SELECT name FROM organisation")).scalars())
    for partner, partner_nl, partner_type in PARTNERS:
        if partner not in existing:  # a second demo run does not duplicate them
            _insert(uow, Organisation, name=partner, name_nl=partner_nl, org_type=partner_type)
            organisations += 1
    return workers, organisations, workers_created


def fill_demo(
    uow: UnitOfWork,
    *,
    employers: int = 300,
    seed: int = 1060,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DemoSummary:
    """Fill the open unit of work with fictitious Saint-Gilles data; the caller commits.

    Creates the organisation and its workers when the store has none (and records them as this
    workstation's organisation and current worker), the pact's partner organisations, then
    ``employers`` employers and, in proportion, contact persons (~1.5 per employer),
    interactions (3 per employer, over the last two years), follow-ups (~1 per employer: some
    overdue, some due today or this week, most done), opportunities (1 per 3 employers, every
    kind including employer requests for profiles), candidates (1 per 2 employers, at most
    :data:`MAX_CANDIDATES`) and placements (1 per 3 employers).

    The same ``seed`` and ``today`` give the same data (except record ids) on a fresh store.
    ``progress(done, total)`` counts rows across all entities; ``cancel`` is checked between
    batches and raises :class:`~pacte_desktop.store.unit_of_work.Cancelled` (roll back then).

    A writer that waits for the store meanwhile goes first between two steps of
    :data:`STEP` rows: what is written so far is committed then
    (:meth:`UnitOfWork.let_writers_through`; ``uow.committed_rows`` counts it), so an
    interrupted demo may leave the demo records written before a writer went through.
    """
    if employers < 0:
        raise ValueError("employers must be zero or more")
    if cancel:
        cancel.check()
    rng = random.Random(seed)
    workers, organisations, workers_created = _setup_organisations(uow)
    conn = uow.connection
    taken_bce = set(
        conn.execute(
            sa.text("SELECT bce_number FROM employer WHERE bce_number IS NOT NULL")
        ).scalars()
    )
    taken_codes = set(conn.execute(sa.text("SELECT code FROM candidate")).scalars())
    builder = _Builder(rng, today or dt.date.today(), workers, employers, taken_bce, taken_codes)

    counts = builder.counts
    total = organisations + workers_created + sum(counts.values())
    done = organisations + workers_created
    if progress:
        progress(done, total)
    written: dict[str, int] = {}
    with busy.announced(uow.store.data_dir, "busy_demo"):
        for key, cls, rows in builder.steps():
            written[key] = 0
            while step := list(itertools.islice(rows, STEP)):
                if cancel:
                    cancel.check()
                report = _shifted(progress, done, total) if progress else None
                count = uow.bulk_insert(cls, step, progress=report, total=total, cancel=cancel)
                written[key] += count
                done += count
                uow.let_writers_through()
    return DemoSummary(organisations=organisations, workers=workers_created, **written)


def employer_rows(
    count: int, *, owners: Sequence[str], seed: int = 1060, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """``count`` demo employers in stored form (ids included), without writing them.

    The rows ``fill_demo`` would insert first; benchmarks use them to time the insert alone.
    """
    builder = _Builder(random.Random(seed), today or dt.date.today(), owners, count, set(), set())
    return list(builder.employers())
