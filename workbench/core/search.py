"""Full-text search over document text and annotation fields."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from workbench.core import searchindex
from workbench.core.project import Project
from workbench.core.textnorm import find_all, normalise

_TOKEN = re.compile(r"\w+", re.UNICODE)
# Words between a pair of double quotes (straight or curly) are a phrase; a quote
# without its pair is a plain character.
_PHRASE = re.compile(r'"([^"]*)"|“([^“”]*)”')


@dataclass(frozen=True)
class SearchHit:
    doc_id: int
    annotation_id: str | None
    field: str
    title: str
    snippet: str
    spans: tuple[tuple[int, int], ...]  # code-point spans of the query words in the text

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "annotation_id": self.annotation_id,
            "field": self.field,
            "title": self.title,
            "snippet": self.snippet,
            "spans": [list(s) for s in self.spans],
        }


def _pieces(query: str) -> list[tuple[str, bool]]:
    """The query's loose words and phrases (the text of each pair of quotes), in order:
    (text, True) for a phrase."""
    out: list[tuple[str, bool]] = []
    at = 0
    for m in _PHRASE.finditer(query):
        out += [(w, False) for w in query[at:m.start()].split()]
        out.append((m.group(1) if m.group(1) is not None else m.group(2), True))
        at = m.end()
    return out + [(w, False) for w in query[at:].split()]


def fts_terms(query: str, fold: Callable[[str], str] = normalise) -> list[str]:
    """The query's FTS5 terms, all of which must match; a trailing * is a prefix, and
    words in a pair of double quotes must stand in that order, side by side (a phrase).
    ``fold`` is the folding of the index queried (``searchindex.query_fold``)."""
    parts = []
    for raw, phrase in _pieces(query):
        toks = _TOKEN.findall(fold(raw))
        if phrase:
            if toks:
                parts.append('"' + " ".join(toks) + '"')
            continue
        prefix = raw.endswith("*")
        parts += [f'"{tok}"' + ("*" if prefix else "") for tok in toks]
    return parts


def unsearchable(query: str) -> str | None:
    """One sentence when ``query`` holds something but no word the index can match (a
    lone quote or bracket, "-", "*", an emoji, tatweel or harakat alone): the index holds
    letters and digits only, so "no match" would be untrue of a text holding that sign.
    None for an empty query (nothing to say) and for one with a word in it."""
    if not query.strip() or fts_terms(query):
        return None
    return (f"“{query.strip()}” has no letter or digit to search for: search finds words, "
            "not punctuation, symbols or emoji.")


def fts_query(query: str) -> str | None:
    """Every word of the query must appear (in its folded form); a trailing * is a prefix."""
    return " ".join(fts_terms(query)) or None


def matching_documents(project: Project, query: str) -> frozenset[int]:
    """The documents a search finds (their text or annotations match), all of them: a
    page of hits, however long, can leave out documents whose hits rank below it."""
    terms = fts_terms(query, searchindex.query_fold(project.conn))
    return frozenset(project.repo.search_documents(terms)) if terms else frozenset()


def annotation_hit(project: Project, query: str, doc_id: int) -> str | None:
    """The annotation that shows why ``doc_id`` is a result of ``query`` when its own
    text holds no hit (only a memo or a field matched): its first such annotation in
    reading order. None when the text matches (the viewer marks the words) or nothing
    does."""
    terms = fts_terms(query, searchindex.query_fold(project.conn))
    if not terms or project.repo.document_text_matches(terms, doc_id):
        return None
    return project.repo.first_annotation_match(terms, doc_id)


def word_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Code-point spans of the words of ``text`` that the query matched.

    The same words as the index query (``fts_terms``): "port-halden" and ``"Port"`` mark
    "Port" and "Halden", as they found them. A word must stand whole, as the index
    matches it ("market" does not mark the inside of "supermarket" or "marketplace");
    a prefix word (``shell*``) marks the start of the words it begins; the words of a
    phrase (``"market blast"``) are marked only where they stand together.
    """
    spans: set[tuple[int, int]] = set()
    for raw, phrase in _pieces(query):
        tokens = _TOKEN.findall(normalise(raw))
        if phrase:
            spans.update(_phrase_spans(text, tokens))
            continue
        prefix = raw.endswith("*")
        for token in tokens:
            spans.update(_whole(text, token, prefix))
    return sorted(spans)


