"""The folium map of a view: places sized by mentions, links drawn by one written visual code, labels.

Nothing here imports streamlit. The map works offline: Leaflet comes from ``geo.viz.assets`` as
``data:`` URLs, the basemap is the bundled Natural Earth countries drawn as a GeoJSON layer
(``tiles=None``), with finer layers fetched from the dashboard's own server when the analyst zooms
in (``geo.viz.basemap``).

A map is two parts: ``base_map`` (Leaflet, basemap, styles: the same for every view) and the view
(``view_script`` in a ``ViewLayer`` feature group), so the dashboard swaps only the view when a
filter changes. The view carries its places and links as compact JSON arrays (one row per place,
one per link: names, counts and keys; great circles, arrowheads, tooltips and popups are made in
the browser), so a map of 10,000 places costs the server about what 100 folium markers would;
places are circles on one canvas, every one of them on the map at any zoom.

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

import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import folium
import msgspec
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from folium.template import Template

from geo.core.geometry import DEFAULT_NPTS, KM_PER_POINT, fit_bounds
from geo.core.safe import html_text
from geo.core.views import LinkStat, PlaceStat
from geo.viz import assets
from geo.viz.basemap import DETAIL_LAYERS, DETAIL_MIN_ZOOM

#: Where the dashboard serves its static files (``static/``), relative to the map's page (the
#: streamlit-folium frame at /component/...): Leaflet, the coarse basemap, the detail basemap.
STATIC_URL = "../../app/static/"
DETAIL_URL = STATIC_URL + "basemap/"
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
    "facility": ("#b45309", "Airport / site"),
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
        msgspec.json.encode(obj)
        .decode("utf-8")
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

    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []

    def render(self, **kwargs) -> None:  # type: ignore[override]  # adds to the figure, returns nothing
        figure: Any = self.get_root()  # a branca Figure: header and script
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


#: Separates a tooltip's visible text from the hidden key of what was clicked (``click_key``).
KEY_MARK = "\u2063"
_PLACE_TYPES = list(PLACE_STYLES)
_RELATION_TYPES = list(RELATION_STYLES)


def place_key(place_id: str) -> str:
    """The hidden key a place's tooltip carries: what a click on it returns."""
    return f"p|{place_id}"


def link_key(link: LinkStat) -> str:
    """The hidden key a link's tooltip carries: type, endpoints, direction, hedged, negated."""
    return "|".join(
        ("l", link.type, link.source, link.target, *(str(int(v)) for v in (link.directed, link.hedged, link.negated)))
    )


def click_key(tooltip: str | None) -> tuple[str, ...] | None:
    """The key of a clicked place (``("p", id)``) or link (``("l", type, source, target, directed,
    hedged, negated)``) from the tooltip text streamlit-folium returns; None for anything else."""
    if not tooltip or KEY_MARK not in tooltip:
        return None
    parts = tuple(tooltip.rpartition(KEY_MARK)[2].strip().split("|"))
    if parts[0] == "p" and len(parts) == 2 and parts[1]:
        return parts
    if parts[0] == "l" and len(parts) == 7 and parts[1] in RELATION_STYLES and all(x in "01" for x in parts[4:]):
        return parts
    return None


def _link_words(link: LinkStat) -> str:
    flags = [w for w, on in (("hedged", link.hedged), ("negated", link.negated), ("corrected", link.corrected)) if on]
    leg = f" · leg {link.order}" if link.order is not None else ""
    return f"{link.type}{leg}{' · ' + ', '.join(flags) if flags else ''}"


_HTML_SPECIAL = re.compile("[<>&\"']")


def _esc(text: str) -> str:
    """``html_text`` with a fast path for the many names that need no escaping."""
    return html_text(text) if _HTML_SPECIAL.search(text) else text


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def place_rows(places: Sequence[PlaceStat]) -> list[list]:
    """Drawing data of every place, most mentioned first (drawn largest first, labelled first):
    ``[lat, lon, radius, type index, name, mentions, articles, stories, corrected, country, id]``,
    every string HTML-escaped."""
    ranked = sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name, s.place.id))
    type_index = {t: i for i, t in enumerate(_PLACE_TYPES)}
    radius: dict[int, float] = {}
    rows = []
    for s in ranked:
        p = s.place
        r = radius.get(s.mentions)
        if r is None:
            r = radius[s.mentions] = marker_radius(s.mentions)
        rows.append(
            [
                round(p.lat, 4),
                round(p.lon, 4),
                r,
                type_index[p.type],
                _esc(p.name),
                s.mentions,
                s.articles,
                s.stories,
                s.corrected,
                _esc(p.country_code or ""),
                _esc(p.id),
            ]
        )
    return rows


