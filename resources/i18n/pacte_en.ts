<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1098"/>
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1102"/>
        <source>Saint-Gillois</source>
        <translation>Saint-Gilles resident</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1122"/>
        <location filename="../../pacte_desktop/ui/records.py" line="1139"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1136"/>
        <source>Données privées de l&apos;organisation : jamais partagées</source>
        <translation>Private to the organisation: never shared</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1147"/>
        <source>Candidat archivé</source>
        <translation>Candidate archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1148"/>
        <source>%1 candidats archivés</source>
        <translation>%1 candidates archived</translation>
    </message>
</context>
<context>
    <name>CheckDueDelegate</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="743"/>
        <source>Suivi à faire depuis le %1</source>
        <translation>Check due since %1</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="85"/>
        <source>Bienvenue dans Pacte Desktop</source>
        <translation>Welcome to Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="88"/>
        <source>Les contacts employeurs, les relances et les mises à l&apos;emploi de votre organisation sont gardés sur ce poste et partagés avec vos collègues. Pour commencer :</source>
        <translation>Your organisation&apos;s employer contacts, follow-ups and placements are kept on this computer and shared with your colleagues. To begin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="93"/>
        <source>&amp;Créer mon organisation</source>
        <translation>&amp;Create my organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="94"/>
        <source>Ouvrir des données de &amp;démonstration</source>
        <translation>Open &amp;demonstration data</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="307"/>
        <source>Nouvelle personne de contact</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="310"/>
        <source>Personne de contact : %1</source>
        <translation>Contact person: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="312"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="313"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="145"/>
        <source>Votre organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="146"/>
        <source>Ces informations pourront être complétées plus tard.</source>
        <translation>You can complete this information later.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="147"/>
        <source>&amp;Nom de l&apos;organisation *</source>
        <translation>&amp;Organisation name *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="148"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="149"/>
        <source>ex. CPAS de Saint-Gilles</source>
        <translation>e.g. CPAS de Saint-Gilles</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="150"/>
        <source>&amp;Type *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="151"/>
        <source>Type d&apos;organisation</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="152"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="155"/>
        <source>&amp;Votre nom *</source>
        <translation>&amp;Your name *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="156"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="222"/>
        <source>Données de démonstration</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="225"/>
        <source>Pacte Desktop va créer une organisation fictive (« CPAS de Saint-Gilles (démo) »), ses travailleurs et %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l&apos;emploi. Aucune de ces données n&apos;est réelle.

Utilisez un dossier de données séparé pour votre vraie organisation.</source>
        <translation>Pacte Desktop will create a fictitious organisation (“CPAS de Saint-Gilles (démo)”), its workers and %1 made-up employers, with their contacts, follow-ups, opportunities and placements. None of this data is real.

Use a separate data folder for your real organisation.</translation>
    </message>
