"""The sync state in plain words: the tooltip of the status bar's sync line.

The status line stays short ("Synchronisé à 14:02 · en attente : 3"). Its tooltip says what
that means for the caseworker, in whole sentences, and what to do about it: when this
workstation last exchanged its records with the others, how many changes made here have not
left yet, how many records changed here and elsewhere wait for a choice, and then, under a
line saying that nothing was deleted here, each error or refused file as the sync told it.
Nothing else: no file formats, no operation logs, no English from a library.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def not_configured() -> str:
    """The tooltip of a workstation that shares nothing yet."""
    return QCoreApplication.translate(
        "SyncWords",
        "Ce poste ne partage pas encore ses fiches avec vos collègues. Pour le faire : "
        "menu Synchronisation → Configurer…",
    )


def tooltip(*, last: str | None, pending: int, conflicts: int, problems: Sequence[str]) -> str:
    """The sync line's tooltip: ``last`` is when the last exchange ended (already in the
    user's words, or None: never), ``problems`` the errors and refused files, one a line."""
    if last:
        lines = [
            QCoreApplication.translate(
                "SyncWords", "Dernier échange avec les autres postes : %1."
            ).replace("%1", last)
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "SyncWords", "Aucun échange avec les autres postes pour l'instant."
            )
        ]
    if pending:
        lines.append(
            QCoreApplication.translate(
                "SyncWords",
                "Modifications faites ici, pas encore envoyées : %1. Elles partent au "
                "prochain échange (F5 pour le lancer).",
            ).replace("%1", str(pending))
        )
    if conflicts:
        lines.append(
            QCoreApplication.translate(
                "SyncWords",
                "Fiches modifiées ici et sur un autre poste, qui attendent votre choix : %1 "
                "(menu Synchronisation → Conflits…).",
            ).replace("%1", str(conflicts))
        )
    if problems:
        lines.append(
            QCoreApplication.translate(
                "SyncWords", "Ce qui n'a pas pu se faire (rien n'a été effacé ici) :"
            )
        )
        lines.extend(f"• {line}" for line in problems)
    elif not pending and not conflicts:
        lines.append(QCoreApplication.translate("SyncWords", "Tout est à jour."))
    return "\n".join(lines)
