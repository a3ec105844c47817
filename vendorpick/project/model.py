"""The project document of SPEC section 1 as pydantic models.

Field names are the file's keys (``from`` is ``from_`` in Python).  Rules of one object are validators
here; rules across objects (unique names, scores of criteria, AHP) are in :mod:`vendorpick.project.checks`.
Validators that point below their own object raise :class:`PydanticCustomError` with an ``at`` entry
in the context, a list of path parts that :mod:`vendorpick.project.io` appends to the location.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from vendorpick.project import months as _months
from vendorpick.project.service_model import ServiceLevelSetting

FORMAT = "vendorpick/2"
BANDS: tuple[str, ...] = ("weekday_day", "weekday_night", "holiday_day", "holiday_night")
SURCHARGE_BANDS: tuple[str, ...] = ("weekday_night", "holiday_day", "holiday_night")
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Band = str
_MONTH_RE = re.compile(r"^([0-9]{4})-([0-9]{2})$")  # ASCII digits only: "２０２７-０１" is refused
FIRST_YEAR, LAST_MONTH = 1900, "9998-12"  # the calendar (and the month after the horizon) ends in 9999

# SPEC section 5: figures no shop could be quoted are refused as typing errors,
# so that every figure the engine derives stays finite, exact and printable.
MAX_AMOUNT = 1e12  # yen
MAX_COUNT = 1e9  # contacts (also base × seasonal index), minutes, seats, months, weights, scores
MAX_MULTIPLIER = 100.0  # day weights, events, surcharges, tax rate, cv
MAX_GROWTH = 10.0  # growth per year (1,000 %)
MAX_SEED = 2**63 - 1


def fail(code: str, message: str, at: list | None = None, **ctx: Any) -> PydanticCustomError:
    """A custom validation error; ``at`` is a path below the validated object."""
    if at is not None:
        ctx["at"] = at
    return PydanticCustomError(code, message, ctx)


class Strict(BaseModel):
    """Base of every document object: unknown keys refused, no NaN or infinity."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_default=False)


def check_nonempty(value: str) -> str:
    if not value.strip():
        raise fail("vp_nonempty", "must not be empty")
    return value


#: text that must not be empty after trimming (names, ids)
NonEmpty = Annotated[str, AfterValidator(check_nonempty)]


def check_month(value: str) -> str:
    m = _MONTH_RE.fullmatch(value)
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < FIRST_YEAR:
        raise fail("vp_month", "must be a month YYYY-MM")
    return value


def check_bands(values: list[str], at_prefix: list | None = None) -> list[str]:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value not in BANDS:
            raise fail("vp_band", "unknown band", at=[i], value=value)
        if value in seen:
            raise fail("vp_duplicate_band", "band listed twice", at=[i], value=value)
        seen.add(value)
    return values


def check_profile(values: list[float]) -> list[float]:
    if len(values) != 24:
        raise fail("vp_length", "must have exactly 24 values", n=24)
    for i, v in enumerate(values):
        if v < 0:
            raise fail("greater_than_equal", "must be >= 0", at=[i], ge=0)
        if v > MAX_COUNT:
            raise fail("less_than_equal", "must be <= 1e9", at=[i], le=MAX_COUNT)
    if not sum(values) > 0:
        raise fail("vp_profile_sum", "the values must add up to more than 0")
    return values


# --------------------------------------------------------------------- forecast


class DayWeights(Strict):
    mon: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    tue: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    wed: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    thu: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    fri: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    sat: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    sun: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    holiday: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)

    def by_weekday(self) -> list[float]:
        """Weights Monday first, as ``datetime.date.weekday()`` numbers them."""
        return [getattr(self, d) for d in WEEKDAYS]


class Event(Strict):
    name: str = ""
    start: dt.date
    end: dt.date
    multiplier: float = Field(ge=0, le=MAX_MULTIPLIER)
    # start ≤ end is checked with the rules across objects
    # (vendorpick.project.checks), which run even when a field here is bad.


class Uncertainty(Strict):
    cv: float = Field(0.2, ge=0, le=MAX_MULTIPLIER)
    correlation: float = Field(0.5, ge=0, le=1)


#: the one channel of a project without ``forecast.channels`` (SPEC 7)
ALL_CHANNEL = "all"
LIVE_BY_DEFAULT = ("phone", "chat")


