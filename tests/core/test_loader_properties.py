"""Property tests: random JSON and random mutations of the demo never crash
the loader; they load, or they give located problems in both languages."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import mutated, paths
from vendorpick.errors import InputError
from vendorpick.project.demo import demo_text
from vendorpick.project.io import dumps, loads, parse_project

DEMO = json.loads(demo_text())

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def _outcome(load):
    try:
        project = load()
    except InputError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.text("en") and problem.text("ja")
        return None
    return project


@given(json_values)
def test_random_json_never_crashes(value):
    _outcome(lambda: loads(json.dumps(value)))


@given(st.text(max_size=200))
def test_random_text_never_crashes(text):
    _outcome(lambda: loads(text))


ALL_PATHS = paths(DEMO)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values), min_size=1, max_size=3))
def test_mutated_demo_never_crashes(mutations):
    data = mutated(DEMO, mutations)  # a path gone after an earlier mutation replaced its container: skipped
    project = _outcome(lambda: parse_project(data))
    if project is not None:  # whatever loads also saves and loads again unchanged
        assert loads(dumps(project)) == project


@given(st.sampled_from(ALL_PATHS))
def test_deleting_any_key_never_crashes(path):
    data = json.loads(json.dumps(DEMO))
    target = data
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    _outcome(lambda: parse_project(data))
