"""Date lines and weekdays in Sorani Kurdish, Chuvash and Yiddish as their papers print them.

- Sorani joins a day to its month and a month to its year with the ezafe ``ی``
  (``سێشەممە 14ی ئازاری 2045``).
- Chuvash writes "the year's ... the month's ...-th" (``2046 ҫулхи ҫу уйӑхӗн 17-мӗшӗ``),
  May is ``ҫу`` (two letters), and weekdays are one word (``кӗҫнерникун``; CLDR splits them).
- Yiddish papers print month names without CLDR's points (``יאנואר`` for ``יאַנואַר``) and the
  Hasidic press spells weekdays ``זונטאג``, ``מאנטאג`` (CLDR: ``זונטיק``, ``מאָנטיק``).
"""

from __future__ import annotations

import json

import pytest

from storyline.article import RawDocument
from storyline.pipeline import prepare
from storyline.text.dates import match_date
from storyline.text.dates.tables import fold_key, whole_weekday_names

CKB = (
    "سەرەکی › ئابووری › هەرێمی کوردستان\n\n"
    "هەولێر و بەغدا ڕێککەوتنی بودجەیان واژۆ کرد\n\n"
    "سێشەممە 14ی ئازاری 2045 | کاتژمێر 16:40\n\n"
    "وەزیری دارایی هەرێمی کوردستان و وەزیری دارایی عێراق ئەمڕۆ لە بەغدا ڕێککەوتنێکیان واژۆ "
    "کرد بۆ ناردنی مووچەی فەرمانبەرانی هەرێم."
)
CV = (
    "Тӗп страница › Политика › Чӑваш Ен\n\n"
    "Чӑваш Республикин Пуҫлӑхне вӑхӑтлӑха уйӑрнӑ\n\n"
    "2046 ҫулхи ҫу уйӑхӗн 17-мӗшӗ, кӗҫнерникун | 14:35\n\n"
    "Раҫҫей Президенчӗ паян Указ алӑ пуснӑ. Чӑваш Республикин Пуҫлӑхӗн тивӗҫӗсене вӑхӑтлӑха "
    "ҫӗнӗ ертӳҫӗ пурнӑҫлӗ."
)
YI = (
    "היים › וויליאמסבורג › נייעס\n\n"
    "גאז-שרעק אין א בנין אין וויליאמסבורג\n\n"
    "זונטאג | 24 יאנואר 2044\n\n"
    "א שווערע טראגעדיע האט זיך אפגעשפילט שבת אינדערפרי אין א בנין אין וויליאמסבורג, ווען "
    "גאז פון א צעבראכענעם קעסל האט זיך פארשפרייט איבער אלע שטאקן."
)


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("سێشەممە 14ی ئازاری 2045 | کاتژمێر 16:40", "ckb", "2045-03-14"),
        ("14ی کانوونی دووەمی 2045", "ckb", "2045-01-14"),
        ("2046 ҫулхи ҫу уйӑхӗн 17-мӗшӗ, кӗҫнерникун", "cv", "2046-05-17"),
        ("17 ҫу 2046", "cv", "2046-05-17"),
        ("2044 ҫулхи кӑрлач уйӑхӗн 3-мӗшӗ", "cv", "2044-01-03"),
        ("זונטאג | 24 יאנואר 2044", "yi", "2044-01-24"),
        ("24 יאַנואַר 2044", "yi", "2044-01-24"),
        ("5 פעברואר 2044", "yi", "2044-02-05"),
    ],
)
def test_date_lines_are_read(line: str, lang: str, day: str) -> None:
    found = match_date(line, lang)
    assert found is not None and found[0].iso.startswith(day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ҫу ҫинче 17 ҫын пулнӑ", "cv"), ("ҫу 2046", "cv"), ("14ی مانگ", "ckb")],
)
def test_no_date_without_day_month_and_year(text: str, lang: str) -> None:
    assert match_date(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "name", "weekday"),
    [("cv", "кӗҫнерникун", 3), ("cv", "ытларикун", 1), ("yi", "זונטאג", 6),
     ("yi", "מאנטאג", 0), ("yi", "מאנטיק", 0), ("ckb", "یەکشەممە", 6)],
)  # fmt: skip
def test_weekdays_as_papers_write_them(lang: str, name: str, weekday: int) -> None:
    assert whole_weekday_names(lang)[fold_key(name)] == weekday


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [(CKB, "ckb", "2045-03-14"), (CV, "cv", "2046-05-17"), (YI, "yi", "2044-01-24")],
)
def test_a_scraped_page_gets_its_publication_day(text: str, lang: str, day: str) -> None:
    prepared = prepare(RawDocument(origin=f"{lang}.txt", content=text), with_link_keys=True)
    assert prepared.article.lang == lang
    assert prepared.article.published is not None
    assert prepared.article.published.startswith(day)
    keys = json.loads(prepared.link_keys or "{}")
    assert f"day:{day[5:]}" in keys["f"]
