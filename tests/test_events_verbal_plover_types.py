"""PLOVER's verbal and cooperative types as its current codebook defines them, and their ranking."""

import dataclasses

import pytest

from wirecoder.events.verbal import detect_verbal
from wirecoder.model import Article


def _types(nlp, text):
    return [v.plover_event for v in detect_verbal(nlp(text))]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # verbs of the definitions
        ("The Malaysian government sued the logging firm over the flooding in Pahang.", "ACCUSE"),
        ("Lebanese prosecutors opened an inquiry into the port explosion.", "ACCUSE"),
        ("The interior ministry pleaded with the truckers to reopen the highway.", "REQUEST"),
        ("Guinea's junta ruled out a return to civilian rule before 2026.", "REJECT"),
        ("Tanzania declined to join the sanctions against Burundi.", "REJECT"),
        ("Argentina recognised the new government in Lima.", "SUPPORT"),
        ("Kuwait and Iraq restored diplomatic relations on Sunday.", "SUPPORT"),
        ("The president pardoned 200 prisoners on the national day.", "CONCEDE"),
        ("The militia declared a unilateral ceasefire in Kivu.", "CONCEDE"),
        ("The authorities eased the curfew in Kandy.", "CONCEDE"),
        ("Peru extradited the former mayor to Spain.", "COOPERATE"),
        # joint forces cooperate, one army mobilises
        ("Kenyan and Somali troops conducted joint patrols along the border.", "COOPERATE"),
        ("The Iranian navy staged drills in the Gulf of Oman.", "MOBILIZE"),
        ("Azerbaijan massed thousands of troops near the Lachin road.", "MOBILIZE"),
        ("The army put its air defence units on high alert.", "MOBILIZE"),
        # released captives, withdrawn forces, resignations and disarming: RETREAT
        ("The militants freed three Chinese engineers in Cabo Delgado.", "RETREAT"),
        ("Ugandan troops pulled out of Bunia on Thursday.", "RETREAT"),
        ("The governor of Kano resigned on Monday.", "RETREAT"),
        ("Two hundred fighters handed over their rifles to UN peacekeepers.", "RETREAT"),
        ("The junta allowed Red Cross convoys into the besieged town.", "RETREAT"),
        # the object tells the type
        ("The EU sent 40 tonnes of medicine to Khartoum.", "AID"),
        ("The army sent troops to Gao on Friday.", "MOBILIZE"),
        ("The African Development Bank approved a $200 million loan to Malawi.", "AID"),
        ("Chad granted asylum to the former Sudanese minister.", "AID"),
        ("Ecuador cut diplomatic ties with Mexico.", "SANCTION"),
        ("Nigeria recalled its ambassador from Niamey.", "SANCTION"),
        ("China banned imports of Japanese seafood.", "SANCTION"),
        ("The government banned the opposition party on Monday.", "COERCE"),
        ("The governor imposed a curfew on Jos.", "COERCE"),
        ("The opposition withdrew from the national dialogue.", "SANCTION"),
        ("A Paris court found the bank guilty of complicity in money laundering.", "SANCTION"),
        ("Kenya handed over four suspects to Ugandan police.", "COOPERATE"),
        # a vow of violence threatens, a vow to help commits
        ("The militia vowed to attack any convoy on the road.", "THREATEN"),
        ("The donors vowed to rebuild the schools.", "AGREE"),
        ("The envoy spoke by telephone with the Sudanese army chief.", "CONSULT"),
        # an event noun after a light or aspectual verb, a verb timed by one, ground handed over
        ("The Somali president paid a visit to Asmara on Sunday.", "CONSULT"),
        ("The premier arrived in Ankara for a two-day official visit.", "CONSULT"),
        ("Ethiopian forces completed their withdrawal from Mekelle.", "RETREAT"),
        ("The authorities started releasing detained journalists on Friday.", "RETREAT"),
        ("The rebels handed over control of the airport to the army.", "RETREAT"),
        ("Police heightened security around the stadium.", "MOBILIZE"),
        ("Brazil voted in favour of the ceasefire resolution.", "SUPPORT"),
        ("The Netherlands will grant Ghana a loan for the new hospital.", "AGREE"),
        # a warning that announces force or an act is a threat
        ("The governor warned that security forces would not allow any march in Mombasa.", "THREATEN"),
        ("Tehran warned of retaliation against any attack on its ships.", "THREATEN"),
        # particles read as adverbs, nominal objects, what is withdrawn
        ("The governor of Lagos stepped down on Friday.", "RETREAT"),
        ("The militia handed over the bodies of four soldiers to the army.", "RETREAT"),
        ("Qatar deposited $2 billion in Egypt's central bank.", "AID"),
        ("The two governments held a third round of talks in Nairobi.", "CONSULT"),
        ("Algeria withdrew its ambassador from Madrid.", "SANCTION"),
        ("Kenya summoned the Ugandan ambassador over the remarks.", "ACCUSE"),
        ("Israel called up 300,000 reservists.", "MOBILIZE"),
        ("The regime outlawed the teachers' union.", "COERCE"),
        ("The United States froze the assets of three Haitian politicians.", "SANCTION"),
    ],
)
def test_events_verbal_plover_type_of_the_act(nlp, text, event):
    assert _types(nlp, text)[:1] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "Traders moved their stalls to the new market.",
        "The company opened a new factory in Thika.",
        "The minister held a press conference in Nairobi.",
        "The river returned to its normal level.",
        "The bakery closed its doors on Sunday.",
        # published, not freed; forecasts, not threats; a scene-setting participle
        "The militants released a video of the captured engineers.",
        "The health ministry released figures on the cholera outbreak in Beira.",
        "UNICEF warned of malnutrition among children in Tigray.",
        "Aid agencies warned that the floods could cut off thousands of villages.",
        "Asked about the curfew, the spokesman declined further comment on the matter.",
        "A police spokesman refused to comment on the report.",
        "The brewery made a profit of $4 million last year.",
    ],
)
def test_events_verbal_object_words_that_tell_no_act(nlp, text):
    assert _types(nlp, text) == []


