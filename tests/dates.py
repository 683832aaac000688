"""The test suite's "today": every test runs as of this fixed day, whatever the machine's clock says.

The day was chosen inside a year whose official holiday schedule is loaded (2026), so that deadlines
computed around it are not provisional; tests about provisional years name their own dates. The
suite is also run under ``faketime`` at dates in 2027 and 2029 (``.ci/run``) to prove that nothing
still reads the machine's date.
"""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 12, 2)  # a Wednesday
