"""Readers of the mirror shared by the challenge labellers (label2.py, label3.py): the raw
files through the Python standard library only, never the checker's code."""
import calendar
import csv
import datetime as dt
import os

DATA = os.environ.get('CROSSINGS_MIRROR') or '/work/shared/data'
HERE = os.path.dirname(os.path.abspath(__file__))


def path(*p):
    return os.path.join(DATA, *p)


def num(s):
    s = (s or '').replace(',', '').strip()
    if s in ('', '-', ':'):
        return 0
    f = float(s)
    return int(f) if f == int(f) else f


def D(s):
    return s if isinstance(s, dt.date) else dt.date.fromisoformat(s)


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def iso(d):
    return D(d).isoformat()


# --------------------------------------------------------------------------
# Loaders
# --------------------------------------------------------------------------
SB = {}  # date -> (people, boats)
with open(path('uk-home-office/small-boats/SB_01_daily_arrivals.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        SB[D(r['Date'])] = (num(r['Migrants arrived']), num(r['Boats arrived']))
SB_FIRST, SB_LAST = min(SB), max(SB)


def sb(a, b, i=0):
    a, b = D(a), D(b)
    assert SB_FIRST <= a <= b <= SB_LAST, (a, b)
    return sum(v[i] for k, v in SB.items() if a <= k <= b)
