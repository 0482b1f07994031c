// Sends a broad request set through Prism's validating proxy and fails on any violation it reports.
// Usage: node requests.mjs <proxy base URL> <openapi.json>; PFG_ADMIN_TOKEN is the app's admin token.
//
// Requests come from the spec itself (every list with each of its fields, include, sort and filter values, CSV, each
// item of every list as JSON, sparse and as a card) plus errors and the editorial and admin writes, each with the
// statuses its operation documents. A request marked `invalid` is wrong on purpose: Prism may report the request
// (that is the point of it), but the response must still match the spec. Everything else must be clean.
import { readFileSync } from 'node:fs';

const [base, specFile] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const admin = process.env.PFG_ADMIN_TOKEN;
if (!base || !admin) {
  console.error('usage: PFG_ADMIN_TOKEN=… node requests.mjs <proxy base URL> <openapi.json>');
  process.exit(2);
}

let sent = 0;
const failures = [];
const auth = (token) => ({ Authorization: `Bearer ${token}` });

async function send(method, path, { headers = {}, body, invalid = false, expect } = {}) {
  const init = { method, headers: { ...headers }, redirect: 'manual' };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!Object.keys(init.headers).some((h) => h.toLowerCase() === 'content-type')) {
      init.headers['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(base + path, init);
  const text = await response.text();
  sent++;
  const raw = response.headers.get('sl-violations');
  let violations = raw ? JSON.parse(raw) : [];
  if (invalid) {
    violations = violations.filter((v) => !(v.location && v.location[0] === 'request'));
  }
  const problems = violations.map((v) => `${(v.location || []).join('.')}: ${v.message}`);
  if (expect !== undefined && ![expect].flat().includes(response.status)) {
    problems.push(`status ${response.status}, expected ${[expect].flat().join(' or ')}`);
  }
  if (problems.length > 0) {
    failures.push({ request: `${method} ${path}`, status: response.status, problems });
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) {
      operations.push({ path, method: method.toUpperCase(), operation });
    }
  }
}
const parameter = (operation, name) => (operation.parameters || []).find((p) => p.name === name);
const values = (p) => (p && p.schema && p.schema.items && p.schema.items.enum) || [];

// ---- Public reads ------------------------------------------------------------------------------------------------
await send('GET', '/api/v1', { expect: 200 });
const lists = operations.filter((o) => o.method === 'GET' && parameter(o.operation, 'fields') && !o.path.includes('{'));
const keysByList = {};
for (const { path, operation } of lists) {
  const all = await send('GET', `${path}?size=100`, { expect: 200 });
  keysByList[path] = all.json.data.map((item) => item.links.self);
  await send('GET', path, { expect: 200 });
  await send('GET', `${path}?format=csv`, { expect: 200 });
  await send('GET', path, { headers: { Accept: 'text/csv' }, expect: 200 });
  await send('GET', `${path}?page=2&size=3`, { expect: [200, 400] });
  for (const field of values(parameter(operation, 'fields'))) {
    const include = values(parameter(operation, 'include')).find((i) => field === i || field.startsWith(`${i}.`));
    const query = `fields=${encodeURIComponent(field)}${include ? `&include=${include}` : ''}`;
    await send('GET', `${path}?${query}`, { expect: 200 });
  }
  const includes = values(parameter(operation, 'include'));
  for (const include of includes) {
    await send('GET', `${path}?include=${include}`, { expect: 200 });
    await send('GET', `${path}?include=${include}&format=csv`, { expect: 200 });
  }
  if (includes.length > 0) {
    await send('GET', `${path}?include=${includes.join(',')}`, { expect: 200 });
  }
  for (const key of values(parameter(operation, 'sort'))) {
    await send('GET', `${path}?sort=${key}`, { expect: 200 });
  }
  for (const p of operation.parameters.filter((p) => p.in === 'query' && p.schema && p.schema.type === 'array')) {
    if (['fields', 'include', 'sort'].includes(p.name)) continue;
    const example = (p.schema.examples && p.schema.examples[0]) || [];
    await send('GET', `${path}?${p.name}=${example.join(',')}`, { expect: 200 });
    const two = values(p).slice(0, 2);
    if (two.length === 2) {
      await send('GET', `${path}?${p.name}=${two[0]}&${p.name}=${two[1]}`, { expect: 200 });
    }
  }
  await send('GET', `${path}?q=west`, { expect: 200 });
  // Errors: each documented with its problem.
  await send('GET', `${path}?size=500`, { invalid: true, expect: 400 });
  await send('GET', `${path}?page=0`, { invalid: true, expect: 400 });
  await send('GET', `${path}?fields=nonsense`, { invalid: true, expect: 400 });
  await send('GET', `${path}?sort=nonsense`, { invalid: true, expect: 400 });
  await send('GET', `${path}?colour=blue`, { expect: 400 });
  await send('GET', `${path}?format=xml`, { invalid: true, expect: 400 });
  await send('GET', path, { headers: { Accept: 'image/png' }, expect: 406 });
  await send('GET', `${path}?preview=true`, { invalid: true, expect: 401 });
  const first = await send('GET', path, { expect: 200 });
  await send('GET', path, { headers: { 'If-None-Match': first.headers.get('etag') }, expect: 304 });
}

