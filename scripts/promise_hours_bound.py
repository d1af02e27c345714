#!/usr/bin/env python3
"""The fewest paid hours any week could have and keep every promise, by HiGHS, from the model
`staffplan schedule --write-model` writes (the shift-count stage, scheduled to the promise).

How many fewer paid hours than requirement mode can scheduling to the promise give at all? The
written model is changed in two ways and its LP relaxation solved:
  - the objective becomes paid hours: each shift column's coefficient in its class's
    `weeklyHours(...)` row (the shift's length less its unpaid breaks); every other column
    (unmet, late, carried, short hours or days) costs nothing, so floors, deferred lateness and
    contract minimums are free: a relaxation of every rule but the promises;
  - every `shortfall(...)` column of a promise row is fixed at 0: each promise the model states
    (`promise(...)`: voice and chat; `deferredPromise(...)`: e-mail and messaging, where stated)
    holds in full.
Its optimum is a lower bound on the paid hours of any roster whose week keeps those promises as
the model counts them (chords on or under validate's formula, the promise's share plus the model's
0.2 point), whole shifts or not. Dividing by a roster's paid hours says how far above that floor
it is; dividing by requirement mode's says the most that scheduling to the promise could save.

    staffplan schedule --plan DIR --requirements DIR/requirements.csv --out OUT --write-model m.mps
    python3 scripts/promise_hours_bound.py m.mps [--compare PAID_HOURS ...]

Prints JSON: {"model", "boundPaidHours", "status", "seconds", "promisesHeld", "compare": [{"paidHours", "aboveBound"}]}.
Needs: pip install highspy (a checker, not a dependency of staffplan).
"""
import argparse
import json
import os
import sys
import time

import highspy
import numpy as np


def new_highs():
    """highspy prints a banner on stdout when a Highs object is made: send it to stderr (stdout is JSON)."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        h = highspy.Highs()
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("output_flag", False)
    return h


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", help="the .mps or .lp file written by staffplan schedule --write-model")
    parser.add_argument("--compare", type=float, nargs="*", default=[], help="paid hours of rosters to set against the bound")
    args = parser.parse_args()
    if not os.path.exists(args.model):
        print(f"promise_hours_bound: {args.model}: no such file; write it with staffplan schedule --write-model", file=sys.stderr)
        sys.exit(64)
    h = new_highs()
    if h.readModel(args.model) != highspy.HighsStatus.kOk:
        print(f"promise_hours_bound: {args.model}: HiGHS could not read it", file=sys.stderr)
        sys.exit(64)
    lp = h.getLp()
    names = list(lp.col_names_)
    rows = list(lp.row_names_)
    weekly = {r for r, name in enumerate(rows) if name.startswith("weeklyHours(")}
    if not weekly:
        print(f"promise_hours_bound: {args.model} has no weeklyHours rows: is it a staffplan shift-count model?", file=sys.stderr)
        sys.exit(64)
    # Paid hours per column: its coefficient in a weeklyHours row (column-wise storage).
    a = lp.a_matrix_
    starts, index, value = list(a.start_), list(a.index_), list(a.value_)
    paid = np.zeros(lp.num_col_)
    for j in range(lp.num_col_):
        if not names[j].startswith("shift("):
            continue
        for k in range(starts[j], starts[j + 1]):
            if index[k] in weekly:
                paid[j] = value[k]
                break
    everything = np.arange(lp.num_col_, dtype=np.int32)
    h.changeColsCost(lp.num_col_, everything, paid)
    h.changeObjectiveOffset(0.0)
    h.changeColsIntegrality(lp.num_col_, everything, np.array([highspy.HighsVarType.kContinuous] * lp.num_col_))
    started = time.time()
    every_shortfall = np.array([j for j, name in enumerate(names) if name.startswith("shortfall(")], dtype=np.int32)

    def held(channels):
        """Solves with the shortfall of these channels' promise rows fixed at 0; True when optimal."""
        h.changeColsBounds(len(every_shortfall), every_shortfall, np.zeros(len(every_shortfall)),
                           np.full(len(every_shortfall), highspy.kHighsInf))
        fixed = np.array([j for j in every_shortfall if names[j][len("shortfall("):-1] in channels], dtype=np.int32)
        h.changeColsBounds(len(fixed), fixed, np.zeros(len(fixed)), np.zeros(len(fixed)))
        h.run()
        return h.getModelStatus() == highspy.HighsModelStatus.kOptimal

    promise_rows = {r for r, name in enumerate(rows) if name.startswith(("promise(", "deferredPromise("))}
    stated = [names[j][len("shortfall("):-1] for j in every_shortfall
              if any(index[k] in promise_rows for k in range(starts[j], starts[j + 1]))]
    if not stated:
        print(f"promise_hours_bound: {args.model} states no promise row: write it in promise mode", file=sys.stderr)
        sys.exit(64)
    started = time.time()
    if not held(stated):
        # The deferred rows count on-time work conservatively (a slice behind a backlog counts below
        # zero): one may not hold in full on any staffing, and then no bound is stated.
        alone = [c for c in stated if not held([c])]
        print(f"promise_hours_bound: {args.model}: the promise rows of {', '.join(alone) or 'these channels together'} "
              "cannot hold in full with these agents (the model's count is conservative there): no bound", file=sys.stderr)
        sys.exit(1)
    shortfall = stated
    bound = h.getInfo().objective_function_value
    result = {
        "model": args.model, "boundPaidHours": round(bound, 2), "status": h.modelStatusToString(h.getModelStatus()),
        "seconds": round(time.time() - started, 1), "promisesHeld": shortfall,
        "compare": [{"paidHours": p, "aboveBound": round(p / bound - 1, 4)} for p in args.compare],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
