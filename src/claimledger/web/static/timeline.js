// Timeline page: claimed values as points (one colour per claimer or outlet) against the
// reference series as a line, drawn with the vendored Chart.js (no CDN).
(function () {
  "use strict";
  var dataEl = document.getElementById("timeline-data");
  var canvas = document.getElementById("timeline-chart");
  if (!dataEl || !canvas || typeof Chart === "undefined") return;
  var data = JSON.parse(dataEl.textContent || "{}");
  var DAY = 86400000;
  var COLOURS = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

  function t(date) { var v = Date.parse(date); return isNaN(v) ? null : v / DAY; }
  function num(v) { return typeof v === "number" && isFinite(v) ? v : null; }
  function label(p) {
    return (p.claimer || "unattributed") + (p.outlet ? " · " + p.outlet : "");
  }

  var groups = {};
  (data.points || []).forEach(function (p) {
    var x = t(p.date), y = num(p.value);
    if (y === null && num(p.low) !== null && num(p.high) !== null) y = (p.low + p.high) / 2;
    if (y === null) y = num(p.low) !== null ? p.low : num(p.high);
    if (x === null || y === null) return;
    var key = label(p);
    (groups[key] = groups[key] || []).push({ x: x, y: y, p: p });
  });
  var datasets = [];
  (data.series || []).forEach(function (line, i) {
    var pts = (line.points || []).map(function (p) {
      return Array.isArray(p) ? { x: t(p[0]), y: num(p[1]) } : { x: t(p.date), y: num(p.value) };
    }).filter(function (r) { return r.x !== null && r.y !== null; })
      .sort(function (a, b) { return a.x - b.x; });
    if (!pts.length) return;
    var grey = ["#333", "#888", "#555", "#aaa"][i % 4];
    datasets.push({
      type: "line", label: "reference: " + (line.name || line.id || "series"), data: pts,
      borderColor: grey, backgroundColor: grey, pointRadius: 0, borderWidth: 2, tension: 0
    });
  });
  // One colour per claimer, one marker shape per outlet.
  var SHAPES = ["circle", "triangle", "rect", "rectRot", "star", "crossRot"];
  var claimers = [], outlets = [];
  function index(list, v) { var i = list.indexOf(v); if (i < 0) { list.push(v); i = list.length - 1; } return i; }
  Object.keys(groups).sort().forEach(function (key) {
    var p = groups[key][0].p;
    var c = COLOURS[index(claimers, p.claimer || "") % COLOURS.length];
    var shape = SHAPES[index(outlets, p.outlet || "") % SHAPES.length];
    datasets.push({
      type: "scatter", label: key, data: groups[key], borderColor: c,
      backgroundColor: c, pointStyle: shape, pointRadius: 6, pointHoverRadius: 8
    });
  });

  function day(x) { return new Date(x * DAY).toISOString().slice(0, 10); }
  new Chart(canvas, {
    data: { datasets: datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: true,
      scales: {
        x: { type: "linear", title: { display: true, text: "date" }, ticks: { callback: day } },
        y: { title: { display: true, text: data.label || data.measure || "value" } }
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: function (ctx) {
              var raw = ctx.raw || {};
              var p = raw.p || {};
              if (!raw.p) return ctx.dataset.label + ": " + ctx.parsed.y.toLocaleString() + " on " + day(ctx.parsed.x);
              var who = (p.claimer || "unattributed") + (p.outlet ? " (" + p.outlet + ")" : "");
              return who + ": " + (p.claimed || ctx.parsed.y.toLocaleString()) + " on " + day(ctx.parsed.x);
            }
          }
        }
      },
      onClick: function (ev, elements) {
        if (!elements.length) return;
        var e = elements[0];
        var raw = datasets[e.datasetIndex].data[e.index];
        if (raw && raw.p && raw.p.claim_id) window.location.href = "/claims/" + encodeURIComponent(raw.p.claim_id);
      }
    }
  });
})();
