// Buttons marked data-print open the browser's print dialog (no inline script: the CSP forbids it).
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
