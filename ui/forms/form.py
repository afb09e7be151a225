"""A record form: labels left, fields right, sections with headings, errors under the field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard import menu_letters, with_mnemonic

# Writer messages are short predicates ("is required"); say them as sentences.
_WRITER_PHRASES = {
    "is required": "This field is required.",
    "points to a record that does not exist": "The record picked here no longer exists.",
}


def plain_message(message: str) -> str:
    """A writer's message as a sentence a monitor would write."""
    known = _WRITER_PHRASES.get(message)
    if known:
        return QCoreApplication.translate("Form", known)
    if message.startswith("not in the list:") or "is not in the list of" in message:
        return QCoreApplication.translate("Form", "Pick one of the entries in the list.")
    if message and message[0].islower():
        return message[0].upper() + message[1:] + ("" if message.endswith(".") else ".")
    return message


@dataclass
class FormRow:
    name: str
    label: QLabel
    widget: Any
    error: QLabel
    holder: QWidget
    required: bool


class Form(QWidget):
    """Holds named fields in sections; knows their values, drafts and errors."""

    edited = Signal(str)  # the field's name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(980)  # long lines of fields are hard to scan
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._form: QFormLayout | None = None
        self.rows: dict[str, FormRow] = {}
        self._loading = False
        self._order: list[QWidget] = []
        self._mnemonics: set[str] | None = None  # letters taken (ui.keyboard.with_mnemonic)

    # -- building ------------------------------------------------------------
    def section(self, title: str, note: str = "") -> QLabel:
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.12)
        heading.setFont(font)
        heading.setObjectName("formSection")
        heading.setWordWrap(True)
        if self._form is not None:
            self._layout.addSpacing(10)
        self._layout.addWidget(heading)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._layout.addWidget(line)
        if note:
            hint = QLabel(note, self)
            hint.setWordWrap(True)
            hint.setEnabled(False)
            self._layout.addWidget(hint)
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(7)
        self._layout.addLayout(self._form)
        return heading

    def add(self, name: str, label: str, widget: Any, *, required: bool = False,
            hint: str = "") -> Any:
        """Add a field; returns the widget."""
        if self._form is None:
            self.section("")
        assert self._form is not None
        text = f"{label} *" if required else label
        if self._mnemonics is None:
            self._mnemonics = menu_letters()
        # Alt+letter goes to the field (its label's buddy, set below)
        label_widget = QLabel(with_mnemonic(text, self._mnemonics) if label else text, self)
        label_widget.setMinimumWidth(150)
        if required:
            label_widget.setToolTip(QCoreApplication.translate("Form", "Required"))
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        widget.setParent(holder)
        box.addWidget(widget)
        if hint:
            hint_label = QLabel(hint, holder)
            hint_label.setWordWrap(True)
            hint_label.setEnabled(False)
            box.addWidget(hint_label)
        error = QLabel(holder)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setStyleSheet("color: #c62828;")  # red: something to correct
        error.hide()
        box.addWidget(error)
        label_widget.setBuddy(widget.focus_target())
        self._form.addRow(label_widget, holder)
        self.rows[name] = FormRow(name, label_widget, widget, error, holder, required)
        widget.edited.connect(lambda n=name: self._on_edited(n))
        # Tab order: the order fields join the form, which is the order they are shown in.
        # No setTabOrder over focus targets: it moved a picker's combo out of its
        # RecordPicker, whose focus proxy then sent Tab back up the form in a loop that
        # never reached Save (tests/ui/test_keyboard_alone.py).
        self._order.append(widget.focus_target())
        self._align_label_columns()
        return widget

    def _align_label_columns(self) -> None:
        """Every section is its own form layout; give all of them the width of the widest
        label so that fields line up down the whole form (long Kazakh labels included)."""
        width = max([150, *(r.label.sizeHint().width() for r in self.rows.values())])
        for row in self.rows.values():
            row.label.setMinimumWidth(width)

    def add_widget(self, widget: QWidget) -> None:
        """A full-width widget (a table, a note) inside the current section."""
        if self._form is None:
            self.section("")
        assert self._form is not None
        self._form.addRow(widget)

    def _on_edited(self, name: str) -> None:
        if self._loading:
            return
        row = self.rows[name]
        if row.error.isVisible():
            problem = row.widget.problem()
            if problem is None:
                self.set_error(name, None)
        self.edited.emit(name)

    # -- values ----------------------------------------------------------------
    def field(self, name: str) -> Any:
        return self.rows[name].widget

    def values(self) -> dict[str, Any]:
        return {name: row.widget.value() for name, row in self.rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            for name, row in self.rows.items():
                if name in values:
                    row.widget.set_value(values[name])
        finally:
            self._loading = False
        self.clear_errors()

    def state(self) -> dict[str, Any]:
        return {name: row.widget.state() for name, row in self.rows.items()}

    def set_state(self, state: Mapping[str, Any]) -> None:
        self._loading = True
        try:
            for name, row in self.rows.items():
                if name in state:
                    row.widget.set_state(state[name])
        finally:
            self._loading = False

    # -- errors ----------------------------------------------------------------
    def problems(self) -> dict[str, str]:
        """What the user must correct before saving (required fields, unreadable input)."""
        found: dict[str, str] = {}
        for name, row in self.rows.items():
            problem = row.widget.problem()
            if problem:
                found[name] = problem
            elif row.required and row.widget.value() in (None, "", []):
                found[name] = QCoreApplication.translate("Form", "This field is required.")
        return found

    def set_error(self, name: str, message: str | None) -> None:
        row = self.rows.get(name)
        if row is None:
            return
        if message:
            row.error.setText(plain_message(message))
            row.error.show()
        else:
            row.error.clear()
            row.error.hide()

    def show_errors(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Show each message next to its field; returns the ones no field here could take."""
        self.clear_errors()
        unplaced: dict[str, str] = {}
        for name, message in errors.items():
            if name in self.rows:
                self.set_error(name, message)
            else:
                unplaced[name] = message
        first = next((n for n in self.rows if n in errors), None)
        if first is not None:
            self.rows[first].widget.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def error_text(self, name: str) -> str:
        row = self.rows[name]
        return row.error.text() if not row.error.isHidden() else ""

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.error.clear()
            row.error.hide()

    def first_focus(self) -> QWidget | None:
        return self._order[0] if self._order else None
