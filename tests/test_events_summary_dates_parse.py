"""An incident summary's opening "MM/DD/YYYY:" is parsed as an adverb of time, so the report after it keeps
its subject and main verb (events.summary_dates); the words, offsets and the date's tag stay the text's."""

import pytest

from wirecoder.events.summary_dates import reparse_summary_dates
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("09/28/2015: Assailants armed with firearms attacked and seized Kunduz city, Kunduz province, Afghanistan.",
         "attacked", "Assailants"),
        ("03/02/2016: Assailants armed with firearms attacked and burned Kolofata town, Far North region, Cameroon.",
         "attacked", "Assailants"),
        ("10/03/2015: A suicide bomber detonated an explosives-laden belt near Tikrit city, Salah al-Din governorate, "
         "Iraq.", "detonated", "bomber"),
    ],
)
def test_events_summary_dates_report_has_its_verb(nlp, text, verb, subject):
    (doc,) = reparse_summary_dates([nlp(text)], nlp)
    assert doc.text == text
    assert doc[0].tag_ == "CD"
    roots = [t for t in doc if t.dep_ == "ROOT"]
    assert [t.text for t in roots] == [verb]
    assert [c.text for c in roots[0].children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "On 09/28/2015, assailants attacked a checkpoint in Ghazni.",  # a date inside the sentence: no summary
        "Assailants armed with firearms attacked a police post in Bannu.",
    ],
)
def test_events_summary_dates_other_sentences_untouched(nlp, text):
    doc = nlp(text)
    assert reparse_summary_dates([doc], nlp)[0] is doc


@pytest.mark.slow
def test_events_summary_dates_town_seized(pipeline):
    text = ("06/10/2014: Assailants armed with firearms attacked and seized Mosul city, Nineveh governorate, Iraq. "
            "The Islamic State of Iraq and the Levant (ISIL) claimed responsibility for the incident.")
    (article,) = pipeline.process([Article("s", text)])
    event = article.events[0]
    assert (event.sub_event_type, event.actor1, event.location) == (
        "Non-state actor overtakes territory", "Islamic State (Iraq)", "Mosul")
