// A checkbox marked data-select-all="<selector>" ticks or clears every checkbox the selector matches (moderation: 全选本页).
// No inline script: the CSP forbids it.
(function () {
  document.querySelectorAll('[data-select-all]').forEach(function (all) {
    var boxes = function () { return document.querySelectorAll(all.getAttribute('data-select-all')); };
    all.addEventListener('change', function () {
      boxes().forEach(function (box) { box.checked = all.checked; });
    });
    document.addEventListener('change', function (event) {
      if (event.target === all || !event.target.matches(all.getAttribute('data-select-all'))) return;
      var list = Array.prototype.slice.call(boxes());
      all.checked = list.length > 0 && list.every(function (box) { return box.checked; });
    });
  });
})();