// Every item of every list, as JSON, sparse, with its includes and (where offered) as a card.
const items = operations.filter((o) => o.method === 'GET' && parameter(o.operation, 'fields') && o.path.includes('{'));
for (const [listPath, selves] of Object.entries(keysByList)) {
  const operation = items.find((o) => o.path.startsWith(`${listPath}/{`)).operation;
  const fields = values(parameter(operation, 'fields'));
  const includes = values(parameter(operation, 'include'));
  const formats = (parameter(operation, 'format') && parameter(operation, 'format').schema.enum) || [];
  for (const [index, self] of selves.entries()) {
    await send('GET', self, { expect: 200 });
    await send('GET', `${self}?fields=${fields[index % fields.length]}`, { expect: 200 });
    if (includes.length > 0) {
      await send('GET', `${self}?include=${includes.join(',')}`, { expect: 200 });
    }
    if (formats.includes('fragment')) {
      await send('GET', `${self}?format=fragment`, { expect: 200 });
    }
  }
  await send('GET', `${listPath}/no-such-item`, { expect: 404 });
  await send('GET', `${selves[0]}?fields=${fields.slice(0, 3).join(',')}`, { expect: 200 });
}
await send('GET', '/api/v1/plan', { expect: 200 });
await send('GET', '/api/v1/plan?preview=true', { headers: auth(admin), expect: 200 });
await send('GET', '/api/v1/clusters?preview=true&kind=primary', { headers: auth(admin), expect: 200 });
await send('GET', '/api/v1/clusters?preview=true&fields=slug,name', { headers: auth(admin), expect: 200 });
await send('GET', '/api/v1/search?q=battery', { expect: 200 });
await send('GET', '/api/v1/search?q=west&type=cluster,theme&size=5', { expect: 200 });
await send('GET', '/api/v1/search?q=west&type=cluster&type=theme', { expect: 200 });
await send('GET', '/api/v1/search', { invalid: true, expect: 400 });
await send('GET', '/api/v1/changes?limit=5', { expect: 200 });
await send('GET', '/api/v1/changes.atom?limit=5', { expect: 200 });
await send('GET', '/api/v1/changes?since=nonsense', { expect: [400, 410] });
for (const card of ['/embed/clusters/aerospace', '/embed/themes/commitment-to-net-zero', '/embed/places/coventry']) {
  await send('GET', card, { expect: 200 });
  await send('GET', `${card}?theme=dark`, { expect: 200 });
}
await send('GET', '/embed/clusters/no-such-cluster', { expect: 404 });
const oembedTarget = encodeURIComponent(`${base}/embed/clusters/aerospace`);
await send('GET', `/oembed?url=${oembedTarget}`, { expect: [200, 404] });
await send('GET', '/oembed', { invalid: true, expect: 400 });

// ---- Admin: tokens, webhooks, export -----------------------------------------------------------------------------
await send('GET', '/api/v1/admin/tokens', { invalid: true, expect: 401 });
const editorToken = await send('POST', '/api/v1/admin/tokens', {
  headers: auth(admin),
  body: { name: `contract check editor ${Date.now()}`, role: 'editor' },
  expect: 201,
});
const editor = editorToken.json.data.secret;
await send('GET', '/api/v1/admin/tokens', { headers: auth(editor), expect: 403 });
await send('GET', '/api/v1/admin/tokens', { headers: auth(admin), expect: 200 });
await send('GET', `/api/v1/admin/tokens/${editorToken.json.data.id}`, { headers: auth(admin), expect: 200 });
await send('GET', '/api/v1/admin/tokens/999999', { headers: auth(admin), expect: 404 });
await send('POST', '/api/v1/admin/tokens', { headers: auth(admin), body: { name: '', role: 'boss' }, invalid: true, expect: 422 });
await send('POST', '/api/v1/admin/tokens', { headers: auth(admin), body: '{', invalid: true, expect: 400 });
const spare = await send('POST', '/api/v1/admin/tokens', {
  headers: auth(admin),
  body: { name: `contract check spare ${Date.now()}`, role: 'editor', expiresAt: '2099-01-01T00:00:00Z' },
  expect: 201,
});
await send('DELETE', `/api/v1/admin/tokens/${spare.json.data.id}`, { headers: auth(admin), expect: 204 });
const hook = await send('POST', '/api/v1/admin/webhooks', {
  headers: auth(admin),
  body: { url: 'https://partner.example.org/hooks/pfg', description: 'contract check' },
  expect: [201, 422],
});
await send('GET', '/api/v1/admin/webhooks', { headers: auth(admin), expect: 200 });
if (hook.status === 201) {
  const id = hook.json.data.id;
  await send('GET', `/api/v1/admin/webhooks/${id}`, { headers: auth(admin), expect: 200 });
  await send('PATCH', `/api/v1/admin/webhooks/${id}`, {
    headers: { ...auth(admin), 'Content-Type': 'application/merge-patch+json' },
    body: { paused: true },
    expect: 200,
  });
  await send('GET', `/api/v1/admin/webhooks/${id}/deliveries`, { headers: auth(admin), expect: 200 });
  await send('POST', `/api/v1/admin/webhooks/${id}/rotate-secret`, { headers: auth(admin), expect: 200 });
  await send('DELETE', `/api/v1/admin/webhooks/${id}/previous-secret`, { headers: auth(admin), expect: 204 });
  await send('DELETE', `/api/v1/admin/webhooks/${id}`, { headers: auth(admin), expect: 204 });
}
await send('GET', '/api/v1/admin/export', { headers: auth(admin), expect: 200 });

