"""Imports of employers from spreadsheets and from the KBO/BCE open data, as revertible batches."""
