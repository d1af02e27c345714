#!/usr/bin/env python3
"""The peers' side of scripts/bench, run in its virtual environment (.bench-venv).

Each subcommand prints one JSON object on stdout: {"time": seconds of the work itself (imports and
file reading excluded), "quality": text, "note": text} or {"unavailable": reason}.

  erlang FORECAST_CSV REQUIREMENTS_CSV PLAN_YAML --sample N [--rows N] (time extrapolated to N rows)
      pyworkforce ErlangC.required_positions on N intervals spread over the file, per-interval time
      extrapolated to every row; agreement with staffplan's agents on the Erlang C channels.
  statsforecast [--quick]
      statsforecast cross-validation on Data/bank-voice-15min.csv, one model at a time, with the
      series, weeks and scoring of scripts/compare_statsforecast.py; one object per model (a list).
  highs MODEL_LP SECONDS
      HiGHS (highspy) on the model written by staffplan schedule --write-model.
  shifts PLAN_DIR REQUIREMENTS_CSV SECONDS
      pyworkforce MinRequiredResources (OR-Tools CP-SAT) on the shift-count stage: per-interval
      requirements summed over channels and rounded up, the plan's shift starts and lengths.
"""
import csv
import json
import math
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def emit(obj):
    print(json.dumps(obj))


def unavailable(reason):
    emit({"unavailable": reason})
    sys.exit(0)


def version(name):
    try:
        from importlib.metadata import version as v
        return v(name)
    except Exception:
        return "?"


# ---------------------------------------------------------------- sizing


def plan_channels(plan_yaml):
    """Just enough of a benchmark plan.yaml: per channel id, its target and patience (or None)."""
    channels, current = {}, None
    for line in open(plan_yaml):
        s = line.strip()
        if s.startswith("- id:"):
            current = s.split(":", 1)[1].strip()
            channels[current] = {"patience": None}
        elif current and s.startswith("target:"):
            percent, seconds = s.split(":", 1)[1].strip().split("/")
            channels[current]["sl"] = float(percent.rstrip("%")) / (100 if "%" in percent or float(percent) > 1 else 1)
            channels[current]["answer"] = float(seconds.rstrip("s"))
        elif current and s.startswith("patience:"):
            channels[current]["patience"] = s.split(":", 1)[1].strip()
        elif current and s.startswith("max_occupancy:"):
            channels[current]["occ"] = float(s.split(":", 1)[1].strip().rstrip("%")) / 100
        elif s.startswith("shrinkage:"):
            shrinkage = float(s.split(":", 1)[1].strip().rstrip("%")) / 100
    return channels, shrinkage


