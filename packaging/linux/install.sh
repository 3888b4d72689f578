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
LINK="$BIN/workbench"
# True when LINK is the link this script makes: a symbolic link into APPDIR. Anything
# else of that name (the user's own script, a link into a Python environment) is
# theirs, and neither install nor uninstall may replace or remove it.
ours() {
    [ -L "$LINK" ] || return 1
    case "$(readlink "$LINK")" in "$APPDIR"/*) return 0 ;; esac
    return 1
}
if [ $UNINSTALL = 1 ]; then
    if ours; then
        rm -f "$LINK"
    elif [ -e "$LINK" ] || [ -L "$LINK" ]; then
        echo "Left $LINK as it is: it is not a link into $APPDIR, so install.sh did not make it." >&2
    fi
    rm -rf "$APPDIR" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
else
    if { [ -e "$LINK" ] || [ -L "$LINK" ]; } && ! ours; then
        echo "Nothing was installed: $LINK already exists and is not a link into $APPDIR; move it away and run install.sh again." >&2
        exit 1
    fi
    mkdir -p "$APPDIR" "$BIN"
    rm -rf "$APPDIR" && cp -a "$HERE/workbench" "$APPDIR"
    ln -sf "$APPDIR/workbench" "$LINK"
    mkdir -p "$SHARE" && cp -R "$HERE/share/." "$SHARE/"
    # The menu entry must find the program even when BIN is not on PATH.
    sed -i "s|^Exec=workbench|Exec=$APPDIR/workbench|; s|^TryExec=workbench|TryExec=$APPDIR/workbench|" \
        "$SHARE/applications/$APP_ID.desktop"
fi
command -v update-mime-database >/dev/null && update-mime-database "$SHARE/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "done: $APPDIR"
