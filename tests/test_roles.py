"""Office holders as evidence (issue 14 item 4): the same role filled by another person.

Two reports of the same actors can be about two occurrences of one kind of
event: this cabinet's confidence vote and the previous one, under another
prime minister. :mod:`storyline.link.roles` reads who holds a role from a
headline and lead, as typed facts ``role.<role>:<name skeleton>``; the
existing conflict (:func:`storyline.link.facts.fact_conflicts`) takes two
different holders of one role as evidence of another occurrence.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.link.facts import conflict_line, fact_conflicts, fact_note, typed_facts
from storyline.link.roles import role_conflict, role_facts
from storyline.link.tracker import TrackerConfig

sys.path.insert(0, str(Path(__file__).parent))
from fixture_stories import fixture_stories  # noqa: E402

ROLES = Path(__file__).parent / "fixtures" / "roles"


def _holders(lead: str) -> set[str]:
    return {f for f in role_facts(lead) if f.startswith("role.")}


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Parliament backs Prime Minister Karim Haddad's cabinet", {"role.pm:krm.hd"}),
        ("رئيس الوزراء كريم حداد يلقي كلمته", {"role.pm:krm.hd"}),
        ("رئيس الحكومة اللبنانية كريم حداد", {"role.pm:krm.hd"}),
        ("نالت حكومة الرئيس كريم حداد ثقة مجلس النواب", {"role.pm:krm.hd"}),
        ("نخست وزیر کریم حداد گفت", {"role.pm:krm.hd"}),
        ("نخست‌وزیر کریم حداد گفت", {"role.pm:krm.hd"}),  # with ZWNJ
        ("نخستوزیر کریم حداد گفت", {"role.pm:krm.hd"}),  # ZWNJ stripped
        ("Парламент поддержал премьер-министра Карима Хаддада.", {"role.pm:krm.hd"}),
        ("премьер Ливана Карим Хаддад заявил", {"role.pm:kr.hd"}),  # Карим: -им cut as an ending
        ("议会通过了对总理卡里姆·哈达德领导的新政府的信任投票", {"role.pm:卡里姆·哈达德"}),
        ("国务院总理李强，", {"role.pm:李强"}),
        ("美国总统拜登表示", {"role.president:拜登"}),
        ("Başbakan Karim Haddad açıkladı", {"role.pm:krm.hd"}),
        ("el primer ministro Karim Haddad prometió", {"role.pm:krm.hd"}),
        ("Premierminister Karim Haddad sagte", {"role.pm:krm.hd"}),
        ("le Premier ministre Karim Haddad a promis", {"role.pm:krm.hd"}),
        ("Foreign Minister Sergei Lavrov met", {"role.fm:srg.lr"}),
        ("وزير الخارجية فؤاد حسين", {"role.fm:fd.hsn"}),
        ("Speaker Fouad Hamadeh announced", {"role.speaker:fd.hmdh"}),
        ("Dışişleri Bakanı Hakan Fidan", {"role.fm:hkn.fdn"}),
    ],
)
def test_holders_in_several_languages_and_scripts(lead: str, want: set[str]) -> None:
    assert _holders(lead) == want


@pytest.mark.parametrize(
    "lead",
    [
        "Former prime minister Salim Daher spoke.",
        "ex-President Jones and the deputy prime minister Ali Khan spoke.",
        "Prime Minister-designate Karim Haddad began consultations.",
        "رئيس الوزراء السابق سليم ضاهر",
        "نائب رئيس الوزراء سليم ضاهر",
        "نخست وزیر پیشین سلیم ضاهر",
        "бывший премьер-министр Салим Захер",
        "вице-премьер Салим Захер",
        "前总理萨利姆·扎希尔",
        "副总理萨利姆·扎希尔",
        "el ex primer ministro Salim Daher",
        "eski Başbakan Salim Daher",
        "der ehemalige Premierminister Salim Daher",
        "l'ancien Premier ministre Salim Daher",
        "总统选举",  # a presidential election, no president
        "the prime minister's office said",  # no name
    ],
)
def test_former_deputy_and_nameless_roles_have_no_holder(lead: str) -> None:
    assert _holders(lead) == set()


def test_the_place_after_a_governor_is_no_holder() -> None:
    # ``губернатор Забайкальского края``, ``محافظ البصرة``: the place comes after the title
    assert _holders("губернатор Забайкальского края заявил") == set()
    assert _holders("قال محافظ البصرة") == set()
    assert _holders("Basra governor Asaad al-Eidani said") == {"role.governor:sd.dn"}


def test_another_holder_conflicts_the_same_person_in_another_script_does_not() -> None:
    haddad_en = typed_facts("Parliament backs Prime Minister Karim Haddad's cabinet", "")
    haddad_ru = typed_facts("Парламент утвердил правительство премьер-министра Карима Хаддада", "")
    haddad_ar = typed_facts("حكومة الرئيس كريم حداد تنال الثقة", "")
    daher_en = typed_facts("Parliament backs Prime Minister Salim Daher's cabinet", "")
    daher_ar = typed_facts("حكومة الرئيس سليم ضاهر تنال الثقة", "")
    assert fact_conflicts(haddad_en, daher_en) == ("role.pm",)
    assert fact_conflicts(haddad_ar, daher_ar) == ("role.pm",)
    assert fact_conflicts(haddad_ru, daher_en) == ("role.pm",)
    for a, b in ((haddad_en, haddad_ru), (haddad_en, haddad_ar), (haddad_ru, haddad_ar)):
        assert fact_conflicts(a, b) == ()
    # a surname alone is the same person
    assert fact_conflicts(haddad_en, typed_facts("Prime Minister Haddad said", "")) == ()


def test_chinese_names_are_compared_only_with_chinese_names() -> None:
    # Chinese transliteration drops consonants (斯塔默 is Starmer): no comparison across scripts
    zh = typed_facts("英国首相斯塔默表示", "")
    assert fact_conflicts(zh, typed_facts("Prime Minister Keir Starmer said", "")) == ()
    assert fact_conflicts(zh, typed_facts("英国首相约翰逊表示", "")) == ("role.pm",)
    assert not role_conflict({"哈达德"}, {"krm.hd"}, set(), set())


def test_a_holder_the_other_report_mentions_is_no_conflict() -> None:
    # two presidents met: one report gives the title to one, the other to the other
    a = typed_facts("President Macron hosts Scholz in Paris", "")
    b = typed_facts("Chancellor Scholz meets Macron; President Steinmeier absent", "")
    c = typed_facts("President Steinmeier visits Rome", "")
    assert fact_conflicts(a, b) == ()
    assert fact_conflicts(a, c) == ("role.president",)


def test_the_conflict_in_words() -> None:
    a = typed_facts("Parliament backs Prime Minister Karim Haddad's cabinet", "")
    b = typed_facts("Parliament backs Prime Minister Salim Daher's cabinet", "")
    assert (
        conflict_line(a, b, 5.0)
        == "-5.0 other prime minister (krm.hd vs slm.dhr): another occurrence?"
    )
    assert (
        fact_note(a, [a]) == "typed facts: the same prime minister (krm.hd) as 1 of 1 core member"
    )


def _stories(config: TrackerConfig) -> tuple[dict[str, str], dict[str, str]]:
    return fixture_stories(ROLES, config)


def test_the_previous_prime_ministers_vote_stays_out_and_joins_without_the_rule() -> None:
    on, reasons = _stories(TrackerConfig())
    off, _ = _stories(replace(TrackerConfig(), fact_conflict=0.0))
    event, other = "en-montenegro-radovic-confidence.txt", "en-montenegro-petrovic-confidence.txt"
    assert on[other] != on[event]
    assert off[other] == off[event]  # what the rule changes: same words, another prime minister
    assert on["ru-chernogoriya-radovic-doverie.txt"] == on[event]
    assert on["ar-montenegro-petrovic-thiqa.txt"] != on[event]
    assert "prime minister" in reasons[event] + reasons[other]


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("a source said Bashar al-Assad, the Syrian president, gave", {"role.president:bsr.sd"}),
        ("منبع دولتی گفت که بشار اسد، رئیس‌جمهور سوریه به نیروی هوایی", {"role.president:bsr.sd"}),
        ("قال عادل عبد المهدي، رئيس الوزراء العراقي، إن", {"role.pm:bd.mhd"}),
        ("Карим Хаддад, премьер-министр Ливана, заявил", {"role.pm:kr.hd"}),
        ("Karim Haddad, the prime minister of Lebanon, said", {"role.pm:krm.hd"}),
        # no apposition: a place before the comma, a clause after the title, a former holder
        ("In Baghdad, the president said", set()),
        ("talks in Baghdad, the president of Iraq said", set()),
        ("Salim Daher, the former prime minister, said", set()),
        ("عادل عبدالمهدی، نخست وزیر پیشین عراق", set()),
    ],
)
def test_a_holder_named_before_the_role_in_an_apposition(lead: str, want: set[str]) -> None:
    assert _holders(lead) == want


def test_an_outlet_credited_before_a_comma_is_no_holder() -> None:
    assert _holders("به گزارش پیام شرق، رئیس جمهور لبنان روز دوشنبه") == set()
    assert _holders("نقلا عن وكالة الأنباء، رئيس الوزراء قال") == set()
