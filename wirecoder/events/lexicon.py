"""The lexicon of event cues: each cue family's words and phrases, as one regular expression over the
lower-cased sentence (:mod:`wirecoder.events.cues` compiles them and finds them in a sentence; the cues
read with their capitals are in :mod:`wirecoder.events.cased`). Here are the families of political
violence and demonstrations; those of strategic developments are in
:mod:`wirecoder.events.strategic_lexicon`."""

from __future__ import annotations

__all__ = ["PROPERTY", "VIOLENT_PATTERNS", "words"]


def words(*alternatives: str) -> str:
    """One alternation of ``alternatives`` between word boundaries."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# Property whose destruction is an event: "burned a police camp", "shops were looted". Not effigies or
# flags: burning one is a demonstration's symbol (ACLED: a peaceful protest), no damage done to anyone.
PROPERTY = (
    r"(?:shops?|stalls?|kiosks?|houses?|homes?|huts?|"
    r"vehicles?|cars?|matatus?|buses|bus|lorr(?:y|ies)|trucks?|motor(?:bike|cycle)s?|tractors?|"
    r"stations?|buildings?|property|properties|premises|offices?|masts?|pylons?|bridges?|power lines?|"
    r"infrastructure|camps?|"
    r"dorms?|dormitor(?:y|ies)|library|classrooms?|schools?|clinics?|churche?s?|mosques?|"
    r"tyres|tires|tyers|ballot (?:papers|boxes|materials)|ballots|materials|crops|granar(?:y|ies)|"
    r"plants?|machines|machinery|equipment|pipes?|gates?|fences?|t-shirts|billboards?)"
)


# People whom "seized" makes abducted ("seized two aid workers", "a tourist was seized", "an engineer was seized").
_SEIZED_PEOPLE = (
    r"(?:people|persons?|civilians?|villagers?|passengers?|workers?|women|girls?|boys?|child|children|students?|men|"
    r"man|woman|hostages?|foreigners?|tourists?|journalists?|priests?|officials?|traders?|farmers?|herders?|"
    r"fisherm[ae]n|crew|sailors?|engineers?|teachers?|nuns?|companions?|residents?|activists?|"
    r"opposition (?:members|leaders|figures|supporters)|politicians?|pastors?|clerics?|imams?|doctors?|nurses?)"
)

# Between the people and "were seized": what describes them ("workers working for an NGO were seized"), not
# a report verb or a thing that is what was seized ("officials said weapons were seized").
_NOT_SAID_OR_SEIZABLE = (
    r"(?!(?:said|says|say|told|reported|added|stated|and|weapons?|arms|guns?|rifles?|ammunition|explosives|drugs|"
    r"vehicles?|cars?|trucks?|goods|cattle|livestock|documents|phones?|cash|money)\b)"
)

# family -> pattern. Order matters only for readability.
# After a word for ground taken: not its people or things ("the town's mayor", "the village chief").
_NOT_PEOPLE_OF_PLACE = r"(?!['’]| (?:chief|head|elder|leader|mayor|hall|council|bus|official)s?\b)"
VIOLENT_PATTERNS: dict[str, str] = {
    # remote violence means
    "air": words(r"air ?strikes?", r"air[- ]raids?", r"air force (?:strikes?|raids?|bombing|bombardment)", r"drone(?:s| strikes?| attacks?)?", r"warplanes?",
                 r"fighter jets?", r"jets? (?:bombed|struck|hit)", r"aerial (?:bombardment|attacks?|bombing)",
                 r"helicopter gunships?", r"bombed from the air", r"air ?craft (?:bombed|struck|hit)",
                 r"barrel bombs?",
                 # fire from the air: "a military helicopter fired on a school", "jets strafed the market"
                 # ... or pounding it: "Russian jets pounded villages", "an army Antonov plane bombed the market"
                 r"(?:helicopters?|gunships?|aircraft|fighter jets?|jets?|warplanes?|planes?|bombers|antonovs?|"
                 r"sukhois?|mig-?\d*s?) "
                 r"(?:(?!(?:and|but|then|after|before|as|while|only|never)\b)[\w-]+ ){0,2}?"
                 r"(?:fired|opened fire|strafed|struck|attacked|shelled|hit|targeted|pound(?:ed|ing|s)?|"
                 r"bomb(?:ed|ing|s)|bombard(?:ed|ing|s)?|hammer(?:ed|ing|s)?|pummel(?:l?ed|l?ing|s)?|batter(?:ed|ing|s)|"
                 r"blast(?:ed|ing|s)?|rocket(?:ed|ing|s)|flatten(?:ed|ing|s)|level(?:l?ed|l?ing|s)|"
                 r"raid(?:ed|ing|s)?|rain(?:ed|ing|s)? (?:bombs|missiles|rockets|fire))", r"strafe[ds]?", r"strafing",
                 # aircraft used to attack: "the army used helicopters to attack fleeing villagers"
                 r"us(?:ed|ing|es) (?:[\w-]+ ){0,2}?(?:helicopters?|gunships?|jets|warplanes?|drones?|aircraft|planes?) "
                 r"to (?:attack|strike|bomb|hit|target|fire on|shell|pound)",
                 # a state's forces bombing from afar: "the military bombed a gathering", "the regime bombed Idlib"
                 r"(?:military|army|air ?force|junta|regime|coalition|warplanes|aircraft|planes|jets) (?:[\w-]+ )?"
                 r"(?:bombed|bombs|bombing|dropped bombs)",
                 # bombs dropped from the air: "a guided aerial bomb hit a hypermarket", "glide bombs"
                 r"(?:guided )?aerial bombs?", r"glide bombs?",
                 r"bombs? dropped (?:by|from) (?:a |an )?(?:aircraft|planes?|helicopters?|drones?|jets?)",
                 # strikes told by what they hit: "forces struck Houthi radar sites", "hit militia targets"; a
                 # ground attack is told on a base or camp, so those are left out; "only struck military
                 # targets" is a denial of what was hit, no strike
                 r"(?<!only )(?<!never )(?:struck|hit|pounded) (?:[\w-]+ ){0,3}?(?:sites|targets|launchers|launch sites|depots?|"
                 r"(?:military|weapons|storage) facilities|installations|command posts?|command centres?|"
                 r"command centers?|air defen[cs]e (?:systems?|batter(?:y|ies))|radars?|airfields?|air ?bases?|"
                 r"firing positions|artillery positions)",
                 # a strike told by its target or its toll, with no weapon named: "a strike on a vehicle killed a
                 # commander", "killed in a US strike"; a workers' strike is on a day or over pay, never on a
                 # convoy (classify lets a named missile or shell decide)
                 r"strikes? (?:on|against|targeting|hit|hitting) (?:[\w'’-]+ ){0,3}?(?:vehicles?|cars?|convoys?|"
                 r"houses?|homes?|buildings?|positions?|posts?|bases?|camps?|hideouts?|compounds?|depots?|"
                 r"strongholds?|headquarters|militants|fighters|commanders?|gatherings?)",
                 r"(?:killed|wounded|injured|destroyed|damaged) in (?:an? |the )?(?:[\w-]+ ){0,2}?strikes?\b",
                 # ... or by its toll as the subject: "Israeli strike kills five in Rafah home", "a strike on Odesa
                 # killed four"; a workers' strike kills no one
                 r"strikes? (?:on (?:[\w'’-]+ ){1,3}?)?(?:kill(?:s|ed)?|wound(?:s|ed)|injur(?:es|ed))\b"),
    "suicide": words(r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vest|(?:car|truck) bomb(?:er|ers|ings?)?|blast)",
                     r"blew (?:himself|herself|themselves) up", r"detonated (?:his|her|their) (?:vest|explosives?)",
                     r"self-detonated",
                     # the bomb worn: "an explosive vest", "detonated explosives strapped to their bodies", "a bomb
                     # belt"; and the bombers Lake Chad reports name by who they are ("two female bombers")
                     r"explosives?[- ](?:laden |packed )?(?:vests?|belts?|jackets?)", r"bomb (?:vests?|belts?)",
                     r"suicide (?:vests?|belts?)",
                     r"(?:explosives?|bombs?|devices?|ieds?) (?:strapped|tied|fastened|attached|hidden) (?:to|under|around|"
                     r"beneath) (?:his|her|their|the (?:attacker|bomber)s?['’]?s?) (?:bod(?:y|ies)|waists?|chests?|clothes|"
                     r"clothing|garments?)",
                     r"(?:female|woman|women|girl|teenage|child|boy) (?:suicide )?bombers?"),
    "shelling": words(r"rocket[- ]propelled grenades?", r"rpgs?", r"shell(?:s|ed|ing)",
                      # the bare verb of coders' notes held to what is shelled ("forces shell FARC positions"),
                      # never the oil company or a sea shell
                      r"shell(?= (?:[\w'’-]+ ){0,3}?(?:positions?|villages?|towns?|cit(?:y|ies)|areas?|"
                      r"neighbou?rhoods?|districts?|bases?|camps?|posts?|strongholds?|front ?lines?|trenches)\b)", r"artillery", r"mortars?(?: shells?| rounds?| fire| bombs?)?",
                      r"rockets?(?! fuel| science| scientists?)", r"missiles?", r"grad", r"katyusha", r"howitzers?", r"projectiles?",
                      r"bombard(?:ed|ment|ing)"),
    "ied": words(r"ieds?", r"vbieds?", r"improvised explosive devices?", r"explosive devices?",
                 r"roadside bombs?", r"land ?mines?", r"(?:anti-tank|anti-personnel|anti-vehicle) mines?", r"(?:car|truck|motorcycle|bicycle|parcel|pipe) bombs?",
                 r"bombs? (?:exploded|went off|blast|detonated|hit|struck|ripped through|tore through)", r"(?:bomb|explosive) blast",
                 # "a bomb attached to a car killed two", "a magnetic bomb"
                 r"(?:bombs?|explosives?) (?:attached|planted|placed|hidden|concealed|fixed|stuck|strapped)",
                 # "a motorcycle rigged with explosives blew up": a vehicle made a bomb
                 r"(?:rigged|packed|loaded|wired|booby-trapped) with (?:explosives?|bombs?)",
                 r"[\w-]+-planted (?:bombs?|explosives?|devices?)",
                 # "a bomb that damaged a tax office": what a bomb did tells it went off
                 r"bombs? (?:that |which )?(?:killed|kills|wounded|wounds|injured|injures|damaged|damages|destroyed|"
                 r"destroys|wrecked|wrecks)", r"(?:sticky|magnetic|limpet) bombs?",
                 r"bomb attacks?", r"bombings?", r"explosions?", r"blasts?", r"exploded", r"detonat(?:e|ed|ion|es)",
                 r"mine (?:exploded|blast)", r"hit a mine", r"struck a mine", r"booby[- ]trap(?:s|ped)?",
                 r"(?:drove|drives|driven|driving|ran|runs) over (?:a |an )?(?:[\w-]+ )?(?:explosive|mine|landmine|ied|bomb)s?",
                 r"set off (?:a |an |the |two |several )?(?:[\w-]+ ){0,2}?(?:bombs?|devices?|explosives?|charges?)",
                 # a site blown up or bombed from the ground: "assailants blew up the Trans-Forcados pipeline",
                 # "bombed an oil pipeline" (from the air, the "air" family's subjects say so; "petrol-bombed" is
                 # arson); not houses, which forces demolish (a destruction of property)
                 # ... or dynamited: "Shining Path remnants dynamited a high-voltage tower"
                 r"(?<![\w-])(?:blew up|blown up|blowing up|bombed|dynamit(?:ed|ing|es)) (?:a |an |the |two |several )?"
                 r"(?:[\w'’-]+ ){0,7}?"
                 r"(?:pipelines?|bridges?|towers?|pylons?|masts?|railways?|rail lines?|railway tracks?|tracks|oil wells?|"
                 r"gas wells?|power lines?|transformers?|substations?|culverts?|shrines?|tombs?|mosques?|churches?|"
                 r"temples?|schools?|offices?|banks?|buses|bus|trains?|vehicles?|cars?|trucks?)",
                 # explosives used to bring something down: "used explosives to destroy a telecommunications mast",
                 # "destroyed the bridge with explosives"
                 r"(?:used|using|uses|use) (?:[\w-]+ )?explosives to (?:destroy|blow up|demolish|damage|bring down|topple)",
                 r"(?:destroy(?:ed|ing|s)?|demolish(?:ed|ing|es)?|damag(?:ed|ing|es)|brought down|bringing down) "
                 r"(?:[\w'’-]+ ){0,6}?with explosives",
                 # armed men on the ground who "bombed" a place set off a bomb there (GTD's "Assailants bombed a
                 # police station"); forces and aircraft that bomb are the "air" family's
                 r"(?:assailants|attackers|perpetrators|militants|insurgents|rebels|guerrillas|gunmen|terrorists|"
                 r"extremists|separatists|unidentified (?:men|persons|individuals)|unknown (?:men|persons|individuals)) "
                 r"(?:[\w-]+ )?bombed"),
    "grenade": words(r"(?<!stun )(?<!smoke )(?<!flash )(?<!propelled )grenades?", r"hand grenades?",
                     # a bomb thrown is one used as a grenade (ACLED): "hurled a crude bomb at a polling centre";
                     # a petrol bomb is a firebomb, no explosive
                     r"(?:hurl(?:ed|ing|s)?|thr(?:ew|own|owing|ows)|lobb(?:ed|ing|s)?|toss(?:ed|ing))\s+"
                     r"(?:[\w-]+\s+){0,2}?(?<!petrol )(?<!fire )(?<!gasoline )(?<!molotov )bombs?",
                     # ... and so is any explosive thrown at something: "threw an explosive device at a house",
                     # "hurled an explosive at the party office" (not one thrown into a lake to kill fish)
                     r"(?:hurl(?:ed|ing|s)?|thr(?:ew|own|owing|ows)|lobb(?:ed|ing|s)?|toss(?:ed|ing))\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:(?<=an )explosive|explosive (?:devices?|objects?|charges?)|ieds?)"
                     r"(?=\s+(?:at|towards|on|onto|into|inside)\s+(?!(?:the\s+|a\s+)?(?:lake|river|sea|water|ocean|pond)\b))"),
    "chemical": words(r"chemical (?:weapons?|attacks?|agents?|munitions?|grenades?)",
                      r"chlorine(?:-filled|-laden| gas| attacks?| barrels?| bombs?| canisters?)", r"chloropicrin",
                      # gas-filled munitions named by the gas: "gas-laden grenades", "chlorine-filled shells"
                      r"(?:gas|chemical|chlorine|toxic)-(?:filled|laden|loaded|tipped) (?:grenades?|munitions?|shells?|"
                      r"bombs?|rockets?|missiles?|mortars?|barrels?|canisters?)",
                      r"sarin", r"nerve agents?", r"mustard (?:gas|agents?)", r"poison(?:ous)? gas", r"phosgene",
                      r"toxic (?:gas|chemicals?)(?= (?:attack|shell|rocket|bomb|munition|canister)|s? (?:on|at|against))",
                      # irritant gas dropped or fired on troops: "dropped K-51 grenades containing tear gas on
                      # Ukrainian positions" (ACLED codes it a chemical weapon; tear gas on a crowd is an
                      # intervention, which classify keeps)
                      r"(?:grenades?|munitions?|shells?|bombs?|rockets?|missiles?|mortars?|barrels?|canisters?) "
                      r"(?:containing|filled with|loaded with|laced with|laden with|packed with|armed with|charged with|"
                      r"carrying) (?:an? |the |some )?"
                      r"(?:tear gas|irritants?|chemicals?|(?:chemical|toxic) (?:irritants?|substances?)|(?:[\w-]+ )?gas|"
                      r"(?:mustard|nerve|chemical|toxic) agents?|sarin|chlorine)",
                      # ... or named by its gas and told on troops: "dropped tear gas grenades from a drone on
                      # Ukrainian positions" (on a crowd, tear gas stays an intervention)
                      r"(?:tear ?gas|irritant|gas|chlorine|chemical) (?:grenades?|munitions?|shells?|canisters?|bombs?|"
                      r"cartridges?|ammunition) (?:[\w'’-]+ ){0,8}?(?:on|at|into|against) (?:[\w'’-]+ ){0,2}?"
                      r"(?:positions?|trenches|dugouts|troops|soldiers|defenders|servicemen|fortifications)"),
    # fighting and territory
    "fight": words(r"clash(?:ed|es|ing)?", r"gun ?battles?", r"fire ?fights?", r"exchange(?:d|s)? (?:of )?(?:fire|gunfire)",
                   r"trad(?:ed|ing|es) (?:heavy )?(?:fire|gunfire|shots)",
                   # forces fired on, firing back; not the criticism a minister "came under fire for"
                   r"c(?:a|o)m(?:e|es|ing) under (?:heavy |intense |sustained |hostile )?(?:gun ?)?fire(?! (?:for|over)\b)",
                   r"fought", r"fighting", r"gun ?fights?", r"return(?:ed|ing|s)? (?:heavy )?(?:gun ?)?fire",
                   # Nigerian and South Asian usage: "rescued the victims after a gun duel with the kidnappers"
                   r"gun ?duels?",
                   # South Asian usage: "killed two militants in an encounter"
                   r"(?:gun ?)?encounters? (?:with|between)", r"in an? (?:gun ?)?encounter", r"battle[sd]?", r"battling", r"skirmish(?:es|ed)?", r"ambush(?:ed|es)?",
                   r"repuls(?:ed|ing)", r"repel(?:led|ling)",
                   # the present tense of coders' notes, held to an armed object ("the magnet repels metal")
                   r"(?:repulses?|repels?) (?:[\w'-]+ ){0,3}(?:attacks?|assaults?|raids?|offensive|incursions?|advances?|"
                   r"militants|fighters|rebels|insurgents|bandits|gunmen|raiders|attackers|militiamen)",
                   r"assault(?:ed)? on",
                   r"engag(?:ed|es|e|ing) (?:\w+ ){0,3}(?:fighters|militants|militias?|militiamen|rebels|insurgents|troops|police|"
                   r"forces|gunmen|jihadists|terrorists|bandits|separatists|guerrillas|extremists|attackers|assailants|"
                   r"raiders|kidnappers|pirates|enemy|soldiers|army)\b",
                   r"stormed", r"overran", r"counter-?attack(?:ed|s)?",
                   # the present of coders' notes: "militants storm the base", "police fight armed robbers"; not
                   # weather ("a storm hit the town") nor "the fight against terrorism" (text is matched lowered)
                   r"(?<!a )(?<!the )storms? (?:the |a |an |their |its )?(?:[\w'’-]+ ){0,2}?"
                   r"(?:towns?|villages?|cit(?:y|ies)|bases?|camps?|posts?|stations?|prisons?|compounds?|checkpoints?|"
                   r"barracks|headquarters|parliament|offices?|hotels?|churche?s?|mosques?|schools?|markets?|houses?|homes?)",
                   r"(?<!a )(?<!the )(?<!to )fights? (?:with |against )?(?:[\w'’-]+ ){0,3}?(?:fighters|militants|militias?|"
                   r"militiamen|rebels|insurgents|troops|soldiers|police|forces|gunmen|bandits|robbers|raiders|attackers|"
                   r"gang(?:s| members))\b", r"shootout", r"shoot-out",
                   r"attack(?:ed|s|ing)? (?:on )?(?:a |an |the )?(?:police|military|army) "
                   r"(?:station|post|camp|base|convoy|patrol|checkpoint|barracks)"),
    "regain": words(r"recaptur(?:ed|e|es)(?! (?:the |some |all |their )?(?:stolen|livestock|cattle|animals|goats|"
                    r"sheep|camels|guns|weapons|suspects?|escaped|escapees|prisoners?|inmates?|fugitives?)\b)", r"retook", r"retak(?:en|es?)", r"regain(?:ed|s)? control", r"liberat(?:ed|ion of)",
                    r"re-?took control", r"wrested (?:back )?control", r"took back", r"cleared (?:the )?(?:town|village|area)"),
    "overtake": words(r"captur(?:ed|es) (?:the )?(?:town|city|village|district|area|base|county|town of|city of)"
                      + _NOT_PEOPLE_OF_PLACE,
                      r"(?:seized|took|taken|taking|seize|take|seizing|gained|gain|assumed) (?:full |total |complete )?control",
                      r"overran", r"overrun",
                      r"fell to",
                      # "seized the mining town of Nyabibwe", "captured a strategic village"; not "the town's
                      # mayor", "the village chief"
                      r"(?:seized|captured|took) (?:the |an? )?(?:(?!(?:at|in|near|on|from|of|to|by|with|and)\b)[\w-]+ )"
                      r"{0,2}?(?:town|city|village|district|base|port|airport|garrison)" + _NOT_PEOPLE_OF_PLACE,
                      # "occupied the town of Mbau", "briefly occupied Macomia": a crowd occupies a building, not a town
                      # ("the occupied city of Tokmak", "Russian-occupied town" name a place held, no taking)
                      r"(?<!the )(?<!an )(?<!-)occupied (?:the )?(?:town|city|village|district|port|airport|garrison)",
                      r"(?:briefly|temporarily) occupied",
                      # ground named by what holds it: "seized the Spin Boldak border crossing", "overran the
                      # army's Nyala headquarters"; "captured the town's mayor" names a person, not ground
                      r"(?:seized|captured|overran|took control of) (?:the |an? )?"
                      r"(?:(?!(?:at|in|near|on|from|of|to|by|with|and|inside|outside)\b)[\w'’-]+ ){0,3}?(?:border crossings?|"
                      r"crossing points?|border posts?|military (?:bases?|camps?|posts?)|army (?:bases?|camps?|posts?)|"
                      r"outposts?|garrisons?|headquarters|barracks|provincial capital|district (?:centre|center|capital))"
                      r"(?!['’])"),
    # violence
    "kill": words(r"kill(?:ed|ing|s)?", r"shot dead", r"shot and killed", r"gun(?:s|ned)? down", r"murder(?:ed|s)?",
                  r"hack(?:ed|s)? to death", r"stabb(?:ed|ing)(?: to death)?", r"behead(?:ed|ing)?",
                  r"massacre(?:d|s)?", r"execut(?:ed|es|ing|ion)", r"slaughter(?:ed)?", r"lynch(?:ed|ing)?",
                  r"(?!(?:sentenced|condemned) )\w+ed to death", r"gunshot wounds?",
                  # cattle raids: ACLED codes armed livestock theft as violence against civilians
                  r"(?:st(?:ole|eal|eals|ealing|olen)|drove away|made away with|raided) (?:[\w,-]+ ){0,4}?"
                  r"(?:cattle|livestock|goats|camels|cows|sheep|animals)",
                  # armies' word for killing fighters: "neutralised about 30 terrorists", "neutralizing 12 bandits"
                  r"neutrali[sz](?:ed|es|ing|e) (?:(?:about|around|some|at least|more than|over|nearly|dozens of|"
                  r"scores of|several|\d+|[a-z]+) )?(?:[\w-]+ )?(?:terrorists?|militants?|jihadists?|insurgents?|"
                  r"fighters?|assailants?|attackers?|bandits?|gunmen|rebels?|criminals?|armed men|elements)\b",
                  r"burn(?:ed|t) to death", r"(?:burn(?:ed|t)|buried) (?:(?:him|her|them) )?alive", r"bludgeoned", r"slain", r"died", r"dies", r"dead", r"deaths?",
                  # "the bodies of the victims were found": the dead named between (before the bare noun, so
                  # that the whole finding is the cue); not who found them ("found by residents")
                  r"bod(?:y|ies) of (?:[\w'’-]+ ){1,3}?(?:was|were|had been|have been) (?:\w+ )?(?:found|discovered)"
                  r"(?! by\b)",
                  r"bodies",
                  r"found dead", r"open(?:s|ed)? fire", r"stoned to death",
                  r"(?:burnt|burned|burns|hacked|hacks|beat|beats|beaten|clubbed|clubs|stoned|stones|lynched|stabs|stabbed) (?:[\w'’-]+ ){1,5}?to death", r"dumped", r"hijack(?:ed|s|ing)?", r"bod(?:y|ies) (?:of|was|were|is|are) (?:\w+ )?(?:found|discovered)", r"fired shots", r"fatally", r"assassinat(?:ed|ion|es?)", r"shot", r"shoot(?:s|ing|ings)?", r"stab(?:s|bed)?",
                  r"violen(?:ce|t)", r"assailants?", r"attackers?", r"raiders?", r"hit (?:and|&) killed", r"opened fire", r"fired (?:at|on|upon)", r"firing (?:at|on|upon)", r"open(?:s|ing)? fire",
                  r"gunfire", r"gunmen", r"wound(?:ed|ing|s)", r"injur(?:e|ed|ing|ies|es)", r"speared", r"spears?(?= (?:a|an|the|two|three|\w+ (?:man|woman|boy|girl|herder)))", r"hurt", r"beat(?:en|ing)?",
                  r"tortur(?:ed|e)", r"assault(?:ed)?", r"slash(?:ed|es|ing)", r"attack(?:ed|s|ing)?", r"hacked", r"whipped", r"flogged",
                  r"roughed up",
                  r"torched (?:homes|houses|huts)", r"raid(?:ed)?", r"raids (?=(?:a|an|the)\b)",
                  r"charg(?:ed|ing) at"),
    "abduct": words(r"abduct(?:ed|ion|ions|s|ing)?", r"kidnap(?:ped|ping|pings|s)?", r"hostages?",
                    r"taken captive", r"held captive", r"forcibly disappeared", r"enforced disappearance", r"went missing",
                    r"(?:has|have|had) been missing since",
                    # the fate of someone taken, unknown: "his whereabouts remain unknown", "her fate is still
                    # unknown", "has not been seen since", "held incommunicado"
                    r"(?:whereabouts|fate) (?:of (?:[\w'’-]+ ){1,4}?)?(?:(?:is|are|was|were|remain|remains|remained|has remained|have remained) )"
                    r"(?:still |yet |now )?(?:unknown|unclear|undisclosed|not known)",
                    r"(?:has|have|had) not been (?:seen|heard (?:of|from)) (?:again |since)", r"(?:held )?incommunicado",
                    r"disappeared after (?:being|he was|she was|they were) (?:taken|picked up|seized|detained|led away)",
                    # a craft seized with the people aboard: "hijacked a passenger bus", "hijacked an airliner"
                    r"hijack(?:ed|ing|s)? (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:bus|buses|plane|aircraft|airliner|"
                    r"flight|ship|vessel|boat|ferry|train)s?",
                    # "took them to an unknown location", "whisked away to an undisclosed destination"
                    r"(?:to|at) (?:an? )?(?:unknown|undisclosed|secret) (?:location|destination|place)s?",
                    # "seized" alone may be power, a town or weapons: only people seized are abducted
                    r"seized (?:[\w-]+ ){0,3}?" + _SEIZED_PEOPLE, _SEIZED_PEOPLE + r" (?:" + _NOT_SAID_OR_SEIZABLE + r"[\w-]+ ){0,5}?(?:were|was|been) seized"),
    "sexual": words(r"rap(?:e|ed|es|ing)", r"sexual(?:ly)? (?:assault(?:ed)?|violence|abuse(?:d)?)", r"gang-?raped",
                    r"defiled"),
    # protest and riot
    "protest": words(r"protest(?:ed|s|ing|ers?)?", r"demonstrat(?:e|es|ed|ion|ions|ors?|ing)", r"(?<!campaign )(?<!election )rall(?:y|ies|ied)",
                     r"march(?:ed|es|ers)?(?!\s+\d)", r"took to the streets", r"procession",
                     # a crowd's symbol: "burned an effigy of the minister", "torched the flags of France"
                     r"(?:burn|torch|set fire to)(?:s|ed|t|ing)? (?:[\w'’-]+ ){0,2}?(?:effig(?:y|ies)|flags?)",
                     r"set (?:[\w'’-]+ ){0,2}?(?:effig(?:y|ies)|flags?) (?:on fire|ablaze|alight)",
                     r"took (?:to )?the streets",
                     # "hundreds poured into the streets", "residents thronged the streets"
                     r"(?:pour|spill|flood|throng)(?:s|ed|ing)? (?:(?:in)?to |onto |on )?the streets", r"staged a (?:\w+ )?(?:demo\w*|sit-in|march)",
                     r"gathered (?:[\w,’'()-]+ ){0,12}?(?:to |and )?(?:demand|denounce|protest|call|reject|condemn)(?:ing|ed|d)?",
                     # a commemoration is a demonstration (ACLED): "gathered in Potocari to mark the anniversary"
                     r"gathered (?:[\w,’'()-]+ ){0,12}?(?:to |and )?(?:commemorat\w*|mourn\w*|mark(?:ed|ing)? the (?:[\w-]+ )?anniversary)", r"sit-ins?", r"picket(?:ed|s)?", r"went on strike", r"on strike",
                     r"strik(?:e|ing) (?:workers|teachers|doctors|nurses|lecturers)", r"walkout",
                     # "held a climate strike", "staged a general strike", "joined a national strike"
                     r"(?:held|hold|holds|holding|staged|stage|stages|staging|joined|join|joins|joining|"
                     r"called|observed|observing) an? (?:(?!(?:air|drone|missile|rocket|military|precision|"
                     r"retaliatory|naval|artillery)\b)[\w-]+ ){0,2}?strike\b(?! exercise| package)", r"boycott(?:ed)?",
                     r"petition(?:ed)?", r"chant(?:ed|ing)", r"placards?",
                     # a vigil held to demand or mourn, not a church's night of prayer ("during an overnight prayer vigil")
                     r"(?<!prayer )(?<!night )(?<!overnight )(?<!all-night )(?<!easter )(?<!christmas )vigils?", r"human chains?", r"hunger strikes?",
                     r"demos",
                     # a pot-banging protest (cacerolazo): "residents banged pots and pans to denounce the coup"
                     r"bang(?:ed|ing|s)? (?:on )?(?:their )?pots(?: and pans)?", r"pot-banging", r"cacerolazos?",
                     # South Asian general strikes: a hartal or bandh shuts a town down in protest
                     r"hartals?", r"bandhs?",
                     # workers' strikes told without the word: "500,000 workers stopped work", "downed tools"
                     r"(?:stopp(?:ed|ing)|stops) work\b(?! on (?:the|a|an|its|their|his|her)\b)", r"(?:down|lay|laid|put) down (?:their )?tools",
                     r"downed tools", r"walk(?:ed|s)? off (?:the|their) jobs?", r"work stoppages?", r"(?:wheel|chakka)[- ]jam(?: strikes?)?", r"shutter[- ]down(?: strikes?)?",
                     # "shopkeepers kept their shutters down": a traders' strike
                     r"(?:kept|keep|keeps|keeping|pulled|pull|pulls|downed) (?:their |the )?shutters down",
                     r"(?:general|transport|nationwide|indefinite|open-ended|all-out|sit-down|warning|\d+-(?:hour|day)) strikes?",
                     r"(?:enforc|observ)(?:ed|ing) (?:a |an |the )?(?:(?!air |drone )[\w-]+ ){0,2}?(?:strike|shutdown)s?"),
    # A crowd's violence: stones, fires, vandalism, running battles, disrupted rallies.
    "riot": words(r"riot(?:ed|s|ing|ers)?(?! (?:police|policemen|officers|squads?|units?|gear|shields?|"
                  r"control|troops|forces|act)\b)",
                  r"pelt(?:s|ed|ing)?", r"(?:throw|throws|threw|throwing|hurl|hurls|hurled|hurling) "
                  r"(?:\w+ )?(?:stones|rocks|petrol bombs|bottles|missiles|objects|projectiles|fireworks|firecrackers|"
                  r"bricks|molotov cocktails|paving stones)",
                  r"stone-throwing", r"bonfires?",
                  r"l(?:it|ighting|ights?|ight) (?:[\w'’-]+ ){0,2}(?:tyres|tires|tyers|fires?|bonfires?|timbers?)",
                  r"rampage", r"unrest", r"violent (?:[\w-]+ ){0,2}(?:protests?|demonstrations?|rall(?:y|ies)|strikes?)",
                  r"(?:demonstrated|protested|marched) violently", r"violently",
                  r"(?:turn|turns|turned|turning|became|become|becomes|grew|got) (?:\w+ )?(?:violent|chaotic|ugly)",
                  # "tried to forcibly enter the offices", "broke a police line"
                  r"forcibly (?:enter\w*|broke|break\w*|open\w*|storm\w*)",
                  r"forc(?:ed|ing|e) (?:their|its|his|her) way (?:into|through|past|in)\b",
                  r"br(?:oke|eaking|eak|oken) (?:through )?(?:a |the )?police (?:lines?|cordons?|barricades?)",
                  r"descended into (?:violence|chaos)", r"running battles?", r"rowdy",
                  r"stoned", r"stoning", r"stones? (?:a|an|the|two|three|several|passing|police) ",
                  r"chas(?:ed|ing) (?:[\w'’-]+ ){0,2}(?:away|out)",
                  # things a crowd breaks ("broke down a gate", "breaking doors and windows"); not "broke down the
                  # door", which police and gunmen do to enter a house, nor "talks broke down"
                  r"br(?:oke|eaking|eak|oken) (?:down )?(?:[\w'’-]+ ){0,2}(?:windows|gates?|chairs|furniture|"
                  r"ballot boxes|boxes)",
                  r"disrupt(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}(?:rall(?:y|ies)|meetings?|campaigns?|celebrations?|"
                  r"ceremon(?:y|ies)|functions?)",
                  r"smash(?:ed|ing)", r"shatter(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}?(?:windows?|window panes|glass)",
                  # a fight between crowds: "rival supporters exchanged blows"
                  r"(?:exchang|trad)(?:ed|ing) blows", r"c(?:a|o)me to blows", r"engag(?:ed|e|es|ing) in blows",
                  r"fist ?fights?", r"brawls?"),
    # ACLED's codebook counts road blocks and barricades among a demonstration's violent acts; armed
    # men blocking a road are no demonstration ("blocked the busy Nairobi-Mombasa highway").
    "block": words(r"barricad(?:e|ed|es|ing)", r"blockad(?:e|ed|es|ing)",
                   r"block(?:s|ed|ing)? (?!(?:in|of|on|at|near|from|to|with|and|for|by)\b)(?:off )?"
                   r"(?:[\w'’.-]+ ){0,5}?(?:roads?|highways?|streets?|footpaths?|traffic|access|entrances?|"
                   r"junctions?|railway(?: line)?s?|motorcades?|bridges?|avenue|gates?|car parks?)"),
    "mob": words(r"mobs?", r"lynch(?:ed|ing)?", r"mob justice",
                 # not one person who speaks for them: "a local vigilante leader said"
                 r"vigilantes?(?! (?:leaders?|commanders?|chiefs?|heads?|spokes(?:man|men|person|woman)|officials?|"
                 r"coordinators?|chairm[ae]n|members? said|sources?)\b)", r"angry (?:residents|villagers|crowd)",
                 r"members of the public",
                 # a suspect punished by a crowd: "burned a suspected witch", "stoned two alleged thieves"
                 r"(?:burn(?:ed|t)|stoned|beat|beaten|clubbed|necklaced|set ablaze|set on fire) (?:a |an |the |[\w-]+ )?"
                 r"(?:suspected|alleged) (?:[\w-]+ )?(?:thie(?:f|ves)|witch(?:es)?|robbers?|kidnappers?|rapists?|"
                 r"criminals?|sorcerers?|burglars?|rustlers?)"),
    "intervene": words(r"tear ?gas", r"teargassed", r"dispers(?:ed|e|ing)", r"water cannons?", r"rubber bullets",
                       # the crowd-control arms of police: "stun grenades", "plastic bullets" (pepper spray is
                       # also a private attacker's)
                       r"(?:stun|flash|smoke) grenades?", r"flash-?bangs?",
                       r"(?:plastic|rubber-coated|sponge) bullets", r"pellet guns?",
                       r"baton-charged", r"baton charges?", r"batons? to disperse", r"broke up",
                       # "used batons to break up a demonstration", "breaking up the sit-in"
                       r"(?:break|breaks|breaking|broken) up (?:(?:a|an|the|their|its) )?(?:[\w'’-]+ ){0,2}?"
                       r"(?:demonstrations?|protests?|march(?:es)?|rall(?:y|ies)|sit-ins?|gatherings?|crowds?|vigils?)", r"fired (?:in the air|warning shots|live rounds)",
                       # Only forces intervening, or intervening against a crowd: "the coalition
                       # intervened the following year" is no protest.
                       r"(?:police|policemen|officers|security(?: forces| officers| agents)?|soldiers|troops|"
                       r"guards|gendarmes|authorities) (?:\w+ ){0,2}?intervene[ds]?",
                       r"intervene[ds]? to (?:disperse|stop|break up|quell|end|calm|separate)",
                       r"(?:police|security|military) intervention",
                       r"intervention of (?:the )?(?:police|security|anti-?riot|soldiers|troops|officers|army)",
                       r"(?:shot|shoot|shooting|fired|firing) (?:\w+ ){0,2}in the air",
                       r"anti-?riot (?:police|officers|unit)", r"stand-?off",
                       r"(?:stopped|blocked|barred|broke up|halted) (?:\w+ ){0,3}?(?:demonstrations?|protests?|"
                       r"march(?:es)?|rall(?:y|ies)|processions?|sit-ins?|vigils?)",
                       # "were barred by police", "police barred hundreds from attending the rally"
                       r"(?:barred|blocked|stopped|prevented|repulsed|turned away|locked out|confronted) by (?:the )?"
                       r"(?:anti-?riot )?(?:police|policemen|officers|security forces|soldiers|troops|gendarmes)",
                       r"(?:police|policemen|officers|security forces|soldiers|troops) (?:\w+ ){0,2}?(?:barred|blocked|"
                       r"prevented|stopped|turned away|locked out|confiscated|sealed off|cordoned off) (?:\w+ ){0,3}?"
                       r"(?:from|the (?:march|marchers|protesters|demonstrators|crowd)|them|"
                       # "blocked their march", not "stopped their minibus"
                       r"their (?:march|procession|rally|demonstration|protest|sit-in|vigil|way|path|movement))",
                       r"heavy (?:police|security) presence"),
}
