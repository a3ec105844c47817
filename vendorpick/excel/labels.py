"""Labels of the comparison workbook: English msgids of the core catalogue, by key
(the bands are :data:`vendorpick.vocabulary.BANDS`)."""

from __future__ import annotations

from vendorpick.i18n import N_, NP_, Msg, _
from vendorpick.project.model import BANDS
from vendorpick.vocabulary import CRITERION_KINDS, band_label

LABELS: dict[str, str | Msg] = {
    # sheet names (at most 31 characters, no []:*?/\)
    "sheet_summary": N_("Summary"),
    "sheet_monthly": N_("Monthly cost"),
    "sheet_risk": N_("Risk"),
    "sheet_scoring": N_("Scoring"),
    "sheet_forecast": N_("Forecast"),
    "sheet_quotes": N_("Quotes"),
    "sheet_method": N_("Method"),
    "sheet_channels": N_("Channels and seats"),
    # common columns
    "rank": N_("Rank"),
    "vendor": N_("Vendor"),
    "plan": N_("Plan"),
    "candidate": N_("Candidate (vendor / plan)"),
    "excluded_mark": N_("excluded"),
    "score": N_("Score (0–100)"),
    "total": N_("Total, tax excl."),
    "total_tax": N_("Total, tax incl."),
    "p90": N_("P90 total"),
    "win": N_("Win probability"),
    "price_to_win": N_("Price cut to rank first"),
    "reasons": N_("Reasons"),
    "title_summary": N_("Customer-support outsourcing: comparison of quotes"),
    "report": N_("comparison report"),
    "total_millions": N_("Total, tax excl. (¥ million)"),
    "recommendation": N_("Recommendation"),
    "ranking": N_("Ranking"),
    "excluded": N_("Excluded candidates (must-have not met)"),
    "none_excluded": N_("No candidate was excluded."),
    "assumptions": N_("Key assumptions"),
    "chart_total": N_("Total cost by candidate (tax excl.)"),
    "chart_value": N_("Score against total cost"),
    "chart_monthly": N_("Monthly cost (expected volume)"),
    "yen": N_("Yen"),
    # monthly
    "title_monthly": N_("Monthly cost at the expected volume (yen, tax excl.)"),
    "tax_rate": N_("Consumption tax rate"),
    "events_row": N_("Sale events / peak"),
    "peak_mark": N_("★ busy"),
    "vendor_cost": N_("Paid to the vendor"),
    "uncovered_contacts": N_("Contacts not covered"),
    "uncovered_cost": N_("In-house cost of those"),
    "peak_month": N_("Costliest month"),
    "monthly_note": N_("Shaded: each candidate's costliest month. Totals are formulas over the months."),
    # risk
    "title_risk": N_("Cost risk (Monte Carlo, horizon total, yen tax excl.)"),
    "expected": N_("Expected total"),
    "mean": N_("Mean"),
    "p50": N_("P50 (median)"),
    "p95": "P95",  # the same in both languages
    "p90_excess": N_("P90 above expected"),
    "cheapest": N_("Probability of being cheapest among the ranked candidates"),
    "months_over": N_("Months over budget"),
    "months_over_list": N_("Months over budget (expected volume)"),
    "prob_over": N_("Probability some month is over budget"),
    "scenarios": N_("Scenarios"),
    "seed": N_("Seed"),
    "cv": N_("Volume spread (cv)"),
    "correlation": N_("Correlation between months"),
    "budget": N_("Monthly budget (tax excl.)"),
    "no_budget": NP_("excel.labels", "none"),
    # scoring
    "title_scoring": NP_("excel.labels", "Scoring"),
    "scoring_note": N_("Change a weight in a yellow cell: the normalised scores and totals recalculate."),
    "criterion": N_("Criterion"),
    "crit_id": "ID",  # the same in both languages
    "kind": N_("Kind"),
    "scale_min": N_("Scale min / direction"),
    "scale_max": N_("Scale max"),
    "must_rule": N_("Must-have"),
    "weight": N_("Weight (input)"),
    "weight_norm": N_("Weight, normalised"),
    "raw_values": N_("Values"),
    "normalised": N_("Normalised scores s (0–1)"),
    "live_rank": N_("Rank (recalculated)"),
    "must_results": N_("Must-have results"),
    "result": N_("Result"),
    "passed": N_("passed"),
    "ahp": N_("AHP pairwise comparison"),
    "ahp_weight": N_("Weight (eigenvector)"),
    "lambda_max": "λmax",  # the same in both languages
    "n": N_("n (criteria)"),
    "ci": "CI = (λmax − n)/(n − 1)",  # the same in both languages
    "ri": N_("RI (from the named table)"),
    "cr": "CR = CI / RI",  # the same in both languages
    "ri_table": N_("Random index table"),
    "topsis_note": N_("TOPSIS: the total scores are the engine's values (not formulas); see Method."),
    **{"kind_" + k: v for k, v in CRITERION_KINDS.items()},
    "dir_benefit": N_("higher is better"),
    "dir_cost": N_("lower is better"),
    "yes": N_("yes"),
    "no": N_("no"),
    # forecast
    "title_forecast": N_("Forecast contacts by month and band"),
    "month": N_("Month"),
    "season_index": N_("Seasonal index"),
    "contacts": N_("Contacts"),
    "band_total": N_("Sum of bands"),
    "events": N_("Sale events"),
    "event_name": N_("Event"),
    "start": N_("Start"),
    "end": N_("End"),
    "multiplier": N_("Multiplier"),
    "forecast_note": N_("Bands use the night window 22:00–5:00; each plan's own window is in Quotes."),
    # quotes
    "title_quotes": N_("Quotes as entered"),
    "tax_included": N_("Quoted tax incl."),
    "monthly_fee": N_("Monthly fee"),
    "included": N_("Included contacts"),
    "rate": N_("Rate per contact"),
    "tiers": N_("Tiers"),
    "minimum": N_("Minimum charge"),
    "setup": N_("Setup fee"),
    "night": N_("Night hours"),
    "phases": N_("Staged roll-out"),
    "min_term": N_("Min. term (months)"),
    "notes": N_("Notes"),
    "covers": N_("Covers"),
    "sur_premium": N_("premium"),  # a surcharge as the vendor wrote it: +25%
    "sur_per": N_("per contact"),
    "sur_monthly": N_("monthly option"),
    "beyond": N_("beyond"),
    "up_to": N_("up to"),
    # channels and seats (SPEC 7)
    "title_channels": N_("Channels, billing units and dedicated seats"),
    "channels_note": N_("Rates as quoted (tax as in Quotes). Seat charges and contacts by channel come from the engine's hour-by-hour routing: values, not formulas."),
    "title_units_seats": N_("Billing unit, rates by channel and seats of each quote"),
    "channel": N_("Channel"),
    "channel_kind": N_("Kind"),
    "share_given": N_("Share as entered"),
    "share": N_("Share"),
    "aht_min": N_("Handling time (min)"),
    "unit": N_("Billed by"),
    "rounding": N_("Rounding"),
    "seat_count": N_("Seats"),
    "per_seat_month": N_("Per seat-month"),
    "per_seat_hour": N_("Per seat-hour"),
    "seat_charges": N_("Seat charges (horizon)"),
    "rate_for": N_("Rate"),
    "handled": N_("Handled"),
    "uncovered": N_("Left to the shop"),
    # method
    "title_method": N_("How each figure is computed"),
}


def label(key: str, lang: str) -> str:
    return _(lang, LABELS[key])


def band_list(bands, lang: str) -> str:
    """Bands in the workbook's language, in the order of SPEC section 2:
    ``平日日中、土日祝夜間`` / ``Weekday day, Holiday night``."""
    ordered = [b for b in BANDS if b in set(bands)]
    return ("、" if lang == "ja" else ", ").join(band_label(b, lang) for b in ordered)
