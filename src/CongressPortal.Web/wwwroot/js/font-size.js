// Applies the reader's chosen font size before the page paints, so it does not jump.
(function () {
  try {
    var size = localStorage.getItem('portal-font-size');
    if (size === 'small' || size === 'medium' || size === 'large') {
      document.documentElement.setAttribute('data-font-size', size);
    }
  } catch (e) { /* storage disabled: keep the default */ }
})();
