"""Actors and inter codes in ACLED-style notes and wire copy from the Americas and Europe (our own sentences).

Mexico, Colombia, Brazil, Ecuador, Venezuela, Honduras, Haiti, Ukraine and Russia: cartels and gangs as
political militias (CJNG, Sinaloa Cartel, G9, 5 Segonn, Barrio 18), the ELN and FARC dissidents, Russia's
forces in Ukraine (inter 8) and Ukraine's in Russia.
"""

from __future__ import annotations

import pytest

from actors_world_support import assert_coded

pytestmark = pytest.mark.slow

# text, actor1, inter1, actor2 (None: no second actor), inter2, an associated actor of actor1 and of actor2 (None: not checked)
CASES = [
    (
        "On 12 March 2023, CJNG gunmen killed 4 members of the Sinaloa Cartel in Culiacan (Sinaloa).",
        "CJNG: Jalisco New Generation Cartel", 3, "Sinaloa Cartel", 3, None, None,
    ),
    (
        "On 5 January 2023, the army clashed with Sinaloa Cartel gunmen in Culiacan, leaving 29 dead.",
        "Military Forces of Mexico", 1, "Sinaloa Cartel", 3, None, None,
    ),
    (
        "On 20 September 2022, unidentified gunmen killed a journalist in Irapuato (Guanajuato).",
        "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7, None, "Journalists (Mexico)",
    ),
    (
        "On 8 March 2023, women protested in Mexico City on International Women's Day.",
        "Protesters (Mexico)", 6, None, None, "Women (Mexico)", None,
    ),
    (
        "MEXICO CITY (Reuters) - Gunmen killed 13 police officers in an ambush in the State of Mexico on "
        "Monday, officials said.",
        "Unidentified Armed Group (Mexico)", 3, "Police Forces of Mexico", 1, None, None,
    ),
    (
        "On 2 April 2022, ELN guerrillas attacked a military base in Arauca.",
        "ELN: National Liberation Army", 2, "Military Forces of Colombia", 1, None, None,
    ),
    (
        "On 18 January 2022, FARC dissidents clashed with ELN guerrillas in Tame (Arauca), killing 20.",
        "FARC Dissidents", 2, "ELN: National Liberation Army", 2, None, None,
    ),
    (
        "On 12 June 2023, unidentified armed men killed a social leader in Suarez (Cauca).",
        "Unidentified Armed Group (Colombia)", 3, "Civilians (Colombia)", 7, None, None,
    ),
    (
        "On 28 April 2021, protesters clashed with police in Cali during the national strike.",
        "Rioters (Colombia)", 5, "Police Forces of Colombia", 1, None, None,
    ),
    (
        "On 10 May 2022, Clan del Golfo gunmen killed 2 soldiers in Yarumal (Antioquia).",
        "AGC: Gaitanist Self-Defense Forces of Colombia", 3, "Military Forces of Colombia", 1, None, None,
    ),
    (
        "On 3 March 2023, Russian forces shelled Kherson city, killing 2 civilians.",
        "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, None, None,
    ),
    (
        "On 14 January 2023, a Russian missile struck an apartment block in Dnipro, killing 46 civilians.",
        "Military Forces of Russia", 8, "Civilians (Ukraine)", 7, None, None,
    ),
    (
        "On 10 August 2023, Ukrainian forces clashed with Russian forces near Robotyne (Zaporizhia).",
        "Military Forces of Ukraine", 1, "Military Forces of Russia", 8, None, None,
    ),
    (
        "On 5 February 2023, Ukrainian forces shelled Donetsk city, killing a civilian.",
        "Military Forces of Ukraine", 1, "Civilians (Ukraine)", 7, None, None,
    ),
    (
        "On 12 June 2023, Ukrainian drones struck an oil depot in Belgorod city (Russia). No casualties "
        "were reported.",
        "Military Forces of Ukraine", 8, None, None, None, None,
    ),
    (
        "On 7 July 2022, G9 gang members clashed with G-Pep members in Cite Soleil (Port-au-Prince), "
        "killing 20.",
        "G9 an Fanmi e Alye", 3, "G-Pep", 3, None, None,
    ),
    (
        "On 20 April 2023, 5 Segonn gang members kidnapped 3 people in Port-au-Prince.",
        "5 Segonn", 3, "Civilians (Haiti)", 7, None, None,
    ),
    (
        "On 14 February 2024, protesters demanded the resignation of the Prime Minister in Jacmel.",
        "Protesters (Haiti)", 6, None, None, None, None,
    ),
    (
        "PORT-AU-PRINCE (Reuters) - Haitian police clashed with members of the 400 Mawozo gang in Croix-"
        "des-Bouquets on Saturday, killing three gang members, police said.",
        "Police Forces of Haiti", 1, "400 Mawozo", 3, None, None,
    ),
    (
        "On 28 October 2025, police raided Comando Vermelho strongholds in Rio de Janeiro, killing dozens"
        " of suspects.",
        "Police Forces of Brazil", 1, "CV: Red Command", 3, None, None,
    ),
    (
        "On 9 January 2024, Los Choneros gunmen stormed a TV station in Guayaquil, taking staff hostage.",
        "Los Choneros", 3, "Civilians (Ecuador)", 7, None, None,
    ),
    (
        "On 30 July 2024, colectivos attacked protesters in Caracas after the election result, killing 2.",
        "Colectivos", 3, "Protesters (Venezuela)", 6, None, None,
    ),
    (
        "On 20 June 2023, Barrio 18 gang members killed 46 inmates in a women's prison in Tamara.",
        "Barrio 18", 3, "Civilians (Honduras)", 7, None, None,
    ),
    (
        "On 15 July 2024, Sinaloa Cartel factions clashed in Culiacan, killing 5 gunmen.",
        "Sinaloa Cartel", 3, "Sinaloa Cartel", 3, None, None,
    ),
    (
        "BOGOTA (Reuters) - Dissidents of the former FARC guerrilla group killed four soldiers in an "
        "attack in Colombia's Cauca province, the army said.",
        "FARC Dissidents", 2, "Military Forces of Colombia", 1, None, None,
    ),
    (
        "On 9 October 2023, Russian forces struck a grain terminal in Odesa (Odesa) with drones.",
        "Military Forces of Russia", 8, None, None, None, None,
    ),
    (
        "On 6 August 2024, Ukrainian forces crossed into the Kursk region of Russia and clashed with "
        "Russian forces.",
        "Military Forces of Ukraine", 8, "Military Forces of Russia", 1, None, None,
    ),
    (
        "On 29 February 2024, Viv Ansanm gangs attacked police stations in Port-au-Prince, killing 4 "
        "police officers.",
        "Viv Ansanm", 3, "Police Forces of Haiti", 1, None, None,
    ),
    (
        "PORT-AU-PRINCE (Reuters) - Haitian National Police officers killed five members of the Gran Grif"
        " gang in Petite-Riviere de l'Artibonite on Sunday.",
        "Police Forces of Haiti", 1, "Gran Grif", 3, None, None,
    ),
    (
        "DONETSK (Reuters) - Ukrainian shelling killed three civilians in the Russian-held city of "
        "Donetsk on Monday, Russian-installed officials said.",
        "Military Forces of Ukraine", 1, "Civilians (Ukraine)", 7, None, None,
    ),
    (
        "On 17 January 2025, ELN guerrillas attacked FARC dissidents in the Catatumbo region (Norte de "
        "Santander), killing 80 people.",
        "ELN: National Liberation Army", 2, "FARC Dissidents", 2, None, None,
    ),
    (
        "CULIACAN, Mexico (AP) - Gunmen from rival factions of the Sinaloa cartel clashed in Culiacan on "
        "Saturday, leaving six dead, authorities said.",
        "Sinaloa Cartel", 3, "Sinaloa Cartel", 3, None, None,
    ),
    (
        "On 17 January 2022, unidentified gunmen shot dead a journalist outside his home in Tijuana (Baja"
        " California).",
        "Unidentified Armed Group (Mexico)", 3, "Civilians (Mexico)", 7, None, "Journalists (Mexico)",
    ),
    (
        "On 3 March 2023, FARC dissidents killed a human rights defender in Tumaco (Narino).",
        "FARC Dissidents", 2, "Civilians (Colombia)", 7, None, None,
    ),
    (
        "On 22 March 2024, IS gunmen attacked Crocus City Hall near Moscow, killing 145 people.",
        "Islamic State (Russia)", 2, "Civilians (Russia)", 7, None, None,
    ),
]


@pytest.mark.parametrize(("text", "actor1", "inter1", "actor2", "inter2", "assoc1", "assoc2"), CASES)
def test_actors_world_americas_europe_actors_and_inters(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2):
    assert_coded(pipeline, text, actor1, inter1, actor2, inter2, assoc1, assoc2)
