"""The steps of a trade agreement, a natural disaster, a boat's news, an amnesty and an oil or
gas field (link/milestones.py).

Each procedure's steps are days, weeks or years apart with the same actors and figures: a
round of trade talks, the agreement signed, ratified, in force; a storm warning, the storm (or
avalanche, landslide, flood) that kills, its aftermath; boat trips suspended, a boat capsized;
an amnesty bill, the amnesty granted, those freed re-arrested; a well drilled, a discovery, the
field's development. Reports telling two different steps are two events (the stage conflict).
A step expected, planned or vowed is not the step told.
"""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts
from storyline.link.milestones import milestone_facts


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        ("Fifth round of free trade talks ends in Kathmandu", "stage.trade:talks"),
        ("Nepal and the UK sign free trade agreement", "stage.trade:signed"),
        ("Nepal, UK sign free trade agreement after six rounds of talks", "stage.trade:signed"),
        ("Непал и Британия подписали соглашение о свободной торговле", "stage.trade:signed"),
        ("نيبال وبريطانيا توقعان اتفاقية تجارة حرة", "stage.trade:signed"),
        ("尼泊尔与英国签署自由贸易协定", "stage.trade:signed"),
        ("Parliament ratifies UK-Nepal trade deal", "stage.trade:ratified"),
        ("Госдума ратифицировала соглашение о зоне свободной торговли", "stage.trade:ratified"),
        ("Free trade agreement with the UK enters into force", "stage.trade:force"),
        ("PAGASA raises Signal No. 4 as super typhoon nears Luzon", "stage.disaster:warning"),
        ("Super typhoon expected to make landfall in Isabela on Thursday", "stage.disaster:warning"),
        ("台风“海葵”预计明日登陆吕宋岛", "stage.disaster:warning"),
        ("Typhoon Haikui makes landfall in Isabela, killing 12", "stage.disaster:disaster"),
        ("Тайфун обрушился на север Филиппин, погибли 12 человек", "stage.disaster:disaster"),
        ("إعصار يضرب شمال الفلبين ومقتل 12 شخصا", "stage.disaster:disaster"),
        ("台风“海葵”在伊莎贝拉省登陆 已致12人死亡", "stage.disaster:disaster"),
        ("Avalanche kills seven climbers on Manaslu", "stage.disaster:disaster"),
        ("Damage from Typhoon Haikui put at 8 billion pesos", "stage.disaster:aftermath"),
        ("Last bodies recovered from Manaslu avalanche", "stage.disaster:aftermath"),
        ("Coast guard suspends boat trips as storm warning is raised", "stage.boat:suspended"),
        ("下龙湾暂停游船出海", "stage.boat:suspended"),
        ("Tour boat capsizes in Ha Long Bay, 14 dead", "stage.boat:capsized"),
        ("В бухте Халонг перевернулось прогулочное судно", "stage.boat:capsized"),
        ("انقلاب قارب سياحي في خليج ها لونغ", "stage.boat:capsized"),
        ("下龙湾游船倾覆 14人遇难", "stage.boat:capsized"),
        ("Parliament to debate amnesty bill", "stage.amnesty:proposal"),
        ("President signs amnesty freeing 3,000 prisoners", "stage.amnesty:granted"),
        ("Президент подписал указ об амнистии", "stage.amnesty:granted"),
        ("120 freed under amnesty re-arrested", "stage.amnesty:rearrest"),
        ("Drilling begins at Leviathan South well", "stage.field:drilling"),
        ("Israel Energy announces major gas discovery off Haifa", "stage.field:discovery"),
        ("在海法近海发现大型天然气田", "stage.field:discovery"),
        ("Ministry approves development plan for gas field", "stage.field:production"),
    ],
)
def test_a_headline_tells_its_step(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


@pytest.mark.parametrize(
    "headline",
    [
        "Tariffs on exports cut under new free trade agreement",  # a trade deal, no export ban
        "Field could begin production by 2049, says the operator",  # expected, not begun
        "Typhoon season opens quietly",
        "Ferry operator names new chief executive",
        "Swedish prosecutor names guide who led skiers into an avalanche near the resort",
        "Iran and Iraq agree to lift sunken ships from the Arvand",
        "ایران و عراق لاشه‌های کشتی‌های غرق‌شده را از اروندرود بیرون می‌کشند",
        "مالدیو مجوز کشتی تفریحی را تعلیق کرد",  # a licence suspended: no trips suspended
        "إثيوبيا تحدد حمولة المركبات على جسر أواش",  # vehicles, not boats
    ],
)
def test_no_step_without_its_object_and_word(headline: str) -> None:
    assert "stage.field:production" not in milestone_facts(headline)
    assert not [f for f in milestone_facts(headline) if f.split(":")[0] in (
        "stage.ban", "stage.disaster", "stage.boat", "stage.field"
    )]


def test_a_later_step_names_the_one_before_it() -> None:
    assert milestone_facts("Ferry capsizes off Ha Long after trips resumed") == ("stage.boat:capsized",)
    assert milestone_facts("Typhoon kills 12 after days of warnings") == ("stage.disaster:disaster",)
    assert milestone_facts("Israel Energy drilling finds gas off Haifa") == ("stage.field:discovery",)


def test_different_steps_conflict_and_the_same_step_does_not() -> None:
    warning = milestone_facts("PAGASA raises Signal No. 4 as super typhoon nears Luzon")
    landfall = milestone_facts("Typhoon Haikui makes landfall in Isabela, killing 12")
    held = milestone_facts("台风“海葵”在伊莎贝拉省登陆 已致12人死亡")
    assert fact_conflicts(warning, landfall)
    assert not fact_conflicts(landfall, held)
    signed = milestone_facts("尼泊尔与英国签署自由贸易协定")
    ratified = milestone_facts("Parliament ratifies UK-Nepal trade deal")
    assert fact_conflicts(signed, ratified)


def test_a_step_expected_or_planned_is_not_told() -> None:
    assert milestone_facts("Hiemstra breaks 5,000m world record") == ("stage.record:set",)
    assert milestone_facts("Storm expected to hit as ferries stay in port") == ("stage.boat:suspended",)


@pytest.mark.parametrize(
    ("headline", "stage"),
    [
        # Welsh (with its mutations), Tagalog, Nepali, Georgian, Vietnamese, Hebrew
        ("Llofnodi cytundeb masnach rydd ag Indonesia yng Nghastell Caerdydd", "stage.trade:signed"),
        ("Y rownd olaf o drafodaethau masnach ag Indonesia yn dod i ben", "stage.trade:talks"),
        ("Bagyong Lusing, nag-landfall sa Guiuan, Eastern Samar; 14 patay", "stage.disaster:disaster"),
        ("मनास्लुमा हिमपहिरो, नौ आरोहीको मृत्यु", "stage.disaster:disaster"),
        ("मनास्लुमा हिमपहिरो जाने खतरा, आरोहीलाई माथि नजान भनियो", "stage.disaster:warning"),
        ("ბათუმთან სასეირნო კატარღა გადატრიალდა: შვიდი ადამიანი დაიღუპა", "stage.boat:capsized"),
        ("ქარიშხლის გაფრთხილება: ბათუმში სასეირნო კატარღების რეისები შეჩერდა", "stage.boat:suspended"),
        ("Chủ tịch nước quyết định đặc xá cho 3.512 phạm nhân", "stage.amnesty:granted"),
        ("Hội đồng tư vấn đặc xá thống nhất danh sách đề nghị Chủ tịch nước", "stage.amnesty:proposal"),
        ("越南特赦咨询委员会通过拟特赦名单", "stage.amnesty:proposal"),
        ("Вьетнам: одиннадцать амнистированных вновь задержаны", "stage.amnesty:rearrest"),
        ("فيتنام تصدر عفوا عن نحو 3500 سجين", "stage.amnesty:granted"),
        ("رئيس‌جمهوری ویتنام فرمان عفو ویژه ۳۵۱۲ زندانی را امضا کرد", "stage.amnesty:granted"),
        ("阿塞拜疆议会通过大赦法 约4000人受益", "stage.amnesty:passed"),
        ("Parliament passes amnesty law", "stage.amnesty:passed"),
        ("גלים אנרגיה מדווחת על תגלית גז במאגר אופק", "stage.field:discovery"),
        ("גלים אנרגיה החלה לקדוח בקידוח תבור 1", "stage.field:drilling"),
    ],
)
def test_more_languages_tell_the_steps(headline: str, stage: str) -> None:
    assert milestone_facts(headline) == (stage,)


def test_a_law_passed_is_neither_the_bill_nor_the_release() -> None:
    passed = milestone_facts("Parliament passes amnesty bill")
    assert passed == ("stage.amnesty:passed",)
    assert fact_conflicts(passed, milestone_facts("President signs amnesty freeing 3,000 prisoners"))
    assert milestone_facts("President signs amnesty law passed by parliament") == ("stage.amnesty:granted",)
