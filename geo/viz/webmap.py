"""The folium map of a view: places sized by mentions, links drawn by one written visual code, labels.

Nothing here imports streamlit. The map works offline: Leaflet comes from ``geo.viz.assets`` as
``data:`` URLs, the basemap is the bundled Natural Earth countries drawn as a GeoJSON layer
(``tiles=None``), with finer layers fetched from the dashboard's own server when the analyst zooms
in (``geo.viz.basemap``). Places, links and labels are each drawn by one element carrying its data
as one JSON array, so a map of 10,000 places costs the server about what 100 folium markers would;
places are circles on a canvas, every one of them on the map at any zoom.

The visual code (also the legend's):

- colour is the type: route blue, transfer amber, tie green, conflict red;
- an arrowhead is the direction (source to target); no arrowhead, no stated direction;
- a lighter dotted line is hedged (plans, proposals, possibilities, reported claims);
- a line crossed out with a ✕ is negated (only drawn when the analyst asks for negated links);
- a line's weight grows with the number of stories behind it; a numbered disc is an itinerary leg;
- a circle's area grows with the place's mentions; its colour is the place's type.

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
from folium.template import Template

from geo.core.geometry import fit_bounds, great_circle, leaflet_copies, screen_angle
from geo.core.records import Place
from geo.core.safe import html_text
from geo.core.views import LinkStat, PlaceStat
from geo.viz import assets
from geo.viz.basemap import DETAIL_LAYERS, DETAIL_MIN_ZOOM

#: Where the dashboard serves the detail basemap (Streamlit static files), relative to the map's page.
DETAIL_URL = "../../app/static/basemap/"
#: Place labels drawn at once, most mentioned first, none overlapping another.
MAX_LABELS = 60
MAX_ZOOM = 12

#: Fill colour and legend label per place type.
PLACE_STYLES: dict[str, tuple[str, str]] = {
    "country": ("#4338ca", "Country"),
    "admin1": ("#0e7490", "Province / state"),
    "admin2": ("#0891b2", "District / county"),
    "city": ("#334155", "City / town"),
    "region": ("#a21caf", "Region"),
    "continent": ("#7e22ce", "Continent"),
    "water": ("#0369a1", "Sea / water"),
}

#: Colour and legend label per relation type: the one thing a line's colour says.
RELATION_STYLES: dict[str, tuple[str, str]] = {
    "route": ("#2563eb", "Route: people, flights, trips"),
    "transfer": ("#d97706", "Transfer: goods, money, weapons"),
    "tie": ("#16a34a", "Tie: cooperation, agreements"),
    "conflict": ("#dc2626", "Conflict: attacks, sanctions, disputes"),
}
HEDGED_DASH = "1 7"

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


class _FastRender(MacroElement):
    """Render a data-carrying element's script once, without branca compiling the result again.

    ``MacroElement.render`` wraps each rendered script in ``Element(script)``, which Jinja-compiles
    it: seconds for a basemap or a thousand places, and article text with ``{{`` would be evaluated.
    """

    default_js: list[tuple[str, str]] = []
    default_css: list[tuple[str, str]] = []

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        figure.script.add_child(_Raw(self._template.module.script(self, kwargs)), name=self.get_name())


def marker_radius(mentions: int) -> float:
    """Marker radius in pixels: area grows with mentions, capped."""
    return round(min(3.0 + 2.5 * math.sqrt(max(mentions, 0)), 24.0), 1)


def link_weight(stories: int) -> float:
    """Line weight in pixels: grows with the logarithm of the stories behind the link, capped."""
    return round(min(2.0 + 1.6 * math.log2(max(stories, 1)), 10.0), 1)


def place_tooltip(stat: PlaceStat) -> str:
    """A place's tooltip: its name and counts (escaped HTML)."""
    n = stat.mentions
    return html_text(f"{stat.place.name} · {n} mention{'s' if n != 1 else ''} · {stat.articles} article"
                     f"{'s' if stat.articles != 1 else ''}")


def place_popup_html(stat: PlaceStat) -> str:
    """Popup HTML for a place: name, type, country and counts (the article panel lists the sentences)."""
    p = stat.place
    country = f" · {html_text(p.country_code)}" if p.country_code else ""
    return (
        '<div class="geo-popup">'
        f"<b>{html_text(p.name)}</b> <small>{html_text(p.type)}{country}</small><br>"
        f"<small>{stat.mentions} mention{'s' if stat.mentions != 1 else ''} · {stat.articles} article"
        f"{'s' if stat.articles != 1 else ''} · {stat.stories} stor{'ies' if stat.stories != 1 else 'y'}</small>"
        "</div>"
    )


def _link_words(link: LinkStat) -> str:
    flags = [w for w, on in (("hedged", link.hedged), ("negated", link.negated)) if on]
    leg = f" · leg {link.order}" if link.order is not None else ""
    return f"{link.type}{leg}{' · ' + ', '.join(flags) if flags else ''}"


def link_popup_html(link: LinkStat, source: Place, target: Place) -> str:
    """Popup HTML for a link: endpoints, type and flags, stories, and each evidence sentence with its
    article, date, source and the rule that found it, all escaped."""
    arrow = "→" if link.directed else "—"
    items = []
    for ev in link.evidence:
        meta = " · ".join(x for x in (ev.title, ev.date.isoformat() if ev.date else "", ev.source or "") if x)
        rule = f' <span class="geo-rule">rule: {html_text(ev.rule)}</span>' if ev.rule else ""
        items.append(f"<li>{html_text(ev.sentence)}<br><i class=\"geo-src\">— {html_text(meta)}</i>{rule}</li>")
    more = link.articles - len(link.evidence)
    more_html = f'<div class="geo-more">and {more} more article{"s" if more != 1 else ""}</div>' if more > 0 else ""
    return (
        '<div class="geo-popup">'
        f"<b>{html_text(source.name)} {arrow} {html_text(target.name)}</b> "
        f"<small>{html_text(_link_words(link))} · {link.stories} stor{'ies' if link.stories != 1 else 'y'}</small>"
        f'<ul style="padding-left:1.1em;margin:.4em 0">{"".join(items)}</ul>{more_html}</div>'
    )


class PlaceLayer(_FastRender):
    """Every place as a circle on one canvas: area by mentions, colour by type, a tooltip and a popup.
    Large circles are drawn first so that small ones on top of them stay clickable."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            var renderer = L.canvas({padding: 0.3, tolerance: 3});
            var group = L.featureGroup();
            var styles = {{ this.styles }};
            {{ this.data }}.forEach(function (d) {
                var s = styles[d[3]];
                var marker = L.circleMarker([d[0], d[1]], {
                    renderer: renderer, radius: d[2], color: s[1], weight: s[2], fillColor: s[0],
                    fillOpacity: s[3], opacity: 0.95
                });
                marker.bindTooltip(d[4]);
                marker.bindPopup(d[5], {maxWidth: 380});
                group.addLayer(marker);
            });
            group.addTo(map);
            return group;
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, places: Sequence[PlaceStat]):
        super().__init__()
        self._name = "PlaceLayer"
        self.count = len(places)
        types = list(PLACE_STYLES)
        styles = []
        for ptype in types:
            fill = PLACE_STYLES[ptype][0]
            area = ptype in ("country", "region", "continent", "water", "admin1")
            styles.append([fill, fill if area else "#ffffff", 2.0 if area else 1.0, 0.3 if area else 0.85])
        rows = [
            [round(s.place.lat, 5), round(s.place.lon, 5), marker_radius(s.mentions), types.index(s.place.type),
             place_tooltip(s), place_popup_html(s)]
            for s in sorted(places, key=lambda s: -marker_radius(s.mentions))
        ]
        self.styles = _js_json(styles)
        self.data = _js_json(rows)


class LabelLayer(_FastRender):
    """Names of the most-mentioned places in view, placed greedily so no two labels overlap, redrawn
    after every zoom or pan (a place's label gives way to a more-mentioned neighbour's)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map, data, limit) {
            var layer = L.layerGroup().addTo(map);
            function redraw() {
                layer.clearLayers();
                var bounds = map.getBounds(), boxes = [], n = 0;
                for (var i = 0; i < data.length && n < limit; i++) {
                    var d = data[i];
                    if (!bounds.contains([d[0], d[1]])) continue;
                    var p = map.latLngToContainerPoint([d[0], d[1]]);
                    var w = 6.6 * d[3] + 8, h = 16, x = p.x + d[2] + 2, y = p.y - h / 2;
                    var clash = false;
                    for (var k = 0; k < boxes.length && !clash; k++) {
                        var b = boxes[k];
                        clash = x < b[2] && b[0] < x + w && y < b[3] && b[1] < y + h;
                    }
                    if (clash) continue;
                    boxes.push([x, y, x + w, y + h]);
                    n++;
                    layer.addLayer(L.marker([d[0], d[1]], {interactive: false, keyboard: false,
                        icon: L.divIcon({className: "geo-label", html: d[4], iconSize: null,
                                         iconAnchor: [-(d[2] + 2), 8]})}));
                }
            }
            map.on("zoomend moveend", redraw);
            map.whenReady(redraw);
            return layer;
        })({{ this._parent.get_name() }}, {{ this.data }}, {{ this.limit }});
        {% endmacro %}
        """
    )

    def __init__(self, places: Sequence[PlaceStat], limit: int = MAX_LABELS):
        super().__init__()
        self._name = "LabelLayer"
        ranked = sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name))
        self.data = _js_json([[round(s.place.lat, 5), round(s.place.lon, 5), marker_radius(s.mentions),
                               len(s.place.name), html_text(s.place.name)] for s in ranked])
        self.limit = int(limit)


class LinkLayer(_FastRender):
    """Every link as great-circle polylines: colour by type, weight by stories, dotted when hedged,
    an arrowhead for direction, a ✕ when negated, a numbered disc for an itinerary leg."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            var group = L.featureGroup();
            function icon(cls, size, html) {
                return L.divIcon({className: cls, iconSize: [size, size], iconAnchor: [size / 2, size / 2], html: html});
            }
            {{ this.data }}.forEach(function (d) {
                d.lines.forEach(function (line) {
                    var pl = L.polyline(line, {color: d.color, weight: d.weight, opacity: d.opacity,
                                               dashArray: d.dash, lineCap: "round", className: "geo-link geo-" + d.type});
                    pl.bindTooltip(d.tip);
                    pl.bindPopup(d.popup, {maxWidth: 420});
                    group.addLayer(pl);
                });
                d.arrows.forEach(function (a) {
                    group.addLayer(L.marker([a[0], a[1]], {interactive: false, keyboard: false, icon: icon("geo-arrow", 14,
                        '<div style="width:0;height:0;margin:1px 0 0 2px;border-top:6px solid transparent;'
                        + 'border-bottom:6px solid transparent;border-left:11px solid ' + d.color
                        + ';transform:rotate(' + a[2] + 'deg)"></div>')}));
                });
                d.crosses.forEach(function (a) {
                    group.addLayer(L.marker([a[0], a[1]], {interactive: false, keyboard: false, icon: icon("geo-cross", 16,
                        '<div style="font:bold 15px/16px sans-serif;color:' + d.color + ';text-align:center">&#10005;</div>')}));
                });
                d.legs.forEach(function (a) {
                    group.addLayer(L.marker([a[0], a[1]], {interactive: false, keyboard: false, icon: icon("geo-leg", 20,
                        '<div style="width:20px;height:20px;border-radius:10px;background:' + d.color
                        + ';color:#fff;font:bold 12px/20px sans-serif;text-align:center">' + a[2] + '</div>')}));
                });
            });
            group.addTo(map);
            return group;
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[dict]):
        super().__init__()
        self._name = "LinkLayer"
        self.count = len(rows)
        self.data = _js_json(rows)


