"""The case dossier (案卷): one A4 PDF of a whole case, from plain data, for the archive and a supervisor's review.

Unlike the letters it is a working record, not a 公文: it does not follow the 22 × 28 grid, but it
uses the same embedded fonts, numbers its pages (第 N 页 共 M 页) and repeats the case number in
every page's header. All user text is escaped before it reaches ReportLab's paragraph markup, so
a name such as ``<b>甲&乙</b>`` prints exactly as typed; characters the font lacks print as □
and are reported in ``warnings``.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _ReportLabParagraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine

from complaintdesk.documents.colfit import Need, fit_columns, header_need, squeeze_to, text_need
from complaintdesk.documents.fonts import PLACEHOLDER, FontSet, load_font_set, missing_characters
from complaintdesk.documents.layout import Glyph, break_lines, clean_text
from complaintdesk.documents.letter_data import OfficeInfo
from complaintdesk.domain.money import format_yuan
from complaintdesk.messages import Text
from complaintdesk.messages.documents import DOSSIER_MISSING_GLYPHS

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
# Long values (a changed template, a pasted letter) are cut in the history table: the full text
# stays in the database's history, which is what an auditor verifies.
MAX_CHANGE_CHARS = 300
LONG_FIELD = 18  # characters: a longer value takes a whole row of a field table

RULE_GRAY = colors.Color(0.55, 0.55, 0.55)


class Paragraph(_ReportLabParagraph):
    """A ReportLab paragraph broken into lines by the letters' rules (layout.break_lines: 避头尾,
    Latin words and numbers whole, a number with its unit) instead of ReportLab's CJK splitter,
    which lets "；" or "，" begin a line. Text, fonts and drawing stay ReportLab's."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 - ReportLab's name
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        widths = list(maxWidths) if isinstance(maxWidths, list | tuple) else [maxWidths]
        self.height = 0
        calc_bounds = getattr(self, "autoLeading", getattr(self.style, "autoLeading", "")) not in ("", "off")
        pieces: list[list[cjkU]] = [[]]  # the text between forced breaks (<br/>)
        for frag in self.frags:
            if hasattr(frag, "lineBreak"):
                pieces[-1].append(cjkU("", frag, "utf8"))
                pieces.append([])
            else:
                pieces[-1] += [cjkU(char, frag, "utf8") for char in frag.text or ""]
        lines = []
        for piece in pieces:
            lines += _cjk_lines(piece, widths, len(lines), calc_bounds)
        return ParaLines(kind=1, lines=lines)


def _cjk_lines(units: list, widths: list[float], done: int, calc_bounds: bool) -> list:
    """ReportLab line objects for ``units`` (characters carrying their fragment; a trailing empty one
    is a forced break), starting at line ``done`` of the paragraph."""
    forced = bool(units) and units[-1] == "" and hasattr(units[-1].frag, "lineBreak")
    chars = units[:-1] if forced else units
    glyphs = [Glyph(str(u), u.frag.fontName, u.width) for u in chars]
    index_of = {id(glyph): index for index, glyph in enumerate(glyphs)}

    def width_at(line: int) -> float:
        return widths[min(done + line, len(widths) - 1)]

    out = []
    broken = break_lines(glyphs, width_at(0), width_at(1)) if glyphs else []
    for number, line in enumerate(broken):
        start, end = index_of[id(line.glyphs[0])], index_of[id(line.glyphs[-1])] + 1
        used = sum(u.width for u in chars[start:end])
        last = number == len(broken) - 1
        segment = chars[start:end] + (units[-1:] if forced and last else [])
        out.append(makeCJKParaLine(segment, width_at(number), used, width_at(number) - used, forced and last,
                                   calc_bounds))
    if forced and not broken:
        out.append(makeCJKParaLine(units[-1:], width_at(0), 0, width_at(0), True, calc_bounds))
    return out
HEADER_FILL = colors.Color(0.92, 0.92, 0.92)


