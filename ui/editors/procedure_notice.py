"""The step editor's notice when a step is out of the usual procedure: a warning, never a
refusal (the words come from ``monitor_app.procedure.transitions``, in en/ru/kk)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from monitor_app.dates import ApproxDate
from monitor_app.procedure import transitions
from ui.context import AppContext


class TransitionNotice(QLabel):
    """Says when a step's stage does not usually follow the step before it, or its body does
    not act at that stage. The complaint's other steps are read once, on the db worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("transitionNotice")
        self.setWordWrap(True)
        self.hide()
        self._steps: tuple[transitions.StepStage, ...] | None = None
        self._shown: tuple[Any, Any, Any] = (None, None, None)

    def load(self, complaint_id: str | None, step_id: str | None) -> None:
        """Read the complaint's other steps, then show what applies to the current input."""
        if not complaint_id or self.ctx.store is None:
            return

        self.ctx.read(lambda s: transitions.other_steps(s, complaint_id, step_id),
                      self._on_steps_loaded)

    def _on_steps_loaded(self, steps: tuple[transitions.StepStage, ...]) -> None:
        self._steps = steps
        self.update_for(*self._shown)

    def update_for(self, stage: Any, body: Any, when: ApproxDate | None) -> None:
        self._shown = (stage, body, when)
        warning = None
        if self.ctx.vocab is not None and self._steps is not None and isinstance(stage, str):
            previous, first = transitions.previous_stage(self._steps, when)
            warning = transitions.transition_warning(
                self.ctx.vocab, previous, stage, body if isinstance(body, str) else None,
                self.ctx.lang, first=first)
        self.setText(warning or "")
        self.setVisible(warning is not None)
