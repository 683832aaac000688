"""Renders letters to deterministic PDF bytes (GB/T 9704 layout), one at a time or in a cancellable batch."""

from __future__ import annotations

import hashlib
import io
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from complaintdesk.documents.fonts import FontSet, is_placeholder_font, load_font_set
from complaintdesk.documents.layout import (
    BLOCK_BOTTOM,
    BLOCK_LEFT,
    BLOCK_RIGHT,
    BLOCK_TOP,
    EM_TOP,
    LETTERHEAD_ROWS,
    LINE_PITCH,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    SEAL_DIAMETER,
    Band,
    Composer,
    Page,
)
from complaintdesk.documents.letter_data import LetterData
from complaintdesk.documents.record_split import paginate_with_record
from complaintdesk.documents.subsets import assign_subsets, fixed_by_font, used_by_font
from complaintdesk.documents.templates import (
    KIND_LABELS,
    LetterTemplate,
    TemplateItem,
    condition_holds,
    fill,
    format_date,
    load_template,
    placeholder_term,
    placeholder_values,
    placeholders_in,
    renumber_headings,
    without_empty_sections,
)
from complaintdesk.domain.money import format_yuan
from complaintdesk.messages import Text
from complaintdesk.messages.documents import BLANKS_LEFT

DRAFT_NUMBER = "（草稿，未编号）"
# On a last page that holds only the 版记 because not even the letter's closing lines fit with it.
NO_TEXT_NOTICE = "（此页无正文）"
# The 信函格式's red: process red, as red letterheads are printed (magenta and yellow at 100 %, no
# cyan, no black). A CMYK colour reaches a colour printer as the inks to lay down, where an RGB red
# would be converted by the driver (often into a duller red with some black); viewers show it as
# RGB (1, 0, 0).
LETTERHEAD_RED = (0.0, 1.0, 1.0, 0.0)
WATERMARK = "草稿"
WATERMARK_SIZE = 150.0
WATERMARK_GRAY = 0.86
# The em dash of a page number sits about this far above its baseline (fraction of the size); the
# baseline is placed so that the dashes are 7 mm below the text block (一字线上距版心下边缘 7 mm).
DASH_HEIGHT = 0.38
PAGE_NUMBER_BASELINE = BLOCK_BOTTOM - PAGE_NUMBER_GAP - DASH_HEIGHT * PAGE_NUMBER_SIZE

CLAIM_COLUMNS = (
    ("合同编号", "left"),
    ("标的", "center"),
    ("合同金额（元）", "right"),
    ("付款到期日", "center"),
    ("逾期天数", "right"),
    ("已付金额（元）", "right"),
    ("欠付金额（元）", "right"),
    ("逾期利息（元）", "right"),
)


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A rendered letter: the exact PDF bytes, their SHA-256 and what the user must be told."""

    kind: str
    pdf: bytes
    sha256: str
    page_count: int
    warnings: tuple[Text, ...]
    missing_fields: tuple[str, ...]  # placeholders printed as blanks because the case lacks them
    template_version: int
    draft: bool


@dataclass(frozen=True, slots=True)
class LetterJob:
    """One letter of a batch."""

    kind: str
    data: LetterData
    draft: bool = True
    template: LetterTemplate | None = None


class RenderCancelled(Exception):
    """The batch was cancelled; ``completed`` holds the letters rendered before that."""

    def __init__(self, completed: Sequence[RenderedDocument], total: int) -> None:
        super().__init__(f"cancelled after {len(completed)} of {total} letters")
        self.completed = tuple(completed)
        self.total = total


# --- content ----------------------------------------------------------------------------------


def _table_date(day: date | None) -> str:
    return day.isoformat() if day else "—"


def claims_rows(data: LetterData) -> list[list[str]]:
    """The claims table's rows, with a totals row when there is more than one claim."""
    rows = [
        [c.contract_no, c.subject, format_yuan(c.amount), _table_date(c.due_on),
         str(c.days_overdue) if c.days_overdue else "—", format_yuan(c.paid), format_yuan(c.outstanding),
         format_yuan(c.interest)]
        for c in data.claims
    ]
    if len(data.claims) > 1:
        rows.append(["合计", "", format_yuan(data.total_claimed), "", "", format_yuan(data.total_paid),
                     format_yuan(data.total_outstanding), format_yuan(data.total_interest)])
    return rows


