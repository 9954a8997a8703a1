<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_BE" sourcelanguage="fr_BE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="227" />
        <source>À propos de Pacte Desktop</source>
        <translation>Over Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="228" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="229" />
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="230" />
        <source>pas configurée</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="233" />
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="234" />
        <source>Base de données</source>
        <translation>Databank</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="236" />
        <source>Synchronisation de l'organisation</source>
        <translation>Synchronisatie van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="239" />
        <source>Synchronisation du réseau</source>
        <translation>Synchronisatie van het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="245" />
        <source>Les contacts employeurs des partenaires du pacte local pour l'emploi de Saint-Gilles, gardés par l'organisation. Logiciel libre sous licence EUPL-1.2.</source>
        <translation>De werkgeverscontacten van de partners van het lokaal werkgelegenheidspact van Sint-Gillis, bewaard door de organisatie. Vrije software onder de EUPL-1.2-licentie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="252" />
        <source>Pacte Desktop est livré avec ces composants, chacun sous sa licence :</source>
        <translation>Pacte Desktop wordt geleverd met deze onderdelen, elk onder zijn eigen licentie:</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="537" />
        <source>Répondre à %1</source>
        <translation>Antwoorden aan %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="543" />
        <source>postes : %1</source>
        <translation>plaatsen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="545" />
        <source>pour le %1</source>
        <translation>tegen %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="549" />
        <source>Langues : %1</source>
        <translation>Talen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="551" />
        <source>Compétences : %1</source>
        <translation>Vaardigheden: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="553" />
        <source>Candidats que nous pouvons proposer :</source>
        <translation>Kandidaten die we kunnen voorstellen:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="554" />
        <source>Message :</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="556" />
        <source>Par ex. : profils bilingues, disponibles dès janvier ; appelez Farida.</source>
        <translation>Bv.: tweetalige profielen, beschikbaar vanaf januari; bel Farida.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="560" />
        <source>Ne nommez personne : ni nom, ni code de candidat. Le partenaire saura combien de candidats vous proposez ; vous les présenterez ensuite directement.</source>
        <translation>Noem niemand: geen naam, geen kandidaatcode. De partner weet hoeveel kandidaten u voorstelt; u stelt ze daarna rechtstreeks voor.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="574" />
        <source>Le message compte %1 caractères ; %2 au plus.</source>
        <translation>Het bericht telt %1 tekens; hoogstens %2.</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="77" />
        <location filename="../../pacte_desktop/ui/import_batches.py" line="96" />
        <location filename="../../pacte_desktop/ui/import_batches.py" line="175" />
        <source>Imports précédents</source>
        <translation>Vorige imports</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="80" />
        <source>Chaque import peut être annulé : les employeurs qu'il a créés sont retirés et ceux qu'il a modifiés retrouvent leurs valeurs d'avant.</source>
        <translation>Elke import kan ongedaan worden gemaakt: de werkgevers die hij aanmaakte worden verwijderd en de werkgevers die hij wijzigde krijgen hun vorige waarden terug.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="84" />
        <source>A&amp;nnuler cet import…</source>
        <translation>Deze import o&amp;ngedaan maken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="87" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="88" />
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="89" />
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="90" />
        <source>Créés</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="91" />
        <source>Mis à jour</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="92" />
        <source>Rejetés</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="93" />
        <source>État</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="100" />
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="100" />
        <source>BCE/KBO</source>
        <translation>KBO/BCE</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="143" />
        <source>Annulé</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="167" />
        <source>Annuler cet import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_batches.py" line="185" />
        <source>Annuler l'import de « %1 » ? %2 ; %3.</source>
        <translation>Import van « %1 » ongedaan maken? %2; %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="188" />
        <source>%n employeur(s) créé(s) retiré(s)</source>
        <translation>
            <numerusform>%n aangemaakte werkgever verwijderd</numerusform>
            <numerusform>%n aangemaakte werkgevers verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="193" />
        <source>%n employeur(s) mis à jour remis comme avant</source>
        <translation>
            <numerusform>%n bijgewerkte werkgever hersteld zoals voordien</numerusform>
            <numerusform>%n bijgewerkte werkgevers hersteld zoals voordien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="541" />
        <source>Candidats</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="545" />
        <source>Saint-Gillois</source>
        <translation>Inwoner Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="552" />
        <location filename="../../pacte_desktop/ui/records.py" line="588" />
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="585" />
        <source>Données privées de l'organisation : jamais partagées</source>
        <translation>Privégegevens van de organisatie: worden nooit gedeeld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="589" />
        <source>Conservation dépassée…</source>
        <translation>Bewaartermijn verstreken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="591" />
        <source>Candidats au-delà de leur durée de conservation : revoir, anonymiser</source>
        <translation>Kandidaten voorbij hun bewaartermijn: nakijken, anonimiseren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="601" />
        <source>Aucun candidat pour l'instant. Ajoutez les personnes que vous accompagnez, sous un code : leurs données restent dans votre organisation.</source>
        <translation>Nog geen kandidaten. Voeg de mensen toe die u begeleidt, onder een code: hun gegevens blijven binnen uw organisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="604" />
        <source>&amp;Nouveau candidat…</source>
        <translation>&amp;Nieuwe kandidaat…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="609" />
        <source>Candidat archivé</source>
        <translation>Kandidaat gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="610" />
        <source>%1 candidats archivés</source>
        <translation>%1 kandidaten gearchiveerd</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="151" />
        <source>Changer la phrase secrète</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="154" />
        <source>Les postes de l'organisation reçoivent la nouvelle clé sans rien saisir ; ceux qui n'ont pas de coffre de mots de passe du système demanderont une fois la nouvelle phrase secrète. Communiquez-la aux collègues par un autre moyen que le dossier partagé.</source>
        <translation>De werkposten van de organisatie krijgen de nieuwe sleutel zonder iets te typen; wie geen wachtwoordkluis van het systeem heeft, vraagt één keer de nieuwe wachtzin. Geef hem aan de collega's door via een ander kanaal dan de gedeelde map.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="164" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="164" />
        <source>Réseau (coordination)</source>
        <translation>Netwerk (coördinatie)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="168" />
        <source>Phrase secrète de :</source>
        <translation>Wachtzin van:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="169" />
        <source>Phrase secrète actuelle :</source>
        <translation>Huidige wachtzin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="170" />
        <source>Nouvelle phrase secrète :</source>
        <translation>Nieuwe wachtzin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="171" />
        <source>Encore une fois :</source>
        <translation>Nog een keer:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="188" />
        <source>Saisissez la phrase secrète actuelle.</source>
        <translation>Typ de huidige wachtzin.</translation>
    </message>
</context>
<context>
    <name>CheckDueDelegate</name>
    <message>
        <location filename="../../pacte_desktop/ui/check_due.py" line="79" />
        <source>Suivi à faire depuis le %1</source>
        <translation>Opvolging te doen sinds %1</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="119" />
        <source>Bienvenue dans Pacte Desktop</source>
        <translation>Welkom bij Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="122" />
        <source>Les contacts employeurs, les relances et les mises à l'emploi de votre organisation sont gardés sur ce poste et partagés avec vos collègues. Pour commencer :</source>
        <translation>De werkgeverscontacten, opvolgingen en tewerkstellingen van uw organisatie worden op deze computer bewaard en gedeeld met uw collega's. Om te beginnen:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="127" />
        <source>&amp;Créer mon organisation</source>
        <translation>Mijn organisatie &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="128" />
        <source>Ouvrir des données de &amp;démonstration</source>
        <translation>&amp;Demogegevens openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="129" />
        <source>&amp;Rejoindre mon organisation (dossier partagé ou WebDAV)</source>
        <translation>&amp;Bij mijn organisatie aansluiten (gedeelde map of WebDAV)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="473" />
        <source>Clôturer la demande</source>
        <translation>Aanvraag afsluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="476" />
        <source>Clôturer « %1 » ? Les partenaires verront la clôture à la prochaine synchronisation du réseau et ne pourront plus y répondre.</source>
        <translation>'%1' afsluiten? De partners zien de afsluiting bij de volgende synchronisatie van het netwerk en kunnen er niet meer op antwoorden.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="222" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="242" />
        <source>Colonnes du fichier</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="224" />
        <source>« %1 », ligne d'en-tête %2.</source>
        <translation>'%1', kopregel %2.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="230" />
        <source>Les colonnes n'ont pas été reconnues : indiquez ce que contient chacune.</source>
        <translation>De kolommen werden niet herkend: geef aan wat elke kolom bevat.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="234" />
        <source>Enregistrez la correspondance pour la réutiliser avec le prochain fichier du même modèle.</source>
        <translation>Bewaar de koppeling om ze te hergebruiken voor het volgende bestand van hetzelfde model.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Colonne du fichier</source>
        <translation>Kolom van het bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Exemples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="240" />
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="250" />
        <source>— ignorer —</source>
        <translation>— negeren —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="255" />
        <source>Champ de la colonne « %1 »</source>
        <translation>Veld van kolom '%1'</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="260" />
        <source>&amp;Vérifier…</source>
        <translation>&amp;Controleren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="261" />
        <source>&amp;Enregistrer la correspondance…</source>
        <translation>Koppeling &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="275" />
        <source>« %1 » est choisi pour plusieurs colonnes.</source>
        <translation>'%1' is voor meerdere kolommen gekozen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="279" />
        <source>Choisissez au moins la colonne du nom ou celle du numéro BCE.</source>
        <translation>Kies minstens de kolom met de naam of die met het KBO-nummer.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="294" />
        <source>Enregistrer la correspondance</source>
        <translation>Koppeling bewaren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="296" />
        <source>Correspondances JSON (*.json)</source>
        <translation>JSON-koppelingen (*.json)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="304" />
        <source>Enregistrement impossible</source>
        <translation>Bewaren mislukt</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="108" />
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="109" />
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="110" />
        <source>Nature</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="111" />
        <source>Valeur perdue</source>
        <translation>Verloren waarde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="112" />
        <source>Valeur retenue</source>
        <translation>Behouden waarde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="113" />
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="118" />
        <source>Modifiée après suppression</source>
        <translation>Gewijzigd na verwijdering</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="119" />
        <source>Modifications simultanées</source>
        <translation>Gelijktijdige wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="122" />
        <source>Conflits de synchronisation</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="125" />
        <source>Quand deux postes modifient le même champ presque en même temps, la dernière modification est retenue ; l'autre est gardée ici. Rétablir remet la valeur perdue (la modification se synchronise ensuite) ; Ignorer garde la valeur retenue.</source>
        <translation>Wanneer twee werkposten hetzelfde veld bijna tegelijk wijzigen, wordt de laatste wijziging behouden; de andere wordt hier bewaard. Terugzetten herstelt de verloren waarde (de wijziging wordt daarna gesynchroniseerd); Negeren behoudt de behouden waarde.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="131" />
        <source>Rétablir</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="132" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="218" />
        <source>Remettre la valeur perdue</source>
        <translation>De verloren waarde terugzetten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="133" />
        <source>Ignorer</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="134" />
        <source>Garder la valeur retenue et fermer ce conflit</source>
        <translation>De behouden waarde houden en dit conflict sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="135" />
        <source>Ouvrir la fiche</source>
        <translation>Fiche openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="136" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="169" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="174" />
        <source>(supprimée)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="181" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="182" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="234" />
        <location filename="../../pacte_desktop/ui/conflicts.py" line="235" />
        <source>(vide)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="210" />
        <source>Cette fiche a été supprimée sur un autre poste : la valeur perdue ne peut pas y être rétablie. Elle reste lisible ici ; Ignorer ferme le conflit.</source>
        <translation>Deze fiche werd op een andere werkpost verwijderd: de verloren waarde kan er niet worden teruggezet. Ze blijft hier leesbaar; Negeren sluit het conflict.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="214" />
        <source>Aucun conflit ouvert.</source>
        <translation>Geen open conflicten.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="244" />
        <source>Rétablir « %1 » pour %2 ? La valeur actuelle « %3 » sera remplacée.</source>
        <translation>'%1' terugzetten voor %2? De huidige waarde '%3' wordt vervangen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/conflicts.py" line="262" />
        <source>Ignorer ce conflit ? « %1 » reste la valeur de %2 ; « %3 » est abandonné.</source>
        <translation>Dit conflict negeren? '%1' blijft de waarde van %2; '%3' wordt opgegeven.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="72" />
        <source>Nouvelle personne de contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="75" />
        <source>Personne de contact : %1</source>
        <translation>Contactpersoon: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="77" />
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/contact_dialog.py" line="78" />
        <source>Annuler</source>
        <translation>Annuleren</translation>
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
        <translation>Er is iets misgegaan.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="183" />
        <source>Pacte Desktop a rencontré un problème inattendu. Rien de ce qui était enregistré n'est perdu, et les fiches en cours de saisie sont gardées comme brouillons : vous pouvez continuer à travailler.

