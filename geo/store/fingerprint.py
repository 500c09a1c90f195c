"""The parser fingerprint: a hash of everything that changes what the parser finds.

Stored with every article, so ``geo reparse`` re-parses exactly the articles parsed by another
version. It covers the package version, the rule and lexicon data (every file under ``data/`` but
the sample articles, the basemap and the benchmark sets, and any data file beside the recognition
and relation code), the gazetteer, and the spaCy model's name and version. Not the git commit:
a change that leaves these alone must not make the whole corpus stale.
"""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import metadata
from pathlib import Path

import geo
from geo.core.paths import DATA_DIR, PROJECT_ROOT
from geo.recognize.nlp import model_name

_NOT_RULES = ("articles", "basemap", "bench")
_CODE_WITH_DATA = ("geo/recognize", "geo/relations")


def rule_files() -> list[Path]:
    """The data files whose content changes results, in a stable order."""
    files = []
    for path in DATA_DIR.rglob("*"):
        rel = path.relative_to(DATA_DIR)
        if (
            path.is_file()
            and rel.parts[0] not in _NOT_RULES
            and not path.name.startswith((".", "README"))
            and ".duckdb" not in path.name
            and ".shards" not in str(rel)
        ):
            files.append(path)
    for folder in _CODE_WITH_DATA:
        files.extend(
            p
            for p in (PROJECT_ROOT / folder).rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
        )
    return sorted(files)


def model_version(name: str) -> str:
    """The installed version of a spaCy model package (or of a model folder's meta.json)."""
    folder = Path(name)
    if (folder / "meta.json").is_file():
        try:
            return str(json.loads((folder / "meta.json").read_text(encoding="utf-8")).get("version", "unknown"))
        except (OSError, ValueError):
            return "unknown"
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


@functools.lru_cache(maxsize=8)
def fingerprint(model: str | None = None) -> str:
    """The parser fingerprint for ``model`` (default: the configured model), 16 hex digits."""
    name = model_name(model)
    digest = hashlib.sha256()
    digest.update(f"geo {geo.__version__}\nmodel {name} {model_version(name)}\n".encode())
    for path in rule_files():
        digest.update(str(path.relative_to(PROJECT_ROOT)).encode() + b"\n")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
