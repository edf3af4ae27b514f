"""Cues read in the sentence as written, where the capitals tell a place's name: a town taken,
entered, stormed or driven out of by name ("captured Avdiivka after", "HTS-led rebels entered
Damascus", "militants storm Gamboru")."""

from __future__ import annotations

import re

__all__ = ["CASED"]


# A place taken by name ("captured Avdiivka after", "seized Laukkai town"): read in the sentence as
# written, since only the capital tells a town from "captured two soldiers"; a name followed by a
# comma may be a person's ("captured Ahmed Ali, a commander"), so only a unit word or a time or
# source phrase may follow.
# "Russian forces took Vuhledar (Donetsk) on 1 October 2024 after a two-year assault": "took" too, said of
# forces, and a date may follow the name.
_DATE_NEXT = (r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2} [A-Z][a-z]+|"
              r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d)")
_PLACE_TAKEN = re.compile(
    r"\b(?P<cue>(?:captur(?:ed|es|ing)|seized|overran) (?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) )"
    rf"(?=(?:\([A-Z][\w -]{{1,30}}\) )?(?:town|city|village|district|base|airport|from|after|{_DATE_NEXT}|"
    r"overnight|early|late|last)\b)"
)
_FORCES_TOOK = re.compile(
    r"\b(?i:forces|troops|army|rebels|fighters|militants|insurgents|jihadists|militias|militiamen|guerrillas) "
    r"(?:had |have )?(?P<cue>took (?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) )"
    rf"(?=(?:\([A-Z][\w -]{{1,30}}\) )?(?:town|city|village|district|base|airport|from|after|{_DATE_NEXT}|"
    r"overnight|early|late|last)\b)"
)

# ... or a place by what the words after its name call it: "seized Sinja, the capital of Sennar state",
# "captured Kidal, a rebel stronghold" ("captured Ahmed Ali, a commander" names a person).
_PLACE_CALLED = re.compile(
    r"\b(?P<cue>(?:captur(?:ed|es|ing)|seized|overran) (?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))(?=, (?:the|a|an) "
    r"(?:[\w-]+ ){0,2}?(?:capital|town|city|village|seat|hub|port|stronghold)\b)"
)

# A town's name as notes write it: words in capitals, with the particles of Arabic and Persian names
# between them ("Mazar-e Sharif", "Deir ez-Zor", "Ras al-Ain"); and the note's own "(Admin2, Admin1)".
_TOWN = r"[A-Z][a-z]+(?:(?:[ -]|-[a-z]{1,2}[ -]| [a-z]{1,2}-)[A-Z][a-z]+){0,2}"
_NOTE_PLACE = r"\([A-Z][\w ,'’-]{1,40}\)"

# A town entered by armed rebels ("HTS-led rebels entered Damascus on Sunday"): taken, when no act follows
# ("militants entered Mandera and hijacked two trucks" is a raid) and the ones entering are irregulars,
# not a crowd ("protesters entered the square") or state troops (which may enter by agreement).
_PLACE_ENTERED = re.compile(
    r"\b(?i:rebels|insurgents|militants|fighters|jihadists|militiamen|militias|guerrillas|factions) (?:had |have )?"
    rf"(?P<cue>entered (?:the (?:town|city|capital|village) of )?{_TOWN})(?: {_NOTE_PLACE})?"
    r"(?= ?(?:\.|(?:town|city|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|after|"
    r"early|late|last|unopposed|without)\b))"
)
# ... or by any forces once the other side left ("Russian forces entered Avdiivka after Ukrainian troops
# withdrew"): ground changing hands, whoever enters.
_ENTERED_AFTER_WITHDRAWAL = re.compile(
    r"\b(?i:forces|troops|soldiers|army|military|fighters|rebels|militants|insurgents|factions) (?:had |have )?"
    rf"(?P<cue>(?:entered|(?:moved|rolled|marched) into) (?:the (?:town|city|capital|village) of )?{_TOWN})"
    rf"(?: {_NOTE_PLACE})?(?= (?:(?:unopposed|without (?:a |any )?(?:fight|fighting|resistance)) )?(?:after|as) (?:[\w'’-]+ ){{1,4}}?"
    r"(?:withdrew|had withdrawn|pulled out|retreated|fled)\b)"
)
# ... or entered, taken or left with no fight, by anyone but a crowd ("The Taliban entered Mazar-i-Sharif (Balkh)
# on 14 August without a fight", "the rebels also took Kiwanja unopposed", "Russian troops abandoned the town of
# Dudchany without a fight"): ground changing hands (classify finds no fight told and makes it a transfer);
# "protesters entered Tahrir Square unopposed" and "villagers abandoned the town" took or gave no ground.
_CROWDS = ("protesters", "demonstrators", "marchers", "crowds", "crowd", "supporters", "students", "workers",
           "residents", "mourners", "worshippers", "fans", "pilgrims", "activists", "strikers", "villagers",
           "civilians", "families", "people", "inhabitants", "farmers")
