"""The title+lead stage's numbers evidence leaves year-like numbers out, as its weights were trained."""

import json

import numpy as np

from storyline.link.decide import FEATURES, link_keys, pair_link_features


def _features(keys_a: str, keys_b: str) -> dict[str, float]:
    v = np.array([1.0, 0.0])
    row = pair_link_features(v, v, keys_a, keys_b, "en", "fa", None)
    return dict(zip(FEATURES, row.tolist(), strict=True))


def test_a_count_written_like_a_year_is_no_disjoint_number() -> None:
    # the seed pair that split: "2,000 troops" (en) against 400 / 500 (fa)
    en = json.dumps({"n": ["2000"], "y": []})
    fa = json.dumps({"n": ["400", "500"], "y": []})
    f = _features(en, fa)
    assert f["num_disjoint"] == 0.0
    assert f["num_cover"] == 0.0


def test_years_come_from_the_stated_years() -> None:
    a = link_keys(None, "In 2019, 2,000 marchers and 30 police came.", "en")
    b = link_keys(None, "In 2019 some 30 police officers were there.", "en")
    f = _features(a, b)
    assert f["year_shared"] > 0.0
    assert f["num_cover"] == 1.0  # 30 shared; 2000 left out of the numbers
    assert f["num_disjoint"] == 0.0


def test_keys_without_stated_years_fall_back_to_year_like_numbers() -> None:
    f = _features(json.dumps({"n": ["2018", "7"]}), json.dumps({"n": ["2019", "7"]}))
    assert f["year_conflict"] > 0.0
    assert f["num_cover"] == 1.0


def test_counts_written_with_numeral_units_match_across_scripts() -> None:
    # Yonhap writes 3,180 residents as 3천180명; Chinese 1.2万 and 1万2千 are 12,000
    ko = link_keys(
        "산불로 주민 3천180명 대피", "산불이 4천260㏊를 태웠고 1만2천명이 대피했다.", "ko"
    )
    en = link_keys("Wildfire forces 3,180 to flee", "It burned 4,260 hectares; 12,000 fled.", "en")
    zh = link_keys("山火迫使3180人撤离", "大火烧毁4260公顷，1万2千人撤离。", "zh")
    for keys in (ko, zh):
        assert {"3180", "4260", "12000"} <= set(json.loads(keys)["n"])
    f = _features(ko, en)
    assert f["num_cover"] == 1.0 and f["num_disjoint"] == 0.0


def test_a_number_glued_to_hangul_is_read() -> None:
    assert "3" in json.loads(link_keys(None, "제3차 회의가 열렸다.", "ko"))["n"]
