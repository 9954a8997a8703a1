"""Keys typed while a form is on its way are kept for it, not lost.

A form opens once what it needs is read off the GUI thread (a few milliseconds, longer on a
busy store). Someone who presses Ctrl+N and types the name at once would otherwise type into
the list behind, or into the search field. From :class:`TypeAhead`'s creation until
:meth:`TypeAhead.release`, the printable keys pressed in the given window are held back (and
Backspace takes the last one back); ``release`` types them into the form's first field.
Shortcuts (Ctrl, Alt; AltGr's characters are text), navigation keys and keys pressed in any
other window pass as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# AltGr reads as Ctrl+Alt on Windows: it types @, # and € on a Belgian keyboard.
_ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class TypeAhead(QObject):
    """Hold the text typed in ``window`` until the form it was meant for opens."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.text = ""
        self._active = True
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._active
            or event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
            or watched.window() is not self._window
        ):
            return False
        held = event.modifiers() & _COMMAND_KEYS
        if held and held != _ALT_GR:
            return False  # a shortcut or a menu's letter
        if event.key() == Qt.Key.Key_Backspace and self.text:
            self.text = self.text[:-1]
            return True
        typed = event.text()
        if typed and typed.isprintable():
            self.text += typed
            return True
        return False

    def release(self, target: QWidget | None) -> None:
        """Stop holding keys; type what was held into ``target`` when it takes text."""
        if not self._active:
            return
        self._active = False
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if isinstance(target, QLineEdit) and self.text and not target.isReadOnly():
            target.insert(self.text)
        self.deleteLater()
