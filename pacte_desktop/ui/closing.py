"""Nothing typed is lost by closing, and nothing changes under a scrolling mouse.

The rules:
- A window that holds typed text answers ``confirm_close()``: True when it may go (nothing
  unsaved, or the user chose to discard it; it then does not ask again), False when the user
  keeps editing. The main window asks every open one, each raised in turn, *before* it closes
  itself (the title-bar ×, Ctrl+Q, the window manager, the end of the session): one "keep
  editing" keeps the whole application open.
- The mouse wheel changes a combo box, spin box or date field only when it has the keyboard
  focus; over an unfocused one it scrolls the form around it (a caseworker scrolling a long
  form must not turn "actif" into "dormant" on the way). Such fields never take the focus from
  the wheel either.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)


@runtime_checkable
class HoldsEdits(Protocol):
    def confirm_close(self) -> bool:
        """True when the window may close now (asks the user if it holds unsaved edits)."""
        ...


def windows_holding_edits(exclude: QWidget | None = None) -> list[QWidget]:
    """The visible top-level windows that can hold typed text (in no particular order)."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget is not exclude and widget.isVisible() and isinstance(widget, HoldsEdits)
    ]


def confirm_open_windows(exclude: QWidget | None = None) -> bool:
    """Ask every open window with unsaved edits; False as soon as one keeps editing."""
    for widget in windows_holding_edits(exclude):
        widget.raise_()
        widget.activateWindow()
        if not widget.confirm_close():  # type: ignore[attr-defined]
            return False
        # Settled (nothing to keep, or discarded): close it now, so that a later window the
        # user keeps editing does not leave this one open with a promise not to ask again.
        widget.close()
    return True


def _guarded(widget: QObject | None) -> QWidget | None:
    """The combo box or spin box ``widget`` is part of (its line edit, its view), if any."""
    while isinstance(widget, QWidget):
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


class _WheelGuard(QObject):
    """Application-wide event filter for the wheel rule of this module."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, (QComboBox, QAbstractSpinBox)):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel:
            field = _guarded(watched)
            if field is not None and not field.hasFocus():
                # Hand the turn to the scrolling area around the field, if there is one.
                area = field.parentWidget()
                while area is not None and not isinstance(area, QAbstractScrollArea):
                    area = area.parentWidget()
                if area is not None:
                    QApplication.sendEvent(area.viewport(), event)
                return True
        return False


_GUARD: _WheelGuard | None = None


def install_input_guards() -> None:
    """Install the wheel rule on the running application (once; later calls do nothing)."""
    global _GUARD
    app = QApplication.instance()
    if app is None or (_GUARD is not None and _GUARD.parent() is app):
        return
    _GUARD = _WheelGuard(app)
    app.installEventFilter(_GUARD)
