"""count_casualties on one named or described victim, and on victims who lived (sentences written for these tests)."""

from __future__ import annotations

import pytest

from wirecoder.casualties import count_casualties

# Sentences with one victim killed.
ONE_VICTIM = [
    # A singular subject of a passive death verb is one victim, whatever its words.
    "Abdi Hassan Farah (known as Gaal), was shot dead on the night of May 3 by two gunmen.",
    "The leader of a notorious car-theft ring was beaten to death by traders in Eldoret.",
    "Suspected [ISIS] was on Tuesday evening shot dead by soldiers near Palma.",
    "A prison officer suspected of smuggling phones was hacked to death in Naivasha.",
    "Police said Grace Wanjiru, a vegetable vendor, was stabbed to death in Kawangware.",
    "After the suspect was freed on bond he was cornered and killed by a mob in Thika.",
    "It is believed that Odhiambo was murdered over a land row.",
    # Headlines: present tense, no article.
    "Unknown gunmen kill member of a vigilante group in Kisumu",
    "Vigilante mob lynches suspected burglar",
    "Bandits kill Catholic missionary near Maralal",
    "County representative killed outside his home in Migori",
    "Senator's bodyguard shot and killed.",
    "Police detective shot dead while pursuing car thieves",
    "Personal aide of the governor killed by knife wound.",
    # The object of two verbs; the object before "to death".
    "Raiders stormed the farm of a retired teacher, killing and robbing him.",
    "A gang slashed a boy to death in Mathare.",
    # Set on fire: a killing when it is done to a person.
    "Villagers in Kisii set a suspected witch ablaze.",
    "A crowd beat him up and set him on fire near the market.",
    "They beat up Peter Mwangi and lynched him before setting his car on fire.",
]
# Sentences where no one is killed.
NO_DEATH = [
    # Lynched but rescued or alive: ACLED counts no death.
    "A suspected thief was lynched by residents of Kayole. Police rescued him and took him to hospital.",
    "A man is lynched by a crowd in Ruiru and nearly killed before officers rescue him.",
    "Youths lynched a suspected robber in Kondele; he was rushed to hospital in critical condition.",
    "Police rescued a woman from a lynch mob in Kisii.",
    # A negated subject, a thing set on fire, injuries only.
    "No passenger was hurt when the bus came under fire near Garsen.",
    "The chief's office was set ablaze by rioters in Kapedo.",
    "A trader was shot in the leg by robbers in Githurai and admitted to hospital.",
    "A herder was injured when raiders attacked a manyatta in Tiaty.",
    # Things set on fire, and people set on fire who lived.
    "Rioters set a matatu and the chief's office ablaze in Kapedo.",
    "Two houses were set on fire by raiders overnight.",
    "Three traders were attacked and set alight by a gang. Only injuries were reported.",
    "Youths doused a herder in petrol and set him on fire; he was rescued by neighbours.",
    # A death that is the cause of the reported event.
    "Residents rioted after a hawker, Mr. Juma Ali, was shot by police in Kitengela.",
    "On Monday, after gunmen killed a herder, police arrested three suspects in Isiolo.",
    # A death long past: background to what is reported.
    "Relatives of a student killed two years ago marched to the police station in Kisumu.",
]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [(sentence, 1) for sentence in ONE_VICTIM] + [(sentence, 0) for sentence in NO_DEATH] + [
        # A lynching counts unless the victim lived; another person's escape changes nothing.
        ("A mob lynched a suspected cattle thief in Kuria. Two other suspects escaped.", 1),
        ("Residents lynched two suspects in Kisii; a third was rescued by police.", 2),
        # The same victim told again, by surname, pronoun or a definite noun.
        ("Jane Akinyi, a nurse, was shot dead in Kisumu. Akinyi was killed on her way home.", 1),
        ("A trader was shot dead in Eldoret. He was killed outside his shop.", 1),
        ("Raiders shot dead a herder in Baragoi. The victim was shot dead as he watered cattle.", 1),
        # A surname after a title continues the sentence: the cause stays background.
        ("Riots broke out after a teacher, Mr. Otieno, was hacked to death. Mr. Otieno was killed in Rongo.", 0),
        # "Another" figures from other reports add to the first ones.
        ("Five people were killed in Bute. Unconfirmed reports say another four were killed in Gurar.", 9),
        # Two titles of one person with a singular verb; coordinated victims with a plural one.
        ("A pastor and community elder, John Lokwang, was found dead in Lodwar.", 1),
        ("A pastor and a community elder were found dead in Lodwar.", 2),
        ("Three robbery suspects were set on fire by a vigilante group in Machakos.", 3),
    ],
)  # fmt: skip
def test_casualties_one_victim_count(text: str, fatalities: int) -> None:
    result = count_casualties(text, 0, len(text))
    assert result.fatalities == fatalities, result.reason
