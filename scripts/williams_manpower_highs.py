#!/usr/bin/env python3
"""Williams' manpower planning model solved with HiGHS (reference for `staffplan capacity`).

H. P. Williams, Model Building in Mathematical Programming, problem 12.5 "Manpower planning"
(formulation 13.5, solution 14.5; 5th ed. pp. 256-257, 303-304). Three skill categories
(unskilled, semi-skilled, skilled), three years, wastage by length of service (< 1 year vs later),
recruitment limits, retraining upwards, downgrading (half of the downgraded leave), redundancy,
overmanning (150 in total a year) and short-time working (50 per category, half productive).

Published optima: minimum redundancy 841.797 (Williams rounds to 842), minimum cost 498,677.29.

    python3 scripts/williams_manpower_highs.py [--json]

Data transcribed from the problem statement (also in the Gurobi modeling-examples notebook
"manpower_planning" and the IBM OPL example "Manpower"). Needs: pip install highspy
"""
import json
import os
import sys

import highspy
import numpy as np

SK = ["unskilled", "semiskilled", "skilled"]
CODE = {"unskilled": "U", "semiskilled": "S", "skilled": "K"}
U, S, K = SK
YEARS = [1, 2, 3]
CURRENT = {U: 2000, S: 1500, K: 1000}
REQUIRED = {1: {U: 1000, S: 1400, K: 1000}, 2: {U: 500, S: 2000, K: 1500}, 3: {U: 0, S: 2500, K: 2000}}
WASTE_NEW = {U: 0.25, S: 0.20, K: 0.10}     # staff with less than one year of service
WASTE_OLD = {U: 0.10, S: 0.05, K: 0.05}     # one year or more (all current staff)
RECRUIT_MAX = {U: 500, S: 800, K: 500}
RETRAIN_US_MAX = 200                        # unskilled -> semi-skilled per year, cost 400
RETRAIN_SK_FRACTION = 0.25                  # semi -> skilled at most 1/4 of skilled staff, cost 500
RETRAIN_COST = {(U, S): 400, (S, K): 500}
DOWNGRADE_LEAVE = 0.50                      # half of the downgraded leave
REDUNDANCY_COST = {U: 200, S: 500, K: 500}
OVERMAN_MAX = 150                           # in total per year
OVERMAN_COST = {U: 1500, S: 2000, K: 3000}
SHORT_MAX = 50                              # per category per year, half productive
SHORT_COST = {U: 500, S: 400, K: 400}

PUBLISHED = {"redundancy": 841.797, "cost": 498677.29}


class LP:
    def __init__(self):
        self.lb, self.ub, self.names, self.rows = [], [], [], []
        self.idx = {}

    def var(self, name, lb=0.0, ub=highspy.kHighsInf):
        self.idx[name] = len(self.lb)
        self.lb.append(lb); self.ub.append(ub); self.names.append(name)
        return name

    def con(self, coefs, lo, hi):
        self.rows.append(({self.idx[k]: v for k, v in coefs.items()}, lo, hi))

    def solve(self, cost):
        nc = len(self.lb)
        lp = highspy.HighsLp()
        lp.num_col_, lp.num_row_ = nc, len(self.rows)
        c = np.zeros(nc)
        for k, v in cost.items():
            c[self.idx[k]] += v
        lp.col_cost_ = c
        lp.col_lower_ = np.array(self.lb, dtype=np.double)
        lp.col_upper_ = np.array(self.ub, dtype=np.double)
        lp.row_lower_ = np.array([r[1] for r in self.rows], dtype=np.double)
        lp.row_upper_ = np.array([r[2] for r in self.rows], dtype=np.double)
        percol = [[] for _ in range(nc)]
        for i, (co, _, _) in enumerate(self.rows):
            for j, v in co.items():
                percol[j].append((i, v))
        start, index, value = [0], [], []
        for j in range(nc):
            for i, v in sorted(percol[j]):
                index.append(i); value.append(v)
            start.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value, dtype=np.double)
        sys.stdout.flush()
        saved = os.dup(1); os.dup2(2, 1)   # highspy's banner goes to stdout
        try:
            h = highspy.Highs()
            h.setOptionValue("output_flag", False)
        finally:
            sys.stdout.flush(); os.dup2(saved, 1); os.close(saved)
        h.passModel(lp)
        h.run()
        assert h.getModelStatus() == highspy.HighsModelStatus.kOptimal, h.modelStatusToString(h.getModelStatus())
        x = h.getSolution().col_value
        return h.getInfo().objective_function_value, {n: x[i] for n, i in self.idx.items()}


