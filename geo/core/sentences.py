"""Sentence boundaries by rule: no tokenisation, no model, linear in the text.

Every stage that needs sentences (titles, the NER windows, relation evidence) uses this one splitter.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st mt ft gen sen rep gov lt col sgt capt maj adm cmdr rev hon pres supt insp "
    "jr sr co corp inc ltd bros vs etc al approx dept est fig jan feb mar apr jun jul aug sep "
    "sept oct nov dec ave blvd rd hwy ariz calif colo conn fla ill ind kan mass mich minn miss nev "
    "okla ore penn tenn tex va vt wash wis wyo ala ark del md neb".split()
)
_OPENERS = frozenset(
    "The A An He She It They We I You But And In On At As For When While After Before If This That "
    "These Those There His Her Their Our Its Some Many Most Officials Police".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n(?=\s*[A-Z\"“(])")


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each sentence of ``text``, by rule: a full stop, question or exclamation
    mark before white space (not after an abbreviation such as "Mr." or "U.S." followed by a
    lower-case word or a name-like abbreviation), or a line break. Pure and far cheaper than a
    second tokenisation; spans cover the text without gaps, leading white space excluded.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            word = re.search(r"([\w.]+)$", text[start : m.start()])
            token = word.group(1).lower() if word else ""
            rest = text[end : end + 3].lstrip()
            if token in ("no", "nos") and rest[:1].isdigit():
                continue  # "No. 5"
            if token in _ABBREVIATIONS or re.fullmatch(r"(\w\.)+\w", token) or len(token) == 1 and token.isalpha():
                # "Mr. Smith", "U.S. officials", "J. Smith": after an initialism a sentence ends
                # only before a word that usually opens one ("... in the U.S. The next day").
                following = re.match(r"[\"“(]*(\w+)", text[end : end + 20].lstrip())
                if not (re.fullmatch(r"(\w\.)+\w", token) and following and following.group(1) in _OPENERS):
                    continue
            if rest[:1].islower():
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for s_start, s_end in spans:
        while s_start < s_end and text[s_start].isspace():
            s_start += 1
        out.append((s_start, s_end))
    return tuple(out)