# --- input: plain data ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DossierClaim:
    """One arrears claim with its computed payment term and interest, and how each was reached."""

    contract_no: str
    subject: str
    amount: Decimal
    signed_on: date | None
    delivered_on: date | None
    due_on: date | None
    days_overdue: int
    paid: Decimal
    outstanding: Decimal
    interest: Decimal
    term_lines: tuple[str, ...] = ()  # the payment term's basis and explanation
    interest_lines: tuple[str, ...] = ()
    payments: tuple[str, ...] = ()  # one line per payment, already formatted
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DossierDeadline:
    step_name: str
    trigger_on: date
    due_on: date | None
    state: str  # e.g. 已完成（2026年11月2日）, 进行中, 已逾期, 计时中止
    explanation: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DossierEvent:
    occurred_at: datetime  # aware (UTC); printed in the machine's local time
    actor: str
    action: str  # a label, e.g. 受理
    summary: str
    changes: tuple[str, ...] = ()  # "field：old → new"


@dataclass(frozen=True, slots=True)
class DossierAttachment:
    name: str
    kind: str
    size_bytes: int
    sha256: str
    added_at: datetime
    added_by: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class DossierDocument:
    doc_no: str
    title: str
    issued_on: date
    issued_by: str
    sha256: str
    page_count: int
    replaces: str = ""  # the number of the document it corrects
    replaced_by: str = ""


@dataclass(frozen=True, slots=True)
class DossierData:
    """Everything printed in a dossier; labels already in Chinese, user text plain (never markup)."""

    office: OfficeInfo
    case_no: str
    status: str
    generated_at: datetime
    generated_by: str = ""
    facts: tuple[tuple[str, str], ...] = ()  # 案件概况: (label, value)
    complainant: tuple[tuple[str, str], ...] = ()
    respondent: tuple[tuple[str, str], ...] = ()
    claims: tuple[DossierClaim, ...] = ()
    totals: tuple[tuple[str, str], ...] = ()
    deadlines: tuple[DossierDeadline, ...] = ()
    steps: tuple[str, ...] = ()  # extensions, clock stops, follow-up calls: one line each
    events: tuple[DossierEvent, ...] = ()
    attachments: tuple[DossierAttachment, ...] = ()
    documents: tuple[DossierDocument, ...] = ()
    notes: tuple[str, ...] = ()  # warnings the case view shows (provisional deadlines …)
    # The office's history head when the dossier was made ("#id" and the first 16 hex of its hash): paper
    # that holds the head, so a history later cut short or rolled back is caught against it.
    chain_head: str = ""


@dataclass(frozen=True, slots=True)
class RenderedDossier:
    pdf: bytes
    sha256: str
    page_count: int
    warnings: tuple[Text, ...]


# --- formatting -------------------------------------------------------------------------------


