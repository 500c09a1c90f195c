"""Resolution: priors, document context, "X, Y" parents, one sense per name, abstention."""

from __future__ import annotations

from fakes import Entry, ExtraGazetteer, FakeGazetteer, P

from geo.core.records import Place
from geo.gazetteer.lookup import normalize_name
from geo.recognize.mentions import Candidate, find_mentions
from geo.recognize.resolve import _near_cells, _readings, _witness, prior, resolve_mentions

GAZ = FakeGazetteer()


def resolve(text: str):
    mentions, places = resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)
    return {m.text: m.place_id for m in mentions}, places


def test_prior_orders_country_region_capital_admin1_town():
    # A national capital outranks a first-level region of the same name ("Washington", "Tehran").
    assert prior(P["IR"]) > prior(P["latam"]) > prior(P["tehran"]) > prior(P["US-TX"]) > prior(P["paris-tx"])


def test_paris_alone_is_the_capital_of_france():
    resolved, _ = resolve("Talks resumed in Paris.")
    assert resolved["Paris"] == P["paris-fr"].id


def test_paris_comma_texas_is_the_town_in_texas():
    resolved, _ = resolve("A storm hit Paris, Texas, on Monday.")
    assert resolved == {"Paris": P["paris-tx"].id, "Texas": P["US-TX"].id}


def test_article_context_picks_the_us_state_georgia():
    text = "Georgia lawmakers met in Atlanta. Texas and the U.S. Congress watched; Georgia voted."
    resolved, _ = resolve(text)
    assert resolved["Georgia"] == P["US-GA"].id


def test_georgia_alone_is_the_country():
    resolved, _ = resolve("Georgia and Iran signed a deal.")
    assert resolved["Georgia"] == P["GE"].id


def test_demonyms_resolve_to_their_place():
    resolved, places = resolve("The Iranian official praised Latin American unity.")
    assert resolved == {"Iranian": P["IR"].id, "Latin American": P["latam"].id}
    assert set(places) == {P["IR"].id, P["latam"].id}


def test_tiny_unsupported_place_abstains():
    text = "Officials from Tinyville said."
    mentions, places = resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)
    # the gazetteer alone does not propose a 120-person town; with the NER's vote it is a mention
    from geo.recognize.mentions import Entity

    start = text.index("Tinyville")
    cands = find_mentions(text, [Entity(start, start + 9, "GPE")], GAZ)
    mentions, places = resolve_mentions(text, cands, GAZ)
    assert [(m.text, m.place_id) for m in mentions] == [("Tinyville", None)]
    assert places == {}


def test_one_sense_per_name_per_article():
    text = "Paris, Texas is small. Later, Paris celebrated."
    resolved_ids = {
        m.place_id for m in resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)[0] if m.text == "Paris"
    }
    assert resolved_ids == {P["paris-tx"].id}


# -- same-name choices, on a gazetteer of namesakes -------------------------------------------------

NS = {
    "MX": Place("gn:3996063", "Mexico", "country", "MX", 23.0, -102.0, 3996063, 126000000, None, "PCLI"),
    "MX-MEX": Place("gn:3523272", "México", "admin1", "MX", 19.4, -99.7, 3523272, 14000000, "15", "ADM1"),
    "mexico-city": Place("gn:3530597", "Mexico City", "city", "MX", 19.43, -99.13, 3530597, 12000000, "09", "PPLC"),
    "toluca": Place("gn:3515302", "Toluca", "city", "MX", 19.29, -99.65, 3515302, 490000, "15", ""),
    "US": Place("gn:6252001", "United States", "country", "US", 39.76, -98.5, 6252001, 327000000, None, "PCLI"),
    "US-WA": Place("gn:5815135", "Washington", "admin1", "US", 47.5, -120.5, 5815135, 7000000, "WA", "ADM1"),
    "dc": Place("gn:4140963", "Washington", "city", "US", 38.9, -77.04, 4140963, 690000, "DC", "PPLC"),
    "seattle": Place("gn:5809844", "Seattle", "city", "US", 47.6, -122.3, 5809844, 750000, "WA", ""),
    "US-TX": Place("gn:4736286", "Texas", "admin1", "US", 31.25, -99.25, 4736286, 25000000, "TX", "ADM1"),
    "PS": Place("gn:6254930", "Palestinian Territory", "country", "PS", 31.9, 35.2, 6254930, 4500000, None, "PCLI"),
    "palestine-tx": Place("gn:4717232", "Palestine", "city", "US", 31.76, -95.63, 4717232, 18000, "TX", ""),
    "tyler": Place("gn:4738214", "Tyler", "city", "US", 32.35, -95.3, 4738214, 105000, "TX", ""),
    "athens-tx": Place("gn:4671545", "Athens", "city", "US", 32.2, -95.86, 4671545, 12700, "TX", ""),
}
NS_NAMES = {
    "Mexico": [("MX", "name"), ("MX-MEX", "name"), ("mexico-city", "alias")],
    "Toluca": [("toluca", "name")],
    "Washington": [("US-WA", "name"), ("dc", "name")],
    "Seattle": [("seattle", "name")],
    "United States": [("US", "name")],
    "Texas": [("US-TX", "name")],
    "Palestine": [("PS", "alias"), ("palestine-tx", "name")],
    "Tyler": [("tyler", "name")],
    "Athens": [("athens-tx", "name")],
}


class Namesakes(FakeGazetteer):
    def __init__(self) -> None:
        self._places = {p.id: p for p in NS.values()}
        self._index = {}
        for name, entries in NS_NAMES.items():
            self._index[normalize_name(name)] = tuple(Entry(NS[k].id, kind) for k, kind in entries)


NSG = Namesakes()


def resolve_all(text: str, names: list[str]) -> dict[str, str | None]:
    return resolve_all_in(NSG, text, names)


