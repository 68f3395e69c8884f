// The menu button of a phone-sized screen opens and closes the menu. Bootstrap's own script (80 KB) is not loaded for
// this alone; without JavaScript the menu is simply open (no-script.css).
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-menu-toggle]');
  if (!button) {
    return;
  }
  const menu = document.getElementById(button.getAttribute('aria-controls'));
  const open = menu.classList.toggle('show');
  button.setAttribute('aria-expanded', String(open));
  button.classList.toggle('collapsed', !open);
});

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

// A file goes up as soon as it is chosen; the field is then emptied, or the form would send it a second time (without
// JavaScript the form itself carries the file).
document.addEventListener('htmx:afterRequest', (event) => {
  const field = event.detail.elt;
  if (field instanceof HTMLInputElement && field.type === 'file') {
    field.value = '';
  }
});

// An upload refused for the account's limits (too many files waiting, too many uploads this hour) is answered with
// 429 and the form's list with the reason; htmx does not swap error answers by itself.
document.addEventListener('htmx:beforeSwap', (event) => {
  if (event.detail.xhr.status === 429 && event.detail.target && event.detail.target.id === 'pending-attachments') {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
