#!/usr/bin/env python3
"""Plausible pipeline outputs for the demo plan, to look at report.html before `staffplan plan` exists.

Usage: python3 scripts/make_report_fixture.py Data/demo OUT
  (OUT must hold forecast.csv and requirements.csv from `staffplan forecast` / `staffplan require`)

Writes roster.csv, coverage.csv, schedule.json, validation.json and validation.csv in OUT. Not a
scheduler: a greedy cover of the requirements by the 60 demo agents (shift lengths from their weekly
hours, breaks by the plan's rules, one channel per block between breaks) and Erlang C service levels.
Deterministic. Only for eyeballing the report; the real numbers come from `staffplan schedule/validate`.
"""
import csv, json, math, random, sys
from datetime import datetime, timedelta

plan_dir, out = sys.argv[1], sys.argv[2]
WEEK = datetime(2026, 11, 29)
HOLIDAYS = {datetime(2026, 12, 4).date()}
SLOT = 15
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]  # the week starts on Sunday
TARGET = {"voice": (0.8, 20), "chat": (0.8, 60), "email": (0.9, 86400), "whatsapp": (0.9, 3600)}
CONCURRENCY = {"chat": 2}
# Staffed hours of the deferred channels (plan.yaml); their workload is spread over them.
STAFFED = {"email": {d: (8, 18) for d in DAYS[:5]} | {"fri": (8, 12)}, "whatsapp": {d: (8, 22) for d in DAYS}}
SHRINK = 0.3

def slot_of(ts):
    t = datetime.fromisoformat(ts)
    return (t - WEEK).days * 96 + (t.hour * 60 + t.minute) // SLOT

need, volume, aht = {}, {}, {}
for r in csv.DictReader(open(f"{out}/requirements.csv")):
    s = slot_of(r["interval_start"])
    ch = r["channel"]
    need.setdefault(ch, [0.0] * 672)[s] += float(r["agents"])
    volume.setdefault(ch, [0.0] * 672)[s] = float(r["volume"])
    aht.setdefault(ch, [0.0] * 672)[s] = float(r["aht_seconds"])
for ch, hours in STAFFED.items():
    for d in range(7):
        total = sum(need[ch][d * 96:(d + 1) * 96])
        span = hours.get(DAYS[d])
        for s in range(96):
            need[ch][d * 96 + s] = 0.0
        if span and (WEEK + timedelta(days=d)).date() not in HOLIDAYS:
            slots = range(span[0] * 4, span[1] * 4)
            for s in slots:
                need[ch][d * 96 + s] = total / len(slots)
required = {ch: list(v) for ch, v in need.items()}

def availability(text):
    if not text.strip():
        return {d: (0, 24 * 60) for d in DAYS}
    result = {}
    for part in text.split(";"):
        days, span = part.split()
        a, b = days.split("-") if "-" in days else (days, days)
        start, end = [int(x[:2]) * 60 + int(x[3:]) for x in span.split("-")]
        i = DAYS.index(a)
        while True:
            result[DAYS[i]] = (start, end)
            if DAYS[i] == b:
                break
            i = (i + 1) % 7
    return result

agents = list(csv.DictReader(open(f"{plan_dir}/agents.csv")))
for a in agents:
    a["skills"] = a["skills"].split("|")
    a["avail"] = availability(a["availability"])
    per_day = float(a["max_hours"]) / int(a["max_days"])
    a["length"] = 8 if per_day >= 8 else 6 if per_day >= 6 else 4
    a["days_left"] = int(a["max_days"])
    a["worked"] = set()

def breaks(length):
    """Break offsets in slots and their lengths: 15m after 2h; 30m at 4h for 6h+; 15m at 6h for 8h."""
    b = [(8, 1)]
    if length >= 6: b.append((16, 2))
    if length >= 8: b.append((26, 1))
    return b

def plan_shift(a, day, start):
    """Segments (slot, slots, channel or None) of a shift, channel per block by the largest need."""
    n = a["length"] * 4
    cuts = breaks(a["length"])
    segments, pos = [], 0
    for off, ln in cuts + [(n, 0)]:
        if off > pos:
            block = range(start + pos, start + off)
            ch = max(a["skills"], key=lambda c: sum(need[c][day * 96 + s] for s in block))
            segments.append((start + pos, off - pos, ch))
        if ln:
            segments.append((start + off, ln, None))
        pos = off + ln
    return segments

def gain(a, day, start):
    return sum(min(1.0, max(0.0, need[ch][day * 96 + s]))
               for s0, ln, ch in plan_shift(a, day, start) if ch for s in range(s0, s0 + ln))

