"""A second reading for sentences whose cue verb the small model parses as a noun.

The small English model reads a clause whose verb is also a plural noun as one long noun phrase: "A
factory in Ohio ships parts to Mexico" comes out as the noun "factory" with everything hung on it.
An adverb before the word ("also ships") settles it as a verb. :func:`verb_hint` finds such a word
(an "-s" form of a cue verb between two nouns, not read as a verb; a verb of planning read as a
noun after names, its "to" infinitive hung on it: "Chile and Bolivia plan to sign"; or, in a
sentence with no verb, a cue verb's plain form before a preposition: "Residents of Moline commute
to Davenport"), :func:`hinted` writes the sentence with the adverb, and :func:`unhinted` moves the second parse back onto the sentence as
written, so offsets and text are the sentence's own; only when the second reading makes the word a
verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo.relations.lexicon import Lexicon, inflections

if TYPE_CHECKING:  # (spaCy is only needed by callers that parse)
    from spacy.tokens import Doc, Token

HINT = "also"
"""The adverb written before the word that should be the verb."""


def _verb_form(tok: Token, lex: Lexicon) -> bool:
    """A third-person "-s" form of a cue verb: "ships", "exports", "supplies"."""
    word = tok.lower_
    if not word.endswith("s") or len(word) < 4:
        return False
    stems = {word[:-1], word[:-2], word[:-3] + "y"}
    return any((stem, "V") in lex.cues and word in inflections(stem) for stem in stems)


def verb_hint(doc: Doc, lex: Lexicon) -> int | None:
    """The index of the word to read as the verb, or None: a cue verb's "-s" form the parse did not
    read as a verb, straight after a noun or a name and before a noun phrase ("A factory in Ohio ships
    parts to Mexico, and officials worry ..."; not a headline's "Exports", nor "flower stems"); in a
    sentence with no verb, its plain form after a noun and before a preposition or adverb."""
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc)
    for tok in doc[1:-1]:
        if tok.pos_ == "VERB":
            continue
        before, after = tok.nbor(-1), tok.nbor(1)
        if (
            _verb_form(tok, lex)
            and before.pos_ in ("NOUN", "PROPN")
            and (
                after.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON")
                # (with no verb anywhere, before an adverb or a preposition too: "The ferry sails daily
                # from Dover to Calais"; not "Oil exports to China fell", which has its verb)
                or (verbless and after.pos_ in ("ADV", "ADP"))
            )
            and not tok.text[:1].isupper()
        ):
            return tok.i
        if (
            # a verb of planning read as a noun with the places before it as its modifiers, its "to"
            # infinitive hung on it: "Chile and Bolivia plan to sign an agreement"
            tok.pos_ == "NOUN"
            and lex.flag(tok.lower_, lex.hedges) == "govern"
            and before.pos_ == "PROPN"
            and after.lower_ == "to"
            and after.head.dep_ == "xcomp"
            and after.head.head.i == tok.i
            and not tok.text[:1].isupper()
        ):
            return tok.i
        if (
            # with no verb anywhere, a cue verb's plain form after a name and before a preposition or
            # an adverb: "Residents of Moline commute to Davenport", "Many families travel daily to Lagos"
            verbless
            and (tok.lower_, "V") in lex.cues
            and before.pos_ in ("NOUN", "PROPN")
            and after.pos_ in ("ADV", "ADP")
            and not tok.text[:1].isupper()
        ):
            return tok.i
    return None


def hinted(doc: Doc, i: int) -> str:
    """The sentence with the adverb written before word ``i``."""
    at = doc[i].idx
    return doc.text[:at] + HINT + " " + doc.text[at:]


def unhinted(doc: Doc, second: Doc, i: int) -> Doc | None:
    """``doc``'s words with the parse ``second`` gave the hinted sentence, or None when the second
    reading does not make word ``i`` a verb or splits the words otherwise."""
    if len(second) != len(doc) + 1 or second[i].lower_ != HINT or second[i + 1].pos_ != "VERB":
        return None
    kept = [t for t in second if t.i != i]
    if any(a.text != b.text for a, b in zip(doc, kept, strict=True)):
        return None

    def old(j: int) -> int:
        return j if j < i else j - 1

    heads = []
    for t in kept:
        head = t.head
        if head.i == i:
            head = head.head  # (what hung on the adverb hangs on its head)
        heads.append(old(head.i))
    return type(doc)(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=[t.dep_ for t in kept],
        tags=[t.tag_ for t in kept],
        pos=[t.pos_ for t in kept],
        lemmas=[t.lemma_ for t in kept],
        morphs=[str(t.morph) for t in kept],
    )