Si le problème revient, envoyez le journal (dossier « %1 ») à la personne qui s'occupe de l'application. Il ne contient pas les noms ni les données des fiches.</source>
        <translation>Pacte Desktop stootte op een onverwacht probleem. Niets van wat opgeslagen was, is verloren, en de fiches die u aan het invullen was, worden als klad bewaard: u kunt gewoon verder werken.

Komt het probleem terug, stuur dan het logboek (map ‘%1’) naar wie de toepassing beheert. Het bevat geen namen of gegevens van de fiches.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="191" />
        <source>Ouvrir le dossier du journal</source>
        <translation>De map met het logboek openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/crash.py" line="192" />
        <source>Continuer</source>
        <translation>Verdergaan</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="182" />
        <source>Votre organisation</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="183" />
        <source>Ces informations pourront être complétées plus tard.</source>
        <translation>U kunt deze gegevens later aanvullen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="184" />
        <source>&amp;Nom de l'organisation *</source>
        <translation>&amp;Naam van de organisatie *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="185" />
        <source>Nom de l'organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="186" />
        <source>ex. CPAS de Saint-Gilles</source>
        <translation>bv. OCMW Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="187" />
        <source>&amp;Type *</source>
        <translation>T&amp;ype *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="188" />
        <source>Type d'organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="189" />
        <source>— choisir —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="192" />
        <source>&amp;Votre nom *</source>
        <translation>&amp;Uw naam *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="193" />
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/date_input.py" line="56" />
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/JJJJ</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/date_input.py" line="57" />
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation>Kiezen in de kalender (Alt+Omlaag)</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="259" />
        <source>Données de démonstration</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="262" />
        <source>Pacte Desktop va créer une organisation fictive (« CPAS de Saint-Gilles (démo) »), ses travailleurs et %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l'emploi. Aucune de ces données n'est réelle.

Utilisez un dossier de données séparé pour votre vraie organisation.</source>
        <translation>Pacte Desktop maakt een fictieve organisatie aan (“CPAS de Saint-Gilles (démo)”), met haar medewerkers en %1 verzonnen werkgevers, met hun contacten, opvolgingen, vacatures en tewerkstellingen. Geen van deze gegevens is echt.

