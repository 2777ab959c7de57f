"""bench/settings.py with the shared cache on Redis, for bench/page_cache_bench.py.

The page cache only works across gunicorn workers (and is purged from another process) on a
shared cache; bench/settings.py's file cache would measure the file system instead of what
production runs. GLOKAL_BENCH_CACHE_URL names the Redis database (one of the benchmark's own),
GLOKAL_BENCH_CACHE_PREFIX keeps the entries of the code checked out before the page cache
apart from today's in the same database. GLOKAL_PAGE_CACHE_SECONDS (config/settings/base.py)
switches the page cache on or off per server.

page_cache_bench.py copies this file into the checkout of the older commit it runs beside.
"""

import os

from bench.settings import *  # noqa: F403

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["GLOKAL_BENCH_CACHE_URL"],
        "KEY_PREFIX": os.environ.get("GLOKAL_BENCH_CACHE_PREFIX", ""),
    }
}
