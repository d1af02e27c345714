#!/usr/bin/env python3
"""Capacity inputs from the "Anonymous Bank" call center data (Israel 1999, Technion SEE lab).

    python3 scripts/bank_capacity_inputs.py OUTDIR [--data DIR]

Source: ../shared/data/anonymous-bank-1999 (Guedj & Mandelbaum; Brown et al. 2005, JASA 100:36-50).
The data are free for use with acknowledgement of the source.

Writes
  OUTDIR/workload.csv     week,channel,agent_hours: busy (talking) agent-hours actually worked per
                          whole week, sum of busy_agent_seconds / 3600 - a reference, not a need:
                          it excludes wrap-up (not recorded) and idle staffed time.
  OUTDIR/forecast.csv     staffplan forecast format channel,interval_start,volume,aht_seconds,
                          volume_low,volume_high: channel voice (a line channel: its open intervals
                          only, the bank's hours as in Data/README.md and the demo plan: Sunday-Thursday
                          07:00-24:00, Friday 07:00-14:00, Saturday 20:00-24:00; --all-intervals for
                          00:00-23:45 every day), 15-min intervals in naive local time, of the whole
                          Sunday-Saturday weeks present in the data;
                          volume = count_agent_requests; aht_seconds = the interval's aht_seconds,
                          or the week's mean talk time where the interval has no volume or no
                          measured talk time; volume_low = volume_high = volume.
  OUTDIR/agents_seen.csv  month,agents_seen,agents_first_seen,agents_last_seen,busy_agent_hours:
                          distinct `server` names (NO_SERVER and PHANTOM rows excluded) serving a call
                          in the month, those seen for the first / last time in the whole file that
                          month, and the month's busy agent-hours (15-min file).
and prints a month table. Standard library only.
"""
import argparse
import collections
import csv
import datetime as dt
import gzip
import os

DEFAULT_DATA = "/work/shared/data/anonymous-bank-1999"
# opening hours by Python weekday (Mon=0 .. Sun=6): [start, end) in minutes after midnight
OPEN = {6: (420, 1440), 0: (420, 1440), 1: (420, 1440), 2: (420, 1440), 3: (420, 1440),
        4: (420, 840), 5: (1200, 1440)}


def is_open(ts):
    lo, hi = OPEN[ts.weekday()]
    return lo <= ts.hour * 60 + ts.minute < hi


def read_15min(path):
    rows = []
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            ts = dt.datetime.fromisoformat(r["timestamp"])
            aht = float(r["aht_seconds"]) if r["aht_seconds"] not in ("", None) else None
            rows.append(dict(ts=ts, vol=int(r["count_agent_requests"]), served=int(r["count_served"]),
                             aht=aht, service=float(r["total_service_seconds"] or 0),
                             busy=float(r["busy_agent_seconds"] or 0), calls=int(r["count"])))
    return rows


def whole_weeks(rows):
    """Sundays whose 7 days are all present with 96 intervals each."""
    per_day = collections.Counter(r["ts"].date() for r in rows)
    days = sorted(per_day)
    weeks = []
    d = days[0] + dt.timedelta(days=(6 - days[0].weekday()) % 7)  # first Sunday (weekday 6)
    while d <= days[-1]:
        if all(per_day.get(d + dt.timedelta(days=i), 0) == 96 for i in range(7)):
            weeks.append(d)
        d += dt.timedelta(days=7)
    return weeks


