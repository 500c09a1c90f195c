"""geo: an offline news geoparser.

Articles in, places resolved against a bundled GeoNames gazetteer out, with the routes, transfers
and ties the article draws between them. Nothing here imports streamlit; ``app.py`` is the UI.
"""

__version__ = "0.1.0"
