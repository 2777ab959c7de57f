"""Talking to the stack from outside, as a browser and an operator would: HTTPS through the
proxy (its certificate is self-signed), forms read from the page, and the stack's database."""

import json
from pathlib import Path

import psycopg
import requests
from bs4 import BeautifulSoup


def browser(layout):
    session = requests.Session()
    # Trust the certificate the stack made for itself, and nothing else.
    session.verify = str(layout.state / "tls" / "cert.pem")
    session.trust_env = False  # REQUESTS_CA_BUNDLE would replace `verify`
    session.headers["User-Agent"] = "glokal-stack-test"
    session.base_url = layout.base_url
    return session


def get(session, path, **kwargs):
    return session.get(session.base_url + path, timeout=30, **kwargs)


def post(session, path, data=None, referer=None, **kwargs):
    headers = {"Referer": session.base_url + (referer or path)}
    token = session.cookies.get("csrftoken")
    if token:
        headers["X-CSRFToken"] = token
    return session.post(
        session.base_url + path,
        data=data,
        headers=headers,
        timeout=60,
        allow_redirects=False,
        **kwargs,
    )


def node(response):
    """Which web node answered (the stack's proxy says so in X-Glokal-Node)."""
    return response.headers.get("X-Glokal-Node")


def form_values(html, selector="form"):
    """What a browser would send for the form unchanged: inputs, checked boxes, selected
    options, text areas. Multiple values come as lists."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no {selector} on the page"
    values = {}

    def add(name, value):
        if name in values:
            existing = values[name]
            values[name] = (existing if isinstance(existing, list) else [existing]) + [value]
        else:
            values[name] = value

    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            add(name, field.text)
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            for option in chosen:
                add(name, option.get("value", option.text))
        elif field.get("type") in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                add(name, field.get("value", "on"))
        elif field.get("type") not in {"submit", "button", "file", "image"}:
            add(name, field.get("value", ""))
    return values, form


def options(form, name):
    """The values a select or a group of checkboxes/radios named `name` offers."""
    select = form.find("select", attrs={"name": name})
    if select:
        return [option.get("value") for option in select.find_all("option") if option.get("value")]
    return [box.get("value") for box in form.find_all("input", attrs={"name": name})]


def sign_in(session, username, password):
    get(session, "/admin/login/")
    response = post(
        session,
        "/admin/login/",
        {
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
    )
    assert response.status_code == 302, response.text[:500]
    return response


def database(layout, url=None):
    return psycopg.connect(url or layout.database_url, autocommit=True)


def query(layout, sql, params=(), url=None):
    with database(layout, url) as connection:
        return connection.execute(sql, params).fetchall()


def page_id(layout, app_label, model, language="de"):
    rows = query(
        layout,
        "SELECT p.id, p.url_path FROM wagtailcore_page p "
        "JOIN django_content_type t ON t.id = p.content_type_id "
        "JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE t.app_label = %s AND t.model = %s AND l.language_code = %s AND p.live "
        "ORDER BY p.id",
        (app_label, model, language),
    )
    assert rows, f"no live {app_label}.{model} in {language}"
    return rows[0]


def public_path(url_path, language="de"):
    """/home-de/presse/ (Wagtail's url_path under the locale's root) → /de/presse/."""
    parts = url_path.strip("/").split("/")[1:]
    return "/" + "/".join([language, *parts]) + ("/" if parts else "")


def mails(layout):
    path = Path(layout.state) / "mail.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
