"""Speech clauses (wirecoder.speech): where a sentence names its source after what it says (a tag), the tag
that closes it, and an opening "<speaker> said (on Monday) (that) ..." with its speaker. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from wirecoder.speech import closing, first_tag, opening, opening_pattern

_IT = opening_pattern(r"(?P<pronoun>it|they)\b")
_ITS = opening_pattern(r"(?:(?:\w+\s+){1,2}?of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}$")


@pytest.mark.parametrize("sentence, tag, speaker", [
    ("Gunmen killed two herders near Baragoi, a local chief said on Tuesday.", ", a local chief said", "a local chief"),
    ('"Three were shot," said Moulaye Guindo, the mayor of Bandiagara.', '" said',
     "Moulaye Guindo, the mayor of Bandiagara"),
    ("Two traders were abducted near Gao, according to police.", ", according to", "police"),
    ("Police said gunmen raided Mondoro.", None, None),
    ("Gunmen stormed the school, a teacher told reporters in Maputo, before fleeing.", ", a teacher told", "a teacher"),
])
def test_speech_first_tag_finds_the_source_after_its_words(sentence, tag, speaker):
    said = first_tag(sentence)
    if tag is None:
        assert said is None
    else:
        assert said is not None
        assert sentence[said.start :].startswith(tag) and said.speaker(sentence) == speaker


@pytest.mark.parametrize("sentence, closes", [
    ("Gunmen killed five farmers near Damboa, a local vigilante leader said.", ", a local vigilante leader said"),
    ("Two robbers were shot dead in Kisii, police said on Monday.", ", police said on Monday"),
    ("Militants stormed the base, the army told reporters.", ", the army told reporters"),
    ("Fighting resumed in Marib, local media reported.", ", local media reported"),
    # a tag in mid-sentence closes nothing: what follows it is still told
    ("Gunmen killed two men, police said, and burned their car in Tharaka.", None),
    ("Police fired tear gas at protesters in Lagos.", None),
])
def test_speech_closing_is_the_tag_that_ends_the_sentence(sentence, closes):
    said = closing(sentence)
    assert (None if said is None else sentence[said.start : said.end]) == closes


@pytest.mark.parametrize("sentence, speaker, pronoun", [
    ("The Houthi movement said it had fired a missile at Marib.", "The Houthi movement", "it"),
    ("Al Shabaab claimed on Monday that it killed ten soldiers.", "Al Shabaab", "it"),
    ("On Monday, the group said in a statement that it had struck the base.", "the group", "it"),
    ("Leaders of several militias said in Goma on Friday that they had formed a coalition.",
     "Leaders of several militias", "they"),
    ("Fighting raged near the dam; the rebels said they held the bridge.", "the rebels", "they"),
    ("The army said the men they arrested were armed.", None, None),
])
def test_speech_opening_clause_names_who_says_it(sentence, speaker, pronoun):
    found = opening(_IT, sentence)
    if speaker is None:
        assert found is None
    else:
        assert found is not None
        said, match = found
        assert (said.speaker(sentence), match["pronoun"]) == (speaker, pronoun)
        assert sentence[said.end :].startswith(pronoun)


@pytest.mark.parametrize("told, speaker", [
    ("Russia's defence ministry said its ", "Russia's defence ministry"),
    ("In Ukraine, Russia's defence ministry said on Sunday that its ", "Russia's defence ministry"),
    ("The Turkish military announced Sunday two of its ", "The Turkish military"),
    ("Russia's defence ministry said residents saw its ", None),
])
def test_speech_opening_before_a_possessive(told, speaker):
    found = opening(_ITS, told)
    assert (None if found is None else found[0].speaker(told)) == speaker
