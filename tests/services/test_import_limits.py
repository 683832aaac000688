"""Hostile import files end in a coded message, quickly and in bounded memory — never a traceback.

The files are built by hand (``hostile_xlsx``): a sheet dimensioned ``A1:XFD150001`` (openpyxl used to
pad every row to 16,384 cells: 12 GB), a million rows (refused only after 3 min 38 s and 1 GB), a
value in column XFD, billion laughs and an external entity, a part that unpacks to 130 MB, a file over
the size limit. The first two are read in a child process with its address space capped, so that a
regression fails the test instead of the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from complaintdesk.messages import EN
from complaintdesk.services.errors import ServiceError
from complaintdesk.services.importer import read_table
from complaintdesk.services.importing import workbook
from complaintdesk.services.importing.read import HEADER_SCAN_ROWS, MAX_FILE_BYTES, MAX_ROWS
from tests.services import hostile_xlsx as hx

CHILD_MEMORY = 1536 * 1024 * 1024  # the child's address space: a regression runs out of it at once
CHILD_SECONDS = 120


def _read_in_child(path: Path) -> dict:
    """read_table(path) in a fresh interpreter with a capped address space: its outcome, time and peak memory."""
    script = textwrap.dedent(f"""
        import json, resource, sys, time
        resource.setrlimit(resource.RLIMIT_AS, ({CHILD_MEMORY}, {CHILD_MEMORY}))
        from complaintdesk.services.errors import ServiceError
        from complaintdesk.services.importer import read_table
        start = time.perf_counter()
        try:
            table = read_table(sys.argv[1])
            outcome = {{"rows": len(table.rows), "columns": len(table.columns)}}
        except ServiceError as exc:
            outcome = {{"code": exc.code, "text": exc.text.en}}
        outcome["seconds"] = time.perf_counter() - start
        # VmHWM: this program's own peak. ru_maxrss survives exec, so it would also count the memory of
        # the process that started us (a test worker of several hundred MB) at the fork.
        try:
            with open("/proc/self/status") as status:
                peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
        except OSError:
            peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        outcome["peak_mb"] = peak_kb / 1024
        print(json.dumps(outcome))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                          timeout=CHILD_SECONDS, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _numbers(first: int, last: int, column: str = "A"):
    for n in range(first, last + 1):
        yield f'<row r="{n}"><c r="{column}{n}"><v>{n}</v></c></row>'


def test_a_sheet_claiming_a1_to_xfd150001_is_read_in_bounded_memory(tmp_path):
    # Given 1.2 MB of xlsx whose sheet says it spans A1:XFD150001, one number in each of 150,000 rows
    path = hx.write_xlsx(tmp_path / "claims.xlsx", hx.sheet(
        [hx.header_row(), *_numbers(2, 150_001)], dimension="A1:XFD150001"))
    assert path.stat().st_size < 2 * 1024 * 1024
    # When it is read, the claimed width is ignored: rows are as wide as the values in them
    outcome = _read_in_child(path)
    assert outcome.get("rows") == 150_000, outcome
    assert outcome["peak_mb"] < 500 and outcome["seconds"] < 60


def test_a_million_rows_are_refused_within_seconds_without_reading_past_the_limit(tmp_path):
    # Given a million rows — and past row 250,000 XML so broken that reading it would fail otherwise
    broken = '<row r="250001"><c r="A250001"><v>1</v></row>'  # a cell never closed
    path = hx.write_xlsx(tmp_path / "million.xlsx", hx.sheet(
        [hx.header_row(), *_numbers(2, 250_000), broken, *_numbers(250_002, 1_000_001)], dimension="A1:H1000001"))
    assert path.stat().st_size <= MAX_FILE_BYTES
    # When it is read, it is refused for its rows: the reading stopped at the limit
    outcome = _read_in_child(path)
    assert outcome.get("code") == "importer.too_many_rows", outcome
    assert f"{MAX_ROWS}" in outcome["text"] and workbook.MAX_ROWS_WITH_CONTENT == MAX_ROWS + HEADER_SCAN_ROWS
    assert outcome["seconds"] < 30 and outcome["peak_mb"] < 500


def _refusal(path: Path) -> ServiceError:
    with pytest.raises(ServiceError) as err:
        read_table(path)
    return err.value


