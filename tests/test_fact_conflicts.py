"""Typed facts (a score, the rates stated) that differ: evidence of another occurrence (issue 14).

Two reports of the same actors in the same language read alike to the
title+lead vector whether they report one occurrence or two (this year's
final and last year's, a rate cut and the previous hold). The tracker takes a
conflicting typed fact as evidence of another occurrence
(:mod:`storyline.link.facts`, ``TrackerConfig.fact_conflict``).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from storyline.api import describe_reason, same_event
from storyline.encode import HashingEncoder, get_encoder
from storyline.link.decide import fact_keys, link_keys
from storyline.link.facts import fact_conflicts, typed_facts
from storyline.link.tracker import TrackerConfig
from storyline.pipeline import ingest
from storyline.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from tracker_checks import probabilities_with_and_without_facts  # noqa: E402

FACTS = Path(__file__).parent / "fixtures" / "facts"


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Iraq edge Iran 2-1 in final", "", {"score:1-2"}),
        ("Ирак обыграл Иран", "со счетом 2:1 в Басре", {"score:1-2"}),
        ("西亚锦标赛决赛：伊拉克2比1逆转伊朗夺冠", "", {"score:1-2"}),
        ("ایران با پیروزی ۳ بر ۱ مقابل عراق قهرمان شد", "", {"score:1-3"}),
        ("فوز العراق على إيران", "بعد فوزه بهدفين مقابل هدف واحد", {"score:1-2"}),
        ("تعادل العراق وإيران", "انتهت بالتعادل الإيجابي بهدف لكل منهما", {"score:1-1"}),
        ("شکست ایران در فینال", "با نتیجه دو بر یک مقابل عراق شکست خورد", {"score:1-2"}),
        ("البنك المركزي يخفض الفائدة", "إلى 19% و20%", {"pct:19", "pct:20"}),
        ("ЦБ снизил ставку", "до 19,5 процента", {"pct:19.5"}),
        ("Merkez bankası faizi indirdi", "politika faizi yüzde 19'a indi", {"pct:19"}),
        ("央行降息", "下调至19%和20%", {"pct:19", "pct:20"}),
        ("Baisse des taux", "à 9,75 % et 10,75 %", {"pct:9.75", "pct:10.75"}),
        ("ЦБ Египта снизил ставки на 200 базисных пунктов", "", {"n.basis:200"}),
        ("埃及央行降息200个基点", "", {"n.basis:200"}),
        ("Rates cut by 100 basis points", "", {"n.basis:100"}),
        ("Uzbekistan and Azerbaijan sign 14 documents", "", {"n.docum:14"}),
        ("أوزبكستان وأذربيجان توقعان 14 وثيقة", "", {"n.docum:14"}),
        ("乌兹别克斯坦与阿塞拜疆签署14份合作文件", "", {"n.docum:14"}),
        ("Özbekistan ile Azerbaycan arasında 14 anlaşma imzalandı", "", {"n.agree:14"}),
        ("Flight 302 crashed after take-off", "", {"n.crash:302"}),
    ],
)
def test_typed_facts_in_several_scripts(title: str, text: str, want: set[str]) -> None:
    # the occurrence facts (a rate cut's ``stage.decision:cut``) are tested in test_occurrence.py
    facts = {f for f in typed_facts(title, text) if not f.startswith(("stage.", "ordinal."))}
    assert facts == want


def test_times_dates_and_counts_are_not_typed_facts() -> None:
    # a time, a date, a year range: never a score; tolls rise, so counts are never facts
    text = "20 ноября, 22:41. Talks on 2026-10-14, 10:05 GMT, 2019-2020; 12 dead, 40 injured"
    assert typed_facts("Quake kills 12", text) == ("day:10-14",)  # the day it states: link/recall.py


@pytest.mark.parametrize(
    "title,text",
    [
        ("Rząd przeznaczy 8 milionów złotych", "Na program przeznaczono 8 milionów złotych."),
        ("援助", "政府宣布提供2.6亿美元援助，会议于6点开始。"),
        ("Выделено 300 долларов", "Каждая семья получит 300 долларов и 20 евро."),
        ("تخصيص 500 دولار", "خصصت الحكومة 500 دولار لكل أسرة."),
        ("Meeting at 10 Uhr", "Das Treffen beginnt um 10 Uhr, es geht um 40 Euro."),
    ],
)
def test_amounts_of_money_and_hours_are_not_typed_facts(title: str, text: str) -> None:
    # reports of one event state amounts and hours differently (same-event SemEval dev pairs:
    # 8 vs 6.06 milionow, 美元 amounts, 6点 vs 7点 were false conflicts)
    assert not [f for f in typed_facts(title, text) if not f.startswith("pct")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Eight producers raise output by 274,000 barrels per day in May", ""),
        ("Ocho países aumentarán su producción en 274.000 barriles diarios", ""),
        ("Восемь стран увеличат добычу на 274 тыс. баррелей в сутки", ""),
        ("أوبك+ تقرر زيادة الإنتاج 274 ألف برميل يومياً", ""),
        ("هشت عضو اوپک پلاس تولید را ۲۷۴ هزار بشکه افزایش می دهند", ""),
        ("欧佩克+八国同意5月日均增产27.4万桶", ""),
    ],
)
def test_a_number_keyed_by_its_noun_is_one_key_across_languages(title: str, text: str) -> None:
    # the same noun in six languages and four scripts, thousands in words multiplied
    assert "n.barre:274000" in typed_facts(title, text)


def test_another_count_of_the_same_noun_in_another_language_conflicts() -> None:
    # an output decision of another month: 137,000 barrels vs 274.000 barriles (es) / 27.4万桶 (zh)
    april = typed_facts("Producers stick to 137,000 bpd increase for April", "")
    may_es = typed_facts("Aumentarán su producción en 274.000 barriles diarios en mayo", "")
    may_zh = typed_facts("欧佩克+八国同意5月日均增产27.4万桶", "")
    may_ru = typed_facts("Увеличат добычу в мае на 274 тыс. баррелей в сутки", "")
    assert fact_conflicts(april, may_es) == fact_conflicts(april, may_zh) == ("n.barre",)
    assert fact_conflicts(may_es, may_zh) == fact_conflicts(may_ru, may_zh) == ()
    # documents: 14 (en) vs 14份 (zh) agree, 11 وثيقة (ar) does not
    en, zh = typed_facts("Leaders sign 14 documents", ""), typed_facts("双方签署14份合作文件", "")
    ar = typed_facts("توقيع 11 وثيقة بين البلدين", "")
    assert fact_conflicts(en, zh) == () and fact_conflicts(zh, ar) == ("n.docum",)


def test_thousands_of_vehicles_are_one_key_across_languages_and_round_alike() -> None:
    # a recall's count of cars in five languages and four scripts; another recall's is other
    recall = [
        typed_facts("Valmont rappelle 412 300 voitures pour un défaut de freinage", ""),
        typed_facts("فالمون تستدعي 412 ألف سيارة بسبب عطل في الفرامل", ""),
        typed_facts("فراخوان ۴۱۲ هزار خودروی والمون به دلیل نقص ترمز", ""),
        typed_facts("瓦尔蒙汽车全球召回41.23万辆", ""),
        typed_facts("Valmont ruft 412.300 Fahrzeuge zurück", ""),
    ]
    other = typed_facts("瓦尔蒙合资公司召回3.36万辆轿车 安全带存缺陷", "")
    assert other == ("n.vehic:33600",)
    for facts in recall:
        assert any(f.startswith("n.vehic:") for f in facts), facts
        assert fact_conflicts(other, facts) == ("n.vehic",)
        # 412,000 and 412,300: one figure rounded, no conflict
        assert all(fact_conflicts(facts, same) == () for same in recall)
    # a handful of vehicles is an accident's count, which grows: each language keeps its noun
    assert [f for f in typed_facts("Landslide buries 4 cars on Route 19", "") if f.startswith("n.")] == ["n.cars:4"]
    assert fact_conflicts(typed_facts("滑坡掩埋4辆汽车", ""), typed_facts("Slide buries 6 cars", "")) == ()


def test_the_headline_s_own_count_decides_when_the_lead_restates_the_other_s() -> None:
    # another recall whose lead restates the earlier recall's 412,300 cars
    other = typed_facts(
        "瓦尔蒙合资公司召回3.36万辆轿车 安全带预紧器存缺陷",
        "合资企业召回部分轿车共计33600辆。此前，瓦尔蒙因制动问题在全球召回41.23万辆。",
    )
    assert {"hn.vehic:33600", "n.vehic:33600", "n.vehic:412300"} <= set(other)
    recall = typed_facts("Valmont recalls 412,300 vehicles over brake booster pump", "")
    assert fact_conflicts(other, recall) == ("hn.vehic",)
    # the same recall, its headline count and a lead that adds another figure: no conflict
    same = typed_facts("Valmont ruft 412.300 Fahrzeuge zurück", "Darunter 30.000 Fahrzeuge in China.")
    assert fact_conflicts(recall, same) == ()


def test_a_share_of_a_total_is_a_count_of_the_total_s_noun() -> None:
    # "38 of 90 seats" states 38 seats; a report of "38 seats" agrees with it
    share = typed_facts("Ak Jol Birimdigi wins 38 of 90 seats in Kyrgyz vote", "")
    assert {"n.seats:38", "n.seats:90"} <= set(share)
    assert fact_conflicts(share, typed_facts("阿克若尔团结党获38席", "")) == ()
    assert fact_conflicts(share, typed_facts("Партия получила 38 из 90 мест", "")) == ()
    # the shared total alone is half the figures: no conflict; other seats alone conflict
    assert fact_conflicts(share, typed_facts("Партия получила 31 из 90 мест", "")) == ()
    assert fact_conflicts(typed_facts("获31席", ""), typed_facts("获38席", "")) == ("n.seats",)


def test_rounding_is_forgiven_only_for_large_counts() -> None:
    assert fact_conflicts(["n.barre:137000"], ["n.barre:137500"]) == ()
    assert fact_conflicts(["n.barre:137000"], ["n.barre:274000"]) == ("n.barre",)
    assert fact_conflicts(["n.docum:14"], ["n.docum:15"]) == ("n.docum",)


def test_conflict_needs_both_sides_and_mostly_other_values() -> None:
    assert fact_conflicts(["score:1-2"], ["score:1-3"]) == ("score",)
    assert fact_conflicts(["score:1-2"], ["score:1-2"]) == ()
    assert fact_conflicts(["score:1-2"], ["pct:19"]) == ()  # different kinds say nothing
    # a rate report repeating last month's inflation figure, its rates other
    assert fact_conflicts(["pct:19", "pct:20", "pct:12.6"], ["pct:21", "pct:22", "pct:12.6"])
    # one report states fewer of the same figures: no conflict
    assert fact_conflicts(["pct:19", "pct:20", "pct:11.8"], ["pct:19"]) == ()


def test_link_keys_carry_the_facts_and_the_tracker_lowers_a_conflicting_pair() -> None:
    ka = link_keys("Iraq edge Iran 2-1 in the final", "Iraq beat Iran 2-1 in Basra.", "en")
    kb = link_keys("Iran beat Iraq 3-1 in the final", "Iran beat Iraq 3-1 in Basra.", "en")
    kc = link_keys("Iraq win the final", "Iraq beat Iran 2-1 in Basra.", "en")
    assert fact_keys(ka) == ("score:1-2", "stage.match:final")
    assert fact_keys(kb) == ("score:1-3", "stage.match:final")
    p_on, p_off = probabilities_with_and_without_facts((ka, kb, kc))
    assert p_on[0] < p_off[0] - 0.3  # another score: another final
    assert p_on[1] == pytest.approx(p_off[1])  # the same score: untouched


def _ingested(config: TrackerConfig) -> tuple[Store, dict[str, str]]:
    """The fixture linked as one batch, and each file's article id."""
    store = Store(":memory:")
    files = sorted(str(p) for p in FACTS.glob("*.txt"))
    ingest(files, store, encoder=get_encoder("e5-small"), tracker_config=config)
    return store, {Path(str(a.origin)).name: a.id for a in store.list_articles()}