_PLACE_UNOPPOSED = re.compile(
    "".join(rf"(?<!(?i:{c}) )" for c in _CROWDS)
    + r"\b(?P<cue>(?i:entered|took|seized|captured|(?:moved|rolled|marched|walked) into|abandoned|ceded|surrendered|"
    r"gave up|evacuated|vacated) (?:the (?:[\w-]+ )?(?:town|city|village|port|district) of )?"
    rf"{_TOWN})(?: {_NOTE_PLACE})?"
    rf"(?=(?: {_DATE_NEXT}(?: \d{{4}})?)?,? (?:(?i:largely|almost|virtually|mostly) )?(?:unopposed|without (?:a |any )?"
    r"(?:fight|fighting|resistance|shots?|a shot)\b))"
)
# ... or by driving the other side's forces out of it ("Ukrainian troops drove Russian forces out of the
# village of Robotyne", "pushed al-Shabaab out of Bulo Burde"): ground taken, the fight implied. The ones
# driven out are armed or named, so "drove hawkers out of the market" and "forced families out of Goma"
# are no taking of ground; "chased ... out" is a crowd's verb ("villagers chased the bandits out").
_DRIVEN_OUT = re.compile(
    r"\b(?P<cue>(?i:drove|driven|drive|drives|driving|pushed|push|pushes|pushing|forced|forcing|expelled|"
    r"expel|expels|expelling|ousted|oust|ousts|ousting|flushed|routed) "
    r"(?:(?!(?i:residents|families|villagers|people|civilians|farmers|herders|traders|students|hawkers|squatters|"
    r"protesters|demonstrators|thousands|hundreds)\b)[\w'’-]+ ){0,3}?"
    r"(?:(?i:forces|troops|soldiers|fighters|militants|rebels|insurgents|jihadists|militiamen|militias?|gunmen|"
    r"terrorists|bandits|army|enemy|occupiers|invaders|al-shabaa?b)|[A-Z][\w'’-]+) "
    r"out of (?:the (?:(?i:town|city|village|district|area|settlement|port|region|county|province) of )?)?"
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
)
# Cues read in the sentence as written (capitals matter), each in its group "cue": a place taken by name.
# A town stormed, in the present of coders' notes ("militants storm Gamboru"); "Storm Daniel" is weather.
_PLACE_STORMED = re.compile(rf"\b(?P<cue>storms? {_TOWN})\b")

# A wanted man caught by the state's forces ("Mexican soldiers captured a cartel leader", "police caught
# two suspects"): an arrest, read with its subject, since armed men who capture people abduct them and
# "captured the town" is ground taken.
_FORCES_CAPTURED = re.compile(
    r"\b(?i:soldiers|troops|police|policemen|officers|marines|agents|army|military|forces|guardsmen|gendarmes|"
    r"commandos|authorities|detectives) (?:[\w'’-]+ ){0,2}?"
    r"(?P<cue>(?i:captur(?:ed|es|ing)|caught) (?:[\w'’()-]+ ){0,4}?(?i:leaders?|commanders?|kingpins?|suspects?|"
    r"chiefs?|ringleaders?|boss(?:es)?|lieutenants?|operatives?|financiers?|members?|militants|fighters|rebels|"
    r"insurgents|gunmen|bandits|kidnappers|traffickers|hitmen|sicarios|capos?|jihadists|terrorists))\b"
)

# Cues read in the text as written, for the capitals that tell a place's name (and an arrest's subject).
CASED = (*(("overtake", p) for p in (_PLACE_TAKEN, _FORCES_TOOK, _PLACE_CALLED, _PLACE_ENTERED,
                                     _ENTERED_AFTER_WITHDRAWAL, _PLACE_UNOPPOSED, _DRIVEN_OUT)),
          ("fight", _PLACE_STORMED), ("arrest", _FORCES_CAPTURED))
