"""A small horizontal bar chart drawn with QPainter (no QtCharts: that is PySide6-Addons, 400 MB).

The rule: one bar per (label, value), in the order given, labels on the left, each bar's length
proportional to its value against the largest one, the value written after the bar. A value is
never shown by length alone: the number is always written, and the accessible description reads
every "label: value" (a screen reader has no bars). Colours come from the palette (the highlight
colour for bars, the text colour for words), so the chart follows a light or a dark theme.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_GAP = 6  # pixels between two bars
LABEL_GAP = 8  # pixels between a label and its bar, and between a bar and its value
MAX_LABEL_WIDTH = 220  # a longer label is elided (its whole text is in the description)
MIN_BAR_ROOM = 80  # the least width left for the longest bar
MAX_WIDTH = 560
RIGHT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


class BarChart(QWidget):
    """Horizontal bars; :meth:`set_bars` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bar_chart")
        self._bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMaximumWidth(MAX_WIDTH)  # a small chart: bars the length of the page say no more

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        self._bars = [(label, max(0, int(value))) for label, value in bars]
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in bars))
        self.updateGeometry()
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        # A space more: a label exactly as wide as the room would be elided by rounding.
        return min(widest + metrics.horizontalAdvance(" "), MAX_LABEL_WIDTH)

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(str(v)) for _, v in self._bars), default=0)

    def sizeHint(self) -> QSize:
        rows = len(self._bars)
        height = rows * self._row_height() + max(rows - 1, 0) * ROW_GAP
        width = self._label_width() + self._value_width() + 2 * LABEL_GAP + MIN_BAR_ROOM
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def bar_rect(self, row: int) -> QRect:
        """Where the bar of ``row`` is drawn (empty for a zero value)."""
        label_width, value_width = self._label_width(), self._value_width()
        room = max(self.width() - label_width - value_width - 2 * LABEL_GAP, 1)
        largest = max((v for _, v in self._bars), default=0)
        value = self._bars[row][1]
        length = round(room * value / largest) if largest else 0
        top = row * (self._row_height() + ROW_GAP)
        return QRect(label_width + LABEL_GAP, top + 2, length, self._row_height() - 4)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        label_width = self._label_width()
        for row, (label, value) in enumerate(self._bars):
            rect = self.bar_rect(row)
            line = QRect(0, rect.top() - 2, label_width, self._row_height())
            painter.setPen(text)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(line, RIGHT, elided)
            if rect.width() > 0:
                painter.fillRect(rect, bar)
            after = QRect(rect.right() + 1 + LABEL_GAP, line.top(), self.width(), line.height())
            painter.drawText(after, LEFT, str(value))
        painter.end()
