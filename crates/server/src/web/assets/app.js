// skillgap pages: suggestions as you type and live slider labels. Everything here is an
// enhancement: the forms submit and the pages work without it.
(function () {
  "use strict";

  // ---- Sliders: show the value (or "no limit" at the top end) next to the label.
  function sliderText(input) {
    var v = Number(input.value), max = Number(input.max);
    if (v >= max && input.dataset.maxText) return input.dataset.maxText;
    return input.dataset.unit === "$" ? "$" + v : v + " " + (input.dataset.unit || "");
  }
  document.querySelectorAll('input[type=range]').forEach(function (input) {
    var out = document.getElementById(input.id + "_out");
    if (!out) return;
    var update = function () {
      out.textContent = sliderText(input);
      input.setAttribute("aria-valuetext", out.textContent);
    };
    input.addEventListener("input", update);
    update();
  });

  // ---- Suggestions: an ARIA combobox over the JSON API.
  var sources = {
    occupations: function (q) { return "/v1/occupations?limit=8&q=" + encodeURIComponent(q); },
    skills: function (q) { return "/v1/skills?limit=8&q=" + encodeURIComponent(q); },
    credentials: function (q) { return "/v1/credentials?limit=8&q=" + encodeURIComponent(q); }
  };
  function items(kind, data) {
    if (!Array.isArray(data)) return [];
    return data.map(function (h) {
      if (kind === "credentials") {
        var c = h.credential || {};
        return { label: c.title, id: c.id, note: c.provider || "" };
      }
      return { label: h.title, id: h.id, note: h.taxonomy === "esco" ? "ESCO" : (kind === "occupations" ? h.id : "") };
    }).filter(function (x) { return x.label; });
  }
  var uid = 0;
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var kind = input.dataset.suggest, multi = input.hasAttribute("data-multi");
    var list = document.createElement("ul");
    list.className = "suggest";
    list.id = "suggest-" + (++uid);
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    var timer = null, seq = 0, current = [], active = -1;

    function token() {
      if (!multi) return input.value.trim();
      var parts = input.value.split(",");
      return parts[parts.length - 1].trim();
    }
    function close() {
      list.hidden = true; active = -1; current = [];
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, j) {
        li.setAttribute("aria-selected", j === i ? "true" : "false");
      });
      if (i >= 0) {
        input.setAttribute("aria-activedescendant", list.children[i].id);
        list.children[i].scrollIntoView({ block: "nearest" });
      }
    }
    function pick(i) {
      var it = current[i];
      if (!it) return;
      if (multi) {
        var parts = input.value.split(",");
        parts[parts.length - 1] = " " + it.label;
        input.value = parts.join(",").replace(/^\s+/, "") + ", ";
      } else {
        input.value = kind === "skills" ? it.label : it.label + " · " + it.id;
      }
      close();
      input.focus();
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    function show(found) {
      current = found;
      list.innerHTML = "";
      found.forEach(function (it, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = it.label;
        if (it.note) {
          var s = document.createElement("span");
          s.className = "tx"; s.textContent = it.note;
          li.appendChild(s);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length ? "true" : "false");
      active = -1;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = token();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch(sources[kind](q), { headers: { accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (data) { if (mine === seq) show(items(kind, data)); })
          .catch(function () { close(); });
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, current.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(active); }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 120); });
  });

  // ---- Team CSV: show how many people the chosen file holds.
  var file = document.getElementById("file");
  if (file && window.FileReader) {
    file.addEventListener("change", function () {
      var f = file.files && file.files[0];
      var help = document.getElementById("file-help");
      if (!f || !help) return;
      var r = new FileReader();
      r.onload = function () {
        var rows = String(r.result).split(/\r?\n/).filter(function (l) { return l.trim(); }).length - 1;
        help.setAttribute("data-picked", f.name);
        var note = document.getElementById("file-note") || document.createElement("span");
        note.id = "file-note";
        note.textContent = " " + f.name + ": " + Math.max(rows, 0) + " row(s).";
        help.appendChild(note);
      };
      r.readAsText(f);
    });
  }
})();
