"""Readers of the files employers are imported from: spreadsheets (CSV, XLSX) and the KBO/BCE
open-data extract. They parse and check; running an import is a use case of
:mod:`pacte_desktop.services.imports`. They import nothing above the store."""
