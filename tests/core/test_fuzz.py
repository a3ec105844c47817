"""The CI-sized profile of the fuzzer (issue 11, finding 7).

Hostile project files from tests/fuzzing.py go through validate, simulate,
rank and (one case in ten) export and import, in process; hostile JSON
values built by hypothesis go through the loader.  Targets: no exception but
the input error, no problem without a place, no NaN or Infinity in any JSON
output, nothing that validate accepts refused by another command.  The
release profile is ``scripts/fuzz.py --cases 100000``.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import BASE, BASE_PATHS, PLACED_IN_TEXT, good_quotes, heavy_case, make_case, mutated, run_case
from vendorpick.errors import InputError
from vendorpick.project.io import dumps, loads, parse_project


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        yield folder, good_quotes(folder)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32))
def test_hostile_files_through_every_command(workdir, seed):
    folder, quotes = workdir
    outcome = run_case(make_case(seed), folder, heavy=heavy_case(seed), quotes=quotes)
    assert outcome.ok, (seed, outcome)


def test_the_generator_makes_every_kind_of_case():
    """The seeds cover accepted files and refused ones, text and byte mutations."""
    cases = [make_case(seed) for seed in range(300)]
    texts = [c.decode("utf-8", "replace") for c in cases]
    assert any("NaN" in t or "Infinity" in t for t in texts)
    assert any(c.startswith(b"\xef\xbb\xbf") for c in cases) and any(c.startswith(b"\xff\xfe") for c in cases)
    assert any("\\ud800" in t or "\\udfff" in t for t in texts)
    assert any("9" * 5000 in t for t in texts)
    accepted = 0
    for raw in cases[:60]:
        try:
            loads(raw.decode("utf-8"))
            accepted += 1
        except (InputError, UnicodeDecodeError):
            pass
    assert 5 <= accepted <= 55  # neither all refused nor all accepted


odd_text = st.text(st.characters(codec=None, categories=["Cs", "Cc", "Cf", "Lo", "Nd", "So", "Zs"]), max_size=6)
hostile_leaves = (st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.integers(-10**500, 10**500)
                  | st.floats(allow_nan=True, allow_infinity=True) | odd_text
                  | st.sampled_from(["２０２７-０１", "9999-12", "2027-01", "\u202e", "😀", "\x00"]))
hostile_json = st.recursive(hostile_leaves, lambda kids: st.lists(kids, max_size=3)
                            | st.dictionaries(odd_text | st.sampled_from(["name", "rate", "extra"]), kids,
                                              max_size=3), max_leaves=10)


def _check(load) -> None:
    try:
        project = load()
    except InputError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.loc or problem.code in PLACED_IN_TEXT, problem
            for lang in ("en", "ja"):
                problem.text(lang).encode("utf-8")  # printable, no surrogate
        return
    text = dumps(project)
    assert loads(text) == project  # what loads saves, and loads again unchanged
    json.loads(text, parse_constant=lambda name: pytest.fail(name))


@given(st.lists(st.tuples(st.sampled_from(BASE_PATHS), hostile_json), min_size=1, max_size=3))
def test_hostile_values_anywhere_in_the_demo(mutations):
    data = mutated(BASE, mutations)
    _check(lambda: parse_project(data))


@given(hostile_json)
def test_hostile_json_documents(value):
    try:
        text = json.dumps(value, ensure_ascii=True)
    except ValueError:  # an integer of more than 4,300 digits: write it by hand
        text = str(value)
    _check(lambda: loads(text))
