// Draws an indicator's figures, its target and the path still required, from the page's data-chart.
(function () {
  var el = document.getElementById('chart');
  if (!el || !window.echarts) {
    return;
  }
  var d = JSON.parse(el.getAttribute('data-chart'));
  // The colours and dashes are those of the legend under the chart (portal.css): figures first.
  var series = [{
    name: d.names.figures, type: 'line', data: d.figures, symbol: 'circle', symbolSize: 9, color: '#1f5fa8',
    lineStyle: { width: 3 }, label: { show: true }
  }];
  function flat(name, value, colour) {
    series.push({ name: name, type: 'line', data: [[d.from, value], [d.to, value]], symbol: 'none', color: colour,
      lineStyle: { type: 'dashed', width: 2 } });
  }
  if (d.lower != null) {
    flat(d.names.lower, d.lower, '#2e7d32');
  }
  if (d.upper != null) {
    flat(d.names.upper, d.upper, '#6a1b9a');
  }
  if (d.required) {
    series.push({ name: d.names.required, type: 'line', data: d.required, symbol: 'triangle', symbolSize: 9,
      color: '#c2410c', lineStyle: { type: 'dotted', width: 2 } });
  }
  var chart = echarts.init(el);
  chart.setOption({
    animation: false,
    grid: { left: 48, right: 16, top: 32, bottom: 32 },
    xAxis: { type: 'value', min: d.from, max: d.to, interval: 1, axisLabel: { formatter: function (v) { return String(v); } } },
    yAxis: { type: 'value', name: d.unit, scale: true },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