def test_a_country_over_its_own_same_named_state():
    got = resolve_all("Toluca voters and Mexico's president met.", ["Toluca", "Mexico"])
    assert got["Mexico"] == NS["MX"].id
    got = resolve_all("Mexico signed the deal.", ["Mexico"])
    assert got["Mexico"] == NS["MX"].id


def test_a_national_capital_over_its_own_same_named_state():
    got = resolve_all(
        "The United States and Seattle officials met; Washington said no.", ["United States", "Seattle", "Washington"]
    )
    assert got["Washington"] == NS["dc"].id
    got = resolve_all("Lawmakers in Washington voted.", ["Washington"])
    assert got["Washington"] == NS["dc"].id


def _mentions_of(gaz, text: str, name: str) -> list[str | None]:
    """The place of every occurrence of ``name`` in ``text``, each its own candidate."""
    cands, pos = [], 0
    while (start := text.find(name, pos)) >= 0:
        cands.append(Candidate(start, start + len(name), name, "toponym", name, "gazetteer"))
        pos = start + len(name)
    mentions, _ = resolve_mentions(text, cands, gaz)
    return [m.place_id for m in mentions]


def test_a_state_office_after_a_name_makes_it_the_state_for_that_mention_only():
    for text in ("Former Washington Gov. Gary Locke spoke.", "Washington state lawmakers voted on Monday."):
        assert resolve_all(text, ["Washington"])["Washington"] == NS["US-WA"].id
    # The article's other "Washington"s keep their own reading, the capital.
    text = "Washington Gov. Jay Inslee flew to Washington on Monday; Washington said it would help."
    assert _mentions_of(NSG, text, "Washington") == [NS["US-WA"].id, NS["dc"].id, NS["dc"].id]
    # A town has a mayor: "Washington police" keeps every reading.
    assert resolve_all("Washington police said no.", ["Washington"])["Washington"] == NS["dc"].id


def test_a_state_office_drops_the_towns_of_a_name_not_its_country():
    town = Place("gn:5234000", "Georgia", "city", "US", 44.7, -73.1, 5234000, 4500, "VT", "")
    gaz = ExtraGazetteer({"Georgia": [(town, "name")]})
    for text in ("Georgia lawmakers met on Monday.", "Georgia Senate leaders met on Monday."):
        mentions, _ = resolve_mentions(text, find_mentions(text, [], gaz), gaz)
        assert mentions[0].place_id == P["GE"].id


def test_local_news_makes_a_town_beat_a_same_named_country():
    text = "Police in Tyler and Athens, Texas, said a man from Palestine was held."
    got = resolve_all(text, ["Tyler", "Athens", "Texas", "Palestine"])
    assert got["Palestine"] == NS["palestine-tx"].id
    # with one local name only, the country keeps the name
    got = resolve_all("Officials in Tyler discussed Palestine.", ["Tyler", "Palestine"])
    assert got["Palestine"] == NS["PS"].id


def test_an_airport_beats_a_hamlet_of_its_name_not_a_town():
    airport = Place("x:airport-egll", "London Heathrow Airport", "facility", "GB", 51.47, -0.46, None, 0, None, "AIRP")
    hamlet = Place("gn:4158296", "Heathrow", "city", "US", 28.76, -81.37, 4158296, 5896, "FL", "")
    town = Place("gn:5777544", "Logan", "city", "US", 41.74, -111.83, 5777544, 48000, "UT", "")
    boston = Place(
        "x:airport-kbos", "Logan International Airport", "facility", "US", 42.36, -71.0, None, 0, None, "AIRP"
    )
    assert prior(airport) > prior(hamlet) and prior(town) > prior(boston)


def test_names_that_could_lie_side_by_side_settle_each_other():
    """Spatial minimality across a state line: each name has two readings; only one pair is close."""
    global NSG
    extra = {
        "ash-tx-border": Place("gn:9000001", "Ashdown", "city", "US", 33.45, -94.05, 9000001, 4000, "TX", ""),
        "ash-tx-far": Place("gn:9000002", "Ashdown", "city", "US", 29.40, -98.50, 9000002, 4500, "TX", ""),
        "fou-ar-border": Place("gn:9000003", "Fouke", "city", "US", 33.26, -93.89, 9000003, 3000, "AR", ""),
        "fou-ar-far": Place("gn:9000004", "Fouke", "city", "US", 36.30, -90.20, 9000004, 3200, "AR", ""),
    }
    NS.update(extra)
    NS_NAMES.update(
        {
            "Ashdown": [("ash-tx-far", "name"), ("ash-tx-border", "name")],
            "Fouke": [("fou-ar-far", "name"), ("fou-ar-border", "name")],
        }
    )
    NSG = Namesakes()
    got = resolve_all("Crews drove from Ashdown to Fouke on Monday.", ["Ashdown", "Fouke"])
    assert got == {"Ashdown": NS["ash-tx-border"].id, "Fouke": NS["fou-ar-border"].id}


def test_a_region_of_a_country_the_article_never_touches_yields_to_a_supported_namesake():
    global NSG
    NS.update(
        {
            "IL": Place("gn:294640", "Israel", "country", "IL", 31.5, 34.75, 294640, 8900000, None, "PCLI"),
            "gaza-city": Place("gn:281133", "Gaza", "city", "PS", 31.5, 34.47, 281133, 410000, "GZ", ""),
            "MZ-gaza": Place("gn:1046058", "Gaza", "admin1", "MZ", -23.3, 32.8, 1046058, 385000, "02", "ADM1"),
        }
    )
    NS_NAMES.update(
        {
            "Israel": [("IL", "name")],
            "Palestine": [("PS", "alias"), ("palestine-tx", "name")],
            "Gaza": [("gaza-city", "name"), ("MZ-gaza", "name")],
        }
    )
    NSG = Namesakes()
    got = resolve_all("Israel and Palestine met over Gaza.", ["Israel", "Palestine", "Gaza"])
    assert got["Gaza"] == NS["gaza-city"].id
    # no context: a region smaller than a city of its name ranks as a town, so the bigger city wins
    assert resolve_all("Gaza.", ["Gaza"])["Gaza"] == NS["gaza-city"].id