def _stories(config: TrackerConfig) -> dict[str, str]:
    store, ids = _ingested(config)
    rows = store.link_rows(ids=list(ids.values()), model="e5-small@400")
    names = {v: k for k, v in ids.items()}
    out = {names[r.article_id]: store.resolve_story(r.story_id) or "" for r in rows}
    store.close()
    return out


def test_other_occurrences_in_one_language_stay_apart_across_scripts() -> None:
    on = _stories(TrackerConfig())
    # the cut's story holds its French report, not the same bank's hold (other rates)
    assert on["en-kenya-rate-cut.txt"] == on["fr-kenya-baisse-taux.txt"]
    assert on["en-kenya-rate-hold.txt"] != on["en-kenya-rate-cut.txt"]
    # the final's story holds its Chinese report (2比0), not the other final (3:1)
    assert on["ru-kenya-uganda-final.txt"] == on["zh-kenya-uganda-final.txt"]
    assert on["ru-kenya-uganda-final-other.txt"] != on["ru-kenya-uganda-final.txt"]


def test_without_the_rule_the_same_language_reports_join() -> None:
    """What the rule changes: with ``fact_conflict=0`` the other occurrences join."""
    off = _stories(replace(TrackerConfig(), fact_conflict=0.0))
    joined = (
        off["en-kenya-rate-hold.txt"] == off["en-kenya-rate-cut.txt"],
        off["ru-kenya-uganda-final-other.txt"] == off["ru-kenya-uganda-final.txt"],
    )
    assert all(joined)


