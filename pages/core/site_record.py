"""The default Site record follows the public base URL (GLOKAL_PUBLIC_BASE_URL).

Wagtail builds the absolute URL of every page (canonical and hreflang links, the sitemap,
feeds, link previews, the API's `html_url`) from the Site record's hostname and port, not from
the request. A record left at what Wagtail's first migration creates (localhost, port 80) hands
out links that lead nowhere. `manage.py configure_site` and `manage.py load_demo` both set it
here, so the rule of what a valid address is exists once.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}
# Host names and IPv4 addresses: dot-separated labels of letters, digits and inner hyphens.
HOSTNAME = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$")
HOSTNAME_MAX_LENGTH = 253


class SiteRecordError(ValueError):
    """The default Site cannot be given this address."""


@dataclass(frozen=True)
class SiteAddress:
    hostname: str
    port: int


def site_address(base_url: str) -> SiteAddress:
    """The hostname and port a Site record needs to produce URLs starting with `base_url`."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise SiteRecordError(
            f"{base_url!r} is not a public base URL: expected http:// or https:// and a host "
            "name, e.g. https://www.example.org"
        )
    if parts.username or parts.password or parts.query or parts.fragment or parts.path.strip("/"):
        raise SiteRecordError(
            f"{base_url!r} must name only the scheme, the host and optionally the port: "
            "Wagtail serves a site from the root of its host, without a path or credentials."
        )
    hostname = parts.hostname
    if len(hostname) > HOSTNAME_MAX_LENGTH or not HOSTNAME.match(hostname):
        raise SiteRecordError(
            f"{hostname!r} is not a host name a Site record can hold (IPv6 addresses cannot be "
            "written into Wagtail's page URLs; use a host name)."
        )
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as error:
        raise SiteRecordError(f"{base_url!r} has an invalid port: {error}") from error
    # Site.root_url says https for port 443 and http for every other port, nothing else.
    if (parts.scheme == "https") != (port == 443):
        raise SiteRecordError(
            f"{base_url!r} cannot be a Wagtail Site's address: Wagtail writes https:// only "
            "for port 443 and http:// for every other port."
        )
    return SiteAddress(hostname, port)


def configure_default_site(base_url: str, *, site_name=None, root_page=None) -> list[str]:
    """Point the default Site at `base_url` (and set its name and root page when given).

    Returns one line per field that changed, empty when the record already matched. Nothing is
    written when the address is invalid or another Site already holds it.
    """
    address = site_address(base_url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        if root_page is None:
            raise SiteRecordError(
                "There is no default Site: `manage.py migrate` creates one, and "
                "`manage.py load_demo` one with the demo's home page."
            )
        site = Site(is_default_site=True)
    other = Site.objects.filter(hostname=address.hostname, port=address.port).exclude(pk=site.pk)
    if other.exists():
        raise SiteRecordError(
            f"Another Site already answers at {address.hostname}:{address.port}; change or "
            "delete it in the admin (Settings → Sites) first."
        )
    wanted = {"hostname": address.hostname, "port": address.port}
    if site_name is not None:
        wanted["site_name"] = site_name
    if root_page is not None:
        wanted["root_page_id"] = root_page.pk
    changes = []
    for field, value in wanted.items():
        current = getattr(site, field)
        if current != value:
            changes.append(f"{field}: {current!r} → {value!r}")
            setattr(site, field, value)
    if changes:
        site.save()
    return changes
