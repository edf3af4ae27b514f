import pytest

from wirecoder.events.verbal import detect_verbal


@pytest.mark.parametrize(
    ("text", "event", "source", "target"),
    [
        ("U.S. Defense Secretary Robert Gates said Iran was complicit in the attacks.", "ACCUSE",
         "U.S. Defense Secretary Robert Gates", "Iran"),
        ("Kenya and Somalia agreed to reopen their border.", "AGREE", "Kenya and Somalia", None),
        ("The opposition threatened to boycott the elections.", "THREATEN", "The opposition", None),
        # The current codebook: releasing captives is RETREAT (material), a pardon is CONCEDE (verbal).
        ("Rebels released 12 hostages on Friday.", "RETREAT", "Rebels", "12 hostages"),
        ("The European Union imposed sanctions on three generals.", "SANCTION", "The European Union", None),
        ("The minister met the governor of Kandahar on Monday.", "CONSULT", "The minister", "the governor of Kandahar"),
        # PLOVER's AGREE is also an offer, a promise or a commitment to cooperate.
        ("Ghana has offered to send 500 troops to the regional force.", "AGREE", "Ghana", None),
        ("Norway will give Malawi a grant of 20 million dollars for schools.", "AGREE", "Norway", None),
        ("The two neighbours reached a consensus on sharing water from the river.", "AGREE", None, None),
        ("Chad said it is ready to withdraw its troops from the border area.", "AGREE", None, None),
        ("Envoys from both parties held talks in Addis Ababa on Tuesday.", "CONSULT", None, None),
        ("The junta lifted the curfew in the capital on Monday.", "CONCEDE", "The junta", "the curfew"),
    ],
)
def test_events_verbal_plover_types_and_roles(nlp, text, event, source, target):
    found = {v.plover_event: v for v in detect_verbal(nlp(text))}
    assert event in found
    assert source is None or found[event].source_text == source
    if target is not None:
        assert found[event].target_text == target


@pytest.mark.parametrize(
    "text",
    [
        "Iranian-backed militias have grown stronger.",
        "A security official who asked not to be named said the road was open.",
        "The government did not condemn the raid.",
        # A future that is no commitment to anyone: no event.
        "The river will rise this week.",
        "Maysan shares a long border with Iran.",
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
    assert accusations and accusations[0].actor1 == "Government of the United States"
    assert accusations[0].actor2 == "Government of Iran"
