"""Tests for storyline.store: schema, migrations, adding, dedup, search, transactions."""

import sqlite3
from pathlib import Path

import pytest

from storyline.article import Article
from storyline.dedup import signature
from storyline.store import SCHEMA_VERSION, Store, StoreError, article_id
from storyline.store.migrations import MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures" / "dedup"


def make(text: str, lang: str = "en", **fields) -> Article:
    fields.setdefault("id", article_id(text))
    return Article(text=text, text_original=text, lang=lang, lang_confidence=0.9, **fields)


def add(store: Store, article: Article):
    return store.add_article(article, signature(article.text))


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


# -- opening, schema, migrations -------------------------------------------


def test_new_store_has_current_schema_and_wal(tmp_path):
    path = tmp_path / "new.db"
    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert s.path == path
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {
        "articles",
        "sentences",
        "copies",
        "minhash_bands",
        "signatures",
        "articles_fts",
    } <= tables
    conn.close()


def test_migrates_a_version_1_database_keeping_its_data(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0].apply(conn)
    conn.execute("PRAGMA user_version = 1")
    text = fixture("wire_fa_a.txt")
    conn.execute(
        "INSERT INTO articles(id, url, lang, title, text, text_original, added_at) "
        "VALUES (?, ?, 'fa', ?, ?, ?, '2024-01-01T00:00:00+00:00')",
        (article_id(text), "https://irna.test/1", "هشدار هواشناسی", text, text),
    )
    conn.execute(
        "INSERT INTO sentences(article_id, idx, text) VALUES (?, 0, 'جمله اول')",
        (article_id(text),),
    )
    conn.execute("COMMIT")
    conn.close()

    with Store(path) as s:
        assert s.schema_version == SCHEMA_VERSION
        got = s.get_article(article_id(text))
        assert got is not None and got.text == text and got.sentences == ("جمله اول",)
        # the full-text index and the MinHash index were filled in for old rows
        assert [h.article_id for h in s.search("سیلاب‌های")] == [article_id(text)]
        copy = make(fixture("wire_fa_b.txt"), "fa")
        assert add(s, copy).status == "duplicate"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with Store(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        Store(path)
    assert str(err.value) == (
        f"database schema version {SCHEMA_VERSION + 1} is newer than this storyline ({SCHEMA_VERSION}); "
        "upgrade storyline"
    )


def test_not_a_database_is_one_line_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="not an SQLite database") as err:
        Store(path)
    assert "\n" not in str(err.value)


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers(name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a storyline store"):
        Store(path)
    conn = sqlite3.connect(path)  # and it was left untouched
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    conn.close()


def test_missing_directory_and_directory_path(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "s.db")
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)


# -- adding ----------------------------------------------------------------


def test_add_exists_and_round_trip(tmp_path):
    path = tmp_path / "rt.db"
    a = make(
        "Rain closed schools in Lima. Rivers rose overnight.",
        title="Rain in Lima",
        url="https://news.test/lima",
        outlet="News Test",
        published="2024-05-14T00:00:00+00:00",
        published_precision="day",
        captions=("A flooded street in Lima.",),
        sentences=("Rain closed schools in Lima.", "Rivers rose overnight."),
        mixed_language=True,
        origin="lima.txt",
    )
    with Store(path) as s:
        assert add(s, a).status == "added"
        assert s.add_article(a).status == "exists"
    with Store(path) as s:  # persisted
        assert s.get_article(a.id) == a
        assert s.count_articles() == 1


def test_same_url_different_text_exists(store):
    first = make("Version one of the story about the dam.", url="https://x.test/dam")
    second = make("Version two of the story, rewritten by the editors.", url="https://x.test/dam")
    assert add(store, first).status == "added"
    result = add(store, second)
    assert (result.status, result.article_id) == ("exists", first.id)
    assert store.count_articles() == 1


@pytest.mark.parametrize("lang", ["en", "fa", "zh"])
def test_wire_copy_is_duplicate_and_other_article_is_added(store, lang):
    original = make(fixture(f"wire_{lang}_a.txt"), lang, url=f"https://a.test/{lang}")
    copy = make(fixture(f"wire_{lang}_b.txt"), lang, url=f"https://b.test/{lang}")
    other = make(fixture(f"other_{lang}.txt"), lang, url=f"https://c.test/{lang}")
    assert add(store, original).status == "added"
    result = add(store, copy)
    assert (result.status, result.article_id, result.original_id) == (
        "duplicate",
        copy.id,
        original.id,
    )
    assert add(store, other).status == "added"
    assert store.count_articles() == 2 and store.count_copies() == 1
    # the same copy again, by id or by URL
    assert add(store, copy).status == "exists"
    again = add(store, make(copy.text + " Updated.", lang, url=copy.url))
    assert (again.status, again.article_id, again.original_id) == ("exists", copy.id, original.id)
    # a copy's id leads to its original
    assert store.get_article(copy.id).id == original.id


def test_without_signature_no_dedup(store):
    text = fixture("wire_en_a.txt")
    assert store.add_article(make(text)).status == "added"
    assert store.add_article(make(fixture("wire_en_b.txt"))).status == "added"


# -- reading ---------------------------------------------------------------


def test_prefix_ids(store):
    for suffix in ("1", "2"):
        store.add_article(make(f"text {suffix}", id="abcdef012345678" + suffix))
    store.add_article(make("text 3", id="123456789abcdef0"))
    assert store.get_article("1234567").id == "123456789abcdef0"
    assert store.get_article("ABCDEF0123456781").id == "abcdef0123456781"
    with pytest.raises(StoreError, match=r"ambiguous id prefix 'abcdef' \(2 articles\)"):
        store.get_article("abcdef")
    with pytest.raises(StoreError, match="too short"):
        store.get_article("abc")
    assert store.get_article("ffffff00") is None


