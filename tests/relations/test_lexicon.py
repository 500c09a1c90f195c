"""The relation data files and the rule table agree with each other, and the tests' sentences are
their own (none is copied from a benchmark set)."""

from __future__ import annotations

import ast
from pathlib import Path

from geo.core.paths import BENCH_DATA_DIR
from geo.relations.lexicon import DERIVED_FRAMES, MARKED_CUES, inflections, lexicon
from geo.relations.match import SWITCHED_FRAMES
from geo.relations.rules import RULES, RULES_BY_NAME

CAMEO_BY_TYPE = {
    "route": {"movement", "goods"},
    "transfer": {"goods", "material-coop", "movement"},
    "tie": {"verbal-coop", "material-coop"},
    "conflict": {"verbal-conflict", "material-conflict"},
}


def test_cue_classes_follow_cameo_quadclass():
    """Cooperation words are ties, conflict words conflicts: the CAMEO QuadClass split."""
    for cue in lexicon().cues.values():
        kinds = [k for k in cue.types if k != "-"]
        assert any(cue.cameo_class in CAMEO_BY_TYPE[k] for k in kinds), cue
        if cue.cameo_class.endswith("conflict"):
            assert kinds == ["conflict"], cue
        if cue.cameo_class.endswith("coop") and "tie" in kinds:
            assert "conflict" not in kinds, cue


def test_rules_read_roles_the_frames_fill():
    filled = {role for frame in lexicon().frames.values() for role in frame.values()} | {"pair"}
    for rule in RULES:
        assert rule.source in filled and rule.target in filled, rule.name
        assert set(rule.unless) <= filled, rule.name
    used = {r.source for r in RULES} | {r.target for r in RULES} | {"none", "via"}  # via: legs between the ends
    assert filled <= used, filled - used


def test_rule_names_are_unique_and_typed():
    assert len(RULES_BY_NAME) == len(RULES)
    for rule in RULES:
        assert rule.name.split(".")[0] == rule.type and rule.description
        assert rule.pairs in ("cross", "within", "between")


def test_every_frame_is_used_and_word_classes_exist():
    lex = lexicon()
    marked = {frame for *_, frame in MARKED_CUES.values() if frame}
    derived = set(DERIVED_FRAMES)
    assert {c.frame for c in lex.cues.values()} | set(SWITCHED_FRAMES.values()) | marked | derived == set(lex.frames)
    assert {"worsen", "control", "place", "aspect", "involve"} <= set(lex.words)
    assert lex.people and lex.goods and lex.carriers and not (lex.people & lex.goods)


def test_inflections_cover_regular_forms():
    assert {"ships", "shipped", "shipping"} <= inflections("ship")
    assert {"supplies", "supplied"} <= inflections("supply")
    assert {"expelled", "expelling"} <= inflections("expel")
    assert "arriving" in inflections("arrive")


def _sentences_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        n.value.strip()
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) > 25
    }


def test_test_sentences_are_not_benchmark_sentences():
    from bench.relations import load_relations_corpus  # (the real-news sets read their text from the corpora)

    team = {
        case["text"].strip()
        for path in sorted(BENCH_DATA_DIR.glob("relations*.jsonl"))
        for case in load_relations_corpus(path)
    }
    team |= {part.strip() for text in team for part in text.split("\n")}
    ours = set().union(*(_sentences_in(p) for p in Path(__file__).parent.glob("*.py")))
    for text in ours:
        for line in text.split("\n"):
            assert line.strip() not in team, line


def test_a_malformed_lexicon_row_is_reported_with_its_line(tmp_path, monkeypatch):
    import pytest

    from geo.core.errors import GeoError
    from geo.relations import lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "RELATIONS_DIR", tmp_path)
    (tmp_path / "ok.tsv").write_text("# word kind\n\nsever   stop\nhalt    stop   note\n", encoding="utf-8")
    assert lexicon_module._rows("ok.tsv", 2) == [["sever", "stop"], ["halt", "stop", "note"]]
    (tmp_path / "bad.tsv").write_text("# word kind\nsever stop\nhalt stop one two\n", encoding="utf-8")
    with pytest.raises(GeoError, match="line 3 of"):
        lexicon_module._rows("bad.tsv", 2)


def test_a_second_row_for_one_cue_is_reported(tmp_path, monkeypatch):
    """The loader would keep the last of two rows for one lemma and part of speech, silently: a second
    row is an error, so no cue's sense hides behind another's."""
    import shutil

    import pytest

    from geo.core.errors import GeoError
    from geo.relations import lexicon as lexicon_module

    for path in lexicon_module.RELATIONS_DIR.iterdir():
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(lexicon_module, "RELATIONS_DIR", tmp_path)
    assert lexicon_module.lexicon.__wrapped__().cue("haul", "VERB") is not None
    with (tmp_path / "cues.tsv").open("a", encoding="utf-8") as f:
        f.write("\nhaul           V   conflict        verbal-conflict    115   court\n")
    with pytest.raises(GeoError, match="one row per lemma"):
        lexicon_module.lexicon.__wrapped__()


def test_every_marker_class_names_word_class_and_cues_of_the_table():
    lex = lexicon()
    for marker, (noun_cue, verb_cue, verb_frame) in MARKED_CUES.items():
        assert lex.words[marker] and lex.words[marker] <= lex.forms  # the sentence filter keys on them
        assert lex.cue(noun_cue, "NOUN") is not None
        assert not verb_cue or (lex.cue(verb_cue, "VERB") is not None and verb_frame in lex.frames)


def _words(sentence: str) -> list[str]:
    return sentence.split()


def test_the_pre_filter_passes_a_phrasal_or_paired_cue_only_with_its_partner_word():
    """A common verb that is a cue only with another word ("set ... off", "said" by a minister) lets
    a sentence through the lexical pre-filter only when that word is there too."""
    lex = lexicon()
    assert lex.cued(_words("the kenyan minister said in rabat that"))
    assert lex.cued(_words("the envoys told reporters in accra"))
    assert not lex.cued(_words("residents said in columbus that the weather was fine"))
    assert lex.cued(_words("they will set off for cairo"))
    assert not lex.cued(_words("they will set the table in cairo"))
    # (a carrier with where it comes from: "convoys from Chad into Darfur", not "the tankers in Nairobi")
    assert lex.cued(_words("fuel convoys from chad into darfur queued"))
    assert not lex.cued(_words("the tankers in nairobi and mombasa queued"))
    # (a common verb that moves goods only "from" somewhere: "gets its wheat from Russia")
    assert lex.cued(_words("egypt gets much of its wheat from russia"))
    assert not lex.cued(_words("egypt gets much of its wheat in russia"))
    # (a trip's lone stop needs a trip cue: speaking is none)
    assert not lex.cued(_words("the minister said in rabat"), trips_only=True)


def test_plural_entries_have_the_lemma_the_model_gives():
    """The matcher compares the model's lemmas with the lexicons: a plural-only entry ("outskirts",
    "remains") matches nothing unless the lemma the model makes of it ("outskirt", "remain") is
    listed in the same class too."""
    from relations.toy import nlp

    lex = lexicon()
    classes = dict(lex.words) | {
        "goods": lex.goods,
        "people": lex.people,
        "carriers": lex.carriers,
    }
    missing = []
    for name, words in classes.items():
        for word in sorted(words):
            if not word.endswith("s") or not word.isalpha():
                continue
            lemma = nlp()(f"They saw the {word} there.")[3].lemma_.lower()
            if lemma != word and lemma not in words:
                missing.append((name, word, lemma))
    assert not missing
