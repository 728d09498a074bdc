// Upload progress for forms marked data-upload-progress. Without JavaScript the form posts as usual and the page
// answers with the result; with it, the same POST goes by XMLHttpRequest, whose upload events are the only way a
// page can learn how much of a file has been sent (fetch has no upload progress), and the answer's <main> replaces
// this page's. No inline script: the Content-Security-Policy allows only scripts from this origin.
(function () {
  'use strict';

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-upload-progress') || !window.FormData) {
      return;
    }

    var bar = form.querySelector('progress.upload');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type=submit]');
    if (!bar || !status) {
      return;
    }

    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action') || window.location.href);
    xhr.responseType = 'document';
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable && e.total > 0) {
        bar.max = e.total;
        bar.value = e.loaded;
        status.textContent = 'Uploading: ' + size(e.loaded) + ' of ' + size(e.total) + ' (' + Math.floor(100 * e.loaded / e.total) + '%)';
      }
    };
    xhr.upload.onload = function () {
      bar.removeAttribute('value');
      status.textContent = 'Uploaded. Reading the file and testing every item…';
    };
    xhr.onload = function () {
      var doc = xhr.response;
      var main = doc && doc.querySelector('main');
      var current = document.querySelector('main');
      if (main && current) {
        current.replaceWith(document.adoptNode(main));
        document.title = doc.title;
        return;
      }

      status.textContent = xhr.status === 413
        ? 'The file is larger than the server accepts. Nothing was imported.'
        : 'The server answered ' + xhr.status + '. Nothing was imported.';
      button.disabled = false;
    };
    xhr.onerror = function () {
      status.textContent = 'The upload failed: the connection was lost. Nothing was imported.';
      button.disabled = false;
    };
    bar.hidden = false;
    button.disabled = true;
    status.textContent = 'Uploading…';
    xhr.send(new FormData(form));
  });
})();
