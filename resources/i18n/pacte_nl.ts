<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1098"/>
        <source>Candidats</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1102"/>
        <source>Saint-Gillois</source>
        <translation>Inwoner Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1122"/>
        <location filename="../../pacte_desktop/ui/records.py" line="1139"/>
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1136"/>
        <source>Données privées de l&apos;organisation : jamais partagées</source>
        <translation>Privégegevens van de organisatie: worden nooit gedeeld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1147"/>
        <source>Candidat archivé</source>
        <translation>Kandidaat gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1148"/>
        <source>%1 candidats archivés</source>
        <translation>%1 kandidaten gearchiveerd</translation>
    </message>
</context>
<context>
    <name>CheckDueDelegate</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="743"/>
        <source>Suivi à faire depuis le %1</source>
        <translation>Opvolging te doen sinds %1</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="85"/>
        <source>Bienvenue dans Pacte Desktop</source>
        <translation>Welkom bij Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="88"/>
        <source>Les contacts employeurs, les relances et les mises à l&apos;emploi de votre organisation sont gardés sur ce poste et partagés avec vos collègues. Pour commencer :</source>
        <translation>De werkgeverscontacten, opvolgingen en tewerkstellingen van uw organisatie worden op deze computer bewaard en gedeeld met uw collega&apos;s. Om te beginnen:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="93"/>
        <source>&amp;Créer mon organisation</source>
        <translation>Mijn organisatie &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="94"/>
        <source>Ouvrir des données de &amp;démonstration</source>
        <translation>&amp;Demogegevens openen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="307"/>
        <source>Nouvelle personne de contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="310"/>
        <source>Personne de contact : %1</source>
        <translation>Contactpersoon: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="312"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="313"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="145"/>
        <source>Votre organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="146"/>
        <source>Ces informations pourront être complétées plus tard.</source>
        <translation>U kunt deze gegevens later aanvullen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="147"/>
        <source>&amp;Nom de l&apos;organisation *</source>
        <translation>&amp;Naam van de organisatie *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="148"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="149"/>
        <source>ex. CPAS de Saint-Gilles</source>
        <translation>bv. OCMW Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="150"/>
        <source>&amp;Type *</source>
        <translation>T&amp;ype *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="151"/>
        <source>Type d&apos;organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="152"/>
        <source>— choisir —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="155"/>
        <source>&amp;Votre nom *</source>
        <translation>&amp;Uw naam *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="156"/>
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="222"/>
        <source>Données de démonstration</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="225"/>
        <source>Pacte Desktop va créer une organisation fictive (« CPAS de Saint-Gilles (démo) »), ses travailleurs et %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l&apos;emploi. Aucune de ces données n&apos;est réelle.

Utilisez un dossier de données séparé pour votre vraie organisation.</source>
        <translation>Pacte Desktop maakt een fictieve organisatie aan (“CPAS de Saint-Gilles (démo)”), met haar medewerkers en %1 verzonnen werkgevers, met hun contacten, opvolgingen, vacatures en tewerkstellingen. Geen van deze gegevens is echt.

Gebruik een aparte gegevensmap voor uw echte organisatie.</translation>
    </message>
