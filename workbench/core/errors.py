"""Exceptions the core raises; each carries one sentence a user can read."""


class WorkbenchError(Exception):
    """Base class: ``str(err)`` is a complete sentence for the user."""


class ProjectError(WorkbenchError):
    """The project file is missing, unreadable, corrupt or too new."""


class ValidationError(WorkbenchError):
    """A value does not fit the codebook (wrong type, unknown choice, out of range)."""


class AnchorError(WorkbenchError):
    """A quote is missing from the document, or ambiguous without an occurrence number."""


class AmbiguousQuote(AnchorError):
    """A quote occurs more than once and nobody said which occurrence is meant."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count  # lets each caller say how to choose, in its own words


class NotFoundError(WorkbenchError):
    """A document, annotation or link id does not exist."""


class StorageError(WorkbenchError):
    """The project file could not be written (disk full, locked, read-only)."""


class ImportRejected(WorkbenchError):
    """A file could not be imported; the project was not changed."""


class DamagedProject(ProjectError):
    """Stored bytes no longer read back (bit rot, a bad disk, a torn copy)."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail  # what was found, so a caller that knows the file can reword


class HeldElsewhere(ProjectError):
    """Another program holds the project (writing or rewriting it); nothing is wrong with it."""


class PassphraseNeeded(ProjectError):
    """The file may be an encrypted project and no passphrase was given."""


class WrongPassphrase(ProjectError):
    """The passphrase does not open the encrypted project; nothing was changed."""


class OutputError(WorkbenchError):
    """An export or report could not be written where the user asked."""

    @classmethod
    def of(cls, path: object, err: OSError) -> "OutputError":
        """One sentence naming the user's own path (never the hidden .part beside it)."""
        from pathlib import Path

        path = Path(str(path))
        try:
            if path.is_dir():
                return cls(f"{path} is a folder; give the file a name inside it.")
            if path.parent.exists() and not path.parent.is_dir():
                return cls(f"{path}: {path.parent} is a file, not a folder; choose another "
                           "place.")
            if not path.parent.is_dir():
                return cls(f"{path}: the folder {path.parent} does not exist; choose another "
                           "place.")
        except OSError:
            pass  # a name the system will not even look up (too long): the reason says so
        return cls(f"{path}: could not write ({err.strerror or err}).")