def test_events_verbal_misread_main_verb_keeps_its_source(nlp):
    (found,) = [v for v in detect_verbal(nlp("Sudan's army chief negotiated with RSF envoys in Jeddah for a second week."))
                if v.plover_event == "CONSULT"]
    assert found.source_text == "Sudan's army chief" and found.main


def test_events_verbal_passive_source_is_the_by_phrase(nlp):
    (found,) = [v for v in detect_verbal(nlp("Fifty prisoners were freed by the rebels on Monday."))
                if v.plover_event == "RETREAT"]
    assert (found.source_text, found.target_text) == ("the rebels", "Fifty prisoners")


def _first(pipeline, text, ontology):
    (article,) = dataclasses.replace(pipeline, ontology=ontology).process([Article("note", text)])
    return article.events[0] if article.events else None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the verbal act is the sentence's main act: the shelling is what it speaks of
        ("The Sudanese army blamed the RSF for the shelling of a market in Omdurman.", "ACCUSE"),
        ("The nurses' union agreed to call off the strike after talks with the governor.", "AGREE"),
        # the protest is the act its source names: it stays first
        ("Protesters in Lima demanded the resignation of the interior minister.", "PROTEST"),
    ],
)
def test_events_verbal_main_act_ranks_first_with_plover(pipeline, text, event):
    assert _first(pipeline, text, "plover").plover_event == event


def test_events_verbal_never_with_acled_ontology(pipeline):
    first = _first(pipeline, "Morocco cut diplomatic ties with Iran over its support for the Polisario.", "acled")
    assert first is None


@pytest.mark.parametrize(
    ("text", "event", "source"),
    [
        # a pronoun told by a reporting verb is the one who told it
        ("Ghana said it would send 300 engineers to the mission in Mali.", "AGREE", "Ghana"),
        ("The rebels announced they had freed the two nuns.", "RETREAT", "The rebels"),
        # a verb sharing its subject with the verb before it
        ("Uganda condemned the remarks and recalled its ambassador from Kigali.", "SANCTION", "Uganda"),
        # a pronoun with nobody named before it stays as written
        ("It will send 300 engineers to the mission.", "AGREE", "It"),
    ],
)
def test_events_verbal_source_through_reporting_and_shared_subjects(nlp, text, event, source):
    found = [v for v in detect_verbal(nlp(text)) if v.plover_event == event]
    assert found and found[0].source_text == source
