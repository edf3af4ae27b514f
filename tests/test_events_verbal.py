import pytest

from wirecoder.events.verbal import detect_verbal


@pytest.mark.parametrize(
    ("text", "event", "source", "target"),
    [
        ("U.S. Defense Secretary Robert Gates said Iran was complicit in the attacks.", "ACCUSE",
         "U.S. Defense Secretary Robert Gates", "Iran"),
        ("Kenya and Somalia agreed to reopen their border.", "AGREE", "Kenya and Somalia", None),
        ("The opposition threatened to boycott the elections.", "THREATEN", "The opposition", None),
        ("Rebels released 12 hostages on Friday.", "CONCEDE", "Rebels", "12 hostages"),
        ("The European Union imposed sanctions on three generals.", "SANCTION", "The European Union", None),
        ("The minister met the governor of Kandahar on Monday.", "CONSULT", "The minister", "the governor of Kandahar"),
    ],
)
def test_events_verbal_plover_types_and_roles(nlp, text, event, source, target):
    found = {v.plover_event: v for v in detect_verbal(nlp(text))}
    assert event in found
    assert found[event].source_text == source
    if target is not None:
        assert found[event].target_text == target


@pytest.mark.parametrize(
    "text",
    [
        "Iranian-backed militias have grown stronger.",
        "A security official who asked not to be named said the road was open.",
        "The government did not condemn the raid.",
    ],
)
def test_events_verbal_ignores_descriptions_and_sourcing(nlp, text):
    assert detect_verbal(nlp(text)) == ()


@pytest.mark.slow
def test_events_verbal_seed_accusation_only_with_plover(seed_path):
    from wirecoder.api import extract_articles

    (acled,) = list(extract_articles([str(seed_path)]))
    assert all(e.event_type for e in acled.events)
    (plover,) = list(extract_articles([str(seed_path)], ontology="plover"))
    accusations = [e for e in plover.events if e.plover_event == "ACCUSE" and "complicit" in e.notes]
    assert accusations and accusations[0].actor1 == "Government of United States"
    assert accusations[0].actor2 == "Government of Iran"
