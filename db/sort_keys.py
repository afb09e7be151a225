"""Sort keys computed by SQL, for columns the store orders by (no Qt, no monitor_app).

:func:`approx_sort_key` is the SQL twin of ``monitor_app.dates.ApproxDate.sort_key``: the
one definition, used by queries (``monitor_app.queries.timeline`` re-exports it) and by the
generated column ``visits.start_key``, which holds it so that the Visits list sorts and
filters by an index instead of computing it for every row. Literals are inline (not bound
parameters), so the same expression can define a generated column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, case, func, literal_column, type_coerce

__all__ = ["approx_sort_key", "moment_sort_key"]


def _lit(text: str) -> Any:
    """A string literal written into the SQL (a generated column cannot hold parameters)."""
    return literal_column("'" + text.replace("'", "''") + "'", type_=String)


def approx_sort_key(column: Any) -> ColumnElement[str]:
    """SQL for ``ApproxDate.sort_key`` of stored approximate-date text, as text that sorts
    the same: the named period's first day, then before/exact-about/after (0/1/2), the
    precision (year/month/day: 0/1/2) and about (1). NULL for NULL.

    The four stored forms are "2011-12", "2018~", "[..2012-03]" (before) and "[2014..]"
    (after); the date inside is cut out with ``substr`` and padded to its first day with
    ``'-01-01'`` (a few calls per row: this runs over whole tables)."""
    column = type_coerce(column, String)
    before = column.op("GLOB")(_lit("[[]..*"))
    after = column.op("GLOB")(_lit("[[]*..]"))
    core = case((before, func.substr(column, literal_column("4"),
                                     func.length(column) - literal_column("4"))),
                (after, func.substr(column, literal_column("2"),
                                    func.length(column) - literal_column("4"))),
                else_=func.rtrim(column, _lit("~")))
    first_day = func.substr(core + _lit("-01-01"), literal_column("1"), literal_column("10"),
                            type_=String)
    rank = case((before, _lit("0")), (after, _lit("2")), else_=_lit("1"))
    precision = case({literal_column("4"): _lit("0"), literal_column("7"): _lit("1")},
                     value=func.length(core), else_=_lit("2"))
    about = case((column.op("GLOB")(_lit("*~")), _lit("1")), else_=_lit("0"))
    return first_day + rank + precision + about


def moment_sort_key(day: Any, time: Any) -> ColumnElement[str]:
    """SQL for ``monitor_app.dates.Moment.sort_key`` as text: :func:`approx_sort_key` of the
    day, then the time "HH:MM" when recorded (a day without its time sorts first). NULL
    when the day is unknown."""
    return approx_sort_key(day) + func.coalesce(type_coerce(time, String), _lit(""))
