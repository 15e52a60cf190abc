// Applies a saved light/dark choice before the first paint, so the page never flashes the other theme.
// A file rather than an inline script: the Content-Security-Policy allows no inline script.
try {
  var theme = localStorage.getItem('sourcewise-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {
  // Storage may be blocked (private mode, policies): the system theme applies.
}
