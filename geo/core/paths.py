"""Where the bundled data lives, resolved from the package, never from the working directory."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = PROJECT_ROOT / "data"
GAZETTEER_PATH = DATA_DIR / "gazetteer.tsv.gz"
CURATED_DIR = DATA_DIR / "curated"
BASEMAP_PATH = DATA_DIR / "basemap" / "countries.geojson"
ARTICLES_DIR = DATA_DIR / "articles"
BENCH_DATA_DIR = DATA_DIR / "bench"
# Served by the dashboard as static files (Streamlit serves <app dir>/static at /app/static/).
STATIC_DIR = PROJECT_ROOT / "static"
