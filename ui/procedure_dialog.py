"""File > Deadlines and procedure: the answer deadline per stage and body, with its source.

Lists the store's deadline rules (``monitor_app.procedure.rules``) and edits one's days and
legal source through :func:`monitor_app.operations.procedure.edit_rule` on the db worker.
After a save the context's vocabulary (which carries the rules) is reloaded, so the next
new step is prefilled with the corrected deadline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app.operations.procedure import MAX_DAYS, edit_rule
from monitor_app.procedure import rules as procedure_rules
from ui import errors
from ui.context import AppContext
from ui.field_labels import FieldLabels
from ui.keyboard import enter_never_submits

DAYS, NONE, BODY_TERM = 0, 1, 2


class ProcedureDialog(QDialog):
    """The rules in a table; the selected one's deadline and source below, saved on demand."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("procedure_dialog")
        self.ctx = ctx
        self.rules: tuple[procedure_rules.Rule, ...] = ()
        self._saving: str | None = None
        self._select_after_load: str | None = None
        self.setWindowTitle(QCoreApplication.translate("ProcedureDialog",
                                                       "Deadlines and procedure"))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rules_table")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ProcedureDialog", "Stage"),
            QCoreApplication.translate("ProcedureDialog", "Body"),
            QCoreApplication.translate("ProcedureDialog", "Deadline"),
            QCoreApplication.translate("ProcedureDialog", "In force"),
            QCoreApplication.translate("ProcedureDialog", "Legal source")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self.on_selection_changed)

        self.mode = QComboBox(self)
        self.mode.setObjectName("rule_mode")
        self.mode.addItem(QCoreApplication.translate("ProcedureDialog", "Days"), DAYS)
        self.mode.addItem(QCoreApplication.translate("ProcedureDialog", "No deadline"), NONE)
        self.mode.addItem(QCoreApplication.translate("ProcedureDialog", "The body's term"),
                          BODY_TERM)
        self.mode.currentIndexChanged.connect(self.on_mode_changed)
        self.days = QSpinBox(self)
        self.days.setObjectName("rule_days")
        self.days.setRange(0, MAX_DAYS)
        self.days.setSuffix(QCoreApplication.translate("ProcedureDialog", " calendar days"))
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("rule_source")
        self.source.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.save_button = QPushButton(
            QCoreApplication.translate("ProcedureDialog", "Save the rule"), self)
        self.save_button.setObjectName("save_rule")
        self.save_button.clicked.connect(self.on_save)
        self.status = QLabel(self)
        self.status.setObjectName("rule_status")
        self.status.setWordWrap(True)

        form = QFormLayout()
        self.labels = FieldLabels(form)
        for field in (self.mode, self.days, self.source):
            self.labels.add(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        enter_never_submits(self)  # Enter in the days pressed "Save the rule"
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "ProcedureDialog", "The answer deadline the law gives each step, used to fill in "
            "“Answer due” for a new step. A step without a deadline runs no clock and is "
            "never late. Where the source says “unverified”, check the law and correct it."),
            self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.labels.set_texts((
            QCoreApplication.translate("ProcedureDialog", "Deadline"),
            QCoreApplication.translate("ProcedureDialog", "Days to answer"),
            QCoreApplication.translate("ProcedureDialog", "Legal source")))
        self.resize(900, 600)
        self._set_editable(False)
        self.reload()

    # -- loading -----------------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self._select_after_load = select_id
        self.ctx.read(procedure_rules.load, self.on_loaded)

    def on_loaded(self, loaded: procedure_rules.DeadlineRules) -> None:
        label = self.ctx.label
        self.rules = tuple(sorted(
            loaded.rules, key=lambda r: (r.stage is None, label(r.stage).casefold(),
                                         label(r.body).casefold(), r.in_force_from or "")))
        self.table.setRowCount(len(self.rules))
        for row, r in enumerate(self.rules):
            any_stage = QCoreApplication.translate("ProcedureDialog",
                                                   "Any stage that uses the body's term")
            any_body = QCoreApplication.translate("ProcedureDialog", "Any body")
            cells = (label(r.stage) if r.stage else any_stage,
                     label(r.body) if r.body else any_body, self.deadline_text(r),
                     self.period_text(r), r.legal_source)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        wanted = self._select_after_load
        if wanted:
            for row, r in enumerate(self.rules):
                if r.id == wanted:
                    self.table.selectRow(row)

    @staticmethod
    def deadline_text(rule: procedure_rules.Rule) -> str:
        if rule.uses_body_term:
            return QCoreApplication.translate("ProcedureDialog", "The body's term")
        if rule.days is None:
            return QCoreApplication.translate("ProcedureDialog", "No deadline")
        return QCoreApplication.translate("ProcedureDialog", "%1 days").replace(
            "%1", str(rule.days))

    @staticmethod
    def period_text(rule: procedure_rules.Rule) -> str:
        if rule.in_force_from and rule.in_force_until:
            return f"{rule.in_force_from} – {rule.in_force_until}"
        if rule.in_force_from:
            return QCoreApplication.translate("ProcedureDialog", "from %1").replace(
                "%1", rule.in_force_from)
        if rule.in_force_until:
            return QCoreApplication.translate("ProcedureDialog", "until %1").replace(
                "%1", rule.in_force_until)
        return ""

    # -- editing -----------------------------------------------------------------------
    def selected(self) -> procedure_rules.Rule | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows else None

    def select_rule(self, stage: str | None, body: str | None) -> bool:
        """Select the first rule for this stage and body (for tests and links)."""
        for row, r in enumerate(self.rules):
            if r.stage == stage and r.body == body:
                self.table.selectRow(row)
                return True
        return False

    def _set_editable(self, on: bool) -> None:
        for w in (self.mode, self.days, self.source, self.save_button):
            w.setEnabled(on)

    def on_selection_changed(self) -> None:
        rule = self.selected()
        self._set_editable(rule is not None)
        self.status.clear()
        if rule is None:
            return
        body_term = self.mode.model().item(BODY_TERM)
        body_term.setEnabled(rule.stage is not None)
        mode = BODY_TERM if rule.uses_body_term else NONE if rule.days is None else DAYS
        self.mode.setCurrentIndex(mode)
        self.days.setValue(rule.days or 0)
        self.source.setPlainText(rule.legal_source)
        self.on_mode_changed()

    def on_mode_changed(self) -> None:
        self.days.setEnabled(self.mode.currentData() == DAYS and self.mode.isEnabled())

    def on_save(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        source = self.source.toPlainText().strip()
        if not source:
            self.status.setText(QCoreApplication.translate(
                "ProcedureDialog", "Say where the term comes from (the law and its article, "
                "or “unverified”)."))
            return
        mode = self.mode.currentData()
        days = self.days.value() if mode == DAYS else None
        rule_id, version = rule.id, rule.version
        self.save_button.setEnabled(False)
        self.ctx.write(
            lambda w: edit_rule(w, rule_id, days=days, legal_source=source,
                                uses_body_term=mode == BODY_TERM,
                                expected_revision=version or None),
            self.on_saved, self.on_save_failed)
        self._saving = rule_id

    def on_saved(self, _outcome: object = None) -> None:
        rule_id = self._saving
        self.status.setText(QCoreApplication.translate(
            "ProcedureDialog", "Saved. New steps are filled in with this deadline."))
        self.ctx.reload_vocab()  # the vocabulary carries the rules the step editor reads
        self.reload(rule_id)

    def on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        errors.show_user_error(self, exc, context="saving a deadline rule")
