// Article page: hovering or clicking a highlight shows what was extracted and links to
// its claims. Data comes from a JSON block in the page; all text goes in via textContent.
(function () {
  "use strict";
  var dataEl = document.getElementById("marks-data");
  var text = document.getElementById("article-text");
  var panel = document.getElementById("detail");
  if (!dataEl || !text || !panel) return;
  var marks = JSON.parse(dataEl.textContent || "{}");
  var pinned = null;

  var LABELS = {
    quantity: "Quantity", source: "Source", cue: "Cue", content: "Content"
  };

  function el(tag, cls, txt) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt !== undefined && txt !== null) e.textContent = String(txt);
    return e;
  }

  function row(dl, name, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", null, name));
    dl.appendChild(el("dd", null, value));
  }

  function show(ids) {
    panel.replaceChildren();
    ids.forEach(function (id) {
      var m = marks[id];
      if (!m) return;
      var box = el("div", "mark-detail k-" + m.kind);
      box.dataset.mark = id;
      box.appendChild(el("h3", null, LABELS[m.kind] || m.kind));
      box.appendChild(el("q", "mark-text", m.text));
      var dl = el("dl");
      var d = m.detail || {};
      if (m.kind === "quantity") {
        row(dl, "Bounds", d.bounds);
        row(dl, "Unit", d.unit);
        row(dl, "Of what", d.concept);
      } else {
        row(dl, "Attribution", d.attribution);
        row(dl, "Source", d.source);
        row(dl, "Resolved", d.resolved_name ? d.resolution + " → " + d.resolved_name : d.resolution);
        row(dl, "Cue", d.cue);
        row(dl, "Stance", d.stance);
      }
      box.appendChild(dl);
      var links = el("p", "claim-links");
      (m.claims || []).forEach(function (cid) {
        var a = el("a", "claim-link", "Open claim " + cid + " →");
        a.href = "/claims/" + encodeURIComponent(cid);
        links.appendChild(a);
      });
      if (!(m.claims || []).length) links.appendChild(el("span", "dim", "Not part of a claim."));
      box.appendChild(links);
      panel.appendChild(box);
    });
    panel.hidden = !panel.childNodes.length;
  }

  function idsOf(target) {
    var mark = target && target.closest ? target.closest("mark.hl[data-ref]") : null;
    if (!mark) return null;
    // The most specific mark first, then the ones around it.
    var all = (mark.dataset.marks || "").split(" ").filter(Boolean).reverse();
    return { node: mark, ids: all };
  }

  function select(node) {
    text.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    if (node) node.classList.add("active");
  }

  text.addEventListener("mouseover", function (ev) {
    if (pinned) return;
    var hit = idsOf(ev.target);
    if (hit) show(hit.ids);
  });
  text.addEventListener("click", function (ev) {
    var hit = idsOf(ev.target);
    if (!hit) return;
    pinned = hit.node;
    select(hit.node);
    show(hit.ids);
  });
  text.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    var hit = idsOf(ev.target);
    if (!hit) return;
    ev.preventDefault();
    pinned = hit.node;
    select(hit.node);
    show(hit.ids);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { pinned = null; select(null); panel.hidden = true; }
  });
})();
