#!/usr/bin/env python3
"""Independent HiGHS build of the `staffplan capacity` hiring model (docs/capacity.md, "The model").

Written from docs/capacity.md and issue 15 only, without reading the Swift implementation, so
that the optimum of `staffplan capacity` can be checked against a second builder.

    python3 scripts/capacity_check_highs.py --assumptions capacity.yaml --workload workload.csv \
        [--weeks N] [--compare OUTDIR]

Prints JSON (objective, LP relaxation objective, per-week rows, classes). With --compare OUTDIR it
reads OUTDIR/capacity.json, OUTDIR/capacity.csv and OUTDIR/hiring_plan.csv written by
`staffplan capacity`, checks that their rows follow the model (cohort recursion recomputed from
their hires, balance, overtime cap, cost) and that their objective equals this optimum to 1e-6
relative; exit 1 if the objectives disagree or their rows break the model.

Needs: pip install highspy pyyaml
"""
import argparse
import csv
import datetime as dt
import json
import math
import os
import re
import sys

import highspy
import numpy as np
import yaml

EXIT_USAGE = 64


def new_highs():
    """highspy prints a banner on stdout when a Highs object is made: send it to stderr (stdout is JSON)."""
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    return h


def fail(msg):
    print(f"capacity_check_highs: {msg}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


# ----------------------------------------------------------------------------- input parsing

def parse_fraction(value, where, allow_one=True):
    """'30%' -> 0.30, 0.3 -> 0.3. A bare number must already be a fraction in [0, 1]."""
    if isinstance(value, bool) or value is None:
        fail(f"{where}: expected a percentage like 30% or a fraction like 0.3, got {value!r}")
    if isinstance(value, str):
        s = value.strip()
        try:
            x = float(s[:-1]) / 100.0 if s.endswith("%") else float(s)
        except ValueError:
            fail(f"{where}: expected a percentage like 30% or a fraction like 0.3, got {value!r}")
    else:
        x = float(value)
    if not (0.0 <= x <= 1.0) or (not allow_one and x >= 1.0):
        fail(f"{where}: {value!r} is outside [0, 1{']' if allow_one else ')'}")
    return x


def parse_weeks(value, where):
    """'2w' -> 2, 2 -> 2, '14d' -> 2 (days must be whole weeks)."""
    if isinstance(value, bool) or value is None:
        fail(f"{where}: expected a duration like 2w, got {value!r}")
    if isinstance(value, int):
        n = value
    else:
        m = re.fullmatch(r"\s*(\d+)\s*([wWdD]?)\s*", str(value))
        if not m:
            fail(f"{where}: expected a duration like 2w, got {value!r}")
        n = int(m.group(1))
        if m.group(2).lower() == "d":
            if n % 7:
                fail(f"{where}: {value!r} is not a whole number of weeks")
            n //= 7
    if n < 0:
        fail(f"{where}: negative duration {value!r}")
    return n


def parse_date(value, where):
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        fail(f"{where}: expected an ISO date YYYY-MM-DD, got {value!r}")


def num(value, where, lo=None):
    try:
        x = float(value)
    except (TypeError, ValueError):
        fail(f"{where}: expected a number, got {value!r}")
    if not math.isfinite(x) or (lo is not None and x < lo):
        fail(f"{where}: {value!r} out of range")
    return x


def load_assumptions(path, weeks_override):
    with open(path) as f:
        y = yaml.safe_load(f)
    if not isinstance(y, dict):
        fail(f"{path}: expected a mapping")
    P = {}
    P["start"] = parse_date(y.get("start"), f"{path}: start")
    W = weeks_override if weeks_override is not None else y.get("weeks")
    if W is None:
        fail(f"{path}: weeks missing (or give --weeks)")
    P["W"] = int(W)
    if P["W"] < 1:
        fail(f"{path}: weeks must be >= 1")
    P["fte_hours"] = num(y.get("fte_hours"), f"{path}: fte_hours", lo=1e-9)
    eff = y.get("efficiency", 1.0)
    if isinstance(eff, str) and eff.strip().endswith("%"):
        eff = num(eff.strip()[:-1], f"{path}: efficiency", lo=1e-9) / 100.0
    P["efficiency"] = num(eff, f"{path}: efficiency", lo=1e-9)
    sh = y.get("shrinkage", {})
    if not isinstance(sh, dict):
        sh = {"default": sh}
    P["shrink_default"] = parse_fraction(sh.get("default", 0), f"{path}: shrinkage.default", allow_one=False)
    P["shrink_month"] = {}
    for k, v in (sh.get("by_month") or {}).items():
        key = k.strftime("%Y-%m") if isinstance(k, dt.date) else str(k).strip()
        if not re.fullmatch(r"\d{4}-\d{2}", key):
            fail(f"{path}: shrinkage.by_month key {k!r} is not YYYY-MM")
        P["shrink_month"][key] = parse_fraction(v, f"{path}: shrinkage.by_month.{key}", allow_one=False)
    if "headcount" not in y:
        fail(f"{path}: headcount is required by this script (no agents.csv fallback)")
    P["headcount"] = num(y["headcount"], f"{path}: headcount", lo=0)
    at = y.get("attrition") or {}
    P["att"] = {s: parse_fraction(at.get(s, 0), f"{path}: attrition.{s}", allow_one=False)
                for s in ("training", "ramp", "tenured")}
    hi = y.get("hiring") or {}
    P["lead"] = parse_weeks(hi.get("lead_time", 0), f"{path}: hiring.lead_time")
    P["every"] = parse_weeks(hi.get("class_every", 1), f"{path}: hiring.class_every")
    if P["every"] < 1:
        fail(f"{path}: hiring.class_every must be at least 1w")
    P["T"] = parse_weeks(hi.get("training", 0), f"{path}: hiring.training")
    ramp = hi.get("ramp") or []
    if not isinstance(ramp, list):
        fail(f"{path}: hiring.ramp must be a list")
    P["ramp"] = [parse_fraction(r, f"{path}: hiring.ramp[{i}]") for i, r in enumerate(ramp)]
    cm = hi.get("class_max")
    if cm is None or int(cm) != num(cm, f"{path}: hiring.class_max", lo=0):
        fail(f"{path}: hiring.class_max must be a whole number")
    P["class_max"] = int(cm)
    cmin = hi.get("class_min", 1)
    if int(cmin) != num(cmin, f"{path}: hiring.class_min", lo=1) or int(cmin) > P["class_max"]:
        fail(f"{path}: hiring.class_min must be a whole number from 1 to class_max")
    P["class_min"] = int(cmin)
    P["ot_max"] = parse_fraction(y.get("overtime_max", 0), f"{path}: overtime_max")
    c = y.get("costs") or {}
    P["c_fte"] = num(c.get("fte_week", 1.0), f"{path}: costs.fte_week", lo=0)
    P["c_hire"] = num(c.get("hire", 0.0), f"{path}: costs.hire", lo=0)
    P["c_ot"] = num(c.get("overtime_fte_week", 0.0), f"{path}: costs.overtime_fte_week", lo=0)
    P["c_sf"] = num(c.get("shortfall_fte_week", 0.0), f"{path}: costs.shortfall_fte_week", lo=0)
    return P


def week_date(P, w):
    return P["start"] + dt.timedelta(days=7 * (w - 1))


def load_workload(path, P):
    W = P["W"]
    hours = [0.0] * (W + 1)
    by_channel = [dict() for _ in range(W + 1)]
    seen = set()
    dropped = 0
    with open(path, newline="") as f:
        rd = csv.DictReader(f)
        for col in ("week", "channel", "agent_hours"):
            if col not in (rd.fieldnames or []):
                fail(f"{path}: column {col} missing")
        for line, r in enumerate(rd, start=2):
            d = parse_date(r["week"], f"{path}:{line}: week")
            off = (d - P["start"]).days
            if off < 0 or off % 7:
                fail(f"{path}:{line}: week {r['week']} is not start + 7(w-1) days for any week w >= 1")
            w = off // 7 + 1
            if w > W:
                dropped += 1
                continue
            x = num(r["agent_hours"], f"{path}:{line}: agent_hours", lo=0)
            hours[w] += x
            ch = r["channel"].strip()
            by_channel[w][ch] = by_channel[w].get(ch, 0.0) + x
            seen.add(w)
    if dropped:
        print(f"capacity_check_highs: note: {dropped} workload rows after week {W} ignored", file=sys.stderr)
    missing = [w for w in range(1, W + 1) if w not in seen]
    if missing:
        print(f"capacity_check_highs: note: no workload rows for weeks {missing}: agent_hours 0", file=sys.stderr)
    return hours, by_channel


# ----------------------------------------------------------------------------- the model

class Model:
    """Derived data of docs/capacity.md: stages, rho_k, a_k, class weeks, s[w], required_fte[w]."""

    def __init__(self, P, hours):
        self.P = P
        W, T, R = P["W"], P["T"], len(P["ramp"])
        self.W, self.T, self.R, self.K = W, T, R, T + R
        K = self.K
        self.rho = [0.0] * T + list(P["ramp"]) + [1.0]
        self.a = [P["att"]["training"]] * T + [P["att"]["ramp"]] * R + [P["att"]["tenured"]]
        assert len(self.rho) == K + 1 and len(self.a) == K + 1
        self.class_weeks = [w for w in range(1, W + 1) if w >= 1 + P["lead"] and (w - 1 - P["lead"]) % P["every"] == 0]
        self.shrink = [None]
        self.required = [None]
        self.hours = hours
        for w in range(1, W + 1):
            d0 = week_date(P, w)
            days = [d0 + dt.timedelta(days=i) for i in range(7)]
            s = sum(P["shrink_month"].get(d.strftime("%Y-%m"), P["shrink_default"]) for d in days) / 7.0
            self.shrink.append(s)
            self.required.append(hours[w] * P["efficiency"] / (P["fte_hours"] * (1.0 - s)))

    # cohort recursion of docs/capacity.md, from a hire vector h[1..W]
    def cohorts(self, h):
        W, K, a, T = self.W, self.K, self.a, self.T
        n = [[0.0] * (K + 1) for _ in range(W + 1)]
        n[1][K] = self.P["headcount"]
        if K > 0:
            n[1][0] = h[1]
        else:
            n[1][0] += h[1]  # K = 0: the doc's week-1 line does not say; hires of week 1 join age 0 = K
        for w in range(2, W + 1):
            if K > 0:
                n[w][0] = h[w]
                for k in range(1, K):
                    n[w][k] = (1 - a[k - 1]) * n[w - 1][k - 1]
                n[w][K] = (1 - a[K]) * n[w - 1][K] + (1 - a[K - 1]) * n[w - 1][K - 1]
            else:
                n[w][0] = (1 - a[0]) * n[w - 1][0] + h[w]
        return n

    def recourse(self, req, eff):
        """Cheapest (overtime, shortfall, surplus) for fixed effective FTE (what the LP does per week)."""
        P = self.P
        gap = req - eff
        if gap <= 0:
            return 0.0, 0.0, max(0.0, -gap)
        cap = P["ot_max"] * eff
        if P["c_ot"] <= P["c_sf"]:
            ot = min(gap, cap)
            return ot, gap - ot, 0.0
        return 0.0, gap, 0.0

    def rows_from_hires(self, h, recourse=None):
        """Per-week rows of capacity.csv from a hire vector (recourse: per-week (ot, sf, su) or None = cheapest)."""
        P, W, K, T = self.P, self.W, self.K, self.T
        n = self.cohorts(h)
        rows = []
        for w in range(1, W + 1):
            head = sum(n[w])
            train = sum(n[w][:T])
            eff = sum(self.rho[k] * n[w][k] for k in range(K + 1))
            att = sum(self.a[k] * n[w][k] for k in range(K + 1))
            req = self.required[w]
            ot, sf, su = recourse[w - 1] if recourse else self.recourse(req, eff)
            ot, sf, su = (0.0 if abs(v) < 1e-9 else v for v in (ot, sf, su))  # solver noise, -0.0
            cost = P["c_fte"] * head + P["c_hire"] * h[w] + P["c_ot"] * ot + P["c_sf"] * sf
            rows.append(dict(week=week_date(P, w).isoformat(), required_fte=req, headcount=head, in_training=train,
                             effective_fte=eff, attrition=att, hires=h[w], overtime_fte=ot, shortfall_fte=sf,
                             surplus_fte=su, cost=cost))
        return rows

    # ------------------------------------------------------------------ MIP with highspy
    def solve(self, integer=True):
        P, W, K = self.P, self.W, self.K
        cols_lb, cols_ub, cols_cost, integ, names = [], [], [], [], []
        idx = {}

        def col(name, lb, ub, cost, is_int=False):
            idx[name] = len(cols_lb)
            cols_lb.append(lb); cols_ub.append(ub); cols_cost.append(cost)
            integ.append(is_int); names.append(name)
            return idx[name]

        cw = set(self.class_weeks)
        for w in range(1, W + 1):
            col(("h", w), 0.0, float(P["class_max"]) if w in cw else 0.0, P["c_hire"], integer)
            for k in range(K + 1):
                col(("n", w, k), 0.0, highspy.kHighsInf, P["c_fte"])
            col(("ot", w), 0.0, highspy.kHighsInf, P["c_ot"])
            col(("sf", w), 0.0, highspy.kHighsInf, P["c_sf"])
            col(("su", w), 0.0, highspy.kHighsInf, 0.0)
            if w in cw and P["class_min"] > 1:
                col(("y", w), 0.0, 1.0, 0.0, integer)  # the class runs: class_min*y <= h <= class_max*y

        rows = []  # (lo, hi, {col: coef})

        def row(lo, hi, coefs):
            rows.append((lo, hi, coefs))

        for w in range(1, W + 1):
            if ("y", w) in idx:
                row(0.0, highspy.kHighsInf, {idx[("h", w)]: 1.0, idx[("y", w)]: -float(P["class_min"])})
                row(-highspy.kHighsInf, 0.0, {idx[("h", w)]: 1.0, idx[("y", w)]: -float(P["class_max"])})
            if w == 1:
                for k in range(K + 1):
                    if k == K:
                        rhs = P["headcount"]
                        c = {idx[("n", 1, K)]: 1.0}
                        if K == 0:
                            c[idx[("h", 1)]] = -1.0
                        row(rhs, rhs, c)
                    elif k == 0:
                        row(0.0, 0.0, {idx[("n", 1, 0)]: 1.0, idx[("h", 1)]: -1.0})
                    else:
                        row(0.0, 0.0, {idx[("n", 1, k)]: 1.0})
            else:
                if K > 0:
                    row(0.0, 0.0, {idx[("n", w, 0)]: 1.0, idx[("h", w)]: -1.0})
                    for k in range(1, K):
                        row(0.0, 0.0, {idx[("n", w, k)]: 1.0, idx[("n", w - 1, k - 1)]: -(1 - self.a[k - 1])})
                    row(0.0, 0.0, {idx[("n", w, K)]: 1.0, idx[("n", w - 1, K)]: -(1 - self.a[K]),
                                   idx[("n", w - 1, K - 1)]: -(1 - self.a[K - 1])})
                else:
                    row(0.0, 0.0, {idx[("n", w, 0)]: 1.0, idx[("n", w - 1, 0)]: -(1 - self.a[0]),
                                   idx[("h", w)]: -1.0})
            # balance: eff + ot + sf - su = required
            c = {idx[("n", w, k)]: self.rho[k] for k in range(K + 1) if self.rho[k] != 0.0}
            c[idx[("ot", w)]] = 1.0
            c[idx[("sf", w)]] = 1.0
            c[idx[("su", w)]] = -1.0
            row(self.required[w], self.required[w], c)
            # overtime cap: ot - ot_max * eff <= 0
            c = {idx[("n", w, k)]: -P["ot_max"] * self.rho[k] for k in range(K + 1) if self.rho[k] != 0.0}
            c[idx[("ot", w)]] = 1.0
            row(-highspy.kHighsInf, 0.0, c)

        lp = highspy.HighsLp()
        nc, nr = len(cols_lb), len(rows)
        lp.num_col_, lp.num_row_ = nc, nr
        lp.col_cost_ = np.array(cols_cost, dtype=np.double)
        lp.col_lower_ = np.array(cols_lb, dtype=np.double)
        lp.col_upper_ = np.array(cols_ub, dtype=np.double)
        lp.row_lower_ = np.array([r[0] for r in rows], dtype=np.double)
        lp.row_upper_ = np.array([r[1] for r in rows], dtype=np.double)
        # column-wise matrix
        per_col = [[] for _ in range(nc)]
        for i, (_, _, coefs) in enumerate(rows):
            for j, v in coefs.items():
                if v != 0.0:
                    per_col[j].append((i, v))
        start, index, value = [0], [], []
        for j in range(nc):
            for i, v in sorted(per_col[j]):
                index.append(i); value.append(v)
            start.append(len(index))
        lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
        lp.a_matrix_.start_ = np.array(start, dtype=np.int32)
        lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
        lp.a_matrix_.value_ = np.array(value, dtype=np.double)
        if integer and any(integ):
            lp.integrality_ = [highspy.HighsVarType.kInteger if b else highspy.HighsVarType.kContinuous for b in integ]
        h = new_highs()
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 1e-9)
        h.setOptionValue("threads", 1)
        h.passModel(lp)
        h.run()
        status = h.modelStatusToString(h.getModelStatus())
        if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            fail(f"HiGHS did not reach optimality: {status}")
        x = list(h.getSolution().col_value)
        info = h.getInfo()
        res = dict(status=status, objective=info.objective_function_value, x=x, idx=idx)
        if integer:
            res["mip_dual_bound"] = info.mip_dual_bound
            res["mip_gap"] = info.mip_gap
            res["mip_nodes"] = info.mip_node_count
        return res


