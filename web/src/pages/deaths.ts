import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldUrl from 'world-atlas/countries-110m.json?url';
import { api, fmt } from '../api';
import { chart, figureTools } from '../chart';
import { h } from './common';

const SVG = 'http://www.w3.org/2000/svg';

export async function deaths(main: HTMLElement): Promise<void> {
  main.append(h('h1', {}, 'Migrants recorded dead or missing'), h('p', {}, "IOM's Missing Migrants Project: a minimum count, revised upwards as incidents are verified."));
  await chart(main, { id: 'by-year', title: 'Dead and missing, by year', metric: 'deaths.dead_and_missing', by: 'year' });
  await chart(main, { id: 'med', title: 'The Mediterranean, by year', metric: 'deaths.dead_and_missing', by: 'year', where: { region: 'Mediterranean' } });
  await chart(main, { id: 'channel', title: 'The English Channel route, by year (includes deaths on land near the Channel)', metric: 'deaths.dead_and_missing', by: 'year', where: { route: 'English Channel to the UK' } });
  await map(main);
}

async function map(main: HTMLElement): Promise<void> {
  const fig = h('figure', { class: 'chart map', id: 'map', 'data-chart': 'map' }, h('figcaption', {}, 'Incidents, last full year and this year (circle area: dead and missing)'));
  main.append(fig);
  const year = new Date().getFullYear();
  const [world, incidents] = await Promise.all([fetch(worldUrl).then((r) => r.json() as Promise<Topology>), api.incidents({ from: String(year - 2) })]);
  const width = 960;
  const height = 500;
  const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Map of ${incidents.features.length} incidents recorded by IOM since ${year - 2}`);
  const countries = feature(world, world.objects.countries as GeometryCollection);
  const land = document.createElementNS(SVG, 'path');
  land.setAttribute('d', path(countries) ?? '');
  land.setAttribute('fill', '#d9d9d9');
  land.setAttribute('stroke', '#fff');
  land.setAttribute('stroke-width', '0.5');
  svg.append(land);
  for (const f of incidents.features) {
    const p = projection(f.geometry.coordinates);
    if (!p) continue;
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('cx', String(p[0]));
    c.setAttribute('cy', String(p[1]));
    c.setAttribute('r', String(Math.max(1.5, Math.sqrt(f.properties.total || 1) * 1.2)));
    c.setAttribute('fill', '#d55e00');
    c.setAttribute('fill-opacity', '0.45');
    const t = document.createElementNS(SVG, 'title');
    t.textContent = `${f.properties.date ?? 'undated'}: ${fmt(f.properties.total)} dead or missing — ${f.properties.location ?? ''} (${f.properties.route ?? 'no route'}; ${f.properties.cause ?? ''})`;
    c.append(t);
    svg.append(c);
  }
  fig.append(svg);
  figureTools(fig, 'iom-incidents-map', ['id', 'date', 'total', 'route', 'cause', 'location', 'lon', 'lat'], incidents.features.map((f) => ({ ...f.properties, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })));
  fig.append(h('p', { class: 'provenance' }, "Source: IOM's Missing Migrants Project (CC BY 4.0). Base map: Natural Earth via world-atlas, drawn offline."));
  fig.dataset.rendered = 'true';
}
