// A name filter above a long <select>: <input class="select-filter" data-filter-for="SELECT_ID" hidden>.
// Without JavaScript the input stays hidden and the plain select works as before. Chosen options stay visible.
(function () {
  document.querySelectorAll('input.select-filter[data-filter-for]').forEach(function (input) {
    var select = document.getElementById(input.getAttribute('data-filter-for'));
    if (!select) { return; }
    input.hidden = false;
    input.addEventListener('input', function () {
      var text = input.value.trim();
      Array.prototype.forEach.call(select.options, function (option) {
        if (!option.value) { return; }
        option.hidden = text.length > 0 && !option.selected && option.text.indexOf(text) < 0;
      });
    });
  });
})();
