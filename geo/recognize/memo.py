"""The model's attribute ruler and lemmatizer, answered from memos: the same annotations, a
fraction of the time.

On the sentences relation extraction parses, the small model's attribute ruler (a token Matcher of
179 patterns) and its rule lemmatizer take nearly half the time of the full pipeline, more than
the dependency parser itself. Yet what both write on a token depends on a few of its attributes
only: the ruler's one-token patterns read the tag, the lower-case form, the dependency label and
whether it is white space; the lemmatizer reads the text, the coarse part of speech and the
morphology. So each answer is computed once, by the model's own component code, and then looked
up; the ruler's few patterns of several tokens ("gon na", "let 's") still run through a spaCy
Matcher of their own, and a later pattern overrides an earlier one on the same token exactly as
in spaCy's ``AttributeRuler`` (matches applied in the order of their pattern's index).

A component the memo cannot answer for (a custom lemmatizer, a pattern on an attribute not listed
in ``_READABLE``) is run as it is: :func:`memo_component` returns ``None`` for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["memo_component"]

# What a one-token ruler pattern may read, and how to read it off a token.
_READABLE: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.orth_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
_OPERATORS = ("IN", "NOT_IN", "REGEX")


def _predicate(value: Any) -> Callable[[Any], bool] | None:
    """A test of one attribute's value as spaCy's Matcher reads the pattern value, or ``None``."""
    if isinstance(value, (str, bool, int)):
        return lambda v: v == value
    if not (isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _OPERATORS):
        return None
    op, arg = next(iter(value.items()))
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda v: isinstance(v, str) and search(v) is not None
    members = frozenset(arg)
    return (lambda v: v in members) if op == "IN" else (lambda v: v not in members)


def _accepted(value: Any) -> tuple | None:
    """The only values a pattern value accepts, when it names them (an exact value or IN)."""
    if isinstance(value, (str, bool, int)):
        return (value,)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return tuple(value["IN"])
    return None


class MemoAttributeRuler:
    """spaCy's ``AttributeRuler`` with its one-token patterns answered from a memo of what they
    read (``__call__`` leaves a doc as the ruler leaves it)."""

    def __init__(self, ruler: Any, single: list[tuple[int, list, tuple]], readers: list[str], multi: Any) -> None:
        self.ruler = ruler
        self._readers = [_READABLE[name] for name in readers]
        self._multi = multi  # a spaCy Matcher of the patterns of several tokens, or None
        self._memo: dict[tuple, dict[int, Any]] = {}
        # Each one-token pattern filed under the values its first exact (or IN) attribute accepts,
        # so a new key is tested against a few patterns, not all of them.
        self._anywhere: list[tuple[int, list]] = []
        self._filed: dict[tuple[int, Any], list[tuple[int, list]]] = {}
        for index, tests, (position, values) in single:
            if position < 0:
                self._anywhere.append((index, tests))
            for value in values:
                self._filed.setdefault((position, value), []).append((index, tests))

    @classmethod
    def of(cls, ruler: Any) -> MemoAttributeRuler | None:
        from spacy.matcher import Matcher

        single: list[tuple[int, list]] = []
        multi = Matcher(ruler.vocab, validate=False)
        has_multi = False
        readers: list[str] = []
        for index in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(index))
            for pattern in patterns:
                if len(pattern) != 1:
                    multi.add(str(index), [pattern])
                    has_multi = True
                    continue
                tests = []
                for name, value in pattern[0].items():
                    test = _predicate(value)
                    if name not in _READABLE or test is None:
                        return None
                    if name not in readers:
                        readers.append(name)
                    tests.append((name, test, _accepted(value)))
                single.append((index, tests))
        positions = {name: i for i, name in enumerate(readers)}
        compiled = []
        for i, tests in single:
            filed = next(((positions[n], values) for n, _, values in tests if values is not None), (-1, ()))
            compiled.append((i, [(positions[n], t) for n, t, _ in tests], filed))
        return cls(ruler, compiled, readers, multi if has_multi else None)

    def _matched(self, key: tuple) -> list[int]:
        candidates = list(self._anywhere)
        for position, value in enumerate(key):
            candidates.extend(self._filed.get((position, value), ()))
        return list({i for i, tests in candidates if all(test(key[k]) for k, test in tests)})

    def _merged(self, indices: list[int]) -> dict[int, Any]:
        attrs: dict[int, Any] = {}
        for i in sorted(indices):  # (a pattern's attributes override those of the ones before it)
            attrs.update(self.ruler.attrs[i])
        return attrs

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens._retokenize import set_token_attrs

        extra: dict[int, list[int]] = {}
        if self._multi is not None:
            for match_id, start, end in self._multi(doc, allow_missing=True):
                index = int(self.ruler.vocab.strings[match_id])
                token = doc[start:end][self.ruler.indices[index]]
                extra.setdefault(token.i, []).append(index)
        # Matches are found on the doc as the tagger left it; applying a token's attributes changes
        # no other token's key, so each token is read and written in one pass.
        for token in doc:
            key = tuple(read(token) for read in self._readers)
            if token.i in extra:
                attrs = self._merged(self._matched(key) + extra[token.i])
            elif key in self._memo:
                attrs = self._memo[key]
            else:
                attrs = self._memo[key] = self._merged(self._matched(key))
            if attrs:
                set_token_attrs(token, attrs)
        return doc


class MemoLemmatizer:
    """spaCy's ``Lemmatizer`` with each lemma looked up by the token's text, part of speech and
    morphology once it is known (spaCy's own cache skips the base forms, most of the words).

    The rule lemmatizer asks whether a candidate lemma is ``in`` its table of known words, a list
    of up to 57,000 words per part of speech read one by one; the lists become sets (the same
    answers), which makes a lemma not yet known seven times cheaper.
    """

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        if lemmatizer.mode == "rule" and lemmatizer.lookups.has_table("lemma_index"):
            index = lemmatizer.lookups.get_table("lemma_index")
            for key in list(index.keys()):
                if isinstance(index[key], list):
                    index[key] = frozenset(index[key])
        self._memo: dict[tuple, int] = {}
        self._checked = False

    def __call__(self, doc: Any) -> Any:
        if not self._checked:  # the first doc goes through the component, which checks its tables
            self._checked = True
            return self.lemmatizer(doc)
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)
                lemma = self._memo.get(key)
                if lemma is None:
                    lemma = self._memo[key] = strings.add(self.lemmatizer.lemmatize(token)[0])
                token.lemma = lemma
        return doc


def memo_component(component: Any) -> Callable[[Any], Any] | None:
    """The memo version of a pipeline component, or ``None`` when it has none (run it as it is)."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    if type(component) is AttributeRuler:
        return MemoAttributeRuler.of(component)
    # spaCy's lemmatizers (and the English one, which only changes ``is_base_form``) read nothing
    # else of a token than its text, part of speech and morphology
    if isinstance(component, Lemmatizer) and component.mode in ("rule", "lookup", "pos_lookup"):
        method = f"{component.mode}_lemmatize"
        if getattr(type(component), method) is getattr(Lemmatizer, method):
            return MemoLemmatizer(component)
    return None
