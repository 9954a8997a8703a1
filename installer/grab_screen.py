"""Save what an X display shows (every client's windows) as a PNG: the screenshots of the
installed bundle in docs/screenshots/bundle-{fr,nl}.png were taken with it, the bundle running
on the same Xvfb display (see installer/README.md).

Usage: DISPLAY=:77 .venv/bin/python installer/grab_screen.py OUT.png
"""

import sys

from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)
app.primaryScreen().grabWindow(0).save(sys.argv[1])
