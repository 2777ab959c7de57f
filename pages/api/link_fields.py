"""Model URL fields in the API without unsafe addresses (pages/core/safe_urls.py).

An event's online and registration links are validated when the page is saved; a value that
reached the database behind that check (a raw update, an old row) is served as "", because
partner sites put what the API gives them into their own pages, without our CSP.
"""

from rest_framework import serializers

from pages.core.safe_urls import safe_url_or_empty


class SafeURLField(serializers.CharField):
    def to_representation(self, value):
        return safe_url_or_empty(super().to_representation(value))
