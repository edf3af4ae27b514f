"""An event noun a preposition governs with its determiner ("convicted over the Garissa attack", "wounded in the
Jenin raid") is no headline's verb: it is not reparsed as one; headlines still are."""

from __future__ import annotations

import pytest

from wirecoder.events.headlines import reparse_headline


@pytest.mark.parametrize(("sentence", "word"), [
    ("A man convicted over the Garissa attack is serving a 41-year sentence.", "attack"),
    ("A soldier wounded in the Jenin raid is recovering in hospital.", "raid"),
])
def test_events_headlines_noun_phrase_is_no_headline_verb(nlp, sentence: str, word: str) -> None:
    doc = reparse_headline(nlp(sentence), nlp)
    assert next(t for t in doc if t.text == word).pos_ == "NOUN"


@pytest.mark.parametrize(("sentence", "word"), [
    ("Gunmen attack police post in Mandera", "attack"),
    ("Police battle cattle raiders in Turkana", "battle"),
    ("Unidentified bandits kill 5 during banditry attack (could be linked to ongoing violence in the area).", "kill"),
])
def test_events_headlines_still_reparsed(nlp, sentence: str, word: str) -> None:
    doc = reparse_headline(nlp(sentence), nlp)
    token = next(t for t in doc if t.text == word)
    assert token.dep_ == "ROOT" and token.pos_ == "VERB"
