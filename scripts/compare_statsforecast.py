#!/usr/bin/env python3
"""Compare staffplan's forecasters with Nixtla statsforecast on the bank's voice channel.

Same series (Data/bank-voice-15min.csv), same rolling origins (the last 8 weeks, 1 week ahead,
refit at each origin), same scored intervals (open hours of the bank, holidays 04-01, 04-06,
05-21 closed, known actuals). statsforecast gets the raw 15-minute counts with the two missing
days (1999-01-11/12) filled with the same day one week earlier, since it cannot take gaps.
staffplan's figures come from its Swift test, run by this script.

Usage (from the repository root):
    python3 -m venv /tmp/sfvenv && /tmp/sfvenv/bin/pip install statsforecast pandas
    /tmp/sfvenv/bin/python scripts/compare_statsforecast.py
Writes docs/forecast-vs-statsforecast.md.
"""
import datetime as dt
import os
import re
import subprocess
import sys
import time

import numpy as np
import pandas as pd
from statsforecast import StatsForecast
from statsforecast.models import (MSTL, SeasonalExponentialSmoothingOptimized, SeasonalNaive,
                                  SeasonalWindowAverage)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAY, WEEK, WINDOWS = 96, 672, 8
HOLIDAYS = {"1999-04-01", "1999-04-06", "1999-05-21"}


def load():
    raw = pd.read_csv(os.path.join(ROOT, "Data/bank-voice-15min.csv"))
    by_day = {d: g["volume"].to_numpy(float) for d, g in raw.groupby(raw["timestamp"].str[:10])}
    first, last = dt.date(1999, 1, 3), dt.date.fromisoformat(max(by_day))
    values, open_, known = [], [], []
    for i in range((last - first).days + 1):
        key = (first + dt.timedelta(days=i)).isoformat()
        row = by_day.get(key)
        known += [row is not None] * DAY
        values.append(row if row is not None else np.full(DAY, np.nan))
        hours = {5: range(28, 56), 6: range(80, 96)}.get(i % 7, range(28, 96))
        open_ += [key not in HOLIDAYS and q in hours for q in range(DAY)]
    y = np.concatenate(values)
    filled = y.copy()
    for t in np.where(np.isnan(filled))[0]:
        filled[t] = filled[t - WEEK]
    return filled, np.array(open_), np.array(known)


def statsforecast_wape(y, open_, known):
    n = len(y)
    ds = pd.date_range("1999-01-03", periods=n, freq="15min")
    df = pd.DataFrame({"unique_id": "voice", "ds": ds, "y": y})
    models = [SeasonalNaive(season_length=WEEK),
              SeasonalWindowAverage(season_length=WEEK, window_size=4),
              SeasonalExponentialSmoothingOptimized(season_length=WEEK),
              MSTL(season_length=[DAY, WEEK])]
    sf = StatsForecast(models=models, freq="15min", n_jobs=1)
    started = time.time()
    cv = sf.cross_validation(df=df, h=WEEK, step_size=WEEK, n_windows=WINDOWS)
    seconds = time.time() - started
    index = {d: i for i, d in enumerate(ds)}
    t = cv["ds"].map(index).to_numpy()
    scored = open_[t] & known[t]
    actual = cv["y"].to_numpy()[scored]
    out = {}
    for m in models:
        f = np.maximum(0, cv[repr(m)].to_numpy()[scored])
        out[repr(m)] = np.abs(actual - f).sum() / actual.sum()
    return out, seconds


def staffplan_figures():
    run = subprocess.run(["swift", "test", "--filter", "ForecastModelsBankData"], cwd=ROOT,
                         capture_output=True, text=True)
    lines = [l for l in run.stdout.splitlines() if l.startswith("bank ")]
    if not lines:
        sys.exit("no staffplan figures in the test output:\n" + run.stdout[-2000:] + run.stderr[-2000:])
    return lines


def main():
    y, open_, known = load()
    sf, seconds = statsforecast_wape(y, open_, known)
    ours = staffplan_figures()
    rows = []
    for line in ours:
        m = re.match(r"bank backtest (.*): WAPE ([0-9.]+)(?: MASE ([0-9.na]+) bias ([-0-9.e]+) heldOutCoverage ([0-9.na]+))?", line)
        if m:
            cov = f"{float(m.group(5)):.1%}" if m.group(5) and m.group(5) != "nan" else ""
            rows.append(("staffplan", m.group(1), float(m.group(2)), cov))
    names = {"SeasWA": "SeasonalWindowAverage(window_size=4)",
             "SeasESOpt": "SeasonalExponentialSmoothingOptimized", "MSTL": "MSTL(season_length=[96, 672])"}
    for name, wape in sf.items():
        rows.append(("statsforecast", names.get(name, name), wape, ""))
    chosen = next((l for l in ours if l.startswith("bank chosen")), "")
    for who, name, wape, cov in rows:
        print(f"{who:14} {name:58} WAPE {wape:.4f} {cov}")
    print(chosen)
    with open(os.path.join(ROOT, "docs/forecast-vs-statsforecast.md"), "w") as md:
        md.write("# staffplan vs statsforecast on the bank's voice channel\n\n")
        md.write("Written by `scripts/compare_statsforecast.py` (run: `/tmp/sfvenv/bin/python "
                 "scripts/compare_statsforecast.py` from the repository root, with statsforecast "
                 f"{__import__('statsforecast').__version__} from PyPI in a venv).\n\n")
        md.write("Series: `Data/bank-voice-15min.csv`, calls offered to agents per 15 minutes, "
                 "1999-01-03 to 1999-06-26 (25 weeks). Rolling origin over the last 8 weeks, "
                 "1 week (672 intervals) ahead, refit at each origin. Scored: open intervals "
                 "(Sun-Thu 07:00-24:00, Fri 07:00-14:00, Sat 20:00-24:00; holidays 04-01, 04-06, "
                 "05-21 closed) with known actuals, the same set for every method. WAPE = "
                 "sum|actual - forecast| / sum actual.\n\n")
        md.write("staffplan's methods skip closed intervals and remove outlier days before each fit "
                 "(except the row marked *no outlier removal*); statsforecast gets the raw series "
                 "(missing days filled from the week before), as a user of it would. Coverage: "
                 "80 % intervals, leave-one-week-out over the 8 backtest weeks.\n\n")
        md.write(f"| library | method | WAPE | 80 % interval coverage |\n|---|---|---|---|\n")
        for who, name, wape, cov in rows:
            md.write(f"| {who} | {name} | {wape:.4f} | {cov} |\n")
        md.write(f"\nstaffplan: `{chosen}` (days counted from 1999-01-03 = day 0)\n\n")
        plain = next(w for who, n, w, _ in rows if n.endswith("(no outlier removal)"))
        picked = next((w for who, n, w, _ in rows if who == "staffplan" and n in chosen), float("nan"))
        md.write(f"Automatic choice vs plain seasonal naive: WAPE {picked:.4f} / {plain:.4f} = "
                 f"{picked / plain:.3f} (target: at most 0.85).\n\n")
        md.write(f"statsforecast cross-validation took {seconds:.1f} s (n_jobs=1) on this machine.\n\n")
        md.write("The calendar-aware candidate (CalendarTopDown, which needs the plan's dates) is "
                 "compared on the full 1999 series, with statsforecast, in docs/forecast-calendar.md "
                 "(scripts/compare_calendar.py).\n")


if __name__ == "__main__":
    main()
