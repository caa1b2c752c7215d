#!/usr/bin/env python3
"""Independent labels for the crossings claim checker (test/challenge/cases.jsonl).

Every figure in cases.jsonl is computed here, straight from the raw data files,
with the Python standard library only.  The checker's own code is never used.

    python3 label.py              # recompute and print every figure and verdict
    python3 label.py --write      # also (re)write cases.jsonl next to this file

The data are read from $CROSSINGS_MIRROR, or /work/shared/data.

Conventions used in the labels
------------------------------
* count / cumulative: "claimed" is the number as said.
* change: "claimed" is the signed percentage change (down a third = -33.3,
  threefold increase = +200, doubled = +100).
* share: "claimed" is a percentage (nine in ten = 90).
* mean_per: "claimed" is people per boat.
* ratio (one in N): "claimed" is N; figures give N = denominator / numerator.
* rank: "claimed" is k (1 = highest / record).
* streak: "claimed" is the number of consecutive increases (or falls) claimed.
* comparison: "claimed" is null; period vs baseline_period.
* Records and ranks are judged against the periods complete before the
  sentence's date (what the speaker could have known), never later ones.
* Tolerances follow design.md: about/around/some ±5% accurate, ±10% roughly;
  nearly/almost X: X·0.9 ≤ v ≤ X (plus rounding); more than/over X: v > X;
  bare round numbers at their rounding; precise figures within 1% (a revision
  between the provisional daily series and the final quarterly one) accurate;
  integer percentages ±0.5 point accurate, ±2.5 points roughly.
"""
import csv
import datetime as dt
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mirror_data import HERE, D, num, path  # noqa: E402  (the shared readers of the mirror)


