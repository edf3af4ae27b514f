"""What the parser reads of a sentence: a coder's prefix and a wire dateline blanked, offsets kept."""

import pytest

from wirecoder.events.prefixes import for_parser


@pytest.mark.parametrize(
    ("sentence", "prefixed", "opening", "read"),
    [
        ("BAMAKO (Reuters) - Jihadists killed 14 civilians.", False, True, "Jihadists killed 14 civilians."),
        ("KHARTOUM, Jan 17 (Reuters) - Troops shot dead seven protesters.", False, False,
         "Troops shot dead seven protesters."),
        ("PESHAWAR: Two policemen were killed in a blast.", False, True, "Two policemen were killed in a blast."),
        ("Arrests: SDF arrested 5 persons.", True, True, "SDF arrested 5 persons."),
        # No dateline: the sentence as it is; a heading in capitals further on is part of the note.
        ("FATALITIES: 2 killed -ACTORS NOT SPECIFIED.", False, False, "FATALITIES: 2 killed -ACTORS NOT SPECIFIED."),
        ("On 3 May 2021, police arrested five men in Kisumu.", False, True,
         "On 3 May 2021, police arrested five men in Kisumu."),
        ("Police in Nairobi - the capital - arrested five men.", False, True,
         "Police in Nairobi - the capital - arrested five men."),
    ],
)
def test_events_prefixes_for_parser_blanks_prefix_and_dateline(sentence, prefixed, opening, read):
    text = for_parser(sentence, prefixed, opening)
    assert len(text) == len(sentence)
    assert text.strip() == read
