"""Headline amounts and serial numbers as typed facts (link/headline.py): another deal by the
same actors, the next satellite of a series, in several languages and scripts."""

from __future__ import annotations

import pytest

from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.headline import amount_conflict, disease_facts, headline_facts

#: One transfer fee, as outlets in five languages write it in their headlines.
SAME_FEE = [
    "Al-Nakheel complete €68m signing of winger Karim Sellami",
    "النخيل يضم الجناح سلامي مقابل 68 مليون يورو",
    "«Аль-Нахиль» купил Селлами за 68 миллионов евро",
    "6800万欧元！纳希尔官宣签下边锋塞拉米",
    "El Al-Nakheel ficha a Sellami por 68 millones",
    "نخیل سلامی را به قیمت ۶۸ میلیون یورو خرید",
]


@pytest.mark.parametrize("title", SAME_FEE)
def test_one_fee_in_every_script_is_one_amount(title: str) -> None:
    (fact,) = [f for f in headline_facts(title) if f.startswith("amt:")]
    assert fact.endswith(":68000000")
    for other in SAME_FEE:
        assert not fact_conflicts(typed_facts(title, ""), typed_facts(other, ""))


@pytest.mark.parametrize(
    "title",
    [
        "Al-Nakheel land midfielder for €35m a week after Sellami splurge",
        "«Аль-Нахиль» заплатил 35 млн евро за бразильца",
        "纳希尔3500万欧元签下巴西中场",
        "النخيل يتعاقد مع لاعب وسط برازيلي مقابل 35 مليون يورو",
    ],
)
def test_another_deal_of_the_same_club_conflicts(title: str) -> None:
    for event in SAME_FEE:
        assert "amt" in fact_conflicts(typed_facts(title, ""), typed_facts(event, ""))


def test_amounts_of_one_deal_rounded_or_with_add_ons_agree() -> None:
    assert not amount_conflict(headline_facts("€2.1bn plant"), headline_facts("€2.3bn plant"))
    assert not amount_conflict(headline_facts("€75m deal"), headline_facts("€68m + €7m"))
    # another currency is not compared (1 trillion yen is about 7 billion dollars)
    assert not amount_conflict(headline_facts("1兆円"), headline_facts("$7bn deal"))
    assert not amount_conflict(
        headline_facts("Jinlong picks Zaragoza for 2.1 billion euro plant"),
        headline_facts("金龙新能源拟投资约165亿元在西班牙建设电池工厂"),
    )


def test_counts_and_lead_amounts_are_no_headline_amounts() -> None:
    assert headline_facts("日均增产27.4万桶") == ()
    assert headline_facts("Floods displace 2 million people") == ()
    assert headline_facts("Más de 3 millones de personas sin luz") == ()
    # losses grow while a disaster is reported: no amount where a headline names them
    assert headline_facts("Quake kills 40, $9 million damage") == ()
    assert headline_facts("Наводнение: ущерб оценили в 2 млрд рублей") == ()
    assert headline_facts("خسائر الفيضانات تبلغ 300 مليون دولار") == ()
    # an amount restated in the lead is not the headline's: no conflict from it
    a = typed_facts(
        "Club signs midfielder", "A week after paying €68m for the winger, it paid €35m."
    )
    assert not [f for f in a if f.startswith("amt:")]


def test_kartellamt_amounts_in_german_and_persian() -> None:
    assert headline_facts("Kartellamt gibt 2,35 Mrd. Euro schwere Übernahme frei") == (
        "amt:eur:2350000000",
    )
    assert headline_facts("خرید ۴۸۰ میلیون یورویی") == ()  # the currency is an adjective: left out
    assert headline_facts("خرید به ارزش ۴۸۰ میلیون یورو") == ("amt:eur:480000000",)


