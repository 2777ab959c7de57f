"""Rate limits of the public forms: fixed-window counters in the shared cache, per scope (the
visitor's IP address, the mail address a form was sent for, …).

One semantics everywhere: every attempt counts, then the check. An attempt over the limit is
refused and counted too, so a flood stays refused for the whole window instead of trickling
through whenever an old hit expires.

Each form names its limits as {scope: [(limit, window in seconds), …]} (a single
(limit, window) pair is one window); a setting overrides them scope by scope, and the scopes
it does not name keep their defaults.

Values are hashed with the site's secret, so no address is kept in the cache in the clear.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def count_hit(key, window):
    """Count one hit under `key` for `window` seconds and return the count in the window.

    `add` then `incr` is atomic on Redis; the embedded default's file cache may lose a hit
    that another process counts at the same instant, which a limit for visitors can afford. If
    the key expired between the two, the hit starts a new window.
    """
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        return 1


def windows(limits):
    """[(limit, window), …] from either one (limit, window) pair or a list of them."""
    if len(limits) == 2 and all(isinstance(number, int) for number in limits):
        return [tuple(limits)]
    return [tuple(pair) for pair in limits]


class RateLimits:
    """The limits of one form: `defaults` per scope, overridden by the setting `setting`."""

    def __init__(self, name, defaults, setting):
        self.name = name
        self.defaults = defaults
        self.setting = setting

    def limits(self, scope):
        merged = {**self.defaults, **getattr(settings, self.setting, {})}
        return windows(merged.get(scope, []))

    def attempt(self, **values):
        """Count one attempt for each scope=value, then check them: None while every limit
        holds, otherwise the seconds to wait (the longest window that is over its limit)."""
        exceeded = []
        for scope, value in values.items():
            digest = salted_hmac("glokal.rate-limit", value.strip().lower()).hexdigest()[:32]
            for limit, window in self.limits(scope):
                key = f"glokal:rate:{self.name}:{scope}:{window}:{digest}"
                if count_hit(key, window) > limit:
                    exceeded.append(window)
        return max(exceeded, default=None)
