"""HTML: the main text through trafilatura, the date through htmldate; never rendered."""

from __future__ import annotations

import re
from copy import deepcopy
from typing import TYPE_CHECKING

from workbench.core.importers import limits, signatures
from workbench.core.importers.base import ImportedDocument, clean_text, none_if_blank
from workbench.core.importers.htmltext import (
    decode_html,
    html_language,
    html_title,
    parse_html,
    strip_unseen,
    tree_to_text,
)

if TYPE_CHECKING:
    from lxml.html import HtmlElement

VERSION = "3"  # 3: <template> content left out
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)


def _clean_url(value: object) -> str | None:
    url = none_if_blank(value, 2000)
    return url if url and _URL.match(url) else None


def publication_date(root: HtmlElement) -> str | None:
    """htmldate on a copy of the tree (it edits trees); None when it finds nothing."""
    import htmldate

    try:
        return htmldate.find_date(
            deepcopy(root), original_date=True, outputformat="%Y-%m-%d", extensive_search=True
        )
    except Exception:  # htmldate is best-effort; a bad date never blocks an import
        return None


def extract_html(
    markup: str,
    filename: str,
    *,
    importer: str,
    media_type: str,
    encoding: str | None,
    url: str | None = None,
) -> ImportedDocument:
    """Main text and metadata of an HTML string (also used for MHTML)."""
    import trafilatura

    root = parse_html(markup)
    if root is None:
        raise limits.rejected(filename, "no readable text was found in this HTML page")
    published = publication_date(root)
    seen = deepcopy(root)
    # trafilatura drops scripts, styles and the like itself, and reads the metadata
    # from <head>: only what it kept is taken out, a <template>'s inert rows.
    strip_unseen(seen, ("template",))
    doc = trafilatura.bare_extraction(
        seen,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_recall=True,
    )
    text = clean_text(doc.text or "") if doc is not None else ""
    used = "trafilatura"
    if not text.strip():
        # Short pages (a statement, a single table) fall under trafilatura's
        # main-content heuristics; the visible text is still worth keeping.
        text, used = tree_to_text(root), "plain"
    if not text.strip():
        raise limits.rejected(filename, "no readable text was found in this HTML page")
    meta = doc if doc is not None else None
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    return ImportedDocument(
        text=text,
        importer=importer,
        importer_version=f"{VERSION}+trafilatura-{trafilatura.__version__}",
        media_type=media_type,
        title=none_if_blank(getattr(meta, "title", None)) or none_if_blank(html_title(root)),
        author=none_if_blank(getattr(meta, "author", None)),
        publisher=none_if_blank(getattr(meta, "sitename", None)),
        url=_clean_url(url) or _clean_url(getattr(meta, "url", None)),
        published=published or getattr(meta, "date", None),
        language=html_language(root),
        encoding=encoding,
        extra={"extraction": used},
    )


class HtmlImporter:
    name = "html"
    version = VERSION
    extensions = (".html", ".htm", ".xhtml")
    damaged = "the HTML page is damaged and could not be read"

    def sniff(self, data: bytes, filename: str) -> bool:
        return False  # markup is only a weak signal: see guess()

    def guess(self, data: bytes, filename: str) -> bool:
        return signatures.looks_like_html(data, filename)

    def parse(self, data: bytes, filename: str) -> ImportedDocument:
        markup, encoding = decode_html(data, filename)
        return extract_html(
            markup, filename, importer="html", media_type="text/html", encoding=encoding
        )
