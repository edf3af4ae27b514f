"""A live blog's subhead in capitals is no event; the paragraph under it tells one (events.detect)."""

import pytest

from wirecoder.events.detect import candidate_cues
from wirecoder.model import Article, Sentence


@pytest.mark.parametrize("text", ["SHELLING IN ODESA", "CLASHES NEAR BAKHMUT", "AIR STRIKE ON GAZA CITY"])
def test_events_detect_subhead_gives_no_cues(text):
    assert candidate_cues(Sentence(0, len(text), text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Shelling in Odesa",  # a title in mixed case is a headline, read as ever
        "GUNMEN KILLED FIVE VILLAGERS IN ZAMFARA ON MONDAY, POLICE SAID.",  # a sentence set in capitals
    ],
)
def test_events_detect_other_short_lines_keep_their_cues(text):
    assert candidate_cues(Sentence(0, len(text), text))


@pytest.mark.slow
def test_events_detect_subhead_leaves_the_paragraph_its_event(pipeline):
    text = ("Sat Apr 8, 2023 | 10:05am BST\n\nUkraine war live\n\nBLASTS IN ZAPORIZHZHIA\n\n"
            "Russian rockets hit an apartment block in Zaporizhzhia on Saturday, killing two residents, "
            "the regional governor said.\n")
    (article,) = pipeline.process([Article("blog", text)])
    assert [e.sub_event_type for e in article.events] == ["Shelling/artillery/missile attack"]
