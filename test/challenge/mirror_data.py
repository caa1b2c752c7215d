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


def qload(fname, valcol, dims):
    out = []
    with open(path('uk-home-office/quarterly-detailed', fname), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            q = r['Quarter']
            q = int(q.split('Q')[-1]) if 'Q' in q else int(q)
            out.append((int(r['Year']), q, {k: r[c] for k, c in dims.items()}, num(r[valcol])))
    return out


def v_count(a, c, hedge='exact', unit=None):
    rel = abs(a - c) / a if a else float('inf')
    if hedge == 'exact':
        return 'accurate' if rel <= 0.01 else 'roughly_accurate' if rel <= 0.05 else 'inaccurate' if rel > 0.10 else 'grey'
    if hedge == 'round':
        return 'accurate' if abs(a - c) <= unit / 2 else 'roughly_accurate' if rel <= 0.05 else 'inaccurate' if rel > 0.10 else 'grey'
    if hedge == 'about':
        return 'accurate' if rel <= 0.05 else 'roughly_accurate' if rel <= 0.10 else 'inaccurate'
    if hedge == 'nearly':
        top = c + (unit or 0) / 2
        return 'accurate' if 0.9 * c <= a <= top else 'roughly_accurate' if 0.8 * c <= a <= top * 1.02 else 'inaccurate'
    if hedge == 'more_than':
        return 'accurate' if a > c else 'roughly_accurate' if a >= 0.98 * c else 'inaccurate'
    if hedge == 'fewer_than':
        return 'accurate' if a < c else 'inaccurate'
    raise ValueError(hedge)


def weekday_before(date, wd):
    """The latest day with weekday wd (0 = Monday) strictly before date."""
    d = D(date) - dt.timedelta(days=1)
    while d.weekday() != wd:
        d -= dt.timedelta(days=1)
    return d
