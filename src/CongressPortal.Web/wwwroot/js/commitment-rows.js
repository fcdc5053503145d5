// 承诺事项: the reply form offers three rows without script; this adds more, numbered for model binding
// (Reply.Commitments[3].Description …). No inline script: CSP allows only files from this site.
(function () {
  var table = document.getElementById('commitment-rows');
  var button = document.getElementById('add-commitment');
  if (!table || !button) { return; }
  var body = table.querySelector('tbody');
  button.hidden = false;
  button.addEventListener('click', function () {
    var rows = body.querySelectorAll('tr');
    var index = rows.length;
    var row = rows[rows.length - 1].cloneNode(true);
    row.querySelectorAll('[name], [id], [for], [data-valmsg-for]').forEach(function (element) {
      ['name', 'id', 'for', 'data-valmsg-for'].forEach(function (attribute) {
        var value = element.getAttribute(attribute);
        if (value) {
          element.setAttribute(attribute, value.replace(/\[\d+\]/, '[' + index + ']').replace(/_\d+__/, '_' + index + '__'));
        }
      });
    });
    row.querySelectorAll('input').forEach(function (input) {
      input.value = '';
      input.classList.remove('input-validation-error');
    });
    row.querySelectorAll('[data-valmsg-for]').forEach(function (message) { message.textContent = ''; });
    row.querySelectorAll('.commitment-number').forEach(function (number) { number.textContent = String(index + 1); });
    body.appendChild(row);
    row.querySelector('input').focus();
  });
})();
