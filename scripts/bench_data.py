#!/usr/bin/env python3
"""Inputs for scripts/bench: plan folders with generated, seeded data (standard library only).

Usage: python3 scripts/bench_data.py KIND OUT_DIR [--quick]
KIND:
  sizing    plan.yaml + forecast.csv: 10 channels open 24/7 for a year of 15-min intervals
            (350,400 rows; --quick: 13 weeks); v1..v5 have a patience (Erlang A), v6..v10 do not (Erlang C).
  forecast  plan.yaml + history.csv: 2 years of per-interval history for voice, chat, email and
            whatsapp (--quick: 1 year); forecast from 2027-01-04.
  history   plan.yaml + history.csv: 3 years of per-contact history, about 5 million rows
            (--quick: 1 year); forecast from 2027-01-04.
  bank      plan.yaml + history.csv: Data/bank-voice-15min.csv as the voice channel of a plan with the
            bank's hours and holidays (UTC, so the 96 quarter-hours of every day are kept as they are).
  s, m, l   plan.yaml + agents.csv + forecast.csv for the roster week 2026-11-30 (scripts/bench
            sizes it with staffplan require): S 40 agents, voice, 30-min intervals, no breaks;
            M 150 agents, voice/chat/email, 15-min, breaks, about 60,000 contacts;
            L 400 agents, voice/chat/email/whatsapp, 15-min, breaks.
The same KIND and flags give the same bytes (fixed seeds).
"""
import datetime as dt
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def stamp(t):
    return t.strftime("%Y-%m-%dT%H:%M")


def poisson(rng, lam):
    """A Poisson draw: Knuth's product method below 30, a rounded normal above."""
    if lam <= 0:
        return 0
    if lam < 30:
        limit, k, p = math.exp(-lam), 0, rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        return k
    return max(0, round(rng.gauss(lam, math.sqrt(lam))))


def day_shape(hour):
    """Two humps (late morning, mid afternoon) over a floor, as contact centres see."""
    return 0.35 + math.exp(-((hour - 11) / 2.2) ** 2) + 0.8 * math.exp(-((hour - 15.5) / 2.5) ** 2)


def weekday_factor(weekday):
    return 1.0 if weekday < 5 else (0.6 if weekday == 5 else 0.4)


def write_plan(folder, text):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "plan.yaml"), "w") as f:
        f.write(text)


# ---------------------------------------------------------------- sizing


def sizing(folder, quick):
    rng = random.Random(11)
    channels = [f"v{i}" for i in range(1, 11)]
    lines = ["name: Sizing benchmark", "timezone: America/Sao_Paulo", "interval: 15m", "week: 2027-01-04",
             "shrinkage: 30%", "channels:"]
    scale, aht = {}, {}
    for i, c in enumerate(channels):
        lines += [f"  - id: {c}", "    kind: voice", '    hours: { mon-sun: "00:00-24:00" }', "    target: 80/20",
                  "    max_occupancy: 85%"]
        if i < 5:
            lines.append(f"    patience: {60 + 30 * i}s")
        scale[c] = [8, 25, 60, 150, 400][i % 5]      # peak calls per 15 minutes
        aht[c] = 180 + 40 * (i % 5)
    write_plan(folder, "\n".join(lines) + "\n")
    # capacity --forecast: 52 weekly hiring classes over the year (scripts/bench, sizing).
    with open(os.path.join(folder, "capacity.yaml"), "w") as f:
        f.write("start: 2027-01-01\nweeks: %d\nfte_hours: 40\nefficiency: 1.1\n"
                "shrinkage: { default: 30%%, by_month: { 2027-07: 38%%, 2027-08: 40%%, 2027-12: 35%% } }\n"
                "headcount: 1500\nattrition: { training: 3%%, ramp: 2%%, tenured: 1%% }\n"
                "hiring: { lead_time: 2w, class_every: 1w, training: 4w, ramp: [0.5, 0.75], class_max: 40 }\n"
                "overtime_max: 5%%\n" % (13 if quick else 52))
    start = dt.datetime(2027, 1, 1)
    days = 91 if quick else 365
    with open(os.path.join(folder, "forecast.csv"), "w") as f:
        f.write("channel,interval_start,volume,aht_seconds,volume_low,volume_high\n")
        for c in channels:
            for d in range(days):
                day = start + dt.timedelta(days=d)
                factor = weekday_factor(day.weekday())
                for q in range(96):
                    v = scale[c] * factor * day_shape(q / 4) / 1.4 * (0.9 + 0.2 * rng.random())
                    a = aht[c] * (0.9 + 0.2 * rng.random())
                    t = day + dt.timedelta(minutes=15 * q)
                    f.write(f"{c},{stamp(t)},{v:.2f},{a:.1f},{0.8 * v:.2f},{1.2 * v:.2f}\n")