def _day(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "—"


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "—"


def _stamp(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(size_bytes: int) -> str:
    if size_bytes < 1024:
        return f"{size_bytes} B"
    if size_bytes < 1024 * 1024:
        return f"{size_bytes / 1024:.1f} KB"
    return f"{size_bytes / 1048576:.1f} MB"


class _Styles:
    def __init__(self, fonts: FontSet) -> None:
        body, bold = fonts.body, fonts.heading1

        def style(name: str, font: str, size: float, leading: float, **kw) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

        self.title = style("title", fonts.title, 20, 28, alignment=TA_CENTER, spaceAfter=4)
        self.subtitle = style("subtitle", body, 10.5, 15, alignment=TA_CENTER, textColor=colors.Color(.3, .3, .3))
        self.h1 = style("h1", bold, 13, 19, spaceBefore=10, spaceAfter=4)
        self.h2 = style("h2", bold, 10.5, 15, spaceBefore=6, spaceAfter=2)
        self.body = style("body", body, 10.5, 15)
        self.cell = style("cell", body, 9, 12)
        self.cell_bold = style("cell_bold", bold, 9, 12)
        self.cell_right = style("cell_right", body, 9, 12, alignment=TA_RIGHT)
        self.small = style("small", body, 8, 10.5, textColor=colors.Color(.25, .25, .25))
        self.hash = style("hash", body, 7.5, 9.5, textColor=colors.Color(.2, .2, .2))
        self.header = style("header", body, 8.5, 11)


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&#39;"}).replace("\n", "<br/>")


class _Builder:
    """Paragraphs from plain text: cleaned, glyph-checked (with per-glyph fallback), escaped."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.styles = _Styles(fonts)
        self.missing: set[str] = set()

    def text(self, value: object) -> str:
        """``value`` as safe paragraph markup: no character of it is ever read as a tag or entity."""
        text = clean_text("" if value is None else str(value))
        lacking = missing_characters(text, self.fonts, "body")
        if not lacking:
            return _escape(text)
        # A character the body font lacks is drawn from the next font that has it (as letters do);
        # one that no installed font has prints as □ and is reported.
        parts = []
        for char in text:
            if char not in lacking:
                parts.append(_escape(char))
            elif (font := self.fonts.font_for_char("body", char)) is not None:
                parts.append(f'<font name="{font}">{_escape(char)}</font>')
            else:
                self.missing.add(char)
                parts.append(PLACEHOLDER)
        return "".join(parts)

    def para(self, value: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(self.text(value), style or self.styles.body)

    def lines(self, values: Sequence[str], style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph("<br/>".join(self.text(v) for v in values), style or self.styles.small)

    def heading(self, text: str) -> list:
        # A heading never stands alone at the foot of a page.
        return [CondPageBreak(30 * mm), Paragraph(escape(text), self.styles.h1)]

    def table(self, rows: list[list], widths: Sequence[float], *, header: bool = True,
              spans: Sequence[tuple] = ()) -> Table:
        table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
        commands = [
            ("FONT", (0, 0), (-1, -1), self.fonts.body, 9),  # else Helvetica is set (and listed) for each cell
            ("GRID", (0, 0), (-1, -1), 0.4, RULE_GRAY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        commands += [("SPAN", *span) for span in spans]
        table.setStyle(TableStyle(commands))
        return table

    def fields(self, pairs: Sequence[tuple[str, str]]) -> Table:
        """Label/value pairs two to a row; a long value (a summary, a basis) gets a row of its own."""
        s = self.styles
        rows: list[list] = []
        spans: list[tuple] = []
        pending: list = []
        for label, value in pairs:
            cells = [self.para(label, s.cell_bold), self.para(value or "—", s.cell)]
            if len(value or "") > LONG_FIELD or "\n" in (value or ""):
                rows.append([*cells, "", ""])
                spans.append(((1, len(rows) - 1), (3, len(rows) - 1)))
                pending = []
            elif pending:
                pending += cells  # the row already in ``rows``
                pending = []
            else:
                pending = cells
                rows.append(pending)
        for row in rows:
            row += [""] * (4 - len(row))
        label = 28 * mm
        value = FRAME_WIDTH / 2 - label
        table = self.table(rows, [label, value, label, value], header=False, spans=spans)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)]
                                  + [("BACKGROUND", (2, r), (2, r), HEADER_FILL)
                                     for r, row in enumerate(rows) if row[2] != ""]))
        return table

    def none(self) -> Paragraph:
        return Paragraph("（无）", self.styles.body)


# --- sections ---------------------------------------------------------------------------------


CLAIM_HEAD = ("合同编号", "标的", "合同金额（元）", "付款到期日", "逾期天数", "已付（元）", "欠付（元）", "逾期利息（元）")
CLAIM_SIZES = (9.0, 8.0, 7.0)  # the claims table's size: smaller only where its amounts would not fit
CELL_PADDING = 3.0


def _claims(b: _Builder, data: DossierData) -> list:
    flow: list = b.heading("三、欠款明细及逾期利息")
    if not data.claims:
        return [*flow, b.none()]
    texts = [[c.contract_no or "—", c.subject, format_yuan(c.amount), _iso(c.due_on),
              str(c.days_overdue) if c.days_overdue else "—", format_yuan(c.paid), format_yuan(c.outstanding),
              format_yuan(c.interest)] for c in data.claims]
    size, widths = _claim_widths(b.fonts, texts)
    cell, bold = (ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 4 / 3)
                  for style in (b.styles.cell, b.styles.cell_bold))
    right = ParagraphStyle(f"cell_right-{size}", parent=cell, alignment=TA_RIGHT)
    rows = [[Paragraph(h, bold) for h in CLAIM_HEAD]]
    rows += [[b.para(text, right if index in (2, 4, 5, 6, 7) else cell) for index, text in enumerate(row)]
             for row in texts]
    flow.append(b.table(rows, widths))
    if data.totals:
        flow += [Spacer(1, 3), b.fields(data.totals)]
    for index, c in enumerate(data.claims, start=1):
        flow += _claim_detail(b, index, c)
    return flow


def _claim_widths(fonts: FontSet, texts: Sequence[Sequence[str]]) -> tuple[float, list[float]]:
    """No column narrower than its widest amount, date or number, the contract number and subject
    not narrower than their longest code or four characters; the rest to them (``colfit``)."""
    def body(text: str) -> float:
        return pdfmetrics.stringWidth(text, fonts.body, 1.0)

    def head(text: str) -> float:
        return pdfmetrics.stringWidth(text, fonts.heading1, 1.0)

    needs = []
    for index, title in enumerate(CLAIM_HEAD):
        header_min, header_natural = header_need(title, head, head("中"))
        cells = [row[index] for row in texts]
        if index < 2:
            least, natural = text_need(cells, body, body("中"), 4)
        else:
            least = natural = max(body(text) for text in cells)
        natural = max(natural, header_natural)
        needs.append(Need(max(least, header_min), natural, index < 2, squeeze_to(natural, body("中")) if index < 2 else None))
    fit = fit_columns(needs, CLAIM_SIZES, FRAME_WIDTH, CELL_PADDING)
    return fit.size, list(fit.widths)


def _claim_detail(b: _Builder, index: int, c: DossierClaim) -> list:
    """How the claim's term and interest were reached, its payments and warnings; the heading kept with its first lines."""
    s = b.styles
    parts = [Paragraph(f"（{index}）合同 {b.text(c.contract_no or '—')}（{b.text(c.subject)}，"
                       f"签订 {_day(c.signed_on)}，交付 {_day(c.delivered_on)}）", s.h2)]
    if c.term_lines:
        parts += [Paragraph("付款期限：", s.cell_bold), b.lines(c.term_lines)]
    if c.interest_lines:
        parts += [Paragraph("逾期利息：", s.cell_bold), b.lines(c.interest_lines)]
    parts += [Paragraph("还款记录：", s.cell_bold), b.lines(c.payments or ("（无）",))]
    if c.warnings:
        parts += [Paragraph("提示：", s.cell_bold), b.lines(c.warnings)]
    return [KeepTogether(parts[:3]), *parts[3:]]


def _deadlines(b: _Builder, data: DossierData) -> list:
    s = b.styles
    flow: list = b.heading("四、办理期限")
    if not data.deadlines:
        return [*flow, b.none()]
    head = ["环节", "起算日", "届满日", "状态"]
    rows = [[Paragraph(h, s.cell_bold) for h in head]]
    spans = []
    for d in data.deadlines:
        rows.append([b.para(d.step_name, s.cell), b.para(_iso(d.trigger_on), s.cell), b.para(_iso(d.due_on), s.cell),
                     b.para(d.state, s.cell)])
        if d.explanation:
            rows.append([b.lines(d.explanation), "", "", ""])
            spans.append(((0, len(rows) - 1), (-1, len(rows) - 1)))
    widths = [FRAME_WIDTH * f for f in (0.34, 0.2, 0.2, 0.26)]
    flow.append(b.table(rows, widths, spans=spans))
    if data.steps:
        flow += [Paragraph("延期、中止计时与回访", s.h2), b.lines(data.steps, s.cell)]
    return flow


def _history(b: _Builder, data: DossierData) -> list:
    s = b.styles
    flow: list = b.heading("五、办理经过（全部历史记录）")
    if not data.events:
        return [*flow, b.none()]
    rows = [[Paragraph(h, s.cell_bold) for h in ("时间", "操作人", "事项", "内容")]]
    for e in data.events:
        changes = [c if len(c) <= MAX_CHANGE_CHARS else c[:MAX_CHANGE_CHARS] + "…（已截断）" for c in e.changes]
        content = [b.para(e.summary, s.cell)]
        if changes:
            content.append(b.lines(changes))
        rows.append([Paragraph(_stamp(e.occurred_at), s.cell), b.para(e.actor, s.cell), b.para(e.action, s.cell),
                     content])
    widths = [27 * mm, 20 * mm, 24 * mm, FRAME_WIDTH - 71 * mm]
    flow.append(b.table(rows, widths))
    return flow


def _attachments(b: _Builder, data: DossierData) -> list:
    s = b.styles
    flow: list = b.heading("六、附件（证据材料）")
    if not data.attachments:
        return [*flow, b.none()]
    rows = [[Paragraph(h, s.cell_bold) for h in ("文件名", "类型", "大小", "添加", "SHA-256")]]
    for a in data.attachments:
        name = [b.para(a.name, s.cell)]
        if a.description:
            name.append(b.para(a.description, s.small))
        added = f"{_stamp(a.added_at)}\n{a.added_by}" if a.added_by else _stamp(a.added_at)
        rows.append([name, b.para(a.kind, s.cell), b.para(_size(a.size_bytes), s.cell_right), b.para(added, s.small),
                     b.para(a.sha256, s.hash)])
    widths = [44 * mm, 16 * mm, 15 * mm, 25 * mm, FRAME_WIDTH - 100 * mm]
    flow.append(b.table(rows, widths))
    return flow


def _documents(b: _Builder, data: DossierData) -> list:
    s = b.styles
    flow: list = b.heading("七、已签发文书")
    if not data.documents:
        return [*flow, b.none()]
    rows = [[Paragraph(h, s.cell_bold) for h in ("文号", "标题", "成文日期", "签发人", "页数", "SHA-256")]]
    for d in data.documents:
        title = [b.para(d.title, s.cell)]
        if d.replaces:
            title.append(b.para(f"更正 {d.replaces}", s.small))
        if d.replaced_by:
            title.append(b.para(f"已被 {d.replaced_by} 更正", s.small))
        rows.append([b.para(d.doc_no, s.cell), title, b.para(_iso(d.issued_on), s.cell), b.para(d.issued_by, s.cell),
                     b.para(str(d.page_count), s.cell_right), b.para(d.sha256, s.hash)])
    widths = [40 * mm, 33 * mm, 20 * mm, 15 * mm, 9 * mm, FRAME_WIDTH - 117 * mm]
    flow.append(b.table(rows, widths))
    return flow


def _story(b: _Builder, data: DossierData) -> list:
    s = b.styles
    story: list = [
        Paragraph("投诉案件案卷", s.title),
        Paragraph(f"案件编号 {b.text(data.case_no)} · {b.text(data.status)} · {b.text(data.office.name)}", s.subtitle),
        Paragraph(f"生成于 {_stamp(data.generated_at)}" + (f"，{b.text(data.generated_by)}" if data.generated_by else "")
                  + "。本案卷为办理记录汇编，已签发文书以其冻结的PDF及SHA-256为准。", s.subtitle),
    ]
    if data.chain_head:
        story.append(Paragraph(f"历史记录链头：{b.text(data.chain_head)}（核验：complaintdesk-admin audit verify）",
                               s.subtitle))
    story.append(Spacer(1, 6))
    if data.notes:
        story.append(b.lines(data.notes, s.cell))
    story += b.heading("一、案件概况")
    story.append(b.fields(data.facts) if data.facts else b.none())
    story += b.heading("二、当事人")
    story.append(Paragraph("投诉人", s.h2))
    story.append(b.fields(data.complainant) if data.complainant else b.none())
    story.append(Paragraph("被投诉人", s.h2))
    story.append(b.fields(data.respondent) if data.respondent else b.none())
    story += _claims(b, data)
    story += _deadlines(b, data)
    story += _history(b, data)
    story += _attachments(b, data)
    story += _documents(b, data)
    return story


# --- pages ------------------------------------------------------------------------------------


def _draw_runs(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, size: float, *, align: float) -> None:
    """``text`` drawn at ``x`` (``align``: 0 left, 0.5 centred, 1 right) in the body font, each character
    the body font lacks in the next font that has it (headers and footers are not paragraphs)."""
    runs: list[list[str]] = []
    for char in text:
        font = fonts.body
        if char.strip() and not fonts.has_char(font, char):
            font = fonts.font_for_char("body", char) or font
        if runs and runs[-1][0] == font:
            runs[-1][1] += char
        else:
            runs.append([font, char])
    widths = [pdfmetrics.stringWidth(part, font, size) for font, part in runs]
    left = x - align * sum(widths)
    for (font, part), width in zip(runs, widths, strict=True):
        canvas.setFont(font, size)
        canvas.drawString(left, y, part)
        left += width


def _numbered_canvas(fonts: FontSet, header_left: str, header_right: str, stamp: datetime, counter: list[int]):
    """A canvas that holds its pages back until the end, so that each can say 第 N 页 共 M 页."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            moment = f"D:{stamp.astimezone():%Y%m%d%H%M%S}"
            self.setDateFormatter(lambda *_ignored: moment)

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            counter.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFillGray(0.2)
            top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
            _draw_runs(self, fonts, MARGIN_LEFT, top, header_left, 8.5, align=0)
            _draw_runs(self, fonts, PAGE_WIDTH - MARGIN_RIGHT, top, header_right, 8.5, align=1)
            self.setStrokeGray(0.5)
            self.setLineWidth(0.5)
            self.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_WIDTH - MARGIN_RIGHT, top - 2.5 * mm)
            _draw_runs(self, fonts, PAGE_WIDTH / 2, MARGIN_BOTTOM - 10 * mm, f"第 {self._pageNumber} 页  共 {total} 页",
                       8.5, align=0.5)
            self.restoreState()

    return NumberedCanvas


def _header_text(b: _Builder, text: str) -> str:
    """Header text is drawn with drawString (no markup), so it needs cleaning and the glyph check only."""
    cleaned = clean_text(text)
    lacking = {char for char in missing_characters(cleaned, b.fonts, "body")
               if b.fonts.font_for_char("body", char) is None}  # the rest is drawn from a fallback font
    b.missing |= lacking
    return "".join(PLACEHOLDER if char in lacking else char for char in cleaned)


def render_dossier(data: DossierData, *, fonts: FontSet | None = None) -> RenderedDossier:
    """Render the dossier; the same data and fonts give the same bytes."""
    fonts = fonts or load_font_set()
    builder = _Builder(fonts)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"案卷 {clean_text(data.case_no)}", author=clean_text(data.office.name),
        subject="投诉案件案卷", creator="ComplaintDesk 中小企业投诉办理台", invariant=1, lang="zh-CN",
        initialFontName=fonts.body, initialFontSize=10.5,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story = _story(builder, data)
    counter: list[int] = []
    header_left = _header_text(builder, data.office.name)
    header_right = _header_text(builder, f"案卷 · 案件编号 {data.case_no}")
    doc.build(story, canvasmaker=_numbered_canvas(fonts, header_left, header_right, data.generated_at, counter))
    pdf = buffer.getvalue()
    warnings = list(fonts.warnings)
    if builder.missing:
        warnings.append(DOSSIER_MISSING_GLYPHS(font=fonts.describe(fonts.body), placeholder=PLACEHOLDER,
                                               characters=tuple(sorted(builder.missing))))
    return RenderedDossier(pdf=pdf, sha256=hashlib.sha256(pdf).hexdigest(), page_count=counter[-1],
                           warnings=tuple(warnings))
