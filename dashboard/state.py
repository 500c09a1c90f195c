"""The view's state in the URL: the query layer's filters under their own names, plus view options.

``?article=`` (repeatable), ``?since=``, ``?until=``, ``?source=`` (repeatable), ``?country=``,
``?place=`` (repeatable), ``?pair=ID,ID``, ``?place_type=``, ``?relation=``, ``?min_mentions=``,
``?q=`` are ``geo.core.records.Filters`` (``from_params``/``to_params``); ``?negated=1`` draws
negated links and ``?present=1`` opens presentation mode. A pasted URL reproduces the view.

Reading is tolerant: a value that cannot be read (or an unknown name) is dropped and described in
a problem message, so a hostile or stale URL shows the rest of the view and says what it left out;
the messages hold the raw values, and the page shows them through ``dashboard.safe.md``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from geo.core.errors import GeoError
from geo.core.records import Filters

FILTER_NAMES: tuple[str, ...] = tuple(Filters.__struct_fields__)
REPEATABLE = ("article", "source", "place", "place_type", "relation")
VIEW_NAMES = ("negated", "present")
#: Streamlit's own parameters, left alone.
STREAMLIT_NAMES = ("embed", "embed_options")
MAX_VALUES = 50
"""Values of one repeatable parameter read at most (a URL is not a bulk interface)."""
MAX_CHARS = 200
"""Characters of one value read at most."""


@dataclass(frozen=True)
class UrlState:
    """What a URL asks for: the filters, the view options, and what could not be read."""

    filters: Filters = Filters()  # noqa: RUF009  (a frozen record: one shared instance is safe)
    negated: bool = False
    present: bool = False
    problems: tuple[str, ...] = field(default=())


def _short(value: str) -> str:
    return value if len(value) <= 60 else value[:59] + "…"


def read_url(params: Mapping[str, Sequence[str]]) -> UrlState:
    """The state a URL's parameters give (``name -> values``, repeatable names keep every value).

    Never raises: each value that cannot be read is left out with a problem message naming it.
    """
    problems: list[str] = []
    kept: dict[str, list[str] | str] = {}
    for name, values in params.items():
        values = [values] if isinstance(values, str) else list(values)
        if name in STREAMLIT_NAMES or name in VIEW_NAMES:
            continue
        if name not in FILTER_NAMES:
            problems.append(f"Unknown URL parameter {_short(name)!r}: ignored.")
            continue
        if len(values) > MAX_VALUES:
            problems.append(f"Only the first {MAX_VALUES} values of {name!r} are used.")
            values = values[:MAX_VALUES]
        long = [v for v in values if len(v) > MAX_CHARS]
        if long:
            problems.append(f"A value of {name!r} longer than {MAX_CHARS} characters was ignored.")
            values = [v for v in values if len(v) <= MAX_CHARS]
        if not values:
            continue
        kept[name] = values if name in REPEATABLE else values[-1]
    # Each parameter alone first, so one bad value does not lose the others.
    good: dict[str, list[str] | str] = {}
    for name, value in kept.items():
        try:
            Filters.from_params({name: value})
        except GeoError as exc:
            problems.append(f"URL parameter {name!r} ignored: {_short(str(exc))}")
            continue
        good[name] = value
    try:
        filters = Filters.from_params(good)
    except GeoError as exc:  # values fine alone but not together (since after until)
        problems.append(f"URL date range ignored: {_short(str(exc))}")
        good.pop("since", None)
        good.pop("until", None)
        filters = Filters.from_params(good)

    def flag(name: str) -> bool:
        values = params.get(name) or []
        values = [values] if isinstance(values, str) else list(values)
        return bool(values) and values[-1].strip().lower() in ("1", "true", "yes", "on")

    return UrlState(filters, flag("negated"), flag("present"), tuple(problems))


def url_params(filters: Filters, negated: bool = False, present: bool = False) -> dict[str, str | list[str]]:
    """The URL parameters of a state (defaults left out), in a stable order."""
    out = dict(filters.to_params())
    if negated:
        out["negated"] = "1"
    if present:
        out["present"] = "1"
    return out


def query_params_dict(query_params) -> dict[str, list[str]]:
    """``st.query_params`` as ``name -> every value``."""
    return {name: list(query_params.get_all(name)) for name in query_params.keys()}  # noqa: SIM118  (Streamlit's proxy, not a dict)


def url_of(query_params) -> dict[str, str | list[str]]:
    """``st.query_params`` in the form of ``url_params`` (repeatable names as lists, others the last value)."""
    return {
        name: (values if name in REPEATABLE else values[-1])
        for name, values in query_params_dict(query_params).items()
        if values
    }
