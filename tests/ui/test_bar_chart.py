"""The QPainter bar chart of « Ma journée » (ui/bar_chart.py): bars proportional to their values
in the palette's highlight colour, every value also written and read out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from pacte_desktop.ui.bar_chart import LABEL_GAP, BarChart


def _bar_lengths(chart: BarChart) -> list[int]:
    """The run of highlight-coloured pixels across the middle of each bar's row, as drawn."""
    image = chart.grab().toImage()
    colour = chart.palette().color(QPalette.ColorRole.Highlight).rgb()
    lengths = []
    for row in range(len(chart.bars())):
        y = chart.bar_rect(row).center().y()
        lengths.append(sum(1 for x in range(image.width()) if image.pixel(x, y) == colour))
    return lengths


def test_bars_are_drawn_in_proportion_and_every_value_is_read_out(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1565c0"))
    chart.setPalette(palette)
    chart.set_bars([("Article 60", 4), ("Stage", 2), ("Activa", 0)])
    chart.resize(400, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    longest, half, none = _bar_lengths(chart)
    assert longest > 100
    assert abs(half * 2 - longest) <= 2
    assert none == 0
    assert chart.accessibleDescription() == "Article 60: 4; Stage: 2; Activa: 0"
    assert chart.sizeHint().height() >= 3 * chart.fontMetrics().height()


def test_a_short_label_is_drawn_whole(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([("Activa", 1), ("CDI", 1)])
    chart.resize(400, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    label_room = chart.bar_rect(0).left() - LABEL_GAP  # where the label is drawn
    metrics = chart.fontMetrics()
    assert metrics.elidedText("Activa", Qt.TextElideMode.ElideRight, label_room) == "Activa"


def test_the_bars_follow_the_palette(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([("Article 60", 3)])
    chart.resize(300, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    for colour in ("#1565c0", "#90caf9"):  # a light theme's highlight, a dark theme's
        palette = chart.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(colour))
        chart.setPalette(palette)
        assert _bar_lengths(chart)[0] > 100
