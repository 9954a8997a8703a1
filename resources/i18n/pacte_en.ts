<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="227" />
        <source>À propos de Pacte Desktop</source>
        <translation>About Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="228" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="229" />
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="230" />
        <source>pas configurée</source>
        <translation>not set up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="233" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="234" />
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="236" />
        <source>Synchronisation de l'organisation</source>
        <translation>Organisation sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="239" />
        <source>Synchronisation du réseau</source>
        <translation>Network sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="245" />
        <source>Les contacts employeurs des partenaires du pacte local pour l'emploi de Saint-Gilles, gardés par l'organisation. Logiciel libre sous licence EUPL-1.2.</source>
        <translation>The employer contacts of the partners of the Saint-Gilles local employment pact, kept by the organisation. Free software under the EUPL-1.2 licence.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="252" />
        <source>Pacte Desktop est livré avec ces composants, chacun sous sa licence :</source>
        <translation>Pacte Desktop ships with these components, each under its own licence:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="537" />
        <source>Répondre à %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="543" />
        <source>postes : %1</source>
        <translation>positions: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="545" />
        <source>pour le %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="549" />
        <source>Langues : %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="551" />
        <source>Compétences : %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="553" />
        <source>Candidats que nous pouvons proposer :</source>
        <translation>Candidates we can propose:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="554" />
        <source>Message :</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="556" />
        <source>Par ex. : profils bilingues, disponibles dès janvier ; appelez Farida.</source>
        <translation>E.g.: bilingual profiles, available from January; call Farida.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="560" />
        <source>Ne nommez personne : ni nom, ni code de candidat. Le partenaire saura combien de candidats vous proposez ; vous les présenterez ensuite directement.</source>
        <translation>Name no one: no name, no candidate code. The partner learns how many candidates you propose; you will introduce them directly afterwards.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="574" />
        <source>Le message compte %1 caractères ; %2 au plus.</source>
        <translation>The message has %1 characters; %2 at most.</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="77" />
        <location filename="../../pacte_desktop/ui/import_batches.py" line="96" />
        <location filename="../../pacte_desktop/ui/import_batches.py" line="175" />
        <source>Imports précédents</source>
        <translation>Previous imports</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="80" />
        <source>Chaque import peut être annulé : les employeurs qu'il a créés sont retirés et ceux qu'il a modifiés retrouvent leurs valeurs d'avant.</source>
        <translation>Every import can be undone: the employers it created are removed and those it changed get their previous values back.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="84" />
        <source>A&amp;nnuler cet import…</source>
        <translation>U&amp;ndo this import…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="87" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="88" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="89" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="90" />
        <source>Créés</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="91" />
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="92" />
        <source>Rejetés</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="93" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="100" />
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="100" />
        <source>BCE/KBO</source>
        <translation>KBO/BCE</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="143" />
        <source>Annulé</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="167" />
        <source>Annuler cet import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="185" />
        <source>Annuler l'import de « %1 » ? %2 ; %3.</source>
        <translation>Undo the import of “%1”? %2; %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="188" />
        <source>%n employeur(s) créé(s) retiré(s)</source>
        <translation>
            <numerusform>%n created employer removed</numerusform>
            <numerusform>%n created employers removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="193" />
        <source>%n employeur(s) mis à jour remis comme avant</source>
        <translation>
            <numerusform>%n updated employer restored as before</numerusform>
            <numerusform>%n updated employers restored as before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="541" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="545" />
        <source>Saint-Gillois</source>
        <translation>Saint-Gilles resident</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="552" />
        <location filename="../../pacte_desktop/ui/records.py" line="588" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="585" />
        <source>Données privées de l'organisation : jamais partagées</source>
        <translation>Private to the organisation: never shared</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="589" />
        <source>Conservation dépassée…</source>
        <translation>Retention passed…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="591" />
        <source>Candidats au-delà de leur durée de conservation : revoir, anonymiser</source>
        <translation>Candidates past their retention period: review, anonymise</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="601" />
        <source>Aucun candidat pour l'instant. Ajoutez les personnes que vous accompagnez, sous un code : leurs données restent dans votre organisation.</source>
        <translation>No candidates yet. Add the people you support, under a code: their data stays within your organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="604" />
        <source>&amp;Nouveau candidat…</source>
        <translation>&amp;New candidate…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="609" />
        <source>Candidat archivé</source>
        <translation>Candidate archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="610" />
        <source>%1 candidats archivés</source>
        <translation>%1 candidates archived</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="151" />
        <source>Changer la phrase secrète</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="154" />
        <source>Les postes de l'organisation reçoivent la nouvelle clé sans rien saisir ; ceux qui n'ont pas de coffre de mots de passe du système demanderont une fois la nouvelle phrase secrète. Communiquez-la aux collègues par un autre moyen que le dossier partagé.</source>
        <translation>The organisation's workstations receive the new key without typing anything; those without the system's password store will ask for the new passphrase once. Give it to your colleagues by another way than the shared folder.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="164" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="164" />
        <source>Réseau (coordination)</source>
        <translation>Network (coordination)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="168" />
        <source>Phrase secrète de :</source>
        <translation>Passphrase of:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="169" />
        <source>Phrase secrète actuelle :</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="170" />
        <source>Nouvelle phrase secrète :</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="171" />
        <source>Encore une fois :</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="188" />
        <source>Saisissez la phrase secrète actuelle.</source>
        <translation>Type the current passphrase.</translation>
    </message>
</context>
<context>
    <name>CheckDueDelegate</name>
    <message>
        <location filename="../../pacte_desktop/ui/check_due.py" line="79" />
        <source>Suivi à faire depuis le %1</source>
        <translation>Check due since %1</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="119" />
        <source>Bienvenue dans Pacte Desktop</source>
        <translation>Welcome to Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="122" />
        <source>Les contacts employeurs, les relances et les mises à l'emploi de votre organisation sont gardés sur ce poste et partagés avec vos collègues. Pour commencer :</source>
        <translation>Your organisation's employer contacts, follow-ups and placements are kept on this computer and shared with your colleagues. To begin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="127" />
        <source>&amp;Créer mon organisation</source>
        <translation>&amp;Create my organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="128" />
        <source>Ouvrir des données de &amp;démonstration</source>
        <translation>Open &amp;demonstration data</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="129" />
        <source>&amp;Rejoindre mon organisation (dossier partagé ou WebDAV)</source>
        <translation>&amp;Join my organisation (shared folder or WebDAV)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="473" />
        <source>Clôturer la demande</source>
        <translation>Close the request</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="476" />
        <source>Clôturer « %1 » ? Les partenaires verront la clôture à la prochaine synchronisation du réseau et ne pourront plus y répondre.</source>
        <translation>Close '%1'? Partners will see the close at the next network sync and can no longer answer it.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="222" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="242" />
        <source>Colonnes du fichier</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="224" />
        <source>« %1 », ligne d'en-tête %2.</source>
        <translation>'%1', header row %2.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="230" />
        <source>Les colonnes n'ont pas été reconnues : indiquez ce que contient chacune.</source>
        <translation>The columns were not recognised: say what each one holds.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="234" />
        <source>Enregistrez la correspondance pour la réutiliser avec le prochain fichier du même modèle.</source>
        <translation>Save the mapping to reuse it for the next file of the same layout.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="250" />
        <source>— ignorer —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="255" />
        <source>Champ de la colonne « %1 »</source>
        <translation>Field of column '%1'</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="260" />
        <source>&amp;Vérifier…</source>
        <translation>&amp;Check…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="261" />
        <source>&amp;Enregistrer la correspondance…</source>
        <translation>&amp;Save the mapping…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="275" />
        <source>« %1 » est choisi pour plusieurs colonnes.</source>
        <translation>'%1' is chosen for several columns.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="279" />
        <source>Choisissez au moins la colonne du nom ou celle du numéro BCE.</source>
        <translation>Choose at least the column of the name or that of the enterprise no. (CBE).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="294" />
        <source>Enregistrer la correspondance</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="296" />
        <source>Correspondances JSON (*.json)</source>
        <translation>JSON mappings (*.json)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="304" />
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="108" />
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="109" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="110" />
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="111" />
        <source>Valeur perdue</source>
        <translation>Lost value</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="112" />
        <source>Valeur retenue</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="113" />
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="118" />
        <source>Modifiée après suppression</source>
        <translation>Edited after deletion</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="119" />
        <source>Modifications simultanées</source>
        <translation>Simultaneous edits</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="122" />
        <source>Conflits de synchronisation</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="125" />
        <source>Quand deux postes modifient le même champ presque en même temps, la dernière modification est retenue ; l'autre est gardée ici. Rétablir remet la valeur perdue (la modification se synchronise ensuite) ; Ignorer garde la valeur retenue.</source>
        <translation>When two workstations edit the same field at almost the same time, the last edit is kept; the other one is kept here. Reinstate puts the lost value back (the edit then syncs); Dismiss keeps the value that won.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="131" />
        <source>Rétablir</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="132" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="218" />
        <source>Remettre la valeur perdue</source>
        <translation>Put the lost value back</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="133" />
        <source>Ignorer</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="134" />
        <source>Garder la valeur retenue et fermer ce conflit</source>
        <translation>Keep the value that won and close this conflict</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="135" />
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="136" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="169" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="174" />
        <source>(supprimée)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="181" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="182" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="234" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="235" />
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="210" />
        <source>Cette fiche a été supprimée sur un autre poste : la valeur perdue ne peut pas y être rétablie. Elle reste lisible ici ; Ignorer ferme le conflit.</source>
        <translation>This record was deleted on another workstation: the lost value cannot be put back. It stays readable here; Dismiss closes the conflict.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="214" />
        <source>Aucun conflit ouvert.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="244" />
        <source>Rétablir « %1 » pour %2 ? La valeur actuelle « %3 » sera remplacée.</source>
        <translation>Reinstate '%1' for %2? The current value '%3' will be replaced.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="262" />
        <source>Ignorer ce conflit ? « %1 » reste la valeur de %2 ; « %3 » est abandonné.</source>
        <translation>Dismiss this conflict? '%1' stays the value of %2; '%3' is given up.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="72" />
        <source>Nouvelle personne de contact</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="75" />
        <source>Personne de contact : %1</source>
        <translation>Contact person: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="77" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="78" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="179" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="180" />
        <source>Quelque chose s'est mal passé.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="183" />
        <source>Pacte Desktop a rencontré un problème inattendu. Rien de ce qui était enregistré n'est perdu, et les fiches en cours de saisie sont gardées comme brouillons : vous pouvez continuer à travailler.

