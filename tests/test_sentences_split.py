from hypothesis import given
from hypothesis import strategies as st

import pytest

from wirecoder.sentences import in_quotation, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two men. They were charged.", ["Police arrested two men.", "They were charged."]),
        ("The U.S. embassy said so. Nobody else did.", ["The U.S. embassy said so.", "Nobody else did."]),
        ("Maj. Gen. Ali Musa spoke on Dec. 3 in Kabul. Then he left.",
         ["Maj. Gen. Ali Musa spoke on Dec. 3 in Kabul.", "Then he left."]),
        ("“We will fight,” he said. “Never.”", ["“We will fight,” he said.", "“Never.”"]),
        ("First paragraph without stop\n\nSecond one.", ["First paragraph without stop", "Second one."]),
        ("George W. Bush visited Baghdad. Troops cheered.", ["George W. Bush visited Baghdad.", "Troops cheered."]),
        ("Was it an attack? Officials said yes.", ["Was it an attack?", "Officials said yes."]),
    ],
)
def test_sentences_split_wire_copy(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\"”AB1")), max_size=200))
def test_sentences_offsets_point_into_text(text):
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four men were injured.The gunman fled.", ["Four men were injured.", "The gunman fled."]),
        ("He said “no.”Police left.", ["He said “no.”", "Police left."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
    ],
)
def test_sentences_split_missing_spaces(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 4:30 p.m.The building shook.", ["around 4:30 p.m.", "The building shook."]),
        ("an “attempted murder”.He said no more.", ["an “attempted murder”.", "He said no more."]),
    ],
)
def test_sentences_split_scraped_joins(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('His uncle said: "He was not armed. They shot him." Police denied it.', "They", True),
        ('His uncle said: "He was not armed. They shot him." Police denied it.', "Police", False),
        ("Witnesses said: “They came at night. They burned the houses.” The army denied it.", "They burned", True),
        ("Witnesses said: “They came at night.” The army denied it.", "The army", False),
        # Apostrophes are not quotation marks.
        ("The police's account differs. Residents say officers fired first.", "Residents", False),
        # A new paragraph closes an unbalanced quote.
        ('He said: "We will return.\nSoldiers shelled the town on Monday.', "Soldiers", False),
    ],
)
def test_sentences_in_quotation(text: str, word: str, expected: bool) -> None:
    assert in_quotation(text, text.index(word)) is expected


@given(
    st.text(alphabet='ab "“”\n.', max_size=40),
    st.text(alphabet='ab "“”.', max_size=40),
    st.integers(min_value=0, max_value=40),
)
def test_sentences_in_quotation_starts_afresh_each_line(before: str, line: str, at: int) -> None:
    at = min(at, len(line))
    assert in_quotation(before + "\n" + line, len(before) + 1 + at) is in_quotation(line, at)
