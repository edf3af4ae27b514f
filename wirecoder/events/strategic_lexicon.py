"""The lexicon of strategic-development cues (arrests, seized weapons, agreements, bases, destruction,
ground handed over, other developments) and of claims of responsibility: each family's words and phrases,
as one regular expression over the lower-cased sentence, as in :mod:`wirecoder.events.lexicon`."""

from __future__ import annotations

from wirecoder.events.lexicon import PROPERTY, words

__all__ = ["STRATEGIC_PATTERNS"]

# family -> pattern, after the families of violence and demonstrations in the cues' order.
STRATEGIC_PATTERNS: dict[str, str] = {
    "arrest": words(r"arrest(?:ed|s|ing)?(?! warrants?)", r"detain(?:ed|ing|s)?", r"apprehend(?:ed)?", r"in custody",
                    r"rounded up", r"nabbed", r"held for questioning", r"taken into custody", r"detention"),
    # (explosive arms seized: "seized 20 mortar shells", "recovered two landmines")
    "weapons": words(r"defus(?:ed|e|ing)", r"deactivat(?:ed|e|es|ing)", r"seiz(?:ed|es?|ure of) (?:[\w-]+ ){0,5}?(?:weapons|arms|arsenals?|firearms|ammunition|explosives|explosive materials?|guns|rifles|rounds|bullets|grenades|ieds?|bomb-making|"
                     r"(?:land)?mines|shells|mortars|rockets|launchers)",
                     r"recover(?:ed|ing|s)? (?:\w+ ){0,3}(?:weapons|arms|ammunition|explosives|guns|rifles|rounds|bullets|grenades|ieds?|"
                     r"(?:land)?mines|shells|mortars|rockets|launchers)",
                     r"confiscat(?:ed|ion|es?)", r"arms caches?", r"weapons caches?",
                     # "a cache of high-powered firearms", "caches of AK-47 rifles and ammunition"
                     r"caches? of (?:[\w-]+ ){0,2}?(?:weapons|arms|firearms|explosives|guns|rifles|ammunition|grenades|bombs)",
                     r"(?:bomb|explosive) disposal", r"disarm(?:ed)? (?:the )?(?:device|bomb|ied)", r"safely detonated",
                     r"controlled explosion",
                     # a device taken apart; a camp or hideout dismantled is no weapon stopped ("other_sd")
                     r"dismantl(?:e|ed|es|ing)(?! (?:(?:a|an|the|its|their|his|several|two|three|[\w'’-]+['’]s?) )?"
                     r"(?:[\w'’-]+ ){0,3}?(?:camps?|hide-?outs?|bases?|training (?:camps?|centres?|centers?)|hideaways?|"
                     r"shops?|stalls?|kiosks?|structures?|roadblocks?|barricades?|checkpoints?|networks?|cells?)\b)",
                     # the forces setting off or destroying a device they found: "police later detonated the explosive"
                     r"(?:police|policemen|officers|soldiers|troops|army|bomb (?:squad|disposal)|experts|sappers|"
                     r"engineers|technicians) (?:[\w'’-]+ ){0,6}?(?:detonated|destroyed|defused|disposed of|"
                     r"neutrali[sz]ed) (?:[\w'’-]+ ){0,4}?(?:explosives?|devices?|bombs?|ieds?|mines?|grenades?|shells?)"
                     r"(?! (?:that|which) (?:had )?(?:killed|wounded|injured))",
                     r"discover(?:ed|s)? (?:\w+ ){0,3}(?:explosives?|bombs?|weapons|ieds?|grenades?)",
                     # ordnance cleared from the ground: "sappers removed 48 anti-tank mines", "cleared fields of
                     # unexploded shells", "deminers neutralised 300 explosive items", "demining teams"
                     r"(?:remov|clear|lift|collect|neutrali[sz]|disarm|disabl|destroy)(?:ed|es|ing|s)? (?:[\w,'’-]+ ){0,5}?"
                     r"(?:(?:land|anti-tank|anti-personnel|anti-vehicle|naval) ?mines|explosive (?:ordnance|objects|items|remnants)|"
                     r"unexploded (?:ordnance|munitions|shells|bombs|devices|rockets|missiles|submunitions)|uxos?|"
                     r"cluster (?:munitions|bomblets|submunitions)|submunitions|ordnance)\b",
                     r"demin(?:ing|ed|ers?)", r"mine clearance", r"(?:cleared|clearing|clear) of (?:[\w-]+ )?(?:mines|ordnance)",
                     # "a bomb was found in a bus", "police intercepted a truck carrying explosives"
                     r"(?:bombs?|explosives?|ieds?|grenades?|(?:explosive )?devices?) (?:\w+ ){0,3}?(?:found|discovered|"
                     r"uncovered|intercepted|disabled|removed|defused)",
                     r"(?:f(?:i|ou)nds?|uncover(?:s|ed)?|intercept(?:s|ed)?) (?:\w+ ){0,4}?(?:bombs?|explosives?|ieds?|"
                     r"grenades?|explosive devices?)", r"unexploded", r"failed to (?:explode|detonate)",
                     r"dispos(?:ed|al) of (?:the |an |a )?(?:device|bomb|explosive)s?",
                     # air defences stopping what was fired: "shot down 16 drones", "intercepted two missiles"
                     r"(?:shot|shoots?|shooting|brought|bringing) down (?:[\w-]+ ){0,3}?"
                     r"(?:drones?|missiles?|rockets?|projectiles?|uavs?)",
                     r"(?:intercept|down)(?:ed|s|ing)? (?:[\w-]+ ){0,3}?(?:drones?|missiles?|rockets?|projectiles?|uavs?)",
                     # told after the launch: "Saudi air defences intercepted it", "the missile was shot down"
                     r"air defen[cs]es? (?:[\w-]+ ){0,3}?(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)",
                     r"(?:drones?|missiles?|rockets?|projectiles?|uavs?) (?:[\w-]+ ){0,5}?(?:was|were) "
                     r"(?:intercepted|shot down|downed)"),
    "agree": words(r"ceasefires?", r"cease-fires?", r"truces?", r"peace (?:deal|agreement|accord|pact)s?",
                   r"sign(?:s|ed|ing)? (?:an? |the )?(?:\w+ ){0,2}(?:agreement|deal|accord|pact|memorandum)s?",
                   r"prisoner (?:swap|exchange)", r"cessation of hostilities", r"armistice", r"non-aggression pact",
                   # "reached an agreement to end hostilities", "sealed a power-sharing deal", "struck a deal to
                   # release the hostages": a deal of war or peace, not one over pay ("a deal to end the strike")
                   r"(?:reach|strik|struck|seal|clinch|broker)(?:ed|es|ing|s)? (?:an? |the )?(?:[\w-]+ ){0,2}?"
                   r"(?:agreement|deal|accord|pact|understanding|settlement)s? to (?:end|halt|stop|cease)(?! (?:the |their |a "
                   r")?(?:[\w-]+ )?(?:strikes?|industrial action|go-slow|boycott|sit-in|dispute)\b)",
                   r"(?:reach|strik|struck|seal|clinch|broker)(?:ed|es|ing|s)? (?:an? |the )?(?:peace|ceasefire|truce|"
                   r"power-sharing|security|disarmament|evacuation|reconciliation) (?:agreement|deal|accord|pact)s?", r"(?:exchange|swap) of (?:\w+ ){0,2}prisoners",
                   r"(?:exchang|swapp)(?:ed|ing) (?:[\w,-]+ ){0,3}?(?:prisoners|detainees|captives|prisoners of war|pows)", r"agreed to (?:a |an )?(?:ceasefire|truce|halt|end|release|exchange|withdraw)"),
    "group_change": words(
                          # forces arriving, before the bare words a weak cue would take: "Wagner reinforcements
                          # arrived in Soledar", "troops were airlifted to Pemba"
                          r"(?:reinforcements|troops|soldiers|forces|fighters|contingents?|battalions?|units) "
                          r"(?:were |have |had )?(?:arrived|sent|dispatched|airlifted|relocated) (?:in|to|at)",
                          # a group turning to war or back to it: "declared it was in a state of war with the
                          # junta", "resumed armed operations", "ended its participation in the peace accord"
                          r"(?:in|into|a) state of war\b", r"declar(?:ed|es|ing|e) (?:an? )?(?:open |total |all-out |armed )?"
                          r"war (?:on|against) (?:the )?(?:[\w'’-]+ ){0,2}?(?:government|junta|regime|army|military|state|forces)",
                          r"resum(?:e|ed|es|ing) (?:its |their |the )?(?:armed |military )?(?:struggle|hostilities|armed operations)",
                          r"(?:took|take|taking|takes) up arms", r"(?:switch|chang)(?:ed|es|ing)? sides",
                          # a group ending its neutrality or entering a war: "abandoned its neutrality", "joined the
                          # war on the army's side", "entered the conflict alongside the RSF"
                          r"(?:abandon|end|drop|renounc|relinquish|break|br[eo]k)(?:ed|ing|s|e|es|en)? (?:its|their) neutrality",
                          r"(?:join|enter)(?:ed|s|ing)? (?:the )?(?:war|fighting|conflict|fight)(?= (?:alongside|on the side|"
                          r"against|with|in support)\b)",
                          r"join(?:ed|s|ing)? (?:forces with|the ranks of)",
                          r"(?:withdr(?:ew|aws?|awn)|pull(?:ed|s)? out|suspend(?:ed|s)? (?:its|their) participation) "
                          r"(?:from|in) (?:the |a )?(?:[\w'’-]+ ){0,2}?(?:peace (?:process|talks|accord|agreement|deal))",
                          # a new name or leader: "renamed itself", "named a new emir", "appointed a new commander"
                          r"renam(?:ed|es|ing) (?:itself|themselves)", r"(?:changed|changes|changing) (?:its|their) name",
                          r"(?:named|appointed|chose|elected|announced) (?:a |its |their )?new (?:leader|commander|emir|chief|head)",
                          r"pledged allegiance", r"defect(?:ed|ion|ions)", r"surrender(?:ed)?", r"merg(?:ed|er)",
                          r"split from", r"formed a new", r"announced the formation", r"launched a new (?:group|movement|militia)",
                          r"disband(?:ed)?", r"laid down (?:their|its) (?:arms|weapons)", r"renounced violence",
                          # Movements of forces and recruitment change what a group can do (ACLED).
                          r"(?:re)?deploy(?:s|ed|ing|ment)", r"mobili[sz](?:e|es|ed|ing|ation)", r"reinforcements",
                          r"recruit(?:s|ed|ing|ment)", r"oath(?:ing|-taking| taking)",
                          r"(?:moved|moving|crossed|crossing) (?:\w+ ){0,2}into",
                          # an armed group shutting towns down by threat (Colombia's "paro armado"): what the
                          # group does, not a crowd's strike
                          r"armed strikes?",),
    "base": words(r"(?:set(?:ting)? up|set|established|built|opened) (?:a |an |its |their )?(?:new )?(?:military |command |operations |forward )?"
                  # plural too ("built camps on islands in Lake Chad"); not camps for the displaced
                  r"(?:bases?|camps?|headquarters|outposts?|command posts?|command cent(?:re|er)s?)"
                  r"(?! for\b| to (?:house|shelter|host|accommodate)\b)",
                  # "set up new positions and a command post": words of its own between, none a preposition
                  # ("built a road to the base" is no base)
                  r"(?:set(?:ting)? up|established|built) (?:(?!(?:to|near|at|in|from|for|of|outside|inside|"
                  r"by|around)\b)[\w-]+ ){1,4}?(?:bases?|camps?|outposts?|command posts?|headquarters)(?! for\b)"),
    "loot": words(r"loot(?:ed|ing)", r"burn(?:ed|t|s|ing)? down", r"br(?:oke|oken|eaking|eaks?) into",
                  # "burned a police camp", "burn their dorm", "torched two matatus", "damaged cars"
                  r"(?:burn(?:s|ed|t|ing)?|destroy(?:s|ed|ing)?|damag(?:e|es|ed|ing)|vandali[sz](?:e|es|ed|ing)|"
                  rf"raz(?:e|es|ed|ing)) (?:[\w'’-]+ ){{0,3}}?{PROPERTY}",

                  r"torched(?! (?:[\w'’-]+ ){0,2}?(?:effig|flag))", r"destruction of (?:[\w'’-]+ )?property", r"property destruction",
                  r"demolish(?:ed)?", r"ransacked",
                  rf"(?:pull|tore|tear)(?:s|ed|ing)? down (?:[\w'’-]+ ){{0,3}}?{PROPERTY}", r"set (?!(?:an? |the |their |his |her )?(?:effig|flag))(?:[\w'’-]+ ){0,4}?(?:ablaze|alight|on fire)",
                  r"set(?:ting)? (?:a )?fires? (?:to|at|on)", r"arson", r"vandali[sz]ed", r"petrol[- ]bomb(?:ed|s|ing)"),
    # Damage told in the passive, with no one doing it ("ODM offices were burnt"): no event of its
    # own ("Their vehicle was destroyed" after a blast), but it makes a demonstration violent.
    "damaged": words(rf"{PROPERTY} (?:were|was|had been|have been|has been|being) (?:\w+ )?"
                     r"(?:burn(?:ed|t)|destroyed|damaged|vandali[sz]ed|razed|torched|set ablaze)"),
    "transfer": words(r"withdr(?:ew|awn) (?:from|across)",
                      r"withdr(?:ew|awn) (?:its|their|the) (?:\w+ )?(?:forces|troops|fighters) (?:from|out of)",
                      r"pulled (?:its|their|the) (?:\w+ )?(?:forces|troops|fighters) out of", r"handed (?:over )?control",
                      r"hand(?:ed|s|ing)? (?:over )?(?:their |its |the )?(?:[\w-]+ ){0,3}?(?:base|camp|positions?|barracks)",
                      # ground handed on: "handed the town over to the army", "handed over the city"
                      r"hand(?:ed|s|ing)? (?:over )?(?:the |their |its )?(?:town|city|village|district|area|port|"
                      r"airport|territory|region|province|garrison|outposts?)(?: over)? to\b",
                      # "after Armenia handed over the area under the ceasefire": the ground, told as handed over
                      r"hand(?:ed|s|ing)? over (?:the |their |its |that |this )?(?:[\w'’-]+ ){0,2}?(?:town|city|village|district|area|"
                      r"port|airport|territory|region|province|garrison|outposts?|enclave|corridor)s?\b",
                      r"hand(?:ed|s|ing)? (?:the |their |its )?(?:town|city|village|district|area|port|airport|"
                      r"territory|region|garrison|outposts?) over\b", r"pulled out of", r"took over (?:\w+ ){0,4}without (?:a )?(?:fight|resistance)",
                      r"without a shot", r"peacefully took",
                      # ground left to whoever comes: "entered Hombori, which jihadists had abandoned the day before",
                      # "the army vacated its base in Tessit" (a village abandoned is its people fleeing; positions
                      # "abandoned" are mostly lost to an attack: "took Mosul after the army abandoned its positions")
                      r"(?:vacat|evacuat)(?:ed|ing|es|s)? (?:the |their |its |his )?(?:[\w'’-]+ ){0,2}?"
                      r"(?:(?:military|army|police) )?(?:bases?|positions|posts|outposts?|barracks|garrisons?)\b",
                      r"(?:which|that) (?:[\w'’-]+ ){1,3}?had (?:abandoned|vacated|deserted|evacuated)\b",
                      # "troops entered Manbij under a Russian-brokered deal"
                      r"(?:entered|moved into|deployed (?:in|to)) (?:[\w'’()-]+ ){0,4}?(?:under|as part of|in line with) "
                      r"(?:a |an |the )?(?:[\w-]+ ){0,3}?(?:deal|agreement|accord|arrangement)",
                      # "insurgents took over the village and preached": no fighting reported
                      r"(?:t(?:ake|akes|ook|aken|aking)|overt(?:ake|akes|ook|aken|aking)) over (?!as\b|from\b|"
                      r"(?:the |his |her |their |its )?(?:role|post|office|leadership|presidency|management|running|"
                      r"company|business|duties|responsibility|command)\b)", r"overt(?:ook|akes|aken) (?!by\b)"),
    "other_sd": words(
                      # a camp or hideout taken apart with no fight or weapons told (ACLED: Other); what was
                      # found in it ("weapons were recovered") makes it a disrupted weapons use
                      r"dismantl(?:e|ed|es|ing) (?:(?:a|an|the|its|their|several|two|three) )?(?:[\w'’-]+ ){0,3}?"
                      r"(?:camps?|hide-?outs?|bases?|training (?:camps?|centres?|centers?)|hideaways?)",
                      r"crackdown", r"martial law", r"mass graves?", r"evict(?:ed|ion|ions)", r"cracks? down", r"curfew",
                      r"state of emergency", r"launched (?:a |an )?(?:military |security )?(?:operation|offensive|campaign)",
                      r"security operation", r"military operation", r"patrols?", r"offensives?",
                      # coders' "ANDSF conducted clearing operations in Achin district"
                      r"(?:clearing|mop-?up|counter-?(?:terrorism|insurgency)) operations?"),
    "claim": words(r"claimed responsibility", r"claimed the attack", r"claimed (?:the )?(?:bombing|killing|strike)"),
}
