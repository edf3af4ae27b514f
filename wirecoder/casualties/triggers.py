"""The death and injury words of casualty reports, and the trigger that finds them.

Each death or injury word (a verb, "shot six of the robbers dead", "died", a toll or an injury noun)
is a named group of :data:`TRIGGER`, which :mod:`wirecoder.casualties.mentions` ties to the victims
it governs; :data:`TRIGGER_HINT` finds the sentences worth trying it on.
"""

from __future__ import annotations

import re

__all__ = ["EUPHEMISM", "FIRE", "TRIGGER", "TRIGGER_HINT"]

DEATH_VERB = (
    r"kill(?:ing|s)?|kil{1,3}i?ed|murder(?:ed|ing|s)?(?!\s+(?:suspects?|victims?|cases?|charges?|trial))"
    r"|lynch(?:ed|ing|es)?(?!\s+mobs?\b)|behead(?:ed|ing|s)?|execut(?:ed|ing|es)|assassinat(?:e|ed|ing|es)"
    r"|massacr(?:ed|ing|es)|slaughter(?:ed|ing|s)?|slain|gun(?:s|ned)?\s+down|decapitat(?:ed|ing|es)"
    # "Two soldiers were martyred": how Pakistani, Iranian and Arab copy tells its side's dead.
    r"|martyred"
    # "Militiamen drowned two fishermen", "three were drowned": the transitive and passive uses.
    r"|drown(?:ed|ing|s)(?!\s+out\b)"
    r"|shot\s+dead|shoot(?:s|ing)?\s+dead|shot\s+and\s+killed"
    r"|(?:hack(?:ed|s)?|stab(?:bed|s)?|beat(?:en|s)?|burnt|burn(?:ed|s)?|ston(?:e|ed|es)|macheted"
    r"|club(?:bed|s)?"
    r"|trampled|tortured|battered|crushed|strangled|choked)\s+to\s+death|KIA|killed\s+in\s+action"
    r"|burn(?:t|ed|s)?\s+alive|set\s+(?:ablaze|alight|on\s+fire)"
    # "Assailants slit the throats of seven villagers": how reports of massacres tell the killing.
    r"|(?:slit|slitting|slits|cut|cutting|cuts)\s+the\s+throats?\s+of"
    r"|(?<![-\w])fatally\s+(?:shot|stabbed|wounded|injured)|shot\s+fatally"
    # A side's own dead told as its loss: "repelled the attack, losing three of their own", "the army lost 12 soldiers".
    r"|los(?:ing|t|es?)(?=\s+(?:at\s+least\s+|about\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+(?:their|its|his|our)\s+"
    r"(?:own|men|soldiers|fighters|comrades)|soldiers|troops|men|officers|policemen|fighters|personnel|comrades)\b)"
    # Military euphemisms ("troops neutralised 17 terrorists"): counted for people only.
    r"|neutrali[sz](?:ed|ing|es)|eliminat(?:ed|ing|es)"
    # Any other manner of killing: "speared to death", "axed to death" (not "sentenced to death").
    r"|(?!sentenc|condemn|bor|scar|frighten|bor|star|put\b)[a-z]+(?:ed|en|t)\s+to\s+death"
)
# A verb, its object, then "dead" / "to death": "shot six of the robbers dead".
OBJECT_DEATH = (
    r"(?:shot|shoots?|shooting|stone[sd]?|stoning|hack(?:s|ed|ing)?|beat(?:s|ing|en)?(?:\s+up)?"
    # "gunned" only: "guns" is far more often the noun ("youths armed with guns shot dead a trader").
    r"|burn(?:s|ed|t|ing)?|club(?:s|bed|bing)?|stab(?:s|bed|bing)?|gunned"
    r"|slash(?:es|ed|ing)?|chop(?:s|ped|ping)?|strangl(?:es?|ed|ing)|spear(?:s|ed|ing)?"
    r"|bludgeon(?:s|ed|ing)?|batter(?:s|ed|ing)?|tortur(?:es?|ed|ing)|lynch(?:es|ed|ing)?|sets?|setting)"
    # The object never holds a verb of its own ("the stabbing of a teacher was beaten to death").
    # The object never opens with "and" or "or": "beat up and burnt to death a thief" has it
    # after, "were stabbed or hacked to death" none. Nor with a killing verb: "shot dead" is
    # the verb, not "guns" + "shot" + "dead"; "burned tyres and police shot dead two" has another
    # verb's object.
    r"\s+(?P<obj>(?!and\s|or\s|shot\s|shoot)(?:(?!dead\b|to\s+death\b|ablaze\b|alight\b|on\s+fire\b"
    r"|\b(?:was|were|is|are|been|set|before|after|while|when|shot)\b"
    r"|\band\s+(?:\w+(?:ed|ing)|burnt|beat|shot|set|hit|cut)\b)"
    r"[^.;:,\n]){1,60}?)"
    r"\s+(?:dead|to\s+death|alive|ablaze|alight|on\s+fire)"
)
# Setting someone on fire: a killing in mob-justice reports, but only of people, never of
# the houses, cars and offices that are set on fire far more often.
FIRE = re.compile(r"\b(?:ablaze|alight|on\s+fire)$", re.IGNORECASE)
# Killing words that as often take things ("neutralised an IED", "eliminated the threat").
EUPHEMISM = re.compile(r"^(?:neutrali|eliminat)", re.IGNORECASE)
DEATH_INTRANS = (
    r"died|dies|die|dead(?!\s+(?:bod|man|woman|soldier|person|people))|perished"
    # "Eleven prisoners suffocated", "were asphyxiated in the fire": deaths told by their manner.
    r"|suffocated|asphyxiated"
    # "he later succumbed to his injuries": a death, counted from its subject like "died".
    r"|succumb(?:ed|s)?(?=\s+to\s+(?:\w+\s+){0,2}?(?:injuries|wounds))"
    # "Two soldiers embraced martyrdom": Pakistani military copy for its own dead.
    r"|(?:embraced?|embracing|attained)\s+(?:martyrdom|shahadat)"
)
DEATH_NOUN = (
    r"death\s+(?:toll|total|count)"
    # "the toll later climbed to 12": a bare "toll" only as it is revised.
    # "The toll from an attack on two villages in western Niger on January 2 has risen to 105".
    r"|(?<!casualty\s)toll(?=\s+(?:(?:from|in|of)\s+(?:[\w'’#(),-]+\s+){0,12}?|(?:[\w'’-]+\s+){0,5}?)(?:rose|risen|raised|revised|climbed|increased|jumped|reached"
    r"|went\s+up|rises|climbs|increases|jumps|reaches|goes\s+up|(?:is|was)\s+now|now\s+(?:stands|stood)\s+at)\s)"
    # ... or as it is brought to or put at a figure: "bringing the toll to 7", "put the toll at 30".
    r"|(?:(?<=bringing\sthe\s)|(?<=brought\sthe\s)|(?<=taking\sthe\s)|(?<=raising\sthe\s)"
    r"|(?<=put\sthe\s)|(?<=puts\sthe\s)|(?<=putting\sthe\s)|(?<=revised\sthe\s)|(?<=lowered\sthe\s)"
    # ... or as a source revises it: "later raised the toll to 15", "updated the toll to 31".
    r"|(?<=raised\sthe\s)|(?<=raises\sthe\s)|(?<=revises\sthe\s)|(?<=revising\sthe\s)|(?<=updated\sthe\s)"
    r"|(?<=updates\sthe\s)|(?<=raised\sits\s)|(?<=revised\sits\s)|(?<=updated\sits\s)"
    r")toll(?=\s+(?:(?:down|up)(?:wards?)?\s+)?(?:to|at)\s)"
    # ... or stated as a figure: "the toll was 48", "the final toll was reported as 141".
    r"|(?<!casualty\s)toll(?=\s+(?:is|was)\s+(?:\w+ly\s+)?(?:(?:estimated|reported|given|put|set|confirmed|recorded)\s+(?:at|as)\s+)?"
    r"(?:at\s+least\s+)?\d)"
    # ... or given as a figure: "the government gave a toll of 65".
    r"|(?:(?<=gave\sa\s)|(?<=gave\sthe\s)|(?<=gives\sa\s)|(?<=giving\sa\s)|(?<=give\sa\s))toll(?=\s+of\s)"
    # ... or by a word standing for it: "officials later revised it to 115", "raised the figure to 26".
    r"|(?:(?<=revised\s)|(?<=raised\s)|(?<=lowered\s)|(?<=updated\s)|(?<=revising\s)|(?<=raising\s))"
    r"(?:it|(?:the|this|that)\s+(?:figure|tally))(?=\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:at\s+least\s+)?\d)"
    # "death squads", "death threats": other nouns
    r"|deaths?(?![\s\"'”-]+(?:squads?|threats?|row|penalty|sentences?|warrants?|certificates?)\b)"
    r"|fatalit(?:y|ies)|bod(?:y|ies)(?!\s*-?guards?)|corpses?|lives"
    # "left 5 martyrs and 20 wounded": Arab and Iranian copy's dead (a figure is required).
    r"|martyrs(?![\'’]|\s+(?:brigades?|square|day|battalion|cemetery|memorial|foundation)\b)"
)
# "wounds" is left out: far more often the noun ("died of gunshot wounds") than the verb.
INJURY_VERB = r"injur(?:ed|ing|es)|wound(?:ed|ing)?|hurt(?:ing|s)?|maim(?:ed|ing|s)?"
INJURY_NOUN = (
    r"(?:sustained|suffered|sustaining|suffering)\s+(?:\w+\s+){0,2}?(?:injuries|wounds)"
    # "14 were treated for gunshot wounds", "seven protesters were admitted to hospital with bullet wounds"
    r"|(?:treated|hospitali[sz]ed)\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)"
    r"|(?:admitted|rushed|taken)\s+to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+)?hospital\s+with\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)"
    r"|injuries"
)

TRIGGER = re.compile(
    rf"\b(?:(?P<do>{OBJECT_DEATH})|(?P<dv>{DEATH_VERB})|(?P<di>{DEATH_INTRANS})"
    rf"|(?P<dn>{DEATH_NOUN})|(?P<in>{INJURY_NOUN})|(?P<iv>{INJURY_VERB}))\b",
    re.IGNORECASE,
)
# A word every TRIGGER match holds (a superset: "die" also in "died", "kil" in "shot and killed"),
# found about four times faster: most sentences have none, and TRIGGER's open "[a-z]+ed to death"
# is tried at every word of them.
TRIGGER_HINT = re.compile(
    r"\b(?:kil|murder|lynch|behead|execut(?:ed|ing|es)|assassin|massacr|slaughter|slain|gun(?:s|ned)?\s+down"
    r"|decapit|martyr|dead|death|die|alive|ablaze|alight|on\s+fire|fatal|kia|neutrali|eliminat|perish|succumb|drown|suffocat|asphyxiat|los(?:ing|t|es?)\s"
    r"|toll|bod(?:y|ies)|corpse|lives|injur|wound|hurt|maim|throat)",
    re.IGNORECASE,
)
