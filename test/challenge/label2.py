#!/usr/bin/env python3
"""Independent labels for the second challenge set (test/challenge/cases-2.jsonl).

Every figure is computed here, straight from the raw data files in the mirror,
with the Python standard library only.  The checker's own code is never used
or read.

    python3 label2.py            # recompute and print every figure and verdict
    python3 label2.py --write    # also (re)write cases-2.jsonl next to this file

The data are read from $CROSSINGS_MIRROR, or /work/shared/data.

Conventions (as in label.py, plus):
* change, absolute: "claimed" is the signed change in people (fell by 16,318 =
  -16318); the note of each such claim says so.  Percentage changes keep the
  label.py convention (signed percent).
* rank: "claimed" is 1 for "the highest" / "the lowest"; for a span ("for almost
  two decades") baseline_period holds the years the figure is compared with.
* Weekdays are resolved to the latest such weekday strictly before the date.
* Tolerances follow design.md: about/around/some ±5% accurate, ±10% roughly;
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


def fxm(y, m, **kw):
    return fx(f'{y}-{m:02d}-01', f'{y}-{m:02d}-01', **kw)


# IOM: the 2014-2024 rows of the export, the API file for 2025.
IOM = []  # dicts
with open(path('iom-missing-migrants/Missing_Migrants_Global_Figures_allData_2014-01_to_2025-04.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        y = int(r['Incident Year']) if r['Incident Year'].strip() else None
        if y is not None and y >= 2025:
            continue
        d = r['Incident Date'].strip()
        IOM.append({'date': D(d) if len(d) == 10 else None, 'year': y,
                    'routes': {x.strip() for x in r['Migration Route'].split(',') if x.strip()},
                    'regions': {x.strip() for x in r['Region of Incident'].split(',') if x.strip()},
                    'n': num(r['Total Number of Dead and Missing'])})
IOM_API_LAST = None
with open(path('iom-missing-migrants/mmp_api_2025_to_2025-09-08.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        d = D(r['reported_date'][:10])
        IOM_API_LAST = max(IOM_API_LAST or d, d)
        IOM.append({'date': d, 'year': d.year,
                    'routes': {x.strip() for x in r['migration_route'].split(',') if x.strip()},
                    'regions': {x.strip() for x in r['region'].split(',') if x.strip()},
                    'n': num(r['total_dead_and_missing'])})
IOM_UNDATED = sum(x['n'] for x in IOM if x['date'] is None)  # 2020 rows with no date (none Mediterranean)


def iom(a, b, route=None, region=None):
    a, b = D(a), D(b)
    if b.year >= 2025:
        assert b <= IOM_API_LAST
    return sum(x['n'] for x in IOM if x['date'] is not None and a <= x['date'] <= b
               and (route is None or route in x['routes']) and (region is None or region in x['regions']))


def iomy(y, **kw):
    return sum(x['n'] for x in IOM if x['year'] == y
               and (kw.get('route') is None or kw['route'] in x['routes'])
               and (kw.get('region') is None or kw['region'] in x['regions']))




ASY = qload('Asy_D01_asylum_applications_2001Q1-2024Q3_no-age-sex.csv', 'Applications', {'applicant_type': 'Applicant type'})
RET = qload('Ret_D01_returns_by_nationality_2004Q1-2023Q4_no-age-sex-destgroup.csv', 'Number of returns', {'group': 'Return type group'})
DET = qload('Det_D01_people_entering_detention_2010Q1-2023Q4_no-age.csv', 'Entering', {})
IRR = qload('Irr_D01_irregular_migration_2018Q1-2023Q4.csv', 'Number of detections', {'method': 'Method of entry', 'nationality': 'Nationality'})


def qsum(table, quarters, **flt):
    have = {(y, q) for y, q, _, _ in table}
    assert set(quarters) <= have, sorted(set(quarters) - have)
    return sum(n for y, q, dims, n in table if (y, q) in quarters and all(dims.get(k) == v for k, v in flt.items()))


def year_q(y):
    return [(y, q) for q in range(1, 5)]


def ye_q(y, q):
    """The four quarters of the year ending quarter q of year y."""
    out = []
    for i in range(4):
        yy, qq = y, q - i
        while qq <= 0:
            qq += 4
            yy -= 1
        out.append((yy, qq))
    return out


UNHCR_WORLD = defaultdict(int)
with open(path('unhcr/unhcr_population_end_year_1951-2025.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        UNHCR_WORLD[int(r['year'])] += num(r['refugees'])


# --------------------------------------------------------------------------
# Helpers
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




def v_signed(a, c, hedge='exact', unit=None):
    """A signed absolute change: the direction must agree, then the size as a count."""
    if (a > 0) != (c > 0):
        return 'inaccurate'
    return v_count(abs(a), abs(c), hedge, unit)


def v_pct(a, c, hedge='exact', step=1.0):
    d = abs(a - c)
    if hedge == 'exact':
        return 'accurate' if d <= step / 2 else 'roughly_accurate' if d <= 2.5 else 'inaccurate'
    if hedge == 'about':
        rel = d / abs(c)
        return 'accurate' if rel <= 0.05 else 'roughly_accurate' if rel <= 0.10 else 'inaccurate'
    if hedge == 'more_than_fall':  # "fell by more than c%": a and c are negative
        return 'accurate' if a < c else 'roughly_accurate' if a <= c * 0.98 else 'inaccurate'
    if hedge == 'more_than':
        return 'accurate' if a > c else 'inaccurate'
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
    c = {'quote': quote, 'type': type, 'metric': metric, 'filters': filters, 'period': period,
         'baseline_period': baseline, 'claimed': claimed, 'expected_verdict': verdict, 'accept': accept,
         'figures': {k: (round(v, 4) if isinstance(v, float) else v) for k, v in figures.items()}, 'why': why}
    if note:
        c['note'] = note
    return c


SBA, SBB = 'uk.small_boats.arrivals', 'uk.small_boats.boats'
IRRM, RETM, ASYM, DETM = 'uk.irregular.detections', 'uk.returns', 'uk.asylum.applications', 'uk.detention.entering'
FXM, IOMM, UNM = 'eu.frontex.detections', 'deaths.dead_and_missing', 'unhcr.refugees'
CMR, EMR, WAR, WBR, EBR = ('Central Mediterranean Route', 'Eastern Mediterranean Route', 'Western African Route',
                           'Western Balkan Route', 'Eastern Borders Route')
ATL = 'Western Africa / Atlantic route to the Canary Islands'
MAIN = {'applicant_type': 'Main applicant'}
ABS = 'claimed is the signed absolute change in people (not a percentage)'

SBY = {y: sb(f'{y}-01-01', f'{y}-12-31') for y in range(2018, 2026)}




MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

# ==========================================================================
# 1. absolute_change
# ==========================================================================
d = SBY[2023] - SBY[2022]
S('abschange-01', 'absolute_change',
  'Channel crossings fell by 16,318 last year, from 45,755 in 2022 to 29,437.',
  '2024-01-02', [
      C('Channel crossings fell by 16,318 last year', 'change', SBA, {}, Y(2023), -16318, 'accurate',
        {'arrivals_2023': SBY[2023], 'arrivals_2022': SBY[2022], 'abs_change': d, 'pct_change': pct(SBY[2023], SBY[2022])},
        f'SB_01: {fmt(SBY[2023])} - {fmt(SBY[2022])} = {fmt(d)}', baseline=Y(2022), computed=v_signed(d, -16318), note=ABS),
      C('from 45,755 in 2022', 'count', SBA, {}, Y(2022), 45755, 'accurate', {'arrivals_2022': SBY[2022]},
        f'SB_01 2022 = {fmt(SBY[2022])}', computed=v_count(SBY[2022], 45755)),
  ])

d = SBY[2024] - SBY[2023]
S('abschange-02', 'absolute_change',
  'Small-boat arrivals in the UK rose by about 8,000 on the year before, to 36,816 in 2024.',
  '2025-01-03', [
      C('Small-boat arrivals in the UK rose by about 8,000 on the year before', 'change', SBA, {}, Y(2024), 8000, 'roughly_accurate',
        {'arrivals_2024': SBY[2024], 'arrivals_2023': SBY[2023], 'abs_change': d},
        f'{fmt(SBY[2024])} - {fmt(SBY[2023])} = +{fmt(d)}; "about 8,000" is {abs(d - 8000) / d:.1%} off (more than 5%, within 10%), '
        f'and {fmt(d)} rounds to 7,000, not 8,000', baseline=Y(2023), computed=v_signed(d, 8000, 'about'), note=ABS),
      C('to 36,816 in 2024', 'count', SBA, {}, Y(2024), 36816, 'accurate', {'arrivals_2024': SBY[2024]},
        f'SB_01 2024 = {fmt(SBY[2024])}', computed=v_count(SBY[2024], 36816)),
  ])

d = SBY[2025] - SBY[2024]
S('abschange-03', 'absolute_change',
  'There were 41,472 small-boat arrivals in 2025, an increase of 6,000 on the previous year.',
  '2026-01-05', [
      C('There were 41,472 small-boat arrivals in 2025', 'count', SBA, {}, Y(2025), 41472, 'accurate', {'arrivals_2025': SBY[2025]},
        f'SB_01 2025 = {fmt(SBY[2025])}', computed=v_count(SBY[2025], 41472)),
      C('an increase of 6,000 on the previous year', 'change', SBA, {}, Y(2025), 6000, 'inaccurate',
        {'arrivals_2025': SBY[2025], 'arrivals_2024': SBY[2024], 'abs_change': d, 'pct_change': pct(SBY[2025], SBY[2024])},
        f'{fmt(SBY[2025])} - {fmt(SBY[2024])} = +{fmt(d)}, not 6,000 ({abs(d - 6000) / d:.0%} off; it rounds to 5,000)', baseline=Y(2024),
        computed=v_signed(d, 6000, 'round', 1000), note=ABS),
  ])

wb23, wb22 = fxy(2023, route=WBR), fxy(2022, route=WBR)
S('abschange-04', 'absolute_change',
  'Detections on the Western Balkan route were down by more than 30%, or by some 45,000, in 2023.',
  '2024-01-26', [
      C('Detections on the Western Balkan route were down by more than 30%', 'change', FXM, {'route': WBR}, Y(2023), -30, 'accurate',
        {'western_balkan_2023': wb23, 'western_balkan_2022': wb22, 'pct_change': pct(wb23, wb22)},
        f'Frontex Western Balkan {fmt(wb23)} vs {fmt(wb22)}: {pct(wb23, wb22)}%, a fall of more than 30%', baseline=Y(2022),
        computed=v_pct(pct(wb23, wb22), -30, 'more_than_fall')),
      C('or by some 45,000', 'change', FXM, {'route': WBR}, Y(2023), -45000, 'accurate',
        {'western_balkan_2023': wb23, 'western_balkan_2022': wb22, 'abs_change': wb23 - wb22},
        f'{fmt(wb23)} - {fmt(wb22)} = {fmt(wb23 - wb22)}: "some 45,000" is {abs(wb23 - wb22 + 45000) / abs(wb23 - wb22):.1%} off', baseline=Y(2022),
        computed=v_signed(wb23 - wb22, -45000, 'about'), note=ABS),
  ])

i23, i22 = iomy(2023), iomy(2022)
S('abschange-05', 'absolute_change',
  'In 2023 the number of migrants recorded dead or missing worldwide rose by almost 2,000 on the year before, the IOM says.',
  '2025-06-20', [
      C('In 2023 the number of migrants recorded dead or missing worldwide rose by almost 2,000 on the year before', 'change', IOMM, {}, Y(2023), 2000,
        'inaccurate', {'dead_missing_2023': i23, 'dead_missing_2022': i22, 'abs_change': i23 - i22},
        f'IOM by Incident Year: {fmt(i23)} - {fmt(i22)} = +{fmt(i23 - i22)}; "almost 2,000" needs 1,800-2,000', baseline=Y(2022),
        computed=v_signed(i23 - i22, 2000, 'nearly'), note=ABS),
  ])

enf = {y: qsum(RET, year_q(y), group='Enforced return') for y in range(2004, 2024)}
d = enf[2023] - enf[2022]
S('abschange-06', 'absolute_change',
  'Enforced returns from the UK rose by 2,538 in 2023, to 6,393.',
  '2024-02-29', [
      C('Enforced returns from the UK rose by 2,538 in 2023', 'change', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 2538, 'accurate',
        {'enforced_2023': enf[2023], 'enforced_2022': enf[2022], 'abs_change': d},
        f'Ret_D01 enforced returns {fmt(enf[2023])} - {fmt(enf[2022])} = +{fmt(d)}', baseline=Y(2022), computed=v_signed(d, 2538), note=ABS),
      C('to 6,393', 'count', RETM, {'return_type_group': 'Enforced return'}, Y(2023), 6393, 'accurate', {'enforced_2023': enf[2023]},
        f'Ret_D01 enforced returns 2023 = {fmt(enf[2023])}', computed=v_count(enf[2023], 6393)),
  ])

det = {y: qsum(DET, year_q(y)) for y in range(2010, 2024)}
d = det[2023] - det[2022]
S('abschange-07', 'absolute_change',
  'The number of people entering immigration detention in the UK rose by around 5,000 in 2023.',
  '2024-02-29', [
      C('The number of people entering immigration detention in the UK rose by around 5,000 in 2023', 'change', DETM, {}, Y(2023), 5000, 'inaccurate',
        {'entering_2023': det[2023], 'entering_2022': det[2022], 'abs_change': d, 'pct_change': pct(det[2023], det[2022])},
        f'Det_D01: {fmt(det[2023])} - {fmt(det[2022])} = {fmt(d)}: a fall of about 5,000, not a rise (the size is right, the direction wrong)',
        baseline=Y(2022), computed=v_signed(d, 5000, 'about'), note=ABS),
  ])

# ==========================================================================
# 2. weekday_event
# ==========================================================================
day = weekday_before('2025-06-01', SAT)
prev_max = max(v[0] for k, v in SB.items() if k.year == day.year and k < day)
S('weekday-01', 'weekday_event',
  'On Saturday 1,195 people crossed the Channel in small boats, the highest daily total so far this year.',
  '2025-06-01', [
      C('On Saturday 1,195 people crossed the Channel in small boats', 'count', SBA, {}, P(day, day), 1195, 'accurate',
        {'day': iso(day), 'arrivals_day': SB[day][0]},
        f'date is Sunday 2025-06-01; the Saturday before is {day}: SB_01 = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 1195)),
      C('the highest daily total so far this year', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {'arrivals_day': SB[day][0], 'max_earlier_day_2025': prev_max},
        f'{fmt(SB[day][0])} on {day} exceeds every earlier day of 2025 (previous high {fmt(prev_max)} on 2025-05-21)',
        baseline=P('2025-01-01', day - dt.timedelta(days=1)), computed=v_bool(SB[day][0] > prev_max)),
  ])

day = weekday_before('2024-10-07', SAT)
S('weekday-02', 'weekday_event',
  'More than 1,000 migrants crossed the Channel on Saturday, Home Office figures show.',
  '2024-10-07', [
      C('More than 1,000 migrants crossed the Channel on Saturday', 'count', SBA, {}, P(day, day), 1000, 'inaccurate',
        {'day': iso(day), 'arrivals_day': SB[day][0], 'arrivals_sunday': SB[day + dt.timedelta(days=1)][0]},
        f'date is Monday 2024-10-07; the Saturday before is {day}: SB_01 = {fmt(SB[day][0])}, not more than 1,000 '
        f'(below the 2% allowance, 980)', computed=v_count(SB[day][0], 1000, 'more_than')),
  ])

day = weekday_before('2025-06-17', FRI)
earlier = max((v[0], k) for k, v in SB.items() if k.year == day.year and k < day)
S('weekday-03', 'weekday_event',
  'On Friday 919 people crossed the Channel, more than on any other day this year.',
  '2025-06-17', [
      C('On Friday 919 people crossed the Channel', 'count', SBA, {}, P(day, day), 919, 'accurate',
        {'day': iso(day), 'arrivals_day': SB[day][0]},
        f'date is Tuesday 2025-06-17; the latest Friday before it is {day}: SB_01 = {fmt(SB[day][0])}', computed=v_count(SB[day][0], 919)),
      C('more than on any other day this year', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {'arrivals_day': SB[day][0], 'higher_day': iso(earlier[1]), 'higher_day_arrivals': earlier[0]},
        f'{earlier[1]} had {fmt(earlier[0])} > {fmt(SB[day][0])}: the Friday ranks 2nd in 2025 to date',
        baseline=P('2025-01-01', '2025-06-16'), computed=v_bool(SB[day][0] > earlier[0])),
  ])

day = weekday_before('2022-09-05', SUN)
sat = day - dt.timedelta(days=1)
rec_before = max(v[0] for k, v in SB.items() if k < day)
S('weekday-04', 'weekday_event',
  'On Sunday 1,305 people crossed the Channel, the highest number on a single day on record.',
  '2022-09-05', [
      C('On Sunday 1,305 people crossed the Channel', 'count', SBA, {}, P(day, day), 1305, 'inaccurate',
        {'day': iso(day), 'arrivals_day': SB[day][0], 'arrivals_saturday': SB[sat][0]},
        f'date is Monday 2022-09-05; the Sunday before is {day}: SB_01 = {fmt(SB[day][0])}. The 1,305 crossed on Saturday {sat}',
        computed=v_count(SB[day][0], 1305)),
      C('the highest number on a single day on record', 'rank', SBA, {}, P(day, day), 1, 'inaccurate',
        {'arrivals_day': SB[day][0], 'record_before': rec_before},
        f'Sunday {day} had {fmt(SB[day][0])}, below the Saturday ({fmt(SB[sat][0])}) and the 2021-11-11 record ({fmt(1250)})',
        baseline=P(SB_FIRST, day - dt.timedelta(days=1)), computed=v_bool(SB[day][0] > rec_before),
        note='the record belongs to the Saturday (1,305 > 1,250); attached to the Sunday it is false'),
  ])

said = weekday_before('2022-08-31', TUE)
ytd = {iso(said - dt.timedelta(days=k)): sb('2022-01-01', said - dt.timedelta(days=k)) for k in range(0, 4)}
S('weekday-05', 'weekday_event',
  'The Home Office said on Tuesday that more than 25,000 people had crossed the Channel so far this year.',
  '2022-08-31', [
      C('more than 25,000 people had crossed the Channel so far this year', 'count', SBA, {}, P('2022-01-01', said), 25000, 'accurate',
        {'said_on': iso(said), 'arrivals_on_tuesday': SB[said][0], **{f'ytd_to_{k}': v for k, v in ytd.items()}},
        f'Tuesday ({said}) is when it was said, not the period: 2022 to date = {fmt(ytd[iso(said)])} whether counted to Saturday, Monday '
        f'or Tuesday (no crossings 28-30 Aug); > 25,000. Read as Tuesday\'s crossings it would be {SB[said][0]}',
        computed=v_count(ytd[iso(said)], 25000, 'more_than')),
  ])

said = weekday_before('2024-06-21', THU)
day = weekday_before('2024-06-21', TUE)
prev = max(v[0] for k, v in SB.items() if k.year == 2024 and k < day)
S('weekday-06', 'weekday_event',
  'The Home Office said on Thursday that 882 people had crossed the Channel on Tuesday, the highest daily figure of the year so far.',
  '2024-06-21', [
      C('882 people had crossed the Channel on Tuesday', 'count', SBA, {}, P(day, day), 882, 'accurate',
        {'said_on': iso(said), 'day': iso(day), 'arrivals_day': SB[day][0], 'arrivals_on_thursday': SB[said][0]},
        f'the figure is for Tuesday {day} (SB_01 = {fmt(SB[day][0])}); Thursday {said} is only when it was said (0 crossed that day)',
        computed=v_count(SB[day][0], 882)),
      C('the highest daily figure of the year so far', 'rank', SBA, {}, P(day, day), 1, 'accurate',
        {'arrivals_day': SB[day][0], 'max_earlier_day_2024': prev},
        f'{fmt(SB[day][0])} exceeds every earlier day of 2024 (previous high {fmt(prev)} on 2024-05-01)',
        baseline=P('2024-01-01', day - dt.timedelta(days=1)), computed=v_bool(SB[day][0] > prev)),
  ])

said = weekday_before('2024-10-09', TUE)
ytd_t, ytd_m = sb('2024-01-01', said), sb('2024-01-01', said - dt.timedelta(days=1))
S('weekday-07', 'weekday_event',
  'Ministers said on Tuesday that 31,000 people had crossed the Channel this year.',
  '2024-10-09', [
      C('31,000 people had crossed the Channel this year', 'count', SBA, {}, P('2024-01-01', said), 31000, 'inaccurate',
        {'said_on': iso(said), f'ytd_to_{said}': ytd_t, f'ytd_to_{said - dt.timedelta(days=1)}': ytd_m},
        f'Tuesday ({said}) is when it was said; 2024 to date = {fmt(ytd_t)} (the same to Monday), so 31,000 is {31000 / ytd_t - 1:.1%} too high',
        computed=v_count(ytd_t, 31000, 'round', 1000)),
  ], speaker='ministers')

# ==========================================================================
# 3. same_period_months
# ==========================================================================


def readings(date, f):
    """so far this year to the day before `date`, and whole months; and the same for the year before."""
    c = D(date)
    e = c - dt.timedelta(days=1)
    y = c.year
    lm = c.month - 1
    return {
        'cur_to_date': f(dt.date(y, 1, 1), e),
        'prev_same_days': f(dt.date(y - 1, 1, 1), dt.date(y - 1, e.month, min(e.day, 28) if e.month == 2 else e.day)),
        'cur_whole_months': f(dt.date(y, 1, 1), eom(y, lm)),
        'prev_whole_months': f(dt.date(y - 1, 1, 1), eom(y - 1, lm)),
        'prev_incl_current_month': f(dt.date(y - 1, 1, 1), eom(y - 1, c.month)),
    }


sbf = lambda a, b: sb(a, b)
r = readings('2024-08-14', sbf)
S('sameperiod-01', 'same_period_months',
  'More than 18,000 people have crossed the Channel so far this year, up from the 14,732 who had come in the same period last year.',
  '2024-08-14', [
      C('More than 18,000 people have crossed the Channel so far this year', 'count', SBA, {}, P('2024-01-01', '2024-08-13'), 18000, 'accurate',
        {'arrivals_2024_to_aug13': r['cur_to_date']}, f'SB_01 2024-01-01..08-13 = {fmt(r["cur_to_date"])} > 18,000',
        computed=v_count(r['cur_to_date'], 18000, 'more_than')),
      C('the 14,732 who had come in the same period last year', 'count', SBA, {}, M(2023, 1, 7), 14732, 'accurate',
        {'arrivals_2023_jan_jul': r['prev_whole_months'], 'arrivals_2023_to_aug13': r['prev_same_days']},
        f'14,732 is exactly January-July 2023 (the whole months a monthly table compares: {fmt(r["prev_whole_months"])}); '
        f'the same days (to 13 Aug 2023) give {fmt(r["prev_same_days"])}, {1 - 14732 / r["prev_same_days"]:.1%} more. '
        f'A figure matching either reading is acceptable',
        accept=['accurate', 'roughly_accurate'], computed=best(v_count(r['prev_whole_months'], 14732), v_count(r['prev_same_days'], 14732)),
        note='two readings of "the same period last year": same days (1 Jan-13 Aug 2023) or same whole months (Jan-Jul 2023); the figure matches the second'),
  ])

r = readings('2023-06-15', sbf)
pd_, pm_ = pct(r['cur_to_date'], r['prev_same_days']), pct(r['cur_whole_months'], r['prev_whole_months'])
S('sameperiod-02', 'same_period_months',
  'Channel crossings so far this year are down by a fifth on the same period last year.',
  '2023-06-15', [
      C('Channel crossings so far this year are down by a fifth on the same period last year', 'change', SBA, {}, M(2023, 1, 5), -20, 'accurate',
        {'arrivals_2023_jan_may': r['cur_whole_months'], 'arrivals_2022_jan_may': r['prev_whole_months'], 'pct_whole_months': pm_,
         'arrivals_2023_to_jun14': r['cur_to_date'], 'arrivals_2022_to_jun14': r['prev_same_days'], 'pct_same_days': pd_},
        f'whole months (Jan-May): {fmt(r["cur_whole_months"])} vs {fmt(r["prev_whole_months"])} = {pm_}%, a fifth; same days (to 14 Jun): '
        f'{fmt(r["cur_to_date"])} vs {fmt(r["prev_same_days"])} = {pd_}%, which is not. Either reading is acceptable',
        baseline=M(2022, 1, 5), accept=['accurate', 'roughly_accurate'], computed=best(v_pct(pm_, -20, 'about'), v_pct(pd_, -20, 'about')),
        note='true on the whole-month reading (Jan-May), false on the same-days reading (to 14 Jun: -15.4%)'),
  ])

r = readings('2024-09-18', sbf)
pd_, pm_, px_ = pct(r['cur_to_date'], r['prev_same_days']), pct(r['cur_whole_months'], r['prev_whole_months']), pct(r['cur_to_date'], r['prev_whole_months'])
S('sameperiod-03', 'same_period_months',
  'So far this year 23,628 people have crossed the Channel, 2% fewer than in the same period of 2023.',
  '2024-09-18', [
      C('So far this year 23,628 people have crossed the Channel', 'count', SBA, {}, P('2024-01-01', '2024-09-17'), 23628, 'accurate',
        {'arrivals_2024_to_sep17': r['cur_to_date']}, f'SB_01 2024-01-01..09-17 = {fmt(r["cur_to_date"])}', computed=v_count(r['cur_to_date'], 23628)),
      C('2% fewer than in the same period of 2023', 'change', SBA, {}, P('2024-01-01', '2024-09-17'), -2, 'accurate',
        {'arrivals_2023_to_sep17': r['prev_same_days'], 'pct_same_days': pd_, 'arrivals_2024_jan_aug': r['cur_whole_months'],
         'arrivals_2023_jan_aug': r['prev_whole_months'], 'pct_whole_months': pm_, 'pct_to_date_vs_2023_jan_aug': px_},
        f'same days: {fmt(r["cur_to_date"])} vs {fmt(r["prev_same_days"])} = {pd_}% (rounds to -2%); whole months Jan-Aug: {pm_}% (a rise); '
        f'either matching reading is acceptable and the same-days one matches',
        baseline=P('2023-01-01', '2023-09-17'), accept=['accurate', 'roughly_accurate'], computed=best(v_pct(pd_, -2), v_pct(pm_, -2)),
        note='true on the same-days reading, false on the whole-month reading (Jan-Aug 2024 was 4.7% above Jan-Aug 2023)'),
  ])

r = readings('2025-05-20', sbf)
pd_, pm_ = pct(r['cur_to_date'], r['prev_same_days']), pct(r['cur_whole_months'], r['prev_whole_months'])
S('sameperiod-04', 'same_period_months',
  'Channel crossings so far this year are up by a fifth on the same period last year.',
  '2025-05-20', [
      C('Channel crossings so far this year are up by a fifth on the same period last year', 'change', SBA, {}, P('2025-01-01', '2025-05-19'), 20,
        'inaccurate',
        {'arrivals_2025_to_may19': r['cur_to_date'], 'arrivals_2024_to_may19': r['prev_same_days'], 'pct_same_days': pd_,
         'arrivals_2025_jan_apr': r['cur_whole_months'], 'arrivals_2024_jan_apr': r['prev_whole_months'], 'pct_whole_months': pm_},
        f'same days: {pd_}%; whole months (Jan-Apr): {pm_}%; a fifth (+20%) is far off on both readings',
        baseline=P('2024-01-01', '2024-05-19'), computed=best(v_pct(pd_, 20, 'about'), v_pct(pm_, 20, 'about'))),
  ])

r = readings('2026-07-15', sbf)
S('sameperiod-05', 'same_period_months',
  'So far this year 12,469 people have crossed the Channel, down from 25,436 in the same period last year.',
  '2026-07-15', [
      C('So far this year 12,469 people have crossed the Channel', 'count', SBA, {}, P('2026-01-01', '2026-07-14'), 12469, 'accurate',
        {'arrivals_2026_to_jul14': r['cur_to_date']}, f'SB_01 2026-01-01..07-14 = {fmt(r["cur_to_date"])}', computed=v_count(r['cur_to_date'], 12469)),
      C('down from 25,436 in the same period last year', 'count', SBA, {}, P('2025-01-01', '2025-07-14'), 25436, 'inaccurate',
        {'arrivals_2025_to_jul14': r['prev_same_days'], 'arrivals_2025_jan_jun': r['prev_whole_months'],
         'arrivals_2025_jan_jul': r['prev_incl_current_month']},
        f'same days (to 14 Jul 2025) = {fmt(r["prev_same_days"])}, whole months (Jan-Jun 2025) = {fmt(r["prev_whole_months"])}; 25,436 is '
        f'January-July 2025, which includes the 17 days of July that 2026 has not had yet: wrong on both readings',
        computed=best(v_count(r['prev_same_days'], 25436), v_count(r['prev_whole_months'], 25436))),
  ])

iomf = lambda a, b: iom(a, b, region='Mediterranean')
r = readings('2024-06-20', iomf)
pd_, pm_ = pct(r['cur_to_date'], r['prev_same_days']), pct(r['cur_whole_months'], r['prev_whole_months'])
S('sameperiod-06', 'same_period_months',
  'Deaths in the Mediterranean so far this year are down by more than a third on the same period last year, according to the IOM.',
  '2024-06-20', [
      C('Deaths in the Mediterranean so far this year are down by more than a third on the same period last year', 'change', IOMM,
        {'region': 'Mediterranean'}, P('2024-01-01', '2024-06-19'), -33.3, 'accurate',
        {'med_2024_to_jun19': r['cur_to_date'], 'med_2023_to_jun19': r['prev_same_days'], 'pct_same_days': pd_,
         'med_2024_jan_may': r['cur_whole_months'], 'med_2023_jan_may': r['prev_whole_months'], 'pct_whole_months': pm_},
        f'same days: {fmt(r["cur_to_date"])} vs {fmt(r["prev_same_days"])} = {pd_}% (more than a third; the baseline includes the Pylos '
        f'shipwreck of 14 Jun 2023); whole months Jan-May: {pm_}%. Either reading is acceptable and the same-days one holds',
        baseline=P('2023-01-01', '2023-06-19'), accept=['accurate', 'roughly_accurate'],
        computed=best(v_pct(pd_, -33.3, 'more_than_fall'), v_pct(pm_, -33.3, 'more_than_fall')),
        note='true on the same-days reading, false on the whole-month reading (-13.1%): the 646 dead and missing of 14 Jun 2023 fall between the two cut-offs'),
  ])

f5, f5p = fx('2024-01-01', '2024-05-01'), fx('2023-01-01', '2023-05-01')
S('sameperiod-07', 'same_period_months',
  'So far this year Frontex has detected around 80,000 irregular crossings into the EU, more than a fifth fewer than in the same period last year.',
  '2024-06-14', [
      C('So far this year Frontex has detected around 80,000 irregular crossings into the EU', 'count', FXM, {}, M(2024, 1, 5), 80000, 'accurate',
        {'detections_2024_jan_may': f5}, f'Frontex publishes months: by mid-June the year so far is January-May = {fmt(f5)}',
        computed=v_count(f5, 80000, 'about')),
      C('more than a fifth fewer than in the same period last year', 'change', FXM, {}, M(2024, 1, 5), -20, 'accurate',
        {'detections_2024_jan_may': f5, 'detections_2023_jan_may': f5p, 'pct_change': pct(f5, f5p)},
        f'January-May: {fmt(f5)} vs {fmt(f5p)} = {pct(f5, f5p)}%, a fall of more than 20% (a monthly series has only the whole-month reading)',
        baseline=M(2023, 1, 5), computed=v_pct(pct(f5, f5p), -20, 'more_than_fall'),
        note='the latest month of a Frontex release is preliminary and is usually revised up; a lower preliminary 2024 figure would only make the fall larger'),
  ])

# ==========================================================================
# 4. preliminary_revision (Frontex monthly)
# ==========================================================================
PRELIM_OK = ['roughly_accurate', 'accurate']
PRELIM_NOTE = ('Frontex publishes each month\'s detections as preliminary figures about two weeks after the month ends and revises them up as '
               'reports arrive (typically by a few percent, sometimes up to about 15%); the mirror holds data as of 3 June 2025')

cur = fxm(2024, 8)
S('prelim-01', 'preliminary_revision',
  'Frontex recorded 24,400 irregular border crossings into the EU in August, according to its preliminary figures.',
  '2024-09-12', [
      C('Frontex recorded 24,400 irregular border crossings into the EU in August', 'count', FXM, {}, M(2024, 8), 24400, 'roughly_accurate',
        {'detections_2024_08_current': cur, 'shortfall': round(1 - 24400 / cur, 4)},
        f'current Frontex data for August 2024 = {fmt(cur)}; 24,400 is {1 - 24400 / cur:.1%} lower, which is what an upward revision of a '
        f'preliminary figure quoted 12 days after the month looks like (without that allowance it would fall in the 5-10% grey zone)',
        accept=PRELIM_OK, computed=v_count(cur, 24400, 'about'), note=PRELIM_NOTE),
  ])

cur = fxm(2024, 11, route=WAR)
S('prelim-02', 'preliminary_revision',
  'About 6,700 people were detected on the Western African route to the Canaries in November, Frontex said.',
  '2024-12-12', [
      C('About 6,700 people were detected on the Western African route to the Canaries in November', 'count', FXM, {'route': WAR}, M(2024, 11),
        6700, 'roughly_accurate', {'western_african_2024_11_current': cur, 'shortfall': round(1 - 6700 / cur, 4)},
        f'current data for November 2024 = {fmt(cur)}; 6,700 is {1 - 6700 / cur:.1%} lower. Quoted 12 days after the month, this is within the '
        f'usual upward revision of a preliminary figure (up to ~15%): roughly accurate. On the current data alone "about 6,700" would be '
        f'more than 10% off', accept=PRELIM_OK, note=PRELIM_NOTE),
  ])

cur = fxm(2024, 9, route=EMR)
S('prelim-03', 'preliminary_revision',
  'Frontex counted 8,300 crossings on the Eastern Mediterranean route in September.',
  '2024-10-15', [
      C('Frontex counted 8,300 crossings on the Eastern Mediterranean route in September', 'count', FXM, {'route': EMR}, M(2024, 9), 8300,
        'roughly_accurate', {'eastern_med_2024_09_current': cur, 'shortfall': round(1 - 8300 / cur, 4)},
        f'current data for September 2024 = {fmt(cur)}; 8,300 is {1 - 8300 / cur:.1%} lower: roughly accurate on the current data '
        f'(within 5%), and consistent with a preliminary figure revised up (so accurate is also acceptable)',
        accept=PRELIM_OK, computed=v_count(cur, 8300, 'round', 100), note=PRELIM_NOTE),
  ])

cur = fxm(2023, 7)
S('prelim-04', 'preliminary_revision',
  'In July 2023 Frontex detected 37,300 irregular crossings at the EU\'s external borders.',
  '2024-10-01', [
      C('In July 2023 Frontex detected 37,300 irregular crossings at the EU\'s external borders', 'count', FXM, {}, M(2023, 7), 37300, 'inaccurate',
        {'detections_2023_07_current': cur, 'shortfall': round(1 - 37300 / cur, 4)},
        f'current data for July 2023 = {fmt(cur)}; 37,300 is {1 - 37300 / cur:.1%} lower. Said 14 months after the month, when the figure '
        f'had long been revised, so no preliminary allowance applies: inaccurate',
        computed=v_count(cur, 37300, 'round', 100)),
  ])

cur = fxm(2024, 6)
S('prelim-05', 'preliminary_revision',
  'Frontex reported 17,100 irregular crossings into the EU in June, preliminary data show.',
  '2024-07-12', [
      C('Frontex reported 17,100 irregular crossings into the EU in June', 'count', FXM, {}, M(2024, 6), 17100, 'inaccurate',
        {'detections_2024_06_current': cur, 'excess': round(17100 / cur - 1, 4)},
        f'current data for June 2024 = {fmt(cur)}; 17,100 is {17100 / cur - 1:.1%} HIGHER. Revisions raise preliminary figures, so a quoted '
        f'figure above the revised one is not explained by them: inaccurate',
        computed=v_count(cur, 17100, 'round', 100), note=PRELIM_NOTE),
  ])

cur = fxm(2024, 10, route=EMR)
S('prelim-06', 'preliminary_revision',
  'Some 7,300 migrants were detected on the Eastern Mediterranean route last month, according to Frontex.',
  '2024-11-14', [
      C('Some 7,300 migrants were detected on the Eastern Mediterranean route last month', 'count', FXM, {'route': EMR}, M(2024, 10), 7300,
        'inaccurate', {'eastern_med_2024_10_current': cur, 'shortfall': round(1 - 7300 / cur, 4)},
        f'"last month" = October 2024; current data = {fmt(cur)}; 7,300 is {1 - 7300 / cur:.1%} lower, beyond both the "some" tolerance and '
        f'the ~15% a preliminary figure is usually revised by: inaccurate',
        computed=v_count(cur, 7300, 'about'), note=PRELIM_NOTE),
  ])

# ==========================================================================
# 5. iom_recording_lag
# ==========================================================================
LAG_OK = ['accurate', 'roughly_accurate']
LAG_NOTE = ('IOM records incidents some days after they happen; a total quoted on a date usually reflects the count of a few days to a week '
            'earlier, so a large incident of the last few days may not be in it')


def lag_figs(start, date, backs, **kw):
    c = D(date)
    return {f'to_{iso(c - dt.timedelta(days=b))}': iom(start, c - dt.timedelta(days=b), **kw) for b in backs}


date = '2023-06-16'
fg = lag_figs('2023-01-01', date, (1, 3, 7, 8), route='Central Mediterranean')
S('iomlag-01', 'iom_recording_lag',
  'The IOM says 1,109 people have died or gone missing on the central Mediterranean route so far this year.',
  date, [
      C('1,109 people have died or gone missing on the central Mediterranean route so far this year', 'count', IOMM,
        {'route': 'Central Mediterranean'}, P('2023-01-01', '2023-06-15'), 1109, 'accurate', fg,
        f'IOM Central Mediterranean 2023 to 8 Jun = {fmt(fg["to_2023-06-08"])} (to 13 Jun {fmt(fg["to_2023-06-13"])}); to 15 Jun = '
        f'{fmt(fg["to_2023-06-15"])} because the Pylos shipwreck of 14 Jun (646 dead and missing) had just happened. The figure matches '
        f'the count as it stood a few days to a week before the date: accurate given the recording lag',
        accept=LAG_OK, computed=v_count(fg['to_2023-06-08'], 1109), note=LAG_NOTE),
  ])

fg = lag_figs('2014-01-01', date, (1, 3, 5, 7), region='Mediterranean')
S('iomlag-02', 'iom_recording_lag',
  'Since 2014 the IOM has recorded 27,057 dead and missing migrants in the Mediterranean.',
  date, [
      C('Since 2014 the IOM has recorded 27,057 dead and missing migrants in the Mediterranean', 'count', IOMM, {'region': 'Mediterranean'},
        P('2014-01-01', '2023-06-15'), 27057, 'accurate', fg,
        f'IOM region Mediterranean 2014-01-01..2023-06-13 = {fmt(fg["to_2023-06-13"])} (to 9 Jun {fmt(fg["to_2023-06-09"])}); to 15 Jun = '
        f'{fmt(fg["to_2023-06-15"])} with the Pylos wreck, {fg["to_2023-06-15"] / 27057 - 1:.1%} more: exact before the wreck, roughly '
        f'accurate after it', accept=LAG_OK,
        computed=v_count(fg['to_2023-06-13'], 27057), note=LAG_NOTE),
  ])

date = '2015-04-20'
fg = lag_figs('2015-01-01', date, (1, 4, 7, 9), region='Mediterranean')
S('iomlag-03', 'iom_recording_lag',
  'About 900 migrants have died trying to cross the Mediterranean this year, according to the IOM.',
  date, [
      C('About 900 migrants have died trying to cross the Mediterranean this year', 'count', IOMM, {'region': 'Mediterranean'},
        P('2015-01-01', '2015-04-19'), 900, 'accurate', fg,
        f'IOM Mediterranean 2015 to 13 Apr = {fmt(fg["to_2015-04-13"])}, to 16 Apr = {fmt(fg["to_2015-04-16"])}; to 19 Apr = '
        f'{fmt(fg["to_2015-04-19"])} after the shipwreck of 18 Apr off Libya (1,022 dead and missing), reported as the claim was written. '
        f'"About 900" fits the count of a week before', accept=LAG_OK, computed=v_count(fg['to_2015-04-13'], 900, 'about'), note=LAG_NOTE),
  ])

date = '2025-05-13'
fg = lag_figs('2025-01-01', date, (1, 3, 5, 7), )
S('iomlag-04', 'iom_recording_lag',
  'Nearly 2,000 migrants have died or disappeared worldwide so far this year, IOM figures show.',
  date, [
      C('Nearly 2,000 migrants have died or disappeared worldwide so far this year', 'count', IOMM, {}, P('2025-01-01', '2025-05-12'), 2000,
        'accurate', fg,
        f'IOM (API file, 2025) worldwide to 6 May = {fmt(fg["to_2025-05-06"])} (to 8 May {fmt(fg["to_2025-05-08"])}): nearly 2,000. To 12 May = '
        f'{fmt(fg["to_2025-05-12"])} after two boats sank off Myanmar on 9-10 May (427 dead and missing), which would make "nearly 2,000" false',
        accept=LAG_OK, computed=v_count(fg['to_2025-05-06'], 2000, 'nearly'), note=LAG_NOTE),
  ])

date = '2024-07-24'
fg = lag_figs('2024-01-01', date, (1, 2, 3, 7), route=ATL)
S('iomlag-05', 'iom_recording_lag',
  'Some 500 people have died on the Atlantic route to the Canary Islands this year, the IOM says.',
  date, [
      C('Some 500 people have died on the Atlantic route to the Canary Islands this year', 'count', IOMM, {'route': ATL},
        P('2024-01-01', '2024-07-23'), 500, 'accurate', fg,
        f'IOM route "{ATL}" 2024 to 17 Jul = {fmt(fg["to_2024-07-17"])} (to 21 Jul {fmt(fg["to_2024-07-21"])}); to 23 Jul = '
        f'{fmt(fg["to_2024-07-23"])} after the wreck off Nouakchott on 22 Jul (210 dead and missing). "Some 500" fits the count before it',
        accept=LAG_OK, computed=v_count(fg['to_2024-07-17'], 500, 'about'), note=LAG_NOTE),
  ])

date = '2023-06-16'
fg = lag_figs('2023-01-01', date, (1, 7, 14), region='Mediterranean')
S('iomlag-06', 'iom_recording_lag',
  'Fewer than 1,000 migrants have died in the Mediterranean so far this year.',
  date, [
      C('Fewer than 1,000 migrants have died in the Mediterranean so far this year', 'count', IOMM, {'region': 'Mediterranean'},
        P('2023-01-01', '2023-06-15'), 1000, 'inaccurate', fg,
        f'IOM Mediterranean 2023 was already {fmt(fg["to_2023-06-02"])} two weeks before the date and {fmt(fg["to_2023-06-09"])} a week before '
        f'({fmt(fg["to_2023-06-15"])} with the Pylos wreck): no recording lag makes it fewer than 1,000',
        computed=v_count(fg['to_2023-06-09'], 1000, 'fewer_than'), note='control: the lag does not rescue a figure the earlier counts also contradict'),
  ])

# ==========================================================================
# 6. demonym_place
# ==========================================================================
wa = {y: fxy(y, route=WAR) for y in range(2009, 2025)}
S('demonym-01', 'demonym_place',
  'More than 46,000 migrants reached the Spanish archipelago in the Atlantic in 2024, the most since records began.',
  '2025-01-15', [
      C('More than 46,000 migrants reached the Spanish archipelago in the Atlantic in 2024', 'count', FXM, {'route': WAR}, Y(2024), 46000,
        'accurate', {'western_african_2024': wa[2024], 'spanish_nationals_2024': fxy(2024, nat='ESP')},
        f'"the Spanish archipelago in the Atlantic" is the Canary Islands = Frontex Western African route: 2024 = {fmt(wa[2024])} > 46,000. '
        f'"Spanish" names the place, not the migrants\' nationality (Frontex has {fxy(2024, nat="ESP")} Spanish nationals)',
        computed=v_count(wa[2024], 46000, 'more_than')),
      C('the most since records began', 'rank', FXM, {'route': WAR}, Y(2024), 1, 'accurate',
        {f'western_african_{y}': wa[y] for y in (2020, 2021, 2022, 2023, 2024)},
        f'Frontex series starts 2009; 2024 ({fmt(wa[2024])}) exceeds every earlier year (next 2023: {fmt(wa[2023])})',
        baseline=P('2009-01-01', '2023-12-31'), computed=v_bool(all(wa[2024] > wa[y] for y in range(2009, 2024)))),
  ])

es24, es23 = fxy(2024, route=EMR, typ='Sea'), fxy(2023, route=EMR, typ='Sea')
S('demonym-02', 'demonym_place',
  'Arrivals on the Greek islands rose by a fifth in 2024.',
  '2025-01-20', [
      C('Arrivals on the Greek islands rose by a fifth in 2024', 'change', FXM, {'route': EMR, 'type': 'Sea'}, Y(2024), 20, 'unverifiable',
        {'eastern_med_sea_2024': es24, 'eastern_med_sea_2023': es23, 'eastern_med_sea_pct': pct(es24, es23),
         'greek_nationals_2024': fxy(2024, nat='GRC')},
        'no series isolates the Greek islands: Frontex\'s Eastern Mediterranean sea detections also cover Cyprus and the Greek mainland '
        f'coast (they rose {pct(es24, es23)}%), and IOM counts deaths, not arrivals. "Greek" is the place, not a nationality. '
        'What would decide it: Greek island arrivals by year (UNHCR Greece or the Greek ministry)',
        note='a proxy (Eastern Mediterranean sea detections) is not the place named; counts at Cyprus move differently'),
  ])

cm24, cm23 = fxy(2024, route=CMR), fxy(2023, route=CMR)
S('demonym-03', 'demonym_place',
  'Around 66,000 migrants landed on the Italian coast in 2024, less than half as many as the year before.',
  '2025-01-10', [
      C('Around 66,000 migrants landed on the Italian coast in 2024', 'count', FXM, {'route': CMR}, Y(2024), 66000, 'accurate',
        {'central_med_2024': cm24, 'italian_nationals_2024': fxy(2024, nat='ITA')},
        f'the Italian coast is the Central Mediterranean route (Frontex counts arrivals in Italy and Malta; Malta\'s are a few hundred): '
        f'2024 = {fmt(cm24)}, {abs(cm24 - 66000) / cm24:.1%} from 66,000',
        accept=['accurate', 'roughly_accurate', 'unverifiable'], computed=v_count(cm24, 66000, 'about'),
        note='the route also includes Malta, so a checker may decline to equate it with the Italian coast; it must not read "Italian" as a nationality'),
      C('less than half as many as the year before', 'comparison', FXM, {'route': CMR}, Y(2024), None, 'accurate',
        {'central_med_2024': cm24, 'central_med_2023': cm23, 'ratio': round(cm24 / cm23, 4)},
        f'{fmt(cm24)} / {fmt(cm23)} = {cm24 / cm23:.3f} < 0.5', baseline=Y(2023),
        accept=['accurate', 'roughly_accurate', 'unverifiable'], computed=v_bool(cm24 < cm23 / 2)),
  ])

S('demonym-04', 'demonym_place',
  'The Libyan coast guard intercepted more than 21,000 people at sea in 2024.',
  '2025-02-05', [
      C('The Libyan coast guard intercepted more than 21,000 people at sea in 2024', 'count', None, {}, Y(2024), 21000, 'unverifiable',
        {'libyan_nationals_frontex_2024': fxy(2024, nat='LBY')},
        'no series of interceptions or returns to Libya is held (Frontex counts detections at EU borders; IOM counts deaths). "Libyan" names '
        f'the coast guard, not the people: reading it as Libyan nationals ({fxy(2024, nat="LBY")} Frontex detections) would be wrong. '
        'What would decide it: IOM Libya\'s interception figures'),
  ])

tun23 = fx('2023-01-01', '2023-12-01', route=CMR, nat='TUN')
S('demonym-05', 'demonym_place',
  'More than 17,000 people set off for Italy from the Tunisian coast in 2023.',
  '2024-01-15', [
      C('More than 17,000 people set off for Italy from the Tunisian coast in 2023', 'count', FXM, {'route': CMR}, Y(2023), 17000, 'unverifiable',
        {'tunisian_nationals_central_med_2023': tun23, 'central_med_2023': cm23},
        f'the place of departure is not recorded: Frontex counts detections by nationality and route. Tunisian NATIONALS on the Central '
        f'Mediterranean were {fmt(tun23)} (which would wrongly "confirm" the claim); departures from Tunisia include many other nationalities. '
        'What would decide it: arrivals in Italy by country of departure (Italian interior ministry)'),
  ])

alb = qsum(IRR, year_q(2022), method='Small boat arrivals', nationality='Albania')
tot = qsum(IRR, year_q(2022), method='Small boat arrivals')
S('demonym-06', 'demonym_place',
  'Albanians made up more than a quarter of small-boat arrivals in 2022, and some 12,700 Albanians crossed the Channel that year.',
  '2023-03-02', [
      C('Albanians made up more than a quarter of small-boat arrivals in 2022', 'share', IRRM, {'method': 'Small boat arrivals', 'nationality': 'Albania'},
        Y(2022), 25, 'accurate', {'albania_2022': alb, 'small_boats_2022': tot, 'share_pct': round(alb / tot * 100, 2)},
        f'control: here the demonym is a nationality. Irr_D01 2022: {fmt(alb)} / {fmt(tot)} = {alb / tot:.2%} > 25%',
        computed=v_bool(alb / tot > 0.25)),
      C('some 12,700 Albanians crossed the Channel that year', 'count', IRRM, {'method': 'Small boat arrivals', 'nationality': 'Albania'}, Y(2022),
        12700, 'accurate', {'albania_2022': alb}, f'Irr_D01 small-boat arrivals of Albanian nationality 2022 = {fmt(alb)}',
        computed=v_count(alb, 12700, 'about')),
  ])

# ==========================================================================
# 7. decades_scope
# ==========================================================================
asy_p = {y: qsum(ASY, year_q(y)) for y in range(2001, 2024)}
asy_m = {y: qsum(ASY, year_q(y), applicant_type='Main applicant') for y in range(2001, 2024)}
higher = [y for y in range(2001, 2022) if asy_p[y] > asy_p[2022]]
S('decades-01', 'decades_scope',
  'Asylum applications to the UK in 2022 were the highest for almost two decades.',
  '2023-02-24', [
      C('Asylum applications to the UK in 2022 were the highest for almost two decades', 'rank', ASYM, {}, Y(2022), 1, 'accurate',
        {'people_2022': asy_p[2022], 'people_2002': asy_p[2002], 'max_people_2003_2021': max(asy_p[y] for y in range(2003, 2022)),
         'main_2022': asy_m[2022], 'main_2002': asy_m[2002], 'max_main_2003_2021': max(asy_m[y] for y in range(2003, 2022)),
         'last_higher_year': max(higher)},
        f'2022 ({fmt(asy_p[2022])} people; {fmt(asy_m[2022])} main applicants) is above every year 2003-2021 and below 2002 '
        f'({fmt(asy_p[2002])}): the highest for 20 years, which "almost two decades" covers (it needs about 18-19)',
        baseline=P('2003-01-01', '2021-12-31'),
        computed=v_bool(all(asy_p[2022] > asy_p[y] and asy_m[2022] > asy_m[y] for y in range(2003, 2022)))),
  ])

S('decades-02', 'decades_scope',
  'Asylum applications to the UK in 2023 were the highest in nearly 20 years.',
  '2024-02-29', [
      C('Asylum applications to the UK in 2023 were the highest in nearly 20 years', 'rank', ASYM, {}, Y(2023), 1, 'inaccurate',
        {'people_2023': asy_p[2023], 'people_2022': asy_p[2022], 'main_2023': asy_m[2023], 'main_2022': asy_m[2022]},
        f'2022 was higher ({fmt(asy_p[2022])} people vs {fmt(asy_p[2023])}; main applicants {fmt(asy_m[2022])} vs {fmt(asy_m[2023])}): '
        f'2023 ranks 2nd over 2004-2023 on either count',
        baseline=P('2005-01-01', '2022-12-31'), computed=v_bool(asy_p[2023] > asy_p[2022] or asy_m[2023] > asy_m[2022])),
  ])

S('decades-03', 'decades_scope',
  'Fewer people entered immigration detention in the UK in 2020 than in any year for more than a decade.',
  '2021-02-25', [
      C('Fewer people entered immigration detention in the UK in 2020 than in any year for more than a decade', 'rank', DETM, {}, Y(2020), 1,
        'accurate', {f'entering_{y}': det[y] for y in range(2010, 2021)},
        f'Det_D01 starts in 2010: 2020 ({fmt(det[2020])}) is below every year 2010-2019 (the lowest of those: {fmt(min(det[y] for y in range(2010, 2020)))}), '
        f'so it is the lowest of at least 11 years, more than a decade, whatever happened before 2010',
        baseline=P('2010-01-01', '2019-12-31'), computed=v_bool(all(det[2020] < det[y] for y in range(2010, 2020))),
        note='"lowest" rank: claimed 1 = the lowest'),
  ])

S('decades-04', 'decades_scope',
  'The number of people entering immigration detention in the UK in 2023 was the lowest for more than a decade.',
  '2024-02-29', [
      C('The number of people entering immigration detention in the UK in 2023 was the lowest for more than a decade', 'rank', DETM, {}, Y(2023),
        1, 'inaccurate', {'entering_2023': det[2023], 'entering_2020': det[2020], 'entering_2022': det[2022]},
        f'2020 ({fmt(det[2020])}) was lower than 2023 ({fmt(det[2023])}): 2023 is the lowest only since 2020, not for more than a decade',
        baseline=P('2012-01-01', '2022-12-31'), computed=v_bool(all(det[2023] < det[y] for y in range(2012, 2023))),
        note='"lowest" rank: claimed 1 = the lowest'),
  ])

wr = UNHCR_WORLD
lower_before = max(y for y in range(1951, 2005) if wr[y] < wr[2005])
S('decades-05', 'decades_scope',
  'The number of refugees worldwide fell to about 8.7 million in 2005, the lowest in more than two decades.',
  '2006-06-20', [
      C('The number of refugees worldwide fell to about 8.7 million in 2005', 'count', UNM, {}, Y(2005), 8700000, 'accurate',
        {'refugees_2005': wr[2005]}, f'UNHCR refugees under its mandate, end-2005 = {fmt(wr[2005])}', computed=v_count(wr[2005], 8700000, 'about')),
      C('the lowest in more than two decades', 'rank', UNM, {}, Y(2005), 1, 'accurate',
        {'refugees_2005': wr[2005], 'refugees_1980': wr[1980], 'refugees_1981': wr[1981], 'min_1981_2004': min(wr[y] for y in range(1981, 2005)),
         'last_lower_year': lower_before},
        f'2005 ({fmt(wr[2005])}) is below every year 1981-2004 (lowest of those {fmt(min(wr[y] for y in range(1981, 2005)))}); the last lower '
        f'year is {lower_before} ({fmt(wr[lower_before])}): the lowest for 25 years, more than two decades',
        baseline=P('1981-01-01', '2004-12-31'), computed=v_bool(lower_before <= 2005 - 21),
        note='"lowest" rank: claimed 1 = the lowest; the mirror holds UNHCR\'s current (2025) revision of the end-year stocks'),
  ])

cmy = {y: fxy(y, route=CMR) for y in range(2009, 2024)}
higher = [y for y in range(2009, 2023) if cmy[y] > cmy[2023]]
S('decades-06', 'decades_scope',
  'Detections on the Central Mediterranean route in 2023 were the highest for almost a decade.',
  '2024-01-26', [
      C('Detections on the Central Mediterranean route in 2023 were the highest for almost a decade', 'rank', FXM, {'route': CMR}, Y(2023), 1,
        'inaccurate', {f'central_med_{y}': cmy[y] for y in range(2014, 2024)},
        f'2016 ({fmt(cmy[2016])}) was higher than 2023 ({fmt(cmy[2023])}), so 2023 is the highest only for 7 years (2017-2023), not almost ten '
        f'(2014, {fmt(cmy[2014])}, was higher too)',
        baseline=P('2015-01-01', '2022-12-31'), computed=v_bool(max(higher) <= 2023 - 9)),
  ])

# ==========================================================================
# 8. lower_bound_percent ("fell by more than 30%")
# ==========================================================================
a, b = wa[2022], wa[2021]
S('lowerbound-01', 'lower_bound_percent',
  'Detections on the Western African route fell by more than 30% in 2022.',
  '2023-01-13', [
      C('Detections on the Western African route fell by more than 30% in 2022', 'change', FXM, {'route': WAR}, Y(2022), -30, 'accurate',
        {'western_african_2022': a, 'western_african_2021': b, 'pct_change': pct(a, b)},
        f'{fmt(a)} vs {fmt(b)}: {pct(a, b)}%, a fall of more than 30%', baseline=Y(2021), computed=v_pct(pct(a, b), -30, 'more_than_fall')),
  ])

a, b = qsum(DET, ye_q(2023, 3)), qsum(DET, ye_q(2022, 3))
S('lowerbound-02', 'lower_bound_percent',
  'The number of people entering immigration detention in the year ending September 2023 dropped by more than 30 per cent.',
  '2023-11-23', [
      C('The number of people entering immigration detention in the year ending September 2023 dropped by more than 30 per cent', 'change', DETM, {},
        P('2022-10-01', '2023-09-30'), -30, 'accurate', {'entering_ye_2023q3': a, 'entering_ye_2022q3': b, 'pct_change': pct(a, b)},
        f'Det_D01 2022Q4-2023Q3 {fmt(a)} vs 2021Q4-2022Q3 {fmt(b)}: {pct(a, b)}%', baseline=P('2021-10-01', '2022-09-30'),
        computed=v_pct(pct(a, b), -30, 'more_than_fall')),
  ])

a, b = fxy(2016, route=EBR), fxy(2015, route=EBR)
S('lowerbound-03', 'lower_bound_percent',
  'Detections at the EU\'s eastern land borders fell by more than 30% in 2016.',
  '2017-02-15', [
      C('Detections at the EU\'s eastern land borders fell by more than 30% in 2016', 'change', FXM, {'route': EBR}, Y(2016), -30, 'roughly_accurate',
        {'eastern_borders_2016': a, 'eastern_borders_2015': b, 'pct_change': pct(a, b)},
        f'{fmt(a)} vs {fmt(b)}: {pct(a, b)}%, just short of 30% (it rounds to 30%): roughly accurate, not accurate',
        baseline=Y(2015), computed=v_pct(pct(a, b), -30, 'more_than_fall'),
        note='a lower bound missed by less than half a point'),
  ])

a, b = fxy(2012, typ='Land'), fxy(2011, typ='Land')
S('lowerbound-04', 'lower_bound_percent',
  'Irregular crossings of the EU\'s land borders were down by over 30% in 2012.',
  '2013-05-10', [
      C('Irregular crossings of the EU\'s land borders were down by over 30% in 2012', 'change', FXM, {'type': 'Land'}, Y(2012), -30,
        'roughly_accurate', {'land_2012': a, 'land_2011': b, 'pct_change': pct(a, b)},
        f'Frontex land detections (all routes) {fmt(a)} vs {fmt(b)}: {pct(a, b)}%, just short of 30%: roughly accurate',
        baseline=Y(2011), computed=v_pct(pct(a, b), -30, 'more_than_fall'),
        note='a lower bound missed by less than half a point'),
  ])

a = qsum(RET, [(2017, 3)], group='Voluntary return')
b = qsum(RET, [(2016, 3)], group='Voluntary return')
S('lowerbound-05', 'lower_bound_percent',
  'Voluntary returns in the third quarter of 2017 were more than 30% lower than in the same quarter of 2016.',
  '2017-11-30', [
      C('Voluntary returns in the third quarter of 2017 were more than 30% lower than in the same quarter of 2016', 'change', RETM,
        {'return_type_group': 'Voluntary return'}, P('2017-07-01', '2017-09-30'), -30, 'inaccurate',
        {'voluntary_2017q3': a, 'voluntary_2016q3': b, 'pct_change': pct(a, b)},
        f'Ret_D01 voluntary returns {fmt(a)} vs {fmt(b)}: {pct(a, b)}%, a fall of 28%, not more than 30%', baseline=P('2016-07-01', '2016-09-30'),
        computed=v_pct(pct(a, b), -30, 'more_than_fall')),
  ])

a, b = enf[2007], enf[2006]
S('lowerbound-06', 'lower_bound_percent',
  'Enforced removals from the UK fell by more than 30% in 2007.',
  '2008-08-21', [
      C('Enforced removals from the UK fell by more than 30% in 2007', 'change', RETM, {'return_type_group': 'Enforced return'}, Y(2007), -30,
        'inaccurate', {'enforced_2007': a, 'enforced_2006': b, 'pct_change': pct(a, b)},
        f'Ret_D01 enforced returns {fmt(a)} vs {fmt(b)}: {pct(a, b)}%, not more than 30%', baseline=Y(2006),
        computed=v_pct(pct(a, b), -30, 'more_than_fall'),
        note='"enforced removals" = enforced returns in Ret_D01'),
  ])

# ==========================================================================
# 9. baseline_parenthesis
# ==========================================================================


def asy_ye(y, q, main):
    return qsum(ASY, ye_q(y, q), **(MAIN if main else {}))


m24, p24, m23, p23 = asy_ye(2024, 2, True), asy_ye(2024, 2, False), asy_ye(2023, 2, True), asy_ye(2023, 2, False)
S('parenbase-01', 'baseline_parenthesis',
  'In the year to June 2024 the Home Office received 75,658 asylum applications, 8% fewer than in the year ending June 2023 '
  '(82,275 applications relating to 102,371 people).',
  '2024-08-22', [
      C('In the year to June 2024 the Home Office received 75,658 asylum applications', 'count', ASYM, MAIN, P('2023-07-01', '2024-06-30'), 75658,
        'accurate', {'main_ye_2024q2': m24, 'people_ye_2024q2': p24}, f'Asy_D01 main applicants 2023Q3-2024Q2 = {fmt(m24)}',
        computed=v_count(m24, 75658)),
      C('8% fewer than in the year ending June 2023', 'change', ASYM, MAIN, P('2023-07-01', '2024-06-30'), -8, 'accurate',
        {'main_ye_2024q2': m24, 'main_ye_2023q2': m23, 'pct_main': pct(m24, m23), 'pct_people': pct(p24, p23)},
        f'applications (main applicants) {fmt(m24)} vs {fmt(m23)} = {pct(m24, m23)}% (people: {pct(p24, p23)}%, but the sentence counts applications)',
        baseline=P('2022-07-01', '2023-06-30'), computed=v_pct(pct(m24, m23), -8)),
      C('82,275 applications', 'count', ASYM, MAIN, P('2022-07-01', '2023-06-30'), 82275, 'accurate', {'main_ye_2023q2': m23},
        f'baseline, first figure: main applicants 2022Q3-2023Q2 = {fmt(m23)}', computed=v_count(m23, 82275)),
      C('relating to 102,371 people', 'count', ASYM, {}, P('2022-07-01', '2023-06-30'), 102371, 'accurate', {'people_ye_2023q2': p23},
        f'baseline, second figure: main applicants + dependants 2022Q3-2023Q2 = {fmt(p23)}', computed=v_count(p23, 102371)),
  ])

m24, p24, m23, p23 = asy_ye(2024, 3, True), asy_ye(2024, 3, False), asy_ye(2023, 3, True), asy_ye(2023, 3, False)
mj, pj = asy_ye(2023, 2, True), asy_ye(2023, 2, False)
S('parenbase-02', 'baseline_parenthesis',
  'There were 77,066 asylum applications in the year ending September 2024, 3% fewer than a year earlier '
  '(82,275 applications covering 102,371 people).',
  '2024-11-28', [
      C('There were 77,066 asylum applications in the year ending September 2024', 'count', ASYM, MAIN, P('2023-10-01', '2024-09-30'), 77066,
        'accurate', {'main_ye_2024q3': m24, 'people_ye_2024q3': p24}, f'Asy_D01 main applicants 2023Q4-2024Q3 = {fmt(m24)}',
        computed=v_count(m24, 77066)),
      C('3% fewer than a year earlier', 'change', ASYM, MAIN, P('2023-10-01', '2024-09-30'), -3, 'accurate',
        {'main_ye_2024q3': m24, 'main_ye_2023q3': m23, 'pct_main': pct(m24, m23), 'pct_people': pct(p24, p23)},
        f'applications {fmt(m24)} vs {fmt(m23)} = {pct(m24, m23)}% (rounds to -3%)', baseline=P('2022-10-01', '2023-09-30'),
        computed=v_pct(pct(m24, m23), -3)),
      C('82,275 applications', 'count', ASYM, MAIN, P('2022-10-01', '2023-09-30'), 82275, 'roughly_accurate',
        {'main_ye_2023q3': m23, 'main_ye_2023q2': mj},
        f'baseline, first figure: main applicants in the year ending September 2023 = {fmt(m23)}; 82,275 is {82275 / m23 - 1:.1%} higher '
        f'(it is the year ending JUNE 2023)', accept=['roughly_accurate', 'inaccurate'], computed=v_count(m23, 82275),
        note='a precise figure from the wrong quarter: within 5% (roughly accurate by tolerance), but a checker may call a figure for another period inaccurate'),
      C('covering 102,371 people', 'count', ASYM, {}, P('2022-10-01', '2023-09-30'), 102371, 'roughly_accurate',
        {'people_ye_2023q3': p23, 'people_ye_2023q2': pj},
        f'baseline, second figure: people in the year ending September 2023 = {fmt(p23)}; 102,371 is {102371 / p23 - 1:.1%} higher '
        f'(the year ending June 2023)', accept=['roughly_accurate', 'inaccurate'], computed=v_count(p23, 102371),
        note='a precise figure from the wrong quarter: within 5% (roughly accurate by tolerance), but a checker may call a figure for another period inaccurate'),
  ])

m24, p24, m23, p23 = asy_ye(2024, 1, True), asy_ye(2024, 1, False), asy_ye(2023, 1, True), asy_ye(2023, 1, False)
S('parenbase-03', 'baseline_parenthesis',
  'Asylum applications in the year to March 2024 were 11% lower than in the year ending March 2023 (83,045 applications relating to 102,878 people).',
  '2024-05-23', [
      C('Asylum applications in the year to March 2024 were 11% lower than in the year ending March 2023', 'change', ASYM, MAIN,
        P('2023-04-01', '2024-03-31'), -11, 'accurate',
        {'main_ye_2024q1': m24, 'main_ye_2023q1': m23, 'pct_main': pct(m24, m23), 'people_ye_2024q1': p24, 'people_ye_2023q1': p23,
         'pct_people': pct(p24, p23)},
        f'applications (main applicants) {fmt(m24)} vs {fmt(m23)} = {pct(m24, m23)}%: accurate. Counted in people it is {pct(p24, p23)}%, '
        f'1.5 points off (roughly accurate)', baseline=P('2022-04-01', '2023-03-31'), accept=['accurate', 'roughly_accurate'],
        computed=v_pct(pct(m24, m23), -11),
        note='"applications" are main applicants in Home Office usage (the parenthesis separates them from people); a checker that counts people gets -9.5%'),
      C('83,045 applications', 'count', ASYM, MAIN, P('2022-04-01', '2023-03-31'), 83045, 'accurate', {'main_ye_2023q1': m23},
        f'baseline, first figure: main applicants 2022Q2-2023Q1 = {fmt(m23)}', computed=v_count(m23, 83045)),
      C('relating to 102,878 people', 'count', ASYM, {}, P('2022-04-01', '2023-03-31'), 102878, 'accurate', {'people_ye_2023q1': p23},
        f'baseline, second figure: people 2022Q2-2023Q1 = {fmt(p23)}', computed=v_count(p23, 102878)),
  ])

S('parenbase-04', 'baseline_parenthesis',
  'Asylum applications to the UK fell by 11% in 2023 compared with 2022 (91,811 applications relating to 99,939 people).',
  '2024-03-05', [
      C('Asylum applications to the UK fell by 11% in 2023 compared with 2022', 'change', ASYM, MAIN, Y(2023), -11, 'accurate',
        {'main_2023': asy_m[2023], 'main_2022': asy_m[2022], 'pct_main': pct(asy_m[2023], asy_m[2022]), 'pct_people': pct(asy_p[2023], asy_p[2022])},
        f'main applicants {fmt(asy_m[2023])} vs {fmt(asy_m[2022])} = {pct(asy_m[2023], asy_m[2022])}%, rounds to -11%. "Applications" are main '
        f'applicants: the parenthesis itself tells applications from people (counted in people the fall is {pct(asy_p[2023], asy_p[2022])}%)',
        baseline=Y(2022),
        computed=v_pct(pct(asy_m[2023], asy_m[2022]), -11),
        note='"applications" = main applicants (Home Office usage, and the parenthesis separates them from people)'),
      C('91,811 applications', 'count', ASYM, MAIN, Y(2022), 91811, 'inaccurate', {'main_2022': asy_m[2022], 'people_2023': asy_p[2023]},
        f'baseline, first figure: main applicants 2022 = {fmt(asy_m[2022])}; 91,811 is {91811 / asy_m[2022] - 1:.1%} too high '
        f'(it is the number of PEOPLE who applied in 2023)', computed=v_count(asy_m[2022], 91811)),
      C('relating to 99,939 people', 'count', ASYM, {}, Y(2022), 99939, 'accurate', {'people_2022': asy_p[2022]},
        f'baseline, second figure: people 2022 = {fmt(asy_p[2022])}', computed=v_count(asy_p[2022], 99939)),
  ])

a_p, b_p = sb('2023-07-01', '2024-06-30'), sb('2022-07-01', '2023-06-30')
b_b = sb('2022-07-01', '2023-06-30', 1)
irr_b = qsum(IRR, ye_q(2023, 2), method='Small boat arrivals')
S('parenbase-05', 'baseline_parenthesis',
  'In the year to June 2024, 31,493 people crossed the Channel in small boats, 29% fewer than in the year ending June 2023 (44,441 people in 1,000 boats).',
  '2024-07-05', [
      C('In the year to June 2024, 31,493 people crossed the Channel in small boats', 'count', SBA, {}, P('2023-07-01', '2024-06-30'), 31493,
        'accurate', {'arrivals_ye_jun2024': a_p}, f'SB_01 2023-07-01..2024-06-30 = {fmt(a_p)}', computed=v_count(a_p, 31493)),
      C('29% fewer than in the year ending June 2023', 'change', SBA, {}, P('2023-07-01', '2024-06-30'), -29, 'accurate',
        {'arrivals_ye_jun2024': a_p, 'arrivals_ye_jun2023': b_p, 'pct_change': pct(a_p, b_p)},
        f'{fmt(a_p)} vs {fmt(b_p)} = {pct(a_p, b_p)}%', baseline=P('2022-07-01', '2023-06-30'), computed=v_pct(pct(a_p, b_p), -29)),
      C('44,441 people', 'count', SBA, {}, P('2022-07-01', '2023-06-30'), 44441, 'accurate', {'arrivals_ye_jun2023': b_p, 'irr_d01_ye_2023q2': irr_b},
        f'baseline, first figure: SB_01 2022-07-01..2023-06-30 = {fmt(b_p)} (Irr_D01 2022Q3-2023Q2: {fmt(irr_b)})', computed=v_count(b_p, 44441)),
      C('in 1,000 boats', 'count', SBB, {}, P('2022-07-01', '2023-06-30'), 1000, 'accurate', {'boats_ye_jun2023': b_b},
        f'baseline, second figure (a different metric, boats): SB_01 boats 2022-07-01..2023-06-30 = {fmt(b_b)}', computed=v_count(b_b, 1000, 'round', 100)),
  ])


t24, t23 = fxy(2024), fxy(2023)
S('parenbase-06', 'baseline_parenthesis',
  'Frontex detected 240,000 irregular crossings in 2024, 37% fewer than in 2023 (381,000 detections including 185,000 on the central Mediterranean route).',
  '2025-06-12', [
      C('Frontex detected 240,000 irregular crossings in 2024', 'count', FXM, {}, Y(2024), 240000, 'accurate', {'detections_2024': t24},
        f'Frontex 2024 = {fmt(t24)}', computed=v_count(t24, 240000, 'round', 1000)),
      C('37% fewer than in 2023', 'change', FXM, {}, Y(2024), -37, 'accurate', {'detections_2024': t24, 'detections_2023': t23, 'pct_change': pct(t24, t23)},
        f'{fmt(t24)} vs {fmt(t23)} = {pct(t24, t23)}%', baseline=Y(2023), computed=v_pct(pct(t24, t23), -37)),
      C('381,000 detections', 'count', FXM, {}, Y(2023), 381000, 'accurate', {'detections_2023': t23},
        f'baseline, first figure: Frontex 2023 = {fmt(t23)}', computed=v_count(t23, 381000, 'round', 1000)),
      C('including 185,000 on the central Mediterranean route', 'count', FXM, {'route': CMR}, Y(2023), 185000, 'inaccurate',
        {'central_med_2023': cm23, 'central_med_2016': fxy(2016, route=CMR)},
        f'baseline, second figure (a subset, filtered by route): Central Mediterranean 2023 = {fmt(cm23)}; 185,000 is {185000 / cm23 - 1:.0%} too high',
        computed=v_count(cm23, 185000, 'round', 1000)),
  ])


# --------------------------------------------------------------------------
if __name__ == '__main__':
    ids = [c['id'] for c in CASES]
    assert len(ids) == len(set(ids)), 'duplicate ids'
    by = defaultdict(int)
    for c in CASES:
        by[c['phenomenon']] += 1
        print(f"{c['id']}  {c['date']}  {c['text']}")
        for cl in c['claims']:
            print(f"    [{cl['expected_verdict']:<16}] accept={'|'.join(cl['accept'])}  {cl['quote']}")
            print(f"        {cl['why']}")
    print(dict(by), 'cases:', len(CASES), 'claims:', sum(len(c['claims']) for c in CASES))
    if '--write' in sys.argv:
        with open(os.path.join(HERE, 'cases-2.jsonl'), 'w', encoding='utf-8') as f:
            for c in CASES:
                f.write(json.dumps(c, ensure_ascii=False) + '\n')
        print('wrote cases-2.jsonl')
