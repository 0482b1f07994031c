// A strict client of the API written the way a front-end team would: only the types that openapi-typescript
// generates from openapi/openapi.yaml (api.d.ts, not committed) and openapi-fetch, no casts, no `any`.
// .ci/run compiles it with tsc --strict (contract/package.json: npm run typecheck); it is never run.
import createClient from 'openapi-fetch';
import type { components, paths } from './api';

type Schemas = components['schemas'];

// JSON (application/json, and application/problem+json for errors); the CSV and HTML answers of the same operations are other media types of the same response.
const api = createClient<paths, `application/${string}json`>({ baseUrl: 'http://localhost:8080' });
const csv = createClient<paths, 'text/csv'>({ baseUrl: 'http://localhost:8080' });

export async function readme(editor: string): Promise<string[]> {
  const lines: string[] = [];

  // curl 'localhost:8080/api/v1/clusters?kind=primary'
  const primary = await api.GET('/api/v1/clusters', { params: { query: { kind: ['primary'] } } });
  if (primary.data) {
    const total: number = primary.data.meta.total; // a paged list always carries its figures
    const self: string = primary.data.links.self;
    lines.push(`${total} at ${self}`);
    for (const cluster of primary.data.data) {
      lines.push(cluster.name ?? cluster.slug ?? ''); // sparse or whole: the type says both
    }
  }

  // curl 'localhost:8080/api/v1/clusters?kind=primary&theme=commitment-to-net-zero,skills-for-the-future'
  await api.GET('/api/v1/clusters', {
    params: { query: { kind: ['primary'], theme: ['commitment-to-net-zero', 'skills-for-the-future'] } },
  });

  // curl 'localhost:8080/api/v1/clusters?sort=kind,-name&size=5&fields=kind,name'
  const sparse = await api.GET('/api/v1/clusters', {
    params: { query: { sort: ['kind', '-name'], size: 5, fields: ['kind', 'name'] } },
  });
  sparse.data?.data.forEach((item) => lines.push(`${item.kind ?? ''} ${item.name ?? ''}`));

  // curl 'localhost:8080/api/v1/themes?page=2&size=3'
  const themes = await api.GET('/api/v1/themes', { params: { query: { page: 2, size: 3 } } });
  if (themes.data) {
    const next: string | undefined = themes.data.links['next'];
    lines.push(`${themes.data.meta.page}/${themes.data.meta.totalPages} ${next ?? ''}`);
  }

  // curl localhost:8080/api/v1/clusters/electric-light-vehicles
  const cluster = await api.GET('/api/v1/clusters/{slug}', { params: { path: { slug: 'electric-light-vehicles' } } });
  if (cluster.data) {
    lines.push(cluster.data.meta.source.publisher, cluster.data.links.self);
  }

  // curl localhost:8080/api/v1/facts/life-sciences-new-jobs: its source is always sent whole
  const fact = await api.GET('/api/v1/facts/{id}', { params: { path: { id: 'life-sciences-new-jobs' } } });
  const source = fact.data?.data.source;
  if (source && 'url' in source && source.url !== undefined) {
    lines.push(source.url);
  }
  const sources = await api.GET('/api/v1/sources');
  sources.data?.data.forEach((s) => lines.push(s.id ?? ''));

  // curl -H 'Accept: text/csv' 'localhost:8080/api/v1/places?cluster=electric-light-vehicles&sort=gssCode&fields=name,gssCode,kind'
  const places = await csv.GET('/api/v1/places', {
    params: { query: { cluster: ['electric-light-vehicles'], sort: ['gssCode'], fields: ['name', 'gssCode', 'kind'] } },
    headers: { Accept: 'text/csv' },
    parseAs: 'text',
  });
  if (typeof places.data === 'string') {
    lines.push(places.data.split('\r\n')[0] ?? '');
  }

  // The editor's calls: the working copy and its ETag, a merge patch, publish.
  const auth = { Authorization: `Bearer ${editor}` };
  const draft = await api.GET('/api/v1/facts/{id}/draft', {
    params: { path: { id: 'ev-cluster-additional-jobs' } },
    headers: auth,
  });
  const etag = draft.response.headers.get('ETag') ?? '';
  if (draft.data) {
    const document: Schemas['FactRecord'] = draft.data.data.document;
    lines.push(`${document.label} ${document.min ?? ''}`);
  }
  const patched = await api.PATCH('/api/v1/facts/{id}', {
    params: { path: { id: 'ev-cluster-additional-jobs' }, header: { 'If-Match': etag } },
    headers: { ...auth, 'Content-Type': 'application/merge-patch+json' },
    body: { min: 11300, max: 12500 },
  });
  if (patched.data) {
    lines.push(`${patched.data.data.status} ${patched.data.data.revision} ${patched.data.data.document.min ?? ''}`);
  }
  // PATCH /api/v1/clusters/aerospace with {"summary": "…"}
  const summary = await api.PATCH('/api/v1/clusters/{slug}', {
    params: { path: { slug: 'aerospace' }, header: { 'If-Match': '"rev-7"' } },
    headers: { ...auth, 'Content-Type': 'application/merge-patch+json' },
    body: { summary: 'x' },
  });
  if (summary.error) {
    lines.push(summary.error.detail ?? summary.error.title);
  }
  await api.POST('/api/v1/facts/{id}/publish', {
    params: { path: { id: 'ev-cluster-additional-jobs' }, header: { 'If-Match': '"rev-2"' } },
    headers: auth,
  });

  // A new cluster is a draft until published.
  const created = await api.POST('/api/v1/clusters', {
    headers: auth,
    body: {
      slug: 'quantum-technologies',
      position: 14,
      kind: 'nascent',
      name: 'Quantum technologies',
      inPlanDocument: false,
      nameStatus: 'confirmed',
      summary: 'A draft cluster for the README.',
      places: ['coventry'],
    },
  });
  if (created.data) {
    lines.push(created.data.data.links.self);
  } else if (created.error) {
    created.error.errors?.forEach((e) => lines.push(`${e.name}: ${e.message}`));
  }
  const drafts = await api.GET('/api/v1/drafts', { headers: auth });
  drafts.data?.data.forEach((d) => lines.push(`${d.type} ${d.id} ${d.status} ${d.revision}`));

  const revisions = await api.GET('/api/v1/facts/{id}/revisions', {
    params: { path: { id: 'ev-cluster-additional-jobs' } },
    headers: auth,
  });
  revisions.data?.data.forEach((r) => lines.push(`${r.number} ${r.action} ${r.author} ${r.changed.join(',')}`));

  const hits = await api.GET('/api/v1/search', { params: { query: { q: 'gigafactory' } } });
  hits.data?.data.forEach((hit) => lines.push(`${hit.type} ${hit.id} ${hit.snippet}`));
  return lines;
}
