import pytest

from geo.core.places import contains
from geo.core.records import Place


def place(pid, ptype, cc="VE", admin1=None):
    return Place(pid, pid, ptype, cc, 0.0, 0.0, admin1=admin1)


VENEZUELA = place("ve", "country")
MIRANDA = place("miranda", "admin1", admin1="15")
CARACAS = place("caracas", "city", admin1="25")
LOS_TEQUES = place("los-teques", "city", admin1="15")
IRAN = place("ir", "country", cc="IR")


@pytest.mark.parametrize(
    ("parent", "child", "expected"),
    [
        (VENEZUELA, CARACAS, True),  # a country its cities
        (VENEZUELA, MIRANDA, True),  # ... and its regions
        (MIRANDA, LOS_TEQUES, True),  # a state its towns
        (MIRANDA, CARACAS, False),  # not the towns of another state
        (IRAN, CARACAS, False),  # not another country's
        (VENEZUELA, VENEZUELA, False),  # never itself
        (VENEZUELA, place("ve2", "country"), False),  # a country never another country
        (CARACAS, LOS_TEQUES, False),  # a city contains nothing
        (
            place("no-code", "admin1", admin1=None),
            place("town", "city", admin1=None),
            False,
        ),  # unknown codes prove nothing
        (place("sea", "water", cc=None), place("town", "city", cc=None), False),
    ],
)
def test_contains_by_the_gazetteers_codes(parent, child, expected):
    assert contains(parent, child) is expected


def test_broad_regions_are_continents_and_macro_regions_not_islands_or_mountains():
    from geo.core.places import broad

    def region(code):
        return Place("x:r", "R", "region", None, 0.0, 0.0, feature_code=code)

    assert broad(region("RGN")) and broad(region("")) and broad(Place("x:c", "Africa", "continent", None, 0.0, 0.0))
    assert not broad(region("ISL")) and not broad(region("MT")) and not broad(region("PEN"))
    assert not broad(Place("x:t", "Town", "city", "GR", 0.0, 0.0, feature_code="PPL"))