def _whole(text: str, token: str, prefix: bool = False) -> list[tuple[int, int]]:
    return [s for s in find_all(text, token) if _stands_whole(text, s, prefix)]


def _phrase_spans(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """The words of each place the phrase ``tokens`` stands: each word whole, the next
    after nothing but spaces and punctuation, as the index matches a phrase."""
    if not tokens:
        return []
    found = {tok: _whole(text, tok) for tok in dict.fromkeys(tokens)}
    starts = [{s: e for s, e in found[tok]} for tok in tokens]
    out: list[tuple[int, int]] = []
    for start, end in found[tokens[0]]:
        run = [(start, end)]
        for following in starts[1:]:
            nxt = end
            while nxt < len(text) and not _word_char(text[nxt]):
                nxt += 1
            if nxt not in following:
                break
            end = following[nxt]
            run.append((nxt, end))
        if len(run) == len(tokens):
            out += run
    return out


def _word_char(ch: str) -> bool:
    # A letter or number once folded: what FTS5's unicode61 keeps inside a token.
    return any(c.isalnum() for c in normalise(ch))


def _stands_whole(text: str, span: tuple[int, int], prefix: bool) -> bool:
    start, end = span
    before = start - 1
    while before >= 0 and normalise(text[before]) == "":  # a mark or tatweel of the word
        before -= 1
    if before >= 0 and _word_char(text[before]):
        return False
    return prefix or end >= len(text) or not _word_char(text[end])


# How far past ``width`` a snippet may reach to end on a whole word.
_WORD_REACH = 24


def _snippet(text: str, spans: list[tuple[int, int]], width: int = 60) -> str:
    """About ``width`` characters either side of the first hit, cut between words: a
    cut inside a word showed half of it ("sai…"), and inside an Arabic word a vowel
    sign without its letter."""
    s, e = spans[0] if spans else (0, width)
    a, b = _word_start(text, max(0, s - width)), _word_end(text, min(len(text), e + width))
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def _word_start(text: str, a: int) -> int:
    """``a`` moved back to the start of the word it falls in (or of its letter)."""
    for i in range(a, max(0, a - _WORD_REACH) - 1, -1):
        if i == 0 or text[i - 1].isspace():
            return i
    while 0 < a < len(text) and _continues(text, a):
        a -= 1
    return a


def _word_end(text: str, b: int) -> int:
    """``b`` moved on to the end of the word it falls in (or of its letter)."""
    for i in range(b, min(len(text), b + _WORD_REACH) + 1):
        if i == len(text) or text[i].isspace():
            return i
    while 0 < b < len(text) and _continues(text, b):
        b += 1
    return b


def _continues(text: str, i: int) -> bool:
    """Whether the character at ``i`` belongs to the one before it (a mark, a joiner, a
    variation selector or skin tone, the character after a joiner)."""
    ch = text[i]
    return (unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch == "\u200d"
            or "\ufe00" <= ch <= "\ufe0f" or "\U0001f3fb" <= ch <= "\U0001f3ff"
            or text[i - 1] == "\u200d")


def search(project: Project, query: str, limit: int = 200, offset: int = 0) -> list[SearchHit]:
    """One page of hits, best first: ``limit`` of them after skipping ``offset``.

    The rows a page needs are read in a few queries (the hits' annotations with their
    spans and quotes by rowid, titles, and the text only of documents whose own text
    matched), not one query per hit. The words are marked as this version folds, which
    marks at least what an index of an older folding matched.
    """
    terms = fts_terms(query, searchindex.query_fold(project.conn))
    if not terms:
        return []
    rows = project.repo.search(terms, limit, offset, spans=True)
    text_docs = {r["doc_id"] for r in rows if not r["ann_id"]}
    texts = project.repo.document_texts(text_docs) if text_docs else {}
    others = {r["doc_id"] for r in rows} - text_docs
    titles = {**(project.repo.document_titles_of(others) if others else {}),
              **{i: t for i, (t, _) in texts.items()}}
    hits = []
    for row in rows:
        if row["ann_id"]:
            if row["deleted_at"]:
                continue
            spans = [(row["start"], row["end"])]
            snippet = row["exact"]
        else:
            text = texts[row["doc_id"]][1]
            spans = word_spans(text, query)
            snippet = _snippet(text, spans)
        hits.append(SearchHit(row["doc_id"], row["ann_id"], row["field"],
                              titles.get(row["doc_id"], ""), snippet, tuple(spans)))
    return hits