def link_rows(
    links: Sequence[LinkStat], index: dict[str, int], evidence: int = 3, sentence_chars: int = 240
) -> list[list]:
    """Drawing data of every link whose two places are drawn (``index``: place id -> row of
    ``place_rows``): ``[type index, source row, target row, flags (1 directed, 2 hedged, 4 negated),
    weight, itinerary order or 0, stories, articles, words, key, evidence, more]``; evidence items are
    ``[sentence, "title · date · source", rule]``; every string HTML-escaped. The great circle,
    arrowhead and marks are computed in the browser from the two places."""
    rows: list[list] = []
    for link in links:
        a, b = index.get(link.source), index.get(link.target)
        if a is None or b is None or a == b:
            continue
        items = []
        for ev in link.evidence[:evidence]:
            meta = " · ".join(
                x for x in (_cut(ev.title, 120), ev.date.isoformat() if ev.date else "", ev.source or "") if x
            )
            items.append([html_text(_cut(ev.sentence, sentence_chars)), html_text(meta), html_text(ev.rule)])
        flags = (1 if link.directed else 0) | (2 if link.hedged else 0) | (4 if link.negated else 0)
        rows.append(
            [
                _RELATION_TYPES.index(link.type),
                a,
                b,
                flags,
                link_weight(link.stories),
                link.order or 0,
                link.stories,
                link.articles,
                html_text(_link_words(link)),
                html_text(link_key(link)),
                items,
                max(link.articles - len(items), 0),
            ]
        )
    return rows


