"""The page machinery shared by the dossier and the visit report.

A4, 2.5 cm margins, DejaVu Sans everywhere (also the canvas's initial font, so no standard-14
font is ever referenced), numbered headings collected into a table of contents and the PDF
outline, a running header ("Confidential" unless public) and a footer with the reference and
"page x of y".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from monitor_app import __version__
from monitor_app.documents.fonts import MONO, SANS, SANS_BOLD, register_fonts
from monitor_app.documents.strings import text

PAGE_W, PAGE_H = A4
MARGIN = 2.5 * cm
CONTENT_W = PAGE_W - 2 * MARGIN

INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5B636E")
RULE = colors.HexColor("#B8BEC6")
HEADER_FILL = colors.HexColor("#E4E8ED")
ZEBRA = colors.HexColor("#F6F7F9")
LATE = colors.HexColor("#C0261C")  # red: overdue / late (the only use of red)
ACCENT = colors.HexColor("#1F4E79")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    mono: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_field: ParagraphStyle
    toc_title: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    label: ParagraphStyle


def make_styles() -> Styles:
    """Every paragraph style, all in DejaVu Sans (bold/italic through the family)."""
    register_fonts()

    def ps(name: str, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", SANS)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, **kw)

    return Styles(
        body=ps("body", fontSize=10, leading=13.6, spaceAfter=5),
        small=ps("small", fontSize=8.5, leading=11),
        muted=ps("muted", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        cell=ps("cell", fontSize=8.5, leading=10.6),
        cell_right=ps("cell_right", fontSize=8.5, leading=10.6, alignment=TA_RIGHT),
        cell_head=ps("cell_head", fontName=SANS_BOLD, fontSize=8.5, leading=10.6),
        cell_head_right=ps("cell_head_right", fontName=SANS_BOLD, fontSize=8.5, leading=10.6,
                           alignment=TA_RIGHT),
        mono=ps("mono", fontName=MONO, fontSize=6.4, leading=8),
        h1=ps("h1", fontName=SANS_BOLD, fontSize=14.5, leading=18, spaceBefore=16,
              spaceAfter=8, textColor=ACCENT, keepWithNext=1),
        h2=ps("h2", fontName=SANS_BOLD, fontSize=11.5, leading=14.5, spaceBefore=10,
              spaceAfter=5, keepWithNext=1),
        h3=ps("h3", fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=6, spaceAfter=3,
              keepWithNext=1),
        cover_title=ps("cover_title", fontName=SANS_BOLD, fontSize=24, leading=30,
                       spaceAfter=10, textColor=ACCENT),
        cover_sub=ps("cover_sub", fontSize=14, leading=19, spaceAfter=24),
        cover_field=ps("cover_field", fontSize=10.5, leading=15),
        toc_title=ps("toc_title", fontName=SANS_BOLD, fontSize=14.5, leading=18,
                     spaceAfter=10, textColor=ACCENT),
        toc1=ps("toc1", fontName=SANS_BOLD, fontSize=10, leading=14, leftIndent=0,
                firstLineIndent=0, spaceBefore=3),
        toc2=ps("toc2", fontSize=9, leading=12, leftIndent=16, firstLineIndent=0),
        label=ps("label", fontName=SANS_BOLD, fontSize=8.5, leading=10.6, textColor=MUTED,
                 alignment=TA_LEFT),
    )


def esc(value: object) -> str:
    """Plain text made safe for a Paragraph (line breaks kept)."""
    return escape(str(value)).replace("\n", "<br/>")


class Heading(Paragraph):
    """A numbered heading that goes into the contents and the PDF outline."""

    def __init__(self, number: str, title: str, style: ParagraphStyle, level: int) -> None:
        label = f"{number} {title}" if number else title
        super().__init__(esc(label), style)
        self.toc_text = label
        self.toc_level = level
        self.toc_key = f"h{number or id(self)}".replace(".", "_")


class NumberedCanvas(Canvas):
    """Draws header and footer on every page; "of y" is a form filled in at the end.

    Unlike the usual recipe that defers every page, pages are written as they come, so
    bookmarks and outline entries point at the right page.
    """

    decorate: Callable[[Canvas, int, str], None] | None = None
    heading_pages: dict[str, int] | None = None  # filled by DocTemplate.afterFlowable

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        if self.decorate is not None:
            self.decorate(self, self.getPageNumber(), "pagetotal")
        super().showPage()

    def save(self) -> None:
        total = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        if self._code and self.decorate is not None:
            self.decorate(self, self.getPageNumber(), "pagetotal")
            Canvas.showPage(self)
        self.beginForm("pagetotal", lowerx=0, lowery=-4, upperx=60, uppery=12)
        self.setFont(SANS, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        for key, page in (self.heading_pages or {}).items():
            self.beginForm(f"toc_{key}", lowerx=-60, lowery=-4, upperx=0, uppery=12)
            self.setFont(SANS, 9)
            self.setFillColor(INK)
            self.drawRightString(0, 0, str(page))
            self.endForm()
        Canvas.save(self)


class DocTemplate(BaseDocTemplate):
    """A4 with 2.5 cm margins; headings feed the contents and the outline."""

    def __init__(self, out: str | IO[bytes], *, title: str, subject: str, author: str,
                 lang: str, **kw: Any) -> None:
        super().__init__(
            out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=title, subject=subject, author=author,
            creator=f"Monitor {__version__}", producer=f"Monitor {__version__}",
            keywords="", invariant=0, initialFontName=SANS, initialFontSize=10,
            initialLeading=12, lang={"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}.get(lang),
            **kw)
        frame = Frame(MARGIN, MARGIN, CONTENT_W, PAGE_H - 2 * MARGIN, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self.heading_pages: dict[str, int] = {}

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level,
                                      closed=flowable.toc_level > 0)
            self.heading_pages[key] = self.page


class ContentsLine(Flowable):
    """One line of the contents: the heading (wrapping if long), a link to it, and its page
    number drawn from a form that the canvas fills in once the pages are known. This keeps
    the build to one pass instead of reportlab's multiBuild."""

    NUMBER_W = 1.2 * cm

    def __init__(self, heading: Heading, styles: Styles) -> None:
        super().__init__()
        self.key = heading.toc_key
        self.level = heading.toc_level
        style = styles.toc1 if self.level == 0 else styles.toc2
        self.para = Paragraph(esc(heading.toc_text), style)
        self.indent = style.leftIndent
        self.space_before = style.spaceBefore

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, h = self.para.wrap(avail_width - self.NUMBER_W, avail_height)
        self.para_h = h
        self.height = h + (self.space_before or 0) + 2
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        self.para.drawOn(c, 0, 2)
        c.saveState()
        c.translate(self.width, 2 + self.para_h - self.para.style.fontSize)
        c.doForm(f"toc_{self.key}")
        c.restoreState()
        c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


