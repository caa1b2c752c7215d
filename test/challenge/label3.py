#!/usr/bin/env python3
"""Independent labels for the third challenge set (test/challenge/cases-3.jsonl).

Every figure is computed here, straight from the raw data files in the mirror,
with the Python standard library only.  The checker's own code is never used
or read.

    python3 label3.py            # recompute and print every figure and verdict
    python3 label3.py --write    # also (re)write cases-3.jsonl next to this file

The data are read from $CROSSINGS_MIRROR, or /work/shared/data.

Conventions (as in label.py and label2.py, plus):
* "N times as many / N times the figure / N times higher" is a change claim:
  "claimed" is the signed percentage change of the plain N-times reading
  (three times = +200, six times = +500).  "N times higher" is read as N times
  as many (the everyday sense), not as an increase of N x 100%; the note says so.
* "two out of five", "one in five": a share, "claimed" is a percentage (40, 20).
* rank of a day within a window ("the busiest day since Labour took power"):
  period is the day, baseline_period the window it is ranked within (from the
  event to the day before the claim's date), "claimed" is 1.
* "a record N" said of a past day: judged against the days up to and including
  that day (baseline_period), i.e. whether it was a record when it happened.
  "remains / was the highest on record" said of a past year: judged as of the
  claim's date (every complete year before it).
* A sentence-initial date ("On 6 August, ...") governs every figure of the
  sentence, including running totals ("taking the total for the year to ...").
* Composition words ("mainly from Syria, Afghanistan and Egypt") describe the
  people and do not filter: only the total is a claim; the breakdown is shown in
  figures but not checked.
* A bracketed part that restates a share ("(41,194 people)") is not a separate
  claim: claims[] lists only the share.
* "N nationalities" is not a statistical claim: nothing is listed for it.
* Causes of death (IOM "Cause of Death"): a death counts as drowning when the
  cause field CONTAINS "Drowning" (this includes mixed entries such as
  "Drowning,Violence"); the field cannot be split on commas because single
  causes contain commas ("lack of adequate shelter, food, water").  Shares are
  of the total dead and missing for the same Incident Year.
* Weekdays are resolved to the latest such weekday strictly before the date;
  "yesterday" is the day before the date.
* Tolerances follow design.md: about/around/some +-5% accurate, +-10% roughly;
  nearly/almost X: 0.9X <= v <= X; more than X: v > X (within 2% below is
  roughly_accurate); bare round numbers at their rounding; precise figures
  within 1% accurate, within 5% roughly.
"""
import calendar
import csv
import datetime as dt
import json
import os
import sys
from collections import defaultdict

from mirror_data import DATA, HERE, SB, SB_FIRST, SB_LAST, D, eom, iso, num, path, qload, sb, v_count, weekday_before  # noqa: E402


def day_rank(day, a, b):
    """Rank of `day` by arrivals among the days a..b (1 = the most), and the best other day."""
    day, a, b = D(day), D(a), D(b)
    assert a <= day <= b <= SB_LAST
    others = [(v[0], k) for k, v in SB.items() if a <= k <= b and k != day]
    top = max(others)
    return 1 + sum(1 for n, _ in others if n > SB[day][0]), top