def week_of(d):
    """The Sunday on or before date d."""
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--all-intervals", action="store_true", help="every 15-min interval, not only open hours")
    args = ap.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    rows = read_15min(os.path.join(args.data, "calls_15min.csv"))
    weeks = whole_weeks(rows)
    wset = set(weeks)

    # ---- weekly figures
    wk = collections.defaultdict(lambda: dict(busy=0.0, service=0.0, talk_calls=0.0, vol=0))
    for r in rows:
        w = week_of(r["ts"].date())
        if w not in wset:
            continue
        a = wk[w]
        a["busy"] += r["busy"]
        a["vol"] += r["vol"]
        if r["aht"] and r["aht"] > 0:
            a["service"] += r["service"]
            a["talk_calls"] += r["service"] / r["aht"]   # calls with talk time > 0 behind the mean
    with open(os.path.join(args.outdir, "workload.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["week", "channel", "agent_hours"])
        for w in weeks:
            wr.writerow([w.isoformat(), "voice", f"{wk[w]['busy'] / 3600:.3f}"])

    # ---- forecast.csv
    week_aht = {w: (a["service"] / a["talk_calls"] if a["talk_calls"] else 0.0) for w, a in wk.items()}
    filled = 0
    closed_requests = 0
    written = 0
    with open(os.path.join(args.outdir, "forecast.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["channel", "interval_start", "volume", "aht_seconds", "volume_low", "volume_high"])
        for r in rows:
            w = week_of(r["ts"].date())
            if w not in wset:
                continue
            if not args.all_intervals and not is_open(r["ts"]):
                closed_requests += r["vol"]
                continue
            written += 1
            aht = r["aht"]
            if r["vol"] == 0 or not aht or aht <= 0:
                aht = week_aht[w]
                filled += r["vol"] > 0
            wr.writerow(["voice", r["ts"].strftime("%Y-%m-%dT%H:%M"), r["vol"], f"{aht:.1f}", r["vol"], r["vol"]])

    # ---- agents seen per month (per-call file)
    first, last = {}, {}
    month_agents = collections.defaultdict(set)
    month_talk = collections.Counter()
    with gzip.open(os.path.join(args.data, "calls_per_call.csv.gz"), "rt", newline="") as f:
        for r in csv.DictReader(f):
            if r["outcome"] == "PHANTOM" or r["server"] in ("NO_SERVER", ""):
                continue
            t = r["service_start_ts"] or r["arrival_ts"]
            month = t[:7]
            s = r["server"]
            month_agents[month].add(s)
            month_talk[month] += float(r["service_seconds"] or 0)
            first[s] = min(first.get(s, month), month)
            last[s] = max(last.get(s, month), month)
    months = sorted(month_agents)
    month15 = collections.defaultdict(lambda: dict(busy=0.0, vol=0, served=0, service=0.0, talk_calls=0.0, days=set()))
    for r in rows:
        m = month15[r["ts"].strftime("%Y-%m")]
        m["busy"] += r["busy"]; m["vol"] += r["vol"]; m["served"] += r["served"]; m["days"].add(r["ts"].date())
        if r["aht"] and r["aht"] > 0:
            m["service"] += r["service"]; m["talk_calls"] += r["service"] / r["aht"]
    with open(os.path.join(args.outdir, "agents_seen.csv"), "w", newline="") as f:
        wr = csv.writer(f)
        wr.writerow(["month", "agents_seen", "agents_first_seen", "agents_last_seen", "busy_agent_hours"])
        for mo in months:
            wr.writerow([mo, len(month_agents[mo]), sum(1 for s in first if first[s] == mo),
                         sum(1 for s in last if last[s] == mo), f"{month15[mo]['busy'] / 3600:.1f}"])

    # ---- month table
    n_weeks_m = collections.Counter(w.strftime("%Y-%m") for w in weeks)
    total_req = sum(wk[w]["vol"] for w in weeks)
    print(f"whole Sunday weeks: {len(weeks)} ({weeks[0]} .. {weeks[-1]}); forecast rows {written} "
          f"({'all intervals' if args.all_intervals else 'open intervals'}); agent requests outside opening hours "
          f"left out: {closed_requests} of {total_req} ({100 * closed_requests / max(1, total_req):.2f} %); "
          f"open intervals with volume but no talk time given the week's mean AHT: {filled}")
    hdr = ("month", "days", "agent_req", "served", "AHT_s", "busy_h", "busy_h/wk", "agents", "first", "last",
           "busy_h/agent/wk", "whole_wks")
    print("{:<8}{:>5}{:>10}{:>8}{:>7}{:>9}{:>10}{:>7}{:>6}{:>5}{:>16}{:>10}".format(*hdr))
    for mo in months:
        m = month15[mo]
        nd = len(m["days"])
        aht = m["service"] / m["talk_calls"] if m["talk_calls"] else 0
        bpw = m["busy"] / 3600 / nd * 7
        na = len(month_agents[mo])
        print("{:<8}{:>5}{:>10}{:>8}{:>7.1f}{:>9.1f}{:>10.1f}{:>7}{:>6}{:>5}{:>16.1f}{:>10}".format(
            mo, nd, m["vol"], m["served"], aht, m["busy"] / 3600, bpw, na,
            sum(1 for s in first if first[s] == mo), sum(1 for s in last if last[s] == mo), bpw / na if na else 0,
            n_weeks_m.get(mo, 0)))
    print(f"distinct agents over the file: {len(first)}")


if __name__ == "__main__":
    main()