def link_rows(links: Sequence[LinkStat], places: dict[str, Place]) -> list[dict]:
    """Drawing data for every link whose two places are known: lines (with antimeridian copies),
    arrowheads ``[lat, lon, angle]``, negation crosses and itinerary leg discs ``[lat, lon, order]``."""
    rows: list[dict] = []
    for link in links:
        source, target = places.get(link.source), places.get(link.target)
        if source is None or target is None or source.id == target.id:
            continue
        color = RELATION_STYLES[link.type][0]
        lines, arrows, marks = _link_shape(source.lat, source.lon, target.lat, target.lon, link.directed)
        arrow = "→" if link.directed else "—"
        rows.append({
            "type": link.type,
            "color": color,
            "weight": link_weight(link.stories),
            "dash": HEDGED_DASH if link.hedged else None,
            "opacity": 0.35 if link.negated else 0.55 if link.hedged else 0.85,
            "lines": lines,
            "arrows": arrows,
            "crosses": marks if link.negated else [],
            "legs": [[m[0], m[1], int(link.order)] for m in marks] if link.order is not None else [],
            "tip": html_text(f"{source.name} {arrow} {target.name}: {_link_words(link)} · {link.stories} "
                             f"stor{'ies' if link.stories != 1 else 'y'}"),
            "popup": link_popup_html(link, source, target),
        })
    return rows


