"""One passphrase, typed as different code points, opens the same project.

The same-looking words come as different code points from one keyboard or system to the
next: é precomposed or e and a combining accent, an Arabic fatha and shadda in either
order, a no-break space. A file is keyed with the normalised form, and a file keyed
before passphrases were normalised (with the code points as typed) still opens with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import REPORT, add_doc
from workbench.core import backup, crypto, dbapi, store
from workbench.core.errors import WrongPassphrase
from workbench.core.project import Project

# One passphrase, two spellings of it: "café" with é precomposed / e + U+0301, and the
# Arabic "شدّة" with fatha then shadda / shadda then fatha.
COMPOSED = "caf\u00e9 \u0634\u062f\u064e\u0651\u0629 field notes"
DECOMPOSED = "cafe\u0301 \u0634\u062f\u0651\u064e\u0629 field notes"
WRONG_SENTENCE = ("the passphrase is wrong (or the file is not an encrypted project); "
                  "nothing was changed.")


def test_the_two_spellings_differ_as_code_points_and_read_alike():
    assert COMPOSED != DECOMPOSED
    assert store.normalised(COMPOSED) == store.normalised(DECOMPOSED)
    assert store.normalised("one\u00a0two\u3000three") == "one two three"
    # NFC, not NFKC: a full-width digit chosen on purpose stays what it is
    assert store.normalised("key\uff11") == "key\uff11"


@pytest.mark.parametrize("made, given", [(COMPOSED, DECOMPOSED), (DECOMPOSED, COMPOSED)])
def test_a_project_made_with_one_spelling_opens_with_the_other(tmp_path, made, given):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=made) as project:
        add_doc(project, REPORT)
        kept = backup.make(project.conn, path)  # the window's backup, keyed alike
    with Project.open(path, passphrase=given) as project:
        assert project.repo.stats()["documents"] == 1
    assert backup.check(kept, given).ok


def test_encrypt_and_change_key_the_normalised_form(tmp_path):
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester") as project:
        add_doc(project, REPORT)
        kept = backup.make(project.conn, path)
    crypto.encrypt(path, DECOMPOSED)
    with Project.open(path, passphrase=COMPOSED):
        pass
    assert backup.check(kept, COMPOSED).ok
    crypto.change_passphrase(path, COMPOSED, "nouvelle cl\u00e9 du projet")
    with Project.open(path, passphrase="nouvelle cle\u0301 du projet"):
        pass
    assert backup.check(kept, "nouvelle cle\u0301 du projet").ok
    crypto.decrypt(path, "nouvelle cle\u0301 du projet")
    assert not crypto.is_encrypted(path)


def _keyed_as_before(plain: Path, path: Path, key: str) -> None:
    """``plain`` encrypted as ``path`` the way a project was keyed before passphrases
    were normalised: SQLCipher's key derivation over the code points as given."""
    conn = dbapi.cipher().connect(str(plain), isolation_level=None)
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE {dbapi.quote(str(path))} AS converted "
                 f"KEY {dbapi.quote(key)}")
    conn.execute("SELECT sqlcipher_export('converted')")
    conn.execute(f"PRAGMA converted.application_id = {int(app_id)}")
    conn.execute(f"PRAGMA converted.user_version = {int(version)}")
    conn.execute("DETACH DATABASE converted")
    conn.close()


@pytest.mark.real_kdf
def test_a_project_keyed_before_still_opens_with_the_passphrase_as_typed_then(tmp_path):
    plain = tmp_path / "plain.wbproj"
    with Project.create(plain, coder="tester") as project:
        add_doc(project, REPORT)
    path = tmp_path / "old.wbproj"
    _keyed_as_before(plain, path, DECOMPOSED)
    with Project.open(path, passphrase=DECOMPOSED) as project:
        assert project.repo.stats()["documents"] == 1
        # its backups are keyed as the project is: the spelling that opened it
        kept = backup.make(project.conn, path)
    assert backup.check(kept, DECOMPOSED).ok
    # changing its passphrase from the one it has: the new one is keyed normalised
    crypto.change_passphrase(path, DECOMPOSED, DECOMPOSED + " two")
    with Project.open(path, passphrase=COMPOSED + " two"):
        pass
    assert backup.check(kept, COMPOSED + " two").ok


def test_a_wrong_passphrase_is_refused_with_the_same_sentence(tmp_path):
    path = tmp_path / "p.wbproj"
    Project.create(path, coder="tester", passphrase=COMPOSED).close()
    before = path.read_bytes()
    for wrong in ("cafe field notes and more", "caf\u00e9 \u0634\u062f\u0629 field notes"):
        with pytest.raises(WrongPassphrase) as err:
            Project.open(path, passphrase=wrong)
        assert str(err.value) == f"p.wbproj: {WRONG_SENTENCE}"
    assert path.read_bytes() == before


def test_an_arabic_passphrase_pasted_with_direction_marks_opens_the_project(tmp_path):
    # Copied from a web page, a word processor or a chat, right-to-left words often
    # carry invisible marks that set their direction; typed, they have none, and the
    # hidden field showed no difference between the two.
    typed_words = ("\u0645\u0644\u0627\u062d\u0638\u0627\u062a "
                   "\u0627\u0644\u0645\u064a\u062f\u0627\u0646 2026")
    pasted = "\u200f" + typed_words.replace(" ", " \u202b", 1) + "\u202c\u061c"
    path = tmp_path / "p.wbproj"
    with Project.create(path, coder="tester", passphrase=typed_words) as project:
        add_doc(project, REPORT)
    Project.open(path, passphrase=pasted).close()
    crypto.change_passphrase(path, pasted, pasted + "\u200e")  # keyed as typed
    Project.open(path, passphrase=typed_words).close()
    # A zero-width non-joiner is typed on purpose (it changes how a word is written):
    # it stays part of the passphrase.
    with pytest.raises(WrongPassphrase):
        Project.open(path, passphrase=typed_words.replace(" ", "\u200c "))
