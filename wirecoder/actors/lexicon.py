"""Generic actor words: the nouns that name state forces, armed men, crowds and civilians.

Each category maps to one of ACLED's generic actors; a noun may carry an
associated-actor label (``"students" -> "Students"``, coded "Students (Kenya)").
Phrases are matched as whole tokens, longest first, so "security guards" (private
security) wins over a shorter reading.

Example:
    >>> LEXICON["gunmen"]
    (Noun(cat='UAG', label=''),)
"""

from __future__ import annotations

from dataclasses import dataclass

from .tokens import keys

__all__ = ["CATEGORIES", "LEXICON", "Noun"]

# Categories: MIL/POL state forces; GOV the government; UAG unidentified armed group;
# ETHNIC/CLAN/COMMUNAL unidentified identity militias; CIV civilians; CROWD people whose role
# the sentence decides (protesting, rioting or victims); PROT protesters; RIOT rioters;
# MEMBER words that follow a group's name ("Al Shabaab members") and are nothing alone;
# FOREIGN civilians from abroad; IMPL_* event nouns that imply an actor ("riots" -> rioters);
# MOD_* modifiers ("angry", "armed", "unidentified").
CATEGORIES = (
    "MIL", "POL", "GOV", "UAG", "ETHNIC", "CLAN", "COMMUNAL", "CIV", "FOREIGN", "CROWD", "PROT",
    "RIOT", "MEMBER", "IMPL_RIOT", "IMPL_PROT", "IMPL_UAG", "IMPL_ETHNIC", "IMPL_CLAN",
    "IMPL_COMMUNAL", "IMPL_VIG",
    "MOD_ACTIVE", "MOD_ARMED", "MOD_RIOT", "MOD_PROT", "MOD_UNKNOWN", "MOD_SUSPECT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Noun:
    """What a generic phrase means: a category and an optional associated-actor label."""

    cat: str
    label: str = ""


# category -> comma-separated "phrase" or "phrase=Label" entries.
_WORDS: dict[str, str] = {
    "MIL": """army, armies, troops, soldier, soldiers, military, militaries, armed forces,
        defence forces, defense forces, defence force, defense force, servicemen, serviceman,
        army officers, army officer, military officers, military officer, military personnel,
        army personnel, paratroopers, commandos, special forces, marines, marine patrol,
        marine patrols, marine battalion, marine battalions, marine units, marine corps, navy,
        naval forces, naval patrol, naval patrols,
        sailors, air force, airforce, military aircraft, warplanes, warplane, fighter jets,
        military jets, military helicopters, helicopter gunships, military drones, national guard,
        guardsmen, security forces, government forces, government troops, government soldiers,
        pro-government forces, regime forces, regime troops, junta, state forces, border guards,
        coast guard, peacekeepers, peacekeeping troops, army soldiers, army troops,
        military forces, military troops, military units, army units, forces, security services,
        security operatives, security forces personnel, conscripts, conscript, infantry,
        infantrymen, service members, servicemembers, frontier guards, air defences, air defenses,
        air defence, air defense, air defence systems, air defense systems, air defence units,
        air defense units, jawans, jawan,
        jets, fighter planes, fighter aircraft, military planes, warships, gunboats, naval vessels,
        attack helicopters, combat helicopters, helicopter gunship, drones, combat drones, armed drones,
        attack drones, units, battalion, battalions, brigade, brigades, regiment, regiments, detachment,
        detachments, garrison, squadron, patrol, patrols, foot patrol, military column""",
    "POL": """police, policeman, policemen, police officer, police officers, policewoman,
        policewomen, police personnel, police men, officers, officer, cops, cop, constable,
        constables, gendarmes, gendarme, gendarmerie, riot police, anti-riot police,
        anti riot police, riot officers, paramilitary police, police commandos, traffic police,
        traffic officers, detectives, detective, law enforcement, law enforcement officers,
        law enforcement agents, security agents, security officers, police force, police forces,
        police service, security personnel, plainclothes officers, plainclothes police,
        undercover police, police squad, police unit, police patrol, wildlife rangers,
        forest rangers, ranger, rangers, park ranger, park rangers, game ranger, game rangers,
        wildlife ranger, forest ranger, security ranger, security rangers, bomb disposal squad, bomb disposal unit, bomb disposal team,
        bomb disposal experts, bomb squad, counter terrorism department, counter-terrorism department,
        counter terrorism police, counter-terrorism police, carabineros, carabinieri, constabulary,
        constabularies""",
    "GOV": """government, governments, authorities, regime, cabinet, president, prime minister,
        minister, ministers, foreign minister, defence minister, defense minister,
        interior minister, head of state, government officials, state officials""",
    "UAG": """gunmen, gunman, assailant, assailants, attacker, attackers, armed men, armed man,
        armed group, armed groups, armed individuals, armed persons, armed people,
        armed assailants, armed attackers, armed youths, armed youth, armed young men, bandit,
        bandits, armed bandits, gang, gangs, gangsters, gang members, criminal gang,
        criminal gangs, criminal group, criminal groups, criminals, criminal, thugs, goons,
        robbers, robber, armed robbers, highway robbers, militants, militant, insurgents,
        insurgent, separatists, secessionists, guerrillas, separatist fighters, separatist militants,
        separatist rebels, armed separatists, secessionist fighters, secessionist militants,
        islamist insurgents, jihadist insurgents,
        terrorists, terrorist, jihadists, jihadist, jihadis, extremists, islamists,
        islamist militants, rebels, rebel, fighters, fighter, militiamen, militia, militias,
        kidnappers, kidnapper, abductors, hitmen, hitman, killers, perpetrators, unknown people,
        unidentified people, unidentified persons, unknown persons, unidentified men, unknown men,
        unknown individuals, unidentified individuals, unknown group, unidentified group,
        suicide bomber, suicide bombers, bomber, bombers, pirates, pirate, hijackers, poachers,
        armed poachers, carjackers, outlaws, arsonists, unidentified arsonists, unspecified group,
        unknown attackers, group of men, uniformed men, men in uniform, men in military uniform,
        men in military uniforms, men in army uniform, men in army uniforms, men in military fatigues,
        men in fatigues, gunmen in uniform, gunmen in military uniform, armed men in uniform, armed gang, armed gangs, gang of youths, gangs of youths,
        gang of youth, gangs of youth, gang of young men, gangs of young men, youth gang, youth gangs,
        wielding men, wielding man, wielding attackers, wielding assailants, toting men, perpetrator, invaders,
        land invaders, intruders, cartel, cartels, drug cartel, drug cartels, cartel members, cartel member,
        cartel hitmen, cartel gunmen, sicarios, sicario, narcos, narco, drug traffickers, drug trafficker,
        drug gang, drug gangs, drug lords, traffickers, organised crime group, organized crime group,
        crime group, crime groups, criminal organisation, criminal organization, paramilitaries""",
    "ETHNIC": """ethnic militia, ethnic militias, ethnic militiamen, ethnic militants,
        tribal militia, tribal militias, tribal militiamen, tribesmen, raiders, raider,
        cattle raiders, cattle raider, livestock raiders, cattle rustlers, cattle rustler,
        rustlers, stock thieves, warriors, rival ethnic groups, rival tribes, two tribes, tribes,
        ethnic raiders,
        sub tribes, sub-tribes, rival sub-tribes, ethnic group, ethnic groups, tribal group,
        tribal groups, cattle thieves, livestock thieves, animal thieves""",
    "CLAN": """clan militia, clan militias, clan militiamen, clansmen, clan fighters, rival clans,
        rival clan, clan gunmen, sub-clan militia, clans, two clans, rival sub-clans""",
    "COMMUNAL": """communal militia, communal militias, local militia, local militias,
        village militia, village militias, community militia, self-defence militia,
        self-defense militia, self-defence militias, self-defense militias, local defence militia,
        local defense militia, local defence militias, local defense militias, self-defence group,
        self-defense group, self-defence groups, self-defense groups, local defence group, local defense group,
        local defence groups, local defense groups, village defence group, village defense group,
        village defence groups, village defense groups, community defence group, community defense group,
        armed villagers, armed herders, armed herdsmen, armed locals,
        armed residents, rival communities, communities, two communities, neighbouring communities,
        neighboring communities, pastoralist communities""",
    "CIV": """civilians, civilian, man, woman, boy, girl, child, children, kids, baby, infant,
        toddler, teenager, teen, minor, person, family, families, couple, elder, elderly man,
        elderly woman, old man, old woman, widow=Women, mother=Women, father, son, daughter,
        wife=Women, husband, brother, sister, relative, relatives, villager, resident,
        farmer=Farmers, businessman, businesswoman, businessmen, shopkeeper, shop owner,
        hawker=Street Traders, vendor=Street Traders, trader, driver, motorist, passenger,
        pedestrian, pedestrians, student=Students, pupil=Students, schoolgirl=Students,
        schoolboy=Students, teacher=Teachers, headteacher=Teachers, head teacher=Teachers,
        lecturer=Teachers, doctor=Health Workers, nurse=Health Workers,
        health worker=Health Workers, medic=Health Workers, aid worker=Aid Workers,
        aid workers=Aid Workers, humanitarian worker=Aid Workers,
        humanitarian workers=Aid Workers, journalist=Journalists, reporter=Journalists,
        reporters=Journalists, photographer=Journalists, cameraman=Journalists,
        pastor=Christian Group, priest=Christian Group, nun=Christian Group, imam=Muslim Group,
        cleric, sheikh, herder=Pastoralists, herdsman=Pastoralists, herdsboy=Pastoralists,
        fisherman=Fishermen, worker, employee, chief, assistant chief, village elder, politician,
        candidate, official, officials, civil servant, lawyer=Lawyers, activist, suspect,
        suspects, suspected thief, alleged thief, thief, thieves, robbery suspect,
        robbery suspects, prisoner=Prisoners, inmate=Prisoners, detainee, detainees, victims,
        victim, hostages, hostage, bystander, bystanders, onlookers, national, nationals, citizen,
        citizens, election officials, electoral officials, poll officials, polling officials,
        polling officers, polling clerks, returning officer, presiding officer, individuals,
        public works officer, health officer, health officers, education officer, education officers,
        agricultural officer, revenue officer, revenue officers, planning officer, information officer,
        public relations officer, probation officer, medical officer, medical officers, electoral officer,
        electoral officers, election officer, election officers, executive officer, administrative officer,
        administrative officers, returning officers, presiding officers, customer care officer,
        supporter, aspirant, aspirants, political aspirant, senatorial aspirant,
        parliamentary aspirant, party agent, party agents, schoolboys=Students,
        schoolgirls=Students, suspected criminal, suspected criminals, suspected robber,
        suspected robbers, alleged robber, alleged robbers, suspected rapist, rapist,
        suspected murderer, murderer, suspected gang member, drug dealer, year old, years old, mp,
        mps, senator, governor, mca, mcas, councillor, tout, bodyguard, body guard, guard, guards,
        volunteer, patients, patient, staffers, cyclist, legislator, legislators,
        census officials, dons, university dons, trainees, millers, sellers, meat sellers, mayor, mayors,
        deputy mayor, judge, judges, magistrate, prosecutor, village head, village chief, traditional ruler,
        traditional leader, tribal leader, community leader, community leaders, religious leader, aide, aides,
        councilor, bishop, monk, monks, clergyman,
        traders' representatives,
        shepherd=Pastoralists, goatherd=Pastoralists, labourer=Labour Group, laborer=Labour Group, tailor,
        carpenter, barber, butcher, baker, cook, waiter, contractor, miner, gold miner,
        fisher=Fishermen, woodcutter, pilgrim, worshipper, churchgoer, novice, deacon, catechist=Christian Group,
        staff member, midwife=Health Workers, pharmacist=Health Workers, motorcyclist, commuter, traveller, traveler,
        wedding guest, mourner, footballer, musician, singer, refugee=Refugees/IDPs, displaced person=Refugees/IDPs,
        merchant, landlord, tenant, landowner, surveyor, enumerator, census enumerator""",
    "FOREIGN": """tourist, tourists, foreigner, foreigners, foreign national, foreign nationals,
        expatriate, expatriates, expatriate workers, foreign workers, foreign investors,
        missionary, missionaries""",
    "CROWD": """residents, locals, villagers, youths, youth, young men, young people, people,
        persons, students=Students, pupils=Students, schoolchildren=Students, learners=Students,
        university students=Students, college students=Students,
        secondary school students=Students, traders=Street Traders, hawkers=Street Traders,
        vendors=Street Traders, street vendors=Street Traders, market traders=Street Traders,
        workers=Labour Group, employees=Labour Group, staff=Labour Group,
        casual workers=Labour Group, factory workers=Labour Group,
        plantation workers=Labour Group, tea pickers=Labour Group, civil servants=Labour Group,
        county workers=Labour Group, unionists=Labour Group, union members=Labour Group,
        teachers=Teachers, lecturers=Teachers, doctors=Health Workers, nurses=Health Workers,
        health workers=Health Workers, medics=Health Workers, clinical officers=Health Workers,
        medical workers=Health Workers, farmers=Farmers, fishermen=Fishermen,
        herders=Pastoralists, herdsmen=Pastoralists, pastoralists=Pastoralists,
        camel herders=Pastoralists, land grabbers=Farmers,
        squatters, boda boda operators=Taxi Drivers, boda boda riders=Taxi Drivers,
        boda boda=Taxi Drivers, bodaboda operators=Taxi Drivers, bodaboda riders=Taxi Drivers,
        motorcycle taxi operators=Taxi Drivers, motorcycle taxi riders=Taxi Drivers,
        motorcycle riders=Taxi Drivers, matatu operators=Taxi Drivers,
        matatu drivers=Taxi Drivers, matatu crews=Taxi Drivers, matatu owners=Taxi Drivers,
        taxi drivers=Taxi Drivers, taxi operators=Taxi Drivers, transporters=Taxi Drivers,
        truck drivers=Labour Group, drivers, supporters, members, women=Women, mothers=Women,
        widows=Women, crowd, crowds, worshippers, congregants, muslims=Muslim Group,
        muslim faithful=Muslim Group, christians=Christian Group, church members=Christian Group,
        catholics=Catholic Christian Group, hindus=Hindu Group, hindu devotees=Hindu Group,
        sikhs=Sikh Group, buddhists=Buddhist Group, buddhist monks=Buddhist Group, jews=Jewish Group,
        shias=Shia Muslim Group, shiites=Shia Muslim Group, shia muslims=Shia Muslim Group,
        sunnis=Sunni Muslim Group, sunni muslims=Sunni Muslim Group, refugees=Refugees/IDPs, idps=Refugees/IDPs,
        displaced persons=Refugees/IDPs, displaced people=Refugees/IDPs, activists,
        human rights activists, civil society activists, lawyers=Lawyers, advocates=Lawyers,
        journalists=Journalists, miners, artisanal miners, pensioners, retirees, parents, fans,
        football fans, mourners, passengers, commuters, tenants, voters, citizens, elders,
        clerics, delegates, shareholders, interns, medical interns=Health Workers, families,
        survivors, conservationists, representatives, ward representatives, dwellers, two groups,
        rival groups, rival political groups, political rivals, rival factions, rival supporters,
        rivals, churchgoers, street boys, boys, girls, men, neighbours, neighbors, colleagues,
        lawmakers, mcas, butchers, growers, cane farmers=Farmers, coffee farmers=Farmers,
        tea farmers=Farmers, contractors, owners, landowners, opposition supporters,
        community members, members of the public, public, population, local population,
        inhabitants, prisoners=Prisoners, inmates=Prisoners, motorists,
        merchants, businesspeople, business people, dealers, crew, crews, operators,
        tour operators, veterans, war veterans, councillors,
        vigilantes=Vigilante Group, vigilante group=Vigilante Group,
        vigilante groups=Vigilante Group, vigilante=Vigilante Group, community,
        shepherds=Pastoralists, goatherds=Pastoralists, labourers=Labour Group, laborers=Labour Group,
        day labourers=Labour Group, day laborers=Labour Group, construction workers=Labour Group,
        gold miners, fishers=Fishermen, woodcutters, firewood collectors, wood collectors, pilgrims,
        wedding guests, wedding party, guests, travellers, travelers, novices, nuns=Christian Group, motorcyclists,
        pharmacists=Health Workers, midwives=Health Workers, staff members, census enumerators, enumerators, loggers""",
    "PROT": """protesters, protestors, protester, protestor, demonstrators, demonstrator,
        marchers, strikers, picketers, striking workers=Labour Group, striking teachers=Teachers,
        striking doctors=Health Workers, striking nurses=Health Workers,
        striking lecturers=Teachers, petitioners""",
    "RIOT": """rioters, rioter, mob, mobs, looters, stone pelters, stone pelter, stone throwers, stone thrower,
        hindu mob=Hindu Group, hindu mobs=Hindu Group,
        muslim mob=Muslim Group, muslim mobs=Muslim Group, christian mob=Christian Group,
        buddhist mob=Buddhist Group, buddhist mobs=Buddhist Group, vigilante mob=Vigilante Group,
        lynch mob=Vigilante Group, vigilante militia=Vigilante Group,
        community vigilante militia=Vigilante Group, vigilante gang=Vigilante Group""",
    "MEMBER": """members, member, adherents, followers, operatives, loyalists, cadres, elements,
        commanders, commander, affiliates, cell, cells, sympathisers, sympathizers, recruits,
        leaders, leader, forces, troops, fighters, militants, group, groups, gang, gangs, tribe,
        clans, clan, people, youths, men""",
    "IMPL_RIOT": """riot, riots, rioting, unrest, civil unrest, student unrest,
        violent confrontation, violent confrontations, violent demonstration,
        violent demonstrations, violent protest, violent protests""",
    "IMPL_UAG": """post-election violence, post election violence, pre-election violence,
        election violence, electoral violence, election-related violence, poll violence,
        political violence, banditry, banditry attack, banditry attacks, bandit attack,
        bandit attacks, gang violence, targeted killing, targeted killings, arson attack,
        arson attacks, drive-by shooting""",
    "IMPL_VIG": """mob justice, lynching, lynchings, lynched, jungle justice, instant justice""",
    "IMPL_PROT": """protest, protests, demonstration, demonstrations, strike, strikes, sit-in,
        sit-ins, picket, pickets, walkout""",
    "IMPL_ETHNIC": """ethnic clashes, tribal clashes, inter-ethnic clashes, interethnic clashes,
        inter-tribal clashes, ethnic violence, tribal violence, inter-ethnic violence,
        cattle raid, cattle raids, livestock raid, livestock raids, cattle rustling, ethnic clash,
        tribal clash, tribal skirmishes, ethnic skirmishes, inter-ethnic clash,
        inter-tribal conflict, tribal conflict, ethnic conflict, inter-ethnic conflict,
        animal raids, livestock theft, cattle theft""",
    "IMPL_CLAN": """clan clashes, inter-clan fighting, clan conflict, inter-clan conflict,
        inter-clan clashes, interclan clashes, clan fighting, clan violence""",
    "IMPL_COMMUNAL": """communal clashes, inter-communal clashes, intercommunal clashes,
        communal violence, intercommunal violence, inter-communal violence, community clashes,
        inter-community clashes, intercommunity clashes, land clashes, boundary clashes,
        border clashes""",
    "MOD_ACTIVE": """angry, irate, rowdy, furious, disgruntled, agitated, enraged""",
    "MOD_ARMED": """armed, heavily armed, masked""",
    "MOD_RIOT": """rioting""",
    "MOD_PROT": """protesting, demonstrating, striking""",
    "MOD_UNKNOWN": """unidentified, unknown, unspecified, unnamed""",
    "MOD_SUSPECT": """suspected, alleged""",

}


def _build() -> dict[str, tuple[Noun, ...]]:
    """Phrase (as folded token keys joined by spaces) -> its meanings."""
    table: dict[str, list[Noun]] = {}
    for cat, text in _WORDS.items():
        for entry in " ".join(text.split()).split(","):
            phrase, _, label = entry.strip().partition("=")
            key = " ".join(keys(phrase))
            noun = Noun(cat, label.strip())
            if noun not in table.setdefault(key, []):
                table[key].append(noun)
    return {k: tuple(v) for k, v in table.items()}


LEXICON: dict[str, tuple[Noun, ...]] = _build()
