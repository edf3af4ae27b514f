"""Full-article scoring counts every evidence sentence a merged event carries."""

from __future__ import annotations

from wirecoder.evaluate.articles import compare_article
from wirecoder.evaluate.gold import GoldArticle, GoldMention
from wirecoder.model import Event, Evidence

FIRST = "Gunmen killed four villagers in Zamfara on Monday."
SECOND = "The attack also wounded six people, police said."
UNRELATED = "The governor visited the village on Tuesday."


def _event(*sentences: str) -> Event:
    evidence = tuple(Evidence(i * 100, i * 100 + len(s), s) for i, s in enumerate(sentences))
    return Event("a", "a-1", "Violence against civilians", "Attack", sentences[0], 0, len(sentences[0]),
                 evidence=evidence)


def test_evaluate_evidence_merged_mentions_each_count() -> None:
    gold = GoldArticle("a", FIRST + " " + SECOND, 1, (
        GoldMention("Life.Die.Unspecified", "killed", "Gunmen killed four villagers in Zamfara on Monday ."),
        GoldMention("Life.Injure.Unspecified", "wounded", "The attack also wounded six people , police said ."),
    ))
    result = compare_article(gold, [_event(FIRST, SECOND)])
    assert result.found == (True, True)
    assert result.matched == (True, True)


def test_evaluate_evidence_unmatched_sentence_costs_precision() -> None:
    gold = GoldArticle("a", FIRST, 1, (
        GoldMention("Life.Die.Unspecified", "killed", "Gunmen killed four villagers in Zamfara on Monday ."),
    ))
    result = compare_article(gold, [_event(FIRST, UNRELATED)])
    assert result.found == (True,)
    assert result.matched == (True, False)