def test_serial_numbers_of_one_name_across_scripts() -> None:
    en = headline_facts("Kagero-3 puts Hoshimi-4 radar satellite in orbit")
    ar = headline_facts('صاروخ "كاغيرو-3" يضع القمر "هوشيمي-4" في المدار')
    fa = headline_facts("ماهواره «هوشیمی-۴» با موشک «کاگرو-۳» به مدار رسید")
    zh = headline_facts("日本火箭将HOSHIMI-5卫星送入轨道")
    ru = headline_facts("Ракета «Кагеро-3» вывела на орбиту спутник «Хошими-5»")
    assert ru == ("model.hsm:5", "model.kgr:3")
    assert fact_conflicts(en, ru) == ("model.hsm",)
    assert "model.hsm:4" in en and "model.hsm:4" in ar and "model.hsm:4" in fa
    assert not fact_conflicts(en, ar) and not fact_conflicts(ar, fa)
    assert fact_conflicts(en, zh) == ("model.hsm",)
    # only a name both give is compared; a score is no serial number
    assert not fact_conflicts(headline_facts("Kagero-3 flies again"), zh)
    assert headline_facts("Iraq beat Iran 2-1 in the final") == ()


@pytest.mark.parametrize(
    ("title", "diseases"),
    [
        ("South Korea approves Hanbit's Respiguard, first home-grown RSV vaccine", ("rsv",)),
        ("韩国批准首款国产呼吸道合胞病毒疫苗", ("rsv",)),
        ("印尼批准韩光生物RSV疫苗", ("rsv",)),
        ("كوريا الجنوبية تجيز أول لقاح محلي ضد الفيروس المخلوي التنفسي", ("rsv",)),
        ("В Южной Корее одобрили первую отечественную вакцину от РСВ", ("rsv",)),
        ("مجوز واکسن آنفلوانزای هانبیت در کره جنوبی", ("influenza",)),
        ("الإنفلونزا الموسمية تضرب مبكرا", ("influenza",)),
        ("كوريا الجنوبية توافق على لقاح محلي ضد الحزام الناري", ("shingles",)),
        ("한빛바이오로직스 대상포진 백신 허가", ("shingles",)),
        ("Вспышка птичьего гриппа на птицефабрике", ("avian-flu",)),
        ("Bird flu found on a poultry farm", ("avian-flu",)),
        ("Vogelgrippe in Bayern", ("avian-flu",)),
        ("وبا در سیستان و بلوچستان", ("cholera",)),
        ("Sarampión en Madrid: 12 casos", ("measles",)),
        # not diseases: a grip, a war zone, a generation, a share of a house, RSVP
        ("Taliban tighten grip on Kabul", ()),
        ("Combates en la zona de guerra", ()),
        ("نسل جدید خودروهای برقی", ()),
        ("شش دانگ خانه به نام او شد", ()),
        ("RSVP by Friday", ()),
    ],
)
def test_the_diseases_a_headline_names(title: str, diseases: tuple[str, ...]) -> None:
    assert disease_facts(title) == tuple(f"disease:{d}" for d in diseases)


def test_another_disease_is_another_approval() -> None:
    # the same company's flu vaccine against its RSV vaccine: two approvals
    flu = typed_facts("مجوز واکسن آنفلوانزای هانبیت در کره جنوبی", "")
    rsv = typed_facts("نخستین واکسن کره‌ای ویروس سین‌سیشیال تنفسی مجوز گرفت", "")
    assert fact_conflicts(flu, rsv) == ("disease",)
    same = typed_facts("South Korea approves Hanbit's RSV vaccine", "")
    assert fact_conflicts(rsv, same) == ()


def test_georgian_and_mingrelian_amounts() -> None:
    # session 47: a Mingrelian report of a eurobond had no amount in its headline
    assert headline_facts("საქართველოქ 750 მილიონი დოლარიშ ევრობონდეფი გაჸიდუ ლონდონს") == (
        "amt:usd:750000000",
    )
    assert headline_facts("საქართველომ 1,2 მილიარდი დოლარის ობლიგაციები გაყიდა") == (
        "amt:usd:1200000000",
    )
