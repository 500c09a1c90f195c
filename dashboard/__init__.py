"""The Streamlit dashboard on the corpus store, one module per panel; ``app.py`` wires them.

- ``safe``: the one escaping helper for every article- or user-derived string sent to Streamlit;
- ``state``: the URL (filters under the query layer's names, view options) read and written;
- ``data``: the store, its revision, the bounded caches of query results, adding and removing;
- ``sidebar``: the filter widgets and the timeline;
- ``map_panel``: the map (a fixed base map and the view's feature group);
- ``place_panel``: what a click on the map lists, and an article with its places highlighted;
- ``add_panel``: uploading, pasting, removing and restoring articles;
- ``corrections_panel``: moving a mention, marking one not a place, hiding or retyping a relation,
  and undoing;
- ``exports``: PNG, HTML, GeoJSON, CSV and the PowerPoint briefing of the current view.

It imports ``geo``; nothing in ``geo`` imports it (``tests/test_layers.py``).
"""
