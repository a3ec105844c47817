"""The engine limits BLAS to one thread only while it runs, and gives the
user's setting back, also when blocks nest or overlap in two threads."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from vendorpick.pricing import threads

threadpoolctl = pytest.importorskip("threadpoolctl")


def blas_threads() -> list[int]:
    return [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]


@pytest.fixture
def two_threads():
    np.ones(1) @ np.ones(1)  # BLAS loaded
    if not blas_threads():
        pytest.skip("no BLAS library that threadpoolctl knows")
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        yield


def test_one_thread_inside_the_users_setting_after(two_threads):
    assert set(blas_threads()) == {2}
    with threads.one_blas_thread():
        assert set(blas_threads()) == {1}
        with threads.one_blas_thread():
            assert set(blas_threads()) == {1}
        assert set(blas_threads()) == {1}   # the outer block still runs
    assert set(blas_threads()) == {2}


def test_overlapping_blocks_in_two_threads_restore_once_the_last_ends(two_threads):
    # (the last block ends in this thread: OpenBLAS may ignore a rise in threads asked from a worker thread)
    inside, seen = threading.Event(), []

    def worker():
        with threads.one_blas_thread():
            inside.set()
            seen.append(set(blas_threads()))
        seen.append(set(blas_threads()))

    with threads.one_blas_thread():
        t = threading.Thread(target=worker)
        t.start()
        t.join(5)
        assert set(blas_threads()) == {1}   # the worker's block ended, this one still runs
    assert seen == [{1}, {1}]
    assert set(blas_threads()) == {2}


def test_the_engine_restores_the_setting_even_when_cancelled(two_threads):
    from tests.core.test_simulate import mixed_project
    from vendorpick.pricing.simulate import Cancelled, simulate

    with pytest.raises(Cancelled):
        simulate(mixed_project(), scenarios=5000, chunk=100, cancelled=lambda: True)
    assert set(blas_threads()) == {2}