@functools.lru_cache(maxsize=65536)
def _link_shape(lat1: float, lon1: float, lat2: float, lon2: float, directed: bool):
    """Leaflet lines, arrowheads and a quarter-way mark of one link (cached: reruns draw the same)."""
    points = great_circle(lat1, lon1, lat2, lon2, npts=None)
    if len(points) < 3:  # two places at one position: no curve, but keep the indices valid
        points = [points[0], points[0], points[-1]]
    lines = [[[round(lat, 4), round(lon, 4)] for lat, lon in line] for line in leaflet_copies(points)]
    arrows: list[list[float]] = []
    marks: list[list[float]] = []
    mid = len(points) // 2
    q = max(1, len(points) // 4)
    for line in lines:
        (a_lat, a_lon), (b_lat, b_lon) = line[mid - 1], line[mid + 1]
        if directed:
            arrows.append([line[mid][0], line[mid][1], round(screen_angle(a_lat, a_lon, b_lat, b_lon), 1)])
        marks.append([line[q][0], line[q][1]])
    return lines, arrows, marks


class BasemapLayer(_FastRender):
    """The bundled countries drawn in their own pane under everything, on an ocean-coloured map."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            map.getContainer().style.background = "{{ this.ocean }}";
            map.createPane("geoBase").style.zIndex = 200;
            map.getPane("geoBase").style.pointerEvents = "none";
            return L.geoJSON({{ this.data }}, {
                pane: "geoBase", interactive: false,
                style: {color: "{{ this.border }}", weight: 0.6, fillColor: "{{ this.land }}", fillOpacity: 1}
            }).addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, geojson_text: str):
        super().__init__()
        self._name = "BasemapLayer"
        self.data = _JINJA_OPEN.sub(r"\\u007b", geojson_text.replace("<", "\\u003c"))
        self.ocean, self.land, self.border = _OCEAN, _LAND, _BORDER


class DetailLayer(_FastRender):
    """Finer coasts and borders, first-level borders and lakes, fetched from the dashboard's own
    server the first time the analyst zooms in to ``min_zoom``, shown from then on at that zoom
    and closer. Where they cannot be fetched (a saved HTML file), the coarse basemap stays."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map, base, layers, minZoom) {
            map.createPane("geoDetail").style.zIndex = 250;
            map.getPane("geoDetail").style.pointerEvents = "none";
            var group = L.layerGroup(), loaded = false, renderer = L.canvas({padding: 0.3, pane: "geoDetail"});
            function load() {
                loaded = true;
                layers.forEach(function (l) {
                    var url;
                    try { url = new URL(l[0], new URL(base, window.location.href)).href; } catch (e) { return; }
                    fetch(url).then(function (r) { return r.ok ? r.json() : null; }).then(function (gj) {
                        if (gj) { L.geoJSON(gj, {pane: "geoDetail", renderer: renderer, interactive: false, style: l[1]}).addTo(group); }
                    }).catch(function () {});
                });
            }
            function update() {
                if (map.getZoom() >= minZoom) {
                    if (!loaded) { load(); }
                    if (!map.hasLayer(group)) { group.addTo(map); }
                } else if (map.hasLayer(group)) {
                    map.removeLayer(group);
                }
            }
            map.on("zoomend", update);
            map.whenReady(update);
            return group;
        })({{ this._parent.get_name() }}, {{ this.base }}, {{ this.layers }}, {{ this.min_zoom }});
        {% endmacro %}
        """
    )

    def __init__(self, base_url: str = DETAIL_URL, min_zoom: int = DETAIL_MIN_ZOOM):
        super().__init__()
        self._name = "DetailLayer"
        self.base = _js_json(base_url)
        self.layers = _js_json([[name, style] for name, style in DETAIL_LAYERS])
        self.min_zoom = int(min_zoom)


class HtmlControl(_FastRender):
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
        self.attribution = _js_json(html_text(attribution)) if attribution else None


def _line_svg(color: str, dash: str | None = None, opacity: float = 0.9, arrow: bool = False, cross: bool = False) -> str:
    dash_attr = f' stroke-dasharray="{dash}" stroke-linecap="round"' if dash else ""
    head = (f'<polygon points="19,1 27,5 19,9" fill="{color}"/>' if arrow else "")
    mark = ('<text x="14" y="9" font-size="11" font-weight="bold" text-anchor="middle" '
            f'fill="{color}">&#10005;</text>' if cross else "")
    return (f'<svg width="30" height="10" style="vertical-align:middle;margin-right:6px">'
            f'<line x1="1" y1="5" x2="27" y2="5" stroke="{color}" stroke-width="3" stroke-opacity="{opacity}"'
            f"{dash_attr}/>{head}{mark}</svg>")


def legend_html(place_types: Sequence[str], relation_types: Sequence[str], hedged: bool = True,
                negated: bool = False) -> str:
    """The legend's HTML: the visual code for what the map shows (fixed strings only)."""
    rows = ['<div style="font-weight:bold;margin-bottom:3px">Legend</div>']
    for rtype, (color, label) in RELATION_STYLES.items():
        if rtype in relation_types:
            rows.append(f"<div>{_line_svg(color)}{label}</div>")
    if relation_types:
        grey = "#4b5563"
        rows.append(f"<div>{_line_svg(grey, arrow=True)}Arrow: direction (from → to)</div>")
        if hedged:
            rows.append(f"<div>{_line_svg(grey, HEDGED_DASH, 0.55)}Dotted, lighter: hedged (planned, claimed)</div>")
        if negated:
            rows.append(f"<div>{_line_svg(grey, None, 0.35, cross=True)}Crossed out: negated, denied, stopped</div>")
        rows.append('<div style="color:#444">Thicker: more stories · numbered: itinerary leg</div>')
    for ptype, (color, label) in PLACE_STYLES.items():
        if ptype in place_types:
            rows.append(
                f'<div><span style="display:inline-block;width:11px;height:11px;border-radius:6px;background:{color};'
                f'margin:0 9px 0 9px;vertical-align:middle"></span>{label}</div>'
            )
    if place_types:
        rows.append('<div style="color:#444">Circle size: mentions</div>')
    return "".join(rows)


