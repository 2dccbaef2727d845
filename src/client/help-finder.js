// @ts-check
/**
 * "Postleitzahl oder Ort" (home page, /hilfe/): suggestions while typing, as a list of links to
 * the Kreis help pages. The form works without this (GET /hilfe/finden/?q=…). The lookup
 * (/hilfe/orte.json, see src/geo/finder-data.ts) is loaded only when the field is first used.
 * Matching uses the build's own key (src/text/german-key.ts, bundled in by esbuild at build
 * time): "Göttingen" and "Goettingen" alike, "Gottingen" too; "29221 Celle" is read as the
 * postcode and "Oldenburg (Oldb)" without its brackets. Submitting goes straight to the
 * Kreis only when exactly one fits.
 */
import { germanKey } from '../text/german-key.ts';

// A module is strict already, and esbuild wraps it in a function of its own.
var HELP = '/hilfe/';
var form = document.querySelector('[data-finder]');
if (form) finder(/** @type {HTMLFormElement} */ (form));

/** @param {HTMLFormElement} form */
function finder(form) {
  var input = /** @type {HTMLInputElement} */ (form.querySelector('input'));
  var status = /** @type {HTMLElement} */ (form.querySelector('[data-finder-status]'));
  var list = /** @type {HTMLElement} */ (form.querySelector('[data-finder-list]'));
  /** @type {any} */
  var data;
  /** @type {Promise<any> | undefined} */
  var loading;
  /** @type {string[]} */
  var only = [];

  function load() {
    return (loading =
      loading ||
      fetch(HELP + 'orte.json')
        .then((r) => r.json())
        .then((d) => (data = d)));
  }

  /** @param {string} text @param {string} [href] */
  function item(text, href) {
    var li = document.createElement('li');
    var el = /** @type {HTMLAnchorElement} */ (document.createElement(href ? 'a' : 'span'));
    if (href) {
      el.href = href;
      el.className = 'kern-link';
    }
    el.textContent = text;
    li.append(el);
    list.append(li);
  }

  /**
   * A key without its spelled-out umlauts, for a second try: "Gottingen" (ö typed as o) finds
   * "goettingen", as "Goettingen" and "Göttingen" do.
   * @param {string} key
   */
  function folded(key) {
    return key.replace(/([aou])e/g, '$1');
  }

  function show() {
    // What was typed, read as a postcode or a place: a postcode with the town or a country mark
    // ("29221 Celle", "D-29221") is the postcode; an addition in brackets ("Oldenburg (Oldb)") is
    // dropped, as in the place keys.
    var q = input.value.trim();
    var code = q.match(/\b\d{5}\b/);
    q = code ? code[0] : q.replace(/ *\(.*/, '');
    var k = germanKey(q);
    var n = 0;
    list.textContent = '';
    only = [];
    if (!data || !k) return (status.textContent = '');
    /** @param {string} name @param {number[]} rs @param {string} foreign @param {string} page */
    function add(name, rs, foreign, page) {
      rs.forEach((i) => {
        var r = data.r[i];
        item(name + ' – ' + r[1], HELP + r[0] + '/');
        n++;
      });
      if (foreign) {
        item(name + ' – ' + foreign + ': nicht in Niedersachsen', page);
        n++;
      }
    }
    var exact = data.o.filter((/** @type {any[]} */ o) => o[1] === k);
    if (!exact.length) exact = data.o.filter((/** @type {any[]} */ o) => folded(o[1]) === folded(k));
    var hit = data.p[q] || exact.map((/** @type {any[]} */ o) => o[2].map((/** @type {number} */ i) => [i]).concat(o[3] ? [[-1]] : []))[0] || [];
    only = hit.map((/** @type {number[]} */ e) => (e[0] < 0 ? '' : data.r[e[0]][0]));
    if (/^\d+$/.test(q)) {
      for (var plz in data.p) {
        if (n < 8 && plz.indexOf(q) === 0) {
          data.p[plz].forEach((/** @type {[number, string]} */ e) => {
            if (e[0] < 0) add(plz + ' ' + e[1].replace(/ \(.*/, ''), [], e[1].replace(/.*\(|\)/g, ''), HELP + 'plz/' + plz + '/');
            else add(plz + ' ' + e[1], [e[0]], '', '');
          });
        }
      }
    } else {
      var rest = data.o.filter((/** @type {any[]} */ o) => exact.indexOf(o) < 0 && ('-' + folded(o[1])).indexOf('-' + folded(k)) >= 0);
      exact
        .concat(rest)
        .slice(0, 8)
        .forEach((/** @type {any[]} */ o) => {
          add(o[0], o[2], o[3], HELP + 'ort/' + o[1] + '/');
        });
    }
    status.textContent = n ? n + (n > 1 ? ' Vorschläge:' : ' Vorschlag:') : status.getAttribute(/^\d{5}$/.test(q) ? 'data-outside' : /^\d+$/.test(q) ? 'data-digits' : 'data-none') || '';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', () => load().then(show, () => {}));
  form.addEventListener('submit', (event) => {
    // Enter before the lookup has arrived waits for it, so the answer does not depend on timing;
    // without it (offline, blocked) the form goes to the server's pages.
    event.preventDefault();
    load().then(
      () => {
        show();
        var first = list.querySelector('a');
        if (only.length === 1 && only[0]) location.href = HELP + only[0] + '/';
        else if (first) first.focus();
      },
      () => form.submit(),
    );
  });
}
