#!/usr/bin/env python3
"""Where the week-ahead error of a forecast method comes from, on the Anonymous Bank 1999 series.

Data: ../shared/data/anonymous-bank-1999/calls_15min.csv (Technion SEE lab, Guedj & Mandelbaum;
"free for use ... acknowledge the data source"), outside the repository.

For the 8 weekly origins before each slice of scripts/compare_calendar.py (32 weeks, 3 shared by two
slices), the script writes the one-channel plan of that script with history up to the origin, runs
`staffplan forecast --method METHOD` for one week and scores the open, non-holiday intervals:
  wape          the method's WAPE;
  oracle-daily  the same forecast rescaled to each day's true total (its intraday shares kept): what
                perfect daily totals would give, the most any day-level (calendar) model can gain;
  poisson       the WAPE a Poisson count around that oracle would still show, E|X - l| / l summed:
                the floor no forecast of the mean goes under;
  daily         WAPE of the daily totals themselves.
Usage (from the repository root, after `swift build -c release`):
    python3 scripts/forecast_error_parts.py CalendarTopDown [planner]
`planner` declares the calendar as compare_calendar.py's second table does.
"""
import collections
import csv
import datetime as dt
import math
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare_calendar as cc  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "staffplan")


def poisson_mad(mean):
    """E|X - mean| for X ~ Poisson(mean): 2 e^-l l^(k+1) / k!, k = floor(l)."""
    if mean <= 0:
        return 0.0
    k = math.floor(mean)
    return 2 * math.exp(-mean + (k + 1) * math.log(mean) - math.lgamma(k + 1))


def main():
    method = sys.argv[1] if len(sys.argv) > 1 else "CalendarTopDown"
    planner = len(sys.argv) > 2 and sys.argv[2] == "planner"
    holidays = cc.PLANNER_HOLIDAYS if planner else cc.HOLIDAYS
    special = cc.PLANNER_SPECIAL if planner else {}
    data = cc.rows()
    actual = {r["timestamp"][:16]: float(r["count_agent_requests"]) for r in data}
    work = f"/tmp/forecast-error-parts-{os.getpid()}"
    total = collections.Counter()
    for start in cc.SLICES:
        first = dt.date.fromisoformat(start)
        for weeks_before in range(8, 0, -1):
            origin = (first - dt.timedelta(weeks=weeks_before)).isoformat()
            folder = os.path.join(work, origin)
            cc.write_plan(folder, origin, data, holidays, special)
            out = os.path.join(folder, "forecast.csv")
            run = subprocess.run([BINARY, "forecast", "--plan", folder, "--start", origin, "--method", method,
                                  "--out", out], capture_output=True, text=True)
            if run.returncode:
                sys.exit(run.stderr)
            days = collections.defaultdict(list)
            for row in csv.DictReader(open(out)):
                key = row["interval_start"][:16]
                if key in actual and key[:10] not in holidays:
                    days[key[:10]].append((float(row["volume"]), actual[key]))
            week = collections.Counter()
            for pairs in days.values():
                f_day, a_day = sum(f for f, _ in pairs), sum(a for _, a in pairs)
                week["daily"] += abs(f_day - a_day)
                for f, a in pairs:
                    oracle = f / f_day * a_day if f_day > 0 else 0
                    week["wape"] += abs(f - a)
                    week["oracle"] += abs(oracle - a)
                    week["poisson"] += poisson_mad(oracle)
                    week["actual"] += a
            total.update(week)
            print(origin, " ".join(f"{k} {week[k] / week['actual']:.3f}" for k in ("wape", "oracle", "poisson", "daily")),
                  flush=True)
    print("all", method, "planner calendar" if planner else "README holidays",
          " ".join(f"{k} {total[k] / total['actual']:.3f}" for k in ("wape", "oracle", "poisson", "daily")))


if __name__ == "__main__":
    main()
