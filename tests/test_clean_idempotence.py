"""Property: cleaning is idempotent and keeps every story sentence, whatever chrome surrounds it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.clean import clean_text

_WORDS = (
    "police army soldiers protesters residents officials village town market road fired killed "
    "wounded arrested marched attacked burned said on in at near after before the a of and with "
    "two three dozens hundreds people gunmen rebels troops clashed blocked demanded fled"
).split()
_NAMES = ["Nairobi", "Kisumu", "Goma", "Basra", "Kabul", "Maysan", "Ahmed", "Mercy", "Al Shabaab"]
_CHROME = [
    "0 : 0",
    "Share",
    "Tweet",
    "  • small-screen-only",
    "  • large-desktop-and-up",
    "Advertisement",
    "Editing by Ann Jones; Editing by Jon Bell",
    "Reporting by Sara Ali",
    "Read more: Rebels seize border post",
    "© 2020 Example News. All rights reserved.",
    "We use cookies to improve your experience on our site.",
    "https://example.org/world",
]


@st.composite
def sentences(draw: st.DrawFn, questions: bool = True) -> str:
    """A story sentence: capitalised, 6-24 words, a final full stop (sometimes inside a quote)."""
    words = draw(st.lists(st.sampled_from(_WORDS + _NAMES), min_size=5, max_size=23))
    first = draw(st.sampled_from(_NAMES + ["The", "Police", "Witnesses", "Officials"]))
    text = " ".join([first, *words])
    if draw(st.booleans()):
        return f"“{text},” a witness said."
    return text + draw(st.sampled_from([".", ".", "?"] if questions else ["."]))


@st.composite
def dumps(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A text dump (header, dateline, story, chrome) and its story paragraphs."""
    # A dump opening on a short question reads as a question headline, by design.
    paragraphs = [draw(sentences(questions=False))]
    paragraphs += draw(
        st.lists(st.lists(sentences(), min_size=1, max_size=3).map(" ".join), max_size=5)
    )
    lines: list[str] = []
    if draw(st.booleans()):
        lines += [
            "July 3, 2011 / 4:28 PM / 9 years ago",
            "",
            "Troops clash with rebels near border",
            "",
        ]
    lead = draw(st.sampled_from(["", "BAGHDAD (Reuters) - ", "NAIROBI, Kenya (AP) — "]))
    for index, paragraph in enumerate(paragraphs):
        lines += [(lead if index == 0 else "") + paragraph, ""]
        if draw(st.integers(0, 3)) == 0:
            lines += [draw(st.sampled_from(_CHROME)), ""]
    lines += draw(st.lists(st.sampled_from(_CHROME), max_size=6))
    return "\n".join(lines), paragraphs


@settings(max_examples=150, deadline=None)
@given(dumps())
def test_clean_text_idempotent_and_keeps_story(dump: tuple[str, list[str]]) -> None:
    raw, paragraphs = dump
    once = clean_text(raw)
    assert clean_text(once.text, has_header=False).text == once.text
    assert once.text.split("\n\n") == paragraphs


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_clean_text_any_text_is_normalised(raw: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == cleaned.text.strip()
    assert "\n\n\n" not in cleaned.text
    for paragraph in cleaned.text.split("\n\n"):
        assert "\n" not in paragraph
