#!/usr/bin/env python3
"""Independent next-fire oracle for tests/unit/tst_cron_croniter.cpp, built on python3-croniter.

Reads lines "EXPR<TAB>ZONE<TAB>ISO_UTC_INSTANT" on stdin and writes one line per input:

    ANSWER<TAB>WALL<TAB>KIND<TAB>GAP_END<TAB>AFTER_REPEAT<TAB>REPAIR<TAB>RAW<TAB>AWARE

ANSWER        the next fire as a UTC instant (YYYY-MM-DDTHH:MM:SSZ), "none" when croniter finds
              no fire, "error: ..." when croniter rejects the expression.
WALL          the wall-clock time croniter chose (YYYY-MM-DDTHH:MM), or "-".
KIND          how zoneinfo sees WALL: "normal", "skipped" (inside a spring-forward gap) or
              "repeated" (inside a fall-back overlap).
GAP_END       for "skipped": the first instant after the gap (the transition), else "-".
AFTER_REPEAT  when ANSWER is not after the start (the start is in the second pass of a
              repeated hour and WALL maps to its first occurrence): the instant of the first
              later croniter wall time that is after the start, else "-".
REPAIR        "-", or which croniter 1.3.5 defect (below) changed the answer.
RAW           croniter's unrepaired wall-clock answer as a UTC instant, for the record.
AWARE         croniter's own tz-aware answer, for information only (see below).

Wall-clock times come from croniter on naive datetimes; zoneinfo (PEP 495, fold=0) decides
which instant a wall-clock time is. croniter 1.3.5's tz-aware mode is not used for the answer:
it corrects results by the DST delta whenever a transition lies between the start and the
result (logic written for pytz's fixed-offset tzinfo), which with zoneinfo shifts correct
answers by an hour days or months away from any transition ("0 12 * * *" from
2024-03-30T12:00Z in Europe/Berlin gives 2024-03-31T11:00+02:00).

Two defects of croniter 1.3.5 (Debian 12) are worked around, using croniter itself:
- "or-rule": with day-of-month and day-of-week both restricted, croniter searches each half
  and takes the earlier, but a half that can never match (e.g. day 31 in April) raises and
  the whole search fails (taichino/croniter#142). The oracle runs the two halves itself, as
  croniter does, and ignores a half that finds nothing.
- "month-skip": a day-of-month list holding a day the current month lacks (e.g. */10 is
  1,11,21,31 in February) overshoots into the next month and skips its first days
  (pallets-eco/croniter#1, fixed upstream after 1.3.5). Every croniter answer is still a
  matching time, a skip only makes it late, so for such lists the oracle also asks croniter
  from the last minute of each month before its answer and keeps the earliest answer.
"""

import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from croniter.croniter import CroniterBadDateError, CroniterError, croniter

UTC = timezone.utc
MINUTE = timedelta(minutes=1)


def iso_utc(instant):
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_utc(wall, zone, fold=0):
    return wall.replace(tzinfo=zone, fold=fold).astimezone(UTC)


def kind_of(wall, zone):
    first = to_utc(wall, zone, 0)
    if first.astimezone(zone).replace(tzinfo=None) != wall:
        return "skipped"
    if to_utc(wall, zone, 1) != first:
        return "repeated"
    return "normal"


def gap_end(wall, zone):
    # fold=1 reads a skipped time with the offset after the gap (an instant before the
    # transition), fold=0 with the offset before it (an instant after the transition).
    low = int(to_utc(wall, zone, 1).timestamp())
    high = int(to_utc(wall, zone, 0).timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        local = datetime.fromtimestamp(middle, UTC).astimezone(zone).replace(tzinfo=None)
        if local > wall:
            high = middle
        else:
            low = middle
    return datetime.fromtimestamp(high, UTC)


def first_after(expr, wall):
    try:
        return croniter(expr, wall).get_next(datetime)
    except CroniterBadDateError:
        return None


def next_month(wall):
    return datetime(wall.year + wall.month // 12, wall.month % 12 + 1, 1)


class Schedule:
    """croniter's wall-clock search with the two 1.3.5 defects worked around."""

    def __init__(self, expr):
        self.expr = expr
        expanded, _ = croniter.expand(expr)  # raises CroniterBadCronError on bad input
        dom, dow = expanded[2], expanded[4]
        self.halves = [expr]
        if dom[0] != "*" and dow[0] != "*":
            fields = expr.split()
            self.halves = [" ".join(fields[:4] + ["*"]), " ".join(fields[:2] + ["*"] + fields[3:])]
        self.month_skip_possible = dom[0] != "*" and max(dom) >= 29

    def raw_next(self, wall):
        return first_after(self.expr, wall)

    def next(self, wall):
        """Returns (earliest wall time after `wall` or None, repair label)."""
        best = None
        for half in self.halves:
            candidate = self._half_next(half, wall)
            if candidate is not None and (best is None or candidate < best):
                best = candidate
        raw = self.raw_next(wall)
        if best == raw:
            return best, "-"
        return best, "or-rule" if raw is None else "month-skip"

    def _half_next(self, half, wall):
        best = first_after(half, wall)
        if not self.month_skip_possible:
            return best
        month = next_month(wall)
        for _ in range(120):
            if best is None or month > best:
                break
            candidate = first_after(half, month - MINUTE)
            if candidate is not None and candidate < best:
                best = candidate
            month = next_month(month)
        return best


def aware_answer(expr, start):
    try:
        return iso_utc(croniter(expr, start).get_next(datetime))
    except CroniterBadDateError:
        return "none"
    except CroniterError:
        return "error"


def answer(expr, zone_name, iso):
    zone = ZoneInfo(zone_name)
    start = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    local = start.astimezone(zone)
    naive = local.replace(tzinfo=None)
    aware = aware_answer(expr, local)
    try:
        schedule = Schedule(expr)
        raw_wall = schedule.raw_next(naive)
    except CroniterError as error:
        return ["error: %s" % error, "-", "-", "-", "-", "-", "-", aware]
    raw = iso_utc(to_utc(raw_wall, zone)) if raw_wall else "none"
    wall, repair = schedule.next(naive)
    if wall is None:
        return ["none", "-", "-", "-", "-", repair, raw, aware]
    kind = kind_of(wall, zone)
    fire = to_utc(wall, zone)
    gap = iso_utc(gap_end(wall, zone)) if kind == "skipped" else "-"
    after_repeat = "-"
    later = wall
    for _ in range(1000):
        if fire > start or later is None:
            break
        later, _ = schedule.next(later)
        if later is not None and to_utc(later, zone) > start:
            after_repeat = iso_utc(to_utc(later, zone))
            break
    return [iso_utc(fire), wall.strftime("%Y-%m-%dT%H:%M"), kind, gap, after_repeat, repair,
            raw, aware]


def main():
    out = []
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        expr, zone_name, iso = line.split("\t")
        out.append("\t".join(answer(expr, zone_name, iso)))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
