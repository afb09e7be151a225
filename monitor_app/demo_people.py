"""The demo's people shapes: relatives who are also the lawyer or a witness (two categories,
two roles in one case) and groups of unidentified perpetrators as one entry ("masked OMON
officers", number unknown; "a group of about 6 guards").

Called once per demo case (:func:`shape_case`). Its own random stream, derived from the
demo's without drawing from it, so the rest of the demo data stays as it was; the first
cases of a run always get each shape, so even a small demo shows them.
"""

from __future__ import annotations

import random
from typing import Any

from monitor_app.identifiers import person_code

# (name, other spelling, number or None, agency)
GROUPS = (
    ("Сотрудники ОМОН в масках", "masked OMON officers", None, "special_forces"),
    ("Группа охранников колонии", "a group of about 6 guards", 6, "penal_staff"),
    ("Военнослужащие внутренних войск в масках", "masked internal troops", None,
     "special_forces"),
    ("Сотрудники ИВС", "temporary detention officers", 4, "police"),
)


def _state(demo: Any) -> dict[str, Any]:
    state = getattr(demo, "_people_state", None)
    if state is None:
        # a seed from the demo's stream as it stands, without taking a number from it
        seed = hash(demo.rng.getstate()[1]) & 0xFFFFFFFF
        state = {"rng": random.Random(seed), "cases": 0, "groups": 0}
        demo._people_state = state  # noqa: SLF001
    return state


def shape_case(demo: Any, case_id: str, relative: tuple[str, Any] | None,
               perpetrators: list[str], allegations: list[str]) -> None:
    """Give some cases a relative with a second category and role, and a group among the
    alleged perpetrators of their first allegation."""
    state = _state(demo)
    rng: random.Random = state["rng"]
    state["cases"] += 1
    first = state["cases"] <= 2
    if relative is not None and (first or rng.random() < 0.2):
        also = "lawyer" if (state["cases"] == 1 or rng.random() < 0.5) else "witness"
        demo.w.update("people", relative[0], other_categories=[f"person_category.{also}"])
        demo.create("case_people", case_id=case_id, person_id=relative[0],
                    role=f"person_role.{also}",
                    notes="представляет брата по доверенности" if also == "lawyer"
                    else "видела задержание")
    if allegations and (first or rng.random() < 0.2):
        name, alias, size, agency = GROUPS[state["groups"] % len(GROUPS)]
        state["groups"] += 1
        demo.person_seq += 1
        n = demo.person_seq
        group_id = demo.create(
            "people", name=name, aliases=alias, is_group=True, group_size=size,
            pseudonym=f"Group G-{n:05d}", code=person_code(n, "G"),
            identified=False, category="person_category.official",
            agency=f"perpetrator_kind.{agency}", gender="gender.unknown",
            notes="лица не установлены; число со слов заявителя" if size else
            "лица не установлены, число неизвестно")
        perpetrators.append(group_id)
        demo.create("case_people", case_id=case_id, person_id=group_id,
                    role="person_role.alleged_perpetrator")
        demo.create("allegation_people", allegation_id=allegations[0], person_id=group_id,
                    role="perpetrator", perpetrator_kind=f"perpetrator_kind.{agency}",
                    involvement="involvement.direct")
