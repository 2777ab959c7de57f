"""What the fuzzer sends: query strings, headers and form bodies, built from the names and
values an endpoint knows plus everything a client should never send.

Query strings and url-encoded bodies are built as raw text, so they can carry what no
well-behaved client encodes: NUL bytes, overlong and truncated UTF-8 (%C0%AF, %FF, %E2%82),
stray `%`, repeated keys, keys without `=`.
"""

from urllib.parse import quote

from hypothesis import strategies as st

HUGE_NUMBERS = [
    "99999999999999999999",
    "-99999999999999999999",
    str(2**63),
    str(2**63 - 1),
    str(2**31),
    "-1",
    "0",
    "1e400",
    "NaN",
    "-inf",
    "0x10",
    "1_000",
    "٣",  # an Arabic-Indic digit: int() accepts it, databases may not
]
RAW_ESCAPES = [
    "%00",
    "%C0%AF",
    "%FF",
    "%E2%82",
    "%",
    "%%",
    "%zz",
    "%2",
    "+",
    "%2B",
    "%0A",
    "%0D%0A",
]
SEARCH_SYNTAX = [
    '"',
    '""',
    "'",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "*",
    ":",
    "-",
    "^",
    "\\",
    "a:b",
    '"a b',
    "a -b",
    "NEAR(a b)",
    "a OR",
    "&",
    "|",
    "!",
    "<->",
    "{",
    "}",
    "[",
    "%",
    "_",
]
ODD_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\u202e",
    "\ufeff",
    "💥",
    "Wrocław",
    "Ústí",
    "ß" * 3,
    "<b>",
    "'; --",
]
DATES = ["2026-11-21", "2026-02-30", "0000-01-01", "9999-12-31", "2026-13", "2026-11", "yesterday"]
LONG = ["x" * 5000, "9" * 400, "%00" * 300, "a " * 2000]


def encoded(text):
    return quote(text, safe="")


def raw_value(real_values=()):
    """One value, percent-encoded as it goes into a query string or an url-encoded body.

    Where the real values are numbers (ids of a choice field), numbers too large for the
    database come first: they are what reaches a query unchecked."""
    if real_values and all(str(value).isdigit() for value in real_values):
        return st.one_of(st.sampled_from(HUGE_NUMBERS), _raw_value(real_values))
    return _raw_value(real_values)


def _raw_value(real_values):
    plain = st.one_of(
        st.sampled_from(HUGE_NUMBERS),
        st.sampled_from(SEARCH_SYNTAX),
        st.sampled_from(ODD_TEXT),
        st.sampled_from(DATES),
        st.integers().map(str),
        st.text(max_size=30),
        st.lists(st.sampled_from(SEARCH_SYNTAX + ["Forum", "Wrocław", "2026"]), max_size=6).map(
            " ".join
        ),
    )
    options = [plain.map(encoded), st.sampled_from(RAW_ESCAPES), st.sampled_from(LONG)]
    if real_values:
        # Real values (slugs, years, types …) get past the first checks and reach the database.
        options.insert(0, st.sampled_from(sorted(real_values)).map(encoded))
    return st.one_of(*options)


def raw_name(known):
    names = [st.text(min_size=1, max_size=12).map(encoded), st.sampled_from(RAW_ESCAPES)]
    if known:
        names.insert(0, st.sampled_from(sorted(known)))
    return st.one_of(*names)


@st.composite
def query_string(draw, known, real_values=()):
    """`a=1&a=2&b&%FF=%00…`: known names (often repeated) and junk ones with odd values."""
    pairs = draw(
        st.lists(st.tuples(raw_name(known), raw_value(real_values)), max_size=6),
    )
    if pairs and draw(st.booleans()):
        pairs.append(draw(st.sampled_from(pairs)))  # a repeated key
    parts = []
    for name, value in pairs:
        parts.append(
            draw(st.sampled_from([f"{name}={value}", f"{name}=", name, f"{name}={value}"]))
        )
    return "&".join(parts)