FX = []  # (month, route, type, nat, n)
with open(path('frontex/frontex_monthly_illegal_border_crossings_2009-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        FX.append((D(r['month']), r['route'], r['type'], r['nat'], num(r['n'])))
FX_LAST = max(x[0] for x in FX)


def fx(a, b, route=None, typ=None, nat=None):
    """Frontex detections in the months from a to b (dates; any day of the month)."""
    a, b = D(a).replace(day=1), D(b).replace(day=1)
    assert b <= FX_LAST
    return sum(n for m, r, t, na, n in FX if a <= m <= b and (route is None or r == route)
               and (typ is None or t == typ) and (nat is None or na == nat))


def fxy(y, **kw):
    return fx(f'{y}-01-01', f'{y}-12-01', **kw)


def fx_top_nats(y, route, k=4):
    tot = defaultdict(int)
    for m, r, t, na, n in FX:
        if m.year == y and r == route:
            tot[na] += n
    s = sum(tot.values())
    return {na: {'n': n, 'pct': round(n / s * 100, 1)} for na, n in sorted(tot.items(), key=lambda x: -x[1])[:k]}


# IOM: the export for 2014-2024 (by Incident Year, as IOM's annual figures are).
IOM = []
with open(path('iom-missing-migrants/Missing_Migrants_Global_Figures_allData_2014-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        y = int(r['Incident Year']) if r['Incident Year'].strip() else None
        if y is None or y >= 2025:
            continue
        IOM.append({'year': y, 'regions': {x.strip() for x in r['Region of Incident'].split(',') if x.strip()},
                    'cause': r['Cause of Death'], 'n': num(r['Total Number of Dead and Missing'])})


def iomy(y, region=None, cause=None, exact_cause=False):
    return sum(x['n'] for x in IOM if x['year'] == y and (region is None or region in x['regions'])
               and (cause is None or (x['cause'].strip() == cause if exact_cause else cause in x['cause'])))




ASY = qload('Asy_D01_asylum_applications_2001Q1-2024Q3_no-age-sex.csv', 'Applications', {'applicant_type': 'Applicant type'})
DET = qload('Det_D01_people_entering_detention_2010Q1-2023Q4_no-age.csv', 'Entering', {})
IRR = qload('Irr_D01_irregular_migration_2018Q1-2023Q4.csv', 'Number of detections',
            {'method': 'Method of entry', 'nationality': 'Nationality', 'sex': 'Sex'})
IRR2 = qload('Irr_D02_small_boat_asylum_applications_2018Q1-2023Q2.csv', 'Applications',
             {'asylum_application': 'Asylum application', 'applicant_type': 'Applicant type'})


def quarters(table):
    return {(y, q) for y, q, _, _ in table}


def qsum(table, qs, **flt):
    assert set(qs) <= quarters(table), sorted(set(qs) - quarters(table))
    return sum(n for y, q, dims, n in table if (y, q) in qs and all(dims.get(k) == v for k, v in flt.items()))


def year_q(y):
    return [(y, q) for q in range(1, 5)]


# --------------------------------------------------------------------------
# Helpers (as label2.py)
# --------------------------------------------------------------------------
def pct(new, old):
    return round((new - old) / old * 100, 2)


def fmt(x):
    return f'{x:,}' if isinstance(x, int) else f'{x:,.2f}'


def Y(y):
    return {'from': f'{y}-01-01', 'to': f'{y}-12-31'}


def P(a, b):
    return {'from': iso(a), 'to': iso(b)}


def M(y, m, m2=None):
    return {'from': f'{y}-{m:02d}-01', 'to': iso(eom(y, m2 or m))}


def Q(y, q):
    return {'from': f'{y}-{3 * q - 2:02d}-01', 'to': iso(eom(y, 3 * q))}




def v_pct(a, c, hedge='exact', step=1.0):
    d = abs(a - c)
    if hedge == 'exact':
        return 'accurate' if d <= step / 2 else 'roughly_accurate' if d <= 2.5 else 'inaccurate'
    if hedge == 'about':
        rel = d / abs(c)
        return 'accurate' if rel <= 0.05 else 'roughly_accurate' if rel <= 0.10 else 'inaccurate'
    if hedge == 'nearly_fall':  # "down by almost c%": a and c negative, |a| within [0.9|c|, |c|]
        return 'accurate' if 0.9 * abs(c) <= abs(a) <= abs(c) and a < 0 else 'inaccurate'
    if hedge == 'more_than':
        return 'accurate' if a > c else 'roughly_accurate' if a >= c - 0.5 else 'inaccurate'
    raise ValueError(hedge)


def v_bool(ok):
    return 'accurate' if ok else 'inaccurate'


def best(*verdicts):
    order = ['accurate', 'roughly_accurate', 'grey', 'inaccurate']
    return min(verdicts, key=order.index)


CASES = []


def S(id, phen, text, date, claims, speaker=None):
    for c in claims:
        assert c['quote'] in text, (id, c['quote'])
        if c['period'] and c['expected_verdict'] != 'unverifiable':
            assert c['period']['to'] < date, (id, 'period not before date')
    obj = {'id': id, 'phenomenon': phen, 'text': text, 'date': date}
    if speaker:
        obj['speaker'] = speaker
    obj['claims'] = claims
    CASES.append(obj)


def C(quote, type, metric, filters, period, claimed, verdict, figures, why, baseline=None, accept=None, computed=None, note=None):
    accept = accept or [verdict]
    assert verdict in accept, (quote, verdict, accept)
    if computed is not None:
        assert computed != 'grey', (quote, 'grey zone')
        assert computed in accept, (quote, computed, accept)
        assert computed == verdict, (quote, computed, verdict)
    c = {'quote': quote, 'type': type, 'metric': metric, 'filters': filters, 'period': period,
         'baseline_period': baseline, 'claimed': claimed, 'expected_verdict': verdict, 'accept': accept,
         'figures': {k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}, 'why': why}
    if note:
        c['note'] = note
    return c


SBA, SBB = 'uk.small_boats.arrivals', 'uk.small_boats.boats'
IRRM, ASYM, DETM = 'uk.irregular.detections', 'uk.asylum.applications', 'uk.detention.entering'
IRR2M = 'uk.small_boats.asylum_claims'
FXM, IOMM = 'eu.frontex.detections', 'deaths.dead_and_missing'
CMR, EMR, WAR, WBR = 'Central Mediterranean Route', 'Eastern Mediterranean Route', 'Western African Route', 'Western Balkan Route'
MAIN = {'applicant_type': 'Main applicant'}
RAISED = {'asylum_application': 'Asylum application raised'}
SBF = {'method': 'Small boat arrivals'}
TIMES = 'claimed is the percentage change of the N-times reading (N times as many = +(N-1)x100%)'
LABOUR = dt.date(2024, 7, 5)  # Labour took office (Keir Starmer became prime minister): 5 July 2024




MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
ONE = dt.timedelta(days=1)


def day_figs(day):
    day = D(day)
    return {'day': iso(day), 'arrivals_day': SB[day][0], 'boats_day': SB[day][1]}


# ==========================================================================
# 1. since_jan1
# ==========================================================================
date = '2025-07-01'
cum, ytd = sb(SB_FIRST, '2025-06-30'), sb('2025-01-01', '2025-06-30')
S('sincejan1-01', 'since_jan1',
  'Since current records began on 1 January 2018, some 171,000 people have crossed the Channel in small boats, almost 20,000 of them since 1 January.',
  date, [
      C('Since current records began on 1 January 2018, some 171,000 people have crossed the Channel in small boats', 'count', SBA, {},
        P('2018-01-01', '2025-06-30'), 171000, 'accurate', {'arrivals_2018_01_01_to_2025_06_30': cum, 'series_first_day': iso(SB_FIRST)},
        f'"since a stated date": SB_01 2018-01-01..2025-06-30 (the day before the date) = {fmt(cum)}, {abs(cum - 171000) / cum:.1%} from 171,000',
        computed=v_count(cum, 171000, 'about')),
      C('almost 20,000 of them since 1 January', 'count', SBA, {}, P('2025-01-01', '2025-06-30'), 20000, 'accurate',
        {'arrivals_2025_to_jun30': ytd},
        f'"since 1 January" = this year to date: SB_01 2025-01-01..06-30 = {fmt(ytd)}, just under 20,000', computed=v_count(ytd, 20000, 'nearly')),
  ])

date = '2024-10-28'
cur, prev = sb('2024-01-01', '2024-10-27'), sb('2023-01-01', '2023-10-27')
cur_m, prev_m = sb('2024-01-01', '2024-09-30'), sb('2023-01-01', '2023-09-30')
S('sincejan1-02', 'since_jan1',
  'Nearly 30,000 people have arrived in small boats since January 1, an increase of more than a fifth on the same point last year.',
  date, [
      C('Nearly 30,000 people have arrived in small boats since January 1', 'count', SBA, {}, P('2024-01-01', '2024-10-27'), 30000, 'accurate',
        {'arrivals_2024_to_oct27': cur}, f'SB_01 2024-01-01..10-27 = {fmt(cur)}: just under 30,000', computed=v_count(cur, 30000, 'nearly')),
      C('an increase of more than a fifth on the same point last year', 'change', SBA, {}, P('2024-01-01', '2024-10-27'), 20, 'inaccurate',
        {'arrivals_2024_to_oct27': cur, 'arrivals_2023_to_oct27': prev, 'pct_same_days': pct(cur, prev),
         'arrivals_2024_jan_sep': cur_m, 'arrivals_2023_jan_sep': prev_m, 'pct_whole_months': pct(cur_m, prev_m)},
        f'same point last year (to 27 Oct 2023): {fmt(cur)} vs {fmt(prev)} = +{pct(cur, prev)}%; whole months Jan-Sep: +{pct(cur_m, prev_m)}%. '
        f'Not more than +20% on either reading', baseline=P('2023-01-01', '2023-10-27'),
        computed=best(v_pct(pct(cur, prev), 20, 'more_than'), v_pct(pct(cur_m, prev_m), 20, 'more_than'))),
  ])

date = '2026-03-02'
cum = sb(SB_FIRST, '2026-03-01')
k, run = SB_FIRST, 0
while run + SB[k][0] <= 200000:
    run += SB[k][0]
    k += ONE
passed = k  # the first day on which the running total since 2018-01-01 exceeds 200,000
S('sincejan1-03', 'since_jan1',
  'More than 200,000 people have now crossed the Channel since current records began on 1 January 2018.',
  date, [
      C('More than 200,000 people have now crossed the Channel since current records began on 1 January 2018', 'count', SBA, {},
        P('2018-01-01', '2026-03-01'), 200000, 'inaccurate',
        {'arrivals_2018_01_01_to_2026_03_01': cum, 'day_total_passed_200000': iso(passed)},
        f'SB_01 2018-01-01..2026-03-01 = {fmt(cum)}, {1 - cum / 200000:.1%} short of 200,000 (beyond the 2% allowance); the running total '
        f'passed 200,000 only on {passed}', computed=v_count(cum, 200000, 'more_than')),
  ])

date = '2025-05-01'
ytd = sb('2025-01-01', '2025-04-30')
S('sincejan1-04', 'since_jan1',
  'Since 1 January, more than 12,000 people have crossed the Channel, over 1,500 of them unaccompanied children.',
  date, [
      C('Since 1 January, more than 12,000 people have crossed the Channel', 'count', SBA, {}, P('2025-01-01', '2025-04-30'), 12000,
        'inaccurate', {'arrivals_2025_to_apr30': ytd},
        f'SB_01 2025-01-01..04-30 = {fmt(ytd)}, {1 - ytd / 12000:.1%} short of 12,000', computed=v_count(ytd, 12000, 'more_than')),
      C('over 1,500 of them unaccompanied children', 'count', SBA, {}, P('2025-01-01', '2025-04-30'), 1500, 'unverifiable',
        {'arrivals_2025_to_apr30': ytd, 'irr_d01_last_quarter': '2023 Q4', 'irr_d02_last_quarter': '2023 Q2'},
        'the words "unaccompanied children" change the measure: SB_01 has no age or UASC breakdown, Irr_D01 (age) ends in 2023 Q4 and '
        'Irr_D02 (UASC) in 2023 Q2. What would decide it: small-boat arrivals by age and UASC status for 2025',
        note='"of them" makes it a subset of the total just named; that total must not be used for it'),
  ])

# ==========================================================================
# 2. event_clause ("the most ... since <event> was on <day>, when ...")
# ==========================================================================
date = '2024-11-15'
day = D('2024-10-05')
rk, top = day_rank(day, LABOUR, D(date) - ONE)
S('eventclause-01', 'event_clause',
  'The busiest day for crossings since Labour took power was 5 October, when 973 people arrived in 17 boats.',
  date, [
      C('The busiest day for crossings since Labour took power was 5 October', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {**day_figs(day), 'rank_in_window': rk, 'next_day': iso(top[1]), 'next_day_arrivals': top[0]},
        f'window 2024-07-05 (Labour took office) .. 2024-11-14: {day} ({fmt(SB[day][0])}) ranks {rk}; the next is {top[1]} ({fmt(top[0])})',
        baseline=P(LABOUR, D(date) - ONE), computed=v_bool(rk == 1)),
      C('when 973 people arrived', 'count', SBA, {}, P(day, day), 973, 'accurate', day_figs(day),
        f'SB_01 {day} = {fmt(SB[day][0])} (the "when" clause takes the day of the main clause)', computed=v_count(SB[day][0], 973)),
      C('in 17 boats', 'count', SBB, {}, P(day, day), 17, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 17)),
  ])

date = '2025-01-15'
day = D('2024-09-14')
rk, top = day_rank(day, LABOUR, D(date) - ONE)
S('eventclause-02', 'event_clause',
  'The largest number of crossings on a single day since Labour came to power was on 14 September, when 801 people arrived in 14 boats.',
  date, [
      C('The largest number of crossings on a single day since Labour came to power was on 14 September', 'rank', SBA, {}, P(day, day), 1,
        'inaccurate', {**day_figs(day), 'rank_in_window': rk, 'top_day': iso(top[1]), 'top_day_arrivals': top[0]},
        f'window 2024-07-05 .. 2025-01-14: {top[1]} had {fmt(top[0])} > {fmt(SB[day][0])} on {day}, which ranks {rk}',
        baseline=P(LABOUR, D(date) - ONE), computed=v_bool(rk == 1)),
      C('when 801 people arrived', 'count', SBA, {}, P(day, day), 801, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 801)),
      C('in 14 boats', 'count', SBB, {}, P(day, day), 14, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 14)),
  ])

date = '2025-08-01'
day = D('2025-05-31')
rk, top = day_rank(day, LABOUR, D(date) - ONE)
S('eventclause-03', 'event_clause',
  'The highest daily total since Keir Starmer became prime minister came on 31 May, when 1,195 people crossed in 21 boats.',
  date, [
      C('The highest daily total since Keir Starmer became prime minister came on 31 May', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {**day_figs(day), 'rank_in_window': rk, 'next_day': iso(top[1]), 'next_day_arrivals': top[0]},
        f'Starmer became prime minister on 2024-07-05 (= Labour took office); window 2024-07-05 .. 2025-07-31: {day} ({fmt(SB[day][0])}) '
        f'ranks {rk}; next {top[1]} ({fmt(top[0])})', baseline=P(LABOUR, D(date) - ONE), computed=v_bool(rk == 1)),
      C('when 1,195 people crossed', 'count', SBA, {}, P(day, day), 1195, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 1195)),
      C('in 21 boats', 'count', SBB, {}, P(day, day), 21, 'inaccurate', day_figs(day),
        f'SB_01 boats {day} = {SB[day][1]}, not 21 ({21 / SB[day][1] - 1:.1%} too many)', computed=v_count(SB[day][1], 21)),
  ])

