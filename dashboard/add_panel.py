"""Adding and removing articles: uploads and pasted text go into the store (there for every session,
after a reload and a restart), removals ask for confirmation and can be undone.

Limits, stated on the page and enforced before anything is read: each uploaded file at most
``MAX_FILE_BYTES`` (5 MiB, every kind ``geo ingest`` reads), at most ``MAX_FILES`` files at once,
pasted text at most ``MAX_PASTE_BYTES`` (1 MiB). A file over the limit gets a message naming it and
the limit; the others are still added.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.safe import md
from geo.read.articles import MAX_BYTES
from geo.store.query import ArticleText

UPLOAD_TYPES = ["txt", "md", "html", "htm", "jsonl", "csv", "rss", "atom", "xml"]
MAX_FILE_BYTES = MAX_BYTES
MAX_FILES = 20
MAX_PASTE_BYTES = 1024 * 1024


def _add(path: Path, named: list[tuple[str, bytes]]) -> None:
    """Keep the files beside the store and ingest them, with a progress bar; the report is kept
    for the next runs of this session."""
    messages: list[tuple[str, str]] = []
    todo: list[Path] = []
    for name, payload in named[:MAX_FILES]:
        if len(payload) > MAX_FILE_BYTES:
            messages.append(
                (
                    "error",
                    f"{name}: too large ({len(payload):,} bytes; the limit is {MAX_FILE_BYTES:,} bytes per file).",
                )
            )
            continue
        todo.append(data.save_upload(path, name, payload))
    if len(named) > MAX_FILES:
        messages.append(("error", f"Only {MAX_FILES} files are added at once: {len(named) - MAX_FILES} left out."))
    if todo:
        bar = st.progress(0.0, text="Adding to the corpus…")

        def progress(done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=md("Added {:,} of {:,} article(s)…", done, total))

        added = data.ingest(path, todo, progress)
        bar.empty()
        messages.append(("ok", f"Corpus: {added.summary}."))
        messages.extend(("error", f) for f in added.failures)
        messages.extend(("warning", w) for w in added.warnings[:20])
    st.session_state["add_messages"] = messages


def _messages() -> None:
    for kind, text in st.session_state.get("add_messages", []):
        {"ok": st.success, "error": st.error, "warning": st.warning}[kind](md("{}", text))


def show(path: Path) -> None:
    """The uploader, the paste box, and the removed articles with a button to restore each."""
    st.caption(
        md(
            "Every kind `geo ingest` reads: .txt .md .html .htm (one article each), .jsonl and .csv "
            "(one per record, `text` or `html` required), .rss .atom .xml feeds. Up to {} files at once, "
            "{} MiB each; pasted text up to {} MiB. Added articles are stored: every session sees them, "
            "after a reload or a restart too.",
            MAX_FILES,
            MAX_FILE_BYTES // (1024 * 1024),
            MAX_PASTE_BYTES // (1024 * 1024),
        )
    )
    generation = st.session_state.setdefault("upload_generation", 0)
    files = st.file_uploader(
        "Upload articles", type=UPLOAD_TYPES, accept_multiple_files=True, key=f"upload-{generation}"
    )
    if files:
        _add(path, [(f.name, f.getvalue()) for f in files])
        st.session_state["upload_generation"] = generation + 1  # an empty uploader for the next files
        st.rerun()
    with st.form("paste", clear_on_submit=True):
        title = st.text_input("Title (optional)")
        text = st.text_area("…or paste an article's text", height=120)
        if st.form_submit_button("Add text") and text.strip():
            payload = text.encode("utf-8", "replace")
            if len(payload) > MAX_PASTE_BYTES:
                st.session_state["add_messages"] = [
                    (
                        "error",
                        f"Pasted text is too large ({len(payload):,} bytes; the limit is {MAX_PASTE_BYTES:,} bytes).",
                    )
                ]
            else:
                record = {"id": "pasted-" + hashlib.sha256(payload).hexdigest()[:10], "text": text}
                if title.strip():
                    record["title"] = title.strip()[:300]
                _add(path, [(f"{record['id']}.jsonl", (json.dumps(record) + "\n").encode("utf-8"))])
    _messages()
    removed = data.removed_articles(path)
    if removed:
        st.markdown("**Removed articles** (kept in the store, hidden everywhere)")
        for aid, title in removed:
            left, right = st.columns([6, 1])
            left.markdown(md("{} · id {}", title, aid))
            right.button("Restore", key=f"restore-{aid}", on_click=_remove, args=(path, aid, True))


def _remove(path: Path, article_id: str, restore: bool = False) -> None:
    data.remove(path, [article_id], restore=restore)
    st.session_state["removal"] = None if restore else article_id
    if not restore and st.session_state.get("open_article") == article_id:
        st.session_state["open_article"] = None


def remove_button(path: Path, art: ArticleText) -> None:
    """Remove the open article, after a confirmation."""
    if art.removed:
        st.button("Restore", key="restore-open", on_click=_remove, args=(path, art.id, True))
        return
    with st.popover("Remove…"):
        st.markdown(
            md(
                "Remove **{}** from every view? It stays in the store (a later ingest of the same text "
                "does not bring it back) and can be restored.",
                art.title,
            )
        )
        st.button("Yes, remove it", key="remove-confirm", on_click=_remove, args=(path, art.id), type="primary")


def removal_notice(path: Path) -> None:
    """After a removal: what was removed, and a button to undo it."""
    article_id = st.session_state.get("removal")
    if not article_id:
        return
    cols = st.columns([5, 1])
    cols[0].info(md("Article {} removed.", article_id))
    cols[1].button("Undo", key="undo-removal", on_click=_remove, args=(path, article_id, True))