// ---- Editorial writes: every request example in the spec, then the life of one item ------------------------------
const editorial = auth(editor);
for (const { path, method, operation } of operations) {
  const content = operation.requestBody && operation.requestBody.content;
  if (!content || !path.startsWith('/api/v1/') || path.startsWith('/api/v1/admin')) continue;
  for (const [media, body] of Object.entries(content)) {
    for (const example of Object.values(body.examples || {})) {
      const target = path.replace(/\{[^}]+\}/, () => exampleKey(operation));
      const headers = { ...editorial, 'Content-Type': media };
      if (method !== 'POST') {
        const draft = await send('GET', `${target}/draft`, { headers: editorial, expect: 200 });
        headers['If-Match'] = draft.headers.get('etag');
      }
      await send(method, target, { headers, body: example.value, expect: method === 'POST' ? 201 : 200 });
    }
  }
}
function exampleKey(operation) {
  const p = (operation.parameters || []).find((x) => x.in === 'path');
  return p && (p.example !== undefined ? p.example : p.schema && p.schema.examples && p.schema.examples[0]);
}

const slug = `contract-check-${Date.now()}`;
const created = await send('POST', '/api/v1/themes', {
  headers: editorial,
  body: {
    slug,
    position: 99,
    name: 'Contract check theme',
    formerName: 'Contract check',
    summary: 'A theme written by the contract check.',
  },
  expect: 201,
});
if (created.status === 201) {
  let etag = created.headers.get('etag');
  const item = `/api/v1/themes/${slug}`;
  await send('GET', item, { expect: 404 });
  await send('GET', `${item}?preview=true`, { headers: editorial, expect: 200 });
  await send('GET', '/api/v1/drafts', { headers: editorial, expect: 200 });
  await send('PATCH', item, {
    headers: { ...editorial, 'Content-Type': 'application/merge-patch+json' },
    body: { summary: 'Without If-Match.' },
    invalid: true,
    expect: 428,
  });
  await send('PATCH', item, {
    headers: { ...editorial, 'Content-Type': 'application/merge-patch+json', 'If-Match': '"rev-99"' },
    body: { summary: 'A stale ETag.' },
    expect: 412,
  });
  await send('PATCH', item, {
    headers: { ...editorial, 'Content-Type': 'text/plain', 'If-Match': etag },
    body: 'summary',
    invalid: true,
    expect: 415,
  });
  const patched = await send('PATCH', item, {
    headers: { ...editorial, 'Content-Type': 'application/merge-patch+json', 'If-Match': etag },
    body: { summary: 'A corrected summary.' },
    expect: 200,
  });
  etag = patched.headers.get('etag');
  const published = await send('POST', `${item}/publish`, { headers: { ...editorial, 'If-Match': etag }, expect: 200 });
  etag = published.headers.get('etag');
  await send('GET', item, { expect: 200 });
  await send('GET', `${item}/revisions`, { headers: editorial, expect: 200 });
  await send('GET', `${item}/revisions/1`, { headers: editorial, expect: 200 });
  await send('GET', `${item}/revisions/99`, { headers: editorial, expect: 404 });
  const unpublished = await send('POST', `${item}/unpublish`, { headers: { ...editorial, 'If-Match': etag }, expect: 200 });
  etag = unpublished.headers.get('etag');
  const restored = await send('POST', `${item}/revisions/1/restore`, { headers: { ...editorial, 'If-Match': etag }, expect: 200 });
  etag = restored.headers.get('etag');
  await send('DELETE', item, { headers: { ...editorial, 'If-Match': etag }, expect: 204 });
}
await send('POST', '/api/v1/clusters', { headers: editorial, body: { slug: 'Not A Slug' }, invalid: true, expect: 422 });
await send('POST', '/api/v1/clusters', { headers: editorial, body: '[1,', invalid: true, expect: 400 });
await send('POST', '/api/v1/clusters', { body: {}, invalid: true, expect: 401 });
await send('GET', '/api/v1/drafts', { invalid: true, expect: 401 });
await send('GET', '/api/v1/drafts', { headers: { ...editorial, Accept: 'text/csv' }, expect: 406 });

console.log(`prism-check: ${sent} requests through Prism, ${failures.length} with violations`);
for (const failure of failures) {
  console.log(`  ${failure.request} -> ${failure.status}`);
  for (const problem of failure.problems.slice(0, 5)) console.log(`      ${problem}`);
}
process.exit(failures.length === 0 ? 0 : 1);
