"""Domain operations: each change a user (or the command line, or an import) makes, with
its rules, in the caller's transaction.

Every operation takes a :class:`~monitor_app.records.Writer` (from ``store.write()``) and
plain data, writes everything or raises (the transaction then keeps nothing), and returns
an :class:`Outcome`: the :class:`~monitor_app.records.Change` it made, its main record's
id and the cases it affects. Widgets collect form values and call these; no Qt here.

- :mod:`.records`: save, delete or restore one record of any kind;
- :mod:`.visits`: a visit with its team, interviews, obstructions, findings and
  recommendations;
- :mod:`.complaints`: a new complaint with its first step;
- :mod:`.reprisals`: a complaint step that is a counter-charge, and the reprisal it also is;
- :mod:`.cases`: a case with its status history (the rule: :mod:`.case_status`), people
  in a case;
- :mod:`.allegations`: victims and perpetrators of an allegation;
- :mod:`.evidence`: attaching files;
- :mod:`.vocabulary`: a user's own terms;
- :mod:`.procedure`: the days and legal source of a deadline rule.
"""

from monitor_app.operations import (
    allegations,
    cases,
    complaints,
    evidence,
    procedure,
    records,
    reprisals,
    visits,
    vocabulary,
)
from monitor_app.operations.outcome import Outcome, affected_cases

__all__ = ["Outcome", "affected_cases", "allegations", "cases", "complaints", "evidence",
           "procedure", "records", "reprisals", "visits", "vocabulary"]