def test_reasons_and_compare_show_the_typed_facts() -> None:
    store, ids = _ingested(TrackerConfig())
    lines = {}
    for name, aid in ids.items():
        row = store.link_rows(ids=[aid], model="e5-small@400")[0]
        detail = store.get_story(store.resolve_story(row.story_id) or "")
        assert detail is not None
        member = next(m for m in detail.articles if m.id == aid)
        lines[name] = describe_reason(member.reason)
    # the hold started its own story: the veto that kept it out is said
    assert "other percentages than" in lines["en-kenya-rate-hold.txt"]
    assert "12.5, 6.8 vs 4.1, 9.75" in lines["en-kenya-rate-hold.txt"]
    # the other final started its own story (centred on the Russian prior, its lead alone
    # already keeps it out); compare still names the score that differs
    assert lines["ru-kenya-uganda-final-other.txt"].startswith("started the story")
    finals = [store.get_article(ids[f"ru-kenya-uganda-final{k}.txt"]) for k in ("", "-other")]
    assert finals[0] is not None and finals[1] is not None
    assert any("other score" in e for e in same_event(finals[0], finals[1], store)["evidence"])
    # the Chinese report joined on the same score, across scripts
    assert "the same score (0-2)" in lines["zh-kenya-uganda-final.txt"]
    cut, hold = (store.get_article(ids[f"en-kenya-rate-{k}.txt"]) for k in ("cut", "hold"))
    assert cut is not None and hold is not None
    out = same_event(cut, hold, store)
    assert out["evidence"][0].startswith("-5.0 other percentages")
    assert not out["same_event"]
    store.close()


