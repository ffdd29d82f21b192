"""The metrics catalogue, the runbook that explains it, and the dashboard and alerts built
on it name the same metrics: a renamed metric cannot leave a silent panel or alert."""

import json
import re

from prometheus_client.metrics import MetricWrapperBase

from confia.runtime import metrics
from confia.testing.infrastructure import repo_root

ROOT = repo_root()
OBSERVABILITY = ROOT / "deploy" / "observability"
_SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}


def _declared() -> dict[str, set[str]]:
    """Each metric as documented (`confia_x_total`, `confia_y_seconds`) and its sample names."""
    found: dict[str, set[str]] = {}
    for value in vars(metrics).values():
        if isinstance(value, MetricWrapperBase):
            for family in value.describe():
                suffixes = _SUFFIXES[family.type]
                documented = family.name + ("_total" if family.type == "counter" else "")
                found[documented] = {family.name + suffix for suffix in suffixes}
    return found


def _referenced(text: str) -> set[str]:
    return set(re.findall(r"\bconfia_[a-z_]+\b", text))


def test_the_runbook_explains_every_metric() -> None:
    runbook = (ROOT / "docs" / "runbook.md").read_text()
    assert len(_declared()) >= 9
    for name in _declared():
        assert f"`{name}`" in runbook, name


def test_dashboard_and_alerts_use_only_metrics_that_exist() -> None:
    samples = set().union(*_declared().values())
    dashboard = json.loads((OBSERVABILITY / "grafana-dashboard.json").read_text())
    queries = " ".join(
        target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])
    )
    alerts = (OBSERVABILITY / "alerts.yaml").read_text()
    for source in (queries, alerts):
        unknown = _referenced(source) - samples
        assert not unknown, unknown


def test_every_alert_has_its_runbook_section() -> None:
    runbook = (ROOT / "docs" / "runbook.md").read_text()
    alerts = (OBSERVABILITY / "alerts.yaml").read_text()
    names = re.findall(r"- alert: (\w+)", alerts)
    assert len(names) >= 5
    for name in names:
        assert f"### {name}\n" in runbook, name
        assert f"docs/runbook.md#{name.lower()}" in alerts, name
