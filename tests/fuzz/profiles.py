"""The fuzz suite's hypothesis profiles (registered by tests/fuzz/conftest.py).

- "ci" (the default): a fixed number of examples per target, derandomized, so every run on
  every machine sends the same requests and a failure reproduces exactly; no shrinking (the
  first failing example is reported as found); no example database, so nothing is written
  to .hypothesis/.
- "deep" (`make fuzz`, HYPOTHESIS_PROFILE=deep): many more examples per target, random, for a
  search that goes further than CI can afford.

Each test takes its settings from `fuzz_settings()` rather than from the globally loaded
profile, so other test folders' hypothesis tests (if any) keep their own budgets.
"""

import os

from hypothesis import HealthCheck, Phase, settings

# The demo is loaded once per module and each example runs in a savepoint (see conftest.py),
# so function-scoped fixtures are not reset per example on purpose. Requests to rendered
# pages are slow by hypothesis's standards.
SUPPRESSED = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.filter_too_much,
]

# CI reports the first failing example as found: shrinking it would send hundreds of further
# requests, each a page render, and make a failing run many times slower than a passing one.
CI_PHASES = [Phase.explicit, Phase.reuse, Phase.generate]

PROFILES = {
    "ci": {"max_examples": 8, "derandomize": True, "print_blob": False, "phases": CI_PHASES},
    "deep": {"max_examples": 150, "derandomize": False, "print_blob": True},
}


def register():
    for name, options in PROFILES.items():
        settings.register_profile(
            name, database=None, deadline=None, suppress_health_check=SUPPRESSED, **options
        )


def profile_name():
    name = os.environ.get("HYPOTHESIS_PROFILE", "ci")
    return name if name in PROFILES else "ci"


register()


def fuzz_settings(share=1.0):
    """The settings of the active fuzz profile, e.g. `@fuzz_settings()` on a @given test;
    `share` scales its number of examples (a cheaper check gets fewer)."""
    profile = settings.get_profile(profile_name())
    return settings(profile, max_examples=max(1, round(profile.max_examples * share)))