# -- rank, demonyms and nearness, each against the namesake it must beat or lose to ----------------


def _city(pid: str, population: int, feature_code: str = "", lat: float = 35.0, lon: float = -100.0) -> Place:
    return Place(f"x:{pid}", pid.title(), "city", "US", lat, lon, None, population, "TX", feature_code)


def test_a_state_capital_beats_a_larger_town_but_not_a_city_ten_times_its_size():
    seat = _city("seat", 100_000, "PPLA")
    assert prior(seat) > prior(_city("bigger", 300_000))
    assert prior(seat) < prior(_city("much-bigger", 1_000_000))


def test_a_small_national_capital_beats_a_larger_town_but_not_a_state_capital_fifteen_times_its_size():
    capital = Place("x:small-capital", "Victoria", "city", "SC", -4.6, 55.45, None, 20_000, "11", "PPLC")
    assert prior(capital) > prior(_city("town", 200_000))
    assert prior(capital) < prior(_city("state-capital", 300_000, "PPLA"))


def test_a_demonym_resolves_to_its_country_not_a_town_of_that_name():
    canada = Place("x:ca", "Canada", "country", "CA", 60.0, -95.0, None, 38_000_000, None, "PCLI")
    canadian_tx = Place("x:canadian-tx", "Canadian", "city", "US", 35.9, -100.4, None, 200_000, "TX", "PPL")
    gaz = ExtraGazetteer({"Canadian": [(canada, "demonym"), (canadian_tx, "name")]})
    text = "Canadian officials met."
    (mention,), _ = resolve_mentions(text, [Candidate(0, 8, "Canadian", "demonym", "Canadian", "gazetteer")], gaz)
    assert mention.place_id == canada.id


def test_mentions_sharing_their_readings_are_counted_together():
    readings = [(P["paris-fr"], "name"), (P["paris-tx"], "name")]
    options = [readings, readings, [(P["tehran"], "name")]]
    assert sorted(n for _, n in _readings(options, [0, 1, 2])) == [1, 2]


def _near_and_far(hamlet_population: int, town_population: int, neighbours: int) -> str | None:
    """Which reading of "Ashby" wins: a hamlet with ``neighbours`` other (unambiguous) names of the
    article around it, or a larger town of the same state far away. Both lie in the same state, so
    only population and nearness tell them apart."""
    hamlet = _city("ashby-near", hamlet_population, lat=30.5, lon=-97.5)
    far = _city("ashby-far", town_population, lat=34.5, lon=-102.5)
    extra: dict[str, list[tuple[Place, str]]] = {"Ashby": [(hamlet, "name"), (far, "name")]}
    names = [f"Nearby{k}" for k in range(neighbours)]
    for k, name in enumerate(names):
        extra[name] = [(_city(name.lower(), 5_000, lat=30.2 + 0.1 * k, lon=-97.2), "name")]
    gaz = ExtraGazetteer(extra)
    text = ", ".join([*names, "Ashby"])
    cands, pos = [], 0
    for name in [*names, "Ashby"]:
        start = text.index(name, pos)
        cands.append(Candidate(start, start + len(name), name, "toponym", name, "gazetteer"))
        pos = start + len(name)
    mentions, _ = resolve_mentions(text, cands, gaz)
    return mentions[-1].place_id


def test_one_neighbour_outweighs_a_threefold_but_not_a_thirtyfold_population():
    assert _near_and_far(1_000, 3_000, 1) == "x:ashby-near"
    assert _near_and_far(1_000, 30_000, 1) == "x:ashby-far"


def test_nearness_counts_at_most_three_neighbours():
    # five names around a hamlet of a hundred people do not beat a city of a million
    assert _near_and_far(2_000, 1_000_000, 5) == "x:ashby-near"
    assert _near_and_far(100, 1_000_000, 5) == "x:ashby-far"


def _one(gaz, text: str, name: str) -> str | None:
    start = text.index(name)
    (mention,), _ = resolve_mentions(
        text, [Candidate(start, start + len(name), name, "toponym", name, "gazetteer")], gaz
    )
    return mention.place_id


def test_a_place_own_name_beats_a_larger_place_known_by_it_only_as_another_name():
    # Amman was once Philadelphia, and a capital; the city whose own name it is still wins.
    amman = Place("x:amman", "Amman", "city", "JO", 31.95, 35.93, None, 1_275_857, "16", "PPLC")
    philly = Place("x:philly", "Philadelphia", "city", "US", 39.95, -75.16, None, 1_573_916, "PA", "PPL")
    gaz = ExtraGazetteer({"Philadelphia": [(amman, "alias"), (philly, "name")]})
    assert _one(gaz, "Philadelphia approved the budget.", "Philadelphia") == philly.id
    # A transliteration that spells a far larger city like a resort town does not take its name.
    changchun = Place("x:changchun", "Changchun", "city", "CN", 43.88, 125.32, None, 4_714_996, "05", "PPLA")
    cancun = Place("x:cancun", "Cancún", "city", "MX", 21.17, -86.85, None, 888_797, "23", "PPLA2")
    gaz = ExtraGazetteer({"Cancun": [(changchun, "alias"), (cancun, "name")]})
    assert _one(gaz, "They took a trip to Cancun last spring.", "Cancun") == cancun.id


