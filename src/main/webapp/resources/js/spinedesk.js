/* Small helpers for SpineDesk's pages; everything works without them, they only save typing. */
var SpineDesk = SpineDesk || {};

/* Hides the choices of a checkbox list whose label does not contain every word typed in the filter
   box just before the list (case and accents ignored). */
SpineDesk.filterChoices = function (box) {
  var fold = function (text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  };
  var words = fold(box.value).split(/\s+/).filter(function (w) { return w.length > 0; });
  var rows = box.parentNode.querySelectorAll('.checkbox-list tr');
  Array.prototype.forEach.call(rows, function (row) {
    var label = fold(row.textContent);
    row.hidden = !words.every(function (w) { return label.indexOf(w) >= 0; });
  });
};

/* Keyboard entry in the muscle-test grid: Enter in a grade cell moves to the same side in the next
   row (and never submits the form), so a whole side can be typed as "5 Enter 5 Enter 4- Enter". */
document.addEventListener('keydown', function (event) {
  var cell = event.target;
  if (event.key !== 'Enter' || !cell.classList || !cell.classList.contains('grade-input')) {
    return;
  }
  event.preventDefault();
  var column = Array.prototype.slice.call(
      document.querySelectorAll('.grade-input[data-col="' + cell.getAttribute('data-col') + '"]:not([disabled])'));
  var next = column[column.indexOf(cell) + 1];
  if (next) {
    next.focus();
    next.select();
  }
});

/* In forms that save, sign or issue something for good (class no-enter-submit), Enter in a
   one-line field never submits the form: it only applies what was typed (the field's change
   event, which updates a preview or an analysis); the person presses the button they mean. */
document.addEventListener('keydown', function (event) {
  var field = event.target;
  if (event.key !== 'Enter' || event.defaultPrevented || field.tagName !== 'INPUT'
      || !field.form || !field.form.classList.contains('no-enter-submit')
      || field.type === 'submit' || field.type === 'button') {
    return;
  }
  event.preventDefault();
  field.dispatchEvent(new Event('change', { bubbles: true }));
});
