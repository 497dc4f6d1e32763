"""Story coverage: fact grouping, ordering, flags, entities across scripts, JSON."""

from __future__ import annotations

import numpy as np

from storyline.article import Article
from storyline.coverage import compare_coverage, story_coverage


def _basis(n: int, dim: int = 48, seed: int = 0) -> np.ndarray:
    q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(dim, dim)))
    return q[:n]


B = _basis(12)


def _art(aid: str, lang: str, sents: list[str], outlet: str, day: str | None) -> Article:
    return Article(
        id=aid,
        text=" ".join(sents),
        text_original="",
        lang=lang,
        lang_confidence=1.0,
        outlet=outlet,
        published=day,
        sentences=tuple(sents),
    )


def _story() -> tuple[list[Article], dict[str, np.ndarray]]:
    en = _art(
        "en1",
        "en",
        [
            "Syria's Bashar al-Assad let Iraq strike IS.",
            "Trump withdrew 2,000 troops.",
            "The message came from Adel Abdul-Mahdi.",
        ],
        "Iraqi News",
        "2018-12-30",
    )
    fa = _art(
        "fa1",
        "fa",
        [
            "بشار اسد به عراق اجازه بمباران داد.",
            "عادل عبدالمهدی نامه فرستاد.",
            "تعداد عناصر داعش ۴۰۰ الی ۵۰۰ نفر است.",
        ],
        "Aran",
        "2018-12-31",
    )
    ar = _art(
        "ar1",
        "ar",
        ["سمح بشار الأسد للعراق بضرب داعش.", "سحب ترامب 2500 جندي."],
        "Rafidain",
        "2018-12-29",
    )
    ru = _art(
        "ru1", "ru", ["Башар Асад разрешил Ираку удары.", "Погода была плохой."], "Vesti", None
    )
    rng = np.random.default_rng(3)
    noise = lambda n: 0.05 * rng.normal(size=(n, 48))  # noqa: E731
    vecs = {
        "en1": B[[0, 1, 2]] + noise(3),
        "fa1": B[[0, 2, 3]] + noise(3),
        "ar1": B[[0, 1]] + noise(2),
        "ru1": B[[0, 9]] + noise(2),
    }
    return [en, fa, ar, ru], vecs


def test_facts_group_aligned_sentences_across_four_languages() -> None:
    arts, vecs = _story()
    cov = story_coverage(arts, lambda a: vecs[a.id])
    by_text = {f.text: f for f in cov.facts}
    first = cov.facts[0]
    # reported by all four; first reported by the Arabic article (earliest date)
    assert first.languages == ["ar", "en", "fa", "ru"]
    assert first.first_seen == "2018-12-29"
    assert first.text.startswith("سمح")
    withdrawal = next(f for f in cov.facts if "ترامب" in f.text)
    assert withdrawal.languages == ["ar", "en"]
    assert not withdrawal.single_language
    only_fa = by_text["تعداد عناصر داعش ۴۰۰ الی ۵۰۰ نفر است."]
    assert only_fa.single_language and only_fa.single_outlet
    assert {len(f.sentences) for f in cov.facts} <= {1, 2, 3, 4}
    assert sum(len(f.sentences) for f in cov.facts) == 10


def test_ordering_by_first_report_then_by_reach() -> None:
    arts, vecs = _story()
    cov = story_coverage(arts, lambda a: vecs[a.id], with_entities=False)
    firsts = [f.first_seen or "~" for f in cov.facts]
    assert firsts == sorted(firsts)
    same_day = [f for f in cov.facts if f.first_seen == "2018-12-29"]
    assert [len(f.article_ids) for f in same_day] == sorted(
        (len(f.article_ids) for f in same_day), reverse=True
    )
    assert cov.facts[-1].first_seen is None  # the undated Russian article's own fact comes last


def test_unique_by_language_and_json_shape() -> None:
    arts, vecs = _story()
    cov = story_coverage(arts, lambda a: vecs[a.id])
    assert set(cov.unique_by_language) == {"fa", "ru"}
    data = cov.to_dict()
    fact = data["facts"][0]
    assert {"sentences", "languages", "outlets", "first_seen"} <= set(fact)
    assert {"article_id", "lang", "text"} <= set(fact["sentences"][0])
    assert data["unique_by_language"]["fa"][0]["text"]
    assert {"key", "type", "mentions"} <= set(data["entities"][0])
    assert isinstance(data["conflicts"], list)


def test_guard_refuses_two_sentences_of_one_article_in_a_fact() -> None:
    a = _art("a", "en", ["x", "y"], "A", None)
    b = _art("b", "en", ["z"], "B", None)
    c = _art("c", "en", ["w"], "C", None)
    close = B[0] + 0.9 * B[1]
    vecs = {"a": np.vstack([B[0], B[1]]), "b": close[None, :], "c": (B[1] + 0.9 * B[0])[None, :]}
    cov = story_coverage([a, b, c], lambda x: vecs[x.id], with_entities=False)
    for f in cov.facts:
        ids = [s.article_id for s in f.sentences]
        assert ids.count("a") <= 1


def test_entity_keys_shared_across_scripts_and_projection() -> None:
    arts, vecs = _story()
    cov = story_coverage(arts, lambda a: vecs[a.id])
    ents = {e["key"]: e for e in cov.entities}
    assert set(ents["country:IQ"]["mentions"]) >= {"fa", "ar", "ru"}
    assad = next(
        e
        for e in cov.entities
        if e["type"] == "person"
        and "fa" in e["mentions"]
        and "en" in e["mentions"]
        and any("Assad" in m for m in e["mentions"]["en"])
    )
    assert any("اسد" in m for m in assad["mentions"]["fa"])
    mahdi = next(
        e for e in cov.entities if any("Abdul-Mahdi" in m for m in e["mentions"].get("en", []))
    )
    assert mahdi["mentions"]["fa"] == ["عادل عبدالمهدی"]


def test_compare_coverage_shared_and_unique() -> None:
    arts, vecs = _story()
    en, fa = arts[0], arts[1]
    out = compare_coverage(en, fa, vecs["en1"], vecs["fa1"])
    assert [(p["a_idx"], p["b_idx"]) for p in out["shared"]] == [([0], [0]), ([2], [1])]
    assert [s["idx"] for s in out["only_a"]] == [1]
    assert [s["text"] for s in out["only_b"]] == ["تعداد عناصر داعش ۴۰۰ الی ۵۰۰ نفر است."]


def test_cli_coverage_json_with_articles(tmp_path) -> None:  # noqa: ANN001
    import json

    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.sample import sample_dir
    from storyline.store import Store

    files = [
        sample_dir() / "articles" / n
        for n in ["en-rafidain-post-shatt-dredging.txt", "fa-sepehr-news-arvand-layrobi.txt"]
    ]
    db = tmp_path / "s.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", str(db), *map(str, files)]).exit_code == 0
    with Store(db) as store:
        ids = [a.id for a in store.list_articles()]
    res = runner.invoke(
        app,
        ["coverage", "--db", str(db), "--articles", ",".join(ids), "--model", "hashing", "--json"],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert {s["lang"] for f in data["facts"] for s in f["sentences"]} == {"en", "fa"}
    assert "\u202e" not in res.output  # logical order in JSON, no bidi controls
    bad = runner.invoke(app, ["coverage", "--db", str(db)])
    assert bad.exit_code != 0