LATIN1 = st.characters(min_codepoint=0, max_codepoint=255)
ACCEPT = [
    "text/html",
    "application/json",
    "*/*",
    "*/*; q=0",
    "*/*;q=",
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "application/json; q=0.5, text/html",
    "text/html;q=abc",
    "application/xml",
    "text/calendar",
    "application/rss+xml",
    "application/atom+xml",
    "image/*",
    "garbage",
    ";;;",
    "",
    "application/json; indent=4",
    "application/json; indent=-99999999999999999999",
    "application/json; version=9",
]
ACCEPT_LANGUAGE = [
    "de",
    "pl-PL,pl;q=0.9",
    "cs",
    "en-US,en;q=0.9,*;q=0.1",
    "xx",
    "*",
    "de;q=abc",
    "",
    "zh-Hant-TW",
    "a" * 500,
    "de-" + "x" * 200,
    ",,,;",
    "pl;q=99999999999999999999",
]
OTHER_HEADERS = {
    "Accept-Encoding": ["gzip", "br", "identity;q=0", "*;q=0", "garbage"],
    "Accept-Charset": ["utf-8", "latin-1", "utf-7", "garbage"],
    "If-None-Match": ['"abc"', "*", 'W/"x"', "garbage", '"' * 3],
    "If-Modified-Since": [
        "Wed, 21 Oct 2015 07:28:00 GMT",
        "garbage",
        "0",
        "Sun, 31 Dec 9999 23:59:59 GMT",
    ],
    "If-Range": ["garbage", '"x"'],
    "Range": ["bytes=0-1", "bytes=-1", "bytes=9999999999999999999-", "bytes=a-b", "lines=1-2"],
    "X-Forwarded-For": [
        "203.0.113.7",
        "garbage",
        "::1, 999.999.1.1",
        "",
        "1.1.1.1, " * 50,
        "unknown",
        "[::1]:80",
    ],
    "X-Forwarded-Proto": ["https", "garbage"],
    "Content-Type": [
        "application/json",
        "text/plain; charset=utf-7",
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "application/x-www-form-urlencoded; charset=garbage",
        "garbage",
    ],
    "Cookie": [
        "sessionid=garbage",
        "django_language=xx",
        "django_language=" + "x" * 300,
        "csrftoken=%00",
        "=;=;;",
    ],
    "Referer": ["https://evil.example/", "garbage", ""],
    "User-Agent": ["", "\x00", "Mozilla/5.0", "x" * 3000],
    "Origin": ["null", "https://evil.example"],
    "Authorization": ["Basic Z2FyYmFnZQ==", "Basic %%%", "Bearer x", "Basic " + "A" * 500],
}


def header_value(choices):
    return st.one_of(st.sampled_from(choices), st.text(LATIN1, max_size=40))


@st.composite
def headers(draw):
    """A few request headers, each a known odd value or latin-1 noise."""
    chosen = {}
    if draw(st.booleans()):
        chosen["Accept"] = draw(header_value(ACCEPT))
    if draw(st.booleans()):
        chosen["Accept-Language"] = draw(header_value(ACCEPT_LANGUAGE))
    names = draw(st.lists(st.sampled_from(sorted(OTHER_HEADERS)), max_size=3, unique=True))
    for name in names:
        chosen[name] = draw(header_value(OTHER_HEADERS[name]))
    return chosen


# --- Form bodies ---------------------------------------------------------------------------


@st.composite
def form_pairs(draw, fields):
    """[(name, value)] for a form with `fields` ({name: [good values]}): the good values of
    the form with a few fields replaced by junk, dropped or repeated, and junk fields added.
    With no mutation drawn (hypothesis tries that first) the submission is valid."""
    pairs = [(name, encoded(draw(st.sampled_from(values)))) for name, values in fields.items()]
    mutations = draw(st.integers(min_value=0, max_value=4))
    names = sorted(fields)
    for _ in range(mutations):
        action = draw(st.sampled_from(["junk", "drop", "repeat", "extra"]))
        if action == "extra" or not pairs:
            pairs.append((draw(raw_name(names)), draw(raw_value())))
            continue
        index = draw(st.integers(min_value=0, max_value=len(pairs) - 1))
        name = pairs[index][0]
        if action == "junk":
            pairs[index] = (name, draw(raw_value(fields.get(name, ()))))
        elif action == "drop":
            pairs.pop(index)
        else:
            pairs.append((name, draw(raw_value(fields.get(name, ())))))
    return pairs


ODD_FILES = [
    ("empty.pdf", b"", "application/pdf"),
    ("x.pdf", b"%PDF-1.4 not really", "application/pdf"),
    ("bomb.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
    ("../../etc/passwd", b"root:x:0:0", "text/plain"),
    ("\x00.txt", b"nul", "text/plain"),
    ("a" * 300 + ".jpg", b"\xff\xd8\xff", "image/jpeg"),
]
