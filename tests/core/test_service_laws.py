"""Laws of the response-time figures (SPEC 8), as hypothesis properties, and the
counterexample of wider coverage that lowers a share."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.service import ChannelSpec, ServiceInputs, compute_service

CHANNELS = [ChannelSpec("phone", "live", 5.0), ChannelSpec("chat", "live", 3.0),
            ChannelSpec("mail", "deferred", 8.0), ChannelSpec("message", "deferred", 4.0)]
START = np.datetime64("2027-01-30T00", "h")  # the horizons below cross into February


def instance(seed: int, hours: int, cover: float):
    """Random expected volumes (many hours empty), coverage and continuation."""
    rng = np.random.default_rng(seed)
    handled = {c.id: rng.gamma(0.5, 4.0, (1, hours)) * (rng.random((1, hours)) < 0.7) for c in CHANNELS}
    covered = rng.random((1, hours)) < cover
    after = rng.random((1, 24 * int(rng.integers(1, 4)))) < cover
    return np.arange(hours) + START, handled, covered, after


def levels(within_s: float = 20.0, within_h: int = 4, target: float = 0.8):
    return {"phone": {"within_s": within_s, "target": target}, "chat": {"within_s": within_s * 2, "target": target},
            "mail": {"within_h": within_h, "target": target}, "message": {"within_h": within_h + 1, "target": target}}


def figures(hours, handled, covered, after, seats, lv):
    result = compute_service(ServiceInputs(hours, CHANNELS, lv, handled, covered, after, [seats]))
    return result.candidates[0]


def assert_not_lower(better, worse):
    """Every non-null share of ``better`` is at least that of ``worse`` (same nulls)."""
    for cid, w in worse.items():
        b = better[cid]
        assert (b.share is None) == (w.share is None)
        if w.share is not None:
            assert b.share >= w.share - 1e-9, cid
        for bm, wm in zip(b.months, w.months, strict=True):
            assert (bm is None) == (wm is None)
            if wm is not None:
                assert bm >= wm - 1e-9, cid


seeds = st.integers(0, 2**32 - 1)
lengths = st.integers(24, 120)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, hours=lengths, seats=st.integers(0, 4), more=st.integers(1, 3), cover=st.floats(0.2, 1.0))
def test_more_seats_never_lower_a_share(seed, hours, seats, more, cover):
    h, handled, covered, after = instance(seed, hours, cover)
    few = figures(h, handled, covered, after, seats, levels())
    many = figures(h, handled, covered, after, seats + more, levels())
    assert_not_lower(many, few)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, hours=lengths, seats=st.one_of(st.none(), st.integers(0, 4)), within_h=st.integers(1, 30),
       longer_h=st.integers(1, 30), within_s=st.floats(1, 120), longer_s=st.floats(0, 120), cover=st.floats(0.2, 1.0))
def test_a_longer_target_never_lowers_a_share(seed, hours, seats, within_h, longer_h, within_s, longer_s, cover):
    h, handled, covered, after = instance(seed, hours, cover)
    short = figures(h, handled, covered, after, seats, levels(within_s, within_h))
    long = figures(h, handled, covered, after, seats, levels(within_s + longer_s, within_h + longer_h))
    assert_not_lower(long, short)


@settings(max_examples=40, deadline=None)
@given(seed=seeds, hours=lengths, within_h=st.integers(1, 30), cover=st.floats(0.05, 0.8), wider=st.floats(0.05, 0.8))
def test_wider_coverage_never_lowers_a_shared_pools_share_of_the_same_contacts(seed, hours, within_h, cover, wider):
    h, handled, covered, after = instance(seed, hours, cover)
    rng = np.random.default_rng(seed + 1)
    covered_more = covered | (rng.random(covered.shape) < wider)
    after_more = after | (rng.random(after.shape) < wider)
    narrow = figures(h, handled, covered, after, None, levels(within_h=within_h))
    wide = figures(h, handled, covered_more, after_more, None, levels(within_h=within_h))
    assert_not_lower(wide, narrow)


def route(arrivals: np.ndarray, covered_all: np.ndarray, window: int = 168) -> np.ndarray:
    """SPEC 7 for deferred contacts: handled when a covered hour is among the arrival
    hour and the ``window`` hours after it, else left to the shop."""
    hours = arrivals.shape[-1]
    handled = np.array([covered_all[t : t + window + 1].any() for t in range(hours)])
    return arrivals * handled


def test_wider_coverage_can_lower_the_share_by_taking_on_contacts_left_to_the_shop():
    # Two weeks (336 hours), one mail an hour, a 24-hour target, a shared pool.
    # Narrow plan: covers hours 300-335 and everything after the horizon. Mails of hours
    # 0-131 have no covered hour within 168 hours: they are left to the shop, not in its
    # share. Mails of 132-299 wait for hour 300 (in time from hour 277 on: 23 of them);
    # 300-335 are answered at once (36). Share 59 / 204 ≈ 0.289.
    # Wider plan: also covers hour 168. Now it takes on the mails of hours 0-131 too and
    # answers hours 0-168 at hour 168 (in time from hour 145: 24), 169-299 at hour 300
    # (23 in time), 300-335 at once (36). Share 83 / 336 ≈ 0.247: lower, although it
    # covers every hour the narrow plan covers and answers no contact later.
    hours = np.arange(336) + np.datetime64("2027-03-01T00", "h")
    mail = np.ones((1, 336))
    after = np.ones((1, 168), bool)
    narrow = np.zeros((1, 336), bool)
    narrow[0, 300:] = True
    wide = narrow.copy()
    wide[0, 168] = True
    lv = {"mail": {"within_h": 24, "target": 0.9}}
    spec = [ChannelSpec("mail", "deferred", 8.0)]

    def share(covered):
        handled = route(mail[0], np.r_[covered[0], after[0]])[None]
        result = compute_service(ServiceInputs(hours, spec, lv, {"mail": handled}, covered, after, [None]))
        return result.candidates[0]["mail"]

    n, w = share(narrow), share(wide)
    assert n.contacts == 204 and w.contacts == 336
    assert n.share == pytest.approx(59 / 204) and w.share == pytest.approx(83 / 336)
    assert w.share < n.share
    # with the same contacts (the narrow plan's), the wider cover does not lower the share
    same = compute_service(ServiceInputs(hours, spec, lv, {"mail": route(mail[0], np.r_[narrow[0], after[0]])[None]},
                                         wide, after, [None])).candidates[0]["mail"]
    assert same.share >= n.share
