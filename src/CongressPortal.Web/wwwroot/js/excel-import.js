// Excel imports (deputies, suggestions; Infrastructure/Excel/ExcelImportPage): shows how much of the file has been
// uploaded, then "正在校验和导入…" while the server checks every row and saves. The form is sent as the browser would
// send it; the server's answer (the page with the summary after its redirect, or the page listing the errors or the
// rows to confirm) replaces the page's main part. When the answer asks for a confirmation, the chosen file is kept in
// the new form, so ticking the box and submitting is enough. Without JavaScript the form posts normally.
// No inline script: the CSP allows only files from this site.
(function () {
  function bind() {
    var form = document.getElementById('import-form');
    if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) { return; }
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      // No file chosen: let the server say so next to the field.
      if (!input || !input.files || input.files.length === 0) { return; }
      event.preventDefault();

      var panel = document.getElementById('import-progress');
      var bar = document.getElementById('import-progress-bar');
      var text = document.getElementById('import-progress-text');
      var button = form.querySelector('button[type=submit]');
      var files = input.files;
      var message = form.querySelector('[data-valmsg-for=Upload]');

      function fail(reason) {
        panel.hidden = true;
        button.disabled = false;
        if (message) { message.textContent = reason; }
      }

      if (message) { message.textContent = ''; }
      panel.hidden = false;
      button.disabled = true;
      bar.setAttribute('value', '0');
      text.textContent = '正在上传文件… 0%';

      var request = new XMLHttpRequest();
      request.open('POST', form.action || window.location.href);
      request.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable) { return; }
        var percent = Math.floor(e.loaded * 100 / e.total);
        bar.setAttribute('value', String(percent));
        bar.textContent = percent + '%';
        text.textContent = '正在上传文件… ' + percent + '%';
      });
      request.upload.addEventListener('load', function () {
        // An indeterminate bar: checking and saving report no progress of their own.
        bar.removeAttribute('value');
        text.textContent = '文件已上传，正在校验和导入…请稍候，不要关闭或刷新页面。';
      });
      request.addEventListener('load', function () {
        var main = null;
        if (request.status === 200) {
          var page = new DOMParser().parseFromString(request.responseText, 'text/html');
          main = page.querySelector('main');
          if (main) { document.title = page.title; }
        }
        if (!main) {
          fail(request.status === 413
            ? '文件太大，服务器拒绝接收。请删除多余的工作表、图片和格式后重试，或分成几个文件导入。'
            : '上传未成功（服务器返回' + request.status + '）。请刷新页面后重试。');
          return;
        }
        document.querySelector('main').replaceWith(main);
        // Rows to confirm: the same file goes again with the tick, so keep it chosen (a file input cannot be filled by
        // the server). After errors the file is to be corrected first, so the field stays empty.
        var again = main.querySelector('#import-form input[type=file]');
        if (again && main.querySelector('#import-confirm')) {
          try { again.files = files; } catch (e) { /* older browsers: the user chooses the file again */ }
        }
        // The header's to-do counts (待审查 …) change with an import: take them from the answer too.
        var counts = page.querySelector('.todo-counts');
        var shown = document.querySelector('.todo-counts');
        if (counts && shown) { shown.replaceWith(counts); }
        // After a successful import the server redirected to the page with the summary: show its address.
        if (request.responseURL && request.responseURL !== window.location.href) {
          window.history.replaceState(null, '', request.responseURL);
        }
        main.focus();
        bind();
      });
      request.addEventListener('error', function () {
        fail('网络错误，文件未能上传。请检查网络连接后重试。');
      });
      request.send(new FormData(form));
    });
  }
  bind();
})();
