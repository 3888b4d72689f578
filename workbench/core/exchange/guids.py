"""Stable GUIDs for what QDA-XML wants identified but a project keys otherwise.

Each is a name-based UUID (version 5) in Workbench's own namespace, so exporting the
same project twice gives the same GUIDs and another program sees the same coder, code
or selection both times. Documents carry UUIDs and keep them; an annotation keeps its
id when it is a UUID, and a compact id travels as the version 8 UUID that reads back to
it (core/ids.py), so a round trip gives the same ids.
"""

from __future__ import annotations

import uuid

from workbench.core import ids

# Workbench's namespace for name-based UUIDs; never change it, or GUIDs move.
NAMESPACE = uuid.UUID("0b6d8f3e-5c57-4a7e-9a44-57424e430001")


def _guid(what: str, name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{what}:{name}"))


def coder(name: str) -> str:
    """A coder as a QDA-XML User."""
    return _guid("coder", name)


def kind(name: str) -> str:
    """An annotation kind as a QDA-XML Code."""
    return _guid("kind", name)


def selection(ann_id: str) -> str:
    """The stretch of text an annotation covers (its coding keeps the annotation's id)."""
    return _guid("selection", ann_id)


def memo(owner_id: str) -> str:
    """An annotation's memo as a QDA-XML Note."""
    return _guid("memo", owner_id)


def variable(name: str) -> str:
    """A document metadata field as a QDA-XML Variable."""
    return _guid("variable", name)


def annotation(ann_id: str) -> str:
    """An annotation's id as the GUID of its QDA-XML Coding."""
    return ids.as_guid(ann_id)


def annotation_id(guid: str) -> str:
    """The annotation id a Coding's GUID (already ``plain``) stands for."""
    return ids.from_guid(guid)


def plain(guid: str) -> str:
    """A GUID as a project stores ids: lower case, without braces."""
    return guid.strip().strip("{}").lower()
