// @ts-check
/**
 * Search page (/suche/): Pagefind's JS API with our own accessible interface.
 * Reads ?q= and filters from the URL and keeps them there, so a result list can be shared.
 * URL form: /suche/?q=frauenhaus&Art=Kontakt&Region=Landkreis+G%C3%B6ttingen (repeatable keys).
 */
(function () {
  'use strict';
  var FILTERS = ['Art', 'Region', 'Thema', 'Zielgruppe', 'Sprache'];
  var PAGE_SIZE = 10;

  var root = document.querySelector('[data-search]');
  var form = /** @type {HTMLFormElement|null} */ (document.querySelector('[data-search-form]'));
  if (!root || !form) return;
  var input = /** @type {HTMLInputElement} */ (form.querySelector('input[name="q"]'));
  var filtersBox = /** @type {HTMLElement} */ (root.querySelector('[data-search-filters]'));
  var status = /** @type {HTMLElement} */ (root.querySelector('[data-search-status]'));
  var list = /** @type {HTMLElement} */ (root.querySelector('[data-search-results]'));
  var more = /** @type {HTMLElement} */ (root.querySelector('[data-search-more]'));
  var empty = /** @type {HTMLElement} */ (root.querySelector('[data-search-empty]'));

  /** @type {any} */
  var pagefind;
  /** Every filter value with its count over the whole index (also loads the filter data). */
  /** @type {Record<string, Record<string, number>>} */
  var allFilters = {};
  /** @type {Record<string, string[]>} */
  var selected = {};
  /** @type {any[]} */
  var results = [];
  var shown = 0;
  var run = 0;
  /** @type {number|undefined} */
  var timer;

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    selected = {};
    FILTERS.forEach(function (name) {
      var values = params.getAll(name);
      if (values.length) selected[name] = values;
    });
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    FILTERS.forEach(function (name) {
      (selected[name] || []).forEach(function (value) {
        params.append(name, value);
      });
    });
    var query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  }

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Pagefind excerpts mark hits with <mark>; build them as DOM, never as HTML. */
  function excerptNode(excerpt) {
    var p = el('p', 'gsn-result__excerpt');
    String(excerpt)
      .split(/(<mark>|<\/mark>)/)
      .reduce(function (inMark, part) {
        if (part === '<mark>') return true;
        if (part === '</mark>') return false;
        var text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
        p.appendChild(inMark ? el('mark', '', text) : document.createTextNode(text));
        return inMark;
      }, false);
    return p;
  }

  function renderFilters(available) {
    filtersBox.textContent = '';
    var heading = el('h2', 'kern-heading-small', 'Ergebnisse eingrenzen');
    filtersBox.appendChild(heading);
    FILTERS.forEach(function (name, index) {
      var counts = available[name] || {};
      // Values without hits for this query are left out, unless the visitor chose them.
      var values = Object.keys(counts).filter(function (value) {
        return counts[value] > 0 || (selected[name] || []).indexOf(value) !== -1;
      });
      if (!values.length) return;
      var details = el('details', 'gsn-filter');
      // The first group is open on wide screens; on phones all start closed so results come into view.
      var wide = window.matchMedia('(min-width: 48em)').matches;
      if ((index === 0 && wide) || (selected[name] && selected[name].length)) details.setAttribute('open', '');
      details.appendChild(el('summary', 'gsn-filter__summary', name));
      var fieldset = el('fieldset', 'kern-fieldset gsn-filter__fieldset');
      fieldset.appendChild(el('legend', 'kern-sr-only', name));
      values
        .sort(function (a, b) {
          return a.localeCompare(b, 'de');
        })
        .forEach(function (value, i) {
          var id = 'filter-' + index + '-' + i;
          var wrap = el('div', 'kern-form-check');
          var box = /** @type {HTMLInputElement} */ (el('input', 'kern-form-check__checkbox'));
          box.type = 'checkbox';
          box.id = id;
          box.value = value;
          box.name = name;
          box.checked = (selected[name] || []).indexOf(value) !== -1;
          box.addEventListener('change', function () {
            var current = selected[name] || [];
            selected[name] = box.checked ? current.concat(value) : current.filter(function (v) { return v !== value; });
            if (!selected[name].length) delete selected[name];
            search();
          });
          var label = el('label', 'kern-label', value + ' ');
          label.setAttribute('for', id);
          label.appendChild(el('span', 'gsn-filter__count', '(' + (counts[value] || 0) + ')'));
          wrap.appendChild(box);
          wrap.appendChild(label);
          fieldset.appendChild(wrap);
        });
      details.appendChild(fieldset);
      filtersBox.appendChild(details);
    });
    // Nothing to narrow down (no hits): no heading over an empty box.
    if (filtersBox.childNodes.length === 1) filtersBox.textContent = '';
  }

  function renderResult(data) {
    var item = el('li', 'gsn-result');
    var title = el('h2', 'gsn-result__title');
    var link = /** @type {HTMLAnchorElement} */ (el('a', 'kern-link', (data.meta && data.meta.title) || data.url));
    link.href = data.url;
    title.appendChild(link);
    item.appendChild(title);
    var meta = el('p', 'gsn-result__meta');
    if (data.meta.type) meta.appendChild(el('span', 'gsn-tag', data.meta.type));
    if (data.meta.region) meta.appendChild(el('span', 'gsn-result__region', ' ' + data.meta.region));
    item.appendChild(meta);
    if (data.meta.summary) item.appendChild(el('p', 'gsn-result__summary', data.meta.summary));
    if (data.excerpt) item.appendChild(excerptNode(data.excerpt));
    return item;
  }

  function showMore() {
    var batch = results.slice(shown, shown + PAGE_SIZE);
    var current = run;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (items) {
      if (current !== run) return;
      items.forEach(function (data) {
        list.appendChild(renderResult(data));
      });
      shown += batch.length;
      more.hidden = shown >= results.length;
    });
  }

  function search() {
    writeUrl();
    var term = input.value.trim();
    var active = Object.keys(selected).length > 0;
    var current = ++run;
    if (!term && !active) {
      list.textContent = '';
      more.hidden = true;
      empty.hidden = true;
      status.textContent = 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.';
      renderFilters(allFilters);
      return Promise.resolve();
    }
    /** @type {Record<string, {any: string[]}>} */
    var filters = {};
    Object.keys(selected).forEach(function (name) {
      filters[name] = { any: selected[name] };
    });
    return pagefind.search(term || null, { filters: filters }).then(function (response) {
      if (current !== run || !response) return;
      results = response.results;
      shown = 0;
      list.textContent = '';
      renderFilters(response.totalFilters || {});
      var n = results.length;
      var what = term ? ' für „' + term + '“' : '';
      status.textContent = n === 0 ? 'Keine Ergebnisse' + what + '.' : n === 1 ? '1 Ergebnis' + what + '.' : n + ' Ergebnisse' + what + '.';
      empty.hidden = n !== 0;
      return showMore();
    });
  }

  function fail() {
    root.hidden = true;
    var note = document.querySelector('[data-search-unavailable]');
    if (note) note.hidden = false;
  }

  readUrl();
  root.hidden = false;
  import('/pagefind/pagefind.js')
    .then(function (module) {
      pagefind = module;
      return pagefind.options({ excerptLength: 24 });
    })
    .then(function () {
      pagefind.init();
      return pagefind.filters();
    })
    .then(function (filters) {
      allFilters = filters || {};
      return search();
    })
    .catch(fail);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (pagefind) search();
  });
  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      if (pagefind) search();
    }, 250);
  });
  more.querySelector('button').addEventListener('click', function () {
    var first = list.children.length;
    showMore().then(function () {
      var next = /** @type {HTMLElement|null} */ (list.children[first] && list.children[first].querySelector('a'));
      if (next) next.focus();
    });
  });
})();