</context>
<context>
    <name>EmployerChooser</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="210"/>
        <source>Nom, numéro BCE ou adresse de l&apos;employeur…</source>
        <translation>Naam, KBO-nummer of adres van de werkgever…</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="121"/>
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="122"/>
        <source>Fermer sans enregistrer ? Les modifications seront perdues.</source>
        <translation>Sluiten zonder op te slaan? De wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="133"/>
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="509"/>
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="511"/>
        <source>Opération</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="512"/>
        <source>Champs modifiés</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="522"/>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="523"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="524"/>
        <source>Démarches</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="525"/>
        <source>Offres</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="526"/>
        <source>Mises à l&apos;emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="527"/>
        <source>Historique</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="530"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="531"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Fiche opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="532"/>
        <source>Restaurer</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="533"/>
        <source>Cet employeur est archivé.</source>
        <translation>Deze werkgever is gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="534"/>
        <source>Ajouter…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="535"/>
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="536"/>
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="537"/>
        <source>Noter une démarche</source>
        <translation>Een contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="538"/>
        <source>Noter la démarche</source>
        <translation>Contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="539"/>
        <source>Enregistrer la démarche (Ctrl+S)</source>
        <translation>Contactmoment opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="540"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="553"/>
        <source>Nouvel employeur</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="555"/>
        <source>Employeur : %1</source>
        <translation>Werkgever: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="575"/>
        <source>%1 (parti)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="699"/>
        <source>Création</source>
        <translation>Aanmaak</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="700"/>
        <source>Modification</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="701"/>
        <source>Archivage</source>
        <translation>Archivering</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="702"/>
        <source>Restauration</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="703"/>
        <source>Passation</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="788"/>
        <source>Aucune modification à enregistrer.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="797"/>
        <source>Enregistrement…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="812"/>
        <source>Fiche enregistrée.</source>
        <translation>Fiche opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="820"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="862"/>
        <source>Personne de contact archivée</source>
        <translation>Contactpersoon gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="928"/>
        <source>Démarche notée ; relance prévue le %1.</source>
        <translation>Contactmoment genoteerd; opvolging gepland op %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="933"/>
        <source>Démarche notée.</source>
        <translation>Contactmoment genoteerd.</translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="166"/>
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="170"/>
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="171"/>
        <source>N° BCE</source>
        <translation>KBO-nr.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="175"/>
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="176"/>
        <source>Ouvrir la fiche de l&apos;employeur (Entrée)</source>
        <translation>Werkgeversfiche openen (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="177"/>
        <source>Nouveau</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="178"/>
        <source>Nouvel employeur (Ctrl+N)</source>
        <translation>Nieuwe werkgever (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="179"/>
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="180"/>
        <source>Archiver les employeurs choisis (Suppr)</source>
        <translation>Geselecteerde werkgevers archiveren (Delete)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="181"/>
        <source>Restaurer</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="182"/>
        <source>Archivés</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="183"/>
        <source>Montrer aussi les employeurs archivés</source>
        <translation>Ook gearchiveerde werkgevers tonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="185"/>
        <source>Tous les secteurs</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="186"/>
        <source>Toutes les communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="187"/>
        <source>Tous les statuts</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="188"/>
        <source>Tous les responsables</source>
        <translation>Alle verantwoordelijken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="189"/>
        <source>Toutes les étiquettes</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="190"/>
        <source>Accepte : tout</source>
        <translation>Aanvaardt: alles</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="297"/>
        <source>1 employeur</source>
        <translation>1 werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="299"/>
        <source>%1 employeurs</source>
        <translation>%1 werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="384"/>
        <source>Employeur archivé</source>
        <translation>Werkgever gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="386"/>
        <source>%1 employeurs archivés</source>
        <translation>%1 werkgevers gearchiveerd</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="103"/>
        <source>AAAA-MM-JJ</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="105"/>
        <source>séparés par des virgules</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="277"/>
        <source>Pacte Desktop — premier démarrage</source>
        <translation>Pacte Desktop — eerste opstart</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="304"/>
        <source>Création…</source>
        <translation>Aanmaken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="321"/>
        <location filename="../../pacte_desktop/ui/wizard.py" line="349"/>
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="344"/>
        <source>Création annulée : rien n&apos;a été enregistré.</source>
        <translation>Aanmaak geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="357"/>
        <source>Création des données de démonstration…</source>
        <translation>Demogegevens aanmaken…</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="379"/>
        <source>À relancer</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="383"/>
        <source>Échéance</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="384"/>
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="385"/>
        <source>Travailleur</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="386"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="391"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="406"/>
        <source>En retard</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="392"/>
        <source>Aujourd&apos;hui</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="393"/>
        <source>Cette semaine</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="394"/>
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="398"/>
        <source>&amp;Période :</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="399"/>
        <source>Pour &amp;moi</source>
        <translation>Voor &amp;mij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="400"/>
        <source>Toute l&apos;&amp;organisation</source>
        <translation>Hele organi&amp;satie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="401"/>
        <source>Fai&amp;t</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="402"/>
        <source>Marquer les relances choisies comme faites</source>
        <translation>Geselecteerde opvolgingen markeren als gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="403"/>
        <source>&amp;Reporter…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="404"/>
        <source>Réa&amp;ssigner…</source>
        <translation>&amp;Opnieuw toewijzen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="405"/>
        <source>Relances ouvertes</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="484"/>
        <source>Aucune relance ne correspond à la recherche.</source>
        <translation>Geen enkele opvolging komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="486"/>
        <source>Rien à relancer pour cette période.</source>
        <translation>Niets op te volgen in deze periode.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="585"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="587"/>
        <source>Relances</source>
        <translation>Opvolgingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="603"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="609"/>
        <source>%n relance(s) marquée(s) comme faite(s)</source>
        <translation>
            <numerusform>%n opvolging gemarkeerd als gedaan</numerusform>
            <numerusform>%n opvolgingen gemarkeerd als gedaan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="628"/>
        <source>Relance(s) reportée(s) au %1</source>
        <translation>Opvolging(en) uitgesteld tot %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="652"/>
        <source>Relance(s) réassignée(s)</source>
        <translation>Opvolging(en) opnieuw toegewezen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="675"/>
        <source>La fiche employeur n&apos;est pas disponible.</source>
        <translation>De werkgeversfiche is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="296"/>
        <location filename="../../pacte_desktop/ui/handover.py" line="572"/>
        <location filename="../../pacte_desktop/ui/handover.py" line="676"/>
        <source>Passation</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="297"/>
        <source>&amp;Travailleur qui part :</source>
        <translation>&amp;Vertrekkende medewerker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="298"/>
        <source>— choisir —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="299"/>
        <source>Travailleur qui part</source>
        <translation>Vertrekkende medewerker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="300"/>
        <source>&amp;Ce qu&apos;il ou elle détient :</source>
        <translation>&amp;Wat hij of zij beheert:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301"/>
        <source>Attribué à</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="302"/>
        <source>Éléments à transmettre</source>
        <translation>Over te dragen items</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="303"/>
        <source>&amp;Destinataires :</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="304"/>
        <source>Destinataires</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="307"/>
        <source>Les éléments en « répartition automatique » sont répartis à tour de rôle entre les destinataires ; une relance ou une offre suit son employeur. Double-cliquez sur « Attribué à » pour confier un élément à un destinataire précis.</source>
        <translation>Items op “Automatische verdeling” worden om beurten over de ontvangers verdeeld; een opvolging of vacature volgt haar werkgever. Dubbelklik op “Toegewezen aan” om een item aan een bepaalde ontvanger toe te wijzen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="312"/>
        <source>&amp;Appliquer</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="313"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="314"/>
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="327"/>
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="328"/>
        <source>Relances ouvertes</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="329"/>
        <source>Chercheurs d&apos;emploi</source>
        <translation>Werkzoekenden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="330"/>
        <source>Offres</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="334"/>
        <source>Répartition automatique</source>
        <translation>Automatische verdeling</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="495"/>
        <source>Choisissez la personne qui quitte l&apos;organisation.</source>
        <translation>Kies de persoon die de organisatie verlaat.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="497"/>
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="500"/>
        <source>Rien à transmettre : la personne sera seulement marquée comme partie.</source>
        <translation>Niets over te dragen: de persoon wordt alleen als vertrokken gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="578"/>
        <source>Confirmer la passation</source>
        <translation>Overdracht bevestigen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="580"/>
        <source>Transmettre le portefeuille de %1 à %2 ?

%1 sera marqué(e) comme parti(e) de l&apos;organisation. Cette opération est irréversible.</source>
        <translation>De portefeuille van %1 overdragen aan %2?

%1 wordt gemarkeerd als vertrokken uit de organisatie. Deze bewerking kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="650"/>
        <source>%n employeur(s)</source>
        <translation>
            <numerusform>%n werkgever</numerusform>
            <numerusform>%n werkgevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="651"/>
        <source>%n relance(s)</source>
        <translation>
            <numerusform>%n opvolging</numerusform>
            <numerusform>%n opvolgingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="652"/>
        <source>%n chercheur(s) d&apos;emploi</source>
        <translation>
            <numerusform>%n werkzoekende</numerusform>
            <numerusform>%n werkzoekenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="653"/>
        <source>%n offre(s)</source>
        <translation>
            <numerusform>%n vacature</numerusform>
            <numerusform>%n vacatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="656"/>
        <source>%1 est marqué(e) comme parti(e) de l&apos;organisation.</source>
        <translation>%1 is gemarkeerd als vertrokken uit de organisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="667"/>
        <source>Aucun élément n&apos;était à transmettre.</source>
        <translation>Er waren geen items over te dragen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="677"/>
        <source>Abandonner la passation ? Vos choix seront perdus.</source>
        <translation>De overdracht afbreken? Uw keuzes gaan verloren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="166"/>
        <location filename="../../pacte_desktop/ui/main_window.py" line="309"/>
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="167"/>
        <source>&amp;Fichier</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="168"/>
        <source>É&amp;dition</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="169"/>
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Langue</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Nouveau…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="174"/>
        <source>Enregistrer une &amp;sauvegarde…</source>
        <translation>&amp;Back-up opslaan…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Changer de travailleur…</source>
        <translation>&amp;Medewerker wisselen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Ajouter un travailleur…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="178"/>
        <source>&amp;Passation (départ d&apos;un travailleur)…</source>
        <translation>&amp;Overdracht (vertrek van een medewerker)…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="179"/>
        <source>À &amp;propos de Pacte Desktop</source>
        <translation>&amp;Over Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="180"/>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Zoeken… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="181"/>
        <source>Rechercher</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="182"/>
        <source>Vues</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="183"/>
        <source>Annuler</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="184"/>
        <source>Annuler la dernière action</source>
        <translation>Laatste actie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="252"/>
        <source>Travailleur changé</source>
        <translation>Medewerker gewisseld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="257"/>
        <source>Ajouter un travailleur</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="257"/>
        <source>Nom :</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="264"/>
        <source>%1 ajouté(e)</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="278"/>
        <source>Enregistrer une sauvegarde</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="280"/>
        <source>Base Pacte (*.sqlite)</source>
        <translation>Pacte-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="292"/>
        <source>Sauvegarde enregistrée : %1</source>
        <translation>Back-up opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="300"/>
        <source>À propos de Pacte Desktop</source>
        <translation>Over Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="302"/>
        <source>Pacte Desktop %1
Les contacts employeurs des partenaires du pacte local pour l&apos;emploi de Saint-Gilles, gardés par l&apos;organisation.</source>
        <translation>Pacte Desktop %1
De werkgeverscontacten van de partners van het lokaal pact voor werkgelegenheid van Sint-Gillis, bewaard door de organisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="334"/>
        <source>Action annulée</source>
        <translation>Actie ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1052"/>
        <source>Offres et demandes</source>
        <translation>Vacatures en aanvragen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1056"/>
        <source>Partagée</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1068"/>
        <source>Demandes de profils seulement</source>
        <translation>Alleen profielaanvragen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1081"/>
        <source>Offre archivée</source>
        <translation>Vacature gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1082"/>
        <source>%1 offres archivées</source>
        <translation>%1 vacatures gearchiveerd</translation>
    </message>
</context>
<context>
    <name>PlacementsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1172"/>
        <source>Mises à l&apos;emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1178"/>
        <source>Début</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1179"/>
        <source>Fin</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1195"/>
        <source>Mise à l&apos;emploi archivée</source>
        <translation>Tewerkstelling gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1196"/>
        <source>%1 mises à l&apos;emploi archivées</source>
        <translation>%1 tewerkstellingen gearchiveerd</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="250"/>
        <source>Reporter la relance</source>
        <translation>Opvolging uitstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="251"/>
        <source>Nouvelle date :</source>
        <translation>Nieuwe datum:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="252"/>
        <source>Nouvelle date</source>
        <translation>Nieuwe datum</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="530"/>
        <source>Nouvelle offre ou demande de profils</source>
        <translation>Nieuwe vacature of profielaanvraag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="531"/>
        <source>Nouveau candidat</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="532"/>
        <source>Nouvelle mise à l&apos;emploi</source>
        <translation>Nieuwe tewerkstelling</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="535"/>
        <source>Offre : %1</source>
        <translation>Vacature: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="536"/>
        <source>Candidat : %1</source>
        <translation>Kandidaat: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="537"/>
        <source>Mise à l&apos;emploi : %1</source>
        <translation>Tewerkstelling: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="541"/>
        <source>Nouvel enregistrement : %1</source>
        <translation>Nieuw record: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="548"/>
        <location filename="../../pacte_desktop/ui/records.py" line="555"/>
        <source>Partager avec le réseau</source>
        <translation>Delen met het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="551"/>
        <source>Les partenaires verront le type, l&apos;intitulé, le nombre de postes, le profil demandé, les dates et le statut ; jamais les notes internes.</source>
        <translation>De partners zien de soort, de titel, het aantal plaatsen, het gevraagde profiel, de data en de status; nooit de interne notities.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="558"/>
        <source>Données privées de l&apos;organisation : jamais partagées. Utilisez un code pseudonyme, pas le nom de la personne.</source>
        <translation>Privégegevens van de organisatie: worden nooit gedeeld. Gebruik een pseudonieme code, niet de naam van de persoon.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="562"/>
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="563"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="564"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="633"/>
        <source>Erreur</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="648"/>
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="649"/>
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Niet-opgeslagen wijzigingen verwerpen?</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="871"/>
        <source>%1 enregistrement(s) archivé(s)</source>
        <translation>%1 record(s) gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="892"/>
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="898"/>
        <source>Nouveau…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="899"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>Nieuw (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="900"/>
        <location filename="../../pacte_desktop/ui/records.py" line="903"/>
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="901"/>
        <location filename="../../pacte_desktop/ui/records.py" line="904"/>
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="902"/>
        <source>Archiver (Suppr) ; peut être annulé</source>
        <translation>Archiveren (Delete); kan ongedaan worden gemaakt</translation>
    </message>
</context>
<context>
    <name>SwitchWorkerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="395"/>
        <source>Changer de travailleur</source>
        <translation>Medewerker wisselen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="396"/>
        <source>&amp;Qui travaille sur ce poste ?</source>
        <translation>&amp;Wie werkt op deze computer?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="401"/>
        <source>%1 (actuel)</source>
        <translation>%1 (huidig)</translation>
    </message>
</context>
<context>
    <name>WorkerChoiceDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="53"/>
        <source>Réassigner la relance</source>
        <translation>Opvolging opnieuw toewijzen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="54"/>
        <source>Confier à :</source>
        <translation>Toewijzen aan:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="55"/>
        <source>Travailleurs</source>
        <translation>Medewerkers</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pacte_desktop/ui/operations.py" line="96"/>
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