class _Filler:
    """Fills template text with the letter's printed values, remembering the placeholders left blank."""

    def __init__(self, data: LetterData) -> None:
        self.values = placeholder_values(data)
        self.missing: set[str] = set()

    def __call__(self, text: str) -> str:
        return fill(text, self.values, self.missing)


def _compose(template: LetterTemplate, data: LetterData, draft: bool, fonts: FontSet
             ) -> tuple[list[Page], list[str], list[str], dict[str, str]]:
    filler = _Filler(data)
    composer = Composer(fonts)
    bands = _heading_bands(composer, template, data, draft, filler)
    items = printed_items(template, data, filler)
    for item, text in items:
        _BODY_ITEMS.get(item.kind, _text_bands)(composer, bands, item, text, data)
    bands[-1].keep_with_next = True  # the seal never stands on a page without body text above it
    bands += _closing_bands(composer, template, data, filler)
    # 信函格式: the 版记 has no 印发机关/印发日期 line (GB/T 9704 §10.1), only 抄送 if any.
    cc = _cc_entries(template, data, filler.values)
    record = composer.record_block(cc)
    notice = composer.paragraph(NO_TEXT_NOTICE, justify=False)[0]
    pages = paginate_with_record(bands, record, no_text_notice=notice)  # a 版记 taller than a page continues
    if not data.preprinted_letterhead:  # on 红头纸 the space stays blank at the same distances
        pages[0].letterhead = composer.letterhead(data.office.name)

    warnings = composer.missing_warnings() + composer.notes
    missing_fields = sorted(filler.missing)
    if missing_fields:
        fields = tuple(placeholder_term(name) for name in missing_fields)
        warnings.append(BLANKS_LEFT(fields=fields))
    return pages, warnings, missing_fields, fixed_text(template, items, data, draft, bool(cc))


_FORMATTER = string.Formatter()


def _literal(text: str) -> str:
    """A template text without its placeholders: what it prints in every letter."""
    return "".join(literal for literal, _name, _spec, _conversion in _FORMATTER.parse(text))


def fixed_text(template: LetterTemplate, items: Sequence[tuple[TemplateItem, str]], data: LetterData,
               draft: bool, has_cc: bool = False) -> dict[str, str]:
    """Role → what every letter of this template, office and kind (draft or issued) with these ``items``
    printing prints the same (the template's own words, the office's name, the date's 年月日, the draft's
    number and watermark), in reading order. Its characters get a letter's first font subsets, so that
    those are the same letter after letter and are embedded from the cache (subsets.assign_subsets)."""
    office = data.office.name
    title = [WATERMARK if draft else "", "" if data.preprinted_letterhead else office, _literal(template.title)]
    number = DRAFT_NUMBER if draft else "".join(ch for ch in data.doc_no or "" if not ch.isdigit())
    body = [number, _literal(template.addressee)]
    headings: dict[str, list[str]] = {"heading1": [], "heading2": []}
    for item, _text in items:
        if item.kind in headings:
            headings[item.kind].append(_literal(item.value))
        elif item.kind == "table":
            headings["heading1"].append("".join(header for header, _align in CLAIM_COLUMNS))
        elif item.kind != "list":
            body.append(_literal(item.value))
    if template.attachments:
        body += ["附件：", *(_literal(entry) for entry in template.attachments)]
    body += [office, "年月日", f"（{_literal(template.note)}）" if template.note else ""]
    if has_cc:
        body += ["抄送：，。", *(_literal(entry) for entry in template.cc if data.cc is None)]
    return {"title": "".join(title), "body": "".join(body),
            **{role: "".join(parts) for role, parts in headings.items()}}