# The view's script: ``function (group, map)`` that draws places, links, labels, legend and title
# into ``group`` and ties what lives outside it (controls, map events) to the group being on the map,
# so replacing the group (a filter change) leaves nothing behind.
# Every place as a circle on one canvas layer of its own: one object and one draw call per place,
# instead of a Leaflet layer each (10,000 of those cost a few hundred milliseconds to create, bind
# and add). It hit-tests the pointer on a grid of screen cells for its tooltip, popup and clicks,
# and hands a click to streamlit-folium as a layer click whose tooltip names the place.
_CIRCLES_JS = """window.GeoCircles = window.GeoCircles || L.Layer.extend({
    initialize: function (rows, styles, tip, popup) {
        this._rows = rows; this._styles = styles; this._tip = tip; this._popup = popup; this.geoCount = rows.length;
    },
    onAdd: function (map) {
        this._canvas = L.DomUtil.create("canvas", "geo-circles leaflet-zoom-animated");
        this._canvas.style.pointerEvents = "none";
        map.getPanes().overlayPane.appendChild(this._canvas);
        map.on("moveend zoomend resize viewreset", this._schedule, this);
        map.on("zoomanim", this._animate, this);
        map.on("mousemove", this._hover, this);
        map.on("click", this._click, this);
        map.on("mouseout", this._leave, this);
        this._redraw();
    },
    onRemove: function (map) {
        map.off("moveend zoomend resize viewreset", this._schedule, this);
        map.off("zoomanim", this._animate, this);
        map.off("mousemove", this._hover, this);
        map.off("click", this._click, this);
        map.off("mouseout", this._leave, this);
        this._leave();
        L.DomUtil.remove(this._canvas);
    },
    _schedule: function () {  // one redraw per frame however many map events asked for it
        var self = this;
        if (!this._pending) {
            this._pending = true;
            requestAnimationFrame(function () { self._pending = false; if (self._map) self._redraw(); });
        }
    },
    _animate: function (e) {
        var scale = this._map.getZoomScale(e.zoom, this._zoom);
        var offset = this._map._latLngToNewLayerPoint(this._topLeft, e.zoom, e.center);
        L.DomUtil.setTransform(this._canvas, offset, scale);
    },
    _redraw: function () {
        var map = this._map, size = map.getSize(), pad = size.multiplyBy(0.3).round();
        var min = map.containerPointToLayerPoint([-pad.x, -pad.y]).round(), full = size.add(pad.multiplyBy(2));
        var ratio = window.devicePixelRatio || 1, canvas = this._canvas, ctx = canvas.getContext("2d");
        this._topLeft = map.layerPointToLatLng(min);
        this._zoom = map.getZoom();
        L.DomUtil.setPosition(canvas, min);
        canvas.width = full.x * ratio; canvas.height = full.y * ratio;
        canvas.style.width = full.x + "px"; canvas.style.height = full.y + "px";
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        var origin = map.containerPointToLayerPoint([0, 0]).subtract(min), rows = this._rows, styles = this._styles;
        var xs = new Float64Array(rows.length), ys = new Float64Array(rows.length), grid = {}, cell = 40;
        for (var i = 0; i < rows.length; i++) {  // most mentioned (largest) first: small ones stay on top
            var r = rows[i], p = map.latLngToContainerPoint([r[0], r[1]]), s = styles[r[3]];
            xs[i] = p.x; ys[i] = p.y;
            var x = p.x + origin.x, y = p.y + origin.y;
            if (x < -r[2] || y < -r[2] || x > full.x + r[2] || y > full.y + r[2]) continue;
            ctx.beginPath();
            ctx.arc(x, y, r[2], 0, 2 * Math.PI);
            ctx.globalAlpha = s[3]; ctx.fillStyle = s[0]; ctx.fill();
            ctx.globalAlpha = 0.95; ctx.lineWidth = s[2]; ctx.strokeStyle = s[1]; ctx.stroke();
            if (p.x < -r[2] || p.y < -r[2] || p.x > size.x + r[2] || p.y > size.y + r[2]) continue;
            for (var gx = Math.floor((p.x - r[2]) / cell); gx <= Math.floor((p.x + r[2]) / cell); gx++) {
                for (var gy = Math.floor((p.y - r[2]) / cell); gy <= Math.floor((p.y + r[2]) / cell); gy++) {
                    (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(i);
                }
            }
        }
        this._xs = xs; this._ys = ys; this._grid = grid; this._cell = cell;
    },
    hit: function (point) {
        var found = (this._grid || {})[Math.floor(point.x / this._cell) + ":" + Math.floor(point.y / this._cell)] || [];
        for (var k = found.length - 1; k >= 0; k--) {  // the one drawn last is on top
            var i = found[k], dx = point.x - this._xs[i], dy = point.y - this._ys[i], r = this._rows[i][2] + 3;
            if (dx * dx + dy * dy <= r * r) return i;
        }
        return -1;
    },
    _hover: function (e) {
        var i = this.hit(e.containerPoint), map = this._map;
        map.getContainer().style.cursor = i >= 0 ? "pointer" : "";
        if (i === this._hovered) return;
        this._hovered = i;
        if (this._tooltip) { this._tooltip.remove(); this._tooltip = null; }
        if (i >= 0) {
            this._tooltip = L.tooltip({direction: "right", offset: [this._rows[i][2], 0], className: "geo-place-tip"})
                .setLatLng([this._rows[i][0], this._rows[i][1]]).setContent(this._tip(i)).addTo(map);
        }
    },
    _leave: function () {
        if (this._tooltip) { this._tooltip.remove(); this._tooltip = null; }
        this._hovered = -1;
        if (this._map) this._map.getContainer().style.cursor = "";
    },
    _click: function (e) {
        var i = this.hit(e.containerPoint);
        if (i < 0) return;
        var latlng = L.latLng(this._rows[i][0], this._rows[i][1]), html = this._tip(i);
        L.popup({maxWidth: 380, offset: [0, -this._rows[i][2] + 4]}).setLatLng(latlng).setContent(this._popup(i))
            .openOn(this._map);
        // what streamlit-folium reads from a layer click: the clicked object's tooltip
        var place = {_tooltip: {_content: html}, getTooltip: function () { return {getContent: function () { return html; }}; }};
        this.fire("click", {latlng: latlng, sourceTarget: place, geoRow: i}, true);
    }
});
"""