</context>
<context>
    <name>EmployerChooser</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="210"/>
        <source>Nom, numéro BCE ou adresse de l&apos;employeur…</source>
        <translation>Employer&apos;s name, BCE number or address…</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="121"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="122"/>
        <source>Fermer sans enregistrer ? Les modifications seront perdues.</source>
        <translation>Close without saving? The changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="133"/>
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="509"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="511"/>
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="512"/>
        <source>Champs modifiés</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="522"/>
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="523"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="524"/>
        <source>Démarches</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="525"/>
        <source>Offres</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="526"/>
        <source>Mises à l&apos;emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="527"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="530"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="531"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="532"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="533"/>
        <source>Cet employeur est archivé.</source>
        <translation>This employer is archived.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="534"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="535"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="536"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="537"/>
        <source>Noter une démarche</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="538"/>
        <source>Noter la démarche</source>
        <translation>Log the interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="539"/>
        <source>Enregistrer la démarche (Ctrl+S)</source>
        <translation>Save the interaction (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="540"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="553"/>
        <source>Nouvel employeur</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="555"/>
        <source>Employeur : %1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="575"/>
        <source>%1 (parti)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="699"/>
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="700"/>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="701"/>
        <source>Archivage</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="702"/>
        <source>Restauration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="703"/>
        <source>Passation</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="788"/>
        <source>Aucune modification à enregistrer.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="797"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="812"/>
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="820"/>
        <source>Rien n&apos;a été enregistré.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="862"/>
        <source>Personne de contact archivée</source>
        <translation>Contact person archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="928"/>
        <source>Démarche notée ; relance prévue le %1.</source>
        <translation>Interaction logged; follow-up scheduled for %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="933"/>
        <source>Démarche notée.</source>
        <translation>Interaction logged.</translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="166"/>
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="170"/>
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="171"/>
        <source>N° BCE</source>
        <translation>BCE no.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="175"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="176"/>
        <source>Ouvrir la fiche de l&apos;employeur (Entrée)</source>
        <translation>Open the employer&apos;s record (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="177"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="178"/>
        <source>Nouvel employeur (Ctrl+N)</source>
        <translation>New employer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="179"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="180"/>
        <source>Archiver les employeurs choisis (Suppr)</source>
        <translation>Archive the selected employers (Delete)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="181"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="182"/>
        <source>Archivés</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="183"/>
        <source>Montrer aussi les employeurs archivés</source>
        <translation>Also show archived employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="185"/>
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="186"/>
        <source>Toutes les communes</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="187"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="188"/>
        <source>Tous les responsables</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="189"/>
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="190"/>
        <source>Accepte : tout</source>
        <translation>Accepts: anything</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="297"/>
        <source>1 employeur</source>
        <translation>1 employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="299"/>
        <source>%1 employeurs</source>
        <translation>%1 employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="384"/>
        <source>Employeur archivé</source>
        <translation>Employer archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="386"/>
        <source>%1 employeurs archivés</source>
        <translation>%1 employers archived</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="103"/>
        <source>AAAA-MM-JJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="105"/>
        <source>séparés par des virgules</source>
        <translation>separated by commas</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="277"/>
        <source>Pacte Desktop — premier démarrage</source>
        <translation>Pacte Desktop — first start</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="304"/>
        <source>Création…</source>
        <translation>Creating…</translation>
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
        <translation>Creation cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="357"/>
        <source>Création des données de démonstration…</source>
        <translation>Creating the demonstration data…</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="379"/>
        <source>À relancer</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="383"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="384"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="385"/>
        <source>Travailleur</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="386"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="391"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="406"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="392"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="393"/>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="394"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="398"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="399"/>
        <source>Pour &amp;moi</source>
        <translation>For &amp;me</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="400"/>
        <source>Toute l&apos;&amp;organisation</source>
        <translation>Whole &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="401"/>
        <source>Fai&amp;t</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="402"/>
        <source>Marquer les relances choisies comme faites</source>
        <translation>Mark the selected follow-ups as done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="403"/>
        <source>&amp;Reporter…</source>
        <translation>Po&amp;stpone…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="404"/>
        <source>Réa&amp;ssigner…</source>
        <translation>&amp;Reassign…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="405"/>
        <source>Relances ouvertes</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="484"/>
        <source>Aucune relance ne correspond à la recherche.</source>
        <translation>No follow-up matches the search.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="486"/>
        <source>Rien à relancer pour cette période.</source>
        <translation>Nothing to follow up for this period.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="585"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="587"/>
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="603"/>
        <location filename="../../pacte_desktop/ui/followups.py" line="609"/>
        <source>%n relance(s) marquée(s) comme faite(s)</source>
        <translation>
            <numerusform>%n follow-up marked as done</numerusform>
            <numerusform>%n follow-ups marked as done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="628"/>
        <source>Relance(s) reportée(s) au %1</source>
        <translation>Follow-up(s) postponed to %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="652"/>
        <source>Relance(s) réassignée(s)</source>
        <translation>Follow-up(s) reassigned</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="675"/>
        <source>La fiche employeur n&apos;est pas disponible.</source>
        <translation>The employer record is not available.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="296"/>
        <location filename="../../pacte_desktop/ui/handover.py" line="572"/>
        <location filename="../../pacte_desktop/ui/handover.py" line="676"/>
        <source>Passation</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="297"/>
        <source>&amp;Travailleur qui part :</source>
        <translation>&amp;Leaving worker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="298"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="299"/>
        <source>Travailleur qui part</source>
        <translation>Leaving worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="300"/>
        <source>&amp;Ce qu&apos;il ou elle détient :</source>
        <translation>&amp;What they hold:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301"/>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301"/>
        <source>Attribué à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="302"/>
        <source>Éléments à transmettre</source>
        <translation>Items to hand over</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="303"/>
        <source>&amp;Destinataires :</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="304"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="307"/>
        <source>Les éléments en « répartition automatique » sont répartis à tour de rôle entre les destinataires ; une relance ou une offre suit son employeur. Double-cliquez sur « Attribué à » pour confier un élément à un destinataire précis.</source>
        <translation>Items set to “Automatic distribution” are shared out in turn among the recipients; a follow-up or opportunity goes with its employer. Double-click “Assigned to” to give an item to a specific recipient.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="312"/>
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="313"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="314"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="327"/>
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="328"/>
        <source>Relances ouvertes</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="329"/>
        <source>Chercheurs d&apos;emploi</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="330"/>
        <source>Offres</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="334"/>
        <source>Répartition automatique</source>
        <translation>Automatic distribution</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="495"/>
        <source>Choisissez la personne qui quitte l&apos;organisation.</source>
        <translation>Choose the person who is leaving the organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="497"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="500"/>
        <source>Rien à transmettre : la personne sera seulement marquée comme partie.</source>
        <translation>Nothing to hand over: the person will only be marked as having left.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="578"/>
        <source>Confirmer la passation</source>
        <translation>Confirm the handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="580"/>
        <source>Transmettre le portefeuille de %1 à %2 ?

%1 sera marqué(e) comme parti(e) de l&apos;organisation. Cette opération est irréversible.</source>
        <translation>Hand over %1&apos;s portfolio to %2?

%1 will be marked as having left the organisation. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="650"/>
        <source>%n employeur(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="651"/>
        <source>%n relance(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="652"/>
        <source>%n chercheur(s) d&apos;emploi</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="653"/>
        <source>%n offre(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="656"/>
        <source>%1 est marqué(e) comme parti(e) de l&apos;organisation.</source>
        <translation>%1 has been marked as having left the organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="667"/>
        <source>Aucun élément n&apos;était à transmettre.</source>
        <translation>There were no items to hand over.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="677"/>
        <source>Abandonner la passation ? Vos choix seront perdus.</source>
        <translation>Abandon the handover? Your choices will be lost.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="168"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="169"/>
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="171"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="173"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="174"/>
        <source>Enregistrer une &amp;sauvegarde…</source>
        <translation>Save a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="175"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="176"/>
        <source>&amp;Changer de travailleur…</source>
        <translation>&amp;Switch worker…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Ajouter un travailleur…</source>
        <translation>&amp;Add a worker…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="178"/>
        <source>&amp;Passation (départ d&apos;un travailleur)…</source>
        <translation>&amp;Handover (worker leaving)…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="179"/>
        <source>À &amp;propos de Pacte Desktop</source>
        <translation>&amp;About Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="180"/>
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="181"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="182"/>
        <source>Vues</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="183"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="184"/>
        <source>Annuler la dernière action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="252"/>
        <source>Travailleur changé</source>
        <translation>Worker switched</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="257"/>
        <source>Ajouter un travailleur</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="257"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="264"/>
        <source>%1 ajouté(e)</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="278"/>
        <source>Enregistrer une sauvegarde</source>
        <translation>Save a backup</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="280"/>
        <source>Base Pacte (*.sqlite)</source>
        <translation>Pacte database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="292"/>
        <source>Sauvegarde enregistrée : %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="300"/>
        <source>À propos de Pacte Desktop</source>
        <translation>About Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="302"/>
        <source>Pacte Desktop %1
Les contacts employeurs des partenaires du pacte local pour l&apos;emploi de Saint-Gilles, gardés par l&apos;organisation.</source>
        <translation>Pacte Desktop %1
The employer contacts of the partners in the Saint-Gilles local employment pact, kept by the organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="334"/>
        <source>Action annulée</source>
        <translation>Action undone</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1052"/>
        <source>Offres et demandes</source>
        <translation>Opportunities and requests</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1056"/>
        <source>Partagée</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1068"/>
        <source>Demandes de profils seulement</source>
        <translation>Profile requests only</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1081"/>
        <source>Offre archivée</source>
        <translation>Opportunity archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1082"/>
        <source>%1 offres archivées</source>
        <translation>%1 opportunities archived</translation>
    </message>
</context>
<context>
    <name>PlacementsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1172"/>
        <source>Mises à l&apos;emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1178"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1179"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1195"/>
        <source>Mise à l&apos;emploi archivée</source>
        <translation>Placement archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="1196"/>
        <source>%1 mises à l&apos;emploi archivées</source>
        <translation>%1 placements archived</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="250"/>
        <source>Reporter la relance</source>
        <translation>Postpone the follow-up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="251"/>
        <source>Nouvelle date :</source>
        <translation>New date:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="252"/>
        <source>Nouvelle date</source>
        <translation>New date</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="530"/>
        <source>Nouvelle offre ou demande de profils</source>
        <translation>New opportunity or profile request</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="531"/>
        <source>Nouveau candidat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="532"/>
        <source>Nouvelle mise à l&apos;emploi</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="535"/>
        <source>Offre : %1</source>
        <translation>Opportunity: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="536"/>
        <source>Candidat : %1</source>
        <translation>Candidate: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="537"/>
        <source>Mise à l&apos;emploi : %1</source>
        <translation>Placement: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="541"/>
        <source>Nouvel enregistrement : %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="548"/>
        <location filename="../../pacte_desktop/ui/records.py" line="555"/>
        <source>Partager avec le réseau</source>
        <translation>Share with the network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="551"/>
        <source>Les partenaires verront le type, l&apos;intitulé, le nombre de postes, le profil demandé, les dates et le statut ; jamais les notes internes.</source>
        <translation>Partners will see the kind, title, number of positions, required profile, dates and status; never the internal notes.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="558"/>
        <source>Données privées de l&apos;organisation : jamais partagées. Utilisez un code pseudonyme, pas le nom de la personne.</source>
        <translation>Private to the organisation: never shared. Use a pseudonymous code, not the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="562"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="563"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="564"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="633"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="648"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="649"/>
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Discard unsaved changes?</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="871"/>
        <source>%1 enregistrement(s) archivé(s)</source>
        <translation>%1 record(s) archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="892"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="898"/>
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="899"/>
        <source>Nouveau (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="900"/>
        <location filename="../../pacte_desktop/ui/records.py" line="903"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="901"/>
        <location filename="../../pacte_desktop/ui/records.py" line="904"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="902"/>
        <source>Archiver (Suppr) ; peut être annulé</source>
        <translation>Archive (Delete); can be undone</translation>
    </message>
</context>
<context>
    <name>SwitchWorkerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="395"/>
        <source>Changer de travailleur</source>
        <translation>Switch worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="396"/>
        <source>&amp;Qui travaille sur ce poste ?</source>
        <translation>&amp;Who is working on this computer?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="401"/>
        <source>%1 (actuel)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>WorkerChoiceDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="53"/>
        <source>Réassigner la relance</source>
        <translation>Reassign the follow-up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="54"/>
        <source>Confier à :</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="55"/>
        <source>Travailleurs</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pacte_desktop/ui/operations.py" line="96"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
