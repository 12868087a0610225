/* Highlight the span named in the address (#s-<start>-<end>). A sentence is
 * highlighted by :target; a quote that is not one sentence highlights every
 * sentence it overlaps. */
(function () {
  "use strict";
  function highlight() {
    Array.prototype.forEach.call(document.querySelectorAll(".kg-hl"), function (el) {
      el.classList.remove("kg-hl");
    });
    var match = /^#s-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!match || document.getElementById(match[0].slice(1))) return;
    var start = Number(match[1]);
    var end = Number(match[2]);
    var first = null;
    Array.prototype.forEach.call(document.querySelectorAll(".s"), function (el) {
      var s = Number(el.getAttribute("data-start"));
      var e = Number(el.getAttribute("data-end"));
      if (s < end && e > start) {
        el.classList.add("kg-hl");
        if (!first) first = el;
      }
    });
    if (first) first.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", highlight);
  highlight();
})();
