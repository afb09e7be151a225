"""The visit form: keyboard entry, obstructions, findings, recommendations carried forward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import (
    Finding,
    Interview,
    Obstruction,
    Recommendation,
    RecommendationFollowUp,
    Visit,
    VisitTeamMember,
)
from ui.context import AppContext
from ui.detail_factory import make_detail
from ui.visit_form import VisitForm

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner


@pytest.fixture
def place(ctx: AppContext) -> dict[str, str]:
    ids: dict[str, str] = {}

    def fill(w: object) -> None:
        ids["facility"] = w.create("facilities", designation="SI-12", name="Pre-trial centre",
                                   kind="place_kind.sizo")
        ids["earlier"] = w.create("visits", facility_id=ids["facility"],
                                  started_on="2023-05-02", started_time="10:00",
                                  body="monitoring_body.pmc")
        ids["rec"] = w.create("recommendations", visit_id=ids["earlier"],
                              facility_id=ids["facility"], area="finding_area.health_care",
                              text="Hire a full-time doctor",
                              status="recommendation_status.open")
        ids["monitor"] = w.create("people", name="Monitor One", category="person_category.monitor")
        ids["detainee"] = w.create("people", pseudonym="Detainee D-4")

    ctx.write(fill)
    return ids


def test_new_visit_typed_from_the_keyboard(qtbot, ctx: AppContext, place: dict[str, str]) -> None:
    form = make_detail(ctx, "visits", None)
    assert isinstance(form, VisitForm)
    qtbot.addWidget(form)
    form.resize(900, 1200)
    form.show()
    f = form.form
    qtbot.keyClicks(f.field("facility_id").combo.lineEdit(), "SI-12")
    assert f.field("facility_id").value() == place["facility"]
    qtbot.keyClicks(f.field("body").lineEdit(), "National Preventive")
    qtbot.keyClicks(f.field("visit_type").lineEdit(), "Follow-up")
    qtbot.keyClicks(f.field("started_on").edit, "05.03.2024 10:30")
    assert f.field("started_on").feedback.text() == "5 Mar 2024 10:30"
    qtbot.keyClicks(f.field("ended_on").edit, "05.03.2024 15:00")
    team = f.field("team")
    qtbot.keyClicks(team.picker.combo.lineEdit(), "Monitor One")
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    assert team.value() == [place["monitor"]]
    qtbot.keyClicks(f.field("access_outcome").lineEdit(), "Access delayed")
    box, details = f.field("obstructions").rows["obstruction.staff_present"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert details.isEnabled()
    qtbot.keyClicks(details, "deputy head sat in")
    qtbot.keyClicks(f.field("population"), "412")
    qtbot.keyClicks(f.field("finding:finding_area.health_care"), "No doctor since January")
    # the earlier visit's open recommendation is carried forward, with its status
    followups = form.followups
    assert [p.text for p in followups.prior] == ["Hire a full-time doctor"]
    status = followups.table.cellWidget(0, 2)
    assert status.value() == "recommendation_status.open"
    status.set_value("recommendation_status.not_implemented")
    status.edited.emit()
    new = form.new_recommendations
    qtbot.keyClicks(new.text, "Allow private interviews without staff")
    qtbot.mouseClick(new.add_button, Qt.MouseButton.LeftButton)
    assert form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.record_id and not form.is_dirty(), form.status.text()

    with ctx.require_store().read() as s:
        visit = s.get(Visit, form.record_id)
        assert (visit.started_on, visit.started_time) == ("2024-03-05", "10:30")
        assert (visit.ended_on, visit.ended_time) == ("2024-03-05", "15:00")
        assert visit.population == 412
        assert visit.body == "monitoring_body.npm"
        assert [m.person_id for m in s.scalars(select(VisitTeamMember))] == [place["monitor"]]
        obstruction = s.scalars(select(Obstruction)).one()
        assert (obstruction.kind, obstruction.details) == ("obstruction.staff_present",
                                                           "deputy head sat in")
        finding = s.scalars(select(Finding)).one()
        assert finding.area == "finding_area.health_care"
        followup = s.scalars(select(RecommendationFollowUp)).one()
        assert (followup.recommendation_id, followup.visit_id, followup.status) == (
            place["rec"], form.record_id, "recommendation_status.not_implemented")
        texts = {r.text for r in s.scalars(select(Recommendation).where(
            Recommendation.visit_id == form.record_id))}
        assert texts == {"Allow private interviews without staff"}

    # reopening shows everything back, the follow-up included
    again = VisitForm(ctx, form.record_id)
    qtbot.addWidget(again)
    assert again.form.field("obstructions").value() == {
        "obstruction.staff_present": "deputy head sat in"}
    assert again.form.field("finding:finding_area.health_care").value() == \
        "No doctor since January"
    assert again.followups.table.cellWidget(0, 2).value() == \
        "recommendation_status.not_implemented"
    assert again.new_recommendations.existing.rowCount() == 1
    assert not again.is_dirty()


def test_interview_and_allegation_heard(qtbot, ctx: AppContext, place: dict[str, str]) -> None:
    form = VisitForm(ctx, place["earlier"])
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.interviewee.combo.lineEdit(), "Detainee D-4")
    qtbot.mouseClick(form.interview_private, Qt.MouseButton.LeftButton)  # not recorded -> yes
    qtbot.mouseClick(form.add_interview_button, Qt.MouseButton.LeftButton)
    assert form.interviews.rowCount() == 1
    with ctx.require_store().read() as s:
        interview = s.scalars(select(Interview)).one()
        assert interview.person_id == place["detainee"] and interview.private is True

    qtbot.mouseClick(form.add_allegation_button, Qt.MouseButton.LeftButton)
    dialog = form.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.editor.form.field("kind").lineEdit(), "Torture")
    qtbot.keyClicks(dialog.editor.form.field("summary"), "Beaten on arrival")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert form.allegations.rowCount() == 1
    assert form.allegations.item(0, 0).text() == "Beaten on arrival"


def test_new_visit_is_saved_before_an_interview(qtbot, ctx: AppContext,
                                               place: dict[str, str]) -> None:
    form = VisitForm(ctx, None)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.interviewee.combo.lineEdit(), "Detainee D-4")
    qtbot.mouseClick(form.add_interview_button, Qt.MouseButton.LeftButton)
    # place and start are required: nothing is written, the form says why
    assert form.record_id is None
    assert form.form.error_text("facility_id") == "This field is required."
    qtbot.keyClicks(form.form.field("facility_id").combo.lineEdit(), "SI-12")
    qtbot.keyClicks(form.form.field("started_on").edit, "2024-06-01")
    qtbot.mouseClick(form.add_interview_button, Qt.MouseButton.LeftButton)
    assert form.record_id is not None
    assert form.interviews.rowCount() == 1


def test_editing_a_visit_removes_what_was_unticked_or_cleared(
        qtbot, ctx: AppContext, place: dict[str, str]) -> None:
    def fill(w: object) -> None:
        w.create("visit_team", visit_id=place["earlier"], person_id=place["monitor"],
                 is_lead=True)
        for n in range(60):  # more people than a picker's page, all before "Monitor One"
            w.create("people", name=f"Abenov {n:02d}")
        w.create("obstructions", visit_id=place["earlier"], kind="obstruction.staff_present",
                 details="deputy head")
        w.create("findings", visit_id=place["earlier"], area="finding_area.health_care",
                 text="No doctor")

    ctx.write(fill)
    form = VisitForm(ctx, place["earlier"])
    qtbot.addWidget(form)
    f = form.form
    assert f.field("team").value() == [place["monitor"]]
    # the member is shown by name, read from the store (the picker holds only a page)
    qtbot.waitUntil(lambda: f.field("team").list.item(0).text() == "Monitor One")
    box, _details = f.field("obstructions").rows["obstruction.staff_present"]
    assert box.isChecked()
    f.field("team").list.item(0).setSelected(True)
    qtbot.mouseClick(f.field("team").remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    f.field("finding:finding_area.health_care").set_value("")
    box, details = f.field("obstructions").rows["obstruction.time_cut"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(details, "two hours")
    form.mark_edited()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.is_dirty(), form.status.text()
    with ctx.require_store().read() as s:
        live = {(type(r).__name__, getattr(r, "kind", None)) for model in (
            VisitTeamMember, Obstruction, Finding) for r in s.scalars(
            select(model).where(model.deleted.is_(False)))}
    assert live == {("Obstruction", "obstruction.time_cut")}


def test_errors_of_a_part_land_on_its_box(qtbot, ctx: AppContext,
                                          place: dict[str, str]) -> None:
    form = VisitForm(ctx, place["earlier"])
    qtbot.addWidget(form)
    placed = form.place_errors({"findings[finding_area.health_care].text": "too long",
                                "team[0].person_id": "points to a record that does not exist",
                                "population": "not a number"})
    assert placed == {"finding:finding_area.health_care": "too long",
                      "team": "points to a record that does not exist",
                      "population": "not a number"}
    assert not form.form.show_errors(placed)  # every one has its field


def test_yes_no_facts_cycle_through_not_recorded_and_save_all_three(
        qtbot, ctx: AppContext, place: dict[str, str]) -> None:
    """Issue 9: "not recorded" is distinct from "no"; a day without a time is not 00:00."""
    form = VisitForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    f = form.form
    announced = f.field("announced")
    assert announced.value() is None and announced.text().endswith("not recorded")
    announced.setFocus()
    qtbot.keyClick(announced, Qt.Key.Key_Space)  # keyboard: not recorded -> yes
    assert announced.value() is True and announced.text().endswith(": yes")
    qtbot.mouseClick(announced, Qt.MouseButton.LeftButton)  # -> no
    assert announced.value() is False and announced.text().endswith(": no")
    qtbot.keyClick(announced, Qt.Key.Key_Space)  # -> not recorded again
    assert announced.value() is None
    qtbot.keyClicks(f.field("facility_id").combo.lineEdit(), "SI-12")
    qtbot.keyClicks(f.field("started_on").edit, "05.03.2024")  # no time given
    assert "00:00" not in f.field("started_on").feedback.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.record_id and not form.is_dirty(), form.status.text()
    with ctx.require_store().read() as s:
        visit = s.get(Visit, form.record_id)
        assert visit.announced is None
        assert (visit.started_on, visit.started_time) == ("2024-03-05", None)

    again = VisitForm(ctx, form.record_id)
    qtbot.addWidget(again)
    again.show()
    assert again.form.field("announced").value() is None
    assert again.form.field("started_on").text() == "5 Mar 2024"
    assert not again.is_dirty()
    for clicks, expected in ((1, True), (1, False)):
        box = again.form.field("announced")
        for _ in range(clicks):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
        assert not again.is_dirty(), again.status.text()
        with ctx.require_store().read() as s:
            assert s.get(Visit, form.record_id).announced is expected
    again.form.field("started_on").edit.clear()
    qtbot.keyClicks(again.form.field("started_on").edit, "05.03.2024 09:15")
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        visit = s.get(Visit, form.record_id)
        assert (visit.started_on, visit.started_time) == ("2024-03-05", "09:15")

    # an interview's "in private": left unrecorded, then "no" — each saved as itself
    qtbot.keyClicks(again.interviewee.combo.lineEdit(), "Detainee D-4")
    qtbot.mouseClick(again.add_interview_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.interview_private, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.interview_private, Qt.MouseButton.LeftButton)
    assert again.interview_private.value() is False
    if again.interviewee.value() != place["detainee"]:  # the picker is cleared after an add
        qtbot.keyClicks(again.interviewee.combo.lineEdit(), "Detainee D-4")
    qtbot.mouseClick(again.add_interview_button, Qt.MouseButton.LeftButton)
    with ctx.require_store().read() as s:
        assert [i.private for i in s.scalars(select(Interview).order_by(
            Interview.created_at))] == [None, False]


def test_a_visit_known_only_to_its_month_is_typed_saved_and_shown_as_a_month(
        qtbot, ctx: AppContext, place: dict[str, str]) -> None:
    """Issue 9: "the NPM visited in March 2014" is entered as it is written, and a time is
    refused beside a month (it would say nothing)."""
    form = VisitForm(ctx, None)
    qtbot.addWidget(form)
    form.show()
    f = form.form
    qtbot.keyClicks(f.field("facility_id").combo.lineEdit(), "SI-12")
    qtbot.keyClicks(f.field("started_on").edit, "March 2014 10:30")
    assert f.field("started_on").problem()  # a time needs a whole day
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.record_id is None  # nothing written, the field says why
    assert f.error_text("started_on")
    f.field("started_on").edit.clear()
    qtbot.keyClicks(f.field("started_on").edit, "March 2014")
    assert f.field("started_on").feedback.text() == "March 2014 (month)"
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.record_id and not form.is_dirty(), form.status.text()
    with ctx.require_store().read() as s:
        visit = s.get(Visit, form.record_id)
        assert (visit.started_on, visit.started_time) == ("2014-03", None)
    again = VisitForm(ctx, form.record_id)
    qtbot.addWidget(again)
    again.show()
    assert again.form.field("started_on").text() == "March 2014"
    assert "March 2014" in again.title_text()
    assert not again.is_dirty()
