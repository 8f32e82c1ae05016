// Network view: the actor graph of a period; node colour is the bloc, edge colour cooperation (green) or conflict (red).
'use strict';
(function () {
  const $ = parley.$;
  const BLOC_COLOURS = ['#3563e9', '#e07a1f', '#8e44ad', '#16a085', '#c0392b', '#2c3e50', '#d4ac0d', '#7f8c8d', '#1abc9c', '#e84393'];
  let cy = null;

  async function draw(from, to, min) {
    const q = new URLSearchParams();
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    q.set('min_events', min || 1);
    let net;
    try {
      net = await parley.api('/api/network?' + q);
    } catch (err) {
      $('network-summary').innerHTML = '<span class="error">' + parley.esc(err.message) + '</span>';
      return;
    }
    const maxRank = Math.max(...net.nodes.map(n => n.page_rank), 0.0001);
    $('network-summary').textContent = net.nodes.length + ' actors, ' + net.edges.length + ' ties, ' + net.blocs
      + ' blocs (modularity ' + net.modularity.toFixed(2) + '). Node size is PageRank; colour is the bloc.';
    const elements = net.nodes.map(n => ({data: {id: n.id, label: n.name, bloc: n.bloc, size: 14 + 40 * n.page_rank / maxRank,
        colour: BLOC_COLOURS[n.bloc % BLOC_COLOURS.length], node: n}}))
      .concat(net.edges.map(e => ({data: {id: e.a + '~' + e.b, source: e.a, target: e.b,
        colour: e.cooperation >= e.conflict ? '#2e9d6a' : '#d1495b', kind: e.cooperation >= e.conflict ? 'cooperation' : 'conflict',
        width: 1.5 + Math.min(8, Math.sqrt(e.cooperation + e.conflict) * 1.5), edge: e}})));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('network-graph'),
      elements,
      style: [
        {selector: 'node', style: {'background-color': 'data(colour)', label: 'data(label)', width: 'data(size)', height: 'data(size)',
          'font-size': 10, color: '#1d2433', 'text-valign': 'bottom', 'text-margin-y': 3}},
        {selector: 'edge', style: {'line-color': 'data(colour)', width: 'data(width)', opacity: 0.75, 'curve-style': 'bezier'}},
        {selector: ':selected', style: {'border-width': 3, 'border-color': '#1d2433'}}
      ],
      layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, numIter: 1500}
    });
    parley.network = {cy, data: net};
    cy.on('tap', 'node', ev => {
      const n = ev.target.data('node');
      $('network-side').innerHTML = '<h3>' + parley.esc(n.name) + ' <small class="muted">' + parley.esc(n.id) + '</small></h3>'
        + '<p>Bloc ' + n.bloc + ' &middot; ' + n.cooperation + ' cooperative, ' + n.conflict + ' conflictual events<br>PageRank '
        + n.page_rank.toFixed(3) + ' &middot; betweenness ' + n.betweenness.toFixed(1) + '</p>';
    });
    cy.on('tap', 'edge', ev => {
      const e = ev.target.data('edge');
      $('network-side').innerHTML = '<h3>' + parley.esc(e.a) + ' &ndash; ' + parley.esc(e.b) + '</h3><p>' + e.cooperation
        + ' cooperative, ' + e.conflict + ' conflictual events, Goldstein sum ' + e.goldstein_sum.toFixed(1) + '</p>'
        + '<p><a href="#dyad/' + encodeURIComponent(e.a) + '/' + encodeURIComponent(e.b) + '">dyad chart</a> &middot; '
        + '<a href="#brief/' + encodeURIComponent(e.a) + '/' + encodeURIComponent(e.b) + '">brief</a></p>';
    });
  }

  $('network-form').addEventListener('submit', ev => {
    ev.preventDefault();
    draw($('network-from').value, $('network-to').value, $('network-min').value);
  });

  parley.views.network = function () {
    if (!cy) draw($('network-from').value, $('network-to').value, $('network-min').value);
    else cy.resize();
  };
})();
