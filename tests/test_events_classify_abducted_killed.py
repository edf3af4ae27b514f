"""People abducted and then killed, in one verb phrase ("abducted and later executed three agronomists",
"kidnapped, tortured and killed a chief"), are the graver attack, as ACLED codes them (events.classify); an
abduction with a ransom stays an abduction. Texts are our own."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _sub(pipeline, text):
    (article,) = pipeline.process([Article("s", text)])
    return article.events[0].sub_event_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("5/27/1991: Shining Path guerrillas abducted and later executed three agronomists near Huaral, Lima "
         "department, Peru.", "Attack"),
        ("Gunmen kidnapped and killed a village chief in Zamfara on Sunday.", "Attack"),
        ("Bandits abducted, tortured and killed two farmers in Kaduna state.", "Attack"),
        ("Gunmen kidnapped a village chief in Zamfara on Sunday and demanded a ransom.",
         "Abduction/forced disappearance"),
    ],
)
def test_events_classify_abducted_and_killed_is_an_attack(pipeline, text, sub):
    assert _sub(pipeline, text) == sub
