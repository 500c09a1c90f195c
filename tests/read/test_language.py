"""Language detection: English told by its function words, the detector asked about the rest."""

from __future__ import annotations

import pytest

from geo.read import language

ENGLISH = (
    "The ministers of the two countries said on Monday that they had signed an agreement which would "
    "open new flights between their capitals, and that the first of them has been planned for the "
    "spring. Officials who were present said the talks had not been easy but that both sides are "
    "pleased with what they have achieved."
)
SPANISH = (
    "Los ministros de los dos países dijeron el lunes que habían firmado un acuerdo que abrirá nuevos "
    "vuelos entre sus capitales, y que el primero de ellos está previsto para la primavera. Los "
    "funcionarios presentes dijeron que las conversaciones no fueron fáciles pero que ambas partes "
    "están satisfechas con lo que han logrado."
)
GERMAN = (
    "Die Minister der beiden Länder sagten am Montag, sie hätten ein Abkommen unterzeichnet, das neue "
    "Flüge zwischen ihren Hauptstädten eröffnen werde, und der erste sei für das Frühjahr geplant. Was "
    "die Gespräche angeht, so sagten anwesende Beamte, sie seien nicht leicht gewesen, aber beide "
    "Seiten seien zufrieden mit dem, was sie erreicht haben, und man will weitermachen."
)


def _no_detector(monkeypatch):
    def refuse():
        raise AssertionError("the detector was asked")

    monkeypatch.setattr(language, "_identifier", refuse)


@pytest.mark.parametrize("text", [ENGLISH, ENGLISH.upper(), ENGLISH.lower()])
def test_english_prose_is_told_by_its_function_words_without_the_detector(monkeypatch, text):
    _no_detector(monkeypatch)
    assert language.detect_language(text) == ("en", 1.0)


@pytest.mark.parametrize(("text", "code"), [(SPANISH, "es"), (GERMAN, "de")])
def test_other_languages_go_to_the_detector(text, code):
    got, confidence = language.detect_language(text)
    assert got == code and language.is_foreign(got, confidence)


def test_few_words_are_not_enough_for_the_shortcut():
    # Under MIN_WORDS words the share is not trusted: the detector decides (and it says English here).
    short = "The mayor of the town said that the bridge would open in May."
    assert len(short.split()) < language.MIN_WORDS
    got, confidence = language.detect_language(short)
    assert got == "en" and confidence < 1.0


def test_too_few_letters_is_unknown(monkeypatch):
    _no_detector(monkeypatch)
    assert language.detect_language("12 34 56 -- ok") == (None, 0.0)