Si le problème revient, envoyez le journal (dossier « %1 ») à la personne qui s'occupe de l'application. Il ne contient pas les noms ni les données des fiches.</source>
        <translation>Pacte Desktop ran into an unexpected problem. Nothing that was saved is lost, and the forms you were filling in are kept as drafts: you can carry on working.

If the problem comes back, send the log (folder “%1”) to the person who looks after the application. It holds no names and no data from the records.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="191" />
        <source>Ouvrir le dossier du journal</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="192" />
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="182" />
        <source>Votre organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="183" />
        <source>Ces informations pourront être complétées plus tard.</source>
        <translation>You can complete this information later.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="184" />
        <source>&amp;Nom de l'organisation *</source>
        <translation>&amp;Organisation name *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="185" />
        <source>Nom de l'organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="186" />
        <source>ex. CPAS de Saint-Gilles</source>
        <translation>e.g. CPAS de Saint-Gilles</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="187" />
        <source>&amp;Type *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="188" />
        <source>Type d'organisation</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="189" />
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="192" />
        <source>&amp;Votre nom *</source>
        <translation>&amp;Your name *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="193" />
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/date_input.py" line="56" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/date_input.py" line="57" />
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation>Choose in the calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="259" />
        <source>Données de démonstration</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="262" />
        <source>Pacte Desktop va créer une organisation fictive (« CPAS de Saint-Gilles (démo) »), ses travailleurs et %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l'emploi. Aucune de ces données n'est réelle.

Utilisez un dossier de données séparé pour votre vraie organisation.</source>
        <translation>Pacte Desktop will create a fictitious organisation (“CPAS de Saint-Gilles (démo)”), its workers and %1 made-up employers, with their contacts, follow-ups, opportunities and placements. None of this data is real.

