"""What NACE-BEL codes mean, in French and Dutch, for a form to offer codes by name.

The rule: the field still takes any valid code (two to five digits, :func:`.contact_rules.nace`);
these labels only help to find one. They are a subset of the official nomenclature (Statbel,
NACE-BEL 2025, which adds a Belgian fifth digit to the NACE Rev. 2.1 classes, ``0`` where
Belgium does not subdivide a class), written from it:

- the 88 divisions (two digits): those of NACE-BEL 2025, with the titles of 2025, and
  division 45 (the motor trade) of NACE-BEL 2008, which the KBO still carries beside the 2025
  codes (2025 moved its activities to 46, 47 and 95);
- the sub-classes (five digits) the partners meet most: horeca, retail, care, cleaning,
  construction, logistics, business services and employment, public administration,
  associations, education, IT, personal services, culture and sport.

A code not listed here is no less valid: the form shows the label of its division, or none.
:func:`search` finds codes by the start of their digits (dots or not) or by words of their
label in the interface's language (French for English, the partners' common language here),
without regard to case or accents.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from pacte_desktop.domain.text import fold

#: Division (two digits) -> (French, Dutch).
DIVISIONS: Final[dict[str, tuple[str, str]]] = {
    "01": (
        "Culture et production animale, chasse et services annexes",
        "Teelt van gewassen, veeteelt, jacht en diensten in verband met deze activiteiten",
    ),
    "02": ("Sylviculture et exploitation forestière", "Bosbouw en de exploitatie van bossen"),
    "03": ("Pêche et aquaculture", "Visserij en aquacultuur"),
    "05": ("Extraction de houille et de lignite", "Winning van steenkool en bruinkool"),
    "06": ("Extraction d'hydrocarbures", "Winning van aardolie en aardgas"),
    "07": ("Extraction de minerais métalliques", "Winning van metaalertsen"),
    "08": ("Autres industries extractives", "Overige winning van delfstoffen"),
    "09": (
        "Services de soutien aux industries extractives",
        "Ondersteunende activiteiten in verband met de mijnbouw",
    ),
    "10": ("Industries alimentaires", "Vervaardiging van voedingsmiddelen"),
    "11": ("Fabrication de boissons", "Vervaardiging van dranken"),
    "12": ("Fabrication de produits à base de tabac", "Vervaardiging van tabaksproducten"),
    "13": ("Fabrication de textiles", "Vervaardiging van textiel"),
    "14": ("Industrie de l'habillement", "Vervaardiging van kleding"),
    "15": (
        "Industrie du cuir et de la chaussure",
        "Vervaardiging van leer en van producten van leer",
    ),
    "16": (
        "Travail du bois et fabrication d'articles en bois et en liège, à l'exception des meubles",
        "Houtindustrie en vervaardiging van artikelen van hout en van kurk, exclusief meubelen",
    ),
    "17": ("Industrie du papier et du carton", "Vervaardiging van papier en papierwaren"),
    "18": (
        "Imprimerie et reproduction d'enregistrements",
        "Drukkerijen, reproductie van opgenomen media",
    ),
    "19": (
        "Cokéfaction et raffinage",
        "Vervaardiging van cokes en van geraffineerde aardolieproducten",
    ),
    "20": ("Industrie chimique", "Vervaardiging van chemische producten"),
    "21": (
        "Industrie pharmaceutique",
        "Vervaardiging van farmaceutische grondstoffen en producten",
    ),
    "22": (
        "Fabrication de produits en caoutchouc et en plastique",
        "Vervaardiging van producten van rubber of kunststof",
    ),
    "23": (
        "Fabrication d'autres produits minéraux non métalliques",
        "Vervaardiging van andere niet-metaalhoudende minerale producten",
    ),
    "24": ("Métallurgie", "Vervaardiging van metalen in primaire vorm"),
    "25": (
        "Fabrication de produits métalliques, à l'exception des machines et des équipements",
        "Vervaardiging van producten van metaal, exclusief machines en apparaten",
    ),
    "26": (
        "Fabrication de produits informatiques, électroniques et optiques",
        "Vervaardiging van informaticaproducten en van elektronische en optische producten",
    ),
    "27": ("Fabrication d'équipements électriques", "Vervaardiging van elektrische apparatuur"),
    "28": (
        "Fabrication de machines et équipements n.c.a.",
        "Vervaardiging van machines, apparaten en werktuigen, n.e.g.",
    ),
    "29": (
        "Construction et assemblage de véhicules automobiles, de remorques et de semi-remorques",
        "Vervaardiging en assemblage van motorvoertuigen, aanhangwagens en opleggers",
    ),
    "30": (
        "Fabrication d'autres matériels de transport",
        "Vervaardiging van andere transportmiddelen",
    ),
    "31": ("Fabrication de meubles", "Vervaardiging van meubelen"),
    "32": ("Autres industries manufacturières", "Overige industrie"),
    "33": (
        "Réparation, entretien et installation de machines et d'équipements",
        "Reparatie, onderhoud en installatie van machines en apparaten",
    ),
    "35": (
        "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
        "Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht",
    ),
    "36": (
        "Captage, traitement et distribution d'eau",
        "Winning, behandeling en distributie van water",
    ),
    "37": ("Collecte et traitement des eaux usées", "Afvalwaterafvoer"),
    "38": (
        "Collecte, traitement et élimination des déchets; récupération",
        "Inzameling, verwerking en verwijdering van afval; terugwinning",
    ),
    "39": (
        "Dépollution et autres services de gestion des déchets",
        "Sanering en ander afvalbeheer",
    ),
    "41": ("Construction de bâtiments", "Bouw van gebouwen"),
    "42": ("Génie civil", "Weg- en waterbouw"),
    "43": ("Travaux de construction spécialisés", "Gespecialiseerde bouwwerkzaamheden"),
    "45": (
        "Commerce et réparation de véhicules automobiles et de motocycles (NACE-BEL 2008)",
        "Handel in en reparatie van motorvoertuigen en motorfietsen (NACE-BEL 2008)",
    ),
    "46": ("Commerce de gros", "Groothandel"),
    "47": ("Commerce de détail", "Detailhandel"),
    "49": (
        "Transports terrestres et transport par conduites",
        "Vervoer te land en vervoer via pijpleidingen",
    ),
    "50": ("Transports par eau", "Vervoer over water"),
    "51": ("Transports aériens", "Luchtvaart"),
    "52": (
        "Entreposage et services auxiliaires des transports",
        "Opslag en vervoerondersteunende activiteiten",
    ),
    "53": ("Activités de poste et de courrier", "Post- en koeriersactiviteiten"),
    "55": ("Hébergement", "Verschaffen van accommodatie"),
    "56": ("Restauration", "Eet- en drinkgelegenheden"),
    "58": ("Édition", "Uitgeverijen"),
    "59": (
        "Production de films, de vidéos et de programmes de télévision; enregistrement sonore "
        "et édition musicale",
        "Productie van films, video- en televisieprogramma's; geluidsopnamen en muziekuitgeverij",
    ),
    "60": (
        "Programmation, diffusion, agences de presse et autre distribution de contenus",
        "Programmeren en uitzenden, persagentschappen en andere distributie van inhoud",
    ),
    "61": ("Télécommunications", "Telecommunicatie"),
    "62": (
        "Programmation, conseil et autres activités informatiques",
        "Computerprogrammering, -consultancy en aanverwante activiteiten",
    ),
    "63": (
        "Infrastructure informatique, traitement de données, hébergement et autres services "
        "d'information",
        "Computerinfrastructuur, gegevensverwerking, hosting en andere informatiediensten",
    ),
    "64": (
        "Activités des services financiers, hors assurance et caisses de retraite",
        "Financiële dienstverlening, met uitzondering van verzekeringen en pensioenfondsen",
    ),
    "65": (
        "Assurance, réassurance et caisses de retraite, à l'exclusion de la sécurité sociale "
        "obligatoire",
        "Verzekeringen, herverzekeringen en pensioenfondsen, met uitzondering van de verplichte "
        "sociale verzekeringen",
    ),
    "66": (
        "Activités auxiliaires de services financiers et d'assurance",
        "Ondersteunende activiteiten voor financiële diensten en verzekeringen",
    ),
    "68": ("Activités immobilières", "Exploitatie van en handel in onroerend goed"),
    "69": (
        "Activités juridiques et comptables",
        "Rechtskundige en boekhoudkundige dienstverlening",
    ),
    "70": (
        "Activités des sièges sociaux; conseil de gestion",
        "Activiteiten van hoofdkantoren; adviesbureaus op het gebied van bedrijfsbeheer",
    ),
    "71": (
        "Activités d'architecture et d'ingénierie; activités de contrôle et analyses techniques",
        "Architecten en ingenieurs; technische testen en toetsen",
    ),
    "72": (
        "Recherche-développement scientifique",
        "Speur- en ontwikkelingswerk op wetenschappelijk gebied",
    ),
    "73": (
        "Publicité, études de marché et relations publiques",
        "Reclame, marktonderzoek en public relations",
    ),
    "74": (
        "Autres activités spécialisées, scientifiques et techniques",
        "Overige gespecialiseerde wetenschappelijke en technische activiteiten",
    ),
    "75": ("Activités vétérinaires", "Veterinaire diensten"),
    "77": ("Activités de location et location-bail", "Verhuur en lease"),
    "78": ("Activités liées à l'emploi", "Activiteiten in verband met arbeidsbemiddeling"),
    "79": (
        "Activités des agences de voyage, voyagistes, services de réservation et activités "
        "connexes",
        "Reisbureaus, reisorganisatoren, reserveringsbureaus en aanverwante activiteiten",
    ),
    "80": ("Enquêtes et sécurité", "Beveiligings- en opsporingsdiensten"),
    "81": (
        "Services relatifs aux bâtiments et aménagement paysager",
        "Diensten in verband met gebouwen; landschapsverzorging",
    ),
    "82": (
        "Activités administratives et autres activités de soutien aux entreprises",
        "Administratieve en ondersteunende activiteiten ten behoeve van kantoren en overige "
        "zakelijke activiteiten",
    ),
    "84": (
        "Administration publique et défense; sécurité sociale obligatoire",
        "Openbaar bestuur en defensie; verplichte sociale verzekeringen",
    ),
    "85": ("Enseignement", "Onderwijs"),
    "86": ("Activités pour la santé humaine", "Menselijke gezondheidszorg"),
    "87": (
        "Hébergement médico-social et social",
        "Maatschappelijke dienstverlening met huisvesting",
    ),
    "88": (
        "Action sociale sans hébergement",
        "Maatschappelijke dienstverlening zonder huisvesting",
    ),
    "90": (
        "Activités créatives, artistiques et du spectacle",
        "Creatieve activiteiten, kunst en podiumkunsten",
    ),
    "91": (
        "Bibliothèques, archives, musées et autres activités culturelles",
        "Bibliotheken, archieven, musea en overige culturele activiteiten",
    ),
    "92": ("Organisation de jeux de hasard et d'argent", "Loterijen en kansspelen"),
    "93": ("Activités sportives, récréatives et de loisirs", "Sport, ontspanning en recreatie"),
    "94": ("Activités des organisations associatives", "Verenigingen"),
    "95": (
        "Réparation et entretien d'ordinateurs, de biens personnels et domestiques et de "
        "véhicules automobiles",
        "Reparatie en onderhoud van computers, consumentenartikelen en motorvoertuigen",
    ),
    "96": ("Autres services personnels", "Overige persoonlijke diensten"),
    "97": (
        "Activités des ménages en tant qu'employeurs de personnel domestique",
        "Huishoudens als werkgever van huishoudelijk personeel",
    ),
    "98": (
        "Activités indifférenciées des ménages en tant que producteurs de biens et services "
        "pour usage propre",
        "Niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen "
        "gebruik",
    ),
    "99": (
        "Activités des organisations et organismes extraterritoriaux",
        "Extraterritoriale organisaties en lichamen",
    ),
}

#: Sub-class (five digits, NACE-BEL 2025) -> (French, Dutch): the ones partners meet most.
CLASSES: Final[dict[str, tuple[str, str]]] = {
    # Construction
    "41000": (
        "Construction de bâtiments résidentiels et non résidentiels",
        "Bouw van residentiële en niet-residentiële gebouwen",
    ),
    "42110": ("Construction de routes et d'autoroutes", "Bouw van autowegen en andere wegen"),
    "43110": ("Travaux de démolition", "Slopen"),
    "43120": ("Travaux de préparation des sites", "Bouwrijp maken van terreinen"),
    "43210": ("Installation électrique", "Elektrotechnische installatiewerken"),
    "43220": (
        "Travaux de plomberie, installation de chauffage et de conditionnement d'air",
        "Loodgieterswerk, installatie van verwarming en klimaatregeling",
    ),
    "43310": ("Travaux de plâtrerie", "Stukadoorswerk"),
    "43320": ("Travaux de menuiserie", "Schrijnwerk"),
    "43330": ("Travaux de revêtement des sols et des murs", "Vloer- en wandafwerking"),
    "43340": ("Travaux de peinture et de vitrerie", "Schilderen en glaszetten"),
    "43350": ("Autres travaux de finition", "Overige afwerking van gebouwen"),
    "43410": ("Travaux de couverture", "Dakwerkzaamheden"),
    # Retail
    "47110": (
        "Commerce de détail non spécialisé à prédominance alimentaire",
        "Niet-gespecialiseerde detailhandel waarbij voedings- en genotmiddelen overheersen",
    ),
    "47120": (
        "Autre commerce de détail non spécialisé",
        "Overige niet-gespecialiseerde detailhandel",
    ),
    "47210": ("Commerce de détail de fruits et légumes", "Detailhandel in groenten en fruit"),
    "47220": (
        "Commerce de détail de viandes et de produits à base de viande (boucherie)",
        "Detailhandel in vlees en vleesproducten (slagerij)",
    ),
    "47230": (
        "Commerce de détail de poissons, crustacés et mollusques",
        "Detailhandel in vis, schaal- en weekdieren",
    ),
    "47240": (
        "Commerce de détail de pain, de pâtisserie et de confiserie (boulangerie)",
        "Detailhandel in brood, banketbakkerswerk en suikerwerk (bakkerij)",
    ),
    "47250": ("Commerce de détail de boissons", "Detailhandel in dranken"),
    "47260": ("Commerce de détail de produits à base de tabac", "Detailhandel in tabaksproducten"),
    "47300": ("Commerce de détail de carburants automobiles", "Detailhandel in motorbrandstoffen"),
    "47400": (
        "Commerce de détail d'équipements de l'information et de la communication",
        "Detailhandel in ICT-apparatuur",
    ),
    "47520": (
        "Commerce de détail de quincaillerie, peintures, verres et matériaux de construction",
        "Detailhandel in ijzerwaren, verf, glas en bouwmaterialen",
    ),
    "47540": (
        "Commerce de détail d'appareils électroménagers",
        "Detailhandel in elektrische huishoudapparaten",
    ),
    "47550": (
        "Commerce de détail de meubles, d'appareils d'éclairage et d'articles de ménage",
        "Detailhandel in meubelen, verlichtingsartikelen en huishoudelijke artikelen",
    ),
    "47610": (
        "Commerce de détail de livres, journaux et papeterie",
        "Detailhandel in boeken, kranten en kantoorbehoeften",
    ),
    "47730": ("Commerce de détail de produits pharmaceutiques (pharmacie)", "Apotheken"),
    "47750": (
        "Commerce de détail de produits cosmétiques et d'articles de toilette",
        "Detailhandel in cosmetica en toiletartikelen",
    ),
    "47760": (
        "Commerce de détail de fleurs, plantes, animaux de compagnie et aliments pour ceux-ci",
        "Detailhandel in bloemen, planten, huisdieren en voedsel voor huisdieren",
    ),
    "47790": ("Commerce de détail de biens d'occasion", "Detailhandel in tweedehandsgoederen"),
    # Logistics
    "49320": ("Transports de voyageurs par taxis", "Exploitatie van taxi's"),
    "49410": ("Transports routiers de fret", "Goederenvervoer over de weg"),
    "49420": ("Services de déménagement", "Verhuisdiensten"),
    "52100": ("Entreposage et stockage", "Opslag"),
    "53100": (
        "Activités de poste dans le cadre d'une obligation de service universel",
        "Postdiensten in het kader van een universeledienstverplichting",
    ),
    "53200": ("Autres activités de poste et de courrier", "Overige post- en koeriersactiviteiten"),
    # Horeca
    "55100": ("Hôtels et hébergement similaire", "Hotels en dergelijke accommodatie"),
    "55300": (
        "Terrains de camping et parcs pour caravanes",
        "Kampeerterreinen en kampeerauto- en caravanterreinen",
    ),
    "56111": ("Restauration à service complet", "Eetgelegenheden met volledige bediening"),
    "56112": (
        "Restauration à service restreint (snack, friterie, pizzeria)",
        "Eetgelegenheden met beperkte bediening (snackbar, frituur, pizzeria)",
    ),
    "56120": ("Restauration mobile", "Mobiele eetgelegenheden"),
    "56210": ("Services des traiteurs pour événements", "Eventcatering"),
    "56220": ("Restauration collective sous contrat", "Contractcatering"),
    "56301": ("Cafés et bars", "Cafés en bars"),
    "56302": ("Discothèques, dancings et similaires", "Discotheken, dancings en dergelijke"),
    # IT
    "62100": ("Programmation informatique", "Computerprogrammering"),
    "62200": (
        "Conseil informatique et gestion d'installations informatiques",
        "Computerconsultancy en beheer van computerfaciliteiten",
    ),
    "62900": ("Autres activités informatiques", "Overige diensten op het gebied van informatica"),
    "63100": (
        "Infrastructure informatique, traitement de données, hébergement et activités connexes",
        "Computerinfrastructuur, gegevensverwerking, hosting en aanverwante activiteiten",
    ),
    # Employment and business services
    "78100": ("Activités des agences de placement de main-d'œuvre", "Arbeidsbemiddeling"),
    "78200": (
        "Travail intérimaire et autre mise à disposition de ressources humaines",
        "Uitzendbureaus en andere terbeschikkingstelling van personeel",
    ),
    "80010": ("Enquêtes et sécurité privée", "Particuliere opsporing en beveiliging"),
    "81100": (
        "Activités combinées de soutien lié aux bâtiments",
        "Ondersteunende activiteiten in verband met faciliteitenbeheer",
    ),
    "81210": ("Nettoyage courant des bâtiments", "Algemene reiniging van gebouwen"),
    "81220": (
        "Autres activités de nettoyage des bâtiments et nettoyage industriel",
        "Overige reiniging van gebouwen; industriële reiniging",
    ),
    "81230": ("Autres activités de nettoyage", "Overige reinigingsactiviteiten"),
    "81300": ("Services d'aménagement paysager", "Landschapsverzorging"),
    "82200": ("Activités de centres d'appels", "Callcenters"),
    "82990": (
        "Autres activités de soutien aux entreprises n.c.a.",
        "Overige zakelijke dienstverlening, n.e.g.",
    ),
    # Public administration
    "84110": ("Administration publique générale", "Algemeen overheidsbestuur"),
    "84300": ("Sécurité sociale obligatoire", "Verplichte sociale verzekeringen"),
    # Education
    "85200": ("Enseignement primaire", "Lager onderwijs"),
    "85510": (
        "Enseignement de disciplines sportives et d'activités de loisirs",
        "Sport- en recreatieonderwijs",
    ),
    "85530": ("Enseignement de la conduite", "Autorijscholen"),
    "85590": ("Autres activités d'enseignement et de formation", "Overig onderwijs en opleiding"),
    # Care
    "86210": ("Activités des médecins généralistes", "Huisartsenpraktijken"),
    "86230": ("Pratique dentaire", "Tandartspraktijken"),
    "86940": ("Activités des infirmiers et des sages-femmes", "Verpleegkundigen en vroedvrouwen"),
    "86950": ("Activités de kinésithérapie", "Kinesitherapie"),
    "87300": (
        "Hébergement social pour personnes âgées ou handicapées physiques",
        "Maatschappelijke dienstverlening met huisvesting voor ouderen en personen met een "
        "lichamelijke handicap",
    ),
    "88100": (
        "Action sociale sans hébergement pour personnes âgées et personnes handicapées",
        "Maatschappelijke dienstverlening zonder huisvesting voor ouderen en personen met een "
        "handicap",
    ),
    "88910": ("Accueil de jeunes enfants (crèche)", "Kinderopvang"),
    "88990": (
        "Autre action sociale sans hébergement n.c.a.",
        "Overige maatschappelijke dienstverlening zonder huisvesting, n.e.g.",
    ),
    # Culture and sport
    "90310": (
        "Gestion de salles de spectacle et de lieux culturels",
        "Exploitatie van podia en culturele centra",
    ),
    "91110": ("Bibliothèques", "Bibliotheken"),
    "93110": ("Gestion d'installations sportives", "Exploitatie van sportaccommodaties"),
    "93130": ("Centres de culture physique (fitness)", "Fitnesscentra"),
    # Associations
    "94200": ("Activités des syndicats de salariés", "Vakverenigingen"),
    # Repairs and personal services
    "95100": (
        "Réparation d'ordinateurs et d'équipements de communication",
        "Reparatie van computers en communicatieapparatuur",
    ),
    "95230": (
        "Réparation de chaussures et d'articles en cuir",
        "Reparatie van schoenen en lederwaren",
    ),
    "95290": (
        "Réparation d'autres biens personnels et domestiques",
        "Reparatie van andere consumentenartikelen",
    ),
    "95310": (
        "Entretien et réparation de véhicules automobiles (garage)",
        "Onderhoud en reparatie van motorvoertuigen (garage)",
    ),
    "96100": ("Blanchisserie et nettoyage à sec", "Wassen en chemisch reinigen van textiel"),
    "96210": ("Coiffure et barbiers", "Kappers en barbiers"),
    "96220": (
        "Soins de beauté, manucure et pédicure",
        "Schoonheidsverzorging, manicure en pedicure",
    ),
    "96230": ("Saunas, hammams et spas de jour", "Sauna's, stoombaden en dagspa's"),
    "96910": (
        "Services personnels domestiques (aide ménagère)",
        "Huishoudelijke persoonlijke diensten",
    ),
    "97000": (
        "Activités des ménages en tant qu'employeurs de personnel domestique",
        "Huishoudens als werkgever van huishoudelijk personeel",
    ),
}


def _column(lang: str) -> int:
    return 1 if lang == "nl" else 0


def label(code: str | None, lang: str = "fr") -> str | None:
    """The label of stored digits in ``lang`` (``fr`` or ``nl``; French for any other): the
    sub-class's own when listed, else its division's; None for no code or an unknown division."""
    if not code:
        return None
    digits = code.replace(".", "").strip()
    found = CLASSES.get(digits) or DIVISIONS.get(digits[:2])
    return found[_column(lang)] if found else None


@cache
def _entries() -> list[tuple[str, tuple[str, str], tuple[str, str]]]:
    """(digits, labels, folded labels) of every listed code, in code order: built at the first
    search, not when the form's module is imported at start-up."""
    merged = {**DIVISIONS, **CLASSES}
    return [
        (code, labels, (fold(labels[0]), fold(labels[1])))
        for code, labels in sorted(merged.items())
    ]


def search(text: str, lang: str = "fr", limit: int = 30) -> list[tuple[str, str]]:
    """Codes ``text`` names, as (digits, label in ``lang``), at most ``limit``.

    Digits (with or without the dot: ``56.1``, ``561``) find the codes that start with them;
    words find the labels holding every one of them (``resto``, ``boulangerie``, ``bakkerij``),
    those starting with the first word first.
    """
    typed = text.strip()
    column = _column(lang)
    digits = typed.replace(".", "").replace(" ", "")
    if digits.isdigit():
        return [
            (code, labels[column]) for code, labels, _ in _entries() if code.startswith(digits)
        ][:limit]
    words = fold(typed).split()
    if not words:
        return []
    starting: list[tuple[str, str]] = []
    holding: list[tuple[str, str]] = []
    for code, labels, folded in _entries():
        name = folded[column]
        if all(word in name for word in words):
            (starting if name.startswith(words[0]) else holding).append((code, labels[column]))
    return (starting + holding)[:limit]
