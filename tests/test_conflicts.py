"""Number and date conflicts, on the sample corpus's deliberate disagreements."""

from __future__ import annotations

from storyline.article import Article, RawDocument
from storyline.coverage.conflicts import find_conflicts, sentence_dates, sentence_quantities
from storyline.coverage.facts import Fact, FactSentence
from storyline.pipeline import prepare
from storyline.read import read_path
from storyline.sample import load_manifest, sample_dir


def _story_articles(story: str) -> list[Article]:
    out = []
    for entry in load_manifest():
        if entry["story"] != story:
            continue
        docs = [d for d in read_path(sample_dir() / entry["file"]) if isinstance(d, RawDocument)]
        out.append(prepare(docs[entry["record"] or 0]).article)
    return out


def _fact_of(articles: list[Article], needles: list[str]) -> Fact:
    """One fact made of the sentence of each article that contains one of ``needles``."""
    sents = []
    for a in articles:
        for i, s in enumerate(a.sentences):
            if any(n in s for n in needles):
                sents.append(FactSentence(a.id, a.lang, s, i, a.outlet))
                break
    return Fact(sents)


def test_e3_strikers_1200_vs_1500() -> None:
    arts = _story_articles("e3-marseille-dock-strike")
    fact = _fact_of(arts, ["1 200", "1.500"])
    assert {s.lang for s in fact.sentences} == {"fr", "es"}
    conflicts = [c for c in find_conflicts([fact], arts) if c.kind == "quantity"]
    values = {v["value"] for c in conflicts for v in c.values}
    assert {1200.0, 1500.0} <= values
    # 48 hours (fr) vs 72 hours (es) is in the same sentences
    assert {48.0, 72.0} <= values


def test_e8_value_three_four_five_million_euros() -> None:
    arts = _story_articles("e8-lyon-museum-theft")
    fact = _fact_of(arts, ["3 million", "4 millions", "cinco millones", "четырёх миллионов"])
    assert len(fact.sentences) == 4
    (conflict,) = [c for c in find_conflicts([fact], arts) if c.unit == "euros"]
    assert sorted({v["value"] for v in conflict.values}) == [3e6, 4e6, 5e6]
    assert all(v["article_id"] and v["lang"] for v in conflict.values)


def test_agreeing_figures_and_ranges_are_not_conflicts() -> None:
    fact = Fact(
        [
            FactSentence("a", "en", "About 450 fighters remain, with 2,000 troops leaving.", 0),
            FactSentence("b", "en", "Between 400 and 500 fighters remain; 2,000 troops leave.", 0),
        ]
    )
    assert find_conflicts([fact], []) == []
    fact2 = Fact(
        [
            FactSentence("a", "en", "Between 400 and 500 fighters remain.", 0),
            FactSentence("b", "en", "Some 300 fighters remain.", 0),
        ]
    )
    (c,) = find_conflicts([fact2], [])
    assert c.kind == "quantity" and {v["value"] for v in c.values} == {450.0, 300.0}


def test_weekday_conflict_without_dates_and_resolved_with_dates() -> None:
    fact = Fact(
        [
            FactSentence("a", "en", "The quake struck on Saturday night.", 0),
            FactSentence("b", "ar", "ضرب الزلزال فجر الأحد.", 0),
        ]
    )
    (c,) = find_conflicts([fact], [])
    assert c.kind == "date" and {v["value"] for v in c.values} == {"Saturday", "Sunday"}
    # with publication dates the weekdays resolve; Saturday 15th vs Sunday 16th still differ
    arts = [
        Article(
            id="a",
            text="",
            text_original="",
            lang="en",
            lang_confidence=1.0,
            published="2025-03-16T09:00:00+00:00",
        ),
        Article(
            id="b",
            text="",
            text_original="",
            lang="ar",
            lang_confidence=1.0,
            published="2025-03-16T10:00:00+00:00",
        ),
    ]
    (c,) = find_conflicts([fact], arts)
    assert {v["value"] for v in c.values} == {"2025-03-15", "2025-03-16"}


def test_same_article_never_conflicts_with_itself() -> None:
    fact = Fact(
        [
            FactSentence("a", "en", "2,000 troops left.", 0),
            FactSentence("a", "en", "2,500 troops left.", 1),
        ]
    )
    assert find_conflicts([fact], []) == []


def test_persian_digits_and_french_spaces() -> None:
    assert [q.value for q in sentence_quantities("۲۳ نفر زخمی شدند", "fa")] == [23.0]
    assert [q.value for q in sentence_quantities("quelque 40 000 visiteurs", "fr")] == [40000.0]
    assert sentence_dates("روز (شنبه) دیدار کرد", "fa", None)[0][:2] == ("weekday", "Saturday")
