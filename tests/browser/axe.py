"""Run axe-core in a Playwright page and report WCAG 2.1 A/AA violations readably.

axe-core comes from the npm registry at the version package-lock.json pins (`npm ci` at the
project root puts it in node_modules/); nothing is fetched at run time. The public pages send a
strict Content Security Policy without 'unsafe-inline', which blocks a script element with
inline content, so the page under test comes from a browser context opened with
`bypass_csp=True` (only the scan's context: the journeys keep the real policy).

    context = browser.new_context(bypass_csp=True)
    install(context)                 # axe in every page the context loads, parsed once
    page = context.new_page(); page.goto(url)
    violations = scan(page)
    assert not violations, format_violations(page.url, violations)
"""

from functools import cache
from pathlib import Path

AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# WCAG 2.0 and 2.1, levels A and AA: what BITV 2.0 / EN 301 549 require. No rule is disabled.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RUN = """
async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String),
      html: n.html,
      summary: n.failureSummary,
    })),
  }));
}
"""


@cache
def axe_source() -> str:
    if not AXE_PATH.exists():
        raise FileNotFoundError(
            f"{AXE_PATH} is missing: run `npm ci` in the project root to install axe-core."
        )
    return AXE_PATH.read_text(encoding="utf-8")


def install(context) -> None:
    """Load axe into every document the context opens, before the page's own scripts.

    An init script is sent to the browser once, instead of 0.5 MB with every navigation."""
    axe_source()  # a clear message when `npm ci` was not run
    context.add_init_script(path=AXE_PATH)


def inject(page) -> None:
    """Load axe into the page unless it is there already (install() or an earlier call)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(content=axe_source())


def scan(page, tags=WCAG_TAGS) -> list[dict]:
    """The axe violations of the page as it is now (after any form submission etc.)."""
    inject(page)
    return page.evaluate(_RUN, list(tags))


def format_violations(label: str, violations: list[dict]) -> str:
    """One block per rule: what is wrong, where (CSS selector and HTML), and how to fix it."""
    lines = [f"{label}: {len(violations)} axe rule(s) violated"]
    for violation in violations:
        lines.append(
            f"- [{violation['impact']}] {violation['id']}: {violation['help']}"
            f" ({violation['helpUrl']})"
        )
        for node in violation["nodes"][:5]:
            lines.append(f"    at {' '.join(node['target'])}: {node['html'][:200]}")
            summary = (node.get("summary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)
