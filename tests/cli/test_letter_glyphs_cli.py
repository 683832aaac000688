"""A complainant named with a character no installed font has (𠮷, CJK Extension B): `letter --issue`
refuses naming it and where it occurs, and uses no number; the draft renders with the warning."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from complaintdesk.cli import main
from complaintdesk.services.documents import UnprintableCharacters
from complaintdesk.store.models import ArrearsClaim, Case, Document, Enterprise
from tests.dates import TODAY
from tests.documents.fontscan import stroked_rects

EXT_B = "𠮷"


@pytest.fixture(autouse=True)
def _fonts_without_ext_b():
    from complaintdesk.documents import load_font_set

    fonts = load_font_set()
    if not fonts.embedded:
        pytest.skip("no TrueType CJK font installed (apt-get install fonts-wqy-zenhei)")
    if fonts.font_for_char("body", EXT_B) is not None:
        pytest.skip(f"this computer has a font with {EXT_B}")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


@pytest.fixture
def named_with_ext_b(demo_office):
    """(database, case number) of a supervision-ready case whose complainant is now 𠮷祥贸易有限公司."""
    with demo_office.db.write() as s:
        case = s.execute(select(Case).join(ArrearsClaim, ArrearsClaim.case_id == Case.id)
                         .where(Case.status == "in_handling", ArrearsClaim.amount_claimed > ArrearsClaim.amount_paid,
                                ArrearsClaim.due_on < TODAY, Case.clock_stopped.is_(False))
                         .order_by(Case.id)).scalars().first()
        s.get(Enterprise, case.complainant_id).name = f"{EXT_B}祥贸易有限公司"
        case_no = case.case_no
    return str(demo_office.target.sqlite_path), case_no, demo_office


def issued(office) -> int:
    with office.db.read() as s:
        return s.execute(select(func.count(Document.id))).scalar()


def test_issuing_is_refused_naming_the_character_and_no_number_is_used(named_with_ext_b, tmp_path, capsys):
    db, case_no, office = named_with_ext_b
    out = tmp_path / "supervision.pdf"
    code, text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(out), "--db", db)

    error = capsys.readouterr().err
    assert code == 2 and text == "" and not out.exists()
    assert f"“{EXT_B}”（U+20BB7，见于正文）" in error and "不能签发" in error and "文号未被占用" in error
    assert len(error.strip().splitlines()) == 1
    assert issued(office) == 0

    # The draft is made all the same, with the character boxed in red and the warning printed.
    draft = tmp_path / "draft.pdf"
    code, text = run("letter", case_no, "--kind", "supervision", "--out", str(draft), "--db", db)
    assert code == 0 and "草稿 / draft" in text and f"“{EXT_B}”（U+20BB7）" in text and "红框" in text
    assert [r for r in stroked_rects(draft.read_bytes()) if r.stroke == (1.0, 0.0, 0.0)]

    # Mended (the name written without it), the letter is issued under the year's first number.
    with office.db.write() as s:
        enterprise = s.execute(select(Enterprise).where(Enterprise.name.like(f"{EXT_B}%"))).scalar_one()
        enterprise.name = "吉祥贸易有限公司"
    code, text = run("letter", case_no, "--kind", "supervision", "--issue", "--user", "admin", "--out", str(out), "--db", db)
    assert code == 0 and f"演工信投字〔{TODAY.year}〕1号" in text


def test_the_service_refuses_before_drawing_a_number(named_with_ext_b):
    _db, case_no, office = named_with_ext_b
    case_id = office.documents.case_id_of(case_no)
    with pytest.raises(UnprintableCharacters) as refused:
        office.documents.issue(case_id, "supervision", allow_gaps=True)
    assert refused.value.characters == {EXT_B: ("body",)}  # found by the check, not by the renderer
    assert refused.value.field == "characters" and issued(office) == 0
    # A batch skips the case with the same reason and goes on.
    result = office.documents.batch_supervision([case_id])
    assert not result.issued and EXT_B in str(result.skipped[0].reason)
