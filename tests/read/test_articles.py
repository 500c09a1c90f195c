"""Reading articles: decoding, HTML extraction, titles, junk regions, ids and bad input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.read.articles import (
    MAX_BYTES,
    article_from_bytes,
    article_from_text,
    decode_bytes,
    find_junk,
    make_title,
    read_article,
    slugify,
)
from geo.core.errors import ArticleError, GeoError


def junk_lines(text: str) -> list[str]:
    return [text[s:e] for s, e in find_junk(text)]


def test_decodes_utf8_bom_and_cp1252_with_warning():
    assert decode_bytes("Bogotá".encode("utf-8")) == ("Bogotá", ())
    assert decode_bytes(b"\xef\xbb\xbfBogot\xc3\xa1") == ("Bogotá", ())
    text, warnings = decode_bytes("Bogotá “quoted”".encode("cp1252"), "a.txt")
    assert text == "Bogotá “quoted”"
    assert warnings and "cp1252" in warnings[0] and "a.txt" in warnings[0]


def test_binary_is_not_text():
    with pytest.raises(ArticleError, match="not a text file"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")


def test_errors_are_geo_errors_and_value_errors():
    assert issubclass(ArticleError, GeoError) and issubclass(ArticleError, ValueError)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_directory_is_not_an_article(tmp_path):
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(tmp_path)


def test_huge_file_is_refused_with_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Paris. " * (MAX_BYTES // 7 + 10))
    with pytest.raises(ArticleError, match="too large") as info:
        read_article(big)
    assert f"{MAX_BYTES:,}" in str(info.value)


def test_empty_file_is_an_article_without_text(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    article = read_article(empty)
    assert article.text == "" and article.title == "Untitled" and article.id == "empty"


def test_html_keeps_article_text_and_drops_scripts():
    html = (
        "<html><head><title>Flights to Tehran</title><script>alert('Caracas')</script></head><body>"
        "<nav>Home | Subscribe</nav><article><h1>Flights to Tehran</h1>"
        + "<p>Conviasa runs regular flights from Caracas to Damascus and Tehran, officials said on Monday.</p>" * 3
        + "</article><footer>© 2024 Example Media</footer></body></html>"
    )
    article = article_from_bytes("story.html", html.encode())
    assert "Conviasa runs regular flights from Caracas" in article.text
    assert "alert(" not in article.text
    assert article.title == "Flights to Tehran"
    assert article.id == "story"


def test_junk_rules_are_general():
    text = (
        "Officials met in Lima on Tuesday to discuss trade with Chile.\n\n"
        "Copyright 2023 Some Paper. All rights reserved.\n"
        "(Photo credit: Agency)\n"
        "CLICK BELOW TO READ MORE\n"
        "Sign up for our free newsletter\n"
        "Do you support the new law?\n"
        "Yes\n"
        "No\n"
        "Share this story\n"
    )
    junk = junk_lines(text)
    assert "Officials met in Lima on Tuesday to discuss trade with Chile." not in junk
    for line in ["Copyright 2023 Some Paper. All rights reserved.", "(Photo credit: Agency)", "CLICK BELOW TO READ MORE",
                 "Sign up for our free newsletter", "Do you support the new law?", "Yes", "No", "Share this story"]:
        assert line in junk, line


def test_long_prose_mentioning_a_newsletter_is_not_junk():
    prose = ("The ministry said in its weekly newsletter that exports from Chile to Peru rose sharply, "
             "while imports of copper and lithium fell for a third month as demand slowed across the region "
             "and prices dropped on world markets after a long rally.")
    assert junk_lines(prose) == []


def test_headline_between_copyright_and_credit_is_the_title():
    text = "© 2024 Media LLC. All rights reserved.\nChile and Peru Sign a Deal\n(Image source: Agency)\n\nBody text.\n"
    article = article_from_text(text, article_id="x")
    assert article.title == "Chile and Peru Sign a Deal"
    assert not article.in_junk(text.index("Chile"), text.index("Chile") + 5)


def test_title_of_a_paragraph_is_its_first_sentence():
    text = "Leaders met in Lima on Monday. They discussed trade. " * 3
    assert make_title(text) == "Leaders met in Lima on Monday."


def test_slugs_are_stable_and_url_safe():
    assert slugify("Iran & Venezuela (2024).txt") == "iran-venezuela-2024"
    assert slugify("São Paulo.html") == "sao-paulo"
    assert slugify("日本.txt").startswith("article-")
    assert slugify("日本.txt") == slugify("日本.txt")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_junk_regions_index_the_text(text):
    for start, end in find_junk(text):
        assert 0 <= start < end <= len(text)
        assert "\n" not in text[start:end]


def test_text_all_in_capitals_is_not_shouted_junk():
    text = ("CARACAS, VENEZUELA (AP) - THE GOVERNMENT SAID ON MONDAY THAT FLIGHTS TO TEHRAN WOULD RESUME.\n"
            "OFFICIALS GAVE NO DATE.")
    assert find_junk(text) == ()
    assert find_junk("Story text here, as usual.\nTAP HERE TO SUBSCRIBE\nMore story.") != ()


STORY = ("HELENA, Mont. (AP) - The state and the prison company are at an impasse in talks to extend the "
         "contract to run the prison in Shelby, officials said on Monday, and the budget director traveled to "
         "Nashville, Tennessee, this week for talks with the company's chief executive about the new terms. ")


def test_a_wire_story_on_one_line_keeps_its_body_and_loses_only_the_notice():
    notice = ("Copyright 2018 The Associated Press. All rights reserved. This material may not be published, "
              "broadcast, rewritten or redistributed.")
    text = STORY + notice
    assert find_junk(text) == ((len(STORY), len(text)),)
    text2 = "© 2020 Reuters. " + STORY
    junk = find_junk(text2)
    assert junk and junk[0][0] == 0 and "Shelby" not in "".join(text2[s:e] for s, e in junk)


def test_a_credit_opening_a_long_line_is_junk_alone():
    text = "Photo credit: Jane Roe. " + STORY
    assert find_junk(text) == ((0, len("Photo credit: Jane Roe.")),)


def test_story_sentences_using_words_of_page_furniture_stay_prose():
    for line in ("The Children's Hospital Foundation has put out a call for donations to help pay for new "
                 "ventilators for the ward.",
                 "He runs a subscription-based salad delivery business from a former nursery in Paris, Texas."):
        assert find_junk(line) == ()
    assert find_junk("Donate now to support our journalism!") != ()
