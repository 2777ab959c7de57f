"""A test client that counts what it sends, for the suite's closing figure."""

from collections import Counter

from django.test import Client


class RequestCount:
    def __init__(self):
        self.by_method = Counter()
        self.server_errors = 0

    @property
    def total(self):
        return sum(self.by_method.values())

    def summary(self):
        methods = ", ".join(f"{count} {method}" for method, count in sorted(self.by_method.items()))
        return f"fuzz: {self.total} requests ({methods}); {self.server_errors} answered 500 or more"


REQUESTS = RequestCount()


class CountingClient(Client):
    """Django's test client (exceptions of the view are raised, not turned into 500 pages)
    that counts every request it sends."""

    def request(self, **request):
        REQUESTS.by_method[request.get("REQUEST_METHOD", "GET")] += 1
        try:
            response = super().request(**request)
        except Exception:
            REQUESTS.server_errors += 1
            raise
        if response.status_code >= 500:
            REQUESTS.server_errors += 1
        return response
