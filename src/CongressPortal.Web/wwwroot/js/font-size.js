// Applies the reader's chosen font size before the page paints, so it does not jump; and marks the page as scripted, so
// the phone navigation is folded behind its button (site.js) from the first paint rather than after a jump.
(function () {
  document.documentElement.classList.add('js');
  try {
    var size = localStorage.getItem('portal-font-size');
    if (size === 'small' || size === 'medium' || size === 'large') {
      document.documentElement.setAttribute('data-font-size', size);
    }
  } catch (e) { /* storage disabled: keep the default */ }
})();
