"""Every table model of ui/ passes pytest-qt's model tester, on data from a real store."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from monitor_app import demo
from monitor_app.queries import listing
from tests.ui.conftest import OFFSCREEN_NOISE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)]


@pytest.fixture
def filled(ctx: Any, sample: dict[str, str]) -> Any:
    demo.generate(ctx.store, cases=8, seed=3)  # deadlines, reprisals, visits of every sort
    return ctx


def loaded(qtbot: Any, model: Any) -> Any:
    model.reload()
    qtbot.waitUntil(model.is_current, timeout=10_000)
    return model


def every_cell(model: QAbstractItemModel) -> None:
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                         Qt.ItemDataRole.TextAlignmentRole):
                model.data(index, role)


@pytest.mark.parametrize("kind", sorted(listing.SPECS))
@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "py"])
def test_record_list_models(kind: str, force_py: bool, filled: Any, qtbot: Any,
                            qtmodeltester: Any) -> None:
    from ui.list_models import RecordListModel

    model = loaded(qtbot, RecordListModel(filled, kind))
    assert model.rowCount() > 0, kind
    qtmodeltester.check(model, force_py=force_py)
    every_cell(model)
    # a sort and a search re-run the query: the tester follows the reset
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(model.is_current, timeout=10_000)
    qtmodeltester.check(model, force_py=force_py)
    filled.runner.wait_idle()


def test_record_list_model_over_several_pages(filled: Any, qtbot: Any, qtmodeltester: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows whose page is not fetched yet are blank, then filled in: still a sound model."""
    from ui.list_models import RecordListModel

    monkeypatch.setattr(listing, "PAGE_SIZE", 3)
    model = loaded(qtbot, RecordListModel(filled, "cases"))
    assert model.rowCount() > 3 * 2
    qtmodeltester.check(model, force_py=True)  # rows of pages not fetched yet are blank
    every_cell(model)  # asks for every page
    qtbot.waitUntil(model.is_current, timeout=10_000)
    assert all(model.row_id(r) for r in range(model.rowCount()))
    qtmodeltester.check(model)
    filled.runner.wait_idle()


def test_deadlines_model(filled: Any, qtbot: Any, qtmodeltester: Any) -> None:
    from ui.list_models import DeadlinesModel

    model = loaded(qtbot, DeadlinesModel(filled))
    assert model.rowCount() > 0
    for force_py in (False, True):
        qtmodeltester.check(model, force_py=force_py)
    every_cell(model)
    filled.runner.wait_idle()


def test_models_forget_their_rows_on_lock(filled: Any, qtbot: Any, qtmodeltester: Any) -> None:
    from ui.list_models import DeadlinesModel, RecordListModel

    models = [loaded(qtbot, RecordListModel(filled, "people")),
              loaded(qtbot, DeadlinesModel(filled))]
    for model in models:
        qtmodeltester.check(model, force_py=True)
    filled.detach()
    for model in models:
        assert model.rowCount() == 0
        assert not model.index(0, 0).isValid()
        assert model.data(QModelIndex()) is None
        qtmodeltester.check(model, force_py=True)
