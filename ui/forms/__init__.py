"""The form framework: field widgets and the sectioned form that holds them."""

from ui.forms.fields import (
    ApproxDateField,
    CheckField,
    DateField,
    IntField,
    LineField,
    MomentField,
    MultiCheckField,
    SearchableCombo,
    TextField,
    TriStateField,
    VocabChecklist,
    VocabCombo,
    moment_value,
    parse_full_date,
    read_moment_value,
)
from ui.forms.form import Form, plain_message
from ui.forms.record_picker import RecordPicker

__all__ = [
    "ApproxDateField", "CheckField", "DateField", "Form", "IntField", "LineField",
    "MomentField", "MultiCheckField", "RecordPicker", "SearchableCombo", "TextField",
    "TriStateField", "VocabChecklist", "VocabCombo", "moment_value", "parse_full_date",
    "plain_message", "read_moment_value",
]