# ---------------------------------------------------------------- forecast and history

FOUR_CHANNELS = """channels:
  - id: voice
    kind: voice
    hours: { mon-fri: "07:00-22:00", sat-sun: "08:00-20:00" }
    target: 80/20
    patience: 120s
  - id: chat
    kind: chat
    concurrency: 2
    hours: { mon-sun: "08:00-22:00" }
    target: 80/60
  - id: email
    kind: email
    hours: { mon-fri: "08:00-18:00" }
    target: 90%/24h
  - id: whatsapp
    kind: messaging
    hours: { mon-sun: "08:00-22:00" }
    target: 90%/1h
"""
PEAKS = {"voice": 120, "chat": 45, "email": 20, "whatsapp": 30}   # contacts per 15 min at the peak
HANDLE = {"voice": 240, "chat": 420, "email": 300, "whatsapp": 360}


def plan_four(folder, name):
    write_plan(folder, f"name: {name}\ntimezone: America/Sao_Paulo\ninterval: 15m\nweek: 2027-01-04\n"
               f"shrinkage: 30%\n{FOUR_CHANNELS}")


def rate(channel, t, day_index, rng_day):
    """Expected contacts per 15 minutes: a double hump, weekday pattern, slow growth, day noise."""
    hour = t.hour + t.minute / 60
    if channel in ("email", "whatsapp"):
        shape = 0.15 + day_shape(hour) if 7 <= hour < 23 else 0.15
    else:
        shape = day_shape(hour) if 7 <= hour < 22 else 0.0
    return PEAKS[channel] * shape / 1.4 * weekday_factor(t.weekday()) * (1 + day_index / 2000) * rng_day


def forecast_history(folder, quick):
    """Per-interval history, every quarter-hour of every day (closed ones hold 0)."""
    plan_four(folder, "Forecast speed benchmark")
    rng = random.Random(22)
    weeks = 52 if quick else 104
    first = dt.datetime(2027, 1, 4) - dt.timedelta(weeks=weeks)
    with open(os.path.join(folder, "history.csv"), "w") as f:
        f.write("timestamp,channel,volume,aht_seconds\n")
        for d in range(7 * weeks):
            day = first + dt.timedelta(days=d)
            for c in PEAKS:
                noise = 0.9 + 0.2 * rng.random()
                for q in range(96):
                    t = day + dt.timedelta(minutes=15 * q)
                    v = poisson(rng, rate(c, t, d, noise))
                    a = f"{HANDLE[c] * (0.85 + 0.3 * rng.random()):.0f}" if v else ""
                    f.write(f"{stamp(t)},{c},{v},{a}\n")


