import { chart } from '../chart';
import { h } from './common';

export async function uk(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'UK: returns, asylum and detention'), h('p', {}, 'Home Office immigration system statistics (quarterly). "Deportations" are read as enforced returns; most returns are voluntary.'));
  await chart(main, { id: 'enforced', title: 'Enforced returns, by year', metric: 'uk.returns', by: 'year', where: { return_type_group: 'Enforced return' } });
  await chart(main, { id: 'voluntary', title: 'Voluntary returns, by year', metric: 'uk.returns', by: 'year', where: { return_type_group: 'Voluntary return' } });
  await chart(main, { id: 'asylum', title: 'Asylum applications (main applicants and dependants), by quarter', metric: 'uk.asylum.applications', by: 'quarter' });
  await chart(main, { id: 'detention', title: 'People entering detention, by quarter', metric: 'uk.detention.entering', by: 'quarter' });
}

export async function europe(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Europe'), h('p', {}, 'Frontex detections of illegal border-crossings (detections, not people) and Eurostat asylum applicants.'));
  await chart(main, { id: 'frontex', title: 'Frontex detections, by year', metric: 'eu.frontex.detections', by: 'year' });
  await chart(main, { id: 'central-med', title: 'Central Mediterranean route detections, by month', metric: 'eu.frontex.detections', by: 'month', where: { route: 'Central Mediterranean Route' }, mark: 'line' });
  await chart(main, { id: 'eurostat', title: 'Asylum applicants in the EU27, by year (Eurostat)', metric: 'eu.asylum.applicants', by: 'year' });
}

export async function world(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Worldwide'), h('p', {}, 'UNHCR Refugee Data Finder: end-year stocks (not to be added across years).'));
  await chart(main, { id: 'refugees', title: 'Refugees under UNHCR\'s mandate, end of year', metric: 'unhcr.refugees', by: 'year', from: '1990', mark: 'line' });
  await chart(main, { id: 'asylum-seekers', title: 'Asylum-seekers with pending cases, end of year', metric: 'unhcr.asylum_seekers', by: 'year', from: '2000', mark: 'line' });
}
