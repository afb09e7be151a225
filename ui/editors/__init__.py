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

__all__ = [
    "AllegationEditor", "CaseEditor", "ComplaintEditor", "ComplaintStepEditor", "CustodyEditor",
    "EditorDialog",
    "EvidenceEditor", "FacilityEditor", "PersonEditor", "RecordEditor", "ReprisalEditor",
    "ReprisalResponseEditor", "editor_class", "record_picker",
]
