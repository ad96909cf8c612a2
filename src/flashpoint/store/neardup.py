"""Recognising near-duplicate articles (syndicated copies, light edits) before they are coded.

An article whose MinHash similarity to an original article (a stored one, or an earlier one of the
same batch) reaches ``near_dup_threshold`` becomes a *copy* of the most similar one (ties: the
smallest id): it is stored with its text but not coded, and every event of its original counts one
more mention, article and (if it comes from another publisher) source.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from .db import Store
from .minhash import band_buckets, pack, signature, similarity, unpack
from .stage import ArticleRow

__all__ = ["mark_copies"]


def _store_candidates(store: Store, rows: list[ArticleRow], batch_ids: list[str]) -> dict[int, set[str]]:
    qidx: list[int] = []
    bands: list[int] = []
    buckets: list[int] = []
    for i, r in enumerate(rows):
        for band, bucket in enumerate(r.buckets or ()):
            qidx.append(i)
            bands.append(band)
            buckets.append(bucket)
    if not qidx:
        return {}
    store.con.register("_py_query_bands", {
        "q": np.array(qidx, dtype=np.int64), "band": np.array(bands, dtype=np.int64),
        "bucket": np.array(buckets, dtype=np.uint64)})
    try:
        found = store.rows("""
            SELECT DISTINCT q.q, b.article_id
            FROM _py_query_bands q
            JOIN article_bands b ON b.band = CAST(q.band AS USMALLINT) AND b.bucket = CAST(q.bucket AS UBIGINT)
            WHERE b.article_id NOT IN (SELECT unnest(CAST(? AS VARCHAR[])))""", [batch_ids])
    finally:
        store.con.unregister("_py_query_bands")
    out: dict[int, set[str]] = defaultdict(set)
    for q, aid in found:
        out[int(q)].add(str(aid))
    return out


def mark_copies(store: Store, rows: list[ArticleRow]) -> None:
    """Compute signatures for ``rows`` (those with text) and mark near-duplicates as copies, in order."""
    settings = store.settings
    for r in rows:
        if r.text:
            sig = signature(r.text, settings)
            r.minhash = pack(sig)
            r.buckets = band_buckets(sig, settings)
    cands = _store_candidates(store, rows, [r.article_id for r in rows])
    wanted = sorted({a for s in cands.values() for a in s})
    sigs: dict[str, list[int]] = {}
    if wanted:
        for aid, blob in store.rows("SELECT article_id, minhash FROM articles WHERE status = 'coded' AND "
                                    "minhash IS NOT NULL AND article_id IN (SELECT unnest(CAST(? AS VARCHAR[])))",
                                    [wanted]):
            sigs[str(aid)] = unpack(bytes(blob))
    batch_index: dict[tuple[int, int], list[int]] = defaultdict(list)  # (band, bucket) -> earlier originals
    for i, r in enumerate(rows):
        if r.minhash is None or r.buckets is None:
            continue
        mine = unpack(r.minhash)
        best: tuple[float, str] | None = None
        pool = {a: sigs[a] for a in cands.get(i, ()) if a in sigs}
        for band, bucket in enumerate(r.buckets):
            for j in batch_index.get((band, bucket), ()):
                other = rows[j]
                if other.minhash is not None:
                    pool[other.article_id] = unpack(other.minhash)
        for aid, sig in pool.items():
            sim = similarity(mine, sig)
            if sim >= settings.near_dup_threshold and (best is None or (-sim, aid) < (-best[0], best[1])):
                best = (sim, aid)
        if best is not None:
            r.status, r.similarity, r.duplicate_of = "copy", round(best[0], 4), best[1]
        else:
            r.status, r.similarity, r.duplicate_of = "coded", None, None
            for band, bucket in enumerate(r.buckets):
                batch_index[(band, bucket)].append(i)
