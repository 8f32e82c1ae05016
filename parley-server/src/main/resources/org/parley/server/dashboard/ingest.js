// Ingest view: paste an article or upload a file; documents are sent a few at a time so coding can be watched.
'use strict';
(function () {
  const $ = parley.$;
  const BATCH = 5;

  function headers() {
    const h = {'Content-Type': 'application/x-ndjson'};
    const token = $('ingest-token').value || sessionStorage.getItem('parley-token');
    if (token) { h.Authorization = 'Bearer ' + token; sessionStorage.setItem('parley-token', token); }
    return h;
  }

  async function documentsToSend() {
    const file = $('ingest-file').files[0];
    if (file) {
      const text = await file.text();
      if (/\.txt$/i.test(file.name)) {
        return [{id: $('ingest-id').value || file.name.replace(/\.[^.]+$/, ''), date: $('ingest-date').value, text,
          title: $('ingest-title').value || undefined}];
      }
      return text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
    }
    const text = $('ingest-text').value.trim();
    if (!text) throw new Error('paste an article or choose a file');
    return [{id: $('ingest-id').value || 'pasted-' + Date.now(), date: $('ingest-date').value, text,
      title: $('ingest-title').value || undefined}];
  }

  async function ingest() {
    const list = $('ingest-events');
    list.innerHTML = '';
    $('ingest-summary').textContent = '';
    let docs;
    try {
      docs = await documentsToSend();
    } catch (err) {
      $('ingest-summary').innerHTML = '<span class="error">' + parley.esc(err.message) + '</span>';
      return;
    }
    $('ingest-progress').hidden = false;
    $('ingest-bar').max = docs.length;
    let done = 0, events = 0;
    for (let i = 0; i < docs.length; i += BATCH) {
      const batch = docs.slice(i, i + BATCH);
      $('ingest-count').textContent = 'coding ' + (done + 1) + '-' + (done + batch.length) + ' of ' + docs.length + ' ...';
      try {
        const result = await parley.api('/api/documents', {method: 'POST', headers: headers(),
          body: batch.map(d => JSON.stringify(d)).join('\n')});
        for (const d of result.coded) {
          d.events.forEach(e => list.appendChild(parley.eventItem(e)));
        }
        events += result.events;
      } catch (err) {
        $('ingest-summary').innerHTML = '<span class="error">' + parley.esc(err.message) + '</span>';
        break;
      }
      done += batch.length;
      $('ingest-bar').value = done;
    }
    $('ingest-count').textContent = done + ' of ' + docs.length + ' document(s) coded';
    if (done === docs.length) {
      $('ingest-summary').textContent = 'Stored ' + done + ' document(s) with ' + events + ' event(s).';
    }
  }

  $('ingest-form').addEventListener('submit', ev => { ev.preventDefault(); ingest(); });

  parley.views.ingest = function () {
    if (!$('ingest-date').value) $('ingest-date').value = new Date().toISOString().slice(0, 10);
    $('ingest-token-label').hidden = !(parley.status && parley.status.writes === 'token');
  };
})();
