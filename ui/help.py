"""The Help menu: the guide (bundled HTML in the interface language), the keyboard
shortcuts (read from the window's actions, so the table cannot drift from the keys that
work) and About.

The guide's pages are ``resources/help/<lang>/*.html``, found through
:func:`monitor_app.resources.resource` (from source, installed or frozen alike).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from monitor_app import __version__
from monitor_app.resources import resource
from ui import i18n

GUIDE_START = "index.html"


def guide_folder(lang: str) -> Path:
    """The folder of the guide in ``lang``; English when that language has none."""
    folder = resource("help", lang)
    return folder if (folder / GUIDE_START).is_file() else resource("help", "en")


class GuideWindow(QWidget):
    """The guide in a window of its own, beside the main one (not modal: one reads it
    while doing what it says). Follows the interface language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide_window")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # nothing in the guide leaves the app
        self.browser.anchorClicked.connect(self.on_anchor)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("guide_back")
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.home_button = QPushButton(self)
        self.home_button.setObjectName("guide_home")
        self.home_button.clicked.connect(self.go_home)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.home_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.lang = ""
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # as a dialog closes
        close.activated.connect(self.close)
        self.resize(680, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "Guide — Monitor"))
        self.back_button.setText(QCoreApplication.translate("Help", "&Back"))
        self.home_button.setText(QCoreApplication.translate("Help", "&Contents"))
        self.close_button.setText(QCoreApplication.translate("Help", "C&lose"))
        lang = i18n.current_language()
        if lang != self.lang:
            self.lang = lang
            self.go_home()

    def go_home(self) -> None:
        folder = guide_folder(self.lang or i18n.current_language())
        self.browser.setSearchPaths([str(folder)])
        self.browser.setSource(QUrl.fromLocalFile(str(folder / GUIDE_START)))
        self.browser.clearHistory()

    def on_anchor(self, url: QUrl) -> None:
        # Links between the guide's pages and to its sections open here (QTextBrowser
        # does that itself); a link out of the app, should one slip into a page, goes to
        # the system's browser only when the user clicked it, never on its own.
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Print dossier…" -> "Print dossier"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a shortcut, in the order given."""
    rows = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts() if not k.isEmpty())
        if not keys or not action.text() or keys in seen:
            continue
        seen.add(keys)
        rows.append((keys, plain(action.text())))
    return rows


def shortcuts_html(actions: list[QAction]) -> str:
    rows = "".join(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text)}</td></tr>"
                   for keys, text in shortcut_rows(actions))
    extra = QCoreApplication.translate(
        "Help", "In a list, Enter or a double click opens the record full width; Ctrl+W "
                "returns to the list. In a form, Tab goes to the next field and Enter does "
                "not save: Ctrl+S does.")
    return f"<table cellspacing='6'>{rows}</table><p>{escape(extra)}</p>"


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: the keys of the window's actions, as they are now."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.view = QTextBrowser(self)
        self.view.setObjectName("shortcuts_view")
        self.view.setHtml(shortcuts_html(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(520, 520)


def about_text() -> str:
    """What Monitor is and does, as it does it (no promise of a feature it lacks)."""
    return QCoreApplication.translate(
        "Help",
        "<p><b>Monitor</b> keeps the case files of detention monitoring (visits, cases, "
        "allegations, complaints and the answers to them, reprisals, people and places) in "
        "one encrypted file on this computer. It never connects to a network.</p>"
        "<p>Nothing leaves that file unless you make it leave: a dossier or a visit report "
        "you print to PDF (with full names, pseudonyms or for publication), a backup you "
        "make from the File menu (encrypted under the same passphrase), or a file written "
        "by the command line (<i>monitor-app export-json</i>, which is not encrypted).</p>"
        "<p>The window locks itself after a few idle minutes (Settings); Help &gt; Guide "
        "(F1) shows how to do the daily tasks.</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Help", "About Monitor"),
                      f"<p>Monitor {escape(__version__)}</p>" + about_text())
