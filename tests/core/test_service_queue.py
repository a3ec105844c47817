"""Response times of SPEC 8 worked by hand: the deferred queue of a shared pool
and of a one-seat team, live channels with seats, nulls and the busiest hour."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vendorpick.service import ChannelSpec, ServiceInputs, compute_service, overall_share
from vendorpick.service import queue as fq

MAIL = ChannelSpec("mail", "deferred", 6.0)
PHONE = ChannelSpec("phone", "live", 6.0)
CHAT = ChannelSpec("chat", "live", 4.0)


def hours_from(start: str, count: int) -> np.ndarray:
    return np.arange(count) + np.datetime64(start, "h")


def weekday_daytime(hours: np.ndarray) -> np.ndarray:
    """Monday to Friday, 09:00-18:00 (hours 9 to 17)."""
    days = hours.astype("datetime64[D]")
    weekday = (days.view("int64") - 4) % 7  # 1970-01-05 was a Monday
    hour = hours.view("int64") % 24
    return (weekday < 5) & (hour >= 9) & (hour < 18)


def run(hours, channels, levels, handled, covered, after, seats):
    return compute_service(ServiceInputs(hours, channels, levels, handled, covered, after, seats))


# ---------------------------------------------------------------- a shared pool and a Saturday
#
# February 2027 runs from Monday 1st to Sunday 28th (672 hours). A shared pool covers
# weekdays 09:00-18:00; one mail arrives in every hour of Saturday 27th (hours 624-647
# of the horizon, 24 mails). The next covered hour is Monday 1 March 09:00-10:00, hour
# 672 + 9 = 681, after the horizon: the continuation (the same weekly calendar) serves it.
# The pool clears the whole queue in that hour, so S(t) = A(647) = all the Saturday work
# for t ≥ 681, and the mail of hour t is in time for a T-hour target when
# t + T − 1 ≥ 681, i.e. t ≥ 682 − T:
# - T = 24: t ≥ 658, Sunday 10:00: no Saturday mail is answered within 24 hours: share 0;
# - T = 48: t ≥ 634, Saturday 10:00: the mails of 10:00 to 23:00, 14 of 24: share 7/12.

def test_weekday_daytime_pool_and_saturday_mail():
    hours = hours_from("2027-02-01T00", 672)
    covered = weekday_daytime(hours)[None]
    after = weekday_daytime(hours_from("2027-03-01T00", 168))[None]
    mail = (hours.astype("datetime64[D]") == np.datetime64("2027-02-27")).astype(float)[None]
    assert mail.sum() == 24 and not covered[0, 624:648].any() and after[0, 9] and not after[0, :9].any()
    for within_h, share in [(24, 0.0), (48, 7 / 12), (58, 1.0)]:
        result = run(hours, [MAIL], {"mail": {"within_h": within_h, "target": 0.95}}, {"mail": mail}, covered, after, [None])
        figures = result.candidates[0]["mail"]
        assert result.months == ("2027-02",)
        assert figures.share == pytest.approx(share, abs=1e-15)
        assert figures.months == (pytest.approx(share, abs=1e-15),)
        assert figures.months_below == (() if share == 1.0 else ("2027-02",))
        # a shared pool misses a target only through the hours it does not cover
        assert figures.reasons == (() if share == 1.0 else ("coverage",))
        assert figures.contacts == 24
        # so does a team with seats to spare on the same calendar
        team = run(hours, [MAIL], {"mail": {"within_h": within_h, "target": 0.95}}, {"mail": mail}, covered, after, [5])
        assert team.to_json(0) == result.to_json(0) and team.candidates[0]["mail"].reasons == figures.reasons
    # 58 hours: Saturday 00:00 + 57 hours is Monday 09:00, the hour that answers everything


def test_shared_pool_answers_mail_arriving_in_a_covered_hour_in_that_hour():
    # a mail at Monday 10:00 is answered in the same hour: in time for any whole-hour target
    hours = hours_from("2027-02-01T00", 48)
    mail = np.zeros((1, 48))
    mail[0, 10] = 3.0
    result = run(hours, [MAIL], {"mail": {"within_h": 1, "target": 1.0}}, {"mail": mail},
                 weekday_daytime(hours)[None], np.ones((1, 168), bool), [None])
    assert result.candidates[0]["mail"].share == 1.0 and result.candidates[0]["mail"].months_below == ()


# ---------------------------------------------------------------- one seat, three hours of work
#
# Horizon: 31 March 2027 (24 hours), every hour covered, and so is the continuation.
# A one-seat team (60 minutes an hour) receives 30 mails of 6 minutes = 180 minutes in
# hour 22. Without other work it serves 60 minutes in hours 22, 23 and 24 (00:00 on
# 1 April, past the horizon): S(22) = 60, S(23) = 120, S(24) = 180, with A(21) = 0 and
# A(22) = 180. Within 1 hour: 60/180 = 1/3; 2 hours: 120/180 = 2/3; 3 hours: 1.
#
# With 5 calls of 6 minutes in hour 23 (30 minutes of live work, served first), hour 23
# leaves 30 minutes for the mail: S = 60, 90, 150, 180 in hours 22-25. Within 1 hour:
# 1/3; 2 hours: 90/180 = 1/2; 3 hours: 150/180 = 5/6; 4 hours: 1.
#
# The calls: A = 5 × 6 / 60 = 0.5 Erlang, τ = 6 min, n = 1. B_1 = A / (1 + A) = 1/3,
# C = 1 × (1/3) / (1 − 0.5 × 2/3) = 1/2 (M/M/1: the load), and within 20 seconds
# SL = 1 − 0.5 e^{−(1 − 0.5) × 20 / (60 × 6)} = 1 − 0.5 e^{−1/36} ≈ 0.5137.
# The busiest hour is hour 23 (2027-03-31T23); 80 % within 20 s needs 2 agents there:
# B_2 = 0.5 × (1/3) / (2 + 0.5 × 1/3) = 1/13, C = 2 × (1/13) / (2 − 0.5 × 12/13) = 1/10,
# SL = 1 − 0.1 e^{−1.5 × 20 / 360} = 1 − 0.1 e^{−1/12} ≈ 0.908 ≥ 0.8 (and 0.5137 < 0.8 with one).

def _one_seat(with_calls: bool, within_h: int):
    hours = hours_from("2027-03-31T00", 24)
    mail = np.zeros((1, 24))
    mail[0, 22] = 30.0
    phone = np.zeros((1, 24))
    if with_calls:
        phone[0, 23] = 5.0
    levels = {"mail": {"within_h": within_h, "target": 0.9}, "phone": {"within_s": 20, "target": 0.8}}
    return run(hours, [MAIL, PHONE], levels, {"mail": mail, "phone": phone},
               np.ones((1, 24), bool), np.ones((1, 168), bool), [1])


@pytest.mark.parametrize(("within_h", "share"), [(1, 1 / 3), (2, 2 / 3), (3, 1.0), (4, 1.0)])
def test_one_seat_receiving_three_hours_of_work_in_one_hour(within_h, share):
    figures = _one_seat(False, within_h).candidates[0]
    assert figures["mail"].share == pytest.approx(share, rel=1e-12)
    assert figures["mail"].months_below == (("2027-03",) if share < 0.9 else ())
    # every hour is covered: a shared pool would answer it all in hour 22; one seat is too few
    assert figures["mail"].reasons == (("seats",) if share < 0.9 else ())
    # no call at all: the phone share is null ("—"), not below target, and no agent is needed
    assert figures["phone"].share is None and figures["phone"].months == (None,)
    assert figures["phone"].months_below == () and figures["phone"].agents_needed == 0
    assert figures["phone"].busiest_hour is None


@pytest.mark.parametrize(("within_h", "share"), [(1, 1 / 3), (2, 1 / 2), (3, 5 / 6), (4, 1.0)])
def test_live_work_is_served_first_on_the_seat(within_h, share):
    result = _one_seat(True, within_h)
    figures = result.candidates[0]
    assert figures["mail"].share == pytest.approx(share, rel=1e-12)
    sl = 1 - 0.5 * math.exp(-1 / 36)
    assert figures["phone"].share == pytest.approx(sl, rel=1e-12)
    assert figures["phone"].months_below == ("2027-03",) and figures["phone"].reasons == ("seats",)
    assert figures["phone"].agents_needed == 2 and figures["phone"].busiest_hour == "2027-03-31T23"
    assert result.to_json(0)["phone"] == {
        "share": pytest.approx(sl), "months": [pytest.approx(sl)], "months_below": ["2027-03"],
        "agents_needed": 2, "busiest_hour": "2027-03-31T23",
    }
    assert set(result.to_json(0)["mail"]) == {"share", "months", "months_below"}
    # over both channels, weighted by contacts: (30 × share + 5 × sl) / 35
    assert overall_share(figures) == pytest.approx((30 * share + 5 * sl) / 35)


def test_calls_beyond_the_seats_are_never_answered_in_time_and_take_the_whole_seat():
    # 15 calls of 6 minutes in hour 0 on one seat: A = 1.5 ≥ n = 1, SL = 0; they fill the
    # seat's hour (90 > 60 minutes), so a mail of hour 0 waits for hour 1
    hours = hours_from("2027-03-01T00", 4)
    phone = np.array([[15.0, 0, 0, 0]])
    mail = np.array([[1.0, 0, 0, 0]])
    levels = {"mail": {"within_h": 1, "target": 0.9}, "phone": {"within_s": 20, "target": 0.8}}
    result = run(hours, [MAIL, PHONE], levels, {"mail": mail, "phone": phone}, np.ones((1, 4), bool), np.ones((1, 1), bool), [1])
    assert result.candidates[0]["phone"].share == 0.0
    assert result.candidates[0]["mail"].share == 0.0
    levels["mail"]["within_h"] = 2
    result = run(hours, [MAIL, PHONE], levels, {"mail": mail, "phone": phone}, np.ones((1, 4), bool), np.ones((1, 1), bool), [1])
    assert result.candidates[0]["mail"].share == 1.0


def test_no_seat_at_all_answers_nothing():
    hours = hours_from("2027-03-01T00", 3)
    result = run(hours, [MAIL, PHONE], {"mail": {"within_h": 2, "target": 0.9}, "phone": {"within_s": 20, "target": 0.8}},
                 {"mail": np.ones((1, 3)), "phone": np.ones((1, 3))}, np.ones((1, 3), bool), np.ones((1, 1), bool), [0])
    assert result.candidates[0]["mail"].share == 0.0 and result.candidates[0]["phone"].share == 0.0
    # the agents needed do not depend on the seats: 1 call of 6 min is 0.1 Erlang, one agent is enough
    assert result.candidates[0]["phone"].agents_needed == 1


# ---------------------------------------------------------------- months, nulls, busiest hour

def test_months_are_contact_weighted_and_null_without_contacts():
    # 31 Jan and 1 Feb 2027, two candidates: a shared pool covering only 31 Jan (its live
    # contacts of 1 Feb are not handled), and a two-seat team covering both days.
    hours = hours_from("2027-01-31T00", 48)
    covered = np.ones((2, 48), bool)
    covered[0, 24:] = False
    phone = np.zeros((2, 48))
    phone[:, 10] = 12.0  # 31 Jan 10:00: 12 calls × 6 min = 1.2 Erlang
    phone[1, 30] = 12.0  # 1 Feb 06:00, only the team handles it
    result = run(hours, [PHONE], {"phone": {"within_s": 20, "target": 0.8}}, {"phone": phone}, covered,
                 np.ones((2, 24), bool), [None, 2])
    pool, team = result.candidates
    assert result.months == ("2027-01", "2027-02")
    assert pool["phone"].months == (1.0, None) and pool["phone"].share == 1.0 and pool["phone"].months_below == ()
    assert pool["phone"].month_contacts == (12.0, 0.0)
    from vendorpick.service.erlang import service_level
    sl = float(service_level(2, 1.2, 6.0, 20.0))
    assert team["phone"].months == (pytest.approx(sl), pytest.approx(sl)) and team["phone"].share == pytest.approx(sl)
    # both hours have 12 calls: the earliest is the busiest
    assert team["phone"].busiest_hour == "2027-01-31T10" == pool["phone"].busiest_hour
    # two agents at 1.2 Erlang: B_1 = 6/11, B_2 = 18/73, C = (36/73) / (2 − 1.2 × 55/73) = 0.45,
    # SL = 1 − 0.45 e^{−0.8 × 20 / 360} ≈ 0.5696 < 0.8; three give ≈ 0.872: 3 agents needed
    assert sl == pytest.approx(1 - 0.45 * math.exp(-2 / 45), rel=1e-12)
    assert team["phone"].agents_needed == pool["phone"].agents_needed == 3
    assert float(service_level(3, 1.2, 6.0, 20.0)) == pytest.approx(0.8723, abs=1e-4)


def test_busiest_hour_counts_every_live_channel_and_pools_their_handling_times():
    # hour 1: 10 calls (6 min); hour 2: 6 calls + 6 chats (4 min): 12 contacts, the busiest.
    # There A = (36 + 24) / 60 = 1 Erlang, τ = 60 / 12 = 5 min.
    hours = hours_from("2027-03-01T00", 3)
    phone = np.array([[0.0, 10.0, 6.0]])
    chat = np.array([[0.0, 0.0, 6.0]])
    levels = {"phone": {"within_s": 20, "target": 0.8}, "chat": {"within_s": 60, "target": 0.95}}
    result = run(hours, [PHONE, CHAT], levels, {"phone": phone, "chat": chat}, np.ones((1, 3), bool), np.ones((1, 1), bool), [None])
    from vendorpick.service.erlang import agents_needed
    figures = result.candidates[0]
    assert figures["phone"].busiest_hour == figures["chat"].busiest_hour == "2027-03-01T02"
    assert figures["phone"].agents_needed == int(agents_needed(1.0, 5.0, 20, 0.8))
    assert figures["chat"].agents_needed == int(agents_needed(1.0, 5.0, 60, 0.95))
    assert figures["phone"].agents_needed == 3  # SL(2) ≈ 0.688 < 0.8 ≤ SL(3) ≈ 0.920
    # a channel without a service level is not assessed
    result = run(hours, [PHONE, CHAT], {"phone": levels["phone"]}, {"phone": phone, "chat": chat},
                 np.ones((1, 3), bool), np.ones((1, 1), bool), [None])
    assert set(result.candidates[0]) == {"phone"}


def test_candidates_together_equal_candidates_one_by_one():
    rng = np.random.default_rng(3)
    hours = hours_from("2027-01-30T00", 120)
    handled = {"mail": rng.gamma(0.6, 2.0, (4, 120)), "phone": rng.gamma(0.6, 3.0, (4, 120))}
    covered = rng.random((4, 120)) < 0.6
    after = rng.random((4, 50)) < 0.5
    seats = [None, 1, 3, None]
    levels = {"mail": {"within_h": 30, "target": 0.9}, "phone": {"within_s": 30, "target": 0.8}}
    together = run(hours, [MAIL, PHONE], levels, handled, covered, after, seats)
    for i in range(4):
        alone = run(hours, [MAIL, PHONE], levels, {k: v[i : i + 1] for k, v in handled.items()},
                    covered[i : i + 1], after[i : i + 1], seats[i : i + 1])
        assert alone.to_json(0) == together.to_json(i)


# ---------------------------------------------------------------- the kernels against a plain loop

@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 100), st.floats(0, 100), st.booleans()), min_size=1, max_size=60))
def test_cumulative_queues_equal_the_hour_by_hour_recursion(rows):
    work = np.array([r[0] for r in rows])
    capacity = np.array([r[1] for r in rows])
    covered = np.array([r[2] for r in rows])
    arrived = np.cumsum(work)
    q, served_seats, q_pool, served_pool = 0.0, [], 0.0, []
    for w, k, c in rows:
        q = max(0.0, q + w - k)
        served_seats.append(arrived[len(served_seats)] - q)
        q_pool = 0.0 if c else q_pool + w
        served_pool.append(arrived[len(served_pool)] - q_pool)
    np.testing.assert_allclose(fq.served_with_capacity(arrived, work, capacity), served_seats, atol=1e-9)
    for chunk in (1, 7):  # Lindley's solution a few hours at a time, from the queue left before
        np.testing.assert_allclose(fq.served_with_capacity(arrived, work, capacity, chunk), served_seats, atol=1e-9)
    np.testing.assert_allclose(fq.served_by_pool(arrived, covered), served_pool, atol=1e-9)


def test_a_team_with_room_to_spare_answers_exactly_everything_in_time_over_five_years():
    # 1,000 seats around the clock, a mail every hour for five years: the queue empties
    # every hour, and no rounding of the long cumulative sums may leave a trace of it
    # (a target of 1 must be met exactly, every month)
    hours = np.arange(np.datetime64("2027-01-01T00", "h"), np.datetime64("2032-01-01T00", "h"))
    mail = np.full((1, hours.size), 0.37)
    result = run(hours, [MAIL], {"mail": {"within_h": 1, "target": 1.0}}, {"mail": mail},
                 np.ones((1, hours.size), bool), np.ones((1, 168), bool), [1000])
    figures = result.candidates[0]["mail"]
    assert figures.share == 1.0 and set(figures.months) == {1.0} and figures.months_below == ()
    assert len(figures.months) == 60


def test_inputs_of_the_wrong_shape_or_kind_are_refused():
    hours = hours_from("2027-03-01T00", 3)
    with pytest.raises(ValueError, match="shape"):
        run(hours, [MAIL], {"mail": {"within_h": 1, "target": 1.0}}, {"mail": np.ones((1, 4))},
            np.ones((1, 3), bool), np.ones((1, 1), bool), [1])
    with pytest.raises(ValueError, match="kind"):
        run(hours, [ChannelSpec("fax", "paper", 3.0)], {}, {}, np.ones((1, 3), bool), np.ones((1, 1), bool), [1])
    with pytest.raises(ValueError, match="aht_min"):
        run(hours, [ChannelSpec("mail", "deferred", 0.0)], {}, {}, np.ones((1, 3), bool), np.ones((1, 1), bool), [1])


def test_a_channel_without_a_service_level_still_takes_the_seats_time_first_come_first_served():
    # One seat. Hour 0: 15 R-Messe messages of 6 minutes (90 minutes, no service level);
    # hour 1: 10 mails of 6 minutes (60 minutes). Hour 0 serves 60 minutes of messages;
    # hour 1 first the 30 minutes of messages still waiting, then 30 of the mails:
    # within 1 hour 30/60 = 1/2 of the mails, within 2 hours all of them.
    hours = hours_from("2027-03-01T00", 3)
    message = ChannelSpec("message", "deferred", 6.0)
    handled = {"mail": np.array([[0.0, 10.0, 0.0]]), "message": np.array([[15.0, 0.0, 0.0]])}
    for within_h, share in [(1, 0.5), (2, 1.0)]:
        result = run(hours, [MAIL, message], {"mail": {"within_h": within_h, "target": 0.9}}, handled,
                     np.ones((1, 3), bool), np.ones((1, 1), bool), [1])
        assert set(result.candidates[0]) == {"mail"}
        assert result.candidates[0]["mail"].share == pytest.approx(share)