def _heading_bands(composer: Composer, template: LetterTemplate, data: LetterData, draft: bool,
                   filler: _Filler) -> list[Band]:
    """The space under the letterhead, number, title and addressee (信函格式, GB/T 9704 §10.1): the
    number flush right on the first grid line below the red double rule, two blank lines, the title."""
    number = DRAFT_NUMBER if draft else data.doc_no
    if not number:
        raise ValueError("an issued letter needs its document number (doc_no); render a draft without one")
    bands = composer.blank(LETTERHEAD_ROWS, drop_at_page_top=False)
    bands += composer.aligned_line(number, align="right", kind="number")
    bands += composer.blank(2, drop_at_page_top=False)
    bands += composer.title(filler(template.title))
    bands += composer.blank(1, drop_at_page_top=False)
    if template.addressee:
        bands += composer.paragraph(filler(template.addressee), indent=0, justify=False)
    return bands


def printed_items(template: LetterTemplate, data: LetterData, filler: _Filler) -> list[tuple[TemplateItem, str]]:
    """The template's body items that print, each with its filled text: items whose condition fails,
    an empty table or list, a text that fills to nothing and a heading over a section left empty are
    left out (never "二、调查核实情况" with nothing under it), and the headings that remain are
    numbered again in order (一、二、三、…; （一）（二）… within each)."""
    items: list[tuple[TemplateItem, str]] = []
    for item in template.paragraphs:
        if item.condition and not condition_holds(item.condition, data, filler.values):
            continue
        if item.kind in ("table", "list"):
            if condition_holds(item.value, data, filler.values):
                items.append((item, item.value))
            continue
        text = filler(item.value)
        if text.strip():
            items.append((item, text))
    return renumber_headings(without_empty_sections(items))


def _table_bands(composer: Composer, bands: list[Band], item, text: str, data: LetterData) -> None:
    if bands:
        bands[-1].keep_with_next = True  # "明细如下：" stays with the table
    bands += composer.table(CLAIM_COLUMNS, claims_rows(data), bold_last=len(data.claims) > 1)
    if note := undisputed_interest_note(data):
        bands += composer.paragraph(note)


def undisputed_interest_note(data: LetterData) -> str:
    """The sentence under the claims table when the debtor disputes part of a claim: the table's interest
    runs on the unpaid principal as claimed; the part it does not dispute is due now (DOMAIN.md §4)."""
    undisputed = data.total_interest_undisputed
    if undisputed is None:
        return ""
    return (f"上表逾期利息以欠付本金（投诉主张的金额）为基数计算；其中被投诉人无争议部分的逾期利息合计"
            f"{format_yuan(undisputed)}元，无争议部分应当及时支付（《保障中小企业款项支付条例》第十五条）。")


def _list_bands(composer: Composer, bands: list[Band], item, text: str, data: LetterData) -> None:
    for line in data.size_basis:
        bands += composer.paragraph(line)


def _heading_item_bands(composer: Composer, bands: list[Band], item, text: str, data: LetterData) -> None:
    heading = composer.paragraph(text, role=item.kind, kind="heading")
    for band in heading:
        band.keep_with_next = True
    bands += heading


def _text_bands(composer: Composer, bands: list[Band], item, text: str, data: LetterData) -> None:
    # A value with line breaks (a multi-paragraph summary) prints as several paragraphs.
    for piece in text.splitlines():
        if piece.strip():
            bands += composer.paragraph(piece.strip())


# How each kind of template item adds its bands; any other kind is text.
_BODY_ITEMS = {"table": _table_bands, "list": _list_bands,
               "heading1": _heading_item_bands, "heading2": _heading_item_bands}


def _closing_bands(composer: Composer, template: LetterTemplate, data: LetterData, filler: _Filler) -> list[Band]:
    """Attachments, signature and seal, the template's note and a correction's notice: all kept
    together with the body's last band (a 版记 that does not fit under them takes them all over)."""
    bands: list[Band] = []
    if template.attachments:
        bands += composer.attachments([filler(a) for a in template.attachments])
    bands += composer.signature(data.office.name, format_date(data.issued_on))
    if template.note:
        bands += composer.paragraph(f"（{filler(template.note)}）", justify=False)
    if data.replaces_doc_no:
        bands += composer.paragraph(f"（本文书更正{data.replaces_doc_no}，原文书同时作废。）", justify=False)
    for band in bands[:-1]:
        band.keep_with_next = True
    return bands


