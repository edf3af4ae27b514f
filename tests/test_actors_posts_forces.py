"""A force word that only qualifies the post an attack hit names the target, not the attacker (actors.posts)."""

import pytest

from wirecoder.actors.posts import generic_toll, post_hit
from wirecoder.model import Article


@pytest.mark.parametrize(
    ("sentence", "word", "hit"),
    [
        ("A car bomb exploded at a police station in Kirkuk, killing four people.", "police", True),
        ("Rockets slammed into an army base near Kandahar on Sunday.", "army", True),
        ("A suicide bomber struck outside a military academy in Kabul.", "military", True),
        # the forces as the ones who act, or a post named only as where someone was taken
        ("Police fired on a crowd in Kirkuk, killing four people.", "Police", False),
        ("The wounded were taken to an army hospital in Kandahar.", "army", False),
        # a foiled attack hit no post
        ("Police shot dead a gunman in a foiled attack at a police station in Lamu.", "police", False),
    ],
)
def test_actors_posts_a_force_word_qualifying_the_place_hit(sentence, word, hit):
    start = sentence.index(word)
    assert post_hit(sentence, start, start + len(word)) is hit


@pytest.mark.parametrize(
    ("phrase", "generic"),
    [("at least seven people", True), ("two people", True), ("people", True), ("five civilians", False),
     ("three soldiers", False), (None, False)],
)
def test_actors_posts_a_toll_that_only_counts(phrase, generic):
    assert generic_toll(phrase) is generic


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("A suicide car bombing at a police station in Kirkuk killed at least six people on Monday.",
         "Unidentified Armed Group", "Police Forces of Iraq"),
        ("Mortar shells slammed into an army base in Marib on Sunday, killing three people.",
         "Unidentified Armed Group", "Military Forces of Yemen"),
        # civilians named as the dead stay the target
        ("A bomb at a police station in Kirkuk killed five civilians waiting outside on Monday.",
         "Unidentified Armed Group", "Civilians (Iraq)"),
    ],
)
def test_actors_posts_the_struck_post_names_the_target(pipeline, text, actor1, actor2):
    (article,) = pipeline.process([Article("note", text)])
    event = article.events[0]
    assert (event.actor1 or "").startswith(actor1)
    assert (event.actor2 or "").startswith(actor2)
