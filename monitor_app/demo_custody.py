"""Demo arrests and custody (synthetic): the shapes the safeguards take in real files.

Called once per demo case from ``monitor_app.demo``; draws from its own generator, seeded from
the demo's, so the rest of the demo data is the same with or without it. Shapes: every moment
with its time; days without times; an arrest known only to the month with the lawyer not
recorded; a custody without any lawyer up to the hand-over to a pre-trial centre.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from monitor_app.dates import ApproxDate

# the 2014 Criminal Code's article for each of the demo's charges (monitor_app.demo.CHARGES)
CHARGE_ARTICLES = {
    "кражу": "ст. 188 УК РК (кража)",
    "грабёж": "ст. 191 УК РК (грабёж)",
    "хранение наркотических средств": "ст. 296 УК РК (незаконное хранение наркотических "
                                      "средств)",
    "мошенничество": "ст. 190 УК РК (мошенничество)",
    "участие в массовых беспорядках": "ст. 272 ч. 2 УК РК (участие в массовых беспорядках)",
    "разбой": "ст. 192 УК РК (разбой)",
    "хулиганство": "ст. 293 УК РК (хулиганство)",
}
SHAPES = ("timed", "days", "month_lawyer_unknown", "no_lawyer")


def _hhmm(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def add_custody(demo: Any, case_id: str, person_id: str, place: Any, day: date, charge: str,
                anchor: date) -> str | None:
    """Maybe an arrest for this case (always for the first case, so every demo has one);
    the record's id, or None."""
    rng = random.Random(hash(demo.rng.getstate()[1]) ^ demo.case_seq)  # ints: stable hash
    made = getattr(demo, "custody_made", 0)
    if made and (place.kind not in ("ivs", "police_station", "sizo") or rng.random() > 0.55):
        return None
    shape = SHAPES[made % len(SHAPES)] if made < len(SHAPES) else rng.choice(SHAPES)
    arrest = datetime.combine(day - timedelta(days=rng.randint(0, 1)), datetime.min.time()) \
        + timedelta(hours=rng.randint(6, 22), minutes=rng.choice((0, 10, 15, 30, 40, 45)))
    if arrest.date() > anchor:
        arrest = arrest.replace(year=anchor.year, month=anchor.month, day=anchor.day)
    last = datetime.combine(anchor, datetime.min.time()) + timedelta(hours=23)
    registered = min(last, arrest + timedelta(minutes=rng.choice((90, 150, 170, 200, 420,
                                                                   1300))))
    # lawyers come in working hours, the day of the arrest or up to three days later
    lawyer = datetime.combine(arrest.date() + timedelta(days=rng.randint(0, 3)),
                              datetime.min.time()) + timedelta(hours=rng.randint(9, 19),
                                                               minutes=rng.choice((0, 20, 30)))
    lawyer = min(last, max(lawyer, arrest + timedelta(hours=2)))
    doctor = min(last, arrest + timedelta(hours=rng.randint(10, 120)))
    released = min(last, arrest + timedelta(hours=rng.choice((48, 60, 72))))
    under_2014 = arrest.date() >= date(2015, 1, 1)
    number = (f"{arrest.year % 100:02d}{rng.randint(1000, 9999)}{rng.randint(10000, 99999)}"
              f"{rng.randint(100, 999)}" if under_2014 else f"КУИ № {rng.randint(100, 9999)}")
    values: dict[str, Any] = dict(
        case_id=case_id, person_id=person_id, facility_id=place.id,
        charges=f"Задержан по подозрению: {CHARGE_ARTICLES.get(charge, charge)}",
        register_number=number)
    if shape == "timed":
        values.update(
            arrested_on=ApproxDate.from_date(arrest.date()), arrested_time=_hhmm(arrest),
            registered_on=ApproxDate.from_date(registered.date()),
            registered_time=_hhmm(registered),
            lawyer_access=True, lawyer_on=ApproxDate.from_date(lawyer.date()),
            lawyer_time=_hhmm(lawyer), lawyer_of_choice=rng.random() < 0.4,
            doctor_access=True, doctor_on=ApproxDate.from_date(doctor.date()),
            doctor_time=_hhmm(doctor), family_informed=True,
            family_on=ApproxDate.from_date(registered.date()),
            notes="Адвокат по назначению допущен только после первого допроса.")
    elif shape == "days":
        values.update(
            arrested_on=ApproxDate.from_date(arrest.date()),
            registered_on=ApproxDate.from_date(registered.date()),
            lawyer_access=True, lawyer_on=ApproxDate.from_date(lawyer.date()),
            lawyer_time=_hhmm(lawyer), lawyer_of_choice=False,
            family_informed=rng.choice((True, None)),
            notes="Время задержания в протоколе не указано; со слов матери — вечером.")
    elif shape == "month_lawyer_unknown":
        values.update(
            arrested_on=ApproxDate(arrest.year, arrest.month), family_informed=False,
            doctor_access=None,
            notes="Дата задержания известна только со слов задержанного.")
    else:  # no lawyer at all up to the hand-over to the pre-trial centre
        values.update(
            arrested_on=ApproxDate.from_date(arrest.date()), arrested_time=_hhmm(arrest),
            registered_on=ApproxDate.from_date(registered.date()),
            registered_time=_hhmm(registered), lawyer_access=False, doctor_access=False,
            family_informed=False, released_on=ApproxDate.from_date(released.date()),
            released_time=_hhmm(released),
            notes="Отказано в звонке родственникам; адвокат не допускался до этапирования в СИЗО.")
    demo.custody_made = made + 1
    return demo.create("custody_records", **values)
