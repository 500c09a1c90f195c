"""The folium map of parsed articles: places, routes, transfers, ties, itinerary legs and a legend.

Nothing here imports streamlit. The map works offline: Leaflet comes from ``geo.viz.assets`` as ``data:``
URLs, the basemap is the bundled Natural Earth countries drawn as a GeoJSON layer (``tiles=None``),
and only folium features that need nothing but Leaflet are used (no awesome-markers, bootstrap or
jQuery). Places and relations are each drawn by one element carrying their data as JSON, which
renders a thousand places in milliseconds where one folium object per marker takes seconds.

Every string from an article (names, sentences, titles, evidence) is escaped before it reaches HTML.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from collections.abc import Sequence
from pathlib import Path

import folium
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from geo.viz import assets
from geo.viz.tables import PlaceSummary, summarize_places
from geo.core.geometry import fit_bounds, great_circle, leaflet_copies, screen_angle
from geo.core.records import ParsedArticle, Place, Relation

#: Above this many markers, markers are clustered (Leaflet.markercluster).
CLUSTER_THRESHOLD = 150

#: Sentences shown in a marker's popup (the article panel shows them all).
POPUP_SENTENCES = 5

#: Fill colour and legend label per place type.
PLACE_STYLES: dict[str, tuple[str, str]] = {
    "country": ("#2563eb", "Country"),
    "city": ("#dc2626", "City"),
    "admin1": ("#d97706", "Province / state"),
    "admin2": ("#ca8a04", "District"),
    "region": ("#059669", "Region"),
    "continent": ("#7c3aed", "Continent"),
    "water": ("#0891b2", "Sea / water"),
}

#: Line style per relation type: colour, weight, dash pattern (None = solid), legend label.
RELATION_STYLES: dict[str, tuple[str, float, str | None, str]] = {
    "route": ("#1e3a8a", 2.5, None, "Route (arrow: direction)"),
    "transfer": ("#ea580c", 4.0, "12 5", "Transfer (arrow: direction)"),
    "tie": ("#4b5563", 2.0, "4 6", "Tie (dashed, no direction)"),
    "conflict": ("#b91c1c", 3.0, None, "Conflict (arrow: who acts on whom)"),
}

_OCEAN = "#d6e6f2"
_LAND = "#f5f2ea"
_BORDER = "#a3a9b1"


_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def _js_json(obj: object) -> str:
    """JSON safe to embed in a ``<script>`` that a Jinja template may see again.

    No ``<``, ``>`` or ``&`` is left to close the tag, and no ``{{``, ``{%`` or ``{#`` to be read as
    Jinja (branca compiles a MacroElement's rendered script as a template; JSON's own structure
    never has a brace followed by one of these, so every match is inside a string).
    """
    text = (
        json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return _JINJA_OPEN.sub(r"\\u007b", text)


class _Raw(Element):
    """Already-rendered text, returned as is (no Jinja compile of a megabyte of data)."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class _FastRender:
    """Render a data-carrying element's script once, without branca compiling the result again.

    ``MacroElement.render`` wraps each rendered script in ``Element(script)``, which Jinja-compiles
    it: seconds for a basemap or a thousand places, and article text with ``{{`` would be evaluated.
    """

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        for name, url in getattr(self, "default_js", ()):
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in getattr(self, "default_css", ()):
            figure.header.add_child(CssLink(url), name=name)
        figure.script.add_child(_Raw(self._template.module.script(self, kwargs)), name=self.get_name())


def marker_radius(mentions: int) -> float:
    """Marker radius in pixels: grows with the square root of mentions, capped."""
    return round(min(5.0 + 3.0 * math.sqrt(max(mentions, 0)), 26.0), 1)


def place_popup_html(summary: PlaceSummary, limit: int = POPUP_SENTENCES) -> str:
    """Popup HTML for a place: name, type, counts, and the sentences that mention it with their
    article titles, all escaped."""
    place = summary.place
    n = summary.mentions
    items = "".join(
        f'<li>{html.escape(s.text)} <i class="geo-src">— {html.escape(s.article_title)}</i></li>'
        for s in summary.sentences[:limit]
    )
    more = len(summary.sentences) - limit
    more_html = f'<div class="geo-more">and {more} more sentence{"s" if more != 1 else ""}</div>' if more > 0 else ""
    return (
        '<div class="geo-popup">'
        f"<b>{html.escape(place.name)}</b> <small>{html.escape(place.type)}"
        f'{" · " + html.escape(place.country_code) if place.country_code else ""}'
        f' · {n} mention{"s" if n != 1 else ""}</small>'
        f'<ul style="padding-left:1.1em;margin:.4em 0">{items}</ul>{more_html}</div>'
    )


def relation_popup_html(relation: Relation, source: Place, target: Place, article_title: str) -> str:
    """Popup HTML for a relation: endpoints, type, leg number and the evidence sentence, escaped."""
    arrow = "→" if relation.directed else "—"
    leg = f" · leg {relation.order}" if relation.order is not None else ""
    negated = " · <b>negated</b>" if relation.negated else ""
    return (
        '<div class="geo-popup">'
        f"<b>{html.escape(source.name)} {arrow} {html.escape(target.name)}</b> "
        f"<small>{html.escape(relation.type)}{leg}{negated}</small>"
        f'<p style="margin:.4em 0">{html.escape(" ".join(relation.evidence.split()))}</p>'
        f'<i class="geo-src">— {html.escape(article_title)}</i></div>'
    )


class PlaceLayer(_FastRender, JSCSSMixin, MacroElement):
    """All place markers of a map as one element: circle markers sized by mentions and styled by
    type, with a tooltip (the name) and a popup; clustered when ``cluster`` is True."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 45}){% else %}L.featureGroup(){% endif %};
            {{ this.data }}.forEach(function (d) {
                var marker = L.circleMarker([d.lat, d.lon], {
                    radius: d.r, color: d.stroke, weight: d.w, fillColor: d.fill,
                    fillOpacity: d.fo, className: "geo-place geo-place-" + d.type
                });
                marker.bindTooltip(d.tip);
                marker.bindPopup(d.popup, {maxWidth: 380});
                group.addLayer(marker);
            });
            group.addTo({{ this._parent.get_name() }});
            return group;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, summaries: Sequence[PlaceSummary], cluster: bool = False):
        super().__init__()
        self._name = "PlaceLayer"
        self.cluster = cluster
        self.count = len(summaries)
        rows = []
        for s in summaries:
            fill = PLACE_STYLES.get(s.place.type, ("#6b7280", ""))[0]
            area = s.place.type in ("country", "region", "continent", "water", "admin1")
            rows.append(
                {
                    "lat": s.place.lat,
                    "lon": s.place.lon,
                    "r": marker_radius(s.mentions),
                    "fill": fill,
                    "stroke": fill if area else "#ffffff",
                    "w": 2.5 if area else 1.5,
                    "fo": 0.35 if area else 0.85,
                    "type": s.place.type,
                    "tip": html.escape(s.place.name),
                    "popup": place_popup_html(s),
                }
            )
        self.data = _js_json(rows)
        if cluster:
            css, default_css = assets.markercluster_css()
            self.default_js = [("markercluster_js", assets.markercluster_js())]
            self.default_css = [("markercluster_css", css), ("markercluster_default_css", default_css)]
        else:
            self.default_js = []
            self.default_css = []


class RelationLayer(_FastRender, MacroElement):
    """All relations of a map as one element: great-circle polylines styled by type, with arrows for
    direction and numbered itinerary legs."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var group = L.featureGroup();
            {{ this.data }}.forEach(function (d) {
                d.lines.forEach(function (line) {
                    var pl = L.polyline(line, {
                        color: d.color, weight: d.weight, opacity: d.opacity,
                        dashArray: d.dash, className: "geo-relation geo-" + d.type
                    });
                    pl.bindTooltip(d.tip);
                    pl.bindPopup(d.popup, {maxWidth: 380});
                    group.addLayer(pl);
                });
                d.arrows.forEach(function (a) {
                    group.addLayer(L.marker([a[0], a[1]], {interactive: false, keyboard: false, icon: L.divIcon({
                        className: "geo-arrow", iconSize: [14, 14], iconAnchor: [7, 7],
                        html: '<div style="width:0;height:0;margin:1px 0 0 2px;border-top:6px solid transparent;'
                            + 'border-bottom:6px solid transparent;border-left:11px solid ' + d.color
                            + ';transform:rotate(' + a[2] + 'deg)"></div>'
                    })}));
                });
                d.labels.forEach(function (a) {
                    group.addLayer(L.marker([a[0], a[1]], {interactive: false, keyboard: false, icon: L.divIcon({
                        className: "geo-leg", iconSize: [20, 20], iconAnchor: [10, 22],
                        html: '<div style="width:20px;height:20px;border-radius:10px;background:' + d.color
                            + ';color:#fff;font:bold 12px/20px sans-serif;text-align:center">' + a[2] + '</div>'
                    })}));
                });
            });
            group.addTo({{ this._parent.get_name() }});
            return group;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[dict]):
        super().__init__()
        self._name = "RelationLayer"
        self.count = len(rows)
        self.data = _js_json(rows)


def relation_rows(parsed: Sequence[ParsedArticle]) -> list[dict]:
    """Drawing data for every relation whose endpoints are known: lines (with antimeridian copies),
    arrowheads ``[lat, lon, angle]`` and itinerary leg labels ``[lat, lon, order]``."""
    rows: list[dict] = []
    for pa in parsed:
        for rel, source, target in pa.relation_endpoints():
            color, weight, dash, _ = RELATION_STYLES[rel.type]
            lines, arrows, labels = _relation_shape(source.lat, source.lon, target.lat, target.lon,
                                                    rel.directed, rel.order)
            arrow = "→" if rel.directed else "—"
            leg = f" (leg {rel.order})" if rel.order is not None else ""
            rows.append(
                {
                    "type": rel.type,
                    "color": color,
                    "weight": weight,
                    "dash": "3 7" if rel.negated else dash,
                    "opacity": 0.4 if rel.negated else 0.85,
                    "lines": lines,
                    "arrows": arrows,
                    "labels": labels,
                    "tip": html.escape(f"{source.name} {arrow} {target.name}: {rel.type}{leg}"),
                    "popup": relation_popup_html(rel, source, target, pa.article.title),
                }
            )
    return rows


@functools.lru_cache(maxsize=65536)
def _relation_shape(lat1: float, lon1: float, lat2: float, lon2: float, directed: bool, order: int | None):
    """Leaflet lines, arrowheads and leg labels of one relation (cached: reruns draw the same)."""
    points = great_circle(lat1, lon1, lat2, lon2, npts=None)
    if len(points) < 3:  # two places at one position: no curve, but keep the arrow code's indices valid
        points = [points[0], points[0], points[-1]]
    lines = [[[round(lat, 4), round(lon, 4)] for lat, lon in line] for line in leaflet_copies(points)]
    arrows: list[list[float]] = []
    labels: list[list] = []
    mid = len(points) // 2
    for line in lines:
        (a_lat, a_lon), (b_lat, b_lon) = line[mid - 1], line[mid + 1]
        if directed:
            arrows.append([line[mid][0], line[mid][1], round(screen_angle(a_lat, a_lon, b_lat, b_lon), 1)])
        if order is not None:
            q = max(1, len(points) // 4)
            labels.append([line[q][0], line[q][1], int(order)])
    return lines, arrows, labels


class BasemapLayer(_FastRender, MacroElement):
    """The bundled countries drawn as a non-interactive GeoJSON layer on an ocean-coloured map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.getContainer().style.background = "{{ this.ocean }}";
        var {{ this.get_name() }} = L.geoJSON({{ this.data }}, {
            interactive: false,
            style: {color: "{{ this.border }}", weight: 0.6, fillColor: "{{ this.land }}", fillOpacity: 1}
        }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, geojson_text: str):
        super().__init__()
        self._name = "BasemapLayer"
        self.data = _JINJA_OPEN.sub(r"\\u007b", geojson_text.replace("<", "\\u003c"))
        self.ocean, self.land, self.border = _OCEAN, _LAND, _BORDER


class HtmlControl(_FastRender, MacroElement):
    """A Leaflet control holding fixed HTML (legend, title), plus an attribution line."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "{{ this.position }}"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "{{ this.css_class }}");
            div.innerHTML = {{ this.html }};
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% if this.attribution %}
        if ({{ this._parent.get_name() }}.attributionControl) {
            {{ this._parent.get_name() }}.attributionControl.setPrefix(false);
            {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.attribution }});
        }
        {% endif %}
        {% endmacro %}
        """
    )

    def __init__(self, inner_html: str, position: str, css_class: str, attribution: str | None = None):
        super().__init__()
        self._name = "HtmlControl"
        self.html = _js_json(inner_html)
        self.position = position
        self.css_class = css_class
        self.attribution = _js_json(html.escape(attribution)) if attribution else None


def legend_html(place_types: Sequence[str], relation_types: Sequence[str]) -> str:
    """The legend's HTML for the place and relation types on the map (fixed strings only)."""
    rows = ['<div style="font-weight:bold;margin-bottom:3px">Legend</div>']
    for ptype, (color, label) in PLACE_STYLES.items():
        if ptype not in place_types:
            continue
        rows.append(
            f'<div><span style="display:inline-block;width:11px;height:11px;border-radius:6px;background:{color};'
            f'margin-right:6px;vertical-align:middle"></span>{label}</div>'
        )
    for rtype, (color, weight, dash, label) in RELATION_STYLES.items():
        if rtype not in relation_types:
            continue
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        rows.append(
            f'<div><svg width="30" height="10" style="vertical-align:middle;margin-right:6px">'
            f'<line x1="1" y1="5" x2="29" y2="5" stroke="{color}" stroke-width="{weight}"{dash_attr}/></svg>'
            f"{label}</div>"
        )
    if "route" in relation_types or "transfer" in relation_types:
        rows.append('<div style="margin-top:2px;color:#444">Numbered: itinerary legs · size: mentions</div>')
    else:
        rows.append('<div style="margin-top:2px;color:#444">Marker size: mentions</div>')
    return "".join(rows)


_CONTROL_STYLE = "background:rgba(255,255,255,.92);padding:6px 9px;border-radius:5px;box-shadow:0 1px 4px rgba(0,0,0,.3);"


def build_map(
    parsed: Sequence[ParsedArticle],
    *,
    basemap_path: Path | str | None = None,
    online_tiles: bool = False,
    cluster: bool | None = None,
    title: str | None = None,
    legend: bool = True,
    summaries: Sequence[PlaceSummary] | None = None,
) -> folium.Map:
    """A folium map of parsed (already filtered) articles.

    Parameters
    ----------
    parsed : sequence of ParsedArticle
        What to show: one marker per place, one line per relation.
    basemap_path : path, optional
        Countries GeoJSON; ``geo.viz.assets.BASEMAP_PATH`` by default. Ignored with ``online_tiles``.
    online_tiles : bool
        Draw OpenStreetMap tiles instead of the bundled basemap: the only option that lets the
        browser make requests off the machine.
    cluster : bool, optional
        Cluster markers; by default only when there are more than ``CLUSTER_THRESHOLD``.
    title : str, optional
        A title drawn on the map (presentation mode); escaped.
    legend : bool
        Draw the legend.
    summaries : sequence of PlaceSummary, optional
        Precomputed ``summarize_places(parsed)``.

    Returns
    -------
    folium.Map
    """
    summaries = list(summaries) if summaries is not None else summarize_places(parsed)
    m = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, min_zoom=1, world_copy_jump=False,
                   control_scale=True)
    # Instance lists: folium's own are class attributes shared by every map.
    m.default_js = [("leaflet", assets.leaflet_js())]
    m.default_css = [("leaflet_css", assets.leaflet_css())]
    if online_tiles:
        folium.TileLayer("OpenStreetMap").add_to(m)
    else:
        BasemapLayer(assets.basemap_geojson(basemap_path)).add_to(m)

    rows = relation_rows(parsed)
    RelationLayer(rows).add_to(m)
    use_cluster = len(summaries) > CLUSTER_THRESHOLD if cluster is None else cluster
    PlaceLayer(summaries, cluster=use_cluster).add_to(m)

    if legend:
        place_types = sorted({s.place.type for s in summaries})
        relation_types = sorted({r["type"] for r in rows})
        HtmlControl(legend_html(place_types, relation_types), "bottomright", "geo-legend",
                    attribution=assets.ATTRIBUTION).add_to(m)
        m.get_root().header.add_child(
            folium.Element(f"<style>.geo-legend{{{_CONTROL_STYLE}font:12px/1.5 sans-serif}}</style>"),
            name="geo_legend_style",
        )
    if title:
        HtmlControl(
            f'<div style="font:bold 20px/1.3 sans-serif">{html.escape(title)}</div>', "topright", "geo-title"
        ).add_to(m)
        m.get_root().header.add_child(
            folium.Element(f"<style>.geo-title{{{_CONTROL_STYLE}}}</style>"), name="geo_title_style"
        )

    bounds = fit_bounds((s.place.lat, s.place.lon) for s in summaries)
    if bounds is not None:
        m.fit_bounds(bounds, max_zoom=6, padding=(30, 30))
    return m


def standalone_html(m: folium.Map) -> str:
    """The map as one self-contained HTML page (scripts and styles inline as ``data:`` URLs)."""
    return m.get_root().render()