_VIEW_JS = """function (group, map) {
    performance.mark("geo-view-start");
    var D = %(data)s, P = D.places, L_ = D.links, S = D.place_styles, R = D.relation_styles, MARK = "\\u2063";
    window.feature_group = [];
    function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
    function rad(x) { return x * Math.PI / 180; }
    function deg(x) { return x * 180 / Math.PI; }
    function arc(lat1, lon1, lat2, lon2) {
        var p1 = rad(lat1), l1 = rad(lon1), p2 = rad(lat2), l2 = rad(lon2);
        var a = [Math.cos(p1) * Math.cos(l1), Math.cos(p1) * Math.sin(l1), Math.sin(p1)];
        var b = [Math.cos(p2) * Math.cos(l2), Math.cos(p2) * Math.sin(l2), Math.sin(p2)];
        var dot = Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])), w = Math.acos(dot);
        var n = Math.max(4, Math.min(%(max_points)d, Math.round(w * 6371 / %(km_per_point)s))) + 1, pts = [], prev = null;
        for (var i = 0; i <= n; i++) {
            var t = i / n, lat, lon;
            if (w < 1e-9) { lat = lat1; lon = lon1; } else {
                var s1 = Math.sin((1 - t) * w) / Math.sin(w), s2 = Math.sin(t * w) / Math.sin(w);
                var x = s1 * a[0] + s2 * b[0], y = s1 * a[1] + s2 * b[1], z = s1 * a[2] + s2 * b[2];
                lat = deg(Math.atan2(z, Math.sqrt(x * x + y * y))); lon = deg(Math.atan2(y, x));
            }
            if (prev !== null) { lon += 360 * Math.round((prev - lon) / 360); }
            prev = lon; pts.push([lat, lon]);
        }
        pts[0] = [lat1, lon1]; pts[n] = [lat2, pts[n][1] + (lon2 - pts[n][1]) - 360 * Math.round((lon2 - pts[n][1]) / 360)];
        var lines = [pts], lons = pts.map(function (p) { return p[1]; });
        var hi = Math.max.apply(null, lons), lo = Math.min.apply(null, lons);
        if (hi > 180) { lines.push(pts.map(function (p) { return [p[0], p[1] - 360]; })); }
        else if (lo < -180) { lines.push(pts.map(function (p) { return [p[0], p[1] + 360]; })); }
        return lines;
    }
    function mercY(lat) { lat = Math.max(Math.min(lat, 85), -85); return Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2)); }
    function angle(p, q) { return deg(Math.atan2(-(mercY(q[0]) - mercY(p[0])), rad(q[1] - p[1]))); }
    function icon(cls, size, html) {
        return L.divIcon({className: cls, iconSize: [size, size], iconAnchor: [size / 2, size / 2], html: html});
    }
    function linkPopup(l) {
        var items = l[10].map(function (e) {
            return "<li>" + e[0] + '<br><i class="geo-src">— ' + e[1] + "</i>"
                + (e[2] ? ' <span class="geo-rule">rule: ' + e[2] + "</span>" : "") + "</li>";
        }).join("");
        var more = l[11] > 0 ? '<div class="geo-more">and ' + plural(l[11], "more article", "more articles")
            + " (listed below the map)</div>" : "";
        return '<div class="geo-popup"><b>' + P[l[1]][4] + (l[3] & 1 ? " → " : " — ") + P[l[2]][4] + "</b> <small>"
            + l[8] + " · " + plural(l[6], "story", "stories") + '</small><ul style="padding-left:1.1em;margin:.4em 0">'
            + items + "</ul>" + more + "</div>";
    }
    function placeTip(i) {
        var p = P[i];
        return p[4] + " · " + plural(p[5], "mention", "mentions") + " · " + plural(p[6], "article", "articles")
            + "<span hidden>" + MARK + "p|" + p[10] + "</span>";
    }
    function placePopup(i) {
        var p = P[i];
        return '<div class="geo-popup"><b>' + p[4] + "</b> <small>" + D.place_types[p[3]] + (p[9] ? " · " + p[9] : "")
            + "</small><br><small>" + plural(p[5], "mention", "mentions") + " · " + plural(p[6], "article", "articles")
            + " · " + plural(p[7], "story", "stories") + (p[8] ? " · " + p[8] + " corrected" : "") + "</small></div>";
    }
    var circles = new GeoCircles(P, S, placeTip, placePopup);
    performance.mark("geo-view-links");
    L_.forEach(function (l) {
        var color = R[l[0]][0], type = R[l[0]][1], hedged = l[3] & 2, negated = l[3] & 4;
        var s = P[l[1]], t = P[l[2]], lines = arc(s[0], s[1], t[0], t[1]);
        var tip = s[4] + (l[3] & 1 ? " → " : " — ") + t[4] + ": " + l[8] + " · " + plural(l[6], "story", "stories")
            + "<span hidden>" + MARK + l[9] + "</span>";
        lines.forEach(function (line) {
            var pl = L.polyline(line, {color: color, weight: l[4], opacity: negated ? 0.35 : hedged ? 0.55 : 0.85,
                                       dashArray: hedged ? "%(hedged_dash)s" : null, lineCap: "round",
                                       className: "geo-link geo-" + type});
            pl.bindTooltip(tip, {sticky: true});
            pl.on("click", function (e) {
                if (circles.hit(e.containerPoint) >= 0) return;  // a circle is on top: the click is the circle's
                L.DomEvent.stop(e);
                L.popup({maxWidth: 420}).setLatLng(e.latlng).setContent(linkPopup(l)).openOn(map);
            });
            group.addLayer(pl);
            var mid = Math.floor(line.length / 2), q = Math.max(1, Math.floor(line.length / 4));
            if (l[3] & 1) {
                group.addLayer(L.marker(line[mid], {interactive: false, keyboard: false, icon: icon("geo-arrow", 14,
                    '<div style="width:0;height:0;margin:1px 0 0 2px;border-top:6px solid transparent;'
                    + 'border-bottom:6px solid transparent;border-left:11px solid ' + color
                    + ';transform:rotate(' + angle(line[mid - 1], line[mid + 1]).toFixed(1) + 'deg)"></div>')}));
            }
            if (negated) {
                group.addLayer(L.marker(line[q], {interactive: false, keyboard: false, icon: icon("geo-cross", 16,
                    '<div style="font:bold 15px/16px sans-serif;color:' + color + ';text-align:center">&#10005;</div>')}));
            }
            if (l[5]) {
                group.addLayer(L.marker(line[q], {interactive: false, keyboard: false, icon: icon("geo-leg", 20,
                    '<div style="width:20px;height:20px;border-radius:10px;background:' + color
                    + ';color:#fff;font:bold 12px/20px sans-serif;text-align:center">' + l[5] + '</div>')}));
            }
        });
    });
    performance.mark("geo-view-places");
    group.addLayer(circles);
    window.geoPlaces = P;
    var labels = L.layerGroup(), limit = %(labels)d;
    function redraw() {
        labels.clearLayers();
        var bounds = map.getBounds(), boxes = [], n = 0;
        var order = D.label_first || [];
        for (var j = 0; j < order.length + P.length && n < limit; j++) {
            var d = P[j < order.length ? order[j] : j - order.length];
            if (!bounds.contains([d[0], d[1]]) || (j >= order.length && order.indexOf(j - order.length) >= 0)) continue;
            var pt = map.latLngToContainerPoint([d[0], d[1]]);
            var w = 6.6 * d[4].replace(/&[a-z#0-9]+;/g, "x").length + 8, h = 16, x = pt.x + d[2] + 2, y = pt.y - h / 2;
            var clash = false;
            for (var k = 0; k < boxes.length && !clash; k++) {
                var b = boxes[k];
                clash = x < b[2] && b[0] < x + w && y < b[3] && b[1] < y + h;
            }
            if (clash) continue;
            boxes.push([x, y, x + w, y + h]);
            n++;
            labels.addLayer(L.marker([d[0], d[1]], {interactive: false, keyboard: false,
                icon: L.divIcon({className: "geo-label", html: d[4], iconSize: null, iconAnchor: [-(d[2] + 2), 8]})}));
        }
    }
    if (limit > 0) { group.addLayer(labels); }
    var controls = D.controls.map(function (c) {
        var ctl = L.control({position: c[0]});
        ctl.onAdd = function () {
            var div = L.DomUtil.create("div", c[1]);
            div.innerHTML = c[2];
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        return ctl;
    });
    group.on("add", function () {
        if (limit > 0) { map.on("zoomend moveend", redraw); map.whenReady(redraw); }
        controls.forEach(function (c) { c.addTo(map); });
    });
    group.on("remove", function () {
        map.off("zoomend moveend", redraw);
        controls.forEach(function (c) { c.remove(); });
    });
    performance.mark("geo-view-add");
    // fitted before the layers are added, so they are drawn once, at the view they are seen at
    if (D.bounds) { map.fitBounds(D.bounds, {maxZoom: 6, padding: [30, 30], animate: false}); }
    group.addTo(map);
    performance.mark("geo-view-end");
    window.geoViews = (window.geoViews || 0) + 1;  // tests and the benchmark wait for a new view by this
    requestAnimationFrame(function () {
        window.geoDrawnAt = performance.timeOrigin + performance.now();
        // Once, in streamlit-folium's frame: tell the page the map is drawn (it then draws the rest).
        if (window.Streamlit && window.__GLOBAL_DATA__ && !window.geoReadySent) {
            window.geoReadySent = true;
            var value = {};
            (window.__GLOBAL_DATA__.returned_objects || []).forEach(function (k) {
                value[k] = window.__GLOBAL_DATA__[k] === undefined ? null : window.__GLOBAL_DATA__[k];
            });
            value.geo_ready = true;
            window.Streamlit.setComponentValue(value);
        }
    });
    return group;
}"""