_CONTROL_STYLE = "background:rgba(255,255,255,.92);padding:6px 9px;border-radius:5px;box-shadow:0 1px 4px rgba(0,0,0,.3);"
_LABEL_STYLE = (".geo-label div,.geo-label{font:600 12px/16px sans-serif;color:#111827;white-space:nowrap;"
                "text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff;pointer-events:none}"
                ".geo-rule{color:#6b7280;font-size:11px}.geo-src{color:#4b5563}")


def build_map(
    places: Sequence[PlaceStat],
    links: Sequence[LinkStat] = (),
    *,
    basemap_path: Path | str | None = None,
    online_tiles: bool = False,
    detail_url: str | None = DETAIL_URL,
    title: str | None = None,
    subtitle: str | None = None,
    legend: bool = True,
    labels: int = MAX_LABELS,
) -> folium.Map:
    """A folium map of a view.

    Parameters
    ----------
    places : sequence of PlaceStat
        One circle per place.
    links : sequence of LinkStat
        One line per link whose two places are among ``places`` (or known to them).
    basemap_path : path, optional
        Countries GeoJSON; ``geo.viz.assets.BASEMAP_PATH`` by default. Ignored with ``online_tiles``.
    online_tiles : bool
        Draw OpenStreetMap tiles instead of the bundled basemap: the only option that lets the
        browser make requests off the machine.
    detail_url : str or None
        Where the detail basemap is served (relative to the map's page); None draws no detail
        layer (a saved HTML file has no server to fetch from).
    title, subtitle : str, optional
        Drawn on the map (presentation mode: the briefing's title, its dates and sources); escaped.
    legend : bool
        Draw the legend.
    labels : int
        At most this many place labels at once (0 for none).

    Returns
    -------
    folium.Map
    """
    m = folium.Map(location=[20.0, 0.0], zoom_start=2, tiles=None, min_zoom=1, max_zoom=MAX_ZOOM,
                   world_copy_jump=False, control_scale=True)
    # Instance lists: folium's own are class attributes shared by every map.
    m.default_js = [("leaflet", assets.leaflet_js())]
    m.default_css = [("leaflet_css", assets.leaflet_css())]
    if online_tiles:
        folium.TileLayer("OpenStreetMap", max_zoom=MAX_ZOOM).add_to(m)
    else:
        BasemapLayer(assets.basemap_geojson(basemap_path)).add_to(m)
        if detail_url:
            DetailLayer(detail_url).add_to(m)

    index = {s.place.id: s.place for s in places}
    rows = link_rows(links, index)
    LinkLayer(rows).add_to(m)
    PlaceLayer(places).add_to(m)
    if labels:
        LabelLayer(places, labels).add_to(m)
    m.get_root().header.add_child(folium.Element(f"<style>{_LABEL_STYLE}</style>"), name="geo_label_style")

    if legend:
        place_types = sorted({s.place.type for s in places})
        shown = [link for link in links if link.source in index and link.target in index]
        relation_types = sorted({link.type for link in shown})
        HtmlControl(legend_html(place_types, relation_types, any(link.hedged for link in shown),
                                any(link.negated for link in shown)),
                    "bottomright", "geo-legend", attribution=assets.ATTRIBUTION).add_to(m)
        m.get_root().header.add_child(
            folium.Element(f"<style>.geo-legend{{{_CONTROL_STYLE}font:12px/1.5 sans-serif}}</style>"),
            name="geo_legend_style",
        )
    if title or subtitle:
        sub = f'<div style="font:14px/1.4 sans-serif;color:#374151">{html_text(subtitle)}</div>' if subtitle else ""
        HtmlControl(
            f'<div style="font:bold 20px/1.3 sans-serif">{html_text(title or "")}</div>{sub}', "topright", "geo-title"
        ).add_to(m)
        m.get_root().header.add_child(
            folium.Element(f"<style>.geo-title{{{_CONTROL_STYLE}max-width:46vw}}</style>"), name="geo_title_style"
        )

    bounds = fit_bounds((s.place.lat, s.place.lon) for s in places)
    if bounds is not None:
        m.fit_bounds(bounds, max_zoom=6, padding=(30, 30))
    return m


def standalone_html(m: folium.Map) -> str:
    """The map as one self-contained HTML page (scripts and styles inline as ``data:`` URLs)."""
    return m.get_root().render()
