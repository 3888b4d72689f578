#!/bin/sh
# Install Workbench from the unpacked Linux tarball, for one user (default) or
# system-wide:   ./install.sh            -> ~/.local (binary link in ~/.local/bin)
#                sudo ./install.sh /opt  -> /opt/workbench, links in /usr/local
# Remove with:   ./install.sh --uninstall [PREFIX]
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_ID=org.workbench.Workbench
UNINSTALL=0
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=1; shift; fi
if [ $# -gt 0 ]; then
    APPDIR="$1/workbench"; SHARE=/usr/local/share; BIN=/usr/local/bin
else
    APPDIR="${XDG_DATA_HOME:-$HOME/.local/share}/workbench/app"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"; BIN="$HOME/.local/bin"
fi
if [ $UNINSTALL = 1 ]; then
    rm -rf "$APPDIR" "$BIN/workbench" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
else
    mkdir -p "$APPDIR" "$BIN"
    rm -rf "$APPDIR" && cp -a "$HERE/workbench" "$APPDIR"
    ln -sf "$APPDIR/workbench" "$BIN/workbench"
    mkdir -p "$SHARE" && cp -R "$HERE/share/." "$SHARE/"
    # The menu entry must find the program even when BIN is not on PATH.
    sed -i "s|^Exec=workbench|Exec=$APPDIR/workbench|; s|^TryExec=workbench|TryExec=$APPDIR/workbench|" \
        "$SHARE/applications/$APP_ID.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "done: $APPDIR"
