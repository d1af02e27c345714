#!/usr/bin/env python3
"""Independent reference figures for the sizing engine (run once; results are frozen in
Tests/SchedulerTests/Sizing*Tests.swift).

Method, deliberately different from the Swift code:
- Erlang C: exact rational arithmetic (A^n/n! with Python fractions), no recurrence.
- Erlang A: a truncated CTMC generator solved by linear algebra (numpy), and the tagged
  customer's wait as a phase-type chain ("customers ahead" + own abandonment) whose
  absorption probability within t comes from scipy.linalg.expm. No incomplete beta function.
Usage: python3 scripts/sizing_reference.py
"""
from fractions import Fraction
from math import factorial, exp
import numpy as np
from scipy.linalg import expm


def erlang_c(calls, interval_s, aht, n, t):
    lam = Fraction(calls) / interval_s
    a = lam * aht
    top = a**n / factorial(n) * Fraction(n) / (n - a)
    bottom = sum(a**k / factorial(k) for k in range(n)) + top
    c = float(top / bottom)
    af = float(a)
    sl = 1 - c * exp(-(n - af) * t / aht)
    asa = c * aht / (n - af)
    return dict(wait=c, sl=sl, asa=asa, occ=af / n)


def erlang_a(lam, aht, patience, n, t, cap=2000):
    mu, th = 1 / aht, 1 / patience
    size = n + cap
    q = np.zeros((size, size))
    for s in range(size):
        if s + 1 < size:
            q[s, s + 1] = lam
        if s > 0:
            q[s, s - 1] = min(s, n) * mu + max(s - n, 0) * th
        q[s, s] = -q[s].sum()
    m = np.vstack([q.T, np.ones(size)])
    rhs = np.zeros(size + 1)
    rhs[-1] = 1
    p = np.linalg.lstsq(m, rhs, rcond=None)[0]
    wait = p[n:].sum()
    queue = sum((s - n) * p[s] for s in range(n, size))
    ab = th * queue / lam
    asa = queue / lam
    served_in_t = 0.0
    for j in range(cap):
        if p[n + j] < 1e-16:
            continue
        # transient states: i customers ahead, i = j..0; absorbing: served, abandoned.
        k = j + 1
        g = np.zeros((k + 2, k + 2))
        for idx in range(k):
            i = j - idx
            if i > 0:
                g[idx, idx + 1] = n * mu + i * th
            else:
                g[idx, k] = n * mu
            g[idx, k + 1] = th
            g[idx, idx] = -g[idx].sum()
        served_in_t += p[n + j] * expm(g * t)[0, k]
    sl = (1 - wait) + served_in_t
    occ = lam * aht * (1 - ab) / n
    return dict(wait=wait, ab=ab, asa=asa, sl=sl, occ=occ)


if __name__ == "__main__":
    print("Erlang C 360/30min AHT 240 n=55 t=15:", erlang_c(360, 1800, 240, 55, 15))
    for n in (45, 46, 50, 51, 52):
        print("Erlang C 48/min AHT 60 n=%d t=20:" % n, erlang_c(48, 60, 60, n, 20))
    for n in (1, 20, 40, 45, 46, 50):
        print("Erlang A 48/min AHT 60 patience 120 n=%d t=20:" % n, erlang_a(0.8, 60, 120, n, 20, cap=400 if n > 30 else 1500))
