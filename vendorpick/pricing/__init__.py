"""The pricing engine: expected volume, cost of every plan, Monte Carlo risk.

SPEC sections 2, 3 and 6.  Data flows one way:

* :mod:`~vendorpick.pricing.volume` — calendar and forecast → contacts per
  band and month;
* :mod:`~vendorpick.pricing.plans` — a plan's terms and the cost formulas
  (vectorised kernels, no validation);
* :mod:`~vendorpick.pricing.pieces` — a month's cost as an exact
  piecewise-linear function of the volume factor;
* :mod:`~vendorpick.pricing.montecarlo` — scenario factors and horizon totals,
  computed chunk by chunk in bounded memory;
* :mod:`~vendorpick.pricing.breakeven` — crossover volumes between candidates;
* :mod:`~vendorpick.pricing.simulate` — the validated entry point
  :func:`~vendorpick.pricing.simulate.simulate` and its result;
* :mod:`~vendorpick.pricing.report` — ``vendorpick simulate`` (text and JSON).

Nothing here imports Qt or ``scipy.stats``.
"""