def contents(styles: Styles, headings: Sequence[Heading]) -> list[Flowable]:
    return [ContentsLine(h, styles) for h in headings]


def boxed(styles: Styles, markup: str, colour: colors.Color) -> Table:
    """A framed note (the confidentiality marking)."""
    box = Table([[Paragraph(markup, styles.small)]], colWidths=[CONTENT_W])
    box.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8.5), ("BOX", (0, 0), (-1, -1), 0.8, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return box


def header_footer(lang: str, *, confidential: bool, left_footer: str, right_header: str,
                  skip_first: bool = True) -> Callable[[Canvas, int, str], None]:
    """The decoration of every page (but the cover when ``skip_first``)."""
    conf = text(lang, "confidential")
    before, _, after = text(lang, "page_x_of_y", x="\x00", y="\x01").partition("\x01")

    def draw(canv: Canvas, page: int, total_form: str) -> None:
        if page == 1 and skip_first:
            return
        canv.saveState()
        top = PAGE_H - MARGIN + 0.9 * cm
        if confidential:
            canv.setFont(SANS_BOLD, 8)
            canv.setFillColor(LATE)
            canv.drawString(MARGIN, top, conf.upper())
        canv.setFont(SANS, 8)
        canv.setFillColor(MUTED)
        canv.drawRightString(PAGE_W - MARGIN, top, right_header)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, top - 4, PAGE_W - MARGIN, top - 4)
        bottom = MARGIN - 1.2 * cm
        canv.line(MARGIN, bottom + 10, PAGE_W - MARGIN, bottom + 10)
        canv.drawString(MARGIN, bottom, left_footer)
        # "Page 3 of " + [form with the total] + after; the total is at most 4 digits wide
        head = before.replace("\x00", str(page))
        digits_w = canv.stringWidth("0000", SANS, 8)
        after_w = canv.stringWidth(after, SANS, 8)
        x_total = PAGE_W - MARGIN - after_w - digits_w
        canv.drawRightString(x_total, bottom, head)
        canv.saveState()
        canv.translate(x_total, bottom)
        canv.doForm(total_form)
        canv.restoreState()
        if after:
            canv.drawRightString(PAGE_W - MARGIN, bottom, after)
        canv.restoreState()

    return draw


