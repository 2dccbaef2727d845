// @ts-check
/**
 * "Postleitzahl oder Ort" (home page, /hilfe/): suggestions while typing, as a list of links to
 * the Kreis help pages. The form works without this (GET /hilfe/finden/?q=…). The lookup
 * (/hilfe/orte.json, see src/geo/finder-data.ts) is loaded only when the field is first used.
 * Matching uses the build's own key (src/text/german-key.ts, bundled in by esbuild at build
 * time): "Göttingen" and "Goettingen" alike. Submitting goes straight to the Kreis only when
 * exactly one fits.
 */
import { germanKey } from '../text/german-key.ts';

(function () {
  'use strict';
  var form = document.querySelector('[data-finder]');
  if (!form) return;
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
      fetch('/hilfe/orte.json')
        .then((r) => r.json())
        .then((d) => (data = d)));
  }

  /** @param {string} text @param {string} [href] */
  function item(text, href) {
    var li = document.createElement('li');
    var el = document.createElement(href ? 'a' : 'span');
    if (href) {
      el.setAttribute('href', href);
      el.className = 'kern-link';
    }
    el.textContent = text;
    li.appendChild(el);
    list.appendChild(li);
  }

  function show() {
    var q = input.value.trim();
    var k = germanKey(q);
    var n = 0;
    list.textContent = '';
    only = [];
    if (!data || !k) return (status.textContent = '');
    /** @param {string} name @param {number[]} rs @param {string} foreign @param {string} page */
    function add(name, rs, foreign, page) {
      rs.forEach(function (i) {
        var r = data.r[i];
        item(name + ' – ' + r[1], '/hilfe/' + r[0] + '/');
        n++;
      });
      if (foreign) {
        item(name + ' – ' + foreign + ': nicht in Niedersachsen', page);
        n++;
      }
    }
    var hit = data.p[q] || data.o.filter((/** @type {any[]} */ o) => o[1] === k).map((/** @type {any[]} */ o) => o[2].map((/** @type {number} */ i) => [i]).concat(o[3] ? [[-1]] : []))[0] || [];
    only = hit.map((/** @type {number[]} */ e) => (e[0] < 0 ? '' : data.r[e[0]][0]));
    if (/^\d+$/.test(q)) {
      Object.keys(data.p).forEach(function (plz) {
        if (n < 8 && plz.indexOf(q) === 0) {
          data.p[plz].forEach(function (/** @type {[number, string]} */ e) {
            if (e[0] < 0) add(plz + ' ' + e[1].replace(/ \(.*/, ''), [], e[1].replace(/.*\(|\)/g, ''), '/hilfe/plz/' + plz + '/');
            else add(plz + ' ' + e[1], [e[0]], '', '');
          });
        }
      });
    } else {
      var exact = data.o.filter((/** @type {any[]} */ o) => o[1] === k);
      var rest = data.o.filter((/** @type {any[]} */ o) => o[1] !== k && ('-' + o[1]).indexOf('-' + k) >= 0);
      exact
        .concat(rest)
        .slice(0, 8)
        .forEach(function (/** @type {any[]} */ o) {
          add(o[0], o[2], o[3], '/hilfe/ort/' + o[1] + '/');
        });
    }
    status.textContent = n ? n + (n > 1 ? ' Vorschläge:' : ' Vorschlag:') : status.getAttribute(/^\d{5}$/.test(q) ? 'data-outside' : /^\d+$/.test(q) ? 'data-digits' : 'data-none') || '';
  }

  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    load().then(show, function () {});
  });
  form.addEventListener('submit', function (event) {
    if (!data) return;
    event.preventDefault();
    show();
    var first = list.querySelector('a');
    if (only.length === 1 && only[0]) window.location.assign('/hilfe/' + only[0] + '/');
    else if (first) first.focus();
  });
})();
