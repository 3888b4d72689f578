"""Annotation kinds and their typed fields: the built-in codebook and its validation.

A project stores its own copy of the codebook, so users can add kinds and fields
and a project keeps meaning what it meant when it was coded.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any, ClassVar

from workbench.core.errors import ValidationError

FIELD_TYPES = ("text", "longtext", "enum", "int", "float", "date", "list", "bool")
PRECISIONS = ("day", "week", "month", "year")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Every whole number fits the window's number box (a 32-bit int); counts of people stop
# at ten million, above any toll a report gives (docs/integrity.md).
INT_LIMIT = 2_000_000_000
COUNT_LIMIT = 10_000_000


def _number(x: float) -> str:
    """A bound or value as a person writes it: 10,000,000, not 1e+07; 2.5 stays 2.5."""
    if abs(x) >= 1e15:  # an absurd entry stays short in the sentence
        return f"{float(x):g}"
    if isinstance(x, int) or float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,}"


# Spaces, tabs and line breaks, but not the separators U+001C-U+001F, which Python
# counts as whitespace though nobody types them as a gap: a value of them is kept.
_BLANK = re.compile(r"[^\S\x1c-\x1f]*\Z")


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing but spaces, tabs and line breaks (or nothing)."""
    return _BLANK.match(text) is not None


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    label: str = ""
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    help: str = ""
    # Hidden from new annotations and the editor's empty fields; values kept and shown.
    retired: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["choices"] = list(self.choices)
        return _without_default_retired(d)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FieldSpec:
        return cls(**{**d, "choices": tuple(d.get("choices") or ())})

    def coerce(self, value: Any) -> Any:
        """Return ``value`` in this field's type, or raise ValidationError. Blank text
        (spaces only) clears the field as empty text does: kept, a speaker of spaces was
        an actor lane with no name on the timeline, and a number or date of spaces was
        refused as "not a number" though the user had cleared it."""
        if value is None or (isinstance(value, str) and is_blank(value)):
            return None
        label = self.label or self.name
        if self.type in ("text", "longtext"):
            return str(value)
        if self.type == "enum":
            v = str(value).strip()
            if v not in self.choices:
                raise ValidationError(
                    f"{label} must be one of {', '.join(self.choices)}; got {v!r}."
                )
            return v
        if self.type in ("int", "float"):
            try:
                num = int(str(value)) if self.type == "int" else float(value)
            except (TypeError, ValueError):
                raise ValidationError(f"{label} must be a number; got {value!r}.") from None
            if self.type == "float" and not math.isfinite(num):
                raise ValidationError(f"{label} must be a finite number; got {value!r}.")
            # The field's own bounds first: they are the ones the user can act on.
            if self.minimum is not None and num < self.minimum:
                raise ValidationError(f"{label} must be at least {_number(self.minimum)}; "
                                      f"got {_number(num)}.")
            if self.maximum is not None and num > self.maximum:
                raise ValidationError(f"{label} must be at most {_number(self.maximum)}; "
                                      f"got {_number(num)}.")
            if self.type == "int" and abs(num) > INT_LIMIT:
                raise ValidationError(f"{label} must be at most {INT_LIMIT:,} either way; "
                                      f"got {_number(num)}.")
            return num
        if self.type == "date":
            v = str(value).strip()
            if not _DATE_RE.match(v):
                raise ValidationError(
                    f"{label} must be a date written YYYY, YYYY-MM or YYYY-MM-DD; got {v!r}."
                )
            _check_calendar(v, label)
            return v
        if self.type == "list":
            items = value if isinstance(value, list | tuple) else str(value).split(";")
            return [str(i).strip() for i in items if str(i).strip()]
        if self.type == "bool":
            if isinstance(value, bool):
                return value
            v = str(value).strip().lower()
            if v in ("1", "true", "yes", "y"):
                return True
            if v in ("0", "false", "no", "n"):
                return False
            raise ValidationError(f"{label} must be yes or no; got {value!r}.")
        raise ValidationError(f"{label} has an unknown field type {self.type!r}.")


def _without_default_retired(d: dict[str, Any]) -> dict[str, Any]:
    """``retired`` is stored only once true: a kind or field never retired keeps the
    very dict it had before the flag existed, so a team merge comparing a kind with its
    history (``merge/documents.py``) sees no change where nobody made one."""
    if not d.get("retired"):
        d.pop("retired", None)
    return d