def _cc_entries(template: LetterTemplate, data: LetterData, values) -> list[str]:
    if data.cc is not None:
        return [entry for entry in data.cc if entry.strip()]
    # A default 抄送 entry naming someone the case does not have is left out, not printed blank.
    return [fill(entry, values) for entry in template.cc if all(values[name] for name in placeholders_in(entry))]


# --- drawing ----------------------------------------------------------------------------------


def _draw_band(canvas: Canvas, band: Band, top: float, draft: bool) -> None:
    for run in band.runs:
        text = canvas.beginText(run.x, top - run.baseline)
        for font, chunk, spacing in run.segments:
            text.setFont(font, run.size)
            text.setCharSpace(spacing)
            text.textOut(chunk)
        canvas.drawText(text)
        _box_placeholders(canvas, run, top)
    for rule in band.rules:
        canvas.setLineWidth(rule.width)
        canvas.line(rule.x0, top - rule.y0, rule.x1, top - rule.y1)
    if draft and band.seal_center is not None:
        # Only drafts show where the seal goes; an issued letter leaves the space for the real seal.
        x, y = band.seal_center
        canvas.saveState()
        canvas.setStrokeGray(0.65)
        canvas.setLineWidth(0.6)
        canvas.setDash(4, 3)
        canvas.circle(x, top - y, SEAL_DIAMETER / 2)
        canvas.restoreState()


def _box_placeholders(canvas: Canvas, run, top: float) -> None:
    """A red box around each placeholder of a character no font has (only drafts show one: issuing
    refuses such a letter), so that nobody mistakes it for a □ in the text."""
    if not any(is_placeholder_font(font) for font, _chunk, _spacing in run.segments):
        return
    x = run.x
    for font, chunk, spacing in run.segments:
        advance = pdfmetrics.stringWidth(chunk, font, run.size) / max(len(chunk), 1)
        if is_placeholder_font(font):
            canvas.saveState()
            canvas.setStrokeColorRGB(1, 0, 0)
            canvas.setLineWidth(0.8)
            for index in range(len(chunk)):
                left = x + index * (advance + spacing)
                canvas.rect(left, top - run.baseline - (1 - EM_TOP) * run.size, advance, run.size, stroke=1, fill=0)
            canvas.restoreState()
        x += len(chunk) * (advance + spacing)


def _draw_watermark(canvas: Canvas, fonts: FontSet) -> None:
    canvas.saveState()
    canvas.setFillGray(WATERMARK_GRAY)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.setFont(fonts.title, WATERMARK_SIZE)
    canvas.drawCentredString(0, -WATERMARK_SIZE * (EM_TOP - 0.5), WATERMARK)
    canvas.restoreState()


def _page_number(composer: Composer, number: int) -> Band:
    """— N — in 14 pt: odd pages at the right, even pages at the left, one character in (GB/T 9704 §7.5)."""
    glyphs = composer.shaper.shape(f"— {number} —", "page_number", PAGE_NUMBER_SIZE)
    width = composer.shaper.text_width(glyphs)
    x = BLOCK_RIGHT - PAGE_NUMBER_SIZE - width if number % 2 else BLOCK_LEFT + PAGE_NUMBER_SIZE
    return Band(0, (composer._run(glyphs, x, 0.0, PAGE_NUMBER_SIZE, 0.0, "page_number"),))


def _draw_letterhead(canvas: Canvas, band: Band) -> None:
    canvas.saveState()
    canvas.setFillColorCMYK(*LETTERHEAD_RED)
    canvas.setStrokeColorCMYK(*LETTERHEAD_RED)
    _draw_band(canvas, band, PAGE_HEIGHT, False)
    canvas.restoreState()