class Channel(Strict):
    """One way contacts arrive (SPEC 7); rules across objects: project/channel_checks.py."""

    id: NonEmpty
    name: str = ""
    kind: Literal["live", "deferred"] | None = None
    share: float = Field(ge=0, le=MAX_COUNT)
    aht_min: float | None = Field(None, gt=0, le=MAX_COUNT)
    hourly_profile: list[float] | None = None
    holiday_hourly_profile: list[float] | None = None

    @field_validator("hourly_profile", "holiday_hourly_profile")
    @classmethod
    def _profile(cls, values: list[float] | None) -> list[float] | None:
        return None if values is None else check_profile(values)

    @property
    def channel_kind(self) -> str:
        """``kind``, or its default by id: live for phone and chat, else deferred."""
        if self.kind is not None:
            return self.kind
        return "live" if self.id in LIVE_BY_DEFAULT else "deferred"

    def profiles(self, forecast: Forecast) -> tuple[list[float], list[float]]:
        """(weekday-type, holiday-type) profiles: its own (one given: on both), else the forecast's."""
        if self.hourly_profile is None and self.holiday_hourly_profile is None:
            return forecast.hourly_profile, forecast.holiday_profile()
        weekday = self.hourly_profile or forecast.hourly_profile
        return weekday, self.holiday_hourly_profile or weekday


class Forecast(Strict):
    base_monthly_contacts: float = Field(ge=0, le=MAX_COUNT)
    monthly_index: list[float] = Field(default_factory=lambda: [1.0] * 12)
    growth_per_year: float = Field(0.0, gt=-1, le=MAX_GROWTH)
    day_weights: DayWeights = Field(default_factory=DayWeights)
    hourly_profile: list[float] = Field(default_factory=lambda: [1.0] * 24)
    holiday_hourly_profile: list[float] | None = None
    events: list[Event] = Field(default_factory=list)
    uncertainty: Uncertainty = Field(default_factory=Uncertainty)
    channels: list[Channel] | None = None

    @field_validator("monthly_index")
    @classmethod
    def _index(cls, values: list[float]) -> list[float]:
        if len(values) != 12:
            raise fail("vp_length", "must have exactly 12 values", n=12)
        for i, v in enumerate(values):
            if v < 0:
                raise fail("greater_than_equal", "must be >= 0", at=[i], ge=0)
            if v > MAX_COUNT:  # base 1 with the month's contacts as its index is allowed
                raise fail("less_than_equal", "must be <= 1e9", at=[i], le=MAX_COUNT)
        return values

    @field_validator("hourly_profile")
    @classmethod
    def _hourly(cls, values: list[float]) -> list[float]:
        return check_profile(values)

    @field_validator("holiday_hourly_profile")
    @classmethod
    def _holiday_hourly(cls, values: list[float] | None) -> list[float] | None:
        return None if values is None else check_profile(values)

    def holiday_profile(self) -> list[float]:
        """The profile for holiday-type days (the weekday one when not given)."""
        return self.holiday_hourly_profile or self.hourly_profile

    def channel_list(self) -> list[Channel]:
        """The declared channels, or the one live channel ``all`` of share 1 (SPEC 7)."""
        return list(self.channels) if self.channels is not None else [Channel(id=ALL_CHANNEL, share=1.0, kind="live")]


# ------------------------------------------------------------------------ plans


class Tier(Strict):
    up_to: float | None = Field(None, le=MAX_COUNT)
    rate: float = Field(ge=0, le=MAX_AMOUNT)


class NightHours(Strict):
    start: int = Field(22, ge=0, le=23)
    end: int = Field(5, ge=0, le=23)


class Surcharge(Strict):
    multiplier: float = Field(1.0, ge=0, le=MAX_MULTIPLIER)
    per_contact: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    monthly: float = Field(0.0, ge=0, le=MAX_AMOUNT)


class Phase(Strict):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from")
    coverage: list[str]

    @field_validator("from_")
    @classmethod
    def _from(cls, value: str) -> str:
        return check_month(value)

    @field_validator("coverage")
    @classmethod
    def _coverage(cls, values: list[str]) -> list[str]:
        return check_bands(values)


class Seats(Strict):
    """A dedicated team (SPEC 7): count × (per_seat_month + per_seat_hour × open hours)."""

    count: float = Field(ge=0, le=MAX_COUNT)
    per_seat_month: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    per_seat_hour: float = Field(0.0, ge=0, le=MAX_AMOUNT)

    @field_validator("count")
    @classmethod
    def _whole(cls, value: float) -> float:
        if not float(value).is_integer():
            raise fail("vp_seat_count_whole", "a whole number of seats", value=_num(value))
        return value


