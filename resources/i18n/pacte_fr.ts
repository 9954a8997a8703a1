<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>BatchesDialog</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="188" />
        <source>%n employeur(s) créé(s) retiré(s)</source>
        <translation>
            <numerusform>%n employeur créé retiré</numerusform>
            <numerusform>%n employeurs créés retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/import_batches.py" line="193" />
        <source>%n employeur(s) mis à jour remis comme avant</source>
        <translation>
            <numerusform>%n employeur mis à jour remis comme avant</numerusform>
            <numerusform>%n employeurs mis à jour remis comme avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="328" />
        <source>%n paire(s) à examiner.</source>
        <translation><numerusform>%n paire à examiner.</numerusform><numerusform>%n paires à examiner.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/duplicates.py" line="432" />
        <source>%n autre(s) champ(s) identique(s) ou vide(s).</source>
        <translation><numerusform>%n autre champ identique ou vide.</numerusform><numerusform>%n autres champs identiques ou vides.</numerusform></translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/directory_model.py" line="52" />
        <source>%n partenaire(s)</source>
        <translation><numerusform>%n partenaire</numerusform><numerusform>%n partenaires</numerusform></translation>
    </message>
</context>
<context>
    <name>EmployersView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="586" />
        <source>%n employeurs archivés : %1</source>
        <translation>
            <numerusform>%n employeur archivé : %1</numerusform>
            <numerusform>%n employeurs archivés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/employers.py" line="587" />
        <source>%n employeurs archivés</source>
        <translation>
            <numerusform>%n employeur archivé</numerusform>
            <numerusform>%n employeurs archivés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiredCandidatesDialog</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="242" />
        <source>Anonymiser %n candidat(s) (%1) ? Leurs données personnelles seront effacées sur tous les postes de l'organisation. Cela ne se défait pas.</source>
        <translation>
            <numerusform>Anonymiser %n candidat (%1) ? Ses données personnelles seront effacées sur tous les postes de l'organisation. Cela ne se défait pas.</numerusform>
            <numerusform>Anonymiser %n candidats (%1) ? Leurs données personnelles seront effacées sur tous les postes de l'organisation. Cela ne se défait pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/candidates_expired.py" line="261" />
        <source>%n candidat(s) anonymisé(s)</source>
        <translation>
            <numerusform>%n candidat anonymisé</numerusform>
            <numerusform>%n candidats anonymisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="611" />
        <location filename="../../pacte_desktop/ui/followups.py" line="617" />
        <source>%n relance(s) marquée(s) comme faite(s)</source>
        <translation>
            <numerusform>%n relance marquée comme faite</numerusform>
            <numerusform>%n relances marquées comme faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="636" />
        <source>%n relance(s) reportée(s) au %1</source>
        <translation>
            <numerusform>%n relance reportée au %1</numerusform>
            <numerusform>%n relances reportées au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/followups.py" line="675" />
        <source>%n relance(s) réassignée(s)</source>
        <translation>
            <numerusform>%n relance réassignée</numerusform>
            <numerusform>%n relances réassignées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="636" />
        <source>%n employeur(s)</source>
        <translation>
            <numerusform>%n employeur</numerusform>
            <numerusform>%n employeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="637" />
        <source>%n relance(s)</source>
        <translation>
            <numerusform>%n relance</numerusform>
            <numerusform>%n relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="638" />
        <source>%n chercheur(s) d'emploi</source>
        <translation>
            <numerusform>%n chercheur d'emploi</numerusform>
            <numerusform>%n chercheurs d'emploi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/handover.py" line="639" />
        <source>%n offre(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/home.py" line="460" />
        <source>répondu : %n candidat(s)</source>
        <translation><numerusform>répondu : %n candidat</numerusform><numerusform>répondu : %n candidats</numerusform></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="81" />
        <source>Membres (%n en attente)</source>
        <translation><numerusform>Membres (%n en attente)</numerusform><numerusform>Membres (%n en attente)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_members.py" line="173" />
        <source>%n organisation(s) attendent votre admission.</source>
        <translation><numerusform>%n organisation attend votre admission.</numerusform><numerusform>%n organisations attendent votre admission.</numerusform></translation>
    </message>
</context>
<context>
    <name>PublicsTab</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_publics.py" line="388" />
        <source>au plus %n (peut-être aucun)</source>
        <translation>
            <numerusform>au plus %n (peut-être aucun)</numerusform>
            <numerusform>au plus %n (peut-être aucun)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/records.py" line="201" />
        <source>%n enregistrement(s) archivé(s)</source>
        <translation>
            <numerusform>%n enregistrement archivé</numerusform>
            <numerusform>%n enregistrements archivés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="403" />
        <source>%n créé(s)</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="404" />
        <source>%n mis à jour</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/exports.py" line="405" />
        <source>%n rejeté(s)</source>
        <translation>
            <numerusform>%n rejeté</numerusform>
            <numerusform>%n rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="309" />
        <source>%n candidat(s)</source>
        <translation><numerusform>%n candidat</numerusform><numerusform>%n candidats</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/network_requests.py" line="358" />
        <source>%n réponse(s) reçue(s).</source>
        <translation><numerusform>%n réponse reçue.</numerusform><numerusform>%n réponses reçues.</numerusform></translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/what_we_share.py" line="129" />
        <source>Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou ont changé depuis : encore %n changement(s) avant le suivant.</source>
        <translation>
            <numerusform>Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou ont changé depuis : encore %n changement avant le suivant.</numerusform>
            <numerusform>Ce profil reste publié tant que moins de 5 candidats sont arrivés, partis ou ont changé depuis : encore %n changements avant le suivant.</numerusform>
        </translation>
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
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="376" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n opération envoyée</numerusform>
            <numerusform>%n opérations envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="379" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="403" />
        <source>Synchronisation… %n fichier(s) envoyé(s)</source>
        <translation>
            <numerusform>Synchronisation… %n fichier envoyé</numerusform>
            <numerusform>Synchronisation… %n fichiers envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync.py" line="411" />
        <source>Synchronisation… %n fichier(s) reçu(s)</source>
        <translation>
            <numerusform>Synchronisation… %n fichier reçu</numerusform>
            <numerusform>Synchronisation… %n fichiers reçus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="646" />
        <source>%n opération(s) envoyée(s)</source>
        <translation>
            <numerusform>%n opération envoyée</numerusform>
            <numerusform>%n opérations envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pacte_desktop/ui/sync_setup.py" line="647" />
        <source>%n reçue(s)</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
</context>
</TS>