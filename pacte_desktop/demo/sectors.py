"""The kinds of employer the demo invents: how each is named, coded, staffed and what it offers.

A :class:`Sector` weights its share of all employers, gives shop kinds in French and Dutch with
a real NACE-BEL 2025 code, invented brand suffixes, legal forms and sizes, the chances that it
accepts internships, article 60, Activa or hires, the jobs it offers with the skills each needs,
and the roles of its contact persons. Pure data, read by :mod:`pacte_desktop.demo.builder`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


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