def canvas_maker(decorate: Callable[[Canvas, int, str], None],
                 heading_pages: dict[str, int] | None = None) -> type[NumberedCanvas]:
    return type("DecoratedCanvas", (NumberedCanvas,), {"decorate": staticmethod(decorate),
                                                       "heading_pages": heading_pages})


def data_table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], *, right: Sequence[int] = (),
               extra: Sequence[tuple[Any, ...]] = (), zebra: bool = True,
               plain: Sequence[int] = ()) -> Table:
    """A table with a shaded header row repeated on every page; strings become wrapping
    paragraphs (except in ``plain`` columns: short dates and numbers, drawn as they are,
    which is much faster), ``right`` columns are right-aligned."""
    head = [Paragraph(esc(h), styles.cell_head_right if i in right else styles.cell_head)
            for i, h in enumerate(header)]
    body: list[list[Any]] = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if isinstance(value, str):
                if i in plain or not value:
                    cells.append(value)
                else:
                    cells.append(Paragraph(esc(value), styles.cell_right if i in right
                                           else styles.cell))
            else:
                cells.append(value)
        body.append(cells)
    total = sum(widths)
    scale = CONTENT_W / total if total > CONTENT_W else 1.0
    t = Table([head, *body], colWidths=[w * scale for w in widths], repeatRows=1,
              hAlign="LEFT")
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra and len(body) > 3:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    for col in right:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def field_table(styles: Styles, pairs: Sequence[tuple[str, Any]], label_width: float = 4.2 * cm
                ) -> Table | None:
    """Label / value rows for the non-empty values only (None when all are empty)."""
    rows = []
    for label, value in pairs:
        if value in (None, "", (), []):
            continue
        cell = Paragraph(esc(value), styles.cell) if isinstance(value, str) else value
        rows.append([Paragraph(esc(label), styles.label), cell])
    if not rows:
        return None
    t = Table(rows, colWidths=[label_width, CONTENT_W - label_width], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def write_atomically(path: str | os.PathLike[str], render: Callable[[IO[bytes]], Any]) -> Any:
    """Render into a temporary 0600 file beside ``path`` and move it into place only when
    done, so a failure never leaves half a PDF behind; a link or a special file at ``path``
    is refused (see :mod:`monitor_app.outputs`)."""
    from monitor_app import outputs

    return outputs.write_atomically(path, render)


def generated_stamp(lang: str, now: datetime | None = None) -> str:
    from monitor_app.documents.strings import fmt_datetime

    return fmt_datetime(now or datetime.now(), lang)
