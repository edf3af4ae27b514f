"""Separatists, secessionists and guerrillas left unnamed are an armed group, and a story's one group
names them (actors.lexicon, actors.story_groups)."""

import pytest

from wirecoder.model import Article


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("separatists", "Cameroon", "Unidentified Armed Group (Cameroon)"),
        ("suspected secessionists", "Nigeria", "Unidentified Armed Group (Nigeria)"),
        ("guerrillas", "Colombia", "Unidentified Armed Group (Colombia)"),
        # a named group stays itself
        ("Ambazonian separatists", "Cameroon", "Ambazonian Separatists"),
    ],
)
def test_actors_lexicon_separatists_are_armed(coder, phrase, country, name):
    assert coder.code(phrase, country).name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("paragraphs", "actor1"),
    [
        (("BUEA, Cameroon - Suspected separatists kidnapped a council official in Muyuka on Saturday, "
          "residents said.",
          "Ambazonian fighters have enforced a lockdown in the area since October."), "Ambazonian Separatists"),
        (("ARAUCA, Colombia (AFP) - Guerrillas blew up an oil pipeline near Saravena on Sunday, the army said.",
          "The ELN has bombed the pipeline dozens of times this year."), "ELN"),
    ],
)
def test_actors_story_groups_separatists_are_the_storys_group(pipeline, paragraphs, actor1):
    (article,) = pipeline.process([Article("story", "\n\n".join(paragraphs))])
    assert (article.events[0].actor1 or "").startswith(actor1)
