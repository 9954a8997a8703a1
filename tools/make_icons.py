"""Render the application icon's PNG and ICO files from its drawing.

Rule: ``pacte_desktop/resources/icons/pacte.svg`` is the only source; every other icon file is
made from it by this script and committed (the wheel, the bundle and the installer ship them as
they are). Each size is rendered from the SVG at that size (Qt's SVG renderer), not scaled down
from a big bitmap, so the small sizes stay sharp; the Windows ``.ico`` holds the 16 to 256 pixel
renderings (Pillow writes it).

Run from the repository root: ``.venv/bin/python tools/make_icons.py``.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402  (reportlab depends on Pillow)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from pacte_desktop.resources import ICON_SIZES, resource_path  # noqa: E402

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = resource_path("icons")
    renderer = QSvgRenderer(str(folder / "pacte.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{folder / 'pacte.svg'} is not a valid SVG drawing")
    bitmaps: dict[int, Image.Image] = {}
    for size in ICON_SIZES:
        data = png_bytes(render(renderer, size))
        (folder / f"pacte-{size}.png").write_bytes(data)
        bitmaps[size] = Image.open(io.BytesIO(data)).convert("RGBA")
    largest = bitmaps[max(ICO_SIZES)]
    largest.save(
        folder / "pacte.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[bitmaps[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    del app
    print(f"icons written to {folder}")


if __name__ == "__main__":
    main()