def test_listing_counts_languages(store):
    for i, lang in enumerate(["fa", "en", "fa", "zh"]):
        store.add_article(make(f"article number {i}", lang, title=f"T{i}"))
    assert [a.title for a in store.list_articles()] == ["T0", "T1", "T2", "T3"]
    assert [a.title for a in store.list_articles(lang="fa")] == ["T0", "T2"]
    assert [a.title for a in store.list_articles(limit=2, offset=1)] == ["T1", "T2"]
    assert store.count_articles() == 4 and store.count_articles("fa") == 2
    assert store.languages() == {"fa": 2, "en": 1, "zh": 1}


# -- search ----------------------------------------------------------------


@pytest.fixture
def corpus(store):
    docs = [
        make("مقام‌ها می گویند نیروها از مرز عبور میکنند و پل را بازسازی خواهند کرد.", "fa"),
        make("قالَ رئيسُ الوزراء إنّ الحكومة ستدعم المزارعين في محافظة البصرة.", "ar"),
        make("国家气象中心发布暴雨预警，江南地区将出现强降雨。", "zh", title="暴雨预警"),
        make("Москва объявила о новых мерах поддержки фермеров.", "ru"),
        make(
            "The minister visited the flooded villages of Khulna on Tuesday. "
            + "Officials said shelters were full. " * 8
            + "Aid convoys reached Satkhira late at night.",
            "en",
            title="Minister visits flooded Khulna",
        ),
    ]
    for doc in docs:
        store.add_article(doc)
    return store, docs


def test_search_persian_with_or_without_zwnj(corpus):
    store, docs = corpus
    assert [h.article_id for h in store.search("می‌کنند")] == [docs[0].id]
    assert [h.article_id for h in store.search("میکنند")] == [docs[0].id]
    assert [h.article_id for h in store.search("مقامها")] == [docs[0].id]


def test_search_arabic_without_diacritics_and_letter_variants(corpus):
    store, docs = corpus
    assert [h.article_id for h in store.search("رئيس الوزراء")] == [docs[1].id]
    assert [h.article_id for h in store.search("رییس البصره")] == [docs[1].id]


def test_search_across_arabic_article_and_persian(store):
    ar = make("أجبر ارتفاع منسوب مياه نهر الدانوب الآلاف على مغادرة منازلهم.", "ar")
    fa = make("بالا آمدن آب رودخانه دانوب هزاران نفر را آواره کرد.", "fa")
    store.add_article(ar)
    store.add_article(fa)
    assert {h.article_id for h in store.search("دانوب")} == {ar.id, fa.id}
    assert {h.article_id for h in store.search("الدانوب")} == {ar.id, fa.id}


def test_search_chinese_two_character_word(corpus):
    store, docs = corpus
    assert [h.article_id for h in store.search("暴雨")] == [docs[2].id]
    assert [h.article_id for h in store.search("江南地区")] == [docs[2].id]
    assert store.search("南江") == []  # bigrams must be adjacent, in order
    assert [h.article_id for h in store.search("雨")] == [docs[2].id]


def test_search_russian_case_insensitive_and_language_filter(corpus):
    store, docs = corpus
    assert [h.article_id for h in store.search("МОСКВА")] == [docs[3].id]
    assert [h.article_id for h in store.search("москва", lang="ru")] == [docs[3].id]
    assert store.search("москва", lang="en") == []


def test_search_english_snippet_and_score(corpus):
    store, docs = corpus
    [hit] = store.search("satkhira convoys")
    assert hit.article_id == docs[4].id and hit.title == "Minister visits flooded Khulna"
    assert "Satkhira" in hit.snippet and hit.snippet.startswith("...")
    assert len(hit.snippet) <= 170
    assert hit.score > 0
    # with bodies alike, a title match ranks above a body-only match
    filler = "Traders said demand for rice and lentils was steady. " * 5
    body_only = make("Prices rose in Khulna. " + filler, title="Market prices")
    in_title = make("Prices rose again. " + filler, title="Khulna market prices")
    store.add_article(body_only)
    store.add_article(in_title)
    ranked = [h.article_id for h in store.search("khulna prices")]
    assert ranked.index(in_title.id) < ranked.index(body_only.id)


def test_search_input_cannot_inject_fts_syntax(corpus):
    store, _ = corpus
    for query in ['"москва', "NEAR(москва", "title:暴雨", "москва OR", "a AND NOT b", "^x*"]:
        store.search(query)  # no exception
    for query in ["", "  ", "?!…", "«»", '"']:
        with pytest.raises(StoreError, match="^empty search query$"):
            store.search(query)


# -- transactions ----------------------------------------------------------


def test_rollback_leaves_nothing_half_written(store):
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.transaction():
        for i in range(3):
            with store.transaction():  # nested: a no-op
                add(store, make(f"Article {i} about the harbour strike in Rotterdam.", url=f"u{i}"))
        raise Boom
    assert store.count_articles() == 0
    assert store.search("rotterdam") == []
    # and the store still works afterwards
    assert add(store, make("Article 0 about the harbour strike in Rotterdam.")).status == "added"


def test_uncommitted_batch_invisible_to_other_connections(tmp_path):
    path = tmp_path / "b.db"
    with Store(path) as writer, Store(path) as reader:
        with writer.transaction():
            writer.add_article(make("Ships wait outside the port of Santos."))
            assert reader.count_articles() == 0
        assert reader.count_articles() == 1