def test_a_short_form_of_a_place_own_name_or_an_alias_no_place_owns_keeps_its_score():
    # "New York" is a shortening of New York City's own name: no penalty against the state.
    nyc = Place("x:nyc", "New York City", "city", "US", 40.71, -74.01, None, 8_804_190, "NY", "PPL")
    town = Place("x:ny-town", "New York", "city", "GB", 53.08, -0.15, None, 2_000, "ENG", "PPL")
    gaz = ExtraGazetteer({"New York": [(nyc, "alias"), (town, "name")]})
    assert _one(gaz, "Flights to New York resumed.", "New York") == nyc.id
    # "Bombay" names no place of its own here beyond a hamlet far smaller than Mumbai.
    mumbai = Place("x:mumbai", "Mumbai", "city", "IN", 19.07, 72.88, None, 12_691_836, "16", "PPLA")
    hamlet = Place("x:bombay-ny", "Bombay", "city", "US", 44.94, -74.57, None, 1_300, "NY", "PPL")
    gaz = ExtraGazetteer({"Bombay": [(mumbai, "alias"), (hamlet, "name")]})
    assert _one(gaz, "He grew up in Bombay.", "Bombay") == mumbai.id


def _capital_and_village(name: str, cc: str, lat: float, lon: float, pop: int, village_pop: int, v_lat, v_lon):
    capital = Place(f"x:{name.lower()}-{cc.lower()}", name, "city", cc, lat, lon, None, pop, "01", "PPLC")
    village = Place(f"x:{name.lower()}-on", name, "city", "CA", v_lat, v_lon, None, village_pop, "08", "")
    return capital, village


def test_two_names_whose_namesakes_lie_side_by_side_abroad_do_not_pull_each_other_there():
    # London and Brussels both have namesakes in Ontario, a few kilometres apart; a story about the
    # train between the two capitals is not set in Ontario.
    london, london_on = _capital_and_village("London", "GB", 51.51, -0.13, 8_961_989, 422_324, 42.98, -81.23)
    brussels, brussels_on = _capital_and_village("Brussels", "BE", 50.85, 4.35, 1_019_022, 1_100, 43.74, -81.25)
    gaz = ExtraGazetteer(
        {"London": [(london, "name"), (london_on, "name")], "Brussels": [(brussels, "name"), (brussels_on, "name")]}
    )
    got = resolve_all_in(gaz, "The train between London and Brussels was late.", ["London", "Brussels"])
    assert got == {"London": london.id, "Brussels": brussels.id}
    # Another pair, the other way round in the sentence.
    paris, paris_on = _capital_and_village("Paris", "FR", 48.85, 2.35, 2_138_551, 12_310, 43.2, -80.38)
    gaz = ExtraGazetteer(
        {"Paris": [(paris, "name"), (paris_on, "name")], "Brussels": [(brussels, "name"), (brussels_on, "name")]}
    )
    got = resolve_all_in(gaz, "Delegates flew from Brussels to Paris.", ["Brussels", "Paris"])
    assert got == {"Brussels": brussels.id, "Paris": paris.id}


def resolve_all_in(gaz, text: str, names: list[str]) -> dict[str, str | None]:
    cands, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        cands.append(Candidate(start, start + len(name), name, "toponym", name, "gazetteer"))
        pos = start + len(name)
    mentions, _ = resolve_mentions(text, cands, gaz)
    return {m.text: m.place_id for m in mentions}


def test_a_name_witnesses_a_spot_as_strongly_as_it_likely_means_the_reading_there():
    london, london_on = _capital_and_village("London", "GB", 51.51, -0.13, 8_961_989, 422_324, 42.98, -81.23)
    alone = _witness([([(london_on, "name")], 1)], _near_cells)
    assert set(alone.values()) == {1.0} and len(alone) == 18  # its cell and the eight around it, twice
    shared = _witness([([(london, "name"), (london_on, "name")], 1)], _near_cells)
    village_cells, capital_cells = set(_near_cells(london_on)), set(_near_cells(london))
    assert {shared[c] for c in capital_cells} == {1.0}
    assert max(shared[c] for c in village_cells) < 0.2  # the namesake of a capital of nine million is unlikely
    villages = [(_city(f"village{i}", 800, lat=-60.0 + 4 * i), "name") for i in range(30)]
    common = _witness([(villages, 1)], _near_cells)
    assert all(abs(w - 0.1) < 1e-9 for w in common.values())  # thirty like villages: a tenth each


def _country_and_town(name: str, cc: str, state: str):
    country = Place(f"x:{cc.lower()}", name, "country", cc, 60.0, 100.0, None, 144_000_000, None, "PCLI")
    town = Place(f"x:{name.lower()}-{state.lower()}", name, "city", "US", 40.23, -84.41, None, 656, state, "")
    return country, town


def test_a_country_after_a_country_is_a_list_or_a_modifier_never_its_parent():
    russia, russia_oh = _country_and_town("Russia", "RU", "OH")
    usa = Place("x:us", "United States", "country", "US", 39.76, -98.5, None, 327_000_000, None, "PCLI")
    ohio = Place("x:us-oh", "Ohio", "admin1", "US", 40.25, -83.0, None, 11_000_000, "OH", "ADM1")
    iran = Place("x:ir", "Iran", "country", "IR", 32.0, 53.0, None, 81_000_000, None, "PCLI")
    gaz = ExtraGazetteer(
        {
            "Russia": [(russia, "name"), (russia_oh, "name")],
            "U.S.": [(usa, "abbrev")],
            "Ohio": [(ohio, "name")],
            "Iran": [(iran, "name")],
        }
    )
    got = resolve_all_in(gaz, "His dealings in Russia, U.S. officials said, were known.", ["Russia", "U.S."])
    assert got["Russia"] == russia.id
    got = resolve_all_in(gaz, "Sanctions on Russia, Iran and others were eased.", ["Russia", "Iran"])
    assert got["Russia"] == russia.id
    # A first-level region after the name is its parent still.
    got = resolve_all_in(gaz, "A fair opened in Russia, Ohio, on Friday.", ["Russia", "Ohio"])
    assert got["Russia"] == russia_oh.id