date = '2025-09-10'
day = D('2025-09-06')
rk, top = day_rank(day, LABOUR, D(date) - ONE)
S('eventclause-04', 'event_clause',
  'The most crossings in a single day since Labour took office came on 6 September, when 1,101 people reached Britain in 18 boats.',
  date, [
      C('The most crossings in a single day since Labour took office came on 6 September', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {**day_figs(day), 'rank_in_window': rk, 'top_day': iso(top[1]), 'top_day_arrivals': top[0]},
        f'window 2024-07-05 .. {D(date) - ONE}: {top[1]} had {fmt(top[0])} > {fmt(SB[day][0])}; {day} ranks {rk} (it was the most since 31 May, '
        f'not since Labour took office)', baseline=P(LABOUR, D(date) - ONE), computed=v_bool(rk == 1)),
      C('when 1,101 people reached Britain', 'count', SBA, {}, P(day, day), 1101, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 1101)),
      C('in 18 boats', 'count', SBB, {}, P(day, day), 18, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 18)),
  ])

# ==========================================================================
# 3. boats_vehicle ("N people crossed in M boats", no place word)
# ==========================================================================
date = '2025-07-31'
day = D(date) - ONE
S('boatsveh-01', 'boats_vehicle',
  'Yesterday 898 people crossed in 15 boats.',
  date, [
      C('Yesterday 898 people crossed', 'count', SBA, {}, P(day, day), 898, 'accurate', day_figs(day),
        f'"yesterday" = {day}; people crossing in boats = UK small-boat arrivals: SB_01 = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 898)),
      C('in 15 boats', 'count', SBB, {}, P(day, day), 15, 'inaccurate', day_figs(day),
        f'SB_01 boats {day} = {SB[day][1]}; 15 is {15 / SB[day][1] - 1:.0%} too many', computed=v_count(SB[day][1], 15)),
  ])

date = '2025-10-09'
day = weekday_before(date, WED)
rk, top = day_rank(day, D('2025-09-07'), D(date) - ONE)
S('boatsveh-02', 'boats_vehicle',
  'On Wednesday 1,075 people crossed in 15 boats, the highest daily figure since 6 September.',
  date, [
      C('On Wednesday 1,075 people crossed', 'count', SBA, {}, P(day, day), 1075, 'accurate', day_figs(day),
        f'date is Thursday {date}; the Wednesday before is {day}: SB_01 = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 1075)),
      C('in 15 boats', 'count', SBB, {}, P(day, day), 15, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 15)),
      C('the highest daily figure since 6 September', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {**day_figs(day), 'arrivals_2025_09_06': SB[D('2025-09-06')][0], 'best_other_day_sep7_oct8': iso(top[1]),
         'best_other_day_arrivals': top[0]},
        f'days 2025-09-07..{D(date) - ONE}: {day} ({fmt(SB[day][0])}) beats the best other day, {top[1]} ({fmt(top[0])}); '
        f'6 September itself had {fmt(SB[D("2025-09-06")][0])}, more, which is why it is "since 6 September"',
        baseline=P('2025-09-07', D(date) - ONE), computed=v_bool(rk == 1 and SB[D('2025-09-06')][0] >= SB[day][0])),
  ])

date = '2022-11-14'
day = weekday_before(date, SAT)
rk, top = day_rank(day, D('2022-10-01'), D(date) - ONE)
S('boatsveh-03', 'boats_vehicle',
  'Some 1,200 people crossed in 26 boats on Saturday, the highest number since September.',
  date, [
      C('Some 1,200 people crossed', 'count', SBA, {}, P(day, day), 1200, 'accurate', day_figs(day),
        f'date is Monday {date}; the Saturday before is {day}: SB_01 = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 1200, 'about')),
      C('in 26 boats', 'count', SBB, {}, P(day, day), 26, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 26)),
      C('the highest number since September', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {**day_figs(day), 'rank_oct1_nov13': rk, 'higher_day': iso(top[1]), 'higher_day_arrivals': top[0]},
        f'since September = from 1 October 2022: {top[1]} had {fmt(top[0])} > {fmt(SB[day][0])}, so {day} ranks {rk} '
        f'(reading it as "since the start of September" makes it worse: 3 Sep had 1,305)',
        baseline=P('2022-10-01', D(date) - ONE), computed=v_bool(rk == 1)),
  ])

# ==========================================================================
# 4. heading_time ("On <day>, ..." governs every figure)
# ==========================================================================
date = '2026-08-03'
day = D('2026-07-29')
pb = SB[day][0] / SB[day][1]
S('headingtime-01', 'heading_time',
  'On 29 July, 752 migrants crossed in nine boats, an average of more than 80 per boat.',
  date, [
      C('On 29 July, 752 migrants crossed', 'count', SBA, {}, P(day, day), 752, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 752)),
      C('in nine boats', 'count', SBB, {}, P(day, day), 9, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 9)),
      C('an average of more than 80 per boat', 'mean_per', SBA, {}, P(day, day), 80, 'accurate', {**day_figs(day), 'people_per_boat': pb},
        f'the heading date governs the average too: {fmt(SB[day][0])} / {SB[day][1]} = {pb:.2f} > 80', computed=v_count(pb, 80, 'more_than')),
  ])

