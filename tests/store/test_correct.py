"""Corrections on a real store: each kind applied by the query layer, kept apart from the parser's
rows (a reparse of the same text keeps them), replaced, undone, exported, and the migration that
adds them to an older store."""

from __future__ import annotations

import io

import pytest

from geo.core.errors import StoreError
from geo.core.records import Filters, Place
from geo.store import correct, query, schema
from geo.store.connect import connect, reading, writing
from geo.store.export import export
from geo.store.write import replace_results

GEORGIA = Place("gn:614540", "Georgia", "country", "GE", 42.0, 43.5, 614540, 3700000)
BOLIVIA, VENEZUELA, HAVANA = "gn:3923057", "gn:3625428", "gn:3553478"
TIES = "iran-latin-america-ties"


@pytest.fixture
def store(store_of, parsed_articles):
    return store_of(parsed_articles)


def run(store, fn, *args):
    with reading(store) as con:
        return fn(con, *args)


def mention(store, article, text, nth=0):
    art = run(store, query.article_text, article)
    return [m for m in art.mentions if m.text == text][nth]


NO_FILTERS = Filters()


def places(store, f=NO_FILTERS):
    return {p.id: p for p in run(store, query.places, f)}


def test_moving_a_mention_moves_its_dot_and_the_line_of_its_sentence(store):
    bolivia = mention(store, TIES, "Bolivia")  # "...and then on to Bolivia." (the route's evidence)
    rev = run(store, query.stats)["revision"]
    cid = correct.move_mention(store, TIES, bolivia.start, bolivia.end, GEORGIA)
    assert run(store, query.stats)["revision"] > rev
    counts = places(store)
    assert counts[BOLIVIA].mentions == 1 and counts[GEORGIA.id].mentions == 1
    legs = {(r.source, r.target) for r in run(store, query.relations, Filters(relation=("route",)))}
    assert (VENEZUELA, GEORGIA.id) in legs and (VENEZUELA, BOLIVIA) not in legs
    moved = mention(store, TIES, "Bolivia")
    assert (moved.place, moved.parser_place, moved.correction) == (GEORGIA.id, BOLIVIA, cid)
    stats = {s.place.id: s for s in run(store, query.place_stats, Filters(place=(GEORGIA.id,)))}
    assert stats[GEORGIA.id].corrected == 1 and stats[BOLIVIA].corrected == 0
    # selection by place and country follows the correction
    assert [a.id for a in run(store, query.articles, Filters(country="GE"))] == [TIES]


def test_not_a_place_removes_the_mention_and_drops_its_relations(store):
    havana = mention(store, TIES, "Havana")
    correct.not_a_place(store, TIES, havana.start, havana.end)
    assert HAVANA not in places(store)
    assert all(HAVANA not in (r.source, r.target) for r in run(store, query.relations, Filters()))
    assert mention(store, TIES, "Havana").place is None


def test_hiding_and_retyping_relations_then_undoing(store):
    art = run(store, query.article_text, "venezuela-iran-alliance")
    tie = next(r for r in art.relations if r.type == "tie")
    transfer = next(r for r in art.relations if r.type == "transfer")
    hide = correct.hide_relation(store, art.id, tie.start, tie.end, tie.source, tie.target, tie.type)
    retype = correct.retype_relation(
        store, art.id, transfer.start, transfer.end, transfer.source, transfer.target, transfer.type, "conflict"
    )
    types = sorted(r.type for r in run(store, query.relations, Filters()))
    assert "tie" not in types and "transfer" not in types and "conflict" in types
    conflict = next(link for link in run(store, query.link_stats, Filters()) if link.type == "conflict")
    assert conflict.corrected == 1
    after = run(store, query.article_text, art.id)
    hidden = next(r for r in after.relations if r.seq == tie.seq)
    assert hidden.hidden and hidden.correction == hide
    assert correct.undo(store, hide) and not correct.undo(store, hide)
    assert "tie" in {r.type for r in run(store, query.relations, Filters())}
    assert correct.undo(store, retype)
    assert "conflict" not in {r.type for r in run(store, query.relations, Filters())}
    assert [c.undone is not None for c in run(store, query.corrections)] == [True, True]


def test_a_new_correction_of_the_same_mention_replaces_the_old_one(store):
    bolivia = mention(store, TIES, "Bolivia")
    first = correct.move_mention(store, TIES, bolivia.start, bolivia.end, GEORGIA)
    second = correct.not_a_place(store, TIES, bolivia.start, bolivia.end)
    rows = {c.id: c for c in run(store, query.corrections)}
    assert rows[first].undone is not None and rows[second].undone is None
    assert rows[second].text == "Bolivia" and rows[second].old_value == BOLIVIA
    assert GEORGIA.id not in places(store)


def test_corrections_survive_the_parser_rows_being_written_again(store, parsed_articles):
    """What a reparse does to the rows: mentions and relations deleted and inserted again."""
    from geo.read.sources import Item, content_hash
    from geo.store.rows import rows_for_items

    bolivia = mention(store, TIES, "Bolivia")
    correct.move_mention(store, TIES, bolivia.start, bolivia.end, GEORGIA)
    items = [Item(pa.article, f"/in/{pa.article.id}.txt", content_hash(pa.article.text)) for pa in parsed_articles]
    by_id = {pa.article.id: pa for pa in parsed_articles}
    table = rows_for_items(items, lambda arts: [by_id[a.id] for a in arts], "new-fingerprint").table
    with writing(store) as con:
        assert replace_results(con, table) == 2
    assert run(store, query.stale_articles, "new-fingerprint") == 0
    assert places(store)[GEORGIA.id].mentions == 1


def test_bad_corrections_are_refused_with_the_reason(store):
    with pytest.raises(StoreError, match=r"no|none"):
        correct.not_a_place(store, TIES, 0, 3)
    with pytest.raises(StoreError, match="relation type"):
        correct.retype_relation(store, TIES, 0, 1, "a", "b", "route", "<script>")
    with pytest.raises(StoreError, match="found none"):
        correct.hide_relation(store, TIES, 0, 1, "a", "b", "route")


def test_the_export_flags_corrected_rows_and_lists_the_corrections(store):
    bolivia = mention(store, TIES, "Bolivia")
    correct.move_mention(store, TIES, bolivia.start, bolivia.end, GEORGIA)
    with reading(store) as con:
        out = io.StringIO()
        export(con, Filters(), "csv", out, "corrections")
        lines = out.getvalue().splitlines()
        assert lines[0].startswith("id,kind,article_id,start,end") and "Georgia" not in lines[1]
        assert f",place,{TIES}," in lines[1] and GEORGIA.id in lines[1] and lines[1].endswith(",,Bolivia")
        out = io.StringIO()
        export(con, Filters(article=(TIES,)), "jsonl", out, "mentions")
        assert '"place":"gn:614540","score":0.9,"rule":"","corrected":true' in out.getvalue()


def test_an_older_store_gains_the_corrections_table_when_read(tmp_path, store_of, parsed_articles):
    path = tmp_path / "old.duckdb"
    con = connect(path, write=True)
    schema.migrate(con, migrations=schema.MIGRATIONS[:1])
    con.close()
    with reading(path) as con:
        assert schema.store_version(con) == schema.SCHEMA_VERSION == 2
        assert con.execute("SELECT count(*) FROM corrections").fetchone() == (0,)