roster = []
rng = random.Random(7)
for _ in range(7):
    progress = False
    for day in range(7):
        if (WEEK + timedelta(days=day)).date() in HOLIDAYS:
            continue
        order = agents[:]
        rng.shuffle(order)
        for a in order:
            span = a["avail"].get(DAYS[day])
            if a["days_left"] == 0 or day in a["worked"] or not span:
                continue
            n = a["length"] * 4
            starts = [s for s in range(0, 96 - n + 1, 2) if s * SLOT >= span[0] and (s + n) * SLOT <= span[1]]
            if not starts:
                continue
            best = max(starts, key=lambda s: gain(a, day, s))
            if gain(a, day, best) < 0.45 * n:
                continue
            for s0, ln, ch in plan_shift(a, day, best):
                if ch:
                    for s in range(s0, s0 + ln):
                        need[ch][day * 96 + s] -= 1
                roster.append((a["id"], day, s0, s0 + ln, ch))
            a["days_left"] -= 1
            a["worked"].add(day)
            progress = True
    if not progress:
        break

def ts(day, slot):
    return (WEEK + timedelta(days=day, minutes=slot * SLOT)).strftime("%Y-%m-%dT%H:%M")

roster.sort(key=lambda r: (r[0], r[1], r[2]))
with open(f"{out}/roster.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["agent_id", "date", "start", "end", "activity", "channel"])
    for aid, day, s0, s1, ch in roster:
        w.writerow([aid, ts(day, 0)[:10], ts(day, s0), ts(day, s1), "work" if ch else "break", ch or ""])

scheduled = {ch: [0] * 672 for ch in need}
for aid, day, s0, s1, ch in roster:
    if ch:
        for s in range(s0, s1):
            scheduled[ch][day * 96 + s] += 1

def erlang_c_sl(n, load, aht_s, t):
    if n <= load or load <= 0:
        return 0.0 if load > 0 else 1.0
    b = 1.0
    for k in range(1, n + 1):
        b = load * b / (k + load * b)
    c = n * b / (n - load * (1 - b))
    return max(0.0, 1 - c * math.exp(-(n - load) * t / aht_s))

cov, val, week_sl = [], [], {}
for ch in need:
    share, t = TARGET[ch]
    answered = offered = 0.0
    for s in range(672):
        if required[ch][s] == 0 and scheduled[ch][s] == 0:
            continue
        unmet = max(0.0, required[ch][s] - scheduled[ch][s])
        sl = ""
        if ch in ("voice", "chat") and volume[ch][s] > 0:
            load = volume[ch][s] * aht[ch][s] / (SLOT * 60)
            servers = round(scheduled[ch][s] * (1 - SHRINK) * CONCURRENCY.get(ch, 1))
            sl = erlang_c_sl(servers, load, aht[ch][s], t)
            answered += sl * volume[ch][s]
            offered += volume[ch][s]
        cov.append([ch, ts(s // 96, s % 96), round(required[ch][s], 4), scheduled[ch][s], round(unmet, 4),
                    "" if sl == "" else round(sl, 4)])
        if sl != "":
            val.append([ch, ts(s // 96, s % 96), volume[ch][s], aht[ch][s], scheduled[ch][s], round(sl, 4), "", ""])
    # Deferred work: the share answered in time is the share of workload covered within the day.
    if offered == 0:
        total = sum(required[ch])
        week_sl[ch] = 1 - sum(max(0.0, required[ch][s] - scheduled[ch][s]) for s in range(672)) / total * 0.5
    else:
        week_sl[ch] = answered / offered

with open(f"{out}/coverage.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["channel", "interval_start", "required", "scheduled", "unmet", "service_level"])
    w.writerows(cov)
with open(f"{out}/validation.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["channel", "interval_start", "volume", "aht_seconds", "agents", "service_level", "asa", "abandonment"])
    w.writerows(val)

channels = []
for ch, sl in week_sl.items():
    share, t = TARGET[ch]
    kept = sl >= share
    probability = max(0.0, min(1.0, 0.5 + (sl - share) * 8))
    text = f"{int(share * 100)}/{t}" if t < 3600 else f"{int(share * 100)}%/{t // 3600}h"
    channels.append({"channel": ch, "serviceLevel": round(sl, 4), "target": text, "kept": kept,
                     "strongestKept": text if kept else None,
                     "simulatedServiceLevel": round(sl - 0.004, 4), "probabilityKept": round(probability, 3)})
json.dump({"channels": channels}, open(f"{out}/validation.json", "w"), indent=2)

cost_of = {a["id"]: float(a["cost_per_hour"]) for a in agents}
paid = {}
for aid, day, s0, s1, ch in roster:
    if ch or s1 - s0 == 1:  # the 30-minute break is unpaid
        paid[aid] = paid.get(aid, 0) + (s1 - s0) / 4
cost = sum(h * cost_of[a] for a, h in paid.items())
unmet_hours = {ch: round(sum(max(0.0, required[ch][s] - scheduled[ch][s]) for s in range(672)) / 4, 2) for ch in need}
json.dump({"status": "feasible", "objective": round(cost + 50 * sum(unmet_hours.values()), 2),
           "lowerBound": round(cost * 0.97, 2), "gap": 0.0312, "seconds": 60.0,
           "paidHours": sum(paid.values()), "cost": round(cost, 2), "unmetAgentHours": unmet_hours},
          open(f"{out}/schedule.json", "w"), indent=2)
print(f"{len(roster)} segments, {len(paid)} agents, paid {sum(paid.values())} h; unmet {unmet_hours}; SL {week_sl}")
