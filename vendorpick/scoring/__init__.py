"""Scoring and ranking of candidates (SPEC sections 4 and 6).

``kernels`` holds the bare numpy formulas (no validation); ``weights``,
``table``, ``sensitivity`` and ``rank`` build on them and validate once;
``explain`` says why the winner won (one sentence, contributions by
criterion); ``report`` is the ``vendorpick rank`` command (message codes live in
vendorpick/messages.py).
"""

