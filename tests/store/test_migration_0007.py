"""Migration 0007: every existing claim gets its complainant's size as inferred from the complaint-time figures."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from complaintdesk.services.office import Office

DATA = Path(__file__).resolve().parents[1] / "data"


def _rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def test_existing_claims_are_backfilled_as_inferred_from_the_complaint_time_figures(tmp_path):
    # Given an office of schema 0005 (its claims recorded no size: the demo of that version left it empty)
    path = tmp_path / "office.sqlite"
    shutil.copy(DATA / "db_0005.sqlite", path)
    before = _rows(path, "SELECT id FROM arrears_claim ORDER BY id")
    assert before and _rows(path, "SELECT COUNT(*) FROM arrears_claim WHERE size_at_signing IS NOT NULL") == [(0,)]

    # When today's version opens it
    Office.open(str(path), daily_backup=False).close()

    # Then every claim carries its complainant's figures, dated the day the complaint was received, marked inferred
    rows = _rows(path, """
        SELECT a.id, a.size_source, a.size_figures_on, a.size_industry, a.size_employees, a.size_revenue_wan,
               a.size_assets_wan, a.size_at_signing, k.received_on, e.industry, e.employees, e.revenue_wan,
               e.assets_wan, e.size_class
        FROM arrears_claim a JOIN complaint_case k ON k.id = a.case_id JOIN enterprise e ON e.id = k.complainant_id
        ORDER BY a.id""")
    assert [r[0] for r in rows] == [r[0] for r in before]
    for row in rows:
        claim, complaint = row[1:8], ("inferred", *row[8:14])
        assert claim == complaint
    assert any(r[7] is not None for r in rows)

    # and each claim's view says so
    office = Office.open(str(path), daily_backup=False)
    try:
        office.sign_in("admin", "frozen-admin-password")
        with office.db.read() as s:
            case_id = s.execute(text("SELECT case_id FROM arrears_claim WHERE size_at_signing IS NOT NULL "
                                     "ORDER BY id LIMIT 1")).scalar()
        claim = next(c for c in office.lookup.detail(case_id).claims if c.size_at_signing)
        assert claim.size_source == "inferred" and "以投诉时规模推定" in claim.size_note
    finally:
        office.close()

