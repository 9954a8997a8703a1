"""The PDF reports print with the fonts shipped in the package, never the system's: a stock
Windows has no DejaVu, and the same report must look the same on every workstation."""

from __future__ import annotations

import subprocess
import sys

from reportlab.pdfbase import pdfmetrics

from pacte_desktop.reports import pdf_common
from pacte_desktop.resources import resource_path


def test_the_fonts_and_their_license_are_package_resources() -> None:
    folder = resource_path("fonts")
    for name in (pdf_common.REGULAR, pdf_common.BOLD):
        path = pdf_common.font_path(name)
        assert path.parent == folder and path.is_file()
    license_text = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in license_text and "Arev Fonts" in license_text


def test_the_placement_report_embeds_the_packaged_font(pacte, poppler, tmp_path) -> None:
    assert pacte("demo", "--employers", "30").code == 0
    pdf = tmp_path / "rapport.pdf"
    made = pacte(
        "report",
        "placements",
        "-o",
        str(pdf),
        "--from",
        "2020-01-01",
        "--to",
        "2030-12-31",
        "--lang",
        "nl",
    )
    assert made.code == 0, made.err
    # The font reportlab read is the package's file, whatever the system has.
    regular, bold = pdf_common.register_fonts()
    assert pdfmetrics.getFont(regular).face.filename == str(
        resource_path("fonts", "DejaVuSans.ttf")
    )
    assert pdfmetrics.getFont(bold).face.filename == str(
        resource_path("fonts", "DejaVuSans-Bold.ttf")
    )
    fonts = subprocess.run(
        [poppler("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no font in the report"
    for line in fonts:
        name, embedded = line.split()[0], line.split()[-5]
        assert name.split("+")[-1] in ("DejaVuSans", "DejaVuSans-Bold"), line
        assert embedded == "yes", line


def test_a_missing_packaged_font_is_named_not_replaced(monkeypatch, tmp_path) -> None:
    """No fallback to a system font: a damaged installation (here a bundle whose fonts
    folder is gone) says so."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts") == tmp_path / "pacte_desktop" / "resources" / "fonts"
    try:
        pdf_common.font_path(pdf_common.REGULAR)
    except pdf_common.FontNotFoundError as exc:
        assert "reinstall" in str(exc)
    else:
        raise AssertionError("a missing font was not reported")
