"""Safe HTML handling shared by the HTML, MHTML and e-mail importers.

Markup is parsed by lxml with networking off and never rendered. The parsed
tree, not the string, is handed to trafilatura and htmldate: both libraries
download a string that merely looks like a URL ("https://..."), and a file must
never cause a network request.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from workbench.core.importers.base import clean_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]+)", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_INLINE_SPACE = re.compile(r"[ \t]{2,}")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")

# Elements whose content is never text a reader sees.
SKIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "head",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
)
BLOCK_TAGS = frozenset(
    re.findall(
        r"\w+",
        "address article aside blockquote body caption dd details div dl dt fieldset figcaption "
        "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section "
        "summary table tbody tfoot thead tr ul",
    )
)


def lookup_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def decode_html(data: bytes, filename: str, declared: str | None = None) -> tuple[str, str]:
    """Decode markup: declared charset (MIME part), BOM, <meta charset>, then detection."""
    from workbench.core.importers.text import decode_text

    charset = lookup_charset(declared)
    if charset is None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        charset = lookup_charset(m.group(1).decode("ascii", "replace")) if m else None
    if charset is not None:
        try:
            return data.decode(charset), charset
        except UnicodeDecodeError:
            pass  # the declaration lies; fall through to detection
    return decode_text(data, filename)


def parse_html(markup: str) -> HtmlElement | None:
    """An lxml tree with comments and processing instructions dropped; never networked."""
    import lxml.html
    from lxml import etree

    markup = _XML_DECL.sub("", markup, count=1)  # lxml refuses str with an encoding decl
    if not markup.strip():
        return None
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        default_doctype=False,
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


# An inline style that hides its element whatever the style sheets say.
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*"
                           r"(?:!\s*important\s*)?(?:;|$)", re.I)


def strip_unseen(root: HtmlElement, tags: tuple[str, ...] = SKIP_TAGS, *,
                 hidden: bool = False) -> None:
    """Remove, in place, the ``tags`` elements (never shown: a ``<template>`` is inert
    markup for scripts to copy) and, with ``hidden``, elements marked ``hidden`` (the
    attribute; ``until-found`` content is shown by a search, so it stays) or hidden by
    their own inline style. The text after each (its tail) stays.

    ``hidden`` is for e-mail, which runs no script, so hidden content there is never
    seen (a marketing mail's preview line). A web page's hidden parts are what its
    scripts show on a click ("read more", tabs) or once loaded (a page hidden whole
    until then): they stay text."""
    from lxml import etree

    etree.strip_elements(root, *tags, with_tail=False)
    if not hidden:
        return
    gone = [el for el in root.iter()
            if isinstance(el.tag, str) and el is not root and (
                (el.get("hidden") is not None
                 and el.get("hidden").strip().lower() != "until-found")
                or _HIDING_STYLE.search(el.get("style") or ""))]
    for el in gone:
        if el.getparent() is not None:  # not inside one removed before
            el.drop_tree()


def tree_to_text(root: HtmlElement, *, hidden: bool = False) -> str:
    """Visible text of a tree, one block element per line; the plain fallback
    when trafilatura finds no main text, and the e-mail body converter (with
    ``hidden``: see :func:`strip_unseen`)."""
    from copy import deepcopy

    from lxml import etree

    root = deepcopy(root)
    strip_unseen(root, hidden=hidden)
    parts: list[str] = []
    pre_depth = 0

    def add(text: str | None) -> None:
        if text:
            parts.append(text if pre_depth else _SPACE.sub(" ", text))

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS or tag == "br":
                parts.append("\n")
            if tag == "pre":
                pre_depth += 1
            if tag in ("td", "th"):
                parts.append(" | ")
            add(el.text)
        else:
            if tag == "pre":
                pre_depth -= 1
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if el is not root:
                add(el.tail)
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    # Table rows were built as " | a | b": drop the leading separator.
    lines = (line[2:] if line.startswith("| ") else line for line in lines)
    return clean_text("\n".join(line for line in lines if line))


def html_language(root: HtmlElement) -> str | None:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    lang = lang.strip().lower().replace("_", "-").split("-")[0]
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else None


def html_title(root: HtmlElement) -> str | None:
    el = root.find(".//title")
    return el.text_content() if el is not None else None
