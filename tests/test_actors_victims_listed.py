"""An incident summary's list of the victims ("The victims included three police officers") names whom an
attack on a post or a bomb hit, after the toll or on its own. Texts are our own."""

import pytest

from wirecoder.model import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        ("04/02/2015: Assailants attacked a checkpoint in Samarra city, Salah ad Din province, Iraq. Five people were "
         "killed in the attack. The victims included four police officers and a driver. No group claimed "
         "responsibility for the incident.", "Police Forces of Iraq"),
        ("04/02/2015: Assailants attacked a checkpoint in Samarra city, Salah ad Din province, Iraq. The victims "
         "included four police officers. No group claimed responsibility for the incident.", "Police Forces of Iraq"),
        ("08/30/2012: Assailants detonated an explosive device near a tea shop in Kohat city, Khyber Pakhtunkhwa "
         "province, Pakistan. Three people were killed in the blast. The victims included two soldiers. No group "
         "claimed responsibility for the incident.", "Military Forces of Pakistan"),
        # Unchanged: people listed are civilians; without a list the post's holders are the military.
        ("08/30/2012: Assailants detonated an explosive device near a tea shop in Kohat city, Khyber Pakhtunkhwa "
         "province, Pakistan. Three people were killed in the blast. The victims included two children.",
         "Civilians (Pakistan)"),
        ("04/02/2015: Assailants attacked a checkpoint in Samarra city, Salah ad Din province, Iraq. No group "
         "claimed responsibility for the incident.", "Military Forces of Iraq"),
    ],
)
def test_actors_victims_listed_name_the_target(pipeline, text: str, actor2: str) -> None:
    (article,) = pipeline.process([Article("summary", text)])
    assert article.events[0].actor2 == actor2
