// @ts-check
/*
 * "Seite verlassen" (quick exit). Without JavaScript the link simply leads to a neutral site.
 * With it: the page is hidden at once, the title cleared, and location.replace() leaves so that
 * Back does not return here. Pressing Shift three times in a row (alone, within 5 seconds of
 * each other) does the same, as GOV.UK's "Exit this page" does. No cookies, no storage.
 * esbuild wraps the shipped script in a function of its own (src/site/assets/client-scripts.ts):
 * nothing here becomes a global.
 */
'use strict';
var root = document.documentElement;
var HIDDEN = 'gsn-exit-active';
var RESET_AFTER = 5000;
// Whole sentences, as in the German reference table (test/build/translations.test.ts reads them here).
var MESSAGES = ['', 'Umschalttaste noch zweimal drücken, um die Seite zu verlassen.', 'Umschalttaste noch einmal drücken, um die Seite zu verlassen.', 'Seite wird verlassen.'];
var link = /** @type {HTMLAnchorElement | null} */ (document.querySelector('a[data-quick-exit]'));
var status = document.getElementById('gsn-exit-status');
var presses = 0;
/** @type {number | undefined} */
var timer;
/** True while Shift is held and no other key has been pressed since. */
var shiftAlone = false;

root.classList.add('gsn-js');

function leave() {
  root.classList.add(HIDDEN);
  document.title = '';
  window.location.replace(link ? link.href : 'https://www.google.de/');
}

/** @param {number} count */
function announce(count) {
  // Translated pages (/<lang>/) carry their own texts on the status element (data-s1 … data-s3).
  if (status) status.textContent = status.dataset['s' + count] || MESSAGES[count];
}

function reset() {
  presses = 0;
  clearTimeout(timer);
  announce(0);
}

if (link) {
  link.addEventListener('click', function (event) {
    event.preventDefault();
    leave();
  });
}

document.addEventListener(
  'keydown',
  function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) shiftAlone = true;
      return;
    }
    // Any other key (also Shift + letter for a capital) breaks the sequence.
    shiftAlone = false;
    if (presses) reset();
  },
  true,
);

document.addEventListener(
  'keyup',
  function (event) {
    if (event.key !== 'Shift' || !shiftAlone) return;
    shiftAlone = false;
    presses += 1;
    clearTimeout(timer);
    announce(presses);
    if (presses >= 3) {
      leave();
      return;
    }
    timer = setTimeout(reset, RESET_AFTER);
  },
  true,
);

// Back/forward cache: a page restored after an exit stays hidden and leaves again.
window.addEventListener('pageshow', function (event) {
  if (!event.persisted) return;
  if (root.classList.contains(HIDDEN)) {
    leave();
  } else {
    shiftAlone = false;
    reset();
  }
});
