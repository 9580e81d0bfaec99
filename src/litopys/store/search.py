"""Full-text search over lemmas, so any inflected form finds any other ("Північна Корея" finds
"Північною Кореєю"). The query is lemmatised like the articles were: each word becomes the set of
its possible lemmas (OR), and every word must match (AND). SQLite uses FTS5 with BM25 ranking;
PostgreSQL a ``simple`` tsvector over the same lemmas (a stored column with a GIN index) with ``ts_rank``.
"""

from __future__ import annotations

from sqlalchemy import Connection

from litopys.language import analyse_word, tokenize
from litopys.store.schema import SEARCH_TABLE

SNIPPET_CHARS = 160


def query_lemmas(query: str) -> list[set[str]]:
    """For each word of the query, every lemma it can have."""
    groups = []
    for start, end in tokenize(query):
        word = query[start:end]
        if not word[:1].isalnum():
            continue
        readings = analyse_word(word.lower()) if word[:1].isalpha() else ()
        groups.append({r.lemma for r in readings} or {word.lower()})
    return groups


def fts5_query(groups: list[set[str]]) -> str:
    def quoted(lemma: str) -> str:
        return '"' + lemma.replace('"', '""') + '"'

    return " AND ".join("(" + " OR ".join(quoted(lemma) for lemma in sorted(group)) + ")" for group in groups)


def ranked_article_ids(connection: Connection, query: str, limit: int, offset: int = 0) -> list[tuple[int, float]]:
    """(article id, score) best first; higher score is better on both backends."""
    groups = query_lemmas(query)
    if not groups:
        return []
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            f"SELECT rowid, bm25({SEARCH_TABLE}) AS rank FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? "
            "ORDER BY rank, rowid LIMIT ? OFFSET ?",
            (fts5_query(groups), limit, offset),
        ).all()
        return [(row[0], round(-row[1], 4)) for row in rows]
    params: dict[str, object] = {"limit": limit, "offset": offset}
    ands = []
    for g, group in enumerate(groups):
        ors = []
        for n, lemma in enumerate(sorted(group)):
            params[f"l{g}_{n}"] = lemma
            ors.append(f"plainto_tsquery('simple', %(l{g}_{n})s)")
        ands.append("(" + " || ".join(ors) + ")")
    tsquery = " && ".join(ands)
    rows = connection.exec_driver_sql(
        f"SELECT article_id, ts_rank(tsv, q) AS score FROM {SEARCH_TABLE}, (SELECT {tsquery} AS q) AS query "
        "WHERE tsv @@ q ORDER BY score DESC, article_id LIMIT %(limit)s OFFSET %(offset)s",
        params,
    ).all()
    return [(row[0], round(float(row[1]), 4)) for row in rows]


def snippet(text: str, query: str) -> str:
    """The text around the first word whose lemma matches a query word."""
    wanted = set().union(*query_lemmas(query)) if query.strip() else set()
    for start, end in tokenize(text):
        word = text[start:end]
        if not word[:1].isalpha():
            continue
        if any(r.lemma in wanted for r in analyse_word(word.lower())):
            left = max(0, start - SNIPPET_CHARS // 2)
            right = min(len(text), end + SNIPPET_CHARS)
            if left > 0 and not text[left - 1].isspace():  # start and end on whole words
                left = min(start, next((i + 1 for i in range(left, start) if text[i].isspace()), start))
            if right < len(text) and not text[right].isspace():
                right = max(end, next((i for i in range(right, end, -1) if text[i].isspace()), end))
            prefix = "…" if left > 0 else ""
            suffix = "…" if right < len(text) else ""
            return prefix + " ".join(text[left:right].split()) + suffix
    return " ".join(text[:SNIPPET_CHARS].split())
