import os

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Keep the whole suite within a few minutes on a 2-core machine.  The default
# profile (the README's `make test`, CI) is derandomized: every run draws the
# same examples, so a result can be reproduced and a CI run is not a lottery.
# Exploring new examples is the work of the other profiles and of the release
# fuzzer (scripts/fuzz.py): HYPOTHESIS_PROFILE=explore make test.
settings.register_profile("default", max_examples=60, deadline=None, derandomize=True)
settings.register_profile("explore", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