date = '2026-07-27'
day = D('2026-07-23')
pb = SB[day][0] / SB[day][1]
S('headingtime-02', 'heading_time',
  'On 23 July, 366 people arrived in three boats, about 100 in each.',
  date, [
      C('On 23 July, 366 people arrived', 'count', SBA, {}, P(day, day), 366, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 366)),
      C('in three boats', 'count', SBB, {}, P(day, day), 3, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 3)),
      C('about 100 in each', 'mean_per', SBA, {}, P(day, day), 100, 'inaccurate', {**day_figs(day), 'people_per_boat': pb},
        f'{fmt(SB[day][0])} / {SB[day][1]} = {pb:.0f} per boat; "about 100" is {abs(pb - 100) / pb:.0%} off (the sentence\'s own figures give 122)',
        computed=v_count(pb, 100, 'about')),
  ])

date = '2025-08-28'
day = D('2025-08-25')
rk, top = day_rank(day, D('2025-01-01'), day)
S('headingtime-03', 'heading_time',
  'On 25 August, 659 people crossed in 11 boats, the highest daily number so far this year.',
  date, [
      C('On 25 August, 659 people crossed', 'count', SBA, {}, P(day, day), 659, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 659)),
      C('in 11 boats', 'count', SBB, {}, P(day, day), 11, 'inaccurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}, not 11',
        computed=v_count(SB[day][1], 11)),
      C('the highest daily number so far this year', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {**day_figs(day), 'rank_2025_to_aug25': rk, 'top_day': iso(top[1]), 'top_day_arrivals': top[0]},
        f'"so far this year" runs to the heading date: among days 2025-01-01..{day}, {top[1]} had {fmt(top[0])}; {day} ranks {rk}',
        baseline=P('2025-01-01', day), computed=v_bool(rk == 1)),
  ])

date = '2023-06-19'
day = D('2023-06-12')
to_day, to_eve = sb('2023-01-01', day), sb('2023-01-01', D(date) - ONE)
passed = min(k for k in SB if k.year == 2023 and sb('2023-01-01', k) > 10000)
S('headingtime-04', 'heading_time',
  'On 12 June, 545 people crossed in 11 boats, taking the total for the year past 10,000.',
  date, [
      C('On 12 June, 545 people crossed', 'count', SBA, {}, P(day, day), 545, 'accurate', day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}',
        computed=v_count(SB[day][0], 545)),
      C('in 11 boats', 'count', SBB, {}, P(day, day), 11, 'accurate', day_figs(day), f'SB_01 boats {day} = {SB[day][1]}',
        computed=v_count(SB[day][1], 11)),
      C('taking the total for the year past 10,000', 'count', SBA, {}, P('2023-01-01', day), 10000, 'inaccurate',
        {'arrivals_2023_to_jun12': to_day, 'arrivals_2023_to_jun18': to_eve, 'day_total_passed_10000': iso(passed),
         'arrivals_2023_to_passing_day': sb('2023-01-01', passed)},
        f'the heading date governs the running total: 2023-01-01..{day} = {fmt(to_day)}, {1 - to_day / 10000:.1%} short of 10,000. '
        f'It passed 10,000 only on {passed} ({fmt(sb("2023-01-01", passed))}; to 18 Jun: {fmt(to_eve)}), so reading the total to the day '
        f'before the date would wrongly make it true', computed=v_count(to_day, 10000, 'more_than')),
  ])

# ==========================================================================
# 5. record_then
# ==========================================================================
date = '2024-03-01'
day = D('2021-11-11')
before = max((SB[k][0], k) for k in SB if k < day)
later = max((SB[k][0], k) for k in SB if day < k < D(date))
S('recordthen-01', 'record_then',
  'On 11 November 2021, a record 1,100 people crossed the Channel in small boats.',
  date, [
      C('On 11 November 2021, a record 1,100 people crossed the Channel in small boats', 'count', SBA, {}, P(day, day), 1100, 'inaccurate',
        day_figs(day), f'SB_01 {day} = {fmt(SB[day][0])}; 1,100 is {1 - 1100 / SB[day][0]:.0%} too low (it does not round to 1,100)',
        computed=v_count(SB[day][0], 1100, 'round', 100)),
      C('a record', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {**day_figs(day), 'previous_record': before[0], 'previous_record_day': iso(before[1]), 'later_higher_day': iso(later[1]),
         'later_higher_arrivals': later[0]},
        f'"a record" when it happened: every earlier day since {SB_FIRST} had fewer (previous record {fmt(before[0])} on {before[1]}). '
        f'It was overtaken on {later[1]} ({fmt(later[0])}), but the sentence says it was a record then, not that it still is',
        baseline=P(SB_FIRST, day), computed=v_bool(SB[day][0] > before[0]),
        note='record judged up to the day it describes; the later, higher day does not make it false, and neither does the wrong count '
             '(1,100 would not have been a record either, but the day was)'),
  ])