def build():
    m = LP()
    for t in YEARS:
        for s in SK:
            m.var(("staff", t, s))                           # labour force at the end of year t (after changes)
            m.var(("recruit", t, s), 0.0, RECRUIT_MAX[s])
            m.var(("redundant", t, s))
            m.var(("short", t, s), 0.0, SHORT_MAX)
            m.var(("overman", t, s))
        m.var(("retrain", t, U, S), 0.0, RETRAIN_US_MAX)
        m.var(("retrain", t, S, K))
        for a, b in ((S, U), (K, U), (K, S)):
            m.var(("downgrade", t, a, b))
    for t in YEARS:
        prev = lambda s: {("staff", t - 1, s): 1.0} if t > 1 else {}
        init = lambda s: CURRENT[s] if t == 1 else 0.0
        keep = 1.0 - DOWNGRADE_LEAVE
        # continuity: staff = (1-old) staff_prev + (1-new) recruits + in-transfers - out-transfers - redundancy
        # (retrained staff suffer the "old" wastage of their new category: Williams 13.5)
        flows = {
            K: {("recruit", t, K): 1 - WASTE_NEW[K], ("retrain", t, S, K): 1 - WASTE_OLD[K],
                ("downgrade", t, K, S): -1.0, ("downgrade", t, K, U): -1.0},
            S: {("recruit", t, S): 1 - WASTE_NEW[S], ("retrain", t, U, S): 1 - WASTE_OLD[S],
                ("retrain", t, S, K): -1.0, ("downgrade", t, K, S): keep, ("downgrade", t, S, U): -1.0},
            U: {("recruit", t, U): 1 - WASTE_NEW[U], ("retrain", t, U, S): -1.0,
                ("downgrade", t, K, U): keep, ("downgrade", t, S, U): keep},
        }
        for s in SK:
            co = {("staff", t, s): 1.0, ("redundant", t, s): 1.0}
            for k, v in flows[s].items():
                co[k] = co.get(k, 0.0) - v
            for k, v in prev(s).items():
                co[k] = co.get(k, 0.0) - (1 - WASTE_OLD[s]) * v
            rhs = (1 - WASTE_OLD[s]) * init(s)
            m.con(co, rhs, rhs)
            # requirement: staff - overmanning - 0.5 short-time = required
            m.con({("staff", t, s): 1.0, ("overman", t, s): -1.0, ("short", t, s): -0.5},
                  REQUIRED[t][s], REQUIRED[t][s])
        m.con({("retrain", t, S, K): 1.0, ("staff", t, K): -RETRAIN_SK_FRACTION}, -highspy.kHighsInf, 0.0)
        m.con({("overman", t, s): 1.0 for s in SK}, -highspy.kHighsInf, OVERMAN_MAX)
    redundancy = {("redundant", t, s): 1.0 for t in YEARS for s in SK}
    cost = {}
    for t in YEARS:
        for s in SK:
            cost[("redundant", t, s)] = REDUNDANCY_COST[s]
            cost[("overman", t, s)] = OVERMAN_COST[s]
            cost[("short", t, s)] = SHORT_COST[s]
        for (a, b), c in RETRAIN_COST.items():
            cost[("retrain", t, a, b)] = c
    return m, redundancy, cost


def plan(x):
    out = {}
    for t in YEARS:
        out[t] = {k: {s: round(x[(k, t, s)], 3) for s in SK} for k in ("staff", "recruit", "redundant", "short", "overman")}
        out[t]["retrain"] = {"U->S": round(x[("retrain", t, U, S)], 3), "S->K": round(x[("retrain", t, S, K)], 3)}
        out[t]["downgrade"] = {f"{CODE[a]}->{CODE[b]}": round(x[("downgrade", t, a, b)], 3)
                               for a, b in ((S, U), (K, U), (K, S))}
    return out


def main():
    m, red, cost = build()
    res = {}
    for name, obj in (("redundancy", red), ("cost", cost)):
        val, x = m.solve(obj)
        other = sum(v * x[k] for k, v in (cost if name == "redundancy" else red).items())
        res[name] = dict(objective=val, published=PUBLISHED[name],
                         agrees=abs(val - PUBLISHED[name]) <= 0.01 + 1e-6 * PUBLISHED[name],
                         other_objective_at_this_plan=other, plan=plan(x))
    if "--json" in sys.argv:
        print(json.dumps(res, indent=1))
        return
    for name, r in res.items():
        print(f"minimise {name}: HiGHS {r['objective']:.6f}  published {r['published']}  "
              f"{'AGREE' if r['agrees'] else 'DISAGREE'}  (the other objective at this plan: "
              f"{r['other_objective_at_this_plan']:.3f})")
        for t in YEARS:
            p = r["plan"][t]
            print(f"  year {t}: recruit {p['recruit']}  retrain {p['retrain']}  downgrade {p['downgrade']}")
            print(f"          redundant {p['redundant']}  short-time {p['short']}  overmanned {p['overman']}")
    sys.exit(0 if all(r["agrees"] for r in res.values()) else 1)


if __name__ == "__main__":
    main()
