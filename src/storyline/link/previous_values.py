"""Figures a report states as the state before its own event: ``to 21,000 from 15,000``.

A rate raised, a currency devalued, a rating cut, a record broken: a report
of the change states the value before it (``from 15,000 to 21,000 per
dollar``, ``с 6,28 до 6,32``, ``من 15 إلى 21 ألف``, ``از ۱۵ به ۲۱``,
``由2%扩大至5%``, ``breaking her own record of 6.28``). That earlier value is
the previous change's own figure: the report of the previous record (or
devaluation) states it as its new value. Two reports sharing it share no
figure of one event; one stating as its previous value what the other
states as its own tells the later occurrence.

:func:`previous_values` reads those values (specific figures:
:func:`~storyline.link.recalled_figures.specific_figure`) from a headline
and lead, less those the report also states elsewhere as its own; link keys
add them to ``"rf"``, the figures a report recalls as another occurrence's
(:func:`~storyline.link.recalled_figures.figure_recall_conflict`), and they
are left out of its typed facts.

Examples
--------
>>> previous_values("Bank Indonesia devalues rupiah to 21,000 per dollar from 15,000", "")
('15000',)
>>> previous_values("Kova clears 6.32 m, breaking her own world record of 6.28 m", "")
('6.28',)
>>> previous_values("Rate raised from 15% to 16%", "Analysts had expected 15%.")  # its own too
()
"""

from __future__ import annotations

import re

from storyline.link.recalled_figures import specific_figure
from storyline.link.textkeys import number_keys
from storyline.text.dates.tables import to_ascii_digits

__all__ = ["previous_values"]

#: A number as outlets write it: ``21,000``, ``15 000``, ``6.28``, ``2,5``.
_NUM = r"\d+(?:[.,'\u066b\u066c\u00a0 ]\d{3})*(?:[.,\u066b]\d+)?"
#: The previous value with what follows it up to the connective (``15,000 rupiah``).
_A = rf"(?P<a>{_NUM}[^\d.,،!?。！？؟\n]{{0,15}}?)"
_TO = {
    "en": r"to",
    "ru": r"до",
    "ar": r"(?:إلى|الى|ل)",
    "fa": r"به",
    "de": r"auf",
}

#: ``from A to B`` in each language, and ``to B from A`` in English; a previous record,
#: best or rate named ``of A``; Chinese ``由A...至B``.
_PATTERNS = [
    re.compile(rf"\bfrom\s+[^\d.!?\n]{{0,25}}?{_A}\s+to\s+[^\d.!?\n]{{0,20}}?{_NUM}", re.IGNORECASE),
    re.compile(rf"\bto\s+[^\d.!?\n]{{0,20}}?{_NUM}[^\d.!?\n]{{0,30}}?\bfrom\s+[^\d.!?\n]{{0,20}}?{_A}"
               rf"(?:[\s.,;!?]|$)", re.IGNORECASE),
    re.compile(rf"\b(?:up|down)\s+from\s+[^\d.!?\n]{{0,15}}?{_A}(?:[\s.,;!?]|$)", re.IGNORECASE),
    re.compile(rf"\b(?:previous|old|former|earlier|own)\s+(?:[^\W\d]+\s+){{0,2}}?(?:record|best|mark|"
               rf"rate|peg|level|high|low)s?\s+(?:of|at|was)\s+[^\d.!?\n]{{0,15}}?{_A}(?:[\s.,;!?]|$)",
               re.IGNORECASE),
    re.compile(rf"(?<!\w)с\s+(?:уровня\s+|отметки\s+)?{_A}\s+{_TO['ru']}\s+(?:уровня\s+|отметки\s+)?{_NUM}",
               re.IGNORECASE),
    re.compile(rf"(?:прежн|предыдущ|стар)\w*\s+(?:\w+\s+){{0,2}}?(?:рекорд|курс|уровен|ставк)\w*\s+"
               rf"(?:в\s+)?[^\d.!?\n]{{0,10}}?{_A}(?:[\s.,;!?]|$)", re.IGNORECASE),
    re.compile(rf"(?<!\w)من\s+[^\d.!؟\n]{{0,20}}?{_A}\s+{_TO['ar']}\s*[^\d.!؟\n]{{0,20}}?{_NUM}"),
    re.compile(rf"(?<!\w)از\s+[^\d.!؟\n]{{0,20}}?{_A}\s+{_TO['fa']}\s+[^\d.!؟\n]{{0,20}}?{_NUM}"),
    re.compile(rf"(?:由|从)[^\d。！？]{{0,12}}?(?P<a>{_NUM}[^\d。！？]{{0,10}}?)(?:[降升增减]至|调整?至|扩大至|"
               rf"提[高升]至|[上下]调至|降低至|[增减]加到|减少到|[上下][升降]到|提高到|至|到)[^\d。！？]{{0,8}}?{_NUM}"),
    re.compile(rf"\bvon\s+[^\d.!?\n]{{0,20}}?{_A}\s+{_TO['de']}\s+[^\d.!?\n]{{0,20}}?{_NUM}", re.IGNORECASE),
]  # fmt: skip


#: A percentage's sign or word right after the previous value (``2%``, ``2 per cent``, ``2 процента``).
_PERCENT = re.compile(r"^\s*[\d.,]+\s*(?:%|٪|per ?cent|percent|процент\w*|درصد|بالمئة|في المئة)", re.IGNORECASE)


def previous_values(title: str | None, text: str) -> tuple[str, ...]:
    """The specific figures (and percentages) a headline and lead state only as the value
    before the change.

    Examples
    --------
    >>> previous_values(None, "Банк Индонезии девальвировал рупию с 15 000 до 21 000 за доллар.")
    ('15000',)
    >>> previous_values(None, "خفض البنك قيمة الروبية من 15 ألفا إلى 21 ألف روبية للدولار.")
    ('15',)
    >>> previous_values(None, "بانک مرکزی نرخ را از ۱۵ هزار به ۲۱ هزار روپیه رساند.")
    ('15',)
    >>> previous_values(None, "央行将人民币汇率浮动区间由上下2.5%扩大至5%。")
    ('2.5',)
    >>> previous_values(None, "央行将汇率浮动区间由上下2%扩大至5%。")  # a percentage, if small
    ('2',)
    >>> previous_values("Moody's cuts Egypt to Caa1", "Inflation slowed to 11.8% from 12.6%.")
    ('12.6',)
    >>> previous_values(None, "Open from 9 to 17 daily, from 2040 to 2045.")  # hours, years
    ()
    """
    full = to_ascii_digits(f"{title or ''}\n{text}")
    previous: set[str] = set()
    percentages: set[str] = set()  # a band of 2%: small, but a percentage is specific enough
    blanked = list(full)
    for pattern in _PATTERNS:
        for match in pattern.finditer(full):
            start, end = match.span("a")
            values = number_keys(full[start:end])
            previous |= values
            if _PERCENT.search(full[start:end]):
                percentages |= values
            blanked[start:end] = " " * (end - start)
    if not previous:
        return ()
    own = number_keys("".join(blanked))
    return tuple(sorted(v for v in previous - own if specific_figure(v) or v in percentages))
