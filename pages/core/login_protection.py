"""The answer to a sign-in that django-axes has locked out (settings: AXES_LOCKOUT_CALLABLE).

429 Too Many Requests with Retry-After, not axes' bare text: the person at the form reads, in
Wagtail's admin style and in their own language, that signing in is paused and for how long.
The page is the same for every user name, existing or not, and never repeats the name, so a
lockout tells an attacker nothing about which accounts exist.
"""

import ipaddress
import math

from axes.helpers import get_cool_off
from django.shortcuts import render

from pages.core.public_forms.client import client_ip

TEMPLATE = "pages/core/login_locked_out.html"


def sign_in_address(request):
    """The address axes counts failures for (AXES_CLIENT_IP_CALLABLE): the rate limits' rule
    of public_forms/client.py, or None when that is no IP address (a request built without
    REMOTE_ADDR, a garbled trusted header) — axes stores it in an inet column, which
    PostgreSQL refuses anything else for."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else 0
    response = render(
        request,
        TEMPLATE,
        {
            "minutes": max(1, math.ceil(seconds / 60)) if seconds else 0,
            "login_url": request.path,
            "body_class": "login",
        },
        status=429,
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    # Never stored by a shared cache: the answer belongs to one client and one moment.
    response["Cache-Control"] = "no-store"
    return response