def contact_history(folder, quick):
    """Per-contact history: arrival second, channel, handle time; about 4,600 contacts a day."""
    plan_four(folder, "History reading benchmark")
    rng = random.Random(33)
    weeks = 52 if quick else 156
    first = dt.datetime(2027, 1, 4) - dt.timedelta(weeks=weeks)
    boost = 0.5    # brings 3 years to about 5 million contacts
    with open(os.path.join(folder, "history.csv"), "w") as f:
        f.write("arrived_at,channel,handle_seconds\n")
        for d in range(7 * weeks):
            day = first + dt.timedelta(days=d)
            date = day.strftime("%Y-%m-%d")
            noise = {c: 0.9 + 0.2 * rng.random() for c in PEAKS}
            out = []
            for q in range(96):
                t = day + dt.timedelta(minutes=15 * q)
                prefix = f"{date}T{t.hour:02d}:"
                for c in PEAKS:
                    n = poisson(rng, boost * rate(c, t, d, noise[c]))
                    for s in sorted(rng.randrange(900) for _ in range(n)):
                        minute, second = divmod(s, 60)
                        out.append(f"{prefix}{t.minute + minute:02d}:{second:02d},{c},"
                                   f"{int(rng.expovariate(1 / HANDLE[c])) + 5}\n")
            f.write("".join(out))


def bank(folder):
    write_plan(folder, """name: Anonymous Bank voice (Technion SEE, 1999)
timezone: UTC
interval: 15m
week: 1999-06-27
shrinkage: 30%
holidays: [1999-04-01, 1999-04-06, 1999-05-21]
channels:
  - id: voice
    kind: voice
    hours: { sun-thu: "07:00-24:00", fri: "07:00-14:00", sat: "20:00-24:00" }
    target: 80/20
""")
    with open(os.path.join(ROOT, "Data/bank-voice-15min.csv")) as src, \
            open(os.path.join(folder, "history.csv"), "w") as out:
        next(src)
        out.write("timestamp,channel,volume,aht_seconds\n")
        for line in src:   # the source has no handle times; a constant one (only volume is scored)
            t, v = line.strip().split(",")
            out.write(f"{t},voice,{v},{'180' if v != '0' else ''}\n")


# ---------------------------------------------------------------- scheduling instances

WEEK = dt.datetime(2026, 11, 30)