def view_script(
    places: Sequence[PlaceStat],
    links: Sequence[LinkStat] = (),
    *,
    title: str | None = None,
    subtitle: str | None = None,
    legend: bool = True,
    labels: int = MAX_LABELS,
    evidence: int = 3,
    fit: bool = True,
    label_first: Sequence[str] = (),
) -> str:
    """The JavaScript of a view: ``function (group, map)`` drawing every place (circles on one
    canvas), every link whose places are drawn, the labels, legend and title into ``group``.

    It is plain text, so a dashboard can cache it per view (never a ``folium.Map``) and hand it to
    ``ViewLayer``. Every string from an article or a user is HTML-escaped, and the JSON is safe
    inside a ``<script>``.

    Parameters
    ----------
    places, links : sequences of PlaceStat and LinkStat
    title, subtitle : str, optional
        Drawn on the map (presentation mode: the briefing's title, its dates and sources).
    legend : bool
        Draw the legend of what is shown.
    labels : int
        At most this many place labels at once (0 for none).
    evidence : int
        Evidence sentences per link popup.
    fit : bool
        Fit the map to the places when the view is shown.
    label_first : sequence of str
        Places labelled before any other (the ones the analyst asked for), then the most mentioned.
    """
    prows = place_rows(places)
    index = {
        s.place.id: i
        for i, s in enumerate(sorted(places, key=lambda s: (-s.mentions, -s.articles, s.place.name, s.place.id)))
    }
    lrows = link_rows(links, index, evidence)
    controls = []
    if legend and (places or lrows):
        shown_types = sorted({_RELATION_TYPES[r[0]] for r in lrows})
        controls.append(
            [
                "bottomright",
                "geo-legend",
                legend_html(
                    sorted({s.place.type for s in places}),
                    shown_types,
                    any(r[3] & 2 for r in lrows),
                    any(r[3] & 4 for r in lrows),
                ),
            ]
        )
    if title or subtitle:
        sub = f'<div style="font:14px/1.4 sans-serif;color:#374151">{html_text(subtitle)}</div>' if subtitle else ""
        head = f'<div style="font:bold 20px/1.3 sans-serif">{html_text(title or "")}</div>'
        controls.append(["topright", "geo-title", head + sub])
    bounds = fit_bounds((s.place.lat, s.place.lon) for s in places) if fit else None
    styles = []
    for ptype in _PLACE_TYPES:
        fill = PLACE_STYLES[ptype][0]
        area = ptype in ("country", "region", "continent", "water", "admin1")
        styles.append([fill, fill if area else "#ffffff", 2.0 if area else 1.0, 0.3 if area else 0.85])
    data = {
        "places": prows,
        "links": lrows,
        "place_styles": styles,
        "place_types": _PLACE_TYPES,
        "label_first": [index[pid] for pid in dict.fromkeys(label_first) if pid in index],
        "relation_styles": [[RELATION_STYLES[t][0], t] for t in _RELATION_TYPES],
        "controls": controls,
        "bounds": [[round(x, 4) for x in corner] for corner in bounds] if bounds else None,
    }
    script = _VIEW_JS % {
        "data": _js_json(data),
        "labels": int(labels),
        "hedged_dash": HEDGED_DASH,
        "max_points": DEFAULT_NPTS,
        "km_per_point": KM_PER_POINT,
    }
    head = "function (group, map) {\n" + _CIRCLES_JS + "    var GeoCircles = window.GeoCircles;\n"
    if bounds:  # written out too, so the fitted view can be read from the page
        head += "    // map.fitBounds(" + json.dumps(data["bounds"]) + ")\n"
    return script.replace("function (group, map) {\n", head, 1)


