/* kg query editor: library picker with parameter fields, runs through /query.
 * Results reach the page only through textContent (never innerHTML). */
(function () {
  "use strict";
  var form = document.getElementById("kg-editor");
  var picker = document.getElementById("kg-library");
  var doc = document.getElementById("kg-library-doc");
  var fields = document.getElementById("kg-params");
  var textarea = document.getElementById("kg-query");
  var errorBox = document.getElementById("kg-error");
  var status = document.getElementById("kg-status");
  var results = document.getElementById("kg-results");
  var downloads = document.getElementById("kg-downloads");
  var library = {};
  var loaded = null; // text of the library query as loaded
  var last = null; // last SELECT result (SPARQL JSON)

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    status.textContent = "";
  }

  fetch("/api/queries", { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (list) {
      list.forEach(function (q) { library[q.name] = q; });
      document.body.setAttribute("data-library", String(list.length));
      var wanted = new URLSearchParams(window.location.search).get("name");
      if (wanted && library[wanted]) {
        picker.value = wanted;
        choose();
      }
    })
    .catch(function () { showError("Could not load the query library."); });

  function choose() {
    var q = library[picker.value];
    clear(fields);
    if (!q) {
      fields.hidden = true;
      doc.textContent = "";
      loaded = null;
      return;
    }
    textarea.value = q.text;
    loaded = q.text;
    doc.textContent = q.description || q.summary || "";
    if (!q.params.length) {
      fields.hidden = true;
      return;
    }
    var legend = document.createElement("legend");
    legend.textContent = "Parameters";
    fields.appendChild(legend);
    q.params.forEach(function (p) {
      var id = "kg-param-" + p.name;
      var label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = p.name + " (" + p.type + (p.required && !p.default ? ", required" : "") + ")";
      var input = document.createElement("input");
      input.id = id;
      input.name = p.name;
      input.type = "text";
      input.setAttribute("data-param", p.name);
      if (p.default) input.placeholder = p.default;
      var row = document.createElement("div");
      row.className = "kg-param";
      row.appendChild(label);
      row.appendChild(input);
      fields.appendChild(row);
    });
    fields.hidden = false;
  }
  picker.addEventListener("change", choose);

  function boundText() {
    var q = library[picker.value];
    if (!q || textarea.value !== loaded) return Promise.resolve(textarea.value);
    var params = new URLSearchParams();
    Array.prototype.forEach.call(fields.querySelectorAll("input[data-param]"), function (input) {
      if (input.value.trim()) params.append(input.getAttribute("data-param"), input.value.trim());
    });
    return fetch("/api/queries/" + encodeURIComponent(q.name) + "/sparql?" + params.toString())
      .then(function (r) {
        return r.text().then(function (body) {
          if (!r.ok) throw new Error(body.trim());
          return body;
        });
      });
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = document.createElement("a");
      a.textContent = term.value;
      var url = term.value;
      if (/^https?:\/\//.test(url)) {
        var here = form.getAttribute("data-base") || "";
        a.href = here && url.indexOf(here) === 0 ? "/" + url.slice(here.length) : url;
        td.appendChild(a);
      } else {
        td.textContent = url;
      }
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(data) {
    clear(results);
    var vars = data.head.vars || [];
    var rows = data.results.bindings;
    var t = document.createElement("table");
    t.id = "kg-table";
    var caption = document.createElement("caption");
    caption.textContent = rows.length + " rows";
    t.appendChild(caption);
    var head = document.createElement("thead");
    var tr = document.createElement("tr");
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.scope = "col";
      th.textContent = v;
      tr.appendChild(th);
    });
    head.appendChild(tr);
    t.appendChild(head);
    var body = document.createElement("tbody");
    rows.forEach(function (row) {
      var r = document.createElement("tr");
      vars.forEach(function (v) { r.appendChild(cell(row[v])); });
      body.appendChild(r);
    });
    t.appendChild(body);
    results.appendChild(t);
    status.textContent = rows.length + " rows";
  }

  function run(event) {
    if (event) event.preventDefault();
    errorBox.hidden = true;
    downloads.hidden = true;
    last = null;
    clear(results);
    status.textContent = "Running…";
    boundText()
      .then(function (text) {
        return fetch("/query", {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Accept: "application/sparql-results+json, application/n-triples",
          },
          body: new URLSearchParams({ query: text }).toString(),
        });
      })
      .then(function (r) {
        return r.text().then(function (body) {
          if (!r.ok) throw new Error(body.trim() || "HTTP " + r.status);
          return { type: r.headers.get("Content-Type") || "", body: body };
        });
      })
      .then(function (answer) {
        if (answer.type.indexOf("json") !== -1) {
          var data = JSON.parse(answer.body);
          if (typeof data.boolean === "boolean") {
            results.textContent = "Answer: " + data.boolean;
            status.textContent = "Done";
          } else {
            last = data;
            table(data);
            downloads.hidden = false;
          }
        } else {
          var pre = document.createElement("pre");
          pre.textContent = answer.body;
          results.appendChild(pre);
          status.textContent = "Done";
        }
      })
      .catch(function (err) { showError(err.message); });
  }
  form.addEventListener("submit", run);
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
  });

  function csv(data) {
    var vars = data.head.vars;
    function quote(text) {
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    var lines = [vars.map(quote).join(",")];
    data.results.bindings.forEach(function (row) {
      lines.push(vars.map(function (v) { return quote(row[v] ? row[v].value : ""); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  document.getElementById("kg-csv").addEventListener("click", function () {
    if (last) download("results.csv", "text/csv", csv(last));
  });
  document.getElementById("kg-json").addEventListener("click", function () {
    if (last) download("results.json", "application/json", JSON.stringify(last, null, 1));
  });
})();