def _local_story_gazetteer(country_name, cc, town_state, county, small, big_namesake_state):
    """A country and a same-named town, a county of the town's state, and a small town of that
    state whose name a bigger town elsewhere shares."""
    country = Place(f"x:{cc.lower()}", country_name, "country", cc, 33.8, 35.8, None, 6_000_000, None, "PCLI")
    town = Place(
        f"x:{country_name.lower()}-town", country_name, "city", "US", 36.2, -86.3, None, 30_000, town_state, ""
    )
    county_place = Place(f"x:{county.lower()}", county, "admin2", "US", 36.3, -88.3, None, 0, town_state, "ADM2")
    small_town = Place(f"x:{small.lower()}-small", small, "city", "US", 36.1, -88.1, None, 2_000, town_state, "")
    bigger = Place(f"x:{small.lower()}-big", small, "city", "US", 40.2, -111.6, None, 30_000, big_namesake_state, "")
    return ExtraGazetteer(
        {
            country_name: [(country, "name"), (town, "name")],
            county: [(county_place, "name")],
            small: [(small_town, "name"), (bigger, "name")],
        }
    ), (country, town, small_town)


def test_in_local_news_the_towns_chosen_vouch_for_each_other_in_a_second_pass():
    gaz, (_country, town, small_town) = _local_story_gazetteer(
        "Lebanon", "LB", "TN", "Henry County", "Springville", "UT"
    )
    text = "Henry County deputies said a Lebanon man was held in Springville."
    got = resolve_all_in(gaz, text, ["Henry County", "Lebanon", "Springville"])
    assert got["Springville"] == small_town.id and got["Lebanon"] == town.id
    gaz, (_country, town, small_town) = _local_story_gazetteer(
        "Jordan", "JO", "MN", "Scott County", "Belle Plaine", "IA"
    )
    text = "Belle Plaine and Jordan schools will close early, Scott County officials said."
    got = resolve_all_in(gaz, text, ["Belle Plaine", "Jordan", "Scott County"])
    assert got["Belle Plaine"] == small_town.id and got["Jordan"] == town.id


def test_without_a_county_the_first_pass_stands():
    gaz, (country, _town, _small_town) = _local_story_gazetteer(
        "Lebanon", "LB", "TN", "Henry County", "Springville", "UT"
    )
    got = resolve_all_in(gaz, "Deputies said a Lebanon man was held in Springville.", ["Lebanon", "Springville"])
    assert got["Lebanon"] == country.id


def _county(name: str, state: str, lat: float, lon: float) -> Place:
    return Place(f"x:{name.lower()}-{state.lower()}", name, "admin2", "US", lat, lon, None, 0, state, "ADM2")


def _town(name: str, state: str, lat: float, lon: float, population: int) -> Place:
    return Place(f"x:{name.lower()}-{state.lower()}", name, "city", "US", lat, lon, None, population, state, "")


def test_a_county_and_its_seat_settle_each_other_over_a_larger_namesake_a_hundred_km_apart():
    walker_tx, walker_al = _county("Walker County", "TX", 30.73, -95.57), _county("Walker County", "AL", 33.8, -87.3)
    hunts_tx, hunts_al = (
        _town("Huntsville", "TX", 30.72, -95.55, 41_000),
        _town("Huntsville", "AL", 34.73, -86.59, 190_000),
    )
    gaz = ExtraGazetteer(
        {
            "Walker County": [(walker_tx, "name"), (walker_al, "name")],
            "Huntsville": [(hunts_al, "name"), (hunts_tx, "name")],
        }
    )
    text = "Huntsville Fire Chief Tom Grisham and Walker County Judge Danny Pierce lifted the ban."
    assert resolve_all_in(gaz, text, ["Huntsville", "Walker County"]) == {
        "Huntsville": hunts_tx.id,
        "Walker County": walker_tx.id,
    }
    leon_tx, leon_fl = _county("Leon County", "TX", 31.3, -95.99), _county("Leon County", "FL", 30.46, -84.28)
    center_tx, center_oh = (
        _town("Centerville", "TX", 31.26, -95.98, 900),
        _town("Centerville", "OH", 39.63, -84.16, 23_000),
    )
    gaz = ExtraGazetteer(
        {
            "Leon County": [(leon_fl, "name"), (leon_tx, "name")],
            "Centerville": [(center_oh, "name"), (center_tx, "name")],
        }
    )
    text = "Leon County deputies and Centerville police searched the creek."
    assert resolve_all_in(gaz, text, ["Leon County", "Centerville"]) == {
        "Leon County": leon_tx.id,
        "Centerville": center_tx.id,
    }


def test_the_country_alone_does_not_pull_a_world_city_to_its_small_namesake():
    paris = Place("x:paris-fr", "Paris", "city", "FR", 48.85, 2.35, None, 2_138_551, "11", "PPLC")
    paris_tx = _town("Paris", "TX", 33.66, -95.56, 25_000)
    newark = _town("Newark", "NJ", 40.74, -74.17, 280_000)
    usa = Place("x:us", "United States", "country", "US", 39.8, -98.6, None, 327_000_000, None, "PCLI")
    gaz = ExtraGazetteer(
        {"Paris": [(paris, "name"), (paris_tx, "name")], "Newark": [(newark, "name")], "U.S.": [(usa, "abbrev")]}
    )
    got = resolve_all_in(
        gaz, "She flew from Newark to Paris on Friday, U.S. officials said.", ["Newark", "Paris", "U.S."]
    )
    assert got["Paris"] == paris.id
    moscow = Place("x:moscow-ru", "Moscow", "city", "RU", 55.75, 37.62, None, 10_381_222, "48", "PPLC")
    moscow_id = _town("Moscow", "ID", 46.73, -117.0, 25_000)
    atlanta = _town("Atlanta", "GA", 33.75, -84.39, 498_000)
    gaz = ExtraGazetteer({"Moscow": [(moscow, "name"), (moscow_id, "name")], "Atlanta": [(atlanta, "name")]})
    got = resolve_all_in(gaz, "Talks in Moscow ended as Atlanta voters went to the polls.", ["Moscow", "Atlanta"])
    assert got["Moscow"] == moscow.id
    # The town's own state still decides: a parent, or other towns of its state.
    texas = Place("x:us-tx", "Texas", "admin1", "US", 31.25, -99.25, None, 25_000_000, "TX", "ADM1")
    gaz = ExtraGazetteer({"Paris": [(paris, "name"), (paris_tx, "name")], "Texas": [(texas, "name")]})
    assert resolve_all_in(gaz, "A storm hit Paris, Texas, on Monday.", ["Paris", "Texas"])["Paris"] == paris_tx.id


