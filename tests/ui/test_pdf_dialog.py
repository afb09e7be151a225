"""The print dialog: choices, render on the render lane, the result opened in a viewer."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog

from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402
from ui import pdf_dialog
from ui.context import AppContext
from ui.tasks import TaskRunner


@pytest.fixture
def ctx(qtbot, store):
    context = AppContext(TaskRunner(synchronous=True), lang="ru")
    context.attach(store)
    yield context
    context.runner.wait_idle()


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile())
                        or True)
    return urls


def test_dossier_dialog_renders_and_opens(qtbot, ctx, store, opened, tmp_path):
    built = F.build(store)
    dialog = pdf_dialog.generate_dossier(ctx, built.case_id)
    qtbot.addWidget(dialog)
    assert dialog.lang() == "ru"  # the interface language by default
    # pseudonymised by default (the Settings default), the file name says so
    assert dialog.level() == "pseudonymous"
    assert dialog.path_edit.text().endswith("KZ-2023-017-pseudonymous.pdf")
    assert "Documents" in dialog.path_edit.text() or str(Path.home()) in dialog.path_edit.text()
    dialog.level_box.setCurrentIndex(0)
    assert dialog.path_edit.text().endswith("KZ-2023-017-none.pdf")
    dialog.level_box.setCurrentIndex(1)
    assert dialog.path_edit.text().endswith("KZ-2023-017-pseudonymous.pdf")
    out = tmp_path / "dossier.pdf"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [str(out)]
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Досье по делу" in text and F.PSEUDONYMS[0] in text
    assert "Иванов" not in text
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_visit_report_dialog(qtbot, ctx, store, opened, tmp_path):
    built = F.build(store)
    dialog = pdf_dialog.generate_visit_report(ctx, built.visit_id)
    qtbot.addWidget(dialog)
    dialog.lang_box.setCurrentIndex(2)  # Kazakh
    out = tmp_path / "visit.pdf"
    dialog.path_edit.setText(str(out))
    dialog.create_button.click()
    assert opened == [str(out)]
    assert "Бару туралы есеп" in PdfReader(out).pages[0].extract_text()


def test_cancel_leaves_no_file(qtbot, ctx, store, opened, tmp_path, monkeypatch):
    built = F.build(store)
    dialog = pdf_dialog.dossier_dialog(ctx, built.case_id)
    qtbot.addWidget(dialog)
    out = tmp_path / "cancelled.pdf"
    dialog.path_edit.setText(str(out))
    original = dialog._render

    def cancel_first(store, path, lang, level, check):
        dialog.on_cancel_clicked()  # the user presses Cancel while it renders
        return original(store, path, lang, level, check)

    dialog._render = cancel_first
    dialog.create_button.click()
    assert not out.exists() and opened == []
    assert not [p for p in tmp_path.iterdir() if ".pdf" in p.name]
    assert dialog.create_button.isEnabled()


def test_missing_folder_is_reported(qtbot, ctx, store, opened, tmp_path):
    built = F.build(store)
    dialog = pdf_dialog.dossier_dialog(ctx, built.case_id)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "nope" / "x.pdf"))
    dialog.create_button.click()
    assert opened == [] and dialog.status.text()


def _name_a_witness(store, built) -> None:
    with store.write() as w:
        w.update("cases", built.case_id,
                 summary="Свидетель Нурлан Жаксыбеков видел, как его избивали.")


def test_dialog_lists_unrecorded_names_and_replaces_the_checked(qtbot, ctx, store, opened,
                                                                 tmp_path):
    built = F.build(store)
    _name_a_witness(store, built)
    dialog = pdf_dialog.generate_dossier(ctx, built.case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready)
    assert dialog.level() == "pseudonymous"
    assert dialog.candidates() == ["Нурлан Жаксыбеков"]
    assert dialog.names_list.isVisibleTo(dialog)
    item = dialog.names_list.item(0)
    assert item.checkState() == Qt.CheckState.Checked  # a name unless the lawyer says not
    dialog.level_box.setCurrentIndex(0)  # the full file asks nothing
    assert dialog.candidates() == [] and not dialog.names_list.isVisibleTo(dialog)
    dialog.level_box.setCurrentIndex(1)
    assert dialog.candidates() == ["Нурлан Жаксыбеков"]
    out = tmp_path / "dossier.pdf"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Жаксыбек" not in text and "Нурлан" not in text
    # kept in the store: the next dialog does not ask again
    again = pdf_dialog.dossier_dialog(ctx, built.case_id)
    qtbot.addWidget(again)
    qtbot.waitUntil(again.is_ready)
    assert again.candidates() == [] and not again.names_list.isVisibleTo(again)


def test_dialog_unchecked_is_not_a_name(qtbot, ctx, store, opened, tmp_path):
    built = F.build(store)
    _name_a_witness(store, built)
    dialog = pdf_dialog.dossier_dialog(ctx, built.case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready)
    dialog.set_candidate_checked("Нурлан Жаксыбеков", False)
    out = tmp_path / "dossier.pdf"
    dialog.path_edit.setText(str(out))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    assert "Жаксыбеков" in "\n".join(p.extract_text() for p in PdfReader(out).pages)


def test_dialog_looks_for_names_off_the_gui_thread(qtbot, store, opened):
    import threading

    built = F.build(store)
    _name_a_witness(store, built)
    context = AppContext(TaskRunner(), lang="ru")
    context.attach(store)
    qtbot.waitUntil(lambda: context.store is not None)  # its vocabulary loads on the db lane
    threads: list[bool] = []
    dialog = pdf_dialog.PdfDialog(
        context, title="t", default_stem="d", render=lambda *a: 1,
        names=lambda s, lang: threads.append(
            threading.current_thread() is threading.main_thread()) or ["X Y"])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready)
    assert threads == [False] and dialog.candidates() == ["X Y"]
    context.runner.wait_idle()