# --------------------------------------------------------------------------
# Loaders
# --------------------------------------------------------------------------
SB = {}  # date -> (people, boats)
with open(path('uk-home-office/small-boats/SB_01_daily_arrivals.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        SB[D(r['Date'])] = (num(r['Migrants arrived']), num(r['Boats arrived']))
SB_FIRST, SB_LAST = min(SB), max(SB)


def qend(y, q):
    return dt.date(y, 3 * q, 31 if q in (1, 4) else 30)


def qstart(y, q):
    return dt.date(y, 3 * q - 2, 1)


def load_quarterly(fname, value_col, dims):
    """Rows of a Home Office quarterly table: (year, quarter, {dim: value}, n)."""
    out = []
    with open(path('uk-home-office/quarterly-detailed', fname), encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            q = r['Quarter']
            q = int(q.split('Q')[-1]) if 'Q' in q else int(q)
            out.append((int(r['Year']), q, {k: r[c] for k, c in dims.items()}, num(r[value_col])))
    return out


IRR1 = load_quarterly('Irr_D01_irregular_migration_2018Q1-2023Q4.csv', 'Number of detections',
                      {'method': 'Method of entry', 'nationality': 'Nationality', 'region': 'Region', 'sex': 'Sex', 'age': 'Age Group'})
IRR2 = load_quarterly('Irr_D02_small_boat_asylum_applications_2018Q1-2023Q2.csv', 'Applications',
                      {'asylum_application': 'Asylum application', 'nationality': 'Nationality', 'applicant_type': 'Applicant type',
                       'uasc': 'UASC', 'sex': 'Sex', 'age': 'Age Group'})
RET = load_quarterly('Ret_D01_returns_by_nationality_2004Q1-2023Q4_no-age-sex-destgroup.csv', 'Number of returns',
                     {'return_type_group': 'Return type group', 'return_type': 'Return type', 'nationality': 'Nationality'})
ASY = load_quarterly('Asy_D01_asylum_applications_2001Q1-2024Q3_no-age-sex.csv', 'Applications',
                     {'applicant_type': 'Applicant type', 'nationality': 'Nationality', 'uasc': 'UASC', 'location': 'Location of application'})

FX = []  # (month date, route, type, nat, n)
with open(path('frontex/frontex_monthly_illegal_border_crossings_2009-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        FX.append((D(r['month']), r['route'], r['type'], r['nat'], num(r['n'])))
FX_LAST = max(x[0] for x in FX)

EU = []  # (year, geo, nat, sex, n)
with open(path('eurostat/migr_asyappctza_first_time_applicants_by_geo_nat_sex_2011-2024.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        EU.append((int(r['year']), r['geo'], r['nat'], r['sex'], num(r['n'])))

# IOM: the export for 2014-2024, the API file for 2025 (it supersedes the export's 2025 rows).
IOM = []  # (date or None, year or None, routes set, regions set, cause, total)
with open(path('iom-missing-migrants/Missing_Migrants_Global_Figures_allData_2014-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        y = int(r['Incident Year']) if r['Incident Year'].strip() else None
        if y is not None and y >= 2025:
            continue
        d = r['Incident Date'].strip()
        d = D(d) if len(d) == 10 else None
        IOM.append((d, y, {x.strip() for x in r['Migration Route'].split(',') if x.strip()},
                    {x.strip() for x in r['Region of Incident'].split(',') if x.strip()},
                    r['Cause of Death'].strip(), num(r['Total Number of Dead and Missing'])))
IOM_API_LAST = None
with open(path('iom-missing-migrants/mmp_api_2025_to_2025-09-08.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        d = D(r['reported_date'][:10])
        IOM_API_LAST = max(IOM_API_LAST or d, d)
        routes = {x.strip() for x in r['migration_route'].split(',') if x.strip()}
        routes = {'English Channel to the UK' if x == 'Mainland Europe to the UK' else x for x in routes}
        IOM.append((d, d.year, routes, {x.strip() for x in r['region'].split(',') if x.strip()},
                    r['cause_death'].strip(), num(r['total_dead_and_missing'])))


# --------------------------------------------------------------------------
# Queries
# --------------------------------------------------------------------------
def Y(y):
    return {'from': f'{y}-01-01', 'to': f'{y}-12-31'}


def P(a, b):
    return {'from': a, 'to': b}


def sb(a, b, i=0):
    a, b = D(a), D(b)
    assert SB_FIRST <= a and b <= SB_LAST, (a, b)
    return sum(v[i] for k, v in SB.items() if a <= k <= b)


def sby(y, i=0):
    return sb(f'{y}-01-01', f'{y}-12-31', i)


def quarters_in(a, b):
    a, b = D(a), D(b)
    qs = []
    for y in range(a.year, b.year + 1):
        for q in range(1, 5):
            if qstart(y, q) >= a and qend(y, q) <= b:
                qs.append((y, q))
    assert qs and qstart(*qs[0]) == a and qend(*qs[-1]) == b, ('period not quarter-aligned', a, b)
    return set(qs)


def match(dims, flt):
    for k, v in flt.items():
        vals = v if isinstance(v, list) else [v]
        if dims.get(k) not in vals:
            return False
    return True


def qsum(table, a, b, **flt):
    qs = quarters_in(a, b)
    have = {(y, q) for y, q, _, _ in table}
    assert qs <= have, ('quarters outside the table', sorted(qs - have))
    return sum(n for y, q, dims, n in table if (y, q) in qs and match(dims, flt))


def qsumy(table, y, **flt):
    return qsum(table, f'{y}-01-01', f'{y}-12-31', **flt)


def irr(y, **flt):
    flt.setdefault('method', 'Small boat arrivals')
    return qsumy(IRR1, y, **flt)


def fx(a, b, route=None, nat=None):
    a, b = D(a), D(b)
    assert b <= dt.date(FX_LAST.year, FX_LAST.month, 28) or (b.year, b.month) <= (FX_LAST.year, FX_LAST.month)
    return sum(n for m, r, t, na, n in FX if a <= m <= b and (route is None or r == route) and (nat is None or na == nat))


def fxy(y, route=None, nat=None):
    return fx(f'{y}-01-01', f'{y}-12-31', route, nat)


def eu(y, geo='EU27', nat=None):
    return sum(n for yy, g, na, s, n in EU if yy == y and g == geo and (nat is None or na == nat))


def iom(a, b, route=None, region=None, cause=None, cause_any=False):
    """Dead and missing.  Whole calendar years use Incident Year (so the one 2020
    row dated '0' still counts in 2020); other periods use the incident date."""
    a, b = D(a), D(b)
    if b.year >= 2025:
        assert b <= IOM_API_LAST, 'IOM data end ' + str(IOM_API_LAST)
    whole = a.month == 1 and a.day == 1 and b.month == 12 and b.day == 31
    tot = 0
    for d, y, routes, regions, cause_, n in IOM:
        if whole:
            if y is None or not (a.year <= y <= b.year):
                continue
        elif d is None or not (a <= d <= b):
            continue
        if route and route not in routes:
            continue
        if region and region not in regions:
            continue
        if cause:
            if cause_any:
                if cause not in cause_:
                    continue
            elif cause_ != cause:
                continue
        tot += n
    return tot


def iomy(y, **kw):
    return iom(f'{y}-01-01', f'{y}-12-31', **kw)


def pct(new, old):
    return round((new - old) / old * 100, 2)


# --------------------------------------------------------------------------
# Verdict helpers (they compute the verdict the tolerances give; each claim's
# expected verdict is asserted against them where the claim is numeric)
# --------------------------------------------------------------------------
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
    if hedge == 'at_least':
        return 'accurate' if a >= c else 'roughly_accurate' if a >= 0.98 * c else 'inaccurate'
    if hedge == 'fewer_than':
        return 'accurate' if a < c else 'inaccurate'
    raise ValueError(hedge)


def v_pct(a, c, hedge='exact', step=1.0):
    """a, c in percent (or percentage points)."""
    d = abs(a - c)
    if hedge == 'exact':
        return 'accurate' if d <= step / 2 else 'roughly_accurate' if d <= 2.5 else 'inaccurate'
    if hedge == 'about':  # 'about X%', 'a third', 'nine in ten'
        rel = d / abs(c)
        return 'accurate' if rel <= 0.05 else 'roughly_accurate' if rel <= 0.10 else 'inaccurate'
    if hedge == 'more_than':
        return 'accurate' if a > c else 'inaccurate'
    if hedge == 'fewer_than':
        return 'accurate' if a < c else 'inaccurate'
    if hedge == 'nearly':
        return 'accurate' if 0.9 * c <= a <= c + step / 2 else 'roughly_accurate' if 0.8 * c <= a <= c * 1.02 else 'inaccurate'
    raise ValueError(hedge)


def v_bool(ok):
    return 'accurate' if ok else 'inaccurate'


def rank_of(value, others):
    return 1 + sum(1 for o in others if o > value)


def streak_up(series):
    """Consecutive increases ending at the last element of series (a list)."""
    k = 0
    for i in range(len(series) - 1, 0, -1):
        if series[i] > series[i - 1]:
            k += 1
        else:
            break
    return k


# --------------------------------------------------------------------------
# Case builders
# --------------------------------------------------------------------------
CASES = []
ORDER = []


def S(id, phen, text, date, claims, speaker=None):
    for c in claims:
        assert c['quote'] in text, (id, c['quote'])
        if c['period']:
            assert c['period']['to'] < date or c['expected_verdict'] == 'unverifiable' or c.get('_ytd'), (id, 'period not before date')
        c.pop('_ytd', None)
    obj = {'id': id, 'phenomenon': phen, 'text': text, 'date': date}
    if speaker:
        obj['speaker'] = speaker
    obj['claims'] = claims
    CASES.append(obj)


def C(quote, type, metric, filters, period, claimed, verdict, figures, why, baseline=None, accept=None, computed=None, **extra):
    """computed: the verdict the tolerance helper gives (asserted equal to verdict
    unless verdict is misleading/unverifiable or accept covers it)."""
    accept = accept or [verdict]
    assert verdict in accept
    if computed is not None and verdict not in ('misleading', 'unverifiable'):
        assert computed == verdict or computed in accept, (quote, computed, verdict)
        assert computed != 'grey', (quote, 'grey zone: write accept')
    c = {'quote': quote, 'type': type, 'metric': metric, 'filters': filters, 'period': period,
         'baseline_period': baseline, 'claimed': claimed, 'expected_verdict': verdict, 'accept': accept,
         'figures': {k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}, 'why': why}
    for k, v in extra.items():
        c[k] = v
    return c


SBA, SBB = 'uk.small_boats.arrivals', 'uk.small_boats.boats'
IRR, IRR2M = 'uk.irregular.detections', 'uk.small_boats.asylum_claims'
RETM, ASYM = 'uk.returns', 'uk.asylum.applications'
FXM, EUM, IOMM = 'eu.frontex.detections', 'eu.asylum.applicants', 'deaths.dead_and_missing'
SBF = {'method': 'Small boat arrivals'}
CH = 'English Channel to the UK'
CMR, EMR, WAR, WBR, EBR = ('Central Mediterranean Route', 'Eastern Mediterranean Route', 'Western African Route',
                           'Western Balkan Route', 'Eastern Borders Route')

SBY = {y: sby(y) for y in range(2018, 2026)}
SBBY = {y: sby(y, 1) for y in range(2018, 2026)}


def nat_table(y):
    t = defaultdict(int)
    for yy, q, dims, n in IRR1:
        if yy == y and dims['method'] == 'Small boat arrivals':
            t[dims['nationality']] += n
    return t


nat22, nat23, nat21 = nat_table(2022), nat_table(2023), nat_table(2021)


def years_done(first, date, last=None):
    """Calendar years from `first` that had ended before `date` (and, if given, up to `last`)."""
    d = D(date)
    ys = [y for y in range(first, d.year) if dt.date(y, 12, 31) < d]
    return [y for y in ys if last is None or y <= last]


def fmt(x):
    return f'{x:,}' if isinstance(x, int) else f'{x:,.2f}'


def sb_rank_year(y, date):
    ys = years_done(2018, date, 2025)
    assert y in ys
    return rank_of(SBY[y], [SBY[o] for o in ys if o != y]), {str(o): SBY[o] for o in ys}


# ==========================================================================
# 1. apposition
# ==========================================================================
r, yrs = sb_rank_year(2025, '2026-01-02')
S('apposition-01', 'apposition',
  'A total of 41,472 people crossed the Channel in small boats in 2025, the second highest annual figure on record after the 45,755 who made the journey in 2022.',
  '2026-01-02', [
      C('41,472 people crossed the Channel in small boats in 2025', 'count', SBA, {}, Y(2025), 41472, 'accurate',
        {'arrivals_2025': SBY[2025]}, f'SB_01 sum 2025-01-01..2025-12-31 = {fmt(SBY[2025])}', computed=v_count(SBY[2025], 41472)),
      C('the second highest annual figure on record', 'rank', SBA, {}, Y(2025), 2, 'accurate',
        {**{f'arrivals_{k}': v for k, v in yrs.items()}, 'rank': r},
        f'2025 ({fmt(SBY[2025])}) is below only 2022 ({fmt(SBY[2022])}) among 2018-2025: rank {r}', computed=v_bool(r == 2)),
      C('the 45,755 who made the journey in 2022', 'count', SBA, {}, Y(2022), 45755, 'accurate',
        {'arrivals_2022': SBY[2022]}, f'SB_01 2022 = {fmt(SBY[2022])}', computed=v_count(SBY[2022], 45755)),
  ])

r, yrs = sb_rank_year(2024, '2025-01-02')
S('apposition-02', 'apposition',
  'Some 36,816 migrants arrived on small boats last year, the second highest total since records began in 2018, behind only 2022.',
  '2025-01-02', [
      C('Some 36,816 migrants arrived on small boats last year', 'count', SBA, {}, Y(2024), 36816, 'accurate',
        {'arrivals_2024': SBY[2024]}, f'SB_01 2024 = {fmt(SBY[2024])}', computed=v_count(SBY[2024], 36816, 'about')),
      C('the second highest total since records began in 2018, behind only 2022', 'rank', SBA, {}, Y(2024), 2, 'accurate',
        {**{f'arrivals_{k}': v for k, v in yrs.items()}, 'rank': r},
        f'as of 2025-01-02 the complete years are 2018-2024; 2024 ({fmt(SBY[2024])}) is behind only 2022 ({fmt(SBY[2022])}): rank {r} (2025 did not yet exist)',
        computed=v_bool(r == 2)),
  ])

r, yrs = sb_rank_year(2023, '2024-01-02')
S('apposition-03', 'apposition',
  'Crossings fell to 29,437 in 2023, making it the third busiest year on record after 2022 and 2021.',
  '2024-01-02', [
      C('Crossings fell to 29,437 in 2023', 'count', SBA, {}, Y(2023), 29437, 'accurate',
        {'arrivals_2023': SBY[2023], 'arrivals_2022': SBY[2022]}, f'SB_01 2023 = {fmt(SBY[2023])} (down from {fmt(SBY[2022])})',
        computed=v_count(SBY[2023], 29437)),
      C('the third busiest year on record after 2022 and 2021', 'rank', SBA, {}, Y(2023), 3, 'inaccurate',
        {**{f'arrivals_{k}': v for k, v in yrs.items()}, 'rank': r},
        f'2023 ({fmt(SBY[2023])}) is above 2021 ({fmt(SBY[2021])}); only 2022 is higher, so it ranks {r}, not 3',
        computed=v_bool(r == 3)),
  ])

ch = {y: iomy(y, route=CH) for y in range(2014, 2025)}
r = rank_of(ch[2024], [ch[y] for y in range(2014, 2024)])

fxyr = {y: fxy(y) for y in range(2009, 2025)}
r = rank_of(fxyr[2023], [fxyr[y] for y in range(2009, 2023)])
S('apposition-04', 'apposition',
  'In 2023 Frontex counted about 381,000 irregular crossings at the EU\'s external borders, the highest figure on record.',
  '2025-06-11', [
      C('In 2023 Frontex counted about 381,000 irregular crossings', 'count', FXM, {}, Y(2023), 381000, 'accurate',
        {'detections_2023': fxyr[2023]}, f'Frontex 2023 sum = {fmt(fxyr[2023])}', computed=v_count(fxyr[2023], 381000, 'about')),
      C('the highest figure on record', 'rank', FXM, {}, Y(2023), 1, 'inaccurate',
        {'detections_2023': fxyr[2023], 'detections_2015': fxyr[2015], 'detections_2016': fxyr[2016], 'rank_since_2009': r},
        f'the series starts in 2009; 2015 ({fmt(fxyr[2015])}) and 2016 ({fmt(fxyr[2016])}) were higher: rank {r}', computed=v_bool(r == 1)),
  ])

asy_tot = {y: qsumy(ASY, y) for y in range(2001, 2024)}
asy_main = {y: qsumy(ASY, y, applicant_type='Main applicant') for y in range(2001, 2024)}
S('apposition-05', 'apposition',
  'The UK received 99,939 asylum applications in 2022, the highest number since 2002, when 103,081 people applied.',
  '2024-12-05', [
      C('The UK received 99,939 asylum applications in 2022', 'count', ASYM, {}, Y(2022), 99939, 'accurate',
        {'applications_2022_people': asy_tot[2022], 'main_applicants_2022': asy_main[2022]},
        f'Asy_D01 2022 main applicants + dependants = {fmt(asy_tot[2022])} (main applicants alone {fmt(asy_main[2022])})',
        computed=v_count(asy_tot[2022], 99939)),
      C('the highest number since 2002', 'rank', ASYM, {}, Y(2022), 1, 'accurate',
        {'applications_2002': asy_tot[2002], 'max_2003_2021': max(asy_tot[y] for y in range(2003, 2022))},
        f'2002 ({fmt(asy_tot[2002])}) was higher; every year 2003-2021 lower (max {fmt(max(asy_tot[y] for y in range(2003, 2022)))})',
        baseline=P('2002-01-01', '2021-12-31'),
        computed=v_bool(asy_tot[2002] >= asy_tot[2022] > max(asy_tot[y] for y in range(2003, 2022)))),
      C('2002, when 103,081 people applied', 'count', ASYM, {}, Y(2002), 103081, 'accurate',
        {'applications_2002_people': asy_tot[2002]}, f'Asy_D01 2002 = {fmt(asy_tot[2002])}', computed=v_count(asy_tot[2002], 103081)),
  ])

iy = {y: iomy(y) for y in range(2014, 2025)}
S('apposition-06', 'apposition',
  'Some 8,747 migrants died or went missing in 2023, the highest toll since 2016, the IOM said.',
  '2025-06-20', [
      C('Some 8,747 migrants died or went missing in 2023', 'count', IOMM, {}, Y(2023), 8747, 'accurate',
        {'dead_missing_2023': iy[2023]}, f'IOM 2023 = {fmt(iy[2023])}', computed=v_count(iy[2023], 8747, 'about')),
      C('the highest toll since 2016', 'rank', IOMM, {}, Y(2023), 1, 'inaccurate',
        {'dead_missing_2016': iy[2016], 'dead_missing_2023': iy[2023], 'max_2014_2022': max(iy[y] for y in range(2014, 2023))},
        f'"highest since 2016" needs 2016 to be higher, but 2016 ({fmt(iy[2016])}) is below 2023 ({fmt(iy[2023])}): 2023 was the highest on record (since 2014)',
        baseline=P('2016-01-01', '2022-12-31'), accept=['inaccurate', 'misleading'],
        computed=v_bool(iy[2016] >= iy[2023])),
  ])

# ==========================================================================
# 2. baseline
# ==========================================================================
h1_24, h1_23 = sb('2024-01-01', '2024-06-30'), sb('2023-01-01', '2023-06-30')
irr_h1_23 = qsum(IRR1, '2023-01-01', '2023-06-30', **SBF)
S('baseline-01', 'baseline',
  'In the first six months of 2024, 13,489 people crossed the Channel, 18% higher than the 11,433 who arrived in the same period of 2023, with Afghans again the largest group.',
  '2024-07-02', [
      C('In the first six months of 2024, 13,489 people crossed the Channel', 'count', SBA, {}, P('2024-01-01', '2024-06-30'), 13489, 'accurate',
        {'arrivals_h1_2024': h1_24}, f'SB_01 2024-01-01..06-30 = {fmt(h1_24)}', computed=v_count(h1_24, 13489)),
      C('18% higher than the 11,433 who arrived in the same period of 2023', 'change', SBA, {}, P('2024-01-01', '2024-06-30'), 18, 'accurate',
        {'arrivals_h1_2024': h1_24, 'arrivals_h1_2023': h1_23, 'pct_change': pct(h1_24, h1_23)},
        f'{fmt(h1_24)} / {fmt(h1_23)} - 1 = {pct(h1_24, h1_23)}%', baseline=P('2023-01-01', '2023-06-30'),
        computed=v_pct(pct(h1_24, h1_23), 18)),
      C('the 11,433 who arrived in the same period of 2023', 'count', SBA, {}, P('2023-01-01', '2023-06-30'), 11433, 'accurate',
        {'arrivals_h1_2023': h1_23, 'irr_d01_h1_2023': irr_h1_23}, f'SB_01 2023-01-01..06-30 = {fmt(h1_23)} (Irr_D01 Q1+Q2 2023 also {fmt(irr_h1_23)})',
        computed=v_count(h1_23, 11433)),
      C('with Afghans again the largest group', 'rank', IRR, {**SBF, 'nationality': 'Afghanistan'}, P('2024-01-01', '2024-06-30'), 1, 'unverifiable',
        {'irr_d01_last_quarter': '2023 Q4', 'afghanistan_2023': nat23['Afghanistan']},
        'no nationality breakdown of 2024 arrivals is held: SB_01 has none and Irr_D01 ends in 2023 Q4 (Afghans were the largest group in 2023)'),
  ])

a, b = sb('2023-01-01', '2023-08-31'), sb('2022-01-01', '2022-08-31')
S('baseline-02', 'baseline',
  'More than 20,000 people have crossed so far this year, down a fifth on the 25,000 who had arrived by the same point last year.',
  '2023-09-01', [
      C('More than 20,000 people have crossed so far this year', 'count', SBA, {}, P('2023-01-01', '2023-08-31'), 20000, 'accurate',
        {'arrivals_2023_to_aug31': a}, f'SB_01 2023-01-01..08-31 (data to the day before the date) = {fmt(a)} > 20,000',
        computed=v_count(a, 20000, 'more_than')),
      C('down a fifth on the 25,000 who had arrived by the same point last year', 'change', SBA, {}, P('2023-01-01', '2023-08-31'), -20, 'accurate',
        {'arrivals_2023_to_aug31': a, 'arrivals_2022_to_aug31': b, 'pct_change': pct(a, b)},
        f'{fmt(a)} vs {fmt(b)}: {pct(a, b)}% (a fifth = -20%)', baseline=P('2022-01-01', '2022-08-31'), computed=v_pct(pct(a, b), -20, 'about')),
      C('the 25,000 who had arrived by the same point last year', 'count', SBA, {}, P('2022-01-01', '2022-08-31'), 25000, 'accurate',
        {'arrivals_2022_to_aug31': b}, f'SB_01 2022-01-01..08-31 = {fmt(b)}, rounds to 25,000', computed=v_count(b, 25000, 'round', 1000)),
  ])

S('baseline-03', 'baseline',
  'Arrivals rose by a quarter last year to 36,816, from 26,000 in 2023.',
  '2025-01-03', [
      C('Arrivals rose by a quarter last year', 'change', SBA, {}, Y(2024), 25, 'accurate',
        {'arrivals_2024': SBY[2024], 'arrivals_2023': SBY[2023], 'pct_change': pct(SBY[2024], SBY[2023])},
        f'{fmt(SBY[2024])} / {fmt(SBY[2023])} - 1 = {pct(SBY[2024], SBY[2023])}%', baseline=Y(2023),
        computed=v_pct(pct(SBY[2024], SBY[2023]), 25, 'about')),
      C('to 36,816', 'count', SBA, {}, Y(2024), 36816, 'accurate', {'arrivals_2024': SBY[2024]}, f'SB_01 2024 = {fmt(SBY[2024])}',
        computed=v_count(SBY[2024], 36816)),
      C('from 26,000 in 2023', 'count', SBA, {}, Y(2023), 26000, 'inaccurate', {'arrivals_2023': SBY[2023]},
        f'SB_01 2023 = {fmt(SBY[2023])}; 26,000 is {round((SBY[2023] - 26000) / SBY[2023] * 100, 1)}% too low (and would make the rise 42%)',
        computed=v_count(SBY[2023], 26000, 'round', 1000)),
  ])

enf = {y: qsumy(RET, y, return_type_group='Enforced return') for y in range(2004, 2024)}
vol = {y: qsumy(RET, y, return_type_group='Voluntary return') for y in range(2004, 2024)}
port = {y: qsumy(RET, y, return_type_group='Refused entry at port and subsequently departed') for y in range(2004, 2024)}

e23, e24 = eu(2023), eu(2024)
S('baseline-04', 'baseline',
  'Asylum applications across the EU fell to just under a million in 2024, a fifth fewer than the 1.13 million lodged in 2023.',
  '2025-06-20', [
      C('Asylum applications across the EU fell to just under a million in 2024', 'count', EUM, {'geo': 'EU27'}, Y(2024), 1000000, 'accurate',
        {'eu27_2024': e24}, f'Eurostat geo=EU27 2024 = {fmt(e24)} (just under 1,000,000)', computed=v_count(e24, 1000000, 'nearly')),
      C('a fifth fewer than the 1.13 million lodged in 2023', 'change', EUM, {'geo': 'EU27'}, Y(2024), -20, 'inaccurate',
        {'eu27_2024': e24, 'eu27_2023': e23, 'pct_change': pct(e24, e23)}, f'{fmt(e24)} / {fmt(e23)} - 1 = {pct(e24, e23)}%, about an eighth, not a fifth',
        baseline=Y(2023), computed=v_pct(-pct(e24, e23), 20, 'about')),
      C('the 1.13 million lodged in 2023', 'count', EUM, {'geo': 'EU27'}, Y(2023), 1130000, 'accurate', {'eu27_2023': e23},
        f'EU27 2023 = {fmt(e23)}, rounds to 1.13 million', computed=v_count(e23, 1130000, 'round', 10000)),
  ])

q3_24 = qsum(ASY, '2024-07-01', '2024-09-30')
q3_23 = qsum(ASY, '2023-07-01', '2023-09-30')
S('baseline-05', 'baseline',
  'Asylum applications in the third quarter of 2024 were up 40% on the 27,424 made in the same quarter of 2023.',
  '2024-12-05', [
      C('Asylum applications in the third quarter of 2024 were up 40%', 'change', ASYM, {}, P('2024-07-01', '2024-09-30'), 40, 'inaccurate',
        {'applications_2024q3': q3_24, 'applications_2023q3': q3_23, 'pct_change': pct(q3_24, q3_23)},
        f'Asy_D01 people (main + dependants): {fmt(q3_24)} vs {fmt(q3_23)} = +{pct(q3_24, q3_23)}%, not 40%',
        baseline=P('2023-07-01', '2023-09-30'), computed=v_pct(pct(q3_24, q3_23), 40)),
      C('the 27,424 made in the same quarter of 2023', 'count', ASYM, {}, P('2023-07-01', '2023-09-30'), 27424, 'accurate',
        {'applications_2023q3': q3_23}, f'Asy_D01 2023 Q3 = {fmt(q3_23)}', computed=v_count(q3_23, 27424)),
  ])

# ==========================================================================
# 3. list of periods
# ==========================================================================
s4 = sum(SBY[y] for y in range(2018, 2022))
S('list-01', 'list_of_periods',
  'More people crossed the Channel in 2022 than in 2018, 2019, 2020 and 2021 combined.',
  '2023-03-01', [
      C('More people crossed the Channel in 2022 than in 2018, 2019, 2020 and 2021 combined', 'comparison', SBA, {}, Y(2022), None, 'accurate',
        {'arrivals_2022': SBY[2022], 'arrivals_2018_2021_sum': s4, **{f'arrivals_{y}': SBY[y] for y in range(2018, 2022)}},
        f'{fmt(SBY[2022])} > {fmt(SBY[2018])} + {fmt(SBY[2019])} + {fmt(SBY[2020])} + {fmt(SBY[2021])} = {fmt(s4)}',
        baseline=P('2018-01-01', '2021-12-31'), computed=v_bool(SBY[2022] > s4)),
  ])

S('list-02', 'list_of_periods',
  'Small-boat detections rose from 8,466 in 2020 to 32,526 in 2021 and 45,774 in 2022, Home Office figures show.',
  '2024-03-05', [
      C(q, 'count', IRR, dict(SBF), Y(y), v, vd, {f'irr_d01_small_boats_{y}': irr(y), f'sb01_{y}': SBY[y]},
        f'Irr_D01 method "Small boat arrivals" {y} = {fmt(irr(y))} (daily SB_01: {fmt(SBY[y])})' + ('' if vd == 'accurate' else f'; {fmt(v)} is {round((v - irr(y)) / irr(y) * 100, 1)}% too high'),
        computed=v_count(irr(y), v))
      for q, y, v, vd in [('8,466 in 2020', 2020, 8466, 'accurate'), ('32,526 in 2021', 2021, 32526, 'inaccurate'), ('45,774 in 2022', 2022, 45774, 'accurate')]
  ])

s3 = SBY[2019] + SBY[2020] + SBY[2021]

s2 = SBY[2023] + SBY[2024]
S('list-03', 'list_of_periods',
  'More people arrived in 2025 alone than in 2023 and 2024 put together, the shadow home secretary claimed.',
  '2026-01-05', [
      C('More people arrived in 2025 alone than in 2023 and 2024 put together', 'comparison', SBA, {}, Y(2025), None, 'inaccurate',
        {'arrivals_2025': SBY[2025], 'arrivals_2023': SBY[2023], 'arrivals_2024': SBY[2024], 'sum_2023_2024': s2},
        f'{fmt(SBY[2025])} < {fmt(SBY[2023])} + {fmt(SBY[2024])} = {fmt(s2)}', baseline=P('2023-01-01', '2024-12-31'),
        computed=v_bool(SBY[2025] > s2)),
  ], speaker='shadow home secretary')

S('list-04', 'list_of_periods',
  'The IOM counted 5,430 dead and missing migrants in 2019, 4,314 in 2020 and 7,300 in 2021.',
  '2025-06-15', [
      C(q, 'count', IOMM, {}, Y(y), v, vd, {f'dead_missing_{y}': iy[y]}, f'IOM Incident Year {y} = {fmt(iy[y])}' + ('' if vd == 'accurate' else f'; the claimed {fmt(v)} is {round((v - iy[y]) / iy[y] * 100, 1)}% too high'),
        computed=v_count(iy[y], v, 'round', 100) if v % 100 == 0 else v_count(iy[y], v))
      for q, y, v, vd in [('5,430 dead and missing migrants in 2019', 2019, 5430, 'accurate'), ('4,314 in 2020', 2020, 4314, 'accurate'),
                          ('7,300 in 2021', 2021, 7300, 'inaccurate')]
  ])

S('list-05', 'list_of_periods',
  'Enforced returns stood at 2,788 in 2021, 3,855 in 2022 and 8,400 in 2023.',
  '2024-03-10', [
      C(q, 'count', RETM, {'return_type_group': 'Enforced return'}, Y(y), v, vd, {f'enforced_{y}': enf[y]},
        f'Ret_D01 enforced returns {y} = {fmt(enf[y])}', computed=v_count(enf[y], v, 'round', 100) if v % 100 == 0 else v_count(enf[y], v))
      for q, y, v, vd in [('2,788 in 2021', 2021, 2788, 'accurate'), ('3,855 in 2022', 2022, 3855, 'accurate'), ('8,400 in 2023', 2023, 8400, 'inaccurate')]
  ])


# ==========================================================================
# 4. rank k
# ==========================================================================
def day_rank(day, date):
    d, cut = D(day), D(date)
    vals = [(v[0], k) for k, v in SB.items() if k < cut]
    top = sorted(vals, reverse=True)[:3]
    return rank_of(SB[d][0], [v for v, k in vals if k != d]), {f'top{i + 1}': f'{k} {v}' for i, (v, k) in enumerate(top)}


r, top = day_rank('2021-11-11', '2022-11-20')
S('rank-01', 'rank_k',
  '11 November 2021 remains the second busiest day on record, when 1,250 people crossed.',
  '2022-11-20', [
      C('the second busiest day on record', 'rank', SBA, {}, P('2021-11-11', '2021-11-11'), 2, 'accurate', {'arrivals_2021_11_11': SB[D('2021-11-11')][0], 'rank': r},
        f'among days 2018-01-01..2022-11-19 only 2022-09-03 (1,305) was busier: rank {r}; top days: {top}', computed=v_bool(r == 2)),
      C('when 1,250 people crossed', 'count', SBA, {}, P('2021-11-11', '2021-11-11'), 1250, 'accurate', {'arrivals_2021_11_11': SB[D('2021-11-11')][0]},
        f'SB_01 2021-11-11 = {SB[D("2021-11-11")][0]}', computed=v_count(SB[D('2021-11-11')][0], 1250)),
  ])

r, top = day_rank('2022-09-03', '2022-09-05')

routes24 = {rt: fxy(2024, rt) for rt in sorted({x[1] for x in FX})}
routes23 = {rt: fxy(2023, rt) for rt in sorted({x[1] for x in FX})}
r = rank_of(routes24[CMR], [v for k, v in routes24.items() if k != CMR])
S('rank-02', 'rank_k',
  'The Central Mediterranean was the second most used route into the EU in 2024, after the Eastern Mediterranean.',
  '2025-06-10', [
      C('The Central Mediterranean was the second most used route into the EU in 2024, after the Eastern Mediterranean', 'rank', FXM, {'route': CMR}, Y(2024), 2, 'accurate',
        {'central_med_2024': routes24[CMR], 'eastern_med_2024': routes24[EMR], 'western_african_2024': routes24[WAR], 'rank': r},
        f'Frontex 2024: Eastern Med {fmt(routes24[EMR])} > Central Med {fmt(routes24[CMR])} > Western African {fmt(routes24[WAR])}: rank {r}',
        computed=v_bool(r == 2)),
  ])

r = rank_of(routes24[WAR], [v for k, v in routes24.items() if k != WAR])
S('rank-03', 'rank_k',
  'The Western African route to the Canary Islands was the busiest way into Europe last year.',
  '2025-06-12', [
      C('The Western African route to the Canary Islands was the busiest way into Europe last year', 'rank', FXM, {'route': WAR}, Y(2024), 1, 'inaccurate',
        {'western_african_2024': routes24[WAR], 'eastern_med_2024': routes24[EMR], 'central_med_2024': routes24[CMR], 'rank': r},
        f'Frontex 2024: Western African {fmt(routes24[WAR])} ranks {r}, behind Eastern Med and Central Med', computed=v_bool(r == 1)),
  ])

r = rank_of(routes23[WBR], [v for k, v in routes23.items() if k != WBR])

r, yrs = sb_rank_year(2024, '2025-01-02')
S('rank-04', 'rank_k',
  '2024 was only the third busiest year for small-boat crossings.',
  '2025-01-02', [
      C('2024 was only the third busiest year for small-boat crossings', 'rank', SBA, {}, Y(2024), 3, 'inaccurate',
        {**{f'arrivals_{k}': v for k, v in yrs.items()}, 'rank': r},
        f'as of 2025-01-02 (years 2018-2024) 2024 ({fmt(SBY[2024])}) ranked {r}, behind only 2022; it became third only when 2025 ({fmt(SBY[2025])}) ended',
        computed=v_bool(r == 3)),
  ])

NON_EU = {'EU27', 'CHE', 'NOR', 'ISL', 'LIE', 'MNE', 'GBR'}
geo24 = {g: eu(2024, g) for g in sorted({x[1] for x in EU}) if g not in NON_EU}
r = rank_of(geo24['ESP'], [v for k, v in geo24.items() if k != 'ESP'])
S('rank-05', 'rank_k',
  'Spain received the second highest number of asylum applications in the EU in 2024, after Germany.',
  '2025-06-20', [
      C('Spain received the second highest number of asylum applications in the EU in 2024, after Germany', 'rank', EUM, {'geo': 'ESP'}, Y(2024), 2, 'accurate',
        {'DEU_2024': geo24['DEU'], 'ESP_2024': geo24['ESP'], 'ITA_2024': geo24['ITA'], 'FRA_2024': geo24['FRA'], 'rank_among_member_states': r},
        f'Eurostat 2024 member states: Germany {fmt(geo24["DEU"])}, Spain {fmt(geo24["ESP"])}, Italy {fmt(geo24["ITA"])}, France {fmt(geo24["FRA"])}: Spain ranks {r}',
        computed=v_bool(r == 2)),
  ])

iroutes24 = defaultdict(int)
for d_, y_, routes_, regions_, cause_, n_ in IOM:
    if y_ == 2024:
        for rt in routes_:
            iroutes24[rt] += n_
r = rank_of(iroutes24['Central Mediterranean'], [v for k, v in iroutes24.items() if k != 'Central Mediterranean'])
unrouted24 = sum(n_ for d_, y_, routes_, regions_, cause_, n_ in IOM if y_ == 2024 and not routes_)
S('rank-06', 'rank_k',
  'The Central Mediterranean remained the world\'s deadliest migration route in 2024.',
  '2025-06-20', [
      C("The Central Mediterranean remained the world's deadliest migration route in 2024", 'rank', IOMM, {'route': 'Central Mediterranean'}, Y(2024), 1, 'accurate',
        {'central_med_2024': iroutes24['Central Mediterranean'], 'afghanistan_to_iran_2024': iroutes24['Afghanistan to Iran'],
         'atlantic_canaries_2024': iroutes24['Western Africa / Atlantic route to the Canary Islands'], 'no_route_recorded_2024': unrouted24, 'rank': r},
        f'IOM 2024 by Migration Route: Central Mediterranean {fmt(iroutes24["Central Mediterranean"])} > Afghanistan to Iran {fmt(iroutes24["Afghanistan to Iran"])} (incidents with no route, {fmt(unrouted24)}, are not a route): rank {r}',
        computed=v_bool(r == 1)),
  ])

# ==========================================================================
# 5. since-YEAR scope
# ==========================================================================
def since(series, y, y0, mode):
    """'the highest/lowest since y0' for year y: y0 itself at least as high (low),
    every year strictly between lower (higher)."""
    between = [series[k] for k in range(y0 + 1, y)]
    if mode == 'high':
        return series[y0] >= series[y] and all(v < series[y] for v in between)
    return series[y0] <= series[y] and all(v > series[y] for v in between)


S('since-01', 'since_year',
  'Arrivals in 2023 were the lowest since 2021.',
  '2024-01-02', [
      C('Arrivals in 2023 were the lowest since 2021', 'rank', SBA, {}, Y(2023), 1, 'accurate',
        {'arrivals_2021': SBY[2021], 'arrivals_2022': SBY[2022], 'arrivals_2023': SBY[2023]},
        f'2022 ({fmt(SBY[2022])}) was higher than 2023 ({fmt(SBY[2023])}) and 2021 ({fmt(SBY[2021])}) lower', baseline=Y(2021),
        computed=v_bool(since(SBY, 2023, 2021, 'low'))),
  ])

S('since-02', 'since_year',
  'Small-boat crossings last year were the lowest since 2020, ministers said.',
  '2024-01-02', [
      C('Small-boat crossings last year were the lowest since 2020', 'rank', SBA, {}, Y(2023), 1, 'inaccurate',
        {'arrivals_2020': SBY[2020], 'arrivals_2021': SBY[2021], 'arrivals_2022': SBY[2022], 'arrivals_2023': SBY[2023]},
        f'2021 ({fmt(SBY[2021])}) was lower than 2023 ({fmt(SBY[2023])}), so 2023 was the lowest only since 2021', baseline=Y(2020),
        computed=v_bool(since(SBY, 2023, 2020, 'low'))),
  ], speaker='ministers')

S('since-03', 'since_year',
  'Enforced returns in 2023 were the highest since 2019, though fewer than 1,000 of those removed were foreign national offenders.',
  '2024-03-15', [
      C('Enforced returns in 2023 were the highest since 2019', 'rank', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 1, 'accurate',
        {f'enforced_{y}': enf[y] for y in range(2019, 2024)},
        f'2019 {fmt(enf[2019])} > 2023 {fmt(enf[2023])} > 2020-2022 ({fmt(enf[2020])}, {fmt(enf[2021])}, {fmt(enf[2022])})', baseline=Y(2019),
        computed=v_bool(since(enf, 2023, 2019, 'high'))),
      C('fewer than 1,000 of those removed were foreign national offenders', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 1000, 'unverifiable',
        {'enforced_2023': enf[2023]}, 'qualifier "foreign national offenders": Ret_D01 has no offender breakdown and no FNO series is in the catalogue',
        unsupported_qualifier='foreign national offenders'),
  ])


cm = {y: iomy(y, route='Central Mediterranean') for y in range(2014, 2025)}
S('since-04', 'since_year',
  'With more than 3,000 dead and missing, 2023 was the deadliest year on the Central Mediterranean since 2017.',
  '2025-06-20', [
      C('With more than 3,000 dead and missing', 'count', IOMM, {'route': 'Central Mediterranean'}, Y(2023), 3000, 'inaccurate', {'central_med_2023': cm[2023]},
        f'IOM route Central Mediterranean 2023 = {fmt(cm[2023])}, not more than 3,000 (the whole Mediterranean region was {fmt(iomy(2023, region="Mediterranean"))})',
        computed=v_count(cm[2023], 3000, 'more_than')),
      C('2023 was the deadliest year on the Central Mediterranean since 2017', 'rank', IOMM, {'route': 'Central Mediterranean'}, Y(2023), 1, 'accurate',
        {f'central_med_{y}': cm[y] for y in range(2017, 2024)},
        f'2017 {fmt(cm[2017])} > 2023 {fmt(cm[2023])}; 2018-2022 lower (max {fmt(max(cm[y] for y in range(2018, 2023)))})', baseline=Y(2017),
        computed=v_bool(since(cm, 2023, 2017, 'high'))),
  ])

asy_main[2024] = None  # 2024 incomplete (to Q3)
S('since-05', 'since_year',
  'The number of main applicants for asylum fell in 2023 to its lowest level since 2020.',
  '2024-12-10', [
      C('The number of main applicants for asylum fell in 2023', 'change', ASYM, {'applicant_type': 'Main applicant'}, Y(2023), None, 'accurate',
        {'main_2023': asy_main[2023], 'main_2022': asy_main[2022], 'pct_change': pct(asy_main[2023], asy_main[2022])},
        f'{fmt(asy_main[2023])} < {fmt(asy_main[2022])} ({pct(asy_main[2023], asy_main[2022])}%)', baseline=Y(2022),
        computed=v_bool(asy_main[2023] < asy_main[2022])),
      C('to its lowest level since 2020', 'rank', ASYM, {'applicant_type': 'Main applicant'}, Y(2023), 1, 'inaccurate',
        {f'main_{y}': asy_main[y] for y in range(2020, 2024)},
        f'2021 ({fmt(asy_main[2021])}) was lower than 2023 ({fmt(asy_main[2023])}): the lowest since 2021 at most', baseline=Y(2020),
        computed=v_bool(since(asy_main, 2023, 2020, 'low'))),
  ])

wa = {y: fxy(y, WAR) for y in range(2009, 2025)}
r = rank_of(wa[2024], [wa[y] for y in range(2009, 2024)])
S('since-06', 'since_year',
  'Detections on the Western African route in 2024 were the highest since records began in 2009, at 46,820.',
  '2025-06-12', [
      C('Detections on the Western African route in 2024 were the highest since records began in 2009', 'rank', FXM, {'route': WAR}, Y(2024), 1, 'accurate',
        {**{f'western_african_{y}': wa[y] for y in (2020, 2021, 2023, 2024)}, 'rank_2009_2024': r},
        f'2024 {fmt(wa[2024])} exceeds every year 2009-2023 (next: 2023 {fmt(wa[2023])}): rank {r}', computed=v_bool(r == 1)),
      C('at 46,820', 'count', FXM, {'route': WAR}, Y(2024), 46820, 'accurate', {'western_african_2024': wa[2024]},
        f'Frontex Western African Route 2024 = {fmt(wa[2024])}', computed=v_count(wa[2024], 46820)),
  ])

# ==========================================================================
# 6. explicit ranges
# ==========================================================================
a = sb('2024-07-05', '2024-12-31')
S('range-01', 'explicit_range',
  'Between 5 July and 31 December 2024, 23,242 people crossed the Channel in small boats, most of them young men.',
  '2025-01-02', [
      C('Between 5 July and 31 December 2024, 23,242 people crossed the Channel in small boats', 'count', SBA, {}, P('2024-07-05', '2024-12-31'), 23242, 'accurate',
        {'arrivals_2024_07_05_to_12_31': a}, f'SB_01 2024-07-05..2024-12-31 inclusive = {fmt(a)}', computed=v_count(a, 23242)),
      C('most of them young men', 'share', IRR, {**SBF, 'sex': 'Male', 'age': ['18 to 24', '25 to 39']}, P('2024-07-05', '2024-12-31'), 50, 'unverifiable',
        {'irr_d01_last_quarter': '2023 Q4'}, 'no sex or age breakdown of 2024 arrivals is held (Irr_D01 ends in 2023 Q4; SB_01 has none)'),
  ], speaker='opposition spokesperson')

a = sb('2024-07-05', '2025-07-04')
S('range-02', 'explicit_range',
  'Between 5 July 2024 and 4 July 2025, Labour\'s first year in office, more than 50,000 people crossed the Channel.',
  '2025-07-06', [
      C('Between 5 July 2024 and 4 July 2025, Labour\'s first year in office, more than 50,000 people crossed the Channel', 'count', SBA, {},
        P('2024-07-05', '2025-07-04'), 50000, 'inaccurate', {'arrivals_2024_07_05_to_2025_07_04': a},
        f'SB_01 2024-07-05..2025-07-04 = {fmt(a)}, well under 50,000', computed=v_count(a, 50000, 'more_than')),
  ])

a = sb('2025-01-01', '2025-04-30')

S('range-03', 'explicit_range',
  'In the first half of 2023 some 14,000 people arrived on small boats.',
  '2023-07-03', [
      C('In the first half of 2023 some 14,000 people arrived on small boats', 'count', SBA, {}, P('2023-01-01', '2023-06-30'), 14000, 'inaccurate',
        {'arrivals_h1_2023': h1_23}, f'SB_01 2023-01-01..06-30 = {fmt(h1_23)}; 14,000 is {round((14000 - h1_23) / h1_23 * 100, 1)}% too high',
        computed=v_count(h1_23, 14000, 'about')),
  ])

q1 = {y: sb(f'{y}-01-01', f'{y}-03-31') for y in range(2018, 2025)}
r = rank_of(q1[2024], [q1[y] for y in range(2018, 2024)])
S('range-04', 'explicit_range',
  'In the first quarter of 2024, 5,435 migrants arrived by small boat, a record for the first three months of any year, and more than 1,500 of them were children.',
  '2024-04-02', [
      C('In the first quarter of 2024, 5,435 migrants arrived by small boat', 'count', SBA, {}, P('2024-01-01', '2024-03-31'), 5435, 'accurate',
        {'arrivals_2024q1': q1[2024]}, f'SB_01 2024-01-01..03-31 = {fmt(q1[2024])}', computed=v_count(q1[2024], 5435)),
      C('a record for the first three months of any year', 'rank', SBA, {}, P('2024-01-01', '2024-03-31'), 1, 'accurate',
        {**{f'arrivals_{y}q1': q1[y] for y in range(2018, 2025)}, 'rank': r},
        f'Jan-Mar totals 2018-2024; 2024 ({fmt(q1[2024])}) beats 2022 ({fmt(q1[2022])}): rank {r}', computed=v_bool(r == 1)),
      C('more than 1,500 of them were children', 'count', IRR, {**SBF, 'age': '17 and under'}, P('2024-01-01', '2024-03-31'), 1500, 'unverifiable',
        {'irr_d01_last_quarter': '2023 Q4', 'age_17_and_under_2023q4': qsum(IRR1, '2023-10-01', '2023-12-31', method='Small boat arrivals', age='17 and under')},
        'no age breakdown of 2024 arrivals is held: SB_01 has none and Irr_D01 ends in 2023 Q4'),
  ])


a = iom('2025-01-01', '2025-08-31')
S('range-05', 'explicit_range',
  'Between January and August 2025, at least 3,700 migrants died or went missing worldwide.',
  '2025-09-10', [
      C('Between January and August 2025, at least 3,700 migrants died or went missing worldwide', 'count', IOMM, {}, P('2025-01-01', '2025-08-31'), 3700, 'accurate',
        {'dead_missing_2025_jan_aug_api': a}, f'IOM API file (supersedes the export for 2025), reported_date 2025-01-01..08-31 = {fmt(a)} >= 3,700',
        computed=v_count(a, 3700, 'at_least')),
  ])

S('range-06', 'explicit_range',
  'Between 1 June and 31 August 2026, fewer than 8,000 people crossed the Channel.',
  '2026-09-02', [
      C('Between 1 June and 31 August 2026, fewer than 8,000 people crossed the Channel', 'count', SBA, {}, P('2026-06-01', '2026-08-31'), 8000, 'unverifiable',
        {'arrivals_2026_06_01_to_08_20': sb('2026-06-01', '2026-08-20'), 'data_last_day': str(SB_LAST)},
        f'SB_01 ends {SB_LAST}: the last 11 days of the period are not in the data (to 20 August: {fmt(sb("2026-06-01", "2026-08-20"))})'),
  ])

a = fx('2025-01-01', '2025-04-30')

# ==========================================================================
# 7. as-of dates / year to date
# ==========================================================================
a = sb('2024-01-01', '2024-04-21')
S('asof-01', 'as_of',
  'As of 21 April, 6,265 people had crossed the Channel this year.',
  '2024-04-22', [
      C('As of 21 April, 6,265 people had crossed the Channel this year', 'count', SBA, {}, P('2024-01-01', '2024-04-21'), 6265, 'accurate',
        {'arrivals_2024_to_apr21': a, 'arrivals_2024_04_21': SB[D('2024-04-21')][0]},
        f'SB_01 2024-01-01..04-21 = {fmt(a)} (21 April itself had {SB[D("2024-04-21")][0]}, so either reading gives the same)', computed=v_count(a, 6265)),
  ])

a = sb('2025-01-01', '2025-08-20')
same = {y: sb(f'{y}-01-01', f'{y}-08-20') for y in range(2018, 2025)}
r = rank_of(a, list(same.values()))
S('asof-02', 'as_of',
  'So far this year nearly 28,000 people have crossed the Channel, more than at this point in any previous year.',
  '2025-08-21', [
      C('So far this year nearly 28,000 people have crossed the Channel', 'count', SBA, {}, P('2025-01-01', '2025-08-20'), 28000, 'accurate',
        {'arrivals_2025_to_aug20': a}, f'SB_01 2025-01-01..08-20 (the day before the date) = {fmt(a)}', computed=v_count(a, 28000, 'nearly', 1000)),
      C('more than at this point in any previous year', 'rank', SBA, {}, P('2025-01-01', '2025-08-20'), 1, 'accurate',
        {**{f'arrivals_{y}_to_aug20': v for y, v in same.items()}, 'rank': r},
        f'1 Jan-20 Aug totals: 2025 {fmt(a)} vs best earlier 2022 {fmt(same[2022])}: rank {r}', computed=v_bool(r == 1)),
  ])

a, b = sb('2026-01-01', '2026-08-20'), sb('2025-01-01', '2025-08-20')
S('asof-03', 'as_of',
  'So far this year 15,897 people have crossed the Channel, down by half on the same period last year.',
  '2026-08-21', [
      C('So far this year 15,897 people have crossed the Channel', 'count', SBA, {}, P('2026-01-01', '2026-08-20'), 15897, 'accurate',
        {'arrivals_2026_to_aug20': a}, f'SB_01 2026-01-01..08-20 = {fmt(a)}', computed=v_count(a, 15897)),
      C('down by half on the same period last year', 'change', SBA, {}, P('2026-01-01', '2026-08-20'), -50, 'inaccurate',
        {'arrivals_2026_to_aug20': a, 'arrivals_2025_to_aug20': b, 'pct_change': pct(a, b)}, f'{fmt(a)} / {fmt(b)} - 1 = {pct(a, b)}%: a fall of 43%, not half',
        baseline=P('2025-01-01', '2025-08-20'), computed=v_pct(-pct(a, b), 50, 'about')),
  ])

S('asof-04', 'as_of',
  'More than 17,000 people have crossed the Channel so far this year.',
  '2026-09-15', [
      C('More than 17,000 people have crossed the Channel so far this year', 'count', SBA, {}, P('2026-01-01', '2026-09-14'), 17000, 'unverifiable',
        {'arrivals_2026_to_aug20': a, 'data_last_day': str(SB_LAST)},
        f'the claim runs to 2026-09-14 but SB_01 ends {SB_LAST} ({fmt(a)} by then); the missing 25 days decide it'),
  ])

a = iom('2025-01-01', '2025-09-08', route='Central Mediterranean')

a = qsum(ASY, '2024-01-01', '2024-09-30')
S('asof-05', 'as_of',
  'By the end of September, more than 90,000 people had applied for asylum in the UK this year.',
  '2024-12-05', [
      C('By the end of September, more than 90,000 people had applied for asylum in the UK this year', 'count', ASYM, {}, P('2024-01-01', '2024-09-30'), 90000, 'inaccurate',
        {'applications_2024_q1_q3': a, 'main_applicants_2024_q1_q3': qsum(ASY, '2024-01-01', '2024-09-30', applicant_type='Main applicant')},
        f'Asy_D01 2024 Q1-Q3 main applicants + dependants = {fmt(a)}, below 90,000', computed=v_count(a, 90000, 'more_than')),
  ])

a = sb('2025-01-01', '2025-07-31')
S('asof-06', 'as_of',
  'By the end of July, 30,000 people had crossed the Channel this year.',
  '2025-08-01', [
      C('By the end of July, 30,000 people had crossed the Channel this year', 'count', SBA, {}, P('2025-01-01', '2025-07-31'), 30000, 'inaccurate',
        {'arrivals_2025_to_jul31': a}, f'SB_01 2025-01-01..07-31 = {fmt(a)}; 30,000 is {round((30000 - a) / a * 100, 1)}% too high',
        computed=v_count(a, 30000, 'round', 1000)),
  ])

# ==========================================================================
# 8. filters
# ==========================================================================
top22 = sorted(nat22.items(), key=lambda kv: -kv[1])[:3]
r = rank_of(nat22['Albania'], [v for k, v in nat22.items() if k != 'Albania'])
S('filters-01', 'filters',
  'Albanians were the largest single nationality among small-boat arrivals in 2022, with 12,658 crossing, most of them from the north of the country.',
  '2024-03-05', [
      C('Albanians were the largest single nationality among small-boat arrivals in 2022', 'rank', IRR, {**SBF, 'nationality': 'Albania'}, Y(2022), 1, 'accurate',
        {'albania_2022': nat22['Albania'], 'afghanistan_2022': nat22['Afghanistan'], 'iran_2022': nat22['Iran'], 'rank': r},
        f'Irr_D01 small boats 2022 by nationality: top three {top22}: Albania ranks {r}', computed=v_bool(r == 1)),
      C('with 12,658 crossing', 'count', IRR, {**SBF, 'nationality': 'Albania'}, Y(2022), 12658, 'accurate', {'albania_2022': nat22['Albania']},
        f'Irr_D01 small boats, Albania, 2022 = {fmt(nat22["Albania"])}', computed=v_count(nat22['Albania'], 12658)),
      C('most of them from the north of the country', 'share', IRR, {**SBF, 'nationality': 'Albania'}, Y(2022), 50, 'unverifiable', {'albania_2022': nat22['Albania']},
        'qualifier "from the north of the country": Irr_D01 records nationality, not region of origin within a country', unsupported_qualifier='from the north of Albania'),
  ])

r = rank_of(nat22['Iran'], [v for k, v in nat22.items() if k != 'Iran'])
S('filters-02', 'filters',
  'Iranians were the biggest group to arrive by small boat in 2022.',
  '2024-03-05', [
      C('Iranians were the biggest group to arrive by small boat in 2022', 'rank', IRR, {**SBF, 'nationality': 'Iran'}, Y(2022), 1, 'inaccurate',
        {'iran_2022': nat22['Iran'], 'albania_2022': nat22['Albania'], 'afghanistan_2022': nat22['Afghanistan'], 'rank': r},
        f'Iran ({fmt(nat22["Iran"])}) ranks {r} behind Albania ({fmt(nat22["Albania"])}) and Afghanistan ({fmt(nat22["Afghanistan"])})',
        computed=v_bool(r == 1)),
  ])

S('filters-03', 'filters',
  'The number of Vietnamese arriving by small boat more than doubled in 2023, to 1,323.',
  '2024-03-12', [
      C('The number of Vietnamese arriving by small boat more than doubled in 2023', 'change', IRR, {**SBF, 'nationality': 'Vietnam'}, Y(2023), 100, 'accurate',
        {'vietnam_2023': nat23['Vietnam'], 'vietnam_2022': nat22['Vietnam'], 'ratio': round(nat23['Vietnam'] / nat22['Vietnam'], 3)},
        f'{fmt(nat23["Vietnam"])} / {fmt(nat22["Vietnam"])} = {nat23["Vietnam"] / nat22["Vietnam"]:.2f}x (> 2)', baseline=Y(2022),
        computed=v_bool(nat23['Vietnam'] > 2 * nat22['Vietnam'])),
      C('to 1,323', 'count', IRR, {**SBF, 'nationality': 'Vietnam'}, Y(2023), 1323, 'accurate', {'vietnam_2023': nat23['Vietnam']},
        f'Irr_D01 small boats, Vietnam, 2023 = {fmt(nat23["Vietnam"])}', computed=v_count(nat23['Vietnam'], 1323)),
  ])

a = irr(2023, sex='Male', age='18 to 24')
S('filters-04', 'filters',
  'Nearly 10,000 men aged 18 to 24 crossed in small boats in 2023.',
  '2024-03-12', [
      C('Nearly 10,000 men aged 18 to 24 crossed in small boats in 2023', 'count', IRR, {**SBF, 'sex': 'Male', 'age': '18 to 24'}, Y(2023), 10000, 'accurate',
        {'male_18_24_2023': a, 'all_18_24_2023': irr(2023, age='18 to 24')}, f'Irr_D01 small boats, Male, 18 to 24, 2023 = {fmt(a)} (9,000-10,000)',
        computed=v_count(a, 10000, 'nearly', 1000)),
  ])

a = irr(2022, age='17 and under')

f22, f23 = irr(2022, sex='Female'), irr(2023, sex='Female')
S('filters-05', 'filters',
  'Female arrivals by small boat fell to under 3,000 in 2023.',
  '2024-03-12', [
      C('Female arrivals by small boat fell', 'change', IRR, {**SBF, 'sex': 'Female'}, Y(2023), None, 'accurate',
        {'female_2023': f23, 'female_2022': f22, 'pct_change': pct(f23, f22)}, f'{fmt(f23)} < {fmt(f22)}', baseline=Y(2022), computed=v_bool(f23 < f22)),
      C('to under 3,000 in 2023', 'count', IRR, {**SBF, 'sex': 'Female'}, Y(2023), 3000, 'inaccurate', {'female_2023': f23},
        f'Irr_D01 small boats, Female, 2023 = {fmt(f23)}, not under 3,000', computed=v_count(f23, 3000, 'fewer_than')),
  ])

a = iomy(2023, region='Mediterranean')

a, b = iomy(2024, cause='Drowning'), iomy(2024, cause='Drowning', cause_any=True)
S('filters-06', 'filters',
  'Drowning accounted for more than 4,400 of the deaths recorded in 2024.',
  '2025-06-20', [
      C('Drowning accounted for more than 4,400 of the deaths recorded in 2024', 'count', IOMM, {'cause': 'Drowning'}, Y(2024), 4400, 'accurate',
        {'cause_drowning_only_2024': a, 'cause_any_drowning_2024': b},
        f'IOM Cause of Death "Drowning" 2024 = {fmt(a)} ({fmt(b)} counting cells that list Drowning with another cause): > 4,400 either way',
        computed=v_count(a, 4400, 'more_than')),
  ])

ret_nat = defaultdict(int)
for yy, q, dims, n in RET:
    if yy == 2023 and dims['return_type_group'] == 'Enforced return':
        ret_nat[dims['nationality']] += n
r = rank_of(ret_nat['Albania'], [v for k, v in ret_nat.items() if k != 'Albania'])
S('filters-07', 'filters',
  'Albanians accounted for 2,501 enforced returns in 2023, more than any other nationality.',
  '2024-03-10', [
      C('Albanians accounted for 2,501 enforced returns in 2023', 'count', RETM, {'return_type_group': 'Enforced return', 'nationality': 'Albania'}, Y(2023), 2501, 'accurate',
        {'enforced_albania_2023': ret_nat['Albania']}, f'Ret_D01 enforced, Albania, 2023 = {fmt(ret_nat["Albania"])}', computed=v_count(ret_nat['Albania'], 2501)),
      C('more than any other nationality', 'rank', RETM, {'return_type_group': 'Enforced return', 'nationality': 'Albania'}, Y(2023), 1, 'accurate',
        {'enforced_albania_2023': ret_nat['Albania'], 'enforced_romania_2023': ret_nat['Romania'], 'rank': r},
        f'next is Romania ({fmt(ret_nat["Romania"])}): rank {r}', computed=v_bool(r == 1)),
  ])

a = qsumy(ASY, 2023, uasc='UASC')

fxn = defaultdict(int)
for m, rt, t, na, n in FX:
    if m.year == 2024:
        fxn[na] += n
r = rank_of(fxn['SYR'], [v for k, v in fxn.items() if k != 'SYR'])

a, b = iomy(2024, cause='Violence'), iomy(2024, cause='Violence', cause_any=True)
S('filters-08', 'filters',
  'Violence accounted for more than 1,500 migrant deaths in 2024.',
  '2025-06-20', [
      C('Violence accounted for more than 1,500 migrant deaths in 2024', 'count', IOMM, {'cause': 'Violence'}, Y(2024), 1500, 'inaccurate',
        {'cause_violence_only_2024': a, 'cause_any_violence_2024': b},
        f'IOM Cause of Death "Violence" 2024 = {fmt(a)} ({fmt(b)} with mixed cells): well under 1,500 either way', computed=v_count(b, 1500, 'more_than')),
  ])


S('filters-09', 'filters',
  'Eritreans were the second largest group to cross the Channel in 2024, at around 4,000.',
  '2025-03-01', [
      C('Eritreans were the second largest group to cross the Channel in 2024', 'rank', IRR, {**SBF, 'nationality': 'Eritrea'}, Y(2024), 2, 'unverifiable',
        {'irr_d01_last_quarter': '2023 Q4', 'eritrea_2023': nat23['Eritrea']},
        'Irr_D01 (the only nationality breakdown of small-boat arrivals) ends in 2023 Q4 and SB_01 has no nationality: 2024 cannot be ranked'),
      C('at around 4,000', 'count', IRR, {**SBF, 'nationality': 'Eritrea'}, Y(2024), 4000, 'unverifiable', {'irr_d01_last_quarter': '2023 Q4'},
        'no nationality data for 2024 small-boat arrivals (Irr_D01 ends 2023 Q4)'),
  ])

# ==========================================================================
# 9. per-boat averages
# ==========================================================================
ppb = {y: SBY[y] / SBBY[y] for y in range(2018, 2026)}
r = rank_of(ppb[2024], [ppb[y] for y in range(2018, 2024)])
S('boats-01', 'per_boat',
  'Boats were more crowded than ever last year, carrying an average of 53 people each.',
  '2025-01-03', [
      C('Boats were more crowded than ever last year', 'rank', SBA, {}, Y(2024), 1, 'accurate',
        {**{f'people_per_boat_{y}': round(ppb[y], 2) for y in range(2018, 2025)}, 'rank': r},
        f'people/boats 2024 = {ppb[2024]:.2f}, above every year 2018-2023 (2023: {ppb[2023]:.2f}): rank {r}', computed=v_bool(r == 1)),
      C('carrying an average of 53 people each', 'mean_per', SBA, {}, Y(2024), 53, 'accurate',
        {'arrivals_2024': SBY[2024], 'boats_2024': SBBY[2024], 'people_per_boat': round(ppb[2024], 2)},
        f'{fmt(SBY[2024])} / {fmt(SBBY[2024])} boats = {ppb[2024]:.2f}', computed=v_count(ppb[2024], 53, 'round', 1)),
  ])

S('boats-02', 'per_boat',
  'The average number of people per boat rose to 62 in 2025.',
  '2026-01-05', [
      C('The average number of people per boat rose', 'change', SBA, {}, Y(2025), None, 'accurate',
        {'people_per_boat_2025': round(ppb[2025], 2), 'people_per_boat_2024': round(ppb[2024], 2)},
        f'{ppb[2025]:.2f} (2025) > {ppb[2024]:.2f} (2024)', baseline=Y(2024), computed=v_bool(ppb[2025] > ppb[2024])),
      C('to 62 in 2025', 'mean_per', SBA, {}, Y(2025), 62, 'accurate',
        {'arrivals_2025': SBY[2025], 'boats_2025': SBBY[2025], 'people_per_boat': round(ppb[2025], 2)},
        f'{fmt(SBY[2025])} / {fmt(SBBY[2025])} = {ppb[2025]:.2f}, rounds to 62', computed=v_count(ppb[2025], 62, 'round', 1)),
  ])

S('boats-03', 'per_boat',
  'Small boats carried an average of 40 people each in 2023.',
  '2024-01-03', [
      C('Small boats carried an average of 40 people each in 2023', 'mean_per', SBA, {}, Y(2023), 40, 'inaccurate',
        {'arrivals_2023': SBY[2023], 'boats_2023': SBBY[2023], 'people_per_boat': round(ppb[2023], 2)},
        f'{fmt(SBY[2023])} / {fmt(SBBY[2023])} = {ppb[2023]:.2f}, not 40', computed=v_count(ppb[2023], 40, 'round', 1)),
  ])



a, b = sb('2026-01-01', '2026-08-20'), sb('2026-01-01', '2026-08-20', 1)
S('boats-04', 'per_boat',
  'So far this year each boat has carried about 70 people on average.',
  '2026-09-10', [
      C('So far this year each boat has carried about 70 people on average', 'mean_per', SBA, {}, P('2026-01-01', '2026-09-09'), 70, 'unverifiable',
        {'arrivals_2026_to_aug20': a, 'boats_2026_to_aug20': b, 'people_per_boat_to_aug20': round(a / b, 2), 'data_last_day': str(SB_LAST)},
        f'the period runs to 2026-09-09 but SB_01 ends {SB_LAST} (to then {a / b:.2f} per boat); the missing days are not in the data',
        accept=['unverifiable', 'accurate']),
  ])

# ==========================================================================
# 10. shares
# ==========================================================================
m23, t23 = irr(2023, sex='Male'), irr(2023)
known23 = m23 + irr(2023, sex='Female') + irr(2023, sex='Unknown')
S('shares-01', 'shares',
  'About 85% of small-boat arrivals in 2023 were male, and most were under 30.',
  '2024-03-05', [
      C('About 85% of small-boat arrivals in 2023 were male', 'share', IRR, {**SBF, 'sex': 'Male'}, Y(2023), 85, 'accurate',
        {'male_2023': m23, 'all_2023': t23, 'share_pct': round(m23 / t23 * 100, 2), 'share_of_recorded_sex_pct': round(m23 / known23 * 100, 2)},
        f'{fmt(m23)} / {fmt(t23)} = {m23 / t23 * 100:.1f}% ({m23 / known23 * 100:.1f}% of those whose sex was recorded): about 85% either way',
        computed=v_pct(m23 / t23 * 100, 85, 'about'), denominator={'metric': IRR, 'filters': dict(SBF)}),
      C('most were under 30', 'share', IRR, dict(SBF), Y(2023), 50, 'accurate',
        {'age_17_and_under_2023': irr(2023, age='17 and under'), 'age_18_to_24_2023': irr(2023, age='18 to 24'), 'age_25_to_39_2023': irr(2023, age='25 to 39'), 'all_2023': t23},
        f'Irr_D01 age bands are 17 and under, 18 to 24, 25 to 39, 40 and over: under-25s are {round((irr(2023, age="17 and under") + irr(2023, age="18 to 24")) / t23 * 100, 1)}%, under-40s {round((t23 - irr(2023, age="40 and over") - irr(2023, age="Not currently recorded") - irr(2023, age="Unknown")) / t23 * 100, 1)}%; the 30 cut-off falls inside the 25 to 39 band, but the under-25s alone are a majority, so "most were under 30" holds',
        accept=['accurate', 'unverifiable'], computed=v_bool(irr(2023, age='17 and under') + irr(2023, age='18 to 24') > t23 / 2)),
  ])

S('shares-02', 'shares',
  'Roughly a third of those who crossed in 2023 were Afghan.',
  '2024-03-05', [
      C('Roughly a third of those who crossed in 2023 were Afghan', 'share', IRR, {**SBF, 'nationality': 'Afghanistan'}, Y(2023), 33.3, 'inaccurate',
        {'afghanistan_2023': nat23['Afghanistan'], 'all_2023': t23, 'share_pct': round(nat23['Afghanistan'] / t23 * 100, 2)},
        f'{fmt(nat23["Afghanistan"])} / {fmt(t23)} = {nat23["Afghanistan"] / t23 * 100:.1f}%, nearer a fifth than a third',
        computed=v_pct(nat23['Afghanistan'] / t23 * 100, 33.33, 'about'), denominator={'metric': IRR, 'filters': dict(SBF)}),
  ])

def irr2y(y, **flt):
    return qsumy(IRR2, y, **flt)


ra22, all22 = irr2y(2022, asylum_application='Asylum application raised'), irr2y(2022)
S('shares-03', 'shares',
  'Nine in ten small-boat arrivals in 2022 went on to claim asylum.',
  '2024-03-10', [
      C('Nine in ten small-boat arrivals in 2022 went on to claim asylum', 'share', IRR2M, {'asylum_application': 'Asylum application raised'}, Y(2022), 90, 'accurate',
        {'raised_2022': ra22, 'all_2022_irr_d02': all22, 'share_pct': round(ra22 / all22 * 100, 2)},
        f'Irr_D02 2022: {fmt(ra22)} / {fmt(all22)} = {ra22 / all22 * 100:.1f}%', computed=v_pct(ra22 / all22 * 100, 90, 'about'),
        denominator={'metric': IRR2M, 'filters': {}}),
  ])

t22 = irr(2022)

sh = enf[2023] / (enf[2023] + vol[2023]) * 100
S('shares-04', 'shares',
  'Only about a quarter of the people returned in 2023 were removed by force; the rest left voluntarily.',
  '2024-03-15', [
      C('Only about a quarter of the people returned in 2023 were removed by force', 'share', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 25, 'accurate',
        {'enforced_2023': enf[2023], 'voluntary_2023': vol[2023], 'port_refusals_2023': port[2023], 'share_pct': round(sh, 2),
         'share_incl_port_refusals_pct': round(enf[2023] / (enf[2023] + vol[2023] + port[2023]) * 100, 2)},
        f'enforced / (enforced + voluntary) = {fmt(enf[2023])} / {fmt(enf[2023] + vol[2023])} = {sh:.1f}% (the sentence sets the rest as voluntary, so refused-at-port departures are outside the base; with them it would be {enf[2023] / (enf[2023] + vol[2023] + port[2023]) * 100:.1f}%)',
        computed=v_pct(sh, 25, 'about'), denominator={'metric': RETM, 'filters': {'return_type_group': ['Enforced return', 'Voluntary return']}}),
  ])

ra21, all21 = irr2y(2021, asylum_application='Asylum application raised'), irr2y(2021)
S('shares-05', 'shares',
  'Only half of those who crossed in 2021 claimed asylum.',
  '2024-03-10', [
      C('Only half of those who crossed in 2021 claimed asylum', 'share', IRR2M, {'asylum_application': 'Asylum application raised'}, Y(2021), 50, 'inaccurate',
        {'raised_2021': ra21, 'all_2021_irr_d02': all21, 'share_pct': round(ra21 / all21 * 100, 2)},
        f'Irr_D02 2021: {fmt(ra21)} / {fmt(all21)} = {ra21 / all21 * 100:.1f}%, not half', computed=v_pct(ra21 / all21 * 100, 50, 'about'),
        denominator={'metric': IRR2M, 'filters': {}}),
  ])

sea24 = sum(n for m, rt, t, na, n in FX if m.year == 2024 and t == 'Sea')
S('shares-06', 'shares',
  'Sea crossings accounted for nearly four in five of the detections Frontex recorded in 2024.',
  '2025-06-10', [
      C('Sea crossings accounted for nearly four in five of the detections Frontex recorded in 2024', 'share', FXM, {'type': 'Sea'}, Y(2024), 80, 'accurate',
        {'sea_2024': sea24, 'all_2024': fxy(2024), 'share_pct': round(sea24 / fxy(2024) * 100, 2)},
        f'{fmt(sea24)} / {fmt(fxy(2024))} = {sea24 / fxy(2024) * 100:.1f}% (just under 80%)', computed=v_pct(sea24 / fxy(2024) * 100, 80, 'nearly'),
        denominator={'metric': FXM, 'filters': {}}),
  ])

S('shares-07', 'shares',
  'Nine in ten of those who crossed the Channel last year claimed asylum.',
  '2025-01-15', [
      C('Nine in ten of those who crossed the Channel last year claimed asylum', 'share', IRR2M, {'asylum_application': 'Asylum application raised'}, Y(2024), 90, 'unverifiable',
        {'irr_d02_last_quarter': '2023 Q2'}, 'Irr_D02 (asylum claims by small-boat arrivals) ends in 2023 Q2; nothing held for 2024 arrivals'),
  ])

# ==========================================================================
# 11. one-in-N rates
# ==========================================================================
S('ratio-01', 'one_in_n',
  'In 2024 roughly one person died for every 450 who reached Britain by small boat.',
  '2025-06-20', [
      C('In 2024 roughly one person died for every 450 who reached Britain by small boat', 'ratio', IOMM, {'route': CH}, Y(2024), 450, 'accurate',
        {'channel_dead_missing_2024': ch[2024], 'arrivals_2024': SBY[2024], 'arrivals_per_death': round(SBY[2024] / ch[2024], 1)},
        f'{fmt(SBY[2024])} SB_01 arrivals / {ch[2024]} IOM Channel-route dead and missing = 1 per {SBY[2024] / ch[2024]:.0f}',
        computed=v_count(SBY[2024] / ch[2024], 450, 'about'), denominator={'metric': SBA, 'filters': {}}),
  ])

S('ratio-02', 'one_in_n',
  'One in every 100 people who crossed the Channel in 2024 lost their life.',
  '2025-06-20', [
      C('One in every 100 people who crossed the Channel in 2024 lost their life', 'ratio', IOMM, {'route': CH}, Y(2024), 100, 'inaccurate',
        {'channel_dead_missing_2024': ch[2024], 'arrivals_2024': SBY[2024], 'arrivals_per_death': round(SBY[2024] / ch[2024], 1)},
        f'{fmt(SBY[2024])} / {ch[2024]} = 1 per {SBY[2024] / ch[2024]:.0f}, not 1 per 100', computed=v_count(SBY[2024] / ch[2024], 100, 'about'),
        denominator={'metric': SBA, 'filters': {}}),
  ])


ch25 = iom('2025-01-01', '2025-09-08', route=CH)
S('ratio-03', 'one_in_n',
  'Last year one in every 1,700 people who crossed the Channel died on the way.',
  '2026-01-15', [
      C('Last year one in every 1,700 people who crossed the Channel died on the way', 'ratio', IOMM, {'route': CH}, Y(2025), 1700, 'unverifiable',
        {'arrivals_2025': SBY[2025], 'channel_dead_missing_2025_to_sep8': ch25, 'iom_api_last_day': str(IOM_API_LAST)},
        f'SB_01 has all of 2025 ({fmt(SBY[2025])}) but the IOM 2025 file ends {IOM_API_LAST} ({ch25} Channel deaths so far): the numerator for the year is not held'),
  ])

cmfx23 = routes23[CMR]
S('ratio-04', 'one_in_n',
  'One person died or went missing for every 60 who reached Italy or Malta across the Central Mediterranean in 2023.',
  '2025-06-20', [
      C('One person died or went missing for every 60 who reached Italy or Malta across the Central Mediterranean in 2023', 'ratio', IOMM,
        {'route': 'Central Mediterranean'}, Y(2023), 60, 'accurate',
        {'central_med_dead_missing_2023': cm[2023], 'frontex_central_med_2023': cmfx23, 'detections_per_death': round(cmfx23 / cm[2023], 1)},
        f'Frontex Central Mediterranean Route detections {fmt(cmfx23)} / IOM {fmt(cm[2023])} = 1 per {cmfx23 / cm[2023]:.1f} (detections stand in for people)',
        accept=['accurate', 'roughly_accurate', 'unverifiable'], computed=v_count(cmfx23 / cm[2023], 60, 'about'),
        denominator={'metric': FXM, 'filters': {'route': CMR}}),
  ])

med_iom24 = iomy(2024, region='Mediterranean')
med_fx24 = routes24[CMR] + routes24[EMR] + routes24['Western Mediterranean Route']
S('ratio-05', 'one_in_n',
  'One in every 40 people who tried to cross the Mediterranean in 2024 died.',
  '2025-06-20', [
      C('One in every 40 people who tried to cross the Mediterranean in 2024 died', 'ratio', IOMM, {'region': 'Mediterranean'}, Y(2024), 40, 'unverifiable',
        {'mediterranean_dead_missing_2024': med_iom24, 'frontex_three_med_routes_2024': med_fx24, 'detections_per_death': round(med_fx24 / med_iom24, 1)},
        f'attempts (including boats stopped or turned back) are not held; counting only detected arrivals gives 1 per {med_fx24 / med_iom24:.0f} ({fmt(med_fx24)} / {fmt(med_iom24)}), far from 1 per 40',
        accept=['unverifiable', 'inaccurate'], denominator={'metric': FXM, 'filters': {'route': [CMR, EMR, 'Western Mediterranean Route']}}),
  ])

# ==========================================================================
# 12. seasons and relative periods
# ==========================================================================
def summer(y):
    return {'meteorological_jja': sb(f'{y}-06-01', f'{y}-08-31'), 'astronomical_jun21_sep22': sb(f'{y}-06-21', f'{y}-09-22'),
            'jun_to_sep': sb(f'{y}-06-01', f'{y}-09-30')}


def winter(y):  # the winter that ends in year y
    feb = 29 if y % 4 == 0 else 28
    return {'meteorological_djf': sb(f'{y - 1}-12-01', f'{y}-02-{feb}'), 'astronomical_dec21_mar20': sb(f'{y - 1}-12-21', f'{y}-03-20'),
            'nov_to_feb': sb(f'{y - 1}-11-01', f'{y}-02-{feb}')}


s24, s23 = summer(2024), summer(2023)
S('season-01', 'seasons',
  'Last summer saw fewer crossings than the summer before.',
  '2025-01-10', [
      C('Last summer saw fewer crossings than the summer before', 'comparison', SBA, {}, P('2024-06-01', '2024-08-31'), None, 'accurate',
        {**{f'summer2024_{k}': v for k, v in s24.items()}, **{f'summer2023_{k}': v for k, v in s23.items()}},
        f'2024 below 2023 on every reading: Jun-Aug {fmt(s24["meteorological_jja"])} vs {fmt(s23["meteorological_jja"])}, 21 Jun-22 Sep {fmt(s24["astronomical_jun21_sep22"])} vs {fmt(s23["astronomical_jun21_sep22"])}',
        baseline=P('2023-06-01', '2023-08-31'), computed=v_bool(all(s24[k] < s23[k] for k in s24))),
  ])

w25, w24 = winter(2025), winter(2024)
w25_to_date = {'dec1_to_mar4': sb('2024-12-01', '2025-03-04'), 'dec21_to_mar4': sb('2024-12-21', '2025-03-04')}
S('season-02', 'seasons',
  'Crossings this winter are well up on last winter.',
  '2025-03-05', [
      C('Crossings this winter are well up on last winter', 'comparison', SBA, {}, P('2024-12-01', '2025-02-28'), None, 'accurate',
        {**{f'winter2024_25_{k}': v for k, v in w25.items() if k != 'astronomical_dec21_mar20'}, **w25_to_date,
         **{f'winter2023_24_{k}': v for k, v in w24.items()}},
        f'Dec-Feb {fmt(w25["meteorological_djf"])} vs {fmt(w24["meteorological_djf"])} (+{pct(w25["meteorological_djf"], w24["meteorological_djf"])}%); from 21 Dec to date {fmt(w25_to_date["dec21_to_mar4"])} already above the whole of last astronomical winter ({fmt(w24["astronomical_dec21_mar20"])})',
        baseline=P('2023-12-01', '2024-02-29'), computed=v_bool(w25['meteorological_djf'] > 1.2 * w24['meteorological_djf'] and w25_to_date['dec21_to_mar4'] > w24['astronomical_dec21_mar20'])),
  ])

s22 = summer(2022)
prev = {y: summer(y) for y in range(2018, 2022)}
ok = all(s22[k] > prev[y][k] for y in prev for k in s22)

s25 = {'meteorological_jja': sb('2025-06-01', '2025-08-31'), 'astronomical_jun21_to_sep4': sb('2025-06-21', '2025-09-04')}
S('season-03', 'seasons',
  'More than 14,000 people crossed the Channel this summer, a third more than last summer.',
  '2025-09-05', [
      C('More than 14,000 people crossed the Channel this summer', 'count', SBA, {}, P('2025-06-01', '2025-08-31'), 14000, 'accurate',
        s25, f'meteorological summer (Jun-Aug, just ended) = {fmt(s25["meteorological_jja"])} > 14,000; on the astronomical reading (21 Jun to date) only {fmt(s25["astronomical_jun21_to_sep4"])}',
        accept=['accurate', 'unverifiable'], computed=v_count(s25['meteorological_jja'], 14000, 'more_than')),
      C('a third more than last summer', 'change', SBA, {}, P('2025-06-01', '2025-08-31'), 33.3, 'accurate',
        {'summer2025_jja': s25['meteorological_jja'], 'summer2024_jja': s24['meteorological_jja'], 'pct_change': pct(s25['meteorological_jja'], s24['meteorological_jja'])},
        f'Jun-Aug {fmt(s25["meteorological_jja"])} vs {fmt(s24["meteorological_jja"])} = +{pct(s25["meteorological_jja"], s24["meteorological_jja"])}%',
        baseline=P('2024-06-01', '2024-08-31'), accept=['accurate', 'roughly_accurate', 'unverifiable'],
        computed=v_pct(pct(s25['meteorological_jja'], s24['meteorological_jja']), 33.33, 'about')),
  ])

S('season-04', 'seasons',
  'Last winter saw more than 4,000 crossings.',
  '2024-06-10', [
      C('Last winter saw more than 4,000 crossings', 'count', SBA, {}, P('2023-12-01', '2024-02-29'), 4000, 'unverifiable',
        {f'winter2023_24_{k}': v for k, v in w24.items()},
        f'the season decides it: Dec-Feb {fmt(w24["meteorological_djf"])} (no), 21 Dec-20 Mar {fmt(w24["astronomical_dec21_mar20"])} (yes), Nov-Feb {fmt(w24["nov_to_feb"])} (yes)',
        accept=['unverifiable', 'inaccurate', 'accurate']),
  ])

a, b = sb('2024-12-01', '2024-12-19'), sb('2023-12-01', '2023-12-19')
S('season-05', 'seasons',
  'Crossings this winter are already running ahead of last winter.',
  '2024-12-20', [
      C('Crossings this winter are already running ahead of last winter', 'comparison', SBA, {}, P('2024-12-01', '2024-12-19'), None, 'accurate',
        {'winter2024_25_dec1_to_dec19': a, 'winter2023_24_dec1_to_dec19': b, 'winter2023_24_djf_total': w24['meteorological_djf']},
        f'same point of the season: {fmt(a)} vs {fmt(b)} (1-19 Dec); not yet the whole of last winter ({fmt(w24["meteorological_djf"])})',
        baseline=P('2023-12-01', '2023-12-19'), accept=['accurate', 'unverifiable'], computed=v_bool(a > b)),
  ])

# ==========================================================================
# 13. negation
# ==========================================================================
r, yrs = sb_rank_year(2023, '2024-01-02')

r = rank_of(iy[2024], [iy[y] for y in range(2014, 2024)])
rows24, kids_rows24 = 0, 0
with open(path('iom-missing-migrants/Missing_Migrants_Global_Figures_allData_2014-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for row in csv.DictReader(f):
        if row['Incident Year'].strip() == '2024':
            rows24 += 1
            kids_rows24 += bool(row['Number of Children'].strip())
S('negation-01', 'negation',
  'Never before have so many migrants died or disappeared in a single year as in 2024, and at least a third of the victims were children.',
  '2025-06-20', [
      C('Never before have so many migrants died or disappeared in a single year as in 2024', 'rank', IOMM, {}, Y(2024), 1, 'accurate',
        {**{f'dead_missing_{y}': iy[y] for y in range(2014, 2025)}, 'rank': r},
        f'2024 ({fmt(iy[2024])}) is the highest of 2014-2024 (2023: {fmt(iy[2023])}); IOM records begin in 2014', computed=v_bool(r == 1)),
      C('at least a third of the victims were children', 'share', IOMM, {}, Y(2024), 33.3, 'unverifiable', {'dead_missing_2024': iy[2024]},
        f'the catalogue holds no age breakdown of deaths (IOM\'s "Number of Children" column is filled for only {kids_rows24:,} of {rows24:,} incident rows in 2024 and is not a metric or dimension)', unsupported_qualifier='children'),
  ])

S('negation-02', 'negation',
  'Fewer people crossed in 2023 than in any year since 2020.',
  '2024-01-03', [
      C('Fewer people crossed in 2023 than in any year since 2020', 'comparison', SBA, {}, Y(2023), None, 'inaccurate',
        {'arrivals_2021': SBY[2021], 'arrivals_2022': SBY[2022], 'arrivals_2023': SBY[2023]},
        f'2021 ({fmt(SBY[2021])}) had fewer than 2023 ({fmt(SBY[2023])})', baseline=P('2021-01-01', '2022-12-31'),
        computed=v_bool(all(SBY[2023] < SBY[y] for y in (2021, 2022)))),
  ])

S('negation-03', 'negation',
  'Never have so few migrants been detected on the Central Mediterranean route as in 2024.',
  '2025-06-12', [
      C('Never have so few migrants been detected on the Central Mediterranean route as in 2024', 'rank', FXM, {'route': CMR}, Y(2024), None, 'inaccurate',
        {f'central_med_{y}': fxy(y, CMR) for y in (2009, 2010, 2012, 2018, 2019, 2024)},
        f'2024 ({fmt(fxy(2024, CMR))}) is higher than 2019 ({fmt(fxy(2019, CMR))}), 2018, 2010 and others: not the lowest since 2009',
        computed=v_bool(all(fxy(2024, CMR) < fxy(y, CMR) for y in range(2009, 2024)))),
  ])

asy_tot[2024] = None
mx = max(asy_tot[y] for y in range(2003, 2024) if y != 2022)
S('negation-04', 'negation',
  'At no point since 2002 have more people applied for asylum in the UK than in 2022.',
  '2024-12-05', [
      C('At no point since 2002 have more people applied for asylum in the UK than in 2022', 'rank', ASYM, {}, Y(2022), 1, 'accurate',
        {'applications_2022': asy_tot[2022], 'max_other_2003_2023': mx, 'applications_2023': asy_tot[2023], 'applications_2024_q1_q3': qsum(ASY, '2024-01-01', '2024-09-30')},
        f'2022 ({fmt(asy_tot[2022])}) exceeds every year 2003-2023 (next {fmt(mx)}) and 2024 to Q3', baseline=P('2003-01-01', '2024-09-30'),
        computed=v_bool(asy_tot[2022] > mx and asy_tot[2022] > qsum(ASY, '2024-01-01', '2024-09-30'))),
  ])

S('negation-05', 'negation',
  'Enforced returns have not recovered to their pre-pandemic level: the 6,393 carried out in 2023 were still below the 9,000 of 2019.',
  '2024-03-15', [
      C('the 6,393 carried out in 2023 were still below the 9,000 of 2019', 'comparison', RETM, {'return_type_group': 'Enforced return'}, Y(2023), None, 'accurate',
        {'enforced_2023': enf[2023], 'enforced_2019': enf[2019]}, f'{fmt(enf[2023])} < {fmt(enf[2019])}', baseline=Y(2019),
        computed=v_bool(enf[2023] < enf[2019])),
      C('the 6,393 carried out in 2023', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 6393, 'accurate', {'enforced_2023': enf[2023]},
        f'Ret_D01 enforced 2023 = {fmt(enf[2023])}', computed=v_count(enf[2023], 6393)),
      C('the 9,000 of 2019', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2019), 9000, 'inaccurate', {'enforced_2019': enf[2019]},
        f'Ret_D01 enforced 2019 = {fmt(enf[2019])}; 9,000 is {round((9000 - enf[2019]) / enf[2019] * 100, 1)}% too high (the comparison still holds)',
        computed=v_count(enf[2019], 9000, 'round', 1000)),
  ])

# ==========================================================================
# 14. numbers that are not claims
# ==========================================================================
for i, (text, date) in enumerate([
    ('The government will spend £150 million on new surveillance technology along the French coast, the Home Secretary announced.', '2023-03-10'),
    ('At its narrowest point, between Cap Gris-Nez and Dover, the Channel is about 21 miles wide.', '2024-08-12'),
    ('A 14-year-old boy was among those pulled from the water off Wimereux on Tuesday morning.', '2024-10-24'),
    ('Leaders and ministers from more than 20 countries gathered in Rome on 23 July for the conference on migration and development.', '2023-07-24'),
    ('The dinghy, built to carry about 10 people, was found deflated on the beach at Gravelines shortly after 4am.', '2025-03-18'),
    ('The agreement with Rwanda, signed on 14 April 2022, was meant to run for five years.', '2023-11-15'),
], 1):
    S(f'nonclaim-0{i}', 'non_claims', text, date, [])

# ==========================================================================
# 15. unknown qualifiers
# ==========================================================================
S('qualifier-01', 'unknown_qualifier',
  'Some 4,500 unaccompanied children crossed the Channel in small boats in 2024.',
  '2025-02-01', [
      C('Some 4,500 unaccompanied children crossed the Channel in small boats in 2024', 'count', SBA, {}, Y(2024), 4500, 'unverifiable',
        {'arrivals_2024_all': SBY[2024]},
        'qualifier "unaccompanied children": SB_01 has no age or UASC breakdown; Irr_D01 (age) ends 2023 Q4 and Irr_D02 (UASC) 2023 Q2', unsupported_qualifier='unaccompanied children'),
  ])

S('qualifier-02', 'unknown_qualifier',
  'Kurdish migrants made up the largest group arriving by small boat in 2023.',
  '2024-03-10', [
      C('Kurdish migrants made up the largest group arriving by small boat in 2023', 'rank', IRR, dict(SBF), Y(2023), 1, 'unverifiable',
        {'iraq_2023': nat23['Iraq'], 'iran_2023': nat23['Iran'], 'turkey_2023': nat23['Turkey'], 'syria_2023': nat23['Syria']},
        'qualifier "Kurdish": Irr_D01 records nationality, not ethnicity (Kurds are counted under Iraq, Iran, Turkey, Syria)', unsupported_qualifier='Kurdish'),
  ])

S('qualifier-03', 'unknown_qualifier',
  'Three-quarters of those who crossed this year had spent time in the camps around Calais and Dunkirk.',
  '2024-10-01', [
      C('Three-quarters of those who crossed this year had spent time in the camps around Calais and Dunkirk', 'share', SBA, {}, P('2024-01-01', '2024-09-30'), 75,
        'unverifiable', {'arrivals_2024_to_sep30': sb('2024-01-01', '2024-09-30')},
        'qualifier "spent time in the camps around Calais and Dunkirk": no series records where arrivals stayed in France', unsupported_qualifier='from the camps around Calais and Dunkirk', _ytd=True),
  ])

S('qualifier-04', 'unknown_qualifier',
  'The government removed more than 5,000 foreign national offenders last year.',
  '2024-03-10', [
      C('The government removed more than 5,000 foreign national offenders last year', 'count', RETM, {}, Y(2023), 5000, 'unverifiable',
        {'enforced_returns_2023_all': enf[2023]},
        'qualifier "foreign national offenders": Ret_D01 has no offender breakdown and no FNO metric is in the catalogue (the transparency workbook held runs only to 2023 Q3)', unsupported_qualifier='foreign national offenders'),
  ])

S('qualifier-05', 'unknown_qualifier',
  'More than 8,000 people crossed in 2024 on boats launched from the beaches near Gravelines.',
  '2025-01-10', [
      C('More than 8,000 people crossed in 2024 on boats launched from the beaches near Gravelines', 'count', SBA, {}, Y(2024), 8000,
        'unverifiable', {'arrivals_2024_all': SBY[2024]}, 'qualifier "launched from near Gravelines": SB_01 has no departure-point breakdown', unsupported_qualifier='launched from near Gravelines'),
  ])

women23 = irr(2023, sex='Female', age=['18 to 24', '25 to 39', '40 and over'])
S('qualifier-06', 'unknown_qualifier',
  'Around 1,000 of the women who crossed in 2023 were travelling alone.',
  '2024-03-12', [
      C('Around 1,000 of the women who crossed in 2023 were travelling alone', 'count', IRR, {**SBF, 'sex': 'Female'}, Y(2023), 1000,
        'unverifiable', {'female_2023': f23, 'adult_female_2023': women23},
        f'qualifier "travelling alone": Irr_D01 holds sex and age (women 2023: {fmt(f23)}) but not whether people travelled alone', unsupported_qualifier='travelling alone'),
  ])

S('qualifier-07', 'unknown_qualifier',
  'More than 30,000 asylum seekers are being housed in hotels, costing £8 million a day.',
  '2024-11-01', [
      C('More than 30,000 asylum seekers are being housed in hotels', 'count', None, {}, None, 30000, 'unverifiable', {},
        'metric not held: no series of asylum seekers in hotel accommodation (the £8 million a day is money, not a statistic held)'),
  ])

# ==========================================================================
# 16. changes
# ==========================================================================
c23 = pct(SBY[2023], SBY[2022])
S('change-01', 'changes',
  'Crossings fell by more than a third last year.',
  '2024-01-02', [
      C('Crossings fell by more than a third last year', 'change', SBA, {}, Y(2023), -33.3, 'accurate',
        {'arrivals_2023': SBY[2023], 'arrivals_2022': SBY[2022], 'pct_change': c23}, f'{fmt(SBY[2023])} / {fmt(SBY[2022])} - 1 = {c23}% (a fall of more than 33.3%)',
        baseline=Y(2022), computed=v_pct(-c23, 33.33, 'more_than')),
  ])

S('change-02', 'changes',
  'Crossings fell by a third last year.',
  '2024-01-02', [
      C('Crossings fell by a third last year', 'change', SBA, {}, Y(2023), -33.3, 'roughly_accurate',
        {'arrivals_2023': SBY[2023], 'arrivals_2022': SBY[2022], 'pct_change': c23},
        f'{c23}% against "a third" (-33.3%): {round(abs(-c23 - 33.33) / 33.33 * 100, 1)}% off, within the loose tolerance', baseline=Y(2022),
        accept=['roughly_accurate', 'accurate'], computed=v_pct(-c23, 33.33, 'about')),
  ])

eb = {y: fxy(y, EBR) for y in (2023, 2024)}
S('change-03', 'changes',
  'Detections on the EU\'s eastern land borders saw a threefold increase in 2024.',
  '2025-06-12', [
      C("Detections on the EU's eastern land borders saw a threefold increase in 2024", 'change', FXM, {'route': EBR}, Y(2024), 200, 'accurate',
        {'eastern_borders_2024': eb[2024], 'eastern_borders_2023': eb[2023], 'ratio': round(eb[2024] / eb[2023], 3)},
        f'{fmt(eb[2024])} / {fmt(eb[2023])} = {eb[2024] / eb[2023]:.3f}x', baseline=Y(2023), computed=v_count(eb[2024] / eb[2023], 3, 'about')),
  ])

c24 = pct(SBY[2024], SBY[2023])
S('change-04', 'changes',
  'Arrivals were up 25% on 2023, Home Office figures published on New Year\'s Day showed, while arrests of people smugglers rose by 40%.',
  '2025-01-02', [
      C('Arrivals were up 25% on 2023', 'change', SBA, {}, Y(2024), 25, 'accurate',
        {'arrivals_2024': SBY[2024], 'arrivals_2023': SBY[2023], 'pct_change': c24}, f'{fmt(SBY[2024])} / {fmt(SBY[2023])} - 1 = {c24}%',
        baseline=Y(2023), computed=v_pct(c24, 25)),
      C('arrests of people smugglers rose by 40%', 'change', None, {}, Y(2024), 40, 'unverifiable', {}, 'metric not held: no series of arrests of people smugglers'),
  ])

S('change-05', 'changes',
  'Channel crossings were down 36% in 2023.',
  '2024-01-02', [
      C('Channel crossings were down 36% in 2023', 'change', SBA, {}, Y(2023), -36, 'accurate',
        {'arrivals_2023': SBY[2023], 'arrivals_2022': SBY[2022], 'pct_change': c23}, f'{c23}% rounds to -36%', baseline=Y(2022),
        computed=v_pct(c23, -36)),
  ])

a, b = sb('2025-01-01', '2025-04-30'), sb('2024-01-01', '2024-04-30')
S('change-06', 'changes',
  'Crossings in the first four months of this year were 20% up on the same period last year.',
  '2025-05-01', [
      C('Crossings in the first four months of this year were 20% up on the same period last year', 'change', SBA, {}, P('2025-01-01', '2025-04-30'), 20,
        'inaccurate', {'arrivals_2025_jan_apr': a, 'arrivals_2024_jan_apr': b, 'pct_change': pct(a, b)},
        f'{fmt(a)} / {fmt(b)} - 1 = +{pct(a, b)}%, far above 20% (tolerance 17.5-22.5)', baseline=P('2024-01-01', '2024-04-30'),
        computed=v_pct(pct(a, b), 20)),
  ])


S('change-07', 'changes',
  'The number of people applying for asylum, including dependants, fell by 8% in 2023, and the average wait for a first decision halved.',
  '2024-12-10', [
      C('The number of people applying for asylum, including dependants, fell by 8% in 2023', 'change', ASYM, {}, Y(2023), -8, 'accurate',
        {'applications_2023': asy_tot[2023], 'applications_2022': asy_tot[2022], 'pct_change': pct(asy_tot[2023], asy_tot[2022]),
         'main_only_pct_change': pct(asy_main[2023], asy_main[2022])},
        f'people (main + dependants) {fmt(asy_tot[2023])} vs {fmt(asy_tot[2022])} = {pct(asy_tot[2023], asy_tot[2022])}% (main applicants alone: {pct(asy_main[2023], asy_main[2022])}%, but the sentence says including dependants)',
        baseline=Y(2022), computed=v_pct(pct(asy_tot[2023], asy_tot[2022]), -8)),
      C('the average wait for a first decision halved', 'change', None, {}, Y(2023), -50, 'unverifiable', {}, 'metric not held: asylum processing times are not in the catalogue'),
  ])

S('change-08', 'changes',
  'Voluntary returns more than doubled in 2023.',
  '2024-03-10', [
      C('Voluntary returns more than doubled in 2023', 'change', RETM, {'return_type_group': 'Voluntary return'}, Y(2023), 100, 'inaccurate',
        {'voluntary_2023': vol[2023], 'voluntary_2022': vol[2022], 'ratio': round(vol[2023] / vol[2022], 3)},
        f'{fmt(vol[2023])} / {fmt(vol[2022])} = {vol[2023] / vol[2022]:.2f}x: up {pct(vol[2023], vol[2022])}%, not more than double', baseline=Y(2022),
        computed=v_bool(vol[2023] > 2 * vol[2022])),
  ])


# ==========================================================================
# 17. streaks
# ==========================================================================
ser = [SBY[y] for y in range(2018, 2023)]
k = streak_up(ser)
S('streak-01', 'streaks',
  'Crossings have risen for four years in a row, and the cost of housing asylum seekers has tripled.',
  '2023-01-03', [
      C('Crossings have risen for four years in a row', 'streak', SBA, {}, P('2019-01-01', '2022-12-31'), 4, 'accurate',
        {**{f'arrivals_{y}': SBY[y] for y in range(2018, 2023)}, 'consecutive_increases': k}, f'increases in 2019, 2020, 2021 and 2022: {k}',
        computed=v_bool(k == 4)),
      C('the cost of housing asylum seekers has tripled', 'change', None, {}, None, 200, 'unverifiable', {},
        'metric not held: no series of asylum accommodation costs (and no period given)'),
  ])

S('streak-02', 'streaks',
  'Arrivals have grown for five successive years.',
  '2023-01-03', [
      C('Arrivals have grown for five successive years', 'streak', SBA, {}, P('2018-01-01', '2022-12-31'), 5, 'roughly_accurate',
        {**{f'arrivals_{y}': SBY[y] for y in range(2018, 2023)}, 'consecutive_increases': k},
        f'only {k} consecutive increases (2019-2022; 2018 is the first year of the series, so it cannot be a rise): one short, defensible if the five years 2018-2022 are read as a rising run',
        accept=['roughly_accurate', 'inaccurate']),
  ])

ser = [SBY[y] for y in range(2018, 2026)]
k = streak_up(ser)
S('streak-03', 'streaks',
  'Crossings have now risen for five consecutive years.',
  '2026-01-03', [
      C('Crossings have now risen for five consecutive years', 'streak', SBA, {}, P('2021-01-01', '2025-12-31'), 5, 'inaccurate',
        {**{f'arrivals_{y}': SBY[y] for y in range(2021, 2026)}, 'consecutive_increases': k},
        f'2023 fell ({fmt(SBY[2023])} < {fmt(SBY[2022])}); rises only in 2024 and 2025: {k}', computed=v_bool(k >= 4)),
  ])


fser = [fxyr[y] for y in range(2019, 2024)] + [fxy(2024)]
kf = streak_up(fser[:-1])
S('streak-04', 'streaks',
  'Irregular crossings into the EU rose for three consecutive years before falling in 2024.',
  '2025-06-12', [
      C('Irregular crossings into the EU rose for three consecutive years', 'streak', FXM, {}, P('2021-01-01', '2023-12-31'), 3, 'accurate',
        {**{f'detections_{y}': fxyr[y] for y in range(2019, 2024)}, 'consecutive_increases_to_2023': kf},
        f'2020 {fmt(fxyr[2020])} -> 2021 {fmt(fxyr[2021])} -> 2022 {fmt(fxyr[2022])} -> 2023 {fmt(fxyr[2023])}: {kf} rises (2020 itself fell)',
        computed=v_bool(kf == 3)),
      C('before falling in 2024', 'change', FXM, {}, Y(2024), None, 'accurate', {'detections_2024': fxy(2024), 'detections_2023': fxyr[2023]},
        f'{fmt(fxy(2024))} < {fmt(fxyr[2023])}', baseline=Y(2023), computed=v_bool(fxy(2024) < fxyr[2023])),
  ])

ki = streak_up([iy[y] for y in range(2019, 2025)])
S('streak-05', 'streaks',
  'The number of migrants recorded dead or missing has risen every year since 2020.',
  '2025-06-20', [
      C('The number of migrants recorded dead or missing has risen every year since 2020', 'streak', IOMM, {}, P('2021-01-01', '2024-12-31'), 4, 'accurate',
        {**{f'dead_missing_{y}': iy[y] for y in range(2020, 2025)}, 'consecutive_increases': ki},
        f'{fmt(iy[2020])} -> {fmt(iy[2021])} -> {fmt(iy[2022])} -> {fmt(iy[2023])} -> {fmt(iy[2024])}: {ki} consecutive increases', computed=v_bool(ki == 4)),
  ])


def streak_down(series):
    k = 0
    for i in range(len(series) - 1, 0, -1):
        if series[i] < series[i - 1]:
            k += 1
        else:
            break
    return k


kd = streak_down([enf[y] for y in range(2012, 2022)])
S('streak-06', 'streaks',
  'Enforced returns fell every year from 2013 to 2021, before rising again in 2022.',
  '2024-03-15', [
      C('Enforced returns fell every year from 2013 to 2021', 'streak', RETM, {'return_type_group': 'Enforced return'}, P('2013-01-01', '2021-12-31'), 9, 'accurate',
        {**{f'enforced_{y}': enf[y] for y in range(2012, 2023)}, 'consecutive_falls_to_2021': kd},
        f'each of 2013..2021 below the year before ({fmt(enf[2012])} in 2012 down to {fmt(enf[2021])}): {kd} falls', computed=v_bool(kd == 9)),
      C('before rising again in 2022', 'change', RETM, {'return_type_group': 'Enforced return'}, Y(2022), None, 'accurate',
        {'enforced_2022': enf[2022], 'enforced_2021': enf[2021]}, f'{fmt(enf[2022])} > {fmt(enf[2021])}', baseline=Y(2021), computed=v_bool(enf[2022] > enf[2021])),
  ])

# ==========================================================================
# 18. comparisons between periods
# ==========================================================================
S('compare-01', 'comparisons',
  'More people crossed in the first half of 2024 than in the whole of 2020, and the backlog of asylum cases is still above 100,000.',
  '2024-07-02', [
      C('More people crossed in the first half of 2024 than in the whole of 2020', 'comparison', SBA, {}, P('2024-01-01', '2024-06-30'), None, 'accurate',
        {'arrivals_h1_2024': h1_24, 'arrivals_2020': SBY[2020]}, f'{fmt(h1_24)} > {fmt(SBY[2020])}', baseline=Y(2020), computed=v_bool(h1_24 > SBY[2020])),
      C('the backlog of asylum cases is still above 100,000', 'count', None, {}, None, 100000, 'unverifiable', {},
        'metric not held: cases awaiting an initial decision (a stock at a date) are not in the catalogue; Asy_D01 counts applications made'),
  ])

h1_22 = sb('2022-01-01', '2022-06-30')
S('compare-02', 'comparisons',
  'Arrivals in the first six months of the year were higher than in the same period of 2023 but lower than in 2022.',
  '2024-07-02', [
      C('Arrivals in the first six months of the year were higher than in the same period of 2023', 'comparison', SBA, {}, P('2024-01-01', '2024-06-30'), None,
        'accurate', {'arrivals_h1_2024': h1_24, 'arrivals_h1_2023': h1_23}, f'{fmt(h1_24)} > {fmt(h1_23)}', baseline=P('2023-01-01', '2023-06-30'),
        computed=v_bool(h1_24 > h1_23)),
      C('but lower than in 2022', 'comparison', SBA, {}, P('2024-01-01', '2024-06-30'), None, 'inaccurate',
        {'arrivals_h1_2024': h1_24, 'arrivals_h1_2022': h1_22}, f'{fmt(h1_24)} > {fmt(h1_22)} (Jan-Jun 2022): higher, not lower',
        baseline=P('2022-01-01', '2022-06-30'), computed=v_bool(h1_24 < h1_22)),
  ])

a = sb('2025-01-01', '2025-08-31')
S('compare-03', 'comparisons',
  'More people crossed in the first eight months of 2025 than in the whole of 2023.',
  '2025-09-01', [
      C('More people crossed in the first eight months of 2025 than in the whole of 2023', 'comparison', SBA, {}, P('2025-01-01', '2025-08-31'), None, 'inaccurate',
        {'arrivals_2025_jan_aug': a, 'arrivals_2023': SBY[2023]}, f'{fmt(a)} < {fmt(SBY[2023])}: just short', baseline=Y(2023),
        computed=v_bool(a > SBY[2023])),
  ])

q3a, q3b = sb('2024-07-01', '2024-09-30'), sb('2023-07-01', '2023-09-30')

m21, m22, m23 = iomy(2021, region='Mediterranean'), iomy(2022, region='Mediterranean'), iomy(2023, region='Mediterranean')
S('compare-04', 'comparisons',
  'More migrants died in the Mediterranean in 2023 than in 2021 and 2022 combined.',
  '2025-06-20', [
      C('More migrants died in the Mediterranean in 2023 than in 2021 and 2022 combined', 'comparison', IOMM, {'region': 'Mediterranean'}, Y(2023), None, 'inaccurate',
        {'mediterranean_2023': m23, 'mediterranean_2021': m21, 'mediterranean_2022': m22, 'sum_2021_2022': m21 + m22},
        f'{fmt(m23)} < {fmt(m21)} + {fmt(m22)} = {fmt(m21 + m22)}', baseline=P('2021-01-01', '2022-12-31'), computed=v_bool(m23 > m21 + m22)),
  ])

a = qsum(ASY, '2024-01-01', '2024-09-30')
S('compare-05', 'comparisons',
  'More people claimed asylum in the UK in the first nine months of 2024 than in the whole of 2021.',
  '2024-12-05', [
      C('More people claimed asylum in the UK in the first nine months of 2024 than in the whole of 2021', 'comparison', ASYM, {}, P('2024-01-01', '2024-09-30'), None,
        'accurate', {'applications_2024_q1_q3': a, 'applications_2021': asy_tot[2021]}, f'{fmt(a)} > {fmt(asy_tot[2021])}', baseline=Y(2021),
        computed=v_bool(a > asy_tot[2021])),
  ])

S('compare-06', 'comparisons',
  'France received more asylum applications than Italy in 2024.',
  '2025-06-20', [
      C('France received more asylum applications than Italy in 2024', 'comparison', EUM, {'geo': 'FRA'}, Y(2024), None, 'inaccurate',
        {'FRA_2024': geo24['FRA'], 'ITA_2024': geo24['ITA']}, f'France {fmt(geo24["FRA"])} < Italy {fmt(geo24["ITA"])} (close, but fewer)',
        computed=v_bool(geo24['FRA'] > geo24['ITA']), baseline_filters={'geo': 'ITA'}),
  ])

# ==========================================================================
# 19. Frontex, Eurostat, UK asylum and returns
# ==========================================================================
S('sources-01', 'sources',
  'The EU received more than 1.1 million asylum applications in 2023, with Germany alone accounting for over 400,000.',
  '2025-06-20', [
      C('The EU received more than 1.1 million asylum applications in 2023', 'count', EUM, {'geo': 'EU27'}, Y(2023), 1100000, 'accurate', {'eu27_2023': e23},
        f'Eurostat geo=EU27 2023 = {fmt(e23)} (the EU27 row, never the sum of the member states, which would be {fmt(sum(eu(2023, g) for g in geo24))})',
        computed=v_count(e23, 1100000, 'more_than')),
      C('Germany alone accounting for over 400,000', 'count', EUM, {'geo': 'DEU'}, Y(2023), 400000, 'inaccurate', {'DEU_2023': eu(2023, 'DEU')},
        f'Eurostat geo=DEU 2023 = {fmt(eu(2023, "DEU"))}, not over 400,000', computed=v_count(eu(2023, 'DEU'), 400000, 'more_than')),
  ])

m, dp = qsum(ASY, '2024-07-01', '2024-09-30', applicant_type='Main applicant'), qsum(ASY, '2024-07-01', '2024-09-30', applicant_type='Dependant')

S('sources-02', 'sources',
  'The Home Office deported 6,393 people last year.',
  '2024-03-10', [
      C('The Home Office deported 6,393 people last year', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 6393, 'accurate',
        {'enforced_2023': enf[2023]},
        f'"deported" read as enforced returns (design.md alias; no separate deportation series, say so): Ret_D01 enforced 2023 = {fmt(enf[2023])}',
        accept=['accurate', 'misleading'], computed=v_count(enf[2023], 6393)),
  ])

S('sources-03', 'sources',
  '"We deported more than 25,000 people last year," the minister said.',
  '2024-03-10', [
      C('We deported more than 25,000 people last year', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 25000, 'misleading',
        {'enforced_2023': enf[2023], 'voluntary_2023': vol[2023], 'enforced_plus_voluntary_2023': enf[2023] + vol[2023], 'port_refusals_2023': port[2023]},
        f'25,000+ matches enforced + voluntary returns ({fmt(enf[2023] + vol[2023])}); enforced returns ("deportations") were only {fmt(enf[2023])}: the number is for a different measure',
        accept=['misleading', 'inaccurate']),
  ], speaker='minister')

S('sources-04', 'sources',
  'Voluntary returns reached 19,253 in 2023, while a further 14,587 people were refused entry at port and then left.',
  '2024-03-12', [
      C('Voluntary returns reached 19,253 in 2023', 'count', RETM, {'return_type_group': 'Voluntary return'}, Y(2023), 19253, 'accurate', {'voluntary_2023': vol[2023]},
        f'Ret_D01 voluntary 2023 = {fmt(vol[2023])}', computed=v_count(vol[2023], 19253)),
      C('a further 14,587 people were refused entry at port and then left', 'count', RETM, {'return_type_group': 'Refused entry at port and subsequently departed'},
        Y(2023), 14587, 'inaccurate', {'port_refusals_2023': port[2023]}, f'Ret_D01 refused entry at port and subsequently departed 2023 = {fmt(port[2023])}, 10,000 more than said',
        computed=v_count(port[2023], 14587)),
  ])

fx25 = fx('2025-01-01', '2025-04-30')
S('sources-05', 'sources',
  'Frontex detected about 180,000 irregular crossings in 2025, its lowest annual total since 2021.',
  '2026-01-12', [
      C('Frontex detected about 180,000 irregular crossings in 2025', 'count', FXM, {}, Y(2025), 180000, 'unverifiable',
        {'detections_2025_jan_apr': fx25, 'frontex_last_month': str(FX_LAST)}, f'the Frontex file ends with April 2025 ({fmt(fx25)} to then): the year is not held'),
      C('its lowest annual total since 2021', 'rank', FXM, {}, Y(2025), 1, 'unverifiable', {'detections_2021': fxyr[2021], 'frontex_last_month': str(FX_LAST)},
        'no full-year 2025 figure held', baseline=Y(2021)),
  ])

S('sources-06', 'sources',
  'The UK received 108,000 asylum claims in 2024, the most on record.',
  '2025-03-01', [
      C('The UK received 108,000 asylum claims in 2024', 'count', ASYM, {}, Y(2024), 108000, 'unverifiable',
        {'applications_2024_q1_q3': qsum(ASY, '2024-01-01', '2024-09-30')}, 'Asy_D01 ends in 2024 Q3; 2024 Q4 is not held'),
      C('the most on record', 'rank', ASYM, {}, Y(2024), 1, 'unverifiable', {'applications_2002': asy_tot[2002]},
        'the 2024 total is not held (to Q3 only), so its rank cannot be decided'),
  ])

S('sources-07', 'sources',
  'Enforced returns rose by a quarter in 2024 to more than 8,000.',
  '2025-03-01', [
      C('Enforced returns rose by a quarter in 2024', 'change', RETM, {'return_type_group': 'Enforced return'}, Y(2024), 25, 'unverifiable',
        {'enforced_2023': enf[2023]}, 'Ret_D01 ends in 2023 Q4: no 2024 returns held', baseline=Y(2023)),
      C('to more than 8,000', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2024), 8000, 'unverifiable', {}, 'Ret_D01 ends in 2023 Q4'),
  ])

syr24 = eu(2024, 'EU27', 'SYR')

a = iom('2025-01-01', '2025-09-08')
S('sources-08', 'sources',
  'The IOM recorded more than 5,000 migrant deaths worldwide in 2025.',
  '2026-01-05', [
      C('The IOM recorded more than 5,000 migrant deaths worldwide in 2025', 'count', IOMM, {}, Y(2025), 5000, 'unverifiable',
        {'dead_missing_2025_to_sep8': a, 'iom_api_last_day': str(IOM_API_LAST)},
        f'the IOM 2025 file ends {IOM_API_LAST} ({fmt(a)} by then); the rest of the year is not held'),
  ])

S('sources-09', 'sources',
  'EU asylum applications fell again in 2025, to around 800,000.',
  '2026-03-01', [
      C('EU asylum applications fell again in 2025', 'change', EUM, {'geo': 'EU27'}, Y(2025), None, 'unverifiable', {'eu27_2024': e24},
        'Eurostat data held end in 2024', baseline=Y(2024)),
      C('to around 800,000', 'count', EUM, {'geo': 'EU27'}, Y(2025), 800000, 'unverifiable', {}, 'Eurostat data held end in 2024'),
  ])

# ==========================================================================
# 20. paraphrase pairs (same claim, same verdict)
# ==========================================================================
for sid, text, q, hedge in [('paraphrase-01a', 'Some 5,545 Afghans arrived by small boat in 2023.', 'Some 5,545 Afghans arrived by small boat in 2023', 'about'),
                            ('paraphrase-01b', 'In 2023, around five and a half thousand Afghan nationals were detected arriving on small boats.',
                             'around five and a half thousand Afghan nationals were detected arriving on small boats', 'about')]:
    cl = 5545 if sid.endswith('a') else 5500
    S(sid, 'paraphrase', text, '2024-03-05', [
        C(q, 'count', IRR, {**SBF, 'nationality': 'Afghanistan'}, Y(2023), cl, 'accurate', {'afghanistan_2023': nat23['Afghanistan']},
          f'Irr_D01 small boats, Afghanistan, 2023 = {fmt(nat23["Afghanistan"])}', computed=v_count(nat23['Afghanistan'], cl, hedge))])

fxc = pct(fxy(2024), fxyr[2023])
for sid, text, q in [('paraphrase-02a', "Irregular crossings of the EU's borders dropped by more than a third in 2024.",
                      "Irregular crossings of the EU's borders dropped by more than a third in 2024"),
                     ('paraphrase-02b', 'In 2024 the number of illegal border crossings detected by Frontex was down by over a third.',
                      'the number of illegal border crossings detected by Frontex was down by over a third')]:
    S(sid, 'paraphrase', text, '2025-06-12', [
        C(q, 'change', FXM, {}, Y(2024), -33.3, 'accurate', {'detections_2024': fxy(2024), 'detections_2023': fxyr[2023], 'pct_change': fxc},
          f'{fmt(fxy(2024))} / {fmt(fxyr[2023])} - 1 = {fxc}%', baseline=Y(2023), computed=v_pct(-fxc, 33.33, 'more_than'))])

for sid, text, q in [('paraphrase-03a', 'Over 60,000 migrants crossed the Channel in 2022.', 'Over 60,000 migrants crossed the Channel in 2022'),
                     ('paraphrase-03b', 'In 2022 more than sixty thousand migrants made the Channel crossing.',
                      'more than sixty thousand migrants made the Channel crossing')]:
    S(sid, 'paraphrase', text, '2023-01-03', [
        C(q, 'count', SBA, {}, Y(2022), 60000, 'inaccurate', {'arrivals_2022': SBY[2022]},
          f'SB_01 2022 = {fmt(SBY[2022])}, well below 60,000', computed=v_count(SBY[2022], 60000, 'more_than'))])

for sid, text, q in [('paraphrase-04a', 'Nearly 9,000 people died or went missing on migration routes worldwide last year.',
                      'Nearly 9,000 people died or went missing on migration routes worldwide last year'),
                     ('paraphrase-04b', 'Last year, almost nine thousand migrants were recorded as dead or missing around the world.',
                      'almost nine thousand migrants were recorded as dead or missing around the world')]:
    S(sid, 'paraphrase', text, '2025-06-20', [
        C(q, 'count', IOMM, {}, Y(2024), 9000, 'accurate', {'dead_missing_2024': iy[2024]},
          f'IOM 2024 = {fmt(iy[2024])}: "nearly 9,000" allows 8,100-9,000 and 9,002 is within rounding of 9,000', accept=['accurate', 'roughly_accurate'],
          computed=v_count(iy[2024], 9000, 'nearly', 100))])


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
def main():
    ids = [c['id'] for c in CASES]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    for c in CASES:
        print(f"{c['id']}  [{c['date']}]  {c['text']}")
        for cl in c['claims']:
            print(f"    - {cl['type']:<10} {cl['expected_verdict']:<17} {cl['quote']!r}")
            print(f"        {cl['why']}")
            print(f"        figures: {json.dumps(cl['figures'], ensure_ascii=False)}")
    if '--write' in sys.argv:
        out = os.path.join(HERE, 'cases.jsonl')
        with open(out, 'w', encoding='utf-8') as f:
            for c in CASES:
                f.write(json.dumps(c, ensure_ascii=False) + '\n')
        print(f'wrote {len(CASES)} cases to {out}', file=sys.stderr)
    summary()


def summary():
    from collections import Counter
    ph, phc, ver = Counter(), Counter(), Counter()
    for c in CASES:
        ph[c['phenomenon']] += 1
        for cl in c['claims']:
            phc[c['phenomenon']] += 1
            ver[cl['expected_verdict']] += 1
    print(f'\n{len(CASES)} sentences, {sum(phc.values())} claims', file=sys.stderr)
    for k in ph:
        print(f'  {k:<20} {ph[k]:>3} sentences {phc[k]:>3} claims', file=sys.stderr)
    print('  verdicts:', dict(ver), file=sys.stderr)


if __name__ == '__main__':
    main()