Use a separate data folder for your real organisation.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="63" />
        <source>Phrase secrète de l'organisation :</source>
        <translation>Organisation passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="96" />
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="97" />
        <source>Travailleur</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="98" />
        <source>Dernier fichier</source>
        <translation>Last file</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="99" />
        <source>Certifié par</source>
        <translation>Certified by</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="100" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="104" />
        <source>Appareils de l'organisation</source>
        <translation>The organisation's devices</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="107" />
        <source>Les postes qui synchronisent avec le dossier de l'organisation. Un poste perdu ou volé se révoque : ses fichiers suivants sont refusés partout et les clés sont renouvelées pour les autres postes seulement.</source>
        <translation>The workstations that sync with the organisation's folder. A lost or stolen workstation is revoked: its later files are refused everywhere and the keys are renewed for the other workstations only.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="112" />
        <source>Révoquer…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="113" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="125" />
        <source>Lecture du dossier partagé…</source>
        <translation>Reading the shared folder…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="149" />
        <source>%1 (ce poste)</source>
        <translation>%1 (this workstation)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="151" />
        <source>révoqué (fichiers acceptés jusqu'au n° %1)</source>
        <translation>revoked (files accepted up to no. %1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="155" />
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="157" />
        <source>n° %1 — %2</source>
        <translation>no. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="161" />
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="218" />
        <source>Révoquer l'appareil « %1 » (travailleur : %2) ? Ses fichiers suivants seront refusés par tous les postes, et les clés renouvelées pour les autres postes. Cela ne se défait pas.</source>
        <translation>Revoke device '%1' (worker: %2)? Its later files will be refused by every workstation, and the keys renewed for the other workstations. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="223" />
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="232" />
        <source>Révocation en cours…</source>
        <translation>Revoking…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="243" />
        <source>« %1 » est révoqué.</source>
        <translation>'%1' is revoked.</translation>
    </message>
</context>
<context>
    <name>DirectoryExportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="68" />
        <source>Exporter l'annuaire</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="70" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="71" />
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="72" />
        <source>PDF imprimable (.pdf)</source>
        <translation>Printable PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="73" />
        <source>&amp;Partageable uniquement</source>
        <translation>&amp;Shareable only</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="76" />
        <source>Pour un partenaire : seulement les employeurs qui peuvent être partagés et les champs que la charte de partage permet de transmettre.</source>
        <translation>For a partner: only the employers that may be shared and the fields the sharing charter lets out.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="80" />
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="81" />
        <source>Toutes les communes</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="82" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="85" />
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="86" />
        <source>É&amp;tiquette :</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="87" />
        <source>&amp;Commune :</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="88" />
        <source>&amp;Statut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="205" />
        <source>nouvelle fiche</source>
        <translation>new record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="210" />
        <source>Brouillons à reprendre</source>
        <translation>Drafts to pick up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="213" />
        <source>Pacte Desktop s'est fermé alors que ces fiches étaient en cours de saisie. Ce qui avait été tapé est gardé : voulez-vous le reprendre ?</source>
        <translation>Pacte Desktop closed while these records were being filled in. What was typed has been kept: do you want to pick it up again?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="219" />
        <source>Reprendre</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="220" />
        <source>Supprimer les brouillons</source>
        <translation>Delete the drafts</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="221" />
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="197" />
        <source>Doublons d'employeurs</source>
        <translation>Duplicate employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="198" />
        <source>Paires à examiner</source>
        <translation>Pairs to review</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="199" />
        <source>Fusions faites</source>
        <translation>Merges made</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="200" />
        <source>Chercher à nouveau</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="201" />
        <source>Fusionner…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="203" />
        <source>Garder la première fiche avec les valeurs choisies ; l'autre est archivée</source>
        <translation>Keep the first record with the values chosen; the other is archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="205" />
        <source>Lier (même employeur)</source>
        <translation>Link (same employer)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="207" />
        <source>Notre fiche et celle du partenaire sont le même employeur</source>
        <translation>Our record and the partner's are the same employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="209" />
        <source>Pas le même employeur</source>
        <translation>Not the same employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="210" />
        <source>Ne plus proposer cette paire</source>
        <translation>Do not suggest this pair again</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="211" />
        <source>Annuler la fusion…</source>
        <translation>Undo the merge…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="214" />
        <source>Annuler une fusion remet l'employeur archivé et ce qui lui appartenait ; ce qui a été ajouté depuis à la fiche gardée y reste.</source>
        <translation>Undoing a merge brings back the archived employer with what belonged to it; what was added to the kept record since stays there.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="218" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="231" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="232" />
        <source>Notre employeur</source>
        <translation>Our employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="233" />
        <source>Peut-être le même que</source>
        <translation>Perhaps the same as</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="234" />
        <source>Fiche de</source>
        <translation>Record of</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="235" />
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="240" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="241" />
        <source>Fiche gardée</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="242" />
        <source>Fiche fusionnée</source>
        <translation>Record merged</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="243" />
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="247" />
        <source>Nous</source>
        <translation>Us</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="251" />
        <source>même n° BCE</source>
        <translation>same enterprise no. (CBE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="252" />
        <source>noms proches, même adresse</source>
        <translation>similar names, same address</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="264" />
        <source>Recherche des doublons…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="328" />
        <source>%n paire(s) à examiner.</source>
        <translation><numerusform>%n pair to review.</numerusform><numerusform>%n pairs to review.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="330" />
        <source>Aucun doublon probable : rien à examiner.</source>
        <translation>No likely duplicates: nothing to review.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="375" />
        <source>« %1 » et « %2 » : %3</source>
        <translation>‘%1’ and ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="383" />
        <source>La fiche de %1 lui appartient : elle n'est jamais fusionnée avec la nôtre. « Lier » dit que c'est le même employeur : le réseau les montre ensemble et l'annuaire compte ce partenaire.</source>
        <translation>%1's record belongs to them: it is never merged with ours. ‘Link’ says it is the same employer: the network shows them together and the directory counts this partner.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="391" />
        <source>La fusion garde la fiche de gauche avec les valeurs choisies ; les contacts, démarches, relances, offres et mises à l'emploi de l'autre passent à la fiche gardée, et l'autre est archivée.</source>
        <translation>The merge keeps the record on the left with the values chosen; the other's contacts, interactions, follow-ups, opportunities and placements move to the record kept, and the other is archived.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="397" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="398" />
        <source>Notre fiche (gardée)</source>
        <translation>Our record (kept)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="398" />
        <location filename="../../pacte_desktop/ui/duplicates.py" line="399" />
        <source>Notre fiche</source>
        <translation>Our record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="408" />
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="432" />
        <source>%n autre(s) champ(s) identique(s) ou vide(s).</source>
        <translation><numerusform>%n other field is the same or empty.</numerusform><numerusform>%n other fields are the same or empty.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="465" />
        <source>Fusionner « %2 » dans « %1 » ?

« %1 » est gardé avec les valeurs choisies ; les contacts, démarches, relances, offres et mises à l'emploi de « %2 » passent à « %1 », et « %2 » est archivé. La fusion peut être annulée.</source>
        <translation>Merge ‘%2’ into ‘%1’?

‘%1’ is kept with the values chosen; the contacts, interactions, follow-ups, opportunities and placements of ‘%2’ move to ‘%1’, and ‘%2’ is archived. The merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="469" />
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="472" />
        <source>« %2 » fusionné dans « %1 »</source>
        <translation>‘%2’ merged into ‘%1’</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="500" />
        <source>Lié : « %1 » et la fiche de %2</source>
        <translation>Linked: ‘%1’ and %2's record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="511" />
        <source>« %1 » et « %2 » : pas le même employeur</source>
        <translation>‘%1’ and ‘%2’: not the same employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="558" />
        <source>annulée le %1</source>
        <translation>undone on %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="583" />
        <source>Annuler la fusion de « %2 » dans « %1 » ? « %2 » revient dans l'annuaire avec ce qui lui appartenait.</source>
        <translation>Undo the merge of ‘%2’ into ‘%1’? ‘%2’ comes back to the directory with what belonged to it.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="587" />
        <source>Annuler la fusion</source>
        <translation>Undo the merge</translation>
    </message>
</context>
<context>
    <name>EmployerChooser</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_chooser.py" line="67" />
        <source>Nom, numéro BCE ou adresse de l'employeur…</source>
        <translation>Employer's name, enterprise no. (CBE) or address…</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="32" />
        <source>Numéro BCE déjà utilisé</source>
        <translation>Enterprise no. (CBE) already in use</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="34" />
        <source>Ce numéro BCE est déjà celui de l'employeur « %1 ».</source>
        <translation>This enterprise no. (CBE) already belongs to the employer '%1'.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="39" />
        <source>Ouvrez sa fiche pour la compléter, ou enregistrez quand même s'il s'agit d'un autre siège de la même entreprise.</source>
        <translation>Open its record to complete it, or save anyway if this is another site of the same enterprise.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="46" />
        <source>Ouvrir sa fiche</source>
        <translation>Open its record</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="51" />
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="20" />
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="21" />
        <source>Fermer sans enregistrer ? Les modifications seront perdues.</source>
        <translation>Close without saving? The changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="32" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="259" />
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="261" />
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="262" />
        <source>Champs modifiés</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="272" />
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="273" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="274" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="275" />
        <source>Partage et notes</source>
        <translation>Sharing and notes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="280" />
        <source>Fiche</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="281" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="282" />
        <source>Démarches</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="283" />
        <source>Offres</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="284" />
        <source>Mises à l'emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="285" />
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="288" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="289" />
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="290" />
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="291" />
        <source>Cet employeur est archivé.</source>
        <translation>This employer is archived.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="292" />
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="293" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="294" />
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="61" />
        <source>Noter une démarche</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="62" />
        <source>Noter la démarche</source>
        <translation>Log the interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="64" />
        <source>Enregistrer la démarche (Ctrl+S)</source>
        <translation>Save the interaction (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="295" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="308" />
        <source>Nouvel employeur</source>
        <translation>New employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="310" />
        <source>Employeur : %1</source>
        <translation>Employer: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="319" />
        <source>%1 (parti)</source>
        <translation>%1 (left)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/partners_box.py" line="67" />
        <source>%1 (dernier contact : %2)</source>
        <translation>%1 (latest contact: %2)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/partners_box.py" line="69" />
        <source>Partenaires qui connaissent cet employeur : %1</source>
        <translation>Partners who know this employer: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="35" />
        <source>Création</source>
        <translation>Creation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="36" />
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="37" />
        <source>Archivage</source>
        <translation>Archiving</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="38" />
        <source>Restauration</source>
        <translation>Restoration</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="39" />
        <source>Passation</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="497" />
        <source>Aucune modification à enregistrer.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="508" />
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="525" />
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="534" />
        <source>Rien n'a été enregistré.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="593" />
        <source>Personne de contact archivée</source>
        <translation>Contact person archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="134" />
        <source>Démarche notée ; relance prévue le %1.</source>
        <translation>Interaction logged; follow-up scheduled for %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="139" />
        <source>Démarche notée.</source>
        <translation>Interaction logged.</translation>
    </message>
</context>
<context>
    <name>EmployerHeader</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="166" />
        <source>bte</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="184" />
        <source>archivé</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="192" />
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="195" />
        <source>Responsable : %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="214" />
        <source>Aucune relance prévue</source>
        <translation>No follow-up planned</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="215" />
        <source>Prochaine relance : %1</source>
        <translation>Next follow-up: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="222" />
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="229" />
        <source>Noter une démarche</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="230" />
        <source>Noter un appel, une visite, un e-mail (Ctrl+L)</source>
        <translation>Log a call, a visit, an e-mail (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/directory_model.py" line="52" />
        <source>%n partenaire(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="227" />
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="231" />
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="232" />
        <source>N° BCE</source>
        <translation>Enterprise no. (CBE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="233" />
        <source>Également connu de</source>
        <translation>Also known by</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="237" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="238" />
        <source>Ouvrir la fiche de l'employeur (Entrée)</source>
        <translation>Open the employer's record (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="239" />
        <source>Noter une démarche</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="240" />
        <source>Noter une démarche avec l'employeur choisi (Ctrl+L)</source>
        <translation>Log an interaction with the chosen employer (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="241" />
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="242" />
        <source>Nouvel employeur (Ctrl+N)</source>
        <translation>New employer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="243" />
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="244" />
        <source>Archiver les employeurs choisis (Suppr)</source>
        <translation>Archive the selected employers (Delete)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="245" />
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="246" />
        <source>Doublons…</source>
        <translation>Duplicates…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="248" />
        <source>Examiner les employeurs peut-être saisis deux fois (Ctrl+Maj+D)</source>
        <translation>Review employers that may have been entered twice (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="250" />
        <source>Archivés</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="253" />
        <source>Aucun employeur dans l'annuaire pour l'instant. Ajoutez le premier, importez votre liste (un fichier CSV ou Excel), ou essayez Pacte Desktop sur des données de démonstration.</source>
        <translation>No employers in the directory yet. Add the first one, import your list (a CSV or Excel file), or try Pacte Desktop on demonstration data.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="258" />
        <source>&amp;Nouvel employeur</source>
        <translation>&amp;New employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="259" />
        <source>&amp;Importer des employeurs…</source>
        <translation>&amp;Import employers…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="260" />
        <source>Charger la &amp;démo…</source>
        <translation>Load the &amp;demo…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="261" />
        <source>Montrer aussi les employeurs archivés</source>
        <translation>Also show archived employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="263" />
        <source>Tous les secteurs</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="264" />
        <source>Toutes les communes</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="265" />
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="266" />
        <source>Tous les responsables</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="267" />
        <source>Toutes les étiquettes</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="268" />
        <source>Accepte : tout</source>
        <translation>Accepts: anything</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="298" />
        <source>Le filtre « %1 » n'est plus proposé : il a été retiré.</source>
        <translation>The filter “%1” is no longer offered: it was removed.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="384" />
        <source>1 employeur</source>
        <translation>1 employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="386" />
        <source>%1 employeurs</source>
        <translation>%1 employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="583" />
        <source>Employeur archivé : %1</source>
        <translation>Employer archived: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="584" />
        <source>Employeur archivé</source>
        <translation>Employer archived</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="586" />
        <source>%n employeurs archivés : %1</source>
        <translation>
            <numerusform>%n employer archived: %1</numerusform>
            <numerusform>%n employers archived: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="587" />
        <source>%n employeurs archivés</source>
        <translation>
            <numerusform>%n employer archived</numerusform>
            <numerusform>%n employers archived</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="617" />
        <source>Données de démonstration</source>
        <translation>Demonstration data</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="619" />
        <source>Ajouter %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l'emploi, pour essayer Pacte Desktop ? Aucune de ces données n'est réelle : pour votre vraie organisation, utilisez plutôt un dossier de données séparé.</source>
        <translation>Add %1 made-up employers, with their contacts, follow-ups, offers and placements, to try Pacte Desktop? None of this data is real: for your real organisation, better use a separate data folder.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="637" />
        <source>Création annulée : rien n'a été enregistré.</source>
        <translation>Creation cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="643" />
        <source>Création des données de démonstration…</source>
        <translation>Creating the demonstration data…</translation>
    </message>
</context>
<context>
    <name>ExpiredCandidatesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="158" />
        <source>Mises à l'emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="164" />
        <source>Candidats : conservation dépassée</source>
        <translation>Candidates: retention passed</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="167" />
        <source>Ces candidats sont au-delà de leur date de fin de conservation, ou de la durée prévue après leur dernière activité. Anonymiser efface leurs notes, commune, compétences, langues et dates de consentement, ainsi que les notes de leurs mises à l'emploi, sur tous les postes de l'organisation ; le code, le niveau de qualification, la résidence à Saint-Gilles et les mises à l'emploi restent pour les rapports.</source>
        <translation>These candidates are past their retention date, or past the period kept after their last activity. Anonymising erases their notes, commune, skills, languages and consent dates, and the notes of their placements, on every workstation of the organisation; the code, the qualification level, the Saint-Gilles residence and the placements stay for the reports.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="176" />
        <source>Aucun candidat n'a dépassé sa durée de conservation. Rien à revoir.</source>
        <translation>No candidate is past its retention period. Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="178" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="180" />
        <source>Tout ce qui est enregistré sur ce candidat, en JSON (demande d'accès)</source>
        <translation>Everything stored about this candidate, as JSON (access request)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="182" />
        <source>&amp;Anonymiser…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="183" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="231" />
        <source>Exporter les données du candidat</source>
        <translation>Export the candidate's data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="242" />
        <source>Anonymiser %n candidat(s) (%1) ? Leurs données personnelles seront effacées sur tous les postes de l'organisation. Cela ne se défait pas.</source>
        <translation>
            <numerusform>Anonymise %n candidate (%1)? Their personal data will be erased on every workstation of the organisation. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n candidates (%1)? Their personal data will be erased on every workstation of the organisation. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="252" />
        <source>Anonymisation en cours…</source>
        <translation>Anonymising…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="261" />
        <source>%n candidat(s) anonymisé(s)</source>
        <translation>
            <numerusform>%n candidate anonymised</numerusform>
            <numerusform>%n candidates anonymised</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="286" />
        <source>Exporté : %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="135" />
        <source>séparés par des virgules</source>
        <translation>separated by commas</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="488" />
        <source>Pacte Desktop — premier démarrage</source>
        <translation>Pacte Desktop — first start</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="537" />
        <source>Création…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="514" />
        <location filename="../../pacte_desktop/ui/wizard.py" line="554" />
        <location filename="../../pacte_desktop/ui/wizard.py" line="634" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="491" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="492" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="493" />
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="494" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="571" />
        <source>Connexion à l'organisation… (vérification de la phrase secrète, réception des données)</source>
        <translation>Connecting to the organisation… (checking the passphrase, receiving the data)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="583" />
        <source>Rien n'est perdu : corrigez ce qui est indiqué, puis recommencez.</source>
        <translation>Nothing is lost: correct what is pointed out, then try again.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="588" />
        <source>Aucune organisation à rejoindre à « %1 » : le fichier ORG.json n'y est pas. Vérifiez le dossier ou l'adresse ; l'organisation est d'abord partagée depuis un poste où elle existe (Synchronisation → Configurer…).</source>
        <translation>No organisation to join at '%1': the ORG.json file is not there. Check the folder or the address; the organisation is first shared from a workstation where it exists (Sync → Set up…).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="629" />
        <source>Création annulée : rien n'a été enregistré.</source>
        <translation>Creation cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="642" />
        <source>Création des données de démonstration…</source>
        <translation>Creating the demonstration data…</translation>
    </message>
</context>
<context>
    <name>FollowUpsEmpty</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="55" />
        <source>Afficher toutes les relances</source>
        <translation>Show all follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="56" />
        <source>Noter une &amp;démarche…</source>
        <translation>&amp;Log an interaction…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="58" />
        <source>Choisir l'employeur dans l'annuaire, puis Noter une démarche (Ctrl+L)</source>
        <translation>Choose the employer in the directory, then Log an interaction (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="64" />
        <source>Aucune relance ne correspond à la recherche.</source>
        <translation>No follow-up matches the search.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="67" />
        <source>Aucune relance ouverte. Notez une démarche avec un employeur (un appel, une visite, un e-mail) et la date où y revenir : la relance apparaîtra ici.</source>
        <translation>No open follow-ups. Log an interaction with an employer (a call, a visit, an e-mail) and the date to come back to it: the follow-up will appear here.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="71" />
        <source>Rien à relancer pour cette période.</source>
        <translation>Nothing to follow up for this period.</translation>
    </message>
</context>
<context>
    <name>FollowUpsExportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="54" />
        <source>Exporter les relances</source>
        <translation>Export the follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="56" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="57" />
        <source>&amp;Travailleur :</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="58" />
        <source>Tous les travailleurs</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="59" />
        <source>Travailleur</source>
        <translation>Worker</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="385" />
        <source>À relancer</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="389" />
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="390" />
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="391" />
        <source>Travailleur</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="392" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="397" />
        <location filename="../../pacte_desktop/ui/followups.py" line="413" />
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="398" />
        <source>Aujourd'hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="399" />
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="400" />
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="404" />
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="405" />
        <source>Pour &amp;moi</source>
        <translation>For &amp;me</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="406" />
        <source>Toute l'&amp;organisation</source>
        <translation>Whole &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="407" />
        <source>Fai&amp;t</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="408" />
        <source>Marquer les relances choisies comme faites</source>
        <translation>Mark the selected follow-ups as done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="409" />
        <source>&amp;Reporter…</source>
        <translation>Po&amp;stpone…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="410" />
        <source>Réa&amp;ssigner…</source>
        <translation>&amp;Reassign…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="492" />
        <source>Choisissez l'employeur, puis Noter une démarche (Ctrl+L).</source>
        <translation>Choose the employer, then Log an interaction (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="412" />
        <source>Relances ouvertes</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="591" />
        <location filename="../../pacte_desktop/ui/followups.py" line="593" />
        <source>Relances</source>
        <translation>Follow-ups</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="611" />
        <location filename="../../pacte_desktop/ui/followups.py" line="617" />
        <source>%n relance(s) marquée(s) comme faite(s)</source>
        <translation>
            <numerusform>%n follow-up marked as done</numerusform>
            <numerusform>%n follow-ups marked as done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="636" />
        <source>%n relance(s) reportée(s) au %1</source>
        <translation>
            <numerusform>%n follow-up postponed to %1</numerusform>
            <numerusform>%n follow-ups postponed to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="675" />
        <source>%n relance(s) réassignée(s)</source>
        <translation>
            <numerusform>%n follow-up reassigned</numerusform>
            <numerusform>%n follow-ups reassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="74" />
        <source>Guide d'utilisation — Pacte Desktop</source>
        <translation>User guide — Pacte Desktop</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="268" />
        <location filename="../../pacte_desktop/ui/handover.py" line="558" />
        <location filename="../../pacte_desktop/ui/handover.py" line="663" />
        <source>Passation</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="269" />
        <source>&amp;Travailleur qui part :</source>
        <translation>&amp;Leaving worker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="270" />
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="271" />
        <source>Travailleur qui part</source>
        <translation>Leaving worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="272" />
        <source>&amp;Ce qu'il ou elle détient :</source>
        <translation>&amp;What they hold:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="273" />
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="273" />
        <source>Attribué à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="274" />
        <source>Éléments à transmettre</source>
        <translation>Items to hand over</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="275" />
        <source>&amp;Destinataires :</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="276" />
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="279" />
        <source>Les éléments en « répartition automatique » sont répartis à tour de rôle entre les destinataires ; une relance ou une offre suit son employeur. Double-cliquez sur « Attribué à » pour confier un élément à un destinataire précis.</source>
        <translation>Items set to “Automatic distribution” are shared out in turn among the recipients; a follow-up or opportunity goes with its employer. Double-click “Assigned to” to give an item to a specific recipient.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="284" />
        <source>&amp;Appliquer</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="285" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="286" />
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="299" />
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="300" />
        <source>Relances ouvertes</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="302" />
        <source>Offres</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="306" />
        <source>Répartition automatique</source>
        <translation>Automatic distribution</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="481" />
        <source>Choisissez la personne qui quitte l'organisation.</source>
        <translation>Choose the person who is leaving the organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="483" />
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="486" />
        <source>Rien à transmettre : la personne sera seulement marquée comme partie.</source>
        <translation>Nothing to hand over: the person will only be marked as having left.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="564" />
        <source>Confirmer la passation</source>
        <translation>Confirm the handover</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="566" />
        <source>Transmettre le portefeuille de %1 à %2 ?

%1 sera marqué(e) comme parti(e) de l'organisation. Cette opération est irréversible.</source>
        <translation>Hand over %1's portfolio to %2?

%1 will be marked as having left the organisation. This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="636" />
        <source>%n employeur(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="637" />
        <source>%n relance(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="638" />
        <source>%n chercheur(s) d'emploi</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="639" />
        <source>%n offre(s)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="642" />
        <source>%1 est marqué(e) comme parti(e) de l'organisation.</source>
        <translation>%1 has been marked as having left the organisation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="653" />
        <source>Aucun élément n'était à transmettre.</source>
        <translation>There were no items to hand over.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="664" />
        <source>Abandonner la passation ? Vos choix seront perdus.</source>
        <translation>Abandon the handover? Your choices will be lost.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="177" />
        <location filename="../../pacte_desktop/ui/home.py" line="560" />
        <source>Ma journée</source>
        <translation>My day</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="182" />
        <source>Ma journée — %1</source>
        <translation>My day — %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="189" />
        <location filename="../../pacte_desktop/ui/home.py" line="369" />
        <source>Suivis de mises à l'emploi à faire</source>
        <translation>Placement checks due</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="190" />
        <location filename="../../pacte_desktop/ui/home.py" line="415" />
        <source>Demandes ouvertes des partenaires</source>
        <translation>Partners' open requests</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="191" />
        <source>Mes employeurs récents</source>
        <translation>My recent employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="192" />
        <source>Ouvrir l'annuaire (Ctrl+1)</source>
        <translation>Open the directory (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="195" />
        <source>L'organisation ce mois-ci (%1 %2)</source>
        <translation>The organisation this month (%1 %2)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="199" />
        <source>Mises à l'emploi du mois par type</source>
        <translation>This month's placements by type</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="311" />
        <source>Lecture…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="317" />
        <source>Personne n'est choisi comme travailleur à ce poste : Équipe → Changer de travailleur… (Ctrl+Maj+W).</source>
        <translation>No worker is chosen at this workstation: Team → Switch worker… (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="323" />
        <source>À relancer aujourd'hui</source>
        <translation>Follow-ups due today</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="333" />
        <source>Rien à relancer aujourd'hui. Une relance se prévoit en notant une démarche avec une date de prochaine action, sur la fiche d'un employeur.</source>
        <translation>Nothing to follow up today. To plan a follow-up, log an interaction with a next action date on an employer's record.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="339" />
        <source>Tout voir dans « À relancer » (%1)</source>
        <translation>See all in “Follow-ups” (%1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="347" />
        <location filename="../../pacte_desktop/ui/home.py" line="386" />
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="349" />
        <location filename="../../pacte_desktop/ui/home.py" line="388" />
        <source>aujourd'hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="354" />
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="354" />
        <source>Marquer la relance faite</source>
        <translation>Mark the follow-up done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="356" />
        <source>Reporter…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="359" />
        <source>Noter l'appel…</source>
        <translation>Log the call…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="361" />
        <source>Ouvre la fiche pour noter l'appel ; la relance est faite une fois noté</source>
        <translation>Opens the record to log the call; once it is logged, the follow-up is done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="379" />
        <source>suivi à %1 mois</source>
        <translation>%1-month check</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="384" />
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="391" />
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="391" />
        <source>Noter le résultat du suivi</source>
        <translation>Record the check's result</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="402" />
        <source>Aucun suivi à faire. Les suivis à 3 et 6 mois des mises à l'emploi de vos candidats apparaissent ici le jour venu.</source>
        <translation>No check due. The 3- and 6-month checks of your candidates' placements appear here when their day comes.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="408" />
        <source>Tout voir dans « Mises à l'emploi » (%1)</source>
        <translation>See all in “Placements” (%1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="420" />
        <source>Ce poste n'est dans aucun réseau de partenaires. Pour en rejoindre un : Synchronisation → Configurer…</source>
        <translation>This workstation is in no partner network. To join one: Sync → Set up…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="425" />
        <source>Aucune demande ouverte des partenaires pour l'instant. Elles arrivent avec la synchronisation du réseau (F5).</source>
        <translation>No open requests from partners for now. They arrive when the network syncs (F5).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="429" />
        <source>Voir le réseau</source>
        <translation>See the network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="437" />
        <source>postes : %1</source>
        <translation>positions: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="441" />
        <source>Du %1 au %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="446" />
        <source>Compétences : %1</source>
        <translation>Skills: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="449" />
        <source>Langues : %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/home.py" line="460" />
        <source>répondu : %n candidat(s)</source>
        <translation><numerusform>answered: %n candidate</numerusform><numerusform>answered: %n candidates</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="465" />
        <source>Répondre…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="465" />
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="467" />
        <source>Dire à %1 combien de candidats nous pouvons proposer</source>
        <translation>Tell %1 how many candidates we can propose</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="504" />
        <source>Les employeurs que vous ouvrez apparaîtront ici. Cherchez-en un dans l'annuaire, ou créez-le avec Ctrl+N.</source>
        <translation>The employers you open will appear here. Find one in the directory, or create it with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="515" />
        <source>Démarches notées</source>
        <translation>Interactions logged</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="516" />
        <source>Nouveaux employeurs</source>
        <translation>New employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="517" />
        <source>Mises à l'emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="525" />
        <source>Mises à l'emploi par type :</source>
        <translation>Placements by type:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="528" />
        <source>Aucune mise à l'emploi commencée ce mois-ci : elles se notent dans la vue « Mises à l'emploi » (Ctrl+5).</source>
        <translation>No placement started this month: placements are recorded in the “Placements” view (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="570" />
        <source>Relance marquée comme faite</source>
        <translation>Follow-up marked done</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="593" />
        <source>Relance reportée au %1</source>
        <translation>Follow-up postponed to %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="624" />
        <source>Appel noté : relance marquée comme faite</source>
        <translation>Call logged: follow-up marked done</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="88" />
        <source>&amp;Vérifier…</source>
        <translation>&amp;Check…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="89" />
        <source>Pa&amp;rcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="91" />
        <source>Importer des employeurs</source>
        <translation>Import employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="94" />
        <source>Un fichier Excel ou CSV, une ligne par employeur. Le fichier est d'abord vérifié : rien n'est enregistré avant que vous confirmiez.</source>
        <translation>An Excel or CSV file, one row per employer. The file is checked first: nothing is saved until you confirm.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="98" />
        <source>&amp;Fichier :</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="99" />
        <source>&amp;Correspondance des colonnes (facultatif) :</source>
        <translation>&amp;Column mapping (optional):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="100" />
        <source>P&amp;arcourir…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="101" />
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="102" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="150" />
        <source>Correspondance des colonnes</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="104" />
        <source>Importer les données BCE/KBO</source>
        <translation>Import KBO/BCE data</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="107" />
        <source>L'extrait public de la Banque-Carrefour des Entreprises : le dossier décompressé ou le fichier zip. Les données sont d'abord vérifiées : rien n'est enregistré avant que vous confirmiez.</source>
        <translation>The public extract of the Crossroads Bank for Enterprises: the unpacked folder or the zip file. The data are checked first: nothing is saved until you confirm.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="112" />
        <source>&amp;Dossier…</source>
        <translation>&amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="113" />
        <source>Fichier &amp;zip…</source>
        <translation>&amp;Zip file…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="114" />
        <source>&amp;Extrait :</source>
        <translation>&amp;Extract:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="115" />
        <source>Codes &amp;postaux :</source>
        <translation>&amp;Postcodes:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="116" />
        <source>Séparés par des espaces ou des virgules</source>
        <translation>Separated by spaces or commas</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="117" />
        <source>Extrait</source>
        <translation>Extract</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="118" />
        <source>Codes postaux</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="129" />
        <source>Dossier de l'extrait BCE/KBO</source>
        <translation>Folder of the KBO/BCE extract</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="133" />
        <source>Fichier d'employeurs</source>
        <translation>Employers file</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="135" />
        <source>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="142" />
        <source>Extrait BCE/KBO</source>
        <translation>KBO/BCE extract</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="142" />
        <source>Archives zip (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="152" />
        <source>Correspondances JSON (*.json);;Tous les fichiers (*)</source>
        <translation>JSON mappings (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="421" />
        <source>Vérification de l'import</source>
        <extracomment>The person asked to correct the columns (the dialog closes; the controller reopens the mapping step).</extracomment>
        <translation>Import check</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="425" />
        <source>À créer : %1 — à mettre à jour : %2 — inchangés : %3 — rejetés : %4</source>
        <translation>To create: %1 — to update: %2 — unchanged: %3 — rejected: %4</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="432" />
        <source>Les lignes rejetées ne seront pas importées.</source>
        <translation>The rejected rows will not be imported.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="435" />
        <source>Colonnes ignorées : %1</source>
        <translation>Ignored columns: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="437" />
        <source>Rien à importer.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="439" />
        <source>Employeurs à mettre à &amp;jour :</source>
        <translation>Employers to be &amp;updated:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="443" />
        <source>Employeurs à mettre à jour</source>
        <translation>Employers to be updated</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="444" />
        <source>Lignes &amp;rejetées :</source>
        <translation>&amp;Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="449" />
        <source>Lignes rejetées</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="450" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="451" />
        <source>&amp;Colonnes…</source>
        <translation>C&amp;olumns…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="355" />
        <source>Rejoindre mon organisation</source>
        <translation>Join my organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="358" />
        <source>Les postes de votre organisation partagent un dossier (partage réseau, dossier synchronisé) ou un serveur WebDAV. Indiquez lequel, avec la phrase secrète de l'organisation : ce poste reçoit toutes ses données.</source>
        <translation>Your organisation's workstations share a folder (network share, synced folder) or a WebDAV server. Say which, with the organisation's passphrase: this workstation receives all its data.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="364" />
        <source>&amp;Phrase secrète :</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="365" />
        <source>Phrase secrète de l'organisation</source>
        <translation>The organisation's passphrase</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="368" />
        <source>Celle de l'organisation, choisie sur le premier poste ; elle est vérifiée avec les clés de l'organisation. Elle n'est pas enregistrée sur ce poste.</source>
        <translation>The organisation's, chosen on the first workstation; it is checked against the organisation's keys. It is not stored on this workstation.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="372" />
        <source>&amp;Votre nom *</source>
        <translation>&amp;Your name *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="373" />
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="376" />
        <source>Si l'organisation a déjà un travailleur de ce nom (vous, sur un autre poste, ou un collègue dont vous reprenez le poste), ce poste travaille sous ce nom ; sinon, un nouveau travailleur est créé.</source>
        <translation>If the organisation already has a worker of that name (you, on another workstation, or a colleague whose place you take), this workstation works under that name; otherwise a new worker is created.</translation>
    </message>
</context>
<context>
    <name>LegalFormInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/legal_form.py" line="49" />
        <source>choisir ou taper (SRL, ASBL…)</source>
        <translation>choose or type (SRL, ASBL…)</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="114" />
        <source>Un dossier (disque, partage réseau, dossier synchronisé)</source>
        <translation>A folder (disk, network share, synced folder)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="116" />
        <source>Un serveur WebDAV (Nextcloud…)</source>
        <translation>A WebDAV server (Nextcloud…)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="117" />
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="118" />
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="119" />
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="120" />
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="123" />
        <source>Le mot de passe WebDAV n'est pas enregistré : il sera redemandé après un redémarrage de Pacte Desktop.</source>
        <translation>The WebDAV password is not stored: it will be asked again after Pacte Desktop restarts.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="136" />
        <source>Choisir le dossier</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="145" />
        <source>Choisissez un dossier.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="147" />
        <source>Ce dossier n'existe pas (ou n'est pas accessible) : %1</source>
        <translation>This folder does not exist (or cannot be reached): %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="152" />
        <source>L'adresse WebDAV commence par https:// (ou http://).</source>
        <translation>The WebDAV address starts with https:// (or http://).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="270" />
        <location filename="../../pacte_desktop/ui/main_window.py" line="512" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="271" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="272" />
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="273" />
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="274" />
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="275" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="276" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="277" />
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="278" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="279" />
        <source>Enregistrer une &amp;sauvegarde…</source>
        <translation>Save a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="280" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="281" />
        <source>&amp;Changer de travailleur…</source>
        <translation>&amp;Switch worker…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="282" />
        <source>&amp;Ajouter un travailleur…</source>
        <translation>&amp;Add a worker…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="283" />
        <source>&amp;Passation (départ d'un travailleur)…</source>
        <translation>&amp;Handover (worker leaving)…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="284" />
        <source>À &amp;propos de Pacte Desktop</source>
        <translation>&amp;About Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="285" />
        <source>&amp;Guide d'utilisation</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="286" />
        <source>&amp;Doublons d'employeurs…</source>
        <translation>&amp;Duplicate employers…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="288" />
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Search… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="289" />
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="290" />
        <source>Vues</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="291" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="292" />
        <source>Annuler la dernière action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="402" />
        <source>Travailleur changé</source>
        <translation>Worker switched</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="409" />
        <source>Ajouter un travailleur</source>
        <translation>Add a worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="409" />
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="416" />
        <source>%1 ajouté(e)</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="436" />
        <source>Enregistrer une sauvegarde</source>
        <translation>Save a backup</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="438" />
        <source>Base Pacte (*.sqlite)</source>
        <translation>Pacte database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="447" />
        <source>Sauvegarde enregistrée : %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="541" />
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="550" />
        <source>Action annulée</source>
        <translation>Action undone</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="81" />
        <source>Membres (%n en attente)</source>
        <translation><numerusform>Members (%n waiting)</numerusform><numerusform>Members (%n waiting)</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="82" />
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="89" />
        <source>Admettre…</source>
        <translation>Admit…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="91" />
        <source>Admettre l'organisation choisie : ses partenaires liront ses fiches</source>
        <translation>Admit the chosen organisation: its partners will read its records</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="93" />
        <source>Retirer du réseau…</source>
        <translation>Remove from the network…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="95" />
        <source>Retirer l'organisation choisie : ses partenaires effacent ses fiches</source>
        <translation>Remove the chosen organisation: its partners erase its records</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="107" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="108" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="109" />
        <source>Empreinte de clé</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="110" />
        <source>Dernier fichier reçu</source>
        <translation>Latest file received</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="115" />
        <source>admise</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="116" />
        <source>en attente d'admission</source>
        <translation>waiting for admission</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="117" />
        <source>retirée</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="120" />
        <source> · coordination</source>
        <translation> · coordinator</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="122" />
        <source> · notre organisation</source>
        <translation> · our organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="173" />
        <source>%n organisation(s) attendent votre admission.</source>
        <translation><numerusform>%n organisation is waiting for your admission.</numerusform><numerusform>%n organisations are waiting for your admission.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="177" />
        <source>La coordination du réseau admet et retire les organisations membres.</source>
        <translation>The network's coordinator admits and removes member organisations.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="204" />
        <location filename="../../pacte_desktop/ui/network_members.py" line="242" />
        <source>Membres du réseau</source>
        <translation>Network members</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="218" />
        <source>Admettre « %1 » dans le réseau ? Ses partenaires liront les fiches qu'elle publie.

Vérifiez d'abord avec elle l'empreinte de sa clé : %2</source>
        <translation>Admit '%1' to the network? Its partners will read the records it publishes.

First check its key's fingerprint with it: %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="223" />
        <source>Retirer « %1 » du réseau ? Ses partenaires ne liront plus ses fiches et effaceront celles qu'ils ont reçues. (Empreinte de sa clé : %2)</source>
        <translation>Remove '%1' from the network? Its partners will no longer read its records and will erase those they received. (Its key's fingerprint: %2)</translation>
    </message>
</context>
<context>
    <name>NaceInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/nace.py" line="48" />
        <source>code ou activité (ex. 56.111, boulangerie)</source>
        <translation>code or activity (e.g. 56.111, bakery)</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="392" />
        <source>Le réseau des partenaires (facultatif)</source>
        <translation>The partner network (optional)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="395" />
        <source>Les organisations partenaires du pacte partagent un autre dossier, où chacune publie seulement ce que la charte de partage permet. Jamais de candidats ni de mises à l'emploi individuels.</source>
        <translation>The pact's partner organisations share another folder, where each publishes only what the sharing charter allows. Never individual candidates or placements.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="400" />
        <source>Rejoindre un réseau de partenaires</source>
        <translation>Join a partner network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="403" />
        <source>Déjà configuré : %1</source>
        <translation>Already set up: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="406" />
        <source>Rejoindre le réseau existant (membre)</source>
        <translation>Join the existing network (member)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="407" />
        <source>Créer le réseau (organisation coordinatrice)</source>
        <translation>Create the network (coordinating organisation)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="408" />
        <source>Nom du réseau :</source>
        <translation>Network name:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="409" />
        <source>Pacte pour l'emploi de Saint-Gilles</source>
        <translation>Saint-Gilles employment pact</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="410" />
        <source>Phrase secrète du réseau :</source>
        <translation>Network passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="411" />
        <source>Encore une fois :</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="414" />
        <source>Celle que l'organisation coordinatrice a communiquée aux partenaires ; à la création du réseau, tapez-la deux fois.</source>
        <translation>The one the coordinating organisation gave the partners; when creating the network, type it twice.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="419" />
        <source>Phrase secrète de votre organisation (pour inscrire ce poste au réseau) :</source>
        <translation>Your organisation's passphrase (to enrol this workstation in the network):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="447" />
        <source>Saisissez la phrase secrète de votre organisation.</source>
        <translation>Type your organisation's passphrase.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="203" />
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="210" />
        <source>N° BCE</source>
        <translation>Enterprise no. (CBE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="211" />
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="206" />
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="116" />
        <source>Publics</source>
        <translation>Publics</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="118" />
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="212" />
        <source>Connu de</source>
        <translation>Known by</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="213" />
        <source>Dernier contact d'un partenaire</source>
        <translation>A partner's latest contact</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="217" />
        <source>Toutes les organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="218" />
        <location filename="../../pacte_desktop/ui/network.py" line="219" />
        <source>Organisation partenaire</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="221" />
        <source>Fiches des partenaires, en lecture seule : elles leur appartiennent.</source>
        <translation>Partners' records, read-only: they belong to them.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="224" />
        <source>Un employeur que nous connaissons aussi s'ouvre sur notre fiche (Entrée)</source>
        <translation>An employer we know too opens on our record (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="291" />
        <source>Nous</source>
        <translation>Us</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="363" />
        <source>Fiche d'un partenaire : nous ne connaissons pas cet employeur.</source>
        <translation>A partner's record: we do not know this employer.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="371" />
        <source>Aucune fiche partenaire reçue pour l'instant.</source>
        <translation>No partner records received yet.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="374" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>This workstation has not joined a partner network. Menu Sync → Set up… to join one.</translation>
    </message>
</context>
<context>
    <name>NextStepLabel</name>
    <message>
        <location filename="../../pacte_desktop/ui/next_step.py" line="32" />
        <location filename="../../pacte_desktop/ui/next_step.py" line="33" />
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/next_step.py" line="34" />
        <source>ce qu'il faudra faire à la relance</source>
        <translation>what to do when the follow-up is due</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="431" />
        <source>Offres et demandes</source>
        <translation>Opportunities and requests</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="435" />
        <source>Partagée</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="452" />
        <source>Demandes de profils seulement</source>
        <translation>Profile requests only</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="453" />
        <source>Relayer au réseau</source>
        <translation>Relay to the network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="456" />
        <source>Relayer la demande de profils choisie aux partenaires du réseau : ils la verront et diront combien de candidats ils peuvent proposer</source>
        <translation>Relay the chosen request for profiles to the network's partners: they will see it and say how many candidates they can propose</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="482" />
        <source>« %1 » relayée au réseau : elle part à la prochaine synchronisation.</source>
        <translation>'%1' relayed to the network: it leaves at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="508" />
        <source>Aucune offre ni demande pour l'instant. Notez la première offre d'emploi ou de stage d'un employeur, ou sa demande de profils : vous la retrouverez ici, et vous pourrez la partager avec vos partenaires.</source>
        <translation>No opportunities or requests yet. Record an employer's first job or internship offer, or their request for profiles: you will find it here, and you can share it with your partners.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="512" />
        <source>&amp;Nouvelle offre…</source>
        <translation>&amp;New opportunity…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="517" />
        <source>Offre archivée</source>
        <translation>Opportunity archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="518" />
        <source>%1 offres archivées</source>
        <translation>%1 opportunities archived</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="281" />
        <source>Les postes de l'organisation</source>
        <translation>The organisation's workstations</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="284" />
        <source>Les postes de votre organisation partagent un dossier : un partage réseau, un dossier synchronisé (Nextcloud, Dropbox, Syncthing) ou un serveur WebDAV. Tout y est chiffré avec la phrase secrète de l'organisation. Un dossier vide : l'organisation y est créée ; un dossier déjà utilisé : ce poste le rejoint.</source>
        <translation>Your organisation's workstations share a folder: a network share, a synced folder (Nextcloud, Dropbox, Syncthing) or a WebDAV server. Everything in it is encrypted with the organisation's passphrase. An empty folder: the organisation is created there; a folder already in use: this workstation joins it.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="290" />
        <source>Synchroniser les postes de l'organisation</source>
        <translation>Sync the organisation's workstations</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="293" />
        <source>Déjà configuré : %1</source>
        <translation>Already set up: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="296" />
        <source>Phrase secrète :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="297" />
        <source>Encore une fois :</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="300" />
        <source>À la création, tapez-la deux fois : au moins %1 caractères variés, ni le nom de l'organisation ni un mot de passe courant (par exemple quatre mots sans lien). Gardez-la en lieu sûr : sans elle, aucun nouveau poste ne peut rejoindre l'organisation. Elle n'est pas enregistrée sur ce poste.</source>
        <translation>When creating, type it twice: at least %1 varied characters, neither the organisation's name nor a common password (for instance four unrelated words). Keep it safe: without it, no new workstation can join the organisation. It is not stored on this workstation.</translation>
    </message>
</context>
<context>
    <name>PartLabels</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="90" />
        <source>Langues</source>
        <extracomment>The parts in the order the table and the preview show them (skills last: free words). The values of each part in their natural order (None: alphabetical, the skills). The levels a search offers ("none or higher" would be everyone).</extracomment>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="91" />
        <source>Niveau de qualification</source>
        <translation>Qualification level</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="92" />
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="93" />
        <source>Domicile</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="94" />
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="95" />
        <source>Candidats actifs</source>
        <translation>Active candidates</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/phone.py" line="37" />
        <source>ex. 02 536 12 34</source>
        <translation>e.g. 02 536 12 34</translation>
    </message>
</context>
<context>
    <name>PlacementsReportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="73" />
        <source>Rapport des mises à l'emploi</source>
        <translation>Placement report</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="75" />
        <source>&amp;Du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="76" />
        <source>&amp;Au :</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="77" />
        <source>&amp;Langue du rapport :</source>
        <translation>Report &amp;language:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="81" />
        <source>Formats :</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="82" />
        <source>Rapport &amp;PDF</source>
        <translation>&amp;PDF report</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="83" />
        <source>Chiffres &amp;Excel</source>
        <translation>&amp;Excel figures</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="89" />
        <source>La fin de la période précède son début.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="91" />
        <source>Choisissez au moins un format.</source>
        <translation>Choose at least one format.</translation>
    </message>
</context>
<context>
    <name>PlacementsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="634" />
        <source>Mises à l'emploi</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="640" />
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="641" />
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="658" />
        <source>Aucune mise à l'emploi pour l'instant. Notez la première quand un candidat commence chez un employeur : les suivis à 3 et 6 mois vous seront rappelés.</source>
        <translation>No placements yet. Record the first one when a candidate starts with an employer: you will be reminded of the 3- and 6-month checks.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="661" />
        <source>&amp;Nouvelle mise à l'emploi…</source>
        <translation>&amp;New placement…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="666" />
        <source>Mise à l'emploi archivée</source>
        <translation>Placement archived</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="667" />
        <source>%1 mises à l'emploi archivées</source>
        <translation>%1 placements archived</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="250" />
        <source>Reporter la relance</source>
        <translation>Postpone the follow-up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="251" />
        <source>Nouvelle date :</source>
        <translation>New date:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="252" />
        <source>Nouvelle date</source>
        <translation>New date</translation>
    </message>
</context>
<context>
    <name>PublicsTab</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="234" />
        <source>Le public de chaque partenaire : ses candidats actifs comptés critère par critère. Un nombre inférieur à 5 n'est pas publié (« &lt; 5 ») et aucune combinaison de critères ne l'est : personne ne peut être reconnu.</source>
        <translation>Each partner's public: its active candidates, counted criterion by criterion. A number under 5 is not published (“&lt; 5”), nor is any combination of criteria: nobody can be recognised.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="239" />
        <source>Qui peut avoir des candidats…</source>
        <translation>Who may have candidates…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="240" />
        <source>Le public des partenaires</source>
        <translation>The partners' publics</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="241" />
        <source>Parlant :</source>
        <translation>Speaking:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="243" />
        <source>habitant Saint-Gilles</source>
        <translation>living in Saint-Gilles</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="246" />
        <source>Tout niveau</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="247" />
        <location filename="../../pacte_desktop/ui/network_publics.py" line="410" />
        <source>%1 ou plus</source>
        <translation>%1 or higher</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="249" />
        <source>Niveau de qualification (ce niveau ou un plus élevé)</source>
        <translation>Qualification level (this level or higher)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="250" />
        <source>Disponibles au plus tard…</source>
        <translation>Available at the latest…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="253" />
        <source>Toute disponibilité</source>
        <translation>Any availability</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="257" />
        <source>Une compétence publiée par un partenaire</source>
        <translation>A skill a partner published</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="260" />
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="261" />
        <source>Candidats actifs</source>
        <translation>Active candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="262" />
        <source>Par critère</source>
        <translation>By criterion</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="263" />
        <source>Réunissant tous les critères</source>
        <translation>Meeting every criterion</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="281" />
        <source>Toute compétence</source>
        <translation>Any skill</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="322" />
        <source>Aucun partenaire n'a encore publié le profil de son public.</source>
        <translation>No partner has published the profile of its public yet.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="325" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>This workstation has not joined a partner network. Menu Sync → Set up… to join one.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_publics.py" line="388" />
        <source>au plus %n (peut-être aucun)</source>
        <translation>
            <numerusform>at most %n (maybe none)</numerusform>
            <numerusform>at most %n (maybe none)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="394" />
        <source>Choisissez des critères : les partenaires qui comptent 5 candidats ou plus pour chacun s'affichent ici.</source>
        <translation>Choose criteria: the partners that count 5 candidates or more for each of them appear here.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="399" />
        <source>Aucun partenaire ne compte 5 candidats ou plus pour chacun de ces critères.</source>
        <translation>No partner counts 5 candidates or more for each of these criteria.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="403" />
        <source>Chaque nombre compte les candidats d'un critère ; au plus le plus petit réunit tous les critères, peut-être aucun : demandez au partenaire.</source>
        <translation>Each number counts the candidates of one criterion; at most the smallest meet every criterion, maybe none: ask the partner.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="247" />
        <source>Nouvelle offre ou demande de profils</source>
        <translation>New opportunity or profile request</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="248" />
        <source>Nouveau candidat</source>
        <translation>New candidate</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="249" />
        <source>Nouvelle mise à l'emploi</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="252" />
        <source>Offre : %1</source>
        <translation>Opportunity: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="253" />
        <source>Candidat : %1</source>
        <translation>Candidate: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="254" />
        <source>Mise à l'emploi : %1</source>
        <translation>Placement: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="258" />
        <source>Nouvel enregistrement : %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="265" />
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="272" />
        <source>Partager avec le réseau</source>
        <translation>Share with the network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="268" />
        <source>Les partenaires verront le type, l'intitulé, le nombre de postes, le profil demandé, les dates et le statut ; jamais les notes internes.</source>
        <translation>Partners will see the kind, title, number of positions, required profile, dates and status; never the internal notes.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="275" />
        <source>Données privées de l'organisation : jamais partagées. Utilisez un code pseudonyme, pas le nom de la personne.</source>
        <translation>Private to the organisation: never shared. Use a pseudonymous code, not the person's name.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="279" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="280" />
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="281" />
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="341" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="356" />
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="357" />
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Discard unsaved changes?</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/records.py" line="201" />
        <source>%n enregistrement(s) archivé(s)</source>
        <translation>
            <numerusform>%n record archived</numerusform>
            <numerusform>%n records archived</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="240" />
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="205" />
        <location filename="../../pacte_desktop/ui/records.py" line="246" />
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="247" />
        <source>Nouveau (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="248" />
        <location filename="../../pacte_desktop/ui/records.py" line="251" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="249" />
        <location filename="../../pacte_desktop/ui/records.py" line="252" />
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="250" />
        <source>Archiver (Suppr) ; peut être annulé</source>
        <translation>Archive (Delete); can be undone</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="203" />
        <source>Exporter l'&amp;annuaire…</source>
        <translation>Export the &amp;directory…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="204" />
        <source>Exporter les &amp;relances…</source>
        <translation>Export the &amp;follow-ups…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="205" />
        <source>Rapport des &amp;mises à l'emploi…</source>
        <translation>&amp;Placement report…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="206" />
        <source>&amp;Importer des employeurs…</source>
        <translation>&amp;Import employers…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="207" />
        <source>Importer les données &amp;BCE/KBO…</source>
        <translation>Import &amp;KBO/BCE data…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="208" />
        <source>Imports &amp;précédents…</source>
        <translation>Pre&amp;vious imports…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="209" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="210" />
        <source>Ouvrir le fichier exporté</source>
        <translation>Open the exported file</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="217" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="228" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="229" />
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="267" />
        <source>Opération annulée</source>
        <translation>Operation cancelled</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="402" />
        <source>Import terminé : %1, %2, %3</source>
        <translation>Import finished: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="403" />
        <source>%n créé(s)</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="404" />
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="405" />
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="82" />
        <source>Exporter l'annuaire</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="127" />
        <source>Export de l'annuaire…</source>
        <extracomment>The exports of the menus, by kind (the kind names them in ``finished``/``failed`` too).</extracomment>
        <translation>Exporting the directory…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="128" />
        <source>Annuaire exporté : %1 employeurs dans %2</source>
        <translation>Directory exported: %1 employers in %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="90" />
        <source>Exporter les relances</source>
        <translation>Export the follow-ups</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="133" />
        <source>Export des relances…</source>
        <translation>Exporting the follow-ups…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="134" />
        <source>Relances exportées : %1 dans %2</source>
        <translation>Follow-ups exported: %1 in %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="104" />
        <source>Rapport des mises à l'emploi (PDF)</source>
        <translation>Placement report (PDF)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="110" />
        <source>Chiffres des mises à l'emploi (Excel)</source>
        <translation>Placement figures (Excel)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="139" />
        <source>Rapport des mises à l'emploi…</source>
        <translation>Producing the placement report…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="140" />
        <source>Rapport établi : %1 mises à l'emploi, %2</source>
        <translation>Report produced: %1 placements, %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="350" />
        <source>Vérification de « %1 »…</source>
        <translation>Checking “%1”…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="366" />
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="401" />
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="409" />
        <source>« Fichier › Imports précédents » permet de l'annuler.</source>
        <translation>“File › Previous imports” lets you undo it.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="417" />
        <source>Import de « %1 »…</source>
        <translation>Importing “%1”…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="426" />
        <source>Import annulé</source>
        <translation>Import undone</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="147" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="166" />
        <source>Demande</source>
        <extracomment>What ``context.changed`` announces that may change the tab. The longest message an answer takes (as the entity allows).</extracomment>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="148" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="167" />
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="149" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="170" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="150" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="169" />
        <source>Pour le</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="151" />
        <source>Proposés / demandés</source>
        <translation>Proposed / asked</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="152" />
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="157" />
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="158" />
        <source>Candidats</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="159" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="160" />
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="165" />
        <source>Relayée par</source>
        <translation>Relayed by</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="168" />
        <source>Postes</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="171" />
        <source>Notre réponse</source>
        <translation>Our answer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="175" />
        <source>Nos demandes relayées au réseau</source>
        <translation>Our requests relayed to the network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="176" />
        <source>Demandes des partenaires</source>
        <translation>Partners' requests</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="177" />
        <source>Clôturer…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="179" />
        <source>Clôturer la demande choisie : pourvue, partiellement pourvue ou expirée</source>
        <translation>Close the chosen request: filled, partly filled or expired</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="181" />
        <source>Répondre…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="183" />
        <source>Dire au partenaire combien de candidats nous pouvons proposer</source>
        <translation>Tell the partner how many candidates we can propose</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="187" />
        <source>Une réponse dit combien de candidats nous pouvons proposer, jamais qui : aucun nom dans le message.</source>
        <translation>An answer says how many candidates we can propose, never who: no name in the message.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="261" />
        <source>Aucune demande relayée. Une demande de profils d'un employeur se relaie depuis « Offres et demandes » : Relayer au réseau.</source>
        <translation>No relayed requests. An employer's request for profiles is relayed from 'Opportunities and requests': Relay to the network.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="271" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>This workstation has not joined a partner network. Sync menu → Set up… to join one.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="276" />
        <source>Aucune demande des partenaires pour l'instant. Elles arrivent avec la synchronisation du réseau (F5).</source>
        <translation>No partners' requests yet. They arrive with the network sync (F5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="309" />
        <source>%n candidat(s)</source>
        <translation><numerusform>%n candidate</numerusform><numerusform>%n candidates</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="309" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="331" />
        <source>Choisissez une demande pour voir les réponses des partenaires.</source>
        <translation>Choose a request to see the partners' answers.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="353" />
        <source>« %1 » : candidats proposés : %2 sur %3 demandés.</source>
        <translation>'%1': candidates proposed: %2 of %3 asked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="358" />
        <source>%n réponse(s) reçue(s).</source>
        <translation><numerusform>%n answer received.</numerusform><numerusform>%n answers received.</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="86" />
        <source>quotidienne</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="88" />
        <source>avant une restauration</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="90" />
        <source>avant une mise à jour</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="92" />
        <source>à la demande</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="96" />
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="99" />
        <source>La base de données de ce poste est endommagée ({problem}). Choisissez une sauvegarde à restaurer : la base endommagée est mise de côté, pas effacée.</source>
        <translation>This workstation's database is damaged ({problem}). Choose a backup to restore: the damaged database is moved aside, not erased.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="104" />
        <source>La base de données de ce poste est endommagée ({problem}) et aucune sauvegarde n'a été trouvée dans {folder}.</source>
        <translation>This workstation's database is damaged ({problem}) and no backup was found in {folder}.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="112" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="113" />
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="114" />
        <source>Employeurs</source>
        <translation>Employers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="115" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="116" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="117" />
        <source>Vérifiée</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="128" />
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="128" />
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="138" />
        <source>&amp;Restaurer cette sauvegarde</source>
        <translation>&amp;Restore this backup</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="508" />
        <source>Configuration</source>
        <translation>Setting up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="523" />
        <source>Configuration en cours… (vérification du dossier, clés, première synchronisation)</source>
        <translation>Setting up… (checking the folder, keys, first sync)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="540" />
        <source>Rien n'est perdu : revenez en arrière pour corriger, puis recommencez.</source>
        <translation>Nothing is lost: go back to correct it, then try again.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="470" />
        <source>Ce que nous partageons</source>
        <translation>What we share</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="471" />
        <source>J'ai vérifié ce qui sera partagé avec les partenaires</source>
        <translation>I have checked what will be shared with the partners</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="142" />
        <source>Fiches et champs</source>
        <translation>Records and fields</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="142" />
        <source>Ce qui part</source>
        <translation>What leaves</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="148" />
        <source>seulement des totaux (moins de 5 : masqués)</source>
        <translation>totals only (under 5: hidden)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="150" />
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="176" />
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="171" />
        <source>Charte de partage version %1. Ces champs quittent l'organisation vers les partenaires, chiffrés ; les fiches marquées « ne pas partager » et les fiches archivées restent ici. Au total : %2.</source>
        <translation>Sharing charter version %1. These fields leave the organisation for the partners, encrypted; records marked 'do not share' and archived records stay here. In all: %2.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="153" />
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="99" />
        <source>Le profil de notre public, tel qu'il sera publié</source>
        <translation>The profile of our public, as it will be published</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Candidats actifs</source>
        <translation>Active candidates</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="124" />
        <source>Seulement des nombres de candidats actifs, critère par critère, jamais croisés ; moins de 5 : non publié (« &lt; 5 »).</source>
        <translation>Only numbers of active candidates, criterion by criterion, never crossed; under 5: not published (“&lt; 5”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="129" />
        <source>Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou ont changé depuis : encore %n changement(s) avant le suivant.</source>
        <translation>
            <numerusform>This profile stays published while fewer than 5 candidates have joined, left or changed since: %n more change before the next one.</numerusform>
            <numerusform>This profile stays published while fewer than 5 candidates have joined, left or changed since: %n more changes before the next one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="135" />
        <source>C'est le profil que nos partenaires ont reçu.</source>
        <translation>This is the profile our partners received.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="137" />
        <source>Ce profil partira au prochain passage de la synchronisation.</source>
        <translation>This profile leaves at the next sync.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="159" />
        <source>part</source>
        <translation>leaves</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="159" />
        <source>reste</source>
        <translation>stays</translation>
    </message>
</context>
<context>
    <name>StrengthLabel</name>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="65" />
        <source>Phrase secrète solide.</source>
        <translation>Strong passphrase.</translation>
    </message>
</context>
<context>
    <name>SwitchWorkerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="680" />
        <source>Changer de travailleur</source>
        <translation>Switch worker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="681" />
        <source>&amp;Qui travaille sur ce poste ?</source>
        <translation>&amp;Who is working on this computer?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="686" />
        <source>%1 (actuel)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="148" />
        <source>&amp;Synchroniser</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="149" />
        <source>Synchroniser maintenant (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="150" />
        <source>&amp;Conflits…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="151" />
        <source>C&amp;onfigurer…</source>
        <translation>Set &amp;up…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="152" />
        <source>Ce que nous &amp;partageons…</source>
        <translation>&amp;What we share…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="153" />
        <source>&amp;Appareils…</source>
        <translation>&amp;Devices…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="154" />
        <source>Changer la p&amp;hrase secrète…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="155" />
        <source>État de la synchronisation</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="199" />
        <source>La synchronisation n'est pas configurée. Menu Synchronisation → Configurer… pour choisir le dossier de l'organisation.</source>
        <translation>Sync is not set up. Menu Sync → Set up… to choose the organisation's folder.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="205" />
        <source>Une synchronisation est déjà en cours.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="266" />
        <source>La synchronisation n'a pas abouti. Rien n'a été supprimé ici.</source>
        <translation>The sync did not complete. Nothing was deleted here.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="282" />
        <location filename="../../pacte_desktop/ui/sync.py" line="473" />
        <source>Erreur de synchronisation</source>
        <translation>Sync error</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="295" />
        <source>Horloge à corriger</source>
        <translation>Clock to correct</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="303" />
        <source>Mot de passe WebDAV</source>
        <translation>WebDAV password</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="304" />
        <source>Mot de passe de %1 pour %2 (il n'est pas enregistré) :</source>
        <translation>Password of %1 for %2 (it is not stored):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="365" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="365" />
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="406" />
        <source>Synchronisation… instantané : %1 / %2 opérations</source>
        <translation>Syncing… snapshot: %1 / %2 operations</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="420" />
        <source>Synchronisation…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="425" />
        <source>Synchronisation non configurée</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="433" />
        <source>Synchronisé à %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="435" />
        <source>Jamais synchronisé</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="438" />
        <source>en attente : %1</source>
        <translation>pending: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="443" />
        <source>bifurcations : %1</source>
        <translation>forks: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="475" />
        <source>Envoi impossible</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="448" />
        <source>fichiers refusés : %1</source>
        <translation>rejected files: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="372" />
        <source>Synchronisé : %1, %2.</source>
        <translation>Synced: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="376" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n operation sent</numerusform>
            <numerusform>%n operations sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="379" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="403" />
        <source>Synchronisation… %n fichier(s) envoyé(s)</source>
        <translation>
            <numerusform>Syncing… %n file sent</numerusform>
            <numerusform>Syncing… %n files sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="411" />
        <source>Synchronisation… %n fichier(s) reçu(s)</source>
        <translation>
            <numerusform>Syncing… %n file received</numerusform>
            <numerusform>Syncing… %n files received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="455" />
        <source>conflits : %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="471" />
        <source>Verrouillé : F5 pour saisir la phrase secrète</source>
        <translation>Locked: F5 to type the passphrase</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="497" />
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="545" />
        <source>Phrase secrète changée.</source>
        <translation>Passphrase changed.</translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="583" />
        <source>Configurer la synchronisation</source>
        <translation>Set up sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="612" />
        <source>Rien à configurer.</source>
        <translation>Nothing to set up.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="626" />
        <source>Organisation « %1 » : dossier créé.</source>
        <translation>Organisation '%1': folder created.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="628" />
        <source>Organisation « %1 » : ce poste l'a rejointe.</source>
        <translation>Organisation '%1': this workstation has joined it.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="632" />
        <source>Réseau « %1 » : créé ; ce poste en est le coordinateur.</source>
        <translation>Network '%1': created; this workstation is its coordinator.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="634" />
        <source>Réseau « %1 » : ce poste l'a rejoint.</source>
        <translation>Network '%1': this workstation has joined it.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="641" />
        <source>Première synchronisation : %1</source>
        <translation>First sync: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="645" />
        <source>Première synchronisation : %1, %2.</source>
        <translation>First sync: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="646" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n operation sent</numerusform>
            <numerusform>%n operations sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="647" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="20" />
        <source>Ce poste ne partage pas encore ses fiches avec vos collègues. Pour le faire : menu Synchronisation → Configurer…</source>
        <translation>This computer does not share its records with your colleagues yet. To do so: menu Sync → Set up…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="32" />
        <source>Dernier échange avec les autres postes : %1.</source>
        <translation>Last exchange with the other computers: %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="38" />
        <source>Aucun échange avec les autres postes pour l'instant.</source>
        <translation>No exchange with the other computers yet.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="44" />
        <source>Modifications faites ici, pas encore envoyées : %1. Elles partent au prochain échange (F5 pour le lancer).</source>
        <translation>Changes made here, not sent yet: %1. They leave with the next exchange (F5 to start it).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="52" />
        <source>Fiches modifiées ici et sur un autre poste, qui attendent votre choix : %1 (menu Synchronisation → Conflits…).</source>
        <translation>Records changed here and on another computer, waiting for your choice: %1 (menu Sync → Conflicts…).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="60" />
        <source>Ce qui n'a pas pu se faire (rien n'a été effacé ici) :</source>
        <translation>What could not be done (nothing was deleted here):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="66" />
        <source>Tout est à jour.</source>
        <translation>Everything is up to date.</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="72" />
        <source>Retirer l'étiquette « %1 »</source>
        <extracomment>Chips a row holds: the field grows downwards, never wider than the form.</extracomment>
        <translation>Remove the tag “%1”</translation>
    </message>
</context>
<context>
    <name>TagsInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="136" />
        <source>ajouter une étiquette…</source>
        <translation>add a tag…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="137" />
        <source>Nouvelle étiquette</source>
        <translation>New tag</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="70" />
        <source>Déverrouiller la synchronisation</source>
        <translation>Unlock sync</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="74" />
        <source>Les clés de synchronisation de ce poste sont protégées par la phrase secrète de l'organisation. Saisissez-la une fois : elle sert jusqu'à la fermeture de Pacte Desktop et n'est pas enregistrée.</source>
        <translation>This workstation's sync keys are protected by the organisation's passphrase. Type it once: it serves until Pacte Desktop is closed and is not stored.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="79" />
        <source>&amp;Phrase secrète de l'organisation :</source>
        <translation>&amp;Organisation passphrase:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="83" />
        <source>Les clés du réseau des partenaires ont été renouvelées, ou sont protégées par la phrase secrète du réseau. Saisissez-la une fois : elle n'est pas enregistrée.</source>
        <translation>The partner network's keys were renewed, or are protected by the network's passphrase. Type it once: it is not stored.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="88" />
        <source>&amp;Phrase secrète du réseau :</source>
        <translation>&amp;Network passphrase:</translation>
    </message>
</context>
<context>
    <name>WhatWeShareDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="205" />
        <source>Ce que nous partageons</source>
        <translation>What we share</translation>
    </message>
</context>
<context>
    <name>WorkerChoiceDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="53" />
        <source>Réassigner la relance</source>
        <translation>Reassign the follow-up</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="54" />
        <source>Confier à :</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="55" />
        <source>Travailleurs</source>
        <translation>Workers</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pacte_desktop/ui/operations.py" line="109" />
        <source>Annuler</source>
        <extracomment>The store's data folder: what a refused write names (set by the app's context).</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>