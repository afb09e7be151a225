"""Evidence shown inside the app, from memory: photos through QImage, PDFs page by page
through pdfium. Nothing is written to disk; the decrypted bytes live only as long as the
dialog, which closes when the store locks or closes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PDF = "application/pdf"
PDF_SCALE = 1.5  # 108 dpi: a page is readable at a laptop's width
MAX_SHOWN_BYTES = 512 * 1024 * 1024  # larger files are not read whole into memory


class CannotShow(Exception):
    """The bytes are not an image or PDF this viewer can decode."""


def shows_inside(media_type: str) -> bool:
    """Whether files of this type are shown inside the app (no copy on disk)."""
    return media_type == PDF or media_type.startswith("image/")


def render_pdf_page(data: bytes, index: int, scale: float = PDF_SCALE) -> tuple[QImage, int]:
    """One page of a PDF held in memory as a QImage, and the number of pages."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        raise CannotShow("pdfium cannot read it") from None
    try:
        count = len(pdf)
        if count == 0:
            raise CannotShow("no pages")
        page = pdf[max(0, min(index, count - 1))]
        try:
            bitmap = page.render(scale=scale)
            try:
                rgb = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        pdf.close()
    raw = rgb.tobytes()
    image = QImage(raw, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy(), count  # copy: the QImage must own its pixels, not borrow `raw`


def load_image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise CannotShow("not an image Qt can decode")
    return image


class EvidenceViewer(QDialog):
    """A photo or a PDF, page by page, shown from its bytes in memory."""

    def __init__(self, data: bytes, media_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._data: bytes | None = data
        self.media_type = media_type
        self.page = 0
        self.pages = 1
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.page_label = QLabel(self)
        self.close_button = QPushButton(self)
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.show_page(self.page - 1))
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.retranslate()
        if media_type == PDF:
            self.show_page(0)
        else:
            self._show(load_image(data))
        for b in (self.prev_button, self.next_button, self.page_label):
            b.setVisible(self.pages > 1)
        self.resize(900, 760)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("EvidenceViewer", "Evidence"))
        self.prev_button.setText(QCoreApplication.translate("EvidenceViewer", "Previous page"))
        self.next_button.setText(QCoreApplication.translate("EvidenceViewer", "Next page"))
        self.close_button.setText(QCoreApplication.translate("EvidenceViewer", "Close"))
        self._update_page_label()

    def _update_page_label(self) -> None:
        self.page_label.setText(QCoreApplication.translate(
            "EvidenceViewer", "Page {page} of {pages}").format(page=self.page + 1,
                                                               pages=self.pages))

    def _show(self, image: QImage) -> None:
        self.image = image
        self.picture.setPixmap(QPixmap.fromImage(image))

    def show_page(self, index: int) -> None:
        if self._data is None or self.media_type != PDF:
            return
        image, self.pages = render_pdf_page(self._data, index)
        self.page = max(0, min(index, self.pages - 1))
        self._show(image)
        self.prev_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < self.pages - 1)
        self._update_page_label()

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self._data = None  # the decrypted bytes go with the dialog
        super().closeEvent(event)  # type: ignore[arg-type]
