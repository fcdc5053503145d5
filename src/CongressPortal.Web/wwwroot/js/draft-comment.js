// The comment form on a draft (/Drafts/{id}/Comment): a live count of the characters typed against the limit, and the
// text of the article chosen in the select. Without this script the form still works: the limit is written under the
// box and the article the page opened at is shown.
(function () {
  var form = document.getElementById('comment-form');
  if (!form) return;

  var box = form.querySelector('textarea[data-counter]');
  var counter = box && document.getElementById(box.getAttribute('data-counter'));
  if (box && counter) {
    var max = parseInt(counter.getAttribute('data-max'), 10) || box.maxLength;
    // Screen readers hear the count when typing pauses, not at every key.
    var spoken = document.createElement('div');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    counter.parentNode.insertBefore(spoken, counter.nextSibling);
    var timer = null;
    var update = function () {
      // A line break counts as one character, as the server counts it.
      var used = box.value.replace(/\r\n/g, '\n').length;
      var left = max - used;
      var text = left >= 0 ? '已输入 ' + used + ' 字，还可以输入 ' + left + ' 字' : '已超出 ' + (-left) + ' 字，请精简';
      counter.textContent = text;
      counter.classList.toggle('draft-counter-near', left >= 0 && left < 100);
      counter.classList.toggle('draft-counter-over', left < 0);
      clearTimeout(timer);
      timer = setTimeout(function () { spoken.textContent = text; }, 1000);
    };
    box.addEventListener('input', update);
    update();
    spoken.textContent = '';
  }

  var select = form.querySelector('[data-article-select]');
  if (select) {
    var texts = form.querySelectorAll('.draft-article-text');
    var show = function () {
      texts.forEach(function (text) { text.hidden = text.getAttribute('data-article') !== select.value; });
    };
    select.addEventListener('change', show);
    show();
  }
})();
