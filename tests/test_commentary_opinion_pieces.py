"""Opinion pieces report no events: a labelled headline or a note on the writer closing the piece marks one; a
news report that quotes an opinion, or whose headline merely holds the word, is news."""

from __future__ import annotations

import pytest

from wirecoder.commentary import is_commentary
from wirecoder.model import Article

BODY = ("Police shot dead three protesters in Kisumu last week, and nobody has been charged.\n\n"
        "The constitution guarantees the right to assemble peaceably.")


@pytest.mark.parametrize(("title", "text", "commentary"), [
    ("OPINION: The police must answer for Kisumu", BODY, True),
    ("Editorial | A ceasefire worth defending", BODY, True),
    ("Op-Ed: Why sanctions will not end the war", BODY, True),
    ("Stop the killings", BODY + "\n\nThe writer is a lecturer in law at the University of Nairobi.", True),
    ("Stop the killings", BODY + "\n\nThe views expressed in this article are the author's own.", True),
    ("Police fire tear gas at protesters in Kisumu", BODY, False),
    ("Public opinion turns against the junta as protests grow", BODY, False),
    # a writer told of in the lede of a long story is no note closing it
    ("Gunmen kill a poet", "The writer is a poet who was shot dead at his home on Sunday, police said.\n\n"
     + BODY * 6, False),
])
def test_commentary_marks_opinion_pieces(title: str, text: str, commentary: bool) -> None:
    assert is_commentary(Article("a", text, title=title)) is commentary
