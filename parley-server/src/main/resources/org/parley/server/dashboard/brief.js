// Brief view: what is behind a relationship, each claim with a link to its evidence sentence.
'use strict';
(function () {
  const $ = parley.$, esc = parley.esc;

  const cite = ev => ev ? '<a class="cite" href="#doc/' + encodeURIComponent(ev.docId) + '/' + ev.sentence + '" title="'
    + esc(ev.text) + '">' + esc(ev.docId) + ' &sect;' + ev.sentence + '</a>' : '';
  const list = items => items.length ? '<ul>' + items.join('') + '</ul>' : '<p class="muted">Nothing found.</p>';

  function render(b) {
    const timeline = b.timeline.map(t => '<li><b>' + esc(t.date) + '</b> ' + esc(t.source) + ' &rarr; ' + esc(t.target || '-')
      + ': ' + esc(t.action) + ' <span class="' + (t.goldstein >= 0 ? 'q1' : 'q4') + '">(' + (t.goldstein > 0 ? '+' : '') + t.goldstein + ')</span>'
      + (t.place ? ' in ' + esc(t.place) : '') + (t.mentions > 1 ? ' &middot; ' + t.mentions + ' reports' : '') + cite(t.evidence) + '</li>');
    const aims = items => list(items.map(s => '<li><i>' + esc(s.holder) + '</i> ' + esc(s.cue) + ' ' + esc(s.content) + cite(s.evidence) + '</li>'));
    const issues = b.issues.map(i => '<li><b>' + esc(i.issue) + '</b>: ' + (i.agreement ? 'they agree' : 'they differ') + ' &ndash; '
      + esc(i.basis) + list(i.positions.map(p => '<li>' + esc(p.side) + ' (' + esc(p.holder) + ') ' + esc(p.stance) + cite(p.evidence) + '</li>')) + '</li>');
    const thirds = b.thirdParties.map(t => '<li><b>' + esc(t.name) + '</b> <small class="muted">' + esc(t.code) + '</small>: acts with them in '
      + t.together + ', alongside in ' + t.alongside + ' sentence(s)' + cite(t.example) + '</li>');
    $('brief').innerHTML = '<h1>' + esc(b.a) + ' and ' + esc(b.b) + '</h1>'
      + '<p class="muted">From ' + b.documents + ' document(s) naming both. ' + esc(b.matchA || '') + ' &middot; ' + esc(b.matchB || '') + '</p>'
      + '<h2>Trend</h2>' + list(b.trend.map(t => '<li>' + esc(t) + '</li>'))
      + '<h2>Interactions</h2>' + list(timeline)
      + '<h2>What ' + esc(b.a) + ' wants</h2>' + aims(b.aimsA)
      + '<h2>What ' + esc(b.b) + ' wants</h2>' + aims(b.aimsB)
      + '<h2>Agreements and disagreements</h2>' + list(issues)
      + '<h2>Third parties</h2>' + list(thirds);
  }

  $('brief-form').addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = ['brief', $('brief-a').value.trim(), $('brief-b').value.trim()].map(encodeURIComponent).join('/');
  });

  parley.views.brief = async function (a, b) {
    a = a || $('brief-a').value || $('dyad-a').value;
    b = b || $('brief-b').value || $('dyad-b').value;
    if (!a || !b) return;
    $('brief-a').value = a; $('brief-b').value = b;
    $('brief').innerHTML = '<p class="muted">Reading ...</p>';
    try {
      render(await parley.api('/api/brief/' + encodeURIComponent(a) + '/' + encodeURIComponent(b)));
    } catch (err) {
      $('brief').innerHTML = '<p class="error">' + esc(err.message) + '</p>';
    }
  };
})();
