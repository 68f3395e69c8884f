// A form marked data-once is sent once: the submit button is disabled on the first submit, so a double-click
// cannot send it twice (the server also recognises a resent report form by its submission token).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!form.matches('form[data-once]')) {
    return;
  }
  if (form.dataset.sent === 'true') {
    event.preventDefault();
    return;
  }
  form.dataset.sent = 'true';
  form.querySelectorAll('button[type=submit]').forEach((button) => {
    button.disabled = true;
    if (button.dataset.busyText) {
      button.textContent = button.dataset.busyText;
    }
  });
});

// Coming back with the browser's back button must not leave a form locked.
window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-once]').forEach((form) => {
    delete form.dataset.sent;
    form.querySelectorAll('button[type=submit]').forEach((button) => { button.disabled = false; });
  });
});

// An upload refused for the account's limits (too many files waiting, too many uploads this hour) is answered with
// 429 and the form's list with the reason; htmx does not swap error answers by itself.
document.addEventListener('htmx:beforeSwap', (event) => {
  if (event.detail.xhr.status === 429 && event.detail.target && event.detail.target.id === 'pending-attachments') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
