// Filter-as-you-type on top of the server-side picker (Pages/Shared/_DeputyPicker.cshtml): typing in the search field
// hides the deputies whose name, delegation and number do not contain the text; ticked deputies stay visible. Enter in
// the search field does not submit the form. Without JavaScript the 查找 button filters on the server instead.
(function () {
  document.querySelectorAll('[data-deputy-picker]').forEach(function (picker) {
    var query = picker.querySelector('[data-picker-query]');
    var count = picker.querySelector('[data-picker-count]');
    var names = picker.querySelector('[data-picker-names]');
    var items = Array.prototype.slice.call(picker.querySelectorAll('[data-picker-item]'));
    var groups = Array.prototype.slice.call(picker.querySelectorAll('[data-picker-group]'));
    if (!query) { return; }
    var filter = function () {
      var text = query.value.trim().toLowerCase();
      items.forEach(function (item) {
        var box = item.querySelector('input[type=checkbox]');
        var hay = (item.getAttribute('data-picker-text') || '').toLowerCase();
        item.hidden = text.length > 0 && !box.checked && hay.indexOf(text) < 0;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector('[data-picker-item]:not([hidden])');
      });
    };
    query.addEventListener('input', filter);
    query.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); filter(); }
    });
    picker.addEventListener('change', function () {
      var ticked = Array.prototype.slice.call(picker.querySelectorAll('[data-picker-item] input:checked'));
      if (count) { count.textContent = String(ticked.length); }
      if (names) {
        names.textContent = ticked.length === 0 ? '' : '：' + ticked.map(function (box) {
          var label = picker.querySelector('label[for="' + box.id + '"]');
          return label && label.firstChild ? label.firstChild.textContent : '';
        }).join('、');
      }
    });
  });
})();