def test_another_count_of_the_same_noun_is_another_occurrence() -> None:
    visit = link_keys("Uzbekistan and Azerbaijan sign 14 documents", "", "en")
    earlier = link_keys("Uzbekistan, Azerbaijan sign 11 documents", "", "en")
    cut = link_keys("Central bank cuts rates by 200 basis points", "", "en")
    smaller = link_keys("Central bank cuts rates by 100 basis points", "", "en")
    assert fact_conflicts(fact_keys(visit), fact_keys(earlier)) == ("n.docum",)
    assert fact_conflicts(fact_keys(cut), fact_keys(smaller)) == ("n.basis",)
    assert fact_conflicts(fact_keys(visit), fact_keys(cut)) == ()
    # counts that grow, amounts, distances and dates are not facts of one occurrence
    early = link_keys("Quake kills 12 people, 40 injured, $2 million damage", "20 ноября", "en")
    late = link_keys("Quake kills 40 people, 120 injured, $9 million damage", "21 ноября", "en")
    assert fact_conflicts(fact_keys(early), fact_keys(late)) == ()


def test_eval_pairs_takes_the_conflict_as_the_tracker_does() -> None:
    # `eval pairs` writes the linker's join decision: the same probability as compare and ingest
    from storyline.evaluate.pairs import same_event_probabilities
    from storyline.link.decide import LinkModel
    from storyline.training.metrics import PairRow

    enc, model = HashingEncoder(dim=384), LinkModel.load()
    lead = "Iraq beat Iran {} in the West Asian final on Friday in Basra."
    rows = [
        PairRow("1", "2", "en", "en", lead.format("2-1"), lead.format("3-1"), {}),
        PairRow("3", "4", "en", "en", lead.format("2-1"), lead.format("2-1") + " Fans", {}),
    ]
    with_rule = same_event_probabilities(rows, model, enc)
    without = same_event_probabilities(rows, model, enc, fact_conflict=0.0)
    assert with_rule[0] < without[0] - 0.2  # other scores: another occurrence
    assert with_rule[1] == pytest.approx(without[1])  # the same score: untouched