date = '2023-05-02'
day = D('2022-11-12')
before = max((SB[k][0], k) for k in SB if k < day)
S('recordthen-02', 'record_then',
  'On 12 November 2022, a record 1,214 people crossed the Channel.',
  date, [
      C('On 12 November 2022, a record 1,214 people crossed the Channel', 'count', SBA, {}, P(day, day), 1214, 'accurate', day_figs(day),
        f'SB_01 {day} = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 1214)),
      C('a record', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {**day_figs(day), 'higher_earlier_day': iso(before[1]), 'higher_earlier_arrivals': before[0],
         'arrivals_2021_11_11': SB[D('2021-11-11')][0], 'arrivals_2022_10_09': SB[D('2022-10-09')][0]},
        f'not a record even when it happened: {before[1]} had {fmt(before[0])} (and 2021-11-11 {fmt(SB[D("2021-11-11")][0])}, '
        f'2022-10-09 {fmt(SB[D("2022-10-09")][0])})', baseline=P(SB_FIRST, day), computed=v_bool(SB[day][0] > before[0])),
  ])

date = '2025-06-20'
iy = {y: iomy(y) for y in range(2014, 2025)}
S('recordthen-03', 'record_then',
  '2023, when 8,747 migrants died or went missing worldwide, remains the deadliest year on record.',
  date, [
      C('2023, when 8,747 migrants died or went missing worldwide', 'count', IOMM, {}, Y(2023), 8747, 'accurate', {'dead_missing_2023': iy[2023]},
        f'IOM by Incident Year 2023 = {fmt(iy[2023])}', computed=v_count(iy[2023], 8747)),
      C('remains the deadliest year on record', 'rank', IOMM, {}, Y(2023), 1, 'inaccurate',
        {f'dead_missing_{y}': iy[y] for y in range(2014, 2025)},
        f'"remains" is judged at the claim date ({date}), when 2024 was complete: 2024 ({fmt(iy[2024])}) > 2023 ({fmt(iy[2023])}); '
        f'2023 ranks 2nd over 2014-2024 (it was the record until 2024 ended)', baseline=P('2014-01-01', '2024-12-31'),
        computed=v_bool(all(iy[2023] > iy[y] for y in range(2014, 2025) if y != 2023))),
  ])

date = '2025-06-12'
wa = {y: fxy(y, route=WAR) for y in range(2009, 2025)}
S('recordthen-04', 'record_then',
  'With 39,673 detections, 2023 was the highest year on record for the Western African route.',
  date, [
      C('With 39,673 detections', 'count', FXM, {'route': WAR}, Y(2023), 39673, 'accurate', {'western_african_2023': wa[2023]},
        f'Frontex Western African route 2023 = {fmt(wa[2023])}', computed=v_count(wa[2023], 39673)),
      C('2023 was the highest year on record for the Western African route', 'rank', FXM, {'route': WAR}, Y(2023), 1, 'inaccurate',
        {f'western_african_{y}': wa[y] for y in (2020, 2021, 2022, 2023, 2024)},
        f'a standing "on record" about a past year is judged at the claim date: 2024 ({fmt(wa[2024])}) > 2023 ({fmt(wa[2023])}), so 2023 ranks 2nd '
        f'over 2009-2024 (it was the record only until 2024)', baseline=P('2009-01-01', '2024-12-31'),
        computed=v_bool(all(wa[2023] > wa[y] for y in range(2009, 2025) if y != 2023)),
        note='"was the highest on record" is not "was then a record": the record is judged over every complete year before the claim date'),
  ])

# ==========================================================================
# 6. times_multiplier
# ==========================================================================
date = '2021-04-06'
a, b = sb('2021-01-01', '2021-03-31'), sb('2020-01-01', '2020-03-31')
S('times-01', 'times_multiplier',
  'Nearly three times as many people crossed the Channel in the first three months of the year as in the same period last year.',
  date, [
      C('Nearly three times as many people crossed the Channel in the first three months of the year as in the same period last year', 'change',
        SBA, {}, Q(2021, 1), 200, 'accurate', {'arrivals_2021_q1': a, 'arrivals_2020_q1': b, 'ratio': round(a / b, 4), 'pct_change': pct(a, b)},
        f'January-March 2021 {fmt(a)} / January-March 2020 {fmt(b)} = {a / b:.2f}x: just under three times', baseline=Q(2020, 1),
        computed=v_count(a / b, 3, 'nearly'), note=TIMES),
  ])

date = '2022-02-03'
a, b = sb('2022-01-01', '2022-01-31'), sb('2021-01-01', '2021-01-31')
S('times-02', 'times_multiplier',
  'Six times as many people crossed the Channel in January as in the same month last year.',
  date, [
      C('Six times as many people crossed the Channel in January as in the same month last year', 'change', SBA, {}, M(2022, 1), 500, 'accurate',
        {'arrivals_2022_01': a, 'arrivals_2021_01': b, 'ratio': round(a / b, 4), 'pct_change': pct(a, b)},
        f'January 2022 {fmt(a)} / January 2021 {fmt(b)} = {a / b:.2f}x, six times at its rounding', baseline=M(2021, 1),
        computed=v_count(a / b, 6, 'round', 1), note=TIMES),
  ])

date = '2022-03-15'
a, b = fxy(2021, route=WBR), fxy(2019, route=WBR)
S('times-03', 'times_multiplier',
  'Detections on the Western Balkan route in 2021 were four times higher than in 2019.',
  date, [
      C('Detections on the Western Balkan route in 2021 were four times higher than in 2019', 'change', FXM, {'route': WBR}, Y(2021), 300,
        'accurate', {'western_balkan_2021': a, 'western_balkan_2019': b, 'ratio': round(a / b, 4), 'pct_change': pct(a, b)},
        f'Frontex Western Balkan {fmt(a)} / {fmt(b)} = {a / b:.2f}x: four times as many (+{pct(a, b)}%)', baseline=Y(2019),
        computed=v_count(a / b, 4, 'round', 1),
        note=TIMES + '; "four times higher" read as four times as many, the everyday sense (the literal +400% reading, 5x, would be 19% off)'),
  ])

date = '2022-01-05'
a, b = sb('2021-01-01', '2021-12-31'), sb('2020-01-01', '2020-12-31')
S('times-04', 'times_multiplier',
  'Channel crossings in 2021 were four times the 2020 total.',
  date, [
      C('Channel crossings in 2021 were four times the 2020 total', 'change', SBA, {}, Y(2021), 300, 'inaccurate',
        {'arrivals_2021': a, 'arrivals_2020': b, 'ratio': round(a / b, 4), 'pct_change': pct(a, b)},
        f'SB_01 {fmt(a)} / {fmt(b)} = {a / b:.2f}x, which is between three and four times and rounds to three: not four times '
        f'({abs(a / b - 4) / (a / b):.0%} off)', baseline=Y(2020), computed=v_count(a / b, 4, 'round', 1), note=TIMES),
  ])

# ==========================================================================
# 7. out_of (shares)
# ==========================================================================
date = '2025-06-12'
cm23, t23 = fxy(2023, route=CMR), fxy(2023)
sh = cm23 / t23 * 100
S('outof-01', 'out_of',
  'Two out of five irregular crossings detected at the EU\'s borders in 2023 were on the Central Mediterranean route.',
  date, [
      C('Two out of five irregular crossings detected at the EU\'s borders in 2023 were on the Central Mediterranean route', 'share', FXM,
        {'route': CMR}, Y(2023), 40, 'accurate', {'central_med_2023': cm23, 'all_routes_2023': t23, 'share_pct': round(sh, 2)},
        f'Frontex 2023: Central Mediterranean {fmt(cm23)} / all routes {fmt(t23)} = {sh:.1f}%, two in five (40%) at that precision',
        computed=v_pct(sh, 40, 'about')),
  ])

date = '2016-02-10'
em15, t15 = fxy(2015, route=EMR), fxy(2015)
sh = em15 / t15 * 100
S('outof-02', 'out_of',
  'Three out of four irregular border crossings into the EU in 2015 were on the Eastern Mediterranean route.',
  date, [
      C('Three out of four irregular border crossings into the EU in 2015 were on the Eastern Mediterranean route', 'share', FXM,
        {'route': EMR}, Y(2015), 75, 'inaccurate',
        {'eastern_med_2015': em15, 'all_routes_2015': t15, 'share_pct': round(sh, 2), 'western_balkan_2015': fxy(2015, route=WBR)},
        f'Frontex 2015: Eastern Mediterranean {fmt(em15)} / {fmt(t15)} = {sh:.1f}%, about half, not three in four (the Western Balkan '
        f'route, largely the same people moving on, had {fmt(fxy(2015, route=WBR))})', computed=v_pct(sh, 75, 'about')),
  ])

date = '2025-01-10'
S('outof-03', 'out_of',
  'Four out of five people who crossed the Channel in small boats last year were men.',
  date, [
      C('Four out of five people who crossed the Channel in small boats last year were men', 'share', IRRM, {**SBF, 'sex': 'Male'}, Y(2024), 80,
        'unverifiable', {'arrivals_2024_sb01': sb('2024-01-01', '2024-12-31'), 'irr_d01_last_quarter': '2023 Q4'},
        'the word "men" makes it a share by sex: SB_01 has no sex breakdown and Irr_D01 (which has one) ends in 2023 Q4. '
        'What would decide it: Irr_D01 for 2024 (small-boat arrivals by sex)'),
  ])

date = '2025-06-12'
wa24, t24 = fxy(2024, route=WAR), fxy(2024)
sh = wa24 / t24 * 100
S('outof-04', 'out_of',
  'One out of every four irregular crossings detected in 2024 was on the Western African route to the Canaries.',
  date, [
      C('One out of every four irregular crossings detected in 2024 was on the Western African route to the Canaries', 'share', FXM,
        {'route': WAR}, Y(2024), 25, 'inaccurate', {'western_african_2024': wa24, 'all_routes_2024': t24, 'share_pct': round(sh, 2)},
        f'Frontex 2024: Western African {fmt(wa24)} / all routes {fmt(t24)} = {sh:.1f}%, one in five, not one in four',
        computed=v_pct(sh, 25, 'about')),
  ])

# ==========================================================================
# 8. composition (only the total is a claim)
# ==========================================================================
date = '2025-06-12'
em24 = fxy(2024, route=EMR)
S('composition-01', 'composition',
  'Nearly 70,000 migrants, mainly from Syria, Afghanistan and Egypt, crossed into the EU via the Eastern Mediterranean route last year.',
  date, [
      C('Nearly 70,000 migrants, mainly from Syria, Afghanistan and Egypt, crossed into the EU via the Eastern Mediterranean route last year',
        'count', FXM, {'route': EMR}, Y(2024), 70000, 'accurate',
        {'eastern_med_2024': em24, 'top_nationalities_2024': fx_top_nats(2024, EMR)},
        f'the total is checked, all nationalities: Frontex Eastern Mediterranean 2024 = {fmt(em24)}, just under 70,000. '
        f'"mainly from Syria, Afghanistan and Egypt" describes them and does not filter (it fits: SYR, AFG, EGY are the top three)',
        computed=v_count(em24, 70000, 'nearly'), note='the breakdown is not checked; filtering by the three nationalities would give '
        f'{fmt(sum(fx("2024-01-01", "2024-12-01", route=EMR, nat=n) for n in ("SYR", "AFG", "EGY")))}'),
  ])

cm23 = fxy(2023, route=CMR)
S('composition-02', 'composition',
  'Around 150,000 people, chiefly from Guinea, Tunisia and Ivory Coast, were detected on the Central Mediterranean route in 2023.',
  date, [
      C('Around 150,000 people, chiefly from Guinea, Tunisia and Ivory Coast, were detected on the Central Mediterranean route in 2023', 'count',
        FXM, {'route': CMR}, Y(2023), 150000, 'roughly_accurate', {'central_med_2023': cm23, 'top_nationalities_2023': fx_top_nats(2023, CMR)},
        f'Frontex Central Mediterranean 2023 = {fmt(cm23)}; "around 150,000" is {abs(cm23 - 150000) / cm23:.1%} off (more than 5%, within 10%). '
        f'The three nationalities describe, they do not filter', computed=v_count(cm23, 150000, 'about'),
        note='the breakdown is not checked; the three named nationalities together are only '
        f'{fmt(sum(fx("2023-01-01", "2023-12-01", route=CMR, nat=n) for n in ("GIN", "TUN", "CIV")))}, which a filtering checker would wrongly compare'),
  ])

wb23 = fxy(2023, route=WBR)
S('composition-03', 'composition',
  'More than 120,000 migrants, most of them Syrians and Turks, travelled along the Western Balkan route in 2023.',
  date, [
      C('More than 120,000 migrants, most of them Syrians and Turks, travelled along the Western Balkan route in 2023', 'count', FXM,
        {'route': WBR}, Y(2023), 120000, 'inaccurate', {'western_balkan_2023': wb23, 'western_balkan_2022': fxy(2022, route=WBR),
                                                        'top_nationalities_2023': fx_top_nats(2023, WBR)},
        f'Frontex Western Balkan 2023 = {fmt(wb23)}, well below 120,000 ({1 - wb23 / 120000:.0%} short); the 2022 figure '
        f'({fmt(fxy(2022, route=WBR))}) would have fitted', computed=v_count(wb23, 120000, 'more_than'),
        note='the breakdown ("most of them Syrians and Turks") is not checked'),
  ])

# ==========================================================================
# 9. of_whom (IOM cause of death)
# ==========================================================================
DROWN_WHY = ('drowning = Cause of Death field contains "Drowning" (mixed entries such as "Drowning,Violence" included)')


def drown_figs(y, region=None):
    t = iomy(y, region=region)
    dr = iomy(y, region=region, cause='Drowning')
    ex = iomy(y, region=region, cause='Drowning', exact_cause=True)
    return t, dr, ex, {f'dead_missing_{y}': t, f'drowning_{y}': dr, f'drowning_only_{y}': ex, 'share_pct': round(dr / t * 100, 2),
                       'share_pct_drowning_only': round(ex / t * 100, 2)}


date = '2025-03-03'
t, dr, ex, fg = drown_figs(2023)
S('ofwhom-01', 'of_whom',
  'More than 8,500 people died or went missing on migration routes worldwide in 2023, about half of whom drowned.',
  date, [
      C('More than 8,500 people died or went missing on migration routes worldwide in 2023', 'count', IOMM, {}, Y(2023), 8500, 'accurate',
        {'dead_missing_2023': t}, f'IOM by Incident Year 2023 = {fmt(t)} > 8,500', computed=v_count(t, 8500, 'more_than')),
      C('about half of whom drowned', 'share', IOMM, {'cause': 'Drowning'}, Y(2023), 50, 'accurate', fg,
        f'{DROWN_WHY}: {fmt(dr)} / {fmt(t)} = {dr / t * 100:.1f}% (cause exactly "Drowning": {ex / t * 100:.1f}%), about half',
        computed=v_pct(dr / t * 100, 50, 'about'), note='"of whom" = a share of the total just named (same year, worldwide)'),
  ])

date = '2025-06-20'
t, dr, ex, fg = drown_figs(2024)
S('ofwhom-02', 'of_whom',
  'Some 9,000 migrants died or disappeared worldwide in 2024, about 70 percent of whom drowned.',
  date, [
      C('Some 9,000 migrants died or disappeared worldwide in 2024', 'count', IOMM, {}, Y(2024), 9000, 'accurate', {'dead_missing_2024': t},
        f'IOM by Incident Year 2024 = {fmt(t)}', computed=v_count(t, 9000, 'about')),
      C('about 70 percent of whom drowned', 'share', IOMM, {'cause': 'Drowning'}, Y(2024), 70, 'inaccurate', fg,
        f'{DROWN_WHY}: {fmt(dr)} / {fmt(t)} = {dr / t * 100:.1f}% (exactly "Drowning": {ex / t * 100:.1f}%), about half, not 70%',
        computed=v_pct(dr / t * 100, 70, 'about')),
  ])

date = '2025-02-10'
t, dr, ex, fg = drown_figs(2022)
S('ofwhom-03', 'of_whom',
  'The IOM recorded more than 7,500 dead and missing migrants in 2022, more than half of whom drowned.',
  date, [
      C('The IOM recorded more than 7,500 dead and missing migrants in 2022', 'count', IOMM, {}, Y(2022), 7500, 'inaccurate',
        {'dead_missing_2022': t}, f'IOM by Incident Year 2022 = {fmt(t)}, {1 - t / 7500:.1%} short of 7,500 (beyond the 2% allowance)',
        computed=v_count(t, 7500, 'more_than')),
      C('more than half of whom drowned', 'share', IOMM, {'cause': 'Drowning'}, Y(2022), 50, 'accurate', fg,
        f'{DROWN_WHY}: {fmt(dr)} / {fmt(t)} = {dr / t * 100:.1f}% > 50% (exactly "Drowning": {ex / t * 100:.1f}%)',
        computed=v_pct(dr / t * 100, 50, 'more_than'), note='the share is judged on the real total, whatever the total claimed'),
  ])

date = '2025-06-20'
med = iomy(2024, region='Mediterranean')
S('ofwhom-04', 'of_whom',
  'Almost 2,500 people died or went missing in the Mediterranean in 2024, a third of whom were never identified.',
  date, [
      C('Almost 2,500 people died or went missing in the Mediterranean in 2024', 'count', IOMM, {'region': 'Mediterranean'}, Y(2024), 2500,
        'accurate', {'mediterranean_2024': med}, f'IOM Region of Incident "Mediterranean", Incident Year 2024 = {fmt(med)}: just under 2,500',
        computed=v_count(med, 2500, 'nearly')),
      C('a third of whom were never identified', 'share', IOMM, {'region': 'Mediterranean'}, Y(2024), 33.3, 'unverifiable',
        {'mediterranean_2024': med},
        'the words "never identified" name a measure IOM does not record (it has dead, missing, sex, age, origin and cause, not identification). '
        'What would decide it: the share of bodies identified (e.g. ICRC or national forensic records)',
        note='"missing" is not "never identified": the missing column must not be used for it'),
  ])

# ==========================================================================
# 10. same_month / same quarter
# ==========================================================================
date = '2025-08-04'
a, b = sb('2025-07-01', '2025-07-31'), sb('2024-07-01', '2024-07-31')
S('samemonth-01', 'same_month',
  'Some 5,450 people crossed the Channel in July, double the number in the same month last year.',
  date, [
      C('Some 5,450 people crossed the Channel in July', 'count', SBA, {}, M(2025, 7), 5450, 'accurate', {'arrivals_2025_07': a},
        f'SB_01 July 2025 = {fmt(a)}', computed=v_count(a, 5450, 'about')),
      C('double the number in the same month last year', 'change', SBA, {}, M(2025, 7), 100, 'inaccurate',
        {'arrivals_2025_07': a, 'arrivals_2024_07': b, 'ratio': round(a / b, 4), 'pct_change': pct(a, b)},
        f'July 2025 {fmt(a)} vs July 2024 {fmt(b)} = {a / b:.2f}x (+{pct(a, b)}%), not double', baseline=M(2024, 7),
        computed=v_count(a / b, 2, 'round', 0.2)),
  ])

date = '2025-11-03'
a, b = sb('2025-10-01', '2025-10-31'), sb('2024-10-01', '2024-10-31')
S('samemonth-02', 'same_month',
  'Crossings fell to 2,867 in October, down by almost half on the same month last year.',
  date, [
      C('Crossings fell to 2,867 in October', 'count', SBA, {}, M(2025, 10), 2867, 'accurate', {'arrivals_2025_10': a},
        f'SB_01 October 2025 = {fmt(a)}', computed=v_count(a, 2867)),
      C('down by almost half on the same month last year', 'change', SBA, {}, M(2025, 10), -50, 'accurate',
        {'arrivals_2025_10': a, 'arrivals_2024_10': b, 'pct_change': pct(a, b)},
        f'October 2025 {fmt(a)} vs October 2024 {fmt(b)} = {pct(a, b)}%: a fall of just under a half', baseline=M(2024, 10),
        computed=v_pct(pct(a, b), -50, 'nearly_fall')),
  ])

date = '2017-08-24'
a, b = qsum(DET, [(2017, 2)]), qsum(DET, [(2016, 2)])
S('samemonth-03', 'same_month',
  'In the second quarter of 2017, 6,419 people entered immigration detention, a fifth fewer than in the same quarter of 2016.',
  date, [
      C('In the second quarter of 2017, 6,419 people entered immigration detention', 'count', DETM, {}, Q(2017, 2), 6419, 'accurate',
        {'entering_2017q2': a}, f'Det_D01 2017 Q2 = {fmt(a)}', computed=v_count(a, 6419)),
      C('a fifth fewer than in the same quarter of 2016', 'change', DETM, {}, Q(2017, 2), -20, 'inaccurate',
        {'entering_2017q2': a, 'entering_2016q2': b, 'pct_change': pct(a, b), 'pct_change_2017q1_vs_2016q1': pct(qsum(DET, [(2017, 1)]), qsum(DET, [(2016, 1)]))},
        f'"the same quarter of 2016" = 2016 Q2: {fmt(a)} vs {fmt(b)} = {pct(a, b)}%, about a seventh, not a fifth', baseline=Q(2016, 2),
        computed=v_pct(pct(a, b), -20, 'about')),
  ])

date = '2023-08-24'
am, bm = qsum(ASY, [(2023, 2)], **MAIN), qsum(ASY, [(2022, 2)], **MAIN)
ap, bp = qsum(ASY, [(2023, 2)]), qsum(ASY, [(2022, 2)])
S('samemonth-04', 'same_month',
  'Asylum applications in the second quarter of 2023 were 10% higher than in the same quarter of 2022.',
  date, [
      C('Asylum applications in the second quarter of 2023 were 10% higher than in the same quarter of 2022', 'change', ASYM, MAIN, Q(2023, 2), 10,
        'inaccurate', {'main_2023q2': am, 'main_2022q2': bm, 'pct_main': pct(am, bm), 'people_2023q2': ap, 'people_2022q2': bp,
                       'pct_people': pct(ap, bp)},
        f'Asy_D01 2023 Q2 vs 2022 Q2: main applicants {fmt(am)} vs {fmt(bm)} = {pct(am, bm)}%; people {fmt(ap)} vs {fmt(bp)} = {pct(ap, bp)}%. '
        f'A fall on both counts, not a 10% rise', baseline=Q(2022, 2),
        computed=best(v_pct(pct(am, bm), 10), v_pct(pct(ap, bp), 10))),
  ])

# ==========================================================================
# 11. paren_part (the bracketed part restates the share; only the share is listed)
# ==========================================================================


def irr2(y, qs=None):
    qs = qs or year_q(y)
    return qsum(IRR2, qs, **RAISED), qsum(IRR2, qs)


date = '2024-03-01'
ra, al = irr2(2022)
S('parenpart-01', 'paren_part',
  'Nine in ten of those who arrived by small boat in 2022 (41,194 people) went on to claim asylum.',
  date, [
      C('Nine in ten of those who arrived by small boat in 2022 (41,194 people) went on to claim asylum', 'share', IRR2M, RAISED, Y(2022), 90,
        'accurate', {'raised_2022': ra, 'all_2022_irr_d02': al, 'share_pct': round(ra / al * 100, 2),
                     'irr_d01_small_boats_2022': qsum(IRR, year_q(2022), **SBF)},
        f'Irr_D02 2022: asylum application raised {fmt(ra)} / all small-boat arrivals in the table {fmt(al)} = {ra / al * 100:.1f}%. '
        f'The bracket restates the part (raised = {fmt(ra)}, exactly 41,194) and is not a separate claim',
        computed=v_pct(ra / al * 100, 90, 'about')),
  ])

ra, al = irr2(2021)
S('parenpart-02', 'paren_part',
  'In 2021, 98% of small-boat arrivals (25,644 people) claimed asylum.',
  date, [
      C('In 2021, 98% of small-boat arrivals (25,644 people) claimed asylum', 'share', IRR2M, RAISED, Y(2021), 98, 'inaccurate',
        {'raised_2021': ra, 'all_2021_irr_d02': al, 'share_pct': round(ra / al * 100, 2),
         'raised_2020': irr2(2020)[0], 'share_2020_pct': round(irr2(2020)[0] / irr2(2020)[1] * 100, 2)},
        f'Irr_D02 2021: {fmt(ra)} / {fmt(al)} = {ra / al * 100:.1f}%, not 98% (98% fits 2020, {irr2(2020)[0] / irr2(2020)[1] * 100:.1f}%). '
        f'The bracket is the part ({fmt(ra)}) and is right; the share is wrong',
        computed=v_pct(ra / al * 100, 98), note='the bracketed count is right, so a checker must not let it carry the share'),
  ])

ra, al = irr2(2019)
S('parenpart-03', 'paren_part',
  'About 99% of small boat arrivals in 2019 (1,822) applied for asylum.',
  date, [
      C('About 99% of small boat arrivals in 2019 (1,822) applied for asylum', 'share', IRR2M, RAISED, Y(2019), 99, 'accurate',
        {'raised_2019': ra, 'all_2019_irr_d02': al, 'share_pct': round(ra / al * 100, 2)},
        f'Irr_D02 2019: {fmt(ra)} / {fmt(al)} = {ra / al * 100:.2f}%, about 99%; the bracket is the part ({fmt(ra)})',
        computed=v_pct(ra / al * 100, 99, 'about')),
  ])

ra, al = irr2(2023, [(2023, 1), (2023, 2)])
S('parenpart-04', 'paren_part',
  '94% of small-boat arrivals (27,700) claimed asylum in 2023.',
  date, [
      C('94% of small-boat arrivals (27,700) claimed asylum in 2023', 'share', IRR2M, RAISED, Y(2023), 94, 'unverifiable',
        {'raised_2023_h1': ra, 'all_2023_h1_irr_d02': al, 'share_2023_h1_pct': round(ra / al * 100, 2),
         'irr_d02_last_quarter': '%d Q%d' % max(quarters(IRR2))},
        f'Irr_D02 ends in 2023 Q2, so the whole of 2023 is not covered (the first half alone gives {ra / al * 100:.1f}%, but arrivals peaked '
        f'in Q3). What would decide it: Irr_D02 for 2023 Q3-Q4'),
  ])

# ==========================================================================
# 12. nationalities_not_count ("N nationalities" is no claim)
# ==========================================================================
date = '2023-03-02'
irr22, sb22 = qsum(IRR, year_q(2022), **SBF), sb('2022-01-01', '2022-12-31')
S('natnotcount-01', 'nationalities_not_count',
  'In 2022, 45,774 people were detected arriving in small boats, and they came from just five nationalities, the minister told MPs.',
  date, [
      C('In 2022, 45,774 people were detected arriving in small boats', 'count', IRRM, SBF, Y(2022), 45774, 'accurate',
        {'irr_d01_small_boats_2022': irr22, 'sb01_2022': sb22},
        f'Irr_D01 small-boat arrivals 2022 = {fmt(irr22)} (the daily series gives {fmt(sb22)}, also within 1%). "five nationalities" is not a '
        f'statistical claim and is not listed', computed=v_count(irr22, 45774)),
  ], speaker='the minister')

date = '2025-04-01'
ytd = sb('2025-01-01', '2025-03-31')
S('natnotcount-02', 'nationalities_not_count',
  'Since 1 January, more than 7,000 people have crossed the Channel, and they came from just five nationalities.',
  date, [
      C('Since 1 January, more than 7,000 people have crossed the Channel', 'count', SBA, {}, P('2025-01-01', '2025-03-31'), 7000, 'inaccurate',
        {'arrivals_2025_to_mar31': ytd}, f'SB_01 2025-01-01..03-31 = {fmt(ytd)}, {1 - ytd / 7000:.1%} short of 7,000; "five nationalities" is no claim',
        computed=v_count(ytd, 7000, 'more_than')),
  ])

date = '2025-06-12'
wa24 = fxy(2024, route=WAR)
S('natnotcount-03', 'nationalities_not_count',
  'Some 50,000 people reached the Canary Islands last year, coming from just five nationalities.',
  date, [
      C('Some 50,000 people reached the Canary Islands last year', 'count', FXM, {'route': WAR}, Y(2024), 50000, 'roughly_accurate',
        {'western_african_2024': wa24},
        f'the Canary Islands = Frontex Western African route: 2024 = {fmt(wa24)}; "some 50,000" is {abs(wa24 - 50000) / wa24:.1%} off '
        f'(more than 5%, within 10%). "five nationalities" is no claim', computed=v_count(wa24, 50000, 'about')),
  ])


# --------------------------------------------------------------------------
if __name__ == '__main__':
    ids = [c['id'] for c in CASES]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    old = set()
    for fn in ('cases.jsonl', 'cases-2.jsonl'):
        p = os.path.join(HERE, fn)
        if os.path.exists(p):
            with open(p, encoding='utf-8') as f:
                old |= {json.loads(l)['id'] for l in f if l.strip()}
    assert not (set(ids) & old), sorted(set(ids) & old)
    by, verd = defaultdict(int), defaultdict(int)
    for c in CASES:
        by[c['phenomenon']] += 1
        print(f"{c['id']}  {c['date']}  {c['text']}")
        for cl in c['claims']:
            verd[cl['expected_verdict']] += 1
            print(f"    [{cl['expected_verdict']:<16}] accept={'|'.join(cl['accept'])}  {cl['quote']}")
            print(f"        {cl['why']}")
    print(dict(by), 'cases:', len(CASES), 'claims:', sum(len(c['claims']) for c in CASES))
    print(dict(verd))
    if '--write' in sys.argv:
        with open(os.path.join(HERE, 'cases-3.jsonl'), 'w', encoding='utf-8') as f:
            for c in CASES:
                f.write(json.dumps(c, ensure_ascii=False) + '\n')
        print('wrote cases-3.jsonl')
