// Dyad view: a pair's cooperation and conflict per period, detected shifts marked, a period's events on click.
'use strict';
(function () {
  const $ = parley.$;
  let chart = null, current = null;

  function periodEnd(start, by) {
    const d = new Date(start + 'T00:00:00Z');
    if (by === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
    else if (by === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }

  const label = (start, by) => by === 'year' ? start.slice(0, 4) : by === 'month' ? start.slice(0, 7) : start;

  async function show(a, b, by, span) {
    $('dyad-a').value = a; $('dyad-b').value = b; $('dyad-by').value = by; $('dyad-window').value = span;
    $('dyad-events').innerHTML = ''; $('dyad-events-title').textContent = ''; $('dyad-shifts').innerHTML = '';
    let series, shifts;
    try {
      [series, shifts] = await Promise.all([
        parley.api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '?by=' + by),
        parley.api('/api/dyads/' + encodeURIComponent(a) + '/' + encodeURIComponent(b) + '/shifts?min_events=2&window=' + span)]);
    } catch (err) {
      $('dyad-summary').innerHTML = '<span class="error">' + parley.esc(err.message) + '</span>';
      if (chart) chart.clear();
      return;
    }
    current = {a, b, by, series};
    const p = series.series;
    const coop = p.reduce((n, x) => n + x.verbal_coop + x.material_coop, 0);
    $('dyad-summary').textContent = series.events + ' events between ' + series.a.query + ' and ' + series.b.query
      + ' (' + coop + ' cooperative, ' + (series.events - coop) + ' conflictual), by ' + by + '. Click a bar for its events.';
    const labels = p.map(x => label(x.start, by));
    const marks = shifts.shifts.map(s => ({
      xAxis: label(s.split, by),
      // Short marks: neighbouring months often both test as turning points; the chips below name them.
      label: {formatter: s.direction === 'rapprochement' ? '▲' : '▼'},
      lineStyle: {color: s.direction === 'rapprochement' ? '#2e9d6a' : '#d1495b', type: 'dashed', width: 2}
    })).filter(m => labels.includes(m.xAxis));
    $('dyad-shifts').innerHTML = shifts.shifts.map(s => '<span class="shift ' + (s.direction === 'rapprochement' ? 'up' : 'down') + '">'
      + parley.esc(s.split.slice(0, 7)) + ' ' + parley.esc(s.direction) + ' (effect ' + s.effect_rank_biserial.toFixed(2)
      + ', q ' + s.q.toPrecision(2) + ')</span>').join('');
    if (!chart) {
      chart = echarts.init($('dyad-chart'));
      // A click anywhere in a period's column lists its events, not only on a bar (a quiet month has none).
      chart.getZr().on('click', ev => {
        const at = [ev.offsetX, ev.offsetY];
        if (!chart.containPixel('grid', at)) return;
        const i = chart.convertFromPixel({gridIndex: 0}, at)[0];
        if (current && i >= 0 && i < current.series.series.length) listPeriod(i);
      });
      window.addEventListener('resize', () => chart.resize());
    }
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {top: 4},
      grid: {left: 50, right: 50, top: 40, bottom: 60},
      xAxis: {type: 'category', data: labels},
      yAxis: [{type: 'value', name: 'events'}, {type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: {show: false}}],
      dataZoom: labels.length > 36 ? [{type: 'slider', bottom: 8}] : [],
      series: [
        {name: 'verbal cooperation', type: 'bar', stack: 'e', color: '#7cc9a3', data: p.map(x => x.verbal_coop)},
        {name: 'material cooperation', type: 'bar', stack: 'e', color: '#2e9d6a', data: p.map(x => x.material_coop)},
        // Conflict is drawn below the axis; the tooltip gives its counts as counts.
        {name: 'verbal conflict', type: 'bar', stack: 'e', color: '#f0a0a9', data: p.map(x => -x.verbal_conflict),
          tooltip: {valueFormatter: v => Math.abs(v)}},
        {name: 'material conflict', type: 'bar', stack: 'e', color: '#d1495b', data: p.map(x => -x.material_conflict),
          tooltip: {valueFormatter: v => Math.abs(v)},
          markLine: {symbol: 'none', data: marks}},
        {name: 'mean Goldstein', type: 'line', yAxisIndex: 1, color: '#3563e9', connectNulls: false,
          data: p.map(x => x.events ? +x.goldstein_mean.toFixed(2) : null)}
      ]
    }, true);
  }

  async function listPeriod(i) {
    const period = current.series.series[i];
    const from = period.start, to = periodEnd(period.start, current.by);
    $('dyad-events-title').textContent = 'Events ' + label(from, current.by) + ' (' + period.events + ')';
    const list = $('dyad-events');
    list.innerHTML = '';
    const found = await parley.api('/api/dyads/' + encodeURIComponent(current.a) + '/' + encodeURIComponent(current.b)
      + '/events?from=' + from + '&to=' + to);
    found.events.forEach(e => list.appendChild(parley.eventItem(e)));
    list.scrollIntoView({block: 'nearest'});
  }
  parley.dyadPeriod = listPeriod;

  $('dyad-form').addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = ['dyad', $('dyad-a').value.trim(), $('dyad-b').value.trim(), $('dyad-by').value, $('dyad-window').value]
      .map(encodeURIComponent).join('/');
  });

  parley.views.dyad = function (a, b, by, span) {
    if (!a || !b) {
      const top = parley.status && parley.status.top_dyads && parley.status.top_dyads[0];
      a = $('dyad-a').value || (top ? top.a : 'RUS');
      b = $('dyad-b').value || (top ? top.b : 'USA');
    }
    show(a, b, by || 'month', span || '6m').then(() => chart && chart.resize());
  };
})();