def test_a_descriptive_name_with_one_known_reading_does_not_set_the_story_there():
    canada = Place("x:ca", "Canada", "country", "CA", 60.0, -95.0, None, 38_000_000, None, "PCLI")
    toronto = Place("x:toronto", "Toronto", "city", "CA", 43.7, -79.42, None, 2_794_356, "08", "PPLA")
    toronto_au = Place("x:toronto-au", "Toronto", "city", "AU", -33.01, 151.59, None, 5_670, "02", "")
    coast_au = Place("x:central-coast", "Central Coast", "city", "AU", -33.43, 151.37, None, 346_596, "02", "")
    gaz = ExtraGazetteer(
        {
            "Canada": [(canada, "name")],
            "Toronto": [(toronto, "name"), (toronto_au, "name")],
            "Central Coast": [(coast_au, "name")],
        }
    )
    text = "Storms hit the Central Coast and Toronto, Canada's weather office said."
    assert resolve_all_in(gaz, text, ["Central Coast", "Toronto", "Canada"])["Toronto"] == toronto.id
    hamilton = Place("x:hamilton", "Hamilton", "city", "CA", 43.25, -79.84, None, 569_353, "08", "")
    hamilton_nz = Place("x:hamilton-nz", "Hamilton", "city", "NZ", -37.79, 175.28, None, 169_300, "E9", "")
    shore_nz = Place("x:north-shore", "North Shore", "city", "NZ", -36.8, 174.75, None, 205_605, "E7", "")
    gaz = ExtraGazetteer(
        {
            "Canada": [(canada, "name")],
            "Hamilton": [(hamilton, "name"), (hamilton_nz, "name")],
            "North Shore": [(shore_nz, "name")],
        }
    )
    text = "Schools closed in Hamilton and the North Shore flooded, officials in Canada said."
    assert resolve_all_in(gaz, text, ["Hamilton", "North Shore", "Canada"])["Hamilton"] == hamilton.id


def test_a_seat_of_government_beats_a_town_of_its_name():
    seat = Place("x:white-house", "White House", "facility", "US", 38.8977, -77.0365, None, 0, None, "BLDG")
    town = Place("gn:4667282", "White House", "city", "US", 36.47, -86.65, 4667282, 11226, "TN", "")
    kremlin = Place("x:kremlin", "Kremlin", "facility", "RU", 55.752, 37.6175, None, 0, None, "CSTL")
    village = Place("gn:9", "Kremlin", "city", "US", 36.55, -97.83, 9, 250, "OK", "")
    gaz = ExtraGazetteer(
        {"White House": [(seat, "name"), (town, "name")], "Kremlin": [(kremlin, "name"), (village, "name")]}
    )
    for text, name, want in (
        ("The White House and the United States Congress disagreed.", "White House", seat),
        ("The Kremlin said Texas and the U.S. had not called.", "Kremlin", kremlin),
    ):
        assert resolve_all_in(gaz, text, [name])[name] == want.id
    # An airport is no landmark: it still ranks like a town of about 25,000.
    assert prior(seat) > prior(Place("x:airport-kxxx", "X", "facility", "US", 0, 0, None, 0, None, "AIRP"))


def test_a_town_noun_before_of_makes_the_name_a_town_not_its_region():
    region = Place("gn:706442", "Khersonska oblast", "admin1", "UA", 46.75, 33.25, 706442, 1_000_000, "14", "ADM1")
    town = Place("gn:706448", "Kherson", "city", "UA", 46.64, 32.61, 706448, 290_000, "14", "PPLA")
    gaz = ExtraGazetteer({"Kherson": [(region, "name"), (town, "name")]})

    def place_of(text: str, gaz=gaz) -> str | None:
        mentions, _ = resolve_mentions(text, find_mentions(text, [], gaz), gaz)
        return next(m.place_id for m in mentions if m.text == "Kherson")

    assert place_of("Troops entered the city of Kherson on Monday.") == town.id
    assert place_of("Shelling hit the port town of Kherson.") == town.id
    # Without the noun the region's prior stands, when the region has the name as its own ...
    assert place_of("Troops entered Kherson on Monday.") == region.id
    # ... but a region known by its capital's name only as an alias ("Khersonska oblast") is the town.
    alias = ExtraGazetteer({"Kherson": [(region, "alias"), (town, "name")]})
    assert place_of("Troops entered Kherson on Monday.", alias) == town.id
    assert place_of("Kherson was shelled again.", alias) == town.id


