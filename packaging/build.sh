#!/usr/bin/env bash
# Build the standalone Workbench application (PyInstaller, one folder) for the
# platform this runs on. See packaging/README.md.
#
#   packaging/build.sh [--dist DIR] [--work DIR] [--tarball] [--python PY]
#
#   --dist DIR    where the application folder goes (default: <repo>/dist);
#                 the result is DIR/workbench/ (and DIR/Workbench.app on macOS)
#   --work DIR    PyInstaller's work folder (default: a temporary folder, removed after)
#   --tarball     Linux: also write DIR/workbench-VERSION-linux-ARCH.tar.gz with the
#                 application and its .desktop file, metainfo and icons
#   --python PY   the Python to build with (default: $PYTHON, the active virtual
#                 environment's, or python3); PyInstaller is installed into it if missing
#
# Environment: WORKBENCH_STRIP=1, WORKBENCH_CODESIGN_IDENTITY, WORKBENCH_TARGET_ARCH,
# WORKBENCH_KEEP_TRANSLATIONS=1 (read by packaging/workbench.spec).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
APP_ID="org.workbench.Workbench"

DIST="$ROOT/dist"
WORK=""
TARBALL=0
PY="${PYTHON:-}"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --tarball) TARBALL=1; shift ;;
        --python) PY="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

if [[ -z "$PY" ]]; then
    if [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/bin/python" ]]; then
        PY="$VIRTUAL_ENV/bin/python"
    elif [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/Scripts/python.exe" ]]; then
        PY="$VIRTUAL_ENV/Scripts/python.exe"   # Git Bash on Windows
    elif command -v python3 >/dev/null 2>&1; then
        PY="$(command -v python3)"
    else
        PY="$(command -v python)"
    fi
fi

if ! "$PY" -c "import PyInstaller" >/dev/null 2>&1; then
    echo "build.sh: installing PyInstaller into $("$PY" -c 'import sys; print(sys.prefix)')"
    "$PY" -m pip install --quiet "pyinstaller>=6.10"
fi
# The application itself must be importable by the Python that builds it.
if ! "$PY" -c "import workbench" >/dev/null 2>&1; then
    echo "build.sh: installing Workbench and its dependencies into that Python"
    "$PY" -m pip install --quiet -e "$ROOT"
fi

CLEAN_WORK=0
if [[ -z "$WORK" ]]; then
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/workbench-build.XXXXXX")"
    CLEAN_WORK=1
fi
cleanup() { if [[ $CLEAN_WORK == 1 ]]; then rm -rf "$WORK"; fi; }
trap cleanup EXIT

mkdir -p "$DIST"
start=$(date +%s)
# --noconfirm: replace an earlier build; no UPX (slower start, antivirus false alarms).
"$PY" -m PyInstaller --noconfirm --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
    --distpath "$DIST" --workpath "$WORK" "$HERE/workbench.spec"
APP="$DIST/workbench"

# Linux: some interpreters (e.g. a self-built or pyenv Python) ship libpython and
# its extension modules with debug information (~35 MB). Remove only the debug
# sections (strip --strip-debug keeps every symbol the loader needs), and only
# from files that have them. WORKBENCH_NO_STRIP_DEBUG=1 skips this.
if [[ "$(uname -s)" == Linux && -z "${WORKBENCH_NO_STRIP_DEBUG:-}" ]] \
        && command -v strip >/dev/null && command -v readelf >/dev/null; then
    stripped=0
    while IFS= read -r -d '' f; do
        # grep reads everything (no -q): with pipefail, an early exit would make readelf
        # die of SIGPIPE and files be skipped at random.
        if readelf -S "$f" 2>/dev/null | grep '\.debug_info' >/dev/null; then
            strip --strip-debug "$f" && stripped=$((stripped + 1))
        fi
    done < <(find "$APP/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
    echo "build.sh: removed debug information from $stripped libraries"
fi
end=$(date +%s)

SIZE="$(du -sh "$APP" 2>/dev/null | cut -f1)"
echo "build.sh: built $APP ($SIZE) in $((end - start)) s"

if [[ $TARBALL == 1 ]]; then
    if [[ "$(uname -s)" != Linux ]]; then
        echo "build.sh: --tarball is for Linux builds" >&2
        exit 2
    fi
    VERSION="$("$PY" -c 'import workbench; print(workbench.__version__)')"
    NAME="workbench-$VERSION-linux-$(uname -m)"
    STAGE="$WORK/stage/$NAME"
    rm -rf "$WORK/stage"
    mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/mime/packages"
    cp -a "$APP" "$STAGE/workbench"
    cp "$HERE/linux/$APP_ID.desktop" "$STAGE/share/applications/"
    cp "$HERE/linux/$APP_ID.metainfo.xml" "$STAGE/share/metainfo/"
    cp "$HERE/linux/$APP_ID.mime.xml" "$STAGE/share/mime/packages/$APP_ID.xml"
    for png in "$ROOT"/resources/icons/app/workbench-*.png; do
        size="$(basename "$png" .png)"; size="${size#workbench-}"
        mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
        cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
    cp "$ROOT/resources/icons/app/workbench.svg" "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    cp "$HERE/linux/install.sh" "$STAGE/install.sh"
    tar -C "$WORK/stage" -czf "$DIST/$NAME.tar.gz" "$NAME"
    echo "build.sh: wrote $DIST/$NAME.tar.gz"
fi
