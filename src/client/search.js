// @ts-check
/**
 * Search page (/suche/): Pagefind (in its web worker, see pagefindWorker) with our own accessible interface.
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
  /** @type {string[]} */
  var regionOrder = [];
  try {
    regionOrder = JSON.parse(root.getAttribute('data-region-order') || '[]');
  } catch (e) {
    // Without the order, regions sort alphabetically.
  }
  var status = /** @type {HTMLElement} */ (root.querySelector('[data-search-status]'));
  var list = /** @type {HTMLElement} */ (root.querySelector('[data-search-results]'));
  var more = /** @type {HTMLElement} */ (root.querySelector('[data-search-more]'));
  var empty = /** @type {HTMLElement} */ (root.querySelector('[data-search-empty]'));
  var filtered = /** @type {HTMLElement} */ (root.querySelector('[data-search-filtered]'));

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

  /**
   * The search documents add the parts of compounds before them between ⟨ ⟩ (src/site/search/
   * compounds.ts): hidden here, and a hit on a part highlights the compound itself.
   */
  function withoutParts(excerpt) {
    return String(excerpt)
      .replace(/<mark>\u27e8/g, '\u27e8<mark>')
      .replace(/\u27e9<\/mark>/g, '</mark>\u27e9')
      .replace(/^[^\u27e8]*?\u27e9\s?/, '')
      .replace(/\u27e8[^\u27e9]*$/, '')
      .replace(/\u27e8([^\u27e9]*)\u27e9\s?(\S+)/g, function (all, parts, word) {
        var plain = word.replace(/<\/?mark>/g, '');
        return parts.indexOf('<mark>') !== -1 ? '<mark>' + plain + '</mark>' : word;
      });
  }

  /** Pagefind excerpts mark hits with <mark>; build them as DOM, never as HTML. */
  function excerptNode(excerpt) {
    var p = el('p', 'gsn-result__excerpt');
    withoutParts(excerpt)
      .split(/(<mark>|<\/mark>)/)
      .reduce(function (inMark, part) {
        if (part === '<mark>') return true;
        if (part === '</mark>') return false;
        var text = part
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        p.appendChild(inMark ? el('mark', '', text) : document.createTextNode(text));
        return inMark;
      }, false);
    return p;
  }

  function renderFilters(available) {
    // Rebuilt on every search: keep the keyboard focus on the box just ticked.
    var focused = /** @type {HTMLInputElement} */ (document.activeElement);
    var keep = focused && focused.type === 'checkbox' && filtersBox.contains(focused) ? focused.name + '\n' + focused.value : '';
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
          // Regions in the site's own order (by the name people look for), the rest alphabetically.
          var ia = name === 'Region' ? regionOrder.indexOf(a) : -1;
          var ib = name === 'Region' ? regionOrder.indexOf(b) : -1;
          if (ia !== -1 && ib !== -1) return ia - ib;
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
            selected[name] = box.checked
              ? current.concat(value)
              : current.filter(function (v) {
                  return v !== value;
                });
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
    if (keep) {
      Array.prototype.forEach.call(filtersBox.querySelectorAll('input'), function (/** @type {HTMLInputElement} */ box) {
        if (box.name + '\n' + box.value === keep) box.focus();
      });
    }
  }

  function renderResult(data) {
    var item = el('li', 'gsn-result');
    var title = el('h2', 'gsn-result__title');
    var link = /** @type {HTMLAnchorElement} */ (el('a', 'kern-link', (data.meta && data.meta.title) || data.url));
    link.href = data.url;
    title.appendChild(link);
    item.appendChild(title);
    var meta = el('p', 'gsn-result__meta');
    if (data.meta.type) meta.appendChild(el('span', 'gsn-tag gsn-result__type', data.meta.type));
    if (data.meta.region) meta.appendChild(el('span', 'gsn-result__region', ' ' + data.meta.region));
    if (data.meta.example) {
      meta.appendChild(document.createTextNode(' '));
      meta.appendChild(el('span', 'gsn-tag gsn-tag--example', 'Beispieleintrag'));
    }
    item.appendChild(meta);
    if (data.meta.summary) item.appendChild(el('p', 'gsn-result__summary', data.meta.summary));
    if (data.excerpt) item.appendChild(excerptNode(data.excerpt));
    return item;
  }

  function showMore() {
    var batch = results.slice(shown, shown + PAGE_SIZE);
    var current = run;
    return Promise.all(
      batch.map(function (r) {
        return r.data();
      }),
    ).then(function (items) {
      if (current !== run) return;
      items.forEach(function (data) {
        list.appendChild(renderResult(data));
      });
      shown += batch.length;
      more.hidden = shown >= results.length;
    });
  }

  /** Lower case, umlauts folded, letters and digits only: how a query word and a text word compare. */
  function fold(word) {
    return word
      .toLowerCase()
      .replace(/ä/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/ü/g, 'u')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]/g, '');
  }

  /**
   * Whether a result really contains every query word. For a word it does not know, Pagefind
   * answers with the longest prefix it knows ("ambulanz" → every "am"): a query word counts as
   * found when a matched word of the page starts with it, or shares at least 60 % of it and
   * all but five letters (what German stemming takes off: "Frauenhäuser" → "Frauenhaus").
   */
  function matchesAll(data, terms) {
    var words = String(data.content).split(/\s+/);
    var matched = [];
    (data.locations || []).forEach(function (at) {
      var word = words[at] || '';
      matched.push(fold(word));
      word.split('-').forEach(function (part) {
        matched.push(fold(part));
      });
    });
    return terms.every(function (term) {
      var need = Math.max(Math.min(term.length, 3), Math.ceil(term.length * 0.6), term.length - 5);
      return matched.some(function (word) {
        var same = 0;
        while (same < word.length && same < term.length && word[same] === term[same]) same++;
        return same === term.length || same >= need;
      });
    });
  }

  /** The query's filters for Pagefind, leaving out one group (for that group's counts). */
  function pagefindFilters(except) {
    /** @type {Record<string, {any: string[]}>} */
    var filters = {};
    Object.keys(selected).forEach(function (name) {
      if (name !== except) filters[name] = { any: selected[name] };
    });
    return filters;
  }

  /**
   * Counts next to the values of each group, as the visitor would get them by ticking one more:
   * the other groups' ticks apply, the group's own do not (values within a group add up).
   */
  function facetCounts(term, response) {
    var counts = Object.assign({}, response.filters || {});
    return Promise.all(
      Object.keys(selected).map(function (name) {
        return pagefind.search(term, { filters: pagefindFilters(name) }).then(function (other) {
          if (other && other.filters && other.filters[name]) counts[name] = other.filters[name];
        });
      }),
    ).then(function () {
      return counts;
    });
  }

  /** After filters leave nothing: name each ticked filter with a button that removes it. */
  function renderFilteredEmpty() {
    filtered.textContent = '';
    filtered.appendChild(el('p', 'kern-body', 'Mit den gewählten Filtern gibt es keine Treffer. Entfernen Sie einen dieser Filter:'));
    var ul = el('ul', 'gsn-search__remove');
    Object.keys(selected).forEach(function (name) {
      selected[name].forEach(function (value) {
        var li = el('li');
        var button = el('button', 'kern-btn kern-btn--secondary');
        button.type = 'button';
        button.appendChild(el('span', 'kern-label', name + ': ' + value + ' entfernen'));
        button.addEventListener('click', function () {
          selected[name] = selected[name].filter(function (v) {
            return v !== value;
          });
          if (!selected[name].length) delete selected[name];
          search().then(function () {
            input.focus();
          });
        });
        li.appendChild(button);
        ul.appendChild(li);
      });
    });
    filtered.appendChild(ul);
  }

  function search() {
    writeUrl();
    var term = input.value.trim();
    var active = Object.keys(selected).length > 0;
    var current = ++run;
    filtered.hidden = true;
    if (!term && !active) {
      list.textContent = '';
      more.hidden = true;
      empty.hidden = true;
      status.textContent = root.getAttribute('data-t-enter') || 'Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.';
      renderFilters(allFilters);
      return Promise.resolve();
    }
    var terms = term.split(/\s+/).map(fold).filter(Boolean);
    var query = term || null;
    /** @type {any} */
    var response;
    return pagefind
      .search(query, { filters: pagefindFilters('') })
      .then(function (answer) {
        response = answer;
        if (current !== run || !response) return;
        return Promise.all([
          facetCounts(query, response),
          Promise.all(
            response.results.slice(0, PAGE_SIZE).map(function (r) {
              return r.data();
            }),
          ),
        ]);
      })
      .then(function (done) {
        if (!done || current !== run) return;
        var first = done[1];
        // Only prefixes of an unknown word matched: that is no answer to the query.
        var real =
          !terms.length ||
          first.some(function (data) {
            return matchesAll(data, terms);
          });
        results = real ? response.results : [];
        shown = 0;
        list.textContent = '';
        renderFilters(real ? done[0] : {});
        var n = results.length;
        var what = term ? ' für „' + term + '“' : '';
        status.textContent = root.hasAttribute('data-t-none')
          ? // A translated search page (/<lang>/suche/) brings its own words.
            String(root.getAttribute(n === 0 ? 'data-t-none' : n === 1 ? 'data-t-one' : 'data-t-many')).replace('{count}', String(n))
          : n === 0
            ? 'Keine Ergebnisse' + what + (active ? ' mit den gewählten Filtern.' : '.')
            : n === 1
              ? '1 Ergebnis' + what + '.'
              : n + ' Ergebnisse' + what + '.';
        // Nothing with filters: say which to remove; nothing at all: the help box.
        empty.hidden = n !== 0 || active;
        if (n === 0 && active) renderFilteredEmpty();
        filtered.hidden = !(n === 0 && active);
        return showMore();
      });
  }

  function fail() {
    root.hidden = true;
    var note = document.querySelector('[data-search-unavailable]');
    if (note) note.hidden = false;
  }

  /**
   * Pagefind's own web worker, spoken to directly: pagefind.js (32 KB) would only pass our
   * calls on to it, and without the worker it runs the search on this page's main thread. The
   * messages are those pagefind.js sends (Pagefind 1.6: {id, method, args} → {id, result|error});
   * the browser tests fail if a Pagefind update changes them.
   */
  function pagefindWorker() {
    var worker = new Worker('/pagefind/pagefind-worker.js');
    /** @type {Record<string, [function(any): void, function(Error): void]>} */
    var waiting = {};
    var next = 0;
    worker.onmessage = function (event) {
      var answer = event.data || {};
      var promise = waiting[answer.id];
      if (!promise) return;
      delete waiting[answer.id];
      if (answer.error) promise[1](new Error(answer.error));
      else promise[0](answer.result);
    };
    worker.onerror = fail;
    /** @param {string} method @param {any[]} args @returns {Promise<any>} */
    function call(method, args) {
      return new Promise(function (resolve, reject) {
        var id = 'gsn' + next++;
        waiting[id] = [resolve, reject];
        worker.postMessage({ id: id, method: method, args: args });
      });
    }
    return call('init', [{ basePath: '/pagefind/', language: document.documentElement.lang || 'de', primary: true }])
      .then(function () {
        return call('options', [{ excerptLength: 24 }]);
      })
      .then(function () {
        return {
          filters: function () {
            return call('filters', []);
          },
          search: function (term, options) {
            return call('search', [term, options]).then(function (response) {
              ((response && response.results) || []).forEach(function (result) {
                var dataId = result.data;
                result.data = function () {
                  return call('getData', [dataId]);
                };
              });
              return response;
            });
          },
        };
      });
  }

  readUrl();
  root.hidden = false;
  pagefindWorker()
    .then(function (api) {
      pagefind = api;
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