class ViewLayer(folium.FeatureGroup):
    """The view (``view_script``) as one feature group: added to a map for a standalone page, or
    handed to ``st_folium(feature_group_to_add=...)`` so a filter change replaces only this group
    and never reloads the map, its basemap or Leaflet."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = ({{ this.script }})(L.featureGroup(), {{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, script: str):
        super().__init__(name="view")  # keeps folium's element name: streamlit-folium refers to it
        self.script = script

    def render(self, **kwargs) -> None:  # type: ignore[override]  # adds to the figure, returns nothing
        figure: Any = self.get_root()
        figure.script.add_child(_Raw(self._template.module.script(self, kwargs)), name=self.get_name())


class BasemapLayer(_FastRender):
    """The bundled countries drawn in their own pane under everything, on an ocean-coloured map:
    inline (a saved HTML file), or fetched from the page's own server (``url``: the dashboard, so
    that every page does not carry them)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            map.getContainer().style.background = "{{ this.ocean }}";
            map.createPane("geoBase").style.zIndex = 200;
            map.getPane("geoBase").style.pointerEvents = "none";
            var layer = L.geoJSON(null, {
                pane: "geoBase", interactive: false, renderer: L.canvas({pane: "geoBase", padding: 0.3}),
                style: {color: "{{ this.border }}", weight: 0.6, fillColor: "{{ this.land }}", fillOpacity: 1}
            }).addTo(map);
            {% if this.url %}
            var url;
            try { url = new URL({{ this.url }}, window.location.href).href; } catch (e) { return layer; }
            fetch(url).then(function (r) { return r.ok ? r.json() : null; })
                .then(function (gj) { if (gj) { layer.addData(gj); } }).catch(function () {});
            {% else %}
            layer.addData({{ this.data }});
            {% endif %}
            return layer;
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, geojson_text: str | None = None, url: str | None = None):
        super().__init__()
        self._name = "BasemapLayer"
        self.url = _js_json(url) if url else None
        self.data = _JINJA_OPEN.sub(r"\\u007b", (geojson_text or "{}").replace("<", "\\u003c"))
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


