"""One editor per kind of record, on the shared :class:`~ui.editors.base.RecordEditor`."""

from ui.editors.base import EditorDialog, RecordEditor
from ui.editors.custody import CustodyEditor
from ui.editors.kinds import (
    AllegationEditor,
    CaseEditor,
    ComplaintEditor,
    ComplaintStepEditor,
    EvidenceEditor,
    FacilityEditor,
    PersonEditor,
    ReprisalEditor,
    ReprisalResponseEditor,
)
from ui.editors.pickers import editor_class, record_picker
from ui.editors.proceedings import DefendantEditor, ProceedingEditor

__all__ = [
    "AllegationEditor", "CaseEditor", "ComplaintEditor", "ComplaintStepEditor", "CustodyEditor",
    "DefendantEditor", "EditorDialog",
    "EvidenceEditor", "FacilityEditor", "PersonEditor", "ProceedingEditor", "RecordEditor",
    "ReprisalEditor",
    "ReprisalResponseEditor", "editor_class", "record_picker",
]