def test_a_city_and_its_region_both_known_by_the_name_as_an_alias_is_the_city_when_it_holds_their_people():
    region = Place("gn:687699", "Zaporizka oblast", "admin1", "UA", 47.5, 35.5, 687699, 1_520_000, "26", "ADM1")
    city = Place("gn:687700", "Zaporizhzhya", "city", "UA", 47.82, 35.19, 687700, 710_000, "26", "PPLA")
    hamlet = Place("gn:687684", "Zaporizhzhia", "city", "UA", 48.3, 37.4, 687684, 656, "05", "PPL")
    gaz = ExtraGazetteer({"Zaporizhzhia": [(region, "alias"), (city, "alias"), (hamlet, "name")]})

    def place_of(text: str, gaz=gaz) -> str | None:
        mentions, _ = resolve_mentions(text, find_mentions(text, [], gaz), gaz)
        return next(m.place_id for m in mentions if m.text == "Zaporizhzhia")

    for text in ("The team left Zaporizhzhia at dawn.", "Fighting near Zaporizhzhia intensified."):
        assert place_of(text) == city.id
    # (not a city of a small share of its region's people: Quebec City is no Quebec)
    province = Place("gn:6115047", "Quebec", "admin1", "CA", 52.0, -72.0, 6115047, 8_500_000, "10", "ADM1")
    town = Place("gn:6325494", "Québec", "city", "CA", 46.81, -71.21, 6325494, 530_000, "10", "PPLA")
    quebec = ExtraGazetteer({"Quebec": [(province, "alias"), (town, "alias")]})
    mentions, _ = resolve_mentions("He lives in Quebec.", find_mentions("He lives in Quebec.", [], quebec), quebec)
    assert [m.place_id for m in mentions] == [province.id]


def test_a_region_smaller_than_a_city_of_its_name_ranks_as_a_town():
    parish = Place("gn:3489586", "Manchester", "admin1", "JM", 18.05, -77.51, 3489586, 62_000, "04", "ADM1")
    city = Place("gn:2643123", "Manchester", "city", "GB", 53.48, -2.24, 2643123, 569_000, "ENG", "PPLA2")
    jamaica = Place("gn:3489940", "Jamaica", "country", "JM", 18.17, -77.4, 3489940, 2_800_000, None, "PCLI")
    gaz = ExtraGazetteer({"Manchester": [(parish, "name"), (city, "name")], "Jamaica": [(jamaica, "name")]})

    def place_of(text: str) -> str | None:
        mentions, _ = resolve_mentions(text, find_mentions(text, [], gaz), gaz)
        return next(m.place_id for m in mentions if m.text == "Manchester")

    # the English city, not the Jamaican parish, when nothing in the article speaks for Jamaica
    for text in ("He flew to Manchester on Monday.", "Flights to Manchester were cancelled."):
        assert place_of(text) == city.id
    # ... but the parish still wins where the article is about its country
    for text in ("Floods hit Manchester in Jamaica.", "In Jamaica, Manchester lost power for a day."):
        assert place_of(text) == parish.id


def test_an_airport_known_by_a_towns_name_only_as_an_alias_gives_way_to_the_town():
    airport = Place("x:airport-yzzz", "Wexcombe Airport", "facility", "AU", -17.5, 146.0, None, 0, None, "AIRP")
    town = Place("gn:1", "Wexcombe", "city", "AU", -17.52, 146.03, 1, 9_000, "04", "PPL")
    gaz = ExtraGazetteer({"Wexcombe": [(airport, "alias"), (town, "name")], "Australia": []})

    def place_of(text: str) -> str | None:
        mentions, _ = resolve_mentions(text, find_mentions(text, [], gaz), gaz)
        return next(m.place_id for m in mentions if m.text == "Wexcombe")

    for text in ("Flights to Wexcombe resumed on Monday.", "She flew home to Wexcombe after the tour."):
        assert place_of(text) != airport.id
    # (an airport called by its own name stays the airport)
    named = ExtraGazetteer({"Wexcombe Airport": [(airport, "name")]})
    mentions, _ = resolve_mentions(
        "Flights to Wexcombe Airport resumed.", find_mentions("Flights to Wexcombe Airport resumed.", [], named), named
    )
    assert [m.place_id for m in mentions if m.text == "Wexcombe Airport"] == [airport.id]


def test_an_abstaining_small_town_is_vouched_for_by_the_big_cities_chosen_in_its_country():
    isle = Place("x:isle-it", "Lampion", "city", "IT", 35.5, 12.6, None, 4_000, "15", "")
    isle_fr = Place("x:isle-fr", "Lampion", "city", "FR", 48.0, 2.0, None, 3_000, "11", "")
    turin = Place("x:turin-it", "Turino", "city", "IT", 45.07, 7.69, None, 850_000, "12", "")
    turin_sv = Place("x:turin-sv", "Turino", "city", "SV", 13.9, -89.8, None, 11_000, "03", "")
    milan = Place("x:milan-it", "Milano", "city", "IT", 45.46, 9.19, None, 1_370_000, "09", "")
    milan_us = Place("x:milan-us", "Milano", "city", "US", 30.7, -97.0, None, 7_800, "TX", "")
    gaz = ExtraGazetteer(
        {
            "Lampion": [(isle, "name"), (isle_fr, "name")],
            "Turino": [(turin, "name"), (turin_sv, "name")],
            "Milano": [(milan, "name"), (milan_us, "name")],
        }
    )
    alone = resolve_all_in(gaz, "They were sent from Lampion by ferry.", ["Lampion"])
    assert alone["Lampion"] is None  # a town of 4,000 nothing supports, of a name two bear, abstains ...
    text = "They were sent from Lampion to centres in Turino and Milano."
    got = resolve_all_in(gaz, text, ["Lampion", "Turino", "Milano"])
    # ... until the big cities the article names in its country vouch for it
    assert got == {"Lampion": isle.id, "Turino": turin.id, "Milano": milan.id}


def test_the_only_town_of_its_name_needs_no_support_unless_a_hamlet():
    decorah = Place("x:decorah", "Decorah", "city", "US", 43.3, -91.8, None, 7_900, "IA", "")
    hamlet = Place("x:hamlet", "Lowhollow", "city", "US", 40.0, -80.0, None, 300, "PA", "")
    gaz = ExtraGazetteer({"Decorah": [(decorah, "name")], "Lowhollow": [(hamlet, "name")]})
    got = resolve_all_in(gaz, "Students will leave Decorah in January.", ["Decorah"])
    assert got["Decorah"] == decorah.id
    got = resolve_all_in(gaz, "Students will leave Lowhollow in January.", ["Lowhollow"])
    assert got["Lowhollow"] is None