def _line_svg(
    color: str, dash: str | None = None, opacity: float = 0.9, arrow: bool = False, cross: bool = False
) -> str:
    dash_attr = f' stroke-dasharray="{dash}" stroke-linecap="round"' if dash else ""
    head = f'<polygon points="19,1 27,5 19,9" fill="{color}"/>' if arrow else ""
    mark = (
        f'<text x="14" y="9" font-size="11" font-weight="bold" text-anchor="middle" fill="{color}">&#10005;</text>'
        if cross
        else ""
    )
    return (
        f'<svg width="30" height="10" style="vertical-align:middle;margin-right:6px">'
        f'<line x1="1" y1="5" x2="27" y2="5" stroke="{color}" stroke-width="3" stroke-opacity="{opacity}"'
        f"{dash_attr}/>{head}{mark}</svg>"
    )


def legend_html(
    place_types: Sequence[str], relation_types: Sequence[str], hedged: bool = True, negated: bool = False
) -> str:
    """The legend's HTML: the visual code for what the map shows (fixed strings only), folding away
    with a click on its title so it never has to hide a part of the map."""
    rows = ['<details open><summary style="font-weight:bold;margin-bottom:3px;cursor:pointer">Legend</summary>']
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
    rows.append("</details>")
    return "".join(rows)


