"""Corrections: move a mention to another gazetteer entry (picked by name), mark a mention "not a
place", hide a relation or change its type; list every correction and undo one.

Corrections are written to the store apart from the parser's rows (``geo.store.correct``), so they
survive ``geo reparse``, invalidate every cached view (the store's revision changes), show on the
map and in the article as corrected, and go out with ``geo export``.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.safe import cell, md
from geo.core.errors import GeoError
from geo.core.records import RELATION_TYPES
from geo.store import correct
from geo.store.query import ArticleRelation, ArticleText

KIND_WORDS = {
    "place": "moved to another place",
    "not_place": "not a place",
    "hide": "relation hidden",
    "type": "relation retyped",
}


def _run(action, *args, done: str) -> None:
    """Run a correction from a button's callback; the outcome is shown on the next run."""
    try:
        action(*args)
    except GeoError as exc:
        st.session_state["correction_message"] = ("error", str(exc))
    else:
        st.session_state["correction_message"] = ("ok", done)


def message() -> None:
    """The outcome of the last correction (once)."""
    found = st.session_state.pop("correction_message", None)
    if found:
        kind, text = found
        (st.success if kind == "ok" else st.error)(md("{}", text))


def relation_actions(path: Path, art: ArticleText, rel: ArticleRelation, key: str) -> None:
    """Hide or retype one relation (as the parser stored it)."""
    args = (path, art.id, rel.start, rel.end, rel.parser_source, rel.parser_target, rel.parser_type)
    cols = st.columns([1, 2, 1])
    cols[0].button(
        "Hide",
        key=f"hide-{key}",
        on_click=_run,
        args=(correct.hide_relation, *args),
        kwargs={"done": "Relation hidden."},
        type="tertiary",
    )
    new_type = cols[1].selectbox(
        "Type", [t for t in RELATION_TYPES if t != rel.type], key=f"type-{key}", label_visibility="collapsed"
    )
    cols[2].button(
        "Retype",
        key=f"retype-{key}",
        on_click=_run,
        args=(correct.retype_relation, *args, new_type),
        kwargs={"done": "Relation retyped."},
        type="tertiary",
    )


def article_tools(path: Path, art: ArticleText, selected_place: str | None = None) -> None:
    """Correct the open article's mentions and relations; the first mention of the place clicked
    on the map is the one offered first."""
    message()
    with st.expander("Correct this article", expanded=bool(st.session_state.get("correcting"))):
        mentions = list(art.mentions)
        if mentions:

            def mention_label(i: int) -> str:
                m = mentions[i]
                where = f"{m.place_name} ({m.place_type}, {m.country_code or '-'})" if m.place_name else "no place"
                fixed = " · corrected" if m.correction is not None else ""
                return cell(f"“{m.text}” at {m.start} → {where}{fixed}", 120)

            first = next((i for i, m in enumerate(mentions) if selected_place and m.place == selected_place), 0)
            i = st.selectbox(
                "Mention",
                range(len(mentions)),
                index=first,
                format_func=mention_label,
                key=f"fix-mention-{art.id}-{selected_place or ''}",
            )
            m = mentions[i]
            name = st.text_input(
                "Move it to the place named",
                value=m.text,
                key=f"fix-name-{art.id}-{m.start}",
                help="A name from the gazetteer; its entries are listed largest first.",
            )
            found = data.gazetteer_places(name) if name.strip() else []
            if found:
                j = st.selectbox(
                    "Gazetteer entry",
                    range(len(found)),
                    key=f"fix-entry-{art.id}-{m.start}",
                    format_func=lambda j: cell(
                        f"{found[j].name} · {found[j].type} · "
                        f"{found[j].country_code or '-'} · population "
                        f"{found[j].population:,} · {found[j].id}",
                        120,
                    ),
                )
                st.button(
                    md("Move “{}” here", m.text[:40]),
                    key=f"fix-move-{art.id}",
                    on_click=_run,
                    args=(correct.move_mention, path, art.id, m.start, m.end, found[j]),
                    kwargs={"done": f"Moved “{m.text}” to {found[j].name}."},
                )
            elif name.strip():
                st.caption(md("No gazetteer entry is named {}.", name.strip()[:60]))
            st.button(
                md("“{}” is not a place", m.text[:40]),
                key=f"fix-not-{art.id}",
                on_click=_run,
                args=(correct.not_a_place, path, art.id, m.start, m.end),
                kwargs={"done": f"“{m.text}” marked not a place."},
            )
        relations = list(art.relations)
        if relations:
            st.markdown("**Relations**")
            for rel in relations:
                head = (
                    f"{rel.type}: {rel.source_name or rel.source} {'→' if rel.directed else '—'} "
                    f"{rel.target_name or rel.target}"
                )
                state = " · hidden" if rel.hidden else (" · corrected" if rel.correction is not None else "")
                st.markdown(md("{}{}  \n{}", head, state, " ".join(rel.evidence.split())[:300]))
                if not rel.hidden:
                    relation_actions(path, art, rel, key=f"art-{art.id}-{rel.seq}")


def show(path: Path) -> None:
    """Every correction, newest first, with undo for the active ones and the export of the list."""
    message()
    rows = data.corrections(path)
    if not rows:
        st.caption("No corrections yet: open an article (click a place, then Read article) to correct it.")
        return
    active = [r for r in rows if r.undone is None]
    st.caption(md("{:,} active correction(s), {:,} undone or replaced.", len(active), len(rows) - len(active)))
    table = [
        {
            "id": r.id,
            "what": KIND_WORDS.get(r.kind, r.kind),
            "article": cell(r.article_id),
            "text": cell(r.text),
            "from": cell(r.old_value),
            "to": cell(r.new_value),
            "made": r.made.isoformat(timespec="seconds"),
            "status": "active" if r.undone is None else f"undone {r.undone.isoformat(timespec='seconds')}",
        }
        for r in rows
    ]
    st.dataframe(table, hide_index=True, width="stretch")
    if active:
        cols = st.columns([3, 1])
        cid = cols[0].selectbox(
            "Undo correction",
            [r.id for r in active],
            key="undo-pick",
            format_func=lambda c: cell(
                next(
                    f"#{r.id} {KIND_WORDS.get(r.kind, r.kind)}: “{r.text or ''}” in {r.article_id}"
                    for r in active
                    if r.id == c
                ),
                120,
            ),
        )
        cols[1].button(
            "Undo",
            key="undo",
            on_click=_run,
            args=(correct.undo, path, cid),
            kwargs={"done": f"Correction #{cid} undone."},
        )
