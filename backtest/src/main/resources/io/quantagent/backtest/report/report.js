/* Draws the report's charts from the inline JSON block; marks #render-status "ok" or "error". */
(function () {
  'use strict';
  var status = document.getElementById('render-status');
  var failed = false;

  function fail(message) {
    failed = true;
    status.setAttribute('data-status', 'error');
    status.textContent = 'Chart error: ' + message;
  }

  window.addEventListener('error', function (event) {
    fail(event.message || String(event));
  });

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function label(ms) {
    var d = new Date(ms);
    var text = d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' '
      + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
    return d.getUTCSeconds() ? text + ':' + pad(d.getUTCSeconds()) : text;
  }

  function money(value) {
    return value.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }

  var GREEN = '#2e7d32';
  var RED = '#c62828';

  function priceChart(element, instrument, windowBars) {
    var labels = instrument.time.map(label);
    var count = labels.length;
    var start = count > windowBars ? 100 * (1 - windowBars / count) : 0;
    var longEntries = [];
    var shortEntries = [];
    var exits = [];
    var stopLines = [];
    var targetLines = [];
    instrument.trades.forEach(function (t) {
      var entry = {value: [t.entryX, t.entryPrice], trade: t};
      (t.long ? longEntries : shortEntries).push(entry);
      exits.push({value: [t.exitX, t.exitPrice], trade: t,
        itemStyle: {color: t.netPnl > 0 ? GREEN : t.netPnl < 0 ? RED : '#616e7c'}});
      var to = Math.max(t.exitX, t.entryX + 1);
      if (t.stop !== null) {
        stopLines.push([{coord: [t.entryX, t.stop]}, {coord: [to, t.stop]}]);
      }
      if (t.target !== null) {
        targetLines.push([{coord: [t.entryX, t.target]}, {coord: [to, t.target]}]);
      }
    });

    function tradeTip(params) {
      var t = params.data.trade;
      var text = '#' + t.n + ' ' + (t.long ? 'long' : 'short') + ' ' + t.quantity;
      if (params.seriesName === 'Exit') {
        return text + '<br>exit ' + t.exitPrice + ' (' + t.reason.toLowerCase() + ')<br>net ' + money(t.netPnl);
      }
      return text + '<br>entry ' + t.entryPrice
        + (t.stop !== null ? '<br>stop ' + t.stop : '') + (t.target !== null ? '<br>target ' + t.target : '');
    }

    function levelSeries(name, color, lines) {
      return {
        name: name, type: 'line', data: [], itemStyle: {color: color},
        markLine: {silent: true, symbol: ['none', 'none'], label: {show: false}, animation: false,
          lineStyle: {color: color, type: 'dashed', width: 1.2}, data: lines}
      };
    }

    var chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      title: {text: instrument.name, left: 8, top: 0, textStyle: {fontSize: 14}},
      legend: {top: 0, right: 8, data: ['Price', 'Long entry', 'Short entry', 'Exit', 'Stop', 'Target']},
      tooltip: {trigger: 'item', confine: true},
      axisPointer: {link: [{xAxisIndex: 'all'}]},
      grid: [{left: 70, right: 60, top: 36, bottom: 150}, {left: 70, right: 60, height: 60, bottom: 60}],
      xAxis: [
        {type: 'category', data: labels, boundaryGap: true, axisLine: {onZero: false}, axisLabel: {show: false}},
        {type: 'category', gridIndex: 1, data: labels, boundaryGap: true}
      ],
      yAxis: [
        {scale: true, splitArea: {show: true}},
        {gridIndex: 1, scale: true, splitNumber: 2, axisLabel: {show: false}, splitLine: {show: false}}
      ],
      dataZoom: [
        {type: 'inside', xAxisIndex: [0, 1], start: start, end: 100},
        {type: 'slider', xAxisIndex: [0, 1], start: start, end: 100, bottom: 12, height: 26}
      ],
      series: [
        {name: 'Price', type: 'candlestick', data: instrument.candles, large: count > 5000, largeThreshold: 5000,
          itemStyle: {color: '#26a69a', color0: '#ef5350', borderColor: '#26a69a', borderColor0: '#ef5350'},
          tooltip: {trigger: 'axis'}},
        {name: 'Volume', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: instrument.volume, large: true,
          itemStyle: {color: '#9fb3c8'}},
        {name: 'Long entry', type: 'scatter', symbol: 'triangle', symbolSize: 13, data: longEntries,
          itemStyle: {color: GREEN, borderColor: '#fff', borderWidth: 1}, z: 5, tooltip: {formatter: tradeTip}},
        {name: 'Short entry', type: 'scatter', symbol: 'triangle', symbolRotate: 180, symbolSize: 13,
          data: shortEntries, itemStyle: {color: RED, borderColor: '#fff', borderWidth: 1}, z: 5,
          tooltip: {formatter: tradeTip}},
        {name: 'Exit', type: 'scatter', symbol: 'diamond', symbolSize: 12, data: exits,
          itemStyle: {color: '#616e7c', borderColor: '#fff', borderWidth: 1}, z: 5, tooltip: {formatter: tradeTip}},
        levelSeries('Stop', RED, stopLines),
        levelSeries('Target', GREEN, targetLines)
      ]
    });
    return chart;
  }

  var BASELINE_COLOURS = ['#6d4c41', '#8e24aa', '#ef6c00', '#00897b', '#546e7a'];

  function equityCharts(equity, startingCash, baselines) {
    var points = equity.time.map(function (t, i) { return [t, equity.equity[i]]; });
    var baselineSeries = (baselines || []).map(function (baseline, b) {
      return {name: baseline.name, type: 'line', showSymbol: false, sampling: 'lttb',
        data: baseline.time.map(function (t, i) { return [t, baseline.equity[i]]; }),
        lineStyle: {width: 1, type: 'dashed', color: BASELINE_COLOURS[b % BASELINE_COLOURS.length]},
        itemStyle: {color: BASELINE_COLOURS[b % BASELINE_COLOURS.length]}};
    });
    var drawdown = equity.time.map(function (t, i) { return [t, 100 * equity.drawdown[i]]; });
    var timeAxis = {type: 'time', axisLabel: {hideOverlap: true, formatter: {year: '{yyyy}', month: '{yyyy}-{MM}',
      day: '{MM}-{dd}', hour: '{HH}:{mm}', minute: '{HH}:{mm}', second: '{HH}:{mm}:{ss}'}}};
    var zoom = [{type: 'inside', start: 0, end: 100}];
    var equityChart = echarts.init(document.getElementById('equity'), null, {renderer: 'canvas'});
    equityChart.setOption({
      animation: false,
      useUTC: true,
      title: {text: 'Equity', left: 8, top: 0, textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return money(v); }},
      grid: {left: 80, right: 60, top: 32, bottom: 28},
      xAxis: timeAxis,
      yAxis: {scale: true, axisLabel: {formatter: function (v) { return money(v); }}},
      dataZoom: zoom,
      legend: baselineSeries.length ? {top: 0, right: 60} : {show: false},
      series: [{name: baselineSeries.length ? 'This run' : 'Equity', type: 'line', data: points, showSymbol: false,
        sampling: 'lttb', lineStyle: {width: 1.5, color: '#1565c0'}, itemStyle: {color: '#1565c0'},
        areaStyle: {opacity: 0.06, color: '#1565c0'},
        markLine: {silent: true, symbol: ['none', 'none'], label: {formatter: 'start', position: 'insideEndTop'},
          lineStyle: {color: '#9aa5b1', type: 'dashed'}, data: [{yAxis: startingCash}]}}].concat(baselineSeries)
    });
    var drawdownChart = echarts.init(document.getElementById('drawdown'), null, {renderer: 'canvas'});
    drawdownChart.setOption({
      animation: false,
      useUTC: true,
      title: {text: 'Drawdown', left: 8, top: 0, textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return v.toFixed(2) + ' %'; }},
      grid: {left: 80, right: 60, top: 32, bottom: 28},
      xAxis: timeAxis,
      yAxis: {max: 0, axisLabel: {formatter: '{value} %'}},
      dataZoom: zoom,
      series: [{name: 'Drawdown', type: 'line', data: drawdown, showSymbol: false, sampling: 'lttb',
        lineStyle: {width: 1, color: RED}, areaStyle: {opacity: 0.25, color: RED}}]
    });
    echarts.connect([equityChart, drawdownChart]);
    return [equityChart, drawdownChart];
  }

  try {
    var data = JSON.parse(document.getElementById('report-data').textContent);
    var charts = [];
    data.instruments.forEach(function (instrument, i) {
      charts.push(priceChart(document.getElementById('price-' + i), instrument, data.initialWindowBars));
    });
    charts = charts.concat(equityCharts(data.equity, data.startingCash, data.baselines));
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
    if (!failed) {
      status.setAttribute('data-status', 'ok');
      status.setAttribute('data-charts', String(charts.length));
      status.textContent = 'Charts drawn: ' + charts.length + '.';
    }
  } catch (e) {
    fail(e && e.message ? e.message : String(e));
  }
})();
