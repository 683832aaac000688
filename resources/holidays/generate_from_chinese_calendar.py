"""Regenerates cn_official.csv from the chinese-calendar package plus the hand-checked notices below.

Usage (developer machine, not at run time)::

    pip install chinese-calendar
    python resources/holidays/generate_from_chinese_calendar.py

Source of truth: the State Council General Office's yearly notices
(国务院办公厅关于YYYY年部分节假日安排的通知). chinese-calendar transcribes them for 2004 onward and
is used as the seed. The years in ``CHECKED_NOTICES`` were checked by hand against those notices
(DOMAIN.md §3); for them the hand-checked list wins, and every day on which chinese-calendar
disagrees is written into the CSV header so a reviewer sees the override. To ship a new year
before chinese-calendar has it, add its notice to ``CHECKED_NOTICES`` and re-run.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
from chinese_calendar import Holiday

OUTPUT = Path(__file__).with_name("cn_official.csv")

NAMES_ZH = {
    Holiday.new_years_day.value: "元旦",
    Holiday.spring_festival.value: "春节",
    Holiday.tomb_sweeping_day.value: "清明节",
    Holiday.labour_day.value: "劳动节",
    Holiday.dragon_boat_festival.value: "端午节",
    Holiday.national_day.value: "国庆节",
    Holiday.mid_autumn_festival.value: "中秋节",
    Holiday.anti_fascist_70th_day.value: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}

# Per year: (name as in the notice, first rest day, last rest day, make-up working days).
CHECKED_NOTICES: dict[int, list[tuple[str, date, date, tuple[date, ...]]]] = {
    2025: [
        ("元旦", date(2025, 1, 1), date(2025, 1, 1), ()),
        ("春节", date(2025, 1, 28), date(2025, 2, 4), (date(2025, 1, 26), date(2025, 2, 8))),
        ("清明节", date(2025, 4, 4), date(2025, 4, 6), ()),
        ("劳动节", date(2025, 5, 1), date(2025, 5, 5), (date(2025, 4, 27),)),
        ("端午节", date(2025, 5, 31), date(2025, 6, 2), ()),
        ("国庆节、中秋节", date(2025, 10, 1), date(2025, 10, 8), (date(2025, 9, 28), date(2025, 10, 11))),
    ],
    2026: [
        ("元旦", date(2026, 1, 1), date(2026, 1, 3), (date(2026, 1, 4),)),
        ("春节", date(2026, 2, 15), date(2026, 2, 23), (date(2026, 2, 14), date(2026, 2, 28))),
        ("清明节", date(2026, 4, 4), date(2026, 4, 6), ()),
        ("劳动节", date(2026, 5, 1), date(2026, 5, 5), (date(2026, 5, 9),)),
        ("端午节", date(2026, 6, 19), date(2026, 6, 21), ()),
        ("中秋节", date(2026, 9, 25), date(2026, 9, 27), ()),
        ("国庆节", date(2026, 10, 1), date(2026, 10, 7), (date(2026, 9, 20), date(2026, 10, 10))),
    ],
}

Row = tuple[date, str, str]  # (day, "rest" | "work", name)


def seed_rows() -> dict[date, Row]:
    """Every rest and make-up day chinese-calendar knows, keyed by day."""
    rows: dict[date, Row] = {}
    for kind, table in (("rest", chinese_calendar.holidays), ("work", chinese_calendar.workdays)):
        for day, name in table.items():
            if name not in NAMES_ZH:
                sys.exit(f"unknown holiday name {name!r} on {day}: extend NAMES_ZH")
            rows[day] = (day, kind, NAMES_ZH[name])
    return rows


def notice_rows(year: int) -> dict[date, Row]:
    rows: dict[date, Row] = {}
    for name, first, last, make_up in CHECKED_NOTICES[year]:
        day = first
        while day <= last:
            rows[day] = (day, "rest", name)
            day += timedelta(days=1)
        rows.update({d: (d, "work", name) for d in make_up})
    return rows


def differences(seed: dict[date, Row], checked: dict[date, Row]) -> list[str]:
    """Days whose kind differs; names may differ harmlessly (the notice's wording wins)."""
    lines = []
    for day in sorted(seed.keys() | checked.keys()):
        ours = checked[day][1] if day in checked else "ordinary"
        theirs = seed[day][1] if day in seed else "ordinary"
        if ours != theirs:
            lines.append(f"{day.isoformat()}: chinese-calendar says {theirs}, the notice says {ours}")
    return lines


def build() -> tuple[list[Row], list[str]]:
    seed = seed_rows()
    report = []
    for year in sorted(CHECKED_NOTICES):
        checked = notice_rows(year)
        seed_year = {d: r for d, r in seed.items() if d.year == year}
        diff = differences(seed_year, checked)
        report.append(f"{year}: " + ("; ".join(diff) if diff else "chinese-calendar agrees"))
        for day in seed_year:
            del seed[day]
        seed.update(checked)
    return sorted(seed.values()), report


def render(rows: list[Row], report: list[str]) -> str:
    years = sorted({day.year for day, _, _ in rows})
    header = [
        "# 全国年节放假安排：法定节假日（rest）与调休上班日（work）",
        "# Source: 国务院办公厅关于YYYY年部分节假日安排的通知 (State Council General Office, one notice a year).",
        f"# Years covered: {years[0]}-{years[-1]}. A year absent here is counted with weekends only (provisional).",
        f"# Seeded from PyPI chinese-calendar {chinese_calendar.__version__}; regenerate with "
        "generate_from_chinese_calendar.py, do not edit by hand.",
        "# Checked by hand against the notices (DOMAIN.md §3); where they differ the notice wins:",
        *(f"#   {line}" for line in report),
        "# Ordinary weekends are not listed; weekend days inside a holiday block are listed as rest.",
        "date,kind,name",
    ]
    body = [f"{day.isoformat()},{kind},{name}" for day, kind, name in rows]
    return "\n".join(header + body) + "\n"


def main() -> None:
    rows, report = build()
    OUTPUT.write_text(render(rows, report), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT}")
    for line in report:
        print(line)


if __name__ == "__main__":
    main()