def erlang(forecast_csv, requirements_csv, plan_yaml, sample, total=None):
    try:
        from pyworkforce.queuing import ErlangC
    except Exception as error:
        unavailable(f"pyworkforce: {error}")
    channels, shrinkage = plan_channels(plan_yaml)
    rows = list(csv.DictReader(open(forecast_csv)))
    ours = {(r["channel"], r["interval_start"]): float(r["agents"]) for r in csv.DictReader(open(requirements_csv))}
    c_rows = [r for r in rows if channels[r["channel"]]["patience"] is None and float(r["volume"]) > 0]
    step = max(1, len(c_rows) // sample)
    picked = c_rows[::step][:sample]
    results = []
    started = time.perf_counter()
    for r in picked:
        ch = channels[r["channel"]]
        # pyworkforce works in minutes: aht and asa (its name for the answer time of the target).
        e = ErlangC(transactions=float(r["volume"]), aht=float(r["aht_seconds"]) / 60, asa=ch["answer"] / 60,
                    interval=15, shrinkage=shrinkage)
        results.append(e.required_positions(service_level=ch["sl"], max_occupancy=ch.get("occ", 1.0)))
    seconds = time.perf_counter() - started
    per_row = seconds / len(picked)
    same = sum(1 for r, p in zip(picked, results)
               if math.ceil(ours[(r["channel"], r["interval_start"])] * (1 - shrinkage) - 1e-6) == p["raw_positions"])
    total = total or len(rows)
    emit({"time": per_row * total, "measured": seconds, "sample": len(picked),
          "quality": f"same integer agents (before shrinkage) as staffplan on {same}/{len(picked)} sampled Erlang C intervals",
          "note": f"pyworkforce {version('pyworkforce')} ErlangC, {per_row * 1e3:.2f} ms/interval x {total} rows; "
                  f"no Erlang A in pyworkforce (patience channels sized as Erlang C)"})


# ---------------------------------------------------------------- forecast


def statsforecast(quick):
    try:
        import numpy as np
        import pandas as pd
        from statsforecast import StatsForecast
        from statsforecast.models import (MSTL, SeasonalExponentialSmoothingOptimized, SeasonalNaive,
                                          SeasonalWindowAverage)
        sys.path.insert(0, HERE)
        import compare_statsforecast as cmp
    except Exception as error:
        unavailable(f"statsforecast: {error}")
    y, open_, known = cmp.load()
    ds = pd.date_range("1999-01-03", periods=len(y), freq="15min")
    df = pd.DataFrame({"unique_id": "voice", "ds": ds, "y": y})
    index = {d: i for i, d in enumerate(ds)}
    models = [SeasonalNaive(season_length=cmp.WEEK), SeasonalWindowAverage(season_length=cmp.WEEK, window_size=4),
              SeasonalExponentialSmoothingOptimized(season_length=cmp.WEEK)]
    if not quick:
        models.append(MSTL(season_length=[cmp.DAY, cmp.WEEK]))
    out = []
    for model in models:
        sf = StatsForecast(models=[model], freq="15min", n_jobs=1)
        started = time.perf_counter()
        cv = sf.cross_validation(df=df, h=cmp.WEEK, step_size=cmp.WEEK, n_windows=cmp.WINDOWS)
        seconds = time.perf_counter() - started
        t = cv["ds"].map(index).to_numpy()
        scored = open_[t] & known[t]
        actual = cv["y"].to_numpy()[scored]
        f = np.maximum(0, cv[repr(model)].to_numpy()[scored])
        wape = np.abs(actual - f).sum() / actual.sum()
        name = {"SeasWA": "SeasonalWindowAverage(window_size=4)", "SeasESOpt": "SeasonalExponentialSmoothingOptimized",
                "MSTL": "MSTL(season_length=[96, 672])"}.get(repr(model), repr(model))
        out.append({"name": name, "time": seconds, "quality": f"WAPE {wape:.4f}",
                    "note": f"statsforecast {version('statsforecast')}, {cmp.WINDOWS} weekly origins, n_jobs=1"})
    emit(out)


# ---------------------------------------------------------------- scheduling


def highs(model_lp, seconds):
    try:
        import highspy
    except Exception as error:
        unavailable(f"highspy: {error}")
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", float(seconds))
    h.setOptionValue("threads", 1)
    if h.readModel(model_lp) != highspy.HighsStatus.kOk:
        unavailable(f"HiGHS could not read {model_lp}")
    started = time.perf_counter()
    h.run()
    elapsed = time.perf_counter() - started
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective, bound, gap = info.objective_function_value, info.mip_dual_bound, info.mip_gap
    emit({"time": elapsed, "objective": objective, "bound": bound, "gap": gap,
          "quality": f"objective {objective:.1f}, bound {bound:.1f}, gap {100 * gap:.2f}% ({status})",
          "note": f"HiGHS {version('highspy')} on the --write-model LP (shift-count stage), 1 thread"})


def hours_of(text):
    """`30m`, `4h`, `1h30m` -> hours."""
    total, number = 0.0, ""
    for ch in text.strip():
        if ch.isdigit() or ch == ".":
            number += ch
        else:
            total += float(number) * {"h": 1, "m": 1 / 60, "s": 1 / 3600}[ch]
            number = ""
    return total


def shifts(plan_dir, requirements_csv, seconds):
    try:
        from pyworkforce.scheduling import MinRequiredResources
    except Exception as error:
        unavailable(f"pyworkforce: {error}")
    plan = open(os.path.join(plan_dir, "plan.yaml")).read().splitlines()
    get = lambda key, default=None: next(
        (l.split(":", 1)[1].split("#")[0].strip().strip('"') for l in plan if l.strip().startswith(key + ":")), default)
    step_minutes = int(hours_of(get("interval")) * 60)
    every = int(hours_of(get("start_every")) * 60) // step_minutes
    lengths = [int(hours_of(x) * 60) // step_minutes for x in get("lengths").strip("[]").split(",")]
    per_day = 24 * 60 // step_minutes
    # Without earliest_start / latest_end (the demo) shifts may start at any time of the day; here
    # they stay within the day (no shift across midnight).
    first = int(get("earliest_start", "00:00")[:2]) * 60 // step_minutes
    last_end = int(get("latest_end", "24:00")[:2]) * 60 // step_minutes
    agents = sum(1 for _ in open(os.path.join(plan_dir, "agents.csv"))) - 1
    # Requirements summed over channels per day and period, rounded up once.
    # Deferred work (e-mail, messaging) has no per-period need of its own: its day's workload is
    # spread evenly over the periods shifts can cover.
    kinds, current = {}, None
    for line in plan:
        s = line.strip()
        if s.startswith("- id:"):
            current = s.split(":", 1)[1].strip()
        elif current and s.startswith("kind:"):
            kinds[current] = s.split(":", 1)[1].strip()
    need, deferred = {}, {}
    for r in csv.DictReader(open(requirements_csv)):
        day, clock = r["interval_start"][:10], r["interval_start"][11:16]
        p = (int(clock[:2]) * 60 + int(clock[3:])) // step_minutes
        if kinds.get(r["channel"]) in ("email", "messaging"):
            deferred[day] = deferred.get(day, 0.0) + float(r["agents"])
        else:
            need[(day, p)] = need.get((day, p), 0.0) + float(r["agents"])
    days = sorted({d for d, _ in need} | set(deferred))
    for day, work in deferred.items():
        for p in range(first, last_end):
            need[(day, p)] = need.get((day, p), 0.0) + work / (last_end - first)
    required = [[math.ceil(need.get((d, p), 0.0) - 1e-9) for p in range(per_day)] for d in days]
    coverage, cost = {}, {}
    for start in range(first, last_end, every):
        for length in lengths:
            if start + length <= last_end:
                name = f"{start * step_minutes // 60:02d}:{start * step_minutes % 60:02d}+{length}"
                coverage[name] = [1 if start <= p < start + length else 0 for p in range(per_day)]
                cost[name] = length          # paid periods: the objective is paid time
    peak = max(max(row) for row in required)
    model = MinRequiredResources(num_days=len(days), periods=per_day, shifts_coverage=coverage,
                                 required_resources=required, max_period_concurrency=max(agents, peak) * 2,
                                 max_shift_concurrency=max(agents, peak), cost_dict=cost,
                                 max_search_time=float(seconds), num_search_workers=2)
    started = time.perf_counter()
    solution = model.solve()
    elapsed = time.perf_counter() - started
    paid_hours = solution["cost"] * step_minutes / 60 if solution["cost"] >= 0 else float("nan")
    emit({"time": elapsed, "quality": f"paid hours {paid_hours:.1f} ({solution['status']})",
          "note": f"pyworkforce {version('pyworkforce')} MinRequiredResources, OR-Tools {version('ortools')} CP-SAT, "
                  f"2 workers: {len(coverage)} shift patterns a day; demand summed over channels and rounded up "
                  f"(deferred work spread over the day's shift hours), every period covered in full, "
                  f"no breaks, agents, skills, contracts or rest rules"})


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    kind = args[0]
    if kind == "erlang":
        erlang(args[1], args[2], args[3], int(args[args.index("--sample") + 1]) if "--sample" in args else 200,
               int(args[args.index("--rows") + 1]) if "--rows" in args else None)
    elif kind == "statsforecast":
        statsforecast("--quick" in args)
    elif kind == "highs":
        highs(args[1], args[2])
    elif kind == "shifts":
        shifts(args[1], args[2], args[3])
    else:
        sys.exit(f"unknown peer {kind}\n" + __doc__)


if __name__ == "__main__":
    main()