class Plan(Strict):
    name: NonEmpty
    monthly_fee: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    included: float = Field(0.0, ge=0, le=MAX_COUNT)
    rate: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    tiers: list[Tier] | None = None
    minimum_monthly_charge: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    setup_fee: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    night_hours: NightHours = Field(default_factory=NightHours)
    coverage: list[str] = Field(default_factory=lambda: list(BANDS))
    surcharges: dict[str, Surcharge] = Field(default_factory=dict)
    tax_included: bool = False
    min_term_months: int = Field(0, ge=0, le=MAX_COUNT)
    phases: list[Phase] = Field(default_factory=list)
    channels: list[NonEmpty] | None = None
    unit: Literal["contact", "minute"] = "contact"
    rounding: Literal["none", "per_contact"] = "none"
    rates: dict[str, Annotated[float, Field(ge=0, le=MAX_AMOUNT)]] | None = None
    seats: Seats | None = None
    notes: str = ""
    extra: dict[str, Any] = Field(default_factory=dict)

    @field_validator("coverage")
    @classmethod
    def _coverage(cls, values: list[str]) -> list[str]:
        return check_bands(values)

    @field_validator("surcharges")
    @classmethod
    def _surcharges(cls, values: dict[str, Surcharge]) -> dict[str, Surcharge]:
        for key in values:
            if key == "weekday_day":
                raise fail("vp_no_weekday_day_surcharge", "no weekday_day surcharge", at=[key])
            if key not in SURCHARGE_BANDS:
                raise fail("vp_band", "unknown band", at=[key], value=key)
        return values

    @field_validator("tiers")
    @classmethod
    def _tiers(cls, tiers: list[Tier] | None) -> list[Tier] | None:
        if tiers is None:
            return None
        if not tiers:
            raise fail("too_short", "at least one tier", min_length=1)
        prev: float | None = None
        for i, tier in enumerate(tiers):
            last = i == len(tiers) - 1
            if tier.up_to is None and not last:
                raise fail("vp_tiers_only_last_open", "only last open", at=[i, "up_to"])
            if tier.up_to is not None:
                if last:
                    raise fail("vp_tiers_last_open", "last must be open", at=[i, "up_to"])
                if not tier.up_to > 0:
                    raise fail("vp_tiers_positive", "up_to > 0", at=[i, "up_to"])
                if prev is not None and not tier.up_to > prev:
                    raise fail(
                        "vp_tiers_increasing", "increasing", at=[i, "up_to"],
                        prev=_num(prev), value=_num(tier.up_to),
                    )
                prev = tier.up_to
        return tiers

    @field_validator("phases")
    @classmethod
    def _phases(cls, phases: list[Phase]) -> list[Phase]:
        for i in range(1, len(phases)):
            a, b = phases[i - 1].from_, phases[i].from_
            if _months.month_index(b) <= _months.month_index(a):
                raise fail("vp_phase_order", "month order", at=[i, "from"], prev=a, value=b)
        return phases

    def surcharge(self, band: str) -> Surcharge:
        """The surcharge of a band (none for weekday_day or when not given)."""
        return self.surcharges.get(band) or Surcharge()


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# ---------------------------------------------------------------------- vendors


def _check_scores(values: dict[str, Any]) -> dict[str, Any]:
    for key, value in values.items():
        ok = isinstance(value, bool) or (
            isinstance(value, int | float) and abs(value) < math.inf
        )
        if not ok:
            raise fail("vp_score_value", "must be a number, true or false", at=[key])
        if not isinstance(value, bool) and abs(value) > MAX_COUNT:
            raise fail("less_than_equal", "must be <= 1e9", at=[key], le=MAX_COUNT)
    return values


class Evaluation(Strict):
    evaluator: NonEmpty
    scores: dict[str, Any] = Field(default_factory=dict)

    @field_validator("scores")
    @classmethod
    def _scores(cls, values: dict[str, Any]) -> dict[str, Any]:
        return _check_scores(values)


class Vendor(Strict):
    name: NonEmpty
    scores: dict[str, Any] = Field(default_factory=dict)
    evaluations: list[Evaluation] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)
    notes: str = ""
    extra: dict[str, Any] = Field(default_factory=dict)

    @field_validator("scores")
    @classmethod
    def _scores(cls, values: dict[str, Any]) -> dict[str, Any]:
        return _check_scores(values)


# --------------------------------------------------------------------- criteria

CriterionKind = Literal["cost", "rating", "number", "yes_no", "service"]
_KIND_KEYS: dict[str, set[str]] = {
    "cost": {"basis"},
    "rating": {"min", "max", "must_min", "must_max"},
    "number": {"direction", "must_min", "must_max"},
    "yes_no": {"must"}, "service": {"channel", "must_min"},  # service: a share computed (SPEC 8)
}
_OPTIONAL_KEYS = {"basis", "min", "max", "must_min", "must_max", "direction", "must", "channel"}


