"""What a side calls its war in quotes ('a "special military operation"') is no event; an operation launched on
a day is."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _subs(pipeline, text):
    (article,) = pipeline.process([Article("note", text)])
    return [e.sub_event_type for e in article.events]


@pytest.mark.parametrize(
    "text",
    [
        'Moscow says it is conducting a "special military operation" to protect its security.',
        'Kyiv calls the campaign an "anti-terrorist operation" against separatists.',
    ],
)
def test_a_quoted_name_is_no_event(pipeline, text):
    assert _subs(pipeline, text) == []


def test_an_operation_launched_stands(pipeline):
    text = "The army launched a military operation against Al Shabaab in Hiraan on 2 May 2022."
    assert _subs(pipeline, text) == ["Other"]