def instance(folder, size):
    """A roster week like Sources/Scheduler/Benchmark/BenchmarkInstances.swift, as a plan folder."""
    rng = random.Random({"s": 101, "m": 102, "l": 103}[size])
    minutes = 30 if size == "s" else 15
    agents_n = {"s": 40, "m": 150, "l": 400}[size]
    ids = {"s": ["voice"], "m": ["voice", "chat", "email"], "l": ["voice", "chat", "email", "whatsapp"]}[size]
    skill_sets = {"s": [(["voice"], 1.0)],
                  "m": [(["voice"], 0.5), (["voice", "chat"], 0.2), (["chat", "email"], 0.15),
                        (["voice", "chat", "email"], 0.15)],
                  "l": [(["voice"], 0.4), (["voice", "chat"], 0.15), (["chat", "whatsapp"], 0.15), (["email"], 0.1),
                        (["voice", "chat", "email", "whatsapp"], 0.2)]}[size]
    channel_yaml = {
        "voice": '  - id: voice\n    kind: voice\n    hours: { mon-sun: "07:00-22:00" }\n    target: 80/20\n'
                 + ("" if size == "s" else "    patience: 180s\n") + "    max_occupancy: 90%\n",
        "chat": '  - id: chat\n    kind: chat\n    concurrency: 2\n    hours: { mon-sun: "07:00-22:00" }\n    target: 80/60\n',
        "email": '  - id: email\n    kind: email\n    hours: { mon-sat: "08:00-18:00" }\n    target: 90%/24h\n',
        "whatsapp": '  - id: whatsapp\n    kind: messaging\n    hours: { mon-sun: "07:00-22:00" }\n    target: 90%/1h\n',
    }
    breaks = "" if size == "s" else (
        "  breaks:\n"
        "    - { length: 15m, window: [2h, 3h], for_shifts_from: 4h }\n"
        "    - { length: 1h, window: [3h, 5h], for_shifts_from: 6h, paid: false }\n")
    lengths = "[4h, 6h, 8h]" if size == "s" else "[4h, 6h, 9h]"
    write_plan(folder, f"name: Scheduling benchmark {size.upper()}\ntimezone: America/Sao_Paulo\n"
               f"interval: {minutes}m\nweek: 2026-11-30\nshrinkage: 20%\nchannels:\n"
               + "".join(channel_yaml[c] for c in ids)
               + f"shifts:\n  start_every: 30m\n  lengths: {lengths}\n  earliest_start: \"06:00\"\n"
               f"  latest_end: \"23:00\"\n{breaks}rules:\n  min_rest: 11h\n  max_consecutive_days: 5\n")
    # Agents: skills by share, a fifth with weekday daytime availability, a quarter part-time.
    rows, supply, cumulative, k = [], 0.0, skill_sets[0][1], 0
    for a in range(agents_n):
        while a >= cumulative * agents_n and k + 1 < len(skill_sets):
            k += 1
            cumulative += skill_sets[k][1]
        skills = skill_sets[k][0]
        restricted = size != "s" and rng.random() < 0.2
        part = rng.random() < 0.25
        lo, hi, days = (16, 30, 4) if part else (30, 40, 5)
        supply += hi
        rows.append(f"A{a + 1:03d},Agent {a + 1:03d},{'|'.join(skills)},{lo},{hi},{days},"
                    f"{'mon-fri 07:00-19:00' if restricted else ''},{24 if len(skills) > 1 else 20}.00\n")
    with open(os.path.join(folder, "agents.csv"), "w") as f:
        f.write("id,name,skills,min_hours,max_hours,max_days,availability,cost_per_hour\n" + "".join(rows))
    # Demand: about 80 % of the agents' maximum hours once sized (rough Erlang overhead, shrinkage).
    shares = {1: [1.0], 3: [0.55, 0.25, 0.2], 4: [0.45, 0.2, 0.15, 0.2]}[len(ids)]
    handle = {"voice": 200, "chat": 300, "email": 240, "whatsapp": 240}
    work_hours = supply * 0.8 * 0.8 / 1.15          # shrinkage 20 %, about 15 % queueing overhead
    steps = 7 * 24 * 60 // minutes
    times = [WEEK + dt.timedelta(minutes=minutes * i) for i in range(steps)]
    shape = []
    for t in times:
        hour = t.hour + t.minute / 60
        shape.append(weekday_factor(t.weekday()) * day_shape(hour) * (0.9 + 0.2 * rng.random())
                     if 7 <= hour < 22 else 0.0)
    total_shape = sum(shape)
    with open(os.path.join(folder, "forecast.csv"), "w") as f:
        f.write("channel,interval_start,volume,aht_seconds,volume_low,volume_high\n")
        for c, share in zip(ids, shares):
            hours = work_hours * share * (2 if c == "chat" else 1)          # chat: two at once
            contacts = hours * 3600 / handle[c]
            for t, s in zip(times, shape):
                if c == "email":     # e-mail arrives around the clock
                    v = contacts / steps * (0.5 + rng.random())
                elif s == 0:
                    continue
                else:
                    v = contacts * s / total_shape
                f.write(f"{c},{stamp(t)},{v:.2f},{handle[c]},{0.8 * v:.2f},{1.2 * v:.2f}\n")


def main():
    args = [a for a in sys.argv[1:] if a != "--quick"]
    quick = "--quick" in sys.argv[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    kind, folder = args
    os.makedirs(folder, exist_ok=True)
    if kind == "sizing":
        sizing(folder, quick)
    elif kind == "forecast":
        forecast_history(folder, quick)
    elif kind == "history":
        contact_history(folder, quick)
    elif kind == "bank":
        bank(folder)
    elif kind in ("s", "m", "l"):
        instance(folder, kind)
    else:
        sys.exit(f"unknown kind {kind}\n" + __doc__)


if __name__ == "__main__":
    main()
