"""Reading articles: decoding, HTML extraction, titles, junk regions, ids and bad input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.core.errors import ArticleError, GeoError
from geo.read.articles import (
    MAX_BYTES,
    article_from_bytes,
    article_from_text,
    decode_bytes,
    find_junk,
    make_title,
    read_article,
    slugify,
    strip_tags,
)


def junk_lines(text: str) -> list[str]:
    return [text[s:e] for s, e in find_junk(text)]


def test_decodes_utf8_bom_and_cp1252_with_warning():
    assert decode_bytes("Bogotá".encode()) == ("Bogotá", ())
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
    assert article.warnings == ()


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
    for line in [
        "Copyright 2023 Some Paper. All rights reserved.",
        "(Photo credit: Agency)",
        "CLICK BELOW TO READ MORE",
        "Sign up for our free newsletter",
        "Do you support the new law?",
        "Yes",
        "No",
        "Share this story",
    ]:
        assert line in junk, line


def test_long_prose_mentioning_a_newsletter_is_not_junk():
    prose = (
        "The ministry said in its weekly newsletter that exports from Chile to Peru rose sharply, "
        "while imports of copper and lithium fell for a third month as demand slowed across the region "
        "and prices dropped on world markets after a long rally."
    )
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


# --- byte-order marks, unencodable code points, HTML that extraction loses ----------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_are_decoded_by_their_byte_order_mark(tmp_path, codec):
    text = "Flights from Bogotá to Tehran resumed on Monday.\n"
    data = "\ufeff".encode(codec) + text.encode(codec)
    assert decode_bytes(data, "a.txt") == (text, ())
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert article.text == text and article.warnings == ()


def test_python_utf16_output_with_its_own_bom_is_text():
    assert decode_bytes("Caracas".encode("utf-16"), "a.txt") == ("Caracas", ())


def test_invalid_utf16_is_replaced_with_a_warning():
    data = b"\xff\xfe" + "Lima ".encode("utf-16-le") + b"\x00\xd8" + "Quito".encode("utf-16-le")
    text, warnings = decode_bytes(data, "bad.txt")
    assert text == "Lima \ufffdQuito"
    assert warnings and "bad.txt" in warnings[0] and "UTF-16" in warnings[0]


def test_binary_after_a_byte_order_mark_is_still_binary():
    with pytest.raises(ArticleError, match="not a text file"):
        decode_bytes(b"\xff\xfe" + b"\x00\x00\x01\x00\x02\x00" * 100, "x.bin")


def test_lone_surrogates_are_replaced_one_for_one():
    text = "Officials in Caracas\udcff met \ud800Iran's envoy."
    article = article_from_text(text, article_id="id\udc80", title="Title \udfff")
    assert len(article.text) == len(text)
    assert article.text == text.replace("\udcff", "\ufffd").replace("\ud800", "\ufffd")
    assert article.text[article.text.index("Caracas") :][:7] == "Caracas"
    for value in (article.text, article.id, article.title):
        value.encode("utf-8")
    assert any("2 unencodable" in w for w in article.warnings)


def test_article_records_built_elsewhere_are_made_encodable():
    from geo.core.records import Article
    from geo.read.articles import encodable_article

    clean = Article("a", "t", "Lima")
    assert encodable_article(clean) is clean
    fixed = encodable_article(Article("a\udc80", "t", "Lima \ud800 Quito", path="/x/\udcff.txt"))
    assert fixed.text == "Lima \ufffd Quito" and fixed.id == "a\ufffd" and fixed.path == "/x/\ufffd.txt"
    assert fixed.warnings and "1 unencodable" in fixed.warnings[0]


def test_deeply_nested_html_falls_back_to_its_whole_text_with_a_warning():
    paragraph = "<div><p>Officials in Caracas said flights to Tehran would resume on paragraph {}.</p>"
    depth = 1000
    html = "<html><body>" + "".join(paragraph.format(i) for i in range(depth)) + "</div>" * depth + "</body></html>"
    article = article_from_bytes("deep.html", html.encode())
    assert f"paragraph {depth - 1}." in article.text  # below the parser's depth limit, still read
    assert len(article.warnings) == 1 and "deep.html" in article.warnings[0] and "deep" in article.warnings[0]


@pytest.mark.parametrize(
    "html",
    ['<div title="' + "a" * 2**20 + '">', "<!-- " + "x " * 2**19, "<script>" + "var a = 1;" * 2**17 + "</script>"],
    ids=["one-giant-tag", "one-comment", "only-a-script"],
)
def test_a_megabyte_of_html_without_text_is_refused(html):
    with pytest.raises(ArticleError, match="no text in"):
        article_from_bytes("page.html", html.encode())


def test_a_small_empty_page_is_an_empty_article():
    assert article_from_bytes("empty.html", b"<html><body></body></html>").text == ""


def test_strip_tags_reads_the_visible_text():
    html = (
        "<html><head><title>T</title><style>p {color: red}</style></head><body><h1>Head &amp; line</h1>"
        "<p>One <b>bold</b> word.</p><!-- hidden --><script>alert(1)</script><div>Two</div></body></html>"
    )
    assert strip_tags(html) == "Head & line\nOne bold word.\nTwo"


@pytest.mark.parametrize("unit", ["<", "<a", "<!--", "<script>", "x<", "<div>", "</p>", "&amp;"])
def test_strip_tags_is_linear_on_hostile_markup(unit):
    html = unit * (2**20 // len(unit))
    t0 = time.perf_counter()
    strip_tags(html)
    assert time.perf_counter() - t0 < 5.0


def test_text_all_in_capitals_is_not_shouted_junk():
    text = (
        "CARACAS, VENEZUELA (AP) - THE GOVERNMENT SAID ON MONDAY THAT FLIGHTS TO TEHRAN WOULD RESUME.\n"
        "OFFICIALS GAVE NO DATE."
    )
    assert find_junk(text) == ()
    assert find_junk("Story text here, as usual.\nTAP HERE TO SUBSCRIBE\nMore story.") != ()


STORY = (
    "HELENA, Mont. (AP) - The state and the prison company are at an impasse in talks to extend the "
    "contract to run the prison in Shelby, officials said on Monday, and the budget director traveled to "
    "Nashville, Tennessee, this week for talks with the company's chief executive about the new terms. "
)


def test_a_wire_story_on_one_line_keeps_its_body_and_loses_only_the_notice():
    notice = (
        "Copyright 2018 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed."
    )
    text = STORY + notice
    assert find_junk(text) == ((len(STORY), len(text)),)
    text2 = "© 2020 Reuters. " + STORY
    junk = find_junk(text2)
    assert junk and junk[0][0] == 0 and "Shelby" not in "".join(text2[s:e] for s, e in junk)


def test_a_credit_opening_a_long_line_is_junk_alone():
    text = "Photo credit: Jane Roe. " + STORY
    assert find_junk(text) == ((0, len("Photo credit: Jane Roe.")),)


def test_story_sentences_using_words_of_page_furniture_stay_prose():
    for line in (
        "The Children's Hospital Foundation has put out a call for donations to help pay for new "
        "ventilators for the ward.",
        "He runs a subscription-based salad delivery business from a former nursery in Paris, Texas.",
    ):
        assert find_junk(line) == ()
    assert find_junk("Donate now to support our journalism!") != ()


def test_short_story_sentences_with_a_word_of_page_furniture_stay_prose_and_short_asks_stay_junk():
    for line in (
        "Donations from Ohio were sent to Haiti.",
        "Norway will donate $10 million to Sudan.",
        "The mayor's newsletter angered Tulsa councillors.",
    ):
        assert find_junk(line) == (), line
    for line in ("Make a donation", "Donate now.", "Sign up for our newsletter today.", "Your donation matters."):
        assert find_junk(line) != (), line
