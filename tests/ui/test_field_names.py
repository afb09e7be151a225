"""ui.field_names is the one home of a field's and a kind's name in the window: its catalogue
is what the schema generates, Russian and Kazakh translate every label, and the case's
History tab names a changed field in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from monitor_app import operations, schema
from ui import i18n
from ui.case_view import CaseView
from ui.context import AppContext
from ui.field_names import CATALOG, catalog_text, field_name, kind_name, labels
from ui.tasks import TaskRunner

# Labels written the same in English, Russian and Kazakh
SAME_IN_EVERY_LANGUAGE = frozenset({"SHA-256"})


def test_the_committed_catalogue_is_what_the_schema_generates() -> None:
    assert CATALOG.read_text(encoding="utf-8") == catalog_text(), (
        "a field or kind label changed in db/models.py: run  python -m ui.field_names  and "
        "translate the new entries (VENV=<venv> bash packaging/update_translations.sh)")


def test_the_catalogue_names_every_field_and_kind() -> None:
    from ui.field_names_catalog import LABELS

    declared = {k.label for k in schema.KINDS.values()} | {
        f.label for k in schema.KINDS.values() for f in k.fields.values()}
    assert set(LABELS) == declared == set(labels())


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_field_and_kind_is_translated(qapp: Any, lang: str) -> None:
    assert i18n.install(lang)
    untranslated = sorted(
        {f"{k.name}: {k.label}" for k in schema.KINDS.values()
         if k.label not in SAME_IN_EVERY_LANGUAGE and kind_name(k.name) == k.label}
        | {f"{k.name}.{f.name}: {f.label}" for k in schema.KINDS.values()
           for f in k.fields.values()
           if f.label not in SAME_IN_EVERY_LANGUAGE and field_name(k.name, f.name) == f.label})
    assert untranslated == []
    if lang == "kk":  # Kazakh Cyrillic, not a Russian word left behind
        assert field_name("custody_records", "arrested_on") == "Ұсталған күні"
        assert kind_name("visits") == "Бару"


def test_an_unknown_field_or_kind_keeps_its_name(qapp: Any) -> None:
    i18n.install("ru")
    assert field_name("cases", "no_such_field") == "no_such_field"
    assert field_name("no_such_kind", "title") == "title"
    assert kind_name("no_such_kind") == "no_such_kind"
    assert field_name("cases", "title") == "Название"


@pytest.fixture
def ru_ctx(store: Any, qapp: Any, qtbot: Any) -> Iterator[AppContext]:
    i18n.install("ru")
    context = AppContext(TaskRunner(synchronous=True), lang="ru")
    context.attach(store)
    yield context
    context.runner.wait_idle()


def test_the_history_tab_names_a_changed_field_in_russian(store: Any, ru_ctx: AppContext,
                                                           qtbot: Any) -> None:
    with store.write() as w:
        cid = operations.cases.save_case(w, None, {
            "reference": "KZ-2013-0042", "title": "Beaten in the IVS",
            "status": "case_status.open", "opened_on": "2013-05-02"}).record_id
    with store.write() as w:
        w.update("cases", cid, title="Beaten in the IVS of Almaty")
    view = CaseView(ru_ctx, cid, today=date(2017, 6, 1))
    qtbot.addWidget(view)
    ru_ctx.runner.wait_idle()
    tree = view.history.tree
    changed = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
               if tree.topLevelItem(i).text(2) == "изменение"]
    assert changed, [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    lines = [changed[0].child(j).text(0) for j in range(changed[0].childCount())]
    assert "Название: Beaten in the IVS → Beaten in the IVS of Almaty" in lines, lines
