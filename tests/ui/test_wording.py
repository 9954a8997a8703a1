"""One word for one thing: the enterprise number in English, « Candidats » everywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pacte_desktop.domain import messages
from pacte_desktop.ui import i18n
from pacte_desktop.ui.employers import COLUMNS, EmployersView
from pacte_desktop.ui.handover import HandoverDialog
from pacte_desktop.ui.network import NetworkView
from pacte_desktop.ui.records import CandidatesView


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("fr")


def _header(view, key: str) -> str:
    keys = list(view.model.keys)
    return view.model.headerData(keys.index(key), Qt.Orientation.Horizontal)


def test_the_enterprise_number_has_one_name_in_english(context, qtbot, english) -> None:
    directory = EmployersView(context)
    network = NetworkView(context)
    for view in (directory, network):
        qtbot.addWidget(view)
    assert "bce_number" in COLUMNS
    assert _header(directory, "bce_number") == "Enterprise no. (CBE)"
    assert _header(network, "bce_number") == "Enterprise no. (CBE)"
    assert messages.field_label("bce_number") == "enterprise no. (CBE)"
    context.runner.wait()


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_the_handover_calls_candidates_what_the_sidebar_calls_them(context, qtbot, lang) -> None:
    i18n.install(lang)
    try:
        candidates = CandidatesView(context)
        handover = HandoverDialog(context)
        for widget in (candidates, handover):
            qtbot.addWidget(widget)
        assert handover._kind_title("candidates") == candidates.title()
        context.runner.wait()
    finally:
        i18n.install("fr")