class Criterion(Strict):
    id: NonEmpty
    name: str = ""
    kind: CriterionKind
    weight: float = Field(1.0, ge=0, le=MAX_COUNT)
    basis: Literal["total", "p90"] | None = None
    min: float | None = Field(None, ge=-MAX_COUNT, le=MAX_COUNT)
    max: float | None = Field(None, ge=-MAX_COUNT, le=MAX_COUNT)
    direction: Literal["benefit", "cost"] | None = None
    must_min: float | None = Field(None, ge=-MAX_COUNT, le=MAX_COUNT)
    must_max: float | None = Field(None, ge=-MAX_COUNT, le=MAX_COUNT)
    must: bool | None = None
    channel: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _kind_rules(self) -> Criterion:
        allowed = _KIND_KEYS[self.kind]
        for key in sorted(_OPTIONAL_KEYS - allowed):
            if getattr(self, key) is not None:
                raise fail("vp_key_not_for_kind", "key not for kind", at=[key], key=key, kind=self.kind)
        if self.kind == "number" and self.direction is None:
            raise fail("vp_direction_required", "direction required", at=["direction"])
        if self.kind == "rating" and not self.scale_min < self.scale_max:
            raise fail("vp_min_below_max", "min < max", at=["min"],
                       min=_num(self.scale_min), max=_num(self.scale_max))
        if self.kind in ("number", "service"):
            for key in ("must_min", "must_max"):
                if getattr(self, key) is not None and getattr(self, key) < 0:
                    raise fail("greater_than_equal", ">= 0", at=[key], ge=0)
        if self.kind == "rating":
            for key in ("must_min", "must_max"):
                value = getattr(self, key)
                if value is not None and not self.scale_min <= value <= self.scale_max:
                    raise fail("vp_must_outside_scale", "outside the scale", at=[key], value=_num(value),
                               min=_num(self.scale_min), max=_num(self.scale_max))
        if self.must_min is not None and self.must_max is not None and self.must_min > self.must_max:
            raise fail("vp_must_range", "must range", at=["must_min"],
                       min=_num(self.must_min), max=_num(self.must_max))
        return self

    @property
    def label(self) -> str:
        """The name to show (the id when no name is given)."""
        return self.name or self.id

    @property
    def scale_min(self) -> float:
        return 1.0 if self.min is None else self.min

    @property
    def scale_max(self) -> float:
        return 5.0 if self.max is None else self.max

    @property
    def cost_basis(self) -> str:
        return self.basis or "total"


def default_criteria() -> list[Criterion]:
    return [Criterion(id="cost", name="費用", kind="cost", basis="total", weight=1.0)]


class Weighting(Strict):
    method: Literal["direct", "ahp", "rank"] = "direct"
    pairwise: list[list[Annotated[float, Field(le=MAX_COUNT)]]] | None = None


class Scoring(Strict):
    method: Literal["weighted_sum", "topsis"] = "weighted_sum"
    weight_concentration: float = Field(50.0, gt=0, le=MAX_COUNT)


class Settings(Strict):
    in_house_cost_per_contact: float = Field(0.0, ge=0, le=MAX_AMOUNT)
    required_bands: list[str] = Field(default_factory=list)
    extra_holidays: list[dt.date] = Field(default_factory=list)
    tax_rate: float = Field(0.10, ge=0, le=MAX_MULTIPLIER)
    scenarios: int = Field(10000, ge=100, le=1_000_000)
    seed: int = Field(0, ge=0, le=MAX_SEED)
    monthly_budget: float | None = Field(None, ge=0, le=MAX_AMOUNT)
    service_levels: dict[str, ServiceLevelSetting] = Field(default_factory=dict)  # SPEC 8; rules: service_levels.py

    @field_validator("required_bands")
    @classmethod
    def _bands(cls, values: list[str]) -> list[str]:
        return check_bands(values)


class Project(Strict):
    format: Literal["vendorpick/2"]
    name: str = ""
    currency: str = "JPY"
    start: str
    months: int = Field(12, ge=1, le=60)
    forecast: Forecast
    vendors: list[Vendor] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=default_criteria)
    weighting: Weighting = Field(default_factory=Weighting)
    scoring: Scoring = Field(default_factory=Scoring)
    settings: Settings = Field(default_factory=Settings)
    extra: dict[str, Any] = Field(default_factory=dict)

    @field_validator("start")
    @classmethod
    def _start(cls, value: str) -> str:
        return check_month(value)

    @property
    def month_labels(self) -> list[str]:
        """``["2027-01", "2027-02", ...]`` for the horizon."""
        return _months.month_labels(self.start, self.months)

    def criterion(self, criterion_id: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)