def _check_calendar(v: str, label: str) -> None:
    import datetime as dt

    parts = [int(p) for p in v.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise ValidationError(f"{label} is not a real calendar date: {v}.") from None


# Timeline symbols a kind may use (pyqtgraph's names; the GUI maps nothing itself).
SYMBOLS = ("o", "s", "d", "t", "t1", "p", "h", "star", "+", "x")


@dataclass(frozen=True)
class Roles:
    """What a kind's fields mean to the rest of the program.

    Everything outside the codebook asks a kind for a role ("which field holds the low
    count?") instead of testing its name, so a kind a user adds gets the same behaviour
    as a built-in one once its roles are set.
    """

    end_date: str | None = None
    count_low: str | None = None
    count_best: str | None = None
    count_high: str | None = None
    outcome: str | None = None
    qualifier: str | None = None
    group: str | None = None
    raw: str | None = None
    location: str | None = None
    # The field holding the id of the actor record a mention names, and the field holding
    # the name it is matched on: a new annotation of the kind is attached to its record.
    actor_record: str | None = None
    actor_name: str | None = None
    # Fields naming the people or groups involved (speaker, claimant, perpetrator, ...).
    actors: tuple[str, ...] = ()
    # Fields shown, in order, in the annotation table's key-fields column.
    summary: tuple[str, ...] = ()
    symbol: str = "o"
    # The kind tags an entity in the text (a name, a place, a date) rather than classifying
    # a passage; the W3C export says "tagging" instead of "classifying" for it.
    tagging: bool = False

    SINGLE: ClassVar[tuple[str, ...]] = (
        "end_date", "count_low", "count_best", "count_high", "outcome", "qualifier", "group",
        "raw", "location", "actor_record", "actor_name",
    )
    MULTI: ClassVar[tuple[str, ...]] = ("actors", "summary")

    @property
    def counts(self) -> tuple[str | None, str | None, str | None]:
        return self.count_low, self.count_best, self.count_high

    @property
    def has_counts(self) -> bool:
        return any(self.counts)

    def field_names(self) -> set[str]:
        """Every field a role points at."""
        names = {getattr(self, r) for r in self.SINGLE} | set(self.actors) | set(self.summary)
        names.discard(None)
        return names  # type: ignore[return-value]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Roles:
        d = dict(d or {})
        for name in cls.MULTI:
            if name in d:
                d[name] = tuple(d[name] or ())
        return cls(**d)


# The field types each role may point at. "date" and "precision" are not kept in Roles:
# they set the kind's date_field and precision_field (the date the timeline plots).
ROLE_FIELD_TYPES: dict[str, tuple[str, ...]] = {
    "date": ("date",),
    "precision": ("enum",),
    "end_date": ("date",),
    "count_low": ("int", "float"),
    "count_best": ("int", "float"),
    "count_high": ("int", "float"),
    "outcome": ("text", "enum"),
    "qualifier": ("enum",),
    "group": ("text", "enum", "list"),
    "raw": ("text", "longtext"),
    "location": ("text", "enum"),
    "actor_record": ("text",),
    "actor_name": ("text",),
    "actors": ("text", "enum", "list"),
    "summary": FIELD_TYPES,
}
ROLE_NAMES: tuple[str, ...] = (*ROLE_FIELD_TYPES, "symbol", "tagging")
_ROLE_WORDS = {
    "date": "date", "precision": "date precision", "end_date": "end date",
    "count_low": "low count", "count_best": "best count", "count_high": "high count",
    "outcome": "outcome", "qualifier": "qualifier", "group": "victim group",
    "raw": "raw words", "location": "location", "actor_record": "actor record",
    "actor_name": "actor name", "actors": "actors", "summary": "summary",
}
_TYPE_WORDS = {
    "text": "text", "longtext": "long text", "enum": "choice", "int": "whole-number",
    "float": "decimal", "date": "date", "list": "list", "bool": "yes/no",
}


@dataclass(frozen=True)
class KindSpec:
    name: str
    label: str
    key: str
    color: str
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    # Underline style in the viewer, so kinds differ by more than colour.
    marker: str = "solid"
    builtin: bool = False
    # Which field holds the date the timeline plots, and which its precision.
    date_field: str | None = None
    precision_field: str | None = None
    roles: Roles = field(default_factory=Roles)
    # Left out of the Annotate menu, its key and new annotations; its annotations stay.
    retired: bool = False

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        known = ", ".join(f.name for f in self.fields) or "none"
        raise ValidationError(f"{self.label} has no field {name!r} (fields: {known}).")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["fields"] = [f.to_dict() for f in self.fields]
        d["roles"] = self.roles.to_dict()
        return _without_default_retired(d)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> KindSpec:
        return cls(**{
            **d,
            "fields": tuple(FieldSpec.from_dict(f) for f in d.get("fields", [])),
            "roles": Roles.from_dict(d.get("roles")),
        })

    def active_fields(self) -> tuple[FieldSpec, ...]:
        """The fields a new annotation is given: those not retired."""
        return tuple(f for f in self.fields if not f.retired)

    def role_of(self, name: str) -> str | None:
        """The role field ``name`` plays in this kind, in words ("low count"), or None."""
        if name == self.date_field:
            return _ROLE_WORDS["date"]
        if name == self.precision_field and self.date_field:
            return _ROLE_WORDS["precision"]
        for role in (*Roles.SINGLE, *Roles.MULTI):
            held = getattr(self.roles, role)
            if name == held or (isinstance(held, tuple) and name in held):
                return _ROLE_WORDS[role]
        return None

    def check_new(self, values: dict[str, Any]) -> None:
        """Refuse a new annotation of a retired kind, or one giving a retired field."""
        if self.retired:
            raise ValidationError(f"{self.label} is retired, so no new annotation can have "
                                  "it; restore it in the codebook to use it again.")
        for name, value in values.items():
            if value is not None and self.field(name).retired:
                raise ValidationError(
                    f"{self.field(name).label or name} of {self.label} is retired, so a new "
                    "annotation cannot fill it; restore it in the codebook to use it again.")

    def check_roles(self) -> None:
        """Check every role the kind gives again (after its fields changed)."""
        for role in ("qualifier", "precision"):
            name = self.precision_field if role == "precision" else self.roles.qualifier
            if name and any(f.name == name for f in self.fields):
                self._role_field(role, name)

    def value(self, values: dict[str, Any], role: str) -> Any:
        """The value of the field that plays ``role`` (None if no field does)."""
        name = getattr(self.roles, role)
        return values.get(name) if name else None

    def with_roles(self, **changes: Any) -> KindSpec:
        """This kind with the given roles changed, each checked by ``check_role``."""
        roles: dict[str, Any] = {}
        own: dict[str, Any] = {}
        for role, value in changes.items():
            value = self.check_role(role, value)
            if role in ("date", "precision"):
                own[f"{role}_field"] = value
            else:
                roles[role] = value
        return replace(self, roles=replace(self.roles, **roles), **own)

    def check_role(self, role: str, value: Any) -> Any:
        """``value`` made fit to play ``role`` in this kind, or a ValidationError saying why.

        An empty value clears a role. Field roles must name a field of this kind of a type
        the role can use; ``summary`` and ``actors`` take several names (a list, or one
        string with commas).
        """
        if role not in ROLE_NAMES:
            raise ValidationError(f"There is no role {role!r}; roles are {', '.join(ROLE_NAMES)}.")
        if role == "symbol":
            symbol = str(value or "o").strip()
            if symbol not in SYMBOLS:
                raise ValidationError(
                    f"A timeline symbol must be one of {', '.join(SYMBOLS)}; got {symbol!r}."
                )
            return symbol
        if role == "tagging":
            return bool(FieldSpec("tagging", "bool", "Tagging").coerce(value))
        if role in Roles.MULTI:
            names = value.split(",") if isinstance(value, str) else list(value or ())
            return tuple(self._role_field(role, str(n).strip()) for n in names if str(n).strip())
        name = str(value).strip() if value is not None else ""
        return self._role_field(role, name) if name else None

    def _role_field(self, role: str, name: str) -> str:
        f = self.field(name)
        allowed = ROLE_FIELD_TYPES[role]
        what = f"The {_ROLE_WORDS[role]} of {self.label}"
        if f.retired:  # a role is read on every new annotation, which a retired field skips
            raise ValidationError(f"{what} cannot be {f.label or f.name} ({f.name}): it is "
                                  "retired; restore it first.")
        if f.type not in allowed:
            words = [_TYPE_WORDS[t] for t in allowed]
            kinds = " or ".join(filter(None, (", ".join(words[:-1]), words[-1])))
            raise ValidationError(
                f"{what} must be a {kinds} field; {f.label or f.name} ({f.name}) is a "
                f"{_TYPE_WORDS[f.type]} field."
            )
        known = {"qualifier": QUALIFIERS, "precision": PRECISIONS}.get(role)
        if known is not None and not set(f.choices) <= set(known):
            odd = ", ".join(c for c in f.choices if c not in known)
            raise ValidationError(
                f"{what} must be a choice field whose choices are among {', '.join(known)}; "
                f"{f.label or f.name} ({f.name}) has other choices: {odd}."
            )
        return name

    def validate(self, values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
        """Coerce every value; unknown field names are errors."""
        out = {name: self.field(name).coerce(v) for name, v in values.items()}
        if not partial:
            self.check_consistency(out)
        return out

    def check_consistency(self, values: dict[str, Any]) -> None:
        """Refuse counts out of order and an end date before the start date."""
        names = [n for n in self.roles.counts if n]
        present = [(n, values[n]) for n in names if values.get(n) is not None]
        for (lo_name, lo), (hi_name, hi) in itertools.pairwise(present):
            if hi < lo:
                raise ValidationError(
                    f"The {self.field(hi_name).label.lower()} ({hi}) is below the "
                    f"{self.field(lo_name).label.lower()} ({lo})."
                )
        start = values.get(self.date_field) if self.date_field else None
        end = self.value(values, "end_date")
        if start and end and end < start:
            raise ValidationError(f"The end date {end} is before the start date {start}.")


def _f(name: str, type_: str, label: str, *choices: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name=name, type=type_, label=label, choices=tuple(choices), **kw)


OUTCOMES = ("killed", "wounded", "missing", "captured", "arrested", "displaced")
QUALIFIERS = ("exact", "at_least", "more_than", "up_to", "about", "range", "vague")
CLAIM_TYPES = ("responsibility", "denial", "casualty", "target", "intent", "other")
CLAIM_STATUSES = ("unverified", "corroborated", "contested", "refuted", "retracted")
ATTRIBUTIONS = ("named", "anonymous", "via_outlet")
EVENT_TYPES = (
    "battle",
    "explosion_remote_violence",
    "violence_against_civilians",
    "protest",
    "riot",
    "strategic_development",
    "other",
)
STATUSES = ("suggested", "accepted", "rejected")
# part_of: a figure counted inside another ("two U.S. citizens" of "eleven people"),
# so a tally never adds it to the figure it belongs to.
LINK_TYPES = ("attributed_to", "about_event", "corroborates", "contradicts", "same_as",
              "part_of")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = (1, 2, 3, 4, 5, 6)

_PRECISION = _f("date_precision", "enum", "Date precision", *PRECISIONS)

BUILTIN_KINDS: tuple[KindSpec, ...] = (
    KindSpec(
        "statement", "Statement", "S", "#2f6fbf", marker="solid", builtin=True,
        date_field="date", precision_field="date_precision",
        roles=Roles(actors=("speaker",), summary=("speaker", "audience"), symbol="o"),
        fields=(
            _f("speaker", "text", "Speaker"),
            _f("speaker_role", "text", "Speaker role"),
            _f("date", "date", "Date"),
            _PRECISION,
            _f("audience", "text", "Audience or venue"),
            _f("attribution", "enum", "Attribution", *ATTRIBUTIONS),
        ),
    ),
    KindSpec(
        "claim", "Claim", "C", "#b8860b", marker="dash", builtin=True,
        date_field="date", precision_field="date_precision",
        roles=Roles(actors=("claimant",), summary=("claimant", "claim_type", "status"),
                    symbol="d"),
        fields=(
            _f("claimant", "text", "Claimant"),
            _f("claim_type", "enum", "Claim type", *CLAIM_TYPES),
            _f("proposition", "longtext", "Proposition"),
            _f("status", "enum", "Claim status", *CLAIM_STATUSES),
            _f("credibility", "int", "Credibility (1–6)", minimum=1, maximum=6),
            _f("date", "date", "Date"),
            _PRECISION,
        ),
    ),
    KindSpec(
        "casualty", "Casualty figure", "K", "#c0392b", marker="wave", builtin=True,
        date_field="incident_date", precision_field="date_precision",
        roles=Roles(
            count_low="count_low", count_best="count_best", count_high="count_high",
            outcome="outcome", qualifier="qualifier", group="group", raw="raw",
            location="location", actors=("perpetrator",),
            summary=("outcome", "count_low", "count_best", "count_high", "qualifier", "group"),
            symbol="o",
        ),
        fields=(
            _f("outcome", "enum", "Outcome", *OUTCOMES),
            _f("count_low", "int", "Low count", minimum=0, maximum=COUNT_LIMIT),
            _f("count_best", "int", "Best count", minimum=0, maximum=COUNT_LIMIT),
            _f("count_high", "int", "High count", minimum=0, maximum=COUNT_LIMIT),
            _f("qualifier", "enum", "Qualifier", *QUALIFIERS),
            _f("raw", "text", "Raw words"),
            _f("group", "text", "Victim group"),
            _f("perpetrator", "text", "Perpetrator"),
            _f("reported_by", "text", "Reported by"),
            _f("incident_date", "date", "Incident date"),
            _PRECISION,
            _f("location", "text", "Location"),
        ),
    ),
    KindSpec(
        "event", "Event", "E", "#27865a", marker="dot", builtin=True,
        date_field="start_date", precision_field="date_precision",
        roles=Roles(end_date="end_date", location="location", actors=("actors",),
                    summary=("event_type", "location"), symbol="s"),
        fields=(
            _f("event_type", "enum", "Event type", *EVENT_TYPES),
            _f("start_date", "date", "Start date"),
            _f("end_date", "date", "End date"),
            _PRECISION,
            _f("location", "text", "Location"),
            _f("actors", "list", "Actors"),
        ),
    ),
    KindSpec(
        "date", "Date", "D", "#7d5ba6", marker="dashdot", builtin=True,
        date_field="value", precision_field="precision",
        roles=Roles(summary=("value",), symbol="t", tagging=True),
        fields=(
            _f("value", "date", "Resolved date"),
            _f("precision", "enum", "Precision", *PRECISIONS),
        ),
    ),
    KindSpec(
        "actor", "Actor", "A", "#8e5a2b", marker="double", builtin=True,
        roles=Roles(actor_record="actor_id", actor_name="name", summary=("name", "actor_type"),
                    tagging=True),
        fields=(
            _f("name", "text", "Canonical name"),
            _f("actor_id", "text", "Actor record"),
            _f("actor_type", "enum", "Actor type", "state_force", "armed_group", "civilian",
               "official", "organisation", "media", "other"),
        ),
    ),
    KindSpec(
        "location", "Location", "L", "#1f8a99", marker="dotline", builtin=True,
        roles=Roles(location="name", summary=("name", "country"), tagging=True),
        fields=(
            _f("name", "text", "Place name"),
            _f("admin1", "text", "Region / province"),
            _f("country", "text", "Country"),
            _f("latitude", "float", "Latitude", minimum=-90, maximum=90),
            _f("longitude", "float", "Longitude", minimum=-180, maximum=180),
        ),
    ),
)


def validate_kind_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise ValidationError(
            f"A kind or field name must be lower-case letters, digits and _, starting with a "
            f"letter; got {name!r}."
        )
    return name


class Codebook:
    """The kinds a project knows, in display order."""

    def __init__(self, kinds: list[KindSpec]):
        self._kinds = {k.name: k for k in kinds}

    def kinds(self) -> list[KindSpec]:
        return list(self._kinds.values())

    def names(self) -> list[str]:
        return list(self._kinds)

    def __contains__(self, name: str) -> bool:
        return name in self._kinds

    def kind(self, name: str) -> KindSpec:
        try:
            return self._kinds[name]
        except KeyError:
            raise ValidationError(
                f"Unknown annotation kind {name!r} (known: {', '.join(self._kinds)})."
            ) from None

    def active(self) -> list[KindSpec]:
        """The kinds a new annotation may have: those not retired, in display order."""
        return [k for k in self._kinds.values() if not k.retired]

    def by_key(self, key: str, *, active: bool = False) -> KindSpec | None:
        """The kind holding ``key``; with ``active``, only a kind not retired (a retired
        kind keeps its key, so restoring it takes nobody's)."""
        for k in self._kinds.values():
            if k.key and k.key.upper() == key.upper() and not (active and k.retired):
                return k
        return None


# The kinds the suggestion engines write (core/suggest.py): retired, every suggestion of
# theirs would make an annotation of a kind nobody may add.
SUGGESTED_KINDS = ("statement", "claim", "casualty", "date")
