/* kg map page: draws the embedded graph with vis-network, no physics.
 * Document text only ever reaches the page through textContent / createTextNode
 * (and vis-network draws labels on a canvas), never through innerHTML.
 *
 * Readability: the map opens fitted to the window; labels are drawn at a fixed
 * size on screen and only where they overlap no other label (the focal entity
 * and the most connected nodes first), recomputed after each zoom or pan; a map
 * with more than LIMIT nodes opens with its most numerous kinds hidden and a
 * button to show them. Hover changes nothing on the canvas (no redraw): only
 * the tooltip, a DOM element, appears. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var LIMIT = 150; // nodes shown at first
  var LABEL_PX = 13; // label size on screen, in CSS pixels
  var EDGE_PX = 11;

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

  var served = /^https?:$/.test(window.location.protocol) && !!data.base;
  function target(n) {
    var finding = n.style.indexOf("finding") === 0;
    if (!finding && served && n.id.indexOf(data.base) === 0) {
      return "/" + n.id.slice(data.base.length);
    }
    return n.href || null;
  }

  var fallback = { color: "#6b7280", shape: "dot" };
  var info = {}; // id → {label, size, focus, style, rank}
  var nodes = new vis.DataSet(
    data.nodes.map(function (n, i) {
      var style = data.styles[n.style] || fallback;
      info[n.id] = { label: n.label, size: n.size, focus: !!n.focus, style: n.style, order: i };
      return {
        id: n.id,
        label: "",
        x: n.x,
        y: n.y,
        size: n.focus ? Math.max(n.size, 18) : n.size,
        borderWidth: n.focus ? 4 : 1,
        shape: style.shape,
        color: {
          background: style.color,
          border: n.focus ? "#0f172a" : "#334155",
          highlight: { background: style.color, border: "#0f172a" },
          hover: { background: style.color, border: "#0f172a" },
        },
        title: tooltip(n.tip),
        style: n.style,
        href: target(n),
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
  var dropped = {}; // single nodes left out of a large map's first view
  var view = new vis.DataView(nodes, {
    filter: function (n) {
      return !hidden[n.style] && !dropped[n.id];
    },
  });
  var big = data.edges.length > 3000 || data.nodes.length > 1500;
  var options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: false, // hover highlighting redraws the whole canvas; tooltips work without it
      tooltipDelay: 120,
      hideEdgesOnDrag: big,
      hideEdgesOnZoom: big,
      multiselect: true,
      navigationButtons: false,
      keyboard: { enabled: true, bindToWindow: false },
    },
    nodes: {
      font: { size: LABEL_PX, face: "system-ui, sans-serif", color: "#0f172a", strokeWidth: 4, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: 1 } },
    },
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.35 } },
      color: { color: "#94a3b8", highlight: "#0f172a", hover: "#334155", opacity: 0.7 },
      selectionWidth: 1.5,
      font: { size: EDGE_PX, color: "#475569", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
    },
  };
  var container = document.getElementById("kg-map");
  var network = new vis.Network(container, { nodes: view, edges: edges }, options);
  var measure = document.createElement("canvas").getContext("2d");

  /* Labels: one size on screen, none overlapping, none outside the window. */
  function priority(a, b) {
    var x = info[a], y = info[b];
    if (x.focus !== y.focus) return x.focus ? -1 : 1;
    var fx = x.style.indexOf("finding") === 0, fy = y.style.indexOf("finding") === 0;
    if (fx !== fy) return fx ? 1 : -1;
    return y.size - x.size || x.order - y.order;
  }

  function labelBox(id, fontSize, scale) {
    var pos = network.getPositions([id])[id];
    measure.font = fontSize + "px system-ui, sans-serif";
    var width = measure.measureText(info[id].label).width;
    var half = nodes.get(id).size;
    var pad = fontSize * 0.35 + 2 / scale;
    return {
      left: pos.x - width / 2 - pad,
      right: pos.x + width / 2 + pad,
      top: pos.y + half,
      bottom: pos.y + half + fontSize * 1.9 + 6 / scale,
    };
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  function declutter() {
    var scale = network.getScale();
    var fontSize = LABEL_PX / scale;
    var topLeft = network.DOMtoCanvas({ x: 0, y: 0 });
    var bottomRight = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    var placed = [];
    var shown = [];
    var updates = [];
    view.getIds().sort(priority).forEach(function (id) {
      var box = labelBox(id, fontSize, scale);
      var inside =
        box.left >= topLeft.x && box.right <= bottomRight.x && box.top >= topLeft.y && box.bottom <= bottomRight.y;
      var keep = inside && !placed.some(function (other) { return overlaps(box, other); });
      if (keep) {
        placed.push(box);
        shown.push(id);
      }
      var font = { size: fontSize, bold: info[id].focus };
      updates.push({ id: id, label: keep ? info[id].label : "", font: font });
    });
    nodes.update(updates);
    edges.update(
      edges.get({ filter: function (e) { return !!e.label; } }).map(function (e) {
        return { id: e.id, font: { size: EDGE_PX / scale } };
      })
    );
    window.kgLabelled = shown;
  }

  function refit() {
    network.fit({ nodes: view.getIds(), animation: false });
    // A margin, so the shapes at the edges stay whole and their labels have room.
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    declutter();
  }

  var timer = null;
  function later(fn) {
    clearTimeout(timer);
    timer = setTimeout(fn, 150);
  }
  network.on("zoom", function () { later(declutter); });
  network.on("dragEnd", function () { later(declutter); });
  window.addEventListener("resize", function () { later(refit); });

  /* Legend filter, and the first view of a large map. */
  var boxes = {};
  Array.prototype.forEach.call(document.querySelectorAll("input[data-style]"), function (box) {
    boxes[box.getAttribute("data-style")] = box;
    box.addEventListener("change", function () {
      hidden[box.getAttribute("data-style")] = !box.checked;
      view.refresh();
      refit();
    });
  });

  var notice = document.getElementById("kg-filtered");
  function openFiltered() {
    var count = {};
    data.nodes.forEach(function (n) { count[n.style] = (count[n.style] || 0) + 1; });
    var focusStyle = data.nodes.filter(function (n) { return n.focus; }).map(function (n) { return n.style; });
    var visible = data.nodes.length;
    // Hide the kinds a reader needs least first: neutral findings before negative ones.
    var first = ["finding-neutral", "finding", "topic", "finding-mixed", "finding-positive", "place", "finding-negative"];
    var names = Object.keys(count).sort(function (a, b) {
      var x = first.indexOf(a), y = first.indexOf(b);
      x = x === -1 ? first.length : x;
      y = y === -1 ? first.length : y;
      return x - y || count[b] - count[a] || (a < b ? -1 : 1);
    });
    var off = [];
    names.forEach(function (name) {
      if (visible <= LIMIT || focusStyle.indexOf(name) !== -1) return;
      if (visible - count[name] >= LIMIT / 2) {
        hidden[name] = true;
        if (boxes[name]) boxes[name].checked = false;
        visible -= count[name];
      } else {
        // Hiding the whole kind would leave too little: leave out its least connected nodes.
        data.nodes
          .filter(function (n) { return n.style === name; })
          .sort(function (a, b) { return a.size - b.size || info[a.id].order - info[b.id].order; })
          .slice(0, visible - LIMIT)
          .forEach(function (n) { dropped[n.id] = true; visible -= 1; });
      }
      off.push(name);
    });
    if (!off.length || !notice) return;
    view.refresh();
    document.getElementById("kg-filtered-text").textContent = data.text.filtered
      .replace("{shown}", visible)
      .replace("{total}", data.nodes.length)
      .replace("{hidden}", off.map(function (name) {
        var label = boxes[name] && boxes[name].parentNode.textContent;
        return (label || name).trim();
      }).join(", "));
    notice.hidden = false;
    document.getElementById("kg-show-all").addEventListener("click", function () {
      Object.keys(hidden).forEach(function (name) {
        hidden[name] = false;
        if (boxes[name]) boxes[name].checked = true;
      });
      dropped = {};
      view.refresh();
      notice.hidden = true;
      refit();
    });
  }

  /* Search. */
  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  var searchTimer = null;
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
      declutter();
    }
  }
  search.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 150);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(searchTimer);
      runSearch();
    }
  });

  /* Every node leads somewhere: its page when served, else its source sentence. */
  network.on("click", function (params) {
    if (params.nodes.length !== 1) return;
    var node = nodes.get(params.nodes[0]);
    if (node && node.href) window.location.href = node.href;
  });
  network.on("showPopup", function (id) {
    var node = nodes.get(id);
    container.style.cursor = node && node.href ? "pointer" : "default";
  });
  network.on("hidePopup", function () {
    container.style.cursor = "default";
  });

  openFiltered();
  refit();
  network.once("afterDrawing", function () {
    window.kgReadyAt = performance.now();
    window.kgReady = true;
    document.body.setAttribute("data-ready", "1");
  });
  network.redraw();

  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgView = view;
  window.kgDeclutter = declutter;
})();
