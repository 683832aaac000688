"""Write resources/holidays/statutory_dates.csv: the lunar and solar-term dates of the statutory holidays.

Usage (from the repository root, after upgrading tyme4py or to cover more years)::

    python tools/generate_statutory_dates.py [--last-year 2124]

``domain/statutory_holidays.py`` reads the file instead of computing the dates with tyme4py each time an
office is opened; a year the file lacks is still computed. ``tests/domain/test_statutory_holidays.py``
computes every year of the file with the installed tyme4py and fails if one differs, so the file cannot
drift from the computation it stands for.
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from complaintdesk.domain.statutory_holidays import (  # noqa: E402 - after the checkout is on the path
    FIRST_STATUTORY_YEAR,
    MOVABLE_DATES_COLUMNS,
    MOVABLE_DATES_FILE,
    computed_movable_dates,
)

DEFAULT_LAST_YEAR = FIRST_STATUTORY_YEAR + 99


def render(first: int, last: int) -> str:
    lines = [
        "# The statutory holidays' movable dates (全国年节及纪念日放假办法, art. 2): 正月初一 (春节; 除夕 is the day",
        "# before), the 清明 solar term (Beijing time), 五月初五 (端午), 八月十五 (中秋).",
        f"# Computed with tyme4py {version('tyme4py')} by tools/generate_statutory_dates.py; do not edit by hand.",
        "# A test recomputes every year; a year not listed here is computed when needed.",
        ",".join(MOVABLE_DATES_COLUMNS),
    ]
    for year in range(first, last + 1):
        d = computed_movable_dates(year)
        lines.append(",".join([str(year), *(x.isoformat() for x in (d.spring_festival, d.qingming, d.dragon_boat,
                                                                   d.mid_autumn))]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last-year", type=int, default=DEFAULT_LAST_YEAR)
    args = parser.parse_args(argv)
    path = ROOT.joinpath("resources", *MOVABLE_DATES_FILE)
    path.write_text(render(FIRST_STATUTORY_YEAR, args.last_year), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {FIRST_STATUTORY_YEAR}–{args.last_year}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