def test_a_value_beyond_the_column_limit_is_refused_naming_row_and_column(tmp_path):
    path = hx.write_xlsx(tmp_path / "wide.xlsx", hx.sheet(
        [hx.header_row(), '<row r="2"><c r="A2"><v>1</v></c><c r="XFD2"><v>7</v></c></row>']))
    err = _refusal(path)
    assert err.code == "importer.too_many_columns"
    assert err.text.params["row"] == 2 and err.text.params["column"] == 16384
    assert str(workbook.MAX_COLUMNS) in err.text.render(EN)


def test_a_row_of_thousands_of_formatted_cells_is_refused(tmp_path):
    cells = "".join(f'<c r="{get_column_letter(i)}3" s="1"/>' for i in range(1, 2_001))
    path = hx.write_xlsx(tmp_path / "formatted.xlsx", hx.sheet([hx.header_row(), f'<row r="3">{cells}</row>']))
    assert _refusal(path).code == "importer.too_many_cells_in_row"


@pytest.mark.parametrize("where", ["sheet", "shared strings", "workbook"])
@pytest.mark.parametrize("attack", ["billion laughs", "external entity"])
def test_xml_attacks_end_in_a_coded_message(tmp_path, where, attack):
    prologue = hx.BILLION_LAUGHS if attack == "billion laughs" else hx.XXE
    use = "&lol9;" if attack == "billion laughs" else "&xxe;"
    rows = [hx.header_row()]
    sheet_prologue = strings_prologue = ""
    workbook_xml = hx.WORKBOOK
    if where == "sheet":
        sheet_prologue = prologue
        rows.append(f'<row r="2">{hx.inline("A2", "x")[:-len("</t></is></c>")]}{use}</t></is></c></row>')
    elif where == "shared strings":
        strings_prologue = prologue
        rows.append('<row r="2"><c r="A2" t="s"><v>0</v></c></row>')
    else:
        workbook_xml = workbook_xml.replace("<workbook ", prologue + "<workbook ", 1).replace(
            'name="转办清单"', f'name="{use}"')
    path = hx.write_xlsx(tmp_path / "attack.xlsx", hx.sheet(rows, prologue=sheet_prologue),
                         hx.strings_part([use] if where == "shared strings" else ["x"], prologue=strings_prologue),
                         workbook=workbook_xml)
    err = _refusal(path)
    assert err.code == "importer.unsafe_xml"
    assert "attack.xlsx" in err.text.render(EN)


def test_a_part_that_unpacks_to_130_mb_is_refused_before_it_is_parsed(tmp_path):
    filler = (" " * (1 << 20) for _ in range(130))
    path = hx.write_xlsx(tmp_path / "bomb.xlsx", hx.sheet([hx.header_row()]), _padded_strings(filler))
    assert path.stat().st_size < 1024 * 1024
    err = _refusal(path)
    assert err.code == "importer.workbook_part_too_large"
    assert err.text.params["part"] == "xl/sharedStrings.xml"


def _padded_strings(filler):
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{hx.MAIN}">'
    yield from filler
    yield "</sst>"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path, suffix):
    # Not even a zip: were it parsed, the message would say it cannot be read
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"x," * (MAX_FILE_BYTES // 2 + 1))
    err = _refusal(path)
    assert err.code == "importer.file_too_large"
    assert "10 MB" in err.text.render(EN)


def test_a_csv_line_of_a_hundred_thousand_cells_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("收件日期,投诉企业,被投诉单位\n" + ",".join(["x"] * 100_000) + "\n", encoding="utf-8")
    err = _refusal(path)
    assert err.code == "importer.too_many_columns" and err.text.params["row"] == 2


def test_a_csv_field_over_the_csv_modules_limit_is_a_coded_message(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text('收件日期,投诉企业\n"' + "x" * 200_000 + '",y\n', encoding="utf-8")
    assert _refusal(path).code == "importer.bad_csv"


def test_an_ordinary_hand_built_workbook_still_reads(tmp_path):
    path = hx.write_xlsx(tmp_path / "ok.xlsx", hx.sheet(
        [hx.header_row(), '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="H2"><v>1234.5</v></c></row>']),
        hx.strings_part(["省转〔2025〕1号"]))
    table = read_table(path)
    assert table.sheet == "转办清单" and table.columns[:3] == hx.HEADINGS[:3]
    assert [r.values[0] for r in table.rows] == ["省转〔2025〕1号"] and table.rows[0].values[7] == 1234.5
