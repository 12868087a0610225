/* kg map page: draws the embedded graph with vis-network, no physics.
 * Document text only ever reaches the page through textContent / createTextNode
 * (and vis-network draws labels on a canvas), never through innerHTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function tooltip(rows) {
    var box = document.createElement("div");
    box.className = "kg-tip";
    rows.forEach(function (row) {
      var line = document.createElement("div");
      line.className = row[2] ? "kg-tip-row kg-tip-" + row[2] : "kg-tip-row";
      var key = document.createElement("span");
      key.className = "kg-tip-key";
      key.textContent = row[0];
      var value = document.createElement("span");
      value.className = "kg-tip-value";
      value.textContent = row[1];
      line.appendChild(key);
      line.appendChild(value);
      box.appendChild(line);
    });
    return box;
  }

  var fallback = { color: "#6b7280", shape: "dot" };
  var nodes = new vis.DataSet(
    data.nodes.map(function (n) {
      var style = data.styles[n.style] || fallback;
      return {
        id: n.id,
        label: n.label,
        x: n.x,
        y: n.y,
        size: n.size,
        font: { size: Math.round(Math.max(12, Math.min(20, 9 + n.size / 2.5))) },
        shape: style.shape,
        color: {
          background: style.color,
          border: "#334155",
          highlight: { background: style.color, border: "#0f172a" },
          hover: { background: style.color, border: "#0f172a" },
        },
        title: tooltip(n.tip),
        style: n.style,
        href: n.href || null,
        search: n.search,
      };
    })
  );
  var edges = new vis.DataSet(
    data.edges.map(function (e, i) {
      return { id: i, from: e.from, to: e.to, title: e.title, width: e.width, label: e.label };
    })
  );
  var hidden = {};
  var view = new vis.DataView(nodes, {
    filter: function (n) {
      return !hidden[n.style];
    },
  });
  var big = data.edges.length > 3000 || data.nodes.length > 1500;
  var options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: true,
      tooltipDelay: 120,
      hideEdgesOnDrag: big,
      hideEdgesOnZoom: big,
      multiselect: true,
      navigationButtons: false,
      keyboard: false,
    },
    nodes: {
      borderWidth: 1,
      font: { size: 13, face: "system-ui, sans-serif", color: "#0f172a", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 7 } },
    },
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.35 } },
      color: { color: "#94a3b8", highlight: "#0f172a", hover: "#334155", opacity: 0.7 },
      selectionWidth: 1.5,
      font: { size: 10, color: "#64748b", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
    },
  };
  var container = document.getElementById("kg-map");
  var network = new vis.Network(container, { nodes: view, edges: edges }, options);

  Array.prototype.forEach.call(document.querySelectorAll("input[data-style]"), function (box) {
    box.addEventListener("change", function () {
      hidden[box.getAttribute("data-style")] = !box.checked;
      view.refresh();
    });
  });

  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  var timer = null;
  function runSearch() {
    var query = search.value.trim().toLowerCase();
    if (!query) {
      network.unselectAll();
      status.textContent = "";
      return;
    }
    var ids = view.getIds({
      filter: function (n) {
        return n.search.indexOf(query) !== -1;
      },
    });
    network.selectNodes(ids);
    status.textContent = ids.length + " " + data.text.matches;
    if (ids.length) {
      network.fit({ nodes: ids, maxZoomLevel: 1.5, animation: false });
    }
  }
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 150);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(timer);
      runSearch();
    }
  });

  network.on("click", function (params) {
    if (params.nodes.length !== 1) return;
    var node = nodes.get(params.nodes[0]);
    if (node && node.href) window.location.href = node.href;
  });
  network.on("hoverNode", function (params) {
    var node = nodes.get(params.node);
    container.style.cursor = node && node.href ? "pointer" : "default";
  });
  network.on("blurNode", function () {
    container.style.cursor = "default";
  });
  network.once("afterDrawing", function () {
    window.kgReadyAt = performance.now();
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  });

  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgView = view;
})();
