"""The form framework: field widgets and the sectioned form that holds them."""

from ui.forms.fields import (
    ApproxDateField,
    CheckField,
    DateField,
    DateTimeField,
    IntField,
    LineField,
    MultiCheckField,
    RecordPicker,
    SearchableCombo,
    TextField,
    TriStateField,
    VocabChecklist,
    VocabCombo,
    parse_full_date,
)
from ui.forms.form import Form, plain_message

__all__ = [
    "ApproxDateField", "CheckField", "DateField", "DateTimeField", "Form", "IntField",
    "LineField", "MultiCheckField", "RecordPicker", "SearchableCombo", "TextField",
    "TriStateField", "VocabChecklist", "VocabCombo", "parse_full_date", "plain_message",
]
