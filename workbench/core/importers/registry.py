"""Which importer handles a file, and the in-process parse that wraps every failure.

Choice order: a binary signature (``%PDF``, a zip holding ``word/``) wins over the
file name, because users rename files; then the extension; then a weak content
guess (HTML markup, mail headers) for files with an unknown or missing extension.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable

from workbench.core.importers import limits
from workbench.core.importers.base import ImportedDocument, Importer, ImportRejected
from workbench.core.importers.direction import detect_direction
from workbench.core.importers.language import detect_language

TYPE_CHECKING = False  # a worker loads this module at its start: no ``typing`` there
if TYPE_CHECKING:
    from typing import Any

_IMPORTERS: list[Importer] = []

Test = Callable[[bytes, str], bool]


class LazyImporter:
    """A built-in format whose module is imported when a file first needs its parser.

    Its name, extensions and signature tests (:mod:`signatures`) are known without the
    module, so choosing an importer loads nothing: a worker that reads only text files
    never loads the PDF, Word, e-mail or HTML code. Anything else (``parse``,
    ``version``, ``damaged``) is the real importer's.
    """

    def __init__(self, module: str, cls: str, name: str, extensions: tuple[str, ...], *,
                 sniff: Test | None = None, guess: Test | None = None) -> None:
        self.module, self.cls, self.name, self.extensions = module, cls, name, extensions
        self._sniff = sniff
        self.guess = guess  # find_importer asks it of files it cannot place otherwise
        self._real: Importer | None = None

    def load(self) -> Importer:
        """The importer itself, its module imported on the first call."""
        if self._real is None:
            self._real = getattr(importlib.import_module(self.module), self.cls)()
        return self._real

    def sniff(self, data: bytes, filename: str) -> bool:
        return bool(self._sniff and self._sniff(data, filename))

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        return self.load().parse(data, filename)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("_"):  # not the real importer's (copying, pickling)
            raise AttributeError(attr)
        return getattr(self.load(), attr)


def register(importer: Importer) -> Importer:
    """Add an importer; a later registration with the same name replaces the earlier one."""
    _IMPORTERS[:] = [imp for imp in _IMPORTERS if imp.name != importer.name]
    _IMPORTERS.append(importer)
    return importer


def importers() -> list[Importer]:
    return list(_IMPORTERS)


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted({e for imp in _IMPORTERS for e in imp.extensions}))


def find_importer(data: bytes, filename: str) -> Importer:
    """The importer for these bytes, or ImportRejected naming the supported kinds."""
    for imp in _IMPORTERS:
        if imp.sniff(data, filename):
            return imp
    suffix = _suffix(filename).lower()
    for imp in _IMPORTERS:
        if suffix in imp.extensions:
            _refuse_mislabelled(imp, data, filename, suffix)
            return imp
    for imp in _IMPORTERS:
        guess = getattr(imp, "guess", None)
        if guess is not None and guess(data, filename):
            return imp
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise limits.rejected(
            filename,
            "this is an old binary Office file or a password-protected document, "
            "which cannot be imported; save it as an unprotected .docx or PDF first",
        )
    raise limits.rejected(
        filename,
        f"this kind of file cannot be imported (supported: {', '.join(supported_extensions())})",
    )


# Formats whose files always start with their signature: a file named so that fails its
# format's sniff and is recognisably something else was mislabelled, not damaged.
_SIGNED = {"pdf": "a PDF", "docx": "a Word document"}
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _refuse_mislabelled(imp: Importer, data: bytes, filename: str, suffix: str) -> None:
    """Refuse a .pdf or .docx that holds a web page, an e-mail, a zip or plain text in a
    sentence saying so. They were refused as "the PDF is damaged", which sent the user
    looking for a repair tool for what is often a failed download (a login or error
    page saved under the document's name). Bytes not recognised as anything else keep
    the format's own sentence (a PDF torn at its start is damaged)."""
    if imp.name not in _SIGNED:
        return
    held = _content_kind(data)
    if held is not None:
        raise limits.rejected(filename, f"the file is named {suffix} but is not "
                                        f"{_SIGNED[imp.name]}: it holds {held}")


def _content_kind(data: bytes) -> str | None:
    """What bytes that lack their named format's signature are, with what to do, or None."""
    from workbench.core.importers import signatures

    if data.startswith(b"PK\x03\x04"):
        return "a zip archive; unpack it and import the files inside"
    if signatures.looks_like_mhtml(data, ""):
        return "a saved web page (MHTML); rename it to .mht to import the page"
    if signatures.looks_like_email(data, ""):
        return "an e-mail; rename it to .eml to import the message"
    if signatures.looks_like_html(data, ""):
        return ("a web page (HTML), perhaps a failed download; rename it to .html to "
                "import the page")
    head = data[:65536]
    try:
        # An incremental decode: a character cut at the sample's end is not an error.
        import codecs

        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) == len(data))
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(head):
        return None
    return "plain text; rename it to .txt to import it"


def _suffix(filename: str) -> str:
    """``PurePath(filename).suffix``, without making a path of a plain name (the parent
    asks this of every file it sends to a worker, and the worker again)."""
    if "/" in filename or "\\" in filename:
        from pathlib import PurePath  # rarely needed: not loaded with the worker

        return PurePath(filename).suffix
    dot = filename.rfind(".")
    return filename[dot:] if 0 < dot < len(filename) - 1 else ""


def parse_bytes(data: bytes, filename: str) -> ImportedDocument:
    """Parse in this process; every failure becomes ImportRejected.

    Use :func:`workbench.core.importers.parse_file` for untrusted input: it runs
    this function in a worker process with time and memory limits.
    """
    limits.check_size(data, filename)
    imp = find_importer(data, filename)
    try:
        return finish(imp.parse(data, filename), filename)
    except ImportRejected:
        raise
    except MemoryError:
        raise limits.rejected(
            filename, limits.memory_problem(), limits.MemoryLimitExceeded
        ) from None
    except RecursionError:
        raise limits.rejected(
            filename, getattr(imp, "damaged", "the file is damaged and could not be read")
        ) from None
    except Exception as err:  # a library choked on malformed input
        problem = getattr(imp, "damaged", "the file is damaged and could not be read")
        exc = limits.rejected(filename, problem)
        exc.detail = f"{type(err).__name__}: {err}"[:300]  # type: ignore[attr-defined]
        raise exc from err


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: object) -> str | None:
    """YYYY-MM-DD from a date, datetime or ISO-like string; None when not a real date."""
    if value is None:
        return None
    # Loaded here, not with the module: most files carry no date, and the import worker
    # starts faster without it.
    import datetime as _dt

    if isinstance(value, _dt.datetime | _dt.date):
        value = value.isoformat()
    m = _ISO_DATE.match(str(value).strip())
    if not m:
        return None
    try:
        day = _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return day.isoformat() if 1000 <= day.year <= 2999 else None


def finish(doc: ImportedDocument, filename: str) -> ImportedDocument:
    """Checks and fields shared by all formats, applied after the parser."""
    if not doc.text.strip():
        raise limits.rejected(filename, "the file contains no text that could be read")
    doc.published = normalise_date(doc.published)
    n = len(doc.text)
    if doc.page_starts and (
        doc.page_starts[0] != 0
        or any(b < a for a, b in zip(doc.page_starts, doc.page_starts[1:], strict=False))
        or doc.page_starts[-1] > n
    ):
        raise AssertionError("page_starts out of order")  # an importer bug, not user input
    if not doc.language:
        doc.language = detect_language(doc.text)
    doc.extra.setdefault("direction", detect_direction(doc.text))
    return doc