def solve_all(P, hours, by_channel):
    m = Model(P, hours)
    mip = m.solve(integer=True)
    lp = m.solve(integer=False)
    W = m.W
    hires = [0] + [int(round(mip["x"][mip["idx"][("h", w)]])) for w in range(1, W + 1)]
    for w in range(1, W + 1):
        if abs(mip["x"][mip["idx"][("h", w)]] - hires[w]) > 1e-6:
            fail(f"HiGHS returned a fractional hire in week {w}")
    rec = [(mip["x"][mip["idx"][("ot", w)]], mip["x"][mip["idx"][("sf", w)]], mip["x"][mip["idx"][("su", w)]])
           for w in range(1, W + 1)]
    rows = m.rows_from_hires(hires, rec)
    # second computation: recursion + cheapest recourse in plain Python must give the same objective
    rows2 = m.rows_from_hires(hires)
    obj_py = sum(r["cost"] for r in rows2)
    if abs(obj_py - mip["objective"]) > 1e-6 * max(1.0, abs(obj_py)):
        fail(f"internal check: recomputed objective {obj_py} != HiGHS {mip['objective']}")
    classes = [dict(class_start=week_date(P, w).isoformat(), week=w, hires=hires[w],
                    productive_from=week_date(P, w + m.T).isoformat(),
                    fully_productive_from=week_date(P, w + m.T + m.R).isoformat())
               for w in m.class_weeks]
    out = dict(
        model="docs/capacity.md (independent HiGHS build: scripts/capacity_check_highs.py)",
        solver=f"HiGHS {new_highs().version()}",
        status=mip["status"],
        objective=mip["objective"],
        objective_recomputed=obj_py,
        mip_dual_bound=mip["mip_dual_bound"],
        mip_gap=mip["mip_gap"],
        lp_relaxation_objective=lp["objective"],
        lp_relaxation_hires={week_date(P, w).isoformat(): max(0.0, lp["x"][lp["idx"][("h", w)]]) for w in m.class_weeks},
        integrality_gap=(mip["objective"] - lp["objective"]) / max(1.0, abs(mip["objective"])),
        weeks_count=W,
        hires_total=sum(hires),
        shortfall_fte_weeks=sum(r["shortfall_fte"] for r in rows),
        stages=dict(T=m.T, R=m.R, K=m.K, rho=m.rho, attrition=m.a),
        class_weeks=m.class_weeks,
        weeks=[dict(r, shrinkage=m.shrink[i + 1], agent_hours=m.hours[i + 1],
                    required_fte_by_channel={c: v * P["efficiency"] / (P["fte_hours"] * (1 - m.shrink[i + 1]))
                                             for c, v in sorted(by_channel[i + 1].items())})
               for i, r in enumerate(rows)],
        classes=classes,
    )
    return m, out, hires


