#!/usr/bin/env bash
# Builds the Linux bundle and its tarball (installer/README.md):
#   dist/pacte-desktop/                                 the one-folder bundle (pacte-desktop, pacte)
#   dist/pacte-desktop-VERSION-linux-x86_64.tar.gz      the same folder, packed
# The folder also holds the .desktop file, the icon and install-desktop-entry.sh, which adds the
# application to the user's menu. Uses the project's virtual environment (`./dev` makes it) and
# installs PyInstaller into it (the `build` extra) when it is missing.
#   installer/build-linux.sh [--self-test]   --self-test: run the bundle's self-test afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
started=$(date +%s)

if [ ! -x "$VENV/bin/python" ]; then
    ./dev setup
fi
if ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
    echo "build-linux: installing PyInstaller (the build extra)" >&2
    "$VENV/bin/python" -m pip install --quiet -e ".[build]"
fi
version=$("$VENV/bin/python" -c "import pacte_desktop; print(pacte_desktop.__version__)")
arch=$(uname -m)
bundle=dist/pacte-desktop
tarball=dist/pacte-desktop-$version-linux-$arch.tar.gz

echo "build-linux: PyInstaller bundle of pacte-desktop $version" >&2
rm -rf "$bundle" "$tarball"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/pacte.spec

icons=pacte_desktop/resources/icons
cp installer/pacte-desktop.desktop installer/install-desktop-entry.sh "$bundle/"
cp "$icons/pacte.svg" "$bundle/pacte-desktop.svg"
cp "$icons/pacte-256.png" "$bundle/pacte-desktop.png"
chmod +x "$bundle/install-desktop-entry.sh"

tar -C dist -czf "$tarball" pacte-desktop
echo "build-linux: $(du -sh "$bundle" | cut -f1) folder, $(du -h "$tarball" | cut -f1) tarball" \
    "($tarball) in $(($(date +%s) - started)) s" >&2

if [ "${1:-}" = "--self-test" ]; then
    QT_QPA_PLATFORM=offscreen "$bundle/pacte-desktop" --self-test
fi
