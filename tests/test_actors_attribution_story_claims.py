"""A story's later paragraph that says who did the attack names its actor1; a blame for another incident
does not (actors.attribution)."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


def _story(*paragraphs: str) -> Article:
    return Article("story", "\n\n".join(paragraphs))


@pytest.mark.parametrize(
    ("paragraphs", "actor1"),
    [
        (("Gunmen abducted six aid workers after stopping their car on the road near Mirebalais on Monday, "
          "police said.",
          "The driver was released hours later and walked to a police post, a relative said.",
          "A police official said members of the 5 Segonn gang carried out the kidnapping and demanded a ransom.",
          "The workers had been travelling to a clinic in the town.",
          "Aid groups have suspended travel in the area."), "5 Segonn"),
        (("Unidentified gunmen shot dead four policemen at a checkpoint in Bannu on Sunday night, police said.",
          "The attackers fled on motorcycles. A search operation was launched.",
          "The funeral prayers of the policemen were held at the police lines.",
          "A police official said militants of the Pakistani Taliban were behind the attack.",
          "The district has seen a rise in attacks on the police."), "TTP"),
        (("Gunmen killed five villagers in an attack on Kwall in Plateau State on Sunday night, residents said.",
          "The attackers came through the farms and opened fire on homes, a resident said.",
          "The police said officers had been deployed to the village.",
          "Police blamed Fulani herdsmen for the attack.",
          "No arrest has been made."), "Fulani"),
        # the blame is for earlier attacks: the gunmen stay unidentified
        (("Gunmen killed five villagers in an attack on Kwall in Plateau State on Sunday night, residents said.",
          "The attackers came through the farms and opened fire on homes, a resident said.",
          "The police said officers had been deployed to the village.",
          "Police blamed Fulani herdsmen for previous attacks in the district.",
          "No arrest has been made."), "Unidentified Armed Group"),
        # ... and a claim told after another event is that event's
        (("Gunmen shot dead two traders at a market in Bama on Monday, residents said.",
          "The attackers fled on foot, a trader said.",
          "On Tuesday, a roadside bomb hit an army truck near Gwoza.",
          "Boko Haram claimed responsibility for the blast."), "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_claims_later_in_a_story(pipeline, paragraphs, actor1):
    (article,) = pipeline.process([_story(*paragraphs)])
    assert (article.events[0].actor1 or "").startswith(actor1)


@pytest.mark.parametrize(
    ("paragraphs", "actor1"),
    [
        # nobody claimed it, but the officials blame a group: the group
        (("A car bomb exploded near a checkpoint of the Peshmerga outside Makhmour on Tuesday, killing three "
          "fighters, officials said.",
          "No group immediately claimed responsibility.",
          "Kurdish officials blamed Islamic State militants hiding in the Qarachogh mountains."), "Islamic State"),
        # nobody claimed it, and nobody is blamed: unidentified
        (("A car bomb exploded near a checkpoint of the Peshmerga outside Makhmour on Tuesday, killing three "
          "fighters, officials said.",
          "No group immediately claimed responsibility.",
          "The checkpoint guards the road to Erbil."), "Unidentified Armed Group"),
    ],
)
def test_actors_attribution_blame_after_no_claim(pipeline, paragraphs, actor1):
    (article,) = pipeline.process([_story(*paragraphs)])
    assert (article.events[0].actor1 or "").startswith(actor1)


_LEDE = ("GAO, Mali (AFP) - Gunmen killed nine villagers in an attack on the village of Ouatagouna on Sunday, "
         "local officials said.")
_MIDDLE = "The assailants came on motorbikes and set fire to granaries, a resident told AFP."


@pytest.mark.parametrize(
    "claim",
    [
        "Responsibility was claimed by the Islamic State in the Sahel.",
        "A local official said the assailants were Islamic State fighters.",
        "The army said the raid was carried out by Islamic State militants.",
        "Survivors accused Islamic State fighters of the massacre.",
        "The Islamic State group later took responsibility for the killings.",
        "Officials said Islamic State jihadists were responsible.",
        "It was the third attack in the commune this month. The Islamic State group claimed it on Tuesday.",
    ],
)
def test_actors_attribution_claim_shapes(pipeline, claim):
    (article,) = pipeline.process([_story(_LEDE, _MIDDLE, claim)])
    assert (article.events[0].actor1 or "").startswith("Islamic State")


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # "said on Monday it had": the group that speaks
        ("GOMA (Reuters) - The M23 rebel group said on Monday it had seized the town of Kitshanga after fighting "
         "with the army.", "M23"),
        ("The Islamic State group said late on Sunday that it had killed 12 soldiers in an ambush near Menaka.",
         "Islamic State"),
    ],
)
def test_actors_attribution_speaker_after_a_day(pipeline, text, actor1):
    (article,) = pipeline.process([Article("note", text)])
    assert (article.events[0].actor1 or "").startswith(actor1)