Gebruik een aparte gegevensmap voor uw echte organisatie.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="63" />
        <source>Phrase secrète de l'organisation :</source>
        <translation>Wachtzin van de organisatie:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="96" />
        <source>Appareil</source>
        <translation>Toestel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="97" />
        <source>Travailleur</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="98" />
        <source>Dernier fichier</source>
        <translation>Laatste bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="99" />
        <source>Certifié par</source>
        <translation>Gecertificeerd door</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="100" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="104" />
        <source>Appareils de l'organisation</source>
        <translation>Toestellen van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="107" />
        <source>Les postes qui synchronisent avec le dossier de l'organisation. Un poste perdu ou volé se révoque : ses fichiers suivants sont refusés partout et les clés sont renouvelées pour les autres postes seulement.</source>
        <translation>De werkposten die met de map van de organisatie synchroniseren. Een verloren of gestolen werkpost trek je in: zijn volgende bestanden worden overal geweigerd en de sleutels worden alleen voor de andere werkposten vernieuwd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="112" />
        <source>Révoquer…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="113" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="125" />
        <source>Lecture du dossier partagé…</source>
        <translation>De gedeelde map wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="149" />
        <source>%1 (ce poste)</source>
        <translation>%1 (deze werkpost)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="151" />
        <source>révoqué (fichiers acceptés jusqu'au n° %1)</source>
        <translation>ingetrokken (bestanden aanvaard tot nr. %1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="155" />
        <source>actif</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="157" />
        <source>n° %1 — %2</source>
        <translation>nr. %1 — %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="161" />
        <source>aucun</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="218" />
        <source>Révoquer l'appareil « %1 » (travailleur : %2) ? Ses fichiers suivants seront refusés par tous les postes, et les clés renouvelées pour les autres postes. Cela ne se défait pas.</source>
        <translation>Toestel '%1' (medewerker: %2) intrekken? Zijn volgende bestanden worden door alle werkposten geweigerd en de sleutels worden voor de andere werkposten vernieuwd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="223" />
        <source>inconnu</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="232" />
        <source>Révocation en cours…</source>
        <translation>Bezig met intrekken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/devices.py" line="243" />
        <source>« %1 » est révoqué.</source>
        <translation>'%1' is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>DirectoryExportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="68" />
        <source>Exporter l'annuaire</source>
        <translation>Werkgeversgids exporteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="70" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="71" />
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="72" />
        <source>PDF imprimable (.pdf)</source>
        <translation>Afdrukbare PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="73" />
        <source>&amp;Partageable uniquement</source>
        <translation>Alleen &amp;deelbaar</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="76" />
        <source>Pour un partenaire : seulement les employeurs qui peuvent être partagés et les champs que la charte de partage permet de transmettre.</source>
        <translation>Voor een partner: alleen de werkgevers die gedeeld mogen worden en de velden die het deelcharter laat doorgeven.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="80" />
        <source>Toutes les étiquettes</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="81" />
        <source>Toutes les communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="82" />
        <source>Tous les statuts</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="85" />
        <source>&amp;Format :</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="86" />
        <source>É&amp;tiquette :</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="87" />
        <source>&amp;Commune :</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/directory_export.py" line="88" />
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="205" />
        <source>nouvelle fiche</source>
        <translation>nieuwe fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="210" />
        <source>Brouillons à reprendre</source>
        <translation>Klad om verder te zetten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="213" />
        <source>Pacte Desktop s'est fermé alors que ces fiches étaient en cours de saisie. Ce qui avait été tapé est gardé : voulez-vous le reprendre ?</source>
        <translation>Pacte Desktop werd afgesloten terwijl deze fiches werden ingevuld. Wat getypt was, is bewaard: wilt u het verder zetten?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="219" />
        <source>Reprendre</source>
        <translation>Verderzetten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/drafts.py" line="220" />
        <source>Supprimer les brouillons</source>
        <translation>Klad verwijderen</translation>
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
        <translation>Dubbele werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="198" />
        <source>Paires à examiner</source>
        <translation>Te bekijken paren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="199" />
        <source>Fusions faites</source>
        <translation>Uitgevoerde samenvoegingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="200" />
        <source>Chercher à nouveau</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="201" />
        <source>Fusionner…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="203" />
        <source>Garder la première fiche avec les valeurs choisies ; l'autre est archivée</source>
        <translation>De eerste fiche behouden met de gekozen waarden; de andere wordt gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="205" />
        <source>Lier (même employeur)</source>
        <translation>Koppelen (zelfde werkgever)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="207" />
        <source>Notre fiche et celle du partenaire sont le même employeur</source>
        <translation>Onze fiche en die van de partner zijn dezelfde werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="209" />
        <source>Pas le même employeur</source>
        <translation>Niet dezelfde werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="210" />
        <source>Ne plus proposer cette paire</source>
        <translation>Dit paar niet meer voorstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="211" />
        <source>Annuler la fusion…</source>
        <translation>Samenvoeging ongedaan maken…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="214" />
        <source>Annuler une fusion remet l'employeur archivé et ce qui lui appartenait ; ce qui a été ajouté depuis à la fiche gardée y reste.</source>
        <translation>Een samenvoeging ongedaan maken zet de gearchiveerde werkgever terug met wat bij hem hoorde; wat sindsdien aan de behouden fiche werd toegevoegd, blijft daar.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="218" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="231" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="232" />
        <source>Notre employeur</source>
        <translation>Onze werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="233" />
        <source>Peut-être le même que</source>
        <translation>Misschien dezelfde als</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="234" />
        <source>Fiche de</source>
        <translation>Fiche van</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="235" />
        <source>Pourquoi</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="240" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="241" />
        <source>Fiche gardée</source>
        <translation>Behouden fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="242" />
        <source>Fiche fusionnée</source>
        <translation>Samengevoegde fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="243" />
        <source>État</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="247" />
        <source>Nous</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="251" />
        <source>même n° BCE</source>
        <translation>zelfde KBO-nummer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="252" />
        <source>noms proches, même adresse</source>
        <translation>gelijkaardige namen, zelfde adres</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="264" />
        <source>Recherche des doublons…</source>
        <translation>Dubbele werkgevers zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="328" />
        <source>%n paire(s) à examiner.</source>
        <translation><numerusform>%n paar te bekijken.</numerusform><numerusform>%n paren te bekijken.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="330" />
        <source>Aucun doublon probable : rien à examiner.</source>
        <translation>Geen waarschijnlijke dubbele werkgevers: niets te bekijken.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="375" />
        <source>« %1 » et « %2 » : %3</source>
        <translation>‘%1’ en ‘%2’: %3</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="383" />
        <source>La fiche de %1 lui appartient : elle n'est jamais fusionnée avec la nôtre. « Lier » dit que c'est le même employeur : le réseau les montre ensemble et l'annuaire compte ce partenaire.</source>
        <translation>De fiche van %1 is van hen: ze wordt nooit met de onze samengevoegd. ‘Koppelen’ zegt dat het dezelfde werkgever is: het netwerk toont ze samen en het adressenbestand telt deze partner mee.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="391" />
        <source>La fusion garde la fiche de gauche avec les valeurs choisies ; les contacts, démarches, relances, offres et mises à l'emploi de l'autre passent à la fiche gardée, et l'autre est archivée.</source>
        <translation>Het samenvoegen behoudt de linkse fiche met de gekozen waarden; de contactpersonen, contactmomenten, opvolgingen, vacatures en tewerkstellingen van de andere gaan naar de behouden fiche, en de andere wordt gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="397" />
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="398" />
        <source>Notre fiche (gardée)</source>
        <translation>Onze fiche (behouden)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="398" />
        <location filename="../../pacte_desktop/ui/duplicates.py" line="399" />
        <source>Notre fiche</source>
        <translation>Onze fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="408" />
        <source>(vide)</source>
        <translation>(leeg)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="432" />
        <source>%n autre(s) champ(s) identique(s) ou vide(s).</source>
        <translation><numerusform>%n ander veld is gelijk of leeg.</numerusform><numerusform>%n andere velden zijn gelijk of leeg.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="465" />
        <source>Fusionner « %2 » dans « %1 » ?

« %1 » est gardé avec les valeurs choisies ; les contacts, démarches, relances, offres et mises à l'emploi de « %2 » passent à « %1 », et « %2 » est archivé. La fusion peut être annulée.</source>
        <translation>‘%2’ samenvoegen met ‘%1’?

‘%1’ wordt behouden met de gekozen waarden; de contactpersonen, contactmomenten, opvolgingen, vacatures en tewerkstellingen van ‘%2’ gaan naar ‘%1’, en ‘%2’ wordt gearchiveerd. De samenvoeging kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="469" />
        <source>Fusionner</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="472" />
        <source>« %2 » fusionné dans « %1 »</source>
        <translation>‘%2’ samengevoegd met ‘%1’</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="500" />
        <source>Lié : « %1 » et la fiche de %2</source>
        <translation>Gekoppeld: ‘%1’ en de fiche van %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="511" />
        <source>« %1 » et « %2 » : pas le même employeur</source>
        <translation>‘%1’ en ‘%2’: niet dezelfde werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="558" />
        <source>annulée le %1</source>
        <translation>ongedaan gemaakt op %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="583" />
        <source>Annuler la fusion de « %2 » dans « %1 » ? « %2 » revient dans l'annuaire avec ce qui lui appartenait.</source>
        <translation>De samenvoeging van ‘%2’ met ‘%1’ ongedaan maken? ‘%2’ komt terug in het adressenbestand met wat bij hem hoorde.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicates.py" line="587" />
        <source>Annuler la fusion</source>
        <translation>Samenvoeging ongedaan maken</translation>
    </message>
</context>
<context>
    <name>EmployerChooser</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_chooser.py" line="67" />
        <source>Nom, numéro BCE ou adresse de l'employeur…</source>
        <translation>Naam, KBO-nummer of adres van de werkgever…</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="32" />
        <source>Numéro BCE déjà utilisé</source>
        <translation>KBO-nummer al in gebruik</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="34" />
        <source>Ce numéro BCE est déjà celui de l'employeur « %1 ».</source>
        <translation>Dit KBO-nummer is al dat van de werkgever '%1'.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="39" />
        <source>Ouvrez sa fiche pour la compléter, ou enregistrez quand même s'il s'agit d'un autre siège de la même entreprise.</source>
        <translation>Open die fiche om ze aan te vullen, of sla toch op als het om een andere vestiging van dezelfde onderneming gaat.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="46" />
        <source>Ouvrir sa fiche</source>
        <translation>Fiche openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/duplicate_bce.py" line="51" />
        <source>Enregistrer quand même</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="20" />
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="21" />
        <source>Fermer sans enregistrer ? Les modifications seront perdues.</source>
        <translation>Sluiten zonder op te slaan? De wijzigingen gaan verloren.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/guarded_dialog.py" line="32" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="259" />
        <source>Quand</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="261" />
        <source>Opération</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="262" />
        <source>Champs modifiés</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="272" />
        <source>Identité</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="273" />
        <source>Adresse</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="274" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="275" />
        <source>Partage et notes</source>
        <translation>Delen en notities</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="280" />
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="281" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="282" />
        <source>Démarches</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="283" />
        <source>Offres</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="284" />
        <source>Mises à l'emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="285" />
        <source>Historique</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="288" />
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="289" />
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Fiche opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="290" />
        <source>Restaurer</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="291" />
        <source>Cet employeur est archivé.</source>
        <translation>Deze werkgever is gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="292" />
        <source>Ajouter…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="293" />
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="294" />
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="61" />
        <source>Noter une démarche</source>
        <translation>Een contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="62" />
        <source>Noter la démarche</source>
        <translation>Contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="64" />
        <source>Enregistrer la démarche (Ctrl+S)</source>
        <translation>Contactmoment opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="295" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="308" />
        <source>Nouvel employeur</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="310" />
        <source>Employeur : %1</source>
        <translation>Werkgever: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="319" />
        <source>%1 (parti)</source>
        <translation>%1 (vertrokken)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/partners_box.py" line="67" />
        <source>%1 (dernier contact : %2)</source>
        <translation>%1 (laatste contact: %2)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/partners_box.py" line="69" />
        <source>Partenaires qui connaissent cet employeur : %1</source>
        <translation>Partners die deze werkgever kennen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="35" />
        <source>Création</source>
        <translation>Aanmaak</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="36" />
        <source>Modification</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="37" />
        <source>Archivage</source>
        <translation>Archivering</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="38" />
        <source>Restauration</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_history.py" line="39" />
        <source>Passation</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="497" />
        <source>Aucune modification à enregistrer.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="508" />
        <source>Enregistrement…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="525" />
        <source>Fiche enregistrée.</source>
        <translation>Fiche opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="534" />
        <source>Rien n'a été enregistré.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_record.py" line="593" />
        <source>Personne de contact archivée</source>
        <translation>Contactpersoon gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="134" />
        <source>Démarche notée ; relance prévue le %1.</source>
        <translation>Contactmoment genoteerd; opvolging gepland op %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_log.py" line="139" />
        <source>Démarche notée.</source>
        <translation>Contactmoment genoteerd.</translation>
    </message>
</context>
<context>
    <name>EmployerHeader</name>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="166" />
        <source>bte</source>
        <translation>bus</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="184" />
        <source>archivé</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="192" />
        <source>Statut : %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="195" />
        <source>Responsable : %1</source>
        <translation>Verantwoordelijke: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="214" />
        <source>Aucune relance prévue</source>
        <translation>Geen opvolging gepland</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="215" />
        <source>Prochaine relance : %1</source>
        <translation>Volgende opvolging: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="222" />
        <source>en retard</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="229" />
        <source>Noter une démarche</source>
        <translation>Een contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employer_header.py" line="230" />
        <source>Noter un appel, une visite, un e-mail (Ctrl+L)</source>
        <translation>Een telefoon, bezoek of e-mail noteren (Ctrl+L)</translation>
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
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="231" />
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="232" />
        <source>N° BCE</source>
        <translation>KBO-nr.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="233" />
        <source>Également connu de</source>
        <translation>Ook gekend bij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="237" />
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="238" />
        <source>Ouvrir la fiche de l'employeur (Entrée)</source>
        <translation>Werkgeversfiche openen (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="239" />
        <source>Noter une démarche</source>
        <translation>Een contactmoment noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="240" />
        <source>Noter une démarche avec l'employeur choisi (Ctrl+L)</source>
        <translation>Een contactmoment met de gekozen werkgever noteren (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="241" />
        <source>Nouveau</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="242" />
        <source>Nouvel employeur (Ctrl+N)</source>
        <translation>Nieuwe werkgever (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="243" />
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="244" />
        <source>Archiver les employeurs choisis (Suppr)</source>
        <translation>Geselecteerde werkgevers archiveren (Delete)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="245" />
        <source>Restaurer</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="246" />
        <source>Doublons…</source>
        <translation>Dubbele werkgevers…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="248" />
        <source>Examiner les employeurs peut-être saisis deux fois (Ctrl+Maj+D)</source>
        <translation>Werkgevers bekijken die misschien twee keer werden ingevoerd (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="250" />
        <source>Archivés</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="253" />
        <source>Aucun employeur dans l'annuaire pour l'instant. Ajoutez le premier, importez votre liste (un fichier CSV ou Excel), ou essayez Pacte Desktop sur des données de démonstration.</source>
        <translation>Nog geen werkgevers in de lijst. Voeg de eerste toe, importeer uw lijst (een CSV- of Excel-bestand), of probeer Pacte Desktop uit met demogegevens.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="258" />
        <source>&amp;Nouvel employeur</source>
        <translation>&amp;Nieuwe werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="259" />
        <source>&amp;Importer des employeurs…</source>
        <translation>Werkgevers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="260" />
        <source>Charger la &amp;démo…</source>
        <translation>&amp;Demo laden…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="261" />
        <source>Montrer aussi les employeurs archivés</source>
        <translation>Ook gearchiveerde werkgevers tonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="263" />
        <source>Tous les secteurs</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="264" />
        <source>Toutes les communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="265" />
        <source>Tous les statuts</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="266" />
        <source>Tous les responsables</source>
        <translation>Alle verantwoordelijken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="267" />
        <source>Toutes les étiquettes</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="268" />
        <source>Accepte : tout</source>
        <translation>Aanvaardt: alles</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="298" />
        <source>Le filtre « %1 » n'est plus proposé : il a été retiré.</source>
        <translation>De filter ‘%1’ wordt niet meer aangeboden: hij is weggehaald.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="384" />
        <source>1 employeur</source>
        <translation>1 werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="386" />
        <source>%1 employeurs</source>
        <translation>%1 werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="583" />
        <source>Employeur archivé : %1</source>
        <translation>Werkgever gearchiveerd: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="584" />
        <source>Employeur archivé</source>
        <translation>Werkgever gearchiveerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="586" />
        <source>%n employeurs archivés : %1</source>
        <translation>
            <numerusform>%n werkgever gearchiveerd: %1</numerusform>
            <numerusform>%n werkgevers gearchiveerd: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="587" />
        <source>%n employeurs archivés</source>
        <translation>
            <numerusform>%n werkgever gearchiveerd</numerusform>
            <numerusform>%n werkgevers gearchiveerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="617" />
        <source>Données de démonstration</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="619" />
        <source>Ajouter %1 employeurs inventés, avec leurs contacts, relances, offres et mises à l'emploi, pour essayer Pacte Desktop ? Aucune de ces données n'est réelle : pour votre vraie organisation, utilisez plutôt un dossier de données séparé.</source>
        <translation>%1 verzonnen werkgevers toevoegen, met hun contactpersonen, opvolgingen, vacatures en tewerkstellingen, om Pacte Desktop uit te proberen? Geen van deze gegevens is echt: gebruik voor uw echte organisatie liever een aparte gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="637" />
        <source>Création annulée : rien n'a été enregistré.</source>
        <translation>Aanmaak geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/employers.py" line="643" />
        <source>Création des données de démonstration…</source>
        <translation>Demogegevens aanmaken…</translation>
    </message>
</context>
<context>
    <name>ExpiredCandidatesDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="158" />
        <source>Mises à l'emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="164" />
        <source>Candidats : conservation dépassée</source>
        <translation>Kandidaten: bewaartermijn verstreken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="167" />
        <source>Ces candidats sont au-delà de leur date de fin de conservation, ou de la durée prévue après leur dernière activité. Anonymiser efface leurs notes, commune, compétences, langues et dates de consentement, ainsi que les notes de leurs mises à l'emploi, sur tous les postes de l'organisation ; le code, le niveau de qualification, la résidence à Saint-Gilles et les mises à l'emploi restent pour les rapports.</source>
        <translation>Deze kandidaten zijn voorbij hun bewaardatum, of voorbij de voorziene termijn na hun laatste activiteit. Anonimiseren wist hun notities, gemeente, vaardigheden, talen en toestemmingsdata, en de notities van hun tewerkstellingen, op alle werkposten van de organisatie; de code, het kwalificatieniveau, de woonplaats Sint-Gillis en de tewerkstellingen blijven voor de rapporten.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="176" />
        <source>Aucun candidat n'a dépassé sa durée de conservation. Rien à revoir.</source>
        <translation>Geen enkele kandidaat is voorbij zijn bewaartermijn. Niets na te kijken.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="178" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="180" />
        <source>Tout ce qui est enregistré sur ce candidat, en JSON (demande d'accès)</source>
        <translation>Alles wat over deze kandidaat bewaard is, in JSON (verzoek tot inzage)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="182" />
        <source>&amp;Anonymiser…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="183" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="231" />
        <source>Exporter les données du candidat</source>
        <translation>Gegevens van de kandidaat exporteren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="242" />
        <source>Anonymiser %n candidat(s) (%1) ? Leurs données personnelles seront effacées sur tous les postes de l'organisation. Cela ne se défait pas.</source>
        <translation>
            <numerusform>%n kandidaat (%1) anonimiseren? De persoonsgegevens worden op alle werkposten van de organisatie gewist. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n kandidaten (%1) anonimiseren? Hun persoonsgegevens worden op alle werkposten van de organisatie gewist. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="252" />
        <source>Anonymisation en cours…</source>
        <translation>Bezig met anonimiseren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="261" />
        <source>%n candidat(s) anonymisé(s)</source>
        <translation>
            <numerusform>%n kandidaat geanonimiseerd</numerusform>
            <numerusform>%n kandidaten geanonimiseerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="286" />
        <source>Exporté : %1</source>
        <translation>Geëxporteerd: %1</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/forms.py" line="135" />
        <source>séparés par des virgules</source>
        <translation>gescheiden door komma's</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="488" />
        <source>Pacte Desktop — premier démarrage</source>
        <translation>Pacte Desktop — eerste opstart</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="537" />
        <source>Création…</source>
        <translation>Aanmaken…</translation>
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
        <translation>&lt; &amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="492" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="493" />
        <source>&amp;Terminer</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="494" />
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="571" />
        <source>Connexion à l'organisation… (vérification de la phrase secrète, réception des données)</source>
        <translation>Verbinden met de organisatie… (wachtzin controleren, gegevens ontvangen)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="583" />
        <source>Rien n'est perdu : corrigez ce qui est indiqué, puis recommencez.</source>
        <translation>Er gaat niets verloren: verbeter wat aangegeven is en probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="588" />
        <source>Aucune organisation à rejoindre à « %1 » : le fichier ORG.json n'y est pas. Vérifiez le dossier ou l'adresse ; l'organisation est d'abord partagée depuis un poste où elle existe (Synchronisation → Configurer…).</source>
        <translation>Geen organisatie om bij aan te sluiten op '%1': het bestand ORG.json staat er niet. Controleer de map of het adres; de organisatie wordt eerst gedeeld vanaf een werkpost waar ze bestaat (Synchronisatie → Instellen…).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="629" />
        <source>Création annulée : rien n'a été enregistré.</source>
        <translation>Aanmaak geannuleerd: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="642" />
        <source>Création des données de démonstration…</source>
        <translation>Demogegevens aanmaken…</translation>
    </message>
</context>
<context>
    <name>FollowUpsEmpty</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="55" />
        <source>Afficher toutes les relances</source>
        <translation>Alle opvolgingen tonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="56" />
        <source>Noter une &amp;démarche…</source>
        <translation>Een &amp;contactmoment noteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="58" />
        <source>Choisir l'employeur dans l'annuaire, puis Noter une démarche (Ctrl+L)</source>
        <translation>Kies de werkgever in de werkgeverslijst en noteer dan een contactmoment (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="64" />
        <source>Aucune relance ne correspond à la recherche.</source>
        <translation>Geen enkele opvolging komt overeen met de zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="67" />
        <source>Aucune relance ouverte. Notez une démarche avec un employeur (un appel, une visite, un e-mail) et la date où y revenir : la relance apparaîtra ici.</source>
        <translation>Geen openstaande opvolgingen. Noteer een contactmoment met een werkgever (een telefoontje, een bezoek, een e-mail) en de datum waarop u erop terugkomt: de opvolging verschijnt dan hier.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_empty.py" line="71" />
        <source>Rien à relancer pour cette période.</source>
        <translation>Niets op te volgen in deze periode.</translation>
    </message>
</context>
<context>
    <name>FollowUpsExportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="54" />
        <source>Exporter les relances</source>
        <translation>Opvolgingen exporteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="56" />
        <source>&amp;Exporter…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="57" />
        <source>&amp;Travailleur :</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="58" />
        <source>Tous les travailleurs</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups_export.py" line="59" />
        <source>Travailleur</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="385" />
        <source>À relancer</source>
        <translation>Op te volgen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="389" />
        <source>Échéance</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="390" />
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="391" />
        <source>Travailleur</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="392" />
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="397" />
        <location filename="../../pacte_desktop/ui/followups.py" line="413" />
        <source>En retard</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="398" />
        <source>Aujourd'hui</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="399" />
        <source>Cette semaine</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="400" />
        <source>Toutes</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="404" />
        <source>&amp;Période :</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="405" />
        <source>Pour &amp;moi</source>
        <translation>Voor &amp;mij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="406" />
        <source>Toute l'&amp;organisation</source>
        <translation>Hele organi&amp;satie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="407" />
        <source>Fai&amp;t</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="408" />
        <source>Marquer les relances choisies comme faites</source>
        <translation>Geselecteerde opvolgingen markeren als gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="409" />
        <source>&amp;Reporter…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="410" />
        <source>Réa&amp;ssigner…</source>
        <translation>&amp;Opnieuw toewijzen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="492" />
        <source>Choisissez l'employeur, puis Noter une démarche (Ctrl+L).</source>
        <translation>Kies de werkgever en noteer dan een contactmoment (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="412" />
        <source>Relances ouvertes</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="591" />
        <location filename="../../pacte_desktop/ui/followups.py" line="593" />
        <source>Relances</source>
        <translation>Opvolgingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="611" />
        <location filename="../../pacte_desktop/ui/followups.py" line="617" />
        <source>%n relance(s) marquée(s) comme faite(s)</source>
        <translation>
            <numerusform>%n opvolging gemarkeerd als gedaan</numerusform>
            <numerusform>%n opvolgingen gemarkeerd als gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="636" />
        <source>%n relance(s) reportée(s) au %1</source>
        <translation>
            <numerusform>%n opvolging uitgesteld tot %1</numerusform>
            <numerusform>%n opvolgingen uitgesteld tot %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="675" />
        <source>%n relance(s) réassignée(s)</source>
        <translation>
            <numerusform>%n opvolging opnieuw toegewezen</numerusform>
            <numerusform>%n opvolgingen opnieuw toegewezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/help.py" line="74" />
        <source>Guide d'utilisation — Pacte Desktop</source>
        <translation>Handleiding — Pacte Desktop</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="268" />
        <location filename="../../pacte_desktop/ui/handover.py" line="558" />
        <location filename="../../pacte_desktop/ui/handover.py" line="663" />
        <source>Passation</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="269" />
        <source>&amp;Travailleur qui part :</source>
        <translation>&amp;Vertrekkende medewerker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="270" />
        <source>— choisir —</source>
        <translation>— kiezen —</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="271" />
        <source>Travailleur qui part</source>
        <translation>Vertrekkende medewerker</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="272" />
        <source>&amp;Ce qu'il ou elle détient :</source>
        <translation>&amp;Wat hij of zij beheert:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="273" />
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="273" />
        <source>Attribué à</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="274" />
        <source>Éléments à transmettre</source>
        <translation>Over te dragen items</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="275" />
        <source>&amp;Destinataires :</source>
        <translation>&amp;Ontvangers:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="276" />
        <source>Destinataires</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="279" />
        <source>Les éléments en « répartition automatique » sont répartis à tour de rôle entre les destinataires ; une relance ou une offre suit son employeur. Double-cliquez sur « Attribué à » pour confier un élément à un destinataire précis.</source>
        <translation>Items op “Automatische verdeling” worden om beurten over de ontvangers verdeeld; een opvolging of vacature volgt haar werkgever. Dubbelklik op “Toegewezen aan” om een item aan een bepaalde ontvanger toe te wijzen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="284" />
        <source>&amp;Appliquer</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="285" />
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="286" />
        <source>Fermer</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="299" />
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="300" />
        <source>Relances ouvertes</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="301" />
        <source>Candidats</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="302" />
        <source>Offres</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="306" />
        <source>Répartition automatique</source>
        <translation>Automatische verdeling</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="481" />
        <source>Choisissez la personne qui quitte l'organisation.</source>
        <translation>Kies de persoon die de organisatie verlaat.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="483" />
        <source>Chargement…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="486" />
        <source>Rien à transmettre : la personne sera seulement marquée comme partie.</source>
        <translation>Niets over te dragen: de persoon wordt alleen als vertrokken gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="564" />
        <source>Confirmer la passation</source>
        <translation>Overdracht bevestigen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="566" />
        <source>Transmettre le portefeuille de %1 à %2 ?

%1 sera marqué(e) comme parti(e) de l'organisation. Cette opération est irréversible.</source>
        <translation>De portefeuille van %1 overdragen aan %2?

%1 wordt gemarkeerd als vertrokken uit de organisatie. Deze bewerking kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="636" />
        <source>%n employeur(s)</source>
        <translation>
            <numerusform>%n werkgever</numerusform>
            <numerusform>%n werkgevers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="637" />
        <source>%n relance(s)</source>
        <translation>
            <numerusform>%n opvolging</numerusform>
            <numerusform>%n opvolgingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="638" />
        <source>%n chercheur(s) d'emploi</source>
        <translation>
            <numerusform>%n werkzoekende</numerusform>
            <numerusform>%n werkzoekenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="639" />
        <source>%n offre(s)</source>
        <translation>
            <numerusform>%n vacature</numerusform>
            <numerusform>%n vacatures</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="642" />
        <source>%1 est marqué(e) comme parti(e) de l'organisation.</source>
        <translation>%1 is gemarkeerd als vertrokken uit de organisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="653" />
        <source>Aucun élément n'était à transmettre.</source>
        <translation>Er waren geen items over te dragen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/handover.py" line="664" />
        <source>Abandonner la passation ? Vos choix seront perdus.</source>
        <translation>De overdracht afbreken? Uw keuzes gaan verloren.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="177" />
        <location filename="../../pacte_desktop/ui/home.py" line="560" />
        <source>Ma journée</source>
        <translation>Mijn dag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="182" />
        <source>Ma journée — %1</source>
        <translation>Mijn dag — %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="189" />
        <location filename="../../pacte_desktop/ui/home.py" line="369" />
        <source>Suivis de mises à l'emploi à faire</source>
        <translation>Op te volgen tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="190" />
        <location filename="../../pacte_desktop/ui/home.py" line="415" />
        <source>Demandes ouvertes des partenaires</source>
        <translation>Open aanvragen van partners</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="191" />
        <source>Mes employeurs récents</source>
        <translation>Mijn recente werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="192" />
        <source>Ouvrir l'annuaire (Ctrl+1)</source>
        <translation>Werkgeverslijst openen (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="195" />
        <source>L'organisation ce mois-ci (%1 %2)</source>
        <translation>De organisatie deze maand (%1 %2)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="199" />
        <source>Mises à l'emploi du mois par type</source>
        <translation>Tewerkstellingen van de maand per soort</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="311" />
        <source>Lecture…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="317" />
        <source>Personne n'est choisi comme travailleur à ce poste : Équipe → Changer de travailleur… (Ctrl+Maj+W).</source>
        <translation>Op deze werkpost is geen medewerker gekozen: Team → Medewerker wisselen… (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="323" />
        <source>À relancer aujourd'hui</source>
        <translation>Vandaag op te volgen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="333" />
        <source>Rien à relancer aujourd'hui. Une relance se prévoit en notant une démarche avec une date de prochaine action, sur la fiche d'un employeur.</source>
        <translation>Vandaag niets op te volgen. Een opvolging plant u door op de fiche van een werkgever een contactmoment te noteren met een datum voor de volgende actie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="339" />
        <source>Tout voir dans « À relancer » (%1)</source>
        <translation>Alles bekijken in « Op te volgen » (%1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="347" />
        <location filename="../../pacte_desktop/ui/home.py" line="386" />
        <source>En retard</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="349" />
        <location filename="../../pacte_desktop/ui/home.py" line="388" />
        <source>aujourd'hui</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="354" />
        <source>Fait</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="354" />
        <source>Marquer la relance faite</source>
        <translation>De opvolging als gedaan markeren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="356" />
        <source>Reporter…</source>
        <translation>Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="359" />
        <source>Noter l'appel…</source>
        <translation>Gesprek noteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="361" />
        <source>Ouvre la fiche pour noter l'appel ; la relance est faite une fois noté</source>
        <translation>Opent de fiche om het gesprek te noteren; zodra het genoteerd is, is de opvolging gedaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="379" />
        <source>suivi à %1 mois</source>
        <translation>opvolging na %1 maanden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="384" />
        <source>depuis le %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="391" />
        <source>Ouvrir…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="391" />
        <source>Noter le résultat du suivi</source>
        <translation>Het resultaat van de opvolging noteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="402" />
        <source>Aucun suivi à faire. Les suivis à 3 et 6 mois des mises à l'emploi de vos candidats apparaissent ici le jour venu.</source>
        <translation>Geen opvolging te doen. De opvolgingen na 3 en 6 maanden van de tewerkstellingen van uw kandidaten verschijnen hier wanneer het zover is.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="408" />
        <source>Tout voir dans « Mises à l'emploi » (%1)</source>
        <translation>Alles bekijken in « Tewerkstellingen » (%1)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="420" />
        <source>Ce poste n'est dans aucun réseau de partenaires. Pour en rejoindre un : Synchronisation → Configurer…</source>
        <translation>Deze werkpost zit in geen enkel partnernetwerk. Om er een te vervoegen: Synchronisatie → Instellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="425" />
        <source>Aucune demande ouverte des partenaires pour l'instant. Elles arrivent avec la synchronisation du réseau (F5).</source>
        <translation>Voorlopig geen open aanvragen van partners. Ze komen binnen met de synchronisatie van het netwerk (F5).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="429" />
        <source>Voir le réseau</source>
        <translation>Netwerk bekijken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="437" />
        <source>postes : %1</source>
        <translation>plaatsen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="441" />
        <source>Du %1 au %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="446" />
        <source>Compétences : %1</source>
        <translation>Vaardigheden: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="449" />
        <source>Langues : %1</source>
        <translation>Talen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/home.py" line="460" />
        <source>répondu : %n candidat(s)</source>
        <translation><numerusform>geantwoord: %n kandidaat</numerusform><numerusform>geantwoord: %n kandidaten</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="465" />
        <source>Répondre…</source>
        <translation>Antwoorden…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="465" />
        <source>Modifier…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="467" />
        <source>Dire à %1 combien de candidats nous pouvons proposer</source>
        <translation>%1 laten weten hoeveel kandidaten we kunnen voorstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="504" />
        <source>Les employeurs que vous ouvrez apparaîtront ici. Cherchez-en un dans l'annuaire, ou créez-le avec Ctrl+N.</source>
        <translation>De werkgevers die u opent, verschijnen hier. Zoek er een in de werkgeverslijst, of maak er een aan met Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="515" />
        <source>Démarches notées</source>
        <translation>Genoteerde contactmomenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="516" />
        <source>Nouveaux employeurs</source>
        <translation>Nieuwe werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="517" />
        <source>Mises à l'emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="525" />
        <source>Mises à l'emploi par type :</source>
        <translation>Tewerkstellingen per soort:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="528" />
        <source>Aucune mise à l'emploi commencée ce mois-ci : elles se notent dans la vue « Mises à l'emploi » (Ctrl+5).</source>
        <translation>Deze maand is nog geen tewerkstelling begonnen: u noteert ze in de weergave « Tewerkstellingen » (Ctrl+5).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="570" />
        <source>Relance marquée comme faite</source>
        <translation>Opvolging als gedaan gemarkeerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="593" />
        <source>Relance reportée au %1</source>
        <translation>Opvolging uitgesteld tot %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/home.py" line="624" />
        <source>Appel noté : relance marquée comme faite</source>
        <translation>Gesprek genoteerd: opvolging als gedaan gemarkeerd</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="88" />
        <source>&amp;Vérifier…</source>
        <translation>&amp;Controleren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="89" />
        <source>Pa&amp;rcourir…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="91" />
        <source>Importer des employeurs</source>
        <translation>Werkgevers importeren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="94" />
        <source>Un fichier Excel ou CSV, une ligne par employeur. Le fichier est d'abord vérifié : rien n'est enregistré avant que vous confirmiez.</source>
        <translation>Een Excel- of CSV-bestand, één rij per werkgever. Het bestand wordt eerst gecontroleerd: er wordt niets opgeslagen voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="98" />
        <source>&amp;Fichier :</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="99" />
        <source>&amp;Correspondance des colonnes (facultatif) :</source>
        <translation>&amp;Kolomkoppeling (optioneel):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="100" />
        <source>P&amp;arcourir…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="101" />
        <source>Fichier</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="102" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="150" />
        <source>Correspondance des colonnes</source>
        <translation>Kolomkoppeling</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="104" />
        <source>Importer les données BCE/KBO</source>
        <translation>KBO-gegevens importeren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="107" />
        <source>L'extrait public de la Banque-Carrefour des Entreprises : le dossier décompressé ou le fichier zip. Les données sont d'abord vérifiées : rien n'est enregistré avant que vous confirmiez.</source>
        <translation>Het openbare uittreksel van de Kruispuntbank van Ondernemingen: de uitgepakte map of het zipbestand. De gegevens worden eerst gecontroleerd: er wordt niets opgeslagen voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="112" />
        <source>&amp;Dossier…</source>
        <translation>&amp;Map…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="113" />
        <source>Fichier &amp;zip…</source>
        <translation>&amp;Zipbestand…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="114" />
        <source>&amp;Extrait :</source>
        <translation>&amp;Uittreksel:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="115" />
        <source>Codes &amp;postaux :</source>
        <translation>&amp;Postcodes:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="116" />
        <source>Séparés par des espaces ou des virgules</source>
        <translation>Gescheiden door spaties of komma's</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="117" />
        <source>Extrait</source>
        <translation>Uittreksel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="118" />
        <source>Codes postaux</source>
        <translation>Postcodes</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="129" />
        <source>Dossier de l'extrait BCE/KBO</source>
        <translation>Map van het KBO-uittreksel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="133" />
        <source>Fichier d'employeurs</source>
        <translation>Werkgeversbestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="135" />
        <source>Tableurs (*.xlsx *.csv);;Tous les fichiers (*)</source>
        <translation>Rekenbladen (*.xlsx *.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="142" />
        <source>Extrait BCE/KBO</source>
        <translation>KBO-uittreksel</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="142" />
        <source>Archives zip (*.zip)</source>
        <translation>Zip-archieven (*.zip)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="152" />
        <source>Correspondances JSON (*.json);;Tous les fichiers (*)</source>
        <translation>JSON-koppelingen (*.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="421" />
        <source>Vérification de l'import</source>
        <extracomment>The person asked to correct the columns (the dialog closes; the controller reopens the mapping step).</extracomment>
        <translation>Controle van de import</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="425" />
        <source>À créer : %1 — à mettre à jour : %2 — inchangés : %3 — rejetés : %4</source>
        <translation>Aan te maken: %1 — bij te werken: %2 — ongewijzigd: %3 — geweigerd: %4</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="432" />
        <source>Les lignes rejetées ne seront pas importées.</source>
        <translation>De geweigerde rijen worden niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="435" />
        <source>Colonnes ignorées : %1</source>
        <translation>Genegeerde kolommen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="437" />
        <source>Rien à importer.</source>
        <translation>Niets te importeren.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="439" />
        <source>Employeurs à mettre à &amp;jour :</source>
        <translation>Bij te &amp;werken werkgevers:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Employeur</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Avant</source>
        <translation>Voordien</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <source>Après</source>
        <translation>Nadien</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="443" />
        <source>Employeurs à mettre à jour</source>
        <translation>Bij te werken werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="444" />
        <source>Lignes &amp;rejetées :</source>
        <translation>&amp;Geweigerde rijen:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Ligne</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="441" />
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Champ</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="447" />
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="449" />
        <source>Lignes rejetées</source>
        <translation>Geweigerde rijen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="450" />
        <source>&amp;Importer</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/import_dialogs.py" line="451" />
        <source>&amp;Colonnes…</source>
        <translation>&amp;Kolommen…</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="355" />
        <source>Rejoindre mon organisation</source>
        <translation>Bij mijn organisatie aansluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="358" />
        <source>Les postes de votre organisation partagent un dossier (partage réseau, dossier synchronisé) ou un serveur WebDAV. Indiquez lequel, avec la phrase secrète de l'organisation : ce poste reçoit toutes ses données.</source>
        <translation>De werkposten van uw organisatie delen een map (netwerkshare, gesynchroniseerde map) of een WebDAV-server. Geef aan welke, met de wachtzin van de organisatie: deze werkpost ontvangt al haar gegevens.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="364" />
        <source>&amp;Phrase secrète :</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="365" />
        <source>Phrase secrète de l'organisation</source>
        <translation>Wachtzin van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="368" />
        <source>Celle de l'organisation, choisie sur le premier poste ; elle est vérifiée avec les clés de l'organisation. Elle n'est pas enregistrée sur ce poste.</source>
        <translation>Die van de organisatie, gekozen op de eerste werkpost; ze wordt gecontroleerd met de sleutels van de organisatie. Ze wordt niet op deze werkpost opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="372" />
        <source>&amp;Votre nom *</source>
        <translation>&amp;Uw naam *</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="373" />
        <source>Votre nom</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="376" />
        <source>Si l'organisation a déjà un travailleur de ce nom (vous, sur un autre poste, ou un collègue dont vous reprenez le poste), ce poste travaille sous ce nom ; sinon, un nouveau travailleur est créé.</source>
        <translation>Heeft de organisatie al een medewerker met deze naam (uzelf, op een andere werkpost, of een collega wiens plaats u overneemt), dan werkt deze werkpost onder die naam; anders wordt een nieuwe medewerker aangemaakt.</translation>
    </message>
</context>
<context>
    <name>LegalFormInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/legal_form.py" line="49" />
        <source>choisir ou taper (SRL, ASBL…)</source>
        <translation>kiezen of typen (BV, VZW…)</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="114" />
        <source>Un dossier (disque, partage réseau, dossier synchronisé)</source>
        <translation>Een map (schijf, netwerkshare, gesynchroniseerde map)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="116" />
        <source>Un serveur WebDAV (Nextcloud…)</source>
        <translation>Een WebDAV-server (Nextcloud…)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="117" />
        <source>Parcourir…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="118" />
        <source>Adresse :</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="119" />
        <source>Utilisateur :</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="120" />
        <source>Mot de passe :</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="123" />
        <source>Le mot de passe WebDAV n'est pas enregistré : il sera redemandé après un redémarrage de Pacte Desktop.</source>
        <translation>Het WebDAV-wachtwoord wordt niet opgeslagen: het wordt opnieuw gevraagd na een herstart van Pacte Desktop.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="136" />
        <source>Choisir le dossier</source>
        <translation>Map kiezen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="145" />
        <source>Choisissez un dossier.</source>
        <translation>Kies een map.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="147" />
        <source>Ce dossier n'existe pas (ou n'est pas accessible) : %1</source>
        <translation>Deze map bestaat niet (of is niet bereikbaar): %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="152" />
        <source>L'adresse WebDAV commence par https:// (ou http://).</source>
        <translation>Het WebDAV-adres begint met https:// (of http://).</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="272" />
        <source>É&amp;dition</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="273" />
        <source>É&amp;quipe</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="274" />
        <source>S&amp;ynchronisation</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="275" />
        <source>&amp;Langue</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="276" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="277" />
        <source>&amp;Nouveau…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="278" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="279" />
        <source>Enregistrer une &amp;sauvegarde…</source>
        <translation>&amp;Back-up opslaan…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="280" />
        <source>&amp;Quitter</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="281" />
        <source>&amp;Changer de travailleur…</source>
        <translation>&amp;Medewerker wisselen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="282" />
        <source>&amp;Ajouter un travailleur…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="283" />
        <source>&amp;Passation (départ d'un travailleur)…</source>
        <translation>&amp;Overdracht (vertrek van een medewerker)…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="284" />
        <source>À &amp;propos de Pacte Desktop</source>
        <translation>&amp;Over Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="285" />
        <source>&amp;Guide d'utilisation</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="286" />
        <source>&amp;Doublons d'employeurs…</source>
        <translation>&amp;Dubbele werkgevers…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="288" />
        <source>Rechercher… (Ctrl+F)</source>
        <translation>Zoeken… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="289" />
        <source>Rechercher</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="290" />
        <source>Vues</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="291" />
        <source>Annuler</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="292" />
        <source>Annuler la dernière action</source>
        <translation>Laatste actie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="402" />
        <source>Travailleur changé</source>
        <translation>Medewerker gewisseld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="409" />
        <source>Ajouter un travailleur</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="409" />
        <source>Nom :</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="416" />
        <source>%1 ajouté(e)</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="436" />
        <source>Enregistrer une sauvegarde</source>
        <translation>Back-up opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="438" />
        <source>Base Pacte (*.sqlite)</source>
        <translation>Pacte-database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="447" />
        <source>Sauvegarde enregistrée : %1</source>
        <translation>Back-up opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="541" />
        <source>Annuler : %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/main_window.py" line="550" />
        <source>Action annulée</source>
        <translation>Actie ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="81" />
        <source>Membres (%n en attente)</source>
        <translation><numerusform>Leden (%n wacht)</numerusform><numerusform>Leden (%n wachten)</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="82" />
        <source>Membres</source>
        <translation>Leden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="89" />
        <source>Admettre…</source>
        <translation>Toelaten…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="91" />
        <source>Admettre l'organisation choisie : ses partenaires liront ses fiches</source>
        <translation>De gekozen organisatie toelaten: haar partners zullen haar fiches lezen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="93" />
        <source>Retirer du réseau…</source>
        <translation>Uit het netwerk verwijderen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="95" />
        <source>Retirer l'organisation choisie : ses partenaires effacent ses fiches</source>
        <translation>De gekozen organisatie verwijderen: haar partners wissen haar fiches</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="107" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="108" />
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="109" />
        <source>Empreinte de clé</source>
        <translation>Sleutelvingerafdruk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="110" />
        <source>Dernier fichier reçu</source>
        <translation>Laatst ontvangen bestand</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="115" />
        <source>admise</source>
        <translation>toegelaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="116" />
        <source>en attente d'admission</source>
        <translation>wacht op toelating</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="117" />
        <source>retirée</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="120" />
        <source> · coordination</source>
        <translation> · coördinatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="122" />
        <source> · notre organisation</source>
        <translation> · onze organisatie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="173" />
        <source>%n organisation(s) attendent votre admission.</source>
        <translation><numerusform>%n organisatie wacht op uw toelating.</numerusform><numerusform>%n organisaties wachten op uw toelating.</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="177" />
        <source>La coordination du réseau admet et retire les organisations membres.</source>
        <translation>De coördinatie van het netwerk laat lidorganisaties toe en verwijdert ze.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="204" />
        <location filename="../../pacte_desktop/ui/network_members.py" line="242" />
        <source>Membres du réseau</source>
        <translation>Leden van het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="218" />
        <source>Admettre « %1 » dans le réseau ? Ses partenaires liront les fiches qu'elle publie.

Vérifiez d'abord avec elle l'empreinte de sa clé : %2</source>
        <translation>'%1' in het netwerk toelaten? Haar partners zullen de fiches lezen die ze publiceert.

Controleer eerst samen met haar de vingerafdruk van haar sleutel: %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_members.py" line="223" />
        <source>Retirer « %1 » du réseau ? Ses partenaires ne liront plus ses fiches et effaceront celles qu'ils ont reçues. (Empreinte de sa clé : %2)</source>
        <translation>'%1' uit het netwerk verwijderen? Haar partners lezen haar fiches niet meer en wissen de fiches die ze ontvingen. (Vingerafdruk van haar sleutel: %2)</translation>
    </message>
</context>
<context>
    <name>NaceInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/nace.py" line="48" />
        <source>code ou activité (ex. 56.111, boulangerie)</source>
        <translation>code of activiteit (bv. 56.111, bakkerij)</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="392" />
        <source>Le réseau des partenaires (facultatif)</source>
        <translation>Het partnernetwerk (optioneel)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="395" />
        <source>Les organisations partenaires du pacte partagent un autre dossier, où chacune publie seulement ce que la charte de partage permet. Jamais de candidats ni de mises à l'emploi individuels.</source>
        <translation>De partnerorganisaties van het pact delen een andere map, waarin elk alleen publiceert wat het deelcharter toelaat. Nooit individuele kandidaten of tewerkstellingen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="400" />
        <source>Rejoindre un réseau de partenaires</source>
        <translation>Aansluiten bij een partnernetwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="403" />
        <source>Déjà configuré : %1</source>
        <translation>Al ingesteld: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="406" />
        <source>Rejoindre le réseau existant (membre)</source>
        <translation>Aansluiten bij het bestaande netwerk (lid)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="407" />
        <source>Créer le réseau (organisation coordinatrice)</source>
        <translation>Het netwerk aanmaken (coördinerende organisatie)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="408" />
        <source>Nom du réseau :</source>
        <translation>Naam van het netwerk:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="409" />
        <source>Pacte pour l'emploi de Saint-Gilles</source>
        <translation>Tewerkstellingspact van Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="410" />
        <source>Phrase secrète du réseau :</source>
        <translation>Wachtzin van het netwerk:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="411" />
        <source>Encore une fois :</source>
        <translation>Nog een keer:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="414" />
        <source>Celle que l'organisation coordinatrice a communiquée aux partenaires ; à la création du réseau, tapez-la deux fois.</source>
        <translation>Die welke de coördinerende organisatie aan de partners heeft meegedeeld; typ ze twee keer bij het aanmaken van het netwerk.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="419" />
        <source>Phrase secrète de votre organisation (pour inscrire ce poste au réseau) :</source>
        <translation>Wachtzin van uw organisatie (om deze werkpost bij het netwerk in te schrijven):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="447" />
        <source>Saisissez la phrase secrète de votre organisation.</source>
        <translation>Typ de wachtzin van uw organisatie.</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="203" />
        <source>Réseau</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="210" />
        <source>N° BCE</source>
        <translation>KBO-nr.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="211" />
        <source>Secteur (NACE)</source>
        <translation>Sector (NACE)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="206" />
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="116" />
        <source>Publics</source>
        <translation>Publiek</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="118" />
        <source>Demandes</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="212" />
        <source>Connu de</source>
        <translation>Gekend bij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="213" />
        <source>Dernier contact d'un partenaire</source>
        <translation>Laatste contact van een partner</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="217" />
        <source>Toutes les organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="218" />
        <location filename="../../pacte_desktop/ui/network.py" line="219" />
        <source>Organisation partenaire</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="221" />
        <source>Fiches des partenaires, en lecture seule : elles leur appartiennent.</source>
        <translation>Fiches van de partners, alleen-lezen: ze zijn van hen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="224" />
        <source>Un employeur que nous connaissons aussi s'ouvre sur notre fiche (Entrée)</source>
        <translation>Een werkgever die wij ook kennen, opent op onze fiche (Enter)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="291" />
        <source>Nous</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="363" />
        <source>Fiche d'un partenaire : nous ne connaissons pas cet employeur.</source>
        <translation>Fiche van een partner: wij kennen deze werkgever niet.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="371" />
        <source>Aucune fiche partenaire reçue pour l'instant.</source>
        <translation>Nog geen partnerfiches ontvangen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network.py" line="374" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>Deze werkpost is niet aangesloten bij een partnernetwerk. Menu Synchronisatie → Instellen… om aan te sluiten.</translation>
    </message>
</context>
<context>
    <name>NextStepLabel</name>
    <message>
        <location filename="../../pacte_desktop/ui/next_step.py" line="32" />
        <location filename="../../pacte_desktop/ui/next_step.py" line="33" />
        <source>Prochaine étape</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/next_step.py" line="34" />
        <source>ce qu'il faudra faire à la relance</source>
        <translation>wat er bij de opvolging moet gebeuren</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="431" />
        <source>Offres et demandes</source>
        <translation>Vacatures en aanvragen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="435" />
        <source>Partagée</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="452" />
        <source>Demandes de profils seulement</source>
        <translation>Alleen profielaanvragen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="453" />
        <source>Relayer au réseau</source>
        <translation>Doorsturen naar het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="456" />
        <source>Relayer la demande de profils choisie aux partenaires du réseau : ils la verront et diront combien de candidats ils peuvent proposer</source>
        <translation>De gekozen profielaanvraag doorsturen naar de partners van het netwerk: ze zien ze en zeggen hoeveel kandidaten ze kunnen voorstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="482" />
        <source>« %1 » relayée au réseau : elle part à la prochaine synchronisation.</source>
        <translation>'%1' doorgestuurd naar het netwerk: ze vertrekt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="508" />
        <source>Aucune offre ni demande pour l'instant. Notez la première offre d'emploi ou de stage d'un employeur, ou sa demande de profils : vous la retrouverez ici, et vous pourrez la partager avec vos partenaires.</source>
        <translation>Nog geen vacatures of aanvragen. Noteer de eerste vacature of stageplaats van een werkgever, of zijn profielaanvraag: u vindt ze hier terug en u kunt ze delen met uw partners.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="512" />
        <source>&amp;Nouvelle offre…</source>
        <translation>&amp;Nieuwe vacature…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="517" />
        <source>Offre archivée</source>
        <translation>Vacature gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="518" />
        <source>%1 offres archivées</source>
        <translation>%1 vacatures gearchiveerd</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="281" />
        <source>Les postes de l'organisation</source>
        <translation>De werkposten van de organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="284" />
        <source>Les postes de votre organisation partagent un dossier : un partage réseau, un dossier synchronisé (Nextcloud, Dropbox, Syncthing) ou un serveur WebDAV. Tout y est chiffré avec la phrase secrète de l'organisation. Un dossier vide : l'organisation y est créée ; un dossier déjà utilisé : ce poste le rejoint.</source>
        <translation>De werkposten van uw organisatie delen een map: een netwerkshare, een gesynchroniseerde map (Nextcloud, Dropbox, Syncthing) of een WebDAV-server. Alles wordt er versleuteld met de wachtzin van de organisatie. Een lege map: de organisatie wordt er aangemaakt; een map die al gebruikt wordt: deze werkpost sluit erbij aan.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="290" />
        <source>Synchroniser les postes de l'organisation</source>
        <translation>De werkposten van de organisatie synchroniseren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="293" />
        <source>Déjà configuré : %1</source>
        <translation>Al ingesteld: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="296" />
        <source>Phrase secrète :</source>
        <translation>Wachtzin:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="297" />
        <source>Encore une fois :</source>
        <translation>Nog een keer:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="300" />
        <source>À la création, tapez-la deux fois : au moins %1 caractères variés, ni le nom de l'organisation ni un mot de passe courant (par exemple quatre mots sans lien). Gardez-la en lieu sûr : sans elle, aucun nouveau poste ne peut rejoindre l'organisation. Elle n'est pas enregistrée sur ce poste.</source>
        <translation>Typ ze bij het aanmaken twee keer: minstens %1 gevarieerde tekens, niet de naam van de organisatie en geen veelgebruikt wachtwoord (bijvoorbeeld vier woorden zonder verband). Bewaar ze op een veilige plaats: zonder haar kan geen nieuwe werkpost bij de organisatie aansluiten. Ze wordt niet op deze werkpost bewaard.</translation>
    </message>
</context>
<context>
    <name>PartLabels</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="90" />
        <source>Langues</source>
        <extracomment>The parts in the order the table and the preview show them (skills last: free words). The values of each part in their natural order (None: alphabetical, the skills). The levels a search offers ("none or higher" would be everyone).</extracomment>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="91" />
        <source>Niveau de qualification</source>
        <translation>Kwalificatieniveau</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="92" />
        <source>Disponibilité</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="93" />
        <source>Domicile</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="94" />
        <source>Compétences</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="95" />
        <source>Candidats actifs</source>
        <translation>Actieve kandidaten</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/phone.py" line="37" />
        <source>ex. 02 536 12 34</source>
        <translation>bv. 02 536 12 34</translation>
    </message>
</context>
<context>
    <name>PlacementsReportDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="73" />
        <source>Rapport des mises à l'emploi</source>
        <translation>Rapport over de tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="75" />
        <source>&amp;Du :</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="76" />
        <source>&amp;Au :</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="77" />
        <source>&amp;Langue du rapport :</source>
        <translation>Taal van het &amp;rapport:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="81" />
        <source>Formats :</source>
        <translation>Formaten:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="82" />
        <source>Rapport &amp;PDF</source>
        <translation>&amp;PDF-rapport</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="83" />
        <source>Chiffres &amp;Excel</source>
        <translation>&amp;Excel-cijfers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="89" />
        <source>La fin de la période précède son début.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/placements_report.py" line="91" />
        <source>Choisissez au moins un format.</source>
        <translation>Kies minstens één formaat.</translation>
    </message>
</context>
<context>
    <name>PlacementsView</name>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="634" />
        <source>Mises à l'emploi</source>
        <translation>Tewerkstellingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="640" />
        <source>Début</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="641" />
        <source>Fin</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="658" />
        <source>Aucune mise à l'emploi pour l'instant. Notez la première quand un candidat commence chez un employeur : les suivis à 3 et 6 mois vous seront rappelés.</source>
        <translation>Nog geen tewerkstellingen. Noteer de eerste wanneer een kandidaat bij een werkgever begint: u krijgt dan een herinnering voor de opvolging na 3 en 6 maanden.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="661" />
        <source>&amp;Nouvelle mise à l'emploi…</source>
        <translation>&amp;Nieuwe tewerkstelling…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="666" />
        <source>Mise à l'emploi archivée</source>
        <translation>Tewerkstelling gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="667" />
        <source>%1 mises à l'emploi archivées</source>
        <translation>%1 tewerkstellingen gearchiveerd</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="250" />
        <source>Reporter la relance</source>
        <translation>Opvolging uitstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="251" />
        <source>Nouvelle date :</source>
        <translation>Nieuwe datum:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/followups.py" line="252" />
        <source>Nouvelle date</source>
        <translation>Nieuwe datum</translation>
    </message>
</context>
<context>
    <name>PublicsTab</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="234" />
        <source>Le public de chaque partenaire : ses candidats actifs comptés critère par critère. Un nombre inférieur à 5 n'est pas publié (« &lt; 5 ») et aucune combinaison de critères ne l'est : personne ne peut être reconnu.</source>
        <translation>Het publiek van elke partner: zijn actieve kandidaten, per criterium geteld. Een aantal kleiner dan 5 wordt niet gepubliceerd (‘&lt; 5’) en een combinatie van criteria evenmin: niemand kan herkend worden.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="239" />
        <source>Qui peut avoir des candidats…</source>
        <translation>Wie kan kandidaten hebben…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="240" />
        <source>Le public des partenaires</source>
        <translation>Het publiek van de partners</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="241" />
        <source>Parlant :</source>
        <translation>Die spreken:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="243" />
        <source>habitant Saint-Gilles</source>
        <translation>wonend in Sint-Gillis</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="246" />
        <source>Tout niveau</source>
        <translation>Elk niveau</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="247" />
        <location filename="../../pacte_desktop/ui/network_publics.py" line="410" />
        <source>%1 ou plus</source>
        <translation>%1 of hoger</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="249" />
        <source>Niveau de qualification (ce niveau ou un plus élevé)</source>
        <translation>Kwalificatieniveau (dit niveau of hoger)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="250" />
        <source>Disponibles au plus tard…</source>
        <translation>Uiterlijk beschikbaar…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="253" />
        <source>Toute disponibilité</source>
        <translation>Elke beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="257" />
        <source>Une compétence publiée par un partenaire</source>
        <translation>Een vaardigheid die een partner publiceerde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="260" />
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="261" />
        <source>Candidats actifs</source>
        <translation>Actieve kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="262" />
        <source>Par critère</source>
        <translation>Per criterium</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="263" />
        <source>Réunissant tous les critères</source>
        <translation>Die aan alle criteria voldoen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="281" />
        <source>Toute compétence</source>
        <translation>Elke vaardigheid</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="322" />
        <source>Aucun partenaire n'a encore publié le profil de son public.</source>
        <translation>Nog geen enkele partner heeft het profiel van zijn publiek gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="325" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>Deze werkpost is niet aangesloten bij een partnernetwerk. Menu Synchronisatie → Instellen… om aan te sluiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_publics.py" line="388" />
        <source>au plus %n (peut-être aucun)</source>
        <translation>
            <numerusform>hoogstens %n (misschien geen)</numerusform>
            <numerusform>hoogstens %n (misschien geen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="394" />
        <source>Choisissez des critères : les partenaires qui comptent 5 candidats ou plus pour chacun s'affichent ici.</source>
        <translation>Kies criteria: de partners die voor elk ervan 5 of meer kandidaten tellen, verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="399" />
        <source>Aucun partenaire ne compte 5 candidats ou plus pour chacun de ces critères.</source>
        <translation>Geen enkele partner telt 5 of meer kandidaten voor elk van deze criteria.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_publics.py" line="403" />
        <source>Chaque nombre compte les candidats d'un critère ; au plus le plus petit réunit tous les critères, peut-être aucun : demandez au partenaire.</source>
        <translation>Elk getal telt de kandidaten van één criterium; hoogstens het kleinste voldoet aan alle criteria, misschien geen enkele: vraag het de partner.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="247" />
        <source>Nouvelle offre ou demande de profils</source>
        <translation>Nieuwe vacature of profielaanvraag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="248" />
        <source>Nouveau candidat</source>
        <translation>Nieuwe kandidaat</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="249" />
        <source>Nouvelle mise à l'emploi</source>
        <translation>Nieuwe tewerkstelling</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="252" />
        <source>Offre : %1</source>
        <translation>Vacature: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="253" />
        <source>Candidat : %1</source>
        <translation>Kandidaat: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="254" />
        <source>Mise à l'emploi : %1</source>
        <translation>Tewerkstelling: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="258" />
        <source>Nouvel enregistrement : %1</source>
        <translation>Nieuw record: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="265" />
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="272" />
        <source>Partager avec le réseau</source>
        <translation>Delen met het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="268" />
        <source>Les partenaires verront le type, l'intitulé, le nombre de postes, le profil demandé, les dates et le statut ; jamais les notes internes.</source>
        <translation>De partners zien de soort, de titel, het aantal plaatsen, het gevraagde profiel, de data en de status; nooit de interne notities.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="275" />
        <source>Données privées de l'organisation : jamais partagées. Utilisez un code pseudonyme, pas le nom de la personne.</source>
        <translation>Privégegevens van de organisatie: worden nooit gedeeld. Gebruik een pseudonieme code, niet de naam van de persoon.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="279" />
        <source>Enregistrer</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="280" />
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="281" />
        <source>Annuler</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="341" />
        <source>Erreur</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="356" />
        <source>Modifications non enregistrées</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/record_dialog.py" line="357" />
        <source>Abandonner les modifications non enregistrées ?</source>
        <translation>Niet-opgeslagen wijzigingen verwerpen?</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/records.py" line="201" />
        <source>%n enregistrement(s) archivé(s)</source>
        <translation>
            <numerusform>%n record gearchiveerd</numerusform>
            <numerusform>%n records gearchiveerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="240" />
        <source>Tous</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="205" />
        <location filename="../../pacte_desktop/ui/records.py" line="246" />
        <source>Nouveau…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="247" />
        <source>Nouveau (Ctrl+N)</source>
        <translation>Nieuw (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="248" />
        <location filename="../../pacte_desktop/ui/records.py" line="251" />
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="249" />
        <location filename="../../pacte_desktop/ui/records.py" line="252" />
        <source>Archiver</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/records.py" line="250" />
        <source>Archiver (Suppr) ; peut être annulé</source>
        <translation>Archiveren (Delete); kan ongedaan worden gemaakt</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="203" />
        <source>Exporter l'&amp;annuaire…</source>
        <translation>&amp;Werkgeversgids exporteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="204" />
        <source>Exporter les &amp;relances…</source>
        <translation>&amp;Opvolgingen exporteren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="205" />
        <source>Rapport des &amp;mises à l'emploi…</source>
        <translation>&amp;Rapport over de tewerkstellingen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="206" />
        <source>&amp;Importer des employeurs…</source>
        <translation>Werkgevers &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="207" />
        <source>Importer les données &amp;BCE/KBO…</source>
        <translation>&amp;KBO-gegevens importeren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="208" />
        <source>Imports &amp;précédents…</source>
        <translation>&amp;Vorige imports…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="209" />
        <source>Ouvrir</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="210" />
        <source>Ouvrir le fichier exporté</source>
        <translation>Het geëxporteerde bestand openen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="217" />
        <source>Pacte Desktop</source>
        <translation>Pacte Desktop</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="228" />
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="229" />
        <source>Document PDF (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="267" />
        <source>Opération annulée</source>
        <translation>Bewerking geannuleerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="402" />
        <source>Import terminé : %1, %2, %3</source>
        <translation>Import voltooid: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="403" />
        <source>%n créé(s)</source>
        <translation>
            <numerusform>%n aangemaakt</numerusform>
            <numerusform>%n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="404" />
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="405" />
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="82" />
        <source>Exporter l'annuaire</source>
        <translation>Werkgeversgids exporteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="127" />
        <source>Export de l'annuaire…</source>
        <extracomment>The exports of the menus, by kind (the kind names them in ``finished``/``failed`` too).</extracomment>
        <translation>Werkgeversgids wordt geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="128" />
        <source>Annuaire exporté : %1 employeurs dans %2</source>
        <translation>Werkgeversgids geëxporteerd: %1 werkgevers in %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="90" />
        <source>Exporter les relances</source>
        <translation>Opvolgingen exporteren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="133" />
        <source>Export des relances…</source>
        <translation>Opvolgingen worden geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="134" />
        <source>Relances exportées : %1 dans %2</source>
        <translation>Opvolgingen geëxporteerd: %1 in %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="104" />
        <source>Rapport des mises à l'emploi (PDF)</source>
        <translation>Rapport over de tewerkstellingen (PDF)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="110" />
        <source>Chiffres des mises à l'emploi (Excel)</source>
        <translation>Cijfers over de tewerkstellingen (Excel)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="139" />
        <source>Rapport des mises à l'emploi…</source>
        <translation>Rapport over de tewerkstellingen wordt opgemaakt…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="140" />
        <source>Rapport établi : %1 mises à l'emploi, %2</source>
        <translation>Rapport opgemaakt: %1 tewerkstellingen, %2</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="350" />
        <source>Vérification de « %1 »…</source>
        <translation>‘%1’ wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="366" />
        <source>Fichier : %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="401" />
        <source>Import terminé</source>
        <translation>Import voltooid</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="409" />
        <source>« Fichier › Imports précédents » permet de l'annuler.</source>
        <translation>Via ‘Bestand › Vorige imports’ kunt u hem ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="417" />
        <source>Import de « %1 »…</source>
        <translation>‘%1’ wordt geïmporteerd…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/exports.py" line="426" />
        <source>Import annulé</source>
        <translation>Import ongedaan gemaakt</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="147" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="166" />
        <source>Demande</source>
        <extracomment>What ``context.changed`` announces that may change the tab. The longest message an answer takes (as the entity allows).</extracomment>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="148" />
        <location filename="../../pacte_desktop/ui/network_requests.py" line="167" />
        <source>Employeur</source>
        <translation>Werkgever</translation>
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
        <translation>Tegen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="151" />
        <source>Proposés / demandés</source>
        <translation>Voorgesteld / gevraagd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="152" />
        <source>Réponses</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="157" />
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="158" />
        <source>Candidats</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="159" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="160" />
        <source>Le</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="165" />
        <source>Relayée par</source>
        <translation>Doorgestuurd door</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="168" />
        <source>Postes</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="171" />
        <source>Notre réponse</source>
        <translation>Ons antwoord</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="175" />
        <source>Nos demandes relayées au réseau</source>
        <translation>Onze aanvragen doorgestuurd naar het netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="176" />
        <source>Demandes des partenaires</source>
        <translation>Aanvragen van partners</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="177" />
        <source>Clôturer…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="179" />
        <source>Clôturer la demande choisie : pourvue, partiellement pourvue ou expirée</source>
        <translation>De gekozen aanvraag afsluiten: ingevuld, gedeeltelijk ingevuld of verlopen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="181" />
        <source>Répondre…</source>
        <translation>Antwoorden…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="183" />
        <source>Dire au partenaire combien de candidats nous pouvons proposer</source>
        <translation>De partner laten weten hoeveel kandidaten we kunnen voorstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="187" />
        <source>Une réponse dit combien de candidats nous pouvons proposer, jamais qui : aucun nom dans le message.</source>
        <translation>Een antwoord zegt hoeveel kandidaten we kunnen voorstellen, nooit wie: geen naam in het bericht.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="261" />
        <source>Aucune demande relayée. Une demande de profils d'un employeur se relaie depuis « Offres et demandes » : Relayer au réseau.</source>
        <translation>Geen doorgestuurde aanvragen. Een profielaanvraag van een werkgever stuurt u door vanuit 'Vacatures en aanvragen': Doorsturen naar het netwerk.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="271" />
        <source>Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → Configurer… pour le rejoindre.</source>
        <translation>Deze werkpost is niet aangesloten bij een partnernetwerk. Menu Synchronisatie → Instellen… om aan te sluiten.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="276" />
        <source>Aucune demande des partenaires pour l'instant. Elles arrivent avec la synchronisation du réseau (F5).</source>
        <translation>Nog geen aanvragen van partners. Ze komen binnen met de synchronisatie van het netwerk (F5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="309" />
        <source>%n candidat(s)</source>
        <translation><numerusform>%n kandidaat</numerusform><numerusform>%n kandidaten</numerusform></translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="309" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="331" />
        <source>Choisissez une demande pour voir les réponses des partenaires.</source>
        <translation>Kies een aanvraag om de antwoorden van de partners te zien.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/network_requests.py" line="353" />
        <source>« %1 » : candidats proposés : %2 sur %3 demandés.</source>
        <translation>'%1': voorgestelde kandidaten: %2 van %3 gevraagd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="358" />
        <source>%n réponse(s) reçue(s).</source>
        <translation><numerusform>%n antwoord ontvangen.</numerusform><numerusform>%n antwoorden ontvangen.</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="86" />
        <source>quotidienne</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="88" />
        <source>avant une restauration</source>
        <translation>vóór een terugzetting</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="90" />
        <source>avant une mise à jour</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="92" />
        <source>à la demande</source>
        <translation>op verzoek</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="96" />
        <source>Base de données endommagée</source>
        <translation>Beschadigde databank</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="99" />
        <source>La base de données de ce poste est endommagée ({problem}). Choisissez une sauvegarde à restaurer : la base endommagée est mise de côté, pas effacée.</source>
        <translation>De databank van deze werkpost is beschadigd ({problem}). Kies een back-up om terug te zetten: de beschadigde databank wordt opzijgezet, niet gewist.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="104" />
        <source>La base de données de ce poste est endommagée ({problem}) et aucune sauvegarde n'a été trouvée dans {folder}.</source>
        <translation>De databank van deze werkpost is beschadigd ({problem}) en er is geen back-up gevonden in {folder}.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="112" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="113" />
        <source>Raison</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="114" />
        <source>Employeurs</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="115" />
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="116" />
        <source>Interactions</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="117" />
        <source>Vérifiée</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="128" />
        <source>oui</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="128" />
        <source>non</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/restore.py" line="138" />
        <source>&amp;Restaurer cette sauvegarde</source>
        <translation>Deze back-up &amp;terugzetten</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="508" />
        <source>Configuration</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="523" />
        <source>Configuration en cours… (vérification du dossier, clés, première synchronisation)</source>
        <translation>Bezig met instellen… (controle van de map, sleutels, eerste synchronisatie)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="540" />
        <source>Rien n'est perdu : revenez en arrière pour corriger, puis recommencez.</source>
        <translation>Er gaat niets verloren: ga terug om te verbeteren en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="470" />
        <source>Ce que nous partageons</source>
        <translation>Wat we delen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="471" />
        <source>J'ai vérifié ce qui sera partagé avec les partenaires</source>
        <translation>Ik heb nagekeken wat met de partners gedeeld wordt</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="142" />
        <source>Fiches et champs</source>
        <translation>Fiches en velden</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="142" />
        <source>Ce qui part</source>
        <translation>Wat vertrekt</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="148" />
        <source>seulement des totaux (moins de 5 : masqués)</source>
        <translation>alleen totalen (minder dan 5: verborgen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="150" />
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="176" />
        <source>%n fiche(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="171" />
        <source>Charte de partage version %1. Ces champs quittent l'organisation vers les partenaires, chiffrés ; les fiches marquées « ne pas partager » et les fiches archivées restent ici. Au total : %2.</source>
        <translation>Deelcharter versie %1. Deze velden verlaten de organisatie, versleuteld, naar de partners; fiches gemarkeerd als 'niet delen' en gearchiveerde fiches blijven hier. In totaal: %2.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="153" />
        <source>rien</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="99" />
        <source>Le profil de notre public, tel qu'il sera publié</source>
        <translation>Het profiel van ons publiek, zoals het gepubliceerd wordt</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Critère</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Valeur</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="105" />
        <source>Candidats actifs</source>
        <translation>Actieve kandidaten</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="124" />
        <source>Seulement des nombres de candidats actifs, critère par critère, jamais croisés ; moins de 5 : non publié (« &lt; 5 »).</source>
        <translation>Alleen aantallen actieve kandidaten, per criterium, nooit gekruist; minder dan 5: niet gepubliceerd (‘&lt; 5’).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="129" />
        <source>Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou ont changé depuis : encore %n changement(s) avant le suivant.</source>
        <translation>
            <numerusform>Dit profiel blijft gepubliceerd zolang er sindsdien minder dan 5 kandidaten bijkwamen, vertrokken of veranderden: nog %n wijziging vóór het volgende.</numerusform>
            <numerusform>Dit profiel blijft gepubliceerd zolang er sindsdien minder dan 5 kandidaten bijkwamen, vertrokken of veranderden: nog %n wijzigingen vóór het volgende.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="135" />
        <source>C'est le profil que nos partenaires ont reçu.</source>
        <translation>Dit is het profiel dat onze partners ontvingen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="137" />
        <source>Ce profil partira au prochain passage de la synchronisation.</source>
        <translation>Dit profiel vertrekt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="159" />
        <source>part</source>
        <translation>gaat weg</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="159" />
        <source>reste</source>
        <translation>blijft</translation>
    </message>
</context>
<context>
    <name>StrengthLabel</name>
    <message>
        <location filename="../../pacte_desktop/ui/passphrase.py" line="65" />
        <source>Phrase secrète solide.</source>
        <translation>Sterke wachtzin.</translation>
    </message>
</context>
<context>
    <name>SwitchWorkerDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="680" />
        <source>Changer de travailleur</source>
        <translation>Medewerker wisselen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="681" />
        <source>&amp;Qui travaille sur ce poste ?</source>
        <translation>&amp;Wie werkt op deze computer?</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/wizard.py" line="686" />
        <source>%1 (actuel)</source>
        <translation>%1 (huidig)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="148" />
        <source>&amp;Synchroniser</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="149" />
        <source>Synchroniser maintenant (F5)</source>
        <translation>Nu synchroniseren (F5)</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="150" />
        <source>&amp;Conflits…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="151" />
        <source>C&amp;onfigurer…</source>
        <translation>&amp;Instellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="152" />
        <source>Ce que nous &amp;partageons…</source>
        <translation>Wat we &amp;delen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="153" />
        <source>&amp;Appareils…</source>
        <translation>&amp;Toestellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="154" />
        <source>Changer la p&amp;hrase secrète…</source>
        <translation>&amp;Wachtzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="155" />
        <source>État de la synchronisation</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="199" />
        <source>La synchronisation n'est pas configurée. Menu Synchronisation → Configurer… pour choisir le dossier de l'organisation.</source>
        <translation>Synchronisatie is niet ingesteld. Menu Synchronisatie → Instellen… om de map van de organisatie te kiezen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="205" />
        <source>Une synchronisation est déjà en cours.</source>
        <translation>Er loopt al een synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="266" />
        <source>La synchronisation n'a pas abouti. Rien n'a été supprimé ici.</source>
        <translation>De synchronisatie is niet gelukt. Hier werd niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="282" />
        <location filename="../../pacte_desktop/ui/sync.py" line="473" />
        <source>Erreur de synchronisation</source>
        <translation>Synchronisatiefout</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="295" />
        <source>Horloge à corriger</source>
        <translation>Klok bijstellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="303" />
        <source>Mot de passe WebDAV</source>
        <translation>WebDAV-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="304" />
        <source>Mot de passe de %1 pour %2 (il n'est pas enregistré) :</source>
        <translation>Wachtwoord van %1 voor %2 (het wordt niet opgeslagen):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="365" />
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="365" />
        <source>Réseau</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="406" />
        <source>Synchronisation… instantané : %1 / %2 opérations</source>
        <translation>Synchroniseren… momentopname: %1 / %2 bewerkingen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="420" />
        <source>Synchronisation…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="425" />
        <source>Synchronisation non configurée</source>
        <translation>Synchronisatie niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="433" />
        <source>Synchronisé à %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="435" />
        <source>Jamais synchronisé</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="438" />
        <source>en attente : %1</source>
        <translation>wachtend: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="443" />
        <source>bifurcations : %1</source>
        <translation>splitsingen: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="475" />
        <source>Envoi impossible</source>
        <translation>Versturen onmogelijk</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="448" />
        <source>fichiers refusés : %1</source>
        <translation>geweigerde bestanden: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="372" />
        <source>Synchronisé : %1, %2.</source>
        <translation>Gesynchroniseerd: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="376" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n bewerking verzonden</numerusform>
            <numerusform>%n bewerkingen verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="379" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n ontvangen</numerusform>
            <numerusform>%n ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="403" />
        <source>Synchronisation… %n fichier(s) envoyé(s)</source>
        <translation>
            <numerusform>Synchronisatie… %n bestand verzonden</numerusform>
            <numerusform>Synchronisatie… %n bestanden verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="411" />
        <source>Synchronisation… %n fichier(s) reçu(s)</source>
        <translation>
            <numerusform>Synchronisatie… %n bestand ontvangen</numerusform>
            <numerusform>Synchronisatie… %n bestanden ontvangen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="455" />
        <source>conflits : %1</source>
        <translation>conflicten: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="471" />
        <source>Verrouillé : F5 pour saisir la phrase secrète</source>
        <translation>Vergrendeld: F5 om de wachtzin te typen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="497" />
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync.py" line="545" />
        <source>Phrase secrète changée.</source>
        <translation>Wachtzin gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="583" />
        <source>Configurer la synchronisation</source>
        <translation>Synchronisatie instellen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="612" />
        <source>Rien à configurer.</source>
        <translation>Niets in te stellen.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="626" />
        <source>Organisation « %1 » : dossier créé.</source>
        <translation>Organisatie '%1': map aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="628" />
        <source>Organisation « %1 » : ce poste l'a rejointe.</source>
        <translation>Organisatie '%1': deze werkpost is aangesloten.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="632" />
        <source>Réseau « %1 » : créé ; ce poste en est le coordinateur.</source>
        <translation>Netwerk '%1': aangemaakt; deze werkpost is de coördinator.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="634" />
        <source>Réseau « %1 » : ce poste l'a rejoint.</source>
        <translation>Netwerk '%1': deze werkpost is aangesloten.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="641" />
        <source>Première synchronisation : %1</source>
        <translation>Eerste synchronisatie: %1</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="645" />
        <source>Première synchronisation : %1, %2.</source>
        <translation>Eerste synchronisatie: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="646" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n bewerking verzonden</numerusform>
            <numerusform>%n bewerkingen verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="647" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n ontvangen</numerusform>
            <numerusform>%n ontvangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="20" />
        <source>Ce poste ne partage pas encore ses fiches avec vos collègues. Pour le faire : menu Synchronisation → Configurer…</source>
        <translation>Deze computer deelt zijn fiches nog niet met uw collega's. Om dat te doen: menu Synchronisatie → Instellen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="32" />
        <source>Dernier échange avec les autres postes : %1.</source>
        <translation>Laatste uitwisseling met de andere computers: %1.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="38" />
        <source>Aucun échange avec les autres postes pour l'instant.</source>
        <translation>Nog geen uitwisseling met de andere computers.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="44" />
        <source>Modifications faites ici, pas encore envoyées : %1. Elles partent au prochain échange (F5 pour le lancer).</source>
        <translation>Wijzigingen die hier gemaakt zijn en nog niet verstuurd: %1. Ze vertrekken bij de volgende uitwisseling (F5 om die te starten).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="52" />
        <source>Fiches modifiées ici et sur un autre poste, qui attendent votre choix : %1 (menu Synchronisation → Conflits…).</source>
        <translation>Fiches die hier en op een andere computer gewijzigd zijn en op uw keuze wachten: %1 (menu Synchronisatie → Conflicten…).</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="60" />
        <source>Ce qui n'a pas pu se faire (rien n'a été effacé ici) :</source>
        <translation>Wat niet gelukt is (hier werd niets gewist):</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/sync_words.py" line="66" />
        <source>Tout est à jour.</source>
        <translation>Alles is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="72" />
        <source>Retirer l'étiquette « %1 »</source>
        <extracomment>Chips a row holds: the field grows downwards, never wider than the form.</extracomment>
        <translation>Label ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>TagsInput</name>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="136" />
        <source>ajouter une étiquette…</source>
        <translation>label toevoegen…</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/inputs/tags.py" line="137" />
        <source>Nouvelle étiquette</source>
        <translation>Nieuw label</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="70" />
        <source>Déverrouiller la synchronisation</source>
        <translation>Synchronisatie ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="74" />
        <source>Les clés de synchronisation de ce poste sont protégées par la phrase secrète de l'organisation. Saisissez-la une fois : elle sert jusqu'à la fermeture de Pacte Desktop et n'est pas enregistrée.</source>
        <translation>De synchronisatiesleutels van deze werkpost zijn beschermd door de wachtzin van de organisatie. Typ hem één keer: hij geldt tot Pacte Desktop gesloten wordt en wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="79" />
        <source>&amp;Phrase secrète de l'organisation :</source>
        <translation>&amp;Wachtzin van de organisatie:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="83" />
        <source>Les clés du réseau des partenaires ont été renouvelées, ou sont protégées par la phrase secrète du réseau. Saisissez-la une fois : elle n'est pas enregistrée.</source>
        <translation>De sleutels van het partnernetwerk zijn vernieuwd, of zijn beschermd door de wachtzin van het netwerk. Typ hem één keer: hij wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/unlock.py" line="88" />
        <source>&amp;Phrase secrète du réseau :</source>
        <translation>&amp;Wachtzin van het netwerk:</translation>
    </message>
</context>
<context>
    <name>WhatWeShareDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="205" />
        <source>Ce que nous partageons</source>
        <translation>Wat we delen</translation>
    </message>
</context>
<context>
    <name>WorkerChoiceDialog</name>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="53" />
        <source>Réassigner la relance</source>
        <translation>Opvolging opnieuw toewijzen</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="54" />
        <source>Confier à :</source>
        <translation>Toewijzen aan:</translation>
    </message>
    <message>
        <location filename="../../pacte_desktop/ui/worker_choice.py" line="55" />
        <source>Travailleurs</source>
        <translation>Medewerkers</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../pacte_desktop/ui/operations.py" line="109" />
        <source>Annuler</source>
        <extracomment>The store's data folder: what a refused write names (set by the app's context).</extracomment>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>