def _pdf_date(day: date) -> str:
    return f"D:{day:%Y%m%d}000000+08'00'"


def _page_bands(page: Page, number: Band | None) -> list[Band]:
    """Everything drawn on a page in order: the letterhead, the bands, the record block, the page number."""
    bands = [page.letterhead] if page.letterhead is not None else []
    bands += [band for _row, band in page.bands]
    bands += [band for band in (page.record, number) if band is not None]
    return bands


def _number_subsets(canvas: Canvas, pages: Sequence[Page], numbers: Sequence[Band | None], draft: bool,
                    fonts: FontSet, fixed: dict[str, str]) -> None:
    """Give the characters of ``fixed`` (role → text) that the letter draws the first subsets of each font
    in a fixed order, the rest a subset of their own (subsets.assign_subsets)."""
    runs = [run for page, number in zip(pages, numbers, strict=True) for band in _page_bands(page, number)
            for run in band.runs]
    used = used_by_font(runs)
    if draft:
        used.setdefault(fonts.title, set()).update(WATERMARK)
    assign_subsets(canvas._doc, used, fixed_by_font(fonts, tuple(fixed.items())))


def _draw(pages: Sequence[Page], template: LetterTemplate, data: LetterData, draft: bool,
          fonts: FontSet, fixed: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    # invariant=1 fixes the document ID and timestamps so identical input gives identical bytes; the
    # dates we print come from the letter, not the clock.
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1,
                    initialFontName=fonts.body, initialFontSize=16, lang="zh-CN")
    stamp = _pdf_date(data.issued_on)
    canvas.setDateFormatter(lambda *_ignored: stamp)
    title = KIND_LABELS.get(template.kind, template.kind)
    canvas.setTitle(title)
    canvas.setAuthor(data.office.name)
    canvas.setSubject(f"{data.doc_no if not draft and data.doc_no else DRAFT_NUMBER} {data.case_no}".strip())
    canvas.setCreator("ComplaintDesk 中小企业投诉办理台")
    canvas.setKeywords(f"{template.kind} v{template.version}{' draft' if draft else ''}")
    composer = Composer(fonts)
    # 信函格式: the first page shows no page number
    numbers = [_page_number(composer, number) if number > 1 else None for number in range(1, len(pages) + 1)]
    _number_subsets(canvas, pages, numbers, draft, fonts, fixed)
    for page, number in zip(pages, numbers, strict=True):
        if draft:
            _draw_watermark(canvas, fonts)
        if page.letterhead is not None:  # first, so that its text comes first in reading order
            _draw_letterhead(canvas, page.letterhead)
        canvas.setFillGray(0)
        canvas.setStrokeGray(0)
        for row, band in page.bands:
            _draw_band(canvas, band, BLOCK_TOP - row * LINE_PITCH, draft)
        if page.record is not None:
            _draw_band(canvas, page.record, BLOCK_BOTTOM + page.record.height, draft)
        if number is not None:
            _draw_band(canvas, number, PAGE_NUMBER_BASELINE, False)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- public API -------------------------------------------------------------------------------


def render_letter(kind: str, data: LetterData, *, template: LetterTemplate | None = None, draft: bool,
                  fonts: FontSet | None = None) -> RenderedDocument:
    """Render one letter. ``template`` is the office's edited copy (default: the shipped one); a draft
    carries a 草稿 watermark and no number; an issued letter needs ``data.doc_no``. Same input and
    fonts → byte-identical PDF."""
    template = template or load_template(kind)
    if template.kind != kind:
        raise ValueError(f"template is for {template.kind!r}, not {kind!r}")
    fonts = fonts or load_font_set()
    pages, warnings, missing_fields, fixed = _compose(template, data, draft, fonts)
    pdf = _draw(pages, template, data, draft, fonts, fixed)
    return RenderedDocument(
        kind=kind,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        page_count=len(pages),
        warnings=tuple(dict.fromkeys([*fonts.warnings, *warnings])),
        missing_fields=tuple(missing_fields),
        template_version=template.version,
        draft=draft,
    )
