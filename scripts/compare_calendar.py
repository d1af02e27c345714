#!/usr/bin/env python3
"""Calendar-aware forecast (CalendarTopDown) on the full Anonymous Bank 1999 series.

Data: ../shared/data/anonymous-bank-1999/calls_15min.csv (Technion SEE lab, Guedj & Mandelbaum;
"free for use ... acknowledge the data source"), count_agent_requests and aht_seconds per 15
minutes, 1999-01-01 to 1999-10-31 (August missing), outside the repository.

For each slice (forecast start 1999-05-02, 06-06, 08-01, 10-31, all Sundays) the script writes a
one-channel plan with the bank's hours and the holidays of the data's README, runs
`staffplan forecast --backtest` (8 weekly origins, 1 week ahead, refit at each) and reads every
method's WAPE, the calendar factors and the interval coverage; `swift test --filter
CalendarBankData` gives the +/-50 % constants check; statsforecast (when importable) runs
cross_validation with the same origins, scored on the same intervals (open, not a holiday, day
present). Writes docs/forecast-calendar.md.

Usage (from the repository root):
    python3 -m venv /tmp/sfvenv && /tmp/sfvenv/bin/pip install statsforecast pandas   # optional
    /tmp/sfvenv/bin/python scripts/compare_calendar.py      # or python3 without statsforecast
"""
import csv
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "anonymous-bank-1999", "calls_15min.csv"))
SLICES = ["1999-05-02", "1999-06-06", "1999-08-01", "1999-10-31"]
HOLIDAYS = ["1999-04-01", "1999-04-06", "1999-05-21", "1999-09-11", "1999-09-20", "1999-09-25"]
# The calendar as the bank's planner would declare it: the README's list plus the other closed public
# holidays of 1999 that the data shows near zero (04-07 last day of Passover, 04-21 Independence Day,
# 09-12 second day of Rosh Hashana), and the intermediate days of Passover and Sukkot as a special day.
PLANNER_HOLIDAYS = sorted(HOLIDAYS + ["1999-04-07", "1999-04-21", "1999-09-12"])
PLANNER_SPECIAL = {"holiday week": ["1999-04-02", "1999-04-04", "1999-04-05", "1999-09-26", "1999-09-27",
                                    "1999-09-28", "1999-09-29", "1999-09-30"]}
DAY, WEEK, WINDOWS = 96, 672, 8


def rows():
    with open(DATA) as f:
        return list(csv.DictReader(f))


def write_plan(folder, start, data, holidays, special):
    os.makedirs(folder, exist_ok=True)
    specials = "".join(f"  - {{ name: {name}, dates: [{', '.join(dates)}] }}\n" for name, dates in special.items())
    with open(os.path.join(folder, "plan.yaml"), "w") as f:
        f.write(f"""name: Anonymous Bank 1999 (Technion SEE lab)
timezone: Asia/Jerusalem
interval: 15m
week: {start}
shrinkage: 30%
holidays: [{", ".join(holidays)}]
{"special_days:" + chr(10) + specials if specials else ""}channels:
  - id: voice
    kind: voice
    hours: {{ sun-thu: "07:00-24:00", fri: "07:00-14:00", sat: "20:00-24:00" }}
    target: 80/20
""")
    with open(os.path.join(folder, "history.csv"), "w") as f:
        f.write("timestamp,channel,volume,aht_seconds\n")
        for r in data:
            ts = r["timestamp"][:16]
            if ts >= start or ts.startswith("1999-04-02T02:"):  # the spring-forward hour does not exist
                continue
            f.write(f"{ts},voice,{r['count_agent_requests']},{r['aht_seconds']}\n")


