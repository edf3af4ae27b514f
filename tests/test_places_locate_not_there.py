"""Where the wounded were taken and where a statement was given are not where the event happened: "airlifted to
Mogadishu", "died in hospital in Ouagadougou", "told reporters in Bamako", "in a statement issued in Mogadishu"."""

from __future__ import annotations

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(("text", "location"), [
    ("Two soldiers were wounded when militants attacked the base near Jowhar and were airlifted to Mogadishu.",
     "Jowhar"),
    ("A police officer was shot dead in Bungoma on Friday and two colleagues were rushed to a hospital in Eldoret.",
     "Bungoma"),
    ("Three soldiers wounded in the ambush near Kaya later died in hospital in Ouagadougou, an army source said.",
     "Kaya"),
    ("Speaking to reporters in Mogadishu, the army commander said troops killed 23 militants near Jowhar.", "Jowhar"),
    ("In a statement issued in Bamako, the army said its aircraft struck a jihadist camp near Tessit on Friday.",
     "Tessit"),
    # the hospital attacked, the town marched in: where the event is
    ("Gunmen attacked a hospital in Kutum on Tuesday and looted medicines, residents said.", "Kutum"),
    ("Hundreds of nurses marched to the regional hospital in Eldoret on Monday to demand unpaid wages.", "Eldoret"),
])
def test_places_locate_not_where_the_wounded_went_or_the_speaker_spoke(geo, text: str, location: str) -> None:
    place = geo.locate(Article(id="t", text=text), 0, len(text))
    assert place is not None and place.location == location


@pytest.mark.parametrize(("text", "location"), [
    # a sentence naming only where the wounded went is placed where the story is
    ("Militants attacked an army base near Jowhar on Sunday. Two wounded soldiers were airlifted to Mogadishu.",
     "Jowhar"),
    ("Bandits attacked a police post in Tsafe on Saturday. One officer was evacuated to a military hospital in "
     "Kaduna.", "Tsafe"),
    ("Jihadists stormed an army post in Djibo on Saturday. Four wounded soldiers later died in hospital in "
     "Ouahigouya.", "Djibo"),
    # a place the sentence tells the event at stays its place
    ("Militants attacked an army base near Jowhar on Sunday. A second attack hit a checkpoint in Mogadishu.",
     "Mogadishu"),
])
def test_places_locate_a_sentence_naming_only_where_the_wounded_went(geo, text: str, location: str) -> None:
    start = text.index(". ") + 2
    place = geo.locate(Article(id="t", text=text), start, len(text))
    assert place is not None and place.location == location


@pytest.mark.parametrize(("text", "sentence", "location"), [
    # where the account was said, the sentence ending there: the story's place stands
    ("Police fired tear gas at protesters in Kinshasa on Friday. Two protesters were killed, officials said in Goma.",
     "Two protesters were killed, officials said in Goma.", "Kinshasa"),
    ("Militants attacked an army post near Tessit on Friday. Five soldiers died, the army said in Bamako on Saturday.",
     "Five soldiers died, the army said in Bamako on Saturday.", "Tessit"),
    ("Bandits attacked a police post in Tsafe on Saturday. Two officers were killed, the commissioner announced in "
     "Gusau.", "Two officers were killed, the commissioner announced in Gusau.", "Tsafe"),
    # where the dead were buried
    ("Militants attacked an army base near Jowhar on Sunday. The three dead soldiers were buried in Baidoa on Monday.",
     "The three dead soldiers were buried in Baidoa on Monday.", "Jowhar"),
    ("Gunmen attacked a bus near Dikwa on Sunday. The victims were laid to rest in their hometown of Bama.",
     "The victims were laid to rest in their hometown of Bama.", "Dikwa"),
    # "said in X" with the report going on: X is where it was
    ("Militants attacked an army base near Jowhar on Sunday. Police said in Baidoa two men were shot dead at a market.",
     "Police said in Baidoa two men were shot dead at a market.", "Baidoa"),
])  # fmt: skip
def test_places_locate_where_said_or_buried_is_not_the_place(geo, text: str, sentence: str, location: str) -> None:
    start = text.index(sentence)
    place = geo.locate(Article(id="t", text=text), start, start + len(sentence))
    assert place is not None and place.location == location
