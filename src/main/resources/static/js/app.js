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

// The report form keeps a copy of what was typed on this device (localStorage, never sent anywhere) until the report
// is accepted, so a dropped connection or a closed tab loses nothing; a fresh form offers it back. Files are not kept.
(() => {
  const KEY = 'lapor-draft-report';
  const FIELDS = ['title', 'body', 'provinceCode', 'regionCode', 'categoryCode', 'incidentDate', 'location'];
  const CHECKS = ['anonymous', 'confidential'];
  let storage;
  try {
    storage = window.localStorage;
  } catch (e) {
    return;
  }
  if (document.querySelector('[data-report-sent]')) {
    storage.removeItem(KEY);
  }
  // On a shared phone the next person must not be offered someone else's report.
  document.addEventListener('submit', (event) => {
    if (event.target.matches('form[action$="/logout"]')) {
      storage.removeItem(KEY);
    }
  });
  const form = document.querySelector('form[data-draft=report]');
  if (!form) {
    return;
  }
  const field = (name) => form.querySelector(`[name="${name}"]`);
  const read = () => {
    const draft = { classification: form.querySelector('[name=classification]:checked')?.value };
    FIELDS.forEach((name) => { draft[name] = field(name)?.value || ''; });
    CHECKS.forEach((name) => { draft[name] = form.querySelector(`input[type=checkbox][name="${name}"]`)?.checked || false; });
    return draft;
  };
  const saved = (() => {
    try {
      return JSON.parse(storage.getItem(KEY) || 'null');
    } catch (e) {
      return null;
    }
  })();
  const offer = document.getElementById('draft-offer');
  if (saved && (saved.title || saved.body) && !field('title').value && !field('body').value && offer) {
    offer.hidden = false;
    document.getElementById('draft-restore').addEventListener('click', () => {
      ['title', 'body', 'categoryCode', 'incidentDate', 'location'].forEach((name) => {
        if (field(name) && saved[name] !== undefined) {
          field(name).value = saved[name];
        }
      });
      CHECKS.forEach((name) => {
        const box = form.querySelector(`input[type=checkbox][name="${name}"]`);
        if (box) {
          box.checked = !!saved[name];
        }
      });
      const classification = saved.classification && form.querySelector(`[name=classification][value="${saved.classification}"]`);
      if (classification) {
        classification.checked = true;
      }
      // The regency list follows the province (htmx); the regency is chosen once it has arrived.
      if (saved.provinceCode) {
        document.body.addEventListener('htmx:afterSwap', function choose(event) {
          if (event.detail.target.id === 'regionCode') {
            field('regionCode').value = saved.regionCode;
            field('regionCode').dispatchEvent(new Event('change', { bubbles: true }));
            document.body.removeEventListener('htmx:afterSwap', choose);
          }
        });
        field('provinceCode').value = saved.provinceCode;
        field('provinceCode').dispatchEvent(new Event('change', { bubbles: true }));
      }
      offer.hidden = true;
      field('title').focus();
    });
    document.getElementById('draft-discard').addEventListener('click', () => {
      storage.removeItem(KEY);
      offer.hidden = true;
    });
  }
  let timer;
  let sending = false;
  const save = () => {
    clearTimeout(timer);
    const draft = read();
    if (draft.title || draft.body) {
      storage.setItem(KEY, JSON.stringify(draft));
    }
  };
  const keep = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  form.addEventListener('input', keep);
  form.addEventListener('change', keep);
  // Leaving the page (another tab, the phone locked) keeps the last words typed too.
  form.addEventListener('submit', () => { sending = true; save(); });
  window.addEventListener('pagehide', () => { if (!sending) { save(); } });
})();
