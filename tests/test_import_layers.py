"""The import-linter contracts in pyproject.toml hold, and each one fails on an import that
breaks its layer (checked on a copy of the source tree, so the real one is never touched)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("config", "newsletter", "press", "pages")
# import-linter's command, installed beside the interpreter that runs the tests.
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(tree, *contracts):
    selected = [arg for contract in contracts for arg in ("--contract", contract)]
    return subprocess.run(
        [LINT_IMPORTS, "--no-logo", "--no-cache", *selected],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def source_copy(tmp_path_factory):
    tree = tmp_path_factory.mktemp("layers")
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            tree / package,
            ignore=shutil.ignore_patterns("__pycache__", "templates", "static", "migrations"),
        )
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_project_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# (module that gets the import, the import, the id of the contract that must catch it)
BREAKS = [
    ("pages/core/cache.py", "import pages.calendar.models", "features"),
    ("pages/calendar/queries.py", "import pages.exchange.matching", "features"),
    ("pages/translation/status.py", "import pages.stories.models", "features"),
    ("pages/exchange/matching.py", "import pages.api.page_types", "features"),
    # The re-exporting package imports every feature: caught through the indirect import.
    ("pages/core/seo.py", "import pages.models", "features"),
    ("pages/core/models/taxonomy.py", "import press.models", "apps"),
    ("press/models.py", "import newsletter.models", "apps"),
    ("pages/calendar/models.py", "import pages.calendar.views", "feature-layers"),
    ("pages/exchange/models/offers.py", "import pages.exchange.views", "feature-layers"),
    ("pages/stories/queries.py", "import pages.stories.views", "feature-layers"),
    ("pages/translation/roles.py", "import pages.translation.workflow", "translation-layers"),
    ("newsletter/digest.py", "import pages.exchange.views", "outside-views"),
    ("press/listing.py", "import pages.calendar.views", "outside-views"),
]


@pytest.mark.parametrize(("module", "statement", "contract"), BREAKS)
def test_a_layer_breaking_import_fails_its_contract(source_copy, module, statement, contract):
    path = source_copy / module
    original = path.read_text(encoding="utf-8")
    path.write_text(f"{statement}  # breaks a layer\n{original}", encoding="utf-8")
    try:
        result = lint_imports(source_copy, contract)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0, result.stdout + result.stderr
    assert "1 broken" in result.stdout, result.stdout
    # The report names the offending import.
    assert statement.split()[-1] in result.stdout.split("Broken contracts")[-1], result.stdout
