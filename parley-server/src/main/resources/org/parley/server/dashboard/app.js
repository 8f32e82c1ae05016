// Parley dashboard: shared helpers (API calls, escaping, actor completion, evidence rendering) and the view router.
'use strict';
const parley = window.parley = { views: {}, status: null };

parley.api = async function (path, options) {
  const response = await fetch(path, options);
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Error(body && body.detail ? body.detail : response.status + ' ' + response.statusText);
  }
  return body;
};

parley.esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
parley.$ = id => document.getElementById(id);
parley.QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** The sentence with the source, target and verb marked (found by their words: offsets are document offsets). */
parley.highlight = function (e) {
  const marks = [];
  const find = (text, cls) => {
    if (!text) return;
    const at = e.text.indexOf(text);
    if (at >= 0 && !marks.some(m => at < m.end && at + text.length > m.start)) marks.push({start: at, end: at + text.length, cls});
  };
  find(e.source && e.source.text, 'src');
  find(e.target && e.target.text, 'tgt');
  find(e.verb && e.verb.text && e.verb.text.split(' ')[0], 'verb');
  marks.sort((x, y) => x.start - y.start);
  let html = '', at = 0;
  for (const m of marks) {
    html += parley.esc(e.text.slice(at, m.start)) + '<mark class="' + m.cls + '">' + parley.esc(e.text.slice(m.start, m.end)) + '</mark>';
    at = m.end;
  }
  return html + parley.esc(e.text.slice(at));
};

/** One event as a list item: who did what to whom, the evidence sentence, and links to the document. */
parley.eventItem = function (e) {
  const li = document.createElement('li');
  li.className = 'event';
  const target = e.target ? parley.esc(e.target.name) + ' <small>' + parley.esc(e.target.code) + '</small>' : '<i>no target</i>';
  const reported = e.mentions ? ' &middot; ' + e.mentions + ' report' + (e.mentions > 1 ? 's' : '') : '';
  li.innerHTML = '<div class="head">' + parley.esc(e.date) + ' &middot; <b>' + parley.esc(e.source ? e.source.name : '?')
    + '</b> &rarr; <b>' + target + '</b> &middot; <span class="q' + e.quad_class + '">' + parley.esc(e.cameo + ' ' + e.cameo_name)
    + '</span> &middot; ' + parley.esc(e.plover.event) + ' &middot; Goldstein ' + e.goldstein + reported + '</div>'
    + '<blockquote class="evidence">' + parley.highlight(e) + '</blockquote>'
    + '<div class="head"><a class="doc-link" href="#doc/' + encodeURIComponent(e.doc_id) + '/' + e.sentence + '">'
    + parley.esc(e.doc_id) + ' &sect;' + e.sentence + '</a>'
    + (e.url ? ' &middot; <a href="' + parley.esc(e.url) + '" rel="noopener" target="_blank">source</a>' : '') + '</div>';
  return li;
};

/** Completion of actor names and codes under every input.actor. */
parley.autocomplete = function (input) {
  const list = parley.$('suggestions');
  let items = [], selected = -1, timer = null;
  const close = () => { list.hidden = true; items = []; selected = -1; };
  const choose = i => { input.value = items[i].code; input.title = items[i].name; close(); input.dispatchEvent(new Event('change')); };
  const render = () => {
    list.innerHTML = items.map((s, i) => '<li class="' + (i === selected ? 'sel' : '') + '" data-i="' + i + '">' + parley.esc(s.name)
      + '<small>' + parley.esc(s.code) + (s.stored ? '' : ' &middot; no events') + '</small></li>').join('');
    const r = input.getBoundingClientRect();
    list.style.left = (r.left + window.scrollX) + 'px';
    list.style.top = (r.bottom + window.scrollY + 2) + 'px';
    list.hidden = items.length === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = setTimeout(async () => {
      items = (await parley.api('/api/actors?limit=8&q=' + encodeURIComponent(q))).actors;
      selected = -1;
      list.onmousedown = ev => { const li = ev.target.closest('li'); if (li) { ev.preventDefault(); choose(+li.dataset.i); } };
      render();
    }, 120);
  });
  input.addEventListener('keydown', ev => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown') { selected = Math.min(items.length - 1, selected + 1); render(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp') { selected = Math.max(0, selected - 1); render(); ev.preventDefault(); }
    else if (ev.key === 'Enter' && selected >= 0) { choose(selected); ev.preventDefault(); }
    else if (ev.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
};

/** The document view: the full text with the evidence sentence marked and scrolled to. */
parley.views.doc = async function (id, sentence) {
  const box = parley.$('doc');
  try {
    const d = await parley.api('/api/documents/' + encodeURIComponent(id));
    let html = '', at = 0;
    for (const s of d.sentences) {
      html += parley.esc(d.text.slice(at, s.start));
      const text = parley.esc(d.text.slice(s.start, s.end));
      html += String(s.index) === String(sentence) ? '<mark id="evidence">' + text + '</mark>' : text;
      at = s.end;
    }
    html += parley.esc(d.text.slice(at));
    box.innerHTML = '<h2>' + parley.esc(d.title || d.id) + '</h2><p class="muted">' + parley.esc(d.date)
      + (d.source ? ' &middot; ' + parley.esc(d.source) : '') + (d.url ? ' &middot; <a href="' + parley.esc(d.url) + '">' + parley.esc(d.url) + '</a>' : '')
      + ' &middot; ' + parley.esc(d.id) + '</p><div class="text">' + html + '</div>';
    const mark = parley.$('evidence');
    if (mark) mark.scrollIntoView({block: 'center'});
  } catch (err) {
    box.innerHTML = '<p class="error">' + parley.esc(err.message) + '</p>';
  }
};

parley.route = function () {
  const [view, ...args] = (location.hash.slice(1) || 'dyad').split('/').map(decodeURIComponent);
  const name = parley.views[view] ? view : 'dyad';
  document.querySelectorAll('.view').forEach(v => v.classList.toggle('active', v.id === 'view-' + name));
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === name));
  parley.views[name](...args);
};

window.addEventListener('hashchange', parley.route);
window.addEventListener('DOMContentLoaded', async () => {
  document.querySelectorAll('input.actor').forEach(parley.autocomplete);
  try {
    parley.status = await parley.api('/api/status');
    parley.$('status').textContent = parley.status.documents + ' documents · ' + parley.status.events + ' events'
      + (parley.status.first ? ' · ' + parley.status.first + ' to ' + parley.status.last : '');
  } catch (err) {
    parley.$('status').textContent = err.message;
  }
  parley.route();
});