# ----------------------------------------------------------------------------- compare

FIELDS = ["required_fte", "headcount", "in_training", "effective_fte", "attrition", "hires",
          "overtime_fte", "shortfall_fte", "surplus_fte", "cost"]


def compare(m, ours, hires, outdir):
    P = m.P
    problems, notes = [], []
    tol = 0.01
    with open(os.path.join(outdir, "capacity.json")) as f:
        cj = json.load(f)
    theirs_obj = float(cj["objective"])
    our_obj = ours["objective"]
    rel = abs(theirs_obj - our_obj) / max(1.0, abs(our_obj))
    obj_ok = rel <= 1e-6
    print(f"objective: staffplan {theirs_obj:.6f}  HiGHS {our_obj:.6f}  rel diff {rel:.2e}  "
          f"{'AGREE' if obj_ok else 'DISAGREE'}")
    if not obj_ok:
        problems.append(f"objective {theirs_obj} vs HiGHS {our_obj} (rel {rel:.2e} > 1e-6)")
    for k in ("status", "gap", "hires", "shortFallFteWeeks", "shortfallFteWeeks"):
        if k in cj:
            notes.append(f"capacity.json {k} = {cj[k]}")
    if "lowerBound" in cj:
        lb = float(cj["lowerBound"])
        notes.append(f"capacity.json lowerBound = {lb:.6f}; HiGHS LP relaxation {ours['lp_relaxation_objective']:.6f}, "
                     f"MIP dual bound {ours['mip_dual_bound']:.6f}")
        if lb > our_obj * (1 + 1e-6) + 1e-6:
            problems.append(f"capacity.json lowerBound {lb} exceeds the optimum {our_obj}")

    with open(os.path.join(outdir, "capacity.csv"), newline="") as f:
        trows = list(csv.DictReader(f))
    if len(trows) != m.W:
        problems.append(f"capacity.csv has {len(trows)} rows, model has {m.W} weeks")
    th = [0] * (m.W + 1)
    for i, r in enumerate(trows[: m.W]):
        w = i + 1
        if str(r["week"]).strip()[:10] != week_date(P, w).isoformat():
            problems.append(f"row {i + 2}: week {r['week']} != {week_date(P, w)}")
        hv = float(r["hires"])
        if abs(hv - round(hv)) > 1e-6:
            problems.append(f"week {w}: hires {hv} not whole")
        th[w] = int(round(hv))
        if th[w] and w not in m.class_weeks:
            problems.append(f"week {w}: hires {th[w]} outside class weeks {m.class_weeks}")
        if th[w] < 0 or th[w] > P["class_max"] or 0 < th[w] < P["class_min"]:
            problems.append(f"week {w}: hires {th[w]} outside 0..{P['class_max']}")

    # hiring_plan.csv must agree with the hires column and productive_from = class week + T
    hp_path = os.path.join(outdir, "hiring_plan.csv")
    if os.path.exists(hp_path):
        with open(hp_path, newline="") as f:
            plan = list(csv.DictReader(f))
        by_date = {}
        for r in plan:
            d = parse_date(r["class_start"], "hiring_plan.csv class_start")
            off = (d - P["start"]).days
            w = off // 7 + 1
            if off % 7 or not (1 <= w <= m.W):
                problems.append(f"hiring_plan.csv: class_start {d} not a week of the horizon")
                continue
            by_date[w] = by_date.get(w, 0) + int(round(float(r["hires"])))
            pf = parse_date(r["productive_from"], "hiring_plan.csv productive_from")
            if pf != week_date(P, w + m.T):
                problems.append(f"hiring_plan.csv: class {d} productive_from {pf} != {week_date(P, w + m.T)}")
        for w in range(1, m.W + 1):
            if by_date.get(w, 0) != th[w]:
                problems.append(f"week {w}: hiring_plan.csv hires {by_date.get(w, 0)} != capacity.csv hires {th[w]}")
    else:
        problems.append("hiring_plan.csv missing")

    # recompute the model from their hires and their recourse
    t_rec = []
    for r in trows[: m.W]:
        t_rec.append((float(r["overtime_fte"]), float(r["shortfall_fte"]), float(r["surplus_fte"])))
    recomputed = m.rows_from_hires(th, t_rec if len(t_rec) == m.W else None)
    for i, (r, q) in enumerate(zip(trows, recomputed)):
        w = i + 1
        for fld in FIELDS:
            tv, qv = float(r[fld]), float(q[fld])
            # cost is recomputed from the csv's two-decimal overtime and shortfall: their rounding
            # (0.005 FTE each) times their prices is allowed on top.
            allowed = tol + (0.005 * (P["c_ot"] + P["c_sf"]) if fld == "cost" else 0.0)
            if abs(tv - qv) > allowed:
                problems.append(f"week {w} {fld}: staffplan {tv:.4f}, recomputed from its hires {qv:.4f}")
        ot, sf, su = t_rec[i]
        eff, req = q["effective_fte"], q["required_fte"]
        if min(ot, sf, su) < -1e-6:
            problems.append(f"week {w}: negative overtime/shortfall/surplus")
        if abs(eff + ot + sf - su - req) > tol:
            problems.append(f"week {w}: effective+overtime+shortfall-surplus = {eff + ot + sf - su:.4f} != required {req:.4f}")
        if ot > P["ot_max"] * eff + tol:
            problems.append(f"week {w}: overtime {ot:.4f} > {P['ot_max']} x effective {eff:.4f}")
    their_rows_obj = sum(float(r["cost"]) for r in trows)
    if abs(their_rows_obj - theirs_obj) > tol * max(1, len(trows)):
        problems.append(f"sum of capacity.csv cost = {their_rows_obj:.6f} != capacity.json objective {theirs_obj:.6f}")
    elif abs(their_rows_obj - theirs_obj) > 1e-6 * max(1.0, abs(theirs_obj)):
        notes.append(f"sum of capacity.csv cost = {their_rows_obj:.6f} vs objective {theirs_obj:.6f} (csv rounding)")
    best_for_their_hires = sum(r["cost"] for r in m.rows_from_hires(th))
    notes.append(f"their hires with cheapest overtime/shortfall cost {best_for_their_hires:.6f}")

    # week-by-week differences against this solve (ties between hire vectors are possible)
    diffs = []
    for i, (r, q) in enumerate(zip(trows, ours["weeks"])):
        for fld in FIELDS:
            tv, qv = float(r[fld]), float(q[fld])
            if abs(tv - qv) > tol:
                diffs.append(f"week {i + 1} ({q['week']}) {fld}: staffplan {tv:.4f}  HiGHS {qv:.4f}")
    if diffs:
        kind = "alternative optimum (same objective)" if obj_ok else "differences"
        print(f"per-week differences beyond {tol} against the HiGHS solution ({kind}):")
        for d in diffs:
            print("  " + d)
    else:
        print(f"per-week rows agree with the HiGHS solution to {tol}")
    print("staffplan hires:", {week_date(P, w).isoformat(): th[w] for w in m.class_weeks if th[w]})
    print("HiGHS hires:    ", {week_date(P, w).isoformat(): hires[w] for w in m.class_weeks if hires[w]})
    for n in notes:
        print("note: " + n)
    if problems:
        print("PROBLEMS (staffplan output vs the model):")
        for p in problems:
            print("  " + p)
    ok = obj_ok and not problems
    print("RESULT:", "OK" if ok else "FAIL")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--assumptions", required=True)
    ap.add_argument("--workload", required=True)
    ap.add_argument("--weeks", type=int)
    ap.add_argument("--compare", metavar="OUTDIR")
    ap.add_argument("--out", metavar="FILE", help="also write the JSON to FILE")
    args = ap.parse_args()
    P = load_assumptions(args.assumptions, args.weeks)
    hours, by_channel = load_workload(args.workload, P)
    m, out, hires = solve_all(P, hours, by_channel)
    text = json.dumps(out, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    if args.compare:  # the comparison report only; the JSON goes to --out when given
        sys.exit(0 if compare(m, out, hires, args.compare) else 1)
    print(text)


if __name__ == "__main__":
    main()