def staffplan(binary, folder, start):
    run = subprocess.run([binary, "forecast", "--plan", folder, "--start", start, "--backtest",
                          "--out", os.path.join(folder, "forecast.csv")], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(run.stderr)
    return run.stdout


def parse(text):
    methods = {m.group(2): float(m.group(3)) for m in
               re.finditer(r"^  ([* ])(\S.*?)\s+([0-9.]+)\s+[-0-9.na]+\s+[-+0-9.]+\s+\d+\s+[0-9.inf]+$", text, re.M)}
    chosen = re.search(r"chosen (.*?);", text).group(1)
    return methods, chosen


def statsforecast_wapes(data, start, holiday_sets):
    try:
        import numpy as np
        import pandas as pd
        from statsforecast import StatsForecast
        from statsforecast.models import (SeasonalExponentialSmoothingOptimized, SeasonalNaive,
                                          SeasonalWindowAverage)
    except ImportError:
        return [None] * len(holiday_sets), 0
    by_day = {}
    for r in data:
        by_day.setdefault(r["timestamp"][:10], []).append(float(r["count_agent_requests"]))
    first, end = dt.date(1999, 1, 3), dt.date.fromisoformat(start)
    y, scored = [], [[] for _ in holiday_sets]
    for i in range((end - first).days):
        key = (first + dt.timedelta(days=i)).isoformat()
        row = by_day.get(key)
        hours = {5: range(28, 56), 6: range(80, 96)}.get(i % 7, range(28, 96))
        y += row if row else [np.nan] * DAY
        for k, holidays in enumerate(holiday_sets):
            scored[k] += [row is not None and key not in holidays and q in hours for q in range(DAY)]
    y = np.array(y)
    for t in np.where(np.isnan(y))[0]:  # statsforecast takes no gaps: the same interval a week before
        y[t] = y[t - WEEK] if t >= WEEK else 0
    ds = pd.date_range("1999-01-03", periods=len(y), freq="15min")
    models = [SeasonalNaive(season_length=WEEK), SeasonalWindowAverage(season_length=WEEK, window_size=4),
              SeasonalExponentialSmoothingOptimized(season_length=WEEK)]
    sf = StatsForecast(models=models, freq="15min", n_jobs=1)
    began = time.time()
    cv = sf.cross_validation(df=pd.DataFrame({"unique_id": "voice", "ds": ds, "y": y}), h=WEEK,
                             step_size=WEEK, n_windows=WINDOWS)
    index = {d: i for i, d in enumerate(ds)}
    t = cv["ds"].map(index).to_numpy()
    outs = []
    for k in range(len(holiday_sets)):
        keep = np.array(scored[k])[t]
        actual = cv["y"].to_numpy()[keep]
        out = {}
        for m in models:
            f = np.maximum(0, cv[repr(m)].to_numpy()[keep])
            out[repr(m)] = np.abs(actual - f).sum() / actual.sum()
        outs.append(out)
    return outs, time.time() - began


def table(md, results):
    names = {"SeasWA": "SeasonalWindowAverage(4)", "SeasESOpt": "SeasonalExponentialSmoothingOptimized"}
    md.write("| forecast from | today's choice | its WAPE | CalendarTopDown | change | statsforecast best | its WAPE |\n")
    md.write("|---|---|---|---|---|---|---|\n")
    changes = []
    for start, text, methods, chosen, sf, _ in results:
        old = {k: v for k, v in methods.items() if k != "CalendarTopDown"}
        today = min(old, key=old.get)
        new = methods["CalendarTopDown"]
        changes.append(new / old[today] - 1)
        best = (min(sf, key=sf.get), min(sf.values())) if sf else ("not run", float("nan"))
        md.write(f"| {start} | {today} | {old[today]:.3f} | {new:.3f} | {changes[-1]:+.1%} "
                 f"| {names.get(best[0], best[0])} | {best[1]:.3f} |\n")
    md.write(f"\nMean change of week-ahead WAPE, CalendarTopDown against today's choice: "
             f"{sum(changes) / len(changes):+.1%} over the {len(changes)} slices (the issue's target "
             "was about -15 %); WAPE as `--backtest` prints it, to 3 decimals.\n\n")


def main():
    if not os.path.exists(DATA):
        sys.exit(f"{DATA} is not here")
    subprocess.run(["swift", "build", "--product", "staffplan"], cwd=ROOT, check=True,
                   capture_output=True)
    binary = os.path.join(ROOT, ".build", "debug", "staffplan")
    data = rows()
    work = tempfile.mkdtemp(prefix="bank-calendar-")
    variants = [(HOLIDAYS, {}), (PLANNER_HOLIDAYS, PLANNER_SPECIAL)]
    results = [[], []]
    for start in SLICES:
        sfs, seconds = statsforecast_wapes(data, start, [set(h) for h, _ in variants])
        for k, (holidays, special) in enumerate(variants):
            folder = os.path.join(work, f"{start}-{k}")
            write_plan(folder, start, data, holidays, special)
            text = staffplan(binary, folder, start)
            methods, chosen = parse(text)
            results[k].append((start, text, methods, chosen, sfs[k], seconds))
            print(start, k, chosen, methods.get("CalendarTopDown"), sfs[k])
    test = subprocess.run(["swift", "test", "--filter", "CalendarBankData"], cwd=ROOT, capture_output=True, text=True)
    robustness = [l for l in test.stdout.splitlines() if l.startswith("calendar-bank ")]
    handle = [l for l in test.stdout.splitlines() if l.startswith("calendar-bank-aht ")]

    with open(os.path.join(ROOT, "docs", "forecast-calendar.md"), "w") as md:
        md.write("# Forecasts that know the calendar: the bank's 1999 series\n\n")
        md.write("Written by `scripts/compare_calendar.py` (from the repository root; statsforecast "
                 "rows when it is importable). Data: the \"Anonymous Bank\" call center, Israel, 1999 "
                 "(Technion SEE lab, Ilan Guedj and Avi Mandelbaum; free for use with this "
                 "acknowledgement), `count_agent_requests` per 15 minutes from "
                 "`../shared/data/anonymous-bank-1999/calls_15min.csv`, January to October 1999 "
                 "(August missing), outside the repository.\n\n")
        md.write("Each slice is a one-channel plan (Sunday-Thursday 07:00-24:00, Friday 07:00-14:00, "
                 f"Saturday 20:00-24:00; holidays {', '.join(HOLIDAYS)}, the near-zero days of the "
                 "data's README) forecast from the Sunday named, with `staffplan forecast --backtest`: "
                 "rolling origin, 8 weekly origins, 1 week ahead, refit at each origin, WAPE over open "
                 "intervals with known actuals. *Today's choice* is the lowest WAPE among the methods "
                 "that were candidates before CalendarTopDown (what `forecast` chose before this "
                 "change); statsforecast gets the same series (missing days filled from the week "
                 "before) and is scored on the same intervals.\n\n")
        table(md, results[0])
        md.write("\nConstants at +/-50 % (`swift test --filter CalendarBankData`: profile weight, "
                 "reference weeks, prior spread of the factors, median weeks and base weight all "
                 "scaled, and the pooling of weekday profiles; series from 1999-01-03):\n\n```\n" + "\n".join(sorted(robustness)) + "\n```\n\n")
        md.write("Handle time (`aht_seconds`, mean talk time of served calls) forecast per interval "
                 "over the same origins, volume-weighted mean absolute error without and with the "
                 "calendar factors (`CalendarHandleTime`; same test):\n\n```\n" + "\n".join(sorted(handle))
                 + "\n```\n\n")
        md.write("## The calendar as a planner would declare it\n\n"
                 f"The same slices with the holidays {', '.join(PLANNER_HOLIDAYS)} (the README's list "
                 "and the other closed public holidays of 1999 that the data shows near zero) and a "
                 "special day `holiday week` on the intermediate days of Passover and Sukkot ("
                 + ", ".join(PLANNER_SPECIAL["holiday week"]) + "); the scored intervals leave the "
                 "added holidays out for every method.\n\n")
        table(md, results[1])
        md.write("Reading: the calendar-aware model gains most where the backtest weeks hold many "
                 "calendar days (month starts and ends in every slice; the closures of April and "
                 "September), part of it from its pooled intraday profile. The gain stays far from the issue's -15 %: a "
                 "15-minute count of 10-40 calls carries Poisson noise that no daily model removes, "
                 "and the largest daily misses in these weeks are days no calendar names (the "
                 "recording gap of 03-08, the abnormal 05-23 of the data's README, a level drop "
                 "after the August gap that every method over-forecasts). Declaring the calendar "
                 "fully (second table) helps every method's scoring, and the calendar-aware one "
                 "most. Weekday coverage stays low on Saturday evenings (4 open hours, biased by "
                 "every method) and on the weeks of undeclared holidays. The negative binomial "
                 "intervals hold their coverage in every 2-hour block of the day; the scaled residual "
                 "quantiles they replace reach the same coverage overall with a slightly lower "
                 "interval score by being too wide in quiet hours and too narrow at the peak (the "
                 "`by block` lines below). How much any day-level model could gain at most, "
                 "and where the rest of the error is: docs/forecast-error-parts.md.\n\n")
        for k, title in enumerate(["README holidays", "planner's calendar"]):
            for start, text, methods, chosen, sf, seconds in results[k]:
                md.write(f"## Forecast from {start}, {title}\n\n```\n{text.rstrip()}\n```\n\n")
            if sf:
                md.write("statsforecast: " + ", ".join(f"{k} {v:.4f}" for k, v in sf.items())
                         + f" ({seconds:.0f} s)\n\n")


if __name__ == "__main__":
    main()
