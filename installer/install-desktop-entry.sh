#!/bin/sh
# Adds Pacte Desktop to this user's application menu (no administrator rights needed): a
# .desktop file pointing at this folder, and the icon. Run it again after moving the folder;
# `./install-desktop-entry.sh --remove` takes the entry away (the data folder is left alone).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APPS=${XDG_DATA_HOME:-$HOME/.local/share}/applications
ICONS=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor
if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/pacte-desktop.desktop" "$ICONS/scalable/apps/pacte-desktop.svg" \
        "$ICONS/256x256/apps/pacte-desktop.png"
    echo "Pacte Desktop removed from the application menu (your data folder is kept)."
    exit 0
fi
mkdir -p "$APPS" "$ICONS/scalable/apps" "$ICONS/256x256/apps"
cp "$HERE/pacte-desktop.svg" "$ICONS/scalable/apps/pacte-desktop.svg"
cp "$HERE/pacte-desktop.png" "$ICONS/256x256/apps/pacte-desktop.png"
sed "s|^Exec=pacte-desktop$|Exec=\"$HERE/pacte-desktop\"|" "$HERE/pacte-desktop.desktop" \
    > "$APPS/pacte-desktop.desktop"
chmod 644 "$APPS/pacte-desktop.desktop"
echo "Pacte Desktop added to the application menu ($APPS/pacte-desktop.desktop)."
