"""Every `confia.<lib>` import is declared as a dependency of the importing package.

deptry checks third-party imports; it cannot tell our namespace packages apart
(all are `confia`), so this test does that part.
"""

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGES = sorted([*ROOT.glob("libs/*/pyproject.toml"), *ROOT.glob("services/*/pyproject.toml")])


def _confia_imports(source_dir: Path) -> set[str]:
    found = set()
    for path in source_dir.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found |= {f"confia-{n.split('.')[1]}" for n in names if n.startswith("confia.")}
    return found


@pytest.mark.parametrize("pyproject", PACKAGES, ids=lambda p: p.parent.name)
def test_confia_imports_are_declared(pyproject: Path) -> None:
    project = tomllib.loads(pyproject.read_text())["project"]
    declared = {dep.split("[")[0].split(">")[0].strip() for dep in project["dependencies"]}
    imported = _confia_imports(pyproject.parent / "src") - {project["name"]}
    assert imported <= declared, f"undeclared: {sorted(imported - declared)}"


def test_every_package_is_found() -> None:
    assert len(PACKAGES) == 11
