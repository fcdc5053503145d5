// Font size control (大/中/小): remembered in this browser.
(function () {
  var root = document.documentElement;
  var buttons = document.querySelectorAll('.font-size-control button[data-font-size]');
  function mark(size) {
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-font-size') === size)); });
  }
  mark(root.getAttribute('data-font-size') || 'medium');
  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      var size = button.getAttribute('data-font-size');
      root.setAttribute('data-font-size', size);
      try { localStorage.setItem('portal-font-size', size); } catch (e) { /* storage disabled */ }
      mark(size);
    });
  });

  // Phones: the navigation folds behind one button (site.css shows it below 576 px); Escape closes it again.
  var navToggle = document.querySelector('.site-nav-toggle');
  if (navToggle) {
    var nav = navToggle.closest('.site-nav');
    var setOpen = function (open) {
      navToggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('site-nav-open', open);
    };
    navToggle.addEventListener('click', function () { setOpen(navToggle.getAttribute('aria-expanded') !== 'true'); });
    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && navToggle.getAttribute('aria-expanded') === 'true') { setOpen(false); navToggle.focus(); }
    });
  }

  // After a refused post the error summary (or, on a form without one, the first refused field) takes the focus, so the
  // reader hears what went wrong first; autofocus elsewhere on the page then stands down.
  var errors = document.querySelector('[data-error-summary]') || document.querySelector('[aria-invalid="true"]');
  if (errors) { errors.focus(); }

  // Forms that ask before a destructive action carry data-confirm (no inline script: CSP forbids it).
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
})();
