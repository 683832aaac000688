"""bench/run.py's own decisions, without running a benchmark: which office it measures (reused only when
it is the bench's, built only where there is none, refused otherwise), its arguments, and the name of
its result file."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office

RUN = Path(__file__).resolve().parents[2] / "bench" / "run.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_an_office_is_reused_only_when_it_is_the_benchs_with_as_many_cases(bench):
    assert bench.reuse((0, False), 100_000, "x") is False  # nothing there yet: built
    assert bench.reuse((100_000, True), 100_000, "x") is True
    with pytest.raises(SystemExit, match="--cases 2000"):
        bench.reuse((2_000, True), 100_000, "x")  # another size: measured only when asked for
    with pytest.raises(SystemExit, match="not a demo office"):
        bench.reuse((100_000, False), 100_000, "x")  # someone's real office: never written into


def test_the_office_found_is_read_without_opening_it(bench, tmp_path, demo_template):
    missing = tmp_path / "none.sqlite"
    assert bench.office_found(str(missing)) == (0, False) and not missing.exists()  # not even created
    assert bench.office_found(str(demo_template)) == (300, True)
    real = tmp_path / "real.sqlite"
    Office.open(str(real), daily_backup=False).close()
    assert bench.office_found(str(real)) == (0, False)  # a new office: the bench may fill it


@pytest.mark.postgres
def test_a_postgresql_office_is_recognised_and_scratch_databases_go_away(bench, pg_url, tmp_path):
    import psycopg

    assert bench.office_found(pg_url) == (0, False)
    office = Office.open(pg_url, daily_backup=False)
    generate(office.db, cases=20, seed=2026)
    office.close()
    assert bench.office_found(pg_url) == (20, True)
    place = bench.Place(pg_url, tmp_path / "data")
    with bench.scratch_office(place, tmp_path, "import") as where:
        assert where.endswith("_import") and bench.office_found(where) == (0, False)
    with psycopg.connect(bench.libpq_url(pg_url), autocommit=True) as conn:
        name = where.rsplit("/", 1)[1]
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None
    assert bench.server_facts(place)["fsync"] in ("on", "off")


def test_arguments_that_cannot_work_together_are_refused(bench, capsys):
    for argv, said in ((["--pg-temp", "--keep", "/tmp/x"], "--keep would keep nothing"),
                       (["--db", "/tmp/office.sqlite"], "takes a PostgreSQL URL"),
                       (["--only", "case list,dashbord"], "unknown section(s) dashbord"),
                       (["--db", "mysql://x/y"], "--db")):
        with pytest.raises(SystemExit):
            bench.parse_args(argv)
        assert said in capsys.readouterr().err, argv
    args = bench.parse_args(["--db", "postgresql://u@h/bench1m", "--cases", "1000000", "--only",
                             "case list, case open,dashboard"])
    assert args.wanted == {"case list", "case open", "dashboard"}


def test_the_result_file_names_the_backend_and_the_sections(bench, tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "OUT", tmp_path)
    figure = bench.Figure("dashboard aggregates", 70.0, "ms")
    pg = bench.Place("postgresql+psycopg://u:secret@h/b", tmp_path / "data")
    args = bench.parse_args(["--db", pg.location, "--cases", "1000000", "--only", "dashboard,case open"])
    path = bench.write_result(args, pg, {"backend": "postgresql"}, None, [figure])
    assert path.name == "run-1000000-case_open-dashboard-postgresql.json"
    written = json.loads(path.read_text())
    assert "secret" not in path.read_text() and written["figures"][0]["value"] == 70.0
    sqlite = bench.Place(str(tmp_path / "b.sqlite"), tmp_path / "data", sqlite=tmp_path / "b.sqlite")
    assert bench.write_result(bench.parse_args([]), sqlite, {}, None, []).name == "run-100000.json"
    # a later 1M run finds this backend's 100k figure of the case open, not the other backend's
    other = bench.Figure("open a case (detail with claims, interest, history)", 30.0, "ms")
    bench.write_result(bench.parse_args(["--db", pg.location]), pg, {}, None, [other])
    assert bench.earlier(other.name, 100_000, "postgresql") == 30.0
    assert bench.earlier(other.name, 100_000, "sqlite") is None
    # … and a later 1,000,000-case run (run-1000000-…) is not taken for the 100,000-case one
    million = bench.Figure(other.name, 99.0, "ms")
    bench.write_result(bench.parse_args(["--db", pg.location, "--cases", "1000000"]), pg, {}, None, [million])
    assert bench.earlier(other.name, 100_000, "postgresql") == 30.0
    assert bench.earlier(other.name, 1_000_000, "postgresql") == 99.0
