"""A place named as an earlier occurrence's; warnings, drills and arrests read in more languages
(issue 14, session 39).

An English report of a flash flood recalled that "in April 2031 a water truck
was carried away at the same crossing": 2031 was read as the report's own
year, against its event's 2036 reports, and the report stayed alone
(heldout37). A sentence naming a place as an earlier occurrence's (``at the
same crossing``, ``المنطقة نفسها``, ``در همان محل``, ``в том же месте``,
``同一地点``) recalls it, as one naming the same company does. A fire service
sounding the alarm over fans that did not start in a drill (Norwegian ``slår
alarm``, ``under øvelse``), a disaster agency's warning (Somali ``digniin``) and
arrests (Odia ``ଗିରଫ``) were not read as the steps before and after they are.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import typed_facts
from storyline.text.dates.evidence import own_and_recalled_years

AHEAD = "act.followup:ahead"
ARREST = "act.followup:arrest"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A minibus was swept away on Tuesday. In April 2031 a water truck was carried away "
         "at the same crossing.", "en"),
        ("قتل ستة في انهيار. وضرب زلزال المنطقة نفسها في سبتمبر 2031.", "ar"),
        ("شش نفر کشته شدند. در سال 2031 یک تانکر آب در همان محل را سیل برد.", "fa"),
        ("Погибли шесть человек. В августе 2031 года в том же месте погибли двое.", "ru"),
        ("六人遇难。2031年，一辆水车在同一地点被洪水冲走。", "zh"),
    ],
)  # fmt: skip
def test_a_year_beside_the_same_place_is_recalled(text: str, lang: str) -> None:
    own, recalled = own_and_recalled_years(text, lang)
    assert 2031 in recalled
    assert 2031 not in own


def test_a_year_of_the_report_itself_stays_its_own() -> None:
    own, recalled = own_and_recalled_years(
        "A water truck was swept away at a river crossing in April 2031.", "en"
    )
    assert own == (2031,) and recalled == ()


@pytest.mark.parametrize(
    ("title", "fact"),
    [
        ("Brannvesenet slår alarm: Vifter i Ryfylketunnelen startet ikke under øvelse", AHEAD),
        ("Meteorologene advarer mot kraftig regn på Vestlandet", AHEAD),
        ("NADFOR oo digniin ka bixisay roobab culus iyo daadad", AHEAD),
        ("କ୍ରେନ ଦୁର୍ଘଟଣା: ଠିକାଦାର ସଂସ୍ଥାର ସାଇଟ ମ୍ୟାନେଜର ସମେତ ତିନି ଗିରଫ", ARREST),
        ("Politiet har pågrepet tre etter tunnelbrannen", ARREST),
        ("पारादीप क्रेन हादसे में ठेकेदार कंपनी के तीन लोग गिरफ्तार", ARREST),
    ],
)
def test_steps_before_and_after_are_read(title: str, fact: str) -> None:
    assert fact in typed_facts(title, "", None)


@pytest.mark.parametrize(
    "title",
    [
        "To døde etter lastebilbrann i Ryfylketunnelen",
        "Daad ka rogmaday Togga Maroodi Jeex oo qaaday bas rakaab ah",
        "ପାରାଦୀପ ବନ୍ଦରରେ ଝଡ଼ରେ କ୍ରେନ ଓଲଟି ଛଅ ଶ୍ରମିକଙ୍କ ମୃତ୍ୟୁ",
        "Flash flood sweeps minibus off Hargeisa river crossing, at least nine dead",
    ],
)
def test_the_events_own_headlines_name_no_step(title: str) -> None:
    facts = typed_facts(title, "", None)
    assert AHEAD not in facts and ARREST not in facts


@pytest.mark.parametrize(
    ("title", "fact"),
    [
        ("В Ирландии простились с 16-летней жертвой аварии аттракциона в Голуэе",
         "act.followup:funeral"),
        ("土耳其粮仓爆炸案 面粉厂老板等4人被拘", ARREST),
        ("印度阿萨姆邦起火气井历时16天终被封堵", "act.followup:after"),
    ],
)  # fmt: skip
def test_a_farewell_a_detention_and_a_fire_out_after_days_are_steps_after(
    title: str, fact: str
) -> None:
    """Read in heldout38 after its blind measure: a Russian farewell to a ride's victim, Chinese
    detentions (``被拘``), a Chinese well fire capped "after sixteen days" (``历时16天终``)."""
    assert fact in typed_facts(title, "", None)


@pytest.mark.parametrize(
    "title",
    ["Президент простился с журналистами", "工人历时16天的罢工结束", "印度阿萨姆邦一气井井喷起火"],
)
def test_a_farewell_to_the_living_or_a_duration_is_no_step(title: str) -> None:
    assert not [f for f in typed_facts(title, "", None) if f.startswith("act.followup")]
