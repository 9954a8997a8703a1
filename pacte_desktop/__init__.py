"""Pacte Desktop: the employer contacts of Saint-Gilles' employment partners, local-first.

This module stays import-light: ``pacte --version`` reads ``__version__`` from here without
loading SQLAlchemy, Alembic or Qt.
"""

__version__ = "0.1.0"
