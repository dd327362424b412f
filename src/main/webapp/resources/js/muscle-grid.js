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
