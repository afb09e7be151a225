"""Field widgets for record forms.

Every field offers the same small protocol, used by :class:`ui.forms.form.Form`:

- ``value()``: what the writer receives (a term code, an ISO date, an id, text...).
  Text that cannot be read is returned as typed, so the writer's message can explain it.
- ``set_value(v)``: show a stored value.
- ``state()`` / ``set_state(s)``: the raw typing (JSON-ready), for drafts.
- ``problem()``: a plain sentence when the input cannot be used, else None.
- ``edited``: emitted when the user changes something.
- ``focus_target()``: the widget that takes the keyboard focus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from monitor_app.dates import (
    ApproxDate,
    DateParseError,
    Moment,
    format_day,
    parse_approx_date,
    parse_moment,
    time_text,
)
from ui.date_qualifiers import with_dropped_words
from ui.flow_layout import FlowLayout
from ui.forms.wrap_check import WrapCheckBox

PRECISION_WORDS = {"year": "year", "month": "month", "day": "day"}


def precision_word(precision: str) -> str:
    return {"year": QCoreApplication.translate("Fields", "year"),
            "month": QCoreApplication.translate("Fields", "month"),
            "day": QCoreApplication.translate("Fields", "exact day")}.get(
        precision, precision)


class _EnterMovesOn(QObject):
    """Enter in a one-line field moves to the next field instead of submitting anything."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            widget = obj if isinstance(obj, QWidget) else None
            if isinstance(widget, QComboBox) and widget.view().isVisible():
                return False
            if widget is not None:
                widget.focusNextChild()
                return True
        return False


_ENTER_FILTER: _EnterMovesOn | None = None


def enter_moves_on(widget: QWidget) -> None:
    global _ENTER_FILTER
    if _ENTER_FILTER is None:
        _ENTER_FILTER = _EnterMovesOn()
    widget.installEventFilter(_ENTER_FILTER)


class FieldDefaults:
    """The field protocol every form field speaks, with the usual answers: the draft state
    is the value, nothing is wrong with it, and focus goes to the field itself. A field
    overrides only what differs."""

    def value(self) -> Any:  # pragma: no cover - every field defines it
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def state(self) -> Any:
        return self.value()

    def set_state(self, state: Any) -> None:
        self.set_value(state)

    def problem(self) -> str | None:
        return None

    def focus_target(self) -> QWidget:
        return self  # type: ignore[return-value]


class LineField(FieldDefaults, QLineEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "",
                 max_length: int | None = None) -> None:
        super().__init__(parent)
        if placeholder:
            self.setPlaceholderText(placeholder)
        if max_length:
            self.setMaxLength(max_length)
        self.textEdited.connect(lambda _t: self.edited.emit())
        enter_moves_on(self)

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def state(self) -> Any:
        return self.text()

    def set_state(self, state: Any) -> None:
        self.setText(str(state or ""))


