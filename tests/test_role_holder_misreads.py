"""Words after a role word that are no office holder (storyline.link.roles, via typed facts).

A country in another Persian spelling (``رئیس‌جمهور هائیتی``: Haiti's president), the Chinese
``总统任期`` (the president's term) and a word the lead's window cuts (``президент
Доминиканской Рес``) had each been read as the president's name: a different president than
the other reports' looked like another occurrence.
"""

from __future__ import annotations

from storyline.link.facts import LEAD_CHARS, typed_facts
from storyline.link.roles import role_facts


def test_a_country_in_either_persian_spelling_is_no_holder() -> None:
    assert role_facts("آلسیندور برای دومین بار رئیس\u200cجمهور هائیتی شد") == ()
    assert role_facts("آلسیندور برای دومین بار رئیس\u200cجمهور هاییتی شد") == ()


def test_a_presidents_term_is_no_holder() -> None:
    assert role_facts("阿尔辛多宣誓就任海地总统 开启第二个总统任期。") == ()
    facts = role_facts("总理卡里姆·哈达德领导的新政府")
    assert "role.pm:卡里姆·哈达德" in facts


def test_a_word_cut_by_the_leads_window_is_no_holder() -> None:
    tail = "Присутствовал президент Доминиканской Республики Рафаэль Альмансар."
    cut = tail.index("Республики") + 4  # the window ends in "Респ|ублики"
    text = "x" * (LEAD_CHARS - cut - 1) + " " + tail
    assert text[:LEAD_CHARS].endswith("Доминиканской Респ")
    assert role_facts("Алсиндор принес присягу\n" + text[:LEAD_CHARS])  # the cut word: a name
    assert not [f for f in typed_facts("Алсиндор принес присягу", text) if f.startswith("role.")]
    whole = "Присутствовал президент Рафаэль Альмансар."
    assert "role.president:rfl.lmnsr" in typed_facts("Алсиндор принес присягу", whole)