_CONTROL_STYLE = (
    "background:rgba(255,255,255,.92);padding:6px 9px;border-radius:5px;box-shadow:0 1px 4px rgba(0,0,0,.3);"
)
_STYLE = (
    ".geo-label div,.geo-label{font:600 12px/16px sans-serif;color:#111827;white-space:nowrap;"
    "text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff;pointer-events:none}"
    ".geo-rule{color:#6b7280;font-size:11px}.geo-src{color:#4b5563}.geo-more{color:#4b5563;font-size:12px}"
    f".geo-legend{{{_CONTROL_STYLE}font:12px/1.5 sans-serif}}"
    f".geo-title{{{_CONTROL_STYLE}max-width:46vw}}"
)


def base_map(
    *,
    basemap_path: Path | str | None = None,
    online_tiles: bool = False,
    detail_url: str | None = DETAIL_URL,
    static_url: str | None = None,
) -> folium.Map:
    """The map without a view: Leaflet, the basemap (and its detail layers), the attribution and the
    styles of labels, legend and title. The same for every view, so a dashboard's map component is
    never rebuilt when the view changes.

    Parameters
    ----------
    basemap_path : path, optional
        Countries GeoJSON; ``geo.viz.assets.BASEMAP_PATH`` by default. Ignored with ``online_tiles``.
    online_tiles : bool
        Draw OpenStreetMap tiles instead of the bundled basemap: the only option that lets the
        browser make requests off the machine (the dashboard never uses it).
    detail_url : str or None
        Where the detail basemap is served (relative to the map's page); None draws no detail
        layer (a saved HTML file has no server to fetch from).
    static_url : str, optional
        Where the page's server serves ``geo.viz.assets.STATIC_FILES`` (the dashboard:
        ``STATIC_URL``): Leaflet and the coarse basemap are then fetched from there instead of being
        carried inline, which makes the map's script a few kilobytes instead of 700.
    """
    m = folium.Map(
        location=[20.0, 0.0],
        zoom_start=2,
        tiles=None,
        min_zoom=1,
        max_zoom=MAX_ZOOM,
        world_copy_jump=False,
        control_scale=True,
    )
    # Instance lists: folium's own are class attributes shared by every map.
    if static_url:
        m.default_js = [("leaflet", static_url + "leaflet/leaflet.js")]
        m.default_css = [("leaflet_css", static_url + "leaflet/leaflet.css")]
    else:
        m.default_js = [("leaflet", assets.leaflet_js())]
        m.default_css = [("leaflet_css", assets.leaflet_css())]
    if online_tiles:
        folium.TileLayer("OpenStreetMap", max_zoom=MAX_ZOOM).add_to(m)
    else:
        if static_url:
            BasemapLayer(url=static_url + "basemap/world.json").add_to(m)
        else:
            BasemapLayer(assets.basemap_geojson(basemap_path)).add_to(m)
        if detail_url:
            DetailLayer(detail_url).add_to(m)
    root: Any = m.get_root()
    root.header.add_child(folium.Element(f"<style>{_STYLE}</style>"), name="geo_style")
    Attribution(assets.ATTRIBUTION).add_to(m)
    return m


class Attribution(_FastRender):
    """The sources of the basemap and the places, in Leaflet's attribution control."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        if ({{ this._parent.get_name() }}.attributionControl) {
            {{ this._parent.get_name() }}.attributionControl.setPrefix(false);
            {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text }});
        }
        {% endmacro %}
        """
    )

    def __init__(self, text: str):
        super().__init__()
        self._name = "Attribution"
        self.text = _js_json(html_text(text))


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
    evidence: int = 3,
) -> folium.Map:
    """A folium map of a view: ``base_map`` with the view's layer (``view_script``) on it.

    Parameters are those of ``base_map`` and ``view_script``.

    Returns
    -------
    folium.Map
    """
    m = base_map(basemap_path=basemap_path, online_tiles=online_tiles, detail_url=detail_url)
    ViewLayer(
        view_script(places, links, title=title, subtitle=subtitle, legend=legend, labels=labels, evidence=evidence)
    ).add_to(m)
    return m


def standalone_html(m: folium.Map) -> str:
    """The map as one self-contained HTML page (scripts and styles inline as ``data:`` URLs)."""
    return m.get_root().render()
