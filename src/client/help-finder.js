// @ts-check
/**
 * /hilfe/: with JavaScript, a select of all Kreise and Städte above the plain list of links
 * (which keeps working without it). Choosing and confirming leads to /hilfe/<region>/.
 */
(function () {
  'use strict';
  var links = /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll('[data-help-regions] a'));
  var list = document.querySelector('[data-help-regions]');
  if (!links.length || !list || !list.parentNode) return;

  var form = document.createElement('form');
  form.className = 'gsn-finder';
  form.setAttribute('action', '/hilfe/');
  var label = document.createElement('label');
  label.className = 'kern-label';
  label.htmlFor = 'gsn-finder-region';
  label.textContent = 'Landkreis oder Stadt wählen';
  var row = document.createElement('div');
  row.className = 'gsn-finder__row';
  var wrapper = document.createElement('div');
  wrapper.className = 'kern-form-input__select-wrapper';
  var select = document.createElement('select');
  select.className = 'kern-form-input__select';
  select.id = 'gsn-finder-region';
  select.required = true;
  var placeholder = document.createElement('option');
  placeholder.value = '';
  placeholder.textContent = 'Bitte wählen …';
  select.appendChild(placeholder);
  links.forEach(function (link) {
    var option = document.createElement('option');
    option.value = link.getAttribute('href') || '';
    option.textContent = link.textContent;
    select.appendChild(option);
  });
  var button = document.createElement('button');
  button.type = 'submit';
  button.className = 'kern-btn kern-btn--primary';
  var text = document.createElement('span');
  text.className = 'kern-label';
  text.textContent = 'Hilfe anzeigen';
  button.appendChild(text);
  wrapper.appendChild(select);
  row.appendChild(wrapper);
  row.appendChild(button);
  form.appendChild(label);
  form.appendChild(row);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (select.value) window.location.assign(select.value);
    else select.focus();
  });
  list.parentNode.insertBefore(form, list);
})();