def test_a_country_or_state_possessive_right_before_a_town_is_its_parent():
    # "Libya's Derna": the Libyan city known by that name only as an alias, not the Romanian
    # village whose own name it is; "Ohio's Paris" is the Ohio town, not the French capital.
    libya = Place("x:ly", "Libya", "country", "LY", 27.0, 17.0, None, 6_700_000, None, "PCLI")
    darnah = Place("x:darnah", "Darnah", "city", "LY", 32.77, 22.64, None, 102_581, "01", "PPLA")
    derna_ro = Place("x:derna-ro", "Derna", "city", "RO", 47.2, 22.3, None, 2_963, "05", "PPL")
    gaz = ExtraGazetteer({"Libya": [(libya, "name")], "Derna": [(darnah, "alias"), (derna_ro, "name")]})
    assert resolve_all_in(gaz, "Aid reached Libya's Derna on Monday.", ["Libya", "Derna"])["Derna"] == darnah.id
    ohio = Place("x:us-oh", "Ohio", "admin1", "US", 40.25, -83.0, None, 11_700_000, "OH", "ADM1")
    paris = Place("x:paris", "Paris", "city", "FR", 48.85, 2.35, None, 2_138_551, "11", "PPLC")
    paris_oh = Place("x:paris-oh", "Paris", "city", "US", 40.8, -81.2, None, 1_200, "OH", "PPL")
    gaz = ExtraGazetteer({"Ohio": [(ohio, "name")], "Paris": [(paris, "name"), (paris_oh, "name")]})
    assert resolve_all_in(gaz, "Floods hit Ohio's Paris on Monday.", ["Ohio", "Paris"])["Paris"] == paris_oh.id


def test_a_country_owning_a_town_named_after_it_is_its_parent():
    # "Libya's flood-hit city of Derna", "the Libyan port city of Derna": the country whose town the
    # words name is its parent, as in "Libya's Derna" (a demonym stands for its country)
    libya = Place("x:ly", "Libya", "country", "LY", 27.0, 17.0, None, 6_700_000, None, "PCLI")
    darnah = Place("x:darnah", "Darnah", "city", "LY", 32.77, 22.64, None, 102_581, "01", "PPLA")
    derna_ro = Place("x:derna-ro", "Derna", "city", "RO", 47.2, 22.3, None, 2_963, "05", "PPL")
    gaz = ExtraGazetteer({"Libya": [(libya, "name")], "Derna": [(darnah, "alias"), (derna_ro, "name")]})
    text = "Aid reached Libya's flood-hit city of Derna on Monday."
    assert resolve_all_in(gaz, text, ["Libya", "Derna"])["Derna"] == darnah.id
    text = "Aid reached the Libya port city of Derna on Monday."
    assert resolve_all_in(gaz, text, ["Libya", "Derna"])["Derna"] == darnah.id


def test_a_world_city_known_by_the_name_only_as_an_alias_beats_abstaining_on_a_small_namesake():
    # "Mecca" is Makkah's English name, an alias; the town that bears it as its own name is tiny.
    holy = Place("x:holy", "Makkarah", "city", "SA", 21.4, 39.8, None, 1_600_000, "14", "")
    town = Place("x:town", "Mekkor", "city", "US", 33.6, -116.1, None, 8_500, "CA", "")
    mid = Place("x:mid", "Qorvash", "city", "DZ", 36.3, 2.8, None, 140_000, "19", "")
    gaz = ExtraGazetteer({"Mekkor": [(holy, "alias"), (town, "name")], "Dalven": [(mid, "alias"), (town, "name")]})
    for text in ("Pilgrims travel each year to Mekkor.", "Millions gathered in Mekkor for the hajj."):
        assert resolve_all_in(gaz, text, ["Mekkor"])["Mekkor"] == holy.id
    # A city of 140,000 reached by an alias is no surer than the small town: still abstain.
    assert resolve_all_in(gaz, "Pilgrims travel each year to Dalven.", ["Dalven"])["Dalven"] is None


def test_a_hamlet_of_a_regions_name_does_not_take_the_name_from_the_region():
    region = Place("x:region", "Xantu Uyghur Zone", "admin1", "CN", 42.5, 85.5, None, 12_000_000, "13", "ADM1")
    stub = Place("x:stub", "Xantu", "city", "CN", 40.9, 110.4, None, 0, "13", "")
    gaz = ExtraGazetteer({"Xantu": [(region, "alias"), (stub, "name")]})
    for text in ("Camps were built across Xantu.", "The reporter spent a week in Xantu."):
        assert resolve_all_in(gaz, text, ["Xantu"])["Xantu"] == region.id


def test_a_capital_reached_through_an_old_name_has_no_capitals_floor_over_the_town_of_that_name():
    # "Salisbury" was Harare's colonial name; in a story set in Britain it is the English town.
    capital = Place("x:cap", "Hararo", "city", "ZW", -17.8, 31.0, None, 1_500_000, "10", "PPLC")
    town = Place("x:town", "Salisham", "city", "GB", 51.07, -1.79, None, 45_000, "ENG", "")
    gb = Place("x:gb", "Britannia", "country", "GB", 54.0, -2.0, None, 66_000_000, None, "PCLI")
    gaz = ExtraGazetteer({"Salisham": [(capital, "alias"), (town, "name")], "Britannia": [(gb, "name")]})
    for text in (
        "Britannia expelled diplomats after the attack in Salisham.",
        "Police in Britannia said the poisoning in Salisham was deliberate.",
    ):
        assert resolve_all_in(gaz, text, ["Britannia", "Salisham"])["Salisham"] == town.id
    # (the capital's own name keeps its floor)
    own = ExtraGazetteer({"Hararo": [(capital, "name")]})
    assert resolve_all_in(own, "Talks were held in Hararo.", ["Hararo"])["Hararo"] == capital.id
