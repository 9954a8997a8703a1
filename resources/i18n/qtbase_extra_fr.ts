<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own dialogs that qtbase_fr (PySide6's translations) lacks: Qt 6 gave the
     file dialog's labels a shortcut (&amp;) and its catalogue only knows them without one. Written
     by hand; ui/i18n.py loads this file after qtbase_fr, so it is asked first. -->
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
</context>
</TS>
