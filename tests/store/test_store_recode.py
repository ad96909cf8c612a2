"""Re-coding on change: the store knows which coder coded each article and re-codes what another coded."""

from __future__ import annotations

from store_fakes import art, fake_code

from flashpoint.config import Settings
from flashpoint.fingerprint import Fingerprint, coding_fingerprint
from flashpoint.store import ingest_articles, stored_for_recode
from flashpoint.store.ingest import content_hash, content_hash_sql
from flashpoint.store.status import store_status

A1 = "Kosovo police arrested the Serbian in Mitrovica on 2018-03-26. Serbia criticized the Kosovo."
A2 = "Serbia met the Albania in Belgrade."
OLD = Fingerprint("0123456789ab", {"flashpoint": "0.0.9"})
NEW = Fingerprint("ba9876543210", {"flashpoint": "0.1.0"})


def _spy():
    calls: list[str] = []

    def code(batch, on_failure=None):
        calls.extend(a.id for a in batch)
        return fake_code(batch)

    return code, calls


def test_the_same_coder_never_codes_twice_another_recodes(store):
    arts = [art("a1", A1, source="Wire A"), art("a2", A2, url="https://example.org/x")]
    code, calls = _spy()
    ingest_articles(store, arts, code, coded_with=OLD)
    assert calls == ["a1", "a2"]
    r = ingest_articles(store, arts, code, coded_with=OLD)
    assert r.unchanged == 2 and calls == ["a1", "a2"]
    r = ingest_articles(store, arts, code, coded_with=NEW)  # an upgrade, another lexicon, --keep-negated ...
    assert r.replaced == 2 and calls == ["a1", "a2", "a1", "a2"]


def test_status_counts_what_another_coder_coded_and_recode_reads_it_back(store):
    arts = [art("a1", A1, source="Wire A"), art("a2", A2, published=None)]
    ingest_articles(store, arts, fake_code, coded_with=OLD)
    st = store_status(store, coded_with=NEW.key)
    assert st.recode == 2 and set(st.coders) == {OLD.key}
    assert st.coders[OLD.key]["parts"] == {"flashpoint": "0.0.9"}
    assert store_status(store, coded_with=OLD.key).recode == 0
    back = list(stored_for_recode(store, NEW.key))
    assert [(a.id, a.text, a.published, a.source) for a in back] == [(a.id, a.text, a.published, a.source)
                                                                     for a in arts]
    code, calls = _spy()
    ingest_articles(store, back, code, coded_with=NEW)
    assert calls == ["a1", "a2"] and store_status(store, coded_with=NEW.key).recode == 0
    assert list(stored_for_recode(store, NEW.key)) == []


def test_sql_hash_equals_the_python_hash(store):
    a = art("x", "Text with ünïcode — and\nlines.", published="2020-02-29", source="S", url="http://u")
    ingest_articles(store, [a], fake_code, coded_with=NEW)
    (stored, in_sql), = store.rows(f"SELECT content_hash, {content_hash_sql('a', NEW.key)} FROM articles a")
    assert stored == in_sql == content_hash(a, NEW.key)


def test_the_fingerprint_follows_what_shapes_the_coding(tmp_path):
    base = coding_fingerprint(Settings())
    assert base == coding_fingerprint(Settings(workers=4, batch_size=8, explain=True))  # same events
    assert base != coding_fingerprint(Settings(keep_negated=True))
    assert base != coding_fingerprint(Settings(min_confidence=0.5))
    lex = tmp_path / "extra.yml"
    lex.write_text("version: 1\nactions: []\n")
    with_lex = coding_fingerprint(Settings(lexicons=(str(lex),)))
    assert with_lex != base
    lex.write_text("version: 2\nactions: []\n")  # same file name, other content
    assert coding_fingerprint(Settings(lexicons=(str(lex),))) != with_lex
    assert set(base.parts) >= {"flashpoint", "model", "data", "options"}
