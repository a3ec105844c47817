"""The Qt-free edits of the Vendors and Criteria screens keep the project valid."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vendorpick.errors import InputError
from vendorpick.project import edit_builders as eb
from vendorpick.project.demo import demo_project
from vendorpick.project.edits import apply_edit
from vendorpick.project.io import to_data


@pytest.fixture
def project():
    return demo_project()


def roundtrip(project, edit):
    """Apply, check, undo: the inverse restores the data exactly."""
    after, inverse = apply_edit(project, edit)
    restored, _ = apply_edit(after, inverse)
    assert to_data(restored) == to_data(project)
    return after


def test_unique_name():
    assert eb.unique_name("A", ["B"]) == "A"
    assert eb.unique_name("A", ["A", "A 2"]) == "A 3"


def test_add_duplicate_delete_vendor(project):
    edit, index = eb.add_vendor(project, "ja")
    after = roundtrip(project, edit)
    assert after.vendors[index].name == "新しいベンダー"
    assert len(after.vendors[index].plans) == 1
    again = roundtrip(after, eb.add_vendor(after, "ja")[0])
    assert again.vendors[-1].name == "新しいベンダー 2"
    dup, di = eb.duplicate_vendor(project, 0, "en")
    dup_after = roundtrip(project, dup)
    assert dup_after.vendors[di].name == f"{project.vendors[0].name} (copy)"
    assert dup_after.vendors[di].plans == project.vendors[0].plans
    gone = roundtrip(project, eb.delete_vendor(project, 0))
    assert [v.name for v in gone.vendors] == [v.name for v in project.vendors[1:]]
    assert edit.label("ja") == "ベンダー「新しいベンダー」を追加"


def test_rename_vendor_to_duplicate_is_refused(project):
    with pytest.raises(InputError) as err:
        apply_edit(project, eb.rename_vendor(project, 1, project.vendors[0].name))
    assert err.value.problems[0].code == "vp_duplicate_name"


def test_plan_field_coverage_surcharge(project):
    after = roundtrip(project, eb.set_plan_value(project, 0, 0, "rate", 275.0))
    assert after.vendors[0].plans[0].rate == 275
    after = roundtrip(project, eb.set_coverage(project, 0, 0, "weekday_night", True))
    assert after.vendors[0].plans[0].coverage == ["weekday_day", "weekday_night", "holiday_day"]
    after = roundtrip(project, eb.set_surcharge(project, 0, 0, "holiday_night", "monthly", 5000.0))
    assert after.vendors[0].plans[0].surcharge("holiday_night").monthly == 5000
    with pytest.raises(InputError):
        apply_edit(project, eb.set_plan_value(project, 0, 0, "rate", -1.0))


def test_tiers_switch_and_order(project):
    on = roundtrip(project, eb.use_tiers(project, 0, 0, True))
    plan = on.vendors[0].plans[0]
    assert plan.rate == 0 and plan.tiers[0].rate == 250 and plan.tiers[0].up_to is None
    two = roundtrip(on, eb.add_tier(on, 0, 0))
    assert [t.up_to for t in two.vendors[0].plans[0].tiers] == [100, None]
    three = roundtrip(two, eb.add_tier(two, 0, 0))
    with pytest.raises(InputError) as err:
        apply_edit(three, eb.set_tier(three, 0, 0, 1, "up_to", 50.0))
    assert err.value.problems[0].code == "vp_tiers_increasing"
    off = roundtrip(three, eb.use_tiers(three, 0, 0, False))
    assert off.vendors[0].plans[0].tiers is None and off.vendors[0].plans[0].rate == 250
    one = roundtrip(two, eb.remove_tier(two, 0, 0, 1))
    assert [t.up_to for t in one.vendors[0].plans[0].tiers] == [None]


def test_phases(project):
    after = roundtrip(project, eb.add_phase(project, 0, 0))
    assert after.vendors[0].plans[0].phases[0].from_ == "2027-02"
    after = roundtrip(after, eb.set_phase_band(after, 0, 0, 0, "holiday_night", False))
    assert after.vendors[0].plans[0].phases[0].coverage == ["weekday_day", "weekday_night", "holiday_day"]
    second = roundtrip(after, eb.add_phase(after, 0, 0))
    with pytest.raises(InputError):
        apply_edit(second, eb.set_phase_month(second, 0, 0, 1, "2027-01"))


def ahp_project(project):
    return roundtrip(project, eb.set_weighting_method(project, "ahp"))


def test_add_and_remove_criterion_resize_matrix(project):
    ahp = ahp_project(project)
    n = len(ahp.criteria)
    edit, index = eb.add_criterion(ahp, "rating", "en")
    grown = roundtrip(ahp, edit)
    assert len(grown.weighting.pairwise) == n + 1 and all(len(r) == n + 1 for r in grown.weighting.pairwise)
    ci = [c.id for c in ahp.criteria].index("quality")
    shrunk = roundtrip(ahp, eb.remove_criterion(ahp, ci))
    assert len(shrunk.weighting.pairwise) == n - 1
    assert all("quality" not in v.scores for v in shrunk.vendors)
    assert all("quality" not in e.scores for v in shrunk.vendors for e in v.evaluations)


def test_remove_criterion_keeps_other_matrix_cells(project):
    matrix = [[1.0, 2.0, 3.0], [0.5, 1.0, 4.0], [1 / 3, 0.25, 1.0]]
    small = project.model_copy(update={"criteria": project.criteria[:3], "vendors": []})
    small = apply_edit(small, eb.set_ahp(small, matrix))[0]
    shrunk = roundtrip(small, eb.remove_criterion(small, 1))
    assert shrunk.weighting.pairwise == [[1.0, 3.0], [1 / 3, 1.0]]
    moved = roundtrip(small, eb.move_criterion(small, 0, 2))
    assert [c.id for c in moved.criteria] == [small.criteria[i].id for i in (1, 2, 0)]
    assert moved.weighting.pairwise[2][0] == 2.0 and moved.weighting.pairwise[0][2] == 0.5


def test_rename_criterion_id_renames_scores(project):
    ci = [c.id for c in project.criteria].index("quality")
    after = roundtrip(project, eb.rename_criterion_id(project, ci, "qual"))
    assert all("quality" not in v.scores for v in after.vendors)
    assert after.vendors[0].scores["qual"] == project.vendors[0].scores["quality"]
    assert after.vendors[3].evaluations[0].scores == {"qual": 5}


def test_change_kind_drops_unfit_scores(project):
    ci = [c.id for c in project.criteria].index("first_response_min")
    after = roundtrip(project, eb.set_criterion_kind(project, ci, "yes_no"))
    assert after.criteria[ci].kind == "yes_no"
    assert all("first_response_min" not in v.scores for v in after.vendors)


def test_scores_and_evaluations(project):
    after = roundtrip(project, eb.set_score(project, 0, "quality", 2))
    assert after.vendors[0].scores["quality"] == 2
    after = roundtrip(after, eb.set_score(after, 0, "quality", None))
    assert "quality" not in after.vendors[0].scores
    with pytest.raises(InputError):
        apply_edit(project, eb.set_score(project, 0, "quality", 9))
    edit, ei = eb.add_evaluation(project, 0, "ja")
    after = roundtrip(project, edit)
    after = roundtrip(after, eb.set_evaluation_score(after, 0, ei, "quality", 3))
    assert after.vendors[0].evaluations[ei].scores == {"quality": 3}
    after = roundtrip(after, eb.remove_evaluation(after, 0, ei))
    assert after.vendors[0].evaluations == []


_STEP = st.tuples(st.sampled_from(["add", "remove", "move", "rename"]), st.integers(0, 20), st.integers(0, 20))


@given(st.lists(_STEP, max_size=8))
def test_criterion_edits_keep_the_ahp_matrix_in_step(steps):
    """Any sequence of criterion edits leaves a valid project whose AHP matrix
    matches the criteria, and undoing everything restores the start."""
    start = apply_edit(demo_project(), eb.set_weighting_method(demo_project(), "ahp"))[0]
    project, inverses = start, []
    for op, a, b in steps:
        n = len(project.criteria)
        if op == "add":
            edit = eb.add_criterion(project, "number", "en")[0]
            if n >= 15:  # AHP takes at most 15 criteria: a 16th is refused, the project unchanged
                with pytest.raises(InputError):
                    apply_edit(project, edit)
                continue
        elif n == 0:
            continue
        elif op == "remove":
            edit = eb.remove_criterion(project, a % n)
        elif op == "move":
            edit = eb.move_criterion(project, a % n, b % n)
        else:
            edit = eb.rename_criterion_id(project, a % n, f"id{b}")
            if f"id{b}" in [c.id for c in project.criteria]:
                continue
        project, inverse = apply_edit(project, edit)
        inverses.append(inverse)
        matrix = project.weighting.pairwise
        assert len(matrix) == len(project.criteria)
        assert all(v.scores.keys() <= {c.id for c in project.criteria} for v in project.vendors)
    for inverse in reversed(inverses):
        project = apply_edit(project, inverse)[0]
    assert to_data(project) == to_data(start)