class TextField(QPlainTextEdit):
    """Several lines of text; Tab moves to the next field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4,
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._loading = False
        self.textChanged.connect(self._on_text_changed)

    def sizeHint(self):  # noqa: N802, ANN201
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight())
        return hint

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False

    def state(self) -> Any:
        return self.toPlainText()

    def set_state(self, state: Any) -> None:
        self.set_value(state)

    def problem(self) -> str | None:
        return None

    def focus_target(self) -> QWidget:
        return self


class IntField(LineField):
    def __init__(self, parent: QWidget | None = None, *, minimum: int = 0,
                 maximum: int = 10_000_000) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(minimum, maximum, self))
        self.setMaximumWidth(140)

    def value(self) -> int | None:  # type: ignore[override]
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def problem(self) -> str | None:
        text = self.text().strip()
        if text and not text.isdigit():
            return QCoreApplication.translate("Fields", "Enter a whole number.")
        return None


class CheckField(FieldDefaults, WrapCheckBox):
    edited = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _c: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class TriStateField(FieldDefaults, WrapCheckBox):
    """A yes/no fact that may be not recorded: Qt's tristate box, the partial state is "not
    recorded" (the value None). Space and clicks cycle not recorded -> yes -> no; the box's
    text says which one it is, so the state is never read from the tick alone."""

    edited = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.base_text = text
        self.setTristate(True)
        self.setCheckState(Qt.CheckState.PartiallyChecked)
        self._show()
        self.clicked.connect(lambda _c: (self._show(), self.edited.emit()))

    def nextCheckState(self) -> None:  # noqa: N802 - Qt's name
        order = {Qt.CheckState.PartiallyChecked: Qt.CheckState.Checked,
                 Qt.CheckState.Checked: Qt.CheckState.Unchecked,
                 Qt.CheckState.Unchecked: Qt.CheckState.PartiallyChecked}
        self.setCheckState(order[self.checkState()])

    def _show(self) -> None:
        word = {Qt.CheckState.PartiallyChecked:
                QCoreApplication.translate("Fields", "not recorded"),
                Qt.CheckState.Checked: QCoreApplication.translate("Fields", "yes"),
                Qt.CheckState.Unchecked: QCoreApplication.translate("Fields", "no")
                }[self.checkState()]
        self.setText(f"{self.base_text}: {word}" if self.base_text else word)

    def value(self) -> bool | None:
        state = self.checkState()
        if state == Qt.CheckState.PartiallyChecked:
            return None
        return state == Qt.CheckState.Checked

    def set_value(self, value: Any) -> None:
        self.setCheckState(Qt.CheckState.PartiallyChecked if value is None else
                           Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        self._show()


class _FeedbackField(QWidget):
    """A line edit with a grey line under it that says how the typing was read."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumWidth(260)
        # as wide as its text needs: the grey reading beside it gets the rest of the row
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        enter_moves_on(self.edit)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("fieldFeedback")
        self.feedback.setEnabled(False)  # the palette's "disabled" text: quiet, theme-aware
        self.feedback.setWordWrap(True)  # a long reading or notice never widens the form
        layout = FlowLayout(self)  # the reading goes under the box when the row is narrow
        layout.add_widget(self.edit)
        layout.add_widget(self.feedback, stretch=True)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self._show_feedback()
        self.edited.emit()

    # What differs between the date fields: how text is read, shown back and stored.
    def _parse(self, text: str) -> Any:
        """The value typed, or raise ValueError (DateParseError) saying what is wrong."""
        raise NotImplementedError

    def _describe(self, parsed: Any) -> str:
        raise NotImplementedError

    def _to_value(self, parsed: Any) -> str:
        raise NotImplementedError

    def _unreadable(self) -> str:
        raise NotImplementedError

    def parsed(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return self._parse(text)
        except ValueError:
            return None

    def _show_feedback(self) -> None:
        if not self.edit.text().strip():
            self.feedback.setText("")
            return
        parsed = self.parsed()
        self.feedback.setText(self._unreadable() if parsed is None else
                              with_dropped_words(self.edit.text(), self._describe(parsed)))

    def value(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        parsed = self.parsed()
        return self._to_value(parsed) if parsed is not None else text

    def problem(self) -> str | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            self._parse(text)
        except ValueError as exc:
            return str(exc)
        return None

    def state(self) -> Any:
        return self.edit.text()

    def set_state(self, state: Any) -> None:
        self.edit.setText(str(state or ""))
        self._show_feedback()

    def text(self) -> str:
        return self.edit.text()

    def focus_target(self) -> QWidget:
        return self.edit


class ApproxDateField(_FeedbackField):
    """A date known to the year, month or day: "2017", "11.2017", "December 2011"..."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent,
                         QCoreApplication.translate(
                             "Fields", "e.g. 14 Nov 2017, 11.2017, December 2011"))
        self.lang = lang

    def _parse(self, text: str) -> ApproxDate:
        return parse_approx_date(text)

    def _describe(self, parsed: ApproxDate) -> str:
        return f"{parsed.format(self.lang)} ({precision_word(parsed.precision)})"

    def _to_value(self, parsed: ApproxDate) -> str:
        return parsed.to_iso()

    def _unreadable(self) -> str:
        return QCoreApplication.translate("Fields", "not a date yet")

    def set_value(self, value: Any) -> None:
        if not value:
            self.edit.setText("")
        else:
            try:
                self.edit.setText(ApproxDate.from_iso(str(value)).format(self.lang))
            except DateParseError:
                self.edit.setText(str(value))
        self._show_feedback()


def parse_full_date(text: str) -> dt.date:
    """A calendar day typed as 14.11.2017, 2017-11-14, 14 November 2017..."""
    parsed = parse_approx_date(text)
    if parsed.precision != "day":
        raise DateParseError(QCoreApplication.translate(
            "Fields", "Give the day as well, e.g. 14 Nov 2017."))
    return parsed.earliest()


class DateField(_FeedbackField):
    """A full calendar date (deadlines, filing dates)."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent, QCoreApplication.translate("Fields", "e.g. 14 Nov 2017"))
        self.lang = lang

    def _parse(self, text: str) -> dt.date:
        return parse_full_date(text)

    def _describe(self, parsed: dt.date) -> str:
        return format_day(parsed, self.lang)

    def _to_value(self, parsed: dt.date) -> str:
        return parsed.isoformat()

    def _unreadable(self) -> str:
        return QCoreApplication.translate("Fields", "needs a day, month and year")

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.date):
            value = value.isoformat()
        if not value:
            self.edit.setText("")
        else:
            try:
                self.edit.setText(format_day(dt.date.fromisoformat(str(value)[:10]), self.lang))
            except ValueError:
                self.edit.setText(str(value))
        self._show_feedback()


MOMENT_MIN_WIDTH = 200  # px: "05.03.2024 10:30" whole; the hint may be cut on a narrow screen


class MomentField(_FeedbackField):
    """When something happened: a date at the precision known ("05.03.2024", "March 2014",
    "about 2014") and, after a whole day, the time if it is known ("05.03.2024 10:30"). The
    value is the date's stored text, then the time only when one was typed ("2024-03-05
    10:30", "2014-03"): an unknown time is never stored as if it were 00:00. The reading is
    ``monitor_app.dates.parse_moment``'s."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent, QCoreApplication.translate(
            "Fields", "e.g. 5 Mar 2024 10:30, or March 2014"))
        self.lang = lang
        # wide enough to show its hint whole (that a month alone is fine is the point)
        hint = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
        self.edit.setMaximumWidth(max(self.edit.maximumWidth(), min(hint + 16, 360)))
        self.edit.setMinimumWidth(min(hint + 16, MOMENT_MIN_WIDTH))

    def _parse(self, text: str) -> Moment:
        try:
            return parse_moment(text)
        except DateParseError:
            raise DateParseError(QCoreApplication.translate(
                "Fields", "Enter a date such as 5 Mar 2024 (with a time such as 10:30 if "
                "known), March 2014 or 2014.")) from None

    def _describe(self, parsed: Moment) -> str:
        if parsed.day is None:
            return ""
        if parsed.day.precision == "day":
            return parsed.format(self.lang)
        return f"{parsed.format(self.lang)} ({precision_word(parsed.day.precision)})"

    def _to_value(self, parsed: Moment) -> str:
        return moment_value(parsed) or ""

    def _unreadable(self) -> str:
        return QCoreApplication.translate(
            "Fields", "needs a date, and a time such as 10:30 if known")

    def set_value(self, value: Any) -> None:
        moment = read_moment_value(value)
        self.edit.setText(moment.format(self.lang) if moment.known else str(value or ""))
        self._show_feedback()


def moment_value(moment: Moment) -> str | None:
    """A :class:`MomentField`'s value for a moment: "2024-03-05 10:30", "2014-03"; None when
    unknown."""
    if moment.day is None:
        return None
    clock = time_text(moment.time)
    return f"{moment.day.to_iso()} {clock}" if clock else moment.day.to_iso()


def read_moment_value(value: Any) -> Moment:
    """The moment a :class:`MomentField` value (or a stored day and time joined by a space)
    stands for; an unknown Moment for nothing or for text that does not read as one."""
    if not value:
        return Moment()
    day, _, clock = str(value).replace("T", " ").partition(" ")
    try:
        return Moment.of(day, clock[:5] or None)
    except ValueError:
        return Moment()


class SearchableCombo(QComboBox):
    """An editable combo box whose completer finds an entry by any part of its label."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)  # narrower screens: the popup shows whole labels
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)
        self.activated.connect(lambda _i: self.edited.emit())
        self.lineEdit().textEdited.connect(lambda _t: self.edited.emit())
        # the wheel scrolls the form: it reaches this box only once the box has the focus
        # (a click or Tab), never while the pointer passes over it
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        completer.activated.connect(lambda _t: self.edited.emit())
        enter_moves_on(self)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        line = self.lineEdit()
        if self.hasFocus() or (line is not None and line.hasFocus()):
            super().wheelEvent(event)
        else:
            event.ignore()  # passed on to the scroll area around the form

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """(label, data) pairs; an empty first entry means "none"."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for label, data in items:
            self.addItem(label, data)
        self.blockSignals(False)
        self.set_value(current)

    def match_index(self) -> int:
        """The entry the typing means: an exact label, or the only label containing it."""
        text = self.currentText().strip()
        if not text:
            return 0
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return index
        needle = text.casefold()
        hits = [i for i in range(1, self.count()) if needle in self.itemText(i).casefold()]
        return hits[0] if len(hits) == 1 else -1

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802
        index = self.match_index()
        if index > 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.edited.emit()
        super().focusOutEvent(event)

    def value(self) -> Any:
        if not self.currentText().strip():
            return None
        index = self.match_index()
        if index >= 0:
            return self.itemData(index)
        return self.currentText().strip()  # not in the list: problem() explains

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.setCurrentIndex(0)
            self.setEditText("")
            return
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(str(value))

    def state(self) -> Any:
        value = self.value()
        return value if value is not None else ""

    def set_state(self, state: Any) -> None:
        self.set_value(state)

    def problem(self) -> str | None:
        if self.match_index() < 0:
            return QCoreApplication.translate("Fields", "Pick one of the entries in the list.")
        return None

    def focus_target(self) -> QWidget:
        return self


class VocabCombo(SearchableCombo):
    """A pick list fed by a controlled vocabulary, labels in the interface language."""

    def __init__(self, vocab: Any, vocabulary: str, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        terms = vocab.terms(vocabulary) if vocab is not None else []
        self.set_items([(t.label(lang), t.code) for t in terms])


class MultiCheckField(FieldDefaults, QWidget):
    """Several terms of a vocabulary: a filter box over a checkable list."""

    edited = Signal()

    def __init__(self, items: Sequence[tuple[str, str]], parent: QWidget | None = None,
                 *, rows: int = 7) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("Fields", "Filter…"))
        self.filter.setClearButtonEnabled(True)
        enter_moves_on(self.filter)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setEnabled(False)
        for label, code in items:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        row = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setFixedHeight(row * min(rows, max(self.list.count(), 1)) + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.summary.hide()
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._on_filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self._loading = False

    def _on_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        if not self._loading:
            self.edited.emit()

    def _update_summary(self) -> None:
        chosen = [self.list.item(i).text() for i in range(self.list.count())
                  if self.list.item(i).checkState() == Qt.CheckState.Checked]
        self.summary.setText(" · ".join(chosen))  # for tests and screen readers; not shown

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def set_checked(self, code: str, checked: bool = True) -> None:
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def value(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        wanted = set(value or ())
        self._loading = True
        try:
            for item in self.items():
                code = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(Qt.CheckState.Checked if code in wanted
                                   else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self._update_summary()

    def focus_target(self) -> QWidget:
        return self.filter


class VocabChecklist(MultiCheckField):
    def __init__(self, vocab: Any, vocabulary: str, lang: str = "en",
                 parent: QWidget | None = None, *, rows: int = 7) -> None:
        terms = vocab.terms(vocabulary) if vocab is not None else []
        super().__init__([(t.label(lang), t.code) for t in terms], parent, rows=rows)


class StringListCompleter(QCompleter):
    """A contains-mode completer over plain strings (e.g. earlier answers)."""

    def __init__(self, words: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(QStringListModel(list(words)), parent)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
