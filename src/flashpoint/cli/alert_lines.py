"""What the commands say on stderr about alerts: one line per alert opened, one per delivery pass that
left something unsent, one per rule that could not be evaluated."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..notify.record import EvaluationReport, RecordedAlert
    from ..notify.step import StepReport

__all__ = ["print_step", "print_opened", "alert_line"]


def alert_line(al: RecordedAlert) -> str:
    from ..notify.deliver import summary

    who = f" [{al.rule}]" if al.rule else ""
    return f"{summary(al)}; {al.scope}{who}, id {al.alert_id}"


def print_opened(report: EvaluationReport) -> None:
    for al in report.opened:
        print(f"flashpoint: alert opened: {alert_line(al)}", file=sys.stderr, flush=True)
    for problem in report.problems:
        print(f"flashpoint: warning: {problem}", file=sys.stderr, flush=True)


def print_step(report: StepReport) -> None:
    print_opened(report.evaluation)
    d = report.delivery
    if d.failed or d.pending or d.gave_up:
        print(f"flashpoint: alerts: {d.delivered} sent, {d.failed} attempts failed, {d.pending} waiting to be sent "
              f"again, {d.gave_up} given up", file=sys.stderr, flush=True)
