"""Languages: switching in Settings retranslates menus, navigation, lists and vocabulary live."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from tests.ui.conftest import OFFSCREEN_NOISE, wait_loaded

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


def nav_texts(window: Any) -> list[str]:
    return [window.ws.items[v].text(0) for v in ("cases", "visits", "places", "people",
                                                 "reprisals", "deadlines")]


def test_settings_switch_the_interface_to_russian(window: Any, qtbot: Any) -> None:
    from ui.settings import SettingsDialog

    assert window.menu_file.title() == "&File"
    assert nav_texts(window)[0] == "Cases"
    view = window.current_list()
    status = [c.key for c in view.model.columns].index("status")
    assert view.model.index(0, status).data() == "Intake, being assessed"

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.applied.connect(window.apply_settings)
    combo = dialog._editors["language"]
    combo.setCurrentIndex(combo.findData("ru"))
    dialog.accept()

    assert window.menu_file.title() == "&Файл"
    assert window.menu_help.title() == "&Справка"
    assert nav_texts(window) == ["Дела", "Посещения", "Учреждения", "Люди", "Преследования",
                                 "Сроки"]
    assert window.act_lock.text() == "&Блокировать"
    assert view.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
                                 ) == "Номер"
    assert view.filter_bar.region.itemText(0) == "Все регионы"
    # vocabulary labels come from the store's terms in the new language
    qtbot.waitUntil(lambda: view.model.index(0, status).data() == "Приём, оценка")
    wait_loaded(qtbot, view)
    assert "совпаден" in window.matches.text()
    assert view.filter_bar.status.itemText(1) == "Приём, оценка"
    from ui import settings

    assert settings.get("language") == "ru"

    window.set_language("kk")
    assert nav_texts(window)[0] == "Істер"
    window.set_language("en")
    assert window.menu_file.title() == "&File"
    qtbot.waitUntil(lambda: view.model.index(0, status).data() == "Intake, being assessed")


def test_dates_follow_the_language(window: Any, qtbot: Any) -> None:
    """One rule per language, four-digit years (Qt's short Kazakh format had two)."""
    view = window.current_list()
    opened = [c.key for c in view.model.columns].index("opened")
    first = view.model.index(0, opened).data()
    assert first == "15 Mar 2024"
    window.set_language("ru")
    qtbot.waitUntil(lambda: view.model.index(0, opened).data() == "15.03.2024")
    window.set_language("kk")
    qtbot.waitUntil(lambda: view.model.index(0, opened).data() == "15.03.2024")


def test_settings_are_declared_once_and_typed() -> None:
    from ui import settings

    assert settings.get("idle_lock_minutes") == 5
    assert settings.get("default_redaction") == "pseudonymous"
    settings.set("idle_lock_minutes", 2)
    assert settings.get("idle_lock_minutes") == 2
    with pytest.raises(TypeError):
        settings.set("idle_lock_minutes", "soon")
    settings.qsettings().setValue("options/language", "xx")
    assert settings.get("language") == "en"  # an unknown choice falls back to the default
    for option in settings.OPTIONS.values():
        assert option.key == "recent_stores" or option.label


def test_idle_minutes_from_settings(window: Any, qtbot: Any) -> None:
    window.apply_settings({"idle_lock_minutes": 7})
    assert window.idle.timeout_ms() == 7 * 60_000


def test_organisation_is_kept_in_the_store_not_in_settings(window: Any, qtbot: Any,
                                                           private_home: Any) -> None:
    from ui import settings
    from ui.settings import SettingsDialog

    store = window.ctx.store
    dialog = SettingsDialog(window, ctx=window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)  # read on the db lane
    dialog._editors["organisation"].setText("Coalition Against Torture (test)")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    window.ctx.runner.wait_idle()
    assert settings.get("organisation", store) == "Coalition Against Torture (test)"
    # a store option is written with history, like any record (it travels, it is defensible)
    from monitor_app import records
    from monitor_app.queries import history

    with store.read() as s:
        kept = history.entries(s, records.OPTIONS_KIND, "option.organisation")
    assert [e.changes["value"][1] for e in kept] == ["Coalition Against Torture (test)"]
    # nothing about who uses the app lands in this computer's settings files
    settings.qsettings().sync()
    for path in private_home.rglob("*"):
        if path.is_file():
            assert b"Coalition Against Torture" not in path.read_bytes(), path
    # and the dossier cover names it
    from monitor_app.queries.casefile import organisation_name

    with store.read() as s:
        assert organisation_name(s) == "Coalition Against Torture (test)"
    # without a store the option is not offered
    bare = SettingsDialog(window)
    qtbot.addWidget(bare)
    assert "organisation" not in bare._editors
