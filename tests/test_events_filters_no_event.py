"""Sentences that follow an event and name what was found or who died tell no event of their own: weapons
recovered are no weapons used, "the slain soldier was identified as ..." names a victim; an explosive
seized is still a weapon disrupted. What a side calls its war in quotes ('a "special military operation"')
is no event either; an operation launched on a day is."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _subs(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    return [e.sub_event_type for e in article.events]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers recovered five high-powered firearms, anti-personnel mines and subversive documents from the site.",
        "The slain soldier was identified as Private Ronald Dacles, 24, a native of Leyte.",
        "The dead were identified as two farmers from Kapedo.",
    ],
)
def test_events_filters_what_was_found_or_who_died_is_no_event(pipeline, text):
    assert _subs(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Troops seized 20 mortar shells and two rocket launchers in Bunia on 3 May 2023.", "Disrupted weapons use"),
        ("Police found an IED near a school in Mandera on 2 June 2021 and defused it.", "Disrupted weapons use"),
        ("A landmine exploded under a truck near Kidal on 4 May 2020, killing three soldiers.",
         "Remote explosive/landmine/IED"),
        ("Gunmen killed a man identified as John Kamau in Kisumu on 6 March 2023.", "Attack"),
    ],
)
def test_events_filters_events_told_with_the_same_words_stand(pipeline, text, sub):
    assert _subs(pipeline, text)[:1] == [sub]


@pytest.mark.parametrize(
    "text",
    [
        'Moscow says it is conducting a "special military operation" to protect its security.',
        'Kyiv calls the campaign an "anti-terrorist operation" against separatists.',
    ],
)
def test_events_filters_a_quoted_name_is_no_event(pipeline, text):
    assert _subs(pipeline, text) == []


def test_events_filters_an_operation_launched_stands(pipeline):
    text = "The army launched a military operation against Al Shabaab in Hiraan on 2 May 2022."
    assert _subs(pipeline, text) == ["Other"]
