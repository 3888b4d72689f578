"""packaging/linux/install.sh run as a user runs it: from an unpacked tarball (faked
here: a program folder, the share/ files and the script), with HOME in a temporary
folder, under a POSIX sh. The link it puts in the bin folder must never replace, nor
its --uninstall remove, a ``workbench`` the user had there already."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.workbench.Workbench"
SH = shutil.which("dash") or shutil.which("sh")

pytestmark = pytest.mark.skipif(SH is None, reason="no POSIX sh")


@pytest.fixture
def tarball(tmp_path: Path) -> Path:
    """The tarball's layout, unpacked: install.sh, workbench/workbench and share/."""
    top = tmp_path / "workbench-linux"
    program = top / "workbench" / "workbench"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\necho 'Workbench (installed)'\n")
    program.chmod(0o755)
    for sub, src, name in (("applications", f"{APP_ID}.desktop", f"{APP_ID}.desktop"),
                           ("metainfo", f"{APP_ID}.metainfo.xml", f"{APP_ID}.metainfo.xml"),
                           ("mime/packages", f"{APP_ID}.mime.xml", f"{APP_ID}.xml")):
        (top / "share" / sub).mkdir(parents=True)
        shutil.copy(LINUX / src, top / "share" / sub / name)
    shutil.copy(LINUX / "install.sh", top / "install.sh")
    return top


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    (folder / ".local" / "bin").mkdir(parents=True)
    return folder


def run(tarball: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run([SH, str(tarball / "install.sh"), *args], env=env,
                          capture_output=True, text=True, timeout=120)


def app_folder(home: Path) -> Path:
    return home / ".local" / "share" / "workbench" / "app"


def test_install_links_the_program_and_installs_again_over_its_own_link(tarball, home):
    link = home / ".local" / "bin" / "workbench"
    for _ in range(2):  # the second run is an upgrade: its own link is replaced
        res = run(tarball, home)
        assert res.returncode == 0, res.stderr
        assert link.is_symlink()
        assert Path(os.readlink(link)) == app_folder(home) / "workbench"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={app_folder(home)}/workbench" in desktop.read_text()
    res = run(tarball, home, "--uninstall")
    assert res.returncode == 0, res.stderr
    assert not link.is_symlink() and not link.exists()
    assert not app_folder(home).exists() and not desktop.exists()


@pytest.mark.parametrize("kind", ["script", "link elsewhere"])
def test_install_refuses_to_replace_a_workbench_of_the_users(tarball, home, kind):
    # ln -sf put the installer's link over whatever had the name: a user's own script,
    # or the link to the workbench of the Python environment they develop in.
    link = home / ".local" / "bin" / "workbench"
    if kind == "script":
        link.write_text("#!/bin/sh\nexec ~/src/workbench/.venv/bin/workbench \"$@\"\n")
    else:
        elsewhere = home / "src" / "venv" / "bin" / "workbench"
        elsewhere.parent.mkdir(parents=True)
        elsewhere.write_text("#!/bin/sh\n")
        link.symlink_to(elsewhere)
    before = (link.is_symlink(), os.readlink(link) if link.is_symlink() else link.read_text())
    res = run(tarball, home)
    assert res.returncode != 0
    said = res.stderr.strip()
    assert str(link) in said and "Nothing was installed" in said and said.count("\n") == 0
    assert (link.is_symlink(),
            os.readlink(link) if link.is_symlink() else link.read_text()) == before
    assert not app_folder(home).exists()


def test_uninstall_leaves_a_workbench_that_is_not_its_link(tarball, home):
    # --uninstall removed BIN/workbench whatever it was: after installing, the user put
    # their own program at that name, and uninstalling took it.
    assert run(tarball, home).returncode == 0
    link = home / ".local" / "bin" / "workbench"
    link.unlink()
    link.write_text("#!/bin/sh\necho mine\n")
    res = run(tarball, home, "--uninstall")
    assert res.returncode == 0, res.stderr
    assert link.read_text() == "#!/bin/sh\necho mine\n"
    assert str(link) in res.stderr
    assert not app_folder(home).exists()


def test_uninstall_leaves_a_link_that_points_elsewhere(tarball, home):
    link = home / ".local" / "bin" / "workbench"
    other = home / "opt" / "workbench"
    other.parent.mkdir(parents=True)
    other.write_text("#!/bin/sh\n")
    # A folder whose name begins as the app folder's does is not inside it.
    lookalike = Path(str(app_folder(home)) + "-old") / "workbench"
    for target in (other, lookalike):
        if link.is_symlink():
            link.unlink()
        link.symlink_to(target)
        res = run(tarball, home, "--uninstall")
        assert res.returncode == 0, res.stderr
        assert link.is_symlink() and Path(os.readlink(link)) == target
