"""The demo store's escalations, as the dashboard's default alert rule (z ≥ 3, at least 3 conflict
events, a six-period baseline) finds them: Kosovo Serbs ↔ Kosovo and Serbia ↔ Kosovo."""

from __future__ import annotations

import pytest

from flashpoint.analysis.alerts import escalation_alerts
from flashpoint.store import open_store

pytestmark = pytest.mark.model


@pytest.mark.parametrize("freq", ["month", "quarter"])
def test_the_kosovo_serb_dyad_opens_alerts_in_2022_and_2023(demo_db, freq):
    with open_store(demo_db, read_only=True) as st:
        alerts = escalation_alerts(st, ("XKX:Serb", "XKX"), freq=freq)
    assert {"2022", "2023"} <= {al.period[:4] for al in alerts}
    for al in alerts:
        assert al.z >= 3 and al.conflict >= 3 and al.drivers
        assert all(d.quad_class in (3, 4) and d.date[:4] == al.period[:4] for d in al.drivers)


def test_serbia_kosovo_keeps_its_alerts_in_2022_and_2023(demo_db):
    with open_store(demo_db, read_only=True) as st:
        alerts = escalation_alerts(st, ("SRB", "XKX"))
    assert {"2022", "2023"} <= {al.period[:4] for al in alerts}
