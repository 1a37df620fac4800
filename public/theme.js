// Applies the reader's remembered theme before the first paint, so a dark
// reader never sees a white flash. External (not inline) to fit a strict CSP.
try {
  var theme = localStorage.getItem('carnet-theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.setAttribute('data-theme', theme);
} catch (e) { /* storage refused: the system theme applies */ }
