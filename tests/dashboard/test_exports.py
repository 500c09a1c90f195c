"""The dashboard's saved HTML map has no server to fetch from: unlike the page's own map (which
takes Leaflet and the coarse basemap from /app/static/), it carries everything inline."""

from __future__ import annotations

import datetime as dt
import re

from geo.core.records import Filters

META = {
    "venezuela-iran-alliance": {"date": dt.date(2024, 3, 5), "source": "Example News"},
    "iran-latin-america-ties": {"date": dt.date(2024, 5, 20), "source": "Other Wire"},
}
# What a browser fetches from elsewhere: script/img/iframe src, link href, CSS url() and @import
# whose value is neither a data: URL nor an anchor.
_FETCHED = re.compile(
    r"""(?:\bsrc\s*=\s*["']?|<link\b[^>]*\bhref\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)"""
    r"""\s*(?!data:|#|["')])""",
    re.IGNORECASE,
)


def test_the_saved_html_map_inlines_leaflet_and_the_basemap_and_fetches_nothing(store_of, parsed_articles):
    from dashboard.exports import _html

    page = _html(store_of(parsed_articles, META), Filters(), False, "Briefing", "").decode("utf-8")
    assert 'src="data:text/javascript;base64,' in page and 'href="data:text/css;base64,' in page
    assert '"iso_a2"' in page  # the coarse basemap is in the file
    assert "app/static" not in page and "fetch(" not in page  # nothing asked of a server, not even the detail
    found = _FETCHED.search(page)
    assert not found, page[found.start() : found.start() + 80] if found else ""
    assert "Caracas" in page
