"""A shop's own history of contacts: reading it and fitting the forecast
(SPEC section 9).  Qt-free; the wizard in ``vendorpick/ui`` and the ``fit``
command both call :func:`vendorpick.history.api.fit_files`.

Kept free of imports so that ``vendorpick --help`` stays fast:
``read`` (files → counts), ``history`` (counts → days), ``fit`` (steps 1–8),
``api`` (one call), ``report`` (the command), ``synthetic`` (test shops).
"""
