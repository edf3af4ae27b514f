"""The first-letter lookaheads of the date patterns are a speed-up only: with or without them,
every pattern finds the same matches in wire copy of every style."""

from __future__ import annotations

import re

import pytest

from wirecoder.dates.expressions import DATED_KINDS, _hints, find_candidates
from wirecoder.dates.patterns import HINTS, PATTERNS, SOURCES

# Date phrases written for this test: every way each pattern's match can begin.
PHRASES = (
    "on 1999-12-31", "on 2020/03/12", "on 1-Jan-2020", "on 03-May-19", "on 3/3/2019",
    "on 03.03.19", "on 3-3-2019", "on ٣/٣/٢٠١٩", "between 3 and 5 May", "from 3 to 5 May",
    "the 3rd to the 5th of May", "3-5 May 2019", "2, 3 and 4 June 2018", "28 Feb - 1 March",
    "between May 3 and 5", "from June 3 to 5", "March 3-5", "April 3 to 5", "Aug 3-5",
    "Sept 3 - 5", "October 3-4", "Nov 3-4", "December 3-4", "January 3-4", "February 3-4",
    "July 3-4", "the 9th of March", "9 May 2020", "Jan 3", "Feb 3", "Mar. 3", "Apr 3", "Jun 3",
    "Jul 3", "Aug. 3", "Sep 3", "Oct 3", "Nov. 3", "Dec 3", "in the first week of May",
    "during the second week of June", "since the third week of July", "its fourth week of Nov",
    "its second week of June", "its last week of May", "its final week of Dec", "in May 2019",
    "during June 2019", "early July 2019", "late Aug 2019", "mid-Sept 2019", "mid October 2019",
    "January 2019", "February 2019", "March 2019", "April 2019", "Nov 2019", "Dec 2019",
    "October 2019", "Sept 2019", "in March", "on the 5/3", "on 5/3", "of 5/3", "into 05/03",
    "late 5/3", "early 5/3", "dated 5/3", "(18/02)", "during June", "early July", "late Aug",
    "mid-Sept", "last March", "this April", "earlier in May", "later in June", "throughout July",
    "on the 3rd.", "on the 3rd of this month,", "from Monday to Wednesday",
    "between Tuesday and Thursday", "on Friday and Saturday", "Sunday to Monday",
    "Tuesday to Wednesday", "Monday and Tuesday", "Wednesday into Thursday",
    "Saturday night into Sunday", "on Monday", "last Tuesday", "this Wednesday", "past Thursday",
    "next Friday", "early Saturday", "late Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Friday of last week", "3 days ago", "a week ago",
    "an hour ago", "one month ago", "two days ago", "three weeks ago", "four days ago",
    "five days ago", "six days ago", "seven days ago", "eight days ago", "nine days ago",
    "ten days ago", "a couple of days ago", "a fortnight ago", "yesterday", "today", "tonight",
    "last night", "overnight", "earlier today", "early this morning", "late this evening",
    "this afternoon", "over the past week", "in the last seven days", "during the past week",
    "this week", "earlier this week", "earlier in the week", "last week", "at the weekend",
    "over the weekend", "during the weekend", "on the weekend", "last weekend",
    "this past weekend", "at the end of last month", "end of this week", "beginning of last week",
    "start of this month", "last month", "this month", "earlier this month", "earlier this year",
    "3 days later", "a week earlier", "one day later", "two days afterwards", "three days later",
    "four weeks later", "five days later", "six days later", "seven days later",
    "eight days later", "nine days later", "ten days later", "the next day", "the following night",
    "the previous morning", "the preceding evening", "the same day", "the day before.",
    "the day after,", "later that day", "earlier the same night", "later in the day",
    "earlier in the day", "Thursday 5/3", "Monday (05/03)", "Wednesday, 5/3", "Friday 5/3",
    "Saturday 5/3", "Sunday 5/3", "Tuesday 5/3", "the end of May", "end of June",
    "beginning of March", "start of April", "middle of July", "first days of May",
    "final days of June", "Tuesday-Wednesday night", "the day before yesterday",
    "two nights ago",
)  # fmt: skip
TEXTS = tuple(
    text
    for phrase in PHRASES
    for text in (f"Gunmen attacked Bulo Burde {phrase}, police said.", f"{phrase} raid".upper())
)


@pytest.mark.parametrize("index", range(len(SOURCES)), ids=[kind for kind, _, _ in SOURCES])
def test_date_patterns_first_letters_lose_no_match(index: int) -> None:
    bare = re.compile(SOURCES[index][2], re.IGNORECASE)
    fast = PATTERNS[index][1]
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_date_patterns_built_from_sources() -> None:
    assert [kind for kind, _ in PATTERNS] == [kind for kind, _, _ in SOURCES]
    assert all(p.pattern.endswith(s) for (_, p), (_, _, s) in zip(PATTERNS, SOURCES))


@pytest.mark.parametrize("name", sorted(HINTS))
def test_date_patterns_hints_find_what_their_words_are(name: str) -> None:
    # Without the lookahead ahead of it (it starts with "(?=[...])"), a hint finds the same.
    bare = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", HINTS[name].pattern), re.IGNORECASE)
    for text in TEXTS:
        assert [m.span() for m in HINTS[name].finditer(text)] == [
            m.span() for m in bare.finditer(text)
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Primary school pupils walked out in Thika, the day after 3 people died.",
        "Fighting resumed in Kismayo; residents fled later that week, last Friday.",
    ],
)
def test_date_expressions_hints_as_in_the_slice(text: str) -> None:
    # Searching between offsets must find what a search of the copied slice finds, even
    # when the slice starts inside a word ("mary school", "mayo").
    for lower in range(len(text)):
        for upper in (lower + 1, lower + 7, len(text)):
            segment = text[lower:upper]
            expected = {name for name, hint in HINTS.items() if hint.search(segment)}
            assert _hints(text, lower, upper) == expected, (lower, upper)


def test_date_expressions_dated_kinds_come_first() -> None:
    # A scan of the dated patterns alone is exact only if no later pattern can take a span
    # from them: a later pattern's match never displaces an earlier one's.
    kinds = [kind for kind, _ in PATTERNS]
    first_other = next(i for i, kind in enumerate(kinds) if kind not in DATED_KINDS)
    assert not DATED_KINDS & set(kinds[first_other:])


@pytest.mark.parametrize("text", TEXTS[::7])
def test_date_expressions_dated_scan_finds_the_dated_days(text: str) -> None:
    def days(cands: list) -> list:
        return [c for c in cands if c.year is not None and c.kind in ("day", "range")]

    full = find_candidates(text, 0, len(text))
    assert days(find_candidates(text, 0, len(text), dated=True)) == days(full)
